//! The gold corpus: loading and validating `corpus/articles/NNN-slug.{txt,json}`.
//!
//! The format is documented in `docs/corpus.md`. Offsets in gold files are
//! CHARACTER offsets (Python `str` indices), end-exclusive.

use anyhow::{bail, Context, Result};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A character span with the text it must cover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEntity {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub kb_id: Option<String>,
    #[serde(default)]
    pub mentions: Vec<GoldSpan>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldArgument {
    pub role: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    pub status: String,
    pub date: Option<String>,
    pub trigger: GoldSpan,
    #[serde(default)]
    pub arguments: Vec<GoldArgument>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    pub kind: String,
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldRelation {
    #[serde(rename = "type")]
    pub kind: String,
    pub subject: String,
    pub object: String,
    #[serde(default)]
    pub role: Option<String>,
}

/// One gold file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldDoc {
    pub id: String,
    pub title: Option<String>,
    pub date: String,
    pub date_in_metadata: bool,
    pub register: String,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub timexes: Vec<GoldTimex>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

/// A gold file with its article text.
#[derive(Clone, Debug)]
pub struct GoldArticle {
    pub json_path: PathBuf,
    pub text: String,
    pub gold: GoldDoc,
}

pub const ENTITY_TYPES: &[&str] = &["person", "organization", "country", "location"];
pub const TIMEX_TYPES: &[&str] = &["DATE", "TIME", "DURATION", "SET"];
pub const EVENT_STATUSES: &[&str] = &["happened", "planned", "negated", "reported"];
pub const REGISTERS: &[&str] = &["wire", "feature", "press_release", "brief", "analysis"];
pub const QUOTE_KINDS: &[&str] = &["direct", "indirect"];
pub const RELATION_TYPES: &[&str] = &["affiliation", "located_in"];

/// Roles allowed for each event type.
pub const EVENT_ROLES: &[(&str, &[&str])] = &[
    (
        "donation",
        &["donor", "recipient", "item", "amount", "place"],
    ),
    (
        "meeting",
        &["participant", "organizer", "topic", "mode", "place"],
    ),
    ("visit", &["visitor", "host", "place"]),
    ("agreement", &["party", "topic", "place"]),
    ("statement", &["speaker", "content"]),
];

/// Roles of `event_type`, or None for an unknown type.
pub fn roles_of(event_type: &str) -> Option<&'static [&'static str]> {
    EVENT_ROLES
        .iter()
        .find(|(t, _)| *t == event_type)
        .map(|(_, r)| *r)
}

/// Folder holding the articles: `<gold>/articles` when it exists, else `<gold>` itself.
pub fn articles_dir(gold: &Path) -> PathBuf {
    let sub = gold.join("articles");
    if sub.is_dir() {
        sub
    } else {
        gold.to_path_buf()
    }
}

/// Paths of all gold JSON files under the corpus folder, sorted by name.
pub fn gold_files(gold: &Path) -> Result<Vec<PathBuf>> {
    let dir = articles_dir(gold);
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir)
        .with_context(|| format!("reading corpus folder {}", dir.display()))?
    {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads one gold file and the `.txt` beside it. JSON must be strict (serde_json)
/// and hold only the documented fields.
pub fn load_article(json_path: &Path) -> Result<GoldArticle> {
    let raw = std::fs::read_to_string(json_path)
        .with_context(|| format!("reading {}", json_path.display()))?;
    let gold: GoldDoc = serde_json::from_str(&raw)
        .with_context(|| format!("parsing gold file {}", json_path.display()))?;
    let txt = json_path.with_extension("txt");
    let text = std::fs::read_to_string(&txt)
        .with_context(|| format!("reading article text {}", txt.display()))?;
    Ok(GoldArticle {
        json_path: json_path.to_path_buf(),
        text,
        gold,
    })
}

/// Loads every article of the corpus, sorted by file name.
pub fn load_corpus(gold: &Path) -> Result<Vec<GoldArticle>> {
    let files = gold_files(gold)?;
    if files.is_empty() {
        bail!("no gold files (*.json) in {}", articles_dir(gold).display());
    }
    files.iter().map(|p| load_article(p)).collect()
}

/// Byte offset of every char offset `0..=nchars` of `text`.
fn char_to_byte_table(text: &str) -> Vec<usize> {
    let mut t: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    t.push(text.len());
    t
}

/// Slice of `text` between char offsets, or an error message.
fn char_slice<'a>(
    text: &'a str,
    table: &[usize],
    start: usize,
    end: usize,
) -> Result<&'a str, String> {
    if start >= end {
        return Err(format!("empty or reversed span [{start}, {end})"));
    }
    let nchars = table.len() - 1;
    if end > nchars {
        return Err(format!(
            "span [{start}, {end}) ends after the text ({nchars} chars)"
        ));
    }
    Ok(&text[table[start]..table[end]])
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("static regex"))
}

