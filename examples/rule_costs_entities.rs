//! CPU cost of each bundled entity pattern rule over a JSONL file (its
//! "text" fields), to find the slow ones:
//! `cargo run --release --example rule_costs_entities -- FILE.jsonl`.
use newsfacts::entities::RuleSet;
use newsfacts::model::EntityType;
use newsfacts::pipeline::Stage;

/// Nanoseconds this thread has run on a CPU (Linux schedstat): the machine
/// is shared, so wall time would overstate the cost.
fn cpu_now() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn main() -> anyhow::Result<()> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: rule_costs_entities FILE.jsonl");
        return Ok(());
    };
    let src = std::fs::read_to_string("rules/entities.toml")?;
    let rules = RuleSet::from_sources(&[("rules/entities.toml".to_string(), src)])?;
    let mut texts = Vec::new();
    for line in std::fs::read_to_string(&path)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            // The recognizer runs the rules on the text with wrapped lines
            // joined (paragraphs are the lines), so these costs are its costs.
            texts.push(newsfacts::entities::text::join_wrapped_lines(t).into_owned());
        }
    }
    // Rules that run near found objects need the names found: the bundled
    // pipeline's entity mentions stand in for those (found before timing).
    let pipeline = newsfacts::Pipeline::new(&newsfacts::Config::default())?;
    let found: Vec<Vec<(usize, usize, EntityType)>> = texts
        .iter()
        .map(|text| {
            let mut doc = newsfacts::Document::new("d", text.as_str());
            for stage in [Stage::Date, Stage::Sentences, Stage::Entities] {
                pipeline.process_stage(stage, &mut doc);
            }
            let mut f: Vec<_> = doc
                .entities
                .iter()
                .flat_map(|e| {
                    e.mentions
                        .iter()
                        .map(|m| (m.span.start, m.span.end, e.kind))
                })
                .collect();
            f.sort_unstable_by_key(|&(s, e, _)| (s, e));
            f
        })
        .collect();
    let mut costs = Vec::new();
    for (i, rule) in rules.patterns.iter().enumerate() {
        let t = cpu_now();
        let mut n = 0;
        for (text, found) in texts.iter().zip(&found) {
            n += if rule.runs_near_objects() {
                rules.find_near_objects(text, found, Some(i)).len()
            } else {
                rules.find_rules(text, Some(i)).len()
            };
        }
        costs.push((cpu_now() - t, rule.id.clone(), n));
    }
    let t = cpu_now();
    for text in &texts {
        rules.find_rules(text, Some(usize::MAX));
    }
    costs.push((cpu_now() - t, "(anchor scan only)".to_string(), 0));
    // All rules at once, as the recognizer runs them (best of 3).
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = cpu_now();
        for (text, found) in texts.iter().zip(&found) {
            rules.find(text);
            rules.find_near_objects(text, found, None);
        }
        best = best.min(cpu_now() - t);
    }
    costs.push((best, "(all rules, find)".to_string(), 0));
    costs.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (secs, id, n) in costs {
        println!("{secs:8.3}s {n:7} {id}");
    }
    Ok(())
}
