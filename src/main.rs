//! The `newsfacts` command line: argument parsing and wiring only. All work
//! happens in the library; this file turns results into exit codes:
//! 0 everything processed, 1 runtime failure (I/O), 2 usage or configuration
//! error, 3 some records failed (see `--errors`).

use clap::{Args, Parser, Subcommand};
use newsfacts::eval::EvalArgs;
use newsfacts::input::{FieldNames, InputFormat, InputOptions};
use newsfacts::output::json::JsonOptions;
use newsfacts::pipeline::{Config, Pipeline, Stages};
use newsfacts::run::{is_broken_pipe, run_extract, ExtractOptions, OutputFormat, Shard};
use newsfacts::timex::TimexOptions;
use std::path::PathBuf;
use std::process::ExitCode;

// The pipeline allocates many small, short-lived strings and vectors per
// document on every worker thread. glibc's malloc serialises and fragments
// under that load; mimalloc's thread-local free lists made `extract` about
// 25% faster on one thread (bench_pipeline on news_benchmark, 8.1 → 10.2
// MB/s). The library itself does not choose an allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "newsfacts",
    version,
    about = "Structured, dated facts from English news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract facts from articles (files, folders, or stdin) as JSONL or CSV.
    Extract(ExtractArgs),
    /// Show, for one document, which rules fired on which sentence and what they filled.
    Explain(ExplainArgs),
    /// Score extraction against the labeled corpus.
    ///
    /// An event matches a gold event of the same type, status and date that
    /// shares its trigger or an argument; arguments are scored inside events
    /// paired the same way whatever their status and date (docs/corpus.md,
    /// "Events and their arguments").
    Eval {
        #[command(flatten)]
        eval: EvalArgs,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Event rule files.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Validate a rule file and print a summary.
    Check { file: PathBuf },
}

/// Options that configure the pipeline (shared by extract, explain and eval).
#[derive(Args, Clone)]
struct PipelineArgs {
    /// Extra gazetteer TSV file (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Do not load the bundled gazetteers.
    #[arg(long)]
    no_default_gazetteers: bool,
    /// Extra rule file, TOML (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Do not load the bundled rules.
    #[arg(long)]
    no_default_rules: bool,
    /// Extra abbreviation list for the sentence splitter (repeatable).
    #[arg(long = "abbreviations", value_name = "FILE")]
    abbreviations: Vec<PathBuf>,
    /// Read numeric dates like 05/06/2020 as day/month.
    #[arg(long)]
    day_first: bool,
    /// Document date (YYYY-MM-DD) for documents that carry none; also the
    /// latest date a dateline without a year ("Dec 29 (Reuters) -") is placed
    /// at (default: the end of 2026).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Turn a stage off (repeatable): entities, timexes, events.
    #[arg(long = "disable", value_name = "STAGE", value_parser = ["entities", "timexes", "events"])]
    disable: Vec<String>,
}

impl PipelineArgs {
    fn config(&self) -> Config {
        Config {
            default_gazetteers: !self.no_default_gazetteers,
            gazetteer_files: self.gazetteers.clone(),
            default_rules: !self.no_default_rules,
            rule_files: self.rules.clone(),
            abbreviation_files: self.abbreviations.clone(),
            timex: TimexOptions {
                day_first: self.day_first,
            },
            stages: Stages {
                entities: !self.disable.iter().any(|s| s == "entities"),
                timexes: !self.disable.iter().any(|s| s == "timexes"),
                events: !self.disable.iter().any(|s| s == "events"),
            },
            fallback_date: self.date,
        }
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("{s:?} is not YYYY-MM-DD: {e}"))
}

/// Options that say how input records are read.
#[derive(Args, Clone)]
struct InputArgs {
    /// Format of the input (default: by extension; stdin is JSONL).
    #[arg(long, value_enum)]
    input_format: Option<InputFormat>,
    /// Record field holding the article text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Record field holding the id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Record field holding the document date.
    #[arg(long, default_value = "date")]
    date_field: String,
    /// Record field holding the title.
    #[arg(long, default_value = "title")]
    title_field: String,
    /// Record field holding the URL.
    #[arg(long, default_value = "url")]
    url_field: String,
}

impl InputArgs {
    fn options(&self, paths: Vec<String>) -> InputOptions {
        InputOptions {
            paths,
            format: self.input_format,
            fields: FieldNames {
                id: self.id_field.clone(),
                text: self.text_field.clone(),
                title: self.title_field.clone(),
                date: self.date_field.clone(),
                url: self.url_field.clone(),
            },
        }
    }
}

