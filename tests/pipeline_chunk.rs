//! `Pipeline::process_chunk` (stage by stage over many documents, the way
//! `extract` runs) must give every document exactly what `Pipeline::process`
//! gives it alone: no state may leak from one document to the next, and the
//! scans done for the whole chunk first must stay with their document.

use newsfacts::output::json::to_json_line;
use newsfacts::{Config, Document, Pipeline};
use std::path::Path;

/// The corpus articles (our own text), in name order, as documents.
fn corpus_documents() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/articles exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable article");
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            Document::new(name.as_ref(), text.as_str())
        })
        .collect()
}

#[test]
fn a_chunk_gives_each_document_what_it_gets_alone() {
    let pipeline = Pipeline::new(&Config::default()).expect("default pipeline builds");
    let docs = corpus_documents();
    assert!(docs.len() >= 60, "the corpus has its articles");
    let alone: Vec<String> = docs
        .iter()
        .map(|d| {
            let mut d = d.clone();
            pipeline.process(&mut d);
            to_json_line(&d)
        })
        .collect();
    // Several chunk sizes, so documents meet different neighbours; one
    // document repeated back to back too.
    for size in [1, 7, 32, docs.len()] {
        let mut chunked: Vec<String> = Vec::new();
        for chunk in docs.chunks(size) {
            let mut chunk = chunk.to_vec();
            pipeline.process_chunk(&mut chunk);
            chunked.extend(chunk.iter().map(to_json_line));
        }
        for (k, (a, c)) in alone.iter().zip(&chunked).enumerate() {
            assert_eq!(a, c, "chunks of {size}: document {} differs", docs[k].id);
        }
        assert_eq!(chunked.len(), alone.len());
    }
    let mut twice = vec![docs[0].clone(), docs[0].clone()];
    pipeline.process_chunk(&mut twice);
    assert_eq!(to_json_line(&twice[0]), alone[0]);
    assert_eq!(to_json_line(&twice[1]), alone[0]);
    // Something was found, so the comparison compared something.
    assert!(alone.iter().all(|j| j.contains("\"entities\":[{")));
}
