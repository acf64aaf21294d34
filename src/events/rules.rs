//! The event rule language: TOML files declaring event types, trigger
//! lexicons, role-filling rules, status cues and speech verbs. Loading
//! validates everything and reports `file:line: what is wrong`.
//!
//! The format is documented with worked examples in `docs/rules.md`.

use crate::model::EntityType;
use anyhow::{anyhow, Result};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use toml::Spanned;

// ---------------------------------------------------------------- raw TOML

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    status: Option<RawStatus>,
    #[serde(default)]
    speech: Option<RawSpeech>,
    #[serde(default)]
    event: Vec<RawEventType>,
    #[serde(default)]
    trigger: Vec<RawTrigger>,
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    #[serde(default)]
    planned: Vec<String>,
    #[serde(default)]
    negated: Vec<String>,
    #[serde(default)]
    reported: Vec<String>,
    #[serde(default)]
    negated_after: Vec<String>,
    #[serde(default)]
    planned_after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpeech {
    event: Spanned<String>,
    #[serde(default)]
    lemmas: Vec<String>,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default = "default_direct_id")]
    direct_rule: String,
    #[serde(default = "default_indirect_id")]
    indirect_rule: String,
    #[serde(default = "default_direct_conf")]
    direct_confidence: Spanned<f64>,
    #[serde(default = "default_indirect_conf")]
    indirect_confidence: Spanned<f64>,
}

