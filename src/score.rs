//! Features → a boilerplate score with its reasons.
//!
//! Every signal is a named weight on the log-odds that a block is
//! boilerplate (positive: boilerplate, negative: article); the score is the
//! logistic of their sum, so a reader of `--explain` can add them up.

use std::collections::HashMap;

use crate::block::{Block, BlockKind, Page};
use crate::lexicon::{phrase_hits, Concept, Lang, PhraseHit, Strength};
use crate::region::{self, Region};
use crate::signal::{Reason, Signal};

/// The evidence gathered for one block.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// The signals, in the order they were found.
    pub reasons: Vec<Reason>,
    /// Phrase groups that matched.
    pub phrases: Vec<PhraseHit>,
}

impl Evidence {
    /// Adds a signal.
    pub fn add(&mut self, signal: Signal, weight: f32) {
        self.reasons.push(Reason::new(signal, weight));
    }

    /// The sum of the weights.
    pub fn logit(&self) -> f32 {
        self.reasons.iter().map(|r| r.weight).sum()
    }

    /// The boilerplate score in [0, 1].
    pub fn score(&self) -> f32 {
        1.0 / (1.0 + (-self.logit()).exp())
    }

    /// Whether this signal is present.
    pub fn has(&self, signal: Signal) -> bool {
        self.reasons.iter().any(|r| r.signal == signal)
    }

    /// Whether any element around the block is named as boilerplate.
    pub fn has_class(&self) -> bool {
        self.reasons
            .iter()
            .any(|r| matches!(r.signal, Signal::Class(_)))
    }

    /// Whether a strong phrase matched.
    pub fn strong_phrase(&self) -> bool {
        self.phrases.iter().any(|p| p.strength == Strength::Strong)
    }

    /// Whether a phrase that ends the article matched. In a thread,
    /// "Reply" and "12 comments" lead to more of the content instead.
    pub fn terminates(&self, thread: bool) -> bool {
        self.phrases
            .iter()
            .any(|p| p.terminates && !(thread && p.concept == Concept::Comment))
    }
}

/// Characters of prose under which a page is not an article.
const LITTLE_PROSE: usize = 1_500;

/// Evidence past which phrase matching is skipped.
const DECISIVE: f32 = 6.0;

/// Weights of the class/id concepts (how sure a name makes us).
fn concept_weight(c: Concept) -> f32 {
    match c {
        // names no article body wears: prose inside them (a footnote, a
        // disclaimer, an author's bio, a dialog, a reader's comment) goes
        // even in the main region, as the labelled pages leave it out
        Concept::Footer | Concept::Legal | Concept::Modal | Concept::Byline | Concept::Comment => {
            CLASS_CAP
        }
        Concept::Share
        | Concept::Popular
        | Concept::Newsletter
        | Concept::Consent
        | Concept::Ad
        | Concept::Pagination
        | Concept::Hidden
        | Concept::Breadcrumb
        | Concept::TipLine => 3.0,
        Concept::Nav | Concept::Caption | Concept::Related | Concept::Sidebar => 2.5,
        // only counted on non-article pages, where reviews are never
        // content: as sure as a strong phrase
        Concept::Review => 5.0,
        Concept::Paywall => 2.0,
        Concept::Promo | Concept::Meta => 1.5,
        Concept::Header => 1.0,
        Concept::Content => 0.0,
    }
}

/// Most evidence the class/id names of one block give (reviews aside).
const CLASS_CAP: f32 = 4.0;

/// An entry of a numbered sequence is a listicle's item.
const NUMBERED: f32 = -1.0;

/// Scores every block of a page.
pub fn score(page: &Page, region: &Region, lang: Option<Lang>) -> Vec<Evidence> {
    let mut seen: HashMap<&str, u32> = HashMap::new();
    for b in &page.blocks {
        if b.features.words <= 12 {
            *seen.entry(b.text.as_str()).or_insert(0) += 1;
        }
    }
    // Pages with little prose (products, listings, forums) keep their
    // short blocks: the region is all the evidence there is.
    let (mut prose_chars, mut region_chars) = (0usize, 0usize);
    for (i, b) in page.blocks.iter().enumerate() {
        if region.inside.get(i).copied().unwrap_or(false) {
            region_chars += b.features.chars;
            if b.is_prose(lang) {
                prose_chars += b.features.chars;
            }
        }
    }
    let little_prose = prose_chars < LITTLE_PROSE && prose_chars * 2 < region_chars;
    // placeholder Latin on a page of no known language besides it is the
    // page's own text (a theme's demo post), not a slot left unfilled
    let filler_is_text = lang.is_none() && page.guess_lang_besides_filler().is_none();
    page.blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let mut ev = Evidence::default();
            let inside = region.inside.get(i).copied().unwrap_or(false);
            // Cards and items of a non-article page are short and linked
            // by nature; a card in a grid of alike ones, all the more.
            let soft = match (region.page_mode && inside, region.in_card.get(i)) {
                (true, Some(true)) => CARD_SOFT,
                (true, _) => 0.5,
                (false, _) => 1.0,
            };
            shape(&mut ev, b, lang, soft);
            if page.nodes.is_empty() && is_menu_dump(b) {
                ev.add(Signal::MenuDump, MENU_DUMP);
            }
            if region.numbered.get(i).copied().unwrap_or(false) {
                ev.add(Signal::Numbered, NUMBERED);
            }
            if seen.get(b.text.as_str()).is_some_and(|&n| n > 1) {
                ev.add(Signal::Repeated, 1.0);
            }
            let in_card = region.page_mode && region.in_card.get(i).copied().unwrap_or(false);
            classes(&mut ev, b, region, in_card, inside);
            if region.found {
                if region.inside.get(i).copied().unwrap_or(false) {
                    ev.add(
                        Signal::RegionMain,
                        match (little_prose, page.nodes.is_empty()) {
                            _ if region.page_mode => -2.5,
                            (true, _) => -2.0,
                            (false, true) => -1.0,
                            // markup vouches for the region more than text can
                            (false, false) => -1.5,
                        },
                    );
                } else {
                    ev.add(Signal::RegionOutside, 2.5);
                }
            }
            // Phrases cannot save a block this sure already; skipping them
            // there halves the scoring time on link-heavy pages.
            if ev.logit() < DECISIVE {
                phrases(&mut ev, b, lang, filler_is_text);
            }
            ev
        })
        .collect()
}

