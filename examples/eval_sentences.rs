//! Sentence-boundary precision/recall/F1 against third-party gold:
//! GUM (per genre, news separately) and UD English-EWT dev.
//!
//! A boundary is the (character) end offset of every sentence but the last of
//! a document; gold and predicted sets are compared exactly.
//!
//!     cargo run --release --example eval_sentences [-- --errors N --genre NAME]
//!
//! `--errors N` prints up to N missed/spurious boundaries with context;
//! `--show FILE.jsonl N SKIP` prints the sentences of N documents;
//! `--speed FILE.jsonl` times the splitter over a file's texts.

use newsfacts::sentences::SentenceSplitter;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::PathBuf;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    docs: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.docs += o.docs;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

struct Options {
    errors: usize,
    genre: Option<String>,
}

fn boundaries(ends: impl Iterator<Item = usize>) -> BTreeSet<usize> {
    let mut v: Vec<usize> = ends.collect();
    v.pop(); // the last sentence's end is not a boundary
    v.into_iter().collect()
}

fn context(text: &str, char_pos: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let a = char_pos.saturating_sub(60);
    let b = (char_pos + 40).min(chars.len());
    let before: String = chars[a..char_pos].iter().collect();
    let after: String = chars[char_pos..b].iter().collect();
    format!("{}|{}", before, after).replace('\n', "⏎")
}

/// Scores one document; prints errors while `budget` lasts.
fn score(
    splitter: &SentenceSplitter,
    doc: &Value,
    budget: &mut usize,
    label: &str,
) -> Option<Counts> {
    let text = doc["text"].as_str()?;
    let gold = boundaries(
        doc["sentence_spans"]
            .as_array()?
            .iter()
            .filter_map(|s| s.get(1)?.as_u64().map(|e| e as usize)),
    );
    // Byte offset → char offset.
    let mut byte_to_char = vec![0usize; text.len() + 1];
    let mut c = 0;
    for (b, ch) in text.char_indices() {
        for k in 0..ch.len_utf8() {
            byte_to_char[b + k] = c;
        }
        c += 1;
    }
    byte_to_char[text.len()] = c;
    let pred = boundaries(splitter.split(text).iter().map(|s| byte_to_char[s.end]));
    let tp = gold.intersection(&pred).count();
    let counts = Counts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
        docs: 1,
    };
    for &p in pred.difference(&gold) {
        if *budget > 0 {
            *budget -= 1;
            println!("  FP [{label}] {}", context(text, p));
        }
    }
    for &g in gold.difference(&pred) {
        if *budget > 0 {
            *budget -= 1;
            println!("  FN [{label}] {}", context(text, g));
        }
    }
    Some(counts)
}

fn read_jsonl(path: &PathBuf) -> Vec<Value> {
    let Ok(f) = std::fs::File::open(path) else {
        eprintln!("skipping: {} not found", path.display());
        return Vec::new();
    };
    std::io::BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str(&l).ok())
        .collect()
}

fn line(name: &str, c: Counts) {
    let (p, r, f) = c.prf();
    println!(
        "{name:<14} docs {:>4}  boundaries {:>6}  P {p:.4}  R {r:.4}  F1 {f:.4}",
        c.docs,
        c.tp + c.fn_
    );
}

