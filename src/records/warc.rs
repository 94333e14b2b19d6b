//! WARC/1.0 and 1.1 archives (plain, gzip per record as Common Crawl ships
//! them, or the whole file gzipped): their records, and the page each HTML
//! response, `resource` record or WET `conversion` record holds.
//!
//! The reader is ours rather than the `warc` crate's: that one pulls in
//! url, chrono, uuid and a second deflate library, and stops at the first
//! corrupt gzip member, while a crawl archive needs to skip a bad record
//! and go on. Here a corrupt member or a malformed record is reported and
//! the reader resynchronises at the next gzip member or `WARC/` line.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

use encoding_rs::Encoding;
use flate2::bufread::GzDecoder;

use crate::article::Article;
use crate::decode;
use crate::error::Error;
use crate::read::InputKind;
use crate::{Extractor, ReadPage};

/// One WARC record: its headers and (up to the size limit) its block.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// Header names as written, with their values.
    pub headers: Vec<(String, String)>,
    /// The record block (for a response: HTTP headers and payload).
    pub block: Vec<u8>,
    /// The block was longer than the limit and was cut.
    pub cut: bool,
}

impl Record {
    /// A header's value; names compare without case.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a record could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// Byte offset in the (decompressed) stream where the bad record starts.
    pub offset: u64,
    /// What was wrong.
    pub reason: String,
}

/// Reads records one by one from a plain or gzipped WARC stream, in
/// bounded memory: gzip is inflated a slice at a time, whether each record
/// is its own member (as crawlers write) or the whole file is one.
pub struct WarcReader<R: BufRead> {
    /// The source between gzip members (and all along for plain input).
    src: Option<R>,
    /// The gzip member being inflated.
    member: Option<GzDecoder<R>>,
    gzip: bool,
    /// Decompressed bytes not yet parsed.
    buf: Vec<u8>,
    /// Stream offset of `buf[0]`.
    offset: u64,
    eof: bool,
    /// A corrupt gzip member seen while filling, reported next.
    pending: Option<String>,
    /// Most bytes of a block kept in memory; the rest is skipped.
    max_block: usize,
    /// Stream offsets where gzip members begin, from `offset` on: a reader
    /// lost in a bad record picks up at the next one.
    members: VecDeque<u64>,
}

/// Bytes inflated at a time.
const SLICE: usize = 64 * 1024;

/// Blocks are kept up to this size beyond the page limit: HTTP headers.
const HEADER_ROOM: usize = 64 * 1024;

impl<R: BufRead> WarcReader<R> {
    /// A reader over `src`; gzip is recognised by its magic bytes. Blocks
    /// longer than `max_block` are cut there (and flagged).
    pub fn new(mut src: R, max_block: usize) -> io::Result<Self> {
        let gzip = src.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        Ok(WarcReader {
            src: Some(src),
            member: None,
            gzip,
            buf: Vec::new(),
            offset: 0,
            eof: false,
            pending: None,
            max_block: max_block.saturating_add(HEADER_ROOM),
            members: VecDeque::new(),
        })
    }

    /// The next record, a record that could not be read (the reader then
    /// resynchronises), or `None` at the end. Only I/O errors are `Err`.
    pub fn next_record(&mut self) -> io::Result<Option<Result<Record, RecordError>>> {
        loop {
            if let Some(reason) = self.pending.take() {
                return Ok(Some(Err(RecordError {
                    offset: self.offset,
                    reason,
                })));
            }
            // skip the blank lines between records
            let blank = self
                .buf
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
            self.consume(blank);
            if self.buf.is_empty() && !self.fill()? {
                return Ok(None);
            }
            if self.buf.len() < 8 && self.fill()? {
                continue;
            }
            if self.pending.is_some() {
                continue;
            }
            return self.record_at(self.offset).map(Some);
        }
    }

