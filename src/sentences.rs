//! Sentence splitting with exact offsets.
//!
//! Contract: [`SentenceSplitter::split`] returns sentence spans (byte offsets)
//! in text order, non-overlapping, each trimmed of surrounding whitespace and
//! on `char` boundaries. A blank line always ends a sentence.
//!
//! # How it works
//!
//! One forward pass over the bytes. Only a few byte values can start a
//! decision (`.`, `!`, `?`, `)`, `\n`, and the lead bytes of `…`, bullets and
//! CJK full stops); everything else is skipped with a table lookup, so the
//! cost is proportional to the number of punctuation marks, not characters.
//! At each candidate the splitter looks a few bytes back (the word before the
//! mark) and forward (closing quotes/brackets, whitespace, the next word) and
//! records a *cut* position. Pieces between cuts are trimmed into spans.
//! Nothing allocates per character; the abbreviation lookup lowercases into a
//! stack buffer. The rules are documented in `docs/sentences.md`.

use crate::model::{Document, Span};
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::path::Path;

/// The bundled abbreviation list (one per line, `#` comments, optional kind).
pub const BUNDLED_ABBREVIATIONS: &str = include_str!("../rules/abbreviations.txt");

/// Longest abbreviation key accepted (bytes); longer words are never looked up.
const MAX_ABBREV_LEN: usize = 16;

/// How far ahead to look for the next item of a numbered list.
const LIST_LOOKAHEAD: usize = 1500;

/// What kind of abbreviation a word is; decides whether a following period
/// can end a sentence (see `rules/abbreviations.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Belongs to what follows (Dr., Gen., e.g., vs.): never ends a sentence.
    Prefix,
    /// Stands before a number (No., p.): no sentence end before a number.
    Number,
    /// May end a sentence; does so before a usual sentence opener.
    General,
}

type AbbrevMap = HashMap<Vec<u8>, AbbrevKind, BuildHasherDefault<crate::hash::WordHasher>>;

/// Splits text into sentences.
#[derive(Clone, Debug)]
pub struct SentenceSplitter {
    /// Lowercased abbreviation (no trailing period) → kind.
    abbreviations: AbbrevMap,
    /// Length of the longest key, so longer words skip the lookup.
    longest: usize,
    /// Per key length, a bit set over (first, last) byte classes of the keys:
    /// most ordinary words are rejected here without hashing.
    filter: Vec<[u64; 16]>,
}

impl Default for SentenceSplitter {
    fn default() -> Self {
        Self::new()
    }
}

impl SentenceSplitter {
    /// A splitter with the bundled abbreviation list.
    pub fn new() -> SentenceSplitter {
        let mut s = SentenceSplitter {
            abbreviations: AbbrevMap::default(),
            longest: 0,
            filter: vec![[0; 16]; MAX_ABBREV_LEN + 1],
        };
        s.add_abbreviations(BUNDLED_ABBREVIATIONS);
        s
    }

    /// A splitter that knows no listed abbreviations (shape rules only).
    pub fn without_abbreviations() -> SentenceSplitter {
        SentenceSplitter {
            abbreviations: AbbrevMap::default(),
            longest: 0,
            filter: vec![[0; 16]; MAX_ABBREV_LEN + 1],
        }
    }

    /// Adds abbreviations from a list in the bundled format: one per line,
    /// `#` comments, trailing period optional, optional kind
    /// (`prefix`, `number`, `general`) after whitespace. Unknown kinds are
    /// read as `general`; later entries override earlier ones.
    pub fn add_abbreviations(&mut self, list: &str) {
        for line in list.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let Some(word) = parts.next() else { continue };
            let kind = match parts.next().map(|k| k.to_ascii_lowercase()).as_deref() {
                Some("prefix") => AbbrevKind::Prefix,
                Some("number") => AbbrevKind::Number,
                _ => AbbrevKind::General,
            };
            let key = word.trim_end_matches('.').to_ascii_lowercase();
            if key.is_empty() || key.len() > MAX_ABBREV_LEN {
                continue;
            }
            self.longest = self.longest.max(key.len());
            let bit = filter_bit(key.as_bytes());
            self.filter[key.len()][bit / 64] |= 1 << (bit % 64);
            self.abbreviations.insert(key.into_bytes(), kind);
        }
    }

    /// Adds abbreviations from a user file (`--abbreviations FILE`).
    pub fn add_abbreviation_file(&mut self, path: &Path) -> Result<()> {
        let list = std::fs::read_to_string(path)
            .with_context(|| format!("reading abbreviation file {}", path.display()))?;
        self.add_abbreviations(&list);
        Ok(())
    }

    /// The kind of `word` (without its final period) if it is a listed
    /// abbreviation. Case-insensitive, no allocation.
    pub fn abbreviation_kind(&self, word: &[u8]) -> Option<AbbrevKind> {
        if word.is_empty() || word.len() > self.longest {
            return None;
        }
        let bit = filter_bit(word);
        if self.filter[word.len()][bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let mut buf = [0u8; MAX_ABBREV_LEN];
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_lowercase();
        }
        self.abbreviations.get(&buf[..word.len()]).copied()
    }

    /// Sentence spans of `text`.
    pub fn split(&self, text: &str) -> Vec<Span> {
        let mut scanner = Scanner {
            splitter: self,
            text,
            bytes: text.as_bytes(),
            cuts: Vec::with_capacity(text.len() / 80 + 1),
            last_cut: 0,
            list: None,
            para: None,
            para_start: 0,
        };
        scanner.run();
        build_spans(text, &scanner.cuts)
    }

    /// Sets `doc.sentences`.
    pub fn annotate(&self, doc: &mut Document) {
        doc.sentences = self.split(&doc.text);
    }
}

/// Index (0..1024) of a non-empty key's first and last bytes, case-folded
/// into 32 classes each.
fn filter_bit(key: &[u8]) -> usize {
    let class = |b: u8| usize::from(b.to_ascii_lowercase() & 31);
    class(key[0]) * 32 + class(key[key.len() - 1])
}

/// Bytes that can start a decision.
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b')' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true; // … • ⁃ ‣
    t[0xE3] = true; // 。
    t[0xEF] = true; // ！ ？ ｡
    t
};

/// SWAR test on the 8 bytes at `i`: zero only when none of them is `.`,
/// `!`, `?`, `)`, `\n` or a non-ASCII byte (all candidates are among
/// these). Otherwise the lowest set bit is the high bit of the first such
/// byte (a zero-byte test can flag bytes above a hit, never below one).
#[inline(always)]
fn candidate_bits(bytes: &[u8], i: usize) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunk = [0u8; 8];
    chunk.copy_from_slice(&bytes[i..i + 8]);
    let w = u64::from_le_bytes(chunk);
    #[inline(always)]
    fn has_zero(v: u64) -> u64 {
        v.wrapping_sub(ONES) & !v & HIGH
    }
    has_zero(w ^ (ONES * u64::from(b'.')))
        | has_zero(w ^ (ONES * u64::from(b'!')))
        | has_zero(w ^ (ONES * u64::from(b'?')))
        | has_zero(w ^ (ONES * u64::from(b')')))
        | has_zero(w ^ (ONES * u64::from(b'\n')))
        | (w & HIGH)
}

