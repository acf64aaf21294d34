//! Visits not made: staying away from the occasion just told ("X did not
//! attend", dated by that occasion), a stop on a tour called off ("A
//! planned stop in X was cancelled"); meetings moved to another time
//! ("has been moved to 15:00": called off, and planned anew); and the date
//! of a clause reported to an occasion ("told the meeting that … last
//! year") left to that clause. Our own sentences; the article date is
//! 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus};

const LEAD: &str = "Norway's ambassador, Ingrid Solberg, handed over 20 fire engines to the Varnhem Fire Brigade on Tuesday.";

fn with_lead(rest: &str) -> Document {
    let text = format!("{LEAD}\n\n{rest}");
    doc(&text)
        .person("Ingrid Solberg", &["Ingrid Solberg", "Solberg"])
        .person("Marta Lind", &["Marta Lind", "Lind"])
        .org("Varnhem Fire Brigade")
        .country("Norway", "NO", &["Norway"])
        .country("Denmark", "DK", &["Denmark"])
        .timex("Tuesday", "2020-05-19")
        .run()
}

fn visits(d: &Document) -> Vec<(EventStatus, Option<String>, Vec<String>)> {
    of(d, "visit")
        .into_iter()
        .map(|e| (e.status, e.date.clone(), role_names(d, e, "visitor")))
        .collect()
}

#[test]
fn staying_away_is_a_visit_not_made_on_the_occasions_day() {
    for rest in [
        "The regional governor, Marta Lind, did not attend.",
        "The regional governor, Marta Lind, did not attend the ceremony.",
        "Marta Lind could not attend the handover because of fog.",
        "Marta Lind was unable to attend, her office said.",
    ] {
        let d = with_lead(rest);
        assert_eq!(
            visits(&d),
            vec![(
                EventStatus::Negated,
                Some("2020-05-19".to_string()),
                vec!["Marta Lind".to_string()]
            )],
            "{rest}"
        );
    }
}

#[test]
fn staying_away_from_no_occasion_is_no_visit() {
    for rest in [
        // not an occasion
        "Marta Lind did not attend school until she was ten.",
        "Marta Lind did not attend university.",
        // no negation: the meeting's attendance, never a visit
        "Marta Lind attended the ceremony.",
        // nobody named
        "The public did not attend.",
    ] {
        let d = with_lead(rest);
        assert!(
            !visits(&d)
                .iter()
                .any(|(_, _, v)| v.contains(&"Marta Lind".to_string()) || v.is_empty()),
            "{rest}: {:?}",
            visits(&d)
        );
    }
}

#[test]
fn staying_away_with_no_dated_occasion_is_undated() {
    let d = doc("Marta Lind did not attend the opening.")
        .person("Marta Lind", &["Marta Lind"])
        .run();
    let e = one(&d, "visit");
    assert_eq!(e.status, EventStatus::Negated);
    assert_eq!(e.date, None);
    assert_eq!(role_names(&d, e, "visitor"), vec!["Marta Lind"]);
}

#[test]
fn a_stop_called_off_is_a_visit_not_made() {
    let d = doc("A planned stop in Kolding was cancelled because of the storm.")
        .loc("Kolding", "DK")
        .run();
    let e = one(&d, "visit");
    assert_eq!(e.status, EventStatus::Negated);
    assert_eq!(role(&d, e, "place"), vec!["Kolding"]);

    let d = doc(
        "A stop by Marta Lind in the port town of Kolding, planned for Thursday, was called off.",
    )
    .person("Marta Lind", &["Marta Lind"])
    .loc("Kolding", "DK")
    .timex("Thursday", "2020-05-21")
    .run();
    let e = one(&d, "visit");
    assert_eq!(e.status, EventStatus::Negated);
    assert_eq!(e.date.as_deref(), Some("2020-05-21"));
    assert_eq!(role_names(&d, e, "visitor"), vec!["Marta Lind"]);
}

#[test]
fn a_stop_that_is_no_tour_is_no_visit() {
    for text in [
        "A stop in Kolding was added to the bus route.",
        "The bus stop in Kolding was cancelled last year.",
        "A stop to the fighting in Kolding was called for.",
    ] {
        let d = doc(text).loc("Kolding", "DK").run();
        none(&d, "visit");
    }
}

#[test]
fn a_meeting_moved_to_another_time_is_called_off_and_planned_anew() {
    let d = doc("A meeting between Marta Lind and Ingrid Solberg, planned for Thursday, has been moved to Friday.")
        .person("Marta Lind", &["Marta Lind"])
        .person("Ingrid Solberg", &["Ingrid Solberg"])
        .timex("Thursday", "2020-05-21")
        .timex("Friday", "2020-05-22")
        .run();
    let mut got: Vec<(EventStatus, Option<String>)> = of(&d, "meeting")
        .into_iter()
        .map(|e| (e.status, e.date.clone()))
        .collect();
    got.sort_by_key(|(s, _)| format!("{s:?}"));
    assert_eq!(
        got,
        vec![
            (EventStatus::Negated, Some("2020-05-21".to_string())),
            (EventStatus::Planned, Some("2020-05-22".to_string())),
        ]
    );
}

