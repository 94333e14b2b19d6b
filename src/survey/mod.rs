//! The survey: what every later stage needs to know about the page, found
//! once before the region is sought and passed down: its language, its
//! JSON-LD, its headline and title, and its kind (a thread, a product).

pub(crate) mod json_ld;
pub(crate) mod title;

use crate::block::Page;
use crate::lexicon::{Concept, Lang};
use json_ld::JsonLd;
use title::{Context, Title, TitleRule};

/// What the page is, as far as it changes what counts as content.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PageKind {
    /// A discussion thread: its comments are its content.
    pub thread: bool,
    /// A product for sale: its customer reviews count against the content
    /// even when the page reads as an article.
    pub product: bool,
}

/// The page's facts that the stages after reading share.
#[derive(Debug)]
pub(crate) struct Survey {
    /// The language guessed from function words.
    pub lang: Option<Lang>,
    /// The page's JSON-LD.
    pub json_ld: JsonLd,
    /// The h1 that heads the page, and the rule that found it.
    pub headline: Option<(String, TitleRule)>,
    /// The title chosen from the h1s, the declared titles and the JSON-LD
    /// (HTML; plain text's title is a line the selection finds).
    pub title: Option<Title>,
    /// What kind of page it is.
    pub kind: PageKind,
}

/// Surveys a page that has been read.
pub(crate) fn survey(page: &Page) -> Survey {
    let lang = page.guess_lang();
    let json_ld = JsonLd::parse(&page.hints.json_ld);
    let schema = json_ld.schema_name();
    let cx = Context::new(page, schema.as_ref());
    let head = title::headline(&cx);
    let title = if page.nodes.is_empty() {
        None
    } else {
        title::title(&cx, head)
    };
    let headline = head.map(|(h, rule)| (h.clone(), rule));
    let kind = PageKind {
        thread: page.hints.declares_discussion()
            || has_thread_title(page)
            || is_thread(page, lang, declares_article(page, &json_ld)),
        product: page.hints.declares_product(),
    };
    Survey {
        lang,
        json_ld,
        headline,
        title,
        kind,
    }
}

/// A forum or Q&A thread: at least twice as much prose in elements named as
/// comments as outside them, and too little outside to be an article with
/// its comments.
fn is_thread(page: &Page, lang: Option<Lang>, declared_article: bool) -> bool {
    let (mut inside, mut outside) = (0usize, 0usize);
    for b in &page.blocks {
        if !b.is_prose(lang) {
            continue;
        }
        let in_comment = b
            .node
            .and_then(|i| page.nodes.get(i as usize))
            .is_some_and(|n| n.inherited.contains(Concept::Comment));
        if in_comment {
            inside += b.features.chars;
        } else {
            outside += b.features.chars;
        }
    }
    // a page that declares itself an article and has prose of its own is
    // an article with its comments, however long they run
    if declared_article && outside >= ARTICLE_OWN_PROSE {
        return false;
    }
    inside >= 2 * outside && (outside as f64) < THREAD_OUTSIDE_PROSE && inside > 0
}

/// Whether the page declares itself an article (`og:type` article, a
/// JSON-LD article that is no discussion): its comments are its readers',
/// however much they outweigh it.
fn declares_article(page: &Page, json_ld: &JsonLd) -> bool {
    let og = page
        .hints
        .metas
        .iter()
        .any(|(k, v)| k == "og:type" && v.trim().eq_ignore_ascii_case("article"));
    let discussion = ["discussionforumposting", "qapage"];
    og || json_ld.article().is_some_and(|a| {
        !json_ld::type_names(a)
            .iter()
            .any(|t| discussion.contains(&t.as_str()))
    })
}

/// Whether an h1 is named as a thread's or a topic's title (`thread-title`,
/// `topic-title`): forum software's markup for the post that opens a thread.
fn has_thread_title(page: &Page) -> bool {
    page.h1s_named(&["threadtitle", "topictitle"])
        .next()
        .is_some()
}

/// Characters of its own prose from which a declared article is one.
const ARTICLE_OWN_PROSE: usize = 200;

/// Prose outside the comments past which a page is an article with them.
const THREAD_OUTSIDE_PROSE: f64 = 1_500.0;
