//! Scoring the date stage against TIMEX3-annotated news (TempEval-3, GUM,
//! MEANTIME as converted under `shared/data/`). Used by
//! `examples/eval_timex.rs` and `tests/timex_eval.rs`.
//!
//! Only DATE expressions are scored. A predicted DATE that overlaps a gold
//! timex of another type (DURATION, TIME, SET) is a type disagreement, not a
//! spurious date, so it is left out of precision; a predicted TIME that
//! overlaps a gold DATE ("Thursday night" / "Thursday") counts as a span
//! match, judged on the day its value names.

use super::TimexTagger;
use crate::model::{Document, TimexType};
use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// A gold timex; offsets are character (code point) offsets.
#[derive(Clone, Debug)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

#[derive(Clone, Debug)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub dct: Option<NaiveDate>,
    pub timexes: Vec<GoldTimex>,
}

/// Finds the shared data folder: `$NEWSFACTS_DATA`, then `../shared/data`
/// and `../../shared/data` relative to the crate root, then `/work/shared/data`.
pub fn data_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("NEWSFACTS_DATA").map(PathBuf::from),
        Some(manifest.join("../shared/data")),
        Some(manifest.join("../../shared/data")),
        Some(PathBuf::from("/work/shared/data")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

/// A dataset to score.
pub struct Dataset {
    pub name: &'static str,
    /// Path under the data folder.
    pub path: &'static str,
    /// Keep only documents of this genre.
    pub genre: Option<&'static str>,
    /// Only the first N lines of each text were annotated: MEANTIME annotates
    /// the title, the dateline and the first sentences (one per line), and
    /// every one of its gold items ends within the first six lines, so
    /// predictions further down cannot be judged.
    pub annotated_lines: Option<usize>,
    /// Whether the scheme annotates vague references ("now" → PRESENT_REF).
    /// GUM's time entities never carry PAST_REF/PRESENT_REF/FUTURE_REF
    /// anywhere in the corpus, so predicting them there cannot be judged.
    pub vague_refs: bool,
}

pub const DATASETS: &[Dataset] = &[
    Dataset {
        name: "tempeval3",
        path: "tempeval3/tbaq_timebank_aquaint.jsonl",
        genre: None,
        annotated_lines: None,
        vague_refs: true,
    },
    Dataset {
        name: "gum-news",
        path: "gum/gum_timex.jsonl",
        genre: Some("news"),
        annotated_lines: None,
        vague_refs: false,
    },
    Dataset {
        name: "meantime",
        path: "meantime/meantime_timex.jsonl",
        genre: None,
        annotated_lines: Some(6),
        vague_refs: true,
    },
];

/// Loads a converted JSONL file, keeping documents of `genre` when given.
pub fn load_jsonl(path: &Path, genre: Option<&str>) -> Result<Vec<GoldDoc>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: bad JSON", path.display(), n + 1))?;
        if let Some(g) = genre {
            if v.get("genre").and_then(|x| x.as_str()) != Some(g) {
                continue;
            }
        }
        let dct = v
            .get("dct")
            .and_then(|x| x.as_str())
            .and_then(|s| s.get(..10))
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        let timexes = gold_timexes(&v);
        docs.push(GoldDoc {
            id: v
                .get("id")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .to_string(),
            text: v
                .get("text")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .to_string(),
            dct,
            timexes,
        });
    }
    Ok(docs)
}

/// Counts for one dataset.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub gold: usize,
    pub predicted: usize,
    pub strict_tp: usize,
    pub relaxed_tp: usize,
    pub value_correct: usize,
    /// Readable error lines (missed, spurious, wrong value) for inspection.
    pub errors: Vec<String>,
}

fn f1(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        tp as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Scores {
    pub fn strict(&self) -> (f64, f64, f64) {
        f1(self.strict_tp, self.predicted, self.gold)
    }
    pub fn relaxed(&self) -> (f64, f64, f64) {
        f1(self.relaxed_tp, self.predicted, self.gold)
    }
    /// Value accuracy over relaxed-matched DATE spans.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed_tp == 0 {
            0.0
        } else {
            self.value_correct as f64 / self.relaxed_tp as f64
        }
    }
}

