//! Metadata: authors and dates from JSON-LD, meta tags, the byline and the
//! dateline the reader sees.

use pith::{AuthorSource, DateSource};

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
    let a = with_byline("", "<p>By Sam Lee, DVM</p>", "");
    assert_eq!(a.meta.authors, ["Sam Lee"]);
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

// One test per author and date source, named after it (`author_` or `date_`
// and the source's name): a page on which that source, and no earlier one,
// gives the authors or the date.

fn json_ld(object: &str) -> String {
    format!("<script type=\"application/ld+json\">{object}</script>")
}

/// The authors and the name of their source.
fn authors(a: &pith::Article) -> (Vec<&str>, Option<&str>) {
    let names = a.meta.authors.iter().map(String::as_str).collect();
    (names, a.meta.author_source.map(AuthorSource::name))
}

/// The date and the name of its source.
fn date(a: &pith::Article) -> (Option<&str>, Option<&str>) {
    (
        a.meta.date.as_deref(),
        a.meta.date_source.map(DateSource::name),
    )
}

/// Enough filler to put what follows past the byline's reach.
fn far_below() -> String {
    "<p>Road crews worked through the night to clear the drifts.</p>".repeat(60)
}

#[test]
fn author_json_ld() {
    let head =
        json_ld(r#"{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}"#);
    let a = with_byline(&head, "", "");
    assert_eq!(authors(&a), (vec!["Jane Doe"], Some("json-ld")));
}

#[test]
fn author_meta_tag() {
    let a = with_byline("<meta name=\"author\" content=\"Jane Doe\">", "", "");
    assert_eq!(authors(&a), (vec!["Jane Doe"], Some("meta-tag")));
}

#[test]
fn author_markup() {
    let a = with_byline(
        "",
        "<p>Story: <a rel=\"author\" href=\"/jd\">Jane Doe</a></p>",
        "",
    );
    assert_eq!(authors(&a), (vec!["Jane Doe"], Some("markup")));
}

#[test]
fn author_byline() {
    let a = with_byline("", "<p>By Jane Doe</p>", "");
    assert_eq!(authors(&a), (vec!["Jane Doe"], Some("byline")));
}

#[test]
fn author_author_box() {
    let after = format!(
        "{}<div class=\"post-author\"><div class=\"author-name\">Jane Doe</div></div>",
        far_below()
    );
    let a = with_byline("", "", &after);
    assert_eq!(authors(&a), (vec!["Jane Doe"], Some("author-box")));
}

#[test]
fn author_late_byline() {
    let after = format!("{}<p>Jane Doe</p><p>Author</p>", far_below());
    let a = with_byline("", "", &after);
    assert_eq!(authors(&a), (vec!["Jane Doe"], Some("late-byline")));
}

#[test]
fn author_byline_handle() {
    let a = with_byline("", "<p>by snowdrift_9</p>", "");
    assert_eq!(authors(&a), (vec!["snowdrift_9"], Some("byline-handle")));
}

#[test]
fn author_json_ld_organization() {
    let head = json_ld(
        r#"{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Mountain News"}}"#,
    );
    let a = with_byline(&head, "", "");
    assert_eq!(
        authors(&a),
        (vec!["Mountain News"], Some("json-ld-organization"))
    );
}

#[test]
fn author_first_poster() {
    let post = |who: &str| {
        format!(
            "<div class=\"post\"><h3 class=\"PostUser-name\">{who}</h3><div class=\"content\"><p>The \
valley road was slow but open all week, and the plows were out again on Friday night.</p></div></div>"
        )
    };
    let a = with_byline(
        "",
        &format!("{}{}", post("snowdrift_9"), post("valley_local")),
        "",
    );
    assert_eq!(authors(&a), (vec!["snowdrift_9"], Some("first-poster")));
}

#[test]
fn author_byline_over_publisher() {
    let head = "<meta name=\"author\" content=\"Mountain News\">\
<meta property=\"og:site_name\" content=\"Mountain News\">";
    let a = with_byline(head, "<p>By Jane Doe</p>", "");
    assert_eq!(
        authors(&a),
        (vec!["Jane Doe"], Some("byline-over-publisher"))
    );
}

#[test]
fn author_byline_over_unseen_name() {
    let a = with_byline(
        "<meta name=\"author\" content=\"Web Desk\">",
        "<p>By Jane Doe</p>",
        "",
    );
    assert_eq!(
        authors(&a),
        (vec!["Jane Doe"], Some("byline-over-unseen-name"))
    );
}

#[test]
fn author_thread_starter() {
    let a = with_byline("", "<p>Thread starter jsmith_42</p>", "");
    assert_eq!(authors(&a), (vec!["jsmith_42"], Some("thread-starter")));
}

#[test]
fn date_dateline_over_text_date() {
    let head = json_ld(r#"{"@type": "NewsArticle", "datePublished": "Jun 24, 2025"}"#);
    let a = with_byline(&head, "<p>June 20, 2025</p>", "");
    assert_eq!(
        date(&a),
        (Some("2025-06-20"), Some("dateline-over-text-date"))
    );
}

#[test]
fn date_json_ld() {
    let head = json_ld(r#"{"@type": "NewsArticle", "datePublished": "2025-06-24T08:00:00Z"}"#);
    let a = with_byline(&head, "", "");
    assert_eq!(date(&a), (Some("2025-06-24T08:00:00Z"), Some("json-ld")));
}

#[test]
fn date_meta_tag() {
    let a = with_byline(
        "<meta property=\"article:published_time\" content=\"2024-11-02\">",
        "",
        "",
    );
    assert_eq!(date(&a), (Some("2024-11-02"), Some("meta-tag")));
}

#[test]
fn date_site_meta_key() {
    let a = with_byline(
        "<meta name=\"w-published-date\" content=\"2024-11-02\">",
        "",
        "",
    );
    assert_eq!(date(&a), (Some("2024-11-02"), Some("site-meta-key")));
}

#[test]
fn date_time_element() {
    let a = with_byline(
        "",
        "<p><time datetime=\"2024-11-02\">Saturday</time></p>",
        "",
    );
    assert_eq!(date(&a), (Some("2024-11-02"), Some("time-element")));
}

#[test]
fn date_earlier_dateline() {
    let head = "<meta property=\"article:published_time\" content=\"2024-11-09\">";
    let a = with_byline(head, "<p>November 2, 2024</p>", "");
    assert_eq!(date(&a), (Some("2024-11-02"), Some("earlier-dateline")));
}

#[test]
fn date_dateline() {
    let a = with_byline("", "<p>November 2, 2024</p>", "");
    assert_eq!(date(&a), (Some("2024-11-02"), Some("dateline")));
}

#[test]
fn date_late_dateline() {
    let after = format!("{}<p>Posted on November 2, 2024</p>", far_below());
    let a = with_byline("", "", &after);
    assert_eq!(date(&a), (Some("2024-11-02"), Some("late-dateline")));
}

#[test]
fn date_url() {
    let head =
        "<link rel=\"canonical\" href=\"https://news.example/2024/11/02/snow-closes-the-pass\">";
    let a = with_byline(head, "", "");
    assert_eq!(date(&a), (Some("2024-11-02"), Some("url")));
}

#[test]
fn date_modified() {
    let a = with_byline(
        "<meta property=\"article:modified_time\" content=\"2024-11-03\">",
        "",
        "",
    );
    assert_eq!(date(&a), (Some("2024-11-03"), Some("modified")));
}

#[test]
fn every_author_and_date_source_has_its_test() {
    let source = include_str!("meta.rs");
    let tests = AuthorSource::ALL
        .iter()
        .map(|s| format!("fn author_{}()", s.name()))
        .chain(
            DateSource::ALL
                .iter()
                .map(|s| format!("fn date_{}()", s.name())),
        );
    for test in tests {
        let test = test.replace('-', "_");
        assert!(source.contains(&test), "no test `{test}`");
    }
}

#[test]
fn the_language_of_a_page_no_stopword_list_fits_is_detected() {
    let page = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/id-article.html"),
    )
    .expect("corpus page");
    let article = pith::extract(&page).expect("extract");
    assert_eq!(article.language, Some("id"));
    assert!(
        article.text().contains("jalur sepeda"),
        "{}",
        article.text()
    );
    // what the page declares comes before what the trigrams detect
    let declared = String::from_utf8_lossy(&page).replace("<html>", "<html lang=\"ms\">");
    let article = pith::extract(declared.as_bytes()).expect("extract");
    assert_eq!(article.language, None);
    assert_eq!(article.meta.language.as_deref(), Some("ms"));
}