/// Whether `value` is a well-formed TIMEX3 value for `kind` (the shapes listed in docs/corpus.md).
pub fn valid_timex_value(kind: &str, value: &str) -> bool {
    static DATE: OnceLock<Regex> = OnceLock::new();
    static TIME: OnceLock<Regex> = OnceLock::new();
    static DURATION: OnceLock<Regex> = OnceLock::new();
    static SET: OnceLock<Regex> = OnceLock::new();
    // Calendar dates with optional precision, weeks, quarters, halves, seasons,
    // decades/centuries (201X or 199, 20XX or 19), fiscal years (FY2020,
    // FY2020-Q1, as in the TimeML guidelines) and the reference tokens.
    let date = regex(
        &DATE,
        r"^(?:PAST_REF|PRESENT_REF|FUTURE_REF|\d{2,3}|FY\d{4}(?:-Q[1-4]|-H[12])?|(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-[1-7]|-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?)$",
    );
    let time = regex(
        &TIME,
        r"^(?:(?:\d{4}|XXXX)-(?:0[1-9]|1[0-2]|XX)-(?:0[1-9]|[12]\d|3[01]|XX))?T(?:(?:[01]\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?)?|MO|AF|EV|NI|DT)$",
    );
    let duration = regex(
        &DURATION,
        r"^P(?:(?:\d+(?:\.\d+)?|X)[YMWDQ]|(?:\d+(?:\.\d+)?|X)[YMWD](?:(?:\d+(?:\.\d+)?|X)[MWD])+|T(?:(?:\d+(?:\.\d+)?|X)[HMS])+|(?:(?:\d+|X)[YMWD])+T(?:(?:\d+(?:\.\d+)?|X)[HMS])+|DE|CE)$",
    );
    let set = regex(
        &SET,
        r"^(?:P(?:\d+|X)?[YMWDQ]|PT(?:\d+|X)?[HM]|XXXX(?:-(?:XX|0[1-9]|1[0-2])(?:-(?:XX|0[1-9]|[12]\d|3[01]))?|-WXX-(?:[1-7]|WE))(?:T(?:[01]\d|2[0-3]):[0-5]\d|T(?:MO|AF|EV|NI))?|T(?:MO|AF|EV|NI|[01]\d:[0-5]\d))$",
    );
    match kind {
        "DATE" => date.is_match(value) && calendar_ok(value),
        "TIME" => time.is_match(value) && calendar_ok(value),
        "DURATION" => duration.is_match(value),
        "SET" => set.is_match(value),
        _ => false,
    }
}

/// An event date: a DATE or TIME value (the date an event happened).
pub fn valid_event_date(value: &str) -> bool {
    valid_timex_value("DATE", value) || valid_timex_value("TIME", value)
}

/// Rejects impossible full dates such as 2021-02-30.
fn calendar_ok(value: &str) -> bool {
    let day = value.get(..10).unwrap_or("");
    if day.len() == 10 && day.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok();
    }
    true
}

