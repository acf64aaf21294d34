//! Sentence splitting with exact offsets.
//!
//! Contract: [`SentenceSplitter::split`] returns sentence spans (byte offsets)
//! in text order, non-overlapping, each trimmed of surrounding whitespace and
//! on `char` boundaries. A blank line always ends a sentence.
//!
//! (Placeholder implementation: issue 3 replaces it.)

use crate::model::{Document, Span};
use anyhow::{Context, Result};
use std::collections::HashSet;
use std::path::Path;

/// The bundled abbreviation list (one per line, `#` comments).
pub const BUNDLED_ABBREVIATIONS: &str = include_str!("../rules/abbreviations.txt");

/// Splits text into sentences.
#[derive(Clone, Debug)]
pub struct SentenceSplitter {
    abbreviations: HashSet<String>,
}

impl Default for SentenceSplitter {
    fn default() -> Self {
        Self::new()
    }
}

impl SentenceSplitter {
    /// A splitter with the bundled abbreviation list.
    pub fn new() -> SentenceSplitter {
        let mut s = SentenceSplitter {
            abbreviations: HashSet::new(),
        };
        s.add_abbreviations(BUNDLED_ABBREVIATIONS);
        s
    }

    /// Adds abbreviations from a list in the bundled format.
    pub fn add_abbreviations(&mut self, list: &str) {
        for line in list.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            self.abbreviations
                .insert(line.trim_end_matches('.').to_lowercase());
        }
    }

    /// Adds abbreviations from a user file (`--abbreviations FILE`).
    pub fn add_abbreviation_file(&mut self, path: &Path) -> Result<()> {
        let list = std::fs::read_to_string(path)
            .with_context(|| format!("reading abbreviation file {}", path.display()))?;
        self.add_abbreviations(&list);
        Ok(())
    }

    /// Sentence spans of `text`.
    pub fn split(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let end_para = b == b'\n' && bytes.get(i + 1) == Some(&b'\n');
            let end_punct = matches!(b, b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
            if end_para || end_punct {
                let e = if end_punct { i + 1 } else { i };
                push_trimmed(text, start, e, &mut out);
                start = e;
            }
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    /// Sets `doc.sentences`.
    pub fn annotate(&self, doc: &mut Document) {
        doc.sentences = self.split(&doc.text);
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}
