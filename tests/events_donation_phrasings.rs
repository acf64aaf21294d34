//! Donation phrasings beyond "X donated Y to Z": pledges, grants, gifts,
//! money given or provided, reduced passives, "it" after a speech verb, and
//! dates that belong to the report rather than the donation. Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn donation_phrasings_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- pledges are promises: planned
        (
            "Japan pledged $5 million to UNICEF on Monday.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "UNICEF"),
                ("amount=", "USD 5000000"),
                ("status", "planned"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "The World Bank has pledged a further 50,000 vaccine doses to Kenya.",
            Some(&[
                ("donor", "World Bank"),
                ("recipient", "Kenya"),
                ("item", "further 50,000 vaccine doses"),
                ("status", "planned"),
            ]),
        ),
        (
            "Li Wei promised $200,000 for the school.",
            Some(&[
                ("donor", "Li Wei"),
                ("amount=", "USD 200000"),
                ("status", "planned"),
            ]),
        ),
        (
            "The largest pledge, $4 million, came from the Gates Foundation.",
            Some(&[
                ("donor", "Gates Foundation"),
                ("amount=", "USD 4000000"),
                ("status", "planned"),
            ]),
        ),
        // a negation cue still wins over the rule's planned default
        (
            "Germany has not pledged $3 million to Egypt.",
            Some(&[("donor", "Germany"), ("status", "negated")]),
        ),
        // --- money given, provided, contributed
        (
            "Germany will provide $3 million to UNICEF.",
            Some(&[
                ("donor", "Germany"),
                ("recipient", "UNICEF"),
                ("amount=", "USD 3000000"),
                ("status", "planned"),
            ]),
        ),
        (
            "Siemens gave €2m to the Red Cross on Monday.",
            Some(&[
                ("donor", "Siemens"),
                ("recipient", "Red Cross"),
                ("amount=", "EUR 2000000"),
                ("status", "happened"),
                ("date", "2020-05-18"),
            ]),
        ),
        // --- grants and gifts
        (
            "Japan announced a grant of $2 million for Kenya on Tuesday.",
            Some(&[
                ("donor", "Japan"),
                ("amount=", "USD 2000000"),
                ("date", "2020-05-19"),
                ("status", "happened"),
            ]),
        ),
        (
            "The clinic received a $500,000 grant from the Gates Foundation.",
            Some(&[("donor", "Gates Foundation"), ("amount=", "USD 500000")]),
        ),
        (
            "The ventilators were a gift from Japan to Kenya.",
            Some(&[("donor", "Japan"), ("recipient", "Kenya")]),
        ),
        // --- reduced passive: "X donated by Y"
        (
            "Kenya received 20 ventilators donated by Huawei on Monday.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Kenya"),
                ("status", "happened"),
                ("date", "2020-05-18"),
                ("-donor", "Kenya"),
            ]),
        ),
        (
            "A shipment of 500 tonnes of rice donated by Japan reached Kenya.",
            Some(&[("donor", "Japan"), ("item", "500 tonnes of rice")]),
        ),
        // --- "it" after a speech verb is the speaker; the report's date is
        // not the donation's
        (
            "Huawei said on Tuesday it had donated 1,000 masks to Kenya.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "Kenya"),
                ("date", ""),
                ("status", "happened"),
            ]),
        ),
        (
            "Siemens donated 40 ventilators to Serbia, the company said on Monday.",
            Some(&[("donor", "Siemens"), ("date", "")]),
        ),
        (
            "Siemens today announced a donation of €1 million to the Red Cross.",
            Some(&[("date", "2020-05-21"), ("amount=", "EUR 1000000")]),
        ),
        (
            "UNICEF denies donating vaccines to Iran.",
            Some(&[("recipient", "Iran"), ("status", "negated")]),
        ),
        // --- a hedged amount keeps its hedge; a named recipient stands in
        // for a donor that is no entity
        (
            "Charities pledged nearly $4 million on Monday to help Kenya rebuild.",
            Some(&[
                ("recipient", "Kenya"),
                ("amount", "nearly $4 million"),
                ("amount=", "USD 4000000"),
                ("!donor", ""),
                ("status", "planned"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "Japan pledged up to $2 million to support Egypt.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Egypt"),
                ("amount", "up to $2 million"),
            ]),
        ),
        // --- a country's embassy or delegation: the country gives
        (
            "Japan's delegation pledged $1 million to UNICEF.",
            Some(&[("donor", "Japan"), ("recipient", "UNICEF")]),
        ),
        // a fronted date dates the saying, not the gift promised then
        (
            "Yesterday, Japan's embassy said it would donate 300 tents to Kenya.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Kenya"),
                ("status", "planned"),
                ("date", ""),
            ]),
        ),
        (
            "Yesterday, Huawei said it would send 300 tents to Kenya.",
            Some(&[("recipient", "Kenya"), ("status", "planned"), ("date", "")]),
        ),
        // neither a donor nor a recipient: no event
        ("Investors pledged more than $9 million on Monday.", None),
        // --- negatives
        ("Japan pledged to work with Kenya on trade.", None),
        ("Li Wei promised reforms to the voters.", None),
        ("Germany pledged support for Kenya.", None),
        ("The ministry provided details to Kenya on Monday.", None),
        ("Kenya was given a warm welcome in Rome.", None),
        ("Huawei sent engineers to Milan.", None),
        ("Siemens opened a gift shop in Milan.", None),
        ("The court may grant asylum to Li Wei.", None),
        ("Germany will grant Kenya $3 million in loans.", None),
    ];
    run_table("donation", cases);
}

