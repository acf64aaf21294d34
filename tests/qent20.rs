//! Gazetteer places that are something else in the article: the first word
//! of an organisation's short form ("Harrowgate Dental said" after
//! "Harrowgate Dental Industries"), and a person's surname after "between"
//! ("talks between Marlowe and the unions"). Our own sentences, a small
//! gazetteer built here.

mod entities_support;
use entities_support::{has, names};

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Norway\tcountry\tNO\t\tdemonyms=Norwegian
Kenya\tcountry\tKE\t\tdemonyms=Kenyan
Harrowgate\tlocation\tgeonames:9000001\t\tcountry=NO\tfeature=city\tpopulation=450000
Marlowe\tlocation\tgeonames:9000002\t\tcountry=NO\tfeature=city\tpopulation=350000
Mombasa\tlocation\tgeonames:186301\t\tcountry=KE\tfeature=city\tpopulation=1200000
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

#[test]
fn a_place_opening_an_organisations_short_form_is_no_place() {
    let doc = run(
        "The chairs were donated by Harrowgate Dental Industries, a maker of \
         clinic equipment. The delivery was late because of floods, Harrowgate Dental \
         said on Monday.",
    );
    assert!(
        has(
            &doc,
            EntityType::Organization,
            "Harrowgate Dental Industries"
        ),
        "{:?}",
        names(&doc)
    );
    assert!(
        !has(&doc, EntityType::Location, "Harrowgate"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn the_place_itself_stays_beside_an_organisation_named_after_it() {
    // The town alone, and the town before a word that is not the
    // organisation's next word, are still the town.
    let doc = run(
        "The chairs were donated by Harrowgate Dental Industries, a maker of \
         clinic equipment. The company has a plant in Harrowgate and another in Mombasa.",
    );
    assert!(
        has(&doc, EntityType::Location, "Harrowgate"),
        "{:?}",
        names(&doc)
    );
    // A landform word after the place makes a longer place, not the body.
    let doc = run(
        "The Harrowgate River Authority said on Monday that the Harrowgate River \
         had burst its banks near Mombasa Road.",
    );
    assert!(
        names(&doc)
            .iter()
            .any(|(k, n)| *k == EntityType::Location && n.starts_with("Harrowgate")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_surname_after_between_is_the_person() {
    let doc = run(
        "President Tomas Marlowe arrived in Mombasa on Monday. The meeting \
         between Marlowe and opposition leaders lasted two hours.",
    );
    assert!(
        has(&doc, EntityType::Person, "Tomas Marlowe"),
        "{:?}",
        names(&doc)
    );
    assert!(
        !has(&doc, EntityType::Location, "Marlowe"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn between_two_places_stays_a_place() {
    let doc = run(
        "Engineer Tomas Marlowe inspected the line on Monday. Trains between \
         Marlowe and Mombasa will resume next week.",
    );
    assert!(
        has(&doc, EntityType::Location, "Marlowe"),
        "{:?}",
        names(&doc)
    );
    // Other locatives still make it a place.
    let doc = run(
        "President Tomas Marlowe arrived on Monday. Officials met in Marlowe \
         later that day.",
    );
    assert!(
        has(&doc, EntityType::Location, "Marlowe"),
        "{:?}",
        names(&doc)
    );
}
