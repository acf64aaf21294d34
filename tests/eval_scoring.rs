//! The scorer and gate on small hand-made gold/prediction pairs whose
//! figures are worked out by hand in the comments.

use newsfacts::eval::{self, EvalArgs, EvalFormat};
use newsfacts::Config;
use serde_json::{json, Value};
use std::path::Path;

const TEXT: &str = "China donated 500 masks to Italy on Monday, two weeks after the floods. \
\"We are grateful,\" said Ana Lee of the Red Cross.";

/// Char span of the first `needle` in TEXT (ASCII, so bytes = chars).
fn span(needle: &str) -> (usize, usize) {
    let s = TEXT.find(needle).expect("needle in text");
    (s, s + needle.len())
}

fn mention(needle: &str) -> Value {
    let (s, e) = span(needle);
    json!({"start": s, "end": e, "text": needle})
}

fn gold_doc() -> Value {
    let (ms, me) = span("Monday");
    let (ws, we) = span("two weeks");
    let (qs, qe) = span("We are grateful,");
    json!({
        "id": "001-test", "title": null, "date": "2021-03-04", "date_in_metadata": true, "register": "wire",
        "entities": [
            {"type": "country", "name": "China", "kb_id": "CN", "mentions": [mention("China")]},
            {"type": "country", "name": "Italy", "kb_id": "IT", "mentions": [mention("Italy")]},
            {"type": "person", "name": "Ana Lee", "kb_id": null, "mentions": [mention("Ana Lee")]},
            {"type": "organization", "name": "Red Cross", "kb_id": null, "mentions": [mention("Red Cross")]}
        ],
        "timexes": [
            {"start": ms, "end": me, "text": "Monday", "type": "DATE", "value": "2021-03-01"},
            {"start": ws, "end": we, "text": "two weeks", "type": "DURATION", "value": "P2W"}
        ],
        "events": [
            {"type": "donation", "status": "happened", "date": "2021-03-01", "trigger": mention("donated"),
             "arguments": [
                {"role": "donor", "value": "China"},
                {"role": "recipient", "value": "Italy"},
                {"role": "item", "value": "500 masks"}]},
            {"type": "statement", "status": "happened", "date": null, "trigger": mention("said"),
             "arguments": [
                {"role": "speaker", "value": "Ana Lee"},
                {"role": "content", "value": "We are grateful,"}]}
        ],
        "quotes": [{"kind": "direct", "speaker": "Ana Lee", "start": qs, "end": qe, "text": "We are grateful,"}],
        "relations": [{"type": "affiliation", "subject": "Ana Lee", "object": "Red Cross", "role": "member"}]
    })
}

/// A record in the `extract` schema (only the fields the scorer reads, plus ids).
fn pred_doc() -> Value {
    let (os, oe) = span("on Monday");
    let (ws, we) = span("two weeks");
    let (qs, qe) = span("We are grateful");
    let (as_, ae) = span("Ana Lee");
    json!({
        "id": "001-test",
        "entities": [
            {"id": "E1", "type": "country", "name": "China", "kb_id": "CN"},
            // Different name, same ISO code: a match.
            {"id": "E2", "type": "country", "name": "Italia", "kb_id": "IT"},
            // Case and spacing differ: a match.
            {"id": "E3", "type": "person", "name": "ana  LEE", "kb_id": null},
            {"id": "E4", "type": "location", "name": "Milan", "kb_id": null}
        ],
        "timexes": [
            {"id": "T1", "text": "on Monday", "start": os, "end": oe, "type": "DATE", "value": "2021-03-01"},
            {"id": "T2", "text": "two weeks", "start": ws, "end": we, "type": "DURATION", "value": "P14D"}
        ],
        "events": [
            {"type": "donation", "status": "happened", "date": null, "trigger": mention("donated"),
             "arguments": [
                {"role": "donor", "text": "China", "entity": "E1", "value": null},
                {"role": "item", "text": "500 masks and gloves", "entity": null, "value": null},
                // Output-only role: gold dates the event itself, so this is not scored.
                {"role": "date", "text": "on Monday", "entity": null, "value": "2021-03-01"}]},
            {"type": "statement", "status": "happened", "date": null, "trigger": mention("said"),
             "arguments": [
                {"role": "speaker", "text": "Ana Lee", "entity": "E3", "value": null},
                {"role": "content", "text": "We are grateful", "entity": null, "value": null}]},
            {"type": "meeting", "status": "planned", "date": null, "trigger": mention("floods"),
             "arguments": [{"role": "participant", "text": "China", "entity": "E1", "value": null}]}
        ],
        "quotes": [
            {"kind": "direct", "speaker": "E3", "speaker_text": "Ana Lee", "text": "We are grateful", "start": qs, "end": qe},
            {"kind": "indirect", "speaker": null, "speaker_text": null, "text": "Ana Lee", "start": as_, "end": ae}
        ],
        "relations": [{"type": "affiliation", "subject": "E3", "object": "E4", "role": "member"}]
    })
}

