//! Many inputs: folders, JSON Lines, WARC archives; parallel work with the
//! output kept in input order; a progress bar and a summary.

pub mod jsonl;
mod summary;
pub mod warc;

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::Value;

pub use crate::decode::decode;
pub use summary::{Outcome, Progress, Quiet, Summary};

use crate::write::{self, Format, Style};
use crate::{Article, Error, Extractor, ReadPage, SiteTemplates};

/// How each input is written.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// The format.
    pub format: Format,
    /// Title, links, images, base URL.
    pub style: Style,
    /// Print every block with its score and reasons.
    pub explain: bool,
    /// Colour the explanation (for a terminal).
    pub color: bool,
}

impl Output {
    /// The article as one document of this output.
    pub fn render(&self, article: &Article, file: Option<&str>) -> String {
        if self.explain {
            return match self.format {
                Format::Json => write::explain_json(article),
                _ => write::explain_text(article, self.color),
            };
        }
        match self.format {
            Format::Json => write::article_json(article, file),
            _ => write::render(article, self.format, &self.style),
        }
    }

    /// The article as a JSON value to put in a record: an object for the
    /// JSON format, the rendered string for the others.
    pub fn value(&self, article: &Article) -> Value {
        match self.format {
            Format::Json => write::article_value(article, false),
            _ => Value::String(write::render(article, self.format, &self.style)),
        }
    }
}

/// The outcome of an extraction that succeeded.
pub fn outcome(article: &Article) -> Outcome {
    Outcome::Done {
        empty: !article.kept().any(|_| true),
        truncated: article.truncated,
    }
}

/// The files a run reads, and what a folder walk passed over.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The files, in order.
    pub files: Vec<PathBuf>,
    /// Page-named entries below the folders that are not regular files
    /// (FIFOs, sockets, devices): reading one could block for ever.
    pub skipped: Vec<PathBuf>,
}

/// Expands folders into the `.html`, `.htm`, `.txt` files (and their `.gz`)
/// below them, sorted; files are taken as given. Symbolic links are
/// followed, each folder read once: a link back up the tree would otherwise
/// walk it again at every level. The folder `exclude` (the output folder)
/// is never entered, so that a run does not read its own earlier outputs.
pub fn expand_inputs(args: &[PathBuf], exclude: Option<&Path>) -> Inputs {
    let canonical = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let exclude = exclude.map(canonical);
    let mut inputs = Inputs::default();
    let mut seen = HashSet::new();
    for arg in args {
        if arg.is_dir() {
            let mut found = Vec::new();
            let mut stack = vec![arg.clone()];
            while let Some(dir) = stack.pop() {
                let real = canonical(&dir);
                if exclude.as_ref() == Some(&real) || !seen.insert(real) {
                    continue;
                }
                let Ok(entries) = fs::read_dir(&dir) else {
                    continue;
                };
                for e in entries.flatten() {
                    let p = e.path();
                    // the target's type, through symbolic links; one that
                    // cannot be read (a broken link) is taken, to be named
                    // by the read error
                    let meta = fs::metadata(&p).ok();
                    if meta.as_ref().is_some_and(fs::Metadata::is_dir) {
                        stack.push(p);
                    } else if is_page_file(&p) {
                        if meta.as_ref().is_none_or(fs::Metadata::is_file) {
                            found.push(p);
                        } else {
                            inputs.skipped.push(p);
                        }
                    }
                }
            }
            found.sort();
            inputs.files.extend(found);
        } else {
            inputs.files.push(arg.clone());
        }
    }
    inputs.skipped.sort();
    inputs
}

fn is_page_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".txt")
}

