//! A hyphenated pair of names before an agreement or meeting noun names its
//! two sides: "the U.S.-Japan pact", "the EU-Ukraine summit". Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn agreement_pairs_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // both halves, over the lowercase modifiers between them and the noun
        (
            "Exporters welcomed the U.S.-Japan trade pact on microchips.",
            Some(&[
                ("party", "United States"),
                ("party", "Japan"),
                ("topic", "microchips"),
            ]),
        ),
        // the pair names both sides: the clause's subject is no third one
        (
            "The Jack Ma Foundation praised the Japan-Pakistan rail agreement.",
            Some(&[
                ("party", "Japan"),
                ("party", "Pakistan"),
                ("-party", "Jack Ma Foundation"),
            ]),
        ),
        // a hyphenated word that is no pair of names leaves the subject ("an":
        // after "the", a capitalized word that names nothing names the accord)
        (
            "Pakistan criticised an Anti-Dumping accord.",
            Some(&[("party", "Pakistan")]),
        ),
        // "X-Y … said the deal …": the names are no premodifier of the deal
        (
            "An EU-Japan panel said the accord with Pakistan was ready.",
            Some(&[("party", "Pakistan"), ("-party", "Japan")]),
        ),
    ];
    run_table("agreement", cases);
}

#[test]
fn meeting_pairs_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Officials prepared for the EU-Japan summit in Brussels.",
            Some(&[("participant", "European Union"), ("participant", "Japan")]),
        ),
        // surnames joined: the two leaders met
        (
            "Reporters waited outside the Putin-Merkel meeting.",
            Some(&[
                ("participant", "Vladimir Putin"),
                ("participant", "Angela Merkel"),
            ]),
        ),
    ];
    run_table("meeting", cases);
}

/// The whole pipeline: the entity stage leaves the second half of
/// "China-Pakistan" inside the hyphenated word; the name given elsewhere in
/// the article supplies it, and a demonym half ("U.S.-Japanese") is the
/// country its demonym names elsewhere.
#[test]
fn second_half_named_elsewhere() {
    let p = newsfacts::Pipeline::new(&newsfacts::Config::default()).expect("pipeline");
    let mut d = newsfacts::Document::new(
        "t",
        "ISLAMABAD, May 4 -- Pakistan and China will extend their rail links, officials said.\n\n\
         The China-Pakistan railway agreement runs until 2030. Japanese carmakers watched \
         the U.S.-Japanese trade accord closely.",
    );
    p.process(&mut d);
    let parties = |trigger: &str| -> Vec<String> {
        let e = d
            .events
            .iter()
            .find(|e| e.kind == "agreement" && e.trigger.text(&d.text) == trigger)
            .unwrap_or_else(|| panic!("no agreement on {trigger:?}: {}", describe(&d)));
        let mut names = role_names(&d, e, "party");
        names.sort();
        names
    };
    assert_eq!(parties("agreement"), ["China", "Pakistan"]);
    assert_eq!(parties("accord"), ["Japan", "United States"]);
}
