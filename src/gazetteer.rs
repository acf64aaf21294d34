//! Gazetteers: lists of known names, loaded from TSV and matched with one
//! aho-corasick automaton shared read-only across threads.
//!
//! Contract: [`GazetteerBuilder`] collects entries from TSV sources (bundled
//! and user files), validates them, and [`GazetteerBuilder::build`] returns an
//! immutable [`Gazetteer`]. [`Gazetteer::find`] returns whole-word,
//! leftmost-longest matches (byte spans) in text order, each pointing at the
//! entry it names and at every other entry the same words can name
//! ([`Gazetteer::candidates`]). Disambiguation by context is the entity
//! stage's job.
//!
//! The file format and the matching rules are documented in
//! `docs/gazetteers.md`. In short:
//!
//! * Whole words only, with Unicode-aware boundaries ("Oman" is not found in
//!   "Romania"); a possessive needs nothing special ("China's" → "China").
//! * Leftmost-longest: "Xi'an Jiaotong University" beats "Xi'an". When the
//!   longest alias at a position fails the word-boundary or case check, the
//!   longest shorter alias at the same position that passes is taken.
//! * Case-sensitive, except entries marked `ci=1`, whose names match in any
//!   ASCII case — but their all-uppercase aliases (acronyms) stay exact.
//! * Typographic variants (’ for ', – for -, no-break space for space) are
//!   added as extra patterns at build time, so the text is never copied.
//!
//! The automaton is built ASCII-case-insensitively over lowercased patterns,
//! and the case rule is checked on each match against the alias surfaces.

use crate::model::{EntityType, Span};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// One gazetteer entry: a named thing and the aliases it goes by.
#[derive(Clone, Debug, PartialEq)]
pub struct GazetteerEntry {
    pub name: String,
    pub kind: EntityType,
    /// Stable id (ISO alpha-2 for countries).
    pub id: String,
    pub aliases: Vec<String>,
    /// Adjectives and nouns for the people ("Chinese", "Pakistanis"): they
    /// match like aliases but are reported as [`AliasForm::Demonym`].
    pub demonyms: Vec<String>,
    /// `ci=1`: names match in any ASCII case (all-uppercase aliases excepted).
    pub case_insensitive: bool,
    /// Optional attributes: `country`, `role`, `valid_from`, `valid_to`,
    /// `feature`, `population`, `common`, … (`ci` and `demonyms` are parsed
    /// into their own fields and not repeated here).
    pub attributes: BTreeMap<String, String>,
    origin: u32,
    line: u32,
}

impl GazetteerEntry {
    /// The country this entry belongs to: its own id for a country, else the
    /// `country` attribute.
    pub fn country(&self) -> Option<&str> {
        if self.kind == EntityType::Country {
            Some(&self.id)
        } else {
            self.attributes.get("country").map(String::as_str)
        }
    }
    /// The `feature` attribute (`city`, `region`, `university`, `company`, …).
    pub fn feature(&self) -> Option<&str> {
        self.attributes.get("feature").map(String::as_str)
    }
    /// Whether the name is also an ordinary English word (`common=1`:
    /// "Mobile", "Split", "Apple"): such a match needs supporting context.
    pub fn is_common_word(&self) -> bool {
        self.attributes.get("common").is_some_and(|v| v == "1")
    }
}

/// Which of an entry's names a match used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AliasForm {
    /// The canonical name.
    Name,
    /// One of the aliases.
    Alias,
    /// A demonym / adjective ("Chinese").
    Demonym,
}

/// One entry a matched span can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Index of the entry, for [`Gazetteer::entry`].
    pub entry: u32,
    pub form: AliasForm,
}

/// A range into the gazetteer's candidate pool; read it with
/// [`Gazetteer::candidates`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CandidateRange {
    start: u32,
    end: u32,
}

impl CandidateRange {
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// One match of an alias in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazetteerMatch {
    pub span: Span,
    /// Index of the preferred entry, for [`Gazetteer::entry`]: the first of
    /// the candidates (countries before locations before organizations before
    /// persons, then load order — the bundled lists put larger places first).
    pub entry: usize,
    /// How the preferred entry was named.
    pub form: AliasForm,
    /// Every entry these words can name (the preferred one first); more than
    /// one for "Georgia" (country, US state) or "Jordan".
    pub candidates: CandidateRange,
}

