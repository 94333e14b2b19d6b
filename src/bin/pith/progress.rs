//! The progress bar of a batch run: input bytes, pages, MB/s and ETA on
//! stderr, when stderr is a terminal.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pith::batch::Progress;

/// A progress bar on stderr (input bytes, pages, MB/s, ETA), drawn only when
/// stderr is a terminal; otherwise every call is a no-op.
#[derive(Debug)]
pub struct Bar {
    bar: Option<ProgressBar>,
    started: Instant,
    pages: std::sync::atomic::AtomicU64,
}

impl Bar {
    /// A bar over `total` input bytes (unknown for stdin); `show` false or
    /// stderr not a terminal hides it.
    pub fn new(total: Option<u64>, show: bool) -> Bar {
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
        Bar {
            bar,
            started: Instant::now(),
            pages: Default::default(),
        }
    }

    /// Time since the run started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Removes the bar (before the summary is printed).
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    /// One document of `bytes` input bytes is done.
    fn done(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            let n = self
                .pages
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                + 1;
            bar.inc(bytes);
            bar.set_message(format!("{n} pages"));
        }
    }

    /// Prints a line on stderr without tearing the bar.
    fn report(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}
