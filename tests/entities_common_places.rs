//! Places whose names are also ordinary words or people's names ("Cork",
//! "Mobile", "Wales", "Miranda"): the bundled lists keep them flagged
//! `common=1`, and the entity stage believes one only with a place's
//! context, never when it stands next to another capitalised word (then it
//! is part of a name the lists lack). Our own sentences, a small gazetteer
//! built in the test, plus one check that the bundled lists hold them.

mod entities_support;

use newsfacts::entities::EntityRecognizer;
use newsfacts::gazetteer::GazetteerBuilder;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Ireland\tcountry\tIE\t\tdemonyms=Irish
Cork\tlocation\tgeonames:2965140\t\tcountry=IE\tfeature=city\tpopulation=224004\tcommon=1
Mobile\tlocation\tgeonames:4076598\t\tcountry=US\tfeature=city\tpopulation=183289\tcommon=1
Wales\tlocation\tgeonames:2634895\t\tcountry=GB\tfeature=region\tadmin1=GB.WLS\tcommon=1
Miranda\tlocation\tgeonames:3632191\t\tcountry=VE\tfeature=region\tadmin1=VE.15\tcommon=1
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn places(doc: &Document) -> Vec<&str> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Location)
        .map(|e| e.name.as_str())
        .collect()
}

#[test]
fn a_flagged_place_with_a_locative_is_read() {
    let doc = run("The trade delegation flew on to Cork on Tuesday and spent two days in Wales.");
    assert_eq!(places(&doc), ["Cork", "Wales"]);
    // Leaving and reaching a place say it is one too.
    let doc = run(
        "A second ship is expected to leave Cork next month and to have reached Wales by June.",
    );
    assert_eq!(places(&doc), ["Cork", "Wales"]);
}

#[test]
fn a_flagged_place_next_to_a_capitalised_word_is_part_of_another_name() {
    // After a capitalised word: a company's or a town's longer name.
    let doc = run(
        "The grant came from Tarsis Mobile, whose chief executive spoke in Lagos. \
         Tractors were handed over to farmers outside Capitán Miranda on Friday.",
    );
    assert!(
        places(&doc)
            .iter()
            .all(|p| *p != "Mobile" && *p != "Miranda"),
        "{:?}",
        places(&doc)
    );
    // Before a capitalised word: the head of a longer name.
    let doc = run("Shares of Mobile Harbour Logistics rose after the talks.");
    assert!(!places(&doc).contains(&"Mobile"), "{:?}", places(&doc));
    // A locative first still reads the place: "in Cork City Hall" is in Cork.
    let doc = run("The ministers met in Cork after the vote.");
    assert_eq!(places(&doc), ["Cork"]);
}

#[test]
fn a_flagged_place_without_context_is_not_read() {
    let doc = run("Mobile payments rose sharply, and Miranda said the figures were good.");
    assert!(places(&doc).is_empty(), "{:?}", places(&doc));
}

#[test]
fn the_bundled_lists_hold_regions_and_cities_named_like_words() {
    let mut b = GazetteerBuilder::new();
    b.add_bundled().unwrap();
    let g = b.build().unwrap();
    for (name, country) in [
        ("Wales", "GB"),
        ("Bali", "ID"),
        ("Virginia", "US"),
        ("Cork", "IE"),
        ("Oxford", "GB"),
    ] {
        let found = g.lookup(name).iter().any(|c| {
            let i = c.entry as usize;
            g.entry_country(i) == Some(country) && g.is_common_word(i)
        });
        assert!(found, "{name} ({country}) flagged in the bundled lists");
    }
    // A direction or a landform is no region by itself, and a parish of a
    // state cut into tiny regions is dropped.
    for name in ["Central", "Delta", "German"] {
        assert!(
            g.lookup(name)
                .iter()
                .all(|c| g.entry(c.entry as usize).kind != EntityType::Location),
            "{name} is no bundled place"
        );
    }
}
