//! Load time of a synthetic gazetteer: `cargo run --release --example
//! gazetteer_synthetic [ALIASES]` (default one million; 4 aliases per entry).
use newsfacts::gazetteer::GazetteerBuilder;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    const SYL: &[&str] = &[
        "ba", "ko", "ru", "te", "mi", "sa", "lo", "ne", "di", "fu", "ga", "hi", "ja", "ke", "pu",
        "zo", "ra", "vi", "wo", "ye", "cha", "sho", "tra", "gle", "mon", "dar", "vel", "nix",
        "qua", "bro", "ste", "pli",
    ];
    let word = |mut i: usize| {
        let mut w = String::new();
        loop {
            w.push_str(SYL[i % SYL.len()]);
            i /= SYL.len();
            if i == 0 {
                break;
            }
        }
        let mut c = w.chars();
        let first = c.next().unwrap_or('x').to_ascii_uppercase();
        std::iter::once(first).chain(c).collect::<String>()
    };
    let mut tsv = String::with_capacity(n * 40);
    for i in 0..n / 4 {
        let a = word(i);
        tsv.push_str(&format!(
            "{a} Alpha\torganization\ts:{i}\t{a} Beta Holdings|Gamma {a}|{a} Delta\tcountry=NZ\n"
        ));
    }
    let t = Instant::now();
    let mut b = GazetteerBuilder::new();
    b.add_tsv("synthetic", &tsv)?;
    let parsed = t.elapsed();
    let g = b.build()?;
    println!(
        "{} entries, {} patterns: parsed in {:.2}s, built in {:.2}s total, automaton {:.0} MB",
        g.len(),
        g.pattern_count(),
        parsed.as_secs_f64(),
        t.elapsed().as_secs_f64(),
        g.automaton_memory() as f64 / 1e6
    );
    Ok(())
}
