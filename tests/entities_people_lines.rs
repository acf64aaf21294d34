//! People named on the lines news puts around its text — a byline ("By
//! Jane Roe"), a press release's contact line ("Media contact: Jane Roe,
//! …") — and speakers whose names hold a particle ("said Elin ap
//! Iorwerth"), and institutions named in another language, head word
//! first ("Câmara Municipal de …", "Société … d'Électricité …"). Our own
//! sentences, a small gazetteer built in the test.

mod entities_support;

use entities_support::names;
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Chile\tcountry\tCL\t\tdemonyms=Chilean
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn people(doc: &Document) -> Vec<&str> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.name.as_str())
        .collect()
}

#[test]
fn a_byline_names_its_writer() {
    let doc = run("Ferry fares to rise\n\nBy Tamsin Okoro-Vale\n\nThe ferry company raised its fares on Monday.");
    assert_eq!(people(&doc), ["Tamsin Okoro-Vale"], "{:?}", names(&doc));
    let doc = run("By Hedda Lundqvist, Norrland Courier\nTuesday 3 March\n\nThe council met.");
    assert_eq!(people(&doc), ["Hedda Lundqvist"], "{:?}", names(&doc));
}

#[test]
fn a_sentence_opening_with_by_is_no_byline() {
    let doc = run("By Christmas Day, the harbour had reopened.\nThe council met.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
    let doc = run("By Easter Monday the roads were clear.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
}

#[test]
fn a_press_contact_is_a_person() {
    let doc = run("The grants open in May.\n\nMedia contact: Oskar Vilde, head of communications, press@example.org");
    assert_eq!(people(&doc), ["Oskar Vilde"], "{:?}", names(&doc));
    let doc = run("Press contact: Marta Quell (+56 2 555 0101)");
    assert_eq!(people(&doc), ["Marta Quell"], "{:?}", names(&doc));
}

#[test]
fn a_speaker_with_a_particle_keeps_it() {
    let doc = run("\"The choir sings better every year,\" said Gwenllian ap Rhys, its conductor.");
    assert_eq!(people(&doc), ["Gwenllian ap Rhys"], "{:?}", names(&doc));
    let doc = run("The port will reopen, said Tomás de la Serna.");
    assert_eq!(people(&doc), ["Tomás de la Serna"], "{:?}", names(&doc));
}

#[test]
fn an_institution_named_in_another_language_keeps_its_whole_name() {
    let doc = run("The Câmara Municipal de Ponte da Barca paid for the ferry, and Escola Básica Lindoso got R$ 20,000.");
    let orgs: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Organization)
        .map(|e| e.name.as_str())
        .collect();
    assert!(
        orgs.contains(&"Câmara Municipal de Ponte da Barca"),
        "{orgs:?}"
    );
    // The name ends before a currency sign: "R$" is no word of it.
    assert!(!orgs.iter().any(|o| o.ends_with(" R")), "{orgs:?}");
    let doc =
        run("The plant belongs to Société Nationale d'Électricité de Kinshasa, its director said.");
    assert!(
        has_org(&doc, "Société Nationale d'Électricité de Kinshasa"),
        "{:?}",
        names(&doc)
    );
}

fn has_org(doc: &Document, name: &str) -> bool {
    doc.entities
        .iter()
        .any(|e| e.kind == EntityType::Organization && e.name == name)
}

#[test]
fn a_speaker_described_by_words_no_list_holds_is_a_person() {
    let doc = run("Tendai Mlambo, a ruling party member of the budget committee, said the loan was too costly.");
    assert_eq!(people(&doc), ["Tendai Mlambo"], "{:?}", names(&doc));
    // Without a verb of saying the apposition alone proves nothing.
    let doc = run("Harbour Lights, a popular party venue of the town, closed.");
    assert!(people(&doc).is_empty(), "{:?}", names(&doc));
}

#[test]
fn a_head_first_institution_without_its_place_is_the_full_name() {
    let doc = run(
        "The Câmara Municipal de Ponte da Barca paid for the ferry. \
         Engineers from the Câmara Municipal will inspect it in May.",
    );
    let camara: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.name.starts_with("Câmara Municipal"))
        .collect();
    assert_eq!(camara.len(), 1, "{:?}", names(&doc));
    assert_eq!(camara[0].name, "Câmara Municipal de Ponte da Barca");
    assert_eq!(camara[0].mentions.len(), 2, "{:?}", names(&doc));
}
