//! Small text helpers for the entity stage: a word tokenizer with byte
//! offsets, sentence-initial positions and name normalisation.

use crate::model::{Document, Span};
use crate::timex::lexicon::{classify, Lex};

pub use crate::hash::{FastMap, FastSet};

/// A word: letters and digits, with inner apostrophes and hyphens
/// ("Xi'an", "vice-chancellor"); a possessive "'s" is left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// [`shape_bit`] of the word: several passes ask per-document word sets
    /// through shape filters, and a token's shape is worked out once.
    pub shape: u16,
    /// Whether the word starts with an uppercase letter
    /// ([`is_capitalised`]): most passes skip the others.
    pub cap: bool,
    /// Whether the word is ASCII letters and digits alone (no joiner, no
    /// other character, nothing cut off): a whole run of them.
    pub plain: bool,
}

/// A word's bit in a 4096-bit filter, from its length and first and last
/// byte.
pub fn shape_bit(w: &[u8]) -> u16 {
    shape_of(w.len(), *w.first().unwrap_or(&0), *w.last().unwrap_or(&0))
}

/// [`shape_bit`] of a word of `len` bytes from `first` to `last`.
#[inline(always)]
pub fn shape_of(len: usize, first: u8, last: u8) -> u16 {
    let (first, last) = (first as usize, last as usize);
    ((len.wrapping_mul(0x9e37) ^ (first << 4) ^ (last.wrapping_mul(0x1f))) & 4095) as u16
}

/// Whether exactly one space separates tokens `a` and `b`.
#[inline]
pub fn one_space_between(text: &str, a: &Token, b: &Token) -> bool {
    b.span.start == a.span.end + 1 && text.as_bytes()[a.span.end] == b' '
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// Byte classes for [`tokenize`], as bits: an ASCII letter or digit, a
/// byte that needs a closer look inside a word (an apostrophe, a hyphen, or
/// part of a non-ASCII character), a byte that may start a word (a letter,
/// a digit or a non-ASCII byte). One table load per byte instead of range
/// tests.
const ALNUM: u8 = 1;
const SPECIAL: u8 = 2;
const STARTS: u8 = 4;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM | STARTS
        } else if c >= 0x80 {
            SPECIAL | STARTS
        } else if c == b'\'' || c == b'-' {
            SPECIAL
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Words of `text` in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out = Vec::with_capacity(n / 5);
    let mut i = 0;
    // One index walks the text (no slice or iterator set up per word): it
    // runs a few hundred thousand times per megabyte.
    while i < n {
        // Spaces and ASCII punctuation between words (apostrophes and
        // hyphens too) never start one: skipped by one table test each.
        let b = bytes[i];
        let class = BYTE_CLASS[b as usize];
        if class & STARTS == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let (cap, mut plain);
        if class & ALNUM != 0 {
            i += 1;
            (cap, plain) = (b.is_ascii_uppercase(), true);
        } else {
            let (c, len) = char_at(text, start);
            i += len;
            if !is_word_char(c) {
                continue;
            }
            (cap, plain) = (c.is_uppercase(), false);
        }
        loop {
            // The run of ASCII letters and digits (a search over the rest
            // of the bytes: one bound per run, not one per byte).
            i += bytes[i..]
                .iter()
                .position(|&b| BYTE_CLASS[b as usize] & ALNUM == 0)
                .unwrap_or(n - i);
            if i == n || BYTE_CLASS[bytes[i] as usize] & SPECIAL == 0 {
                break;
            }
            let (d, dlen) = char_at(text, i);
            if is_word_char(d)
                || (is_joiner(d) && i + dlen < n && is_word_char(char_at(text, i + dlen).0))
            {
                // (A joiner is kept only when a letter or digit follows it.)
                i += dlen;
                plain = false;
            } else {
                break;
            }
        }
        // A plain word has no apostrophe: no possessive to strip.
        let end = if !plain && matches!(bytes[i - 1], b's' | b'S') {
            start + strip_possessive(&text[start..i]).len()
        } else {
            i
        };
        out.push(Token {
            span: Span::new(start, end),
            shape: shape_of(end - start, b, bytes[end - 1]),
            cap,
            plain,
        });
    }
    out
}

