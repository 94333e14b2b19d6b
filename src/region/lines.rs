//! The region in plain text: the contiguous run of lines with the largest
//! value, and the numbered entries of a listicle.

use super::{is_navigational, page_value, value, Region, ARTICLE_NAV, NEUTRAL_LINE, PAGE_PROSE};
use crate::block::{Block, Page};
use crate::lexicon::{Concepts, Lang};

pub(super) fn find_in_lines(page: &Page, lang: Option<Lang>) -> Region {
    let numbered = numbered_sequence(page);
    let values: Vec<f64> = page
        .blocks
        .iter()
        .zip(&numbered)
        .map(|(b, &num)| match num {
            true => NUMBERED_LINE * b.features.chars as f64,
            false => value(b, lang, Concepts::EMPTY, ARTICLE_NAV, NEUTRAL_LINE),
        })
        .collect();
    let mut span = best_run(&values);
    let prose: usize = span.map_or(0, |(s, e)| {
        page.blocks[s..=e]
            .iter()
            .filter(|b| b.is_prose(lang))
            .map(|b| b.features.chars)
            .sum()
    });
    // As in HTML: little prose, and many lines that are neither prose nor
    // navigation (items, cards, specs) around it: they are the content.
    let items: usize = page
        .blocks
        .iter()
        .filter(|b| !b.is_prose(lang) && !is_navigational(b))
        .map(|b| b.features.chars)
        .sum();
    if (prose as f64) < PAGE_PROSE && items >= PAGE_ITEMS_TEXT * prose {
        let values: Vec<f64> = page
            .blocks
            .iter()
            .map(|b| page_value(b, lang, Concepts::EMPTY))
            .collect();
        span = best_run(&values).or(span);
    } else {
        // A checklist inside the article (lines that read as clauses
        // without their full stops) counts neither for nor against it.
        let values: Vec<f64> = page
            .blocks
            .iter()
            .zip(values)
            .map(
                |(b, v)| match reads_as_clause(b, lang) && !b.is_prose(lang) {
                    true => 0.0,
                    false => v,
                },
            )
            .collect();
        span = best_run(&values).or(span);
    }
    let mut inside = vec![span.is_none(); page.blocks.len()];
    if let Some((s, e)) = span {
        inside[s..=e].iter_mut().for_each(|x| *x = true);
    }
    Region {
        inside,
        concepts: Vec::new(),
        found: span.is_some(),
        root: None,
        // lines carry no markup to vouch for short items: scored as usual
        page_mode: false,
        kind: None,
        in_card: Vec::new(),
        numbered,
        product: false,
    }
}

/// A line that reads as a clause of prose without its full stop (a
/// checklist's "Visit and book your reception venue"), not as a headline
/// or a label: mostly lower-case words, with function words among them.
pub(super) fn reads_as_clause(b: &Block, lang: Option<Lang>) -> bool {
    let f = &b.features;
    f.words >= CLAUSE_WORDS
        && f.capitalized_share() < 0.3
        && f.stopword_density(lang) >= 0.2
        && b.link_density() < 0.35
}

/// Words from which a line can read as a clause.
pub(super) const CLAUSE_WORDS: usize = 6;

/// Lines that number a sequence: "1. …", "2. …", "3. …", at least
/// [`MIN_NUMBERED`] in a row counting up, other lines between them allowed,
/// each written once in the page.
pub(super) fn numbered_sequence(page: &Page) -> Vec<bool> {
    let number = |t: &str| -> Option<u32> {
        let t = t.trim_start().trim_start_matches('#').trim_start();
        let digits = t.find(|c: char| !c.is_ascii_digit())?;
        let rest = &t[digits..];
        let marked = rest.starts_with(['.', ')', ':']) && rest[1..].starts_with(' ');
        (digits > 0 && digits <= 2 && marked).then(|| t[..digits].parse().ok())?
    };
    // a table of contents numbers the headings that follow it: its entries
    // come twice
    let mut seen: crate::lexicon::FnvMap<&str, u32> = Default::default();
    for b in &page.blocks {
        *seen.entry(b.text.as_str()).or_default() += 1;
    }
    let mut out = vec![false; page.blocks.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut last = 0;
    let flush = |run: &mut Vec<usize>, out: &mut Vec<bool>| {
        if run.len() >= MIN_NUMBERED {
            run.iter().for_each(|&i| out[i] = true);
        }
        run.clear();
    };
    for (i, b) in page.blocks.iter().enumerate() {
        let once = seen.get(b.text.as_str()).is_some_and(|&n| n == 1);
        match number(&b.text).filter(|_| once) {
            Some(n) if n == last + 1 && !run.is_empty() => {
                run.push(i);
                last = n;
            }
            Some(1) => {
                flush(&mut run, &mut out);
                run.push(i);
                last = 1;
            }
            _ => {}
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Entries that make a numbered sequence.
pub(super) const MIN_NUMBERED: usize = 3;

/// What an entry of a numbered sequence is worth to a run of article.
pub(super) const NUMBERED_LINE: f64 = 0.1;

/// Kadane's maximum-sum run of values, if any run is worth anything.
pub(super) fn best_run(values: &[f64]) -> Option<(usize, usize)> {
    let (mut best, mut best_span) = (0.0f64, None);
    let (mut cur, mut start) = (0.0f64, 0usize);
    for (i, v) in values.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += v;
        if cur > best {
            best = cur;
            best_span = Some((start, i));
        }
    }
    best_span
}

/// In text, where no markup tells a list page from an article, item lines
/// must outweigh the prose this many times over.
pub(super) const PAGE_ITEMS_TEXT: usize = 4;
