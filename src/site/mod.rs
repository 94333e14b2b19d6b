//! What repeats on a site's pages: its template, learned from a batch.
//!
//! A crawl brings many pages of one site, and the site's menus, rails,
//! footers, newsletter boxes and tip lines come back on every one of them.
//! [`SiteTemplates`] counts, for each site, on how many of its pages each
//! block's text occurs (normalised and hashed, never stored as text). In
//! [`weigh`], a block that other pages of its site show too is evidence of
//! boilerplate (`site-template:seen-on-N-pages`), weighed with the other
//! signals and never alone enough to drop a block that the article's own
//! prose surrounds.
//!
//! Memory is bounded: each site keeps at most
//! [`TemplateLimits::blocks_per_site`] texts and all sites together at most
//! [`TemplateLimits::blocks`]; past either, the least-seen go first.

mod file;
mod weigh;

use std::collections::HashMap;

use crate::block::Block;
use crate::error::Error;

pub use weigh::weigh;

/// How much a [`SiteTemplates`] holds at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TemplateLimits {
    /// Block texts kept per site; the least-seen are evicted past it.
    pub blocks_per_site: usize,
    /// Block texts kept over all sites; the sites with the fewest pages
    /// are evicted past it.
    pub blocks: usize,
}

impl Default for TemplateLimits {
    fn default() -> Self {
        // a page holds a few hundred blocks: a site's template and the
        // texts of its last pages fit in 4,096; 2 M entries are ~80 MB
        TemplateLimits {
            blocks_per_site: 4096,
            blocks: 2_000_000,
        }
    }
}

impl TemplateLimits {
    /// Keeps at most `n` block texts per site (at least 64).
    pub fn with_blocks_per_site(mut self, n: usize) -> Result<TemplateLimits, Error> {
        if n < 64 {
            return Err(Error::InvalidOption {
                option: "blocks per site",
                message: format!("must be at least 64, not {n}"),
            });
        }
        self.blocks_per_site = n;
        Ok(self)
    }

    /// Keeps at most `n` block texts over all sites (at least one site's).
    pub fn with_blocks(mut self, n: usize) -> Result<TemplateLimits, Error> {
        if n < self.blocks_per_site {
            return Err(Error::InvalidOption {
                option: "template blocks",
                message: format!("{n} in all cannot hold one site's {}", self.blocks_per_site),
            });
        }
        self.blocks = n;
        Ok(self)
    }
}

/// What each site's pages have in common: per site, the pages learned and
/// on how many of them each block text occurs.
///
/// A batch reads each page once ([`crate::Extractor::read_page`]), learns
/// them all, then decides each against what its site's pages share; a
/// page's own blocks count among the pages that show them. Saved
/// ([`SiteTemplates::save`]), they serve the next run over the same sites
/// ([`crate::Extractor::with_templates`]).
///
/// ```
/// use pith::{Extractor, SiteTemplates};
/// let page = |story: &str| format!(
///     "<html><body><nav>Home News Sport</nav><article><h1>{story}</h1>\
///      <p>{story} was reported on Monday, when officials said that the \
///      matter would be reviewed by a committee before the end of the year.</p>\
///      <p>The Valley Courier has served readers across the whole county.</p>\
///      </article></body></html>");
/// let extractor = Extractor::default();
/// let mut templates = SiteTemplates::new();
/// let mut pages = Vec::new();
/// for story in ["Rain", "Wind", "Snow"] {
///     let read = extractor.read_page(page(story).as_bytes(), Some("https://news.example/"));
///     pages.push(read.unwrap()); // a page that cannot be read is an error
/// }
/// for p in &pages {
///     templates.learn_page(p);
/// }
/// let articles: Vec<_> = pages.into_iter().map(|p| extractor.decide(p, Some(&templates))).collect();
/// assert!(articles[0].text().starts_with("Rain was reported"));
/// assert!(!articles[0].text().contains("Valley Courier"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct SiteTemplates {
    sites: HashMap<String, Site>,
    limits: TemplateLimits,
    /// Block texts held over all sites.
    entries: usize,
    /// Pages learned, to order evictions by age.
    clock: u64,
}

/// One site's counts.
#[derive(Debug, Clone, Default)]
struct Site {
    /// Pages learned.
    pages: u32,
    /// The clock when a page of the site was last learned.
    last: u64,
    /// Hash of a normalised block text → (pages that show it, the clock
    /// when one last did).
    seen: HashMap<u64, (u32, u64)>,
}

