//! Places no gazetteer knows: names of several words after a locative word,
//! and lowercase natural features and border sites after a name. Our own
//! sentences, a small gazetteer built here.

mod entities_support;
use entities_support::{names, people};

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str =
    "Texas\tlocation\tgeonames:4736286\t\tcountry=US\tfeature=region\tpopulation=29000000
Sweden\tcountry\tSE\t\tdemonyms=Swedish
Philippines\tcountry\tPH\t\tdemonyms=Philippine
Malawi\tcountry\tMW\t\tdemonyms=Malawian
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn of_kind(doc: &Document, kind: EntityType) -> Vec<String> {
    doc.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.clone())
        .collect()
}

fn locations(doc: &Document) -> Vec<String> {
    of_kind(doc, EntityType::Location)
}

#[test]
fn a_name_of_several_words_after_a_locative_word_is_a_place() {
    let doc = run("The co-operative stores its grain outside Villa Corazón and ships it north.");
    assert_eq!(locations(&doc), vec!["Villa Corazón"], "{:?}", names(&doc));
    let doc = run("A new depot will open in Port Halvard, Texas, next spring.");
    assert!(
        locations(&doc).contains(&"Port Halvard".to_string()),
        "{:?}",
        names(&doc)
    );
    let doc = run("Two boats were anchored off Punta Grelo when the storm broke.");
    assert_eq!(locations(&doc), vec!["Punta Grelo"], "{:?}", names(&doc));
}

