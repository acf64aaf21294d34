//! Meetings held by telephone: "X and Y spoke by phone", "X had a telephone
//! conversation with Y", and a way of speaking to an audience that is no
//! meeting ("she said by video link"). Our own sentences; the article date
//! is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn calls_between_named_sides_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Wang Yi and Zhang Hua spoke by phone on Tuesday about the flood relief effort.",
            Some(&[
                ("participant", "Wang Yi"),
                ("participant", "Zhang Hua"),
                ("mode=", "online"),
                ("date", "2020-05-19"),
                ("status", "happened"),
            ]),
        ),
        (
            "Emmanuel Macron had a telephone conversation with Angela Merkel on Monday.",
            Some(&[
                ("participant", "Emmanuel Macron"),
                ("participant", "Angela Merkel"),
                ("mode=", "online"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Kenya and Egypt are expected to speak by phone next month.",
            Some(&[
                ("participant", "Kenya"),
                ("participant", "Egypt"),
                ("status", "planned"),
            ]),
        ),
        // --- one side, a means, a product or an unanswered call: no meeting
        (
            "Li Wei said in a phone call from Geneva that the talks would go on.",
            None,
        ),
        (
            "A Siemens spokesman did not return phone calls seeking comment.",
            None,
        ),
        (
            "Huawei will sell phone call accounting systems to Kenya.",
            None,
        ),
        (
            "The bank followed the telex up with a phone call to Maria Rossi.",
            None,
        ),
        // a way of speaking to an audience
        (
            "Maria Rossi said by video link on Monday that the council would vote in June.",
            None,
        ),
    ];
    run_table("meeting", cases);
}
