//! Agreements whose sides are told but not named. Our own sentences; the
//! article date is 2020-05-21.

mod events_support;
mod pipeline_support;
use events_support::*;

/// "The finance ministers agreed to …", "Health ministers from six
/// countries agreed on Monday to …": a subject that is several sides by
/// its plural head reaches an agreement even when no side is a name.
#[test]
fn sides_named_by_a_plural_head_agree() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Health ministers from six African countries agreed on Monday to pool orders \
             for insulin.",
            Some(&[
                ("!party", ""),
                ("topic", "pool orders for insulin"),
                ("date", "2020-05-18"),
                ("status", "happened"),
            ]),
        ),
        (
            "The creditor banks have also agreed to extend the repayment period by five years.",
            Some(&[
                ("!party", ""),
                ("topic", "extend the repayment period by five years"),
            ]),
        ),
        // a named side is still taken
        (
            "European Union ministers agreed on Monday to extend the fishing season.",
            Some(&[("party", "European Union")]),
        ),
        // --- negatives: one side, or "and" joining two verbs of one subject
        (
            "The company started a share buyback and agreed to sell its plant in Tema.",
            None,
        ),
        ("The committee agreed to delay the vote until June.", None),
        // a participle names an agreement told before, not one reached here
        (
            "Output stayed above the ceiling agreed by the ministers in Vienna.",
            None,
        ),
    ];
    run_table("agreement", cases);
}

/// The (status, date) of each agreement of `text`, dated `date`, in order,
/// through the whole pipeline.
fn agreements(text: &str, date: &str) -> Vec<(String, Option<String>)> {
    let mut d = newsfacts::Document::new("t", text);
    d.date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    pipeline_support::pipeline().process(&mut d);
    d.events
        .iter()
        .filter(|e| e.kind == "agreement")
        .map(|e| (e.status.as_str().to_string(), e.date.clone()))
        .collect()
}

fn negated_date(text: &str, date: &str) -> Option<String> {
    let evs = agreements(text, date);
    let neg = evs.iter().find(|(s, _)| s == "negated");
    neg.unwrap_or_else(|| panic!("{text:?}: no negated agreement in {evs:?}"))
        .1
        .clone()
}

/// An agreement not made, with no date of its own, was not made on the day
/// of the one made just before it.
#[test]
fn an_agreement_not_signed_takes_the_day_of_the_signing_before() {
    assert_eq!(
        negated_date(
            "Kenya and Uganda signed a trade agreement and a customs protocol in Kampala on \
             Monday. A third memorandum, on fisheries, was not signed.",
            "2021-06-16",
        )
        .as_deref(),
        Some("2021-06-14")
    );
    assert_eq!(
        negated_date(
            "Kenya and Uganda signed a trade agreement in Kampala on Monday. Tanzania, which \
             sent its deputy trade minister, did not sign the agreement.",
            "2021-06-16",
        )
        .as_deref(),
        Some("2021-06-14")
    );
    // a signing still to come, or one dated by a month only, is no occasion
    assert_eq!(
        negated_date(
            "Kenya and Uganda will sign a trade agreement in Kampala on Monday. Tanzania has \
             not signed the agreement.",
            "2021-06-16",
        ),
        None
    );
    assert_eq!(
        negated_date(
            "Kenya and Uganda signed a trade agreement in Kampala in March. Tanzania has not \
             signed the agreement.",
            "2021-06-16",
        ),
        None
    );
}

/// In a live blog, what was not done in an entry was not done on the
/// stamp's day.
#[test]
fn a_live_blog_entry_dates_an_agreement_not_signed() {
    let text = "LIVE: Andean trade ministers meet in Quito\n\n\
        18:10 GMT — Peru did not sign the customs protocol.\n\n\
        15:45 GMT — The meeting has opened, Peruvian Trade Minister Lucia Paredes told reporters.";
    assert_eq!(
        negated_date(text, "2024-05-08").as_deref(),
        Some("2024-05-08")
    );
}

/// A date in a relative clause set off by commas is not the agreement's.
#[test]
fn a_date_in_an_aside_does_not_date_the_agreement() {
    let evs = agreements(
        "Malaysia, which hosted a preparatory meeting in Penang in October, did not sign the \
         declaration on river basins.",
        "2025-12-10",
    );
    assert_eq!(evs, vec![("negated".to_string(), None)]);
    // the agreement's own date still counts
    let evs = agreements(
        "Malaysia, which hosted a preparatory meeting in Penang, signed the declaration on \
         river basins on Monday.",
        "2025-12-10",
    );
    assert_eq!(
        evs,
        vec![("happened".to_string(), Some("2025-12-08".to_string()))]
    );
}
