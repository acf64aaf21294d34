//! Names the entity stage used to miss: world geography after "the" ("the
//! Pacific", "the Gulf"), places joined by a dash ("the Kenya-Somalia
//! border"), refugee camps, people whose given name is a country ("Chad
//! Whitmore"), bare legislatures ("told Parliament"), roundup items headed
//! by their place ("PERU: …") and regions news names by themselves
//! ("Darfur"). Our own sentences, a small gazetteer built in the test.

mod entities_support;

use entities_support::{has, names};
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Kenya\tcountry\tKE\t\tdemonyms=Kenyan
Somalia\tcountry\tSO\t\tdemonyms=Somali
Chad\tcountry\tTD\t\tdemonyms=Chadian
Jordan\tcountry\tJO\t\tdemonyms=Jordanian
Georgia\tcountry\tGE\t\tdemonyms=Georgian
Santiago\tlocation\tgeonames:3871336\t\tcountry=CL\tfeature=city\tpopulation=4837295
Mendoza\tlocation\tgeonames:3844421\t\tcountry=AR\tfeature=city\tpopulation=96000
Asia\tlocation\tgeo:asia\t\tfeature=continent\tpopulation=4700000000
Asia-Pacific\tlocation\tgeo:asia_pacific\tAsia Pacific\tfeature=region\tpopulation=4300000000
Pacific Ocean\tlocation\tgeo:pacific_ocean\tPacific\tfeature=ocean
Persian Gulf\tlocation\tgeo:persian_gulf\tArabian Gulf|Gulf\tfeature=gulf
Andes\tlocation\tgeo:andes\t\tfeature=mountains
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

/// The text of every mention of the entity named `name`.
fn mentions<'a>(doc: &'a Document, name: &str) -> Vec<&'a str> {
    doc.entities
        .iter()
        .filter(|e| e.name == name)
        .flat_map(|e| e.mentions.iter().map(|m| m.span.text(&doc.text)))
        .collect()
}

#[test]
fn world_geography_after_the_is_a_place() {
    let doc = run("Storms moving in from the Pacific will bring snow to the Andes on Friday.");
    assert!(
        has(&doc, EntityType::Location, "Pacific"),
        "{:?}",
        names(&doc)
    );
    assert!(
        has(&doc, EntityType::Location, "Andes"),
        "{:?}",
        names(&doc)
    );
    let doc = run("Two tankers were struck in the Gulf last week, the navy said.");
    assert!(has(&doc, EntityType::Location, "Gulf"), "{:?}", names(&doc));
    assert_eq!(mentions(&doc, "Gulf"), vec!["Gulf"]);
}

