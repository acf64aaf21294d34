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
    write_json_line_with_offsets(doc, &CharOffsets::new(&doc.text), opts, out);
}

/// Room to reserve for the JSON record of `doc`. Records run about five
/// times the text (mentions and evidence repeat it), over 5x for half of
/// them: room for 8x saves most a regrowth copy.
pub fn json_line_capacity(doc: &Document) -> usize {
    doc.text.len() * 8 + 512
}

/// Opens element `$k` of a list: its first piece `$s` (a literal), after
/// the previous element's closing `}` and a comma unless it is the first.
macro_rules! elem {
    ($w:expr, $k:expr, $s:literal) => {
        if $k > 0 {
            $w.raw(concat!("},", $s))
        } else {
            $w.raw($s)
        }
    };
}

/// Closes a list of `$n` elements: the last one's `}` (if any), then `$s`
/// (a literal starting with the list's `]`).
macro_rules! close {
    ($w:expr, $n:expr, $s:literal) => {
        if $n > 0 {
            $w.raw(concat!("}", $s))
        } else {
            $w.raw($s)
        }
    };
}

/// [`write_json_line`] with the char offsets of `doc.text` already built
/// (the caller needs them too: one pass over the text instead of two).
pub fn write_json_line_with_offsets(
    doc: &Document,
    co: &CharOffsets,
    opts: JsonOptions,
    out: &mut String,
) {
    let t = doc.text.as_str();
    let c = |b: usize| co.get(b);
    out.reserve(json_line_capacity(doc));
    let w = &mut Writer {
        out,
        text: t,
        escapes: escape_bits(t.as_bytes()),
    };

    w.raw("{\"id\":");
    w.str(&doc.id);
    w.raw(",\"title\":");
    w.opt_str(doc.title.as_deref());
    w.raw(",\"url\":");
    w.opt_str(doc.url.as_deref());
    w.raw(",\"date\":");
    match doc.date {
        Some(d) => w.date(d),
        None => w.raw("null"),
    }
    w.raw(",\"date_source\":");
    w.quoted(date_source_str(doc.date_source));
    if opts.include_text {
        w.raw(",\"text\":");
        w.str(t);
    }

    // Constant pieces are merged into one copy each where they meet: an
    // element's closing `}` goes out with the comma and opening of the next
    // (`elem!`) or with the list's `]` (`close!`), a string's quotes with
    // the keys around it. Every `raw` below has a literal (its copy inlined,
    // with one capacity test); the bytes are those of one piece at a time.
    w.raw(",\"sentences\":[");
    for (k, s) in doc.sentences.iter().enumerate() {
        elem!(w, k, "{\"start\":");
        w.num(c(s.start));
        w.raw(",\"end\":");
        w.num(c(s.end));
    }
    close!(w, doc.sentences.len(), "],\"entities\":[");

    for (i, e) in doc.entities.iter().enumerate() {
        elem!(w, i, "{\"id\":\"E");
        w.num(i + 1);
        w.raw("\",\"type\":\"");
        w.raw(e.kind.as_str());
        w.raw("\",\"name\":\"");
        w.str_body(&e.name);
        w.raw("\",\"kb_id\":");
        w.opt_str(e.kb_id.as_deref());
        w.raw(",\"source\":\"");
        w.raw(entity_source_str(e.source));
        w.raw("\",\"mentions\":[");
        for (k, m) in e.mentions.iter().enumerate() {
            elem!(w, k, "{\"start\":");
            w.num(c(m.span.start));
            w.raw(",\"end\":");
            w.num(c(m.span.end));
            w.raw(",\"text\":\"");
            w.span_body(m.span);
            w.raw("\",\"sentence\":");
            w.num(m.sentence);
        }
        close!(w, e.mentions.len(), "],\"attributes\":{");
        for (k, (key, value)) in e.attributes.iter().enumerate() {
            if k > 0 {
                w.raw("\",\"");
            } else {
                w.raw("\"");
            }
            w.str_body(key);
            w.raw("\":\"");
            w.str_body(value);
        }
        if e.attributes.is_empty() {
            w.raw("}");
        } else {
            w.raw("\"}");
        }
    }
    close!(w, doc.entities.len(), "],\"timexes\":[");

    for (i, x) in doc.timexes.iter().enumerate() {
        elem!(w, i, "{\"id\":\"T");
        w.num(i + 1);
        w.raw("\",\"text\":\"");
        w.span_body(x.span);
        w.raw("\",\"start\":");
        w.num(c(x.span.start));
        w.raw(",\"end\":");
        w.num(c(x.span.end));
        w.raw(",\"sentence\":");
        w.num(x.sentence);
        w.raw(",\"type\":\"");
        w.raw(timex_type_str(x.kind));
        w.raw("\",\"value\":\"");
        w.str_body(&x.value);
        w.raw("\",\"anchor\":\"");
        w.raw(timex_anchor_str(x.anchor));
        w.raw("\"");
    }
    close!(w, doc.timexes.len(), "],\"events\":[");

    for (i, e) in doc.events.iter().enumerate() {
        elem!(w, i, "{\"id\":\"V");
        w.num(i + 1);
        w.raw("\",\"type\":\"");
        w.str_body(&e.kind);
        w.raw("\",\"status\":\"");
        w.raw(e.status.as_str());
        w.raw("\",\"date\":");
        w.opt_str(e.date.as_deref());
        w.raw(",\"date_basis\":\"");
        w.raw(date_basis_str(e.date_basis));
        w.raw("\",\"timex\":");
        w.opt_id('T', e.timex);
        w.raw(",\"trigger\":{\"text\":\"");
        w.span_body(e.trigger);
        w.raw("\",\"start\":");
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
            elem!(w, k, "{\"role\":\"");
            w.str_body(&a.role);
            w.raw("\",\"text\":\"");
            w.span_body(a.span);
            w.raw("\",\"start\":");
            w.num(c(a.span.start));
            w.raw(",\"end\":");
            w.num(c(a.span.end));
            w.raw(",\"entity\":");
            w.opt_id('E', a.entity);
            w.raw(",\"value\":");
            w.opt_str(a.value.as_deref());
        }
        close!(w, e.arguments.len(), "],\"countries\":[");
        for (k, country) in e.countries.iter().enumerate() {
            w.sep(k);
            w.str(country);
        }
        w.raw("],\"evidence\":\"");
        // The trigger's sentence, borrowed from the text.
        w.span_body(doc.sentences.get(e.sentence).copied().unwrap_or_default());
        w.raw("\",\"rule\":\"");
        w.str_body(&e.rule);
        w.raw("\",\"confidence\":");
        w.f64(round3(e.confidence));
    }
    close!(w, doc.events.len(), "],\"quotes\":[");

    for (i, q) in doc.quotes.iter().enumerate() {
        elem!(w, i, "{\"id\":\"Q");
        w.num(i + 1);
        w.raw("\",\"kind\":\"");
        w.raw(quote_kind_str(q.kind));
        w.raw("\",\"speaker\":");
        w.opt_id('E', q.speaker);
        w.raw(",\"speaker_text\":");
        match q.speaker_span {
            Some(s) => w.span(s),
            None => w.raw("null"),
        }
        w.raw(",\"text\":\"");
        w.span_body(q.span);
        w.raw("\",\"start\":");
        w.num(c(q.span.start));
        w.raw(",\"end\":");
        w.num(c(q.span.end));
        w.raw(",\"sentence\":");
        w.num(q.sentence);
    }
    close!(w, doc.quotes.len(), "],\"relations\":[");

    for (i, r) in doc.relations.iter().enumerate() {
        elem!(w, i, "{\"id\":\"R");
        w.num(i + 1);
        w.raw("\",\"type\":\"");
        w.str_body(&r.kind);
        w.raw("\",\"subject\":\"E");
        w.num(r.subject + 1);
        w.raw("\",\"object\":\"E");
        w.num(r.object + 1);
        w.raw("\",\"role\":");
        w.opt_str(r.role.as_deref());
        w.raw(",\"sentence\":");
        w.num(r.sentence);
    }
    close!(w, doc.relations.len(), "],\"warnings\":[");

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

