//! Writers: an [`Article`] → the bytes a user asked for.

mod json;
mod text;

pub use json::{article_json, article_value, explain_json};
pub use text::{article_text, explain_text};

use crate::Article;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Kept blocks separated by a blank line.
    #[default]
    Text,
    /// One JSON object: title, text and every block with its score.
    Json,
}

impl Format {
    /// The file extension of an output in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Json => "json",
        }
    }
}

/// Renders an article; `title` prints the title first (text format).
pub fn render(article: &Article, format: Format, title: bool) -> String {
    match format {
        Format::Text => article_text(article, title),
        Format::Json => article_json(article, None),
    }
}
