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
use crate::sentences::SentenceSplitter;
use chrono::{Datelike, NaiveDate};
use lexer::{mark_sentence_breaks, tokenize, tokenize_into, Kind, Token};
use lexicon::{Lex, Unit};
use recognize::{Expr, Parser, Rel};
use resolve::{offset_val, reads_tense, resolve, Context, Resolved, Tense};
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

/// Texts up to this size leave their token buffers to the thread for the
/// next document (about 17 bytes of buffer per byte of text).
const MAX_KEPT_BYTES: usize = 4 << 20;

/// How many words either side of an expression are searched for a tense cue
/// (punctuation does not count: "at 3 p.m. on Friday" is four tokens more
/// than words away from the verb).
const TENSE_WINDOW: usize = 16;

impl TimexTagger {
    pub fn new(options: TimexOptions) -> TimexTagger {
        lexicon::warm_up();
        TimexTagger { options }
    }

    /// Sets `doc.timexes` (text order, non-overlapping), resolving relative
    /// expressions against `doc.date`.
    pub fn annotate(&self, doc: &mut Document) {
        // The splitter's sentences say which line breaks end a sentence
        // (see `lexer::mark_sentence_breaks`); a document that has not been
        // split (tests, scoring) is split here the same way.
        let found = if doc.sentences.is_empty() {
            self.find(&doc.text, doc.date)
        } else {
            self.find_with_sentences(&doc.text, &doc.sentences, doc.date)
        };
        let mut unresolved = Vec::new();
        // One pass, one sentence lookup per timex.
        let mut timexes = Vec::with_capacity(found.len());
        for (span, kind, value, anchor) in found {
            let sentence = doc.sentence_of(span.start);
            // The tagger reads the whole text, so an expression can straddle
            // a boundary the splitter drew ("May\n1" across two lines of a
            // wrapped dateline). Facts are tied to one sentence, so such a
            // span is dropped.
            if !doc.sentences.is_empty() && !doc.sentences[sentence].contains(span) {
                continue;
            }
            if anchor == TimexAnchor::Unresolved && value.contains('X') {
                unresolved.push(span);
            }
            timexes.push(Timex {
                span,
                sentence,
                kind,
                value,
                anchor,
            });
        }
        if let Some(day) = doc.date {
            anchor_live_blog_times(&doc.text, day, &mut timexes);
        }
        doc.timexes = timexes;
        if let Some(first) = unresolved.first() {
            let warning = format!(
                "{} relative date expression(s) left unresolved (no document date), first: \"{}\"",
                unresolved.len(),
                first.text(&doc.text)
            );
            // Once, should the stage run again on this document (see run.rs).
            if !doc.warnings.contains(&warning) {
                doc.warnings.push(warning);
            }
        }
    }

    /// The timexes of `text` as (span, kind, value, anchor), in text order.
    /// Splits `text` into sentences with the bundled abbreviations first.
    pub fn find(
        &self,
        text: &str,
        anchor: Option<NaiveDate>,
    ) -> Vec<(Span, TimexType, String, TimexAnchor)> {
        static SPLITTER: std::sync::OnceLock<SentenceSplitter> = std::sync::OnceLock::new();
        let sentences = SPLITTER.get_or_init(SentenceSplitter::new).split(text);
        self.find_with_sentences(text, &sentences, anchor)
    }

    /// Like [`TimexTagger::find`], with the sentence spans of `text` given.
    pub fn find_with_sentences(
        &self,
        text: &str,
        sentences: &[Span],
        anchor: Option<NaiveDate>,
    ) -> Vec<(Span, TimexType, String, TimexAnchor)> {
        // One token buffer per thread, reused for every document.
        thread_local! {
            static BUFFERS: std::cell::RefCell<(Vec<Token>, Vec<u32>, Vec<u32>)> =
                const { std::cell::RefCell::new((Vec::new(), Vec::new(), Vec::new())) };
        }
        BUFFERS.with(|buf| {
            let (mut toks, mut starts, mut lines) = buf.take();
            let n = tokenize_into(text, &mut toks, &mut starts, &mut lines);
            mark_sentence_breaks(&mut toks, sentences, &lines);
            let out = self.find_in(text, &toks, &starts[..n], anchor);
            // A huge document's buffers are not kept for the rest of the run.
            if starts.len() <= MAX_KEPT_BYTES {
                buf.replace((toks, starts, lines));
            }
            out
        })
    }

