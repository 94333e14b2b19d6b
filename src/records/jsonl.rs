//! JSON Lines records: one JSON object a line, the page in one of its
//! string fields. Lines are read in bounded memory, a byte-order mark and a
//! `\r` dropped; fields are kept with their raw text, so that a writer can
//! set one and pass every other byte through.

use std::borrow::Cow;
use std::io::{self, BufRead};

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::article::Article;
use crate::error::Error;
use crate::Extractor;

/// The fields tried, in order, when no `--field` is given.
pub const DEFAULT_FIELDS: [&str; 5] = ["html", "content", "raw_html", "text", "body"];

/// `input`, inflated when it is gzip (`crawl.jsonl.gz`, known by its magic
/// bytes; concatenated members are read as one stream).
pub fn inflated<'a>(mut input: Box<dyn BufRead + 'a>) -> io::Result<Box<dyn BufRead + 'a>> {
    if input.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(input);
        return Ok(Box::new(io::BufReader::with_capacity(1 << 16, gz)));
    }
    Ok(input)
}

/// The next line without its newline, and its full length; no more than
/// `limit + 1` bytes of it are kept. A byte-order mark (Windows tools write
/// one, and a `cat` of their files puts it mid-stream) is dropped.
pub(crate) fn read_line(
    input: &mut dyn BufRead,
    limit: usize,
) -> io::Result<Option<(Vec<u8>, u64)>> {
    let mut line = Vec::new();
    let mut len = 0u64;
    let mut any = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        any = true;
        let (n, end) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, Some(i)),
            None => (buf.len(), None),
        };
        let part = &buf[..end.unwrap_or(n)];
        let room = (limit + 1).saturating_sub(line.len()).min(part.len());
        line.extend_from_slice(&part[..room]);
        len += part.len() as u64;
        input.consume(n);
        if end.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if line.starts_with(b"\xEF\xBB\xBF") {
        line.drain(..3);
        len -= 3;
    }
    if line.ends_with(b"\r") {
        line.pop();
        len -= 1;
    }
    Ok(Some((line, len)))
}

/// A record's top-level fields in order, each with its raw JSON text.
pub(crate) struct Fields<'a>(pub(crate) Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> Visitor<'de> for Visit {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(Visit)
    }
}

impl<'a> Fields<'a> {
    /// The last value of `name` (as a JSON parser keeps the last).
    pub(crate) fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| *v)
    }
}

/// The page to extract: the named field, or the first default one present.
pub(crate) fn page_field(fields: &Fields<'_>, field: Option<&str>) -> Result<String, String> {
    let name = match field {
        Some(f) => f,
        None => DEFAULT_FIELDS
            .into_iter()
            .find(|f| fields.get(f).is_some())
            .ok_or_else(|| format!("no {} field", DEFAULT_FIELDS.join(", ")))?,
    };
    let raw = fields
        .get(name)
        .ok_or_else(|| format!("no {name:?} field"))?;
    serde_json::from_str::<String>(raw.get())
        .map_err(|_| format!("field {name:?} is not a string but {}", kind(raw.get())))
}

fn kind(raw: &str) -> &'static str {
    match raw.as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// `\uD800`-`\uDFFF` escapes that are not a high-low pair, as `\uFFFD`: the
/// same length, so offsets into the result are offsets into `text`.
pub(crate) fn without_lone_surrogates(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let surrogate = |i: usize| -> Option<u16> {
        let hex = b.get(i..i + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        let v = u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()?;
        (0xD800..=0xDFFF).contains(&v).then_some(v)
    };
    let mut lone = Vec::new();
    let mut i = 0;
    // `i` may step past the end over a backslash that ends the line
    while let Some(off) = memchr::memchr(b'\\', b.get(i..).unwrap_or_default()) {
        let at = i + off;
        match surrogate(at) {
            Some(high @ 0xD800..=0xDBFF) if surrogate(at + 6).is_some_and(|low| low >= 0xDC00) => {
                let _ = high;
                i = at + 12;
            }
            Some(_) => {
                lone.push(at);
                i = at + 6;
            }
            // any other escape: skip the backslash and the escaped byte
            None => i = at + 2,
        }
    }
    if lone.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for at in lone {
        out.replace_range(at..at + 6, "\\ufffd");
    }
    Cow::Owned(out)
}

/// The `url` and the article of one line.
pub(crate) fn extract(
    extractor: &Extractor,
    raw: &[u8],
    field: Option<&str>,
) -> (Option<String>, Result<Article, Error>) {
    let text = match std::str::from_utf8(raw) {
        Ok(t) => t.trim_end(),
        Err(e) => return (None, Err(Error::Record(format!("line is not UTF-8: {e}")))),
    };
    let parsable = without_lone_surrogates(text);
    let fields = match serde_json::from_str::<Fields<'_>>(&parsable) {
        Ok(f) => f,
        Err(e) => return (None, Err(Error::Record(format!("not a JSON object: {e}")))),
    };
    let url = fields
        .get("url")
        .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok());
    let article = match page_field(&fields, field) {
        Ok(page) => extractor
            .read_text_page(&page, url.as_deref())
            .map(|p| extractor.decide(p, None)),
        Err(why) => Err(Error::Record(why)),
    };
    (url, article)
}