impl SiteTemplates {
    /// Empty templates with the default limits.
    pub fn new() -> SiteTemplates {
        SiteTemplates::default()
    }

    /// Empty templates holding at most this much.
    pub fn with_limits(limits: TemplateLimits) -> SiteTemplates {
        SiteTemplates {
            limits,
            ..SiteTemplates::default()
        }
    }

    /// The limits in use.
    pub fn limits(&self) -> TemplateLimits {
        self.limits
    }

    /// Counts a page's blocks under `site`.
    pub(crate) fn learn_blocks<'a>(&mut self, site: &str, blocks: impl Iterator<Item = &'a Block>) {
        self.clock += 1;
        let clock = self.clock;
        let mut hashes: Vec<u64> = blocks.filter_map(|b| fingerprint(&b.text)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        if !self.sites.contains_key(site) {
            self.sites.insert(site.to_string(), Site::default());
        }
        let Some(s) = self.sites.get_mut(site) else {
            return;
        };
        s.pages = s.pages.saturating_add(1);
        s.last = clock;
        let before = s.seen.len();
        for h in hashes {
            let e = s.seen.entry(h).or_insert((0, clock));
            e.0 = e.0.saturating_add(1);
            e.1 = clock;
        }
        if s.seen.len() > self.limits.blocks_per_site {
            s.evict(self.limits.blocks_per_site * 3 / 4);
        }
        self.entries = self.entries - before + s.seen.len();
        self.evict_sites();
    }

    /// Past the overall limit, drops the sites with the fewest pages (the
    /// least recently learned first) until a quarter of it is free.
    fn evict_sites(&mut self) {
        if self.entries <= self.limits.blocks {
            return;
        }
        let mut order: Vec<(u32, u64, String)> = self
            .sites
            .iter()
            .map(|(k, s)| (s.pages, s.last, k.clone()))
            .collect();
        order.sort();
        let target = self.limits.blocks * 3 / 4;
        for (_, _, key) in order {
            if self.entries <= target {
                break;
            }
            if let Some(s) = self.sites.remove(&key) {
                self.entries -= s.seen.len();
            }
        }
    }

    /// Pages learned for the site of `url`.
    pub fn pages(&self, url: &str) -> u32 {
        site_of(url)
            .and_then(|s| self.sites.get(&s))
            .map_or(0, |s| s.pages)
    }

    /// On how many learned pages of the site of `url` this block text
    /// occurs.
    pub fn seen(&self, url: &str, text: &str) -> u32 {
        match (site_of(url), fingerprint(text)) {
            (Some(site), Some(h)) => self.count(&site, h),
            _ => 0,
        }
    }

    /// Sites held.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }

    /// Block texts held over all sites.
    pub fn entries(&self) -> usize {
        self.entries
    }

    pub(crate) fn count(&self, site: &str, hash: u64) -> u32 {
        self.sites
            .get(site)
            .and_then(|s| s.seen.get(&hash))
            .map_or(0, |e| e.0)
    }

    pub(crate) fn site_pages(&self, site: &str) -> u32 {
        self.sites.get(site).map_or(0, |s| s.pages)
    }
}

impl Site {
    /// Keeps the `keep` most-seen texts, the most recently seen among
    /// equals.
    fn evict(&mut self, keep: usize) {
        let mut all: Vec<(u64, (u32, u64))> = self.seen.drain().collect();
        all.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        all.truncate(keep);
        self.seen = all.into_iter().collect();
    }
}

