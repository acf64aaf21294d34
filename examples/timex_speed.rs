//! Times the date stage alone on news_benchmark.jsonl (first N MB):
//! `cargo run --release --example timex_speed [-- MB]`. Prints MB/s of CPU time.
use newsfacts::model::Document;
use newsfacts::timex::scoring::data_dir;
use newsfacts::timex::{TimexOptions, TimexTagger};

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(8);
    let Some(path) = data_dir().map(|d| d.join("news_benchmark/news_benchmark.jsonl")) else {
        eprintln!("skipping: data not found");
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    let mut docs = Vec::new();
    let mut total = 0;
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let body = v["text"].as_str().unwrap_or("").to_string();
        let date = v["date"]
            .as_str()
            .and_then(|s| s.get(..10))
            .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        total += body.len();
        docs.push((body, date));
        if total >= mb << 20 {
            break;
        }
    }
    let tagger = TimexTagger::new(TimexOptions::default());
    let cpu = || -> u64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    let t0 = cpu();
    let wall = std::time::Instant::now();
    let mut n = 0;
    for (body, date) in &docs {
        let mut doc = Document::new("b", body.as_str());
        doc.date = *date;
        tagger.annotate(&mut doc);
        n += doc.timexes.len();
    }
    let secs = (cpu() - t0) as f64 / 1e9;
    println!(
        "{} docs, {:.1} MB, {n} timexes: {:.1} MB/s CPU time, {:.1} MB/s wall",
        docs.len(),
        total as f64 / 1e6,
        total as f64 / 1e6 / secs,
        total as f64 / 1e6 / wall.elapsed().as_secs_f64()
    );
}