/// Runs the tagger on every document (anchored on its `dct`) and scores DATE spans and values.
/// `annotated_lines` limits scoring to the top of each text (see [`Dataset`]).
/// `vague_refs: false` leaves `*_REF` predictions out (see [`Dataset`]).
pub fn score(
    tagger: &TimexTagger,
    docs: &[GoldDoc],
    annotated_lines: Option<usize>,
    vague_refs: bool,
) -> Scores {
    score_types(tagger, docs, annotated_lines, vague_refs, false)
}

/// Like [`score`]; with `all_types` every timex type is scored (span and
/// value), not only DATE.
pub fn score_types(
    tagger: &TimexTagger,
    docs: &[GoldDoc],
    annotated_lines: Option<usize>,
    vague_refs: bool,
    all_types: bool,
) -> Scores {
    let mut s = Scores::default();
    for gd in docs {
        let limit = annotated_lines.map_or(usize::MAX, |n| {
            gd.text
                .char_indices()
                .filter(|(_, c)| *c == '\n')
                .nth(n - 1)
                .map_or(usize::MAX, |(b, _)| gd.text[..b].chars().count())
        });
        let mut doc = Document::new(gd.id.clone(), gd.text.clone());
        doc.date = gd.dct;
        tagger.annotate(&mut doc);
        // byte offset -> char offset
        let mut char_at = vec![0usize; doc.text.len() + 1];
        let mut c = 0;
        for (b, ch) in doc.text.char_indices() {
            for slot in char_at.iter_mut().skip(b).take(ch.len_utf8()) {
                *slot = c;
            }
            c += 1;
        }
        char_at[doc.text.len()] = c;
        let chars: Vec<char> = gd.text.chars().collect();
        let snippet = |a: usize, b: usize| -> String {
            chars[a.min(chars.len())..b.min(chars.len())]
                .iter()
                .collect::<String>()
                .replace('\n', " ")
        };
        let gold: Vec<&GoldTimex> = gd
            .timexes
            .iter()
            .filter(|t| all_types || t.kind == "DATE")
            .collect();
        let other: Vec<&GoldTimex> = gd
            .timexes
            .iter()
            .filter(|t| !all_types && t.kind != "DATE")
            .collect();
        // A TIME such as "Thursday night" that overlaps a gold DATE "Thursday"
        // is a span match (its value judged on its day): corpora
        // disagree on whether parts of days are dates or times. Durations and
        // sets are out of scope (GUM writes durations as DATE ranges).
        let preds: Vec<(usize, usize, String)> = doc
            .timexes
            .iter()
            .map(|t| {
                (
                    t.kind,
                    char_at[t.span.start],
                    char_at[t.span.end],
                    t.value.clone(),
                )
            })
            .filter(|(kind, a, b, v)| {
                let overlaps_gold = gold.iter().any(|g| g.start < *b && *a < g.end);
                let overlaps_other = other.iter().any(|g| g.start < *b && *a < g.end);
                let in_scope = all_types
                    || *kind == TimexType::Date
                    || (*kind == TimexType::Time && overlaps_gold);
                in_scope
                    && *a < limit
                    && (vague_refs || !v.ends_with("_REF"))
                    && (overlaps_gold || !overlaps_other)
            })
            .map(|(_, a, b, v)| (a, b, v))
            .collect();
        s.gold += gold.len();
        s.predicted += preds.len();
        let mut used = vec![false; preds.len()];
        for g in &gold {
            if preds.iter().any(|(a, b, _)| *a == g.start && *b == g.end) {
                s.strict_tp += 1;
            }
            let m = preds
                .iter()
                .enumerate()
                .find(|(k, (a, b, _))| !used[*k] && *a < g.end && g.start < *b);
            match m {
                Some((k, (a, b, v))) => {
                    used[k] = true;
                    s.relaxed_tp += 1;
                    // A TIME matched to a gold DATE is judged on its day:
                    // "2015-09-17TNI" agrees with the DATE "2015-09-17".
                    let day_part = match v.split_once('T') {
                        Some((day, _))
                            if g.kind == "DATE" && !day.is_empty() && !g.value.contains('T') =>
                        {
                            day
                        }
                        _ => v.as_str(),
                    };
                    if *v == g.value || day_part == g.value {
                        s.value_correct += 1;
                    } else {
                        s.errors.push(format!(
                            "VALUE {} dct={:?} [{}] gold={} pred={} ({})",
                            gd.id,
                            gd.dct,
                            snippet(g.start, g.end),
                            g.value,
                            v,
                            snippet(*a, *b)
                        ));
                    }
                    if *a != g.start || *b != g.end {
                        s.errors.push(format!(
                            "SPAN {} gold=[{}] pred=[{}]",
                            gd.id,
                            snippet(g.start, g.end),
                            snippet(*a, *b)
                        ));
                    }
                }
                None => s.errors.push(format!(
                    "MISS {} [{}] {} | ...{}",
                    gd.id,
                    snippet(g.start, g.end),
                    g.value,
                    snippet(g.start.saturating_sub(40), g.end + 20)
                )),
            }
        }
        for (k, (a, b, v)) in preds.iter().enumerate() {
            if !used[k] && !gold.iter().any(|g| g.start < *b && *a < g.end) {
                s.errors.push(format!(
                    "SPURIOUS {} [{}] {} | ...{}",
                    gd.id,
                    snippet(*a, *b),
                    v,
                    snippet(a.saturating_sub(40), b + 20)
                ));
            }
        }
    }
    s
}

