//! Meetings and agreements as unseen news tells them: plans reported called
//! off (status and the plan's date), ... Our own sentences, through the
//! whole pipeline (real sentence, entity and date stages).

mod pipeline_support;
use newsfacts::model::Event;
use pipeline_support::{event, run, show};

/// (status, date) of the one event of `kind` on `trigger`.
fn status_date(d: &newsfacts::Document, kind: &str, trigger: &str) -> (String, Option<String>) {
    let e = event(d, kind, trigger);
    (e.status.as_str().to_string(), e.date.clone())
}

fn has_role(d: &newsfacts::Document, e: &Event, role: &str, value: &str) -> bool {
    e.arguments.iter().any(|a| {
        a.role == role
            && (a.span.text(&d.text) == value
                || a.entity.is_some_and(|x| d.entities[x].name == value))
    })
}

fn pair(s: &str, d: Option<&str>) -> (String, Option<String>) {
    (s.to_string(), d.map(str::to_string))
}

// ------------------------------------------------------------ called off

#[test]
fn a_plan_reported_called_off_is_negated_and_dated_to_the_nearer_day() {
    // 2026-05-20 is a Wednesday: "Tuesday" of a call that did not happen is
    // yesterday, "Thursday" of a meeting called off in advance is tomorrow.
    type Case<'a> = (&'a str, &'a str, (&'a str, Option<&'a str>));
    let cases: &[Case] = &[
        (
            "A planned video call between the two governors on Tuesday afternoon did not take place because of a storm.",
            "video call",
            ("negated", Some("2026-05-19")),
        ),
        (
            "Talks between the unions and the employers, set for Tuesday, were cancelled after a strike was called.",
            "Talks",
            ("negated", Some("2026-05-19")),
        ),
        (
            "A meeting with the mayor of Lyon, Anne Dupont, which was to have been held on Thursday, was called off when she fell ill.",
            "meeting",
            ("negated", Some("2026-05-21")),
        ),
        (
            "A meeting with officials of the Ministry of Health, which had been scheduled for Monday to discuss the new clinic, was postponed after their plane was grounded.",
            "meeting",
            ("negated", Some("2026-05-18")),
        ),
    ];
    for (text, trigger, (st, date)) in cases {
        let d = run(text, "2026-05-20");
        assert_eq!(
            status_date(&d, "meeting", trigger),
            pair(st, *date),
            "{text}: {}",
            show(&d)
        );
    }
}

#[test]
fn a_plan_not_called_off_keeps_its_forward_date() {
    let d = run(
        "Talks between the unions and the employers, set for Tuesday, will go ahead as planned.",
        "2026-05-20",
    );
    assert_eq!(
        status_date(&d, "meeting", "Talks"),
        pair("planned", Some("2026-05-26")),
        "{}",
        show(&d)
    );
    // a relative clause on a name that is not followed by the noun's own
    // predicate: the call-off is the name's, not the meeting's
    let d = run(
        "The ministers met in Reykjavik on Monday with officials from Akureyri, which was cut off by snow.",
        "2026-05-20",
    );
    assert_eq!(
        status_date(&d, "meeting", "met"),
        pair("happened", Some("2026-05-18")),
        "{}",
        show(&d)
    );
}

#[test]
fn a_day_a_saying_is_dated_to_stays_past_beside_a_call_off() {
    // the call-off is reported, the saying dated: "said on Thursday" is last
    // Thursday, not the nearer one ahead
    let d = run(
        "The ministry said on Thursday that the talks had been cancelled.",
        "2026-05-20",
    );
    let t = d
        .timexes
        .iter()
        .find(|t| t.span.text(&d.text) == "Thursday")
        .expect("Thursday");
    assert_eq!(t.value, "2026-05-14");
}

#[test]
fn put_back_until_a_season_lies_ahead() {
    let d = run(
        "A summit of the five presidents that had been pencilled in for March has, however, been put back until the autumn.",
        "2027-01-11",
    );
    let v: Vec<(&str, &str)> = d
        .timexes
        .iter()
        .map(|t| (t.span.text(&d.text), t.value.as_str()))
        .collect();
    assert!(v.contains(&("March", "2027-03")), "{v:?}");
    assert!(v.contains(&("the autumn", "2027-FA")), "{v:?}");
    assert_eq!(
        status_date(&d, "meeting", "summit"),
        pair("negated", Some("2027-03")),
        "{}",
        show(&d)
    );
}

// ------------------------------------------------- agreements of a series

#[test]
fn the_next_of_a_series_not_signed_takes_the_occasion_and_the_sides() {
    let d = run(
        "ASTANA, March 5 - Kazakhstan and Mongolia signed three accords on Thursday on rail freight, customs and tourism.\n\nThe ministers spoke of a new era. Traders in Almaty welcomed the news. Prices of coal were steady.\n\nA fourth, on water sharing along the border rivers, was not signed after the lawyers asked for more time.",
        "2026-03-05",
    );
    let neg: Vec<&Event> = d
        .events
        .iter()
        .filter(|e| e.kind == "agreement" && e.status.as_str() == "negated")
        .collect();
    assert_eq!(neg.len(), 1, "{}", show(&d));
    assert_eq!(neg[0].date.as_deref(), Some("2026-03-05"), "{}", show(&d));
    assert!(has_role(&d, neg[0], "party", "Kazakhstan"), "{}", show(&d));
    assert!(has_role(&d, neg[0], "party", "Mongolia"), "{}", show(&d));
}

