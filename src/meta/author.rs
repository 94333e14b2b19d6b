//! The authors: an ordered list of named sources, the first that names
//! anyone wins, then named corrections where the page's own text is surer.

use serde_json::Value;

use super::byline::{
    author_box, byline_authors, byline_handle, explicit_byline, late_byline, shown, thread_starter,
    GENERIC_HANDLES,
};
use super::names::{clean_authors, is_chrome};
use super::Sources;
use crate::block::Hints;
use crate::survey::json_ld::JsonLd;

/// Where the authors came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorSource {
    /// The JSON-LD article's `author` (or `creator`): people.
    JsonLd,
    /// An `author` meta tag (`article:author`, `twitter:creator`, …).
    MetaTag,
    /// Elements marked as the author (`rel="author"`, `itemprop="author"`).
    Markup,
    /// The byline under the headline ("By Jane Doe").
    Byline,
    /// An author box after the article ("About the author").
    AuthorBox,
    /// A byline past the header ("Written by Jane Doe").
    LateByline,
    /// A byline that gives a handle ("by jdoe").
    BylineHandle,
    /// The JSON-LD article's `author` when it names only organizations.
    JsonLdOrganization,
    /// A thread's first poster.
    FirstPoster,
    /// The publication named as author yields to a "By X" byline.
    BylineOverPublisher,
    /// A name the page never shows yields to the byline the reader sees.
    BylineOverUnseenName,
    /// A thread's starter, however the forum's markup names the posters.
    ThreadStarter,
}

impl AuthorSource {
    /// Every source and correction, in the order they are tried.
    pub const ALL: [AuthorSource; 12] = [
        AuthorSource::JsonLd,
        AuthorSource::MetaTag,
        AuthorSource::Markup,
        AuthorSource::Byline,
        AuthorSource::AuthorBox,
        AuthorSource::LateByline,
        AuthorSource::BylineHandle,
        AuthorSource::JsonLdOrganization,
        AuthorSource::FirstPoster,
        AuthorSource::BylineOverPublisher,
        AuthorSource::BylineOverUnseenName,
        AuthorSource::ThreadStarter,
    ];

    /// The source's name, as JSON shows it.
    pub fn name(self) -> &'static str {
        match self {
            AuthorSource::JsonLd => "json-ld",
            AuthorSource::MetaTag => "meta-tag",
            AuthorSource::Markup => "markup",
            AuthorSource::Byline => "byline",
            AuthorSource::AuthorBox => "author-box",
            AuthorSource::LateByline => "late-byline",
            AuthorSource::BylineHandle => "byline-handle",
            AuthorSource::JsonLdOrganization => "json-ld-organization",
            AuthorSource::FirstPoster => "first-poster",
            AuthorSource::BylineOverPublisher => "byline-over-publisher",
            AuthorSource::BylineOverUnseenName => "byline-over-unseen-name",
            AuthorSource::ThreadStarter => "thread-starter",
        }
    }
}

