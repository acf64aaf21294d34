//! `newsfacts eval`: scores predictions against the labeled corpus, and the
//! regression gate CI runs on it.
//!
//! Both ways of getting predictions — a JSONL file written by `extract`
//! (`--pred`), or running the pipeline here — go through the same JSON
//! record ([`crate::output::json::to_json_line`]) and the same
//! [`facts::facts_from_json`], so they are scored by one code path.
//! Formats and figures are documented in `docs/corpus.md`.

pub mod facts;
pub mod gold;
pub mod score;

use crate::model::{DateSource, Document};
use crate::pipeline::{Config, Pipeline};
use anyhow::{bail, Context, Result};
use facts::{facts_from_json, DocFacts};
use rayon::prelude::*;
use score::{DocDiff, Scores, CATEGORIES};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Output format of `newsfacts eval`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EvalFormat {
    /// A readable table.
    #[default]
    Text,
    /// The scores (and with `--diff` the per-document differences) as JSON.
    Json,
}

/// Arguments of `newsfacts eval`.
#[derive(clap::Args, Debug, Clone)]
pub struct EvalArgs {
    /// Folder with the labeled corpus (`<gold>/articles/*.json` + `.txt`).
    #[arg(long, default_value = "corpus")]
    pub gold: PathBuf,
    /// Predictions (JSONL from `extract`); without it the extraction runs here.
    /// Documents missing from the file count as empty predictions.
    #[arg(long)]
    pub pred: Option<PathBuf>,
    /// Output format.
    #[arg(long = "format", value_enum, default_value_t = EvalFormat::Text)]
    pub format: EvalFormat,
    /// Saved scores (from `--write-baseline`) to compare with; exit 1 when a figure drops.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// How much a figure may drop below the baseline before the gate fails.
    #[arg(long, default_value_t = 0.0)]
    pub tolerance: f64,
    /// Absolute bar: exit 1 when any category's micro F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Write the scores as JSON to this file (a new baseline).
    #[arg(long)]
    pub write_baseline: Option<PathBuf>,
    /// List, per document, the facts missing from and spurious in the predictions.
    #[arg(long)]
    pub diff: bool,
    /// Predictions of an earlier run (JSONL from `extract`): list, per
    /// document, the gold facts gained and lost and the errors added and
    /// fixed since that run.
    #[arg(long, value_name = "OLD.jsonl")]
    pub diff_against: Option<PathBuf>,
}

impl Default for EvalArgs {
    fn default() -> Self {
        EvalArgs {
            gold: PathBuf::from("corpus"),
            pred: None,
            format: EvalFormat::Text,
            baseline: None,
            tolerance: 0.0,
            min_f1: None,
            write_baseline: None,
            diff: false,
            diff_against: None,
        }
    }
}

/// Gold facts of every corpus document paired with its predicted facts.
pub fn collect(args: &EvalArgs, config: &Config) -> Result<Vec<(DocFacts, DocFacts)>> {
    let articles = gold::load_corpus(&args.gold)?;
    let preds: Vec<DocFacts> = match &args.pred {
        Some(path) => {
            let mut by_id = facts::load_predictions(path)?;
            articles
                .iter()
                .map(|a| {
                    by_id
                        .remove(&a.gold.id)
                        .unwrap_or_else(|| DocFacts::empty(&a.gold.id))
                })
                .collect()
        }
        None => {
            let pipeline = Pipeline::new(config)?;
            articles
                .par_iter()
                .map(|a| predict(&pipeline, &a.gold, &a.text))
                .collect::<Result<Vec<_>>>()?
        }
    };
    Ok(articles
        .iter()
        .map(|a| DocFacts::from(&a.gold))
        .zip(preds)
        .collect())
}