#[test]
fn a_meeting_moved_online_is_not_called_off() {
    let d =
        doc("The meeting of the two ministers on Thursday was moved online because of the storm.")
            .timex("Thursday", "2020-05-21")
            .run();
    assert!(
        !of(&d, "meeting")
            .iter()
            .any(|e| e.status == EventStatus::Negated),
        "{:#?}",
        d.events
    );
}

#[test]
fn a_date_told_to_the_meeting_is_not_the_meetings() {
    let text = "Foreign ministers of Norway and Denmark met online on Tuesday to discuss fishing.\n\nMarta Lind told the meeting that Norway had seized 14 trawlers last year.";
    let d = doc(text)
        .person("Marta Lind", &["Marta Lind"])
        .country("Norway", "NO", &["Norway"])
        .country("Denmark", "DK", &["Denmark"])
        .timex("Tuesday", "2020-05-19")
        .timex("last year", "2019")
        .run();
    let meetings = of(&d, "meeting");
    assert!(!meetings.is_empty());
    assert!(
        meetings.iter().all(|e| e.date.as_deref() != Some("2019")),
        "{:#?}",
        meetings
    );
}

#[test]
fn pledges_at_a_round_for_a_country_go_to_that_country() {
    let text = "Donors pledged $2 billion on Monday to help Norway rebuild after the storm.\n\nThe fund's director said the money would be spent on housing.\n\nThe Vestfold Trust pledged $200 million and the Marta Lind Foundation promised $5 million.";
    let d = doc(text)
        .country("Norway", "NO", &["Norway"])
        .org("Vestfold Trust")
        .org("Marta Lind Foundation")
        .timex("Monday", "2020-05-18")
        .run();
    let gifts = of(&d, "donation");
    assert_eq!(gifts.len(), 3, "{:#?}", gifts);
    for e in gifts {
        assert_eq!(role_names(&d, e, "recipient"), vec!["Norway"], "{:#?}", e);
    }
}

#[test]
fn goods_or_another_recipient_take_no_recipient_from_the_round() {
    let text = "Donors pledged $2 billion on Monday to help Norway rebuild after the storm.\n\nThe Vestfold Trust donated 500 tents.\n\nThe Marta Lind Foundation gave $5 million to the Danish Red Cross.\n\nThe Kolding Fund pledged $3 million.";
    let d = doc(text)
        .country("Norway", "NO", &["Norway"])
        .org("Vestfold Trust")
        .org("Marta Lind Foundation")
        .org("Danish Red Cross")
        .org("Kolding Fund")
        .timex("Monday", "2020-05-18")
        .run();
    for e in of(&d, "donation") {
        let trig = e.trigger.text(&d.text);
        let r = role_names(&d, e, "recipient");
        match trig {
            "pledged" if e.sentence == 0 => assert_eq!(r, vec!["Norway"]),
            // goods: no recipient from the round
            "donated" => assert!(r.is_empty(), "{r:?}"),
            "gave" => assert_eq!(r, vec!["Danish Red Cross"]),
            // after a gift to another recipient, the round's is no longer known
            "pledged" => assert!(!r.contains(&"Norway".to_string()), "{r:?}"),
            _ => {}
        }
    }
}

#[test]
fn a_plan_to_attend_that_failed_is_a_visit_not_made() {
    let d = with_lead(
        "Marta Lind was due to attend the opening but sent her deputy after her flight was grounded.",
    );
    assert_eq!(
        visits(&d),
        vec![(
            EventStatus::Negated,
            Some("2020-05-19".to_string()),
            vec!["Marta Lind".to_string()]
        )]
    );
    let d = doc("Marta Lind had been due to attend Friday's handover but postponed her trip.")
        .person("Marta Lind", &["Marta Lind"])
        .timex("Friday", "2020-05-22")
        .run();
    assert!(
        of(&d, "visit")
            .iter()
            .any(|e| e.status == EventStatus::Negated
                && e.date.as_deref() == Some("2020-05-22")
                && role_names(&d, e, "visitor") == vec!["Marta Lind"]),
        "{:#?}",
        d.events
    );
}

#[test]
fn a_plan_to_attend_with_no_failure_told_is_no_absence() {
    let d = with_lead("Marta Lind is due to attend the opening on Friday.");
    assert!(
        !visits(&d)
            .iter()
            .any(|(s, _, _)| *s == EventStatus::Negated),
        "{:?}",
        visits(&d)
    );
}
