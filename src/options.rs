//! Everything that changes how pith extracts, in one struct with defaults.

use std::sync::Arc;

use crate::rules::{Keep, Rules};
use crate::Error;

/// How to read the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Decide from the content: markup is read as HTML, anything else as text.
    #[default]
    Auto,
    /// An HTML page.
    Html,
    /// Plain text a scraper already produced: one block a line.
    Text,
}

/// Extraction settings. `Options::default()` is what the `pith` command uses.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// How to read the input.
    pub input: InputKind,
    /// A charset that overrides what the page declares (but not a BOM).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Inputs (after gzip) longer than this are cut at a tag or line boundary
    /// and flagged as truncated.
    pub max_bytes: usize,
    /// Blocks scoring above this are dropped: lower keeps less (precision),
    /// higher keeps more (recall). In (0, 1).
    pub threshold: f32,
    /// The user's phrases and class names to drop or keep.
    pub rules: Option<Arc<Rules>>,
    /// Block kinds to keep that are dropped by default.
    pub keep: Keep,
    /// Give up on a document after this long (checked between stages);
    /// none by default.
    pub timeout: Option<std::time::Duration>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            input: InputKind::Auto,
            encoding: None,
            max_bytes: 16 << 20,
            threshold: 0.5,
            rules: None,
            keep: Keep::default(),
            timeout: None,
        }
    }
}

impl Options {
    /// Sets the charset override from a WHATWG label such as `windows-1252`.
    pub fn with_encoding_label(mut self, label: &str) -> Result<Self, Error> {
        let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Error::UnknownEncoding {
                label: label.to_string(),
            }
        })?;
        self.encoding = Some(enc);
        Ok(self)
    }

    /// Sets the user's rules.
    pub fn with_rules(mut self, rules: Rules) -> Self {
        self.rules = Some(Arc::new(rules));
        self
    }

    /// Sets the block kinds to keep.
    pub fn with_keep(mut self, keep: Keep) -> Self {
        self.keep = keep;
        self
    }

    /// Sets the time limit per document.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sets the charset override.
    pub fn with_encoding(mut self, encoding: &'static encoding_rs::Encoding) -> Self {
        self.encoding = Some(encoding);
        self
    }

    /// Sets how the input is read.
    pub fn with_input(mut self, input: InputKind) -> Self {
        self.input = input;
        self
    }

    /// Sets the keep/drop threshold (clamped into (0, 1)).
    pub fn with_threshold(mut self, threshold: f32) -> Self {
        self.threshold = threshold.clamp(0.01, 0.99);
        self
    }

    /// Sets the per-document input limit in bytes.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes.max(1024);
        self
    }
}
