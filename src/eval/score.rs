//! Matching predictions to gold and counting: P/R/F1 per category and type,
//! and the per-document list of missing and spurious facts.

use super::facts::{
    ArgumentFact, DocFacts, EntityFact, EventFact, QuoteFact, RelationFact, TimexFact,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Categories in report order.
pub const CATEGORIES: &[&str] = &[
    "entities",
    "timex_strict",
    "timex_relaxed",
    "timex_value",
    "events",
    "arguments",
    "quotes",
    "relations",
];

/// Counts and the figures derived from them. Figures are rounded to 4
/// decimals so saved baselines compare exactly; a zero denominator gives 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Prf {
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = ratio(tp, tp + fp);
        let r = ratio(tp, tp + fn_);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            tp,
            fp,
            fn_,
            precision: round4(p),
            recall: round4(r),
            f1: round4(f),
        }
    }
}

/// Scores of one category: micro average over all its types, and per type.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CategoryScores {
    pub micro: Prf,
    pub per_type: BTreeMap<String, Prf>,
}

/// Share of relaxed-matched DATE timexes whose value is right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Accuracy {
    pub matched: usize,
    pub correct: usize,
    pub accuracy: f64,
}

/// All figures of one evaluation run (the `--format json` and baseline shape).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    pub documents: usize,
    pub categories: BTreeMap<String, CategoryScores>,
    pub timex_date_value_accuracy: Accuracy,
}

/// Missing (in gold, not predicted) and spurious (predicted, not in gold) facts of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocDiff {
    pub id: String,
    /// `(category, fact)` pairs.
    pub missing: Vec<(String, String)>,
    pub spurious: Vec<(String, String)>,
}

impl DocDiff {
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.spurious.is_empty()
    }
}

/// Lower-cases, maps typographic quotes and dashes to ASCII, collapses
/// whitespace, strips surrounding quotes/punctuation and a leading "the ".
pub fn normalize(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let collapsed = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_matches(|c: char| matches!(c, '"' | '\'' | '.' | ',' | ';' | ':'));
    let trimmed = trimmed.trim();
    trimmed.strip_prefix("the ").unwrap_or(trimmed).to_string()
}

