//! JSON Lines in, JSON Lines out: one record a line, every record written
//! back in input order with the article added, failures included.
//!
//! The output line is the input line with one field appended, so every
//! other field passes through byte for byte (key order, number forms,
//! escapes). A record that cannot be processed is written with an `error`
//! field instead, never dropped.

use std::borrow::Cow;
use std::io::{self, BufRead, Write};

use serde_json::Value;

use super::{ordered, outcome, Outcome, Output, Progress, Staged, Summary};
pub use crate::records::jsonl::{inflated, DEFAULT_FIELDS};
use crate::records::jsonl::{page_field, read_line, without_lone_surrogates, Fields};
use crate::{Extractor, ReadPage, SiteTemplates};

/// How records are read and written.
#[derive(Debug, Clone)]
pub struct JsonlOptions {
    /// The field holding the page; `None` tries [`DEFAULT_FIELDS`].
    pub field: Option<String>,
    /// The field holding the page's address, for its site (`a.b` for a
    /// field inside an object); `None` tries [`URL_FIELDS`], then the
    /// address the page names.
    pub site_key: Option<String>,
    /// The field the article is written to.
    pub out_field: String,
    /// How the article is rendered into that field.
    pub output: Output,
}

/// The fields tried, in order, for a record's address when no
/// `--site-key` is given.
pub const URL_FIELDS: [&str; 4] = ["url", "uri", "link", "metadata.url"];

impl Default for JsonlOptions {
    fn default() -> Self {
        JsonlOptions {
            field: None,
            site_key: None,
            out_field: "article".into(),
            output: Output::default(),
        }
    }
}

/// Reads records from `input` and writes one line per input line to
/// `sink`, in order, working on many records in parallel, and counts them
/// in `summary` (kept when a read error ends the input). Only I/O errors
/// stop it. A blank line gives an empty line; a line longer than the size
/// limit is an error record, read past without being held. With `sites`,
/// each page is weighed against its site's template, learned as it goes.
pub fn run(
    extractor: &Extractor,
    input: &mut dyn BufRead,
    sink: &mut dyn Write,
    opts: &JsonlOptions,
    sites: Option<&mut SiteTemplates>,
    progress: &dyn Progress,
    summary: &mut Summary,
) -> io::Result<()> {
    let limit = extractor.options().max_bytes();
    let mut line_no = 0usize;
    ordered(
        || {
            let Some((line, len)) = read_line(input, limit)? else {
                return Ok(None);
            };
            line_no += 1;
            Ok(Some(if len > limit as u64 {
                Line::TooLong(line_no, len)
            } else if line.iter().all(u8::is_ascii_whitespace) {
                Line::Blank
            } else {
                Line::Record(line_no, line)
            }))
        },
        |line| match line {
            Line::Record(_, l) => l.len(),
            _ => 0,
        },
        sites,
        |line| match line {
            Line::Record(n, raw) => {
                let page = prepare_line(extractor, opts, &raw);
                Item::Record(n, raw, page)
            }
            Line::Blank => Item::Blank,
            Line::TooLong(n, len) => Item::TooLong(n, len),
        },
        |item, known| match item {
            Item::Record(n, raw, page) => {
                let (out, outcome) = finish_line(extractor, opts, n, &raw, page, known);
                progress.done(raw.len() as u64);
                (out, Some(outcome), raw.len() as u64)
            }
            Item::Blank => ("\n".to_string(), None, 0),
            Item::TooLong(n, len) => {
                let why =
                    format!("line is {len} bytes, over the size limit of {limit} (--max-bytes)");
                let v = serde_json::json!({ "error": why, "line": n });
                progress.done(len);
                (format!("{v}\n"), Some(Outcome::Failed), len)
            }
        },
        |(out, outcome, bytes)| {
            match outcome {
                Some(o) => summary.count(o),
                None => summary.skipped += 1,
            }
            summary.bytes += bytes;
            sink.write_all(out.as_bytes())
        },
    )?;
    sink.flush()
}

/// An input line as read.
enum Line {
    Record(usize, Vec<u8>),
    Blank,
    /// Its number and length; its bytes were not kept.
    TooLong(usize, u64),
}

/// An input line read and its page scored.
enum Item {
    Record(usize, Vec<u8>, Parsed),
    Blank,
    TooLong(usize, u64),
}

