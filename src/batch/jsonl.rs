//! JSON Lines in, JSON Lines out: one record a line, every record written
//! back in input order with the article added, failures included.
//!
//! The output line is the input line with one field appended, so every
//! other field passes through byte for byte (key order, number forms,
//! escapes). A record that cannot be processed is written with an `error`
//! field instead, never dropped.

use std::io::{self, BufRead, Write};

use serde_json::Value;

use super::{ordered, outcome, Outcome, Output, Progress, Summary};
pub use crate::records::jsonl::{inflated, DEFAULT_FIELDS};
use crate::records::jsonl::{page_field, read_line, without_lone_surrogates, Fields};
use crate::Extractor;

/// How records are read and written.
#[derive(Debug, Clone)]
pub struct JsonlOptions {
    /// The field holding the page; `None` tries [`DEFAULT_FIELDS`].
    pub field: Option<String>,
    /// The field the article is written to.
    pub out_field: String,
    /// How the article is rendered into that field.
    pub output: Output,
}

impl Default for JsonlOptions {
    fn default() -> Self {
        JsonlOptions {
            field: None,
            out_field: "article".into(),
            output: Output::default(),
        }
    }
}

/// Reads records from `input` and writes one line per input line to
/// `sink`, in order, working on many records in parallel, and counts them
/// in `summary` (kept when a read error ends the input). Only I/O errors
/// stop it. A blank line gives an empty line; a line longer than the size
/// limit is an error record, read past without being held.
pub fn run(
    extractor: &Extractor,
    input: &mut dyn BufRead,
    sink: &mut dyn Write,
    opts: &JsonlOptions,
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
        |line| match line {
            Line::Record(n, line) => {
                let (out, outcome) = process_line(extractor, opts, n, &line);
                progress.done(line.len() as u64);
                (out, Some(outcome), line.len() as u64)
            }
            Line::Blank => ("\n".to_string(), None, 0),
            Line::TooLong(n, len) => {
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

/// One input line → one output line (with its newline) and its outcome.
pub fn process_line(
    extractor: &Extractor,
    opts: &JsonlOptions,
    line_no: usize,
    raw: &[u8],
) -> (String, Outcome) {
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t.trim_end(),
        Err(e) => {
            return failed_line(
                line_no,
                &format!("line is not UTF-8: {e}"),
                &String::from_utf8_lossy(raw),
            )
        }
    };
    // lone surrogate escapes (`"\udcff"`, which Python writes for bytes it
    // could not decode) become U+FFFD for the parse; the line passes through
    // as it is
    let parsable = without_lone_surrogates(text);
    let fields = match serde_json::from_str::<Fields<'_>>(&parsable) {
        Ok(f) => f,
        Err(e) => return failed_line(line_no, &format!("not a JSON object: {e}"), text),
    };
    let (value, error, outcome) = match page_field(&fields, opts.field.as_deref()) {
        Ok(page) => match extractor.extract_text(&page) {
            Ok(article) => (opts.output.value(&article), None, outcome(&article)),
            Err(e) => (Value::Null, Some(e.to_string()), Outcome::Failed),
        },
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