/// Per byte of sixteen (little-endian), 1 where the byte is `.`, `!`, `?`,
/// `)`, `\n` or non-ASCII (as [`candidate_bits`]), else 0. Written lane by
/// lane so that it compiles to some twenty vector instructions: a byte
/// matches one of the five when the least of its XORs with them is zero.
/// (Five `==` tests OR-ed together are merged by the compiler into a
/// bit-mask lookup that it then vectorises into three times the
/// instructions.)
#[inline(always)]
fn candidate_lanes(chunk: &[u8; 16]) -> u128 {
    let mut flags = [0u8; 16];
    for (flag, &c) in flags.iter_mut().zip(chunk) {
        let nearest = (c ^ b'.')
            .min(c ^ b'!')
            .min(c ^ b'?')
            .min(c ^ b')')
            .min(c ^ b'\n');
        *flag = u8::from(nearest == 0) | (c >> 7);
    }
    u128::from_le_bytes(flags)
}

/// The offset of the first byte of `bytes` that may be a candidate (see
/// [`candidate_lanes`]), sixteen bytes at a time: `Ok(offset)`, or
/// `Err(n)` when there is none in the first `n` bytes, the whole sixteen-byte
/// chunks (the rest is left to the caller). The lanes give the offset
/// within a chunk, so the chunk is not searched again.
#[inline(always)]
fn skip_to_candidate(bytes: &[u8]) -> Result<usize, usize> {
    let chunks = bytes.chunks_exact(16);
    let whole = bytes.len() - chunks.remainder().len();
    for (k, chunk) in chunks.enumerate() {
        let lanes = candidate_lanes(chunk.try_into().expect("16 bytes"));
        if lanes != 0 {
            return Ok(16 * k + (lanes.trailing_zeros() / 8) as usize);
        }
    }
    Err(whole)
}

/// Whether `bytes` holds a `)` or `]` (memchr2: vector compares over the
/// 120 bytes after a stop).
fn has_closing_bracket(bytes: &[u8]) -> bool {
    memchr::memchr2(b')', b']', bytes).is_some()
}

/// Position of the last `\n` before `end` (memchr: vector compares, where
/// lines run some 60 bytes).
fn rfind_newline(bytes: &[u8], end: usize) -> Option<usize> {
    memchr::memrchr(b'\n', &bytes[..end])
}

/// Words that commonly open a sentence. After an ambiguous abbreviation
/// ("Inc.", "U.S.", "p.m.") a capitalised word from this list signals a new
/// sentence, while other capitalised words (names: "U.S. President") do not.
/// Sorted for binary search.
static SENTENCE_STARTERS: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "Dr",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "For",
    "From",
    "Further",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "More",
    "Moreover",
    "Most",
    "Mr",
    "Mrs",
    "Ms",
    "My",
    "Neither",
    "Nevertheless",
    "Next",
    "Nor",
    "Not",
    "Now",
    "On",
    "Once",
    "Only",
    "Or",
    "Other",
    "Others",
    "Our",
    "Perhaps",
    "Several",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Under",
    "Unlike",
    "Until",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Prepositions that open a fronted adverbial ("At 5 a.m. Mr. Smith left"):
/// a sentence cannot consist of such a phrase alone.
static PHRASE_OPENERS: &[&str] = &[
    "About", "After", "Around", "At", "Before", "Between", "By", "During", "For", "From", "In",
    "Near", "On", "Since", "Through", "Till", "Until",
];

/// Line-final words after which a line cannot end a sentence (wrapped text).
static CONTINUATION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "its", "of", "on",
    "or", "than", "that", "the", "their", "this", "to", "was", "were", "which", "who", "with",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MarkerStyle {
    /// `1.` / `a.`
    Dot,
    /// `1)` / `a)`
    Paren,
    /// `1.)`
    DotParen,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MarkerValue {
    Number(u32),
    Letter(u8),
}

impl MarkerValue {
    fn follows(self, prev: MarkerValue) -> bool {
        match (prev, self) {
            (MarkerValue::Number(a), MarkerValue::Number(b)) => b == a + 1,
            (MarkerValue::Letter(a), MarkerValue::Letter(b)) => b == a + 1,
            _ => false,
        }
    }
}

/// A list-item marker such as `2.)`, found in the text.
#[derive(Clone, Copy, Debug)]
struct Marker {
    /// Byte offset of the first digit/letter.
    start: usize,
    /// Byte offset just after the marker punctuation.
    end: usize,
    style: MarkerStyle,
    value: MarkerValue,
}

/// The last list marker accepted, to recognise the next one.
#[derive(Clone, Copy, Debug)]
struct ListState {
    style: MarkerStyle,
    value: MarkerValue,
    /// End of the paragraph the list is in.
    para_end: usize,
}

/// Line statistics of the paragraph (block between blank lines) being scanned;
/// computed once per paragraph, only when it contains a single newline.
#[derive(Clone, Copy, Debug)]
struct ParaInfo {
    end: usize,
    max_line: usize,
    long_lines: usize,
    /// Whether the paragraph's last line ends with sentence-final punctuation.
    last_line_terminal: bool,
}

struct Scanner<'a> {
    splitter: &'a SentenceSplitter,
    text: &'a str,
    bytes: &'a [u8],
    cuts: Vec<usize>,
    last_cut: usize,
    list: Option<ListState>,
    para: Option<ParaInfo>,
    /// Start of the current paragraph (after the last blank line).
    para_start: usize,
}

/// How the word before a period reads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum WordClass {
    Ordinary,
    Abbrev(AbbrevKind),
    /// A single capital letter (an initial).
    Initial,
}

impl<'a> Scanner<'a> {
    fn run(&mut self) {
        let bytes = self.bytes;
        let n = bytes.len();
        let mut i = 0;
        while i < n && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        self.para_start = i;
        self.dateline(i);
        while i < n {
            // Skip sixteen bytes at a time straight to the first byte that
            // can be a candidate; near the end of the text, eight at a time
            // (stepping one byte at a time re-tested the rest of a flagged
            // word up to seven times).
            match skip_to_candidate(&bytes[i..]) {
                Ok(k) => i += k,
                Err(k) => {
                    i += k;
                    while i + 8 <= n {
                        let found = candidate_bits(bytes, i);
                        if found != 0 {
                            i += (found.trailing_zeros() / 8) as usize;
                            break;
                        }
                        i += 8;
                    }
                }
            }
            if i >= n {
                break;
            }
            if !CANDIDATE[bytes[i] as usize] {
                i += 1;
                continue;
            }
            i = match bytes[i] {
                b'.' | b'!' | b'?' => self.terminal(i),
                b'\n' => self.newline(i),
                b')' => match self.list_marker_at(i) {
                    Some(next) => next,
                    None => i + 1,
                },
                0xE2 => {
                    if bytes[i..].starts_with("…".as_bytes()) {
                        self.terminal(i)
                    } else if bullet_len(bytes, i) > 0 {
                        self.bullet(i)
                    } else {
                        i + 1
                    }
                }
                0xE3 | 0xEF => {
                    if cjk_stop_len(bytes, i) > 0 {
                        self.cjk_stop(i)
                    } else {
                        i + 1
                    }
                }
                _ => i + 1,
            };
        }
    }

    fn cut(&mut self, pos: usize) {
        if pos > self.last_cut {
            self.cuts.push(pos);
            self.last_cut = pos;
        }
    }

    /// Start of the current sentence: first non-whitespace byte after the last cut.
    fn sentence_start(&self) -> usize {
        let mut s = self.last_cut;
        while s < self.bytes.len() {
            let w = space_len(self.bytes, s);
            if w == 0 {
                break;
            }
            s += w;
        }
        s
    }

