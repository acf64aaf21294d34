//! The pipeline: built once from a [`Config`], then applied to any number of
//! documents, from any number of threads (`Pipeline` is `Sync`).

use crate::entities::{EntityRecognizer, BUNDLED_ENTITY_RULES};
use crate::events::{EventExtractor, BUNDLED_EVENT_RULES};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use crate::model::{DateSource, Document};
use crate::sentences::SentenceSplitter;
use crate::timex::{find_dateline, TimexOptions, TimexTagger};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::Arc;

/// The steps of [`Pipeline::process`], in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The document date: record field, dateline, or `--date`.
    Date,
    Sentences,
    Entities,
    Timexes,
    Events,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Date,
        Stage::Sentences,
        Stage::Entities,
        Stage::Timexes,
        Stage::Events,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Date => "date",
            Stage::Sentences => "sentences",
            Stage::Entities => "entities",
            Stage::Timexes => "timexes",
            Stage::Events => "events",
        }
    }
}

/// Which stages run. Sentence splitting always runs: every fact is tied to a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Stages {
    pub entities: bool,
    pub timexes: bool,
    pub events: bool,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            entities: true,
            timexes: true,
            events: true,
        }
    }
}

/// Everything needed to build a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct Config {
    /// Load the gazetteers bundled with newsfacts.
    pub default_gazetteers: bool,
    /// Extra gazetteer TSV files.
    pub gazetteer_files: Vec<PathBuf>,
    /// Load the bundled event and entity rules.
    pub default_rules: bool,
    /// Extra rule files (TOML). Files with `[[entity_pattern]]` tables feed the
    /// entity stage; files with `[[event]]`/`[[rule]]` tables feed the event stage.
    pub rule_files: Vec<PathBuf>,
    /// Extra abbreviation lists for the sentence splitter.
    pub abbreviation_files: Vec<PathBuf>,
    pub timex: TimexOptions,
    pub stages: Stages,
    /// Document date for documents that carry none (`--date`).
    pub fallback_date: Option<NaiveDate>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            default_gazetteers: true,
            gazetteer_files: Vec::new(),
            default_rules: true,
            rule_files: Vec::new(),
            abbreviation_files: Vec::new(),
            timex: TimexOptions::default(),
            stages: Stages::default(),
            fallback_date: None,
        }
    }
}

/// Documents per chunk for [`Pipeline::process_chunk`]: enough for a stage's
/// tables to stay in cache across documents (32 and 64 gave the same
/// figures), few enough that a batch still splits into a chunk or more per
/// worker thread.
pub const CHUNK_DOCS: usize = 32;

/// The built pipeline.
pub struct Pipeline {
    splitter: SentenceSplitter,
    entities: EntityRecognizer,
    timexes: TimexTagger,
    events: EventExtractor,
    stages: Stages,
    fallback_date: Option<NaiveDate>,
}

impl Pipeline {
    /// Loads gazetteers, rules and lists; every validation error surfaces here.
    pub fn new(config: &Config) -> Result<Pipeline> {
        let mut splitter = SentenceSplitter::new();
        for f in &config.abbreviation_files {
            splitter.add_abbreviation_file(f)?;
        }
        let mut gb = GazetteerBuilder::new();
        if config.default_gazetteers {
            gb.add_bundled()?;
        }
        for f in &config.gazetteer_files {
            gb.add_file(f)?;
        }
        let gazetteer: Arc<Gazetteer> = Arc::new(gb.build()?);

        let mut entity_rules = Vec::new();
        let mut event_rules = Vec::new();
        if config.default_rules {
            entity_rules.push((
                "<bundled rules/entities.toml>".to_string(),
                BUNDLED_ENTITY_RULES.to_string(),
            ));
            event_rules.push((
                "<bundled rules/events.toml>".to_string(),
                BUNDLED_EVENT_RULES.to_string(),
            ));
        }
        for f in &config.rule_files {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("reading rule file {}", f.display()))?;
            let origin = f.display().to_string();
            if text.contains("[[entity_pattern]]") {
                entity_rules.push((origin, text));
            } else {
                event_rules.push((origin, text));
            }
        }
        Ok(Pipeline {
            splitter,
            entities: EntityRecognizer::new(gazetteer, &entity_rules)?,
            timexes: TimexTagger::new(config.timex),
            events: EventExtractor::new(&event_rules)?,
            stages: config.stages,
            fallback_date: config.fallback_date,
        })
    }

    /// Runs every enabled stage on `doc`. The document date is resolved first:
    /// record field (already set by the reader), then dateline, then `--date`.
    pub fn process(&self, doc: &mut Document) {
        for stage in Stage::ALL {
            self.process_stage(stage, doc);
        }
    }

    /// Runs every enabled stage on each of `docs`, one stage at a time over
    /// all of them: the result is [`Pipeline::process`] on each document.
    ///
    /// Why: each stage reads megabytes of its own tables (the gazetteer trie,
    /// the rule automata, the trigger lists) for every document, and a news
    /// article is a few kilobytes, so document by document every stage
    /// starts on a cache the previous one emptied. A chunk of [`CHUNK_DOCS`]
    /// documents at a time was 10–15% faster on one thread
    /// (`bench_pipeline` on news_benchmark, 11.2 → 12.6–13.0 MB/s).
    pub fn process_chunk(&self, docs: &mut [Document]) {
        let mut docs: Vec<&mut Document> = docs.iter_mut().collect();
        for stage in Stage::ALL {
            self.process_stage_chunk(stage, &mut docs);
        }
    }

    /// Runs one stage on each of `docs`: [`Pipeline::process_stage`] on each,
    /// but a stage that scans all the texts first does so (entities).
    pub fn process_stage_chunk(&self, stage: Stage, docs: &mut [&mut Document]) {
        match stage {
            Stage::Entities if self.stages.entities => self.entities.annotate_chunk(docs),
            _ => {
                for doc in docs.iter_mut() {
                    self.process_stage(stage, doc);
                }
            }
        }
    }

    /// Runs one stage on `doc` (nothing if it is switched off). Running
    /// [`Stage::ALL`] in order is [`Pipeline::process`]; one stage at a time
    /// over many documents is how `bench_pipeline --stages` times them.
    pub fn process_stage(&self, stage: Stage, doc: &mut Document) {
        match stage {
            Stage::Date => self.resolve_date(doc),
            Stage::Sentences => self.splitter.annotate(doc),
            Stage::Entities if self.stages.entities => self.entities.annotate(doc),
            Stage::Timexes if self.stages.timexes => self.timexes.annotate(doc),
            Stage::Events if self.stages.events => self.events.annotate(doc),
            _ => {}
        }
    }

    fn resolve_date(&self, doc: &mut Document) {
        if doc.date.is_none() {
            if let Some(d) = find_dateline(&doc.text, self.fallback_date) {
                doc.date = Some(d.date);
                doc.date_source = if d.year_inferred {
                    DateSource::DatelineInferredYear
                } else {
                    DateSource::Dateline
                };
            } else if let Some(d) = self.fallback_date {
                doc.date = Some(d);
                doc.date_source = DateSource::Option;
            }
        } else if doc.date_source == DateSource::None {
            doc.date_source = DateSource::Record;
        }
    }

    pub fn splitter(&self) -> &SentenceSplitter {
        &self.splitter
    }
    pub fn entity_recognizer(&self) -> &EntityRecognizer {
        &self.entities
    }
    pub fn event_extractor(&self) -> &EventExtractor {
        &self.events
    }
}
