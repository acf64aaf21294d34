//! The whole bundled pipeline (sentences, entities, dates, events) on our
//! own sentences, and the lookups the end-to-end event tests share: one
//! copy instead of one per test file.
#![allow(dead_code)]

use newsfacts::model::{EntityType, Event};
use newsfacts::{Config, Document, Pipeline};
use std::sync::OnceLock;

/// Built once per test binary: loading the gazetteers is the slow part.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(&Config::default()).expect("pipeline"))
}

/// Runs the pipeline on `text` dated `date` (YYYY-MM-DD).
pub fn run(text: &str, date: &str) -> Document {
    let mut d = Document::new("t", text);
    d.date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    pipeline().process(&mut d);
    d
}

/// Every event as (type, status, trigger, date, role=text…), for failure
/// messages.
pub fn show(d: &Document) -> String {
    format!(
        "{:?}",
        d.events
            .iter()
            .map(|e| (
                e.kind.as_str(),
                e.status.as_str(),
                e.trigger.text(&d.text),
                e.date.as_deref(),
                e.arguments
                    .iter()
                    .map(|a| format!("{}={}", a.role, a.span.text(&d.text)))
                    .collect::<Vec<_>>()
            ))
            .collect::<Vec<_>>()
    )
}

/// The events of `kind` whose trigger text is `trigger`.
pub fn by_trigger<'a>(d: &'a Document, kind: &str, trigger: &str) -> Vec<&'a Event> {
    d.events
        .iter()
        .filter(|e| e.kind == kind && e.trigger.text(&d.text) == trigger)
        .collect()
}

/// The one event of `kind` whose trigger text is `trigger`.
pub fn event<'a>(d: &'a Document, kind: &str, trigger: &str) -> &'a Event {
    let evs = by_trigger(d, kind, trigger);
    assert_eq!(evs.len(), 1, "{kind} on {trigger:?}: {}", show(d));
    evs[0]
}

/// The values of `role` of the one event of `kind` on `trigger` (an
/// entity's name where the argument is linked to one), sorted.
pub fn values(d: &Document, kind: &str, trigger: &str, role: &str) -> Vec<String> {
    let mut v: Vec<String> = event(d, kind, trigger)
        .arguments
        .iter()
        .filter(|a| a.role == role)
        .map(|a| match a.entity {
            Some(x) => d.entities[x].name.clone(),
            None => a.span.text(&d.text).to_string(),
        })
        .collect();
    v.sort();
    v
}

/// How many events of `kind` there are.
pub fn kinds(d: &Document, kind: &str) -> usize {
    d.events.iter().filter(|e| e.kind == kind).count()
}

/// The entities found, as (type, name), sorted by name.
pub fn entities(d: &Document) -> Vec<(EntityType, String)> {
    let mut v: Vec<(EntityType, String)> = d
        .entities
        .iter()
        .map(|e| (e.kind, e.name.clone()))
        .collect();
    v.sort_by(|a, b| a.1.cmp(&b.1));
    v
}
