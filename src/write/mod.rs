//! Writers: an [`Article`] → the bytes a user asked for.

mod html;
mod inline;
mod json;
mod markdown;
mod text;

pub use html::article_html;
#[cfg(feature = "cli")]
pub use json::explain_json;
pub use json::{article_json, article_value};
pub use markdown::article_markdown;
pub use text::{article_text, explain_text};

use crate::article::Article;
use crate::block::Block;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// Kept blocks separated by a blank line.
    #[default]
    Text,
    /// CommonMark with GFM tables.
    Markdown,
    /// Minimal sanitized HTML.
    Html,
    /// One JSON object: metadata, text and every block with its score.
    Json,
}

impl Format {
    /// The file extension of an output in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// How the rendered article looks: `Style::default()`, then set fields.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Style {
    /// Print the title first.
    pub title: bool,
    /// Keep links (Markdown and HTML).
    pub links: bool,
    /// Keep images, with their alt text (Markdown and HTML).
    pub images: bool,
    /// Resolve relative links and images against this URL.
    pub base_url: Option<String>,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            title: false,
            links: true,
            images: false,
            base_url: None,
        }
    }
}

impl Article {
    /// The article in `format`, as `pith --format` writes it.
    pub fn render(&self, format: Format, style: &Style) -> String {
        render(self, format, style)
    }

    /// The article as a JSON value: metadata, text and, with `blocks`,
    /// every block with its score and reasons (`schema/article.schema.json`).
    pub fn to_json(&self, blocks: bool) -> serde_json::Value {
        article_value(self, blocks)
    }

    /// Every block, kept or dropped, with its score and reasons: what
    /// `pith --explain` prints (`color`: with terminal colours).
    pub fn explain(&self, color: bool) -> String {
        explain_text(self, color)
    }
}

impl Style {
    /// Prints the title first.
    pub fn with_title(mut self, title: bool) -> Style {
        self.title = title;
        self
    }

    /// Keeps links in Markdown and HTML (on by default).
    pub fn with_links(mut self, links: bool) -> Style {
        self.links = links;
        self
    }

    /// Keeps images, with their alt text, in Markdown and HTML.
    pub fn with_images(mut self, images: bool) -> Style {
        self.images = images;
        self
    }

    /// Resolves relative links and images against this URL.
    pub fn with_base_url(mut self, base_url: Option<String>) -> Style {
        self.base_url = base_url;
        self
    }
}

/// Renders an article in `format`.
pub fn render(article: &Article, format: Format, style: &Style) -> String {
    match format {
        Format::Text => article_text(article, style.title),
        Format::Markdown => article_markdown(article, style),
        Format::Html => article_html(article, style),
        Format::Json => article_json(article, None),
    }
}

/// The blocks of the body: kept, and not the title.
fn body_blocks(article: &Article) -> impl Iterator<Item = &Block> {
    article
        .blocks
        .iter()
        .filter(|b| b.kept && !b.is_title)
        .map(|b| &b.block)
}

/// When `blocks[i]` is a table cell: the end of the run of blocks from the
/// same table, which the writers render as one table.
fn table_end(blocks: &[&Block], i: usize) -> Option<usize> {
    let b = blocks.get(i)?;
    let (table, _, _) = b
        .structure
        .table
        .filter(|_| b.kind == crate::block::BlockKind::TableCell)?;
    let run = blocks[i..]
        .iter()
        .take_while(|x| x.structure.table.is_some_and(|t| t.0 == table))
        .count();
    Some(i + run)
}
