//! Gazetteer benchmarks: bundled load time, matching throughput on generated
//! news-like text (and on real news when ../shared/data is present), and the
//! load time of a synthetic one-million-alias gazetteer.
//!
//! Run: `cargo bench --bench gazetteer` (add `-- find` etc. to filter).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsfacts::gazetteer::{Gazetteer, GazetteerBuilder};
use std::time::Duration;

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "the",
    "officials",
    "said",
    "on",
    "Monday",
    "that",
    "talks",
    "with",
    "a",
    "delegation",
    "from",
    "would",
    "resume",
    "after",
    "an",
    "agreement",
    "over",
    "trade",
    "and",
    "investment",
    "in",
    "hospital",
    "doctors",
    "reported",
    "cases",
    "while",
    "the",
    "minister",
    "added",
    "it",
    "was",
    "too",
    "early",
    "to",
    "say",
    "whether",
    "prices",
    "will",
    "rise",
    "this",
    "year",
    "according",
    "local",
    "media",
    "He",
    "She",
    "They",
    "It",
    "In",
    "The",
    "A",
    "of",
    "for",
    "by",
    "at",
    "its",
];
const NAMES: &[&str] = &[
    "China",
    "Beijing",
    "Italy",
    "Padua",
    "Naples",
    "Britain",
    "U.S.",
    "Russia",
    "Pakistan",
    "World Health Organization",
    "WHO",
    "Xinhua",
    "Reuters",
    "Shaanxi",
    "Xi'an",
    "Japan",
    "University of Peshawar",
    "Chinese",
    "Italian",
    "Georgia",
    "Jordan",
    "European Union",
    "United Nations",
    "Xi Jinping",
    "Paris",
    "Berlin",
    "Tokyo",
    "Mumbai",
    "Lagos",
    "Nairobi",
];

/// News-like text: sentences of common words with a known name about every
/// twelve words (far denser than real news, so this is a worst case).
fn news_like(bytes: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut s = String::with_capacity(bytes + 200);
    while s.len() < bytes {
        let n = 8 + rng.next() % 20;
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            if rng.next().is_multiple_of(12) {
                s.push_str(rng.pick(NAMES));
                if rng.next().is_multiple_of(4) {
                    s.push_str("'s");
                }
            } else {
                s.push_str(rng.pick(WORDS));
            }
        }
        s.push_str(". ");
    }
    s
}

/// About `bytes` of real news text (the throughput benchmark corpus).
fn real_news(bytes: usize) -> Option<String> {
    let path = newsfacts::shared_data_dir()?.join("news_benchmark/news_benchmark.jsonl");
    let content = std::fs::read_to_string(path).ok()?;
    let mut out = String::new();
    for line in content.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        out.push_str(v.get("text")?.as_str()?);
        out.push_str("\n\n");
        if out.len() >= bytes {
            break;
        }
    }
    Some(out)
}

/// A synthetic gazetteer of `n` aliases (4 per entry), all distinct.
pub fn synthetic_tsv(n: usize) -> String {
    const SYL: &[&str] = &[
        "ba", "ko", "ru", "te", "mi", "sa", "lo", "ne", "di", "fu", "ga", "hi", "ja", "ke", "pu",
        "zo", "ra", "vi", "wo", "ye", "cha", "sho", "tra", "gle", "mon", "dar", "vel", "nix",
        "qua", "bro", "ste", "pli",
    ];
    let word = |mut i: usize| {
        let mut w = String::new();
        loop {
            w.push_str(SYL[i % SYL.len()]);
            i /= SYL.len();
            if i == 0 {
                break;
            }
        }
        let mut c = w.chars();
        let first = c.next().unwrap_or('x').to_ascii_uppercase();
        std::iter::once(first).chain(c).collect::<String>()
    };
    let mut s = String::with_capacity(n * 40);
    for i in 0..n / 4 {
        let a = word(i);
        s.push_str(&format!(
            "{a} Alpha\torganization\ts:{i}\t{a} Beta Holdings|Gamma {a}|{a} Delta\tcountry=NZ\n"
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("load_bundled", |b| {
        b.iter(|| Gazetteer::bundled().expect("bundled loads"))
    });

    let g = Gazetteer::bundled().expect("bundled loads");
    let text = news_like(4 << 20);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find_news_like_4MB", |b| b.iter(|| g.find(&text).len()));
    match real_news(8 << 20) {
        Some(news) => {
            group.throughput(Throughput::Bytes(news.len() as u64));
            group.bench_function("find_news_benchmark_8MB", |b| {
                b.iter(|| g.find(&news).len())
            });
        }
        None => eprintln!("skipping real-news throughput: news_benchmark.jsonl not found"),
    }

    let tsv = synthetic_tsv(1_000_000);
    group.throughput(Throughput::Elements(1_000_000));
    group.bench_function("load_synthetic_1M_aliases", |b| {
        b.iter(|| {
            let mut builder = GazetteerBuilder::new();
            builder
                .add_tsv("synthetic", &tsv)
                .expect("synthetic parses");
            builder.build().expect("synthetic builds")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
