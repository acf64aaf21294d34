//! Gazetteers: lists of known names, loaded from TSV and matched with one
//! trie of all their spellings, shared read-only across threads.
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
//! * Case-sensitive, except entries marked `ci=1`, whose names also match
//!   in UPPER CASE and Title Case — but their all-uppercase aliases
//!   (acronyms) stay exact.
//! * Typographic variants (’ for ', – for -) are added as extra patterns at
//!   build time, so the text is not copied; the rare text with no-break
//!   spaces is searched in a copy with plain spaces.
//!
//! The patterns sit in a radix trie ([`Trie`]), case-sensitive (case
//! variants of `ci=1` names are extra patterns) and walked anchored, only
//! from word starts whose first two bytes begin some pattern; every alias
//! ending on the way is noted, and the longest that ends a word and passes
//! the case rule wins.

use crate::model::{EntityType, Span};
use anyhow::{bail, Context, Result};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

/// A fast non-cryptographic hasher (the FxHash mix) for the build's large
/// string maps; SipHash was a tenth of the load time.
#[derive(Default, Clone, Copy)]
struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut v = [0u8; 8];
            v[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(v));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        // The Fx mix leaves the low bits (which pick the bucket) weak for
        // short keys; a splitmix finaliser spreads them.
        let mut h = self.hash;
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

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
    /// Whether the name is also an ordinary English word or a person's name
    /// (`common=1`: "Mobile", "Apple", "Irving", "Ferrari"): such a match
    /// needs supporting context.
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
    /// the candidates (countries, then regions and places of 100,000+, then
    /// organizations, then smaller places, then persons; then load order —
    /// the bundled lists put larger places first).
    pub entry: usize,
    /// How the preferred entry was named.
    pub form: AliasForm,
    /// Every entry these words can name (the preferred one first); more than
    /// one for "Georgia" (country, US state) or "Jordan".
    pub candidates: CandidateRange,
}

/// Which reading of a shared alias is preferred (lower first): countries,
/// then regions and places of 100,000+ people (or of unknown size), then
/// organizations, then smaller places, then persons. A town that shares a
/// name with a news agency ("Xinhua") is rarely the one meant.
fn preference(e: &GazetteerEntry) -> u8 {
    match e.kind {
        EntityType::Country => 0,
        EntityType::Location => {
            let small = e
                .attributes
                .get("population")
                .and_then(|p| p.parse::<u64>().ok())
                .is_some_and(|p| p < 100_000);
            if small && e.feature() != Some("region") {
                3
            } else {
                1
            }
        }
        EntityType::Organization => 2,
        EntityType::Person => 4,
    }
}

/// Cities under this population lose their name to a first-level region of
/// another country: "Virginia" is the US state, not the South African town
/// of 120,000; "Ontario" the Canadian province, not the Californian city.
/// A bigger city keeps it ("Gaza", "Portland"), and so does a city of the
/// region's own country ("Washington", "New York").
const TOWN_UNDER_FOREIGN_REGION: u64 = 250_000;

