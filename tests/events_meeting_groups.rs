//! Meeting participants named by their role, not by a name: "met with
//! provincial health directors", "talks with its creditors". Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn participants_named_by_role() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Siemens will meet its bank creditors in Paris on Monday.",
            Some(&[
                ("participant", "Siemens"),
                ("participant", "bank creditors"),
            ]),
        ),
        (
            "Wang Yi held talks with senior trade officials on Tuesday.",
            Some(&[
                ("participant", "Wang Yi"),
                ("participant", "senior trade officials"),
                ("date", "2020-05-19"),
            ]),
        ),
        (
            "The ministry held an online meeting with provincial health directors on Friday.",
            Some(&[
                ("participant", "provincial health directors"),
                ("mode=", "online"),
            ]),
        ),
        // a demonym names the state (the entity slots' job), not a group
        (
            "Smith met Kenyan officials in Nairobi.",
            Some(&[
                ("participant", "Kenya"),
                ("-participant", "Kenyan officials"),
            ]),
        ),
        // a bare plural says which people no more than "someone" does
        (
            "Macron met with officials in Paris on Monday.",
            Some(&[
                ("participant", "Emmanuel Macron"),
                ("-participant", "officials"),
            ]),
        ),
        // the group of a named body is that body; a possessor is no group
        (
            "Amina Yusuf met with officials of the World Bank on Monday.",
            Some(&[("participant", "World Bank"), ("-participant", "officials")]),
        ),
        (
            "Amina Yusuf met the farmers' unions in Nairobi on Monday.",
            Some(&[("-participant", "farmers")]),
        ),
        // "meets a need of investors" is no meeting with them
        ("The new bond meets a need of investors.", None),
    ];
    run_table("meeting", cases);
}
