//! The entity rule format (see `docs/entities.md`): parsing, validation and
//! compilation of `[[entity_pattern]]` tables and the word lists and context
//! cues the recognizer reads.
//!
//! Each pattern rule is compiled once into one regex and run once over the
//! whole document (never per sentence). A `RegexSet` prefilter over all rules
//! was tried and measured slower: the union's lazy DFA thrashes its cache,
//! while each rule alone runs at 400–3000 MB/s.

use super::text::{FastMap, FastSet};
use crate::model::EntityType;
use anyhow::{anyhow, bail, Result};
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{meta, Anchored, Input, MatchKind};
use serde::Deserialize;
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

mod gates;
use gates::{Gate, ParticleWord};

/// Built-in macros every pattern may use.
const BUILTIN_MACROS: &[(&str, &str)] = &[
    // A capitalised word: "Xi'an", "Jiaotong", "McDonald", "O'Neill", "Gérald";
    // an Arabic article may lead it ("al-Majali", "el-Sisi").
    // Possessive "'s" is not part of it: after an apostrophe (or the Polynesian
    // okina, U+02BB) come two letters, or one that is no clitic (not s, t, d,
    // m): "Savai'i", "Hawai'i", "Nuku'alofa", but "Don't", "I'm" end before it.
    // Letters are ASCII and Latin-1/Latin Extended-A/B only: full Unicode
    // classes make the automata many times larger and slower, and English
    // news writes names in Latin script.
    (
        "Word",
        r"(?:(?:al|el|ad|ash|az)-)?[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}][A-Za-z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]*(?:(?:['’\x{2BB}\-][A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]{2,})|['’\x{2BB}][a-ce-ln-ru-z])*",
    ),
    // An all-capital acronym: "WHO", "ZTE".
    ("Acronym", r"[A-Z]{2,}[0-9]*"),
    // A middle initial: "F."
    ("Initial", r"[A-Z]\."),
];

/// Unicode letter classes make compiled patterns large; the default 10 MB
/// limit is too small for a dozen name patterns.
const REGEX_SIZE_LIMIT: usize = 32 << 20;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    lists: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    macros: BTreeMap<String, String>,
    #[serde(default)]
    words: WordsDef,
    #[serde(default)]
    settings: SettingsDef,
    #[serde(default)]
    context_cue: Vec<ContextCueDef>,
    #[serde(default)]
    entity_pattern: Vec<PatternDef>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct WordsDef {
    #[serde(default)]
    common: Vec<String>,
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    not_name: Vec<String>,
    #[serde(default)]
    surname_first: Vec<String>,
    #[serde(default)]
    surname_first_hyphenated: Vec<String>,
    #[serde(default)]
    given_names: Vec<String>,
    #[serde(default)]
    locative: Vec<String>,
    #[serde(default)]
    speech_verbs: Vec<String>,
    #[serde(default)]
    org_heads: Vec<String>,
    #[serde(default)]
    sports: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct SettingsDef {
    gazetteer_priority: Option<i32>,
    sports_min_cues: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextCueDef {
    prefer: String,
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternDef {
    id: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    pattern: Option<String>,
    #[serde(default)]
    description: Option<String>,
    priority: Option<i32>,
    relation: Option<String>,
    object_type: Option<String>,
    role: Option<String>,
    #[serde(default)]
    require_object: bool,
    #[serde(default)]
    anchors: Vec<String>,
    /// `[before, after]`: spaces a match may span before its anchor word
    /// and after it.
    reach: Option<[usize; 2]>,
    /// With `anchors`: every match has ", " at most this many spaces
    /// before its anchor word (see [`PatternRule::comma_before`]).
    comma_before: Option<usize>,
    /// With `anchors`: every match has "," right after its anchor word.
    #[serde(default)]
    comma_after: bool,
}

/// Word lists the recognizer consults (all stored lowercase unless noted).
#[derive(Debug, Default, Clone)]
pub struct Words {
    /// Ordinary words that start sentences capitalised ("Reading", "March").
    pub common: FastSet<String>,
    pub pronouns: FastSet<String>,
    /// Tokens that are never part of a person's name (weekdays, "The", …).
    pub not_name: FastSet<String>,
    /// Surnames written first (Chinese names): "He" in "He Xijing".
    pub surname_first: FastSet<String>,
    /// Surnames written first before a given name of two syllables joined
    /// by a hyphen (Cantonese, Korean, Taiwanese): "Kwok" in "Kwok Ka-ki".
    /// Many are English words ("Park", "Moon"), so they count as surnames
    /// only there, unlike `surname_first`.
    pub surname_first_hyphenated: FastSet<String>,
    /// Given names, as written ("Michael").
    pub given_names: FastSet<String>,
    pub locative: FastSet<String>,
    pub speech_verbs: FastSet<String>,
    /// Head words of institutions ("hospital", "university").
    pub org_heads: FastSet<String>,
    /// Words of sports reporting; with enough of them a country names its team.
    pub sports: FastSet<String>,
}

/// "Prefer entities of this type when these words surround the mention."
#[derive(Debug, Clone)]
pub struct ContextCue {
    pub prefer: EntityType,
    /// Lowercase phrases that end right before the mention.
    pub before: Vec<String>,
    /// Lowercase phrases that start right after the mention.
    pub after: Vec<String>,
}

/// One compiled `[[entity_pattern]]`.
#[derive(Debug)]
pub struct PatternRule {
    pub id: String,
    pub origin: String,
    pub kind: EntityType,
    /// The expanded pattern.
    expanded: String,
    /// `expanded` compiled (see [`PatternRule::regex`]) and where its
    /// `entity`, `object` and `role` groups are: at load for a rule searched
    /// by regex; for a rule a hand matcher finds, only if asked for (its
    /// pattern is a bundled one, known to compile; compiling the regexes of
    /// those rules was most of the rules' load time).
    compiled: OnceLock<(meta::Regex, MatchGroups)>,
    /// A hand-written matcher that finds what `regex` finds, for a rule
    /// whose pattern it knows (see [`HandMatcher`]).
    matcher: Option<HandMatcher>,
    /// A hand-written matcher that finds what `regex` finds anchored at a
    /// start, for a rule tried at its anchor words (see [`ListThenName`]).
    start_matcher: Option<StartMatcher>,
    /// What stands right before the `object` group and which words it may
    /// hold, for a rule run near found objects: a found name no match's
    /// object can hold gets no window (see [`ObjectLeadIn`]).
    object_lead_in: Option<ObjectLeadIn>,
    /// The words one of which follows the anchor word in every match, for
    /// a rule searched in windows (see [`AnchorThen`]).
    anchor_then: Option<AnchorThen>,
    /// Every match starts with its anchor word, a space and a `{Word}`, for
    /// a rule tried at its anchors' starts (see [`word_after_anchor`]).
    word_after_anchor: bool,
    /// Text every match holds, read off the expanded pattern, for a rule
    /// searched by regex: a window without it is not searched (see
    /// [`required_literal`]).
    required: Option<memchr::memmem::Finder<'static>>,
    /// A necessary condition of a match, for a rule searched by regex whose
    /// pattern it knows: the windows (or starts) that fail it are not
    /// searched (see [`Gate`]).
    gate: Option<Gate>,
    /// For a rule every match of which holds a name particle, the words
    /// one of which it holds (see [`gates::particle_words`]): the windows
    /// without one are not searched.
    particle_words: Vec<ParticleWord>,
    pub priority: i32,
    pub relation: Option<String>,
    pub object_type: Option<EntityType>,
    pub role: Option<String>,
    pub require_object: bool,
    /// Words one of which every match contains (from the `anchors` lists):
    /// the rule then runs only on the lines that have one.
    pub anchor_words: Vec<String>,
    /// How far a match reaches around its anchor word (or, for a
    /// `require_object` rule, around the found entity its object holds), in
    /// spaces before and after it: the rule then runs only on those windows,
    /// not whole lines.
    pub reach: Option<(usize, usize)>,
    /// At most how many spaces stand between a ", " and the anchor word in
    /// every match ("Ann Roe, the charity's director": 2), when the rule
    /// says so: an anchor word with no ", " that close before it gets no
    /// window. Role nouns are among the most frequent anchors, and within
    /// a whole reach before one there is nearly always some comma, so only
    /// the comma's place sorts out the few anchors worth a search.
    pub comma_before: Option<usize>,
    /// Every match has "," right after its anchor word ("a Dutch
    /// foundation, Kroonhof,"), when the rule says so: the other anchor
    /// words ("the foundation said") get no window.
    pub comma_after: bool,
}

impl PatternRule {
    /// The expanded pattern, compiled as the `regex` crate compiles it
    /// (leftmost-first, Unicode, UTF-8); the meta regex itself because
    /// [`RuleSet::find`] searches anchored at anchor words.
    pub fn regex(&self) -> &meta::Regex {
        &self.compiled().0
    }

    fn compiled(&self) -> &(meta::Regex, MatchGroups) {
        self.compiled.get_or_init(|| {
            // Only hand-matched rules are compiled here, and their patterns
            // are the bundled ones, which compile (see the tests).
            let regex = build_regex(&self.expanded)
                .unwrap_or_else(|e| panic!("rule {:?}: pattern does not compile: {e}", self.id));
            let groups = MatchGroups::of(&regex);
            (regex, groups)
        })
    }

    /// A rule whose every match starts at one of its anchor words (`reach`
    /// of no space before the anchor): it is tried only there, with an
    /// anchored search, instead of being searched for through its windows.
    pub fn starts_at_anchor(&self) -> bool {
        !self.anchor_words.is_empty() && self.reach.is_some_and(|(before, _)| before == 0)
    }

    /// Capture slots for `regex`'s searches: of the whole match only when
    /// the rule has none of the named groups, so that the regex finds it
    /// with its automata alone, without a capture engine (the same match).
    fn captures(&self) -> Captures {
        let (regex, groups) = self.compiled();
        if groups.entity.is_none() && groups.object.is_none() && groups.role.is_none() {
            Captures::matches(regex.group_info().clone())
        } else {
            regex.create_captures()
        }
    }

    /// Whether a match may lie in `hay`: it holds the rule's required text,
    /// if it has one. Most windows of a rule with a rare one ("-year-old ")
    /// do not, and a search that fails in the lazy DFA still adds states to
    /// it: most of the rules' regex cost is building those states.
    fn may_match(&self, hay: &str) -> bool {
        self.required
            .as_ref()
            .is_none_or(|f| f.find(hay.as_bytes()).is_some())
    }

    /// Searched only around entities already found (see
    /// [`RuleSet::find_near_objects`]), not by [`RuleSet::find`].
    pub fn runs_near_objects(&self) -> bool {
        self.require_object && self.reach.is_some()
    }
}

/// Every rule file merged and compiled.
#[derive(Debug)]
pub struct RuleSet {
    pub patterns: Vec<PatternRule>,
    /// All anchor words of all rules, and for each the rules it anchors.
    anchors: AnchorWords,
    anchor_rules: Vec<Vec<usize>>,
    /// Bit `r % 64` of word `r / 64` set when rule `r` has no anchor words
    /// (it runs on every document).
    anchorless: Vec<u64>,
    /// Per anchor word: how a particle-gated rule's match holds it (bits of
    /// [`gates::particle_fits`]), 0 for a word that is no rule's particle.
    /// The particle words are scanned for with the anchor words.
    particle_bits: Vec<u8>,
    pub words: Words,
    pub cues: Vec<ContextCue>,
    pub gazetteer_priority: i32,
    /// Distinct sports words that make a document a sports report.
    pub sports_min_cues: usize,
    /// The `title` list, lowercase ("foreign minister", "president"): a
    /// title between a country and a person names the person's role there.
    pub titles: FastSet<String>,
    /// The `org_legal` and `org_legal_after_known` lists ("AG", "Corp",
    /// "Co"): legal forms that may follow a company's name, which the
    /// gazetteer lists without them.
    pub legal_forms_after_known: Vec<String>,
    /// Words after a place's name that make a longer place name ("Volta
    /// Region", "Cauca River", "Zaatari camp"), each with whether it may
    /// follow a capitalised word the gazetteer does not know (the
    /// `place_head` list: "Chui region") or only a known place
    /// (`place_head_after_known`: "Kathmandu valley").
    pub place_heads: Vec<(String, bool)>,
    /// The `org_head_on` list, lowercase: heads an "on" phrase may follow
    /// in a name ("Council on Foreign Relations").
    pub org_heads_taking_on: FastSet<String>,
    /// First words of `place_heads`: a quick test per token.
    pub place_head_first_words: FastSet<String>,
    /// The `place_unit` list: heads that, in lowercase, only say what kind
    /// of administrative unit the place is ("Osh region" is Osh).
    pub place_units: FastSet<String>,
    /// The `legislature` list, lowercase: bare names of legislatures
    /// ("Parliament", "Senate"), an institution each though a head word.
    pub legislatures: FastSet<String>,
    /// The `institution_kind` list, lowercase: nouns that say what kind of
    /// institution a name is ("charity", "research group").
    pub institution_kinds: FastSet<String>,
}

/// One match of a pattern rule.
#[derive(Debug, Clone)]
pub struct PatternMatch {
    pub rule: usize,
    pub whole: (usize, usize),
    pub entity: (usize, usize),
    pub object: Option<(usize, usize)>,
    pub role: Option<(usize, usize)>,
}

impl RuleSet {
    /// Parses, validates and compiles `(origin, toml)` sources in order;
    /// later files may use lists and macros of earlier ones.
    pub fn from_sources(sources: &[(String, String)]) -> Result<RuleSet> {
        let mut lists: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut macros: BTreeMap<String, String> = BTreeMap::new();
        let mut words = Words::default();
        let mut cues = Vec::new();
        let mut patterns: Vec<PatternRule> = Vec::new();
        let mut gazetteer_priority = 50;
        let mut sports_min_cues = 4;
        let mut seen_ids: HashMap<String, String> = HashMap::new();
        for (origin, text) in sources {
            let file: RuleFile =
                toml::from_str(text).map_err(|e| anyhow!("{origin}: invalid rule file: {e}"))?;
            for (name, items) in file.lists {
                check_macro_name(origin, &name)?;
                lists.entry(name).or_default().extend(items);
            }
            for (name, body) in file.macros {
                check_macro_name(origin, &name)?;
                macros.insert(name, body);
            }
            merge_words(&mut words, file.words);
            if let Some(p) = file.settings.gazetteer_priority {
                gazetteer_priority = p;
            }
            if let Some(n) = file.settings.sports_min_cues {
                sports_min_cues = n;
            }
            for (n, cue) in file.context_cue.into_iter().enumerate() {
                let Some(prefer) = EntityType::parse(&cue.prefer) else {
                    bail!(
                        "{origin}: context_cue #{}: unknown type {:?} in `prefer` (expected person, organization, country or location)",
                        n + 1,
                        cue.prefer
                    );
                };
                if cue.before.is_empty() && cue.after.is_empty() {
                    bail!(
                        "{origin}: context_cue #{}: needs `before` or `after` phrases",
                        n + 1
                    );
                }
                cues.push(ContextCue {
                    prefer,
                    before: cue.before.iter().map(|s| s.to_lowercase()).collect(),
                    after: cue.after.iter().map(|s| s.to_lowercase()).collect(),
                });
            }
            for (n, def) in file.entity_pattern.into_iter().enumerate() {
                let rule = compile_pattern(origin, n + 1, def, &lists, &macros)?;
                if let Some(prev) = seen_ids.insert(rule.id.clone(), origin.clone()) {
                    bail!(
                        "{origin}: entity_pattern #{} (id {:?}): duplicate id, already defined in {prev}",
                        n + 1,
                        rule.id
                    );
                }
                patterns.push(rule);
            }
        }
        let mut anchor_words: Vec<&str> = Vec::new();
        let mut anchor_rules: Vec<Vec<usize>> = Vec::new();
        let mut word_index: HashMap<&str, usize> = HashMap::new();
        for (r, rule) in patterns.iter().enumerate() {
            for w in &rule.anchor_words {
                let i = *word_index.entry(w.as_str()).or_insert_with(|| {
                    anchor_words.push(w.as_str());
                    anchor_rules.push(Vec::new());
                    anchor_words.len() - 1
                });
                if !anchor_rules[i].contains(&r) {
                    anchor_rules[i].push(r);
                }
            }
        }
        // Particle words anchor no rule: their hits only gate windows.
        let mut particle_bits = vec![0u8; anchor_words.len()];
        for rule in &patterns {
            for (w, bits) in &rule.particle_words {
                let i = *word_index.entry(w.as_str()).or_insert_with(|| {
                    anchor_words.push(w.as_str());
                    anchor_rules.push(Vec::new());
                    particle_bits.push(0);
                    anchor_words.len() - 1
                });
                particle_bits[i] |= bits;
            }
        }
        let anchors = AnchorWords::new(&anchor_words)?;
        let mut anchorless = vec![0u64; patterns.len().div_ceil(64)];
        for (r, rule) in patterns.iter().enumerate() {
            if rule.anchor_words.is_empty() {
                anchorless[r / 64] |= 1 << (r % 64);
            }
        }
        let legal_forms_after_known = ["org_legal", "org_legal_after_known", "org_legal_as"]
            .iter()
            .flat_map(|l| lists.get(*l).into_iter().flatten().cloned())
            .collect();
        let titles = lists
            .get("title")
            .map(|t| t.iter().map(|w| w.to_lowercase()).collect())
            .unwrap_or_default();
        let mut place_heads: Vec<(String, bool)> = ["place_head", "place_head_after_known"]
            .iter()
            .flat_map(|l| {
                let after_any = *l == "place_head";
                lists
                    .get(*l)
                    .into_iter()
                    .flatten()
                    .map(move |w| (w.clone(), after_any))
            })
            .collect();
        // Longest first: "river basin" before "river".
        place_heads.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        let place_head_first_words = place_heads
            .iter()
            .filter_map(|(h, _)| h.split(' ').next().map(String::from))
            .collect();
        let org_heads_taking_on = lists
            .get("org_head_on")
            .map(|t| t.iter().map(|w| w.to_lowercase()).collect())
            .unwrap_or_default();
        let place_units = lists
            .get("place_unit")
            .map(|t| t.iter().cloned().collect())
            .unwrap_or_default();
        let legislatures = lists
            .get("legislature")
            .map(|t| t.iter().map(|w| w.to_lowercase()).collect())
            .unwrap_or_default();
        let institution_kinds = lists
            .get("institution_kind")
            .map(|t| t.iter().map(|w| w.to_lowercase()).collect())
            .unwrap_or_default();
        Ok(RuleSet {
            legislatures,
            institution_kinds,
            place_units,
            org_heads_taking_on,
            place_heads,
            place_head_first_words,
            titles,
            legal_forms_after_known,
            anchors,
            anchor_rules,
            anchorless,
            particle_bits,
            patterns,
            words,
            cues,
            gazetteer_priority,
            sports_min_cues,
        })
    }

    /// Every match in `text` of every rule but those run near found objects
    /// ([`PatternRule::runs_near_objects`]), rule by rule.
    pub fn find(&self, text: &str) -> Vec<PatternMatch> {
        self.find_rules(text, None)
    }

    /// Like [`RuleSet::find`], for one rule only when `only` is given (for
    /// measuring the cost of each rule).
    pub fn find_rules(&self, text: &str, only: Option<usize>) -> Vec<PatternMatch> {
        let mut out = Vec::new();
        if self.patterns.is_empty() {
            return out;
        }
        // Taken out of the thread's slot for the call (a nested call would
        // find it empty and allocate its own), put back after it.
        let mut scratch = FIND_SCRATCH.with(Cell::take);
        self.find_rules_in(text, only, &mut scratch, &mut out);
        if scratch.found.spaces.capacity() <= MAX_KEPT_SPACE_WORDS {
            FIND_SCRATCH.with(|s| s.set(scratch));
        }
        out
    }

    /// [`RuleSet::find_rules`] with its buffers in `scratch`.
    fn find_rules_in(
        &self,
        text: &str,
        only: Option<usize>,
        scratch: &mut FindScratch,
        out: &mut Vec<PatternMatch>,
    ) {
        let bytes = text.as_bytes();
        let FindScratch {
            found,
            windows,
            starts,
            first,
            with_hits,
            by_rule,
            particles,
        } = scratch;
        self.anchors.find_into(text, found);
        let hits_found = &found.hits;
        particles.clear();
        for hit in hits_found {
            let bits = self.particle_bits[hit.anchor];
            if bits != 0 && gates::particle_fits(bytes, hit.start, hit.end, bits) {
                particles.push((hit.start - 1, hit.end + 1));
            }
        }
        // Each rule's hits, in text order: one walk over the hits instead
        // of one per rule.
        // Grouped by rule in one flat list of indices into `hits_found` (a
        // counting sort: no list per rule); only the rules with hits (bits
        // of `with_hits`) are counted and walked, not all of them.
        let rules = self.patterns.len();
        first.clear();
        first.resize(rules, 0);
        with_hits.clear();
        with_hits.resize(rules.div_ceil(64), 0);
        for hit in hits_found {
            for &idx in &self.anchor_rules[hit.anchor] {
                first[idx] += 1;
                with_hits[idx / 64] |= 1 << (idx % 64);
            }
        }
        // `first[r]`: from rule `r`'s count to where its hits begin ...
        let mut total = 0;
        for (w, &bits) in with_hits.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let r = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let count = first[r];
                first[r] = total;
                total += count;
            }
        }
        by_rule.clear();
        by_rule.resize(total, 0);
        // ... then, as they are placed, to where they end: rule `r`'s hits
        // are `by_rule[e..first[r]]`, `e` the end of the previous rule's.
        for (h, hit) in hits_found.iter().enumerate() {
            for &idx in &self.anchor_rules[hit.anchor] {
                by_rule[first[idx]] = h;
                first[idx] += 1;
            }
        }
        // Rules in order: those with hits and those without anchor words
        // (a rule with anchor words and no hit finds nothing).
        let mut hits_end = 0;
        for (w, (&hit_bits, &anchorless)) in with_hits.iter().zip(&self.anchorless).enumerate() {
            let mut bits = hit_bits | anchorless;
            while bits != 0 {
                let idx = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let rule = &self.patterns[idx];
                let rule_hits = if hit_bits & (1 << (idx % 64)) != 0 {
                    let begin = std::mem::replace(&mut hits_end, first[idx]);
                    &by_rule[begin..first[idx]]
                } else {
                    &[][..]
                };
                // (Only rules without anchor words come here without hits:
                // the walk's own test, kept.)
                if rule_hits.is_empty() && !rule.anchor_words.is_empty() {
                    continue;
                }
                if only.is_some_and(|o| o != idx) || rule.runs_near_objects() {
                    continue;
                }
                let particle_gated = !rule.particle_words.is_empty();
                if particle_gated && particles.is_empty() {
                    // No match without a particle.
                    continue;
                }
                if rule.anchor_words.is_empty() {
                    windows.clear();
                    windows.push((0, text.len()));
                    if particle_gated {
                        keep_windows_with(particles, windows);
                    }
                    self.search_windows(idx, text, windows, out);
                    continue;
                }
                let starts_at_anchor = rule.starts_at_anchor();
                windows.clear();
                starts.clear();
                for &h in rule_hits {
                    let hit = &hits_found[h];
                    if rule
                        .anchor_then
                        .as_ref()
                        .is_some_and(|t| !t.follows(bytes, hit.end))
                    {
                        continue;
                    }
                    if rule
                        .comma_before
                        .is_some_and(|n| !comma_before(bytes, hit.line.0, hit.start, n))
                        || (rule.comma_after && bytes.get(hit.end) != Some(&b','))
                    {
                        continue;
                    }
                    // An anchor no `{Word}` follows starts no match; its window
                    // stays, so the other starts' windows are what they were.
                    if starts_at_anchor && (!rule.word_after_anchor || word_follows(bytes, hit.end))
                    {
                        starts.push(hit.start);
                    }
                    let window = match rule.reach {
                        Some((before, after)) => found.reach_window(bytes, hit, before, after),
                        None => hit.line,
                    };
                    if windows.last() != Some(&window) {
                        windows.push(window);
                    }
                }
                merge_windows(bytes, windows);
                if particle_gated {
                    keep_windows_with(particles, windows);
                }
                if starts_at_anchor {
                    // Overlapping matches come in order of their ends.
                    starts.sort_unstable();
                    starts.dedup();
                    self.search_at_starts(idx, text, windows, starts, out);
                } else {
                    if let Some(gate) = &rule.gate {
                        gate.filter(bytes, hits_found, rule_hits, windows);
                    }
                    self.search_windows(idx, text, windows, out);
                }
            }
        }
    }

    /// Every match of the rules that run near found objects
    /// ([`PatternRule::runs_near_objects`]), rule by rule, given the entities
    /// found so far as `(start, end, type)`. Such a rule keeps a match only
    /// when its object holds a found entity of its `object_type`, so it is
    /// searched only in the `reach` windows around those entities: most
    /// paragraphs have none.
    #[inline(never)]
    pub fn find_near_objects(
        &self,
        text: &str,
        found: &[(usize, usize, EntityType)],
        only: Option<usize>,
    ) -> Vec<PatternMatch> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut windows = Vec::new();
        // The line around each entity found, looked up once for all rules.
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for (idx, rule) in self.patterns.iter().enumerate() {
            let Some((before, after)) = rule.reach.filter(|_| rule.runs_near_objects()) else {
                continue;
            };
            if only.is_some_and(|o| o != idx) {
                continue;
            }
            if lines.is_empty() {
                let mut line = (0usize, 0usize);
                lines = found
                    .iter()
                    .map(|&(start, end, _)| {
                        if end <= text.len() && !(line.0 <= start && start < line.1) {
                            line = line_around(text, start);
                        }
                        line
                    })
                    .collect();
            }
            windows.clear();
            for (&(start, end, kind), &line) in found.iter().zip(&lines) {
                if rule.object_type.is_some_and(|k| k != kind)
                    || end > text.len()
                    || rule
                        .object_lead_in
                        .as_ref()
                        .is_some_and(|l| !l.may_hold(bytes, line.0, start))
                {
                    continue;
                }
                windows.push(reach_window(bytes, line, start, end, before, after));
            }
            merge_windows(bytes, &mut windows);
            self.search_windows(idx, text, &windows, &mut out);
        }
        out
    }

    /// The matches of rule `idx` in the windows `spans` (in text order, not
    /// overlapping) of `text`, appended to `out`.
    fn search_windows(
        &self,
        idx: usize,
        text: &str,
        spans: &[(usize, usize)],
        out: &mut Vec<PatternMatch>,
    ) {
        if spans.is_empty() {
            // Most rules have no window in most documents: not even capture
            // slots to allocate.
            return;
        }
        let rule = &self.patterns[idx];
        if let Some(matcher) = &rule.matcher {
            for &(ws, we) in spans {
                let hay = &text[ws..we];
                let mut from = 0;
                while let Some(((s, e, entity_end, object), role, entity_start)) =
                    matcher.find_at(hay, from)
                {
                    from = e;
                    let entity_start = ws + entity_start.unwrap_or(s);
                    let (s, e, entity_end) = (ws + s, ws + e, ws + entity_end);
                    if word_boundary(text.as_bytes(), text, entity_start, entity_end) {
                        out.push(PatternMatch {
                            rule: idx,
                            whole: (s, e),
                            entity: (entity_start, entity_end),
                            object: object.map(|(os, oe)| (ws + os, ws + oe)),
                            role: role.map(|(rs, re)| (ws + rs, ws + re)),
                        });
                    }
                }
            }
            return;
        }
        // One set of capture slots per rule, reused for every match.
        let mut caps = rule.captures();
        let (regex, groups) = rule.compiled();
        for &(ws, we) in spans {
            // The window is searched as its own haystack: `\b` and the
            // like see its edges as the text's.
            let hay = &text[ws..we];
            if !rule.may_match(hay) {
                continue;
            }
            let window_start = out.len();
            let mut from = 0;
            while from <= hay.len() {
                regex.search_captures(&Input::new(hay).range(from..), &mut caps);
                let Some(whole) = caps.get_match() else { break };
                if whole.is_empty() {
                    // Empty matches follow the iterator's own rules: leave
                    // this window to it.
                    out.truncate(window_start);
                    for caps in regex.captures_iter(hay) {
                        if caps.get_match().is_some_and(|m| !m.is_empty()) {
                            groups.push(idx, text, ws, &caps, out);
                        }
                    }
                    break;
                }
                from = whole.end();
                groups.push(idx, text, ws, &caps, out);
            }
        }
    }

    /// The matches of rule `idx`, which starts at its anchor words
    /// ([`PatternRule::starts_at_anchor`]), tried with an anchored search at
    /// each of `starts` (sorted) in the windows `spans`: the same matches as
    /// [`RuleSet::search_windows`] finds in those windows, without scanning
    /// the text between anchors or searching backwards for a match's start.
    fn search_at_starts(
        &self,
        idx: usize,
        text: &str,
        spans: &[(usize, usize)],
        starts: &[usize],
        out: &mut Vec<PatternMatch>,
    ) {
        if spans.is_empty() {
            return;
        }
        let rule = &self.patterns[idx];
        // Capture slots only for a rule tried by regex (a hand-matched
        // rule's regex is not even compiled).
        let mut caps = None;
        let mut next = 0;
        for &(ws, we) in spans {
            let hay = &text[ws..we];
            // Matches do not overlap: an anchor inside the last match is skipped.
            let mut from = ws;
            while let Some(&at) = starts.get(next) {
                if at >= we {
                    break;
                }
                next += 1;
                if at < from {
                    continue;
                }
                if let Some(matcher) = &rule.start_matcher {
                    if let Some((end, es, ee)) = matcher.match_at(hay, at - ws) {
                        let (end, es, ee) = (ws + end, ws + es, ws + ee);
                        from = end;
                        if word_boundary(text.as_bytes(), text, es, ee) {
                            out.push(PatternMatch {
                                rule: idx,
                                whole: (at, end),
                                entity: (es, ee),
                                object: None,
                                role: None,
                            });
                        }
                    }
                    continue;
                }
                if !rule.may_match(&hay[at - ws..]) {
                    continue;
                }
                let input = Input::new(hay).range(at - ws..).anchored(Anchored::Yes);
                let (regex, groups) = rule.compiled();
                let caps = caps.get_or_insert_with(|| rule.captures());
                regex.search_captures(&input, caps);
                match caps.get_match() {
                    Some(whole) if !whole.is_empty() => {
                        from = ws + whole.end();
                        groups.push(idx, text, ws, caps, out);
                    }
                    _ => {}
                }
            }
        }
    }
}

