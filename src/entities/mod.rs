//! Entity recognition: gazetteer matches, pattern rules for names no list
//! has, context disambiguation, within-article resolution and relations.
//!
//! Contract: [`EntityRecognizer::annotate`] reads `doc.text` and
//! `doc.sentences` and sets `doc.entities` (each entity once, with all its
//! mentions in text order; entities ordered by first mention) and
//! `doc.relations`.
//!
//! Steps per document (see `docs/entities.md`):
//! 1. gazetteer matches, each judged in context (case, sentence start,
//!    pronoun aliases, ambiguous aliases such as "Georgia"); demonyms
//!    ("Chinese") are kept as country cues, not as mentions;
//! 2. pattern rules (one `RegexSet` pass) and a given-name scan;
//! 3. overlaps resolved by priority, then length;
//! 4. mentions grouped into entities, short forms (surnames, acronyms,
//!    shortened institution names) attached to the full entity;
//! 5. relations (affiliation, located_in) and each entity's country.

pub mod dateline;
mod rules;
pub mod text;

pub use rules::{ContextCue, PatternMatch, PatternRule, RuleSet, Words};

use crate::gazetteer::{AliasForm, Gazetteer, GazetteerEntry, GazetteerMatch};
use crate::model::{Document, Entity, EntitySource, EntityType, Mention, Relation, Span};
use anyhow::Result;
use std::collections::BTreeMap;
use std::sync::Arc;
use text::{
    after_possessive, contains_lower, is_all_caps, is_capitalised, lowercase, normalise_name,
    one_space_between, shape_bit, shape_of, tokenize, unaccented_into, with_lower, FastMap,
    FastSet, Initials, Token,
};

/// The bundled entity pattern rules.
pub const BUNDLED_ENTITY_RULES: &str = include_str!("../../rules/entities.toml");

/// Capitalised words for a feature of the land or the coast that end
/// places' names and no person's ("Sandy Point", "Rose Bay", "Hope
/// Springs"); not "Hill", "Lake" or "Rivers", which are surnames too.
const PLACE_FEATURE_WORDS: &[&str] = &[
    "Point",
    "Bay",
    "Harbour",
    "Harbor",
    "Island",
    "Islands",
    "Creek",
    "Springs",
    "Falls",
    "Heights",
    "Cove",
    "Junction",
    "Narrows",
    "Lookout",
    "Peninsula",
    "Strait",
];

/// Priority of names found by the given-name scan ("Michael Jordan"): above
/// gazetteer places, so a surname that is also a country stays a surname.
const GIVEN_NAME_PRIORITY: i32 = 58;
/// A given-name scan cut by its length limit: below the title and role
/// patterns (52 and up), above the gazetteer.
const CUT_NAME_PRIORITY: i32 = 51;
/// A given-name scan that starts inside a run of capitalised words: below
/// the title and apposition patterns (54 and up), which read the run from
/// its start, but above a recurring run (52), which may take in a word
/// before the name ("Exchequer Nigel Lawson").
const OPEN_NAME_PRIORITY: i32 = 53;

/// Towns at least this large are read as places without further cues.
const LARGE_TOWN: u64 = 300_000;

/// Priority of the place of a dateline ("ATLANTA, Ga. --"): above the
/// gazetteer, which reads names in capitals only as acronyms.
const DATELINE_PRIORITY: i32 = 55;

/// Priority of a news agency named in a dateline ("(Han River News) --"):
/// that of institutions found by a head word, which a part of the name
/// ("Han River") must not win over.
const DATELINE_AGENCY_PRIORITY: i32 = 60;

/// Priority of a town no list knows before a state's abbreviation
/// ("Norcross, Ga."): below every other reading of the words.
const REGION_TOWN_PRIORITY: i32 = 30;

/// Priority of names whose last word recurs alone ("Valeska Paris … Paris").
const RECURRING_NAME_PRIORITY: i32 = 52;

/// Words stripped from the start of any name a pattern found ("The", "In", …).
const LEADING_NOISE: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "with",
    // Prepositions that open a sentence before a name ("Inside Hospital
    // Amazonico, …"); not "under" or "over", which start company names.
    "inside",
    "outside",
    "near",
    "across",
    "within",
    "throughout",
    "among",
    "amid",
    "behind",
    "beyond",
    "despite",
    "toward",
    "towards",
    "around",
    "as",
    "and",
    "but",
    "or",
    "after",
    "before",
    "during",
    "since",
    "when",
    "while",
    "whereas",
    "besides",
    "neither",
    "either",
    "unlike",
    "if",
    "according",
    "however",
    "meanwhile",
    "this",
    "that",
    "these",
    "those",
    // Possessive determiners ("Its League of Friends"); not "her", which
    // opens "Her Majesty's …".
    "its",
    "his",
    "their",
    "our",
    "your",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "other",
    "also",
    "then",
    "here",
    "there",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "last",
    "next",
    "via",
    "under",
    "over",
    "against",
    "about",
    "between",
    "among",
    "through",
    "into",
    "like",
    "unlike",
    "despite",
    "although",
    "because",
    "home",
    "updated",
    "update",
    "later",
    "earlier",
    "still",
    "instead",
    "separately",
    "previously",
    "recently",
    "finally",
    "additionally",
    "furthermore",
    "moreover",
    "indeed",
    "nevertheless",
    "nonetheless",
    "thus",
    "hence",
    "so",
    "yet",
    "perhaps",
    "maybe",
    "eventually",
    "currently",
    "initially",
    "originally",
    "subsequently",
    "afterwards",
    "together",
    "only",
    "even",
    "just",
    "not",
    "what",
    "why",
    "how",
    "where",
    "who",
    "which",
    "whether",
    "once",
    "twice",
    "dear",
    "thanks",
];

/// The sports words of the rules and the test whether a text counts as a
/// sports report.
struct SportsWords {
    /// All words, ASCII-case-insensitively, leftmost-longest: the test.
    ac: aho_corasick::AhoCorasick,
    /// The words lowercased, by automaton pattern index.
    lower: Vec<Vec<u8>>,
    /// Word indices by the lowercased first run of ASCII letters and digits
    /// of the word, grouped by the run's first byte. None when some word
    /// does not start with such a byte (the bound below then does not hold).
    by_first_run: Option<Vec<Vec<FirstRun>>>,
    /// By lowercase first byte, bit `len` set when a first run of `len` bytes
    /// (all bits for 64 and more) starts with it.
    run_lengths: Vec<u64>,
    /// The shapes ([`shape_bit`]) of the first runs in any case of their
    /// first and last letters: a token of letters and digits alone is one
    /// run, and its shape rules most out without reading it.
    run_shapes: ShapeFilter,
}

/// A lowercased first run of sports words and the indices of those words.
type FirstRun = (Vec<u8>, Vec<usize>);

impl SportsWords {
    fn new(words: &FastSet<String>) -> Result<Self> {
        let words: Vec<&String> = words.iter().collect();
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&words)?;
        let lower: Vec<Vec<u8>> = words
            .iter()
            .map(|w| w.as_bytes().to_ascii_lowercase())
            .collect();
        let mut by_first_run = Some(vec![Vec::new(); 256]);
        let mut run_lengths = vec![0u64; 256];
        for (i, w) in lower.iter().enumerate() {
            let run = w.len() - w.iter().skip_while(|b| b.is_ascii_alphanumeric()).count();
            let Some(buckets) = by_first_run.as_mut().filter(|_| run > 0) else {
                by_first_run = None;
                break;
            };
            run_lengths[w[0] as usize] |= if run < 64 { 1 << run } else { u64::MAX };
            let bucket: &mut Vec<FirstRun> = &mut buckets[w[0] as usize];
            match bucket.iter_mut().find(|(r, _)| r[..] == w[..run]) {
                Some((_, ids)) => ids.push(i),
                None => bucket.push((w[..run].to_vec(), vec![i])),
            }
        }
        let mut run_shapes = ShapeFilter::default();
        for (run, _) in by_first_run.iter().flatten().flatten() {
            let mut variant = run.clone();
            let last = variant.len() - 1;
            for first in [run[0], run[0].to_ascii_uppercase()] {
                for end in [run[last], run[last].to_ascii_uppercase()] {
                    // (In a one-byte run the first byte is the last: both
                    // of its cases come from the outer loop.)
                    variant[last] = end;
                    variant[0] = first;
                    let i = shape_bit(&variant) as usize;
                    run_shapes.0[i >> 6] |= 1 << (i & 63);
                }
            }
        }
        Ok(SportsWords {
            ac,
            lower,
            by_first_run,
            run_lengths,
            run_shapes,
        })
    }

    /// Whether at least `min_cues` distinct words occur, each between word
    /// boundaries, in the automaton's leftmost-longest matches. `tokens`
    /// are the text's ([`tokenize`]).
    fn is_report(&self, text: &str, tokens: &[Token], min_cues: usize) -> bool {
        // Most texts hold few sports words: a cheap count over the words of
        // the text that rules them out first (the automaton costs ~9
        // instructions a byte).
        !self.fewer_than_in_tokens(text.as_bytes(), tokens, min_cues)
            && self.automaton_finds(text, min_cues)
    }

    /// The automaton's own answer to [`Self::is_report`], without the bound.
    fn automaton_finds(&self, text: &str, min_cues: usize) -> bool {
        let bytes = text.as_bytes();
        let mut seen = vec![false; self.lower.len()];
        let mut distinct = 0;
        for m in self.ac.find_iter(text) {
            let before_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            let after_ok = m.end() == bytes.len() || !bytes[m.end()].is_ascii_alphanumeric();
            let i = m.pattern().as_usize();
            if before_ok && after_ok && !seen[i] {
                seen[i] = true;
                distinct += 1;
                if distinct >= min_cues {
                    return true;
                }
            }
        }
        false
    }

    /// Whether fewer than `min` distinct words occur anywhere between word
    /// boundaries. Every match [`SportsWords::is_report`] counts is such an
    /// occurrence, so then it would count fewer than `min` too. An
    /// occurrence starts a maximal run of ASCII letters and digits, and
    /// that run is the word's own first run: the next byte of the word is
    /// no letter or digit (matched exactly), or the word ends at a boundary.
    #[cfg(test)]
    fn fewer_than(&self, bytes: &[u8], min: usize) -> bool {
        let Some(buckets) = &self.by_first_run else {
            return false;
        };
        let mut count = Distinct::new(self.lower.len(), min);
        !self.runs_reach(bytes, 0, bytes.len(), buckets, &mut count) && count.distinct < min
    }

    /// [`Self::fewer_than`] from the text's tokens, without a pass over
    /// every byte. Every ASCII letter or digit lies in a token or in the
    /// possessive ("'s") cut from one, and a token's start follows no
    /// letter or digit. A token of ASCII letters and digits alone
    /// ([`Token::plain`], never cut) is one whole run; the runs of any other
    /// token and of what was cut from it lie between its start and the next
    /// token's, where they are found byte by byte as before.
    fn fewer_than_in_tokens(&self, bytes: &[u8], tokens: &[Token], min: usize) -> bool {
        let Some(buckets) = &self.by_first_run else {
            return false;
        };
        let mut count = Distinct::new(self.lower.len(), min);
        for (k, t) in tokens.iter().enumerate() {
            let reached = if t.plain {
                self.run_shapes.may_contain_token(t.shape)
                    && self.run_reaches(bytes, t.span.start, t.span.end, buckets, &mut count)
            } else {
                let to = tokens.get(k + 1).map_or(bytes.len(), |n| n.span.start);
                self.runs_reach(bytes, t.span.start, to, buckets, &mut count)
            };
            if reached {
                return false;
            }
        }
        count.distinct < min
    }

    /// Whether the runs of ASCII letters and digits in `bytes[from..to]`
    /// (`from` follows no letter or digit) bring `count` to its minimum.
    fn runs_reach(
        &self,
        bytes: &[u8],
        from: usize,
        to: usize,
        buckets: &[Vec<FirstRun>],
        count: &mut Distinct,
    ) -> bool {
        let mut i = from;
        while i < to {
            if !rules::ASCII_ALNUM[bytes[i] as usize] {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while i < to && rules::ASCII_ALNUM[bytes[i] as usize] {
                i += 1;
            }
            if self.run_reaches(bytes, start, i, buckets, count) {
                return true;
            }
        }
        false
    }

    /// Whether the words whose first run is the maximal run
    /// `bytes[start..end]` and that occur there bring `count` to its minimum.
    #[inline]
    fn run_reaches(
        &self,
        bytes: &[u8],
        start: usize,
        end: usize,
        buckets: &[Vec<FirstRun>],
        count: &mut Distinct,
    ) -> bool {
        let n = bytes.len();
        let run = &bytes[start..end];
        let first = run[0].to_ascii_lowercase() as usize;
        // Most runs fail on their length alone.
        if run.len() < 64 && self.run_lengths[first] & (1 << run.len()) == 0 {
            return false;
        }
        for (first_run, ids) in &buckets[first] {
            if !first_run.eq_ignore_ascii_case(run) {
                continue;
            }
            for &id in ids {
                let word = &self.lower[id];
                let end = start + word.len();
                let found = end <= n
                    && bytes[start..end].eq_ignore_ascii_case(word)
                    && (end == n || !bytes[end].is_ascii_alphanumeric());
                if found && count.add(id) {
                    return true;
                }
            }
        }
        false
    }
}

/// Distinct sports words seen, up to a minimum.
struct Distinct {
    seen: Vec<bool>,
    distinct: usize,
    min: usize,
}

impl Distinct {
    fn new(words: usize, min: usize) -> Self {
        Distinct {
            seen: vec![false; words],
            distinct: 0,
            min,
        }
    }

    /// Counts word `id` once; whether the minimum is now reached.
    fn add(&mut self, id: usize) -> bool {
        if !self.seen[id] {
            self.seen[id] = true;
            self.distinct += 1;
        }
        self.distinct >= self.min
    }
}

pub struct EntityRecognizer {
    gazetteer: Arc<Gazetteer>,
    rules: RuleSet,
    /// The `region_abbreviation` list: "Ga." → the gazetteer's US state
    /// Georgia ([`EntityRecognizer::region_abbreviations_in`]).
    region_abbreviations: FastMap<String, usize>,
    /// Given names from the rules plus first names of gazetteer people.
    given_names: FastSet<String>,
    /// The sports words, ASCII-case-insensitively.
    sports: Option<SportsWords>,
    /// "its " and "Its " ([`its_cues`]): one vectorised pass over the text
    /// finds both, where two substring searches cost more than the rest of
    /// the relation step.
    its_finder: regex::Regex,
    /// Shape filters of fixed lists asked of every token: the
    /// `surname_first` words, the first words of place heads and the name
    /// particles (asked of most words after a capitalised one). Built once
    /// here rather than per document (hundreds of words each).
    surname_first_shapes: ShapeFilter,
    place_head_first_shapes: ShapeFilter,
    name_particle_shapes: ShapeFilter,
    /// The shapes of the locative words ([`EntityRecognizer::locative_before`]).
    locative_shapes: ShapeFilter,
    /// Role words and phrases, lowercase: the `title`, `role_noun` and
    /// `role_before_name` lists ("foreign minister", "chief executive").
    role_words: FastSet<String>,
    /// Roles held for a country (the `state_role` list, lowercase): "Chilean negotiator" is an affiliation, "Pakistani
    /// businessman" a nationality.
    state_roles: FastSet<String>,
    /// Titles of a state's offices (the `national_title` list, lowercase):
    /// written with no owner ("Foreign Minister X said"), the country is the
    /// one the sentence or the dateline names.
    national_titles: FastSet<String>,
    /// Titles of a state's head offices (the `head_of_state_title` list):
    /// the same, with no portfolio before them ("Prime Minister", "Deputy
    /// Prime Minister"; not "Bank President").
    head_of_state_titles: FastSet<String>,
    /// Words that may precede a role (the `role_modifier` list: "deputy",
    /// "acting").
    role_modifiers: FastSet<String>,
    /// Lowercase particles inside names ("de", "von"): the `name_particle` list.
    name_particles: FastSet<String>,
    /// The `common`, `pronoun`, `not_name` and `org_head` words in one set:
    /// [`EntityRecognizer::is_never_a_name_part`], asked of most capitalised
    /// words, then hashes a word once rather than once per list.
    never_name_lower: FastSet<String>,
    /// [`EntityRecognizer::never_name_lower`] and the [`LEADING_NOISE`]
    /// words: the recurring-name scan asks both of each word in a run.
    name_breakers_lower: FastSet<String>,
    /// The shapes a capitalised word has when it breaks a run of name words
    /// ([`EntityRecognizer::may_break_name`]): the `not_name` words as
    /// written and the [`EntityRecognizer::name_breakers_lower`] words with
    /// a capital.
    name_breaker_shapes: ShapeFilter,
    /// The word lists' flags by lowercase word.
    word_flags: WordFlags,
    /// The `place_head` heads that follow any name, start with a lowercase
    /// ASCII letter and are no `place_unit`, by that letter (`a` is 0), in
    /// list order: [`EntityRecognizer::lowercase_place_head_after`].
    lowercase_place_heads: [Vec<String>; 26],
    /// Whether every `surname_first` and `surname_first_hyphenated` word
    /// starts with a capital: then only capitalised tokens (`Token::cap`)
    /// can be one.
    surnames_capitalised: bool,
}

/// A name found by the gazetteer, a pattern or the given-name scan, before
/// overlaps are resolved.
#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    kind: EntityType,
    entry: Option<usize>,
    priority: i32,
    /// A name and country set by a reading rule (a country's national team).
    team_of: Option<(String, String)>,
}

/// A relation a pattern saw, to be tied to entities once they exist.
#[derive(Clone, Debug)]
struct RelationHint {
    kind: String,
    subject: Span,
    object: Span,
    role: Option<String>,
}

/// A place the gazetteer saw (country or location), kept for country cues
/// even where a longer name covers it ("Xi'an" inside an institution's name).
#[derive(Clone, Debug)]
struct PlaceCue<'g> {
    span: Span,
    /// Borrowed from the gazetteer entry.
    country: &'g str,
    /// A demonym or adjective ("Chinese") rather than a name.
    adjective: bool,
    /// A country's demonym on its own ("Chinese", not "Chinese-made").
    country_demonym: bool,
}

/// What the two scans of a text found: gazetteer names and pattern-rule matches.
struct Scanned {
    gazetteer: Vec<GazetteerMatch>,
    patterns: Vec<PatternMatch>,
    /// The text with wrapped lines joined, which the patterns ran on, when
    /// it differs from the text (most articles have no wrapped lines).
    joined: Option<String>,
    /// [`text::line_breaks`] of the text.
    breaks: Vec<usize>,
}

/// An entity while it is being built.
#[derive(Clone, Debug)]
struct Building {
    kind: EntityType,
    name: String,
    entry: Option<usize>,
    mentions: Vec<Span>,
    attributes: BTreeMap<String, String>,
    /// Extra short forms defined in the text ("(WHO)").
    acronyms: Vec<String>,
}

impl EntityRecognizer {
    /// `rule_sources` are `(origin, toml text)` pairs of entity pattern files.
    pub fn new(gazetteer: Arc<Gazetteer>, rule_sources: &[(String, String)]) -> Result<Self> {
        let rules = RuleSet::from_sources(rule_sources)?;
        let mut given_names: FastSet<String> = rules.words.given_names.clone();
        for i in 0..gazetteer.len() {
            let e = gazetteer.entry(i);
            if e.kind == EntityType::Person {
                let words: Vec<&str> = e.name.split_whitespace().collect();
                if words.len() >= 2 {
                    let first = words[0];
                    let lower = first.to_lowercase();
                    if first.chars().count() >= 3
                        && first.chars().all(|c| c.is_alphabetic())
                        && is_capitalised(first)
                        && !is_all_caps(first)
                        && !rules.words.common.contains(&lower)
                        && !rules.words.not_name.contains(&lower)
                        // "Datuk Seri Abdullah …", "Tun Hussein …", "King
                        // Abdullah …": a style the title list names starts
                        // the gazetteer's name, not the person's.
                        && !rules.titles.contains(&lower)
                        && !rules.words.surname_first.contains(first)
                        // "Moon" of "Moon Jae-in" is a surname.
                        && !(rules.words.surname_first_hyphenated.contains(first)
                            && is_hyphenated_given_name(words[1]))
                    {
                        given_names.insert(first.to_string());
                    }
                }
            }
        }
        let sports = if rules.words.sports.is_empty() {
            None
        } else {
            Some(SportsWords::new(&rules.words.sports)?)
        };
        let mut role_words = rules.titles.clone();
        let mut state_roles: FastSet<String> = FastSet::default();
        let mut national_titles: FastSet<String> = FastSet::default();
        let mut head_of_state_titles: FastSet<String> = FastSet::default();
        let mut role_modifiers: FastSet<String> = FastSet::default();
        let mut name_particles: FastSet<String> = FastSet::default();
        for (_, source) in rule_sources {
            let Ok(table) = source.parse::<toml::Table>() else {
                continue;
            };
            let lists = table.get("lists").and_then(|l| l.as_table());
            for list in [
                "role_noun",
                "role_before_name",
                "state_role",
                "national_title",
                "head_of_state_title",
                "role_modifier",
                "name_particle",
            ] {
                let items = lists.and_then(|l| l.get(list)).and_then(|v| v.as_array());
                for item in items.into_iter().flatten() {
                    let Some(w) = item.as_str() else { continue };
                    match list {
                        "name_particle" => {
                            name_particles.insert(w.to_string());
                        }
                        "state_role" => {
                            state_roles.insert(w.to_lowercase());
                            role_words.insert(w.to_lowercase());
                        }
                        "national_title" => {
                            national_titles.insert(w.to_lowercase());
                        }
                        "head_of_state_title" => {
                            head_of_state_titles.insert(w.to_lowercase());
                        }
                        "role_modifier" => {
                            role_modifiers.insert(w.to_lowercase());
                        }
                        _ => {
                            role_words.insert(w.to_lowercase());
                        }
                    }
                }
            }
        }
        let region_abbreviations = region_abbreviations(&gazetteer, rule_sources);
        let words = &rules.words;
        let never_name_lower: FastSet<String> = [
            &words.common,
            &words.not_name,
            &words.org_heads,
            &words.pronouns,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
        let name_breakers_lower: FastSet<String> = never_name_lower
            .iter()
            .cloned()
            .chain(LEADING_NOISE.iter().map(|w| w.to_string()))
            .collect();
        // (A literal alternation: the regex crate searches it with a SIMD
        // multi-substring searcher.)
        let its_finder = regex::Regex::new("its |Its ")?;
        let mut surname_first_shapes = ShapeFilter::default();
        for w in words
            .surname_first
            .iter()
            .chain(&words.surname_first_hyphenated)
        {
            surname_first_shapes.insert(w);
        }
        let mut place_head_first_shapes = ShapeFilter::default();
        for w in &rules.place_head_first_words {
            place_head_first_shapes.insert(w);
        }
        let mut name_particle_shapes = ShapeFilter::default();
        for w in &name_particles {
            name_particle_shapes.insert(w);
        }
        let mut locative_shapes = ShapeFilter::default();
        for w in &words.locative {
            locative_shapes.insert(w);
        }
        let mut name_breaker_shapes = ShapeFilter::default();
        for w in &words.not_name {
            name_breaker_shapes.insert(w);
        }
        for w in &name_breakers_lower {
            name_breaker_shapes.insert_capitalised(w);
        }
        let word_flags = WordFlags::new(&rules);
        let mut lowercase_place_heads: [Vec<String>; 26] = Default::default();
        for (h, after_any) in &rules.place_heads {
            if let Some(&first) = h.as_bytes().first() {
                if *after_any && first.is_ascii_lowercase() && !rules.place_units.contains(h) {
                    lowercase_place_heads[usize::from(first - b'a')].push(h.clone());
                }
            }
        }
        let surnames_capitalised = words
            .surname_first
            .iter()
            .chain(&words.surname_first_hyphenated)
            .all(|w| is_capitalised(w));
        Ok(EntityRecognizer {
            region_abbreviations,
            surnames_capitalised,
            lowercase_place_heads,
            word_flags,
            its_finder,
            surname_first_shapes,
            place_head_first_shapes,
            name_particle_shapes,
            locative_shapes,
            never_name_lower,
            name_breakers_lower,
            name_breaker_shapes,
            gazetteer,
            rules,
            given_names,
            sports,
            role_words,
            state_roles,
            national_titles,
            head_of_state_titles,
            role_modifiers,
            name_particles,
        })
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The compiled rules (patterns, word lists, context cues).
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    pub fn annotate(&self, doc: &mut Document) {
        let found = self.scan(&doc.text);
        self.annotate_found(doc, found);
    }

    /// [`EntityRecognizer::annotate`] on each of `docs`, with the two scans
    /// over the text (gazetteer names, pattern rules) done for all of them
    /// first: each reads its own megabytes of tables (the name trie, the
    /// anchor automaton, the rules' DFAs), which then stay in cache.
    pub fn annotate_chunk(&self, docs: &mut [&mut Document]) {
        // One scan at a time over all the texts: the trie and the rules'
        // tables do not both stay in cache.
        let names: Vec<Vec<GazetteerMatch>> =
            docs.iter().map(|d| self.gazetteer.find(&d.text)).collect();
        let found: Vec<Scanned> = docs
            .iter()
            .zip(names)
            .map(|(d, gazetteer)| self.scan_patterns(&d.text, gazetteer))
            .collect();
        for (doc, found) in docs.iter_mut().zip(found) {
            self.annotate_found(doc, found);
        }
    }

    /// The gazetteer's and the pattern rules' matches in `text`.
    fn scan(&self, text: &str) -> Scanned {
        self.scan_patterns(text, self.gazetteer.find(text))
    }

    /// [`EntityRecognizer::scan`] with the gazetteer's matches already found.
    fn scan_patterns(&self, text: &str, gazetteer: Vec<GazetteerMatch>) -> Scanned {
        // Wire copy wraps lines inside sentences ("Xi'an Jiaotong\nUniversity");
        // patterns separate words by spaces, so they run on a copy where a
        // single line break is a space (same length: offsets hold).
        let breaks = text::line_breaks(text);
        let joined = text::join_wrapped_lines_at(text, &breaks);
        let patterns = self.rules.find(&joined);
        Scanned {
            gazetteer,
            patterns,
            joined: match joined {
                std::borrow::Cow::Owned(s) => Some(s),
                std::borrow::Cow::Borrowed(_) => None,
            },
            breaks,
        }
    }

    fn annotate_found(&self, doc: &mut Document, found: Scanned) {
        let text = doc.text.as_str();
        let tokens = tokenize(text);
        let initial = Initials::new(doc, &tokens);
        // The capitalised tokens' indices: the name scans start names only
        // there and skip the rest (most words) by walking this list.
        let caps: Vec<u32> = (0u32..)
            .zip(&tokens)
            .filter(|(_, t)| t.cap)
            .map(|(k, _)| k)
            .collect();

        // 1. Gazetteer matches, judged in context.
        // (Sized for the matches of both scans and a few names more: grown
        // by doubling, the vectors are copied at every step.)
        let found_count = found.gazetteer.len() + found.patterns.len();
        let mut candidates: Vec<Candidate> = Vec::with_capacity(found_count + 16);
        let mut places: Vec<PlaceCue> = Vec::with_capacity(found.gazetteer.len());
        let abbreviations = self.gazetteer_candidates(
            doc,
            &tokens,
            &initial,
            &found.gazetteer,
            &mut candidates,
            &mut places,
        );
        self.add_legal_forms(text, &mut candidates);

        // 2. Pattern rules and the given-name scan.
        let mut hints: Vec<RelationHint> = Vec::new();
        self.dateline_candidates(text, &found.breaks, &mut candidates, &mut hints);
        self.region_abbreviation_candidates(text, &abbreviations, &mut candidates, &mut hints);
        let mut from_patterns: Vec<Candidate> = Vec::with_capacity(found.patterns.len());
        self.pattern_candidates(
            text,
            &found,
            &candidates,
            &places,
            &mut from_patterns,
            &mut hints,
        );
        self.split_joined_names(text, &candidates, &mut from_patterns);
        candidates.extend(from_patterns);
        self.place_head_candidates(text, &tokens, &mut candidates, &places);
        self.place_particle_candidates(text, &mut candidates);
        self.given_name_candidates(text, &tokens, &initial, &caps, &mut candidates);
        self.chinese_name_candidates(text, &tokens, &initial, &caps, &mut candidates);
        self.recurring_name_candidates(text, &tokens, &caps, &mut candidates);
        self.age_apposition_candidates(text, &tokens, &mut candidates);
        self.keep_within_sentences(doc, &mut candidates);
        // "Syrian", "Chinese" alone are demonyms, not people's names, nor
        // unknown places ("in French francs").
        let demonyms: FastSet<Span> =
            sized_set(places.iter().filter(|p| p.adjective).map(|p| p.span));
        if !demonyms.is_empty() {
            candidates.retain(|c| {
                !(matches!(
                    c.kind,
                    EntityType::Person | EntityType::Location | EntityType::Organization
                ) && c.entry.is_none()
                    && demonyms.contains(&c.span))
            });
        }

        self.drop_short_forms_taken_for_places(text, &mut candidates);
        drop_people_named_as_institutions(text, &mut candidates);
        // "Sandy Point", "Rose Bay": a given name before a word for a
        // feature of the land or the coast names a place, not a person; so
        // does a name before a lowercase one ("the Batu Puteh rapids").
        candidates.retain(|c| {
            !(c.kind == EntityType::Person
                && c.entry.is_none()
                && (c
                    .span
                    .text(text)
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| PLACE_FEATURE_WORDS.contains(&w))
                    || self.lowercase_place_head_after(text, c.span.end)))
        });

        // A pattern that finds exactly a gazetteer name adds nothing but
        // would lose the gazetteer's id: the gazetteer reading wins.
        let gazetteer_spans: FastSet<Span> = sized_set(
            candidates
                .iter()
                .filter(|c| c.entry.is_some())
                .map(|c| c.span),
        );
        candidates.retain(|c| c.entry.is_some() || !gazetteer_spans.contains(&c.span));
        // Nor does a pattern that finds part of an institution's name the
        // gazetteer knows ("University of Science and Technology" inside
        // "Kwame Nkrumah University of …"): its higher priority must not
        // cut the known name.
        let known_orgs: Vec<Span> = candidates
            .iter()
            .filter(|c| {
                c.entry.is_some()
                    && c.kind == EntityType::Organization
                    && c.span.text(text).contains(' ')
            })
            .map(|c| c.span)
            .collect();
        if !known_orgs.is_empty() {
            candidates.retain(|c| {
                c.entry.is_some()
                    || !known_orgs.iter().any(|k| {
                        k.start <= c.span.start && c.span.end <= k.end && k.len() > c.span.len()
                    })
            });
        }

        // 3. Overlaps: higher priority, then longer, then earlier wins.
        candidates.sort_by(|a, b| {
            b.priority
                .cmp(&a.priority)
                .then(b.span.len().cmp(&a.span.len()))
                .then(a.span.start.cmp(&b.span.start))
        });
        let mut chosen: Vec<Candidate> = Vec::with_capacity(candidates.len());
        // Accepted spans (start, end), sorted by start: a new span overlaps
        // one only if the nearest accepted span starting before its end
        // reaches into it. (A sorted vector: a few dozen spans, where a
        // B-tree cost a node allocation and a search per step.)
        let mut taken: Vec<(usize, usize)> = Vec::with_capacity(candidates.len());
        for c in candidates {
            let before_end = taken.partition_point(|&(start, _)| start < c.span.end);
            let clash = before_end > 0 && taken[before_end - 1].1 > c.span.start;
            if !clash {
                let at = taken.partition_point(|&(start, _)| start < c.span.start);
                match taken.get_mut(at) {
                    Some(same) if same.0 == c.span.start => same.1 = c.span.end,
                    _ => taken.insert(at, (c.span.start, c.span.end)),
                }
                chosen.push(c);
            }
        }
        chosen.sort_by_key(|c| (c.span.start, c.span.end));
        drop_places_opening_org_names(text, &mut chosen);

        // 4. Entities and their mentions.
        let mut ents = self.group(text, &chosen);
        self.attach_short_forms(text, &tokens, &initial, &caps, &mut ents);
        self.merge_legal_form_variants(&mut ents);
        self.merge_official_place_names(text, &mut ents);
        self.reassign_person_names(text, &mut ents);
        ents.retain(|e| !e.mentions.is_empty());
        for e in ents.iter_mut() {
            e.mentions.sort();
            e.mentions.dedup();
        }
        ents.sort_by_key(|e| e.mentions[0].start);

        // 5. Relations and countries.
        self.add_role_countries(doc, &mut ents, &places);
        self.add_demonym_countries(&mut ents, &places);
        let relations = self.relations(doc, &tokens, &ents, &hints, &places);
        assign_countries(text, &mut ents, &relations, &places);

        for b in ents.iter_mut() {
            if let Some(name) = self.name_as_written(text, b) {
                b.name = name;
            }
        }
        doc.entities = ents
            .into_iter()
            .map(|b| {
                let (kb_id, source) = match b.entry {
                    Some(i) => (
                        Some(self.gazetteer.entry(i).id.clone()),
                        EntitySource::Gazetteer,
                    ),
                    None => (None, EntitySource::Pattern),
                };
                Entity {
                    kind: b.kind,
                    name: b.name,
                    kb_id,
                    source,
                    mentions: b
                        .mentions
                        .iter()
                        .map(|s| Mention {
                            span: *s,
                            sentence: doc.sentence_of(s.start),
                        })
                        .collect(),
                    attributes: b.attributes,
                }
            })
            .collect();
        doc.relations = relations;
    }

    /// The name a gazetteer entity goes by in this article, when the
    /// article never writes the gazetteer's own name: its fullest mention.
    /// News writes "Izmir", "Raichur", "New Delhi", "Xinhua" where the
    /// gazetteer has "İzmir", "Rāichūr", "Delhi", "Xinhua News Agency";
    /// the id still links the entry. Countries keep their short English
    /// name ("Britain" is United Kingdom).
    fn name_as_written(&self, text: &str, b: &Building) -> Option<String> {
        let entry = b.entry?;
        if b.kind == EntityType::Country {
            return None;
        }
        let canonical = &self.gazetteer.entry(entry).name;
        // Nearly always a mention is the name itself: no allocation then.
        if b.mentions.iter().any(|m| m.text(text) == canonical) {
            return None;
        }
        let mut best: Option<String> = None;
        for m in &b.mentions {
            let surface = normalise_name(m.text(text));
            if lowercase(&surface) == lowercase(canonical) {
                return None;
            }
            // Capitals are an acronym ("UN" is still the United Nations)
            // or a dateline, "Ga." an abbreviation: none is a fuller name.
            if is_all_caps(&surface) || self.region_abbreviations.contains_key(surface.as_str()) {
                continue;
            }
            if best
                .as_ref()
                .is_none_or(|x| surface.chars().count() > x.chars().count())
            {
                best = Some(surface);
            }
        }
        best
    }

    // ------------------------------------------------------------ gazetteer

    /// The gazetteer's matches judged in context, into `out` (and the
    /// places among them into `places`). Returns the region abbreviations
    /// ([`EntityRecognizer::region_abbreviations_in`]) it read as evidence
    /// of the article's country, for their own candidates later.
    fn gazetteer_candidates<'g>(
        &'g self,
        doc: &Document,
        tokens: &[Token],
        initial: &Initials,
        matches: &[GazetteerMatch],
        out: &mut Vec<Candidate>,
        places: &mut Vec<PlaceCue<'g>>,
    ) -> Vec<(Span, usize)> {
        let text = doc.text.as_str();
        // Countries named unambiguously anywhere in the document: evidence
        // for readings of ambiguous aliases ("Atlanta" → the US state Georgia).
        let mut doc_countries: FastMap<&str, usize> = FastMap::default();
        // (Read at gazetteer build time, not from the entry's attributes.)
        let country_of = |i: usize| self.gazetteer.entry_country(i);
        for m in matches {
            // A name flagged as a common word is no evidence of its country:
            // else "Wales said" would name Britain and so support itself.
            if self.gazetteer.candidates(m).len() > 1 || self.gazetteer.is_common_word(m.entry) {
                continue;
            }
            if let Some(code) = country_of(m.entry) {
                *doc_countries.entry(code).or_default() += 1;
            }
        }
        // "Macon, Ga." names the US as surely as "Atlanta" does.
        let abbreviations = self.region_abbreviations_in(text);
        for &(_, entry) in &abbreviations {
            if let Some(code) = country_of(entry) {
                *doc_countries.entry(code).or_default() += 1;
            }
        }
        // Of the one-word aliases found, which the document also writes
        // capitalised mid-sentence, and which it writes in lowercase
        // ("match", "sea"): one scan over the words, looking up only those.
        // (Sized for every match up front: grown by doubling, a set
        // rehashes at every step.)
        let n = matches.len();
        let mut mid_sentence_caps: FastSet<&str> =
            FastSet::with_capacity_and_hasher(n, Default::default());
        // The aliases lowercased, one after another in one buffer (not a
        // `String` each), then looked up as slices of it: every match's
        // (the word lists are asked of each below), one-word ones also
        // for the scan.
        let mut lowered = String::with_capacity(n * 8);
        let mut lowered_at: Vec<(usize, usize)> = Vec::with_capacity(n);
        let mut one_word: Vec<bool> = Vec::with_capacity(n);
        for m in matches {
            let alias = m.span.text(text);
            let from = lowered.len();
            with_lower(alias, |l| lowered.push_str(l));
            lowered_at.push((from, lowered.len()));
            let single = !alias.contains(' ');
            if single {
                mid_sentence_caps.insert(alias);
            }
            one_word.push(single);
        }
        let mut lowercase_words: FastSet<&str> =
            FastSet::with_capacity_and_hasher(n, Default::default());
        lowercase_words.extend(
            lowered_at
                .iter()
                .zip(&one_word)
                .filter(|&(_, &single)| single)
                .map(|(&(a, b), _)| &lowered[a..b]),
        );
        let mut caps_seen: FastSet<&str> = FastSet::with_capacity_and_hasher(n, Default::default());
        let mut lower_seen: FastSet<&str> =
            FastSet::with_capacity_and_hasher(n, Default::default());
        if !mid_sentence_caps.is_empty() {
            // Most tokens are neither: a bit filter on their shape spares
            // hashing them.
            let mut shapes = ShapeFilter::default();
            for w in mid_sentence_caps.iter().copied() {
                shapes.insert(w);
            }
            for w in &lowercase_words {
                shapes.insert(w);
            }
            for (k, t) in tokens.iter().enumerate() {
                if !shapes.may_contain_token(t.shape) {
                    continue;
                }
                let w = t.span.text(text);
                let Some(c) = w.chars().next() else { continue };
                if c.is_lowercase() {
                    if lowercase_words.contains(w) {
                        lower_seen.insert(w);
                    }
                } else if c.is_uppercase() && mid_sentence_caps.contains(w) && !initial.at(k) {
                    caps_seen.insert(w);
                }
            }
        }
        let mid_sentence_caps = caps_seen;
        let lowercase_words = lower_seen;
        // Asked only when a country or region is found: a whole-text scan.
        let mut sports: Option<bool> = None;
        // The end of the last place taken, for lists of places.
        let mut last_place_end: Option<usize> = None;

        for (at, (m, &(lower_from, lower_to))) in matches.iter().zip(&lowered_at).enumerate() {
            let alias = m.span.text(text);
            let cands = self.gazetteer.candidates(m);
            let mut entry = m.entry;
            let mut form = m.form;
            if cands.len() > 1 {
                let all: Vec<usize> = cands.iter().map(|c| c.entry as usize).collect();
                entry = self
                    .region_of_town_before(text, matches, at, &all)
                    .unwrap_or_else(|| {
                        self.choose_reading(text, m.span, &all, m.entry, &doc_countries)
                    });
                if let Some(c) = cands.iter().find(|c| c.entry as usize == entry) {
                    form = c.form;
                }
            }
            let e = self.gazetteer.entry(entry);
            // Case: "roast turkey" is not Turkey. An alias written with a
            // capital must be matched with a capital.
            if !is_capitalised(alias) && !e_has_exact_lowercase_alias(e, alias) {
                continue;
            }
            let single_word = !alias.contains(' ');
            // Word-list facts about the alias, from its lowercasing above.
            let (pronoun, common, written_lowercase) = {
                let l = &lowered[lower_from..lower_to];
                let flags = self.word_flags.exact(l);
                (
                    flags & WordFlags::PRONOUN != 0,
                    flags & WordFlags::COMMON != 0,
                    lowercase_words.contains(l),
                )
            };
            // (Asked last: most aliases are no common word.)
            let at_start = || {
                tokens
                    .binary_search_by_key(&m.span.start, |t| t.span.start)
                    .is_ok_and(|k| initial.at(k))
            };
            // A person alias that is a pronoun or common word ("He", "Will").
            if e.kind == EntityType::Person && single_word && (pronoun || common) {
                continue;
            }
            // "degrees Celsius": a unit, whatever company shares its name.
            if single_word
                && e.kind != EntityType::Person
                && (text[..m.span.start].ends_with("degrees ")
                    || text[..m.span.start].ends_with("° "))
            {
                continue;
            }
            // "Cyclone Tama", "Hurricane Florence": a storm's name, no
            // place's or person's.
            if single_word && is_storm_name_at(text, m.span.start) {
                continue;
            }
            // A capitalised common word at a sentence start is an ordinary
            // word unless the document also capitalises it mid-sentence.
            if single_word
                && (common || self.gazetteer.is_common_word(entry))
                && !mid_sentence_caps.contains(alias)
                && at_start()
            {
                continue;
            }
            // A one-word name the article also uses as an ordinary
            // lowercase word ("the Match", "Sea") needs a locative cue.
            // "Geneva-based" (not "New\nJersey-based", a name cut by a
            // wrapped line) names a place: as good a cue as "in Geneva".
            let based = is_based_suffix(&text[m.span.end..])
                && !text[..m.span.start]
                    .strip_suffix('\n')
                    .and_then(text::last_word_of)
                    .is_some_and(is_capitalised);
            // "Lima-born engineer", "a Ukrainian-born surgeon", "a
            // Brazilian-owned dealer": a birthplace or an owner's country
            // is a place named, not an adjective.
            let born = is_origin_suffix(&text[m.span.end..]);
            let locative = self.locative_before(text, m.span.start) || based || born;
            if single_word
                && e.kind != EntityType::Country
                && form != AliasForm::Demonym
                && written_lowercase
                && !(e.kind == EntityType::Location && locative)
            {
                continue;
            }
            // A small town, or a town's alternate name, is only read as a
            // place with support: "in Gloria", "Gloria, Brazil", or its
            // country named elsewhere in the article.
            // Gazetteer names marked as common words ("Salem", "Mobile",
            // "Apple") need support wherever they stand: a place as a small
            // town does, an institution or person by being written
            // capitalised mid-sentence somewhere in the article.
            let common_name = self.gazetteer.is_common_word(entry) && e.kind != EntityType::Country;
            if common_name
                && !matches!(e.kind, EntityType::Location)
                && !mid_sentence_caps.contains(alias)
            {
                continue;
            }
            // A flagged place next to a capitalised word, unless a locative
            // comes first ("In Cork"), is part of a longer name the lists
            // lack: "Malipo Mobile's chief", "outside Capitán Miranda", "the
            // Kentucky Derby", "Nan Ya Plastics".
            let capital_follows = text[m.span.end..]
                .strip_prefix(' ')
                .is_some_and(is_capitalised);
            if common_name
                && single_word
                && !locative
                && (capital_follows
                    || text[..m.span.start]
                        .strip_suffix(' ')
                        .and_then(text::last_word_of)
                        .is_some_and(|w| is_capitalised(w) && !w.contains(['.', ','])))
            {
                continue;
            }
            let country = country_of(entry);
            // "in Chisinau and Balti", "Covilhã, Seia and Manteigas": the
            // next name of a list of places is a place too.
            let listed_after_place = last_place_end.is_some_and(|end| {
                end <= m.span.start
                    && matches!(&text[end..m.span.start], " and " | ", " | ", and " | " or ")
            });
            // "the India-Pakistan talks", "the Santiago–Mendoza road": two
            // places joined by a dash name both (a route, a border, a pair
            // of parties), not an adjective like "pro-Beijing". Not when a
            // capitalised word goes on: the pair starts a longer name
            // ("Texas-New Mexico Power Co", "the Hong Kong-Guizhou Forum").
            let paired_with_place = last_place_end.is_some_and(|end| {
                end <= m.span.start
                    && matches!(&text[end..m.span.start], "-" | "–")
                    && !capital_follows
            });
            let listed_after_place = listed_after_place || paired_with_place;
            if e.kind == EntityType::Location
                && (single_word || common_name)
                && !locative
                && !listed_after_place
            {
                let followed_by_place = text[m.span.end..]
                    .strip_prefix(", ")
                    .is_some_and(is_capitalised);
                let population: u64 = e
                    .attributes
                    .get("population")
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(0);
                let country_named = country.is_some_and(|c| doc_countries.contains_key(c));
                let large = population >= LARGE_TOWN && !common_name;
                // "Iasi" for "Iaşi", "Parana" for "Paraná" is the name itself,
                // not another name. Small towns written so are mostly
                // people's names ("Sachin" for Sachīn): they need a cue.
                let unaccented = form == AliasForm::Alias
                    && (large || (country_named && self.gazetteer.is_region(entry)))
                    && is_unaccented_spelling(alias, &e.name);
                // Oceans, rivers, mountain ranges and world regions belong to
                // no country: a name of world geography after "the" ("the
                // Pacific", "the Andes", "the Tigris") is no town sharing a
                // person's name. Not when a capitalised word follows: then
                // the name is part of another ("the Pacific Rim", "the
                // Atlantic Council"); without "the" it is mostly a company's
                // ("Security Pacific", "Pacific Gas said").
                let world_feature = country.is_none()
                    && !common_name
                    && text[..m.span.start].ends_with("the ")
                    && !capital_follows;
                let supported = followed_by_place
                    || (form == AliasForm::Name && (large || country_named))
                    || self.institution_kind_after(text, m.span)
                    || unaccented
                    || world_feature;
                if !supported {
                    continue;
                }
            }
            // "pro-Beijing", "US-led": a name inside a hyphenated
            // adjective is a country cue, not a mention. "Geneva-based"
            // names the place an institution is in (a mention, and a
            // `located_in` relation later).
            let hyphen_adjective = !based
                && !born
                && !paired_with_place
                && (text[..m.span.start]
                    .strip_suffix('-')
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(|c| c.is_lowercase())
                    || text[m.span.end..]
                        .strip_prefix('-')
                        .and_then(|a| a.chars().next())
                        .is_some_and(|c| c.is_lowercase()));
            if let Some(code) = country {
                let adjective = form == AliasForm::Demonym || hyphen_adjective;
                places.push(PlaceCue {
                    span: m.span,
                    country: code,
                    adjective,
                    country_demonym: form == AliasForm::Demonym
                        && e.kind == EntityType::Country
                        && !hyphen_adjective,
                });
                if adjective {
                    continue;
                }
            }
            // "Jordan said": a place name that is also a given name, with a
            // person cue around it and no locative word before it.
            if e.kind != EntityType::Person
                && single_word
                && self.given_names.contains(alias)
                && !self.locative_before(text, m.span.start)
                && self.cue_score(text, m.span, EntityType::Person) > 0
            {
                out.push(Candidate {
                    span: m.span,
                    kind: EntityType::Person,
                    entry: None,
                    priority: GIVEN_NAME_PRIORITY,
                    team_of: None,
                });
                continue;
            }
            if hyphen_adjective {
                continue;
            }
            // In a sports report "Sweden defeated South Korea" names teams;
            // "in Russia" still names the country.
            let country_or_region = e.kind == EntityType::Country
                || (e.kind == EntityType::Location && self.gazetteer.is_region(entry));
            if country_or_region
                && !locative
                && *sports.get_or_insert_with(|| self.is_sports_report(text, tokens))
            {
                out.push(Candidate {
                    span: m.span,
                    kind: EntityType::Organization,
                    entry: None,
                    priority: self.rules.gazetteer_priority,
                    team_of: Some((
                        format!("{} national team", e.name),
                        country.unwrap_or_default().to_string(),
                    )),
                });
                continue;
            }
            if matches!(e.kind, EntityType::Location | EntityType::Country) {
                last_place_end = Some(m.span.end);
            }
            out.push(Candidate {
                span: m.span,
                kind: e.kind,
                entry: Some(entry),
                priority: self.rules.gazetteer_priority,
                team_of: None,
            });
        }
        abbreviations
    }

