//! Temporal expressions: recognition and TIMEX3 normalisation against the
//! document date.
//!
//! Contract: [`TimexTagger::annotate`] reads `doc.text`, `doc.sentences` and
//! `doc.date` (the anchor) and sets `doc.timexes` in text order,
//! non-overlapping. [`find_document_date`] looks for a dateline or
//! "Updated:" line that dates the article itself.
//!
//! Design: one pass of a byte tokenizer tags every word with its lexicon
//! class ([`lexicon`]); a hand-written grammar ([`recognize`]) is tried only
//! at tokens that can start a temporal expression, and the resolver
//! ([`resolve`]) normalises each match against the document date, the
//! previous timex and the tense of its clause. See `docs/dates.md`.

pub mod lexer;
pub mod lexicon;
pub mod recognize;
pub mod resolve;
pub mod scoring;
pub mod value;

use crate::model::{Document, Span, Timex, TimexAnchor, TimexType};
use chrono::NaiveDate;
use lexer::{tokenize, Kind, Token};
use lexicon::Lex;
use recognize::{Expr, Parser};
use resolve::{resolve, Context, Tense};
use value::Val;

/// Options for the date stage.
#[derive(Clone, Copy, Debug, Default)]
pub struct TimexOptions {
    /// Read `01/02/2020` as 1 February (`--day-first`).
    pub day_first: bool,
}

/// Finds and normalises temporal expressions. Stateless after construction,
/// so one tagger serves any number of threads.
pub struct TimexTagger {
    options: TimexOptions,
}

/// How many tokens either side of an expression are searched for a tense cue.
const TENSE_WINDOW: usize = 8;

impl TimexTagger {
    pub fn new(options: TimexOptions) -> TimexTagger {
        TimexTagger { options }
    }

    /// Sets `doc.timexes` (text order, non-overlapping), resolving relative
    /// expressions against `doc.date`.
    pub fn annotate(&self, doc: &mut Document) {
        let found = self.find(&doc.text, doc.date);
        let mut unresolved = Vec::new();
        doc.timexes = found
            .into_iter()
            .map(|(span, kind, value, anchor)| {
                if anchor == TimexAnchor::Unresolved && value.contains('X') {
                    unresolved.push(span);
                }
                Timex {
                    span,
                    sentence: doc.sentence_of(span.start),
                    kind,
                    value,
                    anchor,
                }
            })
            .collect();
        if let Some(first) = unresolved.first() {
            doc.warnings.push(format!(
                "{} relative date expression(s) left unresolved (no document date), first: \"{}\"",
                unresolved.len(),
                first.text(&doc.text)
            ));
        }
    }

    /// The timexes of `text` as (span, kind, value, anchor), in text order.
    pub fn find(
        &self,
        text: &str,
        anchor: Option<NaiveDate>,
    ) -> Vec<(Span, TimexType, String, TimexAnchor)> {
        let toks = tokenize(text);
        let parser = Parser {
            text,
            toks: &toks,
            day_first: self.options.day_first,
        };
        let mut out = Vec::new();
        let mut ctx = Context {
            anchor,
            prev: None,
            prev_day: None,
            period: None,
            tense: Tense::Unknown,
        };
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            // Cheap prefilter: only vocabulary words, digits and apostrophes can start a timex.
            let may_start = t.lex != Lex::None
                || matches!(t.kind, Kind::Num | Kind::Punct(b'\'') | Kind::Other);
            if !may_start {
                i += 1;
                continue;
            }
            let Some(m) = parser.parse_at(i) else {
                i += 1;
                continue;
            };
            if m.end <= m.start {
                i += 1;
                continue;
            }
            ctx.tense = tense_around(text, &toks, m.start, m.end);
            let r = resolve(&m.expr, &ctx);
            if let Some(v) = r.val {
                let derived = matches!(
                    m.expr,
                    Expr::Ref(_) | Expr::Anaphor { .. } | Expr::Ago { .. } | Expr::YearEarlier
                );
                if !derived && matches!(v, Val::Quarter(..) | Val::Half(..)) {
                    ctx.period = Some(v);
                }
                if !matches!(m.expr, Expr::Ref(_)) {
                    ctx.prev = Some(v);
                    if let Val::Day(d) = v {
                        ctx.prev_day = Some(d);
                    }
                }
            }
            let span = Span::new(toks[m.start].start, toks[m.end - 1].end);
            out.push((span, r.kind, r.value, r.anchor));
            i = m.end;
        }
        out
    }
}

