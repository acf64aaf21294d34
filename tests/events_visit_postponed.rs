//! Events called off by a verb before their noun: "postponed his visit",
//! "has put off the meeting", "scrapped plans to visit", as "cancelled the
//! visit" already was. Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn postponed_before_the_event_noun_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Emmanuel Macron has postponed his visit to Kenya because of the floods.",
            Some(&[
                ("visitor", "Emmanuel Macron"),
                ("host", "Kenya"),
                ("status", "negated"),
            ]),
        ),
        (
            "Li Wei scrapped plans to visit Egypt in June.",
            Some(&[
                ("visitor", "Li Wei"),
                ("host", "Egypt"),
                ("status", "negated"),
            ]),
        ),
        // the postponing verb after the noun's clause has ended is no cue
        (
            "Vladimir Putin will visit India on Monday, although the trade fair was postponed.",
            Some(&[("visitor", "Vladimir Putin"), ("status", "planned")]),
        ),
    ];
    run_table("visit", cases);
}

#[test]
fn a_meeting_put_off_is_negated() {
    let d = world("Siemens has put off its annual meeting with Huawei in Shanghai.").run();
    let e = one(&d, "meeting");
    assert_eq!(e.status.as_str(), "negated");
}
