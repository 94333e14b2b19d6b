//! The templates file: what a run learned, kept for the next run over the
//! same sites (`--save-templates`, `--templates`).
//!
//! JSON Lines. The first line names the format and its version:
//!
//! ```text
//! {"format":"pith-templates","version":1,"fingerprint":"fnv1a64-words"}
//! {"site":"news.example","pages":12,"blocks":[["9f3c…",12],["04ab…",3]]}
//! ```
//!
//! then one line per site: the pages learned, and each block text's
//! fingerprint (16 hex digits, see [`super::fingerprint`]) with the number
//! of those pages that show it, most-seen first. Texts are never stored.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::{Site, SiteTemplates};
use crate::error::Error;

const FORMAT: &str = "pith-templates";
const VERSION: u32 = 1;
const FINGERPRINT: &str = "fnv1a64-words";

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    fingerprint: String,
}

#[derive(Serialize, Deserialize)]
struct SiteLine {
    site: String,
    pages: u32,
    blocks: Vec<(String, u32)>,
}

impl SiteTemplates {
    /// Writes the templates in the format above, sites in name order.
    pub fn save(&self, mut w: impl Write) -> std::io::Result<()> {
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            fingerprint: FINGERPRINT.into(),
        };
        writeln!(w, "{}", serde_json::to_string(&header)?)?;
        let mut sites: Vec<(&String, &Site)> = self.sites.iter().collect();
        sites.sort_by(|a, b| a.0.cmp(b.0));
        for (name, site) in sites {
            let mut blocks: Vec<(u64, u32)> = site.seen.iter().map(|(h, e)| (*h, e.0)).collect();
            blocks.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let line = SiteLine {
                site: name.clone(),
                pages: site.pages,
                blocks: blocks
                    .into_iter()
                    .map(|(h, n)| (format!("{h:016x}"), n))
                    .collect(),
            };
            writeln!(w, "{}", serde_json::to_string(&line)?)?;
        }
        w.flush()
    }

    /// Reads templates that [`SiteTemplates::save`] wrote, into these
    /// limits (the least-seen past them are dropped as they are read).
    pub fn load(r: impl BufRead, limits: super::TemplateLimits) -> Result<SiteTemplates, Error> {
        let bad = |line: usize, message: String| Error::Templates { line, message };
        let mut t = SiteTemplates::with_limits(limits);
        let mut lines = r.lines();
        let first = lines.next().transpose()?.unwrap_or_default();
        let header: Header = serde_json::from_str(&first)
            .map_err(|e| bad(1, format!("not a pith templates file ({e})")))?;
        if header.format != FORMAT {
            return Err(bad(
                1,
                format!("format is {:?}, not {FORMAT:?}", header.format),
            ));
        }
        if header.version != VERSION || header.fingerprint != FINGERPRINT {
            return Err(bad(
                1,
                format!(
                    "version {} ({}) is not the version this pith reads, {VERSION} ({FINGERPRINT}): learn the templates again",
                    header.version, header.fingerprint
                ),
            ));
        }
        for (i, line) in lines.enumerate() {
            let n = i + 2;
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let s: SiteLine = serde_json::from_str(&line)
                .map_err(|e| bad(n, format!("not a site line ({e})")))?;
            let mut seen = Vec::with_capacity(s.blocks.len());
            for (hex, count) in s.blocks {
                let h = u64::from_str_radix(&hex, 16)
                    .map_err(|_| bad(n, format!("{hex:?} is not a fingerprint")))?;
                seen.push((h, count));
            }
            t.insert(s.site, s.pages, seen);
        }
        Ok(t)
    }

    /// Adds a site read from a file, within the limits.
    fn insert(&mut self, name: String, pages: u32, seen: Vec<(u64, u32)>) {
        self.clock += 1;
        let clock = self.clock;
        let site = self.sites.entry(name).or_default();
        let before = site.seen.len();
        site.pages = site.pages.saturating_add(pages);
        site.last = clock;
        for (h, count) in seen {
            let e = site.seen.entry(h).or_insert((0, clock));
            e.0 = e.0.saturating_add(count);
        }
        if site.seen.len() > self.limits.blocks_per_site {
            site.evict(self.limits.blocks_per_site);
        }
        self.entries = self.entries - before + site.seen.len();
        self.evict_sites();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{Block, BlockKind};
    use crate::site::TemplateLimits;

    fn learned() -> SiteTemplates {
        let mut t = SiteTemplates::new();
        for story in ["one", "two", "three"] {
            let blocks = [
                Block::new("Home | News | Sport".into(), BlockKind::Paragraph, "p"),
                Block::new(format!("The story of {story}."), BlockKind::Paragraph, "p"),
            ];
            t.learn_blocks("news.example", blocks.iter());
        }
        t
    }

    #[test]
    fn a_saved_file_loads_to_the_same_counts() {
        let t = learned();
        let mut file = Vec::new();
        assert!(t.save(&mut file).is_ok());
        let back = SiteTemplates::load(&file[..], TemplateLimits::default());
        let Ok(back) = back else {
            panic!("saved templates did not load: {:?}", back.err());
        };
        let mut again = Vec::new();
        assert!(back.save(&mut again).is_ok());
        assert_eq!(file, again);
        assert_eq!(back.seen("http://news.example/x", "Home News Sport"), 3);
        assert_eq!(back.pages("https://www.news.example/"), 3);
    }

    #[test]
    fn another_format_or_version_is_refused_with_its_line() {
        let cases = [
            ("{\"format\":\"other\",\"version\":1,\"fingerprint\":\"fnv1a64-words\"}\n", "format"),
            ("{\"format\":\"pith-templates\",\"version\":9,\"fingerprint\":\"fnv1a64-words\"}\n", "version 9"),
            ("not json\n", "not a pith templates file"),
            ("{\"format\":\"pith-templates\",\"version\":1,\"fingerprint\":\"fnv1a64-words\"}\n{\"site\":\"a.example\",\"pages\":1,\"blocks\":[[\"xyz\",1]]}\n", "line 2"),
        ];
        for (text, says) in cases {
            match SiteTemplates::load(text.as_bytes(), TemplateLimits::default()) {
                Ok(_) => panic!("{text:?} was read"),
                Err(e) => assert!(e.to_string().contains(says), "{e} does not say {says:?}"),
            }
        }
    }
}
