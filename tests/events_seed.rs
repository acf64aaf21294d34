//! The seed article's events. Two tests: one reads the seed file and
//! annotates it by hand the way the entity and date stages should (skips with
//! a notice when the file is absent); one rebuilds the same shapes with our
//! own sentences so it always runs.

mod events_support;
use events_support::*;
use newsfacts::model::{DateBasis, EntityType, Quote, QuoteKind};
use std::path::PathBuf;

fn seed_path() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let name = "seeds/000_1256b65ea149ed4b.txt";
    let mut candidates = Vec::new();
    if let Ok(d) = std::env::var("NEWSFACTS_SEEDS") {
        candidates.push(PathBuf::from(d).join("000_1256b65ea149ed4b.txt"));
    }
    candidates.push(manifest.join("../shared").join(name));
    candidates.push(manifest.join("../../shared").join(name));
    candidates.push(PathBuf::from("/work/shared").join(name));
    candidates.into_iter().find(|p| p.exists())
}

/// The annotations the earlier stages are expected to produce on `text`.
fn annotate_seed_like(text: &str) -> events_support::B {
    doc(text)
        .org("First Affiliated Hospital of Xi'an Jiaotong University")
        .org("Second Affiliated Hospital of Xi'an Jiaotong University")
        .org("Xi'an International Medical Rehabilitation Hospital")
        .org("Hospital of the Sea")
        .org("University of Peshawar")
        .org("ZTE Foundation")
        .person("He Xijing", &["He Xijing", "He"])
        .person("Li Jinna", &["Li Jinna"])
        .person("Muhammad Asif Khan", &["Muhammad Asif Khan"])
        .country("China", "CN", &["China", "Chinese"])
        .country("Italy", "IT", &["Italy", "Italian"])
        .country("Russia", "RU", &["Russia"])
        .country("United Kingdom", "GB", &["Britain"])
        .country("Japan", "JP", &["Japan"])
        .country("Pakistan", "PK", &["Pakistan"])
        .loc("Naples", "IT")
        .loc("Padua", "IT")
        .loc("Shaanxi", "CN")
        .loc("Hebei", "CN")
}

