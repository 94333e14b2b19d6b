//! The record iterator: crawl streams → articles through the library, one
//! bad record never stopping the rest.

use pith::{Error, Extractor, Options, Records};

const PROSE: &str = "Heavy rain is expected across the region on Tuesday, the \
    weather service said, after a dry and unusually warm month for the valley.";

fn page(words: &str) -> String {
    format!(
        "<html><body><article><h1>Rain returns</h1><p>{words} {PROSE}</p></article></body></html>"
    )
}

fn warc_record(kind: &str, uri: &str, content_type: &str, body: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:{uri}>\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
        body.len()
    )
}

/// Every record of a WARC stream, read with the default options.
fn warc_records(stream: &str) -> Vec<pith::Record> {
    let extractor = Extractor::default();
    Records::warc(&extractor, stream.as_bytes())
        .expect("reader")
        .map(|r| r.expect("no I/O error"))
        .collect()
}

#[test]
fn warc_pages_come_in_order_and_records_without_a_page_are_passed_over() {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{}",
        page("First.")
    );
    let stream = [
        warc_record(
            "warcinfo",
            "info",
            "application/warc-fields",
            "software: test",
        ),
        warc_record(
            "response",
            "https://a.example/1",
            "application/http; msgtype=response",
            &http,
        ),
        warc_record(
            "request",
            "https://a.example/1",
            "application/http; msgtype=request",
            "GET / HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "resource",
            "https://a.example/2",
            "text/html",
            &page("Second."),
        ),
    ]
    .concat();
    let records = warc_records(&stream);
    let urls: Vec<_> = records.iter().map(|r| r.url.as_deref()).collect();
    assert_eq!(
        urls,
        [Some("https://a.example/1"), Some("https://a.example/2")]
    );
    let first = records[0].article.as_ref().expect("article");
    assert!(
        first.text().starts_with("First. Heavy rain"),
        "{}",
        first.text()
    );
    assert_eq!(first.title.as_deref(), Some("Rain returns"));
    assert_eq!(records[1].id, "<urn:https://a.example/2>");
}

#[test]
fn a_bad_warc_record_is_an_error_record_and_the_next_one_is_read() {
    let stream = [
        warc_record(
            "resource",
            "https://a.example/1",
            "text/html",
            &page("First."),
        ),
        "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: many\r\n\r\ngarbage\r\n\r\n"
            .to_string(),
        warc_record(
            "resource",
            "https://a.example/2",
            "text/html",
            &page("Second."),
        ),
    ]
    .concat();
    let records = warc_records(&stream);
    assert_eq!(records.len(), 3, "{records:?}");
    assert!(matches!(records[1].article, Err(Error::Record(_))));
    assert!(records[2]
        .article
        .as_ref()
        .expect("article")
        .text()
        .starts_with("Second."));
}

#[test]
fn jsonl_lines_give_their_url_and_article_and_a_bad_line_says_why() {
    let good = serde_json::json!({"url": "https://a.example/1", "html": page("First.")});
    let text = serde_json::json!({"text": format!("Menu\nHome\n{PROSE}")});
    let long = serde_json::json!({"html": "x".repeat(5000)});
    let stream = format!("{good}\n\nnot json\n{{\"body\": 3}}\n{text}\n{long}\n");
    let extractor = Extractor::new(Options::default().with_max_bytes(2048).expect("limit"));
    let records: Vec<_> = Records::jsonl(&extractor, stream.as_bytes(), None)
        .expect("reader")
        .map(|r| r.expect("no I/O error"))
        .collect();
    let ids: Vec<_> = records.iter().map(|r| r.id.as_str()).collect();
    // the blank line 2 is passed over
    assert_eq!(ids, ["line 1", "line 3", "line 4", "line 5", "line 6"]);
    assert_eq!(records[0].url.as_deref(), Some("https://a.example/1"));
    assert!(records[0]
        .article
        .as_ref()
        .expect("article")
        .text()
        .starts_with("First."));
    for (i, why) in [
        (1, "not a JSON object"),
        (2, "not a string"),
        (4, "over the size limit"),
    ] {
        match &records[i].article {
            Err(Error::Record(m)) => assert!(m.contains(why), "{m}"),
            other => panic!("line {}: {other:?}", i + 1),
        }
    }
    assert_eq!(records[3].article.as_ref().expect("text").text(), PROSE);
}

#[test]
fn gzipped_jsonl_reads_as_plain() {
    use std::io::Write;
    let line = serde_json::json!({"html": page("Zipped.")});
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    writeln!(gz, "{line}").expect("write");
    let bytes = gz.finish().expect("gzip");
    let extractor = Extractor::default();
    let mut records = Records::jsonl(&extractor, &bytes[..], Some("html")).expect("reader");
    let first = records.next().expect("one").expect("no I/O error");
    assert!(first
        .article
        .expect("article")
        .text()
        .starts_with("Zipped."));
    assert!(records.next().is_none());
}
