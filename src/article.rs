//! The result of an extraction.

use crate::block::Block;
use crate::meta::Metadata;
use crate::read::InputKind;
use crate::signal::Reason;
use crate::survey::title::TitleRule;

/// A block with its score, the reasons behind it, and the decision.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ScoredBlock {
    /// The block as read, with its features.
    pub block: Block,
    /// Boilerplate score in [0, 1]; at or above the threshold means dropped.
    pub score: f32,
    /// The signals that produced the score, in the order found.
    pub reasons: Vec<Reason>,
    /// Whether the block is part of the article body.
    pub kept: bool,
    /// Whether the block is the title (never part of the body).
    pub is_title: bool,
}

/// An extracted article.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Article {
    /// The headline, when one was found.
    pub title: Option<String>,
    /// The rule that chose the title.
    pub title_rule: Option<TitleRule>,
    /// Every block of the page, kept or not, in page order.
    pub blocks: Vec<ScoredBlock>,
    /// The language guessed from function words (ISO 639-1), if any.
    pub language: Option<&'static str>,
    /// How the input was read.
    pub input: InputKind,
    /// The charset the input was decoded from.
    pub encoding: &'static str,
    /// Whether the input was cut at the size limit.
    pub truncated: bool,
    /// The keep/drop threshold the blocks were judged by.
    pub threshold: f32,
    /// Authors, date, URL, site name and the rest, from HTML input.
    pub meta: Metadata,
}

impl Article {
    /// The kept blocks, in page order.
    pub fn kept(&self) -> impl Iterator<Item = &ScoredBlock> {
        self.blocks.iter().filter(|b| b.kept)
    }

    /// The article body: kept blocks separated by a blank line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for b in self.kept() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&b.block.text);
        }
        out
    }
}