/// The character at byte `i` (a char boundary) and its length; news text is
/// mostly ASCII, which needs no decoding.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or('\u{fffd}');
    (c, c.len_utf8())
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// "China's" → "China"; "Khan’s" → "Khan".
pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

/// The rest of `s` after a leading possessive "'s " (straight or curly
/// apostrophe): "'s health minister" → "health minister". A bare
/// apostrophe is the possessive of a name ending in "s" ("Barbados'
/// agriculture minister"): the callers pass the text right after a name,
/// and it counts only when a lowercase word follows (a closing quote mark
/// after a name is followed by punctuation or a capital).
pub fn after_possessive(s: &str) -> Option<&str> {
    s.strip_prefix("'s ")
        .or_else(|| s.strip_prefix("’s "))
        .or_else(|| {
            s.strip_prefix("' ")
                .or_else(|| s.strip_prefix("’ "))
                .filter(|rest| rest.starts_with(|c: char| c.is_lowercase()))
                // (a split "'s": "Romania' s Ambassador")
                .map(|rest| rest.strip_prefix("s ").unwrap_or(rest))
        })
}

/// For each token, whether capitalisation says nothing there: it starts a
/// sentence, a line, or follows an opening quote or a colon. Asked of few
/// tokens (capitalised words a word list or the gazetteer knows), so each
/// answer is worked out when asked rather than for every token up front.
pub struct Initials<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The document's sentences, in text order.
    sentences: &'a [Span],
}

impl<'a> Initials<'a> {
    pub fn new(doc: &'a Document, tokens: &'a [Token]) -> Self {
        Initials {
            text: &doc.text,
            tokens,
            sentences: &doc.sentences,
        }
    }

    /// Whether token `k` is initial.
    pub fn at(&self, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1).map(|p| self.tokens[p].span.start) else {
            return true;
        };
        let s = self.tokens[k].span.start;
        // A sentence starts after the previous token and no later than this one.
        let next = self.sentences.partition_point(|x| x.start <= prev);
        if self.sentences.get(next).is_some_and(|x| x.start <= s) {
            return true;
        }
        // Mostly a word and a space come before: not initial (the general
        // test below reaches the same answer more slowly).
        let bytes = self.text.as_bytes();
        if s >= 2 && bytes[s - 1] == b' ' && bytes[s - 2].is_ascii_alphanumeric() {
            return false;
        }
        opens_after(self.text, s)
    }
}

/// Whether the text before byte `s`, spaces aside, is its start, a line
/// break, an opening quote or bracket, a colon, a dash or a bullet.
fn opens_after(text: &str, s: usize) -> bool {
    let bytes = text.as_bytes();
    // Look back over spaces, tabs and no-break spaces (bytes C2 A0) to the
    // previous character; decoded only if it is not ASCII.
    let mut j = s;
    loop {
        if j > 0 && matches!(bytes[j - 1], b' ' | b'\t') {
            j -= 1;
        } else if j >= 2 && bytes[j - 2] == 0xC2 && bytes[j - 1] == 0xA0 {
            j -= 2;
        } else {
            break;
        }
    }
    let prev = match bytes[..j].last() {
        None => return true,
        Some(&b) if b < 0x80 => b as char,
        Some(_) => text[..j].chars().next_back().unwrap_or(' '),
    };
    matches!(
        prev,
        '\n' | '"' | '“' | '‘' | ':' | '(' | '[' | '—' | '–' | '•'
    )
}

/// The byte offsets of the line breaks of `text`, in order: found once
/// per document (one vectorised search) for the passes that walk its
/// lines (joining wrapped lines, the datelines), which each searched
/// line by line before.
pub fn line_breaks(text: &str) -> Vec<usize> {
    // Sized for wire copy, which wraps lines every 60-80 bytes: grown by
    // doubling from empty, the vector was copied several times per article.
    let mut breaks = Vec::with_capacity(text.len() / 48 + 1);
    breaks.extend(memchr::memchr_iter(b'\n', text.as_bytes()));
    breaks
}