/// What a rule's pattern puts right before its `object` group ("of the",
/// "from", ", ") and which lowercase words the object may hold between its
/// capitalised words ("of" in "Republic of Chad"), read off the pattern
/// text for the object forms the bundled rules use.
///
/// A rule run near found objects keeps a match only when its object holds
/// a found name from the object's start on; so a name that does not follow
/// the lead-in, possibly after some of the object's words, is held by no
/// match, and its window (most of them: "in China", "the WHO said") need
/// not be searched. Checked on the bytes before the name, word by word.
#[derive(Debug)]
struct ObjectLeadIn {
    /// Words one of which ends the lead-in ("of", "from"); none when the
    /// lead-in is a comma right after the word before (", ").
    words: &'static [&'static str],
    /// The lead-in may end in "the" ("of the").
    then_the: bool,
    /// The lowercase words the object may hold.
    inside: &'static [&'static str],
}

/// Lead-ins before `(?P<object>`: the pattern text, the words and whether
/// "the " may follow.
const OBJECT_LEAD_INS: [(&str, &[&str], bool); 3] = [
    (" (?:from|of) (?:the )?", &["from", "of"], true),
    (" of (?:the )?", &["of"], true),
    (", ", &[], false),
];

/// Object groups after `(?P<object>`, with the lowercase words they may
/// hold (`{proper_phrase}` only with its bundled macros).
const OBJECT_BODIES: [(&str, &[&str]); 3] = [
    (
        "{proper_phrase})",
        &[
            "of", "the", "and", "for", "on", "de", "del", "di", "du", "&",
        ],
    ),
    ("{Word}(?: (?:of )?{Word}){0,3})", &["of"]),
    ("{Word}(?: {Word}){0,2})", &[]),
];

/// How many words back from a name its object's start is looked for; past
/// that the name is searched around (an object has at most nine
/// capitalised words, and news does not string joining words together).
const OBJECT_LEAD_IN_WORDS: usize = 24;

impl ObjectLeadIn {
    fn for_pattern(pattern: &str, macros: &BTreeMap<String, String>) -> Option<ObjectLeadIn> {
        let (before, after) = pattern.split_once("(?P<object>")?;
        // Flags that make "of" match "Of" or spaces optional are not read.
        if pattern.contains("(?i") || pattern.contains("(?x") {
            return None;
        }
        let &(_, words, then_the) = OBJECT_LEAD_INS.iter().find(|(l, ..)| before.ends_with(l))?;
        let &(body, inside) = OBJECT_BODIES.iter().find(|(b, _)| after.starts_with(b))?;
        if body.starts_with("{proper_phrase}")
            && (macros.get("proper_phrase").map(String::as_str) != Some(PROPER_PHRASE_MACRO)
                || macros.get("possessive_noun").map(String::as_str) != Some(POSSESSIVE_NOUN_MACRO))
        {
            return None;
        }
        Some(ObjectLeadIn {
            words,
            then_the,
            inside,
        })
    }

    /// Whether a match's object may start at or before `start` (on the
    /// line starting at `line_start`) and hold the name found there: walks
    /// back over the words an object may hold, looking for the lead-in.
    fn may_hold(&self, b: &[u8], line_start: usize, start: usize) -> bool {
        let mut pos = start;
        for _ in 0..OBJECT_LEAD_IN_WORDS {
            if pos <= line_start {
                return false;
            }
            if b[pos - 1] != b' ' {
                // The name starts inside a word: only a word of the object
                // may come before it.
                return may_be_in_word(b[pos - 1]);
            }
            let word_start = memchr::memrchr(b' ', &b[line_start..pos - 1])
                .map_or(line_start, |i| line_start + i + 1);
            let word = &b[word_start..pos - 1];
            if self.ends_lead_in(b, line_start, word_start, word) {
                return true;
            }
            if !(self.inside.iter().any(|w| w.as_bytes() == word) || may_be_word_macro(word)) {
                return false;
            }
            pos = word_start;
        }
        true
    }

    /// Whether `word` (at `word_start`) ends the lead-in.
    fn ends_lead_in(&self, b: &[u8], line_start: usize, word_start: usize, word: &[u8]) -> bool {
        if self.words.is_empty() {
            return word.last() == Some(&b',');
        }
        let is_lead = |w: &[u8]| self.words.iter().any(|l| l.as_bytes() == w);
        if is_lead(word) {
            return true;
        }
        if !(self.then_the && word == b"the" && word_start > line_start + 1) {
            return false;
        }
        let before = &b[line_start..word_start - 1];
        let prev = memchr::memrchr(b' ', before).map_or(before, |i| &before[i + 1..]);
        is_lead(prev)
    }
}

/// Words that follow a rule's anchor word in every match ("Ministry" in
/// `{portfolio_head} (?:of|for|on) …`): an anchor word not followed by one
/// of them gets no window, as most such words in news are not ("the
/// Ministry said"). Read off the pattern when its only anchor list stands
/// there once, outside any group or alternation, so every match holds it
/// right before " word ".
#[derive(Debug)]
struct AnchorThen {
    words: Vec<String>,
}

impl AnchorThen {
    fn for_pattern(
        pattern: &str,
        anchors: &[String],
        lists: &BTreeMap<String, Vec<String>>,
    ) -> Option<AnchorThen> {
        let [list] = anchors else { return None };
        // An item with a space may match with a no-break space there,
        // where no anchor word is found.
        if lists.get(list)?.iter().any(|item| item.contains(' '))
            || pattern.contains("(?i")
            || pattern.contains("(?x")
        {
            return None;
        }
        let name = format!("{{{list}}}");
        let at = pattern.find(&format!("{name} (?:"))?;
        if pattern.matches(&name).count() != 1 || !outside_groups(pattern, at) {
            return None;
        }
        let (alternatives, rest) = pattern[at + name.len() + 4..].split_once(')')?;
        let words: Vec<String> = alternatives.split('|').map(String::from).collect();
        let plain = |w: &String| !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase());
        (rest.starts_with(' ') && words.iter().all(plain)).then_some(AnchorThen { words })
    }

    /// Whether " word " follows the anchor word ending at `end`.
    fn follows(&self, b: &[u8], end: usize) -> bool {
        let Some(rest) = b.get(end..).and_then(|r| r.strip_prefix(b" ")) else {
            return false;
        };
        self.words.iter().any(|w| {
            rest.strip_prefix(w.as_bytes())
                .is_some_and(|r| r.first() == Some(&b' '))
        })
    }
}

/// Whether ", " ends at most `n` spaces before the word at `start` (not
/// before `line_start`): the spaces counted are those between the comma's
/// space and the word, so ", director" has none and ", the director" one.
fn comma_before(b: &[u8], line_start: usize, start: usize, n: usize) -> bool {
    let mut spaces = 0;
    let mut i = start;
    while i > line_start + 1 {
        i -= 1;
        if b[i] == b' ' {
            if b[i - 1] == b',' {
                return true;
            }
            spaces += 1;
            if spaces > n {
                return false;
            }
        }
    }
    false
}

/// Whether `pattern` starts with its only anchor list, then a space and a
/// `{Word}` (the built-in one), alone or opening the `entity` group
/// (`(?-u:\b){place_locative} (?P<entity>{Word})…`): then a match tried at
/// an anchor word needs [`word_follows`] right after it. Not for lists with
/// an item holding a space: such an item may match with a no-break space,
/// where the anchor found is a shorter item.
fn word_after_anchor(
    pattern: &str,
    anchors: &[String],
    lists: &BTreeMap<String, Vec<String>>,
    macros: &BTreeMap<String, String>,
) -> bool {
    let [list] = anchors else { return false };
    let Some(items) = lists.get(list) else {
        return false;
    };
    if items.iter().any(|item| item.contains(' '))
        || macros.contains_key("Word")
        || pattern.contains("(?i")
        || pattern.contains("(?x")
        || !outside_groups(pattern, 0)
    {
        return false;
    }
    let rest = pattern.strip_prefix("(?-u:\\b)").unwrap_or(pattern);
    let Some(rest) = rest.strip_prefix(&format!("{{{list}}} ")) else {
        return false;
    };
    // Neither the `{Word}` nor its group may be optional.
    let quantified = |after: &str| matches!(after.as_bytes().first(), Some(b'?' | b'*' | b'{'));
    if let Some(after) = rest.strip_prefix("{Word}") {
        return !quantified(after);
    }
    let Some(group) = rest.strip_prefix("(?P<entity>{Word}") else {
        return false;
    };
    !quantified(group) && group_end(group).is_some_and(|end| !quantified(&group[end + 1..]))
}

/// The index of the `)` that closes the group open at the start of
/// `pattern` (its opening parenthesis already read), if the group has no
/// alternation of its own.
fn group_end(pattern: &str) -> Option<usize> {
    let b = pattern.as_bytes();
    let (mut depth, mut class, mut i) = (0usize, false, 0);
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b']' if class => class = false,
            _ if class => {}
            b'[' => class = true,
            b'(' => depth += 1,
            b')' if depth == 0 => return Some(i),
            b')' => depth -= 1,
            b'|' if depth == 0 => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether a space and then what may begin a `{Word}` follow `end`.
fn word_follows(b: &[u8], end: usize) -> bool {
    b.get(end) == Some(&b' ') && b.get(end + 1..).is_some_and(may_be_word_macro)
}

/// The longest run of plain characters (ASCII letters and digits, spaces,
/// commas, hyphens, apostrophes) that every match of the expanded
/// `pattern` holds, if it has one of at least three bytes: a run outside
/// every group and character class, with no alternation outside groups
/// and no quantifier on its last character ("-year-old " in
/// `…, (?:the |a |an )[0-9]{1,3}-year-old (?:…)`). Patterns with flags that
/// change how letters or spaces match are not read.
fn required_literal(pattern: &str) -> Option<String> {
    if pattern.contains("(?i") || pattern.contains("(?x") {
        return None;
    }
    let b = pattern.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    let (mut run, mut best) = (String::new(), String::new());
    let mut end_run = |run: &mut String| {
        if run.len() > best.len() {
            best = run.clone();
        }
        run.clear();
    };
    while i < b.len() {
        let c = b[i];
        let plain = c.is_ascii_alphanumeric() || matches!(c, b' ' | b',' | b'-' | b'\'');
        if depth == 0 && plain && !matches!(b.get(i + 1), Some(b'?' | b'*' | b'+' | b'{')) {
            run.push(char::from(c));
            i += 1;
            continue;
        }
        end_run(&mut run);
        match c {
            b'\\' => {
                // An escape, with its braces: `\x{C0}`, `\b{end-half}`.
                i += 1;
                if b.get(i + 1) == Some(&b'{') {
                    i += 1 + b[i + 1..].iter().position(|&c| c == b'}')?;
                }
            }
            b'[' => {
                // A class: to its closing bracket (one right after the
                // opening bracket or `^` is a member).
                i += 1;
                i += usize::from(b.get(i) == Some(&b'^'));
                i += usize::from(b.get(i) == Some(&b']'));
                while *b.get(i)? != b']' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            // A repetition's bounds.
            b'{' => i += b[i..].iter().position(|&c| c == b'}')?,
            b'(' => depth += 1,
            b')' => depth = depth.checked_sub(1)?,
            b'|' if depth == 0 => return None,
            _ => {}
        }
        i += 1;
    }
    end_run(&mut run);
    (best.len() >= 3).then_some(best)
}

/// Whether byte `at` of `pattern` lies outside every group, and `pattern`
/// has no alternation outside them: then every match holds what stands
/// there (unless a quantifier follows it).
fn outside_groups(pattern: &str, at: usize) -> bool {
    let b = pattern.as_bytes();
    let (mut depth, mut class, mut i) = (0usize, false, 0);
    let mut depth_at = None;
    while i < b.len() {
        if i == at {
            depth_at = Some(depth);
        }
        match b[i] {
            b'\\' => i += 1,
            b']' if class => class = false,
            _ if class => {}
            b'[' => class = true,
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'|' if depth == 0 => return false,
            _ => {}
        }
        i += 1;
    }
    depth_at == Some(0)
}

/// Whether byte `c` may be part of a `{Word}` (ASCII letters and digits,
/// apostrophes, hyphens, and any byte of a non-ASCII letter or apostrophe).
fn may_be_in_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-') || c >= 0x80
}

/// Whether `word` may be a `{Word}` (or a `{possessive_noun}`): it starts
/// as one may ([`may_start_word`]), with an Arabic article if lowercase.
fn may_be_word_macro(word: &[u8]) -> bool {
    match word.first() {
        Some(b'a' | b'e') => ["al-", "el-", "ad-", "ash-", "az-"]
            .iter()
            .any(|a| word.starts_with(a.as_bytes())),
        Some(&c) => may_start_word(c),
        None => false,
    }
}

/// The buffers [`RuleSet::find_rules`] fills for each document, kept from
/// one document to the next (per thread): allocating and growing them anew
/// for every document cost more than filling them.
#[derive(Default)]
struct FindScratch {
    /// The anchor words found, and the text's spaces.
    found: FoundAnchors,
    /// Per anchored rule: the windows around its anchor words, and where
    /// those begin (for the rules that start at them).
    windows: Vec<(usize, usize)>,
    starts: Vec<usize>,
    /// Per rule with hits: how many, then where its hits end in `by_rule`
    /// (see [`RuleSet::find_rules_in`]).
    first: Vec<usize>,
    /// The rules with hits, as bits (like [`RuleSet::anchorless`]).
    with_hits: Vec<u64>,
    /// Indices into `found.hits`, grouped by rule.
    by_rule: Vec<usize>,
    /// The particle words found that fit a particle-gated rule's match,
    /// from the space before each to the byte after it, in text order.
    particles: Vec<(usize, usize)>,
}

thread_local! {
    static FIND_SCRATCH: Cell<FindScratch> = Cell::new(FindScratch::default());
}

/// A thread keeps its buffers only while the space bits they hold are at
/// most this many words (of a text up to 4 MB): one huge document does not
/// pin its buffers for the thread's life.
const MAX_KEPT_SPACE_WORDS: usize = 1 << 16;

/// One anchor word found: where, which (index into the anchor words), and
/// the line (paragraph) around it.
struct AnchorHit {
    start: usize,
    end: usize,
    anchor: usize,
    line: (usize, usize),
}

/// The anchor words found in a text, in text order, and where its spaces
/// are (found in the same walk over the text).
#[derive(Default)]
struct FoundAnchors {
    hits: Vec<AnchorHit>,
    /// Bit `i % 64` of `spaces[i / 64]` is set when byte `i` of the text is
    /// a space: a reach window is found by counting bits, a word at a time.
    spaces: Vec<u64>,
}

impl FoundAnchors {
    /// [`reach_window`] of `hit`, by counting the bits of
    /// [`FoundAnchors::spaces`] instead of the spaces byte by byte.
    fn reach_window(
        &self,
        bytes: &[u8],
        hit: &AnchorHit,
        before: usize,
        after: usize,
    ) -> (usize, usize) {
        let (line_start, line_end) = hit.line;
        let from = match self.space_back(hit.start, before, line_start) {
            Some(at) => at + 1,
            None => line_start + usize::from(line_start < hit.start && bytes[line_start] == b' '),
        };
        let to = self
            .space_from(hit.end, after, line_end)
            .unwrap_or(line_end);
        (from.min(hit.start), to.max(hit.end))
    }

    /// The space before `pos` with `n` others between them, if it is at or
    /// after `lo`.
    fn space_back(&self, pos: usize, mut n: usize, lo: usize) -> Option<usize> {
        if pos == 0 {
            return None;
        }
        let mut block = (pos - 1) / 64;
        // The bits below `pos`.
        let mut bits = self.spaces[block] & (u64::MAX >> (63 - (pos - 1) % 64));
        loop {
            let c = bits.count_ones() as usize;
            if c > n {
                for _ in 0..n {
                    bits &= !(1 << (63 - bits.leading_zeros()));
                }
                let at = block * 64 + 63 - bits.leading_zeros() as usize;
                return (at >= lo).then_some(at);
            }
            n -= c;
            // The spaces of earlier blocks all lie before `lo`.
            if block * 64 <= lo {
                return None;
            }
            block -= 1;
            bits = self.spaces[block];
        }
    }

    /// The space at or after `pos` with `n` others between them, if it is
    /// before `hi`.
    fn space_from(&self, pos: usize, mut n: usize, hi: usize) -> Option<usize> {
        let mut block = pos / 64;
        let mut bits = self.spaces.get(block)? & (u64::MAX << (pos % 64));
        loop {
            let c = bits.count_ones() as usize;
            if c > n {
                for _ in 0..n {
                    bits &= bits - 1;
                }
                let at = block * 64 + bits.trailing_zeros() as usize;
                return (at < hi).then_some(at);
            }
            n -= c;
            block += 1;
            if block * 64 >= hi {
                return None;
            }
            bits = *self.spaces.get(block)?;
        }
    }
}

/// Bit `i` of the first mask is set when `block[i]` is an ASCII letter or
/// digit, of the second when it is a space. Written as byte-wise
/// comparisons into arrays, which the compiler vectorizes, then packed
/// eight bytes at a time (`movemask`).
#[inline]
fn classify_block(block: &[u8; 64]) -> (u64, u64) {
    let mut alnum = [0u8; 64];
    let mut space = [0u8; 64];
    for ((&b, a), s) in block.iter().zip(&mut alnum).zip(&mut space) {
        // `| 0x20` folds A-Z onto a-z and moves no other byte there.
        let is_alnum = b.wrapping_sub(b'0') < 10 || (b | 0x20).wrapping_sub(b'a') < 26;
        *a = if is_alnum { 0x80 } else { 0 };
        *s = if b == b' ' { 0x80 } else { 0 };
    }
    (movemask(&alnum), movemask(&space))
}

/// Bit `i` set when byte `i` of `bytes` has its high bit set.
#[inline]
fn movemask(bytes: &[u8; 64]) -> u64 {
    let mut mask = 0;
    for (k, chunk) in bytes.chunks_exact(8).enumerate() {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Multiplying gathers the eight high bits into the top byte.
        let packed = (v & 0x8080_8080_8080_8080).wrapping_mul(0x0002_0408_1020_4081) >> 56;
        mask |= packed << (8 * k);
    }
    mask
}

/// The anchor words of all rules, found as whole words (at the edges that
/// are word characters) wherever they occur, overlaps included ("Vice
/// President" and "President").
///
/// An anchor that starts with an ASCII letter or digit can only be found
/// where such a run of the text starts, and that run is then exactly the
/// anchor's own leading run (the byte after the run is not a letter or
/// digit in the text, so it is not one in the anchor either, or the anchor
/// ends there and the text's run goes on past it). So the text is walked
/// run by run and each run looked up: much cheaper than an overlapping
/// Aho-Corasick scan of every byte. Anchors that start with another byte
/// ("(") are searched for with Aho-Corasick.
///
/// A run that passes the filter is looked up without hashing: the rank of
/// its filter bit (the set bits before it) indexes the few leading runs
/// that have that bit, compared byte by byte.
#[derive(Debug)]
struct AnchorWords {
    /// Leading ASCII-alphanumeric runs with the range of `by_run` of each,
    /// sorted by [`run_filter_bit`].
    runs: Vec<LeadingRun>,
    /// [`short_run_key`] of each run of `runs`: a run of the text of up to
    /// eight bytes is compared with these, a word each, not by `memcmp`.
    run_keys: Vec<u64>,
    /// Per set bit of `run_filter`, by rank: the range of `runs` with that
    /// bit.
    runs_by_bit: Vec<(usize, usize)>,
    /// Anchor words grouped by leading run.
    by_run: Vec<AnchorWord>,
    /// Bit [`run_filter_bit`] of each run in `runs` (of its first byte, last
    /// byte and length) is set: most runs of the text are rejected by this
    /// before being looked up.
    run_filter: Box<[u64; RUN_FILTER_BITS / 64]>,
    /// Per word of `run_filter`: the bits set in the words before it.
    filter_rank: Box<[u32; RUN_FILTER_BITS / 64]>,
    /// The anchors that do not start with an ASCII letter or digit.
    other: Option<(aho_corasick::AhoCorasick, Vec<usize>)>,
}

/// `u8::is_ascii_alphanumeric` as a table (one load where the test takes
/// several; the recognizer's sports-word bound uses it too).
pub(super) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// An anchor word's bytes and its index among all anchor words.
type AnchorWord = (Box<[u8]>, usize);

/// A leading run of anchor words and the range of them that it leads
/// (in [`AnchorWords::by_run`]).
type LeadingRun = (Box<[u8]>, (usize, usize));

/// Bits of [`AnchorWords::run_filter`]: first byte, last byte and length.
const RUN_FILTER_BITS: usize = 1 << 17;

#[inline]
fn run_filter_bit(first: u8, last: u8, len: usize) -> usize {
    let (first, last) = (usize::from(first & 0x7f), usize::from(last & 0x7f));
    (first << 10 | last << 3 | (len & 7)) % RUN_FILTER_BITS
}

/// [`run_filter_bit`] of a run of ASCII letters and digits.
fn run_filter_bit_of(run: &[u8]) -> usize {
    run_filter_bit(run[0], run[run.len() - 1], run.len())
}

impl AnchorWords {
    fn new(words: &[&str]) -> Result<AnchorWords> {
        let mut grouped: BTreeMap<&[u8], Vec<AnchorWord>> = BTreeMap::new();
        let mut other_words = Vec::new();
        let mut other_ids = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let b = w.as_bytes();
            let run = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            if run == 0 {
                other_words.push(*w);
                other_ids.push(i);
            } else {
                grouped.entry(&b[..run]).or_default().push((b.into(), i));
            }
        }
        let mut runs: Vec<LeadingRun> = Vec::new();
        let mut by_run = Vec::new();
        let mut run_filter = Box::new([0u64; RUN_FILTER_BITS / 64]);
        for (run, ws) in grouped {
            let bit = run_filter_bit_of(run);
            run_filter[bit / 64] |= 1 << (bit % 64);
            runs.push((run.into(), (by_run.len(), by_run.len() + ws.len())));
            by_run.extend(ws);
        }
        runs.sort_by_key(|(run, _)| run_filter_bit_of(run));
        let run_keys = runs.iter().map(|(run, _)| short_run_key(run)).collect();
        let mut filter_rank = Box::new([0u32; RUN_FILTER_BITS / 64]);
        let mut set = 0u32;
        for (rank, bits) in filter_rank.iter_mut().zip(run_filter.iter()) {
            *rank = set;
            set += bits.count_ones();
        }
        // One range per set bit, in bit order (the order of `runs`).
        let mut runs_by_bit: Vec<(usize, usize)> = Vec::new();
        let mut last_bit = None;
        for (i, (run, _)) in runs.iter().enumerate() {
            let bit = run_filter_bit_of(run);
            if last_bit == Some(bit) {
                if let Some(range) = runs_by_bit.last_mut() {
                    range.1 = i + 1;
                }
            } else {
                runs_by_bit.push((i, i + 1));
                last_bit = Some(bit);
            }
        }
        let other = if other_words.is_empty() {
            None
        } else {
            let ac = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .build(&other_words)
                .map_err(|e| anyhow!("building the anchor word automaton: {e}"))?;
            Some((ac, other_ids))
        };
        Ok(AnchorWords {
            runs,
            run_keys,
            runs_by_bit,
            by_run,
            run_filter,
            filter_rank,
            other,
        })
    }

    /// Every anchor word in `text`, in text order.
    #[cfg(test)]
    fn find(&self, text: &str) -> FoundAnchors {
        let mut found = FoundAnchors::default();
        self.find_into(text, &mut found);
        found
    }

    /// [`AnchorWords::find`] into `found`'s buffers (what they held is
    /// dropped).
    #[inline(never)]
    fn find_into(&self, text: &str, found: &mut FoundAnchors) {
        let bytes = text.as_bytes();
        let FoundAnchors { hits, spaces } = found;
        hits.clear();
        spaces.clear();
        spaces.reserve(bytes.len() / 64 + 1);
        let mut line = (0usize, 0usize);
        // 64 bytes at a time: a bit mask of the letters and digits gives
        // where each run starts and ends without a branch per byte.
        let mut carry = 0u64;
        let mut base = 0;
        while base < bytes.len() {
            let mut padded = [0u8; 64];
            let block = match bytes[base..].first_chunk::<64>() {
                Some(block) => block,
                None => {
                    // The last, short block, padded with bytes that are
                    // neither letters nor spaces.
                    padded[..bytes.len() - base].copy_from_slice(&bytes[base..]);
                    &padded
                }
            };
            let (alnum, space) = classify_block(block);
            spaces.push(space);
            // Runs going on from the previous block were handled there.
            let mut starts = alnum & !(alnum << 1 | carry);
            carry = alnum >> 63;
            while starts != 0 {
                let off = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                // Most runs are rejected by the filter, read off the block
                // (a run going on into the next block is read off the text).
                let ends = !alnum & (u64::MAX << off);
                let (bit, end) = if ends != 0 {
                    let end = ends.trailing_zeros() as usize;
                    let bit = run_filter_bit(block[off % 64], block[(end - 1) % 64], end - off);
                    (bit, base + end)
                } else {
                    let run = ascii_alnum_run(bytes, base + off);
                    (run_filter_bit_of(run), base + off + run.len())
                };
                if self.run_filter[bit / 64] & (1 << (bit % 64)) != 0 {
                    self.push_hits_at(text, base + off, end, bit, hits, &mut line);
                }
            }
            base += 64;
        }
        if let Some((ac, ids)) = &self.other {
            let before = hits.len();
            for m in ac.find_overlapping_iter(text) {
                let starts_ok = m.start() == 0
                    || !bytes[m.start()].is_ascii_alphanumeric()
                    || !bytes[m.start() - 1].is_ascii_alphanumeric();
                if starts_ok && ends_at_word_edge(bytes, m.end()) {
                    let anchor = ids[m.pattern().as_usize()];
                    push_hit(text, m.start(), m.end(), anchor, hits, &mut line);
                }
            }
            if hits.len() > before && before > 0 {
                hits.sort_by_key(|h| h.start);
            }
        }
    }

    /// The anchors whose leading run is the run of letters and digits
    /// `start..run_end` (one that passed the filter: its filter bit `bit`
    /// is set), pushed onto `hits`.
    /// Out of line: the scan's loop keeps its registers.
    #[inline(never)]
    fn push_hits_at(
        &self,
        text: &str,
        start: usize,
        run_end: usize,
        bit: usize,
        hits: &mut Vec<AnchorHit>,
        line: &mut (usize, usize),
    ) {
        let bytes = text.as_bytes();
        let below = self.run_filter[bit / 64] & ((1u64 << (bit % 64)) - 1);
        let rank = self.filter_rank[bit / 64] as usize + below.count_ones() as usize;
        let (lo, hi) = self.runs_by_bit[rank];
        let len = run_end - start;
        // A run of up to eight bytes (most) is read as one word of the text,
        // masked to its length, and compared with the runs' keys.
        let at = match bytes.get(start..).and_then(|b| b.first_chunk::<8>()) {
            Some(chunk) if len <= 8 => {
                let key = u64::from_le_bytes(*chunk) & crate::gazetteer::LOW_BYTES[len];
                self.run_keys[lo..hi].iter().position(|&k| k == key)
            }
            _ => {
                let run = &bytes[start..run_end];
                self.runs[lo..hi].iter().position(|(r, _)| **r == *run)
            }
        };
        let Some(at) = at else {
            return;
        };
        let (from, to) = self.runs[lo + at].1;
        for (word, anchor) in &self.by_run[from..to] {
            let end = start + word.len();
            // The word's leading run is the text's run (found above): only
            // what follows it is compared, if anything.
            let rest = &word[len..];
            if (rest.is_empty() || bytes[run_end..].starts_with(rest))
                && ends_at_word_edge(bytes, end)
            {
                push_hit(text, start, end, *anchor, hits, line);
            }
        }
    }
}

