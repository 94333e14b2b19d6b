//! Prints, for each page given, the features its kind is judged by, the
//! learned log-odds that it is an article, and the article's text with
//! the page decided either way, as one JSON line: the input of
//! `train/page_kind.py`.
//!
//! `cargo run --release --example page_kind_features -- PAGE...`

use std::io::Write;

use pith::{Extractor, Options};
use serde_json::{json, Map, Value};

fn main() {
    let plain = Extractor::default();
    let as_article = Extractor::new(Options::default().with_forced_kind(Some(true)));
    let as_page = Extractor::new(Options::default().with_forced_kind(Some(false)));
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in std::env::args().skip(1) {
        let line = match std::fs::read(&path) {
            Ok(bytes) => describe(&path, &bytes, &plain, &as_article, &as_page),
            Err(e) => json!({"path": path, "error": e.to_string()}),
        };
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}

fn describe(path: &str, bytes: &[u8], plain: &Extractor, a: &Extractor, p: &Extractor) -> Value {
    let read = match plain.read_page(bytes, None) {
        Ok(page) => page,
        Err(e) => return json!({"path": path, "error": e.to_string()}),
    };
    let Some((named, odds)) = read.kind_features() else {
        return json!({"path": path, "features": null});
    };
    let features: Map<String, Value> = named
        .into_iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    let text = |e: &Extractor| e.extract(bytes).map(|a| a.text()).unwrap_or_default();
    json!({
        "path": path,
        "features": features,
        "odds": odds,
        "article": text(a),
        "page": text(p),
    })
}
