//! Golden files: every page in `corpus/` must come out as its
//! `NAME.expected.txt` (what `pith --title` prints). The expected files are
//! written by `corpus/build.py` from the article text, not from pith.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn input_for(expected: &Path) -> Option<PathBuf> {
    let name = expected
        .file_name()?
        .to_str()?
        .strip_suffix(".expected.txt")?
        .to_string();
    ["html", "txt", "html.gz", "txt.gz"]
        .iter()
        .map(|ext| expected.with_file_name(format!("{name}.{ext}")))
        .find(|p| p.exists())
}

/// A line diff that is enough to read: lines only in one side, marked.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    for line in &e {
        if !g.contains(line) {
            let _ = writeln!(out, "  - {line}");
        }
    }
    for line in &g {
        if !e.contains(line) {
            let _ = writeln!(out, "  + {line}");
        }
    }
    if out.is_empty() {
        out.push_str("  (same lines, different order or spacing)\n");
    }
    out
}

/// Extracts the fixture `stem` and compares it with its expected text.
fn check(stem: &str) {
    let exp = corpus().join(format!("{stem}.expected.txt"));
    let input = input_for(&exp).unwrap_or_else(|| panic!("no input beside {}", exp.display()));
    let bytes = std::fs::read(&input).expect("read input");
    let want = std::fs::read_to_string(&exp).expect("read expected");
    let got = match pith::Extractor::default().extract(&bytes) {
        Ok(article) => article.render(pith::Format::Text, &pith::Style::default().with_title(true)),
        Err(e) => format!("error: {e}\n"),
    };
    assert!(
        got == want,
        "{stem}: (- expected only, + got only)\n{}",
        diff(&want, &got)
    );
}

/// One test per fixture, and the list of fixtures they cover.
macro_rules! golden {
    ($($name:ident => $stem:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check($stem);
            }
        )*
        const LISTED: &[&str] = &[$($stem),*];
    };
}

golden! {
    charset_gb18030 => "charset-gb18030",
    charset_iso_8859_2 => "charset-iso-8859-2",
    charset_shift_jis => "charset-shift-jis",
    charset_stale_meta => "charset-stale-meta",
    charset_undeclared_1252 => "charset-undeclared-1252",
    charset_windows_1252 => "charset-windows-1252",
    de_boilerplate => "de-boilerplate",
    en_ads => "en-ads",
    en_byline => "en-byline",
    en_captions => "en-captions",
    en_click_here => "en-click-here",
    en_comments => "en-comments",
    en_comment_thread => "en-comment-thread",
    en_comments_long_thread => "en-comments-long-thread",
    en_comments_unnamed => "en-comments-unnamed",
    en_short_post_blogroll => "en-short-post-blogroll",
    en_short_post_comments => "en-short-post-comments",
    en_cookies => "en-cookies",
    en_copyright => "en-copyright",
    en_dialog_policy => "en-dialog-policy",
    en_footer_testimonials => "en-footer-testimonials",
    en_forum_thread => "en-forum-thread",
    en_hidden_until_script => "en-hidden-until-script",
    en_listing_cards => "en-listing-cards",
    en_most_read_tipline => "en-most-read-tipline",
    en_dated_rail => "en-dated-rail",
    en_three_posts => "en-three-posts",
    la_placeholder => "la-placeholder",
    en_navigation => "en-navigation",
    en_newsletter => "en-newsletter",
    en_noscript_forum => "en-noscript-forum",
    en_product_grid => "en-product-grid",
    en_product_notice => "en-product-notice",
    en_qa_page => "en-qa-page",
    en_quote => "en-quote",
    en_related => "en-related",
    en_search_results => "en-search-results",
    en_service_home => "en-service-home",
    en_share => "en-share",
    en_subheadings_list => "en-subheadings-list",
    id_article => "id-article",
    es_boilerplate => "es-boilerplate",
    fr_boilerplate => "fr-boilerplate",
    gzip_input => "gzip-input",
    text_crlf_wrapped => "text-crlf-wrapped",
    text_full_scrape => "text-full-scrape",
    text_german => "text-german",
    text_listicle => "text-listicle",
    text_listing => "text-listing",
    text_newsletter_cookies => "text-newsletter-cookies",
    text_seed_like => "text-seed-like",
    text_single_line => "text-single-line",
    text_spanish => "text-spanish",
    text_subheading => "text-subheading",
}

#[test]
fn every_fixture_has_its_test() {
    let mut found: Vec<String> = std::fs::read_dir(corpus())
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            name.strip_suffix(".expected.txt").map(str::to_string)
        })
        .collect();
    found.sort();
    let mut listed: Vec<String> = LISTED.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "add each corpus fixture to golden! in tests/golden.rs"
    );
}
