//! The rule language: loading, validation errors with file and line, the
//! `rules check` summary, user-defined types and the explain trace.

mod events_support;
use events_support::*;
use newsfacts::events::{check_rule_source, EventExtractor, BUNDLED_EVENT_RULES};

fn load(text: &str) -> anyhow::Result<EventExtractor> {
    EventExtractor::new(&[("my.toml".to_string(), text.to_string())])
}

fn err(text: &str) -> String {
    match load(text) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(e) => format!("{e:#}"),
    }
}

const BASE: &str = r#"
[[event]]
type = "sanction"
roles = ["imposer", "target", "date"]

[[trigger]]
id = "sanction.verb"
event = "sanction"
pos = "verb"
lemmas = ["sanction"]
"#;

#[test]
fn bundled_rules_check_ok() {
    let summary = check_rule_source("rules/events.toml", BUNDLED_EVENT_RULES).unwrap();
    assert!(summary.contains("5 event types"), "{summary}");
    assert!(summary.contains("rules"), "{summary}");
}

#[test]
fn unknown_role_names_file_and_line() {
    let text = format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\nslots = [\n  \"imposer = subject : entity(country)\",\n  \"victim = object : entity(country)\",\n]\n"
    );
    let e = err(&text);
    let line = text.lines().position(|l| l.contains("victim")).unwrap() + 1;
    assert!(e.starts_with(&format!("my.toml:{line}:")), "{e}");
    assert!(e.contains("unknown role \"victim\""), "{e}");
}

#[test]
fn agent_roles_must_be_roles_of_the_type() {
    let text = BASE.replace(
        "roles = [\"imposer\", \"target\", \"date\"]",
        "roles = [\"imposer\", \"target\", \"date\"]\nagent_roles = [\"victim\"]",
    );
    assert!(text.contains("agent_roles"));
    let e = err(&text);
    let line = text.lines().position(|l| l.contains("victim")).unwrap() + 1;
    assert!(e.starts_with(&format!("my.toml:{line}:")), "{e}");
    assert!(e.contains("agent role \"victim\""), "{e}");
    let ok = BASE.replace(
        "roles = [\"imposer\", \"target\", \"date\"]",
        "roles = [\"imposer\", \"target\", \"date\"]\nagent_roles = [\"imposer\"]",
    );
    assert!(load(&ok).is_ok());
}

#[test]
fn unknown_entity_type_is_an_error() {
    let text = format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\nslots = [\"target = object : entity(planet)\"]\n"
    );
    let e = err(&text);
    assert!(e.contains("unknown entity type \"planet\""), "{e}");
    let line = text.lines().position(|l| l.contains("planet")).unwrap() + 1;
    assert!(e.starts_with(&format!("my.toml:{line}:")), "{e}");
}

#[test]
fn bad_patterns_are_errors() {
    for (slot, what) in [
        ("target = sideways : entity(country)", "unknown position"),
        ("target object entity", "bad slot"),
        ("target = prep() : entity(country)", "prep() needs"),
        ("target = object : gadget", "unknown filler"),
        ("target = near(x) : date", "near() takes"),
        ("target = here : entity(country)", "here"),
        ("target = object : entity(country", "parenthesis"),
    ] {
        let text = format!(
            "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\nslots = [{slot:?}]\n"
        );
        let e = err(&text);
        assert!(e.contains(what), "{slot}: {e}");
        assert!(e.starts_with("my.toml:"), "{e}");
    }
}

#[test]
fn reference_errors() {
    let e = err(&format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanctions\"\ntriggers = [\"sanction.verb\"]\n"
    ));
    assert!(e.contains("unknown event type \"sanctions\""), "{e}");
    let e = err(&format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.noun\"]\n"
    ));
    assert!(e.contains("unknown trigger \"sanction.noun\""), "{e}");
    let e = err(&format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\nrequire = [\"victim\"]\n"
    ));
    assert!(e.contains("unknown role \"victim\""), "{e}");
    let e = err(&format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\nconfidence = 1.5\n"
    ));
    assert!(e.contains("outside 0..1"), "{e}");
    let e = err(&format!(
        "{BASE}\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\n[[rule]]\nid = \"s1\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\n"
    ));
    assert!(e.contains("used twice"), "{e}");
}

