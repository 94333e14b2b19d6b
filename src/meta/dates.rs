//! The publication date: an ordered list of named sources, the first that
//! gives a date wins, with named corrections where the dateline the reader
//! sees or the URL is surer.

use crate::date;
use crate::pattern::Pattern;
use crate::survey::json_ld::JsonLd;

use super::{header_blocks, Sources};
use crate::block::Page;

/// Where the date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateSource {
    /// The JSON-LD date is written as text ("Jun 24, 2025", a template's):
    /// the dateline by the headline.
    DatelineOverTextDate,
    /// The JSON-LD article's `datePublished` (`dateCreated`, `uploadDate`).
    JsonLd,
    /// A publication-date meta tag (`article:published_time`, …).
    MetaTag,
    /// A site's own meta key for it (`w-published-date`, `release_date`).
    SiteMetaKey,
    /// A `<time>` element, the one marked as the publication's first.
    TimeElement,
    /// A date from the markup yields to the dateline by the headline when
    /// that is earlier, or when the markup gives the shown day too.
    EarlierDateline,
    /// The dateline by the headline.
    Dateline,
    /// A dateline under the post ("Posted on May 4, 2025").
    LateDateline,
    /// The day in the URL, the day the page was filed.
    Url,
    /// Only a modification date is known.
    Modified,
}

impl DateSource {
    /// Every source and correction, in the order they are tried.
    pub const ALL: [DateSource; 10] = [
        DateSource::DatelineOverTextDate,
        DateSource::JsonLd,
        DateSource::MetaTag,
        DateSource::SiteMetaKey,
        DateSource::TimeElement,
        DateSource::EarlierDateline,
        DateSource::Dateline,
        DateSource::LateDateline,
        DateSource::Url,
        DateSource::Modified,
    ];

    /// The source's name, as JSON shows it.
    pub fn name(self) -> &'static str {
        match self {
            DateSource::DatelineOverTextDate => "dateline-over-text-date",
            DateSource::JsonLd => "json-ld",
            DateSource::MetaTag => "meta-tag",
            DateSource::SiteMetaKey => "site-meta-key",
            DateSource::TimeElement => "time-element",
            DateSource::EarlierDateline => "earlier-dateline",
            DateSource::Dateline => "dateline",
            DateSource::LateDateline => "late-dateline",
            DateSource::Url => "url",
            DateSource::Modified => "modified",
        }
    }
}