// The serde names of the enums (`rename_all` in `model.rs`), shared with
// the CSV writer; the tests check them against serde.
pub(super) fn date_source_str(v: DateSource) -> &'static str {
    match v {
        DateSource::Record => "record",
        DateSource::Dateline => "dateline",
        DateSource::DatelineInferredYear => "dateline_inferred_year",
        DateSource::Option => "option",
        DateSource::None => "none",
    }
}
pub(super) fn entity_source_str(v: EntitySource) -> &'static str {
    match v {
        EntitySource::Gazetteer => "gazetteer",
        EntitySource::Pattern => "pattern",
    }
}
pub(super) fn timex_type_str(v: TimexType) -> &'static str {
    match v {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}
pub(super) fn timex_anchor_str(v: TimexAnchor) -> &'static str {
    match v {
        TimexAnchor::Absolute => "absolute",
        TimexAnchor::Document => "document",
        TimexAnchor::PreviousTimex => "previous_timex",
        TimexAnchor::Unresolved => "unresolved",
    }
}
pub(super) fn date_basis_str(v: DateBasis) -> &'static str {
    match v {
        DateBasis::SameSentence => "same_sentence",
        DateBasis::LinkedSentence => "linked_sentence",
        DateBasis::None => "none",
    }
}
pub(super) fn quote_kind_str(v: QuoteKind) -> &'static str {
    match v {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
    }
}