fn words(s: &str) -> Vec<String> {
    normalize(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Relaxed containment: the words of one string occur contiguously in the
/// other, and the shorter covers at least half of the longer's words (so
/// "Xi'an" does not pass for a hospital named after the city).
pub fn relaxed_text_match(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    contains_run(&long, &short) && short.len() * 2 >= long.len()
}

fn names_equal(a: &str, b: &str) -> bool {
    normalize(a) == normalize(b)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Greedy one-to-one matching in tiers: `tier(g, p)` returns the match
/// quality (0 best) or None; every tier-0 pair is taken before any tier-1
/// pair, in gold order. Returns for each gold item its predicted partner.
/// Each pair's tier is computed once: event tiers match arguments, which
/// is too slow to repeat per tier.
fn greedy_match<G, P>(
    gold: &[G],
    pred: &[P],
    tier: impl Fn(&G, &P) -> Option<u8>,
) -> Vec<Option<usize>> {
    let tiers: Vec<Vec<Option<u8>>> = gold
        .iter()
        .map(|g| pred.iter().map(|p| tier(g, p)).collect())
        .collect();
    let mut present: Vec<u8> = tiers.iter().flatten().flatten().copied().collect();
    present.sort_unstable();
    present.dedup();
    let mut gold_to_pred = vec![None; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    for t in present {
        for (gi, row) in tiers.iter().enumerate() {
            if gold_to_pred[gi].is_some() {
                continue;
            }
            if let Some(pi) = (0..pred.len()).find(|&pi| !pred_used[pi] && row[pi] == Some(t)) {
                gold_to_pred[gi] = Some(pi);
                pred_used[pi] = true;
            }
        }
    }
    gold_to_pred
}

/// Counts of one category accumulated over documents.
#[derive(Default)]
struct Tally {
    per_type: BTreeMap<String, (usize, usize, usize)>,
}

impl Tally {
    fn finish(&self) -> CategoryScores {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        let per_type = self
            .per_type
            .iter()
            .map(|(k, &(a, b, c))| {
                tp += a;
                fp += b;
                fn_ += c;
                (k.clone(), Prf::from_counts(a, b, c))
            })
            .collect();
        CategoryScores {
            micro: Prf::from_counts(tp, fp, fn_),
            per_type,
        }
    }
}

/// Matches gold against predictions within each type group and records
/// counts and the unmatched items of both sides.
#[allow(clippy::too_many_arguments)]
fn score_category<G, P>(
    category: &str,
    gold: &[G],
    pred: &[P],
    gold_type: impl Fn(&G) -> String,
    pred_type: impl Fn(&P) -> String,
    tier: impl Fn(&G, &P) -> Option<u8>,
    show_gold: impl Fn(&G) -> String,
    show_pred: impl Fn(&P) -> String,
    tally: &mut Tally,
    diff: &mut DocDiff,
) -> Vec<(usize, usize)> {
    let mut types: Vec<String> = gold
        .iter()
        .map(&gold_type)
        .chain(pred.iter().map(&pred_type))
        .collect();
    types.sort();
    types.dedup();
    let mut pairs = Vec::new();
    for ty in types {
        let gi: Vec<usize> = (0..gold.len())
            .filter(|&i| gold_type(&gold[i]) == ty)
            .collect();
        let pi: Vec<usize> = (0..pred.len())
            .filter(|&i| pred_type(&pred[i]) == ty)
            .collect();
        let g: Vec<&G> = gi.iter().map(|&i| &gold[i]).collect();
        let p: Vec<&P> = pi.iter().map(|&i| &pred[i]).collect();
        let m = greedy_match(&g, &p, |a, b| tier(a, b));
        let mut pred_matched = vec![false; p.len()];
        let mut tp = 0;
        for (k, partner) in m.iter().enumerate() {
            match partner {
                Some(j) => {
                    tp += 1;
                    pred_matched[*j] = true;
                    pairs.push((gi[k], pi[*j]));
                }
                None => diff.missing.push((category.to_string(), show_gold(g[k]))),
            }
        }
        for (j, used) in pred_matched.iter().enumerate() {
            if !used {
                diff.spurious.push((category.to_string(), show_pred(p[j])));
            }
        }
        let slot = tally.per_type.entry(ty).or_default();
        slot.0 += tp;
        slot.1 += p.len() - tp;
        slot.2 += g.len() - tp;
    }
    pairs
}

fn entity_match(g: &EntityFact, p: &EntityFact) -> Option<u8> {
    // Countries are matched by ISO code when both sides carry one, so
    // "Britain"/"United Kingdom" naming choices do not matter.
    if g.kind == "country" {
        if let (Some(a), Some(b)) = (&g.kb_id, &p.kb_id) {
            return a.eq_ignore_ascii_case(b).then_some(0);
        }
    }
    names_equal(&g.name, &p.name).then_some(0)
}

fn show_entity(e: &EntityFact) -> String {
    match &e.kb_id {
        Some(k) => format!("{} {:?} [{}]", e.kind, e.name, k),
        None => format!("{} {:?}", e.kind, e.name),
    }
}

fn show_timex(t: &TimexFact) -> String {
    format!(
        "{} {:?} [{},{}) = {}",
        t.kind, t.text, t.start, t.end, t.value
    )
}

fn timex_span_tier(strict: bool) -> impl Fn(&TimexFact, &TimexFact) -> Option<u8> {
    move |g, p| {
        if (g.start, g.end) == (p.start, p.end) {
            Some(0)
        } else if !strict && overlaps((g.start, g.end), (p.start, p.end)) {
            Some(1)
        } else {
            None
        }
    }
}

/// Shared arguments above this many rank alike (tiers are `u8`s).
const SHARED_ARGUMENTS_RANKED: u8 = 15;

/// A gold and a predicted event of the same type are the same event when
/// status and date agree and something ties them to the same mention:
/// overlapping triggers or at least one shared argument. Without that tie
/// a spurious event could stand in for a missed one of the same type,
/// status and date anywhere in the article and hide both errors. Pairs with
/// overlapping triggers come first, then pairs sharing more arguments.
fn event_tier(g: &EventFact, p: &EventFact) -> Option<u8> {
    if g.status != p.status || g.date != p.date {
        return None;
    }
    mention_tier(g, p)
}

/// The pairing that `arguments` is scored in: the same mention (as
/// `event_tier` ties it) whatever the status and date, preferring pairs
/// whose status and date agree too. Dating is what `events` scores; were
/// arguments paired by `event_tier`, a right donor on a misdated donation
/// would count as an error twice, once in each category.
fn argument_event_tier(g: &EventFact, p: &EventFact) -> Option<u8> {
    let tier = mention_tier(g, p)?;
    Some(if g.status == p.status && g.date == p.date {
        tier
    } else {
        MENTION_TIERS + tier
    })
}

/// How many tiers `mention_tier` uses.
const MENTION_TIERS: u8 = 2 * (SHARED_ARGUMENTS_RANKED + 1);

/// Evidence that two events of the same type come from one mention:
/// overlapping triggers (tiers below `SHARED_ARGUMENTS_RANKED + 1`, more
/// shared arguments first), else shared arguments alone.
fn mention_tier(g: &EventFact, p: &EventFact) -> Option<u8> {
    let triggers_overlap = match (g.trigger_span, p.trigger_span) {
        (Some(a), Some(b)) => overlaps(a, b),
        _ => false,
    };
    let shared = shared_arguments(g, p).min(usize::from(SHARED_ARGUMENTS_RANKED)) as u8;
    if !triggers_overlap && shared == 0 {
        return None;
    }
    let fewer_shared = SHARED_ARGUMENTS_RANKED - shared;
    Some(if triggers_overlap {
        fewer_shared
    } else {
        SHARED_ARGUMENTS_RANKED + 1 + fewer_shared
    })
}

/// For each gold event, its partner in argument scoring
/// (`argument_event_tier`), matched within each event type.
fn argument_event_partners(gold: &[EventFact], pred: &[EventFact]) -> Vec<Option<usize>> {
    greedy_match(gold, pred, |g, p| {
        if g.kind == p.kind {
            argument_event_tier(g, p)
        } else {
            None
        }
    })
}

/// Arguments of `g` matched one-to-one by arguments of `p` with the same
/// role, values compared as the `arguments` category compares them.
fn shared_arguments(g: &EventFact, p: &EventFact) -> usize {
    greedy_match(&g.arguments, &p.arguments, |a, b| {
        if a.role == b.role {
            argument_value_tier(a, b)
        } else {
            None
        }
    })
    .iter()
    .flatten()
    .count()
}

fn show_trigger(e: &EventFact) -> String {
    match e.trigger_span {
        Some((start, end)) => format!("trigger {:?} [{start},{end})", e.trigger),
        None => format!("trigger {:?}", e.trigger),
    }
}

fn show_event(e: &EventFact) -> String {
    format!(
        "{} {} date={} {}",
        e.kind,
        e.status,
        e.date.as_deref().unwrap_or("null"),
        show_trigger(e)
    )
}

/// An argument tuple flattened out of its event.
struct ArgTuple<'a> {
    /// Index of the event among its document's gold or predicted events.
    event_index: usize,
    event: &'a EventFact,
    arg: &'a ArgumentFact,
}

fn arguments_of(events: &[EventFact]) -> Vec<ArgTuple<'_>> {
    events
        .iter()
        .enumerate()
        .flat_map(|(event_index, e)| {
            e.arguments.iter().map(move |arg| ArgTuple {
                event_index,
                event: e,
                arg,
            })
        })
        .collect()
}

/// Value match of a gold argument against a predicted one: 0 when a value
/// equals the gold value as a name, 1 when one contains the other (relaxed).
fn argument_value_tier(g: &ArgumentFact, p: &ArgumentFact) -> Option<u8> {
    let gv = g.values.first()?;
    if p.values.iter().any(|v| names_equal(gv, v)) {
        Some(0)
    } else if p.values.iter().any(|v| relaxed_text_match(gv, v)) {
        Some(1)
    } else {
        None
    }
}

/// Arguments are scored inside paired events: a gold argument can only be
/// found in the prediction its event was paired with
/// (`event_partner[gold event]`, see `argument_event_tier`), so a right
/// value attached to the wrong event counts as an error, and the arguments
/// of unpaired events are all missing or spurious.
fn argument_tier<'e>(
    event_partner: &'e [Option<usize>],
) -> impl Fn(&ArgTuple, &ArgTuple) -> Option<u8> + 'e {
    move |g, p| {
        if event_partner[g.event_index] == Some(p.event_index) {
            argument_value_tier(g.arg, p.arg)
        } else {
            None
        }
    }
}

