//! The plain data types that flow between pipeline stages.
//!
//! A [`Document`] is created by the input stage and then annotated in place by
//! each stage in turn (sentences → entities → timexes → events), in the style
//! of spaCy's pipeline. Output writers read it at the end.
//!
//! **Offsets.** Every [`Span`] inside the pipeline is a *byte* range into
//! `Document::text` (cheap to slice in Rust, and what `regex`/`aho-corasick`
//! report). The output stage converts them to *character* offsets (Unicode
//! scalar values) once per document, so users see Python-compatible offsets
//! while no stage has to count characters in its hot loop.
//!
//! **References.** Annotations refer to each other by index into the
//! document's vectors (`entities[i]`, `timexes[i]`, `sentences[i]`); output
//! turns index `i` into the public id (`E{i+1}`, `T{i+1}`, …).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    /// The slice of `text` this span covers.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Where a document's date (the anchor for relative dates) came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The record's date field (JSONL/CSV input).
    Record,
    /// A dateline or "Updated:" line found in the text.
    Dateline,
    /// A dateline without a year ("Dec 29 (Reuters) -"); the year is the
    /// latest in which that day falls on the weekday the lead names
    /// (`timex::find_dateline`).
    DatelineInferredYear,
    /// The `--date` command-line option.
    Option,
    /// No date known.
    #[default]
    None,
}

/// Where in the input a document came from, for error reports and ids.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SourceRef {
    /// Input path as given (or `-` for stdin).
    pub file: String,
    /// 1-based line (JSONL) or record number (CSV, header excluded); 0 for whole-file inputs.
    pub line: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Location,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Country => "country",
            EntityType::Location => "location",
        }
    }
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "person" => Some(EntityType::Person),
            "organization" => Some(EntityType::Organization),
            "country" => Some(EntityType::Country),
            "location" => Some(EntityType::Location),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntitySource {
    Gazetteer,
    Pattern,
}

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Index into `Document::sentences`.
    pub sentence: usize,
}

/// A person, organization, country or location, with all its mentions in the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub kind: EntityType,
    /// Canonical name ("United Kingdom" for "Britain").
    pub name: String,
    /// ISO 3166-1 alpha-2 for countries, else the gazetteer id, or None.
    pub kb_id: Option<String>,
    pub source: EntitySource,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Extra facts, e.g. `country` (ISO code), `role`.
    pub attributes: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// How a timex value was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimexAnchor {
    /// The expression is absolute ("May 21, 2020").
    Absolute,
    /// Resolved against the document date.
    Document,
    /// Resolved against an earlier timex in the text.
    PreviousTimex,
    /// Could not be resolved (no anchor); value holds X placeholders.
    Unresolved,
}

/// A temporal expression with its TIMEX3-style normalised value.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub sentence: usize,
    pub kind: TimexType,
    /// `2020-05-18`, `2020-04`, `2020-W21`, `PAST_REF`, `P3W`, `XXXX-WXX-1` …
    pub value: String,
    pub anchor: TimexAnchor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Happened,
    Planned,
    Negated,
    Reported,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Happened => "happened",
            EventStatus::Planned => "planned",
            EventStatus::Negated => "negated",
            EventStatus::Reported => "reported",
        }
    }
}

/// How an event's date was set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A timex in the trigger's own sentence.
    SameSentence,
    /// A timex in another sentence that mentions the same event.
    LinkedSentence,
    /// No date could be supported by the text.
    None,
}

/// One filled role of an event.
#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    pub role: String,
    pub span: Span,
    /// Index into `Document::entities` when the argument is an entity.
    pub entity: Option<usize>,
    /// A normalised value where the role has one (mode `online`, amount `USD 1500000`), else None.
    pub value: Option<String>,
}

/// A dated event produced by an event rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Event type: `donation`, `meeting`, `visit`, `agreement`, `statement`, or user-defined.
    pub kind: String,
    pub status: EventStatus,
    /// TIMEX3 value, or None.
    pub date: Option<String>,
    /// Index into `Document::timexes` of the timex that dated the event.
    pub timex: Option<usize>,
    pub date_basis: DateBasis,
    pub trigger: Span,
    /// Sentence of the trigger.
    pub sentence: usize,
    /// Every sentence that contributed (trigger sentence first).
    pub evidence_sentences: Vec<usize>,
    pub arguments: Vec<Argument>,
    /// ISO codes of countries involved (sorted, deduplicated).
    pub countries: Vec<String>,
    /// Id of the rule that fired.
    pub rule: String,
    pub confidence: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// Direct or reported speech.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// Index into `Document::entities`.
    pub speaker: Option<usize>,
    /// The text naming the speaker where it was found ("He", "Khan").
    pub speaker_span: Option<Span>,
    /// The quoted or reported content (without quote marks).
    pub span: Span,
    pub sentence: usize,
}

/// A relation between two entities, e.g. affiliation with role "head".
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    /// `affiliation`, …
    pub kind: String,
    pub subject: usize,
    pub object: usize,
    pub role: Option<String>,
    pub sentence: usize,
}

/// One article and everything the pipeline found in it.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    pub source: SourceRef,
    /// Sentence spans, trimmed of surrounding whitespace, in text order.
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub relations: Vec<Relation>,
    /// Human-readable notes about things the pipeline could not do.
    pub warnings: Vec<String>,
}

impl Document {
    /// A bare document with only id and text, as tests and library callers build them.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Index of the sentence containing byte offset `pos` (the last sentence
    /// starting at or before it). 0 when there are no sentences.
    pub fn sentence_of(&self, pos: usize) -> usize {
        match self.sentences.partition_point(|s| s.start <= pos) {
            0 => 0,
            n => n - 1,
        }
    }
}
