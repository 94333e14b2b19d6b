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

#[test]
fn metadata_from_meta_tags_and_the_byline_when_there_is_no_json_ld() {
    let page = "<html><head><meta property=\"article:published_time\" content=\"2024-11-02\">\
<meta name=\"author\" content=\"By Jane Doe\"><title>Snow closes the pass | Mountain News</title></head>\
<body><article><h1>Snow closes the pass</h1><p>The mountain pass was closed on Saturday after a night of heavy snow, \
the highway department said, and it will stay closed until the plows are through.</p></article></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extract");
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    assert_eq!(a.meta.date.as_deref(), Some("2024-11-02"));
    let page = "<html><body><article><h1>Snow closes the pass</h1>\
<p class=\"dateline\">Published Sept. 4, 2025 10:30 ET by Jane Doe</p>\
<p>The mountain pass was closed on Saturday after a night of heavy snow, \
the highway department said, and it will stay closed until the plows are through.</p></article></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extract");
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    assert_eq!(a.meta.date.as_deref(), Some("2025-09-04"));
}

/// The article's prose, for metadata tests that vary only the byline.
fn with_byline(head: &str, before: &str, after: &str) -> pith::Article {
    let page = format!(
        "<html><head>{head}<title>Snow closes the pass</title></head><body><article>\
<h1>Snow closes the pass</h1>{before}<p>The mountain pass was closed on Saturday after a night \
of heavy snow, the highway department said, and it will stay closed until the plows are \
through.</p><p>Drivers were told to use the valley road, which adds an hour to the trip.</p>\
</article>{after}</body></html>"
    );
    pith::extract(page.as_bytes()).expect("extract")
}

#[test]
fn an_author_box_after_the_article_names_the_author() {
    // far below the headline, past where bylines are looked for
    let filler = "<p>Road crews worked through the night to clear the drifts.</p>".repeat(60);
    let a = with_byline(
        "",
        "",
        &format!("{filler}<div class=\"sidebar\"><p>Written by Jane Doe</p></div>"),
    );
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    let a = with_byline(
        "",
        "",
        &format!(
            "{filler}<div class=\"post-author\"><div class=\"author-name\">Jane Doe</div></div>"
        ),
    );
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    // labelled lines name several authors
    let a = with_byline(
        "",
        "",
        &format!("{filler}<p>Authors: Jane Doe and John Roe</p>"),
    );
    assert_eq!(a.meta.authors, ["Jane Doe", "John Roe"]);
}

#[test]
fn a_byline_glued_to_its_marker_names_the_author() {
    // scrapers and templates drop the space: "ByJane Doe", "Written by:Jane Doe"
    for byline in ["<p>ByJane Doe</p>", "<p>Written by:Jane Doe</p>"] {
        let a = with_byline("", byline, "");
        assert_eq!(a.meta.authors, ["Jane Doe"], "{byline}");
    }
    let a = with_byline("", "<p>Bypass reopens</p>", "");
    assert!(a.meta.authors.is_empty(), "{:?}", a.meta.authors);
}

#[test]
fn credentials_and_page_furniture_are_not_authors() {
    let a = with_byline("", "<p>By Tracy Parker, Dietitian</p>", "");
    assert_eq!(a.meta.authors, ["Tracy Parker"]);
    let a = with_byline("", "<p>By Shelby Loos, DVM</p>", "");
    assert_eq!(a.meta.authors, ["Shelby Loos"]);
    for junk in [
        "Learn More",
        "page.head.author",
        "undefined",
        "End Date*",
        "Oct",
    ] {
        let a = with_byline(
            &format!("<meta name=\"author\" content=\"{junk}\">"),
            "",
            "",
        );
        assert!(a.meta.authors.is_empty(), "{junk}: {:?}", a.meta.authors);
    }
}

#[test]
fn three_or_more_authors_are_a_comma_list() {
    let mut meta = pith::Metadata::default();
    meta.authors = ["A. One", "B. Two", "C. Three"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(meta.byline().as_deref(), Some("A. One, B. Two, C. Three"));
    meta.authors.truncate(2);
    assert_eq!(meta.byline().as_deref(), Some("A. One and B. Two"));
}

/// A page with the given head and headline, and enough prose to be read.
fn titled(head: &str, h1: &str) -> pith::Article {
    let page = format!(
        "<html><head>{head}</head><body><article>{h1}<p>The mountain pass was closed on \
Saturday after a night of heavy snow, the highway department said, and it will stay closed \
until the plows are through.</p></article></body></html>"
    );
    pith::extract(page.as_bytes()).expect("extract")
}

#[test]
fn titles_lose_site_names_dates_and_placeholders() {
    // the site's name after the separator goes, however short the headline
    let a = titled(
        "<title>Auth | Supabase Docs</title><meta property=\"og:site_name\" content=\"Supabase\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Auth"));
    let a = titled(
        "<title>Sennheiser | Headphones.com</title>\
<link rel=\"canonical\" href=\"https://www.headphones.com/collections/sennheiser\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Sennheiser"));
    // a date run into the headline
    let a = titled(
        "<title>Dec 18 2025 Preparing a transition in Debusine</title>",
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Preparing a transition in Debusine")
    );
    // a bare domain or a number is no title: the h1 is
    let a = titled("<title>davidbau.com</title>", "<h1>Vibe Coding</h1>");
    assert_eq!(a.title.as_deref(), Some("Vibe Coding"));
}

