//! newsfacts turns English news articles into structured, dated facts —
//! entities, dates, events, quotes and relations — each traceable to the
//! sentence and character offsets it came from.
//!
//! ```no_run
//! use newsfacts::{Config, Document, Pipeline};
//! let pipeline = Pipeline::new(&Config::default()).unwrap();
//! let mut doc = Document::new("a1", "China donated masks to Italy on Monday.");
//! pipeline.process(&mut doc);
//! println!("{}", newsfacts::output::json::to_json_line(&doc));
//! ```
//!
//! Stages, one module each: [`input`] → [`sentences`] → [`entities`] (with
//! [`gazetteer`]) → [`timex`] → [`events`] → [`output`]. The plain data types
//! they pass along are in [`model`].

pub mod entities;
pub mod eval;
pub mod events;
pub mod gazetteer;
pub mod hash;
pub mod input;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod run;
pub mod sentences;
pub mod timex;

pub use model::Document;
pub use pipeline::{Config, Pipeline};

/// The folder of third-party evaluation data (`../shared/data` beside the
/// crate, or `$NEWSFACTS_DATA`), for the measuring tests, examples and
/// benches. None when absent: callers skip with a notice, since the project
/// must build and pass its own tests without it.
pub fn shared_data_dir() -> Option<std::path::PathBuf> {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("NEWSFACTS_DATA")
        .map(std::path::PathBuf::from)
        .into_iter()
        // A git worktree one level further down finds the same folder.
        .chain([
            manifest.join("../shared/data"),
            manifest.join("../../shared/data"),
        ])
        .find(|p| p.is_dir())
}
