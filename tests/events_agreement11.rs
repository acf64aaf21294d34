//! Agreements told before the verb of a relative clause whose subject names
//! the sides. Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

/// "a memorandum on X that A and B signed", "a memorandum of understanding
/// that A and B signed", "a trade agreement A and B signed in …": the
/// agreement noun is the object of the relative's verb, over its own "on"
/// or "of" phrase or with no relative word, and the relative's subject
/// names the sides.
#[test]
fn agreement_told_before_its_relative_clause() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "The ferry route grew out of a memorandum on fisheries cooperation that Kenya and \
             Egypt signed in Nairobi in 2019.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("place", "Nairobi"),
                ("date", "2019"),
                ("status", "happened"),
            ]),
        ),
        (
            "The scholarships are paid under a memorandum of understanding that Japan and India \
             signed in Paris in March.",
            Some(&[("party", "Japan"), ("party", "India"), ("place", "Paris")]),
        ),
        // no relative word: the subject opens right after the noun
        (
            "Cocoa exports rose after the trade agreement Serbia and Italy signed in Rome in \
             2019.",
            Some(&[
                ("party", "Serbia"),
                ("party", "Italy"),
                ("place", "Rome"),
                ("date", "2019"),
            ]),
        ),
        // --- negatives: a subject relative names no signer before its verb;
        // with no relative word, an object after the verb is the verb's own
        (
            "Fans mocked the contract with a club in Milan that signed Ronaldo in 2018.",
            None,
        ),
        (
            "Under the contract Juventus signed Ronaldo for four seasons.",
            None,
        ),
    ];
    run_table("agreement", cases);
}