    /// The record that starts at the head of the buffer, at stream offset
    /// `start`.
    fn record_at(&mut self, start: u64) -> io::Result<Result<Record, RecordError>> {
        let bad = |reason: String| {
            Err(RecordError {
                offset: start,
                reason,
            })
        };
        if !self.buf.starts_with(b"WARC/") {
            self.resync()?;
            return Ok(bad(
                "no WARC/ version line where a record should start".into()
            ));
        }
        let header_end = loop {
            if let Some(end) = find_header_end(&self.buf) {
                break Some(end);
            }
            if self.buf.len() > HEADER_ROOM || self.pending.is_some() || !self.fill()? {
                break None;
            }
        };
        let Some((head_len, block_start)) = header_end else {
            self.resync()?;
            return Ok(bad("record headers do not end".into()));
        };
        let headers = parse_headers(&self.buf[..head_len]);
        let length = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.trim().parse::<u64>().ok());
        self.consume(block_start);
        let Some(length) = length else {
            self.resync()?;
            return Ok(bad("record has no valid Content-Length".into()));
        };
        self.block(start, headers, length)
    }

    /// The record's block of `length` bytes, kept up to the limit and the
    /// rest read past.
    fn block(
        &mut self,
        start: u64,
        headers: Vec<(String, String)>,
        length: u64,
    ) -> io::Result<Result<Record, RecordError>> {
        let bad = |reason: String| {
            Err(RecordError {
                offset: start,
                reason,
            })
        };
        let keep = length.min(self.max_block as u64) as usize;
        while self.buf.len() < keep && self.pending.is_none() && self.fill()? {}
        if self.buf.len() < keep {
            let got = self.buf.len();
            self.consume(got);
            return Ok(bad(match self.pending.take() {
                Some(why) => format!("{why} (in a block of {length} bytes)"),
                None => format!("truncated: block of {length} bytes ends after {got}"),
            }));
        }
        let block = self.buf[..keep].to_vec();
        self.consume(keep);
        let mut rest = length - keep as u64;
        while rest > 0 {
            if self.buf.is_empty() && (self.pending.is_some() || !self.fill()?) {
                return Ok(bad(format!(
                    "truncated: block of {length} bytes ends early"
                )));
            }
            let n = (rest.min(self.buf.len() as u64)) as usize;
            self.consume(n);
            rest -= n as u64;
        }
        // a crawler that cut the payload says so
        let truncated = headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("WARC-Truncated"));
        Ok(Ok(Record {
            headers,
            block,
            cut: length > keep as u64 || truncated,
        }))
    }

    fn consume(&mut self, n: usize) {
        self.buf.drain(..n);
        self.offset += n as u64;
        while self.members.front().is_some_and(|&m| m < self.offset) {
            self.members.pop_front();
        }
    }

    /// Appends more decompressed bytes to `buf`, or notes a corrupt gzip
    /// member in `pending`; false at the end of the stream.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if !self.gzip {
            let Some(src) = self.src.as_mut() else {
                return Ok(false);
            };
            let chunk = src.fill_buf()?;
            if chunk.is_empty() {
                self.eof = true;
                return Ok(false);
            }
            let n = chunk.len();
            self.buf.extend_from_slice(chunk);
            src.consume(n);
            return Ok(true);
        }
        loop {
            let member = match self.member.as_mut() {
                Some(m) => m,
                None => {
                    let Some(mut src) = self.src.take() else {
                        return Ok(false);
                    };
                    if src.fill_buf()?.is_empty() {
                        self.src = Some(src);
                        self.eof = true;
                        return Ok(false);
                    }
                    self.members.push_back(self.offset + self.buf.len() as u64);
                    self.member.insert(GzDecoder::new(src))
                }
            };
            let before = self.buf.len();
            self.buf.resize(before + SLICE, 0);
            let read = member.read(&mut self.buf[before..]);
            self.buf.truncate(before + *read.as_ref().unwrap_or(&0));
            match read {
                Ok(0) => {
                    // the member ended: the next one (or the end) follows
                    self.src = self.member.take().map(GzDecoder::into_inner);
                }
                Ok(_) => return Ok(true),
                Err(e) => {
                    // a corrupt member is dropped whole and noted; the
                    // records after it are still read
                    let start = self.members.back().copied().unwrap_or(0).max(self.offset);
                    self.buf.truncate((start - self.offset) as usize);
                    self.members.retain(|&m| m < start);
                    self.pending = Some(format!("corrupt gzip member: {e}"));
                    let mut src = self.member.take().map(GzDecoder::into_inner);
                    if let Some(src) = src.as_mut() {
                        skip_to_magic(src)?;
                    }
                    self.src = src;
                    return Ok(true);
                }
            }
        }
    }

    /// Drops bytes up to the next line that starts a record, or the next
    /// gzip member, whichever comes first.
    fn resync(&mut self) -> io::Result<()> {
        let start = self.offset;
        loop {
            let member = self
                .members
                .iter()
                .find(|&&m| m > start)
                .map(|&m| (m - self.offset) as usize)
                .filter(|&m| m <= self.buf.len());
            let line =
                memchr::memmem::find(&self.buf[1.min(self.buf.len())..], b"\nWARC/").map(|i| i + 2);
            let to = match (line, member) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if let Some(to) = to {
                self.consume(to);
                return Ok(());
            }
            let keep = self.buf.len().min(6);
            let drop = self.buf.len() - keep;
            self.consume(drop);
            if !self.fill()? {
                let all = self.buf.len();
                self.consume(all);
                return Ok(());
            }
        }
    }
}

