//! Where the article ends: terminating blocks, and in text a soft end, a
//! rail of teasers or the first comment past the body.

use super::drop_nudge;
use crate::block::{Block, BlockKind, Page};
use crate::lexicon::{Concept, Lang};
use crate::pattern::Pattern;
use crate::region::{self, Region};
use crate::score::Evidence;
use crate::signal::Signal;
use crate::survey::Survey;

/// After a terminating block, what follows is boilerplate unless it is
/// plainly prose (boilerpipe's terminating blocks, kept honest). A block
/// terminates when it matched a terminating phrase, is itself dropped, and
/// is short (boilerpipe's 15 words; a tip-line may be longer) and no
/// caption, unless the article's prose follows right after it (a tip-line
/// between two sections).
pub(super) fn terminate(
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
pub(super) fn article_start(page: &Page, lang: Option<Lang>) -> Option<usize> {
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
pub(super) fn soft_end(
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
pub(super) fn teaser_rail(
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
pub(super) fn comment_tail(
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
pub(super) fn opening(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A comment as a scraper leaves it: ten words or more, and a date with a
/// clock time among its first eight words, or a last word "Reply".
pub(super) fn reads_as_comment(b: &Block) -> bool {
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
pub(super) const COMMENTS_AFTER_SHARE: f32 = 0.5;

/// Words from which a block can read as a comment.
pub(super) const COMMENT_WORDS: usize = 10;

/// Share of the kept words before a teaser rail can start.
pub(super) const RAIL_AFTER_SHARE: f32 = 0.8;

/// Headline-like lines in a row that make a rail.
pub(super) const RAIL_LINES: usize = 6;

/// Share of the kept words before a line that can end the body softly.
pub(super) const SOFT_END_SHARE: f32 = 0.7;

/// The words of the body as kept so far, the title aside.
pub(super) fn body_words(page: &Page, kept: &[bool], title_block: Option<usize>) -> usize {
    (0..page.blocks.len())
        .map(|i| kept_words(page, kept, title_block, i))
        .sum()
}

/// The words block `i` adds to the body: none when dropped or the title.
pub(super) fn kept_words(
    page: &Page,
    kept: &[bool],
    title_block: Option<usize>,
    i: usize,
) -> usize {
    if kept[i] && Some(i) != title_block {
        page.blocks[i].features.words
    } else {
        0
    }
}

/// Drops every kept block from `from` on: the body has ended there.
pub(super) fn end_body(evidence: &mut [Evidence], kept: &mut [bool], from: usize, threshold: f32) {
    drop_from(evidence, kept, from, threshold, Signal::AfterEnd);
}

/// Drops every kept block from `from` on, for `why`.
pub(super) fn drop_from(
    evidence: &mut [Evidence],
    kept: &mut [bool],
    from: usize,
    threshold: f32,
    why: Signal,
) {
    for (ev, k) in evidence.iter_mut().zip(kept.iter_mut()).skip(from) {
        if *k {
            let nudge = drop_nudge(ev, threshold, AFTER_END);
            ev.add(why, nudge);
            *k = false;
        }
    }
}

/// Blocks after a terminating one within which the article's own prose
/// (in the region, named as nothing else) shows that it goes on.
pub(super) const CONTINUES_WITHIN: usize = 3;

/// Blocks after a paragraph within which a second one shows that the
/// article has begun.
pub(super) const BEGUN_WITHIN: usize = 3;

/// Weight of coming after a terminating block: enough to drop prose.
pub(super) const AFTER_END: f32 = 4.0;