/// Runs the pipeline on one article the way `extract` would see it: the gold
/// date is given as the record date only when the article has it in metadata.
pub fn predict(pipeline: &Pipeline, gold: &gold::GoldDoc, text: &str) -> Result<DocFacts> {
    let mut doc = Document::new(gold.id.clone(), text.to_string());
    doc.title = gold.title.clone();
    if gold.date_in_metadata {
        let date = chrono::NaiveDate::parse_from_str(&gold.date, "%Y-%m-%d")
            .with_context(|| format!("{}: bad gold date {:?}", gold.id, gold.date))?;
        doc.date = Some(date);
        doc.date_source = DateSource::Record;
    }
    // A panic in a stage is a defect to report, not a reason to lose the
    // whole evaluation: the document scores as an empty prediction.
    let processed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pipeline.process(&mut doc);
        crate::output::json::to_json_line(&doc)
    }));
    match processed {
        Ok(json) => facts_from_json(&json),
        Err(_) => {
            eprintln!(
                "newsfacts eval: the pipeline panicked on {}; scored as an empty prediction",
                gold.id
            );
            Ok(DocFacts {
                panicked: true,
                ..DocFacts::empty(&gold.id)
            })
        }
    }
}

/// Scores as a flat map `category.type.figure` → value (e.g.
/// `entities.micro.f1`), for the gate. Reads any JSON of the [`Scores`] shape.
pub fn flatten_figures(scores: &serde_json::Value) -> BTreeMap<String, f64> {
    fn walk(v: &serde_json::Value, path: &str, out: &mut BTreeMap<String, f64>) {
        if let serde_json::Value::Object(map) = v {
            for (k, child) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match child {
                    serde_json::Value::Number(n)
                        if matches!(k.as_str(), "precision" | "recall" | "f1" | "accuracy") =>
                    {
                        out.insert(
                            p.trim_start_matches("categories.").to_string(),
                            n.as_f64().unwrap_or(0.0),
                        );
                    }
                    _ => walk(child, &p, out),
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(scores, "", &mut out);
    out
}

/// Gate failures: every figure of `baseline` that dropped by more than
/// `tolerance` (a figure absent now counts as 0), and every micro F1 below `min_f1`.
pub fn gate(
    scores: &Scores,
    baseline: Option<&serde_json::Value>,
    tolerance: f64,
    min_f1: Option<f64>,
) -> Vec<String> {
    let now = flatten_figures(&serde_json::to_value(scores).expect("scores serialise"));
    let mut failures = Vec::new();
    if let Some(base) = baseline {
        for (key, before) in flatten_figures(base) {
            let after = now.get(&key).copied().unwrap_or(0.0);
            // The epsilon absorbs float noise in figures rounded to 4 decimals.
            if before - after > tolerance + 1e-9 {
                failures.push(format!(
                    "{key}: {before:.4} -> {after:.4} (-{:.4})",
                    before - after
                ));
            }
        }
    }
    if let Some(bar) = min_f1 {
        for cat in CATEGORIES {
            if let Some(c) = scores.categories.get(*cat) {
                if c.micro.f1 + 1e-9 < bar {
                    failures.push(format!(
                        "{cat}.micro.f1: {:.4} is below --min-f1 {bar:.4}",
                        c.micro.f1
                    ));
                }
            }
        }
    }
    failures
}

/// The readable table of all scores.
pub fn render_table(scores: &Scores) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} documents", scores.documents);
    let _ = writeln!(
        s,
        "{:<14} {:<24} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "category", "type", "tp", "fp", "fn", "prec", "recall", "f1"
    );
    let row = |s: &mut String, cat: &str, ty: &str, p: &score::Prf| {
        let _ = writeln!(
            s,
            "{:<14} {:<24} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}",
            cat, ty, p.tp, p.fp, p.fn_, p.precision, p.recall, p.f1
        );
    };
    for cat in CATEGORIES {
        let Some(c) = scores.categories.get(*cat) else {
            continue;
        };
        for (ty, p) in &c.per_type {
            row(&mut s, cat, ty, p);
        }
        row(&mut s, cat, "(micro)", &c.micro);
        s.push('\n');
    }
    let a = &scores.timex_date_value_accuracy;
    let _ = writeln!(
        s,
        "timex DATE value accuracy: {}/{} = {:.4} (over relaxed-matched DATE spans)",
        a.correct, a.matched, a.accuracy
    );
    s
}

/// Per-document list of missing and spurious facts (documents without differences are left out).
pub fn render_diff(diffs: &[DocDiff]) -> String {
    let mut s = String::new();
    for d in diffs.iter().filter(|d| !d.is_empty()) {
        let _ = writeln!(s, "== {}", d.id);
        // Category by category, so a near miss shows its missing and spurious lines together.
        let mut cats: Vec<&str> = Vec::new();
        for (cat, _) in d.missing.iter().chain(&d.spurious) {
            if !cats.contains(&cat.as_str()) {
                cats.push(cat);
            }
        }
        for cat in cats {
            for (_, fact) in d.missing.iter().filter(|(c, _)| c == cat) {
                let _ = writeln!(s, "  - missing  {cat:<12} {fact}");
            }
            for (_, fact) in d.spurious.iter().filter(|(c, _)| c == cat) {
                let _ = writeln!(s, "  + spurious {cat:<12} {fact}");
            }
        }
    }
    s
}

/// What changed in one document between an earlier run and this one.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct DocChanges {
    pub id: String,
    /// Gold facts found now, missed before.
    pub gained: Vec<(String, String)>,
    /// Gold facts missed now, found before.
    pub lost: Vec<(String, String)>,
    /// Spurious facts that are new in this run.
    pub new_spurious: Vec<(String, String)>,
    /// Spurious facts of the earlier run that are gone.
    pub fixed_spurious: Vec<(String, String)>,
}

