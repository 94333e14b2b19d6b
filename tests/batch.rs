//! Pipelines through the real binary: JSON Lines and WARC in, JSON Lines
//! out, every record accounted for, in order.

mod common;

use std::io::Write;

use common::{pith, run_stdin, stdout, tempdir};
use serde_json::Value;

fn page(i: usize) -> String {
    format!(
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>\
         <h1>Story number {i}</h1><p>Officials in the town of Harwick said on Monday that story \
         number {i} had been filed, and that the council would meet again next week to decide.</p>\
         <p>Residents were asked to send their comments before the meeting, the mayor said.</p>\
         </article><footer>© 2024 Ledger</footer></body></html>"
    )
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn jsonl_keeps_every_record_in_order_with_a_broken_line_inside() {
    let n = 10_000;
    let mut input = String::new();
    for i in 0..n {
        if i == n / 2 {
            input.push_str("{\"id\": 5000, \"html\": \"cut off here\n");
            continue;
        }
        let rec = serde_json::json!({ "id": i, "meta": { "src": "feed" }, "html": page(i) });
        input.push_str(&rec.to_string());
        input.push('\n');
    }
    let o = run_stdin(&["--jsonl", "-j", "2"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1), "a failed record makes exit 1");
    let recs = lines(&o.stdout);
    assert_eq!(recs.len(), n);
    for (i, rec) in recs.iter().enumerate() {
        if i == n / 2 {
            assert!(rec["error"]
                .as_str()
                .is_some_and(|e| e.contains("not a JSON")));
            assert_eq!(rec["line"], i + 1);
            assert!(rec["input"].as_str().is_some_and(|s| s.contains("cut off")));
            continue;
        }
        assert_eq!(rec["id"], i, "record {i} out of order");
        assert_eq!(rec["meta"]["src"], "feed");
        let article = rec["article"].as_str().expect("article text");
        assert!(article.starts_with(&format!(
            "Officials in the town of Harwick said on Monday that story number {i} "
        )));
        assert!(!article.contains("Home") && !article.contains("©"));
    }
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("10000 pages, 1 failed"), "summary: {err}");
}

#[test]
fn jsonl_field_choice_and_json_objects() {
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "a", "content": page(1)}),
        serde_json::json!({"id": "b", "page": page(2), "html": 7}),
        serde_json::json!({"id": "c"}),
    );
    let o = run_stdin(&["--jsonl"], input.as_bytes());
    let recs = lines(&o.stdout);
    assert_eq!(recs.len(), 3);
    assert!(recs[0]["article"]
        .as_str()
        .is_some_and(|a| a.contains("story number 1")));
    assert!(recs[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("\"html\" is not a string")));
    assert!(recs[2]["error"]
        .as_str()
        .is_some_and(|e| e.starts_with("no html, content")));

    let o = run_stdin(
        &[
            "--jsonl",
            "--field",
            "page",
            "--out-field",
            "clean",
            "--format",
            "json",
            "-q",
        ],
        input.as_bytes(),
    );
    let recs = lines(&o.stdout);
    assert_eq!(recs[1]["id"], "b");
    assert_eq!(recs[1]["html"], 7, "other fields untouched");
    assert_eq!(recs[1]["clean"]["title"], "Story number 2");
    assert!(recs[1]["clean"]["text"]
        .as_str()
        .is_some_and(|t| t.contains("story number 2")));
    assert!(recs[0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("no \"page\" field")));
    assert!(o.stderr.is_empty(), "--quiet prints nothing");
}

#[test]
fn jsonl_reads_files_in_turn() {
    let dir = tempdir("jsonl-files");
    for (name, id) in [("a.jsonl", 1), ("b.jsonl", 2)] {
        let rec = serde_json::json!({"id": id, "html": page(id)});
        std::fs::write(dir.join(name), format!("{rec}\n\n")).expect("write");
    }
    let o = pith()
        .args(["--jsonl", "-q"])
        .arg(dir.join("a.jsonl"))
        .arg(dir.join("b.jsonl"))
        .output()
        .expect("run");
    assert!(o.status.success());
    // one line out per line in: the blank line after each record stays
    let out = stdout(&o);
    let out: Vec<&str> = out.lines().collect();
    assert_eq!(out.len(), 4);
    assert!(out[1].is_empty() && out[3].is_empty());
    let ids: Vec<Value> = [out[0], out[2]]
        .iter()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON")["id"].clone())
        .collect();
    assert_eq!(ids, vec![Value::from(1), Value::from(2)]);
}