    /// Whether enough distinct sports words occur.
    fn is_sports_report(&self, text: &str, tokens: &[Token]) -> bool {
        self.sports
            .as_ref()
            .is_some_and(|s| s.is_report(text, tokens, self.rules.sports_min_cues))
    }

    fn locative_before(&self, text: &str, pos: usize) -> bool {
        let prev = text::last_word_of(&text[..pos]).unwrap_or("");
        // (Most words before a name are no locative: told by their shape.)
        self.locative_shapes.may_contain_lowercased(prev)
            && contains_lower(&self.rules.words.locative, prev)
    }

    /// How strongly the context cues around `span` vote for `kind`.
    fn cue_score(&self, text: &str, span: Span, kind: EntityType) -> i64 {
        self.cue_scores(text, span)[kind as usize]
    }

    /// [`EntityRecognizer::cue_score`] for every type at once (indexed by
    /// `EntityType as usize`): the windows around a mention are lowercased
    /// once, not once per reading.
    fn cue_scores(&self, text: &str, span: Span) -> [i64; 4] {
        let before = window_before(text, span.start, 40);
        let after = window_after(text, span.end, 40);
        if before.is_ascii() && after.is_ascii() {
            return self.cue_scores_ascii(before.as_bytes(), after.as_bytes());
        }
        self.cue_scores_lowered(before, after)
    }