    fn find_in(
        &self,
        text: &str,
        toks: &[Token],
        starts: &[u32],
        anchor: Option<NaiveDate>,
    ) -> Vec<(Span, TimexType, String, TimexAnchor)> {
        let parser = Parser {
            text,
            toks,
            day_first: self.options.day_first,
        };
        let mut out = Vec::new();
        let mut ctx = Context {
            anchor,
            prev: None,
            prev_day: None,
            period: None,
            tense: Tense::Unknown,
            recent_day: None,
            range_from: None,
        };
        // Token index just after the last day-precision timex.
        let mut prev_day_end = 0;
        // Every day-precision timex so far (start token, day): "the day
        // before the visit" counts from the one dated with the visit.
        let mut days_named: Vec<(usize, NaiveDate)> = Vec::new();
        // The start of the range the last timex ended and its end token, when
        // it was a time of day (its day may follow: "until 10:00 on Sunday").
        let mut time_range_end: Option<(NaiveDate, usize)> = None;
        // Token index the scan has reached: tokens before it are inside a match.
        let mut next = 0;
        // Only the candidates the tokenizer listed can start a timex.
        for &i in starts {
            let i = i as usize;
            if i < next || !parser.may_start(i) {
                continue;
            }
            let Some(m) = parser.parse_at(i) else {
                continue;
            };
            if m.end <= m.start {
                continue;
            }
            // (The tense search reads up to 16 words either side; most
            // expressions resolve without it.)
            ctx.tense = if reads_tense(&m.expr) {
                tense_around(text, toks, m.start, m.end)
            } else {
                Tense::Unknown
            };
            // A bare weekday with no tense of its own after a day ahead in
            // the same sentence continues the plan: "is due to meet him on
            // Friday before flying home on Saturday", "to hold talks on
            // Wednesday and to visit a plant before returning on Thursday".
            if ctx.tense == Tense::Unknown
                && matches!(m.expr, Expr::Weekday { rel: Rel::None, .. })
                && ctx.prev_day.zip(anchor).is_some_and(|(d, a)| d > a)
                && !(prev_day_end.min(m.start)..m.start)
                    .any(|k| ends_sentence(toks, k) || toks[k].break_before)
            {
                ctx.tense = Tense::Future;
            }
            ctx.recent_day = match m.expr {
                Expr::Time { date: None, .. } | Expr::PartAlone { .. } => {
                    ctx.prev_day.filter(|_| {
                        let sentence_ends = (prev_day_end..m.start)
                            .filter(|&k| ends_sentence(toks, k) || toks[k].break_before)
                            .count();
                        sentence_ends == 0 && !day_or_habit_after(text, toks, m.end)
                    })
                }
                _ => None,
            };
            // A bare time of day in a past-tense clause ("the call ended at
            // about 1:30 p.m.") tells when something reported happened: the
            // day being reported (see `resolve::reported_day`). Not a habit
            // ("at 6 a.m. every Monday") nor someone's quoted words.
            if let Expr::Time {
                date: None,
                on_document_date: false,
                ..
            }
            | Expr::PartAlone { .. } = m.expr
            {
                if ctx.recent_day.is_some()
                    || day_or_habit_after(text, toks, m.end)
                    || habit_before(text, toks, m.start)
                    || inside_quote(text, toks[m.start].start)
                {
                    ctx.tense = Tense::Unknown;
                }
            }
            // A time of day that ends a range passes the range on to its
            // day ("from 20:00 on Thursday until 10:00 on Sunday").
            ctx.range_from = match time_range_end {
                Some((from, end))
                    if toks[end.min(m.start)..m.start]
                        .iter()
                        .all(|t| word(text, t) == "on") =>
                {
                    Some(from)
                }
                _ => ctx.prev_day.filter(|_| {
                    is_range_connector(text, &toks[prev_day_end.min(m.start)..m.start])
                }),
            };
            time_range_end = match m.expr {
                Expr::Time { .. } => ctx.range_from.map(|from| (from, m.end)),
                _ => None,
            };
            // "on Nov. 22, the day after the quake": a day counted from
            // something, set off by a comma right after a day, restates that
            // day; counting from it would give the next one. (Not "Friday,
            // the previous day's price": that one is a day of its own.)
            let apposition = match (&m.expr, ctx.prev_day) {
                (
                    Expr::Anaphor {
                        unit: Unit::Day, ..
                    },
                    Some(d),
                ) if prev_day_end + 1 == m.start
                    && word(text, &toks[prev_day_end]) == ","
                    && !text[toks[m.end - 1].end..].starts_with(['\'', '’']) =>
                {
                    Some(d)
                }
                _ => None,
            };
            let r = match apposition {
                Some(d) => Resolved::date(Val::Day(d), TimexAnchor::PreviousTimex),
                None => match m.expr {
                    Expr::Anaphor { unit, n } => day_named_after(&parser, &ctx, text, toks, m.end)
                        .or_else(|| event_anchored(text, toks, m.start, m.end, &days_named))
                        .and_then(|d| offset_val(d, unit, n, None))
                        .map(|v| Resolved::date(v, TimexAnchor::PreviousTimex))
                        .unwrap_or_else(|| resolve(&m.expr, &ctx)),
                    _ => resolve(&m.expr, &ctx),
                },
            };
            if let Some(v) = r.val {
                let derived = matches!(
                    m.expr,
                    Expr::Ref(_) | Expr::Anaphor { .. } | Expr::Ago { .. } | Expr::YearEarlier
                );
                if !derived && matches!(v, Val::Quarter(..) | Val::Half(..)) {
                    ctx.period = Some(v);
                }
                // A bare time given a day by its tense is a guess about its
                // day: it moves no later anaphor ("the next day") off the
                // day last named.
                let guessed_day = matches!(
                    m.expr,
                    Expr::Time {
                        date: None,
                        on_document_date: false,
                        ..
                    } | Expr::PartAlone { .. }
                ) && ctx.recent_day.is_none();
                if !matches!(m.expr, Expr::Ref(_)) && !guessed_day {
                    ctx.prev = Some(v);
                    if let Val::Day(d) = v {
                        ctx.prev_day = Some(d);
                        prev_day_end = m.end;
                        days_named.push((m.start, d));
                    }
                }
            }
            // Years outside 0000–9999 ("9999 years ago") have no TIMEX3 spelling.
            next = m.end;
            if r.value.starts_with('-') || r.val.is_some_and(|v| v.year() > 9999) {
                continue;
            }
            let span = Span::new(toks[m.start].start, toks[m.end - 1].end);
            let day = match r.val {
                Some(Val::Day(d)) => Some(d),
                _ => None,
            };
            // "every Tuesday and Saturday": the second weekday is a habit too.
            let also_weekday = (r.kind == TimexType::Set && r.value.starts_with("XXXX-WXX-"))
                .then(|| coordinated_weekday(text, toks, m.end))
                .flatten();
            out.push((span, r.kind, r.value, r.anchor));
            if let Some((k, wd)) = also_weekday {
                let t = &toks[k];
                out.push((
                    Span::new(t.start, t.end),
                    TimexType::Set,
                    format!("XXXX-WXX-{wd}"),
                    TimexAnchor::Absolute,
                ));
                next = k + 1;
            }
            // "on November 19 and 20", "March 15 or 16", "from June 3 to
            // 6": the second day is a date of its own, in the same month.
            if let Some((k, d)) = day.and_then(|d| coordinated_day(text, toks, m.end, d)) {
                let t = &toks[k];
                let val = Val::Day(d);
                out.push((
                    Span::new(t.start, t.end),
                    TimexType::Date,
                    val.timex(),
                    r.anchor,
                ));
                ctx.prev = Some(val);
                ctx.prev_day = Some(d);
                prev_day_end = k + 1;
                next = k + 1;
            }
        }
        out
    }
}

/// A weekday joined by "and"/"or" to the habit that ends at token `end`
/// ("every Tuesday and Saturday", "on Mondays and Thursdays"): its token and
/// number (1 = Monday).
fn coordinated_weekday(text: &str, toks: &[Token], end: usize) -> Option<(usize, u8)> {
    let joint = toks.get(end).filter(|t| t.kind == Kind::Word)?;
    if !matches!(word(text, joint), "and" | "or") {
        return None;
    }
    match toks.get(end + 1)?.lex {
        Lex::Weekday(d) | Lex::Weekdays(d) => Some((end + 1, d)),
        _ => None,
    }
}

/// Words that may follow a day number ending a date: function words, not
/// a noun the number could count ("19 and 20 tonnes").
const AFTER_A_DAY: &[&str] = &[
    "at", "in", "on", "and", "or", "when", "after", "before", "with", "last", "this", "next", "to",
    "for", "from", "as", "while", "but", "the", "was", "were", "is", "will", "would", "that",
    "which",
];

/// A day number joined to the day `first` that ends at token `end`:
/// "November 19 and 20", "March 15 or 16", "June 3 to 6", "March 2-3" —
/// a later day of the same month, followed by no word it could count ("19
/// and 20 tonnes", "February 13 to 2.99 mln" are no dates): its token and
/// date.
fn coordinated_day(
    text: &str,
    toks: &[Token],
    end: usize,
    first: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    let joint = toks.get(end)?;
    let joins = match joint.kind {
        Kind::Word => matches!(word(text, joint), "and" | "or" | "to" | "through"),
        Kind::Punct(b'-') => true,
        Kind::Other => matches!(word(text, joint), "\u{2013}"),
        _ => false,
    };
    let k = end + 1;
    let n = toks
        .get(k)
        .filter(|t| t.kind == Kind::Num && t.len() <= 2)?;
    if !joins || n.num <= first.day() || n.num > 31 {
        return None;
    }
    let counts = match toks.get(k + 1) {
        None => false,
        Some(t) if t.break_before => false,
        // "2.99", "3:30", "4%", "4,000"
        Some(t) if !t.space_before => !matches!(t.kind, Kind::Punct(b'.' | b',' | b')' | b';')),
        Some(t) if t.kind == Kind::Word => !AFTER_A_DAY.contains(&word(text, t)),
        Some(_) => false,
    };
    // (a decimal after a glued full stop: "13 to 2.99")
    let decimal = toks
        .get(k + 1)
        .is_some_and(|t| !t.space_before && t.kind == Kind::Punct(b'.'))
        && toks
            .get(k + 2)
            .is_some_and(|t| t.kind == Kind::Num && !t.space_before);
    if counts || decimal {
        return None;
    }
    Some((k, first.with_day(n.num)?))
}

/// Whether the time's own day or a recurrence follows it closely: "at
/// 11:30 p.m. (0830 GMT) on Tuesday", "until midnight (EST) March 24" name
/// their day later; "at 6 a.m. every Monday", "between 2 p.m. and 8 p.m.
/// every day" are habits, on no one day. Then the day named before it in
/// the sentence is not the time's.
fn day_or_habit_after(text: &str, toks: &[Token], end: usize) -> bool {
    toks[end.min(toks.len())..]
        .iter()
        .enumerate()
        .take_while(|&(k, t)| k < 10 && !t.break_before && !ends_sentence(toks, end + k))
        .any(|(_, t)| {
            matches!(
                t.lex,
                Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Today | Lex::Tomorrow
            ) || (t.kind == Kind::Word && recognize::is_any_ignore_case(word(text, t), HABIT_WORDS))
        })
}

/// Whether a word of habit ("usually", "normally", "every") comes before
/// token `start` in its sentence, within ten tokens: "shops usually closed
/// at 6 p.m." tells no day.
fn habit_before(text: &str, toks: &[Token], start: usize) -> bool {
    (start.saturating_sub(10)..start)
        .rev()
        .take_while(|&k| !ends_sentence(toks, k) && !toks[k + 1].break_before)
        .any(|k| {
            toks[k].kind == Kind::Word
                && recognize::is_any_ignore_case(word(text, &toks[k]), HABIT_WORDS)
        })
}

/// Words that make a clause tell a habit rather than one occasion.
const HABIT_WORDS: &[&str] = &[
    "usually",
    "normally",
    "typically",
    "routinely",
    "generally",
    "usual",
    "every",
    "each",
    "daily",
    "nightly",
];

