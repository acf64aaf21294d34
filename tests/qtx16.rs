//! qtx16: a year-less dateline's year taken from the year the text writes as
//! its own, decades of the 2000s, and a region preferred to a small foreign
//! city of the same name. Our own sentences throughout.

use chrono::NaiveDate;
use newsfacts::model::Document;
use newsfacts::timex::{find_dateline, TimexOptions, TimexTagger};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn dateline(text: &str, reference: Option<&str>) -> Option<NaiveDate> {
    find_dateline(text, reference.map(date)).map(|d| d.date)
}

/// (span text, value) of every timex, with `anchor` as the document date.
fn found(text: &str, anchor: &str) -> Vec<(String, String)> {
    let mut doc = Document::new("t", text);
    doc.date = Some(date(anchor));
    TimexTagger::new(TimexOptions::default()).annotate(&mut doc);
    doc.timexes
        .iter()
        .map(|t| (t.span.text(&doc.text).to_string(), t.value.clone()))
        .collect()
}

fn value_of(text: &str, anchor: &str, span: &str) -> Option<String> {
    found(text, anchor)
        .into_iter()
        .find(|(s, _)| s == span)
        .map(|(_, v)| v)
}

#[test]
fn the_texts_own_year_moves_a_year_less_dateline_forward() {
    // 14 May 2026 is a Thursday: an interview "on Tuesday" fits it only as a
    // day two days back; 14 May 2025 (a Wednesday) fits the day-before rule.
    let base = "SUVA, 14 May (Reef Features) — Mele Tupou has run the island's only \
                blood bank since 2021. We reached her by phone on Tuesday.";
    assert_eq!(dateline(base, None), Some(date("2025-05-14")));
    let own = format!("{base} New freezers are due before the 2026 cyclone season.");
    assert_eq!(dateline(&own, None), Some(date("2026-05-14")));
    // Capitalised article, and the year written twice.
    let own = format!("{base} The 2026 budget sets aside money; the 2026 plan is late.");
    assert_eq!(dateline(&own, None), Some(date("2026-05-14")));
}

#[test]
fn the_texts_own_year_moves_a_year_less_dateline_back_when_the_weekday_fits() {
    // 9 February 2025 is a Sunday; 9 February 2026 a Monday (the day-before
    // reading), so both fit the lead's Sunday.
    let base = "HONIARA, February 9 (Island Press) - The first supply ship docked on \
                Sunday with rice and tarpaulins";
    assert_eq!(
        dateline(&format!("{base}.",), None),
        Some(date("2026-02-09"))
    );
    let own = format!("{base} after the worst flood of the 2025 wet season.");
    assert_eq!(dateline(&own, None), Some(date("2025-02-09")));
}

#[test]
fn years_that_are_no_own_year_leave_the_dateline_alone() {
    let base = "SUVA, 14 May (Reef Features) — Mele Tupou has run the island's only \
                blood bank since 2021. We reached her by phone on Tuesday.";
    // A plan over years, not a year used as an attribute.
    let plan = format!("{base} Freezers will be delivered in 2026 and 2027.");
    assert_eq!(dateline(&plan, None), Some(date("2025-05-14")));
    // The latest year written is not the attributive one.
    let later = format!("{base} After the 2024 floods, a new wing opens in 2026.");
    assert_eq!(dateline(&later, None), Some(date("2025-05-14")));
    // Numbers that only look like years.
    let counts = format!("{base} The 2,026 donors gave 12026 units; the 20265 code.");
    assert_eq!(dateline(&counts, None), Some(date("2025-05-14")));
    // A year far from the weekday's reading is a look back, not the date.
    let far = format!("{base} She recalled the 2019 outbreak.");
    assert_eq!(dateline(&far, None), Some(date("2025-05-14")));
    // Not after the reference date.
    let own = format!("{base} Freezers are due before the 2026 cyclone season.");
    assert_eq!(dateline(&own, Some("2025-12-31")), Some(date("2025-05-14")));
    // A look back to last year under an early-January dateline: "In 2025,"
    // is no attribute, so the weekday's latest reading stands.
    let text = "APIA, Jan 8 (Wire) - Crews on Wednesday cleared roads. In 2025, storms cut power 40 times.";
    assert_eq!(dateline(text, None), Some(date("2026-01-08")));
    // The day before does not move a year back when the weekday fails there.
    let text = "APIA, March 12 (Wire) - The minister arrived on Thursday, before the 2025 harvest.";
    assert_eq!(dateline(text, None), Some(date("2026-03-12")));
    // The dateline's own weekday is never overruled.
    let text = "LILONGWE, Thursday, Jan 8 (Wire) - Lawmakers met on the 2025 budget.";
    assert_eq!(dateline(text, None), Some(date("2026-01-08")));
}