fn default_direct_id() -> String {
    "statement.direct".into()
}
fn default_indirect_id() -> String {
    "statement.indirect".into()
}
fn default_direct_conf() -> Spanned<f64> {
    Spanned::new(0..0, 0.9)
}
fn default_indirect_conf() -> Spanned<f64> {
    Spanned::new(0..0, 0.75)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEventType {
    #[serde(rename = "type")]
    name: Spanned<String>,
    roles: Vec<Spanned<String>>,
    /// Words that, right before a trigger ("the donation"), mark a mention of
    /// an event already told: such mentions merge with the previous one.
    #[serde(default)]
    anaphors: Vec<String>,
    /// `"ROLE = VALUE"`: what an event that happened at a named place has
    /// ("mode = in-person": a meeting held in Amman was held in person).
    #[serde(default)]
    at_place: Option<Spanned<String>>,
    /// Dates in a comma-delimited aside with a verb of its own ("Zhao, whose
    /// father was treated in 2017, will donate …") are not the event's.
    #[serde(default)]
    skip_aside_dates: bool,
    /// A capital fills a slot that takes a country and no place ("a gift
    /// from Canberra": Australia).
    #[serde(default)]
    capitals_for_countries: bool,
    /// Roles that tell one event of the type from another: two triggers in
    /// one sentence that name different entities there ("A pledged …, and B
    /// said it would donate …") are two events, not one told twice.
    #[serde(default)]
    agent_roles: Vec<Spanned<String>>,
    /// Words that put an event off to a new date: "was postponed until
    /// March" tells the event called off and a new one planned for March.
    #[serde(default)]
    rescheduled_by: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    id: Spanned<String>,
    event: Spanned<String>,
    #[serde(default)]
    pos: Option<Spanned<String>>,
    #[serde(default)]
    lemmas: Vec<Spanned<String>>,
    #[serde(default)]
    forms: Vec<Spanned<String>>,
    #[serde(default)]
    not_next: Vec<String>,
    #[serde(default)]
    not_prev: Vec<String>,
    /// A capitalized form right after a capitalized word is part of a name.
    #[serde(default)]
    not_in_name: bool,
    /// Generated forms to drop ("meeting" from the verb "meet").
    #[serde(default)]
    except: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    event: Spanned<String>,
    triggers: Vec<Spanned<String>>,
    #[serde(default = "default_confidence")]
    confidence: Spanned<f64>,
    #[serde(default)]
    slots: Vec<Spanned<String>>,
    #[serde(default)]
    require: Vec<Spanned<String>>,
    #[serde(default)]
    require_any: Vec<Spanned<String>>,
    #[serde(default)]
    require_two: Vec<Spanned<String>>,
    #[serde(default)]
    attach: bool,
    /// The rule tells another event only right after one of its type.
    #[serde(default)]
    follows: bool,
    /// How many sentences after an event of its type a `follows` rule may
    /// still tell another (default 2).
    #[serde(default)]
    follows_within: Option<usize>,
    /// The rule tells an event of its own, never one told before.
    #[serde(default)]
    alone: bool,
    #[serde(default)]
    prev: Vec<String>,
    #[serde(default)]
    not_prev: Vec<String>,
    #[serde(default)]
    not_near: Vec<String>,
    #[serde(default)]
    near: Vec<String>,
    /// `near` words may come anywhere up to the end of the trigger's clause.
    #[serde(default)]
    near_clause: bool,
    #[serde(default)]
    object_before: Vec<String>,
    /// "active" or "passive": the trigger must (not) follow a form of "be"
    /// as a past participle ("was donated").
    #[serde(default)]
    voice: Option<Spanned<String>>,
    /// Status when no cue is found: "planned" for a pledge, which promises
    /// rather than hands over.
    #[serde(default)]
    status: Option<Spanned<String>>,
}

fn default_confidence() -> Spanned<f64> {
    Spanned::new(0..0, 0.7)
}

// ---------------------------------------------------------------- compiled

/// A phrase as lowercase tokens ("plans to" → ["plans", "to"]).
pub type Phrase = Vec<String>;

#[derive(Clone, Debug)]
pub struct EventType {
    pub name: String,
    pub roles: Vec<String>,
    pub anaphors: Vec<Phrase>,
    /// (role, value) an event gets when it happened (or is reported to have
    /// happened) at a `place` and has no argument in that role.
    pub at_place: Option<(String, String)>,
    /// Dates in a comma-delimited aside with a verb of its own are skipped.
    pub skip_aside_dates: bool,
    /// A capital fills a slot that takes a country and no place.
    pub capitals_for_countries: bool,
    /// Roles in which two same-sentence triggers naming no common entity
    /// tell two events.
    pub agent_roles: Vec<String>,
    /// Phrases that put an event off to a date told after them ("postponed
    /// until March"): such an event is also planned for that date.
    pub rescheduled_by: Vec<Phrase>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
    Fixed,
}

#[derive(Clone, Debug)]
pub struct Trigger {
    pub id: String,
    pub event: usize,
    pub pos: Pos,
    /// Every surface form, as lowercase token sequences.
    pub forms: Vec<Phrase>,
    pub not_next: Vec<Phrase>,
    pub not_prev: Vec<Phrase>,
    /// Not a trigger as the last word of a name ("the Paris Agreement", "the
    /// Warsaw Pact"), outside a headline in title case.
    pub not_in_name: bool,
}

/// Where a slot looks, relative to the trigger.
#[derive(Clone, Debug, PartialEq)]
pub enum Position {
    /// Left of the trigger in its clause: the clause subject.
    Subject,
    /// Right after the trigger (its direct object).
    Object,
    /// The first object of a double-object verb, a name that a counted
    /// second object follows: "gave Syria 500 tents".
    Object1,
    /// The second object of a double-object verb, after a first object that
    /// is a name, a pronoun or a short definite phrase: "gave the charity
    /// €250,000", "gave Kenya $5 million".
    Object2,
    /// Right after one of these words/phrases, nearest to the trigger.
    Prep(Vec<Phrase>),
    /// "between A and B".
    Between,
    /// "X's <trigger>".
    Possessor,
    /// What a gift noun stands in apposition to, before it: "four thermal
    /// imaging cameras, a $38,000 [gift] from …", "an ambulance and 600
    /// books, [gifts] from …" (a list that opens with a count or an
    /// article).
    Apposed,
    /// "the U.S.-Japan <trigger>", "a China-Pakistan trade <trigger>": both
    /// halves of a hyphenated pair of names right before the trigger.
    Pair,
    /// Anywhere in the sentence, nearest to the trigger.
    Sentence,
    /// Within this many tokens of the trigger, either side.
    Near(usize),
    /// The word "here": the dateline's city.
    Here,
    /// A gapped conjunct after the trigger: in "donated X to A and Y to B",
    /// `gapped(to)` finds B (entity fillers) or Y (other fillers).
    Gapped(Vec<Phrase>),
    /// Right after one of these words when they follow the trigger at once
    /// (over a date or adverb, as an object does): "a meeting of [finance
    /// ministers]", not "talks on the future of its workers".
    Next(Vec<Phrase>),
}

/// What a slot accepts.
#[derive(Clone, Debug, PartialEq)]
pub enum Filler {
    /// An entity mention of one of these types (all types when empty).
    Entity(Vec<EntityType>),
    Date,
    /// Money or a counted quantity.
    Amount,
    Money,
    Quantity,
    /// A noun phrase (trimmed of determiners and container words).
    Np,
    /// Who a gift goes to when no name is there: a noun phrase that can
    /// receive, after the trigger ("donated laptops to [12 primary
    /// schools]"; not "to help", "to date", "up to", "to the tune of").
    Receiver,
    /// A described receiver that a comma and a name then name: "to
    /// Suriname's national food bank, [the Stichting Voedselbank
    /// Suriname]" (the name only; nothing without one).
    NamedReceiver,
    /// What money is for, right after the amount: "€40,000 towards [a
    /// rainwater tank]", "$2 million in [flood aid]".
    Purpose,
    /// People a meeting is held with when no name is there: a group named
    /// by its role ("met [French business leaders]", "talks with [its
    /// creditors]").
    People,
    /// The words up to the end of the clause ("agreed to [open a border
    /// post at Moyale by the end of June], after talks …").
    Clause,
    /// A noun phrase with its prepositional modifiers, or a list of them, to
    /// the end of the clause: what talks were about ("discussed [poultry,
    /// textiles and a shipping route between Tema and Mersin], a statement
    /// said").
    NpList,
    /// One of these phrases, normalised to the paired value.
    Word(Vec<(Phrase, String)>),
    /// The dateline city (with position `here`).
    Dateline,
    /// A further lot of a gift told before: a noun phrase opened by a word
    /// of continuation ("[a second, smaller transmitter]", "[four more]",
    /// "[a further 2,000 vials of insulin]", "[another 500 tents]").
    Further,
}

#[derive(Clone, Debug)]
pub struct Slot {
    pub role: String,
    pub position: Position,
    pub filler: Filler,
    /// `+`: a coordinated list "A, B and C" fills the role several times.
    pub repeat: bool,
    /// The slot as written, for traces.
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub event: usize,
    pub triggers: Vec<usize>,
    pub confidence: f32,
    pub slots: Vec<Slot>,
    pub require: Vec<String>,
    pub require_any: Vec<String>,
    /// Roles that must be filled twice or more: an agreement reached takes
    /// two sides ("X agreed to sell its unit" is one company's consent).
    pub require_two: Vec<String>,
    pub attach: bool,
    /// A new event only in the sentence of an event of its type or up to
    /// two sentences after it ("Japan pledged $5 million. South Korea added
    /// 150 billion won"): a list continued with a verb per giver. It takes
    /// the roles it leaves empty among the type's agent role and
    /// `recipient` from that event; with none before it, it is dropped.
    pub follows: bool,
    /// The sentences a `follows` rule looks back over (2 unless set: "The
    /// first instalment, Rs 3 million, was transferred on 4 September" a
    /// few paragraphs after the grants it pays out).
    pub follows_within: usize,
    /// The rule tells an event of its own ("Since 2015 its fund has given
    /// more than Rs 90 million to local organisations": a total, no
    /// retelling): it never joins an earlier event, and with no agent of
    /// its own it takes that of the last event of its type told before
    /// that names one (the article's giver).
    pub alone: bool,
    pub prev: Vec<Phrase>,
    pub not_prev: Vec<Phrase>,
    pub not_near: Vec<Phrase>,
    /// The rule fires only if one of these follows within 6 words.
    pub near: Vec<Phrase>,
    /// With `near_clause`, up to the end of the trigger's clause instead
    /// ("delivered 1,200 tonnes of flour … to Kyrgyzstan as humanitarian aid").
    pub near_clause: bool,
    /// … or comes before the trigger as its object: the subject of a
    /// passive ("the memorandum was not signed") or the antecedent of an
    /// object relative ("the deal that A and B signed"). With `near`,
    /// either will do.
    pub object_before: Vec<Phrase>,
    /// Some(true): passive only; Some(false): active only; None: either.
    pub passive: Option<bool>,
    /// Status of the event when no status cue is found (default happened).
    pub default_status: crate::model::EventStatus,
    /// The rule sets `status` itself (also "happened"): a `follows` rule
    /// then keeps it rather than take the followed event's ("Japan
    /// delivered 2,000 tarpaulins" after a pledge is delivered).
    pub own_status: bool,
    pub origin: String,
}

#[derive(Clone, Debug, Default)]
pub struct StatusCues {
    pub planned: Vec<Phrase>,
    pub negated: Vec<Phrase>,
    pub reported: Vec<Phrase>,
    /// Cues after an event noun, in the words it heads: participles that
    /// call the event off after a form of "be" ("the meeting was
    /// postponed"), and plans ("talks scheduled for Monday").
    pub negated_after: Vec<Phrase>,
    pub planned_after: Vec<Phrase>,
}

#[derive(Clone, Debug)]
pub struct Speech {
    pub event: String,
    pub forms: Vec<String>,
    /// Phrases that bring in the source of reported content ("CONTENT,
    /// according to X"), lower case, one word each.
    pub sources: Vec<Phrase>,
    pub direct_rule: String,
    pub indirect_rule: String,
    pub direct_confidence: f32,
    pub indirect_confidence: f32,
}

/// Everything loaded from all rule files.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    pub types: Vec<EventType>,
    pub triggers: Vec<Trigger>,
    pub rules: Vec<Rule>,
    pub status: StatusCues,
    pub speech: Option<Speech>,
}