    /// Whether only whitespace and bullets lie between the last cut and `pos`.
    fn at_sentence_start(&self, pos: usize) -> bool {
        let mut s = self.last_cut;
        while s < pos {
            let w = space_len(self.bytes, s).max(bullet_len(self.bytes, s));
            if w == 0 {
                return false;
            }
            s += w;
        }
        true
    }

    /// A run of `.`, `!`, `?`, `…` starting at `i`.
    fn terminal(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let n = bytes.len();
        if bytes[i] == b'.' {
            if let Some(next) = self.list_marker_at(i) {
                return next;
            }
        }
        // The punctuation run, including spaced ellipses (". . .").
        let mut j = i;
        let mut dots = 0usize;
        let mut strong = false;
        let mut spaced = false;
        while j < n {
            match bytes[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    strong = true;
                    j += 1;
                }
                0xE2 if bytes[j..].starts_with("…".as_bytes()) => {
                    dots += 3;
                    j += 3;
                }
                b' ' if dots > 0
                    && j + 1 < n
                    && bytes[j + 1] == b'.'
                    && (j + 2 == n || !bytes[j + 2].is_ascii_alphanumeric()) =>
                {
                    spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut k = j;
        loop {
            let c = closer_len(bytes, k);
            if c == 0 {
                break;
            }
            k += c;
        }
        // Detokenised text puts a space before the closing quote
        // (`it better. "`): a straight quote after the space closes a quote
        // left open in this sentence.
        if k + 1 < n
            && bytes[k] == b' '
            && bytes[k + 1] == b'"'
            && !bytes.get(k + 2).is_some_and(u8::is_ascii_alphanumeric)
            && self.open_double_quote(i)
        {
            k += 2;
        }
        if k >= n {
            return k;
        }
        let ws = space_len(bytes, k);
        if ws == 0 {
            // No space after the mark: "3.5", "example.com", "U.S.A", but also
            // "world.Today" (a missing space between sentences).
            if !strong && dots == 1 && k == j && self.glued_sentence_end(i) {
                self.cut(j);
            }
            return k;
        }
        let mut m = k;
        while m < n {
            let w = space_len(bytes, m);
            if w == 0 {
                break;
            }
            m += w;
        }
        if m >= n {
            return k;
        }
        // Reference marks after the end ("Dulwich. [17] Placed") belong to
        // the sentence they annotate.
        let mut refs_end = k;
        while let Some(after) = reference_mark_end(bytes, m) {
            refs_end = after;
            m = after;
            while m < n {
                let w = space_len(bytes, m);
                if w == 0 {
                    break;
                }
                m += w;
            }
        }
        if m >= n {
            return refs_end;
        }
        let k = refs_end;
        // First real character of the next word, after opening quotes/brackets.
        let mut q = m;
        loop {
            let o = opener_len(bytes, q);
            if o == 0 {
                break;
            }
            q += o;
        }
        let next = next_char(self.text, q);
        if next.is_some_and(|c| c.is_lowercase()) && !camel_case_at(bytes, q) {
            let question = strong && dots == 0 && k == j && bytes[i] == b'?' && m == k + 1;
            if (dots == 1 && !strong && k == j || question) && self.lowercase_sentence_end(i, q) {
                self.cut(k);
            }
            return k;
        }
        if strong {
            // `"Why now?" Smith asked.` is one sentence: a question or
            // exclamation in quotes followed by its attribution.
            let quoted = bytes[j..k]
                .iter()
                .any(|&b| matches!(b, b'"' | b'\'' | 0x9D | 0x99));
            if !(quoted && attribution_follows(bytes, q)) {
                self.cut(k);
            }
            return k;
        }
        if dots >= 2 {
            if dots >= 4 {
                // "word. . . . Next": a period, then an ellipsis that opens
                // the next sentence; otherwise the whole run ends it.
                if spaced && i > 0 && space_len(bytes, i + 1) > 0 && !is_space_before(bytes, i) {
                    self.cut(i + 1);
                } else {
                    self.cut(k);
                }
            } else if starts_sentence(bytes, q) && !bytes[q..].starts_with(b"I ") {
                // A three-dot ellipsis inside a line usually marks an omission
                // or a pause; it ends a sentence only before a usual sentence
                // opener (not "I", which continues speech: ". . . I didn't").
                self.cut(k);
            }
            return k;
        }
        if self.number_opens_sentence(i) {
            // "1. Foundations", "2.1. Scope": a section or item number.
            return k;
        }
        let class = self.classify_word_before(i);
        let boundary = match class {
            WordClass::Ordinary => true,
            WordClass::Abbrev(AbbrevKind::Prefix) => false,
            // "No. 5", "Vol. IV"; but "No. We will not." is the word.
            WordClass::Abbrev(AbbrevKind::Number) => {
                !(next.is_some_and(|c| c.is_ascii_digit()) || roman_numeral_at(bytes, q))
            }
            WordClass::Abbrev(_) | WordClass::Initial => {
                if next.is_some_and(|c| c.is_ascii_digit()) {
                    false
                } else {
                    starts_sentence(bytes, q) && !self.fronted_phrase(i)
                }
            }
        };
        if boundary && !self.trailing_credit(m) {
            self.cut(k);
        }
        k
    }

    /// For a period at `i` glued to the next word: true when it ends a
    /// sentence ("world.Today", "1,000.That") rather than sitting inside a
    /// token (e-mail, URL, file name, abbreviation).
    fn glued_sentence_end(&self, i: usize) -> bool {
        let bytes = self.bytes;
        let n = bytes.len();
        if i == 0 || i + 2 >= n {
            return false;
        }
        let before = bytes[i - 1];
        if !(before.is_ascii_lowercase() || before.is_ascii_digit()) {
            return false;
        }
        if !(bytes[i + 1].is_ascii_uppercase() && bytes[i + 2].is_ascii_lowercase()) {
            return false;
        }
        // The whole whitespace-delimited token must not be an address.
        // (Bounded, so a huge unbroken token stays linear.)
        let mut s = i;
        while s > 0 && i - s < 256 && !bytes[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let mut e = i + 1;
        while e < n && e - i < 256 && !bytes[e].is_ascii_whitespace() {
            e += 1;
        }
        let token = &bytes[s..e];
        if token.iter().any(|&b| b == b'@' || b == b'/' || b == b'\\')
            || token.len() >= 4 && token[..4].eq_ignore_ascii_case(b"www.")
        {
            return false;
        }
        !matches!(
            self.classify_word_before(i),
            WordClass::Abbrev(_) | WordClass::Initial
        )
    }

    /// Classifies the word that ends just before the period at `i`.
    fn classify_word_before(&self, i: usize) -> WordClass {
        let bytes = self.bytes;
        // Token back to whitespace, at most a few dozen bytes.
        let mut s = i;
        while s > 0 && i - s < 64 && !is_space_before(bytes, s) {
            s -= 1;
        }
        // Trim opening punctuation at the front and closers at the back
        // (`(U.S.`, `“Inc.`, `yes".`).
        let mut e = i;
        while s < e {
            let o = opener_len(bytes, s);
            if o == 0 || s + o > e {
                break;
            }
            s += o;
        }
        while e > s {
            match bytes[e - 1] {
                b'"' | b'\'' | b')' | b']' => e -= 1,
                _ => break,
            }
        }
        let word = &bytes[s..e];
        if word.is_empty() {
            return WordClass::Ordinary;
        }
        if let Some(kind) = self.splitter.abbreviation_kind(word) {
            return WordClass::Abbrev(kind);
        }
        // "Tuesday.Mr": a glued sentence end before an abbreviation.
        if let Some(dot) = word.iter().rposition(|&b| b == b'.') {
            let last = &word[dot + 1..];
            if last.len() >= 2 && !is_letter_dot_abbreviation(word) {
                if let Some(kind) = self.splitter.abbreviation_kind(last) {
                    return WordClass::Abbrev(kind);
                }
            }
        }
        if word.len() == 1 && word[0].is_ascii_alphabetic() {
            if word[0].is_ascii_lowercase() {
                // "p. 55", "v. Wade": a lone lowercase letter is an abbreviation.
                return WordClass::Abbrev(AbbrevKind::General);
            }
            // "you and I." is the pronoun; "Albert I. Jones" an initial.
            if word[0] == b'I' && self.previous_word_is_lowercase(s) {
                return WordClass::Ordinary;
            }
            return WordClass::Initial;
        }
        if is_letter_dot_abbreviation(word) {
            return WordClass::Abbrev(AbbrevKind::General);
        }
        WordClass::Ordinary
    }

    fn previous_word_is_lowercase(&self, word_start: usize) -> bool {
        let bytes = self.bytes;
        let mut p = word_start;
        while p > 0 && word_start - p < 64 && bytes[p - 1].is_ascii_whitespace() {
            p -= 1;
        }
        if p == word_start || p == 0 {
            return false;
        }
        let mut s = p;
        while s > 0 && p - s < 64 && !bytes[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        bytes[s].is_ascii_lowercase()
    }

    /// Informal text starts sentences in lowercase ("party. max and jen
    /// are"). A period after an ordinary lowercase word (no abbreviation,
    /// no initial) followed by a lowercase word at `q` ends a sentence.
    fn lowercase_sentence_end(&self, i: usize, q: usize) -> bool {
        let bytes = self.bytes;
        let mut s = i;
        while s > 0 && i - s < 32 && bytes[s - 1].is_ascii_lowercase() {
            s -= 1;
        }
        if i - s < 2 || !is_space_before(bytes, s) {
            return false;
        }
        if self.splitter.abbreviation_kind(&bytes[s..i]).is_some() {
            return false;
        }
        // "b) Refusing": an item marker, which the list rule judges.
        let one_letter = bytes.get(q + 1).is_some_and(|b| matches!(b, b')' | b'.'));
        !one_letter
    }

    /// Whether an odd number of straight double quotes lies between the
    /// sentence start and `i` (a quote is open).
    fn open_double_quote(&self, i: usize) -> bool {
        let s = self.sentence_start().min(i);
        self.bytes[s..i].iter().filter(|&&b| b == b'"').count() % 2 == 1
    }

    /// Whether the word before the period at `i` is a bare number
    /// (digits and dots) that opens the sentence.
    fn number_opens_sentence(&self, i: usize) -> bool {
        let bytes = self.bytes;
        if i == 0 || !bytes[i - 1].is_ascii_digit() {
            return false;
        }
        let mut s = i;
        while s > 0 && i - s < 8 && (bytes[s - 1].is_ascii_digit() || bytes[s - 1] == b'.') {
            s -= 1;
        }
        is_space_before(bytes, s) && self.at_sentence_start(s)
    }

    /// Whether the sentence so far, up to `i`, is too short to stand as a
    /// sentence: a short prepositional phrase ("At 5 a.m") or at most two
    /// words ("The U.S").
    fn fronted_phrase(&self, i: usize) -> bool {
        let s = self.sentence_start();
        if s >= i {
            return false;
        }
        let so_far = &self.text[s..i];
        let mut words = so_far.split_ascii_whitespace();
        let Some(first) = words.next() else {
            return false;
        };
        let rest = words.take(4).count();
        // Two words ("The U.S.") cannot hold a subject and a verb either.
        (rest == 1 && first.bytes().next().is_some_and(|b| b.is_ascii_uppercase()))
            || PHRASE_OPENERS.contains(&first) && rest <= 3
    }

    /// A short bracketed credit ending its line or the text ("[File
    /// photo/Xinhua]"), starting at `m`: it stays with the caption before it.
    ///
    /// Also when the text at `m` closes a bracket opened before the stop
    /// ("[Photo: ... 2020. Courtesy Cobre Andino]"): a cut there would leave
    /// an unbalanced fragment.
    fn trailing_credit(&self, m: usize) -> bool {
        let bytes = self.bytes;
        let limit = (m + 120).min(bytes.len());
        // Most stops have no closing bracket anywhere in reach: then nothing
        // below can succeed, and a test eight bytes at a time says so cheaply.
        if !has_closing_bracket(&bytes[(m + 1).min(limit)..limit]) {
            return false;
        }
        // Walk to the first closing bracket, giving up at anything that
        // rules a credit out, so ordinary next sentences cost little.
        let mut p = m + 1;
        while p < limit
            && !matches!(
                bytes[p],
                b']' | b')' | b'.' | b'!' | b'?' | b'\n' | b'[' | b'('
            )
        {
            p += 1;
        }
        if p >= limit || !matches!(bytes[p], b']' | b')') {
            return false;
        }
        let close = p - m;
        // Either a whole "[...]" credit, or the close of a bracket opened
        // before the stop; inside: no sentence punctuation, line break or
        // further opening bracket.
        let opened_here = match bytes[m] {
            b'[' => bytes[m + close] == b']',
            b'(' => false, // "(Reporting by ...)" is a sentence of its own
            _ => true,
        };
        // ":)" and ":-)" are smileys, not brackets.
        let smiley = close > 0 && matches!(bytes[m + close - 1], b':' | b';' | b'-');
        let inner = &bytes[m..m + close];
        if !opened_here
            || smiley
            || inner
                .iter()
                .skip(1)
                .any(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b'[' | b'('))
        {
            return false;
        }
        let mut p = m + close + 1;
        while p < bytes.len() && matches!(bytes[p], b' ' | b'\t' | b'\r') {
            p += 1;
        }
        p >= bytes.len() || bytes[p] == b'\n'
    }

    /// A list marker (`1.`, `2.)`, `3)`, `b.`) whose punctuation is at `i`,
    /// accepted as a list item when it continues the previous item's
    /// numbering or opens a sentence and is followed by its successor. The
    /// item gets a cut before it. Returns where to continue scanning.
    fn list_marker_at(&mut self, i: usize) -> Option<usize> {
        let marker = parse_marker(self.bytes, i)?;
        let mut accepted = false;
        if let Some(prev) = self.list {
            if prev.style == marker.style && marker.value.follows(prev.value) && i < prev.para_end {
                accepted = true;
            }
        }
        if !accepted && self.at_sentence_start(marker.start) {
            let limit = paragraph_end(self.bytes, marker.end, marker.end + LIST_LOOKAHEAD);
            accepted = find_successor(self.bytes, &marker, limit);
        }
        if !accepted {
            return None;
        }
        let para_end = match self.list {
            Some(prev) if i < prev.para_end => prev.para_end,
            _ => paragraph_end(self.bytes, marker.end, marker.end + LIST_LOOKAHEAD),
        };
        self.list = Some(ListState {
            style: marker.style,
            value: marker.value,
            para_end,
        });
        // Cut before the marker, or before a bullet glued to it ("⁃9.").
        let mut c = marker.start;
        let mut p = c;
        while p > 0 && matches!(self.bytes[p - 1], b' ' | b'\t') {
            p -= 1;
        }
        if bullet_len_before(self.bytes, p) > 0 {
            c = p - 3;
        }
        self.cut(c);
        Some(marker.end)
    }

    /// A paragraph that opens with a dateline ("BEIJING, May 21 (Xinhua) --",
    /// "WASHINGTON (Reuters) -", "Thursday, May 7, 2015 On Tuesday, ...")
    /// gets a cut after it: the dateline is furniture, not part of the first
    /// sentence (and its date is the publication date, not the event's).
    fn dateline(&mut self, p: usize) {
        let bytes = self.bytes;
        if p >= bytes.len() || !bytes[p].is_ascii_uppercase() {
            return;
        }
        if let Some(e) = leading_date_end(bytes, p) {
            if bytes.get(e) == Some(&b' ') && bytes.get(e + 1).is_some_and(u8::is_ascii_uppercase) {
                self.cut(e);
            }
            return;
        }
        if let Some(e) = dateline_dash_end(bytes, p) {
            self.cut(e);
        }
    }

    /// A bullet after whitespace opens a new sentence.
    fn bullet(&mut self, i: usize) -> usize {
        if i == 0 || is_space_before(self.bytes, i) {
            self.cut(i);
        }
        i + bullet_len(self.bytes, i)
    }

    /// CJK full stops end a sentence even without a following space.
    fn cjk_stop(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let mut k = i;
        loop {
            let c = cjk_stop_len(bytes, k);
            if c > 0 {
                k += c;
                continue;
            }
            if k < bytes.len() && matches!(bytes[k], b'!' | b'?') {
                k += 1;
                continue;
            }
            let c = closer_len(bytes, k);
            if c > 0 {
                k += c;
                continue;
            }
            break;
        }
        self.cut(k);
        k
    }

    /// A newline at `i`: a blank line always ends a sentence; a single newline
    /// ends one unless the paragraph reads as wrapped prose.
    fn newline(&mut self, i: usize) -> usize {
        let bytes = self.bytes;
        let n = bytes.len();
        let mut m = i + 1;
        while m < n && matches!(bytes[m], b' ' | b'\t' | b'\r') {
            m += 1;
        }
        if m >= n {
            return n;
        }
        if bytes[m] == b'\n' {
            self.cut(i);
            self.list = None;
            // Skip the whole blank run so its last newline is not read as a
            // single newline.
            while m < n && bytes[m].is_ascii_whitespace() {
                m += 1;
            }
            self.para_start = m;
            self.dateline(m);
            return m;
        }
        // Last visible character of the line before.
        let mut e = i;
        while e > 0 && matches!(bytes[e - 1], b' ' | b'\t' | b'\r') {
            e -= 1;
        }
        if ends_sentence(&bytes[..e]) {
            // The punctuation rule has already decided.
            return i + 1;
        }
        if e == 0 {
            return i + 1;
        }
        if self.line_starts_item(m) {
            self.cut(i);
            return i + 1;
        }
        if line_continues(bytes, e) {
            return i + 1;
        }
        let line_start = rfind_newline(bytes, e).map_or(0, |p| p + 1);
        let line = trim_ascii(&bytes[line_start..e]);
        // An all-capitals line is a headline or a label, and a wholly
        // bracketed line a caption or credit: never wrapped prose. (Prose
        // has a lowercase letter early on, so that test goes first.)
        let shouting = !line.iter().any(u8::is_ascii_lowercase)
            && line.iter().filter(|b| b.is_ascii_uppercase()).count() >= 4;
        let bracketed = matches!(
            (line.first(), line.last()),
            (Some(b'('), Some(b')')) | (Some(b'['), Some(b']'))
        );
        if !(shouting || bracketed) {
            let para = self.para_info(i);
            let wrapped = para.long_lines >= 2 && line.len() * 2 >= para.max_line;
            let next_lower = next_char(self.text, m).is_some_and(|c| c.is_lowercase());
            if wrapped || (next_lower && para.last_line_terminal) {
                return i + 1;
            }
        }
        self.cut(i);
        self.dateline(m);
        i + 1
    }

    /// Whether the line starting at `m` opens with a bullet, dash or list marker.
    fn line_starts_item(&self, m: usize) -> bool {
        let bytes = self.bytes;
        if bullet_len(bytes, m) > 0 {
            return true;
        }
        if matches!(bytes[m], b'-' | b'*' | b'+') && bytes.get(m + 1).is_some_and(|b| *b == b' ') {
            return true;
        }
        // "12. " / "3) " / "a) "
        let mut p = m;
        while p < bytes.len() && p - m < 3 && bytes[p].is_ascii_digit() {
            p += 1;
        }
        if p == m {
            return false;
        }
        matches!(bytes.get(p), Some(b'.') | Some(b')'))
            && bytes.get(p + 1).is_some_and(|b| *b == b' ')
    }

    fn para_info(&mut self, i: usize) -> ParaInfo {
        if let Some(p) = self.para {
            if i < p.end {
                return p;
            }
        }
        let bytes = self.bytes;
        let n = bytes.len();
        let start = if self.para_start <= i {
            self.para_start
        } else {
            paragraph_start(bytes, i)
        };
        // One pass over the paragraph's lines, stopping at the first blank one.
        let mut end = n;
        let mut max_line = 0;
        let mut long_lines = 0;
        // Only the last line's ending counts: tested once, after the loop.
        let mut last_line: &[u8] = &[];
        let mut line_start = start;
        // One searcher for all the lines: a `memchr` call per line set one
        // up again for every line of some 60 bytes.
        let mut newlines = memchr::memchr_iter(b'\n', &bytes[start..]).map(|p| start + p);
        loop {
            let newline = newlines.next();
            let line_end = newline.unwrap_or(n);
            let trimmed = trim_ascii(&bytes[line_start..line_end]);
            if trimmed.is_empty() {
                if max_line > 0 {
                    end = line_start - 1;
                    break;
                }
            } else {
                max_line = max_line.max(trimmed.len());
                if trimmed.len() >= 40 {
                    long_lines += 1;
                }
                last_line = trimmed;
            }
            match newline {
                Some(p) => line_start = p + 1,
                None => break,
            }
        }
        let info = ParaInfo {
            end,
            max_line,
            long_lines,
            last_line_terminal: ends_sentence(last_line),
        };
        self.para = Some(info);
        info
    }
}

/// Turns cut positions into trimmed spans. A piece with nothing but dots,
/// ellipses and closing punctuation (the tail of ". . . .”") joins the
/// sentence before it.
fn build_spans(text: &str, cuts: &[usize]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &end in cuts.iter().chain(std::iter::once(&text.len())) {
        if end <= start {
            continue;
        }
        let piece = &text[start..end];
        let (lead, trail) = (lead_space(piece), trail_space(piece));
        if lead + trail < piece.len() {
            let span = Span::new(start + lead, end - trail);
            let body = span.text(text);
            let only_dots = body
                .chars()
                .all(|c| c == '.' || c == '…' || c.is_whitespace() || is_closer_char(c));
            match out.last_mut() {
                Some(prev) if only_dots => prev.end = span.end,
                _ => out.push(span),
            }
        }
        start = end;
    }
    out
}

/// Whether ASCII byte `b` is whitespace as `char::is_whitespace` has it
/// (which, unlike `u8::is_ascii_whitespace`, counts the vertical tab).
#[inline]
fn is_ascii_space_char(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Bytes of leading whitespace, as `s.len() - s.trim_start().len()`. ASCII
/// spaces are counted by byte; `trim_start` (which decodes every char) runs
/// only from a non-ASCII char.
fn lead_space(s: &str) -> usize {
    let bytes = s.as_bytes();
    let n = bytes
        .iter()
        .take_while(|&&b| is_ascii_space_char(b))
        .count();
    match bytes.get(n) {
        Some(b) if !b.is_ascii() => s.len() - s[n..].trim_start().len(),
        _ => n,
    }
}

/// Bytes of trailing whitespace, as `s.len() - s.trim_end().len()` (see
/// [`lead_space`]).
fn trail_space(s: &str) -> usize {
    let bytes = s.as_bytes();
    let n = bytes
        .iter()
        .rev()
        .take_while(|&&b| is_ascii_space_char(b))
        .count();
    let rest = &s[..s.len() - n];
    match rest.as_bytes().last() {
        Some(b) if !b.is_ascii() => s.len() - rest.trim_end().len(),
        _ => n,
    }
}

fn is_closer_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›' | '」' | '』' | '）'
    )
}

/// Byte length of a closing quote/bracket at `i`, or 0.
#[inline]
fn closer_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'"' | b'\'' | b')' | b']' | b'}') => 1,
        Some(0xC2) if bytes.get(i + 1) == Some(&0xBB) => 2, // »
        Some(0xE2) if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x9D | 0x99 | 0xBA) => 3, // ” ’ ›
            _ => 0,
        },
        Some(0xE3) if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x8D | 0x8F) => 3, // 」 』
            _ => 0,
        },
        Some(0xEF) if bytes.get(i + 1) == Some(&0xBC) && bytes.get(i + 2) == Some(&0x89) => 3, // ）
        _ => 0,
    }
}

