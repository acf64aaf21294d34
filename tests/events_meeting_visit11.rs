//! Meetings and visits of the eleventh round: an event put off to a date
//! told right after the verb ("postponed until March") is called off at its
//! old date and planned at the new one. Our own sentences; the article date
//! is 2020-05-21.

mod events_support;
use events_support::*;
use newsfacts::model::{Document, Event};

fn planned_and_negated<'a>(d: &'a Document, kind: &str) -> (&'a Event, &'a Event) {
    let evs = of(d, kind);
    assert_eq!(evs.len(), 2, "{}", describe(d));
    let planned = evs
        .iter()
        .find(|e| e.status.as_str() == "planned")
        .unwrap_or_else(|| panic!("no planned {kind}: {}", describe(d)));
    let negated = evs
        .iter()
        .find(|e| e.status.as_str() == "negated")
        .unwrap_or_else(|| panic!("no negated {kind}: {}", describe(d)));
    (planned, negated)
}

#[test]
fn a_meeting_postponed_until_a_date_is_also_planned_then() {
    let d = world(
        "A meeting of the Kenyan and Egyptian water ministers, planned for Monday, has been postponed until June 3.",
    )
    .run();
    let (planned, negated) = planned_and_negated(&d, "meeting");
    assert_eq!(planned.date.as_deref(), Some("2020-06-03"));
    assert_eq!(
        d.text[planned.trigger.start..planned.trigger.end].to_string(),
        "postponed"
    );
    assert_eq!(negated.date.as_deref(), Some("2020-05-18"));
}

#[test]
fn a_visit_put_back_keeps_its_visitor_and_host() {
    let d = world("Emmanuel Macron has postponed his visit to Kenya until next month.").run();
    let (planned, negated) = planned_and_negated(&d, "visit");
    assert_eq!(planned.date.as_deref(), Some("2020-06"));
    assert_eq!(role_names(&d, planned, "visitor"), ["Emmanuel Macron"]);
    assert_eq!(role_names(&d, planned, "host"), ["Kenya"]);
    // the new date is not the called-off visit's
    assert_eq!(negated.date, None);
}

#[test]
fn a_summit_put_back_is_called_off() {
    let d =
        world("The summit between Xi Jinping and Vladimir Putin has been put back until April.")
            .run();
    let (planned, _) = planned_and_negated(&d, "meeting");
    assert_eq!(planned.date.as_deref(), Some("2020-04"));
    assert_eq!(
        role_names(&d, planned, "participant"),
        ["Xi Jinping", "Vladimir Putin"]
    );
}

#[test]
fn no_new_event_without_a_new_date() {
    // put off with no date told, or for a span of time
    let d = world("The talks between China and Japan were postponed because of the storm.").run();
    assert_eq!(status(&d, "meeting").as_str(), "negated");
    assert_eq!(of(&d, "meeting").len(), 1);
    let d = world("Wang Yi postponed his visit to Egypt for two weeks.")
        .duration("two weeks", "P2W")
        .run();
    assert_eq!(of(&d, "visit").len(), 1);
    // the date after "scheduled" is the old one
    let d =
        world("Siemens postponed its meeting with Huawei previously scheduled for Monday.").run();
    let e = one(&d, "meeting");
    assert_eq!(e.status.as_str(), "negated");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
    // an old postponement, put off again with no date
    let d = world(
        "The meeting of the China and Japan trade ministers, formerly postponed to April, has been put off indefinitely.",
    )
    .run();
    assert_eq!(of(&d, "meeting").len(), 1);
    // a held meeting is not put off
    let d = world("Wang Yi met Li Wei in Beijing, and the vote was postponed to April.").run();
    assert_eq!(of(&d, "meeting").len(), 1);
}

#[test]
fn the_new_date_told_by_will_now_be_held() {
    // in the sentence that calls the meeting off
    let d = world(
        "The summit between Xi Jinping and Vladimir Putin has been called off and will now be held in April.",
    )
    .run();
    let (planned, negated) = planned_and_negated(&d, "meeting");
    assert_eq!(planned.date.as_deref(), Some("2020-04"));
    assert_eq!(&d.text[planned.trigger.start..planned.trigger.end], "held");
    assert_eq!(negated.date, None);
    // in the next sentence, with "it" for the meeting called off
    let d = world(
        "The meeting of the China and Japan trade ministers was cancelled because of the storm. It will now take place on June 3.",
    )
    .run();
    let (planned, _) = planned_and_negated(&d, "meeting");
    assert_eq!(planned.date.as_deref(), Some("2020-06-03"));
    assert_eq!(
        &d.text[planned.trigger.start..planned.trigger.end],
        "take place"
    );
    let d = world(
        "Angela Merkel cancelled her visit to India. Her office said it would be rescheduled for next month.",
    )
    .run();
    let (planned, _) = planned_and_negated(&d, "visit");
    assert_eq!(planned.date.as_deref(), Some("2020-06"));
    assert_eq!(role_names(&d, planned, "visitor"), ["Angela Merkel"]);
}

#[test]
fn no_new_date_from_another_subject_or_without_now() {
    // the next sentence's subject is another event
    let d = world(
        "The talks between China and Japan were cancelled. The vote will now take place on June 3.",
    )
    .run();
    assert_eq!(of(&d, "meeting").len(), 1);
    // in the same sentence, "will be held" without "now" is another plan
    let d =
        world("Wang Yi cancelled his visit to Egypt, and a summit will be held in April.").run();
    assert!(
        of(&d, "visit")
            .iter()
            .all(|e| e.status.as_str() != "planned"),
        "{}",
        describe(&d)
    );
    // a meeting that took place is not rescheduled
    let d = world("Wang Yi met Li Wei in Beijing. It will now take place on June 3.").run();
    assert_eq!(of(&d, "meeting").len(), 1);
}