/// A leading run of one to eight bytes as a word: its bytes, zero-padded
/// (a run of letters and digits holds no zero byte, so the padding tells
/// its length too, and no text run of another length has the same word).
/// 0 for a longer run, which no text run's word equals (its first byte is
/// not zero): those are compared byte by byte.
fn short_run_key(run: &[u8]) -> u64 {
    debug_assert!(!run.is_empty() && run.iter().all(u8::is_ascii_alphanumeric));
    if run.len() > 8 {
        return 0;
    }
    let mut word = [0u8; 8];
    word[..run.len()].copy_from_slice(run);
    u64::from_le_bytes(word)
}

/// The run of ASCII letters and digits at `start` of `bytes`.
fn ascii_alnum_run(bytes: &[u8], start: usize) -> &[u8] {
    let len = bytes[start..]
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len() - start);
    &bytes[start..start + len]
}

/// Whether an anchor word ending at `end` ends a word there: anchors are
/// found as whole words only, at the edges that are word characters (an
/// anchor like "(" may touch the name it introduces).
fn ends_at_word_edge(bytes: &[u8], end: usize) -> bool {
    end == bytes.len()
        || !bytes[end - 1].is_ascii_alphanumeric()
        || !bytes[end].is_ascii_alphanumeric()
}

/// Pushes the anchor `anchor` found at `start..end` onto `hits`, with its
/// line (`line` is the last one looked up: hits come mostly in text order).
fn push_hit(
    text: &str,
    start: usize,
    end: usize,
    anchor: usize,
    hits: &mut Vec<AnchorHit>,
    line: &mut (usize, usize),
) {
    if !(line.0 <= start && start < line.1) {
        *line = line_around(text, start);
    }
    hits.push(AnchorHit {
        start,
        end,
        anchor,
        line: *line,
    });
}

/// Rules of the bundled file matched by hand, each used only when the
/// rule's pattern and the macros it uses are exactly the bundled ones.
#[derive(Debug)]
enum HandMatcher {
    OrgHeadWord(OrgHeadWord),
    NameBeforeVerb(NameBeforeVerb),
    NameFrom(NameFrom),
    AcronymDefinition(AcronymDefinition),
    BareRole(BareRole),
    AppositionRole(AppositionRole),
    PlaceInCountry(PlaceInCountry),
}

/// A match found by hand: its start and end, the end of its entity (which
/// starts with it), and its object.
type HandMatch = (usize, usize, usize, Option<(usize, usize)>);

/// What [`HandMatcher::find_at`] finds: the match, its role, and where its
/// entity starts when not at the match's start.
type HandFound = (HandMatch, Option<(usize, usize)>, Option<usize>);

impl HandMatcher {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<HandMatcher> {
        OrgHeadWord::for_pattern(pattern, lists, macros)
            .map(HandMatcher::OrgHeadWord)
            .or_else(|| {
                NameBeforeVerb::for_pattern(pattern, lists, macros).map(HandMatcher::NameBeforeVerb)
            })
            .or_else(|| NameFrom::for_pattern(pattern, macros).map(HandMatcher::NameFrom))
            .or_else(|| {
                AcronymDefinition::for_pattern(pattern, macros).map(HandMatcher::AcronymDefinition)
            })
            .or_else(|| BareRole::for_pattern(pattern, lists, macros).map(HandMatcher::BareRole))
            .or_else(|| {
                AppositionRole::for_pattern(pattern, lists, macros).map(HandMatcher::AppositionRole)
            })
            .or_else(|| {
                PlaceInCountry::for_pattern(pattern, macros).map(HandMatcher::PlaceInCountry)
            })
    }

    /// The leftmost-first match in `hay` at or after `from` as the regex
    /// finds it: its start, its end and the end of its entity (which starts
    /// with it).
    /// And its object, for a rule that has one; its role, for a rule that
    /// has one; and where its entity starts when that is not the match's
    /// start.
    fn find_at(&self, hay: &str, from: usize) -> Option<HandFound> {
        match self {
            HandMatcher::AppositionRole(m) => {
                return m
                    .find_at(hay, from)
                    .map(|(s, e, n, role, object)| ((s, e, n, Some(object)), Some(role), None));
            }
            HandMatcher::PlaceInCountry(m) => {
                return m.find_at(hay, from).map(|(s, e, entity, object)| {
                    ((s, e, entity.1, Some(object)), None, Some(entity.0))
                });
            }
            _ => {}
        }
        let found = match self {
            HandMatcher::OrgHeadWord(m) => m.find_at(hay, from).map(|(s, e)| (s, e, e, None)),
            HandMatcher::NameBeforeVerb(m) => m.find_at(hay, from).map(|(s, e, n)| (s, e, n, None)),
            HandMatcher::NameFrom(m) => m.find_at(hay, from),
            HandMatcher::AcronymDefinition(m) => {
                m.find_at(hay, from).map(|(s, e, n)| (s, e, n, None))
            }
            HandMatcher::BareRole(m) => m.find_at(hay, from).map(|(s, e, n)| (s, e, n, None)),
            HandMatcher::AppositionRole(_) | HandMatcher::PlaceInCountry(_) => None,
        };
        found.map(|m| (m, None, None))
    }
}

/// The `person-said-before` pattern: a person's name (two to four words or
/// initials), maybe a comma, and a verb of saying ("Jane Roe said").
const PERSON_SAID_BEFORE_PATTERN: &str = "(?P<entity>{person_name}),? (?:{speech_verb})(?-u:\\b)";
const PERSON_NAME_MACRO: &str = "{Word}(?: (?:{Initial}|{Word})){1,3}";

#[derive(Debug)]
struct NameBeforeVerb {
    /// The `speech_verb` items by first byte, in the regex's order.
    verbs: Vec<Vec<String>>,
}

impl NameBeforeVerb {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<NameBeforeVerb> {
        if pattern != PERSON_SAID_BEFORE_PATTERN
            || macros.get("person_name").map(String::as_str) != Some(PERSON_NAME_MACRO)
            || macros.contains_key("speech_verb")
        {
            return None;
        }
        let verbs = items_by_first_byte(lists, "speech_verb")?;
        // Each verb a plain word, so that `\b` after it is "no word byte
        // follows".
        verbs
            .iter()
            .flatten()
            .all(|v| v.bytes().all(|c| c.is_ascii_alphabetic()))
            .then_some(NameBeforeVerb { verbs })
    }

    fn find_at(&self, hay: &str, from: usize) -> Option<(usize, usize, usize)> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < b.len() {
            let c = b[p];
            if may_start_word(c) {
                // The first {Word} of the name, ending at a space; later
                // starts in the same word lead to the same rest.
                if let Some(next) = word_then_space(hay, p) {
                    if let Some((name_end, end)) = self.name_rest(hay, next, 1) {
                        return Some((p, end, name_end));
                    }
                    p = next;
                    continue;
                }
            }
            p += 1;
        }
        None
    }

    /// The rest of a name of `words` words so far, from the next word at
    /// `pos`, then the verb: in the regex's order (an initial before a
    /// word, more words before fewer). Where the name and the match end.
    fn name_rest(&self, hay: &str, pos: usize, words: usize) -> Option<(usize, usize)> {
        let b = hay.as_bytes();
        let initial = (b.get(pos).is_some_and(u8::is_ascii_uppercase)
            && b.get(pos + 1) == Some(&b'.'))
        .then_some(pos + 2);
        // Only the longest {Word} can be followed by a space or a comma.
        for end in [initial, word_end(hay, pos)].into_iter().flatten() {
            if words + 1 < 4 && b.get(end) == Some(&b' ') {
                if let Some(found) = self.name_rest(hay, end + 1, words + 1) {
                    return Some(found);
                }
            }
            let verb = if b.get(end) == Some(&b',') {
                (b.get(end + 1) == Some(&b' ')).then(|| self.verb_at(b, end + 2))
            } else {
                (b.get(end) == Some(&b' ')).then(|| self.verb_at(b, end + 1))
            };
            if let Some(Some(verb_end)) = verb {
                return Some((end, verb_end));
            }
        }
        None
    }

    /// `(?:{speech_verb})(?-u:\b)` at `pos`.
    fn verb_at(&self, b: &[u8], pos: usize) -> Option<usize> {
        self.verbs[usize::from(*b.get(pos)?)].iter().find_map(|v| {
            let end = pos + v.len();
            (b[pos..].starts_with(v.as_bytes())
                && !b
                    .get(end)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_'))
            .then_some(end)
        })
    }
}

/// Rules of the bundled file matched by hand where they are tried, at
/// their anchor words; each used only when the rule's pattern and the
/// macros it uses are exactly the bundled ones.
#[derive(Debug)]
enum StartMatcher {
    ListThenName(ListThenName),
    HeadOf(HeadOf),
}

impl StartMatcher {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<StartMatcher> {
        ListThenName::for_pattern(pattern, lists, macros)
            .map(StartMatcher::ListThenName)
            .or_else(|| HeadOf::for_pattern(pattern, lists, macros).map(StartMatcher::HeadOf))
    }

    /// The regex's match anchored at `at` in `hay`: where it ends, and where
    /// its entity starts and ends.
    fn match_at(&self, hay: &str, at: usize) -> Option<(usize, usize, usize)> {
        match self {
            StartMatcher::ListThenName(m) => m.match_at(hay, at),
            StartMatcher::HeadOf(m) => m.match_at(hay, at).map(|end| (end, at, end)),
        }
    }
}

/// The `org-head-of` pattern: a head word and one or more of-phrases
/// ("Ministry of Foreign Affairs").
const ORG_HEAD_OF_PATTERN: &str = "{org_head}(?:{org_tail})+";

#[derive(Debug)]
struct HeadOf {
    /// The `org_head` items by first byte, in the regex's order.
    heads: Vec<Vec<String>>,
}

impl HeadOf {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<HeadOf> {
        if pattern != ORG_HEAD_OF_PATTERN
            || macros.get("org_tail").map(String::as_str) != Some(ORG_TAIL_MACRO)
            || macros.contains_key("org_head")
        {
            return None;
        }
        Some(HeadOf {
            heads: items_by_first_byte(lists, "org_head")?,
        })
    }

    /// Where the regex's match anchored at `at` ends: the first head (in
    /// the regex's order) that an of-phrase follows, then as many
    /// of-phrases as follow (nothing after them can fail).
    fn match_at(&self, hay: &str, at: usize) -> Option<usize> {
        let b = hay.as_bytes();
        self.heads[usize::from(*b.get(at)?)]
            .iter()
            .find_map(|head| {
                let mut end = org_tail(hay, item_at(b, at, head)?)?;
                while let Some(next) = org_tail(hay, end) {
                    end = next;
                }
                Some(end)
            })
    }
}

/// The `person-title`, `person-role-before` and `person-said-after`
/// patterns, matched by hand where they are tried (at their anchor words):
/// a word of a list, a space and a name, `(?-u:\b)(?:{list})
/// (?P<entity>{name})` with `{person_name}` or `{titled_name}` as bundled.
/// Nothing follows the name, so its words are taken greedily in the regex's
/// order (an initial before a word, particles before either).
#[derive(Debug)]
struct ListThenName {
    /// The list's items by first byte, in the regex's order.
    items: Vec<Vec<String>>,
    /// `{titled_name}` (one to four words, with particles) rather than
    /// `{person_name}` (two to four words).
    titled: bool,
    /// The `name_particle` items by first byte, in the regex's order (for
    /// `{titled_name}`).
    particles: Vec<Vec<String>>,
}

const TITLED_NAME_MACRO: &str = "{Word}(?: (?:(?:{name_particle}) ){0,2}(?:{Initial}|{Word})){0,3}";

impl ListThenName {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<ListThenName> {
        let (list, name) = pattern
            .strip_prefix("(?-u:\\b)(?:{")?
            .strip_suffix("})")?
            .split_once("}) (?P<entity>{")?;
        if macros.contains_key(list) {
            return None;
        }
        let items = items_by_first_byte(lists, list)?;
        let titled = match name {
            "person_name" => false,
            "titled_name" => true,
            _ => return None,
        };
        let (macro_body, want) = if titled {
            ("titled_name", TITLED_NAME_MACRO)
        } else {
            ("person_name", PERSON_NAME_MACRO)
        };
        if macros.get(macro_body).map(String::as_str) != Some(want) {
            return None;
        }
        let particles = if titled {
            if macros.contains_key("name_particle") {
                return None;
            }
            let particles = items_by_first_byte(lists, "name_particle")?;
            // Plain lowercase words: at most one of them, followed by a
            // space, fits at a position, and never where a {Word} or an
            // initial starts.
            if !particles
                .iter()
                .flatten()
                .all(|p| p.bytes().all(|c| c.is_ascii_lowercase()))
            {
                return None;
            }
            particles
        } else {
            Vec::new()
        };
        Some(ListThenName {
            items,
            titled,
            particles,
        })
    }

    /// The regex's match anchored at `at` in `hay`: where it ends, and where
    /// its entity (the name) starts and ends.
    fn match_at(&self, hay: &str, at: usize) -> Option<(usize, usize, usize)> {
        let b = hay.as_bytes();
        let is_word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
        let first = *b.get(at)?;
        if (at > 0 && is_word(&b[at - 1])) == is_word(&first) {
            return None;
        }
        // Items in the regex's order: the first followed by a name wins.
        self.items[usize::from(first)].iter().find_map(|item| {
            let end = item_at(b, at, item)?;
            if b.get(end) != Some(&b' ') {
                return None;
            }
            let name_end = self.name(hay, end + 1)?;
            Some((name_end, end + 1, name_end))
        })
    }

    /// Where the name at `pos` ends: a {Word}, then (greedily, in the
    /// regex's order) up to three more parts after spaces, at least one
    /// for `{person_name}`.
    fn name(&self, hay: &str, pos: usize) -> Option<usize> {
        let b = hay.as_bytes();
        let mut end = word_end(hay, pos)?;
        let mut parts = 0;
        while parts < 3 && b.get(end) == Some(&b' ') {
            let Some(next) = self.part(hay, end + 1) else {
                break;
            };
            end = next;
            parts += 1;
        }
        (self.titled || parts > 0).then_some(end)
    }

    /// One part of a name after its space: `(?:{Initial}|{Word})`, for
    /// `{titled_name}` after up to two particles (as many as fit first).
    fn part(&self, hay: &str, pos: usize) -> Option<usize> {
        let initial_or_word = |at: usize| {
            let b = hay.as_bytes();
            if b.get(at).is_some_and(u8::is_ascii_uppercase) && b.get(at + 1) == Some(&b'.') {
                Some(at + 2)
            } else {
                word_end(hay, at)
            }
        };
        if self.titled {
            let one = self.particle_then_space(hay, pos);
            let two = one.and_then(|p| self.particle_then_space(hay, p));
            for at in [two, one].into_iter().flatten() {
                if let Some(end) = initial_or_word(at) {
                    return Some(end);
                }
            }
        }
        initial_or_word(pos)
    }

    /// `(?:{name_particle}) ` at `pos`: where the word after it starts.
    fn particle_then_space(&self, hay: &str, pos: usize) -> Option<usize> {
        let b = hay.as_bytes();
        self.particles[usize::from(*b.get(pos)?)]
            .iter()
            .find_map(|p| {
                let end = pos + p.len();
                (b[pos..].starts_with(p.as_bytes()) && b.get(end) == Some(&b' ')).then_some(end + 1)
            })
    }
}

/// The `person-from` pattern: a person's name, "from" or "of", maybe
/// "the", and a capitalised phrase, the object ("Li Jinna from the Second
/// Affiliated Hospital").
const PERSON_FROM_PATTERN: &str =
    "(?P<entity>{person_name}) (?:from|of) (?:the )?(?P<object>{proper_phrase})";
const PROPER_PHRASE_MACRO: &str = "(?:{possessive_noun}|{Word})(?:(?: (?:of|the|and|for|on|de|del|di|du|&))* (?:{possessive_noun}|{Word})){0,8}";
/// The small words of `{proper_phrase}`, in its order.
const PHRASE_SMALL_WORDS: [&str; 10] = [
    "of", "the", "and", "for", "on", "de", "del", "di", "du", "&",
];

/// [`PERSON_FROM_PATTERN`] matched by hand: the rule runs around every
/// institution found, and its regex's reverse searches and captures cost
/// more than the rest of the rule.
#[derive(Debug)]
struct NameFrom;