/// Byte length of a closer ending just before `i`, or 0.
#[inline]
fn closer_len_before(bytes: &[u8], i: usize) -> usize {
    // Multi-byte closers end in a continuation byte: before an ASCII byte
    // only a one-byte closer can end (the usual case, decided without the
    // three probes below).
    match i.checked_sub(1).map(|p| bytes[p]) {
        None => return 0,
        Some(b) if b.is_ascii() => return closer_len(bytes, i - 1),
        Some(_) => {}
    }
    if i >= 2 && closer_len(bytes, i - 2) == 2 {
        return 2;
    }
    if i >= 3 && closer_len(bytes, i - 3) == 3 {
        return 3;
    }
    0
}

/// Byte length of an opening quote/bracket at `i`, or 0.
fn opener_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'"' | b'\'' | b'(' | b'[' | b'{') => 1,
        Some(0xC2) if matches!(bytes.get(i + 1), Some(0xAB | 0xBF | 0xA1)) => 2, // « ¿ ¡
        Some(0xE2) if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x9C | 0x98 | 0xB9) => 3, // “ ‘ ‹
            _ => 0,
        },
        Some(0xE3) if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x8C | 0x8E) => 3, // 「 『
            _ => 0,
        },
        Some(0xEF) if bytes.get(i + 1) == Some(&0xBC) && bytes.get(i + 2) == Some(&0x88) => 3, // （
        _ => 0,
    }
}

