//! Authors in the page's own text: the byline under the headline, an author
//! box, a late byline past the header, a handle, a thread's starter.

use std::sync::LazyLock;

use super::header_blocks;
use super::names::*;
use crate::block::Page;
use crate::date;
use crate::lexicon::Concept;
use crate::pattern::Pattern;

/// "By Jane Doe", "by Jane Doe and John Roe", "Von Max Muster, Eva Beispiel",
/// "Authors: Jane Doe and John Roe"; scrapers often glue the marker to the
/// name ("ByJane Doe").
pub(super) const BYLINE_NAMES: &str = r"(?:(?i)(?:written|posted)\s+by|this\s+(?:post|article)\s+was\s+written\s+by|by|von|par|por|door|(?:authors?|contributors?)\s*:)\s*:?\s*((?:\p{Lu}[\p{L}'’.\-]*\s?){1,4}(?:(?:,\s*|\s*(?:(?:and|und|et|y)\s|&)\s*)(?:\p{Lu}[\p{L}'’.\-]*\s?){1,4}){0,3})";

/// A byline that starts its block.
pub(super) static BYLINE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::owned(format!("^{BYLINE_NAMES}")));

/// A byline after a dateline in the same block ("May 4, 2025 by Jane Doe").
pub(super) static BYLINE_INNER: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::owned(format!(r"(?:^|[\s|•·,(])(?-i:{BYLINE_NAMES})")));

/// "By Jane Doe and John Roe | May 4, 2025" near the headline, or a short
/// block the page marks as a byline (class `author`, `byline`).
pub(super) fn byline_authors(page: &Page, title_block: Option<usize>) -> Vec<String> {
    let blocks = header_blocks(page, title_block);
    for (k, b) in blocks.iter().enumerate() {
        if b.features.words > 20 || in_menu(page, b) {
            continue;
        }
        // "Written by" on its own: the name is the next block
        if is_label(&b.text) {
            let next = blocks.get(k + 1).map_or("", |n| first_part(&n.text));
            if name_like(next) && !is_label(next) {
                return vec![next.to_string()];
            }
            continue;
        }
        let marked = b.inline_concepts.contains(Concept::Byline)
            || b.node
                .and_then(|n| page.nodes.get(n as usize))
                .is_some_and(|n| n.inherited.contains(Concept::Byline));
        let found = may_name_author(&b.text)
            .then(|| BYLINE.captures(&b.text))
            .flatten()
            .or_else(|| {
                if !may_name_author(&b.text) {
                    return None;
                }
                // not a photo credit
                // a date or byline markup beside it: "May 4, 2025 by Jane Doe"
                let dated = marked || date::parse(&b.text, true).is_some();
                BYLINE_INNER.captures(&b.text).filter(|c| {
                    dated && {
                        let before = b.text[..c.get(0).map_or(0, |m| m.start())].to_lowercase();
                        ![
                            "photo",
                            "image",
                            "credit",
                            "illustration",
                            "video",
                            "graphic",
                            "picture",
                        ]
                        .iter()
                        .any(|w| before.ends_with(w) || before.trim_end().ends_with(w))
                    }
                })
            });
        if let Some(c) = found {
            let names = clean_authors(split_names(&c[1]).into_iter());
            if full_names(&names) {
                return names;
            }
        } else if marked {
            let name = BY.replace(first_part(&b.text), "");
            let name = name.trim().trim_end_matches([',', ':']);
            if name_like(name) && !is_label(name) {
                return vec![name.to_string()];
            }
        }
    }
    Vec::new()
}

/// A "By Jane Doe" byline that starts a short block near the headline.
pub(super) fn explicit_byline(page: &Page, title_block: Option<usize>) -> Option<Vec<String>> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| b.features.words <= 20 && !in_menu(page, b) && may_name_author(&b.text))
        .find_map(|b| {
            let c = BYLINE.captures(&b.text)?;
            let names = clean_authors(split_names(&c[1]).into_iter());
            full_names(&names).then_some(names)
        })
}

