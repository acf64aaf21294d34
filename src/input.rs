//! Reading documents: files, directories and stdin, as plain text, JSONL or
//! CSV, optionally gzip- or zstd-compressed.
//!
//! Contract: [`DocumentReader`] is an iterator of [`InputItem`]s in input
//! order: directories are walked recursively in sorted path order, and every
//! input record yields exactly one item — a [`Document`] ready for the
//! pipeline, or an [`InputError`] saying which file and line/record is bad and
//! why. Nothing is skipped silently. Records are read one at a time, so
//! memory does not grow with the input size.

use crate::model::{DateSource, Document, SourceRef};
use chrono::NaiveDate;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The record formats newsfacts reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// One article per file.
    Txt,
    /// One JSON object per line.
    Jsonl,
    /// One JSON document: an array of records or a single record object
    /// (the position in the array stands for the line number). A `.json`
    /// file that is not one JSON document is read as JSONL: exports often
    /// name JSON lines `.json`.
    Json,
    /// A header row, then one article per row.
    Csv,
}

/// Names of the record fields to read (JSONL keys, CSV columns).
#[derive(Clone, Debug)]
pub struct FieldNames {
    pub id: String,
    pub text: String,
    pub title: String,
    pub date: String,
    pub url: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            id: "id".into(),
            text: "text".into(),
            title: "title".into(),
            date: "date".into(),
            url: "url".into(),
        }
    }
}

/// What to read and how.
#[derive(Clone, Debug, Default)]
pub struct InputOptions {
    /// Paths; `-` (or an empty list) is stdin.
    pub paths: Vec<String>,
    /// Overrides detection by extension. Stdin defaults to JSONL.
    pub format: Option<InputFormat>,
    pub fields: FieldNames,
}

/// A record that could not become a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub source: SourceRef,
    /// The record's id when it could be read.
    pub id: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.source.line > 0 {
            write!(
                f,
                "{}:{}: {}",
                self.source.file, self.source.line, self.reason
            )
        } else {
            write!(f, "{}: {}", self.source.file, self.reason)
        }
    }
}

/// One input record's outcome.
pub type InputItem = Result<Document, InputError>;

/// Format of a path from its extension, looking through `.gz`/`.zst`.
pub fn detect_format(path: &Path) -> Option<InputFormat> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "txt" | "text" => Some(InputFormat::Txt),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        "json" => Some(InputFormat::Json),
        "csv" => Some(InputFormat::Csv),
        _ => None,
    }
}

/// Opens a file, decompressing by extension.
fn open_decoded(path: &Path) -> io::Result<Box<dyn Read + Send>> {
    let f = File::open(path)?;
    let name = path.to_string_lossy().to_ascii_lowercase();
    Ok(if name.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(f)))
    } else if name.ends_with(".zst") {
        Box::new(zstd::stream::read::Decoder::new(f)?)
    } else {
        Box::new(f)
    })
}

/// One unit of work for the reader: a file (with the id base) or stdin.
#[derive(Debug)]
struct Source {
    /// Display name (`-` for stdin).
    display: String,
    /// Path on disk; None for stdin.
    path: Option<PathBuf>,
    /// Id for whole-file (txt) documents: the path relative to the argument.
    txt_id: String,
    format: Option<InputFormat>,
}

enum Current {
    None,
    Lines {
        reader: Box<dyn BufRead + Send>,
        display: String,
        line: u64,
    },
    Csv {
        reader: csv::Reader<Box<dyn Read + Send>>,
        display: String,
        header: Vec<String>,
        record: u64,
    },
    /// The elements of a JSON array.
    Records {
        items: std::vec::IntoIter<serde_json::Value>,
        display: String,
        record: u64,
    },
}

/// Streams [`InputItem`]s from all inputs in order.
pub struct DocumentReader {
    sources: std::vec::IntoIter<Result<Source, InputError>>,
    current: Current,
    forced: Option<InputFormat>,
    fields: FieldNames,
    buf: Vec<u8>,
}

