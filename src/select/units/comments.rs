//! A thread of reader comments under the article, decided as one.
//!
//! Block by block, a reader's comment reads as prose and stays; as a unit
//! it is plain: a series of stamps (who wrote, and when, to the minute),
//! each with its prose, after the article's body.

use super::super::end::{body_words, drop_from, kept_words, COMMENTS_AFTER_SHARE};
use crate::block::{Block, Page};
use crate::lexicon::Concept;
use crate::pattern::Pattern;
use crate::score::Evidence;
use crate::signal::Signal;
use crate::survey::Survey;

/// A comment thread under the article: three stamps or more in a series
/// (each within [`SERIES_GAP`] blocks of the last), past [`BODY_BEFORE`]
/// words of the body (in text, past half the body), on a page that names its comments somewhere (a
/// comments heading, an element named as comments). The thread starts at
/// its first stamp, or at a comments heading just before it, and the body
/// ends there. Not in a thread, whose posts are its content.
pub(in crate::select) fn comment_thread(
    page: &Page,
    survey: &Survey,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    title_block: Option<usize>,
    threshold: f32,
) {
    if survey.kind.thread {
        return;
    }
    let names_comments = |ev: &Evidence| {
        ev.has(Signal::Class(Concept::Comment))
            || ev.phrases.iter().any(|p| p.concept == Concept::Comment)
    };
    if !evidence.iter().any(names_comments) {
        return;
    }
    let stamps: Vec<usize> = (0..page.blocks.len())
        .filter(|&i| is_stamp(&page.blocks[i]))
        .collect();
    // text has no thread to tell posts from comments: there the thread
    // must follow most of the body, as `comment_tail` asks
    let least = if page.nodes.is_empty() {
        let total = body_words(page, kept, title_block) as f32;
        BODY_BEFORE.max((COMMENTS_AFTER_SHARE * total) as usize)
    } else {
        BODY_BEFORE
    };
    let runs = stamps.chunk_by(|a, b| b - a <= SERIES_GAP);
    for run in runs.filter(|r| r.len() >= SERIES_STAMPS) {
        let start = run[0];
        let before: usize = (0..start)
            .map(|i| kept_words(page, kept, title_block, i))
            .sum();
        if before < least {
            continue;
        }
        let heading =
            (start.saturating_sub(HEADING_WITHIN)..start).find(|&i| names_comments(&evidence[i]));
        let from = heading.unwrap_or(start);
        drop_from(evidence, kept, from, threshold, Signal::CommentThread);
        return;
    }
}

/// Stamps in a series that make a thread.
const SERIES_STAMPS: usize = 3;

/// Most blocks between two stamps of one series (a comment's paragraphs,
/// its reply and share links).
const SERIES_GAP: usize = 12;

/// Words of the body kept before the thread can start: the article came
/// first.
pub(super) const BODY_BEFORE: usize = 50;

/// Blocks before the first stamp within which a comments heading opens the
/// thread.
const HEADING_WITHIN: usize = 3;

/// A comment's stamp: a short line with a clock time and a date, whoever
/// it names ("Posted by: Ellen at September 10, 2012 11:40 AM", "Tim
/// 11.06.12 at 11:06 am", "by reader (1234) writes: on Monday July 23,
/// @08:25PM").
fn is_stamp(b: &Block) -> bool {
    static CLOCK: Pattern = Pattern::new(r"(?i)\b\d{1,2}:\d\d\s*(?:am|pm)?\b");
    static NUMERIC_DATE: Pattern =
        Pattern::new(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b");
    let words = b.features.words;
    if !(STAMP_WORDS.0..=STAMP_WORDS.1).contains(&words) || !CLOCK.is_match(&b.text) {
        return false;
    }
    NUMERIC_DATE.is_match(&b.text)
        || b.text
            .split(|c: char| !c.is_alphabetic() && c != '.')
            .any(|w| w.len() >= 3 && crate::date::month(w).is_some())
}

/// Words a stamp has, fewest and most.
const STAMP_WORDS: (usize, usize) = (2, 20);
