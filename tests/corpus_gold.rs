//! Validates every gold file of `corpus/articles/` (the second labeling pass):
//! strict JSON with only the documented fields, offsets inside the text that
//! slice (in characters) exactly the labeled text, valid types, roles, statuses
//! and TIMEX3 values, relations between labeled entities. See docs/corpus.md.

use newsfacts::eval::gold::{self, GoldDoc};
use std::path::{Path, PathBuf};

/// Articles present when the corpus was last counted; raise it as articles land.
const MIN_ARTICLES: usize = 232;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// `text[start:end]` in Python's sense (char indices), or None when out of range.
fn char_slice(text: &str, start: usize, end: usize) -> Option<String> {
    (start < end && end <= text.chars().count())
        .then(|| text.chars().skip(start).take(end - start).collect())
}

#[test]
fn every_gold_file_is_valid() {
    let files = gold::gold_files(&corpus_dir()).expect("corpus/articles readable");
    assert!(
        files.len() >= MIN_ARTICLES,
        "expected at least {MIN_ARTICLES} gold files, found {}",
        files.len()
    );
    let mut problems = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let article = match gold::load_article(path) {
            Ok(a) => a,
            Err(e) => {
                problems.push(format!("{name}: {e:#}"));
                continue;
            }
        };
        if !ids.insert(article.gold.id.clone()) {
            problems.push(format!("{name}: duplicate id {}", article.gold.id));
        }
        let stem = path.file_stem().unwrap().to_string_lossy();
        for e in gold::validate(&article.gold, &article.text, &stem) {
            problems.push(format!("{name}: {e}"));
        }
        // An independent check of the offsets with the simplest possible code,
        // so a bug in the validator cannot hide a bad span.
        for (start, end, want) in spans_of(&article.gold) {
            if char_slice(&article.text, start, end).as_deref() != Some(want.as_str()) {
                problems.push(format!("{name}: span [{start},{end}) is not {want:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in gold files:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn spans_of(g: &GoldDoc) -> Vec<(usize, usize, String)> {
    let mut v = Vec::new();
    for e in &g.entities {
        for m in &e.mentions {
            v.push((m.start, m.end, m.text.clone()));
        }
    }
    for t in &g.timexes {
        v.push((t.start, t.end, t.text.clone()));
    }
    for e in &g.events {
        v.push((e.trigger.start, e.trigger.end, e.trigger.text.clone()));
    }
    for q in &g.quotes {
        v.push((q.start, q.end, q.text.clone()));
    }
    v
}

#[test]
fn every_text_has_a_gold_file_and_vice_versa() {
    let dir = gold::articles_dir(&corpus_dir());
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("corpus/articles readable") {
        let path = entry.unwrap().path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let other = match ext {
            "txt" => path.with_extension("json"),
            "json" => path.with_extension("txt"),
            _ => {
                orphans.push(format!("unexpected file {}", path.display()));
                continue;
            }
        };
        if !other.exists() {
            orphans.push(format!("{} has no {}", path.display(), other.display()));
        }
    }
    assert!(orphans.is_empty(), "{}", orphans.join("\n"));
}

/// The corpus as a whole follows the contract's mix: about a third of the
/// articles carry their date only in the text.
#[test]
fn some_articles_carry_their_date_only_in_the_text() {
    let articles = gold::load_corpus(&corpus_dir()).expect("corpus loads");
    let without = articles.iter().filter(|a| !a.gold.date_in_metadata).count();
    if articles.len() >= 6 {
        assert!(
            without * 5 >= articles.len(),
            "only {without} of {} articles have date_in_metadata=false (aim for ~1/3)",
            articles.len()
        );
    }
}

// The validator itself must catch each kind of slip.
fn minimal_gold() -> (GoldDoc, String) {
    let text = "Britain's envoy Ana Lee donated masks on Monday.".to_string();
    let json = r#"{
      "id": "900-test", "title": null, "date": "2021-03-04", "date_in_metadata": true, "register": "wire",
      "entities": [
        {"type": "country", "name": "United Kingdom", "kb_id": "GB", "mentions": [{"start": 0, "end": 7, "text": "Britain"}]},
        {"type": "person", "name": "Ana Lee", "kb_id": null, "mentions": [{"start": 16, "end": 23, "text": "Ana Lee"}]}
      ],
      "timexes": [{"start": 41, "end": 47, "text": "Monday", "type": "DATE", "value": "2021-03-01"}],
      "events": [{"type": "donation", "status": "happened", "date": "2021-03-01",
                  "trigger": {"start": 24, "end": 31, "text": "donated"},
                  "arguments": [{"role": "donor", "value": "Ana Lee"}, {"role": "item", "value": "masks"}]}],
      "quotes": [],
      "relations": [{"type": "affiliation", "subject": "Ana Lee", "object": "United Kingdom", "role": "envoy"}]
    }"#;
    (serde_json::from_str(json).unwrap(), text)
}

#[test]
fn validator_accepts_a_correct_file() {
    let (g, text) = minimal_gold();
    assert_eq!(gold::validate(&g, &text, "900-test"), Vec::<String>::new());
}

#[test]
fn validator_reports_each_kind_of_error() {
    type Mutation = fn(&mut GoldDoc);
    let mutations: Vec<(&str, Mutation)> = vec![
        ("differs from the file name", |g| g.id = "901-other".into()),
        ("gold says", |g| g.timexes[0].end = 46),
        ("ends after the text", |g| {
            g.entities[1].mentions[0].end = 500
        }),
        ("is not allowed for donation", |g| {
            g.events[0].arguments[0].role = "visitor".into()
        }),
        ("unknown event type", |g| g.events[0].kind = "gift".into()),
        ("not a valid DATE value", |g| {
            g.timexes[0].value = "Monday".into()
        }),
        ("status", |g| g.events[0].status = "done".into()),
        ("is not a DATE/TIME", |g| {
            g.events[0].date = Some("P1W".into())
        }),
        ("alpha-2", |g| g.entities[0].kb_id = None),
        ("type \"city\"", |g| g.entities[1].kind = "city".into()),
        ("use the canonical name", |g| {
            g.events[0].arguments[0].value = "Britain".into()
        }),
        ("object is not the name", |g| {
            g.relations[0].object = "UK".into()
        }),
        ("needs a role", |g| g.relations[0].role = None),
        ("subject is a country", |g| {
            g.relations[0].subject = "United Kingdom".into();
            g.relations[0].object = "United Kingdom".into();
        }),
        ("register", |g| g.register = "blog".into()),
        ("not YYYY-MM-DD", |g| g.date = "2021-02-30".into()),
    ];
    for (needle, mutate) in mutations {
        let (mut g, text) = minimal_gold();
        mutate(&mut g);
        let errs = gold::validate(&g, &text, "900-test");
        assert!(
            errs.iter().any(|e| e.contains(needle)),
            "expected an error containing {needle:?}, got {errs:?}"
        );
    }
}

#[test]
fn offsets_are_characters_not_bytes() {
    // "Xi’an" has a 3-byte apostrophe: char offsets of "Li" are 10..12, byte offsets 12..14.
    let text = "In Xi\u{2019}an, Li spoke.".to_string();
    let (mut g, _) = minimal_gold();
    g.entities = vec![serde_json::from_str(
        r#"{"type": "person", "name": "Li", "kb_id": null, "mentions": [{"start": 10, "end": 12, "text": "Li"}]}"#,
    )
    .unwrap()];
    g.timexes.clear();
    g.events.clear();
    g.relations.clear();
    assert_eq!(gold::validate(&g, &text, "900-test"), Vec::<String>::new());
    g.entities[0].mentions[0].start = 12;
    g.entities[0].mentions[0].end = 14;
    assert!(!gold::validate(&g, &text, "900-test").is_empty());
}

#[test]
fn gold_json_must_be_strict_and_documented() {
    let trailing_comma = r#"{"id": "x", "title": null, "date": "2021-01-01", "date_in_metadata": true, "register": "wire",}"#;
    assert!(serde_json::from_str::<GoldDoc>(trailing_comma).is_err());
    let unknown_field = r#"{"id": "x", "title": null, "date": "2021-01-01", "date_in_metadata": true, "register": "wire", "evnets": []}"#;
    assert!(serde_json::from_str::<GoldDoc>(unknown_field).is_err());
}
