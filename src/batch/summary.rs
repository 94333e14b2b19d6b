//! What a batch run tells as it goes (each document done, each failure)
//! and the summary at its end.

use std::fmt;
use std::time::Duration;

/// Where a batch run reports as it goes: the command draws a progress bar
/// and prints failures on stderr; a library caller may count or log them.
pub trait Progress: Sync {
    /// One document of `bytes` input bytes is done.
    fn done(&self, bytes: u64);
    /// A line for the user: a document that failed, and why.
    fn report(&self, line: &str);
}

/// A progress that keeps nothing and says nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quiet;

impl Progress for Quiet {
    fn done(&self, _bytes: u64) {}
    fn report(&self, _line: &str) {}
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents processed (records in JSON Lines and WARC).
    pub pages: usize,
    /// Documents that failed, each named on stderr or in its output record.
    pub failed: usize,
    /// Documents whose article came out empty.
    pub empty: usize,
    /// Documents cut at `--max-bytes`.
    pub truncated: usize,
    /// WARC records passed over (not a response, or not HTML) and blank
    /// JSON Lines.
    pub skipped: usize,
    /// Input bytes read.
    pub bytes: u64,
}

impl Summary {
    /// Adds another run's counts to this one.
    pub fn add(&mut self, other: &Summary) {
        self.pages += other.pages;
        self.failed += other.failed;
        self.empty += other.empty;
        self.truncated += other.truncated;
        self.skipped += other.skipped;
        self.bytes += other.bytes;
    }

    /// Counts one document's outcome.
    pub fn count(&mut self, outcome: Outcome) {
        self.pages += 1;
        match outcome {
            Outcome::Failed => self.failed += 1,
            Outcome::Done { empty, truncated } => {
                self.empty += usize::from(empty);
                self.truncated += usize::from(truncated);
            }
        }
    }

    /// The summary line with the time taken, e.g.
    /// `1497 pages, 0 failed, 3 empty in 5.1 s (293 pages/s, 81.6 MB/s)`.
    pub fn line(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-6);
        let mut s = self.to_string();
        s.push_str(&format!(
            " in {:.1} s ({:.0} pages/s, {:.1} MB/s)",
            secs,
            self.pages as f64 / secs,
            self.bytes as f64 / secs / 1e6
        ));
        s
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} pages, {} failed, {} empty",
            self.pages, self.failed, self.empty
        )?;
        if self.truncated > 0 {
            write!(f, ", {} truncated", self.truncated)?;
        }
        if self.skipped > 0 {
            write!(f, ", {} records skipped", self.skipped)?;
        }
        Ok(())
    }
}

/// How one document ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Extracted (the article may be empty).
    Done {
        /// No block was kept.
        empty: bool,
        /// The input was cut at the size limit.
        truncated: bool,
    },
    /// Not extracted; the reason went to stderr or into the output record.
    Failed,
}