    /// [`EntityRecognizer::cue_scores`] of ASCII windows (nearly all): the
    /// windows are compared with the (lowercase) phrases ASCII case aside,
    /// in place, which is what comparing their lowercasing does.
    fn cue_scores_ascii(&self, before: &[u8], after: &[u8]) -> [i64; 4] {
        // (`str::trim_end`: the ASCII characters `char::is_whitespace` takes.)
        let kept = before
            .iter()
            .rposition(|b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
            .map_or(0, |i| i + 1);
        let before = &before[..kept];
        let ends_with_phrase = |p: &str| {
            let p = p.as_bytes();
            let Some(at) = before.len().checked_sub(p.len()) else {
                return false;
            };
            before[at..].eq_ignore_ascii_case(p)
                && (at == 0 || !before[at - 1].is_ascii_alphanumeric())
        };
        let starts_with = |p: &str| {
            after
                .get(..p.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(p.as_bytes()))
        };
        let mut scores = [0; 4];
        for cue in &self.rules.cues {
            let score = &mut scores[cue.prefer as usize];
            if cue.before.iter().any(|p| ends_with_phrase(p)) {
                *score += 4;
            }
            if cue.after.iter().any(|p| starts_with(p)) {
                *score += 4;
            }
        }
        scores
    }

    /// [`EntityRecognizer::cue_scores`] of any windows, lowercased.
    fn cue_scores_lowered(&self, before: &str, after: &str) -> [i64; 4] {
        with_lower(before, |before| {
            with_lower(after, |after| {
                let before = before.trim_end();
                let mut scores = [0; 4];
                for cue in &self.rules.cues {
                    let score = &mut scores[cue.prefer as usize];
                    if cue.before.iter().any(|p| ends_with_phrase(before, p)) {
                        *score += 4;
                    }
                    if cue.after.iter().any(|p| after.starts_with(p.as_str())) {
                        *score += 4;
                    }
                }
                scores
            })
        })
    }

    /// "Norcross, Georgia", "Macon, Georgia": an alias of several entries
    /// (`all`) right after a town and its comma, where one of the town's
    /// readings lies in a region of that name, is the reading in that
    /// town's country (the US state, not the country).
    fn region_of_town_before(
        &self,
        text: &str,
        matches: &[GazetteerMatch],
        at: usize,
        all: &[usize],
    ) -> Option<usize> {
        let m = &matches[at];
        let before = matches[..at].last()?;
        if text.get(before.span.end..m.span.start) != Some(", ") {
            return None;
        }
        let alias = m.span.text(text);
        let country = self.gazetteer.candidates(before).iter().find_map(|c| {
            let e = self.gazetteer.entry(c.entry as usize);
            (e.kind == EntityType::Location
                && e.attributes.get("region").is_some_and(|r| r == alias))
            .then(|| self.gazetteer.entry_country(c.entry as usize))
            .flatten()
        })?;
        all.iter().copied().find(|&i| {
            self.gazetteer.entry_country(i) == Some(country) && self.gazetteer.is_region(i)
        })
    }

    /// Picks the reading of an alias several entries share, by the words
    /// around it and by the other countries the document names.
    fn choose_reading(
        &self,
        text: &str,
        span: Span,
        entries: &[usize],
        default: usize,
        doc_countries: &FastMap<&str, usize>,
    ) -> usize {
        let mut best = default;
        let mut best_score = i64::MIN;
        let cue_scores = self.cue_scores(text, span);
        for &i in entries {
            let e = self.gazetteer.entry(i);
            let mut score: i64 = cue_scores[e.kind as usize];
            if let Some(code) = self.gazetteer.entry_country(i) {
                // Other places of the same country (a country's own name is
                // excluded: the alias itself was not counted).
                score += (*doc_countries.get(code).unwrap_or(&0)).min(3) as i64;
            }
            if i == default {
                score *= 2;
                score += 1;
                score /= 2;
            }
            if score > best_score {
                best_score = score;
                best = i;
            }
        }
        best
    }

    /// A company the gazetteer found ("Bayer") followed by its legal form
    /// ("Bayer AG", "Nikko Securities Co. Ltd"): the mention takes the legal
    /// form in, as the pattern for unknown companies does, so the longer
    /// pattern match does not replace the gazetteer's entry and id.
    fn add_legal_forms(&self, text: &str, candidates: &mut [Candidate]) {
        let forms = &self.rules.legal_forms_after_known;
        if forms.is_empty() {
            return;
        }
        for c in candidates.iter_mut() {
            if c.kind != EntityType::Organization || c.entry.is_none() {
                continue;
            }
            // Up to two forms: "Co. Ltd", "Corp Inc".
            for _ in 0..2 {
                let rest = &text[c.span.end..];
                // Wire copy wraps lines inside names ("Exxon\nCorp").
                let Some(after_space) = rest.strip_prefix([' ', '\n']) else {
                    break;
                };
                let form = forms.iter().filter(|f| {
                    after_space.starts_with(f.as_str())
                        && !after_space[f.len()..]
                            .starts_with(|ch: char| ch.is_alphanumeric() || ch == '-')
                });
                // The longest: "Corp." rather than "Corp".
                let form = form.max_by_key(|f| f.len());
                match form {
                    Some(f) => c.span.end += 1 + f.len(),
                    None => break,
                }
            }
        }
    }

    /// An institution's name may hold "and" ("Moi Teaching and Referral
    /// Hospital", "University of Science and Technology"), but "and" also
    /// joins two names the patterns read as one: "University of Ghana and
    /// Stanford University" (a head word or legal form on both sides, the
    /// first of two words or more, or a known name after "and") keeps the
    /// first; "Ghana and Stanford University" (all
    /// before "and" the end of a known name, no head word) keeps the second.
    fn split_joined_names(&self, text: &str, known: &[Candidate], found: &mut Vec<Candidate>) {
        let mut second: Vec<Candidate> = Vec::new();
        let heads = &self.rules.words.org_heads;
        let legal = &self.rules.legal_forms_after_known;
        let has_head = |s: &str| {
            s.split_whitespace()
                .any(|w| contains_lower(heads, w) || legal.iter().any(|f| f == w))
        };
        let known_in = |from: usize, to: usize| {
            known
                .iter()
                .any(|k| k.entry.is_some() && k.span.start >= from && k.span.start < to)
        };
        // Pattern names by start: "…Technology and Yarra Bend Children"
        // ends inside "Yarra Bend Children's Hospital", another name.
        let other_names: Vec<Span> = found
            .iter()
            .filter(|c| c.kind == EntityType::Organization)
            .map(|c| c.span)
            .collect();
        for c in found.iter_mut() {
            if c.kind != EntityType::Organization || c.entry.is_some() {
                continue;
            }
            if !c.span.text(text).contains("and") {
                continue;
            }
            // Wire copy wraps lines inside names: "and" may stand at either
            // end of a line. The first "and" where the name splits counts.
            let flat = c.span.text(text).replace('\n', " ");
            let ands: Vec<usize> = flat
                .match_indices(" and ")
                .map(|(i, _)| c.span.start + i)
                .collect();
            for at in ands {
                let (before, after) = (&text[c.span.start..at], &text[at + 5..c.span.end]);
                // "Merrill Lynch and Co Inc", "Jefferies and Company": "and
                // Co" ends one company's name, it starts no second one.
                let next_word = after.split_whitespace().next().unwrap_or("");
                if matches!(next_word, "Company" | "Sons") || legal.iter().any(|f| f == next_word) {
                    continue;
                }
                // "Paul Volcker and International Monetary Fund": a known
                // name is all that follows "and".
                let known_after = known.iter().any(|k| {
                    k.entry.is_some() && k.span.start == at + 5 && k.span.end >= c.span.end
                });
                if known_after && !has_head(before) {
                    c.span.start = at + 5;
                    break;
                }
                if has_head(before) && before.contains([' ', '\n']) {
                    let next_word_end = after.find([' ', '\n']).map_or(c.span.end, |i| at + 5 + i);
                    // A possessive after the end: the words after "and"
                    // begin a name the match cut short ("… and Yarra Bend
                    // Children's Hospital").
                    let longer_after = other_names
                        .iter()
                        .any(|o| o.start == at + 5 && o.end > c.span.end)
                        || text[c.span.end..].starts_with(['\'', '’']);
                    if has_head(after) || known_in(at + 5, next_word_end) || longer_after {
                        // The match took the second name's start with it:
                        // give it back, up to its head word.
                        if let Some(end) = name_with_head_from(text, at + 5, heads, legal) {
                            if end >= c.span.end {
                                second.push(Candidate {
                                    span: Span::new(at + 5, end),
                                    ..c.clone()
                                });
                            }
                        }
                        c.span.end = at;
                        break;
                    }
                } else if known
                    .iter()
                    .any(|k| k.entry.is_some() && k.span.start <= c.span.start && k.span.end == at)
                {
                    c.span.start = at + 5;
                    break;
                }
            }
        }
        found.extend(second);
    }

    /// "San José de Maipo", "Serra da Estrela", "San Martin de Porres": a
    /// place the gazetteer knows followed by a Spanish or Portuguese
    /// particle and a capitalised word is the start of a longer place's
    /// name, which the gazetteer does not know; the longer name is the
    /// place (it wins over the shorter one by its length).
    fn place_particle_candidates(&self, text: &str, candidates: &mut Vec<Candidate>) {
        const PARTICLES: &[&str] = &[
            " de la ", " de las ", " de los ", " del ", " de ", " da ", " das ", " do ", " dos ",
        ];
        let mut found: Vec<Candidate> = Vec::new();
        for c in candidates.iter() {
            if c.kind != EntityType::Location || c.entry.is_none() || c.team_of.is_some() {
                continue;
            }
            let rest = &text[c.span.end..];
            if !rest.starts_with(" d") {
                continue;
            }
            // "Frota Nacional de Petroleiros": inside a longer capitalised
            // name (an institution's), not the start of a place's.
            let prev_word = text[..c.span.start]
                .strip_suffix(' ')
                .and_then(text::last_word_of);
            if prev_word.is_some_and(|w| is_capitalised(w) && !with_lower(w, is_leading_noise)) {
                continue;
            }
            let Some(after) = PARTICLES.iter().find_map(|p| rest.strip_prefix(p)) else {
                continue;
            };
            let word_len = after
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                .unwrap_or(after.len());
            let word = &after[..word_len];
            if word.len() < 2
                || !is_capitalised(word)
                || is_all_caps(word)
                || self.is_never_a_name_part(word)
            {
                continue;
            }
            let end = text.len() - after.len() + word_len;
            found.push(Candidate {
                span: Span::new(c.span.start, end),
                entry: None,
                ..c.clone()
            });
        }
        found.extend(self.place_article_candidates(text, candidates));
        candidates.extend(found);
    }

    /// "La Araucanía", "Las Palmas": a capitalised Spanish article before a
    /// place the gazetteer knows without it is part of its name when it
    /// stands inside a sentence (after a lowercase word or a comma); at a
    /// sentence start or after a capitalised word ("Diario La Prensa") it
    /// says nothing. A name the gazetteer knows with it ("La Paz") is left
    /// to the gazetteer.
    fn place_article_candidates(&self, text: &str, candidates: &[Candidate]) -> Vec<Candidate> {
        const ARTICLES: &[&str] = &["La ", "Las ", "Los ", "El "];
        let mut found = Vec::new();
        for c in candidates {
            if c.kind != EntityType::Location || c.entry.is_none() || c.team_of.is_some() {
                continue;
            }
            let before = &text[..c.span.start];
            let Some(article) = ARTICLES.iter().find(|a| before.ends_with(*a)) else {
                continue;
            };
            let start = c.span.start - article.len();
            let inside_sentence = text[..start].strip_suffix(' ').is_some_and(|b| {
                b.ends_with(',')
                    || b.rsplit([' ', '\n'])
                        .next()
                        .is_some_and(|w| w.starts_with(|ch: char| ch.is_lowercase()))
            });
            if !inside_sentence || candidates.iter().any(|k| k.span.start == start) {
                continue;
            }
            found.push(Candidate {
                span: Span::new(start, c.span.end),
                entry: None,
                ..c.clone()
            });
        }
        found
    }

    /// The names of a list that goes on after a name ending at `end`:
    /// ", Seia and Manteigas", " and Maule" (one to three capitalised words
    /// each, none a title, pronoun or institution head); none unless the list
    /// ends with "and" ("Vernon, Paris officials said" is no list).
    fn listed_names_after(&self, text: &str, end: usize) -> Vec<Span> {
        let words = &self.rules.words;
        let mut names: Vec<Span> = Vec::new();
        let mut pos = end;
        loop {
            let rest = &text[pos..];
            let Some((sep, after)) = [", and ", " and ", ", "]
                .iter()
                .find_map(|s| rest.strip_prefix(s).map(|a| (*s, a)))
            else {
                return Vec::new();
            };
            let start = text.len() - after.len();
            let mut name_end = start;
            let mut offset = 0;
            // A name never runs over a line break.
            let line = &after[..after.find('\n').unwrap_or(after.len())];
            for raw in line.split(' ').take(3) {
                let w = raw.trim_end_matches([',', '.', ';', ':']);
                // Not `is_never_a_name_part`: "Port", "Mount" begin places.
                let never = self.word_flags.lower(w)
                    & (WordFlags::NOT_NAME | WordFlags::PRONOUN | WordFlags::ORG_HEAD)
                    != 0;
                // (A possessive owns what follows: "Triplett's Alltest
                // division" is no place of the list.)
                if !is_capitalised(w)
                    || is_all_caps(w)
                    || words.not_name.contains(w)
                    || never
                    || w.ends_with("'s")
                    || w.ends_with("’s")
                    || !w
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
                {
                    break;
                }
                name_end = start + offset + w.len();
                // A word followed by punctuation ends the name.
                if w.len() < raw.len() {
                    break;
                }
                offset += raw.len() + 1;
            }
            if name_end == start {
                return Vec::new();
            }
            names.push(Span::new(start, name_end));
            if sep != ", " {
                return names;
            }
            pos = name_end;
        }
    }

    /// Whether a lowercase head of the `place_head` list that follows any
    /// name ("rapids", "valley", "border crossing") comes right after `end`
    /// and ends a word there.
    fn lowercase_place_head_after(&self, text: &str, end: usize) -> bool {
        let Some(rest) = text[end..].strip_prefix(' ') else {
            return false;
        };
        let Some(&first) = rest.as_bytes().first() else {
            return false;
        };
        if !first.is_ascii_lowercase() {
            return false;
        }
        // Only the heads starting with that letter (see
        // `lowercase_place_heads`): no walk over the whole list and no
        // `place_units` lookup per head for each person candidate.
        self.lowercase_place_heads[usize::from(first - b'a')]
            .iter()
            .any(|h| {
                rest.starts_with(h.as_str())
                    && !rest[h.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
    }

    /// "Volta Region", "Osh region", "Cauca River", "Kathmandu valley": a
    /// place's name with the word for its kind after it names a place of
    /// its own (the region, not the town; the river, not the department),
    /// with that word in its name. After a place the gazetteer knows any
    /// listed word counts; after another capitalised word only those of
    /// the `place_head` list ("Chui region", not "Police Department").
    /// The longer name then wins over the gazetteer's shorter one.
    fn place_head_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        candidates: &mut Vec<Candidate>,
        places: &[PlaceCue],
    ) {
        let heads = &self.rules.place_heads;
        if heads.is_empty() {
            return;
        }
        // Known places by the end of their name: (start, country).
        // Gathered at the first head word (most articles have none).
        type Known<'a> = FastMap<usize, (usize, Option<&'a str>)>;
        let mut known: Option<Known> = None;
        let gather_known = || {
            candidates
                .iter()
                .filter(|c| {
                    c.team_of.is_none()
                        && matches!(c.kind, EntityType::Location | EntityType::Country)
                })
                .filter_map(|c| {
                    let i = c.entry?;
                    Some((c.span.end, (c.span.start, self.gazetteer.entry_country(i))))
                })
                .collect()
        };
        let adjectives: FastSet<usize> =
            sized_set(places.iter().filter(|p| p.adjective).map(|p| p.span.end));
        let country_starts: FastSet<usize> = sized_set(
            candidates
                .iter()
                .filter(|c| c.kind == EntityType::Country && c.team_of.is_none())
                .map(|c| c.span.start),
        );
        let unknown_name_word = |t: &Token| {
            let w = t.span.text(text);
            is_capitalised(w)
                && !is_all_caps(w)
                && !is_hyphen_modifier(w)
                && !adjectives.contains(&t.span.end)
                && !self.is_never_a_name_part(w)
        };
        // Asked of every token: a bit filter first, the set only on a hit.
        let shapes = &self.place_head_first_shapes;
        let mut found: Vec<Candidate> = Vec::new();
        for k in 1..tokens.len() {
            let tok = &tokens[k];
            if !shapes.may_contain_token(tok.shape) {
                continue;
            }
            let first = tok.span.text(text);
            if !self.rules.place_head_first_words.contains(first) {
                continue;
            }
            let prev = &tokens[k - 1];
            if &text[prev.span.end..tok.span.start] != " " {
                continue;
            }
            let rest = &text[tok.span.start..];
            let Some((head, after_any)) = heads.iter().find(|(h, _)| {
                rest.starts_with(h.as_str())
                    && !rest[h.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            }) else {
                continue;
            };
            let end = tok.span.start + head.len();
            // "Georgia Department of Public Health", "Volta Region Health
            // Directorate": the name goes on, and is no place; "the South
            // Moravian Region of Czechia" names the country it is in.
            let after = &text[end..];
            // (A lowercase head describes: "the Kelabit highlands of
            // Sarawak" is no longer name.)
            let lowercase_head = head.starts_with(|c: char| c.is_lowercase())
                && !BUILT_SITE_HEADS.contains(&head.as_str());
            if (after.starts_with(" of ")
                && !lowercase_head
                && !country_starts.contains(&(end + 4)))
                || after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()))
            {
                continue;
            }
            // "Guizhou province", "Osh region": an administrative unit's
            // kind in lowercase only says what the place is, and is no part
            // of its name; "Sichuan Province", "Ogun State" are official
            // names. (The corpus guideline for places with a head word.)
            let unit = self.rules.place_units.contains(head.as_str());
            let known = known.get_or_insert_with(gather_known);
            let start = if let Some(&(start, country)) = known.get(&prev.span.end) {
                let built = BUILT_SITE_HEADS.contains(&head.as_str());
                if unit
                    || head.eq_ignore_ascii_case("state") && country == Some("US")
                    || built && (country.is_none() || after_indefinite_article(text, start))
                {
                    continue;
                }
                start
            } else if *after_any
                && unknown_name_word(prev)
                // "the Caspian crossing", "a Presidential palace": an
                // adjective before a built site describes it.
                && !(BUILT_SITE_HEADS.contains(&head.as_str())
                    && self.is_adjective_or_month(prev.span.text(text)))
            {
                // Up to two unknown words: "Syr Darya region".
                match k.checked_sub(2).map(|j| &tokens[j]) {
                    Some(p2)
                        if &text[p2.span.end..prev.span.start] == " " && unknown_name_word(p2) =>
                    {
                        p2.span.start
                    }
                    _ => prev.span.start,
                }
            } else {
                continue;
            };
            let end = if unit { prev.span.end } else { end };
            found.push(Candidate {
                span: Span::new(start, end),
                kind: EntityType::Location,
                entry: None,
                priority: self.rules.gazetteer_priority,
                team_of: None,
            });
        }
        candidates.extend(found);
    }

    // ------------------------------------------------------------ region abbreviations

    /// "Macon, Ga.", "BLACKSHEAR, Ga. --", "Brandon, Man., said": a state's
    /// or province's abbreviation (the `region_abbreviation` list) right
    /// after a name and its comma, with the gazetteer region it names.
    /// Alone "Ga." or "Miss." is no place, so only that shape is read. One
    /// vectorised search for ", " finds them all.
    fn region_abbreviations_in(&self, text: &str) -> Vec<(Span, usize)> {
        let mut found = Vec::new();
        if self.region_abbreviations.is_empty() {
            return found;
        }
        let bytes = text.as_bytes();
        for comma in memchr::memmem::find_iter(bytes, b", ") {
            let start = comma + 2;
            if !bytes.get(start).is_some_and(u8::is_ascii_uppercase)
                || !text[..comma]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
            {
                continue;
            }
            // Letters and full stops, ending on a full stop: "Ga.", "W.Va.".
            let len = bytes[start..]
                .iter()
                .take(8)
                .take_while(|&&b| b.is_ascii_alphabetic() || b == b'.')
                .count();
            let end = start + len;
            if len < 3
                || bytes[end - 1] != b'.'
                // "Ga.-based", "Pa.5"
                || bytes
                    .get(end)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-')
            {
                continue;
            }
            if let Some(&entry) = self.region_abbreviations.get(&text[start..end]) {
                found.push((Span::new(start, end), entry));
            }
        }
        found
    }

    /// The regions of [`EntityRecognizer::region_abbreviations_in`] as
    /// places, and the town before each ("Norcross" of "based in Norcross,
    /// Ga.") as a place in that region when no list knows it: one to three
    /// capitalised words, below every other reading (a person's or a
    /// company's name there wins). A town in capitals is a dateline's,
    /// which [`EntityRecognizer::dateline_candidates`] reads.
    fn region_abbreviation_candidates(
        &self,
        text: &str,
        abbreviations: &[(Span, usize)],
        out: &mut Vec<Candidate>,
        hints: &mut Vec<RelationHint>,
    ) {
        for &(span, entry) in abbreviations {
            out.push(Candidate {
                span,
                kind: EntityType::Location,
                entry: Some(entry),
                priority: self.rules.gazetteer_priority,
                team_of: None,
            });
            let comma = span.start - 2;
            let mut town_start = comma;
            let mut words = 0;
            // Old wire copy wraps lines inside a name ("Far\nHills, N.J."):
            // one line break is a space; a blank line gives an empty word.
            for word in text[..comma].rsplit([' ', '\n']).take(3) {
                let capitalised = word.chars().next().is_some_and(char::is_uppercase)
                    && word.len() > 1
                    && word
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.');
                if !capitalised || LEADING_NOISE.contains(&word.to_lowercase().as_str()) {
                    break;
                }
                town_start -= word.len() + usize::from(words > 0);
                words += 1;
                // A quotation or a bracket opens here.
                if text[..town_start].ends_with(['"', '(']) {
                    break;
                }
            }
            if words == 0 {
                continue;
            }
            let town = Span::new(town_start, comma);
            if is_all_caps(town.text(text)) {
                continue;
            }
            out.push(Candidate {
                span: town,
                kind: EntityType::Location,
                entry: None,
                priority: REGION_TOWN_PRIORITY,
                team_of: None,
            });
            hints.push(RelationHint {
                kind: "located_in".into(),
                subject: town,
                object: span,
                role: None,
            });
        }
    }

    // ------------------------------------------------------------ datelines

    /// "ATLANTA, Ga. --", "KAILI, Guizhou, Nov. 20 --", "HAVANA (AP) --": the
    /// place a wire story was filed from, written in capitals at the start
    /// of a line near the top, is a place (named in ordinary case, from the
    /// gazetteer when it knows it) and lies in the region or country after
    /// its comma.
    fn dateline_candidates(
        &self,
        text: &str,
        breaks: &[usize],
        out: &mut Vec<Candidate>,
        hints: &mut Vec<RelationHint>,
    ) {
        // A roundup may have no dateline of its own ("WORLD IN BRIEF", then
        // items headed "PERU"): its items' places are still read.
        let first = text::find_dateline_place_at(text, breaks);
        if let Some(first) = first {
            self.dateline_candidate(text, first, true, out, hints);
        }
        for later in text::later_datelines(text, breaks, first.map_or(0, |f| f.0.end)) {
            self.dateline_candidate(text, later, false, out, hints);
        }
    }

    /// The candidates of one dateline: its place (and region), and the news
    /// agency named before its dash. A later paragraph's dateline in a
    /// roundup (not `first`) counts only when the gazetteer knows the place:
    /// a heading in capitals is likelier there.
    fn dateline_candidate(
        &self,
        text: &str,
        (city, region): (Span, Option<Span>),
        first: bool,
        out: &mut Vec<Candidate>,
        hints: &mut Vec<RelationHint>,
    ) {
        let region_country: Option<&str> = region.and_then(|r| {
            let abbreviated = self.region_abbreviations.get(r.text(text)).copied();
            self.gazetteer
                .lookup(r.text(text))
                .iter()
                .map(|c| c.entry as usize)
                .chain(abbreviated)
                .find_map(|i| self.gazetteer.entry_country(i))
        });
        let caps = city.text(text);
        let mut name = text::title_case(caps);
        // The gazetteer's places of that name, in its usual spellings ("Dar es
        // Salaam" for "DAR ES SALAAM").
        let mut places: Vec<usize> = Vec::new();
        for form in std::iter::once(name.clone()).chain(dateline::usual_case_forms(caps)) {
            places =
                self.gazetteer
                    .lookup(&form)
                    .iter()
                    .map(|c| c.entry as usize)
                    .filter(|&i| match self.gazetteer.entry(i).kind {
                        EntityType::Location => true,
                        // "JORDAN, Minn.": a town of the region's country, not
                        // the country of that name.
                        EntityType::Country => region_country
                            .is_none_or(|r| self.gazetteer.entry_country(i) == Some(r)),
                        _ => false,
                    })
                    .collect();
            if !places.is_empty() {
                name = form;
                break;
            }
        }
        // The one in the region's country if it says one; else one of that
        // very name before one that also goes by it ("Islamabad" is an old
        // name of Chittagong).
        let entry = places
            .iter()
            .copied()
            .find(|&i| {
                region_country.is_some() && self.gazetteer.entry_country(i) == region_country
            })
            .or_else(|| {
                places
                    .iter()
                    .copied()
                    .find(|&i| self.gazetteer.entry(i).name == name)
            })
            .or_else(|| places.first().copied());
        // A place no list has needs the region to show it is a dateline
        // ("UPDATE --" is none).
        if entry.is_none() && (region.is_none() || !first) {
            return;
        }
        // "JAKARTA, May 22 (Straits Report) -", "OSLO, Norway /PRNewswire/ --":
        // the name in brackets or slashes before the dateline's dash is the
        // news agency's. A known agency keeps its entry (the same span from
        // the gazetteer wins).
        let line_end = text[city.end..]
            .find('\n')
            .map_or(text.len(), |p| city.end + p);
        if let Some(agency) = dateline_agency(&text[city.end..line_end]) {
            out.push(Candidate {
                span: Span::new(city.end + agency.start, city.end + agency.end),
                kind: EntityType::Organization,
                entry: None,
                priority: DATELINE_AGENCY_PRIORITY,
                team_of: None,
            });
        }
        let candidate = match entry {
            Some(i) => Candidate {
                span: city,
                kind: self.gazetteer.entry(i).kind,
                entry: Some(i),
                priority: DATELINE_PRIORITY,
                team_of: None,
            },
            None => Candidate {
                span: city,
                kind: EntityType::Location,
                entry: None,
                priority: DATELINE_PRIORITY,
                team_of: Some((name, region_country.unwrap_or_default().to_string())),
            },
        };
        out.push(candidate);
        if let Some(region) = region {
            hints.push(RelationHint {
                kind: "located_in".into(),
                subject: city,
                object: region,
                role: None,
            });
        }
    }

    // ------------------------------------------------------------ patterns

    /// Whether a one-word name a place rule found is a language, a
    /// nationality or a month rather than a place: "written in English",
    /// "ethnic groups in Indigenous areas", "talks in May". A place the
    /// gazetteer knows is found before the rules run; an unknown one seldom
    /// has an adjective's ending.
    fn is_adjective_or_month(&self, name: &str) -> bool {
        !name.contains(' ')
            && (self.word_flags.lower(name) & WordFlags::COMMON != 0 || is_adjective_like(name))
    }

    /// Drops the places the gap-filling rule after a locative word found
    /// that are short forms of names found anywhere in the article (see
    /// `is_short_form_of_name`): only now are all names known, people's
    /// from the given-name scan too ("Shane Warne … in Warne's").
    fn drop_short_forms_taken_for_places(&self, text: &str, candidates: &mut Vec<Candidate>) {
        let Some(gap) = self
            .rules
            .patterns
            .iter()
            .find(|r| r.id == PLACE_AFTER_LOCATIVE)
        else {
            return;
        };
        let short: Vec<usize> = (0..candidates.len())
            .filter(|&i| {
                let c = &candidates[i];
                c.kind == EntityType::Location
                    && c.entry.is_none()
                    && c.priority == gap.priority
                    && is_short_form_of_name(c.span.text(text), candidates.iter(), text, |head| {
                        self.is_institution_head(head)
                    })
            })
            .collect();
        for i in short.into_iter().rev() {
            candidates.remove(i);
        }
    }

    /// Whether an unknown name after "at" or "from" (`after_at_or_from`),
    /// which take companies and people as often as places, reads rather as
    /// one of those: after a person's role ("an analyst at Halden", "vice
    /// president at Morrow"), before a lowercase noun ("from Soviet attack
    /// helicopters"), before "of" ("at Northgate of Leeds"), a feast
    /// ("at Christmas"), a plural of a word of belonging ("from
    /// Republicans"), or the first of a list that ends a company's name
    /// ("at Prescott, Ball and Turben Inc.", "from Standard and Poor's").
    fn not_a_place_after_at_or_from(&self, text: &str, at: usize, span: Span) -> bool {
        let name = span.text(text);
        let prev = text[..at]
            .trim_end()
            .rsplit([' ', '\n'])
            .next()
            .unwrap_or("");
        let rest = &text[span.end..];
        ROLES_BEFORE_AT.contains(&prev)
            || self.word_flags.lower(prev) & WordFlags::TITLE != 0 && is_lowercase_word(prev)
            || names_a_noun_after(text, span.end)
            || rest.starts_with(" of ")
            || FEASTS.contains(&name)
            // "a question from Sen. Ann Roe": a title written short.
            || rest.starts_with('.')
                && self.word_flags.lower(&text[span.start..span.end + 1]) & WordFlags::TITLE != 0
            || name
                .strip_suffix('s')
                .is_some_and(|w| !w.contains(' ') && is_adjective_like(w))
            || self.list_ends_in_company(rest)
    }

    /// Whether `rest`, the text after a name, goes on with a list (", X",
    /// " and X") of capitalised words one of which is a possessive, a legal
    /// form or an institution's head: the name opened a company's name.
    fn list_ends_in_company(&self, rest: &str) -> bool {
        if !(rest.starts_with(", ") || rest.starts_with(" and ")) {
            return false;
        }
        let mut end = 0;
        for w in rest.split(' ').skip(1).take(8) {
            let at = end + 1;
            end = at + w.len();
            let bare = w.trim_end_matches(',');
            if bare == "and" || bare.is_empty() {
                continue;
            }
            if !is_capitalised(bare) {
                // "at Billiton and Suralco plants": names before a plural
                // noun ("that", "queued" go on with a sentence).
                let word = bare.trim_end_matches(|c: char| !c.is_alphanumeric());
                return word.len() > 3
                    && word.ends_with('s')
                    && is_lowercase_word(word)
                    && names_a_noun_after(rest, at - 1);
            }
            let word = bare.trim_end_matches(['.', ';', ':']);
            if word.ends_with("'s")
                || word.ends_with("’s")
                || self.word_flags.lower(word) & WordFlags::ORG_HEAD != 0
                || self
                    .rules
                    .legal_forms_after_known
                    .iter()
                    .any(|f| f.trim_end_matches('.') == word)
            {
                return true;
            }
            // A full stop or a semicolon closed the list.
            if word.len() != bare.len() {
                return false;
            }
        }
        false
    }

    /// Whether `word` is the head of an institution, not a company's legal
    /// form: "Lenakel Hospital", "Gedaref University" are named after their
    /// town; "Bayer AG" is no place's.
    fn is_institution_head(&self, word: &str) -> bool {
        self.word_flags.lower(word) & WordFlags::ORG_HEAD != 0
            && !self.rules.legal_forms_after_known.iter().any(|f| f == word)
    }

    fn pattern_candidates(
        &self,
        text: &str,
        found: &Scanned,
        independent: &[Candidate],
        places: &[PlaceCue],
        out: &mut Vec<Candidate>,
        hints: &mut Vec<RelationHint>,
    ) {
        let flat = found.joined.as_deref().unwrap_or(text);
        let matches = &found.patterns;
        let words = &self.rules.words;
        // `matches` were found with wrapped lines joined (see `scan`); so are
        // the rules run here. The splitter also ends sentences at some of
        // those line breaks ("State George\nShultz"); matches over them are
        // clipped later, keeping what the whole match showed (a person, an
        // institution).
        // First the rules that stand alone, then those that need an object
        // found by the gazetteer or by a standalone rule.
        // Where names are known so far, and as what.
        let mut standalone: Vec<(Span, EntityType)> =
            independent.iter().map(|c| (c.span, c.kind)).collect();
        let mut needing: Vec<&PatternMatch> = Vec::new();
        for pm in matches {
            let rule = &self.rules.patterns[pm.rule];
            if rule.require_object {
                needing.push(pm);
                continue;
            }
            // A person's name after a word the gazetteer reads as part of a
            // longer name is no titled name: "General Motors", "General
            // Electric", "Prince Edward Island".
            if rule.kind == EntityType::Person
                && pm.entity.0 > pm.whole.0
                && independent.iter().any(|c| {
                    c.entry.is_some()
                        && c.kind != EntityType::Person
                        && c.span.start <= pm.whole.0
                        && c.span.end > pm.entity.0
                })
            {
                continue;
            }
            let Some(span) = clean_span(
                text,
                Span::new(pm.entity.0, pm.entity.1),
                rule.kind,
                &self.word_flags,
            ) else {
                continue;
            };
            let span = if rule.kind == EntityType::Organization {
                let span = self.without_country_before_ministry(text, span);
                self.with_name_before_of_place(flat, span, independent)
            } else {
                span
            };
            // "the Eastern and Northern regions": a compass word alone names
            // no place.
            if rule.kind == EntityType::Location && is_compass_word(span.text(text)) {
                continue;
            }
            // The gap-filling place rules: not an adjective or a month, not
            // a company after a holding noun, not inside title case, not the
            // start of a longer name; a name of several words only as a
            // whole (no word of it an adjective, "West German bond trading";
            // nothing cut off by `clean_span`, "The Observer"; no possessive,
            // no named undertaking, no noun after it, no known name inside).
            if rule.id == PLACE_AFTER_LOCATIVE || rule.id == PLACE_AFTER_MOTION {
                let name = span.text(text);
                let known_inside = || {
                    independent
                        .iter()
                        .filter(|c| c.entry.is_some())
                        .map(|c| c.span)
                        .chain(places.iter().map(|p| p.span))
                        .any(|k| k != span && span.start <= k.start && k.end <= span.end)
                };
                let several_not_whole = || {
                    name.contains(['\'', '’'])
                        || name
                            .split(' ')
                            .next()
                            .is_some_and(|w| NAMED_UNDERTAKING_FIRST.contains(&w))
                        || names_a_noun_after(flat, span.end)
                        || known_inside()
                };
                if self.is_adjective_or_month(name)
                    || name.split(' ').any(is_adjective_like)
                    || span != Span::new(pm.entity.0, pm.entity.1)
                    || name.contains(' ') && several_not_whole()
                    || after_holding_noun(flat, pm.whole.0)
                    // "the spin-off Diamond Shamrock": no locative word.
                    || flat[..pm.whole.0].ends_with('-')
                    || inside_title_case(flat, pm.whole.0)
                    || starts_longer_place(flat, span.end)
                    || rule.id == PLACE_AFTER_LOCATIVE
                        && after_at_or_from(flat, pm.whole.0)
                        && self.not_a_place_after_at_or_from(flat, pm.whole.0, span)
                {
                    continue;
                }
            }
            let c = Candidate {
                span,
                kind: rule.kind,
                entry: None,
                priority: rule.priority,
                team_of: None,
            };
            // "the regions of O'Higgins and Maule": the other names of a
            // list that starts with a place are places.
            if rule.kind == EntityType::Location {
                // (Read on the joined text, as the rule was: "in San
                // Francisco and Los\nAngeles" lists "Los Angeles".)
                for span in self.listed_names_after(flat, c.span.end) {
                    standalone.push((span, c.kind));
                    out.push(Candidate { span, ..c.clone() });
                }
            }
            standalone.push((c.span, c.kind));
            out.push(c);
            if let (Some(obj), Some(rel)) = (pm.object, &rule.relation) {
                let kind = rule.object_type.unwrap_or(EntityType::Organization);
                if let Some(ospan) =
                    clean_span(text, Span::new(obj.0, obj.1), kind, &self.word_flags)
                {
                    let otext = ospan.text(text);
                    // An unknown object becomes an entity only when it looks
                    // like an institution (head word or acronym), or when the
                    // role is one only a company has ("chief executive of
                    // Lusomar Energia") and no known name lies in it.
                    // Not when a lowercase noun goes on: "chairman of the
                    // Adjara regional government" names a government.
                    let noun_follows = || {
                        text[ospan.end..]
                            .strip_prefix(' ')
                            .and_then(|a| a.split([' ', ',', '.']).next())
                            .is_some_and(|w| {
                                is_lowercase_word(w)
                                    && !CLAUSE_WORDS.contains(&w)
                                    && !matches!(w, "in" | "at" | "for" | "since" | "from" | "to")
                            })
                    };
                    let company_role = || {
                        role_text(text, pm, rule)
                            .is_some_and(|r| COMPANY_ROLES.contains(&r.as_str()))
                            && otext.len() >= 3
                            && !independent.iter().any(|c| c.span.overlaps(ospan))
                            && !noun_follows()
                    };
                    if kind == EntityType::Organization
                        && (has_org_head(otext, words) || is_all_caps(otext) || company_role())
                    {
                        out.push(Candidate {
                            span: ospan,
                            kind,
                            entry: None,
                            priority: rule.priority - 5,
                            team_of: None,
                        });
                    }
                    hints.push(RelationHint {
                        kind: rel.clone(),
                        subject: span,
                        object: ospan,
                        role: role_text(text, pm, rule),
                    });
                }
            }
        }
        // Rules that need an object are searched only around the names found
        // so far (see `RuleSet::find_near_objects`); in rule order, as a
        // search of the whole text would give them.
        let found: Vec<(usize, usize, EntityType)> = standalone
            .iter()
            .map(|&(span, kind)| (span.start, span.end, kind))
            .collect();
        let near = self.rules.find_near_objects(flat, &found, None);
        needing.extend(near.iter());
        needing.sort_by_key(|pm| pm.rule);
        for pm in needing {
            let rule = &self.rules.patterns[pm.rule];
            let Some(obj) = pm.object else { continue };
            let obj = Span::new(obj.0, obj.1);
            // The name found lies in the object, but not after an "and"
            // there: that is another's ("Ann Roe of NWSC and Li Wen of the
            // Democratic Party": Ann Roe is not of the party).
            let found = standalone.iter().any(|&(span, kind)| {
                span.overlaps(obj)
                    && rule.object_type.is_none_or(|k| k == kind)
                    && span.start >= obj.start
                    && span.end <= obj.end + 1
                    && !flat[obj.start..span.start].contains(" and ")
            });
            if !found {
                continue;
            }
            let Some(span) = clean_span(
                text,
                Span::new(pm.entity.0, pm.entity.1),
                rule.kind,
                &self.word_flags,
            ) else {
                continue;
            };
            // The name is already known as something else ("from China,
            // Russia": China is no place located in Russia).
            if standalone
                .iter()
                .any(|&(s, kind)| s.overlaps(span) && kind != rule.kind)
            {
                continue;
            }
            out.push(Candidate {
                span,
                kind: rule.kind,
                entry: None,
                priority: rule.priority,
                team_of: None,
            });
            if let Some(rel) = &rule.relation {
                hints.push(RelationHint {
                    kind: rel.clone(),
                    subject: span,
                    object: obj,
                    role: role_text(text, pm, rule),
                });
            }
        }
    }

    /// "the Peruvian Health Ministry", "the Kyrgyz Ministry of Emergency
    /// Situations", "the Solomon Islands Ministry of Education": a country
    /// or its demonym before a ministry says whose ministry it is and is no
    /// part of its name (unlike "Indonesian Red Cross" or "Chinese Academy
    /// of Sciences", whose official names hold the demonym).
    fn without_country_before_ministry(&self, text: &str, span: Span) -> Span {
        let name = span.text(text);
        if !name.contains("Ministry") {
            return span;
        }
        let mut prefix_end = 0;
        for _ in 0..2 {
            let Some(space) = name[prefix_end..].find(' ') else {
                break;
            };
            prefix_end += space;
            let rest = &name[prefix_end + 1..];
            let ministry_follows =
                rest.starts_with(char::is_uppercase) && rest.split(' ').any(|w| w == "Ministry");
            let names_country = || {
                self.gazetteer
                    .lookup(&name[..prefix_end])
                    .iter()
                    .any(|c| self.gazetteer.entry(c.entry as usize).kind == EntityType::Country)
            };
            if ministry_follows && names_country() {
                return Span::new(span.start + prefix_end + 1, span.end);
            }
            prefix_end += 1;
        }
        span
    }

    /// "Barnett Banks of Florida Inc", "General Motors of Canada Ltd",
    /// "Sealy Mattress Co of Michigan Inc": a company named after the place
    /// it serves, of which the pattern for legal forms reads only "Florida
    /// Inc" ("of" is lowercase). When all of the name before its legal form
    /// is a place the gazetteer found, the capitalised words before "of"
    /// are the company's name too (else they would be read as a person "of"
    /// a company). "Ann Roe of Nikko Securities Inc" names no place there.
    /// `flat` is the text with wrapped lines joined ("Smelting\nCo of").
    fn with_name_before_of_place(&self, flat: &str, span: Span, independent: &[Candidate]) -> Span {
        let text = flat;
        let Some(place) = independent.iter().find(|c| {
            c.span.start == span.start
                && c.span.end < span.end
                && c.entry.is_some()
                && matches!(c.kind, EntityType::Location | EntityType::Country)
        }) else {
            return span;
        };
        let legal = &self.rules.legal_forms_after_known;
        let only_legal_forms = text[place.span.end..span.end]
            .split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| w == "Pty" || legal.iter().any(|f| f == w));
        let before = &text[..span.start];
        let Some(before) = before
            .strip_suffix(" of ")
            .or_else(|| before.strip_suffix(" of the "))
        else {
            return span;
        };
        if !only_legal_forms {
            return span;
        }
        // Capitalised words back from "of", one space apart ("and" between
        // them), as the pattern reads a name: at most six.
        let word_char = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.');
        let mut start = before.len();
        for taken in 0..6 {
            // The word ends at `start`, or one space before it.
            let end = match start.checked_sub(1) {
                _ if taken == 0 => start,
                Some(space) if before.as_bytes()[space] == b' ' => space,
                _ => break,
            };
            let word_start = before[..end]
                .char_indices()
                .rev()
                .find(|&(_, c)| !word_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let w = &before[word_start..end];
            // "Burns Fry Ltd and Richardson Greenshields of Canada Ltd",
            // "Kenya Ltd. Quarry Stone Co of Ghana Ltd": a legal form ends
            // the company before, unless "of" follows it ("Aluminum Co of
            // Canada Ltd").
            let ends_company_before = taken > 0 && legal.iter().any(|f| f == w);
            if ends_company_before || !(is_capitalised(w) || (w == "and" && taken > 0)) {
                break;
            }
            start = word_start;
        }
        if let Some(rest) = before[start..].strip_prefix("and ") {
            start = before.len() - rest.len();
        }
        if start == before.len() {
            return span;
        }
        clean_span(
            text,
            Span::new(start, span.end),
            EntityType::Organization,
            &self.word_flags,
        )
        .unwrap_or(span)
    }

    /// A mention lies inside one sentence. A candidate that runs past the end
    /// of its sentence (the splitter broke inside a name: "AMR\nCorp",
    /// "Dr. Chen\nChina") is clipped to the sentence where it starts — the
    /// reader sees the name begin there — if what is left is still a name
    /// (for a gazetteer entry: a capitalised word that is not a common word
    /// or pronoun; for a pattern name: two words or more, and for an
    /// institution not all in capitals); otherwise it is dropped.
    fn keep_within_sentences(&self, doc: &Document, candidates: &mut Vec<Candidate>) {
        if doc.sentences.is_empty() {
            return;
        }
        let text = doc.text.as_str();
        let words = &self.rules.words;
        candidates.retain_mut(|c| {
            let s = doc.sentences[doc.sentence_of(c.span.start)];
            if c.span.start < s.start || c.span.start >= s.end {
                return false;
            }
            if c.span.end <= s.end {
                return true;
            }
            let kept = text[c.span.start..s.end]
                .trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, ',' | ';' | ':'));
            let end = c.span.start + kept.len();
            if end == c.span.start {
                return false;
            }
            let clipped = Span::new(c.span.start, end);
            // "By Owen Crowell\nCumberland Courier": a byline's name before
            // the paper's; the institution is the line with its head word.
            if let Some(tail) = self.institution_after_break(text, c, s.end) {
                c.span = tail;
                return true;
            }
            let span = if c.entry.is_some() {
                let lower = kept.to_lowercase();
                let ok = kept.chars().count() >= 2
                    && is_capitalised(kept)
                    && !words.common.contains(&lower)
                    && !words.pronouns.contains(&lower);
                ok.then_some(clipped)
            } else {
                // One word left of a longer name ("First" of "First\nNational
                // Bank") says too little to keep; an institution cut to words
                // in capitals is a header line before the name ("PRESS
                // RELEASE\nMinistry of ...").
                clean_span(text, clipped, c.kind, &self.word_flags).filter(|sp| {
                    let kept = sp.text(text);
                    kept.split_whitespace().nth(1).is_some()
                        && (c.kind != EntityType::Organization
                            || kept.bytes().any(|b| b.is_ascii_lowercase()))
                })
            };
            match span {
                Some(span) => {
                    c.span = span;
                    true
                }
                None => false,
            }
        });
    }

    /// An institution a pattern read over a line break (its sentence ends at
    /// `sentence_end`) with no head word before the break: the line after
    /// the break, when it is a whole line of two words or more (the
    /// pattern ended the name on its head word there).
    fn institution_after_break(
        &self,
        text: &str,
        c: &Candidate,
        sentence_end: usize,
    ) -> Option<Span> {
        if c.kind != EntityType::Organization || c.entry.is_some() {
            return None;
        }
        let whole = c.span.text(text);
        let break_at = c.span.start + whole.rfind('\n')?;
        if break_at < sentence_end.saturating_sub(1)
            || text[c.span.start..break_at]
                .split_whitespace()
                .any(|w| self.is_institution_head(w))
        {
            return None;
        }
        // Two short lines, the first at most "By" before the name, the
        // second the name alone: in wrapped copy the name goes on after the
        // break and the line with it ("Nuclear\nRegulatory Commission
        // granted"; "full name is Southern New England\nTelecommunications
        // Corp.").
        let line_start = text[..c.span.start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..c.span.start]
            .split_whitespace()
            .nth(1)
            .is_some()
        {
            return None;
        }
        let tail = Span::new(break_at + 1, c.span.end);
        let name = tail.text(text);
        let ends_line = text[c.span.end..].trim_start_matches([' ', '\r']);
        ((ends_line.is_empty() || ends_line.starts_with('\n'))
            && name.split_whitespace().nth(1).is_some())
        .then_some(tail)
    }

    /// "Valeska Paris … Paris said": two or three capitalised words whose
    /// last word recurs alone elsewhere in the article are a person's name
    /// (institutions and places are rarely called by their last word).
    fn recurring_name_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        caps: &[u32],
        out: &mut Vec<Candidate>,
    ) {
        // Whether a token is shaped like part of a person's name (cheap), and
        // whether it could be one (word lists: asked only inside runs of such
        // words, since most capitalised words stand alone).
        let shaped = |t: &Token| {
            t.cap && {
                let w = t.span.text(text);
                !is_all_caps(w) && w.chars().nth(1).is_some()
            }
        };
        let nameish = |t: &Token| {
            let w = t.span.text(text);
            // (`is_never_a_name_part` and leading noise from one lowercasing.)
            shaped(t)
                && !(self.may_break_name(t, w)
                    && (self.rules.words.not_name.contains(w)
                        || with_lower(w, |l| self.name_breakers_lower.contains(l))))
        };
        let joined = |a: &Token, b: &Token| one_space_between(text, a, b);
        // Runs of two or three name-shaped words not followed by another
        // capitalised word: (first token, last token).
        let mut runs: Vec<(usize, usize)> = Vec::new();
        // The scan moves on by one token or past a run; a run starts with
        // a capitalised word, so only those are visited.
        let mut next = 0;
        for &k in caps {
            let k = k as usize;
            if k < next {
                continue;
            }
            next = k + 1;
            // A run starts with two capitalised words (both must be
            // name-shaped): most fail this test of the next token's flag.
            if !tokens.get(k + 1).is_some_and(|n| n.cap) {
                continue;
            }
            // A run needs a second word: without one, whatever the first word
            // is, the scan moves on by one token.
            let starts_run = tokens
                .get(k + 1)
                .is_some_and(|n| joined(&tokens[k], n) && shaped(n));
            if !starts_run || !nameish(&tokens[k]) {
                continue;
            }
            let mut end = k;
            while end + 1 < tokens.len()
                && end - k < 2
                && joined(&tokens[end], &tokens[end + 1])
                && nameish(&tokens[end + 1])
            {
                end += 1;
            }
            let next_is_cap = tokens
                .get(end + 1)
                .is_some_and(|n| joined(&tokens[end], n) && n.cap);
            if end > k && !next_is_cap {
                runs.push((k, end));
            }
            next = end + 1;
        }
        if runs.is_empty() {
            return;
        }
        // Of the runs' first and last words, those the article also writes
        // as a capitalised word standing alone (no capitalised neighbour):
        // one scan over the tokens, hashing only words shaped like them.
        // (Sized up front: grown by doubling, a set rehashes at every step.)
        let mut asked: FastSet<&str> =
            FastSet::with_capacity_and_hasher(2 * runs.len(), Default::default());
        let mut shapes = ShapeFilter::default();
        for &(k, end) in &runs {
            for t in [k, end] {
                let w = tokens[t].span.text(text);
                asked.insert(w);
                shapes.insert(w);
            }
        }
        let mut alone: FastSet<&str> =
            FastSet::with_capacity_and_hasher(asked.len(), Default::default());
        for &k in caps {
            let k = k as usize;
            let t = &tokens[k];
            if !shapes.may_contain_token(t.shape) {
                continue;
            }
            let w = t.span.text(text);
            if !asked.contains(w) {
                continue;
            }
            let next_cap = tokens.get(k + 1).is_some_and(|n| joined(t, n) && n.cap);
            if next_cap {
                continue;
            }
            // "Minister Rahimzoda": a title before the word leaves it alone
            // (not one inside a longer name: "Pig King Festival"). Asked
            // only of a capitalised word right before (the title list is
            // looked up lowercased: one lowercasing per such word).
            let prev_cap = k > 0
                && joined(&tokens[k - 1], t)
                && tokens[k - 1].cap
                && !(with_lower(tokens[k - 1].span.text(text), |l| {
                    self.rules.titles.contains(l)
                }) && !(k > 1 && joined(&tokens[k - 2], &tokens[k - 1]) && tokens[k - 2].cap));
            if !prev_cap {
                alone.insert(w);
            }
        }
        if alone.is_empty() {
            return;
        }
        let gazetteer_starts: FastSet<usize> = sized_set(
            out.iter()
                .filter(|c| c.entry.is_some())
                .map(|c| c.span.start),
        );
        for (k, end) in runs {
            if alone.contains(tokens[end].span.text(text))
                // "Warhol Polaroids": a first word that stands alone elsewhere
                // is a name used as a modifier.
                && !alone.contains(tokens[k].span.text(text))
                && !gazetteer_starts.contains(&tokens[k].span.start)
            {
                out.push(Candidate {
                    span: Span::new(tokens[k].span.start, tokens[end].span.end),
                    kind: EntityType::Person,
                    entry: None,
                    priority: RECURRING_NAME_PRIORITY,
                    team_of: None,
                });
            }
        }
    }

    /// "Zaitsev, 57, is", "said Nodira Karimova, 34, who": a name with an
    /// age in commas after it is a person's (places and institutions are
    /// given no ages). The name is up to five capitalised words, initials
    /// ("George A. Ferris") and name particles before the age.
    fn age_apposition_candidates(&self, text: &str, tokens: &[Token], out: &mut Vec<Candidate>) {
        for k in ages_after_comma(text, tokens) {
            if !is_age_apposition_end(&text[tokens[k].span.end..]) {
                continue;
            }
            let Some(first) = self.name_start_before(text, tokens, k - 1) else {
                continue;
            };
            out.push(Candidate {
                span: Span::new(tokens[first].span.start, tokens[k - 1].span.end),
                kind: EntityType::Person,
                entry: None,
                priority: GIVEN_NAME_PRIORITY,
                team_of: None,
            });
        }
    }

    /// The first token of a person's name that ends at token `last`: up to
    /// five capitalised words, initials and particles, one space apart
    /// (". " after an initial). `None` when `last` cannot end a name.
    fn name_start_before(&self, text: &str, tokens: &[Token], last: usize) -> Option<usize> {
        let name_word = |t: &Token| {
            let w = t.span.text(text);
            t.cap
                && (!is_all_caps(w) || w.len() == 1)
                && !(self.may_break_name(t, w)
                    && (self.rules.words.not_name.contains(w)
                        || with_lower(w, |l| self.name_breakers_lower.contains(l))))
                && !with_lower(w, |l| self.rules.titles.contains(l))
        };
        // ("Jr" alone is the end of a name cut by a line break.)
        if !name_word(&tokens[last]) || tokens[last].span.len() < 3 {
            return None;
        }
        let mut first = last;
        // Up to five words: "Luiz Inacio Lula da Silva".
        while first > 0 && last - first < 4 {
            let (prev, t) = (&tokens[first - 1], &tokens[first]);
            let gap = &text[prev.span.end..t.span.start];
            let initial = prev.span.len() == 1 && prev.cap;
            let particle = self.name_particles.contains(prev.span.text(text));
            let joins = match gap {
                ". " => initial,
                " " => name_word(prev) || particle,
                _ => false,
            };
            if !joins {
                break;
            }
            first -= 1;
        }
        // A name starts with a capitalised word, not a particle.
        while !tokens[first].cap {
            first += 1;
        }
        // Nor with the word that opens the sentence only by being first:
        // "Chanting Helmut Kohl, 57, …", "Neither Sarney, 62, nor …".
        if first < last && opens_sentence(text, tokens[first].span.start) {
            let w = tokens[first].span.text(text);
            if self.rules.words.common.contains(w)
                || w.ends_with("ing")
                || with_lower(w, is_leading_noise)
            {
                first += 1;
            }
        }
        Some(first)
    }

    /// Whether a capitalised word is an ordinary word, pronoun, institution
    /// head or listed non-name ("Monday"), and so no part of a person's name.
    fn is_never_a_name_part(&self, w: &str) -> bool {
        self.rules.words.not_name.contains(w)
            || with_lower(w, |l| self.never_name_lower.contains(l))
    }

    /// Whether capitalised token `t` (word `w`) may be a `not_name` word
    /// or, lowercased, one of [`EntityRecognizer::name_breakers_lower`]:
    /// `false` is certain. Most words of a run of capitalised words are
    /// names, which the shape filter turns away without hashing. Only a
    /// plain word not ending in a capital lowercases to a word of its own
    /// length and last byte, the shape the filter holds; any other word
    /// needs the lookups.
    fn may_break_name(&self, t: &Token, w: &str) -> bool {
        let ends_lower = w.as_bytes().last().is_some_and(|b| !b.is_ascii_uppercase());
        !(t.plain && ends_lower) || self.name_breaker_shapes.may_contain_token(t.shape)
    }

    /// "He Lianfang", "Zhao Wei", "Li Mingxuan": a Chinese surname (the
    /// `surname_first` list) followed by a given name written in pinyin,
    /// which no list of given names holds. Not when another capitalised
    /// word follows ("Yang Ming Marine"); a surname that is also an English
    /// word ("He", "Long") at a sentence start needs a given name of two
    /// syllables ("He Can" is no name).
    fn chinese_name_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        initial: &Initials,
        caps: &[u32],
        out: &mut Vec<Candidate>,
    ) {
        let words = &self.rules.words;
        // Asked of every token: a bit filter first, the set only on a hit.
        // When every listed surname is capitalised (see
        // `surnames_capitalised`), only capitalised tokens can be one.
        let shapes = &self.surname_first_shapes;
        let all: Vec<u32>;
        let visited: &[u32] = if self.surnames_capitalised {
            caps
        } else {
            all = (0..tokens.len() as u32).collect();
            &all
        };
        for &k in visited {
            let k = k as usize;
            if k + 1 >= tokens.len() {
                break;
            }
            if !shapes.may_contain_token(tokens[k].shape) {
                continue;
            }
            let surname = tokens[k].span.text(text);
            let chinese = words.surname_first.contains(surname);
            if !chinese && !words.surname_first_hyphenated.contains(surname) {
                continue;
            }
            let given = &tokens[k + 1];
            if &text[tokens[k].span.end..given.span.start] != " " {
                continue;
            }
            let g = given.span.text(text);
            // "Kwok Ka-ki", "Moon Jae-in": the hyphen tells the given name
            // (no English word is two such syllables), whatever follows.
            if !given.plain && is_hyphenated_given_name(g) {
                out.push(Candidate {
                    span: Span::new(tokens[k].span.start, given.span.end),
                    kind: EntityType::Person,
                    entry: None,
                    priority: GIVEN_NAME_PRIORITY,
                    team_of: None,
                });
                continue;
            }
            if !chinese {
                continue;
            }
            // "Sun Co": a legal form is no given name.
            if !is_capitalised(g)
                || is_all_caps(g)
                || self.is_never_a_name_part(g)
                || self.rules.legal_forms_after_known.iter().any(|f| f == g)
            {
                continue;
            }
            let Some(syllables) = pinyin_syllables(g) else {
                continue;
            };
            let english_word =
                self.word_flags.lower(surname) & (WordFlags::PRONOUN | WordFlags::COMMON) != 0;
            if english_word && initial.at(k) && syllables < 2 {
                continue;
            }
            // "Yang Ming Marine": a longer capitalised name goes on. But
            // "Tan Wei Ling": a given name written as two one-syllable
            // words, when nothing capitalised follows them.
            // The token after token `j`, if it is capitalised and one space on.
            let capitalised_after = |j: usize| {
                tokens.get(j + 1).filter(|n| {
                    &text[tokens[j].span.end..n.span.start] == " "
                        && is_capitalised(n.span.text(text))
                })
            };
            let mut end = given.span.end;
            if let Some(next) = capitalised_after(k + 1) {
                let w = next.span.text(text);
                let second_syllable = syllables == 1
                    && !is_all_caps(w)
                    && pinyin_syllables(w) == Some(1)
                    && !self.is_never_a_name_part(w)
                    && capitalised_after(k + 2).is_none();
                if !second_syllable {
                    continue;
                }
                end = next.span.end;
            }
            out.push(Candidate {
                span: Span::new(tokens[k].span.start, end),
                kind: EntityType::Person,
                entry: None,
                priority: GIVEN_NAME_PRIORITY,
                team_of: None,
            });
        }
    }

    /// Token `k`, a capitalised word with diacritics whose unaccented
    /// spelling is a known given name, is more likely a word of a Spanish
    /// or Portuguese place or institution name ("the Cámara Agropecuaria",
    /// "the river town of Bahía Negra", "Sto. Niño Parish", "San José"):
    /// after "the", after a capitalised word (with a space or an
    /// abbreviation's full stop between), or after a locative word unless
    /// an apposition or a verb of saying follows the surname.
    fn accented_word_in_other_name(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        let before = &text[..tokens[k].span.start];
        if ends_with_article(before) {
            return true;
        }
        if k > 0 {
            let prev = tokens[k - 1];
            let gap = &text[prev.span.end..tokens[k].span.start];
            if prev.cap && (gap == " " || gap == ". ") {
                return true;
            }
        }
        self.locative_before(text, tokens[k].span.start)
            && !self.surname_before_apposition(text, tokens, k + 1)
    }

    /// "Michael Jordan", "Chad Smith": a known given name followed by
    /// capitalised words that are not ordinary words.
    /// "help from Chad Whitmore, a diplomat", "according to Jordan Haddad,
    /// the cooperative's chairwoman": token `k`, a capitalised word after a
    /// given name that is also a country, is the last word of a person's
    /// name when an apposition or a verb of saying follows it (the country
    /// after a locative word is followed by no such thing: "Ambassador to
    /// Chad Wang Lixin", "in Jordan Tuesday").
    fn surname_before_apposition(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        let Some(t) = tokens.get(k) else { return false };
        let w = t.span.text(text);
        let after = &text[t.span.end..];
        one_space_between(text, &tokens[k - 1], t)
            && t.cap
            && !is_all_caps(w)
            && !self.given_names.contains(w)
            && !self.is_never_a_name_part(w)
            && (after.starts_with(", a ")
                || after.starts_with(", an ")
                || after.starts_with(", the ")
                || after.starts_with(", who ")
                || after.strip_prefix(' ').is_some_and(|a| {
                    let verb = a.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    self.rules.words.speech_verbs.contains(verb)
                }))
    }

    /// "Georgia Whitcombe, a British volunteer who", "said Georgia Meekis,
    /// the First Nation's chief": token `k`, a capitalised word after a
    /// place's name that no list knows as a given name, is a person's
    /// surname when a person's apposition follows it: ", who", or an
    /// article whose first few words hold a role or "who" (not "Texas
    /// Instruments, the chipmaker", nor "Bangor Hydro said").
    fn surname_before_person_cue(&self, text: &str, tokens: &[Token], k: usize) -> bool {
        if !self.surname_before_apposition(text, tokens, k) {
            return false;
        }
        let after = &text[tokens[k].span.end..];
        if after.starts_with(", who ") {
            return true;
        }
        // Not a verb of saying alone: "Bangor Hydro said", "Japan Line
        // said" are companies named after their places.
        let Some(rest) = after
            .strip_prefix(", a ")
            .or_else(|| after.strip_prefix(", an "))
            .or_else(|| after.strip_prefix(", the "))
        else {
            return false;
        };
        let apposition = rest.split([',', '.', ';', ':', '(']).next().unwrap_or("");
        apposition.split(' ').take(6).any(|w| {
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            w == "who"
                || w.ends_with("-year-old")
                || (!w.is_empty()
                    && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && self.role_words.contains(w))
        })
    }

    fn given_name_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        initial: &Initials,
        caps: &[u32],
        out: &mut Vec<Candidate>,
    ) {
        let words = &self.rules.words;
        // Multi-word gazetteer names ("Santa Clara", "Abu Dhabi", "Ho Chi
        // Minh City") are not a given name plus surname, nor hold one.
        let gazetteer_multiword: Vec<Span> = out
            .iter()
            .filter(|c| c.entry.is_some() && c.span.text(text).contains(' '))
            .map(|c| c.span)
            .collect();
        let in_multiword = |at: usize| {
            gazetteer_multiword
                .iter()
                .any(|g| g.start <= at && at < g.end)
        };
        // A surname can follow: one space on, a capitalised word, an Arabic
        // article name or a particle (cheap, so it is asked before the word
        // lists; the loop below decides).
        // (A token's `cap` is `is_capitalised` of its word; a plain token
        // has no hyphen, so no Arabic article.)
        let surname_may_follow = |k: usize| {
            tokens.get(k + 1).is_some_and(|next| {
                let w = next.span.text(text);
                one_space_between(text, &tokens[k], next)
                    && (((next.cap || (!next.plain && is_arabic_article_name(w)))
                        && !is_all_caps(w))
                        || (self.name_particle_shapes.may_contain_token(next.shape)
                            && self.name_particles.contains(w)))
            })
        };
        let gazetteer_people: Vec<Span> = out
            .iter()
            .filter(|c| c.entry.is_some() && c.kind == EntityType::Person)
            .map(|c| c.span)
            .collect();
        // Countries by start: "Ambassador to Chad Wang Lixin" — a given
        // name that is a country after a locative word is the country.
        // Not towns: "to Eugene Krenzler", "to Sofia Coppola" are people.
        let place_starts: FastSet<usize> = sized_set(
            out.iter()
                .filter(|c| c.kind == EntityType::Country)
                .map(|c| c.span.start),
        );
        // One-word places by start ("Georgia"): a place's name that is a
        // given name no list knows, before a surname and a person's cue.
        let one_word_places: FastSet<usize> = sized_set(
            out.iter()
                .filter(|c| {
                    c.entry.is_some()
                        && matches!(c.kind, EntityType::Country | EntityType::Location)
                        && !c.span.text(text).contains(' ')
                })
                .map(|c| c.span.start),
        );
        // The people so found ("Georgia Whitcombe"): their names written
        // again elsewhere, with no cue there, are still theirs.
        let mut place_named_people: Vec<Span> = Vec::new();
        let is_initial = |t: Token| {
            let w = t.span.text(text).as_bytes();
            w.len() == 1 && w[0].is_ascii_uppercase()
        };
        // A given name written with its diacritics ("Ömer", "Łukasz",
        // "Ángel") is looked up without them too: the gazetteer's people
        // are written in ASCII. Only for a word with a letter outside ASCII
        // and a surname after it, into one buffer.
        let mut unaccented = String::new();
        // The scan moves on by one token, two, or past a name found; only
        // capitalised tokens start a name, so only they are visited.
        let mut next = 0;
        for &k in caps {
            let k = k as usize;
            if k < next {
                continue;
            }
            next = k + 1;
            let first = tokens[k].span.text(text);
            if one_word_places.contains(&tokens[k].span.start)
                && surname_may_follow(k)
                && !self.given_names.contains(first)
                && !self.locative_before(text, tokens[k].span.start)
                && !ends_with_article(&text[..tokens[k].span.start])
                && !one_word_places.contains(&tokens[k + 1].span.start)
                && (self.surname_before_person_cue(text, tokens, k + 1)
                    || (self.role_or_birth_before(text, tokens[k].span.start)
                        && !self.is_never_a_name_part(tokens[k + 1].span.text(text))))
            {
                let span = Span::new(tokens[k].span.start, tokens[k + 1].span.end);
                place_named_people.push(span);
                out.push(Candidate {
                    span,
                    kind: EntityType::Person,
                    entry: None,
                    priority: GIVEN_NAME_PRIORITY,
                    team_of: None,
                });
                next = k + 2;
                continue;
            }
            if !surname_may_follow(k)
                || (after_place_kind_of(&text[..tokens[k].span.start])
                    && !self.surname_before_apposition(text, tokens, k + 1))
                || !(self.given_names.contains(first)
                    || (!tokens[k].plain
                        && unaccented_into(first, &mut unaccented)
                        && self.given_names.contains(unaccented.as_str())
                        && !self.accented_word_in_other_name(text, tokens, k)))
                || (initial.at(k) && contains_lower(&words.common, first))
                || in_multiword(tokens[k].span.start)
                || (place_starts.contains(&tokens[k].span.start)
                    && self.locative_before(text, tokens[k].span.start)
                    && !self.surname_before_apposition(text, tokens, k + 1))
            {
                continue;
            }
            let mut end = k;
            // Particles and initials do not count against the length limit.
            let mut particles = 0;
            // Where the name ended at three words: a fourth ("Nguyen Thi
            // Lan Anh", "Ana María de la Torre Betancor", "Abdul Sattar bin
            // Qasim") is taken only when the run of name words ends there.
            let mut end_at_three = None;
            while end + 1 < tokens.len() && end - k < 3 + particles {
                if end - k == 2 + particles {
                    end_at_three = Some(end);
                }
                let next = tokens[end + 1];
                let gap = &text[tokens[end].span.end..next.span.start];
                let w = next.span.text(text);
                // "Thomas W. Okafor": an initial's full stop stands inside the name.
                let after_initial = gap == ". " && end > k && is_initial(tokens[end]);
                if gap != " " && !after_initial {
                    break;
                }
                // "Charles de Gaulle", "Ursula von der Leyen": particles
                // join when a capitalised name word follows them.
                if self.name_particles.contains(w) {
                    let mut j = end + 1;
                    while j < tokens.len()
                        && j - (end + 1) < 2
                        && self.name_particles.contains(tokens[j].span.text(text))
                        && &text[tokens[j - 1].span.end..tokens[j].span.start] == " "
                    {
                        j += 1;
                    }
                    let joined = tokens.get(j).is_some_and(|t| {
                        let tw = t.span.text(text);
                        &text[tokens[j - 1].span.end..t.span.start] == " "
                            && is_capitalised(tw)
                            && !is_all_caps(tw)
                            && !self.is_never_a_name_part(tw)
                    });
                    if !joined {
                        break;
                    }
                    particles += j - (end + 1);
                    end = j;
                    continue;
                }
                if !(is_capitalised(w) || is_arabic_article_name(w))
                    || is_all_caps(w)
                    || self.is_never_a_name_part(w)
                {
                    break;
                }
                if is_initial(next) {
                    particles += 1;
                }
                end += 1;
            }
            if let Some(three) = end_at_three.filter(|&three| three < end) {
                let runs_on = tokens.get(end + 1).is_some_and(|next| {
                    let w = next.span.text(text);
                    &text[tokens[end].span.end..next.span.start] == " "
                        && (is_capitalised(w) || self.name_particles.contains(w))
                });
                let fourth = tokens[end].span.start;
                let fourth_word = tokens[end].span.text(text);
                // Known as a place or company, or a legal form or head of
                // an institution's name ("William Pipe Line Co").
                let known_fourth = out
                    .iter()
                    .any(|c| c.entry.is_some() && c.span.start == fourth)
                    || self
                        .rules
                        .legal_forms_after_known
                        .iter()
                        .any(|f| f == fourth_word)
                    || contains_lower(&words.org_heads, fourth_word);
                if runs_on || known_fourth || is_initial(tokens[end]) {
                    end = three;
                }
            }
            // "Thomas W." with no surname after the initial: the name is
            // the given name alone, which is no candidate.
            if end > k && is_initial(tokens[end]) && text[tokens[end].span.end..].starts_with('.') {
                end -= 1;
            }
            if end > k {
                // The name must not run on into an institution ("George Washington University").
                let after = &text[tokens[end].span.end..];
                let next_word = after.split_whitespace().next().unwrap_or("");
                let span = Span::new(tokens[k].span.start, tokens[end].span.end);
                // Part of a longer name the gazetteer knows ("Eduardo dos
                // Santos" in "Jose Eduardo dos Santos").
                let inside_known = gazetteer_people
                    .iter()
                    .any(|p| p.overlaps(span) && !span.contains(*p));
                // Stopped by the length limit with a name word still to
                // come ("Tran Thi Bich" of "Deputy Minister Tran Thi Bich
                // Ngoc"): a pattern that read the whole name after a title
                // or role knows better.
                let cut = tokens.get(end + 1).is_some_and(|next| {
                    let w = next.span.text(text);
                    &text[tokens[end].span.end..next.span.start] == " "
                        && is_capitalised(w)
                        && !is_all_caps(w)
                        && !self.is_never_a_name_part(w)
                });
                // Started inside a run of name words ("Moussa Gamar" of
                // "Health Minister Abdelkerim Moussa Gamar", where only
                // "Moussa" is a known given name): a pattern that read the
                // run from its start knows better, as with a cut name. Not
                // after a word that is never in a name, nor an English word
                // ("Attorney Rudolph Giuliani").
                let open_left = k > 0 && {
                    let prev = tokens[k - 1];
                    let w = prev.span.text(text);
                    &text[prev.span.end..tokens[k].span.start] == " "
                        && is_capitalised(w)
                        && !is_all_caps(w)
                        && !self.is_never_a_name_part(w)
                        && !contains_lower(&words.common, w)
                };
                // A pattern that read the run from its start, or on past
                // the cut, with a cue of its own ("the school's head
                // teacher, Rhodri Evans Calvo, said", where "Evans" is a
                // given name): the scan adds nothing but a shorter name.
                // (Started inside a run, only a pattern with a role or an
                // apposition: a verb of saying before or after the run
                // takes in any capitalised word before the name, "Ambassador
                // to Iraq Mehmet Yavuz said".)
                let read_whole = (cut || open_left)
                    && out.iter().any(|c| {
                        c.kind == EntityType::Person
                            && c.entry.is_none()
                            && c.span.start <= span.start
                            && span.end <= c.span.end
                            && c.span != span
                            && (c.span.start == span.start || c.priority >= 50)
                    });
                if !contains_lower(&words.org_heads, next_word) && !inside_known && !read_whole {
                    out.push(Candidate {
                        span,
                        kind: EntityType::Person,
                        entry: None,
                        priority: if cut {
                            CUT_NAME_PRIORITY
                        } else if open_left {
                            OPEN_NAME_PRIORITY
                        } else {
                            GIVEN_NAME_PRIORITY
                        },
                        team_of: None,
                    });
                }
            }
            next = end + 1;
        }
        // "Georgia Pappas, 1937–2026" in a headline, once ", who ran the
        // diner" has shown the name a person's further on.
        if place_named_people.is_empty() {
            return;
        }
        for &k in caps {
            let k = k as usize;
            let Some(second) = tokens.get(k + 1) else {
                continue;
            };
            let span = Span::new(tokens[k].span.start, second.span.end);
            if one_word_places.contains(&span.start)
                && !place_named_people.contains(&span)
                && place_named_people
                    .iter()
                    .any(|p| p.text(text) == span.text(text))
            {
                out.push(Candidate {
                    span,
                    kind: EntityType::Person,
                    entry: None,
                    priority: GIVEN_NAME_PRIORITY,
                    team_of: None,
                });
            }
        }
    }

    /// "a Geneva foundation", "a Cebu ferry operator", "the Nairobi
    /// consultancy": a town's name between an article and a noun of an
    /// institution's kind (the `institution_kind` list) says where the
    /// institution is: the town is named.
    fn institution_kind_after(&self, text: &str, name: Span) -> bool {
        let before = &text[..name.start];
        if !(before.ends_with(" a ") || before.ends_with(" an ") || before.ends_with(" the ")) {
            return false;
        }
        let Some(after) = text[name.end..].strip_prefix(' ') else {
            return false;
        };
        let mut end = 0;
        for word in after.split(' ').take(2) {
            let letters = word
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || *b == b'-')
                .count();
            if letters == 0 {
                return false;
            }
            end += letters;
            if self.rules.institution_kinds.contains(&after[..end]) {
                return true;
            }
            if letters < word.len() {
                return false;
            }
            end += 1;
        }
        false
    }

    /// "Member Georgia Whitfield", "board chairman Jordan Ellis", "born
    /// Georgia Karamanlaki": a role word (the `role_noun` and
    /// `role_before_name` lists) or "born"/"née" right before a place's
    /// name with a surname after it makes the place's name a given name.
    fn role_or_birth_before(&self, text: &str, at: usize) -> bool {
        let Some(before) = text[..at].strip_suffix(' ') else {
            return false;
        };
        let word = before.rsplit([' ', '\n']).next().unwrap_or("");
        let lower = lowercase(word);
        // Not "a fellow Texas Democrat".
        lower == "born" || lower == "née" || (lower != "fellow" && self.role_words.contains(&lower))
    }

    // ------------------------------------------------------------ grouping

    fn group(&self, text: &str, chosen: &[Candidate]) -> Vec<Building> {
        let mut ents: Vec<Building> = Vec::new();
        /// What makes two mentions one entity outright.
        #[derive(Hash, PartialEq, Eq)]
        enum Key<'a> {
            Team(&'a str),
            Entry(usize),
            Name(EntityType, String),
        }
        // Sized up front: grown by doubling, they rehash at every step.
        let cap = chosen.len();
        let mut by_key: FastMap<Key, usize> =
            FastMap::with_capacity_and_hasher(cap, Default::default());
        let mut by_name: FastMap<(EntityType, String), usize> =
            FastMap::with_capacity_and_hasher(cap, Default::default());
        for c in chosen {
            // A gazetteer mention is known by its entry: its surface is not needed.
            let surface = if c.entry.is_none() {
                normalise_name(c.span.text(text))
            } else {
                String::new()
            };
            let key = match (c.entry, &c.team_of) {
                (None, Some((team, _))) => Key::Team(team),
                (Some(i), _) => Key::Entry(i),
                (None, None) => Key::Name(c.kind, lowercase(&surface)),
            };
            // Most mentions repeat a known entity: look that up before
            // building a name and attributes.
            if let Some(&idx) = by_key.get(&key) {
                ents[idx].mentions.push(c.span);
                continue;
            }
            let name = match (c.entry, &c.team_of) {
                (None, Some((team, _))) => team.clone(),
                (Some(i), _) => self.gazetteer.entry(i).name.clone(),
                (None, None) => surface.clone(),
            };
            // The same name found once by the gazetteer and once by a pattern.
            // (A pattern's name is its surface, lowercased for `key` already.)
            let lower_name = match &key {
                Key::Name(_, lower) => lower.clone(),
                _ => lowercase(&name),
            };
            let name_key = (c.kind, lower_name);
            if let Some(&idx) = by_name.get(&name_key) {
                ents[idx].mentions.push(c.span);
                by_key.insert(key, idx);
                continue;
            }
            if c.entry.is_none() {
                if let Some(idx) = self.find_fuller(&ents, c.kind, &surface) {
                    ents[idx].mentions.push(c.span);
                    by_key.insert(key, idx);
                    continue;
                }
                // A later full name for an earlier short one ("Trump" … "Donald Trump").
                if c.kind == EntityType::Person {
                    let words: Vec<&str> = surface.split(' ').collect();
                    if words.len() >= 2 {
                        if let Some(idx) = ents.iter().position(|e| {
                            // (Asked of every earlier entity: the string
                            // comparisons come before the hash lookup and
                            // the search for a space.)
                            e.kind == EntityType::Person
                                && e.entry.is_none()
                                && (((Some(&e.name.as_str()) == words.last()
                                    || (e.name == words[0]
                                        && self.rules.words.surname_first.contains(&e.name)))
                                    && !e.name.contains(' '))
                                    || is_name_tail_of(&surface, &e.name))
                        }) {
                            ents[idx].name = surface.clone();
                            ents[idx].mentions.push(c.span);
                            by_key.insert(key, idx);
                            continue;
                        }
                    }
                }
            }
            let attributes = match (c.entry, &c.team_of) {
                (None, Some((_, code))) if !code.is_empty() => {
                    BTreeMap::from([("country".to_string(), code.clone())])
                }
                (Some(i), _) => {
                    let e = self.gazetteer.entry(i);
                    let mut attrs = e.attributes.clone();
                    if e.kind == EntityType::Country {
                        attrs.insert("country".into(), e.id.clone());
                    }
                    attrs
                }
                (None, _) => BTreeMap::new(),
            };
            by_key.insert(key, ents.len());
            by_name.insert(name_key, ents.len());
            ents.push(Building {
                kind: c.kind,
                name,
                entry: c.entry,
                mentions: vec![c.span],
                attributes,
                acronyms: Vec::new(),
            });
        }
        // Acronyms defined in the text: "World Health Organization (WHO)".
        for e in ents.iter_mut() {
            if e.kind != EntityType::Organization {
                continue;
            }
            for m in e.mentions.clone() {
                let rest = &text[m.end..];
                if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split(')').next()) {
                    if inner.len() <= 12 && is_all_caps(inner) && !inner.contains(' ') {
                        e.acronyms.push(inner.to_string());
                    }
                }
            }
        }
        ents
    }

    /// An earlier entity this short form names: a surname, an acronym or a
    /// shortened institution name.
    fn find_fuller(&self, ents: &[Building], kind: EntityType, surface: &str) -> Option<usize> {
        // Only people and institutions go by short forms. (Asked of every
        // earlier entity for each new name: what depends on the short form
        // alone is worked out once.)
        if !matches!(kind, EntityType::Person | EntityType::Organization) {
            return None;
        }
        let words = if kind == EntityType::Person {
            name_words_vec(surface)
        } else {
            Vec::new()
        };
        let capitals = kind == EntityType::Organization && is_all_caps(surface);
        let mut found = None;
        for (idx, e) in ents.iter().enumerate() {
            if e.kind != kind {
                continue;
            }
            let hit = match kind {
                EntityType::Person => {
                    (words.len() == 1 && self.is_person_short_form(&e.name, surface))
                        || is_name_tail(&e.name, &words)
                }
                EntityType::Organization => {
                    (capitals
                        && (is_acronym_of(&e.name, surface)
                            || e.acronyms.iter().any(|a| a == surface)))
                        || is_shortened_org(&e.name, surface)
                }
                _ => false,
            };
            if hit {
                if found.is_some() {
                    // Two entities share the short form: leave it alone.
                    return None;
                }
                found = Some(idx);
            }
        }
        found
    }

    /// "Nordvik Logistics" (a headline, an "About" line) and "Nordvik
    /// Logistics ASA" are one company, whichever comes first: the name
    /// without its legal form joins the full one. So does an institution
    /// named head first without the place or owner its full name ends in
    /// ("the Câmara Municipal" after "Câmara Municipal de Arcos de
    /// Valdevez", "Instituto Nacional" after "Instituto Nacional de
    /// Estadística"). Left alone when two full names share it.
    fn merge_legal_form_variants(&self, ents: &mut [Building]) {
        let legal = &self.rules.legal_forms_after_known;
        for i in 0..ents.len() {
            if ents[i].kind != EntityType::Organization || ents[i].entry.is_some() {
                continue;
            }
            let short = ents[i].name.as_str();
            let several_words = short.contains(' ');
            let mut fuller = ents.iter().enumerate().filter(|(j, e)| {
                *j != i
                    && e.kind == EntityType::Organization
                    && !e.mentions.is_empty()
                    && e.name
                        .strip_prefix(short)
                        .and_then(|r| r.strip_prefix(' '))
                        .is_some_and(|rest| {
                            legal.iter().any(|f| f == rest)
                                || several_words
                                    && rest.split_once(' ').is_some_and(|(particle, _)| {
                                        ROMANCE_PARTICLES.contains(&particle)
                                    })
                        })
            });
            let (Some((j, _)), None) = (fuller.next(), fuller.next()) else {
                continue;
            };
            let moved = std::mem::take(&mut ents[i].mentions);
            ents[j].mentions.extend(moved);
        }
    }

    /// "Sichuan Province … Sichuan": a region's official name, with its
    /// capitalised unit word, and its bare name later are one place. The
    /// entity keeps the official name and takes the gazetteer's entry of
    /// the bare one. Not a town of the same name ("Osh Region" and Osh the
    /// city are two places), nor when two entities share the bare name.
    fn merge_official_place_names(&self, text: &str, ents: &mut [Building]) {
        for i in 0..ents.len() {
            if ents[i].kind != EntityType::Location || ents[i].entry.is_some() {
                continue;
            }
            let Some((bare, unit)) = ents[i].name.rsplit_once(' ') else {
                continue;
            };
            if !is_capitalised(unit) || !self.rules.place_units.contains(&lowercase(unit)) {
                continue;
            }
            let bare = bare.to_string();
            let mut same = ents.iter().enumerate().filter(|(j, e)| {
                *j != i
                    && e.kind == EntityType::Location
                    && (e.entry.is_none() || is_region(e))
                    && e.mentions.iter().any(|m| m.text(text) == bare)
            });
            let (Some((j, _)), None) = (same.next(), same.next()) else {
                continue;
            };
            let moved = std::mem::take(&mut ents[j].mentions);
            ents[i].mentions.extend(moved);
            if ents[j].entry.is_some() {
                ents[i].entry = ents[j].entry;
                ents[i].attributes = std::mem::take(&mut ents[j].attributes);
            }
        }
    }

    /// The words a person may later be called by: the surname (last word,
    /// or first word of a Chinese-style name). An iterator, not a Vec: it is
    /// asked for every pair of entities.
    fn person_short_forms<'a>(&self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        // (The spaces found as bytes: a name is a few words.)
        let bytes = name.as_bytes();
        let n = memchr::memchr_iter(b' ', bytes).count() + 1;
        let first = memchr::memchr(b' ', bytes).map_or(name, |i| &name[..i]);
        let last = memchr::memrchr(b' ', bytes).map_or(name, |i| &name[i + 1..]);
        let surname_first = n <= 3 && self.rules.words.surname_first.contains(first)
            || n == 2
                && self.rules.words.surname_first_hyphenated.contains(first)
                && is_hyphenated_given_name(last);
        (n >= 2)
            .then_some(last)
            .into_iter()
            .chain((n >= 2 && surname_first).then_some(first))
    }

    /// Whether `surface` is one of [`EntityRecognizer::person_short_forms`]
    /// of `name`. Asked of every earlier person for each new name: the
    /// word lists are read only when the first word is the surface.
    fn is_person_short_form(&self, name: &str, surface: &str) -> bool {
        let Some((first, _)) = name.split_once(' ') else {
            return false;
        };
        let last = name.rsplit_once(' ').map_or(name, |(_, l)| l);
        last == surface
            || (first == surface && self.person_short_forms(name).any(|f| f == surface))
            || self.is_first_of_two_surnames(name, surface)
    }

    /// "Tomás Villanueva Ortiz" … "Villanueva, 61, said": of two surnames
    /// (Spanish and Portuguese names) the first is the one used alone. Only
    /// for a mention already read as a person's name: a middle word alone
    /// is too often something else ("Standard Oil Co", "Rene Van Der").
    fn is_first_of_two_surnames(&self, name: &str, surface: &str) -> bool {
        let mut words = name.split(' ');
        let (Some(first), Some(middle), Some(_), None) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return false;
        };
        middle == surface
            && middle.len() >= 3
            && !self.name_particles.contains(&lowercase(middle))
            && !self.rules.words.surname_first.contains(first)
    }

    /// Later short forms that no rule caught: "Khan", "said He, who",
    /// "WHO". A short form that is also a pronoun or common word counts
    /// only where its capital is informative (not at a sentence start).
    fn attach_short_forms(
        &self,
        text: &str,
        tokens: &[Token],
        initial: &Initials,
        caps: &[u32],
        ents: &mut [Building],
    ) {
        // Short form → every entity it can stand for.
        let mut short: FastMap<String, Vec<usize>> = FastMap::default();
        for (idx, e) in ents.iter().enumerate() {
            let mut forms: Vec<String> = Vec::new();
            match e.kind {
                EntityType::Person => {
                    for f in self.person_short_forms(&e.name) {
                        // "Salim bin Nasser al-Harthy" … "Al-Harthy said":
                        // a surname with a lowercase particle ("al-", "el-")
                        // takes a capital at a sentence's start.
                        if let Some(cap) = particle_capitalised(f) {
                            forms.push(cap);
                        }
                        forms.push(f.to_string());
                    }
                }
                EntityType::Organization => {
                    if let Some(a) = acronym_of(&e.name) {
                        forms.push(a);
                    }
                    // A two-word name no list knows, read by a pattern
                    // ("Waterbedrijf Vechtstroom", "Instituto Credivale"):
                    // its last word alone, unless that is an ordinary word
                    // or an institution's head ("Vechtstroom will donate").
                    if e.entry.is_none() {
                        if let Some((_, last)) = e.name.split_once(' ') {
                            if !last.contains(' ')
                                && is_capitalised(last)
                                && !is_all_caps(last)
                                && !self.is_never_a_name_part(last)
                                && !self.is_institution_head(last)
                                && !self.rules.legal_forms_after_known.iter().any(|f| f == last)
                            {
                                forms.push(last.to_string());
                            }
                        }
                    }
                    forms.extend(e.acronyms.iter().cloned());
                }
                _ => {}
            }
            for f in forms {
                let v = short.entry(f).or_default();
                if !v.contains(&idx) {
                    v.push(idx);
                }
            }
        }
        if short.is_empty() {
            return;
        }
        // Most capitalised words are no short form: a bit filter on their
        // shape spares hashing them.
        let mut shapes = ShapeFilter::default();
        for f in short.keys() {
            shapes.insert(f);
        }
        let mut covered: Vec<Span> = ents
            .iter()
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        covered.sort();
        // A token that is no short form is passed over: when every short
        // form is capitalised, so is any token found among them, and only
        // the capitalised tokens are walked.
        let all: Vec<u32>;
        let visited: &[u32] = if short.keys().all(|f| is_capitalised(f)) {
            caps
        } else {
            all = (0..tokens.len() as u32).collect();
            &all
        };
        for &k in visited {
            let k = k as usize;
            let tok = &tokens[k];
            // (a surname with a lowercase particle, "al-Harthy", has no
            // capital of its own; the shape test first: it is a bit test,
            // and most words are lowercase)
            if !shapes.may_contain_token(tok.shape)
                || !(tok.cap || is_particle_surname(tok.span.text(text)))
            {
                continue;
            }
            let w = tok.span.text(text);
            let Some(owners) = short.get(w) else {
                continue;
            };
            // Shared by several entities ("Ahmed Mohamed", "Mohamed
            // El-Hassan Mohamed"): the one mentioned most recently before.
            let last_before = |i: usize| {
                ents[i]
                    .mentions
                    .iter()
                    .filter(|m| m.end <= tok.span.start)
                    .map(|m| m.end)
                    .max()
            };
            let Some(idx) = owners
                .iter()
                .copied()
                .filter(|&i| last_before(i).is_some() || owners.len() == 1)
                .max_by_key(|&i| last_before(i))
            else {
                continue;
            };
            let pos = covered.partition_point(|s| s.end <= tok.span.start);
            if covered.get(pos).is_some_and(|s| s.overlaps(tok.span)) {
                continue;
            }
            let e = &ents[idx];
            let acronym = is_all_caps(w) && e.kind == EntityType::Organization;
            if !acronym {
                // Surnames refer back; they are not read before the full name.
                if e.mentions.first().is_none_or(|m| m.start > tok.span.start) {
                    continue;
                }
                if initial.at(k)
                    && self.word_flags.lower(w) & (WordFlags::PRONOUN | WordFlags::COMMON) != 0
                {
                    continue;
                }
                // Part of another capitalised name ("Khan Academy").
                if let Some(next) = tokens.get(k + 1) {
                    let gap = &text[tok.span.end..next.span.start];
                    if gap == " " && is_capitalised(next.span.text(text)) {
                        continue;
                    }
                }
                if let Some(prev) = k.checked_sub(1).map(|p| tokens[p]) {
                    let gap = &text[prev.span.end..tok.span.start];
                    // (At a sentence start the word before may be an
                    // adverb, "Later Khan said"; not before an
                    // institution's word: "Novo Astro operates".)
                    if gap == " "
                        && is_capitalised(prev.span.text(text))
                        && (!initial.at(k - 1) || e.kind == EntityType::Organization)
                    {
                        continue;
                    }
                }
            }
            ents[idx].mentions.push(tok.span);
        }
    }

    /// A place mention that is the surname of a person in the article
    /// ("Michael Jordan … Jordan said") is that person, unless a locative
    /// word ("in Jordan") makes it a place.
    fn reassign_person_names(&self, text: &str, ents: &mut [Building]) {
        let words = &self.rules.words;
        let mut surname_of: FastMap<String, Option<usize>> = FastMap::default();
        for (idx, e) in ents.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            for f in self.person_short_forms(&e.name) {
                surname_of
                    .entry(f.to_string())
                    .and_modify(|v| *v = None)
                    .or_insert(Some(idx));
            }
        }
        if surname_of.is_empty() {
            return;
        }
        // "between Jordan and Israel" stays a place; "talks between
        // Valadares and opposition leaders" is the person's.
        let mut place_starts: Vec<usize> = ents
            .iter()
            .filter(|e| matches!(e.kind, EntityType::Country | EntityType::Location))
            .flat_map(|e| e.mentions.iter().map(|m| m.start))
            .collect();
        place_starts.sort_unstable();
        let mut moves: Vec<(usize, Span, usize)> = Vec::new();
        for (idx, e) in ents.iter().enumerate() {
            if !matches!(e.kind, EntityType::Country | EntityType::Location) {
                continue;
            }
            for m in &e.mentions {
                let Some(Some(p)) = surname_of.get(m.text(text)) else {
                    continue;
                };
                let prev_word = text::last_word_of(&text[..m.start]).unwrap_or("");
                // ("between" only before "and" a place)
                let locative = if prev_word.eq_ignore_ascii_case("between") {
                    pairs_with_place(text, m.end, &place_starts)
                } else {
                    contains_lower(&words.locative, prev_word)
                };
                if locative {
                    continue;
                }
                if ents[*p].mentions.first().is_some_and(|f| f.start < m.start) {
                    moves.push((idx, *m, *p));
                }
            }
        }
        for (from, span, to) in moves {
            ents[from].mentions.retain(|m| *m != span);
            ents[to].mentions.push(span);
        }
    }

    // ------------------------------------------------------------ relations

    /// The owner and role of a person's mention: "China's President Xi",
    /// "Jordanian Foreign Minister Khalid al-Majali", "Nigeria's health
    /// minister, Chukwuemeka Obi", "EIB Vice-President Ingrid Solheim",
    /// "Japan's ambassador to Fiji, Kaito Morishita" (a role before the
    /// name), or "Hanna Lindqvist, the ADB's country director for Uzbekistan"
    /// (after it). The owner is a country (a name or demonym) or an
    /// institution right before the role; the role ends in a listed role word.
    fn role_around<'p>(
        &self,
        text: &str,
        sentence: Span,
        mention: Span,
        owners: &[OwnerCue<'p>],
    ) -> Option<(OwnerCue<'p>, String)> {
        // Before the name: "<owner>['s] <role>[,] [Dr] <name>".
        let mut lo = sentence.start.max(mention.start.saturating_sub(120));
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut role_end = mention.start;
        loop {
            let before = text[lo..role_end].trim_end_matches(' ');
            let last = before.rsplit(' ').next().unwrap_or("");
            if !last.is_empty() && is_courtesy(last) {
                role_end = lo + before.len() - last.len();
            } else {
                role_end = lo + before.len();
                break;
            }
        }
        let role_end_no_comma = if text[..role_end].ends_with(',') {
            role_end - 1
        } else {
            role_end
        };
        let k = owners.partition_point(|o| o.span.end <= role_end_no_comma);
        for o in owners[..k].iter().rev().take(3) {
            if o.span.start < lo {
                break;
            }
            let seg = &text[o.span.end..role_end_no_comma];
            let rest = after_possessive(seg)
                .or_else(|| (!o.description).then(|| seg.strip_prefix(' ')).flatten());
            let Some(rest) = rest else { continue };
            // "his Chadian counterpart, Mahamat Issa": the role is the one
            // of the person whose counterpart this is (see `relations`).
            if rest == COUNTERPART && matches!(o.owner, Owner::Country(_)) {
                return Some((*o, COUNTERPART.to_string()));
            }
            // "his Vietnamese counterpart, Foreign Minister Le Thi Huong";
            // "Japan's delegation, led by Health Minister Kenji Morimoto":
            // the title that follows is held there.
            let rest = DELEGATION_LEADS
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest);
            if let Some(role) = self.parse_role(rest, o.owner) {
                return Some((*o, role));
            }
        }
        if let Some(found) = self.title_of_owner_before(text, lo, role_end_no_comma, owners) {
            return Some(found);
        }
        // After the name: ", [the] <owner>['s] <role>", or ", [the] <role>
        // of|at [the] <owner>".
        let tail = &text[mention.end..sentence.end.max(mention.end)];
        let after = tail.strip_prefix(", ")?;
        if let Some(found) = heads_owner_after(after, mention.end + 2, owners) {
            return Some(found);
        }
        let after = ["the ", "a ", "an "]
            .iter()
            .find_map(|d| after.strip_prefix(d))
            .unwrap_or(after);
        let at = mention.end + (tail.len() - after.len());
        let Some(o) = owners.iter().find(|o| o.span.start == at) else {
            return self.role_of_owner(text, at, sentence.end, owners);
        };
        let seg = &text[o.span.end..sentence.end.max(o.span.end)];
        let rest = after_possessive(seg)
            .or_else(|| o.adjective.then(|| seg.strip_prefix(' ')).flatten())?;
        let cut = rest
            .find(|c: char| {
                matches!(
                    c,
                    ',' | '.' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '\n'
                )
            })
            .unwrap_or(rest.len());
        let mut words: Vec<&str> = rest[..cut].split(' ').collect();
        if let Some(stop) = clause_start(&words) {
            words.truncate(stop);
        }
        let role = self.parse_role(&words.join(" "), o.owner)?;
        Some((*o, role))
    }

    /// "Media contact: Liis Kuusik, head of communications, press@…": the
    /// contact line of a press release names a person and her role at the
    /// institution named after the role (", Kuusela Foundation") or, when
    /// none is, the one the release's "About …" line is about.
    fn media_contacts(
        &self,
        doc: &Document,
        ents: &[Building],
        owners: &[OwnerCue],
    ) -> Vec<Relation> {
        const OPENERS: &[&str] = &[
            "Media contact",
            "Media contacts",
            "Press contact",
            "Press contacts",
            "Media enquiries",
            "Media inquiries",
            "Press enquiries",
            "Press inquiries",
            "Contact",
        ];
        let text = doc.text.as_str();
        let mut out = Vec::new();
        for (i, e) in ents.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            for m in &e.mentions {
                let line_start = text[..m.start].rfind('\n').map_or(0, |p| p + 1);
                if m.start - line_start > 40 {
                    continue;
                }
                // "2. Media contact: Chad Okonjo".
                let mut opener = text[line_start..m.start]
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
                    .trim_end();
                // "Media contact: Dr Ama Owusu".
                if let Some((before, last)) = opener.rsplit_once(' ') {
                    if is_courtesy(last) {
                        opener = before;
                    }
                }
                let opener = opener.trim_end_matches([' ', ':', '-', '\u{2013}']);
                if !OPENERS.contains(&opener) {
                    continue;
                }
                let line_end = text[m.end..].find('\n').map_or(text.len(), |p| m.end + p);
                let Some(after) = text[m.end..line_end].strip_prefix(", ") else {
                    continue;
                };
                let role_len = after.find(',').unwrap_or(after.len());
                let role_text = after[..role_len].to_lowercase();
                if role_text.contains(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-')) {
                    continue;
                }
                // The institution after the role, or the "About" line's.
                let next = after[role_len..]
                    .strip_prefix(", ")
                    .map(|n| m.end + 2 + (after.len() - n.len()));
                let named_after = next.and_then(|at| {
                    owners
                        .iter()
                        .find(|o| o.span.start == at && !o.adjective && !o.description)
                        .and_then(|o| match o.owner {
                            Owner::Org(k) => Some(k),
                            Owner::Country(_) => None,
                        })
                });
                let Some(org) = named_after.or_else(|| about_line_org(text, m.start, ents)) else {
                    continue;
                };
                let Some(role) = self.parse_role(&role_text, Owner::Org(org)) else {
                    continue;
                };
                out.push(Relation {
                    kind: "affiliation".into(),
                    subject: i,
                    object: org,
                    role: Some(role),
                    sentence: doc.sentence_of(m.start),
                });
                break;
            }
        }
        out
    }

    /// "The Mauritian government has pledged 40 million rupees, Foreign
    /// Minister Anil Ramdewar said": a state's title written with no owner
    /// (the `national_title` list) before a person who holds no role found
    /// otherwise is an office of the one country the sentence names, by name
    /// or demonym; in a sentence that names none, of the dateline's country
    /// ("COLOMBO, Jan 7 - … Disaster Management Minister X did not appear").
    /// Not a person the gazetteer knows: his country is his entry's ("Iran
    /// must …, President Bush said"). A country that qualifies a name owns
    /// that name's title, not this one ("talks with U.S. Commerce Secretary
    /// Malcolm Baldrige and Trade Minister Rha Woong-bae").
    fn implied_state_roles(
        &self,
        doc: &Document,
        ents: &[Building],
        owners: &[OwnerCue],
        found: &[Relation],
    ) -> Vec<Relation> {
        let text = doc.text.as_str();
        let mut out = Vec::new();
        let mut mentions: Option<Vec<Span>> = None;
        let mut dateline: Option<Option<usize>> = None;
        for (i, e) in ents.iter().enumerate() {
            if e.kind != EntityType::Person || e.entry.is_some() || has_affiliation(found, i) {
                continue;
            }
            for m in &e.mentions {
                let sentence = sentence_span(doc, m.start);
                let taken = mentions.get_or_insert_with(|| sorted_mentions(ents));
                let Some((title_start, role)) = self.bare_national_title(text, sentence, *m, taken)
                else {
                    continue;
                };
                // "President Chavez of Venezuela": the owner follows (and
                // no other country then).
                let country = if let Some(rest) = text[m.end..].strip_prefix(" of ") {
                    let at = text.len() - rest.strip_prefix("the ").unwrap_or(rest).len();
                    owners
                        .iter()
                        .find(|o| {
                            o.span.start == at
                                && !o.adjective
                                && matches!(o.owner, Owner::Country(_))
                                && after_possessive(&text[o.span.end..]).is_none()
                        })
                        .and_then(|o| owner_entity(ents, o.owner))
                } else {
                    match sentence_country(text, sentence, title_start, owners) {
                        SentenceCountry::One(code) => owner_entity(ents, Owner::Country(code)),
                        SentenceCountry::Several => None,
                        // A live blog with no dateline: its headline's country.
                        // Not the counterpart's: a visiting minister meets
                        // the host's ("NOUAKCHOTT … Prime Minister X … signed
                        // with her Mauritanian counterpart").
                        SentenceCountry::None(counterpart) => dateline
                            .get_or_insert_with(|| {
                                dateline_country(text, ents)
                                    .or_else(|| live_blog_country(text, ents))
                            })
                            .filter(|&c| {
                                counterpart.is_none_or(|code| {
                                    owner_entity(ents, Owner::Country(code)) != Some(c)
                                })
                            }),
                    }
                };
                if let Some(object) = country {
                    out.push(Relation {
                        kind: "affiliation".into(),
                        subject: i,
                        object,
                        role: Some(role),
                        sentence: doc.sentence_of(m.start),
                    });
                    break;
                }
            }
        }
        out
    }

    /// The title right before a person's name ("Deputy Prime Minister" of
    /// "… said Deputy Prime Minister Nguyen Thi Lan"): the capitalised
    /// words before it within the sentence, not inside another name
    /// ("told Reuters Finance Secretary …") and after a sentence word ("But
    /// Foreign Minister"), read as a role ending in a `national_title`.
    /// None after "former" (an office no longer held) or a possessive.
    fn bare_national_title(
        &self,
        text: &str,
        sentence: Span,
        mention: Span,
        taken: &[Span],
    ) -> Option<(usize, String)> {
        const MAX_WORDS: usize = 5;
        let before = text.get(sentence.start..mention.start)?;
        let mut end = before.trim_end_matches(' ').len();
        let mut start = end;
        let mut words = 0;
        for w in before[..end].rsplit(' ') {
            let at = start - w.len();
            if words == 0 && is_courtesy(w) {
                end = at.saturating_sub(1);
                start = end;
                continue;
            }
            let in_name = {
                let span = Span::new(sentence.start + at, sentence.start + start);
                let k = taken.partition_point(|t| t.end <= span.start);
                taken.get(k).is_some_and(|t| t.start < span.end)
            };
            if words == MAX_WORDS
                || !is_capitalised(w)
                || !w.chars().all(|c| c.is_alphabetic() || c == '-')
                || is_sentence_word(&w.to_lowercase())
                || in_name
            {
                // "former", a possessive or a body ("bank Vice-President
                // S. Stanley Katz") before the title: not a state's office
                // held now.
                if matches!(w, "former" | "late")
                    || w.ends_with("'s")
                    || w.ends_with("’s")
                    || self.word_flags.lower(w) & WordFlags::ORG_HEAD != 0
                {
                    return None;
                }
                break;
            }
            words += 1;
            start = at.saturating_sub(1);
        }
        let title = before.get(start..end)?.trim_start();
        // "Finance Ministry State Secretary X": a title of that body.
        if title
            .split(' ')
            .any(|w| self.word_flags.lower(w) & WordFlags::ORG_HEAD != 0)
        {
            return None;
        }
        let role = self.parse_role(title, Owner::Country(""))?;
        let words: Vec<&str> = role.split(' ').collect();
        // The title is the role's last one or two words: a head of state's
        // with modifiers only before it, another with any portfolio.
        let national = (1..=words.len().min(2)).any(|n| {
            let (before, head) = words.split_at(words.len() - n);
            let head = head.join(" ");
            (self.head_of_state_titles.contains(&head)
                && before.iter().all(|w| self.role_modifiers.contains(*w)))
                || self.national_titles.contains(&head)
        });
        national.then_some((sentence.start + start, role))
    }

    /// ", secretary-general of the foundation", ", a doctor at the
    /// hospital": a role starting at `at` and an owner after "of" or "at"
    /// within the sentence (ending at `end`). The regex rules find this
    /// with a named institution; here the owner may be a description
    /// ([`EntityRecognizer::description_cues`]).
    fn role_of_owner<'p>(
        &self,
        text: &str,
        at: usize,
        end: usize,
        owners: &[OwnerCue<'p>],
    ) -> Option<(OwnerCue<'p>, String)> {
        // A role is at most five words, its complement five more.
        const MAX_GAP: usize = 100;
        let first = owners
            .iter()
            .filter(|o| at < o.span.start && o.span.end <= end && o.span.start - at <= MAX_GAP)
            .min_by_key(|o| o.span.start)?;
        let mut owner = first;
        if matches!(first.owner, Owner::Country(_)) {
            // "president of the Brazilian Coffee Institute", "President of
            // China's Supreme People's Court": the country only qualifies
            // the body the role is in, which owns it if it was found
            // ("director of Japan's Fisheries Board").
            let next = &text[first.span.end..end];
            let possessive = after_possessive(next);
            let qualifies = possessive.is_some()
                || next
                    .strip_prefix(' ')
                    .is_some_and(|n| n.starts_with(char::is_uppercase));
            if first.adjective || qualifies {
                let body = end - possessive?.len();
                owner = owners
                    .iter()
                    .find(|o| o.span.start == body && matches!(o.owner, Owner::Org(_)))?;
            }
        }
        let gap = &text[at..first.span.start];
        // "an economist at the Manila-based Asia Pacific Policy Forum".
        let gap = gap
            .strip_suffix("-based ")
            .and_then(|g| g.rsplit_once(' '))
            .map_or(gap, |(g, _)| &gap[..g.len() + 1]);
        // "a shipping analyst at the Nairobi consultancy Lamu Maritime
        // Advisory", "an engineer with the Auckland firm Kauri Grid".
        let gap = without_place_description(gap);
        let role = [
            " of the ",
            " at the ",
            " with the ",
            " of ",
            " at ",
            " with ",
        ]
        .iter()
        .find_map(|c| gap.strip_suffix(c))?;
        // Only the first owner after the role: "director of the museum" and
        // not "director of ... at the museum".
        if role.contains(|c: char| !(c.is_alphabetic() || matches!(c, ' ' | '-'))) {
            return None;
        }
        Some((*owner, self.parse_role(role, owner.owner)?))
    }

    /// "Minister of Foreign Affairs of Ruritania Ivan Petrov", "Governor of
    /// the Bank of England Robin Leigh-Pemberton", "the secretary-general of
    /// the foundation, Paul Roe": a title, "of" and an owner that ends right
    /// before the name (at `end`, a comma aside), as press releases and
    /// wire copy write it. The title is the longest run of words before "of"
    /// (from `lo`, within the clause) that [`EntityRecognizer::parse_role`]
    /// reads, starting with a capitalised word other than an article, or
    /// with a lowercase one right after an article ("the deputy head of"):
    /// a verb or a conjunction is no part of it ("met president of", "but
    /// then chairman of").
    fn title_of_owner_before<'p>(
        &self,
        text: &str,
        lo: usize,
        end: usize,
        owners: &[OwnerCue<'p>],
    ) -> Option<(OwnerCue<'p>, String)> {
        // The widest owner ending there: "the Stock Exchange of Hong Kong",
        // not "Hong Kong". A demonym owns nothing after "of".
        let k = owners.partition_point(|o| o.span.end < end);
        let owner = owners[k..]
            .iter()
            .take_while(|o| o.span.end == end)
            .filter(|o| !o.adjective && o.span.start > lo)
            .min_by_key(|o| o.span.start)?;
        // "the personal envoy of UN Secretary General Kofi Annan": a name
        // ending in a title is the person's title, not his employer.
        let owner_last = text[owner.span.start..end].rsplit(' ').next().unwrap_or("");
        if self.role_words.contains(&owner_last.to_lowercase()) {
            return None;
        }
        // "Secretary General of the Austrian Federal Ministry for …": a
        // demonym right before the owner only says whose body it is.
        let demonym_start = owner.span.start.checked_sub(1).and_then(|gap| {
            let d = owners.partition_point(|o| o.span.end < gap);
            owners[d..]
                .iter()
                .take_while(|o| o.span.end == gap)
                .find(|o| o.adjective && o.span.start > lo && text.as_bytes()[gap] == b' ')
                .map(|o| o.span.start)
        });
        let before = &text[lo..demonym_start.unwrap_or(owner.span.start)];
        let title = [" of the ", " of "]
            .iter()
            .find_map(|c| before.strip_suffix(c))?;
        let clause = title
            .rfind([',', '.', ';', ':', '(', ')', '"', '“', '”'])
            .map_or(title, |p| &title[p + 1..]);
        let words: Vec<&str> = clause.split_whitespace().collect();
        let lowest = words.len().saturating_sub(8);
        (lowest..words.len())
            .filter(|&k| {
                let first = words[k];
                let lower = first.to_lowercase();
                !matches!(lower.as_str(), "of" | "for" | "and" | "another")
                    && !ROLE_STOP_WORDS.contains(&lower.as_str())
                    && (is_capitalised(first)
                        || k > 0 && matches!(words[k - 1], "the" | "a" | "an" | "The" | "A" | "An"))
            })
            .find_map(|k| self.parse_role(&words[k..].join(" "), owner.owner))
            .map(|role| (*owner, role))
    }

    /// "the foundation", "the hospital's chief executive, Dr Samuel Okafor":
    /// "the" and a lowercase word that heads the name of an
    /// institution the article named before stands for the last one so
    /// named, so a role next to it is a role there. A company also goes by
    /// "the company" and "the firm"; an institution by the first word of its
    /// name ("Merlion chief executive X" after "Merlion Cold Chain Pte
    /// Ltd"), where no other name covers that word. Looked for only in the sentences that
    /// name a person, the only places [`EntityRecognizer::role_around`]
    /// reads.
    fn description_cues(
        &self,
        doc: &Document,
        tokens: &[Token],
        ents: &[Building],
        places: &[PlaceCue],
    ) -> Vec<OwnerCue<'static>> {
        let text = doc.text.as_str();
        let mut out = Vec::new();
        let mut sentences: Vec<Span> = ents
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .flat_map(|e| e.mentions.iter().map(|m| sentence_span(doc, m.start)))
            .collect();
        if sentences.is_empty() {
            return out;
        }
        sentences.sort_unstable();
        sentences.dedup();
        // Lowercase head word -> (mention start, institution), in text order.
        let mut heads: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
        // "Merlion chief executive X" after "Merlion Cold Chain Pte Ltd": the
        // first word of a longer institution name, as written.
        let mut short: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
        for (i, e) in ents.iter().enumerate() {
            if e.kind != EntityType::Organization {
                continue;
            }
            let starts = e.mentions.iter().map(|m| (m.start, i));
            if e.attributes.get("feature").map(String::as_str) != Some("news_agency") {
                for h in self.head_words(e) {
                    heads.entry(h).or_default().extend(starts.clone());
                }
                // "a banking foundation, Fondazione Cassa Adriatica", "Iberluz,
                // a Spanish power company": the noun the text calls it by.
                for m in &e.mentions {
                    if let Some(noun) = apposition_noun(text, *m) {
                        let named = heads.entry(noun.to_string()).or_default();
                        if !named.contains(&(m.start, i)) {
                            named.extend(starts.clone());
                        }
                    }
                }
            }
            let mut words = e.name.split(' ');
            let (Some(first), Some(_)) = (words.next(), words.next()) else {
                continue;
            };
            if first.len() >= 4
                && is_capitalised(first)
                && first.chars().all(char::is_alphabetic)
                && self.word_flags.lower(first) & (WordFlags::ORG_HEAD | WordFlags::COMMON) == 0
            {
                short.entry(first).or_default().extend(starts);
            }
        }
        if heads.is_empty() && short.is_empty() {
            return out;
        }
        for v in heads.values_mut().chain(short.values_mut()) {
            v.sort_unstable();
        }
        // Every word of the sentences is asked: a bit filter on its shape
        // spares hashing most of them.
        let mut shapes = ShapeFilter::default();
        for w in heads
            .keys()
            .map(String::as_str)
            .chain(short.keys().copied())
        {
            shapes.insert(w);
        }
        // "the Trust's chief executive", "Council chairman X": a head word
        // written capitalised (see `capitalised_head`).
        for w in heads.keys() {
            shapes.insert_capitalised(w);
        }
        // Names and demonyms ("Indonesian businessman X") are no short forms;
        // gathered only if a short form turns up.
        let mut names: Option<Vec<Span>> = None;
        // The institution named last before `pos` among `named`.
        let last_before = |named: &[(usize, usize)], pos: usize| {
            let k = named.partition_point(|&(start, _)| start < pos);
            k.checked_sub(1).map(|k| named[k].1)
        };
        let bytes = text.as_bytes();
        // A word of ASCII letters from `start` to `pos` in sentence `s`.
        let mut consider = |s: Span, start: usize, pos: usize| {
            // A word touching any other letter, digit or hyphen is part of
            // something longer.
            let glued =
                |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_digit() || *b == b'-' || *b >= 0x80);
            if glued(bytes.get(pos)) || (start > 0 && glued(bytes.get(start - 1))) {
                return;
            }
            let word = &text[start..pos];
            if !shapes.may_contain(word) {
                return;
            }
            let span = Span::new(start, pos);
            if bytes[start].is_ascii_uppercase() {
                if let Some(cue) = capitalised_head(text, s, span, &heads, &last_before) {
                    out.push(cue);
                    return;
                }
                let Some(named) = short.get(word) else {
                    return;
                };
                // "Sakura Dental's chairman" after "Sakura Dental
                // Industries": the first words of the name, as many as the
                // text repeats (of the name named last when two match as
                // many).
                let k = named.partition_point(|&(at, _)| at < start);
                let mut best: Option<(usize, usize)> = None;
                for &(_, org) in named[..k].iter().rev() {
                    let end = name_prefix_end(text, start, &ents[org].name);
                    if best.is_none_or(|(e, _)| end > e) {
                        best = Some((end, org));
                    }
                }
                let Some((pos, longest)) = best else {
                    return;
                };
                let span = Span::new(start, pos);
                // Followed by a lowercase role or "'s": "Indonesian Foreign
                // Minister" is a demonym before a title.
                let after = &text[pos..s.end];
                // Not an adverb ("Putnam Mills currently owes Pope X").
                let role_follows = after_possessive(after).is_some()
                    || after.strip_prefix(' ').is_some_and(|a| {
                        a.starts_with(|c: char| c.is_lowercase())
                            && !a.split(' ').next().unwrap_or("").ends_with("ly")
                    });
                let org = Some(longest).filter(|_| {
                    role_follows
                        && !names
                            .get_or_insert_with(|| {
                                ents.iter()
                                    .flat_map(|e| e.mentions.iter().copied())
                                    .chain(places.iter().map(|p| p.span))
                                    .collect()
                            })
                            .iter()
                            // A place inside two or more words of the
                            // name is part of it ("Sakura Dental").
                            .any(|m| {
                                m.overlaps(span)
                                    && (pos == start + word.len() || !span.contains(*m))
                            })
                });
                if let Some(org) = org {
                    out.push(OwnerCue {
                        span,
                        owner: Owner::Org(org),
                        adjective: false,
                        description: false,
                    });
                }
            } else if word.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) {
                // Most words are no institution's head word: looked up
                // first, before the context is read.
                let Some(org) = heads.get(word).and_then(|named| last_before(named, start)) else {
                    return;
                };
                // Only after "the": "Iran's foreign ministry" is another
                // ministry than the one named before. Or bare before a
                // lowercase role, where a clause word or the sentence
                // start comes before it: "said pantry director X".
                let before = &text[s.start..start];
                // "the credit union's president", "the county government's
                // spokesperson": words of the name may stand between "the"
                // and the head word; the cue starts at the first.
                let (before, start) = name_words_before(before, &ents[org].name)
                    .map_or((before, start), |b| (b, s.start + b.len()));
                let span = Span::new(start, pos);
                let the = before.ends_with("the ") || before.ends_with("The ");
                let bare = || {
                    let b = before.trim_end();
                    let prev = b.rsplit(' ').next().unwrap_or("");
                    (b.is_empty()
                        || b.ends_with(',')
                        || matches!(
                            prev,
                            "said" | "says" | "told" | "and" | "by" | "with" | "from" | "to"
                        ))
                        && text[pos..s.end]
                            .strip_prefix(' ')
                            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()))
                };
                let description = the || !bare();
                if !the && description {
                    return;
                }
                out.push(OwnerCue {
                    span,
                    owner: Owner::Org(org),
                    adjective: false,
                    description,
                });
            }
        };
        // The words are the runs of ASCII letters, read through the tokens:
        // every such run lies inside one token (the "s" a possessive leaves
        // out is too short to be asked), and a plain token is one run of
        // letters and digits, so it is a word when it has no digit (a
        // letter next to a digit is glued) and is asked by its shape first.
        // Other tokens, and tokens cut by the sentence's ends, are read
        // byte by byte within the sentence.
        for s in sentences {
            let first = tokens.partition_point(|t| t.span.end <= s.start);
            for t in tokens[first..].iter().take_while(|t| t.span.start < s.end) {
                let (start, end) = (t.span.start, t.span.end);
                if t.plain && s.start <= start && end <= s.end {
                    if shapes.may_contain_token(t.shape)
                        && bytes[start..end].iter().all(u8::is_ascii_alphabetic)
                    {
                        consider(s, start, end);
                    }
                    continue;
                }
                let to = end.min(s.end);
                let mut pos = start.max(s.start);
                while pos < to {
                    if !bytes[pos].is_ascii_alphabetic() {
                        pos += 1;
                        continue;
                    }
                    let run_start = pos;
                    while pos < to && bytes[pos].is_ascii_alphabetic() {
                        pos += 1;
                    }
                    consider(s, run_start, pos);
                }
            }
        }
        out
    }

    /// The lowercase words a description of institution `e` may use: the
    /// listed institution heads in its name ("hospital" of "Yarra Bend
    /// Children's Hospital"), the last word before any "of"/"for" ("pantry"
    /// of "Mid-Ohio Harvest Pantry"), and "company" and "firm" for a
    /// company (a gazetteer company or a name ending in a legal form).
    fn head_words(&self, e: &Building) -> Vec<String> {
        let legal = &self.rules.legal_forms_after_known;
        let words: Vec<&str> = e.name.split(' ').collect();
        let company = e.attributes.get("feature").map(String::as_str) == Some("company")
            || words.last().is_some_and(|w| legal.iter().any(|f| f == w));
        let mut out: Vec<String> = Vec::new();
        let mut add = |w: &str| {
            let w = w.to_lowercase();
            if w.len() >= 3 && w.chars().all(char::is_alphabetic) && !out.contains(&w) {
                out.push(w);
            }
        };
        for w in &words {
            // (The word lists' flags: a shape filter rules most words out.)
            if self.word_flags.lower(w) & WordFlags::ORG_HEAD != 0 {
                add(w);
            }
        }
        let named = words
            .iter()
            .position(|w| matches!(*w, "of" | "for" | "on" | "and"))
            .unwrap_or(words.len());
        if !company && named > 1 {
            add(words[named - 1]);
        }
        if company {
            add("company");
            add("firm");
        }
        out
    }

    /// Between an institution and a place: an apposition that says what
    /// kind of institution it is and where, ", a research group in " Hanoi
    /// ("Tiyende Pamodzi, a small charity in Lilongwe, said"), the place
    /// ending the apposition or followed by a relative clause ("…, a firm in
    /// Beni whose owner"). The kind ends the noun phrase, so a person's
    /// description is none ("a charity worker in").
    fn is_kind_in_gap(&self, gap: &str, after_place: &str) -> bool {
        let Some(phrase) = [", a ", ", an ", ", the "]
            .iter()
            .find_map(|o| gap.strip_prefix(o))
            .and_then(|g| g.strip_suffix(" in "))
        else {
            return false;
        };
        let words: Vec<&str> = phrase.split(' ').collect();
        words.len() <= 3
            && words.iter().all(|w| is_lowercase_word(w))
            && words
                .last()
                .is_some_and(|w| self.rules.institution_kinds.contains(*w))
            && (ends_apposition(after_place)
                || [" whose ", " that ", " which ", " where "]
                    .iter()
                    .any(|c| after_place.starts_with(c)))
    }

    /// Between a country or place and an institution of its own: a
    /// possessive ("Cambodia's Ministry of Water Resources") or a demonym
    /// ("the Georgian Interior Ministry"), perhaps with a short description
    /// of what kind of institution it is, in commas or not ("Brazil's
    /// state oil company, Petrobras"; "the Dutch drinking-water
    /// company Waterbedrijf Vechtstroom"). The description ends in a kind of
    /// institution, so a clause is none ("Japan's exports to Toyota", "the
    /// Greek creditors, the IMF").
    fn is_owner_body_gap(&self, gap: &str, demonym: bool) -> bool {
        let rest = match after_possessive(gap) {
            Some(rest) => rest,
            None if demonym => match gap.strip_prefix(' ') {
                Some(rest) => rest,
                None => return false,
            },
            None => return false,
        };
        if rest.is_empty() {
            return true;
        }
        let Some(words) = rest.strip_suffix(", ").or_else(|| rest.strip_suffix(' ')) else {
            return false;
        };
        let kind = words.rsplit(' ').next().unwrap_or("");
        // A noun phrase, no clause: "a Chinese entrepreneur whose company,
        // X" does not say the company is Chinese.
        let describes = |w: &str| {
            is_lowercase_word(w)
                && (w.contains('-') || !w.ends_with("ed"))
                && !ROLE_STOP_WORDS.contains(&w)
                && !CLAUSE_WORDS.contains(&w)
                && !matches!(
                    w,
                    "whose" | "of" | "for" | "at" | "in" | "to" | "with" | "by" | "or"
                )
        };
        words.split(' ').count() <= 3
            && words.split(' ').all(describes)
            && (self.rules.institution_kinds.contains(kind)
                || contains_lower(&self.rules.words.org_heads, kind))
    }

    /// "Chinese Ambassador Zhou Pingwei" in an article that names China
    /// nowhere else: the demonym is a mention of the country the role
    /// belongs to, so that the affiliation has its object.
    fn add_role_countries(&self, doc: &Document, ents: &mut Vec<Building>, places: &[PlaceCue]) {
        if !ents.iter().any(|e| e.kind == EntityType::Person) {
            return;
        }
        let text = doc.text.as_str();
        let owners = owner_cues(ents, places);
        // Every cue `role_around` finds is one of `owners`: without a
        // country among them, no mention gets one (most articles).
        if !owners.iter().any(|o| matches!(o.owner, Owner::Country(_))) {
            return;
        }
        let mut added: Vec<Building> = Vec::new();
        for e in ents.iter().filter(|e| e.kind == EntityType::Person) {
            for m in &e.mentions {
                let sentence = sentence_span(doc, m.start);
                let Some((cue, _)) = self.role_around(text, sentence, *m, &owners) else {
                    continue;
                };
                let Owner::Country(code) = cue.owner else {
                    continue;
                };
                self.add_country_mention(ents, &mut added, code, cue.span);
            }
        }
        add_entities(ents, added);
    }

    /// A country the article names only by its demonym ("Chinese
    /// engineers", "a Qatari fund") is still a country the article speaks
    /// of: an entity whose mentions are the demonyms. A demonym inside
    /// another name ("Colombian Red Cross") is that name's.
    fn add_demonym_countries(&self, ents: &mut Vec<Building>, places: &[PlaceCue]) {
        let mut added: Vec<Building> = Vec::new();
        for p in places.iter().filter(|p| p.country_demonym) {
            self.add_country_mention(ents, &mut added, p.country, p.span);
        }
        add_entities(ents, added);
    }

    /// Adds `span` as a mention of the country `code`: to the entity for it
    /// added in this pass (`added`), or to a new one from the gazetteer.
    /// Nothing when the article has the country already, or `span` lies
    /// inside another name ("German Farm Ministry", "Colombian Red Cross").
    fn add_country_mention(
        &self,
        ents: &[Building],
        added: &mut Vec<Building>,
        code: &str,
        span: Span,
    ) {
        if owner_entity(ents, Owner::Country(code)).is_some()
            || ents
                .iter()
                .any(|x| x.mentions.iter().any(|m| m.overlaps(span)))
        {
            return;
        }
        if let Some(b) = added
            .iter_mut()
            .find(|b| b.attributes.get("country").map(String::as_str) == Some(code))
        {
            b.mentions.push(span);
            return;
        }
        let Some(entry) = self.gazetteer.by_id(EntityType::Country, code) else {
            return;
        };
        let g = self.gazetteer.entry(entry);
        let mut attributes = g.attributes.clone();
        attributes.insert("country".into(), g.id.clone());
        added.push(Building {
            kind: EntityType::Country,
            name: g.name.clone(),
            entry: Some(entry),
            mentions: vec![span],
            attributes,
            acronyms: Vec::new(),
        });
    }

    /// A role phrase: up to five words (capitalised or lowercase, "and"
    /// inside) ending in a listed role word, perhaps followed by "of", "for",
    /// "to", "in" or "at" and a short complement, which the role leaves out
    /// ("ambassador to Fiji" → "ambassador", "Minister of State" →
    /// "minister"). A spokesman's role is "spokesperson", without the body
    /// before it ("foreign ministry spokesman").
    fn parse_role(&self, s: &str, owner: Owner) -> Option<String> {
        let roles = match owner {
            Owner::Country(_) => &self.state_roles,
            Owner::Org(_) => &self.role_words,
        };
        // "Unilever plc chairman": the company's legal form is no part of the role.
        // "Montenegro's new interior minister", "its newly appointed
        // director": when the office was taken is no part of the title.
        let words: Vec<&str> = s
            .split_whitespace()
            .skip_while(|w| matches!(*w, "plc" | "Plc" | "PLC" | "Ltd" | "Ltd." | "Inc" | "Inc."))
            .skip_while(|w| is_tenure_word(w))
            .collect();
        // A listed role may hold "of" itself ("Secretary of State").
        let listed_whole = words.contains(&"of")
            && words.len() <= 6
            && words.iter().all(|w| w.chars().all(char::is_alphabetic))
            && (0..words.len()).any(|k| roles.contains(&words[k..].join(" ").to_lowercase()));
        let c = if listed_whole {
            words.len()
        } else {
            words
                .iter()
                .position(|w| matches!(*w, "of" | "for" | "to" | "in" | "at"))
                .unwrap_or(words.len())
        };
        let (head, complement) = (&words[..c], words.get(c + 1..).unwrap_or(&[]));
        if head.is_empty() || head.len() > 5 || complement.len() > 5 {
            return None;
        }
        // The complement is a short name or noun phrase ("to Fiji", "of
        // Industry and Trade"), not the rest of a clause.
        let complement_ok = complement.iter().all(|w| {
            w.chars()
                .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '’' | '.'))
                && (matches!(*w, "the" | "and" | "of")
                    || !(ROLE_STOP_WORDS.contains(w) || CLAUSE_WORDS.contains(w)))
        });
        if (c < words.len() && complement.is_empty()) || !complement_ok {
            return None;
        }
        let word_ok = |w: &&str| {
            let lowercase = w.chars().all(|ch| ch.is_lowercase() || ch == '-');
            !w.is_empty()
                && w.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                && (is_capitalised(w) || lowercase)
                && !is_all_caps(w)
                && !ROLE_STOP_WORDS.contains(w)
                && !is_courtesy(w)
                // A verb ("urged President Reagan"), not a role word;
                // "managing director" and "acting president" are roles.
                && !(lowercase
                    && (w.ends_with("ed")
                        || (w.ends_with("ing") && !ROLE_ING_WORDS.contains(w))))
        };
        if !head.iter().all(word_ok) || head[0] == "and" || head[head.len() - 1] == "and" {
            return None;
        }
        let mut lower: Vec<String> = head.iter().map(|w| w.to_lowercase()).collect();
        let joined = first_of_joined_titles(&lower, roles);
        if let Some(first) = joined {
            lower.truncate(first);
        }
        let last = lower[lower.len() - 1].as_str();
        if is_spokesperson_word(last) {
            return Some("spokesperson".into());
        }
        // Some tail of the role is listed: "deputy health minister" ends in
        // "minister"; "under-secretary-general" in "secretary-general".
        let listed = (0..lower.len()).any(|k| {
            let tail = lower[k..].join(" ");
            roles.contains(&tail)
                || tail
                    .split_once('-')
                    .is_some_and(|(_, rest)| roles.contains(rest))
        });
        if !listed {
            return None;
        }
        let role = lower.join(" ");
        // "minister of state for overseas development", "head of
        // communications": a lowercase portfolio after "of" or "for" is part
        // of the title (a capitalised one may be the owner, "Minister of
        // Health", and "in Chad" only says where the role is held).
        let portfolio = joined.is_none()
            && matches!(words.get(c), Some(&("of" | "for")))
            && complement
                .iter()
                .all(|w| w.chars().all(|ch| ch.is_lowercase() || ch == '-') && *w != "the");
        if portfolio {
            return Some(format!("{role} {}", words[c..].join(" ")));
        }
        Some(role)
    }

    fn relations(
        &self,
        doc: &Document,
        tokens: &[Token],
        ents: &[Building],
        hints: &[RelationHint],
        places: &[PlaceCue],
    ) -> Vec<Relation> {
        let text = doc.text.as_str();
        let mut out: Vec<Relation> = Vec::new();
        let push = |r: Relation, out: &mut Vec<Relation>| {
            if r.subject != r.object
                && !out
                    .iter()
                    .any(|o| o.kind == r.kind && o.subject == r.subject && o.object == r.object)
            {
                out.push(r);
            }
        };
        let located_in = |subject: usize, object: usize, at: Span| Relation {
            kind: "located_in".into(),
            subject,
            object,
            role: None,
            sentence: doc.sentence_of(at.start),
        };
        for h in hints {
            let (Some(s), Some(o)) = (entity_at(ents, h.subject), entity_at(ents, h.object)) else {
                continue;
            };
            // A place lies in a place ("AMMAN, Jordan" in a sports report
            // names Jordan's team, which no place lies in).
            if h.kind == "located_in"
                && !matches!(ents[o].kind, EntityType::Country | EntityType::Location)
            {
                continue;
            }
            // "an analyst at the Nairobi consultancy Lamu Maritime Advisory":
            // a town is no one's employer (a region may be a state's name,
            // "Georgia").
            if h.kind == "affiliation"
                && ents[o].kind == EntityType::Location
                && !is_region(&ents[o])
            {
                continue;
            }
            // "director of Japan's Fisheries Board", "president of the
            // Brazilian Coffee Institute" (a body no one found): the country
            // only qualifies the owner, so it must end the object.
            let possessed = after_possessive(&text[h.object.end.min(text.len())..]).is_some();
            if h.kind == "affiliation"
                && matches!(ents[o].kind, EntityType::Country | EntityType::Location)
                && (possessed
                    || !ents[o]
                        .mentions
                        .iter()
                        .any(|m| m.overlaps(h.object) && m.end >= h.object.end))
            {
                continue;
            }
            push(
                Relation {
                    kind: h.kind.clone(),
                    subject: s,
                    object: o,
                    role: h.role.clone(),
                    sentence: doc.sentence_of(h.subject.start),
                },
                &mut out,
            );
        }
        // "Jordanian Foreign Minister Khalid al-Majali", "China's President
        // Xi", "EIB Vice-President Ingrid Solheim": a role between a country
        // or institution and a person is the person's role there.
        let mut owners = owner_cues(ents, places);
        owners.extend(self.description_cues(doc, tokens, ents, places));
        owners.sort_by_key(|o| (o.span.end, o.span.start));
        let pronouns = its_cues(
            text,
            &self.its_finder,
            ents,
            &owners,
            &doc.sentences,
            |pos| sentence_span(doc, pos),
        );
        if !pronouns.is_empty() {
            owners.extend(pronouns);
            owners.sort_by_key(|o| (o.span.end, o.span.start));
        }
        // (mention start, person, owner entity, role) in text order.
        let mut roles: Vec<(usize, usize, usize, String)> = Vec::new();
        for (i, e) in ents.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            for m in &e.mentions {
                let sentence = sentence_span(doc, m.start);
                let Some((owner, role)) = self.role_around(text, sentence, *m, &owners) else {
                    continue;
                };
                let Some(c) = owner_entity(ents, owner.owner) else {
                    continue;
                };
                roles.push((m.start, i, c, role));
            }
        }
        roles.sort_by_key(|r| r.0);
        // Counterparts whose holder's role no owner in the text gave: it may
        // be implied by the article's country (below).
        let mut pending: Vec<(usize, usize, usize)> = Vec::new();
        for k in 0..roles.len() {
            // "Jordanian Foreign Minister X hosted his Chadian counterpart,
            // Y": Y holds X's role for Chad.
            if roles[k].3 == COUNTERPART {
                let subject = roles[k].1;
                let Some(role) = roles[..k]
                    .iter()
                    .rev()
                    .find(|r| {
                        r.1 != subject
                            && r.3 != COUNTERPART
                            && ents[r.2].kind == EntityType::Country
                    })
                    .map(|r| r.3.clone())
                else {
                    pending.push((roles[k].0, subject, roles[k].2));
                    continue;
                };
                roles[k].3 = role;
            }
            let (pos, subject, object, role) = roles[k].clone();
            push(
                Relation {
                    kind: "affiliation".into(),
                    subject,
                    object,
                    role: Some(role),
                    sentence: doc.sentence_of(pos),
                },
                &mut out,
            );
        }
        for r in self.implied_state_roles(doc, ents, &owners, &out) {
            push(r, &mut out);
        }
        // "Interior Minister X … with his Montenegrin counterpart, Y" in an
        // article on Albania: X's role, implied by the article's country,
        // is Y's for Montenegro. Only a holder in the same sentence.
        for (pos, subject, object) in pending {
            let sentence = doc.sentence_of(pos);
            let Some(role) = out
                .iter()
                .find(|r| {
                    r.kind == "affiliation"
                        && r.sentence == sentence
                        && r.subject != subject
                        && r.object != object
                        && ents[r.object].kind == EntityType::Country
                })
                .and_then(|r| r.role.clone())
            else {
                continue;
            };
            push(
                Relation {
                    kind: "affiliation".into(),
                    subject,
                    object,
                    role: Some(role),
                    sentence,
                },
                &mut out,
            );
        }
        for r in self.media_contacts(doc, ents, &owners) {
            push(r, &mut out);
        }
        for r in council_titles(doc, ents, &out) {
            push(r, &mut out);
        }
        // "the Hospital of the Sea in Naples": an institution or place
        // followed by "in" and a place.
        let mut all: Vec<(Span, usize)> = ents
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i)))
            .collect();
        all.sort();
        // Asked of an entity at each of its mentions in the loops below (a
        // map lookup in its attributes): worked out once per entity.
        let water: Vec<bool> = ents.iter().map(is_water_body).collect();
        let nowhere: Vec<bool> = ents.iter().map(lies_nowhere).collect();
        // An institution or a place that may lie in another place.
        let may_lie_in = |e: usize| {
            matches!(
                ents[e].kind,
                EntityType::Organization | EntityType::Location
            ) && !nowhere[e]
        };
        // The country or place whose mention starts at byte `at`, among the
        // mentions after mention `w`: (its end, its entity).
        let place_at = |w: usize, at: usize| {
            all[w + 1..]
                .iter()
                .take_while(|(s, _)| s.start <= at)
                .find(|(s, o)| {
                    s.start == at
                        && matches!(ents[*o].kind, EntityType::Country | EntityType::Location)
                })
                .map(|&(s, o)| (s.end, o))
        };
        for w in 0..all.len() {
            let (span, subj) = all[w];
            if !may_lie_in(subj) {
                continue;
            }
            let Some(&(next_span, mut obj)) = all.get(w + 1) else {
                continue;
            };
            // "in northwest China's Shaanxi province": the province is the
            // nearer place.
            if ents[obj].kind == EntityType::Country {
                if let Some(&(after_span, after)) = all.get(w + 2) {
                    let gap = &text[next_span.end..after_span.start.max(next_span.end)];
                    if matches!(gap, "'s " | "’s ") && ents[after].kind == EntityType::Location {
                        obj = after;
                    }
                }
            }
            if !matches!(ents[obj].kind, EntityType::Country | EntityType::Location) {
                continue;
            }
            if next_span.start < span.end {
                continue;
            }
            let mut gap = &text[span.end..next_span.start];
            // "the Central and Southern Africa Locust Service (CSALS), which
            // is based in Ndola": after an acronym in brackets, the text
            // goes on about the name before it.
            let mut subj = subj;
            let mut span = span;
            if let Some(g) = gap.strip_prefix(')') {
                let prev = w
                    .checked_sub(1)
                    .map(|p| all[p])
                    .filter(|(p, _)| p.end + 2 == span.start && text[..span.start].ends_with(" ("));
                // Not a plain "in" ("a meeting of the Asian Development
                // Bank (ADB) in Osaka" says where the meeting is).
                let plain_in = g.starts_with(" in ") || g.starts_with(", in ");
                if let Some((prev_span, prev)) = prev {
                    if may_lie_in(prev) && !plain_in {
                        gap = g;
                        (span, subj) = (prev_span, prev);
                    }
                }
            }
            let based = ents[subj].kind == EntityType::Organization
                && (is_based_in_gap(gap, &text[next_span.end..])
                    || self.is_kind_in_gap(gap, &text[next_span.end..]));
            // "St Aldhelm's College, Oxford, to fund", "Atlanta, Georgia":
            // a place in commas after a name, not one of a list.
            let apposition = gap == ", "
                && ends_apposition(&text[next_span.end..])
                && (ents[subj].kind == EntityType::Organization
                    || (ents[obj].kind == EntityType::Country || is_region(&ents[obj]))
                        && !is_region(&ents[subj]))
                && same_country(&ents[subj], &ents[obj]);
            // "the Dodoma and Mwanza regions of Tanzania", "the Kayes region
            // of Mali": a place, its kind and "of" the place it lies in. A
            // singular kind before a place other than a country says what
            // the second place is ("the West Bank city of Ramallah", "the
            // London suburb of Greenwich"): Ramallah lies in the West Bank.
            let kind_of = ents[subj].kind == EntityType::Location
                && is_kind_of_gap(gap)
                && (ents[obj].kind == EntityType::Country || is_plural_kind_gap(gap));
            if is_in_gap(gap) || based || apposition || is_place_kind_gap(gap) || kind_of {
                push(located_in(subj, obj, span), &mut out);
                // "Bir Hospital and the Sukraraj Hospital in Kathmandu":
                // both are there.
                if let Some(&(prev_span, prev)) = w.checked_sub(1).and_then(|p| all.get(p)) {
                    let joined = matches!(
                        text.get(prev_span.end..span.start),
                        Some(" and " | " and the ")
                    );
                    if joined && ents[prev].kind == ents[subj].kind {
                        push(located_in(prev, obj, prev_span), &mut out);
                    }
                }
            }
        }
        // "Meridian Risk Partners, a London consultancy", "Mama Shamba, a
        // Tanzanian charity that trains": an institution set beside a
        // common noun that a place or a country's demonym qualifies.
        for (w, &(span, subj)) in all.iter().enumerate() {
            if ents[subj].kind != EntityType::Organization || nowhere[subj] {
                continue;
            }
            let after = &text[span.end..];
            let Some(rest) = [", a ", ", an "].iter().find_map(|a| after.strip_prefix(a)) else {
                continue;
            };
            let at = span.end + (after.len() - rest.len());
            let place = place_at(w, at).or_else(|| {
                let p = places.partition_point(|p| p.span.start < at);
                places[p..]
                    .iter()
                    .take_while(|p| p.span.start == at)
                    .find(|p| p.country_demonym)
                    .and_then(|p| {
                        Some((p.span.end, owner_entity(ents, Owner::Country(p.country))?))
                    })
            });
            let Some((place_end, obj)) = place else {
                continue;
            };
            if described_by_noun(&text[place_end..]) && same_country(&ents[subj], &ents[obj]) {
                push(located_in(subj, obj, span), &mut out);
            }
        }
        // "CONAF, Chile's national forestry corporation, says", "the Office
        // National de la Réserve Alimentaire, the Chadian grain agency",
        // "Kousséri, the Cameroonian town on the far bank": a country's
        // name with "'s", or "the" and its demonym, before a description
        // of an institution, or a kind of place for a place.
        for (w, &(span, subj)) in all.iter().enumerate() {
            if !may_lie_in(subj) {
                continue;
            }
            let after = &text[span.end..];
            let (rest, the) = match after.strip_prefix(", the ") {
                Some(r) => (r, true),
                None => match after.strip_prefix(", ") {
                    Some(r) if r.starts_with(|c: char| c.is_uppercase()) => (r, false),
                    _ => continue,
                },
            };
            let at = span.end + (after.len() - rest.len());
            let place = if the {
                let p = places.partition_point(|p| p.span.start < at);
                places[p..]
                    .iter()
                    .take_while(|p| p.span.start == at)
                    .find(|p| p.country_demonym)
                    .and_then(|p| {
                        let noun = text[p.span.end..].strip_prefix(' ')?;
                        Some((noun, owner_entity(ents, Owner::Country(p.country))?))
                    })
            } else {
                place_at(w, at)
                    .filter(|&(_, o)| ents[o].kind == EntityType::Country)
                    .and_then(|(end, o)| Some((after_possessive(&text[end..])?, o)))
            };
            let Some((noun, obj)) = place else {
                continue;
            };
            let described = match ents[subj].kind {
                EntityType::Organization => described_by_noun(&text[text.len() - noun.len() - 1..]),
                _ => the && names_place_kind(noun),
            };
            if described && same_country(&ents[subj], &ents[obj]) {
                push(located_in(subj, obj, span), &mut out);
            }
        }
        // "Dhaulagiri Solar Sewa, a small firm in Beni", "Hokuriku Power
        // Systems, a maker of industrial generators in Toyama": an
        // institution or place set beside an indefinite description that
        // ends "in" a place. Only a noun phrase between (lowercase words, no
        // verb form, no other preposition than "of"): "a charity working in
        // Kenya", "a firm with offices in Lagos" say nothing of where it is.
        for (w, &(span, subj)) in all.iter().enumerate() {
            if !may_lie_in(subj) {
                continue;
            }
            let after = &text[span.end..];
            let Some(rest) = [", a ", ", an "].iter().find_map(|a| after.strip_prefix(a)) else {
                continue;
            };
            let Some(cut) = rest.find(" in ") else {
                continue;
            };
            let words = &rest[..cut];
            let mut n = 0;
            let noun_phrase = words.split(' ').all(|w| {
                n += 1;
                is_lowercase_word(w)
                    && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                    && (w == "of" && n > 1
                        || !(ROLE_STOP_WORDS.contains(&w)
                            || CLAUSE_WORDS.contains(&w)
                            || matches!(w, "of" | "in" | "to" | "for" | "at" | "from" | "near")
                            || (w.ends_with("ed") && !w.contains('-'))
                            || w.ends_with("ing")
                            || w.ends_with("ly")))
            }) && n <= 6
                && !words.ends_with(" of");
            if !noun_phrase {
                continue;
            }
            let at = span.end + (after.len() - rest.len()) + cut + 4;
            let place = place_at(w, at);
            // The place ends the apposition: "a group in Leeds schools" is
            // no group in Leeds.
            if let Some((place_end, obj)) = place {
                let rest = &text[place_end..];
                let ends = rest.is_empty()
                    || rest.starts_with([',', '.', ';', ':', ')', '\n'])
                    || [" whose ", " that ", " which ", " where "]
                        .iter()
                        .any(|w| rest.starts_with(w));
                if ends && same_country(&ents[subj], &ents[obj]) {
                    push(located_in(subj, obj, span), &mut out);
                }
            }
        }
        // A place right before a name: "the Geneva-based Sahel Water
        // Initiative", "a Bari-based banking foundation, Fondazione Cassa
        // Adriatica" (an institution there); "China's Xinjiang region",
        // "China's northwestern Xinjiang" (a place of a place).
        // Only a direction may stand after the possessive: "China's embassy
        // in Honiara" is no place of China's.
        let direction = |w: &str| {
            w.ends_with("ern")
                || matches!(
                    w,
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northwest"
                        | "northeast"
                        | "southwest"
                        | "southeast"
                        | "central"
                        | "coastal"
                )
        };
        for w in 1..all.len() {
            let (span, subj) = all[w];
            let (mut place_span, mut obj) = all[w - 1];
            if place_span.end > span.start || nowhere[subj] {
                continue;
            }
            // "Georgia's Black Sea port of Poti": a sea only says which
            // coast; the place lies in the country named before it.
            let mut after_sea = None;
            if water[obj] && w >= 2 {
                let (before_span, before) = all[w - 2];
                if before_span.end <= place_span.start
                    && after_possessive(&text[before_span.end..place_span.start]) == Some("")
                {
                    after_sea = Some(&text[place_span.end..span.start]);
                    (place_span, obj) = (before_span, before);
                }
            }
            if !matches!(ents[obj].kind, EntityType::Country | EntityType::Location) {
                continue;
            }
            let gap = &text[place_span.end..span.start];
            // "Paraguay's dry western Chaco region": a kind of place after
            // the name says the text places it, whatever the gazetteer
            // guessed (another Chaco, in Argentina); words between end in a
            // direction, so no verb phrase ("Chad's army took Borno
            // state").
            let kind_after = followed_by_place_kind(&text[span.end..]);
            let lies_in = match (ents[subj].kind, after_sea) {
                // "the Auckland firm Kauri Grid Engineering": after an
                // article, a place and the kind of institution.
                (EntityType::Organization, None) => {
                    is_based_modifier_gap(gap)
                        || self.is_owner_body_gap(gap, false)
                        || ({
                            let before = &text[..place_span.start];
                            ends_with_article(before)
                                || before.ends_with(" a ")
                                || before.ends_with(" an ")
                        } && after_possessive(gap).is_none()
                            && gap.trim() != ""
                            && self.is_owner_body_gap(gap, true)
                            && same_country(&ents[subj], &ents[obj]))
                }
                // "China's northwestern Xinjiang", "Syria's northern city of
                // Aleppo".
                (EntityType::Location, None) => after_possessive(gap).is_some_and(|between| {
                    let words: Vec<&str> = between.split_whitespace().collect();
                    let described = kind_after
                        && words.len() <= 3
                        && words.last().is_none_or(|w| direction(w))
                        && words.iter().all(|w| is_adjective_word(w));
                    (words.len() <= 2 && words.iter().all(|w| direction(w))
                        || is_place_kind_of(between))
                        && same_country(&ents[subj], &ents[obj])
                        || described
                }),
                (EntityType::Location, Some(between)) => {
                    is_place_kind_of(between.trim_start()) && same_country(&ents[subj], &ents[obj])
                }
                _ => false,
            };
            if lies_in {
                push(located_in(subj, obj, span), &mut out);
                // "Iraq's Anbar and Nineveh provinces": both lie there.
                if let Some(&(next_span, next)) = all.get(w + 1) {
                    let joined = text.get(span.end..next_span.start) == Some(" and ");
                    if joined
                        && ents[next].kind == EntityType::Location
                        && followed_by_place_kind(&text[next_span.end..])
                    {
                        push(located_in(next, obj, next_span), &mut out);
                    }
                }
            }
        }
        // "the Brazilian state of Rio Grande do Sul", "the Russian city of
        // Kursk": a country's demonym, a kind of place and "of" before a
        // place.
        for p in places.iter().filter(|p| p.country_demonym) {
            let Some(country) = owner_entity(ents, Owner::Country(p.country)) else {
                continue;
            };
            let after = &text[p.span.end..];
            let next = all.partition_point(|(s, _)| s.start < p.span.end);
            let Some(&(span, subj)) = all.get(next) else {
                continue;
            };
            let between = &after[..span.start - p.span.end];
            // Adjectives only between ("the northern Indian district of"),
            // not a phrase of its own ("Egyptians from the village of").
            let between = between.trim_start();
            if ents[subj].kind == EntityType::Location
                && is_place_kind_of(between)
                && between
                    .split(' ')
                    .all(|w| w.is_empty() || is_adjective_word(w))
                && same_country(&ents[subj], &ents[country])
            {
                push(located_in(subj, country, span), &mut out);
            }
        }
        for (subj, country, span) in self.demonym_bodies(text, ents, &all, places) {
            push(located_in(subj, country, span), &mut out);
        }
        out
    }

    /// "the Georgian Interior Ministry", "A Mongolian mining company, Altai
    /// Copper LLC": an institution right after a country's demonym (and a
    /// description, see [`EntityRecognizer::is_owner_body_gap`]) is that
    /// country's. (institution, country, institution's mention); `all` are
    /// the mentions in text order.
    fn demonym_bodies(
        &self,
        text: &str,
        ents: &[Building],
        all: &[(Span, usize)],
        places: &[PlaceCue],
    ) -> Vec<(usize, usize, Span)> {
        let mut out = Vec::new();
        for p in places.iter().filter(|p| p.country_demonym) {
            let next = all.partition_point(|(s, _)| s.start < p.span.end);
            let Some(&(span, subj)) = all.get(next) else {
                continue;
            };
            if ents[subj].kind != EntityType::Organization || lies_nowhere(&ents[subj]) {
                continue;
            }
            if !self.is_owner_body_gap(&text[p.span.end..span.start], true) {
                continue;
            }
            if let Some(country) = owner_entity(ents, Owner::Country(p.country)) {
                out.push((subj, country, span));
            }
        }
        out
    }
}