#[test]
fn a_title_streamed_into_the_body_is_found() {
    let page = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"root\">\
<title>Scalable Interpretability — LessWrong</title><h1>94</h1><h1>Scalable Interpretability</h1>\
<p>The mountain pass was closed on Saturday after a night of heavy snow, the highway department \
said, and it will stay closed until the plows are through.</p></div></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extract");
    assert_eq!(a.title.as_deref(), Some("Scalable Interpretability"));
}

#[test]
fn og_title_goes_before_a_twitter_card_title_whatever_their_order() {
    let a = titled(
        "<meta name=\"twitter:title\" content=\"Home\">\
<meta property=\"og:title\" content=\"Mountain pass closed by snow\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Mountain pass closed by snow"));
    // a card's title alone still names the page
    let a = titled(
        "<meta name=\"twitter:title\" content=\"Mountain pass closed by snow\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Mountain pass closed by snow"));
}

#[test]
fn a_span_styled_as_a_block_is_a_word_apart() {
    let a = titled(
        "",
        "<h1>The Best Notion Alternatives<span class=\"block text-sm\">Top Note-taking Tools</span></h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("The Best Notion Alternatives Top Note-taking Tools")
    );
}

#[test]
fn authors_from_twitter_cards_forums_and_author_boxes() {
    // Yoast's card: label and data in pairs
    let head = "<meta name=\"twitter:label1\" content=\"Written by\">\
<meta name=\"twitter:data1\" content=\"Jane Doe\">";
    assert_eq!(with_byline(head, "", "").meta.authors, ["Jane Doe"]);
    let head = "<meta name=\"twitter:label1\" content=\"Written by\">\
<meta name=\"twitter:data1\" content=\"admin\">";
    assert!(with_byline(head, "", "").meta.authors.is_empty());
    // a thread's starter, handle in lower case
    let a = with_byline("", "<p>Thread starter jsmith_42</p>", "");
    assert_eq!(a.meta.authors, ["jsmith_42"]);
    // a handle and a capitalised second name; a 60-letter run is no handle
    let a = with_byline("", "<p>Started by janedoe Smith</p>", "");
    assert_eq!(a.meta.authors, ["janedoe Smith"]);
    let long = "x".repeat(60);
    let a = with_byline("", &format!("<p>Started by {long}</p>"), "");
    assert!(a.meta.authors.is_empty(), "{:?}", a.meta.authors);
    // a name over its label, under the post
    let filler = "<p>Road crews worked through the night to clear the drifts.</p>".repeat(60);
    let a = with_byline("", "", &format!("{filler}<p>Jane Doe</p><p>Author</p>"));
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    // a label over a button is no author box
    let a = with_byline(
        "",
        "",
        &format!("{filler}<p>Share</p><p>Twitter Facebook</p>"),
    );
    assert!(a.meta.authors.is_empty(), "{:?}", a.meta.authors);
}

#[test]
fn an_author_links_label_is_not_a_name() {
    let link = |text: &str| format!("<p><a rel=\"author\" href=\"/author/jd/\">{text}</a></p>");
    let a = with_byline("", &link("View all posts by Jane Doe"), "");
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    let a = with_byline("", &link("View more posts"), "");
    assert!(a.meta.authors.is_empty(), "{:?}", a.meta.authors);
}

#[test]
fn a_month_glued_to_the_byline_is_not_part_of_the_name() {
    // a theme's byline and date in adjacent spans, with no space between
    let byline = "<div class=\"entry-meta\"><span class=\"byline\">Posted by <span class=\"author\">\
<a href=\"/author/jd/\">Jane McDoe</a></span></span><span class=\"posted-on\"><time>December 30, 2024</time></span></div>";
    let a = with_byline("", byline, "");
    assert_eq!(a.meta.authors, ["Jane McDoe"]);
}

#[test]
fn a_thread_is_its_first_posters() {
    let post = |who: &str, markup: &str| {
        format!(
            "<div class=\"post\">{}<div class=\"content\"><p>The valley road was slow but open \
all week, and the plows were out again on Friday night.</p></div></div>",
            markup.replace("{who}", who)
        )
    };
    for markup in [
        "<a class=\"username\" href=\"./memberlist.php?u=1\">{who}</a>",
        "<h3 class=\"PostUser-name\">{who}</h3>",
        "<div class=\"postleft\"><dl><dt><strong>{who}</strong></dt><dd>Member</dd></dl></div>",
    ] {
        let thread = format!(
            "{}{}",
            post("snowdrift_9", markup),
            post("valley_local", markup)
        );
        let a = with_byline("", &thread, "");
        assert_eq!(a.meta.authors, ["snowdrift_9"], "{markup}");
        // one poster element is a page's signed-in user, not a thread
        let a = with_byline("", &post("snowdrift_9", markup), "");
        assert!(a.meta.authors.is_empty(), "{:?}", a.meta.authors);
    }
}

