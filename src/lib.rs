//! pith strips ads and boilerplate from scraped news and keeps the article.
//!
//! The pipeline, one module a stage:
//!
//! ```text
//! bytes ─ decode ─▶ UTF-8 text            (gzip, BOM, meta charset, chardetng)
//!       ─ read   ─▶ Page { blocks, nodes } (HTML tree walk, or text lines)
//!       ─ region ─▶ where the prose is     (max-sum subtree / run of lines)
//!       ─ score  ─▶ score + reasons        (shape, links, class/id, phrases)
//!       ─ select ─▶ keep / drop + title    (headings, neighbours, terminators)
//!       ─ write  ─▶ text | json            (Article)
//! ```
//!
//! ```
//! let html = b"<html><body><nav><a href='/'>Home</a></nav><article>\
//!   <h1>Rain returns</h1><p>Heavy rain is expected across the region on \
//!   Tuesday, the weather service said, after a dry and unusually warm month.</p>\
//!   <p>Advertisement</p></article></body></html>";
//! let article = pith::extract(html).unwrap();
//! assert_eq!(article.title.as_deref(), Some("Rain returns"));
//! assert!(article.text().starts_with("Heavy rain is expected"));
//! assert!(!article.text().contains("Advertisement"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod article;
pub mod batch;
pub mod block;
pub mod decode;
mod error;
pub mod lexicon;
pub mod meta;
mod options;
pub mod read;
pub mod region;
pub mod rules;
pub mod score;
pub mod select;
pub mod write;

pub use article::{Article, ScoredBlock};
pub use error::Error;
pub use options::{InputKind, Options};

/// The threshold of `--mode precision`: drops doubtful blocks.
pub const THRESHOLD_PRECISION: f32 = 0.35;
/// The default threshold.
pub const THRESHOLD_BALANCED: f32 = 0.5;
/// The threshold of `--mode recall`: keeps doubtful blocks.
pub const THRESHOLD_RECALL: f32 = 0.65;

/// Extracts the article from a page with the default options.
pub fn extract(input: &[u8]) -> Result<Article, Error> {
    Extractor::new(Options::default()).extract(input)
}

/// An extractor with fixed options, to reuse across many pages. It holds no
/// state between calls: the same input always gives the same output.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor with these options.
    pub fn new(options: Options) -> Extractor {
        Extractor { options }
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the article from raw bytes (gzip and any charset).
    pub fn extract(&self, input: &[u8]) -> Result<Article, Error> {
        let decoded = decode::decode(input, self.options.encoding, self.options.max_bytes)?;
        let mut article = self.extract_str(&decoded.text);
        article.encoding = decoded.encoding.name();
        article.truncated |= decoded.truncated;
        Ok(article)
    }

    /// Extracts the article from text already decoded (a string field of a
    /// JSON record, say): no charset sniffing, but the size limit applies.
    pub fn extract_text(&self, text: &str) -> Article {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() <= self.options.max_bytes {
            return self.extract_str(text);
        }
        let mut article = self.extract_str(decode::cut_text(text, self.options.max_bytes));
        article.truncated = true;
        article
    }

    /// Extracts the article from text already decoded, whatever its size.
    pub fn extract_str(&self, text: &str) -> Article {
        let (page, input) = read::read(text, self.options.input);
        let cut = page.cut;
        let lang = page.guess_lang();
        let region = region::find(&page, lang);
        let mut evidence = score::score(&page, &region, lang);
        let keep = self.options.keep;
        if self.options.rules.is_some() || keep != rules::Keep::default() {
            let none = rules::Rules::default();
            let user = self.options.rules.as_deref().unwrap_or(&none);
            rules::apply(user, keep, &page, &region, &mut evidence);
        }
        let sel = select::select(&page, &region, &mut evidence, lang, self.options.threshold);
        let mut meta = match input {
            InputKind::Html => meta::collect(
                &page,
                sel.title_block,
                lang.is_none_or(|l| l.code() == "en"),
            ),
            _ => meta::Metadata::default(),
        };
        meta.title = sel.title.clone().or(meta.title);
        let blocks = page
            .blocks
            .into_iter()
            .zip(evidence)
            .enumerate()
            .map(|(i, (block, ev))| ScoredBlock {
                score: ev.score(),
                reasons: ev.reasons,
                kept: sel.kept[i],
                is_title: sel.title_block == Some(i),
                block,
            })
            .collect();
        Article {
            title: sel.title,
            blocks,
            language: lang.map(|l| l.code()),
            input,
            encoding: "UTF-8",
            truncated: cut,
            threshold: self.options.threshold,
            meta,
        }
    }
}
