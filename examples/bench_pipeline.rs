//! End-to-end throughput benchmark of the newsfacts pipeline.
//!
//! ```text
//! cargo run --release --example bench_pipeline -- [--input FILE.jsonl] [--threads 1,2]
//!     [--repeat 3] [--gazetteers DIR] [--add-to-pipeline] [--stream [--batch 1024] [--output FILE]]
//! ```
//!
//! In-memory mode (default) loads the documents once, then for each thread
//! count runs the full pipeline including JSON serialisation `--repeat`
//! times on a fresh rayon pool and reports the median; then it scans the same
//! texts with a bare aho-corasick automaton (leftmost-longest, no word
//! checks) over the same gazetteer names and reports the ratio.
//!
//! `--stream` mode reads the input in batches of `--batch` lines, processes
//! each batch in parallel, writes it out and drops it, so peak RSS depends on
//! the batch, not the input size (compare a 10 MB and a 1 GB input).
//!
//! Input: JSONL records `{id, date, title, text}` (news_benchmark.jsonl or
//! `scripts/gen_news.py` output). Figures are documented in docs/benchmarks.md.

use aho_corasick::{AhoCorasick, MatchKind};
use anyhow::{bail, Context, Result};
use clap::Parser;
use newsfacts::model::DateSource;
use newsfacts::pipeline::{Stage, CHUNK_DOCS};
use newsfacts::{Config, Document, Pipeline};
use rayon::prelude::*;
use serde::Deserialize;
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

// The allocator of the `newsfacts` binary (see src/main.rs), so these
// figures are the binary's figures.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser, Debug)]
#[command(about = "Throughput benchmark of the newsfacts pipeline")]
struct Args {
    /// JSONL input; default: news_benchmark.jsonl from the shared data folder.
    #[arg(long)]
    input: Option<PathBuf>,
    /// Thread counts to measure, e.g. `1,2`; default: 1 and all cores.
    #[arg(long, value_delimiter = ',')]
    threads: Vec<usize>,
    /// Runs per thread count; the median is reported.
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Folder of gazetteer TSVs whose names the bare scan looks up;
    /// default: the crate's `gazetteers/`.
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// Also load those TSVs into the pipeline (for measuring before the
    /// bundled gazetteers exist; do not use once they are bundled).
    #[arg(long)]
    add_to_pipeline: bool,
    /// Bounded-memory streaming run instead of the in-memory comparison.
    #[arg(long)]
    stream: bool,
    /// Lines per batch in `--stream` mode.
    #[arg(long, default_value_t = 1024)]
    batch: usize,
    /// Where `--stream` writes the JSONL (default: discarded).
    #[arg(long)]
    output: Option<PathBuf>,
    /// One thread, one pass: time each stage separately (and JSON output).
    #[arg(long)]
    stages: bool,
    /// Use only the first N documents of the input.
    #[arg(long)]
    limit: Option<usize>,
}

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    text: String,
}

fn to_document(n: usize, rec: Record) -> Document {
    let id = match rec.id {
        Some(serde_json::Value::String(s)) => s,
        Some(v) => v.to_string(),
        None => format!("doc{n}"),
    };
    let mut doc = Document::new(id, rec.text);
    doc.title = rec.title;
    // Dates like "1987-02-26T15:01:01": the day is what the pipeline anchors on.
    if let Some(d) = rec
        .date
        .as_deref()
        .and_then(|d| d.get(..10))
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        doc.date = Some(d);
        doc.date_source = DateSource::Record;
    }
    doc
}

fn parse_line(n: usize, line: &str) -> Option<Document> {
    match serde_json::from_str::<Record>(line) {
        Ok(rec) => Some(to_document(n, rec)),
        Err(e) => {
            eprintln!("line {}: skipped ({e})", n + 1);
            None
        }
    }
}

/// Peak resident set size in MB (VmHWM), or 0 where /proc is unavailable.
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// CPU time (user + system) of the whole process so far, from /proc/self/stat.
/// On a shared machine wall time includes waiting for other processes; CPU
/// time per MB does not.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // USER_HZ is 100 on Linux for every common architecture.
    (ticks(11) + ticks(12)) / 100.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Every name, alias and demonym of the gazetteer TSVs under `dir`.
