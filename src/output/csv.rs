//! CSV output: one table per fact kind, written into a directory.
//!
//! Every table is keyed by `doc_id` plus the fact's id (the same ids as the
//! JSONL output) and has a fixed column order, documented in
//! `docs/output.md`. Cells a spreadsheet would run as a formula are
//! neutralised with a leading `'`; offsets are character offsets.

use super::json::{entity_id, event_id, quote_id, relation_id, timex_id};
use super::CharOffsets;
use crate::model::Document;
use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Roles that get their own column in `events.csv`, in this order. Roles of
/// user-defined event types go into the `other_roles` column as `role=value`.
pub const EVENT_ROLE_COLUMNS: &[&str] = &[
    "donor",
    "recipient",
    "item",
    "amount",
    "participant",
    "organizer",
    "topic",
    "mode",
    "visitor",
    "host",
    "party",
    "speaker",
    "content",
    "place",
];

pub const DOCUMENTS_COLUMNS: &[&str] = &[
    "doc_id",
    "title",
    "url",
    "date",
    "date_source",
    "sentences",
    "entities",
    "timexes",
    "events",
    "quotes",
    "relations",
    "warnings",
];
pub const ENTITIES_COLUMNS: &[&str] = &[
    "doc_id",
    "entity_id",
    "type",
    "name",
    "kb_id",
    "source",
    "country",
    "mention_count",
    "attributes",
];
pub const MENTIONS_COLUMNS: &[&str] = &["doc_id", "entity_id", "start", "end", "text", "sentence"];
pub const TIMEXES_COLUMNS: &[&str] = &[
    "doc_id", "timex_id", "type", "value", "anchor", "text", "start", "end", "sentence",
];
pub const EVENT_LEAD_COLUMNS: &[&str] = &[
    "doc_id",
    "event_id",
    "type",
    "status",
    "date",
    "date_basis",
    "timex_id",
    "trigger",
    "trigger_start",
    "trigger_end",
    "sentence",
    "countries",
    "rule",
    "confidence",
];
pub const EVENT_TAIL_COLUMNS: &[&str] = &["other_roles", "evidence"];
pub const EVENT_ARGUMENTS_COLUMNS: &[&str] = &[
    "doc_id",
    "event_id",
    "role",
    "text",
    "start",
    "end",
    "entity_id",
    "value",
];
pub const QUOTES_COLUMNS: &[&str] = &[
    "doc_id",
    "quote_id",
    "kind",
    "speaker_id",
    "speaker_text",
    "text",
    "start",
    "end",
    "sentence",
];
pub const RELATIONS_COLUMNS: &[&str] = &[
    "doc_id",
    "relation_id",
    "type",
    "subject_id",
    "subject_name",
    "object_id",
    "object_name",
    "role",
    "sentence",
];

/// Makes a cell safe to open in a spreadsheet: text that starts like a
/// formula gets a leading apostrophe, which spreadsheets show as text.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

type Table = csv::Writer<BufWriter<File>>;

/// Writes the eight CSV tables.
pub struct CsvTables {
    documents: Table,
    entities: Table,
    mentions: Table,
    timexes: Table,
    events: Table,
    event_arguments: Table,
    quotes: Table,
    relations: Table,
}

