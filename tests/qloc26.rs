//! Unknown places after "at" and "from" ("the damage at Keldrow", "a nurse
//! from Tamsworth"), and the companies, people and times those words take
//! as often: "an analyst at Halverd", "from Standard and Poor's", "at
//! Christmas". Our own sentences, a small gazetteer built in the test.

mod entities_support;

use entities_support::{has, names};
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Malawi\tcountry\tMW\t\tdemonyms=Malawian
Canada\tcountry\tCA\t\tdemonyms=Canadian
Quebec\tlocation\tgeonames:6115047\t\tcountry=CA\tfeature=region\tpopulation=8000000
Lilongwe\tlocation\tgeonames:927967\t\tcountry=MW\tfeature=city\tpopulation=1000000
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn no_place(doc: &Document, name: &str) {
    assert!(
        !has(doc, EntityType::Location, name),
        "{name} taken for a place: {:?}",
        names(doc)
    );
}

fn place(doc: &Document, name: &str) {
    assert!(
        has(doc, EntityType::Location, name),
        "{name} not a place: {:?}",
        names(doc)
    );
}

#[test]
fn an_unknown_name_after_at_is_a_place() {
    let doc = run(
        "Engineers counted the flood damage at Keldrow on Monday before driving \
         back to Lilongwe.",
    );
    place(&doc, "Keldrow");
    place(&doc, "Lilongwe");
}

#[test]
fn an_unknown_name_after_from_is_a_place() {
    let doc = run(
        "The money came from the estate of a retired teacher from Tamsworth \
         who died in March.",
    );
    place(&doc, "Tamsworth");
}

#[test]
fn two_words_after_at_and_a_town_before_its_region() {
    let doc = run("The customs post at Varrow Creek will open in May.");
    place(&doc, "Varrow Creek");
    let doc = run("The company will build a second mill at Pellmont, Quebec, next year.");
    place(&doc, "Pellmont");
    place(&doc, "Quebec");
}

#[test]
fn a_list_after_from_is_places() {
    let doc = run("Many farmers from Oskava and Belmire queued outside the office.");
    place(&doc, "Oskava");
    place(&doc, "Belmire");
}

#[test]
fn an_employer_after_a_role_and_at_is_no_place() {
    let doc = run(
        "\"Prices will fall,\" said one analyst at Halverd, adding that the \
         senior vice president at Drummel saw it too.",
    );
    no_place(&doc, "Halverd");
    no_place(&doc, "Drummel");
}

#[test]
fn a_company_list_after_at_or_from_is_no_place() {
    let doc = run(
        "The bonds should get a top rating from Standish and Poor's, said a \
         trader who works at Crandall, Voss and Mettler Inc.",
    );
    no_place(&doc, "Standish");
    no_place(&doc, "Crandall");
    no_place(&doc, "Voss");
}

#[test]
fn a_name_before_a_noun_or_of_after_from_is_no_place() {
    let doc = run(
        "The pilots feared fire from Veltrian attack boats, and the broker \
         got a call from Marwood of Lilongwe.",
    );
    no_place(&doc, "Veltrian");
    no_place(&doc, "Marwood");
}

#[test]
fn feasts_and_party_plurals_are_no_places() {
    let doc = run(
        "Shops will close at Christmas, and support came from Republicans in \
         the state house.",
    );
    no_place(&doc, "Christmas");
    no_place(&doc, "Republicans");
}

#[test]
fn names_before_a_plural_noun_and_a_short_title_are_no_places() {
    let doc = run(
        "Output fell at Grennock and Sarvale plants. The plan drew a \
         question from Sen. Alma Tovey.",
    );
    no_place(&doc, "Grennock");
    no_place(&doc, "Sarvale");
    no_place(&doc, "Sen");
}

#[test]
fn a_list_of_places_after_at_before_that_stays() {
    let doc = run("Generators went to villages at Korrapa and Tenmala that still have no power.");
    place(&doc, "Korrapa");
    place(&doc, "Tenmala");
}
