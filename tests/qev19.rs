//! Meetings and visits: a schedule's hour kept in the date of a meeting
//! planned or called off ("planned for 3 p.m."), plans told in the past
//! tense ("had been due to visit") and plans told again as called off
//! ("The meeting was postponed") negated, and visits told by "toured",
//! "crossed into" and a planned "will return … for …". Our own sentences;
//! the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus, Span, Timex, TimexAnchor, TimexType};

fn build(text: &str, dates: &[(&str, &str)], times: &[(&str, &str)]) -> Document {
    let mut b = doc(text)
        .person("Marta Lind", &["Marta Lind", "Lind"])
        .person("Ola Berg", &["Ola Berg", "Berg"])
        .org("Varnhem Fire Brigade")
        .country("Denmark", "DK", &["Denmark"])
        .loc("Aalborg", "DK");
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (surface, value) in dates {
        // (a date word not in this sentence, or inside a longer one taken)
        let Some(start) = text.find(surface) else {
            continue;
        };
        if taken
            .iter()
            .any(|&(a, z)| start < z && a < start + surface.len())
        {
            continue;
        }
        taken.push((start, start + surface.len()));
        b = b.timex(surface, value);
    }
    for (surface, value) in times {
        let start = text.find(surface).expect("time in text");
        let span = Span::new(start, start + surface.len());
        let sentence = b.doc.sentence_of(start);
        b.doc.timexes.push(Timex {
            span,
            sentence,
            kind: TimexType::Time,
            value: value.to_string(),
            anchor: TimexAnchor::Document,
        });
        b.doc.timexes.sort_by_key(|t| t.span.start);
    }
    b.run()
}

fn summary(d: &Document, kind: &str) -> Vec<(EventStatus, Option<String>)> {
    of(d, kind)
        .into_iter()
        .map(|e| (e.status, e.date.clone()))
        .collect()
}

#[test]
fn a_meeting_set_for_an_hour_keeps_the_hour() {
    let d = build(
        "A meeting between Marta Lind and Ola Berg, planned for 3 p.m., has been called off.",
        &[],
        &[("3 p.m.", "2020-05-21T15:00")],
    );
    assert_eq!(
        summary(&d, "meeting"),
        vec![(EventStatus::Negated, Some("2020-05-21T15:00".to_string()))]
    );
    let d = build(
        "Marta Lind and Ola Berg will meet in Aalborg on Tuesday afternoon. The meeting is scheduled for Tuesday afternoon.",
        &[],
        &[
            ("Tuesday afternoon", "2020-05-26TAF"),
        ],
    );
    let m = summary(&d, "meeting");
    assert_eq!(m.len(), 1, "{}", describe(&d));
    assert_eq!(m[0].0, EventStatus::Planned);
}

#[test]
fn an_hour_with_no_schedule_word_or_a_meeting_held_gives_the_day() {
    // held: dated to the day
    let d = build(
        "Marta Lind met Ola Berg in Aalborg at 3 p.m. on Tuesday.",
        &[],
        &[("3 p.m. on Tuesday", "2020-05-19T15:00")],
    );
    assert_eq!(
        summary(&d, "meeting"),
        vec![(EventStatus::Happened, Some("2020-05-19".to_string()))]
    );
    // planned, but the hour is not told as the schedule
    let d = build(
        "Marta Lind will hold talks with Ola Berg at 3 p.m. on Friday.",
        &[],
        &[("3 p.m. on Friday", "2020-05-22T15:00")],
    );
    assert_eq!(
        summary(&d, "meeting"),
        vec![(EventStatus::Planned, Some("2020-05-22".to_string()))]
    );
}

#[test]
fn a_plan_told_in_the_past_tense_fell_through() {
    for text in [
        "Marta Lind had been due to visit Denmark in April, but the flooding closed the roads.",
        "Marta Lind had planned to visit Aalborg in April to see the new station.",
        "Marta Lind and Ola Berg were due to meet in Aalborg in April to approve the budget.",
    ] {
        let d = build(text, &[("April", "2020-04")], &[]);
        let evs: Vec<_> = doc_events(&d);
        assert_eq!(
            evs,
            vec![(EventStatus::Negated, Some("2020-04".to_string()))],
            "{text}"
        );
    }
    // a plan in the present stays planned
    let d = build(
        "Marta Lind is due to visit Denmark next month.",
        &[("next month", "2020-06")],
        &[],
    );
    assert_eq!(
        summary(&d, "visit"),
        vec![(EventStatus::Planned, Some("2020-06".to_string()))]
    );
}

fn doc_events(d: &Document) -> Vec<(EventStatus, Option<String>)> {
    d.events
        .iter()
        .filter(|e| matches!(e.kind.as_str(), "visit" | "meeting"))
        .map(|e| (e.status, e.date.clone()))
        .collect()
}

