//! Donations: goods given to a named body as the second object ("gave the
//! Orlan Hospital a mobile X-ray unit"), counted goods given to a named
//! receiver by a giver that is no name ("The credit union gave 30 laptops
//! to …"), and bequests ("His will leaves $2 million to …"). Our own
//! sentences; the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::EventStatus;

#[test]
fn goods_given_to_a_named_body_as_second_object() {
    let d = doc("The Varnel Trust gave the Orlan District Hospital a mobile X-ray unit in March.")
        .org("Varnel Trust")
        .org("Orlan District Hospital")
        .timex("March", "2020-03")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Happened, "{}", describe(&d));
    assert_eq!(e.date.as_deref(), Some("2020-03"));
    assert_eq!(role_names(&d, e, "donor"), ["Varnel Trust"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Orlan District Hospital"]);
    assert_eq!(role(&d, e, "item"), ["mobile X-ray unit"]);

    // counted goods, handed
    let d = doc("The Varnel Trust handed the Orlan District Hospital two ambulances on Monday.")
        .org("Varnel Trust")
        .org("Orlan District Hospital")
        .timex("Monday", "2020-05-18")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"), "{}", describe(&d));
    assert_eq!(role_names(&d, e, "recipient"), ["Orlan District Hospital"]);
    assert_eq!(role(&d, e, "item"), ["two ambulances"]);

    // planned
    let d = doc("The Varnel Trust will give the Dunmore Fire Brigade a new water tender.")
        .org("Varnel Trust")
        .org("Dunmore Fire Brigade")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Planned, "{}", describe(&d));
    assert_eq!(role_names(&d, e, "donor"), ["Varnel Trust"]);
    assert_eq!(role(&d, e, "item"), ["new water tender"]);

    // a state gives a body counted goods
    let d = doc("Kessaria gave the Dunmore Fire Brigade 40 breathing sets.")
        .country("Kessaria", "KS", &["Kessaria"])
        .org("Dunmore Fire Brigade")
        .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Kessaria"], "{}", describe(&d));
    assert_eq!(role(&d, e, "item"), ["40 breathing sets"]);
}

#[test]
fn goods_not_counted_given_to_a_state_are_no_gift() {
    // a state given one thing is mostly no gift of goods ("gave Australia
    // their first title", "give Kenya maximum help")
    let d = doc("Kessaria gave Dorvia a new fishing quota.")
        .country("Kessaria", "KS", &["Kessaria"])
        .country("Dorvia", "DV", &["Dorvia"])
        .run();
    none(&d, "donation");
    let d = doc("The Varnel Group gave the Dunmore Rovers their first league title.")
        .org("Varnel Group")
        .org("Dunmore Rovers")
        .run();
    none(&d, "donation");
}

#[test]
fn what_business_news_gives_a_body_is_no_gift() {
    for text in [
        "The Varnel Group would give Kessaria the warm reception it got elsewhere.",
        "The Varnel Group said it would give Kessaria maximum help.",
        "The Varnel Group gave Kessaria a boost in the second quarter.",
        "The Varnel Group gave Kessaria a 16 billion dollar trade surplus.",
        "The Varnel Group handed Kessaria a heavy defeat in the final.",
    ] {
        let d = doc(text)
            .org("Varnel Group")
            .country("Kessaria", "KS", &["Kessaria"])
            .run();
        none(&d, "donation");
    }
    // a person as the first object: no gift of goods told
    let d = doc("The Varnel Group gave Anna Brook a new car.")
        .org("Varnel Group")
        .person("Anna Brook", &["Anna Brook"])
        .run();
    none(&d, "donation");
}

#[test]
fn counted_goods_given_to_a_named_receiver_need_no_named_giver() {
    let d = doc("The credit union gave 30 laptops to Fenwick High School last spring.")
        .org("Fenwick High School")
        .timex("last spring", "2019-SP")
        .run();
    let e = one(&d, "donation");
    assert_eq!(role(&d, e, "item"), ["30 laptops"], "{}", describe(&d));
    assert_eq!(role_names(&d, e, "recipient"), ["Fenwick High School"]);
    assert!(role(&d, e, "donor").is_empty());
    assert_eq!(e.date.as_deref(), Some("2019-SP"));

    // time, points and shares given are none
    for text in [
        "The coach gave 20 minutes to Fenwick High School.",
        "The company gave 500 shares to Fenwick High School.",
    ] {
        let d = doc(text).org("Fenwick High School").run();
        none(&d, "donation");
    }
}

#[test]
fn a_bequest_is_a_planned_gift() {
    let d = doc("His will leaves $2 million to the Carrow Music School, his son said.")
        .org("Carrow Music School")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Planned, "{}", describe(&d));
    assert_eq!(role(&d, e, "amount"), ["$2 million"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Carrow Music School"]);

    let d = doc(
        "She leaves 300 million pesos in her will to the Carrow Music School; the school said the first grants would be made next year.",
    )
    .org("Carrow Music School")
    .timex("next year", "2021")
    .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Planned, "{}", describe(&d));
    assert_eq!(role(&d, e, "amount"), ["300 million pesos"]);
    // the school's plans do not date the bequest
    assert_eq!(e.date, None);
}

#[test]
fn leaving_money_with_no_will_is_no_bequest() {
    for text in [
        "The sale leaves $2 million to the Carrow Music School.",
        "The deal left 20 million dollars to the Carrow Group after costs.",
        "He left the Carrow Music School in 1998.",
    ] {
        let d = doc(text)
            .org("Carrow Music School")
            .org("Carrow Group")
            .run();
        none(&d, "donation");
    }
}

#[test]
fn a_grant_offered_is_planned_unless_hedged() {
    let d = doc("The Varnel Development Bank has offered a grant of $18 million for river gauges.")
        .org("Varnel Development Bank")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Planned, "{}", describe(&d));
    assert_eq!(role_names(&d, e, "donor"), ["Varnel Development Bank"]);
    assert_eq!(role(&d, e, "amount"), ["$18 million"]);

    let d = doc("The Varnel Development Bank is said to have offered a grant of $18 million.")
        .org("Varnel Development Bank")
        .run();
    assert_eq!(
        status(&d, "donation"),
        EventStatus::Reported,
        "{}",
        describe(&d)
    );
}