impl serde::Serialize for AuthorSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A source of authors; empty when it names no one.
type SourceFn = fn(&Sources<'_>) -> Vec<String>;

/// The sources, in order of trust.
const SOURCES: [(AuthorSource, SourceFn); 9] = [
    (AuthorSource::JsonLd, json_ld_people),
    (AuthorSource::MetaTag, |cx| meta_authors(cx.hints)),
    (AuthorSource::Markup, marked_authors),
    (AuthorSource::Byline, |cx| {
        byline_authors(cx.page, cx.title_block)
    }),
    (AuthorSource::AuthorBox, |cx| author_box(cx.page)),
    (AuthorSource::LateByline, |cx| {
        late_byline(cx.page, cx.title_block)
    }),
    (AuthorSource::BylineHandle, |cx| {
        byline_handle(cx.page, cx.title_block).into_iter().collect()
    }),
    (AuthorSource::JsonLdOrganization, json_ld_organizations),
    (AuthorSource::FirstPoster, first_poster),
];

/// The page's authors and where they came from; `publisher` is the name of
/// the publication (JSON-LD's publisher, else `og:site_name`).
pub(super) fn authors(
    cx: &Sources<'_>,
    publisher: Option<&str>,
) -> (Vec<String>, Option<AuthorSource>) {
    let (mut names, mut source) = SOURCES
        .iter()
        .find_map(|(source, names)| {
            let found = names(cx);
            (!found.is_empty()).then_some((found, Some(*source)))
        })
        .unwrap_or_default();
    let (page, title_block) = (cx.page, cx.title_block);
    if let (Some(site), [only]) = (publisher, names.as_slice()) {
        if only.eq_ignore_ascii_case(site) {
            let marked = || {
                Some(byline_authors(page, title_block)).filter(|by| {
                    !by.is_empty()
                        && by
                            .iter()
                            .all(|n| n.split_whitespace().count() >= 2 && !is_chrome(n))
                })
            };
            if let Some(by) = explicit_byline(page, title_block).or_else(marked) {
                (names, source) = (by, Some(AuthorSource::BylineOverPublisher));
            }
        }
    }
    if !names.is_empty() && !names.iter().any(|a| shown(page, a)) {
        if let Some(by) = explicit_byline(page, title_block) {
            (names, source) = (by, Some(AuthorSource::BylineOverUnseenName));
        }
    }
    if let Some(starter) = thread_starter(page, title_block) {
        (names, source) = (vec![starter], Some(AuthorSource::ThreadStarter));
    }
    (names, source)
}

/// The JSON-LD article's author value, and whether it names only
/// organizations.
fn json_ld_author<'a>(cx: &Sources<'a>) -> Option<(&'a Value, bool)> {
    let a = cx.article?;
    let by = a.get("author").or_else(|| a.get("creator"))?;
    Some((by, cx.ld.all_organizations(Some(by))))
}

fn json_ld_people(cx: &Sources<'_>) -> Vec<String> {
    match json_ld_author(cx) {
        Some((by, false)) => ld_names(cx.ld, Some(by)),
        _ => Vec::new(),
    }
}

/// An organization as author yields to a person named anywhere else.
fn json_ld_organizations(cx: &Sources<'_>) -> Vec<String> {
    match json_ld_author(cx) {
        Some((by, true)) => ld_names(cx.ld, Some(by)),
        _ => Vec::new(),
    }
}

fn marked_authors(cx: &Sources<'_>) -> Vec<String> {
    let mut names = clean_authors(cx.hints.authors.iter().map(String::as_str));
    // many names marked as author are the items' authors (a listing, a
    // thread): the page's own is the first
    if names.len() > MAX_MARKED_AUTHORS {
        names.truncate(1);
    }
    names
}

/// A thread (two posts or more) is its first poster's.
fn first_poster(cx: &Sources<'_>) -> Vec<String> {
    let posters = &cx.hints.posters;
    if posters.len() < 2 {
        return Vec::new();
    }
    clean_authors(posters.iter().take(1).map(String::as_str))
}

/// The names a JSON-LD value gives, cleaned as any author's.
pub(super) fn ld_names(ld: &JsonLd, v: Option<&Value>) -> Vec<String> {
    clean_authors(ld.names(v).iter().map(String::as_str))
}

/// More names marked as author than a byline holds.
pub(super) const MAX_MARKED_AUTHORS: usize = 4;

pub(super) fn meta_authors(h: &Hints) -> Vec<String> {
    const KEYS: &[&str] = &[
        "author",
        "article:author",
        "article:author_name",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "citation_author",
        "byl",
    ];
    for k in KEYS {
        let vals: Vec<&str> = h
            .metas
            .iter()
            .filter(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .collect();
        let names = clean_authors(vals.into_iter());
        if !names.is_empty() {
            return names;
        }
    }
    // Yoast's reading-time card: twitter:label1 "Written by", twitter:data1
    // the name
    for (key, label) in &h.metas {
        let Some(n) = key.strip_prefix("twitter:label") else {
            continue;
        };
        let label = label.to_lowercase();
        if label == "author" || label.ends_with(" by") {
            let data = format!("twitter:data{n}");
            let vals = h.metas.iter().filter(|(k, v)| {
                *k == data && !GENERIC_HANDLES.contains(&v.to_lowercase().as_str())
            });
            let names = clean_authors(vals.map(|(_, v)| v.as_str()));
            if !names.is_empty() {
                return names;
            }
        }
    }
    Vec::new()
}