fn kind_rank(kind: EntityType) -> u8 {
    match kind {
        EntityType::Country => 0,
        EntityType::Location => 1,
        EntityType::Organization => 2,
        EntityType::Person => 3,
    }
}

/// Maps typographic variants to their ASCII form; `None` for other chars.
fn typo_ascii(c: char) -> Option<char> {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => Some('\''),
        '\u{2013}' | '\u{2014}' | '\u{2010}' | '\u{2011}' => Some('-'),
        '\u{00A0}' | '\u{202F}' => Some(' '),
        _ => None,
    }
}

/// Typographic normalisation plus whitespace collapsing: the stored form of
/// every name and alias.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let c = typo_ascii(c).unwrap_or(c);
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Exact comparison up to typographic variants, without allocating.
fn eq_typo(text: &str, surface: &str) -> bool {
    if text.is_ascii() {
        return text == surface;
    }
    let mut a = text.chars().map(|c| typo_ascii(c).unwrap_or(c));
    let mut b = surface.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// The typographic spellings of a normalised alias that text may use: each
/// class of ASCII character (' and -) replaced throughout. Mixed spellings
/// within one name are rare enough to leave out. Spaces get no variants:
/// half of all aliases have one, so no-break spaces are instead replaced in
/// a copy of the (rare) texts that contain them — see [`Gazetteer::find`].
fn typo_variants(s: &str) -> Vec<String> {
    let mut out = vec![s.to_string()];
    for (ascii, alts) in [
        ('\'', &['\u{2019}', '\u{2018}'][..]),
        ('-', &['\u{2013}', '\u{2010}', '\u{2011}'][..]),
    ] {
        if !s.contains(ascii) {
            continue;
        }
        let base = out.clone();
        for alt in alts {
            for v in &base {
                out.push(v.replace(ascii, &alt.to_string()));
            }
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `text[..pos]` ends a word and `text[pos..]` may start a match.
fn left_ok(text: &str, pos: usize) -> bool {
    let before = text[..pos].chars().next_back();
    let first = text[pos..].chars().next();
    match (before, first) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    }
}

/// Whether a match may end at `pos` (no word character continues it).
fn right_ok(text: &str, pos: usize) -> bool {
    let last = text[..pos].chars().next_back();
    let after = text[pos..].chars().next();
    match (last, after) {
        (Some(l), Some(a)) => !(is_word_char(l) && is_word_char(a)),
        _ => true,
    }
}

/// The next position after `pos` where a match could start: skips the rest
/// of the word `pos` is in.
fn next_start(text: &str, pos: usize) -> usize {
    let mut prev_word = text[..pos].chars().next_back().is_some_and(is_word_char);
    let mut i = pos;
    for c in text[pos..].chars() {
        let w = is_word_char(c);
        if i > pos && !(prev_word && w) {
            return i;
        }
        prev_word = w;
        i += c.len_utf8();
    }
    text.len()
}

#[derive(Clone, Debug)]
struct Alias {
    text: String,
    form: AliasForm,
    ci: bool,
}

/// Collects and validates gazetteer entries.
#[derive(Default)]
pub struct GazetteerBuilder {
    entries: Vec<GazetteerEntry>,
    origins: Vec<String>,
    ids: HashMap<(EntityType, String), usize>,
}

const MAX_REPORTED: usize = 20;

fn bail_many(what: &str, errors: Vec<String>) -> Result<()> {
    if errors.is_empty() {
        return Ok(());
    }
    let n = errors.len();
    let mut msg = errors
        .into_iter()
        .take(MAX_REPORTED)
        .collect::<Vec<_>>()
        .join("\n");
    if n > MAX_REPORTED {
        msg.push_str(&format!("\n… and {} more", n - MAX_REPORTED));
    }
    bail!("{n} {what}:\n{msg}")
}

fn valid_date(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    let nums: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse().ok()
            }
        })
        .collect();
    match (parts.len(), nums) {
        (1, Some(n)) => parts[0].len() == 4 && n[0] > 0,
        (2, Some(n)) => parts[0].len() == 4 && (1..=12).contains(&n[1]),
        (3, Some(n)) => {
            parts[0].len() == 4
                && chrono::NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2]).is_some()
        }
        _ => false,
    }
}

