//! Agreements not signed: a named side that declines to sign ("Egypt did
//! not sign the lease", "Kenya refused to sign"), and a passive whose
//! agreement noun is set off from its verb by a relative clause ("A
//! memorandum on ports, which both sides had hoped to finish in Rome, was
//! not signed"). Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn refusing_to_sign_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- a named side that does not sign, whatever the paper is called
        (
            "Kenya sent its trade minister to the ceremony in Nairobi, but Egypt did not sign.",
            Some(&[
                ("party", "Egypt"),
                ("status", "negated"),
                ("-party", "Kenya"),
            ]),
        ),
        (
            "Pakistan refused to sign the lease for the grain terminal on Monday.",
            Some(&[
                ("party", "Pakistan"),
                ("status", "negated"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Brazil has not yet signed the term sheet with Siemens.",
            Some(&[
                ("party", "Brazil"),
                ("party", "Siemens"),
                ("status", "negated"),
            ]),
        ),
        // --- no negation, no named side, or no paper between sides: nothing
        ("Brazil signed up for the Geneva marathon.", None),
        ("The relatives refused to sign the document.", None),
        (
            "Li Wei did not sign the petition against the new airport.",
            None,
        ),
        (
            "Zhang Hua refused to sign autographs after the match.",
            None,
        ),
    ];
    run_table("agreement", cases);
}

#[test]
fn agreement_noun_before_a_relative_clause_is_the_passive_subject() {
    let d = world(
        "An agreement on fishing rights, which Kenya and Egypt had hoped to conclude during the visit, was not signed.",
    )
    .run();
    let e = one(&d, "agreement");
    assert_eq!(e.rule, "agreement.signed.passive");
    assert_eq!(e.status.as_str(), "negated");
}

#[test]
fn a_memorandum_not_signed_after_others_signed_is_its_own_event() {
    let d = world(
        "China and Italy signed three memoranda in Rome on Monday. A fourth memorandum with the port authority of the region, which had been planned for the same ceremony, was not signed.",
    )
    .run();
    let evs = of(&d, "agreement");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(evs[0].status.as_str(), "happened");
    assert_eq!(evs[1].status.as_str(), "negated");
}

#[test]
fn the_skipped_relative_clause_does_not_reach_past_a_clause_boundary() {
    // "the law, which …, was signed" names no agreement: the deal of the
    // clause before ", and" is not its subject
    let d = world(
        "Kenya and Egypt signed a deal on Monday, and a law, which Japan had drafted, was signed on Tuesday.",
    )
    .run();
    let evs = of(&d, "agreement");
    assert_eq!(evs.len(), 1, "{}", describe(&d));
    assert_eq!(evs[0].date.as_deref(), Some("2020-05-18"));
}