/// Per-document changes from the `before` diffs to the `after` diffs (same
/// documents in the same order); documents without changes are left out.
pub fn changes_between(before: &[DocDiff], after: &[DocDiff]) -> Vec<DocChanges> {
    let minus = |a: &[(String, String)], b: &[(String, String)]| -> Vec<(String, String)> {
        a.iter().filter(|x| !b.contains(x)).cloned().collect()
    };
    before
        .iter()
        .zip(after)
        .map(|(b, a)| DocChanges {
            id: a.id.clone(),
            gained: minus(&b.missing, &a.missing),
            lost: minus(&a.missing, &b.missing),
            new_spurious: minus(&a.spurious, &b.spurious),
            fixed_spurious: minus(&b.spurious, &a.spurious),
        })
        .filter(|c| {
            !(c.gained.is_empty()
                && c.lost.is_empty()
                && c.new_spurious.is_empty()
                && c.fixed_spurious.is_empty())
        })
        .collect()
}

/// The `--diff-against` report: `+` lines are improvements, `-` lines regressions.
pub fn render_changes(changes: &[DocChanges]) -> String {
    let mut s = String::new();
    if changes.is_empty() {
        s.push_str("no changes against the earlier run\n");
    }
    for c in changes {
        let _ = writeln!(s, "== {}", c.id);
        for (label, list) in [
            ("+ gained        ", &c.gained),
            ("+ fixed spurious", &c.fixed_spurious),
            ("- lost          ", &c.lost),
            ("- new spurious  ", &c.new_spurious),
        ] {
            for (cat, fact) in list {
                let _ = writeln!(s, "  {label} {cat:<12} {fact}");
            }
        }
    }
    s
}

/// Everything `run` prints to stdout, and the gate failures; split from
/// [`run`] so tests can check the text.
pub struct Outcome {
    pub stdout: String,
    pub failures: Vec<String>,
    pub scores: Scores,
}

