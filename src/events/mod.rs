//! Event rules: triggers and role patterns kept as data (TOML in `rules/`),
//! applied to the entities and timexes found by earlier stages.
//!
//! Contract: [`EventExtractor::annotate`] reads everything the earlier stages
//! set and sets `doc.events` and `doc.quotes`.
//!
//! How it works, per document:
//! 1. one Aho-Corasick pass over the text finds trigger words, speech verbs
//!    and quote marks; only sentences with a hit get any further work;
//! 2. a hit sentence is tokenized and entity mentions / timexes are mapped
//!    onto tokens; every rule of every trigger found there tries to fill its
//!    slots (positions relative to the trigger, see `rules.rs`);
//! 3. candidates are merged across sentences (the same event told twice,
//!    "the donation ceremony was held on Monday"), dated, and their
//!    countries collected;
//! 4. direct and indirect speech become `doc.quotes` and `statement` events.

pub mod rules;
pub mod text;

mod quotes;

use crate::model::{
    Argument, DateBasis, Document, EntityType, Event, EventStatus, Span, TimexType,
};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use anyhow::Result;
use rules::{Filler, Phrase, Position, RuleSet, Slot};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use text::load8;
use text::{
    amount_at, ascii_word_bytes, matches_at, noun_phrase, receiver, same_word,
    tokenize_lowered_into, word_bytes, Tok, DETERMINERS, RECEIVING_INSTITUTIONS,
};

use crate::hash::{FastMap, WordHasher};

type WordBuild = std::hash::BuildHasherDefault<WordHasher>;
type WordMap<V> = HashMap<String, V, WordBuild>;
type WordSet = HashSet<String, WordBuild>;

/// Courtesy titles that may stand before a name outside its mention.
const COURTESY_TITLES: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "sir",
    "dame",
    "sheikh",
    "rev",
    "reverend",
    "cllr",
];

/// Tokenized sentences by index, kept while a document needs them.
type SentMap<'d> = FastMap<usize, Sent<'d>>;

/// The bundled event rules.
pub const BUNDLED_EVENT_RULES: &str = include_str!("../../rules/events.toml");

pub struct EventExtractor {
    set: RuleSet,
    /// All trigger head words, speech verbs and quote marks.
    prefilter: Option<AhoCorasick>,
    /// The same search as `prefilter` done word by word, when every word
    /// pattern is ASCII letters and digits (the bundled rules): bit masks
    /// eight bytes at a time and one hash lookup per word, instead of a DFA
    /// step per byte (the DFA waits on a dependent load at every byte).
    word_scan: Option<WordScan>,
    /// What each prefilter pattern is.
    pattern_kinds: Vec<PatternKind>,
    /// Per trigger-word pattern: (form, trigger, position of the word in the form).
    word_forms: Vec<Vec<(Phrase, usize, usize)>>,
    /// First token of a trigger form → (form, trigger index).
    forms_by_head: WordMap<Vec<(Phrase, usize)>>,
    rules_by_trigger: Vec<Vec<usize>>,
    /// Roles that some slot fills repeatedly (`+`), per event type.
    multi_roles: Vec<WordSet>,
    /// Status cues by first word: (cue, one of the `STATUS_*` bits).
    status_by_head: WordMap<Vec<(Phrase, u8)>>,
    /// The same for the cues after an event noun.
    status_after_by_head: WordMap<Vec<(Phrase, u8)>>,
    /// Per rule: its `not_near`, `near` and `object_before` phrases by
    /// first word.
    near_by_head: Vec<(PhraseIndex, PhraseIndex, PhraseIndex)>,
    /// Per rule, per `require` entry: the last slot whose role can meet it
    /// (None: no slot can). Once past that slot with the entry unmet, the
    /// rule cannot fire, and its other slots need not be filled.
    require_last: Vec<Vec<Option<usize>>>,
}

/// Phrases by their first word: a window of tokens is checked against the
/// few phrases that start with each token instead of against all of them.
type PhraseIndex = WordMap<Vec<Phrase>>;

fn phrase_index<'a>(phrases: impl IntoIterator<Item = &'a Phrase>) -> PhraseIndex {
    let mut idx = PhraseIndex::default();
    for p in phrases {
        if let Some(w) = p.first() {
            idx.entry(w.clone()).or_default().push(p.clone());
        }
    }
    idx
}

/// Does a phrase of `idx` start at one of the tokens `lo..hi`?
fn any_phrase_at(s: &Sent, idx: &PhraseIndex, lo: usize, hi: usize) -> bool {
    !idx.is_empty()
        && (lo..hi).any(|k| {
            idx.get(s.lower(k))
                .is_some_and(|ps| ps.iter().any(|p| matches_at(&s.toks, k, p)))
        })
}

const STATUS_NEGATED: u8 = 1;
const STATUS_REPORTED: u8 = 2;
const STATUS_PLANNED: u8 = 4;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum PatternKind {
    /// Index into `word_forms`.
    TriggerWord(usize),
    Speech,
    /// The first word of a source phrase: index into `Speech::sources`.
    Source(usize),
    Quote,
}

/// A prefilter hit: byte span in the text and pattern id.
#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

/// Prepositions that make an entity a modifier rather than a clause subject.
const PREPS: &[&str] = &[
    "of",
    "from",
    "in",
    "at",
    "for",
    "with",
    "by",
    "on",
    "to",
    "under",
    "near",
    "between",
    "among",
    "including",
    "like",
    "than",
    "into",
    "across",
    "against",
    "about",
    "via",
];

/// Words that open a fronted adverbial phrase ("At the invitation of …,").
const FRONTED: &[&str] = &[
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "with",
    "for",
    "following",
    "despite",
    "under",
    "as",
    "amid",
    "upon",
    "since",
    "according",
];

/// How far (tokens) a `prep(...)` slot looks on either side of the trigger.
const PREP_REACH: usize = 15;

/// Does the comma at token `k` close a name set off by commas, so that
/// the "and" after it joins two subjects, not two clauses? "Nigeria's
/// health minister, Ada Obi, and Egypt's deputy minister, Hoda Farouk,
/// held talks" has both ministers as its subject.
/// So is the comma after a list member ("the United States, Britain,
/// France, West Germany, and Japan agreed").
fn closes_apposition(s: &Sent, k: usize) -> bool {
    if s.mention_ending(k).is_none() {
        return false;
    }
    // back over the name and capitalised words before it ("West Germany")
    let mut j = k;
    while j > 0 && k - j < 8 && s.toks[j - 1].cap && s.toks[j - 1].word {
        j -= 1;
    }
    j > 0 && j < k && s.lower(j - 1) == ","
}

/// Kinds of place whose name follows "of": in "the city of Milan donated",
/// "the Italian region of Apulia signed", the name is the head, not a
/// modifier.
const PLACE_KINDS: &[&str] = &[
    "city",
    "town",
    "region",
    "province",
    "state",
    "county",
    "district",
    "municipality",
    "island",
    "islands",
    "kingdom",
    "republic",
    "emirate",
    "principality",
];

/// Does the phrase before token `b` (the mention's start) read "the
/// [adjective] city of", from the clause start `cs`?
fn names_the_place(s: &Sent, cs: usize, b: usize) -> bool {
    if b < cs + 3 || s.lower(b - 1) != "of" || !PLACE_KINDS.contains(&s.lower(b - 2)) {
        return false;
    }
    let mut a = b - 2;
    // over one adjective: "the Italian region of"
    if a > cs && s.lower(a - 1) != "the" {
        a -= 1;
    }
    a > cs && s.lower(a - 1) == "the"
}

/// Is token `k` set off by spaces on both sides?
fn spaced(s: &Sent, k: usize) -> bool {
    k > 0
        && k + 1 < s.toks.len()
        && s.toks[k - 1].end < s.toks[k].start
        && s.toks[k].end < s.toks[k + 1].start
}

/// Do the arguments name two different sides in one of the roles of
/// `entry` ("party", "donor|recipient")? The same entity twice ("Kenya
/// agreed with Kenya's neighbours") is one side.
fn two_sides(args: &[CandArg], entry: &str) -> bool {
    let mut first: Option<(Option<usize>, usize)> = None;
    for a in args
        .iter()
        .filter(|a| entry.split('|').any(|x| a.role == x))
    {
        let key = (a.entity, if a.entity.is_some() { 0 } else { a.span.start });
        match first {
            None => first = Some(key),
            Some(f) if f != key => return true,
            Some(_) => {}
        }
    }
    false
}

/// Heads of a subject that is several sides by itself ("OPEC oil
/// ministers agreed", "the G-7 countries had agreed", "creditor banks
/// agreed").
const SIDES: &[&str] = &[
    "ministers",
    "leaders",
    "members",
    "countries",
    "nations",
    "states",
    "sides",
    "parties",
    "governments",
    "officials",
    "delegates",
    "delegations",
    "negotiators",
    "creditors",
    "banks",
    "lenders",
    "producers",
    "exporters",
    "companies",
    "allies",
    "partners",
    "neighbours",
    "neighbors",
    "presidents",
    "representatives",
];

/// Is the subject of the trigger at `t0` (clause from `cs`) several sides
/// though it names at most one: a plural head right before the verb
/// ("the finance ministers have agreed") or a coordination with a common
/// noun ("Brazil and its creditor banks agreed")?
fn plural_subject(s: &Sent, cs: usize, t0: usize) -> bool {
    let b = subject_end(s, cs, t0);
    b > cs
        && (SIDES.contains(&s.lower(b - 1))
            || (cs..b).any(|k| s.lower(k) == "and" && s.ment_at[k].is_none()))
}

/// Is the subject of the trigger at `t0` headed by a plural of sides right
/// before the verb ("Interior ministers from five countries agreed", "the
/// creditor banks have agreed")? Unlike `plural_subject`, not a mere "and"
/// in the clause, which as often joins two verbs ("started a tender offer
/// and agreed to buy") as two sides.
fn sides_head(s: &Sent, cs: usize, t0: usize) -> bool {
    let b = subject_end(s, cs, t0);
    b > cs && SIDES.contains(&s.lower(b - 1))
}

/// The token after the subject of the verb at `t0`: before the auxiliaries
/// and adverbs that lead up to it ("have also agreed").
fn subject_end(s: &Sent, cs: usize, t0: usize) -> usize {
    let mut b = t0;
    while b > cs && (is_aux(s.lower(b - 1)) || is_adverb(s.lower(b - 1))) {
        b -= 1;
    }
    b
}

/// Is `entry`'s role ("party", "donor|recipient") filled at all?
fn names_side(args: &[CandArg], entry: &str) -> bool {
    args.iter().any(|a| entry.split('|').any(|x| a.role == x))
}

/// Words that end a clause when scanning left from a trigger (a `match`:
/// it runs for every token scanned).
fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "but" | "while" | "whereas" | "although" | "though" | "because" | "if" | "unless"
    )
}

/// Cues that a date-less event happened on the same occasion as the event
/// just before it ("They also signed …", "during the meeting").
const CONTINUATION: &[&[&str]] = &[
    &["also"],
    &["then"],
    &["during", "the"],
    &["at", "the", "meeting"],
    &["on", "the", "sidelines"],
    &["the", "same", "day"],
];

/// A mention or timex mapped onto the tokens of its sentence.
#[derive(Clone, Copy, Debug)]
struct TokRange {
    /// Entity or timex index.
    idx: usize,
    t0: usize,
    t1: usize,
}

/// A tokenized sentence with the earlier stages' annotations on its tokens.
struct Sent<'d> {
    idx: usize,
    toks: Vec<Tok<'d>>,
    ments: Vec<TokRange>,
    /// Token → index into `ments`.
    ment_at: Vec<Option<usize>>,
    tims: Vec<TokRange>,
    /// Tokens inside a timex.
    blocked: Vec<bool>,
    /// Tokens that are speech verbs (from the prefilter).
    speech: Vec<bool>,
    /// The same tokens as a list, ascending (indirect speech visits them
    /// instead of every token).
    speech_toks: Vec<usize>,
    /// (token, pattern) of trigger words found by the prefilter.
    trigger_words: Vec<(usize, usize)>,
    /// (token, source phrase) where a source phrase may start ("according").
    source_toks: Vec<(usize, usize)>,
}

impl<'d> Sent<'d> {
    fn new(
        ex: &EventExtractor,
        doc: &'d Document,
        idx: usize,
        span: Span,
        ctx: &'d DocCtx,
    ) -> Sent<'d> {
        let bufs = ctx.sent_bufs.borrow_mut().pop().unwrap_or_default();
        let mut toks = recycle(bufs.toks);
        tokenize_lowered_into(
            &doc.text,
            &ctx.lowered,
            &ctx.alnum,
            span.start,
            span.end,
            &mut toks,
        );
        let n = toks.len();
        let mut speech = bufs.speech;
        speech.clear();
        speech.resize(n, false);
        let mut speech_toks = bufs.speech_toks;
        speech_toks.clear();
        let mut trigger_words = bufs.trigger_words;
        trigger_words.clear();
        let mut source_toks = bufs.source_toks;
        source_toks.clear();
        let first = ctx.hits.partition_point(|h| h.start < span.start);
        for h in ctx.hits[first..].iter().take_while(|h| h.end <= span.end) {
            let k = toks.partition_point(|t| t.start < h.start);
            if toks
                .get(k)
                .is_none_or(|t| t.start != h.start || t.end != h.end)
            {
                continue;
            }
            match ex.pattern_kinds[h.pattern] {
                PatternKind::Speech => {
                    speech[k] = true;
                    speech_toks.push(k);
                }
                // Only a word inside a whole form counts: "International"
                // of "international conference" is no trigger word in
                // "International Coffee Organization", and other rules'
                // slot searches stop at trigger words.
                PatternKind::TriggerWord(w) if ex.form_matches_around(&toks, k, w) => {
                    trigger_words.push((k, w))
                }
                PatternKind::TriggerWord(_) => {}
                PatternKind::Source(p) => source_toks.push((k, p)),
                PatternKind::Quote => {}
            }
        }
        let to_range = |s: Span| -> Option<(usize, usize)> {
            let t0 = toks.partition_point(|t| t.start < s.start);
            let t1 = toks.partition_point(|t| t.start < s.end);
            (t0 < t1).then_some((t0, t1))
        };
        let mut ments = bufs.ments;
        ments.clear();
        let mut ment_at = bufs.ment_at;
        ment_at.clear();
        ment_at.resize(n, None);
        let lo = ctx.ments.partition_point(|m| m.0 < idx);
        let hi = ctx.ments.partition_point(|m| m.0 <= idx);
        {
            for &(_, s, e) in &ctx.ments[lo..hi] {
                if let Some((t0, t1)) = to_range(s) {
                    if ment_at[t0..t1].iter().any(|m| m.is_some()) {
                        continue;
                    }
                    for m in &mut ment_at[t0..t1] {
                        *m = Some(ments.len());
                    }
                    ments.push(TokRange { idx: e, t0, t1 });
                }
            }
        }
        let mut tims = bufs.tims;
        tims.clear();
        let mut blocked = bufs.blocked;
        blocked.clear();
        blocked.resize(n, false);
        for (ti, t) in doc.timexes.iter().enumerate() {
            if t.span.end <= span.start || t.span.start >= span.end {
                continue;
            }
            if let Some((t0, t1)) = to_range(t.span) {
                for b in &mut blocked[t0..t1] {
                    *b = true;
                }
                tims.push(TokRange { idx: ti, t0, t1 });
            }
        }
        Sent {
            idx,
            toks,
            ments,
            ment_at,
            tims,
            blocked,
            speech,
            speech_toks,
            trigger_words,
            source_toks,
        }
    }

    fn lower(&self, k: usize) -> &str {
        self.toks.get(k).map(|t| t.l()).unwrap_or("")
    }

    fn span(&self, t0: usize, t1: usize) -> Span {
        Span::new(self.toks[t0].start, self.toks[t1 - 1].end)
    }

    fn mention_starting(&self, k: usize) -> Option<TokRange> {
        let m = self.ments[self.ment_at.get(k).copied().flatten()?];
        (m.t0 == k).then_some(m)
    }

    /// The mention at `k`, or past a courtesy title there ("Dr Chad
    /// Whitfield", "Prof. Ana Roe" when the title is no part of the name).
    fn mention_past_title(&self, k: usize) -> Option<TokRange> {
        self.mention_starting(k).or_else(|| {
            let t = self.toks.get(k)?;
            if !t.cap || !COURTESY_TITLES.contains(&t.l()) {
                return None;
            }
            let k = if self.lower(k + 1) == "." {
                k + 2
            } else {
                k + 1
            };
            self.mention_starting(k)
        })
    }

    fn mention_ending(&self, k: usize) -> Option<TokRange> {
        if k == 0 {
            return None;
        }
        let m = self.ments[self.ment_at.get(k - 1).copied().flatten()?];
        (m.t1 == k).then_some(m)
    }

    fn phrase_ending_at(&self, end: usize, p: &[String]) -> bool {
        end >= p.len() && matches_at(&self.toks, end - p.len(), p)
    }
}

/// One filled slot before it becomes an [`Argument`].
#[derive(Clone, Debug)]
struct Fill {
    t0: usize,
    t1: usize,
    span: Span,
    entity: Option<usize>,
    value: Option<String>,
    /// Set when a pronoun or "the two sides" was resolved to the entity.
    resolved: bool,
}

#[derive(Clone, Debug)]
struct CandArg {
    role: String,
    span: Span,
    entity: Option<usize>,
    value: Option<String>,
    /// Country found in the argument's context ("China's X", "X in Naples, Italy").
    context_country: Option<String>,
}

/// An event candidate from one trigger in one sentence.
#[derive(Clone, Debug)]
struct Cand {
    kind: usize,
    rule: usize,
    trigger: Span,
    sentence: usize,
    evidence: Vec<usize>,
    args: Vec<CandArg>,
    status: EventStatus,
    confidence: f32,
    attach: bool,
    anaphoric: bool,
    /// "also" right before the trigger ("the two sides also agreed to …"):
    /// one more event of its kind, not the one before told again.
    further: bool,
    timex: Option<usize>,
    date_sentence: usize,
    filled: usize,
}

/// Per-document facts the rules consult.
struct DocCtx {
    /// Mentions per sentence (span, entity), in text order.
    /// (sentence, span, entity), by sentence then text order.
    ments: Vec<(usize, Span, usize)>,
    /// Person mentions (start, entity) in text order, for pronouns.
    persons: Vec<(usize, usize)>,
    /// Country mentions (start, entity) in text order, for "the two sides".
    countries: Vec<(usize, usize)>,
    /// The dateline city ("BEIJING, April 2 (Xinhua) --"): name and entity;
    /// found on first use (only `here` slots ask, and few rules have them).
    dateline: std::cell::OnceCell<Option<(String, Option<usize>)>>,
    /// Prefilter hits in text order.
    hits: Vec<Hit>,
    /// `doc.text` ASCII-lowercased (same byte offsets), which tokens borrow.
    lowered: String,
    /// `doc.text`'s ASCII letters and digits as a bit set (from the
    /// prefilter), for the tokenizer.
    alnum: Vec<u64>,
    /// Buffers of finished sentences, for the next ones to reuse.
    sent_bufs: RefCell<Vec<SentBufs>>,
    /// The gender the text gives each person asked about so far (entity,
    /// gender): every "he"/"she" asks about the persons named before it.
    genders: RefCell<Vec<(usize, Option<quotes::Gender>)>>,
}

/// The vectors of a [`Sent`], emptied, kept for reuse.
#[derive(Default)]
struct SentBufs {
    toks: Vec<Tok<'static>>,
    ments: Vec<TokRange>,
    ment_at: Vec<Option<usize>>,
    tims: Vec<TokRange>,
    blocked: Vec<bool>,
    speech: Vec<bool>,
    speech_toks: Vec<usize>,
    trigger_words: Vec<(usize, usize)>,
    source_toks: Vec<(usize, usize)>,
}

impl DocCtx {
    /// Hands a finished sentence's buffers back for reuse.
    fn recycle(&self, s: Sent) {
        self.sent_bufs.borrow_mut().push(SentBufs {
            toks: recycle(s.toks),
            ments: s.ments,
            ment_at: s.ment_at,
            tims: s.tims,
            blocked: s.blocked,
            speech: s.speech,
            speech_toks: s.speech_toks,
            trigger_words: s.trigger_words,
            source_toks: s.source_toks,
        });
    }
}

/// Buffers kept per thread from one document to the next: allocating the
/// lowercased text and the per-sentence vectors afresh (some of them large
/// blocks) made glibc consolidate its free lists over and over.
#[derive(Default)]
struct Scratch {
    lowered: String,
    alnum: Vec<u64>,
    sent_bufs: Vec<SentBufs>,
    hits: Vec<Hit>,
    hit_sentences: Vec<usize>,
    ments: Vec<(usize, Span, usize)>,
    persons: Vec<(usize, usize)>,
    countries: Vec<(usize, usize)>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// An emptied token vector with its allocation, for tokens of another
/// lifetime (the in-place `collect` keeps the buffer; nothing is mapped).
fn recycle<'a, 'b>(mut v: Vec<Tok<'a>>) -> Vec<Tok<'b>> {
    v.clear();
    v.into_iter().map(|_| unreachable!()).collect()
}

fn is_ref_value(v: &str) -> bool {
    !v.starts_with(|c: char| c.is_ascii_digit())
}

/// Specific date values contradict unless one contains the other (2020-05 vs 2020-05-07).
/// Whether the word at `k` follows "the" and a place or a capitalized word
/// that names nothing: "the Paris accord", "the Louvre agreement", "the
/// Oslo accords" name an accord known from before. ("the IRS agreement",
/// "the Siemens deal": an organization is a side, and its deal may be new.)
fn named_after_a_place(doc: &Document, s: &Sent, k: usize) -> bool {
    let name_start = match s.mention_ending(k) {
        Some(m) if doc.entities[m.idx].kind == EntityType::Location => m.t0,
        Some(_) => return false,
        None if k > 1 && s.toks[k - 1].cap && s.toks[k - 1].word => k - 1,
        None => return false,
    };
    name_start > 0 && s.lower(name_start - 1) == "the"
}

/// Whether the capitalized word at `k` goes on a name of capitalized
/// words ("the Paris Agreement", "the nuclear Non-Proliferation Treaty",
/// "a former Warsaw Pact member") in a sentence that is not a headline in
/// title case ("Kenya, Egypt Sign Trade Agreement" has no lowercase word).
fn ends_a_name(s: &Sent, k: usize) -> bool {
    k > 0
        && s.toks[k].cap
        && s.toks[k - 1].cap
        && s.toks[k - 1].word
        && s.toks.iter().any(|t| t.word && !t.cap && t.lower.len() > 3)
}

fn dates_conflict(a: &str, b: &str) -> bool {
    !is_ref_value(a) && !is_ref_value(b) && !a.starts_with(b) && !b.starts_with(a)
}

fn is_demonym_like(s: &str) -> bool {
    let l = s.to_lowercase();
    ["ese", "an", "ish", "ian", "i", "ch", "ic"]
        .iter()
        .any(|suf| l.ends_with(suf))
}

impl EventExtractor {
    /// `sources` are `(origin, toml text)` pairs of rule files.
    pub fn new(sources: &[(String, String)]) -> Result<EventExtractor> {
        let (set, _) = rules::load(sources)?;
        Ok(Self::from_rules(set))
    }

    fn from_rules(set: RuleSet) -> EventExtractor {
        let mut forms_by_head: WordMap<Vec<(Phrase, usize)>> = WordMap::default();
        let mut word_index: WordMap<usize> = WordMap::default();
        let mut word_forms: Vec<Vec<(Phrase, usize, usize)>> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_kinds: Vec<PatternKind> = Vec::new();
        for (ti, t) in set.triggers.iter().enumerate() {
            for f in &t.forms {
                // The prefilter looks for the longest word of a form: "in
                // attendance" is found by "attendance", not by "in".
                if let Some((pos, w)) = f.iter().enumerate().max_by_key(|(_, w)| w.len()) {
                    let wi = *word_index.entry(w.clone()).or_insert_with(|| {
                        patterns.push(w.clone());
                        pattern_kinds.push(PatternKind::TriggerWord(word_forms.len()));
                        word_forms.push(Vec::new());
                        word_forms.len() - 1
                    });
                    word_forms[wi].push((f.clone(), ti, pos));
                }
                forms_by_head
                    .entry(f[0].clone())
                    .or_default()
                    .push((f.clone(), ti));
            }
        }
        for list in forms_by_head.values_mut() {
            // Longest form first so "held talks" wins over "held".
            list.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        }
        let mut rules_by_trigger = vec![Vec::new(); set.triggers.len()];
        for (ri, r) in set.rules.iter().enumerate() {
            for &t in &r.triggers {
                rules_by_trigger[t].push(ri);
            }
        }
        let speech_forms: WordSet = set
            .speech
            .as_ref()
            .map(|s| s.forms.iter().cloned().collect())
            .unwrap_or_default();
        for f in &speech_forms {
            match word_index.get(f) {
                // a word that is both a trigger and a speech verb: rare, and
                // the trigger wins the pattern
                Some(_) => {}
                None => {
                    patterns.push(f.clone());
                    pattern_kinds.push(PatternKind::Speech);
                }
            }
        }
        // Source phrases are found by their first word ("according"), which
        // is no trigger or speech verb.
        for (i, p) in set.speech.iter().flat_map(|s| s.sources.iter()).enumerate() {
            if !word_index.contains_key(&p[0]) && !speech_forms.contains(&p[0]) {
                patterns.push(p[0].clone());
                pattern_kinds.push(PatternKind::Source(i));
            }
        }
        if set.speech.is_some() {
            for q in ["\"", "“", "”"] {
                patterns.push(q.to_string());
                pattern_kinds.push(PatternKind::Quote);
            }
        }
        let prefilter = if patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .ok()
        };
        let word_scan = prefilter
            .as_ref()
            .and_then(|_| WordScan::new(&patterns, &pattern_kinds));
        let mut multi_roles = vec![WordSet::default(); set.types.len()];
        for r in &set.rules {
            for s in &r.slots {
                if s.repeat {
                    multi_roles[r.event].insert(s.role.clone());
                }
            }
        }
        let cue_index = |cues: &[(&Vec<Phrase>, u8)]| {
            let mut by_head: WordMap<Vec<(Phrase, u8)>> = WordMap::default();
            for &(list, bit) in cues {
                for p in list {
                    if let Some(w) = p.first() {
                        by_head.entry(w.clone()).or_default().push((p.clone(), bit));
                    }
                }
            }
            by_head
        };
        let status_by_head = cue_index(&[
            (&set.status.negated, STATUS_NEGATED),
            (&set.status.reported, STATUS_REPORTED),
            (&set.status.planned, STATUS_PLANNED),
        ]);
        let status_after_by_head = cue_index(&[
            (&set.status.negated_after, STATUS_NEGATED),
            (&set.status.planned_after, STATUS_PLANNED),
        ]);
        let near_by_head = set
            .rules
            .iter()
            .map(|r| {
                (
                    phrase_index(&r.not_near),
                    phrase_index(&r.near),
                    phrase_index(&r.object_before),
                )
            })
            .collect();
        let require_last = set
            .rules
            .iter()
            .map(|r| {
                r.require
                    .iter()
                    .map(|req| {
                        r.slots
                            .iter()
                            .rposition(|slot| req.split('|').any(|x| x == slot.role))
                    })
                    .collect()
            })
            .collect();
        EventExtractor {
            set,
            prefilter,
            word_scan,
            pattern_kinds,
            word_forms,
            forms_by_head,
            rules_by_trigger,
            multi_roles,
            status_by_head,
            status_after_by_head,
            near_by_head,
            require_last,
        }
    }

    /// The loaded rules.
    pub fn rules(&self) -> &RuleSet {
        &self.set
    }

    pub fn annotate(&self, doc: &mut Document) {
        let (events, quotes) = self.extract(doc, None);
        doc.events = events;
        doc.quotes = quotes;
    }

    /// A human-readable trace of which rules fired on which sentence and which
    /// slots they filled (`newsfacts explain`). `doc` must have gone through
    /// the earlier stages.
    pub fn explain(&self, doc: &Document) -> String {
        let mut trace = Vec::new();
        let (events, quotes) = self.extract(doc, Some(&mut trace));
        let mut out = format!(
            "{} sentences, {} entities, {} timexes; {} event rules loaded\n",
            doc.sentences.len(),
            doc.entities.len(),
            doc.timexes.len(),
            self.set.rules.len()
        );
        for line in trace {
            out.push_str(&line);
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "result: {} events, {} quotes",
            events.len(),
            quotes.len()
        );
        for (i, e) in events.iter().enumerate() {
            let _ = writeln!(
                out,
                "  V{} {} [{}] rule={} conf={:.2} date={} ({:?}) sentences={:?} countries={:?}",
                i + 1,
                e.kind,
                e.status.as_str(),
                e.rule,
                e.confidence,
                e.date.as_deref().unwrap_or("-"),
                e.date_basis,
                e.evidence_sentences,
                e.countries
            );
            for a in &e.arguments {
                let _ = writeln!(
                    out,
                    "     {} = {:?}{}{}",
                    a.role,
                    a.span.text(&doc.text),
                    a.entity
                        .map(|x| format!(" -> E{} {}", x + 1, doc.entities[x].name))
                        .unwrap_or_default(),
                    a.value
                        .as_ref()
                        .map(|v| format!(" [{v}]"))
                        .unwrap_or_default()
                );
            }
        }
        out
    }

    fn sentences(doc: &Document) -> std::borrow::Cow<'_, [Span]> {
        if doc.sentences.is_empty() && !doc.text.trim().is_empty() {
            vec![Span::new(0, doc.text.len())].into()
        } else {
            doc.sentences.as_slice().into()
        }
    }

    #[inline(never)] // (out of line: profiles show its cost)
    fn doc_ctx(
        doc: &Document,
        sentences: &[Span],
        hits: Vec<Hit>,
        alnum: Vec<u64>,
        scratch: &mut Scratch,
    ) -> DocCtx {
        let sentence_of = |pos: usize| match sentences.partition_point(|s| s.start <= pos) {
            0 => 0,
            n => n - 1,
        };
        let mut ments = std::mem::take(&mut scratch.ments);
        let mut persons = std::mem::take(&mut scratch.persons);
        let mut countries = std::mem::take(&mut scratch.countries);
        ments.clear();
        persons.clear();
        countries.clear();
        for (ei, e) in doc.entities.iter().enumerate() {
            for m in &e.mentions {
                if m.span.end > doc.text.len() || m.span.start >= m.span.end {
                    continue;
                }
                let s = if m.sentence < sentences.len() && sentences[m.sentence].contains(m.span) {
                    m.sentence
                } else {
                    sentence_of(m.span.start)
                };
                if s < sentences.len() {
                    ments.push((s, m.span, ei));
                }
                match e.kind {
                    EntityType::Person => persons.push((m.span.start, ei)),
                    EntityType::Country => countries.push((m.span.start, ei)),
                    _ => {}
                }
            }
        }
        // Longest first at equal starts, so nested mentions lose.
        ments.sort_by_key(|&(si, s, _)| (si, s.start, std::cmp::Reverse(s.end)));
        persons.sort();
        countries.sort();
        let mut lowered = std::mem::take(&mut scratch.lowered);
        let sent_bufs = std::mem::take(&mut scratch.sent_bufs);
        lowered.clear();
        lowered.push_str(&doc.text);
        lowered.make_ascii_lowercase();
        DocCtx {
            ments,
            persons,
            countries,
            dateline: std::cell::OnceCell::new(),
            hits,
            lowered,
            alnum,
            sent_bufs: RefCell::new(sent_bufs),
            genders: RefCell::new(Vec::new()),
        }
    }

    /// The whole extraction; `trace` collects explain lines when given.
    fn extract(
        &self,
        doc: &Document,
        mut trace: Option<&mut Vec<String>>,
    ) -> (Vec<Event>, Vec<crate::model::Quote>) {
        let sentences = Self::sentences(doc);
        let Some(ac) = &self.prefilter else {
            return (Vec::new(), Vec::new());
        };
        // 1. prefilter
        let text = &doc.text;
        let bytes = text.as_bytes();
        let mut scratch = SCRATCH.with(|c| c.take());
        // Sentences with a hit, in order (hits come in text order).
        let mut hit_sentences = std::mem::take(&mut scratch.hit_sentences);
        hit_sentences.clear();
        let mut quote_marks = false;
        let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        let mut si = 0;
        let mut hits = std::mem::take(&mut scratch.hits);
        hits.clear();
        let mut on_hit = |s: usize, e: usize, pattern: usize| {
            if !bytes[s].is_ascii_alphanumeric() {
                quote_marks = true;
            }
            while si + 1 < sentences.len() && sentences[si + 1].start <= s {
                si += 1;
            }
            if !sentences.is_empty() && hit_sentences.last() != Some(&si) {
                hit_sentences.push(si);
            }
            hits.push(Hit {
                start: s,
                end: e,
                pattern,
            });
        };
        let mut alnum = std::mem::take(&mut scratch.alnum);
        if let Some(ws) = &self.word_scan {
            ws.find(text, &mut alnum, &mut on_hit);
        } else {
            text::alnum_bits(text, &mut alnum);
            for m in ac.find_iter(text) {
                let (s, e) = (m.start(), m.end());
                // whole words only (a quote mark is no word)
                if bytes[s].is_ascii_alphanumeric()
                    && ((s > 0
                        && is_word_byte(bytes[s - 1])
                        && !(bytes[s - 1] >= 0x80 && is_curly(text, s)))
                        || (e < bytes.len() && bytes[e].is_ascii_alphanumeric()))
                {
                    continue;
                }
                on_hit(s, e, m.pattern().as_usize());
            }
        }
        if hit_sentences.is_empty() {
            scratch.alnum = alnum;
            scratch.hits = hits;
            scratch.hit_sentences = hit_sentences;
            SCRATCH.with(|c| *c.borrow_mut() = scratch);
            return (Vec::new(), Vec::new());
        }
        let ctx = Self::doc_ctx(doc, &sentences, hits, alnum, &mut scratch);
        let mut sents: SentMap = SentMap::default();
        let mut speech = quotes::SpeechPass::new(self);
        if let Some(sp) = speech.as_mut() {
            // At most one quote per speech verb or pair of quote marks.
            let n = ctx
                .hits
                .iter()
                .filter(|h| !matches!(self.pattern_kinds[h.pattern], PatternKind::TriggerWord(_)))
                .count();
            sp.reserve(n);
        }
        if let (Some(sp), true) = (speech.as_mut(), quote_marks) {
            sp.direct(self, doc, &ctx, &sentences, &mut sents);
        }

        // 2. rules and indirect speech per hit sentence; a sentence's tokens
        // are dropped once it is done, so memory stays small and warm.
        let mut cands: Vec<Cand> = Vec::new();
        for &i in &hit_sentences {
            if !sents.contains_key(&i)
                && !self.needs_tokens(&ctx, sentences[i], speech.as_ref(), text)
            {
                continue;
            }
            // (`remove` hashes its key even on an empty map, and most
            // documents tokenize no sentence for direct quotes.)
            let s = (!sents.is_empty())
                .then(|| sents.remove(&i))
                .flatten()
                .unwrap_or_else(|| Sent::new(self, doc, i, sentences[i], &ctx));
            if !s.trigger_words.is_empty() {
                self.sentence_candidates(doc, &ctx, &s, &mut cands, trace.as_deref_mut());
            }
            if let Some(sp) = speech.as_mut() {
                sp.indirect(self, doc, &ctx, &s);
                sp.sourced(self, doc, &ctx, &s);
            }
            ctx.recycle(s);
        }
        drop(sents);
        let DocCtx {
            lowered,
            alnum,
            sent_bufs,
            hits,
            ments,
            persons,
            countries,
            ..
        } = ctx;
        scratch.lowered = lowered;
        scratch.alnum = alnum;
        scratch.sent_bufs = sent_bufs.into_inner();
        // a handful is all one sentence at a time needs
        scratch.sent_bufs.truncate(16);
        scratch.hits = hits;
        scratch.hit_sentences = hit_sentences;
        scratch.ments = ments;
        scratch.persons = persons;
        scratch.countries = countries;
        SCRATCH.with(|c| *c.borrow_mut() = scratch);

        // 3. merge, date, countries
        let mut events = self.merge(doc, &sentences, cands, trace.as_deref_mut());
        self.rescheduled_events(doc, &sentences, &mut events);
        past_plans_called_off(doc, &sentences, &mut events);
        time_scheduled_meetings(doc, &mut events);

        // 4. quotes and statements
        let (quotes, statements) = match speech {
            Some(sp) => sp.finish(self, doc, trace),
            None => (Vec::new(), Vec::new()),
        };
        visitors_from_speakers(doc, &quotes, &mut events);
        hosts_from_place(doc, &mut events);
        meetings_in_person(doc, &sentences, &mut events);
        events.extend(statements);
        events.sort_by_key(|e| (e.sentence, e.trigger.start));
        if let Some(sp) = &self.set.speech {
            date_statements_from_context(doc, &sentences, &sp.event, &mut events);
        }
        date_live_blog_entries(doc, &mut events);
        date_absences_from_occasion(doc, &mut events);
        date_unsigned_from_occasion(doc, &mut events);
        weeks_of_multi_day_visits(doc, &mut events);
        parties_for_signers(doc, &mut events);
        places_of_dateline_visits(doc, &mut events);
        visits_due_but(doc, &mut events);
        topics_before_agreement_nouns(doc, &mut events);
        recipients_from_appeal(doc, &mut events);
        undate_vague_future(&mut events);
        let mut country_cache = vec![None; doc.entities.len()];
        for e in &mut events {
            e.countries = event_countries(doc, e, &mut country_cache);
        }
        (events, quotes)
    }

    /// Can the sentence `span` yield anything in step 2? Not without a
    /// trigger-word hit and without a speech verb that indirect speech would
    /// look at (none, or the sentence holds a direct quote). Checked on the
    /// prefilter hits, before tokenizing.
    ///
    /// A trigger-word hit around which no form of the word can match ("for"
    /// without "fly in" before it, "expected" without "in" after it) yields
    /// no trigger word in [`Sent::new`]; a sentence with only such hits and
    /// no speech verb or source phrase at all would be tokenized for
    /// nothing (a fifth of the tokenized sentences of news text), so it is
    /// skipped. With a speech or source hit beside it, it is tokenized as
    /// before.
    #[inline(never)] // (out of line: profiles show its cost)
    fn needs_tokens(
        &self,
        ctx: &DocCtx,
        span: Span,
        speech: Option<&quotes::SpeechPass>,
        text: &str,
    ) -> bool {
        let first = ctx.hits.partition_point(|h| h.start < span.start);
        let mut speech_hit = false;
        let mut unmatched_trigger = false;
        let mut any_speech = false;
        for h in ctx.hits[first..].iter().take_while(|h| h.end <= span.end) {
            match self.pattern_kinds[h.pattern] {
                PatternKind::TriggerWord(w) => {
                    if self.form_may_match(ctx.lowered.as_bytes(), span, h, w) {
                        return true;
                    }
                    unmatched_trigger = true;
                }
                // A capitalized verb ("United States", "Says …") is no
                // speech verb to indirect speech (see `is_speech`).
                PatternKind::Speech => {
                    any_speech = true;
                    speech_hit |= !text.as_bytes()[h.start].is_ascii_uppercase();
                }
                // ("According to X, …" opens a sentence)
                PatternKind::Source(_) => {
                    any_speech = true;
                    speech_hit = true;
                }
                PatternKind::Quote => {}
            }
        }
        if unmatched_trigger && any_speech {
            return true;
        }
        match speech {
            Some(sp) if speech_hit => !sp.overlaps_quote(text, span),
            _ => false,
        }
    }

    /// Whether some form indexed by trigger word `w` may match around the
    /// hit `h` of sentence `span`, judged on `low` (the ASCII-lowercased
    /// text) before tokenizing: a necessary condition for
    /// [`Self::form_matches_around`] at the hit's token. Neighbouring tokens
    /// are parted by whitespace only (the tokenizer drops nothing else), and
    /// an ASCII token's lowercase form is its bytes of `low`; so the form's
    /// words before the hit must end, one by one, where the ASCII whitespace
    /// before it begins, and those after it start where the whitespace
    /// after it ends. Where a byte looked at is not ASCII (Unicode
    /// whitespace, a letter that lowercases to something else, "’" that
    /// becomes "'") or a form word is not, the form may match: the tokens
    /// decide. (A token that is not all ASCII but lowercases to an ASCII
    /// word of `n` bytes is longer than `n` bytes, and the `n` bytes of it
    /// next to the hit hold a byte past ASCII: otherwise those `n` bytes
    /// alone would lowercase to the whole word.)
    fn form_may_match(&self, low: &[u8], span: Span, h: &Hit, w: usize) -> bool {
        let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
        // Whether `f` is `window`, or a byte of either is past ASCII.
        let may_be = |window: &[u8], f: &[u8]| !window.is_ascii() || !f.is_ascii();
        // (`window` and `f` are of a length; most differ in their first byte,
        // tested before the slices are compared)
        let same = |window: &[u8], f: &[u8]| window.first() == f.first() && window == f;
        self.word_forms[w].iter().any(|(form, _, pos)| {
            let mut at = h.start;
            for f in form[..*pos].iter().rev() {
                while at > span.start && space(low[at - 1]) {
                    at -= 1;
                }
                let f = f.as_bytes();
                if at < span.start + f.len() {
                    // (a token there would be shorter than `f`: only one
                    // past ASCII could lowercase to it)
                    return !low[span.start..at].is_ascii() || !f.is_ascii();
                }
                let window = &low[at - f.len()..at];
                if !same(window, f) {
                    return may_be(window, f);
                }
                at -= f.len();
            }
            let mut at = h.end;
            for f in &form[*pos + 1..] {
                while at < span.end && space(low[at]) {
                    at += 1;
                }
                let f = f.as_bytes();
                if at + f.len() > span.end {
                    return !low[at..span.end].is_ascii() || !f.is_ascii();
                }
                let window = &low[at..at + f.len()];
                if !same(window, f) {
                    return may_be(window, f);
                }
                at += f.len();
            }
            true
        })
    }

    /// Whether a form indexed by trigger word `w` matches around token `k`
    /// (the word sits at its indexed position in the form).
    fn form_matches_around(&self, toks: &[Tok], k: usize, w: usize) -> bool {
        self.word_forms[w].iter().any(|(form, _, pos)| {
            k.checked_sub(*pos)
                .is_some_and(|start| matches_at(toks, start, form))
        })
    }

    /// Trigger hits of a sentence: (t0, t1, trigger index).
    #[inline(never)] // (out of line: profiles show its cost)
    fn triggers_in(&self, doc: &Document, s: &Sent) -> Vec<(usize, usize, usize)> {
        let mut hits = Vec::new();
        for &(k, w) in &s.trigger_words {
            for (form, ti, pos) in &self.word_forms[w] {
                let Some(start) = k.checked_sub(*pos) else {
                    continue;
                };
                if !matches_at(&s.toks, start, form) {
                    continue;
                }
                let t = &self.set.triggers[*ti];
                let end = start + form.len();
                if t.not_next.iter().any(|p| matches_at(&s.toks, end, p)) {
                    continue;
                }
                if t.not_prev.iter().any(|p| s.phrase_ending_at(start, p)) {
                    continue;
                }
                if t.not_in_name && (ends_a_name(s, start) || named_after_a_place(doc, s, start)) {
                    continue;
                }
                hits.push((start, end, *ti));
            }
        }
        // Longest form first at each position ("held talks" before "talks").
        hits.sort_by_key(|&(a, b, t)| (a, std::cmp::Reverse(b), t));
        hits.dedup();
        hits
    }

    #[inline(never)] // (out of line: profiles show its cost)
    fn sentence_candidates(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        out: &mut Vec<Cand>,
        mut trace: Option<&mut Vec<String>>,
    ) {
        let hits = self.triggers_in(doc, s);
        let first = out.len();
        let mut gapped: Vec<Cand> = Vec::new();
        for (t0, t1, ti) in hits {
            // The trigger's clause, shared by its rules (found on first need).
            let mut clause = None;
            for &ri in &self.rules_by_trigger[ti] {
                let c = self.apply_rule(doc, ctx, s, ri, t0, t1, &mut clause, trace.as_deref_mut());
                if let Some(c) = c {
                    for g in self.gapped_agents(doc, ctx, s, t1, &c) {
                        let agent = |k: &Cand| k.args.first().and_then(|a| a.entity);
                        if !gapped
                            .iter()
                            .any(|x| x.trigger == g.trigger && agent(x) == agent(&g))
                        {
                            if let Some(tr) = trace.as_deref_mut() {
                                tr.push(format!(
                                    "S{} rule {} repeats on {:?} for another agent",
                                    s.idx + 1,
                                    self.set.rules[g.rule].id,
                                    g.args[0].span.text(&doc.text)
                                ));
                            }
                            gapped.push(g);
                        }
                    }
                    out.push(c);
                }
            }
        }
        // One event per trigger and type: overlapping candidates of the same
        // type keep the one that filled most ("held talks" vs "talks").
        let mine = out.split_off(first);
        let mut kept: Vec<Cand> = Vec::new();
        for c in mine {
            if let Some(k) = kept
                .iter_mut()
                .find(|k| k.kind == c.kind && k.trigger.overlaps(c.trigger))
            {
                // (a candidate that stands alone beats one that only goes on
                // after a gift: "China sent the Red Cross 20,000 masks" is
                // `donation.send.aid`'s, not `donation.send.after.gift`'s,
                // which the merge drops with no gift before it)
                let alone = |x: &Cand| !self.set.rules[x.rule].follows;
                let better = (alone(&c), c.filled, (c.confidence * 100.0) as i32)
                    > (alone(k), k.filled, (k.confidence * 100.0) as i32);
                if better {
                    *k = c;
                }
            } else {
                kept.push(c);
            }
        }
        out.extend(kept);
        out.extend(gapped);
    }

    /// "The World Bank pledged $2 billion, Saudi Arabia $1 billion and the
    /// European Union €500 million": each name with an amount of its own
    /// after the amount right after the trigger repeats the verb for
    /// another agent (one event each, the agent first among the arguments;
    /// the recipient, place and date stay, the item goes).
    fn gapped_agents(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        t1: usize,
        c: &Cand,
    ) -> Vec<Cand> {
        let Some(agent) = self.set.types[c.kind].agent_roles.first() else {
            return Vec::new();
        };
        let rule = &self.set.rules[c.rule];
        let Some(filler) = rule
            .slots
            .iter()
            .find(|sl| &sl.role == agent && matches!(sl.filler, Filler::Entity(_)))
            .map(|sl| &sl.filler)
        else {
            return Vec::new();
        };
        // (the roles the rule fills with money and with goods)
        let role_of = |f: fn(&Filler) -> bool| {
            rule.slots
                .iter()
                .find(|sl| f(&sl.filler))
                .map(|sl| sl.role.as_str())
        };
        let Some(money) = role_of(|f| matches!(f, Filler::Money | Filler::Amount)) else {
            return Vec::new();
        };
        let goods = role_of(|f| matches!(f, Filler::Np));
        let Some(amount) = c.args.iter().find(|a| a.role == money && a.value.is_some()) else {
            return Vec::new();
        };
        if !c
            .args
            .iter()
            .any(|a| &a.role == agent && a.entity.is_some())
        {
            return Vec::new();
        }
        // (the verb's own amount: "pledged (a further) $2 billion")
        let Some(mut k) = s.toks.iter().position(|t| t.start >= amount.span.end) else {
            return Vec::new();
        };
        if !s.toks[t1..]
            .iter()
            .take(4)
            .any(|t| t.start == amount.span.start)
        {
            return Vec::new();
        }
        let mut out = Vec::new();
        loop {
            let mut j = k;
            if s.lower(j) == "," {
                j += 1;
            }
            if s.lower(j) == "and" {
                j += 1;
            }
            if j == k {
                break;
            }
            let Some(m) = s.mention_starting(skip_dets(s, j)) else {
                break;
            };
            if !entity_ok(doc, filler, m.idx) || adjectival(doc, s, m) {
                break;
            }
            let Some(f) = self.fill_at(doc, ctx, s, &Filler::Money, m.t1, false).pop() else {
                break;
            };
            let mut g = c.clone();
            g.args
                .retain(|a| &a.role != agent && a.role != money && Some(a.role.as_str()) != goods);
            let named = fill_of(s, m);
            g.args.insert(
                0,
                CandArg {
                    role: agent.clone(),
                    span: named.span,
                    entity: named.entity,
                    value: None,
                    context_country: context_country(doc, s, m.t0, m.t1),
                },
            );
            g.args.push(CandArg {
                role: money.to_string(),
                span: f.span,
                entity: None,
                value: f.value,
                context_country: None,
            });
            g.filled = g.args.len();
            out.push(g);
            k = f.t1;
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn apply_rule(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        ri: usize,
        t0: usize,
        t1: usize,
        clause: &mut Option<(usize, Option<usize>, usize)>,
        trace: Option<&mut Vec<String>>,
    ) -> Option<Cand> {
        let rule = &self.set.rules[ri];
        let ty = &self.set.types[rule.event];
        // `prev` / `not_prev` look right before the trigger, over adverbs
        // ("was recently donated", "did not meet").
        let mut before = t0;
        while before > 0 && is_adverb(s.lower(before - 1)) {
            before -= 1;
        }
        let near_before = |p: &Phrase| s.phrase_ending_at(before, p) || s.phrase_ending_at(t0, p);
        if !rule.prev.is_empty() && !rule.prev.iter().any(near_before) {
            return None;
        }
        if rule.not_prev.iter().any(near_before) {
            return None;
        }
        if let Some(passive) = rule.passive {
            let is_passive = !s.lower(t0).ends_with("ing")
                && (is_be_form(s.lower(before.wrapping_sub(1)))
                    || reduced_passive(s, t0, t1, ty.roles.iter().any(|r| r == "item")));
            if passive != is_passive {
                return None;
            }
        }
        let (not_near, near, object_before) = &self.near_by_head[ri];
        if any_phrase_at(s, not_near, t1, (t1 + 4).min(s.toks.len())) {
            return None;
        }
        // (in the trigger's clause: "gave no details, but said food aid
        // would follow" names no aid given)
        // (most rules name no such words: no clause scan for them)
        // (where the subject of a relative with no relative word opens:
        // "the trade agreement [A and B] signed")
        let mut subject_from = 0;
        if !rule.near.is_empty() || !rule.object_before.is_empty() {
            let near_end = if rule.near_clause {
                self.clause_end(s, t1)
            } else {
                let limit = (t1 + 7).min(s.toks.len());
                (t1..limit)
                    .find(|&k| is_clause_word(s.lower(k)) || s.lower(k) == ";")
                    .unwrap_or(limit)
            };
            if !any_phrase_at(s, near, t1, near_end) {
                subject_from = object_before_trigger(s, object_before, before, t1)?;
            }
        }
        let (cs, rel, ce) = *clause.get_or_insert_with(|| {
            let (cs, rel) = self.clause_start(s, t0);
            (
                cs,
                rel,
                self.clause_end(s, t1).min(object_relative_end(s, cs, t1)),
            )
        });
        let cs = cs.max(subject_from);
        let mut args: Vec<CandArg> = Vec::new();
        // Entity spans already used, with the slot that used them.
        let mut used: Vec<(Span, usize)> = Vec::new();
        let mut penalty = 0.0f32;
        let mut timex: Option<usize> = None;
        let mut log: Vec<String> = Vec::new();
        let mut filled_roles: Vec<&str> = Vec::new();
        let tracing = trace.is_some();
        // A `require` entry left unmet by the last slot that could meet it
        // means no event: stop there rather than fill the other slots. (Not
        // when tracing: the trace lists every entry that is missing.)
        let require_last = &self.require_last[ri];
        if !tracing && require_last.iter().any(Option::is_none) {
            return None;
        }
        // A role a hyphenated pair filled ("the U.S.-Japan pact") is
        // complete: the clause's subject is no third side.
        let mut pair_filled: Option<&str> = None;
        for (slot_no, slot) in rule.slots.iter().enumerate() {
            // (what money is for is an item only when no goods are named:
            // a list of purposes, but never beside the goods)
            if filled_roles.contains(&slot.role.as_str())
                && (!slot.repeat || slot.filler == Filler::Purpose)
                || pair_filled == Some(slot.role.as_str())
            {
                continue;
            }
            let mut fills = self.fill_slot(doc, ctx, s, slot, t0, t1, cs, ce, rel, rule.event);
            if fills.is_empty() && ty.capitals_for_countries {
                fills = self.capital_fills(doc, ctx, s, slot, (t0, t1, cs, ce), rel, rule.event);
            }
            let mut any = false;
            for f in fills {
                // An entity fills one role only; values (item, amount, date)
                // may overlap ("100,000 masks" is both item and amount).
                if f.entity.is_some()
                    && used
                        .iter()
                        .any(|(u, n)| u.overlaps(f.span) && (*n != slot_no || !f.resolved))
                {
                    continue;
                }
                if args
                    .iter()
                    .any(|a| a.role == slot.role && f.entity.is_some() && a.entity == f.entity)
                {
                    continue;
                }
                let dist = if f.t0 >= t1 {
                    f.t0 - t1
                } else {
                    t0.saturating_sub(f.t1)
                };
                // Distant fills are less certain; a date anywhere in the
                // sentence is the norm, not a stretch.
                let far = dist > 8 || slot.position == Position::Sentence;
                if far && slot.filler != Filler::Date {
                    penalty += 0.05;
                }
                if slot.filler == Filler::Date {
                    timex = s
                        .tims
                        .iter()
                        .find(|t| t.t0 == f.t0 && t.t1 == f.t1)
                        .map(|t| t.idx);
                }
                if tracing {
                    log.push(format!(
                        "      {} <- {:?}{} via `{}`{}",
                        slot.role,
                        f.span.text(&doc.text),
                        f.entity
                            .map(|e| format!(" (E{} {})", e + 1, doc.entities[e].name))
                            .unwrap_or_default(),
                        slot.source,
                        if f.resolved { " [resolved]" } else { "" }
                    ));
                }
                if f.entity.is_some() {
                    used.push((f.span, slot_no));
                }
                args.push(CandArg {
                    role: slot.role.clone(),
                    span: f.span,
                    entity: f.entity,
                    value: f.value.clone(),
                    context_country: f.entity.and_then(|_| context_country(doc, s, f.t0, f.t1)),
                });
                any = true;
                if !slot.repeat {
                    break;
                }
            }
            if any && !filled_roles.contains(&slot.role.as_str()) {
                filled_roles.push(slot.role.as_str());
            }
            if any && slot.position == Position::Pair {
                pair_filled = Some(slot.role.as_str());
            }
            if !tracing
                && rule.require.iter().zip(require_last).any(|(req, last)| {
                    *last == Some(slot_no) && !req.split('|').any(|x| filled_roles.contains(&x))
                })
            {
                return None;
            }
        }
        let trig_text = s.span(t0, t1).text(&doc.text);
        let missing: Vec<&String> = rule
            .require
            .iter()
            .filter(|r| !r.split('|').any(|x| filled_roles.contains(&x)))
            .chain(
                // (with no side named at all, only a plural head of sides
                // tells several: "the ministers agreed to …")
                rule.require_two.iter().filter(|r| {
                    !two_sides(&args, r)
                        && !if names_side(&args, r) {
                            plural_subject(s, cs, t0)
                        } else {
                            sides_head(s, cs, t0)
                        }
                }),
            )
            .collect();
        let any_ok = rule.require_any.is_empty()
            || rule
                .require_any
                .iter()
                .any(|r| filled_roles.contains(&r.as_str()));
        let anaphoric = self.is_anaphoric(s, ty, t0);
        // "At the meeting, …": a definite mention with nothing to fill still
        // tells the same event again; it may join one as evidence.
        let attach_only = rule.attach || (rule.require.is_empty() && !any_ok && anaphoric);
        let any_ok = any_ok || attach_only;
        if !missing.is_empty() || !any_ok {
            if let Some(tr) = trace {
                tr.push(format!(
                    "S{} rule {} on {:?}: not fired (missing {})",
                    s.idx + 1,
                    rule.id,
                    trig_text,
                    if missing.is_empty() {
                        format!("one of {}", rule.require_any.join("|"))
                    } else {
                        missing
                            .iter()
                            .map(|m| m.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ));
            }
            return None;
        }
        let noun = rule.triggers.iter().all(|&ti| {
            let t = &self.set.triggers[ti];
            t.pos == rules::Pos::Noun || t.id.ends_with(".noun")
        });
        let mut status = self.status(s, t0, cs, noun);
        // "X will give NZ$4.5 million … to rebuild schools damaged when the
        // cyclone crossed them in December": what "will" happen is not dated
        // by a period already over at the article date, told in a clause
        // after the trigger's; that date is of something else.
        if status == EventStatus::Planned
            && (t0.saturating_sub(6).max(cs)..t0).any(|k| s.lower(k) == "will")
        {
            if let (Some(ti), Some(dd)) = (timex, doc.date) {
                // (only a date in a clause of its own after the trigger:
                // "will meet on Monday" resolved to a past Monday is the
                // date stage's doubt, not another event's date)
                let in_clause = s.tims.iter().find(|t| t.idx == ti).is_some_and(|t| {
                    t.t0 > t1
                        && (t1..t.t0).any(|k| {
                            matches!(
                                s.lower(k),
                                "when" | "after" | "which" | "that" | "who" | "where" | "since"
                            )
                        })
                });
                if in_clause && value_end(&doc.timexes[ti].value).is_some_and(|e| e < dd) {
                    timex = None;
                    args.retain(|a| a.role != "date");
                }
            }
        }
        if status == EventStatus::Happened {
            status = rule.default_status;
        }
        // An event dated after the article cannot have happened yet: a day,
        // or a week, month, quarter or year that starts after the article.
        if status == EventStatus::Happened {
            if let (Some(ti), Some(dd)) = (timex, doc.date) {
                if let Some(d) = value_start(&doc.timexes[ti].value) {
                    if d > dd {
                        status = EventStatus::Planned;
                    }
                }
            }
        }
        // "17:30 - Corsica has offered two helicopters": a live blog's entry
        // stamp tells when the news came, and a promise made by then is
        // kept later (`date_live_blog_entries` dates only what was done).
        if status == EventStatus::Planned
            && timex.is_some_and(|ti| crate::timex::is_entry_stamp(&doc.text, doc.timexes[ti].span))
        {
            timex = None;
            args.retain(|a| a.role != "date");
        }
        let confidence = (rule.confidence - penalty).clamp(0.05, 1.0);
        if let Some(tr) = trace {
            tr.push(format!(
                "S{} rule {} fired on {:?} ({}, {}{}{}) conf {:.2}",
                s.idx + 1,
                rule.id,
                trig_text,
                ty.name,
                status.as_str(),
                if anaphoric { ", anaphoric" } else { "" },
                if attach_only { ", attach-only" } else { "" },
                confidence
            ));
            tr.extend(log);
        }
        Some(Cand {
            kind: rule.event,
            rule: ri,
            trigger: s.span(t0, t1),
            sentence: s.idx,
            evidence: vec![s.idx],
            filled: args.len(),
            args,
            status,
            confidence,
            attach: attach_only,
            anaphoric,
            further: further_event(s, t0),
            timex,
            date_sentence: s.idx,
        })
    }

    /// `slot` (an entity slot that takes a country and no place) filled by a
    /// capital standing for its country: "a gift from Canberra", "Beijing
    /// donated …".
    #[allow(clippy::too_many_arguments)]
    fn capital_fills(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        slot: &Slot,
        (t0, t1, cs, ce): (usize, usize, usize, usize),
        rel: Option<usize>,
        kind: usize,
    ) -> Vec<Fill> {
        let Filler::Entity(types) = &slot.filler else {
            return Vec::new();
        };
        if !types.contains(&EntityType::Country) || types.contains(&EntityType::Location) {
            return Vec::new();
        }
        let mut wider = slot.clone();
        wider.filler = Filler::Entity(vec![EntityType::Location]);
        // Right after the trigger or its subject only: "the delegation from
        // Pyongyang … sought more pledges" does not pledge.
        let subject = slot.position == Position::Subject;
        self.fill_slot(doc, ctx, s, &wider, t0, t1, cs, ce, rel, kind)
            .into_iter()
            .filter(|f| {
                if subject {
                    // ("experts from Beijing" come from there; "the
                    // government in Taipei" is the state's)
                    f.t0 == 0
                        || !PREPS.contains(&s.lower(f.t0 - 1))
                        || governs_from_capital(s, f.t0)
                } else {
                    f.t0 >= t1 && f.t0 <= t1 + 3
                }
            })
            .filter_map(|f| capital_as_country(doc, s, f))
            .collect()
    }

    /// "the donation", "the online meeting", "the same meeting".
    fn is_anaphoric(&self, s: &Sent, ty: &rules::EventType, t0: usize) -> bool {
        let mut k = t0;
        let mut steps = 0;
        loop {
            if ty.anaphors.iter().any(|p| s.phrase_ending_at(k, p)) {
                return true;
            }
            if k == 0 || steps == 2 || !s.toks[k - 1].word || s.toks[k - 1].cap {
                return false;
            }
            k -= 1;
            steps += 1;
        }
    }

    /// Start of the trigger's clause, and the position of a relative pronoun
    /// ("X, who met Y") when that is what ended the scan.
    fn clause_start(&self, s: &Sent, t0: usize) -> (usize, Option<usize>) {
        let mut k = t0;
        while k > 0 {
            k -= 1;
            let w = s.lower(k);
            // "Nordvik Logistics ASA (OSE: NORDV), the freight group, today
            // announced": a short bracketed aside is no clause boundary.
            // a dateline's "--" (two tokens) ends the subject region too
            if w == "-" && k > 0 && s.lower(k - 1) == "-" {
                return (k + 1, None);
            }
            if w == ")" {
                if let Some(open) = (k.saturating_sub(12)..k).rev().find(|&j| s.lower(j) == "(") {
                    if !(open + 1..k).any(|j| matches!(s.lower(j), "(" | ")")) {
                        k = open;
                        continue;
                    }
                }
            }
            match w {
                ";" | ":" | "--" | "—" | "\"" | "“" | "”" | "(" | ")" => {
                    return (k + 1, None)
                }
                // a spaced en dash is a dash too ("LISBON, Portugal – X
                // announced"), unlike one inside a range ("2019–2020")
                "–" if spaced(s, k) => return (k + 1, None),
                "who" | "which" => return (k + 1, Some(k)),
                "that" if k + 1 < t0 => {
                    // "that" as determiner right before a noun is not a boundary
                    return (k + 1, None);
                }
                _ => {}
            }
            let speech = s.speech[k]
                && !s.toks[k].cap
                && s.lower(k + 1) != "to"
                && !matches!(
                    s.lower(k.wrapping_sub(1)),
                    "is" | "are" | "was" | "were" | "be" | "been"
                );
            if is_clause_word(w) || speech {
                let mut b = k + 1;
                if s.lower(b) == "that" {
                    b += 1;
                }
                return (b.min(t0), None);
            }
            if w == "," && s.lower(k + 1) == "and" && !closes_apposition(s, k) {
                return (k + 2, None);
            }
        }
        (0, None)
    }

    fn clause_end(&self, s: &Sent, t1: usize) -> usize {
        let lim = (t1 + 25).min(s.toks.len());
        for k in t1..lim {
            let w = s.lower(k);
            if matches!(w, ";" | "--" | "—" | "who" | "which" | "\"" | "“" | "”")
                || is_clause_word(w)
            {
                return k;
            }
            if s.speech[k] && k > t1 + 1 {
                return k;
            }
        }
        lim
    }

    /// The status cues of the trigger at `t0` in the clause starting at
    /// `cs`; `noun`: the trigger is an event noun, whose clause may tell
    /// the cue after it.
    fn status(&self, s: &Sent, t0: usize, cs: usize, noun: bool) -> EventStatus {
        let lo = t0.saturating_sub(6).max(cs);
        // Which kinds of cue end before the trigger; negated wins, then reported.
        let mut found = 0u8;
        for k in lo..t0 {
            if let Some(cues) = self.status_by_head.get(s.lower(k)) {
                for (p, bit) in cues {
                    if k + p.len() <= t0 && matches_at(&s.toks, k, p) {
                        found |= bit;
                    }
                }
            }
        }
        // A headline's "<name> to <verb>" is its future: "Nordvik Logistics
        // to donate 2,000 laptops".
        if t0 >= 2 && s.lower(t0 - 1) == "to" && s.mention_ending(t0 - 1).is_some() {
            found |= STATUS_PLANNED;
        }
        // A passive infinitive right before the trigger is still to come:
        // "an agreement to be signed with the Treasury", "three accords were
        // to be signed at the summit". Only adjacent: "believed to be an
        // agreement", "agreed to be acquired under a merger agreement" are not.
        if t0 >= 2 && s.lower(t0 - 1) == "be" && s.lower(t0 - 2) == "to" {
            found |= STATUS_PLANNED;
        }
        // An infinitive joined to an earlier one shares its governing verb:
        // "is expected to meet X today and to sign Y on Tuesday", "plan to
        // meet again in Cairo to sign …". So with no cue of its own, "to
        // <trigger>" takes the status of a cue ending in "to" earlier in the
        // sentence ("expected to", "refused to"); other cues ("will") may
        // belong to another clause and are not looked for that far.
        if found == 0 && t0 >= 1 && s.lower(t0 - 1) == "to" {
            for k in 0..lo {
                if let Some(cues) = self.status_by_head.get(s.lower(k)) {
                    for (p, bit) in cues {
                        if p.len() >= 2
                            && p.last().is_some_and(|w| w == "to")
                            && k + p.len() <= lo
                            && matches_at(&s.toks, k, p)
                        {
                            found |= bit;
                        }
                    }
                }
            }
        }
        if noun {
            found |= self.status_after_noun(s, t0);
        }
        // A plan told, then its failure with the verb left out: "had been
        // expected to be signed as well but was not", "was due to attend
        // but did not". Only the elided verb group right before the clause
        // ends: "but was not the first" goes on.
        if found & STATUS_PLANNED != 0 && elided_but_not(s, t0) {
            found |= STATUS_NEGATED;
        }
        if found & STATUS_NEGATED != 0 {
            EventStatus::Negated
        } else if found & STATUS_REPORTED != 0 {
            EventStatus::Reported
        } else if found & STATUS_PLANNED != 0 {
            EventStatus::Planned
        } else {
            EventStatus::Happened
        }
    }

    /// Cues after an event noun, in the words it heads up to the end of its
    /// clause: "A meeting of the three ministers, which had been planned for
    /// this week, was postponed" (negated), "talks scheduled for Monday"
    /// (planned). A participle of calling off needs a form of "be" before
    /// it ("the meeting postponed" is rarer than "the summit that postponed
    /// the vote").
    fn status_after_noun(&self, s: &Sent, t0: usize) -> u8 {
        let mut found = 0u8;
        let end = (t0 + 1 + STATUS_AFTER_REACH).min(s.toks.len());
        for k in t0 + 1..end {
            if ends_the_nouns_clause(s, k) {
                // "A meeting with the minister, Ana Reis, which was to have
                // been held on Thursday, was called off": the relative clause
                // is on the name, but the predicate after it is the noun's.
                if let Some(c) = predicate_after_relative_clause(s, k) {
                    found |= self.status_cues_at(s, c, (c + 5).min(s.toks.len()));
                }
                break;
            }
            found |= self.status_cues_at(s, k, k + 1);
        }
        found
    }

    /// The status cues of `status_after_by_head` that start at tokens
    /// `from..to`. A participle of calling off needs a form of "be" before
    /// it; a finite phrase ("did not take place") carries its own verb.
    fn status_cues_at(&self, s: &Sent, from: usize, to: usize) -> u8 {
        let mut found = 0u8;
        for k in from..to {
            let Some(cues) = self.status_after_by_head.get(s.lower(k)) else {
                continue;
            };
            for (p, bit) in cues {
                let after_be = is_be_form(s.lower(k.wrapping_sub(1)))
                    || s.lower(k.wrapping_sub(1)) == "been"
                    || matches!(p[0].as_str(), "did" | "never");
                if matches_at(&s.toks, k, p) && (*bit != STATUS_NEGATED || after_be) {
                    found |= bit;
                }
            }
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    fn fill_slot(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        slot: &Slot,
        t0: usize,
        t1: usize,
        cs: usize,
        ce: usize,
        rel: Option<usize>,
        kind: usize,
    ) -> Vec<Fill> {
        let n = s.toks.len();
        match &slot.position {
            Position::Subject => self
                .occasion_subject(doc, ctx, s, slot, t0, t1)
                .unwrap_or_else(|| self.fill_subject(doc, ctx, s, slot, t0, cs, rel)),
            Position::Object => {
                let mut p = object_start(s, t1);
                // "gave Syria 500 tents": the goods come after the receiver
                // (counted or not: "will give the Tift Pantry 150 loaves")
                if matches!(slot.filler, Filler::Np | Filler::Quantity | Filler::Further) {
                    p = first_object_end(s, p).unwrap_or(p);
                }
                self.fill_at(doc, ctx, s, &slot.filler, p, slot.repeat)
            }
            Position::Object1 => {
                let p = object_start(s, t1);
                if first_object_end(s, p).is_none() {
                    return Vec::new();
                }
                self.fill_at(doc, ctx, s, &slot.filler, p, false)
            }
            Position::Object2 => {
                // the first object: a name, a pronoun, or "the" and up to
                // three lower-case words ("the charity", "the local hospital")
                let k = skip_dets(s, t1);
                let end = if let Some(m) = s.mention_starting(k) {
                    m.t1
                } else if k == t1 && matches!(s.lower(k), "him" | "her" | "them" | "us") {
                    k + 1
                } else if k > t1 && s.lower(t1) == "the" {
                    let mut j = k;
                    while j < n
                        && j < k + 3
                        && s.toks[j].word
                        && !s.toks[j].cap
                        && !text::is_function_word(&s.toks[j].lower)
                        && amount_at(&s.toks, j, &s.blocked).is_none()
                    {
                        j += 1;
                    }
                    of_group_end(s, j).unwrap_or(j)
                } else {
                    return Vec::new();
                };
                // ("give the company a 4.6 billion dollar revolving loan": an
                // amount after "a" sizes some other thing)
                if end == k
                    || (matches!(slot.filler, Filler::Money | Filler::Amount)
                        && matches!(s.lower(end), "a" | "an"))
                {
                    return Vec::new();
                }
                self.fill_at(doc, ctx, s, &slot.filler, end, slot.repeat)
            }
            Position::Prep(words) => {
                let mut occ: Vec<(usize, usize)> = Vec::new();
                // Not past another trigger: in "his visit came ahead of a
                // meeting in Hong Kong", "in Hong Kong" belongs to the meeting.
                let other_before = s
                    .trigger_words
                    .iter()
                    .map(|&(k, _)| k + 1)
                    .filter(|&k| k <= t0)
                    .max()
                    .unwrap_or(0);
                // A trigger of the same type tells the same event ("received
                // a grant from X", "an accord … was signed in Moscow").
                let other_after = s
                    .trigger_words
                    .iter()
                    .filter(|&&(_, w)| {
                        !self.word_forms[w]
                            .iter()
                            .any(|&(_, ti, _)| self.set.triggers[ti].event == kind)
                    })
                    .map(|&(k, _)| k)
                    .filter(|&k| k >= t1)
                    .min()
                    .unwrap_or(n);
                let mut lo = cs.max(t0.saturating_sub(PREP_REACH)).max(other_before);
                // not inside "X, who arrived in Amman, met …"
                if let Some(c) = rel.and_then(|r| relative_clause_end(s, r + 1, t0)) {
                    lo = lo.max(c + 1);
                }
                let hi = ce.min(n).min(t1 + PREP_REACH).min(other_after);
                // (what the event is about and where it is, not who takes
                // part: "met … shortly after the market closed with X")
                let hi = if matches!(slot.role.as_str(), "topic" | "place") {
                    (t1..hi).find(|&k| opens_a_time_clause(s, k)).unwrap_or(hi)
                } else {
                    hi
                };
                // The first bytes of the phrases (a byte past 0x7F folded
                // onto its low seven bits: still none missed): most tokens
                // start with none of them and are passed over at one test.
                let mut firsts = 0u128;
                for w in words {
                    if let Some(&b) = w.first().and_then(|f| f.as_bytes().first()) {
                        firsts |= 1 << (b & 127);
                    }
                }
                for k in lo..hi {
                    // "Hospital of Xi'an": a preposition inside a name is not one.
                    if s.ment_at[k].is_some_and(|m| s.ments[m].t0 < k) {
                        continue;
                    }
                    let lk = s.lower(k);
                    if lk
                        .as_bytes()
                        .first()
                        .is_none_or(|&b| firsts & (1 << (b & 127)) == 0)
                    {
                        continue;
                    }
                    // "the return of migrants living in Ireland": a
                    // place a participle of residence takes is the
                    // residents', not the event's.
                    if k >= 1
                        && matches!(lk, "in" | "at")
                        && matches!(
                            s.lower(k - 1),
                            "living"
                                | "based"
                                | "born"
                                | "residing"
                                | "resident"
                                | "stranded"
                                | "stationed"
                                | "headquartered"
                        )
                    {
                        continue;
                    }
                    // Then one cheap test of each phrase's first word
                    // before the full match.
                    for w in words {
                        if w.first().is_some_and(|f| same_word(f, lk)) && matches_at(&s.toks, k, w)
                        {
                            let end = k + w.len();
                            let dist = if k >= t1 {
                                k - t1
                            } else if end <= t0 {
                                // left side: after the right side, nearest first
                                1000 + (t0 - end)
                            } else {
                                continue;
                            };
                            occ.push((dist, end));
                        }
                    }
                }
                occ.sort();
                for (_, p) in occ {
                    if slot.filler == Filler::NpList && !list_follows(s, p, t1) {
                        continue;
                    }
                    // ("In addition to the masks, X donated …" gives them nothing)
                    if matches!(slot.filler, Filler::Receiver | Filler::NamedReceiver) && p <= t1 {
                        continue;
                    }
                    let f = self.fill_at(doc, ctx, s, &slot.filler, p, slot.repeat);
                    if !f.is_empty() {
                        return f;
                    }
                }
                Vec::new()
            }
            Position::Between => {
                let lo = t0.saturating_sub(10).max(cs);
                for k in lo..ce.min(n) {
                    if s.lower(k) == "between" {
                        let f = self.fill_at(doc, ctx, s, &slot.filler, k + 1, true);
                        if f.len() >= 2 || !matches!(slot.filler, Filler::Entity(_)) {
                            return f;
                        }
                    }
                }
                Vec::new()
            }
            Position::Next(words) => {
                let p = object_start(s, t1);
                words
                    .iter()
                    .find(|w| matches_at(&s.toks, p, w))
                    .map(|w| self.fill_at(doc, ctx, s, &slot.filler, p + w.len(), slot.repeat))
                    .unwrap_or_default()
            }
            Position::Pair => hyphen_pair(doc, ctx, s, &slot.filler, t0),
            Position::Possessor => {
                let mut k = t0;
                let mut steps = 0;
                while k > 0 && steps <= 2 {
                    if s.lower(k - 1) == "'s" {
                        if let Some(m) = s.mention_ending(k - 1) {
                            if entity_ok(doc, &slot.filler, m.idx) {
                                return vec![fill_of(s, m)];
                            }
                        }
                        return Vec::new();
                    }
                    if !s.toks[k - 1].word || s.toks[k - 1].cap {
                        break;
                    }
                    k -= 1;
                    steps += 1;
                }
                Vec::new()
            }
            Position::Sentence | Position::Near(_) => {
                let (lo, hi) = match slot.position {
                    Position::Near(w) => (t0.saturating_sub(w), (t1 + w).min(n)),
                    _ => (0, n),
                };
                let mut fills = if slot.filler == Filler::Date {
                    nearest_date(
                        doc,
                        s,
                        t0,
                        t1,
                        lo,
                        hi,
                        self.set.types[kind].skip_aside_dates,
                    )
                } else {
                    self.fill_nearest(doc, s, &slot.filler, t0, t1, lo, hi)
                };
                if slot.repeat && matches!(slot.filler, Filler::Money | Filler::Amount) {
                    let more = fills.first().and_then(|f| {
                        let a = amount_at(&s.toks, f.t0, &s.blocked)?;
                        conversion(s, &a)
                    });
                    fills.extend(more);
                }
                fills
            }
            Position::Gapped(words) => self.fill_gapped(doc, ctx, s, slot, words, t1, ce),
            Position::Apposed => {
                let Some((j, c)) = apposed_list(s, cs, t0) else {
                    return Vec::new();
                };
                self.fill_at(doc, ctx, s, &slot.filler, j, slot.repeat)
                    .into_iter()
                    .filter(|f| f.t1 <= c)
                    .collect()
            }
            Position::Here => {
                // "here" first: finding the dateline reads the article's
                // first lines, and few sentences say "here".
                let Some((k, t)) = s
                    .toks
                    .iter()
                    .enumerate()
                    .find(|(_, t)| t.lower == "here" && !t.cap)
                else {
                    return Vec::new();
                };
                let Some((city, ent)) = ctx.dateline.get_or_init(|| dateline_city(doc)) else {
                    return Vec::new();
                };
                vec![Fill {
                    t0: k,
                    t1: k + 1,
                    span: Span::new(t.start, t.end),
                    entity: *ent,
                    value: Some(city.clone()),
                    resolved: true,
                }]
            }
        }
    }

    /// "donated 25 ambulances to A and 50 million rupees to B": the
    /// conjuncts after "and" that repeat the pattern "<thing> <prep> <name>"
    /// of the trigger's first complement. Entity fillers take the names after
    /// the preposition, other fillers the things before it.
    #[allow(clippy::too_many_arguments)]
    fn fill_gapped(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        slot: &Slot,
        words: &[Phrase],
        t1: usize,
        ce: usize,
    ) -> Vec<Fill> {
        let hi = ce.min(s.toks.len()).min(t1 + 40);
        let prep_at = |k: usize| {
            words
                .iter()
                .find(|w| matches_at(&s.toks, k, w))
                .map(|w| w.len())
        };
        let mut out = Vec::new();
        let mut seen_prep = false;
        let mut k = t1;
        while k < hi {
            if s.ment_at[k].is_none() && prep_at(k).is_some() {
                seen_prep = true;
            }
            if !(seen_prep && s.lower(k) == "and") {
                k += 1;
                continue;
            }
            // the conjunct: words up to the preposition, no name, no clause
            let a = k + 1;
            let mut j = a;
            while j < hi && j < a + 10 && prep_at(j).is_none() {
                let t = &s.toks[j];
                let part_of_number = matches!(t.l(), "," | "." | "-" | "$" | "€" | "£")
                    && s.toks.get(j + 1).is_some_and(|x| x.word);
                if s.ment_at[j].is_some()
                    || (!t.word && !part_of_number)
                    || is_clause_word(t.l())
                    || s.speech[j]
                {
                    break;
                }
                j += 1;
            }
            let Some(len) = prep_at(j).filter(|_| j > a && j < hi) else {
                k += 1;
                continue;
            };
            // ("to a Chinese hospital and an Italian hospital respectively to
            // aid …": no name after the preposition, no conjunct)
            let named = !self
                .fill_at(doc, ctx, s, &Filler::Entity(Vec::new()), j + len, false)
                .is_empty();
            if !named {
                k += 1;
                continue;
            }
            if matches!(slot.filler, Filler::Entity(_)) {
                out.extend(self.fill_at(doc, ctx, s, &slot.filler, j + len, slot.repeat));
            } else {
                out.extend(
                    self.fill_at(doc, ctx, s, &slot.filler, a, slot.repeat)
                        .into_iter()
                        .filter(|f| f.t1 <= j),
                );
            }
            if !slot.repeat && !out.is_empty() {
                break;
            }
            k = j + len;
        }
        out
    }

    /// "X said after talks with Y", "After his meeting with Y on Monday, X
    /// said …": talks with Y in a phrase of time ("after", "following",
    /// "during") are ones the subject of the clause they belong to held,
    /// there the speaker's, here the subject after the phrase's comma.
    #[allow(clippy::too_many_arguments)]
    fn occasion_subject(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        slot: &Slot,
        t0: usize,
        t1: usize,
    ) -> Option<Vec<Fill>> {
        if !matches!(slot.filler, Filler::Entity(_)) || s.lower(t1) != "with" {
            return None;
        }
        // over a determiner or possessive and one adjective ("after his
        // bilateral talks with")
        let mut k = t0;
        while k > 0 && t0 - k < 2 && s.toks[k - 1].word && !s.toks[k - 1].cap {
            if matches!(s.lower(k - 1), "after" | "following" | "during") {
                break;
            }
            k -= 1;
        }
        let cue = k.checked_sub(1)?;
        if !matches!(s.lower(cue), "after" | "following" | "during") {
            return None;
        }
        // "X said (on Monday) after talks with Y", "X told reporters after …"
        let speech_verb = |j: usize| s.speech[j] && !s.toks[j].cap;
        let mut v = cue;
        while v > 0
            && cue - v < 3
            && !speech_verb(v - 1)
            && (s.blocked[v - 1] || (s.toks[v - 1].word && !s.toks[v - 1].cap))
        {
            v -= 1;
        }
        if v > 0 && speech_verb(v - 1) {
            return self.speaker_before(doc, ctx, s, slot, v - 1);
        }
        // A phrase opening the sentence: the subject after its comma.
        if self.clause_start(s, cue).0 != cue {
            return None;
        }
        let n = s.toks.len();
        let comma = (t1..n.min(t1 + 20)).find(|&j| matches!(s.lower(j), "," | ";"))?;
        if s.lower(comma) != "," {
            return None;
        }
        if let Some(f) = resolve_reference(doc, ctx, s, comma + 1, &slot.filler) {
            return Some(f);
        }
        // (a title may come first: "After …, French President Emmanuel
        // Macron said"; a name followed by "and" or a comma may be one more
        // member of a list after "with")
        let m = s.ments.iter().find(|m| {
            m.t0 > comma
                && m.t0 <= comma + 6
                && entity_ok(doc, &slot.filler, m.idx)
                && !adjectival(doc, s, **m)
                && !modifies_next(doc, s, **m, &slot.filler, n)
        })?;
        let plain = s.toks[comma + 1..m.t0].iter().all(|t| t.word)
            && !matches!(s.lower(m.t1), "and" | "or" | "," | "'s");
        plain.then(|| vec![fill_of(s, *m)])
    }

    /// The speaker right before the speech verb at `v`: a name or a
    /// pronoun ("Olmert said", "he told"), or the antecedent of a clause set
    /// off by commas ("Merkel, who is in Brussels, told"). Not the first
    /// name of a reported clause before it ("The United States will impose
    /// sanctions, senators said": no name says).
    fn speaker_before(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        slot: &Slot,
        v: usize,
    ) -> Option<Vec<Fill>> {
        let k = v.checked_sub(1)?;
        if let Some(m) = s.mention_ending(v) {
            return entity_ok(doc, &slot.filler, m.idx).then(|| vec![fill_of(s, m)]);
        }
        if s.lower(k) == "," {
            let (vcs, vrel) = self.clause_start(s, v);
            let f = self.fill_subject(doc, ctx, s, slot, v, vcs, vrel);
            return (!f.is_empty()).then_some(f);
        }
        resolve_reference(doc, ctx, s, k, &slot.filler)
    }

    #[allow(clippy::too_many_arguments)]
    fn fill_subject(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        slot: &Slot,
        t0: usize,
        cs: usize,
        rel: Option<usize>,
    ) -> Vec<Fill> {
        match &slot.filler {
            Filler::Entity(_) => {}
            Filler::Np
                if reduced_passive(s, t0, t0 + 1, true) || reduced_passive(s, t0, t0 + 2, true) =>
            {
                // "20 ventilators donated by X": the phrase right before.
                return np_before(s, cs, t0)
                    .map(|(a, b)| vec![text_fill(s, a, b, None)])
                    .unwrap_or_default();
            }
            Filler::Np => {
                return noun_phrase(&s.toks, cs, &s.blocked)
                    .filter(|&(a, b)| b <= t0 && a < b)
                    .map(|(a, b)| vec![text_fill(s, a, b, None)])
                    .unwrap_or_default();
            }
            // "A second boat has been promised": the lot opens the clause.
            Filler::Further => {
                return further_lot(s, cs)
                    .filter(|&(_, b)| b <= t0)
                    .map(|(a, b)| vec![text_fill(s, a, b, None)])
                    .unwrap_or_default();
            }
            Filler::People => {
                return people_subject(s, cs, t0)
                    .map(|(a, b)| vec![body_named_before(doc, ctx, s, a, b)])
                    .unwrap_or_default();
            }
            other => return self.fill_nearest(doc, s, other, t0, t0, cs, t0),
        }
        // "X, who announced the package in Edmonton after talks with Y, is
        // due to arrive …": the verb after the relative clause is the main
        // clause's, and its subject the antecedent (not a name inside the
        // relative clause, nor one after its clause word).
        if let Some(f) = two_in_clause_before(doc, ctx, s, &slot.filler, cs, t0) {
            return f;
        }
        if let Some(f) = antecedent_before_relative(doc, s, &slot.filler, t0) {
            return vec![f];
        }
        if let Some(f) = name_before_apposition(doc, s, &slot.filler, t0) {
            return vec![f];
        }
        // "X met Y here today and handed over …", "X held talks with Y, and
        // later met Z": a verb after "and" with no subject of its own shares
        // the subject of the verb before it.
        if let Some(v) = shared_subject_verb(s, cs, t0) {
            let (vcs, vrel) = self.clause_start(s, v);
            if vcs < v {
                let f = self.fill_subject(doc, ctx, s, slot, v, vcs, vrel);
                if !f.is_empty() {
                    return f;
                }
            }
            // "X cancelled his trip to Y because of the fire and will
            // instead visit Z": the first verb's clause ends at a phrase of
            // cause or time, whose subject is none; the verb before it has
            // the shared subject.
            let cw = (vcs.saturating_sub(1)..=vcs).find(|&k| {
                matches!(
                    s.lower(k),
                    "because" | "due" | "after" | "before" | "despite"
                )
            });
            if let Some(cw) = cw.filter(|&k| k > 0 && k < v) {
                let (ucs, urel) = self.clause_start(s, cw);
                if ucs < cw {
                    let f = self.fill_subject(doc, ctx, s, slot, cw, ucs, urel);
                    if !f.is_empty() {
                        return f;
                    }
                }
            }
        }
        // "Japan announced a grant of …": the trigger is the speech verb's
        // object, so the verb's subject is the trigger's.
        let (cs, rel) = match speech_verb_object(s, cs, t0) {
            Some(v) => self.clause_start(s, v),
            None => (cs, rel),
        };
        // A fronted phrase ("At the invitation of X, Y paid a visit", "In
        // April, He … joined") is not the subject: start after its comma.
        let mut cs = cs;
        if s.toks.get(cs).is_some_and(|t| FRONTED.contains(&t.l())) {
            if let Some(c) = (cs + 1..t0).find(|&k| s.lower(k) == ",") {
                if s.ments.iter().any(|m| m.t0 > c && m.t1 <= t0) {
                    cs = c + 1;
                }
            }
        }
        // A participle phrase set off before the subject ("Under the
        // agreement, signed in Santiago on Wednesday in the presence of
        // Minister X, Kestrel will donate …"; "Founded in 1990, the Y
        // foundation gave …") is no subject either: start after its comma.
        // (not a name: "United Nations"; not a relative clause's verb: "X,
        // which entered the EU in 2004, is able to block …"; only at the
        // sentence's start or after a fronted phrase's comma)
        let participle = rel.is_none()
            && (cs == 0 || s.lower(cs - 1) == ",")
            && s.lower(cs).len() > 4
            && s.lower(cs).ends_with("ed")
            && s.ment_at.get(cs).is_some_and(Option::is_none)
            && (cs == 0 || !s.toks[cs].cap);
        if participle {
            if let Some(c) = (cs + 1..t0).rev().find(|&k| s.lower(k) == ",") {
                if s.ments.iter().any(|m| m.t0 > c && m.t1 <= t0) {
                    cs = c + 1;
                }
            }
        }
        // ", when A and B met": a clause of time or place opened after a
        // comma has its own subject, begun by the clause word (not a name
        // of the main clause before it, nor only the last of its list).
        // "after"/"before" open a clause only before a name ("…, after
        // conclusion of the meeting" is a phrase); not "once" (", once
        // Latin America's most delinquent debtor," is an apposition).
        if let Some(w) = (cs + 1..t0).rev().find(|&k| {
            let opens = match s.lower(k) {
                "when" | "where" => true,
                "after" | "before" => s.mention_starting(skip_dets(s, k + 1)).is_some(),
                _ => false,
            };
            opens && s.lower(k - 1) == "," && s.ments.iter().any(|m| m.t0 > k && m.t1 <= t0)
        }) {
            cs = w + 1;
        }
        // Another trigger word before the trigger ends the subject region:
        // in "prevent him from visiting Jordan … a series of visits", Jordan
        // is the object of "visiting", not the subject of "visits".
        let stop = s
            .trigger_words
            .iter()
            .map(|&(k, _)| k)
            .filter(|&k| k >= cs && k < t0)
            .min()
            .unwrap_or(t0);
        // "X met Y on Monday and Kenya signed …": a name right before the
        // trigger, after "and", is the subject of a clause of its own, and so
        // is one after a comma in a list with a verb per member ("Japan
        // promised 85 billion yen, Australia put up A$240 million").
        // (not when asked for the subject before an "and": see
        // `shared_subject_verb`)
        if stop < t0 && !matches!(s.lower(t0), "and" | ",") {
            let mut b = t0;
            while b > stop && (is_adverb(s.lower(b - 1)) || is_aux(s.lower(b - 1))) {
                b -= 1;
            }
            // ("and Kenya is expected to sign …")
            if let Some(g) = intention_group_start(s, b).filter(|&g| g > stop) {
                b = g;
            }
            if let Some(m) = s.mention_ending(b).filter(|m| m.t0 > stop) {
                let mut a = m.t0;
                while a > stop && DETERMINERS.contains(&s.lower(a - 1)) {
                    a -= 1;
                }
                if matches!(s.lower(a.wrapping_sub(1)), "and" | ",")
                    && entity_ok(doc, &slot.filler, m.idx)
                    && !adjectival(doc, s, m)
                {
                    return vec![fill_of(s, m)];
                }
            }
        }
        // The first entity of the clause that is not a modifier of something else.
        // (members of a list after a preposition are modifiers too: "ministers
        // from A, B and C met" has no subject B)
        let mut in_list_until = 0;
        for m in s.ments.iter().filter(|m| m.t0 >= cs && m.t1 <= stop) {
            if m.t0 < in_list_until {
                continue;
            }
            if !entity_ok(doc, &slot.filler, m.idx)
                || (s.lower(m.t1) == "'s"
                    && !state_possessor(doc, s, m, &slot.filler)
                    && !(slot.role == "visitor" && unnamed_official_of(doc, s, m, &slot.filler)))
            {
                continue;
            }
            let mut b = m.t0;
            while b > cs && DETERMINERS.contains(&s.lower(b - 1)) {
                b -= 1;
            }
            if b > 0
                && PREPS.contains(&s.lower(b - 1))
                && !names_the_place(s, cs, b)
                && !governs_from_capital(s, b)
            {
                // (a list ends with "and"; "the ambassador to the United
                // States, Nino Kapanadze, met" is an apposition)
                let end = self.coordinated(doc, ctx, s, &slot.filler, m.t1, stop).1;
                if (m.t1..end).any(|k| matches!(s.lower(k), "and" | "or")) {
                    in_list_until = end;
                }
                continue;
            }
            // ("The government in Taipei donated …": Taiwan)
            if governs_from_capital(s, b) {
                if let Some(f) = capital_as_country(doc, s, fill_of(s, *m)) {
                    return vec![f];
                }
            }
            // "the Danish prime minister visited Klaksvík": the country
            if slot.role == "visitor" && unnamed_official_of(doc, s, m, &slot.filler) {
                return vec![fill_of(s, *m)];
            }
            // "the Romanian government approved a grant": Romania; "Senior
            // Saudi and Iranian officials held talks": both
            let state = state_of(doc, s, m.t0, &slot.filler);
            if state.is_empty() && modifies_next(doc, s, *m, &slot.filler, t0) {
                continue;
            }
            let mut fills = vec![fill_of(s, *m)];
            if slot.repeat {
                fills.extend(state.iter().skip(1).map(|x| fill_of(s, *x)));
                // ("the French government and Walt Disney": after the head)
                let after = match state.last() {
                    Some(x) => {
                        let mut j = x.t1;
                        while j < t0 && !matches!(s.lower(j), "and" | "," | "or") {
                            j += 1;
                        }
                        j
                    }
                    None => m.t1,
                };
                let (more, end) = self.coordinated(doc, ctx, s, &slot.filler, after, t0);
                fills.extend(more);
                // "Li Jinna from the X Hospital": the affiliation takes part too.
                if s.lower(end) == "from" {
                    let k = skip_dets(s, end + 1);
                    if let Some(a) = s.mention_starting(k) {
                        if a.t1 <= t0 && entity_ok(doc, &slot.filler, a.idx) {
                            fills.push(fill_of(s, a));
                        }
                    }
                }
            }
            return fills;
        }
        // "Experts from Kenya joined …": a common-noun head with "from X".
        if let Some(m) = s.ments.iter().find(|m| m.t0 >= cs && m.t1 <= t0) {
            let k = {
                let mut b = m.t0;
                while b > cs && DETERMINERS.contains(&s.lower(b - 1)) {
                    b -= 1;
                }
                b
            };
            // The head starts after a short opener with no name in it ("A day
            // earlier, the national railway companies of A, B and C agreed").
            let hs = (cs..k.saturating_sub(1))
                .rev()
                .find(|&c| s.lower(c) == ",")
                .filter(|&c| c <= cs + 5 && s.ment_at[cs..c].iter().all(|x| x.is_none()))
                .map_or(cs, |c| c + 1);
            // ("Transport ministers of A, B and C": "of" after a common noun)
            let head_is_common = k > hs
                && s.toks[hs..k - 1]
                    .iter()
                    .enumerate()
                    .all(|(i, t)| t.word && (!t.cap || i == 0));
            let of_group = s.lower(k - 1) == "of"
                && head_is_common
                && k >= 2
                && GROUPS.contains(&s.lower(k - 2));
            if k > hs
                && (s.lower(k - 1) == "from" || of_group)
                && s.lower(m.t1) != "'s"
                && entity_ok(doc, &slot.filler, m.idx)
                && s.toks[hs..k - 1].iter().all(|t| t.word)
            {
                let mut fills = vec![fill_of(s, *m)];
                if slot.repeat {
                    fills.extend(self.coordinated(doc, ctx, s, &slot.filler, m.t1, t0).0);
                }
                return fills;
            }
        }
        // "X, who met Y": the antecedent.
        if let Some(r) = rel {
            let mut k = r;
            if k > 0 && s.lower(k - 1) == "," {
                k -= 1;
            }
            if let Some(m) = s.mention_ending(k) {
                if entity_ok(doc, &slot.filler, m.idx) {
                    return vec![fill_of(s, m)];
                }
            }
            // "said X, the fund's operations director, who flew in …": the
            // name the apposition describes.
            if let Some(m) = antecedent_over_apposition(s, k) {
                if entity_ok(doc, &slot.filler, m.idx) {
                    return vec![fill_of(s, m)];
                }
            }
            // "the Irish government, which gave …": the state.
            if k > 0 && STATE_HEADS.contains(&s.lower(k - 1)) {
                if let Some(m) = (k.saturating_sub(4)..k - 1)
                    .find_map(|j| state_of(doc, s, j, &slot.filler).first().copied())
                {
                    return vec![fill_of(s, m)];
                }
            }
        }
        // "X said (on Tuesday) (that) it had donated …": "it" is X, also
        // right before the trigger ("Acme said it signed a contract").
        // (over the saying's date: "said last week it held talks")
        let mut pr = cs;
        while pr < t0 && (s.blocked[pr] || matches!(s.lower(pr), "on" | "that")) {
            pr += 1;
        }
        if matches!(s.lower(pr), "it" | "they") && pr < t0 {
            let cs = pr;
            let mut v = cs;
            while v > 0 && (s.lower(v - 1) == "that" || s.lower(v - 1) == "on" || s.blocked[v - 1])
            {
                v -= 1;
            }
            if v > 0 && s.speech[v - 1] && !s.toks[v - 1].cap {
                let v = v - 1;
                let (vcs, vrel) = self.clause_start(s, v);
                if vcs < v {
                    let f = self.fill_subject(doc, ctx, s, slot, v, vcs, vrel);
                    if let Some(x) = f.into_iter().next() {
                        return vec![Fill {
                            t0: cs,
                            t1: cs + 1,
                            span: s.span(cs, cs + 1),
                            resolved: true,
                            ..x
                        }];
                    }
                }
            }
        }
        // Pronouns and "the two sides" at the head of the clause, or a
        // pronoun just before the trigger ("stop him from visiting").
        let hi = (cs + 4).min(t0);
        let near = (t0.saturating_sub(4).max(cs)..t0).rev();
        // (a donor only: "his government would ensure …", "is committed
        // to …" state a policy, and meeting and agreement triggers are
        // looser words than "give"; before the pronouns, whose "her" is
        // no person in "her government")
        if slot.role == "donor" {
            if let Some(f) =
                (cs..hi).find_map(|k| speakers_government(doc, ctx, s, k, &slot.filler))
            {
                return f;
            }
        }
        for k in (cs..hi).chain(near) {
            // ("Foreign ministers of the four countries met": the counted
            // group says which ministers; they are the participants, as
            // the `people` slot gives them)
            if slot.role == "participant"
                && k >= 2
                && counted_tail(s, k - 1).is_some()
                && MEETING_GROUPS.contains(&s.lower(k - 2))
            {
                continue;
            }
            if let Some(f) = resolve_reference(doc, ctx, s, k, &slot.filler) {
                return f;
            }
        }
        definite_subject(doc, s, cs, t0, &slot.filler)
    }

    /// Further members of a coordinated list after token `k` ("…, B and C").
    fn coordinated(
        &self,
        doc: &Document,
        _ctx: &DocCtx,
        s: &Sent,
        filler: &Filler,
        mut k: usize,
        limit: usize,
    ) -> (Vec<Fill>, usize) {
        let mut out = Vec::new();
        loop {
            let mut j = k;
            if s.lower(j) == "respectively" {
                j += 1;
            }
            // "The Olumo Institute of Tropical Agriculture (OITA) and …"
            if s.lower(j) == "("
                && s.lower(j + 2) == ")"
                && s.toks.get(j + 1).is_some_and(|t| t.cap)
            {
                j += 3;
            }
            // "A in northwest China's Shaanxi province and B": skip the place.
            if matches!(s.lower(j), "in" | "of" | "at" | "from") {
                let mut q = j + 1;
                while q < limit.min(j + 8)
                    && (s.toks[q].word || s.lower(q) == "'s")
                    && !matches!(s.lower(q), "and" | "or")
                {
                    q += 1;
                }
                if s.lower(q) == "and"
                    || (s.lower(q) == "," && s.lower(q + 1) == "and")
                    || next_member_after_comma(doc, s, filler, q)
                {
                    j = q;
                } else {
                    break;
                }
            }
            if !matches!(s.lower(j), "," | "and" | "or" | "&") {
                break;
            }
            j += 1;
            if matches!(s.lower(j), "and" | "or") {
                j += 1;
            }
            let and = matches!(s.lower(j - 1), "and" | "or");
            // "go to A and to B": the preposition repeated before a member
            if and && matches!(s.lower(j), "to" | "for" | "with") {
                j += 1;
            }
            // "Kaimoana Telecom, a New Zealand company, gave …": after a bare
            // comma, "a"/"an" opens an apposition, not a member
            if !and && matches!(s.lower(j), "a" | "an") {
                break;
            }
            j = skip_dets(s, j);
            j = skip_possessor(s, j);
            let m = match s.mention_starting(j) {
                // "… and IADB President Antonio Ortiz Mena": the person the
                // name's title leads up to, as for a list's first member
                Some(m)
                    if entity_ok(doc, filler, m.idx)
                        && !adjectival(doc, s, m)
                        && modifies_next(doc, s, m, filler, limit) =>
                {
                    described_name(doc, s, m.t1, filler).or(Some(m))
                }
                Some(m) if entity_ok(doc, filler, m.idx) && !adjectival(doc, s, m) => Some(m),
                // "… and Ethiopian State Minister for Trade Hirut Bekele"
                // (after a bare comma a title is the last name's apposition:
                // "Jordan Ellis, head of the Sahel Water Initiative")
                _ if and => described_name(doc, s, j, filler),
                _ => None,
            };
            // "to St Aldhelm's College, Oxford, to fund …": a place between
            // commas right after an organization says where it is; the list
            // goes on after it ("…, Oxford, and Balliol College").
            if let Some(m) = m.filter(|m| {
                !and && m.t1 <= limit
                    && doc.entities[m.idx].kind == EntityType::Location
                    && s.lower(m.t1) == ","
                    && k.checked_sub(1)
                        .and_then(|p| s.ment_at[p])
                        .is_some_and(|r| {
                            doc.entities[s.ments[r].idx].kind == EntityType::Organization
                        })
            }) {
                k = m.t1;
                continue;
            }
            match m {
                // "…, Kenya's Ministry of Health said": the speaker, not a member
                Some(m) if m.t1 <= limit && !s.speech.get(m.t1).copied().unwrap_or(false) => {
                    out.push(fill_of(s, m));
                    k = m.t1;
                }
                _ => break,
            }
        }
        (out, k)
    }

    /// The filler starting at token `p` (after determiners).
    fn fill_at(
        &self,
        doc: &Document,
        ctx: &DocCtx,
        s: &Sent,
        filler: &Filler,
        p: usize,
        repeat: bool,
    ) -> Vec<Fill> {
        let n = s.toks.len();
        if p >= n {
            return Vec::new();
        }
        match filler {
            Filler::Entity(_) => {
                let mut k = skip_dets(s, p);
                // "China's embassy", "Japan's delegation": the state acts.
                if let Some(m) = s
                    .mention_starting(k)
                    .filter(|m| state_possessor(doc, s, m, filler))
                {
                    return vec![fill_of(s, m)];
                }
                k = skip_possessor(s, k);
                // "Shenzhen-based X", "Lima-born X": the compound is a modifier.
                if s.lower(k + 1) == "-"
                    && matches!(
                        s.lower(k + 2),
                        "based" | "born" | "owned" | "run" | "listed"
                    )
                    && s.mention_starting(k).is_none_or(|m| m.t1 <= k + 1)
                {
                    k += 3;
                }
                // up to two adjectives: "the prestigious Peking University",
                // "northwest China's Shaanxi" (not money: "give 3 million
                // U.S. dollars" names no United States)
                let money = amount_at(&s.toks, k, &s.blocked).is_some_and(|a| a.money);
                let mut j = k;
                while !money
                    && j < n
                    && j - k < 2
                    && s.toks[j].word
                    && !s.toks[j].cap
                    && s.ment_at[j].is_none()
                    && !text::is_function_word(&s.toks[j].lower)
                {
                    j += 1;
                }
                let j = skip_possessor(s, j);
                let m = s.mention_starting(k).or_else(|| s.mention_starting(j));
                let m = match m {
                    Some(m) if entity_ok(doc, filler, m.idx) && !adjectival(doc, s, m) => Some(m),
                    _ => None,
                };
                // "the Chinese government", "Kenyan doctors"
                let state = if m.is_none() {
                    state_of(doc, s, k, filler)
                } else {
                    Vec::new()
                };
                if let Some(last) = state.last() {
                    let mut fills: Vec<Fill> = if repeat {
                        state.iter().map(|x| fill_of(s, *x)).collect()
                    } else {
                        vec![fill_of(s, state[0])]
                    };
                    if repeat {
                        let mut j = last.t1;
                        while j < n && j < last.t1 + 4 && !matches!(s.lower(j), "and" | "," | "or")
                        {
                            j += 1;
                        }
                        fills.extend(self.coordinated(doc, ctx, s, filler, j, n).0);
                    }
                    return fills;
                }
                // "Jordanian Planning Minister X"
                let m = m.or_else(|| described_name(doc, s, k, filler));
                match m {
                    Some(m) => {
                        let mut fills = vec![fill_of(s, m)];
                        if repeat {
                            fills.extend(self.coordinated(doc, ctx, s, filler, m.t1, n).0);
                        }
                        fills
                    }
                    None if s.mention_starting(k).is_some() => Vec::new(),
                    None => resolve_reference(doc, ctx, s, k, filler)
                        .or_else(|| definite_organization(doc, s, k, filler))
                        .unwrap_or_default(),
                }
            }
            Filler::Date => {
                let k = skip_dets(s, p);
                s.tims
                    .iter()
                    .find(|t| t.t0 == k && date_like(doc, t.idx))
                    .map(|t| vec![timex_fill(doc, s, *t)])
                    .unwrap_or_default()
            }
            Filler::Amount | Filler::Money | Filler::Quantity => {
                // ("put up A$240 million": the letter glued to the dollar
                // sign names Australia's dollars, no article)
                let mut k = if glued_to_dollar_sign(s, p) {
                    p
                } else {
                    skip_dets(s, p)
                };
                if matches_at(&s.toks, k, &["total".into(), "of".into()]) {
                    k += 2;
                }
                // "will provide a further €6 million"
                if matches!(s.lower(k), "further" | "additional" | "extra") {
                    k += 1;
                }
                // "pledged more than $9 billion", "nearly 2,000 tents": the
                // hedge belongs to the amount's text, the number is its value.
                let hedge = k;
                k += amount_hedge_len(s, k);
                let Some(a) =
                    amount_at(&s.toks, k, &s.blocked).filter(|a| amount_kind_ok(filler, a.money))
                else {
                    return Vec::new();
                };
                let mut fills = vec![text_fill(s, hedge, a.t1, Some(a.value.clone()))];
                if repeat {
                    fills.extend(conversion(s, &a));
                }
                fills
            }
            Filler::Np => {
                let p = goods_after_worth(s, p).unwrap_or(p);
                let Some((a, b)) = noun_phrase(&s.toks, p, &s.blocked) else {
                    return Vec::new();
                };
                if !repeat {
                    // "US$ 10 million" is an amount, not an item.
                    if amount_at(&s.toks, a, &s.blocked).is_some_and(|x| x.money)
                        || !self.np_ok(s, a, b)
                    {
                        return Vec::new();
                    }
                    return vec![text_fill(s, a, b, None)];
                }
                np_items(s, a, b)
                    .into_iter()
                    .filter(|&(x, y)| {
                        !amount_at(&s.toks, x, &s.blocked).is_some_and(|m| m.money)
                            && self.np_ok(s, x, y)
                    })
                    .map(|(x, y)| text_fill(s, x, y, None))
                    .collect()
            }
            Filler::Further => further_lot(s, p)
                .map(|(a, b)| vec![text_fill(s, a, b, None)])
                .unwrap_or_default(),
            Filler::Receiver => receiver(&s.toks, p, &s.blocked)
                .map(|(a, b)| {
                    receivers_in_listed_places(doc, s, a, b)
                        .or_else(|| receiver_named_after(doc, s, b).map(|f| vec![f]))
                        .unwrap_or_else(|| vec![text_fill(s, a, b, None)])
                })
                .unwrap_or_default(),
            Filler::NamedReceiver => receiver(&s.toks, p, &s.blocked)
                .and_then(|(_, b)| receiver_named_after(doc, s, b))
                .map(|f| vec![f])
                .unwrap_or_default(),
            Filler::People => people_group(s, p)
                .map(|(a, b)| vec![text_fill(s, a, b, None)])
                .unwrap_or_default(),
            Filler::Purpose => purpose_items(s, p)
                .into_iter()
                .filter(|&(x, y)| {
                    !amount_at(&s.toks, x, &s.blocked).is_some_and(|m| m.money)
                        && self.np_ok(s, x, y)
                })
                .map(|(x, y)| text_fill(s, x, y, None))
                .collect(),
            Filler::Clause => {
                let mut b = p;
                while b < n && b < p + 30 {
                    let w = s.lower(b);
                    if matches!(
                        w,
                        "," | ";"
                            | ":"
                            | "."
                            | "("
                            | ")"
                            | "\""
                            | "“"
                            | "”"
                            | "--"
                            | "—"
                            | "?"
                            | "!"
                    ) || is_clause_word(w)
                        || (s.speech[b] && b > p)
                    {
                        break;
                    }
                    b += 1;
                }
                if b == p || !s.toks[p].word {
                    return Vec::new();
                }
                vec![text_fill(s, p, b, None)]
            }
            // ("briefed on [the meeting between X and Y]" names no subject)
            Filler::NpList => np_list_at(doc, s, p)
                .filter(|&(a, b)| {
                    let head = skip_dets(s, a).min(b - 1);
                    let trigger = self
                        .forms_by_head
                        .get(s.lower(head))
                        .is_some_and(|fs| fs.iter().any(|(f, _)| matches_at(&s.toks, head, f)));
                    self.np_ok(s, head, b) && !trigger
                })
                .map(|(a, b)| vec![text_fill(s, a, b, None)])
                .unwrap_or_default(),
            Filler::Word(words) => {
                for (w, v) in words {
                    if matches_at(&s.toks, p, w) {
                        return vec![text_fill(s, p, p + w.len(), Some(v.clone()))];
                    }
                }
                Vec::new()
            }
            Filler::Dateline => Vec::new(),
        }
    }

    /// A pronoun or a lone trigger word is not an item or topic.
    fn np_ok(&self, s: &Sent, a: usize, b: usize) -> bool {
        !(b - a == 1
            // (a lone article: "and a three-month course", whose count
            // the timex stage takes, leaves "a")
            && (matches!(s.lower(a), "it" | "them" | "this" | "that" | "one" | "a" | "an" | "the")
                || self.forms_by_head.contains_key(s.lower(a))))
    }

    /// The filler nearest to the trigger within tokens `lo..hi`.
    #[allow(clippy::too_many_arguments)]
    fn fill_nearest(
        &self,
        doc: &Document,
        s: &Sent,
        filler: &Filler,
        t0: usize,
        t1: usize,
        lo: usize,
        hi: usize,
    ) -> Vec<Fill> {
        let dist = |a: usize, b: usize| trigger_distance(t0, t1, a, b);
        match filler {
            Filler::Entity(_) => s
                .ments
                .iter()
                .filter(|m| m.t0 >= lo && m.t1 <= hi && (m.t1 <= t0 || m.t0 >= t1))
                .filter(|m| entity_ok(doc, filler, m.idx) && !adjectival(doc, s, **m))
                .min_by_key(|m| dist(m.t0, m.t1))
                .map(|m| vec![fill_of(s, *m)])
                .unwrap_or_default(),
            Filler::Date => nearest_date(doc, s, t0, t1, lo, hi, false),
            Filler::Amount | Filler::Money | Filler::Quantity => {
                // "…, after supporters of the club raised £18,000": an
                // amount in a clause of circumstance after the trigger's is
                // that clause's.
                let hi = (t1..hi)
                    .find(|&k| {
                        s.lower(k) == ","
                            && matches!(
                                s.lower(k + 1),
                                "after" | "before" | "while" | "because" | "although" | "though"
                            )
                    })
                    .unwrap_or(hi);
                let mut best: Option<(usize, text::Amount)> = None;
                let mut k = lo;
                while k < hi {
                    if k >= t0 && k < t1 {
                        k += 1;
                        continue;
                    }
                    if let Some(a) = amount_at(&s.toks, k, &s.blocked) {
                        if a.t1 <= hi && amount_kind_ok(filler, a.money) {
                            let d = dist(a.t0, a.t1);
                            // money beats a counted quantity for `amount`
                            let key = d + if a.money { 0 } else { 100 };
                            if best.as_ref().is_none_or(|(bk, _)| key < *bk) {
                                best = Some((key, a.clone()));
                            }
                            k = a.t1;
                            continue;
                        }
                    }
                    k += 1;
                }
                best.map(|(_, a)| vec![text_fill(s, a.t0, a.t1, Some(a.value))])
                    .unwrap_or_default()
            }
            Filler::Word(words) => {
                let mut best: Option<(usize, Fill)> = None;
                for k in lo..hi {
                    for (w, v) in words {
                        if k + w.len() <= hi && matches_at(&s.toks, k, w) {
                            let d = dist(k, k + w.len());
                            if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
                                best = Some((d, text_fill(s, k, k + w.len(), Some(v.clone()))));
                            }
                        }
                    }
                }
                best.map(|(_, f)| vec![f]).unwrap_or_default()
            }
            Filler::Np
            | Filler::NpList
            | Filler::Receiver
            | Filler::NamedReceiver
            | Filler::Purpose
            | Filler::People
            | Filler::Clause
            | Filler::Further
            | Filler::Dateline => Vec::new(),
        }
    }

    /// Merges candidates that tell the same event, drops attach-only
    /// candidates with nothing to attach to, and turns the rest into events.
    /// A later mention `c` of the planned meeting or visit `p` it joins,
    /// told as called off by a word of calling off right after it or just
    /// before it ("The meeting was postponed", "but the trip was called
    /// off", "cancelled the visit"): not a mere negation ("it was not
    /// likely the talks would delay …", "has rejected efforts to …").
    fn called_off_later(&self, doc: &Document, sentences: &[Span], p: &Cand, c: &Cand) -> bool {
        const CALLED_OFF: [&str; 13] = [
            "postponed",
            "cancelled",
            "canceled",
            "called off",
            "put off",
            "dropped",
            "scrapped",
            "shelved",
            "put back",
            "pushed back",
            "did not take place",
            "never took place",
            "did not go ahead",
        ];
        if p.status != EventStatus::Planned
            || c.status != EventStatus::Negated
            || c.trigger.start <= p.trigger.start
            || !matches!(self.set.types[p.kind].name.as_str(), "meeting" | "visit")
            || c.sentence >= sentences.len()
        {
            return false;
        }
        let text = &doc.text;
        let sent = sentences[c.sentence];
        let mut hi = (c.trigger.end + 64).min(sent.end).max(c.trigger.end);
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let mut lo = c
            .trigger
            .start
            .saturating_sub(24)
            .max(sent.start)
            .min(c.trigger.start);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let after = text[c.trigger.end.min(hi)..hi].to_ascii_lowercase();
        let before = text[lo..c.trigger.start].to_ascii_lowercase();
        CALLED_OFF
            .iter()
            .any(|w| after.contains(w) || before.contains(w))
    }

    /// Does rule `ri` fire only on an event noun told as its trigger's
    /// object ("A memorandum on internships, which had been planned for the
    /// ceremony, was not signed")? Such a mention is no thin one: it
    /// names the event it tells, even with no party or topic filled.
    fn names_event_noun(&self, ri: usize) -> bool {
        let rule = &self.set.rules[ri];
        rule.near.is_empty() && !rule.object_before.is_empty()
    }

    /// Whether rule `ri` tells a further lot of a gift (a `follows` rule
    /// with a `further` slot): "gave the hospital two terminals, and has
    /// promised four more" tells two gifts in one sentence.
    fn tells_further_lot(&self, ri: usize) -> bool {
        let rule = &self.set.rules[ri];
        rule.follows && rule.slots.iter().any(|sl| sl.filler == Filler::Further)
    }

    /// The event a `follows` candidate continues: the last one of its type
    /// told in its sentence or up to two sentences before, if that one
    /// fills what the candidate's rule requires (a list of money gifts goes
    /// on with money: "Huawei donated 300 laptops. Exxon offered $18 a
    /// share" continues none).
    fn followed_event(&self, merged: &[Cand], c: &Cand) -> Option<usize> {
        let rule = &self.set.rules[c.rule];
        let has =
            |p: &Cand, roles: &str| roles.split('|').any(|r| p.args.iter().any(|a| a.role == r));
        let within = rule.follows_within;
        let k = merged.iter().rposition(|p| {
            p.kind == c.kind && p.sentence <= c.sentence && c.sentence <= p.sentence + within
        })?;
        let p = &merged[k];
        let fills = rule.require.iter().all(|r| has(p, r))
            && (rule.require_any.is_empty() || rule.require_any.iter().any(|r| has(p, r)));
        fills.then_some(k)
    }

    /// An `alone` candidate with no agent (a pronoun or a common noun as
    /// its subject: "It has given more than KSh 600 million to health
    /// projects since then") takes the agent of the last event of its type
    /// told before that names one.
    fn take_article_agent(
        &self,
        doc: &Document,
        sentences: &[Span],
        merged: &[Cand],
        c: &mut Cand,
    ) {
        let ty = &self.set.types[c.kind];
        // "The Malipo Foundation was established in 2019 by … . It has
        // given …": a pronoun before the trigger is the name that opens the
        // sentence before (an "About X" paragraph's subject).
        let before = &doc.text[sentences[c.sentence].start..c.trigger.start];
        let pronoun = before
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| w == "It" || w == "it" || w == "Its" || w == "its");
        let opener = (pronoun && c.sentence > 0)
            .then(|| {
                let prev = sentences[c.sentence - 1];
                let head = &doc.text[prev.start..prev.end];
                let head = head.strip_prefix("The ").unwrap_or(head);
                let at = prev.end - head.len();
                doc.entities.iter().enumerate().find_map(|(e, ent)| {
                    if !matches!(ent.kind, EntityType::Organization | EntityType::Person) {
                        return None;
                    }
                    // (a mention there, or the name again where the entity
                    // stage found none: "The Malipo Foundation was …")
                    ent.mentions
                        .iter()
                        .find(|m| m.span.start >= prev.start && m.span.start <= at)
                        .map(|m| (e, m.span))
                        .or_else(|| {
                            let name = ent.name.as_str();
                            (name.len() > 3 && head.starts_with(name))
                                .then(|| (e, Span::new(at, at + name.len())))
                        })
                })
            })
            .flatten();
        for role in ty.agent_roles.iter() {
            if c.args.iter().any(|a| &a.role == role) {
                continue;
            }
            if let Some((e, span)) = opener {
                c.args.push(CandArg {
                    role: role.clone(),
                    span,
                    entity: Some(e),
                    value: None,
                    context_country: None,
                });
                if !c.evidence.contains(&(c.sentence - 1)) {
                    c.evidence.push(c.sentence - 1);
                }
                continue;
            }
            let Some(p) = merged.iter().rev().find(|p| {
                p.kind == c.kind
                    && p.sentence < c.sentence
                    && p.args.iter().any(|a| &a.role == role && a.entity.is_some())
            }) else {
                continue;
            };
            let taken: Vec<CandArg> = p
                .args
                .iter()
                .filter(|a| &a.role == role && a.entity.is_some())
                .cloned()
                .collect();
            c.args.extend(taken);
            if !c.evidence.contains(&p.sentence) {
                c.evidence.push(p.sentence);
            }
        }
        c.filled = c.args.len();
    }

    /// "Japan pledged $5 million to Ecuador. South Korea followed with 150
    /// billion won": the continued list gives to whom the first gift went
    /// (and "A second shipment of 900 laptops is due in May" comes from the
    /// giver of the first). Only roles the candidate left empty.
    fn take_followed_roles(&self, p: &Cand, c: &mut Cand) {
        let ty = &self.set.types[c.kind];
        let roles = ty
            .agent_roles
            .iter()
            .map(String::as_str)
            .chain(["recipient"]);
        for role in roles {
            if c.args.iter().any(|a| a.role == role) {
                continue;
            }
            let taken: Vec<CandArg> = p.args.iter().filter(|a| a.role == role).cloned().collect();
            if taken.is_empty() {
                continue;
            }
            c.args.extend(taken);
            if !c.evidence.contains(&p.sentence) {
                c.evidence.push(p.sentence);
            }
        }
        c.filled = c.args.len();
        // "Spain pledged €3 million. Japan followed with 200 million yen":
        // the verb of a continued list tells it as the list's first gift was
        // told (promised, given), unless a cue of its own or its rule says
        // otherwise.
        // (not a passive: "Rs 3 million was transferred on 4 September"
        // tells its own tense, whatever the grants it pays out were)
        if c.status == EventStatus::Happened
            && self.set.rules[c.rule].default_status == EventStatus::Happened
            && !self.set.rules[c.rule].own_status
            && self.set.rules[c.rule].passive != Some(true)
            && p.status != EventStatus::Negated
        {
            c.status = p.status;
        }
    }

    fn merge(
        &self,
        doc: &Document,
        sentences: &[Span],
        cands: Vec<Cand>,
        mut trace: Option<&mut Vec<String>>,
    ) -> Vec<Event> {
        let mut cands = cands;
        cands.sort_by_key(|c| (c.sentence, c.attach, c.trigger.start));
        let mut merged: Vec<Cand> = Vec::new();
        for mut c in cands {
            let weak = c.attach || c.anaphoric || !c.args.iter().any(|a| a.entity.is_some());
            let mut target = None;
            if !weak {
                // Two triggers of one type in one sentence tell one event
                // ("X met Y at a meeting in Z").
                // Unless each names its own parties: "A pledged €10 million,
                // and B said it would donate 500 tents" tells two donations.
                target = merged.iter().rposition(|p| {
                    p.sentence == c.sentence
                        && p.kind == c.kind
                        && self.compatible(doc, p, &c)
                        && !self.distinct_parties(p, &c)
                        && !distinct_goods(p, &c)
                        && !self.tells_further_lot(c.rule)
                });
            }
            if !weak && target.is_none() {
                // The same event told again a sentence or two later, as a
                // headline and its lead often do: same status, a shared
                // participant and a shared second detail.
                // A headline and the lead that tells it in full need only
                // share a participant ("EIB and Czech region sign deal" /
                // "The European Investment Bank (EIB) today signed …").
                // Two donors giving one recipient the same amount are still
                // two gifts: a retelling names the same agent or none.
                target = merged.iter().rposition(|p| {
                    let headline = is_headline(&doc.text, sentences, p.sentence);
                    // A byline or an "Updated:" line between a headline and
                    // its lead does not count as distance.
                    let from = if headline {
                        lead_after(&doc.text, sentences, p.sentence)
                    } else {
                        p.sentence
                    };
                    p.kind == c.kind
                        && p.status == c.status
                        && !c.further
                        && c.sentence <= from + 2
                        && self.compatible(doc, p, &c)
                        && !self.distinct_parties(p, &c)
                        && (retells(doc, p, &c) || (headline && shares_entity(p, &c)))
                });
            }
            // "China on Wednesday handed over 20 ambulances to Nepal's
            // ministry … Ambassador X handed over the vehicles to Minister Y
            // at a ceremony": the same goods told again by a definite phrase
            // are the same gift, handed over by its envoys; the envoys do not
            // replace the first telling's parties, they only add what it lacks.
            let mut fill_only = false;
            if !weak && target.is_none() {
                target = merged.iter().rposition(|p| {
                    p.kind == c.kind
                        && p.status == c.status
                        && !c.further
                        && c.sentence > p.sentence
                        && c.sentence <= p.sentence + 2
                        && retold_goods(doc, p, &c)
                });
                fill_only = target.is_some();
            }
            // "will meet again next month", "The four also reached a deal":
            // another event, never the one before told again (an attach-only
            // rule's "also" still adds to it).
            // A rule that continues a list tells a gift of its own, unless
            // its sentence tells one already ("would send a second batch of
            // 50,000 kits": the lot is what is sent).
            let follows = self.set.rules[c.rule].follows;
            let continues = follows
                && !merged
                    .iter()
                    .any(|p| p.kind == c.kind && p.sentence == c.sentence);
            let alone = self.set.rules[c.rule].alone;
            if alone {
                // (two triggers of one sentence still tell one event)
                if target.is_some_and(|i| merged[i].sentence != c.sentence) {
                    target = None;
                }
                if target.is_none() {
                    self.take_article_agent(doc, sentences, &merged, &mut c);
                }
            }
            let another = tells_repeat(doc, &c) || (c.further && !c.attach) || continues || alone;
            if weak && !another {
                for (i, p) in merged.iter().enumerate().rev() {
                    let last = *p.evidence.iter().max().unwrap_or(&p.sentence);
                    if c.sentence > last + 3 {
                        break;
                    }
                    // A mention that does not look back, told as not done
                    // or yet to be done after an event done or not done,
                    // tells another event: "They signed three memoranda. A
                    // fourth memorandum was not signed."; "We agreed on the
                    // financing. The formal agreement will be signed in
                    // Rabat."; "did not sign any agreement, though a
                    // memorandum could be signed next year". (A planned
                    // event told again as called off, or a done mention
                    // after one planned or called off, is that one's news:
                    // it joins. A mention that tells nothing but a date is
                    // too thin to stand alone: "not just meeting the
                    // criteria".)
                    let own_status = !c.attach
                        && !c.anaphoric
                        && (c.args.iter().any(|a| a.role != "date")
                            || self.names_event_noun(c.rule))
                        && p.status != c.status
                        && p.status != EventStatus::Planned
                        && matches!(c.status, EventStatus::Negated | EventStatus::Planned);
                    if p.kind == c.kind && !own_status && self.compatible(doc, p, &c) {
                        target = Some(i);
                        break;
                    }
                }
            }
            match target {
                Some(i) => {
                    if let Some(tr) = trace.as_deref_mut() {
                        tr.push(format!(
                            "merge: {} on S{} ({:?}) joins the {} event of S{}",
                            self.set.rules[c.rule].id,
                            c.sentence + 1,
                            c.trigger.text(&doc.text),
                            self.set.types[c.kind].name,
                            merged[i].sentence + 1
                        ));
                    }
                    // "were due to meet in Puno on June 18 … The meeting
                    // was postponed", "had been due to travel …, but the
                    // trip was called off": a planned meeting or visit told
                    // again as called off did not take place.
                    if weak && self.called_off_later(doc, sentences, &merged[i], &c) {
                        merged[i].status = EventStatus::Negated;
                    }
                    if fill_only {
                        absorb_missing(doc, &mut merged[i], c);
                    } else {
                        absorb(doc, &mut merged[i], c);
                    }
                }
                None if c.attach => {
                    if let Some(tr) = trace.as_deref_mut() {
                        tr.push(format!(
                            "drop: attach-only {} on S{} has no earlier {} event",
                            self.set.rules[c.rule].id,
                            c.sentence + 1,
                            self.set.types[c.kind].name
                        ));
                    }
                }
                None if follows => match self.followed_event(&merged, &c) {
                    Some(p) => {
                        let mut c = c;
                        self.take_followed_roles(&merged[p], &mut c);
                        merged.push(c);
                    }
                    None => {
                        if let Some(tr) = trace.as_deref_mut() {
                            tr.push(format!(
                                "drop: {} on S{} follows no {} event",
                                self.set.rules[c.rule].id,
                                c.sentence + 1,
                                self.set.types[c.kind].name
                            ));
                        }
                    }
                },
                None => merged.push(c),
            }
        }
        self.sides_of_repeat(doc, &mut merged);
        self.meeting_at_destination(doc, &mut merged);
        date_from_item_followup(doc, sentences, &mut merged);
        date_from_item_lead_in(doc, sentences, &mut merged);
        if let Some(kind) = self.set.types.iter().position(|t| t.name == "donation") {
            date_pledges_from_lead(doc, kind, &mut merged);
            recipients_of_further_lot(doc, sentences, kind, &mut merged);
            grant_programmes(doc, sentences, kind, &mut merged);
        }
        // "A ministerial meeting … has now been postponed twice": the
        // present is when it is called off or still awaited, not when it
        // takes place; such an event is dated by its occasion or not at all.
        for c in merged.iter_mut() {
            if matches!(c.status, EventStatus::Negated | EventStatus::Planned)
                && c.timex
                    .is_some_and(|t| doc.timexes[t].value == "PRESENT_REF")
            {
                c.timex = None;
            }
        }
        // A date-less event on the same occasion as the one just before it.
        let bare = |t: Option<usize>| t.is_some_and(|t| is_bare_time(&doc.timexes[t].value));
        for i in 1..merged.len() {
            if merged[i].timex.is_some() && !bare(merged[i].timex) {
                continue;
            }
            let (before, rest) = merged.split_at_mut(i);
            let c = &mut rest[0];
            if c.timex.is_none() {
                if let Some(k) = self.occasion_event(doc, sentences, before, c) {
                    if let Some(t) = before[k].timex {
                        take_date(c, t, before[k].date_sentence);
                        continue;
                    }
                }
            }
            // "The two sides also agreed to …": one more event of the kind
            // told just before, with the same parties: on its occasion.
            // (not a gift: "The foundation also paid for two technicians"
            // is a gift of its own, on no occasion the text told)
            if c.further && c.timex.is_none() && self.set.types[c.kind].name != "donation" {
                let told = before
                    .iter()
                    .rev()
                    .take_while(|p| c.sentence <= p.sentence + 3)
                    .find(|p| p.kind == c.kind && shares_entity(p, c));
                if let Some(t) = told.and_then(|p| p.timex) {
                    if !is_ref_value(&doc.timexes[t].value) {
                        take_date(c, t, told.map_or(c.sentence, |p| p.date_sentence));
                        continue;
                    }
                }
            }
            let p = &before[i - 1];
            let Some(pt) = p.timex else { continue };
            // "… during a video call at 11 a.m.": a time of day with no day
            // of its own is on the day the text has just told (also across
            // a paragraph break, as a lead and its next paragraph).
            let bare_time = bare(c.timex)
                && parse_day(&doc.timexes[pt].value).is_some()
                && c.sentence <= p.date_sentence.max(p.sentence) + 1;
            if is_ref_value(&doc.timexes[pt].value) || (c.sentence > p.sentence + 1 && !bare_time) {
                continue;
            }
            // (the same parties' plans, told in the next paragraph, too)
            let same_parties = same_parties_planned(p, c);
            if !bare_time
                && !same_parties
                && !same_paragraph(&doc.text, sentences, p.sentence, c.sentence)
            {
                continue;
            }
            let cue = bare_time || same_parties || {
                let sent_text = sentences[c.sentence].text(&doc.text).to_lowercase();
                let words: Vec<&str> = sent_text
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                CONTINUATION
                    .iter()
                    .any(|cue| words.windows(cue.len()).any(|w| w == *cue))
            };
            if cue {
                c.timex = Some(pt);
                c.date_sentence = p.date_sentence;
                if !c.evidence.contains(&p.date_sentence) {
                    c.evidence.push(p.date_sentence);
                }
            }
        }
        // (once the agreements made have their dates from the sentences
        // around them)
        if let Some(kind) = self.set.types.iter().position(|t| t.name == "agreement") {
            date_unsigned_from_signing(doc, sentences, kind, &mut merged);
        }
        merged
            .into_iter()
            .map(|mut c| {
                if bare(c.timex) {
                    c.timex = None;
                }
                let (date, basis) = match c.timex {
                    None => (None, DateBasis::None),
                    Some(t) => {
                        // The timex's own sentence decides, so basis and
                        // evidence agree with what the date stage recorded.
                        let ts = doc.timexes[t].sentence;
                        if ts == c.sentence {
                            (Some(event_date(doc, t)), DateBasis::SameSentence)
                        } else {
                            if !c.evidence.contains(&ts) && ts < sentences.len() {
                                c.evidence.push(ts);
                            }
                            (Some(event_date(doc, t)), DateBasis::LinkedSentence)
                        }
                    }
                };
                let confidence = if basis == DateBasis::LinkedSentence {
                    (c.confidence - 0.05).max(0.05)
                } else {
                    c.confidence
                };
                // "met in Amman on Monday": held in person.
                if let Some((role, value)) = &self.set.types[c.kind].at_place {
                    // (planned and called-off meetings at a named place too:
                    // "will meet in Cairo", "the summit in Lima was cancelled")
                    let took_place = true;
                    let place = c.args.iter().find(|a| a.role == "place").map(|a| a.span);
                    if let Some(span) = place.filter(|_| took_place) {
                        if !c.args.iter().any(|a| &a.role == role) {
                            c.args.push(CandArg {
                                role: role.clone(),
                                span,
                                entity: None,
                                value: Some(value.clone()),
                                context_country: None,
                            });
                        }
                    }
                }
                Event {
                    kind: self.set.types[c.kind].name.clone(),
                    status: c.status,
                    date,
                    timex: c.timex,
                    date_basis: basis,
                    trigger: c.trigger,
                    sentence: c.sentence,
                    evidence_sentences: c.evidence,
                    arguments: c
                        .args
                        .iter()
                        .map(|a| Argument {
                            role: a.role.clone(),
                            span: a.span,
                            entity: a.entity,
                            value: a.value.clone(),
                        })
                        .collect(),
                    countries: c
                        .args
                        .iter()
                        .filter_map(|a| a.context_country.clone())
                        .collect(),
                    rule: self.set.rules[c.rule].id.clone(),
                    confidence,
                }
            })
            .collect()
    }

    /// "A meeting of the navy chiefs, planned for November, has been
    /// postponed until January", "postponed his visit to Kenya until
    /// March": an event called off by a word of its type's `rescheduled_by`
    /// that names the new date right after "until", "till", "to" or "for"
    /// is also planned for that date, as an event of its own with the same
    /// roles (the called-off one keeps its old date, or none: the new date
    /// is not its). Not "postponed until after the rains" (no date is told)
    /// nor "delayed for two weeks" (a span, not a date).
    #[inline(never)] // (out of line: profiles show its cost)
    fn rescheduled_events(&self, doc: &Document, sentences: &[Span], events: &mut Vec<Event>) {
        let mut planned: Vec<Event> = Vec::new();
        for e in events.iter_mut() {
            if e.status != EventStatus::Negated {
                continue;
            }
            let Some(ty) = self.set.types.iter().find(|t| t.name == e.kind) else {
                continue;
            };
            if ty.rescheduled_by.is_empty() || e.sentence >= sentences.len() {
                continue;
            }
            let span = sentences[e.sentence];
            let toks = text::tokenize(&doc.text, span.start, span.end);
            let next = e.sentence + 1;
            let found = rescheduled_to(doc, e.sentence, &toks, &ty.rescheduled_by)
                .or_else(|| held_anew(doc, e.sentence, &toks, false))
                .or_else(|| {
                    let span = *sentences.get(next)?;
                    let toks = text::tokenize(&doc.text, span.start, span.end);
                    held_anew(doc, next, &toks, true)
                });
            let Some((cue, t)) = found else {
                continue;
            };
            if planned.iter().any(|p| p.trigger == cue) {
                continue;
            }
            let date = event_date(doc, t);
            let date_arg = Argument {
                role: "date".to_string(),
                span: doc.timexes[t].span,
                entity: None,
                value: Some(date.clone()),
            };
            let mut p = e.clone();
            p.status = EventStatus::Planned;
            p.trigger = cue;
            p.timex = Some(t);
            p.date = Some(date);
            p.date_basis = DateBasis::SameSentence;
            p.evidence_sentences = vec![e.sentence];
            p.arguments.retain(|a| a.role != "date");
            p.arguments.push(date_arg);
            p.rule = format!("{}+rescheduled", e.rule);
            if e.timex == Some(t) {
                e.timex = None;
                e.date = None;
                e.date_basis = DateBasis::None;
                e.arguments.retain(|a| a.role != "date");
            }
            planned.push(p);
        }
        events.extend(planned);
    }

    /// "On the sidelines of the summit, …", "Following the talks, the
    /// ministers signed …": a date-less event on an occasion its sentence
    /// names ([`occasion_kinds`]) took place on that occasion's day. Returns
    /// the latest earlier event of that kind that happened on a known day.
    fn occasion_event(
        &self,
        doc: &Document,
        sentences: &[Span],
        before: &[Cand],
        c: &Cand,
    ) -> Option<usize> {
        let lower = sentences[c.sentence].text(&doc.text).to_lowercase();
        let words: Vec<&str> = lower
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let visit = self.set.types[c.kind].name == "visit";
        // (the trigger's word index: the occasion phrase must not hold it,
        // "Before the IMF meeting, …" dates no meeting by itself)
        let sent = sentences[c.sentence];
        let at = doc
            .text
            .get(sent.start..c.trigger.start.max(sent.start))
            .map_or(0, |t| {
                t.split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                    .filter(|w| !w.is_empty())
                    .count()
            });
        let (_, kinds) = occasion_kinds(&words, false, true)
            .or_else(|| occasion_before_or_for(&words, visit, at))?;
        if c.status != EventStatus::Happened {
            return None;
        }
        before.iter().rposition(|p| {
            let name = self.set.types[p.kind].name.as_str();
            name != "statement"
                && (kinds.is_empty() || kinds.contains(&name))
                && p.status == EventStatus::Happened
                && p.sentence <= c.sentence
                && p.timex
                    .is_some_and(|t| parse_day(&doc.timexes[t].value).is_some())
        })
    }

    /// Do `p` and `c` both name entities in one of the type's agent roles
    /// ("donor") and share none of them?
    fn distinct_parties(&self, p: &Cand, c: &Cand) -> bool {
        let agents = &self.set.types[p.kind].agent_roles;
        let named = |k: &Cand, role: &str| -> Vec<usize> {
            k.args
                .iter()
                .filter(|a| a.role == role)
                .filter_map(|a| a.entity)
                .collect()
        };
        agents.iter().any(|role| {
            let (ours, theirs) = (named(p, role), named(c, role));
            !ours.is_empty() && !theirs.is_empty() && !theirs.iter().any(|e| ours.contains(e))
        })
    }

    /// "The ministers will meet again in Quito", "The four also reached a
    /// deal on …": one more event by the sides of one told before, naming
    /// none of them, is held by the named sides (participants, parties) of
    /// the last event of its kind that has them ("Peru, Ecuador, Colombia
    /// and Bolivia met in Lima …"); for "also", told within three sentences
    /// before, as for its date.
    fn sides_of_repeat(&self, doc: &Document, merged: &mut [Cand]) {
        for i in 1..merged.len() {
            let c = &merged[i];
            let again = tells_repeat(doc, c);
            if !again && !c.further {
                continue;
            }
            let roles = &self.set.types[c.kind].roles;
            let Some(role) = roles.iter().find(|r| SIDE_ROLES.contains(&r.as_str())) else {
                continue;
            };
            if c.args.iter().any(|a| a.role == *role) {
                continue;
            }
            let named = |p: &&Cand| {
                p.kind == c.kind
                    && p.sentence < c.sentence
                    && p.args.iter().any(|a| a.role == *role && a.entity.is_some())
            };
            let Some(p) = merged[..i]
                .iter()
                .rev()
                .take_while(|p| again || c.sentence <= p.sentence + 3)
                .find(named)
            else {
                continue;
            };
            let sides: Vec<CandArg> = p
                .args
                .iter()
                .filter(|a| a.role == *role && a.entity.is_some())
                .cloned()
                .collect();
            merged[i].args.extend(sides);
        }
    }

    /// "X is due to travel to Warsaw next month for talks on …", "X flies to
    /// Suva on Friday for talks with Y", "X will visit Oskemen to meet …",
    /// "… travelling to Islamabad, where she is expected to meet …": a
    /// meeting with no place of its own, told in the sentence after a verb
    /// of going to a place, is held at that place (the nearest such place
    /// before the trigger, at most 120 bytes before it, nothing but a comma
    /// between clauses), and whoever a visit of the same sentence takes
    /// there is one of its participants.
    fn meeting_at_destination(&self, doc: &Document, merged: &mut [Cand]) {
        let types = &self.set.types;
        let Some(meeting) = types.iter().position(|t| t.name == "meeting") else {
            return;
        };
        let visit = types.iter().position(|t| t.name == "visit");
        for i in 0..merged.len() {
            let c = &merged[i];
            if c.kind != meeting || c.args.iter().any(|a| a.role == "place") {
                continue;
            }
            let Some(sent) = doc.sentences.get(c.sentence) else {
                continue;
            };
            let t0 = c.trigger.start;
            // the nearest location named right after a verb of going
            let mut best: Option<(usize, Span)> = None;
            for (ei, e) in doc.entities.iter().enumerate() {
                if e.kind != EntityType::Location {
                    continue;
                }
                for m in &e.mentions {
                    if m.sentence != c.sentence
                        || m.span.end > t0
                        || m.span.start < sent.start
                        || t0 - m.span.end > 120
                        || best.is_some_and(|(_, b)| b.start > m.span.start)
                    {
                        continue;
                    }
                    let between = &doc.text[m.span.end..t0];
                    // (not one of a list of places: "will visit Rome and
                    // West Berlin during a trip … to attend the summit")
                    if between.starts_with(" and ")
                        || between.starts_with(", ")
                            && between[2..].starts_with(|ch: char| ch.is_uppercase())
                        || between.contains([';', '(', ')', '"', '\u{201c}'])
                        || between.contains(" but ")
                        || between.contains(" who ")
                        || between.contains(" which ")
                    {
                        continue;
                    }
                    // (30 bytes back, moved to a char boundary: a curly
                    // quote or an accent may straddle the cut)
                    let from = doc
                        .text
                        .floor_char_boundary(m.span.start.saturating_sub(30))
                        .max(sent.start);
                    let before = doc.text[from..m.span.start].to_ascii_lowercase();
                    // (not a relative clause's going: "X, who visited Paris
                    // last week, met Y")
                    let lead = &doc.text[sent.start..m.span.start];
                    if goes_to(before.trim_end())
                        && !lead.contains(" who ")
                        && !lead.contains(" which ")
                    {
                        best = Some((ei, m.span));
                    }
                }
            }
            let Some((ei, span)) = best else { continue };
            // who goes there: the visitors of a visit to that place told in
            // the sentence before the meeting
            let goers: Vec<CandArg> = visit
                .and_then(|v| {
                    merged.iter().find(|p| {
                        p.kind == v
                            && p.sentence == c.sentence
                            && p.trigger.start < t0
                            && p.args
                                .iter()
                                .any(|a| a.role == "place" && a.entity == Some(ei))
                    })
                })
                .map(|p| {
                    // (named in this sentence: not a visitor merged in
                    // from another one)
                    p.args
                        .iter()
                        .filter(|a| a.role == "visitor" && a.entity.is_some())
                        .filter(|a| a.span.start >= sent.start && a.span.end <= sent.end)
                        .filter(|a| {
                            !c.args
                                .iter()
                                .any(|b| b.role == "participant" && b.entity == a.entity)
                        })
                        .map(|a| CandArg {
                            role: "participant".to_string(),
                            ..a.clone()
                        })
                        .collect()
                })
                .unwrap_or_default();
            let c = &mut merged[i];
            c.args.push(CandArg {
                role: "place".to_string(),
                span,
                entity: Some(ei),
                value: None,
                context_country: None,
            });
            c.args.extend(goers);
        }
    }

    fn compatible(&self, doc: &Document, p: &Cand, c: &Cand) -> bool {
        if let (Some(a), Some(b)) = (p.timex, c.timex) {
            if dates_conflict(&doc.timexes[a].value, &doc.timexes[b].value) {
                return false;
            }
        }
        let multi = &self.multi_roles[p.kind];
        for a in &c.args {
            let Some(e) = a.entity else { continue };
            if multi.contains(&a.role) {
                continue;
            }
            if p.args
                .iter()
                .any(|b| b.role == a.role && b.entity.is_some_and(|x| x != e))
            {
                return false;
            }
        }
        true
    }
}

/// "The trust has given 5,000 jerrycans to families in Thatta, and handed
/// out 800 food hampers in Jamshoro": two triggers of one sentence that
/// each count goods or money of their own (an item or amount with a value,
/// none the same) tell two gifts. Goods told once ("handed over 20
/// ambulances donated by China") leave one side without a counted item.
fn distinct_goods(p: &Cand, c: &Cand) -> bool {
    fn counted(k: &Cand) -> Vec<&str> {
        k.args
            .iter()
            .filter(|a| matches!(a.role.as_str(), "item" | "amount"))
            .filter_map(|a| a.value.as_deref())
            .collect()
    }
    let (ours, theirs) = (counted(p), counted(c));
    !ours.is_empty() && !theirs.is_empty() && !theirs.iter().any(|v| ours.contains(v))
}

/// Do `p` and `c` tell one event? They share an entity in one role and
/// another detail: a second entity, an amount, or the head of the item
/// ("pills" and "500,000 antiviral pills").
/// The rescheduling cue of `cues` in sentence `si` (tokens `toks`) and the
/// timex of the new date it names: "postponed to January 20", "put back
/// until the autumn", "rescheduled for Friday". The date opens the phrase
/// right after "until", "till", "to" or "for", or after "the" there, within
/// a few words of the cue ("postponed his visit to Kenya until March").
fn rescheduled_to(
    doc: &Document,
    si: usize,
    toks: &[Tok],
    cues: &[Phrase],
) -> Option<(Span, usize)> {
    const REACH: usize = 8;
    for k in 0..toks.len() {
        let Some(cue) = cues.iter().find(|c| matches_at(toks, k, c)) else {
            continue;
        };
        // ("the meeting formerly postponed to April has been put off
        // indefinitely": an old plan, no new date)
        if k > 0
            && matches!(
                toks[k - 1].l(),
                "formerly" | "previously" | "originally" | "earlier"
            )
        {
            continue;
        }
        let after = k + cue.len();
        for j in after..(after + REACH).min(toks.len()) {
            let w = toks[j].l();
            // (the old date follows these: "postponed its meeting
            // previously scheduled for May 6", "to May 21 from April 28")
            if matches!(
                w,
                "," | ";"
                    | ":"
                    | "because"
                    | "after"
                    | "but"
                    | "from"
                    | "scheduled"
                    | "planned"
                    | "set"
                    | "slated"
                    | "due"
                    | "previously"
                    | "originally"
                    | "formerly"
            ) {
                break;
            }
            // ("rescheduled for Friday", not "put off its meeting for May 6")
            let new_date_prep = matches!(w, "until" | "till" | "to") || (w == "for" && j == after);
            if !new_date_prep {
                continue;
            }
            if let Some(t) = date_opening(doc, si, toks, j + 1) {
                let cue_span = Span::new(toks[k].start, toks[after - 1].end);
                return Some((cue_span, t));
            }
        }
    }
    None
}

/// The timex of a date opening the words at `d` (over "the"), in sentence
/// `si`: a day, month or season, not a reference ("in the coming weeks")
/// nor a bare time.
fn date_opening(doc: &Document, si: usize, toks: &[Tok], mut d: usize) -> Option<usize> {
    // (the date starts after the word before `d`: not a date that began earlier)
    let lo = d.checked_sub(1).map_or(0, |p| toks[p].end);
    if toks.get(d).is_some_and(|t| t.l() == "the") {
        d += 1;
    }
    let start = toks.get(d)?.start;
    (0..doc.timexes.len()).find(|&t| {
        let x = &doc.timexes[t];
        x.sentence == si
            && (x.span.start..x.span.end).contains(&start)
            && x.span.start >= lo
            && date_like(doc, t)
            && !x.value.ends_with("_REF")
            && !is_bare_time(&x.value)
    })
}

/// "… has been put off and will now be held in early 2027"; "It will now
/// take place on Wednesday" or "City hall said it would be rescheduled for
/// Friday" right after the sentence that calls an event off: the new date
/// of that event, and the verb that tells it. In the event's own sentence
/// (`next` false) the verb needs "now"; in the next sentence its subject
/// must be "it", the event called off (not "the vote will now be held").
fn held_anew(doc: &Document, si: usize, toks: &[Tok], next: bool) -> Option<(Span, usize)> {
    const VERBS: [&[&str]; 3] = [&["be", "held"], &["take", "place"], &["be", "rescheduled"]];
    for k in 0..toks.len() {
        if !matches!(toks[k].l(), "will" | "would") {
            continue;
        }
        if next && !(k > 0 && toks[k - 1].l() == "it") {
            continue;
        }
        let mut v = k + 1;
        let now = toks.get(v).is_some_and(|t| t.l() == "now");
        if now {
            v += 1;
        }
        if !next && !now {
            continue;
        }
        let Some(verb) = VERBS.iter().find(|p| {
            p.iter()
                .enumerate()
                .all(|(i, w)| toks.get(v + i).is_some_and(|t| t.l() == *w))
        }) else {
            continue;
        };
        let after = v + verb.len();
        let d = match toks.get(after).map(|t| t.l()) {
            Some("on" | "in" | "for") => after + 1,
            _ => after,
        };
        if let Some(t) = date_opening(doc, si, toks, d) {
            let last = toks[after - 1].end;
            // ("be held": the trigger is the participle, as "met" is)
            let first = if verb[0] == "be" {
                toks[after - 1].start
            } else {
                toks[v].start
            };
            return Some((Span::new(first, last), t));
        }
    }
    None
}

fn retells(doc: &Document, p: &Cand, c: &Cand) -> bool {
    let shared = |a: &CandArg| {
        p.args.iter().any(|b| {
            b.role == a.role
                && match (a.entity, b.entity) {
                    (Some(x), Some(y)) => x == y,
                    (None, None) if a.role != "date" => match (&a.value, &b.value) {
                        (Some(x), Some(y)) => x == y,
                        _ => {
                            let head = |sp: Span| {
                                sp.text(&doc.text)
                                    .rsplit(|ch: char| !ch.is_alphanumeric())
                                    .find(|w| !w.is_empty())
                                    .map(str::to_lowercase)
                            };
                            head(a.span).is_some() && head(a.span) == head(b.span)
                        }
                    },
                    _ => false,
                }
        })
    };
    let entities = c
        .args
        .iter()
        .filter(|a| a.entity.is_some() && shared(a))
        .count();
    let details = c
        .args
        .iter()
        .filter(|a| a.entity.is_none() && shared(a))
        .count();
    entities >= 1 && entities + details >= 2
}

/// "A in Waycross, B in Hawkinsville and C": after a member's place, a
/// comma and a named organization or person go on with the list (a place
/// after the comma is the first place's container: "in Naples, Italy").
fn next_member_after_comma(doc: &Document, s: &Sent, filler: &Filler, q: usize) -> bool {
    if s.lower(q) != "," {
        return false;
    }
    // (and the member ends there: "…, a Bonn Finance Ministry spokesman
    // said" is no member)
    s.mention_starting(skip_dets(s, q + 1)).is_some_and(|m| {
        matches!(
            doc.entities[m.idx].kind,
            EntityType::Organization | EntityType::Person
        ) && entity_ok(doc, filler, m.idx)
            && matches!(s.lower(m.t1), "" | "in" | "," | "and" | "." | ";")
    })
}

/// "X donated 25 ambulances to Y. The ambulances were flagged off on
/// Tuesday.": a sentence soon after a date-less event whose subject is the
/// event's item again dates the event (the handover of the goods). Only a
/// date on the right side of the article date: not yet past for a planned
/// event, past for the others; not the date of a saying ("said on Monday").
/// A donors' roundup: the lead tells the pledging day ("Governments and
/// lenders pledged more than $9 billion on Monday to help Pakistan rebuild"),
/// the body lists who pledged what ("The World Bank pledged $2 billion",
/// "X promised £5 million for housing") without repeating the day. So when
/// the first donation of the text is a planned one dated to a day in its
/// first sentences, later planned donations with no date of their own take
/// that day. (Only pledges: an undated donation that happened is as often
/// an earlier one told as background.)
fn date_pledges_from_lead(doc: &Document, donation: usize, merged: &mut [Cand]) {
    const LEAD_SENTENCES: usize = 5;
    let Some(first) = merged.iter().position(|c| c.kind == donation) else {
        return;
    };
    let lead = &merged[first];
    let Some(t) = lead.timex else { return };
    if lead.sentence >= LEAD_SENTENCES
        || lead.status != EventStatus::Planned
        || parse_day(&doc.timexes[t].value).is_none()
    {
        return;
    }
    let (date_sentence, sentence) = (lead.date_sentence, lead.sentence);
    for c in merged[first + 1..].iter_mut() {
        let undated = c.timex.is_none_or(|t| is_ref_value(&doc.timexes[t].value));
        if c.kind == donation
            && c.status == EventStatus::Planned
            && undated
            && c.sentence > sentence
        {
            c.timex = Some(t);
            c.date_sentence = date_sentence;
            if !c.evidence.contains(&date_sentence) {
                c.evidence.push(date_sentence);
            }
        }
    }
}

/// "The governors signed the protocol on Thursday. … Huenchumilla did not
/// sign.", "Three memoranda were signed on Wednesday. A fourth, on
/// fisheries, was not signed.": an agreement not made, with no date of its
/// own, was not made on the occasion of the one made just before, within
/// three sentences, and takes its day. Only a day (an occasion), and only
/// from an agreement that happened: after a planned one ("will sign in
/// May"), or one dated by a month or year, the refusal is news of its own.
///
/// One told as the next of a series ("A third document … had been expected
/// to be signed as well but was not", "A fourth, on …, was not signed") is
/// the series' occasion however far on it comes, and with no sides named
/// it is between the sides of the last one signed.
fn date_unsigned_from_signing(
    doc: &Document,
    sentences: &[Span],
    agreement: usize,
    merged: &mut [Cand],
) {
    const WINDOW: usize = 3;
    for i in 1..merged.len() {
        let (before, rest) = merged.split_at_mut(i);
        let c = &mut rest[0];
        if c.kind != agreement || c.status != EventStatus::Negated || c.timex.is_some() {
            continue;
        }
        let series = sentences
            .get(c.sentence)
            .is_some_and(|sp| tells_next_of_series(sp.text(&doc.text)));
        let window = if series { usize::MAX } else { WINDOW };
        let occasion = before
            .iter()
            .rev()
            .take_while(|p| p.sentence.saturating_add(window) >= c.sentence)
            // (a series' occasion is a day: "the framework signed in
            // January" told in between is none)
            .find(|p| {
                p.kind == agreement
                    && p.sentence <= c.sentence
                    && (!series
                        || (p.status == EventStatus::Happened
                            && p.timex
                                .is_some_and(|t| parse_day(&doc.timexes[t].value).is_some())))
            })
            .filter(|p| p.status == EventStatus::Happened);
        let Some(p) = occasion else { continue };
        let Some((t, j)) = p.timex.map(|t| (t, p.date_sentence)) else {
            continue;
        };
        if parse_day(&doc.timexes[t].value).is_some() {
            if series && !c.args.iter().any(|a| a.role == "party") {
                let sides: Vec<CandArg> = p
                    .args
                    .iter()
                    .filter(|a| a.role == "party" && a.entity.is_some())
                    .cloned()
                    .collect();
                c.args.extend(sides);
                c.filled = c.args.len();
            }
            take_date(c, t, j);
        }
    }
}

/// Does the sentence tell the next item of a series already told: its
/// subject opens with "A second/third/fourth …", "Another", "A separate",
/// or it says "as well"?
fn tells_next_of_series(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    first == "another"
        || (matches!(first, "a" | "the")
            && matches!(
                second,
                "second" | "third" | "fourth" | "fifth" | "sixth" | "separate" | "further"
            ))
        || lower.contains(" as well ")
        || lower.contains(" as well.")
}

/// Words for one lot of goods among several ("a second batch of 50,000
/// testing kits", "another shipment", "the next consignment").
const LOT_WORDS: &[&str] = &[
    "batch",
    "batches",
    "shipment",
    "consignment",
    "tranche",
    "lot",
    "delivery",
    "instalment",
    "installment",
];

/// "X today announced Rs 14.5 million in grants to three organisations …
/// over its 2026-27 financial year", "announced grants totalling RM2.4
/// million for financial year 2027": grants (or donations) announced for a
/// period to come are a programme, a planned donation that the day of the
/// announcement does not date (corpus guideline: "an announced grant
/// programme is one planned donation … undated"). Only a plural noun
/// trigger right after a verb of announcing within its clause, and a
/// period in its sentence (a financial or fiscal year, "over the next …",
/// "a year", "each year", "annually").
fn grant_programmes(doc: &Document, sentences: &[Span], donation: usize, merged: &mut [Cand]) {
    const NOUNS: &[&str] = &["grants", "donations"];
    const ANNOUNCE: &[&str] = &["announced", "announces", "unveiled", "unveils"];
    const PERIODS: &[&str] = &[
        "financial year",
        "fiscal year",
        "over the next",
        "over the coming",
        "a year",
        "each year",
        "every year",
        "per year",
        "annually",
    ];
    for c in merged.iter_mut() {
        if c.kind != donation || c.status != EventStatus::Happened {
            continue;
        }
        let trig = c.trigger.text(&doc.text);
        if !NOUNS.iter().any(|n| trig.eq_ignore_ascii_case(n)) {
            continue;
        }
        let Some(sent) = sentences.get(c.sentence) else {
            continue;
        };
        // the clause before the trigger: back to a period, semicolon or
        // dash, at most 80 bytes
        let lo = c.trigger.start.saturating_sub(80).max(sent.start);
        let mut lo = lo;
        while !doc.text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &doc.text[lo..c.trigger.start];
        let before = before
            .rsplit([';', '\u{2013}', '\u{2014}'])
            .next()
            .unwrap_or(before);
        let announced = before
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| ANNOUNCE.contains(&w));
        if !announced {
            continue;
        }
        let text = doc.text[sent.start..sent.end].to_ascii_lowercase();
        if !PERIODS.iter().any(|p| text.contains(p)) {
            continue;
        }
        c.status = EventStatus::Planned;
        c.timex = None;
        c.args.retain(|a| a.role != "date");
        c.filled = c.args.len();
    }
}

/// "X donated 100,000 masks to Kenya. … The company would send a second
/// batch of 50,000 testing kits next week": a further lot of goods goes
/// where the first went. A donation with no recipient whose sentence speaks
/// of a second (third, another, further, next) batch, shipment or
/// consignment takes the recipients of the donation told last before it,
/// within three sentences, when that one has the same donor or this one
/// names none.
fn recipients_of_further_lot(
    doc: &Document,
    sentences: &[Span],
    donation: usize,
    merged: &mut [Cand],
) {
    let donors = |c: &Cand| -> Vec<usize> {
        c.args
            .iter()
            .filter(|a| a.role == "donor")
            .filter_map(|a| a.entity)
            .collect()
    };
    for i in 1..merged.len() {
        let c = &merged[i];
        if c.kind != donation
            || c.args.iter().any(|a| a.role == "recipient")
            || !sentences
                .get(c.sentence)
                .is_some_and(|sp| speaks_of_further_lot(sp.text(&doc.text)))
        {
            continue;
        }
        let own = donors(c);
        let earlier = merged[..i]
            .iter()
            .rev()
            .take_while(|p| c.sentence.saturating_sub(p.sentence) <= 3)
            .find(|p| {
                p.kind == donation
                    && p.sentence < c.sentence
                    && (own.is_empty() || donors(p).iter().any(|e| own.contains(e)))
            });
        let Some(p) = earlier else { continue };
        let recipients: Vec<CandArg> = p
            .args
            .iter()
            .filter(|a| a.role == "recipient")
            .cloned()
            .collect();
        if recipients.is_empty() {
            continue;
        }
        let from = p.sentence;
        let c = &mut merged[i];
        c.args.extend(recipients);
        if !c.evidence.contains(&from) {
            c.evidence.push(from);
        }
        c.filled = c.args.len();
    }
}

/// Whether `text` names a further lot of goods: "second", "third",
/// "another", "further" or "next" right before (or one word before) a
/// word of [`LOT_WORDS`].
fn speaks_of_further_lot(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        ["second", "third", "another", "further", "next"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
            && words[i + 1..]
                .iter()
                .take(2)
                .any(|n| LOT_WORDS.iter().any(|l| n.eq_ignore_ascii_case(l)))
    })
}

/// "A plane carrying 29,250 doses … landed late on Wednesday. The doses were
/// a gift from Lithuania.": an undated event whose sentence opens with "The"
/// and a noun that one of the two sentences before counted ("29,250 doses",
/// "500 antiviral pills") happened when those goods did: the first date after
/// the counted goods there. Only a count makes the noun the same goods; "The
/// government" repeats no earlier goods.
fn date_from_item_lead_in(doc: &Document, sentences: &[Span], merged: &mut [Cand]) {
    for c in merged.iter_mut() {
        if c.timex
            .is_some_and(|t| !is_ref_value(&doc.timexes[t].value))
            || c.sentence == 0
        {
            continue;
        }
        let own = sentences[c.sentence].text(&doc.text);
        let mut words = own
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty());
        if words.next() != Some("The") {
            continue;
        }
        // "The doses", "The donated doses", "The first 500 doses"
        let heads: Vec<&str> = words
            .take(3)
            .take_while(|w| !NOT_GOODS.contains(w))
            .filter(|w| w.len() > 2 && w.chars().all(|ch| ch.is_ascii_lowercase()))
            .collect();
        if heads.is_empty() {
            continue;
        }
        for j in (c.sentence.saturating_sub(2)..c.sentence).rev() {
            let sentence = sentences[j];
            let Some(goods_end) = counted_goods_end(sentence.text(&doc.text), &heads) else {
                continue;
            };
            let after = sentence.start + goods_end;
            if let Some(t) = goods_date(doc, sentence, j, after, c.status) {
                take_date(c, t, j);
            }
            break;
        }
    }
}

/// The first date in sentence `j` (at `from` or after) that can be the day
/// goods told there moved: a specific DATE or TIME, not the day something
/// was said, after the document's date for a planned event and not after it
/// otherwise.
fn goods_date(
    doc: &Document,
    sentence: Span,
    j: usize,
    from: usize,
    status: EventStatus,
) -> Option<usize> {
    doc.timexes.iter().position(|t| {
        t.sentence == j
            && t.span.start >= from
            && matches!(t.kind, TimexType::Date | TimexType::Time)
            && !is_ref_value(&t.value)
            && !after_speech_verb(&doc.text, sentence, t.span)
            && match (value_start(&t.value), doc.date) {
                (Some(d), Some(dd)) => (status == EventStatus::Planned) == (d > dd),
                (Some(_), None) => true,
                (None, _) => false,
            }
    })
}

/// Dates `c` by timex `t`, told in sentence `j` (one more evidence sentence).
fn take_date(c: &mut Cand, t: usize, j: usize) {
    c.timex = Some(t);
    c.date_sentence = j;
    if !c.evidence.contains(&j) {
        c.evidence.push(j);
    }
}

/// Where, in `text`, one of `heads` ends when it follows a count within two
/// words ("29,250 doses", "500 antiviral pills", "2,000 tonnes of rice" for
/// "tonnes").
fn counted_goods_end(text: &str, heads: &[&str]) -> Option<usize> {
    // (a word's offset is where its slice starts in `text`)
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    // A number, not a year ("1985 exports" are no goods counted).
    let is_count = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.starts_with(|ch: char| ch.is_ascii_digit())
            && w.chars()
                .all(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.')
            && !(w.len() == 4 && matches!(w.parse::<u32>(), Ok(1800..=2099)))
    };
    words.iter().enumerate().find_map(|(k, &(start, w))| {
        let bare = w.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        let counted = (k.saturating_sub(2)..k).any(|i| {
            is_count(words[i].1) && !words[i].1.ends_with(',') && !words[i].1.ends_with('.')
        });
        (heads.contains(&bare) && counted).then_some(start + bare.len())
    })
}

/// Words after "The" that end the search for a noun the sentence opens with
/// ("The official said the …": not "said", not "the").
const NOT_GOODS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "from", "by", "at",
    "said", "says", "was", "were", "is", "are", "has", "have", "had", "will", "would", "which",
    "that", "who",
];

fn date_from_item_followup(doc: &Document, sentences: &[Span], merged: &mut [Cand]) {
    let starts: Vec<(usize, usize)> = merged.iter().map(|c| (c.kind, c.sentence)).collect();
    for c in merged.iter_mut() {
        if c.timex
            .is_some_and(|t| !is_ref_value(&doc.timexes[t].value))
        {
            continue;
        }
        let heads: Vec<String> = c
            .args
            .iter()
            .filter(|a| a.role == "item")
            .filter_map(|a| {
                a.span
                    .text(&doc.text)
                    .rsplit(|ch: char| !ch.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .filter(|w| w.len() > 2 && w.chars().all(char::is_alphabetic))
                    .map(str::to_lowercase)
            })
            .collect();
        if heads.is_empty() {
            continue;
        }
        let heads: Vec<&str> = heads
            .iter()
            .map(String::as_str)
            .chain(GOODS_ON_THE_WAY.iter().copied())
            .collect();
        // (from the last sentence that told it: a headline's event is told
        // again by the lead)
        let told = c.evidence.iter().copied().max().unwrap_or(c.sentence);
        for (j, sentence) in sentences.iter().enumerate().take(told + 4).skip(told + 1) {
            // another event of the kind told in between has its own follow-ups
            if starts
                .iter()
                .any(|&(k, x)| k == c.kind && x > told && x <= j)
            {
                break;
            }
            let text = sentence.text(&doc.text);
            let mut words = text
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty());
            if words.next().is_none_or(|w| w != "The") {
                continue;
            }
            // "The ambulances", "The 25 ambulances", "The donated laptops"
            if !words
                .take(3)
                .any(|w| heads.iter().any(|h| w.eq_ignore_ascii_case(h)))
            {
                continue;
            }
            if let Some(t) = goods_date(doc, *sentence, j, sentence.start, c.status) {
                take_date(c, t, j);
                break;
            }
        }
    }
}

/// Words for donated goods on their way, whatever they are: "The shipment
/// left Atlanta on Monday".
const GOODS_ON_THE_WAY: &[&str] = &[
    "shipment",
    "shipments",
    "consignment",
    "consignments",
    "cargo",
    "handover",
    "delivery",
    "deliveries",
    "aid",
    "supplies",
    "goods",
];

/// "said on Monday", "told reporters Tuesday": the date of a saying.
fn after_speech_verb(text: &str, sentence: Span, t: Span) -> bool {
    let before = text.get(sentence.start..t.start).unwrap_or("");
    let mut words = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut w = words.next();
    if matches!(w, Some("on" | "late" | "early")) {
        w = words.next();
    }
    matches!(
        w,
        Some("said" | "says" | "told" | "announced" | "added" | "reported" | "reporters")
    )
}

/// The last day of a DATE value that is a day, a month or a year
/// (`2022-12` → 2022-12-31); None for others.
fn value_end(v: &str) -> Option<chrono::NaiveDate> {
    let start = value_start(v)?;
    match v.len() {
        10 => Some(start),
        7 => start
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.pred_opt()),
        4 => chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&start), 12, 31),
        _ => None,
    }
}

/// The first day of a DATE value: `2021-03` → 2021-03-01, `2020-W43-WE` →
/// the Saturday of that week; None for values with unknown digits.
fn value_start(v: &str) -> Option<chrono::NaiveDate> {
    let day = v.get(..10).and_then(parse_day);
    if day.is_some() {
        return day;
    }
    let year: i32 = v.get(..4)?.parse().ok()?;
    let rest = v.get(4..).unwrap_or("");
    if rest.is_empty() {
        return chrono::NaiveDate::from_ymd_opt(year, 1, 1);
    }
    if let Some(w) = rest.strip_prefix("-W") {
        let week: u32 = w.get(..2)?.parse().ok()?;
        let weekday = if w.get(2..) == Some("-WE") {
            chrono::Weekday::Sat
        } else {
            chrono::Weekday::Mon
        };
        return chrono::NaiveDate::from_isoywd_opt(year, week, weekday);
    }
    let month: u32 = rest.strip_prefix('-')?.get(..2)?.parse().ok()?;
    chrono::NaiveDate::from_ymd_opt(year, month, 1)
}

/// A title line: among the first sentences, with no closing punctuation.
fn is_headline(text: &str, sentences: &[Span], i: usize) -> bool {
    i < 3
        && sentences
            .get(i)
            .and_then(|sp| text.get(sp.start..sp.end))
            .and_then(|t| t.trim_end().chars().last())
            .is_some_and(char::is_alphanumeric)
}

/// The first sentence after the title line `i` that ends as prose does (the
/// lead), skipping bylines and time stamps; `i` when none is near.
fn lead_after(text: &str, sentences: &[Span], i: usize) -> usize {
    (i + 1..sentences.len().min(i + 6))
        .find(|&j| {
            sentences[j]
                .text(text)
                .trim_end()
                .chars()
                .last()
                .is_some_and(|ch| !ch.is_alphanumeric())
        })
        .map_or(i, |j| j - 1)
}

/// Roles that name the sides of an event: who met, who agreed.
const SIDE_ROLES: &[&str] = &["participant", "party"];

/// Does the trigger end in "again" ("meet again", "met again")? The event
/// is one more of a kind told before, by the same people.
fn tells_repeat(doc: &Document, c: &Cand) -> bool {
    let t = c.trigger.text(&doc.text);
    t.len() > 6 && t[t.len() - 6..].eq_ignore_ascii_case(" again")
}

/// Do `p` and `c` have one entity in the same role?
fn shares_entity(p: &Cand, c: &Cand) -> bool {
    c.args.iter().any(|a| {
        a.entity.is_some()
            && p.args
                .iter()
                .any(|b| b.role == a.role && b.entity == a.entity)
    })
}

/// Moves what `c` adds into `p`.
/// Words for goods in general, which name again goods told before ("the
/// vehicles" after "20 ambulances", "the supplies" after "5,000 tents").
const GOODS_WORDS: &[&str] = &[
    "vehicles",
    "goods",
    "supplies",
    "items",
    "equipment",
    "materials",
    "donation",
    "donations",
    "aid",
    "consignment",
    "shipment",
    "cargo",
];

/// The later mention's item is the earlier one's goods again, told by a
/// definite phrase: "the ambulances" (the same head word) or "the vehicles"
/// (a word for goods in general). Only when the earlier mention has items.
fn retold_goods(doc: &Document, p: &Cand, c: &Cand) -> bool {
    let head = |sp: Span| {
        sp.text(&doc.text)
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_lowercase)
    };
    let definite = |sp: Span| {
        let before = doc.text[..sp.start].trim_end();
        let w = before
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("these")
    };
    let earlier: Vec<String> = p
        .args
        .iter()
        .filter(|a| a.role == "item")
        .filter_map(|a| head(a.span))
        .collect();
    !earlier.is_empty()
        && c.args.iter().any(|a| {
            a.role == "item"
                && definite(a.span)
                && head(a.span)
                    .is_some_and(|h| earlier.contains(&h) || GOODS_WORDS.contains(&h.as_str()))
        })
}

/// A retelling by other hands: its roles join only where the event has none
/// (a place, a date), and its sentence is evidence.
fn absorb_missing(doc: &Document, p: &mut Cand, mut c: Cand) {
    c.args
        .retain(|a| a.role == "date" || !p.args.iter().any(|b| b.role == a.role));
    absorb(doc, p, c);
}

fn absorb(doc: &Document, p: &mut Cand, c: Cand) {
    for a in c.args {
        if a.role == "date" {
            continue;
        }
        let dup = p.args.iter().any(|b| {
            b.role == a.role && (b.span == a.span || (a.entity.is_some() && b.entity == a.entity))
        });
        if !dup && fuller_item(doc, p, &a) {
            continue;
        }
        let single_taken = a.entity.is_none() && p.args.iter().any(|b| b.role == a.role);
        if !dup && !single_taken {
            p.args.push(a);
        }
    }
    if let Some(ct) = c.timex {
        let take = match p.timex {
            None => true,
            Some(pt) => {
                is_ref_value(&doc.timexes[pt].value) && !is_ref_value(&doc.timexes[ct].value)
            }
        };
        if take {
            p.timex = Some(ct);
            p.date_sentence = c.date_sentence;
            let span = doc.timexes[ct].span;
            p.args.retain(|a| a.role != "date");
            p.args.push(CandArg {
                role: "date".into(),
                span,
                entity: None,
                value: Some(doc.timexes[ct].value.clone()),
                context_country: None,
            });
        }
    }
    for s in c.evidence {
        if !p.evidence.contains(&s) {
            p.evidence.push(s);
        }
    }
    p.confidence = p.confidence.max(c.confidence);
    p.filled = p.args.len();
}

/// A later telling that names the same goods more fully: a headline or a
/// first mention shortens ("Nordvik to donate laptops" / "… will donate
/// 2,000 refurbished laptops"; "donated 20 ambulances" / "the 20 fully
/// equipped ambulances"), so an item whose words, in order and with the
/// same head word, are all in the later one's gives way to it. Returns
/// whether `a` replaced an item of `p`.
fn fuller_item(doc: &Document, p: &mut Cand, a: &CandArg) -> bool {
    if a.role != "item" || a.entity.is_some() {
        return false;
    }
    let later = a.span.text(&doc.text);
    let fuller = |shorter: &str| {
        let mut rest = later.split_whitespace();
        let mut n = 0;
        let all_in = shorter.split_whitespace().all(|w| {
            n += 1;
            rest.any(|x| x.eq_ignore_ascii_case(w))
        });
        all_in
            && n < later.split_whitespace().count()
            && later
                .rsplit(' ')
                .next()
                .zip(shorter.rsplit(' ').next())
                .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
    };
    let Some(b) = p
        .args
        .iter_mut()
        .find(|b| b.role == "item" && b.entity.is_none() && fuller(b.span.text(&doc.text)))
    else {
        return false;
    };
    b.span = a.span;
    b.value = a.value.clone();
    true
}

/// Is a phrase of `idx` the trigger's object, told before it? The
/// trigger's words start at `before` (over adverbs). Either the subject of
/// a passive: "A fourth memorandum, on fisheries, was not signed", "the
/// formal agreement will be signed", "an accord on X could be signed" (the
/// subject's head, over an "on …" phrase and a comma-set aside, found
/// within twelve words before the auxiliaries); or the antecedent of an
/// object relative: "the deal that Brazil and Argentina have not yet
/// signed", "a grant agreement that A and B signed". Not past a clause
/// boundary: "Kenya signed a deal with Ethiopia, and a law was signed"
/// gives the law no agreement. Gives the word where the trigger's subject
/// may open at the earliest (past the noun of a relative with no relative
/// word: "the deal [Tehran] signed"; 0 otherwise).
fn object_before_trigger(s: &Sent, idx: &PhraseIndex, before: usize, t1: usize) -> Option<usize> {
    if idx.is_empty() {
        return None;
    }
    // back over the auxiliaries of a passive ("is due to be", "could not
    // be", "will be", "has been") or of a relative's verb ("have not yet")
    let mut k = before;
    let mut passive = false;
    while k > 0 {
        let w = s.lower(k - 1);
        if is_be_form(w) {
            passive = true;
        } else if !(is_adverb(w)
            || matches!(
                w,
                "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "to"
                    | "due"
                    | "expected"
                    | "likely"
                    | "has"
                    | "have"
                    | "had"
                    | "yet"
                    | "still"
                    | "n't"
            ))
        {
            break;
        }
        k -= 1;
    }
    // (a relative clause set off by commas between the subject and its
    // verb does not count against the window: "An agreement on double
    // taxation, which both sides had hoped to conclude during the visit,
    // was not signed")
    let k = if passive {
        before_comma_relative(s, k)
    } else {
        k
    };
    // (a relative's subject may be a long name: "a cooperation agreement
    // the islands' government and Senegal's Ministry of Fisheries and
    // Maritime Economy signed")
    let lo = k.saturating_sub(if passive { 12 } else { 16 });
    for j in (lo..k).rev() {
        let w = s.lower(j);
        if matches!(w, ";" | ":" | "\"" | "“" | "”" | "--" | "—")
            || s.speech[j]
            || is_clause_word(w)
            || (w == "," && matches!(s.lower(j + 1), "and" | "or"))
        {
            return None;
        }
        // "Three memoranda were signed on Monday. A fourth, on fisheries, was
        // not signed": an ordinal standing for the noun just told
        if passive && elliptical_ordinal(s, j) {
            return Some(0);
        }
        let Some(ps) = idx.get(w) else { continue };
        if !ps.iter().any(|p| matches_at(&s.toks, j, p)) {
            continue;
        }
        if passive {
            return Some(0);
        }
        return relative_antecedent(s, j, k, t1).then_some(j + 1);
    }
    None
}

/// Is word `j` an ordinal standing for a noun the text has just told, as
/// the head of a subject: "A fourth, on the return of migrants, was not
/// signed", "a third was signed on Tuesday"? Not an ordinal before its noun
/// ("a second memorandum": the noun decides).
fn elliptical_ordinal(s: &Sent, j: usize) -> bool {
    matches!(
        s.lower(j),
        "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    ) && matches!(s.lower(j.wrapping_sub(1)), "a" | "the")
        && (matches!(s.lower(j + 1), "," | "on" | "covering") || is_be_form(s.lower(j + 1)))
}

/// Is the noun at `j` the antecedent of an object relative whose subject
/// ends right before word `k` (the relative's verb, over its auxiliaries)?
/// "the deal that A and B signed"; over the noun's own phrase: "a
/// memorandum on disaster cooperation that A and B signed", "a memorandum
/// of understanding that A signed"; or with no relative word, the subject
/// opening right after the noun, when no object follows the verb (ending
/// at `t1`): "a cooperation agreement the two governments signed in Dakar",
/// "the deal Tehran signed last year", not "under the contract Juventus
/// signed Ronaldo". A subject relative names no signer before its verb:
/// "an accord with a firm that signed …".
fn relative_antecedent(s: &Sent, j: usize, k: usize, t1: usize) -> bool {
    let next = s.lower(j + 1);
    if matches!(next, "that" | "which") {
        return true;
    }
    if matches!(next, "on" | "of" | "for" | "with" | "between") {
        return (j + 2..k.saturating_sub(1)).any(|r| matches!(s.lower(r), "that" | "which"));
    }
    let object_gap = s
        .toks
        .get(t1)
        .is_none_or(|w| !w.word || (!w.cap && !matches!(w.lower.as_ref(), "a" | "an" | "the")));
    j + 1 < k
        && object_gap
        && (s.toks[j + 1].cap || matches!(next, "the" | "both" | "its" | "their" | "his" | "her"))
}

/// Where a non-restrictive relative clause (", which …,", ", who …,")
/// that ends right before word `k` begins: the index of its opening comma,
/// so that a search for the clause's subject goes on before it; `k` itself
/// when no such clause ends there (or its opening is more than 20 words
/// back or past a clause boundary).
fn before_comma_relative(s: &Sent, k: usize) -> usize {
    if k < 3 || s.lower(k - 1) != "," {
        return k;
    }
    for c in (k.saturating_sub(22)..k - 2).rev() {
        match s.lower(c) {
            ";" | ":" | "--" | "—" => return k,
            // (or an aside naming what the subject is about: "A fourth, on
            // the return of migrants living abroad, was not signed")
            "," if matches!(
                s.lower(c + 1),
                "which" | "who" | "on" | "covering" | "concerning"
            ) =>
            {
                return c
            }
            "," => return k,
            _ => {}
        }
    }
    k
}

/// Where a relative clause on an event noun ends: at the main clause's
/// verb ("The agreement that A and B signed in Baku to double ferry
/// capacity [is] modest on paper": "on paper" is no topic of the signing).
/// Only for a trigger in a "that" clause right after a trigger word; the end
/// of the sentence otherwise.
fn object_relative_end(s: &Sent, cs: usize, t1: usize) -> usize {
    let n = s.toks.len();
    let on_event_noun =
        cs >= 2 && s.lower(cs - 1) == "that" && s.trigger_words.iter().any(|&(k, _)| k == cs - 2);
    if !on_event_noun {
        return n;
    }
    (t1..n)
        .find(|&k| matches!(s.lower(k), "is" | "are" | "was" | "were"))
        .unwrap_or(n)
}

pub(super) fn is_be_form(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "got" | "gets"
    )
}

/// "ventilators donated by X", "supplies handed over by X": a participle
/// right after a noun with its agent, no form of "be" before it.
/// `goods`: the event hands something over (its type has an `item`), so
/// the agent may come after the receiver's "to" phrase ("boats handed over
/// to families by X"; "agreed to help OPEC by restraining output" is no
/// passive).
fn reduced_passive(s: &Sent, t0: usize, t1: usize, goods: bool) -> bool {
    // "a mobile dental clinic with two chairs, donated to the health
    // department by X": goods set off by a comma, the receiver and then the
    // agent after (both needed: ", donated by X," alone may be an aside).
    if goods
        && t0 > 1
        && s.lower(t0 - 1) == ","
        && s.toks[t0 - 2].word
        && s.lower(t1) == "to"
        && agent_after(s, t1)
    {
        return true;
    }
    (s.lower(t1) == "by" || (goods && agent_after(s, t1)))
        && t0 > 0
        && s.toks[t0 - 1].word
        && !s.toks[t1 - 1].lower.ends_with("ing")
        && !is_be_form(s.lower(t0 - 1))
        && !is_adverb(s.lower(t0 - 1))
        && !matches!(
            s.lower(t0 - 1),
            "has" | "have" | "had" | "it" | "he" | "she" | "they" | "we"
        )
}

/// "by" right after the participle, or after its "to" phrase: "boats handed
/// over to fishing families in Kollam district by the state government".
/// The "to" phrase ends at a comma, a clause word or another participle
/// ("handed over to families boats bought by X" is no agent of the handing).
fn agent_after(s: &Sent, t1: usize) -> bool {
    if s.lower(t1) == "by" {
        return true;
    }
    if s.lower(t1) != "to" {
        return false;
    }
    let end = (t1 + 12).min(s.toks.len());
    for k in t1 + 1..end {
        let w = s.lower(k);
        if w == "by" {
            // ("to the Red Cross by Friday" is a deadline, no agent)
            return k > t1 + 1
                && !s.blocked.get(k + 1).copied().unwrap_or(true)
                && !s.lower(k + 1).ends_with("ing");
        }
        if !s.toks[k].word
            || matches!(w, "who" | "which" | "that" | "where" | "when" | "to" | "as")
            || (w.len() > 4 && w.ends_with("ed"))
            || is_be_form(w)
        {
            return false;
        }
    }
    false
}

/// The noun phrase ending right before token `end` (not before `lo`):
/// "100,000 surgical masks and [20 ventilators] donated", "[35,000 tonnes of
/// maize] donated".
fn np_before(s: &Sent, lo: usize, end: usize) -> Option<(usize, usize)> {
    let mut a = end;
    while a > lo {
        let t = &s.toks[a - 1];
        let w = t.l();
        let inner_of = w == "of" && a < end;
        if s.blocked[a - 1]
            || !t.word
            || (text::is_function_word(w) && !inner_of)
            || (w.len() > 4 && w.ends_with("ed"))
        {
            break;
        }
        a -= 1;
    }
    if a > lo && DETERMINERS.contains(&s.lower(a - 1)) {
        a -= 1;
    }
    // (read up to `end` only: a participle not in -ed, "a pump paid for by
    // X", would otherwise run on into the phrase)
    noun_phrase(&s.toks[..end], a, &s.blocked).filter(|&(x, b)| b <= end && x < b)
}

/// The "and" (or ", and") before a verb trigger at `t0` that has nothing
/// of its own between them but adverbs and auxiliaries ("and later met",
/// "and will sign"): where the subject of the first verb is to be looked
/// for. `cs` is the trigger's clause start, which such an "and" sets.
fn shared_subject_verb(s: &Sent, cs: usize, t0: usize) -> Option<usize> {
    let w = s.lower(t0);
    let verb_like = !s.toks.get(t0)?.cap
        && (w.ends_with("ed")
            || matches!(
                w,
                "met"
                    | "meet"
                    | "held"
                    | "hold"
                    | "gave"
                    | "give"
                    | "sent"
                    | "send"
                    | "sign"
                    | "visit"
                    | "donate"
                    | "provide"
                    | "pledge"
                    | "flew"
                    | "fly"
                    | "travel"
                    | "arrive"
                    | "hand"
                    | "agree"
                    | "deliver"
            ));
    if !verb_like {
        return None;
    }
    let mut a = t0;
    while a > 0 && (is_adverb(s.lower(a - 1)) || is_aux(s.lower(a - 1))) {
        a -= 1;
    }
    // ("and is due to travel to Carriacou", "and plans to visit Ankara")
    if let Some(b) = intention_group_start(s, a) {
        a = b;
        while a > 0 && (is_adverb(s.lower(a - 1)) || is_aux(s.lower(a - 1))) {
            a -= 1;
        }
    }
    if a == 0 || s.lower(a - 1) != "and" || a < cs {
        return None;
    }
    let and = a - 1;
    let v = if and > 0 && s.lower(and - 1) == "," {
        and - 1
    } else {
        and
    };
    (v > 0).then_some(v)
}

/// The subject of a verb trigger at `t0` that comes right after the comma
/// closing a relative clause (over auxiliaries, adverbs and a verb group of
/// intention): the name before ", who" / ", which" ("Seamus Boyle, who
/// chairs the council, will travel to Zagreb"; "X, who met Y on Monday,
/// is due to visit Z"). The relative clause may hold commas of its own, not
/// a colon, semicolon, bracket or quote mark.
fn antecedent_before_relative(
    doc: &Document,
    s: &Sent,
    filler: &Filler,
    t0: usize,
) -> Option<Fill> {
    let skip = |mut b: usize| {
        while b > 0 && (is_adverb(s.lower(b - 1)) || is_aux(s.lower(b - 1))) {
            b -= 1;
        }
        b
    };
    let mut b = skip(t0);
    if let Some(g) = intention_group_start(s, b) {
        b = skip(g);
    }
    let comma = b.checked_sub(1).filter(|&c| s.lower(c) == ",")?;
    let who = (comma.saturating_sub(30)..comma)
        .rev()
        .take_while(|&j| !matches!(s.lower(j), ";" | ":" | "\"" | "“" | "”" | "(" | ")"))
        .find(|&j| matches!(s.lower(j), "who" | "which"))?;
    let before = who.checked_sub(1).filter(|&c| s.lower(c) == ",")?;
    let m = s.mention_ending(before)?;
    entity_ok(doc, filler, m.idx).then(|| fill_of(s, m))
}

/// "Agromaq S.A., the dealer in Encarnación that supplied the machines,
/// donated …", "Acme, a firm which builds pumps, will give …": a verb right
/// after the comma that closes an apposition with a relative clause of its
/// own has the name before the apposition as its subject (the clause word
/// would otherwise start the subject's clause inside the apposition).
fn name_before_apposition(doc: &Document, s: &Sent, filler: &Filler, t0: usize) -> Option<Fill> {
    let mut b = t0;
    while b > 0 && (is_adverb(s.lower(b - 1)) || is_aux(s.lower(b - 1))) {
        b -= 1;
    }
    if let Some(g) = intention_group_start(s, b) {
        b = g;
    }
    let comma = b.checked_sub(1).filter(|&c| s.lower(c) == ",")?;
    let stop = |j: usize| matches!(s.lower(j), "," | ";" | ":" | "\"" | "“" | "”" | "(" | ")");
    let clause_word = (comma.saturating_sub(25)..comma)
        .rev()
        .take_while(|&j| !stop(j))
        .find(|&j| matches!(s.lower(j), "that" | "who" | "which"))?;
    let open = (comma.saturating_sub(30)..clause_word)
        .rev()
        .find(|&j| stop(j))
        .filter(|&j| s.lower(j) == ",")?;
    if !matches!(s.lower(open + 1), "the" | "a" | "an") || open + 2 >= clause_word {
        return None;
    }
    let m = s.mention_ending(open)?;
    entity_ok(doc, filler, m.idx).then(|| fill_of(s, m))
}

/// The start of a short verb group of intention that ends right before
/// the infinitive at `a` ("is due to", "are expected to", "plans to"): it
/// passes its subject on to the infinitive, as an auxiliary does.
fn intention_group_start(s: &Sent, a: usize) -> Option<usize> {
    if a < 2 || s.lower(a - 1) != "to" || !INTENDS.contains(&s.lower(a - 2)) {
        return None;
    }
    let b = a - 2;
    let be = b > 0
        && matches!(
            s.lower(b - 1),
            "is" | "are" | "was" | "were" | "been" | "be"
        );
    Some(if be { b - 1 } else { b })
}

/// The name that an apposition set off by commas describes, when the comma
/// at `k` closes the apposition and opens a relative clause: "said Salim al-Harthy,
/// the fund's operations director, who flew in …", "Ana Betancor, the
/// Canarian government's councillor for agriculture, livestock and
/// fisheries, who …" (a comma inside the apposition before a word that
/// is no determiner is no name's end). The apposition opens with "the",
/// "a" or a possessive, within 16 words, and holds no clause ("who",
/// "which", "that", ";", a speech verb, a bracket or a quote mark: "TWA,
/// which is controlled by Carl Icahn, said it watches USAir, which …" is
/// no apposition of Icahn's).
fn antecedent_over_apposition(s: &Sent, k: usize) -> Option<TokRange> {
    if s.lower(k) != "," {
        return None;
    }
    for j in (k.saturating_sub(16)..k).rev() {
        match s.lower(j) {
            "," => {
                let opens = matches!(
                    s.lower(j + 1),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their"
                );
                if let Some(m) = s.mention_ending(j).filter(|_| opens) {
                    return Some(m);
                }
            }
            "who" | "which" | "that" | ";" | ":" | "(" | ")" | "\"" | "“" | "”" => return None,
            _ if s.speech[j] => return None,
            _ => {}
        }
    }
    None
}

/// The comma that closes a relative clause ("X, who arrived in Amman on
/// Wednesday, met …") holding token `k`, when the trigger at `t0` comes
/// right after it (over adverbs): the clause is about something else.
fn relative_clause_end(s: &Sent, k: usize, t0: usize) -> Option<usize> {
    let who = (k.saturating_sub(12)..k)
        .rev()
        .take_while(|&j| !matches!(s.lower(j), "," | ";" | ":"))
        .find(|&j| matches!(s.lower(j), "who" | "which"))?;
    if who == 0 || s.lower(who - 1) != "," {
        return None;
    }
    let mut b = t0;
    while b > k && (is_adverb(s.lower(b - 1)) || is_aux(s.lower(b - 1))) {
        b -= 1;
    }
    let c = b.checked_sub(1)?;
    (c >= k && s.lower(c) == "," && !(k..c).any(|j| s.lower(j) == ",")).then_some(c)
}

/// Where a trigger's object starts, after `t1`: past adverbs and a date
/// ("donated recently", "met Tuesday with").
fn object_start(s: &Sent, t1: usize) -> usize {
    let n = s.toks.len();
    let mut p = t1;
    while p < n
        && (s.blocked[p]
            || matches!(
                s.lower(p),
                "also"
                    | "recently"
                    | "jointly"
                    | "officially"
                    | "formally"
                    | "today"
                    | "yesterday"
                    | "here"
                    | "on"
                    | "last"
                    | "this"
            ) && (s.blocked.get(p + 1).copied().unwrap_or(false)
                || !matches!(s.lower(p), "on" | "last" | "this")))
    {
        p += 1;
    }
    p
}

/// The end of a name at `p` that a counted second object follows: "gave
/// Syria 500 tents", "sent the Red Cross 20,000 masks" (the name is who receives,
/// the count the goods). Not a name that modifies goods ("donated Pfizer
/// vaccines").
fn first_object_end(s: &Sent, p: usize) -> Option<usize> {
    let m = s.mention_starting(skip_dets(s, p))?;
    let next = s.toks.get(m.t1)?;
    let counted = next.lower.starts_with(|ch: char| ch.is_ascii_digit())
        || amount_at(&s.toks, m.t1, &s.blocked).is_some();
    counted.then_some(m.t1)
}

/// "the government in [Taipei]", "the authorities in [Skopje]": a
/// capital at `k` after "in" that names the state whose government it
/// seats (a donor: "The government in Taipei donated the ambulance").
fn governs_from_capital(s: &Sent, k: usize) -> bool {
    k >= 2 && s.lower(k - 1) == "in" && matches!(s.lower(k - 2), "government" | "authorities")
}

/// A further lot of a gift told before, at token `p`: a noun phrase opened
/// by a word of continuation — "a second"/"a third"/… or "a further",
/// "another", a count and "more" — over the noun phrase after it: "[a
/// second, smaller transmitter]", "[a further 2,000 vials of insulin]",
/// "[eight more tanks]", and the cue alone standing for the goods just
/// told ("[four more]", "[a fourth]", "[a second one]"). Not money (the
/// money slots' job: "a further €300,000"), nor "more" alone ("more
/// support").
fn further_lot(s: &Sent, p: usize) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let w = |k: usize| if k < n { s.lower(k) } else { "" };
    let ordinal = |x: &str| {
        matches!(
            x,
            "second" | "third" | "fourth" | "fifth" | "sixth" | "further"
        )
    };
    let counted = |x: &str| text::is_number_word(x) || x.starts_with(|c: char| c.is_ascii_digit());
    let k = if matches!(w(p), "a" | "an") && ordinal(w(p + 1)) {
        p + 2
    } else if w(p) == "another" {
        p + 1
    } else if counted(w(p)) && w(p + 1) == "more" {
        p + 2
    } else {
        return None;
    };
    if (p..k).any(|j| s.blocked[j]) || amount_at(&s.toks, k, &s.blocked).is_some_and(|a| a.money) {
        return None;
    }
    // "a second, smaller transmitter": an adjective set off by a comma
    let from = if w(k) == "," && s.toks.get(k + 1).is_some_and(|t| t.word && !t.cap) {
        k + 1
    } else {
        k
    };
    // "a second consignment of 300 tonnes": a lot noun is a trigger word
    // (blocked for other slots), the lot's head here
    let lot_noun = s.blocked.get(from).copied().unwrap_or(false)
        && s.trigger_words.iter().any(|&(t, _)| t == from);
    let end = if lot_noun {
        match noun_phrase(&s.toks, from + 1, &s.blocked) {
            Some((a, b)) if a == from + 1 && s.lower(from + 1) == "of" => b,
            _ => from + 1,
        }
    } else {
        match noun_phrase(&s.toks, from, &s.blocked) {
            Some((a, b)) if a == from => b,
            _ => k,
        }
    };
    Some((p, end))
}

/// "also" before the trigger at `t0`, over auxiliaries and adverbs ("also
/// agreed", "had also agreed", "will also sign") or a light verb before a
/// noun ("also held talks"): the sentence adds an event to one told
/// before ("The two sides also agreed to set up a joint commission" is a
/// second agreement of the two, not the first retold).
fn further_event(s: &Sent, t0: usize) -> bool {
    let mut k = t0;
    if k > 0 && matches!(s.lower(k - 1), "held" | "hold" | "holds" | "had" | "have") {
        k -= 1;
    }
    while k > 0 {
        let w = s.lower(k - 1);
        if w == "also" {
            return true;
        }
        if !(is_aux(w) || is_adverb(w)) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Auxiliaries and time adverbs between a subject or "and" and its verb.
fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "later" | "will" | "would" | "has" | "have" | "had" | "afterwards" | "subsequently"
    )
}

fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly") && !matches!(w, "italy" | "july" | "family" | "only"))
        || matches!(
            w,
            "also" | "already" | "just" | "not" | "never" | "jointly" | "then" | "instead"
        )
}

/// Does `before` (lowercased text right before a place name) end with a
/// verb of going there: "travel to", "flies to", "will visit", "left for",
/// "arrived in"?
fn goes_to(before: &str) -> bool {
    const GO: &[&str] = &[
        "travel to",
        "travels to",
        "travelled to",
        "traveled to",
        "travelling to",
        "traveling to",
        "fly to",
        "flies to",
        "flew to",
        "flying to",
        "go to",
        "goes to",
        "went to",
        "going to",
        "head to",
        "heads to",
        "headed to",
        "heading to",
        "leave for",
        "leaves for",
        "left for",
        "leaving for",
        "arrive in",
        "arrives in",
        "arrived in",
        "arriving in",
        "visit",
        "visits",
        "visited",
        "visiting",
        "return to",
        "returns to",
        "returned to",
        "returning to",
        "come to",
        "comes to",
        "came to",
    ];
    GO.iter().any(|g| {
        before.ends_with(g)
            && before[..before.len() - g.len()]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric())
    })
}

/// Nouns that name an occasion a statement can be made at ("said at the
/// handover", "told reporters after the talks"), with the event types that
/// occasion is (empty: any type but statements).
const OCCASIONS: &[(&str, &[&str])] = &[
    ("talks", &["meeting"]),
    ("meeting", &["meeting"]),
    ("meetings", &["meeting"]),
    ("summit", &["meeting"]),
    ("conference", &["meeting"]),
    ("session", &["meeting"]),
    ("consultations", &["meeting"]),
    ("videoconference", &["meeting"]),
    ("call", &["meeting"]),
    ("signing", &["agreement"]),
    ("handover", &["donation"]),
    ("hand-over", &["donation"]),
    ("visit", &["visit"]),
    ("trip", &["visit"]),
    ("tour", &["visit"]),
    ("ceremony", &[]),
    // the audience a speaker "told" is at the occasion: "told the crowd",
    // "told guests", "told councillors" (a council meeting)
    ("crowd", &[]),
    ("guests", &[]),
    ("audience", &[]),
    ("gathering", &[]),
    ("councillors", &["meeting"]),
    ("councilors", &["meeting"]),
    ("delegates", &["meeting"]),
    ("committee", &["meeting"]),
];

/// [`OCCASIONS`] that are an audience, which "told" takes without an
/// article ("told guests", "told councillors").
const AUDIENCES: &[&str] = &[
    "crowd",
    "guests",
    "audience",
    "gathering",
    "councillors",
    "councilors",
    "delegates",
];

/// The event types of the occasion `words` name after "at", "after",
/// "during", "following" or "sidelines" ("told reporters after the talks",
/// "on the sidelines of the summit"), or, with `leading_article`, after a
/// first "the"/"a"/"an" ("told the closing session"): the first occasion
/// noun within five words, unless a news or press conference (empty: any
/// type but statements).
///
/// With `determiner`, a definite determiner must follow the cue ("after the talks",
/// "during his visit", "on the sidelines of the summit"), and the noun comes
/// within three words of it: "at Yokosuka to visit" names no occasion.
fn occasion_kinds<S: AsRef<str>>(
    words: &[S],
    leading_article: bool,
    determiner: bool,
) -> Option<&'static (&'static str, &'static [&'static str])> {
    for (k, w) in words.iter().enumerate() {
        let w = w.as_ref();
        let article = leading_article && k == 0 && matches!(w, "the" | "a" | "an");
        // "told guests", "told councillors": an audience without article
        let audience = leading_article && k == 0 && AUDIENCES.contains(&w);
        if !article
            && !audience
            && !matches!(w, "at" | "after" | "during" | "following" | "sidelines")
        {
            continue;
        }
        let mut start = if article || audience { k } else { k + 1 };
        if w == "sidelines" && words.get(start).is_some_and(|w| w.as_ref() == "of") {
            start += 1;
        }
        let mut reach = 5;
        if determiner {
            let det = words.get(start).map(|w| w.as_ref());
            // (definite: "at a meeting of the committee" is a new occasion)
            if !matches!(det, Some("the" | "his" | "her" | "its" | "their" | "this")) {
                continue;
            }
            start += 1;
            reach = 3;
        }
        for j in start..(start + reach).min(words.len()) {
            let Some(occasion) = OCCASIONS.iter().find(|(o, _)| *o == words[j].as_ref()) else {
                continue;
            };
            // "at a joint news conference after the talks": not the news
            // conference
            if !(j > 0 && matches!(words[j - 1].as_ref(), "news" | "press")) {
                return Some(occasion);
            }
            break;
        }
    }
    None
}

/// Whether [`occasion_kinds`] may find an occasion among the first 16 words
/// of `text`, lowercased and split as its callers split them: not when
/// `text` is ASCII and none of those words is a cue ("at", "after", …) or,
/// with `leading_article`, an article first, the only words its search
/// starts from. Most statements name no occasion, and this spares them the
/// lowercased copy and the word list (non-ASCII text always may:
/// lowercasing can change where it splits).
fn may_name_occasion(text: &str, leading_article: bool) -> bool {
    if !text.is_ascii() {
        return true;
    }
    const CUES: [&str; 5] = ["at", "after", "during", "following", "sidelines"];
    text.as_bytes()
        .split(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
        .filter(|w| !w.is_empty())
        .take(16)
        .enumerate()
        .any(|(k, w)| {
            let is = |c: &str| w.eq_ignore_ascii_case(c.as_bytes());
            CUES.iter().any(|c| is(c))
                || (leading_article
                    && k == 0
                    && ["the", "a", "an"].iter().chain(AUDIENCES).any(|a| is(a)))
        })
}

#[cfg(test)]
mod may_name_occasion_tests {
    use super::*;

    /// Where the gate says no, the full search (lowercase, split, first 16
    /// words) finds no occasion, with and without a leading article and a
    /// determiner; random texts of cues, articles, occasion nouns and other
    /// words in mixed case, with punctuation and an occasional non-ASCII word.
    #[test]
    fn no_only_where_no_occasion_is_found() {
        let pieces = [
            "at",
            "AT",
            "After",
            "during",
            "Following",
            "sidelines",
            "of",
            "the",
            "The",
            "a",
            "An",
            "his",
            "talks",
            "summit",
            "visit",
            "news",
            "conference",
            "hand-over",
            "signing",
            "said",
            "minister",
            "Paris",
            "at-home",
            "Ödön",
            "’s",
            "meeting",
            "Guests",
            "councillors",
            "crowd",
        ];
        let gaps = [" ", ", ", "-", ". ", "  ", "(", " - "];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut gated = 0;
        for _ in 0..20_000 {
            let n = (next() % 24) as usize;
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                text.push_str(gaps[(next() % gaps.len() as u64) as usize]);
            }
            let lower = text.to_lowercase();
            let words: Vec<&str> = lower
                .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                .filter(|w| !w.is_empty())
                .take(16)
                .collect();
            for leading_article in [false, true] {
                if may_name_occasion(&text, leading_article) {
                    continue;
                }
                gated += 1;
                for determiner in [false, true] {
                    assert!(
                        occasion_kinds(&words, leading_article, determiner).is_none(),
                        "{text:?}"
                    );
                }
            }
        }
        assert!(
            gated > 1_000,
            "the gate says no too seldom to test: {gated}"
        );
    }
}

/// Undated statements that the text ties to a dated occasion take its date:
/// "said at the handover", "told reporters after the signing", "told the
/// closing session" (the latest such event told so far), and "She said …"
/// right after the same speaker's dated statement ("X told a briefing today.
/// She said …"): one occasion, one date.
#[inline(never)] // (out of line: profiles show its cost)
fn date_statements_from_context(
    doc: &Document,
    sentences: &[Span],
    statement: &str,
    events: &mut [Event],
) {
    let text = &doc.text;
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != statement || e.date.is_some() || e.sentence >= sentences.len() {
            continue;
        }
        // The words after the verb, up to the reported content or a break.
        let content = e
            .arguments
            .iter()
            .find(|a| a.role == "content")
            .map(|a| a.span);
        let end = match content {
            Some(c) if c.start >= e.trigger.end => c.start,
            _ => sentences[e.sentence].end,
        };
        let Some(after) = text.get(e.trigger.end..end.max(e.trigger.end)) else {
            continue;
        };
        let after = after
            .split([',', ';', '"', '“', '”', '—', '('])
            .next()
            .unwrap_or("");
        let trigger = e.trigger.text(text);
        let told = ["told", "tell", "tells"]
            .iter()
            .any(|w| trigger.eq_ignore_ascii_case(w));
        // (most statements name no occasion: no word list for them)
        let words: Vec<String> = if may_name_occasion(after, told) {
            after
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .take(16)
                .map(str::to_lowercase)
                .collect()
        } else {
            Vec::new()
        };
        let occasion = occasion_kinds(&words, told, false)
            .or_else(|| fronted_occasion(text, sentences[e.sentence], e.trigger, content));
        // "said at the wharf", "told reporters on the tarmac", "she said
        // afterwards": an occasion the text only implies, the one told
        // before (any type), else the lead's
        let implied = occasion.is_none()
            && (implies_occasion(after) || {
                // ("she said afterwards that …": a word the content took)
                let next = text.get(e.trigger.end..).unwrap_or("").trim_start();
                ["afterwards ", "afterward "].iter().any(|w| {
                    next.get(..w.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(w))
                })
            });
        let Some((noun, kinds)) = occasion.or(implied.then_some(&("", &[] as &[&str]))) else {
            continue;
        };
        let source = events[..]
            .iter()
            .filter(|o| {
                o.kind != statement
                    && o.status == EventStatus::Happened
                    && o.sentence <= e.sentence
                    && o.date.as_deref().and_then(parse_day).is_some()
                    && (kinds.is_empty() || kinds.contains(&o.kind.as_str()))
            })
            // (an event the occasion names outranks a later one of its
            // kind: "signed a road map. A day earlier, … agreed to …. …
            // said at the signing ceremony" is the signing's day)
            .max_by_key(|o| {
                (
                    names_occasion(o.trigger.text(text), noun),
                    o.sentence,
                    o.trigger.start,
                )
            })
            .map(|o| (o.date.clone(), o.timex, o.sentence))
            .or_else(|| {
                // (no event told dates an occasion of any type, a
                // ceremony, a crowd, one implied: the day the lead tells)
                if !kinds.is_empty() {
                    return None;
                }
                let t = lead_day(doc, sentences, e.sentence)?;
                Some((Some(event_date(doc, t)), Some(t), doc.timexes[t].sentence))
            });
        if let Some((date, timex, from)) = source {
            link_date(doc, &mut events[i], date, timex, from);
        }
    }
    date_interview_statements(doc, sentences, statement, events);
    // The same speaker's next words on the same occasion.
    let speaker = |e: &Event| {
        e.arguments
            .iter()
            .find(|a| a.role == "speaker")
            .and_then(|a| a.entity)
    };
    let mut last: Option<usize> = None;
    for i in 0..events.len() {
        if events[i].kind != statement {
            continue;
        }
        if let Some(p) = last {
            let (prev, cur) = (&events[p], &events[i]);
            // (a quote with no verb of its own is the speaker's last words
            // continued, not a new saying)
            let own_verb = |e: &Event| {
                e.arguments
                    .iter()
                    .all(|a| a.role != "content" || !a.span.overlaps(e.trigger))
            };
            // (only a date the text gives the saying in its own sentence:
            // "told a briefing today. She said …"; a date taken from an
            // occasion, "said at the signing. He said …", stays with it)
            let follows = cur.date.is_none()
                && prev.date.is_some()
                && prev.date_basis == DateBasis::SameSentence
                && own_verb(cur)
                && speaker(cur).is_some()
                && speaker(cur) == speaker(prev)
                && cur.sentence <= prev.sentence + 1
                && same_paragraph(text, sentences, prev.sentence, cur.sentence);
            if follows {
                let (date, timex, from) = (prev.date.clone(), prev.timex, prev.sentence);
                link_date(doc, &mut events[i], date, timex, from);
            }
        }
        last = Some(i);
    }
}

/// Places a statement is made at on the occasion the story tells ("said
/// at the wharf", "told reporters on the tarmac", "speaking on the quay").
const OCCASION_PLACES: &[&str] = &[
    "wharf", "quay", "quayside", "tarmac", "airstrip", "runway", "jetty", "pier", "dock",
    "dockside", "harbour", "harbor", "vestry", "podium", "lectern", "chamber",
];

/// Whether the words after a speech verb (up to its content or a comma)
/// imply an occasion the story told without naming it: "afterwards"
/// ("she said afterwards"), or "at"/"on" and "the" before a place of one
/// ([`OCCASION_PLACES`]: "said at the wharf", "told reporters on the
/// tarmac"), also an audience there ("told the chamber").
fn implies_occasion(after: &str) -> bool {
    let mut prev: [&str; 2] = ["", ""];
    for (k, w) in after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(8)
        .enumerate()
    {
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if is("afterwards") || is("afterward") {
            return true;
        }
        if OCCASION_PLACES.iter().any(|p| is(p))
            && prev[1].eq_ignore_ascii_case("the")
            && (matches!(prev[0].to_ascii_lowercase().as_str(), "at" | "on") || k == 1)
        {
            return true;
        }
        prev = [prev[1], w];
    }
    false
}

/// The day the lead of the story (its first sentence that is no title)
/// dates, up to the statement's sentence `limit`: the occasion a story
/// that says no more is about. Not the dateline's date ("PHNOM PENH, Oct
/// 15 (Mekong Wire) -"), which dates the writing.
fn lead_day(doc: &Document, sentences: &[Span], limit: usize) -> Option<usize> {
    let text = &doc.text;
    let mut lead = (0..sentences.len().min(3)).find(|&i| !is_headline(text, sentences, i))?;
    // (a dateline split off as a sentence of its own: "SANTA ROSA, May 4
    // (Wire) -")
    if sentences[lead]
        .text(text)
        .trim_end()
        .ends_with(['-', '—', '–'])
    {
        lead += 1;
    }
    if lead > limit {
        return None;
    }
    doc.timexes.iter().enumerate().find_map(|(i, t)| {
        let after = text.get(t.span.end..).unwrap_or("").trim_start();
        let dateline = after.starts_with(['(', '-', '—', '–']);
        // (a time of that day too: "voted on Monday evening")
        let kind_ok = match t.kind {
            TimexType::Date => true,
            TimexType::Time => !crate::timex::is_entry_stamp(text, t.span),
            _ => false,
        };
        (t.sentence == lead && kind_ok && !dateline && parse_day(&event_date(doc, i)).is_some())
            .then_some(i)
    })
}

/// "We spoke to her by phone on Tuesday.": in an interview, what the
/// person interviewed says after is said that day. Undated statements
/// after such a sentence ("we" or "I" and "spoke to", "talked to", "spoke
/// with", "talked with", "interviewed", with a day in it) take its date.
#[inline(never)] // (out of line: profiles show its cost)
fn date_interview_statements(
    doc: &Document,
    sentences: &[Span],
    statement: &str,
    events: &mut [Event],
) {
    let text = &doc.text;
    let Some((t, si)) = doc.timexes.iter().enumerate().find_map(|(i, t)| {
        let s = sentences.get(t.sentence)?.text(text);
        // Cheapest tests first: nearly no sentence opens with "We " or
        // "I ", and then the five substring searches are skipped.
        let opens = ["We ", "I "].iter().any(|p| s.starts_with(p));
        if !opens || t.kind != TimexType::Date {
            return None;
        }
        let verb = [
            " spoke to ",
            " spoke with ",
            " talked to ",
            " talked with ",
            " interviewed ",
        ]
        .iter()
        .any(|v| s.contains(v));
        (verb && parse_day(&event_date(doc, i)).is_some()).then_some((i, t.sentence))
    }) else {
        return;
    };
    let date = event_date(doc, t);
    for e in events.iter_mut() {
        if e.kind == statement && e.date.is_none() && e.sentence > si {
            link_date(doc, e, Some(date.clone()), Some(t), si);
        }
    }
}

/// "will be signed in the coming weeks", "talks would resume in the coming
/// days", "will donate 500 tents soon": a vague future (`FUTURE_REF`) says
/// the event is to come, which its status tells, and dates nothing: the
/// event's date is `null` (the corpus labels from article 121 on).
/// "Donors pledged $9 billion to help Pakistan. … The World Bank pledged
/// $2 billion, Saudi Arabia $1 billion": at a pledging round, a gift of
/// money that names no recipient goes to the country the round is for,
/// the country recipient of the gift told just before (within a few
/// sentences; a gift in between that names another recipient ends it). Not
/// a giver's gift to itself, and only money ("X donated 500 tents" with no
/// recipient may go anywhere).
#[inline(never)] // (out of line: profiles show its cost)
fn recipients_from_appeal(doc: &Document, events: &mut [Event]) {
    const REACH: usize = 12;
    let mut last: Option<(usize, Argument)> = None;
    for e in events.iter_mut() {
        if e.kind != "donation" {
            continue;
        }
        let recipients: Vec<&Argument> = e
            .arguments
            .iter()
            .filter(|a| a.role == "recipient")
            .collect();
        if !recipients.is_empty() {
            last = match recipients.as_slice() {
                [a] if a
                    .entity
                    .is_some_and(|i| doc.entities[i].kind == EntityType::Country) =>
                {
                    Some((e.sentence, (*a).clone()))
                }
                _ => None,
            };
            continue;
        }
        let Some((ls, arg)) = &last else {
            continue;
        };
        if e.sentence > ls + REACH || !e.arguments.iter().any(|a| a.role == "amount") {
            continue;
        }
        if e.arguments
            .iter()
            .any(|a| a.role == "donor" && a.entity.is_some() && a.entity == arg.entity)
        {
            continue;
        }
        let (ls, arg) = (*ls, arg.clone());
        e.arguments.push(arg);
        if !e.evidence_sentences.contains(&ls) {
            e.evidence_sentences.push(ls);
        }
        // (the chain goes on from here: "… Saudi Arabia $1 billion and the
        // European Union €500 million")
        if let Some((s, _)) = last.as_mut() {
            *s = e.sentence;
        }
    }
}

/// "The governor of Uvs, X, did not attend.", "the ambassador did not
/// attend the ceremony": a visit negated by staying away from the occasion
/// just told (`visit.absent`). Only when nothing is attended (the clause
/// ends) or an occasion is ("the ceremony", "Tuesday's handover"): "did
/// not attend school / the hearing" is kept out. Dated by no timex of its
/// own, it was missed on that occasion's day: the day of the latest earlier
/// event (statements aside) that happened on a known day.
#[inline(never)] // (out of line: profiles show its cost)
fn date_absences_from_occasion(doc: &Document, events: &mut Vec<Event>) {
    let text = doc.text.as_str();
    if !events.iter().any(|e| e.rule == "visit.absent") {
        return;
    }
    events.retain(|e| e.rule != "visit.absent" || absent_from_occasion(text, e.trigger.end));
    // "was due to attend the opening but sent her deputy": the plan failed.
    // A plan with no "but" after it tells no absence.
    events.retain_mut(|e| {
        if e.rule != "visit.absent" || !after_a_plan(text, e.trigger.start) {
            return true;
        }
        let rest = text.get(e.trigger.end..).unwrap_or("");
        let clause = rest.split(['.', ';', '\n']).next().unwrap_or("");
        if clause.contains(" but ") {
            e.status = EventStatus::Negated;
            true
        } else {
            false
        }
    });
    for i in 0..events.len() {
        let e = &events[i];
        if e.date.is_some() || e.status != EventStatus::Negated || e.rule != "visit.absent" {
            continue;
        }
        // "did not attend Tuesday's handover": the occasion's own day
        let end = e.trigger.end;
        let own = doc.timexes.iter().position(|t| {
            t.span.start >= end
                && text
                    .get(end..t.span.start)
                    .is_some_and(|g| matches!(g.trim(), "" | "the" | "this"))
                && text.get(t.span.end..).is_some_and(|r| r.starts_with("'s"))
        });
        if let Some(t) = own {
            let ts = doc.timexes[t].sentence;
            link_date(doc, &mut events[i], Some(event_date(doc, t)), Some(t), ts);
            continue;
        }
        let e = &events[i];
        let at = e.trigger.start;
        let occasion = events[..i].iter().rev().find(|p| {
            p.kind != "statement"
                && p.status == EventStatus::Happened
                && p.trigger.start < at
                && p.timex.is_some()
                && p.date.as_deref().and_then(parse_day).is_some()
        });
        let Some(p) = occasion else {
            continue;
        };
        let (date, timex) = (p.date.clone(), p.timex);
        // (the evidence holds the timex's own sentence, as for any linked date)
        let Some(ts) = timex.and_then(|t| doc.timexes.get(t)).map(|t| t.sentence) else {
            continue;
        };
        link_date(doc, &mut events[i], date, timex, ts);
    }
}

/// "Ecuador's delegation endorsed the data-sharing clauses but did not sign
/// the declaration", "Turkmenistan refused to sign the accompanying
/// protocol", "A memorandum …, which had been planned for the same
/// ceremony, was not signed": a signing refused or left undone with no date
/// of its own (and none from an agreement signed just before:
/// `date_unsigned_from_signing`) failed at the occasion just told — the
/// latest earlier event (statements aside) that happened on a known day,
/// within three sentences (a month or a season tells no occasion).
#[inline(never)] // (out of line: profiles show its cost)
fn date_unsigned_from_occasion(doc: &Document, events: &mut [Event]) {
    const WINDOW: usize = 3;
    let text = doc.text.as_str();
    for i in 1..events.len() {
        let (before, rest) = events.split_at_mut(i);
        let e = &mut rest[0];
        if e.kind != "agreement" || e.status != EventStatus::Negated || e.date.is_some() {
            continue;
        }
        let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or("");
        if !trigger
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("sign"))
        {
            continue;
        }
        let at = e.trigger.start;
        let occasion = before.iter().rev().find(|p| {
            p.kind != "statement"
                && p.status == EventStatus::Happened
                && p.trigger.start < at
                && p.sentence + WINDOW >= e.sentence
                && p.timex.is_some()
                && p.date
                    .as_deref()
                    .is_some_and(|d| d.len() == 10 && parse_day(d).is_some())
        });
        let Some(p) = occasion else { continue };
        let (date, timex) = (p.date.clone(), p.timex);
        let Some(ts) = timex.and_then(|t| doc.timexes.get(t)).map(|t| t.sentence) else {
            continue;
        };
        link_date(doc, e, date, timex, ts);
    }
}

/// "arrived in N'Djamena on Thursday for a three-day state visit", "on a
/// two-day visit that began on Wednesday", "on the second day of a state
/// visit by President X": a visit told as lasting several days (a state
/// visit, or "N-day" right before the noun) took place over the week, not
/// on the day its sentence names; it is dated by the ISO week of that day
/// (`2026-W11`), as the corpus labels it. Only a visit that happened, told
/// by the noun; not an "official" one ("a two-day official visit": dated by
/// the day of arrival), nor one "cut short" (the day it was cut short is
/// the news). The event keeps its timex: the week contains its day.
#[inline(never)] // (out of line: profiles show its cost)
fn weeks_of_multi_day_visits(doc: &Document, events: &mut [Event]) {
    let text = doc.text.as_str();
    for e in events.iter_mut() {
        if e.kind != "visit" || e.status != EventStatus::Happened {
            continue;
        }
        let Some(day) = e
            .date
            .as_deref()
            .filter(|d| d.len() == 10)
            .and_then(parse_day)
        else {
            continue;
        };
        let trigger = text.get(e.trigger.start..e.trigger.end).unwrap_or("");
        // ("arrived in Nairobi on Tuesday for a three-day state visit": the
        // arrival the state visit merged into; its noun is later in the
        // clause. Not any visit: "arrived on Monday for a three-day visit"
        // keeps the day of arrival)
        let mut noun = e.trigger;
        if !trigger.eq_ignore_ascii_case("visit") && !trigger.eq_ignore_ascii_case("state visit") {
            let hi = text.floor_char_boundary((e.trigger.end + 80).min(text.len()));
            let after = &text[e.trigger.end..hi];
            let after = after.split(['.', ';', '\n']).next().unwrap_or("");
            let Some(v) = after
                .find(" state visit")
                .filter(|&v| after[..v].contains("for a"))
            else {
                continue;
            };
            if after[v + 12..].starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            noun = Span {
                start: e.trigger.end + v + 1,
                end: e.trigger.end + v + 12,
            };
        }
        let trigger = text.get(noun.start..noun.end).unwrap_or("");
        let lo = text.floor_char_boundary(noun.start.saturating_sub(80));
        let before = text[lo..noun.start].to_ascii_lowercase();
        // (within the trigger's sentence and clause)
        let before = before.rsplit(['.', ';', '\n']).next().unwrap_or("");
        if before.contains("cut short") {
            continue;
        }
        let lead = before.trim_end();
        let state = trigger.eq_ignore_ascii_case("state visit") || lead.ends_with(" state");
        let lead = lead.strip_suffix(" state").unwrap_or(lead);
        let days = lead.rsplit([' ', '(']).next().unwrap_or("");
        let multi_day = days.strip_suffix("-day").is_some_and(|n| {
            matches!(
                n,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "2"
                    | "3"
                    | "4"
                    | "5"
                    | "6"
                    | "7"
            )
        });
        if state || multi_day {
            e.date = Some(day.format("%G-W%V").to_string());
        }
    }
}

/// "Echeverría and his Jordanian counterpart, Ayman Haddadin, signed the
/// text", "Its coordinator, Rebecca Koi, said it was negotiating a freight
/// agreement": a person who signs or negotiates for a country or a body the
/// text ties them to (an `affiliation` relation: "Uruguayan Foreign Minister
/// X", "X, coordinator of Y") acts for it, and the agreement's party is that
/// country or body, as the corpus labels it. A person with no affiliation
/// stays the party; a side named twice is kept once.
#[inline(never)] // (out of line: profiles show its cost)
fn parties_for_signers(doc: &Document, events: &mut [Event]) {
    if doc.relations.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        // (only when no side is named as a body or a state: "Bolivia signed
        // a loan deal with Chile's ambassador, X" keeps X beside Bolivia)
        if e.kind != "agreement"
            || e.arguments.iter().any(|a| {
                a.role == "party"
                    && a.entity
                        .is_none_or(|x| doc.entities[x].kind != EntityType::Person)
            })
        {
            continue;
        }
        let mut i = 0;
        while i < e.arguments.len() {
            let a = &e.arguments[i];
            // (a name, not a description resolved to one: "The two
            // ministers signed" keeps the ministers)
            let side = a
                .entity
                .filter(|&x| {
                    a.role == "party"
                        && doc.entities[x].kind == EntityType::Person
                        && doc.entities[x].mentions.iter().any(|m| m.span == a.span)
                })
                .and_then(|x| {
                    doc.relations.iter().find(|r| {
                        r.kind == "affiliation"
                            && r.subject == x
                            && matches!(
                                doc.entities[r.object].kind,
                                EntityType::Country | EntityType::Organization
                            )
                    })
                })
                .map(|r| r.object);
            let Some(side) = side else {
                i += 1;
                continue;
            };
            if e.arguments
                .iter()
                .any(|b| b.role == "party" && b.entity == Some(side))
            {
                e.arguments.remove(i);
            } else {
                e.arguments[i].entity = Some(side);
                i += 1;
            }
        }
    }
}

/// "TBILISI, Oct 21 — Estonia and Georgia signed an agreement … on the
/// second day of a state visit by Estonian President X": a visit noun in the
/// lead of a story datelined in a city, naming no place or host of its own,
/// by a visitor from another country, is a visit to the dateline's city,
/// hosted by the city's country (when the article names it), as
/// `hosts_from_place` gives a place's country.
#[inline(never)] // (out of line: profiles show its cost)
fn places_of_dateline_visits(doc: &Document, events: &mut [Event]) {
    const LEAD: usize = 1;
    let text = doc.text.as_str();
    let wanted = |e: &Event| {
        e.kind == "visit"
            && e.sentence <= LEAD
            && text
                .get(e.trigger.start..e.trigger.end)
                .is_some_and(|t| t.len() >= 5 && t[t.len() - 5..].eq_ignore_ascii_case("visit"))
            && !e.arguments.iter().any(|a| a.role == "place")
            && e.arguments.iter().any(|a| a.role == "visitor")
    };
    if !events.iter().any(wanted) {
        return;
    }
    let Some((_, Some(city))) = dateline_city(doc) else {
        return;
    };
    let ent = &doc.entities[city];
    if ent.kind != EntityType::Location {
        return;
    }
    let Some(code) = ent.attributes.get("country") else {
        return;
    };
    let Some(span) = ent.mentions.first().map(|m| m.span) else {
        return;
    };
    let country = doc
        .entities
        .iter()
        .position(|c| c.kind == EntityType::Country && c.kb_id.as_deref() == Some(code.as_str()));
    for e in events.iter_mut() {
        if !wanted(e) {
            continue;
        }
        let visitor_countries = visitor_countries(doc, e);
        if visitor_countries.is_empty() || visitor_countries.iter().any(|c| c == code) {
            continue;
        }
        e.arguments.push(Argument {
            role: "place".to_string(),
            span,
            entity: Some(city),
            value: None,
        });
        if let Some(country) = country.filter(|_| !e.arguments.iter().any(|a| a.role == "host")) {
            e.arguments.push(Argument {
                role: "host".to_string(),
                span,
                entity: Some(country),
                value: None,
            });
        }
    }
}

/// "Health Minister X was due to visit the camp on Monday, August 17, …, but
/// his office said on Wednesday that he would stay in Port Moresby", "was
/// due to visit in August, but his trip was cancelled": a visit told as a
/// past schedule ("was due to", "were expected to" …) that the same
/// sentence goes on to contradict with "but" did not take place: negated,
/// whatever its date (`past_plans_called_off` needs the day to be past).
#[inline(never)] // (out of line: profiles show its cost)
fn visits_due_but(doc: &Document, events: &mut [Event]) {
    const PLANS: &[&str] = &[
        "was due to",
        "were due to",
        "was expected to",
        "were expected to",
        "was scheduled to",
        "were scheduled to",
        "was set to",
        "were set to",
    ];
    let text = doc.text.as_str();
    for e in events.iter_mut() {
        if e.kind != "visit" || e.status != EventStatus::Planned {
            continue;
        }
        let Some(sent) = doc.sentences.get(e.sentence) else {
            continue;
        };
        let lo = text.floor_char_boundary(e.trigger.start.saturating_sub(24));
        let before = text[lo..e.trigger.start].trim_end().to_ascii_lowercase();
        if !PLANS.iter().any(|p| before.ends_with(p)) {
            continue;
        }
        let rest = text
            .get(e.trigger.end..sent.end.max(e.trigger.end))
            .unwrap_or("");
        if rest.contains(", but ") {
            e.status = EventStatus::Negated;
        }
    }
}

/// Agreement nouns whose lowercase modifiers say what the agreement is
/// about (`topics_before_agreement_nouns`).
const TOPIC_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "deals",
    "contract",
    "contracts",
    "protocol",
    "memorandum",
    "accord",
    "pact",
    "treaty",
    "charter",
];

/// Modifiers of an agreement noun that tell its kind or state, not its
/// subject ("a new agreement", "the final text").
const NO_TOPIC_WORDS: &[&str] = &[
    "new",
    "similar",
    "formal",
    "final",
    "separate",
    "bilateral",
    "draft",
    "joint",
    "first",
    "second",
    "third",
    "fourth",
    "last",
    "long-term",
    "landmark",
    "historic",
    "proposed",
    "possible",
    "broad",
    "interim",
    "preliminary",
    "comprehensive",
    "major",
    "key",
    "such",
    "other",
    "same",
    "another",
    "further",
    "fresh",
    "binding",
    "written",
    "official",
    "main",
    "full",
    "overall",
    "original",
    "existing",
    "current",
    "previous",
    "earlier",
    "planned",
    "signed",
    "tentative",
    "definitive",
    "general",
    "wider",
    "larger",
    "big",
    "small",
    "several",
    "two",
    "three",
    "four",
    "five",
    "both",
    "each",
    "any",
    "no",
    "this",
    "that",
    "these",
    "those",
    "an",
    "a",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "whose",
    "which",
    "what",
    "and",
    "or",
    "of",
    "in",
    "on",
    "to",
    "for",
    "with",
    "framework",
    "intergovernmental",
    "umbrella",
    "prior",
    "more",
    "exclusive",
    "present",
    "international",
    "working",
    "economic",
    "political",
    "merely",
    "regional",
    "global",
    "multilateral",
];

/// "negotiating a freight and fares agreement", "refused to sign a
/// maintenance agreement", "signed the cost-sharing agreement at the
/// meeting": an agreement with no topic of its own takes the lowercase words
/// that modify its noun (the trigger, or the agreement noun within a few
/// words after a signing verb), as the corpus labels them ("freight and
/// fares", "maintenance", "cost-sharing"; a term stays: "three-year
/// maintenance"). Not a word of kind or state ("new", "final",
/// "bilateral", "framework"), a number, a name or a possessive.
#[inline(never)] // (out of line: profiles show its cost)
fn topics_before_agreement_nouns(doc: &Document, events: &mut [Event]) {
    let text = doc.text.as_str();
    for e in events.iter_mut() {
        if e.kind != "agreement" || e.arguments.iter().any(|a| a.role == "topic") {
            continue;
        }
        let Some(sent) = doc.sentences.get(e.sentence) else {
            continue;
        };
        // The words of the trigger's sentence from a little before it, with
        // their byte spans.
        let lo = text.floor_char_boundary(e.trigger.start.saturating_sub(60).max(sent.start));
        let hi = text.floor_char_boundary((e.trigger.end + 60).min(sent.end.max(e.trigger.end)));
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text[lo..hi].char_indices() {
            let at = lo + i;
            let part = c.is_alphanumeric() || c == '-' || c == '\'' || c == '$';
            match (part, start) {
                (true, None) => start = Some(at),
                (false, Some(st)) => {
                    words.push((st, at));
                    start = None;
                    // punctuation ends a phrase: keep it as a one-byte word
                    if !c.is_whitespace() {
                        words.push((at, at + c.len_utf8()));
                    }
                }
                (false, None) if !c.is_whitespace() => words.push((at, at + c.len_utf8())),
                _ => {}
            }
        }
        if let Some(st) = start {
            words.push((st, hi));
        }
        let is_noun = |&(a, b): &(usize, usize)| {
            TOPIC_NOUNS
                .iter()
                .any(|n| text[a..b].eq_ignore_ascii_case(n))
        };
        let Some(first) = words.iter().position(|w| w.0 >= e.trigger.start) else {
            continue;
        };
        // the agreement noun: the trigger itself, or within six words after it
        let noun = (first..words.len().min(first + 7))
            .take_while(|&i| {
                i == first
                    || text[words[i].0..words[i].1]
                        .chars()
                        .any(char::is_alphanumeric)
            })
            .find(|&i| is_noun(&words[i]));
        let Some(noun) = noun else { continue };
        let mut from = noun;
        while from > 0 {
            let (a, b) = words[from - 1];
            let w = &text[a..b];
            let lower_word = w.chars().next().is_some_and(|c| c.is_lowercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-');
            let lw = w.to_ascii_lowercase();
            let joined = lw == "and" && from < noun && from >= 2;
            if !(lower_word
                && (joined
                    || !(NO_TOPIC_WORDS.contains(&lw.as_str()) || text::is_function_word(&lw))))
                || (lw.ends_with("ed") && lw != "shared")
            {
                break;
            }
            from -= 1;
        }
        // (never end on "and": "a trade and agreement …")
        while from < noun && text[words[from].0..words[from].1].eq_ignore_ascii_case("and") {
            from += 1;
        }
        if from == noun || from + 4 < noun || from == 0 {
            continue;
        }
        // The run opens a noun phrase: a determiner, a possessive, a number
        // or a word of kind before it ("a marketing agreement", "its
        // production cutting agreement", "joint licensing agreements"), not
        // a verb ("failed to reach agreement", "has exclusive agreements").
        let (a, b) = words[from - 1];
        let opener = text[a..b].to_ascii_lowercase();
        let opens = (NO_TOPIC_WORDS.contains(&opener.as_str())
            && !matches!(
                opener.as_str(),
                "and"
                    | "or"
                    | "of"
                    | "in"
                    | "on"
                    | "to"
                    | "for"
                    | "with"
                    | "which"
                    | "what"
                    | "whose"
                    | "signed"
                    | "planned"
                    | "more"
            ))
            || (opener == "s"
                && from >= 2
                && &text[words[from - 2].0..words[from - 2].1] == "\u{2019}")
            || opener.ends_with("'s")
            || opener.ends_with('\u{2019}')
            || opener.bytes().any(|c| c.is_ascii_digit());
        let (na, nb) = words[noun];
        if !opens || !text[na..nb].starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        // ("a trade agreement to the delight of India": a "to" after the
        // noun is where the rules look for what it commits to; what they
        // left there is no topic, and none is guessed before the noun)
        if words
            .get(noun + 1)
            .is_some_and(|&(a, b)| text[a..b].eq_ignore_ascii_case("to"))
        {
            continue;
        }
        let span = Span {
            start: words[from].0,
            end: words[noun - 1].1,
        };
        e.arguments.push(Argument {
            role: "topic".to_string(),
            span,
            entity: None,
            value: None,
        });
    }
}

/// Does "due to" or "expected to" come right before the trigger at `start`?
fn after_a_plan(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let from = before.floor_char_boundary(before.len().saturating_sub(12));
    let lower = before[from..].to_ascii_lowercase();
    lower.ends_with("due to") || lower.ends_with("expected to")
}

/// Occasions one attends or stays away from (`date_absences_from_occasion`).
const ABSENCE_OCCASIONS: &[&str] = &[
    "ceremony",
    "opening",
    "handover",
    "hand-over",
    "signing",
    "launch",
    "inauguration",
    "event",
    "celebrations",
    "celebration",
    "reception",
    "summit",
    "meeting",
    "talks",
    "conference",
    "forum",
    "funeral",
    "commemoration",
    "unveiling",
    "session",
    "dinner",
];

/// What follows "did not attend" at `end`: the end of its clause, or a
/// determiner and an occasion within three words.
fn absent_from_occasion(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let trimmed = rest.trim_start();
    if trimmed.is_empty() || trimmed.starts_with(['.', ',', ';', ':', '\u{2014}', '-']) {
        return true;
    }
    let words: Vec<String> = trimmed
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(4)
        .map(|w| w.to_lowercase())
        .collect();
    match words.first().map(String::as_str) {
        Some("but" | "and" | "because" | "after" | "as") => return true,
        Some("the" | "this" | "its" | "his" | "her" | "their" | "that") => {}
        Some(w) if w.ends_with("'s") || w.ends_with("\u{2019}s") => {}
        _ => return false,
    }
    words[1..]
        .iter()
        .any(|w| ABSENCE_OCCASIONS.contains(&w.as_str()))
}

fn undate_vague_future(events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.date.as_deref() == Some("FUTURE_REF") {
            e.date = None;
            e.timex = None;
            e.date_basis = DateBasis::None;
        }
    }
}

/// A live blog tells each entry under a time stamp that opens its
/// paragraph ("16:05 GMT — The conference has closed …"); what happened
/// and was said in an entry, also in the entry's later paragraphs, took
/// place on the stamp's day, and so did what was not done. A document is a live blog when at least two
/// paragraphs open with such a stamp. The entry ends at the next stamp or
/// at a labelled paragraph ("Catch up: …", "Background: …").
#[inline(never)] // (out of line: profiles show its cost)
fn date_live_blog_entries(doc: &Document, events: &mut [Event]) {
    let text = &doc.text;
    let stamps: Vec<usize> = doc
        .timexes
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TimexType::Time && crate::timex::is_entry_stamp(text, t.span))
        .map(|(i, _)| i)
        .collect();
    if stamps.len() < 2 {
        return;
    }
    for e in events.iter_mut() {
        // (what was not done in the entry was not done that day either:
        // "16:40 — … Huenchumilla did not sign.")
        if e.date.is_some() || !matches!(e.status, EventStatus::Happened | EventStatus::Negated) {
            continue;
        }
        let Some(&t) = stamps
            .iter()
            .rev()
            .find(|&&t| doc.timexes[t].span.start <= e.trigger.start)
        else {
            continue;
        };
        let stamp = &doc.timexes[t];
        let entry = text.get(stamp.span.end..e.trigger.start).unwrap_or("");
        if entry.split('\n').skip(1).any(opens_with_label) {
            continue;
        }
        // (a stamp without a zone, "T16:05", is on the blog's own day)
        let day = event_date(doc, t);
        let (date, timex) = match parse_day(&day) {
            Some(_) => (day, Some(t)),
            None => match doc.date {
                Some(d) => (d.format("%Y-%m-%d").to_string(), None),
                None => continue,
            },
        };
        link_date(doc, e, Some(date), timex, stamp.sentence);
    }
}

/// "had been due to travel to Montevideo in September", "had planned to
/// visit Luang Namtha in May", "a meeting, which was to have taken place on
/// Wednesday": a meeting or visit told as a plan in the past perfect is
/// told because it fell through (what happened instead follows: "but the
/// trip was called off"); it is negated. "was/were due to" only for a day
/// already past at the document date. A plan in the present ("is due to",
/// "plans to") stays planned.
#[inline(never)] // (out of line: profiles show its cost)
fn past_plans_called_off(doc: &Document, sentences: &[Span], events: &mut [Event]) {
    const PAST_PLAN: [&str; 8] = [
        "had been due to",
        "had been expected to",
        "had been scheduled to",
        "had been set to",
        "had planned to",
        "had been planning to",
        "was to have",
        "were to have",
    ];
    let text = &doc.text;
    for e in events.iter_mut() {
        if e.status != EventStatus::Planned
            || !matches!(e.kind.as_str(), "meeting" | "visit")
            || e.sentence >= sentences.len()
        {
            continue;
        }
        let mut lo = e
            .trigger
            .start
            .saturating_sub(64)
            .max(sentences[e.sentence].start);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = text[lo..e.trigger.start].to_ascii_lowercase();
        // (within the trigger's clause: not past a semicolon or a dash)
        let clause = before.rsplit([';', '—', '(']).next().unwrap_or("");
        let at_word = |cue: &&str| {
            clause
                .match_indices(*cue)
                .any(|(i, _)| i == 0 || !clause.as_bytes()[i - 1].is_ascii_alphanumeric())
        };
        // "was due to meet Prime Minister X today", "was due to hold talks
        // in Japan next Tuesday": the wire's plan of the day, still to come;
        // only a day already past when the story was written ("were due to
        // meet in Puno on June 18 …" in July) tells one that fell through.
        let past_day = || {
            let end = e.date.as_deref().and_then(value_end);
            matches!((end, doc.date), (Some(end), Some(d)) if end < d)
        };
        let told = PAST_PLAN.iter().any(at_word)
            || (["was due to", "were due to"].iter().any(at_word) && past_day());
        if told {
            e.status = EventStatus::Negated;
        }
    }
}

/// A meeting or visit whose sentence sets it for an hour or a part of the
/// day ("A meeting planned for 3 p.m. has been called off", "the hearing
/// was moved to 15:00", "a call set for Tuesday afternoon", "the session
/// opens at 9 a.m.") keeps the time of day in its date, when it is planned
/// or called off: the schedule names the hour. A time with no such word
/// before it ("will hold talks at 3 p.m.", "a planned call on Tuesday
/// afternoon") and events that happened stay dated to the day
/// (`event_date`); a live blog's entry stamp is no schedule.
#[inline(never)] // (out of line: profiles show its cost)
fn time_scheduled_meetings(doc: &Document, events: &mut [Event]) {
    const SET_FOR: [&str; 16] = [
        "planned for",
        "scheduled for",
        "set for",
        "due for",
        "moved to",
        "moved back to",
        "put back to",
        "pushed back to",
        "brought forward to",
        "postponed to",
        "postponed until",
        "rescheduled for",
        "rescheduled to",
        "starts at",
        "opens at",
        "begins at",
    ];
    let text = &doc.text;
    let scheduled = |t: usize, day: &str| {
        let x = &doc.timexes[t];
        if x.kind != TimexType::Time
            || !x.value.starts_with(day)
            || x.value.as_bytes().get(10) != Some(&b'T')
            || crate::timex::is_entry_stamp(text, x.span)
        {
            return false;
        }
        let mut lo = x.span.start.saturating_sub(24);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = text[lo..x.span.start].trim_end().to_ascii_lowercase();
        let before = before.strip_suffix(" on").unwrap_or(&before);
        SET_FOR.iter().any(|cue| {
            before
                .strip_suffix(cue)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    };
    for e in events.iter_mut() {
        if !matches!(e.status, EventStatus::Planned | EventStatus::Negated)
            || !matches!(e.kind.as_str(), "meeting" | "visit")
        {
            continue;
        }
        let Some(day) = e
            .date
            .clone()
            .filter(|d| d.len() == 10 && parse_day(d).is_some())
        else {
            continue;
        };
        let own = e.timex.filter(|&t| scheduled(t, &day));
        let t = own.or_else(|| {
            if e.timex
                .is_some_and(|t| doc.timexes[t].kind == TimexType::Time)
            {
                return None;
            }
            doc.timexes
                .iter()
                .enumerate()
                .filter(|(i, x)| x.sentence == e.sentence && scheduled(*i, &day))
                .min_by_key(|(_, x)| x.span.start.abs_diff(e.trigger.start))
                .map(|(i, _)| i)
        });
        let Some(t) = t else { continue };
        let value = doc.timexes[t].value.clone();
        for a in e.arguments.iter_mut().filter(|a| a.role == "date") {
            if a.value.as_deref() == Some(day.as_str()) {
                a.value = Some(value.clone());
            }
        }
        e.date = Some(value);
    }
}

/// A line opening with a label of one or two words and a colon: "Catch
/// up: …", "Background: …" (not a speaker's "Kanemoto said: …").
fn opens_with_label(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, _)| {
        let mut words = label.split_whitespace();
        let first = words.next().unwrap_or("");
        let second = words.next();
        let speech = |w: &str| {
            w.ends_with("ed")
                || matches!(w, "said" | "says" | "told" | "tells" | "wrote" | "writes")
        };
        first.starts_with(|c: char| c.is_uppercase())
            && words.next().is_none()
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !second.is_some_and(speech)
    })
}

/// The occasion a phrase before the speaker names: "Speaking at the
/// ceremony, Zhao said …", "At the signing, the minister said …" (a
/// definite occasion, as for other events told on one). Only words before
/// the reported content: a quote that opens the sentence tells no occasion
/// of its saying.
fn fronted_occasion(
    text: &str,
    sentence: Span,
    trigger: Span,
    content: Option<Span>,
) -> Option<&'static (&'static str, &'static [&'static str])> {
    let end = content.map_or(trigger.start, |c| c.start.min(trigger.start));
    let before = text.get(sentence.start..end.max(sentence.start))?;
    if !may_name_occasion(before, false) {
        return None;
    }
    let lower = before.to_lowercase();
    let words: Vec<&str> = lower
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
        .filter(|w| !w.is_empty())
        .take(16)
        .collect();
    occasion_kinds(&words, false, true)
}

/// Two more ways a sentence names the occasion of its event: fronted
/// "Before the handover, X met Y" (the same day as the handover; not "two
/// days before the summit", which is no opening), and, for a visit, the
/// occasion a visitor came for ("who flew in from Muscat for the handover",
/// "travelled to Khovd for the ceremony"): "for" and a definite determiner,
/// the occasion noun within three words of it.
fn occasion_before_or_for<S: AsRef<str>>(
    words: &[S],
    visit: bool,
    at: usize,
) -> Option<&'static (&'static str, &'static [&'static str])> {
    let definite = |w: Option<&S>| {
        matches!(
            w.map(AsRef::as_ref),
            Some("the" | "his" | "her" | "its" | "their" | "this")
        )
    };
    let noun_after = |k: usize, end: usize| {
        words.iter().take(end).skip(k).take(3).find_map(|w| {
            let w = w.as_ref();
            OCCASIONS.iter().find(|(o, _)| *o == w)
        })
    };
    // (the trigger after the phrase: "Before the ceremony X met Y")
    if words.first().is_some_and(|w| w.as_ref() == "before") && definite(words.get(1)) {
        if let Some(o) = noun_after(2, at) {
            return Some(o);
        }
    }
    if !visit {
        return None;
    }
    // (the trigger before "for": "flew in from Muscat for the handover";
    // not "asked for visas for the trip", the trip itself)
    (at + 1..words.len()).find_map(|k| {
        if words[k].as_ref() == "for" && definite(words.get(k + 1)) {
            noun_after(k + 2, words.len())
        } else {
            None
        }
    })
}

/// Whether an event's trigger is the occasion noun's word ("signed" for
/// "the signing", "visited" for "the visit"): the same stem.
fn names_occasion(trigger: &str, noun: &str) -> bool {
    let stem = |w: &str| w.get(..4).map(str::to_ascii_lowercase);
    stem(trigger).is_some() && stem(trigger) == stem(noun)
}

/// Dates event `e` like the event of sentence `from` (its date and
/// timex); the basis and evidence follow the timex's own sentence.
fn link_date(
    doc: &Document,
    e: &mut Event,
    date: Option<String>,
    timex: Option<usize>,
    from: usize,
) {
    let ts = timex
        .and_then(|t| doc.timexes.get(t))
        .map(|t| t.sentence)
        .unwrap_or(from);
    e.date = date;
    e.timex = timex;
    e.date_basis = if ts == e.sentence && timex.is_some() {
        DateBasis::SameSentence
    } else {
        DateBasis::LinkedSentence
    };
    for s in [from, ts] {
        if !e.evidence_sentences.contains(&s) {
            e.evidence_sentences.push(s);
        }
    }
}

/// Whether planned event `c` names the same two or more parties as the
/// planned event `p` told just before it: "She will hold talks with Kang on
/// Friday. … The two ministers are expected to sign an agreement" is one
/// occasion. (Only plans: what the same people did is often told out of
/// order.)
fn same_parties_planned(p: &Cand, c: &Cand) -> bool {
    let parties = |e: &Cand| {
        let mut v: Vec<usize> = e
            .args
            .iter()
            .filter(|a| matches!(a.role.as_str(), "participant" | "party"))
            .filter_map(|a| a.entity)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    if p.status != EventStatus::Planned || c.status != EventStatus::Planned {
        return false;
    }
    let (pp, cp) = (parties(p), parties(c));
    cp.len() >= 2 && cp.iter().all(|e| pp.contains(e))
}

fn same_paragraph(text: &str, sentences: &[Span], a: usize, b: usize) -> bool {
    let (a, b) = (a.min(b), a.max(b));
    if a == b {
        return true;
    }
    if b >= sentences.len() {
        return false;
    }
    text.get(sentences[a].end..sentences[b].start)
        .is_some_and(|gap| !gap.contains('\n'))
}

/// The speech verb right before the clause starting at `cs` when the trigger
/// at `t0` is its object ("announced [on Monday] a grant of …", "announced
/// grants"), not the head of a clause of its own ("said it had donated").
fn speech_verb_object(s: &Sent, cs: usize, t0: usize) -> Option<usize> {
    let v = cs.checked_sub(1)?;
    // Only "announce" takes an event as its object; after "said" a noun
    // phrase starts a clause ("said a deal would follow").
    if !s.speech[v] || s.toks[v].cap || cs > t0 || !s.lower(v).starts_with("announc") {
        return None;
    }
    let own_clause =
        (cs..t0).any(|k| s.ment_at[k].is_some() || opens_a_clause(s.lower(k)) || s.lower(k) == ",");
    (!own_clause).then_some(v)
}

/// Is the timex `t` of the sentence about something else than the event
/// triggered at `t0..t1`? "victims of last year's violence" (a possessive
/// modifies another noun), "has grown vegetables since 2012" (a span's start), and
/// the date of a report: "X donated …, the foundation said on Sunday", "X said
/// on Tuesday it had donated …" date the saying, not the donation. A trigger
/// that is the speech verb's object ("today announced a donation of …",
/// "announced grants") is dated by it: the announcement is the event.
fn not_the_events_date(s: &Sent, t: &TokRange, t0: usize, t1: usize) -> bool {
    if dates_the_infinitive(s, t, t1) || in_relative_clause_after(s, t, t1) {
        return true;
    }
    // "Jordan, who arrived on Wednesday, met X on Thursday": the relative
    // clause has its own verb and date.
    if t.t1 <= t0 && relative_clause_end(s, t.t0, t0).is_some() {
        return true;
    }
    // ("last week's talks", "today's meeting" date their own trigger)
    if s.lower(t.t1) == "'s" && !(t0 > t.t1 && t0 <= t.t1 + 4) {
        return true;
    }
    // "did not sign the deal, and Georgian Railway … held talks in
    // October", "did not sign any agreement, though officials said a memo
    // could be signed early next year": a date in a later clause with a
    // subject of its own is that clause's.
    if t.t0 > t1 && (t1..t.t0).any(|k| opens_another_clause(s, k)) {
        return true;
    }
    // "X told the meeting that the Philippines had seized 14 trawlers last
    // year": an occasion that is the object of a speech verb, then "that":
    // a date after it is the reported clause's.
    if t.t0 > t1 && s.lower(t1) == "that" && told_the_occasion(s, t0) {
        return true;
    }
    // "… for communities hit by flooding this month": a date right after
    // another verb's "by" agent, after the trigger, dates that verb.
    if t.t0 > t1 && agent_of_another_verb_before(s, t.t0, t1) {
        return true;
    }
    // "by the end of June", "until March", "through the winter": a deadline
    // or the end of a span, not the day of the event ("agreed yesterday to
    // open a border post by the end of June").
    // ("by Monday's meeting": the possessive dates the noun after it)
    if matches!(
        s.lower(t.t0.wrapping_sub(1)),
        "by" | "until" | "till" | "through" | "throughout"
    ) && s.lower(t.t1) != "'s"
    {
        return true;
    }
    // "his first trip abroad since he took office in May": a date in a
    // "since" clause after the trigger starts a span, it does not date the
    // trigger (one inside the clause, "since the talks began on Monday", does).
    if t.t0 > t1
        && (t1..t.t0)
            .rev()
            .take_while(|&k| !matches!(s.lower(k), "," | ";"))
            .any(|k| s.lower(k) == "since")
    {
        return true;
    }
    // "since 2012" starts a span; "since April, when …" still dates the clause.
    if s.lower(t.t0.wrapping_sub(1)) == "since"
        && s.lower(t.t1) != "when"
        && !(s.lower(t.t1) == "," && s.lower(t.t1 + 1) == "when")
    {
        return true;
    }
    // The dateline's date ("BEIJING, May 21 (Xinhua) --") is the article's.
    if t.t0 < 12 {
        for k in t.t1..(t.t1 + 8).min(s.toks.len()) {
            match s.lower(k) {
                "--" | "—" | "–" => return true,
                "-" if s.lower(k + 1) == "-" => return true,
                _ if s.toks[k].word && !s.toks[k].cap => break,
                _ => {}
            }
        }
    }
    // The speech verb the timex hangs on: "said [on] Tuesday", "today announced".
    let verb = if t.t0 >= 1 && s.speech[t.t0 - 1] {
        Some(t.t0 - 1)
    } else if t.t0 >= 2 && s.lower(t.t0 - 1) == "on" && s.speech[t.t0 - 2] {
        Some(t.t0 - 2)
    } else if s.speech.get(t.t1).copied().unwrap_or(false) {
        Some(t.t1)
    } else if let Some(v) = speech_verb_with_object_before(s, t.t0) {
        // "told a news briefing today", "told Reuters on Friday", "said in
        // a statement on Monday"
        Some(v)
    } else if t.t0 <= 1 && s.lower(t.t1) == "," {
        // "Yesterday, X's embassy said it would donate …": a date fronted
        // before the speech verb dates the saying, and a future told then
        // comes later. (A past act may well be of that day: "Earlier this
        // month, X said it had signed …" keeps it.)
        (t.t1..t0)
            .find(|&k| s.speech[k])
            .filter(|&v| matches!(s.lower(v), "said" | "says" | "told" | "announced" | "added"))
            .filter(|&v| (v + 1..t0).any(|k| matches!(s.lower(k), "would" | "will" | "'ll")))
    } else {
        None
    };
    let Some(v) = verb else { return false };
    if s.toks[v].cap {
        return false;
    }
    if v >= t1 {
        return t.t0 >= t1;
    }
    if v + 1 >= t0 || t.t0 >= t0 {
        return false;
    }
    // Between the speech verb (and its date) and the trigger: a clause of its
    // own ("that", a subject, an auxiliary) or just the object's determiners?
    let from = (v + 1).max(if t.t0 > v { t.t1 } else { v + 1 });
    (from..t0).any(|k| s.ment_at[k].is_some() || opens_a_clause(s.lower(k)))
}

/// Is the trigger at `t0` the object of "told" (or a verb of telling an
/// audience), over its determiners only: "told the meeting", "told a
/// conference", "assured the summit"? Not "said contract talks that …".
fn told_the_occasion(s: &Sent, t0: usize) -> bool {
    let mut k = t0;
    while k > 0 && k + 3 > t0 {
        k -= 1;
        match s.lower(k) {
            "the" | "a" | "an" | "this" | "its" | "their" | "his" | "her" => continue,
            "told" | "tells" | "tell" | "telling" | "assured" | "reminded" | "informed"
            | "briefed" | "addressed" => return k + 1 < t0,
            _ => return false,
        }
    }
    false
}

/// How far after an event noun its status cues are looked for.
const STATUS_AFTER_REACH: usize = 20;

/// Does token `k` end the clause an event noun heads? A clause word of
/// another subject ("but", "while", "because", "after", ", and"), a speech
/// verb ("…, the ministry said"), a semicolon, a participle clause after a
/// comma (", paving the way for the summit scheduled …") or a relative
/// clause with a subject of its own ("a meeting at which the issue was put
/// off", "whose") or on a name. ("which" and "that" go on otherwise: a
/// relative clause on the noun tells of it.)
fn ends_the_nouns_clause(s: &Sent, k: usize) -> bool {
    let w = s.lower(k);
    let prev = s.lower(k.wrapping_sub(1));
    s.speech[k]
        || (prev == "," && w.len() > 4 && w.ends_with("ing"))
        || (w == "which" && (PREPS.contains(&prev) || prev == "during"))
        // (", which" after a name is on the name: "their summit in
        // Reykjavik, Iceland, which was shelved" tells of something else)
        || (w == "which" && prev == "," && s.mention_ending(k - 1).is_some())
        || w == "whose"
        || matches!(
            w,
            ";" | "but"
                | "while"
                | "whereas"
                | "because"
                | "after"
                | "before"
                | "when"
                | "where"
                | "although"
                | "though"
                | "since"
                | "until"
                | "as"
                | "if"
        )
        || (w == "and" && prev == ",")
}

/// Whether ", but was not" / "but did not" / "but never did" closes the
/// clause within a few words after the trigger at `t0` ("expected to be
/// signed as well but was not."): the plan failed.
fn elided_but_not(s: &Sent, t0: usize) -> bool {
    let n = s.toks.len();
    let Some(b) = (t0 + 1..(t0 + 6).min(n)).find(|&k| s.lower(k) == "but") else {
        return false;
    };
    let aux = s.lower(b + 1);
    let mut k = b + 2;
    if !(matches!(
        aux,
        "was" | "were" | "did" | "has" | "have" | "had" | "is" | "are"
    ) && matches!(s.lower(k), "not" | "n't"))
    {
        if aux != "never" {
            return false;
        }
        k = b + 1;
    }
    k += 1;
    // ("but did not." / "but was not, officials said")
    k >= n
        || matches!(
            s.lower(k),
            "." | "," | ";" | "after" | "because" | "as" | "when"
        )
}

/// Does word `k` open a clause of time or cause with a subject and a past
/// verb of its own ("was not signed after the two sides failed to agree on
/// its wording": "on its wording" is no topic of the signing)? Not a
/// preposition before a noun phrase ("signed after talks in Geneva").
fn opens_a_time_clause(s: &Sent, k: usize) -> bool {
    matches!(s.lower(k), "after" | "when" | "because" | "once")
        && matches!(
            s.lower(k + 1),
            "the" | "its" | "their" | "his" | "her" | "he" | "she" | "they" | "it" | "both"
        )
        && (k + 2..(k + 7).min(s.toks.len())).any(|j| {
            let w = s.lower(j);
            w.len() > 4 && w.ends_with("ed") && !s.toks[j].cap && s.ment_at[j].is_none()
        })
}

/// Where the predicate resumes after a relative clause on a name that
/// token `k` (", which"/", who" after the name) opens: the token after the
/// clause's closing comma, when a verb follows it without a subject of its
/// own ("…, Ana Reis, which was to have been held on Thursday, was called
/// off"). Not when the clause runs to the end of the sentence ("their summit
/// in Reykjavik, Iceland, which was shelved": that is the name's).
fn predicate_after_relative_clause(s: &Sent, k: usize) -> Option<usize> {
    if !(matches!(s.lower(k), "which" | "who")
        && s.lower(k.wrapping_sub(1)) == ","
        && s.mention_ending(k - 1).is_some())
    {
        return None;
    }
    let close = (k + 1..(k + 1 + STATUS_AFTER_REACH).min(s.toks.len()))
        .find(|&j| matches!(s.lower(j), "," | ";"))?;
    let c = close + 1;
    (s.lower(close) == ","
        && (is_be_form(s.lower(c))
            || matches!(s.lower(c), "has" | "had" | "have" | "did" | "never")))
    .then_some(c)
}

/// Does token `k` open a clause of another subject after an event's
/// trigger? "though", "although", "whereas", "whose", or ", and" / ", but"
/// before a name, a determiner or a subject pronoun ("…, and Georgian
/// Railway …", "…, but the talks …").
fn opens_another_clause(s: &Sent, k: usize) -> bool {
    match s.lower(k) {
        "though" | "although" | "whereas" | "whose" => true,
        "and" | "but" if k >= 1 && s.lower(k - 1) == "," => {
            let next = s.lower(k + 1);
            s.toks.get(k + 1).is_some_and(|t| t.cap)
                || matches!(
                    next,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                )
        }
        _ => false,
    }
}

/// Whether the words just before token `k` are "<verb> by <agent>" with
/// the verb after the trigger's end `t1` ("hit by flooding", "displaced by
/// the war"): up to four lowercase or capitalised words after "by".
fn agent_of_another_verb_before(s: &Sent, k: usize, t1: usize) -> bool {
    let Some(by) = (k.saturating_sub(5)..k).rev().find(|&j| s.lower(j) == "by") else {
        return false;
    };
    by > t1
        && by + 1 < k
        && (by + 1..k).all(|j| s.toks[j].word && !opens_a_clause(s.lower(j)))
        && s.toks[by - 1].word
        && !s.toks[by - 1].cap
        && !text::is_function_word(s.lower(by - 1))
}

/// A "said"/"told" up to four words before token `k` with only its object
/// or "in a statement" between (words, no comma, no new clause).
fn speech_verb_with_object_before(s: &Sent, k: usize) -> Option<usize> {
    let v = (k.saturating_sub(5)..k).rev().find(|&j| s.speech[j])?;
    if !matches!(s.lower(v), "said" | "says" | "told" | "tells" | "announced") {
        return None;
    }
    let between = v + 1..k;
    let plain = between.clone().all(|j| {
        let w = s.lower(j);
        s.toks[j].word && !opens_a_clause(w) && !matches!(w, "that" | "and" | "but" | "to")
    });
    let on_ok = |j: usize| s.lower(j) != "on" || j + 1 == k;
    (plain && between.clone().all(on_ok) && !between.is_empty()).then_some(v)
}

/// "agreed on Wednesday to resume flights *in October*": a date after the
/// infinitive that the trigger governs is when that is to happen, not when
/// it was agreed.
fn dates_the_infinitive(s: &Sent, t: &TokRange, t1: usize) -> bool {
    let mut k = t1;
    while k < t.t0
        && (s.blocked[k]
            || is_adverb(s.lower(k))
            || (s.lower(k) == "on" && s.blocked.get(k + 1) == Some(&true)))
    {
        k += 1;
    }
    if matches_at(&s.toks, k, &["in".into(), "principle".into()]) {
        k += 2;
    }
    // ("flew to Paris on Sunday": "to" before a name or an article is a
    // preposition)
    s.lower(k) == "to"
        && k + 1 < t.t0
        && s.toks[k + 1].word
        && !s.toks[k + 1].cap
        && !s.blocked[k + 1]
        && !text::is_function_word(s.lower(k + 1))
        && !s.lower(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// May a topic list start at token `p`? It follows its trigger ("agreed to
/// [join the pact]" tells no topic of the pact), and after "to" it is an
/// infinitive ("signed an agreement to [supply 50 buses]", not "to [the
/// Balkans]").
fn list_follows(s: &Sent, p: usize, t1: usize) -> bool {
    p >= t1
        && (s.lower(p.wrapping_sub(1)) != "to"
            || s.toks.get(p).is_some_and(|t| {
                t.word
                    && !t.cap
                    && !text::is_function_word(&t.lower)
                    && !t.lower.starts_with(|c: char| c.is_ascii_digit())
            }))
}

/// "X hosted Y, who arrived *on Sunday*": a relative clause on a person
/// after the trigger has its own verb and date. (One on a thing may tell
/// when the event comes about: "pledged 50,000 doses, which should arrive
/// in mid-March".)
fn in_relative_clause_after(s: &Sent, t: &TokRange, t1: usize) -> bool {
    // (", where" after a place: "travelled to Quetzaltenango, where a
    // landslide damaged a substation on Sunday" dates the landslide)
    (t1 + 1..t.t0).any(|k| matches!(s.lower(k), "who" | "where") && s.lower(k - 1) == ",")
}

/// Distance in tokens from the trigger `t0..t1` to the span `a..b`.
fn trigger_distance(t0: usize, t1: usize, a: usize, b: usize) -> usize {
    if a >= t1 {
        a - t1
    } else {
        t0.saturating_sub(b)
    }
}

/// The date nearest to the trigger within tokens `lo..hi`: a bare "at 11
/// a.m." only when nothing names a day, at equal distance the one after
/// the verb ("arrived on Sunday and will fly to Paris tomorrow"); with
/// `skip_asides`, not one of an aside (`date_of_an_aside`).
fn nearest_date(
    doc: &Document,
    s: &Sent,
    t0: usize,
    t1: usize,
    lo: usize,
    hi: usize,
    skip_asides: bool,
) -> Vec<Fill> {
    let usable = |t: &&TokRange| {
        t.t0 >= lo
            && t.t1 <= hi
            && date_like(doc, t.idx)
            && !(not_the_events_date(s, t, t0, t1)
                || (skip_asides && date_of_an_aside(s, t, t0, t1)))
    };
    // "arrived on Monday and met X the following day": a date just before
    // "and <trigger>" is the earlier verb's when the trigger has one after it.
    let dated_after = s.tims.iter().filter(usable).any(|t| t.t0 >= t1);
    let earlier_verbs = |t: &&TokRange| {
        dated_after
            && t.t1 < t0
            && s.lower(t0 - 1) == "and"
            && (t.t1..t0).all(|k| matches!(s.lower(k), "and" | ","))
    };
    s.tims
        .iter()
        .filter(usable)
        .filter(|t| !earlier_verbs(t))
        .min_by_key(|t| {
            let v = &doc.timexes[t.idx].value;
            (
                is_bare_time(v),
                is_ref_value(v),
                trigger_distance(t0, t1, t.t0, t.t1),
                t.t0 < t0,
            )
        })
        .map(|t| vec![timex_fill(doc, s, *t)])
        .unwrap_or_default()
}

/// A date in a comma-delimited part of the sentence that has a verb of its
/// own and not the trigger: a relative clause ("Zhao, who … and whose father
/// was treated in 2017, will donate …"; "… to the hospital, which was damaged
/// in the earthquake of November 2019"), a participle aside before the
/// trigger ("Under the agreement, signed in Tirana on 23/11/2021 by …, the
/// region will donate …") or a noun with its participle after it ("will
/// provide $3.2 million …, under an agreement signed in Amman on Tuesday").
fn date_of_an_aside(s: &Sent, t: &TokRange, t0: usize, t1: usize) -> bool {
    let n = s.toks.len();
    let start = (0..t.t0)
        .rev()
        .find(|&j| s.lower(j) == ",")
        .map_or(0, |j| j + 1);
    let end = (t.t1..n).find(|&j| s.lower(j) == ",").unwrap_or(n);
    if t0 < end && t1 > start {
        return false;
    }
    let participle = |k: usize| {
        let w = s.lower(k);
        w.len() > 4
            && w.ends_with("ed")
            && s.toks[k].word
            && !s.toks[k].cap
            && s.ment_at[k].is_none()
            && !s.blocked[k]
            && !s.speech[k]
    };
    // "donated 1,500 sacks of rice, which arrived at Ormoc port on
    // Saturday", "was donated by X, … and arrived in June": the goods'
    // arrival (shipping, handing over) told after the trigger dates the gift
    if start > t1 && (start..t.t0).any(|k| goods_arrive(s.lower(k))) {
        return false;
    }
    // "has given 5,000 jerrycans to families in Thatta, and handed out 800
    // food hampers in Jamshoro last week": a predicate of its own after the
    // trigger, set off by a comma and "and", dates its own act
    if start > t1 && s.lower(start) == "and" && participle(start + 1) {
        return true;
    }
    // "A second text, which officials had hoped to sign on Monday, was not
    // signed", "a memorandum, which had been planned for the same ceremony,
    // …": an aside that tells the event's own plan dates the event.
    let stem = &s.lower(t0)[..s.lower(t0).len().min(4)];
    if t.t0 < t0
        && (start..t.t0).any(|k| {
            let w = s.lower(k);
            (w.len() >= 4 && w.starts_with(stem))
                || matches!(
                    w,
                    "planned" | "scheduled" | "set" | "due" | "pencilled" | "penciled"
                ) && !(w == "set" && s.lower(k + 1) == "up")
        })
        && (start..t.t0).any(|k| matches!(s.lower(k), "which" | "that"))
    {
        return false;
    }
    (start..t.t0).any(|k| {
        let w = s.lower(k);
        if matches!(w, "who" | "whose" | "which") {
            return true;
        }
        if !participle(k) {
            return false;
        }
        let prev = s.lower(k.wrapping_sub(1));
        // "Under the agreement, signed in Tirana on …, the region will …"
        let aside_before = k == start && start > 0 && end < t0;
        // "…, under an agreement signed in Amman on Tuesday"
        let after_noun = k > start
            && start > t1
            && s.toks[k - 1].word
            && !s.toks[k - 1].cap
            && !text::is_function_word(prev)
            && !is_be_form(prev)
            && !is_aux(prev);
        aside_before || after_noun
    })
}

/// Verbs that tell goods arriving or sent on their way ("which arrived at
/// Ormoc port on Saturday", "expected to be shipped in September").
fn goods_arrive(w: &str) -> bool {
    matches!(
        w,
        "arrived" | "arrive" | "arrives" | "landed" | "shipped" | "delivered" | "reached"
    )
}

/// A word that, between a speech verb and a trigger, shows a clause of its
/// own ("said *that* …", "said *it had* …"): a complementiser, a subject
/// pronoun or an auxiliary.
fn opens_a_clause(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "had"
            | "has"
            | "have"
            | "will"
            | "would"
            | "was"
            | "were"
            | "is"
            | "are"
            | "could"
            | "did"
            | "does"
            | "should"
    )
}

fn parse_day(v: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
}

fn entity_ok(doc: &Document, filler: &Filler, e: usize) -> bool {
    match filler {
        Filler::Entity(types) => types.is_empty() || types.contains(&doc.entities[e].kind),
        _ => false,
    }
}

fn amount_kind_ok(filler: &Filler, money: bool) -> bool {
    match filler {
        Filler::Money => money,
        Filler::Quantity => !money,
        _ => true,
    }
}

fn date_like(doc: &Document, t: usize) -> bool {
    matches!(doc.timexes[t].kind, TimexType::Date | TimexType::Time)
}

/// A TIME value without its day: "T11:00", "TMO".
fn is_bare_time(v: &str) -> bool {
    v.starts_with('T')
}

/// The date an event takes from timex `t`: events are dated to the day, so
/// a time of day gives its day ("2023-03-23TMO" is 2023-03-23).
pub(crate) fn event_date(doc: &Document, t: usize) -> String {
    let x = &doc.timexes[t];
    if x.kind == TimexType::Time {
        if let Some(i) = x.value.find('T').filter(|&i| i > 0) {
            return x.value[..i].to_string();
        }
    }
    x.value.clone()
}

/// "donated 1,600 laptops to secondary schools in Chernihiv, Izium, Bucha
/// and Kherson", "to hospitals in Belgrade, Novi Sad and Nis": a bare
/// plural of receivers in a list of places goes to each place (corpus
/// convention: the places are the recipients), not to a text that names
/// only the first. The receiver `a..b` ends at "in" and a place; two or more
/// places (locations or countries) joined by commas and "and" follow.
/// ("to schools in Kenya", one place, stays the text.)
fn receivers_in_listed_places(doc: &Document, s: &Sent, a: usize, b: usize) -> Option<Vec<Fill>> {
    let is_place = |k: usize| -> Option<TokRange> {
        let m = s.mention_starting(k)?;
        matches!(
            doc.entities[m.idx].kind,
            EntityType::Location | EntityType::Country
        )
        .then_some(m)
    };
    let k = (a + 1..b).find(|&k| s.lower(k) == "in")?;
    let mut m = is_place(k + 1)?;
    let mut fills = vec![fill_of(s, m)];
    loop {
        let mut j = m.t1;
        if s.lower(j) == "," {
            j += 1;
        }
        let last = s.lower(j) == "and";
        if last {
            j += 1;
        }
        if j == m.t1 {
            break;
        }
        let Some(next) = is_place(j) else { break };
        fills.push(fill_of(s, next));
        m = next;
        if last {
            break;
        }
    }
    (fills.len() >= 2).then_some(fills)
}

/// "handed over the rice to Suriname's national food bank, the Stichting
/// Voedselbank Suriname", "to a local cooperative, Cooperativa Cafetalera
/// Montaña Verde": a described receiver (ending at `b`) that a comma and a
/// name then name is that named body — an organization, or, when no entity
/// was found there, the name's text: two or more capitalised words (with
/// "de", "des", "of" and the like between them) that end the clause (a
/// comma, period, semicolon, dash or the sentence's end after them).
fn receiver_named_after(doc: &Document, s: &Sent, b: usize) -> Option<Fill> {
    if s.lower(b) != "," {
        return None;
    }
    let k = if s.lower(b + 1) == "the" {
        b + 2
    } else {
        b + 1
    };
    let ends_clause = |j: usize| {
        matches!(
            s.lower(j),
            "" | "," | "." | ";" | "-" | "\u{2013}" | "\u{2014}"
        )
    };
    if let Some(m) = s.mention_starting(k) {
        return (doc.entities[m.idx].kind == EntityType::Organization && ends_clause(m.t1))
            .then(|| fill_of(s, m));
    }
    let cap = |j: usize| {
        s.toks
            .get(j)
            .is_some_and(|t| t.cap && t.word && !s.blocked[j])
    };
    let mut j = k;
    let mut words = 0;
    while j < s.toks.len() && j < k + 8 {
        if cap(j) {
            words += 1;
            j += 1;
        } else if words > 0
            && matches!(
                s.lower(j),
                "de" | "des" | "du" | "del" | "la" | "of" | "for" | "van" | "der"
            )
            && cap(j + 1)
        {
            j += 1;
        } else {
            break;
        }
    }
    (words >= 2 && ends_clause(j)).then(|| text_fill(s, k, j, None))
}

fn fill_of(s: &Sent, m: TokRange) -> Fill {
    Fill {
        t0: m.t0,
        t1: m.t1,
        span: s.span(m.t0, m.t1),
        entity: Some(m.idx),
        value: None,
        resolved: false,
    }
}

/// A role filled by the text of tokens `t0..t1` (and a normalised value):
/// no entity.
fn text_fill(s: &Sent, t0: usize, t1: usize, value: Option<String>) -> Fill {
    Fill {
        t0,
        t1,
        span: s.span(t0, t1),
        entity: None,
        value,
        resolved: false,
    }
}

fn timex_fill(doc: &Document, _s: &Sent, t: TokRange) -> Fill {
    Fill {
        t0: t.t0,
        t1: t.t1,
        span: doc.timexes[t.idx].span,
        entity: None,
        value: Some(doc.timexes[t.idx].value.clone()),
        resolved: false,
    }
}

/// Tokens of a hedge before an amount ("more than", "up to", "nearly"), 0 if none.
fn amount_hedge_len(s: &Sent, k: usize) -> usize {
    match (s.lower(k), s.lower(k + 1)) {
        ("more" | "less" | "fewer", "than") | ("up" | "close", "to") | ("at", "least") => 2,
        (
            "nearly" | "almost" | "about" | "around" | "roughly" | "approximately" | "over"
            | "some",
            _,
        ) => 1,
        _ => 0,
    }
}

/// Whether token `k` is a word glued to a dollar sign after it ("A$",
/// "C$"), which a determiner skip must not take for "a".
fn glued_to_dollar_sign(s: &Sent, k: usize) -> bool {
    s.toks
        .get(k + 1)
        .is_some_and(|t| t.lower == "$" && t.start == s.toks[k].end)
}

fn skip_dets(s: &Sent, mut k: usize) -> usize {
    while k < s.toks.len() && DETERMINERS.contains(&s.lower(k)) && s.ment_at[k].is_none() {
        k += 1;
    }
    k
}

/// "give the customs services [of the four countries] $4.5 million": a first
/// object that says whose it is with "of" and a determiner or a count and up
/// to three lower-case words, when money comes right after (the end of the
/// "of" phrase). Without the money it is no first object ("give the rest of
/// the money to …").
fn of_group_end(s: &Sent, j: usize) -> Option<usize> {
    if s.lower(j) != "of" {
        return None;
    }
    let k = skip_dets(s, j + 1);
    let counted = text::is_number_word(s.lower(k));
    if k == j + 1 && !counted {
        return None;
    }
    let mut end = k;
    while end < k + 3
        && s.toks.get(end).is_some_and(|t| {
            t.word && !t.cap && !text::is_function_word(&t.lower) && s.ment_at[end].is_none()
        })
        && amount_at(&s.toks, end, &s.blocked).is_none()
    {
        end += 1;
    }
    let money_next = amount_at(&s.toks, end, &s.blocked).is_some_and(|a| a.money);
    (end > k && money_next).then_some(end)
}

/// Skips "Pakistan's" in "Pakistan's University of Peshawar".
fn skip_possessor(s: &Sent, k: usize) -> usize {
    if let Some(m) = s.mention_starting(k) {
        if s.lower(m.t1) == "'s" && s.toks.get(m.t1 + 1).is_some_and(|t| t.word) {
            return m.t1 + 1;
        }
        return k;
    }
    if s.lower(k + 1) == "'s" && s.toks.get(k).is_some_and(|t| t.cap) {
        return k + 2;
    }
    k
}

/// A demonym used as an adjective ("a Chinese hospital") is no argument.
fn adjectival(doc: &Document, s: &Sent, m: TokRange) -> bool {
    let e = &doc.entities[m.idx];
    if !matches!(e.kind, EntityType::Country | EntityType::Location) {
        return false;
    }
    let surface = s.span(m.t0, m.t1).text(&doc.text);
    // "Istanbul-based Sema Kaya Foundation", "the Singapore-registered
    // Tamarind Foundation": the place modifies the name.
    if ["-based", "-registered"]
        .iter()
        .any(|s| surface.ends_with(s))
    {
        return true;
    }
    if surface == e.name || !is_demonym_like(surface) {
        return false;
    }
    s.toks.get(m.t1).is_some_and(|t| {
        t.word && (t.cap || !text::is_function_word(&t.lower)) && t.lower != "respectively"
    })
}

/// "Chinese President Jiang Zemin": the country mention modifies the name after it.
fn modifies_next(doc: &Document, s: &Sent, m: TokRange, filler: &Filler, limit: usize) -> bool {
    let mut k = m.t1;
    while k < limit && k - m.t1 <= 3 {
        if let Some(n) = s.mention_starting(k) {
            return entity_ok(doc, filler, n.idx) && k > m.t1 || adjectival(doc, s, m);
        }
        let t = &s.toks[k];
        if !t.word || text::is_function_word(&t.lower) {
            break;
        }
        k += 1;
    }
    adjectival(doc, s, m)
}

/// Does a new item start at token `k` of a list ("… and [20 ventilators]",
/// "… and [a portable scanner]", "… and [$75,000]")? "desks and chairs" is
/// one item.
fn starts_item(s: &Sent, k: usize) -> bool {
    let w = s.lower(k);
    matches!(w, "a" | "an" | "the" | "$" | "€" | "£" | "¥")
        || text::is_number_word(w)
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// Heads that make "for X" after money a receiver, not a purpose: "$1
/// million for families who lost their homes", "for farmer groups".
const PURPOSE_NOT: &[&str] = &[
    "people",
    "families",
    "victims",
    "children",
    "residents",
    "survivors",
    "farmers",
    "students",
    "workers",
    "refugees",
    "women",
    "men",
    "girls",
    "boys",
    "communities",
    "households",
    "villagers",
    "patients",
    "orphans",
    "pupils",
    "those",
    "fishermen",
    "evacuees",
    "migrants",
    "veterans",
    "groups",
    "schools",
    "hospitals",
    "clinics",
    "members",
    "staff",
    "teachers",
    "each",
    "every",
    "all",
    "both",
    "time",
    "now",
    "years",
    "months",
    "weeks",
    "days",
    "year",
    "example",
    "instance",
    "use",
    "free",
    "good",
];

/// Heads of the aid that "in" names after money: "pledged $2 million in
/// [flood aid]", "€5 million in [humanitarian assistance]".
const AID_HEADS: &[&str] = &["aid", "assistance", "relief"];

/// What money is for, the items of the phrase at `p` right after "for",
/// "toward(s)", "to cover", "to buy" or "in" that follows a money amount
/// (or a "$12 million grant"): "pledged €40,000 towards [a rainwater
/// tank]", "donated $95,000 for [fuel], [spare tyres] and [the training of
/// forty drivers]", "$2 million in [flood aid]". Not a name (a receiver the
/// entity slots take), nor people ("for families who …"), nor a time ("for
/// the first time", "for two years"); after "in" only an aid word ends it.
fn purpose_items(s: &Sent, p: usize) -> Vec<(usize, usize)> {
    // where the preposition (one to three words) starts
    let mut j = p;
    while j + 3 > p
        && j > 0
        && matches!(
            s.lower(j - 1),
            "for" | "toward" | "towards" | "to" | "cover" | "buy" | "fund" | "in"
        )
    {
        j -= 1;
    }
    if j == p || j == 0 {
        return Vec::new();
    }
    let money_ends = |e: usize| {
        (e.saturating_sub(8)..e)
            .any(|k| amount_at(&s.toks, k, &s.blocked).is_some_and(|a| a.money && a.t1 == e))
    };
    let after_money =
        money_ends(j) || (matches!(s.lower(j - 1), "grant" | "grants") && money_ends(j - 1));
    if !after_money {
        return Vec::new();
    }
    let Some((a, b)) = noun_phrase(&s.toks, p, &s.blocked) else {
        return Vec::new();
    };
    let first = &s.toks[a];
    if first.cap
        || s.blocked[a]
        || PURPOSE_NOT.contains(&first.l())
        || PURPOSE_NOT.contains(&s.lower(b - 1))
        || s.lower(b) == "who"
    {
        return Vec::new();
    }

    if s.lower(p - 1) == "in" {
        let aid = b - a <= 3 && AID_HEADS.contains(&s.lower(b - 1)) && j + 1 == p;
        return if aid { vec![(a, b)] } else { Vec::new() };
    }
    let mut items = np_items(s, a, b);
    // "for fuel, spare tyres and the training of forty drivers": a list of
    // bare nouns too, when it closes with "and"/"or" (else the comma ends it)
    if items.len() == 1 && s.lower(b) == "," {
        let mut more = Vec::new();
        let mut end = b;
        while s.lower(end) == "," {
            let next = if matches!(s.lower(end + 1), "and" | "or") {
                end + 2
            } else {
                end + 1
            };
            if !s.toks.get(next).is_some_and(|t| t.word && !t.cap) {
                break;
            };
            let Some((x, y)) = noun_phrase(&s.toks, next, &s.blocked) else {
                break;
            };
            more.extend(np_items(s, x, y));
            end = y;
            if matches!(s.lower(next - 1), "and" | "or")
                || (x..y).any(|k| matches!(s.lower(k), "and" | "or"))
            {
                items.append(&mut more);
                break;
            }
        }
    }
    // "towards the reserve", "for the project": a short definite phrase
    // points back to what the text named before; "the cost of a repair
    // ship" says what itself. A capitalised item is a name, no purpose.
    items
        .into_iter()
        .filter(|&(x, y)| {
            let back = x > 0
                && s.lower(x - 1) == "the"
                && y - x <= 2
                && !(x..y).any(|k| s.lower(k) == "of");
            !back && !s.toks[x].cap
        })
        .collect()
}

/// "Inside were four Braille embossers, a gift from …", "The station has
/// four new thermal imaging cameras, a $38,000 gift from …", "an ambulance
/// and 600 school books, gifts from …": the goods a gift noun at `t0` is
/// in apposition to. The comma or colon before it (at most five tokens
/// back, an article or the trigger right after it) ends the list; the list
/// opens at the nearest count or article before that a verb or a
/// preposition precedes (not "and", a comma or "of": those go on a list or
/// a phrase). Returns (list start, separator).
fn apposed_list(s: &Sent, cs: usize, t0: usize) -> Option<(usize, usize)> {
    let c = (t0.saturating_sub(5).max(cs)..t0).rev().find(|&k| {
        matches!(s.lower(k), "," | ":")
            && (k + 1 == t0 || matches!(s.lower(k + 1), "a" | "an" | "the"))
    })?;
    // (no clause in between: "…, which was a gift")
    if (c + 1..t0).any(|k| {
        let w = s.lower(k);
        is_clause_word(w) || matches!(w, "as" | "." | ";" | "(" | ")")
    }) {
        return None;
    }
    let lo = c.saturating_sub(20).max(cs);
    let j = (lo.max(1)..c).rev().find(|&j| {
        starts_item(s, j)
            && !matches!(s.lower(j - 1), "and" | "or" | "," | "of" | "$" | "€" | "£")
            && !s.blocked[j]
    })?;
    (j < c).then_some((j, c))
}

/// The items of a list, from the noun phrase `a..b` on: "100,000 surgical
/// masks and 20 ventilators" is two, "the minibus, a portable ultrasound
/// scanner and 1.2 million yuan" three (the caller drops the money).
fn np_items(s: &Sent, a: usize, b: usize) -> Vec<(usize, usize)> {
    let split = |a: usize, b: usize, out: &mut Vec<(usize, usize)>| -> bool {
        let mut x = a;
        let mut joined = false;
        for k in a + 1..b {
            if matches!(s.lower(k), "and" | "or") && k + 1 < b && starts_item(s, k + 1) {
                if x < k {
                    out.push((x, k));
                }
                // articles dropped as at the head of the phrase
                x = skip_dets(s, k + 1).min(b - 1);
                joined = true;
            }
        }
        out.push((x, b));
        joined
    };
    let mut items = Vec::new();
    // a list may open with money: "donated 500 million won (about $420,000)
    // and 20 containers of relief goods"
    let b = match amount_at(&s.toks, a, &s.blocked) {
        Some(m) if m.money => m.t1.max(b),
        _ => b,
    };
    split(a, b, &mut items);
    // ", B and C": the list goes on past a comma only when it ends with "and"
    let mut tail = Vec::new();
    let mut end = b;
    loop {
        // "500 million won (about $420,000) and 20 containers …"
        if s.lower(end) == "(" {
            match (end + 1..(end + 8).min(s.toks.len())).find(|&k| s.lower(k) == ")") {
                Some(c) => end = c + 1,
                None => break,
            }
        }
        let (sep, next) = match (s.lower(end), s.lower(end + 1)) {
            (",", "and") => (true, end + 2),
            (",", _) => (false, end + 1),
            ("and", _) => (true, end + 1),
            _ => break,
        };
        if !starts_item(s, next) {
            break;
        }
        // "$2 million" is no noun phrase but ends the list all the same
        let (x, y) = noun_phrase(&s.toks, next, &s.blocked)
            .or_else(|| amount_at(&s.toks, next, &s.blocked).map(|a| (a.t0, a.t1)))
            .unwrap_or((next, next));
        if y <= next {
            break;
        }
        let joined = split(x, y, &mut tail);
        end = y;
        if sep || joined {
            items.append(&mut tail);
            break;
        }
    }
    items
}

/// People who act for the country or body after "of" ("the foreign
/// ministers of Jordan and Chad met"; "the subsidiary of X" does not).
const GROUPS: &[&str] = &[
    "ministers",
    "officials",
    "leaders",
    "representatives",
    "delegates",
    "delegations",
    "envoys",
    "diplomats",
    "presidents",
    "heads",
    "members",
    "experts",
    "negotiators",
    "governments",
    "companies",
    "authorities",
    "chiefs",
    "ambassadors",
    "banks",
    // the people of an organization act for it: "Players and staff of
    // Avonmouth Athletic delivered …", "employees of Huawei donated …"
    "staff",
    "players",
    "employees",
    "workers",
    "volunteers",
    "personnel",
];

/// "500 million won (about $420,000)": the amount in a second currency,
/// in brackets right after the first.
fn conversion(s: &Sent, a: &text::Amount) -> Option<Fill> {
    if !a.money || s.lower(a.t1) != "(" {
        return None;
    }
    let mut k = a.t1 + 1;
    if matches!(
        s.lower(k),
        "about" | "around" | "approximately" | "roughly" | "some" | "nearly" | "almost" | "or"
    ) {
        k += 1;
    }
    let b = amount_at(&s.toks, k, &s.blocked).filter(|b| b.money)?;
    (s.lower(b.t1) == ")").then(|| text_fill(s, b.t0, b.t1, Some(b.value)))
}

/// Heads after a demonym that stand for the country itself ("donated by the
/// Chinese government", "the Japanese side").
const STATE_HEADS: &[&str] = &["government", "embassy", "side", "authorities"];

/// The name a descriptor leads up to, from token `k`: a title ("Chadian
/// Minister of Public Health Abdelkerim Moussa Gamar", "Kenyan Trade Minister
/// X"), a trade ("copper miner Cobre Andino S.A.", "Indian equipment maker
/// X") or a common noun with the name in apposition ("her South Korean
/// counterpart, Kang Min-seo,"; "the minister, Rakesh Venugopal"). Only a
/// person or organization is named so; a country after "of"/"to" is part of
/// the title ("Ambassador to Chad").
fn described_name(doc: &Document, s: &Sent, k: usize, filler: &Filler) -> Option<TokRange> {
    let n = s.toks.len();
    let mut j = k;
    let mut lower_words = 0;
    while j < n && j < k + 10 {
        if let Some(m) = s.mention_starting(j) {
            let e = &doc.entities[m.idx];
            let named = matches!(e.kind, EntityType::Person | EntityType::Organization);
            if j > k && named && !adjectival(doc, s, m) {
                // "the commander of the Kenyan Navy, Paul Okello,": an
                // organization inside the title is where the person named
                // in apposition works; the person is the one who acts.
                if e.kind == EntityType::Organization
                    && matches!(s.lower(j - 1), "of" | "the")
                    && s.lower(m.t1) == ","
                {
                    if let Some(p) = apposed_person(doc, s, m.t1, filler) {
                        return Some(p);
                    }
                }
                return entity_ok(doc, filler, m.idx).then_some(m);
            }
            // part of the title: "Chadian", "Ambassador to Chad", "of the
            // Republic of Tajikistan"
            let inside = adjectival(doc, s, m)
                || (j > k && matches!(s.lower(j - 1), "of" | "to" | "for" | "the"));
            if !inside {
                return None;
            }
            j = m.t1;
            continue;
        }
        let t = &s.toks[j];
        let w = t.l();
        if w == "," {
            return if j > k {
                apposed_person(doc, s, j, filler)
            } else {
                None
            };
        }
        if !t.word {
            return None;
        }
        if matches!(w, "of" | "for" | "to" | "the") && j > k {
            j += 1;
            continue;
        }
        // "its ambassador in Tbilisi, X,": a post's city is part of the
        // title only when a name in apposition follows it.
        if matches!(w, "in" | "at") && j > k {
            if let Some(m) = s.mention_starting(j + 1).filter(|m| {
                matches!(
                    doc.entities[m.idx].kind,
                    EntityType::Location | EntityType::Country
                ) && s.lower(m.t1) == ","
            }) {
                return apposed_person(doc, s, m.t1, filler);
            }
        }
        // "Minister of Industry and Trade Tran Quoc Hai"
        if w == "and" && j > k && s.toks[j - 1].cap && s.toks.get(j + 1).is_some_and(|t| t.cap) {
            j += 1;
            continue;
        }
        if text::is_function_word(w) || s.speech[j] || s.blocked[j] {
            return None;
        }
        if !t.cap {
            // "counterpart", "medical equipment maker"; a verb-like word ends it
            lower_words += 1;
            if lower_words > 3 || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) {
                return None;
            }
        }
        j += 1;
    }
    None
}

/// The person named in apposition after the comma at `c`, over a title
/// ("his counterpart, Foreign Minister Le Thi Huong,"), closed by
/// punctuation or "and" ("the minister, Rakesh Venugopal, during …"; not
/// "the minister, Rakesh Venugopal said").
fn apposed_person(doc: &Document, s: &Sent, c: usize, filler: &Filler) -> Option<TokRange> {
    let mut a = c + 1;
    while a < c + 5 && s.ment_at.get(a).is_some_and(|x| x.is_none()) && s.toks[a].cap {
        a += 1;
    }
    let m = s.mention_starting(a)?;
    let closed = s.toks.get(m.t1).is_none_or(|t| !t.word || t.l() == "and");
    (closed && doc.entities[m.idx].kind == EntityType::Person && entity_ok(doc, filler, m.idx))
        .then_some(m)
}

/// People who stand for their country when a demonym names it ("Kenyan
/// doctors", "senior Saudi officials", "the Chinese side").
const PEOPLE: &[&str] = &[
    "officials",
    "ministers",
    "diplomats",
    "delegation",
    "delegations",
    "delegates",
    "negotiators",
    "envoys",
    "leaders",
    "experts",
    "doctors",
    "counterparts",
];

/// Titles of an official who may go unnamed ("the Danish prime minister").
const OFFICIAL_TITLES: &[&str] = &[
    "minister",
    "president",
    "premier",
    "ambassador",
    "envoy",
    "chancellor",
    "king",
    "queen",
    "governor",
];

/// "the Danish prime minister", "Sierra Leone's president", "Brazil's
/// ambassador to Guyana", "the British development minister": an official
/// the text leaves unnamed, told by the country's name or demonym right
/// before the title (over up to two lowercase words), stands for that
/// country as a visitor (the corpus gives an unnamed minister visiting as
/// the country). Not when a name follows the title ("Danish Prime Minister
/// Mette Frederiksen": the person is named).
fn unnamed_official_of(doc: &Document, s: &Sent, m: &TokRange, filler: &Filler) -> bool {
    if doc.entities[m.idx].kind != EntityType::Country || !entity_ok(doc, filler, m.idx) {
        return false;
    }
    let mut j = m.t1;
    if s.lower(j) == "'s" {
        j += 1;
    } else if !adjectival(doc, s, *m) {
        return false;
    }
    for _ in 0..3 {
        let Some(t) = s.toks.get(j) else {
            return false;
        };
        if !t.word || text::is_function_word(&t.lower) || s.ment_at[j].is_some() {
            return false;
        }
        if OFFICIAL_TITLES.contains(&t.l()) {
            // (nor a name in apposition, also after the post: "Tanzania's
            // foreign minister, X,", "Japan's ambassador to Georgia, X,")
            let named = s.toks.get(j + 1).is_some_and(|n| n.word && n.cap)
                || s.ment_at.get(j + 1).is_some_and(Option::is_some);
            let apposed = (j + 1..(j + 6).min(s.toks.len())).any(|k| {
                s.lower(k) == ","
                    && s.mention_starting(k + 1)
                        .is_some_and(|p| doc.entities[p.idx].kind == EntityType::Person)
            });
            return !named && !apposed;
        }
        j += 1;
    }
    false
}

/// The countries a group at token `k` (after determiners) acts for: "the
/// Chinese government" (or embassy, side, authorities), "Saudi and Iranian
/// officials", "Chinese medical experts", "the government of Lithuania".
/// "China's embassy", "Japan's delegation": a country owning its
/// government, embassy or delegation stands for the state that acts.
fn state_possessor(doc: &Document, s: &Sent, m: &TokRange, filler: &Filler) -> bool {
    s.lower(m.t1) == "'s"
        && (STATE_HEADS.contains(&s.lower(m.t1 + 1)) || s.lower(m.t1 + 1) == "delegation")
        && doc.entities[m.idx].kind == EntityType::Country
        && entity_ok(doc, filler, m.idx)
}

fn state_of(doc: &Document, s: &Sent, k: usize, filler: &Filler) -> Vec<TokRange> {
    let country_ok = |m: &TokRange| {
        doc.entities[m.idx].kind == EntityType::Country && entity_ok(doc, filler, m.idx)
    };
    let Some(m) = s.mention_starting(k) else {
        if STATE_HEADS.contains(&s.lower(k)) && s.lower(k + 1) == "of" {
            // "the government of southwest China's Sichuan Province": a
            // province or city governs itself; its government gives (the
            // country only when the place is no name we know).
            let j = skip_dets(s, k + 2);
            let mut r = j;
            while r < j + 2
                && s.toks
                    .get(r)
                    .is_some_and(|t| t.word && !t.cap && !text::is_function_word(&t.lower))
                && s.ment_at[r].is_none()
            {
                r += 1;
            }
            let r = skip_possessor(s, r);
            if let Some(m) = s.mention_starting(r).filter(|m| {
                let kind = doc.entities[m.idx].kind;
                // ("the side of Lake Victoria" is no one)
                let governs = kind == EntityType::Country
                    || (kind == EntityType::Location
                        && matches!(s.lower(k), "government" | "authorities"));
                governs && entity_ok(doc, filler, m.idx)
            }) {
                return vec![m];
            }
            if let Some(m) = s.mention_starting(j).filter(country_ok) {
                return vec![m];
            }
        }
        return Vec::new();
    };
    if !country_ok(&m) {
        return Vec::new();
    }
    if STATE_HEADS.contains(&s.lower(m.t1)) {
        return vec![m];
    }
    // ("South American leaders": the demonym is part of a longer name)
    // (a sentence's first word is capitalised anyway: "Senior Saudi officials")
    let inside_name = m.t0 > 0
        && s.toks[m.t0 - 1].cap
        && s.toks[m.t0 - 1].word
        && (m.t0 > 1
            || matches!(
                s.lower(m.t0 - 1),
                "south" | "north" | "east" | "west" | "latin" | "central"
            ));
    if inside_name
        || (!adjectival(doc, s, m) && !is_demonym_like(s.span(m.t0, m.t1).text(&doc.text)))
    {
        return Vec::new();
    }
    let mut members = vec![m];
    let mut j = m.t1;
    // "Saudi and Iranian officials"
    while matches!(s.lower(j), "and" | ",") {
        match s.mention_starting(j + 1).filter(country_ok) {
            Some(x) => {
                members.push(x);
                j = x.t1;
            }
            None => break,
        }
    }
    // up to two words before the head: "Chinese medical experts"
    let mut w = 0;
    while w < 2
        && s.toks.get(j).is_some_and(|t| {
            t.word && !t.cap && !text::is_function_word(&t.lower) && !PEOPLE.contains(&t.l())
        })
    {
        j += 1;
        w += 1;
    }
    if PEOPLE.contains(&s.lower(j)) || (w == 0 && STATE_HEADS.contains(&s.lower(j))) {
        members
    } else {
        Vec::new()
    }
}

/// "the U.S.-Japan pact", "a China-Pakistan trade agreement", "the
/// India-Sri Lanka accord": a hyphenated pair of names before the trigger
/// (over at most three lowercase modifiers) names both sides, or nothing.
fn hyphen_pair(doc: &Document, ctx: &DocCtx, s: &Sent, filler: &Filler, t0: usize) -> Vec<Fill> {
    // modifiers: "trade", "grain", "free-trade"; not "said the" (in
    // "Kent-Moore said the deal" the names are no premodifier)
    let modifier = |k: usize| {
        let w = s.lower(k);
        s.toks[k].word
            && !s.toks[k].cap
            && !s.speech[k]
            && !DETERMINERS.contains(&w)
            && !PREPS.contains(&w)
            && !is_clause_word(w)
    };
    let mut k = t0;
    while k > 0 && t0 - k < 3 && modifier(k - 1) {
        k -= 1;
    }
    if k == 0 || !s.toks[k - 1].cap && s.lower(k - 1) != "." {
        return Vec::new();
    }
    // The names are one unspaced run ("U.S.-Japan"), or two when the second
    // name has two words ("India-Sri Lanka").
    let run_start = |mut j: usize| {
        while j > 0 && s.toks[j - 1].end == s.toks[j].start {
            j -= 1;
        }
        j
    };
    let mut j = run_start(k - 1);
    let end = s.toks[k - 1].end;
    if !doc.text[s.toks[j].start..end].contains(['-', '–']) && j > 0 && s.toks[j].cap {
        j = run_start(j - 1);
    }
    let start = s.toks[j].start;
    let names = &doc.text[start..end];
    for (h, dash) in names.match_indices(['-', '–']) {
        let (cut, after) = (start + h, start + h + dash.len());
        if cut == start || after == end {
            continue;
        }
        // the first name: a mention ending at the hyphen ("South Korea-Japan")
        let first = ctx
            .ments
            .iter()
            .find(|&&(si, sp, _)| si == s.idx && sp.end == cut && sp.start <= start)
            .map(|&(_, sp, e)| (sp, e))
            .or_else(|| named_elsewhere(doc, ctx, Span::new(start, cut)));
        let second = named_elsewhere(doc, ctx, Span::new(after, end));
        let (Some((sp1, e1)), Some((sp2, e2))) = (first, second) else {
            continue;
        };
        if e1 == e2 || !entity_ok(doc, filler, e1) || !entity_ok(doc, filler, e2) {
            return Vec::new();
        }
        return [(sp1, e1), (sp2, e2)]
            .into_iter()
            .map(|(span, e)| Fill {
                t0: j,
                t1: k,
                span,
                entity: Some(e),
                value: None,
                resolved: false,
            })
            .collect();
    }
    Vec::new()
}

/// The entity a mention with the same words as `span` names, here or
/// elsewhere in the document ("Pakistan" in "China-Pakistan", which the
/// entity stage leaves inside the hyphenated word), with the span itself.
fn named_elsewhere(doc: &Document, ctx: &DocCtx, span: Span) -> Option<(Span, usize)> {
    let words = span.text(&doc.text);
    ctx.ments
        .iter()
        .find(|&&(_, sp, _)| sp.text(&doc.text) == words)
        .map(|&(_, _, e)| (span, e))
}

/// Plural nouns of people who meet as a group named by their role, not
/// by a name: "met [investors]", "talks with [its creditors]", "an online
/// meeting with [provincial health directors]". (Not "counterparts": that
/// one names people the text names elsewhere.)
const MEETING_GROUPS: &[&str] = &[
    "officials",
    "leaders",
    "ministers",
    "executives",
    "investors",
    "bankers",
    "directors",
    "representatives",
    "delegates",
    "delegations",
    "lawmakers",
    "legislators",
    "negotiators",
    "diplomats",
    "envoys",
    "managers",
    "creditors",
    "lenders",
    "shareholders",
    "bondholders",
    "unions",
    "governors",
    "mayors",
    "experts",
    "specialists",
    "doctors",
    "farmers",
    "workers",
    "students",
    "residents",
    "producers",
    "donors",
    // (heads who meet as a body: "a summit of the four presidents", "a
    // meeting of regional police chiefs", "the premiers will meet")
    "presidents",
    "premiers",
    "chiefs",
    "commanders",
    "councillors",
];

/// The people a meeting is held with when the text names them by role
/// only: a noun phrase at `p` headed by a plural of [`MEETING_GROUPS`], in
/// lower case ("Japanese officials", "Reagan administration officials" are
/// the entity slots': Japan, the administration; "a need of investors" is
/// a need), at most four words, said
/// which ones by a modifier or a determiner ("provincial health directors",
/// "its creditors"; a bare "officials" or "donors" says nothing), and not
/// the group of a named body ("officials of X", "from X", "specialists at
/// X": the entity slots give X), nor a possessor ("the farmers' unions").
fn people_group(s: &Sent, p: usize) -> Option<(usize, usize)> {
    let (a, b) = noun_phrase(&s.toks, p, &s.blocked)?;
    if let Some(e) = counted_tail(s, b) {
        // "officials of the five countries", "ministers from both sides"
        return counted_role_group(s, a, b).then_some((a, e));
    }
    role_group(s, p, a, b).then_some((a, b))
}

/// After a group's head at `b`, "of"/"from" and a counted group with no
/// name ("Finance officials [of the five countries]", "Officials [from the
/// two labour ministries]", "ministers [from both sides]"): the end of the
/// phrase, which says which people and which no entity slot gives (the
/// sides it counts may be named elsewhere, or not at all).
fn counted_tail(s: &Sent, b: usize) -> Option<usize> {
    if !matches!(s.lower(b), "of" | "from") {
        return None;
    }
    let mut k = b + 1;
    if s.lower(k) == "the" {
        k += 1;
        if !matches!(
            s.lower(k),
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        ) {
            return None;
        }
    } else if s.lower(k) != "both" {
        return None;
    }
    k += 1;
    // up to two lower-case words, the last a plural: "labour ministries"
    let plain = |j: usize| {
        s.toks
            .get(j)
            .is_some_and(|t| t.word && !t.cap && s.ment_at[j].is_none())
            && !text::is_function_word(s.lower(j))
    };
    let mut e = k;
    while e < k + 2 && plain(e) {
        e += 1;
    }
    // ("officials of the two governments", "ministers from both sides": the
    // two sides named before, which the entity slots give by name)
    let two = matches!(s.lower(b + 1), "both") || s.lower(b + 2) == "two";
    let sides = matches!(
        s.lower(k),
        "countries" | "governments" | "sides" | "nations" | "states"
    );
    (e > k && s.lower(e - 1).ends_with('s') && !(two && sides && e == k + 1)).then_some(e)
}

/// Whether `a..b` is a group of [`MEETING_GROUPS`] people a
/// [`counted_tail`] may follow: lower-case words up to the head (the
/// sentence's first word may be capitalised: "Foreign ministers of the
/// four countries"), no name.
fn counted_role_group(s: &Sent, a: usize, b: usize) -> bool {
    b > a
        && b - a <= 3
        && MEETING_GROUPS.contains(&s.lower(b - 1))
        && (a..b).all(|k| s.toks[k].word && s.ment_at[k].is_none() && (!s.toks[k].cap || k == 0))
}

/// Whether the words `a..b` (after determiners from `p`) are a group named
/// by its role, as [`people_group`] takes it.
fn role_group(s: &Sent, p: usize, a: usize, b: usize) -> bool {
    // ("meets a need of investors": the head is the need)
    let lower = s.toks[a..b].iter().all(|t| !t.cap && t.l() != "of");
    let which = b - a >= 2 || a > p;
    let whose = matches!(s.lower(b), "of" | "from" | "at" | "'" | "'s" | "’" | "’s");
    b > a && b - a <= 4 && MEETING_GROUPS.contains(&s.lower(b - 1)) && lower && which && !whose
}

/// Words that open a clause right before its subject ("when the ministers
/// first met", "and the governors will meet").
const SUBJECT_OPENERS: &[&str] = &["when", "after", "before", "once", "until", "since", "and"];

/// A group named by its role as the whole subject of the trigger at `t0`
/// ("The ministers themselves have met three times", "when the ministers
/// first met", "the deputy ministers are due to meet"): a [`people_group`]
/// that ends right before the verb, over adverbs, auxiliaries and a verb
/// group of intention, and that opens the clause (or follows a word that
/// opens one), unless it meets "again". A phrase inside a longer subject
/// ("talks between the ministers met resistance") or a bare plural
/// ("Officials met") is none.
fn people_subject(s: &Sent, cs: usize, t0: usize) -> Option<(usize, usize)> {
    // a noun trigger after a light verb ("Finance officials of the five
    // countries held a video call"): the verb's subject, when no determiner
    // points back to sides named before ("The presidents also held a video
    // conference", "Their ministers had held a video call": those named)
    let light = (t0.saturating_sub(4).max(cs)..t0)
        .rev()
        .take_while(|&j| s.toks[j].word && !s.toks[j].cap && s.ment_at[j].is_none())
        // ("had" is an auxiliary unless an article follows: "had met",
        // "had planned to meet")
        .find(|&j| {
            matches!(s.lower(j), "held" | "hold" | "holds" | "holding")
                || (s.lower(j) == "had" && j + 1 < t0 && matches!(s.lower(j + 1), "a" | "an"))
        });
    if let Some(v) = light {
        return verb_people_subject(s, cs, v)
            .filter(|&(a, _)| !(a > cs && DETERMINERS.contains(&s.lower(a - 1))));
    }
    // ("the annual shareholders meeting", "agriculture ministers meeting in
    // Luxembourg": a group right before a meeting noun modifies it)
    if matches!(
        s.lower(t0),
        "meeting" | "meetings" | "summit" | "talks" | "video" | "conference" | "session"
    ) && t0 > 0
        && MEETING_GROUPS.contains(&s.lower(t0 - 1))
    {
        return None;
    }
    verb_people_subject(s, cs, t0)
}

/// [`people_subject`] of the verb at `t0`.
fn verb_people_subject(s: &Sent, cs: usize, t0: usize) -> Option<(usize, usize)> {
    // ("The ministers will meet again in Geneva": the sides of the meeting
    // told before, which `sides_of_repeat` gives by name)
    if s.lower(t0 + 1) == "again" {
        return None;
    }
    let mut b = t0;
    loop {
        while b > cs
            && (is_adverb(s.lower(b - 1))
                || is_aux(s.lower(b - 1))
                || matches!(
                    s.lower(b - 1),
                    "first" | "themselves" | "can" | "could" | "may" | "might" | "must" | "should"
                ))
        {
            b -= 1;
        }
        match intention_group_start(s, b).filter(|&g| g > cs) {
            Some(g) => b = g,
            None => break,
        }
    }
    // "Foreign ministers of the four countries met …": the counted group
    // after the head belongs to the phrase
    if let Some(h) = (cs.max(b.saturating_sub(6))..b)
        .find(|&h| MEETING_GROUPS.contains(&s.lower(h)) && counted_tail(s, h + 1) == Some(b))
    {
        return (cs.max(h.saturating_sub(3))..=h)
            .filter(|&p| p == cs || SUBJECT_OPENERS.contains(&s.lower(p - 1)))
            .find_map(|p| {
                let mut a = p;
                while a < h && DETERMINERS.contains(&s.lower(a)) {
                    a += 1;
                }
                counted_role_group(s, a, h + 1).then_some((a, b))
            });
    }
    let head = b.checked_sub(1).filter(|&h| h >= cs)?;
    // ("The technical committee will meet online", "the board met on
    // Monday": a body that meets, as its subject only, with a determiner or
    // a modifier: not "Committee members met")
    // (not a habit: "the board meets monthly to review applications")
    if MEETING_BODIES.contains(&s.lower(head)) {
        return (s.lower(t0) != "meets")
            .then(|| body_subject(s, cs, head, b))
            .flatten();
    }
    if !MEETING_GROUPS.contains(&s.lower(head)) {
        return None;
    }
    // the phrase's first word opens the clause; its words run to the head
    // (determiners, then lower-case modifiers: "the deputy ministers")
    subject_openings(s, cs, head).find_map(|(p, a)| {
        let words = (a..head).all(|k| s.toks[k].word && !text::is_function_word(&s.toks[k].lower));
        // ("after a shareholders meeting": "a" before a plural makes
        // the group a modifier of the noun trigger, not its subject)
        let singular = (p..a).any(|k| matches!(s.lower(k), "a" | "an"));
        (words && !singular && role_group(s, p, a, b)).then_some((a, b))
    })
}

/// Where a subject phrase ending at its head `head` may start, nearest the
/// clause start `cs` first (at most five words back): `(p, a)` with `p` at
/// the clause start or after a word that opens one, and `a` past the
/// determiners that follow `p`.
fn subject_openings<'s>(
    s: &'s Sent,
    cs: usize,
    head: usize,
) -> impl Iterator<Item = (usize, usize)> + 's {
    (cs.max(head.saturating_sub(5))..head)
        .filter(move |&p| p == cs || SUBJECT_OPENERS.contains(&s.lower(p - 1)))
        .map(move |p| {
            let mut a = p;
            while a < head && DETERMINERS.contains(&s.lower(a)) {
                a += 1;
            }
            (p, a)
        })
}

/// Bodies that meet as a whole ("the board will meet next Thursday", "a
/// joint technical committee … will meet for the first time"): only as the
/// subject of a meeting verb (`people_subject`), never as whom one meets.
const MEETING_BODIES: &[&str] = &[
    "committee",
    "committees",
    "board",
    "boards",
    "commission",
    "council",
    "councils",
    "cabinet",
    "panel",
    "teams",
    "working group",
    "taskforce",
    "task force",
];

/// A body of [`MEETING_BODIES`] (head at `head`, subject ending at `b`) as
/// the whole subject, opening its clause (or after a word that opens
/// one) and said which by a determiner or lower-case modifiers ("the
/// board", "the education authority's board", "A joint technical committee
/// of the two authorities"): from its determiner to its head, or to the
/// end of an "of" phrase of lower-case words right after it.
fn body_subject(s: &Sent, cs: usize, head: usize, b: usize) -> Option<(usize, usize)> {
    subject_openings(s, cs, head).find_map(|(p, a)| {
        let words = (a..head).all(|k| {
            let w = s.lower(k);
            (s.toks[k].word && !s.toks[k].cap && !text::is_function_word(&s.toks[k].lower))
                || w == "'s"
                || w == "’s"
        });
        (words && a > p).then_some((a, b))
    })
}

/// "The Tift County Board of Commissioners … . The board will meet on
/// Monday": a body named by its head alone after "the" ("the board", "the
/// committee") is the last organization named before it whose name has
/// that word; else the words `a..b` as they stand.
fn body_named_before(doc: &Document, ctx: &DocCtx, s: &Sent, a: usize, b: usize) -> Fill {
    let head = s.lower(b - 1);
    if b == a + 1 && a > 0 && s.lower(a - 1) == "the" && MEETING_BODIES.contains(&head) {
        let start = s.toks[a].start;
        let named = ctx
            .ments
            .iter()
            .take_while(|&&(_, span, _)| span.start < start)
            .filter(|&&(_, _, e)| doc.entities[e].kind == EntityType::Organization)
            .filter(|&&(_, _, e)| {
                doc.entities[e]
                    .name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(head))
            })
            .last();
        if let Some(&(_, _, e)) = named {
            return Fill {
                t0: a - 1,
                t1: b,
                span: s.span(a - 1, b),
                entity: Some(e),
                value: None,
                resolved: true,
            };
        }
    }
    text_fill(s, a, b, None)
}

/// "$3 million worth of diagnostic equipment", "Rs 5 lakh worth of
/// medicines": the goods are named after the money that values them (the
/// money is the amount).
fn goods_after_worth(s: &Sent, p: usize) -> Option<usize> {
    let k = skip_dets(s, p);
    let k = k + amount_hedge_len(s, k);
    let a = amount_at(&s.toks, k, &s.blocked).filter(|a| a.money)?;
    (s.lower(a.t1) == "worth" && s.lower(a.t1 + 1) == "of").then_some(a.t1 + 2)
}

/// A pronoun (he/she/him/her) or "the two sides" at token `k`, resolved to
/// the most recent matching entities before it.
/// "Taiwan's ambassador, Lin Wei-chen, said [his government] would give
/// another $300,000": a government that "his" or "her" owns is the state of
/// the last person named, when the entity stage gave that person a country
/// ("Taiwan's ambassador") and the article names the country. (Not "their
/// government": which of several persons is unsaid.)
fn speakers_government(
    doc: &Document,
    ctx: &DocCtx,
    s: &Sent,
    k: usize,
    filler: &Filler,
) -> Option<Vec<Fill>> {
    let Filler::Entity(types) = filler else {
        return None;
    };
    let t = s.toks.get(k)?;
    if !matches!(t.l(), "his" | "her")
        || s.lower(k + 1) != "government"
        || !(types.is_empty() || types.contains(&EntityType::Country))
    {
        return None;
    }
    let i = ctx.persons.partition_point(|&(p, _)| p < t.start);
    let &(_, person) = ctx.persons.get(i.checked_sub(1)?)?;
    let code = doc.entities[person].attributes.get("country")?;
    let &(_, country) = ctx
        .countries
        .iter()
        .find(|&&(_, e)| doc.entities[e].kb_id.as_ref() == Some(code))?;
    Some(vec![Fill {
        t0: k,
        t1: k + 2,
        span: s.span(k, k + 2),
        entity: Some(country),
        value: None,
        resolved: true,
    }])
}

/// "…, after the two held talks for most of the morning", "…, where both
/// leaders met": a clause opened after a comma by "after", "before",
/// "when", "where" or "as", whose subject is a pair told before ("the two",
/// "the two sides", "both leaders"), has that pair as the subject of the
/// trigger in it (not a name of the main clause before the comma).
fn two_in_clause_before(
    doc: &Document,
    ctx: &DocCtx,
    s: &Sent,
    filler: &Filler,
    cs: usize,
    t0: usize,
) -> Option<Vec<Fill>> {
    let k = (cs + 1..t0).rev().find(|&k| {
        s.lower(k - 1) == ","
            && matches!(s.lower(k), "after" | "before" | "when" | "where" | "as")
            && ((s.lower(k + 1) == "the" && s.lower(k + 2) == "two") || s.lower(k + 1) == "both")
    })?;
    // (no name between the pair and the trigger: "after the two ministers
    // met Kenya's president" is theirs, "after the two …, X met" is X's)
    if s.ments.iter().any(|m| m.t0 > k && m.t1 <= t0) {
        return None;
    }
    let f = resolve_reference(doc, ctx, s, k + 1, filler)?;
    (f.len() >= 2).then_some(f)
}

fn resolve_reference(
    doc: &Document,
    ctx: &DocCtx,
    s: &Sent,
    k: usize,
    filler: &Filler,
) -> Option<Vec<Fill>> {
    let t = s.toks.get(k)?;
    let types = match filler {
        Filler::Entity(t) => t,
        _ => return None,
    };
    let allows = |ty: EntityType| types.is_empty() || types.contains(&ty);
    if matches!(t.l(), "he" | "she" | "him" | "her") && allows(EntityType::Person) {
        let i = ctx.persons.partition_point(|&(p, _)| p < t.start);
        let &(_, e) = ctx.persons.get(i.checked_sub(1)?)?;
        return Some(vec![Fill {
            t0: k,
            t1: k + 1,
            span: Span::new(t.start, t.end),
            entity: Some(e),
            value: None,
            resolved: true,
        }]);
    }
    if !matches!(t.l(), "the" | "both") {
        return None;
    }
    // "the two sides" are the last two countries named; "the two men", "the
    // two ministers" the last two persons.
    let two: [(&[&str], EntityType); 16] = [
        (&["the", "two", "sides"], EntityType::Country),
        (&["both", "sides"], EntityType::Country),
        (&["the", "two", "countries"], EntityType::Country),
        (&["both", "countries"], EntityType::Country),
        (&["the", "two", "nations"], EntityType::Country),
        (&["the", "two", "men"], EntityType::Person),
        (&["the", "two", "women"], EntityType::Person),
        (&["the", "two", "ministers"], EntityType::Person),
        (&["the", "two", "leaders"], EntityType::Person),
        (&["the", "two", "presidents"], EntityType::Person),
        (&["the", "two", "premiers"], EntityType::Person),
        (&["the", "two", "prime", "ministers"], EntityType::Person),
        (&["the", "two", "foreign", "ministers"], EntityType::Person),
        (&["both", "men"], EntityType::Person),
        (&["both", "leaders"], EntityType::Person),
        (&["both", "ministers"], EntityType::Person),
    ];
    for (p, ty) in two {
        let hit =
            k + p.len() <= s.toks.len() && p.iter().zip(&s.toks[k..]).all(|(w, t)| *w == t.l());
        if !hit || !allows(ty) {
            continue;
        }
        let named = if ty == EntityType::Person {
            &ctx.persons
        } else {
            &ctx.countries
        };
        let span = s.span(k, k + p.len());
        let i = named.partition_point(|&(pos, _)| pos < t.start);
        let mut seen: Vec<usize> = Vec::new();
        for &(pos, e) in named[..i].iter().rev() {
            // a spokesman who announced the talks is not one of "the two
            // ministers" who held them
            if ty == EntityType::Person && introduced_as_spokesperson(&doc.text, pos) {
                continue;
            }
            if !seen.contains(&e) {
                seen.push(e);
            }
            if seen.len() == 2 {
                break;
            }
        }
        if seen.len() < 2 {
            return None;
        }
        seen.reverse();
        return Some(
            seen.into_iter()
                .map(|e| Fill {
                    t0: k,
                    t1: k + p.len(),
                    span,
                    entity: Some(e),
                    value: None,
                    resolved: true,
                })
                .collect(),
        );
    }
    counted_group(doc, ctx, s, k, types)
}

/// Heads of a counted group and the kind of entity its members are ("the
/// two companies", "the three governments", "both foreign ministers").
const GROUP_HEADS: &[(&str, EntityType)] = &[
    ("countries", EntityType::Country),
    ("nations", EntityType::Country),
    ("governments", EntityType::Country),
    ("sides", EntityType::Country),
    ("neighbours", EntityType::Country),
    ("neighbors", EntityType::Country),
    ("companies", EntityType::Organization),
    ("firms", EntityType::Organization),
    ("banks", EntityType::Organization),
    ("groups", EntityType::Organization),
    ("organizations", EntityType::Organization),
    ("organisations", EntityType::Organization),
    ("institutions", EntityType::Organization),
    ("universities", EntityType::Organization),
    ("foundations", EntityType::Organization),
    ("agencies", EntityType::Organization),
    ("men", EntityType::Person),
    ("women", EntityType::Person),
    ("leaders", EntityType::Person),
    ("ministers", EntityType::Person),
    ("presidents", EntityType::Person),
    ("premiers", EntityType::Person),
    ("counterparts", EntityType::Person),
    ("officials", EntityType::Person),
];

/// Words after a bare count that show it stands alone for people ("the
/// two signed a deal", "the three agreed", "the two also discussed").
const AFTER_BARE_COUNT: &[&str] = &[
    "signed",
    "agreed",
    "met",
    "discussed",
    "held",
    "reached",
    "also",
    "later",
    "then",
    "have",
    "had",
    "will",
    "would",
    "jointly",
    "are",
    "were",
];

/// "the two companies", "the three countries", "both governments", "the
/// three agreed": a counted group at token `k`, resolved to the last that
/// many distinct entities of its kind named before it (a bare count to
/// persons); none when fewer were named.
fn counted_group(
    doc: &Document,
    ctx: &DocCtx,
    s: &Sent,
    k: usize,
    types: &[EntityType],
) -> Option<Vec<Fill>> {
    let (count, mut j) = match (s.lower(k), s.lower(k + 1)) {
        ("both", _) => (2, k + 1),
        ("the", "two") => (2, k + 2),
        ("the", "three") => (3, k + 2),
        ("the", "four") => (4, k + 2),
        _ => return None,
    };
    // "both foreign ministers", "the two prime ministers"
    let head = |j: usize| GROUP_HEADS.iter().find(|(w, _)| *w == s.lower(j));
    let mut found = head(j);
    while found.is_none() && j < k + 4 && s.toks.get(j).is_some_and(|t| t.word && !t.cap) {
        j += 1;
        found = head(j);
    }
    let ty = match found {
        Some(&(_, ty)) => ty,
        None if s.lower(k) == "the" && AFTER_BARE_COUNT.contains(&s.lower(k + 2)) => {
            j = k + 1;
            EntityType::Person
        }
        None => return None,
    };
    if !(types.is_empty() || types.contains(&ty)) {
        return None;
    }
    let members = last_named(doc, ctx, ty, s.toks[k].start, count)?;
    let span = s.span(k, j + 1);
    Some(
        members
            .into_iter()
            .map(|e| Fill {
                t0: k,
                t1: j + 1,
                span,
                entity: Some(e),
                value: None,
                resolved: true,
            })
            .collect(),
    )
}

/// Words of organization names that tell no body from another.
const GENERIC_NAME_WORDS: &[&str] = &[
    "Company",
    "Corp",
    "Corporation",
    "Group",
    "Bank",
    "International",
    "National",
    "Holdings",
    "Industries",
    "Department",
    "Ministry",
    "Association",
    "Organization",
    "Organisation",
    "Foundation",
    "Trust",
    "Limited",
    "Authority",
    "Council",
    "Agency",
    "Institute",
    "University",
    "Commission",
    "Office",
    "Service",
    "Services",
    "Power",
    "Energy",
    "General",
    "United",
];

/// Whether two organization names share a word of four letters or more that
/// is no generic part of names ("Justice", "Yamaha").
fn shares_distinctive_word(a: &str, b: &str) -> bool {
    let distinctive = |w: &&str| w.len() >= 4 && !GENERIC_NAME_WORDS.contains(w);
    a.split([' ', '-'])
        .filter(distinctive)
        .any(|w| b.split([' ', '-']).any(|v| v == w))
}

/// The last `n` distinct entities of kind `ty` named before byte `pos`, in
/// text order (a spokesman who announced the talks is none of the sides).
fn last_named(
    doc: &Document,
    ctx: &DocCtx,
    ty: EntityType,
    pos: usize,
    n: usize,
) -> Option<Vec<usize>> {
    let named = ctx.ments[..ctx.ments.partition_point(|&(_, sp, _)| sp.start < pos)]
        .iter()
        .rev()
        .filter(|&&(_, _, e)| doc.entities[e].kind == ty)
        .filter(|&&(_, sp, _)| {
            ty != EntityType::Person || !introduced_as_spokesperson(&doc.text, sp.start)
        });
    let mut seen: Vec<usize> = Vec::with_capacity(n);
    for &(_, _, e) in named {
        // "Justice Department" after "Department of Justice", "Yamaha-Olin
        // Metal Corp" after "Yamaha Group": one body named twice, or a
        // joint unit of the sides, not a second side
        let retold = |&x: &usize| {
            x == e
                || ty == EntityType::Organization
                    && shares_distinctive_word(&doc.entities[x].name, &doc.entities[e].name)
        };
        if !seen.iter().any(retold) {
            seen.push(e);
        }
        if seen.len() == n {
            seen.reverse();
            return Some(seen);
        }
    }
    None
}

/// "Younger said during a visit to Saudi Arabia that …", "X told reporters
/// on a visit to Y": a visit with no visitor of its own, told as the
/// circumstance of a named person's words, is that person's.
#[inline(never)] // (out of line: profiles show its cost)
fn visitors_from_speakers(doc: &Document, quotes: &[crate::model::Quote], events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.kind != "visit" || e.arguments.iter().any(|a| a.role == "visitor") {
            continue;
        }
        let before = doc.text.get(..e.trigger.start).unwrap_or("");
        // "during a [two-day] visit", "on his [first] visit", in the clause
        let clause = before
            .rsplit(['.', ',', ';', '"', '“', '”'])
            .next()
            .unwrap_or("");
        let circumstance = clause
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| matches!(w, "during" | "on"));
        if !circumstance {
            continue;
        }
        let speaker = quotes.iter().find_map(|q| {
            let (entity, span) = (q.speaker?, q.speaker_span?);
            (q.sentence == e.sentence
                && span.end <= e.trigger.start
                && doc.entities.get(entity)?.kind == EntityType::Person)
                .then_some((entity, span))
        });
        if let Some((entity, span)) = speaker {
            e.arguments.push(Argument {
                role: "visitor".to_string(),
                span,
                entity: Some(entity),
                value: None,
            });
        }
    }
}

/// Words of a meeting held at a distance, in its trigger or its sentence:
/// such a meeting whose mode no slot filled gets no default.
const REMOTE_WORDS: &[&str] = &[
    "call",
    "calls",
    "phone",
    "phoned",
    "telephone",
    "telephoned",
    "video",
    "videoconference",
    "videoconferences",
    "online",
    "virtual",
    "virtually",
    "webinar",
    "spoke",
    "speak",
    "speaks",
    "talked",
    "teleconference",
    "zoom",
    "link",
    "remotely",
    "internet",
    "skype",
];

/// Meetings are held in person unless told otherwise: a meeting with no
/// mode, whose trigger and sentence have no word of a meeting at a distance
/// ("by video link", "phone call", "online", "spoke"), is `in-person`
/// ("The two leaders held two hours of talks", "the council's next
/// meeting is on January 25"), on the trigger's span.
fn meetings_in_person(doc: &Document, sentences: &[Span], events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.kind != "meeting" || e.arguments.iter().any(|a| a.role == "mode") {
            continue;
        }
        let sentence = sentences
            .get(e.sentence)
            .and_then(|s| doc.text.get(s.start..s.end))
            .unwrap_or("");
        let trigger = doc.text.get(e.trigger.start..e.trigger.end).unwrap_or("");
        // (compared in place: this runs over every word of every meeting's
        // sentence, and lowercasing each into a String cost more than the rest)
        let remote = |text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| (4..=16).contains(&w.len()))
                .any(|w| REMOTE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
        };
        if remote(trigger) || remote(sentence) {
            continue;
        }
        e.arguments.push(Argument {
            role: "mode".to_string(),
            span: e.trigger,
            entity: None,
            value: Some("in-person".to_string()),
        });
    }
}

/// A visit abroad is hosted by the country it goes to: a visit with no
/// host whose place is a location of a country the article names, and whose
/// visitor comes from another country, gets that country as host
/// ("Portugal's secretary of state will visit Beira" → host Mozambique when
/// the article names Mozambique). A visitor of the place's own country, or
/// of no known country, gets none.
fn hosts_from_place(doc: &Document, events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.kind != "visit" || e.arguments.iter().any(|a| a.role == "host") {
            continue;
        }
        let visitor_countries = visitor_countries(doc, e);
        if visitor_countries.is_empty() {
            continue;
        }
        let place = e.arguments.iter().find_map(|a| {
            let x = a.entity?;
            let ent = &doc.entities[x];
            (a.role == "place" && ent.kind == EntityType::Location)
                .then(|| Some((a.span, ent.attributes.get("country")?.as_str())))
                .flatten()
        });
        let Some((span, code)) = place else { continue };
        if visitor_countries.iter().any(|c| c == code) {
            continue;
        }
        let country = doc
            .entities
            .iter()
            .position(|c| c.kind == EntityType::Country && c.kb_id.as_deref() == Some(code));
        if let Some(country) = country {
            e.arguments.push(Argument {
                role: "host".to_string(),
                span,
                entity: Some(country),
                value: None,
            });
        }
    }
}

/// Whether the person mention at `pos` follows "spokesman", "spokeswoman"
/// or "spokesperson" ("ministry spokesman Choi Hyun-woo").
fn introduced_as_spokesperson(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end_matches([' ', ',']);
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word.to_ascii_lowercase().as_str(),
        "spokesman" | "spokeswoman" | "spokesperson"
    )
}

/// "the hospital", "the foundation" at token `k` (after "the"): the
/// organization named earlier whose name has that word ("Qiandong Mountain
/// People's Hospital"), its most recent mention first. Only a bare head noun:
/// "the hospital board" is something else.
fn definite_organization(doc: &Document, s: &Sent, k: usize, filler: &Filler) -> Option<Vec<Fill>> {
    if s.toks.get(k + 1).is_some_and(|n| {
        n.word && !text::is_function_word(&n.lower) || n.lower == "'s" || n.lower == "-"
    }) && !counted_goods_after(s, k + 1)
    {
        return None;
    }
    definite_institution(doc, s, k, filler)
}

/// Counted goods at token `k`, a second object after a first one: "gave
/// the association [two snowmobiles]", "sent the hospital [40 beds]" (a
/// count, then a word that is no unit of time).
fn counted_goods_after(s: &Sent, k: usize) -> bool {
    let Some(t) = s.toks.get(k) else {
        return false;
    };
    let count = text::is_number_word(&t.lower) || t.lower.starts_with(|c: char| c.is_ascii_digit());
    count
        && !s.blocked[k]
        && s.toks.get(k + 1).is_some_and(|n| {
            n.word && !n.cap && !text::is_function_word(&n.lower) && !s.blocked[k + 1]
        })
}

/// [`definite_organization`] without the check of the word after `k`.
fn definite_institution(doc: &Document, s: &Sent, k: usize, filler: &Filler) -> Option<Vec<Fill>> {
    let t = s.toks.get(k)?;
    if k == 0 || s.lower(k - 1) != "the" || !t.word || t.cap || t.lower.len() < 4 {
        return None;
    }
    let head = t.l();
    if !RECEIVING_INSTITUTIONS.contains(&head) {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    for (ei, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityType::Organization || !entity_ok(doc, filler, ei) {
            continue;
        }
        // Only the words before "of" say what the body is: "the hospital"
        // is the "University Hospital of Wales", not the "Friends of
        // Chilbury Hospital" (a support group) nor the "Bank of X Hospital".
        let own_words = e.name.split(" of ").next().unwrap_or(&e.name);
        let named_so = own_words
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(head));
        if !named_so
            && !e
                .mentions
                .iter()
                .any(|m| m.span.start < t.start && introduced_as(&doc.text, m.span, head))
        {
            continue;
        }
        for m in &e.mentions {
            if m.span.start < t.start && best.is_none_or(|(b, _)| m.span.start > b) {
                best = Some((m.span.start, ei));
            }
        }
    }
    let (_, e) = best?;
    Some(vec![resolved_fill(s, k, e)])
}

/// Whether the name at `m` is introduced by an apposition that says it is
/// a `kind` ("foundation"), before it ("a Dutch foundation, Klaslokaal
/// Zonder Muren,") or after it ("Mama Shamba, a Tanzanian charity that
/// …"): "the foundation" may then stand for it though its name does not
/// say so.
fn introduced_as(text: &str, m: Span, kind: &str) -> bool {
    let is_kind = |w: &str| w.eq_ignore_ascii_case(kind);
    // "…, a Dutch foundation, NAME": the last word before the comma.
    let before = text[..m.start].trim_end();
    if let Some(b) = before.strip_suffix(',') {
        if b.rsplit(' ').next().is_some_and(is_kind) {
            return true;
        }
    }
    // "NAME, a Tanzanian charity …": the kind within four words of "a".
    let Some(after) = text[m.end..].strip_prefix(", ") else {
        return false;
    };
    let mut words = after.split(' ');
    matches!(words.next(), Some("a" | "an"))
        && words
            .take(4)
            .map(|w| w.trim_end_matches([',', '.', ';']))
            .any(is_kind)
}

/// The one-token fill of token `k` resolved to entity `e`.
fn resolved_fill(s: &Sent, k: usize, e: usize) -> Fill {
    let t = &s.toks[k];
    Fill {
        t0: k,
        t1: k + 1,
        span: Span::new(t.start, t.end),
        entity: Some(e),
        value: None,
        resolved: true,
    }
}

/// A subject that is a definite description of organizations named earlier,
/// right at the head of the clause: "The foundation signed …", "The company
/// and the foundation signed …", each description a bare head noun followed
/// by "and", the verb `t0`, an auxiliary or an adverb ("the company also
/// signed"; not "the foundation board signed"). "The hospital" and its kind
/// resolve as an object's do ([`definite_institution`]); "the company" and
/// "the firm", whose kind a name rarely carries, go to the company named
/// last before them ([`is_company_name`]). A description that does not
/// resolve adds nothing: that party is unknown, not a guess.
fn definite_subject(doc: &Document, s: &Sent, cs: usize, t0: usize, filler: &Filler) -> Vec<Fill> {
    let mut fills = Vec::new();
    let mut k = cs;
    while k + 1 < t0 && s.lower(k) == "the" {
        let head = k + 1;
        let next = s.lower(head + 1);
        // "The foundation is expected to donate", "the charity plans to
        // give": the head controls the infinitive a short verb group after it.
        // (not "if the company is to meet its target")
        let controls = s.lower(t0 - 1) == "to"
            && t0 - head <= 4
            && (head + 1..t0 - 1).all(|j| s.toks[j].word && !s.toks[j].cap)
            && (head + 1..t0 - 1).any(|j| INTENDS.contains(&s.lower(j)));
        if !(head + 1 == t0 || next == "and" || is_aux(next) || is_adverb(next) || controls) {
            break;
        }
        fills.extend(
            definite_institution(doc, s, head, filler)
                .or_else(|| definite_company(doc, s, head, filler))
                .unwrap_or_default(),
        );
        if next != "and" {
            break;
        }
        k = head + 2;
    }
    fills.dedup_by_key(|f| f.entity);
    fills
}

/// Verbs and adjectives of intention or expectation that pass their
/// subject to an infinitive ("is expected to donate", "plans to give").
const INTENDS: &[&str] = &[
    "expected",
    "set",
    "due",
    "scheduled",
    "slated",
    "going",
    "plans",
    "planned",
    "planning",
    "intends",
    "intended",
    "aims",
    "hopes",
    "wants",
    "pledged",
    "promised",
    "agreed",
    "decided",
    "offered",
    "vowed",
    "likely",
];

/// "the company", "the firm" at token `k`: the company named last before it.
fn definite_company(doc: &Document, s: &Sent, k: usize, filler: &Filler) -> Option<Vec<Fill>> {
    let t = s.toks.get(k)?;
    if !matches!(t.l(), "company" | "firm") {
        return None;
    }
    let e = quotes::org_before(doc, t.start, is_company_name)?;
    entity_ok(doc, filler, e).then(|| vec![resolved_fill(s, k, e)])
}

/// Whether an organization's name says it is a company: a legal form
/// among its words ("Hengda Medical Equipment Co.", "Nordhavn Pharma A/S",
/// "PT Nusantara Semen Jaya") or a word only firms take ("Holdings").
pub(crate) fn is_company_name(name: &str) -> bool {
    const MARKS: &[&str] = &[
        "co",
        "company",
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "plc",
        "llc",
        "llp",
        "lp",
        "ag",
        "gmbh",
        "sa",
        "s.a",
        "spa",
        "s.p.a",
        "nv",
        "n.v",
        "bv",
        "b.v",
        "ab",
        "asa",
        "a/s",
        "as",
        "oy",
        "oyj",
        "kk",
        "pte",
        "bhd",
        "pt",
        "tbk",
        "srl",
        "sarl",
        "holdings",
        "group",
    ];
    name.split([' ', ',', '\n'])
        .map(|w| w.trim_end_matches('.'))
        .any(|w| MARKS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Whether an organization's name says it is a public body ("Securities and
/// Exchange Commission", "Ministry of Health", "Food and Drug
/// Administration"), which "the company" does not refer to.
pub(crate) fn is_public_body_name(name: &str) -> bool {
    const MARKS: &[&str] = &[
        "commission",
        "administration",
        "agency",
        "ministry",
        "department",
        "court",
        "government",
        "council",
        "parliament",
        "congress",
        "senate",
        "bureau",
        "office",
        "police",
        "army",
    ];
    name.split([' ', ',', '\n'])
        .any(|w| MARKS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// National capitals that news uses for their governments ("Canberra",
/// "Beijing"), with their countries' codes. (Not capitals that share a name
/// with their country or a state: Singapore, Kuwait, Washington.)
const CAPITALS: &[(&str, &str)] = &[
    ("Beijing", "CN"),
    ("Tokyo", "JP"),
    ("Seoul", "KR"),
    ("Moscow", "RU"),
    ("London", "GB"),
    ("Paris", "FR"),
    ("Berlin", "DE"),
    ("Rome", "IT"),
    ("Madrid", "ES"),
    ("Canberra", "AU"),
    ("Wellington", "NZ"),
    ("Ottawa", "CA"),
    ("New Delhi", "IN"),
    ("Islamabad", "PK"),
    ("Ankara", "TR"),
    ("Tehran", "IR"),
    ("Riyadh", "SA"),
    ("Abu Dhabi", "AE"),
    ("Doha", "QA"),
    ("Brasilia", "BR"),
    ("Pretoria", "ZA"),
    ("Cairo", "EG"),
    ("Jakarta", "ID"),
    ("Kyiv", "UA"),
    ("Kiev", "UA"),
    ("Warsaw", "PL"),
    ("Vilnius", "LT"),
    ("Stockholm", "SE"),
    ("Oslo", "NO"),
    ("Copenhagen", "DK"),
    ("Helsinki", "FI"),
    ("Vienna", "AT"),
    ("Dublin", "IE"),
    ("Taipei", "TW"),
    ("Pyongyang", "KP"),
    ("Hanoi", "VN"),
    ("Manila", "PH"),
    ("Bangkok", "TH"),
    ("Kuala Lumpur", "MY"),
    ("Dhaka", "BD"),
    ("Kabul", "AF"),
    ("Baghdad", "IQ"),
    ("Damascus", "SY"),
    ("Amman", "JO"),
    ("Tbilisi", "GE"),
    ("Baku", "AZ"),
    ("Yerevan", "AM"),
    ("Minsk", "BY"),
    ("Astana", "KZ"),
    ("Tashkent", "UZ"),
    ("Bishkek", "KG"),
    ("Ulaanbaatar", "MN"),
    ("Havana", "CU"),
    ("Caracas", "VE"),
    ("Bogota", "CO"),
    ("Lima", "PE"),
    ("Buenos Aires", "AR"),
    ("Santiago", "CL"),
    ("Addis Ababa", "ET"),
    ("Abuja", "NG"),
    ("Accra", "GH"),
    ("Nairobi", "KE"),
    ("Khartoum", "SD"),
    ("Kathmandu", "NP"),
];

/// A fill of a capital city ("Canberra") as the country it stands for, when
/// the article names that country too (its entity is the argument). Not
/// "Beijing-based" or "Beijing's".
fn capital_as_country(doc: &Document, s: &Sent, f: Fill) -> Option<Fill> {
    let e = &doc.entities[f.entity?];
    if e.kind != EntityType::Location || matches!(s.lower(f.t1), "-" | "'s") {
        return None;
    }
    let &(_, code) = CAPITALS.iter().find(|(c, _)| *c == e.name)?;
    if e.attributes.get("country").is_some_and(|c| c != code) {
        return None;
    }
    let country = doc
        .entities
        .iter()
        .position(|c| c.kind == EntityType::Country && c.kb_id.as_deref() == Some(code))?;
    Some(Fill {
        entity: Some(country),
        resolved: true,
        ..f
    })
}

/// A country ISO code from the context of an argument mention: "China's X",
/// "a Chinese X", "X in Naples, Italy", "X in northwest China's Shaanxi".
fn context_country(doc: &Document, s: &Sent, t0: usize, t1: usize) -> Option<String> {
    let code_of = |e: usize| -> Option<String> {
        let ent = &doc.entities[e];
        match ent.kind {
            EntityType::Country => ent
                .kb_id
                .clone()
                .or_else(|| ent.attributes.get("country").cloned()),
            _ => ent.attributes.get("country").cloned(),
        }
    };
    // before: "China's X", "Chinese X"
    if t0 >= 2 && s.lower(t0 - 1) == "'s" {
        if let Some(m) = s.mention_ending(t0 - 1) {
            if doc.entities[m.idx].kind == EntityType::Country {
                return code_of(m.idx);
            }
        }
    }
    let mut k = t0;
    while k > 0 && DETERMINERS.contains(&s.lower(k - 1)) {
        k -= 1;
    }
    if let Some(m) = s.mention_ending(k) {
        if doc.entities[m.idx].kind == EntityType::Country && adjectival(doc, s, m) {
            return code_of(m.idx);
        }
    }
    // after: "in …" up to the next "and" / clause end, one comma allowed
    if s.lower(t1) == "in" || s.lower(t1) == "," && s.lower(t1 + 1) == "in" {
        let start = if s.lower(t1) == "in" { t1 + 1 } else { t1 + 2 };
        let mut commas = 0;
        let mut found = None;
        for j in start..(start + 8).min(s.toks.len()) {
            let w = s.lower(j);
            if matches!(w, "and" | ";" | "." | "who" | "which") {
                break;
            }
            if w == "," {
                commas += 1;
                if commas > 1 {
                    break;
                }
                continue;
            }
            if let Some(m) = s.mention_starting(j) {
                let e = &doc.entities[m.idx];
                if e.kind == EntityType::Country {
                    return code_of(m.idx);
                }
                if found.is_none() {
                    found = code_of(m.idx);
                }
            }
        }
        if found.is_some() {
            return found;
        }
    }
    None
}

/// ISO codes of the countries an event involves: country arguments, the
/// `country` attribute of argument entities, countries seen in argument
/// context, and the country of a longer-known entity named inside an
/// argument's name ("X Hospital of Xi'an Jiaotong University").
#[inline(never)] // (out of line: profiles show its cost)
fn event_countries(doc: &Document, e: &Event, cache: &mut [Option<Option<String>>]) -> Vec<String> {
    let mut out: BTreeSet<String> = e.countries.iter().cloned().collect();
    for a in &e.arguments {
        let Some(x) = a.entity else { continue };
        // Statements name the same speakers again and again: each entity's
        // country is worked out once per document.
        let c = cache[x].get_or_insert_with(|| entity_country(doc, x));
        if let Some(c) = c {
            out.insert(c.clone());
        }
    }
    out.retain(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()));
    out.into_iter().collect()
}

/// The country an argument entity brings to an event (see [`event_countries`]).
/// The countries of an event's visitors (those whose entity has one).
fn visitor_countries(doc: &Document, e: &Event) -> Vec<String> {
    e.arguments
        .iter()
        .filter(|a| a.role == "visitor")
        .filter_map(|a| entity_country(doc, a.entity?))
        .collect()
}

fn entity_country(doc: &Document, x: usize) -> Option<String> {
    let ent = &doc.entities[x];
    let own = match ent.kind {
        EntityType::Country => ent
            .kb_id
            .clone()
            .filter(|k| k.len() == 2)
            .or_else(|| ent.attributes.get("country").cloned()),
        _ => ent.attributes.get("country").cloned(),
    };
    if own.is_some() {
        return own;
    }
    // Only institutions take a country from a name inside theirs
    // ("… Hospital of Xi'an Jiaotong University").
    if ent.kind != EntityType::Organization {
        return None;
    }
    // An entity whose name is part of this one's name and has a country.
    for other in &doc.entities {
        if other.name.len() >= 4
            && other.name.len() < ent.name.len()
            && contains_words(&ent.name, &other.name)
        {
            if let Some(c) = other.attributes.get("country") {
                return Some(c.clone());
            }
        }
    }
    None
}

fn contains_words(hay: &str, needle: &str) -> bool {
    // Each occurrence starts with the needle's first byte where the rest
    // still fits: a byte search rules out most pairs of names before a
    // substring searcher is set up (the setup is most of a call on names).
    if let Some(&first) = needle.as_bytes().first() {
        let Some(last) = hay.len().checked_sub(needle.len()) else {
            return false;
        };
        if memchr::memchr(first, &hay.as_bytes()[..=last]).is_none() {
            return false;
        }
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The dateline's city: "BEIJING, April 2 (Xinhua) --", "LONDON (Reuters) -",
/// "SANTIAGO —" (found as the entity stage finds it), with the place entity
/// there if the entity stage made one.
fn dateline_city(doc: &Document) -> Option<(String, Option<usize>)> {
    let span = crate::entities::dateline::dateline_place(&doc.text)?;
    let ent = doc.entities.iter().position(|e| {
        matches!(e.kind, EntityType::Location | EntityType::Country)
            && e.mentions.iter().any(|m| m.span.overlaps(span))
    });
    let name = match ent {
        Some(i) => doc.entities[i].name.clone(),
        None => crate::entities::dateline::usual_case_forms(span.text(&doc.text))
            .into_iter()
            .next()?,
    };
    Some((name, ent))
}

/// The byte at `s` starts a character right after a curly quote (for the
/// prefilter's word-boundary check).
/// The prefilter's search for rule sets whose word patterns are all ASCII
/// letters and digits, at most 16 bytes long. It finds exactly the hits the
/// Aho-Corasick search keeps: such a pattern can only match a whole word as
/// a maximal run of ASCII letters and digits (the byte after the run is no
/// letter or digit, the byte before it is none either, or is the end of a
/// curly quote or dash), and no kept match can hide another, since runs do
/// not overlap. A run is looked up by its bytes packed into a `u128`: no
/// DFA step per byte, no string built per word.
struct WordScan {
    /// Open addressing, a power of two long: (packed lowercase word,
    /// pattern id).
    table: Vec<(u128, usize)>,
    /// Per slot of `table`: a fingerprint of its word, 0 when empty. Small
    /// (most runs stop at an empty slot here) and sparse (few collisions).
    fps: Vec<u16>,
    /// One bit per slot: some word hashes to it (its home slot, before
    /// probing). 1 KB for the bundled rules where `fps` is 16 KB: the runs
    /// that are no pattern (nearly all) stop here, on a table that stays
    /// in L1, instead of missing the cache on `fps` at a random slot.
    home: Vec<u64>,
    /// A first test on every run, before its full key is packed: one bit
    /// per [`quick_slot`] of each word (its first eight bytes and length),
    /// as long as `home`. About 6% of the runs of news text pass.
    quick: Vec<u64>,
    /// log2 of the table length.
    bits: u32,
    /// The length of the shortest word pattern.
    min_len: usize,
    /// Pattern ids of `"`, `“` and `”`, when quote marks are searched.
    quotes: Option<[usize; 3]>,
    /// The three quote marks (pattern 0, 1, 2 as in `quotes`): rare in a
    /// text, so a vectorised search finds them for less than a bit mask
    /// per byte in the word loop costs.
    quote_marks: AhoCorasick,
}

const WORD_SCAN_MAX: usize = 16;

/// Keeps the first `len` bytes of `raw` (little-endian) and lowercases them:
/// `| 0x20` lowercases ASCII letters and leaves digits as they are.
fn pack_word(raw: u128, len: usize) -> u128 {
    let mask = if len >= WORD_SCAN_MAX {
        u128::MAX
    } else {
        (1u128 << (8 * len)) - 1
    };
    (raw | 0x2020_2020_2020_2020_2020_2020_2020_2020) & mask
}

/// Masks of the low `n` bytes of a `u64`, for `n` in `0..=8`.
const LOW_BYTES: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        t[n] = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        n += 1;
    }
    t
};

/// The quick-test slot of a word of `len` bytes whose first eight bytes
/// (little-endian, any bytes past the word) are `raw`: lowercased like
/// [`pack_word`], cut to the word, mixed with its length.
#[inline]
fn quick_slot(raw: u64, len: usize, bits: u32) -> usize {
    let key = (raw | 0x2020_2020_2020_2020) & LOW_BYTES[len.min(8)];
    ((key ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// Slot and fingerprint (never 0) of a packed word.
fn word_slot(key: u128, bits: u32) -> (usize, u16) {
    let h = (key as u64 ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((h >> (64 - bits)) as usize, (h as u16) | 1)
}

impl WordScan {
    fn new(patterns: &[String], kinds: &[PatternKind]) -> Option<WordScan> {
        let words = patterns
            .iter()
            .zip(kinds)
            .filter(|(_, k)| **k != PatternKind::Quote)
            .count();
        let bits = (words * 32).next_power_of_two().max(64).trailing_zeros();
        let mut table = vec![(0u128, 0usize); 1 << bits];
        let mut fps = vec![0u16; 1 << bits];
        let mut home = vec![0u64; (1usize << bits).div_ceil(64)];
        let mut quick = home.clone();
        let mut quotes = [usize::MAX; 3];
        let mut min_len = WORD_SCAN_MAX;
        for (id, (p, kind)) in patterns.iter().zip(kinds).enumerate() {
            if *kind == PatternKind::Quote {
                let q = ["\"", "“", "”"].iter().position(|q| q == p)?;
                quotes[q] = id;
                continue;
            }
            if p.is_empty()
                || p.len() > WORD_SCAN_MAX
                || !p.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                return None;
            }
            min_len = min_len.min(p.len());
            let mut raw = [0u8; WORD_SCAN_MAX];
            raw[..p.len()].copy_from_slice(p.as_bytes());
            let key = pack_word(u128::from_le_bytes(raw), p.len());
            let q = quick_slot(load8(p.as_bytes(), 0), p.len(), bits);
            quick[q >> 6] |= 1 << (q & 63);
            let (mut slot, fp) = word_slot(key, bits);
            home[slot >> 6] |= 1 << (slot & 63);
            while fps[slot] != 0 {
                // Two patterns the same but for case: leave that to the automaton.
                if table[slot].0 == key {
                    return None;
                }
                slot = (slot + 1) & (fps.len() - 1);
            }
            table[slot] = (key, id);
            fps[slot] = fp;
        }
        let quotes = match quotes.iter().filter(|&&q| q != usize::MAX).count() {
            0 => None,
            3 => Some(quotes),
            _ => return None,
        };
        let quote_marks = AhoCorasick::new(["\"", "“", "”"]).ok()?;
        Some(WordScan {
            quote_marks,
            table,
            fps,
            home,
            quick,
            bits,
            min_len,
            quotes,
        })
    }

    /// Calls `hit(start, end, pattern)` for each hit, in text order; `alnum`
    /// becomes the text's bit set of ASCII letters and digits (see
    /// [`text::alnum_bits`]), which the scan makes anyway.
    #[inline(never)] // (out of line: profiles show its cost)
    fn find(&self, text: &str, alnum: &mut Vec<u64>, mut hit: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        // Quote marks first (a few per text at most); each is reported
        // just before the first word hit after it, or at the end.
        let mut marks = self
            .quotes
            .map(|q| {
                self.quote_marks
                    .find_iter(text)
                    .map(move |m| (m.start(), m.end(), q[m.pattern().as_usize()]))
            })
            .into_iter()
            .flatten()
            .peekable();
        // Each block of 64 bytes becomes a bit mask of its word bytes, eight
        // bytes at a time; then only run ends are visited, a few per block,
        // not every byte. Positions run to `n` inclusive: a space past the
        // end closes the last run.
        let mut prev_word = 0u64;
        let mut prev_starts = 0u64;
        let mut run_start = 0;
        let mut base = 0;
        alnum.clear();
        alnum.reserve(n / 64 + 1);
        while base <= n {
            let mut words = 0u64;
            match bytes.get(base..base + 64) {
                Some(block) => {
                    let mut xs = [0u64; 8];
                    for (x, w) in xs.iter_mut().zip(block.chunks_exact(8)) {
                        *x = u64::from_le_bytes(w.try_into().unwrap_or([b' '; 8]));
                    }
                    // Most blocks are all ASCII: then the cheaper test,
                    // with no guard against bytes past 0x7F.
                    if xs.iter().fold(0, |a, x| a | x) & 0x8080_8080_8080_8080 == 0 {
                        for (k, &x) in xs.iter().enumerate() {
                            words |= (ascii_word_bytes(x) as u64) << (8 * k);
                        }
                    } else {
                        for (k, &x) in xs.iter().enumerate() {
                            words |= (word_bytes(x) as u64) << (8 * k);
                        }
                    }
                }
                None => {
                    let mut block = [b' '; 64];
                    block[..n - base].copy_from_slice(&bytes[base..]);
                    for (k, w) in block.chunks_exact(8).enumerate() {
                        let x = u64::from_le_bytes(w.try_into().unwrap_or([b' '; 8]));
                        words |= (word_bytes(x) as u64) << (8 * k);
                    }
                }
            }
            alnum.push(words);
            let shifted = (words << 1) | prev_word;
            prev_word = words >> 63;
            let starts = words & !shifted;
            let ends = shifted & !words;
            // Runs shorter than every pattern ("a", "of", "to": a third of
            // news words) are dropped here, by their ends that have a start
            // fewer than `min_len` bytes before (maybe in the block before),
            // rather than tested one by one (a branch that mispredicts).
            let mut short = 0u64;
            for k in 1..self.min_len {
                short |= (starts << k) | (prev_starts >> (64 - k));
            }
            prev_starts = starts;
            // Only ends are visited: a run's start is the last start bit
            // below its end, or one carried from an earlier block (runs
            // alternate start, end, so no other start lies between).
            let mut todo = ends & !short;
            while todo != 0 {
                let j = todo.trailing_zeros() as usize;
                todo &= todo - 1;
                let pos = base + j;
                if pos > n {
                    break;
                }
                let bit = 1u64 << j;
                let below = starts & (bit - 1);
                let start = if below != 0 {
                    base + 63 - below.leading_zeros() as usize
                } else {
                    run_start
                };
                let l = pos - start;
                let q = quick_slot(load8(bytes, start), l, self.bits);
                if l <= WORD_SCAN_MAX && self.quick[q >> 6] & (1 << (q & 63)) != 0 {
                    if let Some(id) = self.word_at(text, start, pos) {
                        // (no mark lies inside the run)
                        while let Some((ms, me, mid)) = marks.next_if(|m| m.0 < start) {
                            hit(ms, me, mid);
                        }
                        hit(start, pos, id);
                    }
                }
            }
            // A run still open at the block's end started at its last start.
            if starts != 0 {
                run_start = base + 63 - starts.leading_zeros() as usize;
            }
            base += 64;
        }
        for (ms, me, mid) in marks {
            hit(ms, me, mid);
        }
    }

    /// The pattern that is the run `s..e` of ASCII letters and digits, when
    /// the run is a whole word. Branches here go the same way for almost
    /// every run (a run is seldom a pattern), so they are predicted well.
    #[inline]
    fn word_at(&self, text: &str, s: usize, e: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let l = e - s;
        if l > WORD_SCAN_MAX {
            return None;
        }
        let raw = match bytes.get(s..s + WORD_SCAN_MAX) {
            Some(w) => u128::from_le_bytes(w.try_into().unwrap_or_default()),
            None => {
                let mut w = [0u8; WORD_SCAN_MAX];
                w[..l].copy_from_slice(&bytes[s..e]);
                u128::from_le_bytes(w)
            }
        };
        let key = pack_word(raw, l);
        let (mut slot, fp) = word_slot(key, self.bits);
        if self.home[slot >> 6] & (1 << (slot & 63)) == 0 {
            return None;
        }
        let id = loop {
            match self.fps[slot] {
                0 => return None,
                f if f == fp && self.table[slot].0 == key => break self.table[slot].1,
                _ => slot = (slot + 1) & (self.fps.len() - 1),
            }
        };
        if s > 0 && bytes[s - 1] >= 0x80 && !is_curly(text, s) {
            return None;
        }
        Some(id)
    }
}

/// Does `w` end a topic list? A verb, pronoun or clause word does, and so
/// does a preposition of the occasion rather than the subject ("discussed
/// trade *with* X", "*during* the visit", "*at* the ministry"); those that
/// modify the subject go on ("cooperation *in* desalination", "a power line
/// *from* the dam").
fn ends_topic(w: &str) -> bool {
    text::is_function_word(w)
        && !DETERMINERS.contains(&w)
        && !matches!(
            w,
            "and"
                | "or"
                | "of"
                | "for"
                | "in"
                | "on"
                | "from"
                | "into"
                | "through"
                | "over"
                | "toward"
                | "towards"
                | "about"
                | "across"
                | "under"
                | "among"
                | "including"
        )
}

/// A noun phrase with its modifiers, or a list of them, from token `p` to
/// the end of the clause (at most 30 tokens): "[repatriation flights, trade
/// and the reopening of their borders], with both sides agreeing …". A
/// comma goes on only into a list that ends with "and"; a date ends it.
fn np_list_at(doc: &Document, s: &Sent, p: usize) -> Option<(usize, usize)> {
    let n = s.toks.len();
    // it must open like a noun phrase ("on Monday" does not)
    noun_phrase(&s.toks, p, &s.blocked)?;
    // ("on the first Monday of every month": an ordinal before a date is
    // the date's)
    if s.lower(p) == "the"
        && matches!(
            s.lower(p + 1),
            "first" | "second" | "third" | "fourth" | "last" | "next"
        )
        && s.blocked.get(p + 2).is_some_and(|&b| b)
    {
        return None;
    }
    let lim = (p + 30).min(n);
    let stop = |k: usize| {
        let w = s.lower(k);
        // a past tense after a noun is a verb ("directors elected …"); after
        // an article it is an adjective ("a planned route")
        let verb = k > p
            && w.len() > 4
            && w.ends_with("ed")
            && !s.toks[k].cap
            && s.toks[k - 1].word
            && !text::is_function_word(s.lower(k - 1))
            && !s.lower(k - 1).starts_with(|c: char| c.is_ascii_digit());
        s.blocked[k]
            || (!s.toks[k].word && !matches!(w, "," | "-" | "'s" | "–" | "$" | "€" | "£"))
            || is_clause_word(w)
            || ends_topic(w)
            || verb
    };
    // "and" before a verb or a pronoun joins clauses, not items
    let and_clause = |k: usize| {
        let w = s.lower(k + 1);
        k + 1 >= n
            || matches!(
                w,
                "he" | "she" | "they" | "it" | "we" | "also" | "then" | "later"
            )
            || (w.len() > 4 && w.ends_with("ed") && !s.toks[k + 1].cap)
            || (w.ends_with("ing") && matches!(s.lower(k + 2), "to" | "the" | "a" | "an"))
    };
    // "talks on water [in Nairobi] on Monday": a city last before the date
    // or the end is where the talks were, not what they were about
    let venue = |k: usize| {
        let m = s.mention_starting(skip_dets(s, k + 1));
        matches!(s.lower(k), "in" | "at")
            && m.is_some_and(|m| {
                doc.entities[m.idx].kind == EntityType::Location
                    && (m.t1 >= n
                        || s.blocked[m.t1]
                        || matches!(s.lower(m.t1), "on" | "last" | "next" | "this" | "," | "."))
            })
    };
    let mut k = p;
    let mut commas = 0;
    while k < lim && !stop(k) && !venue(k) {
        match s.lower(k) {
            "and" | "or" if and_clause(k) => break,
            "," => {
                // (", and" ends a list of three or more, else it joins clauses)
                if s.lower(k + 1) == "and" {
                    if commas == 0 || and_clause(k + 1) {
                        break;
                    }
                    k += 2;
                    continue;
                }
                // ", B and C", ", B, C and D": only when an "and" comes
                // before the next stop (an "and" inside a name is none: ", a
                // statement from the Ministry of Planning and International
                // Cooperation said")
                let mut j = k + 1;
                while j < lim && !stop(j) && (s.lower(j) != "and" || s.ment_at[j].is_some()) {
                    j += 1;
                }
                if j >= lim || s.lower(j) != "and" || and_clause(j) {
                    break;
                }
                commas += 1;
            }
            _ => {}
        }
        k += 1;
    }
    // no dangling joiner or preposition ("resume flights in [October]")
    while k > p && (text::is_function_word(s.lower(k - 1)) || s.lower(k - 1) == ",") {
        k -= 1;
    }
    (k > p && (p..k).any(|j| s.toks[j].word && !DETERMINERS.contains(&s.lower(j))))
        .then_some((p, k))
}

fn is_curly(text: &str, s: usize) -> bool {
    text[..s]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '“' | '”' | '‘' | '’' | '—' | '–'))
}

/// Validates one rule file alone (`newsfacts rules check FILE`); returns a
/// one-line summary such as "5 event types, 23 rules". A file that declares
/// no event types of its own (it adds triggers or rules to the bundled ones)
/// is checked together with the bundled rules.
pub fn check_rule_source(origin: &str, text: &str) -> Result<String> {
    let declares_types = text
        .lines()
        .any(|l| l.trim_start().starts_with("[[event]]"));
    let mut sources = Vec::new();
    if !declares_types {
        sources.push((
            "<bundled rules/events.toml>".to_string(),
            BUNDLED_EVENT_RULES.to_string(),
        ));
    }
    sources.push((origin.to_string(), text.to_string()));
    let (set, summaries) = rules::load(&sources)?;
    let s = summaries.last().cloned().unwrap_or_default();
    let speech = if set.speech.is_some() && declares_types {
        ", speech verbs"
    } else {
        ""
    };
    Ok(format!(
        "{}: ok — {} event types, {} triggers ({} forms), {} rules{}",
        origin, s.types, s.triggers, s.forms, s.rules, speech
    ))
}

#[cfg(test)]
mod word_scan_tests {
    use super::*;

    /// The prefilter's hits by the automaton, kept as `extract` keeps them.
    fn automaton_hits(ac: &AhoCorasick, text: &str) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        ac.find_iter(text)
            .filter(|m| {
                let (s, e) = (m.start(), m.end());
                !(bytes[s].is_ascii_alphanumeric()
                    && ((s > 0
                        && is_word_byte(bytes[s - 1])
                        && !(bytes[s - 1] >= 0x80 && is_curly(text, s)))
                        || (e < bytes.len() && bytes[e].is_ascii_alphanumeric())))
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    /// The byte test that lets `needs_tokens` skip a sentence never says
    /// no where the tokens match a form: on invented sentences (every
    /// span of them) and on the corpus articles (each line a span).
    #[test]
    fn form_may_match_never_rejects_a_form_the_tokens_match() {
        let ex = EventExtractor::new(&[("bundled".into(), BUNDLED_EVENT_RULES.into())]).unwrap();
        let ws = ex.word_scan.as_ref().unwrap();
        let mut cases: Vec<(String, Vec<Span>)> = Vec::new();
        for t in [
            "The minister will fly in for talks. Arrivals for the week rose.",
            "He flew  in\tfrom Paris and flew in with aides; FLY IN FOR it.",
            "She is expected in Cairo, expected to go, due in May, due to go.",
            "the International\nConference; an international-conference; fly-in for",
            "He flew in-from Rome and will hand over the keys, handover over.",
            "flew in yesterday, fly in next week, flew in early, flew in last",
            "He’ll fly\u{a0}in for talks; fly in\u{2003}for; \u{212A}ing fly İn for",
            "flew in from Zürich; flew ın from; FLEW IN FROM; due\u{a0}in; due in",
        ] {
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            let spans = bounds
                .iter()
                .flat_map(|&a| {
                    bounds
                        .iter()
                        .filter(move |&&b| b > a)
                        .map(move |&b| Span::new(a, b))
                })
                .collect();
            cases.push((t.to_string(), spans));
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let Ok(t) = std::fs::read_to_string(e.path()) else {
                    continue;
                };
                let mut spans = Vec::new();
                let mut at = 0;
                for line in t.split_inclusive('\n') {
                    spans.push(Span::new(at, at + line.len()));
                    at += line.len();
                }
                spans.push(Span::new(0, t.len()));
                cases.push((t, spans));
            }
        }
        let (mut matched, mut rejected) = (0, 0);
        for (text, spans) in &cases {
            let lowered = text.to_ascii_lowercase();
            let mut hits = Vec::new();
            ws.find(text, &mut Vec::new(), |start, end, pattern| {
                hits.push(Hit {
                    start,
                    end,
                    pattern,
                })
            });
            for &span in spans {
                let toks = text::tokenize_lowered(text, &lowered, span.start, span.end);
                for h in hits
                    .iter()
                    .filter(|h| h.start >= span.start && h.end <= span.end)
                {
                    let PatternKind::TriggerWord(w) = ex.pattern_kinds[h.pattern] else {
                        continue;
                    };
                    let may = ex.form_may_match(lowered.as_bytes(), span, h, w);
                    let k = toks.partition_point(|t| t.start < h.start);
                    let aligned = toks
                        .get(k)
                        .is_some_and(|t| t.start == h.start && t.end == h.end);
                    if aligned && ex.form_matches_around(&toks, k, w) {
                        assert!(
                            may,
                            "{:?} in {:?}",
                            &text[h.start..h.end],
                            &text[span.start..span.end]
                        );
                        matched += 1;
                    }
                    if !may {
                        rejected += 1;
                    }
                }
            }
        }
        assert!(matched > 100 && rejected > 100, "{matched} {rejected}");
    }

    #[test]
    fn word_scan_finds_what_the_automaton_keeps() {
        let ex = EventExtractor::new(&[("bundled".into(), BUNDLED_EVENT_RULES.into())]).unwrap();
        let ws = ex
            .word_scan
            .as_ref()
            .expect("bundled rules take the word scan");
        let ac = ex.prefilter.as_ref().unwrap();
        let mut texts: Vec<String> = [
            "Said said SAID unsaid saidx x-said said-x \"said\" “said” ‘said’ —said éSaid saidé",
            "They met.He visited\nTalks were held; 'talks' (donated) donations donated",
            "",
            "said",
            "\"",
            "a“b”c",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // Texts of every length around the 64-byte blocks.
        let long = "The minister said on Monday that talks “were held” in Cairo, and visited.";
        for n in 0..long.len() {
            if long.is_char_boundary(n) {
                texts.push(long[..n].to_string());
                texts.push(long[n..].to_string());
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                texts.extend(std::fs::read_to_string(e.path()));
            }
        }
        for text in &texts {
            let mut got = Vec::new();
            let mut alnum = Vec::new();
            ws.find(text, &mut alnum, |s, e, p| got.push((s, e, p)));
            assert_eq!(got, automaton_hits(ac, text), "{text}");
            let mut want = Vec::new();
            text::alnum_bits(text, &mut want);
            assert_eq!(alnum, want, "{text}");
        }
    }
}
