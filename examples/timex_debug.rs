//! Prints the timexes of a sentence: `cargo run --example timex_debug -- 2020-05-20 "text"`.
use newsfacts::model::Document;
use newsfacts::timex::{TimexOptions, TimexTagger};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(date), Some(text)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: timex_debug YYYY-MM-DD TEXT");
        return;
    };
    let mut doc = Document::new("d", text.as_str());
    doc.date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    TimexTagger::new(TimexOptions::default()).annotate(&mut doc);
    for t in &doc.timexes {
        println!(
            "{:?} {:?} {} {:?}",
            t.span.text(&doc.text),
            t.kind,
            t.value,
            t.anchor
        );
    }
    for w in &doc.warnings {
        println!("warning: {w}");
    }
}