#[test]
fn headline_and_lead_tell_one_donation() {
    // The headline and the lead both tell the pledge: one event, dated by the lead.
    let d = world(
        "Japan pledges $5 million to UNICEF\n\nJapan pledged $5 million to UNICEF on Monday, \
         the ministry said.",
    )
    .run();
    let e = one(&d, "donation");
    assert_eq!(e.status.as_str(), "planned");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
    assert_eq!(role_names(&d, e, "donor"), vec!["Japan"]);
    assert_eq!(role_names(&d, e, "recipient"), vec!["UNICEF"]);
}

#[test]
fn headline_byline_and_lead_tell_one_donation() {
    // A byline and a time stamp between headline and lead do not part them.
    let d = world(
        "Donors pledge $6 million to rebuild Kenya\n\nBy Ann Smith\nUpdated: 21 May 2020\n\n\
         Charities pledged more than $6 million on Monday to help Kenya rebuild after the floods.",
    )
    .run();
    let e = one(&d, "donation");
    assert_eq!(e.date.as_deref(), Some("2020-05-18"), "{}", describe(&d));
    assert_eq!(role_names(&d, e, "recipient"), vec!["Kenya"]);
}

#[test]
fn pledge_and_later_delivery_stay_two_events() {
    // A pledge and a delivery are two events even with the same donor and amount.
    let d =
        world("Japan pledged $5 million to Kenya. Japan donated $5 million to Kenya on Monday.")
            .run();
    let evs = of(&d, "donation");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(evs[0].status.as_str(), "planned");
    assert_eq!(evs[1].status.as_str(), "happened");
}

#[test]
fn dateline_date_does_not_date_the_donation() {
    let d = world("May 7 -- Huawei donated 500 masks to Kenya.").run();
    let e = one(&d, "donation");
    assert_eq!(e.date, None, "{}", describe(&d));
}

/// "X provided / gave / contributed GOODS to Y" is a gift when the goods
/// are named as aid; what else is provided or given is not.
#[test]
fn goods_given_as_aid() {
    run_table(
        "donation",
        &[
            (
                "Japan provided 5,000 tents and 2,000 blankets to Pakistan on Monday.",
                Some(&[
                    ("donor", "Japan"),
                    ("recipient", "Pakistan"),
                    ("item", "5,000 tents"),
                    ("item", "2,000 blankets"),
                    ("date", "2020-05-18"),
                ]),
            ),
            (
                "The European Union will provide emergency aid to Kenya.",
                Some(&[
                    ("donor", "European Union"),
                    ("recipient", "Kenya"),
                    ("item", "emergency aid"),
                    ("status", "planned"),
                ]),
            ),
            (
                "Siemens provided software services to the Italian Red Cross.",
                None,
            ),
            (
                "Smith gave no details, but said food aid would follow.",
                None,
            ),
            (
                "A truce could provide relief for Kenya after the floods.",
                None,
            ),
        ],
    );
}

#[test]
fn gapped_donors_make_one_donation_each() {
    use newsfacts::model::EventStatus;
    // "A pledged X, B Y and C Z": the verb repeats for each further name
    // with an amount of its own; the date stays, each keeps its amount.
    let text = "The World Bank pledged $2 billion, Japan $1 billion and the European Union \
                €400 million on Monday.";
    let d = world(text).run();
    let gifts = of(&d, "donation");
    assert_eq!(gifts.len(), 3, "{}", describe(&d));
    let got: Vec<(Vec<String>, Option<&str>, Option<&str>)> = gifts
        .iter()
        .map(|e| {
            (
                role_names(&d, e, "donor"),
                value(e, "amount"),
                e.date.as_deref(),
            )
        })
        .collect();
    for want in [
        ("World Bank", "USD 2000000000"),
        ("Japan", "USD 1000000000"),
        ("European Union", "EUR 400000000"),
    ] {
        assert!(
            got.iter().any(|(donor, amount, date)| donor == &[want.0]
                && *amount == Some(want.1)
                && *date == Some("2020-05-18")),
            "{want:?} not in {got:?}"
        );
    }
    assert!(gifts.iter().all(|e| e.status == EventStatus::Planned));
    // A name after the amount with no amount of its own is no donor: an
    // apposition or another clause.
    let text = "Japan pledged $1 billion, China said on Monday.";
    let d = world(text).run();
    assert_eq!(of(&d, "donation").len(), 1, "{}", describe(&d));
    // Nor is a name with something other than money after it.
    let text = "Japan pledged $1 billion, Germany in 2019.";
    let d = world(text).run();
    assert_eq!(of(&d, "donation").len(), 1, "{}", describe(&d));
}

#[test]
fn the_people_of_an_organization_give_for_it() {
    let text = "Players and staff of Huawei delivered 500 food parcels to the Red Cross on Monday.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Huawei"], "{}", describe(&d));
    // a name after "of" that follows no such group is a modifier
    let text = "Friends of Huawei delivered 500 food parcels to the Red Cross on Monday.";
    let d = world(text).run();
    assert!(
        of(&d, "donation")
            .iter()
            .all(|e| role_names(&d, e, "donor").is_empty()),
        "{}",
        describe(&d)
    );
}
