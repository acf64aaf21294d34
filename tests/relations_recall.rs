//! Relations found in the shapes news writes them in (a place's kind between
//! two places, a demonym's "state of", an institution "which is based in"),
//! with our own sentences and a small gazetteer built in the test.

mod entities_support;

use entities_support::{affiliation, index, located_in};
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::Document;

/// Facts for the tests (names and codes only).
const GAZ: &str = "Mali\tcountry\tML\t\tdemonyms=Malian
Nigeria\tcountry\tNG\t\tdemonyms=Nigerian
Brazil\tcountry\tBR\t\tdemonyms=Brazilian
Chad\tcountry\tTD\t\tdemonyms=Chadian
Austria\tcountry\tAT\t\tdemonyms=Austrian
Kayes\tlocation\tgeonames:1\t\tcountry=ML\tfeature=region
Segou\tlocation\tgeonames:2\t\tcountry=ML\tfeature=region
Borno\tlocation\tgeonames:3\t\tcountry=NG\tfeature=region
Sokoto\tlocation\tgeonames:4\t\tcountry=NG\tfeature=region
Bahia\tlocation\tgeonames:5\t\tcountry=BR\tfeature=region
Salvador\tlocation\tgeonames:6\t\tcountry=BR\tfeature=city\tpopulation=2500000
Lisbon\tlocation\tgeonames:7\t\tcountry=PT\tfeature=city\tpopulation=517802
Mayo-Kebbi\tlocation\tgeonames:8\t\tcountry=CM\tfeature=region
Porto\tlocation\tgeonames:9\t\tcountry=PT\tfeature=city\tpopulation=231800
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

// ------------------------------------------------- located_in: kinds of place

#[test]
fn places_before_their_kind_and_of_lie_in_the_place_after() {
    let doc = run("Floods cut the roads in the Kayes and Segou regions of Mali on Monday.");
    assert!(located_in(&doc, "Kayes", "Mali"));
    assert!(located_in(&doc, "Segou", "Mali"));
    let doc = run("Aid reached the Borno state of Nigeria late on Friday.");
    assert!(located_in(&doc, "Borno", "Nigeria"));
}

#[test]
fn places_after_a_country_possessive_with_their_kind() {
    // Adjectives ending in a direction, and a kind of place after the name.
    let doc = run("Troops were sent to Nigeria's restive northeastern Borno state last week.");
    assert!(located_in(&doc, "Borno", "Nigeria"));
    // Two places sharing the plural kind both lie there.
    let doc = run("The rains spared Nigeria's Borno and Sokoto states this year.");
    assert!(located_in(&doc, "Borno", "Nigeria"));
    assert!(located_in(&doc, "Sokoto", "Nigeria"));
    // The text's word beats the gazetteer's guess of another country.
    let doc = run("Herders crossed into Chad's dry southern Mayo-Kebbi region in May.");
    assert!(located_in(&doc, "Mayo-Kebbi", "Chad"));
}

#[test]
fn a_verb_between_possessive_and_place_is_no_description() {
    // "army took" is a clause, not a description of Borno: no relation.
    let doc = run("Chad's army took Borno state after a week of fighting.");
    assert!(!located_in(&doc, "Borno", "Chad"));
}

#[test]
fn demonym_kind_of_place() {
    let doc = run("Brazil sent doctors to the Brazilian state of Bahia after the storm.");
    assert!(located_in(&doc, "Bahia", "Brazil"));
    let doc = run("Brazil opened a port in the Brazilian city of Salvador.");
    assert!(located_in(&doc, "Salvador", "Brazil"));
    // A demonym qualifying a person says nothing of the place after, nor
    // one of a noun phrase of its own.
    let doc = run("Brazil said a Brazilian engineer of Bahia had won the prize.");
    assert!(!located_in(&doc, "Bahia", "Brazil"));
    let doc = run("Brazil said two Brazilians from the state of Bahia were hurt.");
    assert!(!located_in(&doc, "Bahia", "Brazil"));
}

#[test]
fn which_is_based_in() {
    let doc =
        run("The Marvela Relief Trust, which is based in Lisbon, sent 300 tents to the camps.");
    assert!(located_in(&doc, "Marvela Relief Trust", "Lisbon"));
    // A verb other than "based" says where it went, not where it is.
    let doc = run("The Marvela Relief Trust, which is sending tents to Lisbon, said on Monday.");
    assert!(!located_in(&doc, "Marvela Relief Trust", "Lisbon"));
}

