//! Builds annotated Documents by hand for the event-stage tests: the text,
//! its sentences, entities with mentions and timexes, as the earlier stages
//! would have set them.
#![allow(dead_code)]

use chrono::NaiveDate;
use newsfacts::events::{EventExtractor, BUNDLED_EVENT_RULES};
use newsfacts::model::{
    Document, Entity, EntitySource, EntityType, Event, EventStatus, Mention, QuoteKind, Span,
    Timex, TimexAnchor, TimexType,
};
use newsfacts::sentences::SentenceSplitter;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub fn extractor() -> &'static EventExtractor {
    static EX: OnceLock<EventExtractor> = OnceLock::new();
    EX.get_or_init(|| {
        EventExtractor::new(&[(
            "rules/events.toml".to_string(),
            BUNDLED_EVENT_RULES.to_string(),
        )])
        .expect("bundled rules load")
    })
}

pub struct B {
    pub doc: Document,
}

/// A document whose sentences come from the bundled splitter.
pub fn doc(text: &str) -> B {
    let mut d = Document::new("t", text);
    d.sentences = SentenceSplitter::new().split(text);
    d.date = NaiveDate::from_ymd_opt(2020, 5, 21);
    B { doc: d }
}

fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

impl B {
    fn taken(&self, s: Span) -> bool {
        self.doc
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|m| m.span.overlaps(s))
    }

    /// Every word-bounded occurrence of each surface form becomes a mention of
    /// the entity `name` (created if new). Longer names should be added first.
    pub fn ent(mut self, kind: EntityType, name: &str, surfaces: &[&str]) -> B {
        self.add_entity(kind, name, surfaces, None, None);
        self
    }

    pub fn person(self, name: &str, surfaces: &[&str]) -> B {
        self.ent(EntityType::Person, name, surfaces)
    }

    pub fn org(self, name: &str) -> B {
        self.ent(EntityType::Organization, name, &[name])
    }

    pub fn org_in(mut self, name: &str, country: &str) -> B {
        self.add_entity(EntityType::Organization, name, &[name], None, Some(country));
        self
    }

    pub fn loc(mut self, name: &str, country: &str) -> B {
        self.add_entity(EntityType::Location, name, &[name], None, Some(country));
        self
    }

    /// A country with its ISO code; `surfaces` may hold demonyms and short names.
    pub fn country(mut self, name: &str, code: &str, surfaces: &[&str]) -> B {
        self.add_entity(EntityType::Country, name, surfaces, Some(code), None);
        self
    }

    fn add_entity(
        &mut self,
        kind: EntityType,
        name: &str,
        surfaces: &[&str],
        kb: Option<&str>,
        country: Option<&str>,
    ) {
        let idx = match self.doc.entities.iter().position(|e| e.name == name) {
            Some(i) => i,
            None => {
                let mut attributes = BTreeMap::new();
                if let Some(c) = country {
                    attributes.insert("country".to_string(), c.to_string());
                }
                self.doc.entities.push(Entity {
                    kind,
                    name: name.to_string(),
                    kb_id: kb.map(String::from),
                    source: EntitySource::Gazetteer,
                    mentions: Vec::new(),
                    attributes,
                });
                self.doc.entities.len() - 1
            }
        };
        let text = self.doc.text.clone();
        for surface in surfaces {
            for (start, _) in text.match_indices(surface) {
                let span = Span::new(start, start + surface.len());
                if !word_bounded(&text, span.start, span.end) || self.taken(span) {
                    continue;
                }
                let sentence = self.doc.sentence_of(start);
                self.doc.entities[idx]
                    .mentions
                    .push(Mention { span, sentence });
            }
        }
        self.doc.entities[idx]
            .mentions
            .sort_by_key(|m| m.span.start);
    }

    /// The first occurrence of `surface` is a DATE timex with `value`.
    pub fn timex(mut self, surface: &str, value: &str) -> B {
        let start = self
            .doc
            .text
            .find(surface)
            .unwrap_or_else(|| panic!("{surface:?} not in text"));
        self.push_timex(start, surface, value, TimexType::Date);
        self
    }

    /// The `n`-th (0-based) occurrence of `surface`.
    pub fn timex_nth(mut self, surface: &str, n: usize, value: &str) -> B {
        let start = self
            .doc
            .text
            .match_indices(surface)
            .nth(n)
            .unwrap_or_else(|| panic!("{surface:?} #{n} not in text"))
            .0;
        self.push_timex(start, surface, value, TimexType::Date);
        self
    }

    pub fn duration(mut self, surface: &str, value: &str) -> B {
        let start = self.doc.text.find(surface).expect("surface in text");
        self.push_timex(start, surface, value, TimexType::Duration);
        self
    }

    fn push_timex(&mut self, start: usize, surface: &str, value: &str, kind: TimexType) {
        let span = Span::new(start, start + surface.len());
        let sentence = self.doc.sentence_of(start);
        self.doc.timexes.push(Timex {
            span,
            sentence,
            kind,
            value: value.to_string(),
            anchor: TimexAnchor::Document,
        });
        self.doc.timexes.sort_by_key(|t| t.span.start);
    }

    /// The organizations among `orgs` and the timexes among `timexes`
    /// (surface, value) that `text` holds: one table of names for a test
    /// file's sentences.
    pub fn known(mut self, orgs: &[&str], timexes: &[(&str, &str)]) -> B {
        for name in orgs {
            if self.doc.text.contains(name) {
                self = self.org(name);
            }
        }
        for (surface, value) in timexes {
            if self.doc.text.contains(surface) {
                self = self.timex(surface, value);
            }
        }
        self
    }

    pub fn run(mut self) -> Document {
        extractor().annotate(&mut self.doc);
        self.doc
    }
}

