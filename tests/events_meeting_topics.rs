//! What meetings were about: a topic is the whole noun phrase or list after
//! "on", "to discuss" or "discussed", up to the end of its clause. Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn meeting_topic_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // a list of subjects is one topic
        (
            "China and Pakistan held talks on Monday on trade, water sharing and the reopening of border crossings, with both sides hopeful.",
            Some(&[("topic", "trade, water sharing and the reopening of border crossings"), ("date", "2020-05-18")]),
        ),
        // the modifiers of the subject stay ("in Asia"), those of the occasion do not
        (
            "Xi met Putin in Moscow to discuss energy security in Asia with business leaders.",
            Some(&[("topic", "energy security in Asia"), ("place", "Moscow")]),
        ),
        // a comma with no list after it ends the topic
        (
            "Macron held talks with Merkel on migration, the French presidency said.",
            Some(&[("topic", "migration")]),
        ),
        // ", and" after a single subject joins another clause
        (
            "Smith met Rossi on Tuesday to discuss vaccines, and later flew to Rome.",
            Some(&[("topic", "vaccines")]),
        ),
        // a date ends it, and the preposition before it goes
        (
            "Kenya and Egypt held talks on resuming flights in April.",
            Some(&[("topic", "resuming flights")]),
        ),
        // "on the meeting" names no subject
        (
            "Officials briefed on the meeting between Iran and Egypt said little.",
            Some(&[("!topic", "")]),
        ),
    ];
    run_table("meeting", cases);
}

#[test]
fn what_was_discussed_joins_the_meeting_told() {
    let d = world(
        "Xi met Putin in Moscow on Tuesday. \
         The two leaders also discussed gas prices, grain exports and a new pipeline through Mongolia, state media said.",
    )
    .run();
    let m = one(&d, "meeting");
    assert_eq!(
        value(m, "topic").or_else(|| role(&d, m, "topic").first().copied()),
        Some("gas prices, grain exports and a new pipeline through Mongolia")
    );
    assert_eq!(m.evidence_sentences, vec![0, 1]);
    assert_eq!(m.date.as_deref(), Some("2020-05-19"));
}

#[test]
fn discussed_alone_is_no_meeting() {
    let d = world("The report discussed trade between China and Pakistan.").run();
    none(&d, "meeting");
}
