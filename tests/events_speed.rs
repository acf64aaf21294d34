//! Throughput of the event stage in CPU time (not wall time, which a busy
//! machine distorts). Ignored by default; run with
//! `cargo test --release --test events_speed -- --ignored --nocapture`
//! (add `NEWSFACTS_SPEED_FULL=1` to annotate with the real earlier stages
//! first, on the first 5,000 documents).

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

/// CPU seconds used by this thread so far (Linux), from /proc.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

#[test]
#[ignore]
fn event_stage_throughput() {
    let Some(path) = data_file() else {
        eprintln!("skipping: news_benchmark.jsonl not found");
        return;
    };
    let splitter = SentenceSplitter::new();
    let mut docs: Vec<Document> = std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
        .enumerate()
        .map(|(i, t)| {
            let mut d = Document::new(i.to_string(), t);
            d.sentences = splitter.split(&d.text);
            d
        })
        .collect();
    // With NEWSFACTS_SPEED_FULL=1 the earlier stages annotate first (real
    // entities and timexes to fill slots from); only the event stage is timed.
    if std::env::var("NEWSFACTS_SPEED_FULL").is_ok() {
        docs.truncate(5000);
        let config = newsfacts::Config {
            stages: newsfacts::pipeline::Stages {
                events: false,
                ..Default::default()
            },
            ..Default::default()
        };
        let pipeline = newsfacts::Pipeline::new(&config).unwrap();
        for d in docs.iter_mut() {
            pipeline.process(d);
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // NEWSFACTS_EVENT_RULES=FILE measures another rule file.
    let rules = std::env::var("NEWSFACTS_EVENT_RULES")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_else(|| BUNDLED_EVENT_RULES.to_string());
    let ex = EventExtractor::new(&[("rules".into(), rules)]).unwrap();
    let (Some(c0), t0) = (thread_cpu_seconds(), std::time::Instant::now()) else {
        return;
    };
    let reps = 5;
    let mut events = 0;
    let mut quotes = 0;
    for _ in 0..reps {
        events = 0;
        quotes = 0;
        for d in docs.iter_mut() {
            ex.annotate(d);
            events += d.events.len();
            quotes += d.quotes.len();
        }
    }
    let cpu = thread_cpu_seconds().unwrap() - c0;
    let wall = t0.elapsed().as_secs_f64();
    eprintln!(
        "{} docs, {:.1} MB: {events} events, {quotes} quotes; {reps} passes in cpu {cpu:.2}s = {:.1} MB/s per core (wall {wall:.2}s)",
        docs.len(),
        bytes as f64 / 1e6,
        (reps * bytes) as f64 / 1e6 / cpu.max(0.01)
    );
    assert!(events > 0);
}
