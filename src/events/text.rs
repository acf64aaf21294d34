//! Token-level helpers for the event rules: a small tokenizer with byte
//! offsets, noun-phrase chunking and money/quantity parsing.

use std::borrow::Cow;

/// A token of a sentence with its byte span in the document.
#[derive(Clone, Debug)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    /// Lowercased text; borrowed from the document when already lowercase
    /// (most tokens), which keeps tokenizing allocation-light.
    pub lower: Cow<'a, str>,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Contains a letter or digit (not punctuation).
    pub word: bool,
}

/// ASCII letters and digits, as a table: the tokenizer's inner loop.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Per byte of `x`: 0x80 when the byte is in `lo..=hi` (ASCII bounds).
fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let ascii = !x & HIGH;
    let y = x & LOW7;
    // adding (0x80 - lo) sets the high bit when y >= lo; adding
    // (0x7F - hi) sets it when y > hi; seven-bit bytes never carry over
    let ge = y + 0x0101_0101_0101_0101 * (0x80 - lo as u64);
    let gt = y + 0x0101_0101_0101_0101 * (0x7F - hi as u64);
    ge & !gt & ascii
}

/// The high bits of the eight bytes of `m` (each 0x80 or 0) as a byte.
fn movemask(m: u64) -> u8 {
    (((m >> 7) & 0x0101_0101_0101_0101).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// Bit `i` set when byte `i` of `x` is an ASCII letter or digit.
pub(crate) fn word_bytes(x: u64) -> u8 {
    let lower = x | 0x2020_2020_2020_2020;
    movemask(bytes_in(lower, b'a', b'z') | bytes_in(x, b'0', b'9'))
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Splits `text[base..base+len]` (one sentence) into tokens. Possessive `'s`
/// is its own token; "Xi'an", "COVID-19", "1,500.5" and "in-person" stay whole.
pub fn tokenize(text: &str, base: usize, end: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_impl(text, None, None, base, end, &mut out);
    out
}

/// [`tokenize`] with `lowered` = `text.to_ascii_lowercase()` (same byte
/// offsets): ASCII tokens then borrow their lowercase form from it instead of
/// allocating one per capitalized word.
pub fn tokenize_lowered<'a>(
    text: &'a str,
    lowered: &'a str,
    base: usize,
    end: usize,
) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    tokenize_impl(text, Some(lowered), None, base, end, &mut out);
    out
}

/// [`tokenize_lowered`] into `out` (cleared first), so a caller can reuse
/// one buffer's allocation for many sentences. `alnum` has bit `i % 64` of
/// word `i / 64` set when byte `i` of `text` is an ASCII letter or digit
/// (the prefilter's bit set of the whole text, so no sentence builds its own).
pub(crate) fn tokenize_lowered_into<'a>(
    text: &'a str,
    lowered: &'a str,
    alnum: &[u64],
    base: usize,
    end: usize,
    out: &mut Vec<Tok<'a>>,
) {
    out.clear();
    tokenize_impl(text, Some(lowered), Some(alnum), base, end, out);
}

fn tokenize_impl<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    alnum: Option<&[u64]>,
    base: usize,
    end: usize,
    out: &mut Vec<Tok<'a>>,
) {
    let s = &text[base..end];
    let bytes = s.as_bytes();
    let n = bytes.len();
    // Most sentences are all ASCII; then no piece needs its own check.
    let all_ascii = s.is_ascii();
    // News prose averages under 4 bytes per token once punctuation counts.
    out.reserve(n / 4 + 4);
    if all_ascii {
        tokenize_ascii(text, lowered, alnum, base, end, out);
        return;
    }
    // The char at byte `i` and its length; ASCII without decoding.
    let at = |i: usize| -> Option<(char, usize)> {
        let &b = bytes.get(i)?;
        if b < 0x80 {
            Some((b as char, 1))
        } else {
            s.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
        }
    };
    let word_at = |i: usize| match bytes.get(i) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => at(i).is_some_and(|(c, _)| is_word_char(c)),
        None => false,
    };
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            // `char::is_whitespace` on ASCII: \t \n \v \f \r and space.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            (b as char, 1)
        } else {
            let Some((c, len)) = at(i) else { break };
            if c.is_whitespace() {
                i += len;
                continue;
            }
            (c, len)
        };
        let start = i;
        if (c == '\'' || c == '’')
            && matches!(bytes.get(i + len), Some(b's' | b'S'))
            && !word_at(i + len + 1)
        {
            i += len + 1;
        } else if is_word_char(c) {
            i += len;
            let mut prev = c;
            loop {
                // ASCII letters and digits in one sweep (most of a word).
                let run = i;
                while i < n && ALNUM[bytes[i] as usize] {
                    i += 1;
                }
                if i > run {
                    prev = bytes[i - 1] as char;
                }
                let Some((c, len)) = at(i) else { break };
                if is_word_char(c) {
                    i += len;
                    prev = c;
                    continue;
                }
                let next = at(i + len).map(|(c, _)| c);
                let joins = match c {
                    '-' | '&' => next.is_some_and(is_word_char),
                    '\'' | '’' => {
                        // "Xi'an" joins; possessive "'s" does not
                        let possessive =
                            matches!(next, Some('s') | Some('S')) && !word_at(i + len + 1);
                        next.is_some_and(|n| n.is_alphabetic()) && !possessive
                    }
                    ',' => {
                        prev.is_ascii_digit()
                            && next.is_some_and(|n| n.is_ascii_digit())
                            && bytes.get(i + 2).is_some_and(|b| b.is_ascii_digit())
                    }
                    '.' => next.is_some_and(is_word_char) && prev.is_alphanumeric(),
                    _ => false,
                };
                if joins {
                    i += len;
                    prev = c;
                } else {
                    break;
                }
            }
        } else {
            i += len;
        }
        let piece = &s[start..i];
        let piece_ascii = all_ascii || piece.is_ascii();
        let lower = if let (Some(low), true) = (lowered, piece_ascii) {
            Cow::Borrowed(&low[base + start..base + i])
        } else if piece_ascii {
            if piece.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(piece.to_ascii_lowercase())
            } else {
                Cow::Borrowed(piece)
            }
        } else if piece.contains('’') {
            Cow::Owned(piece.to_lowercase().replace('’', "'"))
        } else {
            Cow::Owned(piece.to_lowercase())
        };
        out.push(Tok {
            start: base + start,
            end: base + i,
            lower,
            cap: c.is_uppercase(),
            word: c.is_alphanumeric(),
        });
    }
}

