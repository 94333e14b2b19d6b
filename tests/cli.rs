//! The `pith` command through the real binary: stdin/stdout, files,
//! `--out-dir`, exit codes and bad input.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use common::{pith, run_stdin, stdout, tempdir};

const PAGE: &str = "<html><head><title>Rain returns | Ledger</title></head><body>\
<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Rain returns</h1>\
<p>Heavy rain is expected across the region on Tuesday, the weather service said, after a dry and unusually warm month.</p>\
<p>Farmers welcomed the forecast, saying that the soil had become too hard to plant in many fields.</p>\
<p>Advertisement</p></article><footer>© 2024 Ledger. All rights reserved.</footer></body></html>";

#[test]
fn stdin_to_stdout_keeps_the_body_only() {
    let o = run_stdin(&[], PAGE.as_bytes());
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "Heavy rain is expected across the region on Tuesday, the weather service said, after a dry and unusually warm month.\n\n\
Farmers welcomed the forecast, saying that the soil had become too hard to plant in many fields.\n"
    );
}

#[test]
fn title_flag_prints_the_headline_first() {
    let o = run_stdin(&["--title", "-"], PAGE.as_bytes());
    assert!(stdout(&o).starts_with("Rain returns\n\nHeavy rain"));
}

#[test]
fn json_format_has_title_text_and_scored_blocks() {
    let o = run_stdin(&["--format", "json"], PAGE.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["title"], "Rain returns");
    assert!(v["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Heavy rain")));
    let blocks = v["blocks"].as_array().expect("blocks");
    let ad = blocks
        .iter()
        .find(|b| b["text"] == "Advertisement")
        .expect("ad block");
    assert_eq!(ad["kept"], false);
    assert!(ad["reasons"]
        .as_array()
        .is_some_and(|r| r.iter().any(|x| x["signal"] == "phrase:advertisement")));
    assert!(ad["score"].as_f64().is_some_and(|s| s > 0.5));
}

#[test]
fn explain_lists_dropped_blocks_with_reasons() {
    let o = run_stdin(&["--explain"], PAGE.as_bytes());
    let s = stdout(&o);
    assert!(s
        .lines()
        .any(|l| l.contains("drop") && l.contains("Advertisement")));
    assert!(s.contains("phrase:advertisement"));
}

#[test]
fn explain_header_states_the_rule_its_marks_follow() {
    // a short sentence with a share prompt inside the article sits exactly
    // on the threshold (0.50): sentence-1.0 region:main-1.5 phrase:share+2.5
    let page = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/en-most-read-tipline.html"),
    )
    .expect("corpus page");
    let first = page.find("<article>").expect("an article");
    let cut = first + page[first..].find("</p>").expect("a paragraph") + 4;
    let page = format!(
        "{}<p>If you liked this article, please share it.</p>{}",
        &page[..cut],
        &page[cut..]
    );
    let o = run_stdin(&["--explain", "--color", "never"], page.as_bytes());
    let s = stdout(&o);
    let header = s.lines().find(|l| l.contains("blocks,")).expect("header");
    let threshold: f32 = header
        .split("score ≥ ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|t| t.parse().ok())
        .expect("header names the threshold as `score ≥ X`");
    let mut ties = 0;
    for l in s.lines() {
        let words: Vec<&str> = l.split_whitespace().collect();
        let [index, mark, score, ..] = words.as_slice() else {
            continue;
        };
        let (Ok(_), Ok(score)) = (index.parse::<usize>(), score.parse::<f32>()) else {
            continue;
        };
        // the title is marked as such whatever its score
        if !["drop", "KEEP"].contains(mark) {
            continue;
        }
        ties += usize::from(score == threshold);
        assert_eq!(*mark == "drop", score >= threshold, "{l}");
    }
    assert!(ties > 0, "the page has a block on the threshold");
}

#[test]
fn explain_names_a_block_without_evidence() {
    // one word, no class, no phrase: the block sits on the prior
    let o = run_stdin(&["--explain", "--color", "never"], b"<p>Short.</p>");
    let s = stdout(&o);
    let lines: Vec<&str> = s.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with("Short."))
        .expect("the block is listed");
    assert_eq!(lines.get(at + 1).map(|l| l.trim()), Some("no signal"));
}

