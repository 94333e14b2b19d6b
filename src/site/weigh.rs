//! A site's template as evidence on one page's blocks.

use super::{fingerprint, SiteTemplates};
use crate::block::Page;
use crate::lexicon::Lang;
use crate::score::Evidence;
use crate::signal::Signal;

/// Weight of a block that one other page of the site shows too.
const ONE_OTHER: f32 = 4.5;
/// Added per doubling of the other pages that show it.
const PER_DOUBLING: f32 = 0.5;
/// The most a template adds.
const MOST: f32 = 6.5;
/// Template blocks in a row that end the article (see [`template_end`]).
const END_RUN: usize = 3;
/// Words of the page's own prose before a run of template blocks ends it.
const END_AFTER_WORDS: usize = 100;
/// Weight of a block past that end.
const AFTER_TEMPLATE: f32 = 6.0;
/// How far below the threshold a block the article's prose surrounds is
/// left: the template alone never drops it.
const MARGIN: f32 = 0.25;

/// Adds `site-template:seen-on-N-pages` to the blocks that other learned
/// pages of `site` show too.
///
/// A page learned twice (a copy, or a crawl run again over a saved
/// template) shows its own paragraphs on two pages: the pages that show
/// most of the page's prose (see [`copies`]) are the page's copies, and
/// only pages beyond them count. A block between two paragraphs of the article's own
/// prose (an agency's standard paragraph, a correction) keeps its place
/// below the threshold: the template names it but does not drop it.
pub fn weigh(
    templates: &SiteTemplates,
    site: &str,
    page: &Page,
    evidence: &mut [Evidence],
    lang: Option<Lang>,
    thread: bool,
    threshold: f32,
) {
    if templates.site_pages(site) < 2 {
        return;
    }
    let counts: Vec<u32> = page
        .blocks
        .iter()
        .map(|b| fingerprint(&b.text).map_or(0, |h| templates.count(site, h)))
        .collect();
    let cut = (threshold / (1.0 - threshold)).ln();
    let prose: Vec<bool> = page
        .blocks
        .iter()
        .zip(evidence.iter())
        .map(|(b, ev)| b.is_prose(lang) && ev.logit() < cut)
        .collect();
    let copies = copies(&counts, &prose);
    let template = |i: usize| counts[i] > copies;
    let article = |i: usize| prose[i] && !template(i);
    let words = |i: &usize| page.blocks[*i].features.words > 0;
    // a thread's replies are its content, whatever heads them
    let end = (!thread).then(|| template_end(page, evidence, &counts, copies, &prose));
    if let Some(end) = end.flatten() {
        for (ev, &c) in evidence.iter_mut().zip(&counts).skip(end + 1) {
            if c <= copies {
                ev.add(Signal::AfterTemplate, AFTER_TEMPLATE);
            }
        }
    }
    for i in 0..counts.len() {
        if !template(i) {
            continue;
        }
        let others = (counts[i] - copies) as f32;
        let mut w = (ONE_OTHER + PER_DOUBLING * others.log2()).min(MOST);
        let before = (0..i).rev().find(words);
        let after = (i + 1..counts.len()).find(words);
        if before.is_some_and(article) && after.is_some_and(article) {
            w = w.min((cut - MARGIN - evidence[i].logit()).max(0.0));
        }
        evidence[i].add(Signal::SiteTemplate(counts[i]), w);
    }
}

/// Where the article ends by its site's template: the last block of the
/// first run of [`END_RUN`] template blocks (blocks with words; empty ones
/// between do not break the run) that holds a terminating phrase ("Leave a
/// comment", "Related posts"), once [`END_AFTER_WORDS`] words of the page's
/// own prose have been read. Sites close their articles with the same share
/// bar, tags and comment header page after page, and what follows (reader
/// comments, teasers) is the page's own text but not its article. A run
/// with no such phrase may be the site's own way of laying out an article
/// (a review's "Top pick" and its prices), which goes on after it.
fn template_end(
    page: &Page,
    evidence: &[Evidence],
    counts: &[u32],
    copies: u32,
    prose: &[bool],
) -> Option<usize> {
    let mut words = 0;
    let mut run = 0;
    let mut terminates = false;
    for (i, b) in page.blocks.iter().enumerate() {
        if b.features.words == 0 {
            continue;
        }
        if counts[i] > copies {
            run += 1;
            terminates |= evidence[i].terminates(false);
            if run >= END_RUN && words >= END_AFTER_WORDS && terminates {
                return Some(i);
            }
        } else {
            run = 0;
            terminates = false;
            if prose[i] {
                words += b.features.words;
            }
        }
    }
    None
}

/// On how many learned pages the page's own prose occurs: the lower
/// quartile of its prose blocks' counts, one for a page seen once. A copy
/// shows nearly all its prose again; a short post beside a sidebar of the
/// site's own blurbs (prose that every page shows) is no copy.
fn copies(counts: &[u32], prose: &[bool]) -> u32 {
    let mut c: Vec<u32> = counts
        .iter()
        .zip(prose)
        .filter(|(_, p)| **p)
        .map(|(c, _)| *c)
        .collect();
    if c.is_empty() {
        return 1;
    }
    c.sort_unstable();
    c[(c.len() - 1) / 4].max(1)
}