/// Writes a corpus of `(gold, text)` and a predictions file; returns the args.
fn setup(dir: &Path, golds: &[(Value, &str)], preds: &[Value]) -> EvalArgs {
    let articles = dir.join("corpus/articles");
    std::fs::create_dir_all(&articles).unwrap();
    for (g, text) in golds {
        let id = g["id"].as_str().unwrap();
        std::fs::write(
            articles.join(format!("{id}.json")),
            serde_json::to_string_pretty(g).unwrap(),
        )
        .unwrap();
        std::fs::write(articles.join(format!("{id}.txt")), text).unwrap();
    }
    let pred_path = dir.join("pred.jsonl");
    let lines: Vec<String> = preds.iter().map(|p| p.to_string()).collect();
    std::fs::write(&pred_path, lines.join("\n") + "\n").unwrap();
    EvalArgs {
        gold: dir.join("corpus"),
        pred: Some(pred_path),
        ..EvalArgs::default()
    }
}

/// Figures at `category.micro` or `category.per_type.TYPE` (TYPE may contain dots).
fn prf(scores: &Value, path: &str) -> (f64, f64, f64) {
    let mut parts = path.splitn(3, '.');
    let mut v = &scores[parts.next().unwrap()][parts.next().unwrap()];
    if let Some(ty) = parts.next() {
        v = &v[ty];
    }
    assert!(v.is_object(), "no figures at {path}");
    (
        v["precision"].as_f64().unwrap(),
        v["recall"].as_f64().unwrap(),
        v["f1"].as_f64().unwrap(),
    )
}

fn scores_json(args: &EvalArgs) -> Value {
    let outcome = eval::evaluate(args, &Config::default()).unwrap();
    serde_json::to_value(&outcome.scores).unwrap()
}

