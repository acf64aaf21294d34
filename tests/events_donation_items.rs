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

#[test]
fn a_further_lot_goes_where_the_first_went() {
    // two donations: the second lot takes Kenya from the first
    let text = "Huawei donated 20 ventilators to Kenya on Monday. Huawei will send a second \
                batch of 5,000 test kits next month.";
    let d = world(text).run();
    let evs = of(&d, "donation");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(
        role_names(&d, evs[1], "recipient"),
        vec!["Kenya"],
        "{}",
        describe(&d)
    );
    // no further lot, or another donor's: no recipient carried over
    for text in [
        "Huawei donated 20 ventilators to Kenya on Monday. Huawei will send 5,000 test kits \
         next month.",
        "Huawei donated 20 ventilators to Kenya on Monday. Siemens will send a second batch \
         of 5,000 test kits next month.",
    ] {
        let d = world(text).run();
        let evs = of(&d, "donation");
        assert!(
            evs.iter()
                .skip(1)
                .all(|e| role_names(&d, e, "recipient").is_empty()),
            "{text:?}: {}",
            describe(&d)
        );
    }
}
