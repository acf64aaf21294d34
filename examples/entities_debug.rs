//! Prints the entities and relations the bundled pipeline finds in a text
//! (argument or stdin): `cargo run --example entities_debug -- "text"`.
use newsfacts::{Config, Document, Pipeline};
use std::io::Read;

fn main() -> anyhow::Result<()> {
    let text = match std::env::args().nth(1) {
        Some(t) => t,
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s
        }
    };
    let pipeline = Pipeline::new(&Config::default())?;
    let mut doc = Document::new("debug", text);
    pipeline.process(&mut doc);
    for (i, e) in doc.entities.iter().enumerate() {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| m.span.text(&doc.text)).collect();
        println!(
            "E{} {:?} {:?} {:?} {:?} {:?} {:?}",
            i + 1,
            e.kind,
            e.name,
            e.kb_id,
            e.source,
            e.attributes,
            mentions
        );
    }
    for r in &doc.relations {
        println!(
            "{} {} -> {} {:?}",
            r.kind, doc.entities[r.subject].name, doc.entities[r.object].name, r.role
        );
    }
    Ok(())
}