/// "00", "01", … "99" back to back.
const DIGIT_PAIRS: &str = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

/// The two decimal digits of `n` (below 100).
#[inline]
fn digit_pair(n: usize) -> &'static str {
    &DIGIT_PAIRS[2 * n..2 * n + 2]
}

/// Writes the decimal digits of `n` at the end of `buf`; returns where they start.
fn digits(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

/// Appends the decimal digits of `n` to `out`. Nearly all numbers written
/// are below 10,000 (char offsets, sentence numbers): at most two digit
/// pairs from a table, no division loop, no UTF-8 check, no `memcpy` call.
/// Inlined at each of its call sites (~30 in the JSON writer): a call costs
/// a third of it.
#[inline(always)]
pub(super) fn push_num(out: &mut String, n: usize) {
    if n < 10 {
        out.push(char::from(b'0' + n as u8));
    } else if n < 100 {
        out.push_str(digit_pair(n));
    } else if n < 10_000 {
        let (high, low) = (n / 100, n % 100);
        if high < 10 {
            out.push(char::from(b'0' + high as u8));
        } else {
            out.push_str(digit_pair(high));
        }
        out.push_str(digit_pair(low));
    } else {
        push_long_num(out, n);
    }
}

#[inline(never)]
fn push_long_num(out: &mut String, n: usize) {
    let mut buf = [0u8; 20];
    let at = digits(n as u64, &mut buf);
    for &d in &buf[at..] {
        out.push(char::from(d));
    }
}

/// Whether any byte of `v` needs escaping in a JSON string: below 0x20, or
/// `"` or `\\` (exact "any byte" tests from "Bit Twiddling Hacks",
/// haszero/hasless).
#[inline]
fn needs_escape(v: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
    let q = v ^ (ONES * b'"' as u64);
    let quote = q.wrapping_sub(ONES) & !q & HIGH;
    let b = v ^ (ONES * b'\\' as u64);
    let backslash = b.wrapping_sub(ONES) & !b & HIGH;
    below_space | quote | backslash != 0
}

#[inline]
fn byte_needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// Per byte of `v`, the high bit set exactly where the byte needs escaping
/// (unlike [`needs_escape`], which may flag bytes after the first hit).
#[inline]
fn escape_mask(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // No carries between bytes: each low-seven-bit sum stays below 0x100.
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x) & HIGH;
    let below_space = !(((v & LOW7) + ONES * 0x60) | v) & HIGH;
    below_space | zero(v ^ (ONES * b'"' as u64)) | zero(v ^ (ONES * b'\\' as u64))
}

