//! Output formats: golden Markdown and HTML for a page with a table, nested
//! lists, a quote and inline marks; the Markdown parsed back with
//! pulldown-cmark to the page's structure; escaping; sanitizing; metadata.

use std::path::{Path, PathBuf};

use pith::Extractor;
use pith::{Article, Format, Style};
use pulldown_cmark::{Event, HeadingLevel, Options as MdOptions, Parser, Tag, TagEnd};

const BASE: &str = "https://ledger.example/news/2025/03/flood-plan-vote";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/formats")
        .join(name)
}

fn structure_page() -> pith::Article {
    let bytes = std::fs::read(fixture("structure.html")).expect("fixture");
    Extractor::default().extract(&bytes).expect("extract")
}

fn style() -> Style {
    Style::default()
        .with_title(true)
        .with_base_url(Some(BASE.into()))
}

fn render(article: &Article, format: Format, style: &Style) -> String {
    article.render(format, style)
}

#[test]
fn markdown_and_html_match_their_golden_files() {
    let article = structure_page();
    for (format, file) in [
        (Format::Markdown, "structure.expected.md"),
        (Format::Html, "structure.expected.html"),
    ] {
        let want = std::fs::read_to_string(fixture(file)).expect("golden file");
        assert_eq!(render(&article, format, &style()), want, "{file}");
    }
}

