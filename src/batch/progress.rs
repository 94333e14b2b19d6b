//! The progress bar of a batch run and the summary at its end.

use std::fmt;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

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

/// A progress bar on stderr (input bytes, pages, MB/s, ETA), drawn only when
/// stderr is a terminal; otherwise every call is a no-op.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    pages: std::sync::atomic::AtomicU64,
}

impl Progress {
    /// A bar over `total` input bytes (unknown for stdin); `show` false or
    /// stderr not a terminal hides it.
    pub fn new(total: Option<u64>, show: bool) -> Progress {
        let bar = (show && std::io::stderr().is_terminal()).then(|| {
            let bar = match total {
                Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            };
            let template = if total.is_some() {
                "{msg} {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}"
            } else {
                "{msg} {bytes} {binary_bytes_per_sec} {elapsed}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            pages: Default::default(),
        }
    }

    /// A progress that never draws.
    pub fn hidden() -> Progress {
        Progress::new(None, false)
    }

    /// One document of `bytes` input bytes is done.
    pub fn done(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            let n = self
                .pages
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                + 1;
            bar.inc(bytes);
            bar.set_message(format!("{n} pages"));
        }
    }

    /// Time since the run started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Prints a line on stderr without tearing the bar.
    pub fn report(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar (before the summary is printed).
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
