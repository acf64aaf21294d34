//! JSONL output: one object per document, fields in a fixed order.
//!
//! The format is documented in `docs/output.md`. Ids are derived from vector
//! indexes: entity `i` is `E{i+1}`, timex `T{i+1}`, event `V{i+1}`, quote
//! `Q{i+1}`, relation `R{i+1}`.
//!
//! The record is written straight into one `String`, field by field, rather
//! than built as serde structs and serialised: a record holds every mention
//! and the evidence sentence of every event, and the intermediate structs,
//! id strings and generic serialiser cost more than the text itself. The
//! bytes are exactly what `serde_json::to_string` wrote for those structs
//! (compact, same key order, same escaping, same number spelling); the
//! tests at the end compare both writers.

use super::CharOffsets;
use crate::model::*;

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
    let mut out = String::new();
    write_json_line(doc, opts, &mut out);
    out
}

/// Appends the JSON record of `doc` (no trailing newline) to `out`, so a
/// caller can reuse one buffer for many documents.
pub fn write_json_line(doc: &Document, opts: JsonOptions, out: &mut String) {
    let t = doc.text.as_str();
    let co = CharOffsets::new(t);
    let c = |b: usize| co.get(b);
    // Records run about five times the text (mentions and evidence repeat it).
    out.reserve(t.len() * 5 + 256);
    let w = &mut Writer { out };

    w.raw("{\"id\":");
    w.str(&doc.id);
    w.raw(",\"title\":");
    w.opt_str(doc.title.as_deref());
    w.raw(",\"url\":");
    w.opt_str(doc.url.as_deref());
    w.raw(",\"date\":");
    match doc.date {
        Some(d) => w.str(&d.format("%Y-%m-%d").to_string()),
        None => w.raw("null"),
    }
    w.raw(",\"date_source\":");
    w.quoted(date_source_str(doc.date_source));
    if opts.include_text {
        w.raw(",\"text\":");
        w.str(t);
    }

    w.raw(",\"sentences\":[");
    for (k, s) in doc.sentences.iter().enumerate() {
        w.sep(k);
        w.raw("{\"start\":");
        w.num(c(s.start));
        w.raw(",\"end\":");
        w.num(c(s.end));
        w.raw("}");
    }

    w.raw("],\"entities\":[");
    for (i, e) in doc.entities.iter().enumerate() {
        w.sep(i);
        w.raw("{\"id\":");
        w.id('E', i);
        w.raw(",\"type\":");
        w.quoted(e.kind.as_str());
        w.raw(",\"name\":");
        w.str(&e.name);
        w.raw(",\"kb_id\":");
        w.opt_str(e.kb_id.as_deref());
        w.raw(",\"source\":");
        w.quoted(entity_source_str(e.source));
        w.raw(",\"mentions\":[");
        for (k, m) in e.mentions.iter().enumerate() {
            w.sep(k);
            w.raw("{\"start\":");
            w.num(c(m.span.start));
            w.raw(",\"end\":");
            w.num(c(m.span.end));
            w.raw(",\"text\":");
            w.str(m.span.text(t));
            w.raw(",\"sentence\":");
            w.num(m.sentence);
            w.raw("}");
        }
        w.raw("],\"attributes\":{");
        for (k, (key, value)) in e.attributes.iter().enumerate() {
            w.sep(k);
            w.str(key);
            w.raw(":");
            w.str(value);
        }
        w.raw("}}");
    }

    w.raw("],\"timexes\":[");
    for (i, x) in doc.timexes.iter().enumerate() {
        w.sep(i);
        w.raw("{\"id\":");
        w.id('T', i);
        w.raw(",\"text\":");
        w.str(x.span.text(t));
        w.raw(",\"start\":");
        w.num(c(x.span.start));
        w.raw(",\"end\":");
        w.num(c(x.span.end));
        w.raw(",\"sentence\":");
        w.num(x.sentence);
        w.raw(",\"type\":");
        w.quoted(timex_type_str(x.kind));
        w.raw(",\"value\":");
        w.str(&x.value);
        w.raw(",\"anchor\":");
        w.quoted(timex_anchor_str(x.anchor));
        w.raw("}");
    }

    w.raw("],\"events\":[");
    for (i, e) in doc.events.iter().enumerate() {
        w.sep(i);
        w.raw("{\"id\":");
        w.id('V', i);
        w.raw(",\"type\":");
        w.str(&e.kind);
        w.raw(",\"status\":");
        w.quoted(e.status.as_str());
        w.raw(",\"date\":");
        w.opt_str(e.date.as_deref());
        w.raw(",\"date_basis\":");
        w.quoted(date_basis_str(e.date_basis));
        w.raw(",\"timex\":");
        w.opt_id('T', e.timex);
        w.raw(",\"trigger\":{\"text\":");
        w.str(e.trigger.text(t));
        w.raw(",\"start\":");
        w.num(c(e.trigger.start));
        w.raw(",\"end\":");
        w.num(c(e.trigger.end));
        w.raw("},\"sentence\":");
        w.num(e.sentence);
        w.raw(",\"evidence_sentences\":[");
        for (k, s) in e.evidence_sentences.iter().enumerate() {
            w.sep(k);
            w.num(*s);
        }
        w.raw("],\"arguments\":[");
        for (k, a) in e.arguments.iter().enumerate() {
            w.sep(k);
            w.raw("{\"role\":");
            w.str(&a.role);
            w.raw(",\"text\":");
            w.str(a.span.text(t));
            w.raw(",\"start\":");
            w.num(c(a.span.start));
            w.raw(",\"end\":");
            w.num(c(a.span.end));
            w.raw(",\"entity\":");
            w.opt_id('E', a.entity);
            w.raw(",\"value\":");
            w.opt_str(a.value.as_deref());
            w.raw("}");
        }
        w.raw("],\"countries\":[");
        for (k, country) in e.countries.iter().enumerate() {
            w.sep(k);
            w.str(country);
        }
        w.raw("],\"evidence\":");
        // The trigger's sentence, borrowed from the text.
        w.str(doc.sentences.get(e.sentence).map_or("", |s| s.text(t)));
        w.raw(",\"rule\":");
        w.str(&e.rule);
        w.raw(",\"confidence\":");
        w.f64(round3(e.confidence));
        w.raw("}");
    }

    w.raw("],\"quotes\":[");
    for (i, q) in doc.quotes.iter().enumerate() {
        w.sep(i);
        w.raw("{\"id\":");
        w.id('Q', i);
        w.raw(",\"kind\":");
        w.quoted(quote_kind_str(q.kind));
        w.raw(",\"speaker\":");
        w.opt_id('E', q.speaker);
        w.raw(",\"speaker_text\":");
        w.opt_str(q.speaker_span.map(|s| s.text(t)));
        w.raw(",\"text\":");
        w.str(q.span.text(t));
        w.raw(",\"start\":");
        w.num(c(q.span.start));
        w.raw(",\"end\":");
        w.num(c(q.span.end));
        w.raw(",\"sentence\":");
        w.num(q.sentence);
        w.raw("}");
    }

    w.raw("],\"relations\":[");
    for (i, r) in doc.relations.iter().enumerate() {
        w.sep(i);
        w.raw("{\"id\":");
        w.id('R', i);
        w.raw(",\"type\":");
        w.str(&r.kind);
        w.raw(",\"subject\":");
        w.id('E', r.subject);
        w.raw(",\"object\":");
        w.id('E', r.object);
        w.raw(",\"role\":");
        w.opt_str(r.role.as_deref());
        w.raw(",\"sentence\":");
        w.num(r.sentence);
        w.raw("}");
    }

    w.raw("],\"warnings\":[");
    for (k, warning) in doc.warnings.iter().enumerate() {
        w.sep(k);
        w.str(warning);
    }
    w.raw("]}");
}