fn show_argument(a: &ArgTuple) -> String {
    format!(
        "{}.{} = {:?} ({})",
        a.event.kind,
        a.arg.role,
        a.arg.values.first().map(String::as_str).unwrap_or(""),
        show_trigger(a.event)
    )
}

fn quote_tier(g: &QuoteFact, p: &QuoteFact) -> Option<u8> {
    let speaker_ok = match (&g.speaker, &p.speaker) {
        (Some(a), Some(b)) => names_equal(a, b),
        // Gold names no speaker: a prediction agrees when it links no
        // entity either, whatever phrase introduced the quote.
        (None, _) => !p.speaker_is_entity,
        (Some(_), None) => false,
    };
    if !speaker_ok || !overlaps((g.start, g.end), (p.start, p.end)) {
        return None;
    }
    Some(if (g.start, g.end) == (p.start, p.end) {
        0
    } else {
        1
    })
}

fn show_quote(q: &QuoteFact) -> String {
    let mut text: String = q.text.chars().take(60).collect();
    if text.len() < q.text.len() {
        text.push('…');
    }
    format!(
        "{} by {} [{},{}) {:?}",
        q.kind,
        q.speaker.as_deref().unwrap_or("(unknown)"),
        q.start,
        q.end,
        text
    )
}

fn relation_tier(g: &RelationFact, p: &RelationFact) -> Option<u8> {
    // A gold relation without a role (located_in) accepts any predicted role.
    let role_ok = match &g.role {
        None => true,
        Some(r) => p.role.as_deref().is_some_and(|pr| names_equal(r, pr)),
    };
    (role_ok && names_equal(&g.subject, &p.subject) && names_equal(&g.object, &p.object))
        .then_some(0)
}

