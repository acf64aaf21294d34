//! Donated goods named in ways a plain noun phrase misses: goods valued by
//! the money before them ("$2 million worth of test kits"), and a headline
//! or first mention that shortens the goods a later sentence names in full.
//! Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn goods_after_their_worth() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Huawei donated $2 million worth of test kits to Kenya on Monday.",
            Some(&[
                ("donor", "Huawei"),
                ("item", "test kits"),
                ("amount=", "USD 2000000"),
                ("recipient", "Kenya"),
            ]),
        ),
        (
            "Siemens will hand over nearly €500,000 worth of medical equipment to the \
             Ministry of Health.",
            Some(&[
                ("item", "medical equipment"),
                ("recipient", "Ministry of Health"),
            ]),
        ),
        // "worth" without "of" values something else: no item from it
        (
            "Huawei donated $2 million worth the effort to Kenya.",
            Some(&[("-item", "the effort"), ("-item", "effort")]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn later_telling_names_the_goods_in_full() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Huawei to donate ventilators to Kenya\n\nHuawei will donate 40 portable \
             ventilators to Kenya next month, the company said.",
            Some(&[
                ("item", "40 portable ventilators"),
                ("-item", "ventilators"),
                ("recipient", "Kenya"),
            ]),
        ),
        // a different count is not the same goods told in full
        (
            "Huawei to donate 40 ventilators to Kenya\n\nHuawei will donate 400 portable \
             ventilators to Kenya next month, the company said.",
            Some(&[
                ("item", "40 ventilators"),
                ("-item", "400 portable ventilators"),
            ]),
        ),
    ];
    run_table("donation", cases);
}
