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

// A word that indexes a multi-word trigger ("international" of
// "international conference") bounds other rules' slot searches only where
// the whole trigger is there: inside "the International Coffee Council" it
// is part of a name.

#[test]
fn index_word_of_an_unmatched_trigger_does_not_cut_the_subject() {
    let d = world("The International Coffee Council signed an agreement with Kenya on Monday.")
        .org("International Coffee Council")
        .run();
    let e = one(&d, "agreement");
    let parties = role_names(&d, e, "party");
    assert!(
        parties.contains(&"International Coffee Council".to_string()),
        "{parties:?}"
    );
    assert!(parties.contains(&"Kenya".to_string()), "{parties:?}");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
}

#[test]
fn index_word_of_an_unmatched_trigger_does_not_cut_the_donor() {
    let d = doc(
        "The Japan International Cooperation Agency handed over 20 ambulances to Kenya on Monday.",
    )
    .org("Japan International Cooperation Agency")
    .country("Kenya", "KE", &["Kenya"])
    .run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        vec!["Japan International Cooperation Agency"]
    );
    assert_eq!(role_names(&d, e, "recipient"), vec!["Kenya"]);
}

#[test]
fn a_whole_multiword_trigger_still_bounds_the_place() {
    // "in Nairobi" belongs to the conference, not to the agreement
    let d = world("Kenya signed a ferry agreement with Egypt ahead of an international conference in Nairobi.")
        .loc("Nairobi", "KE")
        .run();
    let e = one(&d, "agreement");
    assert!(role(&d, e, "place").is_empty(), "{}", describe(&d));
    // while the same word inside a name bounds nothing
    let d =
        world("Kenya signed a ferry agreement with the International Maritime Agency in Nairobi.")
            .org("International Maritime Agency")
            .loc("Nairobi", "KE")
            .run();
    let e = one(&d, "agreement");
    assert_eq!(role(&d, e, "place"), vec!["Nairobi"], "{}", describe(&d));
    assert!(role_names(&d, e, "party").contains(&"International Maritime Agency".to_string()));
}

// A named accord ("the Nile Waters Agreement", "a former Baghdad Pact
// member") is told as known from before, not made in the sentence; its
// signing is still an agreement, and a headline in title case is no name.

#[test]
fn named_accord_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Kenya said on Monday that Egypt had breached the Nile Waters Agreement.",
            None,
        ),
        (
            "Pakistan, a former Baghdad Pact member, hosted the talks.",
            None,
        ),
        // a place or a capitalized word that names nothing, after "the"
        (
            "Kenya said on Monday it would stand by the Mombasa accord on port fees.",
            None,
        ),
        (
            "Egypt accused Kenya of breaching the Aswan agreement.",
            None,
        ),
        // an organization there is a side
        (
            "Kenya said the Siemens agreement covers 40 trains.",
            Some(&[("party", "Siemens")]),
        ),
        (
            "Kenya signed the Nile Fisheries Agreement with Egypt on Monday.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Kenya, Egypt Reach Fisheries Agreement",
            Some(&[("party", "Kenya"), ("party", "Egypt")]),
        ),
        // a lowercase agreement noun after a name is no name of an accord
        (
            "Kenya and Egypt agreed on Monday to expand the Nile fisheries agreement.",
            Some(&[("party", "Kenya"), ("party", "Egypt")]),
        ),
    ];
    run_table("agreement", cases);
}
