//! Meetings held in person by default, meeting topics after a verb of
//! purpose, and a visit abroad hosted by the country it goes to. Our own
//! sentences, through the whole pipeline (real sentence, entity and date
//! stages).

mod pipeline_support;
use pipeline_support::{event, run, show, values};

/// The normalised mode values of the one meeting on `trigger`.
fn modes(d: &newsfacts::Document, trigger: &str) -> Vec<String> {
    event(d, "meeting", trigger)
        .arguments
        .iter()
        .filter(|a| a.role == "mode")
        .filter_map(|a| a.value.clone())
        .collect()
}

// ------------------------------------------------------------ mode

#[test]
fn a_meeting_with_no_word_of_distance_is_held_in_person() {
    let cases: &[(&str, &str)] = &[
        (
            "The two presidents held three hours of talks at the palace on Tuesday, officials said.",
            "talks",
        ),
        (
            "Councillors approved the budget at their meeting on Monday evening.",
            "meeting",
        ),
        (
            "Finance minister Arvid Lunde met Sweden's trade minister, Karin Dahl, on Friday.",
            "met",
        ),
    ];
    for (text, trigger) in cases {
        let d = run(text, "2026-05-20");
        assert_eq!(
            modes(&d, trigger),
            vec!["in-person"],
            "{text}\n{}",
            show(&d)
        );
    }
}

#[test]
fn a_meeting_told_with_a_word_of_distance_gets_no_in_person_default() {
    let cases: &[(&str, &str)] = &[
        // the means far from the trigger: no slot fills it, no default either
        (
            "Finance minister Arvid Lunde met Sweden's trade minister, Karin Dahl, on Friday, the two speaking from their capitals over a shaky video link.",
            "met",
        ),
        (
            "Arvid Lunde met Karin Dahl on Friday after a phone call between their offices on Thursday had failed.",
            "met",
        ),
    ];
    for (text, trigger) in cases {
        let d = run(text, "2026-05-20");
        assert!(
            !modes(&d, trigger).iter().any(|m| m == "in-person"),
            "{text}\n{}",
            show(&d)
        );
    }
}

#[test]
fn a_meeting_online_stays_online() {
    let d = run(
        "Arvid Lunde and Karin Dahl held an online meeting on Friday.",
        "2026-05-20",
    );
    assert_eq!(modes(&d, "meeting"), vec!["online"], "{}", show(&d));
}

// ------------------------------------------------------------ topic

#[test]
fn a_meeting_called_to_approve_or_agree_something_is_about_it() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Arvid Lunde will meet Karin Dahl next Thursday to approve the new hiring plan.",
            "meet",
            "the new hiring plan",
        ),
        (
            "Arvid Lunde will meet Karin Dahl in Oslo next week to agree the terms of the ferry contract.",
            "meet",
            "the terms of the ferry contract",
        ),
        (
            "Arvid Lunde held a meeting with Karin Dahl on Friday to draw up a list of bridges that need repair.",
            "meeting",
            "a list of bridges",
        ),
    ];
    for (text, trigger, topic) in cases {
        let d = run(text, "2026-05-20");
        let got = values(&d, "meeting", trigger, "topic");
        assert!(
            got.iter().any(|t| t.starts_with(topic)),
            "{text}: {got:?}\n{}",
            show(&d)
        );
    }
}

#[test]
fn a_purpose_that_is_no_verb_of_deciding_is_no_topic() {
    // "to see" is what a visit does, not what a meeting decides
    let d = run(
        "Arvid Lunde will meet Karin Dahl in Oslo next week to see the new harbour.",
        "2026-05-20",
    );
    assert!(
        values(&d, "meeting", "meet", "topic").is_empty(),
        "{}",
        show(&d)
    );
}

// ------------------------------------------------------------ host

#[test]
fn a_foreign_visitor_to_a_city_is_hosted_by_its_country() {
    let d = run(
        "Portugal's secretary of state for cooperation, Ines Almeida, will visit Beira on Saturday, the first stop of a tour of Mozambique.",
        "2026-05-20",
    );
    assert_eq!(
        values(&d, "visit", "visit", "host"),
        vec!["Mozambique"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_visitor_at_home_or_with_the_country_unnamed_gets_no_host() {
    let cases: &[&str] = &[
        // a Mozambican minister touring his own country
        "Mozambique's health minister, Albino Machava, will visit Beira on Saturday.",
        // the place's country is never named: no host to give
        "Portugal's secretary of state for cooperation, Ines Almeida, will visit Beira on Saturday.",
    ];
    for text in cases {
        let d = run(text, "2026-05-20");
        assert!(
            values(&d, "visit", "visit", "host").is_empty(),
            "{text}\n{}",
            show(&d)
        );
    }
}