/// Skips the rest of a bad gzip member: up to the next `1f 8b 08`.
fn skip_to_magic(src: &mut impl BufRead) -> io::Result<()> {
    loop {
        let chunk = src.fill_buf()?;
        if chunk.is_empty() {
            return Ok(());
        }
        match memchr::memmem::find(chunk, &[0x1f, 0x8b, 0x08]) {
            Some(i) => {
                src.consume(i);
                return Ok(());
            }
            None => {
                // keep two bytes: the magic may straddle chunks
                let n = chunk.len().saturating_sub(2).max(1);
                src.consume(n);
            }
        }
    }
}

/// (end of the header lines, start of the block): after `\r\n\r\n`, or a
/// bare `\n\n` from sloppy writers.
fn find_header_end(buf: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(buf, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(buf, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// `Name: value` lines after the version line; continuation lines (leading
/// space) extend the previous value.
fn parse_headers(head: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(head);
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in text.lines().skip(1) {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    headers
}

/// An HTTP response inside a record block.
#[derive(Debug, Default)]
struct Http<'a> {
    content_type: Option<String>,
    chunked: bool,
    body: &'a [u8],
}

fn parse_http(block: &[u8]) -> Option<Http<'_>> {
    if !block.starts_with(b"HTTP/") {
        return None;
    }
    let (head_end, body_start) = find_header_end(block).unwrap_or((block.len(), block.len()));
    let mut http = Http {
        body: &block[body_start..],
        ..Http::default()
    };
    for (k, v) in parse_headers(&block[..head_end]) {
        if k.eq_ignore_ascii_case("Content-Type") {
            http.content_type = Some(v);
        } else if k.eq_ignore_ascii_case("Transfer-Encoding") {
            http.chunked = v.to_ascii_lowercase().contains("chunked");
        }
    }
    Some(http)
}

/// Undoes chunked transfer coding; a malformed body is returned as it is.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let eol = memchr::memmem::find(rest, b"\r\n")?;
        let size_text = std::str::from_utf8(&rest[..eol]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        rest = &rest[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        let chunk = rest.get(..size)?;
        out.extend_from_slice(chunk);
        rest = rest.get(size..)?;
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
    }
}

fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type {
        Some(ct) => {
            let ct = ct.to_ascii_lowercase();
            ct.contains("text/html") || ct.contains("application/xhtml")
        }
        // no Content-Type: believe the bytes
        None => {
            let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
            head.contains("<html") || head.contains("<!doctype html")
        }
    }
}

/// What a record holds for pith.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An HTTP response (HTML is extracted, other types skipped).
    Response,
    /// A document stored as it is (`resource`): HTML or plain text.
    Resource,
    /// A WET `conversion`: the page's text, one block a line.
    Conversion,
}

pub(crate) fn kind(rec: &Record) -> Option<Kind> {
    let t = rec.header("WARC-Type")?;
    [
        ("response", Kind::Response),
        ("resource", Kind::Resource),
        ("conversion", Kind::Conversion),
    ]
    .into_iter()
    .find(|(name, _)| t.eq_ignore_ascii_case(name))
    .map(|(_, k)| k)
}