/// Confidence is printed with three decimals so output is stable across platforms.
fn round3(x: f32) -> f64 {
    ((x as f64) * 1000.0).round() / 1000.0
}

// The serde names of the enums (`rename_all` in `model.rs`); the tests
// check them against serde.
fn date_source_str(v: DateSource) -> &'static str {
    match v {
        DateSource::Record => "record",
        DateSource::Dateline => "dateline",
        DateSource::Option => "option",
        DateSource::None => "none",
    }
}
fn entity_source_str(v: EntitySource) -> &'static str {
    match v {
        EntitySource::Gazetteer => "gazetteer",
        EntitySource::Pattern => "pattern",
    }
}
fn timex_type_str(v: TimexType) -> &'static str {
    match v {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}
fn timex_anchor_str(v: TimexAnchor) -> &'static str {
    match v {
        TimexAnchor::Absolute => "absolute",
        TimexAnchor::Document => "document",
        TimexAnchor::PreviousTimex => "previous_timex",
        TimexAnchor::Unresolved => "unresolved",
    }
}
fn date_basis_str(v: DateBasis) -> &'static str {
    match v {
        DateBasis::SameSentence => "same_sentence",
        DateBasis::LinkedSentence => "linked_sentence",
        DateBasis::None => "none",
    }
}
fn quote_kind_str(v: QuoteKind) -> &'static str {
    match v {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
    }
}

