//! Tuning without code: the user's own phrases and class/id names to drop
//! or keep (`--rules FILE`), and the `--keep` switches for block kinds the
//! built-in rules drop (comments, captions, tables).
//!
//! A rules file is TOML:
//!
//! ```toml
//! [drop]
//! phrases = ["Sponsored by", "Sign up for The Daily"]   # case-insensitive
//! classes = ["promo-box", "outbrain"]                   # class, id or role tokens
//!
//! [keep]
//! phrases = ["Editor's note"]
//! classes = ["article-body"]
//! ```
//!
//! A rule is decisive: a block it matches is dropped or kept whatever the
//! other signals say (`rule:drop-phrase +10`, `rule:keep-class -10`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use crate::block::{BlockKind, Page};
use crate::error::Error;
use crate::lexicon::Concept;
use crate::region::Region;
use crate::score::Evidence;
use crate::signal::Signal;

/// Weight of a user rule: beyond anything the built-in signals add up to.
const RULE: f32 = 10.0;

/// Block kinds to keep that pith drops by default: `Keep::default()` (none),
/// then the setters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Keep {
    /// Reader comments and their headers.
    pub comments: bool,
    /// Image captions and photo credits.
    pub captions: bool,
    /// Table cells inside the article.
    pub tables: bool,
}

impl Keep {
    /// Keeps reader comments and their headers.
    pub fn with_comments(mut self, keep: bool) -> Keep {
        self.comments = keep;
        self
    }

    /// Keeps image captions and photo credits.
    pub fn with_captions(mut self, keep: bool) -> Keep {
        self.captions = keep;
        self
    }

    /// Keeps table cells inside the article.
    pub fn with_tables(mut self, keep: bool) -> Keep {
        self.tables = keep;
        self
    }
}

/// Phrases and class names to drop or keep, compiled.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    drop_phrases: Option<AhoCorasick>,
    keep_phrases: Option<AhoCorasick>,
    drop_classes: Vec<String>,
    keep_classes: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    drop: Section,
    #[serde(default)]
    keep: Section,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Section {
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    classes: Vec<String>,
}

impl Rules {
    /// Parses a rules file; the error names the line and what is wrong.
    pub fn from_toml(text: &str) -> Result<Rules, Error> {
        let file: File = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            Error::Rules {
                line,
                message: e.message().to_string(),
            }
        })?;
        let matcher = |phrases: &[String]| -> Result<Option<AhoCorasick>, Error> {
            let phrases: Vec<&str> = phrases
                .iter()
                .map(|p| p.trim())
                .filter(|p| !p.is_empty())
                .collect();
            if phrases.is_empty() {
                return Ok(None);
            }
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostFirst)
                .build(phrases)
                .map(Some)
                .map_err(|e| Error::Rules {
                    line: None,
                    message: e.to_string(),
                })
        };
        let tokens = |v: &[String]| -> Vec<String> {
            v.iter()
                .map(|c| c.trim().to_lowercase())
                .filter(|c| !c.is_empty())
                .collect()
        };
        Ok(Rules {
            drop_phrases: matcher(&file.drop.phrases)?,
            keep_phrases: matcher(&file.keep.phrases)?,
            drop_classes: tokens(&file.drop.classes),
            keep_classes: tokens(&file.keep.classes),
        })
    }

    /// Whether there is no rule at all.
    pub fn is_empty(&self) -> bool {
        self.drop_phrases.is_none()
            && self.keep_phrases.is_none()
            && self.drop_classes.is_empty()
            && self.keep_classes.is_empty()
    }
}

/// Adds the user's rules and the `--keep` switches to the evidence.
pub fn apply(rules: &Rules, keep: Keep, page: &Page, region: &Region, evidence: &mut [Evidence]) {
    for (i, (b, ev)) in page.blocks.iter().zip(evidence.iter_mut()).enumerate() {
        if keep.comments {
            let comments = [
                Signal::Class(Concept::Comment),
                Signal::Phrase("comments"),
                Signal::Phrase("comment-header"),
            ];
            release(ev, &comments, Signal::KeepComments);
        }
        if keep.captions {
            let captions = [
                Signal::Class(Concept::Caption),
                Signal::Phrase("photo-credit"),
            ];
            release(ev, &captions, Signal::KeepCaptions);
        }
        if keep.tables
            && b.kind == BlockKind::TableCell
            && region.inside.get(i).copied().unwrap_or(false)
        {
            ev.add(Signal::KeepTables, -3.0);
        }
        if rules.is_empty() {
            continue;
        }
        if rules
            .drop_phrases
            .as_ref()
            .is_some_and(|m| m.is_match(&b.text))
        {
            ev.add(Signal::RuleDropPhrase, RULE);
        }
        if rules
            .keep_phrases
            .as_ref()
            .is_some_and(|m| m.is_match(&b.text))
        {
            ev.add(Signal::RuleKeepPhrase, -RULE);
        }
        if !rules.drop_classes.is_empty() || !rules.keep_classes.is_empty() {
            let has = |wanted: &[String]| {
                page.ancestors(b.node).any(|n| {
                    page.nodes.get(n as usize).is_some_and(|node| {
                        node.attrs
                            .split_whitespace()
                            .any(|t| wanted.iter().any(|w| w == t))
                    })
                })
            };
            if has(&rules.drop_classes) {
                ev.add(Signal::RuleDropClass, RULE);
            }
            if has(&rules.keep_classes) {
                ev.add(Signal::RuleKeepClass, -RULE);
            }
        }
    }
}

/// Takes back the signals of a kind the user keeps; a block that had any
/// is marked by the `keep` signal.
fn release(ev: &mut Evidence, signals: &[Signal], keep: Signal) {
    let before = ev.reasons.len();
    ev.reasons.retain(|r| !signals.contains(&r.signal));
    if ev.reasons.len() < before {
        let groups: Vec<&str> = signals
            .iter()
            .filter_map(|s| match s {
                Signal::Phrase(group) => Some(*group),
                _ => None,
            })
            .collect();
        ev.phrases.retain(|p| !groups.contains(&p.name));
        ev.add(keep, -1.0);
    }
}
