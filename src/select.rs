//! Keep or drop, with neighbour context, and the title.
//!
//! Local scores decide first; then context: a heading survives when what
//! follows it is kept, a short block between two kept ones survives, a
//! terminating block (tip-line, "Comments", "© ...", "Most read") ends the
//! body unless plain prose follows, a list of links amid the body is kept,
//! in text a share or newsletter line past most of the body or a rail of
//! teaser headlines ends it, a block repeated word for word is kept once,
//! and a page with prose never comes out empty.

use crate::block::{Block, BlockKind, Page};
use crate::lexicon::{Concept, Lang};
use crate::pattern::Pattern;
use crate::region::{self, Region};
use crate::score::Evidence;
use crate::signal::Signal;
use crate::survey::title::{Title, TitleRule};
use crate::survey::Survey;

/// Decisions for every block, and the index of the block used as title.
pub struct Selection {
    /// Keep this block in the body.
    pub kept: Vec<bool>,
    /// The title, when the page has one.
    pub title: Option<String>,
    /// The block that is the title, dropped from the body.
    pub title_block: Option<usize>,
    /// The rule that chose the title.
    pub title_rule: Option<TitleRule>,
}

/// Decides which blocks make the article body.
pub fn select(
    page: &Page,
    region: &Region,
    evidence: &mut [Evidence],
    survey: &Survey,
    threshold: f32,
) -> Selection {
    let n = page.blocks.len();
    let lang = survey.lang;
    let chosen = find_title(page, region, evidence, survey);
    let title_rule = chosen.as_ref().map(|t| t.rule);
    let mut title_block = chosen.as_ref().and_then(|t| t.block);
    let title = chosen.map(|t| t.text);
    if let Some(t) = title_block {
        evidence[t].add(Signal::Title, 10.0);
    }
    terminate(page, region, evidence, survey, threshold);
    let mut kept: Vec<bool> = evidence.iter().map(|e| e.score() < threshold).collect();

    // A heading is kept when the next block is kept and only its shortness
    // speaks against it, or its link where that only points into the page
    // (a section heading that is an anchor to itself).
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

    // A run of soft blocks (table cells, list items, short lines that
    // nothing but their shortness speaks against) between two kept blocks
    // inside the main region is part of the article (jusText's context rule).
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

    keep_link_lists(page, region, evidence, &mut kept, threshold);
    soft_end(page, evidence, &mut kept, lang, title_block, threshold);
    teaser_rail(page, evidence, &mut kept, lang, title_block, threshold);
    comment_tail(page, evidence, &mut kept, title_block, threshold);
    drop_duplicates(page, evidence, &mut kept, threshold);

    // A post whose headline is all it says (a shared link, a question
    // with no more to it): the headline is its text, before any prose
    // elsewhere on the page.
    if let Some(t) = title_block.filter(|_| !kept.iter().any(|k| *k)) {
        let inside = region.inside.get(t).copied().unwrap_or(false);
        if inside && page.blocks.get(t).is_some_and(|b| b.is_prose(lang)) {
            let nudge = keep_nudge(&evidence[t], threshold);
            evidence[t].add(Signal::HeadlineOnly, nudge);
            kept[t] = true;
            title_block = None;
        }
    }
    // Never an empty article for a page with prose.
    if !kept.iter().any(|k| *k) {
        for (i, b) in page.blocks.iter().enumerate() {
            if b.is_prose(lang) && !evidence[i].strong_phrase() && Some(i) != title_block {
                let nudge = keep_nudge(&evidence[i], threshold);
                evidence[i].add(Signal::FallbackProse, nudge);
                kept[i] = true;
            }
        }
    }
    // No prose at all (a listing, a product grid): the blocks that nothing
    // but their shape or links speaks against.
    if !kept.iter().any(|k| *k) {
        for (i, b) in page.blocks.iter().enumerate() {
            if relaxed_keep(region, &evidence[i], b) && Some(i) != title_block {
                let nudge = keep_nudge(&evidence[i], threshold);
                evidence[i].add(Signal::FallbackRelaxed, nudge);
                kept[i] = true;
            }
        }
    }
    Selection {
        kept,
        title,
        title_block,
        title_rule,
    }
}

