//! Matching throughput of the bundled gazetteer on a text file or on the
//! news benchmark: `cargo run --release --example gazetteer_throughput [FILE]`.
use newsfacts::gazetteer::Gazetteer;
use std::time::Instant;

/// User+system CPU seconds of the current thread (Linux; 10 ms ticks).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

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
    let runs = 5;
    let t = Instant::now();
    let cpu0 = thread_cpu_seconds();
    let mut n = 0;
    for _ in 0..runs {
        n = g.find(&text).len();
    }
    let secs = t.elapsed().as_secs_f64() / runs as f64;
    let mb = text.len() as f64 / 1e6;
    print!(
        "{n} matches in {mb:.1} MB: {secs:.3}s wall, {:.0} MB/s",
        mb / secs
    );
    // CPU time of this thread: the figure a loaded machine cannot distort.
    match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => {
            println!(", {:.0} MB/s of CPU time", mb * runs as f64 / (b - a))
        }
        _ => println!(),
    }
    Ok(())
}