/// Counts of what one file declared, for `rules check`.
#[derive(Clone, Debug, Default)]
pub struct FileSummary {
    pub types: usize,
    pub triggers: usize,
    pub forms: usize,
    pub rules: usize,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

struct Ctx<'a> {
    origin: &'a str,
    text: &'a str,
}

impl Ctx<'_> {
    fn err(&self, span: std::ops::Range<usize>, msg: impl std::fmt::Display) -> anyhow::Error {
        anyhow!(
            "{}:{}: {}",
            self.origin,
            line_of(self.text, span.start),
            msg
        )
    }
}

pub fn phrase(s: &str) -> Phrase {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

/// Inflections of an English verb lemma (regular morphology; irregular forms
/// such as "met" are listed by the rule author under `forms`).
pub fn verb_forms(lemma: &str) -> Vec<String> {
    let l = lemma.to_lowercase();
    let mut out = vec![l.clone()];
    let b = l.as_bytes();
    let n = b.len();
    let vowel = |c: u8| b"aeiou".contains(&c);
    if n >= 2 && b[n - 1] == b'y' && !vowel(b[n - 2]) {
        let stem = &l[..n - 1];
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{l}ing"));
    } else if l.ends_with('e') && !l.ends_with("ee") {
        out.push(format!("{l}s"));
        out.push(format!("{l}d"));
        out.push(format!("{}ing", &l[..n - 1]));
    } else if l.ends_with('s')
        || l.ends_with("sh")
        || l.ends_with("ch")
        || l.ends_with('x')
        || l.ends_with('z')
    {
        out.push(format!("{l}es"));
        out.push(format!("{l}ed"));
        out.push(format!("{l}ing"));
    } else {
        out.push(format!("{l}s"));
        out.push(format!("{l}ed"));
        out.push(format!("{l}ing"));
    }
    out
}

/// Singular and plural of a noun lemma.
pub fn noun_forms(lemma: &str) -> Vec<String> {
    let l = lemma.to_lowercase();
    let plural = if l.ends_with('s')
        || l.ends_with("sh")
        || l.ends_with("ch")
        || l.ends_with('x')
        || l.ends_with('z')
    {
        format!("{l}es")
    } else if l.len() >= 2 && l.ends_with('y') && !b"aeiou".contains(&l.as_bytes()[l.len() - 2]) {
        format!("{}ies", &l[..l.len() - 1])
    } else {
        format!("{l}s")
    };
    vec![l, plural]
}

/// Inflects the first word of a multi-word lemma ("hand over" → "handed over").
fn inflect(lemma: &str, pos: Pos) -> Vec<Phrase> {
    let words = phrase(lemma);
    let Some((head, rest)) = words.split_first() else {
        return Vec::new();
    };
    let heads = match pos {
        Pos::Verb => verb_forms(head),
        Pos::Noun => noun_forms(head),
        Pos::Fixed => vec![head.clone()],
    };
    heads
        .into_iter()
        .map(|h| {
            let mut p = vec![h];
            p.extend(rest.iter().cloned());
            p
        })
        .collect()
}

/// Parses one slot: `ROLE = POSITION : FILLER[+]`.
fn parse_slot(src: &str, roles: &[String]) -> std::result::Result<Slot, String> {
    let (role, rest) = src
        .split_once('=')
        .ok_or_else(|| format!("bad slot {src:?}: expected `ROLE = POSITION : FILLER`"))?;
    let role = role.trim().to_string();
    if !roles.contains(&role) {
        return Err(format!(
            "unknown role {role:?} in slot {src:?} (roles of this event type: {})",
            roles.join(", ")
        ));
    }
    let (pos_src, fill_src) = split_top_level(rest, ':')
        .ok_or_else(|| format!("bad slot {src:?}: expected `POSITION : FILLER` after `=`"))?;
    let position = parse_position(pos_src.trim())?;
    let mut fill_src = fill_src.trim();
    let repeat = fill_src.ends_with('+');
    if repeat {
        fill_src = fill_src[..fill_src.len() - 1].trim_end();
    }
    let filler = parse_filler(fill_src)?;
    if (position == Position::Here) != (filler == Filler::Dateline) {
        return Err(format!(
            "bad slot {src:?}: position `here` goes with filler `dateline` and only with it"
        ));
    }
    if position == Position::Pair && !matches!(filler, Filler::Entity(_)) {
        return Err(format!(
            "bad slot {src:?}: position `pair` takes an entity filler"
        ));
    }
    Ok(Slot {
        role,
        position,
        filler,
        repeat,
        source: src.trim().to_string(),
    })
}

/// Splits at the first `sep` outside parentheses.
fn split_top_level(s: &str, sep: char) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c == sep && depth == 0 => return Some((&s[..i], &s[i + c.len_utf8()..])),
            _ => {}
        }
    }
    None
}