#[test]
fn jsonl_gzipped_or_with_a_byte_order_mark() {
    let rec = |id: usize| format!("{}\n", serde_json::json!({"id": id, "html": page(id)}));
    // two gzip members, as `cat a.gz b.gz` makes them, from a file and stdin
    let mut gz = gzip(rec(1).as_bytes());
    gz.extend(gzip(format!("{}{}", rec(2), rec(3)).as_bytes()));
    let dir = tempdir("jsonl-gz");
    std::fs::write(dir.join("crawl.jsonl.gz"), &gz).expect("write");
    let from_file = pith()
        .args(["--jsonl", "-q"])
        .arg(dir.join("crawl.jsonl.gz"))
        .output()
        .expect("run");
    for o in [from_file, run_stdin(&["--jsonl", "-q"], &gz)] {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let ids: Vec<Value> = lines(&o.stdout).iter().map(|r| r["id"].clone()).collect();
        assert_eq!(ids, vec![Value::from(1), Value::from(2), Value::from(3)]);
    }
    // a byte-order mark before the first record (Windows tools write one)
    let o = run_stdin(&["--jsonl", "-q"], format!("\u{feff}{}", rec(4)).as_bytes());
    assert!(o.status.success(), "{}", stdout(&o));
    let out = lines(&o.stdout);
    assert_eq!(out[0]["id"], 4);
    assert!(out[0]["article"]
        .as_str()
        .is_some_and(|a| a.contains("story number 4")));
}

/// A WARC record with `block` as its content.
fn warc_record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).expect("gzip");
    gz.finish().expect("gzip")
}

#[test]
fn warc_gz_gives_one_line_per_html_response() {
    // windows-1252 bytes, declared only in the HTTP header
    let legacy = b"<html><body><article><h1>Caf\xe9 reopens</h1><p>The caf\xe9 on the square \
reopened on Monday after a long closure, its owner said, and the first customers were served \
cr\xe8me br\xfbl\xe9e.</p></article></body></html>";
    let records = [
        warc_record("warcinfo", "", b"software: test\r\n"),
        warc_record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\n\r\n"),
        warc_record(
            "response",
            "https://a.example/1",
            &http("text/html", page(1).as_bytes()),
        ),
        warc_record(
            "response",
            "https://a.example/logo.png",
            &http("image/png", b"\x89PNG..."),
        ),
        warc_record(
            "response",
            "https://b.example/cafe",
            &http("text/html; charset=windows-1252", legacy),
        ),
        warc_record(
            "response",
            "https://a.example/3",
            &http("text/html", page(3).as_bytes()),
        ),
    ];
    let mut file = Vec::new();
    for r in &records {
        file.extend(gzip(r));
    }
    // a last record cut in the middle of its gzip member
    let last = gzip(&warc_record(
        "response",
        "https://a.example/4",
        &http("text/html", page(4).as_bytes()),
    ));
    file.extend_from_slice(&last[..last.len() / 2]);
    let dir = tempdir("warc");
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, &file).expect("write");

    let o = pith().arg("--warc").arg(&path).output().expect("run");
    assert_eq!(
        o.status.code(),
        Some(1),
        "the truncated record fails the run"
    );
    let recs = lines(&o.stdout);
    let urls: Vec<&str> = recs.iter().filter_map(|r| r["url"].as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://a.example/1",
            "https://b.example/cafe",
            "https://a.example/3"
        ]
    );
    assert_eq!(recs[0]["warc_record_id"], "<urn:uuid:response-19>");
    assert_eq!(recs[0]["date"], "2024-05-01T10:00:00Z");
    assert!(recs[0]["article"]
        .as_str()
        .is_some_and(|a| a.starts_with("Officials in the town")));
    assert!(recs[1]["article"]
        .as_str()
        .is_some_and(|a| a.contains("The café on the square") && a.contains("crème brûlée")));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("crawl.warc.gz") && err.contains("gzip"),
        "stderr: {err}"
    );
    assert!(err.contains("4 pages, 1 failed"), "stderr: {err}");
}

