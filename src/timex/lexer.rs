//! A single-pass tokenizer tuned for the date grammar: ASCII words, digit
//! runs and single punctuation marks, each tagged with its lexicon class so
//! the grammar never lowercases or compares strings in its hot loop.

use super::lexicon::{vocabulary, Lex};
use super::recognize::{kind_may_start, lex_may_start};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One ASCII punctuation byte.
    Punct(u8),
    /// A non-ASCII character (curly quotes, dashes, letters with accents).
    Other,
    /// A URL, e-mail address or similar chunk: never part of a date.
    Opaque,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// Numeric value of a digit run (saturating), else 0.
    pub num: u32,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
    /// Whether a line break separates this token from the previous one.
    pub newline_before: bool,
    /// Whether a line break that ends a sentence separates this token from
    /// the previous one: a blank line, a heading or dateline line, not the
    /// soft wrap of hard-wrapped prose. The tokenizer sets it wherever
    /// `newline_before` is; [`mark_sentence_breaks`] keeps only the breaks
    /// the sentence splitter cut at.
    pub break_before: bool,
    /// First letter is uppercase (words only).
    pub cap: bool,
}

impl Token {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
}

/// Whether the ASCII punctuation byte at `i` shows its chunk to be a URL
/// or e-mail address: "@", "://", or "www" alone before a dot.
#[inline]
fn starts_opaque(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'@' => true,
        b':' => bytes.get(i + 1..i + 3) == Some(b"//"),
        // "www" alone before the dot in its chunk (one word token).
        b'.' => {
            i >= 3
                && bytes[i - 3..i].eq_ignore_ascii_case(b"www")
                && (i == 3 || bytes[i - 4].is_ascii_whitespace())
        }
        _ => false,
    }
}

/// Replaces the tokens of the whitespace-delimited chunk around byte `at`
/// with one opaque token running to the chunk's end, drops those tokens
/// from `starts[..n_starts]` (an opaque token starts nothing) and returns
/// the byte offset after it. URLs and e-mail addresses are detected lazily,
/// on their "://", "@" or "www." ([`starts_opaque`]), so ordinary words pay
/// nothing; out of line, so the main loop keeps its registers.
#[inline(never)]
fn make_opaque(
    bytes: &[u8],
    tokens: &mut Vec<Token>,
    starts: &[u32],
    n_starts: &mut usize,
    at: usize,
) -> usize {
    // The chunk is found only here, so that ordinary tokens need not track
    // where theirs began.
    let chunk_start = bytes[..at]
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    let mut chunk_tok = tokens.len();
    while chunk_tok > 0 && tokens[chunk_tok - 1].start >= chunk_start {
        chunk_tok -= 1;
    }
    while *n_starts > 0 && starts[*n_starts - 1] as usize >= chunk_tok {
        *n_starts -= 1;
    }
    let end = bytes[at..]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(bytes.len(), |p| at + p);
    let (space_before, newline_before) = tokens
        .get(chunk_tok)
        .map_or((true, false), |t| (t.space_before, t.newline_before));
    tokens.truncate(chunk_tok);
    tokens.push(Token {
        start: chunk_start,
        end,
        kind: Kind::Opaque,
        lex: Lex::None,
        num: 0,
        space_before,
        newline_before,
        break_before: newline_before,
        cap: false,
    });
    end
}

/// End and value (saturating) of the run of ASCII digits starting at `i`.
/// Out of line: its constants would otherwise hold two registers of the
/// main loop, which words (most tokens) need.
#[inline(never)]
fn digit_run(bytes: &[u8], mut i: usize) -> (usize, u32) {
    // In 64 bits and clamped after each digit, which gives what saturating
    // 32-bit steps give (a clamped value times ten plus a digit cannot
    // overflow 64 bits) with no overflow test per step.
    let mut n: u64 = 0;
    while let Some(d) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
        n = (n * 10 + u64::from(d - b'0')).min(u64::from(u32::MAX));
        i += 1;
    }
    (i, n as u32)
}

/// End of the UTF-8 encoded character starting at `i`.
#[inline]
fn other_end(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
        i += 1;
    }
    i
}

