//! Donation rules: our own sentences, positive and negative.

mod events_support;
use events_support::*;

#[test]
fn donation_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- positives: active verb
        (
            "China donated 100,000 masks to Italy on Monday.",
            Some(&[
                ("donor", "China"),
                ("recipient", "Italy"),
                ("item", "100,000 masks"),
                ("!amount", ""),
                ("date", "2020-05-18"),
                ("status", "happened"),
                ("countries", "CN IT"),
            ]),
        ),
        (
            "The Jack Ma Foundation donated $1.5 million to the Red Cross.",
            Some(&[
                ("donor", "Jack Ma Foundation"),
                ("recipient", "Red Cross"),
                ("amount=", "USD 1500000"),
                ("countries", "CN"),
            ]),
        ),
        (
            "Huawei donated 500,000 yuan to Wuhan Union Hospital last week.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Wuhan Union Hospital"),
                ("amount=", "CNY 500000"),
                ("date", "2020-W20"),
            ]),
        ),
        (
            "Siemens donated €2m to Milan General Hospital.",
            Some(&[
                ("donor", "Siemens"),
                ("recipient", "Milan General Hospital"),
                ("amount=", "EUR 2000000"),
                ("countries", "DE IT"),
            ]),
        ),
        (
            "Japan donated ventilators and test kits to Egypt, Kenya and Pakistan.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Egypt"),
                ("recipient", "Kenya"),
                ("recipient", "Pakistan"),
                ("item", "ventilators and test kits"),
                ("countries", "EG JP KE PK"),
            ]),
        ),
        (
            "Li Wei donated his savings to Wuhan Union Hospital.",
            Some(&[
                ("donor", "Li Wei"),
                ("recipient", "Wuhan Union Hospital"),
                ("item", "savings"),
            ]),
        ),
        (
            "The Alibaba Foundation recently donated 20 ventilators to Serbia.",
            Some(&[
                ("donor", "Alibaba Foundation"),
                ("recipient", "Serbia"),
                ("!amount", ""),
                ("date", "PAST_REF"),
            ]),
        ),
        (
            "Russia and China donated medical supplies to Iran.",
            Some(&[
                ("donor", "Russia"),
                ("donor", "China"),
                ("recipient", "Iran"),
            ]),
        ),
        (
            "China's Huawei donated 5,000 protective suits to the Italian Red Cross.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Italian Red Cross"),
                ("!amount", ""),
                ("countries", "CN IT"),
            ]),
        ),
        (
            "UNICEF donates vaccines to Kenya every year.",
            Some(&[
                ("donor", "UNICEF"),
                ("recipient", "Kenya"),
                ("item", "vaccines"),
            ]),
        ),
        (
            "Germany is donating 300 beds to Italy.",
            Some(&[
                ("donor", "Germany"),
                ("recipient", "Italy"),
                ("!amount", ""),
            ]),
        ),
        (
            "The Gates Foundation donated US$ 10 million to the World Health Organization.",
            Some(&[
                ("donor", "Gates Foundation"),
                ("recipient", "World Health Organization"),
                ("amount=", "USD 10000000"),
            ]),
        ),
        (
            "India donated 2 million tablets to Brazil in April.",
            Some(&[
                ("donor", "India"),
                ("recipient", "Brazil"),
                ("date", "2020-04"),
            ]),
        ),
        (
            "Tsinghua University donated a set of testing equipment to the University of Nairobi.",
            Some(&[
                ("donor", "Tsinghua University"),
                ("recipient", "University of Nairobi"),
                ("item", "testing equipment"),
                ("countries", "CN KE"),
            ]),
        ),
        // --- handed over
        (
            "Huawei handed over 30 computers to Lahore Medical College on Tuesday.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Lahore Medical College"),
                ("date", "2020-05-19"),
                ("!amount", ""),
            ]),
        ),
        (
            "The Red Cross handed over food parcels to families in Nairobi.",
            Some(&[
                ("donor", "Red Cross"),
                ("item", "food parcels"),
                ("place", "Nairobi"),
            ]),
        ),
        // --- passive
        (
            "The masks were donated by Huawei to Milan General Hospital.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Milan General Hospital"),
                ("status", "happened"),
            ]),
        ),
        (
            "Two ambulances were donated to Kenya by Japan on Monday.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Kenya"),
                ("date", "2020-05-18"),
            ]),
        ),
        // --- nouns
        (
            "China's donation of 50 ventilators to Serbia arrived on Friday.",
            Some(&[
                ("donor", "China"),
                ("recipient", "Serbia"),
                ("item", "50 ventilators"),
                ("date", "2020-05-15"),
            ]),
        ),
        (
            "A donation from the Gates Foundation reached Kenya.",
            Some(&[("donor", "Gates Foundation")]),
        ),
        (
            "The Jack Ma Foundation made a donation of 1 million masks to Japan.",
            Some(&[
                ("donor", "Jack Ma Foundation"),
                ("recipient", "Japan"),
                ("item", "1 million masks"),
            ]),
        ),
        (
            "Donations to the Red Cross rose sharply in April.",
            Some(&[("recipient", "Red Cross"), ("date", "2020-04")]),
        ),
        (
            "A donation ceremony was held on Monday.",
            Some(&[("date", "2020-05-18"), ("!donor", "")]),
        ),
        // --- receive
        (
            "Kenya received 10,000 test kits from China on Wednesday.",
            Some(&[
                ("donor", "China"),
                ("recipient", "Kenya"),
                ("!amount", ""),
                ("date", "2020-05-20"),
            ]),
        ),
        (
            "Milan General Hospital received two ventilators from Siemens.",
            Some(&[
                ("donor", "Siemens"),
                ("recipient", "Milan General Hospital"),
            ]),
        ),
        // --- status
        (
            "Japan will donate 1,000 oxygen machines to India.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "India"),
                ("status", "planned"),
            ]),
        ),
        (
            "Huawei plans to donate laptops to Kenya.",
            Some(&[("donor", "Huawei"), ("status", "planned")]),
        ),
        (
            "Russia did not donate vaccines to Serbia.",
            Some(&[("donor", "Russia"), ("status", "negated")]),
        ),
        (
            "The Alibaba Foundation is said to have donated masks to Iran.",
            Some(&[("donor", "Alibaba Foundation"), ("status", "reported")]),
        ),
        (
            "Siemens reportedly donated scanners to Egypt.",
            Some(&[("donor", "Siemens"), ("status", "reported")]),
        ),
        (
            "Brazil has pledged to donate food to Egypt next month.",
            Some(&[
                ("donor", "Brazil"),
                ("status", "planned"),
                ("date", "2020-06"),
            ]),
        ),
        // --- wire conventions
        (
            "BEIJING, May 21 (Xinhua) -- Huawei donated masks to local clinics here today.",
            Some(&[
                ("donor", "Huawei"),
                ("place", "Beijing"),
                ("date", "2020-05-21"),
            ]),
        ),
        // --- negatives
        ("The donor countries met in Geneva.", None),
        ("Donor fatigue is a growing worry for UNICEF.", None),
        ("Donations can be made online.", None),
        ("The donation box in Rome was empty.", None),
        ("Kenya received a phone call from China.", None),
        ("Smith received a warm welcome from Italy.", None),
        (
            "Pakistan received criticism from India over the border.",
            None,
        ),
        ("The donated masks were stored in a warehouse.", None),
        ("Xi received the visiting Putin in Beijing.", None),
        ("Italy thanked China for its help.", None),
        ("The hospital needs more donors.", None),
        ("She donated.", None),
        (
            "Huawei received a patent from the World Bank for its sensors.",
            None,
        ),
        (
            "Siemens said it received a contract from Kenya to build roads.",
            None,
        ),
        ("Nobody knows who donated the money.", None),
        ("Yusuf handed over the chair of the forum to Kenya.", None),
        ("The ministry received a formal complaint from Kenya.", None),
        (
            "Smith will receive a salary of one dollar from the World Bank.",
            None,
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn donation_date_from_linked_sentence_prefers_specific_date() {
    let d = world(
        "Huawei recently donated 40 ventilators to Milan General Hospital. \
         The donation ceremony was held on Monday in Milan.",
    )
    .run();
    let e = one(&d, "donation");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
    assert_eq!(e.date_basis, newsfacts::model::DateBasis::LinkedSentence);
    assert_eq!(e.evidence_sentences, vec![0, 1]);
    assert_eq!(role_names(&d, e, "donor"), vec!["Huawei"]);
}

#[test]
fn two_different_donations_stay_apart() {
    let d = world(
        "Japan donated 100 ventilators to India. \
         Russia donated 200 beds to Serbia.",
    )
    .run();
    let evs = of(&d, "donation");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(role_names(&d, evs[1], "donor"), vec!["Russia"]);
}

#[test]
fn two_donors_in_one_sentence_give_two_donations() {
    // Each trigger has its own donor: the second is not the first told again.
    let d = world(
        "Japan pledged $2 million for Serbia, and Russia said it would donate \
         200 beds.",
    )
    .run();
    let evs = of(&d, "donation");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(role_names(&d, evs[0], "donor"), vec!["Japan"]);
    assert_eq!(role_names(&d, evs[1], "donor"), vec!["Russia"]);
    assert_eq!(role(&d, evs[1], "item"), vec!["200 beds"]);
    assert!(role(&d, evs[0], "item").is_empty(), "{}", describe(&d));
}

#[test]
fn one_donor_with_two_triggers_is_one_donation() {
    // The same donor on both triggers: one donation, told with its details.
    let d = world("Japan donated 100 ventilators to India in a donation worth $2 million.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), vec!["Japan"]);
}

#[test]
fn donation_of_goods_counted_before_takes_their_date() {
    // "The ventilators" are the 40 counted in the sentence before: they
    // arrived on Monday, and so the gift was made then.
    let d = world(
        "A cargo plane carrying 40 ventilators landed in Italy on Monday. \
         The ventilators were a gift from Japan.",
    )
    .run();
    let e = one(&d, "donation");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"), "{}", describe(&d));
    assert_eq!(e.evidence_sentences, vec![1, 0]);
    // No count before the noun: nothing links the two sentences.
    let d = world(
        "Ventilators landed in Italy on Monday. \
         The ventilators were a gift from Japan.",
    )
    .run();
    assert_eq!(one(&d, "donation").date, None, "{}", describe(&d));
    // A year is no count ("2019 ventilators" are not 2,019 of them).
    let d = world(
        "Italy bought 2019 ventilators in April. \
         The ventilators were a gift from Japan.",
    )
    .run();
    assert_eq!(one(&d, "donation").date, None, "{}", describe(&d));
}

#[test]
fn undated_donation_stays_undated() {
    // No date in the text: never the publication date.
    let d = world("Japan donated 100 ventilators to India.").run();
    let e = one(&d, "donation");
    assert_eq!(e.date, None);
    assert_eq!(e.date_basis, newsfacts::model::DateBasis::None);
}