#[test]
fn world_geography_inside_a_longer_name_is_not_a_place() {
    // No "the": a company's name.
    let doc = run("Harbour Pacific said its profit rose by a tenth.");
    assert!(
        !has(&doc, EntityType::Location, "Pacific"),
        "{:?}",
        names(&doc)
    );
    // A capitalised word goes on: part of another name.
    let doc = run("Leaders of the Pacific Rim met in the capital.");
    assert!(
        !has(&doc, EntityType::Location, "Pacific"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn places_joined_by_a_dash_are_both_named() {
    let doc = run("Traders crowded the Kenya-Somalia border on Monday.");
    assert!(has(&doc, EntityType::Country, "Kenya"), "{:?}", names(&doc));
    assert!(
        has(&doc, EntityType::Country, "Somalia"),
        "{:?}",
        names(&doc)
    );
    let doc = run("Snow closed the Santiago–Mendoza road for two days.");
    assert!(
        has(&doc, EntityType::Location, "Mendoza"),
        "{:?}",
        names(&doc)
    );
    // A hyphen after a lowercase prefix still makes an adjective.
    let doc = run("Hundreds joined a pro-Somalia march in the city.");
    assert!(
        !has(&doc, EntityType::Country, "Somalia"),
        "{:?}",
        names(&doc)
    );
    // A region named whole is one place, not Asia and the Pacific.
    let doc = run("Exports to the Asia-Pacific region doubled.");
    assert!(
        has(&doc, EntityType::Location, "Asia-Pacific"),
        "{:?}",
        names(&doc)
    );
    assert!(
        !has(&doc, EntityType::Location, "Pacific"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_refugee_camp_is_a_place_of_its_own() {
    let doc = run("Blankets reached families in the Kilandi refugee camp on Tuesday.");
    assert!(
        has(&doc, EntityType::Location, "Kilandi refugee camp"),
        "{:?}",
        names(&doc)
    );
    // "camp" alone after an unknown name is a political side, not a place.
    let doc = run("Aides in the Morrow camp denied the report.");
    assert!(
        !doc.entities.iter().any(|e| e.kind == EntityType::Location),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_country_given_name_after_a_locative_word_with_an_apposition_is_a_person() {
    let doc = run("The trip was planned with help from Chad Brennock, a former envoy.");
    assert!(
        has(&doc, EntityType::Person, "Chad Brennock"),
        "{:?}",
        names(&doc)
    );
    assert!(!has(&doc, EntityType::Country, "Chad"), "{:?}", names(&doc));
    let doc = run("The loan was approved, according to Jordan Velasco, who chairs the board.");
    assert!(
        has(&doc, EntityType::Person, "Jordan Velasco"),
        "{:?}",
        names(&doc)
    );
    // The country after a locative word, then a name of its own.
    let doc = run("She flew to Chad Tuesday with a small team.");
    assert!(has(&doc, EntityType::Country, "Chad"), "{:?}", names(&doc));
    assert!(
        !doc.entities.iter().any(|e| e.kind == EntityType::Person),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_legislature_by_its_bare_name_is_an_institution() {
    let doc = run("The minister told Parliament that the grant would be paid in May.");
    assert!(
        has(&doc, EntityType::Organization, "Parliament"),
        "{:?}",
        names(&doc)
    );
    let doc = run("The bill now goes to the Senate, where it faces a close vote.");
    assert!(
        has(&doc, EntityType::Organization, "Senate"),
        "{:?}",
        names(&doc)
    );
    // Inside a longer name the word is no entity of its own.
    let doc = run("A hearing of the Senate Rules Committee was held on Monday.");
    assert!(
        !has(&doc, EntityType::Organization, "Senate"),
        "{:?}",
        names(&doc)
    );
    // Lowercase it is a common noun.
    let doc = run("Delegates met at a congress of farmers in the spring.");
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Organization),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_dash_pair_that_starts_a_longer_name_names_no_place() {
    let doc = run("Shares of Kenya-Somalia Freight Lines rose on Monday.");
    assert!(
        !has(&doc, EntityType::Country, "Somalia"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_roundup_item_headed_by_its_place_names_it() {
    let doc = run(
        "NEWS IN BRIEF\n\nKENYA: Farmers in the west began the harvest early.\n\n\
         SOMALIA\nAid trucks reached the port on Monday.\n\n\
         NOTE: figures are provisional.",
    );
    assert!(has(&doc, EntityType::Country, "Kenya"), "{:?}", names(&doc));
    assert!(
        has(&doc, EntityType::Country, "Somalia"),
        "{:?}",
        names(&doc)
    );
    // A heading in capitals that is no known place names nothing.
    assert_eq!(doc.entities.len(), 2, "{:?}", names(&doc));
}

#[test]
fn regions_news_names_by_themselves_are_in_the_bundled_gazetteer() {
    use newsfacts::gazetteer::Gazetteer;
    let sources = vec![(
        "bundled".to_string(),
        newsfacts::entities::BUNDLED_ENTITY_RULES.to_string(),
    )];
    let rec = EntityRecognizer::new(std::sync::Arc::new(Gazetteer::bundled().unwrap()), &sources)
        .unwrap();
    let doc = entities_support::annotate(
        &rec,
        "Convoys carrying seed left for Darfur and the Ogaden, while talks on Kashmir stalled.",
    );
    for place in ["Darfur", "Ogaden", "Kashmir"] {
        assert!(has(&doc, EntityType::Location, place), "{:?}", names(&doc));
    }
}

#[test]
fn an_apposition_with_a_common_noun_s_possessive_names_a_person() {
    let doc = run("Georgia Lindqvist, the pantry's director, said demand had doubled.");
    assert!(
        has(&doc, EntityType::Person, "Georgia Lindqvist"),
        "{:?}",
        names(&doc)
    );
    assert!(
        !has(&doc, EntityType::Country, "Georgia"),
        "{:?}",
        names(&doc)
    );
    // The role must end the apposition: "official" here is an adjective.
    let doc = run("Sporting Vela, the club's official website, said the match was off.");
    assert!(
        !doc.entities.iter().any(|e| e.kind == EntityType::Person),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn names_with_particles_in_appositions_and_after_a_role_are_people() {
    for (text, name) in [
        (
            "The talks were led by Ilse van Oord, the agency's director, on Friday.",
            "Ilse van Oord",
        ),
        (
            "The fund is run by its founder, Joaquim dos Reis, who lives in Faro.",
            "Joaquim dos Reis",
        ),
        (
            "Samir al-Hourani, who chairs the Levant Grain Board, said stocks were low.",
            "Samir al-Hourani",
        ),
        (
            "Talia Okonkwo, director of the charity, said the vans were full.",
            "Talia Okonkwo",
        ),
        (
            "Dinesh Wirasekara, secretary to the Ministry of Ports, told reporters.",
            "Dinesh Wirasekara",
        ),
        (
            "Nomsa Khethe, the 15-year-old captain, scored twice.",
            "Nomsa Khethe",
        ),
    ] {
        let doc = run(text);
        assert!(
            has(&doc, EntityType::Person, name),
            "{text}: {:?}",
            names(&doc)
        );
    }
}

#[test]
fn particle_and_plain_owner_appositions_do_not_make_people_of_places_or_bodies() {
    // No role after the comma: a place with a particle stays no person.
    for text in [
        "Ships sailed from Rio de Janeiro, the old capital, to the south.",
        "Boats left Costa del Sol, which lies further east, at dawn.",
        "Flood Relief Fund, the charity's director said, ran out of tents.",
    ] {
        let doc = run(text);
        assert!(
            !doc.entities.iter().any(|e| e.kind == EntityType::Person),
            "{text}: {:?}",
            names(&doc)
        );
    }
}

#[test]
fn a_plural_noun_s_possessive_inside_an_institution_name_keeps_it_whole() {
    for (text, name) in [
        (
            "Engines went to the Kayar Fishermen's Cooperative on Monday.",
            "Kayar Fishermen's Cooperative",
        ),
        (
            "The Tamboril Coffee Growers' Association asked for credit.",
            "Tamboril Coffee Growers' Association",
        ),
    ] {
        let doc = run(text);
        assert!(
            has(&doc, EntityType::Organization, name),
            "{text}: {:?}",
            names(&doc)
        );
        assert!(
            !doc.entities.iter().any(|e| e.kind == EntityType::Person),
            "{text}: {:?}",
            names(&doc)
        );
    }
    // A possessive with no institution head after it makes no institution.
    let doc = run("The Growers' harvest was late, said Ana Roe.");
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Organization),
        "{:?}",
        names(&doc)
    );
}