/// Byte length of a whitespace character at `i` (ASCII or Unicode), or 0.
fn space_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) => 1,
        Some(0xC2) if matches!(bytes.get(i + 1), Some(0xA0 | 0x85)) => 2,
        Some(0xE1) if bytes.get(i + 1) == Some(&0x9A) && bytes.get(i + 2) == Some(&0x80) => 3,
        Some(0xE2) => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) => 3,
            (Some(0x81), Some(0x9F)) => 3,
            _ => 0,
        },
        Some(0xE3) if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0x80) => 3,
        _ => 0,
    }
}

/// Whether the character just before `i` is whitespace (or `i` is 0).
#[inline]
fn is_space_before(bytes: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let b = bytes[i - 1];
    if b < 0x80 {
        // As `space_len(bytes, i - 1) == 1`, without the call.
        return matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    }
    // Multi-byte spaces end in a continuation byte; check the 2- and 3-byte forms.
    (i >= 2 && space_len(bytes, i - 2) == 2) || (i >= 3 && space_len(bytes, i - 3) == 3)
}

/// Byte length of a bullet character at `i` (• ‣ ⁃ ◦ ▪), or 0.
fn bullet_len(bytes: &[u8], i: usize) -> usize {
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xE2), Some(0x80), Some(0xA2 | 0xA3)) => 3,
        (Some(0xE2), Some(0x81), Some(0x83)) => 3,
        (Some(0xE2), Some(0x97), Some(0xA6)) => 3,
        (Some(0xE2), Some(0x96), Some(0xAA)) => 3,
        _ => 0,
    }
}

