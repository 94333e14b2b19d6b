//! A document's time limit, checked by the stages as they go: between
//! stages, and inside the parse and the tree walk, the two steps whose time
//! a hostile page can stretch.

use std::time::{Duration, Instant};

use crate::error::Error;

/// When a document's time is up.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Deadline(Option<(Instant, Duration)>);

impl Deadline {
    /// A deadline `limit` from now; none without a limit.
    pub(crate) fn start(limit: Option<Duration>) -> Deadline {
        Deadline(limit.map(|l| (Instant::now(), l)))
    }

    /// No time limit.
    pub(crate) const NONE: Deadline = Deadline(None);

    /// `Err(Timeout)` once the time is up.
    pub(crate) fn check(&self) -> Result<(), Error> {
        match self.0 {
            Some((start, limit)) if start.elapsed() > limit => Err(Error::Timeout {
                ms: limit.as_millis() as u64,
            }),
            _ => Ok(()),
        }
    }
}