impl DocumentReader {
    /// Resolves the paths (walking directories) and prepares to read.
    /// A missing path is reported as an item, not a failure of the whole run.
    pub fn new(opts: &InputOptions) -> DocumentReader {
        let mut sources = Vec::new();
        let paths: Vec<String> = if opts.paths.is_empty() {
            vec!["-".to_string()]
        } else {
            opts.paths.clone()
        };
        for p in paths {
            if p == "-" {
                sources.push(Ok(Source {
                    display: "-".into(),
                    path: None,
                    txt_id: "-".into(),
                    format: Some(opts.format.unwrap_or(InputFormat::Jsonl)),
                }));
                continue;
            }
            let root = PathBuf::from(&p);
            if root.is_dir() {
                let walker = walkdir::WalkDir::new(&root)
                    .sort_by_file_name()
                    .follow_links(true);
                for entry in walker {
                    match entry {
                        Ok(e) if e.file_type().is_file() => {
                            let rel = e.path().strip_prefix(&root).unwrap_or(e.path());
                            let format = opts.format.or_else(|| detect_format(e.path()));
                            // Files of unknown type inside a folder (README, .DS_Store) are
                            // not articles; files named explicitly always are read.
                            if format.is_none() {
                                continue;
                            }
                            sources.push(Ok(Source {
                                display: e.path().display().to_string(),
                                path: Some(e.path().to_path_buf()),
                                txt_id: rel.to_string_lossy().replace('\\', "/"),
                                format,
                            }));
                        }
                        Ok(_) => {}
                        Err(err) => sources.push(Err(InputError {
                            source: SourceRef {
                                file: err
                                    .path()
                                    .map(|p| p.display().to_string())
                                    .unwrap_or(p.clone()),
                                line: 0,
                            },
                            id: None,
                            reason: format!("cannot read directory entry: {err}"),
                        })),
                    }
                }
            } else {
                sources.push(Ok(Source {
                    display: p.clone(),
                    txt_id: p.clone(),
                    format: opts.format.or_else(|| detect_format(&root)),
                    path: Some(root),
                }));
            }
        }
        DocumentReader {
            sources: sources.into_iter(),
            current: Current::None,
            forced: opts.format,
            fields: opts.fields.clone(),
            buf: Vec::new(),
        }
    }

