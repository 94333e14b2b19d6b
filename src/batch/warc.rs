//! WARC archives → JSON Lines of the articles in their HTML responses,
//! `resource` records and WET `conversion` records, in order, on every core.

use std::io::{self, BufRead, Write};

use serde_json::{json, Value};

use super::{ordered, outcome, Outcome, Output, Progress, Summary};
use crate::records::warc::{kind, prepare, target_uri, Kind};
pub use crate::records::warc::{Record, RecordError, WarcReader};
use crate::{Article, Error, Extractor, ReadPage, SiteTemplates};

/// A record after the reader: a document to extract, one to skip, or a
/// record that could not be read.
enum Item {
    Page(Record, Kind),
    Skip,
    Bad(RecordError),
}

/// A record after its page is read and scored (`None`: it holds none).
enum Staged {
    Page(Box<Record>, Option<Result<Box<ReadPage>, Error>>),
    Skip,
    Bad(RecordError),
}

impl super::Staged for Staged {
    fn learnable(&self) -> Option<&ReadPage> {
        match self {
            Staged::Page(_, Some(Ok(page))) => Some(page),
            _ => None,
        }
    }
}

/// Reads a WARC stream and writes one JSON line per page, in order: HTML
/// responses, HTML or plain-text `resource` records and WET `conversion`
/// records (read as text), each with `url`, `warc_record_id`, `date`,
/// `warc_refers_to` (WET) and the article (`out_field`). Unreadable records
/// are named on stderr (with `name`) and counted as failed; other records
/// are skipped and counted. With `sites`, each page is weighed against its
/// site's template (the site of its target URI), learned as it goes.
#[allow(clippy::too_many_arguments)]
pub fn run(
    extractor: &Extractor,
    input: impl BufRead,
    name: &str,
    sink: &mut dyn Write,
    output: &Output,
    out_field: &str,
    sites: Option<&mut SiteTemplates>,
    progress: &dyn Progress,
) -> io::Result<Summary> {
    let mut reader = WarcReader::new(input, extractor.options().max_bytes())?;
    let mut summary = Summary::default();
    ordered(
        || {
            Ok(reader.next_record()?.map(|r| match r {
                Ok(rec) => match kind(&rec) {
                    Some(k) => Item::Page(rec, k),
                    None => Item::Skip,
                },
                Err(e) => Item::Bad(e),
            }))
        },
        |item| match item {
            Item::Page(r, _) => r.block.len(),
            _ => 0,
        },
        sites,
        |item| match item {
            Item::Page(rec, kind) => {
                let page = prepare(extractor, &rec, kind).map(|r| r.map(Box::new));
                Staged::Page(Box::new(rec), page)
            }
            Item::Skip => Staged::Skip,
            Item::Bad(e) => Staged::Bad(e),
        },
        |item, known| match item {
            Staged::Page(rec, page) => {
                let bytes = rec.block.len() as u64;
                let r = page.map(|page| {
                    let article = page.map(|p| extractor.decide(*p, known));
                    page_line(&rec, article, output, out_field)
                });
                if r.is_some() {
                    progress.done(bytes);
                }
                (r, bytes)
            }
            Staged::Skip => (None, 0),
            Staged::Bad(e) => (
                Some(Err(format!("record at byte {}: {}", e.offset, e.reason))),
                0,
            ),
        },
        |(r, bytes)| {
            summary.bytes += bytes;
            match r {
                None => summary.skipped += 1,
                Some(Ok((line, outcome))) => {
                    summary.count(outcome);
                    sink.write_all(line.as_bytes())?;
                }
                Some(Err(why)) => {
                    progress.report(&format!("pith: {name}: {why}"));
                    summary.count(Outcome::Failed);
                }
            }
            Ok(())
        },
    )?;
    sink.flush()?;
    Ok(summary)
}

/// The output line of one record's article, or why it has none.
fn page_line(
    rec: &Record,
    article: Result<Article, Error>,
    output: &Output,
    out_field: &str,
) -> Result<(String, Outcome), String> {
    let article = article.map_err(|e| e.to_string())?;
    let mut line = json!({
        "url": target_uri(rec),
        "warc_record_id": rec.header("WARC-Record-ID"),
        "date": rec.header("WARC-Date"),
    });
    if let Value::Object(map) = &mut line {
        // a WET conversion names the response it was made from
        if let Some(refers) = rec.header("WARC-Refers-To") {
            map.insert("warc_refers_to".into(), Value::from(refers));
        }
        map.insert(out_field.to_string(), output.value(&article));
    }
    Ok((format!("{line}\n"), outcome(&article)))
}
