//! The seed article: people with their institutions, the six countries,
//! the institutions, and no pronoun "He" as a person.

use newsfacts::entities::{EntityRecognizer, BUNDLED_ENTITY_RULES};
use newsfacts::gazetteer::GazetteerBuilder;
use newsfacts::model::{Document, EntityType};
use newsfacts::sentences::SentenceSplitter;
use newsfacts::{Config, Pipeline};
use std::path::PathBuf;
use std::sync::Arc;

fn seed_path() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let rel = "seeds/000_1256b65ea149ed4b.txt";
    std::env::var_os("NEWSFACTS_SHARED")
        .map(|p| PathBuf::from(p).join(rel))
        .into_iter()
        .chain([
            manifest.join("../shared").join(rel),
            manifest.join("../../shared").join(rel),
            PathBuf::from("/work/shared").join(rel),
        ])
        .find(|p| p.exists())
}

/// A few facts (names, codes) for the test; the bundled gazetteer has them too.
const TEST_GAZETTEER: &str = "China\tcountry\tCN\tPRC\tdemonyms=Chinese
Italy\tcountry\tIT\t\tdemonyms=Italian
Russia\tcountry\tRU\tRussian Federation\tdemonyms=Russian
United Kingdom\tcountry\tGB\tBritain|UK|Great Britain\tdemonyms=British
Japan\tcountry\tJP\t\tdemonyms=Japanese
Pakistan\tcountry\tPK\t\tdemonyms=Pakistani
Xi'an\tlocation\tgeonames:1790630\tXian\tcountry=CN
Naples\tlocation\tgeonames:3172394\tNapoli\tcountry=IT
Padua\tlocation\tgeonames:3171728\tPadova\tcountry=IT
Peshawar\tlocation\tgeonames:1168197\t\tcountry=PK
Shaanxi\tlocation\tgeonames:1796480\t\tcountry=CN\tfeature=region
Hebei\tlocation\tgeonames:1808773\t\tcountry=CN
";

fn check(doc: &Document) {
    let find = |name: &str, kind: EntityType| {
        doc.entities
            .iter()
            .position(|e| e.name == name && e.kind == kind)
            .unwrap_or_else(|| {
                panic!(
                    "{name} ({kind:?}) not found; entities: {:#?}",
                    doc.entities
                        .iter()
                        .map(|e| (&e.name, e.kind))
                        .collect::<Vec<_>>()
                )
            })
    };
    for c in [
        "China",
        "Italy",
        "Russia",
        "United Kingdom",
        "Japan",
        "Pakistan",
    ] {
        find(c, EntityType::Country);
    }
    let he = find("He Xijing", EntityType::Person);
    let li = find("Li Jinna", EntityType::Person);
    let khan = find("Muhammad Asif Khan", EntityType::Person);
    let zte = find("ZTE Foundation", EntityType::Organization);
    let first = find(
        "First Affiliated Hospital of Xi'an Jiaotong University",
        EntityType::Organization,
    );
    let second = find(
        "Second Affiliated Hospital of Xi'an Jiaotong University",
        EntityType::Organization,
    );
    let sea = find("Hospital of the Sea", EntityType::Organization);
    let peshawar = find("University of Peshawar", EntityType::Organization);
    let rehab = find(
        "Xi'an International Medical Rehabilitation Hospital",
        EntityType::Organization,
    );
    let affiliation = |p: usize, o: usize| {
        doc.relations
            .iter()
            .find(|r| r.kind == "affiliation" && r.subject == p && r.object == o)
            .unwrap_or_else(|| panic!("no affiliation {p} → {o}: {:#?}", doc.relations))
    };
    assert_eq!(affiliation(he, rehab).role.as_deref(), Some("head"));
    affiliation(li, second);
    assert_eq!(
        affiliation(khan, peshawar).role.as_deref(),
        Some("vice-chancellor")
    );
    // Places: "in Naples, Italy", "in northwest China's Shaanxi province".
    let located = |s: usize, o: usize| {
        doc.relations
            .iter()
            .any(|r| r.kind == "located_in" && r.subject == s && r.object == o)
    };
    let naples = find("Naples", EntityType::Location);
    let shaanxi = find("Shaanxi", EntityType::Location);
    assert!(located(sea, naples), "{:#?}", doc.relations);
    assert!(located(naples, find("Italy", EntityType::Country)));
    assert!(located(first, shaanxi));
    // "said He, who …" is He Xijing; "he added" is not a mention of anyone.
    let he_mentions: Vec<&str> = doc.entities[he]
        .mentions
        .iter()
        .map(|m| m.span.text(&doc.text))
        .collect();
    assert_eq!(he_mentions, vec!["He Xijing", "He"]);
    for e in &doc.entities {
        if e.kind == EntityType::Person {
            assert_ne!(e.name, "He", "pronoun taken as a person");
        }
        for m in &e.mentions {
            assert_ne!(m.span.text(&doc.text), "he");
        }
    }
    // Countries of institutions and people.
    let country = |i: usize| {
        doc.entities[i]
            .attributes
            .get("country")
            .map(String::as_str)
    };
    assert_eq!(country(zte), Some("CN"));
    assert_eq!(country(peshawar), Some("PK"));
    assert_eq!(country(khan), Some("PK"));
    assert_eq!(country(sea), Some("IT"));
    assert_eq!(country(first), Some("CN"));
    assert_eq!(country(rehab), Some("CN"));
    assert_eq!(country(he), Some("CN"));
    // Each entity once, ordered by first mention.
    let firsts: Vec<usize> = doc
        .entities
        .iter()
        .map(|e| e.mentions[0].span.start)
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "{firsts:?}");
}

#[test]
fn seed_article_with_test_gazetteer() {
    let Some(path) = seed_path() else {
        eprintln!("skipping: seed article not found");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let mut gb = GazetteerBuilder::new();
    gb.add_tsv("test", TEST_GAZETTEER).unwrap();
    let rec = EntityRecognizer::new(
        Arc::new(gb.build().unwrap()),
        &[("bundled".into(), BUNDLED_ENTITY_RULES.into())],
    )
    .unwrap();
    let mut doc = Document::new("seed", text);
    SentenceSplitter::new().annotate(&mut doc);
    rec.annotate(&mut doc);
    for e in &doc.entities {
        eprintln!(
            "{:?} {} {:?} {:?} {:?}",
            e.kind,
            e.name,
            e.attributes,
            e.source,
            e.mentions
                .iter()
                .map(|m| m.span.text(&doc.text))
                .collect::<Vec<_>>()
        );
    }
    for r in &doc.relations {
        eprintln!(
            "{} {} → {} {:?}",
            r.kind, doc.entities[r.subject].name, doc.entities[r.object].name, r.role
        );
    }
    check(&doc);
}

#[test]
fn seed_article_with_bundled_pipeline() {
    let Some(path) = seed_path() else {
        eprintln!("skipping: seed article not found");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let pipeline = Pipeline::new(&Config::default()).unwrap();
    if pipeline.entity_recognizer().gazetteer().is_empty() {
        eprintln!("skipping: no bundled gazetteer yet");
        return;
    }
    let mut doc = Document::new("seed", text);
    pipeline.process(&mut doc);
    check(&doc);
}