#[test]
fn text_input_mode_reads_lines() {
    let text = "MOST READ IN NEWS\nThe council approved the new bus lanes on Tuesday after a long debate about the cost of the scheme.\n";
    let o = run_stdin(&["--input", "text"], text.as_bytes());
    assert_eq!(
        stdout(&o),
        "The council approved the new bus lanes on Tuesday after a long debate about the cost of the scheme.\n"
    );
}

#[test]
fn empty_input_gives_empty_output_and_success() {
    let o = run_stdin(&[], b"");
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
}

#[test]
fn binary_garbage_is_a_clear_error() {
    let garbage: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let o = run_stdin(&[], &garbage);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("binary"));
}

#[test]
fn missing_file_fails_with_its_name_and_others_still_written() {
    let dir = tempdir("missing");
    let good = dir.join("good.html");
    std::fs::write(&good, PAGE).expect("write");
    let out = dir.join("out");
    let o = pith()
        .arg("--out-dir")
        .arg(&out)
        .arg(dir.join("nope.html"))
        .arg(&good)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope.html"));
    let written = std::fs::read_to_string(out.join("good.txt")).expect("good.txt written");
    assert!(written.starts_with("Heavy rain"));
}

#[test]
fn out_dir_names_outputs_by_stem() {
    let dir = tempdir("outdir");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(PAGE.as_bytes()).expect("gzip");
    std::fs::write(dir.join("a.html.gz"), gz.finish().expect("gzip")).expect("write");
    std::fs::write(dir.join("b.htm"), PAGE).expect("write");
    let out = dir.join("out");
    let o = pith()
        .args(["--format", "json", "-j", "2", "--out-dir"])
        .arg(&out)
        .arg(dir.join("a.html.gz"))
        .arg(dir.join("b.htm"))
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for stem in ["a", "b"] {
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("{stem}.json"))).expect("json written"),
        )
        .expect("valid JSON");
        assert_eq!(v["title"], "Rain returns");
    }
}

#[test]
fn out_dir_never_writes_two_pages_to_one_file_or_over_an_input() {
    let dir = tempdir("collide");
    let line =
        |what: &str| format!("<p>The {what} page says the council met on Tuesday to vote.</p>");
    for (sub, name, what) in [
        ("x", "a.html", "first"),
        ("x", "A.txt", "second"),
        ("y", "a.htm", "third"),
    ] {
        std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
        std::fs::write(dir.join(sub).join(name), line(what)).expect("write");
    }
    // a page that holds `~2` in its own name keeps it
    std::fs::write(dir.join("y").join("a~2.html"), line("fourth")).expect("write");
    let out = dir.join("out");
    let o = pith()
        .args(["-j", "2", "--out-dir"])
        .arg(&out)
        .arg(dir.join("x"))
        .arg(dir.join("y"))
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let read = |name: &str| std::fs::read_to_string(out.join(name)).expect(name);
    // inputs in order: x/A.txt, x/a.html, y/a.htm, y/a~2.html
    assert!(read("A.txt").contains("second"));
    assert!(read("a~3.txt").contains("first"));
    assert!(read("a~4.txt").contains("third"));
    assert!(read("a~2.txt").contains("fourth"));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("a.html: written to") && err.contains("a~3.txt"),
        "{err}"
    );

    // an output that would replace its own input goes beside it
    let text = dir.join("notes.txt");
    std::fs::write(
        &text,
        "The board met on Monday to discuss the budget for schools.",
    )
    .expect("write");
    let o = pith()
        .args(["--input", "text", "--out-dir"])
        .arg(&dir)
        .arg(&text)
        .output()
        .expect("run");
    assert!(o.status.success());
    assert!(std::fs::read_to_string(&text)
        .expect("input")
        .starts_with("The board"));
    assert!(std::fs::read_to_string(dir.join("notes~2.txt"))
        .expect("output")
        .contains("budget"));
}

