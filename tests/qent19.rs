//! Institution names the entity stage used to cut or overrun: a legal form
//! followed by "of" a town, special-purpose districts, names in other
//! languages after a head that is also an English word, plural possessives
//! inside a name, "Berhad". Our own sentences, a small gazetteer built here.

mod entities_support;
use entities_support::{has, names};

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Norway\tcountry\tNO\t\tdemonyms=Norwegian
Kenya\tcountry\tKE\t\tdemonyms=Kenyan
Malaysia\tcountry\tMY\t\tdemonyms=Malaysian
Bergen\tlocation\tgeonames:3161732\t\tcountry=NO\tfeature=city\tpopulation=285000
Mombasa\tlocation\tgeonames:186301\t\tcountry=KE\tfeature=city\tpopulation=1200000
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

#[test]
fn a_legal_form_ends_the_company_name_before_of_a_town() {
    let doc = run("The radios came from Harlan Beacon Inc. of Mombasa, the firm said.");
    assert!(
        has(&doc, EntityType::Organization, "Harlan Beacon Inc."),
        "{:?}",
        names(&doc)
    );
    assert!(!names(&doc).iter().any(|(_, n)| n.contains("of Mombasa")));
    // An institution's head still takes its of-phrase.
    let doc = run("She studied at the Polytechnic Institute of Bergen last year.");
    assert!(
        has(
            &doc,
            EntityType::Organization,
            "Polytechnic Institute of Bergen"
        ),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn special_purpose_districts_are_bodies() {
    let doc = run("A new engine was given to the Harwood Fire District on Tuesday.");
    assert!(
        has(&doc, EntityType::Organization, "Harwood Fire District"),
        "{:?}",
        names(&doc)
    );
    let doc = run("The Oakvale School District board voted to accept the gift.");
    assert!(
        has(&doc, EntityType::Organization, "Oakvale School District"),
        "{:?}",
        names(&doc)
    );
    // An administrative district stays a place.
    let doc = run("Floods hit the Kasama District in the north.");
    assert!(
        !names(&doc)
            .iter()
            .any(|(k, n)| *k == EntityType::Organization && n.contains("Kasama")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn foreign_names_after_a_head_shared_with_english() {
    for (text, name) in [
        (
            "The money goes to the Association des Planteurs de Rivière Noire.",
            "Association des Planteurs de Rivière Noire",
        ),
        (
            "Nurses at the Hospital Provincial de Tarapoto were thanked.",
            "Hospital Provincial de Tarapoto",
        ),
        (
            "The Mesa Técnica del Río Pilcomayo met in March.",
            "Mesa Técnica del Río Pilcomayo",
        ),
        (
            "Leaders of the Frente Popular para a Reconstrução spoke.",
            "Frente Popular para a Reconstrução",
        ),
    ] {
        let doc = run(text);
        assert!(
            has(&doc, EntityType::Organization, name),
            "{text}: {:?}",
            names(&doc)
        );
    }
    // No particle after the head: no foreign name.
    let doc = run("Hospital director Anna Berg said the wing would open.");
    assert!(
        !names(&doc)
            .iter()
            .any(|(k, n)| *k == EntityType::Organization && n.starts_with("Hospital")),
        "{:?}",
        names(&doc)
    );
    let doc = run("The Terminal Building in Mombasa reopened.");
    assert!(
        !has(&doc, EntityType::Organization, "Terminal Building"),
        "{:?}",
        names(&doc)
    );
    // "bureau de change" is English: no institution named "… de Change".
    let doc = run("Thieves broke into the Kelso Bureau de Change on Friday night.");
    assert!(
        !names(&doc)
            .iter()
            .any(|(k, n)| *k == EntityType::Organization && n.ends_with("de Change")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn plural_possessives_inside_an_institution_name() {
    for (text, name) in [
        (
            "The Lakeside Clinic Friends' Trust bought two beds.",
            "Lakeside Clinic Friends' Trust",
        ),
        (
            "The Norwegian Truck Hauliers' Association opposed the toll.",
            "Norwegian Truck Hauliers' Association",
        ),
        (
            "The Mombasa Residents' Committee met the governor.",
            "Mombasa Residents' Committee",
        ),
    ] {
        let doc = run(text);
        assert!(
            has(&doc, EntityType::Organization, name),
            "{text}: {:?}",
            names(&doc)
        );
    }
    // A proper name's possessive names the owner, not part of a name.
    let doc = run("We visited Peter's Foundation stand at the fair.");
    assert!(
        !names(&doc).iter().any(|(_, n)| n.contains("Peter's")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn berhad_ends_a_malaysian_company_name() {
    let doc = run("Kinabalu Timber Holdings Berhad donated 500 desks in Malaysia.");
    assert!(
        has(
            &doc,
            EntityType::Organization,
            "Kinabalu Timber Holdings Berhad"
        ),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_charity_named_for_its_cause() {
    let doc = run("A $5,000 gift from the Books Again for Kids Trust arrived in Bergen.");
    assert!(
        has(&doc, EntityType::Organization, "Books Again for Kids Trust"),
        "{:?}",
        names(&doc)
    );
    // One word before "for": no name of that shape.
    let doc = run("Support for Gates Foundation projects grew in Kenya.");
    assert!(
        !names(&doc).iter().any(|(_, n)| n.starts_with("Support")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn spanish_place_names_with_a_prefix_word() {
    let doc = run("The barges unload at the terminal of Nueva Esperanzita every week.");
    assert!(
        has(&doc, EntityType::Location, "Nueva Esperanzita"),
        "{:?}",
        names(&doc)
    );
}