impl NameFrom {
    fn for_pattern(pattern: &str, macros: &BTreeMap<String, String>) -> Option<NameFrom> {
        (pattern == PERSON_FROM_PATTERN
            && macros.get("person_name").map(String::as_str) == Some(PERSON_NAME_MACRO)
            && macros.get("proper_phrase").map(String::as_str) == Some(PROPER_PHRASE_MACRO)
            && macros.get("possessive_noun").map(String::as_str) == Some(POSSESSIVE_NOUN_MACRO))
        .then_some(NameFrom)
    }

    /// The leftmost-first match in `hay` at or after `from`. A match holds
    /// " from " or " of " right after its name, which has at most three
    /// spaces: so starts are tried only in the run of name bytes before
    /// each of those.
    fn find_at(&self, hay: &str, from: usize) -> Option<HandMatch> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < b.len() {
            let c = p + find_connector(&b[p..])?;
            let lo = name_chain_start(b, c).max(p);
            if let Some(found) = self.first_match(hay, lo, c) {
                return Some(found);
            }
            p = c + 1;
        }
        None
    }

    /// The leftmost-first match starting in `from..to`.
    fn first_match(&self, hay: &str, from: usize, to: usize) -> Option<HandMatch> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < to {
            let c = b[p];
            if may_start_word(c) {
                // The first {Word} of the name, ending at a space; later
                // starts in the same word lead to the same rest.
                if let Some(next) = word_then_space(hay, p) {
                    if let Some((name_end, end, object)) = self.name_rest(hay, next, 1) {
                        return Some((p, end, name_end, Some(object)));
                    }
                    p = next;
                    continue;
                }
            }
            p += 1;
        }
        None
    }

    /// The rest of a name of `words` words so far, from the next word at
    /// `pos`, then " from|of (the )?" and the object, in the regex's order
    /// (an initial before a word, more words before fewer). Where the name
    /// and the match end, and the object.
    fn name_rest(
        &self,
        hay: &str,
        pos: usize,
        words: usize,
    ) -> Option<(usize, usize, (usize, usize))> {
        let b = hay.as_bytes();
        let initial = (b.get(pos).is_some_and(u8::is_ascii_uppercase)
            && b.get(pos + 1) == Some(&b'.'))
        .then_some(pos + 2);
        // Only the longest {Word} can be followed by a space.
        for end in [initial, word_end(hay, pos)].into_iter().flatten() {
            if b.get(end) != Some(&b' ') {
                continue;
            }
            if words + 1 < 4 {
                if let Some(found) = self.name_rest(hay, end + 1, words + 1) {
                    return Some(found);
                }
            }
            if let Some(object) = connector_then_phrase(hay, end + 1) {
                return Some((end, object.1, object));
            }
        }
        None
    }
}

/// Where " from " or " of " first occurs in `b`.
fn find_connector(b: &[u8]) -> Option<usize> {
    let at = |i: usize| {
        let rest = &b[i + 1..];
        rest.starts_with(b"from ") || rest.starts_with(b"of ")
    };
    // The spaces of eight bytes at a time.
    let mut chunks = b.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut spaces = space_bits(chunk);
        while spaces != 0 {
            let i = base + spaces.trailing_zeros() as usize / 8;
            spaces &= spaces - 1;
            if at(i) {
                return Some(i);
            }
        }
        base += 8;
    }
    (base..b.len()).find(|&i| b[i] == b' ' && at(i))
}

/// The earliest start from which a name can reach the space at `c`: a
/// `{person_name}` holds at most three spaces, and only letters, digits,
/// apostrophes, hyphens, dots, spaces and bytes beyond ASCII.
fn name_chain_start(b: &[u8], c: usize) -> usize {
    let mut spaces = 0;
    for i in (0..c).rev() {
        let ch = b[i];
        if ch == b' ' {
            spaces += 1;
            if spaces > 3 {
                return i + 1;
            }
        } else if !(ch.is_ascii_alphanumeric()
            || ch == b'\''
            || ch == b'-'
            || ch == b'.'
            || ch >= 0x80)
        {
            return i + 1;
        }
    }
    0
}

/// `(?:from|of) (?:the )?{proper_phrase}` at `pos`: the phrase's span.
fn connector_then_phrase(hay: &str, pos: usize) -> Option<(usize, usize)> {
    let b = hay.as_bytes();
    let rest = &b[pos..];
    let at = if rest.starts_with(b"from ") {
        pos + 5
    } else if rest.starts_with(b"of ") {
        pos + 3
    } else {
        return None;
    };
    if b[at..].starts_with(b"the ") {
        if let Some(end) = proper_phrase(hay, at + 4) {
            return Some((at + 4, end));
        }
    }
    proper_phrase(hay, at).map(|end| (at, end))
}

/// The `org-acronym-definition` pattern: a capitalised phrase, then its
/// acronym in brackets ("Council on Foreign Relations (CFR)").
const ACRONYM_DEFINITION_PATTERN: &str = "(?P<entity>{proper_phrase}) \\({Acronym}\\)";

/// [`ACRONYM_DEFINITION_PATTERN`] matched by hand: its regex finds each
/// match's start with a reverse search through the whole window.
///
/// No part of `{proper_phrase}` holds a "(", so a phrase starting before a
/// " (" can only end there: a match's end is fixed by its start, and the
/// leftmost start is found by trying each start in the run of phrase bytes
/// before a " (ACRONYM)".
#[derive(Debug)]
struct AcronymDefinition;

impl AcronymDefinition {
    fn for_pattern(pattern: &str, macros: &BTreeMap<String, String>) -> Option<AcronymDefinition> {
        (pattern == ACRONYM_DEFINITION_PATTERN
            && macros.get("proper_phrase").map(String::as_str) == Some(PROPER_PHRASE_MACRO)
            && macros.get("possessive_noun").map(String::as_str) == Some(POSSESSIVE_NOUN_MACRO)
            && !macros.contains_key("Acronym"))
        .then_some(AcronymDefinition)
    }

    /// The leftmost-first match in `hay` at or after `from`: its start, its
    /// end and the end of its phrase (the entity).
    fn find_at(&self, hay: &str, from: usize) -> Option<(usize, usize, usize)> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < b.len() {
            let open = p + b[p..].iter().position(|&c| c == b'(')?;
            p = open + 1;
            if open == 0 || b[open - 1] != b' ' || open - 1 < from {
                continue;
            }
            let Some(end) = acronym_then_close(b, open + 1) else {
                continue;
            };
            let space = open - 1;
            // The phrase lies in the run of bytes a phrase may hold.
            let lo = b[from..space]
                .iter()
                .rposition(|&c| {
                    !(c.is_ascii_alphanumeric()
                        || matches!(c, b' ' | b'\'' | b'-' | b'&')
                        || c >= 0x80)
                })
                .map_or(from, |i| from + i + 1);
            for (s, &c) in b.iter().enumerate().take(space).skip(lo) {
                if may_start_word(c) && phrase_ends_at(hay, s, space) {
                    return Some((s, end, space));
                }
            }
        }
        None
    }
}

/// The `person-apposition-bare-role` pattern: a name, a comma and a role
/// after an article ("Jane Roe, a spokeswoman", "Jane Roe, the WHO's
/// regional director").
const BARE_ROLE_PATTERN: &str =
    "(?P<entity>{person_name}), (?:(?:the |a |an )(?:{Word}(?:'s|’s) )?|{Word}(?:'s|’s) )(?:{role_phrase})(?-u:\\b)";
const ROLE_PHRASE_MACRO: &str = "(?:(?:{role_modifier}) ){0,2}(?:{role_noun})";

/// [`BARE_ROLE_PATTERN`] matched by hand: its regex finds each match's
/// start with a reverse search through the whole window.
///
/// No part of the name holds a comma, so a name ends at the first comma
/// after its start: the part after ", " is matched once per comma, and the
/// leftmost start is then found by trying each start in the run of name
/// bytes before it.
#[derive(Debug)]
struct BareRole {
    /// The `role_modifier` and `role_noun` items by first byte, in the
    /// regex's order.
    modifiers: Vec<Vec<String>>,
    nouns: Vec<Vec<String>>,
}

impl BareRole {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<BareRole> {
        if pattern != BARE_ROLE_PATTERN
            || macros.get("person_name").map(String::as_str) != Some(PERSON_NAME_MACRO)
            || macros.get("role_phrase").map(String::as_str) != Some(ROLE_PHRASE_MACRO)
            || macros.contains_key("role_modifier")
            || macros.contains_key("role_noun")
        {
            return None;
        }
        let modifiers = items_by_first_byte(lists, "role_modifier")?;
        let nouns = items_by_first_byte(lists, "role_noun")?;
        // Each noun ends with a letter, so that `\b` after it is "no word
        // byte follows"; no item holds a byte the regex would read as syntax.
        let plain = |w: &String| {
            w.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'-')
        };
        (modifiers.iter().flatten().all(plain)
            && nouns.iter().flatten().all(plain)
            && nouns
                .iter()
                .flatten()
                .all(|w| w.as_bytes().last().is_some_and(u8::is_ascii_alphabetic)))
        .then_some(BareRole { modifiers, nouns })
    }

    /// The leftmost-first match in `hay` at or after `from`: its start, its
    /// end and the end of its name (the entity).
    fn find_at(&self, hay: &str, from: usize) -> Option<(usize, usize, usize)> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < b.len() {
            let comma = p + b[p..].iter().position(|&c| c == b',')?;
            p = comma + 1;
            if comma == from || b.get(comma + 1) != Some(&b' ') {
                continue;
            }
            let Some(end) = self.after_comma(hay, comma + 2) else {
                continue;
            };
            // The name lies in the run of bytes a name may hold.
            let lo = b[from..comma]
                .iter()
                .rposition(|&c| {
                    !(c.is_ascii_alphanumeric()
                        || matches!(c, b' ' | b'\'' | b'-' | b'.')
                        || c >= 0x80)
                })
                .map_or(from, |i| from + i + 1);
            for (s, &c) in b.iter().enumerate().take(comma).skip(lo) {
                if may_start_word(c) && name_ends_at(hay, s, comma) {
                    return Some((s, end, comma));
                }
            }
        }
        None
    }

    /// `(?:(?:the |a |an )(?:{Word}(?:'s|’s) )?|{Word}(?:'s|’s) ){role_phrase}\b`
    /// at `pos`: where it ends, the regex's first choice tried first.
    fn after_comma(&self, hay: &str, pos: usize) -> Option<usize> {
        let b = hay.as_bytes();
        let Some(at) = ["the ", "a ", "an "]
            .iter()
            .find(|a| b[pos..].starts_with(a.as_bytes()))
            .map(|a| pos + a.len())
        else {
            // "Jane Roe, Oxfam's representative": an owner's possessive
            // needs no article.
            return possessive_end(hay, pos).and_then(|o| self.role(b, o, 0));
        };
        possessive_end(hay, at)
            .and_then(|o| self.role(b, o, 0))
            .or_else(|| self.role(b, at, 0))
    }

    /// `(?:(?:{role_modifier}) ){0,2}{role_noun}\b` at `pos`, after `done`
    /// modifiers: where it ends.
    fn role(&self, b: &[u8], pos: usize, done: usize) -> Option<usize> {
        let first = usize::from(*b.get(pos)?);
        if done < 2 {
            for m in &self.modifiers[first] {
                let end = pos + m.len();
                if b[pos..].starts_with(m.as_bytes()) && b.get(end) == Some(&b' ') {
                    if let Some(found) = self.role(b, end + 1, done + 1) {
                        return Some(found);
                    }
                }
            }
        }
        self.nouns[first].iter().find_map(|n| {
            let end = pos + n.len();
            (b[pos..].starts_with(n.as_bytes())
                && !b
                    .get(end)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_'))
            .then_some(end)
        })
    }
}

/// Whether `{person_name}` at `pos` can end exactly at `end`: a word, then
/// one to three initials or words, one space apart.
fn name_ends_at(hay: &str, pos: usize, end: usize) -> bool {
    let b = hay.as_bytes();
    let mut at = pos;
    let mut parts = 0;
    loop {
        let part_end = at
            + b[at..end]
                .iter()
                .position(|&c| c == b' ')
                .unwrap_or(end - at);
        let initial =
            parts > 0 && part_end == at + 2 && b[at].is_ascii_uppercase() && b[at + 1] == b'.';
        if !initial && word_end(hay, at) != Some(part_end) {
            return false;
        }
        parts += 1;
        if part_end == end {
            return (2..=4).contains(&parts);
        }
        if parts == 4 {
            return false;
        }
        at = part_end + 1;
    }
}

/// The `person-apposition-role` pattern: a name, a comma, a role and the
/// institution it is held at ("Ann Roe, dean of medicine at Y University").
const APPOSITION_ROLE_PATTERN: &str = "(?P<entity>{person_name}), (?:the |a |an |who is (?:the |a )?)?(?P<role>{role_phrase})(?: (?:of|for) [a-z][a-z-]*(?: (?:and )?[a-z][a-z-]*){0,2})? (?:of|at|for|with|in) (?:the )?(?P<object>{proper_phrase})";

/// [`APPOSITION_ROLE_PATTERN`] matched by hand, as [`BareRole`] is: the
/// part after each ", " once, then the leftmost name before it. Every
/// choice of the regex is tried in its order, so the role and the object
/// are the ones it captures.
#[derive(Debug)]
struct AppositionRole(BareRole);

/// A match with its role: start, end, end of the name, role, object.
type RoleMatch = (usize, usize, usize, (usize, usize), (usize, usize));

impl AppositionRole {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<AppositionRole> {
        if pattern != APPOSITION_ROLE_PATTERN
            || macros.get("proper_phrase").map(String::as_str) != Some(PROPER_PHRASE_MACRO)
            || macros.get("possessive_noun").map(String::as_str) != Some(POSSESSIVE_NOUN_MACRO)
        {
            return None;
        }
        BareRole::for_pattern(BARE_ROLE_PATTERN, lists, macros).map(AppositionRole)
    }

    fn find_at(&self, hay: &str, from: usize) -> Option<RoleMatch> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < b.len() {
            let comma = p + b[p..].iter().position(|&c| c == b',')?;
            p = comma + 1;
            if comma == from || b.get(comma + 1) != Some(&b' ') {
                continue;
            }
            let Some((role, object)) = self.after_comma(b, hay, comma + 2) else {
                continue;
            };
            if let Some(s) = name_start(hay, from, comma) {
                return Some((s, object.1, comma, role, object));
            }
        }
        None
    }

    /// The rest after ", " at `pos`: the role and the object.
    fn after_comma(
        &self,
        b: &[u8],
        hay: &str,
        pos: usize,
    ) -> Option<((usize, usize), (usize, usize))> {
        let rest = &b[pos..];
        let mut tries = [None; 4];
        if rest.starts_with(b"the ") {
            tries[0] = Some(pos + 4);
        } else if rest.starts_with(b"a ") {
            tries[0] = Some(pos + 2);
        } else if rest.starts_with(b"an ") {
            tries[0] = Some(pos + 3);
        } else if rest.starts_with(b"who is ") {
            let at = pos + 7;
            if b[at..].starts_with(b"the ") {
                tries[0] = Some(at + 4);
            } else if b[at..].starts_with(b"a ") {
                tries[0] = Some(at + 2);
            }
            tries[1] = Some(at);
        }
        tries[2] = Some(pos);
        tries
            .into_iter()
            .flatten()
            .find_map(|q| self.role(b, hay, q, q, 0))
    }

    /// `{role_phrase}` at `pos` (started at `start`, after `done`
    /// modifiers), then the rest of the pattern.
    fn role(
        &self,
        b: &[u8],
        hay: &str,
        start: usize,
        pos: usize,
        done: usize,
    ) -> Option<((usize, usize), (usize, usize))> {
        let first = usize::from(*b.get(pos)?);
        if done < 2 {
            for m in &self.0.modifiers[first] {
                let end = pos + m.len();
                if b[pos..].starts_with(m.as_bytes()) && b.get(end) == Some(&b' ') {
                    if let Some(found) = self.role(b, hay, start, end + 1, done + 1) {
                        return Some(found);
                    }
                }
            }
        }
        self.0.nouns[first].iter().find_map(|n| {
            let end = pos + n.len();
            if !b[pos..].starts_with(n.as_bytes()) {
                return None;
            }
            let rest = &b[end..];
            let of = if rest.starts_with(b" of ") {
                Some(end + 4)
            } else if rest.starts_with(b" for ") {
                Some(end + 5)
            } else {
                None
            };
            let object = of
                .and_then(|at| lower_word(b, at))
                .and_then(|w| lower_words_then_object(b, hay, w, 2))
                .or_else(|| object_after(b, hay, end))?;
            Some(((start, end), object))
        })
    }
}

/// `(?: (?:and )?[a-z][a-z-]*){0,left}` at `pos`, then the object: its span.
fn lower_words_then_object(b: &[u8], hay: &str, pos: usize, left: usize) -> Option<(usize, usize)> {
    if left > 0 && b.get(pos) == Some(&b' ') {
        if b[pos + 1..].starts_with(b"and ") {
            if let Some(found) =
                lower_word(b, pos + 5).and_then(|w| lower_words_then_object(b, hay, w, left - 1))
            {
                return Some(found);
            }
        }
        if let Some(found) =
            lower_word(b, pos + 1).and_then(|w| lower_words_then_object(b, hay, w, left - 1))
        {
            return Some(found);
        }
    }
    object_after(b, hay, pos)
}

/// `[a-z][a-z-]*` at `pos`, taken whole (a shorter one is followed by a
/// letter or hyphen, never by the space that must come next).
fn lower_word(b: &[u8], pos: usize) -> Option<usize> {
    if !b.get(pos)?.is_ascii_lowercase() {
        return None;
    }
    Some(
        pos + b[pos..]
            .iter()
            .take_while(|&&c| c.is_ascii_lowercase() || c == b'-')
            .count(),
    )
}

/// ` (?:of|at|for|with|in) (?:the )?{proper_phrase}` at `pos`: the
/// phrase's span.
fn object_after(b: &[u8], hay: &str, pos: usize) -> Option<(usize, usize)> {
    if b.get(pos) != Some(&b' ') {
        return None;
    }
    let rest = &b[pos + 1..];
    let at = pos
        + 1
        + ["of ", "at ", "for ", "with ", "in "]
            .iter()
            .find(|c| rest.starts_with(c.as_bytes()))?
            .len();
    if b[at..].starts_with(b"the ") {
        if let Some(end) = proper_phrase(hay, at + 4) {
            return Some((at + 4, end));
        }
    }
    proper_phrase(hay, at).map(|end| (at, end))
}

/// The leftmost start in `from..comma` of a `{person_name}` ending at
/// `comma`, tried in the run of bytes a name may hold.
fn name_start(hay: &str, from: usize, comma: usize) -> Option<usize> {
    let b = hay.as_bytes();
    let lo = b[from..comma]
        .iter()
        .rposition(|&c| {
            !(c.is_ascii_alphanumeric() || matches!(c, b' ' | b'\'' | b'-' | b'.') || c >= 0x80)
        })
        .map_or(from, |i| from + i + 1);
    (lo..comma).find(|&s| {
        let c = b[s];
        may_start_word(c) && name_ends_at(hay, s, comma)
    })
}