/// The total size of these files, for the progress bar.
pub fn total_size(paths: &[PathBuf]) -> u64 {
    paths
        .iter()
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

/// `DIR/<stem>.<ext>`: the file name without `.gz`, then without
/// `.html`/`.htm`/`.txt`, with the format's extension.
pub fn output_path(dir: &Path, input: &Path, format: Format) -> PathBuf {
    dir.join(format!("{}.{}", stem(input), format.extension()))
}

fn stem(input: &Path) -> String {
    let name = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    let mut stem = name.as_str();
    for suffix in [".gz", ".GZ"] {
        stem = stem.strip_suffix(suffix).unwrap_or(stem);
    }
    for suffix in [".html", ".htm", ".txt", ".HTML", ".HTM", ".TXT"] {
        if let Some(s) = stem.strip_suffix(suffix) {
            stem = s;
            break;
        }
    }
    stem.to_string()
}

/// Every input's output path, in order: [`output_path`], unless an earlier
/// input took that name (`a/index.html` and `b/index.html`, `x.html` and
/// `x.txt`) or it names an input itself; then `<stem>~2.<ext>`, `~3`, ...,
/// never another input's own name. Names are compared without case, as on
/// the file systems that ignore it. Without this, two pages would write one
/// file, at once.
pub fn output_paths(dir: &Path, inputs: &[PathBuf], format: Format) -> Vec<PathBuf> {
    let canonical = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let key = |p: &Path| p.to_string_lossy().to_lowercase();
    let base = canonical(dir);
    let ext = format.extension();
    let pages: HashSet<String> = inputs.iter().map(|p| key(&canonical(p))).collect();
    let first_choices: HashSet<String> = inputs
        .iter()
        .map(|p| key(&base.join(format!("{}.{ext}", stem(p)))))
        .collect();
    let mut used = HashSet::new();
    inputs
        .iter()
        .map(|input| {
            let stem = stem(input);
            let mut n = 1;
            loop {
                let name = if n == 1 {
                    format!("{stem}.{ext}")
                } else {
                    format!("{stem}~{n}.{ext}")
                };
                let k = key(&base.join(&name));
                let clash = pages.contains(&k)
                    || used.contains(&k)
                    || (n > 1 && first_choices.contains(&k));
                if !clash {
                    used.insert(k);
                    return dir.join(name);
                }
                n += 1;
            }
        })
        .collect()
}

/// Extracts one input and renders it; `file` names it in JSON output. No
/// more than the size limit is read. With `sites`, the page is learned
/// under its own site and weighed against what the templates hold.
pub fn render_one(
    extractor: &Extractor,
    input: impl io::Read,
    out: &Output,
    sites: Option<&mut SiteTemplates>,
    file: Option<&str>,
) -> Result<(String, Outcome), Error> {
    let article = match sites {
        None => extractor.extract_reader(input)?,
        Some(t) => {
            let bytes = crate::decode::read_bounded(input, extractor.options().max_bytes())?;
            let page = extractor.read_page(&bytes, None)?;
            t.learn_page(&page);
            extractor.decide(page, Some(t))
        }
    };
    Ok((out.render(&article, file), outcome(&article)))
}

/// Writes templates to `path` whole or not at all.
pub fn save_templates(path: &Path, templates: &SiteTemplates) -> io::Result<()> {
    let mut bytes = Vec::new();
    templates.save(&mut bytes)?;
    write_whole(path, &bytes)
}

/// A file read and scored, or why it could not be read;
/// and its size for the progress bar.
struct FileItem<'a> {
    path: &'a Path,
    page: Result<ReadPage, Error>,
    bytes: u64,
}

impl Staged for FileItem<'_> {
    fn learnable(&self) -> Option<&ReadPage> {
        self.page.as_ref().ok()
    }
}

/// A file read, with where its output goes.
impl<T> Staged for (FileItem<'_>, T) {
    fn learnable(&self) -> Option<&ReadPage> {
        self.0.learnable()
    }
}