fn is_sentence_break(t: &Token) -> bool {
    matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?' | b';')) || t.newline_before
}

/// The tense of the clause around tokens `start..end`: the nearest future or
/// past cue within the sentence wins; ties go to the left (the verb usually
/// precedes its time adverbial in English).
fn tense_around(text: &str, toks: &[Token], start: usize, end: usize) -> Tense {
    let cue = |i: usize| -> Option<Tense> {
        let t = &toks[i];
        match t.lex {
            Lex::FutureCue => Some(Tense::Future),
            Lex::PastCue => Some(Tense::Past),
            Lex::Ago => Some(Tense::Past),
            _ if t.kind == Kind::Word => {
                let w = &text[t.start..t.end];
                // "'ll" contractions are future; regular past participles are past.
                if w == "ll" && i > 0 && toks[i - 1].is_punct(b'\'') {
                    Some(Tense::Future)
                } else if w.len() >= 5 && w.ends_with("ed") && !t.cap {
                    Some(Tense::Past)
                } else {
                    None
                }
            }
            _ => None,
        }
    };
    let mut left = None;
    let mut dist_left = usize::MAX;
    let mut i = start;
    let mut steps = 0;
    while i > 0 && steps < TENSE_WINDOW {
        if is_sentence_break(&toks[i]) && i != start {
            break;
        }
        if toks[i].newline_before {
            break;
        }
        i -= 1;
        steps += 1;
        if is_sentence_break(&toks[i]) && matches!(toks[i].kind, Kind::Punct(_)) {
            break;
        }
        if let Some(c) = cue(i) {
            left = Some(c);
            dist_left = steps;
            break;
        }
    }
    let mut right = None;
    let mut dist_right = usize::MAX;
    let mut j = end;
    steps = 0;
    while j < toks.len() && steps < TENSE_WINDOW {
        if is_sentence_break(&toks[j]) {
            break;
        }
        steps += 1;
        if let Some(c) = cue(j) {
            right = Some(c);
            dist_right = steps;
            break;
        }
        j += 1;
    }
    match (left, right) {
        (Some(l), Some(r)) => {
            if dist_right < dist_left {
                r
            } else {
                l
            }
        }
        (Some(l), None) => l,
        (None, Some(r)) => r,
        (None, None) => Tense::Unknown,
    }
}

/// How many bytes from the top of an article a dateline may appear.
const DATELINE_WINDOW: usize = 1500;

/// Words that, on the same line before a date, mark it as the article's own date.
const DATELINE_CUES: &[&str] = &[
    "updated",
    "published",
    "posted",
    "date",
    "dated",
    "modified",
    "released",
    "issued",
];

/// The article's own date from a dateline or "Updated:" line near its top:
/// "Updated: May 21, 2020", "Published 2020-05-21", a line holding only a
/// date, or a wire dateline "BEIJING, May 21, 2020 (Xinhua) --". A dateline
/// without a year gives no full date, so None.
pub fn find_document_date(text: &str) -> Option<NaiveDate> {
    let mut cut = text.len().min(DATELINE_WINDOW);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let toks = tokenize(head);
    let parser = Parser {
        text: head,
        toks: &toks,
        day_first: false,
    };
    let mut i = 0;
    while i < toks.len() {
        let Some(m) = parser.parse_at(i) else {
            i += 1;
            continue;
        };
        if let Expr::Abs(Val::Day(d)) = m.expr {
            let start = toks[m.start].start;
            let end = toks[m.end - 1].end;
            let line_start = head[..start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = head[end..].find('\n').map_or(head.len(), |p| end + p);
            let before = head[line_start..start].to_ascii_lowercase();
            let after = head[end..line_end].trim_start();
            let cue_before = DATELINE_CUES.iter().any(|c| before.contains(c));
            // A line that is little more than the date (optionally with a time or a source).
            let short_line = before.trim().len() + after.len() <= 24;
            let wire =
                after.starts_with('(') || after.starts_with("--") || after.starts_with('\u{2014}');
            let wire_prefix = before.trim_end().ends_with(',')
                && head[line_start..start]
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase());
            if cue_before || short_line || wire || wire_prefix {
                return Some(d);
            }
        }
        i = m.end.max(i + 1);
    }
    None
}
