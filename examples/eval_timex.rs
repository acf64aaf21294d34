//! Scores the date stage on TempEval-3, GUM (news) and MEANTIME.
//!
//! `cargo run --release --example eval_timex [-- --errors FILE]`
//!
//! Prints strict/relaxed span P/R/F1 over DATE expressions and value accuracy
//! over matched spans, per dataset. With `--errors FILE` every miss, spurious
//! match and wrong value is written to FILE for inspection.

use newsfacts::timex::scoring::{data_dir, format_scores, load_corpus, score_all, score_types};
use newsfacts::timex::{TimexOptions, TimexTagger};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let errors_path = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1).cloned());
    let Some(data) = data_dir() else {
        eprintln!("skipping: shared data folder not found (set NEWSFACTS_DATA)");
        return Ok(());
    };
    let tagger = TimexTagger::new(TimexOptions::default());
    let results = score_all(&tagger, &data)?;
    let mut all_errors = Vec::new();
    for (name, s) in &results {
        println!("{}", format_scores(name, s));
        all_errors.extend(s.errors.iter().map(|e| format!("{name} {e}")));
    }
    // The project's own labeled corpus (all timex types), when present.
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    if corpus.is_dir() {
        let docs = load_corpus(&corpus)?;
        for (name, all_types) in [("corpus-date", false), ("corpus-all", true)] {
            let s = score_types(&tagger, &docs, None, true, all_types);
            println!("{}", format_scores(name, &s));
            all_errors.extend(s.errors.iter().map(|e| format!("{name} {e}")));
        }
    }
    if let Some(p) = errors_path {
        std::fs::write(&p, all_errors.join("\n"))?;
        println!("errors written to {p}");
    }
    Ok(())
}
