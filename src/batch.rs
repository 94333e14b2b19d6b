//! Many inputs: folders, output files, parallel work, ordered output.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::write::{self, Format};
use crate::{Error, Extractor};

/// An input's rendered output and whether its article was empty.
type Rendered = Result<(String, bool), Error>;

/// How each input is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Output {
    /// The format.
    pub format: Format,
    /// Print the title before the body (text format).
    pub title: bool,
    /// Print every block with its score and reasons.
    pub explain: bool,
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Inputs processed.
    pub pages: usize,
    /// Inputs that failed (named on stderr).
    pub failed: usize,
    /// Inputs whose article came out empty.
    pub empty: usize,
}

/// Expands folders into the `.html`, `.htm`, `.txt` files (and their `.gz`)
/// below them, sorted; files are taken as given.
pub fn expand_inputs(args: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let mut found = Vec::new();
            let mut stack = vec![arg.clone()];
            while let Some(dir) = stack.pop() {
                let Ok(entries) = fs::read_dir(&dir) else {
                    continue;
                };
                for e in entries.flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if is_page_file(&p) {
                        found.push(p);
                    }
                }
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(arg.clone());
        }
    }
    out
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

/// `DIR/<stem>.txt`: the file name without `.gz`, then without
/// `.html`/`.htm`/`.txt`; `.json` for the JSON format.
pub fn output_path(dir: &Path, input: &Path, format: Format) -> PathBuf {
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
    let ext = match format {
        Format::Text => "txt",
        Format::Json => "json",
    };
    dir.join(format!("{stem}.{ext}"))
}

/// Extracts one input and renders it; `file` names it in JSON output.
pub fn render_one(
    extractor: &Extractor,
    bytes: &[u8],
    out: Output,
    file: Option<&str>,
) -> Result<(String, bool), Error> {
    let article = extractor.extract(bytes)?;
    let empty = !article.kept().any(|_| true);
    let text = match (out.explain, out.format) {
        (true, Format::Text) => write::explain_text(&article),
        (true, Format::Json) => write::explain_json(&article),
        (false, Format::Json) => write::article_json(&article, file),
        (false, Format::Text) => write::article_text(&article, out.title),
    };
    Ok((text, empty))
}

fn process_file(
    extractor: &Extractor,
    path: &Path,
    out: Output,
    file: Option<&str>,
) -> Result<(String, bool), Error> {
    let bytes = fs::read(path)?;
    render_one(extractor, &bytes, out, file)
}

/// Writes one output file per input into `dir`, in parallel; failures are
/// named on stderr and counted, the rest still written.
pub fn to_dir(
    extractor: &Extractor,
    inputs: &[PathBuf],
    dir: &Path,
    out: Output,
) -> io::Result<Summary> {
    fs::create_dir_all(dir)?;
    let results: Vec<(bool, bool)> = inputs
        .par_iter()
        .map(|path| {
            let result = process_file(extractor, path, out, None).and_then(|(text, empty)| {
                fs::write(output_path(dir, path, out.format), text)?;
                Ok(empty)
            });
            match result {
                Ok(empty) => (true, empty),
                Err(e) => {
                    eprintln!("pith: {}: {e}", path.display());
                    (false, false)
                }
            }
        })
        .collect();
    Ok(summarize(&results))
}

/// Writes every input's output to `sink` in input order (`==> FILE <==`
/// headers for text, a `file` field for JSON), working in parallel chunks.
pub fn to_stream(
    extractor: &Extractor,
    inputs: &[PathBuf],
    sink: &mut dyn Write,
    out: Output,
) -> io::Result<Summary> {
    let mut results = Vec::with_capacity(inputs.len());
    let chunk = rayon::current_num_threads().max(1) * 8;
    let mut first = true;
    for group in inputs.chunks(chunk) {
        let rendered: Vec<(&PathBuf, Rendered)> = group
            .par_iter()
            .map(|path| {
                let name = path.display().to_string();
                (path, process_file(extractor, path, out, Some(&name)))
            })
            .collect();
        for (path, r) in rendered {
            match r {
                Ok((text, empty)) => {
                    if out.format == Format::Text {
                        if !first {
                            sink.write_all(b"\n")?;
                        }
                        writeln!(sink, "==> {} <==", path.display())?;
                    }
                    first = false;
                    sink.write_all(text.as_bytes())?;
                    results.push((true, empty));
                }
                Err(e) => {
                    eprintln!("pith: {}: {e}", path.display());
                    results.push((false, false));
                }
            }
        }
    }
    sink.flush()?;
    Ok(summarize(&results))
}

fn summarize(results: &[(bool, bool)]) -> Summary {
    Summary {
        pages: results.len(),
        failed: results.iter().filter(|r| !r.0).count(),
        empty: results.iter().filter(|r| r.0 && r.1).count(),
    }
}
