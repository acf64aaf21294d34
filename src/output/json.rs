//! JSONL output: one object per document, fields in a fixed order.
//!
//! The format is documented in `docs/output.md`. Ids are derived from vector
//! indexes: entity `i` is `E{i+1}`, timex `T{i+1}`, event `V{i+1}`, quote
//! `Q{i+1}`, relation `R{i+1}`.

use super::CharOffsets;
use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
struct SpanOut {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    sentence: usize,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: EntityType,
    name: &'a str,
    kb_id: Option<&'a str>,
    source: EntitySource,
    mentions: Vec<MentionOut<'a>>,
    attributes: &'a std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
struct TimexOut<'a> {
    id: String,
    text: &'a str,
    start: usize,
    end: usize,
    sentence: usize,
    #[serde(rename = "type")]
    kind: TimexType,
    value: &'a str,
    anchor: TimexAnchor,
}

#[derive(Serialize)]
struct TriggerOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ArgumentOut<'a> {
    role: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    entity: Option<String>,
    value: Option<&'a str>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'a str,
    status: EventStatus,
    date: Option<&'a str>,
    date_basis: DateBasis,
    timex: Option<String>,
    trigger: TriggerOut<'a>,
    sentence: usize,
    evidence_sentences: &'a [usize],
    arguments: Vec<ArgumentOut<'a>>,
    countries: &'a [String],
    evidence: &'a str,
    rule: &'a str,
    confidence: f64,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: String,
    kind: QuoteKind,
    speaker: Option<String>,
    speaker_text: Option<&'a str>,
    text: &'a str,
    start: usize,
    end: usize,
    sentence: usize,
}

#[derive(Serialize)]
struct RelationOut<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'a str,
    subject: String,
    object: String,
    role: Option<&'a str>,
    sentence: usize,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    title: Option<&'a str>,
    url: Option<&'a str>,
    date: Option<String>,
    date_source: DateSource,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    sentences: Vec<SpanOut>,
    entities: Vec<EntityOut<'a>>,
    timexes: Vec<TimexOut<'a>>,
    events: Vec<EventOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    relations: Vec<RelationOut<'a>>,
    warnings: &'a [String],
}

/// Public ids, shared with the CSV writer so both formats agree.
pub fn entity_id(i: usize) -> String {
    format!("E{}", i + 1)
}
pub fn timex_id(i: usize) -> String {
    format!("T{}", i + 1)
}
pub fn event_id(i: usize) -> String {
    format!("V{}", i + 1)
}
pub fn quote_id(i: usize) -> String {
    format!("Q{}", i + 1)
}
pub fn relation_id(i: usize) -> String {
    format!("R{}", i + 1)
}

/// Options that change what a JSON record holds.
#[derive(Clone, Copy, Debug, Default)]
pub struct JsonOptions {
    /// Include the document text (`--include-text`).
    pub include_text: bool,
}

/// The JSON record of a processed document (no trailing newline).
pub fn to_json_line(doc: &Document) -> String {
    to_json_line_with(doc, JsonOptions::default())
}

pub fn to_json_line_with(doc: &Document, opts: JsonOptions) -> String {
    let t = doc.text.as_str();
    let co = CharOffsets::new(t);
    let c = |b: usize| co.get(b);
    let out = DocumentOut {
        id: &doc.id,
        title: doc.title.as_deref(),
        url: doc.url.as_deref(),
        date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
        date_source: doc.date_source,
        text: opts.include_text.then_some(t),
        sentences: doc
            .sentences
            .iter()
            .map(|s| SpanOut {
                start: c(s.start),
                end: c(s.end),
            })
            .collect(),
        entities: doc
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| EntityOut {
                id: entity_id(i),
                kind: e.kind,
                name: &e.name,
                kb_id: e.kb_id.as_deref(),
                source: e.source,
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| MentionOut {
                        start: c(m.span.start),
                        end: c(m.span.end),
                        text: m.span.text(t),
                        sentence: m.sentence,
                    })
                    .collect(),
                attributes: &e.attributes,
            })
            .collect(),
        timexes: doc
            .timexes
            .iter()
            .enumerate()
            .map(|(i, x)| TimexOut {
                id: timex_id(i),
                text: x.span.text(t),
                start: c(x.span.start),
                end: c(x.span.end),
                sentence: x.sentence,
                kind: x.kind,
                value: &x.value,
                anchor: x.anchor,
            })
            .collect(),
        events: doc
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| EventOut {
                id: event_id(i),
                kind: &e.kind,
                status: e.status,
                date: e.date.as_deref(),
                date_basis: e.date_basis,
                timex: e.timex.map(timex_id),
                trigger: TriggerOut {
                    text: e.trigger.text(t),
                    start: c(e.trigger.start),
                    end: c(e.trigger.end),
                },
                sentence: e.sentence,
                evidence_sentences: &e.evidence_sentences,
                arguments: e
                    .arguments
                    .iter()
                    .map(|a| ArgumentOut {
                        role: &a.role,
                        text: a.span.text(t),
                        start: c(a.span.start),
                        end: c(a.span.end),
                        entity: a.entity.map(entity_id),
                        value: a.value.as_deref(),
                    })
                    .collect(),
                countries: &e.countries,
                evidence: doc
                    .sentences
                    .get(e.sentence)
                    .map(|s| s.text(t))
                    .unwrap_or(""),
                rule: &e.rule,
                confidence: round3(e.confidence),
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteOut {
                id: quote_id(i),
                kind: q.kind,
                speaker: q.speaker.map(entity_id),
                speaker_text: q.speaker_span.map(|s| s.text(t)),
                text: q.span.text(t),
                start: c(q.span.start),
                end: c(q.span.end),
                sentence: q.sentence,
            })
            .collect(),
        relations: doc
            .relations
            .iter()
            .enumerate()
            .map(|(i, r)| RelationOut {
                id: relation_id(i),
                kind: &r.kind,
                subject: entity_id(r.subject),
                object: entity_id(r.object),
                role: r.role.as_deref(),
                sentence: r.sentence,
            })
            .collect(),
        warnings: &doc.warnings,
    };
    serde_json::to_string(&out).expect("serialising plain data cannot fail")
}

/// Confidence is printed with three decimals so output is stable across platforms.
fn round3(x: f32) -> f64 {
    ((x as f64) * 1000.0).round() / 1000.0
}
