//! Recipients that are no names: "donated 400 laptops to 12 primary
//! schools", "will give €2m to families left homeless by the floods". The
//! noun phrase after the giving "to" is the recipient when no entity is
//! there, and only a phrase that can receive. Our own sentences; the article
//! date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn donation_receiver_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Huawei donated 400 laptops to 12 primary schools in Wuhan on Monday.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "12 primary schools"),
                ("item", "400 laptops"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "The European Union will give €2m to families left homeless by last \
             week's storms in Kenya.",
            Some(&[
                ("donor", "European Union"),
                ("recipient", "families left homeless by last week's storms"),
                ("amount=", "EUR 2000000"),
                ("status", "planned"),
            ]),
        ),
        (
            "Japan pledged $1 million toward the reserve on Monday.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "reserve"),
                ("amount=", "USD 1000000"),
                ("status", "planned"),
            ]),
        ),
        (
            "The Gates Foundation donated $3 million to people displaced by the \
             fighting in Kenya.",
            Some(&[
                ("donor", "Gates Foundation"),
                ("recipient", "people displaced by the fighting"),
                ("amount=", "USD 3000000"),
            ]),
        ),
        // a named recipient still wins
        (
            "Siemens donated 300 beds to the Red Cross and to local clinics.",
            Some(&[("recipient", "Red Cross"), ("-recipient", "local clinics")]),
        ),
        // --- not receivers: an infinitive, a date, a measure, "up to"
        (
            "Huawei donated $1 million to help schools in Wuhan.",
            Some(&[("donor", "Huawei"), ("!recipient", "")]),
        ),
        (
            "Siemens donated $2 million to build classrooms in Kenya.",
            Some(&[("donor", "Siemens"), ("!recipient", "")]),
        ),
        (
            "Huawei donated to the tune of $2 million, the company said.",
            Some(&[("donor", "Huawei"), ("!recipient", "")]),
        ),
        (
            "Siemens has donated 2,000 masks to date, the company said.",
            Some(&[("donor", "Siemens"), ("!recipient", "")]),
        ),
        (
            "Germany will give up to $4 million to the families of the victims.",
            Some(&[
                ("donor", "Germany"),
                ("recipient", "families of the victims"),
                ("-recipient", "$4 million"),
            ]),
        ),
        (
            "In addition to the masks, Huawei donated 20 ventilators.",
            Some(&[("donor", "Huawei"), ("!recipient", "")]),
        ),
        // a bare plural names a kind, not receivers (unless a named place
        // says which: events_donation_recall6.rs); "the hospital" alone
        // refers to one named elsewhere
        (
            "Huawei donated 500 masks to hospitals across the country.",
            Some(&[("donor", "Huawei"), ("!recipient", "")]),
        ),
        (
            "Siemens donated 300 beds to the hospital on Monday.",
            Some(&[("donor", "Siemens"), ("!recipient", "")]),
        ),
        // a date after the agent is not part of it
        (
            "Japan will give $3 million to people displaced by the floods last week.",
            Some(&[("recipient", "people displaced by the floods")]),
        ),
        // a demonym before the noun: the recipients come from elsewhere
        (
            "Huawei donated 500 masks to a Chinese hospital.",
            Some(&[("donor", "Huawei"), ("!recipient", "")]),
        ),
        // no donor and no receiver: no donation
        ("Local firms donated $1 million to help schools.", None),
    ];
    run_table("donation", cases);
}

#[test]
fn receiver_before_counted_goods() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // "gave X 500 tents": the name is who receives, the count the goods
        (
            "Japan gave Kenya 500 tents on Monday.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Kenya"),
                ("item", "500 tents"),
                ("-item", "Kenya 500 tents"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "China sent the Red Cross 20,000 masks.",
            Some(&[
                ("donor", "China"),
                ("item", "20,000 masks"),
                ("recipient", "Red Cross"),
            ]),
        ),
        (
            "Huawei donated UNICEF 300 laptops.",
            Some(&[
                ("donor", "Huawei"),
                ("recipient", "UNICEF"),
                ("item", "300 laptops"),
            ]),
        ),
        // a name that modifies the goods is no receiver
        (
            "Japan donated Huawei laptops to Kenya.",
            Some(&[
                ("recipient", "Kenya"),
                ("-recipient", "Huawei"),
                ("item", "Huawei laptops"),
            ]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn the_kind_an_apposition_gave_a_name_stands_for_it() {
    // "Kroonhof, a foundation based in Leiden" makes "the foundation" stand
    // for Kroonhof, though its name does not say so; the head passes on
    // to an infinitive after "is expected to" / "plans to".
    for later in [
        "The foundation is expected to donate 200 tablets next month.",
        "The foundation plans to donate 200 tablets.",
        "The foundation will donate 200 tablets.",
    ] {
        let text = format!(
            "The school opened a reading room with help from Kroonhof, a foundation based \
             in Leiden. {later}"
        );
        let d = doc(&text).org("Kroonhof").run();
        let e = one(&d, "donation");
        assert_eq!(role_names(&d, e, "donor"), ["Kroonhof"], "{later}");
        assert_eq!(role(&d, e, "item"), ["200 tablets"], "{later}");
    }
    // No apposition, no kind: "the foundation" finds nobody.
    let d = doc("The school thanked Kroonhof. The foundation is expected to donate 200 tablets.")
        .org("Kroonhof")
        .run();
    none(&d, "donation");
    // A verb that passes no subject: the ministry is asked, not the foundation.
    let d = doc(
        "Kroonhof, a foundation based in Leiden, wrote again. The foundation asked \
         the ministry to donate 200 tablets.",
    )
    .org("Kroonhof")
    .run();
    none(&d, "donation");
}
