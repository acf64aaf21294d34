//! Visits and agreements (session 28): a visit told as lasting several
//! days dated by its ISO week, a lead visit of a datelined story at the dateline's city, a schedule
//! contradicted by "but", planned visits told by "will come" / "will tour",
//! agreements negotiated, wanted or asked for (planned), "agreed to meet"
//! (no agreement), signers standing for the countries or bodies the text
//! ties them to, and an agreement's topic
//! told by the modifiers of its noun. Our own sentences, through the whole
//! pipeline; the article date is 2026-05-20 (a Wednesday, ISO week 21).

mod pipeline_support;
use newsfacts::model::EventStatus;
use pipeline_support::{event, kinds, run, show, values};

const DATE: &str = "2026-05-20";

// ------------------------------------------------------------ ISO weeks

#[test]
fn a_state_visit_is_dated_by_its_week() {
    let d = run(
        "Malawian President Chikondi Banda arrived in Nairobi on Tuesday for a three-day state visit.",
        DATE,
    );
    // (the arrival and the state visit are one event)
    let e = event(&d, "visit", "arrived");
    assert_eq!(e.date.as_deref(), Some("2026-W21"), "{}", show(&d));
    assert_eq!(e.status, EventStatus::Happened, "{}", show(&d));
}

#[test]
fn a_multi_day_visit_is_dated_by_its_week() {
    let d = run(
        "Foreign Minister Lucía Ferraro, on a two-day visit that began on Monday, opened the new embassy in Windhoek.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.date.as_deref(), Some("2026-W21"), "{}", show(&d));
}

#[test]
fn an_official_or_one_day_visit_keeps_its_day() {
    for (text, day) in [
        (
            "Malawian President Chikondi Banda arrived in Nairobi on Tuesday for a two-day official visit.",
            "2026-05-19",
        ),
        (
            "Malawian President Chikondi Banda visited Nairobi on Tuesday.",
            "2026-05-19",
        ),
    ] {
        let d = run(text, DATE);
        let e = d
            .events
            .iter()
            .find(|e| e.kind == "visit")
            .unwrap_or_else(|| panic!("no visit: {}", show(&d)));
        assert_eq!(e.date.as_deref(), Some(day), "{text}\n{}", show(&d));
    }
}

// ------------------------------------------------------------ visitors and places

#[test]
fn a_lead_visit_of_a_datelined_story_is_at_the_dateline_city() {
    let d = run(
        "NAIROBI, May 20 (Lake Wire) - A rail memorandum was signed on Wednesday during a visit by Ugandan Prime Minister Peter Okello. Kenya will build the first section.",
        DATE,
    );
    assert_eq!(
        values(&d, "visit", "visit", "place"),
        vec!["Nairobi"],
        "{}",
        show(&d)
    );
    assert_eq!(
        values(&d, "visit", "visit", "host"),
        vec!["Kenya"],
        "{}",
        show(&d)
    );
}

// ------------------------------------------------------------ statuses of visits

#[test]
fn a_schedule_contradicted_by_but_is_negated() {
    let d = run(
        "Health Minister Grace Phiri was due to visit the clinic in Mzuzu on Friday, but her office said on Wednesday that she would stay in Lilongwe.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.status, EventStatus::Negated, "{}", show(&d));
}

#[test]
fn a_schedule_without_but_stays_planned() {
    let d = run(
        "Health Minister Grace Phiri is due to visit the clinic in Mzuzu on Friday.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.status, EventStatus::Planned, "{}", show(&d));
}

#[test]
fn an_invitation_accepted_is_a_planned_visit() {
    let d = run(
        "Fisheries Minister Ana Ruiz has accepted an invitation to visit Walvis Bay in June.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.status, EventStatus::Planned, "{}", show(&d));
}

#[test]
fn a_visit_called_off_with_its_planner_after_the_noun_is_negated() {
    let d = run(
        "Fisheries Minister Ana Ruiz promised an answer by July. A visit she had planned for June was called off when the ferry broke down.",
        DATE,
    );
    let e = event(&d, "visit", "visit");
    assert_eq!(e.status, EventStatus::Negated, "{}", show(&d));
    assert_eq!(
        values(&d, "visit", "visit", "visitor"),
        vec!["Ana Ruiz"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_person_who_will_come_plans_a_visit() {
    let d = run(
        "Mayor Lucas Ferreira said he would come to Tarija in June to open the pumping station.",
        DATE,
    );
    let e = event(&d, "visit", "would come");
    assert_eq!(e.status, EventStatus::Planned, "{}", show(&d));
    assert_eq!(e.date.as_deref(), Some("2026-06"), "{}", show(&d));
    assert_eq!(
        values(&d, "visit", "would come", "visitor"),
        vec!["Lucas Ferreira"],
        "{}",
        show(&d)
    );
}

#[test]
fn what_comes_is_no_visitor() {
    for text in [
        "The money will come from the regional budget, Mayor Lucas Ferreira said.",
        "Mayor Lucas Ferreira would come under pressure to resign.",
        "Mayor Lucas Ferreira will come up with a new plan in June.",
    ] {
        let d = run(text, DATE);
        assert_eq!(kinds(&d, "visit"), 0, "{text}\n{}", show(&d));
    }
}

#[test]
fn a_tour_she_will_make_is_planned() {
    let d = run(
        "Health Minister Grace Phiri will tour the Mzuzu Central Hospital on Friday.",
        DATE,
    );
    let e = event(&d, "visit", "tour");
    assert_eq!(e.status, EventStatus::Planned, "{}", show(&d));
}

// ------------------------------------------------------------ agreements

#[test]
fn an_agreement_negotiated_or_asked_for_is_planned() {
    for (text, trigger) in [
        (
            "The Mzuzu Fishers Cooperative is negotiating a fuel supply agreement with Lake Oil Limited.",
            "agreement",
        ),
        (
            "The Mzuzu Fishers Cooperative has asked for an agreement with Lake Oil Limited on fuel prices.",
            "agreement",
        ),
    ] {
        let d = run(text, DATE);
        let e = event(&d, "agreement", trigger);
        assert_eq!(e.status, EventStatus::Planned, "{text}\n{}", show(&d));
    }
}

#[test]
fn agreeing_to_meet_is_no_agreement() {
    let d = run(
        "Kenya and Uganda have agreed to meet again in Kampala in July.",
        DATE,
    );
    assert_eq!(kinds(&d, "agreement"), 0, "{}", show(&d));
}

#[test]
fn agreeing_to_act_is_still_an_agreement() {
    let d = run(
        "Kenya and Uganda have agreed to open a joint border post at Busia in July.",
        DATE,
    );
    assert_eq!(kinds(&d, "agreement"), 1, "{}", show(&d));
}

#[test]
fn a_refusal_to_sign_is_negated() {
    let d = run(
        "Uganda refused to sign the fisheries protocol on Tuesday.",
        DATE,
    );
    let e = event(&d, "agreement", "sign");
    assert_eq!(e.status, EventStatus::Negated, "{}", show(&d));
    assert_eq!(
        values(&d, "agreement", "sign", "party"),
        vec!["Uganda"],
        "{}",
        show(&d)
    );
}

#[test]
fn signers_stand_for_their_countries() {
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo and Ugandan Trade Minister Peter Okello signed a memorandum on cross-border trade on Monday.",
        DATE,
    );
    assert_eq!(
        values(&d, "agreement", "signed", "party"),
        vec!["Kenya", "Uganda"],
        "{}",
        show(&d)
    );
}

#[test]
fn the_modifiers_of_the_agreement_noun_are_its_topic() {
    let d = run(
        "The Mzuzu Fishers Cooperative has refused to sign a maintenance agreement with Lake Oil Limited.",
        DATE,
    );
    assert_eq!(
        values(&d, "agreement", "sign", "topic"),
        vec!["maintenance"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_verb_or_a_word_of_kind_is_no_topic() {
    for text in [
        "Lake Oil Limited said it had failed to reach agreement with the Mzuzu Fishers Cooperative.",
        "Lake Oil Limited signed a new agreement with the Mzuzu Fishers Cooperative on Monday.",
    ] {
        let d = run(text, DATE);
        let topics: Vec<String> = d
            .events
            .iter()
            .filter(|e| e.kind == "agreement")
            .flat_map(|e| e.arguments.iter())
            .filter(|a| a.role == "topic")
            .map(|a| a.span.text(&d.text).to_string())
            .collect();
        assert!(
            !topics.iter().any(|t| t == "reach" || t == "new"),
            "{text}\n{}",
            show(&d)
        );
    }
}

#[test]
fn a_signer_beside_a_named_state_stays_the_party() {
    let d = run(
        "Kenya signed a rail memorandum with Ugandan Trade Minister Peter Okello on Monday.",
        DATE,
    );
    assert!(
        values(&d, "agreement", "signed", "party").contains(&"Peter Okello".to_string()),
        "{}",
        show(&d)
    );
}