/// Reads and scores one file; its site is the one its page names.
fn prepare_file<'a>(extractor: &Extractor, path: &'a Path) -> FileItem<'a> {
    let read = fs::File::open(path).and_then(|f| {
        let len = f.metadata()?.len();
        Ok((f, len))
    });
    let (page, bytes) = match read {
        Ok((f, len)) => {
            let page = crate::decode::read_bounded(f, extractor.options().max_bytes())
                .and_then(|b| extractor.read_page(&b, None));
            (page, len)
        }
        Err(e) => (Err(e.into()), 0),
    };
    FileItem { path, page, bytes }
}

/// Decides a file read and renders it; `file` names it in JSON output.
fn finish_file(
    extractor: &Extractor,
    item: FileItem<'_>,
    known: Option<&SiteTemplates>,
    out: &Output,
    file: Option<&str>,
) -> (Result<(String, Outcome), Error>, u64) {
    let result = item.page.map(|page| {
        let article = extractor.decide(page, known);
        (out.render(&article, file), outcome(&article))
    });
    (result, item.bytes)
}

/// Writes one output file per input into `dir`, in parallel; failures are
/// named on stderr and counted, the rest still written. With `sites`, each
/// page is weighed against its site's template, learned as the run goes.
pub fn to_dir(
    extractor: &Extractor,
    inputs: &[PathBuf],
    dir: &Path,
    out: &Output,
    sites: Option<&mut SiteTemplates>,
    progress: &dyn Progress,
) -> io::Result<Summary> {
    fs::create_dir_all(dir).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("{}: cannot be the output folder: {e}", dir.display()),
        )
    })?;
    let targets = output_paths(dir, inputs, out.format);
    for (path, target) in inputs.iter().zip(&targets) {
        let first_choice = output_path(dir, path, out.format);
        if *target != first_choice {
            progress.report(&format!(
                "pith: {}: written to {} ({} is taken)",
                path.display(),
                target.display(),
                first_choice.display()
            ));
        }
    }
    let mut summary = Summary::default();
    let mut next = inputs.iter().zip(&targets);
    ordered(
        || Ok(next.next()),
        |(path, _)| fs::metadata(path).map_or(0, |m| m.len() as usize),
        sites,
        |(path, target)| (prepare_file(extractor, path), target),
        |(item, target), known| {
            let path = item.path;
            let (result, bytes) = finish_file(extractor, item, known, out, None);
            let result = result.and_then(|(text, outcome)| {
                write_whole(target, text.as_bytes()).map_err(|e| {
                    Error::Io(io::Error::new(
                        e.kind(),
                        format!("cannot write {}: {e}", target.display()),
                    ))
                })?;
                Ok(outcome)
            });
            progress.done(bytes);
            (path, result, bytes)
        },
        |(path, result, bytes)| {
            summary.bytes += bytes;
            match result {
                Ok(outcome) => summary.count(outcome),
                Err(e) => {
                    progress.report(&format!("pith: {}: {e}", path.display()));
                    summary.count(Outcome::Failed);
                }
            }
            Ok(())
        },
    )?;
    Ok(summary)
}