/// What a record line held.
enum Parsed {
    /// Not UTF-8, or not a JSON object: written back as an error record.
    Unreadable(String),
    /// The page read; or why the record has none.
    Page(Result<Box<ReadPage>, String>),
}

impl Staged for Item {
    fn learnable(&self) -> Option<&ReadPage> {
        match self {
            Item::Record(_, _, Parsed::Page(Ok(page))) => Some(page),
            _ => None,
        }
    }
}

/// One input line → one output line (with its newline) and its outcome.
pub fn process_line(
    extractor: &Extractor,
    opts: &JsonlOptions,
    line_no: usize,
    raw: &[u8],
) -> (String, Outcome) {
    let page = prepare_line(extractor, opts, raw);
    finish_line(extractor, opts, line_no, raw, page, None)
}

/// The line's text as a JSON parser reads it, and its fields.
fn parse(raw: &[u8]) -> Result<(&str, Cow<'_, str>), String> {
    let text = std::str::from_utf8(raw)
        .map_err(|e| format!("line is not UTF-8: {e}"))?
        .trim_end();
    // lone surrogate escapes (`"\udcff"`, which Python writes for bytes it
    // could not decode) become U+FFFD for the parse; the line passes
    // through as it is
    Ok((text, without_lone_surrogates(text)))
}

/// Reads and scores a record's page, and finds its site.
fn prepare_line(extractor: &Extractor, opts: &JsonlOptions, raw: &[u8]) -> Parsed {
    let (_, parsable) = match parse(raw) {
        Ok(p) => p,
        Err(why) => return Parsed::Unreadable(why),
    };
    let fields = match serde_json::from_str::<Fields<'_>>(&parsable) {
        Ok(f) => f,
        Err(e) => return Parsed::Unreadable(format!("not a JSON object: {e}")),
    };
    let url = record_url(&fields, opts.site_key.as_deref());
    Parsed::Page(page_field(&fields, opts.field.as_deref()).and_then(|page| {
        extractor
            .read_text_page(&page, url.as_deref())
            .map(Box::new)
            .map_err(|e| e.to_string())
    }))
}

/// The record's address: the `--site-key` field, else the first of
/// [`URL_FIELDS`] that holds a string.
fn record_url(fields: &Fields<'_>, key: Option<&str>) -> Option<String> {
    let string = |name: &str| -> Option<String> {
        let (top, inner) = match name.split_once('.') {
            Some((top, inner)) => (top, Some(inner)),
            None => (name, None),
        };
        let raw = fields.get(top)?;
        match inner {
            None => serde_json::from_str::<String>(raw.get()).ok(),
            Some(path) => {
                let v: Value = serde_json::from_str(raw.get()).ok()?;
                let v = path.split('.').try_fold(&v, |v, k| v.get(k))?;
                v.as_str().map(str::to_string)
            }
        }
    };
    match key {
        Some(k) => string(k),
        None => URL_FIELDS.iter().find_map(|f| string(f)),
    }
}

/// Decides a record's page and writes its line.
fn finish_line(
    extractor: &Extractor,
    opts: &JsonlOptions,
    line_no: usize,
    raw: &[u8],
    parsed: Parsed,
    known: Option<&SiteTemplates>,
) -> (String, Outcome) {
    let page = match parsed {
        Parsed::Page(page) => page,
        Parsed::Unreadable(why) => {
            return failed_line(line_no, &why, &String::from_utf8_lossy(raw))
        }
    };
    // read once already: the line is UTF-8 and an object
    let Ok((text, parsable)) = parse(raw) else {
        return failed_line(line_no, "line is not UTF-8", &String::from_utf8_lossy(raw));
    };
    let Ok(fields) = serde_json::from_str::<Fields<'_>>(&parsable) else {
        return failed_line(line_no, "not a JSON object", text);
    };
    let (value, error, outcome) = match page {
        Ok(page) => {
            let article = extractor.decide(*page, known);
            (opts.output.value(&article), None, outcome(&article))
        }
        Err(why) => (Value::Null, Some(why), Outcome::Failed),
    };
    let mut extra = vec![(opts.out_field.as_str(), value)];
    if let Some(why) = error {
        extra.push(("error", Value::String(why)));
    }
    let base = parsable.as_ptr() as usize;
    (with_fields(text, base, &fields, extra), outcome)
}