#[test]
fn plain_warc_from_stdin_resyncs_after_a_bad_record() {
    let mut file = warc_record(
        "response",
        "https://a.example/1",
        &http("text/html", page(1).as_bytes()),
    );
    file.extend_from_slice(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxx\r\n\r\n",
    );
    file.extend(warc_record(
        "response",
        "https://a.example/2",
        &http("text/html", page(2).as_bytes()),
    ));
    let o = run_stdin(&["--warc", "--format", "json"], &file);
    assert_eq!(o.status.code(), Some(1));
    let recs = lines(&o.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["url"], "https://a.example/2");
    assert_eq!(recs[1]["article"]["title"], "Story number 2");
    assert!(stdout(&o).ends_with('\n'));
}

#[test]
fn a_document_over_the_time_limit_is_reported_and_the_run_goes_on() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "html": page(1)}),
        serde_json::json!({"id": 2, "html": page(2)})
    );
    let o = run_stdin(&["--jsonl", "--timeout-ms", "0"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let recs = lines(&o.stdout);
    assert_eq!(recs.len(), 2);
    for (i, rec) in recs.iter().enumerate() {
        assert_eq!(rec["id"], i + 1);
        assert_eq!(rec["error"], "timed out after 0 ms");
    }
}

#[test]
fn jsonl_a_record_that_has_the_output_field_passes_through_byte_for_byte() {
    let html = serde_json::to_string(&page(7)).expect("JSON string");
    let line = format!(
        r#"{{"z":1,"big":123456789012345678901234567890,"price":19.990,"article":"old","html":{html},"esc":"a\u00e9\/"}}"#
    );
    let o = run_stdin(&["--jsonl", "-q"], format!("{line}\n").as_bytes());
    let out = stdout(&o);
    let (head, tail) = line.split_once(r#""article":"old""#).expect("fixture");
    assert!(
        out.starts_with(&format!("{head}\"article\":\"Officials")),
        "{out}"
    );
    assert!(out.trim_end().ends_with(tail), "{out}");
    // an earlier error field is replaced where it stands, too
    let line = r#"{"error":"old","id":9,"html":5}"#;
    let out = stdout(&run_stdin(&["--jsonl", "-q"], line.as_bytes()));
    assert!(
        out.starts_with(r#"{"error":"field \"html\" is not a string"#),
        "{out}"
    );
    assert!(out.contains(r#","id":9,"html":5,"article":null}"#), "{out}");
}

#[test]
fn jsonl_lone_surrogate_escapes_are_read() {
    // as Python's json.dumps writes bytes it decoded with surrogateescape
    let line = r#"{"id":1,"html":"<p>Caf\udce9 owners said the street would reopen on Monday after the repairs.</p>","t":"\ud83d\ude00 \\udcff"}"#;
    let o = run_stdin(&["--jsonl", "-q"], format!("{line}\n").as_bytes());
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with(&line[..line.len() - 1]), "{out}");
    // (a strict parser rejects the input's own escapes, so look for the text)
    assert!(
        out.contains("\"article\":\"Caf\u{fffd} owners said"),
        "{out}"
    );
}

#[test]
fn jsonl_one_line_out_per_line_in_with_marks_and_blanks_anywhere() {
    let rec = |id: usize| serde_json::json!({"id": id, "html": page(id)}).to_string();
    // a byte-order mark on the first line of each of two concatenated files
    let input = format!("\u{feff}{}\n\n   \r\n\u{feff}{}\r\n", rec(1), rec(2));
    let o = run_stdin(&["--jsonl", "-q"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    let out: Vec<&str> = out.split_terminator('\n').collect();
    assert_eq!(out.len(), 4);
    assert!(out[1].is_empty() && out[2].is_empty());
    for (line, id) in [(out[0], 1), (out[3], 2)] {
        let v: Value = serde_json::from_str(line).expect("JSON");
        assert_eq!(v["id"], id);
        assert!(v["article"]
            .as_str()
            .is_some_and(|a| a.starts_with("Officials")));
    }
}

#[test]
fn jsonl_a_line_over_the_size_limit_is_an_error_record_and_the_next_is_read() {
    let big = serde_json::json!({"id": 1, "html": "x".repeat(5_000)}).to_string();
    let small = serde_json::json!({"id": 2, "html": page(2)}).to_string();
    let input = format!("{big}\n{small}\n");
    let o = run_stdin(&["--jsonl", "-q", "--max-bytes", "2048"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let recs = lines(&o.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["line"], 1);
    assert!(recs[0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("over the size limit")));
    assert_eq!(recs[1]["id"], 2);
}

#[test]
fn jsonl_a_truncated_gzip_counts_every_record_it_wrote() {
    let mut input = String::new();
    for i in 0..3_000 {
        input.push_str(
            &serde_json::json!({"id": i, "html": format!("<p>Record {i}</p>")}).to_string(),
        );
        input.push('\n');
    }
    let gz = gzip(input.as_bytes());
    let cut = &gz[..gz.len() / 2];
    let o = run_stdin(&["--jsonl"], cut);
    assert_eq!(o.status.code(), Some(1));
    let written = lines(&o.stdout).len();
    assert!(written > 100, "{written}");
    let stderr = String::from_utf8_lossy(&o.stderr);
    // the records written, and the read error as one failure
    assert!(
        stderr.contains(&format!("{} pages, 1 failed", written + 1)),
        "{stderr}"
    );
}

#[test]
fn a_closed_stdout_is_an_error_not_a_silent_success() {
    let dir = tempdir("closed-stdout");
    let path = dir.join("a.jsonl");
    std::fs::write(&path, format!("{}\n", serde_json::json!({"html": page(1)}))).expect("write");
    // `>&-` as a shell does it: the child starts with fd 1 closed
    let script = format!(
        "exec {} --jsonl {} >&-",
        env!("CARGO_BIN_EXE_pith"),
        path.display()
    );
    let o = std::process::Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("standard output is closed"));
    // a full one fails too
    let o = std::process::Command::new("sh")
        .args([
            "-c",
            &format!(
                "exec {} --jsonl {} > /dev/full",
                env!("CARGO_BIN_EXE_pith"),
                path.display()
            ),
        ])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("No space left"));
}

fn html_response(uri: &str, i: usize) -> Vec<u8> {
    warc_record("response", uri, &http("text/html", page(i).as_bytes()))
}

fn warc_urls(o: &std::process::Output) -> Vec<String> {
    lines(&o.stdout)
        .iter()
        .filter_map(|r| r["url"].as_str().map(String::from))
        .collect()
}

#[test]
fn warc_gzipped_as_one_member_is_read_to_the_end() {
    // `gzip -c crawl.warc`: one member for the whole file, far longer than
    // what a record may hold
    let n = 1_500;
    let mut plain = Vec::new();
    for i in 0..n {
        plain.extend(html_response(&format!("https://a.example/{i}"), i));
    }
    let dir = tempdir("warc-one-member");
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, gzip(&plain)).expect("write");
    let o = pith()
        .args(["--warc", "-q", "--max-bytes", "100000"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let urls = warc_urls(&o);
    assert_eq!(urls.len(), n);
    assert_eq!(urls[n - 1], format!("https://a.example/{}", n - 1));
}

#[test]
fn warc_an_oversized_record_is_passed_over_by_its_length_alone() {
    let mut file = gzip(&html_response("https://a.example/0", 0));
    let pdf = http("application/pdf", &vec![b'%'; 3 << 20]);
    file.extend(gzip(&warc_record(
        "response",
        "https://a.example/big.pdf",
        &pdf,
    )));
    for i in 1..6 {
        file.extend(gzip(&html_response(&format!("https://a.example/{i}"), i)));
    }
    let o = run_stdin(&["--warc", "-q", "--max-bytes", "1000000"], &file);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let want: Vec<String> = (0..6).map(|i| format!("https://a.example/{i}")).collect();
    assert_eq!(warc_urls(&o), want);
}

#[test]
fn warc_a_record_after_a_member_that_is_not_warc_is_read() {
    let mut file = gzip(b"this member holds no WARC record at all");
    file.extend(gzip(&html_response("https://a.example/1", 1)));
    let o = run_stdin(&["--warc"], &file);
    assert_eq!(o.status.code(), Some(1), "the junk member is a failure");
    assert_eq!(warc_urls(&o), ["https://a.example/1"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("no WARC/ version line"), "{stderr}");
}

/// A record in the layout of Common Crawl's WET files.
fn wet_record(uri: &str, refers_to: &str, text: &str) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:wet-{}>\r\n\
         WARC-Refers-To: {refers_to}\r\nWARC-Block-Digest: sha1:AAAA\r\n\
         WARC-Identified-Content-Language: eng\r\nContent-Type: text/plain\r\n\
         Content-Length: {}\r\n\r\n",
        uri.len(),
        text.len()
    )
    .into_bytes();
    r.extend_from_slice(text.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn wet_conversion_and_resource_records_are_read_with_a_warc_in_one_run() {
    let text = "Harwick council votes to keep the library open\nHome\nNews\nSport\n\
        Officials in the town of Harwick said on Monday that the library would stay open through \
        the winter, and that the council would meet again next week to decide its hours.\n\
        Residents were asked to send their comments before the meeting, the mayor said.\n\
        © 2024 Ledger. All rights reserved.\n";
    let info = b"Software-Info: ia-web-commons\r\nExtracted-Date: Wed, 01 May 2024\r\n";
    let mut wet = gzip(&warc_record("warcinfo", "", info));
    wet.extend(gzip(&wet_record(
        "https://c.example/library",
        "<urn:uuid:response-1>",
        text,
    )));
    let resource = format!(
        "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://c.example/saved\r\n\
         WARC-Record-ID: <urn:uuid:res-1>\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{}\r\n\r\n",
        page(8).len(),
        page(8)
    );
    wet.extend(gzip(resource.as_bytes()));
    let dir = tempdir("wet");
    std::fs::write(dir.join("a.warc.wet.gz"), &wet).expect("write");
    std::fs::write(
        dir.join("b.warc.gz"),
        gzip(&html_response("https://a.example/2", 2)),
    )
    .expect("write");
    let o = pith()
        .args(["--warc", "-q"])
        .arg(dir.join("a.warc.wet.gz"))
        .arg(dir.join("b.warc.gz"))
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let recs = lines(&o.stdout);
    assert_eq!(
        warc_urls(&o),
        [
            "https://c.example/library",
            "https://c.example/saved",
            "https://a.example/2"
        ]
    );
    assert_eq!(recs[0]["warc_refers_to"], "<urn:uuid:response-1>");
    let article = recs[0]["article"].as_str().expect("article");
    assert!(
        article.starts_with("Officials in the town of Harwick"),
        "{article}"
    );
    assert!(
        !article.contains("Sport") && !article.contains("©"),
        "{article}"
    );
    assert!(recs[1]["article"]
        .as_str()
        .is_some_and(|a| a
            .starts_with("Officials in the town of Harwick said on Monday that story number 8")));
}

#[test]
fn warc_truncated_header_reaches_the_article() {
    let mut rec = String::from_utf8(html_response("https://a.example/1", 1)).expect("UTF-8");
    rec = rec.replacen(
        "Content-Length:",
        "WARC-Truncated: length\r\nContent-Length:",
        1,
    );
    let o = run_stdin(&["--warc", "-q", "--format", "json"], rec.as_bytes());
    let recs = lines(&o.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["article"]["truncated"], true);
}