/// Writes `bytes` to `target` whole or not at all: into a temporary file
/// beside it, then renamed over it. A full disk or a killed run leaves no
/// torn output behind.
fn write_whole(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let temp = target.with_file_name(format!(".{name}.pith-{}.tmp", std::process::id()));
    let written = fs::File::create(&temp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.flush()
    });
    match written.and_then(|()| fs::rename(&temp, target)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// Writes every input's output to `sink` in input order (`==> FILE <==`
/// headers for text, a `file` field for JSON), working in parallel; with
/// `sites`, learning and weighing the sites' templates as [`to_dir`] does.
pub fn to_stream(
    extractor: &Extractor,
    inputs: &[PathBuf],
    sink: &mut dyn Write,
    out: &Output,
    sites: Option<&mut SiteTemplates>,
    progress: &dyn Progress,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut first = true;
    let mut next = inputs.iter();
    ordered(
        || Ok(next.next()),
        |path| fs::metadata(path).map_or(0, |m| m.len() as usize),
        sites,
        |path| prepare_file(extractor, path),
        |item, known| {
            let path = item.path;
            let name = path.display().to_string();
            let (r, bytes) = finish_file(extractor, item, known, out, Some(&name));
            progress.done(bytes);
            (path, r, bytes)
        },
        |(path, r, bytes)| {
            summary.bytes += bytes;
            match r {
                Ok((text, outcome)) => {
                    if out.format != Format::Json || out.explain {
                        if !first {
                            sink.write_all(b"\n")?;
                        }
                        writeln!(sink, "==> {} <==", path.display())?;
                    }
                    first = false;
                    sink.write_all(text.as_bytes())?;
                    summary.count(outcome);
                }
                Err(e) => {
                    progress.report(&format!("pith: {}: {e}", path.display()));
                    summary.count(Outcome::Failed);
                }
            }
            Ok(())
        },
    )?;
    sink.flush()?;
    Ok(summary)
}

/// The most items, and about the most input bytes, held at once: memory
/// stays flat however long the input.
const CHUNK_BYTES: usize = 64 << 20;

/// When a batch learns its sites' templates, the pages read before the
/// first is decided: a site's first pages are weighed against its other
/// pages in the window, not against nothing.
pub const WINDOW_PAGES: usize = 1000;
/// About the most input bytes in that first window.
const WINDOW_BYTES: usize = 256 << 20;

/// A batch item between its reading and its decision.
pub(crate) trait Staged {
    /// The page read, to learn its site's template from; `None` for an
    /// item that holds no page.
    fn learnable(&self) -> Option<&ReadPage>;
}

/// Pulls items from `next` in chunks, reads each chunk's items in parallel
/// with `prepare`, learns their sites' templates in input order (when
/// `sites` is given), decides them in parallel with `finish`, and hands the
/// results to `emit` in input order. `weight` is an item's size in bytes,
/// so that a chunk of huge items stays small. A learning run's first chunk
/// is the warm-up window ([`WINDOW_PAGES`]); every page is decided with
/// what all pages up to the end of its chunk showed.
pub(crate) fn ordered<T, M, R>(
    mut next: impl FnMut() -> io::Result<Option<T>>,
    weight: impl Fn(&T) -> usize,
    mut sites: Option<&mut SiteTemplates>,
    prepare: impl Fn(T) -> M + Sync + Send,
    finish: impl Fn(M, Option<&SiteTemplates>) -> R + Sync + Send,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()>
where
    T: Send,
    M: Staged + Send,
    R: Send,
{
    let chunk_items = rayon::current_num_threads().max(1) * 16;
    let (mut max_items, mut max_bytes) = match sites {
        Some(_) => (WINDOW_PAGES.max(chunk_items), WINDOW_BYTES),
        None => (chunk_items, CHUNK_BYTES),
    };
    loop {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        let mut failure = None;
        while chunk.len() < max_items && bytes < max_bytes {
            match next() {
                Ok(Some(item)) => {
                    bytes += weight(&item);
                    chunk.push(item);
                }
                Ok(None) => break,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        let done = chunk.len() < max_items && bytes < max_bytes;
        if chunk.is_empty() && failure.is_none() {
            return Ok(());
        }
        let staged: Vec<M> = chunk.into_par_iter().map(&prepare).collect();
        if let Some(t) = sites.as_deref_mut() {
            for page in staged.iter().filter_map(Staged::learnable) {
                t.learn_page(page);
            }
        }
        let known = sites.as_deref();
        let results: Vec<R> = staged.into_par_iter().map(|m| finish(m, known)).collect();
        for r in results {
            emit(r)?;
        }
        if let Some(e) = failure {
            return Err(e);
        }
        if done {
            return Ok(());
        }
        (max_items, max_bytes) = (chunk_items, CHUNK_BYTES);
    }
}