/// Loads the project's labeled corpus (`corpus/articles/*.json` with the text
/// in the sibling `.txt`). The anchor is the record date when the article
/// carries it in metadata, else what [`super::find_document_date`] finds — as
/// the pipeline does.
pub fn load_corpus(dir: &Path) -> Result<Vec<GoldDoc>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut docs = Vec::new();
    for p in paths {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&p)?)
            .with_context(|| format!("{}: bad JSON", p.display()))?;
        let Ok(text) = std::fs::read_to_string(p.with_extension("txt")) else {
            continue;
        };
        let in_metadata = v
            .get("date_in_metadata")
            .and_then(|x| x.as_bool())
            .unwrap_or(false);
        let dct = if in_metadata {
            v.get("date")
                .and_then(|x| x.as_str())
                .and_then(|s| s.get(..10))
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        } else {
            super::find_document_date(&text)
        };
        let timexes = gold_timexes(&v);
        docs.push(GoldDoc {
            id: v
                .get("id")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .to_string(),
            text,
            dct,
            timexes,
        });
    }
    Ok(docs)
}

/// Scores every dataset found under `data`; returns (name, scores) pairs.
pub fn score_all(tagger: &TimexTagger, data: &Path) -> Result<Vec<(String, Scores)>> {
    let mut out = Vec::new();
    for ds in DATASETS {
        let path = data.join(ds.path);
        if !path.exists() {
            continue;
        }
        let docs = load_jsonl(&path, ds.genre)?;
        out.push((
            ds.name.to_string(),
            score(tagger, &docs, ds.annotated_lines, ds.vague_refs),
        ));
    }
    Ok(out)
}

/// One line of figures per dataset.
pub fn format_scores(name: &str, s: &Scores) -> String {
    let (sp, sr, sf) = s.strict();
    let (rp, rr, rf) = s.relaxed();
    format!(
        "{name:<10} gold={:<5} pred={:<5} strict P/R/F1={sp:.3}/{sr:.3}/{sf:.3}  relaxed P/R/F1={rp:.3}/{rr:.3}/{rf:.3}  value acc={:.3} ({}/{})",
        s.gold,
        s.predicted,
        s.value_accuracy(),
        s.value_correct,
        s.relaxed_tp
    )
}

/// The `timexes` array of a gold record, as the converted datasets write it.
fn gold_timexes(v: &serde_json::Value) -> Vec<GoldTimex> {
    v.get("timexes")
        .and_then(|x| x.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|t| {
                    Some(GoldTimex {
                        start: t.get("start")?.as_u64()? as usize,
                        end: t.get("end")?.as_u64()? as usize,
                        kind: t.get("type")?.as_str()?.to_string(),
                        value: t
                            .get("value")
                            .and_then(|x| x.as_str())
                            .unwrap_or("")
                            .to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}
