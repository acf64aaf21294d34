//! Meeting organizers, conferences and visit hosts. Our own sentences; the
//! article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn visit_host_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // a visited country is the host, a visited city the place
        (
            "Li Wei visited Kenya on Monday.",
            Some(&[
                ("visitor", "Li Wei"),
                ("host", "Kenya"),
                ("!place", ""),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Zhang Hua is visiting Nairobi this week.",
            Some(&[
                ("visitor", "Zhang Hua"),
                ("place", "Nairobi"),
                ("!host", ""),
            ]),
        ),
        (
            "Wang Yi's visit to Egypt ended on Tuesday.",
            Some(&[
                ("visitor", "Wang Yi"),
                ("host", "Egypt"),
                ("date", "2020-05-19"),
            ]),
        ),
    ];
    run_table("visit", cases);
}

#[test]
fn meeting_organizer_and_conference_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "The meeting, co-hosted by Kenya and UNICEF, opened in Geneva on Monday.",
            Some(&[
                ("organizer", "Kenya"),
                ("organizer", "UNICEF"),
                ("place", "Geneva"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Egypt and Kenya opened a two-day conference on water in Nairobi on Monday.",
            Some(&[
                ("participant", "Egypt"),
                ("participant", "Kenya"),
                ("topic", "water"),
                ("place", "Nairobi"),
                ("date", "2020-05-18"),
            ]),
        ),
        // a bare "conference" is a press or trade event, or part of a name
        (
            "Li Wei told a management conference in Rome that sales were flat.",
            None,
        ),
        ("Huawei held a news conference in Milan on Monday.", None),
    ];
    run_table("meeting", cases);
}

#[test]
fn the_conference_rejoins_the_meeting_told() {
    let d = world(
        "Egypt and Kenya opened a two-day conference in Nairobi on Monday. \
         Delegations from 40 countries attended the conference.",
    )
    .run();
    let e = one(&d, "meeting");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
    assert_eq!(e.evidence_sentences, vec![0, 1]);
}