/// The high bit of each byte of `v` (eight text bytes, little-endian) that
/// is not an ASCII letter.
#[inline(always)]
fn non_letters(v: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    // Per byte, no carries between bytes (each stays below 0x80 + 0x1f):
    // high bit of `x + 0x1f` ⇔ x ≥ 'a'; of `x + 0x05` ⇔ x ≥ '{'.
    let x = (v | CASE) & LOW7;
    let ge_a = x + 0x1f1f_1f1f_1f1f_1f1f;
    let ge_brace = x + 0x0505_0505_0505_0505;
    let letter = ge_a & !ge_brace & !v & HIGH;
    !letter & HIGH
}

/// End of the run of ASCII letters starting at `i`. Eight bytes at a time:
/// a per-byte loop mispredicts its exit on nearly every word.
#[inline]
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let other = non_letters(v);
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, &mut tokens, &mut Vec::new(), &mut Vec::new());
    tokens
}

/// [`tokenize`] into a caller's buffer (cleared first), so a thread can
/// reuse one allocation for every document. Also writes to `starts[..n]`
/// the indexes of the tokens that may start an expression (see
/// [`crate::timex::recognize::lex_may_start`]), so the grammar visits those
/// only, and returns `n`. (`starts` is only grown, never shrunk, to avoid
/// clearing it per document.) Sets `lines` to the indexes, ascending, of
/// the tokens after the first, other than opaque ones, that a line break
/// precedes (see [`mark_sentence_breaks`]): a line break is met in the rare
/// whitespace branch, so they are listed there rather than found by a
/// second pass over every token.
pub fn tokenize_into(
    text: &str,
    buffer: &mut Vec<Token>,
    starts: &mut Vec<u32>,
    lines: &mut Vec<u32>,
) -> usize {
    let bytes = text.as_bytes();
    let vocabulary = vocabulary();
    // A local vector, so its length can live in a register rather than be
    // stored back through the reference after every push.
    let mut tokens = std::mem::take(buffer);
    tokens.clear();
    // English news averages a token per 4–5 bytes; reserving for more avoids regrowth.
    tokens.reserve(bytes.len() / 3 + 8);
    // Written at `n_starts` for every token and kept only for candidates, so
    // there is no branch on the (unpredictable) candidate test; a text has
    // at most one token per byte.
    if starts.len() < bytes.len() + 1 {
        starts.resize(bytes.len() + 1, 0);
    }
    lines.clear();
    let mut n_starts = 0;
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            if (b == b'\n' || b == b'\r') && !newline_before {
                newline_before = true;
                // The next token's index; none follows at the text's end.
                lines.push(tokens.len() as u32);
            }
            i += 1;
            continue;
        }
        let start = i;
        // Each class pushes its own token, so the fields it fixes are
        // stored as constants (one merged push kept every field of every
        // class live across the branches and spilled them).
        let may_start = if b.is_ascii_alphabetic() {
            // Most words fit in the first eight bytes: then the bytes that
            // find the word's end are also its lookup key (no second load).
            // (The rest's length is tested rather than `start..start + 8`
            // taken, which costs an overflow check per word.)
            let (lex, may_start) = match bytes.get(start..).filter(|rest| rest.len() >= 8) {
                Some(chunk) => {
                    let v = u64::from_le_bytes(chunk[..8].try_into().expect("8 bytes"));
                    let other = non_letters(v);
                    if other != 0 {
                        // Byte 0 is a letter, so the word has 1–7 letters.
                        let len = (other.trailing_zeros() / 8) as usize;
                        i = start + len;
                        vocabulary.classify_short(v, len)
                    } else {
                        i = letters_end(bytes, start + 8);
                        vocabulary.classify_start_at(bytes, start, i)
                    }
                }
                None => {
                    i = letters_end(bytes, i + 1);
                    vocabulary.classify_start_at(bytes, start, i)
                }
            };
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Word,
                lex,
                num: 0,
                space_before,
                newline_before,
                break_before: newline_before,
                cap: b.is_ascii_uppercase(),
            });
            may_start
        } else if b.is_ascii_digit() {
            let n;
            (i, n) = digit_run(bytes, i);
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Num,
                lex: Lex::None,
                num: n,
                space_before,
                newline_before,
                break_before: newline_before,
                cap: false,
            });
            true
        } else if b.is_ascii() {
            if starts_opaque(bytes, i) {
                i = make_opaque(bytes, &mut tokens, starts, &mut n_starts, i);
                space_before = false;
                newline_before = false;
                continue;
            }
            i += 1;
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Punct(b),
                lex: Lex::None,
                num: 0,
                space_before,
                newline_before,
                break_before: newline_before,
                cap: false,
            });
            b == b'\''
        } else {
            i = other_end(bytes, i);
            tokens.push(Token {
                start,
                end: i,
                kind: Kind::Other,
                lex: Lex::None,
                num: 0,
                space_before,
                newline_before,
                break_before: newline_before,
                cap: false,
            });
            true
        };
        debug_assert!({
            let t = tokens[tokens.len() - 1];
            may_start == (kind_may_start(t.kind) || lex_may_start(t.lex))
        });
        starts[n_starts] = (tokens.len() - 1) as u32;
        n_starts += may_start as usize;
        // Most tokens are followed by one space: taken here, it costs no
        // trip round the loop (a whitespace byte cost as much as the test
        // of a word's class).
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
        newline_before = false;
    }
    *buffer = tokens;
    n_starts
}