/// "analyst at the Nairobi consultancy ": a gap ending in "the", a
/// capitalised place word and one or two lowercase words saying what kind
/// of institution follows, without that description ("analyst at the ").
fn without_place_description(gap: &str) -> &str {
    let Some(the) = gap.rfind(" the ") else {
        return gap;
    };
    let tail = &gap[the + 5..];
    let words: Vec<&str> = tail.split_whitespace().collect();
    let described = tail.ends_with(' ')
        && (2..=3).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words[0].chars().all(|c| c.is_alphabetic() || c == '-')
        && words[1..]
            .iter()
            .all(|w| is_lowercase_word(w) && w.is_ascii() && !ROLE_STOP_WORDS.contains(w));
    if described {
        &gap[..the + 5]
    } else {
        gap
    }
}

/// The words after a name's apposition that tell a place it lies in:
/// "the Cameroonian town on the far bank", "the Argentine river port": a
/// kind of place, perhaps after one lowercase word.
fn names_place_kind(after: &str) -> bool {
    let mut words = after
        .split(' ')
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    let Some(first) = words.next() else {
        return false;
    };
    PLACE_KINDS.contains(&first)
        || is_lowercase_word(first) && words.next().is_some_and(|w| PLACE_KINDS.contains(&w))
}

/// The institution a press release's "About …" line (the last before
/// byte `before`) is about: the one named there, or the one whose name
/// that line starts ("About Île Verte Sugar Estates" for "Île Verte Sugar
/// Estates Ltd").
fn about_line_org(text: &str, before: usize, ents: &[Building]) -> Option<usize> {
    let at = text[..before].rfind("\nAbout ")? + "\nAbout ".len();
    let line = text[at..].split('\n').next().unwrap_or("").trim_end();
    if line.is_empty() || line.len() > 100 {
        return None;
    }
    ents.iter().position(|e| {
        e.kind == EntityType::Organization
            && (e.mentions.iter().any(|m| m.start == at)
                || e.name.starts_with(line) && e.name[line.len()..].starts_with(' '))
    })
}