/// Events of one type.
pub fn of<'a>(doc: &'a Document, kind: &str) -> Vec<&'a Event> {
    doc.events.iter().filter(|e| e.kind == kind).collect()
}

/// The texts filling `role`, in order.
pub fn role<'a>(doc: &'a Document, e: &Event, role: &str) -> Vec<&'a str> {
    e.arguments
        .iter()
        .filter(|a| a.role == role)
        .map(|a| a.span.text(&doc.text))
        .collect()
}

/// The canonical entity names filling `role`.
pub fn role_names(doc: &Document, e: &Event, role: &str) -> Vec<String> {
    e.arguments
        .iter()
        .filter(|a| a.role == role)
        .filter_map(|a| a.entity.map(|i| doc.entities[i].name.clone()))
        .collect()
}

pub fn value<'a>(e: &'a Event, role: &str) -> Option<&'a str> {
    e.arguments
        .iter()
        .find(|a| a.role == role)
        .and_then(|a| a.value.as_deref())
}

/// The single event of `kind`, panicking with the document's events otherwise.
pub fn one<'a>(doc: &'a Document, kind: &str) -> &'a Event {
    let v = of(doc, kind);
    assert_eq!(
        v.len(),
        1,
        "expected one {kind} event in {:?}, got {:#?}",
        doc.text,
        doc.events
    );
    v[0]
}

pub fn none(doc: &Document, kind: &str) {
    let v = of(doc, kind);
    assert!(
        v.is_empty(),
        "expected no {kind} event in {:?}, got {:#?}",
        doc.text,
        v
    );
}

pub fn status(doc: &Document, kind: &str) -> EventStatus {
    one(doc, kind).status
}

// ------------------------------------------------------------ table tests