/// Whether the tokens between two timexes join them as the start and end
/// of a range: "to", "until", "till", "through" or a dash, perhaps with
/// "on" ("from Tuesday to Friday", "Monday-Wednesday").
fn is_range_connector(text: &str, between: &[Token]) -> bool {
    let mut words = between.iter().map(|t| word(text, t)).filter(|w| *w != "on");
    between.len() <= 2
        && matches!(
            (words.next(), words.next()),
            (
                Some("to" | "until" | "till" | "through" | "thru" | "-" | "–" | "—"),
                None
            )
        )
}

/// Whether punctuation token `i` ends a sentence. A full stop counts only
/// when whitespace follows and it does not close a one-letter abbreviation
/// ("p.m.", "U.S."), so "will meet at 3 p.m. on Friday" stays one clause.
#[inline]
fn ends_sentence(toks: &[Token], i: usize) -> bool {
    match toks[i].kind {
        Kind::Punct(b'!' | b'?' | b';') => true,
        Kind::Punct(b'.') => {
            let spaced = toks.get(i + 1).is_none_or(|n| n.space_before);
            let abbreviation = i > 0 && toks[i - 1].kind == Kind::Word && toks[i - 1].len() == 1;
            spaced && !abbreviation
        }
        _ => false,
    }
}

/// The day of the event that "the day before …"/"the week after …" at
/// tokens `start..end` counts from, when the words after it name an event
/// ("the visit", "the signing", "he died", "her death") and an earlier
/// sentence — or this one before the expression — holds both a word of that
/// event and a day (`days`, the day-precision timexes so far): the first
/// such day (an event of several days is counted from its start: "the day
/// before the visit" is before its first day). Without it the expression
/// counts from the previous timex, which in a feature or obituary is often
/// another story's day ("He signed the will the day before he died" far
/// below "On March 3 …").
fn event_anchored(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    days: &[(usize, NaiveDate)],
) -> Option<NaiveDate> {
    // Only a count from something named after it: "the day before the
    // visit", not "the next day the ministers met".
    if end == 0 || !is_word_in(text, &toks[end - 1], &[b"before", b"after"]) {
        return None;
    }
    let stem = event_stem(text, toks, end)?;
    let sentence_of = |k: usize| {
        let mut a = k;
        while a > 0 && !ends_sentence(toks, a - 1) && !toks[a].break_before {
            a -= 1;
        }
        let mut b = k;
        while b + 1 < toks.len() && !ends_sentence(toks, b) && !toks[b + 1].break_before {
            b += 1;
        }
        (a, b + 1)
    };
    let names_event = |a: usize, b: usize| {
        toks[a..b]
            .iter()
            .any(|t| t.kind == Kind::Word && stem.matches(word_bytes(text, t)))
    };
    days.iter().find_map(|&(k, d)| {
        let (a, b) = sentence_of(k);
        // (the expression's own sentence only up to it: what follows is the
        // event being counted from, not a mention of its day)
        let b = if (a..b).contains(&start) { start } else { b };
        names_event(a, b).then_some(d)
    })
}

/// The day a timex right after "the day before"/"the week after" names
/// ("the day before last Tuesday's hearing", "the day after Christmas"):
/// what the count starts from, rather than the previous timex.
fn day_named_after(
    parser: &Parser,
    ctx: &Context,
    text: &str,
    toks: &[Token],
    end: usize,
) -> Option<NaiveDate> {
    if end == 0 || !is_word_in(text, &toks[end - 1], &[b"before", b"after"]) {
        return None;
    }
    let next = parser.parse_at(end)?;
    let mut ctx = *ctx;
    ctx.tense = if reads_tense(&next.expr) {
        tense_around(text, toks, next.start, next.end)
    } else {
        Tense::Unknown
    };
    match resolve(&next.expr, &ctx).val {
        Some(Val::Day(d)) => Some(d),
        _ => None,
    }
}

/// How an event word is recognised in another sentence.
enum EventStem<'a> {
    /// Dying: "died", "dies", "death".
    Death,
    /// A stem of at least four letters ("visit", "sign", "vot").
    Prefix(&'a [u8]),
}

impl EventStem<'_> {
    fn matches(&self, w: &[u8]) -> bool {
        match self {
            EventStem::Death => [&b"died"[..], b"dies", b"death"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d)),
            EventStem::Prefix(p) => w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p),
        }
    }
}

/// The event word after "the day before" (token `end`), skipping up to two
/// determiners, possessive or subject pronouns or capitalised words ("the
/// day before Smith left"): its stem, suffixes "-ing", "-ed", "-es", "-s"
/// removed where four letters remain.
fn event_stem<'a>(text: &'a str, toks: &[Token], end: usize) -> Option<EventStem<'a>> {
    const SKIP: &[&[u8]] = &[
        b"the", b"his", b"her", b"their", b"its", b"he", b"she", b"they", b"it", b"we",
    ];
    let mut k = end;
    let mut skipped = 0;
    while skipped < 2 {
        let t = toks.get(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        if is_word_in(text, t, SKIP) || t.cap {
            k += 1;
            skipped += 1;
        } else {
            break;
        }
    }
    let t = toks.get(k)?;
    if t.kind != Kind::Word || t.cap {
        return None;
    }
    let w = word_bytes(text, t);
    if EventStem::Death.matches(w) || w.eq_ignore_ascii_case(b"die") {
        return Some(EventStem::Death);
    }
    let stem = [&b"ing"[..], b"ed", b"es", b"s"]
        .iter()
        .find_map(|suf| w.strip_suffix(*suf).filter(|s| s.len() >= 4))
        .unwrap_or(w);
    // Words too short or too common to name an event ("the day before
    // that", "the day after this").
    (stem.len() >= 4 && !is_word_in(text, t, &[b"that", b"this", b"then", b"last", b"next"]))
        .then_some(EventStem::Prefix(stem))
}

/// Quote marks bound the search for a tense cue: the reporting verb outside
/// a quotation says nothing about the time inside it.
#[inline]
fn is_quote(text: &str, t: &Token) -> bool {
    match t.kind {
        Kind::Punct(b'"') => true,
        Kind::Other => matches!(&text[t.start..t.end], "\u{201c}" | "\u{201d}"),
        _ => false,
    }
}

/// Quote mark `i` opens a quoted fragment inside the writer's own clause:
/// a word right before it ('would follow "before the end of June"',
/// 'promised to deliver "by the spring"'), spaced before and attached to the
/// next word. The clause's verb then lies outside the quote and still dates
/// the expression; a full quotation opens after a colon, a comma or at the
/// start of a sentence.
fn opens_partial_quote(toks: &[Token], i: usize) -> bool {
    i >= 1
        && toks[i].space_before
        && toks[i - 1].kind == Kind::Word
        && toks.get(i + 1).is_some_and(|n| !n.space_before)
}

/// Verbs that ask or let someone do something later: "invited it to come
/// back in the spring", "urged the board to decide by March".
const OBJECT_BEFORE_TO: &[&[u8]] = &[
    b"invited",
    b"invites",
    b"asked",
    b"asks",
    b"urged",
    b"urges",
    b"encouraged",
    b"allowed",
    b"told",
];

/// Verbs of hope or expectation whose clause ("hopes work can start in
/// April", "expects it can finish by June") lies ahead.
const HOPE_VERBS: &[&[u8]] = &[b"hopes", b"hope", b"hoped", b"expects", b"expect"];

/// The "to" before token `v` follows a verb of asking and its object: a
/// pronoun ("invited it to", "asked them to") or a determiner and a noun
/// ("urged the board to").
fn asks_someone_to<'a>(at: impl Fn(usize) -> &'a [u8], v: usize) -> bool {
    const PRONOUNS: &[&[u8]] = &[b"it", b"them", b"him", b"her", b"us", b"me", b"you"];
    const DETERMINERS: &[&[u8]] = &[b"the", b"its", b"their", b"his", b"her"];
    (v >= 2 && PRONOUNS.contains(&at(v - 1)) && OBJECT_BEFORE_TO.contains(&at(v - 2)))
        || (v >= 3 && DETERMINERS.contains(&at(v - 2)) && OBJECT_BEFORE_TO.contains(&at(v - 3)))
}

