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