/// A bitmap of the bytes of the text that need escaping: bit `k % 64` of
/// word `k / 64` for byte `k`. Found in one pass per document, so the text
/// slices written afterwards (mentions, evidence sentences, quotes: several
/// times the text in all) are copied between these points without being
/// scanned again, and a span finds its escapes in the one to three words
/// it covers, with no search. Sixteen bytes per step with one test; a step
/// with a hit visits only the flagged bytes.
fn escape_bits(bytes: &[u8]) -> Vec<u64> {
    let mut bits = vec![0u64; bytes.len().div_ceil(64)];
    let mut set = |k: usize| bits[k / 64] |= 1 << (k % 64);
    let mut chunks = bytes.chunks_exact(16);
    for (k, chunk) in (&mut chunks).enumerate() {
        // A fold without early exit over sixteen bytes compiles to a few
        // vector compares (cheaper than the two word tests of `str`).
        let chunk: &[u8; 16] = chunk.try_into().expect("16 bytes");
        if chunk.iter().fold(false, |any, &c| {
            any | (c < 0x20) | (c == b'"') | (c == b'\\')
        }) {
            let (a, b) = chunk.split_at(8);
            let a = u64::from_le_bytes(a.try_into().expect("8 bytes"));
            let b = u64::from_le_bytes(b.try_into().expect("8 bytes"));
            for (half, v) in [(0, a), (8, b)] {
                let mut m = escape_mask(v);
                while m != 0 {
                    set(16 * k + half + (m.trailing_zeros() / 8) as usize);
                    m &= m - 1;
                }
            }
        }
    }
    let tail = bytes.len() - chunks.remainder().len();
    for (k, &c) in (tail..).zip(chunks.remainder()) {
        if byte_needs_escape(c) {
            set(k);
        }
    }
    bits
}

/// Appends JSON tokens to a `String`, spelling them as `serde_json` does.
struct Writer<'a> {
    out: &'a mut String,
    /// The document text and its [`escape_bits`].
    text: &'a str,
    escapes: Vec<u64>,
}