fn gazetteer_names(dir: &Path) -> Result<(Vec<String>, Vec<PathBuf>)> {
    let mut names = Vec::new();
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry?;
        if entry.path().extension().is_some_and(|e| e == "tsv") {
            files.push(entry.path().to_path_buf());
        }
    }
    for f in &files {
        let content =
            std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
        for line in content.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            names.push(cols[0].to_string());
            if let Some(aliases) = cols.get(3) {
                names.extend(
                    aliases
                        .split('|')
                        .filter(|a| !a.is_empty())
                        .map(String::from),
                );
            }
            for kv in cols.iter().skip(4) {
                if let Some(d) = kv.strip_prefix("demonyms=") {
                    names.extend(d.split('|').filter(|a| !a.is_empty()).map(String::from));
                }
            }
        }
    }
    names.retain(|n| !n.trim().is_empty());
    names.sort();
    names.dedup();
    Ok((names, files))
}

/// Panics seen inside the pipeline (counted, not fatal: one bad document
/// must not end a benchmark, but the count is reported as a defect).
static PANICS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Prints the first panic in full and only counts the rest.
fn install_panic_counter() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if PANICS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) == 0 {
            default(info);
        }
    }));
}

/// Runs the pipeline over a chunk of documents stage by stage, as `extract`
/// does, and serialises them; nothing when the pipeline panicked on one.
fn process_to_json(pipeline: &Pipeline, docs: &mut [Document]) -> Vec<String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pipeline.process_chunk(docs);
        docs.iter()
            .map(newsfacts::output::json::to_json_line)
            .collect()
    }))
    .unwrap_or_default()
}

fn pool(threads: usize) -> Result<rayon::ThreadPool> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?)
}