/// Byte length of a bullet (or a space) ending just before `i`, or 0.
fn bullet_len_before(bytes: &[u8], i: usize) -> usize {
    if i >= 3 && bullet_len(bytes, i - 3) == 3 {
        return 3;
    }
    0
}

/// Byte length of a CJK full stop, exclamation or question mark at `i`, or 0.
fn cjk_stop_len(bytes: &[u8], i: usize) -> usize {
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xE3), Some(0x80), Some(0x82)) => 3,        // 。
        (Some(0xEF), Some(0xBC), Some(0x81 | 0x9F)) => 3, // ！ ？
        (Some(0xEF), Some(0xBD), Some(0xA1)) => 3,        // ｡
        _ => 0,
    }
}

/// Whether `line` ends with sentence-final punctuation, closing quotes and
/// brackets after it aside.
#[inline]
fn ends_sentence(line: &[u8]) -> bool {
    let mut t = line.len();
    while t > 0 {
        let c = closer_len_before(line, t);
        if c == 0 {
            break;
        }
        t -= c;
    }
    t > 0 && ends_with_terminal(line, t)
}

/// Whether the text before `t` ends with sentence-final punctuation.
#[inline]
fn ends_with_terminal(bytes: &[u8], t: usize) -> bool {
    // A CJK stop or an ellipsis ends in a continuation byte.
    let last = bytes[t - 1];
    matches!(last, b'.' | b'!' | b'?')
        || (!last.is_ascii()
            && t >= 3
            && (cjk_stop_len(bytes, t - 3) == 3 || bytes[t - 3..t] == *"…".as_bytes()))
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Whether the line ending at `e` ends in a way that a sentence cannot
/// (a comma, a hyphen, a conjunction or article): wrapped text continues.
fn line_continues(bytes: &[u8], e: usize) -> bool {
    match bytes[e - 1] {
        b',' | b';' | b'-' | b'(' | b'&' | b'/' => return true,
        _ => {}
    }
    // Continuation words have at most five letters: the walk stops at six.
    let mut s = e;
    while s > 0 && e - s <= 5 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s == e || e - s > 5 {
        return false;
    }
    let word = &bytes[s..e];
    CONTINUATION_WORDS.iter().any(|w| w.as_bytes() == word)
}

static WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
static MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Reads an ASCII word at `p`; returns it and its end.
fn word_at(bytes: &[u8], p: usize) -> Option<(&str, usize)> {
    let mut e = p;
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
        e += 1;
    }
    (e > p).then(|| (std::str::from_utf8(&bytes[p..e]).unwrap_or(""), e))
}

