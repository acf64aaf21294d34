//! Gazetteers: lists of known names, loaded from TSV and matched with one
//! aho-corasick automaton shared read-only across threads.
//!
//! Contract: [`GazetteerBuilder`] collects entries from TSV sources (bundled
//! and user files), validates them, and [`GazetteerBuilder::build`] returns an
//! immutable [`Gazetteer`]. [`Gazetteer::find`] returns whole-word,
//! leftmost-longest matches (byte spans) in text order, each pointing at the
//! entry it names. Disambiguation by context is the entity stage's job.
//!
//! (Placeholder implementation: issue 4 replaces it.)

use crate::model::{EntityType, Span};
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::path::Path;

/// One gazetteer entry: a named thing and the aliases it goes by.
#[derive(Clone, Debug, PartialEq)]
pub struct GazetteerEntry {
    pub name: String,
    pub kind: EntityType,
    /// Stable id (ISO alpha-2 for countries).
    pub id: String,
    pub aliases: Vec<String>,
    /// Optional attributes: `country`, `role`, `valid_from`, `valid_to`, …
    pub attributes: BTreeMap<String, String>,
}

/// One match of an alias in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazetteerMatch {
    pub span: Span,
    /// Index of the entry, for [`Gazetteer::entry`].
    pub entry: usize,
}

/// Collects and validates gazetteer entries.
#[derive(Default)]
pub struct GazetteerBuilder {
    entries: Vec<GazetteerEntry>,
}

impl GazetteerBuilder {
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the gazetteers bundled with newsfacts.
    pub fn add_bundled(&mut self) -> Result<()> {
        Ok(())
    }

    /// Adds a TSV file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let content = std::fs::read_to_string(path)
            .with_context(|| format!("reading gazetteer {}", path.display()))?;
        self.add_tsv(&path.display().to_string(), &content)
    }

    /// Adds TSV content; `origin` names it in error messages.
    pub fn add_tsv(&mut self, origin: &str, content: &str) -> Result<()> {
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                bail!(
                    "{origin}:{}: expected at least 3 tab-separated columns",
                    n + 1
                );
            }
            let Some(kind) = EntityType::parse(cols[1]) else {
                bail!("{origin}:{}: unknown type {:?}", n + 1, cols[1]);
            };
            let aliases = cols
                .get(3)
                .map(|a| {
                    a.split('|')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            self.entries.push(GazetteerEntry {
                name: cols[0].to_string(),
                kind,
                id: cols[2].to_string(),
                aliases,
                attributes: BTreeMap::new(),
            });
        }
        Ok(())
    }

    pub fn build(self) -> Result<Gazetteer> {
        let mut patterns = Vec::new();
        let mut pattern_entry = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            for a in std::iter::once(&e.name).chain(e.aliases.iter()) {
                patterns.push(a.clone());
                pattern_entry.push(i);
            }
        }
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&patterns)?;
        Ok(Gazetteer {
            entries: self.entries,
            automaton,
            pattern_entry,
        })
    }
}

/// An immutable, thread-safe gazetteer.
pub struct Gazetteer {
    entries: Vec<GazetteerEntry>,
    automaton: aho_corasick::AhoCorasick,
    pattern_entry: Vec<usize>,
}

impl Gazetteer {
    pub fn entry(&self, i: usize) -> &GazetteerEntry {
        &self.entries[i]
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whole-word, leftmost-longest matches in text order.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        let b = text.as_bytes();
        self.automaton
            .find_iter(text)
            .filter(|m| {
                let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
                let after = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
                before && after
            })
            .map(|m| GazetteerMatch {
                span: Span::new(m.start(), m.end()),
                entry: self.pattern_entry[m.pattern().as_usize()],
            })
            .collect()
    }
}