#[test]
fn a_planned_meeting_told_again_as_called_off_is_negated() {
    let d = build(
        "Marta Lind and Ola Berg are to meet in Aalborg on June 3 to approve the budget. The meeting was postponed because of a strike.",
        &[("June 3", "2020-06-03")],
        &[],
    );
    assert_eq!(
        summary(&d, "meeting"),
        vec![(EventStatus::Negated, Some("2020-06-03".to_string()))],
        "{}",
        describe(&d)
    );
    // told again as held: still the plan
    let d = build(
        "Marta Lind and Ola Berg are to meet in Aalborg on June 3 to approve the budget. The meeting will be the first since March.",
        &[("June 3", "2020-06-03")],
        &[],
    );
    assert_eq!(
        summary(&d, "meeting"),
        vec![(EventStatus::Planned, Some("2020-06-03".to_string()))]
    );
}

#[test]
fn touring_and_crossing_into_are_visits() {
    let d = build(
        "Marta Lind toured the Varnhem Fire Brigade on Tuesday.",
        &[("Tuesday", "2020-05-19")],
        &[],
    );
    let v = one(&d, "visit");
    assert_eq!(v.status, EventStatus::Happened);
    assert_eq!(v.date.as_deref(), Some("2020-05-19"));
    assert_eq!(role_names(&d, v, "visitor"), vec!["Marta Lind"]);
    assert_eq!(role_names(&d, v, "host"), vec!["Varnhem Fire Brigade"]);

    let d = build(
        "Ola Berg crossed into Denmark on Tuesday to see the bridge.",
        &[("Tuesday", "2020-05-19")],
        &[],
    );
    let v = one(&d, "visit");
    assert_eq!(role_names(&d, v, "visitor"), vec!["Ola Berg"]);
    assert_eq!(role_names(&d, v, "host"), vec!["Denmark"]);

    let d = build(
        "Ola Berg is expected to tour Aalborg on Tuesday.",
        &[("Tuesday", "2020-05-26")],
        &[],
    );
    let v = one(&d, "visit");
    assert_eq!(v.status, EventStatus::Planned);
    assert_eq!(role_names(&d, v, "place"), vec!["Aalborg"]);
}

#[test]
fn tours_and_crossings_that_are_no_visit() {
    for text in [
        // no named visitor
        "Thousands of refugees have crossed into Denmark since April.",
        // the noun
        "Guided tours of the Varnhem Fire Brigade start at noon.",
        // a stop on a visit already told is no visit of its own
        "The band later toured the old harbour.",
    ] {
        let d = build(text, &[("April", "2020-04")], &[]);
        none(&d, "visit");
    }
}

#[test]
fn a_planned_return_for_an_errand_is_a_visit() {
    for text in [
        "Marta Lind will return on June 3 for the inauguration of the new station.",
        "Marta Lind plans to return in June to see the pumps at work.",
        "Marta Lind promised to return in June with two more engineers.",
    ] {
        let d = build(text, &[("June 3", "2020-06-03"), ("June", "2020-06")], &[]);
        let v = one(&d, "visit");
        assert_eq!(v.status, EventStatus::Planned, "{text}");
        assert!(
            v.date.as_deref().is_some_and(|d| d.starts_with("2020-06")),
            "{text}"
        );
        assert_eq!(role_names(&d, v, "visitor"), vec!["Marta Lind"], "{text}");
    }
}

#[test]
fn a_return_home_or_to_work_or_undated_is_no_visit() {
    for text in [
        "Marta Lind will return to work on June 3 to meet her staff.",
        "Marta Lind will return home on June 3 for the holidays.",
        "Marta Lind will return for the inauguration of the new station.",
        "The return of Marta Lind on June 3 for the inauguration was welcomed.",
    ] {
        let d = build(text, &[("June 3", "2020-06-03")], &[]);
        none(&d, "visit");
    }
}

#[test]
fn the_wires_plan_of_the_day_stays_planned() {
    // "was due to" for a day not yet past at the story's date: still to come
    let d = build(
        "Marta Lind was due to meet Ola Berg in Aalborg today.",
        &[("today", "2020-05-21")],
        &[],
    );
    assert_eq!(
        summary(&d, "meeting"),
        vec![(EventStatus::Planned, Some("2020-05-21".to_string()))]
    );
    // a later mention with a mere negation does not call the plan off
    let d = build(
        "Marta Lind and Ola Berg will hold talks in Aalborg on June 3. An official said the talks would not settle the budget.",
        &[("June 3", "2020-06-03")],
        &[],
    );
    assert!(
        summary(&d, "meeting")
            .iter()
            .all(|(s, _)| *s == EventStatus::Planned),
        "{}",
        describe(&d)
    );
}
