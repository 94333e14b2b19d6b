//! The article's metadata: title, authors, date, URL, site name,
//! description, language.
//!
//! Sources in order of trust: JSON-LD (`NewsArticle`, `Article`, … and the
//! `@graph` they sit in), then Open Graph and `<meta>` tags, then `<time>`
//! and `itemprop`/`rel="author"` markup, then the page's own byline and
//! dateline text, then a date in the URL. Authors and date are each an
//! ordered list of named sources ([`AuthorSource`], [`DateSource`]).

mod author;
mod byline;
mod dates;
mod names;

use serde::Serialize;
use serde_json::Value;

pub use author::AuthorSource;
pub use dates::DateSource;

use crate::block::{Hints, Page};
use crate::survey::json_ld::JsonLd;
use crate::survey::title::TitleRule;

/// What the page says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The rule that chose the headline.
    pub title_rule: Option<TitleRule>,
    /// The authors' names, in the page's order.
    pub authors: Vec<String>,
    /// Where the authors came from.
    pub author_source: Option<AuthorSource>,
    /// The publication date, ISO 8601 (a day, or a timestamp with offset).
    pub date: Option<String>,
    /// Where the date came from.
    pub date_source: Option<DateSource>,
    /// The page's canonical URL.
    pub url: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// The page's summary of itself.
    pub description: Option<String>,
    /// The page's declared language.
    pub language: Option<String>,
}

impl Metadata {
    /// Drops control characters from every field (see
    /// `read::without_controls`).
    pub(crate) fn without_controls(&mut self) {
        let clean = |s: &mut String| {
            if let std::borrow::Cow::Owned(c) = crate::read::without_controls(s) {
                *s = c;
            }
        };
        for field in [
            &mut self.title,
            &mut self.date,
            &mut self.url,
            &mut self.site_name,
            &mut self.description,
            &mut self.language,
        ]
        .into_iter()
        .flatten()
        {
            clean(field);
        }
        self.authors.iter_mut().for_each(clean);
    }
}

impl Metadata {
    /// The authors as a byline writes them: "A", "A and B", "A, B, C" (a
    /// list of three or more reads as a list, and splits back on commas).
    pub fn byline(&self) -> Option<String> {
        byline(&self.authors)
    }
}

/// Names joined as a byline writes them.
pub(crate) fn byline(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [a] => Some(a.clone()),
        [a, b] => Some(format!("{a} and {b}")),
        all => Some(all.join(", ")),
    }
}

/// What the sources read, built once a page.
pub(crate) struct Sources<'a> {
    page: &'a Page,
    hints: &'a Hints,
    ld: &'a JsonLd,
    /// The JSON-LD object of the article itself.
    article: Option<&'a Value>,
    title_block: Option<usize>,
    /// Ambiguous numeric dates are read month first.
    us_dates: bool,
}

impl Sources<'_> {
    /// The first of these `<meta>` keys the page has, in the keys' order.
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.hints
                .metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        })
    }
}

/// Gathers the metadata of a page read from HTML. `us_dates` reads
/// ambiguous numeric dates month first.
pub fn collect(page: &Page, ld: &JsonLd, title_block: Option<usize>, us_dates: bool) -> Metadata {
    let cx = Sources {
        page,
        hints: &page.hints,
        ld,
        article: ld.article(),
        title_block,
        us_dates,
    };
    let mut m = Metadata::default();
    if let Some(a) = cx.article {
        m.title = ld.text(a, "headline").or_else(|| ld.text(a, "name"));
        m.site_name = author::ld_names(ld, a.get("publisher")).into_iter().next();
        m.description = ld.text(a, "description");
        m.url = ld
            .text(a, "url")
            .or_else(|| ld.id_or_text(a.get("mainEntityOfPage")));
        m.language = ld.text(a, "inLanguage");
    }
    m.title = m.title.or_else(|| cx.meta(&["og:title", "twitter:title"]));
    let publisher = m.site_name.clone().or_else(|| cx.meta(&["og:site_name"]));
    (m.authors, m.author_source) = author::authors(&cx, publisher.as_deref());
    m.site_name = m
        .site_name
        .or_else(|| cx.meta(&["og:site_name", "application-name"]))
        .or_else(|| ld.website_name());
    m.description = m
        .description
        .or_else(|| cx.meta(&["og:description", "description", "twitter:description"]));
    m.url = m
        .url
        .filter(|u| u.starts_with("http"))
        .or_else(|| cx.hints.canonical.clone().filter(|u| u.starts_with("http")))
        .or_else(|| cx.meta(&["og:url"]));
    (m.date, m.date_source) = dates::date(&cx, m.url.as_deref());
    m.language = m.language.or_else(|| page.declared_lang.clone());
    m
}

/// The blocks where bylines and datelines sit: around the headline, else
/// at the top of the page.
pub(super) fn header_blocks(page: &Page, title_block: Option<usize>) -> &[crate::block::Block] {
    let n = page.blocks.len();
    let (lo, hi) = match title_block {
        Some(t) => (t.saturating_sub(10), (t + 40).min(n)),
        None => (0, n.min(150)),
    };
    &page.blocks[lo..hi]
}

#[cfg(test)]
mod tests {
    use super::byline::{BYLINE, BYLINE_INNER, BY_HANDLE, THREAD_STARTER};
    use super::dates::{UPDATE_LABEL, URL_DATE};
    use super::names::BY;

    #[test]
    fn every_pattern_compiles_in_both_forms() {
        for p in [
            &BY,
            &*BYLINE,
            &*BYLINE_INNER,
            &THREAD_STARTER,
            &BY_HANDLE,
            &UPDATE_LABEL,
            &URL_DATE,
        ] {
            let (plain, full) = p.forms();
            assert!(plain.is_some() && full.is_some());
        }
    }
    #[test]
    #[ignore = "needs ../shared/eval beside the checkout; .ci/run runs it"]
    fn every_pattern_plain_form_agrees_on_real_lines() {
        let patterns = [
            ("BY", &BY),
            ("BYLINE", &*BYLINE),
            ("BYLINE_INNER", &*BYLINE_INNER),
            ("THREAD_STARTER", &THREAD_STARTER),
            ("BY_HANDLE", &BY_HANDLE),
            ("UPDATE_LABEL", &UPDATE_LABEL),
            ("URL_DATE", &URL_DATE),
        ];
        let matched = crate::pattern::real_lines::forms_agree(patterns);
        assert!(matched > 1_000, "{matched}");
    }
}