/// "Mayor Leona Comeau", "Cllr Dafydd ap Rhys", "Deputy mayor Chad
/// Wilkins", "the mayor, Cllr Georgia Pryce-Jones": the title of a local
/// council's member written right before a name is held on the one town,
/// city, shire, parish or county council the article names (none when it
/// names several). Only a person with no affiliation found otherwise; not
/// after a place's name ("Ormoc Mayor X") or "its" ("its mayor, X").
fn council_titles(doc: &Document, ents: &[Building], found: &[Relation]) -> Vec<Relation> {
    const COUNCIL_KINDS: &[&str] = &[
        "Town",
        "City",
        "Shire",
        "Parish",
        "County",
        "Borough",
        "District",
        "Community",
        "Municipal",
        "Regional",
    ];
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut council: Option<Option<usize>> = None;
    for (i, e) in ents.iter().enumerate() {
        if e.kind != EntityType::Person || has_affiliation(found, i) {
            continue;
        }
        for m in &e.mentions {
            let sentence = sentence_span(doc, m.start);
            let Some(role) = council_title(&text[sentence.start..m.start]) else {
                continue;
            };
            // "Cllr X, Cathaoirleach of the Municipal District": the
            // apposition says which post.
            let apposition = text[m.end..sentence.end]
                .strip_prefix(", ")
                .map(|a| &a[..a.find(',').unwrap_or(a.len())]);
            if apposition.is_some_and(|a| a.contains(" of ")) {
                continue;
            }
            let object = *council.get_or_insert_with(|| {
                let mut councils = ents.iter().enumerate().filter(|(_, c)| {
                    c.kind == EntityType::Organization && {
                        let words: Vec<&str> = c.name.split(' ').collect();
                        words.len() >= 3
                            && words.last() == Some(&"Council")
                            && COUNCIL_KINDS.contains(&words[words.len() - 2])
                    }
                });
                match (councils.next(), councils.next()) {
                    (Some((k, _)), None) => Some(k),
                    _ => None,
                }
            });
            let Some(object) = object else {
                return out;
            };
            out.push(Relation {
                kind: "affiliation".into(),
                subject: i,
                object,
                role: Some(role.to_string()),
                sentence: doc.sentence_of(m.start),
            });
            break;
        }
    }
    out
}