/// End of a full date at `p`: "[Weekday, ]Month D, YYYY".
fn leading_date_end(bytes: &[u8], p: usize) -> Option<usize> {
    let (mut word, mut e) = word_at(bytes, p)?;
    if WEEKDAYS.contains(&word) {
        if !bytes[e..].starts_with(b", ") {
            return None;
        }
        (word, e) = word_at(bytes, e + 2)?;
    }
    if !MONTHS.contains(&word) || bytes.get(e) != Some(&b' ') {
        return None;
    }
    let mut d = e + 1;
    while d < bytes.len() && d - e <= 3 && bytes[d].is_ascii_digit() {
        d += 1;
    }
    if d == e + 1 || !bytes[d..].starts_with(b", ") {
        return None;
    }
    let y = d + 2;
    let year_ok = bytes.len() >= y + 4
        && bytes[y..y + 4].iter().all(u8::is_ascii_digit)
        && !bytes.get(y + 4).is_some_and(u8::is_ascii_alphanumeric);
    year_ok.then_some(y + 4)
}

/// End of a dash-terminated dateline at paragraph start `p`: capitalised
/// place words, an optional date and agency in parentheses, then `--`, `—`,
/// `–` or ` - `, followed by a capitalised word.
fn dateline_dash_end(bytes: &[u8], p: usize) -> Option<usize> {
    let limit = (p + 90).min(bytes.len());
    // No scan for a dash first: prose fails at its first lowercase word,
    // sooner than a scan of the 90 bytes.
    let mut q = p;
    let mut has_marker = false; // a comma, an agency in parentheses or an ALL-CAPS place
    let mut first_word = true;
    while q < limit {
        match bytes[q] {
            b'\n' | b'!' | b'?' | b';' | b'"' => return None,
            b' ' => q += 1,
            b',' => {
                has_marker = true;
                q += 1;
            }
            b'(' => {
                let close = bytes[q..limit].iter().position(|&b| b == b')')?;
                has_marker = true;
                q += close + 1;
            }
            b'-' | 0xE2 => {
                let dash = if bytes[q..].starts_with(b"--") {
                    2
                } else if bytes[q..].starts_with("—".as_bytes())
                    || bytes[q..].starts_with("–".as_bytes())
                {
                    3
                } else if bytes[q] == b'-' && q > p && bytes[q - 1] == b' ' {
                    1
                } else {
                    return None;
                };
                if !has_marker || q == p || bytes[q - 1] != b' ' {
                    return None;
                }
                let end = q + dash;
                let mut r = end;
                while r < bytes.len() && bytes[r] == b' ' {
                    r += 1;
                }
                let next_ok = bytes
                    .get(r)
                    .is_some_and(|b| b.is_ascii_uppercase() || *b == b'"')
                    || opener_len(bytes, r) > 0;
                return (r > end && next_ok).then_some(end);
            }
            _ => {
                // A word: capitalised, a number, or a state abbreviation.
                let start = q;
                while q < limit && !matches!(bytes[q], b' ' | b',' | b'(' | b'\n') {
                    q += 1;
                }
                let word = &bytes[start..q];
                let capital = word[0].is_ascii_uppercase() || word[0].is_ascii_digit();
                let joiner = matches!(word, b"and" | b"de" | b"del" | b"la" | b"of" | b"upon");
                if !(capital || joiner) {
                    return None;
                }
                if first_word && word.len() >= 3 && word.iter().all(u8::is_ascii_uppercase) {
                    has_marker = true;
                }
                first_word = false;
            }
        }
    }
    None
}

/// Verbs that attribute speech ("Smith asked", "I say").
static SPEECH_VERBS: &[&str] = &[
    "added",
    "adds",
    "announced",
    "answered",
    "argued",
    "ask",
    "asked",
    "asks",
    "cried",
    "declared",
    "explained",
    "insisted",
    "noted",
    "replied",
    "said",
    "say",
    "says",
    "screamed",
    "shouted",
    "tell",
    "tells",
    "told",
    "tweeted",
    "warned",
    "whispered",
    "wondered",
    "wrote",
    "yelled",
];

/// Whether the words at `q` attribute a quote: up to three words (a name, a
/// pronoun, "the spokesman") and then a speech verb.
fn attribution_follows(bytes: &[u8], q: usize) -> bool {
    let mut p = q;
    for _ in 0..4 {
        let start = p;
        while p < bytes.len() && (bytes[p].is_ascii_alphabetic() || bytes[p] == b'-') {
            p += 1;
        }
        if p == start {
            return false;
        }
        if let Ok(word) = std::str::from_utf8(&bytes[start..p]) {
            if SPEECH_VERBS.contains(&word) {
                return true;
            }
        }
        // Words are separated by single spaces; anything else ends the look.
        if bytes.get(p) != Some(&b' ') {
            return false;
        }
        p += 1;
    }
    false
}

/// Whether the word at `q` is a lowercase-initial brand or acronym with a
/// capital inside (iPhone, eBay, iOS, mRNA): it can open a sentence.
fn camel_case_at(bytes: &[u8], q: usize) -> bool {
    bytes.get(q).is_some_and(u8::is_ascii_lowercase)
        && bytes
            .get(q + 1..(q + 3).min(bytes.len()))
            .is_some_and(|w| w.iter().any(u8::is_ascii_uppercase))
}

