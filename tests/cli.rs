//! End-to-end tests of `newsfacts extract`: input formats, bad input,
//! determinism, CSV safety, shards and pipes. Articles here are our own.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_newsfacts");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run newsfacts")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

fn ids(values: &[serde_json::Value]) -> Vec<String> {
    values
        .iter()
        .map(|v| v["id"].as_str().unwrap_or("<null>").to_string())
        .collect()
}

const ARTICLE_A: &str = "ROME, March 3 -- The Adriatic Relief Fund donated 2,000 blankets to a shelter in Bari on Monday.\n\nThe fund's director said more aid would follow.";
const ARTICLE_B: &str =
    "Officials from Kenya and Uganda met in Nairobi last week. They discussed trade.";

fn write(path: &Path, content: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

fn jsonl_record(id: &str, text: &str, date: &str) -> String {
    serde_json::json!({"id": id, "text": text, "date": date, "title": format!("Title {id}")})
        .to_string()
}

#[test]
fn reads_txt_folders_in_sorted_order_with_relative_ids() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("b/two.txt"), ARTICLE_B);
    write(&dir.path().join("a/one.txt"), ARTICLE_A);
    write(&dir.path().join("README"), "not an article");
    let out = run(&["extract", "-q", dir.path().to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(ids(&docs), vec!["a/one.txt", "b/two.txt"]);
    // "ROME, March 3 -- … on Monday": the latest March 3 that is a Monday
    // or the day after one (2026-03-03, a Tuesday: the lead tells the day
    // before, as copy filed the next morning does).
    assert_eq!(docs[0]["date"], "2026-03-03");
    assert_eq!(docs[0]["date_source"], "dateline_inferred_year");
    assert_eq!(docs[1]["date"], serde_json::Value::Null);
    assert_eq!(docs[1]["date_source"], "none");
    // Sentence offsets are character offsets into the text.
    let s0 = &docs[1]["sentences"][0];
    let text: Vec<char> = ARTICLE_B.chars().collect();
    let first: String = text
        [s0["start"].as_u64().unwrap() as usize..s0["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert_eq!(
        first,
        "Officials from Kenya and Uganda met in Nairobi last week."
    );
}

#[test]
fn reads_jsonl_csv_and_compressed_variants() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = format!(
        "{}\n{}\n",
        jsonl_record("j1", ARTICLE_A, "2021-03-03"),
        serde_json::json!({"body": ARTICLE_B, "key": 42, "published": "2021-03-05T10:00:00Z"})
    );
    write(&dir.path().join("x.jsonl"), &jsonl);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl.as_bytes()).unwrap();
    write(&dir.path().join("y.ndjson.gz"), gz.finish().unwrap());

    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "title", "date", "text"]).unwrap();
    w.write_record(["c1", "Relief", "2021-03-03", ARTICLE_A])
        .unwrap();
    w.write_record(["", "", "", ARTICLE_B]).unwrap();
    let csv_bytes = w.into_inner().unwrap();
    write(
        &dir.path().join("z.csv.zst"),
        zstd::encode_all(&csv_bytes[..], 3).unwrap(),
    );

    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    let out = run(&["extract", "-q", &p("x.jsonl"), &p("y.ndjson.gz")]);
    // The second record of each file has no `text` under the default names: it
    // fails (exit 3) and is reported, while the gzip copy reads like the plain one.
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(ids(&docs), vec!["j1", "j1"]);
    assert_eq!(docs[0]["title"], "Title j1");
    assert_eq!(docs[0]["date"], "2021-03-03");
    assert_eq!(docs[0]["date_source"], "record");
    assert!(docs[0] == docs[1]);

    // Renamed fields; missing id → <file>:<line>.
    let out = run(&[
        "extract",
        "-q",
        "--text-field",
        "body",
        "--id-field",
        "key",
        "--date-field",
        "published",
        &p("x.jsonl"),
    ]);
    let docs = json_lines(&out.stdout);
    // Record 1 has no `body`: it is reported, not dropped.
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "42");
    assert_eq!(docs[0]["date"], "2021-03-05");

    let out = run(&["extract", "-q", &p("z.csv.zst")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(
        ids(&docs),
        vec!["c1".to_string(), format!("{}:2", p("z.csv.zst"))]
    );
    assert_eq!(docs[0]["date"], "2021-03-03");
    assert_eq!(docs[1]["date"], serde_json::Value::Null);
}

/// `.json`: a pretty-printed array of records, a single record object, and a
/// file of JSON lines misnamed `.json`; a bad element is reported by its
/// position in the array.
#[test]
fn reads_json_arrays_objects_and_misnamed_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let array = serde_json::json!([
        {"id": "a1", "text": ARTICLE_A, "date": "2021-03-03"},
        {"id": "a2", "text": 17},
        {"id": "a3", "text": ARTICLE_B},
    ]);
    write(
        &dir.path().join("array.json"),
        serde_json::to_string_pretty(&array).unwrap(),
    );
    write(
        &dir.path().join("one.json"),
        serde_json::to_string_pretty(&serde_json::json!({"id": "o1", "text": ARTICLE_B})).unwrap(),
    );
    write(
        &dir.path().join("lines.json"),
        format!(
            "{}\n{}\n",
            jsonl_record("l1", ARTICLE_A, "2021-03-03"),
            jsonl_record("l2", ARTICLE_B, "2021-03-04")
        ),
    );
    let errors = dir.path().join("errors.jsonl");
    let out = run(&[
        "extract",
        "-q",
        "--errors",
        errors.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out.stdout);
    // Folder order: array.json, lines.json, one.json.
    assert_eq!(ids(&docs), vec!["a1", "a3", "l1", "l2", "o1"]);
    assert_eq!(docs[0]["date"], "2021-03-03");
    let report = json_lines(&std::fs::read(&errors).unwrap());
    assert_eq!(report.len(), 1);
    assert_eq!(report[0]["id"], "a2");
    assert_eq!(report[0]["line"], 2);
    assert!(report[0]["source"]
        .as_str()
        .unwrap()
        .ends_with("array.json"));
}

#[test]
fn every_bad_record_is_reported_with_its_place_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = Vec::new();
    jsonl.extend_from_slice(jsonl_record("ok1", ARTICLE_A, "2020-01-01").as_bytes());
    jsonl.extend_from_slice(b"\n{\"id\": \"broken\", \"text\": \n"); // malformed JSON (line 2)
    jsonl.extend_from_slice(b"{\"id\": \"bin\", \"text\": \"caf\xe9\"}\n"); // invalid UTF-8 (line 3)
    jsonl.extend_from_slice(b"{\"id\": \"empty\", \"text\": \"   \"}\n"); // empty text (line 4)
    jsonl.extend_from_slice(jsonl_record("ok2", ARTICLE_B, "2020-01-02").as_bytes());
    jsonl.push(b'\n');
    write(&dir.path().join("in.jsonl"), &jsonl);
    write(
        &dir.path().join("bad.csv"),
        "id,text\nr1,\"Fine text here.\"\nr2,too,many\n",
    );
    write(&dir.path().join("bin.txt"), b"\xff\xfe not utf8");
    let errors = dir.path().join("errors.jsonl");
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    let missing = p("nope.jsonl");
    let out = run(&[
        "extract",
        "--errors",
        errors.to_str().unwrap(),
        &p("in.jsonl"),
        &p("bad.csv"),
        &p("bin.txt"),
        &missing,
    ]);
    assert_eq!(out.status.code(), Some(3));
    let docs = json_lines(&out.stdout);
    assert_eq!(ids(&docs), vec!["ok1", "ok2", "r1"]);
    let errs: Vec<serde_json::Value> = json_lines(&std::fs::read(&errors).unwrap());
    let places: Vec<(String, u64)> = errs
        .iter()
        .map(|e| {
            (
                e["source"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        places,
        vec![
            (p("in.jsonl"), 2),
            (p("in.jsonl"), 3),
            (p("in.jsonl"), 4),
            (p("bad.csv"), 2),
            (p("bin.txt"), 0),
            (missing.clone(), 0),
        ]
    );
    assert!(errs[0]["error"]
        .as_str()
        .unwrap()
        .starts_with("malformed JSON"));
    assert!(errs[1]["error"].as_str().unwrap().contains("invalid UTF-8"));
    assert_eq!(errs[2]["id"], "empty");
    assert!(errs[2]["error"].as_str().unwrap().contains("empty text"));
    assert!(errs[3]["error"]
        .as_str()
        .unwrap()
        .contains("3 fields, header has 2"));
    assert!(errs[5]["error"].as_str().unwrap().contains("cannot open"));
    // The summary adds up: read = written + failed.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("9 documents read, 3 written, 6 failed"),
        "{stderr}"
    );

    // --strict stops at the first failure.
    let out = run(&["extract", "-q", "--strict", &p("in.jsonl")]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(ids(&json_lines(&out.stdout)), vec!["ok1"]);
}

#[test]
fn stdin_filter_mode_writes_one_line_per_input_line() {
    let mut input = String::new();
    for i in 0..50 {
        if i % 7 == 3 {
            input.push_str("{not json\n");
        } else {
            input.push_str(&jsonl_record(&format!("d{i}"), ARTICLE_B, "2020-05-21"));
            input.push('\n');
        }
    }
    let out = run_stdin(
        &["extract", "-q", "--batch-size", "8", "-"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(3));
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 50);
    for (i, d) in docs.iter().enumerate() {
        if i % 7 == 3 {
            assert_eq!(d["line"], i as u64 + 1);
            assert!(d["error"].is_string());
        } else {
            assert_eq!(d["id"], format!("d{i}"));
        }
    }
}

#[test]
fn output_dash_is_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let input = jsonl_record("d1", ARTICLE_B, "2020-05-21") + "\n";
    let mut child = Command::new(BIN)
        .args(["extract", "-q", "-o", "-", "-"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(ids(&json_lines(&out.stdout)), vec!["d1"]);
    assert!(!dir.path().join("-").exists(), "wrote a file named '-'");
}

fn many_docs(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let text = format!(
            "{} Report number {i} said the talks went well.\n\n{}",
            if i % 2 == 0 { ARTICLE_A } else { ARTICLE_B },
            "Café owners in Xi’an welcomed the news — “good”, one said."
        );
        s.push_str(&jsonl_record(&format!("doc-{i:04}"), &text, "2020-05-21"));
        s.push('\n');
    }
    s
}

#[test]
fn output_is_byte_identical_across_thread_counts() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("many.jsonl");
    write(&input, many_docs(600));
    let a = run(&["extract", "-q", "--threads", "1", input.to_str().unwrap()]);
    let b = run(&[
        "extract",
        "-q",
        "--threads",
        "4",
        "--batch-size",
        "7",
        input.to_str().unwrap(),
    ]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(json_lines(&a.stdout).len(), 600);
    assert!(
        a.stdout == b.stdout,
        "output differs between 1 and 4 threads"
    );
}

#[test]
fn shards_cover_the_input_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("many.jsonl");
    write(&input, many_docs(300));
    let mut seen: Vec<String> = Vec::new();
    for k in 0..3 {
        let shard = format!("{k}/3");
        let out = run(&["extract", "-q", "--shard", &shard, input.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0));
        let shard_ids = ids(&json_lines(&out.stdout));
        assert!(
            shard_ids.len() > 50,
            "shard {k} has only {} docs",
            shard_ids.len()
        );
        seen.extend(shard_ids);
    }
    seen.sort();
    let expected: Vec<String> = (0..300).map(|i| format!("doc-{i:04}")).collect();
    assert_eq!(seen, expected);
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn csv_tables_round_trip_and_neutralise_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let evil = serde_json::json!({"id": "=HYPERLINK(\"x\")", "title": "@SUM(1)", "text": ARTICLE_A, "date": "2021-03-03"});
    let plain = serde_json::json!({"id": "plain", "title": "Ünïcode “title”", "text": ARTICLE_B});
    write(&input, format!("{evil}\n{plain}\n"));
    let outdir: PathBuf = dir.path().join("tables");
    let out = run(&[
        "extract",
        "-q",
        "--format",
        "csv",
        "--excel",
        "--output",
        outdir.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in [
        "documents.csv",
        "entities.csv",
        "mentions.csv",
        "timexes.csv",
        "events.csv",
        "event_arguments.csv",
        "quotes.csv",
        "relations.csv",
    ] {
        let bytes = std::fs::read(outdir.join(name)).unwrap();
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "{name} lacks the BOM"
        );
    }
    let (header, rows) = read_csv(&outdir.join("documents.csv"));
    // The csv crate, like pandas and DuckDB, reads through the BOM.
    assert_eq!(header[0], "doc_id");
    assert_eq!(&header[1..5], &["title", "url", "date", "date_source"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][0], "'=HYPERLINK(\"x\")");
    assert_eq!(rows[0][1], "'@SUM(1)");
    assert_eq!(rows[0][3], "2021-03-03");
    assert_eq!(rows[1][0], "plain");
    assert_eq!(rows[1][1], "Ünïcode “title”");
    // Sentence counts agree with the JSONL output of the same input.
    let j = json_lines(&run(&["extract", "-q", input.to_str().unwrap()]).stdout);
    assert_eq!(
        rows[1][5],
        j[1]["sentences"].as_array().unwrap().len().to_string()
    );
}

#[test]
fn closed_stdout_ends_quietly() {
    let mut child = Command::new(BIN)
        .args(["extract", "-q", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let rec = jsonl_record("x", ARTICLE_A, "2020-01-01");
        for _ in 0..200_000 {
            if writeln!(stdin, "{rec}").is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head -c 64`
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(
        !stderr.contains("Broken pipe") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn usage_and_configuration_errors_exit_2() {
    assert_eq!(
        run(&["extract", "--shard", "3/3", "x"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["extract", "--date", "21 May"]).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--gazetteer", "/nonexistent/g.tsv", "x.txt"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["extract", "--format", "csv", "x.txt"]).status.code(),
        Some(1)
    );
}