/// The council title that `before` (a sentence up to a name) ends with.
fn council_title(before: &str) -> Option<&'static str> {
    let b = before.trim_end();
    let (rest, last) = b.rsplit_once(' ').unwrap_or(("", b));
    let rest = rest.trim_end();
    let prev = rest.rsplit(' ').next().unwrap_or("");
    match last.trim_end_matches('.') {
        "Cllr" | "Coun" | "Cr" | "Councillor" | "Councilor" | "Councilman" | "Councilwoman"
        | "Alderman" => Some(
            if rest.ends_with("deputy mayor,") || rest.ends_with("Deputy mayor,") {
                "deputy mayor"
            } else if rest.ends_with("the mayor,") || rest.ends_with("The mayor,") {
                "mayor"
            } else {
                "councillor"
            },
        ),
        "mayor," if matches!(prev, "the" | "The") => Some("mayor"),
        "Mayor" | "mayor" => match prev {
            "Deputy" | "deputy" => Some("deputy mayor"),
            // "Ormoc Mayor X", "Lord Mayor X": another owner or office.
            p if p.starts_with(|c: char| c.is_uppercase()) => None,
            _ => Some("mayor"),
        },
        _ => None,
    }
}

/// "the Trust's chief executive", "Council chairman Peter Marsh said": a
/// capitalised head word of an institution named before (`span`, in
/// sentence `s`) after "the", or opening the sentence before a lowercase
/// role, stands for the last institution so named, as "the trust" does
/// ([`EntityRecognizer::description_cues`]). Not the start of a longer
/// name ("the Foundation for Rural Schools").
fn capitalised_head(
    text: &str,
    s: Span,
    span: Span,
    heads: &FastMap<String, Vec<(usize, usize)>>,
    last_before: &impl Fn(&[(usize, usize)], usize) -> Option<usize>,
) -> Option<OwnerCue<'static>> {
    let word = &text[span.start..span.end];
    let named = heads.get(&word.to_ascii_lowercase())?;
    let before = &text[s.start..span.start];
    let after = &text[span.end..s.end];
    let the = before.ends_with("the ") || before.ends_with("The ");
    let next = after.strip_prefix(' ');
    if the {
        let next = next.unwrap_or("");
        let longer = next.starts_with(|c: char| c.is_uppercase())
            || ["of ", "for ", "and ", "de "].iter().any(|p| {
                next.strip_prefix(p)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
            });
        if longer {
            return None;
        }
    } else {
        let opening = before
            .trim_start_matches(['"', '\u{201c}', '\u{2018}', ' '])
            .is_empty();
        let role_next = next.is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()));
        if !(opening && role_next) {
            return None;
        }
    }
    let org = last_before(named, span.start)?;
    // Only an institution the word names alone: "Hospital director X" after
    // two hospitals may be the director of either.
    let k = named.partition_point(|&(at, _)| at < span.start);
    if named[..k].iter().any(|&(_, o)| o != org) {
        return None;
    }
    Some(OwnerCue {
        span,
        owner: Owner::Org(org),
        adjective: false,
        description: the,
    })
}

/// The end of the longest run of `name`'s first words written at byte
/// `start` ("Sakura Dental" of "Sakura Dental Industries"); `start` when
/// not even the first is.
fn name_prefix_end(text: &str, start: usize, name: &str) -> usize {
    let mut end = start;
    for (k, w) in name.split(' ').enumerate() {
        let rest = &text[end..];
        let rest = if k == 0 {
            rest
        } else {
            match rest.strip_prefix(' ') {
                Some(r) => r,
                None => break,
            }
        };
        let glued = rest
            .get(w.len()..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()));
        if !rest.starts_with(w) || glued {
            break;
        }
        end = text.len() - rest.len() + w.len();
    }
    end
}

/// "the credit union", "the county government": up to two lowercase words
/// of an institution's `name` between "the" and its head word. The text
/// before the words (ending in "the ") when there are some.
fn name_words_before<'t>(before: &'t str, name: &str) -> Option<&'t str> {
    let mut b = before;
    for _ in 0..2 {
        let t = b.strip_suffix(' ')?;
        let last = t.rsplit(' ').next().unwrap_or(t);
        let of_name = !last.is_empty()
            && last.bytes().all(|c| c.is_ascii_lowercase())
            && !matches!(last, "the" | "of" | "and" | "for")
            && name.split(' ').any(|w| w.eq_ignore_ascii_case(last));
        if !of_name {
            return None;
        }
        b = &b[..b.len() - last.len() - 1];
        if b.ends_with("the ") || b.ends_with("The ") {
            return Some(b);
        }
    }
    None
}

/// The common noun an institution's mention is set beside: before it with
/// a comma ("a Bari-based banking foundation, Fondazione Cassa Adriatica";
/// "His foundation, the Fundación Agua Andina") or after it in an
/// apposition with an article, up to three lowercase words before the noun
/// ("Iberluz, a Spanish power company that runs"). A description with that
/// noun ("the foundation's president") may then stand for it.
fn apposition_noun(text: &str, m: Span) -> Option<&str> {
    let noun_ok = |w: &str| {
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !ROLE_STOP_WORDS.contains(&w)
            && !CLAUSE_WORDS.contains(&w)
    };
    let before = &text[..m.start];
    let before = before.strip_suffix("the ").unwrap_or(before);
    if let Some(b) = before.strip_suffix(", ") {
        let noun = &b[b.rfind(' ').map_or(0, |k| k + 1)..];
        if noun_ok(noun) {
            return Some(noun);
        }
    }
    let after = &text[m.end..];
    let rest = [", a ", ", an ", ", the "]
        .iter()
        .find_map(|a| after.strip_prefix(a))?;
    // The noun ends the phrase: before a comma or full stop, or before a
    // relative clause or a complement.
    let mut last: Option<&str> = None;
    for (k, word) in rest.split(' ').take(5).enumerate() {
        if matches!(
            word,
            "that" | "which" | "based" | "with" | "in" | "of" | "for"
        ) {
            return last.filter(|_| k > 0).filter(|w| noun_ok(w));
        }
        let bare = word.trim_end_matches([',', '.', ';']);
        if !is_lowercase_word(bare) {
            return None;
        }
        if bare.len() < word.len() {
            return Some(bare).filter(|w| noun_ok(w));
        }
        last = Some(bare);
    }
    None
}

/// " region of ", " provinces of ": a kind of place (perhaps plural) and
/// "of" between a place and the place it lies in ("the Kayes region of
/// Mali").
fn is_kind_of_gap(gap: &str) -> bool {
    gap.strip_prefix(' ')
        .and_then(|g| g.strip_suffix(" of "))
        .is_some_and(is_place_kind_noun)
}

/// " regions of ", " districts of ": a plural kind, so the places before
/// are of that kind ("Ruso and Srisakorn districts of Narathiwat").
fn is_plural_kind_gap(gap: &str) -> bool {
    gap.strip_suffix(" of ").is_some_and(|g| g.ends_with('s'))
}

/// Does the text right after a name go on with a kind of place (" region",
/// " provinces")? Not one "of" another place: in "Jordan's Red Sea port of
/// Aqaba" the port is Aqaba.
fn followed_by_place_kind(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word = rest.split([' ', ',', '.', ';']).next().unwrap_or("");
    is_place_kind_noun(word) && !rest[word.len()..].starts_with(" of ")
}

/// A kind of place, singular or plural: "province", "regions", "counties".
fn is_place_kind_noun(w: &str) -> bool {
    PLACE_KINDS.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|s| PLACE_KINDS.contains(&s))
        || w.strip_suffix("ies")
            .is_some_and(|s| PLACE_KINDS.iter().any(|k| k.strip_suffix('y') == Some(s)))
}

/// A lowercase word that may describe a place ("dry", "restive",
/// "oil-rich"), not a clause word or a participle of a verb phrase.
fn is_adjective_word(w: &str) -> bool {
    is_lowercase_word(w) && !CLAUSE_WORDS.contains(&w) && !ROLE_STOP_WORDS.contains(&w)
}

/// "northern city of ", "port of ", "second-largest city of ": at most two
/// lowercase words, a kind of place and "of" between a possessive place and
/// a place ("Syria's northern city of Aleppo").
fn is_place_kind_of(between: &str) -> bool {
    let Some(kind) = between.strip_suffix(" of ") else {
        return false;
    };
    let words: Vec<&str> = kind.split(' ').collect();
    words.len() <= 3
        && words.iter().all(|w| is_lowercase_word(w))
        && words.last().is_some_and(|w| PLACE_KINDS.contains(w))
}

/// A sea, ocean, gulf or strait (by gazetteer feature): it borders
/// countries and lies in none ("Georgia's Black Sea region").
fn is_water_body(e: &Building) -> bool {
    matches!(
        e.attributes.get("feature").map(String::as_str),
        Some("sea" | "ocean" | "gulf" | "strait")
    )
}

/// What the text never places anywhere: a water body, and a country's
/// national team, which plays in a city and is not based there ("Chad stun
/// Jordan in Amman"; the name the sports reading of a country gives it).
/// After a place that qualifies a noun in an apposition (", a London
/// consultancy, who", ", an Amman think tank."): one to three lowercase
/// words, the last a noun, ending the apposition or before a relative
/// clause. Not a compound ("a London-listed miner") nor a verb ("a Kenyan
/// court ruled").
fn described_by_noun(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    for (n, word) in rest.split(' ').take(4).enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        if n > 0 && bare.len() == word.len() && matches!(word, "that" | "which" | "whose") {
            return true;
        }
        if !is_lowercase_word(bare)
            || bare.starts_with('-')
            || bare.ends_with('-')
            || ROLE_STOP_WORDS.contains(&bare)
            || CLAUSE_WORDS.contains(&bare)
            || matches!(
                bare,
                "of" | "in" | "to" | "for" | "with" | "at" | "by" | "from"
            )
            || bare.ends_with("ed")
            || bare.ends_with("ly")
        {
            return false;
        }
        if bare.len() < word.len() {
            return n < 3;
        }
    }
    false
}

fn lies_nowhere(e: &Building) -> bool {
    is_water_body(e) || (e.entry.is_none() && e.name.ends_with(" national team"))
}

/// "X, who heads the Lanark Institute", "X, who chairs the foundation's
/// board": a relative clause whose verb names the role X holds at the
/// institution it governs. `after` is the text after the name's comma,
/// starting at byte `at`. Only an institution: "who heads the American
/// team" says nothing of a post held for the United States.
fn heads_owner_after<'p>(
    after: &str,
    at: usize,
    owners: &[OwnerCue<'p>],
) -> Option<(OwnerCue<'p>, String)> {
    const VERB_ROLES: &[(&str, &str)] = &[
        ("who heads ", "head"),
        ("who chairs ", "chair"),
        ("who directs ", "director"),
        ("who founded ", "founder"),
        ("who co-founded ", "co-founder"),
        ("who has headed ", "head"),
        ("who has chaired ", "chair"),
        ("who has directed ", "director"),
    ];
    let (rest, role) = VERB_ROLES
        .iter()
        .find_map(|(v, role)| after.strip_prefix(v).map(|rest| (rest, *role)))
        .or_else(|| works_at(after).map(|rest| (rest, "member")))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    // "who heads the Lima office of Mar Abierto", "who heads the Kousséri
    // office of the transport charity Route Libre Afrique": the head of an
    // office is the institution's head there.
    let office = role == "head";
    let rest = office.then(|| office_of(rest)).flatten().unwrap_or(rest);
    // "at the Geneva-based Humanitarian Funding Observatory".
    let rest = rest
        .split_once(' ')
        .filter(|(w, _)| is_hyphen_modifier(w))
        .map_or(rest, |(_, r)| r);
    let start = at + (after.len() - rest.len());
    let owner = owners
        .iter()
        .find(|o| o.span.start == start && matches!(o.owner, Owner::Org(_)))?;
    // The institution itself or its board, not a part of it ("who heads
    // the bank's Lagos office").
    let next = &rest[owner.span.end - start..];
    if after_possessive(next).is_some_and(|n| !n.starts_with("board")) {
        return None;
    }
    Some((*owner, role.to_string()))
}

/// "Lima office of Mar Abierto", "Kousséri office of the transport charity
/// Route Libre Afrique": the text from the institution's name on, after an
/// office named by up to three words and "of", and a description of up to
/// three lowercase words ending right before a capitalised name.
fn office_of(rest: &str) -> Option<&str> {
    let (office, owner) = rest.split_once(" office of ")?;
    if office.split(' ').count() > 3 || office.contains([',', '.', ';']) {
        return None;
    }
    let owner = owner.strip_prefix("the ").unwrap_or(owner);
    let mut r = owner;
    for _ in 0..=3 {
        if r.starts_with(|c: char| c.is_uppercase()) {
            return Some(r);
        }
        let (w, next) = r.split_once(' ')?;
        if !is_lowercase_word(w) {
            return None;
        }
        r = next;
    }
    None
}

/// "who studies disaster finance at ", "who works at ", "who teaches
/// economics at ": a relative clause saying that a person works or studies
/// at the institution after "at" (role "member"); the text after "at ".
/// The field between is a few words with no clause or name in it ("who
/// works with farmers at" is no post there).
fn works_at(after: &str) -> Option<&str> {
    const VERBS: &[&str] = &[
        "who studies ",
        "who teaches ",
        "who researches ",
        "who lectures ",
        "who works ",
        "who specialises ",
        "who specializes ",
    ];
    let rest = VERBS.iter().find_map(|v| after.strip_prefix(v))?;
    let (field, owner) = rest.split_once("at ")?;
    let field: Vec<&str> = field.split_whitespace().collect();
    (field.len() <= 4
        && field.iter().all(|w| {
            is_lowercase_word(w)
                && !CLAUSE_WORDS.contains(w)
                && !matches!(*w, "with" | "for" | "and" | "on")
        }))
    .then_some(owner)
}

/// "president and chief executive", "chairman and managing director": two
/// titles joined by "and" in one role phrase. A relation carries one role,
/// the first (corpus/README.md), so this is the number of its words. A
/// portfolio joined by "and" ("industry and trade minister") is one title:
/// no listed role ends the words before its "and".
fn first_of_joined_titles(lower: &[String], roles: &FastSet<String>) -> Option<usize> {
    let and = lower.iter().position(|w| w == "and")?;
    let first = &lower[..and];
    (0..first.len())
        .any(|k| roles.contains(&first[k..].join(" ")))
        .then_some(and)
}

/// Between a place and an institution: "-based " ("Geneva-based Sahel Water
/// Initiative"), "-based " with up to four lowercase words and a comma ("Bari-based
/// banking foundation, Fondazione Cassa Adriatica"), or up to three without one
/// ("Lilongwe-based charity Tiyende Pamodzi").
fn is_based_modifier_gap(gap: &str) -> bool {
    let Some(rest) = BASED_SUFFIXES
        .iter()
        .find_map(|p| gap.strip_prefix(p).and_then(|rest| rest.strip_prefix(' ')))
    else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let rest = rest.strip_suffix("the ").unwrap_or(rest);
    if let Some(words) = rest.strip_suffix(", ") {
        let words: Vec<&str> = words.split(' ').collect();
        return words.len() <= 4 && words.iter().all(|w| is_lowercase_word(w));
    }
    // "the Lilongwe-based charity Tiyende Pamodzi": a noun phrase right
    // before the name, without a comma, of at most three words ("personal
    // computer giant"); not a clause ("-based group called for the UN
    // Security Council", "-based analysts at Barclays").
    let words: Vec<&str> = rest.trim_end_matches(' ').split(' ').collect();
    words.len() <= 3
        && words.iter().all(|w| {
            is_lowercase_word(w)
                && !w.ends_with("ed")
                && !ROLE_STOP_WORDS.contains(w)
                && !CLAUSE_WORDS.contains(w)
                && !matches!(*w, "at" | "for" | "of" | "in" | "to" | "or")
        })
}

/// Between an institution and the place it is in: ", a Charleston-based
/// foundation" (the place followed by "-based"), or an apposition or
/// predicate ending in "based in" / "headquartered in" / "headquarters in":
/// ", a non-profit organisation based in ", " is a freight company
/// headquartered in ", " will have its headquarters in ".
fn is_based_in_gap(gap: &str, after_place: &str) -> bool {
    const OPENERS: &[&str] = &[", a ", ", an ", ", the ", " is a ", " is an ", " is the "];
    if OPENERS.contains(&gap) {
        return is_based_suffix(after_place);
    }
    let Some(head) = [" based in ", " headquartered in ", " headquarters in "]
        .iter()
        .find_map(|t| gap.strip_suffix(t))
    else {
        return false;
    };
    // ", based in": nothing between.
    if head.is_empty() || head == "," {
        return true;
    }
    const PREDICATES: &[&str] = &[
        ", a ",
        ", an ",
        ", the ",
        " is a ",
        " is an ",
        " is the ",
        " was a ",
        ", which is ",
        ", which has its ",
        " has its ",
        " will have its ",
        ", with its ",
        " with its ",
    ];
    let Some(middle) = PREDICATES
        .iter()
        .find_map(|p| format!("{head} ").strip_prefix(p).map(str::to_string))
    else {
        return false;
    };
    let words: Vec<&str> = middle.split_whitespace().collect();
    words.len() <= 10
        && words
            .iter()
            .all(|w| is_lowercase_word(w.trim_end_matches(',')))
}

