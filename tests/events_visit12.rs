//! Flying in ("flew in from X for the talks") is a visit by the subject,
//! also when the subject is a name an apposition describes before the
//! relative clause ("X, the fund's director, who flew in …"). Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn flying_in_is_a_visit_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Maria Rossi flew in from Geneva on Monday for the talks.",
            Some(&[
                ("visitor", "Maria Rossi"),
                ("-place", "Geneva"),
                ("status", "happened"),
                ("date", "2020-05-18"),
            ]),
        ),
        // the antecedent of the relative clause
        (
            "John Smith, who flew in from Moscow for the handover, said the clinic would open in June.",
            Some(&[("visitor", "John Smith"), ("status", "happened")]),
        ),
        // over an apposition that describes the antecedent
        (
            "The clinic was opened by Amina Yusuf, the health ministry's director of hospitals, who flew in from Nairobi on Tuesday.",
            Some(&[
                ("visitor", "Amina Yusuf"),
                ("-place", "Nairobi"),
                ("date", "2020-05-19"),
            ]),
        ),
        // planned, over a verb group of intention
        (
            "Zhang Hua plans to fly in for the inauguration next week with six engineers.",
            Some(&[
                ("visitor", "Zhang Hua"),
                ("status", "planned"),
                ("date", "2020-W22"),
            ]),
        ),
        (
            "Wang Yi did not fly in for the talks on Monday.",
            Some(&[("visitor", "Wang Yi"), ("status", "negated")]),
        ),
        // not an arrival: a manner of flying, an idiom, goods flown in
        ("Xi Jinping's jets flew in formation over Beijing.", None),
        (
            "Vladimir Putin said the plan flies in the face of the law.",
            None,
        ),
        (
            "Siemens said 40 engineers were flown in from Geneva by Tuesday.",
            None,
        ),
    ];
    run_table("visit", cases);
}

#[test]
fn a_meeting_after_an_apposition_and_a_relative_clause_takes_the_name() {
    let d = world(
        "The talks were chaired by Li Wei, the ministry's trade envoy, who met Emmanuel Macron in Paris on Monday.",
    )
    .run();
    let e = one(&d, "meeting");
    let who = role_names(&d, e, "participant");
    assert!(who.contains(&"Li Wei".to_string()), "{}", describe(&d));
    assert!(
        who.contains(&"Emmanuel Macron".to_string()),
        "{}",
        describe(&d)
    );
}
