//! Agreements sought, hoped for or missed: the words before an agreement
//! noun tell that none was made yet ("moved closer to an agreement",
//! "hopes for a deal", "the prospects of reaching an accord": planned) or
//! that none was made ("ended without an agreement", "were unable to reach
//! a deal": negated). Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn agreement_sought_or_missed_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- sought, hoped for, worked towards: planned
        (
            "Kenya moved closer to an agreement with Egypt on fishing rights.",
            Some(&[("party", "Kenya"), ("party", "Egypt"), ("status", "planned")]),
        ),
        (
            "Pakistan still hopes for a trade deal with Brazil.",
            Some(&[("party", "Pakistan"), ("party", "Brazil"), ("status", "planned")]),
        ),
        (
            "Brazil is close to a deal with Siemens on new trains.",
            Some(&[("party", "Brazil"), ("party", "Siemens"), ("status", "planned")]),
        ),
        (
            "Kenya sees good prospects of reaching an accord with Egypt on the river.",
            Some(&[("party", "Kenya"), ("party", "Egypt"), ("status", "planned")]),
        ),
        (
            "Pakistan is seeking a water agreement with Kenya.",
            Some(&[("party", "Pakistan"), ("party", "Kenya"), ("status", "planned")]),
        ),
        // --- none made: negated
        (
            "Kenya and Egypt failed to reach an agreement on fishing rights on Monday.",
            Some(&[("party", "Kenya"), ("party", "Egypt"), ("status", "negated")]),
        ),
        (
            "The two-day round between Kenya and Egypt ended on Monday without an agreement.",
            Some(&[("party", "Kenya"), ("party", "Egypt"), ("status", "negated")]),
        ),
        (
            "Brazil was unable to reach a deal with Siemens on the trains.",
            Some(&[("party", "Brazil"), ("party", "Siemens"), ("status", "negated")]),
        ),
        // --- made: happened ("after reaching" tells it done; "sources close
        // to" is no cue)
        (
            "After reaching an agreement with Egypt on Monday, Kenya lifted the ban on fish imports.",
            Some(&[("party", "Egypt"), ("status", "happened")]),
        ),
        (
            "Sources close to the agreement between Kenya and Egypt described it as modest.",
            Some(&[("party", "Kenya"), ("party", "Egypt"), ("status", "happened")]),
        ),
    ];
    run_table("agreement", cases);
}