fn main() {
    let mut opts = Options {
        errors: 0,
        genre: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--errors" => opts.errors = args.next().and_then(|v| v.parse().ok()).unwrap_or(20),
            "--genre" => opts.genre = args.next(),
            "--speed" => {
                // Time the splitter alone over every "text" of a JSONL file
                // (e.g. news_benchmark/news_benchmark.jsonl), best of 3 passes.
                let file = PathBuf::from(args.next().unwrap_or_default());
                let texts: Vec<String> = read_jsonl(&file)
                    .iter()
                    .filter_map(|d| d["text"].as_str().map(str::to_string))
                    .collect();
                let bytes: usize = texts.iter().map(String::len).sum();
                let splitter = SentenceSplitter::new();
                let mut best = f64::MAX;
                let mut best_cpu = f64::MAX;
                let mut sentences = 0;
                for _ in 0..5 {
                    let cpu0 = thread_cpu_seconds();
                    let t0 = std::time::Instant::now();
                    sentences = texts.iter().map(|t| splitter.split(t).len()).sum::<usize>();
                    best = best.min(t0.elapsed().as_secs_f64());
                    if let (Some(a), Some(b)) = (cpu0, thread_cpu_seconds()) {
                        best_cpu = best_cpu.min(b - a);
                    }
                }
                let mb = bytes as f64 / 1e6;
                print!(
                    "{} docs, {mb:.1} MB, {sentences} sentences, wall {best:.3} s = {:.0} MB/s",
                    texts.len(),
                    mb / best
                );
                if best_cpu < f64::MAX {
                    // On a shared machine the wall clock includes time the
                    // thread spent waiting for a core; CPU time does not.
                    print!(", on-CPU {best_cpu:.3} s = {:.0} MB/s", mb / best_cpu);
                }
                println!();
                return;
            }
            "--show" => {
                // Print the sentences of the first N documents of a JSONL file
                // with a "text" field, one per line, for eyeballing.
                let file = PathBuf::from(args.next().unwrap_or_default());
                let count: usize = args.next().and_then(|v| v.parse().ok()).unwrap_or(3);
                let skip: usize = args.next().and_then(|v| v.parse().ok()).unwrap_or(0);
                let splitter = SentenceSplitter::new();
                for doc in read_jsonl(&file).iter().skip(skip).take(count) {
                    let text = doc["text"].as_str().unwrap_or("");
                    println!("=== {}", doc["id"]);
                    for s in splitter.split(text) {
                        println!("  | {}", s.text(text).replace('\n', "⏎"));
                    }
                }
                return;
            }
            _ => {
                eprintln!("usage: eval_sentences [--errors N] [--genre NAME] | --show FILE.jsonl [N [SKIP]] | --speed FILE.jsonl");
                std::process::exit(2);
            }
        }
    }
    let Some(data) = newsfacts::shared_data_dir() else {
        eprintln!("skipping: shared data directory not found");
        return;
    };
    let splitter = SentenceSplitter::new();
    let mut budget = opts.errors;

    println!("GUM (gum/gum_sentences.jsonl), by genre:");
    let mut by_genre: BTreeMap<String, Counts> = BTreeMap::new();
    for doc in read_jsonl(&data.join("gum/gum_sentences.jsonl")) {
        let genre = doc["genre"].as_str().unwrap_or("?").to_string();
        let mut b = if opts.genre.as_deref().is_none_or(|g| g == genre) {
            budget
        } else {
            0
        };
        if let Some(c) = score(&splitter, &doc, &mut b, &genre) {
            if opts.genre.as_deref().is_none_or(|g| g == genre) {
                budget = b;
            }
            by_genre.entry(genre).or_default().add(c);
        }
    }
    let mut all = Counts::default();
    for (g, c) in &by_genre {
        line(g, *c);
        all.add(*c);
    }
    if let Some(news) = by_genre.get("news") {
        println!("---");
        line("GUM news", *news);
    }
    line("GUM all", all);

    let mut ewt = Counts::default();
    let mut b = if opts.genre.as_deref().is_none_or(|g| g == "ewt") {
        budget
    } else {
        0
    };
    for doc in read_jsonl(&data.join("ud_english_ewt/ewt_dev_sentences.jsonl")) {
        if let Some(c) = score(&splitter, &doc, &mut b, "ewt") {
            ewt.add(c);
        }
    }
    line("EWT dev", ewt);

    // MEANTIME (Wikinews): one sentence per line. Scored as given, and with
    // every line break after sentence punctuation turned into a space, so
    // that the punctuation rules alone must find those boundaries.
    let mut meantime = Counts::default();
    let mut flat = Counts::default();
    let mut b = if opts.genre.as_deref().is_none_or(|g| g == "meantime") {
        budget
    } else {
        0
    };
    for mut doc in read_jsonl(&data.join("meantime/meantime_sentences.jsonl")) {
        let mut none = 0;
        if let Some(c) = score(&splitter, &doc, &mut none, "meantime") {
            meantime.add(c);
        }
        let Some(text) = doc["text"].as_str() else {
            continue;
        };
        let flattened = flatten_after_punctuation(text);
        doc["text"] = Value::String(flattened);
        if let Some(c) = score(&splitter, &doc, &mut b, "meantime-flat") {
            flat.add(c);
        }
    }
    line("MEANTIME", meantime);
    line("MEANTIME flat", flat);
}

/// CPU time of the current thread (Linux `/proc/thread-self/schedstat`).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Replaces each newline that follows sentence punctuation (possibly with a
/// closing quote) by a space; character offsets are unchanged.
fn flatten_after_punctuation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut before_prev: Option<char> = None;
    for c in text.chars() {
        let after_stop = matches!(prev, Some('.' | '!' | '?'))
            || (matches!(prev, Some('"' | '\'' | '”' | '’' | ')'))
                && matches!(before_prev, Some('.' | '!' | '?')));
        if c == '\n' && after_stop {
            out.push(' ');
        } else {
            out.push(c);
        }
        before_prev = prev;
        prev = Some(c);
    }
    out
}
