//! Context: headings over kept content, short runs between kept blocks,
//! link lists amid the body and repeated blocks.

use super::{drop_nudge, keep_nudge};
use crate::block::{Block, BlockKind, Page};
use crate::region::Region;
use crate::score::Evidence;
use crate::signal::Signal;

/// A heading is kept when the next block is kept and only its shortness
/// speaks against it, or its link where that only points into the page (a
/// section heading that is an anchor to itself).
pub(super) fn keep_headings(
    page: &Page,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    title_block: Option<usize>,
    threshold: f32,
) {
    let n = page.blocks.len();
    for i in (0..n).rev() {
        let b = &page.blocks[i];
        if kept[i] || b.kind != BlockKind::Heading || Some(i) == title_block {
            continue;
        }
        let next_kept = (i + 1..n.min(i + 3))
            .find(|&j| !page.blocks[j].text.is_empty())
            .is_some_and(|j| kept[j]);
        let ev = &evidence[i];
        let link_stays = links_in_page(b);
        let against: f32 = ev
            .reasons
            .iter()
            .filter(|r| r.signal != Signal::ShortNoSentence)
            .filter(|r| !(link_stays && matches!(r.signal, Signal::LinkDensity(_))))
            .map(|r| r.weight)
            .sum();
        if next_kept && against < 0.0 && !ev.strong_phrase() {
            let nudge = keep_nudge(ev, threshold);
            evidence[i].add(Signal::ContextHeading, nudge);
            kept[i] = true;
        }
    }
}

/// A run of soft blocks (table cells, list items, short lines that nothing
/// but their shortness speaks against) between two kept blocks inside the
/// main region is part of the article (jusText's context rule).
pub(super) fn bridge_runs(
    page: &Page,
    region: &Region,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    title_block: Option<usize>,
    threshold: f32,
) {
    let n = page.blocks.len();
    let soft: Vec<bool> = (0..n)
        .map(|i| {
            let ev = &evidence[i];
            Some(i) != title_block
                && region.inside.get(i).copied().unwrap_or(true)
                && ev.score() < 0.9
                && ev.phrases.is_empty()
                && !ev.has_class()
                && !ev.has(Signal::AfterEnd)
                && page.blocks[i].link_density() < 0.5
                && page.blocks[i].features.words < 25
        })
        .collect();
    // Text has no markup to vouch for a run: only short gaps are bridged.
    let max_run = if page.nodes.is_empty() {
        MAX_RUN_TEXT
    } else {
        MAX_RUN
    };
    let mut i = 1;
    while i < n {
        if kept[i] || !kept[i - 1] {
            i += 1;
            continue;
        }
        let end = (i..n).find(|&j| kept[j] || !soft[j]).unwrap_or(n);
        let bridged = end - i <= max_run
            || (page.nodes.is_empty()
                && end - i <= MAX_LIST_TEXT
                && reads_as_list(page, evidence, i, end));
        if end < n && kept[end] && bridged {
            for j in i..end {
                let nudge = keep_nudge(&evidence[j], threshold);
                evidence[j].add(Signal::ContextBetweenKept, nudge);
                kept[j] = true;
            }
        }
        i = end.max(i + 1);
    }
}

/// Whether the block's links all point into the page itself (`#id`; a
/// bare `#` is a script's handle, often a teaser's). A link around the
/// whole block leaves no span: its target is unknown.
pub(super) fn links_in_page(b: &Block) -> bool {
    let mut targets = b
        .spans
        .iter()
        .filter_map(|s| match &s.mark {
            crate::block::Mark::Link(href) => Some(href),
            _ => None,
        })
        .peekable();
    targets.peek().is_some() && targets.all(|h| h.starts_with('#') && h.len() > 1)
}

