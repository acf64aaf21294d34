//! `newsfacts eval`: scores predictions against the labeled corpus.
//!
//! (Placeholder: issue 7 builds it.)

use crate::pipeline::Config;
use anyhow::Result;
use std::path::PathBuf;

/// Arguments of `newsfacts eval`.
#[derive(clap::Args, Debug, Clone)]
pub struct EvalArgs {
    /// Folder with the labeled corpus.
    #[arg(long, default_value = "corpus")]
    pub gold: PathBuf,
    /// Predictions (JSONL from `extract`); without it the extraction runs here.
    #[arg(long)]
    pub pred: Option<PathBuf>,
}

/// Runs the evaluation; returns the process exit code.
pub fn run(_args: &EvalArgs, _config: &Config) -> Result<i32> {
    anyhow::bail!("eval is not implemented yet")
}
