//! Golden files: every page in `corpus/` must come out as its
//! `NAME.expected.txt` (what `pith --title` prints). The expected files are
//! written by `corpus/build.py` from the article text, not from pith.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn input_for(expected: &Path) -> Option<PathBuf> {
    let name = expected
        .file_name()?
        .to_str()?
        .strip_suffix(".expected.txt")?
        .to_string();
    ["html", "txt", "html.gz", "txt.gz"]
        .iter()
        .map(|ext| expected.with_file_name(format!("{name}.{ext}")))
        .find(|p| p.exists())
}

/// A line diff that is enough to read: lines only in one side, marked.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    for line in &e {
        if !g.contains(line) {
            let _ = writeln!(out, "  - {line}");
        }
    }
    for line in &g {
        if !e.contains(line) {
            let _ = writeln!(out, "  + {line}");
        }
    }
    if out.is_empty() {
        out.push_str("  (same lines, different order or spacing)\n");
    }
    out
}

#[test]
fn corpus_pages_come_out_as_expected() {
    let mut expected: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".expected.txt"))
        .collect();
    expected.sort();
    assert!(
        expected.len() >= 30,
        "corpus has {} fixtures",
        expected.len()
    );
    let extractor = pith::Extractor::default();
    let mut failures = String::new();
    for exp in &expected {
        let input = input_for(exp).unwrap_or_else(|| panic!("no input beside {}", exp.display()));
        let bytes = std::fs::read(&input).expect("read input");
        let want = std::fs::read_to_string(exp).expect("read expected");
        let got = match extractor.extract(&bytes) {
            Ok(article) => pith::write::article_text(&article, true),
            Err(e) => format!("error: {e}\n"),
        };
        if got != want {
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = write!(
                failures,
                "\n{name}: (- expected only, + got only)\n{}",
                diff(&want, &got)
            );
        }
    }
    assert!(failures.is_empty(), "golden mismatches:{failures}");
}
