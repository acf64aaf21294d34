//! Runs every English "Golden Rules" case of the Pragmatic Segmenter
//! (third-party data under ../shared/data; skipped when absent).

use newsfacts::sentences::SentenceSplitter;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_rules_all_pass() {
    let Some(path) = newsfacts::shared_data_dir()
        .map(|d| d.join("golden_rules_sbd/golden_rules_en.json"))
        .filter(|p| p.is_file())
    else {
        eprintln!("skipping: golden_rules_sbd/golden_rules_en.json not found");
        return;
    };
    let raw = std::fs::read_to_string(&path).expect("readable golden rules file");
    let cases: serde_json::Value = serde_json::from_str(&raw).expect("valid JSON");
    let cases = cases.as_array().expect("a JSON array of cases");
    let splitter = SentenceSplitter::new();
    let mut passed = 0;
    let mut failures = Vec::new();
    for case in cases {
        let id = case["id"].as_str().unwrap_or("?");
        let text = case["text"].as_str().expect("case text");
        let extractive = case["extractive"].as_bool().unwrap_or(true);
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .expect("case sentences")
            .iter()
            .map(|s| s.as_str().expect("sentence string").trim().to_string())
            .collect();
        let spans = splitter.split(text);
        let got: Vec<String> = spans.iter().map(|s| s.text(text).to_string()).collect();
        // Spans must be exact slices of the input, trimmed.
        for s in &spans {
            assert_eq!(s.text(text), s.text(text).trim(), "{id}: untrimmed span");
        }
        let ok = if extractive {
            got == expected
        } else {
            got.iter().map(|s| collapse(s)).collect::<Vec<_>>()
                == expected.iter().map(|s| collapse(s)).collect::<Vec<_>>()
        };
        if ok {
            passed += 1;
        } else {
            failures.push(format!("{id}: expected {expected:?}\n        got {got:?}"));
        }
    }
    println!("golden rules: {passed}/{} passed", cases.len());
    eprintln!("golden rules: {passed}/{} passed", cases.len());
    for f in &failures {
        eprintln!("  FAIL {f}");
    }
    assert_eq!(cases.len(), 52, "all 52 cases are counted");
    assert!(
        failures.is_empty(),
        "{} golden cases failed",
        failures.len()
    );
}
