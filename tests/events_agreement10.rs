//! Agreements whose sides are told but not named. Our own sentences; the
//! article date is 2020-05-21.

mod events_support;
use events_support::*;

/// "The finance ministers agreed to …", "Health ministers from six
/// countries agreed on Monday to …": a subject that is several sides by
/// its plural head reaches an agreement even when no side is a name.
#[test]
fn sides_named_by_a_plural_head_agree() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Health ministers from six African countries agreed on Monday to pool orders \
             for insulin.",
            Some(&[
                ("!party", ""),
                ("topic", "pool orders for insulin"),
                ("date", "2020-05-18"),
                ("status", "happened"),
            ]),
        ),
        (
            "The creditor banks have also agreed to extend the repayment period by five years.",
            Some(&[
                ("!party", ""),
                ("topic", "extend the repayment period by five years"),
            ]),
        ),
        // a named side is still taken
        (
            "European Union ministers agreed on Monday to extend the fishing season.",
            Some(&[("party", "European Union")]),
        ),
        // --- negatives: one side, or "and" joining two verbs of one subject
        (
            "The company started a share buyback and agreed to sell its plant in Tema.",
            None,
        ),
        ("The committee agreed to delay the vote until June.", None),
        // a participle names an agreement told before, not one reached here
        (
            "Output stayed above the ceiling agreed by the ministers in Vienna.",
            None,
        ),
    ];
    run_table("agreement", cases);
}
