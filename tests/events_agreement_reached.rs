//! "reached a deal", "struck an agreement": reaching an agreement is the
//! event, also when no party is a name; "also" makes one more agreement by
//! the parties of the one told before. Our own sentences; the article date
//! is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn reaching_an_agreement_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Kenya reached a deal with Egypt on Monday on the sharing of river water.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("date", "2020-05-18"),
                ("status", "happened"),
            ]),
        ),
        // no party named: still an agreement reached
        (
            "Three small ferry operators reached a tentative pay agreement with their crews on Tuesday.",
            Some(&[("date", "2020-05-19"), ("status", "happened")]),
        ),
        (
            "Kenya and Egypt have not reached an agreement on fishing quotas.",
            Some(&[("status", "negated"), ("party", "Kenya"), ("party", "Egypt")]),
        ),
        // "X said it reached …": "it" is X, also right before the verb
        (
            "Siemens said it reached a supply agreement on Monday.",
            Some(&[("party", "Siemens"), ("date", "2020-05-18")]),
        ),
        (
            "Huawei said it signed a contract with the Red Cross.",
            Some(&[("party", "Huawei"), ("party", "Red Cross")]),
        ),
        ("Siemens said it reached a record profit.", None),
        // a condition, not an agreement
        (
            "Dockers will strike on Monday unless they have reached a pay deal with the port authority.",
            None,
        ),
        ("The envoy visited Egypt but clinched no agreements.", None),
        // a wish, not an agreement
        ("Negotiators hope to reach an agreement on fishing quotas soon.", None),
        // no agreement word after the verb: nothing agreed
        ("The index reached a record high on Monday.", None),
        ("A delivery van was struck by a train near Nairobi.", None),
        ("Talks with Egypt have reached no agreement so far.", None),
    ];
    run_table("agreement", cases);
}

#[test]
fn a_further_deal_by_a_counted_group_takes_the_parties_told() {
    let d = world(
        "Kenya, Egypt and India agreed on Monday in Nairobi to cut tariffs on tea. \
         The three also reached a deal on shared rules for seed imports.",
    )
    .run();
    let ags = of(&d, "agreement");
    assert_eq!(ags.len(), 2, "{}", describe(&d));
    let seeds = ags
        .iter()
        .find(|e| e.trigger.text(&d.text) == "reached")
        .expect("the second agreement");
    let mut parties = role_names(&d, seeds, "party");
    parties.sort();
    assert_eq!(parties, ["Egypt", "India", "Kenya"], "{}", describe(&d));
    assert_eq!(seeds.date.as_deref(), Some("2020-05-18"));
}