fn is_iso_alpha2(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Every problem with one gold file (empty when it is valid). `stem` is the
/// file name without extension, which must equal the gold `id`.
pub fn validate(gold: &GoldDoc, text: &str, stem: &str) -> Vec<String> {
    let mut errs = Vec::new();
    let table = char_to_byte_table(text);
    let check_span =
        |what: &str, start: usize, end: usize, expected: &str, errs: &mut Vec<String>| {
            match char_slice(text, &table, start, end) {
                Err(e) => errs.push(format!("{what}: {e}")),
                Ok(found) if found != expected => errs.push(format!(
                    "{what}: text[{start}:{end}] is {found:?}, gold says {expected:?}"
                )),
                Ok(_) => {}
            }
        };

    if gold.id != stem {
        errs.push(format!(
            "id {:?} differs from the file name {stem:?}",
            gold.id
        ));
    }
    if chrono::NaiveDate::parse_from_str(&gold.date, "%Y-%m-%d").is_err() || gold.date.len() != 10 {
        errs.push(format!("date {:?} is not YYYY-MM-DD", gold.date));
    }
    if !REGISTERS.contains(&gold.register.as_str()) {
        errs.push(format!(
            "register {:?} is not one of {REGISTERS:?}",
            gold.register
        ));
    }
    if gold.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        errs.push("title is empty (use null)".to_string());
    }

    // Entities.
    let mut seen_entities = std::collections::HashSet::new();
    let mut mention_owner: std::collections::HashMap<(usize, usize), &str> = Default::default();
    for (i, e) in gold.entities.iter().enumerate() {
        let what = format!("entity {} {:?}", i, e.name);
        if !ENTITY_TYPES.contains(&e.kind.as_str()) {
            errs.push(format!(
                "{what}: type {:?} is not one of {ENTITY_TYPES:?}",
                e.kind
            ));
        }
        if e.name.trim().is_empty() || e.name.trim() != e.name {
            errs.push(format!("{what}: name is empty or has surrounding spaces"));
        }
        if e.kind == "country" {
            match &e.kb_id {
                Some(k) if is_iso_alpha2(k) => {}
                other => errs.push(format!(
                    "{what}: a country needs an ISO 3166-1 alpha-2 kb_id, got {other:?}"
                )),
            }
        }
        if !seen_entities.insert((e.kind.as_str(), e.name.as_str())) {
            errs.push(format!("{what}: duplicate entity (same type and name)"));
        }
        if e.mentions.is_empty() {
            errs.push(format!("{what}: no mentions"));
        }
        for m in &e.mentions {
            check_span(
                &format!("{what} mention"),
                m.start,
                m.end,
                &m.text,
                &mut errs,
            );
            if let Some(other) = mention_owner.insert((m.start, m.end), &e.name) {
                errs.push(format!(
                    "{what}: mention [{}, {}) also belongs to {other:?}",
                    m.start, m.end
                ));
            }
        }
    }
    let entity_named = |name: &str| gold.entities.iter().find(|e| e.name == name);
    // A value that is the surface form of an entity but not its canonical name
    // is a labeling slip ("Britain" where the entity is "United Kingdom").
    let non_canonical = |value: &str| -> Option<&str> {
        if entity_named(value).is_some() {
            return None;
        }
        gold.entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == value))
            .map(|e| e.name.as_str())
    };

    // Timexes.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, t) in gold.timexes.iter().enumerate() {
        let what = format!("timex {} {:?}", i, t.text);
        check_span(&what, t.start, t.end, &t.text, &mut errs);
        if !TIMEX_TYPES.contains(&t.kind.as_str()) {
            errs.push(format!(
                "{what}: type {:?} is not one of {TIMEX_TYPES:?}",
                t.kind
            ));
        } else if !valid_timex_value(&t.kind, &t.value) {
            errs.push(format!(
                "{what}: {:?} is not a valid {} value",
                t.value, t.kind
            ));
        }
        spans.push((t.start, t.end));
    }
    spans.sort();
    for w in spans.windows(2) {
        if w[1].0 < w[0].1 {
            errs.push(format!(
                "timexes [{}, {}) and [{}, {}) overlap",
                w[0].0, w[0].1, w[1].0, w[1].1
            ));
        }
    }

    // Events.
    for (i, ev) in gold.events.iter().enumerate() {
        let what = format!("event {} {} {:?}", i, ev.kind, ev.trigger.text);
        let roles = roles_of(&ev.kind);
        if roles.is_none() {
            errs.push(format!("{what}: unknown event type {:?}", ev.kind));
        }
        if !EVENT_STATUSES.contains(&ev.status.as_str()) {
            errs.push(format!(
                "{what}: status {:?} is not one of {EVENT_STATUSES:?}",
                ev.status
            ));
        }
        if let Some(d) = &ev.date {
            if !valid_event_date(d) {
                errs.push(format!(
                    "{what}: date {d:?} is not a DATE/TIME TIMEX3 value"
                ));
            }
        }
        check_span(
            &format!("{what} trigger"),
            ev.trigger.start,
            ev.trigger.end,
            &ev.trigger.text,
            &mut errs,
        );
        for a in &ev.arguments {
            if let Some(roles) = roles {
                if !roles.contains(&a.role.as_str()) {
                    errs.push(format!(
                        "{what}: role {:?} is not allowed for {} ({roles:?})",
                        a.role, ev.kind
                    ));
                }
            }
            if a.value.trim().is_empty() {
                errs.push(format!("{what}: role {} has an empty value", a.role));
            }
            if a.role == "mode" && a.value != "online" && a.value != "in-person" {
                errs.push(format!(
                    "{what}: mode must be \"online\" or \"in-person\", got {:?}",
                    a.value
                ));
            }
            if let Some(canonical) = non_canonical(&a.value) {
                errs.push(format!(
                    "{what}: role {} value {:?} is a mention of {canonical:?}; use the canonical name",
                    a.role, a.value
                ));
            }
        }
    }

    // Quotes.
    for (i, q) in gold.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        if !QUOTE_KINDS.contains(&q.kind.as_str()) {
            errs.push(format!(
                "{what}: kind {:?} is not one of {QUOTE_KINDS:?}",
                q.kind
            ));
        }
        check_span(&what, q.start, q.end, &q.text, &mut errs);
        if let Some(s) = &q.speaker {
            if let Some(canonical) = non_canonical(s) {
                errs.push(format!(
                    "{what}: speaker {s:?} is a mention of {canonical:?}; use the canonical name"
                ));
            }
        }
    }

    // Relations: both ends must be gold entities of fitting types. Names may
    // be shared (Georgia the state and Georgia the country): one fitting is enough.
    for (i, r) in gold.relations.iter().enumerate() {
        let what = format!("relation {i} {} {:?} -> {:?}", r.kind, r.subject, r.object);
        let (subject_ok, object_ok): (&[&str], &[&str]) = match r.kind.as_str() {
            "affiliation" => {
                if r.role.as_deref().is_none_or(|s| s.trim().is_empty()) {
                    errs.push(format!("{what}: affiliation needs a role"));
                }
                (&["person"], &["organization", "country"])
            }
            "located_in" => (&["organization", "location"], &["location", "country"]),
            other => {
                errs.push(format!(
                    "{what}: type {other:?} is not one of {RELATION_TYPES:?}"
                ));
                (ENTITY_TYPES, ENTITY_TYPES)
            }
        };
        for (end, name, allowed) in [
            ("subject", &r.subject, subject_ok),
            ("object", &r.object, object_ok),
        ] {
            let kinds: Vec<&str> = gold
                .entities
                .iter()
                .filter(|e| &e.name == name)
                .map(|e| e.kind.as_str())
                .collect();
            if kinds.is_empty() {
                errs.push(format!("{what}: {end} is not the name of a gold entity"));
            } else if !kinds.iter().any(|k| allowed.contains(k)) {
                errs.push(format!(
                    "{what}: {end} is a {}, expected one of {allowed:?}",
                    kinds.join("/")
                ));
            }
        }
    }
    errs
}