fn split_list(field: &str) -> std::result::Result<Vec<String>, String> {
    let mut out = Vec::new();
    if field.trim().is_empty() {
        return Ok(out);
    }
    for item in field.split('|') {
        let a = normalize(item);
        if a.is_empty() {
            return Err("empty item in a |-separated list".to_string());
        }
        if a.chars().count() < 2 {
            return Err(format!("name {a:?} is shorter than 2 characters"));
        }
        out.push(a);
    }
    Ok(out)
}

impl GazetteerBuilder {
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the gazetteers bundled with newsfacts (compiled into the binary).
    pub fn add_bundled(&mut self) -> Result<()> {
        for (name, content) in BUNDLED {
            self.add_tsv(&format!("bundled:{name}"), content)?;
        }
        Ok(())
    }

    /// Adds a TSV file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let content = std::fs::read_to_string(path)
            .with_context(|| format!("reading gazetteer {}", path.display()))?;
        self.add_tsv(&path.display().to_string(), &content)
    }

    /// Number of entries added so far.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds TSV content; `origin` names it in error messages. Every bad row
    /// is reported (`origin:line: problem`); nothing is added if any is bad.
    pub fn add_tsv(&mut self, origin: &str, content: &str) -> Result<()> {
        let origin_idx = self.origins.len() as u32;
        self.origins.push(origin.to_string());
        let mut errors = Vec::new();
        let mut added = Vec::new();
        let mut new_ids: HashMap<(EntityType, String), usize> = HashMap::new();
        for (n, raw) in content.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            match parse_row(line) {
                Err(e) => errors.push(format!("{origin}:{line_no}: {e}")),
                Ok(mut entry) => {
                    entry.origin = origin_idx;
                    entry.line = line_no as u32;
                    let key = (entry.kind, entry.id.clone());
                    let first = self
                        .ids
                        .get(&key)
                        .map(|&i| self.location(&self.entries[i]))
                        .or_else(|| new_ids.get(&key).map(|&l| format!("{origin}:{l}")));
                    if let Some(first) = first {
                        errors.push(format!(
                            "{origin}:{line_no}: duplicate {} id {:?} (first at {first})",
                            entry.kind.as_str(),
                            entry.id
                        ));
                        continue;
                    }
                    new_ids.insert(key, line_no);
                    added.push(entry);
                }
            }
        }
        bail_many(&format!("bad gazetteer rows in {origin}"), errors)?;
        for e in added {
            self.ids.insert((e.kind, e.id.clone()), self.entries.len());
            self.entries.push(e);
        }
        Ok(())
    }

    fn location(&self, e: &GazetteerEntry) -> String {
        format!("{}:{}", self.origins[e.origin as usize], e.line)
    }

    /// Builds the automaton. Fails if two entries that context cannot tell
    /// apart share an alias: same type, same country and same `feature`
    /// (see docs/gazetteers.md).
    pub fn build(self) -> Result<Gazetteer> {
        let t_build = std::time::Instant::now();
        let GazetteerBuilder {
            entries, origins, ..
        } = self;
        // Group aliases by folded key (typography-normalised, ASCII-lowercase).
        let mut group_of: HashMap<String, u32> = HashMap::new();
        // Per group: (surface, entry, form, ci).
        let mut members: Vec<Vec<(u32, AliasForm, bool, String)>> = Vec::new();
        let mut owner: HashMap<(u32, EntityType, &str, &str), u32> = HashMap::new();
        let mut errors = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let country = e.country().unwrap_or("");
            let feature = e.feature().unwrap_or("");
            for a in entry_aliases(e) {
                let key = a.text.to_ascii_lowercase();
                let next = group_of.len() as u32;
                let g = *group_of.entry(key).or_insert(next);
                if g as usize == members.len() {
                    members.push(Vec::new());
                }
                if members[g as usize].iter().any(|m| m.0 == i as u32) {
                    continue; // the same entry lists it twice: harmless
                }
                match owner.entry((g, e.kind, country, feature)) {
                    std::collections::hash_map::Entry::Occupied(o) => {
                        let other = &entries[*o.get() as usize];
                        errors.push(format!(
                            "{}:{}: alias {:?} of {:?} conflicts with {:?} ({}:{}): same type, country and feature",
                            origins[e.origin as usize],
                            e.line,
                            a.text,
                            e.name,
                            other.name,
                            origins[other.origin as usize],
                            other.line
                        ));
                        continue;
                    }
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(i as u32);
                    }
                }
                members[g as usize].push((i as u32, a.form, a.ci, a.text));
            }
        }
        drop(owner);
        bail_many("conflicting gazetteer aliases", errors)?;

        // Candidate pool: per group, per distinct case-sensitive surface the
        // entries it names plus the case-insensitive ones; and the
        // case-insensitive ones alone (for a match in another case).
        let mut pool: Vec<Candidate> = Vec::new();
        let mut groups: Vec<Group> = Vec::with_capacity(members.len());
        let mut surfaces: Vec<Surface> = Vec::new();
        let mut arena = String::new();
        let sort = |v: &mut Vec<Candidate>| {
            v.sort_by_key(|c| (kind_rank(entries[c.entry as usize].kind), c.entry));
        };
        let mut group_text: Vec<String> = Vec::with_capacity(members.len());
        for m in &members {
            let mut ci: Vec<Candidate> = m
                .iter()
                .filter(|x| x.2)
                .map(|x| Candidate {
                    entry: x.0,
                    form: x.1,
                })
                .collect();
            sort(&mut ci);
            let surf_start = surfaces.len() as u32;
            let mut distinct: Vec<&str> = m.iter().filter(|x| !x.2).map(|x| x.3.as_str()).collect();
            distinct.sort_unstable();
            distinct.dedup();
            for s in distinct {
                let mut c: Vec<Candidate> = m
                    .iter()
                    .filter(|x| x.2 || x.3 == s)
                    .map(|x| Candidate {
                        entry: x.0,
                        form: x.1,
                    })
                    .collect();
                sort(&mut c);
                let start = pool.len() as u32;
                pool.extend(c);
                let text_start = arena.len() as u32;
                arena.push_str(s);
                surfaces.push(Surface {
                    text: (text_start, arena.len() as u32),
                    cands: CandidateRange {
                        start,
                        end: pool.len() as u32,
                    },
                });
            }
            let start = pool.len() as u32;
            pool.extend(ci);
            groups.push(Group {
                surfaces: (surf_start, surfaces.len() as u32),
                ci: CandidateRange {
                    start,
                    end: pool.len() as u32,
                },
            });
            group_text.push(m[0].3.to_ascii_lowercase());
        }
        drop(members);

        // Patterns: each group's typographic variants, lowercased.
        let mut patterns: Vec<String> = Vec::with_capacity(group_text.len());
        let mut pattern_group: Vec<u32> = Vec::with_capacity(group_text.len());
        let mut pattern_id: HashMap<String, u32> = HashMap::with_capacity(group_text.len());
        for (g, text) in group_text.iter().enumerate() {
            for v in typo_variants(text) {
                if pattern_id.contains_key(&v) {
                    continue;
                }
                pattern_id.insert(v.clone(), patterns.len() as u32);
                patterns.push(v);
                pattern_group.push(g as u32);
            }
        }
        // Sorted patterns build the trie several times faster (locality).
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| patterns[a as usize].cmp(&patterns[b as usize]));
        let patterns: Vec<String> = order
            .iter()
            .map(|&i| std::mem::take(&mut patterns[i as usize]))
            .collect();
        let pattern_group: Vec<u32> = order.iter().map(|&i| pattern_group[i as usize]).collect();
        let mut pattern_id = pattern_id;
        for (new_id, p) in patterns.iter().enumerate() {
            if let Some(id) = pattern_id.get_mut(p) {
                *id = new_id as u32;
            }
        }
        // Shorter patterns that are word-boundary prefixes of longer ones,
        // longest first: the fallback when the longest match is rejected.
        let mut prefix_offsets: Vec<u32> = Vec::with_capacity(patterns.len() + 1);
        let mut prefixes: Vec<u32> = Vec::new();
        for p in &patterns {
            prefix_offsets.push(prefixes.len() as u32);
            let start = prefixes.len();
            for (i, _) in p.char_indices().skip(1) {
                if right_ok(p, i) {
                    if let Some(&id) = pattern_id.get(&p[..i]) {
                        prefixes.push(id);
                    }
                }
            }
            prefixes[start..].reverse();
        }
        prefix_offsets.push(prefixes.len() as u32);
        drop(pattern_id);

        let t0 = std::time::Instant::now();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // A DFA would be faster still but needs gigabytes for a
            // million patterns; the contiguous NFA is compact and quick.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .context("building the gazetteer automaton")?;
        eprintln!(
            "TIMING automaton {:?} total build {:?}",
            t0.elapsed(),
            t_build.elapsed()
        );
        let pattern_len: Vec<u32> = patterns.iter().map(|p| p.len() as u32).collect();
        drop(patterns);
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.kind, e.id.clone()), i as u32))
            .collect();
        Ok(Gazetteer {
            entries,
            origins,
            automaton,
            pattern_group,
            pattern_len,
            prefix_offsets,
            prefixes,
            groups,
            surfaces,
            arena,
            pool,
            by_id,
        })
    }
}

