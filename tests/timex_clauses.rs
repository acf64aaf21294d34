//! The tense that dates a year-less month is its own clause's: a past verb
//! in the next clause after a conjunction, or an attribution set off by
//! commas, does not decide it. Our own sentences throughout.

use chrono::NaiveDate;
use newsfacts::model::Document;
use newsfacts::timex::{TimexOptions, TimexTagger};

/// The value of the timex whose text is `span`, with `anchor` as the
/// document date.
fn value_of(text: &str, anchor: &str, span: &str) -> Option<String> {
    let mut doc = Document::new("t", text);
    doc.date = Some(NaiveDate::parse_from_str(anchor, "%Y-%m-%d").expect("test date"));
    TimexTagger::new(TimexOptions::default()).annotate(&mut doc);
    doc.timexes
        .iter()
        .find(|t| t.span.text(&doc.text) == span)
        .map(|t| t.value.clone())
}

#[test]
fn a_past_verb_after_a_conjunction_belongs_to_the_next_clause() {
    // Present progressive in the date's clause, a past verb in the next:
    // February is the coming one.
    let text = "The port authority is dredging the channel in February and the \
                harbour master warned skippers to keep clear.";
    assert_eq!(
        value_of(text, "2026-12-10", "February").as_deref(),
        Some("2027-02")
    );
}

#[test]
fn a_future_verb_after_a_conjunction_still_dates_the_clause() {
    // "is retiring in October and until then will chair": the shared
    // subject's future carries over the conjunction.
    let text = "Its director is retiring in October and until then will chair \
                the board's monthly sessions.";
    assert_eq!(
        value_of(text, "2026-11-20", "October").as_deref(),
        Some("2027-10")
    );
}

#[test]
fn a_past_clause_is_not_moved_by_the_conjunction_rule() {
    // No present verb on the left: the past verb decides as before.
    let text = "The growers met the buyers in October and signed nothing.";
    assert_eq!(
        value_of(text, "2026-11-20", "October").as_deref(),
        Some("2026-10")
    );
}

#[test]
fn an_attribution_between_commas_does_not_date_the_clause() {
    let text = "A new date will be set with the choir in the new year, the \
                clerk said, probably in late April.";
    assert_eq!(
        value_of(text, "2025-12-22", "late April").as_deref(),
        Some("2026-04")
    );
}

#[test]
fn an_attribution_without_its_closing_comma_keeps_its_past() {
    let text = "The choir came to the valley for a week, the clerk said in late April.";
    assert_eq!(
        value_of(text, "2025-12-22", "late April").as_deref(),
        Some("2025-04")
    );
}

#[test]
fn a_quoted_fragment_takes_the_tense_of_the_clause_around_it() {
    // The quote opens after a word of the writer's own clause: "would
    // follow" dates the quoted deadline.
    let text = "He said a second load of pumps would follow \"before the end of \
                June\", once the dam survey is done.";
    assert_eq!(
        value_of(text, "2026-02-12", "the end of June").as_deref(),
        Some("2026-06")
    );
}

#[test]
fn a_full_quotation_keeps_the_verb_outside_it_out() {
    // After a colon the quotation is a sentence of its own: "will tell"
    // says nothing of its March, which is the last one.
    let text = "The chairman will tell shareholders: \"Record sales in March.\"";
    assert_eq!(
        value_of(text, "2026-05-10", "March").as_deref(),
        Some("2026-03")
    );
}

#[test]
fn an_invitation_to_come_back_lies_ahead() {
    let text = "The board turned the bowls club down and invited it to come back in \
                the spring with a smaller request.";
    assert_eq!(
        value_of(text, "2026-10-08", "the spring").as_deref(),
        Some("2027-SP")
    );
    // Without the verb of asking, "come back" alone is no cue: the spring of
    // a past-tense sentence stays behind.
    let plain = "The bowls club turned the offer down and came back in the spring.";
    assert_eq!(
        value_of(plain, "2026-10-08", "the spring").as_deref(),
        Some("2026-SP")
    );
}

#[test]
fn what_a_hope_can_do_lies_ahead() {
    let text = "The council hopes work can start in April.";
    assert_eq!(
        value_of(text, "2026-12-21", "April").as_deref(),
        Some("2027-04")
    );
    // A bare "can" keeps the present's reading: April of this year.
    let plain = "Residents say the ferry can be late in April.";
    assert_eq!(
        value_of(plain, "2026-12-21", "April").as_deref(),
        Some("2026-04")
    );
}

#[test]
fn a_fiscal_year_written_as_two_years_is_named_by_its_end() {
    let text = "The mill paid Rs 3 million in its 2026-27 financial year, NZ$90,000 in \
                the 2025/26 financial year and little in the 2024\u{2013}2025 fiscal year.";
    assert_eq!(
        value_of(text, "2026-09-17", "2026-27 financial year").as_deref(),
        Some("FY2027")
    );
    assert_eq!(
        value_of(text, "2026-09-17", "2025/26 financial year").as_deref(),
        Some("FY2026")
    );
    assert_eq!(
        value_of(text, "2026-09-17", "2024\u{2013}2025 fiscal year").as_deref(),
        Some("FY2025")
    );
    // Years that do not follow each other are no fiscal year.
    let list = "Grants rose in 2019-24 financial year reports.";
    assert_eq!(value_of(list, "2026-09-17", "2019-24 financial year"), None);
}

#[test]
fn the_current_fiscal_year_is_a_fiscal_year() {
    let text = "The grant will be paid within the current fiscal year.";
    assert_eq!(
        value_of(text, "2026-09-17", "the current fiscal year").as_deref(),
        Some("FY2026")
    );
}

#[test]
fn a_fiscal_year_said_by_what_follows_is_no_timex_of_its_own() {
    // "the fiscal year that begins in July": which year is said after it.
    let text = "The county will seek state money in the fiscal year that begins in July.";
    assert_eq!(value_of(text, "2026-09-17", "the fiscal year"), None);
    assert_eq!(
        value_of(text, "2026-09-17", "July").as_deref(),
        Some("2027-07")
    );
}

#[test]
fn a_first_timetable_told_in_the_past_reads_the_nearest_month() {
    // A plan since moved: the month lies either side of the report; here
    // the nearest is behind it.
    let text =
        "The ferry launch was originally scheduled for August but slipped when the crane failed.";
    assert_eq!(
        value_of(text, "2026-10-20", "August").as_deref(),
        Some("2026-08")
    );
    // Without "originally" the past tense may be reported speech's: a plan
    // that stands, ahead.
    let text = "The mayor said the launch was planned for March.";
    assert_eq!(
        value_of(text, "2026-10-20", "March").as_deref(),
        Some("2027-03")
    );
}

#[test]
fn an_invitation_to_visit_looks_ahead() {
    let text = "The minister has accepted an invitation to visit the dairy in November.";
    assert_eq!(
        value_of(text, "2026-09-14", "November").as_deref(),
        Some("2026-11")
    );
}