#[test]
fn figures_match_hand_counts() {
    let dir = tempfile::tempdir().unwrap();
    let args = setup(dir.path(), &[(gold_doc(), TEXT)], &[pred_doc()]);
    let s = scores_json(&args);
    assert_eq!(s["documents"], 1);
    let c = &s["categories"];
    // Entities: China, Italy (by kb_id), Ana Lee match; Red Cross missed; Milan spurious.
    assert_eq!(prf(c, "entities.micro"), (0.75, 0.75, 0.75));
    assert_eq!(prf(c, "entities.per_type.country"), (1.0, 1.0, 1.0));
    assert_eq!(prf(c, "entities.per_type.organization"), (0.0, 0.0, 0.0));
    assert_eq!(prf(c, "entities.per_type.location"), (0.0, 0.0, 0.0));
    assert_eq!(c["entities"]["micro"]["tp"], 3);
    assert_eq!(c["entities"]["micro"]["fp"], 1);
    assert_eq!(c["entities"]["micro"]["fn"], 1);
    // Timexes: "on Monday" overlaps "Monday" (relaxed only); "two weeks" exact but wrong value.
    assert_eq!(prf(c, "timex_strict.micro"), (0.5, 0.5, 0.5));
    assert_eq!(prf(c, "timex_strict.per_type.DURATION"), (1.0, 1.0, 1.0));
    assert_eq!(prf(c, "timex_relaxed.micro"), (1.0, 1.0, 1.0));
    assert_eq!(prf(c, "timex_value.micro"), (0.5, 0.5, 0.5));
    assert_eq!(s["timex_date_value_accuracy"]["matched"], 1);
    assert_eq!(s["timex_date_value_accuracy"]["accuracy"], 1.0);
    // Events: statement matches; donation has the wrong date (fn + fp); meeting spurious.
    // P = 1/3, R = 1/2, F1 = 0.4.
    assert_eq!(prf(c, "events.micro"), (0.3333, 0.5, 0.4));
    assert_eq!(prf(c, "events.per_type.statement"), (1.0, 1.0, 1.0));
    // Arguments are scored inside events paired by mention, whatever their
    // date: the misdated donation still pairs with its gold (same trigger),
    // so its donor and item (relaxed) match and its recipient is missed;
    // speaker and content of the statement match; meeting.participant is
    // spurious. The donation's `date` role is not an argument the gold can
    // hold, so it is neither. tp 4, fp 1, fn 1: P = R = F1 = 0.8.
    assert_eq!(prf(c, "arguments.micro"), (0.8, 0.8, 0.8));
    assert!(c["arguments"]["per_type"].get("donation.date").is_none());
    assert_eq!(
        prf(c, "arguments.per_type.statement.content"),
        (1.0, 1.0, 1.0)
    );
    assert_eq!(prf(c, "arguments.per_type.donation.item"), (1.0, 1.0, 1.0));
    assert_eq!(
        prf(c, "arguments.per_type.donation.recipient"),
        (0.0, 0.0, 0.0)
    );
    assert_eq!(
        prf(c, "arguments.per_type.meeting.participant"),
        (0.0, 0.0, 0.0)
    );
    // Quotes: the direct quote overlaps with the right speaker; the indirect one is spurious.
    assert_eq!(prf(c, "quotes.micro"), (0.5, 1.0, 0.6667));
    // Relations: object differs.
    assert_eq!(prf(c, "relations.micro"), (0.0, 0.0, 0.0));
}

#[test]
fn perfect_prediction_scores_one_everywhere() {
    // Gold converted to the extract schema by hand would be long; instead a
    // prediction equal to gold in every scored field must score 1.0.
    let g = gold_doc();
    let mut p = g.clone();
    let ents = g["entities"].as_array().unwrap();
    p["entities"] = Value::Array(
        ents.iter()
            .enumerate()
            .map(|(i, e)| json!({"id": format!("E{}", i + 1), "type": e["type"], "name": e["name"], "kb_id": e["kb_id"]}))
            .collect(),
    );
    let id_of = |name: &str| {
        let i = ents.iter().position(|e| e["name"] == name).unwrap();
        format!("E{}", i + 1)
    };
    for ev in p["events"].as_array_mut().unwrap() {
        for a in ev["arguments"].as_array_mut().unwrap() {
            let v = a["value"].as_str().unwrap().to_string();
            *a = json!({"role": a["role"], "text": v, "entity": null, "value": null});
        }
    }
    for q in p["quotes"].as_array_mut().unwrap() {
        q["speaker"] = json!(id_of(q["speaker"].as_str().unwrap()));
    }
    for r in p["relations"].as_array_mut().unwrap() {
        r["subject"] = json!(id_of(r["subject"].as_str().unwrap()));
        r["object"] = json!(id_of(r["object"].as_str().unwrap()));
    }
    let dir = tempfile::tempdir().unwrap();
    let args = setup(dir.path(), &[(g, TEXT)], &[p]);
    let s = scores_json(&args);
    for cat in eval::score::CATEGORIES {
        assert_eq!(
            prf(&s["categories"], &format!("{cat}.micro")),
            (1.0, 1.0, 1.0),
            "{cat}"
        );
    }
}

