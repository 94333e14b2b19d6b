//! A rail of dated teasers ("Latest news"), decided as one.
//!
//! A teaser of a rail is a headline like the article's own subheadings; a
//! run of headlines each with its own date is the site's news list, not the
//! article.

use super::super::drop_nudge;
use super::super::end::{kept_words, AFTER_END};
use super::comments::BODY_BEFORE;
use crate::block::{Block, Page};
use crate::pattern::Finder;
use crate::score::Evidence;
use crate::signal::Signal;
use crate::survey::Survey;

/// A rail of dated teasers: [`RAIL_ITEMS`] headlines or more, each with its
/// date or time (in the block, or in the block just before or after it),
/// one after another with at most one short line between two; in HTML
/// most of the headlines are links, in text the rail does not sit between
/// two of the article's paragraphs. It goes, with a heading just before it,
/// when the page keeps more words of its own elsewhere, and at least
/// [`BODY_BEFORE`]; not on a listing (page mode), whose items are its
/// content, nor in a thread.
pub(in crate::select) fn dated_rail(
    page: &Page,
    page_mode: bool,
    survey: &Survey,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    title_block: Option<usize>,
    threshold: f32,
) {
    if page_mode || survey.kind.thread {
        return;
    }
    let n = page.blocks.len();
    let runs = runs(page, items(page));
    let html = !page.nodes.is_empty();
    let mut in_rail = vec![false; n];
    for run in runs.iter().filter(|r| r.len() >= RAIL_ITEMS) {
        let (first, last) = (run[0].0, run[run.len() - 1].1);
        // markup links a rail's headlines to their stories
        let linked = run
            .iter()
            .filter(|(a, b)| (*a..=*b).any(|i| page.blocks[i].link_density() >= 0.5))
            .count();
        if html && linked * 2 < run.len() {
            continue;
        }
        // in text, the article's own prose on both sides: a list of its
        // own (dates of a tour, a timeline); markup tells by the links
        let body = |i: usize| kept[i] && page.blocks[i].features.words >= BODY_PARAGRAPH;
        if !html && (0..first).any(body) && (last + 1..n).any(body) {
            continue;
        }
        let from = first
            .checked_sub(1)
            .filter(|&h| is_rail_heading(&page.blocks[h]))
            .unwrap_or(first);
        in_rail[from..=last].iter_mut().for_each(|x| *x = true);
    }
    let words = |rail: bool| -> usize {
        (0..n)
            .filter(|&i| in_rail[i] == rail)
            .map(|i| kept_words(page, kept, title_block, i))
            .sum()
    };
    let (own, rail) = (words(false), words(true));
    // a page that is mostly its dated list is a listing
    if rail == 0 || own < BODY_BEFORE.max(rail) {
        return;
    }
    for i in 0..n {
        if !in_rail[i] || !kept[i] {
            continue;
        }
        let nudge = drop_nudge(&evidence[i], threshold, AFTER_END);
        evidence[i].add(Signal::DatedRail, nudge);
        kept[i] = false;
    }
}

/// The dated teasers of a page, each as its first and last block.
fn items(page: &Page) -> Vec<(usize, usize)> {
    let n = page.blocks.len();
    let dated: Vec<bool> = page.blocks.iter().map(is_date_line).collect();
    // each block as a headline: not one, one, or one with its date in it
    let heads: Vec<Option<bool>> = page
        .blocks
        .iter()
        .zip(&dated)
        .map(|(b, &d)| if d { None } else { headline(b) })
        .collect();
    let head = |i: usize| heads[i].is_some();
    let mut items = Vec::new();
    let mut i = 0;
    while i < n {
        let paired = i + 1 < n && ((head(i) && dated[i + 1]) || (dated[i] && head(i + 1)));
        let item = if heads[i] == Some(true) {
            Some((i, i))
        } else if paired {
            Some((i, i + 1))
        } else {
            None
        };
        match item {
            Some((a, b)) => {
                items.push((a, b));
                i = b + 1;
            }
            None => i += 1,
        }
    }
    items
}

/// Items one after another, with at most [`RAIL_GAP`] short blocks between
/// two, as runs.
fn runs(page: &Page, items: Vec<(usize, usize)>) -> Vec<Vec<(usize, usize)>> {
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    for item in items {
        match runs.last_mut() {
            Some(run)
                if run.last().is_some_and(|last| {
                    item.0 <= last.1 + 1 + RAIL_GAP
                        && (last.1 + 1..item.0).all(|g| page.blocks[g].features.words <= GAP_WORDS)
                }) =>
            {
                run.push(item)
            }
            _ => runs.push(vec![item]),
        }
    }
    runs
}

/// Words of a paragraph of the article's own.
const BODY_PARAGRAPH: usize = 20;

