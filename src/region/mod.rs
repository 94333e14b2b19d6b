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
use crate::survey::Survey;

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
    /// Expo", "2. Summit", "3. Fair"), the items of a listicle.
    pub numbered: Vec<bool>,
    /// The page's features and its odds of being an article, which decide
    /// `page_mode` for a page of little prose (HTML).
    pub kind: Option<(kind::Features, f32)>,
    /// The page declares itself a product for sale (the survey's
    /// `PageKind::product`): its customer reviews count against the
    /// content even when the page reads as an article.
    pub product: bool,
}

pub(crate) mod kind;
mod kind_weights;
mod lines;
mod page;
mod tree;

use lines::find_in_lines;
pub(crate) use page::without_item_details;
use tree::find_in_tree;

/// Whether a block reads as navigation or a link list from its shape alone.
pub(super) fn is_navigational(b: &Block) -> bool {
    let f = &b.features;
    b.link_density() > 0.5 || (f.words < 6 && !f.ends_sentence)
}

/// Finds the main region of a page.
/// `forced` decides a page of little prose as an article or not, for
/// training; `None` leaves it to the learned odds.
pub fn find(page: &Page, survey: &Survey, forced: Option<bool>) -> Region {
    if page.nodes.is_empty() {
        find_in_lines(page, survey.lang)
    } else {
        find_in_tree(page, survey, forced)
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

/// Characters of prose under which a region makes the page a non-article.
pub(super) const PAGE_PROSE: f64 = 1_500.0;

/// Least prose value (about characters of prose) a region must hold.
pub(super) const MIN_REGION_VALUE: f64 = 200.0;

/// A block's value per character: prose 1, boilerplate-named -0.5, a
/// link list or short label `nav`, anything else `neutral`.
pub(super) fn value(
    b: &Block,
    lang: Option<Lang>,
    concepts: Concepts,
    nav: f64,
    neutral: f64,
) -> f64 {
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
pub(super) const ARTICLE_NAV: f64 = -0.5;

/// What a block is worth to a non-article page's content: items and cards
/// half, link lists nothing.
pub(super) fn page_value(b: &Block, lang: Option<Lang>, concepts: Concepts) -> f64 {
    value(b, lang, concepts, 0.0, 0.5)
}

/// In text, where nothing marks the article's container, a run of lines
/// that are neither prose nor navigation (teasers, labels) ends the run.
pub(super) const NEUTRAL_LINE: f64 = -0.6;

/// Characters of prose past which an element is a layout container (the
/// page's content column), whatever its class says: widgets are small.
pub(super) const LAYOUT_PROSE: f64 = 2_500.0;