/// `name(args)` → (name, Some(args)); `name` → (name, None).
fn call(s: &str) -> std::result::Result<(&str, Option<&str>), String> {
    match s.find('(') {
        None => Ok((s, None)),
        Some(i) => {
            if !s.ends_with(')') {
                return Err(format!("unbalanced parenthesis in {s:?}"));
            }
            Ok((s[..i].trim(), Some(&s[i + 1..s.len() - 1])))
        }
    }
}

fn parse_position(s: &str) -> std::result::Result<Position, String> {
    let (name, args) = call(s)?;
    let p = match (name, args) {
        ("subject", None) => Position::Subject,
        ("object", None) => Position::Object,
        ("object1", None) => Position::Object1,
        ("object2", None) => Position::Object2,
        ("between", None) => Position::Between,
        ("possessor", None) => Position::Possessor,
        ("apposed", None) => Position::Apposed,
        ("pair", None) => Position::Pair,
        ("sentence", None) => Position::Sentence,
        ("here", None) => Position::Here,
        ("prep", Some(a)) => {
            let words: Vec<Phrase> = a.split('|').map(phrase).filter(|p| !p.is_empty()).collect();
            if words.is_empty() {
                return Err(format!("prep() needs at least one word in {s:?}"));
            }
            Position::Prep(words)
        }
        ("gapped", Some(a)) => {
            let words: Vec<Phrase> = a.split('|').map(phrase).filter(|p| !p.is_empty()).collect();
            if words.is_empty() {
                return Err(format!("gapped() needs at least one word in {s:?}"));
            }
            Position::Gapped(words)
        }
        ("next", Some(a)) => {
            let words: Vec<Phrase> = a.split('|').map(phrase).filter(|p| !p.is_empty()).collect();
            if words.is_empty() {
                return Err(format!("next() needs at least one word in {s:?}"));
            }
            Position::Next(words)
        }
        ("near", Some(a)) => Position::Near(
            a.trim()
                .parse()
                .map_err(|_| format!("near() takes a token count, got {a:?}"))?,
        ),
        _ => {
            return Err(format!(
                "unknown position {s:?} (expected subject, object, object1, object2, prep(w|w), between, \
                 possessor, pair, sentence, near(N), here, gapped(w|w) or next(w|w))"
            ))
        }
    };
    Ok(p)
}

