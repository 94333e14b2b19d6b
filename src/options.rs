//! Everything that changes how pith extracts, in one struct with defaults.

use std::sync::Arc;

use crate::error::Error;
use crate::read::{InputKind, Limits};
use crate::rules::{Keep, Rules};

/// The smallest `max_bytes`: a page's head.
pub const MIN_MAX_BYTES: usize = 1024;

/// The range of `max_depth`: a page's frame needs a dozen levels; past a
/// few thousand the tree itself is the attack.
const MIN_DEPTH: usize = 16;
const MAX_DEPTH: usize = 4096;

/// The smallest `max_elements`: a page's head and a few paragraphs.
const MIN_ELEMENTS: usize = 1000;

/// Extraction settings. `Options::default()` is what the `pith` command
/// uses; the setters check what they are given, and the getters read it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// How to read the input.
    pub(crate) input: InputKind,
    /// A charset that overrides what the page declares (but not a BOM).
    pub(crate) encoding: Option<&'static encoding_rs::Encoding>,
    /// Inputs (after gzip) longer than this are cut at a tag or line boundary
    /// and flagged as truncated.
    pub(crate) max_bytes: usize,
    /// Blocks scoring above this are dropped: lower keeps less (precision),
    /// higher keeps more (recall). In (0, 1).
    pub(crate) threshold: f32,
    /// The user's phrases and class names to drop or keep.
    pub(crate) rules: Option<Arc<Rules>>,
    /// Block kinds to keep that are dropped by default.
    pub(crate) keep: Keep,
    /// Give up on a document after this long (checked between stages);
    /// none by default.
    pub(crate) timeout: Option<std::time::Duration>,
    /// How deep and how many elements of a page's markup are read.
    pub(crate) limits: Limits,
    /// For training only: a page of little prose is an article (`true`)
    /// or not, whatever its learned odds.
    pub(crate) forced_kind: Option<bool>,
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
            limits: Limits::default(),
            forced_kind: None,
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

    /// For training (`train/page_kind.py`): decides every page of little
    /// prose as an article (`Some(true)`) or as a page of items
    /// (`Some(false)`), whatever its learned odds.
    #[doc(hidden)]
    pub fn with_forced_kind(mut self, article: Option<bool>) -> Self {
        self.forced_kind = article;
        self
    }

    /// Sets how the input is read.
    pub fn with_input(mut self, input: InputKind) -> Self {
        self.input = input;
        self
    }

    /// Sets the keep/drop threshold: strictly between 0 and 1.
    pub fn with_threshold(mut self, threshold: f32) -> Result<Self, Error> {
        if !(threshold > 0.0 && threshold < 1.0) {
            return Err(Error::InvalidOption {
                option: "threshold",
                message: format!("must be between 0 and 1, got {threshold}"),
            });
        }
        self.threshold = threshold;
        Ok(self)
    }

    /// Sets the per-document input limit in bytes: 1024 at least.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Result<Self, Error> {
        if max_bytes < MIN_MAX_BYTES {
            return Err(Error::InvalidOption {
                option: "max_bytes",
                message: format!("must be {MIN_MAX_BYTES} at least, got {max_bytes}"),
            });
        }
        self.max_bytes = max_bytes;
        Ok(self)
    }

    /// Sets how deeply elements may nest before the deeper ones are read
    /// as part of their parent: 16 to 4096 (512 by default). A deeper tree
    /// costs the parser time out of proportion to the page.
    pub fn with_max_depth(mut self, max_depth: usize) -> Result<Self, Error> {
        if !(MIN_DEPTH..=MAX_DEPTH).contains(&max_depth) {
            return Err(Error::InvalidOption {
                option: "max_depth",
                message: format!("must be {MIN_DEPTH} to {MAX_DEPTH}, got {max_depth}"),
            });
        }
        self.limits.max_depth = max_depth;
        Ok(self)
    }

    /// Sets how many elements of a page are read before the rest is cut
    /// (and the article flagged as truncated): 1000 at least (200,000 by
    /// default).
    pub fn with_max_elements(mut self, max_elements: usize) -> Result<Self, Error> {
        if max_elements < MIN_ELEMENTS {
            return Err(Error::InvalidOption {
                option: "max_elements",
                message: format!("must be {MIN_ELEMENTS} at least, got {max_elements}"),
            });
        }
        self.limits.max_elements = max_elements;
        Ok(self)
    }

    /// How deeply elements may nest.
    pub fn max_depth(&self) -> usize {
        self.limits.max_depth
    }

    /// How many elements of a page are read.
    pub fn max_elements(&self) -> usize {
        self.limits.max_elements
    }

    /// How the input is read.
    pub fn input(&self) -> InputKind {
        self.input
    }

    /// The charset override, if any.
    pub fn encoding(&self) -> Option<&'static encoding_rs::Encoding> {
        self.encoding
    }

    /// The per-document input limit in bytes.
    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// The keep/drop threshold.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// The user's rules, if any.
    pub fn rules(&self) -> Option<&Rules> {
        self.rules.as_deref()
    }

    /// The block kinds kept that are dropped by default.
    pub fn keep(&self) -> Keep {
        self.keep
    }

    /// The time limit per document, if any.
    pub fn timeout(&self) -> Option<std::time::Duration> {
        self.timeout
    }
}
