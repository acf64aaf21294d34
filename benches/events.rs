//! Throughput of the event stage alone (prefilter, rules, quotes) on the
//! news benchmark (`../shared/data/news_benchmark/news_benchmark.jsonl`, or
//! `$NEWSFACTS_DATA/news_benchmark/…`); falls back to a synthetic text when
//! the data is absent. Sentences come from the bundled splitter; no entities
//! or timexes, so this measures the stage's own cost per byte.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfacts::events::{EventExtractor, BUNDLED_EVENT_RULES};
use newsfacts::sentences::SentenceSplitter;
use newsfacts::Document;
use std::path::PathBuf;

fn data_file() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let rel = "news_benchmark/news_benchmark.jsonl";
    let mut c = Vec::new();
    if let Ok(d) = std::env::var("NEWSFACTS_DATA") {
        c.push(PathBuf::from(d).join(rel));
    }
    c.push(manifest.join("../shared/data").join(rel));
    c.push(manifest.join("../../shared/data").join(rel));
    c.into_iter().find(|p| p.exists())
}

fn corpus() -> Vec<Document> {
    let splitter = SentenceSplitter::new();
    let texts: Vec<String> = match data_file() {
        Some(p) => std::fs::read_to_string(p)
            .unwrap_or_default()
            .lines()
            .take(3000)
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
            .collect(),
        None => {
            eprintln!("news benchmark not found: using a synthetic text");
            vec![
                "China donated 100,000 masks to Italy on Monday. \"We are grateful,\" said the mayor. \
                 Officials met in Rome to discuss trade. The weather was mild. "
                    .repeat(200),
            ]
        }
    };
    texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let mut d = Document::new(i.to_string(), t);
            d.sentences = splitter.split(&d.text);
            d
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let ex = EventExtractor::new(&[("bundled".into(), BUNDLED_EVENT_RULES.into())]).unwrap();
    let mut docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("events");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("annotate", |b| {
        b.iter(|| {
            for d in docs.iter_mut() {
                ex.annotate(d);
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