/// A list of links inside the region, with the body on both sides of it,
/// is the body's own (a chapter's table of contents, "see also" under a
/// section), unless a class or a phrase names it as chrome. HTML only: text
/// has no links.
pub(super) fn keep_link_lists(
    page: &Page,
    region: &Region,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    threshold: f32,
) {
    if page.nodes.is_empty() {
        return;
    }
    let n = page.blocks.len();
    let candidates: Vec<usize> = (0..n)
        .filter(|&i| {
            let ev = &evidence[i];
            !kept[i]
                && page.blocks[i].kind == BlockKind::ListItem
                && page.blocks[i].link_density() >= 0.5
                && region.inside.get(i).copied().unwrap_or(false)
                && ev.phrases.is_empty()
                && !ev.has_class()
                && !ev.has(Signal::AfterEnd)
                && !ev.has(Signal::Title)
                // links in title case are a rail of headlines
                && !ev.has(Signal::TitleCase)
                && !ev.has(Signal::Repeated)
        })
        .collect();
    for i in candidates {
        let before = kept[i.saturating_sub(LINK_LIST_REACH)..i]
            .iter()
            .any(|&k| k);
        let after = kept[i + 1..(i + 1 + LINK_LIST_REACH).min(n)]
            .iter()
            .any(|&k| k);
        if before && after {
            let nudge = keep_nudge(&evidence[i], threshold);
            evidence[i].add(Signal::ContextListInBody, nudge);
            kept[i] = true;
        }
    }
}

/// Blocks on either side of a link list within which the body must go on.
pub(super) const LINK_LIST_REACH: usize = 40;

/// A kept block that repeats one kept before it, word for word, is dropped:
/// responsive layouts render the same hero or post twice, for phone and
/// desktop, and a reader wants it once. Short blocks ("Reply", a price) and
/// code repeat for good reasons and are left alone, and so does a repeat
/// with kept code between it and the last copy: documentation says the
/// same steps under each language's tab or each endpoint's example.
pub(super) fn drop_duplicates(
    page: &Page,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    threshold: f32,
) {
    // block text → kept code blocks seen before its last kept copy
    let mut seen = std::collections::HashMap::new();
    let mut code_seen = 0usize;
    for (i, b) in page.blocks.iter().enumerate() {
        if !kept[i] {
            continue;
        }
        if b.kind == BlockKind::Preformatted {
            code_seen += 1;
            continue;
        }
        if b.features.words < DUPLICATE_WORDS {
            continue;
        }
        match seen.insert(b.text.as_str(), code_seen) {
            Some(before) if before == code_seen => {}
            _ => continue,
        }
        let nudge = drop_nudge(&evidence[i], threshold, 0.0);
        evidence[i].add(Signal::Duplicate, nudge);
        kept[i] = false;
    }
}

/// Words from which a repeated block is a duplicate, not a refrain.
pub(super) const DUPLICATE_WORDS: usize = 12;

/// A run of short lines in text that reads as a list inside the article
/// (pros and cons, steps, specs) rather than a rail of teaser headlines or
/// a menu: past its first line (a subheading), at most half its lines are
/// headline-like (labels such as "Pros", "Cons"), the others are not in
/// Title Case, and at most half stand again elsewhere in the page (a
/// menu's or a table of contents' entries do).
pub(super) fn reads_as_list(page: &Page, evidence: &[Evidence], start: usize, end: usize) -> bool {
    let run = &page.blocks[start + 1..end];
    let headings = run.iter().filter(|b| b.kind == BlockKind::Heading).count();
    let repeated = (start + 1..end)
        .filter(|&i| evidence[i].has(Signal::Repeated))
        .count();
    headings * 2 <= run.len()
        && repeated * 2 <= run.len()
        && run.iter().all(|b| {
            let f = &b.features;
            b.kind == BlockKind::Heading || f.words < 3 || f.capitalized_share() < 0.6
        })
}

/// Longest run of list-like short lines that context can keep in text.
pub(super) const MAX_LIST_TEXT: usize = 12;

/// Longest run of soft blocks that context can keep (HTML, text).
pub(super) const MAX_RUN: usize = 40;

pub(super) const MAX_RUN_TEXT: usize = 2;