/// `text` with every single line break (not part of a blank line) turned
/// into a space; byte offsets are unchanged. Borrowed when there is none.
pub fn join_wrapped_lines(text: &str) -> std::borrow::Cow<'_, str> {
    join_wrapped_lines_at(text, &line_breaks(text))
}

/// [`join_wrapped_lines`] with the [`line_breaks`] of `text` known.
pub fn join_wrapped_lines_at<'a>(text: &'a str, breaks: &[usize]) -> std::borrow::Cow<'a, str> {
    let bytes = text.as_bytes();
    // (A break that ends the text wraps nothing: kept, so that a pattern
    // ending at the end of a line still ends there, "By Linnea Öberg\n".)
    let single = |i: usize| {
        (i == 0 || bytes[i - 1] != b'\n') && bytes.get(i + 1).is_some_and(|&b| b != b'\n')
    };
    let mut singles = breaks.iter().copied().filter(|&i| single(i)).peekable();
    if singles.peek().is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    // Copied piece by piece (no UTF-8 check of the whole copy): only ASCII
    // newlines become ASCII spaces.
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for i in singles {
        out.push_str(&text[from..i]);
        out.push(' ');
        from = i + 1;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// Whether `set` holds `word` lowercased. Word lists are looked up once per
/// token and per candidate; lowercasing into a fresh `String` each time cost
/// more than the lookups, so short ASCII words are lowercased on the stack.
pub fn contains_lower(set: &FastSet<String>, word: &str) -> bool {
    with_lower(word, |l| set.contains(l))
}

thread_local! {
    /// [`with_lower`]'s buffer for ASCII words with a capital.
    static LOWER_BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Calls `f` with `word` lowercased (as `str::to_lowercase` would), without
/// allocating for ASCII words of up to 64 bytes.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    if !bytes.iter().any(|b| b.is_ascii_uppercase()) {
        // Lowercase ASCII is its own lowercase; non-ASCII may not be.
        if word.is_ascii() {
            return f(word);
        }
    } else if bytes.len() <= 64 && word.is_ascii() {
        // Lowercased in a buffer kept across calls: `str::make_ascii_lowercase`
        // keeps it a `str`, where a byte array would be validated as UTF-8
        // again on every call (a word's lookups are asked a few hundred
        // thousand times per megabyte). A call made from inside `f` finds
        // the buffer taken and uses the stack.
        let mut f = Some(f);
        let done = LOWER_BUF.with(|cell| {
            let mut buf = cell.try_borrow_mut().ok()?;
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            f.take().map(|f| f(&buf))
        });
        let Some(f) = f else {
            // `f` ran on the buffer: `done` holds its result.
            return done.expect("f ran on the buffer");
        };
        let mut buf = [0u8; 64];
        let buf = &mut buf[..bytes.len()];
        buf.copy_from_slice(bytes);
        buf.make_ascii_lowercase();
        // ASCII in, ASCII out.
        return f(std::str::from_utf8(buf).unwrap_or(word));
    }
    f(&word.to_lowercase())
}

/// Whether the first character is an uppercase letter.
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether every letter is uppercase and there are at least two.
pub fn is_all_caps(s: &str) -> bool {
    // An ASCII word (nearly all) in one pass over its bytes: its letters
    // are A-Z and a-z. At the first non-ASCII byte, the test by chars.
    let mut upper = 0;
    for &b in s.as_bytes() {
        if b >= 0x80 {
            return is_all_caps_by_chars(s);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        upper += usize::from(b.is_ascii_uppercase());
    }
    upper >= 2
}

/// [`is_all_caps`] of any text, char by char.
fn is_all_caps_by_chars(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// A display name: typographic apostrophes made plain, whitespace collapsed.
pub fn normalise_name(s: &str) -> String {
    // Most names are ASCII words with single spaces, which the loop below
    // would copy unchanged: copied whole.
    if is_plain_name(s.as_bytes()) {
        return s.to_string();
    }
    normalise_chars(s)
}

/// [`normalise_name`] char by char, for any text.
fn normalise_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(match c {
            '’' | '‘' => '\'',
            '‐' | '‑' => '-',
            _ => c,
        });
    }
    out
}

