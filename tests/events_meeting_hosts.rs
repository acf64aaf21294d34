//! Who organized a meeting: the subject of "hosted", "chaired", "convened"
//! before a meeting noun; a host and a counterpart met. Our own sentences;
//! the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn meeting_host_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Kenya hosted a summit of African health ministers in Nairobi on Monday.",
            Some(&[
                ("organizer", "Kenya"),
                ("place", "Nairobi"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Wang Yi, who chaired a video conference on Tuesday, said trade was recovering.",
            Some(&[
                ("organizer", "Wang Yi"),
                ("date", "2020-05-19"),
                ("mode=", "online"),
            ]),
        ),
        // a host and a counterpart met; the date of a clause about the guest is not theirs
        (
            "Putin hosted his French counterpart, Macron, who arrived in Moscow on Monday.",
            Some(&[
                ("participant", "Vladimir Putin"),
                ("participant", "Emmanuel Macron"),
                ("date", ""),
            ]),
        ),
        // hosting what is no meeting
        ("Italy hosted the Winter Olympics in 2006.", None),
        ("Macron hosted a dinner for Merkel in Paris.", None),
    ];
    run_table("meeting", cases);
}

#[test]
fn the_host_of_the_meeting_told_joins_it() {
    let d = world(
        "Officials from Egypt and Kenya held talks in Geneva on Monday. \
         Japan, which hosted the talks, said progress was slow.",
    )
    .run();
    let m = one(&d, "meeting");
    assert_eq!(role_names(&d, m, "organizer"), vec!["Japan".to_string()]);
    assert_eq!(m.date.as_deref(), Some("2020-05-18"));
}

#[test]
fn meeting_with_the_people_of_a_country() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // "with officials from X and Y": the countries they speak for
        (
            "Zhang Hua held talks with officials from Kenya and Egypt on Monday.",
            Some(&[
                ("participant", "Zhang Hua"),
                ("participant", "Kenya"),
                ("participant", "Egypt"),
            ]),
        ),
        (
            "Putin met on Tuesday with leaders of France and Germany.",
            Some(&[
                ("participant", "Vladimir Putin"),
                ("participant", "France"),
                ("participant", "Germany"),
            ]),
        ),
        // "the meeting brought together A and B"
        (
            "The video conference brought together Zhang Hua and Amina Yusuf on Monday.",
            Some(&[
                ("participant", "Zhang Hua"),
                ("participant", "Amina Yusuf"),
                ("mode=", "online"),
            ]),
        ),
        // negotiations going on are no meeting
        (
            "The World Bank is in talks with Pakistan on a new loan.",
            None,
        ),
        ("Huawei was also in talks with Italy about 5G.", None),
    ];
    run_table("meeting", cases);
}