fn main() -> Result<()> {
    let args = Args::parse();
    install_panic_counter();
    let input = match &args.input {
        Some(p) => p.clone(),
        None => match newsfacts::shared_data_dir() {
            Some(d) => d
                .canonicalize()
                .unwrap_or(d)
                .join("news_benchmark/news_benchmark.jsonl"),
            None => bail!("no --input given and the shared data folder was not found"),
        },
    };
    let gaz_dir = args
        .gazetteers
        .clone()
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers"));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = if args.threads.is_empty() {
        if cores > 1 {
            vec![1, cores]
        } else {
            vec![1]
        }
    } else {
        args.threads.clone()
    };
    if threads.contains(&0) || args.repeat == 0 || args.batch == 0 {
        bail!("--threads, --repeat and --batch must be positive");
    }

    let mut config = Config::default();
    if args.add_to_pipeline {
        config.gazetteer_files = gazetteer_names(&gaz_dir)?.1;
    }
    let t = Instant::now();
    let pipeline = Pipeline::new(&config)?;
    let load = t.elapsed();
    let gazetteer = pipeline.entity_recognizer().gazetteer();
    println!(
        "pipeline load: {:.3} s ({} gazetteer entries, {} automaton patterns, {:.1} MB automaton{})",
        load.as_secs_f64(),
        gazetteer.len(),
        gazetteer.pattern_count(),
        gazetteer.automaton_memory() as f64 / 1e6,
        if args.add_to_pipeline {
            ", TSVs added with --add-to-pipeline"
        } else {
            ""
        }
    );

    if args.stream {
        return stream(
            &args,
            &input,
            &pipeline,
            *threads.iter().max().unwrap_or(&1),
        );
    }

    // In-memory comparison.
    let file =
        std::fs::File::open(&input).with_context(|| format!("opening {}", input.display()))?;
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        if args.limit.is_some_and(|l| docs.len() >= l) {
            break;
        }
        let line = line?;
        if !line.trim().is_empty() {
            docs.extend(parse_line(n, &line));
        }
    }
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    let mb = chars as f64 / 1e6;
    println!(
        "input: {} ({} docs, {:.2} M chars, {:.2} MB UTF-8)",
        input.display(),
        docs.len(),
        mb,
        docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6
    );
    println!("runs per setting: {} (median reported)", args.repeat);

    if args.stages {
        stage_breakdown(&pipeline, &docs, mb, args.repeat);
        return Ok(());
    }

    let mut one_thread_mbs = None;
    for &n in &threads {
        let pool = pool(n)?;
        let mut times = Vec::new();
        let mut out_bytes = 0;
        let cpu_before = cpu_seconds();
        for _ in 0..args.repeat {
            let t = Instant::now();
            // Cloning the document is part of the work: extract builds each
            // Document from its input record.
            out_bytes = pool.install(|| {
                docs.par_chunks(CHUNK_DOCS)
                    .map(|chunk| {
                        let mut chunk = chunk.to_vec();
                        let json = process_to_json(&pipeline, &mut chunk);
                        json.iter().map(|j| j.len() + 1).sum::<usize>()
                    })
                    .sum::<usize>()
            });
            times.push(t.elapsed());
        }
        let cpu = (cpu_seconds() - cpu_before) / args.repeat as f64;
        let secs = median(times).as_secs_f64();
        let mbs = mb / secs;
        if n == 1 {
            one_thread_mbs = Some(mbs);
        }
        let scaling = one_thread_mbs
            .map(|o| format!("  scaling {:.2}x", mbs / o))
            .unwrap_or_default();
        println!(
            "pipeline  threads={n:<2} {secs:>8.3} s  {mbs:>8.2} MB/s  {:>9.0} docs/s  ({:.1} MB/s per thread, {:.1} MB per CPU-s; {:.1} MB JSON){scaling}",
            docs.len() as f64 / secs,
            mbs / n as f64,
            if cpu > 0.0 { mb / cpu } else { f64::NAN },
            out_bytes as f64 / 1e6
        );
    }

    // Bare aho-corasick scan over the same names.
    match gazetteer_names(&gaz_dir) {
        Ok((names, files)) if !names.is_empty() => {
            let t = Instant::now();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&names)?;
            println!(
                "bare scan: {} names from {} TSV files in {}, automaton built in {:.3} s ({:.1} MB heap)",
                names.len(),
                files.len(),
                gaz_dir.display(),
                t.elapsed().as_secs_f64(),
                ac.memory_usage() as f64 / 1e6
            );
            for &n in &threads {
                let pool = pool(n)?;
                let mut times = Vec::new();
                let mut matches = 0;
                let cpu_before = cpu_seconds();
                for _ in 0..args.repeat {
                    let t = Instant::now();
                    matches = pool.install(|| {
                        docs.par_iter()
                            .map(|d| ac.find_iter(&d.text).count())
                            .sum::<usize>()
                    });
                    times.push(t.elapsed());
                }
                let cpu = (cpu_seconds() - cpu_before) / args.repeat as f64;
                let secs = median(times).as_secs_f64();
                let scan_mbs = mb / secs;
                let ratio = if n == 1 {
                    one_thread_mbs
                        .map(|p| format!("  pipeline/scan = {:.2}", p / scan_mbs))
                        .unwrap_or_default()
                } else {
                    String::new()
                };
                println!(
                    "bare scan threads={n:<2} {secs:>8.3} s  {scan_mbs:>8.2} MB/s  ({:.1} MB per CPU-s; {matches} matches){ratio}",
                    if cpu > 0.0 { mb / cpu } else { f64::NAN }
                );
            }
        }
        Ok(_) => println!(
            "bare scan: skipped (no gazetteer TSVs in {})",
            gaz_dir.display()
        ),
        Err(e) => println!("bare scan: skipped ({e:#})"),
    }
    println!(
        "peak RSS: {:.1} MB (VmHWM, whole process incl. the loaded input)",
        peak_rss_mb()
    );
    report_panics();
    Ok(())
}

