//! What the reader takes from `<head>` and from metadata in the body:
//! titles, meta tags, JSON-LD, authors, times, a thread's posters.

use super::attrs::attr;
use super::{collapse, Walker};
use crate::read::dom::{Element, NodeRef};

impl Walker {
    /// Takes the title candidates from `<head>` (`og:title`, then
    /// `<title>`) and the metadata hints there.
    pub(super) fn read_head(&mut self, head: NodeRef<'_>) {
        // og:title before twitter:title, whichever comes first: a card's
        // title is often the description or the site's name
        let (mut og, mut twitter) = (None, None);
        let mut title = None;
        for node in head.descendants() {
            let Some(el) = node.value().as_element() else {
                continue;
            };
            match el.name() {
                "title" if title.is_none() => title = Some(collapse(&text_of(node))),
                "meta" => {
                    let key = attr(el, "property").or_else(|| attr(el, "name"));
                    let content = || attr(el, "content").map(collapse).filter(|t| !t.is_empty());
                    match key {
                        Some("og:title") if og.is_none() => og = content(),
                        Some("twitter:title") if twitter.is_none() => twitter = content(),
                        _ => {}
                    }
                    self.meta_hint(el);
                }
                "script" => self.script_hint(el, node),
                "link" => {
                    let rel = attr(el, "rel").unwrap_or("");
                    let href = || attr(el, "href").map(|h| h.trim().to_string());
                    if rel.eq_ignore_ascii_case("canonical") && self.page.hints.canonical.is_none()
                    {
                        self.page.hints.canonical = href();
                    }
                    let feed =
                        attr(el, "type").is_some_and(|t| t.contains("rss") || t.contains("atom"));
                    if feed
                        && rel.eq_ignore_ascii_case("alternate")
                        && self.page.hints.feed.is_none()
                    {
                        self.page.hints.feed = href();
                    }
                }
                _ => {}
            }
        }
        self.page.titles.extend(
            og.or(twitter)
                .into_iter()
                .chain(title)
                .filter(|t| !t.is_empty()),
        );
    }

    pub(super) fn meta_hint(&mut self, el: &Element) {
        let key = attr(el, "property")
            .or_else(|| attr(el, "name"))
            .or_else(|| attr(el, "itemprop"));
        if let (Some(k), Some(v)) = (key, attr(el, "content")) {
            if !v.trim().is_empty() && self.page.hints.metas.len() < 500 {
                self.page
                    .hints
                    .metas
                    .push((k.trim().to_ascii_lowercase(), collapse(v)));
            }
        }
    }

    pub(super) fn script_hint(&mut self, el: &Element, node: NodeRef<'_>) {
        let ld = attr(el, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
        if ld && self.page.hints.json_ld.len() < 50 {
            self.page.hints.json_ld.push(text_of(node));
        }
    }

    /// Body elements that state metadata: `<time>`, `itemprop="author"`,
    /// `rel="author"`, `<meta itemprop>`, JSON-LD.
    pub(super) fn body_hint(&mut self, tag: &str, el: &Element, node: NodeRef<'_>) {
        match tag {
            "meta" => self.meta_hint(el),
            "script" => self.script_hint(el, node),
            _ => {}
        }
        if tag == "time" && self.page.hints.times.len() < 50 {
            let value = attr(el, "datetime")
                .map(str::to_string)
                .unwrap_or_else(|| collapse(&text_of(node)));
            let marked = attr(el, "pubdate").is_some()
                || attr(el, "itemprop")
                    .is_some_and(|p| p.contains("datePublished") || p.contains("dateCreated"))
                || attr(el, "class").is_some_and(|c| {
                    let c = c.to_ascii_lowercase();
                    c.contains("publish") || c.contains("posted") || c.contains("entry-date")
                });
            self.page.hints.times.push((value, marked));
        }
        let author = attr(el, "itemprop")
            .is_some_and(|p| p.split_whitespace().any(|t| t == "author"))
            || (tag == "a"
                && attr(el, "rel").is_some_and(|r| r.split_whitespace().any(|t| t == "author")));
        if author && self.page.hints.authors.len() < 20 {
            // the nested itemprop="name", else all the text
            let name = node
                .descendants()
                .filter_map(|d| d.value().as_element().map(|e| (d, e)))
                .find(|(_, e)| attr(e, "itemprop") == Some("name"))
                .map(|(d, e)| {
                    attr(e, "content")
                        .map(str::to_string)
                        .unwrap_or_else(|| text_of(d))
                })
                .unwrap_or_else(|| text_of(node));
            let name = collapse(&name);
            if !name.is_empty() {
                self.page.hints.authors.push(name);
            }
        }
    }
}

/// Poster names kept: enough to tell a thread from a page with one.
pub(super) const MAX_POSTERS: usize = 4;

/// Class names that forum software gives the element holding a post's
/// author: phpBB and XenForo (`username`), vBulletin (`bigusername`),
/// Flarum (`PostUser-name`), bbPress (`bbp-author-name`), wpForo and
/// others (`forum-post-author`).
pub(super) const POSTER_CLASSES: [&str; 5] = [
    "username",
    "bigusername",
    "postuser-name",
    "bbp-author-name",
    "forum-post-author",
];

/// The name a forum's poster element holds; FluxBB and PunBB put it in the
/// first `<dt>` of the post's `postleft` column.
pub(super) fn poster(class: Option<&str>, node: NodeRef<'_>) -> Option<String> {
    let class = class?;
    let mut tokens = class.split_whitespace();
    let holder = if tokens
        .clone()
        .any(|t| POSTER_CLASSES.iter().any(|p| t.eq_ignore_ascii_case(p)))
    {
        node
    } else if tokens.any(|t| t == "postleft") {
        node.descendants()
            .find(|d| d.value().as_element().is_some_and(|e| e.name() == "dt"))?
    } else {
        return None;
    };
    let name = collapse(&text_of(holder));
    (!name.is_empty() && name.chars().count() <= 60).then_some(name)
}

/// The text below a node, concatenated (bounded: hints are short).
pub(super) fn text_of(node: NodeRef<'_>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Some(t) = d.value().as_text() {
            out.push_str(t);
            if out.len() > 100_000 {
                break;
            }
        }
    }
    out
}
