//! The `pith` command: a thin layer over the library.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use pith::batch::{self, Output};
use pith::write::Format;
use pith::{Extractor, InputKind, Options};

/// Strip ads and boilerplate from scraped news; keep the article body.
///
/// Reads HTML or plain text (any charset, gzip too) and writes the article.
///
/// Examples:
///   pith < page.html > article.txt
///   pith --input text < scraped.txt
///   pith --title --format json page.html.gz
///   pith --explain page.html            (why each block was kept or dropped)
///   pith --out-dir out/ pages/          (one out/<stem>.txt per input, all cores)
#[derive(Parser, Debug)]
#[command(name = "pith", version, verbatim_doc_comment)]
struct Cli {
    /// Input files or folders (.html, .htm, .txt and their .gz); none or `-`:
    /// stdin, e.g. `pith page.html` or `curl -s URL | pith`.
    files: Vec<PathBuf>,

    /// How to read the input: `auto` looks for markup; `text` takes one block
    /// a line, e.g. `pith --input text < scraped.txt`.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    input: InputArg,

    /// Charset to decode with, overriding the page's declaration
    /// (e.g. `--encoding windows-1252`).
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,

    /// Output format: `text` (paragraphs separated by a blank line) or `json`
    /// (title, text and every block with its score and reasons), e.g.
    /// `pith --format json page.html | jq .title`.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,

    /// Print the title as the first paragraph (text format), e.g.
    /// `pith --title page.html`.
    #[arg(long)]
    title: bool,

    /// Print every block, kept or dropped, with its score and reasons
    /// (e.g. `pith --explain page.html | less`).
    #[arg(long)]
    explain: bool,

    /// Write one output per input to DIR/<stem>.txt (.json with --format json),
    /// e.g. `pith --out-dir out/ pages/*.html`.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,

    /// Worker threads for many inputs (default: all cores), e.g. `-j 2`.
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,

    /// Keep/drop threshold on the boilerplate score, in (0, 1): lower keeps
    /// less (precision), higher keeps more (recall), e.g. `--threshold 0.6`.
    #[arg(long, default_value_t = 0.5)]
    threshold: f32,

    /// Cut inputs longer than this many bytes (after gzip), e.g. `--max-bytes 1000000`.
    #[arg(long, value_name = "N", default_value_t = 16 << 20)]
    max_bytes: usize,

    /// No summary on stderr after `--out-dir`, e.g. `pith -q --out-dir out/ pages/`.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum InputArg {
    Auto,
    Html,
    Text,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pith: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> io::Result<ExitCode> {
    let mut options = Options::default()
        .with_input(match cli.input {
            InputArg::Auto => InputKind::Auto,
            InputArg::Html => InputKind::Html,
            InputArg::Text => InputKind::Text,
        })
        .with_threshold(cli.threshold)
        .with_max_bytes(cli.max_bytes);
    if let Some(label) = &cli.encoding {
        options = match options.with_encoding_label(label) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("pith: {e}");
                return Ok(ExitCode::from(2));
            }
        };
    }
    if !(cli.threshold > 0.0 && cli.threshold < 1.0) {
        eprintln!(
            "pith: --threshold must be between 0 and 1, got {}",
            cli.threshold
        );
        return Ok(ExitCode::from(2));
    }
    if let Some(n) = cli.jobs {
        // only fails if a pool already exists, which cannot happen here
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let extractor = Extractor::new(options);
    let out = Output {
        format: match cli.format {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
        },
        title: cli.title,
        explain: cli.explain,
    };

    let stdin_only =
        cli.files.is_empty() || (cli.files.len() == 1 && cli.files[0].as_os_str() == "-");
    if stdin_only && cli.out_dir.is_none() {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return match batch::render_one(&extractor, &bytes, out, None) {
            Ok((text, _)) => {
                let mut stdout = io::stdout().lock();
                stdout.write_all(text.as_bytes())?;
                stdout.flush()?;
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                eprintln!("pith: <stdin>: {e}");
                Ok(ExitCode::from(1))
            }
        };
    }
    if stdin_only {
        eprintln!("pith: --out-dir needs input files or folders");
        return Ok(ExitCode::from(2));
    }

    let inputs = batch::expand_inputs(&cli.files);
    let summary = match &cli.out_dir {
        Some(dir) => batch::to_dir(&extractor, &inputs, dir, out)?,
        None if inputs.len() == 1 => {
            let path = &inputs[0];
            let result = std::fs::read(path)
                .map_err(pith::Error::from)
                .and_then(|b| batch::render_one(&extractor, &b, out, None));
            match result {
                Ok((text, _)) => {
                    let mut stdout = io::stdout().lock();
                    stdout.write_all(text.as_bytes())?;
                    stdout.flush()?;
                    return Ok(ExitCode::SUCCESS);
                }
                Err(e) => {
                    eprintln!("pith: {}: {e}", path.display());
                    return Ok(ExitCode::from(1));
                }
            }
        }
        None => {
            let mut stdout = io::stdout().lock();
            batch::to_stream(&extractor, &inputs, &mut stdout, out)?
        }
    };
    if !cli.quiet && cli.out_dir.is_some() {
        eprintln!(
            "pith: {} pages, {} failed, {} empty",
            summary.pages, summary.failed, summary.empty
        );
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