/// Per-stage CPU cost on one thread: each stage runs over every document
/// before the next starts, and is charged the CPU time of this thread over
/// that pass (so other processes on a shared machine do not inflate it).
fn stage_breakdown(pipeline: &Pipeline, docs: &[Document], mb: f64, repeat: usize) {
    let names: Vec<&str> = std::iter::once("clone")
        .chain(Stage::ALL.iter().map(|s| s.name()))
        .chain(std::iter::once("json"))
        .collect();
    let mut runs: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    for _ in 0..repeat {
        let mut i = 0;
        let mut lap = |runs: &mut Vec<Vec<f64>>, t: &mut f64| {
            let now = thread_cpu_seconds();
            runs[i].push(now - *t);
            *t = now;
            i += 1;
        };
        let mut t = thread_cpu_seconds();
        let mut work: Vec<Document> = docs.to_vec();
        lap(&mut runs, &mut t);
        for stage in Stage::ALL {
            for doc in work.iter_mut() {
                pipeline.process_stage(stage, doc);
            }
            lap(&mut runs, &mut t);
        }
        let bytes: usize = work
            .iter()
            .map(|d| newsfacts::output::json::to_json_line(d).len())
            .sum();
        std::hint::black_box(bytes);
        lap(&mut runs, &mut t);
    }
    let medians: Vec<f64> = runs
        .into_iter()
        .map(|mut v| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        })
        .collect();
    let sum: f64 = medians.iter().sum();
    println!("stage breakdown, 1 thread, thread CPU time, median of {repeat}:");
    for (stage, t) in names.iter().zip(&medians) {
        println!(
            "  {stage:<10} {t:>7.3} s  {:>5.1}%  {:>8.1} MB/s alone",
            100.0 * t / sum,
            mb / t
        );
    }
    println!(
        "  {:<10} {sum:>7.3} s  100.0%  {:>8.1} MB/s",
        "total",
        mb / sum
    );
}

/// CPU time of the calling thread (Linux schedstat, nanoseconds), or 0.
fn thread_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn report_panics() {
    let n = PANICS.load(std::sync::atomic::Ordering::Relaxed);
    if n > 0 {
        println!("DEFECT: the pipeline panicked on {n} document run(s); those produced no output");
    }
}

/// Bounded-memory run: batches of lines in, JSONL out, nothing kept.
fn stream(args: &Args, input: &Path, pipeline: &Pipeline, threads: usize) -> Result<()> {
    let rss_after_load = peak_rss_mb();
    let pool = pool(threads)?;
    let file =
        std::fs::File::open(input).with_context(|| format!("opening {}", input.display()))?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::sink()),
    };
    let t = Instant::now();
    let (mut docs, mut chars, mut line_no) = (0usize, 0usize, 0usize);
    let mut batch: Vec<String> = Vec::with_capacity(args.batch);
    loop {
        batch.clear();
        while batch.len() < args.batch {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 {
                break;
            }
            if !line.trim().is_empty() {
                batch.push(line);
            }
        }
        if batch.is_empty() {
            break;
        }
        let first = line_no;
        line_no += batch.len();
        let results: Vec<(usize, String)> = pool.install(|| {
            let mut docs: Vec<Document> = batch
                .par_iter()
                .enumerate()
                .filter_map(|(i, line)| parse_line(first + i, line))
                .collect();
            docs.par_chunks_mut(CHUNK_DOCS)
                .flat_map_iter(|chunk| {
                    let json = process_to_json(pipeline, chunk);
                    let chars: Vec<usize> = chunk.iter().map(|d| d.text.chars().count()).collect();
                    chars.into_iter().zip(json)
                })
                .collect()
        });
        for (c, json) in results {
            chars += c;
            docs += 1;
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")?;
        }
        if args.limit.is_some_and(|l| docs >= l) {
            break;
        }
    }
    out.flush()?;
    let secs = t.elapsed().as_secs_f64();
    let in_mb = std::fs::metadata(input).map_or(0.0, |m| m.len() as f64 / 1e6);
    println!(
        "stream: {} ({in_mb:.1} MB file), {docs} docs, {:.2} M chars, threads={threads}, batch={}",
        input.display(),
        chars as f64 / 1e6,
        args.batch
    );
    println!(
        "stream: {secs:.2} s  {:.2} MB/s  {:.0} docs/s",
        chars as f64 / 1e6 / secs,
        docs as f64 / secs
    );
    println!(
        "peak RSS: {:.1} MB after pipeline load, {:.1} MB at the end (VmHWM)",
        rss_after_load,
        peak_rss_mb()
    );
    report_panics();
    Ok(())
}
