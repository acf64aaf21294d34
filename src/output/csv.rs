//! CSV output: one table per fact kind, written into a directory.
//!
//! Every table is keyed by `doc_id` plus the fact's id (the same ids as the
//! JSONL output) and has a fixed column order, documented in
//! `docs/output.md`. Cells a spreadsheet would run as a formula are
//! neutralised with a leading `'`; offsets are character offsets.

use super::json::push_num;
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
    if starts_like_formula(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Whether a spreadsheet would run `cell` as a formula.
fn starts_like_formula(cell: &str) -> bool {
    matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
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
    /// The row being written, kept for its buffers.
    row: Row,
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

/// The row being built: its cells back to back in one buffer, which every
/// row of every table reuses. Why: a `String` per cell (and a `Vec` per row,
/// `format!` per id, a `serde_json::Value` per enum name) cost more than the
/// CSV writer itself (per 2,000 documents ~145M instructions against its
/// 120M). Text cells are neutralised as [`neutralise`] does.
#[derive(Default)]
struct Row {
    buf: String,
    /// Where each cell ends in `buf`.
    ends: Vec<usize>,
}

impl Row {
    /// Starts a cell; `end_text` or `end_raw` closes it.
    fn begin(&mut self) -> usize {
        self.buf.len()
    }
    /// Closes the text cell begun at `start`, neutralised in place.
    fn end_text(&mut self, start: usize) -> &mut Row {
        if starts_like_formula(&self.buf[start..]) {
            self.buf.insert(start, '\'');
        }
        self.end_raw()
    }
    /// Closes a cell that is written as is (numbers).
    fn end_raw(&mut self) -> &mut Row {
        self.ends.push(self.buf.len());
        self
    }
    fn text(&mut self, s: &str) -> &mut Row {
        let start = self.begin();
        self.buf.push_str(s);
        self.end_text(start)
    }
    fn opt(&mut self, s: Option<&str>) -> &mut Row {
        self.text(s.unwrap_or(""))
    }
    fn num(&mut self, n: usize) -> &mut Row {
        push_num(&mut self.buf, n);
        self.end_raw()
    }
    /// A public id (`E3`, as [`entity_id`] spells it), `""` for none.
    fn id(&mut self, prefix: char, index: Option<usize>) -> &mut Row {
        let start = self.begin();
        if let Some(i) = index {
            self.buf.push(prefix);
            push_num(&mut self.buf, i + 1);
        }
        self.end_text(start)
    }
    /// A cell of `items` joined by "; ", each written by `write`.
    fn joined<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut write: impl FnMut(&mut String, T),
    ) -> &mut Row {
        let start = self.begin();
        for (k, item) in items.into_iter().enumerate() {
            if k > 0 {
                self.buf.push_str("; ");
            }
            write(&mut self.buf, item);
        }
        self.end_text(start)
    }
    /// Writes the row to `table` and empties it for the next.
    fn write_to<W: Write>(&mut self, table: &mut csv::Writer<W>) -> csv::Result<()> {
        let buf = self.buf.as_bytes();
        let mut start = 0;
        let result = table.write_record(self.ends.iter().map(|&end| {
            let cell = &buf[start..end];
            start = end;
            cell
        }));
        self.buf.clear();
        self.ends.clear();
        result
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
            row: Row::default(),
        })
    }

    /// Appends one document's facts to every table.
    pub fn write(&mut self, doc: &Document) -> Result<()> {
        use super::json::{
            date_basis_str, date_source_str, entity_source_str, quote_kind_str, timex_anchor_str,
            timex_type_str,
        };
        use std::fmt::Write as _;
        let t = doc.text.as_str();
        let co = CharOffsets::new(t);
        let c = |b: usize| co.get(b);
        let id = doc.id.as_str();
        let row = &mut self.row;

        row.text(id)
            .opt(doc.title.as_deref())
            .opt(doc.url.as_deref());
        let start = row.begin();
        if let Some(d) = doc.date {
            write!(row.buf, "{}", d.format("%Y-%m-%d")).expect("a String takes any text");
        }
        row.end_text(start)
            .text(date_source_str(doc.date_source))
            .num(doc.sentences.len())
            .num(doc.entities.len())
            .num(doc.timexes.len())
            .num(doc.events.len())
            .num(doc.quotes.len())
            .num(doc.relations.len())
            .joined(&doc.warnings, |buf, w| buf.push_str(w));
        row.write_to(&mut self.documents)?;

        for (i, e) in doc.entities.iter().enumerate() {
            row.text(id)
                .id('E', Some(i))
                .text(e.kind.as_str())
                .text(&e.name)
                .opt(e.kb_id.as_deref())
                .text(entity_source_str(e.source))
                .opt(e.attributes.get("country").map(String::as_str))
                .num(e.mentions.len())
                .joined(&e.attributes, |buf, (k, v)| {
                    buf.push_str(k);
                    buf.push('=');
                    buf.push_str(v);
                });
            row.write_to(&mut self.entities)?;
            for m in &e.mentions {
                row.text(id)
                    .id('E', Some(i))
                    .num(c(m.span.start))
                    .num(c(m.span.end))
                    .text(m.span.text(t))
                    .num(m.sentence);
                row.write_to(&mut self.mentions)?;
            }
        }
        for (i, x) in doc.timexes.iter().enumerate() {
            row.text(id)
                .id('T', Some(i))
                .text(timex_type_str(x.kind))
                .text(&x.value)
                .text(timex_anchor_str(x.anchor))
                .text(x.span.text(t))
                .num(c(x.span.start))
                .num(c(x.span.end))
                .num(x.sentence);
            row.write_to(&mut self.timexes)?;
        }
        // What an argument names: its entity's name, else its value, else its text.
        fn arg_text<'a>(doc: &'a Document, a: &'a crate::model::Argument) -> &'a str {
            match a.entity {
                Some(ei) => doc.entities.get(ei).map_or("", |en| en.name.as_str()),
                None => a.value.as_deref().unwrap_or_else(|| a.span.text(&doc.text)),
            }
        }
        for (i, e) in doc.events.iter().enumerate() {
            row.text(id)
                .id('V', Some(i))
                .text(&e.kind)
                .text(e.status.as_str())
                .opt(e.date.as_deref())
                .text(date_basis_str(e.date_basis))
                .id('T', e.timex)
                .text(e.trigger.text(t))
                .num(c(e.trigger.start))
                .num(c(e.trigger.end))
                .num(e.sentence)
                .joined(&e.countries, |buf, country| buf.push_str(country))
                .text(&e.rule);
            write!(row.buf, "{:.3}", e.confidence).expect("a String takes any text");
            row.end_raw();
            for role in EVENT_ROLE_COLUMNS {
                row.joined(e.arguments.iter().filter(|a| a.role == *role), |buf, a| {
                    buf.push_str(arg_text(doc, a))
                });
            }
            row.joined(
                e.arguments
                    .iter()
                    .filter(|a| !EVENT_ROLE_COLUMNS.contains(&a.role.as_str())),
                |buf, a| {
                    buf.push_str(&a.role);
                    buf.push('=');
                    buf.push_str(arg_text(doc, a));
                },
            )
            .text(
                doc.sentences
                    .get(e.sentence)
                    .map(|s| s.text(t))
                    .unwrap_or(""),
            );
            row.write_to(&mut self.events)?;
            for a in &e.arguments {
                row.text(id)
                    .id('V', Some(i))
                    .text(&a.role)
                    .text(a.span.text(t))
                    .num(c(a.span.start))
                    .num(c(a.span.end))
                    .id('E', a.entity)
                    .opt(a.value.as_deref());
                row.write_to(&mut self.event_arguments)?;
            }
        }
        for (i, q) in doc.quotes.iter().enumerate() {
            row.text(id)
                .id('Q', Some(i))
                .text(quote_kind_str(q.kind))
                .id('E', q.speaker)
                .opt(q.speaker_span.map(|s| s.text(t)))
                .text(q.span.text(t))
                .num(c(q.span.start))
                .num(c(q.span.end))
                .num(q.sentence);
            row.write_to(&mut self.quotes)?;
        }
        for (i, r) in doc.relations.iter().enumerate() {
            let name = |ei: usize| doc.entities.get(ei).map_or("", |e| e.name.as_str());
            row.text(id)
                .id('R', Some(i))
                .text(&r.kind)
                .id('E', Some(r.subject))
                .text(name(r.subject))
                .id('E', Some(r.object))
                .text(name(r.object))
                .opt(r.role.as_deref())
                .num(r.sentence);
            row.write_to(&mut self.relations)?;
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
    use super::{neutralise, Row};

    /// The row builder writes what a record of neutralised `String` cells
    /// wrote (the writer before it), row after row in one buffer.
    #[test]
    fn rows_match_records_of_neutralised_cells() {
        let mut row = Row::default();
        let mut built = csv::Writer::from_writer(Vec::new());
        let mut want = csv::Writer::from_writer(Vec::new());
        let texts = [
            "China",
            "=SUM(A1)",
            "",
            "-2",
            "a \"quoted\", text",
            "\tx",
            "line\nbreak",
        ];
        for (k, text) in texts.iter().enumerate() {
            let others = &texts[k..];
            row.text(text)
                .opt(None)
                .num(k * 997)
                .id('E', Some(k * 1234))
                .id('T', None)
                .joined(others, |buf, s| buf.push_str(s));
            row.write_to(&mut built).unwrap();
            let record = [
                neutralise(text).into_owned(),
                String::new(),
                (k * 997).to_string(),
                super::super::json::entity_id(k * 1234),
                String::new(),
                neutralise(&others.join("; ")).into_owned(),
            ];
            want.write_record(&record).unwrap();
        }
        assert_eq!(built.into_inner().unwrap(), want.into_inner().unwrap());
    }

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
