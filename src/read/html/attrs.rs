//! An element's attributes as the reader uses them, read in one pass:
//! class and id tokens, hidden, landmarks, links that are permalinks.

use crate::lexicon::{Concept, Concepts};
use crate::read::dom::{Element, NodeRef};

/// An attribute's value (the first, if the name repeats).
pub(super) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.attrs().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// A tab panel: hidden until the reader picks its tab, but the page's own
/// content (a code sample's other languages, a plan's details), unlike a
/// hidden menu or dialog. (Collapsed accordions stay hidden: on dev they
/// held shop filters and FAQ answers the truth leaves out as often.)
pub(super) fn is_panel(attrs: &str) -> bool {
    const PANELS: &[&str] = &[
        "tabpanel",
        "tab-panel",
        "tab-pane",
        "tabpane",
        "tab-content",
        "tabcontent",
    ];
    attrs
        .split(|c: char| c.is_whitespace() || c == '_')
        .any(|t| PANELS.iter().any(|p| t.contains(p)) && !t.contains("nav") && !t.contains("menu"))
}

/// The concepts an element declares by tag or ARIA role (see
/// [`Node::landmark`]).
pub(super) fn landmark(tag: &str, at: &Attrs) -> Concepts {
    let mut set = Concepts::EMPTY;
    let role = |name: &str| {
        at.role.is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(name))
        })
    };
    if tag == "footer" || role("contentinfo") {
        set.insert(Concept::Footer);
    }
    if tag == "nav" || role("navigation") {
        set.insert(Concept::Nav);
    }
    let modal = at
        .aria_modal
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if tag == "dialog" || role("dialog") || role("alertdialog") || modal {
        set.insert(Concept::Modal);
    }
    set
}

/// A heading's permalink, `<a href="#intro">¶</a>` as Sphinx and most doc
/// generators write it: a mark to click, not a word of the heading.
pub(super) fn is_permalink(href: Option<&str>, node: NodeRef<'_>) -> bool {
    if !href.is_some_and(|h| h.trim_start().starts_with('#')) {
        return false;
    }
    // one short text child: no walk below a link that wraps a whole card
    let mut children = node.children();
    let only = children
        .next()
        .and_then(|c| c.value().as_text().map(|t| t.trim()));
    children.next().is_none() && matches!(only, Some("¶" | "§" | "#" | "🔗" | "⚓"))
}

/// Utility classes (Tailwind, Bootstrap) that make an inline element a
/// block: `<h1>Title<span class="block">Subtitle</span></h1>`.
pub(super) fn displays_as_block(attrs: &str) -> bool {
    attrs.split_ascii_whitespace().any(|t| {
        matches!(
            t,
            "block" | "d-block" | "flex" | "d-flex" | "grid" | "d-grid"
        )
    })
}

/// The attributes the walk reads, found in one pass: a page has thousands
/// of elements, and a lookup per name rescanned each one's attributes a
/// dozen times.
#[derive(Default)]
pub(super) struct Attrs<'a> {
    pub(super) class: Option<&'a str>,
    pub(super) id: Option<&'a str>,
    pub(super) role: Option<&'a str>,
    pub(super) itemprop: Option<&'a str>,
    pub(super) itemtype: Option<&'a str>,
    pub(super) style: Option<&'a str>,
    pub(super) hidden: bool,
    pub(super) aria_hidden: Option<&'a str>,
    pub(super) aria_modal: Option<&'a str>,
    pub(super) href: Option<&'a str>,
    pub(super) src: Option<&'a str>,
    pub(super) alt: Option<&'a str>,
    pub(super) rel: Option<&'a str>,
    pub(super) lang: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    pub(super) fn of(el: &'a Element) -> Attrs<'a> {
        let mut at = Attrs::default();
        for (name, value) in el.attrs() {
            // the first of a repeated name wins, as in `attr`
            let slot = match name {
                "class" => &mut at.class,
                "id" => &mut at.id,
                "role" => &mut at.role,
                "itemprop" => &mut at.itemprop,
                "itemtype" => &mut at.itemtype,
                "style" => &mut at.style,
                "hidden" => {
                    at.hidden = true;
                    continue;
                }
                "aria-hidden" => &mut at.aria_hidden,
                "aria-modal" => &mut at.aria_modal,
                "href" => &mut at.href,
                "src" => &mut at.src,
                "alt" => &mut at.alt,
                "rel" => &mut at.rel,
                "lang" => &mut at.lang,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        at
    }

    pub(super) fn is_hidden(&self) -> bool {
        if self.hidden {
            return true;
        }
        if self.aria_hidden.is_some_and(|v| v.trim() == "true") {
            return true;
        }
        self.style.is_some_and(|s| {
            // cheap test first: most style attributes hide nothing
            let lower = s.to_ascii_lowercase();
            (lower.contains("none") || lower.contains("hidden")) && {
                let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
                compact.contains("display:none") || compact.contains("visibility:hidden")
            }
        })
    }

    /// class, id, role and itemprop, lower-cased into one string.
    pub(super) fn tokens(&self) -> String {
        let mut s = String::new();
        for v in [self.class, self.id, self.role, self.itemprop]
            .into_iter()
            .flatten()
        {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            if !s.is_empty() {
                s.push(' ');
            }
            // a 1 MB class attribute says nothing a few hundred bytes do not
            let mut end = v.len().min(512);
            while !v.is_char_boundary(end) {
                end -= 1;
            }
            let v = &v[..end];
            if v.is_ascii() {
                let from = s.len();
                s.push_str(v);
                s[from..].make_ascii_lowercase();
            } else {
                s.extend(v.chars().flat_map(char::to_lowercase));
            }
        }
        s
    }
}
