//! Visits and agreements found more often: visit nouns scheduled, called
//! off or dated without a named visitor, a dated visit of a named place, an unnamed
//! official visiting for the country, talks that ended without agreement,
//! something agreed in the passive on a date, and a refused signing dated
//! by the occasion just told. Our own sentences, through the whole pipeline;
//! the article date is 2026-05-20 (a Wednesday).

mod pipeline_support;
use newsfacts::model::EventStatus;
use pipeline_support::{by_trigger, event, kinds, run, show, values};

const DATE: &str = "2026-05-20";

// ------------------------------------------------------------ visit nouns

#[test]
fn a_visit_called_off_needs_no_named_visitor() {
    let d = run(
        "A visit to the clinic by the health minister, planned for March 3, was cancelled because of floods.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.status, EventStatus::Negated, "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("2026-03-03"), "{}", show(&d));
}

#[test]
fn a_dated_visit_of_a_series_needs_no_named_visitor() {
    let d = run(
        "The hospital ship's last visit to the island was in 2021.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.date.as_deref(), Some("2021"), "{}", show(&d));
    assert_eq!(e.status, EventStatus::Happened, "{}", show(&d));
}

#[test]
fn a_visit_noun_with_no_schedule_date_or_series_is_none() {
    for text in [
        "She said a visit would be welcome.",
        "The waiting list for a follow-up visit is now six weeks long.",
    ] {
        let d = run(text, DATE);
        assert_eq!(kinds(&d, "visit"), 0, "{text}\n{}", show(&d));
    }
}

#[test]
fn a_named_place_visited_on_a_date_is_a_visit() {
    let d = run(
        "A delegation of the association's members will visit Tarija in June to see the pumps.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.status, EventStatus::Planned, "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("2026-06"), "{}", show(&d));
    assert_eq!(values(&d, "visit", "visit", "place"), vec!["Tarija"]);
}

// ------------------------------------------------------------ unnamed officials

#[test]
fn an_unnamed_official_visits_for_the_country() {
    let d = run("The Danish prime minister visited Nuuk on Monday.", DATE);
    assert_eq!(
        values(&d, "visit", "visited", "visitor"),
        vec!["Denmark"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_named_official_is_the_visitor() {
    let cases: &[(&str, &str)] = &[
        (
            "Danish Prime Minister Mette Holm visited Nuuk on Monday.",
            "Mette Holm",
        ),
        (
            "Japan's ambassador to Peru, Kenji Sato, visited the school in Cusco on Friday.",
            "Kenji Sato",
        ),
    ];
    for (text, who) in cases {
        let d = run(text, DATE);
        assert_eq!(
            values(&d, "visit", "visited", "visitor"),
            vec![who.to_string()],
            "{text}\n{}",
            show(&d)
        );
    }
}

// ------------------------------------------------------------ agreements

#[test]
fn talks_that_ended_without_agreement_are_a_negated_agreement() {
    let d = run(
        "The first round of talks ended without agreement on quotas on Friday.",
        DATE,
    );
    let e = event(&d, "agreement", "agreement");
    assert_eq!(e.status, EventStatus::Negated, "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("2026-05-15"), "{}", show(&d));
    assert_eq!(
        values(&d, "agreement", "agreement", "topic"),
        vec!["quotas"]
    );
}

#[test]
fn a_prospect_of_no_agreement_is_none() {
    let d = run(
        "The talks looked close to ending without agreement on quotas.",
        DATE,
    );
    assert!(
        by_trigger(&d, "agreement", "agreement").is_empty(),
        "{}",
        show(&d)
    );
}

#[test]
fn something_agreed_on_a_date_is_an_agreement() {
    let d = run(
        "The loan was agreed in March during a meeting between Zambia and the Nordic Fund.",
        DATE,
    );
    let e = event(&d, "agreement", "agreed");
    assert_eq!(e.status, EventStatus::Happened, "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("2026-03"), "{}", show(&d));
}

#[test]
fn being_of_one_mind_is_no_agreement() {
    let d = run(
        "Ministers were agreed on the need for reform on Monday.",
        DATE,
    );
    assert_eq!(kinds(&d, "agreement"), 0, "{}", show(&d));
}

#[test]
fn a_refused_signing_takes_the_day_of_the_occasion_just_told() {
    let d = run(
        "The ministers of Kenya and Rwanda met in Arusha on Tuesday. Rwanda refused to sign the fisheries protocol.",
        DATE,
    );
    let e = event(&d, "agreement", "sign");
    assert_eq!(e.status, EventStatus::Negated, "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("2026-05-19"), "{}", show(&d));
}