/// Whether [`normalise_name`] leaves `b` as it is: ASCII, no whitespace
/// but single spaces between words.
fn is_plain_name(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for &c in b {
        // (ASCII whitespace other than the space: tab, line feed, vertical
        // tab, form feed, carriage return.)
        if c >= 0x80 || matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            return false;
        }
        let space = c == b' ';
        if space && prev_space {
            return false;
        }
        prev_space = space;
    }
    true
}

/// `s` lowercased as `str::to_lowercase` does, ASCII text by the cheaper
/// ASCII mapping (the same result for it).
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// How far from the top of an article a dateline may stand.
const DATELINE_WINDOW: usize = 1500;

/// The place of a wire dateline near the top of an article and the region
/// or country after it: "ATLANTA, Ga. -- The …" gives ("ATLANTA", "Ga."),
/// "KAILI, Guizhou, Nov. 20 -- …" ("KAILI", "Guizhou"), "HAVANA (AP) --"
/// and "AMMAN, Feb. 11 --" the place alone. The place is written in
/// capitals at the start of a line, and the line goes on with an optional
/// region and date and then a dash, a bracket or a slash.
pub fn find_dateline_place(text: &str) -> Option<(Span, Option<Span>)> {
    find_dateline_place_at(text, &line_breaks(text))
}

/// [`find_dateline_place`] with the [`line_breaks`] of `text` known.
pub fn find_dateline_place_at(text: &str, breaks: &[usize]) -> Option<(Span, Option<Span>)> {
    let window = text.len().min(DATELINE_WINDOW);
    let mut line_start = 0;
    let mut ends = breaks.iter().copied();
    while line_start < window {
        let line_end = ends.next().unwrap_or(text.len());
        if let Some(found) = dateline_in_line(&text[line_start..line_end], line_start) {
            return Some(found);
        }
        line_start = line_end + 1;
    }
    None
}

/// The datelines that open later paragraphs, after byte `from`: a
/// news-in-brief roundup files each item from its own place ("…\n\nSANTIAGO
/// — Chile and New Zealand …"; "…\n\nPERU: A mining company …"). Only a
/// line after a blank line counts, with the shapes [`find_dateline_place`]
/// accepts or a place heading its item alone on a line. `breaks` are the
/// [`line_breaks`] of `text`.
pub fn later_datelines(text: &str, breaks: &[usize], from: usize) -> Vec<(Span, Option<Span>)> {
    let mut found = Vec::new();
    let mut after_blank = false;
    let mut line_start = 0;
    // Most documents have no line at all that starts in capitals: one pass
    // over line starts, the full test only there.
    let mut ends = breaks.iter().copied();
    while line_start < text.len() {
        let line_end = ends.next().unwrap_or(text.len());
        let line = &text[line_start..line_end];
        if is_blank(line) {
            after_blank = true;
        } else {
            if after_blank && line_start >= from {
                if let Some(dateline) = dateline_in_line(line, line_start)
                    .or_else(|| heading_place(line, line_start, &text[line_end..]))
                {
                    found.push(dateline);
                }
            }
            after_blank = false;
        }
        line_start = line_end + 1;
    }
    found
}

/// Whether `line` is whitespace alone (`line.trim().is_empty()`): nearly
/// every line that is not starts with an ASCII character that is no space.
fn is_blank(line: &str) -> bool {
    // An indent of ASCII spaces ("    The …" in wire copy) by bytes; the
    // rest, from a non-ASCII character on, as `trim_start` takes it.
    // (Whitespace alone up to its first other character: the same answer
    // as trimming both ends.)
    let b = line.as_bytes();
    let lead = b
        .iter()
        .position(|&c| !is_ascii_space(c))
        .unwrap_or(b.len());
    match b.get(lead) {
        None => true,
        Some(&c) if c < 0x80 => false,
        _ => line[lead..].trim_start().is_empty(),
    }
}