#[test]
fn a_longer_name_after_a_locative_word_counts_only_as_a_whole() {
    // An adjective inside: trading, not a place.
    let doc = run("Volumes in Swedish Harbour trading rose by a tenth.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
    // A name the gazetteer knows inside: a currency, not a place.
    let doc = run("All amounts are given in Philippine Pesos unless stated.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
    // An article in front is no part of a place's name.
    let doc = run("The letter appeared in The Courier on Saturday.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
    // A possessive goes on: the name belongs to someone.
    let doc = run("He worked in Harold Benn's office for a year.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
}

#[test]
fn a_lowercase_natural_feature_or_border_site_after_a_name_is_a_place() {
    let doc = run("Floods along the Mbeza river cut the road to the district hospital.");
    assert_eq!(locations(&doc), vec!["Mbeza river"], "{:?}", names(&doc));
    let doc = run("Farmers in the Tolmar valley lost most of their maize.");
    assert_eq!(locations(&doc), vec!["Tolmar valley"], "{:?}", names(&doc));
    let doc = run("Lorries queued for two days at the Nkhata border crossing.");
    assert_eq!(
        locations(&doc),
        vec!["Nkhata border crossing"],
        "{:?}",
        names(&doc)
    );
    // A demonym before the feature describes it; it names no place.
    let doc = run("Fishermen on a Malawian river said the catch had halved.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
}

#[test]
fn a_name_of_several_words_qualifying_a_noun_is_no_place() {
    let doc = run("Prices fell in Upper Corvan markets after the harvest.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
    // After a hyphen "off" is no locative word.
    let doc = run("Shares of the spin-off Harlow Petrel Refining rose.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
    // A holding noun before "in" takes a company.
    let doc = run("The bid raises its ownership in Redvale Mining to half.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
}

fn organizations(doc: &Document) -> Vec<String> {
    of_kind(doc, EntityType::Organization)
}

#[test]
fn an_institution_named_after_its_kind_ends_before_a_verb_or_a_bracket() {
    let doc = run("The Tromsø-based charity Nordlys Hjelp sent 400 blankets.");
    assert_eq!(
        organizations(&doc),
        vec!["Nordlys Hjelp"],
        "{:?}",
        names(&doc)
    );
    let doc = run("The boxes went to the Malawian charity Tsogolo Labwino (Bright Future).");
    assert!(
        organizations(&doc).contains(&"Tsogolo Labwino".to_string()),
        "{:?}",
        names(&doc)
    );
    // A lowercase word that is no verb leaves the name open: no institution.
    let doc = run("The charity Hope spends little on offices.");
    assert!(organizations(&doc).is_empty(), "{:?}", names(&doc));
    // A trade that is also a job describes a person.
    let doc = run("Ngozi Ward, a fish exporter from Lagos, said prices had doubled.");
    assert!(organizations(&doc).is_empty(), "{:?}", names(&doc));
    let doc = run("Kasama Freight, a Zambian distributor, said it would add lorries.");
    assert_eq!(
        organizations(&doc),
        vec!["Kasama Freight"],
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_byline_on_the_last_line_is_read_whatever_ends_the_file() {
    for text in [
        "The council met on Monday.\n\nBy Linnea Öberg",
        "The council met on Monday.\n\nBy Linnea Öberg\n",
    ] {
        let doc = run(text);
        assert_eq!(people(&doc), vec!["Linnea Öberg"], "{text:?}");
    }
}

#[test]
fn a_given_name_before_a_word_for_a_feature_of_the_coast_is_a_place() {
    let doc = run("The seed bank is kept at a research station in Holly Point.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    assert_eq!(locations(&doc), vec!["Holly Point"], "{:?}", names(&doc));
    // A surname that is also a word of the land stays a surname.
    let doc = run("Holly Hill, the clinic's director, said the van was ready.");
    assert!(
        people(&doc).contains(&"Holly Hill".to_string()),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_name_after_a_verb_or_noun_of_travel_is_a_place() {
    let doc = run("The ship will spend a week in port before sailing to Tavoa.");
    assert_eq!(locations(&doc), vec!["Tavoa"], "{:?}", names(&doc));
    let doc = run("Eleven guests missed the dinner after the ferry from Kilbride was cancelled.");
    assert_eq!(locations(&doc), vec!["Kilbride"], "{:?}", names(&doc));
    let doc = run("Two rescue teams crossed at Vornel Ford this morning.");
    assert_eq!(locations(&doc), vec!["Vornel Ford"], "{:?}", names(&doc));
    // A name going on is another kind of name.
    let doc = run("She returned to Harwick Medical Centre after the strike.");
    assert!(
        !locations(&doc).contains(&"Harwick".to_string()),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_lowercase_feature_after_a_name_wins_over_a_person_and_may_be_followed_by_of() {
    // "Holly" is a given name; before "rapids" the name is a place's.
    let doc = run("The boat reaches villages above the Holly Tarn rapids in June.");
    assert_eq!(
        locations(&doc),
        vec!["Holly Tarn rapids"],
        "{:?}",
        names(&doc)
    );
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    // A lowercase feature describes: "of" a region after it is no longer name.
    let doc = run("The school lies in the Merapu highlands of Texas.");
    assert!(
        locations(&doc).contains(&"Merapu highlands".to_string()),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn one_word_with_an_apostrophe_or_a_hyphen_after_a_locative_word_is_still_a_place() {
    let doc = run("Aid convoys waited in Ndo'ula for two days.");
    assert_eq!(locations(&doc), vec!["Ndo'ula"], "{:?}", names(&doc));
    let doc = run("Riots began in Tallou-Saint-Marc and spread north.");
    assert_eq!(
        locations(&doc),
        vec!["Tallou-Saint-Marc"],
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_list_of_places_is_read_over_a_wrapped_line() {
    // The line wraps inside the list: the list is still read.
    let doc = run(
        "As traders stayed on the floors in Port Halvard, Kilbride\nand Villa Corazón, \
         officials said.",
    );
    for place in ["Port Halvard", "Kilbride", "Villa Corazón"] {
        assert!(
            locations(&doc).contains(&place.to_string()),
            "{:?}",
            names(&doc)
        );
    }
    // It wraps inside a name of the list: no half of the name is a place.
    let doc = run(
        "As traders stayed on the floors in Port Halvard and Villa\nCorazón, madly \
         trying to balance their accounts, officials said.",
    );
    assert!(
        !locations(&doc).contains(&"Villa".to_string()),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_institution_beside_a_countrys_description_of_it_is_one() {
    let doc = run("Pescamar, Chile's national fishing corporation, said the quota was too low.");
    assert!(
        organizations(&doc).contains(&"Pescamar".to_string()),
        "{:?}",
        names(&doc)
    );
    let doc = run("The loan came from Chile's export credit agency, Fondexa, last week.");
    assert!(
        organizations(&doc).contains(&"Fondexa".to_string()),
        "{:?}",
        names(&doc)
    );
    // A person named after a description of the body he heads stays no body.
    let doc = run("The head of Chile's tax authority, Vitalio Arrau, resigned on Monday.");
    assert!(
        !organizations(&doc).contains(&"Vitalio Arrau".to_string()),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_named_undertaking_after_a_locative_word_is_no_place() {
    let doc = run("The frigate took part in Operation Coral Shield before sailing home.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
    let doc = run("Three villages were cut off in Cyclone Adira last March.");
    assert!(locations(&doc).is_empty(), "{:?}", names(&doc));
}