/// Token `i` is a verb of promising in the present perfect: "has promised a
/// visit in April", "have pledged a second truck by March". The perfect
/// takes no date of its own ("has promised in April" is not English), so
/// a date in its clause is the promised thing's, which lies ahead.
fn promise_in_force<'a>(at: impl Fn(usize) -> &'a [u8], i: usize) -> bool {
    i >= 1
        && matches!(at(i), b"promised" | b"pledged" | b"vowed")
        && matches!(at(i - 1), b"has" | b"have")
}

/// Token `k` (a verb of intention before "to") follows a past auxiliary:
/// "had planned", "had been due", "was expected", "were due". ("was" and
/// "were" only before the adjectives and participles of a timetable: "was
/// to" and "was ready to" say nothing of when.)
fn plan_told_from_the_past<'a>(at: impl Fn(usize) -> &'a [u8], k: usize) -> bool {
    const TIMETABLE: &[&[u8]] = &[b"due", b"expected", b"scheduled", b"set", b"slated"];
    let before = |n: usize| if k >= n { at(k - n) } else { b"" };
    before(1) == b"had"
        || before(1) == b"been" && before(2) == b"had"
        || matches!(before(1), b"was" | b"were") && TIMETABLE.contains(&at(k))
}

/// Token `i`, a participle of a timetable ("planned", "scheduled", "set",
/// "slated", "due", "expected"), after "was"/"were" and an adverb of first
/// plans ("was first planned", "were originally scheduled"), and before
/// "for": "The signing was first planned for September". Without the
/// adverb the past tense may be reported speech's ("said the test run was
/// planned for the spring": a plan that stands, ahead).
fn timetable_told_in_the_past<'a>(at: impl Fn(usize) -> &'a [u8], i: usize, len: usize) -> bool {
    const TIMETABLE: &[&[u8]] = &[
        b"planned",
        b"scheduled",
        b"set",
        b"slated",
        b"due",
        b"expected",
    ];
    const FIRST: &[&[u8]] = &[b"first", b"originally", b"initially", b"previously"];
    if !TIMETABLE.contains(&at(i)) || i + 1 >= len || at(i + 1) != b"for" {
        return false;
    }
    i >= 2 && FIRST.contains(&at(i - 1)) && matches!(at(i - 2), b"was" | b"were")
}

/// Verbs of intention whose "to" complement refers forward ("agreed to
/// resume", "plans to hold", "is to sign").
const INTENTION_BEFORE_TO: &[&str] = &[
    "agreed",
    "decided",
    "promised",
    "pledged",
    "vowed",
    "hopes",
    "hope",
    "hoped",
    "wants",
    "want",
    "wanted",
    "aims",
    "aim",
    "intend",
    "intends",
    "intended",
    "is",
    "are",
    "set",
    "due",
    "expected",
    "planned",
    "plans",
    "plan",
    "scheduled",
    "likely",
    "going",
    "ready",
    "prepared",
    "preparing",
    "offered",
    "agree",
    "agrees",
    // Verbs of prediction: "temperatures are forecast to fall by Saturday".
    "forecast",
    "forecasts",
    "predicted",
    "projected",
    "slated",
    "poised",
    "tipped",
    // Nouns of a plan or invitation: "accepted an invitation to visit the
    // plant in November".
    "invitation",
    "invitations",
];

/// Lowercase words ending in "-ed" that are not past forms: verbs in "-eed"
/// ("will succeed Davison Feb. 1", "will proceed in March"), "hundred"
/// ("two hundred people in October") and adjectives.
const NOT_PAST_ED: &[&[u8]] = &[
    b"succeed", b"proceed", b"exceed", b"indeed", b"speed", b"breed", b"bleed", b"greed",
    b"hundred", b"sacred", b"naked", b"wicked", b"hatred", b"kindred", b"rugged", b"beloved",
];

/// Verbs of timetables in the third person present, which news uses for
/// what is scheduled; none is mostly a noun ("returns", "heads", "visits"
/// are left out), nor says what a report's period did ("Qtr ends Jan 31",
/// "the session closes": "ends", "closes" are left out).
const SCHEDULE_PRESENT: &[&[u8]] = &[
    b"flies", b"departs", b"arrives", b"sails", b"travels", b"begins", b"starts", b"opens",
    b"resumes", b"meets", b"reopens", b"kicks",
];

/// "The" and possessives: the word after one is a noun or an adjective,
/// not a verb ("the burned areas", "the starts"). Not "those"/"her", which
/// may be pronouns ("those recorded in May"), nor "a"/"an", whose "an
/// annualized rise" still sits in a report of the past.
const DETERMINERS: &[&[u8]] = &[b"the", b"its", b"their", b"his", b"our"];

/// Words before "plan"/"plans" that make it a noun ("the plan", "its
/// plans", "the government's plan"): the object of the governing verb
/// ("announced the plan Aug. 21"), not a future cue of its own.
const DETERMINERS_BEFORE_PLAN: &[&[u8]] = &[
    b"the", b"a", b"an", b"its", b"their", b"his", b"her", b"our", b"this", b"that", b"s",
];

fn word<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.start..t.end]
}

/// The bytes of token `t`: for comparing a word with a literal, where
/// slicing `text` would check both ends for char boundaries.
#[inline(always)]
fn word_bytes<'a>(text: &'a str, t: &Token) -> &'a [u8] {
    &text.as_bytes()[t.start..t.end]
}

/// Tokens `k` and `k + 1` are "to have" (the plan of "was to have been
/// held"); `k + 1` may lie past the end.
#[inline]
fn to_have_at(text: &str, toks: &[Token], k: usize) -> bool {
    word_bytes(text, &toks[k]) == b"to"
        && toks
            .get(k + 1)
            .is_some_and(|n| word_bytes(text, n) == b"have")
}

/// For the leftward steps of [`tense_around`] (`i` = `start - 1`, `start -
/// 2`, …): whether "to have" starts at a token of `i - 3..i` (clipped at 0)
/// at this step or an earlier one. The ranges of successive steps overlap in
/// all but token `i - 3`, so a step tests that one token, not three.
struct ToHaveSeen(bool);

impl ToHaveSeen {
    /// Before the first step: its `i - 2` and `i - 1`, the tokens `start -
    /// 3` and `start - 2`.
    fn new(text: &str, toks: &[Token], start: usize) -> ToHaveSeen {
        ToHaveSeen(
            (start.saturating_sub(3)..start.saturating_sub(1)).any(|k| to_have_at(text, toks, k)),
        )
    }

    /// The step at token `i` (each step's `i` one less than the last's).
    #[inline]
    fn step(&mut self, text: &str, toks: &[Token], i: usize) -> bool {
        self.0 |= i >= 3 && to_have_at(text, toks, i - 3);
        self.0
    }
}

