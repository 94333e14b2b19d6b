//! Class, id, role and itemprop vocabulary, grouped by concept.
//!
//! Attribute values are lower-cased and matched with one aho-corasick
//! automaton. A word must start at a token boundary (`related-posts`,
//! `post-related`, `relatedposts`); words marked whole must also end at one,
//! so `ad` matches `ad-slot` but not `address` or `header`.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Concept, Concepts};
use crate::literals::Literals;

/// Where a word must end.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    /// Anywhere: `share` matches `sharebar`.
    Prefix,
    /// At a word boundary: `ad` matches `ad-slot`, not `address`.
    Word,
    /// At the end of a class token: `category` matches `post-category`,
    /// not WordPress's `category-news` taxonomy classes.
    Token,
}

const P: End = End::Prefix;
const W: End = End::Word;
const T: End = End::Token;

/// (word, concept, where it must end)
const WORDS: &[(&str, Concept, End)] = &[
    // navigation
    ("nav", Concept::Nav, P),
    ("menu", Concept::Nav, P),
    ("topbar", Concept::Nav, P),
    ("top-bar", Concept::Nav, P),
    ("toolbar", Concept::Nav, P),
    ("skip-link", Concept::Nav, P),
    ("skiplink", Concept::Nav, P),
    ("skip-to", Concept::Nav, P),
    ("skip-nav", Concept::Nav, P),
    ("jump-to", Concept::Nav, P),
    // a search box, not a page of search results
    ("search", Concept::Nav, T),
    ("search-form", Concept::Nav, P),
    ("searchform", Concept::Nav, P),
    ("search-box", Concept::Nav, P),
    ("searchbox", Concept::Nav, P),
    ("search-bar", Concept::Nav, P),
    ("searchbar", Concept::Nav, P),
    ("search-input", Concept::Nav, P),
    ("search-toggle", Concept::Nav, P),
    ("search-overlay", Concept::Nav, P),
    ("search-modal", Concept::Nav, P),
    ("search-field", Concept::Nav, P),
    ("search-container", Concept::Nav, P),
    ("search-wrapper", Concept::Nav, P),
    ("login", Concept::Nav, P),
    ("signin", Concept::Nav, P),
    ("sign-in", Concept::Nav, P),
    ("dropdown", Concept::Nav, P),
    ("breadcrumb", Concept::Breadcrumb, P),
    ("crumbs", Concept::Breadcrumb, P),
    // footers and headers
    ("footer", Concept::Footer, P),
    ("site-info", Concept::Footer, P),
    ("colophon", Concept::Footer, P),
    ("copyright", Concept::Legal, P),
    ("legal", Concept::Legal, W),
    ("disclaimer", Concept::Legal, P),
    ("masthead", Concept::Header, P),
    ("site-header", Concept::Header, P),
    ("header", Concept::Header, W),
    ("banner", Concept::Header, W),
    // share and follow
    ("share", Concept::Share, P),
    ("sharing", Concept::Share, P),
    ("social", Concept::Share, P),
    ("sociable", Concept::Share, P),
    ("addthis", Concept::Share, P),
    ("sharethis", Concept::Share, P),
    ("shariff", Concept::Share, P),
    ("follow", Concept::Share, P),
    ("print", Concept::Share, W),
    // related and recommended
    ("related", Concept::Related, P),
    ("relacionad", Concept::Related, P),
    ("recommend", Concept::Related, P),
    ("read-next", Concept::Related, P),
    ("readnext", Concept::Related, P),
    ("read-more", Concept::Related, P),
    ("readmore", Concept::Related, P),
    ("more-stories", Concept::Related, P),
    ("morestories", Concept::Related, P),
    ("more-articles", Concept::Related, P),
    ("also-read", Concept::Related, P),
    ("suggested", Concept::Related, P),
    ("you-may-like", Concept::Related, P),
    ("further-reading", Concept::Related, P),
    ("next-article", Concept::Related, P),
    ("next-post", Concept::Related, P),
    ("teaser", Concept::Related, P),
    ("outbrain", Concept::Ad, P),
    ("taboola", Concept::Ad, P),
    // most read
    ("popular", Concept::Popular, P),
    ("mostpopular", Concept::Popular, P),
    ("most-popular", Concept::Popular, P),
    ("most-read", Concept::Popular, P),
    ("mostread", Concept::Popular, P),
    ("most-viewed", Concept::Popular, P),
    ("mostviewed", Concept::Popular, P),
    ("most-shared", Concept::Popular, P),
    ("trending", Concept::Popular, P),
    ("top-stories", Concept::Popular, P),
    ("topstories", Concept::Popular, P),
    // newsletter
    ("newsletter", Concept::Newsletter, P),
    ("subscribe", Concept::Newsletter, P),
    ("subscription", Concept::Newsletter, P),
    ("signup", Concept::Newsletter, P),
    ("sign-up", Concept::Newsletter, P),
    ("optin", Concept::Newsletter, P),
    ("opt-in", Concept::Newsletter, P),
    ("mailchimp", Concept::Newsletter, P),
    ("mc4wp", Concept::Newsletter, P),
    // consent
    ("cookie", Concept::Consent, P),
    ("consent", Concept::Consent, P),
    ("gdpr", Concept::Consent, P),
    // consent-management platforms, not Adobe's `cmp-` components
    ("cmp", Concept::Consent, T),
    ("cmpbox", Concept::Consent, P),
    ("qc-cmp", Concept::Consent, P),
    ("cmp-banner", Concept::Consent, P),
    // comments
    // customer reviews (a review article's body is named `review` too:
    // the concept counts only on pages that are no article)
    ("review", Concept::Review, W),
    ("reviews", Concept::Review, W),
    ("yotpo", Concept::Review, P),
    ("jdgm", Concept::Review, P),
    ("okendo", Concept::Review, P),
    ("bazaarvoice", Concept::Review, P),
    ("trustpilot", Concept::Review, P),
    ("comment", Concept::Comment, W),
    ("comments", Concept::Comment, W),
    ("commentlist", Concept::Comment, P),
    ("comment-", Concept::Comment, P),
    ("disqus", Concept::Comment, P),
    ("respond", Concept::Comment, W),
    ("replies", Concept::Comment, W),
    // ads
    ("ad", Concept::Ad, W),
    ("ads", Concept::Ad, W),
    ("adv", Concept::Ad, W),
    ("advert", Concept::Ad, P),
    ("adsense", Concept::Ad, P),
    ("adslot", Concept::Ad, P),
    ("adunit", Concept::Ad, P),
    ("ad-", Concept::Ad, P),
    ("dfp", Concept::Ad, P),
    ("doubleclick", Concept::Ad, P),
    ("sponsor", Concept::Ad, P),
    ("promoted", Concept::Ad, P),
    ("werbung", Concept::Ad, P),
    ("anzeige", Concept::Ad, P),
    ("publicite", Concept::Ad, P),
    ("publicidad", Concept::Ad, P),
    // promos and widgets
    ("promo", Concept::Promo, P),
    ("cta", Concept::Promo, W),
    ("upsell", Concept::Promo, P),
    ("campaign", Concept::Promo, P),
    ("marketing", Concept::Promo, P),
    ("app-download", Concept::Promo, P),
    // paywalls
    ("paywall", Concept::Paywall, P),
    ("premium", Concept::Paywall, P),
    ("regwall", Concept::Paywall, P),
    ("piano", Concept::Paywall, W),
    ("meter", Concept::Paywall, W),
    // bylines and post metadata
    ("byline", Concept::Byline, P),
    ("author", Concept::Byline, W),
    ("authors", Concept::Byline, W),
    ("author-", Concept::Byline, P),
    ("authorbox", Concept::Byline, P),
    ("writer", Concept::Byline, W),
    ("contributor", Concept::Byline, P),
    ("dateline", Concept::Byline, P),
    ("posted-on", Concept::Byline, P),
    ("posted-by", Concept::Byline, P),
    ("timestamp", Concept::Byline, P),
    ("pubdate", Concept::Byline, P),
    ("datepublished", Concept::Byline, P),
    ("date", Concept::Byline, T),
    ("time", Concept::Byline, T),
    ("meta", Concept::Meta, T),
    ("post-meta", Concept::Meta, P),
    ("entry-meta", Concept::Meta, P),
    ("entry-footer", Concept::Meta, P),
    ("metadata", Concept::Meta, P),
    ("tags", Concept::Meta, T),
    ("tag-list", Concept::Meta, P),
    ("taglist", Concept::Meta, P),
    ("tagcloud", Concept::Meta, P),
    ("categories", Concept::Meta, T),
    ("category", Concept::Meta, T),
    ("keywords", Concept::Meta, T),
    ("rating", Concept::Meta, T),
    // captions and credits
    ("caption", Concept::Caption, P),
    ("figcaption", Concept::Caption, P),
    ("credit", Concept::Caption, P),
    ("image-source", Concept::Caption, P),
    ("photo-credit", Concept::Caption, P),
    ("gallery", Concept::Caption, P),
    // sidebars
    ("sidebar", Concept::Sidebar, P),
    ("side-bar", Concept::Sidebar, P),
    ("aside", Concept::Sidebar, W),
    ("rail", Concept::Sidebar, W),
    ("right-rail", Concept::Sidebar, P),
    ("widget-area", Concept::Sidebar, P),
    ("secondary", Concept::Sidebar, W),
    ("complementary", Concept::Sidebar, W),
    // modals and overlays
    ("modal", Concept::Modal, P),
    ("popup", Concept::Modal, P),
    ("pop-up", Concept::Modal, P),
    ("overlay", Concept::Modal, P),
    ("lightbox", Concept::Modal, P),
    ("dialog", Concept::Modal, P),
    ("alertdialog", Concept::Modal, P),
    ("toast", Concept::Modal, P),
    ("offcanvas", Concept::Modal, P),
    // pagination
    ("pagination", Concept::Pagination, P),
    ("pager", Concept::Pagination, W),
    ("paging", Concept::Pagination, P),
    ("prev-next", Concept::Pagination, P),
    ("post-navigation", Concept::Pagination, P),
    // visually hidden
    ("sr-only", Concept::Hidden, P),
    ("visually-hidden", Concept::Hidden, P),
    ("visuallyhidden", Concept::Hidden, P),
    ("screen-reader", Concept::Hidden, P),
    ("element-invisible", Concept::Hidden, P),
    ("navigation", Concept::Nav, W),
    ("contentinfo", Concept::Footer, W),
    // the article itself
    ("articlebody", Concept::Content, P),
    ("article-body", Concept::Content, P),
    ("article__body", Concept::Content, P),
    ("article-content", Concept::Content, P),
    ("articlecontent", Concept::Content, P),
    ("article-text", Concept::Content, P),
    ("article__content", Concept::Content, P),
    ("post-content", Concept::Content, P),
    ("postcontent", Concept::Content, P),
    ("post-body", Concept::Content, P),
    ("post-entry", Concept::Content, P),
    ("entry-content", Concept::Content, P),
    ("entry-body", Concept::Content, P),
    ("story-body", Concept::Content, P),
    ("storybody", Concept::Content, P),
    ("story-content", Concept::Content, P),
    ("story-text", Concept::Content, P),
    ("main-content", Concept::Content, P),
    ("maincontent", Concept::Content, P),
    ("content-body", Concept::Content, P),
    ("body-text", Concept::Content, P),
    ("bodytext", Concept::Content, P),
    ("text-body", Concept::Content, P),
    ("rich-text", Concept::Content, P),
    ("richtext", Concept::Content, P),
    ("single-content", Concept::Content, P),
    ("prose", Concept::Content, W),
    ("main", Concept::Content, W),
];