fn parse_filler(s: &str) -> std::result::Result<Filler, String> {
    let (name, args) = call(s)?;
    let f = match (name, args) {
        ("entity", None) => Filler::Entity(Vec::new()),
        ("entity", Some(a)) => {
            let mut types = Vec::new();
            for t in a.split('|') {
                let t = t.trim();
                types.push(EntityType::parse(t).ok_or_else(|| {
                    format!(
                        "unknown entity type {t:?} (expected person, organization, country or location)"
                    )
                })?);
            }
            Filler::Entity(types)
        }
        ("date", None) => Filler::Date,
        ("amount", None) => Filler::Amount,
        ("money", None) => Filler::Money,
        ("quantity", None) => Filler::Quantity,
        ("np", None) => Filler::Np,
        ("receiver", None) => Filler::Receiver,
        ("named_receiver", None) => Filler::NamedReceiver,
        ("purpose", None) => Filler::Purpose,
        ("people", None) => Filler::People,
        ("clause", None) => Filler::Clause,
        ("np_list", None) => Filler::NpList,
        ("dateline", None) => Filler::Dateline,
        ("further", None) => Filler::Further,
        ("word", Some(a)) => {
            let mut words = Vec::new();
            for item in a.split(',') {
                let item = item.trim();
                if item.is_empty() {
                    continue;
                }
                let (w, v) = item.split_once("=>").unwrap_or((item, item));
                let p = phrase(w);
                if p.is_empty() {
                    return Err(format!("empty word in {s:?}"));
                }
                words.push((p, v.trim().to_string()));
            }
            if words.is_empty() {
                return Err(format!("word() needs at least one word in {s:?}"));
            }
            Filler::Word(words)
        }
        _ => {
            return Err(format!(
                "unknown filler {s:?} (expected entity(type|type), date, amount, money, \
                 quantity, np, np_list, receiver, named_receiver, people, clause, further, word(w => value, …) or dateline)"
            ))
        }
    };
    Ok(f)
}