/// The tense cue carried by token `i`, if any. Inlined: it runs for every
/// token around every timex, and most tokens are no cue.
#[inline(always)]
fn tense_cue(text: &str, toks: &[Token], i: usize) -> Option<Tense> {
    let t = &toks[i];
    // Words compared as bytes (equal strings are equal bytes), which skips
    // the char-boundary checks of slicing `text`: this runs for every word
    // around every timex.
    let bytes = text.as_bytes();
    let at = |k: usize| &bytes[toks[k].start..toks[k].end];
    // "to be held", "will be signed": a participle after "be" is not past;
    // after "is"/"are" ("is sold out through September") it is a present
    // passive and says nothing.
    let past_unless_passive = || {
        let before = if i >= 1 { at(i - 1) } else { b"" };
        if before.eq_ignore_ascii_case(b"be") {
            Some(Tense::Future)
        } else if before.eq_ignore_ascii_case(b"is")
            || before.eq_ignore_ascii_case(b"are")
            || before.eq_ignore_ascii_case(b"being")
        {
            None
        } else {
            Some(Tense::Past)
        }
    };
    match t.lex {
        Lex::FutureCue if is_plan_noun(at, i) => return None,
        // "The signing was first planned for September but …", "were
        // scheduled for March": a timetable told in the past tense, kept,
        // moved or dropped since; its date lies either side of the report.
        Lex::FutureCue if timetable_told_in_the_past(at, i, toks.len()) => {
            return Some(Tense::Nearest)
        }
        // "better than expected results", "as expected": an adjective.
        Lex::FutureCue if i >= 1 && matches!(at(i - 1), b"than" | b"as") => return None,
        Lex::FutureCue => return Some(Tense::Future),
        Lex::PastCue => return past_unless_passive(),
        Lex::Ago => return Some(Tense::Past),
        // Lowercase "may" is the modal, not the month.
        Lex::Month(5) if !t.cap => return Some(Tense::Future),
        _ => {}
    }
    if t.kind != Kind::Word {
        return None;
    }
    let w = at(i);
    let future = match w {
        b"ll" => i > 0 && toks[i - 1].is_punct(b'\''),
        b"to" => {
            // (over a day between the verb and its infinitive: "agreed
            // yesterday to open …", "agreed on Wednesday to resume …")
            let mut v = i;
            while v >= 1 && (is_day_word(&toks[v - 1]) || at(v - 1) == b"on") && i - v < 2 {
                v -= 1;
            }
            let intention = v >= 1
                && INTENTION_BEFORE_TO
                    .iter()
                    .any(|p| p.as_bytes() == at(v - 1));
            // "had planned to visit in May", "had been due to travel in
            // September", "were due to meet on December 8": a plan told
            // from the past, now done, dropped or moved; its date lies
            // either side of the report, so the nearest reading.
            if intention && plan_told_from_the_past(at, v - 1) {
                return Some(Tense::Nearest);
            }
            intention || v >= 1 && asks_someone_to(at, v)
        }
        // "scholarships for study starting in September": a start given
        // by a participle lies ahead.
        b"starting" | b"beginning" => toks
            .get(i + 1)
            .is_some_and(|n| matches!(&bytes[n.start..n.end], b"in" | b"on" | b"from")),
        b"would" | b"could" | b"might" => true,
        // "should ring before Thursday"; not "should have signed in May".
        b"should" => toks
            .get(i + 1)
            .is_none_or(|n| !bytes[n.start..n.end].eq_ignore_ascii_case(b"have")),
        // A present-tense verb is the clause's own and says neither past
        // nor future: it ends the search, so that the reporting verb before
        // it ("United said it is adding flights … between now and June")
        // does not decide.
        // "hopes work can start in April": a hope's "can" looks ahead.
        b"can" if (i.saturating_sub(3)..i).any(|k| HOPE_VERBS.contains(&at(k))) => true,
        b"is" | b"are" | b"am" | b"can" | b"must" => return Some(Tense::Unknown),
        // A timetable in the present simple lies ahead: "flies home on
        // Friday", "the summit opens on Monday", "the trial resumes on May 3".
        // Not after a determiner, where the word is a noun ("the starts").
        // ("housing starts", the economic series, is a noun.)
        // (Every one ends in "s": that test first spares most words the list.)
        _ if w.last() == Some(&b's') && SCHEDULE_PRESENT.contains(&w) => {
            let noun = i > 0
                && (is_word_in(text, &toks[i - 1], DETERMINERS)
                    || w == b"starts" && at(i - 1).eq_ignore_ascii_case(b"housing"));
            !noun
        }
        _ => false,
    };
    if future || promise_in_force(at, i) {
        Some(Tense::Future)
    } else if w.len() >= 5
        && w.ends_with(b"ed")
        && !t.cap
        && !NOT_PAST_ED.contains(&w)
        // "the burned areas", "its planned expansion": an adjective.
        && (i == 0 || !is_word_in(text, &toks[i - 1], DETERMINERS))
    {
        past_unless_passive()
    } else {
        None
    }
}

/// Prepositions that end a span of time ("adjourned until Tuesday",
/// "extended the offer to May 31").
const DEADLINE_PREPOSITIONS: &[&[u8]] = &[b"until", b"till", b"to", b"through"];

/// Words that move something to a later date or grant time until one:
/// "the trial was adjourned until Tuesday", "extended its offer until May
/// 15", "postponed until the start of April", "gave the bidder until
/// mid-November". The date they lead to lies after the report although the
/// verb is past.
const POSTPONEMENT_WORDS: &[&[u8]] = &[
    b"postpone",
    b"postponed",
    b"postpones",
    b"postponing",
    b"postponement",
    b"adjourn",
    b"adjourned",
    b"adjourns",
    b"adjourning",
    b"adjournment",
    b"defer",
    b"deferred",
    b"defers",
    b"deferring",
    b"delay",
    b"delayed",
    b"delays",
    b"delaying",
    b"extend",
    b"extended",
    b"extends",
    b"extending",
    b"extension",
    b"gave",
    b"given",
    b"granted",
];

/// Token `i` ends a phrasal verb of postponing: "put back until the
/// autumn", "pushed back to March", "put off until May". (Not "moved to
/// November 26": a date can be moved earlier, and a history of moves
/// names past dates.)
fn is_phrasal_postponement(text: &str, toks: &[Token], i: usize) -> bool {
    matches!(word(text, &toks[i]), "back" | "off")
        && i >= 1
        && matches!(word(text, &toks[i - 1]), "put" | "pushed")
}

/// Whether token `t` is one of `words` (ASCII case-insensitive).
fn is_word_in(text: &str, t: &Token, words: &[&[u8]]) -> bool {
    t.kind == Kind::Word && {
        let w = &text.as_bytes()[t.start..t.end];
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    }
}

/// Nouns after a month that make it a delivery month of a commodity trade
/// ("for June shipment", "the December contract").
const DELIVERY_AFTER: &[&[u8]] = &[
    b"delivery",
    b"deliveries",
    b"shipment",
    b"shipments",
    b"loading",
    b"arrival",
    b"contract",
    b"futures",
];

/// Nouns before "in" that make the next date a delivery month ("crude for
/// delivery in January").
const DELIVERY_BEFORE_IN: &[&[u8]] = &[b"delivery", b"shipment", b"loading", b"arrival"];

/// The expression at tokens `start..end` is the delivery month of a trade:
/// "crude for January delivery", "wheat for April through November
/// shipment", "crude for delivery in December". Trades are for goods not yet
/// delivered, so the month lies ahead however the report's verb is inflected
/// ("Crude for delivery in May closed 17 cents higher").
fn is_delivery_date(text: &str, toks: &[Token], start: usize, end: usize) -> bool {
    let is = |k: usize, words: &[&[u8]]| toks.get(k).is_some_and(|t| is_word_in(text, t, words));
    is(end, DELIVERY_AFTER)
        || (start >= 2 && is(start - 1, &[b"in"]) && is(start - 2, DELIVERY_BEFORE_IN))
}

/// A word for a day: "yesterday", "today", "tomorrow", a weekday.
fn is_day_word(t: &Token) -> bool {
    matches!(
        t.lex,
        Lex::Yesterday | Lex::Today | Lex::Tomorrow | Lex::Weekday(_)
    )
}

/// Token `i` is the noun "plan"/"plans" after a determiner or possessive.
/// ("the planned talks this weekend" keeps "planned" as a cue: the
/// adjective mostly dates what it modifies, "a planned exchange in the
/// spring was cancelled" notwithstanding.)
fn is_plan_noun<'a>(at: impl Fn(usize) -> &'a [u8], i: usize) -> bool {
    i >= 1
        && (at(i).eq_ignore_ascii_case(b"plan") || at(i).eq_ignore_ascii_case(b"plans"))
        && DETERMINERS_BEFORE_PLAN
            .iter()
            .any(|d| at(i - 1).eq_ignore_ascii_case(d))
}

