//! Class, id, role and itemprop vocabulary, grouped by concept.
//!
//! Attribute values are lower-cased and matched with one aho-corasick
//! automaton. A word must start at a token boundary (`related-posts`,
//! `post-related`, `relatedposts`); words marked whole must also end at one,
//! so `ad` matches `ad-slot` but not `address` or `header`.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Concept, Concepts};

/// (word, concept, must end at a token boundary)
const WORDS: &[(&str, Concept, bool)] = &[
    // navigation
    ("nav", Concept::Nav, false),
    ("menu", Concept::Nav, false),
    ("topbar", Concept::Nav, false),
    ("top-bar", Concept::Nav, false),
    ("toolbar", Concept::Nav, false),
    ("skip", Concept::Nav, false),
    ("jump-to", Concept::Nav, false),
    ("search", Concept::Nav, false),
    ("login", Concept::Nav, false),
    ("signin", Concept::Nav, false),
    ("sign-in", Concept::Nav, false),
    ("dropdown", Concept::Nav, false),
    ("tabs", Concept::Nav, true),
    ("breadcrumb", Concept::Breadcrumb, false),
    ("crumbs", Concept::Breadcrumb, false),
    // footers and headers
    ("footer", Concept::Footer, false),
    ("site-info", Concept::Footer, false),
    ("colophon", Concept::Footer, false),
    ("bottom", Concept::Footer, true),
    ("copyright", Concept::Legal, false),
    ("legal", Concept::Legal, true),
    ("disclaimer", Concept::Legal, false),
    ("masthead", Concept::Header, false),
    ("site-header", Concept::Header, false),
    ("header", Concept::Header, true),
    ("banner", Concept::Header, true),
    // share and follow
    ("share", Concept::Share, false),
    ("sharing", Concept::Share, false),
    ("social", Concept::Share, false),
    ("sociable", Concept::Share, false),
    ("addthis", Concept::Share, false),
    ("sharethis", Concept::Share, false),
    ("shariff", Concept::Share, false),
    ("follow", Concept::Share, false),
    ("print", Concept::Share, true),
    // related and recommended
    ("related", Concept::Related, false),
    ("relacionad", Concept::Related, false),
    ("recommend", Concept::Related, false),
    ("read-next", Concept::Related, false),
    ("readnext", Concept::Related, false),
    ("read-more", Concept::Related, false),
    ("readmore", Concept::Related, false),
    ("more-stories", Concept::Related, false),
    ("morestories", Concept::Related, false),
    ("more-articles", Concept::Related, false),
    ("also-read", Concept::Related, false),
    ("suggested", Concept::Related, false),
    ("you-may-like", Concept::Related, false),
    ("further-reading", Concept::Related, false),
    ("next-article", Concept::Related, false),
    ("next-post", Concept::Related, false),
    ("teaser", Concept::Related, false),
    ("outbrain", Concept::Ad, false),
    ("taboola", Concept::Ad, false),
    // most read
    ("popular", Concept::Popular, false),
    ("mostpopular", Concept::Popular, false),
    ("most-popular", Concept::Popular, false),
    ("most-read", Concept::Popular, false),
    ("mostread", Concept::Popular, false),
    ("most-viewed", Concept::Popular, false),
    ("mostviewed", Concept::Popular, false),
    ("most-shared", Concept::Popular, false),
    ("trending", Concept::Popular, false),
    ("top-stories", Concept::Popular, false),
    ("topstories", Concept::Popular, false),
    // newsletter
    ("newsletter", Concept::Newsletter, false),
    ("subscribe", Concept::Newsletter, false),
    ("subscription", Concept::Newsletter, false),
    ("signup", Concept::Newsletter, false),
    ("sign-up", Concept::Newsletter, false),
    ("optin", Concept::Newsletter, false),
    ("opt-in", Concept::Newsletter, false),
    ("mailchimp", Concept::Newsletter, false),
    ("mc4wp", Concept::Newsletter, false),
    // consent
    ("cookie", Concept::Consent, false),
    ("consent", Concept::Consent, false),
    ("gdpr", Concept::Consent, false),
    ("cmp", Concept::Consent, true),
    // comments
    ("comment", Concept::Comment, true),
    ("comments", Concept::Comment, true),
    ("commentlist", Concept::Comment, false),
    ("comment-", Concept::Comment, false),
    ("disqus", Concept::Comment, false),
    ("respond", Concept::Comment, true),
    ("replies", Concept::Comment, true),
    // ads
    ("ad", Concept::Ad, true),
    ("ads", Concept::Ad, true),
    ("adv", Concept::Ad, true),
    ("advert", Concept::Ad, false),
    ("adsense", Concept::Ad, false),
    ("adslot", Concept::Ad, false),
    ("adunit", Concept::Ad, false),
    ("ad-", Concept::Ad, false),
    ("dfp", Concept::Ad, false),
    ("doubleclick", Concept::Ad, false),
    ("sponsor", Concept::Ad, false),
    ("promoted", Concept::Ad, false),
    ("werbung", Concept::Ad, false),
    ("anzeige", Concept::Ad, false),
    ("publicite", Concept::Ad, false),
    ("publicidad", Concept::Ad, false),
    // promos and widgets
    ("promo", Concept::Promo, false),
    ("widget", Concept::Promo, false),
    ("cta", Concept::Promo, true),
    ("upsell", Concept::Promo, false),
    ("campaign", Concept::Promo, false),
    ("marketing", Concept::Promo, false),
    ("app-download", Concept::Promo, false),
    // paywalls
    ("paywall", Concept::Paywall, false),
    ("premium", Concept::Paywall, false),
    ("regwall", Concept::Paywall, false),
    ("piano", Concept::Paywall, true),
    ("meter", Concept::Paywall, true),
    // bylines and post metadata
    ("byline", Concept::Byline, false),
    ("author", Concept::Byline, true),
    ("authors", Concept::Byline, true),
    ("author-", Concept::Byline, false),
    ("authorbox", Concept::Byline, false),
    ("writer", Concept::Byline, true),
    ("contributor", Concept::Byline, false),
    ("dateline", Concept::Byline, false),
    ("posted-on", Concept::Byline, false),
    ("posted-by", Concept::Byline, false),
    ("timestamp", Concept::Byline, false),
    ("pubdate", Concept::Byline, false),
    ("datepublished", Concept::Byline, false),
    ("date", Concept::Byline, true),
    ("time", Concept::Byline, true),
    ("meta", Concept::Meta, true),
    ("post-meta", Concept::Meta, false),
    ("entry-meta", Concept::Meta, false),
    ("entry-footer", Concept::Meta, false),
    ("metadata", Concept::Meta, false),
    ("tags", Concept::Meta, true),
    ("tag-list", Concept::Meta, false),
    ("taglist", Concept::Meta, false),
    ("tagcloud", Concept::Meta, false),
    ("categories", Concept::Meta, true),
    ("category", Concept::Meta, true),
    ("keywords", Concept::Meta, true),
    ("rating", Concept::Meta, false),
    // captions and credits
    ("caption", Concept::Caption, false),
    ("figcaption", Concept::Caption, false),
    ("credit", Concept::Caption, false),
    ("image-source", Concept::Caption, false),
    ("photo-credit", Concept::Caption, false),
    ("gallery", Concept::Caption, false),
    // sidebars
    ("sidebar", Concept::Sidebar, false),
    ("side-bar", Concept::Sidebar, false),
    ("aside", Concept::Sidebar, true),
    ("rail", Concept::Sidebar, true),
    ("right-rail", Concept::Sidebar, false),
    ("widget-area", Concept::Sidebar, false),
    ("secondary", Concept::Sidebar, true),
    ("complementary", Concept::Sidebar, true),
    // modals and overlays
    ("modal", Concept::Modal, false),
    ("popup", Concept::Modal, false),
    ("pop-up", Concept::Modal, false),
    ("overlay", Concept::Modal, false),
    ("lightbox", Concept::Modal, false),
    ("dialog", Concept::Modal, false),
    ("alertdialog", Concept::Modal, false),
    ("toast", Concept::Modal, false),
    ("offcanvas", Concept::Modal, false),
    // pagination
    ("pagination", Concept::Pagination, false),
    ("pager", Concept::Pagination, true),
    ("paging", Concept::Pagination, false),
    ("prev-next", Concept::Pagination, false),
    ("post-navigation", Concept::Pagination, false),
    // visually hidden
    ("sr-only", Concept::Hidden, false),
    ("visually-hidden", Concept::Hidden, false),
    ("visuallyhidden", Concept::Hidden, false),
    ("screen-reader", Concept::Hidden, false),
    ("element-invisible", Concept::Hidden, false),
    ("hidden", Concept::Hidden, true),
    ("navigation", Concept::Nav, true),
    ("contentinfo", Concept::Footer, true),
    // the article itself
    ("articlebody", Concept::Content, false),
    ("article-body", Concept::Content, false),
    ("article__body", Concept::Content, false),
    ("article-content", Concept::Content, false),
    ("articlecontent", Concept::Content, false),
    ("article-text", Concept::Content, false),
    ("article__content", Concept::Content, false),
    ("post-content", Concept::Content, false),
    ("postcontent", Concept::Content, false),
    ("post-body", Concept::Content, false),
    ("post-entry", Concept::Content, false),
    ("entry-content", Concept::Content, false),
    ("entry-body", Concept::Content, false),
    ("story-body", Concept::Content, false),
    ("storybody", Concept::Content, false),
    ("story-content", Concept::Content, false),
    ("story-text", Concept::Content, false),
    ("main-content", Concept::Content, false),
    ("maincontent", Concept::Content, false),
    ("content-body", Concept::Content, false),
    ("body-text", Concept::Content, false),
    ("bodytext", Concept::Content, false),
    ("text-body", Concept::Content, false),
    ("rich-text", Concept::Content, false),
    ("richtext", Concept::Content, false),
    ("single-content", Concept::Content, false),
    ("prose", Concept::Content, true),
    ("main", Concept::Content, true),
];