impl serde::Serialize for DateSource {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A source of the date.
type SourceFn = fn(&Sources<'_>) -> Option<String>;

/// The sources of the markup, in order of trust.
const MARKUP: [(DateSource, SourceFn); 5] = [
    (DateSource::DatelineOverTextDate, dateline_over_text_date),
    (DateSource::JsonLd, |cx| {
        json_ld_published(cx).and_then(|d| date::parse(&d, cx.us_dates))
    }),
    (DateSource::MetaTag, |cx| {
        PUBLISHED_KEYS
            .iter()
            .find_map(|k| cx.meta(&[k]).and_then(|v| date::parse(&v, cx.us_dates)))
    }),
    (DateSource::SiteMetaKey, |cx| {
        cx.hints
            .metas
            .iter()
            .filter(|(k, _)| is_publication_key(k))
            .find_map(|(_, v)| date::parse(v, cx.us_dates))
    }),
    (DateSource::TimeElement, |cx| {
        let times = &cx.hints.times;
        let marked = times.iter().find(|t| t.1).or(times.first());
        marked.and_then(|t| date::parse(&t.0, cx.us_dates))
    }),
];

/// The sources in the page's text, where the markup gives no date.
const TEXT: [(DateSource, SourceFn); 2] = [
    (DateSource::Dateline, |cx| {
        dateline(cx.page, cx.title_block, cx.us_dates)
    }),
    (DateSource::LateDateline, |cx| {
        late_dateline(cx.page, cx.title_block, cx.us_dates)
    }),
];

/// The first date of these sources, and its source.
fn first(cx: &Sources<'_>, sources: &[(DateSource, SourceFn)]) -> Option<(String, DateSource)> {
    sources
        .iter()
        .find_map(|(source, date)| Some((date(cx)?, *source)))
}

/// The publication date and where it came from; `url` is the page's.
pub(super) fn date(cx: &Sources<'_>, url: Option<&str>) -> (Option<String>, Option<DateSource>) {
    let mut found = first(cx, &MARKUP);
    let from_markup = found
        .as_ref()
        .is_some_and(|(_, s)| *s != DateSource::DatelineOverTextDate);
    if from_markup {
        if let Some(shown) = earlier_dateline(cx, found.as_ref().map(|(d, _)| d.as_str())) {
            found = Some((shown, DateSource::EarlierDateline));
        }
    }
    if found.is_none() {
        found = first(cx, &TEXT);
    }
    // a day in the URL is the day the page was filed: it settles a
    // timestamp that a time zone moved
    if let Some(from_url) = url.and_then(url_date) {
        if found
            .as_ref()
            .is_none_or(|(d, _)| !d.starts_with(&from_url))
        {
            found = Some((from_url, DateSource::Url));
        }
    }
    if found.is_none() {
        found = modified(cx).map(|d| (d, DateSource::Modified));
    }
    match found {
        Some((d, source)) => (Some(d), Some(source)),
        None => (None, None),
    }
}

/// The JSON-LD article's publication date as written.
fn json_ld_published(cx: &Sources<'_>) -> Option<String> {
    let a = cx.article?;
    ["datePublished", "dateCreated", "uploadDate"]
        .iter()
        .find_map(|k| cx.ld.text(a, k))
}

/// "Jun 24, 2025" where a timestamp belongs: a template's text, often the
/// CMS's date; the dateline the reader sees is surer.
fn dateline_over_text_date(cx: &Sources<'_>) -> Option<String> {
    let text_date = json_ld_published(cx)
        .is_some_and(|d| d.split_whitespace().any(|w| date::month(w).is_some()));
    if !text_date {
        return None;
    }
    dateline(cx.page, cx.title_block, cx.us_dates)
}

/// A date the markup declares yields to the dateline by the headline when
/// that is earlier (the markup's is a republication's or a migration's), or
/// when the markup gives the shown day elsewhere too.
fn earlier_dateline(cx: &Sources<'_>, declared: Option<&str>) -> Option<String> {
    let d = declared?;
    let shown = sole_dateline(cx.page, cx.title_block, cx.us_dates)?;
    let day_of = |s: &str| s.get(..10).unwrap_or(s).to_string();
    let (day, shown_day) = (day_of(d), day_of(&shown));
    let confirmed = || {
        publication_dates(cx.ld, cx.hints, cx.us_dates)
            .iter()
            .any(|p| p.starts_with(&shown_day))
    };
    (day != shown_day && (shown_day < day || confirmed())).then_some(shown)
}

/// The modification date: JSON-LD's, else a meta tag's.
fn modified(cx: &Sources<'_>) -> Option<String> {
    let from_ld = cx
        .article
        .and_then(|a| cx.ld.text(a, "dateModified"))
        .and_then(|d| date::parse(&d, cx.us_dates));
    from_ld.or_else(|| {
        MODIFIED_KEYS
            .iter()
            .find_map(|k| cx.meta(&[k]).and_then(|v| date::parse(&v, cx.us_dates)))
    })
}

/// `<meta>` keys that carry the publication date, most specific first.
pub(super) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "published_time",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "date",
    "article:published",
    "datecreated",
    "published",
    "published-date",
    "publish_date",
    "publisheddate",
    "og:publish_date",
    "og:published_time",
    "article:first_published_time",
    "cxenseparse:publishtime",
    "citation_online_date",
    "date-pub",
    "ms.date",
];

/// `<meta>` keys that carry the date of the last update.
pub(super) const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

/// A date in a short block near the headline ("Published on May 4, 2025").
///
/// A post's long first block may open with its date ("May 4, 2025 at 9:12
/// am — Thanks all, …"): its first words are read when a date opens it.
pub(super) fn dateline(page: &Page, title_block: Option<usize>, us_dates: bool) -> Option<String> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| !profile_date(&b.text))
        .find_map(|b| block_date(b, us_dates))
}

/// The date a block opens with, or the only thing it says besides.
pub(super) fn block_date(b: &crate::block::Block, us_dates: bool) -> Option<String> {
    if b.features.words <= 14 {
        return date::parse_visible(&b.text, us_dates);
    }
    let mut head = b.text.split_whitespace().take(DATE_HEAD_WORDS).peekable();
    let opens_with_date = head
        .peek()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || date::month(w).is_some());
    opens_with_date
        .then(|| date::parse_visible(&head.collect::<Vec<_>>().join(" "), us_dates))
        .flatten()
}