/// Keeps `break_before` only on tokens that open a sentence of `sentences`
/// (spans in text order, as the sentence splitter gives them), so that a
/// line break the splitter read as the soft wrap of hard-wrapped prose does
/// not end the clause: the verb deciding a date's tense is often on the line
/// before or after. A blank line always ends a sentence, and the splitter
/// cuts after headings, datelines and list items, so those stay breaks.
/// One pass over the line breaks and the sentence starts together.
/// `lines` lists the tokens after a line break, as [`tokenize_into`] gives
/// them: only those can hold a break, so the rest are not visited.
pub fn mark_sentence_breaks(tokens: &mut [Token], sentences: &[crate::model::Span], lines: &[u32]) {
    let mut starts = sentences.iter().map(|s| s.start).peekable();
    for &k in lines {
        let k = k as usize;
        if k == 0 || k >= tokens.len() {
            continue;
        }
        debug_assert!(tokens[k].newline_before);
        let prev_end = tokens[k - 1].end;
        while starts.next_if(|&s| s < prev_end).is_some() {}
        tokens[k].break_before = starts.peek().is_some_and(|&s| s <= tokens[k].start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::lexicon::{classify, VOCABULARY};

    /// The breaks kept by visiting only the listed line tokens are those
    /// kept by visiting every token (the former pass), for texts with line
    /// breaks in every position: leading, doubled, "\r\n", before and
    /// inside URL chunks, at the end.
    #[test]
    fn listed_line_breaks_equal_a_pass_over_every_token() {
        fn every_token(tokens: &mut [Token], sentences: &[crate::model::Span]) {
            let mut starts = sentences.iter().map(|s| s.start).peekable();
            for k in 1..tokens.len() {
                if !tokens[k].newline_before {
                    continue;
                }
                let prev_end = tokens[k - 1].end;
                while starts.next_if(|&s| s < prev_end).is_some() {}
                tokens[k].break_before = starts.peek().is_some_and(|&s| s <= tokens[k].start);
            }
        }
        let pieces = [
            "Talks end",
            "\n",
            "\r\n",
            "\n\n",
            " ",
            "on Monday.",
            "see\nwww.x.org/a",
            "\nhttps://x.y/z",
            "bob@x.com",
            "May\n1",
            "  \n  ",
            "12:30",
            "\u{201c}Hi\u{201d}",
            "\n\r",
            "x",
        ];
        let splitter = crate::sentences::SentenceSplitter::new();
        let mut n = 0u64;
        // Every sequence of up to four pieces.
        let mut seq = vec![0usize];
        while seq.len() <= 4 {
            let text: String = seq.iter().map(|&p| pieces[p]).collect();
            let sentences = splitter.split(&text);
            let mut fast = Vec::new();
            let mut lines = Vec::new();
            tokenize_into(&text, &mut fast, &mut Vec::new(), &mut lines);
            let mut slow = fast.clone();
            mark_sentence_breaks(&mut fast, &sentences, &lines);
            every_token(&mut slow, &sentences);
            let f: Vec<bool> = fast.iter().map(|t| t.break_before).collect();
            let s: Vec<bool> = slow.iter().map(|t| t.break_before).collect();
            assert_eq!(f, s, "{text:?}");
            n += 1;
            // Next sequence (odometer).
            let mut k = 0;
            loop {
                if k == seq.len() {
                    seq.push(0);
                    break;
                }
                seq[k] += 1;
                if seq[k] < pieces.len() {
                    break;
                }
                seq[k] = 0;
                k += 1;
            }
        }
        assert!(n > 50_000);
    }

    /// A digit run's value is what saturating 32-bit steps give.
    #[test]
    fn digit_runs_saturate_as_32_bit_steps() {
        let saturating = |digits: &str| {
            digits.bytes().fold(0u32, |n, b| {
                n.saturating_mul(10).saturating_add((b - b'0') as u32)
            })
        };
        let mut runs: Vec<String> = (0..=12)
            .flat_map(|len| ["9", "1", "0", "4", "5"].map(|d| d.repeat(len)))
            .collect();
        runs.extend(
            [
                "4294967295",
                "4294967296",
                "4294967290",
                "42949672950",
                "0004294967295",
            ]
            .map(String::from),
        );
        // A pseudo-random spread of lengths and digits.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 14) as usize;
            runs.push(
                (0..len)
                    .map(|k| (b'0' + ((x >> (4 * k)) % 10) as u8) as char)
                    .collect(),
            );
        }
        for run in runs {
            let text = format!("{run}x");
            let (end, n) = digit_run(text.as_bytes(), 0);
            assert_eq!((end, n), (run.len(), saturating(&run)), "{run}");
        }
    }

    /// The tokenizer classifies a word as the lexicon does, whether the word
    /// fits the eight-byte fast path, runs past it, or ends the text.
    #[test]
    fn words_classify_as_the_lexicon_does() {
        for (w, _) in VOCABULARY {
            for word in [w.to_string(), w.to_uppercase()] {
                let want = classify(word.as_bytes());
                for text in [
                    format!("{word} x"),
                    format!("x {word}"),
                    format!("({word}, 12345678"),
                    format!("{word}9abcdefghijklmnop"),
                    word.clone(),
                ] {
                    let toks = tokenize(&text);
                    let t = toks
                        .iter()
                        .find(|t| text[t.start..t.end] == word)
                        .unwrap_or_else(|| panic!("{word} in {text:?}"));
                    assert_eq!(t.kind, Kind::Word, "{text:?}");
                    assert_eq!(t.lex, want, "{text:?}");
                }
            }
        }
        // URLs and e-mail addresses are one opaque token from their chunk's start.
        for (text, want) in [
            ("see www.example.com now", "www.example.com"),
            ("(www.x.org)", ""),
            ("WWW.X", "WWW.X"),
            ("awww.x", ""),
            ("mail bob@x.com.", "bob@x.com."),
            ("@handle said", "@handle"),
            ("\nhttps://x.y/z?a=1 ok", "https://x.y/z?a=1"),
            ("at 10:30 today", ""),
        ] {
            let toks = tokenize(text);
            let opaque: Vec<&str> = toks
                .iter()
                .filter(|t| t.kind == Kind::Opaque)
                .map(|t| &text[t.start..t.end])
                .collect();
            let want: Vec<&str> = Some(want).filter(|w| !w.is_empty()).into_iter().collect();
            assert_eq!(opaque, want, "{text:?}");
        }
        // Words that are not in the vocabulary, of every length up to 20.
        let long = "abcdefghijklmnopqrst";
        for n in 1..=long.len() {
            let text = format!("{} {}.", &long[..n], &long[..n]);
            let toks = tokenize(&text);
            assert_eq!(toks.len(), 3, "{text:?}");
            for t in &toks[..2] {
                assert_eq!(t.end - t.start, n);
                assert_eq!(t.lex, classify(&long.as_bytes()[..n]));
            }
        }
    }
}
