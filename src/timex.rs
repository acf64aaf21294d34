//! Temporal expressions: recognition and TIMEX3 normalisation against the
//! document date.
//!
//! Contract: [`TimexTagger::annotate`] reads `doc.text`, `doc.sentences` and
//! `doc.date` (the anchor) and sets `doc.timexes` in text order,
//! non-overlapping. [`find_document_date`] looks for a dateline or
//! "Updated:" line that dates the article itself.
//!
//! (Placeholder implementation: issue 5 replaces it.)

use crate::model::Document;
use chrono::NaiveDate;

/// Options for the date stage.
#[derive(Clone, Copy, Debug, Default)]
pub struct TimexOptions {
    /// Read `01/02/2020` as 1 February (`--day-first`).
    pub day_first: bool,
}

pub struct TimexTagger {
    #[allow(dead_code)]
    options: TimexOptions,
}

impl TimexTagger {
    pub fn new(options: TimexOptions) -> TimexTagger {
        TimexTagger { options }
    }

    pub fn annotate(&self, doc: &mut Document) {
        doc.timexes.clear();
    }
}

/// The article's own date from a dateline or "Updated:" line near its top.
pub fn find_document_date(_text: &str) -> Option<NaiveDate> {
    None
}
