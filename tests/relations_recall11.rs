//! Relations news states with a country's possessive or demonym before an
//! institution, and roles of councils and offices, with our own sentences
//! and a small gazetteer built in the test.

mod entities_support;

use entities_support::located_in;
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::Document;

/// Facts for the tests (names and codes only).
const GAZ: &str = "Mali\tcountry\tML\t\tdemonyms=Malian
Nigeria\tcountry\tNG\t\tdemonyms=Nigerian
Brazil\tcountry\tBR\t\tdemonyms=Brazilian
Chad\tcountry\tTD\t\tdemonyms=Chadian
Barbados\tcountry\tBB\t\tdemonyms=Barbadian
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn has(doc: &Document, name: &str) -> bool {
    doc.entities.iter().any(|e| e.name == name)
}

// ------------------------------------- located_in: a country's own institution

#[test]
fn an_institution_after_a_country_possessive_is_that_countrys() {
    let doc = run("Engineers from Chad's Ministry of Public Works inspected the bridge on Monday.");
    assert!(located_in(&doc, "Ministry of Public Works", "Chad"));
    // A description of the institution's kind may stand between, in commas.
    let doc = run("Nigeria's largest cement company, Okoro Holdings, said on Friday it would pay.");
    assert!(located_in(&doc, "Okoro Holdings", "Nigeria"));
}

#[test]
fn an_institution_after_a_demonym_is_that_countrys() {
    let doc = run("Brazil sent tents. The Malian Ministry of Health said the tents had arrived.");
    assert!(located_in(&doc, "Ministry of Health", "Mali"));
    let doc = run("Mali thanked donors, and a Brazilian mining company, Serra Verde Holdings, paid for the school.");
    assert!(located_in(&doc, "Serra Verde Holdings", "Brazil"));
}

#[test]
fn a_clause_between_country_and_institution_says_nothing_of_where_it_is() {
    // The engineer is Malian; the text does not say the company is.
    let doc =
        run("Chad hired a Malian engineer whose company, Sahel Pumps Holdings, won the tender.");
    assert!(has(&doc, "Sahel Pumps Holdings"));
    assert!(!located_in(&doc, "Sahel Pumps Holdings", "Mali"));
    // Words that are no institution's kind ("exports to") are no description.
    let doc = run("Nigeria's exports to Okoro Holdings fell sharply in May, Chad said.");
    assert!(has(&doc, "Okoro Holdings"));
    assert!(!located_in(&doc, "Okoro Holdings", "Nigeria"));
}

// ------------------------------ affiliation: a live blog's headline country

#[test]
fn a_bare_state_title_in_a_blog_without_dateline_is_the_headlines_countrys() {
    let doc = run("LIVE: Floods in Chad's south\n\n\
         10:15 - Aid trucks left the capital at dawn.\n\n\
         09:40 - Interior Minister Abakar Mahamat Saleh flew over the flooded villages.\n");
    assert_eq!(
        entities_support::affiliation(&doc, "Abakar Mahamat Saleh", "Chad"),
        Some(Some("interior minister".to_string()))
    );
}

#[test]
fn a_headline_naming_two_countries_or_a_dateline_gives_no_headline_country() {
    // Two countries in the headline: whose minister is not said.
    let doc = run("LIVE: Chad and Mali count the flood damage\n\n\
         09:40 - Interior Minister Abakar Mahamat Saleh flew over the flooded villages.\n");
    assert!(entities_support::affiliation(&doc, "Abakar Mahamat Saleh", "Chad").is_none());
    assert!(entities_support::affiliation(&doc, "Abakar Mahamat Saleh", "Mali").is_none());
    // Another story's headline says what it is about, not whose the title is.
    let doc = run("Floods in Chad's south\n\n\
         Interior Minister Abakar Mahamat Saleh flew over the flooded villages on Monday.\n");
    assert!(entities_support::affiliation(&doc, "Abakar Mahamat Saleh", "Chad").is_none());
}

// ------------------------------ a bare apostrophe after a name ending in "s"

#[test]
fn a_bare_apostrophe_after_a_name_in_s_is_its_possessive() {
    let doc = run("Barbados' agriculture minister, Indar Weir, said the seed bank would open.");
    assert_eq!(
        entities_support::affiliation(&doc, "Indar Weir", "Barbados"),
        Some(Some("agriculture minister".to_string()))
    );
    // a split "'s" in wire copy
    let doc = run("Chad' s interior minister, Abakar Mahamat Saleh, flew over the villages.");
    assert_eq!(
        entities_support::affiliation(&doc, "Abakar Mahamat Saleh", "Chad"),
        Some(Some("interior minister".to_string()))
    );
    // a closing quote mark after a name is no possessive
    let doc = run("Minister Indar Weir called the plan 'Made in Barbados' Future, and left.");
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
}