/// Known names for table tests: (kind, canonical name, surfaces, ISO code or
/// country attribute). Longer surfaces come first so they win.
const WORLD: &[(EntityType, &str, &[&str], &str)] = &[
    (
        EntityType::Organization,
        "Jack Ma Foundation",
        &["Jack Ma Foundation"],
        "CN",
    ),
    (
        EntityType::Organization,
        "Gates Foundation",
        &["Gates Foundation"],
        "US",
    ),
    (
        EntityType::Organization,
        "Alibaba Foundation",
        &["Alibaba Foundation"],
        "CN",
    ),
    (
        EntityType::Organization,
        "Red Cross Society of China",
        &["Red Cross Society of China"],
        "CN",
    ),
    (
        EntityType::Organization,
        "Italian Red Cross",
        &["Italian Red Cross"],
        "IT",
    ),
    (EntityType::Organization, "Red Cross", &["Red Cross"], ""),
    (
        EntityType::Organization,
        "World Health Organization",
        &["World Health Organization", "WHO"],
        "",
    ),
    (EntityType::Organization, "UNICEF", &["UNICEF"], ""),
    (EntityType::Organization, "World Bank", &["World Bank"], ""),
    (EntityType::Organization, "Huawei", &["Huawei"], "CN"),
    (
        EntityType::Organization,
        "Tsinghua University",
        &["Tsinghua University"],
        "CN",
    ),
    (
        EntityType::Organization,
        "Peking University",
        &["Peking University"],
        "CN",
    ),
    (
        EntityType::Organization,
        "University of Nairobi",
        &["University of Nairobi"],
        "KE",
    ),
    (
        EntityType::Organization,
        "Wuhan Union Hospital",
        &["Wuhan Union Hospital"],
        "CN",
    ),
    (
        EntityType::Organization,
        "Milan General Hospital",
        &["Milan General Hospital"],
        "IT",
    ),
    (
        EntityType::Organization,
        "Ministry of Health",
        &["Ministry of Health"],
        "",
    ),
    (
        EntityType::Organization,
        "Lahore Medical College",
        &["Lahore Medical College"],
        "PK",
    ),
    (EntityType::Organization, "Siemens", &["Siemens"], "DE"),
    (
        EntityType::Organization,
        "European Union",
        &["European Union", "EU"],
        "",
    ),
    (EntityType::Organization, "ASEAN", &["ASEAN"], ""),
    (
        EntityType::Person,
        "Xi Jinping",
        &["Xi Jinping", "Xi"],
        "CN",
    ),
    (
        EntityType::Person,
        "Vladimir Putin",
        &["Vladimir Putin", "Putin"],
        "RU",
    ),
    (
        EntityType::Person,
        "Emmanuel Macron",
        &["Emmanuel Macron", "Macron"],
        "FR",
    ),
    (
        EntityType::Person,
        "Angela Merkel",
        &["Angela Merkel", "Merkel"],
        "DE",
    ),
    (EntityType::Person, "Wang Yi", &["Wang Yi"], "CN"),
    (EntityType::Person, "Li Wei", &["Li Wei"], ""),
    (
        EntityType::Person,
        "Maria Rossi",
        &["Maria Rossi", "Rossi"],
        "",
    ),
    (
        EntityType::Person,
        "John Smith",
        &["John Smith", "Smith"],
        "",
    ),
    (
        EntityType::Person,
        "Amina Yusuf",
        &["Amina Yusuf", "Yusuf"],
        "",
    ),
    (EntityType::Person, "Zhang Hua", &["Zhang Hua", "Zhang"], ""),
    (
        EntityType::Person,
        "Jiang Zemin",
        &["Jiang Zemin", "Jiang"],
        "CN",
    ),
    (
        EntityType::Country,
        "United States",
        &["United States", "U.S.", "American"],
        "US",
    ),
    (
        EntityType::Country,
        "United Kingdom",
        &["United Kingdom", "Britain", "British"],
        "GB",
    ),
    (EntityType::Country, "China", &["China", "Chinese"], "CN"),
    (EntityType::Country, "Italy", &["Italy", "Italian"], "IT"),
    (
        EntityType::Country,
        "Pakistan",
        &["Pakistan", "Pakistani"],
        "PK",
    ),
    (EntityType::Country, "Russia", &["Russia", "Russian"], "RU"),
    (EntityType::Country, "Japan", &["Japan", "Japanese"], "JP"),
    (EntityType::Country, "France", &["France", "French"], "FR"),
    (EntityType::Country, "Germany", &["Germany", "German"], "DE"),
    (EntityType::Country, "India", &["India", "Indian"], "IN"),
    (EntityType::Country, "Kenya", &["Kenya", "Kenyan"], "KE"),
    (
        EntityType::Country,
        "Brazil",
        &["Brazil", "Brazilian"],
        "BR",
    ),
    (EntityType::Country, "Egypt", &["Egypt", "Egyptian"], "EG"),
    (EntityType::Country, "Serbia", &["Serbia", "Serbian"], "RS"),
    (EntityType::Country, "Iran", &["Iran", "Iranian"], "IR"),
    (
        EntityType::Location,
        "Beijing",
        &["Beijing", "BEIJING"],
        "CN",
    ),
    (EntityType::Location, "Shanghai", &["Shanghai"], "CN"),
    (EntityType::Location, "Wuhan", &["Wuhan"], "CN"),
    (EntityType::Location, "Rome", &["Rome"], "IT"),
    (EntityType::Location, "Milan", &["Milan"], "IT"),
    (EntityType::Location, "Geneva", &["Geneva", "GENEVA"], "CH"),
    (EntityType::Location, "Nairobi", &["Nairobi"], "KE"),
    (EntityType::Location, "Moscow", &["Moscow", "MOSCOW"], "RU"),
    (EntityType::Location, "Paris", &["Paris"], "FR"),
    (EntityType::Location, "Islamabad", &["Islamabad"], "PK"),
    (EntityType::Location, "Belgrade", &["Belgrade"], "RS"),
];

/// Date words for table tests, as the date stage would resolve them against
/// a document dated Thursday 2020-05-21.
const DATES: &[(&str, &str, TimexType)] = &[
    ("three-day", "P3D", TimexType::Duration),
    ("two-day", "P2D", TimexType::Duration),
    ("next week", "2020-W22", TimexType::Date),
    ("last week", "2020-W20", TimexType::Date),
    ("next month", "2020-06", TimexType::Date),
    ("May 7", "2020-05-07", TimexType::Date),
    ("March 3", "2020-03-03", TimexType::Date),
    ("June 3", "2020-06-03", TimexType::Date),
    ("Monday", "2020-05-18", TimexType::Date),
    ("Tuesday", "2020-05-19", TimexType::Date),
    ("Wednesday", "2020-05-20", TimexType::Date),
    ("Friday", "2020-05-15", TimexType::Date),
    ("yesterday", "2020-05-20", TimexType::Date),
    ("today", "2020-05-21", TimexType::Date),
    ("recently", "PAST_REF", TimexType::Date),
    ("April", "2020-04", TimexType::Date),
    ("2019", "2019", TimexType::Date),
];