/// Loads and validates rule files; later files may add triggers and rules to
/// event types declared in earlier ones.
pub fn load(sources: &[(String, String)]) -> Result<(RuleSet, Vec<FileSummary>)> {
    let mut set = RuleSet::default();
    let mut summaries = Vec::new();
    let mut raws = Vec::new();
    for (origin, text) in sources {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            anyhow!("{origin}:{line}: {}", e.message().trim())
        })?;
        raws.push(raw);
    }
    // Pass 1: event types, so that any file may refer to any type.
    let mut type_index: HashMap<String, usize> = HashMap::new();
    for ((origin, text), raw) in sources.iter().zip(&raws) {
        let cx = Ctx { origin, text };
        for t in &raw.event {
            let name = t.name.get_ref().trim().to_string();
            if name.is_empty() {
                return Err(cx.err(t.name.span(), "event type name is empty"));
            }
            if type_index.contains_key(&name) {
                return Err(cx.err(
                    t.name.span(),
                    format!("event type {name:?} is declared twice"),
                ));
            }
            let mut roles = Vec::new();
            for r in &t.roles {
                let role = r.get_ref().trim().to_string();
                if role.is_empty() || !role.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return Err(cx.err(
                        r.span(),
                        format!("bad role name {role:?} (letters, digits and _ only)"),
                    ));
                }
                if roles.contains(&role) {
                    return Err(cx.err(r.span(), format!("role {role:?} listed twice")));
                }
                roles.push(role);
            }
            let at_place = match &t.at_place {
                None => None,
                Some(src) => {
                    let parsed = src
                        .get_ref()
                        .split_once('=')
                        .map(|(r, v)| (r.trim().to_string(), v.trim().to_string()))
                        .filter(|(r, v)| !v.is_empty() && roles.contains(r) && r != "place");
                    if parsed.is_none() {
                        return Err(cx.err(
                            src.span(),
                            format!(
                                "bad at_place {:?}: expected `ROLE = VALUE` with a role of this type other than place",
                                src.get_ref()
                            ),
                        ));
                    }
                    if !roles.iter().any(|r| r == "place") {
                        return Err(cx.err(src.span(), "at_place needs a `place` role".to_string()));
                    }
                    parsed
                }
            };
            let mut agent_roles = Vec::new();
            for r in &t.agent_roles {
                if !roles.contains(r.get_ref()) {
                    return Err(cx.err(
                        r.span(),
                        format!("agent role {:?} is not a role of this type", r.get_ref()),
                    ));
                }
                agent_roles.push(r.get_ref().clone());
            }
            type_index.insert(name.clone(), set.types.len());
            set.types.push(EventType {
                name,
                roles,
                anaphors: t.anaphors.iter().map(|a| phrase(a)).collect(),
                at_place,
                skip_aside_dates: t.skip_aside_dates,
                capitals_for_countries: t.capitals_for_countries,
                agent_roles,
                rescheduled_by: t.rescheduled_by.iter().map(|a| phrase(a)).collect(),
            });
        }
    }
    // Pass 2: triggers.
    let mut trigger_index: HashMap<String, usize> = HashMap::new();
    for ((origin, text), raw) in sources.iter().zip(&raws) {
        let cx = Ctx { origin, text };
        let mut summary = FileSummary {
            types: raw.event.len(),
            ..FileSummary::default()
        };
        for t in &raw.trigger {
            let id = t.id.get_ref().trim().to_string();
            if trigger_index.contains_key(&id) {
                return Err(cx.err(t.id.span(), format!("trigger id {id:?} is used twice")));
            }
            let event = *type_index.get(t.event.get_ref().trim()).ok_or_else(|| {
                cx.err(
                    t.event.span(),
                    format!(
                        "unknown event type {:?} (declare it in an [[event]] table)",
                        t.event.get_ref()
                    ),
                )
            })?;
            let pos = match t.pos.as_ref().map(|p| p.get_ref().as_str()) {
                None | Some("fixed") => Pos::Fixed,
                Some("verb") => Pos::Verb,
                Some("noun") => Pos::Noun,
                Some(other) => {
                    return Err(cx.err(
                        t.pos.as_ref().map(|p| p.span()).unwrap_or(0..0),
                        format!("unknown pos {other:?} (expected verb, noun or fixed)"),
                    ))
                }
            };
            let mut forms: Vec<Phrase> = Vec::new();
            for l in &t.lemmas {
                let f = inflect(l.get_ref(), pos);
                if f.is_empty() {
                    return Err(cx.err(l.span(), "empty lemma"));
                }
                forms.extend(f);
            }
            for f in &t.forms {
                let p = phrase(f.get_ref());
                if p.is_empty() {
                    return Err(cx.err(f.span(), "empty form"));
                }
                forms.push(p);
            }
            if forms.is_empty() {
                return Err(cx.err(
                    t.id.span(),
                    format!("trigger {id:?} has no lemmas or forms"),
                ));
            }
            let except: Vec<Phrase> = t.except.iter().map(|e| phrase(e)).collect();
            let mut seen = HashSet::new();
            forms.retain(|f| !except.contains(f) && seen.insert(f.clone()));
            summary.triggers += 1;
            summary.forms += forms.len();
            trigger_index.insert(id.clone(), set.triggers.len());
            set.triggers.push(Trigger {
                id,
                event,
                pos,
                forms,
                not_next: t.not_next.iter().map(|s| phrase(s)).collect(),
                not_prev: t.not_prev.iter().map(|s| phrase(s)).collect(),
                not_in_name: t.not_in_name,
            });
        }
        summaries.push(summary);
    }
    // Pass 3: rules, status cues, speech.
    let mut rule_ids = HashSet::new();
    for (((origin, text), raw), summary) in sources.iter().zip(&raws).zip(&mut summaries) {
        let cx = Ctx { origin, text };
        for r in &raw.rule {
            let id = r.id.get_ref().trim().to_string();
            if id.is_empty() {
                return Err(cx.err(r.id.span(), "rule id is empty"));
            }
            if !rule_ids.insert(id.clone()) {
                return Err(cx.err(r.id.span(), format!("rule id {id:?} is used twice")));
            }
            let event = *type_index.get(r.event.get_ref().trim()).ok_or_else(|| {
                cx.err(
                    r.event.span(),
                    format!("unknown event type {:?}", r.event.get_ref()),
                )
            })?;
            let roles = set.types[event].roles.clone();
            let mut triggers = Vec::new();
            for t in &r.triggers {
                let ti = *trigger_index.get(t.get_ref().trim()).ok_or_else(|| {
                    cx.err(t.span(), format!("unknown trigger {:?}", t.get_ref()))
                })?;
                triggers.push(ti);
            }
            if triggers.is_empty() {
                return Err(cx.err(r.id.span(), format!("rule {id:?} lists no triggers")));
            }
            let conf = *r.confidence.get_ref();
            if !(0.0..=1.0).contains(&conf) {
                return Err(cx.err(
                    r.confidence.span(),
                    format!("confidence {conf} is outside 0..1"),
                ));
            }
            let mut slots = Vec::new();
            for s in &r.slots {
                let slot = parse_slot(s.get_ref(), &roles).map_err(|m| cx.err(s.span(), m))?;
                slots.push(slot);
            }
            let check_roles = |list: &[Spanned<String>]| -> Result<Vec<String>> {
                list.iter()
                    .map(|x| {
                        // "donor|recipient": one of these roles
                        let entry = x.get_ref().trim().to_string();
                        for role in entry.split('|').map(str::trim) {
                            if !roles.iter().any(|r| r == role) {
                                return Err(cx.err(
                                    x.span(),
                                    format!("unknown role {role:?} (roles: {})", roles.join(", ")),
                                ));
                            }
                        }
                        Ok(entry.replace(' ', ""))
                    })
                    .collect()
            };
            let passive = match &r.voice {
                None => None,
                Some(v) => match v.get_ref().as_str() {
                    "active" => Some(false),
                    "passive" => Some(true),
                    other => {
                        return Err(cx.err(
                            v.span(),
                            format!("unknown voice {other:?} (expected active or passive)"),
                        ))
                    }
                },
            };
            let default_status = match &r.status {
                None => crate::model::EventStatus::Happened,
                Some(v) => match v.get_ref().as_str() {
                    "happened" => crate::model::EventStatus::Happened,
                    "planned" => crate::model::EventStatus::Planned,
                    "reported" => crate::model::EventStatus::Reported,
                    "negated" => crate::model::EventStatus::Negated,
                    other => {
                        return Err(cx.err(
                            v.span(),
                            format!(
                                "unknown status {other:?} (expected happened, planned, reported or negated)"
                            ),
                        ))
                    }
                },
            };
            // An event type with a `date` role is dated from its sentence
            // unless the rule says otherwise.
            if roles.iter().any(|x| x == "date") && !slots.iter().any(|x| x.role == "date") {
                slots.push(Slot {
                    role: "date".into(),
                    position: Position::Sentence,
                    filler: Filler::Date,
                    repeat: false,
                    source: "date = sentence : date (default)".into(),
                });
            }
            let require = check_roles(&r.require)?;
            let require_any = check_roles(&r.require_any)?;
            let require_two = check_roles(&r.require_two)?;
            summary.rules += 1;
            set.rules.push(Rule {
                id,
                event,
                triggers,
                confidence: conf as f32,
                slots,
                require,
                require_any,
                require_two,
                attach: r.attach,
                follows: r.follows || r.follows_within.is_some(),
                follows_within: r.follows_within.unwrap_or(2),
                alone: r.alone,
                prev: r.prev.iter().map(|s| phrase(s)).collect(),
                not_prev: r.not_prev.iter().map(|s| phrase(s)).collect(),
                not_near: r.not_near.iter().map(|s| phrase(s)).collect(),
                near: r.near.iter().map(|s| phrase(s)).collect(),
                near_clause: r.near_clause,
                object_before: r.object_before.iter().map(|s| phrase(s)).collect(),
                passive,
                default_status,
                own_status: r.status.is_some(),
                origin: origin.clone(),
            });
        }
        if let Some(st) = &raw.status {
            set.status
                .planned
                .extend(st.planned.iter().map(|s| phrase(s)));
            set.status
                .negated
                .extend(st.negated.iter().map(|s| phrase(s)));
            set.status
                .reported
                .extend(st.reported.iter().map(|s| phrase(s)));
            set.status
                .negated_after
                .extend(st.negated_after.iter().map(|s| phrase(s)));
            set.status
                .planned_after
                .extend(st.planned_after.iter().map(|s| phrase(s)));
        }
        if let Some(sp) = &raw.speech {
            let ev = sp.event.get_ref().trim();
            let ti = *type_index.get(ev).ok_or_else(|| {
                cx.err(
                    sp.event.span(),
                    format!("unknown event type {ev:?} for speech"),
                )
            })?;
            for needed in ["speaker", "content"] {
                if !set.types[ti].roles.iter().any(|r| r == needed) {
                    return Err(cx.err(
                        sp.event.span(),
                        format!("speech event type {ev:?} needs a role {needed:?}"),
                    ));
                }
            }
            for c in [&sp.direct_confidence, &sp.indirect_confidence] {
                if !(0.0..=1.0).contains(c.get_ref()) {
                    return Err(cx.err(c.span(), "confidence is outside 0..1"));
                }
            }
            let mut forms: Vec<String> = Vec::new();
            for l in &sp.lemmas {
                forms.extend(verb_forms(l));
            }
            forms.extend(sp.forms.iter().map(|f| f.to_lowercase()));
            let speech = set.speech.get_or_insert_with(|| Speech {
                event: ev.to_string(),
                forms: Vec::new(),
                sources: Vec::new(),
                direct_rule: sp.direct_rule.clone(),
                indirect_rule: sp.indirect_rule.clone(),
                direct_confidence: *sp.direct_confidence.get_ref() as f32,
                indirect_confidence: *sp.indirect_confidence.get_ref() as f32,
            });
            speech.forms.extend(forms);
            speech.sources.extend(
                sp.sources
                    .iter()
                    .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                    .filter(|p: &Phrase| !p.is_empty()),
            );
            speech.forms.sort();
            speech.forms.dedup();
        }
    }
    Ok((set, summaries))
}