/// Moves the first region of another country before a town at the front
/// of `v` (sorted by [`preference`]) when the town is smaller than
/// [`TOWN_UNDER_FOREIGN_REGION`].
fn prefer_region_over_foreign_town(v: &mut [Candidate], entries: &[GazetteerEntry]) {
    let Some(first) = v.first().map(|c| &entries[c.entry as usize]) else {
        return;
    };
    let small_town = first.kind == EntityType::Location
        && first.feature() != Some("region")
        && first
            .attributes
            .get("population")
            .and_then(|p| p.parse::<u64>().ok())
            .is_some_and(|p| p < TOWN_UNDER_FOREIGN_REGION);
    if !small_town {
        return;
    }
    let region = v.iter().position(|c| {
        let e = &entries[c.entry as usize];
        e.kind == EntityType::Location
            && e.feature() == Some("region")
            && e.country().is_some()
            && e.country() != first.country()
    });
    if let Some(k) = region {
        v[..=k].rotate_right(1);
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
    // Almost every name in the bundled lists is already normal: copy it
    // without the per-character loop.
    if is_normalized(s) {
        return s.to_string();
    }
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

/// Whether [`normalize`] would return `s` unchanged: no whitespace at the
/// ends, none but single plain spaces inside, no typographic variants.
fn is_normalized(s: &str) -> bool {
    // char::is_whitespace in ASCII: \t \n \x0B \x0C \r and the space.
    let ws = |b: u8| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
    let bytes = s.as_bytes();
    if bytes.first().is_some_and(|&b| ws(b)) || bytes.last().is_some_and(|&b| ws(b)) {
        return false;
    }
    let mut space = false;
    for &b in bytes {
        if b >= 0x80 {
            return is_normalized_chars(s);
        }
        if b == b' ' {
            if space {
                return false;
            }
            space = true;
        } else if ws(b) {
            return false;
        } else {
            space = false;
        }
    }
    true
}

/// [`is_normalized`] for text with non-ASCII characters.
fn is_normalized_chars(s: &str) -> bool {
    let mut space = true; // no whitespace at the start
    for c in s.chars() {
        if typo_ascii(c).is_some() {
            return false;
        }
        if c.is_whitespace() {
            if c != ' ' || space {
                return false;
            }
            space = true;
        } else {
            space = false;
        }
    }
    !space || s.is_empty()
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

/// The spellings a case-insensitive alias is matched in: as written, UPPER
/// CASE and Title Case (ASCII letters only, so that every variant keeps the
/// alias's folded key). Listing them keeps the trie case-sensitive and
/// simple; and no lower-case variant keeps lower-case words from starting
/// searches (see `find_normalized`).
fn case_variants(s: &str, ci: bool) -> Vec<String> {
    let mut out = vec![s.to_string()];
    if ci {
        let mut title = String::with_capacity(s.len());
        let mut start = true;
        for c in s.chars() {
            title.push(if start { c.to_ascii_uppercase() } else { c });
            start = c == ' ' || c == '-';
        }
        for v in [s.to_ascii_uppercase(), title] {
            if !out.contains(&v) {
                out.push(v);
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

/// [`left_ok`] with a fast path for an ASCII byte before `pos`.
#[inline]
fn starts_word(text: &str, pos: usize) -> bool {
    if pos == 0 {
        return true;
    }
    let prev = text.as_bytes()[pos - 1];
    if prev < 0x80 {
        let first = text.as_bytes()[pos];
        if first < 0x80 {
            return !(prev.is_ascii_alphanumeric() && first.is_ascii_alphanumeric());
        }
        return !prev.is_ascii_alphanumeric() || left_ok(text, pos);
    }
    left_ok(text, pos)
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

#[derive(Clone, Debug)]
struct Alias<'a> {
    text: &'a str,
    form: AliasForm,
    ci: bool,
}

/// Collects and validates gazetteer entries.
#[derive(Default)]
pub struct GazetteerBuilder {
    entries: Vec<GazetteerEntry>,
    origins: Vec<String>,
    /// Index of each entry by (type, id); becomes [`Gazetteer::by_id`].
    ids: FxMap<(EntityType, String), u32>,
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
    // One to three '-'-separated runs of digits, each a u32 (as
    // `str::parse` would accept them), read in one pass over the bytes.
    let mut nums = [0u32; 3];
    let mut n = 0; // index of the current part
    let mut len = 0; // digits in the current part
    let mut year_len = 0;
    for &b in v.as_bytes() {
        if b == b'-' {
            if len == 0 || n == 2 {
                return false;
            }
            if n == 0 {
                year_len = len;
            }
            n += 1;
            len = 0;
        } else if b.is_ascii_digit() {
            match nums[n]
                .checked_mul(10)
                .and_then(|x| x.checked_add(u32::from(b - b'0')))
            {
                Some(x) => nums[n] = x,
                None => return false,
            }
            len += 1;
        } else {
            return false;
        }
    }
    if len == 0 {
        return false;
    }
    if n == 0 {
        year_len = len;
    }
    let year4 = year_len == 4;
    match n {
        0 => year4 && nums[0] > 0,
        1 => year4 && (1..=12).contains(&nums[1]),
        _ => year4 && chrono::NaiveDate::from_ymd_opt(nums[0] as i32, nums[1], nums[2]).is_some(),
    }
}

/// `s.trim()`, without the call when both ends are visible ASCII (nearly
/// every field of the bundled lists).
#[inline]
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

fn split_list(field: &str) -> std::result::Result<Vec<String>, String> {
    let mut out = Vec::new();
    if trim(field).is_empty() {
        return Ok(out);
    }
    for item in field.split('|') {
        let a = normalize(item);
        if a.is_empty() {
            return Err("empty item in a |-separated list".to_string());
        }
        if a.chars().nth(1).is_none() {
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
        // Parsing is independent per file: do it in parallel, add in order.
        use rayon::prelude::*;
        let parsed: Vec<(String, Vec<GazetteerEntry>, Vec<String>)> = BUNDLED
            .par_iter()
            .map(|(name, content)| {
                let origin = format!("bundled:{name}");
                let (entries, errors) = parse_rows(&origin, content);
                (origin, entries, errors)
            })
            .collect();
        let total: usize = parsed.iter().map(|p| p.1.len()).sum();
        self.entries.reserve(total);
        self.ids.reserve(total);
        for (origin, entries, errors) in parsed {
            self.add_parsed(&origin, entries, errors)?;
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
        let (entries, errors) = parse_rows(origin, content);
        self.add_parsed(origin, entries, errors)
    }

    /// Checks ids against everything added before and adds the entries.
    fn add_parsed(
        &mut self,
        origin: &str,
        parsed: Vec<GazetteerEntry>,
        mut errors: Vec<String>,
    ) -> Result<()> {
        let origin_idx = self.origins.len() as u32;
        // Entries of this file go to `added`; their ids go straight into
        // `self.ids` (indexes from `base` on) and are taken out again if the
        // file is rejected.
        let base = self.entries.len();
        let mut added: Vec<GazetteerEntry> = Vec::with_capacity(parsed.len());
        self.ids.reserve(parsed.len());
        for mut entry in parsed {
            entry.origin = origin_idx;
            let key = (entry.kind, entry.id.clone());
            if let Some(&i) = self.ids.get(&key) {
                let i = i as usize;
                let first = match added.get(i.wrapping_sub(base)) {
                    Some(e) if i >= base => format!("{origin}:{}", e.line),
                    _ => self.location(&self.entries[i]),
                };
                errors.push(format!(
                    "{origin}:{}: duplicate {} id {:?} (first at {first})",
                    entry.line,
                    entry.kind.as_str(),
                    entry.id
                ));
                continue;
            }
            let Ok(index) = u32::try_from(base + added.len()) else {
                bail!("{origin}: too many gazetteer entries");
            };
            self.ids.insert(key, index);
            added.push(entry);
        }
        if !errors.is_empty() {
            for e in &added {
                self.ids.remove(&(e.kind, e.id.clone()));
            }
            return bail_many(&format!("bad gazetteer rows in {origin}"), errors);
        }
        self.origins.push(origin.to_string());
        if self.entries.is_empty() && self.entries.capacity() < added.len() {
            self.entries = added;
        } else {
            self.entries.append(&mut added);
        }
        Ok(())
    }

    fn location(&self, e: &GazetteerEntry) -> String {
        format!("{}:{}", self.origins[e.origin as usize], e.line)
    }

    /// Builds the pattern trie. Fails if two entries that context cannot tell
    /// apart share an alias: same type, same country and same `feature`
    /// (see docs/gazetteers.md).
    pub fn build(self) -> Result<Gazetteer> {
        let GazetteerBuilder {
            entries,
            origins,
            ids: by_id,
        } = self;

        // 1. Every alias of every entry, with its group: aliases equal up to
        // ASCII case share a group (names are stored typography-normalised).
        // Groups are found by hashing the lower-cased bytes without
        // allocating; the rare hash collision goes to a map of owned keys.
        // Sized up front: growing these maps rehashed them 16 times. (They
        // are only looked up, never iterated: capacity changes nothing.)
        let n_aliases: usize = entries
            .iter()
            .map(|e| 1 + e.aliases.len() + e.demonyms.len())
            .sum();
        let mut members: Vec<Member> = Vec::with_capacity(n_aliases);
        let mut group_by_hash: FxMap<u64, u32> =
            FxMap::with_capacity_and_hasher(n_aliases, Default::default());
        let mut group_by_key: FxMap<String, u32> = FxMap::default();
        let mut group_repr: Vec<&str> = Vec::with_capacity(n_aliases);
        let mut owner: FxMap<(u32, EntityType, &str, &str), u32> =
            FxMap::with_capacity_and_hasher(n_aliases, Default::default());
        let mut errors = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let country = e.country().unwrap_or("");
            let feature = e.feature().unwrap_or("");
            for a in entry_aliases(e) {
                let h = hash_lowercase(a.text);
                let g = match group_by_hash.get(&h) {
                    Some(&g) if group_repr[g as usize].eq_ignore_ascii_case(a.text) => g,
                    Some(_) => {
                        let next = group_repr.len() as u32;
                        let g = *group_by_key
                            .entry(a.text.to_ascii_lowercase())
                            .or_insert(next);
                        if g == next {
                            group_repr.push(a.text);
                        }
                        g
                    }
                    None => {
                        let g = group_repr.len() as u32;
                        group_by_hash.insert(h, g);
                        group_repr.push(a.text);
                        g
                    }
                };
                match owner.entry((g, e.kind, country, feature)) {
                    std::collections::hash_map::Entry::Occupied(o) => {
                        if *o.get() == i as u32 {
                            continue; // the same entry lists it twice: harmless
                        }
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
                members.push(Member {
                    group: g,
                    entry: i as u32,
                    form: a.form,
                    ci: a.ci,
                    text: a.text,
                });
            }
        }
        drop(owner);
        drop(group_by_hash);
        drop(group_by_key);
        bail_many("conflicting gazetteer aliases", errors)?;
        // Several entries may share a group (in different types, countries or
        // features). Order the members by (group, entry): they were pushed
        // in entry order, so a stable counting sort by group does it in
        // linear time (a comparison sort was a tenth of the build). An
        // entry names a group once: the owner check above skips repeats.
        let mut next = vec![0u32; group_repr.len() + 1];
        for m in &members {
            next[m.group as usize + 1] += 1;
        }
        for g in 1..next.len() {
            next[g] += next[g - 1];
        }
        let mut sorted = members.clone();
        for m in &members {
            let at = &mut next[m.group as usize];
            sorted[*at as usize] = *m;
            *at += 1;
        }
        let mut members = sorted;
        debug_assert!(members
            .windows(2)
            .all(|w| (w[0].group, w[0].entry) < (w[1].group, w[1].entry)));
        members.dedup_by_key(|m| (m.group, m.entry));

        // 2. Candidate pool: per group, per distinct case-sensitive surface
        // the entries it names plus the case-insensitive ones; and the
        // case-insensitive ones alone (for a match in another case). Patterns:
        // every surface as written, case variants of the case-insensitive
        // ones, and their typographic variants.
        let mut pool: Vec<Candidate> = Vec::with_capacity(members.len());
        let mut groups: Vec<Group> = Vec::with_capacity(group_repr.len());
        let mut surfaces: Vec<Surface> = Vec::with_capacity(members.len());
        let mut arena = String::new();
        // Most patterns are an alias as written: borrowed, not copied.
        // Each carries its first eight bytes as a number (see `prefix_key`).
        let mut patterns: Vec<(u64, Cow<str>, u32)> = Vec::with_capacity(members.len() * 5 / 4);
        let cand = |m: &Member| Candidate {
            entry: m.entry,
            form: m.form,
        };
        let sort = |v: &mut [Candidate]| {
            v.sort_by_key(|c| (preference(&entries[c.entry as usize]), c.entry));
            prefer_region_over_foreign_town(v, &entries);
        };
        let mut push_surface = |text: &str, start: u32, end: u32, surfaces: &mut Vec<Surface>| {
            let text_start = arena.len() as u32;
            arena.push_str(text);
            surfaces.push(Surface {
                text: (text_start, arena.len() as u32),
                cands: CandidateRange { start, end },
            });
        };
        let mut rest: &[Member] = &members;
        while let Some(first) = rest.first() {
            let n = rest.iter().take_while(|m| m.group == first.group).count();
            let (run, tail) = rest.split_at(n);
            rest = tail;
            for m in run {
                if !m.ci && !m.text.contains(['\'', '-']) {
                    patterns.push((prefix_key(m.text), Cow::Borrowed(m.text), m.group));
                    continue;
                }
                for cased in case_variants(m.text, m.ci) {
                    for v in typo_variants(&cased) {
                        patterns.push((prefix_key(&v), Cow::Owned(v), m.group));
                    }
                }
            }
            let surf_start = surfaces.len() as u32;
            if let [m] = run {
                // Fast path: one entry names this group.
                let start = pool.len() as u32;
                pool.push(cand(m));
                let end = pool.len() as u32;
                if m.ci {
                    groups.push(Group {
                        surfaces: (surf_start, surf_start),
                        ci: CandidateRange { start, end },
                    });
                } else {
                    push_surface(m.text, start, end, &mut surfaces);
                    groups.push(Group {
                        surfaces: (surf_start, surfaces.len() as u32),
                        ci: CandidateRange { start: end, end },
                    });
                }
                continue;
            }
            let mut distinct: Vec<&str> = run.iter().filter(|m| !m.ci).map(|m| m.text).collect();
            distinct.sort_unstable();
            distinct.dedup();
            for s in distinct {
                let start = pool.len() as u32;
                pool.extend(run.iter().filter(|m| m.ci || m.text == s).map(cand));
                sort(&mut pool[start as usize..]);
                push_surface(s, start, pool.len() as u32, &mut surfaces);
            }
            let start = pool.len() as u32;
            pool.extend(run.iter().filter(|m| m.ci).map(cand));
            sort(&mut pool[start as usize..]);
            groups.push(Group {
                surfaces: (surf_start, surfaces.len() as u32),
                ci: CandidateRange {
                    start,
                    end: pool.len() as u32,
                },
            });
        }
        drop(members);
        drop(group_repr);

        // 3. Sorted, deduplicated patterns: equal strings are always in the
        // same group (they fold to the same key). The trie is built from
        // the sorted list in one pass.
        patterns.sort_unstable();
        patterns.dedup_by(|a, b| a.1 == b.1);
        let pattern_group: Vec<u32> = patterns.iter().map(|p| p.2).collect();
        let patterns: Vec<Cow<str>> = patterns.into_iter().map(|p| p.1).collect();

        let trie = Trie::build(&patterns).context("building the gazetteer trie")?;
        let mut first_byte = [false; 256];
        let mut first_pair = vec![0u64; 1 << 10];
        for p in &patterns {
            if let [b0, b1, ..] = *p.as_bytes() {
                first_byte[b0 as usize] = true;
                let pair = ((b0 as usize) << 8) | b1 as usize;
                first_pair[pair >> 6] |= 1u64 << (pair & 63);
            }
        }
        drop(patterns);
        let mut country_codes: Vec<String> = Vec::new();
        let mut code_index: FxMap<&str, u32> = FxMap::default();
        let facts: Vec<EntryFacts> = entries
            .iter()
            .map(|e| EntryFacts {
                country: match e.country().filter(|c| !c.is_empty()) {
                    Some(c) => *code_index.entry(c).or_insert_with(|| {
                        country_codes.push(c.to_string());
                        (country_codes.len() - 1) as u32
                    }),
                    None => NONE,
                },
                common: e.is_common_word(),
                region: e.feature() == Some("region"),
            })
            .collect();
        drop(code_index);
        Ok(Gazetteer {
            facts,
            country_codes,
            entries,
            origins,
            trie,
            pattern_group,
            first_byte,
            first_pair,
            groups,
            surfaces,
            arena,
            pool,
            by_id,
        })
    }
}

/// One alias of one entry during the build.
#[derive(Clone, Copy)]
struct Member<'a> {
    group: u32,
    entry: u32,
    form: AliasForm,
    ci: bool,
    text: &'a str,
}

/// The first eight bytes of `s`, big-endian and zero-padded: ordered like
/// the strings themselves (a zero byte sorts first), so sorting by
/// (key, string) is sorting by string, with most comparisons settled by
/// the number instead of a memcmp call.
fn prefix_key(s: &str) -> u64 {
    let mut w = [0u8; 8];
    let b = s.as_bytes();
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_be_bytes(w)
}

/// Hash of the ASCII-lowercased bytes, computed without allocating.
fn hash_lowercase(s: &str) -> u64 {
    let mut h = FxHasher::default();
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        for (d, b) in w.iter_mut().zip(c) {
            *d = b.to_ascii_lowercase();
        }
        h.add(u64::from_le_bytes(w));
    }
    let mut w = [0u8; 8];
    for (d, b) in w.iter_mut().zip(chunks.remainder()) {
        *d = b.to_ascii_lowercase();
    }
    h.add(u64::from_le_bytes(w));
    h.add(s.len() as u64);
    h.finish()
}

fn entry_aliases(e: &GazetteerEntry) -> Vec<Alias<'_>> {
    // Acronyms stay exact even in a case-insensitive entry: "WHO" ≠ "who".
    let ci = |s: &str| e.case_insensitive && s.chars().any(|c| c.is_lowercase());
    let mut out = vec![Alias {
        text: &e.name,
        form: AliasForm::Name,
        ci: ci(&e.name),
    }];
    for a in &e.aliases {
        out.push(Alias {
            text: a,
            form: AliasForm::Alias,
            ci: ci(a),
        });
    }
    for a in &e.demonyms {
        out.push(Alias {
            text: a,
            form: AliasForm::Demonym,
            ci: false,
        });
    }
    out
}

/// Parses every row of a TSV text: the entries (with their line numbers) and
/// an error per bad row.
fn parse_rows(origin: &str, content: &str) -> (Vec<GazetteerEntry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    // Reused across rows: the columns of the current row.
    let mut cols: Vec<&str> = Vec::with_capacity(16);
    for (n, raw) in content.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let start = line.trim_start();
        if start.is_empty() || start.starts_with('#') {
            continue;
        }
        match parse_row(line, &mut cols) {
            Err(e) => errors.push(format!("{origin}:{}: {e}", n + 1)),
            Ok(mut entry) => {
                entry.line = (n + 1) as u32;
                entries.push(entry);
            }
        }
    }
    (entries, errors)
}

fn parse_row<'a>(
    line: &'a str,
    cols: &mut Vec<&'a str>,
) -> std::result::Result<GazetteerEntry, String> {
    // Split at tabs with a plain byte scan (a tab never sits inside a
    // multi-byte character): cheaper than a searcher call per field.
    cols.clear();
    let mut from = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            cols.push(&line[from..i]);
            from = i + 1;
        }
    }
    cols.push(&line[from..]);
    if cols.len() < 3 {
        return Err(format!(
            "expected at least 3 tab-separated columns (name, type, id), found {}",
            cols.len()
        ));
    }
    let name = normalize(cols[0]);
    if name.chars().nth(1).is_none() {
        return Err(format!("name {name:?} is shorter than 2 characters"));
    }
    let kind = EntityType::parse(trim(cols[1])).ok_or_else(|| {
        format!(
            "unknown type {:?} (expected person, organization, country or location)",
            cols[1]
        )
    })?;
    let id = trim(cols[2]).to_string();
    if id.is_empty() || id.contains(char::is_whitespace) {
        return Err(format!(
            "bad id {:?}: must be non-empty, without spaces",
            cols[2]
        ));
    }
    let aliases = split_list(cols.get(3).copied().unwrap_or(""))?;
    // Attributes are gathered in a small vector (a row has a handful) and
    // the map built once from it, instead of a tree insertion per column.
    let mut attrs: Vec<(String, String)> = Vec::with_capacity(cols.len().saturating_sub(4));
    let (mut valid_from, mut valid_to) = (None, None);
    let mut demonyms = Vec::new();
    let mut case_insensitive = false;
    for col in cols.iter().skip(4) {
        if trim(col).is_empty() {
            continue;
        }
        // '=' is ASCII: a byte scan finds it at a char boundary.
        let Some(eq) = col.bytes().position(|b| b == b'=') else {
            return Err(format!("attribute {col:?} is not key=value"));
        };
        let (k, v) = (trim(&col[..eq]), trim(&col[eq + 1..]));
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
        if attrs.iter().any(|(key, _)| key == k) {
            return Err(format!("attribute {k:?} given twice"));
        }
        match k {
            "valid_from" => valid_from = Some(v),
            "valid_to" => valid_to = Some(v),
            _ => {}
        }
        attrs.push((k.to_string(), v.to_string()));
    }
    let attributes: BTreeMap<String, String> = attrs.into_iter().collect();
    if let (Some(f), Some(t)) = (valid_from, valid_to) {
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
    trie: Trie,
    pattern_group: Vec<u32>,
    /// Bytes that begin some pattern: the only places a search starts.
    first_byte: [bool; 256],
    /// Bitset of the first two bytes of every pattern.
    first_pair: Vec<u64>,
    groups: Vec<Group>,
    surfaces: Vec<Surface>,
    arena: String,
    pool: Vec<Candidate>,
    by_id: FxMap<(EntityType, String), u32>,
    /// Per entry, the attribute facts the entity stage asks of most
    /// matches, read at build time: an attribute lookup walks a map whose
    /// keys each sit in their own (cold) allocation.
    facts: Vec<EntryFacts>,
    /// The distinct non-empty countries of the entries ([`EntryFacts::country`]).
    country_codes: Vec<String>,
}

/// What [`Gazetteer::entry_country`], [`Gazetteer::is_common_word`] and
/// [`Gazetteer::is_region`] answer for one entry.
#[derive(Clone, Copy, Debug)]
struct EntryFacts {
    /// Index into `country_codes`, or [`NONE`].
    country: u32,
    common: bool,
    region: bool,
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
    /// Heap bytes used by the pattern trie.
    pub fn automaton_memory(&self) -> usize {
        self.trie.memory_usage()
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
    /// [`GazetteerEntry::country`] of entry `i` when it is not empty.
    pub fn entry_country(&self, i: usize) -> Option<&str> {
        let c = self.facts[i].country;
        (c != NONE).then(|| self.country_codes[c as usize].as_str())
    }
    /// [`GazetteerEntry::is_common_word`] of entry `i`.
    pub fn is_common_word(&self, i: usize) -> bool {
        self.facts[i].common
    }
    /// Whether entry `i` has `feature=region`.
    pub fn is_region(&self, i: usize) -> bool {
        self.facts[i].region
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
        if !has_no_break_space(text) {
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
        let bytes = text.as_bytes();
        // Every alias that matches from the current start: (end, pattern).
        let mut ends: Vec<(usize, usize)> = Vec::new();
        let first_byte = &self.first_byte;
        // (False for the bundled lists: "al-Qaeda" and "sub-Saharan Africa"
        // start lower case. A word-at-a-time skip that also stops where
        // those letters begin a word took twice the instructions of the
        // byte loop on news text, which stops every ~9 bytes anyway.)
        let skip_lower =
            !first_byte[b' ' as usize] && (b'a'..=b'z').all(|b| !first_byte[b as usize]);
        let mut pos = 0;
        // Only positions whose first two bytes begin some pattern and that
        // begin a word are tried: in news, mostly capitalised words.
        while let Some(next) = next_in(first_byte, skip_lower, bytes, pos) {
            pos = next;
            let b0 = bytes[pos] as usize;
            let pair = (b0 << 8) | *bytes.get(pos + 1).unwrap_or(&0) as usize;
            if self.first_pair[pair >> 6] & (1u64 << (pair & 63)) == 0 || !starts_word(text, pos) {
                pos += 1;
                continue;
            }
            let start = pos;
            ends.clear();
            self.trie.prefixes(bytes, start, &mut ends);
            // Longest first; shorter ones when it is not a whole word or
            // fails the case rule.
            let mut accepted = None;
            for &(end, pid) in ends.iter().rev() {
                if !right_ok(text, end) {
                    continue;
                }
                if let Some(range) = self.check_case(pid, &text[start..end]) {
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
                None => pos += 1,
            }
        }
        out
    }
}

/// Whether `text` holds a no-break space (U+00A0, bytes C2 A0) or a narrow
/// one (U+202F, bytes E2 80 AF): one vector search for their last bytes,
/// which in news text few other characters end in, where `str::contains`
/// for each took two scans a byte pair at a time. In UTF-8, C2 and E2 only
/// ever begin a character, so the bytes before a last byte tell the two.
fn has_no_break_space(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xA0, 0xAF, b).any(|i| match b[i] {
        0xA0 => i >= 1 && b[i - 1] == 0xC2,
        _ => i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80,
    })
}

/// The first position from `from` on whose byte is in `set`. Nine bytes in
/// ten begin no pattern, most of them lowercase letters and spaces: if
/// `skip_lower` (no such byte is in `set`), those are passed over eight at
/// a time. Kept out of line, the loop has its registers to itself.
#[inline(never)]
fn next_in(set: &[bool; 256], skip_lower: bool, bytes: &[u8], mut from: usize) -> Option<usize> {
    loop {
        if skip_lower {
            while let Some(&chunk) = bytes.get(from..).and_then(|b| b.first_chunk::<8>()) {
                match first_not_lower_or_space(u64::from_le_bytes(chunk)) {
                    None => from += 8,
                    Some(k) => {
                        from += k;
                        break;
                    }
                }
            }
        }
        let &b = bytes.get(from)?;
        if set[b as usize] {
            return Some(from);
        }
        from += 1;
    }
}

/// The index of the first of the eight bytes of `w` (little-endian) that is
/// neither an ASCII lowercase letter nor a space, if any. Bytes are masked
/// to seven bits before the sums, so no carry crosses from one to the next.
#[inline]
fn first_not_lower_or_space(w: u64) -> Option<usize> {
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    let y = w & LO7;
    // High bit: y >= b'a' and not y >= b'z' + 1.
    let lower = (y + each(0x80 - b'a')) & !(y + each(0x80 - b'z' - 1));
    // High bit: y == b' ' (v is zero).
    let v = y ^ each(b' ');
    let space = !((v + LO7) | v);
    let bad = !((lower | space) & !w) & HI;
    (bad != 0).then(|| (bad.trailing_zeros() / 8) as usize)
}

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// `LOW_BYTES[n]`: the low `n` bytes of a word set (`n` from 0 to 8), for
/// comparing runs of up to eight bytes as one word (here and in the entity
/// rules' anchor-word search).
pub(crate) const LOW_BYTES: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut n = 1;
    while n <= 8 {
        t[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    t
};

/// A radix trie of the patterns (chains of single children merged into one
/// edge). It only answers "which patterns are prefixes of the text from
/// here", which is all the anchored search needs: an aho-corasick automaton
/// also computes failure transitions that are never followed (a fifth of
/// the load time) and takes twice the memory.
///
/// Each node is one run of bytes in `data`, so that a step reads one or two
/// cache lines: `pattern: u32` ([`NONE`] if no pattern ends here),
/// `label_len: u32`, `children: u8`, the label (the bytes of the edge into
/// the node), the children's first bytes, and the children's offsets
/// (`u32` each). Nodes are in preorder, so a first child follows its parent.
struct Trie {
    data: Vec<u8>,
    /// For each first two bytes, the offset of the node they lead to
    /// ([`NONE`] if none): nodes are split after two bytes, so every
    /// pattern passes through one.
    pairs: Vec<u32>,
}

/// Size of a node's fixed fields in `Trie::data`.
const NODE_HEADER: usize = 9;

/// The index of `b` in `kids` (a node's children's first bytes, which are
/// distinct): eight bytes at a time by the zero-byte test on `chunk ^ b…b`
/// (its lowest set bit is exact). Nodes near the root have dozens of
/// children, which a byte-by-byte scan walked one at a time.
#[inline]
fn find_byte(kids: &[u8], b: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pattern = LO.wrapping_mul(b as u64);
    let mut chunks = kids.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word) ^ pattern;
        let zero = v.wrapping_sub(LO) & !v & HI;
        if zero != 0 {
            return Some(base + (zero.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c == b)
        .map(|k| base + k)
}

#[inline]
fn read_u32(data: &[u8], at: usize) -> u32 {
    match data.get(at..at + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => NONE,
    }
}

impl Trie {
    /// Builds the trie of `patterns`, which must be sorted, distinct and
    /// non-empty (a pattern's index is its id).
    fn build<S: AsRef<str>>(patterns: &[S]) -> Result<Trie> {
        /// A node before encoding: label range into a pattern, pattern id,
        /// and its children: nodes `first_child..first_child + children`.
        struct Node {
            label: (u32, u32, u32),
            pattern: u32,
            first_child: u32,
            children: u32,
        }
        let bytes = |i: usize| patterns[i].as_ref().as_bytes();
        // Nodes are made in breadth-first order, so that a node's children
        // are consecutive. `queue[k]` describes node `k`: the range
        // of patterns sharing its prefix and the length of its parent's
        // prefix. The root (node 0) has an empty label.
        let mut queue: Vec<(usize, usize, usize)> = Vec::with_capacity(patterns.len() * 3 / 2);
        queue.push((0, patterns.len(), 0));
        let mut nodes: Vec<Node> = Vec::with_capacity(patterns.len() * 3 / 2);
        while let Some(&(mut lo, hi, depth)) = queue.get(nodes.len()) {
            let prefix = if nodes.is_empty() {
                0
            } else {
                let (first, last) = (bytes(lo), bytes(hi - 1));
                let common = depth
                    + first[depth..]
                        .iter()
                        .zip(&last[depth..])
                        .take_while(|(a, b)| a == b)
                        .count();
                if depth < 2 {
                    common.min(2)
                } else {
                    common
                }
            };
            let label = (lo as u32, depth as u32, prefix as u32);
            // Sorted: the one pattern that ends here comes first.
            let mut pattern = NONE;
            if lo < hi && bytes(lo).len() == prefix {
                pattern = lo as u32;
                lo += 1;
            }
            let first_child = queue.len();
            let mut i = lo;
            while i < hi {
                let b = bytes(i)[prefix];
                let end =
                    i + patterns[i..hi].partition_point(|p| p.as_ref().as_bytes()[prefix] == b);
                queue.push((i, end, prefix));
                i = end;
            }
            let (Ok(first_child), Ok(children)) = (
                u32::try_from(first_child),
                u32::try_from(queue.len() - first_child),
            ) else {
                bail!("too many gazetteer patterns");
            };
            nodes.push(Node {
                label,
                pattern,
                first_child,
                children,
            });
        }
        // Encode in depth-first order, so that a walk down a branch reads
        // memory forwards (in the pipeline, where other stages evict the
        // trie between documents, 7% fewer samples in `find` than
        // breadth-first): offsets first, then the bytes.
        let mut order: Vec<u32> = Vec::with_capacity(nodes.len());
        let mut stack: Vec<u32> = Vec::new();
        if !nodes.is_empty() {
            stack.push(0);
        }
        while let Some(i) = stack.pop() {
            order.push(i);
            let n = &nodes[i as usize];
            stack.extend((n.first_child..n.first_child + n.children).rev());
        }
        let mut offsets = vec![0u32; nodes.len()];
        let mut size = 0usize;
        for &i in &order {
            let n = &nodes[i as usize];
            offsets[i as usize] = u32::try_from(size).context("gazetteer patterns too large")?;
            let label_len = (n.label.2 - n.label.1) as usize;
            size += NODE_HEADER + label_len + 5 * n.children as usize;
        }
        if u32::try_from(size).is_err() {
            bail!("gazetteer patterns too large");
        }
        let mut data = Vec::with_capacity(size);
        for &i in &order {
            let n = &nodes[i as usize];
            let (p, from, to) = n.label;
            data.extend_from_slice(&n.pattern.to_le_bytes());
            data.extend_from_slice(&(to - from).to_le_bytes());
            // At most 243 distinct bytes occur in UTF-8.
            data.push(n.children as u8);
            // (The root's label is empty, and it has no pattern to point
            // at when there are no patterns.)
            if from < to {
                data.extend_from_slice(&bytes(p as usize)[from as usize..to as usize]);
            }
            let kids = n.first_child as usize..(n.first_child + n.children) as usize;
            data.extend(
                queue[kids.clone()]
                    .iter()
                    .map(|&(lo, _, _)| bytes(lo)[to as usize]),
            );
            for c in kids {
                data.extend_from_slice(&offsets[c].to_le_bytes());
            }
        }
        let mut pairs = vec![NONE; 1 << 16];
        for (i, n) in nodes.iter().enumerate() {
            let (p, _, to) = n.label;
            if to != 2 {
                continue;
            }
            if let [b0, b1, ..] = bytes(p as usize) {
                pairs[((*b0 as usize) << 8) | *b1 as usize] = offsets[i];
            }
        }
        Ok(Trie { data, pairs })
    }

    /// Pushes `(end, pattern)` for every pattern equal to `text[start..end]`,
    /// shortest first.
    #[inline]
    fn prefixes(&self, text: &[u8], start: usize, out: &mut Vec<(usize, usize)>) {
        let data = &self.data[..];
        let (Some(&b0), Some(&b1)) = (text.get(start), text.get(start + 1)) else {
            return;
        };
        // The node reached by the first two bytes (every pattern has two).
        let mut node = self.pairs[((b0 as usize) << 8) | b1 as usize];
        let mut pos = start + 2;
        while node != NONE {
            let at = node as usize;
            let pattern = read_u32(data, at);
            if pattern != NONE {
                out.push((pos, pattern as usize));
            }
            let Some(&b) = text.get(pos) else {
                return;
            };
            let label_len = read_u32(data, at + 4) as usize;
            let children = *data.get(at + 8).unwrap_or(&0) as usize;
            let kids_at = at + NODE_HEADER + label_len;
            let Some(kids) = data.get(kids_at..kids_at + children) else {
                return;
            };
            let Some(k) = find_byte(kids, b) else {
                return;
            };
            // Into the child: its label must follow in the text.
            node = read_u32(data, kids_at + children + 4 * k);
            let child = node as usize;
            let len = read_u32(data, child + 4) as usize;
            let label_at = child + NODE_HEADER;
            // A label of up to eight bytes (most) is compared as one word,
            // both sides masked to its length, rather than by `memcmp`.
            let same = match (
                data.get(label_at..).and_then(|d| d.first_chunk::<8>()),
                text.get(pos..).and_then(|t| t.first_chunk::<8>()),
            ) {
                (Some(label), Some(t)) if len <= 8 => {
                    (u64::from_le_bytes(*label) ^ u64::from_le_bytes(*t)) & LOW_BYTES[len] == 0
                }
                _ => match (data.get(label_at..label_at + len), text.get(pos..pos + len)) {
                    (Some(label), Some(t)) => label == t,
                    _ => false,
                },
            };
            if !same {
                return;
            }
            pos += len;
        }
    }

    fn memory_usage(&self) -> usize {
        self.data.capacity() + self.pairs.len() * 4
    }
}

/// The bundled lists, in load order (hand-written lists first).
const BUNDLED: &[(&str, &str)] = &[
    (
        "manual/organizations.tsv",
        include_str!("../gazetteers/manual/organizations.tsv"),
    ),
    (
        "manual/geography.tsv",
        include_str!("../gazetteers/manual/geography.tsv"),
    ),
    (
        "manual/historical_countries.tsv",
        include_str!("../gazetteers/manual/historical_countries.tsv"),
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
    fn no_break_space_test_agrees_with_contains() {
        let pieces = [
            "a",
            "Z",
            " ",
            "\u{a0}",
            "\u{202f}",
            "\u{2000}",
            "\u{20af}",
            "à",
            "’",
            "—",
            "\u{a0}x",
            "\u{c2a0}",
            "\u{e2af}",
            "\u{802f}",
            "é",
            "\u{1f600}",
            "\u{10a0}",
            "\u{20a0}",
            "\u{2fa0}",
        ];
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let mut with = 0;
        for _ in 0..20000 {
            let n = next() % 8;
            let text: String = (0..n).map(|_| pieces[next() % pieces.len()]).collect();
            let want = text.contains('\u{a0}') || text.contains('\u{202f}');
            assert_eq!(has_no_break_space(&text), want, "{text:?}");
            with += usize::from(want);
        }
        assert!(with > 1000, "{with}");
    }

    #[test]
    fn next_in_agrees_with_position() {
        // Capitals and digits begin patterns; lowercase runs, spaces,
        // punctuation and multi-byte characters at every alignment.
        let mut set = [false; 256];
        for b in (b'A'..=b'Z').chain(b'0'..=b'9').chain([0xc3]) {
            set[b as usize] = true;
        }
        let text = "the minister said, in a statement; Zürich's {x} 1990 `a` \
                    über-alles ~z é ça the end. ab cd ef gh ij";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let expected = bytes[from..]
                .iter()
                .position(|&b| set[b as usize])
                .map(|k| from + k);
            assert_eq!(next_in(&set, true, bytes, from), expected, "from {from}");
            assert_eq!(next_in(&set, false, bytes, from), expected, "from {from}");
        }
        assert_eq!(next_in(&set, true, b"abc def Ghi", 0), Some(8));
        assert_eq!(next_in(&set, true, b"abcdefghijklmnop q", 0), None);
    }

    #[test]
    fn first_not_lower_or_space_finds_every_other_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut w = *b"ab yz m ";
                w[at] = b;
                let expected = (!(b.is_ascii_lowercase() || b == b' ')).then_some(at);
                assert_eq!(
                    first_not_lower_or_space(u64::from_le_bytes(w)),
                    expected,
                    "{b} at {at}"
                );
            }
        }
    }

    #[test]
    fn find_byte_agrees_with_position() {
        // Distinct bytes in every order of lengths 0..=40, high bytes too.
        for len in 0..=40usize {
            let kids: Vec<u8> = (0..len).map(|i| (i * 37 + 200) as u8).collect();
            for b in 0..=255u8 {
                assert_eq!(
                    find_byte(&kids, b),
                    kids.iter().position(|&c| c == b),
                    "{kids:?} {b}"
                );
            }
        }
    }

    #[test]
    fn valid_date_and_normal_forms_match_the_plain_definitions() {
        // The allocating definitions the fast versions replace.
        fn valid_date_ref(v: &str) -> bool {
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
        for v in [
            "",
            "-",
            "2020",
            "0000",
            "0001",
            "202",
            "20200",
            "2020-",
            "-2020",
            "2020-1",
            "2020-01",
            "2020-13",
            "2020-00",
            "2020-02-29",
            "2021-02-29",
            "2020-1-1",
            "2020-01-01-01",
            "2020--01",
            "2020-01-",
            "2020-x1",
            "2020-99999999999",
            "2020-0000000000012",
            "2020-12-0000000031",
            "99999999999",
            "２０２０",
            "1999-12-31",
            "0000-01-01",
        ] {
            assert_eq!(valid_date(v), valid_date_ref(v), "{v:?}");
        }
        fn normalize_ref(s: &str) -> String {
            let mut out = String::new();
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
        for s in [
            "",
            " ",
            "a",
            "New York",
            "New  York",
            " New York",
            "New York ",
            "New\tYork",
            "Xi\u{2019}an",
            "São Paulo",
            "São  Paulo",
            "São\u{a0}Paulo",
            "\u{a0}São",
            "São\u{2003}",
            "a\u{0B}b",
            "a\u{0C}b",
            "A–B",
            "Zürich ",
            " Zürich",
            "é",
            "x\u{85}y",
        ] {
            assert_eq!(normalize(s), normalize_ref(s), "{s:?}");
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn variants_cover_typography() {
        let v = typo_variants("xi'an-x y");
        assert!(v.contains(&"xi\u{2019}an-x y".to_string()));
        assert!(v.contains(&"xi'an\u{2013}x y".to_string()));
        assert!(v.contains(&"xi\u{2019}an\u{2013}x y".to_string()));
    }

    /// What the trie must answer, by plain search: every pattern that the
    /// text from `start` begins with, as (end, pattern index).
    fn prefixes_by_search(patterns: &[String], b: &[u8], start: usize) -> Vec<(usize, usize)> {
        (start + 1..=b.len())
            .filter_map(|end| {
                let p = patterns
                    .iter()
                    .position(|p| p.as_bytes() == &b[start..end])?;
                Some((end, p))
            })
            .collect()
    }

    #[test]
    fn trie_finds_every_pattern_that_prefixes_the_text() {
        let mut patterns: Vec<String> = [
            "Ab",
            "Abc",
            "Abcd x",
            "Abd",
            "Ac",
            "Xi'an",
            "Xi\u{2019}an",
            "Xian Dong",
            "São",
            "São Paulo",
            "ab",
            "Zz top",
            "Zz",
            "Zzz",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        patterns.sort();
        let trie = Trie::build(&patterns).unwrap();
        let text = "Abcd xy Abd Ac Xi\u{2019}an Xian Dong São Paulo ab Zzz top Zz top A";
        let b = text.as_bytes();
        for start in 0..b.len() {
            let mut found = Vec::new();
            trie.prefixes(b, start, &mut found);
            assert_eq!(
                found,
                prefixes_by_search(&patterns, b, start),
                "from byte {start}"
            );
        }
    }

    /// Random patterns (labels of every length around the eight bytes
    /// compared as one word) in random texts, from every start: the trie
    /// finds exactly the patterns that are prefixes there.
    #[test]
    fn trie_finds_the_prefixes_in_random_text() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = ["a", "b", "A", " ", "é", "ab", "abcdefgh", "abcdefghi", "-"];
        let pieces = |n: u64, next: &mut dyn FnMut() -> u64| -> String {
            (0..n)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect()
        };
        for _ in 0..300 {
            let mut patterns: Vec<String> = (0..1 + next() % 12)
                .map(|_| {
                    let n = 1 + next() % 5;
                    pieces(n, &mut next)
                })
                .filter(|p| p.len() >= 2)
                .collect();
            patterns.sort();
            patterns.dedup();
            let trie = Trie::build(&patterns).unwrap();
            let n = next() % 12;
            let text = pieces(n, &mut next);
            let b = text.as_bytes();
            for start in 0..b.len() {
                let mut found = Vec::new();
                trie.prefixes(b, start, &mut found);
                assert_eq!(
                    found,
                    prefixes_by_search(&patterns, b, start),
                    "{patterns:?} in {text:?} from {start}"
                );
            }
        }
    }

    #[test]
    fn an_empty_gazetteer_finds_nothing() {
        let g = GazetteerBuilder::new().build().unwrap();
        assert!(g.find("Paris and Rome").is_empty());
        let trie = Trie::build::<String>(&[]).unwrap();
        let mut found = Vec::new();
        trie.prefixes(b"Paris", 0, &mut found);
        assert!(found.is_empty());
    }

    #[test]
    fn entry_facts_match_the_attributes() {
        let mut b = GazetteerBuilder::new();
        b.add_tsv(
            "f.tsv",
            "Freedonia\tcountry\tFD\t\n\
             Mobile\tlocation\tg:1\t\tcountry=FD\tcommon=1\n\
             North Province\tlocation\tg:2\t\tcountry=FD\tfeature=region\n\
             Nowhere Corp\torganization\to:1\t\tfeature=company\n",
        )
        .unwrap();
        let g = b.build().unwrap();
        for i in 0..g.len() {
            let e = g.entry(i);
            assert_eq!(g.entry_country(i), e.country().filter(|c| !c.is_empty()));
            assert_eq!(g.is_common_word(i), e.is_common_word());
            assert_eq!(g.is_region(i), e.feature() == Some("region"));
        }
        assert!((0..g.len()).any(|i| g.is_common_word(i)));
        assert!((0..g.len()).any(|i| g.is_region(i)));
        assert!((0..g.len()).any(|i| g.entry_country(i).is_none()));
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
