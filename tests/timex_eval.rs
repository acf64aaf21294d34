//! Prints the date-stage figures on TempEval-3, GUM (news) and MEANTIME and
//! checks them against the bars (relaxed DATE span F1 >= 0.90, value
//! accuracy >= 0.85). Skips with a notice when the shared data is absent.
//! `cargo test --release --test timex_eval -- --nocapture` shows the table.

use newsfacts::timex::scoring::{data_dir, format_scores, score_all};
use newsfacts::timex::{TimexOptions, TimexTagger};

#[test]
fn timex_figures_on_annotated_news() {
    let Some(data) = data_dir() else {
        eprintln!("skipping: shared data folder not found (set NEWSFACTS_DATA)");
        return;
    };
    let tagger = TimexTagger::new(TimexOptions::default());
    let results = score_all(&tagger, &data).expect("datasets load");
    if results.is_empty() {
        eprintln!("skipping: no timex datasets under {}", data.display());
        return;
    }
    let mut below = Vec::new();
    for (name, s) in &results {
        println!("{}", format_scores(name, s));
        let (_, _, relaxed_f1) = s.relaxed();
        if relaxed_f1 < 0.90 || s.value_accuracy() < 0.85 {
            below.push(name.clone());
        }
    }
    assert!(below.is_empty(), "below the bar on: {below:?}");
}