    /// Starts reading a source; whole-file documents are returned at once.
    fn open(&mut self, src: Source) -> Option<InputItem> {
        let err = |reason: String| InputError {
            source: SourceRef {
                file: src.display.clone(),
                line: 0,
            },
            id: None,
            reason,
        };
        let reader: Box<dyn Read + Send> = match &src.path {
            None => Box::new(io::stdin()),
            Some(p) => match open_decoded(p) {
                Ok(r) => r,
                Err(e) => return Some(Err(err(format!("cannot open: {e}")))),
            },
        };
        let format = match src.format.or(self.forced) {
            Some(f) => f,
            None => {
                return Some(Err(err(
                    "unknown input format (expected .txt, .jsonl, .ndjson or .csv, optionally .gz/.zst; or use --input-format)".into(),
                )))
            }
        };
        match format {
            InputFormat::Txt => {
                let mut bytes = Vec::new();
                let mut reader = reader;
                if let Err(e) = reader.read_to_end(&mut bytes) {
                    return Some(Err(err(format!("cannot read: {e}"))));
                }
                let text = match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        return Some(Err(InputError {
                            id: Some(src.txt_id.clone()),
                            ..err(format!(
                                "invalid UTF-8 at byte {}",
                                e.utf8_error().valid_up_to()
                            ))
                        }))
                    }
                };
                if text.trim().is_empty() {
                    return Some(Err(InputError {
                        id: Some(src.txt_id.clone()),
                        ..err("empty text".into())
                    }));
                }
                let mut doc = Document::new(src.txt_id, text);
                doc.source = SourceRef {
                    file: src.display,
                    line: 0,
                };
                Some(Ok(doc))
            }
            InputFormat::Jsonl => {
                self.current = Current::Lines {
                    reader: Box::new(BufReader::with_capacity(1 << 16, reader)),
                    display: src.display,
                    line: 0,
                };
                None
            }
            InputFormat::Json => {
                let mut bytes = Vec::new();
                let mut reader = reader;
                if let Err(e) = reader.read_to_end(&mut bytes) {
                    return Some(Err(err(format!("cannot read: {e}"))));
                }
                let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
                match serde_json::from_slice::<serde_json::Value>(body) {
                    Ok(serde_json::Value::Array(items)) => {
                        self.current = Current::Records {
                            items: items.into_iter(),
                            display: src.display,
                            record: 0,
                        };
                        None
                    }
                    Ok(value @ serde_json::Value::Object(_)) => {
                        let source = SourceRef {
                            file: src.display,
                            line: 1,
                        };
                        Some(record_from_value(value, source, &self.fields))
                    }
                    // Not one document (JSON lines, or broken JSON): per line,
                    // so each bad line is reported where it is.
                    _ => {
                        self.current = Current::Lines {
                            reader: Box::new(io::Cursor::new(bytes)),
                            display: src.display,
                            line: 0,
                        };
                        None
                    }
                }
            }
            InputFormat::Csv => {
                let mut rdr = csv::ReaderBuilder::new()
                    .flexible(false)
                    .from_reader(reader);
                let header = match rdr.byte_headers() {
                    Ok(h) => h
                        .iter()
                        .map(|f| String::from_utf8_lossy(f).trim().to_string())
                        .collect::<Vec<_>>(),
                    Err(e) => return Some(Err(err(format!("cannot read CSV header: {e}")))),
                };
                if !header.contains(&self.fields.text) {
                    return Some(Err(err(format!(
                        "CSV header has no text column {:?} (columns: {}); use --text-field",
                        self.fields.text,
                        header.join(", ")
                    ))));
                }
                self.current = Current::Csv {
                    reader: rdr,
                    display: src.display,
                    header,
                    record: 0,
                };
                None
            }
        }
    }

    /// The next record of the current line- or record-based source, if any.
    fn next_record(&mut self) -> Option<InputItem> {
        match &mut self.current {
            Current::None => None,
            Current::Lines {
                reader,
                display,
                line,
            } => {
                self.buf.clear();
                match reader.read_until(b'\n', &mut self.buf) {
                    Ok(0) => {
                        self.current = Current::None;
                        None
                    }
                    Ok(_) => {
                        *line += 1;
                        let source = SourceRef {
                            file: display.clone(),
                            line: *line,
                        };
                        Some(parse_json_line(&self.buf, source, &self.fields))
                    }
                    Err(e) => {
                        *line += 1;
                        let item = InputError {
                            source: SourceRef {
                                file: display.clone(),
                                line: *line,
                            },
                            id: None,
                            reason: format!("read error: {e}"),
                        };
                        // An I/O error mid-stream (e.g. a truncated gzip) ends this source.
                        self.current = Current::None;
                        Some(Err(item))
                    }
                }
            }
            Current::Records {
                items,
                display,
                record,
            } => match items.next() {
                None => {
                    self.current = Current::None;
                    None
                }
                Some(value) => {
                    *record += 1;
                    let source = SourceRef {
                        file: display.clone(),
                        line: *record,
                    };
                    Some(record_from_value(value, source, &self.fields))
                }
            },
            Current::Csv {
                reader,
                display,
                header,
                record,
            } => {
                let mut rec = csv::ByteRecord::new();
                match reader.read_byte_record(&mut rec) {
                    Ok(false) => {
                        self.current = Current::None;
                        None
                    }
                    Ok(true) => {
                        *record += 1;
                        let source = SourceRef {
                            file: display.clone(),
                            line: *record,
                        };
                        Some(csv_record(header, &rec, source, &self.fields))
                    }
                    Err(e) => {
                        *record += 1;
                        let source = SourceRef {
                            file: display.clone(),
                            line: *record,
                        };
                        let fatal = !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. });
                        let reason = match e.kind() {
                            csv::ErrorKind::UnequalLengths {
                                expected_len, len, ..
                            } => {
                                format!("CSV record has {len} fields, header has {expected_len}")
                            }
                            _ => format!("CSV error: {e}"),
                        };
                        if fatal {
                            self.current = Current::None;
                        }
                        Some(Err(InputError {
                            source,
                            id: None,
                            reason,
                        }))
                    }
                }
            }
        }
    }
}