/// Sentences up to this many 64-byte words keep their letter bit set on
/// the stack (news sentences are far shorter).
const STACK_WORDS: usize = 16;

/// Bit `i` set when byte `i` of `x` is an ASCII letter or digit, for
/// bytes known to be ASCII: [`word_bytes`] without its guards against
/// bytes past 0x7F (no sum below carries out of its byte).
pub(crate) fn ascii_word_bytes(x: u64) -> u8 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let l = x | 0x2020_2020_2020_2020;
    let letter = (l + ONES * (0x80 - b'a' as u64)) & !(l + ONES * (0x7F - b'z' as u64));
    let digit = (x + ONES * (0x80 - b'0' as u64)) & !(x + ONES * (0x7F - b'9' as u64));
    movemask((letter | digit) & HIGH)
}

/// The eight bytes of `bytes` from `at` (zeros past the end).
#[inline]
pub(crate) fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().unwrap_or_default()),
        None => {
            let mut w = [0u8; 8];
            if at < bytes.len() {
                w[..bytes.len() - at].copy_from_slice(&bytes[at..]);
            }
            u64::from_le_bytes(w)
        }
    }
}

/// `out` = the bit set of `text`'s ASCII letters and digits, as
/// [`tokenize_lowered_into`] takes it (for when no prefilter scan made it).
pub(crate) fn alnum_bits(text: &str, out: &mut Vec<u64>) {
    let bytes = text.as_bytes();
    out.clear();
    out.extend((0..=bytes.len() / 64).map(|w| {
        (0..8).fold(0, |a, k| {
            a | (word_bytes(load8(bytes, w * 64 + k * 8)) as u64) << (8 * k)
        })
    }));
}

/// The first position at or after `i` whose bit is clear in `bits` (64
/// positions a word): the end of a run of letters and digits.
#[inline]
fn run_end(bits: &[u64], i: usize) -> usize {
    let mut w = i / 64;
    let Some(&first) = bits.get(w) else {
        return i;
    };
    let mut m = !first & (u64::MAX << (i % 64));
    while m == 0 {
        w += 1;
        match bits.get(w) {
            Some(&x) => m = !x,
            None => return w * 64,
        }
    }
    w * 64 + m.trailing_zeros() as usize
}

/// [`tokenize_impl`] for an all-ASCII sentence: the same rules on bytes,
/// with no char decoding (most news sentences). The sentence's letters
/// and digits are a bit set (the text's `doc_alnum`, else made here eight
/// bytes per step), so the end of each run of them is one
/// `trailing_zeros`, not a test per byte.
fn tokenize_ascii<'a>(
    text: &'a str,
    lowered: Option<&'a str>,
    doc_alnum: Option<&[u64]>,
    base: usize,
    end: usize,
    out: &mut Vec<Tok<'a>>,
) {
    let s = &text[base..end];
    let low = lowered.map(|l| &l[base..end]);
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut stack = [0u64; STACK_WORDS];
    let mut heap = Vec::new();
    // The bit set and the text offset of its bit 0.
    let (alnum, offset): (&[u64], usize) = match doc_alnum {
        Some(bits) => (bits, base),
        None => {
            let words = n.div_ceil(64);
            let alnum: &mut [u64] = if words <= STACK_WORDS {
                &mut stack[..words]
            } else {
                heap.resize(words, 0);
                &mut heap
            };
            for (w, a) in alnum.iter_mut().enumerate() {
                for k in 0..8 {
                    // zeros past the end: no letters
                    let x = load8(bytes, w * 64 + k * 8);
                    *a |= (ascii_word_bytes(x) as u64) << (8 * k);
                }
            }
            (alnum, 0)
        }
    };
    let alnum_at = |i: usize| bytes.get(i).is_some_and(|&b| ALNUM[b as usize]);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        // `char::is_whitespace` on ASCII: \t \n \v \f \r and space.
        if matches!(b, b'\t'..=b'\r' | b' ') {
            i += 1;
            continue;
        }
        let start = i;
        let word = ALNUM[b as usize];
        if b == b'\'' && matches!(bytes.get(i + 1), Some(b's' | b'S')) && !alnum_at(i + 2) {
            i += 2;
        } else if word {
            loop {
                // bytes[i] is a letter or digit here (the first, or the
                // one a joiner needs after it)
                // (a run of the whole text may go on past the sentence)
                i = (run_end(alnum, offset + i) - offset).min(n);
                if i >= n {
                    break;
                }
                // The last char taken (a letter, digit or joiner).
                let prev = bytes[i - 1];
                let next = bytes.get(i + 1).copied();
                let joins = match bytes[i] {
                    b'-' | b'&' => alnum_at(i + 1),
                    b'\'' => {
                        // "Xi'an" joins; possessive "'s" does not
                        let possessive = matches!(next, Some(b's' | b'S')) && !alnum_at(i + 2);
                        next.is_some_and(|c| c.is_ascii_alphabetic()) && !possessive
                    }
                    b',' => {
                        prev.is_ascii_digit()
                            && next.is_some_and(|c| c.is_ascii_digit())
                            && bytes.get(i + 2).is_some_and(|c| c.is_ascii_digit())
                    }
                    b'.' => alnum_at(i + 1) && prev.is_ascii_alphanumeric(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                i += 1;
            }
        } else {
            i += 1;
        }
        let lower = match low {
            Some(low) => Cow::Borrowed(&low[start..i]),
            None => {
                let piece = &s[start..i];
                if piece.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(piece.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(piece)
                }
            }
        };
        out.push(Tok {
            start: base + start,
            end: base + i,
            lower,
            cap: b.is_ascii_uppercase(),
            word,
        });
    }
}

/// Does `phrase` match the tokens starting at `i`?
pub fn matches_at(toks: &[Tok], i: usize, phrase: &[String]) -> bool {
    !phrase.is_empty()
        && i + phrase.len() <= toks.len()
        && phrase
            .iter()
            .zip(&toks[i..])
            .all(|(p, t)| same_word(p, t.l()))
}

/// `a == b`, rejecting on length and first byte before comparing the rest:
/// rules test phrases at every token of a window, nearly all differ at
/// once, and a `memcmp` call per test was the bulk of the slot filling.
#[inline]
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "both", "all", "some", "this", "these",
    "those", "that", "several", "other", "another", "various",
];

