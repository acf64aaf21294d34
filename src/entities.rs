//! Entity recognition: gazetteer matches, pattern rules for names no list
//! has, context disambiguation, within-article resolution and relations.
//!
//! Contract: [`EntityRecognizer::annotate`] reads `doc.text` and
//! `doc.sentences` and sets `doc.entities` (each entity once, with all its
//! mentions in text order; entities ordered by first mention) and
//! `doc.relations`.
//!
//! (Placeholder implementation: issue 4 replaces it.)

use crate::gazetteer::Gazetteer;
use crate::model::{Document, Entity, EntitySource, EntityType, Mention};
use anyhow::Result;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The bundled entity pattern rules.
pub const BUNDLED_ENTITY_RULES: &str = include_str!("../rules/entities.toml");

pub struct EntityRecognizer {
    gazetteer: Arc<Gazetteer>,
}

impl EntityRecognizer {
    /// `rule_sources` are `(origin, toml text)` pairs of entity pattern files.
    pub fn new(gazetteer: Arc<Gazetteer>, _rule_sources: &[(String, String)]) -> Result<Self> {
        Ok(EntityRecognizer { gazetteer })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn annotate(&self, doc: &mut Document) {
        let mut by_entry: BTreeMap<usize, usize> = BTreeMap::new();
        let mut entities: Vec<Entity> = Vec::new();
        for m in self.gazetteer.find(&doc.text) {
            let e = self.gazetteer.entry(m.entry);
            let idx = *by_entry.entry(m.entry).or_insert_with(|| {
                entities.push(Entity {
                    kind: e.kind,
                    name: e.name.clone(),
                    kb_id: Some(e.id.clone()),
                    source: EntitySource::Gazetteer,
                    mentions: Vec::new(),
                    attributes: e.attributes.clone(),
                });
                entities.len() - 1
            });
            let sentence = doc.sentence_of(m.span.start);
            entities[idx].mentions.push(Mention {
                span: m.span,
                sentence,
            });
        }
        let _ = EntityType::Person;
        doc.entities = entities;
    }
}
