//! Matching throughput of the bundled gazetteer on a text file or on the
//! news benchmark: `cargo run --release --example gazetteer_throughput [FILE]`.
use newsfacts::gazetteer::Gazetteer;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let g = Gazetteer::bundled()?;
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/shared/data/news_benchmark/news_benchmark.jsonl".into());
    let raw = std::fs::read_to_string(&path)?;
    let text: String = if path.ends_with(".jsonl") {
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
            .collect::<Vec<_>>()
            .join("\n\n")
    } else {
        raw
    };
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..3 {
        n = g.find(&text).len();
    }
    let secs = t.elapsed().as_secs_f64() / 3.0;
    println!(
        "{} matches in {:.1} MB: {:.3}s, {:.0} MB/s",
        n,
        text.len() as f64 / 1e6,
        secs,
        text.len() as f64 / 1e6 / secs
    );
    Ok(())
}