/// `[A-Z]{2,}[0-9]*\)` at `pos`: where it ends.
fn acronym_then_close(b: &[u8], pos: usize) -> Option<usize> {
    let caps = b[pos..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if caps < 2 {
        return None;
    }
    let at = pos + caps;
    let at = at + b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    (b.get(at) == Some(&b')')).then_some(at + 1)
}

/// Whether `{proper_phrase}` at `pos` can end exactly at `end` (a space):
/// its words and small words, one space apart, are then the space-separated
/// pieces in between, and at most eight words follow the first.
fn phrase_ends_at(hay: &str, pos: usize, end: usize) -> bool {
    let b = hay.as_bytes();
    let mut at = pos;
    let mut words = 0;
    loop {
        let piece_end = at
            + b[at..end]
                .iter()
                .position(|&c| c == b' ')
                .unwrap_or(end - at);
        let piece = &b[at..piece_end];
        if piece_end < end && PHRASE_SMALL_WORDS.iter().any(|w| w.as_bytes() == piece) {
            // A small word: only between words.
            if words == 0 {
                return false;
            }
        } else {
            if !phrase_word_ends_at(hay, at, piece_end) {
                return false;
            }
            if words == 9 {
                return false;
            }
            words += 1;
        }
        if piece_end == end {
            return true;
        }
        at = piece_end + 1;
    }
}

/// Whether `(?:{possessive_noun}|{Word})` at `pos` can end exactly at `end`.
fn phrase_word_ends_at(hay: &str, pos: usize, end: usize) -> bool {
    let rest = &hay.as_bytes()[pos..end];
    POSSESSIVE_NOUNS.iter().any(|n| {
        rest.strip_prefix(n.as_bytes())
            .is_some_and(|after| POSSESSIVE_ENDINGS.iter().any(|e| after == e.as_bytes()))
    }) || word_end(hay, pos) == Some(end)
}

/// Where `{proper_phrase}` at `pos` ends, taken greedily in the regex's
/// order (nothing follows it in the pattern).
fn proper_phrase(hay: &str, pos: usize) -> Option<usize> {
    let mut end = possessive_or_word(hay, pos)?;
    for _ in 0..8 {
        match small_words_then_word(hay, end) {
            Some(next) => end = next,
            None => break,
        }
    }
    Some(end)
}

/// `(?: (?:of|the|…))* (?:{possessive_noun}|{Word})` at `pos`: more small
/// words first, each in the list's order.
fn small_words_then_word(hay: &str, pos: usize) -> Option<usize> {
    let b = hay.as_bytes();
    if b.get(pos) != Some(&b' ') {
        return None;
    }
    for w in PHRASE_SMALL_WORDS {
        if b[pos + 1..].starts_with(w.as_bytes()) {
            if let Some(end) = small_words_then_word(hay, pos + 1 + w.len()) {
                return Some(end);
            }
        }
    }
    possessive_or_word(hay, pos + 1)
}

/// `(?:{possessive_noun}|{Word})` at `pos`, the first that fits.
fn possessive_or_word(hay: &str, pos: usize) -> Option<usize> {
    let rest = &hay.as_bytes()[pos..];
    POSSESSIVE_NOUNS
        .iter()
        // A noun (never empty) is a prefix only if its first byte is the
        // text's: one byte compared, not a `memcmp` call per noun.
        .filter(|n| n.as_bytes().first() == rest.first())
        .find_map(|n| {
            let after = rest.strip_prefix(n.as_bytes())?;
            POSSESSIVE_ENDINGS
                .iter()
                .find(|e| after.starts_with(e.as_bytes()))
                .map(|e| pos + n.len() + e.len())
        })
        .or_else(|| word_end(hay, pos))
}

/// The items of list `name` in the order of the regex's alternation (see
/// [`expand`]: longest first, then by bytes), grouped by first byte (only
/// those can match at a position).
fn items_by_first_byte(
    lists: &BTreeMap<String, Vec<String>>,
    name: &str,
) -> Option<Vec<Vec<String>>> {
    let mut items: Vec<String> = lists.get(name)?.clone();
    items.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    items.dedup();
    let mut by_first = vec![Vec::new(); 256];
    for item in items {
        by_first[usize::from(*item.as_bytes().first()?)].push(item);
    }
    Some(by_first)
}

/// The `place-in-country` pattern: "in", "at", "from", "near" or "of", a
/// place of one to three capitalised words, a comma and the country ("in
/// Naples, Italy").
const PLACE_IN_COUNTRY_PATTERN: &str = "(?-u:\\b)(?:in|at|from|near|of) (?P<entity>{Word}(?: {Word}){0,2}), (?P<object>{Word}(?: {Word}){0,2})";
/// Its leading words, each with the space after it.
const PLACE_IN_COUNTRY_WORDS: [&str; 5] = ["in ", "at ", "from ", "near ", "of "];

/// [`PLACE_IN_COUNTRY_PATTERN`] matched by hand: the rule runs around every
/// country found, and its regex (six {Word}s, captures) was the costliest
/// of the rules' regexes to build and, of those left, to run.
#[derive(Debug)]
struct PlaceInCountry;

/// A match of [`PlaceInCountry`]: its start and end, its entity and its
/// object.
type PlaceMatch = (usize, usize, (usize, usize), (usize, usize));

impl PlaceInCountry {
    fn for_pattern(pattern: &str, macros: &BTreeMap<String, String>) -> Option<PlaceInCountry> {
        (pattern == PLACE_IN_COUNTRY_PATTERN && !macros.contains_key("Word"))
            .then_some(PlaceInCountry)
    }

    /// The leftmost-first match in `hay` at or after `from`: its start and
    /// end, its entity and its object.
    fn find_at(&self, hay: &str, from: usize) -> Option<PlaceMatch> {
        let b = hay.as_bytes();
        for p in from..b.len() {
            // `(?-u:\b)` before a leading word: no ASCII word byte before it
            // in the haystack (the regex looks behind `from` too).
            if !matches!(b[p], b'i' | b'a' | b'f' | b'n' | b'o')
                || (p > 0 && (b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_'))
            {
                continue;
            }
            let Some(w) = PLACE_IN_COUNTRY_WORDS
                .iter()
                .find(|w| b[p..].starts_with(w.as_bytes()))
            else {
                continue;
            };
            let at = p + w.len();
            if let Some((entity_end, object)) = Self::place_then_country(hay, at) {
                return Some((p, object.1, (at, entity_end), object));
            }
        }
        None
    }

    /// `{Word}(?: {Word}){0,2}, ` and the object at `pos`, in the regex's
    /// order (more words first). Only the longest {Word} can be followed by
    /// a space or a comma, so each word has one end to try.
    fn place_then_country(hay: &str, pos: usize) -> Option<(usize, (usize, usize))> {
        let b = hay.as_bytes();
        let mut ends = [0usize; 3];
        ends[0] = word_end(hay, pos)?;
        let mut words = 1;
        while words < 3 {
            match b
                .get(ends[words - 1])
                .filter(|&&c| c == b' ')
                .and_then(|_| word_end(hay, ends[words - 1] + 1))
            {
                Some(end) => {
                    ends[words] = end;
                    words += 1;
                }
                None => break,
            }
        }
        ends[..words].iter().rev().find_map(|&end| {
            if !b[end..].starts_with(b", ") {
                return None;
            }
            let start = end + 2;
            // The object: greedy, and nothing after it can fail.
            let mut object_end = word_end(hay, start)?;
            for _ in 0..2 {
                match b
                    .get(object_end)
                    .filter(|&&c| c == b' ')
                    .and_then(|_| word_end(hay, object_end + 1))
                {
                    Some(next) => object_end = next,
                    None => break,
                }
            }
            Some((end, (start, object_end)))
        })
    }
}

/// The `org-head-word` pattern of the bundled rules, matched by hand:
/// capitalised words (joined by "and") before an institution's head word
/// and its of-phrases, or before a legal form. It is the rule with the most
/// matches, and its regex the most expensive: the `{0,5}` words before the
/// head make large lazy DFAs (built anew in every run) and long backward
/// scans for each match's start.
///
/// [`OrgHeadWord::find_at`] follows the regex's leftmost-first semantics
/// step by step (a randomized test compares the two); it is used only when
/// the rule's pattern and the macros it uses are exactly these.
const ORG_HEAD_WORD_PATTERN: &str = "(?:{Word} (?:and )?){0,5}(?:{Word} |{possessive_noun} )(?:{org_head}(?-u:\\b{end-half})(?:{org_tail})*|{org_legal})";
const POSSESSIVE_NOUN_MACRO: &str = "(?:People|Children|Women|Men|Workers|Farmers|Veterans|Teachers|Writers|Citizens|Mothers|Soldiers|Martyrs|Fishermen|Fishers|Seniors|Pensioners|Growers|Producers|Miners|Nurses|Students|Traders|Parents|Elders|Friends|Processors|Hauliers|Employees|Doctors|Journalists|Residents|Owners|Members|Lawyers|Engineers|Artists|Patients|Families|Survivors|Drivers|Exporters|Retailers|Manufacturers|Planters|Pilots|Officers|Widows|Consumers|Ratepayers|Merchants|Vendors|Herders|Seafarers|Sailors|Dockers|Pharmacists|Midwives|Carers|Volunteers|Fishworkers|Boatmen|Breeders|Shopkeepers|Dairymen)(?:'s|’s|s'|s’|')";
const POSSESSIVE_NOUNS: [&str; 65] = [
    "People",
    "Children",
    "Women",
    "Men",
    "Workers",
    "Farmers",
    "Veterans",
    "Teachers",
    "Writers",
    "Citizens",
    "Mothers",
    "Soldiers",
    "Martyrs",
    "Fishermen",
    "Fishers",
    "Seniors",
    "Pensioners",
    "Growers",
    "Producers",
    "Miners",
    "Nurses",
    "Students",
    "Traders",
    "Parents",
    "Elders",
    "Friends",
    "Processors",
    "Hauliers",
    "Employees",
    "Doctors",
    "Journalists",
    "Residents",
    "Owners",
    "Members",
    "Lawyers",
    "Engineers",
    "Artists",
    "Patients",
    "Families",
    "Survivors",
    "Drivers",
    "Exporters",
    "Retailers",
    "Manufacturers",
    "Planters",
    "Pilots",
    "Officers",
    "Widows",
    "Consumers",
    "Ratepayers",
    "Merchants",
    "Vendors",
    "Herders",
    "Seafarers",
    "Sailors",
    "Dockers",
    "Pharmacists",
    "Midwives",
    "Carers",
    "Volunteers",
    "Fishworkers",
    "Boatmen",
    "Breeders",
    "Shopkeepers",
    "Dairymen",
];
const POSSESSIVE_ENDINGS: [&str; 5] = ["'s", "’s", "s'", "s’", "'"];
const ORG_TAIL_MACRO: &str =
    " (?:of|for|on) (?:the )?{Word}(?: {Word}){0,4}(?: and {Word}(?: {Word}){0,3})?";

#[derive(Debug)]
struct OrgHeadWord {
    /// The `org_head` and `org_legal` items that may fit where the text's
    /// next two bytes are `[a, b]` (`b` 0 at the end of the text, where only
    /// one-byte items fit), by `[a, b]`: a few to compare where the items
    /// grouped by first byte alone are up to two dozen ("C": Clinic,
    /// College, Commission, …).
    by_first_two: FastMap<[u8; 2], HeadItems>,
    /// Bit `256 * a + b` set when an item may start with bytes `a`, `b`.
    first_two: Vec<u64>,
}

/// `org_head` and `org_legal` items, each list in the order of the regex's
/// alternations (see [`expand`]): the first that fits is taken.
#[derive(Debug, Default)]
struct HeadItems {
    heads: Vec<HeadItem>,
    legal: Vec<HeadItem>,
}

/// An `org_head` or `org_legal` item, with its first (up to eight) bytes
/// as a little-endian word and the mask of those bytes, to compare with
/// the text's next eight bytes ([`load8`]) in one step before
/// [`item_at`]: most items of a first-two-bytes group differ from the text
/// in their third or fourth byte.
#[derive(Debug)]
struct HeadItem {
    text: String,
    first: u64,
    mask: u64,
}

impl HeadItem {
    fn new(text: &str) -> HeadItem {
        let b = text.as_bytes();
        let k = b.len().min(8);
        // A space of an item also matches a no-break space, which is no
        // byte-for-byte comparison: such items pass this test (mask 0).
        let (first, mask) = if b[..k].contains(&b' ') {
            (0, 0)
        } else {
            let mut word = [0u8; 8];
            word[..k].copy_from_slice(&b[..k]);
            let mask = if k == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * k)) - 1
            };
            (u64::from_le_bytes(word), mask)
        };
        HeadItem {
            text: text.to_string(),
            first,
            mask,
        }
    }

    /// [`item_at`] for this item at `pos`, where `next8` is [`load8`] at
    /// `pos`. Without a space in its first bytes, an item matches only
    /// where the text holds those bytes; the end of the text reads as zero
    /// bytes, which no item holds (see [`OrgHeadWord::for_pattern`]).
    #[inline]
    fn at(&self, b: &[u8], pos: usize, next8: u64) -> Option<usize> {
        if next8 & self.mask != self.first {
            return None;
        }
        item_at(b, pos, &self.text)
    }
}

/// The eight bytes at `pos` as a little-endian word, zero bytes past the
/// end of `b`.
#[inline]
fn load8(b: &[u8], pos: usize) -> u64 {
    match b.get(pos..pos + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])),
        None => {
            let mut word = [0u8; 8];
            let rest = b.get(pos..).unwrap_or(&[]);
            word[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(word)
        }
    }
}

impl OrgHeadWord {
    fn for_pattern(
        pattern: &str,
        lists: &BTreeMap<String, Vec<String>>,
        macros: &BTreeMap<String, String>,
    ) -> Option<OrgHeadWord> {
        if pattern != ORG_HEAD_WORD_PATTERN
            || macros.get("possessive_noun").map(String::as_str) != Some(POSSESSIVE_NOUN_MACRO)
            || macros.get("org_tail").map(String::as_str) != Some(ORG_TAIL_MACRO)
            || ["Word", "org_head", "org_legal"]
                .iter()
                .any(|m| macros.contains_key(*m))
        {
            return None;
        }
        let heads = items_by_first_byte(lists, "org_head")?;
        let legal = items_by_first_byte(lists, "org_legal")?;
        if heads
            .iter()
            .chain(&legal)
            .flatten()
            .any(|i| i.contains('\0'))
        {
            // A NUL byte is the end-of-text key of `by_first_two`.
            return None;
        }
        // Whether `item` may fit where the text's next two bytes are `x`, `y`.
        let may_fit = |item: &&String, x: u8, y: u8| match *item.as_bytes() {
            // A space of an item also matches a no-break space.
            [a, b' ', ..] => a == x && (y == b' ' || y == 0xC2),
            [a, b, ..] => a == x && b == y,
            [a] => a == x,
            [] => false,
        };
        let mut by_first_two = FastMap::default();
        let mut first_two = vec![0u64; 1024];
        for x in 0..=255u8 {
            let (heads, legal) = (&heads[usize::from(x)], &legal[usize::from(x)]);
            if heads.is_empty() && legal.is_empty() {
                continue;
            }
            for y in 0..=255u8 {
                let items = HeadItems {
                    heads: heads
                        .iter()
                        .filter(|i| may_fit(i, x, y))
                        .map(|i| HeadItem::new(i))
                        .collect(),
                    legal: legal
                        .iter()
                        .filter(|i| may_fit(i, x, y))
                        .map(|i| HeadItem::new(i))
                        .collect(),
                };
                if items.heads.is_empty() && items.legal.is_empty() {
                    continue;
                }
                let bit = usize::from(x) << 8 | usize::from(y);
                first_two[bit / 64] |= 1 << (bit % 64);
                by_first_two.insert([x, y], items);
            }
        }
        Some(OrgHeadWord {
            by_first_two,
            first_two,
        })
    }

    /// The items that may fit at `pos` (by the two bytes there).
    #[inline]
    fn items_at(&self, b: &[u8], pos: usize) -> Option<&HeadItems> {
        let key = [*b.get(pos)?, b.get(pos + 1).copied().unwrap_or(0)];
        self.by_first_two.get(&key)
    }

    /// The leftmost-first match in `hay` at or after `from`, as the regex
    /// finds it.
    ///
    /// Every match ends in a head word (or legal form) right after a space,
    /// reached over at most 11 spaces of words: so starts are tried only in
    /// the run of words before each head found (most capitalised words are
    /// far from any head), not at every capital.
    fn find_at(&self, hay: &str, from: usize) -> Option<(usize, usize)> {
        let b = hay.as_bytes();
        let mut p = from;
        while p < b.len() {
            let h = self.next_head(hay, p)?;
            let lo = chain_start(b, h).max(p);
            if let Some(found) = self.first_match(hay, lo, h) {
                return Some(found);
            }
            p = h;
        }
        None
    }

    /// The first position after `p` that follows a space and holds a head
    /// word or legal form (as [`OrgHeadWord::head`] takes them).
    fn next_head(&self, hay: &str, p: usize) -> Option<usize> {
        let b = hay.as_bytes();
        let at = |h: usize| self.may_head(b, h) && self.head_item(b, h);
        // The spaces of eight bytes at a time.
        let mut chunks = b[p..].chunks_exact(8);
        let mut base = p;
        for chunk in &mut chunks {
            let mut spaces = space_bits(chunk);
            while spaces != 0 {
                let h = base + spaces.trailing_zeros() as usize / 8 + 1;
                spaces &= spaces - 1;
                if at(h) {
                    return Some(h);
                }
            }
            base += 8;
        }
        (base..b.len())
            .filter(|&i| b[i] == b' ')
            .map(|i| i + 1)
            .find(|&h| at(h))
    }

    /// Whether an item may start at `pos`, by its first two bytes: most
    /// words are rejected by this before any item is compared.
    #[inline]
    fn may_head(&self, b: &[u8], pos: usize) -> bool {
        match b.get(pos..pos + 2) {
            Some(&[x, y]) => {
                let bit = usize::from(x) << 8 | usize::from(y);
                self.first_two[bit / 64] & (1 << (bit % 64)) != 0
            }
            _ => pos < b.len(),
        }
    }

    /// Whether [`OrgHeadWord::head`] matches at `pos` (its of-phrases always
    /// may be empty).
    fn head_item(&self, b: &[u8], pos: usize) -> bool {
        let Some(items) = self.items_at(b, pos) else {
            return false;
        };
        let next8 = load8(b, pos);
        items.heads.iter().any(|head| {
            head.at(b, pos, next8).is_some_and(|end| {
                !b.get(end)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
            })
        }) || items.legal.iter().any(|l| l.at(b, pos, next8).is_some())
    }

    /// The leftmost-first match starting in `from..to`, tried start by
    /// start.
    ///
    /// `to` is the head [`OrgHeadWord::next_head`] found from a position at
    /// or before `from`: so no head stands after a space between `from` and
    /// `to`.
    fn first_match(&self, hay: &str, from: usize, to: usize) -> Option<(usize, usize)> {
        let b = hay.as_bytes();
        let mut memo = StartMemo::new(from, to);
        let mut p = from;
        while p < to {
            let c = b[p];
            if may_start_word(c) {
                // A match starts with a {Word} or possessive noun that
                // ends at a space.
                if let Some(next) = memo.word(hay, p).or_else(|| possessive_then_space(hay, p)) {
                    if let Some(end) = self.words_then_head(hay, p, 0, &mut memo) {
                        return Some((p, end));
                    }
                    // A later start in this word would lead to the same
                    // rest of the match.
                    p = next;
                    continue;
                }
            }
            p += 1;
        }
        None
    }

    /// `(?:{Word} (?:and )?){reps,5}(?:{Word} |{possessive_noun} )` and the
    /// head at `pos`, trying the regex's choices in its order: more words
    /// first, "and " taken before not.
    ///
    /// What it computes at a position depends on nothing else, and the
    /// later starts of a [`OrgHeadWord::first_match`] call walk on to the
    /// same positions as the earlier ones (a chain of words is walked from
    /// each of its words): so it is kept in `memo`.
    fn words_then_head(
        &self,
        hay: &str,
        pos: usize,
        reps: usize,
        memo: &mut StartMemo,
    ) -> Option<usize> {
        let word = memo.word(hay, pos);
        if let Some(next) = word.filter(|_| reps < 5) {
            if hay.as_bytes()[next..].starts_with(b"and ") {
                if let Some(end) = self.words_then_head(hay, next + 4, reps + 1, memo) {
                    return Some(end);
                }
            }
            if let Some(end) = self.words_then_head(hay, next, reps + 1, memo) {
                return Some(end);
            }
        }
        let no_head_before = memo.head;
        memo.last(pos, || {
            let next = word.or_else(|| possessive_then_space(hay, pos))?;
            // `next` follows a space after the first start (see
            // `first_match`): before the head found, no head.
            if next < no_head_before {
                return None;
            }
            self.head(hay, next)
        })
    }

    /// `(?:{org_head}(?-u:\b{end-half})(?:{org_tail})*|{org_legal})` at `pos`.
    fn head(&self, hay: &str, pos: usize) -> Option<usize> {
        let b = hay.as_bytes();
        let items = self.items_at(b, pos)?;
        let next8 = load8(b, pos);
        for head in &items.heads {
            if let Some(mut end) = head.at(b, pos, next8) {
                if b.get(end)
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    continue;
                }
                while let Some(next) = org_tail(hay, end) {
                    end = next;
                }
                return Some(end);
            }
        }
        items.legal.iter().find_map(|l| l.at(b, pos, next8))
    }
}

/// How many bytes from its first start [`OrgHeadWord::first_match`] keeps
/// results for: the chain of up to twelve words before a head and the five
/// after it, in most text (farther positions are computed each time).
const MEMO_BYTES: usize = 160;

/// Results by position of one [`OrgHeadWord::first_match`] call, each
/// slot 0 while not known, 1 for none, and `2 + end - base` for an end.
struct StartMemo {
    base: usize,
    /// The head the call's starts lead to: none stands after a space from
    /// `base` on before it.
    head: usize,
    /// [`word_then_space`] at `base + i`.
    words: [u32; MEMO_BYTES],
    /// The last word or possessive noun and the head after it at `base + i`
    /// (the end of [`OrgHeadWord::words_then_head`] when it takes no more
    /// words there).
    lasts: [u32; MEMO_BYTES],
}

impl StartMemo {
    fn new(base: usize, head: usize) -> StartMemo {
        StartMemo {
            base,
            head,
            words: [0; MEMO_BYTES],
            lasts: [0; MEMO_BYTES],
        }
    }

    /// [`word_then_space`] at `pos`.
    #[inline]
    fn word(&mut self, hay: &str, pos: usize) -> Option<usize> {
        let base = self.base;
        match pos.checked_sub(base).and_then(|i| self.words.get_mut(i)) {
            Some(slot) => memo_slot(slot, base, || word_then_space(hay, pos)),
            None => word_then_space(hay, pos),
        }
    }

    /// `last()`, the end of the last words and head at `pos`.
    #[inline]
    fn last(&mut self, pos: usize, last: impl FnOnce() -> Option<usize>) -> Option<usize> {
        let base = self.base;
        match pos.checked_sub(base).and_then(|i| self.lasts.get_mut(i)) {
            Some(slot) => memo_slot(slot, base, last),
            None => last(),
        }
    }
}

/// The value kept in `slot` (see [`StartMemo`]), or `compute()`'s, then
/// kept when it fits.
#[inline]
fn memo_slot(
    slot: &mut u32,
    base: usize,
    compute: impl FnOnce() -> Option<usize>,
) -> Option<usize> {
    match *slot {
        0 => {
            let value = compute();
            let code = match value {
                None => Some(1),
                Some(end) => end
                    .checked_sub(base)
                    .and_then(|d| u32::try_from(d).ok())
                    .and_then(|d| d.checked_add(2)),
            };
            if let Some(code) = code {
                *slot = code;
            }
            value
        }
        1 => None,
        code => Some(base + (code - 2) as usize),
    }
}

/// Bit `8 * i + 7` set when byte `i` of the eight in `chunk` is a space.
#[inline]
fn space_bits(chunk: &[u8]) -> u64 {
    let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ 0x2020_2020_2020_2020;
    // High bit set exactly in the bytes that were spaces (now zero).
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    !(((v & LOW7) + LOW7) | v | LOW7)
}

/// The earliest start from which words can reach a head at `h` (which
/// follows a space): `(?:{Word} (?:and )?){0,5}(?:{Word} |{possessive_noun} )`
/// holds at most 11 spaces, and only letters, digits, apostrophes, hyphens,
/// spaces and bytes beyond ASCII.
fn chain_start(b: &[u8], h: usize) -> usize {
    let mut spaces = 0;
    for i in (0..h).rev() {
        let c = b[i];
        if c == b' ' {
            spaces += 1;
            if spaces > 11 {
                return i + 1;
            }
        } else if !CHAIN_WORD_BYTE[usize::from(c)] {
            return i + 1;
        }
    }
    0
}

/// The bytes other than spaces a chain of words before a head may hold
/// (see [`chain_start`]): ASCII letters and digits, apostrophes, hyphens
/// and bytes beyond ASCII; a table, one load per byte of the backward walk.
static CHAIN_WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'\'' || c == b'-' || c >= 0x80;
        b += 1;
    }
    t
};

/// `{org_tail}` at `pos`: " of X Y", " for the X and Y Z", …
fn org_tail(hay: &str, pos: usize) -> Option<usize> {
    let rest = hay.get(pos..)?;
    let after = ["of ", "for ", "on "]
        .iter()
        .find_map(|w| rest.strip_prefix(' ')?.strip_prefix(w))?;
    let mut at = hay.len() - after.len();
    at = match after
        .strip_prefix("the ")
        .and_then(|_| word_end(hay, at + 4))
    {
        Some(end) => end,
        None => word_end(hay, at)?,
    };
    // Greedy, and nothing after can fail: more words while they come.
    let more_words = |mut at: usize, n: usize| {
        for _ in 0..n {
            match hay[at..]
                .strip_prefix(' ')
                .and_then(|_| word_end(hay, at + 1))
            {
                Some(end) => at = end,
                None => break,
            }
        }
        at
    };
    at = more_words(at, 4);
    if hay[at..].starts_with(" and ") {
        if let Some(end) = word_end(hay, at + 5) {
            at = more_words(end, 3);
        }
    }
    Some(at)
}

/// `item` (an `org_head` or `org_legal` word) at `pos`, its spaces matching
/// a space or a no-break space as the expanded list does; where it ends.
fn item_at(b: &[u8], pos: usize, item: &str) -> Option<usize> {
    let mut at = pos;
    for &c in item.as_bytes() {
        // The same byte first: a space is no no-break space.
        if b.get(at) == Some(&c) {
            at += 1;
        } else if c == b' ' && b[at..].starts_with("\u{a0}".as_bytes()) {
            at += 2;
        } else {
            return None;
        }
    }
    Some(at)
}

/// `{Word} ` at `pos`: where the word after the space starts.
fn word_then_space(hay: &str, pos: usize) -> Option<usize> {
    let end = word_end(hay, pos)?;
    // The longest {Word} is the only one a space can follow.
    (hay.as_bytes().get(end) == Some(&b' ')).then_some(end + 1)
}

/// `{possessive_noun} ` at `pos`.
fn possessive_then_space(hay: &str, pos: usize) -> Option<usize> {
    let rest = &hay.as_bytes()[pos..];
    // Their first letters: most words are rejected by this.
    if !matches!(
        rest.first(),
        Some(
            b'A' | b'B'
                | b'C'
                | b'D'
                | b'E'
                | b'F'
                | b'G'
                | b'H'
                | b'J'
                | b'L'
                | b'M'
                | b'N'
                | b'O'
                | b'P'
                | b'R'
                | b'S'
                | b'T'
                | b'V'
                | b'W'
        )
    ) {
        return None;
    }
    // The nouns are ASCII letters, and each ending begins with an
    // apostrophe ('\'' or '’', whose first byte is 0xE2) or with an 's' and
    // one: so the run of ASCII letters at `pos` ends in one of those bytes.
    let letters = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if !matches!(rest.get(letters), Some(b'\'' | 0xE2)) {
        return None;
    }
    let nouns = POSSESSIVE_NOUNS.iter();
    // (As in `possessive_or_word`: first bytes compared before the nouns.)
    nouns
        .filter(|n| n.as_bytes().first() == rest.first())
        .find_map(|n| {
            let after = rest.strip_prefix(n.as_bytes())?;
            POSSESSIVE_ENDINGS.iter().find_map(|e| {
                let len = n.len() + e.len();
                after
                    .strip_prefix(e.as_bytes())?
                    .starts_with(b" ")
                    .then_some(pos + len + 1)
            })
        })
}

/// Whether a `{Word}` may begin at byte `c`: a capital, an article's 'a'
/// or 'e', or a letter beyond ASCII (not a UTF-8 continuation byte). The
/// matchers test it at every byte they walk: one table load.
#[inline]
fn may_start_word(c: u8) -> bool {
    static WORD_START: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = c.is_ascii_uppercase() || c == b'a' || c == b'e' || c >= 0xC0;
            b += 1;
        }
        t
    };
    WORD_START[usize::from(c)]
}