#[test]
fn documents_missing_from_pred_count_as_empty() {
    let second_text = "Chad signed an agreement.";
    let second = json!({
        "id": "002-other", "title": null, "date": "2021-03-04", "date_in_metadata": false, "register": "brief",
        "entities": [{"type": "country", "name": "Chad", "kb_id": "TD", "mentions": [{"start": 0, "end": 4, "text": "Chad"}]}]
    });
    let dir = tempfile::tempdir().unwrap();
    let args = setup(
        dir.path(),
        &[(gold_doc(), TEXT), (second, second_text)],
        &[pred_doc()],
    );
    let s = scores_json(&args);
    assert_eq!(s["documents"], 2);
    // One more gold entity, not predicted: tp 3, fp 1, fn 2.
    let e = &s["categories"]["entities"]["micro"];
    assert_eq!(
        (e["tp"].as_u64(), e["fp"].as_u64(), e["fn"].as_u64()),
        (Some(3), Some(1), Some(2))
    );
    assert_eq!(e["recall"], 0.6);
}

#[test]
fn gate_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = setup(dir.path(), &[(gold_doc(), TEXT)], &[pred_doc()]);
    let base = dir.path().join("baseline.json");

    args.write_baseline = Some(base.clone());
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 0);
    args.write_baseline = None;

    // Same predictions against their own baseline: pass.
    args.baseline = Some(base.clone());
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 0);

    // A baseline better than now: fail, and each drop is listed.
    let mut raised: Value = serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    raised["categories"]["entities"]["micro"]["f1"] = json!(0.9);
    raised["categories"]["quotes"]["per_type"]["direct"]["precision"] = json!(1.0);
    std::fs::write(&base, raised.to_string()).unwrap();
    let outcome = eval::evaluate(&args, &Config::default()).unwrap();
    assert_eq!(
        outcome.failures,
        vec!["entities.micro.f1: 0.9000 -> 0.7500 (-0.1500)".to_string(),],
        "direct quotes already have precision 1.0, so only the entities figure dropped"
    );
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 1);

    // Within tolerance: pass.
    args.tolerance = 0.15;
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 0);
    args.tolerance = 0.1499;
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 1);

    // A figure in the baseline that no longer exists counts as a drop to 0.
    args.tolerance = 0.0;
    let mut extra: Value = serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    extra["categories"]["entities"]["micro"]["f1"] = json!(0.75);
    extra["categories"]["events"]["per_type"]["visit"] =
        json!({"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0});
    std::fs::write(&base, extra.to_string()).unwrap();
    let outcome = eval::evaluate(&args, &Config::default()).unwrap();
    assert_eq!(outcome.failures.len(), 3, "{:?}", outcome.failures);
    assert!(outcome
        .failures
        .iter()
        .all(|f| f.starts_with("events.per_type.visit.")));

    // Absolute bar: relations (0.0) and events (0.4) are under 0.5;
    // arguments (0.8) are not.
    args.baseline = None;
    args.min_f1 = Some(0.5);
    let outcome = eval::evaluate(&args, &Config::default()).unwrap();
    assert_eq!(
        outcome.failures,
        vec![
            "events.micro.f1: 0.4000 is below --min-f1 0.5000".to_string(),
            "relations.micro.f1: 0.0000 is below --min-f1 0.5000".to_string(),
        ]
    );
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 1);
    args.min_f1 = Some(0.0);
    assert_eq!(eval::run(&args, &Config::default()).unwrap(), 0);
}