/// Whether the block's links all point into the page itself (`#id`; a
/// bare `#` is a script's handle, often a teaser's). A link around the
/// whole block leaves no span: its target is unknown.
fn links_in_page(b: &Block) -> bool {
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
fn keep_link_lists(
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
const LINK_LIST_REACH: usize = 40;

/// A kept block that repeats one kept before it, word for word, is dropped:
/// responsive layouts render the same hero or post twice, for phone and
/// desktop, and a reader wants it once. Short blocks ("Reply", a price) and
/// code repeat for good reasons and are left alone, and so does a repeat
/// with kept code between it and the last copy: documentation says the
/// same steps under each language's tab or each endpoint's example.
fn drop_duplicates(page: &Page, evidence: &mut [Evidence], kept: &mut [bool], threshold: f32) {
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
const DUPLICATE_WORDS: usize = 12;

/// The relaxed pass: a block of a few words that no phrase and no
/// page-chrome class speaks against. Its place outside the main region does
/// not count: nothing was kept, so the region (often a cookie notice, the
/// only sentence on the page) was wrong.
fn relaxed_keep(region: &Region, ev: &Evidence, b: &crate::block::Block) -> bool {
    const CHROME: [Concept; 9] = [
        Concept::Nav,
        Concept::Footer,
        Concept::Header,
        Concept::Consent,
        Concept::Newsletter,
        Concept::Share,
        Concept::Modal,
        Concept::Hidden,
        Concept::Breadcrumb,
    ];
    let concepts = region::block_concepts(region, b);
    b.features.words >= 2 && ev.phrases.is_empty() && !CHROME.iter().any(|c| concepts.contains(*c))
}

/// After a terminating block, what follows is boilerplate unless it is
/// plainly prose (boilerpipe's terminating blocks, kept honest). A block
/// terminates when it matched a terminating phrase, is itself dropped, and
/// is short (boilerpipe's 15 words; a tip-line may be longer) and no
/// caption, unless the article's prose follows right after it (a tip-line
/// between two sections).
fn terminate(
    page: &Page,
    region: &Region,
    evidence: &mut [Evidence],
    survey: &Survey,
    threshold: f32,
) {
    let lang = survey.lang;
    // In text, where the region is a guess, the article has begun at a
    // paragraph that another one follows closely: a lone sentence among
    // menu lines ("Create a reading list by …") has not begun it, and a
    // "Comments" link after it ends nothing. (In HTML the region says
    // where the article is; there this cost 0.001.)
    let Some(first_prose) = article_start(page, lang) else {
        return;
    };
    let terminates = |i: usize| {
        let (b, ev) = (&page.blocks[i], &evidence[i]);
        let tip_line = ev.phrases.iter().any(|p| p.concept == Concept::TipLine);
        ev.terminates(survey.kind.thread)
            && ev.score() >= threshold
            // a hidden element's text (a pricing popup's "contact us at")
            // is not where the reader stops
            && !region::block_concepts(region, b).contains(Concept::Hidden)
            && (b.features.words <= 15 || tip_line)
            && b.kind != BlockKind::Caption
            && !ev.has(Signal::Class(Concept::Caption))
    };
    // clear prose of the article right after it: the article goes on (in
    // HTML, where the region is an element; a text region is a guess)
    let continues = |i: usize| {
        !page.nodes.is_empty()
            && (i + 1..(i + 1 + CONTINUES_WITHIN).min(page.blocks.len())).any(|j| {
                let b = &page.blocks[j];
                region.inside.get(j).copied().unwrap_or(false)
                    && b.is_paragraph(lang)
                    && region::block_concepts(region, b).is_empty()
                    && evidence[j].phrases.is_empty()
            })
    };
    let Some(end) = (first_prose + 1..page.blocks.len()).find(|&i| terminates(i) && !continues(i))
    else {
        return;
    };
    for ev in evidence.iter_mut().skip(end + 1) {
        ev.add(Signal::AfterEnd, AFTER_END);
    }
}

/// The first paragraph of the article (see [`terminate`]).
fn article_start(page: &Page, lang: Option<Lang>) -> Option<usize> {
    let para = |b: &Block| b.is_paragraph(lang);
    let first_para = page.blocks.iter().position(para);
    (0..page.blocks.len())
        .find(|&i| {
            para(&page.blocks[i])
                && (!page.nodes.is_empty()
                    || page.blocks[i + 1..(i + 1 + BEGUN_WITHIN).min(page.blocks.len())]
                        .iter()
                        .any(para))
        })
        .or(first_para)
}

/// In text, once most of the body is in, a short dropped line that invites
/// the reader elsewhere ("Share this article", "Sign up for our
/// newsletter", "Most read", "Tags:", "Privacy policy", "Related") marks
/// the article's end: the author bio, the call to action and the comments
/// that scrapers keep after it have no markup to give them away. Only a
/// line past [`SOFT_END_SHARE`] of the kept words ends the body, so a share
/// bar under the headline ends nothing; a "Read more: <headline>" link
/// inside the body is no end either.
fn soft_end(
    page: &Page,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    lang: Option<Lang>,
    title_block: Option<usize>,
    threshold: f32,
) {
    const INVITATIONS: [&str; 7] = [
        "share",
        "newsletter",
        "most-read",
        "tags",
        "legal-links",
        "related",
        "author-bio",
    ];
    if !page.nodes.is_empty() {
        return;
    }
    let Some(start) = article_start(page, lang) else {
        return;
    };
    let words = |i: usize| kept_words(page, kept, title_block, i);
    let total = body_words(page, kept, title_block);
    // a rail's heading whose teasers the scraper left out, with the
    // article's prose right under it (the seed's "MOST READ IN WORLD NEWS")
    let prose_follows = |i: usize| {
        page.blocks.get(i + 1).is_some_and(|b| {
            kept[i + 1] && b.is_paragraph(lang) && evidence[i + 1].phrases.is_empty()
        })
    };
    let mut so_far: usize = (0..=start).map(words).sum();
    let end = (start + 1..page.blocks.len()).find(|&i| {
        so_far += words(i);
        let (b, ev) = (&page.blocks[i], &evidence[i]);
        let invites = ev.phrases.iter().filter(|p| INVITATIONS.contains(&p.name));
        let only_related = invites.clone().all(|p| p.name == "related");
        let text = b.text.trim_end();
        !kept[i]
            && invites.count() > 0
            && b.features.words <= if only_related { 6 } else { 15 }
            && !text[..text.char_indices().last().map_or(0, |(at, _)| at)].contains(':')
            && so_far as f32 >= SOFT_END_SHARE * total as f32
            && !prose_follows(i)
    });
    let Some(end) = end else {
        return;
    };
    end_body(evidence, kept, end + 1, threshold);
}

/// In text, a run of headline-like lines once the body is nearly all in
/// ("More from the site": six or more Title Case teasers without a full
/// stop) is a rail of links that lost its markup: it and what follows go.
fn teaser_rail(
    page: &Page,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    lang: Option<Lang>,
    title_block: Option<usize>,
    threshold: f32,
) {
    if !page.nodes.is_empty() {
        return;
    }
    let teaser = |b: &Block| {
        let f = &b.features;
        let text = b.text.trim_end();
        (3..=16).contains(&f.words)
            && !b.is_prose(lang)
            && !text.ends_with(['.', ';'])
            && f.capitalized_share() >= 0.5
    };
    let words = |k: &[bool], i: usize| kept_words(page, k, title_block, i);
    let n = page.blocks.len();
    let total = body_words(page, kept, title_block);
    let mut so_far = 0;
    let mut i = 0;
    while i < n {
        if so_far as f32 >= RAIL_AFTER_SHARE * total as f32 && teaser(&page.blocks[i]) {
            let end = (i..n).find(|&j| !teaser(&page.blocks[j])).unwrap_or(n);
            if end - i >= RAIL_LINES && kept[i..end].iter().any(|&k| k) {
                end_body(evidence, kept, i, threshold);
                return;
            }
            // too short a run: past it at once (no line is scanned twice)
            so_far += (i..end).map(|j| words(kept, j)).sum::<usize>();
            i = end;
            continue;
        }
        so_far += words(kept, i);
        i += 1;
    }
}

/// In text, the first comment once half the body is in ("Jane March 3,
/// 2025 at 4:12 pm Loved this recipe…", or a paragraph that ends with its
/// "Reply" button): the comments lost their markup, and they and what
/// follows go.
fn comment_tail(
    page: &Page,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    title_block: Option<usize>,
    threshold: f32,
) {
    if !page.nodes.is_empty() {
        return;
    }
    // the first comment-shaped block decides: in a thread, posts start
    // near the top and are the content
    let Some(first) =
        (0..page.blocks.len()).find(|&i| kept[i] && reads_as_comment(&page.blocks[i]))
    else {
        return;
    };
    let words = |i: usize| kept_words(page, kept, title_block, i);
    let total = body_words(page, kept, title_block);
    let before: usize = (0..first).map(words).sum();
    // "On 3/5/2024 at 7:29 PM, Dave said:" quotes a post: a thread
    let head = opening(&page.blocks[first].text, 12);
    let quotes = head.contains(" said:") || head.contains(" wrote:");
    if before as f32 >= COMMENTS_AFTER_SHARE * total as f32 && !quotes {
        end_body(evidence, kept, first, threshold);
    }
}

/// The first `n` words of a text, joined by single spaces.
fn opening(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A comment as a scraper leaves it: ten words or more, and a date with a
/// clock time among its first eight words, or a last word "Reply".
fn reads_as_comment(b: &Block) -> bool {
    static CLOCK: Pattern = Pattern::new(r"(?i)\b\d{1,2}:\d\d\s*(?:am|pm)?\b");
    if b.features.words < COMMENT_WORDS {
        return false;
    }
    let text = b.text.trim_end();
    let replies = text.rsplit(char::is_whitespace).next().is_some_and(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case("reply")
    });
    let head = opening(text, 8);
    let stamped = CLOCK.is_match(&head) && crate::date::parse_visible(&head, true).is_some();
    replies || stamped
}

/// Share of the kept words before a comment can end the body.
const COMMENTS_AFTER_SHARE: f32 = 0.5;

/// Words from which a block can read as a comment.
const COMMENT_WORDS: usize = 10;

/// Share of the kept words before a teaser rail can start.
const RAIL_AFTER_SHARE: f32 = 0.8;

/// Headline-like lines in a row that make a rail.
const RAIL_LINES: usize = 6;

/// Share of the kept words before a line that can end the body softly.
const SOFT_END_SHARE: f32 = 0.7;

/// The words of the body as kept so far, the title aside.
fn body_words(page: &Page, kept: &[bool], title_block: Option<usize>) -> usize {
    (0..page.blocks.len())
        .map(|i| kept_words(page, kept, title_block, i))
        .sum()
}

/// The words block `i` adds to the body: none when dropped or the title.
fn kept_words(page: &Page, kept: &[bool], title_block: Option<usize>, i: usize) -> usize {
    if kept[i] && Some(i) != title_block {
        page.blocks[i].features.words
    } else {
        0
    }
}

/// Drops every kept block from `from` on: the body has ended there.
fn end_body(evidence: &mut [Evidence], kept: &mut [bool], from: usize, threshold: f32) {
    for (ev, k) in evidence.iter_mut().zip(kept.iter_mut()).skip(from) {
        if *k {
            let nudge = drop_nudge(ev, threshold, AFTER_END);
            ev.add(Signal::AfterEnd, nudge);
            *k = false;
        }
    }
}

/// The weight a context rule adds to drop a block: enough to bring its
/// score just over the threshold, and at least `floor`.
fn drop_nudge(ev: &Evidence, threshold: f32, floor: f32) -> f32 {
    let target = (threshold / (1.0 - threshold)).ln() + 0.5;
    (target - ev.logit()).max(floor)
}

/// The weight a context rule adds to keep a block: enough to bring its
/// score just under the threshold, so that kept ⇔ score < threshold holds
/// for every block.
fn keep_nudge(ev: &Evidence, threshold: f32) -> f32 {
    let target = (threshold / (1.0 - threshold)).ln() - 0.5;
    (target - ev.logit()).min(0.0)
}

/// A run of short lines in text that reads as a list inside the article
/// (pros and cons, steps, specs) rather than a rail of teaser headlines or
/// a menu: past its first line (a subheading), at most half its lines are
/// headline-like (labels such as "Pros", "Cons"), the others are not in
/// Title Case, and at most half stand again elsewhere in the page (a
/// menu's or a table of contents' entries do).
fn reads_as_list(page: &Page, evidence: &[Evidence], start: usize, end: usize) -> bool {
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
const MAX_LIST_TEXT: usize = 12;

/// Longest run of soft blocks that context can keep (HTML, text).
const MAX_RUN: usize = 40;
const MAX_RUN_TEXT: usize = 2;

/// Blocks after a terminating one within which the article's own prose
/// (in the region, named as nothing else) shows that it goes on.
const CONTINUES_WITHIN: usize = 3;

/// Blocks after a paragraph within which a second one shows that the
/// article has begun.
const BEGUN_WITHIN: usize = 3;

/// Weight of coming after a terminating block: enough to drop prose.
const AFTER_END: f32 = 4.0;

/// The title the survey chose (HTML), or for text a headline-like line
/// just before the body.
fn find_title(
    page: &Page,
    region: &Region,
    evidence: &[Evidence],
    survey: &Survey,
) -> Option<Title> {
    if page.nodes.is_empty() {
        text_title(page, region, evidence)
    } else {
        survey.title.clone()
    }
}

fn text_title(page: &Page, region: &Region, evidence: &[Evidence]) -> Option<Title> {
    let start = region.inside.iter().position(|x| *x).unwrap_or(0);
    let lo = start.saturating_sub(3);
    let hi = (start + 1).min(page.blocks.len());
    let pick = (lo..hi).rev().find(|&i| {
        let b = &page.blocks[i];
        let f = &b.features;
        let open_end = !f.ends_sentence || b.text.ends_with(['?', '!']);
        (4..=25).contains(&f.words)
            && !b.is_prose(None)
            && open_end
            && f.starts_upper
            && f.digit_share < 0.3
            && evidence[i].phrases.is_empty()
    });
    pick.map(|i| Title {
        text: page.blocks[i].text.clone(),
        block: Some(i),
        rule: TitleRule::TextLineBeforeBody,
    })
}