/// A mega-menu flattened into one line of text by a scraper: "Our
/// solutions Our solutions For accounting firms For banks …". The panel's
/// title comes twice in a row (the tab, then the panel's heading) among
/// capitalised labels; prose never stutters so at its start.
fn is_menu_dump(b: &Block) -> bool {
    let f = &b.features;
    if f.words < 20 || f.capitalized_share() < 0.3 {
        return false;
    }
    let head: Vec<&str> = b.text.split_whitespace().take(8).collect();
    (1..=3).any(|n| {
        (0..head.len().saturating_sub(2 * n - 1)).any(|k| {
            head[k].starts_with(char::is_uppercase) && head[k..k + n] == head[k + n..k + 2 * n]
        })
    })
}

/// Enough to outweigh prose and the region: a menu's labels are no article.
const MENU_DUMP: f32 = 5.0;

/// How much of the weight of shortness and links counts for a card.
const CARD_SOFT: f32 = 0.25;

/// `soft` scales the signals of shortness and links.
fn shape(ev: &mut Evidence, b: &Block, lang: Option<Lang>, soft: f32) {
    let f = &b.features;
    let sd = f.stopword_density(lang);
    if f.words == 0 {
        ev.add(Signal::NoWords, 3.0);
        return;
    }
    if b.is_paragraph(lang) {
        ev.add(Signal::Prose, -2.5);
    } else if f.ends_sentence
        // a sentence of eight words or more stays one with a link or two
        // in it ("For details, see the migration guide.")
        && ((f.words >= 5 && b.link_density() < 0.5) || (f.words >= 8 && b.link_density() < 0.7))
    {
        ev.add(Signal::Sentence, -1.0);
    } else if f.words < 8 && !f.ends_sentence && b.kind != BlockKind::Preformatted {
        // code never ends a sentence: a short line of it is no label
        ev.add(Signal::ShortNoSentence, 1.2 * soft);
    }
    if lang.is_some() && f.words >= 8 && sd < 0.1 && b.kind != BlockKind::Preformatted {
        ev.add(Signal::FewStopwords, 1.0);
    }
    let ld = b.link_density();
    if ld >= 0.5 {
        ev.add(Signal::LinkDensity(ld), (2.0 + 4.0 * (ld - 0.5)) * soft);
    } else if ld >= 0.3 {
        ev.add(Signal::LinkDensity(ld), soft);
    }
    if f.words >= 6 && f.capitalized_share() >= 0.6 && b.kind != BlockKind::Heading {
        ev.add(Signal::TitleCase, 1.5 * soft);
    }
    if f.separators >= 2 {
        ev.add(Signal::Separators, 1.0);
    }
    // a URL or an `@` in code is an endpoint or a decorator, not a contact
    if f.has_contact && f.words < 25 && b.kind != BlockKind::Preformatted {
        ev.add(Signal::Contact, 0.7);
    }
    if f.digit_share > 0.3 && f.words < 10 {
        ev.add(Signal::Digits, 0.5);
    }
}

fn classes(ev: &mut Evidence, b: &Block, region: &Region, in_card: bool, inside: bool) {
    let mut concepts = region::block_concepts(region, b);
    if in_card {
        concepts = region::without_item_details(concepts);
    }
    // an API reference sets its examples in a column beside the prose
    // (`ApiSection-Aside`): code in the region is no sidebar
    if inside && b.kind == BlockKind::Preformatted {
        concepts = concepts.without(Concept::Sidebar);
    }
    let mut total = 0.0f32;
    for c in concepts.iter() {
        let w = match c {
            Concept::Review => concept_weight(c),
            _ => concept_weight(c).min(CLASS_CAP - total),
        };
        if w <= 0.0 {
            break;
        }
        total += w;
        ev.add(Signal::Class(c), w);
    }
}

fn phrases(ev: &mut Evidence, b: &Block, lang: Option<Lang>, filler_is_text: bool) {
    let mut hits = phrase_hits(&b.text, b.features.words);
    let prose = b.is_paragraph(lang);
    if prose && filler_is_text {
        hits.retain(|h| h.name != "placeholder");
    }
    for h in &hits {
        let w = match (h.strength, prose) {
            (Strength::Strong, _) => 5.0,
            (Strength::Weak, false) => 2.5,
            (Strength::Weak, true) => 1.0,
        };
        if !ev.has(Signal::Phrase(h.name)) {
            ev.add(Signal::Phrase(h.name), w);
        }
    }
    ev.phrases = hits;
}