fn show_relation(r: &RelationFact) -> String {
    match &r.role {
        Some(role) => format!("{:?} -{}({})-> {:?}", r.subject, r.kind, role, r.object),
        None => format!("{:?} -{}-> {:?}", r.subject, r.kind, r.object),
    }
}

/// Result of scoring a corpus.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    pub scores: Scores,
    /// One entry per document, in corpus order (empty diffs included).
    pub diffs: Vec<DocDiff>,
}

/// Scores predictions against gold; `docs` pairs each gold document with its
/// prediction (an empty one when it was not predicted).
pub fn score(docs: &[(DocFacts, DocFacts)]) -> Evaluation {
    let mut tallies: BTreeMap<&str, Tally> =
        CATEGORIES.iter().map(|c| (*c, Tally::default())).collect();
    let mut accuracy = Accuracy::default();
    let mut diffs = Vec::new();
    for (gold, pred) in docs {
        let mut diff = DocDiff {
            id: gold.id.clone(),
            ..DocDiff::default()
        };
        // Entities: one per (type, name); duplicates on either side collapse.
        let ge = dedup_entities(&gold.entities);
        let pe = dedup_entities(&pred.entities);
        score_category(
            "entities",
            &ge,
            &pe,
            |e| e.kind.clone(),
            |e| e.kind.clone(),
            entity_match,
            show_entity,
            show_entity,
            tallies.get_mut("entities").expect("category"),
            &mut diff,
        );

        // Timex spans: only the relaxed run goes into the diff (a strict miss
        // that overlaps is shown by the value line or not at all).
        let mut scratch = DocDiff::default();
        score_category(
            "timex_strict",
            &gold.timexes,
            &pred.timexes,
            |t| t.kind.clone(),
            |t| t.kind.clone(),
            timex_span_tier(true),
            show_timex,
            show_timex,
            tallies.get_mut("timex_strict").expect("category"),
            &mut scratch,
        );
        let relaxed_pairs = score_category(
            "timexes",
            &gold.timexes,
            &pred.timexes,
            |t| t.kind.clone(),
            |t| t.kind.clone(),
            timex_span_tier(false),
            show_timex,
            show_timex,
            tallies.get_mut("timex_relaxed").expect("category"),
            &mut diff,
        );
        for (gi, pi) in relaxed_pairs {
            let (g, p) = (&gold.timexes[gi], &pred.timexes[pi]);
            if g.kind == "DATE" {
                accuracy.matched += 1;
                accuracy.correct += usize::from(g.value == p.value);
            }
            if g.value != p.value {
                diff.missing.push(("timex_value".into(), show_timex(g)));
                diff.spurious.push(("timex_value".into(), show_timex(p)));
            }
        }
        score_category(
            "timex_value",
            &gold.timexes,
            &pred.timexes,
            |t| t.kind.clone(),
            |t| t.kind.clone(),
            |g, p| {
                if g.value == p.value {
                    timex_span_tier(false)(g, p)
                } else {
                    None
                }
            },
            show_timex,
            show_timex,
            tallies.get_mut("timex_value").expect("category"),
            &mut scratch,
        );

        score_category(
            "events",
            &gold.events,
            &pred.events,
            |e| e.kind.clone(),
            |e| e.kind.clone(),
            event_tier,
            show_event,
            show_event,
            tallies.get_mut("events").expect("category"),
            &mut diff,
        );
        let event_partner = argument_event_partners(&gold.events, &pred.events);

        let ga = arguments_of(&gold.events);
        let pa = arguments_of(&pred.events);
        score_category(
            "arguments",
            &ga,
            &pa,
            |a| format!("{}.{}", a.event.kind, a.arg.role),
            |a| format!("{}.{}", a.event.kind, a.arg.role),
            argument_tier(&event_partner),
            show_argument,
            show_argument,
            tallies.get_mut("arguments").expect("category"),
            &mut diff,
        );

        score_category(
            "quotes",
            &gold.quotes,
            &pred.quotes,
            |q| q.kind.clone(),
            |q| q.kind.clone(),
            quote_tier,
            show_quote,
            show_quote,
            tallies.get_mut("quotes").expect("category"),
            &mut diff,
        );

        score_category(
            "relations",
            &gold.relations,
            &pred.relations,
            |r| r.kind.clone(),
            |r| r.kind.clone(),
            relation_tier,
            show_relation,
            show_relation,
            tallies.get_mut("relations").expect("category"),
            &mut diff,
        );
        diffs.push(diff);
    }
    accuracy.accuracy = round4(ratio(accuracy.correct, accuracy.matched));
    Evaluation {
        scores: Scores {
            documents: docs.len(),
            categories: tallies
                .iter()
                .map(|(k, t)| (k.to_string(), t.finish()))
                .collect(),
            timex_date_value_accuracy: accuracy,
        },
        diffs,
    }
}