#[test]
fn several_files_go_to_stdout_in_order_with_headers() {
    let dir = tempdir("several");
    let names = ["one.html", "two.html", "three.html"];
    for n in names {
        std::fs::write(dir.join(n), PAGE).expect("write");
    }
    let o = pith()
        .args(names.map(|n| dir.join(n)))
        .output()
        .expect("run");
    assert!(o.status.success());
    let s = stdout(&o);
    let headers: Vec<&str> = s.lines().filter(|l| l.starts_with("==> ")).collect();
    assert_eq!(headers.len(), 3);
    for (h, n) in headers.iter().zip(names) {
        assert!(h.ends_with(&format!("{n} <==")), "{h}");
    }
}

#[test]
fn several_files_as_json_lines_carry_the_file() {
    let dir = tempdir("jsonl");
    for n in ["x.html", "y.html"] {
        std::fs::write(dir.join(n), PAGE).expect("write");
    }
    let o = pith()
        .args(["--format", "json"])
        .arg(dir.join("x.html"))
        .arg(dir.join("y.html"))
        .output()
        .expect("run");
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("x.html")));
    assert!(lines[1]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("y.html")));
}

#[test]
fn folder_input_is_walked() {
    let dir = tempdir("folder");
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    std::fs::write(dir.join("sub").join("p.html"), PAGE).expect("write");
    std::fs::write(dir.join("notes.md"), "ignored").expect("write");
    let out = dir.join("out");
    let o = pith()
        .arg("--out-dir")
        .arg(&out)
        .arg(&dir)
        .output()
        .expect("run");
    assert!(o.status.success());
    assert!(out.join("p.txt").exists());
    assert!(!out.join("notes.txt").exists());
}

#[cfg(unix)]
#[test]
fn a_folder_reached_twice_by_symlinks_is_walked_once() {
    // a link back up the tree (a loop), and a second name for a folder
    for (case, link, target) in [("loop", "sub/up", ".."), ("alias", "again", "sub")] {
        let dir = tempdir(&format!("symlink-{case}"));
        let pages = dir.join("pages");
        std::fs::create_dir_all(pages.join("sub")).expect("mkdir");
        std::fs::write(pages.join("sub").join("p.html"), PAGE).expect("write");
        std::os::unix::fs::symlink(target, pages.join(link)).expect("link");
        let out = dir.join("out");
        let o = pith()
            .arg("--out-dir")
            .arg(&out)
            .arg(&pages)
            .output()
            .expect("run");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let written = std::fs::read_dir(&out).expect("out").count();
        assert_eq!(written, 1, "{case}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(out.join("p.txt").exists());
    }
}

#[test]
fn an_out_dir_that_is_a_file_is_named_in_the_error() {
    let dir = tempdir("outdir-file");
    let page = dir.join("p.html");
    std::fs::write(&page, PAGE).expect("write");
    let o = pith()
        .arg("--out-dir")
        .arg(&page)
        .arg(&page)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("p.html: cannot be the output folder"), "{err}");
}

#[test]
fn bad_usage_exits_2() {
    let o = pith().arg("--no-such-flag").output().expect("run");
    assert_eq!(o.status.code(), Some(2));
    let o = run_stdin(&["--encoding", "klingon"], PAGE.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("klingon"));
    let o = run_stdin(&["--max-bytes", "100"], b"<p>x</p>");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid max_bytes"));
}

#[test]
fn encoding_override_wins_over_the_page() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "<meta charset=utf-8><p>Le café était très occupé, l'été dernier à Genève, et les habitants étaient contents.</p>",
    );
    let o = run_stdin(&["--encoding", "windows-1252"], &bytes);
    assert!(stdout(&o).contains("café était très"), "{}", stdout(&o));
}