/// Whether a name appears in the page's text.
pub(super) fn shown(page: &Page, name: &str) -> bool {
    if page.blocks.iter().any(|b| b.text.contains(name)) {
        return true;
    }
    let name = name.to_lowercase();
    page.blocks
        .iter()
        .any(|b| b.text.len() >= name.len() && b.text.to_lowercase().contains(&name))
}

pub(super) static THREAD_STARTER: Pattern = Pattern::new(
    // unbounded repeats, bounded in code: `{1,40}` of a Unicode class
    // compiles to forty copies of it
    r"(?i)(?:^|[\s'(])(?:thread\s+starter|started\s+by|topic\s+author|original\s+poster|asked\s+by)\s*:?\s+(?:u/)?([\w][\w.\-@]+)(\s(?-i:\p{Lu})[\w.\-]+)?",
);

/// "Thread starter jsmith", "Started by jsmith", "Asked by jsmith": the
/// user who opened a forum thread, handles in lower case included.
pub(super) fn thread_starter(page: &Page, title_block: Option<usize>) -> Option<String> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| b.features.words <= 14)
        .find_map(|b| {
            let c = THREAD_STARTER.captures(&b.text)?;
            // a handle of up to 41 characters, a second name of up to 21
            let handle = c
                .get(1)
                .map(|m| m.as_str())
                .filter(|h| h.chars().count() <= 41)?;
            let second = c
                .get(2)
                .map(|m| m.as_str())
                .filter(|s| s.chars().count() <= 22)
                .unwrap_or("");
            let full = format!("{handle}{second}");
            let name = full
                .split(['»', ',', '|', '•', '·'])
                .next()
                .unwrap_or("")
                .split(" - ")
                .next()
                .unwrap_or("")
                .trim();
            let article = ["the", "a", "an"].contains(&name.to_lowercase().as_str());
            (!name.is_empty() && !article).then(|| name.to_string())
        })
}

/// A block of a menu: "Shop by Brand" is no byline.
pub(super) fn in_menu(page: &Page, b: &crate::block::Block) -> bool {
    let node = b.node.and_then(|n| page.nodes.get(n as usize));
    let parent = node
        .and_then(|n| n.parent)
        .and_then(|p| page.nodes.get(p as usize));
    [node, parent]
        .iter()
        .flatten()
        .any(|n| n.own.contains(Concept::Nav))
}

/// Anywhere in the page, the least ambiguous forms only: a short block
/// that is "By Jane Doe" / "Written by Jane Doe", or a name alone in an
/// element named for the author (an author box at the article's end).
pub(super) fn author_box(page: &Page) -> Vec<String> {
    for b in &page.blocks {
        if b.features.words > 8 || b.features.words == 0 || in_menu(page, b) {
            continue;
        }
        if may_name_author(&b.text) {
            if let Some(c) = BYLINE.captures(&b.text) {
                let whole = c
                    .get(0)
                    .is_some_and(|m| m.end() + 1 >= b.text.trim_end().len());
                let names = clean_authors(split_names(&c[1]).into_iter());
                if whole && full_names(&names) && names.iter().all(|n| name_like(n)) {
                    return names;
                }
            }
        }
        let marked = b
            .node
            .and_then(|n| page.nodes.get(n as usize))
            .is_some_and(|n| n.own.contains(Concept::Byline));
        let text = b.text.trim();
        if marked
            && name_like(text)
            && !is_label(text)
            && !is_chrome(text)
            && text.split_whitespace().count() >= 2
        {
            return vec![text.to_string()];
        }
    }
    Vec::new()
}

