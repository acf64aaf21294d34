//! Shared set-up of the entity-stage tests: a recognizer over a small test
//! gazetteer and the bundled rules, and documents annotated by it.
#![allow(dead_code)]

use newsfacts::entities::{EntityRecognizer, BUNDLED_ENTITY_RULES};
use newsfacts::gazetteer::GazetteerBuilder;
use newsfacts::model::{Document, EntityType};
use newsfacts::sentences::SentenceSplitter;
use std::sync::Arc;

/// A recognizer over the gazetteer rows `gazetteer` (TSV) and the bundled rules.
pub fn recognizer(gazetteer: &str) -> EntityRecognizer {
    let mut gb = GazetteerBuilder::new();
    gb.add_tsv("test-gazetteer", gazetteer).unwrap();
    let sources = vec![("bundled".to_string(), BUNDLED_ENTITY_RULES.to_string())];
    EntityRecognizer::new(Arc::new(gb.build().unwrap()), &sources).unwrap()
}

/// `text` annotated by the recognizer for `gazetteer` kept in `shared`:
/// compiling the rules takes a moment, so a test binary builds it once.
pub fn annotate_shared(
    shared: &'static std::sync::OnceLock<EntityRecognizer>,
    gazetteer: &str,
    text: &str,
) -> Document {
    annotate(shared.get_or_init(|| recognizer(gazetteer)), text)
}

/// `text` split into sentences and annotated by `rec`.
pub fn annotate(rec: &EntityRecognizer, text: &str) -> Document {
    let mut doc = Document::new("t", text);
    SentenceSplitter::new().annotate(&mut doc);
    rec.annotate(&mut doc);
    doc
}

/// The entities found, as (type, name).
pub fn names(doc: &Document) -> Vec<(EntityType, String)> {
    doc.entities
        .iter()
        .map(|e| (e.kind, e.name.clone()))
        .collect()
}

/// Whether an entity of `kind` named `name` was found.
pub fn has(doc: &Document, kind: EntityType, name: &str) -> bool {
    doc.entities
        .iter()
        .any(|e| e.kind == kind && e.name == name)
}

/// The names of the persons found.
pub fn people(doc: &Document) -> Vec<String> {
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.name.clone())
        .collect()
}

/// The index of the entity named `name` (the test fails if there is none).
pub fn index(doc: &Document, name: &str) -> usize {
    doc.entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {:?}", names(doc)))
}

/// The role of `subject`'s affiliation with `object`, if any.
pub fn affiliation(doc: &Document, subject: &str, object: &str) -> Option<Option<String>> {
    let (s, o) = (index(doc, subject), index(doc, object));
    doc.relations
        .iter()
        .find(|r| r.kind == "affiliation" && r.subject == s && r.object == o)
        .map(|r| r.role.clone())
}

/// Whether the document says `subject` is located in `object`.
pub fn located_in(doc: &Document, subject: &str, object: &str) -> bool {
    let (s, o) = (index(doc, subject), index(doc, object));
    doc.relations
        .iter()
        .any(|r| r.kind == "located_in" && r.subject == s && r.object == o)
}