#[test]
fn broken_pipe_is_a_quiet_exit() {
    let big: String = std::iter::repeat_n(
        "<p>Heavy rain is expected across the region on Tuesday, the weather service said, after a dry month.</p>",
        20_000,
    )
    .collect();
    let mut child = pith()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(big.as_bytes());
    });
    // close our end of stdout at once: pith's writes hit a broken pipe
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
#[ignore = "needs ../shared/eval beside the checkout; .ci/run runs it"]
fn seed_text_comes_out_exactly() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/seed");
    assert!(
        seed.exists(),
        "../shared/eval/seed is not beside the checkout"
    );
    let truth = std::fs::read_to_string(seed.join("truth.jsonl")).expect("truth");
    let truth: serde_json::Value =
        serde_json::from_str(truth.lines().next().expect("a line")).expect("json");
    for scrape in ["text-p", "text-full"] {
        let o = pith()
            .args(["--input", "text", "--title"])
            .arg(seed.join(scrape).join("seed.txt"))
            .output()
            .expect("run");
        let got = stdout(&o);
        let want = format!(
            "{}\n\n{}\n",
            truth["title"].as_str().expect("title"),
            truth["main_content"].as_str().expect("body").trim()
        );
        assert_eq!(got, want, "seed {scrape}");
    }
}