fn check_seed_shapes(d: &newsfacts::Document, quote_start: &str, indirect_start: &str) {
    // The donation, dated by the ceremony sentence.
    let don = one(d, "donation");
    assert_eq!(role_names(d, don, "donor"), vec!["ZTE Foundation"]);
    let rec = role_names(d, don, "recipient");
    assert!(
        rec.contains(&"First Affiliated Hospital of Xi'an Jiaotong University".to_string())
            && rec.contains(&"Hospital of the Sea".to_string())
            && rec.len() == 2,
        "recipients {rec:?}"
    );
    assert_eq!(
        role(d, don, "item"),
        vec!["remote diagnosis and treatment system"]
    );
    assert_eq!(don.date.as_deref(), Some("2020-05-18"));
    assert_eq!(don.date_basis, DateBasis::LinkedSentence);
    assert_eq!(don.evidence_sentences.len(), 2);
    assert_eq!(don.countries, vec!["CN", "IT"]);

    let meetings = of(d, "meeting");
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
    let april = meetings[0];
    assert_eq!(april.date.as_deref(), Some("2020-04"));
    assert_eq!(value(april, "mode"), Some("online"));
    assert_eq!(role(d, april, "topic"), vec!["COVID-19"]);
    assert_eq!(
        role_names(d, april, "participant"),
        vec!["He Xijing", "China", "Russia", "United Kingdom", "Japan"]
    );
    assert_eq!(april.countries, vec!["CN", "GB", "JP", "RU"]);

    let may = meetings[1];
    assert_eq!(may.date.as_deref(), Some("2020-05-07"));
    assert_eq!(value(may, "mode"), Some("online"));
    let p = role_names(d, may, "participant");
    assert!(p.contains(&"Li Jinna".to_string()), "{p:?}");
    assert!(
        p.contains(&"Second Affiliated Hospital of Xi'an Jiaotong University".to_string()),
        "{p:?}"
    );
    assert!(p.contains(&"University of Peshawar".to_string()), "{p:?}");
    assert!(
        may.countries.contains(&"PK".to_string()),
        "{:?}",
        may.countries
    );

    // He's direct quote and Khan's statement.
    let he = d.entities.iter().position(|e| e.name == "He Xijing");
    let khan = d
        .entities
        .iter()
        .position(|e| e.name == "Muhammad Asif Khan");
    let direct: Vec<_> = d
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{:#?}", d.quotes);
    assert_eq!(direct[0].speaker, he);
    assert!(direct[0].span.text(&d.text).starts_with(quote_start));
    assert!(!direct[0].span.text(&d.text).ends_with(','));
    let indirect: Vec<_> = d
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect();
    // Khan's two, and the health authorities' "…, according to the
    // provincial health authorities of Shaanxi" (described, not named: no
    // speaker and no statement)
    let (khans, others): (Vec<&&Quote>, Vec<&&Quote>) =
        indirect.iter().partition(|q| q.speaker == khan);
    assert_eq!(khans.len(), 2, "{:#?}", d.quotes);
    assert!(khans[0].span.text(&d.text).starts_with(indirect_start));
    assert!(
        others
            .iter()
            .all(|q| q.speaker.is_none() && q.span.text(&d.text).starts_with("Based on remote")),
        "{others:#?}"
    );
    let statements = of(d, "statement");
    assert_eq!(statements.len(), 3);
    assert!(statements
        .iter()
        .any(|s| role_names(d, s, "speaker") == vec!["Muhammad Asif Khan"]));
    assert!(statements
        .iter()
        .any(|s| s.countries == vec!["PK"] || role_names(d, s, "speaker") == vec!["He Xijing"]));
    // Nothing else: no visit, no agreement.
    none(d, "visit");
    none(d, "agreement");
}

#[test]
fn seed_article() {
    let Some(path) = seed_path() else {
        eprintln!("skipping: seed article 000_1256b65ea149ed4b.txt not found");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read seed");
    let d = annotate_seed_like(&text)
        .timex("May 21, 2020", "2020-05-21")
        .timex("recently", "PAST_REF")
        .timex("March 18, 2020", "2020-03-18")
        .timex("Monday", "2020-05-18")
        .timex("April", "2020-04")
        .timex("May 7", "2020-05-07")
        .run();
    check_seed_shapes(&d, "We would like to share", "the exchange resulted in");
    let trace = extractor().explain(&d);
    assert!(trace.contains("donation.active"), "{trace}");
    assert!(trace.contains("merge:"), "{trace}");
}

/// The same shapes in our own words.
#[test]
fn seed_shapes_in_our_words() {
    let text = "Charity news\n\n\
China's ZTE Foundation recently donated a set of remote diagnosis and treatment system to a Chinese hospital and an Italian hospital respectively to support doctors.\n\n\
The donation ceremony was held on Monday and the beneficiaries were the First Affiliated Hospital of Xi'an Jiaotong University in northwest China's Shaanxi province and the Hospital of the Sea in Naples, Italy. The machines let doctors talk to patients far away.\n\n\
In April, He Xijing, head of the Xi'an International Medical Rehabilitation Hospital, joined a global online meeting on COVID-19. Other medical experts in attendance were from China, Russia, Britain and Japan.\n\n\
\"Our team wants to pass on what we learned about treating severe cases quickly,\" said He, who earlier worked in a field hospital.\n\n\
Li Jinna from the Second Affiliated Hospital of Xi'an Jiaotong University also shared COVID-19 prevention and control measures with Pakistan's University of Peshawar and local hospitals in an online meeting on May 7.\n\n\
Muhammad Asif Khan, vice-chancellor of the University of Peshawar, said the exchange gave his doctors useful advice about the disease in Pakistan. The advice has given local doctors new hope, he added.";
    let d = annotate_seed_like(text)
        .timex("recently", "PAST_REF")
        .timex("Monday", "2020-05-18")
        .timex("April", "2020-04")
        .timex("May 7", "2020-05-07")
        .run();
    check_seed_shapes(&d, "Our team wants", "the exchange gave");
    let _ = EntityType::Person;
}

/// The seed through the whole pipeline (real sentence, entity and date stages).
#[test]
fn seed_article_through_pipeline() {
    let Some(path) = seed_path() else {
        eprintln!("skipping: seed article 000_1256b65ea149ed4b.txt not found");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read seed");
    let pipeline = newsfacts::Pipeline::new(&newsfacts::Config::default()).expect("pipeline");
    let mut d = newsfacts::Document::new("seed", text);
    pipeline.process(&mut d);
    check_seed_shapes(&d, "We would like to share", "the exchange resulted in");
    let may = &of(&d, "meeting")[1];
    assert_eq!(may.countries, vec!["CN", "PK"]);
}