/// `text` with every known name and date word annotated.
pub fn world(text: &str) -> B {
    let mut b = doc(text);
    for (kind, name, surfaces, code) in WORLD {
        if !surfaces.iter().any(|s| text.contains(s)) {
            continue;
        }
        let (kb, country) = match kind {
            EntityType::Country => (Some(*code), None),
            _ => (None, (!code.is_empty()).then_some(*code)),
        };
        b.add_entity(*kind, name, surfaces, kb, country);
    }
    let mut taken: Vec<Span> = Vec::new();
    for (surface, value, kind) in DATES {
        for (start, _) in text.match_indices(surface) {
            let span = Span::new(start, start + surface.len());
            if !word_bounded(text, span.start, span.end) || taken.iter().any(|t| t.overlaps(span)) {
                continue;
            }
            taken.push(span);
            b.push_timex(start, surface, value, *kind);
        }
    }
    b
}

/// One expectation of a table case: `("donor", "China")` wants an argument
/// of that role whose entity name or text is "China"; `("amount=", "USD 5")`
/// checks the normalised value; `("date", "2020-05-18")` the event date;
/// `("status", "planned")`; `("countries", "CN IT")`; `("!recipient", "")`
/// wants the role empty; `("-participant", "China")` wants China not in it.
pub type Want = (&'static str, &'static str);

/// Checks one sentence: `wants == None` means no event of `kind` at all.
pub fn check_case(text: &str, kind: &str, wants: Option<&[Want]>) -> Result<(), String> {
    let d = world(text).run();
    let evs = of(&d, kind);
    let Some(wants) = wants else {
        return if evs.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{text:?}: expected no {kind}, got {}",
                describe(&d)
            ))
        };
    };
    let Some(e) = evs.first() else {
        return Err(format!("{text:?}: no {kind} event; {}", describe(&d)));
    };
    if evs.len() > 1 {
        return Err(format!(
            "{text:?}: {} {kind} events; {}",
            evs.len(),
            describe(&d)
        ));
    }
    for (key, want) in wants {
        let ok = match *key {
            "date" => e.date.as_deref() == Some(*want) || (want.is_empty() && e.date.is_none()),
            "status" => e.status.as_str() == *want,
            "countries" => e.countries.join(" ") == *want,
            "basis" => format!("{:?}", e.date_basis) == *want,
            k if k.starts_with('!') => !e.arguments.iter().any(|a| a.role == k[1..]),
            k if k.starts_with('-') => !e.arguments.iter().any(|a| {
                a.role == k[1..]
                    && (a.span.text(&d.text) == *want
                        || a.entity.is_some_and(|x| d.entities[x].name == *want))
            }),
            k if k.ends_with('=') => e
                .arguments
                .iter()
                .any(|a| a.role == k[..k.len() - 1] && a.value.as_deref() == Some(*want)),
            k => e.arguments.iter().any(|a| {
                a.role == k
                    && (a.span.text(&d.text) == *want
                        || a.entity.is_some_and(|x| d.entities[x].name == *want))
            }),
        };
        if !ok {
            return Err(format!("{text:?}: wanted {key}={want:?}; {}", describe(&d)));
        }
    }
    Ok(())
}

pub fn describe(d: &Document) -> String {
    let mut out = String::new();
    for e in &d.events {
        out.push_str(&format!(
            "\n   [{} {} {} date={:?} c={:?}]",
            e.kind,
            e.rule,
            e.status.as_str(),
            e.date,
            e.countries
        ));
        for a in &e.arguments {
            out.push_str(&format!(
                " {}={:?}{}",
                a.role,
                a.span.text(&d.text),
                a.value
                    .as_ref()
                    .map(|v| format!("[{v}]"))
                    .unwrap_or_default()
            ));
        }
    }
    out
}

/// Runs a table; panics listing every failing case.
pub fn run_table(kind: &str, cases: &[(&str, Option<&[Want]>)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, wants)| check_case(text, kind, *wants).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} {kind} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// (speaker entity name or speaker text, kind, content) of every quote.
pub fn quotes(d: &Document) -> Vec<(String, QuoteKind, String)> {
    d.quotes
        .iter()
        .map(|q| {
            let speaker = match (q.speaker, q.speaker_span) {
                (Some(e), _) => d.entities[e].name.clone(),
                (None, Some(sp)) => sp.text(&d.text).to_string(),
                (None, None) => String::new(),
            };
            (speaker, q.kind, q.span.text(&d.text).to_string())
        })
        .collect()
}
