//! Finding the page's main region: the part of the page where the article
//! prose is, so that blocks can be judged by where they sit.
//!
//! Every block gets a value: its characters when it reads as prose, minus
//! half its characters when it reads as navigation or sits in a
//! boilerplate-named element, zero otherwise. For HTML the region is the
//! element whose subtree has the largest sum (the article container beats
//! `<body>` because the page's margins are negative); for text it is the
//! contiguous run of lines with the largest sum. Both are linear time.

use crate::block::{Block, Page};
use crate::lexicon::{Concept, Concepts, Lang};
use crate::survey::{PageKind, Survey};

/// Where the article is.
#[derive(Debug, Clone, Default)]
pub struct Region {
    /// For each block: inside the main region.
    pub inside: Vec<bool>,
    /// For each node (HTML): the boilerplate concepts that count for blocks
    /// below it (those of elements that do not hold most of the prose).
    pub concepts: Vec<Concepts>,
    /// Whether a region was found at all (a page without prose has none).
    pub found: bool,
    /// The region's root element (HTML).
    pub root: Option<u32>,
    /// The page is not an article: its region holds little prose, and its
    /// content is cards, items and specs around it.
    pub page_mode: bool,
    /// For each block (HTML): it sits in a card of a grid, one of many
    /// alike items (products, teasers).
    pub in_card: Vec<bool>,
    /// For each block (text): it is an entry of a numbered sequence ("1.
    /// CES", "2. MWC", "3. GTC"), the items of a listicle.
    pub numbered: Vec<bool>,
    /// The page declares itself a product for sale (the survey's
    /// [`PageKind::product`]): its customer reviews count against the
    /// content even when the page reads as an article.
    pub product: bool,
}

/// Whether a block reads as navigation or a link list from its shape alone.
fn is_navigational(b: &Block) -> bool {
    let f = &b.features;
    b.link_density() > 0.5 || (f.words < 6 && !f.ends_sentence)
}

/// Finds the main region of a page.
pub fn find(page: &Page, survey: &Survey) -> Region {
    if page.nodes.is_empty() {
        find_in_lines(page, survey.lang)
    } else {
        let headline = survey.headline.as_ref().map(|(h, _)| h.as_str());
        find_in_tree(page, survey.lang, survey.kind, headline)
    }
}

/// The boilerplate concepts a block carries: those of its active ancestors
/// and of an inline wrapper.
pub fn block_concepts(region: &Region, b: &Block) -> Concepts {
    let from_tree = b
        .node
        .and_then(|n| region.concepts.get(n as usize))
        .copied()
        .unwrap_or_default();
    let concepts = from_tree.union(b.inline_concepts).without(Concept::Content);
    // an article's body may be named `review` (a product review); on a
    // shop's or a service's page, reviews are the customers'
    if region.page_mode || region.product {
        concepts
    } else {
        concepts.without(Concept::Review)
    }
}