#[derive(Args)]
struct ExtractArgs {
    /// Files or folders to read; `-` or nothing reads stdin.
    inputs: Vec<String>,
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: OutputFormat,
    /// Output file (JSONL) or folder (CSV); default stdout, as is `-`.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Write the error report (JSONL: id, error, source, line) to FILE.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Also write error records into the JSONL output, so every input record has
    /// exactly one output line (on by default when reading stdin).
    #[arg(long)]
    inline_errors: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', default_value_t = 0)]
    threads: usize,
    /// Documents per batch (memory is bounded by about two batches).
    #[arg(long, default_value_t = 256)]
    batch_size: usize,
    /// Process only shard K of N (0-based), by a stable hash of the document id.
    #[arg(long, value_name = "K/N")]
    shard: Option<Shard>,
    /// Stop at the first bad record.
    #[arg(long)]
    strict: bool,
    /// No progress bar and no summary.
    #[arg(long, short)]
    quiet: bool,
    /// Include each document's text in the JSONL output.
    #[arg(long)]
    include_text: bool,
    /// Start CSV files with a UTF-8 BOM so Excel reads them as UTF-8.
    #[arg(long)]
    excel: bool,
}

#[derive(Args)]
struct ExplainArgs {
    /// A .txt article, or a JSONL/CSV file (the first record, or the one given by --id).
    input: String,
    /// Which record of a JSONL/CSV file to explain.
    #[arg(long)]
    id: Option<String>,
    #[command(flatten)]
    input_args: InputArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

fn build_pipeline(args: &PipelineArgs) -> Result<Pipeline, ExitCode> {
    Pipeline::new(&args.config()).map_err(|e| {
        eprintln!("newsfacts: {e:#}");
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    // A panic inside a stage is caught per document and reported as that
    // record's error (see run.rs); one line on stderr is enough, not a backtrace per record.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("newsfacts: internal error{place} (the record is reported as failed)");
    }));
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(a) => extract(a),
        Command::Explain(a) => explain(a),
        Command::Eval { eval, pipeline } => match newsfacts::eval::run(&eval, &pipeline.config()) {
            Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
            Err(e) => {
                eprintln!("newsfacts eval: {e:#}");
                ExitCode::from(2)
            }
        },
        Command::Rules {
            command: RulesCommand::Check { file },
        } => {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("newsfacts: cannot read {}: {e}", file.display());
                    return ExitCode::from(2);
                }
            };
            match newsfacts::events::check_rule_source(&file.display().to_string(), &text) {
                Ok(summary) => {
                    println!("{summary}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("newsfacts: {e:#}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn extract(a: ExtractArgs) -> ExitCode {
    // Never dropped: the process ends right after the run, and freeing the
    // gazetteer's million small blocks one by one (allocated on the loader's
    // threads, so each is a cross-thread free) cost 177 M instructions, as
    // much as processing 400 documents. The OS takes the memory back at once.
    let pipeline = match build_pipeline(&a.pipeline) {
        Ok(p) => std::mem::ManuallyDrop::new(p),
        Err(code) => return code,
    };
    let reads_stdin = a.inputs.is_empty() || a.inputs.iter().all(|p| p == "-");
    let opts = ExtractOptions {
        input: a.input.options(a.inputs),
        format: a.format,
        // "-" is stdout, as for inputs it is stdin: never a file named "-".
        output: a.output.filter(|p| p.as_os_str() != "-"),
        errors: a.errors,
        inline_errors: a.inline_errors || (reads_stdin && a.format == OutputFormat::Jsonl),
        threads: a.threads,
        batch_size: a.batch_size,
        shard: a.shard,
        strict: a.strict,
        progress: !a.quiet,
        json: JsonOptions {
            include_text: a.include_text,
        },
        excel_bom: a.excel,
    };
    match run_extract(&pipeline, &opts) {
        Ok(summary) => {
            if summary.output_closed {
                return ExitCode::SUCCESS;
            }
            if !a.quiet {
                eprint!("{}", summary.render());
            }
            if summary.documents_failed > 0 {
                ExitCode::from(3)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsfacts: {e:#}");
            if a.strict && format!("{e}").contains("--strict") {
                ExitCode::from(3)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

fn explain(a: ExplainArgs) -> ExitCode {
    let pipeline = match build_pipeline(&a.pipeline) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let opts = a.input_args.options(vec![a.input.clone()]);
    let found = newsfacts::input::DocumentReader::new(&opts).find(|item| match (&a.id, item) {
        (None, _) => true,
        (Some(id), Ok(doc)) => &doc.id == id,
        (Some(_), Err(_)) => false,
    });
    let mut doc = match found {
        Some(Ok(doc)) => doc,
        Some(Err(e)) => {
            eprintln!("newsfacts: {e}");
            return ExitCode::from(3);
        }
        None => {
            eprintln!("newsfacts: no matching document in {}", a.input);
            return ExitCode::from(2);
        }
    };
    pipeline.process(&mut doc);
    print!("{}", pipeline.event_extractor().explain(&doc));
    ExitCode::SUCCESS
}