fn entry_aliases(e: &GazetteerEntry) -> Vec<Alias> {
    // Acronyms stay exact even in a case-insensitive entry: "WHO" ≠ "who".
    let ci = |s: &str| e.case_insensitive && s.chars().any(|c| c.is_lowercase());
    let mut out = vec![Alias {
        text: e.name.clone(),
        form: AliasForm::Name,
        ci: ci(&e.name),
    }];
    for a in &e.aliases {
        out.push(Alias {
            text: a.clone(),
            form: AliasForm::Alias,
            ci: ci(a),
        });
    }
    for a in &e.demonyms {
        out.push(Alias {
            text: a.clone(),
            form: AliasForm::Demonym,
            ci: false,
        });
    }
    out
}

fn parse_row(line: &str) -> std::result::Result<GazetteerEntry, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 3 {
        return Err(format!(
            "expected at least 3 tab-separated columns (name, type, id), found {}",
            cols.len()
        ));
    }
    let name = normalize(cols[0]);
    if name.chars().count() < 2 {
        return Err(format!("name {name:?} is shorter than 2 characters"));
    }
    let kind = EntityType::parse(cols[1].trim()).ok_or_else(|| {
        format!(
            "unknown type {:?} (expected person, organization, country or location)",
            cols[1]
        )
    })?;
    let id = cols[2].trim().to_string();
    if id.is_empty() || id.contains(char::is_whitespace) {
        return Err(format!(
            "bad id {:?}: must be non-empty, without spaces",
            cols[2]
        ));
    }
    let aliases = split_list(cols.get(3).copied().unwrap_or(""))?;
    let mut attributes = BTreeMap::new();
    let mut demonyms = Vec::new();
    let mut case_insensitive = false;
    for col in cols.iter().skip(4) {
        if col.trim().is_empty() {
            continue;
        }
        let Some((k, v)) = col.split_once('=') else {
            return Err(format!("attribute {col:?} is not key=value"));
        };
        let (k, v) = (k.trim(), v.trim());
        if k.is_empty()
            || !k
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(format!("bad attribute key {k:?}: use a-z, 0-9 and _"));
        }
        match k {
            "ci" => {
                case_insensitive = match v {
                    "1" => true,
                    "0" => false,
                    _ => return Err(format!("ci={v:?}: expected 0 or 1")),
                };
                continue;
            }
            "demonyms" => {
                demonyms = split_list(v)?;
                continue;
            }
            "country" if !(v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase())) => {
                return Err(format!(
                    "country={v:?}: expected an ISO 3166-1 alpha-2 code"
                ));
            }
            "valid_from" | "valid_to" if !valid_date(v) => {
                return Err(format!("{k}={v:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"));
            }
            "population" if v.parse::<u64>().is_err() => {
                return Err(format!("population={v:?}: expected a whole number"));
            }
            "common" if v != "0" && v != "1" => {
                return Err(format!("common={v:?}: expected 0 or 1"));
            }
            _ => {}
        }
        if attributes.insert(k.to_string(), v.to_string()).is_some() {
            return Err(format!("attribute {k:?} given twice"));
        }
    }
    if let (Some(f), Some(t)) = (attributes.get("valid_from"), attributes.get("valid_to")) {
        if f > t {
            return Err(format!("valid_from {f} is after valid_to {t}"));
        }
    }
    Ok(GazetteerEntry {
        name,
        kind,
        id,
        aliases,
        demonyms,
        case_insensitive,
        attributes,
        origin: 0,
        line: 0,
    })
}