#[test]
fn a_singular_kind_between_two_places_names_the_second() {
    // "the Kayes town of Segou" says Segou is a town in Kayes, not the
    // reverse; only a country or a plural kind reads the other way.
    let doc = run("Fighting reached the Kayes town of Segou on Sunday.");
    assert!(!located_in(&doc, "Kayes", "Segou"));
    // "Mali's dry western Kayes port of Segou": the port is Segou; the
    // words before Kayes describe the port, not Kayes.
    let doc = run("Ships waited at Mali's dry western Kayes port of Segou for days.");
    assert!(!located_in(&doc, "Kayes", "Mali"));
}

// ------------------------------------------- affiliation: descriptions

#[test]
fn a_description_by_the_noun_of_an_apposition() {
    // The name holds no "foundation"; the apposition before it says it is
    // one, so "the foundation's president" is its president.
    let doc = run(
        "A Porto-based banking foundation, Fundação Mareira Douro, said on Monday it \
         would pay for the ward. The foundation's president, Rui Calado, will visit in May.",
    );
    assert_eq!(
        affiliation(&doc, "Rui Calado", "Fundação Mareira Douro"),
        Some(Some("president".into()))
    );
    // After the name, with an article: "X, a small river charity that ...".
    let doc = run(
        "Fundação Mareira Douro, a small river charity that cleans beaches, got the grant. \
         The charity's director, Rui Calado, thanked the donors.",
    );
    assert_eq!(
        affiliation(&doc, "Rui Calado", "Fundação Mareira Douro"),
        Some(Some("director".into()))
    );
    // A noun the apposition does not give points nowhere.
    let doc = run(
        "A Porto-based banking foundation, Fundação Mareira Douro, said on Monday it \
         would pay for the ward. The hospital's director, Rui Calado, welcomed it.",
    );
    assert_eq!(
        affiliation(&doc, "Rui Calado", "Fundação Mareira Douro"),
        None
    );
}

// ------------------------------------------- affiliation: role nouns

#[test]
fn specialists_at_an_institution() {
    let doc = run(
        "\"The river is lower every year,\" said Mara Okonkwo, a hydrologist at the \
         Kessler Water Institute.",
    );
    assert_eq!(
        affiliation(&doc, "Mara Okonkwo", "Kessler Water Institute"),
        Some(Some("hydrologist".into()))
    );
    let doc =
        run("\"Rates will fall,\" said Tomas Reyes, senior strategist at Harlow Capital Partners.");
    assert_eq!(
        affiliation(&doc, "Tomas Reyes", "Harlow Capital Partners"),
        Some(Some("senior strategist".into()))
    );
    // A role noun with no institution after it gives no affiliation.
    let doc = run(
        "Mara Okonkwo, a hydrologist who studied the river for years, visited the \
         Kessler Water Institute on Monday.",
    );
    assert_eq!(
        affiliation(&doc, "Mara Okonkwo", "Kessler Water Institute"),
        None
    );
}

#[test]
fn a_demonym_between_of_and_the_owner() {
    // The demonym says whose body it is; the title is held at the body.
    let doc = run(
        "Austria was represented by the Secretary General of the Austrian Federal \
         Ministry for Rural Affairs, Peter Lindqvist.",
    );
    assert_eq!(
        affiliation(
            &doc,
            "Peter Lindqvist",
            "Federal Ministry for Rural Affairs"
        ),
        Some(Some("secretary general".into()))
    );
    // No role word before "of": no affiliation.
    let doc = run(
        "Austria was represented by a critic of the Austrian Federal Ministry for \
         Rural Affairs, Peter Lindqvist.",
    );
    assert_eq!(
        affiliation(
            &doc,
            "Peter Lindqvist",
            "Federal Ministry for Rural Affairs"
        ),
        None
    );
}

// ------------------------------- located_in: a place qualifying an apposition

#[test]
fn a_place_qualifying_the_noun_of_an_apposition() {
    let doc = run(
        "The loan was arranged by Kessler Harbour Partners Ltd, a Lisbon consultancy, which \
         also advised the buyer.",
    );
    assert!(located_in(&doc, "Kessler Harbour Partners Ltd", "Lisbon"));

    let doc =
        run("The grant went to Terra Verde Foundation, a Brazilian charity that trains farmers.");
    assert!(located_in(&doc, "Terra Verde Foundation", "Brazil"));

    // A compound after the place, or a phrase that goes on past the noun,
    // says nothing of where the institution is.
    let doc = run("Orion Metals Corp, a Lisbon-listed miner, said output rose.");
    assert!(!doc.relations.iter().any(|r| r.kind == "located_in"));
    let doc = run(
        "Kessler Harbour Partners Ltd, a Lisbon consultancy with offices in Porto, said \
         it would bid.",
    );
    let k = index(&doc, "Kessler Harbour Partners Ltd");
    assert!(!doc
        .relations
        .iter()
        .any(|r| r.kind == "located_in" && r.subject == k));
}