/// A byline under the post ("Written by Jane Doe, Head of Research"), or
/// a label over the name ("About the author" / "Jane Doe"), or a name over
/// its label ("Jane Doe" / "Author").
pub(super) fn late_byline(page: &Page, title_block: Option<usize>) -> Vec<String> {
    let blocks = &page.blocks[title_block.map_or(0, |t| t + 1)..];
    for (k, b) in blocks.iter().enumerate() {
        // list items under a post are products, contacts and cards
        let item = b.kind == crate::block::BlockKind::ListItem;
        if b.features.words > 20 || b.features.words == 0 || item || in_menu(page, b) {
            continue;
        }
        let text = b.text.trim();
        if may_name_author(text) {
            if let Some(c) = BYLINE.captures(text) {
                let names = clean_authors(split_names(&c[1]).into_iter());
                if full_names(&names) && names.iter().all(|n| name_like(n) && !n.contains('\n')) {
                    return names;
                }
            }
        }
        let label = text.trim_end_matches(':').to_lowercase();
        let next = blocks.get(k + 1).map_or("", |n| first_part(&n.text));
        if AUTHOR_LABELS.contains(&label.as_str()) && late_name(next) {
            return vec![next.to_string()];
        }
        let labelled = blocks
            .get(k + 1)
            .is_some_and(|n| n.text.trim().eq_ignore_ascii_case("author"));
        if labelled && late_name(text) {
            return vec![text.to_string()];
        }
    }
    Vec::new()
}

/// Labels that head an author box.
pub(super) const AUTHOR_LABELS: &[&str] = &[
    "written by",
    "article written by",
    "posted by",
    "author",
    "about the author",
    "about the writer",
];

/// A name standing alone in a block far from the headline: two words at
/// least, one line, and none of a button's tells (capitals throughout, a
/// word said twice).
pub(super) fn late_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let shouting = s
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let repeats = words
        .iter()
        .enumerate()
        .any(|(i, w)| words[..i].iter().any(|v| v.eq_ignore_ascii_case(w)));
    words.len() >= 2 && !s.contains('\n') && !shouting && !repeats && name_like(s) && !is_chrome(s)
}

/// Handles that name a role, not a person.
pub(super) const GENERIC_HANDLES: &[&str] = &[
    "admin",
    "administrator",
    "team",
    "staff",
    "editor",
    "guest",
    "user",
    "anonymous",
    "webmaster",
];

pub(super) static BY_HANDLE: Pattern = Pattern::new(
    r"(?i)^\s*(?:posted\s+by|post\s+by|submitted\s+(?:[\w\s]{0,30}?\s)?by|by)\s*:?\s+(?:u/)?([\w][\w.\-@]{1,40})(?:\s*$|\s*[»|·]|\s+\d|\s+(?:on|in)\b)",
);

/// "by jsmith on May 4": a user's handle, as blogs and forums write it,
/// lower case and digits included.
pub(super) fn byline_handle(page: &Page, title_block: Option<usize>) -> Option<String> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| {
            b.features.words <= 14
                && b.kind != crate::block::BlockKind::ListItem
                && !in_menu(page, b)
        })
        .filter(|b| {
            let l = b.text.to_lowercase();
            !l.contains("last post") && !l.contains("last reply")
        })
        .find_map(|b| {
            let name = BY_HANDLE.captures(&b.text)?[1].to_string();
            let lower = name.to_lowercase();
            let article = ["the", "a", "an"].contains(&lower.as_str());
            (!article && !GENERIC_HANDLES.contains(&lower.as_str()) && !is_chrome(&name))
                .then_some(name)
        })
}

/// A cheap test before the byline patterns, whose Unicode classes make
/// them costly to run: the block holds one of their leading words.
pub(super) fn may_name_author(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(300)];
    let lower = head.to_ascii_lowercase();
    [
        "by",
        "von ",
        "par ",
        "por ",
        "door ",
        "author",
        "contributor",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

/// A byline's text up to its first separator ("Jane Doe | May 4").
pub(super) fn first_part(text: &str) -> &str {
    let first = text
        .split(['|', '•', '·', '—', '–', '\n', '/'])
        .next()
        .unwrap_or("");
    first.split(" - ").next().unwrap_or("").trim()
}
