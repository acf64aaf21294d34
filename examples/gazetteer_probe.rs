//! Loads the bundled gazetteers, prints sizes and load time, and the matches
//! in a text given as arguments (or stdin).
use newsfacts::gazetteer::Gazetteer;
use std::io::Read;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let t = Instant::now();
    let g = Gazetteer::bundled()?;
    eprintln!(
        "loaded {} entries, {} patterns, automaton {:.1} MB in {:.3}s",
        g.len(),
        g.pattern_count(),
        g.automaton_memory() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--jsonl") {
        // One JSON document with "text" per stdin line; prints per line the
        // matches as [byte_start, byte_end, type, form].
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input)?;
        for line in input.lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
            let ms: Vec<serde_json::Value> = g
                .find(text)
                .iter()
                .map(|m| {
                    serde_json::json!([
                        m.span.start,
                        m.span.end,
                        g.entry(m.entry).kind.as_str(),
                        format!("{:?}", m.form)
                    ])
                })
                .collect();
            println!("{}", serde_json::Value::Array(ms));
        }
        return Ok(());
    }
    let text = if args.is_empty() {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        args.join(" ")
    };
    for m in g.find(&text) {
        let cands: Vec<String> = g
            .candidates(&m)
            .iter()
            .map(|c| {
                let e = g.entry(c.entry as usize);
                format!("{}:{}:{}", e.kind.as_str(), e.name, e.id)
            })
            .collect();
        println!(
            "{:?} {:?} -> {}",
            m.span.text(&text),
            m.form,
            cands.join(" | ")
        );
    }
    Ok(())
}