/// A page inside a record: its bytes, how to read them, and the charset its
/// headers name.
type Document<'a> = (Cow<'a, [u8]>, InputKind, Option<&'static Encoding>);

/// The page in a record; `None` when it holds none.
fn document(rec: &Record, kind: Kind) -> Option<Document<'_>> {
    match kind {
        Kind::Response => {
            let http = parse_http(&rec.block)?;
            if !is_html(http.content_type.as_deref(), http.body) {
                return None;
            }
            let body = match http.chunked.then(|| dechunk(http.body)).flatten() {
                Some(joined) => Cow::Owned(joined),
                None => Cow::Borrowed(http.body),
            };
            // the HTTP charset overrides the page's meta, as in a browser
            let hint = http
                .content_type
                .as_deref()
                .and_then(|ct| decode::charset_in_content(ct.as_bytes()));
            Some((body, InputKind::Html, hint))
        }
        Kind::Resource | Kind::Conversion => {
            let ct = rec.header("Content-Type");
            let hint = ct.and_then(|ct| decode::charset_in_content(ct.as_bytes()));
            let input = if is_html(ct, &rec.block) {
                InputKind::Html
            } else if kind == Kind::Conversion
                || ct.is_some_and(|c| c.to_ascii_lowercase().starts_with("text/plain"))
            {
                InputKind::Text
            } else {
                return None;
            };
            Some((Cow::Borrowed(&rec.block[..]), input, hint))
        }
    }
}

/// The page in a record read and scored (its site that of the record's
/// target URI), or `None` when it holds none. The
/// charset that the record's headers name overrides the page's own.
pub(crate) fn prepare(
    extractor: &Extractor,
    rec: &Record,
    kind: Kind,
) -> Option<Result<ReadPage, Error>> {
    let (body, input, hint) = document(rec, kind)?;
    let options = extractor.options();
    let result = if hint.is_some() || input != options.input() {
        let mut own = options.clone().with_input(input);
        if let Some(enc) = hint {
            own = own.with_encoding(enc);
        }
        extractor
            .with_options(own)
            .read_page(&body, target_uri(rec))
    } else {
        extractor.read_page(&body, target_uri(rec))
    };
    Some(result.map(|mut p| {
        p.truncated |= rec.cut;
        p
    }))
}

/// The article of the page in a record, or `None` when it holds none.
pub(crate) fn extract(
    extractor: &Extractor,
    rec: &Record,
    kind: Kind,
) -> Option<Result<Article, Error>> {
    let page = prepare(extractor, rec, kind)?;
    Some(page.map(|p| extractor.decide(p, None)))
}

/// The record's target address, without the angle brackets WARC/1.0 allows.
pub(crate) fn target_uri(rec: &Record) -> Option<&str> {
    rec.header("WARC-Target-URI")
        .map(|u| u.trim_start_matches('<').trim_end_matches('>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}>\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn all(bytes: &[u8]) -> Vec<Result<Record, RecordError>> {
        let mut r = WarcReader::new(bytes, 1 << 20).expect("reader");
        std::iter::from_fn(|| r.next_record().expect("io")).collect()
    }

    #[test]
    fn reads_records_and_resyncs_after_garbage() {
        let mut bytes = record("warcinfo", b"software: test");
        bytes.extend_from_slice(b"garbage line\r\n\r\n");
        bytes.extend(record("response", b"HTTP/1.1 200 OK\r\n\r\nhi"));
        let recs = all(&bytes);
        assert_eq!(recs.len(), 3);
        assert!(recs[1].is_err());
        let last = recs[2].as_ref().expect("third record");
        assert_eq!(last.header("warc-type"), Some("response"));
        assert_eq!(last.block, b"HTTP/1.1 200 OK\r\n\r\nhi");
    }

    #[test]
    fn truncated_last_record_is_an_error() {
        let mut bytes = record("warcinfo", b"x");
        let full = record("response", b"HTTP/1.1 200 OK\r\n\r\n<p>hello</p>");
        bytes.extend_from_slice(&full[..full.len() - 10]);
        let recs = all(&bytes);
        assert_eq!(recs.len(), 2);
        assert!(recs[1]
            .as_ref()
            .err()
            .is_some_and(|e| e.reason.starts_with("truncated")));
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"zz\r\n"), None);
    }
}
