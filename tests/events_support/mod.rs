//! Builds annotated Documents by hand for the event-stage tests: the text,
//! its sentences, entities with mentions and timexes, as the earlier stages
//! would have set them.
#![allow(dead_code)]

use chrono::NaiveDate;
use newsfacts::events::{EventExtractor, BUNDLED_EVENT_RULES};
use newsfacts::model::{
    Document, Entity, EntitySource, EntityType, Event, EventStatus, Mention, Span, Timex,
    TimexAnchor, TimexType,
};
use newsfacts::sentences::SentenceSplitter;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub fn extractor() -> &'static EventExtractor {
    static EX: OnceLock<EventExtractor> = OnceLock::new();
    EX.get_or_init(|| {
        EventExtractor::new(&[(
            "rules/events.toml".to_string(),
            BUNDLED_EVENT_RULES.to_string(),
        )])
        .expect("bundled rules load")
    })
}

pub struct B {
    pub doc: Document,
}

/// A document whose sentences come from the bundled splitter.
pub fn doc(text: &str) -> B {
    let mut d = Document::new("t", text);
    d.sentences = SentenceSplitter::new().split(text);
    d.date = NaiveDate::from_ymd_opt(2020, 5, 21);
    B { doc: d }
}

fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

impl B {
    fn taken(&self, s: Span) -> bool {
        self.doc
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|m| m.span.overlaps(s))
    }

    /// Every word-bounded occurrence of each surface form becomes a mention of
    /// the entity `name` (created if new). Longer names should be added first.
    pub fn ent(mut self, kind: EntityType, name: &str, surfaces: &[&str]) -> B {
        self.add_entity(kind, name, surfaces, None, None);
        self
    }

    pub fn person(self, name: &str, surfaces: &[&str]) -> B {
        self.ent(EntityType::Person, name, surfaces)
    }

    pub fn org(self, name: &str) -> B {
        self.ent(EntityType::Organization, name, &[name])
    }

    pub fn org_in(mut self, name: &str, country: &str) -> B {
        self.add_entity(EntityType::Organization, name, &[name], None, Some(country));
        self
    }

    pub fn loc(mut self, name: &str, country: &str) -> B {
        self.add_entity(EntityType::Location, name, &[name], None, Some(country));
        self
    }

    /// A country with its ISO code; `surfaces` may hold demonyms and short names.
    pub fn country(mut self, name: &str, code: &str, surfaces: &[&str]) -> B {
        self.add_entity(EntityType::Country, name, surfaces, Some(code), None);
        self
    }

    fn add_entity(
        &mut self,
        kind: EntityType,
        name: &str,
        surfaces: &[&str],
        kb: Option<&str>,
        country: Option<&str>,
    ) {
        let idx = match self.doc.entities.iter().position(|e| e.name == name) {
            Some(i) => i,
            None => {
                let mut attributes = BTreeMap::new();
                if let Some(c) = country {
                    attributes.insert("country".to_string(), c.to_string());
                }
                self.doc.entities.push(Entity {
                    kind,
                    name: name.to_string(),
                    kb_id: kb.map(String::from),
                    source: EntitySource::Gazetteer,
                    mentions: Vec::new(),
                    attributes,
                });
                self.doc.entities.len() - 1
            }
        };
        let text = self.doc.text.clone();
        for surface in surfaces {
            for (start, _) in text.match_indices(surface) {
                let span = Span::new(start, start + surface.len());
                if !word_bounded(&text, span.start, span.end) || self.taken(span) {
                    continue;
                }
                let sentence = self.doc.sentence_of(start);
                self.doc.entities[idx].mentions.push(Mention { span, sentence });
            }
        }
        self.doc.entities[idx]
            .mentions
            .sort_by_key(|m| m.span.start);
    }

    /// The first occurrence of `surface` is a DATE timex with `value`.
    pub fn timex(mut self, surface: &str, value: &str) -> B {
        let start = self
            .doc
            .text
            .find(surface)
            .unwrap_or_else(|| panic!("{surface:?} not in text"));
        self.push_timex(start, surface, value, TimexType::Date);
        self
    }

    /// The `n`-th (0-based) occurrence of `surface`.
    pub fn timex_nth(mut self, surface: &str, n: usize, value: &str) -> B {
        let start = self
            .doc
            .text
            .match_indices(surface)
            .nth(n)
            .unwrap_or_else(|| panic!("{surface:?} #{n} not in text"))
            .0;
        self.push_timex(start, surface, value, TimexType::Date);
        self
    }

    pub fn duration(mut self, surface: &str, value: &str) -> B {
        let start = self.doc.text.find(surface).expect("surface in text");
        self.push_timex(start, surface, value, TimexType::Duration);
        self
    }

    fn push_timex(&mut self, start: usize, surface: &str, value: &str, kind: TimexType) {
        let span = Span::new(start, start + surface.len());
        let sentence = self.doc.sentence_of(start);
        self.doc.timexes.push(Timex {
            span,
            sentence,
            kind,
            value: value.to_string(),
            anchor: TimexAnchor::Document,
        });
        self.doc.timexes.sort_by_key(|t| t.span.start);
    }

    pub fn run(mut self) -> Document {
        extractor().annotate(&mut self.doc);
        self.doc
    }
}

/// Events of one type.
pub fn of<'a>(doc: &'a Document, kind: &str) -> Vec<&'a Event> {
    doc.events.iter().filter(|e| e.kind == kind).collect()
}

/// The texts filling `role`, in order.
pub fn role<'a>(doc: &'a Document, e: &Event, role: &str) -> Vec<&'a str> {
    e.arguments
        .iter()
        .filter(|a| a.role == role)
        .map(|a| a.span.text(&doc.text))
        .collect()
}

/// The canonical entity names filling `role`.
pub fn role_names(doc: &Document, e: &Event, role: &str) -> Vec<String> {
    e.arguments
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.entity.map(|i| doc.entities[i].name.clone()))
        .collect()
}

pub fn value<'a>(e: &'a Event, role: &str) -> Option<&'a str> {
    e.arguments
        .iter()
        .find(|a| a.role == role)
        .and_then(|a| a.value.as_deref())
}

/// The single event of `kind`, panicking with the document's events otherwise.
pub fn one<'a>(doc: &'a Document, kind: &str) -> &'a Event {
    let v = of(doc, kind);
    assert_eq!(
        v.len(),
        1,
        "expected one {kind} event in {:?}, got {:#?}",
        doc.text,
        doc.events
    );
    v[0]
}

pub fn none(doc: &Document, kind: &str) {
    let v = of(doc, kind);
    assert!(
        v.is_empty(),
        "expected no {kind} event in {:?}, got {:#?}",
        doc.text,
        v
    );
}

pub fn status(doc: &Document, kind: &str) -> EventStatus {
    one(doc, kind).status
}
