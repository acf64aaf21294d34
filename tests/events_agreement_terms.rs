//! What an agreement settles and when: loans signed, "agreeing to", the date
//! of an agreed plan. Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn agreement_terms_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // a date inside the agreed infinitive is the plan's, not the agreement's
        (
            "Kenya and Egypt agreed on Tuesday to reopen flights in April.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("date", "2020-05-19"),
                ("topic", "reopen flights in April"),
            ]),
        ),
        (
            "Kenya and Egypt agreed to resume flights next month.",
            Some(&[("party", "Kenya"), ("date", "")]),
        ),
        // ("to" before a name is a preposition: "flew to Paris on Monday" keeps its date)
        (
            "Japan signed an agreement with India in Paris on Monday.",
            Some(&[
                ("party", "Japan"),
                ("party", "India"),
                ("date", "2020-05-18"),
                ("place", "Paris"),
            ]),
        ),
        // a loan signed is a loan agreement
        (
            "Japan signed a $300 million loan with India on Monday.",
            Some(&[
                ("party", "Japan"),
                ("party", "India"),
                ("date", "2020-05-18"),
            ]),
        ),
        // "a contract for X" is about X
        (
            "Italy signed a contract for two new hospitals with Egypt.",
            Some(&[
                ("party", "Italy"),
                ("party", "Egypt"),
                ("topic", "two new hospitals"),
            ]),
        ),
        // "agreeing" after a meeting is an agreement; "before agreeing" is none
        (
            "Wang Yi met Putin in Moscow, with both leaders agreeing to expand trade.",
            Some(&[("topic", "expand trade")]),
        ),
        (
            "Britain wants stricter controls before agreeing to any reform.",
            None,
        ),
        // what a signed agreement commits to: the infinitive after it
        (
            "Italy signed an agreement with Egypt on Monday to build two hospitals in Cairo by 2022.",
            Some(&[("party", "Italy"), ("party", "Egypt"), ("topic", "build two hospitals in Cairo")]),
        ),
        // "to" before an article is a preposition, and a topic follows its trigger
        (
            "Japan signed a trade agreement to the delight of India.",
            Some(&[("party", "Japan"), ("!topic", "")]),
        ),
        (
            "Iran is expected to quit the treaty with Russia.",
            Some(&[("!topic", "")]),
        ),
    ];
    run_table("agreement", cases);
}

/// The signers after a passive "signed by" are the parties.
#[test]
fn agreement_signed_by_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "The accord was signed by Kenya and Egypt last week.",
            Some(&[("party", "Kenya"), ("party", "Egypt")]),
        ),
        // a reduced relative: "the treaty, signed by A and B in 2019"
        (
            "Officials defended the treaty, signed by Xi Jinping and Vladimir Putin in 2019.",
            Some(&[("party", "Xi Jinping"), ("party", "Vladimir Putin")]),
        ),
        // backing an accord is not signing it
        ("The accord was backed by Kenya and Egypt.", None),
    ];
    run_table("agreement", cases);
}