/// The tense of the clause around tokens `start..end`. The governing verb
/// usually precedes its time adverbial ("met on Monday", "will meet on
/// Monday"), so the nearest cue on the left wins; the right side is searched
/// only when the left has none ("On Monday, the minister will visit"). The
/// search stays within the sentence and outside quotations.
pub(crate) fn tense_around(text: &str, toks: &[Token], start: usize, end: usize) -> Tense {
    if is_delivery_date(text, toks, start, end) {
        return Tense::Future;
    }
    // "Since February, sanctions … have pushed …": what a span starts from
    // lies behind, whatever the clause's verb.
    if start >= 1 && is_word_in(text, &toks[start - 1], &[b"since"]) {
        return Tense::Past;
    }
    let deadline = start >= 1 && is_word_in(text, &toks[start - 1], DEADLINE_PREPOSITIONS);
    let mut i = start;
    let mut steps = 0;
    // Whether the expression opens its sentence ("On Monday, the minister
    // will visit"): only then does its clause go on after a comma.
    let mut fronted = start == 0;
    let mut present = false;
    // Whether a word of scheduling lies between the cue and the expression
    // ("the talks set for Tuesday", "which was to have been held on Thursday").
    let mut scheduled = false;
    let mut to_have = ToHaveSeen::new(text, toks, start);
    // A line break stops the search only where it ends a sentence: in
    // hard-wrapped prose the verb is often on the line before or after.
    while i > 0 && steps < TENSE_WINDOW && !toks[i].break_before {
        i -= 1;
        let t = &toks[i];
        steps += usize::from(t.kind == Kind::Word);
        if ends_sentence(toks, i) || is_quote(text, t) && !opens_partial_quote(toks, i) {
            fronted = steps <= 2;
            break;
        }
        if deadline
            && (is_word_in(text, t, POSTPONEMENT_WORDS) || is_phrasal_postponement(text, toks, i))
        {
            return Tense::Future;
        }
        // ("was to have been held on Thursday", "was to have taken place":
        // the participle is the cue, "to have" before it the plan)
        // (and the "to" of "hoped to sign on Monday", whose cue is the "to")
        scheduled |= to_have.step(text, toks, i)
            || is_word_in(text, t, SCHEDULING_WORDS)
            || (word_bytes(text, t) == b"to"
                && i >= 1
                && is_word_in(text, &toks[i - 1], SCHEDULING_WORDS));
        // ", she said, probably in late April": an attribution set off by
        // commas inside the clause is not the verb of its date.
        if is_parenthetical_attribution(text, toks, i) {
            continue;
        }
        match tense_cue(text, toks, i) {
            // A present-tense verb: the clause is neither past nor future
            // on this side; what follows may still say ("it soon will").
            Some(Tense::Unknown) => {
                present = true;
                break;
            }
            Some(_) if scheduled && called_off_after(text, toks, end) => return Tense::Nearest,
            Some(c) => return c,
            None => {}
        }
        if t.break_before {
            break;
        }
    }
    if !present && (i == 0 || toks[i].break_before) {
        fronted = steps <= 2;
    }
    if scheduled && called_off_after(text, toks, end) {
        return Tense::Nearest;
    }
    let mut j = end;
    steps = 0;
    // Whether a comma lies between the expression and token `j`.
    let mut after_comma = false;
    let mut after_conjunction = false;
    while j < toks.len() && steps < TENSE_WINDOW {
        let t = &toks[j];
        if ends_sentence(toks, j) || t.break_before || is_quote(text, t) {
            break;
        }
        after_comma |= t.is_punct(b',');
        // "the town is holding a by-election in January and its council
        // asked …": with the clause's present verb found on the left, a
        // past verb after a conjunction is the next clause's ("is retiring
        // June 30 and until then will be" keeps its future).
        after_conjunction |= present && is_word_in(text, t, CLAUSE_CONJUNCTIONS);
        steps += usize::from(t.kind == Kind::Word);
        // (the "to" right after a day is its verb's infinitive, "decided
        // on Tuesday to stop …": a future of the infinitive, not of the day)
        let infinitive_after_the_day = j == end && word(text, t) == "to";
        match tense_cue(text, toks, j).filter(|_| !infinitive_after_the_day) {
            // A present-tense verb after the date ("on Saturday, when he is
            // due to …") is not one before it: the search goes on.
            Some(Tense::Unknown) | None => {}
            // After a date inside its clause, a past verb beyond a comma is
            // the attribution ("in early June, they added", "June 21/July 5,
            // an official said"), not the date's verb.
            Some(Tense::Past) if after_comma && !fronted || after_conjunction => break,
            Some(c) => return c,
        }
        j += 1;
    }
    Tense::Unknown
}

/// Conjunctions that open a clause of their own after a date's clause.
const CLAUSE_CONJUNCTIONS: &[&[u8]] = &[
    b"and",
    b"but",
    b"while",
    b"whereas",
    b"because",
    b"although",
    b"though",
];

/// Verbs of saying that, set off by commas with their speaker (", she
/// said,", ", officials told reporters,"), interrupt a clause without
/// giving its tense.
const ATTRIBUTION_VERBS: &[&[u8]] = &[b"said", b"says", b"told", b"added", b"adds"];

/// Token `i` is the verb of an attribution set off by commas inside a
/// clause: ", she said, probably in late April", ", the minister added, by
/// March". The speaker is one to three words; the comma after the verb is
/// required, so "she said in May" keeps its past.
fn is_parenthetical_attribution(text: &str, toks: &[Token], i: usize) -> bool {
    // (The comma first: it rules out most tokens with one compare.)
    if !toks.get(i + 1).is_some_and(|t| t.is_punct(b','))
        || !is_word_in(text, &toks[i], ATTRIBUTION_VERBS)
    {
        return false;
    }
    // The speaker, then the opening comma: a comma before the verb
    // ("…, said Smith,") is a different order, left to the caller.
    (1..=3).any(|n| {
        i > n
            && toks[i - n].is_punct(b',')
            && toks[i - n + 1..i].iter().all(|t| t.kind == Kind::Word)
    })
}

/// Words that give an event the date it was planned for ("set for
/// Tuesday", "pencilled in for March", "due on Friday").
const SCHEDULING_WORDS: &[&[u8]] = &[
    b"set",
    b"planned",
    b"scheduled",
    b"slated",
    b"due",
    b"pencilled",
    b"penciled",
    b"supposed",
    b"meant",
    b"fixed",
    b"hoped",
];

/// Participles that call an event off or move it, after a form of "be".
const CALLED_OFF: &[&[u8]] = &[
    b"cancelled",
    b"canceled",
    b"postponed",
    b"scrapped",
    b"shelved",
    b"dropped",
    b"abandoned",
    b"delayed",
    b"moved",
    b"rescheduled",
    b"deferred",
];

/// Whether the clause after tokens `..end` reports the event called off or
/// moved or not carried out: "…, was cancelled", "has, however, been put
/// back", "did not take place", "was not signed". Then the date a
/// scheduling word gave it is the plan's, which may have been for a day
/// already past ("the call set for Tuesday was cancelled" written on
/// Wednesday).
fn called_off_after(text: &str, toks: &[Token], end: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| word(text, t));
    let mut steps = 0;
    let mut j = end;
    while j < toks.len() && steps < TENSE_WINDOW {
        let t = &toks[j];
        if ends_sentence(toks, j) || (j > end && t.break_before) || is_quote(text, t) {
            return false;
        }
        steps += usize::from(t.kind == Kind::Word);
        let lw = w(j);
        // (a clause of its own: "…, but the minister said it was cancelled")
        if matches!(
            lw,
            "but" | "because" | "after" | "when" | "and" | "said" | "says"
        ) {
            return false;
        }
        let participle = is_word_in(text, t, CALLED_OFF)
            || (lw == "called" && w(j + 1) == "off")
            || (lw == "put" && matches!(w(j + 1), "off" | "back"))
            || (lw == "pushed" && w(j + 1) == "back");
        if participle
            && (j.saturating_sub(4)..j)
                .any(|k| matches!(w(k), "was" | "were" | "been" | "is" | "are"))
        {
            return true;
        }
        // "…, was not signed": the plan was not carried out
        if matches!(lw, "was" | "were") && w(j + 1) == "not" && w(j + 2).ends_with("ed") {
            return true;
        }
        if matches!(lw, "did" | "never")
            && (w(j + 1) == "not" && matches!(w(j + 2), "take" | "go")
                || matches!(w(j + 1), "took" | "went"))
        {
            return true;
        }
        j += 1;
    }
    false
}

/// A time at the start of a line with a dash after it ("16:05 GMT —") or
/// alone on it ("08:45" above the entry's paragraph): a live blog's entry
/// stamp.
pub fn is_entry_stamp(text: &str, span: Span) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..span.start];
    let after = text[span.end..].trim_start_matches([' ', '\t']);
    before.trim().is_empty() && after.starts_with(['—', '–', '-', '\n', '\r'])
}