#[test]
fn the_2000s_is_a_decade_and_the_1900s_a_century() {
    let text = "Exports of caviar collapsed in the 2000s, after booming in the 1990s.";
    assert_eq!(
        value_of(text, "2026-05-04", "the 2000s").as_deref(),
        Some("200")
    );
    assert_eq!(
        value_of(text, "2026-05-04", "the 1990s").as_deref(),
        Some("199")
    );
    let text = "The mill was built in the 1900s and rebuilt in the 1800s style.";
    assert_eq!(
        value_of(text, "2026-05-04", "the 1900s").as_deref(),
        Some("19")
    );
}

#[test]
fn a_season_that_modifies_a_noun_is_no_date() {
    let anchor = "2026-03-02";
    for text in [
        "Seed will arrive before the winter sowing, the ministry said.",
        "Trucks used the winter road until it melted.",
        "Tablets will be delivered before the winter break begins.",
        "Farmers are preparing for the spring planting in the valley.",
        "The summer holidays start late this year.",
    ] {
        let got = found(text, anchor);
        assert!(
            got.iter().all(|(s, _)| !s.contains("winter")
                && !s.contains("spring")
                && !s.contains("summer")),
            "{text}: {got:?}"
        );
    }
    // The season itself, its weather, and a preposition after it are dated.
    assert_eq!(
        value_of(
            "Crews will return in the winter during school hours.",
            anchor,
            "the winter"
        )
        .as_deref(),
        Some("2026-WI")
    );
    assert_eq!(
        value_of(
            "They hope to finish before the winter snow closes the pass.",
            anchor,
            "the winter"
        )
        .as_deref(),
        Some("2026-WI")
    );
    assert!(value_of(
        "The clinic closed for the spring and reopened.",
        anchor,
        "the spring"
    )
    .is_some());
}

#[test]
fn a_bare_weekday_after_a_planned_day_in_its_sentence_lies_ahead() {
    // 2026-01-08 is a Thursday.
    let anchor = "2026-01-08";
    let text = "The envoy is due to meet the mayor on Friday before flying home on Saturday.";
    assert_eq!(
        value_of(text, anchor, "Friday").as_deref(),
        Some("2026-01-09")
    );
    assert_eq!(
        value_of(text, anchor, "Saturday").as_deref(),
        Some("2026-01-10")
    );
    let text = "She will open the clinic on Monday and tour the ward before leaving on Tuesday.";
    assert_eq!(
        value_of(text, anchor, "Tuesday").as_deref(),
        Some("2026-01-13")
    );
    // A day behind, or a new sentence, leaves a bare weekday in the past.
    let text = "The envoy met the mayor on Monday before flying home on Tuesday.";
    assert_eq!(
        value_of(text, anchor, "Tuesday").as_deref(),
        Some("2026-01-06")
    );
    let text = "The envoy is due to meet the mayor on Friday. Talks ended on Tuesday.";
    assert_eq!(
        value_of(text, anchor, "Tuesday").as_deref(),
        Some("2026-01-06")
    );
    // A weekday with its own past verb stays past.
    let text = "The envoy is due back on Friday; he arrived on Tuesday.";
    assert_eq!(
        value_of(text, anchor, "Tuesday").as_deref(),
        Some("2026-01-06")
    );
}
