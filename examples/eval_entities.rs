//! Scores entity mentions against GUM's Wikinews part.
//!
//! Gold: mentions with `head_upos == "PROPN"` and type person, organization
//! or place in `gum/gum_docs_entities.jsonl` where `genre == "news"`.
//! Ours: every mention of every entity; country and location both count as
//! place. A predicted mention is correct when it overlaps a gold mention of
//! the same type; a gold mention is found when a predicted mention of the
//! same type overlaps it.
//!
//! ```text
//! cargo run --release --example eval_entities [-- --errors] [--data DIR] [--meantime]
//! ```
//! `--errors` lists false positives and misses per document. `--meantime`
//! scores against MEANTIME instead (a cross-check on other Wikinews
//! articles): gold = PER/ORG/LOC mentions with `syntactic_type` NAM or
//! PRE.NAM, LOC counting as place.

use newsfacts::model::EntityType;
use newsfacts::{Config, Document, Pipeline};
use std::path::PathBuf;

fn data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    explicit
        .into_iter()
        .chain(std::env::var_os("NEWSFACTS_DATA").map(PathBuf::from))
        .chain([
            manifest.join("../shared/data"),
            manifest.join("../../shared/data"),
            PathBuf::from("/work/shared/data"),
        ])
        .find(|p| p.join("gum/gum_docs_entities.jsonl").exists() || p.join("meantime").exists())
}

struct GoldMention {
    start: usize,
    end: usize,
    kind: &'static str,
    text: String,
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let explicit = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let meantime = args.iter().any(|a| a == "--meantime");
    let Some(dir) = data_dir(explicit) else {
        eprintln!("skipping: gum/gum_docs_entities.jsonl not found (set NEWSFACTS_DATA)");
        return Ok(());
    };
    let path = if meantime {
        dir.join("meantime/meantime_entities.jsonl")
    } else {
        dir.join("gum/gum_docs_entities.jsonl")
    };
    if !path.exists() {
        eprintln!("skipping: {} not found", path.display());
        return Ok(());
    }
    let pipeline = Pipeline::new(&Config::default())?;
    let content = std::fs::read_to_string(&path)?;
    let (mut tp_pred, mut n_pred, mut tp_gold, mut n_gold) = (0usize, 0usize, 0usize, 0usize);
    let mut per_type: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
    let mut docs = 0;
    for line in content.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if !meantime && v["genre"] != "news" {
            continue;
        }
        docs += 1;
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let gold: Vec<GoldMention> = v["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| {
                if meantime {
                    matches!(e["syntactic_type"].as_str(), Some("NAM" | "PRE.NAM"))
                } else {
                    e["head_upos"] == "PROPN"
                }
            })
            .filter_map(|e| {
                let kind = match e["type"].as_str()? {
                    "person" | "PER" => "person",
                    "organization" | "ORG" => "organization",
                    "place" | "LOC" => "place",
                    _ => return None,
                };
                Some(GoldMention {
                    start: e["start"].as_u64()? as usize,
                    end: e["end"].as_u64()? as usize,
                    kind,
                    text: e["text"].as_str().unwrap_or_default().to_string(),
                })
            })
            .collect();
        let mut doc = Document::new(v["id"].as_str().unwrap_or_default(), text.clone());
        pipeline.process(&mut doc);
        // Byte offsets → char offsets (GUM counts code points).
        let char_of = |b: usize| text[..b].chars().count();
        let mut pred: Vec<(usize, usize, &'static str, String)> = Vec::new();
        for e in &doc.entities {
            let kind = match e.kind {
                EntityType::Person => "person",
                EntityType::Organization => "organization",
                EntityType::Country | EntityType::Location => "place",
            };
            for m in &e.mentions {
                pred.push((
                    char_of(m.span.start),
                    char_of(m.span.end),
                    kind,
                    format!("{} → {}", m.span.text(&text), e.name),
                ));
            }
        }
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        for p in &pred {
            n_pred += 1;
            per_type.entry(p.2).or_default()[1] += 1;
            if gold
                .iter()
                .any(|g| g.kind == p.2 && overlaps((p.0, p.1), (g.start, g.end)))
            {
                tp_pred += 1;
                per_type.entry(p.2).or_default()[0] += 1;
            } else if show_errors {
                let other: Vec<&str> = gold
                    .iter()
                    .filter(|g| overlaps((p.0, p.1), (g.start, g.end)))
                    .map(|g| g.kind)
                    .collect();
                println!("FP {} {:?} {} gold-other={:?}", doc.id, p.2, p.3, other);
            }
        }
        for g in &gold {
            n_gold += 1;
            per_type.entry(g.kind).or_default()[3] += 1;
            if pred
                .iter()
                .any(|p| g.kind == p.2 && overlaps((p.0, p.1), (g.start, g.end)))
            {
                tp_gold += 1;
                per_type.entry(g.kind).or_default()[2] += 1;
            } else if show_errors {
                println!("FN {} {} {:?}", doc.id, g.kind, g.text);
            }
        }
    }
    let f1 = |p: f64, r: f64| {
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    let corpus = if meantime { "MEANTIME" } else { "GUM news" };
    println!("{corpus}: {docs} documents, {n_gold} gold mentions, {n_pred} predicted");
    for (kind, [tp, np, tg, ng]) in &per_type {
        let (p, r) = (ratio(*tp, *np), ratio(*tg, *ng));
        println!(
            "  {kind:<12} P {p:.3} R {r:.3} F1 {:.3}  (pred {np}, gold {ng})",
            f1(p, r)
        );
    }
    let (p, r) = (ratio(tp_pred, n_pred), ratio(tp_gold, n_gold));
    println!("overall      P {p:.3} R {r:.3} F1 {:.3}", f1(p, r));
    Ok(())
}
