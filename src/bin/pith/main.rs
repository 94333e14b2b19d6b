//! The `pith` command: a thin layer over the library.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod progress;

use clap::{Parser, ValueEnum};
use pith::batch::jsonl::{self, JsonlOptions};
use pith::batch::{self, warc, Outcome, Output, Progress, Summary};
use pith::{Extractor, InputKind, Options, SiteTemplates, TemplateLimits};
use pith::{Format, Style};
use progress::Bar;

// See the `mimalloc` feature in Cargo.toml.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
///   pith --jsonl < crawl.jsonl > articles.jsonl
///   pith --warc CC-MAIN-*.warc.gz > articles.jsonl
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

    /// Output format: `text` (paragraphs separated by a blank line),
    /// `markdown` (headings, lists, quotes, tables, links), `html` (minimal
    /// sanitized HTML) or `json` (metadata, text and every block with its
    /// score and reasons), e.g. `pith --format json page.html | jq .title`.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,

    /// Print the title first (a `#` heading in Markdown), e.g.
    /// `pith --title page.html`.
    #[arg(long)]
    title: bool,

    /// Links in Markdown and HTML output, e.g. `--links off`.
    #[arg(long, value_enum, default_value_t = Switch::On)]
    links: Switch,

    /// Images (with their alt text) in Markdown and HTML output.
    #[arg(long)]
    images: bool,

    /// Make relative links and images absolute against this URL, e.g.
    /// `--base-url https://example.com/news/`.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,

    /// Colour in --explain: `auto` when stdout is a terminal.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,

    /// Print every block, kept or dropped, with its score and reasons
    /// (e.g. `pith --explain page.html | less`).
    #[arg(long)]
    explain: bool,

    /// Write one output per input to DIR/<stem>.txt (.json with --format json),
    /// e.g. `pith --out-dir out/ pages/*.html`.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,

    /// Worker threads for many inputs (default and most: all cores), e.g. `-j 2`.
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,

    /// Keep/drop threshold on the boilerplate score, in (0, 1): lower keeps
    /// less (precision), higher keeps more (recall), e.g. `--threshold 0.6`.
    /// Overrides --mode.
    #[arg(long)]
    threshold: Option<f32>,

    /// Precision/recall trade-off: `precision` drops doubtful blocks,
    /// `recall` keeps them, e.g. `--mode recall`.
    #[arg(long, value_enum, default_value_t = ModeArg::Balanced)]
    mode: ModeArg,

    /// Read no more than this many bytes of an input (after gzip; 1024 at
    /// least) and cut what is over, flagged; a JSON Lines line over it is an
    /// error record, e.g. `--max-bytes 1000000`.
    #[arg(long, value_name = "N", default_value_t = 16 << 20)]
    max_bytes: usize,

    /// Read elements nested deeper than this (16 to 4096) as part of their
    /// parent, e.g. `--max-depth 256`.
    #[arg(long, value_name = "N", default_value_t = 512)]
    max_depth: usize,

    /// Cut a page after this many elements (1000 at least), flagged as
    /// truncated, e.g. `--max-elements 50000`.
    #[arg(long, value_name = "N", default_value_t = 200_000)]
    max_elements: usize,

    /// Phrases and class/id names to drop or keep, in a TOML file (see
    /// docs/formats.md), e.g. `--rules site-rules.toml`.
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,

    /// Keep block kinds that are dropped by default, e.g.
    /// `--keep comments,captions` (also: tables).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND")]
    keep: Vec<KeepArg>,

    /// Give up on a document after this many milliseconds (reported, the
    /// run goes on); default: none for one document, 30000 for many, e.g.
    /// `--timeout-ms 5000`.
    #[arg(long, value_name = "MS")]
    timeout_ms: Option<u64>,

    /// Read JSON Lines (stdin or FILEs) and write one JSON line per record,
    /// in order, with the article added, e.g.
    /// `pith --jsonl --field html < crawl.jsonl > out.jsonl`.
    #[arg(long, conflicts_with_all = ["warc", "out_dir", "explain"])]
    jsonl: bool,

    /// Read WARC or WET files (plain or gzipped) and write one JSON line per
    /// page: HTML responses, resource records, WET conversion records (url,
    /// warc_record_id, date, warc_refers_to, article), e.g.
    /// `pith --warc CC-MAIN-*.warc.gz > out.jsonl`.
    #[arg(long, conflicts_with_all = ["out_dir", "explain"])]
    warc: bool,

    /// With --jsonl: the field holding the page (default: the first of html,
    /// content, raw_html, text, body), e.g. `--field page`.
    #[arg(long, value_name = "NAME")]
    field: Option<String>,

    /// With --jsonl or --warc: the field the article is written to, e.g.
    /// `--out-field clean`.
    #[arg(long, value_name = "NAME", default_value = "article")]
    out_field: String,

    /// Learn what repeats on each site's pages across the run (folders,
    /// --jsonl, --warc: menus, rails, closing lines) and weigh it as
    /// boilerplate; for crawls of news sites, e.g.
    /// `pith --site-templates --jsonl < crawl.jsonl`.
    #[arg(long)]
    site_templates: bool,

    /// Start from the site templates an earlier run saved (implies
    /// --site-templates), e.g. `--templates crawl.templates`; one page is
    /// weighed against them.
    #[arg(long, value_name = "FILE")]
    templates: Option<PathBuf>,

    /// Write the site templates learned (with those of --templates) to FILE
    /// at the end, for the next run over the same sites (implies
    /// --site-templates), e.g. `--save-templates crawl.templates`.
    #[arg(long, value_name = "FILE")]
    save_templates: Option<PathBuf>,

    /// With --jsonl: the field holding the page's address, for its site
    /// (`a.b` inside an object; default: url, uri, link, metadata.url, then
    /// the address the page names), e.g. `--site-key source_url`.
    #[arg(long, value_name = "NAME")]
    site_key: Option<String>,

    /// No progress bar and no summary on stderr, e.g. `pith -q --out-dir out/ pages/`.
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
    Markdown,
    Html,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Switch {
    On,
    Off,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum KeepArg {
    Comments,
    Captions,
    Tables,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ModeArg {
    Precision,
    Balanced,
    Recall,
}

/// The time limit per document in batch runs: generous, a page takes
/// milliseconds.
const BATCH_TIMEOUT_MS: u64 = 30_000;

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
    if cli.out_dir.is_none() && stdout_was_closed() {
        eprintln!("pith: standard output is closed: nothing could be written");
        return Ok(ExitCode::from(2));
    }
    let options = match options(&cli) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("pith: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    if let Some(n) = cli.jobs {
        // more threads than cores only cost memory and start-up (a pool of
        // 100 000 takes minutes to make)
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        // only fails if a pool already exists, which cannot happen here
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.clamp(1, cores))
            .build_global();
    }
    let mut sites = match templates(&cli) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("pith: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let extractor = Extractor::new(options);
    let out = output(&cli);
    let code = dispatch(&cli, &extractor, &out, sites.as_mut())?;
    if let (Some(path), Some(t)) = (&cli.save_templates, &sites) {
        if let Err(e) = batch::save_templates(path, t) {
            eprintln!("pith: {}: cannot save the templates: {e}", path.display());
            return Ok(ExitCode::from(1));
        }
    }
    Ok(code)
}

/// The site templates the run starts from: none unless --site-templates,
/// --templates or --save-templates asks for them; those of --templates, or
/// none learned yet.
fn templates(cli: &Cli) -> Result<Option<SiteTemplates>, String> {
    let wanted = cli.site_templates || cli.templates.is_some() || cli.save_templates.is_some();
    if !wanted {
        return Ok(None);
    }
    let Some(path) = &cli.templates else {
        return Ok(Some(SiteTemplates::new()));
    };
    File::open(path)
        .map_err(pith::Error::from)
        .and_then(|f| SiteTemplates::load(BufReader::new(f), TemplateLimits::default()))
        .map(Some)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The extraction options the flags ask for, or why they cannot be had.
fn options(cli: &Cli) -> Result<Options, String> {
    let threshold = cli.threshold.unwrap_or(match cli.mode {
        ModeArg::Precision => pith::THRESHOLD_PRECISION,
        ModeArg::Balanced => pith::THRESHOLD_BALANCED,
        ModeArg::Recall => pith::THRESHOLD_RECALL,
    });
    let mut options = Options::default()
        .with_input(match cli.input {
            InputArg::Auto => InputKind::Auto,
            InputArg::Html => InputKind::Html,
            InputArg::Text => InputKind::Text,
        })
        .with_threshold(threshold)
        .and_then(|o| o.with_max_bytes(cli.max_bytes))
        .and_then(|o| o.with_max_depth(cli.max_depth))
        .and_then(|o| o.with_max_elements(cli.max_elements))
        .map_err(|e| e.to_string())?
        .with_keep(
            pith::Keep::default()
                .with_comments(cli.keep.contains(&KeepArg::Comments))
                .with_captions(cli.keep.contains(&KeepArg::Captions))
                .with_tables(cli.keep.contains(&KeepArg::Tables)),
        );
    if let Some(path) = &cli.rules {
        let rules = std::fs::read_to_string(path)
            .map_err(pith::Error::from)
            .and_then(|t| pith::Rules::from_toml(&t))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        options = options.with_rules(rules);
    }
    let batch_run = cli.jsonl || cli.warc || cli.out_dir.is_some() || cli.files.len() > 1;
    let timeout = cli.timeout_ms.or(batch_run.then_some(BATCH_TIMEOUT_MS));
    if let Some(ms) = timeout {
        options = options.with_timeout(std::time::Duration::from_millis(ms));
    }
    if let Some(label) = &cli.encoding {
        options = options
            .with_encoding_label(label)
            .map_err(|e| e.to_string())?;
    }
    Ok(options)
}

/// How each article is written.
fn output(cli: &Cli) -> Output {
    Output {
        format: match cli.format {
            FormatArg::Text => Format::Text,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Json => Format::Json,
        },
        style: Style::default()
            .with_title(cli.title)
            .with_links(cli.links == Switch::On)
            .with_images(cli.images)
            .with_base_url(cli.base_url.clone()),
        explain: cli.explain,
        color: match cli.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        },
    }
}

/// One page, a stream of records, or many files.
fn dispatch(
    cli: &Cli,
    extractor: &Extractor,
    out: &Output,
    sites: Option<&mut SiteTemplates>,
) -> io::Result<ExitCode> {
    let stdin_only =
        cli.files.is_empty() || (cli.files.len() == 1 && cli.files[0].as_os_str() == "-");
    let show = !cli.quiet;
    if cli.jsonl || cli.warc {
        return streams(cli, extractor, out, sites, stdin_only, show);
    }
    if stdin_only && cli.out_dir.is_none() {
        let result = batch::render_one(extractor, io::stdin().lock(), out, sites, None);
        return single(result, "<stdin>");
    }
    if stdin_only {
        eprintln!("pith: --out-dir needs input files or folders");
        return Ok(ExitCode::from(2));
    }

    let batch::Inputs {
        files: inputs,
        skipped,
    } = batch::expand_inputs(&cli.files, cli.out_dir.as_deref());
    for path in &skipped {
        eprintln!("pith: {}: skipped: not a regular file", path.display());
    }
    if inputs.len() == 1 && cli.out_dir.is_none() && !cli.files[0].is_dir() {
        let path = &inputs[0];
        let result = File::open(path)
            .map_err(pith::Error::from)
            .and_then(|f| batch::render_one(extractor, f, out, sites, None));
        return single(result, &path.display().to_string());
    }
    let progress = Bar::new(Some(batch::total_size(&inputs)), show);
    let summary = match &cli.out_dir {
        Some(dir) => batch::to_dir(extractor, &inputs, dir, out, sites, &progress)?,
        None => {
            let mut stdout = io::stdout().lock();
            batch::to_stream(extractor, &inputs, &mut stdout, out, sites, &progress)?
        }
    };
    Ok(finish(&summary, &progress, show))
}

/// Whether the command was started with stdout closed (`>&-`). Rust's
/// runtime then opens /dev/null in its place, read-write, and every write
/// succeeds unseen; a shell's `>/dev/null` opens it write-only. Linux only.
fn stdout_was_closed() -> bool {
    let Ok(target) = std::fs::read_link("/proc/self/fd/1") else {
        return false;
    };
    if target != std::path::Path::new("/dev/null") {
        return false;
    }
    let Ok(info) = std::fs::read_to_string("/proc/self/fdinfo/1") else {
        return false;
    };
    info.lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
        .is_some_and(|flags| flags & 0o3 == 0o2)
}

/// One document to stdout; its failure is the exit status.
fn single(result: Result<(String, Outcome), pith::Error>, name: &str) -> io::Result<ExitCode> {
    match result {
        Ok((text, _)) => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            stdout.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("pith: {name}: {e}");
            Ok(ExitCode::from(1))
        }
    }
}

