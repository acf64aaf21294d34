//! Institutions and places below country level that no gazetteer lists:
//! companies named by their trade ("… Shipping Lines", "… Analytics"),
//! military, church and local-government bodies, the legal form "AS", sites
//! written with a lowercase word after their name ("Beira airport", "Ormoc
//! port", "Kuwait City"), an institution read over a byline's line break,
//! and Welsh and Arabic name particles. Our own sentences, a small
//! gazetteer built in the test.

mod entities_support;

use entities_support::{has, names};
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Mozambique\tcountry\tMZ\t\tdemonyms=Mozambican
Philippines\tcountry\tPH\t\tdemonyms=Filipino
Kuwait\tcountry\tKW\t\tdemonyms=Kuwaiti
Beira\tlocation\tgeonames:1052373\t\tcountry=MZ\tfeature=city\tpopulation=530000
Tacloban\tlocation\tgeonames:1684308\t\tcountry=PH\tfeature=city\tpopulation=250000
Pacific Ocean\tlocation\tgeo:pacific_ocean\tPacific\tfeature=ocean
Chile\tcountry\tCL\t\tdemonyms=Chilean
Araucanía\tlocation\tgeonames:3899463\tAraucania\tcountry=CL\tfeature=region\tpopulation=950000
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

#[test]
fn a_company_named_by_its_trade_is_an_institution() {
    let doc = run(
        "Marquesa Ferry Lines, a coastal operator, sent two boats, and Kestrel \
         Analytics paid for the fuel.",
    );
    assert!(
        has(&doc, EntityType::Organization, "Marquesa Ferry Lines"),
        "{:?}",
        names(&doc)
    );
    assert!(
        has(&doc, EntityType::Organization, "Kestrel Analytics"),
        "{:?}",
        names(&doc)
    );
    let doc = run(
        "Volunteers from the Hollin Bay Co-op painted the hall, while Tarn \
         Design Studio printed the posters.",
    );
    assert!(
        has(&doc, EntityType::Organization, "Hollin Bay Co-op"),
        "{:?}",
        names(&doc)
    );
    assert!(
        has(&doc, EntityType::Organization, "Tarn Design Studio"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn command_archdiocese_and_county_government_end_an_institution() {
    let doc = run(
        "The Southern Naval Command lent a crane, the Archdiocese of Tacloban \
         gave rice and the Marsabit County Government paid the drivers.",
    );
    for name in [
        "Southern Naval Command",
        "Archdiocese of Tacloban",
        "Marsabit County Government",
    ] {
        assert!(
            has(&doc, EntityType::Organization, name),
            "{name}: {:?}",
            names(&doc)
        );
    }
    // "Government" alone after a demonym is a description, and "Steel" a
    // surname.
    let doc = run("The Kuwaiti Government welcomed the plan, Mark Steel said.");
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Organization),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn the_legal_form_as_ends_a_company_written_in_lower_case() {
    let doc = run("The cable is made by Nordkabel Industri AS, the firm said.");
    assert!(
        has(&doc, EntityType::Organization, "Nordkabel Industri AS"),
        "{:?}",
        names(&doc)
    );
    // Its name without the legal form later is the same company.
    let doc = run(
        "Nordkabel Industri AS will lay the cable. Nordkabel Industri said the \
         work starts in May.",
    );
    let companies: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Organization)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        companies,
        vec!["Nordkabel Industri AS"],
        "{:?}",
        names(&doc)
    );
    // A headline in capitals is no company.
    let doc = run("BUDGET AS PLANNED\nThe council met on Monday.");
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Organization),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_site_keeps_its_lowercase_word() {
    let doc = run(
        "The plane landed at Beira airport, and trucks crossed the Lumbo bridge \
         to reach the Chicamba dam.",
    );
    for name in ["Beira airport", "Lumbo bridge", "Chicamba dam"] {
        assert!(
            has(&doc, EntityType::Location, name),
            "{name}: {:?}",
            names(&doc)
        );
    }
    // The town inside the site's name is no mention of its own.
    assert!(
        !has(&doc, EntityType::Location, "Beira"),
        "{:?}",
        names(&doc)
    );
    let doc = run("The ferry docked at Tacloban port before the convoy left for Kuwait City.");
    assert!(
        has(&doc, EntityType::Location, "Tacloban port"),
        "{:?}",
        names(&doc)
    );
    assert!(
        has(&doc, EntityType::Location, "Kuwait City"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_adjective_or_an_ocean_before_a_site_describes_it() {
    let doc = run("Cargo from a Pacific port reached the Caspian crossing late.");
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.name.ends_with("port") || e.name.ends_with("crossing")),
        "{:?}",
        names(&doc)
    );
    // A port with no place the gazetteer knows before it stays unnamed.
    let doc = run("The Northern port handled less grain.");
    assert!(
        !doc.entities.iter().any(|e| e.name.ends_with("port")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_paper_after_a_byline_is_the_institution() {
    let doc = run(
        "Wharf repairs approved\n\nBy Jessamy Rourke\nTallow Creek Courier\n\n\
         The council approved the repairs on Monday.",
    );
    assert!(
        has(&doc, EntityType::Organization, "Tallow Creek Courier"),
        "{:?}",
        names(&doc)
    );
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Organization && e.name.contains("Rourke")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn welsh_and_arabic_particles_stay_inside_a_name() {
    let doc = run(
        "Gwilym ap Hywel, director of the choir, said the tour would go ahead. \
         Salma bint Rashid al-Mansoori, director of the fund, said it would pay.",
    );
    for name in ["Gwilym ap Hywel", "Salma bint Rashid al-Mansoori"] {
        assert!(
            has(&doc, EntityType::Person, name),
            "{name}: {:?}",
            names(&doc)
        );
    }
}

#[test]
fn a_spanish_article_inside_a_sentence_is_part_of_the_place() {
    let doc = run("Crews from Chile fought fires across La Araucanía on Monday.");
    assert!(
        has(&doc, EntityType::Location, "La Araucanía"),
        "{:?}",
        names(&doc)
    );
    // After a capitalised word the article belongs to another name.
    let doc = run("The daily Diario La Araucanía printed the list.");
    assert!(
        !has(&doc, EntityType::Location, "La Araucanía"),
        "{:?}",
        names(&doc)
    );
}