/// The record's own text with `extra` fields set: a field it has already is
/// replaced where it stands, a new one appended before the closing brace;
/// every other byte passes through. `base` is the address of the text the
/// fields were parsed from (of `text`'s length).
fn with_fields(text: &str, base: usize, fields: &Fields<'_>, extra: Vec<(&str, Value)>) -> String {
    let mut replace: Vec<(usize, usize, String)> = Vec::new();
    let mut append = Vec::new();
    // a key given twice (`--out-field error` on a failure) is set once, to
    // its last value
    let last: Vec<(&str, Value)> = extra
        .iter()
        .enumerate()
        .filter(|(i, (k, _))| !extra[i + 1..].iter().any(|(later, _)| later == k))
        .map(|(_, (k, v))| (*k, v.clone()))
        .collect();
    for (k, v) in last {
        match fields.get(k) {
            Some(raw) => {
                let start = raw.get().as_ptr() as usize - base;
                replace.push((start, start + raw.get().len(), v.to_string()));
            }
            None => append.push((k, v)),
        }
    }
    replace.sort_by_key(|r| r.0);
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for (start, end, value) in replace {
        out.push_str(&text[at..start]);
        out.push_str(&value);
        at = end;
    }
    // a parsed object ends with `}`
    let body = text[at..]
        .strip_suffix('}')
        .unwrap_or(&text[at..])
        .trim_end();
    out.push_str(body);
    let mut need_comma = !fields.0.is_empty();
    for (k, v) in append {
        if need_comma {
            out.push(',');
        }
        need_comma = true;
        out.push_str(&Value::String(k.to_string()).to_string());
        out.push(':');
        out.push_str(&v.to_string());
    }
    out.push_str("}\n");
    out
}

/// The line written for input that is not a JSON object: the reason, the
/// line number and the input itself, so nothing is lost.
fn failed_line(line_no: usize, why: &str, input: &str) -> (String, Outcome) {
    let v = serde_json::json!({ "error": why, "line": line_no, "input": input });
    (format!("{v}\n"), Outcome::Failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(raw: &str) -> (Value, Outcome) {
        let (out, outcome) = process_line(
            &Extractor::default(),
            &JsonlOptions::default(),
            1,
            raw.as_bytes(),
        );
        assert!(out.ends_with('\n') && !out[..out.len() - 1].contains('\n'));
        (serde_json::from_str(&out).expect("output is JSON"), outcome)
    }

    #[test]
    fn other_fields_pass_through_in_their_order() {
        let raw = r#"{"z":1.50,"id":"a\u00e9","html":"<p>Short.</p>"}"#;
        let (out, _) = process_line(
            &Extractor::default(),
            &JsonlOptions::default(),
            1,
            raw.as_bytes(),
        );
        assert!(out.starts_with(r#"{"z":1.50,"id":"a\u00e9","html":"<p>Short.</p>","article":"#));
    }

    #[test]
    fn a_line_that_ends_in_a_backslash_is_an_error_record() {
        for raw in [r#"{"a":1}\"#, r"C:\dir\", "\\"] {
            let (v, o) = line(raw);
            assert_eq!(o, Outcome::Failed);
            assert!(v["error"]
                .as_str()
                .is_some_and(|e| e.contains("not a JSON")));
        }
    }

    #[test]
    fn the_output_field_named_error_is_written_once() {
        let opts = JsonlOptions {
            out_field: "error".into(),
            ..JsonlOptions::default()
        };
        for raw in [r#"{"error":"old","html":5}"#, r#"{"html":5}"#] {
            let (out, _) = process_line(&Extractor::default(), &opts, 1, raw.as_bytes());
            assert_eq!(out.matches("\"error\"").count(), 1, "{out}");
            let v: Value = serde_json::from_str(&out).expect("JSON");
            assert!(v["error"]
                .as_str()
                .is_some_and(|e| e.contains("not a string")));
        }
    }

    #[test]
    fn failures_say_why() {
        let (v, o) = line(r#"{"id": 3, "html": 5}"#);
        assert_eq!(o, Outcome::Failed);
        assert_eq!(v["id"], 3);
        assert!(v["error"].as_str().unwrap_or("").contains("not a string"));
        let (v, _) = line(r#"{"id": 4}"#);
        assert!(v["error"].as_str().unwrap_or("").starts_with("no html"));
        let (v, _) = line(r#"[1, 2]"#);
        assert_eq!(v["input"], "[1, 2]");
        let (v, _) = line(r#"{"id": 5, "html": "x", "article": 1}"#);
        assert_eq!(v["article"], "");
    }
}