/// Words that end a noun phrase.
fn is_np_stop(w: &str) -> bool {
    // a `match`: compiled to a dispatch on length, not a scan of the list
    matches!(
        w,
        "to"
            | "from"
            | "for"
            | "in"
            | "on"
            | "at"
            | "with"
            | "by"
            | "into"
            | "via"
            | "through"
            | "during"
            | "under"
            | "as"
            | "worth"
            | "valued"
            | "amid"
            | "since"
            | "after"
            | "before"
            | "over"
            | "toward"
            | "towards"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "while"
            | "when"
            | "where"
            | "because"
            | "but"
            | "so"
            | "if"
            | "although"
            | "though"
            | "whereas"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "respectively"
            | "said"
            | "says"
            | "according"
            | "he"
            | "she"
            | "they"
            | "we"
            | "it"
            | "i"
            | "you"
            | "also"
            | "including"
            | "among"
            | "across"
            | "until"
            | "about"
            | "following"
            | "amounting"
            | "totaling"
            | "totalling"
            | "not"
            | "last"
            | "next"
            // common irregular past tenses: without a tagger these end a phrase
            | "drew"
            | "made"
            | "took"
            | "gave"
            | "came"
            | "went"
            | "saw"
            | "told"
            | "met"
            | "held"
            | "won"
            | "lost"
            | "began"
            | "got"
            | "sent"
            | "brought"
            | "bought"
            | "left"
            | "felt"
            | "kept"
            | "became"
            | "sidelines"
            | "behalf"
    )
}

/// Container words stripped at the start of an item ("a set of", "a batch of").
const CONTAINERS: &[&str] = &[
    "set",
    "sets",
    "batch",
    "batches",
    "shipment",
    "shipments",
    "consignment",
    "package",
    "packages",
    "lot",
    "lots",
    "total",
    "number",
    "range",
    "variety",
    "supply",
    "supplies",
];

pub fn is_function_word(w: &str) -> bool {
    is_np_stop(w) || DETERMINERS.contains(&w) || matches!(w, "and" | "or" | "of")
}

/// A noun phrase starting at token `i`: determiners and container words
/// ("a set of") skipped; ends before a preposition, clause word, verb-like
/// auxiliary, punctuation, a token in `blocked` (timex or trigger tokens), or
/// an "and" followed by a capitalised word / pronoun (a new clause).
/// Returns the token range.
pub fn noun_phrase(toks: &[Tok], mut i: usize, blocked: &[bool]) -> Option<(usize, usize)> {
    while i < toks.len() && DETERMINERS.contains(&toks[i].l()) {
        i += 1;
    }
    if i + 1 < toks.len() && CONTAINERS.contains(&toks[i].l()) && toks[i + 1].lower == "of" {
        i += 2;
        while i < toks.len() && DETERMINERS.contains(&toks[i].l()) {
            i += 1;
        }
    }
    let start = i;
    let mut end = i;
    while end < toks.len() && end - start < 12 {
        let t = &toks[end];
        if blocked.get(end).copied().unwrap_or(false) {
            break;
        }
        // "a $2 billion loan": a currency sign before a number is part of
        // the phrase.
        let money = matches!(t.l(), "$" | "€" | "£" | "¥")
            && toks
                .get(end + 1)
                .is_some_and(|n| number_token(&n.lower).is_some());
        if !t.word && t.lower != "-" && t.lower != "'s" && !money {
            break;
        }
        if is_np_stop(t.l()) {
            break;
        }
        // "ports drew …", "suits used by …": a past-tense verb after the head.
        if end > start
            && t.lower.len() > 4
            && t.lower.ends_with("ed")
            && !toks[end - 1].lower.ends_with("ly")
            && !participle_adjective(toks, end)
        {
            break;
        }
        if t.lower == "and" || t.lower == "or" {
            let next = toks.get(end + 1);
            // "masks and gloves" continues; "masks and Italy donated" or
            // "masks and he said" starts something else.
            if next.is_none_or(|n| !n.word || n.cap || is_np_stop(n.l())) {
                break;
            }
        }
        end += 1;
    }
    while end > start && matches!(toks[end - 1].l(), "and" | "or" | "of" | "'s") {
        end -= 1;
    }
    if end == start
        || !toks[start..end]
            .iter()
            .any(|t| t.lower.chars().any(|c| c.is_alphabetic()))
    {
        return None;
    }
    Some((start, end))
}

/// Words right before "to" that make it no giving "to": "up to $5
/// million", "according to", "in addition to the masks", "close to 300",
/// "subject to a vote in the council".
const NOT_GIVING_TO: &[&str] = &[
    "up",
    "subject",
    "according",
    "due",
    "thanks",
    "addition",
    "compared",
    "close",
    "next",
    "prior",
    "equal",
    "equivalent",
    "similar",
    "related",
    "owing",
    "contrary",
    "as",
    "order",
    "back",
    "closer",
    "amounting",
    "total",
    "totalling",
    "totaling",
];

/// Nouns that follow "to the" without naming who receives: "to the tune
/// of", "to the extent", "to the end of the year", "came to the aid of".
const NOT_RECEIVERS: &[&str] = &[
    "tune",
    "extent",
    "degree",
    "point",
    "end",
    "effect",
    "date",
    "aid",
    "rescue",
    "fore",
    "benefit",
    "detriment",
    "contrary",
    "rest",
    "total",
    "tally",
    "sum",
    "amount",
    "value",
];

