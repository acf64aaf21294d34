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
