//! Whether a page of little prose is still an article: a short post, a
//! photo with its caption. Its odds are learned (`train/page_kind.py`) from
//! what the page says of itself and how it is built; the weights are data
//! (`kind_weights.rs`).

use super::kind_weights::{BIAS, MARGIN, WEIGHTS};
use crate::block::{BlockKind, Page};
use crate::lexicon::Concept;
use crate::pattern::Pattern;
use crate::survey::Survey;

/// What the odds are computed from, in the order of [`FEATURES`].
pub type Features = [f32; FEATURES.len()];

/// The features' names, as the weights file lists them. The counts are of
/// the whole page's blocks: its items, labels and taglines, its links.
pub const FEATURES: [&str; 15] = [
    "prose",
    "prose-share",
    "declared-article",
    "declared-other",
    "headline",
    "dated",
    "author",
    "url-dated",
    "url-slug",
    "comments",
    "cards",
    "links",
    "paragraphs",
    "headings",
    "list-items",
];

/// The page's features, given the prose characters of its best region and
/// the characters in cards of a grid.
pub fn features(page: &Page, survey: &Survey, region_prose: f64, card_chars: f64) -> Features {
    let lang = survey.lang;
    let (mut chars, mut links, mut paragraphs, mut headings, mut items) = (0f64, 0f64, 0, 0, 0);
    for b in &page.blocks {
        chars += b.features.chars as f64;
        links += b.link_chars as f64;
        paragraphs += usize::from(b.is_prose(lang));
        headings += usize::from(b.kind == BlockKind::Heading);
        items += usize::from(b.kind == BlockKind::ListItem);
    }
    let share = |x: f64| if chars > 0.0 { (x / chars) as f32 } else { 0.0 };
    let log = |x: f64| (1.0 + x).log2() as f32;
    let per_block = |n: usize| n as f32 / page.blocks.len().max(1) as f32;
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let hints = &page.hints;
    let meta = |key: &str| {
        hints
            .metas
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let og_type = meta("og:type").map(str::to_ascii_lowercase);
    let declared_article =
        og_type.as_deref() == Some("article") || survey.json_ld.declares_article();
    let declared_other = survey.kind.product || og_type.as_deref().is_some_and(|t| t != "article");
    let dated = !hints.times.is_empty()
        || hints
            .metas
            .iter()
            .any(|(k, _)| k.contains("published") || k.ends_with("date"));
    let url = hints.canonical.as_deref().or(meta("og:url")).unwrap_or("");
    let comments = page.nodes.iter().any(|n| n.own.contains(Concept::Comment));
    [
        log(region_prose / 100.0),
        share(region_prose),
        flag(declared_article),
        flag(declared_other && !declared_article),
        flag(survey.headline.is_some()),
        flag(dated),
        flag(!hints.authors.is_empty() || meta("author").is_some()),
        flag(url_dated(url)),
        flag(url_slug(url)),
        flag(comments),
        share(card_chars),
        share(links),
        log(paragraphs as f64),
        log(headings as f64),
        per_block(items),
    ]
}

/// The log-odds that the page is an article.
pub fn article_odds(x: &Features) -> f32 {
    BIAS + x
        .iter()
        .zip(WEIGHTS.iter())
        .map(|(x, (_, w))| x * w)
        .sum::<f32>()
}

/// Whether odds make a page of little prose an article.
pub fn is_article(odds: f32) -> bool {
    odds >= MARGIN
}

/// A date in the address's path: `/2012/11/06/`, `/2012-11-06-`.
fn url_dated(url: &str) -> bool {
    static DATED: Pattern = Pattern::new(r"/(?:19|20)\d\d[/-][01]?\d[/-]");
    DATED.is_match(path(url))
}

/// The address's last segment is a slug of three words or more
/// (`/rust-project-goals-for-2024`), as posts are named.
fn url_slug(url: &str) -> bool {
    let last = path(url)
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("");
    let last = last.split('.').next().unwrap_or("");
    last.split(['-', '_'])
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= 3
}

/// The path of an address, without scheme, host, query or fragment.
fn path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    rest.find('/').map_or("", |i| &rest[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weights_name_the_features_in_order() {
        let names: Vec<&str> = WEIGHTS.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, FEATURES);
    }

    #[test]
    fn an_address_is_dated_or_a_slug_by_its_path_alone() {
        assert!(url_dated(
            "https://example.org/2012/11/06/the-climatic-case/"
        ));
        assert!(url_dated("/news/2024-3-07-harbour"));
        assert!(!url_dated("https://example.org/?p=2012"));
        assert!(!url_dated("https://2012.example.org/11/"));
        assert!(url_slug(
            "https://example.org/s/rust-project-goals-for-2024?ref=x"
        ));
        assert!(url_slug(
            "https://example.org/blog/harbour_pier_rebuilt.html"
        ));
        assert!(!url_slug("https://example.org/t/12345/"));
        assert!(!url_slug("https://my-long-host-name.example.org/"));
        assert_eq!(path("example.org"), "");
    }
}
