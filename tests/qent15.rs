//! People whose names the entity stage used to cut or miss: a first name
//! that is also a place ("Georgia"), a given-name scan that started inside a
//! name a role pattern read whole, four-word names, particles after a role,
//! honorifics and storms. Our own sentences, a small gazetteer built here.

mod entities_support;
use entities_support::{names, people};

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Georgia\tcountry\tGE\t\tdemonyms=Georgian
Georgia\tlocation\tgeonames:4197000\t\tcountry=US\tfeature=region\tpopulation=10000000
Chad\tcountry\tTD\t\tdemonyms=Chadian
Florin\tlocation\tgeonames:5349613\t\tcountry=US\tfeature=city\tpopulation=40000
Tama\tlocation\tgeonames:6822129\t\tcountry=JP\tfeature=city\tpopulation=140000
Evans Kidero\tperson\tQ11\t\tcountry=KE
Tran Van Minh\tperson\tQ9\t\tcountry=VN
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn places(doc: &Document) -> Vec<String> {
    doc.entities
        .iter()
        .filter(|e| matches!(e.kind, EntityType::Country | EntityType::Location))
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn a_place_name_before_a_surname_and_a_person_cue_is_a_given_name() {
    let doc = run(
        "Georgia Pellow, a Canadian volunteer who teaches at the clinic, \
         arrived in March.",
    );
    assert_eq!(people(&doc), vec!["Georgia Pellow"]);
    assert!(places(&doc).is_empty(), "{:?}", names(&doc));
    let doc = run(
        "\"We waited long enough,\" said Georgia Tunney, the band's chief, \
         on Tuesday.",
    );
    assert_eq!(people(&doc), vec!["Georgia Tunney"]);
    assert!(places(&doc).is_empty(), "{:?}", names(&doc));
    let doc = run("Residents listened as Georgia Tunney, who chairs the board, spoke.");
    assert_eq!(people(&doc), vec!["Georgia Tunney"]);
}

#[test]
fn a_place_name_without_a_person_cue_stays_a_place() {
    // The apposition describes no person.
    let doc = run("Georgia Power, the utility, raised its rates.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    // A verb of saying alone: a company named after its place.
    let doc = run("Florin Hydro said the first stage of the cut would take effect in May.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    // After a locative word the place is the place.
    let doc = run("The delegation flew to Georgia Tuesday, the ministry said.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    assert_eq!(places(&doc), vec!["Georgia"]);
}

#[test]
fn a_role_pattern_reads_a_name_a_given_name_scan_started_inside() {
    // "Chad" and "Evans" are given names; the role before the comma reads
    // the name from its first word.
    let doc = run(
        "The league's president, Florin Chad Vasilescu, said the pitch \
         would stay open.",
    );
    assert_eq!(people(&doc), vec!["Florin Chad Vasilescu"]);
    assert!(places(&doc).is_empty(), "{:?}", names(&doc));
    let doc = run(
        "The college's head teacher, Bryn Evans Morata, said the money \
         would pay for a teacher.",
    );
    assert_eq!(people(&doc), vec!["Bryn Evans Morata"]);
}

#[test]
fn four_word_names_are_read_whole_where_the_run_ends() {
    let doc = run("\"Money moves slowly,\" said Tran Thi Mai Huong, the fund's director.");
    assert_eq!(people(&doc), vec!["Tran Thi Mai Huong"]);
    let doc = run(
        "The flag was handed over by Tran Van Hoa de la Cruz, the council's \
         treasurer.",
    );
    assert_eq!(people(&doc), vec!["Tran Van Hoa de la Cruz"]);
    // A fourth word the gazetteer knows is no part of the name.
    let doc = run("Tran Van Hoa Binh Georgia, a city, was cited.");
    assert!(
        people(&doc).iter().all(|p| !p.contains("Georgia")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn particles_after_a_role_and_a_portfolio() {
    let doc = run(
        "A delegation led by operations director Mirjam van Dalen will travel \
         in May.",
    );
    assert_eq!(people(&doc), vec!["Mirjam van Dalen"]);
    let doc = run(
        "Spain's secretary of state for trade, Lucía Serrano de Castro, will \
         visit the port on Friday.",
    );
    assert_eq!(people(&doc), vec!["Lucía Serrano de Castro"]);
    let doc = run(
        "He met Ruritania's Minister of Industry and Trade, Mara Tollen, on \
         Tuesday.",
    );
    assert_eq!(people(&doc), vec!["Mara Tollen"]);
}

#[test]
fn honorifics_and_clergy_titles_are_not_part_of_the_name() {
    let doc = run("The trust's chairman, Haji Karim Bakhsh, said food had arrived.");
    assert_eq!(people(&doc), vec!["Karim Bakhsh"]);
    let doc = run("Its coordinator, Father Tomas Brevik, said the kitchen was open.");
    assert_eq!(people(&doc), vec!["Tomas Brevik"]);
}

#[test]
fn a_storm_named_like_a_person_or_a_town_is_neither() {
    let doc = run("Villages were still dark ten days after Cyclone Tama. \
         Hurricane Katrina Alvarez was a different storm.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    assert!(places(&doc).is_empty(), "{:?}", names(&doc));
    // The town itself is still a place.
    let doc = run("The ferry reached Tama on Monday.");
    assert_eq!(places(&doc), vec!["Tama"]);
}

fn orgs(doc: &Document) -> Vec<String> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Organization)
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn a_name_after_or_before_its_kind_of_institution_is_an_institution() {
    let doc = run(
        "The Danish shipping company Rederiet Havfrue said it would send two boats. \
         Havfrue will pay for the fuel.",
    );
    assert_eq!(orgs(&doc), vec!["Rederiet Havfrue"]);
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    // The short form joins the institution.
    let e = doc
        .entities
        .iter()
        .find(|e| e.name == "Rederiet Havfrue")
        .unwrap();
    assert_eq!(e.mentions.len(), 2);
    let doc = run("The club received a grant from the Sparkasse Tollen foundation in May.");
    assert_eq!(orgs(&doc), vec!["Sparkasse Tollen"]);
    // An adjective or a place before the kind is no name.
    let doc = run(
        "The money came from the Georgian charity and the Lisbon-based \
         foundation in May.",
    );
    assert!(orgs(&doc).is_empty(), "{:?}", names(&doc));
}

#[test]
fn units_brigades_and_faculties_are_institutions() {
    let doc = run(
        "Nurses at the Marlow Rural Health Unit and the Calder Fire Brigade \
         thanked the Faculty of Marine Science for the boats.",
    );
    assert_eq!(
        orgs(&doc),
        vec![
            "Marlow Rural Health Unit",
            "Calder Fire Brigade",
            "Faculty of Marine Science"
        ]
    );
}

#[test]
fn a_name_after_a_kind_of_place_and_of_is_no_person() {
    // "Evans" is a given name; after "the island of" the name is a place's.
    let doc = run("Boats reached the island of Evans Rock on Monday.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
}
