//! Any string as a link and an image URL on a page: every `href` and `src`
//! the HTML writer writes, and every link and image target in Markdown as a
//! CommonMark parser reads it, is http, https, mailto, tel or relative
//! once a browser reads it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pith::{Format, Style};

/// What a browser does to an attribute value: entities decoded (the writer
/// uses these five), tab and newline removed, C0 controls and spaces trimmed.
fn as_browser_reads(value: &str) -> String {
    let decoded = value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    decoded
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

fn allowed(url: &str) -> bool {
    let Some(colon) = url.find(':') else {
        return true;
    };
    let scheme = &url[..colon];
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    !is_scheme
        || matches!(
            scheme.to_ascii_lowercase().as_str(),
            "http" | "https" | "mailto" | "tel"
        )
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

fuzz_target!(|data: &[u8]| {
    let url = String::from_utf8_lossy(data);
    let page = format!(
        "<article><p>The council met on Monday and voted <a href=\"{0}\">to keep</a> the library \
         open through the winter, its chair said.<img src=\"{0}\" alt=\"x\"></p></article>",
        escape_attr(&url)
    );
    let Ok(article) = pith::extract(page.as_bytes()) else {
        return;
    };
    let style = Style::default().with_images(true);
    let html = article.render(Format::Html, &style);
    for attr in ["href=\"", "src=\""] {
        for part in html.split(attr).skip(1) {
            let value = part.split('"').next().unwrap_or("");
            let read = as_browser_reads(value);
            assert!(allowed(&read), "{attr}{value:?} in {html}");
        }
    }
    // Markdown as a CommonMark renderer reads it (escapes and entities in
    // link destinations are decoded there)
    let markdown = article.render(Format::Markdown, &style);
    for event in pulldown_cmark::Parser::new(&markdown) {
        if let pulldown_cmark::Event::Start(
            pulldown_cmark::Tag::Link { dest_url, .. } | pulldown_cmark::Tag::Image { dest_url, .. },
        ) = event
        {
            let read = as_browser_reads(&dest_url);
            assert!(allowed(&read), "{dest_url:?} in {markdown}");
        }
    }
});
