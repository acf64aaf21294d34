//! Per-stage micro-benchmarks on one fixed synthetic article, so a slowdown
//! in the end-to-end figure (examples/bench_pipeline.rs) can be traced to its
//! stage. Run: `cargo bench --bench pipeline` (add `-- splitter` to pick one).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsfacts::events::{EventExtractor, BUNDLED_EVENT_RULES};
use newsfacts::model::DateSource;
use newsfacts::timex::{TimexOptions, TimexTagger};
use newsfacts::{Config, Document, Pipeline};

/// Paragraphs written for this benchmark; repeated with varying names to ~24 KB.
const PARAGRAPHS: &[&str] = &[
    "NAIROBI, March 4 (Newsfacts Wire) -- The Kenyan Red Cross Society received 40,000 masks and 120 \
     ventilators from the Chinese government on Monday, officials said.",
    "\u{201c}We are grateful for the quick support,\u{201d} said Amina Otieno, director of the Nairobi \
     University Hospital. She said the equipment would reach clinics in Mombasa and Kisumu next week.",
    "Dr. Li Wen, head of the Shanghai Institute of Public Health, joined an online meeting with experts \
     from Italy, Russia and Britain on April 7, 2020. The talks covered testing, vaccine trials and the \
     training of nurses.",
    "Georgia and Lithuania signed an agreement on vaccine distribution in Tbilisi two days ago. Prime \
     Minister Giorgi Beridze is expected to visit Vilnius in May.",
    "The U.S. Agency for International Development pledged $1.5 million in aid last week, according to \
     a statement. Prices of oxygen concentrators rose 12 percent over the past three weeks.",
    "Jordan's foreign minister met his counterpart from Chad in Amman on Tuesday afternoon. Neither side \
     gave details of the talks, which lasted about two hours.",
];

fn article() -> String {
    let names = ["Otieno", "Haddad", "Rossi", "Tanaka", "Mensah", "Silva"];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 24_000 {
        for p in PARAGRAPHS {
            text.push_str(&p.replace("Otieno", names[i % names.len()]));
            text.push_str("\n\n");
            i += 1;
        }
    }
    text
}

fn fresh_doc(text: &str) -> Document {
    let mut doc = Document::new("bench", text);
    doc.date = chrono::NaiveDate::from_ymd_opt(2020, 5, 21);
    doc.date_source = DateSource::Record;
    doc
}

fn stages(c: &mut Criterion) {
    let text = article();
    let pipeline = Pipeline::new(&Config::default()).expect("bundled pipeline loads");
    let timex = TimexTagger::new(TimexOptions::default());
    let events = EventExtractor::new(&[("bundled".to_string(), BUNDLED_EVENT_RULES.to_string())])
        .expect("bundled event rules load");

    // Documents annotated up to just before each stage.
    let mut split_doc = fresh_doc(&text);
    pipeline.splitter().annotate(&mut split_doc);
    let mut entity_doc = split_doc.clone();
    pipeline.entity_recognizer().annotate(&mut entity_doc);
    let mut timex_doc = entity_doc.clone();
    timex.annotate(&mut timex_doc);

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("splitter", |b| {
        b.iter(|| black_box(pipeline.splitter().split(black_box(&text))))
    });
    g.bench_function("gazetteer_find", |b| {
        b.iter(|| {
            black_box(
                pipeline
                    .entity_recognizer()
                    .gazetteer()
                    .find(black_box(&text)),
            )
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| {
            let mut d = split_doc.clone();
            pipeline.entity_recognizer().annotate(&mut d);
            black_box(d.entities.len())
        })
    });
    g.bench_function("timex", |b| {
        b.iter(|| {
            let mut d = entity_doc.clone();
            timex.annotate(&mut d);
            black_box(d.timexes.len())
        })
    });
    g.bench_function("events", |b| {
        b.iter(|| {
            let mut d = timex_doc.clone();
            events.annotate(&mut d);
            black_box(d.events.len())
        })
    });
    g.bench_function("json_output", |b| {
        let mut full = fresh_doc(&text);
        pipeline.process(&mut full);
        b.iter(|| black_box(newsfacts::output::json::to_json_line(black_box(&full)).len()))
    });
    g.bench_function("whole_pipeline", |b| {
        b.iter(|| {
            let mut d = fresh_doc(&text);
            pipeline.process(&mut d);
            black_box(newsfacts::output::json::to_json_line(&d).len())
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