#[test]
fn an_endless_input_is_read_only_to_the_size_limit() {
    use common::finish_within;
    use std::time::Duration;
    let guard = Duration::from_secs(120);
    // a file that never ends
    let o = common::run_guarded(pith().args(["--max-bytes", "4096", "/dev/zero"]));
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("binary"));
    // stdin that never ends
    let mut child = pith()
        .args(["--max-bytes", "4096"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    std::thread::spawn(move || {
        let block = [b'a'; 1 << 16];
        let _ = stdin.write_all(b"<p>");
        while stdin.write_all(&block).is_ok() {}
    });
    let o = finish_within(child, guard);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn many_more_jobs_than_cores_still_run() {
    let dir = tempdir("many-jobs");
    for name in ["a.html", "b.html"] {
        std::fs::write(dir.join(name), "<article><p>The river rose two feet overnight, and the ferry stayed in port until noon.</p></article>").expect("write");
    }
    let o = common::run_guarded(
        pith()
            .args(["-j", "100000", "-q"])
            .arg(dir.join("a.html"))
            .arg(dir.join("b.html")),
    );
    assert!(o.status.success());
    assert_eq!(stdout(&o).matches("The river rose").count(), 2);
}

/// A one-paragraph page for the folder tests.
const COUNCIL: &str = "<p>The council met on Monday and voted to keep the library open.</p>";

#[test]
fn a_fifo_in_a_walked_folder_is_skipped_and_named() {
    let dir = tempdir("fifo");
    std::fs::write(dir.join("a.html"), COUNCIL).expect("write");
    let fifo = dir.join("pipe.html");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let o = common::run_guarded(pith().arg(&dir));
    assert!(o.status.success());
    assert!(stdout(&o).contains("The council met"));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("pipe.html: skipped: not a regular file"),
        "{stderr}"
    );
}

#[test]
fn an_out_dir_inside_the_input_folder_is_not_read_back() {
    let dir = tempdir("out-inside");
    std::fs::write(dir.join("a.html"), COUNCIL).expect("write");
    let out = dir.join("out");
    for _ in 0..3 {
        let o = pith()
            .arg("-q")
            .arg("--out-dir")
            .arg(&out)
            .arg(&dir)
            .output()
            .expect("run");
        assert!(o.status.success());
    }
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.txt"]);
}

#[test]
fn an_output_that_cannot_be_written_is_named_and_leaves_no_partial_file() {
    let dir = tempdir("unwritable");
    std::fs::write(dir.join("a.html"), COUNCIL).expect("write");
    std::fs::write(
        dir.join("b.html"),
        "<p>The bridge reopened on Tuesday after a month of repairs to its deck.</p>",
    )
    .expect("write");
    let out = dir.join("out");
    // a folder where a.txt should go: the rename onto it fails
    std::fs::create_dir_all(out.join("a.txt")).expect("mkdir");
    let o = pith()
        .arg("--out-dir")
        .arg(&out)
        .arg(dir.join("a.html"))
        .arg(dir.join("b.html"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(&format!("cannot write {}", out.join("a.txt").display())),
        "{stderr}"
    );
    let b = std::fs::read_to_string(out.join("b.txt")).expect("b written");
    assert!(b.contains("The bridge reopened"));
    let left: Vec<_> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A URL whose scheme is not http or https (the test's links have no other).
fn has_script_scheme(url: &str) -> bool {
    let Some((scheme, _)) = url.split_once(':') else {
        return false;
    };
    scheme.chars().all(|c| c.is_ascii_alphanumeric()) && !matches!(scheme, "http" | "https")
}

#[test]
fn script_links_never_reach_html_or_markdown_output() {
    let hrefs = [
        "jav&#x09;ascript:alert(1)",
        "&#x01;javascript:alert(2)",
        "java&#x0A;script:alert(3)",
        " &#x0D;JaVaScRiPt:alert(4)",
        "data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;",
        // plain to the writer, a script once a Markdown reader decodes them
        "javascript&amp;colon;alert(6)",
        "javascript\\:alert(7)",
        "jav&amp;#x61;script:alert(8)",
    ];
    let links: String = hrefs
        .iter()
        .map(|h| format!("<a href=\"{h}\">a link</a> "))
        .collect();
    let page = format!(
        "<article><p>The council met on Monday and voted, {links} to keep the library open \
         through the winter, its chair said after the meeting.</p></article>"
    );
    let html = stdout(&run_stdin(&["--format", "html"], page.as_bytes())).to_ascii_lowercase();
    assert!(html.contains("to keep the library open"), "{html}");
    // each href as a browser reads it: entities decoded, controls gone
    for part in html.split("href=\"").skip(1) {
        let value = part.split('"').next().unwrap_or("").replace("&amp;", "&");
        let read: String = value.chars().filter(|c| *c > ' ').collect();
        assert!(!has_script_scheme(&read), "{value:?} in {html}");
    }
    // Markdown as a CommonMark reader takes it
    let markdown = stdout(&run_stdin(&["--format", "markdown"], page.as_bytes()));
    let mut targets = 0;
    for event in pulldown_cmark::Parser::new(&markdown) {
        if let pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) = event {
            targets += 1;
            let read: String = dest_url.chars().filter(|c| *c > ' ').collect();
            assert!(!has_script_scheme(&read), "{dest_url:?} in {markdown}");
        }
    }
    assert_eq!(
        targets, 3,
        "the three plain-looking targets stay links: {markdown}"
    );
}

#[test]
fn terminal_escapes_in_a_page_reach_no_output() {
    // raw controls, and the escapes the parser and JSON-LD decode into them
    let page = "<html><head><title>Rain \x1b]0;owned\x07returns</title>\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rain \\u001b[2Jreturns\",\
        \"author\":{\"name\":\"Jo \\u009b31mPage\"}}</script></head><body><article>\
        <h1>Rain returns</h1><p>Heavy rain\x1b[2J is expected across the region on Tuesday, \
        the\x1b]52;c;SGVsbG8=\x07 weather service said, after a dry\u{9b}31m and warm month, \
        and &#27;]52;c;cm0gLXJmIH4K&#7;the <a href=\"https://a.example/&#x1b;[2J\">forecast</a> \
        says more <img src=\"/m.png\" alt=\"a map&#x9d;\"> rain is due.</p>\
        </article></body></html>";
    for args in [
        &["--title"][..],
        &["--format", "markdown", "--title", "--images"],
        &["--format", "html", "--title", "--images"],
        &["--format", "json"],
        &["--explain", "--color", "never"],
    ] {
        let o = run_stdin(args, page.as_bytes());
        let out = stdout(&o);
        assert!(out.contains("Heavy rain"), "{args:?}: {out}");
        let control = out
            .chars()
            .find(|&c| c.is_control() && c != '\n' && c != '\t');
        assert_eq!(control, None, "{args:?}: {out:?}");
        assert!(
            !out.contains("\\u001b") && !out.contains("\\u009b"),
            "{args:?}: {out}"
        );
    }
}