/// The site an address belongs to: its registrable domain by the Public
/// Suffix List (`news.example.co.uk` → `example.co.uk`; each blog of a
/// hosting service is its own site), lower-cased; its host where it has
/// none (an IP address, `localhost`); `None` for an address with no host.
pub fn site_of(url: &str) -> Option<String> {
    use psl::Psl;
    let rest = url.trim().split_once("://").map_or(url.trim(), |(_, r)| r);
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let plausible = host.contains(['.', ':']) || host == "localhost";
    if !plausible || host.contains(|c: char| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let ip = host.contains(':')
        || host
            .split('.')
            .all(|l| l.bytes().all(|b| b.is_ascii_digit()));
    if ip {
        return Some(host);
    }
    let domain = psl::List
        .domain(host.as_bytes())
        .and_then(|d| std::str::from_utf8(d.as_bytes()).ok().map(str::to_string));
    Some(domain.unwrap_or(host))
}

/// A block text's fingerprint: FNV-1a (64 bits) of its words lower-cased,
/// digits read as `0`, joined by single spaces; `None` for a text with no
/// letters or digits. Numbers change from page to page in a template
/// ("34 comments", a date) and the text around them does not.
pub(crate) fn fingerprint(text: &str) -> Option<u64> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    let mut any = false;
    let mut gap = false;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if !c.is_alphanumeric() {
            gap = any;
            continue;
        }
        if gap {
            h = (h ^ u64::from(b' ')).wrapping_mul(PRIME);
            gap = false;
        }
        any = true;
        let c = if c.is_numeric() { '0' } else { c };
        for lc in c.to_lowercase() {
            for b in lc.encode_utf8(&mut buf).bytes() {
                h = (h ^ u64::from(b)).wrapping_mul(PRIME);
            }
        }
    }
    any.then_some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_is_its_registrable_domain() {
        let site = |u: &str| site_of(u);
        assert_eq!(
            site("https://www.News.example.com/a/b?c").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            site("http://user@blog.example.co.uk:8080/").as_deref(),
            Some("example.co.uk")
        );
        assert_eq!(
            site("https://first.blogspot.com/").as_deref(),
            Some("first.blogspot.com")
        );
        assert_eq!(site("//cdn.example.org/x").as_deref(), Some("example.org"));
        assert_eq!(site("http://192.168.0.1/x").as_deref(), Some("192.168.0.1"));
        assert_eq!(
            site("http://[2001:db8::1]:80/").as_deref(),
            Some("2001:db8::1")
        );
        assert_eq!(site_of("/relative/path"), None);
        assert_eq!(site_of(""), None);
    }

    #[test]
    fn fingerprints_ignore_case_punctuation_and_numbers() {
        assert_eq!(fingerprint("34 Comments »"), fingerprint("12 comments"));
        assert_ne!(fingerprint("Comments"), fingerprint("Comment"));
        assert_eq!(fingerprint(" — "), None);
    }

    #[test]
    fn the_least_seen_texts_of_a_site_are_evicted_first() {
        let limits = TemplateLimits::default()
            .with_blocks_per_site(64)
            .and_then(|l| l.with_blocks(64));
        let Ok(limits) = limits else {
            panic!("valid limits refused");
        };
        let mut t = SiteTemplates::with_limits(limits);
        let block = |s: String| Block::new(s, crate::block::BlockKind::Paragraph, "p");
        for page in 0..50 {
            let blocks: Vec<Block> = (0..10)
                .map(|i| block(format!("page {} line {i}", page_word(page))))
                .chain([block("Subscribe to the newsletter".into())])
                .collect();
            t.learn_blocks("a.example", blocks.iter());
        }
        assert!(t.entries() <= 64);
        assert_eq!(
            t.count(
                "a.example",
                fingerprint("Subscribe to the newsletter").unwrap_or(0)
            ),
            50
        );
    }

    #[test]
    fn past_the_overall_limit_the_sites_with_fewest_pages_go() {
        let Ok(limits) = TemplateLimits::default()
            .with_blocks_per_site(64)
            .and_then(|l| l.with_blocks(640))
        else {
            panic!("valid limits refused");
        };
        let mut t = SiteTemplates::with_limits(limits);
        let block = |s: String| Block::new(s, crate::block::BlockKind::Paragraph, "p");
        // one site seen often, then a thousand seen once
        for page in 0..5 {
            let blocks = [
                block("Home News Sport".into()),
                block(format!("story {}", page_word(page))),
            ];
            t.learn_blocks("big.example", blocks.iter());
        }
        for site in 0..1000 {
            let blocks: Vec<Block> = (0..10)
                .map(|i| block(format!("{} {i}", page_word(site))))
                .collect();
            t.learn_blocks(&format!("s{}.example", page_word(site)), blocks.iter());
        }
        assert!(t.entries() <= 640, "{} entries", t.entries());
        assert!(t.sites() < 1000);
        assert_eq!(t.pages("https://big.example/"), 5);
    }

    fn page_word(n: usize) -> String {
        // digits read alike, so pages differ by letters
        (0..3)
            .map(|i| char::from(b'a' + ((n / 26usize.pow(i)) % 26) as u8))
            .collect()
    }
}
