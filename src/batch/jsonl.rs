//! JSON Lines in, JSON Lines out: one record a line, every record written
//! back in input order with the article added, failures included.
//!
//! The output line is the input line with one field appended, so every
//! other field passes through byte for byte (key order, number forms,
//! escapes). A record that cannot be processed is written with an `error`
//! field instead, never dropped.

use std::io::{self, BufRead, Write};

use serde_json::{Map, Value};

use super::{ordered, outcome, Outcome, Output, Progress, Summary};
use crate::Extractor;

/// The fields tried, in order, when no `--field` is given.
pub const DEFAULT_FIELDS: [&str; 5] = ["html", "content", "raw_html", "text", "body"];

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

/// `input`, inflated when it is gzip (`crawl.jsonl.gz`, known by its magic
/// bytes; concatenated members are read as one stream).
pub fn inflated<'a>(mut input: Box<dyn BufRead + 'a>) -> io::Result<Box<dyn BufRead + 'a>> {
    if input.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(input);
        return Ok(Box::new(io::BufReader::with_capacity(1 << 16, gz)));
    }
    Ok(input)
}

/// Reads records from `input` and writes one line per record to `sink`, in
/// order, working on many records in parallel. Only I/O errors stop it.
pub fn run(
    extractor: &Extractor,
    input: &mut dyn BufRead,
    sink: &mut dyn Write,
    opts: &JsonlOptions,
    progress: &Progress,
) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut line_no = 0usize;
    ordered(
        || loop {
            let mut line = Vec::new();
            if input.read_until(b'\n', &mut line)? == 0 {
                return Ok(None);
            }
            line_no += 1;
            // a byte-order mark (Windows tools write one) is not JSON
            if line_no == 1 && line.starts_with(b"\xEF\xBB\xBF") {
                line.drain(..3);
            }
            // blank lines hold no record
            if !line.iter().all(u8::is_ascii_whitespace) {
                return Ok(Some((line_no, line)));
            }
        },
        |(_, line)| line.len(),
        |(n, line)| {
            let bytes = line.len() as u64;
            let (out, outcome) = process_line(extractor, opts, n, &line);
            progress.done(bytes);
            (out, outcome, bytes)
        },
        |(out, outcome, bytes)| {
            summary.count(outcome);
            summary.bytes += bytes;
            sink.write_all(out.as_bytes())
        },
    )?;
    sink.flush()?;
    Ok(summary)
}

/// One input line → one output line (with its newline) and its outcome.
pub fn process_line(
    extractor: &Extractor,
    opts: &JsonlOptions,
    line_no: usize,
    raw: &[u8],
) -> (String, Outcome) {
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t.trim(),
        Err(e) => {
            return failed_line(
                line_no,
                &format!("line is not UTF-8: {e}"),
                &String::from_utf8_lossy(raw),
            )
        }
    };
    let record: Map<String, Value> = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => return failed_line(line_no, &format!("not a JSON object: {e}"), text),
    };
    let (value, error, outcome) = match page_field(&record, opts.field.as_deref()) {
        Ok(page) => match extractor.extract_text(page) {
            Ok(article) => (opts.output.value(&article), None, outcome(&article)),
            Err(e) => (Value::Null, Some(e.to_string()), Outcome::Failed),
        },
        Err(why) => (Value::Null, Some(why), Outcome::Failed),
    };
    let mut extra = vec![(opts.out_field.as_str(), value)];
    if let Some(why) = error {
        extra.push(("error", Value::String(why)));
    }
    (append_fields(text, &record, extra), outcome)
}

/// The page to extract: the named field, or the first default one present.
fn page_field<'a>(record: &'a Map<String, Value>, field: Option<&str>) -> Result<&'a str, String> {
    let name = match field {
        Some(f) => f,
        None => DEFAULT_FIELDS
            .into_iter()
            .find(|f| record.contains_key(*f))
            .ok_or_else(|| format!("no {} field", DEFAULT_FIELDS.join(", ")))?,
    };
    match record.get(name) {
        Some(Value::String(s)) => Ok(s),
        Some(other) => Err(format!(
            "field {name:?} is not a string but {}",
            kind(other)
        )),
        None => Err(format!("no {name:?} field")),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The record's own text with `extra` fields appended before its closing
/// brace. A field the record already has is replaced, which needs a full
/// re-serialisation.
fn append_fields(text: &str, record: &Map<String, Value>, extra: Vec<(&str, Value)>) -> String {
    let mut out;
    if extra.iter().any(|(k, _)| record.contains_key(*k)) {
        let mut record = record.clone();
        for (k, v) in extra {
            record.insert(k.to_string(), v);
        }
        out = Value::Object(record).to_string();
    } else {
        // a parsed object ends with `}`
        let body = text.strip_suffix('}').unwrap_or(text).trim_end();
        out = String::with_capacity(text.len() + 256);
        out.push_str(body);
        let mut need_comma = !record.is_empty();
        for (k, v) in extra {
            if need_comma {
                out.push(',');
            }
            need_comma = true;
            out.push_str(&Value::String(k.to_string()).to_string());
            out.push(':');
            out.push_str(&v.to_string());
        }
        out.push('}');
    }
    out.push('\n');
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
