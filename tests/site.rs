//! Site templates: with `--site-templates`, what recurs on a site's pages
//! in a batch is weighed as boilerplate, through the command (folders,
//! JSON Lines, WARC, the templates file) and the library. Without it, a
//! batch decides each page on its own.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{pith, run_guarded, run_stdin, stdout, tempdir};
use pith::{Extractor, SiteTemplates, TemplateLimits};

/// A line every page of a site closes its article with: plain prose that
/// no phrase list knows, so only the site's other pages give it away.
const CLOSING: &str = "The Valley Courier has served readers across the whole county.";

/// The stories of two sites, each page with its own paragraphs.
const STORIES: [(&str, &str, &str); 6] = [
    ("courier.example", "flood", "River levels rose sharply overnight after the storm, and the town council opened two shelters for families near the bridge."),
    ("courier.example", "school", "The new school building will open in September, the district said, after two years of delays caused by rising costs."),
    ("courier.example", "market", "Farmers at the Saturday market reported record sales of apples, helped by a mild autumn and a new bus route to the square."),
    ("ledger.example", "budget", "The city budget for next year adds money for road repairs and libraries, the mayor announced at a meeting on Thursday."),
    ("ledger.example", "museum", "The museum reopened its west wing after a long renovation that restored the painted ceiling and the original wooden floors."),
    ("ledger.example", "harbour", "Fishing boats returned to the harbour early as the wind picked up, and the coast guard warned against sailing this weekend."),
];

/// A page of `site` with its story; `extra` goes between the story's two
/// paragraphs.
fn page(site: &str, slug: &str, story: &str, extra: &str) -> String {
    let name = if site.starts_with("courier") {
        "Courier"
    } else {
        "Ledger"
    };
    format!(
        "<html><head><title>{slug} | {name}</title>\
         <link rel=\"canonical\" href=\"https://www.{site}/news/{slug}\"></head><body>\
         <div class=\"top\"><a href=\"/\">{name} front page</a> <a href=\"/sport\">Sport pages</a></div>\
         <article><h1>The {slug} story</h1><p>{story}</p>{extra}\
         <p>Residents said the {slug} news was discussed at length in the town, where people gathered to talk about what it meant for them.</p>\
         <p>{closing}</p></article></body></html>",
        closing = if site.starts_with("courier") { CLOSING } else { "" },
    )
}

/// The six pages written into a fresh folder.
fn folder(name: &str, extra: &str) -> (PathBuf, Vec<PathBuf>) {
    let dir = tempdir(name);
    let files = STORIES
        .iter()
        .map(|(site, slug, story)| {
            let path = dir.join(format!("{slug}.html"));
            fs::write(&path, page(site, slug, story, extra)).expect("write page");
            path
        })
        .collect();
    (dir, files)
}

/// Runs pith over `files` into a fresh output folder; the outputs by stem.
fn run_out_dir(name: &str, files: &[PathBuf], args: &[&str]) -> Vec<(String, String)> {
    let out = tempdir(name);
    let o = run_guarded(
        pith()
            .args(args)
            .arg("-q")
            .arg("--out-dir")
            .arg(&out)
            .args(files),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    outputs(&out)
}

fn outputs(dir: &Path) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = fs::read_dir(dir)
        .expect("output folder")
        .flatten()
        .map(|e| {
            let stem = e
                .path()
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (stem, fs::read_to_string(e.path()).expect("output"))
        })
        .collect();
    all.sort();
    all
}

#[test]
fn a_batch_drops_what_recurs_on_a_sites_pages_and_keeps_what_each_page_says() {
    let (_, files) = folder("site-batch", "");
    let with = run_out_dir("site-batch-out", &files, &["--site-templates"]);
    let without = run_out_dir("site-batch-plain", &files, &[]);
    assert_eq!(with.len(), 6);
    for ((stem, text), (_, plain)) in with.iter().zip(&without) {
        let (site, _, story) = STORIES.iter().find(|s| s.1 == stem).expect("a story");
        // the page's own lines, and a line each page has once
        assert!(text.starts_with(story), "{stem}: {text}");
        assert!(
            text.contains(&format!("the {stem} news was discussed")),
            "{stem}: {text}"
        );
        // the site's closing line is the template; alone, each page keeps it
        if site.starts_with("courier") {
            assert!(!text.contains(CLOSING), "{stem} kept the template: {text}");
            assert!(plain.contains(CLOSING), "{stem} without templates: {plain}");
        }
    }
}