/// Scores, renders and gates without printing.
pub fn evaluate(args: &EvalArgs, config: &Config) -> Result<Outcome> {
    if args.tolerance < 0.0 || !args.tolerance.is_finite() {
        bail!("--tolerance must be a non-negative number");
    }
    let pairs = collect(args, config)?;
    let evaluation = score::score(&pairs);
    let changes = match &args.diff_against {
        Some(path) => {
            let mut old = facts::load_predictions(path)?;
            let old_pairs: Vec<(DocFacts, DocFacts)> = pairs
                .iter()
                .map(|(g, _)| {
                    let p = old.remove(&g.id).unwrap_or_else(|| DocFacts::empty(&g.id));
                    (g.clone(), p)
                })
                .collect();
            let before = score::score(&old_pairs);
            Some(changes_between(&before.diffs, &evaluation.diffs))
        }
        None => None,
    };
    let baseline = match &args.baseline {
        Some(path) => {
            let raw = std::fs::read_to_string(path)
                .with_context(|| format!("reading baseline {}", path.display()))?;
            Some(
                serde_json::from_str::<serde_json::Value>(&raw)
                    .with_context(|| format!("parsing baseline {}", path.display()))?,
            )
        }
        None => None,
    };
    let mut failures = gate(
        &evaluation.scores,
        baseline.as_ref(),
        args.tolerance,
        args.min_f1,
    );
    failures.extend(panicked_documents(&pairs));
    if let Some(path) = &args.write_baseline {
        write_scores(path, &evaluation.scores)?;
    }
    let stdout = match args.format {
        EvalFormat::Text => {
            let mut s = render_table(&evaluation.scores);
            if args.diff {
                s.push('\n');
                s.push_str(&render_diff(&evaluation.diffs));
            }
            if let Some(c) = &changes {
                s.push('\n');
                s.push_str(&render_changes(c));
            }
            s
        }
        EvalFormat::Json => {
            let mut v = serde_json::to_value(&evaluation.scores)?;
            if args.diff {
                let diffs: Vec<&DocDiff> =
                    evaluation.diffs.iter().filter(|d| !d.is_empty()).collect();
                v["diff"] = serde_json::to_value(diffs)?;
            }
            if let Some(c) = &changes {
                v["changes"] = serde_json::to_value(c)?;
            }
            if baseline.is_some() || args.min_f1.is_some() {
                v["gate_failures"] = serde_json::to_value(&failures)?;
            }
            serde_json::to_string_pretty(&v)? + "\n"
        }
    };
    Ok(Outcome {
        stdout,
        failures,
        scores: evaluation.scores,
    })
}

/// One gate failure per document the pipeline panicked on: a defect fails
/// the run whatever the scores.
fn panicked_documents(pairs: &[(DocFacts, DocFacts)]) -> Vec<String> {
    pairs
        .iter()
        .filter(|(_, p)| p.panicked)
        .map(|(_, p)| {
            format!(
                "{}: the pipeline panicked (scored as an empty prediction)",
                p.id
            )
        })
        .collect()
}

/// Writes scores as pretty JSON (the baseline format).
pub fn write_scores(path: &Path, scores: &Scores) -> Result<()> {
    let json = serde_json::to_string_pretty(scores)? + "\n";
    std::fs::write(path, json).with_context(|| format!("writing {}", path.display()))
}

/// Runs the evaluation; returns the process exit code (0 pass, 1 gate failed
/// or the pipeline panicked on a document).
pub fn run(args: &EvalArgs, config: &Config) -> Result<i32> {
    let outcome = evaluate(args, config)?;
    print!("{}", outcome.stdout);
    if outcome.failures.is_empty() {
        if args.baseline.is_some() || args.min_f1.is_some() {
            eprintln!("eval gate: passed");
        }
        Ok(0)
    } else {
        eprintln!("eval gate: FAILED ({} figure(s))", outcome.failures.len());
        for f in &outcome.failures {
            eprintln!("  {f}");
        }
        Ok(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_a_document_is_a_gate_failure() {
        let ok = DocFacts::empty("a");
        let broken = DocFacts {
            panicked: true,
            ..DocFacts::empty("b")
        };
        let pairs = vec![(ok.clone(), ok), (DocFacts::empty("b"), broken)];
        let failures = panicked_documents(&pairs);
        assert_eq!(failures.len(), 1);
        assert!(failures[0].starts_with("b: "), "{failures:?}");
    }
}
