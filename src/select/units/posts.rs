//! Whole posts after the article's own, decided as one each.

use super::super::drop_nudge;
use super::super::end::AFTER_END;
use crate::block::Page;
use crate::score::Evidence;
use crate::signal::Signal;
use crate::survey::Survey;

/// Whole posts after the article's own (a blog's posts in full, the next
/// story rendered below): the title's heading sits in a post, an
/// `<article>` or an element named as a post ([`POST_NAMES`]), with alike
/// siblings (same tag, same class words but numbers), and each
/// sibling holding a heading of its own (at the title's level, or a level
/// below as a link) and [`POST_WORDS`] kept words of prose is another post.
/// The article is the post the title names; the others go. Not in a
/// thread.
pub(in crate::select) fn other_posts(
    page: &Page,
    survey: &Survey,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    title_block: Option<usize>,
    threshold: f32,
) {
    if survey.kind.thread {
        return;
    }
    let Some(title) = title_block.and_then(|t| page.blocks.get(t)) else {
        return;
    };
    if title.heading_level == 0 {
        return;
    }
    for post in page.ancestors(title.node).skip(1).take(POST_DEPTH) {
        let Some(key) = shape(page, post).filter(|k| k.0.is_some()) else {
            return;
        };
        // a page builder's sections are alike too: a post says what it is
        if !names_a_post(&key) {
            continue;
        }
        let holder = holders(page, post, &key);
        let prose_in = |p: u32| -> usize {
            (0..page.blocks.len())
                .filter(|&i| {
                    holder[i] == Some(p) && kept[i] && page.blocks[i].is_prose(survey.lang)
                })
                .map(|i| page.blocks[i].features.words)
                .sum()
        };
        let headed = |p: u32| {
            (0..page.blocks.len()).any(|i| {
                let b = &page.blocks[i];
                holder[i] == Some(p)
                    && b.heading_level > 0
                    && (b.heading_level <= title.heading_level
                        || (b.heading_level == title.heading_level + 1 && b.link_density() >= 0.5))
            })
        };
        let mut others: Vec<u32> = holder
            .iter()
            .flatten()
            .copied()
            .filter(|&p| p != post)
            .collect();
        others.sort_unstable();
        others.dedup();
        if others.is_empty() {
            continue;
        }
        others.retain(|&p| headed(p) && prose_in(p) >= POST_WORDS);
        if others.is_empty() || prose_in(post) < POST_WORDS {
            return;
        }
        for i in 0..page.blocks.len() {
            if !kept[i] || !holder[i].is_some_and(|p| others.contains(&p)) {
                continue;
            }
            let nudge = drop_nudge(&evidence[i], threshold, AFTER_END);
            evidence[i].add(Signal::OtherPost, nudge);
            kept[i] = false;
        }
        return;
    }
}

/// An element's parent, tag, and class words without those with digits:
/// what alike siblings share.
type Shape<'a> = (Option<u32>, &'static str, Vec<&'a str>);

fn shape(page: &Page, n: u32) -> Option<Shape<'_>> {
    page.nodes.get(n as usize).map(|node| {
        let words = node
            .attrs
            .split_whitespace()
            .filter(|w| !w.bytes().any(|c| c.is_ascii_digit()))
            .collect();
        (node.parent, node.tag, words)
    })
}

/// An `<article>`, or an element whose class word or a part of one is in
/// [`POST_NAMES`].
fn names_a_post(key: &Shape) -> bool {
    key.1 == "article"
        || key.2.iter().any(|w| {
            POST_NAMES
                .iter()
                .any(|name| w.split(['-', '_']).any(|part| part == *name))
        })
}

/// Each block's post: `post`, an alike sibling of it, or none.
fn holders(page: &Page, post: u32, key: &Shape) -> Vec<Option<u32>> {
    page.blocks
        .iter()
        .map(|b| {
            page.ancestors(b.node).find(|&a| {
                a == post
                    || (page
                        .nodes
                        .get(a as usize)
                        .is_some_and(|n| n.parent == key.0)
                        && shape(page, a).as_ref() == Some(key))
            })
        })
        .collect()
}

/// Class words that name a post (alone or as a part: `post-item`).
const POST_NAMES: [&str; 4] = ["post", "entry", "story", "article"];

/// Kept words of prose that make a post whole.
const POST_WORDS: usize = 40;

/// Elements above the title's heading searched for its post.
const POST_DEPTH: usize = 6;