/// The character at byte `at` of `hay` and its length.
#[inline]
fn char_at(hay: &str, at: usize) -> Option<(char, usize)> {
    let b = *hay.as_bytes().get(at)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = hay.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Where the longest `{Word}` at `pos` ends (the built-in macro: an
/// optional Arabic article, a capital, letters and digits, and parts of two
/// or more letters after an apostrophe or hyphen).
/// `{Word}(?:'s|’s) ` at `pos`: where it ends.
fn possessive_end(hay: &str, pos: usize) -> Option<usize> {
    let b = hay.as_bytes();
    word_end(hay, pos).and_then(|w| {
        ["'s ", "’s "]
            .iter()
            .find(|e| b[w..].starts_with(e.as_bytes()))
            .map(|e| w + e.len())
    })
}

fn word_end(hay: &str, pos: usize) -> Option<usize> {
    let b = hay.as_bytes();
    let mut at = pos;
    // After an article a capital must follow; without one, the 'a' or 'e'
    // it starts with is no capital: so the article is taken when present.
    if matches!(b.get(pos), Some(b'a' | b'e')) {
        if let Some(article) = ["al-", "el-", "ad-", "ash-", "az-"]
            .iter()
            .find(|a| b[pos..].starts_with(a.as_bytes()))
        {
            at += article.len();
        }
    }
    // An ASCII capital without decoding (the only ASCII ones).
    at += match *b.get(at)? {
        c if c.is_ascii_uppercase() => 1,
        c if c < 0x80 => return None,
        _ => {
            let (first, n) = char_at(hay, at)?;
            if !is_word_capital(first) {
                return None;
            }
            n
        }
    };
    loop {
        // ASCII letters and digits byte by byte, without decoding.
        while b.get(at).is_some_and(|&c| ASCII_ALNUM[usize::from(c)]) {
            at += 1;
        }
        // Any other ASCII byte ends the run: only a letter beyond ASCII
        // goes on.
        if b.get(at).is_none_or(|&c| c < 0x80) {
            break;
        }
        match char_at(hay, at).filter(|&(c, _)| is_word_char(c)) {
            Some((_, n)) => at += n,
            None => break,
        }
    }
    // Parts after an apostrophe or hyphen, each of two letters or more, or
    // after an apostrophe or okina one letter that is no clitic ("Savai'i";
    // not "Don't"). The byte test first: most words end at a space or a
    // stop; '’' begins 0xE2, the okina 'ʻ' 0xCA.
    while b
        .get(at)
        .is_some_and(|&c| matches!(c, b'\'' | b'-' | 0xE2 | 0xCA))
    {
        let Some((mark, n)) =
            char_at(hay, at).filter(|&(c, _)| matches!(c, '\'' | '’' | '\u{2BB}' | '-'))
        else {
            break;
        };
        let mut end = at + n;
        let mut letters = 0;
        let mut first = ' ';
        while let Some((c, n)) = char_at(hay, end).filter(|&(c, _)| is_word_letter(c)) {
            if letters == 0 {
                first = c;
            }
            end += n;
            letters += 1;
        }
        let lone_letter = letters == 1
            && mark != '-'
            && matches!(first, 'a'..='c' | 'e'..='l' | 'n'..='r' | 'u'..='z');
        if letters < 2 && !lone_letter {
            break;
        }
        at = end;
    }
    Some(at)
}

/// `[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}]` of `{Word}`.
fn is_word_capital(c: char) -> bool {
    matches!(c, 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{100}'..='\u{24F}')
}

/// `[A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]` of `{Word}`.
fn is_word_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}')
}

/// `[A-Za-z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]` of `{Word}`.
fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_word_letter(c)
}

/// Where a rule's named groups are among its captures (looked up once, when
/// the rule is compiled).
#[derive(Debug)]
struct MatchGroups {
    entity: Option<usize>,
    object: Option<usize>,
    role: Option<usize>,
}

impl MatchGroups {
    fn of(regex: &meta::Regex) -> MatchGroups {
        let group = |name: &str| {
            regex
                .group_info()
                .to_index(regex_automata::PatternID::ZERO, name)
        };
        MatchGroups {
            entity: group("entity"),
            object: group("object"),
            role: group("role"),
        }
    }

    /// Appends the match in `caps` (found in the window of `text` that
    /// starts at `ws`) unless its name starts or ends inside a word.
    fn push(
        &self,
        rule: usize,
        text: &str,
        ws: usize,
        caps: &Captures,
        out: &mut Vec<PatternMatch>,
    ) {
        let Some(whole) = caps.get_match() else {
            return;
        };
        let at = |s: regex_automata::Span| (ws + s.start, ws + s.end);
        let get = |g: Option<usize>| g.and_then(|g| caps.get_group(g)).map(at);
        let (es, ee) = get(self.entity).unwrap_or(at(whole.span()));
        if !word_boundary(text.as_bytes(), text, es, ee) {
            return;
        }
        out.push(PatternMatch {
            rule,
            whole: at(whole.span()),
            entity: (es, ee),
            object: get(self.object),
            role: get(self.role),
        });
    }
}

/// The line (paragraph: patterns never span a line break) around `at`.
fn line_around(text: &str, at: usize) -> (usize, usize) {
    // memchr's vector search: paragraphs run to thousands of bytes, which
    // `str::find` walks a word at a time.
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
    (start, end)
}

/// The part of `line` a match holding the anchor at `start..end` can cover:
/// from just after the `before + 1`-th space before the anchor to just before
/// the `after + 1`-th space after it. Patterns join words with single
/// spaces, so a match never holds more spaces than its rule's reach.
fn reach_window(
    bytes: &[u8],
    line: (usize, usize),
    start: usize,
    end: usize,
    before: usize,
    after: usize,
) -> (usize, usize) {
    let from = match nth_space_back(&bytes[line.0..start], before) {
        Some(i) => line.0 + i + 1,
        // Fewer spaces: the line start, or after it when the line starts
        // with a space (the walk stopped on it).
        None => line.0 + usize::from(line.0 < start && bytes[line.0] == b' '),
    };
    let to = nth_space(&bytes[end.min(line.1)..line.1], after).map_or(line.1, |i| end + i);
    (from.min(start), to.max(end))
}

/// Eight bytes at a time: counting the spaces of a whole chunk is cheaper
/// than testing its bytes one by one, and windows span hundreds of bytes.
fn spaces_in(chunk: &[u8]) -> u32 {
    // One bit per byte, at the bottom of each: the multiply sums the eight
    // bytes into the top one (a popcount without the instruction is a dozen).
    ((space_bits(chunk) >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32
}

/// Index of the space after `n` others in `hay`.
fn nth_space(hay: &[u8], mut n: usize) -> Option<usize> {
    let mut chunks = hay.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let c = spaces_in(chunk) as usize;
        if c > n {
            break;
        }
        n -= c;
        base += 8;
    }
    hay[base..]
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b' ')
        .nth(n)
        .map(|(i, _)| base + i)
}

/// Index of the space before `n` others (counting back from the end) in
/// `hay`.
fn nth_space_back(hay: &[u8], mut n: usize) -> Option<usize> {
    let mut chunks = hay.rchunks_exact(8);
    let mut top = hay.len();
    for chunk in &mut chunks {
        let c = spaces_in(chunk) as usize;
        if c > n {
            break;
        }
        n -= c;
        top -= 8;
    }
    hay[..top]
        .iter()
        .enumerate()
        .rev()
        .filter(|&(_, &b)| b == b' ')
        .nth(n)
        .map(|(i, _)| i)
}

/// Keeps the windows (sorted, not overlapping) that hold one of `spans`
/// (sorted by start) whole.
fn keep_windows_with(spans: &[(usize, usize)], windows: &mut Vec<(usize, usize)>) {
    windows.retain(|&(ws, we)| {
        let first = spans.partition_point(|&(s, _)| s < ws);
        spans[first..]
            .iter()
            .take_while(|&&(s, _)| s < we)
            .any(|&(_, e)| e <= we)
    });
}

/// Windows closer than this (in bytes, on one line) are searched as one:
/// scanning a short gap costs less than starting another regex search.
const WINDOW_MERGE_GAP: usize = 80;

/// Sorts windows and joins those that overlap or nearly touch on one line,
/// so no text is searched twice and matches are found in text order as on a
/// whole line. (A gap holds no match: every match lies inside the window of
/// an anchor it contains.)
fn merge_windows(bytes: &[u8], windows: &mut Vec<(usize, usize)>) {
    windows.sort_unstable();
    // In place: `windows[..kept]` are the merged windows so far.
    let mut kept = 0;
    for i in 0..windows.len() {
        let (s, e) = windows[i];
        match windows[..kept].last_mut() {
            Some(last)
                if s < last.1
                    || (s - last.1 <= WINDOW_MERGE_GAP && !bytes[last.1..s].contains(&b'\n')) =>
            {
                last.1 = last.1.max(e)
            }
            _ => {
                windows[kept] = (s, e);
                kept += 1;
            }
        }
    }
    windows.truncate(kept);
}

fn word_boundary(bytes: &[u8], text: &str, start: usize, end: usize) -> bool {
    let before_ok = start == 0
        || text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    let after_ok = end >= bytes.len()
        || text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

fn check_macro_name(origin: &str, name: &str) -> Result<()> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        bail!("{origin}: list or macro name {name:?} must be letters, digits or '_'");
    }
    if BUILTIN_MACROS.iter().any(|(b, _)| *b == name) {
        bail!("{origin}: {name:?} is a built-in macro and cannot be redefined");
    }
    Ok(())
}

fn merge_words(words: &mut Words, def: WordsDef) {
    let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase());
    words.common.extend(lower(def.common));
    words.pronouns.extend(lower(def.pronouns));
    words.not_name.extend(lower(def.not_name));
    words.surname_first.extend(def.surname_first);
    words
        .surname_first_hyphenated
        .extend(def.surname_first_hyphenated);
    words.given_names.extend(def.given_names);
    words.locative.extend(lower(def.locative));
    words.speech_verbs.extend(lower(def.speech_verbs));
    words.org_heads.extend(lower(def.org_heads));
    words.sports.extend(lower(def.sports));
}

fn compile_pattern(
    origin: &str,
    n: usize,
    def: PatternDef,
    lists: &BTreeMap<String, Vec<String>>,
    macros: &BTreeMap<String, String>,
) -> Result<PatternRule> {
    let Some(id) = def.id.filter(|s| !s.trim().is_empty()) else {
        bail!("{origin}: entity_pattern #{n}: missing `id`");
    };
    let at = format!("{origin}: entity_pattern #{n} (id {id:?})");
    let Some(kind_s) = def.kind else {
        bail!("{at}: missing `type`");
    };
    let Some(kind) = EntityType::parse(&kind_s) else {
        bail!("{at}: unknown type {kind_s:?} (expected person, organization, country or location)");
    };
    let Some(pattern) = def.pattern.filter(|p| !p.is_empty()) else {
        bail!("{at}: missing `pattern`");
    };
    let _ = def.description;
    let expanded = expand(&pattern, lists, macros, 0).map_err(|e| anyhow!("{at}: {e}"))?;
    let matcher = HandMatcher::for_pattern(&pattern, lists, macros);
    let start_matcher = StartMatcher::for_pattern(&pattern, lists, macros);
    let object_lead_in = ObjectLeadIn::for_pattern(&pattern, macros);
    // Not for a rule tried at its anchors' starts: a match may start at
    // another anchor than the one the words follow.
    let anchor_then = def
        .reach
        .is_none_or(|[before, _]| before > 0)
        .then(|| AnchorThen::for_pattern(&pattern, &def.anchors, lists))
        .flatten();
    let word_after_anchor = def.reach.is_some_and(|[before, _]| before == 0)
        && start_matcher.is_none()
        && word_after_anchor(&pattern, &def.anchors, lists, macros);
    let compiled = OnceLock::new();
    let names: Vec<&str> = if matcher.is_some() || start_matcher.is_some() {
        // A bundled pattern, matched by hand: its regex is compiled only if
        // asked for. Its group names are read off the pattern text (list
        // items are escaped, so none of them reads as a group).
        named_groups(&expanded)
    } else {
        let regex = build_regex(&expanded)
            .map_err(|why| anyhow!("{at}: pattern does not compile: {why}"))?;
        if regex.is_match("") {
            bail!("{at}: pattern matches the empty string");
        }
        let groups = MatchGroups::of(&regex);
        let _ = compiled.set((regex, groups));
        let (regex, _) = compiled.get().expect("just set");
        regex
            .group_info()
            .pattern_names(regex_automata::PatternID::ZERO)
            .flatten()
            .collect()
    };
    for name in &names {
        if !matches!(*name, "entity" | "object" | "role") {
            bail!("{at}: unknown capture group (?P<{name}>…); use entity, object or role");
        }
    }
    let has_object = names.contains(&"object");
    let object_type = match def.object_type {
        None => None,
        Some(s) => Some(EntityType::parse(&s).ok_or_else(|| {
            anyhow!("{at}: unknown object_type {s:?} (expected person, organization, country or location)")
        })?),
    };
    if has_object && def.relation.is_none() {
        bail!("{at}: has an (?P<object>…) group but no `relation`");
    }
    if def.relation.is_some() && !has_object {
        bail!("{at}: `relation` needs an (?P<object>…) group in the pattern");
    }
    if def.require_object && !has_object {
        bail!("{at}: `require_object` needs an (?P<object>…) group in the pattern");
    }
    let mut anchor_words = Vec::new();
    for name in &def.anchors {
        let Some(items) = lists.get(name) else {
            bail!("{at}: anchors: unknown list {name:?}");
        };
        anchor_words.extend(items.iter().cloned());
    }
    if !def.anchors.is_empty() && anchor_words.is_empty() {
        bail!("{at}: anchors: the lists are empty");
    }
    if def.reach.is_some() && def.anchors.is_empty() && !def.require_object {
        bail!("{at}: `reach` needs `anchors` or `require_object` (it is measured from the anchor word or the found object)");
    }
    if def.comma_after && def.anchors.is_empty() {
        bail!("{at}: `comma_after` needs `anchors` (it is read right after the anchor word)");
    }
    if def.comma_before.is_some() && def.anchors.is_empty() {
        bail!("{at}: `comma_before` needs `anchors` (it is counted back from the anchor word)");
    }
    if def.reach.is_some() && def.require_object && !def.anchors.is_empty() {
        bail!("{at}: a `require_object` rule with `reach` is searched around its found objects; drop `anchors`");
    }
    // For a rule searched in windows around its anchors by regex.
    let gate = (matcher.is_none()
        && start_matcher.is_none()
        && def.reach.is_some_and(|[before, _]| before > 0))
    .then(|| Gate::for_pattern(&pattern, &def.anchors, lists, macros))
    .flatten();
    let particle_words = if matcher.is_none() && start_matcher.is_none() {
        gates::particle_words(&pattern, lists, macros).unwrap_or_default()
    } else {
        Vec::new()
    };
    let required = required_literal(&expanded)
        .filter(|_| matcher.is_none() && start_matcher.is_none())
        .map(|lit| memchr::memmem::Finder::new(lit.as_bytes()).into_owned());
    Ok(PatternRule {
        start_matcher,
        object_lead_in,
        anchor_then,
        word_after_anchor,
        required,
        gate,
        particle_words,
        id,
        origin: origin.to_string(),
        kind,
        matcher,
        expanded,
        compiled,
        priority: def.priority.unwrap_or(50),
        relation: def.relation,
        object_type,
        role: def.role,
        require_object: def.require_object,
        reach: def.reach.map(|[b, a]| (b, a)),
        comma_before: def.comma_before,
        comma_after: def.comma_after,
        anchor_words,
    })
}

/// Compiles an expanded pattern as the `regex` crate would: what
/// `regex::RegexBuilder` sets, with larger size limits. The error is why
/// the pattern does not compile.
fn build_regex(expanded: &str) -> Result<meta::Regex, String> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(true)
                .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
                .hybrid_cache_capacity(REGEX_SIZE_LIMIT),
        )
        .syntax(syntax::Config::new().utf8(true))
        .build(expanded)
        .map_err(|e| {
            e.syntax_error()
                .map_or_else(|| e.to_string(), |s| s.to_string())
        })
}

/// The names of the named groups `(?P<name>…)` of an expanded pattern, in
/// order (for the bundled patterns, which name them so and hold no escaped
/// `(?P<` text).
fn named_groups(expanded: &str) -> Vec<&str> {
    expanded
        .split("(?P<")
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(name, _)| name))
        .collect()
}

/// Replaces `{name}` by its macro body or list alternation, recursively.
/// `{{` and `}}` stand for literal braces; `{2,4}`-style repetitions are left alone.
fn expand(
    pattern: &str,
    lists: &BTreeMap<String, Vec<String>>,
    macros: &BTreeMap<String, String>,
    depth: usize,
) -> Result<String> {
    if depth > 16 {
        bail!("macros nest too deeply (a macro probably refers to itself)");
    }
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(pos) = rest.find('{') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let Some(close) = after.find('}') else {
            bail!("unclosed '{{' in pattern");
        };
        let name = &after[..close];
        if name.chars().next().is_some_and(|c| c.is_ascii_digit())
            || name.is_empty()
            || out.ends_with("\\b")
        {
            // A regex repetition such as {1,3}, or a word-boundary kind
            // such as \b{end-half}.
            out.push('{');
            out.push_str(name);
            out.push('}');
        } else if let Some((_, body)) = BUILTIN_MACROS.iter().find(|(b, _)| *b == name) {
            out.push_str("(?:");
            out.push_str(body);
            out.push(')');
        } else if let Some(body) = macros.get(name) {
            out.push_str("(?:");
            out.push_str(&expand(body, lists, macros, depth + 1)?);
            out.push(')');
        } else if let Some(items) = lists.get(name) {
            if items.is_empty() {
                bail!("list {{{name}}} is empty");
            }
            let mut sorted: Vec<&String> = items.iter().collect();
            // Longest first so "Prime Minister" wins over "Prime".
            sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            sorted.dedup();
            out.push_str("(?:");
            for (i, item) in sorted.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                out.push_str(&regex::escape(item).replace(' ', "[ \u{a0}]"));
            }
            out.push(')');
        } else {
            bail!("unknown macro or list {{{name}}}");
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The bundled rule file, compiled (for tests).
#[cfg(test)]
fn bundled_rule_set() -> RuleSet {
    RuleSet::from_sources(&[(
        "bundled".to_string(),
        super::BUNDLED_ENTITY_RULES.to_string(),
    )])
    .unwrap()
}

/// The rule `id` of a rule set (for tests).
#[cfg(test)]
fn bundled_rule<'a>(rs: &'a RuleSet, id: &str) -> &'a PatternRule {
    rs.patterns.iter().find(|r| r.id == id).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> Vec<(String, String)> {
        vec![("test.toml".to_string(), text.to_string())]
    }

    #[test]
    fn expands_lists_and_macros() {
        let rs = RuleSet::from_sources(&src(
            "[lists]\nhead = [\"Hospital\", \"University\"]\n[macros]\nname = \"{Word}(?: {Word}){0,3}\"\n\
             [[entity_pattern]]\nid = \"h\"\ntype = \"organization\"\npattern = \"{name} {head}\"\n",
        ))
        .unwrap();
        let m = rs.find("the Xi'an Medical Hospital opened");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].entity, (4, 26));
    }

    #[test]
    fn errors_name_file_rule_and_problem() {
        let cases = [
            ("[[entity_pattern]]\ntype = \"person\"\npattern = \"x\"\n", "missing `id`"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"thing\"\npattern = \"x\"\n", "unknown type"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"{Nope}\"\n", "unknown macro"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"(x\"\n", "does not compile"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"(?P<object>x)\"\n", "no `relation`"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"(?P<who>x)\"\n", "unknown capture group"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"x*\"\n", "empty string"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"x\"\ncolour = 1\n", "unknown field"),
            ("[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"x\"\n[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"y\"\n", "duplicate id"),
        ];
        for (text, want) in cases {
            let err = RuleSet::from_sources(&src(text)).unwrap_err().to_string();
            assert!(err.contains("test.toml"), "{err}");
            assert!(err.contains(want), "expected {want:?} in {err}");
        }
    }

    #[test]
    fn bundled_rules_compile() {
        let rs = bundled_rule_set();
        assert!(rs.patterns.len() >= 5);
        assert!(rs.words.pronouns.contains("he"));
    }

    #[test]
    fn hand_matched_rules_compile_lazily_as_checked_at_load() {
        let rs = bundled_rule_set();
        let mut lazy = 0;
        for rule in &rs.patterns {
            let hand = rule.matcher.is_some() || rule.start_matcher.is_some();
            // Rules searched by regex are compiled (and checked) at load.
            assert_eq!(rule.compiled.get().is_none(), hand, "{}", rule.id);
            lazy += usize::from(hand);
            let regex = rule.regex();
            let names: Vec<&str> = regex
                .group_info()
                .pattern_names(regex_automata::PatternID::ZERO)
                .flatten()
                .collect();
            assert_eq!(names, named_groups(&rule.expanded), "{}", rule.id);
            assert!(!regex.is_match(""), "{}", rule.id);
        }
        assert!(lazy >= 10, "{lazy} hand-matched rules");
    }
}

#[cfg(test)]
mod anchor_tests {
    use super::*;

    #[test]
    fn anchored_rules_find_the_same_as_unanchored() {
        let rule = |anchors: &str| {
            format!(
                "[lists]\nhead = [\"Hospital\", \"Clinic\"]\n[[entity_pattern]]\nid = \"h\"\ntype = \"organization\"\npattern = \"(?:{{Word}} ){{1,3}}{{head}}\"\n{anchors}\n"
            )
        };
        let text = "Doctors at Lakeside Hospital met.\nNo head here, Mr Bell.\nThe Hill Clinic and Bay Hospital\nend";
        let plain = RuleSet::from_sources(&[("a".into(), rule(""))]).unwrap();
        let anchored =
            RuleSet::from_sources(&[("b".into(), rule("anchors = [\"head\"]"))]).unwrap();
        let spans = |rs: &RuleSet| {
            let mut v: Vec<(usize, usize)> = rs.find(text).iter().map(|m| m.entity).collect();
            v.sort();
            v
        };
        assert_eq!(spans(&plain).len(), 3);
        assert_eq!(spans(&plain), spans(&anchored));
        let err = RuleSet::from_sources(&[("c".into(), rule("anchors = [\"nope\"]"))])
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown list"), "{err}");
    }

    #[test]
    fn reach_windows_find_the_same_as_whole_lines() {
        let rule = |extra: &str| {
            format!(
                "[lists]\nhead = [\"Hospital\", \"Clinic\"]\n[[entity_pattern]]\nid = \"h\"\ntype = \"organization\"\npattern = \"(?:{{Word}} ){{1,3}}{{head}}(?: of {{Word}})?\"\nanchors = [\"head\"]\n{extra}\n"
            )
        };
        let text = "Doctors at Lakeside General Hospital met, and a long line of lowercase words follows here before the Hill Clinic of Bath and Bay Hospital\nend Old Town Clinic";
        let lines = RuleSet::from_sources(&[("a".into(), rule(""))]).unwrap();
        let windows = RuleSet::from_sources(&[("b".into(), rule("reach = [3, 2]"))]).unwrap();
        let found = |rs: &RuleSet| -> Vec<&str> {
            rs.find(text)
                .iter()
                .map(|m| &text[m.entity.0..m.entity.1])
                .collect()
        };
        assert_eq!(
            found(&lines),
            vec![
                "Lakeside General Hospital",
                "Hill Clinic of Bath",
                "Bay Hospital",
                "Old Town Clinic"
            ]
        );
        assert_eq!(found(&lines), found(&windows));
        // A reach too short cuts matches: the window really bounds the search.
        let short = RuleSet::from_sources(&[("c".into(), rule("reach = [1, 0]"))]).unwrap();
        assert_eq!(found(&short)[0], "General Hospital");
        let err = RuleSet::from_sources(&[(
            "d".into(),
            rule("").replace("anchors = [\"head\"]", "reach = [1, 1]"),
        )])
        .unwrap_err()
        .to_string();
        assert!(err.contains("`reach` needs `anchors`"), "{err}");
    }

    #[test]
    fn rules_starting_at_their_anchor_find_the_same_as_whole_lines() {
        let rule = |extra: &str| {
            format!(
                "[lists]\ntitle = [\"President\", \"Vice President\", \"Dr.\"]\n[[entity_pattern]]\nid = \"t\"\ntype = \"person\"\npattern = \"(?:{{title}}) (?P<entity>{{Word}}(?: {{Word}}){{0,2}})\"\nanchors = [\"title\"]\n{extra}\n"
            )
        };
        // Overlapping anchors ("Vice President" holds "President"), an
        // anchor inside the previous match ("President Dr. Ruth"), one
        // glued to a word ("exPresident"), one with no name after it, and
        // matches cut by the window's end.
        let text = "Vice President Ana Roe met President Dr. Ruth Hale and exPresident Bo.\nThe President said Dr. Li Wei Ming Zhou left; Dr. a";
        let lines = RuleSet::from_sources(&[("a".into(), rule(""))]).unwrap();
        let anchored = RuleSet::from_sources(&[("b".into(), rule("reach = [0, 3]"))]).unwrap();
        assert!(!lines.patterns[0].starts_at_anchor());
        assert!(anchored.patterns[0].starts_at_anchor());
        let found = |rs: &RuleSet| -> Vec<(usize, usize, usize)> {
            rs.find(text)
                .iter()
                .map(|m| (m.whole.0, m.entity.0, m.entity.1))
                .collect()
        };
        let names = |rs: &RuleSet| -> Vec<&str> {
            found(rs).iter().map(|&(_, s, e)| &text[s..e]).collect()
        };
        // A whole-line search also takes "Bo" after the glued "exPresident";
        // anchor words are whole words, so the anchored search does not.
        assert_eq!(names(&lines), vec!["Ana Roe", "Dr", "Bo", "Li Wei Ming"]);
        let mut expected = found(&lines);
        expected.remove(2);
        assert_eq!(found(&anchored), expected);
    }

