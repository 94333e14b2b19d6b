//! The errors pith reports at its API edge.

use thiserror::Error;

/// Why an input could not be turned into an article.
///
/// Undecodable bytes are never an error (they become U+FFFD); these are the
/// inputs that cannot be read as a page at all.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// `--encoding` named a label that is not a WHATWG encoding.
    #[error("unknown encoding label {label:?} (try utf-8, windows-1252, shift_jis, gb18030, ...)")]
    UnknownEncoding {
        /// The label as given.
        label: String,
    },
    /// An option was given a value it cannot take.
    #[error("invalid {option}: {message}")]
    InvalidOption {
        /// The option's name.
        option: &'static str,
        /// What is wrong with the value.
        message: String,
    },
    /// The input starts like gzip but does not inflate.
    #[error("gzip input is corrupt or truncated: {0}")]
    Gzip(String),
    /// The input is binary data (an image, a PDF, an archive), not HTML or text.
    #[error("input looks binary, not HTML or text ({0})")]
    Binary(String),
    /// The document took longer than the time limit (`--timeout-ms`).
    #[error("timed out after {ms} ms")]
    Timeout {
        /// The limit.
        ms: u64,
    },
    /// A `--rules` file is not valid.
    #[error("rules file{}: {message}", line.map(|l| format!(", line {l}")).unwrap_or_default())]
    Rules {
        /// The line the problem is on, when known.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// A `--templates` file is not one pith wrote.
    #[error("templates file, line {line}: {message}")]
    Templates {
        /// The line the problem is on.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A record of a crawl stream (WARC, JSON Lines) that cannot be read.
    #[error("{0}")]
    Record(String),
    /// Reading the input failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