/// The people or institutions a gift goes to when no name is there
/// ("donated 400 laptops to [12 primary schools] in …", "will give €2m to
/// [families left homeless by last week's earthquake] in …", "pledged $1
/// million toward [the reserve]"): the noun phrase at `i`, right after the
/// giving preposition at `i - 1`. Only a phrase that says which receivers:
/// counted ("12 primary schools"), with a determiner ("the reserve", "their
/// families"), or a plural defined by a participle and its agent ("people
/// displaced by the floods"; the agent stays, as it tells which people).
/// A bare plural ("to hospitals", "to orphanages and care homes") names a
/// kind, not receivers, and an infinitive ("to help", "to build schools")
/// none. Not a name (the entity fillers' job), an amount, a date, a phrase
/// of measure ("to the tune of"), nor "the hospital" alone (a reference to
/// one named elsewhere, which the entity filler resolves or nothing does).
/// The phrase stops at its first preposition.
pub fn receiver(toks: &[Tok], i: usize, blocked: &[bool]) -> Option<(usize, usize)> {
    if i < 2 || NOT_GIVING_TO.contains(&toks[i - 2].l()) {
        return None;
    }
    if let Some(r) = possessed_receiver(toks, i, blocked) {
        return Some(r);
    }
    let first = toks.get(i)?;
    // "€40,000 towards a rainwater tank": what the money is for, not who
    // receives it ("towards the reserve" says which receiver)
    if matches!(toks[i - 1].l(), "toward" | "towards") && matches!(first.l(), "a" | "an") {
        return None;
    }
    let counted = number_token(&first.lower).is_some() || is_number_word(first.l());
    let (a, b) = noun_phrase(toks, i, blocked)?;
    let opening = &toks[a];
    if opening.cap
        || blocked[a]
        || NOT_RECEIVERS.contains(&opening.l())
        || toks[a..b].iter().any(|t| money_or_share(t.l()))
    {
        return None;
    }
    let agent = participle_agent(toks, a, b, blocked);
    let determined = a > i;
    let referring = determined
        && b == a + 1
        && matches!(first.l(), "the" | "this" | "that")
        && RECEIVING_INSTITUTIONS.contains(&opening.l());
    // (a bare plural only: "12 primary schools" and "the families" say
    // which already, and stop before "in")
    let located = (agent.is_none()
        && !counted
        && !determined
        && !PURPOSE_VERBS.contains(&opening.l())
        && looks_plural_person(toks[b - 1].l()))
    .then(|| named_place_end(toks, b, blocked))
    .flatten();
    let defined = counted
        || (determined && !referring)
        || (agent.is_some() && looks_plural_person(opening.l()))
        || located.is_some();
    let end = agent.or(located).unwrap_or(b);
    defined.then(|| (a, who_clause_end(toks, end, blocked).unwrap_or(end)))
}

/// "to [Ghana's school feeding programme]", "to [Haiti's earthquake
/// victims]": a name's possession is as defined as one with "the" (the
/// name alone is a modifier, which the entity fillers pass over). A name of
/// at most four capitalised words, "'s", then a phrase in lower case (not
/// "to Kenya's President Ruto": a name again, the entity fillers' job).
fn possessed_receiver(toks: &[Tok], i: usize, blocked: &[bool]) -> Option<(usize, usize)> {
    let name_end = (i..toks.len().min(i + 4))
        .find(|&k| !(toks[k].cap && toks[k].word && !blocked[k]))
        .unwrap_or(toks.len().min(i + 4));
    if name_end == i || toks.get(name_end)?.lower != "'s" {
        return None;
    }
    let (a, b) = noun_phrase(toks, name_end + 1, blocked)?;
    let opening = &toks[a];
    if a != name_end + 1
        || opening.cap
        || blocked[a]
        || NOT_RECEIVERS.contains(&opening.l())
        || toks[a..b].iter().any(|t| money_or_share(t.l()))
    {
        return None;
    }
    Some((i, b))
}

/// Verbs of purpose that open an infinitive after a giving "to" ("to [help]
/// schools in Wuhan", "to [build] classrooms in Kenya"): the plural after
/// them is what the gift is for, not who receives it.
const PURPOSE_VERBS: &[&str] = &[
    "help",
    "support",
    "assist",
    "aid",
    "build",
    "rebuild",
    "buy",
    "fund",
    "finance",
    "feed",
    "house",
    "equip",
    "supply",
    "train",
    "serve",
    "protect",
    "repair",
    "restore",
    "reach",
    "benefit",
    "provide",
    "cover",
    "pay",
    "hire",
    "treat",
    "vaccinate",
    "educate",
    "shelter",
    "resettle",
    "employ",
    "connect",
    "upgrade",
    "renovate",
    "improve",
    "expand",
    "replace",
    "purchase",
    "refurbish",
    "modernise",
    "modernize",
    "construct",
    "reopen",
    "keep",
    "save",
];

/// Words of administrative division after a place's name ("in Battambang
/// [province]").
const DIVISION_WORDS: &[&str] = &[
    "province",
    "district",
    "region",
    "state",
    "county",
    "governorate",
    "prefecture",
    "municipality",
];

/// "to rice farmers [in Battambang province]", "to families [in
/// Kurigram]": a plural that a named place says which, as a participle's
/// agent does. The end of "in", a name of at most four capitalised words
/// (not a date: "in May" is blocked) and maybe a word of division, when
/// the phrase ends at `b` and "in" follows.
fn named_place_end(toks: &[Tok], b: usize, blocked: &[bool]) -> Option<usize> {
    if toks.get(b)?.lower != "in" {
        return None;
    }
    let name = b + 1;
    let name_end = (name..toks.len().min(name + 4))
        .find(|&k| !(toks[k].cap && toks[k].word && !blocked[k]))
        .unwrap_or(toks.len().min(name + 4));
    if name_end == name {
        return None;
    }
    let division = toks
        .get(name_end)
        .is_some_and(|t| DIVISION_WORDS.contains(&t.l()));
    Some(name_end + usize::from(division))
}

/// "to the families [who lost their homes]", "to the children [who were
/// orphaned]": people a defining relative clause says which. The clause
/// right after the phrase's end `b`, its verb and what follows up to a
/// preposition, clause word, punctuation or date (at most six words).
fn who_clause_end(toks: &[Tok], b: usize, blocked: &[bool]) -> Option<usize> {
    if toks.get(b)?.lower != "who" {
        return None;
    }
    let word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.word && !t.cap && !blocked.get(k).copied().unwrap_or(false))
    };
    // the verb, over one auxiliary ("who were orphaned", "who had fled")
    let mut end = b + 1;
    while end < b + 3 && word(end) {
        let aux = matches!(
            toks[end].l(),
            "were" | "are" | "was" | "is" | "had" | "have" | "has"
        );
        end += 1;
        if !aux {
            break;
        }
    }
    if end == b + 1 {
        return None;
    }
    while end < b + 7 && word(end) && !is_np_stop(toks[end].l()) {
        end += 1;
    }
    Some(end)
}