/// Whether `b` is an ASCII character `char::is_whitespace` accepts (unlike
/// `u8::is_ascii_whitespace`, the vertical tab too).
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The last word of `s` split at whitespace, as
/// `s.split_whitespace().next_back()` finds it: asked of the text before
/// a name, so read backwards by byte (only a non-ASCII character nearby,
/// which may be a Unicode space, takes the general way).
pub fn last_word_of(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    let mut start = end;
    while start > 0 && b[start - 1] < 0x80 && !is_ascii_space(b[start - 1]) {
        start -= 1;
    }
    if b[end - 1] >= 0x80 || (start > 0 && b[start - 1] >= 0x80) {
        return s.split_whitespace().next_back();
    }
    Some(&s[start..end])
}

/// "PERU" alone on a line, then the item's text on the next: a roundup
/// heads each item with its place. Up to three words in capitals that
/// fill the line, a line of text right after.
fn heading_place(line: &str, offset: usize, after: &str) -> Option<(Span, Option<Span>)> {
    let body = line.trim();
    let lead = line.len() - line.trim_start().len();
    let capitals = body
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '\'' | '’' | '-'));
    let text_follows = after
        .strip_prefix('\n')
        .is_some_and(|next| next.starts_with(char::is_uppercase));
    (capitals
        && text_follows
        && body.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && body.split(' ').count() <= 3
        && body.ends_with(char::is_alphabetic))
    .then(|| (Span::new(offset + lead, offset + lead + body.len()), None))
}

fn dateline_in_line(line: &str, offset: usize) -> Option<(Span, Option<Span>)> {
    // The indent: ASCII whitespace byte by byte, the rest (no-break and
    // other Unicode spaces) as `trim_start` takes it.
    let ascii_lead = line
        .bytes()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
        .unwrap_or(line.len());
    let lead = match line.as_bytes().get(ascii_lead) {
        Some(&b) if b >= 0x80 => line.len() - line.trim_start().len(),
        _ => ascii_lead,
    };
    let body = &line[lead..];
    // Most lines fail at once: a place in capitals starts with an uppercase
    // letter and goes on with another capital (or a joiner), never a
    // lowercase letter (the full test below would find the same).
    match body.as_bytes() {
        [b, ..] if *b < 0x80 && !b.is_ascii_uppercase() => return None,
        [_, b, ..] if b.is_ascii_lowercase() => return None,
        _ => {}
    }
    let mut city_len = body
        .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-')))
        .unwrap_or(body.len());
    // "EDINBURGH -- A surgeon": the dash ends the place, even when the
    // sentence after it starts with a capital word.
    if let Some(dash) = body[..city_len].find(" -") {
        city_len = dash;
    }
    let city = body[..city_len].trim_end();
    if city.chars().filter(|c| c.is_alphabetic()).count() < 3
        || city.split(' ').count() > 3
        || !city.starts_with(char::is_alphabetic)
        || !city.ends_with(char::is_alphabetic)
    {
        return None;
    }
    let city_span = Span::new(offset + lead, offset + lead + city.len());
    let rest = &body[city.len()..];
    let is_dash = |s: &str| ["--", "—", "–", "- "].iter().any(|d| s.starts_with(d));
    // "HAVANA (AP) --", "RABAT — Morocco is …".
    if let Some(inner) = rest.strip_prefix(" (") {
        let close = inner.find(')')?;
        return is_dash(inner[close + 1..].trim_start()).then_some((city_span, None));
    }
    if is_dash(rest.trim_start()) && rest.starts_with(' ') {
        return Some((city_span, None));
    }
    // "PERU: Canadian mining company …": a news-in-brief item headed by its
    // place and a colon.
    if rest
        .strip_prefix(": ")
        .is_some_and(|r| r.starts_with(char::is_uppercase))
    {
        return Some((city_span, None));
    }
    // "ATLANTA, Ga. --", "OSLO, Norway, February 10, 2021 /PRNewswire/".
    let after_comma = rest.strip_prefix(", ")?;
    // The place ends within 80 bytes: only that much is searched for the
    // marker (a marker is at most 4 bytes), not the rest of the paragraph.
    let mut reach = after_comma.len().min(84);
    while !after_comma.is_char_boundary(reach) {
        reach -= 1;
    }
    let end = [" --", " —", " –", " - ", " (", " /"]
        .iter()
        .filter_map(|m| after_comma[..reach].find(m))
        .min()?;
    if end > 80 {
        return None;
    }
    let middle = &after_comma[..end];
    let middle_start = offset + lead + city.len() + 2;
    let mut region = None;
    let mut pos = 0;
    for (k, segment) in middle.split(", ").enumerate() {
        let first = segment.split(' ').next().unwrap_or("");
        let date_like = first.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                classify(first.trim_end_matches('.').as_bytes()),
                Lex::Month(_) | Lex::MonthAbbr(_)
            );
        if !date_like {
            let words = segment.split(' ').count();
            if k > 0
                || words > 3
                || !segment
                    .split(' ')
                    .all(|w| w.starts_with(char::is_uppercase))
            {
                return None;
            }
            region = Some(Span::new(
                middle_start + pos,
                middle_start + pos + segment.len(),
            ));
        }
        pos += segment.len() + 2;
    }
    Some((city_span, region))
}