fn open_table(dir: &Path, name: &str, columns: &[&str], bom: bool) -> Result<Table> {
    let path = dir.join(name);
    let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::new(file);
    if bom {
        // Excel reads CSV as the legacy code page unless the file starts with a BOM.
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(columns)?;
    Ok(w)
}

/// A row builder that neutralises every text cell as it is added.
struct Row(Vec<String>);

impl Row {
    fn new() -> Row {
        Row(Vec::with_capacity(16))
    }
    fn text(mut self, s: &str) -> Row {
        self.0.push(neutralise(s).into_owned());
        self
    }
    fn opt(self, s: Option<&str>) -> Row {
        self.text(s.unwrap_or(""))
    }
    fn num(mut self, n: impl ToString) -> Row {
        self.0.push(n.to_string());
        self
    }
}

impl CsvTables {
    /// Creates `dir` and the eight files with their header rows.
    pub fn create(dir: &Path, excel_bom: bool) -> Result<CsvTables> {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let events_cols: Vec<&str> = EVENT_LEAD_COLUMNS
            .iter()
            .chain(EVENT_ROLE_COLUMNS)
            .chain(EVENT_TAIL_COLUMNS)
            .copied()
            .collect();
        Ok(CsvTables {
            documents: open_table(dir, "documents.csv", DOCUMENTS_COLUMNS, excel_bom)?,
            entities: open_table(dir, "entities.csv", ENTITIES_COLUMNS, excel_bom)?,
            mentions: open_table(dir, "mentions.csv", MENTIONS_COLUMNS, excel_bom)?,
            timexes: open_table(dir, "timexes.csv", TIMEXES_COLUMNS, excel_bom)?,
            events: open_table(dir, "events.csv", &events_cols, excel_bom)?,
            event_arguments: open_table(
                dir,
                "event_arguments.csv",
                EVENT_ARGUMENTS_COLUMNS,
                excel_bom,
            )?,
            quotes: open_table(dir, "quotes.csv", QUOTES_COLUMNS, excel_bom)?,
            relations: open_table(dir, "relations.csv", RELATIONS_COLUMNS, excel_bom)?,
        })
    }

    /// Appends one document's facts to every table.
    pub fn write(&mut self, doc: &Document) -> Result<()> {
        let t = doc.text.as_str();
        let co = CharOffsets::new(t);
        let c = |b: usize| co.get(b);
        let id = doc.id.as_str();
        let date = doc.date.map(|d| d.format("%Y-%m-%d").to_string());
        let date_source = serde_json::to_value(doc.date_source)?;
        self.documents.write_record(
            Row::new()
                .text(id)
                .opt(doc.title.as_deref())
                .opt(doc.url.as_deref())
                .opt(date.as_deref())
                .text(date_source.as_str().unwrap_or(""))
                .num(doc.sentences.len())
                .num(doc.entities.len())
                .num(doc.timexes.len())
                .num(doc.events.len())
                .num(doc.quotes.len())
                .num(doc.relations.len())
                .text(&doc.warnings.join("; "))
                .0,
        )?;
        for (i, e) in doc.entities.iter().enumerate() {
            let attrs: Vec<String> = e
                .attributes
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            self.entities.write_record(
                Row::new()
                    .text(id)
                    .text(&entity_id(i))
                    .text(e.kind.as_str())
                    .text(&e.name)
                    .opt(e.kb_id.as_deref())
                    .text(if e.source == crate::model::EntitySource::Gazetteer {
                        "gazetteer"
                    } else {
                        "pattern"
                    })
                    .opt(e.attributes.get("country").map(String::as_str))
                    .num(e.mentions.len())
                    .text(&attrs.join("; "))
                    .0,
            )?;
            for m in &e.mentions {
                self.mentions.write_record(
                    Row::new()
                        .text(id)
                        .text(&entity_id(i))
                        .num(c(m.span.start))
                        .num(c(m.span.end))
                        .text(m.span.text(t))
                        .num(m.sentence)
                        .0,
                )?;
            }
        }
        for (i, x) in doc.timexes.iter().enumerate() {
            let kind = serde_json::to_value(x.kind)?;
            let anchor = serde_json::to_value(x.anchor)?;
            self.timexes.write_record(
                Row::new()
                    .text(id)
                    .text(&timex_id(i))
                    .text(kind.as_str().unwrap_or(""))
                    .text(&x.value)
                    .text(anchor.as_str().unwrap_or(""))
                    .text(x.span.text(t))
                    .num(c(x.span.start))
                    .num(c(x.span.end))
                    .num(x.sentence)
                    .0,
            )?;
        }
        for (i, e) in doc.events.iter().enumerate() {
            let basis = serde_json::to_value(e.date_basis)?;
            let arg_text = |a: &crate::model::Argument| -> String {
                match a.entity {
                    Some(ei) => doc
                        .entities
                        .get(ei)
                        .map(|en| en.name.clone())
                        .unwrap_or_default(),
                    None => a
                        .value
                        .clone()
                        .unwrap_or_else(|| a.span.text(t).to_string()),
                }
            };
            let mut row = Row::new()
                .text(id)
                .text(&event_id(i))
                .text(&e.kind)
                .text(e.status.as_str())
                .opt(e.date.as_deref())
                .text(basis.as_str().unwrap_or(""))
                .opt(e.timex.map(timex_id).as_deref())
                .text(e.trigger.text(t))
                .num(c(e.trigger.start))
                .num(c(e.trigger.end))
                .num(e.sentence)
                .text(&e.countries.join("; "))
                .text(&e.rule)
                .num(format!("{:.3}", e.confidence));
            for role in EVENT_ROLE_COLUMNS {
                let vals: Vec<String> = e
                    .arguments
                    .iter()
                    .filter(|a| a.role == *role)
                    .map(arg_text)
                    .collect();
                row = row.text(&vals.join("; "));
            }
            let other: Vec<String> = e
                .arguments
                .iter()
                .filter(|a| !EVENT_ROLE_COLUMNS.contains(&a.role.as_str()))
                .map(|a| format!("{}={}", a.role, arg_text(a)))
                .collect();
            row = row.text(&other.join("; "));
            row = row.text(
                doc.sentences
                    .get(e.sentence)
                    .map(|s| s.text(t))
                    .unwrap_or(""),
            );
            self.events.write_record(row.0)?;
            for a in &e.arguments {
                self.event_arguments.write_record(
                    Row::new()
                        .text(id)
                        .text(&event_id(i))
                        .text(&a.role)
                        .text(a.span.text(t))
                        .num(c(a.span.start))
                        .num(c(a.span.end))
                        .opt(a.entity.map(entity_id).as_deref())
                        .opt(a.value.as_deref())
                        .0,
                )?;
            }
        }
        for (i, q) in doc.quotes.iter().enumerate() {
            let kind = serde_json::to_value(q.kind)?;
            self.quotes.write_record(
                Row::new()
                    .text(id)
                    .text(&quote_id(i))
                    .text(kind.as_str().unwrap_or(""))
                    .opt(q.speaker.map(entity_id).as_deref())
                    .opt(q.speaker_span.map(|s| s.text(t)))
                    .text(q.span.text(t))
                    .num(c(q.span.start))
                    .num(c(q.span.end))
                    .num(q.sentence)
                    .0,
            )?;
        }
        for (i, r) in doc.relations.iter().enumerate() {
            let name = |ei: usize| doc.entities.get(ei).map(|e| e.name.as_str()).unwrap_or("");
            self.relations.write_record(
                Row::new()
                    .text(id)
                    .text(&relation_id(i))
                    .text(&r.kind)
                    .text(&entity_id(r.subject))
                    .text(name(r.subject))
                    .text(&entity_id(r.object))
                    .text(name(r.object))
                    .opt(r.role.as_deref())
                    .num(r.sentence)
                    .0,
            )?;
        }
        Ok(())
    }

    /// Flushes every table.
    pub fn finish(mut self) -> Result<()> {
        for t in [
            &mut self.documents,
            &mut self.entities,
            &mut self.mentions,
            &mut self.timexes,
            &mut self.events,
            &mut self.event_arguments,
            &mut self.quotes,
            &mut self.relations,
        ] {
            t.flush()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise;

    #[test]
    fn formula_cells_are_neutralised_and_others_kept() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@cmd"), "'@cmd");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\rx"), "'\rx");
        assert_eq!(neutralise("China"), "China");
        assert_eq!(neutralise(""), "");
    }
}
