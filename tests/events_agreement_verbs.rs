//! Agreements told by their verb: "signed a memorandum", "did not sign any
//! agreement", "agreed to open a border post". Our own sentences; the
//! article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn agreement_verbs_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- "agreed to …": parties and the whole infinitive clause as topic
        (
            "Kenya and Egypt agreed on Monday to open a border post at Moyale by June, after talks in Nairobi.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("topic", "open a border post at Moyale by June"),
                ("date", "2020-05-18"),
                ("status", "happened"),
                ("!place", ""),
            ]),
        ),
        (
            "China and Pakistan agreed to set up a joint fund for locust control.",
            Some(&[
                ("party", "China"),
                ("party", "Pakistan"),
                ("topic", "set up a joint fund for locust control"),
            ]),
        ),
        // --- an agreement reached takes two sides
        (
            "Officials from China and Italy met in Rome. The two sides agreed to resume flights.",
            Some(&[("party", "China"), ("party", "Italy")]),
        ),
        // a subject of several sides that names one
        (
            "European Union ministers agreed on Monday to extend the fishing season.",
            Some(&[("party", "European Union"), ("topic", "extend the fishing season")]),
        ),
        (
            "Kenya and its creditor banks agreed to reschedule the debt.",
            Some(&[("party", "Kenya"), ("topic", "reschedule the debt")]),
        ),
        // one side's consent is no agreement
        ("Siemens said it has agreed to sell its rail unit to a French group.", None),
        ("Huawei agreed to buy a stake in a Kenyan bank for $5 million.", None),
        ("Smith agreed to step aside as chairman of the World Bank.", None),
        // --- the verb's status reaches the agreement
        (
            "Serbia and Russia did not sign any agreement on gas.",
            Some(&[("party", "Serbia"), ("party", "Russia"), ("status", "negated")]),
        ),
        (
            "Japan and India are expected to sign a memorandum on ports on Tuesday.",
            Some(&[("status", "planned"), ("party", "Japan"), ("party", "India")]),
        ),
        // --- the company said it signed: "it" is the company
        (
            "Siemens said on Tuesday it had signed an agreement with Egypt on power plants.",
            Some(&[("party", "Siemens"), ("party", "Egypt"), ("date", "")]),
        ),
        // --- negatives
        ("Analysts agreed that Kenya faces a difficult year.", None),
        ("Li Wei agreed with Zhang Hua about the weather.", None),
        ("The plan, as agreed by Kenya, starts in June.", None),
        // "agreed" closing its clause is assent to what someone said, not a deal
        ("Li Wei, a trade analyst in Beijing, agreed.", None),
        ("Zhang Hua agreed: \"The figures are better than we hoped.\"", None),
        ("Kenya agreed, however, that the border post would wait.", None),
        ("The levels agreed upon in Paris still hold.", None),
        ("Japan signed up for the Geneva marathon.", None),
        ("Li Wei signed copies of his book in Rome.", None),
    ];
    run_table("agreement", cases);
}

#[test]
fn signing_verb_and_agreement_noun_make_one_event() {
    let d = world("China and Italy signed a memorandum on ports on Monday.").run();
    let e = one(&d, "agreement");
    assert_eq!(e.rule, "agreement.signed");
    assert_eq!(role_names(&d, e, "party"), vec!["China", "Italy"]);
    assert_eq!(role(&d, e, "topic"), vec!["ports"]);
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
}
