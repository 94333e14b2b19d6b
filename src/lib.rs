//! pith strips ads and boilerplate from scraped news and keeps the article.
//!
//! The pipeline, one module a stage, each calling only the stages above it
//! (`docs/algorithm.md` states every step):
//!
//! ```text
//! bytes ─ decode ─▶ UTF-8 text            (gzip, BOM, meta charset, chardetng;
//!                                          mojibake repaired)
//!       ─ read   ─▶ Page { blocks, nodes } (HTML tree walk, or text lines)
//!       ─ survey ─▶ language, JSON-LD,     (found once, passed down)
//!                   title (a named rule), page kind
//!       ─ region ─▶ where the prose is     (max-sum subtree / run of lines)
//!       ─ score  ─▶ score + signals        (shape, links, class/id, phrases)
//!       ─ select ─▶ keep / drop            (headings, neighbours, terminators)
//!       ─ meta   ─▶ authors, date, …       (named sources, in order)
//!       ─ write  ─▶ text | markdown | html | json
//! ```
//!
//! The front: [`extract`] or an [`Extractor`] with [`Options`] gives an
//! [`Article`] (its [`ScoredBlock`]s with their [`Reason`]s, its
//! [`Metadata`]); [`Records`] reads a WARC or JSON Lines stream a record at
//! a time; errors are an [`Error`].
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
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod batch;
mod block;
mod date;
mod deadline;
mod decode;
mod error;
mod lexicon;
mod literals;
mod meta;
mod mojibake;
mod options;
mod pattern;
mod read;
mod records;
mod region;
mod rules;
mod score;
mod select;
mod signal;
mod site;
mod survey;
mod url;
mod write;

pub use article::{Article, ScoredBlock};
pub use block::{Block, BlockKind};
pub use error::Error;
pub use lexicon::Concept;
pub use meta::{AuthorSource, DateSource, Metadata};
pub use options::Options;
pub use read::InputKind;
pub use records::{Record, Records};
pub use rules::{Keep, Rules};
pub use signal::{Reason, Signal};
pub use site::{SiteTemplates, TemplateLimits};
pub use survey::title::TitleRule;
pub use write::{Format, Style};

use std::sync::Arc;

use deadline::Deadline;

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
/// state between calls: the same input always gives the same output. Given
/// [`SiteTemplates`], it also weighs what other pages of a page's site show.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
    templates: Option<Arc<SiteTemplates>>,
}

/// A page read and scored, not yet decided: what a batch holds between
/// learning its sites' templates ([`SiteTemplates::learn_page`]) and
/// deciding its pages ([`Extractor::decide`]).
pub struct ReadPage {
    page: block::Page,
    input: InputKind,
    survey: survey::Survey,
    region: region::Region,
    evidence: Vec<score::Evidence>,
    encoding: &'static str,
    truncated: bool,
    site: Option<String>,
}

impl std::fmt::Debug for ReadPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadPage")
            .field("site", &self.site)
            .field("blocks", &self.page.blocks.len())
            .finish_non_exhaustive()
    }
}

impl ReadPage {
    /// The page's site: that of the address it was read with, else of the
    /// address it names (its canonical link, `og:url`, its feed).
    pub fn site(&self) -> Option<&str> {
        self.site.as_deref()
    }