#[test]
fn a_byline_the_reader_sees_beats_a_name_the_page_never_shows() {
    let head = "<meta name=\"author\" content=\"Cms Account\">";
    let a = with_byline(head, "<p>By Jane Doe</p>", "");
    assert_eq!(a.meta.authors, ["Jane Doe"]);
    // shown on the page: the metadata stands
    let a = with_byline(head, "<p>By Jane Doe</p>", "<p>Edited by Cms Account</p>");
    assert_eq!(a.meta.authors, ["Cms Account"]);
}

#[test]
fn dates_under_the_post_in_urls_and_in_citation_form() {
    let filler = "<p>Road crews worked through the night to clear the drifts.</p>".repeat(60);
    let a = with_byline("", "", &format!("{filler}<p>Posted on May 4, 2025</p>"));
    assert_eq!(a.meta.date.as_deref(), Some("2025-05-04"));
    let head = "<meta name=\"citation_publication_date\" content=\"2023 Jan 7\">";
    assert_eq!(
        with_byline(head, "", "").meta.date.as_deref(),
        Some("2023-01-07")
    );
    // the URL's day settles a timestamp a time zone moved
    let head = "<link rel=\"canonical\" href=\"https://example.com/2025/05/04/snow/\">\
<meta property=\"article:published_time\" content=\"2025-05-05T02:00:00Z\">";
    assert_eq!(
        with_byline(head, "", "").meta.date.as_deref(),
        Some("2025-05-04")
    );
    // "Jun 24, 2025" in JSON-LD is a template's text: the dateline wins
    let head = "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\
\"datePublished\":\"Jun 24, 2025\"}</script>";
    let a = with_byline(head, "<p>July 2, 2025</p>", "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-07-02"));
}

#[test]
fn the_dateline_by_the_headline_overrules_the_markup_when_earlier_or_confirmed() {
    let ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
\"datePublished\":\"2025-11-20T08:00:00Z\"}</script>";
    // an earlier day shown by the headline: the markup's is a republication
    let a = with_byline(ld, "<p>May 14, 2025</p>", "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-05-14"));
    // a later one stands only where the markup gives that day elsewhere too
    let a = with_byline(ld, "<p>December 2, 2025</p>", "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-11-20T08:00:00Z"));
    let time = "<time datetime=\"2025-12-02\">2 Dec</time>";
    let a = with_byline(ld, &format!("<p>December 2, 2025</p>{time}"), "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-12-02"));
    // an update's line, or a line of two dates, is no dateline to trust
    let a = with_byline(ld, "<p>Updated May 14, 2025</p>", "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-11-20T08:00:00Z"));
    let a = with_byline(ld, "<p>May 14, 2025 April 2, 2024</p>", "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-11-20T08:00:00Z"));
}

#[test]
fn a_sites_own_publication_key_and_a_month_named_in_the_url_date_the_page() {
    let head = "<meta name=\"w-published-date\" content=\"2025-05-27T06:03:43Z\">\
<meta name=\"w-updated-date\" content=\"2025-06-01T06:03:43Z\">";
    let a = with_byline(head, "", "");
    assert_eq!(a.meta.date.as_deref(), Some("2025-05-27T06:03:43Z"));
    let head = "<link rel=\"canonical\" href=\"https://example.com/news/2023/october/03/snow\">";
    assert_eq!(
        with_byline(head, "", "").meta.date.as_deref(),
        Some("2023-10-03")
    );
}

#[test]
fn a_posts_opening_date_counts_and_a_members_joining_date_does_not() {
    // a profile's "Joined" line above the post is no dateline
    let a = with_byline("", "<p>Joined: Feb 12, 2019</p><p>Posts: 116</p>", "");
    assert_eq!(a.meta.date, None);
    // a long first post that opens with its date
    let post = "<p>2019-02-23, 09:14 PM Has anyone here tried the new firmware on the older \
boards, and did it fix the boot loop that several of us reported last month?</p>";
    let a = with_byline("", post, "");
    assert_eq!(a.meta.date.as_deref(), Some("2019-02-23"));
    // a date inside a long block is not the page's
    let post = "<p>Since 1 January 2023 every one of the boards we sell has been tested \
for the boot loop that several of you reported last month, before it ships.</p>";
    assert_eq!(with_byline("", post, "").meta.date, None);
    // schema.org's dateCreated marks the question's <time>
    let body = "<time datetime=\"2021-04-08T04:06:17Z\">Apr 8, 2021</time>\
<time itemprop=\"dateCreated\" datetime=\"2018-06-08T09:28:03Z\">Jun 8, 2018</time>";
    let a = with_byline("", body, "");
    assert_eq!(a.meta.date.as_deref().map(|d| &d[..10]), Some("2018-06-08"));
}