impl Iterator for DocumentReader {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(item) = self.next_record() {
                return Some(item);
            }
            let src = match self.sources.next()? {
                Ok(s) => s,
                Err(e) => return Some(Err(e)),
            };
            if let Some(item) = self.open(src) {
                return Some(item);
            }
        }
    }
}

/// Parses a record date: `YYYY-MM-DD`, optionally followed by a time (`T…`/space).
pub fn parse_record_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Builds a document from record fields, checking the text.
fn make_document(
    source: SourceRef,
    id: Option<String>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    fields: &FieldNames,
) -> InputItem {
    let id_or_default = id
        .clone()
        .unwrap_or_else(|| format!("{}:{}", source.file, source.line));
    let text = match text {
        Some(t) if !t.trim().is_empty() => t,
        Some(_) => {
            return Err(InputError {
                source,
                id,
                reason: format!("empty text field {:?}", fields.text),
            })
        }
        None => {
            return Err(InputError {
                source,
                id,
                reason: format!("missing text field {:?}", fields.text),
            })
        }
    };
    let mut doc = Document::new(id_or_default, text);
    doc.title = title.filter(|t| !t.is_empty());
    doc.url = url.filter(|t| !t.is_empty());
    if let Some(d) = date.filter(|d| !d.trim().is_empty()) {
        match parse_record_date(&d) {
            Some(nd) => {
                doc.date = Some(nd);
                doc.date_source = DateSource::Record;
            }
            None => doc.warnings.push(format!(
                "date field {:?} is not a YYYY-MM-DD date; ignored",
                d
            )),
        }
    }
    doc.source = source;
    Ok(doc)
}