#[test]
fn diff_lists_missing_and_spurious_facts() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = setup(dir.path(), &[(gold_doc(), TEXT)], &[pred_doc()]);
    args.diff = true;
    let out = eval::evaluate(&args, &Config::default()).unwrap().stdout;
    let diff = &out[out.find("== 001-test").expect("diff section")..];
    let (ms, me) = span("Monday");
    for line in [
        "  - missing  entities     organization \"Red Cross\"",
        "  + spurious entities     location \"Milan\"",
        "  - missing  events       donation happened date=2021-03-01 trigger \"donated\"",
        "  + spurious events       donation happened date=null trigger \"donated\"",
        "  + spurious events       meeting planned date=null trigger \"floods\"",
        "  - missing  arguments    donation.recipient = \"Italy\"",
        "  + spurious arguments    meeting.participant = \"China\"",
        "  - missing  relations    \"Ana Lee\" -affiliation(member)-> \"Red Cross\"",
        "  + spurious relations    \"ana  LEE\" -affiliation(member)-> \"Milan\"",
        "  + spurious quotes       indirect by (unknown)",
        "  - missing  timex_value  DURATION \"two weeks\"",
    ] {
        assert!(diff.contains(line), "diff lacks {line:?}:\n{diff}");
    }
    // Matched facts are not listed; the misdated donation's donor is right.
    assert!(!diff.contains("\"China\" [CN]"), "{diff}");
    assert!(!diff.contains("arguments    donation.donor"), "{diff}");
    assert!(!diff.contains(&format!("\"Monday\" [{ms},{me})")), "{diff}");

    // JSON format carries the same lists.
    args.format = EvalFormat::Json;
    let v: Value =
        serde_json::from_str(&eval::evaluate(&args, &Config::default()).unwrap().stdout).unwrap();
    let d = &v["diff"][0];
    assert_eq!(d["id"], "001-test");
    assert!(d["missing"]
        .as_array()
        .unwrap()
        .contains(&json!(["entities", "organization \"Red Cross\""])));
}

#[test]
fn text_table_lists_every_category() {
    let dir = tempfile::tempdir().unwrap();
    let args = setup(dir.path(), &[(gold_doc(), TEXT)], &[pred_doc()]);
    let out = eval::evaluate(&args, &Config::default()).unwrap().stdout;
    assert!(
        out.contains(
            "entities       (micro)                       3      1      1  0.7500  0.7500  0.7500"
        ),
        "{out}"
    );
    for cat in eval::score::CATEGORIES {
        assert!(out.contains(cat), "{cat} missing from table:\n{out}");
    }
}

/// Running the pipeline here and scoring its `extract`-style JSON from a file
/// must give the same figures: one scoring path.
#[test]
fn built_in_run_and_pred_file_agree() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = setup(dir.path(), &[(gold_doc(), TEXT)], &[]);
    args.pred = None;
    // Without the bundled gazetteers the pipeline loads fast in debug builds;
    // what is compared here is the scoring path, not the entities found.
    let config = Config {
        default_gazetteers: false,
        ..Config::default()
    };
    let built_in = eval::evaluate(&args, &config).unwrap().scores;

    let pipeline = newsfacts::Pipeline::new(&config).unwrap();
    let mut doc = newsfacts::Document::new("001-test", TEXT);
    doc.date = chrono::NaiveDate::from_ymd_opt(2021, 3, 4);
    pipeline.process(&mut doc);
    let pred = dir.path().join("own.jsonl");
    std::fs::write(&pred, newsfacts::output::json::to_json_line(&doc) + "\n").unwrap();
    args.pred = Some(pred);
    let from_file = eval::evaluate(&args, &config).unwrap().scores;
    assert_eq!(built_in, from_file);
    assert_eq!(built_in.documents, 1);
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = setup(dir.path(), &[(gold_doc(), TEXT)], &[]);
    std::fs::write(args.pred.as_ref().unwrap(), "{not json\n").unwrap();
    assert!(eval::run(&args, &Config::default()).is_err());
    args.pred = Some(dir.path().join("absent.jsonl"));
    assert!(eval::run(&args, &Config::default()).is_err());
    args.gold = dir.path().join("nowhere");
    assert!(eval::run(&args, &Config::default()).is_err());
}