static VOCABULARY: LazyLock<Option<Literals>> = LazyLock::new(|| {
    let words: Vec<&str> = WORDS.iter().map(|w| w.0).collect();
    Literals::new(
        AhoCorasick::builder().match_kind(MatchKind::Standard),
        &words,
    )
});

fn is_boundary(b: Option<&u8>) -> bool {
    match b {
        None => true,
        Some(b) => !b.is_ascii_alphanumeric(),
    }
}

/// The concepts that lower-cased class/id/role/itemprop text points to.
pub fn token_concepts(attrs: &str) -> Concepts {
    let mut set = Concepts::EMPTY;
    let Some(vocab) = VOCABULARY.as_ref() else {
        return set;
    };
    let bytes = attrs.as_bytes();
    for m in vocab.find_overlapping_iter(attrs) {
        let (word, concept, end) = WORDS[m.pattern().as_usize()];
        let starts = m.start() == 0 || is_boundary(bytes.get(m.start() - 1));
        let next = bytes.get(m.end());
        // a pattern that itself ends in '-' already ends at a boundary
        let ends = match end {
            End::Prefix => true,
            _ if word.ends_with('-') => true,
            End::Word => is_boundary(next),
            End::Token => next.is_none_or(|b| b.is_ascii_whitespace()),
        };
        // `print:hidden`, `hover:underline`: a variant prefix names when a
        // style applies, not what the element is
        let variant = next == Some(&b':');
        if starts && ends && !variant && !is_utility(token_at(attrs, m.start())) {
            set.insert(concept);
        }
    }
    set
}

