//! Given names written with their diacritics ("Ömer", "Ángel", "Élodie")
//! are the gazetteer's ASCII given names ("Omer", "Angel", "Elodie"), but an
//! accented word inside a place or institution name is not. Our own
//! sentences, a small gazetteer built in the test.

mod entities_support;
use entities_support::people;

use newsfacts::entities::EntityRecognizer;
use newsfacts::model::Document;

// People whose first names make "Omer", "Angel", "Elodie", "Nino" and
// "Camara" known given names.
const GAZ: &str = "Omer Tasci\tperson\tQ1\t\tcountry=TR
Angel Morales\tperson\tQ2\t\tcountry=ES
Elodie Martin\tperson\tQ3\t\tcountry=FR
Nino Ricci\tperson\tQ4\t\tcountry=IT
Camara Diallo\tperson\tQ5\t\tcountry=GN
Bahia Santos\tperson\tQ6\t\tcountry=BR
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

#[test]
fn an_accented_given_name_starts_the_name() {
    // The scan used to start at the second, ASCII given name.
    let doc = run(
        "The delegation was led by the minister, Ömer Faruk Yıldız, \
         who arrived on Sunday.",
    );
    assert_eq!(people(&doc), vec!["Ömer Faruk Yıldız"]);
    let doc = run("We met Ángel Quiroga and Élodie Ferrand at the harbour.");
    assert_eq!(people(&doc), vec!["Ángel Quiroga", "Élodie Ferrand"]);
}

#[test]
fn an_accented_word_inside_another_name_is_no_given_name() {
    // After "the", after a capitalised word or abbreviation, after a
    // locative word with no apposition or verb of saying after the name.
    let doc = run("Seeds came from the Cámara Forestal del Sur last week.");
    assert!(people(&doc).is_empty(), "{:?}", people(&doc));
    let doc = run("The bell of Sto. Niño Chapel rang at noon.");
    assert!(people(&doc).is_empty(), "{:?}", people(&doc));
    let doc = run("The ferry stopped at Bahía Verde on its way north.");
    assert!(people(&doc).is_empty(), "{:?}", people(&doc));
    // A verb of saying after the surname makes the name a person's again.
    let doc = run("The letter was signed by Ángel Quiroga, who runs the port.");
    assert_eq!(people(&doc), vec!["Ángel Quiroga"]);
}