/// Head nouns of the institutions aid goes to, which news names once and
/// then calls "the hospital". (Not "the bank", "the group", "the commission":
/// those are as often a different one than the last named.)
pub const RECEIVING_INSTITUTIONS: &[&str] = &[
    "hospital",
    "clinic",
    "school",
    "university",
    "college",
    "library",
    "foundation",
    "fund",
    "charity",
    "museum",
    "orphanage",
    "society",
    "association",
    "trust",
    "institute",
    "centre",
    "center",
];

/// "families", "victims", "people", "children" (not "address", "status",
/// "basis": a final s after s, u or i is no plural).
fn looks_plural_person(w: &str) -> bool {
    matches!(w, "people" | "children")
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is"))
}

fn money_or_share(w: &str) -> bool {
    currency_symbol(w).is_some()
        || currency_word(w).is_some()
        || matches!(w, "%" | "percent" | "pct")
}

/// "families left homeless [by last week's earthquake]", "people displaced
/// [by the floods]", "villages hit [by the storm]": when the phrase `a..b`
/// ends in a participle (and maybe its adjective) and "by" follows, the end
/// of the agent (at most six words, up to a preposition, clause word or
/// punctuation).
fn participle_agent(toks: &[Tok], a: usize, b: usize, blocked: &[bool]) -> Option<usize> {
    let participle = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.l(),
                "left" | "hit" | "made" | "struck" | "stricken" | "driven" | "torn" | "caught"
            ) || (t.lower.len() > 4 && t.lower.ends_with("ed"))
        })
    };
    // The participle either ended `noun_phrase` ("people | displaced by") or
    // is one of its last two words ("villages hit | by").
    let p = [b, b - 1, b.saturating_sub(2)]
        .into_iter()
        .find(|&k| k > a && participle(k))?;
    let is_by = |k: usize| toks.get(k).is_some_and(|t| t.lower == "by");
    // ("left homeless by": one adjective between)
    let by = if is_by(p + 1) { p + 1 } else { p + 2 };
    if !is_by(by) {
        return None;
    }
    let mut end = by + 1;
    while end < toks.len() && end < by + 7 {
        // "by last week's earthquake": a date that is a possessor is part of
        // the agent; "by the floods last week" ends before its date.
        if blocked.get(end).copied().unwrap_or(false) {
            let run = (end..toks.len())
                .find(|&k| blocked.get(k) != Some(&true))
                .unwrap_or(toks.len());
            if toks.get(run).is_none_or(|t| t.lower != "'s") {
                break;
            }
            end = run + 1;
            continue;
        }
        let t = &toks[end];
        if !(t.word || t.lower == "'s") || is_np_stop(t.l()) {
            break;
        }
        end += 1;
    }
    (end > by + 1).then_some(end)
}

/// "1,500 [prefabricated] housing containers", "two [refrigerated] trucks",
/// "litres of [bottled] water": after a number or "of", a participle before a
/// noun is an adjective, not a verb.
fn participle_adjective(toks: &[Tok], k: usize) -> bool {
    let prev = &toks[k - 1].lower;
    (number_token(prev).is_some() || is_number_word(prev) || prev == "of")
        && toks.get(k + 1).is_some_and(|n| {
            n.word && !n.cap && !is_function_word(&n.lower) && !n.lower.ends_with("ly")
        })
}

/// Number words that count goods ("two refrigerated trucks").
pub fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "hundred"
            | "hundreds"
            | "dozen"
            | "dozens"
            | "thousands"
    )
}

/// The value of a count written as a word ("two" … "twelve", the tens to
/// fifty), for counted goods; not "hundreds", "dozens": no number.
fn counted_word_value(w: &str) -> Option<f64> {
    Some(match w {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        _ => return None,
    })
}

/// A money amount or counted quantity found in tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    pub t0: usize,
    pub t1: usize,
    /// `USD 1500000`, `CNY 500000`, `100000 masks`.
    pub value: String,
    pub money: bool,
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "CNY",
        "₹" => "INR",
        "₦" => "NGN",
        "₱" => "PHP",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₴" => "UAH",
        _ => return None,
    })
}

fn currency_word(s: &str) -> Option<&'static str> {
    Some(match s {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "gbp" => "GBP",
        "yuan" | "rmb" | "cny" | "renminbi" => "CNY",
        "yen" | "jpy" => "JPY",
        "rupee" | "rupees" | "inr" => "INR",
        "pkr" => "PKR",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "won" | "krw" => "KRW",
        "franc" | "francs" | "chf" => "CHF",
        "soles" => "PEN",
        "rand" | "zar" => "ZAR",
        "tugrik" | "tugriks" | "mnt" => "MNT",
        "ringgit" | "myr" => "MYR",
        "rupiah" | "idr" => "IDR",
        "peso" | "pesos" => "PESO",
        "naira" | "ngn" => "NGN",
        "shilling" | "shillings" => "SHILLING",
        "baht" | "thb" => "THB",
        "dirham" | "dirhams" | "aed" => "AED",
        "riyal" | "riyals" => "SAR",
        "dinar" | "dinars" => "DINAR",
        "lira" | "liras" => "TRY",
        "krone" | "kroner" | "kronor" | "krona" => "KRONE",
        // (national currencies of aid-receiving countries, as news writes
        // them after the number: "2 million ariary", "500,000 cedis")
        "cedi" | "cedis" | "ghs" => "GHS",
        "ariary" | "mga" => "MGA",
        "birr" | "etb" => "ETB",
        "taka" | "bdt" => "BDT",
        "kyat" | "kyats" | "mmk" => "MMK",
        "afghani" | "afghanis" | "afn" => "AFN",
        "hryvnia" | "hryvnias" | "uah" => "UAH",
        "lari" => "GEL",
        "tenge" | "kzt" => "KZT",
        "somoni" | "tjs" => "TJS",
        "dram" | "drams" | "amd" => "AMD",
        "shekel" | "shekels" | "ils" => "ILS",
        "zloty" | "zlotys" | "pln" => "PLN",
        "forint" | "huf" => "HUF",
        "dong" | "vnd" => "VND",
        // (more of them, only after a number: "25 million meticais", "9.8
        // billion guaraníes", "500,000 kwacha"; not words of their own in
        // English — no "real", "sum", "lei")
        "metical" | "meticais" | "meticals" | "mzn" => "MZN",
        "guarani" | "guaranis" | "guaraní" | "guaraníes" | "guaranies" | "pyg" => "PYG",
        "kwacha" => "KWACHA",
        "leone" | "leones" => "SLE",
        "kip" => "LAK",
        "riel" | "riels" | "khr" => "KHR",
        "manat" | "manats" => "MANAT",
        "lempira" | "lempiras" => "HNL",
        "quetzal" | "quetzales" | "quetzals" => "GTQ",
        "colones" => "CRC",
        "boliviano" | "bolivianos" => "BOB",
        "reais" | "brl" => "BRL",
        "lev" | "leva" => "BGN",
        "kuna" => "HRK",
        "denar" | "denars" => "MKD",
        "pula" => "BWP",
        "kwanza" | "kwanzas" => "AOA",
        "rufiyaa" => "MVR",
        "ngultrum" => "BTN",
        "gourde" | "gourdes" => "HTG",
        "cordoba" | "cordobas" | "córdobas" => "NIO",
        "dalasi" => "GMD",
        "kina" => "PGK",
        "vatu" => "VUV",
        "rial" | "rials" => "RIAL",
        "koruna" | "korunas" | "czk" => "CZK",
        "emalangeni" | "lilangeni" => "SZL",
        "loti" | "maloti" => "LSL",
        _ => return None,
    })
}

