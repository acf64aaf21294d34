//! Meetings and visits of the tenth round: a group named by its role as
//! the subject of "meet" ("the ministers first met in Nairobi"); who meets
//! or visits after "of" right after the noun ("a meeting of finance
//! ministers", "the visit of X"). Our own sentences; the article date is
//! 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn a_group_named_by_its_role_meets() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "When the finance ministers first met in Nairobi in April, they agreed on nothing.",
            Some(&[
                ("participant", "finance ministers"),
                ("place", "Nairobi"),
                ("date", "2020-04"),
                ("status", "happened"),
            ]),
        ),
        (
            "The deputy ministers will meet in Geneva next week.",
            Some(&[
                ("participant", "deputy ministers"),
                ("place", "Geneva"),
                ("status", "planned"),
                ("date", "2020-W22"),
            ]),
        ),
        (
            "The regional governors themselves have met twice since the floods.",
            Some(&[("participant", "regional governors")]),
        ),
        (
            "Both delegations are expected to meet in Belgrade on Monday.",
            Some(&[("participant", "delegations"), ("place", "Belgrade")]),
        ),
        // a named side is still the entity slots'
        (
            "The trade ministers met Wang Yi in Beijing on Tuesday.",
            Some(&[
                ("participant", "trade ministers"),
                ("participant", "Wang Yi"),
            ]),
        ),
        // a bare plural says which people no more than "someone" does
        ("Officials met on Monday.", None),
        // a group inside a longer subject is not the one who meets
        (
            "Talks between the two ministers met strong resistance at home.",
            None,
        ),
        // what the group meets is a demand, no meeting
        ("The local producers met rising demand last year.", None),
    ];
    run_table("meeting", cases);
}

#[test]
fn who_meets_after_of_right_after_the_noun() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "A meeting of senior finance officials opened in Geneva on Monday.",
            Some(&[
                ("participant", "senior finance officials"),
                ("place", "Geneva"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Li Wei spoke at an emergency meeting of the World Bank in Paris on Tuesday.",
            Some(&[("participant", "World Bank"), ("place", "Paris")]),
        ),
        // heads who meet as a body
        (
            "A summit of the four presidents opened in Geneva on Monday.",
            Some(&[("participant", "four presidents"), ("place", "Geneva")]),
        ),
        (
            "Li Wei met senior army commanders in Beijing on Tuesday.",
            Some(&[
                ("participant", "Li Wei"),
                ("participant", "senior army commanders"),
            ]),
        ),
        // "of" further on names what the talks were about, not who held them
        (
            "The talks on the future of its workers ended on Monday.",
            Some(&[("-participant", "workers"), ("!participant", "")]),
        ),
    ];
    run_table("meeting", cases);
}

#[test]
fn who_visits_after_of_right_after_the_noun() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Kenya prepared on Monday for the visit of Wang Yi.",
            Some(&[("visitor", "Wang Yi"), ("date", "2020-05-18")]),
        ),
        // an "of" further on names no visitor
        (
            "Wang Yi made a visit to the home of Li Wei on Monday.",
            Some(&[("visitor", "Wang Yi"), ("-visitor", "Li Wei")]),
        ),
    ];
    run_table("visit", cases);
}