/// "NEW YORK" → "New York", "N'DJAMENA" → "N'Djamena", "XI'AN" → "Xi'an":
/// a word's first letter stays capital, and so does the letter after a
/// hyphen or after a one-letter prefix and apostrophe.
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = 0; // letters since the start of the word part
    let mut upper_next = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if upper_next {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            upper_next = false;
            run += 1;
        } else {
            upper_next = matches!(c, ' ' | '-') || (matches!(c, '\'' | '’') && run == 1);
            if c == ' ' || c == '-' {
                run = 0;
            }
            out.push(c);
        }
    }
    out
}

/// Words of a name (split on whitespace).
pub fn name_words(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

/// ASCII letters for the Latin-1 and Latin Extended-A letters U+00C0 to
/// U+017F (`_` where there is none: "Æ", "ß", "×").
const ASCII_BASE: &[u8; 192] = b"AAAAAA_CEEEEIIII_NOOOOO_OUUUUY__aaaaaa_ceeeeiiii_nooooo_ouuuuy_y\
AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi__JjKk_LlLlLl_\
_LlNnNnNn___OoOoOo__RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz_";

/// `word` written without its diacritics ("Ömer" → "Omer", "Łukasz" →
/// "Lukasz", "Dāvis" → "Davis"), into `out`: false (and `out` left as it
/// may be) when `word` is all ASCII or holds a letter with no ASCII base.
pub fn unaccented_into(word: &str, out: &mut String) -> bool {
    if word.is_ascii() {
        return false;
    }
    out.clear();
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let base = (c as u32)
            .checked_sub(0xC0)
            .and_then(|i| ASCII_BASE.get(i as usize))
            .copied();
        match base {
            Some(b) if b != b'_' => out.push(char::from(b)),
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_word_of_agrees_with_split_whitespace() {
        // Random strings of words, ASCII and Unicode spaces and non-ASCII
        // letters: the byte walk must find what `split_whitespace` does.
        let pieces = [
            "a", "Zo", "in", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{a0}", "\u{2009}",
            "\u{3000}", "\u{85}", "é", "Ünal", "日本", "-", ".", "\u{1C}",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 7) {
                s.push_str(pieces[((seed >> (8 * k + 3)) % pieces.len() as u64) as usize]);
            }
            assert_eq!(last_word_of(&s), s.split_whitespace().next_back(), "{s:?}");
            assert_eq!(is_blank(&s), s.trim().is_empty(), "{s:?}");
        }
    }

    #[test]
    fn tokens_carry_the_shape_and_case_of_their_word() {
        let text = "Émile met él, the UN's Xi'an office and São Paulo's mayor";
        for t in tokenize(text) {
            let w = t.span.text(text);
            assert_eq!(t.shape, shape_bit(w.as_bytes()), "{w}");
            assert_eq!(t.cap, is_capitalised(w), "{w}");
        }
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_drop_possessives() {
        let text = "China's Xi'an vice-chancellor Khan’s 'quoted'";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.span.text(text)).collect();
        assert_eq!(
            words,
            vec!["China", "Xi'an", "vice-chancellor", "Khan", "quoted"]
        );
    }

    #[test]
    fn tokens_match_the_char_by_char_definition() {
        // The definition: runs of letters and digits, joined by an
        // apostrophe or hyphen that has a letter or digit after it, less a
        // possessive ending.
        fn plain(text: &str) -> Vec<(usize, usize)> {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let mut out = Vec::new();
            let mut k = 0;
            while k < chars.len() {
                if !chars[k].1.is_alphanumeric() {
                    k += 1;
                    continue;
                }
                let start = chars[k].0;
                let mut j = k + 1;
                while j < chars.len() {
                    if chars[j].1.is_alphanumeric() {
                        j += 1;
                    } else if is_joiner(chars[j].1)
                        && chars.get(j + 1).is_some_and(|c| c.1.is_alphanumeric())
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                let end = chars.get(j).map_or(text.len(), |c| c.0);
                out.push((start, start + strip_possessive(&text[start..end]).len()));
                k = j;
            }
            out
        }
        let pieces = [
            "a", "Zo", "9", " ", "  ", "'", "’", "-", "‐", "s", "S", "é", "Ünal", ".", ",", "\n",
            "(", "日本", "ß", "—", "'s", "’S", "x-", "-y",
        ];
        let mut seed = 11u64;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..(seed % 17) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_add(1);
            let fast: Vec<(usize, usize)> = tokenize(&text)
                .iter()
                .map(|t| (t.span.start, t.span.end))
                .collect();
            assert_eq!(fast, plain(&text), "{text:?}");
        }
    }

    /// Every token's flag, as the scan over all tokens worked it out.
    fn initial_flags(doc: &Document, tokens: &[Token]) -> Vec<bool> {
        let text = doc.text.as_str();
        let bytes = text.as_bytes();
        // The sentences not yet reached: each token passes the starts before it.
        let mut sentences = doc.sentences.as_slice();
        tokens
            .iter()
            .enumerate()
            .map(|(k, tok)| {
                let s = tok.span.start;
                let mut sentence_start = false;
                while let [first, rest @ ..] = sentences {
                    if first.start > s {
                        break;
                    }
                    sentence_start = true;
                    sentences = rest;
                }
                if sentence_start || k == 0 {
                    return true;
                }
                // Mostly a word and a space come before: not initial (the
                // general test below reaches the same answer more slowly).
                if s >= 2 && bytes[s - 1] == b' ' && bytes[s - 2].is_ascii_alphanumeric() {
                    return false;
                }
                opens_after(text, s)
            })
            .collect()
    }

    #[test]
    fn initials_asked_one_by_one_match_the_scan_over_all_tokens() {
        let texts = [
            "The UN said. \"Aid\" came: Food (Rice) and  Water\n\nNext — Line",
            "a b. C d\n  E \u{a0}F, “G” [H] • I – J",
            "",
            "One",
        ];
        for text in texts {
            let mut doc = Document::new("t", text);
            // Sentences at every full stop and line break, and one at a
            // word's middle.
            let mut start = 0;
            for (i, c) in text.char_indices() {
                if matches!(c, '.' | '\n') {
                    doc.sentences.push(Span::new(start, i + 1));
                    start = i + 1;
                }
            }
            if text.len() > 3 {
                doc.sentences.push(Span::new(start, text.len() - 1));
                doc.sentences.push(Span::new(text.len() - 1, text.len()));
            }
            let tokens = tokenize(text);
            let initials = Initials::new(&doc, &tokens);
            let asked: Vec<bool> = (0..tokens.len()).map(|k| initials.at(k)).collect();
            assert_eq!(asked, initial_flags(&doc, &tokens), "{text:?}");
            assert!(asked.iter().any(|&a| !a) || tokens.len() <= 1, "{text:?}");
        }
    }

    #[test]
    fn joins_wrapped_lines_but_not_paragraphs() {
        let t = "Xi'an Jiaotong\nUniversity said.\n\nNext";
        let j = join_wrapped_lines(t);
        assert_eq!(j, "Xi'an Jiaotong University said.\n\nNext");
        assert_eq!(j.len(), t.len());
        // The break that ends the text wraps nothing.
        assert_eq!(join_wrapped_lines("By Ann\nRoe\n"), "By Ann Roe\n");
    }

    #[test]
    fn lowercase_lookups_match_to_lowercase() {
        let mut set: FastSet<String> = FastSet::default();
        set.insert("hospital".into());
        set.insert("école".into());
        for w in ["Hospital", "HOSPITAL", "hospital", "École", "ÉCOLE"] {
            assert!(contains_lower(&set, w), "{w}");
        }
        for w in ["Hospitals", "", "Ecole"] {
            assert!(!contains_lower(&set, w), "{w}");
        }
        let long = "A".repeat(80);
        assert_eq!(with_lower(&long, str::to_string), long.to_lowercase());
        assert_eq!(
            with_lower("İstanbul", str::to_string),
            "İstanbul".to_lowercase()
        );
    }

    #[test]
    fn nested_lowercase_calls_see_their_own_words() {
        // The outer call holds the reused buffer; the inner ones fall back
        // to the stack and must not disturb it.
        let words = ["Foreign", "MINISTER", "said", "Ünal", "", "X"];
        for a in words {
            for b in words {
                let (outer, inner, again) = with_lower(a, |la| {
                    let inner = with_lower(b, |lb| with_lower(a, |l| lb.to_string() + l));
                    (la.to_string(), inner, with_lower(b, str::to_string))
                });
                assert_eq!(outer, a.to_lowercase());
                assert_eq!(inner, b.to_lowercase() + &a.to_lowercase());
                assert_eq!(again, b.to_lowercase());
            }
        }
        // And the buffer is free again afterwards.
        assert_eq!(with_lower("Reuters", str::to_string), "reuters");
    }

    #[test]
    fn title_cases_capitals() {
        assert_eq!(title_case("NEW YORK"), "New York");
        assert_eq!(title_case("N'DJAMENA"), "N'Djamena");
        assert_eq!(title_case("XI'AN"), "Xi'an");
        assert_eq!(title_case("ADRÉ"), "Adré");
        assert_eq!(title_case("PORT-AU-PRINCE"), "Port-Au-Prince");
    }

    #[test]
    fn finds_dateline_places() {
        let found = |t: &str| {
            find_dateline_place(t)
                .map(|(c, r)| (c.text(t).to_string(), r.map(|r| r.text(t).to_string())))
        };
        assert_eq!(
            found("Headline\n\nKAILI, Guizhou, Nov. 20 -- At 6 a.m."),
            Some(("KAILI".into(), Some("Guizhou".into())))
        );
        assert_eq!(found("HAVANA (AP) -- text"), Some(("HAVANA".into(), None)));
        assert_eq!(
            found("RABAT — Morocco is dry."),
            Some(("RABAT".into(), None))
        );
        assert_eq!(
            found("BLUEFIELD, W.Va. -- Ruth"),
            Some(("BLUEFIELD".into(), Some("W.Va.".into())))
        );
        assert_eq!(found("CCC, has accepted bids (for export) today."), None);
        assert_eq!(found("The ministry said (on Monday) -- it"), None);
    }

    #[test]
    fn plain_names_are_their_own_normal_form() {
        let pieces = [
            "A", "b", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "’", "‐", "é", "\u{a0}", "\x1f",
            "-", "'",
        ];
        // Every string of up to three pieces.
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let mut next = Vec::new();
            for t in &texts {
                for p in pieces {
                    next.push(format!("{t}{p}"));
                }
            }
            texts.extend(next);
        }
        for t in &texts {
            assert_eq!(normalise_name(t), normalise_chars(t), "{t:?}");
            assert_eq!(lowercase(t), t.to_lowercase(), "{t:?}");
        }
    }

    #[test]
    fn normalises_names() {
        assert_eq!(
            normalise_name(" Xi’an  Jiaotong\nUniversity"),
            "Xi'an Jiaotong University"
        );
        assert!(is_all_caps("WHO"));
        assert!(!is_all_caps("Who"));
        assert!(!is_all_caps("I"));
    }
}