fn parse_json_line(line: &[u8], source: SourceRef, fields: &FieldNames) -> InputItem {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let fail = |reason: String| {
        Err(InputError {
            source: source.clone(),
            id: None,
            reason,
        })
    };
    // A BOM can start a file written by Windows tools; it is not part of the record.
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    let line = match std::str::from_utf8(line) {
        Ok(l) => l,
        Err(e) => return fail(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    if line.trim().is_empty() {
        return fail("empty line".into());
    }
    // The record's own fields straight from the text: no map of every key
    // (the records carry others, `source`, `license`), no key strings.
    let mut de = serde_json::Deserializer::from_str(line);
    let parsed = serde::de::DeserializeSeed::deserialize(RecordSeed(fields), &mut de)
        .and_then(|record| de.end().map(|()| record));
    match parsed {
        Ok(Record::Object(slots)) => record_from_slots(slots, source, fields),
        Ok(Record::Other(kind)) => fail(format!("JSON record is {kind}, not an object")),
        Err(e) => fail(format!("malformed JSON: {e}")),
    }
}

/// The values of the record fields of one JSON record, in the order of
/// [`slot_of`]: id, text, title, date, url.
type Slots = [Option<serde_json::Value>; 5];

/// Which slot a key fills. A name given for two fields fills the first only,
/// as taking each field out of a parsed map in this order did.
fn slot_of(fields: &FieldNames, key: &str) -> Option<usize> {
    [
        &fields.id,
        &fields.text,
        &fields.title,
        &fields.date,
        &fields.url,
    ]
    .iter()
    .position(|name| name.as_str() == key)
}

/// One JSON record as [`record_from_slots`] needs it: the record fields of an
/// object, or the kind of anything else.
enum Record {
    Object(Slots),
    Other(&'static str),
}

/// Parses a record keeping only the values of the record fields. Every other
/// value is still parsed in full as a `serde_json::Value` and dropped, so a
/// line is accepted or rejected with the same message as when the whole
/// record was read into a `Value`; only the map of all keys is saved.
struct RecordSeed<'a>(&'a FieldNames);

impl<'de> serde::de::DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Record;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Record, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for RecordSeed<'_> {
    type Value = Record;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut slots: Slots = Default::default();
        while let Some(slot) = map.next_key_seed(KeySeed(self.0))? {
            let value: serde_json::Value = map.next_value()?;
            // A repeated key: the last value wins, as in a parsed map.
            if let Some(k) = slot {
                slots[k] = Some(value);
            }
        }
        Ok(Record::Object(slots))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Record, A::Error> {
        while seq.next_element::<serde_json::Value>()?.is_some() {}
        Ok(Record::Other("an array"))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Record, E> {
        Ok(Record::Other("a boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Record, E> {
        Ok(Record::Other("a number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Record, E> {
        Ok(Record::Other("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Record, E> {
        Ok(Record::Other("a number"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Record, E> {
        Ok(Record::Other("a string"))
    }
    fn visit_unit<E>(self) -> Result<Record, E> {
        Ok(Record::Other("null"))
    }
}

/// A key of a record object, as the slot it fills (compared in place, not
/// copied into a `String`).
struct KeySeed<'a>(&'a FieldNames);

impl<'de> serde::de::DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Option<usize>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for KeySeed<'_> {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(slot_of(self.0, key))
    }
}

/// A document from one parsed JSON record (an element of a JSON array, or a
/// `.json` file holding one record).
fn record_from_value(
    value: serde_json::Value,
    source: SourceRef,
    fields: &FieldNames,
) -> InputItem {
    let serde_json::Value::Object(mut map) = value else {
        return Err(InputError {
            source,
            id: None,
            reason: format!("JSON record is {}, not an object", json_kind(&value)),
        });
    };
    let slots = [
        &fields.id,
        &fields.text,
        &fields.title,
        &fields.date,
        &fields.url,
    ]
    .map(|name| map.remove(name));
    record_from_slots(slots, source, fields)
}

/// A document from the record fields of a JSON record.
fn record_from_slots(slots: Slots, source: SourceRef, fields: &FieldNames) -> InputItem {
    let [id, text, title, date, url] = slots;
    // Ids may be numbers in exports; anything else is not an id.
    let id = match id {
        // An empty id cannot key a fact; fall back to <file>:<line> as for a missing one.
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let string_field = |name: &str, value| -> Result<Option<String>, String> {
        match value {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(format!(
                "field {name:?} is not a string (found {})",
                json_kind(&other)
            )),
        }
    };
    let fetched = (|| {
        Ok::<_, String>((
            string_field(&fields.text, text)?,
            string_field(&fields.title, title)?,
            string_field(&fields.date, date)?,
            string_field(&fields.url, url)?,
        ))
    })();
    match fetched {
        Ok((text, title, date, url)) => make_document(source, id, text, title, date, url, fields),
        Err(reason) => Err(InputError { source, id, reason }),
    }
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

fn csv_record(
    header: &[String],
    rec: &csv::ByteRecord,
    source: SourceRef,
    fields: &FieldNames,
) -> InputItem {
    let get = |name: &str| -> Result<Option<String>, String> {
        let Some(i) = header.iter().position(|h| h == name) else {
            return Ok(None);
        };
        match rec.get(i) {
            None => Ok(None),
            Some(b) => match std::str::from_utf8(b) {
                Ok(s) => Ok(Some(s.to_string())),
                Err(e) => Err(format!(
                    "invalid UTF-8 in column {name:?} at byte {}",
                    e.valid_up_to()
                )),
            },
        }
    };
    let fetched = (|| {
        Ok::<_, String>((
            get(&fields.id)?,
            get(&fields.text)?,
            get(&fields.title)?,
            get(&fields.date)?,
            get(&fields.url)?,
        ))
    })();
    match fetched {
        Ok((id, text, title, date, url)) => make_document(
            source,
            id.filter(|s| !s.is_empty()),
            text,
            title,
            date,
            url,
            fields,
        ),
        Err(reason) => Err(InputError {
            source,
            id: None,
            reason,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_formats_through_compression_suffixes() {
        assert_eq!(
            detect_format(Path::new("a/b.jsonl.gz")),
            Some(InputFormat::Jsonl)
        );
        assert_eq!(
            detect_format(Path::new("x.NDJSON")),
            Some(InputFormat::Jsonl)
        );
        assert_eq!(
            detect_format(Path::new("x.csv.zst")),
            Some(InputFormat::Csv)
        );
        assert_eq!(detect_format(Path::new("x.txt")), Some(InputFormat::Txt));
        assert_eq!(
            detect_format(Path::new("x.json.gz")),
            Some(InputFormat::Json)
        );
        assert_eq!(detect_format(Path::new("x.gz")), None);
        assert_eq!(detect_format(Path::new("README")), None);
    }

    #[test]
    fn record_dates_accept_timestamps_but_not_garbage() {
        assert_eq!(
            parse_record_date("2020-05-21"),
            NaiveDate::from_ymd_opt(2020, 5, 21)
        );
        assert_eq!(
            parse_record_date("2020-05-21T08:00:00Z"),
            NaiveDate::from_ymd_opt(2020, 5, 21)
        );
        assert_eq!(parse_record_date("2020-05-211"), None);
        assert_eq!(parse_record_date("May 21"), None);
        assert_eq!(parse_record_date("2020-02-30"), None);
    }

    /// `parse_json_line` as it was: the whole record read into a `Value`.
    fn via_value(line: &str, source: SourceRef, fields: &FieldNames) -> InputItem {
        match serde_json::from_str(line) {
            Ok(value) => record_from_value(value, source, fields),
            Err(e) => Err(InputError {
                source,
                id: None,
                reason: format!("malformed JSON: {e}"),
            }),
        }
    }

    #[test]
    fn json_lines_read_as_through_a_value() {
        let src = SourceRef {
            file: "x.jsonl".into(),
            line: 3,
        };
        let lines = [
            r#"{"id": "a", "text": "Hello.", "source": {"x": [1, 2.5, null]}, "license": "cc"}"#,
            r#"{"id": 7, "text": "Hello.", "date": "2020-05-21", "title": "T", "url": "u"}"#,
            r#"{"id": -7.5e3, "text": "Hi\n\u00e9 \"q\"."}"#,
            r#"{"text": "one", "text": "two", "id": "x", "id": ""}"#,
            r#"{"id": true, "text": ["no"]}"#,
            r#"{"id": "a", "text": "Hello.", "title": 5}"#,
            r#"{"id": "a", "text": null, "url": {}}"#,
            r#"{"t\u0065xt": "escaped key."}"#,
            r#"{"id": "a", "text": "x", "other": "\ud800"}"#,
            r#"{"id": "a", "text": "x", "other": 1e400}"#,
            r#"{"id": "a", "text": "x"} trailing"#,
            r#"{"id": "a", "text": "x",}"#,
            r#"{"id": "a" "text": "x"}"#,
            r#"{"id": "a", "text": "x""#,
            r#"[1, {"a": 2}]"#,
            r#"[1, 2"#,
            "\"text\"",
            "12",
            "-3",
            "0.5",
            "true",
            "null",
            "{}",
            "nul",
        ];
        // Two fields read from one key: the first takes it.
        let same_name = FieldNames {
            title: "text".into(),
            url: "id".into(),
            ..FieldNames::default()
        };
        for fields in [FieldNames::default(), same_name] {
            for line in lines {
                assert_eq!(
                    format!(
                        "{:?}",
                        parse_json_line(line.as_bytes(), src.clone(), &fields)
                    ),
                    format!("{:?}", via_value(line, src.clone(), &fields)),
                    "{line}"
                );
            }
        }
    }

    #[test]
    fn json_line_errors_name_the_problem() {
        let f = FieldNames::default();
        let src = SourceRef {
            file: "x.jsonl".into(),
            line: 7,
        };
        let e = parse_json_line(b"{\"id\": 5, \"text\": 3}", src.clone(), &f).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("5"));
        assert!(e.reason.contains("not a string"), "{}", e.reason);
        let e = parse_json_line(b"[1]", src.clone(), &f).unwrap_err();
        assert_eq!(e.reason, "JSON record is an array, not an object");
        let d = parse_json_line(
            b"{\"text\": \"Hello.\", \"date\": \"bad\"}\n",
            src.clone(),
            &f,
        )
        .unwrap();
        assert_eq!(d.id, "x.jsonl:7");
        assert_eq!(d.warnings.len(), 1);
        let d =
            parse_json_line(b"\xef\xbb\xbf{\"id\": \"\", \"text\": \"Hello.\"}", src, &f).unwrap();
        assert_eq!(
            d.id, "x.jsonl:7",
            "a BOM is skipped and an empty id replaced"
        );
    }
}