#[derive(Clone, Copy, Debug)]
struct Group {
    /// Range into `surfaces`.
    surfaces: (u32, u32),
    /// Candidates for a match in any other case.
    ci: CandidateRange,
}

#[derive(Clone, Copy, Debug)]
struct Surface {
    /// Range into `arena`.
    text: (u32, u32),
    cands: CandidateRange,
}

/// An immutable, thread-safe gazetteer.
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    origins: Vec<String>,
    automaton: AhoCorasick,
    pattern_group: Vec<u32>,
    pattern_len: Vec<u32>,
    prefix_offsets: Vec<u32>,
    prefixes: Vec<u32>,
    groups: Vec<Group>,
    surfaces: Vec<Surface>,
    arena: String,
    pool: Vec<Candidate>,
    by_id: HashMap<(EntityType, String), u32>,
}

impl Gazetteer {
    /// The bundled gazetteers, loaded and built.
    pub fn bundled() -> Result<Gazetteer> {
        let mut b = GazetteerBuilder::new();
        b.add_bundled()?;
        b.build()
    }

    pub fn entry(&self, i: usize) -> &GazetteerEntry {
        &self.entries[i]
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Number of automaton patterns (aliases and their typographic variants).
    pub fn pattern_count(&self) -> usize {
        self.pattern_group.len()
    }
    /// Heap bytes used by the automaton.
    pub fn automaton_memory(&self) -> usize {
        self.automaton.memory_usage()
    }
    /// "file:line" where entry `i` was defined.
    pub fn entry_origin(&self, i: usize) -> String {
        let e = &self.entries[i];
        format!("{}:{}", self.origins[e.origin as usize], e.line)
    }
    /// The entry of this type with this id (`(Country, "CN")`).
    pub fn by_id(&self, kind: EntityType, id: &str) -> Option<usize> {
        self.by_id.get(&(kind, id.to_string())).map(|&i| i as usize)
    }
    /// Every entry a match can name, the preferred one first.
    pub fn candidates(&self, m: &GazetteerMatch) -> &[Candidate] {
        &self.pool[m.candidates.start as usize..m.candidates.end as usize]
    }
    /// The entries a whole name (e.g. "Italy" in "Naples, Italy") can name,
    /// by the same rules as [`Gazetteer::find`]; empty if it is not a known
    /// name.
    pub fn lookup(&self, name: &str) -> &[Candidate] {
        let name = name.trim();
        match self.find(name).first() {
            Some(m) if m.span.start == 0 && m.span.end == name.len() => self.candidates(m),
            _ => &[],
        }
    }

    /// The candidates for pattern `pid` matching `matched`, if the case rule
    /// lets it.
    fn check_case(&self, pid: usize, matched: &str) -> Option<CandidateRange> {
        let g = self.groups[self.pattern_group[pid] as usize];
        for s in &self.surfaces[g.surfaces.0 as usize..g.surfaces.1 as usize] {
            let text = &self.arena[s.text.0 as usize..s.text.1 as usize];
            if eq_typo(matched, text) {
                return Some(s.cands);
            }
        }
        (!g.ci.is_empty()).then_some(g.ci)
    }

    /// Whole-word, leftmost-longest matches in text order.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        if !text.contains(['\u{a0}', '\u{202f}']) {
            return self.find_normalized(text);
        }
        // No-break spaces: match in a copy where they are plain spaces, then
        // map the spans back (each replacement shortens the copy).
        let mut copy = String::with_capacity(text.len());
        // (position in the copy just after a replacement, bytes saved so far)
        let mut shifts: Vec<(usize, usize)> = Vec::new();
        let mut saved = 0;
        for c in text.chars() {
            if c == '\u{a0}' || c == '\u{202f}' {
                copy.push(' ');
                saved += c.len_utf8() - 1;
                shifts.push((copy.len(), saved));
            } else {
                copy.push(c);
            }
        }
        let to_original = |pos: usize| {
            let i = shifts.partition_point(|&(p, _)| p <= pos);
            pos + if i == 0 { 0 } else { shifts[i - 1].1 }
        };
        let mut out = self.find_normalized(&copy);
        for m in &mut out {
            m.span = Span::new(to_original(m.span.start), to_original(m.span.end));
        }
        out
    }

    fn find_normalized(&self, text: &str) -> Vec<GazetteerMatch> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.automaton.find(Input::new(text).span(pos..text.len())) else {
                break;
            };
            let start = m.start();
            if !left_ok(text, start) {
                pos = next_start(text, start);
                continue;
            }
            let pid = m.pattern().as_usize();
            let (a, b) = (
                self.prefix_offsets[pid] as usize,
                self.prefix_offsets[pid + 1] as usize,
            );
            let tried = std::iter::once(pid).chain(self.prefixes[a..b].iter().map(|&p| p as usize));
            let mut accepted = None;
            for p in tried {
                let end = start + self.pattern_len[p] as usize;
                if !right_ok(text, end) {
                    continue;
                }
                if let Some(range) = self.check_case(p, &text[start..end]) {
                    accepted = Some((end, range));
                    break;
                }
            }
            match accepted {
                Some((end, range)) => {
                    let first = self.pool[range.start as usize];
                    out.push(GazetteerMatch {
                        span: Span::new(start, end),
                        entry: first.entry as usize,
                        form: first.form,
                        candidates: range,
                    });
                    pos = end;
                }
                None => pos = next_start(text, start),
            }
        }
        out
    }
}