/// The whitespace-separated token of `attrs` that holds byte `at`.
/// (ASCII whitespace, as HTML splits class lists: a no-break space is two
/// bytes, and one past it is no char boundary.)
fn token_at(attrs: &str, at: usize) -> &str {
    let start = attrs[..at]
        .rfind(|c: char| c.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let end = attrs[at..]
        .find(|c: char| c.is_ascii_whitespace())
        .map_or(attrs.len(), |i| at + i);
    &attrs[start..end]
}

/// Utility classes name a look, not a role: `text-secondary`,
/// `lg:bg-footer-gray` and `btn-share-color` say nothing of what the
/// element holds (the color name "secondary" is not a sidebar).
fn is_utility(token: &str) -> bool {
    const LOOKS: &[&str] = &[
        "text-",
        "bg-",
        "border-",
        "font-",
        "fill-",
        "stroke-",
        "ring-",
        "shadow-",
        "from-",
        "to-",
        "via-",
        "decoration-",
        "outline-",
        "divide-",
        "placeholder-",
        "accent-",
        "caret-",
        "btn-",
    ];
    // `lg:`, `hover:` and other variant prefixes
    let base = token.rsplit(':').next().unwrap_or(token);
    LOOKS.iter().any(|p| base.starts_with(p))
}

/// The concepts an element's tag name carries on its own.
pub fn tag_concepts(tag: &str) -> Concepts {
    let mut set = Concepts::EMPTY;
    match tag {
        "nav" | "menu" | "select" | "button" => set.insert(Concept::Nav),
        "footer" => set.insert(Concept::Footer),
        "header" => set.insert(Concept::Header),
        "aside" => set.insert(Concept::Sidebar),
        "figcaption" => set.insert(Concept::Caption),
        "address" => set.insert(Concept::Byline),
        "dialog" => set.insert(Concept::Modal),
        "article" | "main" => set.insert(Concept::Content),
        _ => {}
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_no_break_space_in_a_class_list_is_part_of_a_token() {
        // found by fuzzing: the token's start fell inside the U+00A0
        assert!(token_concepts("x\u{a0}footer").contains(Concept::Footer));
    }

    #[test]
    fn utility_classes_name_no_role() {
        assert!(token_concepts("secondary").contains(Concept::Sidebar));
        assert!(!token_concepts("mt-4 text-dark-secondary").contains(Concept::Sidebar));
        assert!(!token_concepts("lg:bg-footer-gray").contains(Concept::Footer));
        assert!(token_concepts("site-footer bg-gray").contains(Concept::Footer));
        // a variant prefix says when a style applies
        assert!(token_concepts("print:break-inside-avoid").is_empty());
        assert!(token_concepts("print-button").contains(Concept::Share));
    }

    #[test]
    fn boundaries() {
        assert!(token_concepts("ad-slot top").contains(Concept::Ad));
        assert!(!token_concepts("address header-wrap").contains(Concept::Ad));
        assert!(token_concepts("post__related-links").contains(Concept::Related));
        assert!(token_concepts("relatedposts").contains(Concept::Related));
        assert!(!token_concepts("commentary-body").contains(Concept::Comment));
        assert!(token_concepts("comment-list").contains(Concept::Comment));
        assert!(token_concepts("c-entry-content").contains(Concept::Content));
        assert!(token_concepts("mostpopular").contains(Concept::Popular));
        // page builders call every content block a widget
        assert!(token_concepts("elementor-widget-container").is_empty());
        assert!(!token_concepts("hentry category-guides tag-x").contains(Concept::Meta));
        assert!(token_concepts("post-categories").contains(Concept::Meta));
        assert!(!token_concepts("row margin-bottom-small").contains(Concept::Footer));
        assert!(token_concepts("individual-review__review").contains(Concept::Review));
        assert!(token_concepts("product-reviews").contains(Concept::Review));
        assert!(!token_concepts("reviewer-name").contains(Concept::Review));
        assert!(!token_concepts("cmp-container cmp-richtext").contains(Concept::Consent));
        assert!(token_concepts("qc-cmp2-container").contains(Concept::Consent));
        // a search box is navigation, a page of search results is not
        assert!(token_concepts("header-search").contains(Concept::Nav));
        // a tab widget wraps its panels, the page's content; its strip of
        // labels is named apart
        assert!(!token_concepts("product-tabs").contains(Concept::Nav));
        assert!(token_concepts("tabs-nav").contains(Concept::Nav));
        assert!(token_concepts("search-form").contains(Concept::Nav));
        assert!(!token_concepts("search-results").contains(Concept::Nav));
        assert!(!token_concepts("searchpage").contains(Concept::Nav));
    }
}
