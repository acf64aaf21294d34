//! `newsfacts eval` as an example binary, for use before (or besides) the
//! CLI subcommand: `cargo run --release --example eval_corpus -- --gold corpus [--diff] ...`.
//! Takes exactly the options of `newsfacts eval` (see docs/corpus.md) and
//! runs the bundled pipeline with the default configuration.

use clap::Parser;
use newsfacts::eval::{run, EvalArgs};
use newsfacts::Config;

#[derive(Parser)]
#[command(about = "Score the pipeline against the labeled corpus")]
struct Cli {
    #[command(flatten)]
    eval: EvalArgs,
}

fn main() {
    let cli = Cli::parse();
    match run(&cli.eval, &Config::default()) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
