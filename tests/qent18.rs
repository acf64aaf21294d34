//! Relations the entity stage used to miss: a state's title, a name and
//! "of" a country; portfolio words in "-ing" and "then" before a title; a
//! specialist at an institution; an institution or place described as "a
//! … in" a place; "the <place> firm X". Our own sentences, a small
//! gazetteer built here.

mod entities_support;
use entities_support::{affiliation, located_in, names};

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::Document;

const GAZ: &str = "Norway\tcountry\tNO\t\tdemonyms=Norwegian
Kenya\tcountry\tKE\t\tdemonyms=Kenyan
Jordan\tcountry\tJO\t\tdemonyms=Jordanian
Bergen\tlocation\tgeonames:3161732\t\tcountry=NO\tfeature=city\tpopulation=285000
Tromso\tlocation\tgeonames:3133880\t\tcountry=NO\tfeature=city\tpopulation=77000
Mombasa\tlocation\tgeonames:186301\t\tcountry=KE\tfeature=city\tpopulation=1200000
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

#[test]
fn a_state_title_a_name_and_of_a_country() {
    let doc = run("President Amina Wekesa of Kenya opened the new terminal on Monday.");
    assert_eq!(
        affiliation(&doc, "Amina Wekesa", "Kenya"),
        Some(Some("president".into())),
        "{:?}",
        names(&doc)
    );
    let doc = run("Trade Minister Lars Hovland of Norway spoke after the talks.");
    assert_eq!(
        affiliation(&doc, "Lars Hovland", "Norway"),
        Some(Some("trade minister".into()))
    );
    // A courtesy title is no office of the country.
    let doc = run("Dr. Lars Hovland of Norway spoke after the talks.");
    assert_eq!(affiliation(&doc, "Lars Hovland", "Norway"), None);
}

#[test]
fn portfolio_words_in_ing_and_then_before_a_title() {
    let doc = run("Jordan's then housing minister, Samir al-Tal, opened the estate.");
    assert_eq!(
        affiliation(&doc, "Samir al-Tal", "Jordan"),
        Some(Some("housing minister".into())),
        "{:?}",
        names(&doc)
    );
    let doc = run(
        "The beds went to Bergen Harbour Hospital. They were handed to the \
         hospital's nursing manager, Kari Nordvik, on Friday.",
    );
    assert_eq!(
        affiliation(&doc, "Kari Nordvik", "Bergen Harbour Hospital"),
        Some(Some("nursing manager".into())),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_specialist_at_an_institution() {
    let doc = run(
        "\"The reefs recover slowly,\" said Wanjiru Kamau, a marine biologist at \
         the Coastal Reef Institute in Mombasa.",
    );
    assert_eq!(
        affiliation(&doc, "Wanjiru Kamau", "Coastal Reef Institute"),
        Some(Some("marine biologist".into())),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_institution_described_as_a_kind_in_a_place() {
    let doc = run(
        "The repairs were paid by Fjordlys Marine Ltd, a small shipyard in Bergen \
         that builds ferries.",
    );
    assert!(
        located_in(&doc, "Fjordlys Marine Ltd", "Bergen"),
        "{:?}",
        names(&doc)
    );
    let doc = run(
        "Nordkapp Turbines Ltd, a maker of small wind turbines in Tromso, gave the \
         school two units.",
    );
    assert!(located_in(&doc, "Nordkapp Turbines Ltd", "Tromso"));
    // A verb form between: the place is where it works, not where it is.
    let doc = run("Fjordlys Marine Ltd, a company working in Bergen, gave the school two units.");
    assert!(!located_in(&doc, "Fjordlys Marine Ltd", "Bergen"));
    let doc = run("Fjordlys Marine Ltd, a company with offices in Bergen, gave two units.");
    assert!(!located_in(&doc, "Fjordlys Marine Ltd", "Bergen"));
}

#[test]
fn the_place_firm_before_a_name() {
    let doc = run(
        "The cables were laid by Ole Berg, an electrician with the Bergen firm \
         Hovland Kraft Services, who gave his time free.",
    );
    assert!(
        located_in(&doc, "Hovland Kraft Services", "Bergen"),
        "{:?}",
        names(&doc)
    );
    // A bare place before an institution's name says nothing of where it is.
    let doc = run("The books went to the Bergen Ministry of Coastal Affairs on Monday.");
    assert!(doc.relations.iter().all(|r| r.kind != "located_in"));
}