impl Writer<'_> {
    /// The text of `span`, as a JSON string (same bytes as `str`).
    fn span(&mut self, span: Span) {
        self.out.push('"');
        self.span_body(span);
        self.out.push('"');
    }
    /// [`Writer::span`] without the quotes.
    fn span_body(&mut self, span: Span) {
        let (start, end) = (span.start, span.end);
        let mut run = start;
        if start < end {
            // The bitmap words covering the span, the first and last masked
            // to it (most spans lie within one word).
            let (mut k, last) = (start / 64, (end - 1) / 64);
            let mut m = self.escapes[k] & u64::MAX << (start % 64);
            loop {
                if k == last {
                    m &= u64::MAX >> (63 - (end - 1) % 64);
                }
                while m != 0 {
                    let p = 64 * k + m.trailing_zeros() as usize;
                    self.out.push_str(&self.text[run..p]);
                    self.escape(self.text.as_bytes()[p]);
                    run = p + 1;
                    m &= m - 1;
                }
                if k == last {
                    break;
                }
                k += 1;
                m = self.escapes[k];
            }
        }
        self.out.push_str(&self.text[run..end]);
    }
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
    /// A public id: `prefix` and `index + 1`, quoted. Inlined so that the
    /// prefix is a constant ASCII byte (no UTF-8 encoding of it).
    #[inline(always)]
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
    /// An unsigned integer in decimal ([`push_num`]).
    #[inline(always)]
    fn num(&mut self, n: usize) {
        push_num(self.out, n);
    }
    /// A float, as serde_json spells it (shortest round-trip form, `null`
    /// when not finite). Confidences are multiples of 0.001, whose shortest
    /// form is their three-decimal spelling with trailing zeros dropped
    /// ("0.85", "1.0"); anything else goes to serde_json.
    fn f64(&mut self, x: f64) {
        let k = (x * 1000.0).round();
        if (0.0..=1e9).contains(&k) && k / 1000.0 == x {
            let k = k as u64;
            self.num((k / 1000) as usize);
            self.out.push('.');
            let frac = [
                b'0' + (k / 100 % 10) as u8,
                b'0' + (k / 10 % 10) as u8,
                b'0' + (k % 10) as u8,
            ];
            let mut len = 3;
            while len > 1 && frac[len - 1] == b'0' {
                len -= 1;
            }
            self.out
                .push_str(std::str::from_utf8(&frac[..len]).expect("ASCII digits"));
        } else {
            self.out
                .push_str(&serde_json::to_string(&x).expect("a float serialises"));
        }
    }
    /// A date as chrono's `%Y-%m-%d` spells it, quoted (years 0–9999 by
    /// hand, others through chrono, which adds a sign).
    fn date(&mut self, d: chrono::NaiveDate) {
        use chrono::Datelike;
        let y = d.year();
        if (0..=9999).contains(&y) {
            let (y, m, day) = (y as u32, d.month(), d.day());
            let b = [
                b'"',
                b'0' + (y / 1000) as u8,
                b'0' + (y / 100 % 10) as u8,
                b'0' + (y / 10 % 10) as u8,
                b'0' + (y % 10) as u8,
                b'-',
                b'0' + (m / 10) as u8,
                b'0' + (m % 10) as u8,
                b'-',
                b'0' + (day / 10) as u8,
                b'0' + (day % 10) as u8,
                b'"',
            ];
            self.out
                .push_str(std::str::from_utf8(&b).expect("ASCII digits"));
        } else {
            self.str(&d.format("%Y-%m-%d").to_string());
        }
    }
    /// A string with JSON escaping: `"`, `\\` and control characters, as
    /// serde_json escapes them (`\n`-style short forms, else `\u00XX`);
    /// everything else, non-ASCII included, is copied as is.
    fn str(&mut self, s: &str) {
        self.out.push('"');
        self.str_body(s);
        self.out.push('"');
    }
    /// [`Writer::str`] without the quotes.
    fn str_body(&mut self, s: &str) {
        let bytes = s.as_bytes();
        // Nearly every string needs no escaping: test it whole first (eight
        // bytes at a time, the last eight overlapping; a shorter one as two
        // overlapping four-byte halves, or its first, middle and last
        // byte), then copy it in one piece.
        let word = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("8 bytes"));
        let half = |c: &[u8]| u64::from(u32::from_le_bytes(c.try_into().expect("4 bytes")));
        let len = bytes.len();
        let clean = match len {
            0 => true,
            1..=3 => ![bytes[0], bytes[len / 2], bytes[len - 1]]
                .iter()
                .any(|&c| byte_needs_escape(c)),
            4..=7 => !needs_escape(half(&bytes[..4]) | half(&bytes[len - 4..]) << 32),
            _ => {
                bytes.chunks_exact(8).all(|c| !needs_escape(word(c)))
                    && !needs_escape(word(&bytes[len - 8..]))
            }
        };
        if clean {
            self.out.push_str(s);
        } else {
            let mut run = 0; // start of the pending unescaped run
            for (i, &c) in bytes.iter().enumerate() {
                if byte_needs_escape(c) {
                    self.out.push_str(&s[run..i]);
                    self.escape(c);
                    run = i + 1;
                }
            }
            self.out.push_str(&s[run..]);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn written(f: impl FnOnce(&mut Writer)) -> String {
        let text = "";
        let mut out = String::new();
        let mut w = Writer {
            out: &mut out,
            text,
            escapes: Vec::new(),
        };
        f(&mut w);
        out
    }

    #[test]
    fn enum_names_match_serde() {
        let serde = |v: serde_json::Value| v.as_str().unwrap().to_string();
        for v in [
            DateSource::Record,
            DateSource::Dateline,
            DateSource::DatelineInferredYear,
            DateSource::Option,
            DateSource::None,
        ] {
            assert_eq!(date_source_str(v), serde(serde_json::to_value(v).unwrap()));
        }
        for v in [EntitySource::Gazetteer, EntitySource::Pattern] {
            assert_eq!(
                entity_source_str(v),
                serde(serde_json::to_value(v).unwrap())
            );
        }
        for v in [
            TimexType::Date,
            TimexType::Time,
            TimexType::Duration,
            TimexType::Set,
        ] {
            assert_eq!(timex_type_str(v), serde(serde_json::to_value(v).unwrap()));
        }
        for v in [
            TimexAnchor::Absolute,
            TimexAnchor::Document,
            TimexAnchor::PreviousTimex,
            TimexAnchor::Unresolved,
        ] {
            assert_eq!(timex_anchor_str(v), serde(serde_json::to_value(v).unwrap()));
        }
        for v in [
            DateBasis::SameSentence,
            DateBasis::LinkedSentence,
            DateBasis::None,
        ] {
            assert_eq!(date_basis_str(v), serde(serde_json::to_value(v).unwrap()));
        }
        for v in [QuoteKind::Direct, QuoteKind::Indirect] {
            assert_eq!(quote_kind_str(v), serde(serde_json::to_value(v).unwrap()));
        }
        for v in [
            EntityType::Person,
            EntityType::Organization,
            EntityType::Country,
            EntityType::Location,
        ] {
            assert_eq!(v.as_str(), serde(serde_json::to_value(v).unwrap()));
        }
        for v in [
            EventStatus::Happened,
            EventStatus::Planned,
            EventStatus::Negated,
            EventStatus::Reported,
        ] {
            assert_eq!(v.as_str(), serde(serde_json::to_value(v).unwrap()));
        }
    }

    #[test]
    fn strings_escape_like_serde() {
        let mut cases: Vec<String> = vec![
            String::new(),
            "a".into(),
            "plain ASCII text longer than eight bytes".into(),
            "quote \" and backslash \\ inside".into(),
            "\"\\\"\\".into(),
            "tab\tnew\nline\rcr\u{8}bs\u{c}ff\u{1}\u{1f}\u{7f}".into(),
            "Xi’an é 中国 “quoted” — dash".into(),
        ];
        for c in 0u8..0x80 {
            cases.push(format!("{}", c as char));
            cases.push(format!("abcdefg{}hij", c as char));
        }
        for s in &cases {
            let want = serde_json::to_string(s).unwrap();
            assert_eq!(written(|w| w.str(s)), want, "{s:?}");
            // The same text as a span of a document.
            let mut out = String::new();
            let mut w = Writer {
                out: &mut out,
                text: s,
                escapes: escape_bits(s.as_bytes()),
            };
            w.span(Span::new(0, s.len()));
            assert_eq!(out, want, "span {s:?}");
        }
    }

    #[test]
    fn spans_across_bitmap_words_escape_like_serde() {
        // Escapes near and across the 64-byte words of the bitmap, and
        // non-ASCII text; every span between char boundaries.
        let mut text = String::new();
        for k in 0..200 {
            text.push(match k % 29 {
                0 => '"',
                7 => '\n',
                13 => '\\',
                21 => 'é',
                _ => char::from(b'a' + (k % 26) as u8),
            });
        }
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&e| e >= start) {
                let mut out = String::new();
                let mut w = Writer {
                    out: &mut out,
                    text: &text,
                    escapes: escape_bits(text.as_bytes()),
                };
                w.span(Span::new(start, end));
                let want = serde_json::to_string(&text[start..end]).unwrap();
                assert_eq!(out, want, "{start}..{end}");
            }
        }
    }

    #[test]
    fn escape_bits_are_every_byte_to_escape() {
        // Every byte value at every offset of a 40-byte text, next to
        // non-ASCII text (high bits must not be taken for a hit).
        for c in 0u8..0x80 {
            for at in 0..40 {
                let mut text: Vec<u8> = "é”abcdefghijklmnopqrstuvwxyz0123456789AB"
                    .bytes()
                    .take(40)
                    .collect();
                text[at] = c;
                let Ok(text) = String::from_utf8(text) else {
                    continue;
                };
                let b = text.as_bytes();
                let want: Vec<usize> = (0..b.len()).filter(|&k| byte_needs_escape(b[k])).collect();
                let bits = escape_bits(b);
                let got: Vec<usize> = (0..64 * bits.len())
                    .filter(|&k| bits[k / 64] >> (k % 64) & 1 == 1)
                    .collect();
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn numbers_and_dates_match_serde_and_chrono() {
        for n in [0usize, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(written(|w| w.num(n)), n.to_string());
        }
        for k in 0..=2000u32 {
            let x = round3(k as f32 / 1000.0);
            assert_eq!(written(|w| w.f64(x)), serde_json::to_string(&x).unwrap());
        }
        for x in [f64::NAN, f64::INFINITY, -0.5, 1e-7, 0.1234, 3e12] {
            assert_eq!(written(|w| w.f64(x)), serde_json::to_string(&x).unwrap());
        }
        for (y, m, d) in [
            (2020, 5, 21),
            (1, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-5, 3, 4),
        ] {
            let date = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let want = serde_json::to_string(&date.format("%Y-%m-%d").to_string()).unwrap();
            assert_eq!(written(|w| w.date(date)), want);
        }
    }

    /// The record writer as it was before constant pieces were merged (one
    /// copy per key, quote, comma and bracket), kept to check the merged
    /// one against.
    fn write_piecewise(doc: &Document, co: &CharOffsets, opts: JsonOptions, out: &mut String) {
        let t = doc.text.as_str();
        let c = |b: usize| co.get(b);
        out.reserve(json_line_capacity(doc));
        let w = &mut Writer {
            out,
            text: t,
            escapes: escape_bits(t.as_bytes()),
        };

        w.raw("{\"id\":");
        w.str(&doc.id);
        w.raw(",\"title\":");
        w.opt_str(doc.title.as_deref());
        w.raw(",\"url\":");
        w.opt_str(doc.url.as_deref());
        w.raw(",\"date\":");
        match doc.date {
            Some(d) => w.date(d),
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
                w.span(m.span);
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
            w.span(x.span);
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
            w.span(e.trigger);
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
                w.span(a.span);
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
            w.span(doc.sentences.get(e.sentence).copied().unwrap_or_default());
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
            match q.speaker_span {
                Some(s) => w.span(s),
                None => w.raw("null"),
            }
            w.raw(",\"text\":");
            w.span(q.span);
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

    /// Documents of the real pipeline, whole and with strings that need
    /// escaping, plus empty and one-element lists of every kind: the merged
    /// writer writes the bytes the piecewise one wrote.
    #[test]
    fn merged_pieces_write_what_the_piecewise_writer_wrote() {
        let pipeline = crate::pipeline::Pipeline::new(&crate::pipeline::Config::default())
            .expect("the bundled pipeline builds");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/articles");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("corpus/articles")
            .filter_map(|e| {
                let p = e.ok()?.path();
                (p.extension()? == "txt").then(|| std::fs::read_to_string(p).ok())?
            })
            .take(60)
            .collect();
        texts.push(String::new());
        texts.push("Nothing here.".into());
        texts.push("\"Quote\" \\ tab\there\u{1}\nPresident Joe Biden met Xi\u{2019}an officials in Paris on Monday, he said.".into());
        let mut checked = 0;
        for (n, text) in texts.iter().enumerate() {
            let mut doc = Document::new(format!("d{n}\"\\"), text.clone());
            doc.title = (n % 2 == 0).then(|| "T\u{7}itle".to_string());
            doc.url = (n % 3 == 0).then(|| "http://x/\"".to_string());
            pipeline.process(&mut doc);
            let variants = [
                doc.clone(),
                {
                    let mut d = doc.clone();
                    // Strings that need escaping wherever strings are written.
                    for e in &mut d.entities {
                        e.name.push_str("\"\\\n");
                        e.attributes.insert("k\"".into(), "v\\\u{1f}".into());
                    }
                    for x in &mut d.timexes {
                        x.value.push('"');
                    }
                    for e in &mut d.events {
                        e.kind.push('\\');
                        e.rule.push('\n');
                        e.countries.push("C\"".into());
                        e.evidence_sentences.clear();
                        for a in &mut e.arguments {
                            a.role.push('"');
                        }
                    }
                    for r in &mut d.relations {
                        r.kind.push('"');
                    }
                    d.warnings.push("w\"".into());
                    d.warnings.push("x".into());
                    d
                },
                {
                    // One element in each list, nothing inside.
                    let mut d = doc.clone();
                    d.sentences.truncate(1);
                    d.entities.truncate(1);
                    for e in &mut d.entities {
                        e.mentions.clear();
                        e.attributes.clear();
                    }
                    d.timexes.truncate(1);
                    d.events.truncate(1);
                    for e in &mut d.events {
                        e.arguments.clear();
                        e.countries.clear();
                    }
                    d.quotes.truncate(1);
                    d.relations.truncate(1);
                    d
                },
                Document::new("empty", text.clone()),
            ];
            for d in &variants {
                let co = CharOffsets::new(&d.text);
                for include_text in [false, true] {
                    let opts = JsonOptions { include_text };
                    let (mut merged, mut piecewise) = (String::new(), String::new());
                    write_json_line_with_offsets(d, &co, opts, &mut merged);
                    write_piecewise(d, &co, opts, &mut piecewise);
                    assert_eq!(merged, piecewise, "document {n}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 400, "{checked}");
    }
}