    #[test]
    fn rules_needing_an_object_find_near_found_objects_what_a_whole_text_search_keeps() {
        let rule = |extra: &str| {
            format!(
                "[[entity_pattern]]\nid = \"p\"\ntype = \"location\"\npattern = \"(?-u:\\\\b)(?:in|of) (?P<entity>{{Word}}(?: {{Word}}){{0,2}}), (?P<object>{{Word}}(?: {{Word}}){{0,2}})\"\nrelation = \"located_in\"\nrequire_object = true\nobject_type = \"country\"\n{extra}\n"
            )
        };
        let text = "Talks in Upper Lake, Norland ended; the mayor of Port Bell, Gray Islands spoke.\nA fair in Elm Town, Green Fields and a meeting in Oslo, Norland Republic.";
        let country = |name: &str| {
            let s = text.find(name).unwrap();
            (s, s + name.len(), EntityType::Country)
        };
        // Norland twice and Gray Islands are countries found; Green Fields is not.
        let mut found = vec![country("Norland"), country("Gray Islands")];
        let second = text.rfind("Norland").unwrap();
        found.push((second, second + "Norland".len(), EntityType::Country));
        found.push((0, 5, EntityType::Person));
        let whole = RuleSet::from_sources(&[("a".into(), rule(""))]).unwrap();
        let near = RuleSet::from_sources(&[("b".into(), rule("reach = [6, 2]"))]).unwrap();
        assert!(near.patterns[0].runs_near_objects());
        assert!(near.find(text).is_empty(), "not run by `find`");
        let objects = |ms: Vec<PatternMatch>| -> Vec<(&str, &str)> {
            ms.iter()
                .map(|m| {
                    let o = m.object.unwrap();
                    (&text[m.entity.0..m.entity.1], &text[o.0..o.1])
                })
                .collect()
        };
        let all = objects(whole.find(text));
        assert_eq!(all.len(), 4);
        // The whole-text matches whose object holds a found country.
        let kept: Vec<_> = all
            .into_iter()
            .filter(|&(_, o)| o != "Green Fields")
            .collect();
        assert_eq!(objects(near.find_near_objects(text, &found, None)), kept);
        let err = RuleSet::from_sources(&[(
            "c".into(),
            rule("reach = [6, 2]\nanchors = [\"x\"]\n[lists]\nx = [\"in\"]"),
        )])
        .unwrap_err()
        .to_string();
        assert!(err.contains("drop `anchors`"), "{err}");
    }

    /// A small seeded generator for the randomized comparisons below.
    /// How a randomized equivalence test draws its texts and start offsets.
    struct RandomTexts {
        seed: u64,
        texts: usize,
        max_pieces: usize,
        starts_per_text: usize,
    }

    impl RandomTexts {
        /// Checks that `find_at` gives what the rule's regex gives from
        /// random starts of random texts: the match and the end of its
        /// `entity` group (which starts the match). Returns how many starts
        /// found a match.
        fn entity_matches_agree(
            &self,
            rule: &PatternRule,
            pieces: &[String],
            seps: &[&str],
            find_at: impl Fn(&str, usize) -> Option<(usize, usize, usize)>,
        ) -> usize {
            let mut next = lcg(self.seed);
            let mut matches = 0;
            let mut caps = rule.regex().create_captures();
            for _ in 0..self.texts {
                let text = random_text(&mut next, pieces, seps, self.max_pieces);
                let starts = char_starts(&text);
                for _ in 0..self.starts_per_text {
                    let from = starts[next() % starts.len()];
                    rule.regex()
                        .search_captures(&Input::new(&text).range(from..), &mut caps);
                    let want = caps.get_match().map(|m| {
                        let entity = caps.get_group_by_name("entity").unwrap();
                        assert_eq!(entity.start, m.start());
                        (m.start(), m.end(), entity.end)
                    });
                    assert_eq!(find_at(&text, from), want, "{text:?} from {from}");
                    matches += usize::from(want.is_some());
                }
            }
            matches
        }
    }

