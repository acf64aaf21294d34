//! Donation arguments spread over a sentence: several recipients each with
//! their own gift, recipient lists with places between the members, and an
//! institution named once and then called "the hospital". Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn donation_argument_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- "X to A and Y to B": each conjunct gives a recipient and its gift
        (
            "Siemens donated 500 masks to Wuhan Union Hospital and 300 gowns to the Red Cross.",
            Some(&[
                ("donor", "Siemens"),
                ("recipient", "Wuhan Union Hospital"),
                ("recipient", "Red Cross"),
                ("item", "500 masks"),
                ("item", "300 gowns"),
            ]),
        ),
        (
            "Siemens donated 500 masks to Wuhan Union Hospital and $2 million to the Red Cross.",
            Some(&[
                ("recipient", "Wuhan Union Hospital"),
                ("recipient", "Red Cross"),
                ("amount=", "USD 2000000"),
                ("-item", "$2 million"),
            ]),
        ),
        // no name after the second "to": no second conjunct
        (
            "Huawei donated 500 masks to a Chinese hospital and an Italian hospital \
             respectively to aid the fight.",
            Some(&[("item", "500 masks"), ("-item", "Italian hospital")]),
        ),
        // --- lists: "to A and to B", "A in P, B in Q and C"
        (
            "Siemens donated $2 million to Wuhan Union Hospital and to the Red Cross.",
            Some(&[
                ("recipient", "Wuhan Union Hospital"),
                ("recipient", "Red Cross"),
            ]),
        ),
        (
            "Huawei donated 500 masks to Wuhan Union Hospital in Hubei, Milan General Hospital \
             in Lombardy and the Red Cross.",
            Some(&[
                ("recipient", "Wuhan Union Hospital"),
                ("recipient", "Milan General Hospital"),
                ("recipient", "Red Cross"),
            ]),
        ),
        // a country after a place's comma is where the place is, not a member
        (
            "Huawei donated 500 masks to Milan General Hospital in Milan, Italy, on Monday.",
            Some(&[
                ("recipient", "Milan General Hospital"),
                ("-recipient", "Italy"),
            ]),
        ),
        // --- "the hospital": the one named before
        (
            "Wuhan Union Hospital treats 5,000 patients a day. Huawei donated 20 ventilators \
             to the hospital on Monday.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Wuhan Union Hospital"),
                ("date", "2020-05-18"),
            ]),
        ),
        // "the hospital board" is not the hospital; "the bank" is not a
        // receiving institution (both stay the text: see
        // events_donation_receivers.rs)
        (
            "Wuhan Union Hospital treats 5,000 patients a day. Huawei donated 20 ventilators \
             to the hospital board on Monday.",
            Some(&[
                ("-recipient", "Wuhan Union Hospital"),
                ("recipient", "hospital board"),
            ]),
        ),
        (
            "The World Bank met on Monday. Huawei donated $2 million to the bank on Tuesday.",
            Some(&[("-recipient", "World Bank"), ("recipient", "bank")]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn donation_dated_by_its_goods_in_a_later_sentence() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Huawei donated 20 ventilators to Kenya. The ventilators were unloaded in Nairobi \
             on Monday.",
            Some(&[("date", "2020-05-18"), ("basis", "LinkedSentence")]),
        ),
        (
            "Huawei donated 20 ventilators to Kenya. The shipment left Shenzhen on Tuesday.",
            Some(&[("date", "2020-05-19")]),
        ),
        // a planned gift takes a date still to come …
        (
            "Huawei will donate 20 ventilators to Kenya. The ventilators are expected to arrive \
             next month.",
            Some(&[("status", "planned"), ("date", "2020-06")]),
        ),
        // … a gift made does not
        (
            "Huawei donated 20 ventilators to Kenya. The ventilators will be installed next month.",
            Some(&[("date", "")]),
        ),
        // the date of a saying, and a sentence about something else
        (
            "Huawei donated 20 ventilators to Kenya. The ventilators work well, Smith said on \
             Monday.",
            Some(&[("date", "")]),
        ),
        (
            "Huawei donated 20 ventilators to Kenya. The hospital opened on Monday.",
            Some(&[("date", "")]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn dates_of_asides_do_not_date_the_donation() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Li Wei, who runs a shop and whose father was treated there in 2019, will donate \
             $2 million to the Red Cross next month.",
            Some(&[("status", "planned"), ("date", "2020-06")]),
        ),
        (
            "Huawei donated 20 ventilators to Wuhan Union Hospital, which was damaged by floods \
             in 2019.",
            Some(&[("date", "")]),
        ),
        (
            "Under the agreement, signed in Rome on Monday, Siemens will donate $2 million to \
             the Red Cross.",
            Some(&[("status", "planned"), ("date", "")]),
        ),
        (
            "Siemens will provide $2 million to the Red Cross, under an agreement signed in \
             Rome on Monday.",
            Some(&[("status", "planned"), ("date", "")]),
        ),
        // the donation's own date stays, asides or not
        (
            "Siemens, which has offices in Milan, donated $2 million to the Red Cross on Monday.",
            Some(&[("date", "2020-05-18")]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn handover_of_goods_donated_by_another() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // the envoy hands over, the state gives
        (
            "Wang Yi handed over a batch of supplies donated by China, including 500 tents and \
             200 blankets.",
            Some(&[
                ("donor", "China"),
                ("-donor", "Wang Yi"),
                ("item", "500 tents"),
                ("item", "200 blankets"),
            ]),
        ),
        (
            "Wang Yi handed over 500 tents donated by China to Kenya on Monday.",
            Some(&[
                ("donor", "China"),
                ("-donor", "Wang Yi"),
                ("recipient", "Kenya"),
                ("date", "2020-05-18"),
            ]),
        ),
        // nobody else named: the one who hands over gives
        (
            "Huawei handed over 500 tents to Kenya.",
            Some(&[("donor", "Huawei"), ("recipient", "Kenya")]),
        ),
        ("Li Wei handed over power to Zhang Hua.", None),
    ];
    run_table("donation", cases);
}

#[test]
fn capital_gives_for_its_country() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // the country named in the article, its capital as the giver
        (
            "Chinese doctors arrived on Monday with 500 tents, a gift from Beijing to Kenya.",
            Some(&[("donor", "China"), ("recipient", "Kenya")]),
        ),
        (
            "China's envoy said on Monday that Beijing pledged $2 million to Kenya.",
            Some(&[("donor", "China"), ("recipient", "Kenya")]),
        ),
        // people from the capital are not its government
        (
            "Chinese officials said experts from Beijing pledged $2 million to Kenya.",
            Some(&[("-donor", "China")]),
        ),
    ];
    run_table("donation", cases);
}