/// A word of lowercase letters, perhaps hyphenated ("non-profit").
fn is_lowercase_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Whose a role is: a country (ISO code) or an institution (entity index).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Owner<'p> {
    Country(&'p str),
    Org(usize),
}

/// A mention that can own a role, in text order.
#[derive(Clone, Copy, Debug)]
struct OwnerCue<'p> {
    span: Span,
    owner: Owner<'p>,
    /// A demonym ("Jordanian"): no "'s" follows it.
    adjective: bool,
    /// A description ("the foundation"): a role before a name follows it
    /// with "'s" only ("the party out of Prime Minister Ariel Sharon's").
    description: bool,
}

/// Countries (names and demonyms) and institutions that may own a role.
fn owner_cues<'p>(ents: &[Building], places: &'p [PlaceCue]) -> Vec<OwnerCue<'p>> {
    let mut country_mentions: FastSet<Span> = FastSet::default();
    let mut out: Vec<OwnerCue<'p>> = Vec::new();
    for (i, e) in ents.iter().enumerate() {
        match e.kind {
            EntityType::Country => country_mentions.extend(e.mentions.iter().copied()),
            // "told Reuters Finance Secretary Jaime Ongpin": a news agency
            // is named as a source, not as an employer.
            EntityType::Organization
                if e.attributes.get("feature").map(String::as_str) == Some("news_agency") => {}
            EntityType::Organization => out.extend(e.mentions.iter().map(|m| OwnerCue {
                span: *m,
                owner: Owner::Org(i),
                adjective: false,
                description: false,
            })),
            _ => {}
        }
    }
    for p in places {
        if p.adjective || country_mentions.contains(&p.span) {
            out.push(OwnerCue {
                span: p.span,
                owner: Owner::Country(p.country),
                adjective: p.adjective,
                description: false,
            });
        }
    }
    out.sort_by_key(|o| (o.span.end, o.span.start));
    out
}

/// "said its director, Marcus Bell", "Marcus Bell, its director": "its" in
/// a sentence that names a person stands for the institution or country
/// named last before it in that sentence (a name or a description such as
/// "the library's"; a country only if no institution is named there), read
/// like a demonym: the role follows it without "'s". "Its" opening a
/// sentence stands for the subject of the sentence before, an institution
/// or country named at its start ("Sakura Heavy Industries will donate
/// ¥300 million to the foundation. Its chairman, Kenji Morioka, said …"):
/// [`subject_owner`].
/// `owners` are in order of their ends.
fn its_cues<'p>(
    text: &str,
    its_finder: &regex::Regex,
    ents: &[Building],
    owners: &[OwnerCue<'p>],
    sentences: &[Span],
    sentence_of: impl Fn(usize) -> Span,
) -> Vec<OwnerCue<'p>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut people: Vec<usize> = ents
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .flat_map(|e| e.mentions.iter().map(|m| m.start))
        .collect();
    if people.is_empty() {
        return out;
    }
    people.sort_unstable();
    // In text order (the caller sorts the cues; each is found on its own).
    for at in its_finder.find_iter(text).map(|m| m.start()) {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let sentence = sentence_of(at);
        let k = people.partition_point(|&p| p < sentence.start);
        if people.get(k).is_none_or(|&p| p >= sentence.end) {
            continue;
        }
        // An institution first: "The Singapore Red Cross pledged 100,000
        // Singapore dollars ..., its secretary-general said".
        let before = owners.partition_point(|o| o.span.end <= at);
        let in_sentence = || {
            owners[..before]
                .iter()
                .rev()
                .take_while(|o| o.span.start >= sentence.start)
                .filter(|o| !o.adjective)
        };
        let opens_sentence = text[sentence.start..at]
            .trim_start_matches(['"', '“', '‘', '\'', ' '])
            .is_empty();
        let Some(o) = in_sentence()
            .find(|o| matches!(o.owner, Owner::Org(_)))
            .or_else(|| in_sentence().next())
            .or_else(|| {
                opens_sentence
                    .then(|| subject_owner(text, sentences, sentence, owners))
                    .flatten()
            })
        else {
            continue;
        };
        out.push(OwnerCue {
            span: Span::new(at, at + 3),
            owner: o.owner,
            adjective: true,
            description: false,
        });
    }
    out
}

/// Where a clause starts after a role in apposition (", Peru's minister of
/// trade, who arrived"): at a clause word, but not at an "and" inside a
/// lowercase portfolio after "of" or "for" ("minister of foreign trade and
/// tourism", "minister of energy and mines"; "minister of trade and has
/// served" or "and the" end it).
fn clause_start(words: &[&str]) -> Option<usize> {
    let portfolio_and = |k: usize| {
        words[k] == "and"
            && words[..k].iter().any(|w| matches!(*w, "of" | "for"))
            && words.get(k + 1).is_some_and(|next| {
                is_lowercase_word(next)
                    && !CLAUSE_WORDS.contains(next)
                    && !ROLE_STOP_WORDS.contains(next)
            })
    };
    (0..words.len()).find(|&k| CLAUSE_WORDS.contains(&words[k]) && !portfolio_and(k))
}

/// A word that opens a sentence or a clause before a title ("But",
/// "Meanwhile", "The"), and is no part of it.
fn is_sentence_word(lower: &str) -> bool {
    is_leading_noise(lower) || CLAUSE_WORDS.contains(&lower) || ROLE_STOP_WORDS.contains(&lower)
}

/// The mentions of all entities, in text order.
fn sorted_mentions(ents: &[Building]) -> Vec<Span> {
    let mut all: Vec<Span> = ents
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    all.sort_by_key(|m| (m.start, m.end));
    all
}

/// The countries a sentence names (by name or demonym) before a title
/// with no owner: one, several (or only after the title), or none at all.
enum SentenceCountry<'p> {
    One(&'p str),
    Several,
    /// None, perhaps but for a counterpart's ("his Montenegrin
    /// counterpart"): its code, a country the title holder's is not.
    None(Option<&'p str>),
}

/// The country a sentence names before a title that starts at `title`
/// ("Japan cannot bear a further rise of the yen, Foreign Minister X
/// said"). A country that qualifies a name after it ("U.S. Commerce
/// Secretary Malcolm Baldrige", "Saudi Arabia's University of Petroleum")
/// owns that name, and when it is another country the sentence is about
/// two ("The Italian leader, accompanied by Albanian Prime Minister X, met
/// President Y"). A country after "to", "with", "against" or "from" is
/// where business is done ("aid to Bolivia"), and one named only after the
/// title mostly the office holder's business abroad ("President Reagan
/// banned arms shipments to Iran"): neither tells whose the title is.
/// `owners` are in order of their ends.
fn sentence_country<'p>(
    text: &str,
    sentence: Span,
    title: usize,
    owners: &[OwnerCue<'p>],
) -> SentenceCountry<'p> {
    let k = owners.partition_point(|o| o.span.end <= sentence.start);
    let mut named = false;
    let mut one: Option<&'p str> = None;
    let mut qualified: Vec<&'p str> = Vec::new();
    let mut counterpart: Option<&'p str> = None;
    for o in owners[k..]
        .iter()
        .take_while(|o| o.span.end <= sentence.end)
    {
        let Owner::Country(code) = o.owner else {
            continue;
        };
        if o.span.start < sentence.start {
            continue;
        }
        // "… with his Montenegrin counterpart": that country is the other
        // side's, never the title holder's.
        if o.adjective && text[o.span.end..].starts_with(" counterpart") {
            counterpart = Some(code);
            continue;
        }
        named = true;
        if o.span.end > title {
            continue;
        }
        let before = text[sentence.start..o.span.start].trim_end_matches("the ");
        if ["to ", "with ", "against ", "from "]
            .iter()
            .any(|p| before.ends_with(p))
        {
            continue;
        }
        let after = &text[o.span.end..];
        let after = after_possessive(after).or_else(|| after.strip_prefix(' '));
        if after.is_some_and(|a| a.starts_with(|c: char| c.is_uppercase())) {
            if one.is_some_and(|c| c != code) {
                return SentenceCountry::Several;
            }
            qualified.push(code);
            continue;
        }
        if qualified.iter().any(|c| *c != code) {
            return SentenceCountry::Several;
        }
        match one {
            Some(c) if c != code => return SentenceCountry::Several,
            _ => one = Some(code),
        }
    }
    match one {
        Some(code) => SentenceCountry::One(code),
        None if named => SentenceCountry::Several,
        None => SentenceCountry::None(counterpart),
    }
}

/// The country entity of the article's dateline ("COLOMBO, Jan 7 (Lanka
/// Wire) -": Sri Lanka), when the article names it.
fn dateline_country(text: &str, ents: &[Building]) -> Option<usize> {
    let (place, _) = text::find_dateline_place(text)?;
    let at = ents.iter().find(|e| {
        matches!(e.kind, EntityType::Country | EntityType::Location)
            && e.mentions.iter().any(|m| m.overlaps(place))
    })?;
    let code = at.attributes.get("country")?;
    owner_entity(ents, Owner::Country(code))
}

/// The country entity of the places a live blog's headline names ("LIVE:
/// Earthquake in Peru's Áncash region"): the one country all of them are
/// in. A live blog has no dateline: its headline says where its entries
/// are filed from. It is known by its first line opening with "LIVE" or
/// a line near the top opening with "Updated"/"Last updated". The headline
/// of other stories without a dateline is no such cue (wire headlines
/// name the country a story is about, not whose "President Reagan" is).
fn live_blog_country(text: &str, ents: &[Building]) -> Option<usize> {
    const MAX_HEADLINE: usize = 160;
    const TOP_LINES: usize = 4;
    let end = text.find('\n')?;
    let line = text[..end].trim_end();
    if line.is_empty() || line.len() > MAX_HEADLINE || line.ends_with('.') {
        return None;
    }
    let live = line.starts_with("LIVE")
        || line.starts_with("Live:")
        || text.lines().take(TOP_LINES).any(|l| {
            let l = l.trim_start();
            l.starts_with("Updated") || l.starts_with("Last updated")
        });
    if !live {
        return None;
    }
    let mut code: Option<&str> = None;
    for e in ents {
        if !matches!(e.kind, EntityType::Country | EntityType::Location)
            || !e.mentions.iter().any(|m| m.end <= end)
        {
            continue;
        }
        let Some(c) = e.attributes.get("country").map(String::as_str) else {
            continue;
        };
        if code.is_some_and(|k| k != c) {
            return None;
        }
        code = Some(c);
    }
    owner_entity(ents, Owner::Country(code?))
}

/// Verbs that follow a sentence's subject ("Sakura Heavy Industries said").
const SUBJECT_VERBS: &[&str] = &[
    "said",
    "says",
    "is",
    "was",
    "has",
    "had",
    "will",
    "would",
    "announced",
    "plans",
    "wants",
    "joined",
    "gave",
    "donated",
    "pledged",
    "promised",
    "opened",
];

/// The subject of the sentence before `sentence`: the first owner (an
/// institution or a country) named at its start (after "The" or "A") or
/// right before its verb ("At a breakfast in Tokyo, the shipbuilder Sakura
/// Heavy Industries said it would …").
fn subject_owner<'a, 'p>(
    text: &str,
    sentences: &[Span],
    sentence: Span,
    owners: &'a [OwnerCue<'p>],
) -> Option<&'a OwnerCue<'p>> {
    let k = sentences.partition_point(|s| s.start < sentence.start);
    let previous = sentences.get(k.checked_sub(1)?)?;
    let opening = &text[previous.start..previous.end];
    let start = ["The ", "A ", "An "]
        .iter()
        .find_map(|a| opening.strip_prefix(a))
        .map_or(previous.start, |rest| previous.end - rest.len());
    let k = owners.partition_point(|o| o.span.end <= start);
    owners[k..]
        .iter()
        .take_while(|o| o.span.end <= previous.end)
        .filter(|o| !o.adjective)
        .find(|o| {
            // "A Mozambican bank, Banco Índico, says": a subject in
            // apposition after a description.
            let after = &text[o.span.end..previous.end];
            let apposed = text[..o.span.start].ends_with(", ");
            o.span.start == start
                || after
                    .strip_prefix(' ')
                    .or_else(|| apposed.then(|| after.strip_prefix(", ")).flatten())
                    .and_then(|rest| rest.split(' ').next())
                    .is_some_and(|verb| SUBJECT_VERBS.contains(&verb))
        })
}

/// The entity an owner names (a country by its code).
fn owner_entity(ents: &[Building], owner: Owner) -> Option<usize> {
    match owner {
        Owner::Org(i) => Some(i),
        Owner::Country(code) => ents.iter().position(|x| {
            x.kind == EntityType::Country
                && x.attributes.get("country").map(String::as_str) == Some(code)
        }),
    }
}

/// Does a word at byte `pos` open a sentence or a line: only spaces and
/// quote marks between it and the text's start, a line break or a full
/// stop, question or exclamation mark?
fn opens_sentence(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '"', '\u{201c}', '\'']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
}

/// The sentence holding byte `pos` (the whole text without sentences).
fn sentence_span(doc: &Document, pos: usize) -> Span {
    match doc.sentences.get(doc.sentence_of(pos)) {
        Some(s) if s.start <= pos && pos <= s.end => *s,
        _ => Span::new(0, doc.text.len()),
    }
}

/// Whether entity `i` already has an affiliation among `found` (the
/// readings that guess one from context leave such a person alone).
fn has_affiliation(found: &[Relation], i: usize) -> bool {
    found
        .iter()
        .any(|r| r.subject == i && r.kind == "affiliation")
}

/// Courtesy titles between a role and a name ("chief executive, Dr Samuel Okafor").
fn is_courtesy(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Sir"
            | "Dame"
            | "Lord"
            | "Lady"
            | "Prof"
            | "Professor"
            | "Sheikh"
            | "Rev"
            | "Reverend"
            | "Cllr"
            | "Coun"
            | "Cr"
            | "Colonel"
            | "Col"
            | "Admiral"
            | "Rear"
            | "Brigadier"
            | "Father"
            | "Fr"
    )
}

/// Words before a title that say when its holder took office ("new",
/// "newly appointed", "incoming"), not what the office is.
fn is_tenure_word(w: &str) -> bool {
    matches!(
        w,
        "new"
            | "newly"
            | "appointed"
            | "elected"
            | "newly-appointed"
            | "newly-elected"
            | "incoming"
            // "Jordan's then planning minister": when, not what.
            | "then"
    )
}

/// Words that are no part of a role phrase.
const ROLE_STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "your",
    "my",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
    "with",
    "by",
    "on",
    "as",
    "said",
    "says",
    "told",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "will",
    "would",
    "also",
    "not",
    "after",
    "before",
    "when",
    "while",
    "over",
    "under",
    "about",
    "against",
    "from",
    "into",
    "than",
    "last",
    "next",
    "bill",
    "law",
    "plan",
    "deal",
    "talks",
    "since",
    "until",
    "during",
    "among",
    "between",
    "because",
    "despite",
    "including",
];

/// The role word of "his Chadian counterpart, X", resolved to the role of
/// the person named before.
const COUNTERPART: &str = "counterpart";

/// Lowercase "-ing" words that are part of roles.
const ROLE_ING_WORDS: &[&str] = &[
    "managing",
    "acting",
    "outgoing",
    "incoming",
    "founding",
    "presiding",
    "visiting",
    "ruling",
    "governing",
    "standing",
    "leading",
    // Portfolios and fields ("planning minister", "nursing manager",
    // "marketing director", "housing secretary").
    "planning",
    "nursing",
    "marketing",
    "housing",
    "training",
    "mining",
    "fundraising",
    "engineering",
    "accounting",
    "programming",
    "publishing",
    "banking",
    "policing",
    "licensing",
];

/// What may stand between a country or institution and the title of the
/// person who leads it somewhere ("Japan's delegation, led by Health
/// Minister X"; "Vietnam's delegation head, Deputy Minister X").
const DELEGATION_LEADS: &[&str] = &[
    "counterpart, ",
    "delegation, led by ",
    "delegation, headed by ",
    "delegation was led by ",
    "delegation head, ",
    "delegation leader, ",
];

/// Roles that only a company (or a firm's like) has: the unknown name they
/// belong to is an institution ("chief executive of Lusomar Energia").
const COMPANY_ROLES: &[&str] = &[
    "chief executive",
    "chief executive officer",
    "ceo",
    "chairman",
    "chairwoman",
    "chairperson",
    "founder",
    "co-founder",
    "managing director",
    "chief operating officer",
    "chief financial officer",
];

/// Words that end a role after a name ("…, Jordan's foreign minister said").
const CLAUSE_WORDS: &[&str] = &[
    "said", "says", "told", "who", "which", "that", "has", "have", "had", "was", "is", "will",
    "would", "did", "does", "also", "on", "and",
];

fn e_has_exact_lowercase_alias(e: &GazetteerEntry, alias: &str) -> bool {
    e.name == alias || e.aliases.iter().any(|a| a == alias)
}

/// Whether `window` ends with `phrase` as whole words.
fn ends_with_phrase(window: &str, phrase: &str) -> bool {
    window.ends_with(phrase)
        && window[..window.len() - phrase.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Up to `n` bytes of `text` before `pos` (whole characters).
fn window_before(text: &str, pos: usize, n: usize) -> &str {
    let mut start = pos.saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..pos]
}

/// Up to `n` bytes of `text` after `pos` (whole characters).
fn window_after(text: &str, pos: usize, n: usize) -> &str {
    let mut end = (pos + n).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[pos..end]
}

/// The items in a set sized for them: collected from a filter (whose size
/// hint is 0), a set grows by doubling and rehashes at every step; counting
/// them first is cheaper.
fn sized_set<T: std::hash::Hash + Eq>(items: impl Iterator<Item = T> + Clone) -> FastSet<T> {
    let mut set = FastSet::with_capacity_and_hasher(items.clone().count(), Default::default());
    set.extend(items);
    set
}

fn name_words_vec(s: &str) -> Vec<&str> {
    s.split(' ').filter(|w| !w.is_empty()).collect()
}

/// Whether `words` (two or more) are the last words of the longer person
/// name `name`, whatever the case of a particle: "Van Leeuwen" of "Pieter
/// van Leeuwen", "Moussa Gamar" of "Abdelkerim Moussa Gamar". One word is
/// a surname, which [`EntityRecognizer::person_short_forms`] handles.
fn is_name_tail(name: &str, words: &[&str]) -> bool {
    // (The last words first: most names end otherwise, told without
    // splitting the name.)
    words.len() >= 2
        && last_word(name).eq_ignore_ascii_case(words[words.len() - 1])
        && ends_with_words(name, words.iter().rev().copied())
}

/// The last word of `name` as [`name_words_vec`] splits it ("" if none).
fn last_word(name: &str) -> &str {
    let name = name.trim_end_matches(' ');
    memchr::memrchr(b' ', name.as_bytes()).map_or(name, |i| &name[i + 1..])
}

/// [`is_name_tail`] with the words of `short` (split as [`name_words_vec`]
/// does): asked for every earlier entity, so nothing is collected.
fn is_name_tail_of(name: &str, short: &str) -> bool {
    // (The last words first, as [`is_name_tail`] does: most names end
    // otherwise, told without splitting either. `ends_with_words` below
    // compares them too.)
    if !last_word(name).eq_ignore_ascii_case(last_word(short)) {
        return false;
    }
    let mut words = short.split(' ').filter(|w| !w.is_empty());
    words.nth(1).is_some()
        && ends_with_words(name, short.split(' ').filter(|w| !w.is_empty()).rev())
}

/// Whether the words of `name` (as [`name_words_vec`] splits them) end
/// with `last_first` (given last word first), ASCII case aside, and at
/// least one word of `name` comes before them.
fn ends_with_words<'a>(name: &str, last_first: impl Iterator<Item = &'a str>) -> bool {
    let mut full = name.split(' ').filter(|w| !w.is_empty()).rev();
    for b in last_first {
        match full.next() {
            Some(a) if a.eq_ignore_ascii_case(b) => {}
            _ => return false,
        }
    }
    full.next().is_some()
}

/// Trims the words around a pattern's name: sentence-start noise ("The",
/// "In April"), and for people any word that is never part of a name.
/// A 4096-bit filter of words by length and first and last byte: "no" is
/// certain, "yes" needs the real lookup.
struct ShapeFilter([u64; 64]);

impl Default for ShapeFilter {
    fn default() -> Self {
        ShapeFilter([0; 64])
    }
}

impl ShapeFilter {
    fn bit(w: &str) -> usize {
        shape_bit(w.as_bytes()) as usize
    }
    fn insert(&mut self, w: &str) {
        self.insert_shape(shape_bit(w.as_bytes()));
    }
    /// Inserts the shape of `w` with its first byte an ASCII capital.
    fn insert_capitalised(&mut self, w: &str) {
        let b = w.as_bytes();
        let first = b.first().map_or(0, u8::to_ascii_uppercase);
        self.insert_shape(shape_of(b.len(), first, *b.last().unwrap_or(&0)));
    }
    fn insert_shape(&mut self, shape: u16) {
        let i = shape as usize;
        self.0[i >> 6] |= 1 << (i & 63);
    }
    fn may_contain(&self, w: &str) -> bool {
        self.may_contain_token(Self::bit(w) as u16)
    }
    /// Whether `w` lowercased may be among the words inserted (false only
    /// when it is certainly not): an ASCII word lowercases to one of the
    /// same length with its first and last bytes lowercased, so a word
    /// equal to that has that shape. Other words are not ruled out.
    fn may_contain_lowercased(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match (b.first(), b.last()) {
            (Some(first), Some(last)) if w.is_ascii() => self.may_contain_token(shape_of(
                b.len(),
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            )),
            _ => true,
        }
    }
    /// [`ShapeFilter::may_contain`] for a token's word, by its shape
    /// worked out by the tokenizer.
    fn may_contain_token(&self, shape: u16) -> bool {
        let i = shape as usize;
        self.0[i >> 6] & (1 << (i & 63)) != 0
    }
}

/// Whether a lowercase word is in [`LEADING_NOISE`]: asked for most
/// capitalised tokens, so a hash set rather than a scan of the list.
fn is_leading_noise(lower: &str) -> bool {
    static SET: std::sync::OnceLock<FastSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| LEADING_NOISE.iter().copied().collect())
        .contains(lower)
}

/// What the word lists say of a word, looked up by the word lowercased:
/// one lowercasing and one hash where asking each list alone cost one of
/// each per list ([`clean_span`] asks four lists of every word of a span).
/// Built once per recognizer. The keys are the lists' entries as written,
/// so a word has a list's bit exactly when that list holds it.
struct WordFlags {
    map: FastMap<String, u16>,
    /// The keys' shapes ([`shape_bit`]): an ASCII word whose lowercase
    /// shape is not among them is in no list, told without lowercasing and
    /// hashing it (most words of a name are in none).
    shapes: ShapeFilter,
}

impl WordFlags {
    const COMMON: u16 = 1;
    const PRONOUN: u16 = 2;
    const NOT_NAME: u16 = 4;
    const ORG_HEAD: u16 = 8;
    const TITLE: u16 = 16;
    const LEADING_NOISE: u16 = 32;
    const HEAD_TAKING_ON: u16 = 64;
    const LEGISLATURE: u16 = 128;

    fn new(rules: &RuleSet) -> Self {
        let words = &rules.words;
        let mut map: FastMap<String, u16> = FastMap::default();
        let lists: [(u16, &FastSet<String>); 7] = [
            (Self::COMMON, &words.common),
            (Self::PRONOUN, &words.pronouns),
            (Self::NOT_NAME, &words.not_name),
            (Self::ORG_HEAD, &words.org_heads),
            (Self::TITLE, &rules.titles),
            (Self::HEAD_TAKING_ON, &rules.org_heads_taking_on),
            (Self::LEGISLATURE, &rules.legislatures),
        ];
        for (flag, list) in lists {
            for w in list {
                *map.entry(w.clone()).or_default() |= flag;
            }
        }
        for w in LEADING_NOISE {
            *map.entry(w.to_string()).or_default() |= Self::LEADING_NOISE;
        }
        let mut shapes = ShapeFilter::default();
        for w in map.keys() {
            shapes.insert(w);
        }
        WordFlags { map, shapes }
    }

    /// The lists that hold `w` as written.
    #[inline]
    fn exact(&self, w: &str) -> u16 {
        self.map.get(w).copied().unwrap_or(0)
    }

    /// The lists that hold `w` lowercased.
    fn lower(&self, w: &str) -> u16 {
        if !self.shapes.may_contain_lowercased(w) {
            return 0;
        }
        with_lower(w, |l| self.exact(l))
    }
}

/// The list flags of a word of a span for [`clean_span`]: of the word
/// lowercased, and of it lowercased without trailing dots ("Rev.").
#[derive(Clone, Copy)]
struct SpanWord {
    flags: u16,
    trimmed: u16,
}

impl SpanWord {
    fn new(w: &str, lists: &WordFlags) -> Self {
        let flags = lists.lower(w);
        let cut = w.trim_end_matches('.');
        let trimmed = if cut.len() == w.len() {
            flags
        } else {
            lists.lower(cut)
        };
        SpanWord { flags, trimmed }
    }
}

fn clean_span(text: &str, span: Span, kind: EntityType, lists: &WordFlags) -> Option<Span> {
    let person = kind == EntityType::Person;
    // "Oil Minister Ali al-Nuaimi": a person's name starts after a title.
    let title = |f: SpanWord| person && f.flags & WordFlags::TITLE != 0;
    // A lowercase word in a person's name is a particle, not the capitalised
    // word of the list it spells ("Dafydd ap Rhys", not the agency "AP").
    let noise = |w: &str, f: SpanWord| {
        f.trimmed & WordFlags::LEADING_NOISE != 0
            || (person
                && !w.starts_with(|c: char| c.is_lowercase())
                && (f.trimmed & WordFlags::NOT_NAME != 0
                    || lists.exact(w) & WordFlags::NOT_NAME != 0))
    };
    // A word that rules out a person's name: an acronym or an institution's head word.
    let not_person = |w: &str, f: SpanWord| is_all_caps(w) || f.flags & WordFlags::ORG_HEAD != 0;
    // The space-separated words of the span, as byte ranges of `text`.
    // (Split as bytes: a space is one byte, and no char searcher is set
    // up for a span of two or three words.)
    let mut parts = span
        .text(text)
        .as_bytes()
        .split(|&b| b == b' ')
        .scan(span.start, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, at + w.len()))
        })
        .filter(|p| p.1 > p.0);
    // "The Treasury said", "The Tokyo Stock Exchange said": a name after an
    // article is an institution's, not a person's ("the late", "the Rev."
    // and other titles aside).
    if person {
        let mut words = span.text(text).split(' ');
        let first = words.next().unwrap_or("");
        if matches!(first, "The" | "the" | "A" | "An")
            && words.next().is_some_and(|second| {
                let f = SpanWord::new(second, lists);
                !title(f) && !noise(second, f)
            })
        {
            return None;
        }
        // The same when the match began after the article ("The Tokyo
        // Stock Exchange said": the rule took the three words before "said").
        if ends_with_article(&text[..span.start]) {
            return None;
        }
    }
    let mut first = None;
    for p in parts.by_ref() {
        let w = &text[p.0..p.1];
        let f = SpanWord::new(w, lists);
        if !noise(w, f) && !title(f) && !is_hyphen_modifier(w) {
            first = Some((p, f));
            break;
        }
    }
    let ((mut start, mut end), first) = first?;
    if person && not_person(&text[start..end], first) {
        return None;
    }
    let mut count = 1;
    let mut after_title = false;
    let mut parts = parts.peekable();
    let mut prev = &text[start..end];
    while let Some((s, e)) = parts.next() {
        let w = &text[s..e];
        let f = SpanWord::new(w, lists);
        // "Agency on Tuesday", "Hospital on the Black Sea": "on" goes on
        // a name only after the heads that take it ("Council on Foreign
        // Relations", "Commission on the Status of Women"), and never
        // before a date.
        if !person && w == "on" {
            let next = parts.peek().map_or("", |p| &text[p.0..p.1]);
            let before = lists.lower(prev);
            let head_without_on =
                before & WordFlags::ORG_HEAD != 0 && before & WordFlags::HEAD_TAKING_ON == 0;
            if head_without_on || is_date_word(next) {
                break;
            }
        }
        // "the village of Cugenang Monday": a place's name ends before a date.
        if kind == EntityType::Location && is_date_word(w) {
            break;
        }
        prev = w;
        if title(f) {
            after_title = true;
            continue;
        }
        if after_title {
            if noise(w, f) || not_person(w, f) {
                break;
            }
            (start, end, count, after_title) = (s, e, 1, false);
            continue;
        }
        if person {
            // A person's name ends before the first word that is never part of one.
            if noise(w, f) {
                // "Oil World said", "the White House said": one word cut
                // from a longer capitalised name is no person's name (a
                // weekday after it is: "Reagan Monday").
                if count == 1 && is_capitalised(w) && f.trimmed & WordFlags::LEADING_NOISE == 0 {
                    return None;
                }
                break;
            }
            if not_person(w, f) {
                return None;
            }
        }
        end = e;
        count += 1;
    }
    let out = Span::new(start, end);
    // "Mazar" of "Mazar-i-Sharif": a word cut at a hyphen is no place's name.
    if kind == EntityType::Location
        && text[end..]
            .strip_prefix('-')
            .is_some_and(|r| r.starts_with(char::is_alphanumeric))
    {
        return None;
    }
    let s = out.text(text);
    // A head word alone ("Hospital") names nothing; a legislature's bare
    // name ("told Parliament") names the country's own.
    if kind == EntityType::Organization
        && !s.contains(' ')
        && lists.lower(s) & (WordFlags::ORG_HEAD | WordFlags::LEGISLATURE) == WordFlags::ORG_HEAD
    {
        return None;
    }
    if person && count == 1 && lists.lower(s) & WordFlags::PRONOUN != 0 {
        return None;
    }
    Some(out)
}

/// The news agency in a dateline's line after its place: a name of one to
/// four capitalised words in brackets or slashes right before the dash
/// ("… (Han River News) --", "… /PRNewswire/ --"), as a span of `line`.
fn dateline_agency(line: &str) -> Option<Span> {
    let dash = ["--", "—", "–", " - "]
        .iter()
        .filter_map(|d| line.find(d))
        .min()?;
    let before = line[..dash].trim_end();
    let (open, close) = if before.ends_with(')') {
        ('(', ')')
    } else if before.ends_with('/') {
        ('/', '/')
    } else {
        return None;
    };
    let inner_end = before.len() - close.len_utf8();
    let inner_start = before[..inner_end].rfind(open)? + open.len_utf8();
    let inner = &before[inner_start..inner_end];
    let words: Vec<&str> = inner.split(' ').collect();
    // "TOKYO RUBBER (YEN PER KILO) -" is a price table's heading.
    let named = (1..=4).contains(&words.len())
        && inner.len() >= 2
        && (words.len() == 1 || !is_all_caps(inner))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphanumeric)
        });
    named.then(|| Span::new(inner_start, inner_end))
}

/// Whether `alias` is `name` written without its accents ("Iasi" for
/// "Iaşi", "Balti" for "Bălţi"): same length in characters, and where they
/// differ an ASCII letter stands for a letter with a diacritic.
fn is_unaccented_spelling(alias: &str, name: &str) -> bool {
    let mut a = alias.chars();
    let mut n = name.chars();
    loop {
        match (a.next(), n.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || (x.is_ascii_alphabetic() && !y.is_ascii()) => {}
            _ => return false,
        }
    }
}

/// Whether `before` ends with an article and one space ("… the ").
fn ends_with_article(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    ["The", "the", "A", "An"].iter().any(|a| {
        rest.strip_suffix(a)
            .is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric() || c == '.'))
    })
}

/// A name of several words that the article also gives to an institution
/// or a place ("Instituto Credivale", found by its head word in one place
/// and only by its recurring last word in another) is no person's where
/// only a weak cue reads it as one.
fn drop_people_named_as_institutions(text: &str, candidates: &mut Vec<Candidate>) {
    let named: FastSet<&str> = sized_set(
        candidates
            .iter()
            .filter(|c| matches!(c.kind, EntityType::Organization | EntityType::Location))
            .map(|c| c.span.text(text))
            .filter(|t| t.contains(' ')),
    );
    if named.is_empty() {
        return;
    }
    // Only people read by weak cues (a recurring last word, a verb of
    // saying): a given name or a role keeps a person ("to a company,
    // Thomas Okafor, in 2019").
    candidates.retain(|c| {
        !(c.kind == EntityType::Person
            && c.entry.is_none()
            && c.priority <= RECURRING_NAME_PRIORITY
            && named.contains(c.span.text(text)))
    });
}

/// Whether `before` ends in a kind of place and "of" ("the island of ",
/// "the town of "): the name after it is the place's ("the island of Santo
/// Antão"), not a person's.
fn after_place_kind_of(before: &str) -> bool {
    before
        .strip_suffix(" of ")
        .and_then(text::last_word_of)
        .is_some_and(is_place_kind_noun)
}

/// Whether the word at `pos` names a storm: "Hurricane Katrina", "Cyclone
/// Idai", "Typhoon Haiyan", "Tropical Storm Ana" (a capital after the storm
/// word, so not "a storm Paris braced for").
fn is_storm_name_at(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    ["Hurricane ", "Cyclone ", "Typhoon ", "Storm "]
        .iter()
        .any(|w| before.ends_with(w))
}

/// The end of a name that starts at `start`: capitalised words (a
/// possessive "Children's" among them) up to the last institution head
/// word or legal form, at most six words; None without one.
fn name_with_head_from(
    text: &str,
    start: usize,
    heads: &FastSet<String>,
    legal: &[String],
) -> Option<usize> {
    let mut end = None;
    let mut pos = start;
    for w in text[start..].split([' ', '\n']).take(6) {
        // "and" inside the name: "Ross and Co Inc".
        if w == "and" {
            pos += w.len() + 1;
            continue;
        }
        if !is_capitalised(w) {
            break;
        }
        let word = w.trim_end_matches([',', ';', ':', ')']);
        let clean = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if legal.iter().any(|f| f == word) || contains_lower(heads, word) {
            end = Some(pos + word.len());
        } else if contains_lower(heads, clean) || legal.iter().any(|f| f == clean) {
            end = Some(pos + clean.len());
        }
        if w.ends_with([',', '.', ';', ':']) {
            break;
        }
        pos += w.len() + 1;
    }
    end
}

/// How many pinyin syllables spell `word` ("Lianfang" = lian·fang: 2), at
/// most two, as in a given name ("Refining" would take three); None when
/// it is no pinyin (tone marks and apostrophes
/// aside, which news rarely prints).
fn pinyin_syllables(word: &str) -> Option<usize> {
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei",
        "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ue", "ui", "er", "a",
        "o", "e", "i", "u",
    ];
    fn parse(w: &str, count: usize) -> Option<usize> {
        if w.is_empty() {
            return (count > 0).then_some(count);
        }
        if count == 2 {
            return None;
        }
        for ini in INITIALS {
            let Some(rest) = w.strip_prefix(ini) else {
                continue;
            };
            for fin in FINALS {
                if let Some(rest) = rest.strip_prefix(fin) {
                    if let Some(n) = parse(rest, count + 1) {
                        return Some(n);
                    }
                }
            }
        }
        None
    }
    if !word.bytes().all(|b| b.is_ascii_alphabetic()) || word.len() > 12 {
        return None;
    }
    parse(&word.to_ascii_lowercase(), 0)
}

/// "Ka-ki", "Jae-in", "Ing-wen", "Kuan-yew": two romanised syllables
/// joined by a hyphen, the first capitalised, the second mostly not —
/// the given name of a Cantonese, Korean or Taiwanese name. English
/// compounds fail the syllable shape ("Re-opened", "Anti-war", "Pro-war").
fn is_hyphenated_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let tail_lower = |s: &str| s.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    first.starts_with(|c: char| c.is_ascii_uppercase())
        && tail_lower(first)
        && tail_lower(second)
        && is_romanised_syllable(first)
        && is_romanised_syllable(second)
}