/// In a live blog (two entry stamps or more) the day is the blog's: a bare
/// time of day in an entry ("a press conference pushed back to 15:30",
/// "landed shortly after 2 p.m.") is on the document date, as the stamps
/// are. Elsewhere a bare time names no day (`T15:30`).
fn anchor_live_blog_times(text: &str, day: NaiveDate, timexes: &mut [Timex]) {
    let stamps = timexes
        .iter()
        .filter(|t| t.kind == TimexType::Time && is_entry_stamp(text, t.span))
        .take(2)
        .count();
    if stamps < 2 {
        return;
    }
    for t in timexes.iter_mut() {
        // (not in someone's words: "We spent January borrowing planes at two
        // in the morning" tells no hour of the blog's day)
        if t.kind == TimexType::Time
            && t.value.starts_with('T')
            && !inside_quote(text, t.span.start)
        {
            t.value = format!("{}{}", day.format("%Y-%m-%d"), t.value);
            t.anchor = TimexAnchor::Document;
        }
    }
}

/// Whether `pos` is inside a quotation of its paragraph: an odd number of
/// straight quote marks before it, or an opening curly one not yet closed.
fn inside_quote(text: &str, pos: usize) -> bool {
    let para = &text[text[..pos].rfind("\n\n").map_or(0, |i| i + 2)..pos];
    let straight = para.matches('"').count();
    let open = para.matches('\u{201c}').count();
    let close = para.matches('\u{201d}').count();
    straight % 2 == 1 || open > close
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
    // Bulletins and round-ups dated by the week they cover: "Week in
    // brief, week ending 26 September 2025".
    "week ending",
];

/// The article's own date from a dateline or "Updated:" line near its top:
/// "Updated: May 21, 2020", "Published 2020-05-21", a line holding only a
/// date, or a wire dateline "BEIJING, May 21, 2020 (Xinhua) --". A dateline
/// without a year ("COLOMBO, Jan 7 (Lanka Wire) -") gets the year
/// [`find_dateline`] infers with no reference date.
pub fn find_document_date(text: &str) -> Option<NaiveDate> {
    find_dateline(text, None).map(|d| d.date)
}

/// The latest year a year-less dateline is placed in when no reference date
/// is given (`--date`): the year of this release. Wire copy dated "Dec 29"
/// is read as the most recent Dec 29 that fits the lead, and a dump of older
/// news is dated right by passing `--date` with any day of its last year.
pub const DEFAULT_REFERENCE_YEAR: i32 = 2026;

/// A document date found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentDate {
    pub date: NaiveDate,
    /// The dateline named no year: it was inferred (see [`find_dateline`]).
    pub year_inferred: bool,
}

/// [`find_document_date`], also for datelines without a year. Wire copy
/// writes "Dec 29 (Reuters) -" and the lead names the day's weekday ("…
/// handed over four boats on Monday"): the year is the latest one, not after
/// `reference` (else the end of [`DEFAULT_REFERENCE_YEAR`]), in which the
/// dateline's day falls on the weekday the dateline itself or else the
/// lead's first weekday names. Without a weekday the year is only taken from
/// `reference` (the latest such day not after it); with neither, no date.
/// A full date anywhere in the dateline window wins over a year-less one.
pub fn find_dateline(text: &str, reference: Option<NaiveDate>) -> Option<DocumentDate> {
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
    // The year-less dateline, used when no full date is found.
    let mut year_less: Option<YearLessDateline> = None;
    let mut i = 0;
    while i < toks.len() {
        let Some(m) = parser.parse_at(i) else {
            i += 1;
            continue;
        };
        let day = match &m.expr {
            Expr::Abs(Val::Day(d)) => Some(Ok(*d)),
            // A timestamp: "2020-05-21 18:40".
            Expr::Time { date: Some(d), .. } => match **d {
                Expr::Abs(Val::Day(d)) => Some(Ok(d)),
                _ => None,
            },
            &Expr::MonthDay {
                month,
                day,
                weekday,
            } => Some(Err((month, day, weekday))),
            _ => None,
        };
        if let Some(d) = day {
            let start = toks[m.start].start;
            let end = toks[m.end - 1].end;
            let line_start = head[..start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = head[end..].find('\n').map_or(head.len(), |p| end + p);
            let before = head[line_start..start].to_ascii_lowercase();
            let after = head[end..line_end].trim_start();
            let cue_before = DATELINE_CUES.iter().any(|c| before.contains(c));
            // A line that is little more than the date (optionally with a time or a source).
            let short_line = before.trim().len() + after.len() <= 24;
            // "(Xinhua) --", "/PRNewswire/ --", "— text": a wire dateline.
            let wire = after.starts_with('(')
                || after.starts_with("--")
                || after.starts_with('/')
                || after.starts_with('\u{2014}')
                || after.starts_with('\u{2013}');
            // "OSLO, Norway, February 10, 2021": a capitalised city, a comma, the date.
            // (an apostrophe or hyphen inside the name: "N'DJAMENA",
            // "XI'AN", "PORT-AU-PRINCE")
            let first_word = head[line_start..start]
                .split(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
                .find(|w| w.chars().any(char::is_alphabetic))
                .unwrap_or("");
            let letters = || first_word.chars().filter(|c| c.is_alphabetic());
            let wire_prefix = before.trim_end().ends_with(',')
                && letters().count() >= 3
                && letters().all(char::is_uppercase);
            if cue_before || short_line || wire || wire_prefix {
                match d {
                    Ok(date) => {
                        return Some(DocumentDate {
                            date,
                            year_inferred: false,
                        })
                    }
                    // Without a year the loose tests above also take "Pay
                    // March 31" and "Dec 31" heading an earnings table, "the
                    // payment date is April 2" and "Feb 9 (daily avg)": a
                    // year-less date dates the text only in a wire dateline
                    // ("WASHINGTON, Feb 27 -", "Dec 29 (Reuters) -"), alone
                    // on its line with its weekday, or right after
                    // "Updated"/"Published on".
                    Err((month, day, weekday)) => {
                        let alone = before.trim().is_empty() && after.trim().is_empty();
                        let wire = wire_prefix
                            || wire
                                && before.trim().is_empty()
                                && starts_paragraph(head, line_start);
                        // The first, unless a wire dateline follows: "(Corrects
                        // … published on Oct 14)" then "PHNOM PENH, Oct 15 (…) -".
                        let dates_text = wire || alone && weekday.is_some() || stamped(&before);
                        if dates_text && year_less.is_none_or(|y| wire && !y.wire) {
                            year_less = Some(YearLessDateline {
                                month,
                                day,
                                weekday,
                                end,
                                wire,
                            });
                        }
                    }
                }
            }
        }
        i = m.end.max(i + 1);
    }
    let y = year_less?;
    // The dateline's own weekday is its day; the lead's may be the day
    // before: wire copy filed the morning after tells "on Wednesday" under
    // a Thursday dateline.
    let weekday = match y.weekday {
        Some(w) => Some(WeekdayCue::Dateline(w)),
        None => lead_weekday(text, y.end).map(WeekdayCue::Lead),
    };
    let date = infer_year(y.month, y.day, weekday, reference)?;
    let date = match weekday {
        Some(WeekdayCue::Lead(w)) => own_year_date(text, date, w, reference).unwrap_or(date),
        _ => date,
    };
    Some(DocumentDate {
        date,
        year_inferred: true,
    })
}

/// The dateline's day moved to the year next to `inferred` that the text
/// names as its own, when the lead's weekday (`lead`) leaves the choice
/// open. A lead weekday fits two readings (the day's own, or the day
/// before), and an interview's "we spoke to her on Tuesday" under a Thursday
/// dateline fits neither: the year is then the latest one that fits, which
/// may be a year off. The text's own year settles it: the latest year it
/// writes (not after the reference), provided it writes that year at least
/// once as an attribute of a noun ("the 2026 budget", "the 2025 season",
/// "before the 2026 monsoon"), which names the year the article lives in,
/// where "in 2026 and 2027" or "In 2025, fires destroyed …" may be a plan
/// or a look back. The year after `inferred` is taken whatever the weekday
/// (the lead's weekday then lies up to a week before); the year before only
/// if the lead's weekday also fits it.
fn own_year_date(
    text: &str,
    inferred: NaiveDate,
    lead: u8,
    reference: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let latest = reference.unwrap_or_else(|| {
        NaiveDate::from_ymd_opt(DEFAULT_REFERENCE_YEAR, 12, 31).expect("valid date")
    });
    let (year, attributive) = latest_written_year(text, latest.year())?;
    if !attributive || year == inferred.year() {
        return None;
    }
    let moved = NaiveDate::from_ymd_opt(year, inferred.month(), inferred.day())?;
    let day = moved.weekday().number_from_monday() as u8;
    let fits = lead == day || lead % 7 + 1 == day;
    (moved <= latest && (year == inferred.year() + 1 || year == inferred.year() - 1 && fits))
        .then_some(moved)
}

/// The latest year from 1900 to `max` that `text` writes as four digits of
/// their own ("in 2025", "the 2026 budget"; not "2,026" or "20265"), and
/// whether it is written at least once as "the <year> <lowercase word>".
fn latest_written_year(text: &str, max: i32) -> Option<(i32, bool)> {
    let bytes = text.as_bytes();
    let mut best: Option<(i32, bool)> = None;
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let joined = |b: Option<&u8>| {
            b.is_some_and(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b',' | b'.' | b'/' | b'-' | b':')
            })
        };
        let prev_joined = start > 0
            && (bytes[start - 1].is_ascii_alphanumeric()
                || (start > 1
                    && matches!(bytes[start - 1], b',' | b'.' | b'/' | b'-' | b':')
                    && bytes[start - 2].is_ascii_digit()));
        let next_joined =
            joined(bytes.get(i)) && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
        if i - start != 4 || prev_joined || next_joined {
            continue;
        }
        let Ok(year) = text[start..i].parse::<i32>() else {
            continue;
        };
        if !(1900..=max).contains(&year) {
            continue;
        }
        let attributive = start >= 4
            && bytes[start - 4..start].eq_ignore_ascii_case(b"the ")
            && (start == 4 || !bytes[start - 5].is_ascii_alphanumeric())
            && text[i..]
                .strip_prefix(' ')
                .and_then(|r| r.bytes().next())
                .is_some_and(|b| b.is_ascii_lowercase());
        best = match best {
            Some((y, a)) if y == year => Some((y, a || attributive)),
            Some((y, _)) if y > year => best,
            _ => Some((year, attributive)),
        };
    }
    best
}

