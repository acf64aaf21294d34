//! Goods "donated by" a giver and named before the participle: the reduced
//! relative ("a batch of supplies donated by X to Y arrived …"), with the
//! giver a regional or national government ("the government of southwest
//! China's Sichuan Province"). Our own sentences; the article date is
//! 2020-05-21.

mod events_support;
use events_support::*;

use newsfacts::model::EntityType;

#[test]
fn reduced_relatives_table() {
    run_table(
        "donation",
        &[
            (
                "Aid donated by Japan reached Kenya on Monday.",
                Some(&[
                    ("donor", "Japan"),
                    ("item", "Aid"),
                    ("status", "happened"),
                    ("date", "2020-05-18"),
                ]),
            ),
            (
                "Ten ambulances donated by the government of Germany to Kenya arrived on Monday.",
                Some(&[
                    ("donor", "Germany"),
                    ("recipient", "Kenya"),
                    ("item", "Ten ambulances"),
                    ("status", "happened"),
                    ("date", "2020-05-18"),
                ]),
            ),
            (
                "Equipment provided by the European Union to the Ministry of Health was handed \
                 over on Tuesday.",
                Some(&[
                    ("donor", "European Union"),
                    ("recipient", "Ministry of Health"),
                    ("item", "Equipment"),
                    ("status", "happened"),
                ]),
            ),
            // no giving in a speech delivered or a welcome given
            (
                "A speech delivered by Xi Jinping to the party congress was praised on Tuesday.",
                None,
            ),
            (
                "Power was handed over by the army to the Senate on Monday.",
                None,
            ),
            (
                "The tourists were welcomed by the government of Kenya on Monday.",
                None,
            ),
        ],
    );
}

/// "the government of southwest China's Sichuan Province": the province
/// gives, not China; a place we have no name for leaves the country.
#[test]
fn a_province_government_gives() {
    let text = "A batch of medical supplies donated by the government of southwest China's \
                Sichuan Province to Serbia arrived in Belgrade on Tuesday.";
    let d = world(text).loc("Sichuan Province", "CN").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Sichuan Province"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Serbia"]);
    assert_eq!(role(&d, e, "item"), ["medical supplies"]);
    assert_eq!(e.status.as_str(), "happened");
    assert_eq!(e.date.as_deref(), Some("2020-05-19"));

    let text = "Relief goods donated by the government of Kenya's Nakuru County reached the \
                camps on Monday.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Kenya"]);

    // the side of a lake is no giver (and with no giver or receiver named,
    // no donation)
    let text = "Tents donated by the side of Lake Victoria reached the camps on Monday.";
    let d = world(text)
        .ent(EntityType::Location, "Lake Victoria", &["Lake Victoria"])
        .run();
    none(&d, "donation");
}

/// "X gave Y <money>": the first object receives, the second is the money;
/// a first object that gets no money ("gave no details", "gave him a
/// warning", "gave birth") gives nothing.
#[test]
fn money_given_to_a_first_object() {
    run_table(
        "donation",
        &[
            (
                "Japan gave Kenya $5 million on Monday.",
                Some(&[
                    ("donor", "Japan"),
                    ("recipient", "Kenya"),
                    ("amount=", "USD 5000000"),
                    ("status", "happened"),
                    ("date", "2020-05-18"),
                ]),
            ),
            (
                "Siemens gave UNICEF €2m on Monday.",
                Some(&[
                    ("donor", "Siemens"),
                    ("recipient", "UNICEF"),
                    ("amount=", "EUR 2000000"),
                ]),
            ),
            ("The minister gave no details on Monday.", None),
            ("The president gave a speech on Monday.", None),
            ("The police gave him a warning on Monday.", None),
            ("Maria Rossi gave birth on Monday.", None),
            ("Japan gave Kenya a warning on Monday.", None),
            (
                "The banks give Siemens a $4 billion revolving loan backed by its plants.",
                None,
            ),
        ],
    );
}

/// "the Irish government, which gave the charity €250,000": the relative
/// clause's giver is the state its antecedent names.
#[test]
fn a_government_antecedent_gives() {
    let text =
        "The funds came from the Irish government, which gave the charity €250,000 in April.";
    let d = world(text).country("Ireland", "IE", &["Irish"]).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Ireland"]);
    assert_eq!(
        e.arguments
            .iter()
            .find(|a| a.role == "amount")
            .and_then(|a| a.value.as_deref()),
        Some("EUR 250000")
    );
    assert_eq!(e.status.as_str(), "happened");
    assert_eq!(e.date.as_deref(), Some("2020-04"));
}

#[test]
fn a_reduced_passive_with_its_receivers_before_the_agent() {
    let text = "Each of the 40 tractors handed over to farming families in the Rift Valley \
                by the Gates Foundation and Huawei was fitted with a plough.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        ["Gates Foundation", "Huawei"],
        "{}",
        describe(&d)
    );
    assert_eq!(role(&d, e, "item"), ["40 tractors"]);
}

#[test]
fn a_deadline_after_the_receivers_is_no_agent() {
    let text = "Huawei handed over 300 laptops to the Red Cross by Friday.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Huawei"], "{}", describe(&d));
}
