//! Donation arguments the sixth recall round added: amounts in the national
//! currencies of aid news written after the number ("25 million meticais",
//! "9.8 billion guaraníes", "500,000 kwacha"), and a receiver that a name
//! possesses ("to Ghana's school feeding programme"). Our own sentences; the
//! article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn national_currencies_after_the_number() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "The Red Cross donated 30 million meticais to flood victims in Beira.",
            Some(&[
                ("donor", "Red Cross"),
                ("amount=", "MZN 30000000"),
                ("-item", "30 million meticais"),
            ]),
        ),
        (
            "Huawei gave 2.5 billion guaraníes to the University of Nairobi.",
            Some(&[("donor", "Huawei"), ("amount=", "PYG 2500000000")]),
        ),
        (
            "Siemens donated 750,000 kwacha to the Red Cross on Monday.",
            Some(&[
                ("donor", "Siemens"),
                ("amount=", "KWACHA 750000"),
                ("recipient", "Red Cross"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Japan will give 40 million lempiras to people displaced by the storm.",
            Some(&[
                ("donor", "Japan"),
                ("amount=", "HNL 40000000"),
                ("status", "planned"),
            ]),
        ),
        // a currency word with no number before it is no amount
        (
            "Huawei donated 300 laptops to the Red Cross, worth several million kwacha.",
            Some(&[("item", "300 laptops"), ("!amount", "")]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn receiver_possessed_by_a_name() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Japan will give $5 million over the next two years to Kenya's school \
             meals programme.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Kenya's school meals programme"),
                ("amount=", "USD 5000000"),
                ("status", "planned"),
            ]),
        ),
        (
            "Huawei donated 200 laptops to Nairobi's public libraries on Monday.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Nairobi's public libraries"),
                ("item", "200 laptops"),
            ]),
        ),
        // a name after the possessive is the entity fillers' business
        (
            "Siemens donated $1 million to Kenya's President Ruto.",
            Some(&[
                ("donor", "Siemens"),
                ("-recipient", "Kenya's President Ruto"),
            ]),
        ),
        (
            "Huawei donated $2 million to Kenya's Red Cross.",
            Some(&[
                ("recipient", "Red Cross"),
                ("-recipient", "Kenya's Red Cross"),
            ]),
        ),
    ];
    run_table("donation", cases);
}