#[cfg(test)]
mod tests {
    use super::valid_timex_value;

    #[test]
    fn timex_value_shapes() {
        for (k, v) in [
            ("DATE", "2020-05-18"),
            ("DATE", "2020-04"),
            ("DATE", "2020"),
            ("DATE", "2020-W21"),
            ("DATE", "2020-Q3"),
            ("DATE", "PAST_REF"),
            ("DATE", "201X"),
            ("DATE", "199"),
            ("DATE", "FY2020"),
            ("DATE", "FY2021-Q2"),
            ("TIME", "T15:00"),
            ("TIME", "2020-05-18T15:00"),
            ("TIME", "2020-05-18TMO"),
            ("DURATION", "P3W"),
            ("DURATION", "PT2H"),
            ("DURATION", "P1Y6M"),
            ("DURATION", "PXD"),
            ("SET", "P1W"),
            ("SET", "XXXX-WXX-1"),
            ("SET", "XXXX-WXX-WE"),
        ] {
            assert!(valid_timex_value(k, v), "{k} {v} should be valid");
        }
        for (k, v) in [
            ("DATE", "2020-13-01"),
            ("DATE", "2021-02-30"),
            ("DATE", "May 2020"),
            ("DATE", "P3W"),
            ("TIME", "15:00"),
            ("DURATION", "3 weeks"),
            ("DURATION", "2020-05"),
            ("SET", "weekly"),
            ("OTHER", "2020"),
        ] {
            assert!(!valid_timex_value(k, v), "{k} {v} should be invalid");
        }
    }
}