#[test]
fn diff_against_an_earlier_run_lists_gains_and_losses() {
    // The earlier run found the Red Cross (entity and relation) instead of
    // Milan, and no quotes.
    let mut old = pred_doc();
    old["entities"][3] =
        json!({"id": "E4", "type": "organization", "name": "Red Cross", "kb_id": null});
    old["quotes"] = json!([]);
    let dir = tempfile::tempdir().unwrap();
    let mut args = setup(dir.path(), &[(gold_doc(), TEXT)], &[pred_doc()]);
    let old_path = dir.path().join("old.jsonl");
    std::fs::write(&old_path, old.to_string() + "\n").unwrap();
    args.diff_against = Some(old_path.clone());
    let out = eval::evaluate(&args, &Config::default()).unwrap().stdout;
    let changes = &out[out.find("== 001-test").expect("changes section")..];
    for line in [
        "  + gained         quotes       direct by Ana Lee",
        "  - lost           entities     organization \"Red Cross\"",
        "  - lost           relations    \"Ana Lee\" -affiliation(member)-> \"Red Cross\"",
        "  - new spurious   entities     location \"Milan\"",
        "  - new spurious   quotes       indirect by (unknown)",
    ] {
        assert!(changes.contains(line), "changes lack {line:?}:\n{changes}");
    }
    // Unchanged facts (China found in both runs, the wrong donation date in both) are not listed.
    assert!(!changes.contains("China"), "{changes}");
    assert!(!changes.contains("donation happened"), "{changes}");

    // Against itself: nothing changed.
    std::fs::write(&old_path, pred_doc().to_string() + "\n").unwrap();
    let out = eval::evaluate(&args, &Config::default()).unwrap().stdout;
    assert!(out.contains("no changes against the earlier run"), "{out}");
}

#[test]
fn a_gold_quote_without_speaker_matches_only_predictions_that_link_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let (qs, qe) = span("We are grateful,");
    let mut gold = gold_doc();
    gold["quotes"][0]["speaker"] = Value::Null;
    gold["events"].as_array_mut().unwrap().pop();
    let quote = |speaker: Value, speaker_text: &str| {
        let mut p = pred_doc();
        p["quotes"] = json!([{"kind": "direct", "speaker": speaker, "speaker_text": speaker_text,
                              "text": "We are grateful", "start": qs, "end": qe}]);
        p
    };
    // "officials said": the prediction names no entity, as gold says.
    let args = setup(
        dir.path(),
        &[(gold.clone(), TEXT)],
        &[quote(Value::Null, "officials")],
    );
    assert_eq!(
        prf(&scores_json(&args)["categories"], "quotes.micro"),
        (1.0, 1.0, 1.0)
    );
    // A prediction that links a speaker entity claims a speaker gold denies.
    let args = setup(
        dir.path(),
        &[(gold, TEXT)],
        &[quote(json!("E3"), "Ana Lee")],
    );
    assert_eq!(
        prf(&scores_json(&args)["categories"], "quotes.micro"),
        (0.0, 0.0, 0.0)
    );
}

/// A gold event: `trigger` is the first occurrence of that word in TEXT.
fn gold_event(kind: &str, date: &str, trigger: &str, args: &[(&str, &str)]) -> Value {
    let arguments: Vec<Value> = args
        .iter()
        .map(|(role, value)| json!({"role": role, "value": value}))
        .collect();
    json!({"type": kind, "status": "happened", "date": date, "trigger": mention(trigger),
           "arguments": arguments})
}