/// A month and day without a year that dates the article.
#[derive(Clone, Copy)]
struct YearLessDateline {
    month: u32,
    day: u32,
    /// The weekday the dateline names ("Thursday, Jan 8").
    weekday: Option<u8>,
    /// Byte offset where the date ends: the lead follows.
    end: usize,
    /// A wire dateline ("PHNOM PENH, Oct 15 (Mekong Wire) -").
    wire: bool,
}

/// `before` (the lowercased line up to a date) is a stamp word and little
/// else ("Updated:", "Last updated on", "Published"): the date is the
/// article's, not "a bond to be dated March 15".
fn stamped(before: &str) -> bool {
    let b = before.trim_end().trim_end_matches(':');
    let b = b.strip_suffix(" on").unwrap_or(b).trim_end();
    b.split_whitespace().count() <= 2
        && [
            "updated",
            "published",
            "posted",
            "dated",
            "modified",
            "released",
            "issued",
        ]
        .iter()
        .any(|w| b.ends_with(w))
}

/// The line at `line_start` opens a paragraph: the text's first line, or one
/// after a blank line or a line that ends a sentence — not a hard-wrapped
/// line of running text ("… the fourth quarter ended\nFebruary 28 -- its").
fn starts_paragraph(text: &str, line_start: usize) -> bool {
    let before = text[..line_start].trim_end_matches(['\n', '\r']);
    let prev = before.rsplit('\n').next().unwrap_or("").trim();
    prev.is_empty() || prev.ends_with(['.', '!', '?', ')', '"', '\u{201d}'])
}

/// The first weekday the lead after a dateline names: on the rest of the
/// dateline's line, and on the next non-empty line when little follows the
/// dateline on its own ("Dec 29 (Reuters)" on a line of its own).
fn lead_weekday(text: &str, end: usize) -> Option<u8> {
    const LEAD: usize = 600;
    let rest = &text[end..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = &rest[..line_end];
    let next = || {
        rest[line_end..]
            .split('\n')
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    };
    let cut = |s: &str| {
        let mut c = s.len().min(LEAD);
        while !s.is_char_boundary(c) {
            c -= 1;
        }
        first_weekday(&s[..c])
    };
    cut(line).or_else(|| (line.trim().len() < 60).then(|| cut(next())).flatten())
}

/// The first weekday named in `lead` (1 = Monday … 7 = Sunday), capitalised
/// as a name ("on Monday", "Monday's vote"), not the plural of a habit, and
/// not one that names its own date ("as of Friday, April 3").
fn first_weekday(lead: &str) -> Option<u8> {
    let bytes = lead.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i - start < 6 || !bytes[start].is_ascii_uppercase() {
            continue;
        }
        if let Lex::Weekday(d) = lexicon::classify(&bytes[start..i]) {
            let next = lead[i..].trim_start_matches([',', ' ']);
            let dated = next.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    lexicon::classify(
                        next.split(|c: char| !c.is_ascii_alphabetic())
                            .next()
                            .unwrap_or("")
                            .as_bytes()
                    ),
                    Lex::Month(_) | Lex::MonthAbbr(_)
                );
            if !dated {
                return Some(d);
            }
        }
    }
    None
}

/// A weekday that tells a year-less dateline's year (1 = Monday … 7 =
/// Sunday).
#[derive(Clone, Copy)]
enum WeekdayCue {
    /// Named in the dateline itself ("Thursday, Jan 8"): the day's own.
    Dateline(u8),
    /// The first one the lead names: the day's own or the day before.
    Lead(u8),
}

/// The latest `month`/`day` not after `reference` (else the end of
/// [`DEFAULT_REFERENCE_YEAR`]) that falls on `weekday` (or the day after a
/// lead's weekday, see [`WeekdayCue`]); without a weekday, the latest such
/// day not after `reference`, and None without one. 56 years hold every
/// weekday of every date, 29 February included.
fn infer_year(
    month: u32,
    day: u32,
    weekday: Option<WeekdayCue>,
    reference: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let latest = reference.unwrap_or_else(|| {
        NaiveDate::from_ymd_opt(DEFAULT_REFERENCE_YEAR, 12, 31).expect("valid date")
    });
    let mut candidates = (latest.year() - 56..=latest.year())
        .rev()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .filter(|d| *d <= latest);
    let weekday_of = |d: &NaiveDate| d.weekday().number_from_monday() as u8;
    match weekday {
        Some(WeekdayCue::Dateline(w)) => candidates.find(|d| weekday_of(d) == w),
        Some(WeekdayCue::Lead(w)) => {
            candidates.find(|d| w == weekday_of(d) || w % 7 + 1 == weekday_of(d))
        }
        None if reference.is_some() => candidates.next(),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tense cue's list of timetable verbs is only searched for words
    /// ending in "s": every one does.
    #[test]
    fn schedule_present_verbs_end_in_s() {
        assert!(SCHEDULE_PRESENT.iter().all(|w| w.last() == Some(&b's')));
    }

    /// The "to have" window kept across steps ([`ToHaveSeen`]) says what
    /// testing the three tokens before each step's token said (the former
    /// code), for every start in every sequence of seven words drawn from
    /// "to", "have" and others.
    #[test]
    fn to_have_window_equals_testing_three_tokens_per_step() {
        let words = ["to", "have", "x", "been", "To"];
        let mut checked = 0u32;
        for n in 0..5u32.pow(7) {
            let text: Vec<&str> = (0..7)
                .map(|d| words[(n / 5u32.pow(d) % 5) as usize])
                .collect();
            let text = text.join(" ");
            let toks = tokenize(&text);
            for start in 0..toks.len() {
                let mut window = ToHaveSeen::new(&text, &toks, start);
                let mut seen = false;
                for i in (0..start).rev() {
                    seen |= (i.saturating_sub(3)..i).any(|k| {
                        word(&text, &toks[k]) == "to" && word(&text, &toks[k + 1]) == "have"
                    });
                    assert_eq!(window.step(&text, &toks, i), seen, "{text:?} {start} {i}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1_000_000);
    }
}