/// One syllable of Cantonese, Korean or Wade-Giles romanisation: up to three
/// consonants, one to three vowels, and a final of the few those languages
/// end a syllable with ("Che", "cheung", "Hyun", "woo", "Il", "yew").
fn is_romanised_syllable(s: &str) -> bool {
    const FINALS: &[&str] = &["", "n", "ng", "m", "k", "p", "t", "l", "h", "w"];
    let is_vowel = |b: u8| {
        matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        )
    };
    let bytes = s.as_bytes();
    if bytes.len() > 6 || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    // "y" and "w" start a syllable as consonants ("yew", "woo", "Hyun").
    let onset = bytes
        .iter()
        .enumerate()
        .take_while(|&(i, &b)| !is_vowel(b) || (i == 0 && b.eq_ignore_ascii_case(&b'y')))
        .count();
    if onset > 3 {
        return false;
    }
    let vowels = bytes[onset..].iter().take_while(|&&b| is_vowel(b)).count();
    let coda = &bytes[onset + vowels..];
    (1..=3).contains(&vowels)
        && FINALS
            .iter()
            .any(|f| f.as_bytes().eq_ignore_ascii_case(coda))
}

/// "Northern", "Central", "West": a direction, not a name on its own.
fn is_compass_word(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Northeastern"
            | "Northwestern"
            | "Southeastern"
            | "Southwestern"
            | "Upper"
            | "Lower"
            | "Middle"
            | "Inner"
            | "Outer"
    )
}

/// Adds the entities a pass built (their mentions in text order) to
/// `ents`, which stay ordered by their first mention.
fn add_entities(ents: &mut Vec<Building>, mut added: Vec<Building>) {
    if added.is_empty() {
        return;
    }
    for b in added.iter_mut() {
        b.mentions.sort();
        b.mentions.dedup();
    }
    ents.extend(added);
    ents.sort_by_key(|e| e.mentions[0].start);
}

/// A weekday or month name: what follows "on" in a date, not in a name.
fn is_date_word(w: &str) -> bool {
    const DATE_WORDS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan.",
        "Feb.",
        "Aug.",
        "Sept.",
        "Sep.",
        "Oct.",
        "Nov.",
        "Dec.",
    ];
    DATE_WORDS.contains(&w.trim_end_matches(','))
}

/// The rule that takes an unknown name after "in", "near", "off" or
/// "outside" for a place: it only fills gaps (see `is_short_form_of_name`).
const PLACE_AFTER_LOCATIVE: &str = "place-after-locative";
/// The same gap-filler after a verb or noun of travel and "to", "from" or
/// "at" ("sailing to Aneityum", "the ferry from Oban"): the same checks,
/// the same priority.
const PLACE_AFTER_MOTION: &str = "place-after-motion";

/// Whether the locative word at `at` is "at" or "from", which take
/// companies and people as often as places ("an analyst at Halden", "a
/// letter from Morrow"): a name after them gets more checks
/// (`not_a_place_after_at_or_from`).
fn after_at_or_from(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.starts_with("at ") || rest.starts_with("from ")
}

/// Lowercase roles of people that "at" joins to their employer: "an
/// analyst at Halden", "senior vice president at Morrow".
const ROLES_BEFORE_AT: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "president",
    "vice-president",
    "executive",
    "executives",
    "officer",
    "officers",
    "partner",
    "partners",
    "trader",
    "traders",
    "dealer",
    "dealers",
    "broker",
    "brokers",
    "banker",
    "bankers",
    "manager",
    "managers",
    "director",
    "directors",
    "chairman",
    "head",
    "professor",
    "researcher",
    "researchers",
    "fellow",
    "scientist",
    "scientists",
    "engineer",
    "engineers",
    "consultant",
    "consultants",
    "lawyer",
    "lawyers",
    "employee",
    "employees",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
];

/// Feasts and seasons "at" and "from" take as times: "at Christmas".
const FEASTS: &[&str] = &[
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "Diwali",
    "Thanksgiving",
    "Hanukkah",
    "Passover",
    "Lent",
    "Advent",
    "Carnival",
    "Midsummer",
];

/// Whether "a" or "an" stands right before `at`: "a Red Sea port", "an
/// Aegean port" describe a kind of port.
fn after_indefinite_article(text: &str, at: usize) -> bool {
    let before = text[..at].strip_suffix(' ').unwrap_or("");
    let word = before.rsplit([' ', '\n']).next().unwrap_or("");
    matches!(word, "a" | "an" | "A" | "An")
}

/// Heads of `place_head` lists that name something built in a town ("Beira
/// airport", "Ormoc port", "Kuwait City"): after a name of world geography,
/// which lies in no country, or after "a", they describe ("the Pacific
/// port", "a Red Sea port"); a river or a basin there is named ("Mekong
/// delta").
const BUILT_SITE_HEADS: &[&str] = &[
    "airport",
    "port",
    "palace",
    "City",
    "dam",
    "reservoir",
    "bridge",
    "crossing",
];

/// First words of names of undertakings and storms, which one takes part
/// or is caught in but which lie nowhere: "in Operation Tandem Thrust",
/// "in Exercise Pacific Reach", "in Project Sunrise", "in Hurricane Ivan".
const NAMED_UNDERTAKING_FIRST: &[&str] = &[
    "Operation",
    "Exercise",
    "Project",
    "Programme",
    "Program",
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
    "Tropical",
];

/// Whether a lowercase word other than a preposition, a conjunction or a
/// verb of being or having follows `end`: a name of several words then
/// qualifies it ("in Third World countries", "in Far Eastern markets",
/// "in Rocky Mountain territory") rather than naming a place.
fn names_a_noun_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    is_lowercase_word(word)
        && !matches!(
            word,
            "on" | "in"
                | "at"
                | "and"
                | "or"
                | "to"
                | "for"
                | "from"
                | "with"
                | "by"
                | "of"
                | "near"
                | "where"
                | "which"
                | "who"
                | "when"
                | "while"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "last"
                | "this"
                | "next"
                | "since"
                | "until"
                | "after"
                | "before"
                | "earlier"
                | "later"
                | "but"
                | "as"
                | "will"
                | "would"
                | "could"
                | "should"
                | "can"
                | "must"
        )
}

/// Whether one word reads as an adjective, a month, a possessive or a
/// fragment rather than a place's name: under three letters, "-ish",
/// "-ese", "-ian", "-ean", "-can", "-ous", "-ic", "-al" endings, in any
/// part of a compound ("Italian-Soviet trade", "Jan-Dec").
fn is_adjective_like(word: &str) -> bool {
    const ADJECTIVE_ENDINGS: [&str; 8] = ["ish", "ese", "ian", "ean", "can", "ous", "ic", "al"];
    let adjective_or_month = |part: &str| {
        is_date_word(part)
            || is_month_abbreviation(part)
            || ADJECTIVE_ENDINGS.iter().any(|e| part.ends_with(e))
    };
    word.chars().count() < 3
        || word.ends_with("'s")
        || word.ends_with("’s")
        || word.split('-').any(adjective_or_month)
}

/// Whether `name`, one word a gap-filling place rule found after a locative
/// word, is rather an acronym, a code ("TF1") or the short form of an
/// institution or person the article names in full: "a stake in Bayer"
/// after "Bayer AG", "in Wilkinson's view" after "John Wilkinson". An
/// unknown place is seldom also a word of a longer name in the same story,
/// except the institutions named after their town: `named_after_place`.
/// "al-Harthy" → "Al-Harthy": a surname opened by a short lowercase
/// particle and a hyphen before a capital ("al-", "el-", "ad-", "bin-"),
/// with its capital at the front. `None` for any other word.
fn particle_capitalised(w: &str) -> Option<String> {
    is_particle_surname(w).then(|| w[..1].to_ascii_uppercase() + &w[1..])
}

/// Whether `w` is a surname opened by a short lowercase particle and a
/// hyphen before a capital ("al-Harthy"): [`particle_capitalised`] without
/// building the capitalised form, for the loop over every word.
fn is_particle_surname(w: &str) -> bool {
    let b = w.as_bytes();
    // The hyphen is at byte 1, 2 or 3 after lowercase ASCII letters.
    let Some(hyphen) = b.iter().take(4).position(|&c| !c.is_ascii_lowercase()) else {
        return false;
    };
    hyphen >= 1
        && b[hyphen] == b'-'
        && w[hyphen + 1..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

fn is_short_form_of_name<'a>(
    name: &str,
    mut found: impl Iterator<Item = &'a Candidate>,
    text: &str,
    named_after_place: impl Fn(&str) -> bool,
) -> bool {
    has_inner_capital(name)
        || name.bytes().any(|b| b.is_ascii_digit())
        || found.any(|c| {
            // A country's name counts ("South Korea" … "in Korea").
            if c.kind == EntityType::Location {
                return false;
            }
            let mut words = c.span.text(text).split(' ');
            if !words.any(|w| w == name) {
                return false;
            }
            // The head may follow a plural possessive ("Motsetshane
            // Residents' Committee" is named after the village too).
            let next = words.next();
            let head = match next {
                Some(w) if w.ends_with(['\'', '’']) => words.next(),
                _ => next,
            };
            !head.is_some_and(&named_after_place)
        })
}

/// Whether a capital letter stands inside a word, not after a hyphen: an
/// acronym or a brand ("ICN", "FRNs", "MetCap"), not "Baden-Baden" nor the
/// second word of "Capitán Miranda".
fn has_inner_capital(word: &str) -> bool {
    word.as_bytes()
        .windows(2)
        .any(|w| w[1].is_ascii_uppercase() && !matches!(w[0], b'-' | b' '))
}

/// Whether the locative word at `at` follows a noun or verb of holding or
/// investing, whose "in" takes a company: "a stake in Degussa", "shares in
/// Centrica", "invested in Fujitsu", "a partner in Goldman".
fn after_holding_noun(text: &str, at: usize) -> bool {
    const HOLDING: &[&str] = &[
        "stake",
        "stakes",
        "share",
        "shares",
        "interest",
        "interests",
        "investment",
        "investments",
        "invest",
        "invests",
        "invested",
        "investing",
        "position",
        "holding",
        "holdings",
        "partner",
        "partners",
        "trading",
        "dealings",
        "stock",
        "ownership",
    ];
    let before = text[..at].trim_end();
    let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
    HOLDING.contains(&prev)
}

/// Whether the locative word at `at` stands between capitalised words, as
/// inside a title or a name: "Acts in Preparation of a Terrorist Act",
/// "the Convention Against Doping in Sport", "Women in Housing".
fn inside_title_case(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before
        .rsplit([' ', '\n'])
        .next()
        .is_some_and(|w| is_capitalised(w) && !w.ends_with(['.', ',', ';', ':']))
}

/// Whether a particle and a capitalised word go on after a name ending at
/// `end`, or a word led by an Arabic article: "in Punta del Este", "near
/// Santa Cruz de la Sierra", "in Souq al-Ghazl" are longer names, no
/// one-word place.
fn starts_longer_place(text: &str, end: usize) -> bool {
    let mut words = text[end..].split(' ').skip(1);
    let particle = words.next().unwrap_or("");
    is_arabic_article_name(particle)
        || matches!(
            particle,
            "de" | "del" | "da" | "do" | "dos" | "das" | "di" | "du" | "la" | "le" | "des"
        ) && words.next().is_some_and(is_capitalised)
}

/// "Oct", "Sept": a month written short without its full stop.
/// The `region_abbreviation` lists of the rule files ("Ga. Georgia": the
/// abbreviation, a space, the region's name), each tied to the gazetteer's
/// region of that name. An abbreviation whose region the gazetteers in use
/// do not list is left out: with `--no-default-gazetteers` it names nothing.
fn region_abbreviations(
    gazetteer: &Gazetteer,
    rule_sources: &[(String, String)],
) -> FastMap<String, usize> {
    let mut out = FastMap::default();
    for (_, source) in rule_sources {
        let Ok(table) = source.parse::<toml::Table>() else {
            continue;
        };
        let items = table
            .get("lists")
            .and_then(|l| l.get("region_abbreviation"))
            .and_then(|v| v.as_array());
        for item in items.into_iter().flatten() {
            let Some((abbreviation, name)) = item.as_str().and_then(|w| w.split_once(' ')) else {
                continue;
            };
            let region = gazetteer
                .lookup(name)
                .iter()
                .map(|c| c.entry as usize)
                .find(|&i| {
                    let e = gazetteer.entry(i);
                    e.kind == EntityType::Location && e.name == name && gazetteer.is_region(i)
                });
            if let Some(i) = region {
                out.insert(abbreviation.to_string(), i);
            }
        }
    }
    out
}

fn is_month_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// "al-Hamli", "el-Sisi": a name word led by an Arabic article (as `{Word}`
/// in the rules allows).
fn is_arabic_article_name(w: &str) -> bool {
    ["al-", "el-", "ad-", "ash-", "az-"]
        .iter()
        .any(|a| w.strip_prefix(a).is_some_and(is_capitalised))
}

/// Participles that, joined to a place, say where an institution is
/// ("Geneva-based", "a Singapore-registered foundation").
const BASED_SUFFIXES: &[&str] = &["-based", "-headquartered", "-registered"];

/// Participles that, joined to a place or demonym, name a country of
/// origin or owner ("Lima-born", "a Brazilian-owned dealer", "the
/// Ukrainian-founded cooperative", "Chinese-made missiles"): a mention, not
/// a mere adjective as in "pro-Beijing" or "US-led".
const ORIGIN_SUFFIXES: &[&str] = &[
    "-born", "-owned", "-founded", "-flagged", "-made", "-built", "-run", "-funded",
    // "the Johannesburg-listed Rand Basin Resources": its stock exchange's.
    "-listed",
];

/// Whether `after` starts with one of `suffixes` (each starts with a
/// hyphen) as a whole word.
fn starts_with_suffix(after: &str, suffixes: &[&str]) -> bool {
    // Asked after every place name: nearly none is followed by a hyphen.
    after.starts_with('-')
        && suffixes.iter().any(|suffix| {
            after
                .strip_prefix(suffix)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
        })
}

/// Whether `after` (the text right after a place name) starts "-based",
/// "-headquartered" or "-registered" as a whole word.
fn is_based_suffix(after: &str) -> bool {
    starts_with_suffix(after, BASED_SUFFIXES)
}

/// Whether `after` (the text right after a place or demonym) starts with a
/// participle of origin ("-born", "-owned", …) as a whole word.
fn is_origin_suffix(after: &str) -> bool {
    starts_with_suffix(after, ORIGIN_SUFFIXES)
}

/// "Geneva-based", "US-led", "Lima-born": a capitalised word joined to a
/// lowercase one is a modifier before a name, not part of it ("the
/// Geneva-based Sahel Water Initiative").
fn is_hyphen_modifier(w: &str) -> bool {
    // (A byte loop over a short word, not a reverse `char` searcher: asked
    // of every word of every pattern match. A hyphen byte is always a
    // whole character.)
    let Some(at) = w.bytes().rposition(|b| b == b'-') else {
        return false;
    };
    let (head, tail) = (&w[..at], &w[at + 1..]);
    is_capitalised(head) && tail.len() >= 2 && tail.chars().all(|c| c.is_ascii_lowercase())
}

fn role_text(text: &str, pm: &PatternMatch, rule: &PatternRule) -> Option<String> {
    match pm.role {
        Some((s, e)) => {
            let role = normalise_name(&text[s..e]).to_lowercase();
            // "a spokeswoman for X", as "X spokesman" (see `parse_role`).
            let last = role.rsplit(' ').next().unwrap_or_default();
            Some(if is_spokesperson_word(last) {
                "spokesperson".into()
            } else {
                role
            })
        }
        None => rule.role.clone(),
    }
}

/// "spokesman", "spokeswoman", "spokesperson": one role, "spokesperson".
fn is_spokesperson_word(w: &str) -> bool {
    matches!(w, "spokesman" | "spokeswoman" | "spokesperson")
}

fn has_org_head(s: &str, words: &Words) -> bool {
    s.split(' ').any(|w| contains_lower(&words.org_heads, w))
}

/// Initials of the capitalised words: "World Health Organization" → "WHO".
fn acronym_of(name: &str) -> Option<String> {
    // One pass over the words (no list of them first).
    let mut initials = String::new();
    let mut caps = 0;
    for w in name.split([' ', '-']).filter(|w| is_capitalised(w)) {
        if is_all_caps(w) {
            return None;
        }
        initials.extend(w.chars().next());
        caps += 1;
    }
    (caps >= 2).then_some(initials)
}

/// Whether `acronym_of(name)` is `surface`, without building it: asked
/// of every earlier institution for each acronym-like short form.
fn is_acronym_of(name: &str, surface: &str) -> bool {
    let mut rest = surface;
    let mut caps = 0;
    for w in name.split([' ', '-']).filter(|w| is_capitalised(w)) {
        // (A word in capitals makes no acronym at all.)
        if is_all_caps(w) {
            return false;
        }
        let Some(initial) = w.chars().next() else {
            return false;
        };
        let Some(after) = rest.strip_prefix(initial) else {
            return false;
        };
        rest = after;
        caps += 1;
    }
    caps >= 2 && rest.is_empty()
}

/// "Second Affiliated Hospital" for "Second Affiliated Hospital of Xi'an
/// Jiaotong University"; "Rehabilitation Hospital" for "Xi'an International
/// Medical Rehabilitation Hospital". The part after "of" names another body.
/// (Asked of every pair of institutions: the words are compared in place,
/// not collected.)
fn is_shortened_org(full: &str, short: &str) -> bool {
    // Either way the full name is the short one and more words.
    if full.len() <= short.len() {
        return false;
    }
    let f_len = full.split(' ').count();
    let s_len = short.split(' ').count();
    if s_len < 2 || s_len >= f_len {
        return false;
    }
    match full.split(' ').position(|w| w == "of") {
        // The core before "of" is the short name itself.
        Some(core_len) => core_len == s_len && full.split(' ').take(core_len).eq(short.split(' ')),
        // No "of": the short name ends the full one.
        None => full.split(' ').skip(f_len - s_len).eq(short.split(' ')),
    }
}

/// Index of the entity with a mention overlapping `span` (the largest overlap).
fn entity_at(ents: &[Building], span: Span) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, e) in ents.iter().enumerate() {
        for m in &e.mentions {
            if m.overlaps(span) {
                let ov = m.end.min(span.end) - m.start.max(span.start);
                if best.is_none_or(|(_, b)| ov > b) {
                    best = Some((i, ov));
                }
            }
        }
    }
    best.map(|(i, _)| i)
}

/// " in ", " in northwest ", " in the south of " between two names.
fn is_in_gap(gap: &str) -> bool {
    // "Saidiyah district in southern Baghdad": a lowercase kind of place,
    // no part of the name, may stand before "in".
    let gap = gap
        .strip_prefix(' ')
        .and_then(|g| g.split_once(' '))
        .filter(|(kind, _)| PLACE_KINDS.contains(kind))
        .map_or(gap, |(kind, _)| &gap[kind.len() + 1..]);
    // ", in" too: "a children's home in Yining, in China's Xinjiang region".
    let Some(rest) = gap
        .strip_prefix(" in ")
        .or_else(|| gap.strip_prefix(", in "))
    else {
        return false;
    };
    let rest = rest.trim();
    if rest.is_empty() {
        return true;
    }
    let words: Vec<&str> = rest.split(' ').collect();
    words.len() <= 3
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// After an age in commas: ", who", ", was shot", ", and": the clause goes
/// on in lowercase. Not a number of a list or a table (", 12, 15").
/// The tokens that may be the age of an apposition ("Zaitsev, 57, is"),
/// in order: one or two plain digits, the first not 0, right after the
/// ", " that ends the token before. Found from the text's commas (one
/// vectorised search) and a binary search for the token after each: a
/// test of every token cost more.
fn ages_after_comma<'a>(text: &'a str, tokens: &'a [Token]) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b',', bytes).filter_map(move |comma| {
        if !matches!(bytes.get(comma + 1..comma + 3), Some([b' ', b'1'..=b'9'])) {
            return None;
        }
        let k = tokens
            .binary_search_by_key(&(comma + 2), |t| t.span.start)
            .ok()?;
        let age = &tokens[k];
        (k > 0 && age.plain && age.span.len() <= 2 && tokens[k - 1].span.end == comma).then_some(k)
    })
}

fn is_age_apposition_end(after: &str) -> bool {
    after
        .strip_prefix(", ")
        .is_some_and(|a| a.starts_with(|c: char| c.is_lowercase()))
}

/// Particles that join an institution's head-first name to the place or
/// owner it ends in ("Câmara Municipal de Arcos", "Banco do Brasil").
const ROMANCE_PARTICLES: &[&str] = &[
    "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des",
];

/// A region (a state, province or the like) by its gazetteer feature.
fn is_region(e: &Building) -> bool {
    e.attributes.get("feature").map(String::as_str) == Some("region")
}

/// Whether two entities may lie in one country: not when the gazetteer
/// gives both a country and they differ ("Chad's Paris embassy").
fn same_country(a: &Building, b: &Building) -> bool {
    match (a.attributes.get("country"), b.attributes.get("country")) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// After a place named in an apposition (", Oxford"): a comma and a
/// lowercase word other than "and"/"or" (", Oxford, to fund"), or the end of
/// the clause. Not a list: ", Oxford, Cambridge", ", Oxford and Leeds".
fn ends_apposition(after: &str) -> bool {
    match after.chars().next() {
        None | Some('.' | ';' | ')' | ':' | '"' | '”' | '\n') => true,
        Some(',') => {
            let next = after[1..].trim_start();
            let word = next.split([' ', ',']).next().unwrap_or("");
            !matches!(word, "and" | "or") && is_lowercase_word(word)
        }
        _ => false,
    }
}

/// Nouns for kinds of places ("city", "province"), as in ", a district of".
const PLACE_KINDS: &[&str] = &[
    "city",
    "town",
    "village",
    "district",
    "province",
    "region",
    "county",
    "state",
    "suburb",
    "port",
    "capital",
    "island",
    "municipality",
    "prefecture",
    "governorate",
];

/// ", a district of ", ", the capital of ", ", a small town in ": an
/// apposition that says which kind of place a name is and where it lies.
fn is_place_kind_gap(gap: &str) -> bool {
    let Some(rest) = [", a ", ", an ", ", the "]
        .iter()
        .find_map(|d| gap.strip_prefix(d))
    else {
        return false;
    };
    let Some(kind) = [" of ", " in "].iter().find_map(|p| rest.strip_suffix(p)) else {
        return false;
    };
    let words: Vec<&str> = kind.split(' ').collect();
    words.len() <= 3
        && words.iter().all(|w| is_lowercase_word(w))
        && words.last().is_some_and(|w| PLACE_KINDS.contains(w))
}

/// Sets `country` on every entity where the text tells it: its own
/// gazetteer data, a place in its name, "China's X", "Chinese X", a place it
/// is located in, or the institution a person belongs to.
fn assign_countries(
    text: &str,
    ents: &mut [Building],
    relations: &[Relation],
    places: &[PlaceCue],
) {
    // Place cues inside or right before a mention.
    for e in ents.iter_mut() {
        if e.attributes.contains_key("country") {
            continue;
        }
        let mut found: Option<String> = None;
        'mentions: for m in &e.mentions {
            // Places are in text order: look only at the one just before the
            // mention and at those inside it.
            let first_inside = places.partition_point(|p| p.span.start < m.start);
            if let Some(p) = first_inside.checked_sub(1).map(|i| &places[i]) {
                // "China's ZTE Foundation", "Chinese President Xi".
                if p.span.end <= m.start {
                    let gap = &text[p.span.end..m.start];
                    let possessive = matches!(gap, "'s " | "’s " | "' " | "’ ");
                    let adjective_before = p.adjective
                        && gap.len() <= 40
                        && gap.starts_with(' ')
                        && gap
                            .split(' ')
                            .filter(|w| !w.is_empty())
                            .all(|w| is_capitalised(w) || w.ends_with('.'));
                    if possessive || adjective_before {
                        found = Some(p.country.to_string());
                        break 'mentions;
                    }
                }
            }
            // A place inside an institution's or place's name.
            if e.kind != EntityType::Person {
                for p in places[first_inside..]
                    .iter()
                    .take_while(|p| p.span.start < m.end)
                {
                    if m.contains(p.span) && *m != p.span {
                        found = Some(p.country.to_string());
                        break 'mentions;
                    }
                }
            }
        }
        if let Some(c) = found {
            e.attributes.insert("country".into(), c);
        }
    }
    // Along relations: located_in (subject gets the place's country) and
    // affiliation (a person gets the institution's country); repeat for chains.
    for _ in 0..3 {
        let mut changed = false;
        for r in relations {
            if ents[r.subject].attributes.contains_key("country") {
                continue;
            }
            if let Some(c) = ents[r.object].attributes.get("country").cloned() {
                ents[r.subject].attributes.insert("country".into(), c);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Words after a place's name that make it a longer place's name, not an
/// organisation's ("Mekong River", "Rift Valley"), besides kinds of place.
const LANDFORM_WORDS: &[&str] = &[
    "River",
    "Basin",
    "Valley",
    "Delta",
    "Lake",
    "Lakes",
    "Mountains",
    "Hills",
    "Desert",
    "Plateau",
    "Sea",
    "Coast",
    "Gulf",
    "Highlands",
    "Plains",
    "Forest",
    "Canal",
    "Seaway",
];

/// Drops the gazetteer places that open a short form of an organisation
/// found in the article: "Sakura Dental said" after "Sakura Dental
/// Industries", "Kgalagadi Copper" after "Kgalagadi Copper Holdings". The
/// place must be followed by the next word of the organisation's name, and
/// that word must not name a kind of place or a landform ("the Mekong
/// River" beside the "Mekong River Commission" stays a place).
fn drop_places_opening_org_names(text: &str, chosen: &mut Vec<Candidate>) {
    let orgs: Vec<&str> = chosen
        .iter()
        .filter(|c| c.kind == EntityType::Organization)
        .map(|c| c.span.text(text))
        .filter(|o| o.contains(' '))
        .collect();
    if orgs.is_empty() {
        return;
    }
    chosen.retain(|c| {
        if c.entry.is_none() || !matches!(c.kind, EntityType::Location | EntityType::Country) {
            return true;
        }
        let place = c.span.text(text);
        let Some(after) = text[c.span.end..].strip_prefix(' ') else {
            return true;
        };
        !orgs.iter().any(|o| {
            let Some(rest) = o.strip_prefix(place).and_then(|r| r.strip_prefix(' ')) else {
                return false;
            };
            let next = rest.split(' ').next().unwrap_or("");
            is_capitalised(next)
                && !LANDFORM_WORDS.contains(&next)
                && !PLACE_FEATURE_WORDS.contains(&next)
                && !is_place_kind_noun(&lowercase(next))
                && after.starts_with(next)
                && !after[next.len()..]
                    .chars()
                    .next()
                    .is_some_and(|ch| ch.is_alphanumeric() || ch == '-')
        })
    });
}

/// Whether the name ending at `end` is paired with a place: "between
/// Jordan and Israel" (`place_starts`: sorted starts of place mentions).
fn pairs_with_place(text: &str, end: usize, place_starts: &[usize]) -> bool {
    let Some(rest) = text[end..].strip_prefix(" and ") else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let at = text.len() - rest.len();
    place_starts.binary_search(&at).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A recognizer with the bundled rules and an empty gazetteer.
    fn bundled_rules_recognizer() -> EntityRecognizer {
        let gazetteer = crate::gazetteer::GazetteerBuilder::new().build().unwrap();
        let sources = [("bundled".to_string(), BUNDLED_ENTITY_RULES.to_string())];
        EntityRecognizer::new(Arc::new(gazetteer), &sources).unwrap()
    }

    #[test]
    fn shape_filtered_word_lookups_agree_with_plain_lookups() {
        let r = bundled_rules_recognizer();
        // Every listed word as written, capitalised, in capitals and cut
        // short, and invented words (ASCII and not): the filtered lookups
        // find what lowercasing and hashing every word finds.
        let mut words: Vec<String> = Vec::new();
        let listed = r.word_flags.map.keys().chain(&r.rules.words.locative);
        for w in listed {
            words.push(w.clone());
            words.push(w.to_uppercase());
            let mut cap = w.clone();
            if let Some(first) = cap.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            words.push(cap);
            words.push(w.chars().skip(1).collect());
            words.push(format!("{w}s"));
        }
        for w in [
            "",
            "A",
            "İstanbul",
            "KELVIN",
            "\u{212a}",
            "Ärzte",
            "Okafor",
            "mr.",
            "Mr.",
            "x",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            assert_eq!(
                r.word_flags.lower(w),
                with_lower(w, |l| r.word_flags.exact(l)),
                "{w:?}"
            );
            let prev = format!("said {w}");
            assert_eq!(
                r.locative_before(&prev, prev.len()),
                contains_lower(
                    &r.rules.words.locative,
                    text::last_word_of(&prev).unwrap_or("")
                ),
                "{w:?}"
            );
        }
    }

    #[test]
    fn ascii_cue_scores_agree_with_lowered_windows() {
        let r = bundled_rules_recognizer();
        // Windows made of the cues' own phrases (in both cases), parts of
        // them, letters, digits, spaces and other whitespace.
        let mut pieces: Vec<String> = Vec::new();
        for cue in &r.rules.cues {
            for p in cue.before.iter().chain(&cue.after) {
                pieces.push(p.clone());
                pieces.push(p.to_ascii_uppercase());
                pieces.push(p[p.len() / 2..].to_string());
            }
        }
        for p in [
            "a", "Z", "7", " ", "  ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", ",", "'", ".",
        ] {
            pieces.push(p.to_string());
        }
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..50_000 {
            let window = |next: &mut dyn FnMut(usize) -> usize| {
                let mut w = String::new();
                for _ in 0..next(5) {
                    w.push_str(&pieces[next(pieces.len())]);
                }
                w
            };
            let before = window(&mut next);
            let after = window(&mut next);
            assert_eq!(
                r.cue_scores_ascii(before.as_bytes(), after.as_bytes()),
                r.cue_scores_lowered(&before, &after),
                "{before:?} | {after:?}"
            );
        }
    }

    #[test]
    fn name_tails_and_last_words() {
        assert_eq!(last_word("Pieter van Leeuwen "), "Leeuwen");
        assert_eq!(last_word("Leeuwen"), "Leeuwen");
        assert_eq!(last_word("  "), "");
        assert!(is_name_tail("Pieter van Leeuwen", &["Van", "Leeuwen"]));
        assert!(is_name_tail(
            "Abdelkerim  Moussa Gamar ",
            &["Moussa", "Gamar"]
        ));
        assert!(!is_name_tail("Moussa Gamar", &["Moussa", "Gamar"]));
        assert!(!is_name_tail("Pieter van Leeuwen", &["van", "Leeuw"]));
        assert!(is_shortened_org(
            "Second Hospital of Xi'an",
            "Second Hospital"
        ));
        assert!(is_shortened_org(
            "Xi'an Rehabilitation Hospital",
            "Rehabilitation Hospital"
        ));
        assert!(!is_shortened_org(
            "Rehabilitation Hospital",
            "Rehabilitation Hospital"
        ));
    }

    #[test]
    fn name_breaker_filter_passes_every_breaking_word() {
        let r = bundled_rules_recognizer();
        // Each word as a capitalised token: the filter must let it through
        // to the lookups that find it.
        let capitalised = |w: &str| {
            let mut c = w.to_string();
            c[..1].make_ascii_uppercase();
            c
        };
        let words = r.name_breakers_lower.iter().map(|w| capitalised(w));
        let words = words.chain(r.rules.words.not_name.iter().cloned());
        for w in words.filter(|w| w.is_ascii() && w.len() >= 2) {
            for t in tokenize(&w)
                .iter()
                .filter(|t| t.span.len() == w.len() && t.cap)
            {
                assert!(r.may_break_name(t, &w), "{w}");
            }
        }
        assert!(r.may_break_name(&tokenize("Monday")[0], "Monday"));
        assert!(r.may_break_name(&tokenize("The")[0], "The"));
        // A run's name words are mostly turned away without a lookup.
        assert!(!r.may_break_name(&tokenize("Okafor")[0], "Okafor"));
    }

    #[test]
    fn chinese_names_from_capitalised_tokens_match_a_walk_over_all() {
        let r = bundled_rules_recognizer();
        // The bundled surnames are capitalised: the scan takes the short walk.
        assert!(r.surnames_capitalised);
        let pieces = [
            "Li", "li", "Wang", "He", "he", "Kwok", "Ka-ki", "Mingxuan", "Wei", "Co", " ", " ",
            ". ", ", ", "said", "Ünal", "Zhang", "zhang", "Jae-in", "Moon", "\n",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut found = 0;
        for _ in 0..20_000 {
            let text = random_pieces(&mut state, &pieces, 12);
            let mut doc = Document::new("t", &text);
            doc.sentences.push(Span::new(0, text.len()));
            let tokens = tokenize(&text);
            let initial = Initials::new(&doc, &tokens);
            let caps: Vec<u32> = (0u32..)
                .zip(&tokens)
                .filter(|(_, t)| t.cap)
                .map(|(k, _)| k)
                .collect();
            let every: Vec<u32> = (0..tokens.len() as u32).collect();
            let (mut short, mut long) = (Vec::new(), Vec::new());
            r.chinese_name_candidates(&text, &tokens, &initial, &caps, &mut short);
            r.chinese_name_candidates(&text, &tokens, &initial, &every, &mut long);
            let spans = |c: &[Candidate]| c.iter().map(|c| c.span).collect::<Vec<_>>();
            assert_eq!(spans(&short), spans(&long), "{text:?}");
            found += short.len();
        }
        assert!(found > 40, "{found}");
    }

    /// Fewer than `max` of `pieces` picked by a xorshift generator on
    /// `state`, which moves on once more after the text.
    fn random_pieces(state: &mut u64, pieces: &[&str], max: u64) -> String {
        let n = *state % max;
        let mut step = || {
            *state ^= *state << 13;
            *state ^= *state >> 7;
            *state ^= *state << 17;
            *state
        };
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(pieces[(step() % pieces.len() as u64) as usize]);
        }
        step();
        text
    }

    #[test]
    fn ages_after_comma_agrees_with_a_test_of_every_token() {
        // The commas' tokens against the test of every token the pass made
        // before, on random texts of numbers, words, commas and spaces.
        let pieces = [
            "57", "5", "0", "07", "123", "1st", ",", ", ", " ", "  ", "Zaitsev", "é", "’s", "'",
            "-", "\n", "9", "34,", ",5", "x",
        ];
        let by_every_token = |text: &str, tokens: &[Token]| -> Vec<usize> {
            let bytes = text.as_bytes();
            (1..tokens.len())
                .filter(|&k| {
                    let age = tokens[k].span;
                    age.len() <= 2
                        && matches!(bytes[age.start], b'1'..=b'9')
                        && tokens[k].plain
                        && tokens[k - 1].span.end + 2 == age.start
                        && &text[tokens[k - 1].span.end..age.start] == ", "
                })
                .collect()
        };
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut found = 0;
        for _ in 0..20_000 {
            let text = random_pieces(&mut state, &pieces, 16);
            let tokens = tokenize(&text);
            let expected = by_every_token(&text, &tokens);
            found += expected.len();
            assert_eq!(
                ages_after_comma(&text, &tokens).collect::<Vec<_>>(),
                expected,
                "{text:?}"
            );
        }
        assert!(found > 300, "too few ages generated: {found}");
    }

    #[test]
    fn sports_bound_agrees_with_automaton() {
        let words: FastSet<String> = [
            "goal",
            "goals",
            "goalkeeper",
            "penalty",
            "penalty spot",
            "semi-final",
            "final whistle",
            "World Cup",
            "red card",
            "hat-trick",
            "x",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let s = SportsWords::new(&words).unwrap();
        let texts = [
            "",
            "goal",
            "GOALS, a Goalkeeper and a penalty spot.",
            "goalpost penalties semi-finalist world cup",
            "xsemi-final whistle, red card; goal x",
            "The semi-final whistle: World Cup, hat-trick!",
            "goal goal goal goal",
            "Penalty spot penalty goal goalkeeper",
            "é goal é penalty éWorld Cup red card",
            "hatred card, a hat-tricks, x-ray",
        ];
        for text in texts {
            for min in 0..6 {
                assert_eq!(
                    s.is_report(text, &tokenize(text), min),
                    s.automaton_finds(text, min),
                    "{text:?} {min}"
                );
            }
        }
        // The bound from tokens against the bound over every byte, on
        // random texts of words, joiners, possessives and other characters.
        let pieces = [
            "goal", "Goals", "x", "semi", "-", "final", " ", "'s", "’s", "'", "é", "World", "Cup",
            "red", "card", "hat", "trick", "penalty", "spot", "9", ",", "\n", "—", "S", "whistle",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let text = random_pieces(&mut state, &pieces, 24);
            let tokens = tokenize(&text);
            for min in 0..6 {
                assert_eq!(
                    s.fewer_than_in_tokens(text.as_bytes(), &tokens, min),
                    s.fewer_than(text.as_bytes(), min),
                    "{text:?} {min}"
                );
            }
        }
    }
}
