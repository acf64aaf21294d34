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

/// Every value the tagger writes on real news has the shape the project's
/// gold validator accepts (`eval::gold::valid_timex_value`), with and without
/// a document date.
#[test]
fn values_are_well_formed_on_annotated_news() {
    use newsfacts::eval::gold::valid_timex_value;
    use newsfacts::model::Document;
    use newsfacts::timex::scoring::{load_jsonl, DATASETS};
    let Some(data) = data_dir() else {
        eprintln!("skipping: shared data folder not found (set NEWSFACTS_DATA)");
        return;
    };
    let tagger = TimexTagger::new(TimexOptions::default());
    let mut bad = Vec::new();
    let mut checked = 0;
    for ds in DATASETS {
        let path = data.join(ds.path);
        if !path.exists() {
            continue;
        }
        for gd in load_jsonl(&path, ds.genre).expect("dataset loads") {
            for anchor in [gd.dct, None] {
                let mut doc = Document::new(gd.id.clone(), gd.text.clone());
                doc.date = anchor;
                tagger.annotate(&mut doc);
                for t in &doc.timexes {
                    checked += 1;
                    let kind = format!("{:?}", t.kind).to_uppercase();
                    // The gold validator does not list "every weekend" yet; the corpus uses it.
                    if !valid_timex_value(&kind, &t.value) && t.value != "XXXX-WXX-WE" {
                        bad.push(format!(
                            "{} {kind} {:?} -> {}",
                            gd.id,
                            t.span.text(&doc.text),
                            t.value
                        ));
                    }
                }
            }
        }
    }
    println!("{checked} values checked");
    assert!(
        bad.is_empty(),
        "{} malformed values:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
