//! Throughput of the entity stage alone on the news benchmark:
//! `cargo run --release --example bench_entities [-- LIMIT_DOCS]`.
use newsfacts::{Config, Document, Pipeline};
use std::path::PathBuf;
use std::time::Instant;

/// CPU seconds this thread has used (Linux; 0 elsewhere). The machine may be
/// shared, so wall time would overstate the cost.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return 0.0;
    };
    // Fields after the ")" that closes the command name; utime and stime are 14 and 15.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
}

fn main() -> anyhow::Result<()> {
    let limit: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let rel = "news_benchmark/news_benchmark.jsonl";
    let Some(path) = std::env::var_os("NEWSFACTS_DATA")
        .map(|p| PathBuf::from(p).join(rel))
        .into_iter()
        .chain([
            manifest.join("../shared/data").join(rel),
            manifest.join("../../shared/data").join(rel),
            PathBuf::from("/work/shared/data").join(rel),
        ])
        .find(|p| p.exists())
    else {
        eprintln!("skipping: {rel} not found");
        return Ok(());
    };
    let t0 = Instant::now();
    let pipeline = Pipeline::new(&Config::default())?;
    println!("pipeline built in {:.2?}", t0.elapsed());
    let mut docs: Vec<Document> = Vec::new();
    for line in std::fs::read_to_string(path)?.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let mut d = Document::new(
            v["id"].as_str().unwrap_or_default(),
            v["text"].as_str().unwrap_or_default(),
        );
        pipeline.splitter().annotate(&mut d);
        docs.push(d);
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let rec = pipeline.entity_recognizer();
    // Parts of the stage on their own (first pass warms the lazy DFAs).
    for d in &docs {
        rec.rules().find(&d.text);
    }
    let t = Instant::now();
    let n: usize = docs.iter().map(|d| rec.rules().find(&d.text).len()).sum();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "pattern rules: {n} matches, {:.1} MB/s",
        bytes as f64 / 1e6 / secs
    );
    if std::env::var_os("BENCH_RULES").is_some() {
        for r in &rec.rules().patterns {
            let t = Instant::now();
            let n: usize = docs
                .iter()
                .map(|d| r.regex().find_iter(&d.text).count())
                .sum();
            let secs = t.elapsed().as_secs_f64();
            println!(
                "  rule {:<28} {n:>6} matches {:>7.1} MB/s",
                r.id,
                bytes as f64 / 1e6 / secs
            );
        }
    }
    let t = Instant::now();
    let n: usize = docs
        .iter()
        .map(|d| rec.gazetteer().find(&d.text).len())
        .sum();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "gazetteer: {n} matches, {:.1} MB/s",
        bytes as f64 / 1e6 / secs
    );
    if std::env::var_os("BENCH_SLOWEST").is_some() {
        let mut times: Vec<(f64, usize, String)> = docs
            .iter_mut()
            .map(|d| {
                let t = Instant::now();
                rec.annotate(d);
                (t.elapsed().as_secs_f64(), d.text.len(), d.id.clone())
            })
            .collect();
        times.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (t, len, id) in times.iter().take(8) {
            println!(
                "  slow: {id} {len} bytes {:.1} ms ({:.2} MB/s)",
                t * 1e3,
                *len as f64 / 1e6 / t
            );
        }
    }
    let repeat: usize = std::env::var("BENCH_REPEAT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let mut mentions = 0;
    for _ in 0..repeat {
        mentions = 0;
        for d in docs.iter_mut() {
            rec.annotate(d);
            mentions += d.entities.iter().map(|e| e.mentions.len()).sum::<usize>();
        }
    }
    let secs = t.elapsed().as_secs_f64() / repeat as f64;
    let cpu = (cpu_seconds() - cpu0) / repeat as f64;
    if cpu > 0.0 {
        println!(
            "annotate: {:.1} MB/s of CPU time (wall {:.2} s, CPU {:.2} s per pass)",
            bytes as f64 / 1e6 / cpu,
            secs,
            cpu
        );
    }
    println!(
        "{} docs, {:.1} MB, {mentions} mentions in {secs:.2} s: {:.1} MB/s (one core)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