/// The cedi's sign, "GH¢" ("GH¢1.2 million"): the letters glued to "¢",
/// which alone is a cent.
fn cedi_sign(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.cap && t.lower == "gh")
        && toks
            .get(k + 1)
            .is_some_and(|c| c.lower == "¢" && c.start == toks[k].end)
}

/// "U.S. dollars" at `k` ("U.S", ".", "dollars": the abbreviation's last
/// full stop is a token of its own).
fn us_dollars(toks: &[Tok], k: usize) -> Option<&'static str> {
    let is = |j: usize, w: &str| toks.get(j).is_some_and(|t| t.lower == w);
    (is(k, "u.s") && is(k + 1, ".") && matches!(toks.get(k + 2)?.l(), "dollar" | "dollars"))
        .then_some("USD")
}

/// A country's letters before "$": "NZ$", "A$", "C$", "HK$", "S$".
fn dollar_prefix(t: &Tok) -> Option<&'static str> {
    if !t.cap {
        return None;
    }
    Some(match t.l() {
        "nz" => "NZD",
        "a" | "au" => "AUD",
        "c" | "ca" => "CAD",
        "hk" => "HKD",
        "s" | "sg" => "SGD",
        // ("N$3.2 million": Namibian dollars)
        "n" => "NAD",
        _ => return None,
    })
}

/// ISO codes written before the number ("NOK 3 million", "USD 10m").
fn currency_code(t: &Tok) -> Option<&'static str> {
    if !t.cap {
        return None;
    }
    Some(match t.l() {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "cny" | "rmb" => "CNY",
        "jpy" => "JPY",
        "inr" => "INR",
        "pkr" => "PKR",
        "chf" => "CHF",
        "zar" => "ZAR",
        "myr" => "MYR",
        "idr" => "IDR",
        "ngn" => "NGN",
        "nok" => "NOK",
        "sek" => "SEK",
        "dkk" => "DKK",
        "aud" => "AUD",
        "cad" => "CAD",
        "sgd" => "SGD",
        "hkd" => "HKD",
        // local abbreviations written before the number ("Tk 12 crore",
        // "Le 450,000", "Rs 50 lakh", "KSh 2 million"); a number must follow
        "tk" => "BDT",
        "le" => "SLE",
        "rs" => "INR",
        "rp" => "IDR",
        "ksh" => "KES",
        "ush" => "UGX",
        "tsh" => "TZS",
        "mk" => "MWK",
        _ => return None,
    })
}

/// A local currency's letters glued to the number ("RM2.4 million",
/// "Rs3 million", "KSh500,000", "P4.5 million", "R2 million"): the
/// currency and the number's text. A lone "P" or "R" (pula, rand) only
/// before a scale word or with a thousands comma ("P850,000"): "P5", "R12"
/// name paper sizes, models and roads as often.
fn glued_currency<'t>(t: &'t Tok, next: Option<&Tok>) -> Option<(&'static str, &'t str)> {
    if !t.cap {
        return None;
    }
    let w: &'t str = &t.lower;
    let digits = w.find(|c: char| c.is_ascii_digit())?;
    let (prefix, rest) = w.split_at(digits);
    let code = match prefix {
        "rm" => "MYR",
        "rs" => "INR",
        "ksh" => "KES",
        "tk" => "BDT",
        "p" | "r" => {
            let scaled = next.is_some_and(|n| scale_word(&n.lower).is_some());
            if !scaled && !rest.contains(',') {
                return None;
            }
            if prefix == "p" {
                "BWP"
            } else {
                "ZAR"
            }
        }
        _ => return None,
    };
    Some((code, rest))
}

fn scale_word(s: &str) -> Option<f64> {
    Some(match s {
        "thousand" | "k" => 1e3,
        "million" | "millions" | "m" | "mln" => 1e6,
        "billion" | "billions" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        // the South Asian scales ("Tk 12 crore", "Rs 50 lakh")
        "crore" | "crores" => 1e7,
        "lakh" | "lakhs" => 1e5,
        _ => return None,
    })
}

/// Parses "1,500.5" / "2m" / "1.5bn": (number, scale from a glued suffix).
fn number_token(s: &str) -> Option<f64> {
    let digits_end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    if digits_end == 0 {
        return None;
    }
    let n: f64 = s[..digits_end].replace(',', "").parse().ok()?;
    let suffix = &s[digits_end..];
    if suffix.is_empty() {
        Some(n)
    } else {
        scale_word(suffix).map(|k| n * k)
    }
}

fn fmt_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e18 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Nouns that follow numbers without being donated goods.
const NOT_GOODS: &[&str] = &[
    "percent",
    "per",
    "%",
    "people",
    "persons",
    "years",
    "year",
    "days",
    "day",
    "months",
    "month",
    "weeks",
    "week",
    "hours",
    "hour",
    "minutes",
    "times",
    "cases",
    "deaths",
    "patients",
    "countries",
    "points",
    "kilometers",
    "kilometres",
    "km",
    "miles",
    "am",
    "pm",
    "a.m",
    "p.m",
    "and",
    "or",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
];

