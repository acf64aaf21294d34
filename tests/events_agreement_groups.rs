//! A counted group as the side of an agreement: "the two companies", "the
//! three countries", "both governments", a bare "the three agreed". It
//! stands for the last that many entities of its kind named before it. Our
//! own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn agreement_groups_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // companies are the organizations named last
        (
            "Huawei held talks with Siemens in Munich. The two companies agreed to build a \
             joint laboratory.",
            Some(&[
                ("party", "Huawei"),
                ("party", "Siemens"),
                ("topic", "build a joint laboratory"),
            ]),
        ),
        // three countries: the last three named
        (
            "Japan, Kenya and Egypt sent delegates to Nairobi. The three countries signed a \
             protocol on fisheries.",
            Some(&[("party", "Japan"), ("party", "Kenya"), ("party", "Egypt")]),
        ),
        // governments stand for their countries
        (
            "Kenya hosted officials from Egypt. Both governments signed a memorandum on \
             water.",
            Some(&[("party", "Kenya"), ("party", "Egypt")]),
        ),
        // a bare count before a verb stands for people
        (
            "Xi Jinping spoke with Vladimir Putin and Angela Merkel by phone. The three agreed \
             to extend the truce.",
            Some(&[
                ("party", "Xi Jinping"),
                ("party", "Vladimir Putin"),
                ("party", "Angela Merkel"),
            ]),
        ),
        // a body named again in short is one side (by its latest name), not two
        (
            "Huawei and the Italian Red Cross met in Milan, and the Red Cross praised the \
             talks. The two organizations signed a memorandum on blood banks.",
            Some(&[
                ("party", "Huawei"),
                ("party", "Red Cross"),
                ("-party", "Italian Red Cross"),
            ]),
        ),
        // fewer named than counted: no sides at all
        (
            "Maria Rossi arrived in Rome. The two signed a deal on tourism.",
            Some(&[("!party", "")]),
        ),
        // a count before a noun that names no kind of side stands for no
        // entity; the plural head still tells an agreement of sides unnamed
        (
            "Kenya and Egypt were not named. The two main parties agreed to hold talks.",
            Some(&[("!party", ""), ("topic", "hold talks")]),
        ),
    ];
    run_table("agreement", cases);
}
