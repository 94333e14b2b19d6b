//! Crawl streams → articles, a record at a time: the library's reader of
//! WARC (and WET) archives and of JSON Lines files.
//!
//! ```
//! let page = "<html><body><article><p>Heavy rain is expected across the \
//!     region on Tuesday, the weather service said today.</p></article></body></html>";
//! let warc = format!(
//!     "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.com/a\r\n\
//!      WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/html\r\n\
//!      Content-Length: {}\r\n\r\n{page}\r\n\r\n",
//!     page.len()
//! );
//! let extractor = pith::Extractor::default();
//! for record in pith::Records::warc(&extractor, warc.as_bytes()).unwrap() {
//!     let record = record.unwrap(); // an I/O error ends the stream
//!     assert_eq!(record.url.as_deref(), Some("https://example.com/a"));
//!     assert!(record.article.unwrap().text().starts_with("Heavy rain"));
//! }
//! ```

pub(crate) mod jsonl;
pub(crate) mod warc;

use std::io::BufRead;

use crate::article::Article;
use crate::error::Error;
use crate::Extractor;

/// One page of a crawl stream.
#[derive(Debug)]
#[non_exhaustive]
pub struct Record {
    /// The page's address: the WARC target URI, or the JSON record's `url`
    /// field.
    pub url: Option<String>,
    /// Where the record is: its `WARC-Record-ID`, or `line N` of JSON Lines.
    pub id: String,
    /// The article, or why the record gave none: a record that cannot be
    /// read, a line that is no JSON object or has no page, a page that
    /// failed.
    pub article: Result<Article, Error>,
}

/// The pages of a crawl stream, in order. WARC records that hold no page
/// (requests, metadata, images) and blank lines are passed over; a record
/// that cannot be read is a [`Record`] with its error, and the stream goes
/// on; an I/O error is the last item.
pub struct Records<'e> {
    extractor: &'e Extractor,
    source: Source<'e>,
    done: bool,
}

enum Source<'e> {
    Warc(Box<warc::WarcReader<Box<dyn BufRead + 'e>>>),
    Jsonl {
        input: Box<dyn BufRead + 'e>,
        field: Option<String>,
        line: usize,
    },
}

impl<'e> Records<'e> {
    /// The pages of a WARC or WET archive, plain, gzipped as a whole or a
    /// record at a time.
    pub fn warc(extractor: &'e Extractor, input: impl BufRead + 'e) -> Result<Records<'e>, Error> {
        let limit = extractor.options().max_bytes();
        let reader = warc::WarcReader::new(Box::new(input) as Box<dyn BufRead>, limit)?;
        Ok(Records {
            extractor,
            source: Source::Warc(Box::new(reader)),
            done: false,
        })
    }

    /// The pages of a JSON Lines stream (gzipped or not): each line's
    /// `field`, or with `None` the first of `html`, `content`, `raw_html`,
    /// `text` and `body` that it has.
    pub fn jsonl(
        extractor: &'e Extractor,
        input: impl BufRead + 'e,
        field: Option<&str>,
    ) -> Result<Records<'e>, Error> {
        let input = jsonl::inflated(Box::new(input))?;
        Ok(Records {
            extractor,
            source: Source::Jsonl {
                input,
                field: field.map(str::to_string),
                line: 0,
            },
            done: false,
        })
    }

    fn next_warc(&mut self) -> Result<Option<Record>, Error> {
        let Source::Warc(reader) = &mut self.source else {
            return Ok(None);
        };
        loop {
            let rec = match reader.next_record()? {
                None => return Ok(None),
                Some(Ok(rec)) => rec,
                Some(Err(e)) => {
                    return Ok(Some(Record {
                        url: None,
                        id: format!("byte {}", e.offset),
                        article: Err(Error::Record(e.reason)),
                    }))
                }
            };
            let Some(kind) = warc::kind(&rec) else {
                continue;
            };
            let Some(article) = warc::extract(self.extractor, &rec, kind) else {
                continue;
            };
            return Ok(Some(Record {
                url: warc::target_uri(&rec).map(str::to_string),
                id: rec.header("WARC-Record-ID").unwrap_or_default().to_string(),
                article,
            }));
        }
    }

    fn next_jsonl(&mut self) -> Result<Option<Record>, Error> {
        let limit = self.extractor.options().max_bytes();
        let Source::Jsonl { input, field, line } = &mut self.source else {
            return Ok(None);
        };
        loop {
            let Some((raw, len)) = jsonl::read_line(input.as_mut(), limit)? else {
                return Ok(None);
            };
            *line += 1;
            if raw.iter().all(u8::is_ascii_whitespace) && len <= limit as u64 {
                continue;
            }
            let id = format!("line {line}");
            if len > limit as u64 {
                let why = format!("line is {len} bytes, over the size limit of {limit}");
                return Ok(Some(Record {
                    url: None,
                    id,
                    article: Err(Error::Record(why)),
                }));
            }
            let (url, article) = jsonl::extract(self.extractor, &raw, field.as_deref());
            return Ok(Some(Record { url, id, article }));
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = match self.source {
            Source::Warc(_) => self.next_warc(),
            Source::Jsonl { .. } => self.next_jsonl(),
        };
        match next {
            Ok(Some(record)) => Some(Ok(record)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}