/// The amount starting at token `i`, if any. `blocked` marks timex tokens
/// (years and days are not amounts).
pub fn amount_at(toks: &[Tok], i: usize, blocked: &[bool]) -> Option<Amount> {
    let is_blocked = |k: usize| blocked.get(k).copied().unwrap_or(false);
    let mut k = i;
    let mut currency: Option<&str> = None;
    // "US$", "US $"; other dollars by their country's letters glued to the
    // sign ("NZ$4.5 million", "A$2m", "HK$300,000"; not "a $5 million grant")
    if toks.get(k + 1).is_some_and(|t| t.lower == "$") {
        let t = &toks[k];
        if t.lower == "us" {
            k += 1;
        } else if let Some(c) = dollar_prefix(t).filter(|_| t.end == toks[k + 1].start) {
            currency = Some(c);
            k += 2;
        }
    }
    if currency.is_none() && cedi_sign(toks, k) {
        currency = Some("GHS");
        k += 2;
    }
    if currency.is_some() {
        // prefixed dollars and cedis, taken above
    } else if let Some(c) = toks.get(k).and_then(|t| currency_symbol(&t.lower)) {
        currency = Some(c);
        k += 1;
    } else if let Some(c) = toks
        .get(k)
        .filter(|_| {
            toks.get(k + 1)
                .is_some_and(|t| number_token(&t.lower).is_some())
        })
        .and_then(currency_code)
    {
        currency = Some(c);
        k += 1;
    }
    let num_tok = toks.get(k)?;
    if is_blocked(k) {
        return None;
    }
    // "two fire-fighting helicopters", "six fully equipped ambulances": a
    // count in words counts goods (money in words, "two million euros",
    // stays the wire's business: only a plain count before a noun).
    // (not a definite count: "the water boards of the three provinces"
    // names known things, no goods)
    let definite = k.checked_sub(1).is_some_and(|j| {
        matches!(
            toks[j].l(),
            "the" | "these" | "those" | "its" | "their" | "all"
        )
    });
    let spelled = match currency {
        None if !definite => counted_word_value(num_tok.l()),
        _ => None,
    };
    let mut n = match spelled {
        Some(v) => {
            let next = toks.get(k + 1)?;
            if scale_word(&next.lower).is_some() || currency_word(&next.lower).is_some() {
                return None;
            }
            v
        }
        None => match number_token(&num_tok.lower) {
            Some(v) => v,
            None if currency.is_none() => {
                let (c, rest) = glued_currency(num_tok, toks.get(k + 1))?;
                let v = number_token(rest)?;
                currency = Some(c);
                v
            }
            None => return None,
        },
    };
    k += 1;
    if let Some(s) = toks.get(k).and_then(|t| scale_word(&t.lower)) {
        n *= s;
        k += 1;
    }
    if currency.is_none() {
        if let Some(c) = toks.get(k).and_then(|t| currency_word(&t.lower)) {
            currency = Some(c);
            k += 1;
        } else if let Some(c) = toks
            .get(k + 1)
            .filter(|_| toks.get(k).is_some_and(|t| t.cap && t.word))
            .and_then(|t| currency_word(&t.lower))
            .filter(|_| toks[k + 1].lower.len() > 3)
        {
            // "5 million Australian dollars", "48 million Nepali rupees"
            currency = Some(c);
            k += 2;
        } else if let Some(c) = us_dollars(toks, k) {
            // "3 million U.S. dollars" (the wire services' style)
            currency = Some(c);
            k += 3;
        }
    }
    if let Some(c) = currency {
        return Some(Amount {
            t0: i,
            t1: k,
            value: format!("{c} {}", fmt_number(n)),
            money: true,
        });
    }
    // A counted quantity: number + a goods noun ("100,000 masks",
    // "5,000 sets of protective suits").
    let noun = toks.get(k)?;
    if !noun.word
        || noun.cap
        || is_blocked(k)
        || NOT_GOODS.contains(&noun.l())
        || !noun.lower.chars().all(|c| c.is_alphabetic() || c == '-')
    {
        return None;
    }
    let mut end = k + 1;
    let mut words = vec![noun.lower.to_string()];
    // "sets of protective suits", "tons of supplies"
    if toks.get(end).is_some_and(|t| t.lower == "of") {
        if let Some((a, b)) = noun_phrase(toks, end + 1, blocked) {
            // "20 tonnes of certified seed and two threshing machines": the
            // list's next item, counted, is not part of these goods
            let b = (a..b)
                .find(|&j| {
                    matches!(toks[j].l(), "and" | "or")
                        && toks.get(j + 1).is_some_and(|n| {
                            number_token(&n.lower).is_some() || is_number_word(n.l())
                        })
                })
                .unwrap_or(b);
            if a == end + 1 && b > a && b - a <= 4 {
                words.push("of".into());
                words.extend(toks[a..b].iter().map(|t| t.lower.to_string()));
                end = b;
            }
        }
    } else {
        // Adjective + noun: "100,000 surgical masks"
        while end < toks.len()
            && end - k < 3
            && toks[end].word
            && !toks[end].cap
            && !is_function_word(&toks[end].lower)
            && !is_blocked(end)
            && toks[end]
                .lower
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
        {
            words.push(toks[end].lower.to_string());
            end += 1;
        }
    }
    Some(Amount {
        t0: i,
        t1: end,
        value: format!("{} {}", fmt_number(n), words.join(" ")),
        money: false,
    })
}