#[test]
fn toml_syntax_and_unknown_fields_report_lines() {
    let e = err("[[event]]\ntype = \"x\"\nroles = [\"a\"\n");
    assert!(e.starts_with("my.toml:"), "{e}");
    let e = err("[[event]]\ntype = \"x\"\nroles = [\"a\"]\ncolour = \"red\"\n");
    assert!(e.starts_with("my.toml:4:"), "{e}");
    assert!(e.contains("colour"), "{e}");
}

#[test]
fn user_defined_event_type_works() {
    let text = format!(
        "{BASE}\n[[rule]]\nid = \"sanction.active\"\nevent = \"sanction\"\ntriggers = [\"sanction.verb\"]\nconfidence = 0.8\nrequire = [\"imposer\", \"target\"]\nslots = [\n  \"imposer = subject : entity(country|organization)+\",\n  \"target = object : entity(country|organization|person)+\",\n]\n"
    );
    let ex = load(&text).unwrap();
    let mut d = world("The European Union sanctioned Iran and Russia on Monday.").doc;
    ex.annotate(&mut d);
    let e = one(&d, "sanction");
    assert_eq!(e.rule, "sanction.active");
    assert_eq!(role_names(&d, e, "imposer"), vec!["European Union"]);
    assert_eq!(role_names(&d, e, "target"), vec!["Iran", "Russia"]);
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
    assert_eq!(e.countries, vec!["IR", "RU"]);
    assert!((e.confidence - 0.8).abs() < 1e-6);
    let summary = check_rule_source("my.toml", &text).unwrap();
    assert!(
        summary.contains("1 event types, 1 triggers (4 forms), 1 rules"),
        "{summary}"
    );
}

#[test]
fn add_on_file_extends_bundled_types() {
    // A file with no event types adds a trigger and rule to "donation".
    let addon = "[[trigger]]\nid = \"gift.verb\"\nevent = \"donation\"\npos = \"verb\"\nlemmas = [\"gift\"]\n\n[[rule]]\nid = \"donation.gift\"\nevent = \"donation\"\ntriggers = [\"gift.verb\"]\nrequire = [\"donor\"]\nslots = [\"donor = subject : entity(country)\", \"recipient = prep(to) : entity(country)\"]\n";
    let summary = check_rule_source("addon.toml", addon).unwrap();
    assert!(summary.contains("1 triggers"), "{summary}");
    let ex = EventExtractor::new(&[
        ("bundled".to_string(), BUNDLED_EVENT_RULES.to_string()),
        ("addon.toml".to_string(), addon.to_string()),
    ])
    .unwrap();
    let mut d = world("Japan gifted two pandas to Kenya.").doc;
    ex.annotate(&mut d);
    let e = one(&d, "donation");
    assert_eq!(e.rule, "donation.gift");
    assert_eq!(role_names(&d, e, "recipient"), vec!["Kenya"]);
}

#[test]
fn explain_shows_rules_slots_and_merges() {
    let d = world(
        "Huawei recently donated 40 ventilators to Milan General Hospital. \
         The donation ceremony was held on Monday.",
    )
    .run();
    let trace = extractor().explain(&d);
    assert!(
        trace.contains("S1 rule donation.active fired on \"donated\""),
        "{trace}"
    );
    assert!(trace.contains("donor <- \"Huawei\""), "{trace}");
    assert!(
        trace.contains("recipient <- \"Milan General Hospital\""),
        "{trace}"
    );
    assert!(trace.contains("merge: donation.noun on S2"), "{trace}");
    assert!(
        trace.contains("date=2020-05-18 (LinkedSentence)"),
        "{trace}"
    );
}

#[test]
fn sentences_without_triggers_get_no_work() {
    let d = world("Italy and China are far apart. Rome is sunny in April.").run();
    assert!(d.events.is_empty());
    assert!(d.quotes.is_empty());
    let trace = extractor().explain(&d);
    assert!(!trace.contains("rule "), "{trace}");
}

#[test]
fn hostile_input_does_not_panic() {
    for text in [
        "",
        "\"",
        "“",
        "met",
        "said \"",
        "donated to to to , , and and",
        "€ $ £ 1,000,000,000,000,000,000,000 million masks donated",
        "Xi'an’s ’s 's donated ’",
        "BEIJING, -- met here",
        "The two sides met. The two sides met.",
    ] {
        let _ = world(text).run();
    }
}