/// Role names of every type, for traces and docs.
pub fn roles_by_type(set: &RuleSet) -> BTreeMap<String, Vec<String>> {
    set.types
        .iter()
        .map(|t| (t.name.clone(), t.roles.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        assert_eq!(
            verb_forms("donate"),
            vec!["donate", "donates", "donated", "donating"]
        );
        assert_eq!(
            verb_forms("visit"),
            vec!["visit", "visits", "visited", "visiting"]
        );
        assert_eq!(verb_forms("pledge")[2], "pledged");
        assert_eq!(verb_forms("supply")[1], "supplies");
        assert_eq!(noun_forms("donation"), vec!["donation", "donations"]);
        assert_eq!(
            inflect("hand over", Pos::Verb)[2],
            vec!["handed".to_string(), "over".to_string()]
        );
    }

    #[test]
    fn slot_syntax() {
        let roles = vec!["donor".to_string(), "recipient".to_string()];
        let s = parse_slot(
            "recipient = prep(to|for) : entity(organization|country)+",
            &roles,
        )
        .unwrap();
        assert!(s.repeat);
        assert_eq!(
            s.position,
            Position::Prep(vec![vec!["to".into()], vec!["for".into()]])
        );
        assert!(parse_slot("giver = subject : entity", &roles)
            .unwrap_err()
            .contains("unknown role"));
        assert!(parse_slot("donor = subject : entity(planet)", &roles)
            .unwrap_err()
            .contains("unknown entity type"));
        assert!(parse_slot("donor = leftish : entity", &roles)
            .unwrap_err()
            .contains("unknown position"));
        assert!(parse_slot("donor subject entity", &roles).is_err());
    }
}