impl Tok<'_> {
    /// The lowercased text.
    pub fn l(&self) -> &str {
        &self.lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// End of the run of ASCII letters and digits that starts at `i` (`i`
    /// itself when there is none): eight bytes per step, so a word costs no
    /// mispredicted loop exit per byte run.
    fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
        loop {
            let x = match bytes.get(i..i + 8) {
                Some(w) => u64::from_le_bytes(w.try_into().unwrap_or([b' '; 8])),
                None => {
                    let mut w = [b' '; 8];
                    if i < bytes.len() {
                        w[..bytes.len() - i].copy_from_slice(&bytes[i..]);
                    }
                    u64::from_le_bytes(w)
                }
            };
            // High bit of each byte that is no letter or digit; the first such
            // byte ends the run (8 when there is none: trailing_zeros(0) = 64).
            let other =
                !(bytes_in(x | 0x2020_2020_2020_2020, b'a', b'z') | bytes_in(x, b'0', b'9')) & HIGH;
            let run = (other.trailing_zeros() / 8) as usize;
            i += run;
            if run < 8 {
                return i;
            }
        }
    }

    /// The byte-at-a-time ASCII tokenizer [`tokenize_ascii`] replaced: the
    /// reference its bit-set version must agree with.
    fn tokenize_ascii_ref<'a>(
        text: &'a str,
        lowered: Option<&'a str>,
        base: usize,
        end: usize,
        out: &mut Vec<Tok<'a>>,
    ) {
        let s = &text[base..end];
        let bytes = s.as_bytes();
        let n = bytes.len();
        let alnum_at = |i: usize| bytes.get(i).is_some_and(|&b| ALNUM[b as usize]);
        let mut i = 0;
        while i < n {
            let b = bytes[i];
            // `char::is_whitespace` on ASCII: \t \n \v \f \r and space.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            let start = i;
            let word = ALNUM[b as usize];
            if b == b'\'' && matches!(bytes.get(i + 1), Some(b's' | b'S')) && !alnum_at(i + 2) {
                i += 2;
            } else if word {
                i += 1;
                loop {
                    i = alnum_run_end(bytes, i);
                    if i >= n {
                        break;
                    }
                    // The last char taken (a letter, digit or joiner).
                    let prev = bytes[i - 1];
                    let next = bytes.get(i + 1).copied();
                    let joins = match bytes[i] {
                        b'-' | b'&' => alnum_at(i + 1),
                        b'\'' => {
                            // "Xi'an" joins; possessive "'s" does not
                            let possessive = matches!(next, Some(b's' | b'S')) && !alnum_at(i + 2);
                            next.is_some_and(|c| c.is_ascii_alphabetic()) && !possessive
                        }
                        b',' => {
                            prev.is_ascii_digit()
                                && next.is_some_and(|c| c.is_ascii_digit())
                                && bytes.get(i + 2).is_some_and(|c| c.is_ascii_digit())
                        }
                        b'.' => alnum_at(i + 1) && prev.is_ascii_alphanumeric(),
                        _ => false,
                    };
                    if !joins {
                        break;
                    }
                    i += 1;
                }
            } else {
                i += 1;
            }
            let lower = match lowered {
                Some(low) => Cow::Borrowed(&low[base + start..base + i]),
                None => {
                    let piece = &s[start..i];
                    if piece.bytes().any(|b| b.is_ascii_uppercase()) {
                        Cow::Owned(piece.to_ascii_lowercase())
                    } else {
                        Cow::Borrowed(piece)
                    }
                }
            };
            out.push(Tok {
                start: base + start,
                end: base + i,
                lower,
                cap: b.is_ascii_uppercase(),
                word,
            });
        }
    }

    #[test]
    fn ascii_tokenizer_agrees_with_the_byte_at_a_time_one() {
        // Random texts over the bytes the rules care about (letters,
        // digits, joiners, quotes, whitespace), long enough to cross
        // 64-byte words and the stack limit.
        let alphabet = b"aZs S09-&',.  \t\n\r\x0b\x0c$%()xY";
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for round in 0..4000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % if round % 50 == 0 { 1500 } else { 200 }) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize] as char
                })
                .collect();
            let lowered = text.to_ascii_lowercase();
            let mut bits = Vec::new();
            alnum_bits(&text, &mut bits);
            // The whole text's bit set, or the sentence's own; the
            // sentence ends before the text (a run may go on past it).
            let cases = [(None, None), (Some(lowered.as_str()), None)];
            let cases = cases
                .into_iter()
                .chain([(Some(lowered.as_str()), Some(&bits[..]))]);
            for (low, doc_bits) in cases {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let base = len / 3;
                let end = len - len / 5;
                tokenize_ascii(&text, low, doc_bits, base, end, &mut a);
                tokenize_ascii_ref(&text, low, base, end, &mut b);
                let key = |t: &Tok| (t.start, t.end, t.lower.to_string(), t.cap, t.word);
                assert_eq!(
                    a.iter().map(key).collect::<Vec<_>>(),
                    b.iter().map(key).collect::<Vec<_>>(),
                    "{text:?}"
                );
            }
        }
    }

    fn toks(s: &str) -> Vec<Tok<'_>> {
        tokenize(s, 0, s.len())
    }

    fn words(s: &str) -> Vec<String> {
        toks(s).into_iter().map(|t| t.lower.into_owned()).collect()
    }

    #[test]
    fn tokenizer_keeps_names_and_numbers_whole() {
        assert_eq!(
            words("Pakistan's Xi'an COVID-19 $1,500.5 in-person €2m."),
            vec![
                "pakistan",
                "'s",
                "xi'an",
                "covid-19",
                "$",
                "1,500.5",
                "in-person",
                "€",
                "2m",
                "."
            ]
        );
        assert_eq!(
            words("the hospitals’ staff, 3, 4"),
            vec!["the", "hospitals", "'", "staff", ",", "3", ",", "4"]
        );
    }

    #[test]
    fn amounts() {
        let none = vec![false; 20];
        let t = toks("gave $1.5 million to");
        assert_eq!(amount_at(&t, 1, &none).unwrap().value, "USD 1500000");
        let t = toks("500,000 yuan");
        assert_eq!(amount_at(&t, 0, &none).unwrap().value, "CNY 500000");
        let t = toks("€2m");
        assert_eq!(amount_at(&t, 0, &none).unwrap().value, "EUR 2000000");
        let t = toks("100,000 surgical masks to");
        let a = amount_at(&t, 0, &none).unwrap();
        assert_eq!(a.value, "100000 surgical masks");
        assert!(!a.money);
        let t = toks("30 percent");
        assert!(amount_at(&t, 0, &none).is_none());
    }

    #[test]
    fn noun_phrases() {
        let t = toks("a set of remote diagnosis and treatment system to a hospital");
        let none = vec![false; t.len()];
        let (a, b) = noun_phrase(&t, 0, &none).unwrap();
        assert_eq!(
            t[a..b].iter().map(|t| t.l()).collect::<Vec<_>>().join(" "),
            "remote diagnosis and treatment system"
        );
        let t = toks("masks and Italy sent gloves");
        let (a, b) = noun_phrase(&t, 0, &none).unwrap();
        assert_eq!((a, b), (0, 1));
    }
}