/// A predicted event in the `extract` schema, arguments by text only.
fn pred_event(kind: &str, date: &str, trigger: &str, args: &[(&str, &str)]) -> Value {
    let arguments: Vec<Value> = args
        .iter()
        .map(|(role, text)| json!({"role": role, "text": text, "entity": null, "value": null}))
        .collect();
    json!({"type": kind, "status": "happened", "date": date, "trigger": mention(trigger),
           "arguments": arguments})
}

/// Scores gold_doc()/pred_doc() with their events replaced; returns the
/// scores and the `--diff` text.
fn score_events(gold_events: Value, pred_events: Value) -> (Value, String) {
    let mut gold = gold_doc();
    gold["events"] = gold_events;
    let mut pred = pred_doc();
    pred["events"] = pred_events;
    let dir = tempfile::tempdir().unwrap();
    let mut args = setup(dir.path(), &[(gold, TEXT)], &[pred]);
    args.diff = true;
    let outcome = eval::evaluate(&args, &Config::default()).unwrap();
    let scores = serde_json::to_value(&outcome.scores).unwrap();
    (scores, outcome.stdout)
}

fn counts(scores: &Value, category: &str) -> (u64, u64, u64) {
    let m = &scores["categories"][category]["micro"];
    (
        m["tp"].as_u64().unwrap(),
        m["fp"].as_u64().unwrap(),
        m["fn"].as_u64().unwrap(),
    )
}

#[test]
fn a_spurious_event_does_not_mask_a_missed_one_of_the_same_type_status_and_date() {
    // Same type, status and date, but the triggers are apart and no argument
    // is shared: two errors, not one match.
    let (s, diff) = score_events(
        json!([gold_event(
            "donation",
            "2021-03-01",
            "donated",
            &[("donor", "China"), ("recipient", "Italy")]
        )]),
        json!([pred_event(
            "donation",
            "2021-03-01",
            "floods",
            &[("donor", "Red Cross")]
        )]),
    );
    assert_eq!(counts(&s, "events"), (0, 1, 1));
    assert_eq!(counts(&s, "arguments"), (0, 1, 2));
    let (ds, de) = span("donated");
    let (fs, fe) = span("floods");
    for line in [
        format!("  - missing  events       donation happened date=2021-03-01 trigger \"donated\" [{ds},{de})"),
        format!("  + spurious events       donation happened date=2021-03-01 trigger \"floods\" [{fs},{fe})"),
        format!("  - missing  arguments    donation.donor = \"China\" (trigger \"donated\" [{ds},{de}))"),
        format!("  + spurious arguments    donation.donor = \"Red Cross\" (trigger \"floods\" [{fs},{fe}))"),
    ] {
        assert!(diff.contains(&line), "diff lacks {line:?}:\n{diff}");
    }
}

#[test]
fn events_with_different_trigger_words_match_by_a_shared_argument() {
    // The prediction anchors the donation on "masks": no trigger overlap, but
    // the donor is the same (by name), so it is the same event.
    let (s, diff) = score_events(
        json!([gold_event(
            "donation",
            "2021-03-01",
            "donated",
            &[("donor", "China"), ("recipient", "Italy")]
        )]),
        json!([pred_event(
            "donation",
            "2021-03-01",
            "masks",
            &[("donor", "china")]
        )]),
    );
    assert_eq!(counts(&s, "events"), (1, 0, 0));
    assert_eq!(counts(&s, "arguments"), (1, 0, 1));
    assert!(!diff.contains("events       donation"), "{diff}");
}

#[test]
fn a_shared_value_in_another_role_is_no_evidence() {
    // Italy is the gold recipient but the predicted donor: not a shared argument.
    let (s, _) = score_events(
        json!([gold_event(
            "donation",
            "2021-03-01",
            "donated",
            &[("recipient", "Italy")]
        )]),
        json!([pred_event(
            "donation",
            "2021-03-01",
            "masks",
            &[("donor", "Italy")]
        )]),
    );
    assert_eq!(counts(&s, "events"), (0, 1, 1));
}