/// Appends JSON tokens to a `String`, spelling them as `serde_json` does.
struct Writer<'a> {
    out: &'a mut String,
}

impl Writer<'_> {
    #[inline]
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }
    /// A comma before every element but the first.
    #[inline]
    fn sep(&mut self, index: usize) {
        if index > 0 {
            self.out.push(',');
        }
    }
    /// A string that needs no escaping (enum names).
    #[inline]
    fn quoted(&mut self, s: &str) {
        self.out.push('"');
        self.out.push_str(s);
        self.out.push('"');
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }
    /// A public id: `prefix` and `index + 1`, quoted.
    #[inline]
    fn id(&mut self, prefix: char, index: usize) {
        self.out.push('"');
        self.out.push(prefix);
        self.num(index + 1);
        self.out.push('"');
    }
    fn opt_id(&mut self, prefix: char, index: Option<usize>) {
        match index {
            Some(i) => self.id(prefix, i),
            None => self.raw("null"),
        }
    }
    /// An unsigned integer in decimal.
    #[inline]
    fn num(&mut self, mut n: usize) {
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &buf[at..] {
            self.out.push(d as char);
        }
    }
    /// A float, as serde_json spells it (shortest round-trip form, `null`
    /// when not finite). Rare (one per event), so serde_json itself does it.
    fn f64(&mut self, x: f64) {
        self.out
            .push_str(&serde_json::to_string(&x).expect("a float serialises"));
    }
    /// A string with JSON escaping: `"`, `\\` and control characters, as
    /// serde_json escapes them (`\n`-style short forms, else `\u00XX`);
    /// everything else, non-ASCII included, is copied as is. Runs without
    /// anything to escape (nearly all text) are found eight bytes at a time
    /// and copied in one piece.
    fn str(&mut self, s: &str) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let bytes = s.as_bytes();
        self.out.push('"');
        let mut run = 0; // start of the pending unescaped run
        let mut i = 0;
        while i < bytes.len() {
            if let Some(chunk) = bytes.get(i..i + 8) {
                let v = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
                // Per byte: below 0x20, or equal to '"' or '\\' (exact
                // "any byte" tests; see "Bit Twiddling Hacks", haszero/hasless).
                let below_space = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
                let q = v ^ (ONES * b'"' as u64);
                let quote = q.wrapping_sub(ONES) & !q & HIGH;
                let b = v ^ (ONES * b'\\' as u64);
                let backslash = b.wrapping_sub(ONES) & !b & HIGH;
                if below_space | quote | backslash == 0 {
                    i += 8;
                    continue;
                }
            }
            // Somewhere in the next eight bytes (or the tail): go byte by byte.
            let stop = (i + 8).min(bytes.len());
            while i < stop {
                let c = bytes[i];
                if c < 0x20 || c == b'"' || c == b'\\' {
                    self.out.push_str(&s[run..i]);
                    self.escape(c);
                    run = i + 1;
                }
                i += 1;
            }
        }
        self.out.push_str(&s[run..]);
        self.out.push('"');
    }
    fn escape(&mut self, c: u8) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        match c {
            b'"' => self.out.push_str("\\\""),
            b'\\' => self.out.push_str("\\\\"),
            b'\n' => self.out.push_str("\\n"),
            b'\r' => self.out.push_str("\\r"),
            b'\t' => self.out.push_str("\\t"),
            0x08 => self.out.push_str("\\b"),
            0x0c => self.out.push_str("\\f"),
            _ => {
                self.out.push_str("\\u00");
                self.out.push(HEX[(c >> 4) as usize] as char);
                self.out.push(HEX[(c & 0xf) as usize] as char);
            }
        }
    }
}
