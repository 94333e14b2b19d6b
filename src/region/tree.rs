//! The region in a tree: the element whose subtree holds the most prose
//! value, its boilerplate names inherited down, and the page's mode.

use super::page::{
    anchor_on_description, anchor_on_headline, card_nodes, expand_for_page, landmarks_only,
    widen_to_prose, GRID_SHARE,
};
use super::{
    block_concepts, value, Region, ARTICLE_NAV, LAYOUT_PROSE, MIN_REGION_VALUE, PAGE_PROSE,
};
use crate::block::Page;
use crate::lexicon::{Concept, Concepts, Lang};
use crate::survey::{PageKind, Survey};

/// Characters under each element (its subtree): of prose, of all text, and
/// of text in cards.
struct Sums {
    good: Vec<f64>,
    chars: Vec<f64>,
    card_chars: Vec<f64>,
}

impl Sums {
    /// Nodes are stored in document order, parents first, so one backward
    /// pass sums subtrees.
    fn of(page: &Page, lang: Option<Lang>, cards: &[bool]) -> Sums {
        let n = page.nodes.len();
        let mut good = vec![0f64; n];
        let mut chars = vec![0f64; n];
        let mut card_chars = vec![0f64; n];
        for b in &page.blocks {
            if let Some(i) = b.node {
                if b.is_prose(lang) {
                    good[i as usize] += b.features.chars as f64;
                }
                chars[i as usize] += b.features.chars as f64;
                if cards[i as usize] {
                    card_chars[i as usize] += b.features.chars as f64;
                }
            }
        }
        for i in (1..n).rev() {
            if let Some(p) = page.nodes[i].parent {
                good[p as usize] += good[i];
                chars[p as usize] += chars[i];
                card_chars[p as usize] += card_chars[i];
            }
        }
        Sums {
            good,
            chars,
            card_chars,
        }
    }
}

pub(super) fn find_in_tree(page: &Page, survey: &Survey, forced: Option<bool>) -> Region {
    let (lang, kind) = (survey.lang, survey.kind);
    let headline = survey.headline.as_ref().map(|(h, _)| h.as_str());
    let cards = card_nodes(page);
    let sums = Sums::of(page, lang, &cards);
    let mut region = Region {
        inside: Vec::new(),
        concepts: inherited_concepts(page, &sums, kind, &holds_opening(page, lang)),
        found: false,
        root: None,
        page_mode: false,
        in_card: Vec::new(),
        numbered: Vec::new(),
        product: kind.product,
        kind: None,
    };
    let (best, little_prose) = best_root(page, lang, &region, &sums);
    // a page of little prose is no article unless it reads as one
    let prose = best.map_or(0.0, |b| sums.good[b]);
    let x = super::kind::features(
        page,
        survey,
        prose,
        sums.card_chars.first().copied().unwrap_or(0.0),
    );
    let odds = super::kind::article_odds(&x);
    region.kind = Some((x, odds));
    let article = forced.unwrap_or(super::kind::is_article(odds));
    let page_mode = little_prose && (best.is_none() || !article);
    let best = settle_root(page, lang, &region, best, page_mode, headline, &cards);
    if page_mode {
        region.in_card = page
            .blocks
            .iter()
            .map(|b| b.node.is_some_and(|i| cards[i as usize]))
            .collect();
    }
    let Some(best) = best else {
        region.inside = vec![true; page.blocks.len()];
        return region;
    };
    region.page_mode = page_mode;
    let n = page.nodes.len();
    let mut in_root = vec![false; n];
    in_root[best] = true;
    for i in best + 1..n {
        if let Some(p) = page.nodes[i].parent {
            in_root[i] = in_root[p as usize];
        }
    }
    region.inside = page
        .blocks
        .iter()
        .map(|b| b.node.is_some_and(|i| in_root[i as usize]))
        .collect();
    region.found = true;
    region.root = Some(best as u32);
    region
}

/// For each element, the boilerplate concepts that count for the blocks
/// below it: inherited from its ancestors, one forward pass.
/// For each element: whether it holds the page's first paragraph, where an
/// article's body begins (its readers' comments come after it).
fn holds_opening(page: &Page, lang: Option<Lang>) -> Vec<bool> {
    let mut holds = vec![false; page.nodes.len()];
    let first = page.blocks.iter().find(|b| b.is_paragraph(lang));
    for i in page.ancestors(first.and_then(|b| b.node)) {
        if let Some(h) = holds.get_mut(i as usize) {
            *h = true;
        }
    }
    holds
}

