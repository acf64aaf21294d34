//! The common form both gold labels and predictions are turned into before
//! scoring, so one scoring path serves `--pred FILE` and the built-in run.

use super::gold::GoldDoc;
use anyhow::{Context, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub struct EntityFact {
    pub kind: String,
    pub name: String,
    pub kb_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimexFact {
    /// Character offsets.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ArgumentFact {
    pub role: String,
    /// Strings any of which may match the other side's value: the gold value;
    /// for predictions the linked entity's name, the argument text and its
    /// normalised value.
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventFact {
    pub kind: String,
    pub status: String,
    pub date: Option<String>,
    pub trigger: String,
    /// Character offsets of the trigger; None for a prediction written
    /// without them, which can then match gold only by a shared argument.
    pub trigger_span: Option<(usize, usize)>,
    pub arguments: Vec<ArgumentFact>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuoteFact {
    pub kind: String,
    pub speaker: Option<String>,
    /// Whether `speaker` is the name of an entity (always so in gold). A
    /// prediction's unlinked speaker is only the phrase that introduced the
    /// quote ("officials", "the two governments"): it names nobody, which
    /// is what a gold `null` speaker says too.
    pub speaker_is_entity: bool,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RelationFact {
    pub kind: String,
    pub subject: String,
    pub object: String,
    pub role: Option<String>,
}

/// Everything scored for one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocFacts {
    pub id: String,
    pub entities: Vec<EntityFact>,
    pub timexes: Vec<TimexFact>,
    pub events: Vec<EventFact>,
    pub quotes: Vec<QuoteFact>,
    pub relations: Vec<RelationFact>,
    /// The pipeline panicked on the document: scored as an empty prediction,
    /// and the evaluation fails (a defect, whatever the scores).
    pub panicked: bool,
}

impl DocFacts {
    /// An empty prediction (a document missing from `--pred`).
    pub fn empty(id: &str) -> DocFacts {
        DocFacts {
            id: id.to_string(),
            ..DocFacts::default()
        }
    }
}

impl From<&GoldDoc> for DocFacts {
    fn from(g: &GoldDoc) -> DocFacts {
        DocFacts {
            id: g.id.clone(),
            panicked: false,
            entities: g
                .entities
                .iter()
                .map(|e| EntityFact {
                    kind: e.kind.clone(),
                    name: e.name.clone(),
                    kb_id: e.kb_id.clone(),
                })
                .collect(),
            timexes: g
                .timexes
                .iter()
                .map(|t| TimexFact {
                    start: t.start,
                    end: t.end,
                    text: t.text.clone(),
                    kind: t.kind.clone(),
                    value: t.value.clone(),
                })
                .collect(),
            events: g
                .events
                .iter()
                .map(|e| EventFact {
                    kind: e.kind.clone(),
                    status: e.status.clone(),
                    date: e.date.clone(),
                    trigger: e.trigger.text.clone(),
                    trigger_span: Some((e.trigger.start, e.trigger.end)),
                    arguments: e
                        .arguments
                        .iter()
                        .map(|a| ArgumentFact {
                            role: a.role.clone(),
                            values: vec![a.value.clone()],
                        })
                        .collect(),
                })
                .collect(),
            quotes: g
                .quotes
                .iter()
                .map(|q| QuoteFact {
                    kind: q.kind.clone(),
                    speaker: q.speaker.clone(),
                    speaker_is_entity: q.speaker.is_some(),
                    start: q.start,
                    end: q.end,
                    text: q.text.clone(),
                })
                .collect(),
            relations: g
                .relations
                .iter()
                .map(|r| RelationFact {
                    kind: r.kind.clone(),
                    subject: r.subject.clone(),
                    object: r.object.clone(),
                    role: r.role.clone(),
                })
                .collect(),
        }
    }
}

// The subset of the `extract` JSONL schema (src/output/json.rs) the scorer
// reads. Unknown fields are ignored so the schema can grow.
#[derive(Deserialize, Default)]
#[serde(default)]
struct PredEntity {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    name: String,
    kb_id: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PredTimex {
    text: String,
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PredTrigger {
    text: String,
    start: Option<usize>,
    end: Option<usize>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PredArgument {
    role: String,
    text: String,
    entity: Option<String>,
    value: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PredEvent {
    #[serde(rename = "type")]
    kind: String,
    status: String,
    date: Option<String>,
    trigger: PredTrigger,
    arguments: Vec<PredArgument>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PredQuote {
    kind: String,
    speaker: Option<String>,
    speaker_text: Option<String>,
    text: String,
    start: usize,
    end: usize,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PredRelation {
    #[serde(rename = "type")]
    kind: String,
    subject: String,
    object: String,
    role: Option<String>,
}

#[derive(Deserialize)]
struct PredDoc {
    id: String,
    #[serde(default)]
    entities: Vec<PredEntity>,
    #[serde(default)]
    timexes: Vec<PredTimex>,
    #[serde(default)]
    events: Vec<PredEvent>,
    #[serde(default)]
    quotes: Vec<PredQuote>,
    #[serde(default)]
    relations: Vec<PredRelation>,
}

/// Parses one `extract` JSON record into facts. Entity references (`E3`) are
/// replaced by the entity's canonical name.
pub fn facts_from_json(line: &str) -> Result<DocFacts> {
    let p: PredDoc = serde_json::from_str(line).context("parsing a prediction record")?;
    let names: HashMap<&str, &str> = p
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let name_of = |id: &str| names.get(id).map(|s| s.to_string());
    Ok(DocFacts {
        id: p.id.clone(),
        panicked: false,
        entities: p
            .entities
            .iter()
            .map(|e| EntityFact {
                kind: e.kind.clone(),
                name: e.name.clone(),
                kb_id: e.kb_id.clone(),
            })
            .collect(),
        timexes: p
            .timexes
            .iter()
            .map(|t| TimexFact {
                start: t.start,
                end: t.end,
                text: t.text.clone(),
                kind: t.kind.clone(),
                value: t.value.clone(),
            })
            .collect(),
        events: p
            .events
            .iter()
            .map(|e| EventFact {
                kind: e.kind.clone(),
                status: e.status.clone(),
                date: e.date.clone(),
                trigger: e.trigger.text.clone(),
                trigger_span: e.trigger.start.zip(e.trigger.end),
                arguments: e
                    .arguments
                    .iter()
                    // A role the gold format has no place for is not scored:
                    // the event's date is an output role, but the gold dates
                    // the event itself, which the event score already checks.
                    .filter(|a| {
                        super::gold::roles_of(&e.kind)
                            .is_none_or(|roles| roles.contains(&a.role.as_str()))
                    })
                    .map(|a| {
                        let mut values = Vec::new();
                        if let Some(n) = a.entity.as_deref().and_then(name_of) {
                            values.push(n);
                        }
                        if !a.text.is_empty() {
                            values.push(a.text.clone());
                        }
                        if let Some(v) = &a.value {
                            values.push(v.clone());
                        }
                        ArgumentFact {
                            role: a.role.clone(),
                            values,
                        }
                    })
                    .collect(),
            })
            .collect(),
        quotes: p
            .quotes
            .iter()
            .map(|q| {
                let entity = q.speaker.as_deref().and_then(name_of);
                QuoteFact {
                    kind: q.kind.clone(),
                    speaker_is_entity: entity.is_some(),
                    // An unlinked speaker is scored by the text that named it.
                    speaker: entity.or_else(|| q.speaker_text.clone()),
                    start: q.start,
                    end: q.end,
                    text: q.text.clone(),
                }
            })
            .collect(),
        relations: p
            .relations
            .iter()
            .map(|r| RelationFact {
                kind: r.kind.clone(),
                subject: name_of(&r.subject).unwrap_or_else(|| r.subject.clone()),
                object: name_of(&r.object).unwrap_or_else(|| r.object.clone()),
                role: r.role.clone(),
            })
            .collect(),
    })
}

/// Reads a predictions JSONL file (blank lines skipped). Later records with
/// an id already seen replace earlier ones.
pub fn load_predictions(path: &Path) -> Result<HashMap<String, DocFacts>> {
    let file = std::fs::File::open(path)
        .with_context(|| format!("opening predictions {}", path.display()))?;
    let mut out = HashMap::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}:{}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let facts =
            facts_from_json(&line).with_context(|| format!("{}:{}", path.display(), n + 1))?;
        out.insert(facts.id.clone(), facts);
    }
    Ok(out)
}