fn find_in_tree(page: &Page, lang: Option<Lang>, kind: PageKind, headline: Option<&str>) -> Region {
    let n = page.nodes.len();
    // Nodes are stored in document order, parents first, so one backward
    // pass sums subtrees and one forward pass inherits from parents.
    let cards = card_nodes(page);
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
    let (root_good, root_chars, root_cards) = (
        good.first().copied().unwrap_or(0.0),
        chars.first().copied().unwrap_or(0.0),
        card_chars.first().copied().unwrap_or(0.0),
    );
    let product = kind.product;
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
            (false, _) if product && node.own.contains(Concept::Review) => {
                node.landmark.union([Concept::Review].into_iter().collect())
            }
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
    let region_probe = Region {
        inside: Vec::new(),
        concepts,
        found: false,
        root: None,
        page_mode: false,
        in_card: Vec::new(),
        numbered: Vec::new(),
        product,
    };
    let mut sum = vec![0f64; n];
    for b in &page.blocks {
        if let Some(i) = b.node {
            sum[i as usize] += value(b, lang, block_concepts(&region_probe, b), ARTICLE_NAV, 0.0);
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
    let mut region = region_probe;
    // a region of a sentence or two (a footer's "last edited" line on a
    // page of link lists) says nothing about where the content is
    let best = best.filter(|&b| sum[b] >= MIN_REGION_VALUE);
    let page_mode = best.is_none_or(|b| good[b] < PAGE_PROSE);
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
        let found = expand_for_page(page, lang, &region, best, &cards).or_else(|| {
            // Class names speak against every column (each card's rating
            // named `hidden`, its compare button `nav`): the landmarks
            // alone say where the content is not.
            let bare = Region {
                concepts: landmarks_only(page),
                ..Region::default()
            };
            expand_for_page(page, lang, &bare, best, &cards)
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
    let best = match best {
        Some(b) if !product => Some(widen_to_prose(page, lang, &region, b)),
        _ => best,
    };
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

/// A page of stacked sections (an API reference's one section per method,
/// a guide's chapters then its glossary) can have its region land on one
/// section. When the region holds less than half the page's clean prose
/// (prose in no boilerplate-named element or landmark), it grows to the
/// nearest ancestor that holds [`WIDEN_TO`] of it.
fn widen_to_prose(page: &Page, lang: Option<Lang>, probe: &Region, best: usize) -> usize {
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
const WIDEN_BELOW: f64 = 0.5;

/// Share of the page's clean prose the widened region holds.
const WIDEN_TO: f64 = 0.8;

/// For each node, the concepts its own and its ancestors' tags and roles
/// declare (`<nav>`, `<footer>`, `role=dialog`), class names aside.
fn landmarks_only(page: &Page) -> Vec<Concepts> {
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
fn expand_for_page(
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
fn card_nodes(page: &Page) -> Vec<bool> {
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
const GRID_SHARE: f64 = 0.5;

/// A card carries its item's details (a date, an author, a category, an
/// image's caption): named so, they are still the item.
pub fn without_item_details(concepts: Concepts) -> Concepts {
    [Concept::Meta, Concept::Byline, Concept::Caption]
        .iter()
        .fold(concepts, |c, &x| c.without(x))
}

/// Siblings alike that make a grid of cards.
const MIN_CARDS: usize = 4;

/// Median words of a card: more than a menu label.
const CARD_WORDS: usize = 5;

/// What a card's linked text is worth to a non-article page, per character.
const CARD_VALUE: f64 = 0.5;

/// In text, where no markup tells a list page from an article, item lines
/// must outweigh the prose this many times over.
const PAGE_ITEMS_TEXT: usize = 4;

/// Characters of prose under which a region makes the page a non-article.
const PAGE_PROSE: f64 = 1_500.0;

/// Least prose value (about characters of prose) a region must hold.
const MIN_REGION_VALUE: f64 = 200.0;

fn find_in_lines(page: &Page, lang: Option<Lang>) -> Region {
    let numbered = numbered_sequence(page);
    let values: Vec<f64> = page
        .blocks
        .iter()
        .zip(&numbered)
        .map(|(b, &num)| match num {
            true => NUMBERED_LINE * b.features.chars as f64,
            false => value(b, lang, Concepts::EMPTY, ARTICLE_NAV, NEUTRAL_LINE),
        })
        .collect();
    let mut span = best_run(&values);
    let prose: usize = span.map_or(0, |(s, e)| {
        page.blocks[s..=e]
            .iter()
            .filter(|b| b.is_prose(lang))
            .map(|b| b.features.chars)
            .sum()
    });
    // As in HTML: little prose, and many lines that are neither prose nor
    // navigation (items, cards, specs) around it: they are the content.
    let items: usize = page
        .blocks
        .iter()
        .filter(|b| !b.is_prose(lang) && !is_navigational(b))
        .map(|b| b.features.chars)
        .sum();
    if (prose as f64) < PAGE_PROSE && items >= PAGE_ITEMS_TEXT * prose {
        let values: Vec<f64> = page
            .blocks
            .iter()
            .map(|b| page_value(b, lang, Concepts::EMPTY))
            .collect();
        span = best_run(&values).or(span);
    } else {
        // A checklist inside the article (lines that read as clauses
        // without their full stops) counts neither for nor against it.
        let values: Vec<f64> = page
            .blocks
            .iter()
            .zip(values)
            .map(
                |(b, v)| match reads_as_clause(b, lang) && !b.is_prose(lang) {
                    true => 0.0,
                    false => v,
                },
            )
            .collect();
        span = best_run(&values).or(span);
    }
    let mut inside = vec![span.is_none(); page.blocks.len()];
    if let Some((s, e)) = span {
        inside[s..=e].iter_mut().for_each(|x| *x = true);
    }
    Region {
        inside,
        concepts: Vec::new(),
        found: span.is_some(),
        root: None,
        // lines carry no markup to vouch for short items: scored as usual
        page_mode: false,
        in_card: Vec::new(),
        numbered,
        product: false,
    }
}

/// A line that reads as a clause of prose without its full stop (a
/// checklist's "Visit and book your reception venue"), not as a headline
/// or a label: mostly lower-case words, with function words among them.
fn reads_as_clause(b: &Block, lang: Option<Lang>) -> bool {
    let f = &b.features;
    f.words >= CLAUSE_WORDS
        && f.capitalized_share() < 0.3
        && f.stopword_density(lang) >= 0.2
        && b.link_density() < 0.35
}

/// Words from which a line can read as a clause.
const CLAUSE_WORDS: usize = 6;

/// Lines that number a sequence: "1. …", "2. …", "3. …", at least
/// [`MIN_NUMBERED`] in a row counting up, other lines between them allowed,
/// each written once in the page.
fn numbered_sequence(page: &Page) -> Vec<bool> {
    let number = |t: &str| -> Option<u32> {
        let t = t.trim_start().trim_start_matches('#').trim_start();
        let digits = t.find(|c: char| !c.is_ascii_digit())?;
        let rest = &t[digits..];
        let marked = rest.starts_with(['.', ')', ':']) && rest[1..].starts_with(' ');
        (digits > 0 && digits <= 2 && marked).then(|| t[..digits].parse().ok())?
    };
    // a table of contents numbers the headings that follow it: its entries
    // come twice
    let mut seen: crate::lexicon::FnvMap<&str, u32> = Default::default();
    for b in &page.blocks {
        *seen.entry(b.text.as_str()).or_default() += 1;
    }
    let mut out = vec![false; page.blocks.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut last = 0;
    let flush = |run: &mut Vec<usize>, out: &mut Vec<bool>| {
        if run.len() >= MIN_NUMBERED {
            run.iter().for_each(|&i| out[i] = true);
        }
        run.clear();
    };
    for (i, b) in page.blocks.iter().enumerate() {
        let once = seen.get(b.text.as_str()).is_some_and(|&n| n == 1);
        match number(&b.text).filter(|_| once) {
            Some(n) if n == last + 1 && !run.is_empty() => {
                run.push(i);
                last = n;
            }
            Some(1) => {
                flush(&mut run, &mut out);
                run.push(i);
                last = 1;
            }
            _ => {}
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Entries that make a numbered sequence.
const MIN_NUMBERED: usize = 3;

/// What an entry of a numbered sequence is worth to a run of article.
const NUMBERED_LINE: f64 = 0.1;

/// Kadane's maximum-sum run of values, if any run is worth anything.
fn best_run(values: &[f64]) -> Option<(usize, usize)> {
    let (mut best, mut best_span) = (0.0f64, None);
    let (mut cur, mut start) = (0.0f64, 0usize);
    for (i, v) in values.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += v;
        if cur > best {
            best = cur;
            best_span = Some((start, i));
        }
    }
    best_span
}

/// A block's value per character: prose 1, boilerplate-named -0.5, a
/// link list or short label `nav`, anything else `neutral`.
fn value(b: &Block, lang: Option<Lang>, concepts: Concepts, nav: f64, neutral: f64) -> f64 {
    let c = b.features.chars as f64;
    let boilerplate_concept = !concepts.without(Concept::Header).is_empty();
    if boilerplate_concept {
        -0.5 * c
    } else if b.is_prose(lang) {
        c
    } else if is_navigational(b) {
        nav * c
    } else {
        neutral * c
    }
}

/// What a block is worth to an article: navigation counts against.
const ARTICLE_NAV: f64 = -0.5;

/// What a block is worth to a non-article page's content: items and cards
/// half, link lists nothing.
fn page_value(b: &Block, lang: Option<Lang>, concepts: Concepts) -> f64 {
    value(b, lang, concepts, 0.0, 0.5)
}

/// In text, where nothing marks the article's container, a run of lines
/// that are neither prose nor navigation (teasers, labels) ends the run.
const NEUTRAL_LINE: f64 = -0.6;

/// Characters of prose past which an element is a layout container (the
/// page's content column), whatever its class says: widgets are small.
const LAYOUT_PROSE: f64 = 2_500.0;

/// The region grown to hold the block that the page's declared
/// description opens (a product's "About this item").
fn anchor_on_description(page: &Page, best: usize) -> usize {
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
fn common_ancestor(page: &Page, a: u32, b: u32) -> Option<u32> {
    page.ancestors(Some(a))
        .find(|&x| page.ancestors(Some(b)).any(|y| y == x))
}

/// Characters of a description that identify the block it opens.
const DESCRIPTION_PREFIX: usize = 60;

/// A non-article page's content sits with its headline (a product's name
/// over its price and specs, a service page's title over its sections; the
/// headline is the h1 that agrees with the declared title, else the only
/// h1): a
/// region that misses the headline, a stray notice or one section of many,
/// grows to the element holding both.
fn anchor_on_headline(page: &Page, headline: Option<&str>, best: Option<usize>) -> Option<usize> {
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