struct Vocabulary {
    automaton: AhoCorasick,
}

static VOCABULARY: LazyLock<Option<Vocabulary>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(WORDS.iter().map(|w| w.0))
        .ok()
        .map(|automaton| Vocabulary { automaton })
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
    for m in vocab.automaton.find_overlapping_iter(attrs) {
        let (word, concept, whole) = WORDS[m.pattern().as_usize()];
        let starts = m.start() == 0 || is_boundary(bytes.get(m.start() - 1));
        // a pattern that itself ends in '-' already ends at a boundary
        let ends = !whole || word.ends_with('-') || is_boundary(bytes.get(m.end()));
        if starts && ends {
            set.insert(concept);
        }
    }
    set
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
    fn boundaries() {
        assert!(token_concepts("ad-slot top").contains(Concept::Ad));
        assert!(!token_concepts("address header-wrap").contains(Concept::Ad));
        assert!(token_concepts("post__related-links").contains(Concept::Related));
        assert!(token_concepts("relatedposts").contains(Concept::Related));
        assert!(!token_concepts("commentary-body").contains(Concept::Comment));
        assert!(token_concepts("comment-list").contains(Concept::Comment));
        assert!(token_concepts("c-entry-content").contains(Concept::Content));
        assert!(token_concepts("mostpopular").contains(Concept::Popular));
    }
}
