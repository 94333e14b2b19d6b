//! The vocabulary of boilerplate: class/id words, phrases and stopwords.
//!
//! Everything here is data grouped by the concept it catches; the scorer
//! only asks "which concepts does this block or element touch".

mod classes;
mod phrases;
mod stopwords;

pub use classes::{tag_concepts, token_concepts};
pub use phrases::{phrase_hits, PhraseHit, Strength};
pub use stopwords::{FnvMap, Lang, StopwordIndex};

/// A concept an element's class/id/role or a block's words can point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Concept {
    /// Site navigation, menus, skip links.
    Nav,
    /// Breadcrumb trails.
    Breadcrumb,
    /// Page footers.
    Footer,
    /// Page headers and mastheads.
    Header,
    /// Share and follow buttons.
    Share,
    /// Related, recommended and read-next links.
    Related,
    /// Most-read, most-popular and trending rails.
    Popular,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// Cookie and consent notices.
    Consent,
    /// Comment sections and prompts.
    Comment,
    /// Advertising and sponsored content.
    Ad,
    /// Promotions, teasers and widgets.
    Promo,
    /// Paywalls and sign-in walls.
    Paywall,
    /// Author boxes, bylines and datelines.
    Byline,
    /// Image captions and credits.
    Caption,
    /// Tags, categories and post metadata.
    Meta,
    /// Sidebars and asides.
    Sidebar,
    /// Modals, popups and overlays.
    Modal,
    /// Pagination and "next/previous" links.
    Pagination,
    /// Tip-lines and story solicitations.
    TipLine,
    /// Screen-reader-only and visually hidden text.
    Hidden,
    /// Copyright and legal lines.
    Legal,
    /// Customer reviews and ratings of a product or service.
    Review,
    /// The article's own container (`article`, `articleBody`, `post-content`).
    Content,
}

impl Concept {
    /// Every concept, in declaration order.
    pub const ALL: [Concept; 24] = [
        Concept::Nav,
        Concept::Breadcrumb,
        Concept::Footer,
        Concept::Header,
        Concept::Share,
        Concept::Related,
        Concept::Popular,
        Concept::Newsletter,
        Concept::Consent,
        Concept::Comment,
        Concept::Ad,
        Concept::Promo,
        Concept::Paywall,
        Concept::Byline,
        Concept::Caption,
        Concept::Meta,
        Concept::Sidebar,
        Concept::Modal,
        Concept::Pagination,
        Concept::TipLine,
        Concept::Hidden,
        Concept::Legal,
        Concept::Review,
        Concept::Content,
    ];

    /// The name used in reasons (`class:related`, `phrase:most-read`).
    pub fn name(self) -> &'static str {
        match self {
            Concept::Nav => "nav",
            Concept::Breadcrumb => "breadcrumb",
            Concept::Footer => "footer",
            Concept::Header => "header",
            Concept::Share => "share",
            Concept::Related => "related",
            Concept::Popular => "most-read",
            Concept::Newsletter => "newsletter",
            Concept::Consent => "consent",
            Concept::Comment => "comment",
            Concept::Ad => "ad",
            Concept::Promo => "promo",
            Concept::Paywall => "paywall",
            Concept::Byline => "byline",
            Concept::Caption => "caption",
            Concept::Meta => "meta",
            Concept::Sidebar => "sidebar",
            Concept::Modal => "modal",
            Concept::Pagination => "pagination",
            Concept::TipLine => "tip-line",
            Concept::Hidden => "hidden",
            Concept::Legal => "copyright",
            Concept::Review => "review",
            Concept::Content => "content",
        }
    }
}

/// A small set of concepts, one bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Concepts(u32);

impl Concepts {
    /// The empty set.
    pub const EMPTY: Concepts = Concepts(0);

    /// Adds a concept.
    pub fn insert(&mut self, c: Concept) {
        self.0 |= 1 << c as u8;
    }

    /// Whether the set holds `c`.
    pub fn contains(self, c: Concept) -> bool {
        self.0 & (1 << c as u8) != 0
    }

    /// The union of two sets.
    pub fn union(self, other: Concepts) -> Concepts {
        Concepts(self.0 | other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set without `c`.
    pub fn without(self, c: Concept) -> Concepts {
        Concepts(self.0 & !(1 << c as u8))
    }

    /// The concepts in the set, in declaration order.
    pub fn iter(self) -> impl Iterator<Item = Concept> {
        Concept::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Concept> for Concepts {
    fn from_iter<I: IntoIterator<Item = Concept>>(iter: I) -> Self {
        let mut set = Concepts::EMPTY;
        for c in iter {
            set.insert(c);
        }
        set
    }
}