    /// The features a page's kind is judged by, named, and the learned
    /// log-odds that it is an article (HTML only): what `train/` fits.
    #[doc(hidden)]
    pub fn kind_features(&self) -> Option<(Vec<(&'static str, f32)>, f32)> {
        let (x, odds) = self.region.kind.as_ref()?;
        let named = region::kind::FEATURES
            .iter()
            .copied()
            .zip(x.iter().copied());
        Some((named.collect(), *odds))
    }

    /// The page's own address: its canonical link, `og:url`, else its feed
    /// (which names the site).
    fn own_url(&self) -> Option<&str> {
        let hints = &self.page.hints;
        let absolute = |u: &&str| u.contains("://");
        let meta = |k: &str| {
            hints
                .metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        hints
            .canonical
            .as_deref()
            .filter(absolute)
            .or_else(|| meta("og:url").filter(absolute))
            .or_else(|| hints.feed.as_deref().filter(absolute))
    }

    /// Sets the site from `url`, else from the page's own address.
    fn at(mut self, url: Option<&str>) -> ReadPage {
        self.site = url
            .and_then(site::site_of)
            .or_else(|| self.own_url().and_then(site::site_of));
        self
    }

    /// The page's blocks, to learn the site's template from.
    pub(crate) fn blocks(&self) -> &[block::Block] {
        &self.page.blocks
    }
}

impl SiteTemplates {
    /// Counts a page read under its site (see [`ReadPage::site`]); a page
    /// with no site is passed over.
    pub fn learn_page(&mut self, page: &ReadPage) {
        if let Some(site) = page.site() {
            self.learn_blocks(site, page.blocks().iter());
        }
    }
}

impl Extractor {
    /// An extractor with these options.
    pub fn new(options: Options) -> Extractor {
        Extractor {
            options,
            templates: None,
        }
    }

    /// The same extractor, weighing what these templates learned: a block
    /// that other pages of the page's site show is likely boilerplate.
    pub fn with_templates(mut self, templates: impl Into<Arc<SiteTemplates>>) -> Extractor {
        self.templates = Some(templates.into());
        self
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The templates in use, if any.
    pub fn templates(&self) -> Option<&SiteTemplates> {
        self.templates.as_deref()
    }

    /// Extracts the article from raw bytes (gzip and any charset). With
    /// templates, the page's site is the one its canonical address names.
    pub fn extract(&self, input: &[u8]) -> Result<Article, Error> {
        Ok(self.decide(self.read_page(input, None)?, None))
    }

    /// Extracts the article from raw bytes of a page found at `url`: with
    /// templates, the page is weighed against that site's.
    pub fn extract_at(&self, input: &[u8], url: &str) -> Result<Article, Error> {
        Ok(self.decide(self.read_page(input, Some(url))?, None))
    }

    /// Extracts the article from a reader (a file, stdin), reading no more
    /// than the size limit: the rest of a longer input is never read.
    pub fn extract_reader(&self, input: impl std::io::Read) -> Result<Article, Error> {
        let bytes = decode::read_bounded(input, self.options.max_bytes)?;
        self.extract(&bytes)
    }

    /// Extracts the article from text already decoded (a string field of a
    /// JSON record, say): no charset sniffing, but the size limit and the
    /// time limit apply.
    pub fn extract_text(&self, text: &str) -> Result<Article, Error> {
        Ok(self.decide(self.read_text_page(text, None)?, None))
    }

    /// [`Extractor::extract_text`] for a page found at `url`.
    pub fn extract_text_at(&self, text: &str, url: &str) -> Result<Article, Error> {
        Ok(self.decide(self.read_text_page(text, Some(url))?, None))
    }

    /// Extracts the article from text already decoded, whatever its size and
    /// with no time limit.
    pub fn extract_str(&self, text: &str) -> Article {
        match self.read(text, &Deadline::NONE) {
            Ok(p) => self.decide(p.at(None), None),
            // the deadline is the only failure, and there is none
            Err(e) => unreachable!("extraction without a deadline failed: {e}"),
        }
    }

    /// Reads and scores raw bytes (gzip and any charset) of a page found at
    /// `url` (`None`: the address the page names), for
    /// [`SiteTemplates::learn_page`] and [`Extractor::decide`]: a batch
    /// reads each page once.
    pub fn read_page(&self, input: &[u8], url: Option<&str>) -> Result<ReadPage, Error> {
        let deadline = Deadline::start(self.options.timeout);
        let decoded = decode::decode(input, self.options.encoding, self.options.max_bytes)?;
        deadline.check()?;
        let mut p = self.read(&decoded.text, &deadline)?;
        p.encoding = decoded.encoding.name();
        p.truncated |= decoded.truncated;
        Ok(p.at(url))
    }

    /// [`Extractor::read_page`] for text already decoded, within the size
    /// and time limits.
    pub fn read_text_page(&self, text: &str, url: Option<&str>) -> Result<ReadPage, Error> {
        let deadline = Deadline::start(self.options.timeout);
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() <= self.options.max_bytes {
            return Ok(self.read(text, &deadline)?.at(url));
        }
        let mut p = self.read(decode::cut_text(text, self.options.max_bytes), &deadline)?;
        p.truncated = true;
        Ok(p.at(url))
    }

    /// Decides a page read: weighs it against its site's template (in
    /// `templates`, else in this extractor's own), selects the article and
    /// gathers the metadata.
    pub fn decide(&self, page: ReadPage, templates: Option<&SiteTemplates>) -> Article {
        let ReadPage {
            page,
            input,
            survey,
            region,
            mut evidence,
            encoding,
            truncated,
            site,
        } = page;
        let threshold = self.options.threshold;
        if let (Some(t), Some(site)) = (templates.or(self.templates.as_deref()), &site) {
            let thread = survey.kind.thread;
            site::weigh(
                t,
                site,
                &page,
                &mut evidence,
                survey.lang,
                thread,
                threshold,
            );
        }
        let sel = select::select(&page, &region, &mut evidence, &survey, threshold);
        let meta = metadata(input, &page, &survey, &sel);
        let mut blocks: Vec<ScoredBlock> = page
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
        if !blocks.iter().any(|b| b.kept) {
            blocks.extend(described(&meta));
        }
        Article {
            title: sel.title.map(|t| read::without_controls(&t).into_owned()),
            title_rule: sel.title_rule,
            blocks,
            // function words first, then what the page declares, then
            // what the trigrams detect
            language: survey.lang.map(|l| l.code()).or(match meta.language {
                Some(_) => None,
                None => survey.detected,
            }),
            input,
            encoding,
            truncated,
            threshold,
            meta,
        }
    }

    /// The same extractor with other options (a record's own charset).
    pub(crate) fn with_options(&self, options: Options) -> Extractor {
        Extractor {
            options,
            templates: self.templates.clone(),
        }
    }

    /// The stages up to the scores, checking the deadline between them.
    fn read(&self, text: &str, deadline: &Deadline) -> Result<ReadPage, Error> {
        let text = mojibake::repair(text);
        // after the repair, which reads C1 characters as mojibake's traces
        let text = read::without_controls(&text);
        let (page, input) = read::read(&text, self.options.input, self.options.limits, deadline)?;
        deadline.check()?;
        let survey = survey::survey(&page);
        let region = region::find(&page, &survey, self.options.forced_kind);
        deadline.check()?;
        let mut evidence = score::score(&page, &region, survey.lang);
        deadline.check()?;
        self.apply_rules(&page, &region, &mut evidence);
        let truncated = page.cut;
        Ok(ReadPage {
            page,
            input,
            survey,
            region,
            evidence,
            encoding: "UTF-8",
            truncated,
            site: None,
        })
    }

    /// The user's rules and `keep` switches, where there are any.
    fn apply_rules(
        &self,
        page: &block::Page,
        region: &region::Region,
        evidence: &mut [score::Evidence],
    ) {
        let keep = self.options.keep;
        if self.options.rules.is_some() || keep != rules::Keep::default() {
            let none = rules::Rules::default();
            let user = self.options.rules.as_deref().unwrap_or(&none);
            rules::apply(user, keep, page, region, evidence);
        }
    }
}

/// The page's metadata (HTML), with the title the selection chose.
fn metadata(
    input: InputKind,
    page: &block::Page,
    survey: &survey::Survey,
    sel: &select::Selection,
) -> meta::Metadata {
    let mut meta = match input {
        InputKind::Html => {
            let us_dates = survey.lang.is_none_or(|l| l.code() == "en");
            meta::collect(page, &survey.json_ld, sel.title_block, us_dates)
        }
        _ => meta::Metadata::default(),
    };
    meta.title_rule = match (&sel.title, &meta.title) {
        (Some(_), _) => sel.title_rule,
        (None, Some(_)) => Some(TitleRule::Metadata),
        (None, None) => None,
    };
    meta.title = sel.title.clone().or(meta.title);
    // the parser and JSON-LD decode escapes (`&#27;`, `\u001b`) into
    // controls that the raw-page filter could not see
    meta.without_controls();
    meta
}

/// A page whose body a script renders (an empty shell) still describes
/// itself: its declared description is the article then.
fn described(meta: &meta::Metadata) -> Option<ScoredBlock> {
    let d = meta
        .description
        .as_deref()
        .filter(|d| d.split_whitespace().count() >= DESCRIPTION_WORDS)?;
    Some(ScoredBlock {
        block: block::Block::new(d.to_string(), block::BlockKind::Paragraph, "meta"),
        score: 0.0,
        reasons: vec![signal::Reason::new(
            signal::Signal::FallbackDescription,
            0.0,
        )],
        kept: true,
        is_title: false,
    })
}

/// Words a declared description needs to stand in for an empty body: a
/// post's opening, not a site's tagline.
const DESCRIPTION_WORDS: usize = 15;
