//! Throughput of the sentence splitter alone on generated news text.
//!
//!     cargo bench --bench splitter
//!
//! Criterion reports bytes/second of wall time ("thrpt"); the bench also
//! prints throughput per CPU-second, which a busy machine does not distort.
//! The text is ~8 MB of deterministic pseudo-random news prose written for
//! this benchmark.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsfacts::sentences::SentenceSplitter;

/// Sentence parts written for this benchmark; combined pseudo-randomly.
const OPENERS: &[&str] = &[
    "BEIJING, May 21 (Xinhua) -- ",
    "",
    "",
    "Officials said ",
    "On Monday, ",
    "According to Dr. Li Wei of the provincial health office, ",
    "At 5 p.m. local time, ",
    "In a statement released by Acme Holdings Inc., ",
];
const SUBJECTS: &[&str] = &[
    "the ministry",
    "Gen. Omar Haddad",
    "the U.S. delegation",
    "Sen. Maria Lopez",
    "the company's chief executive, J. R. Okafor,",
    "a team of 42 doctors",
    "the World Health Organization",
    "Mr. Khan",
];
const VERBS: &[&str] = &[
    "donated 1.2 million face masks to",
    "met with representatives of",
    "signed a cooperation agreement with",
    "announced a 3.5 percent increase in aid to",
    "visited the headquarters of",
    "held talks with",
];
const OBJECTS: &[&str] = &[
    "hospitals in Naples, Italy",
    "the U.K. embassy",
    "Pitt, Briggs & Co.",
    "local authorities in northwest China's Shaanxi province",
    "the No. 2 People's Hospital",
    "partners in Jan. and Feb. of this year",
];
const CLOSERS: &[&str] = &[
    ".",
    ".",
    ", the spokesman said.",
    " on Tuesday.",
    ", according to a report (see www.example.org/report.html).",
    "?",
    ", he told reporters, \"We are ready.\"",
    " at 9 a.m. The talks lasted two hours.",
];

fn generate(target_bytes: usize) -> String {
    let mut text = String::with_capacity(target_bytes + 1024);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        // xorshift64: deterministic and dependency-free
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut sentences_in_paragraph = 0;
    while text.len() < target_bytes {
        text.push_str(OPENERS[next(OPENERS.len())]);
        text.push_str(SUBJECTS[next(SUBJECTS.len())]);
        text.push(' ');
        text.push_str(VERBS[next(VERBS.len())]);
        text.push(' ');
        text.push_str(OBJECTS[next(OBJECTS.len())]);
        text.push_str(CLOSERS[next(CLOSERS.len())]);
        sentences_in_paragraph += 1;
        if sentences_in_paragraph >= 4 + next(4) {
            text.push_str("\n\n");
            if next(6) == 0 {
                text.push_str("Updated: May 21, 2020\n\n");
            }
            sentences_in_paragraph = 0;
        } else {
            text.push(' ');
        }
    }
    text
}

fn bench_splitter(c: &mut Criterion) {
    let text = generate(8 * 1024 * 1024);
    let splitter = SentenceSplitter::new();
    let sentences = splitter.split(&text).len();
    assert!(sentences > 10_000, "generated text splits into sentences");
    // Criterion measures wall time, which on a shared machine includes time
    // spent waiting for a core; also report throughput per CPU-second.
    if let Some(cpu0) = thread_cpu_seconds() {
        let rounds = 10;
        for _ in 0..rounds {
            black_box(splitter.split(black_box(&text)));
        }
        if let Some(cpu1) = thread_cpu_seconds() {
            let mib = text.len() as f64 / (1024.0 * 1024.0) * rounds as f64;
            println!(
                "sentences/split_8MB_news: on-CPU throughput {:.0} MiB/s ({} sentences per pass)",
                mib / (cpu1 - cpu0),
                sentences
            );
        }
    }
    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("split_8MB_news", |b| {
        b.iter(|| splitter.split(black_box(&text)))
    });
    group.finish();
}

/// CPU time of the current thread (Linux `/proc/thread-self/schedstat`).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

criterion_group!(benches, bench_splitter);
criterion_main!(benches);