/// The block structure of Markdown as pulldown-cmark reads it: one line per
/// block element, indented by nesting.
fn outline(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cell = None::<String>;
    for ev in Parser::new_ext(md, MdOptions::ENABLE_TABLES) {
        match ev {
            Event::Start(tag) => {
                let name = match &tag {
                    Tag::Heading { level, .. } => Some(format!("h{}", *level as usize)),
                    Tag::List(Some(_)) => Some("ol".into()),
                    Tag::List(None) => Some("ul".into()),
                    Tag::Item => Some("li".into()),
                    Tag::BlockQuote(_) => Some("quote".into()),
                    Tag::Table(_) => Some("table".into()),
                    Tag::TableRow | Tag::TableHead => Some("row".into()),
                    Tag::TableCell => {
                        cell = Some(String::new());
                        None
                    }
                    Tag::CodeBlock(_) => Some("code".into()),
                    _ => None,
                };
                if let Some(n) = name {
                    out.push(format!("{}{n}", "  ".repeat(depth)));
                    depth += 1;
                }
            }
            Event::End(end) => {
                let closes = matches!(
                    end,
                    TagEnd::Heading(_)
                        | TagEnd::List(_)
                        | TagEnd::Item
                        | TagEnd::BlockQuote(_)
                        | TagEnd::Table
                        | TagEnd::TableRow
                        | TagEnd::TableHead
                        | TagEnd::CodeBlock
                );
                if matches!(end, TagEnd::TableCell) {
                    let text = cell.take().unwrap_or_default();
                    out.push(format!("{}cell {text}", "  ".repeat(depth)));
                }
                if closes {
                    depth -= 1;
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = &mut cell {
                    c.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn markdown_parses_back_to_the_page_structure() {
    let md = render(&structure_page(), Format::Markdown, &style());
    let outline = outline(&md);
    let want = [
        "h1",
        "h2",
        "table",
        "  row",
        "    cell Town",
        "    cell Yes",
        "    cell No | abstained",
        "  row",
        "    cell Millbrook",
        "    cell 61%",
        "    cell 39%",
        "  row",
        "    cell Cedar Falls",
        "    cell 48%",
        "    cell 52%",
        "  row",
        "    cell Harwick",
        "    cell 57%",
        "    cell 43%",
        "h2",
        "ul",
        "  li",
        "  li",
        "    ul",
        "      li",
        "      li",
        "  li",
        "quote",
    ];
    assert_eq!(outline, want, "markdown was:\n{md}");
    // inline marks survive as marks, the link resolved against the base
    let mut marks = Vec::new();
    for ev in Parser::new(&md) {
        match ev {
            Event::Start(Tag::Strong) => marks.push("strong".to_string()),
            Event::Start(Tag::Emphasis) => marks.push("em".to_string()),
            Event::Start(Tag::Link { dest_url, .. }) => marks.push(format!("link {dest_url}")),
            Event::Code(c) => marks.push(format!("code {c}")),
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => marks.push("title".into()),
            _ => {}
        }
    }
    assert_eq!(
        marks,
        [
            "title",
            "strong",
            "em",
            "link https://ledger.example/elections/2025",
            "code AE_2025*"
        ]
    );
}

#[test]
fn markdown_escapes_text_that_looks_like_markup() {
    let page = "<html><body><article><h1>Stars and pipes</h1>\
<p># This line starts with a hash, and the sentence goes on for a while to be content.</p>\
<p>1. This one starts like a numbered list item, and it is only a sentence in the text.</p>\
<p>Some *starred* words, a_snake_case name and [brackets] stay as text in the paragraph.</p>\
<table><tr><th>a|b</th><th>c</th></tr><tr><td>x | y</td><td>z</td></tr></table>\
</article></body></html>";
    let article = pith::extract(page.as_bytes()).expect("extract");
    let md = render(&article, Format::Markdown, &Style::default());
    // rendered back, every character is text: the paragraphs as written
    let mut texts = Vec::new();
    let mut current = String::new();
    for ev in Parser::new_ext(&md, MdOptions::ENABLE_TABLES) {
        match ev {
            Event::Text(t) => current.push_str(&t),
            Event::End(TagEnd::Paragraph | TagEnd::TableCell) => {
                texts.push(std::mem::take(&mut current))
            }
            Event::Start(Tag::Heading { .. } | Tag::List(_) | Tag::Emphasis) => {
                panic!("markup appeared: {ev:?} in\n{md}")
            }
            _ => {}
        }
    }
    assert!(
        texts.contains(
            &"# This line starts with a hash, and the sentence goes on for a while to be content."
                .to_string()
        ),
        "{texts:?}"
    );
    assert!(
        texts.contains(
            &"1. This one starts like a numbered list item, and it is only a sentence in the text."
                .to_string()
        ),
        "{texts:?}"
    );
    assert!(texts.contains(&"Some *starred* words, a_snake_case name and [brackets] stay as text in the paragraph.".to_string()), "{texts:?}");
    assert!(
        texts.contains(&"x | y".to_string()) && texts.contains(&"a|b".to_string()),
        "{texts:?}"
    );
}

#[test]
fn html_output_is_sanitized() {
    let page = r#"<html><body><article><h1 onclick="x()">A headline for the test</h1>
<p style="color:red" onmouseover="steal()">The council said on Monday that the paragraph holds a <a href="javascript:alert(1)">script link</a>,
a <a href="data:text/html,hi">data link</a> and a <a href="/ok" onclick="x()">good link</a>, and that it is long enough to be kept by the reader.</p>
<p>Another paragraph &lt;script&gt;alert("x")&lt;/script&gt; that shows markup as text, as the page wrote it.</p>
<script>alert(2)</script><p>The last paragraph has a picture <img src="x.png" onerror="alert(3)" alt="A picture"> in the middle of its text, as some pages do.</p></article></body></html>"#;
    let article = pith::extract(page.as_bytes()).expect("extract");
    let html = render(
        &article,
        Format::Html,
        &Style::default()
            .with_images(true)
            .with_base_url(Some("https://site.example/a/".into())),
    );
    for bad in [
        "onclick",
        "onmouseover",
        "onerror",
        "style=",
        "javascript:",
        "data:",
        "<script",
    ] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
    assert!(
        html.contains("<a href=\"https://site.example/ok\">good link</a>"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("<img src=\"https://site.example/a/x.png\" alt=\"A picture\">"),
        "{html}"
    );
}

#[test]
fn json_carries_the_metadata() {
    let article = structure_page();
    let v: serde_json::Value =
        serde_json::from_str(&article.render(Format::Json, &Style::default())).expect("json");
    assert_eq!(v["title"], "How the river towns voted on the flood plan");
    assert_eq!(v["author"], "Ana Ferreira and Tom Reyes");
    assert_eq!(
        v["authors"],
        serde_json::json!(["Ana Ferreira", "Tom Reyes"])
    );
    assert_eq!(v["date"], "2025-03-14T09:30:00-05:00");
    assert_eq!(v["site_name"], "Valley Ledger");
    assert_eq!(
        v["url"],
        "https://ledger.example/news/2025/03/flood-plan-vote"
    );
    assert_eq!(v["language"], "en");
    assert!(v["description"]
        .as_str()
        .is_some_and(|d| d.starts_with("Three towns")));
    assert!(v["blocks"]
        .as_array()
        .is_some_and(|b| b.iter().any(|b| b["kept"] == false)));
}

#[test]
fn json_scores_and_weights_are_short_decimals() {
    let article = structure_page();
    let text = article.render(Format::Json, &Style::default());
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let blocks = v["blocks"].as_array().expect("blocks");
    // a value rounded to `places` decimals, printed without f32 noise
    let short = |x: &serde_json::Value, places: i32| {
        let f = x.as_f64().expect("a number");
        let scaled = f * 10f64.powi(places);
        (scaled - scaled.round()).abs() < 1e-9 && x.to_string().len() <= places as usize + 3
    };
    let mut weights = 0;
    for b in blocks {
        assert!(short(&b["score"], 3), "{}", b["score"]);
        for r in b["reasons"].as_array().expect("reasons") {
            assert!(short(&r["weight"], 2), "{}", r["weight"]);
            weights += 1;
        }
    }
    assert!(weights > 0 && !blocks.is_empty());
}