/// Whether a Roman numeral (I, IV, XII ...) stands at `q` as a whole word.
fn roman_numeral_at(bytes: &[u8], q: usize) -> bool {
    let mut e = q;
    while e < bytes.len() && matches!(bytes[e], b'I' | b'V' | b'X' | b'L' | b'C') {
        e += 1;
    }
    e > q && !bytes.get(e).is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the (capitalised) word at `q` usually opens a sentence.
fn starts_sentence(bytes: &[u8], q: usize) -> bool {
    let mut e = q;
    while e < bytes.len() && e - q < 16 && bytes[e].is_ascii_alphabetic() {
        e += 1;
    }
    if e == q {
        return false;
    }
    // "A." / "I." are initials, not the article or the pronoun.
    if e - q == 1 && bytes.get(e) == Some(&b'.') {
        return false;
    }
    let Ok(word) = std::str::from_utf8(&bytes[q..e]) else {
        return false;
    };
    SENTENCE_STARTERS.binary_search(&word).is_ok()
}

/// "U.S", "a.m", "D.C", "Ph.D", "e.g": letter groups of one or two letters
/// joined by periods (the final period is not part of `word`).
fn is_letter_dot_abbreviation(word: &[u8]) -> bool {
    let mut groups = 0;
    for group in word.split(|&b| b == b'.') {
        if group.is_empty() || group.len() > 2 || !group.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

fn trim_ascii(s: &[u8]) -> &[u8] {
    let mut a = 0;
    let mut b = s.len();
    while a < b && s[a].is_ascii_whitespace() {
        a += 1;
    }
    while b > a && s[b - 1].is_ascii_whitespace() {
        b -= 1;
    }
    &s[a..b]
}

/// Start of the paragraph containing `i` (just after the previous blank line).
fn paragraph_start(bytes: &[u8], i: usize) -> usize {
    let mut p = i;
    while p > 0 {
        if bytes[p - 1] == b'\n' {
            // Is there another newline before, with only spaces between?
            let mut q = p - 1;
            while q > 0 && matches!(bytes[q - 1], b' ' | b'\t' | b'\r') {
                q -= 1;
            }
            if q > 0 && bytes[q - 1] == b'\n' {
                return p;
            }
        }
        p -= 1;
    }
    0
}

/// End of the paragraph containing `i` (the first newline of the next blank
/// line, or the end of the text), looking no further than `limit`.
fn paragraph_end(bytes: &[u8], i: usize, limit: usize) -> usize {
    let n = bytes.len().min(limit);
    let mut p = i;
    while p < n {
        if bytes[p] == b'\n' {
            let mut q = p + 1;
            while q < n && matches!(bytes[q], b' ' | b'\t' | b'\r') {
                q += 1;
            }
            if q >= n || bytes[q] == b'\n' {
                return p;
            }
        }
        p += 1;
    }
    n
}

/// End of a bracketed reference mark such as `[17]` starting at `m`.
fn reference_mark_end(bytes: &[u8], m: usize) -> Option<usize> {
    if bytes.get(m) != Some(&b'[') {
        return None;
    }
    let mut p = m + 1;
    while p < bytes.len() && p - m <= 4 && bytes[p].is_ascii_digit() {
        p += 1;
    }
    (p > m + 1 && bytes.get(p) == Some(&b']')).then_some(p + 1)
}

/// Parses a list marker whose punctuation (`.` or `)`) is at `i`.
fn parse_marker(bytes: &[u8], i: usize) -> Option<Marker> {
    let n = bytes.len();
    let before = if i > 0 { bytes[i - 1] } else { 0 };
    if !(before.is_ascii_digit() || before.is_ascii_lowercase() || before == b'.') {
        return None;
    }
    let punct = bytes[i];
    let (value_end, style, end) = if punct == b'.' {
        if bytes.get(i + 1) == Some(&b')') {
            (i, MarkerStyle::DotParen, i + 2)
        } else {
            (i, MarkerStyle::Dot, i + 1)
        }
    } else if punct == b')' {
        if i > 0 && bytes[i - 1] == b'.' {
            return None; // "1.)" is handled at its period
        }
        (i, MarkerStyle::Paren, i + 1)
    } else {
        return None;
    };
    // A marker is followed by a space and then text.
    if end >= n || !matches!(bytes[end], b' ' | b'\t') {
        return None;
    }
    let mut s = value_end;
    while s > 0 && value_end - s < 3 && bytes[s - 1].is_ascii_digit() {
        s -= 1;
    }
    let value = if s < value_end {
        if s > 0 && bytes[s - 1].is_ascii_digit() {
            return None;
        }
        let mut v = 0u32;
        for &d in &bytes[s..value_end] {
            v = v * 10 + u32::from(d - b'0');
        }
        MarkerValue::Number(v)
    } else if value_end > 0 && bytes[value_end - 1].is_ascii_lowercase() {
        s = value_end - 1;
        MarkerValue::Letter(bytes[s])
    } else {
        return None;
    };
    // Preceded by the start, whitespace, an opening bracket or a bullet.
    if s > 0 && !is_space_before(bytes, s) && bullet_len_before(bytes, s) == 0 {
        return None;
    }
    Some(Marker {
        start: s,
        end,
        style,
        value,
    })
}

/// Whether the next marker of the same list appears before `limit`.
fn find_successor(bytes: &[u8], marker: &Marker, limit: usize) -> bool {
    let punct = match marker.style {
        MarkerStyle::Dot | MarkerStyle::DotParen => b'.',
        MarkerStyle::Paren => b')',
    };
    let mut p = marker.end;
    while p < limit {
        if bytes[p] == punct {
            if let Some(next) = parse_marker(bytes, p) {
                if next.style == marker.style && next.value.follows(marker.value) {
                    return true;
                }
            }
        }
        p += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        SentenceSplitter::new()
            .split(text)
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn space_counts_match_trim() {
        for s in [
            "",
            "  ",
            " a ",
            "\u{b}x\u{b}",
            "\n\t x. \r\n",
            "\u{a0} x \u{2003}",
            " \u{3000}\u{85}é\u{a0} ",
            "é",
            "x\u{1f}",
        ] {
            assert_eq!(lead_space(s), s.len() - s.trim_start().len(), "{s:?}");
            assert_eq!(trail_space(s), s.len() - s.trim_end().len(), "{s:?}");
        }
    }

    #[test]
    fn has_closing_bracket_matches_a_plain_search() {
        let text = b"abc)defghijklmnop]qrstuvwxyz0123456789\xe2\x80\x9cx)";
        for a in 0..=text.len() {
            for b in a..=text.len() {
                let expected = text[a..b].iter().any(|&c| c == b')' || c == b']');
                assert_eq!(has_closing_bracket(&text[a..b]), expected, "{a}..{b}");
            }
        }
    }

    /// The sixteen-byte test flags a chunk exactly when the eight-byte test
    /// flags one of its halves, whatever the byte and wherever it sits; and
    /// the byte-at-a-time fallbacks agree with both near a line's end.
    #[test]
    fn sixteen_byte_skip_flags_what_the_eight_byte_test_does() {
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut chunk = [b'a'; 16];
                chunk[at] = b;
                let expected = candidate_bits(&chunk, 0) | candidate_bits(&chunk, 8) != 0;
                assert_eq!(
                    candidate_lanes(&chunk) != 0,
                    expected,
                    "byte {b:#x} at {at}"
                );
                // The first flagged lane is the byte's.
                let first = if expected { Ok(at) } else { Err(16) };
                assert_eq!(skip_to_candidate(&chunk), first, "byte {b:#x} at {at}");
                assert_eq!(
                    expected,
                    matches!(b, b'.' | b'!' | b'?' | b')' | b'\n') || b >= 0x80,
                    "byte {b:#x}"
                );
            }
        }
        let text = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa end. Next one";
        for cut in 30..text.len() {
            assert_eq!(
                split(&text[..cut]).len(),
                1 + usize::from(cut > 46),
                "{cut}"
            );
        }
    }

    #[test]
    fn rfind_newline_matches_a_plain_search() {
        let text = b"abcdefghijklmnop\nqrstuvwxyz0123456789\n\xe2\x80\x9cx\n\n";
        for end in 0..=text.len() {
            let expected = text[..end].iter().rposition(|&b| b == b'\n');
            assert_eq!(rfind_newline(text, end), expected, "end {end}");
        }
    }

    #[test]
    fn starters_are_sorted() {
        let mut sorted = SENTENCE_STARTERS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, SENTENCE_STARTERS);
    }

    #[test]
    fn abbreviation_kinds_come_from_the_list() {
        let s = SentenceSplitter::new();
        assert_eq!(s.abbreviation_kind(b"DR"), Some(AbbrevKind::Prefix));
        assert_eq!(s.abbreviation_kind(b"No"), Some(AbbrevKind::Number));
        assert_eq!(s.abbreviation_kind(b"Inc"), Some(AbbrevKind::General));
        assert_eq!(s.abbreviation_kind(b"house"), None);
    }

    #[test]
    fn user_abbreviations_extend_the_list() {
        let text = "The Xyz. Committee met. It agreed.";
        assert_eq!(split(text).len(), 3);
        let mut s = SentenceSplitter::new();
        s.add_abbreviations("Xyz prefix\n# comment\n");
        assert_eq!(s.split(text).len(), 2);
    }

    #[test]
    fn basic_cases() {
        assert_eq!(
            split("The vote closed at 5 p.m. The minister said no."),
            vec!["The vote closed at 5 p.m.", "The minister said no."]
        );
        assert_eq!(
            split("He said \"yes.\" Then he left."),
            vec!["He said \"yes.\"", "Then he left."]
        );
        assert_eq!(
            split("Headline\n\nBody text."),
            vec!["Headline", "Body text."]
        );
    }
}