fn dedup_entities(entities: &[EntityFact]) -> Vec<EntityFact> {
    let mut out: Vec<EntityFact> = Vec::new();
    for e in entities {
        if !out
            .iter()
            .any(|o| o.kind == e.kind && entity_match(o, e).is_some())
        {
            out.push(e.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_ignores_case_quotes_and_spacing() {
        assert_eq!(normalize("  Xi\u{2019}an   Jiaotong "), "xi'an jiaotong");
        assert_eq!(normalize("The Hospital of the Sea"), "hospital of the sea");
        assert_eq!(normalize("\u{201C}quoted.\u{201D}"), "quoted");
    }

    #[test]
    fn relaxed_text_needs_half_the_words() {
        assert!(relaxed_text_match(
            "remote diagnosis and treatment system",
            "a set of remote diagnosis and treatment system"
        ));
        assert!(!relaxed_text_match(
            "Xi'an",
            "First Affiliated Hospital of Xi'an Jiaotong University"
        ));
        assert!(!relaxed_text_match("masks", "gloves"));
        assert!(relaxed_text_match("$1.5 million", "1.5 million"));
    }

    #[test]
    fn tiers_prefer_exact_pairs() {
        // Gold 0 overlaps both predictions; gold 1 only matches exactly pred 1.
        let gold = [(0, 10), (8, 12)];
        let pred = [(8, 12), (0, 10)];
        let m = greedy_match(&gold, &pred, |g: &(usize, usize), p: &(usize, usize)| {
            if g == p {
                Some(0)
            } else if overlaps(*g, *p) {
                Some(1)
            } else {
                None
            }
        });
        assert_eq!(m, vec![Some(1), Some(0)]);
    }
}