#[test]
fn a_misdated_event_loses_its_date_not_its_arguments() {
    // The donation is found with the wrong date: an event error, but its
    // donor and recipient are right and count so.
    let (s, diff) = score_events(
        json!([gold_event(
            "donation",
            "2021-03-01",
            "donated",
            &[("donor", "China"), ("recipient", "Italy")]
        )]),
        json!([pred_event(
            "donation",
            "2021-03-04",
            "donated",
            &[("donor", "China"), ("recipient", "Red Cross")]
        )]),
    );
    assert_eq!(counts(&s, "events"), (0, 1, 1));
    assert_eq!(counts(&s, "arguments"), (1, 1, 1));
    assert!(
        diff.contains("  - missing  arguments    donation.recipient = \"Italy\""),
        "{diff}"
    );
    assert!(!diff.contains("arguments    donation.donor"), "{diff}");

    // With a rightly dated prediction on the same trigger as well, the
    // arguments are scored against that one: its donor only.
    let (s, _) = score_events(
        json!([gold_event(
            "donation",
            "2021-03-01",
            "donated",
            &[("donor", "China"), ("recipient", "Italy")]
        )]),
        json!([
            pred_event(
                "donation",
                "2021-03-04",
                "donated",
                &[("donor", "China"), ("recipient", "Italy")]
            ),
            pred_event("donation", "2021-03-01", "donated", &[("donor", "China")]),
        ]),
    );
    assert_eq!(counts(&s, "events"), (1, 1, 0));
    assert_eq!(counts(&s, "arguments"), (1, 2, 1));
}

#[test]
fn overlapping_triggers_are_preferred_then_more_shared_arguments() {
    // Both predictions share the donor with both gold events, so gold order
    // alone would pair gold "donated" with the first prediction. The trigger
    // overlaps decide instead; then, inside the matched pairs, Italy attached
    // to the wrong donation is an error (a spurious and a missed recipient).
    let (s, diff) = score_events(
        json!([
            gold_event(
                "donation",
                "2021-03-01",
                "donated",
                &[("donor", "China"), ("recipient", "Italy")]
            ),
            gold_event("donation", "2021-03-01", "grateful", &[("donor", "China")]),
        ]),
        json!([
            pred_event(
                "donation",
                "2021-03-01",
                "grateful",
                &[("donor", "China"), ("recipient", "Italy")]
            ),
            pred_event("donation", "2021-03-01", "donated", &[("donor", "China")]),
        ]),
    );
    assert_eq!(counts(&s, "events"), (2, 0, 0));
    assert_eq!(counts(&s, "arguments"), (2, 1, 1));
    let (gs, ge) = span("grateful");
    assert!(
        diff.contains(&format!(
            "  + spurious arguments    donation.recipient = \"Italy\" (trigger \"grateful\" [{gs},{ge}))"
        )),
        "{diff}"
    );

    // Without any trigger overlap the pair sharing more arguments is taken
    // first, whatever the order: gold "donated" (donor and recipient) goes
    // with the second prediction, which has both.
    let (s, _) = score_events(
        json!([
            gold_event(
                "donation",
                "2021-03-01",
                "donated",
                &[("donor", "China"), ("recipient", "Italy")]
            ),
            gold_event("donation", "2021-03-01", "grateful", &[("donor", "China")]),
        ]),
        json!([
            pred_event("donation", "2021-03-01", "masks", &[("donor", "China")]),
            pred_event(
                "donation",
                "2021-03-01",
                "floods",
                &[("donor", "China"), ("recipient", "Italy")]
            ),
        ]),
    );
    assert_eq!(counts(&s, "events"), (2, 0, 0));
    assert_eq!(counts(&s, "arguments"), (3, 0, 0));
}