#[test]
fn a_sites_standard_paragraph_inside_the_article_stays() {
    // long enough that no neighbour rule could take it back once dropped
    let standard = "<p>This report was produced with the help of the Regional Reporting Fund, which supports local journalism across the state and shares the work of its reporters with newspapers in every county.</p>";
    let (_, files) = folder("site-standard", standard);
    let o = run_guarded(
        pith()
            .args(["-q", "--site-templates", "--format", "json"])
            .args(&files),
    );
    assert!(o.status.success());
    let mut seen = 0;
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let blocks = v["blocks"].as_array().expect("blocks");
        let b = blocks
            .iter()
            .find(|b| {
                b["text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("This report was produced"))
            })
            .expect("the standard paragraph");
        let named = b["reasons"].as_array().is_some_and(|r| {
            r.iter().any(|x| {
                x["signal"]
                    .as_str()
                    .is_some_and(|s| s.starts_with("site-template:seen-on-"))
            })
        });
        assert!(named, "the template is named: {b}");
        assert_eq!(b["kept"], true, "{b}");
        seen += 1;
    }
    assert_eq!(seen, 6);
}

#[test]
fn a_stream_and_a_folder_of_the_same_pages_give_the_same_articles() {
    let (_, files) = folder("site-stream", "");
    let from_files = run_out_dir("site-stream-out", &files, &["--site-templates"]);
    let jsonl: String = STORIES
        .iter()
        .map(|(site, slug, story)| {
            let record = serde_json::json!({
                "url": format!("https://{site}/news/{slug}"),
                "slug": slug,
                "html": page(site, slug, story, ""),
            });
            format!("{record}\n")
        })
        .collect();
    let o = run_stdin(&["--jsonl", "-q", "--site-templates"], jsonl.as_bytes());
    assert!(o.status.success());
    let from_stream: Vec<(String, String)> = stdout(&o)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            let slug = v["slug"].as_str().unwrap_or_default().to_string();
            (slug, v["article"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    let mut from_stream = from_stream;
    from_stream.sort();
    assert_eq!(from_files, from_stream);
    assert!(from_files.iter().all(|(_, t)| !t.contains(CLOSING)));
}

#[test]
fn warc_records_are_grouped_by_their_target_uri() {
    let mut warc = Vec::new();
    for (site, slug, story) in STORIES {
        // no canonical link: the record's address names the site
        let body = page(site, slug, story, "").replace("rel=\"canonical\"", "rel=\"x\"");
        warc.extend_from_slice(
            format!(
                "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://{site}/{slug}\r\n\
                 WARC-Record-ID: <urn:uuid:{slug}>\r\nContent-Type: text/html\r\n\
                 Content-Length: {}\r\n\r\n{body}\r\n\r\n",
                body.len()
            )
            .as_bytes(),
        );
    }
    let o = run_stdin(&["--warc", "-q", "--site-templates"], &warc);
    assert!(o.status.success());
    let lines: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 6);
    assert!(
        lines.iter().all(|l| !l.contains("Valley Courier")),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l.contains("River levels rose")));
}

#[test]
fn templates_saved_by_one_run_serve_the_next() {
    let (dir, files) = folder("site-saved", "");
    let saved = dir.join("run.templates");
    let _ = run_out_dir(
        "site-saved-out",
        &files,
        &["--save-templates", saved.to_str().unwrap_or("")],
    );
    let text = fs::read_to_string(&saved).expect("the templates were saved");
    let header: serde_json::Value =
        serde_json::from_str(text.lines().next().unwrap_or("")).expect("a JSON header");
    assert_eq!(header["format"], "pith-templates");
    assert_eq!(header["version"], 1);
    assert!(!text.contains("Valley"), "texts are never stored");
    // a new page of the site, alone: its closing line is known
    let new = page("courier.example", "bridge", "The old bridge will close for repairs in the spring, the county engineer said on Monday after an inspection.", "");
    let alone = run_stdin(&[], new.as_bytes());
    assert!(stdout(&alone).contains(CLOSING));
    let known = run_stdin(
        &["--templates", saved.to_str().unwrap_or("")],
        new.as_bytes(),
    );
    assert!(known.status.success());
    assert!(!stdout(&known).contains(CLOSING), "{}", stdout(&known));
    assert!(stdout(&known).starts_with("The old bridge"));
}

#[test]
fn a_templates_file_that_pith_did_not_write_is_refused() {
    let dir = tempdir("site-bad");
    let bad = dir.join("bad.templates");
    fs::write(
        &bad,
        "{\"format\":\"pith-templates\",\"version\":99,\"fingerprint\":\"x\"}\n",
    )
    .expect("write");
    let o = run_stdin(&["--templates", bad.to_str().unwrap_or("")], b"<p>x</p>");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.templates") && err.contains("line 1") && err.contains("version 99"),
        "{err}"
    );
}

#[test]
fn a_single_page_is_decided_on_its_own() {
    let (site, slug, story) = STORIES[0];
    let o = run_stdin(
        &["--format", "json"],
        page(site, slug, story, "").as_bytes(),
    );
    assert!(!stdout(&o).contains("site-template"));
    assert!(stdout(&o).contains(CLOSING));
}