/// The bundled lists, in load order (hand-written lists first).
const BUNDLED: &[(&str, &str)] = &[
    (
        "manual/organizations.tsv",
        include_str!("../gazetteers/manual/organizations.tsv"),
    ),
    ("countries.tsv", include_str!("../gazetteers/countries.tsv")),
    ("cities.tsv", include_str!("../gazetteers/cities.tsv")),
    ("regions.tsv", include_str!("../gazetteers/regions.tsv")),
    ("people.tsv", include_str!("../gazetteers/people.tsv")),
    (
        "universities.tsv",
        include_str!("../gazetteers/universities.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../gazetteers/organizations.tsv"),
    ),
    ("companies.tsv", include_str!("../gazetteers/companies.tsv")),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_cover_typography() {
        let v = typo_variants("xi'an-x y");
        assert!(v.contains(&"xi\u{2019}an-x y".to_string()));
        assert!(v.contains(&"xi'an\u{2013}x y".to_string()));
        assert!(v.contains(&"xi\u{2019}an\u{2013}x y".to_string()));
    }

    #[test]
    fn next_start_skips_the_word() {
        assert_eq!(next_start("Romania is", 1), 7);
        assert_eq!(next_start("ab cd", 0), 2);
    }

    #[test]
    fn dates_validate() {
        assert!(valid_date("2012-11-15"));
        assert!(valid_date("2012"));
        assert!(!valid_date("2012-13"));
        assert!(!valid_date("2012-02-30"));
        assert!(!valid_date("x"));
    }
}