/// Dated teasers that make a rail.
const RAIL_ITEMS: usize = 3;

/// Most blocks between two items of one rail (a section label, a byline).
const RAIL_GAP: usize = 1;

/// Most words of a block between two items.
const GAP_WORDS: usize = 6;

/// A headline: a line of 3–20 words (a date or time at its end or start
/// aside) that does not end as a sentence or a lead-in, starts with a
/// capital or a digit, and holds no more than one sentence. `Some(true)`
/// when the date is in it.
fn headline(b: &Block) -> Option<bool> {
    let all = b.features.words;
    if all < HEADLINE_WORDS.0 || all > HEADLINE_WORDS.1 + DATE_LINE_WORDS {
        return None;
    }
    let whole = b.text.trim();
    let text = strip_date(whole);
    let dated = text.len() < whole.len();
    let words = if dated {
        text.split_whitespace().count()
    } else {
        all
    };
    let is = (HEADLINE_WORDS.0..=HEADLINE_WORDS.1).contains(&words)
        && !text.ends_with(['.', ';', ':', ','])
        && text.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '‘' | '“')
        })
        && !text.contains(". ");
    is.then_some(dated)
}

/// Words a headline has, fewest and most.
const HEADLINE_WORDS: (usize, usize) = (3, 20);

/// A line that is a date or a time and little more ("11/20/2019 01:14 PM",
/// "Nov. 20, 2019", "2 hours ago", "Updated 10:22 AM EST").
fn is_date_line(b: &Block) -> bool {
    if b.features.words > DATE_LINE_WORDS {
        return false;
    }
    let whole = b.text.trim();
    let rest = strip_date(whole);
    rest.len() < whole.len() && rest.len() <= DATE_LINE_REST
}

/// Most words of a date line, and most bytes beside its date.
const DATE_LINE_WORDS: usize = 6;
const DATE_LINE_REST: usize = 12;

/// The text without a date or time at its end or start.
fn strip_date(text: &str) -> &str {
    // a date or time at an end has a digit within the first or last bytes
    let bytes = text.as_bytes();
    let near = |part: &[u8]| part.iter().any(|c| c.is_ascii_digit());
    let edge = DATE_EDGE.min(bytes.len());
    let (at_start, at_end) = (near(&bytes[..edge]), near(&bytes[bytes.len() - edge..]));
    if !at_start && !at_end {
        return text;
    }
    let find = |p: &Finder| p.for_text(text).and_then(|re| re.find(text));
    if let Some(m) = at_end.then(|| find(&AT_END)).flatten() {
        return text[..m.start].trim_end();
    }
    if let Some(m) = at_start.then(|| find(&AT_START)).flatten() {
        return text[m.end..].trim_start();
    }
    text
}

/// A date or time at the end of a text, and at its start, with what
/// separates it from the rest.
static AT_END: Finder = Finder::new(concat!(r"(?i)[\s|·•–—-]*(?:", date_re!(), r")[\s)]*$"));
static AT_START: Finder = Finder::new(concat!(r"(?i)^[\s(]*(?:", date_re!(), r")[\s|·•–—:-]*"));

/// Bytes at either end of a text within which a date there has a digit
/// ("Sept. 20th, 2019 at 10:22 a.m. EST" at most).
const DATE_EDGE: usize = 40;

/// A date with an optional clock time, a clock time alone, or an age.
macro_rules! date_re {
    () => {
        r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?(?:\s+\d{4})?)(?:\s*(?:,|at|@|-)?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?)?|\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago"
    };
}
use date_re;

/// A rail's heading: a short line that is no sentence.
fn is_rail_heading(b: &Block) -> bool {
    b.features.words <= 5 && !b.text.trim_end().ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_patterns_compile_in_both_forms() {
        for p in [&AT_END, &AT_START] {
            let (plain, full) = p.forms();
            assert!(plain.is_some() && full.is_some());
        }
    }

    #[test]
    fn a_date_or_time_comes_off_either_end() {
        let cases = [
            (
                "Fire crews tackle blaze at the mill 11/20/2019 01:14 PM",
                "Fire crews tackle blaze at the mill",
            ),
            (
                "Nov. 20, 2019 – Council approves bus lanes",
                "Council approves bus lanes",
            ),
            (
                "Storm closes coastal roads | 2 hours ago",
                "Storm closes coastal roads",
            ),
            ("Updated 10:22 a.m. EST", "Updated"),
            ("12 March 2024", ""),
            (
                "Twelve new trees for the market square",
                "Twelve new trees for the market square",
            ),
            (
                "The 2024 budget in 10 charts",
                "The 2024 budget in 10 charts",
            ),
        ];
        for (text, rest) in cases {
            assert_eq!(strip_date(text), rest, "{text}");
        }
    }
}