    /// A text of 1 to `max_pieces` random `pieces`, each followed by a
    /// random one of `seps`.
    pub(super) fn random_text(
        next: &mut impl FnMut() -> usize,
        pieces: &[impl AsRef<str>],
        seps: &[&str],
        max_pieces: usize,
    ) -> String {
        let n = 1 + next() % max_pieces;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(pieces[next() % pieces.len()].as_ref());
            text.push_str(seps[next() % seps.len()]);
        }
        text
    }

    /// Every offset of `text` a search may start at.
    fn char_starts(text: &str) -> Vec<usize> {
        (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect()
    }

    pub(super) fn lcg(mut seed: u64) -> impl FnMut() -> usize {
        move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        }
    }

    #[test]
    fn org_head_word_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "org-head-word");
        let Some(HandMatcher::OrgHeadWord(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        // Other rules keep their regex.
        assert_eq!(
            rs.patterns.iter().filter(|r| r.matcher.is_some()).count(),
            7
        );
        let mut pieces: Vec<String> = [
            "Xi'an",
            "Jiaotong",
            "Air",
            "Force",
            "Air\u{a0}Force",
            "Inc.",
            "Inc",
            "Corpus",
            "Ltd.",
            "Ltd",
            "S.A.",
            "A/S",
            "and",
            "and",
            "of",
            "for",
            "on",
            "the",
            "the",
            "The",
            "al-Majali",
            "al-",
            "el-Sisi",
            "ash-Sham",
            "az-Z",
            "People's",
            "Children’s",
            "Workers'",
            "Mens'",
            "Men",
            "People",
            "Peoples'",
            "Peoples’",
            "Farmers’",
            "Women’",
            "Miners's",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "ÿ",
            "×",
            "Abc-de",
            "Abc-d",
            "Ab-cd9",
            "X1",
            "9",
            "Co.",
            "Hospital's",
            "Hospitals",
            "Bank_",
            "Party-",
            "Party-x",
            "UNION",
            "U.S.",
            "Mc",
            "x",
            "hospital",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for list in ["org_head", "org_legal"] {
            pieces.extend(rs_lists(list));
        }
        let seps = [
            " ", " ", " ", " ", " ", "  ", ",", ".", "'", "’", "-", "\n", "", " and ", " of the ",
        ];
        let mut next = lcg(3);
        let mut matches = 0;
        for _ in 0..30000 {
            // Long enough for runs of more words than a match can span.
            let text = random_text(&mut next, &pieces, &seps, 24);
            let starts = char_starts(&text);
            for _ in 0..3 {
                let from = starts[next() % starts.len()];
                let want = rule
                    .regex()
                    .search(&Input::new(&text).range(from..))
                    .map(|m| (m.start(), m.end()));
                assert_eq!(matcher.find_at(&text, from), want, "{text:?} from {from}");
                matches += usize::from(want.is_some());
            }
        }
        assert!(matches > 10000, "{matches}");
    }

    /// The possessive nouns as `possessive_then_space` read them before its
    /// test of the byte after their letters.
    fn possessive_then_space_unfiltered(hay: &str, pos: usize) -> Option<usize> {
        let rest = &hay.as_bytes()[pos..];
        POSSESSIVE_NOUNS.iter().find_map(|n| {
            let after = rest.strip_prefix(n.as_bytes())?;
            POSSESSIVE_ENDINGS.iter().find_map(|e| {
                after
                    .strip_prefix(e.as_bytes())?
                    .starts_with(b" ")
                    .then_some(pos + n.len() + e.len() + 1)
            })
        })
    }

    /// [`possessive_or_word`] comparing every noun whole.
    fn possessive_or_word_unfiltered(hay: &str, pos: usize) -> Option<usize> {
        let rest = &hay.as_bytes()[pos..];
        POSSESSIVE_NOUNS
            .iter()
            .find_map(|n| {
                let after = rest.strip_prefix(n.as_bytes())?;
                POSSESSIVE_ENDINGS
                    .iter()
                    .find(|e| after.starts_with(e.as_bytes()))
                    .map(|e| pos + n.len() + e.len())
            })
            .or_else(|| word_end(hay, pos))
    }

    /// Random-text pieces for the possessive filters: near-misses, every
    /// `step`-th noun alone and with each possessive ending, and perhaps
    /// the empty piece.
    fn possessive_pieces(step: usize, with_empty: bool) -> Vec<String> {
        let mut pieces: Vec<String> = [
            "People", "Peoples", "Men", "Mens", "Workers", "Worker", "Ab", "x", "s", "'", "’",
            "'s", "’s", "s'", "s’", "‘", "é", "9",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        if with_empty {
            pieces.push(String::new());
        }
        for n in POSSESSIVE_NOUNS.iter().step_by(step) {
            pieces.push(n.to_string());
            for e in POSSESSIVE_ENDINGS {
                pieces.push(format!("{n}{e}"));
            }
        }
        pieces
    }

    #[test]
    fn possessive_or_word_first_bytes_drop_no_possessive() {
        // The first-byte test is exact only for nouns that are not empty.
        assert!(POSSESSIVE_NOUNS.iter().all(|n| !n.is_empty()));
        let pieces = possessive_pieces(3, true);
        let seps = ["", "", " ", " ", " ", "'", "’", "s", ","];
        let mut next = lcg(13);
        let mut found = 0;
        for _ in 0..20000 {
            let text = random_text(&mut next, &pieces, &seps, 6);
            for pos in char_starts(&text) {
                let want = possessive_or_word_unfiltered(&text, pos);
                assert_eq!(possessive_or_word(&text, pos), want, "{text:?} at {pos}");
                found += usize::from(want.is_some_and(|end| {
                    POSSESSIVE_ENDINGS.iter().any(|e| text[..end].ends_with(e))
                }));
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn possessive_then_space_filter_drops_no_possessive() {
        let pieces = possessive_pieces(4, false);
        let seps = ["", "", " ", " ", " ", "'", "’", "s", ","];
        let mut next = lcg(11);
        let mut found = 0;
        for _ in 0..20000 {
            let text = random_text(&mut next, &pieces, &seps, 6);
            for pos in char_starts(&text) {
                let want = possessive_then_space_unfiltered(&text, pos);
                assert_eq!(possessive_then_space(&text, pos), want, "{text:?} at {pos}");
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn head_item_first_bytes_drop_no_match() {
        let mut items: Vec<String> = Vec::new();
        for list in ["org_head", "org_legal"] {
            items.extend(rs_lists(list));
        }
        // Items with spaces and short ones, as their first-bytes tests see
        // them.
        items.extend(["Air Force", "A S", "AB", "Q", "Abcdefgh", "Abcdefghi"].map(String::from));
        let mut pieces: Vec<String> = items.clone();
        // Items cut short, and with a no-break space for a space.
        for i in &items {
            let cut = i
                .char_indices()
                .nth(i.chars().count() / 2)
                .map_or(0, |(k, _)| k);
            pieces.push(i[..cut].to_string());
            pieces.push(i.replace(' ', "\u{a0}"));
        }
        let seps = ["", " ", "\u{a0}", "x", "."];
        let mut next = lcg(5);
        let mut found = 0;
        let heads: Vec<HeadItem> = items.iter().map(|i| HeadItem::new(i)).collect();
        for _ in 0..1000 {
            let text = random_text(&mut next, &pieces, &seps, 3);
            let b = text.as_bytes();
            for pos in 0..=b.len() {
                let next8 = load8(b, pos);
                for (item, head) in items.iter().zip(&heads) {
                    let want = item_at(b, pos, item);
                    assert_eq!(
                        head.at(b, pos, next8),
                        want,
                        "{item:?} in {text:?} at {pos}"
                    );
                    found += usize::from(want.is_some());
                }
            }
        }
        assert!(found > 500, "{found}");
    }

    #[test]
    fn said_before_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "person-said-before");
        let Some(HandMatcher::NameBeforeVerb(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        let mut pieces: Vec<String> = [
            "Jane",
            "Roe",
            "F.",
            "F",
            "J.R.",
            "Xi'an",
            "al-Majali",
            "el-",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "Abc-d",
            "Ab-cd9",
            "X1",
            "9",
            "U.S.",
            "x",
            "saidx",
            "said_",
            "Said",
            "the",
            "and",
            "Dr.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        pieces.extend(rs_lists("speech_verb"));
        // Names more often than the rest.
        for _ in 0..3 {
            pieces.extend(["Ann", "Lee", "Bo", "Kim"].map(String::from));
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", "  ", ",", ", ", ".", "'", "-", "\n", "",
        ];
        let draw = RandomTexts {
            seed: 9,
            texts: 30000,
            max_pieces: 10,
            starts_per_text: 3,
        };
        let matches = draw.entity_matches_agree(rule, &pieces, &seps, |text, from| {
            matcher.find_at(text, from)
        });
        assert!(matches > 1500, "{matches}");
    }

    #[test]
    fn start_matchers_find_what_their_regexes_find() {
        let rs = bundled_rule_set();
        let ids = [
            "person-title",
            "person-role-before",
            "person-said-after",
            "org-head-of",
        ];
        let mut pieces: Vec<String> = [
            "Jane",
            "Roe",
            "F.",
            "F",
            "J.R.",
            "Xi'an",
            "al-Majali",
            "el-",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "Abc-d",
            "Ab-cd9",
            "X1",
            "9",
            "U.S.",
            "x",
            "the",
            "and",
            "de",
            "van",
            "der",
            "della",
            "del",
            "bin",
            "de la",
            "Van",
            "_",
            "exPresident",
            "saidx",
            "Dr.x",
            "of",
            "for",
            "on",
            "of the",
            "for the",
            "Air\u{a0}Force",
            "Institutions",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for list in ["title", "role_before_name", "speech_cue", "name_particle"] {
            pieces.extend(rs_lists(list));
        }
        pieces.extend(rs_lists("title").iter().map(|t| t.replace(' ', "\u{a0}")));
        // Names more often than the rest.
        for _ in 0..4 {
            pieces.extend(["Ann", "Lee", "Bo", "Kim", "K."].map(String::from));
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", "  ", ",", ", ", ".", "'", "-", "\n", "",
        ];
        for (id, list) in
            ids.into_iter()
                .zip(["title", "role_before_name", "speech_cue", "org_head"])
        {
            let rule = rs.patterns.iter().find(|r| r.id == id).unwrap();
            // The rule's own words more often.
            let mut pieces = pieces.clone();
            for _ in 0..3 {
                pieces.extend(rs_lists(list));
            }
            if list == "org_head" {
                // Of-phrases more often.
                for _ in 0..6 {
                    pieces.extend(["of", "of the", "for", "on", "and"].map(String::from));
                }
            }
            let matcher = rule.start_matcher.as_ref().expect("matched by hand");
            let mut next = lcg(13);
            let mut matches = 0;
            let mut caps = rule.regex().create_captures();
            for _ in 0..20000 {
                let text = random_text(&mut next, &pieces, &seps, 10);
                // Where its anchor words may start, and anywhere else.
                let starts = char_starts(&text);
                for &at in &starts {
                    let input = Input::new(&text).range(at..).anchored(Anchored::Yes);
                    rule.regex().search_captures(&input, &mut caps);
                    let want = caps.get_match().map(|m| {
                        let entity = caps.get_group_by_name("entity").unwrap_or(m.span());
                        (m.end(), entity.start, entity.end)
                    });
                    assert_eq!(matcher.match_at(&text, at), want, "{id}: {text:?} at {at}");
                    matches += usize::from(want.is_some());
                }
            }
            // An of-phrase right after a head is rarer in these texts.
            let min = if list == "org_head" { 200 } else { 800 };
            assert!(matches > min, "{id}: {matches}");
        }
        // Other rules have none.
        assert_eq!(
            rs.patterns
                .iter()
                .filter(|r| r.start_matcher.is_some())
                .count(),
            4
        );
    }

    #[test]
    fn name_from_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "person-from");
        let Some(HandMatcher::NameFrom(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        let mut pieces: Vec<String> = [
            "Jane",
            "Roe",
            "F.",
            "F",
            "J.R.",
            "Xi'an",
            "al-Majali",
            "el-",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "Abc-d",
            "Ab-cd9",
            "X1",
            "9",
            "U.S.",
            "x",
            "the",
            "The",
            "and",
            "&",
            "de",
            "del",
            "di",
            "du",
            "on",
            "for",
            "often",
            "fromage",
            "People's",
            "Peoples'",
            "Children’s",
            "Women",
            "Men'",
            "Workers’",
            "Mothers's",
            "Soldiers",
            "Martyr's",
            "Hospital",
            "University",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Names and connectors more often than the rest.
        for _ in 0..8 {
            pieces.extend(["Ann", "Lee", "Bo", "Kim", "K.", "Sea"].map(String::from));
        }
        for _ in 0..4 {
            pieces.extend(["from", "of", "of the"].map(String::from));
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", ",", ", ", ".", "'", "-", "\n",
            "",
        ];
        let mut next = lcg(17);
        let mut matches = 0;
        let mut caps = rule.regex().create_captures();
        for _ in 0..60000 {
            let text = random_text(&mut next, &pieces, &seps, 16);
            let starts = char_starts(&text);
            for _ in 0..4 {
                let from = starts[next() % starts.len()];
                rule.regex()
                    .search_captures(&Input::new(&text).range(from..), &mut caps);
                let want = caps.get_match().map(|m| {
                    let entity = caps.get_group_by_name("entity").unwrap();
                    let object = caps.get_group_by_name("object").unwrap();
                    assert_eq!(entity.start, m.start());
                    (
                        m.start(),
                        m.end(),
                        entity.end,
                        Some((object.start, object.end)),
                    )
                });
                assert_eq!(matcher.find_at(&text, from), want, "{text:?} from {from}");
                matches += usize::from(want.is_some());
            }
        }
        assert!(matches > 2000, "{matches}");
    }

    #[test]
    fn place_in_country_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "place-in-country");
        let Some(HandMatcher::PlaceInCountry(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        let mut pieces: Vec<String> = [
            "Jane",
            "Roe",
            "F.",
            "Xi'an",
            "al-Majali",
            "el-",
            "al-x",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "Abc-d",
            "Ab-cd9",
            "X1",
            "9",
            "U.S.",
            "x",
            "_",
            "the",
            "In",
            "At",
            "within",
            "often",
            "inn",
            "fromage",
            "nearly",
            "Italy",
            "South Korea",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Places and leading words more often than the rest.
        for _ in 0..6 {
            pieces.extend(["Naples", "Lee", "Bo", "New York", "Kim"].map(String::from));
        }
        for _ in 0..4 {
            pieces.extend(["in", "at", "from", "near", "of"].map(String::from));
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", ", ", ", ", ", ", ",", "  ", ".", "'", "-", "_",
            "\n", "",
        ];
        let mut next = lcg(23);
        let mut matches = 0;
        let mut caps = rule.regex().create_captures();
        for _ in 0..60000 {
            let text = random_text(&mut next, &pieces, &seps, 12);
            let starts = char_starts(&text);
            for _ in 0..4 {
                let from = starts[next() % starts.len()];
                rule.regex()
                    .search_captures(&Input::new(&text).range(from..), &mut caps);
                let want = caps.get_match().map(|m| {
                    let entity = caps.get_group_by_name("entity").unwrap();
                    let object = caps.get_group_by_name("object").unwrap();
                    (
                        m.start(),
                        m.end(),
                        (entity.start, entity.end),
                        (object.start, object.end),
                    )
                });
                assert_eq!(matcher.find_at(&text, from), want, "{text:?} from {from}");
                matches += usize::from(want.is_some());
            }
        }
        assert!(matches > 2000, "{matches}");
    }

    #[test]
    fn acronym_definition_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "org-acronym-definition");
        let Some(HandMatcher::AcronymDefinition(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        let mut pieces: Vec<String> = [
            "F.",
            "F",
            "Xi'an",
            "al-Majali",
            "el-",
            "al-x",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "Abc-d",
            "Ab-cd9",
            "X1",
            "9",
            "U.S.",
            "x",
            "the",
            "The",
            "and",
            "&",
            "de",
            "del",
            "di",
            "du",
            "on",
            "for",
            "often",
            "People's",
            "Peoples'",
            "Children’s",
            "Women",
            "Men'",
            "Workers’",
            "Mothers's",
            "Soldiers",
            "Martyr's",
            "(",
            ")",
            "(A)",
            "(AB",
            "(ABC)",
            "(AB12)",
            "(A1)",
            "(Ab)",
            "(WHO))",
            "((UN)",
            "(ABC1D)",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Phrase words and acronyms more often than the rest.
        for _ in 0..8 {
            pieces.extend(["Ann", "Council", "Bo", "Sea", "of", "Relations"].map(String::from));
        }
        for _ in 0..6 {
            pieces.extend(["(CFR)", "(UN)", "(G20)"].map(String::from));
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", ",", ", ", ".", "'", "-", "\n",
            "",
        ];
        let draw = RandomTexts {
            seed: 23,
            texts: 60000,
            max_pieces: 16,
            starts_per_text: 4,
        };
        let matches = draw.entity_matches_agree(rule, &pieces, &seps, |text, from| {
            matcher.find_at(text, from)
        });
        assert!(matches > 2000, "{matches}");
    }

    #[test]
    fn bare_role_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "person-apposition-bare-role");
        let Some(HandMatcher::BareRole(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        let mut pieces: Vec<String> = [
            "F.",
            "F",
            "J.R.",
            "Xi'an",
            "al-Majali",
            "el-",
            "McDonald",
            "eBay",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "Ab-cd9",
            "X1",
            "9",
            "U.S.",
            "x",
            "the",
            "The",
            "a",
            "an",
            "An",
            "WHO's",
            "WHO’s",
            "CEO's",
            "Ab's's",
            "co-",
            "vice",
            "vice president",
            "president-elect",
            "chief executive",
            "founder and CEO",
            "editor-in-chief",
            "heads",
            "head_",
            "chair2",
            "deputy",
            "former",
            "senior",
            "general manager",
            "lead",
            ",",
            ", ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Names, commas, articles and roles more often than the rest.
        for _ in 0..8 {
            pieces.extend(["Ann", "Lee", "Bo", "Kim", "K."].map(String::from));
        }
        for _ in 0..4 {
            pieces.extend(
                [
                    "Ann Lee, the",
                    "Bo K. Kim, a",
                    "Lee Bo, an",
                    "Kim Lee, WHO's",
                    "director",
                    "spokeswoman",
                    "CEO",
                    "head",
                ]
                .map(String::from),
            );
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", ",", ", ", ".", "'", "-", "\n",
            "",
        ];
        let draw = RandomTexts {
            seed: 29,
            texts: 60000,
            max_pieces: 16,
            starts_per_text: 4,
        };
        let matches = draw.entity_matches_agree(rule, &pieces, &seps, |text, from| {
            matcher.find_at(text, from)
        });
        assert!(matches > 2000, "{matches}");
    }

    #[test]
    fn apposition_role_matcher_finds_what_its_regex_finds() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "person-apposition-role");
        let Some(HandMatcher::AppositionRole(matcher)) = &rule.matcher else {
            panic!("the bundled rule is matched by hand");
        };
        let mut pieces: Vec<String> = [
            "F.",
            "F",
            "Xi'an",
            "al-Majali",
            "el-",
            "McDonald",
            "O'Neill",
            "O’Neill-Smith",
            "Gérald",
            "Ñu",
            "ābc",
            "×",
            "Abc-de",
            "X1",
            "9",
            "U.S.",
            "x",
            "the",
            "The",
            "a",
            "an",
            "who is",
            "who is the",
            "who is a",
            "CEO",
            "co-",
            "vice",
            "vice president",
            "chief executive",
            "founder and CEO",
            "head of research",
            "editor-in-chief",
            "heads",
            "deputy",
            "former",
            "senior",
            "lead",
            "chief",
            "medicine",
            "health-care",
            "and",
            "of",
            "for",
            "at",
            "with",
            "in",
            "on",
            "People's",
            "Workers’",
            "&",
            "de",
            ",",
            ", ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Names, commas, roles and objects more often than the rest.
        for _ in 0..8 {
            pieces.extend(["Ann", "Lee", "Bo", "K.", "University", "Sea"].map(String::from));
        }
        for _ in 0..4 {
            pieces.extend(
                [
                    "Ann Lee, the",
                    "Bo K. Kim, a",
                    "Lee Bo,",
                    "Lee Bo, who is",
                    "director",
                    "dean",
                    "head",
                    "of medicine",
                    "at",
                    "of the",
                    "for",
                    "Ann Lee, the director at",
                    "Lee Bo, dean of medicine and surgery at the",
                    "Bo K. Kim, a head of research in",
                    "Ann Bo, who is the deputy chief executive for",
                    "Kim Lee, head of of",
                ]
                .map(String::from),
            );
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", ",", ", ", ".", "'",
            "-", "\n", "",
        ];
        let mut next = lcg(31);
        let mut matches = 0;
        let mut caps = rule.regex().create_captures();
        for _ in 0..80000 {
            let text = random_text(&mut next, &pieces, &seps, 18);
            let starts = char_starts(&text);
            for _ in 0..4 {
                let from = starts[next() % starts.len()];
                rule.regex()
                    .search_captures(&Input::new(&text).range(from..), &mut caps);
                let want = caps.get_match().map(|m| {
                    let entity = caps.get_group_by_name("entity").unwrap();
                    let role = caps.get_group_by_name("role").unwrap();
                    let object = caps.get_group_by_name("object").unwrap();
                    assert_eq!(entity.start, m.start());
                    (
                        m.start(),
                        m.end(),
                        entity.end,
                        (role.start, role.end),
                        (object.start, object.end),
                    )
                });
                assert_eq!(matcher.find_at(&text, from), want, "{text:?} from {from}");
                matches += usize::from(want.is_some());
            }
        }
        assert!(matches > 2000, "{matches}");
    }

    /// The items of a bundled list.
    fn rs_lists(name: &str) -> Vec<String> {
        let file: RuleFile = toml::from_str(super::super::BUNDLED_ENTITY_RULES).unwrap();
        file.lists[name].clone()
    }

    #[test]
    fn reach_window_matches_a_byte_by_byte_count() {
        // The plain definition: walk out space by space.
        fn slow(
            b: &[u8],
            line: (usize, usize),
            s: usize,
            e: usize,
            bf: usize,
            af: usize,
        ) -> (usize, usize) {
            let mut from = s;
            for _ in 0..=bf {
                match b[line.0..from].iter().rposition(|&c| c == b' ') {
                    Some(i) => from = line.0 + i,
                    None => {
                        from = line.0;
                        break;
                    }
                }
            }
            if from < s && b[from] == b' ' {
                from += 1;
            }
            let mut to = e;
            for k in 0..=af {
                let skip = usize::from(k > 0);
                match b[(to + skip).min(line.1)..line.1]
                    .iter()
                    .position(|&c| c == b' ')
                {
                    Some(i) => to = (to + skip).min(line.1) + i,
                    None => {
                        to = line.1;
                        break;
                    }
                }
            }
            (from.min(s), to.max(e))
        }
        let mut next = lcg(7);
        for _ in 0..20000 {
            let len = 1 + next() % 200;
            let b: Vec<u8> = (0..len)
                .map(|_| {
                    if next().is_multiple_of(3) {
                        b' '
                    } else {
                        b'a' + (next() % 3) as u8
                    }
                })
                .collect();
            let l0 = next() % len;
            let l1 = l0 + 1 + next() % (len - l0);
            let s = l0 + next() % (l1 - l0);
            let e = s + 1 + next() % (l1 - s);
            let (bf, af) = (next() % 12, next() % 12);
            assert_eq!(
                reach_window(&b, (l0, l1), s, e, bf, af),
                slow(&b, (l0, l1), s, e, bf, af),
                "{:?} {l0} {l1} {s} {e} {bf} {af}",
                String::from_utf8_lossy(&b)
            );
        }
    }

    #[test]
    fn reach_window_by_looked_up_spaces_matches_the_count() {
        let mut next = lcg(11);
        for _ in 0..20000 {
            // Several 64-byte blocks of the space bit mask, and lines long
            // and short.
            let len = 1 + next() % 300;
            let newlines = 1 + next() % 200;
            let b: Vec<u8> = (0..len)
                .map(|_| match next() % (3 * newlines) {
                    0 => b'\n',
                    k if k < newlines => b' ',
                    _ => b'a',
                })
                .collect();
            let start = next() % len;
            let end = start + 1 + next() % (len - start).min(12);
            if b[start..end].contains(&b'\n') {
                continue;
            }
            let text = std::str::from_utf8(&b).unwrap();
            let line = line_around(text, start);
            let hit = AnchorHit {
                start,
                end,
                anchor: 0,
                line,
            };
            let found = FoundAnchors {
                hits: Vec::new(),
                spaces: space_bits(&b),
            };
            let (bf, af) = (next() % 40, next() % 40);
            assert_eq!(
                found.reach_window(&b, &hit, bf, af),
                reach_window(&b, line, start, end, bf, af),
                "{text:?} {start} {end} {bf} {af}"
            );
        }
    }

    #[test]
    fn anchor_words_are_found_as_by_an_overlapping_search() {
        let words = [
            "Vice President",
            "President",
            "President-elect",
            "Co.",
            "Co",
            "(",
            "Universität",
            "S.A.",
            "said",
            "according to",
            "Inc",
        ];
        let anchors = AnchorWords::new(&words).unwrap();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(words)
            .unwrap();
        let text = "Vice President-elect Ann said (Co. and Co) xsaid saidx, Universität S.A. \
                    according to President Inc.\nVice Presidents (S.A.) Co";
        let b = text.as_bytes();
        let want = word_bounded_matches(&ac, text);
        let found = anchors.find(text);
        let got = sorted_hits(&found);
        assert_eq!(got, want);
        assert!(got.len() > 10);
        assert_eq!(found.spaces, space_bits(b));
    }

    /// The overlapping matches of `ac` in `text` that neither start nor end
    /// inside a word, as sorted (start, end, pattern).
    fn word_bounded_matches(
        ac: &aho_corasick::AhoCorasick,
        text: &str,
    ) -> Vec<(usize, usize, usize)> {
        let b = text.as_bytes();
        let mut matches: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(text)
            .filter(|m| {
                let (s, e) = (m.start(), m.end());
                (s == 0 || !b[s].is_ascii_alphanumeric() || !b[s - 1].is_ascii_alphanumeric())
                    && (e == b.len()
                        || !b[e - 1].is_ascii_alphanumeric()
                        || !b[e].is_ascii_alphanumeric())
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        matches.sort();
        matches
    }

    /// The anchor hits found, as sorted (start, end, anchor).
    fn sorted_hits(found: &FoundAnchors) -> Vec<(usize, usize, usize)> {
        let mut hits: Vec<(usize, usize, usize)> = found
            .hits
            .iter()
            .map(|h| (h.start, h.end, h.anchor))
            .collect();
        hits.sort();
        hits
    }

    /// The space bit mask of `b`, bit by bit.
    fn space_bits(b: &[u8]) -> Vec<u64> {
        let mut bits = vec![0u64; b.len().div_ceil(64)];
        for (i, _) in b.iter().enumerate().filter(|&(_, &c)| c == b' ') {
            bits[i / 64] |= 1 << (i % 64);
        }
        bits
    }

    #[test]
    fn anchor_words_in_random_text_are_found_as_by_an_overlapping_search() {
        let words = [
            "Vice President",
            "President",
            "Co.",
            "Co",
            "(",
            "Universität",
            "S.A.",
            "said",
            "A/S",
            "9",
            // Leading runs with the same filter bit (first byte, last
            // byte, length): looked up among each other.
            "cat",
            "cut",
            "cot is",
            // Runs of seven, eight and nine bytes (nine: compared byte by
            // byte), and words that go on after their leading run.
            "Ministe",
            "Minister",
            "Ministers",
            "Minister-General",
            "Ministers of",
        ];
        let anchors = AnchorWords::new(&words).unwrap();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(words)
            .unwrap();
        let pieces = [
            "Vice",
            "President",
            "Co",
            "said",
            "Universität",
            "S",
            "A",
            "9",
            "x",
            "é",
            " ",
            " ",
            " ",
            ".",
            "(",
            "/",
            "-",
            "\n",
            "Presidents",
            "cat",
            "cut",
            "cot",
            "cit",
            "is",
            "c",
            "Minister",
            "Ministers",
            "Ministe",
            "r",
            "s",
            "of",
            "General",
        ];
        let mut next = lcg(5);
        // One set of buffers for every text, as `find_rules` keeps them:
        // what an earlier text left in them must not show.
        let mut reused = FoundAnchors::default();
        for _ in 0..3000 {
            let n = next() % 120;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            let b = text.as_bytes();
            let want = word_bounded_matches(&ac, &text);
            let found = anchors.find(&text);
            let got = sorted_hits(&found);
            assert_eq!(got, want, "{text:?}");
            assert_eq!(found.spaces, space_bits(b), "{text:?}");
            anchors.find_into(&text, &mut reused);
            assert_eq!(sorted_hits(&reused), want, "{text:?}");
            assert_eq!(reused.spaces, found.spaces, "{text:?}");
            for h in &found.hits {
                assert_eq!(h.line, line_around(&text, h.start));
            }
        }
    }

    #[test]
    fn reach_window_counts_spaces_within_the_line() {
        let line = "aa bb cc ANCHOR dd ee ff";
        let (s, e) = (9, 15);
        let w = |b, a| {
            let (x, y) = reach_window(line.as_bytes(), (0, line.len()), s, e, b, a);
            &line[x..y]
        };
        assert_eq!(w(0, 0), "ANCHOR");
        assert_eq!(w(1, 1), "cc ANCHOR dd");
        assert_eq!(w(2, 0), "bb cc ANCHOR");
        assert_eq!(w(9, 9), line);
        let text = format!("{}\n{}", "a".repeat(200), "b".repeat(200));
        let mut v = vec![
            (150, 160),
            (0, 3),
            (2, 4),
            (100, 120),
            (205, 215),
            (300, 310),
        ];
        merge_windows(text.as_bytes(), &mut v);
        // Overlapping and near windows join; a far one and one beyond a line
        // break stay apart.
        assert_eq!(v, vec![(0, 4), (100, 160), (205, 215), (300, 310)]);
    }

    #[test]
    fn object_lead_ins_let_every_object_start_through() {
        let rs = bundled_rule_set();
        let lead_in = |id: &str| bundled_rule(&rs, id).object_lead_in.as_ref();
        for id in [
            "person-title-of-owner",
            "person-role-before-from",
            "person-from",
            "place-in-country",
        ] {
            assert!(lead_in(id).is_some(), "{id} has a lead-in check");
        }
        assert!(lead_in("person-title").is_none());
        // Names no object can hold, and names it may.
        let owner = lead_in("person-title-of-owner").unwrap();
        let from = lead_in("person-from").unwrap();
        let place = lead_in("place-in-country").unwrap();
        let holds = |l: &ObjectLeadIn, text: &str, name: &str| {
            l.may_hold(text.as_bytes(), 0, text.find(name).unwrap())
        };
        assert!(!holds(owner, "talks in Chad ended", "Chad"));
        assert!(!holds(owner, "said the Chad", "Chad"));
        assert!(holds(owner, "Minister of the Republic of Chad", "Chad"));
        assert!(holds(owner, "Minister of the Republic of Chad", "Republic"));
        assert!(holds(owner, "Minister of Upper Volta", "Volta"));
        assert!(!holds(from, "said the WHO", "WHO"));
        assert!(holds(from, "Roe from the Red Cross", "Red"));
        assert!(holds(
            from,
            "Roe of the Bank of Chad and the Red Cross",
            "Red"
        ));
        assert!(!holds(place, "in Naples Italy", "Italy"));
        assert!(holds(place, "in Naples, Italy", "Italy"));
        // Every word start inside every object the regexes find lets its
        // name through.
        let pieces: Vec<&str> = vec![
            "Jane",
            "Roe",
            "F.",
            "Xi'an",
            "al-Majali",
            "el-Sisi",
            "Gérald",
            "Ñu",
            "O'Neill",
            "People's",
            "Workers'",
            "U.S.",
            "x",
            "9",
            "the",
            "The",
            "of",
            "from",
            "and",
            "for",
            "on",
            "de",
            "&",
            "said",
            "in",
            "Minister",
            "Foreign Minister",
            "spokesman",
            "analyst",
            "Chad",
            "Red Cross",
            "Republic",
            "Affairs",
        ];
        let mut pieces: Vec<String> = pieces.into_iter().map(String::from).collect();
        // The words of objects and their lead-ins more often than the rest.
        for _ in 0..4 {
            pieces.extend(["of", "the", "from", "Chad", "Bank", "Minister"].map(String::from));
        }
        let seps = [
            " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", ", ", ",", "  ", ".", "-",
            "\n", "'",
        ];
        let mut next = lcg(41);
        // Each rule's texts start, half of them, with the start of a match.
        for (id, opening) in [
            ("person-title-of-owner", "Minister of Foreign Affairs of "),
            ("person-role-before-from", "spokesman Jane Roe from "),
            ("person-from", "Jane Roe of "),
            ("place-in-country", "in Naples, "),
        ] {
            let rule = bundled_rule(&rs, id);
            let lead_in = rule.object_lead_in.as_ref().unwrap();
            let mut objects = 0;
            for n in 0..20000 {
                let text = random_text(&mut next, &pieces, &seps, 14);
                let text = if n % 2 == 0 {
                    opening.to_string() + &text
                } else {
                    text
                };
                let b = text.as_bytes();
                for caps in rule.regex().captures_iter(&text) {
                    let Some(object) = caps.get_group_by_name("object") else {
                        continue;
                    };
                    objects += 1;
                    let (line_start, _) = line_around(&text, object.start);
                    for at in object.start..object.end {
                        if at == object.start || b[at - 1] == b' ' {
                            assert!(
                                lead_in.may_hold(b, line_start, at),
                                "{id}: {text:?} at {at}"
                            );
                        }
                    }
                }
            }
            assert!(objects > 30, "{id}: {objects} objects");
        }
    }

    #[test]
    fn anchor_then_words_are_read_only_where_every_match_holds_them() {
        let rs = bundled_rule_set();
        let rule = bundled_rule(&rs, "org-portfolio-list");
        let then = rule.anchor_then.as_ref().expect("read off the pattern");
        assert_eq!(then.words, ["of", "for", "on"]);
        let b = b"the Ministry of Food, the Ministry said, Ministry for";
        assert!(then.follows(b, 12));
        assert!(!then.follows(b, 34));
        assert!(!then.follows(b, b.len()));
        let lists: BTreeMap<String, Vec<String>> = [
            ("h".to_string(), vec!["Ministry".to_string()]),
            ("s".to_string(), vec!["Red Cross".to_string()]),
        ]
        .into_iter()
        .collect();
        let read = |pattern: &str, list: &str| {
            AnchorThen::for_pattern(pattern, &[list.to_string()], &lists).map(|t| t.words)
        };
        assert_eq!(
            read("(?:{Word} ){0,3}{h} (?:of|for) {Word}", "h"),
            Some(vec!["of".to_string(), "for".to_string()])
        );
        // Optional, in an alternation, twice, an item with a space, no
        // plain words, other flags: not read.
        assert_eq!(read("(?:{h} (?:of) )?{Word}", "h"), None);
        assert_eq!(read("{h} (?:of) {Word}|{Word} Bank", "h"), None);
        assert_eq!(read("{h} (?:of) {h}", "h"), None);
        assert_eq!(read("{s} (?:of) {Word}", "s"), None);
        assert_eq!(read("{h} (?:of|[a-z]+) {Word}", "h"), None);
        assert_eq!(read("(?i){h} (?:of) {Word}", "h"), None);
        assert_eq!(
            read("[(]{h} (?:of) {Word}", "h"),
            Some(vec!["of".to_string()])
        );
        // Rules tried at their anchors' starts are not read.
        assert!(bundled_rule(&rs, "org-head-of").anchor_then.is_none());
    }

    #[test]
    fn required_literals_are_read_only_where_every_match_holds_them() {
        let lit = |p: &str| required_literal(p);
        assert_eq!(
            lit("(?P<e>(?:A|B)), (?:the |a )[0-9]{1,3}-year-old (?:x|y)(?-u:\\b)").as_deref(),
            Some("-year-old ")
        );
        // A quantifier takes the character before it out of the run.
        assert_eq!(lit("(?:x),? and (?:y)").as_deref(), Some(" and "));
        assert_eq!(lit("abcd?").as_deref(), Some("abc"));
        assert_eq!(lit("(?:x)abcd{1,2}").as_deref(), Some("abc"));
        assert_eq!(lit("(?:x){0,5}(?:y) ab").as_deref(), Some(" ab"));
        // Alternation outside groups, classes, escapes and flags.
        assert_eq!(lit("(?:x) and the |y"), None);
        assert_eq!(lit("[^\\w ]ab[ \\x{C0}]cd"), None);
        assert_eq!(lit("\\x{C0}ab\\b{end-half}cd"), None);
        assert_eq!(lit("x\\.(?:y) of the (?:z)").as_deref(), Some(" of the "));
        assert_eq!(lit("(?i)abcdef"), None);
        let rs = bundled_rule_set();
        let read: Vec<(&str, String)> = rs
            .patterns
            .iter()
            .filter_map(|r| Some((r.id.as_str(), required_literal(&r.expanded)?)))
            .collect();
        assert!(read.contains(&("person-apposition-age-role", "-year-old ".to_string())));
        eprintln!("{read:?}");
        // Every match of every bundled rule holds its text, in random text.
        let pieces: Vec<String> = [
            "Ann Roe",
            "Jo Li",
            "Maarten de Jong",
            "the",
            "a",
            "an",
            "of",
            "and",
            "from",
            "45-year-old",
            "a 45-year-old",
            "year-old",
            "director",
            "chief executive",
            "Ministry",
            "Health",
            "Bay Hospital",
            "said",
            "Red Cross",
            "City",
            "United",
            "Parliament",
            "charity",
            "foundation",
            "provinces",
            "districts",
            "town of",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let seps = [" ", " ", ", ", ",", ". ", " and "];
        let mut next = lcg(41);
        let mut held = 0;
        for _ in 0..3000 {
            let text = random_text(&mut next, &pieces, &seps, 14);
            for rule in &rs.patterns {
                let Some(lit) = required_literal(&rule.expanded) else {
                    continue;
                };
                for m in rule.regex().find_iter(&text) {
                    assert!(
                        text[m.range()].contains(&lit),
                        "{}: {:?} in {text:?}",
                        rule.id,
                        &text[m.range()]
                    );
                    held += 1;
                }
            }
        }
        assert!(held > 100, "{held} matches");
    }

    #[test]
    fn comma_before_skips_only_anchor_words_no_match_holds() {
        // Every bundled rule that says where its comma stands finds the
        // same with the check as without it, on random appositions.
        let bundled = super::super::BUNDLED_ENTITY_RULES;
        let rs = bundled_rule_set();
        let unchecked = RuleSet::from_sources(&[(
            "unchecked".to_string(),
            bundled
                .lines()
                .filter(|l| !l.starts_with("comma_before") && !l.starts_with("comma_after"))
                .collect::<Vec<_>>()
                .join("\n"),
        )])
        .unwrap();
        let pieces: Vec<String> = [
            "Ann Roe",
            "Maarten de Jong",
            "Karim al-Masri",
            "Li",
            "the",
            "a",
            "an",
            "who is",
            "charity's",
            "WHO's",
            "Oxfam's",
            "16-year-old",
            "deputy",
            "senior",
            "vice",
            "chief",
            "director",
            "vice president",
            "chief executive",
            "spokesman",
            "head",
            "of the",
            "to the",
            "Ministry",
            "at",
            "Bay Hospital",
            "said",
            "and",
            "in Chad",
            // Pieces of matches, so that every rule finds some.
            "Ann Roe, the",
            "Jo Li, a",
            "director of the Bay Hospital",
            "head at Bay Hospital",
            "spokesman for the",
            "of its",
            "director,",
            "Ann Roe, the charity's",
            "Jo Li, a 45-year-old",
            "Ana de Sousa, the",
            "Jo Li, deputy",
            "head of the board",
            "director to the Ministry",
            "Bay Digital, a small charity,",
            "Jo Li, an",
            "company based",
            "foundation that",
            "charity",
            "a Dutch foundation, Bay Digital,",
            "A local group,",
            "foundation,",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let seps = [" ", " ", " ", ", ", ",", ". "];
        let (mut checked, mut after_checked) = (0, 0);
        for (idx, rule) in rs.patterns.iter().enumerate() {
            if rule.comma_after {
                assert!(!unchecked.patterns[idx].comma_after);
                after_checked += 1;
            }
            let n = match rule.comma_before {
                Some(n) => n,
                None if rule.comma_after => usize::MAX,
                None => continue,
            };
            checked += 1;
            assert!(unchecked.patterns[idx].comma_before.is_none());
            let mut next = lcg(7 + idx as u64);
            let (mut found, mut skipped) = (0, 0);
            for _ in 0..6000 {
                let text = random_text(&mut next, &pieces, &seps, 14);
                let want: Vec<_> = unchecked
                    .find_rules(&text, Some(idx))
                    .iter()
                    .map(|m| (m.whole, m.entity, m.object, m.role))
                    .collect();
                let got: Vec<_> = rs
                    .find_rules(&text, Some(idx))
                    .iter()
                    .map(|m| (m.whole, m.entity, m.object, m.role))
                    .collect();
                assert_eq!(got, want, "{}: {text:?}", rule.id);
                found += want.len();
                let b = text.as_bytes();
                skipped += [
                    "director",
                    "spokesman",
                    "head",
                    "foundation",
                    "charity",
                    "group",
                ]
                .iter()
                .filter_map(|w| text.find(w).map(|at| (at, at + w.len())))
                .filter(|&(at, end)| {
                    !comma_before(b, 0, at, n) || (rule.comma_after && b.get(end) != Some(&b','))
                })
                .count();
            }
            // The texts hold matches, and anchor words the check skips.
            assert!(found > 20, "{}: {found} matches", rule.id);
            assert!(skipped > 500, "{}: {skipped} skipped", rule.id);
        }
        assert_eq!(checked, 8);
        assert_eq!(after_checked, 1);
        assert!(comma_before(b"Ann Roe, the deputy director", 0, 20, 2));
        assert!(!comma_before(b"Ann Roe, the deputy director", 0, 20, 1));
        assert!(comma_before(b"Roe, director", 0, 5, 0));
        assert!(!comma_before(b"Roe, director", 5, 5, 0));
        assert!(!comma_before(b"said director", 0, 5, 3));
        assert!(RuleSet::from_sources(&[(
            "x".into(),
            "[[entity_pattern]]\nid = \"a\"\ntype = \"person\"\npattern = \"x\"\ncomma_before = 2\n".into()
        )])
        .unwrap_err()
        .to_string()
        .contains("`comma_before` needs `anchors`"));
    }

    #[test]
    fn anchors_no_word_follows_start_no_match() {
        // A rule read as `{list} {Word}…` finds, tried only at the anchors
        // a word may follow, what it finds tried at every anchor.
        let rs = bundled_rule_set();
        let mut unchecked = bundled_rule_set();
        let read: Vec<&str> = rs
            .patterns
            .iter()
            .filter(|r| r.word_after_anchor)
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(read, ["org-legal-prefix", "place-after-locative"]);
        let pieces: Vec<String> = [
            "in",
            "near",
            "off",
            "outside",
            "inside",
            "PT",
            "OOO",
            "Gedaref",
            "al-Bab",
            "alas",
            "Émile",
            "Łódź",
            "el",
            "the",
            "a",
            "talks",
            "Lenakel",
            "in Chad",
            "in 2020",
            "(in",
            "said",
            "OOO Gazprom",
            "in al-Bab",
            "in the",
            "in\u{a0}Goma",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let seps = [" ", " ", " ", "  ", ", ", "-", ". ", "\n", "\u{a0}", "'s "];
        for (idx, rule) in rs.patterns.iter().enumerate() {
            if !rule.word_after_anchor {
                continue;
            }
            unchecked.patterns[idx].word_after_anchor = false;
            let mut next = lcg(11 + idx as u64);
            let (mut found, mut skipped) = (0, 0);
            for _ in 0..6000 {
                let text = random_text(&mut next, &pieces, &seps, 12);
                let find = |rs: &RuleSet| -> Vec<_> {
                    rs.find_rules(&text, Some(idx))
                        .iter()
                        .map(|m| (m.whole, m.entity, m.object, m.role))
                        .collect()
                };
                let want = find(&unchecked);
                assert_eq!(find(&rs), want, "{}: {text:?}", rule.id);
                found += want.len();
                skipped += text.matches("in the").count();
            }
            assert!(found > 200, "{}: {found} matches", rule.id);
            assert!(skipped > 200 || rule.id != "place-after-locative");
        }
        let lists: BTreeMap<String, Vec<String>> = [
            ("l".to_string(), vec!["in".to_string()]),
            ("s".to_string(), vec!["city of".to_string()]),
        ]
        .into_iter()
        .collect();
        let macros = BTreeMap::new();
        let reads = |pattern: &str, list: &str| {
            word_after_anchor(pattern, &[list.to_string()], &lists, &macros)
        };
        assert!(reads("(?-u:\\b){l} (?P<entity>{Word})(?:$| [a-z])", "l"));
        assert!(reads("{l} {Word}(?: {Word}){0,4}", "l"));
        // An optional word or group, an alternation, an item with a space,
        // another macro: not read.
        assert!(!reads("{l} {Word}?", "l"));
        assert!(!reads("{l} (?P<entity>{Word})?", "l"));
        assert!(!reads("{l} (?P<entity>{Word}|x)", "l"));
        assert!(!reads("{l} {Word}|{Word} Bank", "l"));
        assert!(!reads("{s} {Word}", "s"));
        assert!(!reads("{l} {Acronym}", "l"));
        assert!(word_follows(b"in Goma", 2));
        assert!(word_follows(b"in al-Bab", 2));
        assert!(word_follows("in Émile".as_bytes(), 2));
        assert!(!word_follows(b"in alas", 2));
        assert!(!word_follows(b"in the", 2));
        assert!(!word_follows(b"in  Goma", 2));
        assert!(!word_follows(b"in", 2));
    }
}
