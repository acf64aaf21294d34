use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::time::Instant;
fn main() {
    let mut pats: Vec<String> = Vec::new();
    for f in [
        "countries",
        "cities",
        "regions",
        "people",
        "universities",
        "organizations",
        "companies",
    ] {
        let s = std::fs::read_to_string(format!("gazetteers/{f}.tsv")).unwrap();
        for l in s.lines().filter(|l| !l.starts_with('#')) {
            let c: Vec<&str> = l.split('\t').collect();
            pats.push(c[0].to_ascii_lowercase());
            if c.len() > 3 {
                for a in c[3].split('|').filter(|a| !a.is_empty()) {
                    pats.push(a.to_ascii_lowercase());
                }
            }
        }
    }
    pats.sort();
    pats.dedup();
    eprintln!("{} patterns", pats.len());
    for (dd, bc, pf) in [
        (3, true, true),
        (0, true, true),
        (3, false, true),
        (3, true, false),
        (1, true, false),
    ] {
        let t = Instant::now();
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .dense_depth(dd)
            .byte_classes(bc)
            .prefilter(pf)
            .build(&pats)
            .unwrap();
        eprintln!(
            "dd={dd} bc={bc} pf={pf}: {:?} mem {}",
            t.elapsed(),
            ac.memory_usage()
        );
    }
    let t = Instant::now();
    let mut sorted = pats.clone();
    sorted.sort();
    let _ac = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .build(&sorted)
        .unwrap();
    eprintln!("sorted nonci {:?}", t.elapsed());
}