/// The dateline by the headline, from 10 blocks before it to 20 after,
/// when it shows one date and no label of an update ("Updated May 4").
pub(super) fn sole_dateline(
    page: &Page,
    title_block: Option<usize>,
    us_dates: bool,
) -> Option<String> {
    let t = title_block?;
    let lo = t.saturating_sub(10);
    let (i, b, d) = header_blocks(page, title_block)
        .iter()
        .enumerate()
        .map(|(k, b)| (lo + k, b))
        .filter(|&(i, b)| i != t && !profile_date(&b.text))
        .find_map(|(i, b)| Some((i, b, block_date(b, us_dates)?)))?;
    let sole = i <= t + 20 && years(&b.text) <= 1 && !UPDATE_LABEL.is_match(&b.text);
    sole.then_some(d)
}

pub(super) static UPDATE_LABEL: Pattern =
    Pattern::new(r"(?i)updated|modified|\b(?:update|revised|edited|as of|last (?:post|reply))\b");

/// How many years (1900–2099) a text names.
pub(super) fn years(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .count()
}

/// Every publication date the markup gives: any JSON-LD object's, the
/// `<meta>` tags', the `<time>` elements'.
pub(super) fn publication_dates(
    ld: &JsonLd,
    h: &crate::block::Hints,
    us_dates: bool,
) -> Vec<String> {
    let from_ld = ld.objects().iter().flat_map(|o| {
        ["datePublished", "dateCreated", "uploadDate"]
            .into_iter()
            .filter_map(|k| ld.text(o, k))
    });
    let from_meta = h
        .metas
        .iter()
        .filter(|(k, _)| PUBLISHED_KEYS.contains(&k.as_str()))
        .map(|(_, v)| v.clone());
    let from_time = h.times.iter().map(|t| t.0.clone());
    from_ld
        .chain(from_meta)
        .chain(from_time)
        .filter_map(|v| date::parse(&v, us_dates))
        .collect()
}

/// A `<meta>` key of a site's own that names a publication date.
pub(super) fn is_publication_key(key: &str) -> bool {
    const SAYS: &[&str] = &[
        "publish",
        "pubdate",
        "pub-date",
        "pub_date",
        "release-date",
        "release_date",
        "releasedate",
        "created",
    ];
    const NOT: &[&str] = &["modif", "updat", "image", "url", "expir"];
    SAYS.iter().any(|s| key.contains(s)) && !NOT.iter().any(|s| key.contains(s))
}

/// Words at the start of a long block where its date may stand.
pub(super) const DATE_HEAD_WORDS: usize = 4;

/// A date that belongs to a person or a business, not to the page
/// ("Joined: Mar 2019", "Member since 2012", "Founded: Dec 11, 2021").
pub(super) fn profile_date(text: &str) -> bool {
    const LABELS: &[&str] = &["joined", "member since", "registered", "founded"];
    let head = &text[..text.len().min(date::floor(text, 80))];
    let lower = head.to_lowercase();
    LABELS.iter().any(|l| lower.contains(l))
}

/// A date alone in a short block anywhere after the headline ("Posted on
/// May 4, 2025" at the foot of a post).
pub(super) fn late_dateline(
    page: &Page,
    title_block: Option<usize>,
    us_dates: bool,
) -> Option<String> {
    page.blocks[title_block.map_or(0, |t| t + 1)..]
        .iter()
        .filter(|b| b.features.words <= LATE_DATELINE_WORDS && !profile_date(&b.text))
        .find_map(|b| date::parse_visible(&b.text, us_dates))
}

/// Words of a block that is a dateline and little else.
pub(super) const LATE_DATELINE_WORDS: usize = 8;

pub(super) static URL_DATE: Pattern =
    Pattern::new(r"/((?:19|20)\d{2})/(\d{1,2}|[A-Za-z]{3,9})/(\d{1,2})(?:/|$)");

/// `/2025/09/04/` or `/2023/october/03/` in a URL.
pub(super) fn url_date(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    let month = match c[2].parse::<u32>() {
        Ok(m) => m,
        Err(_) => date::month(&c[2])?,
    };
    date::parse(&format!("{}-{month:02}-{:0>2}", &c[1], &c[3]), false)
}
