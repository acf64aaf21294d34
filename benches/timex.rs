//! Throughput of the date stage alone (tokenizer + grammar + resolver) on
//! real news: the first ~4 MB of `shared/data/news_benchmark/news_benchmark.jsonl`,
//! or, when that is absent, a synthetic text made of our own sentences.
//!
//! `cargo bench --bench timex`

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfacts::model::Document;
use newsfacts::timex::scoring::data_dir;
use newsfacts::timex::{find_document_date, TimexOptions, TimexTagger};

const BUDGET_BYTES: usize = 4 << 20;

fn load_docs() -> Vec<(String, Option<NaiveDate>)> {
    let mut docs = Vec::new();
    let mut total = 0;
    if let Some(path) = data_dir().map(|d| d.join("news_benchmark/news_benchmark.jsonl")) {
        if let Ok(text) = std::fs::read_to_string(&path) {
            for line in text.lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let body = v["text"].as_str().unwrap_or("").to_string();
                let date = v["date"]
                    .as_str()
                    .and_then(|s| s.get(..10))
                    .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
                total += body.len();
                docs.push((body, date));
                if total >= BUDGET_BYTES {
                    break;
                }
            }
        }
    }
    if docs.is_empty() {
        eprintln!("news_benchmark.jsonl not found: using a synthetic text");
        let para = "The ministry said on Monday that exports fell 3.2% in April, the \
            sharpest drop since the 1990s. Officials expect a recovery in the third \
            quarter, and a review will follow next month. The agency had 2,020 staff \
            at the end of 2019, up from 1,850 a year earlier.\n";
        for _ in 0..(BUDGET_BYTES / para.len() / 20) {
            docs.push((para.repeat(20), NaiveDate::from_ymd_opt(2020, 5, 21)));
        }
    }
    docs
}

fn bench_timex(c: &mut Criterion) {
    let docs = load_docs();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let tagger = TimexTagger::new(TimexOptions::default());
    let mut group = c.benchmark_group("timex");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("annotate", |b| {
        b.iter(|| {
            let mut n = 0;
            for (text, date) in &docs {
                let mut doc = Document::new("b", text.as_str());
                doc.date = *date;
                tagger.annotate(&mut doc);
                n += doc.timexes.len();
            }
            n
        })
    });
    group.bench_function("find_document_date", |b| {
        b.iter(|| {
            docs.iter()
                .filter(|(t, _)| find_document_date(t).is_some())
                .count()
        })
    });
    group.finish();
}

/// CPU time of this thread in nanoseconds (Linux), so the per-core figure
/// holds on a loaded machine where wall-clock throughput does not.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Prints MB per CPU-second of the tagger alone.
fn cpu_throughput(_c: &mut Criterion) {
    let docs = load_docs();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let tagger = TimexTagger::new(TimexOptions::default());
    let Some(t0) = thread_cpu_ns() else {
        return;
    };
    let rounds = 5;
    let mut n = 0;
    for _ in 0..rounds {
        for (text, date) in &docs {
            let mut doc = Document::new("b", text.as_str());
            doc.date = *date;
            tagger.annotate(&mut doc);
            n += doc.timexes.len();
        }
    }
    let Some(t1) = thread_cpu_ns() else {
        return;
    };
    let secs = (t1 - t0) as f64 / 1e9;
    println!(
        "timex/annotate per core: {:.1} MB/s of CPU time ({} bytes x {rounds}, {} timexes per round)",
        (bytes * rounds) as f64 / 1e6 / secs,
        bytes,
        n / rounds
    );
}

criterion_group!(benches, bench_timex, cpu_throughput);
criterion_main!(benches);