/// `--jsonl` and `--warc`: streams of records from stdin or files, one JSON
/// line out per record.
fn streams(
    cli: &Cli,
    extractor: &Extractor,
    out: &Output,
    mut sites: Option<&mut SiteTemplates>,
    stdin_only: bool,
    show: bool,
) -> io::Result<ExitCode> {
    let sources: Vec<Option<&PathBuf>> = if stdin_only {
        vec![None]
    } else {
        cli.files.iter().map(Some).collect()
    };
    // WARC blocks and gzipped JSON Lines inflate past the file sizes: no
    // total, no ETA
    let gzipped = cli
        .files
        .iter()
        .any(|f| f.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")));
    let total = (!stdin_only && cli.jsonl && !gzipped).then(|| batch::total_size(&cli.files));
    let progress = Bar::new(total, show);
    let mut stdout = io::stdout().lock();
    let mut summary = Summary::default();
    let opts = jsonl_options(cli, out);
    for source in sources {
        let name = source.map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string());
        let input: Box<dyn BufRead> = match source {
            None => Box::new(io::stdin().lock()),
            Some(path) => match File::open(path) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    progress.report(&format!("pith: {name}: {e}"));
                    summary.count(Outcome::Failed);
                    continue;
                }
            },
        };
        let result = if cli.jsonl {
            jsonl::inflated(input).and_then(|mut input| {
                let mut s = Summary::default();
                let t = sites.as_deref_mut();
                let r = jsonl::run(
                    extractor,
                    &mut input,
                    &mut stdout,
                    &opts,
                    t,
                    &progress,
                    &mut s,
                );
                summary.add(&s);
                r.map(|()| Summary::default())
            })
        } else {
            warc::run(
                extractor,
                input,
                &name,
                &mut stdout,
                out,
                &cli.out_field,
                sites.as_deref_mut(),
                &progress,
            )
        };
        match result {
            Ok(s) => summary.add(&s),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Err(e),
            Err(e) => {
                // a read error ends this input; what was read is written
                progress.report(&format!("pith: {name}: {e}"));
                summary.count(Outcome::Failed);
            }
        }
    }
    Ok(finish(&summary, &progress, show))
}

/// How `--jsonl` records are read and written.
fn jsonl_options(cli: &Cli, out: &Output) -> JsonlOptions {
    JsonlOptions {
        field: cli.field.clone(),
        site_key: cli.site_key.clone(),
        out_field: cli.out_field.clone(),
        output: out.clone(),
    }
}

/// The summary on stderr; exit status 1 if anything failed.
fn finish(summary: &Summary, progress: &Bar, show: bool) -> ExitCode {
    progress.finish();
    if show {
        eprintln!("pith: {}", summary.line(progress.elapsed()));
    }
    if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