#[test]
fn a_page_learned_twice_keeps_its_article() {
    // a crawl that fetched one story under two addresses, and one more page
    let (site, slug, story) = STORIES[0];
    let copy = page(site, slug, story, "");
    let other = page(STORIES[1].0, STORIES[1].1, STORIES[1].2, "");
    let extractor = Extractor::default();
    let mut templates = SiteTemplates::new();
    let pages: Vec<_> = [&copy, &copy, &other]
        .iter()
        .map(|p| extractor.read_page(p.as_bytes(), None).expect("a page"))
        .collect();
    for p in &pages {
        assert_eq!(p.site(), Some("courier.example"));
        templates.learn_page(p);
    }
    for p in pages.into_iter().take(2) {
        let article = extractor.decide(p, Some(&templates));
        let story = article
            .blocks
            .iter()
            .find(|b| b.block.text.starts_with("River levels rose"))
            .expect("the story's paragraph");
        // its copy is not another page of the site
        let template = story
            .reasons
            .iter()
            .any(|r| matches!(r.signal, pith::Signal::SiteTemplate(_)));
        assert!(!template && story.kept, "{:?}", story.reasons);
        assert!(!article.text().contains(CLOSING));
    }
}

#[test]
fn an_extractor_given_saved_templates_weighs_a_page_by_its_address() {
    let extractor = Extractor::default();
    let mut templates = SiteTemplates::new();
    for (site, slug, story) in &STORIES[..3] {
        let p = extractor
            .read_page(page(site, slug, story, "").as_bytes(), None)
            .expect("a page");
        templates.learn_page(&p);
    }
    let mut file = Vec::new();
    templates.save(&mut file).expect("saved to memory");
    let loaded = SiteTemplates::load(&file[..], TemplateLimits::default()).expect("loaded");
    assert_eq!(loaded.pages("https://courier.example/"), 3);
    let with = extractor.with_templates(loaded);
    // a page with no canonical link of its own, at an address of the site
    let new = page(
        "courier.example",
        "bridge",
        "The old bridge will close for repairs in the spring, the county engineer said.",
        "",
    )
    .replace("rel=\"canonical\"", "rel=\"x\"");
    let known = with
        .extract_at(new.as_bytes(), "https://news.courier.example/bridge")
        .expect("a page");
    assert!(!known.text().contains(CLOSING));
    let unknown = with
        .extract_at(new.as_bytes(), "https://elsewhere.example/")
        .expect("a page");
    assert!(unknown.text().contains(CLOSING));
}

#[test]
fn what_follows_the_sites_closing_lines_is_not_the_article() {
    // each page: its article, the site's closing lines (its section, a
    // share prompt, a comment count), then a reader's comment in plain
    // paragraphs inside the article's own element, which alone reads as
    // the article going on
    let article = [
        "Residents said the {slug} news was discussed at length in the town, where people gathered on the square to talk about it.",
        "Officials promised a full report on the {slug} matter by the end of the month, with figures for every district of the county.",
        "A spokesman said the {slug} report would be shared with every household, and that a public meeting would follow in the spring.",
        "The county engineer said the {slug} inspection of the whole area would take at least two weeks, and asked drivers to use the ring road.",
    ];
    let comments = [
        "I have lived near this river for forty years and I have never seen the water come up so fast in one night, and nobody came to warn us.",
        "The shelters were well run, but the council should have warned people much earlier in the evening, before the roads closed for the night.",
        "Thank you to all the volunteers who came out in the rain to help the families near the bridge move their furniture to higher ground.",
    ];
    let dir = tempdir("site-closing");
    let files: Vec<PathBuf> = STORIES[..3]
        .iter()
        .enumerate()
        .map(|(i, (site, slug, story))| {
            let body: String = article
                .iter()
                .map(|p| format!("<p>{}</p>", p.replace("{slug}", slug)))
                .collect();
            let html = format!(
                "<html><head><link rel=\"canonical\" href=\"https://{site}/{slug}\"></head><body>\
                 <div class=\"main\"><h1>The {slug} story</h1><p>{story}</p>{body}\
                 <div>Posted in Local News</div><div>Share this story</div><h3>{} Comments</h3>\
                 <p>{}</p></div></body></html>",
                i + 4,
                comments[i],
            );
            let path = dir.join(format!("{slug}.html"));
            fs::write(&path, html).expect("write page");
            path
        })
        .collect();
    let with = run_out_dir("site-closing-out", &files, &["--site-templates"]);
    let without = run_out_dir("site-closing-plain", &files, &[]);
    for ((stem, text), (_, plain)) in with.iter().zip(&without) {
        let i = STORIES.iter().position(|s| s.1 == stem).expect("a story");
        let comment = &comments[i][..30];
        assert!(
            text.contains(STORIES[i].2) && text.contains("ring road"),
            "{text}"
        );
        assert!(!text.contains(comment), "{stem} kept its comment: {text}");
        assert!(plain.contains(comment), "{stem} without templates: {plain}");
    }
}
