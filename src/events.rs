//! Event rules: triggers and role patterns kept as data (TOML in `rules/`),
//! applied to the entities and timexes found by earlier stages.
//!
//! Contract: [`EventExtractor::annotate`] reads everything the earlier stages
//! set and sets `doc.events` and `doc.quotes`.
//!
//! (Placeholder implementation: issue 6 replaces it.)

use crate::model::Document;
use anyhow::Result;

/// The bundled event rules.
pub const BUNDLED_EVENT_RULES: &str = include_str!("../rules/events.toml");

pub struct EventExtractor {}

impl EventExtractor {
    /// `sources` are `(origin, toml text)` pairs of rule files.
    pub fn new(_sources: &[(String, String)]) -> Result<EventExtractor> {
        Ok(EventExtractor {})
    }

    pub fn annotate(&self, doc: &mut Document) {
        doc.events.clear();
        doc.quotes.clear();
    }
}

impl EventExtractor {
    /// A human-readable trace of which rules fired on which sentence and which
    /// slots they filled (`newsfacts explain`). `doc` must have gone through
    /// the earlier stages.
    pub fn explain(&self, doc: &Document) -> String {
        format!("{} sentences; no event rules loaded\n", doc.sentences.len())
    }
}

/// Validates one rule file alone (`newsfacts rules check FILE`); returns a
/// one-line summary such as "5 event types, 23 rules".
pub fn check_rule_source(origin: &str, text: &str) -> Result<String> {
    EventExtractor::new(&[(origin.to_string(), text.to_string())])?;
    Ok("ok".to_string())
}