fn inherited_concepts(
    page: &Page,
    sums: &Sums,
    kind: PageKind,
    holds_opening: &[bool],
) -> Vec<Concepts> {
    let n = page.nodes.len();
    let (good, chars, card_chars) = (&sums.good, &sums.chars, &sums.card_chars);
    let (root_good, root_chars, root_cards) = (
        good.first().copied().unwrap_or(0.0),
        chars.first().copied().unwrap_or(0.0),
        card_chars.first().copied().unwrap_or(0.0),
    );
    let mut concepts = vec![Concepts::EMPTY; n];
    let mut in_landmark = vec![false; n];
    for i in 0..n {
        let node = &page.nodes[i];
        // An element that holds most of the page's prose is the article's
        // container, whatever its class says (`<body class="has-sidebar">`).
        // An element that holds most of the page's cards is the grid's
        // container (`<div class="search-results">`), not a widget.
        let grid = root_cards > 0.0 && card_chars[i] >= GRID_SHARE * root_cards;
        let active = !grid
            && if root_good > 0.0 {
                good[i] < 0.6 * root_good && good[i] < LAYOUT_PROSE
            } else {
                chars[i] < 0.6 * root_chars
            };
        let own = match (active, kind.thread) {
            // a landmark stays one, however much prose it holds; so do a
            // product's reviews
            (false, _) if kind.product && node.own.contains(Concept::Review) => {
                node.landmark.union([Concept::Review].into_iter().collect())
            }
            // an article's comment section that outweighs the article is
            // still its readers': what holds the article's opening is not it
            (false, false) if node.own.contains(Concept::Comment) && !holds_opening[i] => node
                .landmark
                .union([Concept::Comment].into_iter().collect()),
            (false, _) => node.landmark,
            // in a thread the comments are the content
            (true, true) => node.own.without(Concept::Comment),
            (true, false) => node.own,
        };
        // An element that names itself the article body (`article-body`,
        // `itemprop=articleBody`) is not boilerplate for what surrounds it.
        // (the `<article>` tag alone is not enough: cards use it too)
        let is_body = node.own.contains(Concept::Content)
            && node.own.without(Concept::Content).is_empty()
            && crate::lexicon::token_concepts(&node.attrs).contains(Concept::Content);
        in_landmark[i] =
            !node.landmark.is_empty() || node.parent.is_some_and(|p| in_landmark[p as usize]);
        concepts[i] = match node.parent {
            // (a dialog's text styled as `prose` is still in the dialog)
            Some(_) if is_body && !in_landmark[i] => Concepts::EMPTY,
            Some(p) => concepts[p as usize].union(own),
            None => own,
        };
    }
    concepts
}

/// The element whose subtree holds the most value, and whether the page is
/// not an article (its region holds little prose).
fn best_root(
    page: &Page,
    lang: Option<Lang>,
    probe: &Region,
    sums: &Sums,
) -> (Option<usize>, bool) {
    let n = page.nodes.len();
    let mut sum = vec![0f64; n];
    for b in &page.blocks {
        if let Some(i) = b.node {
            sum[i as usize] += value(b, lang, block_concepts(probe, b), ARTICLE_NAV, 0.0);
        }
    }
    for i in (1..n).rev() {
        if let Some(p) = page.nodes[i].parent {
            sum[p as usize] += sum[i];
        }
    }
    let best = (0..n).filter(|&i| sum[i] > 0.0).max_by(|&a, &b| {
        let bonus = |i: usize| {
            if page.nodes[i].own.contains(Concept::Content) {
                1.1
            } else {
                1.0
            }
        };
        (sum[a] * bonus(a)).total_cmp(&(sum[b] * bonus(b)))
    });
    // a region of a sentence or two (a footer's "last edited" line on a
    // page of link lists) says nothing about where the content is
    let best = best.filter(|&b| sum[b] >= MIN_REGION_VALUE);
    let little_prose = best.is_none_or(|b| sums.good[b] < PAGE_PROSE);
    (best, little_prose)
}

/// The root moved to hold what the page's kind needs: a product's name and
/// description, a non-article page's headline and cards, an article's
/// prose beside its region.
fn settle_root(
    page: &Page,
    lang: Option<Lang>,
    region: &Region,
    best: Option<usize>,
    page_mode: bool,
    headline: Option<&str>,
    cards: &[bool],
) -> Option<usize> {
    let product = region.product;
    // A product's page holds its name and its description: a region of
    // reviews or of one section grows to hold both.
    let best = match (product, page_mode) {
        (true, false) => best.map(|b| {
            anchor_on_description(
                page,
                anchor_on_headline(page, headline, Some(b)).unwrap_or(b),
            )
        }),
        _ => best,
    };
    let best = if page_mode {
        let found = expand_for_page(page, lang, region, best, cards).or_else(|| {
            // Class names speak against every column (each card's rating
            // named `hidden`, its compare button `nav`): the landmarks
            // alone say where the content is not.
            let bare = Region {
                concepts: landmarks_only(page),
                ..Region::default()
            };
            expand_for_page(page, lang, &bare, best, cards)
        });
        let anchored = anchor_on_headline(page, headline, found);
        if product {
            anchored.map(|b| anchor_on_description(page, b))
        } else {
            anchored
        }
    } else {
        best
    };
    match best {
        Some(b) if !product => Some(widen_to_prose(page, lang, region, b)),
        _ => best,
    }
}
