//! Keep or drop, with neighbour context, and the title.
//!
//! Local scores decide first; then context: a heading survives when what
//! follows it is kept, a short block between two kept ones survives, a
//! terminating block (tip-line, "Comments", "© ...", "Most read") ends the
//! body unless plain prose follows, a list of links amid the body is kept,
//! in text a share or newsletter line past most of the body or a rail of
//! teaser headlines ends it, a block repeated word for word is kept once,
//! and a page with prose never comes out empty.

use crate::block::Page;
use crate::lexicon::{Concept, Lang};
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

mod context;
mod end;
mod units;

use context::{bridge_runs, drop_duplicates, keep_headings, keep_link_lists};
use end::{comment_tail, soft_end, teaser_rail, terminate};
use units::{comment_thread, dated_rail, other_posts};

/// Decides which blocks make the article body.
pub fn select(
    page: &Page,
    region: &Region,
    evidence: &mut [Evidence],
    survey: &Survey,
    threshold: f32,
) -> Selection {
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

    keep_headings(page, evidence, &mut kept, title_block, threshold);
    bridge_runs(page, region, evidence, &mut kept, title_block, threshold);
    keep_link_lists(page, region, evidence, &mut kept, threshold);
    soft_end(page, evidence, &mut kept, lang, title_block, threshold);
    teaser_rail(page, evidence, &mut kept, lang, title_block, threshold);
    comment_tail(page, evidence, &mut kept, title_block, threshold);
    comment_thread(page, survey, evidence, &mut kept, title_block, threshold);
    other_posts(page, survey, evidence, &mut kept, title_block, threshold);
    dated_rail(
        page,
        region.page_mode,
        survey,
        evidence,
        &mut kept,
        title_block,
        threshold,
    );
    drop_duplicates(page, evidence, &mut kept, threshold);

    never_empty(
        page,
        region,
        evidence,
        &mut kept,
        lang,
        &mut title_block,
        threshold,
    );
    Selection {
        kept,
        title,
        title_block,
        title_rule,
    }
}

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

/// The weight a context rule adds to drop a block: enough to bring its
/// score just over the threshold, and at least `floor`.
pub(super) fn drop_nudge(ev: &Evidence, threshold: f32, floor: f32) -> f32 {
    let target = (threshold / (1.0 - threshold)).ln() + 0.5;
    (target - ev.logit()).max(floor)
}

/// The weight a context rule adds to keep a block: enough to bring its
/// score just under the threshold, so that kept ⇔ score < threshold holds
/// for every block.
pub(super) fn keep_nudge(ev: &Evidence, threshold: f32) -> f32 {
    let target = (threshold / (1.0 - threshold)).ln() - 0.5;
    (target - ev.logit()).min(0.0)
}

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

/// A page with prose never comes out empty, nor one without (a listing, a
/// product grid).
fn never_empty(
    page: &Page,
    region: &Region,
    evidence: &mut [Evidence],
    kept: &mut [bool],
    lang: Option<Lang>,
    title_block: &mut Option<usize>,
    threshold: f32,
) {
    // A post whose headline is all it says (a shared link, a question
    // with no more to it): the headline is its text, before any prose
    // elsewhere on the page.
    if let Some(t) = title_block.filter(|_| !kept.iter().any(|k| *k)) {
        let inside = region.inside.get(t).copied().unwrap_or(false);
        if inside && page.blocks.get(t).is_some_and(|b| b.is_prose(lang)) {
            let nudge = keep_nudge(&evidence[t], threshold);
            evidence[t].add(Signal::HeadlineOnly, nudge);
            kept[t] = true;
            *title_block = None;
        }
    }
    // Never an empty article for a page with prose.
    if !kept.iter().any(|k| *k) {
        for (i, b) in page.blocks.iter().enumerate() {
            if b.is_prose(lang) && !evidence[i].strong_phrase() && Some(i) != *title_block {
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
            if relaxed_keep(region, &evidence[i], b) && Some(i) != *title_block {
                let nudge = keep_nudge(&evidence[i], threshold);
                evidence[i].add(Signal::FallbackRelaxed, nudge);
                kept[i] = true;
            }
        }
    }
}
