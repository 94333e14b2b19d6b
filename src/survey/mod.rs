//! The survey: what every later stage needs to know about the page, found
//! once before the region is sought and passed down: its language, its
//! JSON-LD, its headline and title, and its kind (a thread, a product).

pub(crate) mod json_ld;
mod language;
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
    /// Where no stopword list fits: the language whatlang detects (ISO
    /// 639-1), for the output only.
    pub detected: Option<&'static str>,
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
        thread: page.hints.declares_discussion() || has_thread_title(page) || is_thread(page, lang),
        product: page.hints.declares_product(),
    };
    Survey {
        lang,
        detected: if lang.is_none() {
            language::detect(page)
        } else {
            None
        },
        json_ld,
        headline,
        title,
        kind,
    }
}

/// A forum or Q&A thread: all the page's prose is in elements named as
/// comments, or as the thread's topic. Forum software names its posts so;
/// a page with any other prose of its own is an article with its
/// comments, however long they run.
fn is_thread(page: &Page, lang: Option<Lang>) -> bool {
    let mut comments = false;
    for b in page.blocks.iter().filter(|b| b.is_prose(lang)) {
        let in_comment = b
            .node
            .and_then(|i| page.nodes.get(i as usize))
            .is_some_and(|n| n.inherited.contains(Concept::Comment));
        if !in_comment && !in_topic(page, b.node) {
            return false;
        }
        comments |= in_comment;
    }
    comments
}

/// Whether an element around a block is named as a forum's topic or
/// thread (`topic-body`, `thread-starter`): the post that opens it, which
/// forum software may name apart from the replies.
fn in_topic(page: &Page, node: Option<u32>) -> bool {
    page.ancestors(node).any(|i| {
        page.nodes.get(i as usize).is_some_and(|n| {
            n.attrs
                .split_whitespace()
                .any(|w| w.starts_with("topic") || w.starts_with("thread"))
        })
    })
}

/// Whether an h1 is named as a thread's or a topic's title (`thread-title`,
/// `topic-title`): forum software's markup for the post that opens a thread.
fn has_thread_title(page: &Page) -> bool {
    page.h1s_named(&["threadtitle", "topictitle"])
        .next()
        .is_some()
}