#[test]
fn a_text_or_document_signed_in_the_passive_is_an_agreement() {
    let d = run(
        "Officials said twelve documents are set to be signed during the president's visit to Hanoi next week.",
        "2026-03-05",
    );
    assert_eq!(
        status_date(&d, "agreement", "signed").0,
        "planned",
        "{}",
        show(&d)
    );
    // a plan told, then its failure with the verb left out
    let d = run(
        "A second document, on fishing quotas, had been expected to be signed as well but was not.",
        "2026-03-05",
    );
    assert_eq!(
        status_date(&d, "agreement", "signed").0,
        "negated",
        "{}",
        show(&d)
    );
    // an ordinal before its own noun is that noun's: no agreement in a
    // footballer signed
    let d = run(
        "A second striker, Luis Ortega, was signed by Porto on Tuesday.",
        "2026-03-05",
    );
    assert!(
        !d.events.iter().any(|e| e.kind == "agreement"),
        "{}",
        show(&d)
    );
    // "but was not the first": the clause goes on, no failure told
    let d = run(
        "The accord was expected to be signed in Geneva but was not the first such deal.",
        "2026-03-05",
    );
    assert!(
        d.events
            .iter()
            .all(|e| e.kind != "agreement" || e.status.as_str() != "negated"),
        "{}",
        show(&d)
    );
}

#[test]
fn an_aside_telling_the_plan_of_the_event_dates_it() {
    // 2026-01-02 is a Friday: the Monday the text was hoped to be signed
    // on, with the signing not done, is the nearer one
    let d = run(
        "A second text on joint patrols near the border, which officials had hoped to sign on Wednesday, was not signed.",
        "2026-01-02",
    );
    assert_eq!(
        status_date(&d, "agreement", "signed"),
        pair("negated", Some("2025-12-31")),
        "{}",
        show(&d)
    );
    // an aside about someone else keeps its date to itself
    let d = run(
        "Thailand, which hosted a preparatory meeting in Bangkok in October, did not sign the declaration.",
        "2026-01-02",
    );
    assert_eq!(
        status_date(&d, "agreement", "sign"),
        pair("negated", None),
        "{}",
        show(&d)
    );
}

// ------------------------------------------------------ calls by phone

#[test]
fn speaking_to_someone_by_phone_or_video_is_an_online_meeting() {
    let d = run(
        "Latvian Prime Minister Janis Ozolins spoke to Magnus Ekholm by telephone on Monday evening to explain his position.",
        "2026-03-18",
    );
    let e = event(&d, "meeting", "spoke");
    assert_eq!(e.status.as_str(), "happened");
    assert_eq!(e.date.as_deref(), Some("2026-03-16"), "{}", show(&d));
    assert!(
        has_role(&d, e, "participant", "Janis Ozolins"),
        "{}",
        show(&d)
    );
    assert!(
        has_role(&d, e, "participant", "Magnus Ekholm"),
        "{}",
        show(&d)
    );
    assert!(
        e.arguments
            .iter()
            .any(|a| a.role == "mode" && a.value.as_deref() == Some("online")),
        "{}",
        show(&d)
    );
    let d = run(
        "The ministers of Albania, Serbia and Montenegro talked for three hours by video link on Tuesday.",
        "2026-03-18",
    );
    let e = event(&d, "meeting", "talked");
    assert_eq!(e.date.as_deref(), Some("2026-03-17"), "{}", show(&d));
    assert!(has_role(&d, e, "participant", "Serbia"), "{}", show(&d));
}

#[test]
fn an_interview_by_phone_is_no_meeting() {
    for text in [
        "Kenya's trade minister, Grace Wambui, spoke to the Daily Nation by telephone from Nairobi.",
        "Speaking by telephone from Lusaka, Peter Banda said the border would reopen.",
        "The family talked by telephone every week.",
    ] {
        let d = run(text, "2026-03-18");
        assert!(
            !d.events.iter().any(|e| e.kind == "meeting"),
            "{text}: {}",
            show(&d)
        );
    }
}

// ------------------------------------------------- the present is no date

#[test]
fn now_does_not_date_a_meeting_called_off_or_awaited() {
    let d = run(
        "A ministerial meeting between Romania and Bulgaria has now been postponed twice.",
        "2027-01-11",
    );
    assert_eq!(
        status_date(&d, "meeting", "meeting"),
        pair("negated", None),
        "{}",
        show(&d)
    );
    // a meeting going on now keeps the present
    let d = run(
        "Romania and Bulgaria are now holding talks in Giurgiu.",
        "2027-01-11",
    );
    let e = event(&d, "meeting", "talks");
    assert_eq!(e.status.as_str(), "happened", "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("PRESENT_REF"), "{}", show(&d));
}

// ------------------------------------- topics and places of the signing

#[test]
fn a_clause_of_time_and_a_place_of_residence_are_not_the_signings() {
    let d = run(
        "A fourth memorandum, on the return of migrants living in Norway, was not signed after the two sides failed to agree on its wording.",
        "2026-06-03",
    );
    let e = event(&d, "agreement", "signed");
    assert_eq!(e.status.as_str(), "negated", "{}", show(&d));
    assert!(!has_role(&d, e, "place", "Norway"), "{}", show(&d));
    assert!(!has_role(&d, e, "topic", "its wording"), "{}", show(&d));
    assert!(
        e.arguments
            .iter()
            .any(|a| a.role == "topic" && a.span.text(&d.text).contains("return of migrants")),
        "{}",
        show(&d)
    );
    // the signing's own place before the clause of time stays
    let d = run(
        "Kenya and Uganda signed a memorandum on rail freight in Kampala after the ministers arrived.",
        "2026-06-03",
    );
    let e = event(&d, "agreement", "signed");
    assert!(has_role(&d, e, "place", "Kampala"), "{}", show(&d));
    assert!(has_role(&d, e, "topic", "rail freight"), "{}", show(&d));
}
