//! Events: money or a cheque handed to a receiver is a gift; a visit takes
//! the day of the occasion it came for, and an event after a fronted
//! "Before the handover" the handover's; a role group with a counted group
//! after it ("officials of the five countries") is a meeting's participant.
//! Our own sentences; the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;

#[test]
fn money_and_cheques_handed_to_a_receiver_are_gifts() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Huawei handed 2 million shillings to the Red Cross on Monday.",
            Some(&[
                ("donor", "Huawei"),
                ("amount", "2 million shillings"),
                ("recipient", "Red Cross"),
                ("date", "2020-05-18"),
                ("status", "happened"),
            ]),
        ),
        (
            "Siemens handed a cheque for $40,000, about 36,000 euros, to UNICEF.",
            Some(&[
                ("donor", "Siemens"),
                ("amount", "$40,000"),
                ("-amount", "36,000 euros"),
                ("recipient", "UNICEF"),
            ]),
        ),
        // money handed with no receiver named is no gift
        ("Huawei handed 2 million shillings back.", None),
        // a cheque handed with no money told is a ceremony, not a gift
        ("Zhang Hua handed a cheque to the Red Cross.", None),
        // one thing handed (no money) stays out
        ("Wang Yi handed a letter to the World Bank.", None),
    ];
    run_table("donation", cases);
}

#[test]
fn a_visit_takes_the_day_of_the_occasion_it_came_for() {
    let d = world(
        "Huawei donated 300 laptops to UNICEF in Nairobi on Monday. \
         Li Wei, who flew in from Shanghai for the handover, said more would follow.",
    )
    .run();
    let visits = of(&d, "visit");
    assert_eq!(visits.len(), 1, "{}", describe(&d));
    assert_eq!(
        visits[0].date.as_deref(),
        Some("2020-05-18"),
        "{}",
        describe(&d)
    );

    // no occasion named: the visit stays undated
    let d = world(
        "Huawei donated 300 laptops to UNICEF in Nairobi on Monday. \
         Li Wei, who flew in from Shanghai, said more would follow.",
    )
    .run();
    for v in of(&d, "visit") {
        assert_eq!(v.date, None, "{}", describe(&d));
    }
}

#[test]
fn an_event_before_a_fronted_occasion_takes_its_day() {
    let d = world(
        "Huawei donated 300 laptops to UNICEF in Nairobi on Monday. \
         Before the ceremony Wang Yi met Li Wei.",
    )
    .run();
    let m = one(&d, "meeting");
    assert_eq!(m.date.as_deref(), Some("2020-05-18"), "{}", describe(&d));

    // "two days before the ceremony" is no opening: no day taken
    let d = world(
        "Huawei donated 300 laptops to UNICEF in Nairobi on Monday. \
         Two days before the ceremony Wang Yi met Li Wei.",
    )
    .run();
    let m = one(&d, "meeting");
    assert_eq!(m.date, None, "{}", describe(&d));
}

#[test]
fn a_role_group_with_a_counted_group_after_it_meets() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Trade ministers of the five countries met in Geneva on Monday.",
            Some(&[
                ("participant", "Trade ministers of the five countries"),
                ("place", "Geneva"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Officials from the two health ministries will meet in Nairobi next month.",
            Some(&[
                ("participant", "Officials from the two health ministries"),
                ("status", "planned"),
            ]),
        ),
        (
            "Finance officials of the three countries held a video call on Tuesday.",
            Some(&[
                ("participant", "Finance officials of the three countries"),
                ("date", "2020-05-19"),
            ]),
        ),
        // "a" before a plural makes the group a modifier of the noun
        (
            "Speaking after a shareholders meeting, Li Wei said the company would expand.",
            None,
        ),
        // a group that points back with a determiner is left to the names
        (
            "The ministers held a video call on Tuesday.",
            Some(&[("!participant", ""), ("date", "2020-05-19")]),
        ),
    ];
    run_table("meeting", cases);
}

#[test]
fn the_two_governments_still_resolve_to_the_named_sides() {
    let d = world(
        "Kenya and Egypt signed a trade accord on Monday. \
         Officials of the two governments will meet in Nairobi in June.",
    )
    .run();
    let meetings = of(&d, "meeting");
    assert_eq!(meetings.len(), 1, "{}", describe(&d));
    let names = role_names(&d, meetings[0], "participant");
    assert!(
        names.iter().any(|n| n == "Kenya") && names.iter().any(|n| n == "Egypt"),
        "{names:?} {}",
        describe(&d)
    );
    assert!(!names.iter().any(|n| n.contains("Officials")), "{names:?}");
}

#[test]
fn the_occasion_phrase_does_not_date_its_own_trigger() {
    // the meeting named in "Before the … meeting" is not dated by itself
    let d = world(
        "Huawei donated 300 laptops to UNICEF in Nairobi on Monday. \
         Before the World Bank meeting, Wang Yi said prices were stable.",
    )
    .run();
    for m in of(&d, "meeting") {
        assert_eq!(m.date, None, "{}", describe(&d));
    }
    // a shareholders meeting: the group modifies the noun, it does not meet
    let d = world("Li Wei told the annual shareholders meeting on Monday that sales rose.").run();
    for m in of(&d, "meeting") {
        assert!(role(&d, m, "participant").is_empty(), "{}", describe(&d));
    }
}
