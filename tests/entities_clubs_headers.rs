//! Sports clubs, apostrophes inside place names, header lines, and names
//! after a long title or a role at a sentence's end. Our own sentences, a
//! small gazetteer built in the test.

mod entities_support;

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Kazakhstan\tcountry\tKZ\t\tdemonyms=Kazakh
Samoa\tcountry\tWS\t\tdemonyms=Samoan
Tonga\tcountry\tTO\t\tdemonyms=Tongan
Cape Town\tlocation\tgeonames:3369157\t\tcountry=ZA\tfeature=city\tpopulation=3400000
Yeovil\tlocation\tgeonames:2633373\t\tcountry=GB\tfeature=city\tpopulation=45000
Luton\tlocation\tgeonames:2643339\t\tcountry=GB\tfeature=city\tpopulation=200000
Leeds\tlocation\tgeonames:2644688\t\tcountry=GB\tfeature=city\tpopulation=450000
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

#[test]
fn a_club_head_after_a_name_makes_a_club() {
    let doc = run("Fans of Kettleby Rovers raised money for the hospice. \
         Supporters of Leeds United and Dunmore Athletic joined them, and \
         Athletic players wore the hospice's colours on Saturday.");
    let orgs = of_kind(&doc, EntityType::Organization);
    for club in ["Kettleby Rovers", "Leeds United", "Dunmore Athletic"] {
        assert!(orgs.contains(&club.to_string()), "{club} in {orgs:?}");
    }
    assert!(of_kind(&doc, EntityType::Person).is_empty());
    assert!(!of_kind(&doc, EntityType::Location).contains(&"Leeds".to_string()));
}

#[test]
fn town_and_city_make_a_club_only_after_a_word_of_play() {
    let doc = run("The team will play at home against Yeovil Town next week. \
         Last season they beat Luton Town twice.");
    let orgs = of_kind(&doc, EntityType::Organization);
    assert!(orgs.contains(&"Yeovil Town".to_string()), "{orgs:?}");
    assert!(orgs.contains(&"Luton Town".to_string()), "{orgs:?}");
    assert!(!of_kind(&doc, EntityType::Location).contains(&"Yeovil".to_string()));

    // No word of play: places ("Cape Town" the gazetteer's, "Sadr City" no
    // club), and a name going on is no club ("Luton Town Hall").
    let doc = run("Aid reached Cape Town and Sadr City on Monday. \
         The mayor spoke at Luton Town Hall.");
    let orgs = of_kind(&doc, EntityType::Organization);
    assert!(
        !orgs.iter().any(|o| o == "Sadr City" || o == "Cape Town"),
        "{orgs:?}"
    );
    assert!(of_kind(&doc, EntityType::Location).contains(&"Cape Town".to_string()));
}

#[test]
fn a_lone_letter_after_an_apostrophe_stays_in_a_place_name() {
    let doc = run("The school on the island of Savai'i reopened. \
         Classes resumed in the district of Hawaiʻi on Monday.");
    let places = of_kind(&doc, EntityType::Location);
    assert!(places.contains(&"Savai'i".to_string()), "{places:?}");
    assert!(places.contains(&"Hawaiʻi".to_string()), "{places:?}");
    assert!(!places.contains(&"Savai".to_string()));
    // A clitic after an apostrophe is no part of a name.
    let doc = run("Officials in the province of Rovuma's north said it would rain.");
    assert!(!of_kind(&doc, EntityType::Location).contains(&"Rovuma's".to_string()));
}

#[test]
fn a_header_line_in_capitals_is_no_institution() {
    let doc = run(
        "NEWS RELEASE\nMinistry of Water Resources of Kazakhstan\n\n\
         The ministry opened a new canal on Monday.",
    );
    let orgs = of_kind(&doc, EntityType::Organization);
    assert!(!orgs.iter().any(|o| o.contains("RELEASE")), "{orgs:?}");
    assert!(
        orgs.iter()
            .any(|o| o.starts_with("Ministry of Water Resources")),
        "{orgs:?}"
    );
}

#[test]
fn a_name_after_a_title_with_portfolio_and_owner() {
    let doc = run(
        "On Monday, Deputy Minister of Foreign Affairs of Kazakhstan Dauren Seitkali \
         held talks in Vienna.",
    );
    assert_eq!(of_kind(&doc, EntityType::Person), vec!["Dauren Seitkali"]);
    let rel = doc
        .relations
        .iter()
        .find(|r| doc.entities[r.subject].name == "Dauren Seitkali")
        .expect("affiliation");
    assert_eq!(doc.entities[rel.object].name, "Kazakhstan");
    assert_eq!(rel.role.as_deref(), Some("deputy minister"));
    // An owner no one found: no person read from the words after it.
    let doc = run("Minister of Culture of Westmark Hall Ondrej Vasko spoke.");
    assert!(!of_kind(&doc, EntityType::Person).contains(&"Hall Ondrej".to_string()));
}

#[test]
fn a_role_and_a_name_ending_the_sentence() {
    let doc = run("The grant followed a call with Tonga's prime minister and \
         Samoa's education minister, Malia Fonoti. Schools reopen in May.");
    assert!(of_kind(&doc, EntityType::Person).contains(&"Malia Fonoti".to_string()));
    // No role before the comma: no person.
    let doc = run("The grant went to schools in the north, Upolu Central. Classes resume soon.");
    assert!(of_kind(&doc, EntityType::Person).is_empty());
}

#[test]
fn a_spanish_kind_of_company_keeps_the_place_after_it() {
    let doc = run(
        "Shares of Distribuidora del Sur fell after Generadora de Tonga said it \
         would delay the plant.",
    );
    let orgs = of_kind(&doc, EntityType::Organization);
    assert!(
        orgs.contains(&"Distribuidora del Sur".to_string()),
        "{orgs:?}"
    );
    assert!(
        orgs.contains(&"Generadora de Tonga".to_string()),
        "{orgs:?}"
    );
    // Tonga inside the company's name is no mention of the country.
    assert!(of_kind(&doc, EntityType::Country).is_empty());
}
