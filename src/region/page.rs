//! Pages that are not articles (listings, shops, service pages): their
//! cards, and a region grown to hold the headline, the description or the
//! prose beside it.

use super::{block_concepts, page_value, Region, MIN_REGION_VALUE};
use crate::block::Page;
use crate::lexicon::{Concept, Concepts, Lang};

/// A page of stacked sections (an API reference's one section per method,
/// a guide's chapters then its glossary) can have its region land on one
/// section. When the region holds less than half the page's clean prose
/// (prose in no boilerplate-named element or landmark), it grows to the
/// nearest ancestor that holds [`WIDEN_TO`] of it.
pub(super) fn widen_to_prose(
    page: &Page,
    lang: Option<Lang>,
    probe: &Region,
    best: usize,
) -> usize {
    let n = page.nodes.len();
    let mut clean = vec![0f64; n];
    for b in &page.blocks {
        if let Some(i) = b.node {
            if b.is_prose(lang) && block_concepts(probe, b).is_empty() {
                clean[i as usize] += b.features.chars as f64;
            }
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = page.nodes[i].parent {
            clean[p as usize] += clean[i];
        }
    }
    let total = clean.first().copied().unwrap_or(0.0);
    if total <= 0.0 || clean[best] >= WIDEN_BELOW * total {
        return best;
    }
    page.ancestors(Some(best as u32))
        .find(|&a| clean[a as usize] >= WIDEN_TO * total)
        .map_or(best, |a| a as usize)
}

/// Share of the page's clean prose below which a region widens.
pub(super) const WIDEN_BELOW: f64 = 0.5;

/// Share of the page's clean prose the widened region holds.
pub(super) const WIDEN_TO: f64 = 0.8;

/// For each node, the concepts its own and its ancestors' tags and roles
/// declare (`<nav>`, `<footer>`, `role=dialog`), class names aside.
pub(super) fn landmarks_only(page: &Page) -> Vec<Concepts> {
    let mut out: Vec<Concepts> = Vec::with_capacity(page.nodes.len());
    for node in &page.nodes {
        let inherited = node
            .parent
            .and_then(|p| out.get(p as usize))
            .copied()
            .unwrap_or_default();
        out.push(inherited.union(node.landmark));
    }
    out
}

/// A page whose region holds little prose (a listing, a product or service
/// page) has its content in the column around that prose: cards, short
/// items, specs. The region then grows to the ancestor whose subtree is
/// worth most when such blocks count for it (half their characters), link
/// lists count nothing and boilerplate-named blocks count against.
pub(super) fn expand_for_page(
    page: &Page,
    lang: Option<Lang>,
    probe: &Region,
    best: Option<usize>,
    in_card: &[bool],
) -> Option<usize> {
    let n = page.nodes.len();
    let mut sum = vec![0f64; n];
    for b in &page.blocks {
        if let Some(i) = b.node {
            let mut concepts = block_concepts(probe, b);
            if in_card[i as usize] {
                concepts = without_item_details(concepts);
            }
            let mut v = page_value(b, lang, concepts);
            // a card's linked name is the item itself, not navigation
            if v == 0.0 && in_card[i as usize] {
                v = CARD_VALUE * b.features.chars as f64;
            }
            sum[i as usize] += v;
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = page.nodes[i].parent {
            sum[p as usize] += sum[i];
        }
    }
    let Some(best) = best else {
        // No prose at all: the element worth most, if it is worth anything.
        return (0..n)
            .filter(|&i| sum[i] >= MIN_REGION_VALUE)
            .max_by(|&a, &b| sum[a].total_cmp(&sum[b]));
    };
    let mut pick = best;
    let mut cur = Some(best as u32);
    while let Some(c) = cur {
        if sum[c as usize] > sum[pick] {
            pick = c as usize;
        }
        cur = page.nodes[c as usize].parent;
    }
    Some(pick)
}

/// Elements inside a card: one of at least [`MIN_CARDS`] siblings alike in
/// tag and attributes, each holding an item's text (a product's name and
/// price, a teaser with its summary) rather than a one- or two-word menu
/// label, and not under `<nav>`, `<aside>`, `<header>` or `<footer>` (a
/// docs sidebar's nested menus are alike too).
pub(super) fn card_nodes(page: &Page) -> Vec<bool> {
    let n = page.nodes.len();
    let mut words = vec![0usize; n];
    for b in &page.blocks {
        if let Some(i) = b.node {
            words[i as usize] += b.features.words;
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = page.nodes[i].parent {
            words[p as usize] += words[i];
        }
    }
    // items under `<nav>`, `<aside>`, `<header>` or `<footer>` are menus
    let mut chrome = vec![false; n];
    for i in 0..n {
        let node = &page.nodes[i];
        chrome[i] = matches!(node.tag, "nav" | "aside" | "header" | "footer")
            || node.parent.is_some_and(|p| chrome[p as usize]);
    }
    let mut groups: crate::lexicon::FnvMap<(u32, &str, &str), Vec<u32>> = Default::default();
    for (i, node) in page.nodes.iter().enumerate() {
        if let Some(p) = node.parent {
            if words[i] > 0 && !chrome[i] {
                groups
                    .entry((p, node.tag, &node.attrs))
                    .or_default()
                    .push(i as u32);
            }
        }
    }
    let mut card = vec![false; n];
    for members in groups.values().filter(|m| m.len() >= MIN_CARDS) {
        let mut w: Vec<usize> = members.iter().map(|&i| words[i as usize]).collect();
        w.sort_unstable();
        if w[w.len() / 2] >= CARD_WORDS {
            members.iter().for_each(|&i| card[i as usize] = true);
        }
    }
    for i in 1..n {
        if let Some(p) = page.nodes[i].parent {
            card[i] |= card[p as usize];
        }
    }
    card
}

/// Share of the page's card text past which an element is the grid.
pub(super) const GRID_SHARE: f64 = 0.5;

/// A card carries its item's details (a date, an author, a category, an
/// image's caption): named so, they are still the item.
pub(crate) fn without_item_details(concepts: Concepts) -> Concepts {
    [Concept::Meta, Concept::Byline, Concept::Caption]
        .iter()
        .fold(concepts, |c, &x| c.without(x))
}

/// Siblings alike that make a grid of cards.
pub(super) const MIN_CARDS: usize = 4;

/// Median words of a card: more than a menu label.
pub(super) const CARD_WORDS: usize = 5;

/// What a card's linked text is worth to a non-article page, per character.
pub(super) const CARD_VALUE: f64 = 0.5;

/// The region grown to hold the block that the page's declared
/// description opens (a product's "About this item").
pub(super) fn anchor_on_description(page: &Page, best: usize) -> usize {
    let Some(desc) = page.hints.description() else {
        return best;
    };
    let head: String = desc.chars().take(DESCRIPTION_PREFIX).collect();
    if head.split_whitespace().count() < 5 {
        return best;
    }
    let node = page
        .blocks
        .iter()
        .find(|b| b.text.contains(head.as_str()))
        .and_then(|b| b.node);
    let Some(node) = node else {
        return best;
    };
    common_ancestor(page, best as u32, node).map_or(best, |c| c as usize)
}

/// The nearest element that holds both nodes.
pub(super) fn common_ancestor(page: &Page, a: u32, b: u32) -> Option<u32> {
    page.ancestors(Some(a))
        .find(|&x| page.ancestors(Some(b)).any(|y| y == x))
}

/// Characters of a description that identify the block it opens.
pub(super) const DESCRIPTION_PREFIX: usize = 60;

/// A non-article page's content sits with its headline (a product's name
/// over its price and specs, a service page's title over its sections; the
/// headline is the h1 that agrees with the declared title, else the only
/// h1): a
/// region that misses the headline, a stray notice or one section of many,
/// grows to the element holding both.
pub(super) fn anchor_on_headline(
    page: &Page,
    headline: Option<&str>,
    best: Option<usize>,
) -> Option<usize> {
    let best = best?;
    // a home page's only h1 is its slogan, agreeing with no declared title
    let sole = || {
        page.h1s
            .first()
            .filter(|_| page.h1s.len() == 1)
            .map(String::as_str)
    };
    let head = headline.or_else(sole).and_then(|head| {
        page.blocks
            .iter()
            .find(|b| b.kind == crate::block::BlockKind::Heading && b.text == head)
            .and_then(|b| b.node)
    });
    let Some(head) = head else {
        return Some(best);
    };
    Some(common_ancestor(page, best as u32, head).map_or(best, |c| c as usize))
}
