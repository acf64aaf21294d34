//! Agreement rules: our own sentences, positive and negative.

mod events_support;
use events_support::*;

#[test]
fn agreement_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        ("China and Pakistan signed a memorandum on health cooperation on Monday.", Some(&[("party", "China"), ("party", "Pakistan"), ("topic", "health cooperation"), ("date", "2020-05-18"), ("countries", "CN PK")])),
        ("Russia and Serbia signed an agreement on gas supplies.", Some(&[("party", "Russia"), ("party", "Serbia"), ("topic", "gas supplies")])),
        ("Japan signed a trade deal with India on Tuesday.", Some(&[("party", "Japan"), ("party", "India"), ("date", "2020-05-19")])),
        ("Huawei signed a memorandum of understanding with Peking University.", Some(&[("party", "Huawei"), ("party", "Peking University")])),
        ("The agreement between Egypt and Kenya covers water.", Some(&[("party", "Egypt"), ("party", "Kenya")])),
        ("An accord between Iran and Russia was signed in Moscow.", Some(&[("party", "Iran"), ("party", "Russia"), ("place", "Moscow")])),
        ("Xi and Putin signed a pact on energy in Beijing.", Some(&[("party", "Xi Jinping"), ("party", "Vladimir Putin"), ("topic", "energy"), ("place", "Beijing")])),
        ("Brazil, India and China signed a treaty on climate.", Some(&[("party", "Brazil"), ("party", "India"), ("party", "China"), ("topic", "climate")])),
        ("The European Union reached an agreement with Japan on Friday.", Some(&[("party", "European Union"), ("party", "Japan"), ("date", "2020-05-15")])),
        ("Italy's agreement with China on ports drew attention.", Some(&[("party", "Italy"), ("party", "China"), ("topic", "ports")])),
        ("Tsinghua University and the University of Nairobi inked an MoU on student exchanges.", Some(&[("party", "Tsinghua University"), ("party", "University of Nairobi"), ("topic", "student exchanges")])),
        ("Germany and France concluded an agreement on defence in April.", Some(&[("party", "Germany"), ("party", "France"), ("date", "2020-04")])),
        ("Pakistan struck a deal with the World Bank on loans.", Some(&[("party", "Pakistan"), ("party", "World Bank"), ("topic", "loans")])),
        ("Siemens and Huawei signed two agreements on Wednesday.", Some(&[("party", "Siemens"), ("party", "Huawei"), ("date", "2020-05-20")])),
        ("Officials from China and Pakistan met in Islamabad. The two sides signed an agreement on Monday.", Some(&[("party", "China"), ("party", "Pakistan"), ("date", "2020-05-18")])),
        ("BEIJING, May 21 (Xinhua) -- China and Serbia signed a memorandum here today.", Some(&[("place", "Beijing"), ("date", "2020-05-21")])),
        ("Kenya and Egypt signed a memorandum on trade. The agreement was reached on Tuesday after long talks.", Some(&[("party", "Kenya"), ("date", "2020-05-19")])),
        ("Japan has an agreement with India on visas.", Some(&[("party", "Japan"), ("party", "India"), ("topic", "visas")])),
        ("The treaty between Russia and China was renewed.", Some(&[("party", "Russia"), ("party", "China")])),
        ("ASEAN and China agreed a deal on fishing.", Some(&[("party", "ASEAN"), ("party", "China")])),
        ("Macron and Merkel signed the accord in Paris.", Some(&[("party", "Emmanuel Macron"), ("party", "Angela Merkel"), ("place", "Paris")])),
        ("India and Brazil signed a pact regarding vaccine production.", Some(&[("topic", "vaccine production")])),
        ("The Red Cross signed an agreement with Kenya.", Some(&[("party", "Red Cross"), ("party", "Kenya")])),
        ("Serbia and Russia signed deals worth $2 billion.", Some(&[("party", "Serbia"), ("party", "Russia")])),
        ("UNICEF signed an agreement with Pakistan on Monday in Islamabad.", Some(&[("party", "UNICEF"), ("party", "Pakistan"), ("place", "Islamabad"), ("date", "2020-05-18")])),
        // --- status
        ("China and Italy will sign an agreement on ports.", Some(&[("status", "planned")])),
        ("Japan and India plan to sign a deal next week.", Some(&[("status", "planned"), ("date", "2020-W22")])),
        ("Russia and Iran are expected to sign a treaty.", Some(&[("status", "planned")])),
        ("Egypt and Kenya did not sign the agreement.", Some(&[("status", "negated")])),
        ("Brazil and China failed to reach an agreement.", Some(&[("status", "negated")])),
        ("Serbia and Russia reportedly signed a deal on arms.", Some(&[("status", "reported")])),
        ("Pakistan and China are said to have signed a pact.", Some(&[("status", "reported")])),
        // --- negatives
        ("There is broad agreement that prices will rise.", None),
        ("A great deal of money was spent.", None),
        ("Officials must deal with the crisis.", None),
        ("Xi nodded in agreement.", None),
        ("The contract was signed.", None),
        ("The ministry's plan was a good deal for farmers.", None),
        ("An agreement is needed.", None),
        ("The memorandum was leaked to reporters.", None),
        ("Japan said the pact was unfair.", None),
    ];
    run_table("agreement", cases);
}

#[test]
fn definite_descriptions_as_parties() {
    // "The company and the foundation signed": each description resolves to
    // the organization of its kind named before; "the company" to a name
    // with a legal form, though another organization was named since.
    let text = "Nordvik Logistics ASA pledged trucks to the Serra Foundation. The Ministry \
                of Health welcomed the gift. The company and the foundation signed a \
                memorandum on Monday.";
    let d = doc(text)
        .org("Nordvik Logistics ASA")
        .org("Serra Foundation")
        .org("Ministry of Health")
        .run();
    let agreements = of(&d, "agreement");
    assert_eq!(agreements.len(), 1, "{:?}", d.events);
    assert_eq!(
        role_names(&d, agreements[0], "party"),
        ["Nordvik Logistics ASA", "Serra Foundation"]
    );
    // A description with nothing to resolve to names no party.
    let d = doc("The Ministry of Health said so. The company signed a memorandum on Monday.")
        .org("Ministry of Health")
        .run();
    assert!(of(&d, "agreement")
        .iter()
        .all(|e| role_names(&d, e, "party").is_empty()));
}

#[test]
fn also_agreed_is_one_more_agreement() {
    // "also" before the verb adds an agreement of the same two sides, with
    // its own topic, on the occasion of the one told before (its date).
    let text = "Kenya and Egypt agreed on Monday to reopen the border crossing. \
                The two sides also agreed to set up a joint water commission.";
    let d = world(text).run();
    let agreements = of(&d, "agreement");
    assert_eq!(agreements.len(), 2, "{}", describe(&d));
    for e in &agreements {
        assert_eq!(
            role_names(&d, e, "party"),
            ["Kenya", "Egypt"],
            "{}",
            describe(&d)
        );
        assert_eq!(e.date.as_deref(), Some("2020-05-18"), "{}", describe(&d));
    }
    assert_eq!(
        role(&d, agreements[1], "topic"),
        ["set up a joint water commission"]
    );
    // Without "also" the second mention retells the first: one agreement.
    let text = "Kenya and Egypt agreed on Monday to reopen the border crossing. \
                The two sides agreed to reopen the border crossing within a month.";
    let d = world(text).run();
    assert_eq!(of(&d, "agreement").len(), 1, "{}", describe(&d));
}
