//! The article's metadata: title, authors, date, URL, site name,
//! description, language.
//!
//! Sources in order of trust: JSON-LD (`NewsArticle`, `Article`, … and the
//! `@graph` they sit in), then Open Graph and `<meta>` tags, then `<time>`
//! and `itemprop`/`rel="author"` markup, then the page's own byline and
//! dateline text, then a date in the URL.

use crate::date;

use std::sync::LazyLock;

use crate::pattern::Pattern;
use serde::Serialize;
use serde_json::Value;

use crate::block::{Hints, Page};
use crate::lexicon::Concept;
use crate::survey::json_ld::JsonLd;
use crate::survey::title::TitleRule;

/// What the page says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The rule that chose the headline.
    pub title_rule: Option<TitleRule>,
    /// The authors' names, in the page's order.
    pub authors: Vec<String>,
    /// The publication date, ISO 8601 (a day, or a timestamp with offset).
    pub date: Option<String>,
    /// The page's canonical URL.
    pub url: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// The page's summary of itself.
    pub description: Option<String>,
    /// The page's declared language.
    pub language: Option<String>,
}

impl Metadata {
    /// Drops control characters from every field (see
    /// `read::without_controls`).
    pub(crate) fn without_controls(&mut self) {
        let clean = |s: &mut String| {
            if let std::borrow::Cow::Owned(c) = crate::read::without_controls(s) {
                *s = c;
            }
        };
        for field in [
            &mut self.title,
            &mut self.date,
            &mut self.url,
            &mut self.site_name,
            &mut self.description,
            &mut self.language,
        ]
        .into_iter()
        .flatten()
        {
            clean(field);
        }
        self.authors.iter_mut().for_each(clean);
    }
}

impl Metadata {
    /// The authors as a byline writes them: "A", "A and B", "A, B, C" (a
    /// list of three or more reads as a list, and splits back on commas).
    pub fn byline(&self) -> Option<String> {
        byline(&self.authors)
    }
}

/// Names joined as a byline writes them.
pub(crate) fn byline(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [a] => Some(a.clone()),
        [a, b] => Some(format!("{a} and {b}")),
        all => Some(all.join(", ")),
    }
}

/// Gathers the metadata of a page read from HTML. `us_dates` reads
/// ambiguous numeric dates month first.
pub fn collect(page: &Page, ld: &JsonLd, title_block: Option<usize>, us_dates: bool) -> Metadata {
    let h = &page.hints;
    let mut m = Metadata::default();
    let mut modified = None;
    let mut org_authors = Vec::new();
    let mut ld_text_date = false;
    if let Some(a) = ld.article() {
        m.title = ld.text(a, "headline").or_else(|| ld.text(a, "name"));
        let by = a.get("author").or_else(|| a.get("creator"));
        m.authors = ld_names(ld, by);
        // an organization as author yields to a person named elsewhere
        if ld.all_organizations(by) {
            org_authors = std::mem::take(&mut m.authors);
        }
        let published = ["datePublished", "dateCreated", "uploadDate"]
            .iter()
            .find_map(|k| ld.text(a, k));
        // "Jun 24, 2025" where a timestamp belongs: a template's text,
        // often the CMS's date; the dateline the reader sees is surer
        ld_text_date = published
            .as_deref()
            .is_some_and(|d| d.split_whitespace().any(|w| date::month(w).is_some()));
        m.date = published.and_then(|d| date::parse(&d, us_dates));
        modified = ld
            .text(a, "dateModified")
            .and_then(|d| date::parse(&d, us_dates));
        m.site_name = ld_names(ld, a.get("publisher")).into_iter().next();
        m.description = ld.text(a, "description");
        m.url = ld
            .text(a, "url")
            .or_else(|| ld.id_or_text(a.get("mainEntityOfPage")));
        m.language = ld.text(a, "inLanguage");
    }
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            h.metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        })
    };
    m.title = m.title.or_else(|| meta(&["og:title", "twitter:title"]));
    if m.authors.is_empty() {
        m.authors = meta_authors(h);
    }
    if m.authors.is_empty() {
        m.authors = clean_authors(h.authors.iter().map(String::as_str));
        // many names marked as author are the items' authors (a listing, a
        // thread): the page's own is the first
        if m.authors.len() > MAX_MARKED_AUTHORS {
            m.authors.truncate(1);
        }
    }
    if m.authors.is_empty() {
        m.authors = byline_authors(page, title_block);
    }
    if m.authors.is_empty() {
        m.authors = author_box(page);
    }
    if m.authors.is_empty() {
        m.authors = late_byline(page, title_block);
    }
    if m.authors.is_empty() {
        m.authors = byline_handle(page, title_block).into_iter().collect();
    }
    if m.authors.is_empty() {
        m.authors = org_authors;
    }
    // a thread (two posts or more) is its first poster's
    if m.authors.is_empty() && h.posters.len() >= 2 {
        m.authors = clean_authors(h.posters.iter().take(1).map(String::as_str));
    }

    // the publication named as author yields to a "By X" byline
    let site = m.site_name.clone().or_else(|| meta(&["og:site_name"]));
    if let (Some(site), [only]) = (site, m.authors.as_slice()) {
        if only.eq_ignore_ascii_case(&site) {
            let marked = || {
                Some(byline_authors(page, title_block)).filter(|by| {
                    !by.is_empty()
                        && by
                            .iter()
                            .all(|n| n.split_whitespace().count() >= 2 && !is_chrome(n))
                })
            };
            if let Some(by) = explicit_byline(page, title_block).or_else(marked) {
                m.authors = by;
            }
        }
    }
    // a name the metadata gives but the page never shows (a CMS account)
    // yields to the byline the reader sees
    if !m.authors.is_empty() && !m.authors.iter().any(|a| shown(page, a)) {
        if let Some(by) = explicit_byline(page, title_block) {
            m.authors = by;
        }
    }
    // a thread's starter, however the forum's markup names the posters
    if let Some(starter) = thread_starter(page, title_block) {
        m.authors = vec![starter];
    }
    let mut shown_date = false;
    if ld_text_date {
        if let Some(d) = dateline(page, title_block, us_dates) {
            m.date = Some(d);
            shown_date = true;
        }
    }
    if m.date.is_none() {
        m.date = PUBLISHED_KEYS
            .iter()
            .find_map(|k| meta(&[k]).and_then(|v| date::parse(&v, us_dates)));
    }
    // a site's own key for it ("w-published-date", "release_date")
    if m.date.is_none() {
        m.date = h
            .metas
            .iter()
            .filter(|(k, _)| is_publication_key(k))
            .find_map(|(_, v)| date::parse(v, us_dates));
    }
    modified = modified.or_else(|| {
        MODIFIED_KEYS
            .iter()
            .find_map(|k| meta(&[k]).and_then(|v| date::parse(&v, us_dates)))
    });
    // then the date the reader sees: a marked <time>, else a dateline
    if m.date.is_none() {
        let marked = h.times.iter().find(|t| t.1).or(h.times.first());
        m.date = marked.and_then(|t| date::parse(&t.0, us_dates));
    }
    // a date the markup declares yields to the dateline by the headline
    // when that is earlier (the markup's is a republication's or a
    // migration's), or when the markup gives the shown day elsewhere too
    if !shown_date {
        if let (Some(d), Some(shown)) = (&m.date, sole_dateline(page, title_block, us_dates)) {
            let day_of = |s: &str| s.get(..10).unwrap_or(s).to_string();
            let (day, shown_day) = (day_of(d), day_of(&shown));
            let confirmed = || {
                publication_dates(ld, h, us_dates)
                    .iter()
                    .any(|p| p.starts_with(&shown_day))
            };
            if day != shown_day && (shown_day < day || confirmed()) {
                m.date = Some(shown);
            }
        }
    }
    if m.date.is_none() {
        m.date = dateline(page, title_block, us_dates);
    }
    m.site_name = m
        .site_name
        .or_else(|| meta(&["og:site_name", "application-name"]))
        .or_else(|| ld.website_name());
    m.description = m
        .description
        .or_else(|| meta(&["og:description", "description", "twitter:description"]));
    m.url = m
        .url
        .filter(|u| u.starts_with("http"))
        .or_else(|| h.canonical.clone().filter(|u| u.starts_with("http")))
        .or_else(|| meta(&["og:url"]));
    // "Posted on May 4, 2025" under the post, past the header
    if m.date.is_none() {
        m.date = late_dateline(page, title_block, us_dates);
    }
    // a day in the URL is the day the page was filed: it settles a
    // timestamp that a time zone moved
    if let Some(from_url) = m.url.as_deref().and_then(url_date) {
        if m.date.as_deref().is_none_or(|d| !d.starts_with(&from_url)) {
            m.date = Some(from_url);
        }
    }
    if m.date.is_none() {
        m.date = modified;
    }
    m.language = m.language.or_else(|| page.declared_lang.clone());
    m
}

/// The names a JSON-LD value gives, cleaned as any author's.
fn ld_names(ld: &JsonLd, v: Option<&Value>) -> Vec<String> {
    clean_authors(ld.names(v).iter().map(String::as_str))
}

/// More names marked as author than a byline holds.
const MAX_MARKED_AUTHORS: usize = 4;

/// `<meta>` keys that carry the publication date, most specific first.
const PUBLISHED_KEYS: &[&str] = &[
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
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

fn meta_authors(h: &Hints) -> Vec<String> {
    const KEYS: &[&str] = &[
        "author",
        "article:author",
        "article:author_name",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
        "citation_author",
        "byl",
    ];
    for k in KEYS {
        let vals: Vec<&str> = h
            .metas
            .iter()
            .filter(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .collect();
        let names = clean_authors(vals.into_iter());
        if !names.is_empty() {
            return names;
        }
    }
    // Yoast's reading-time card: twitter:label1 "Written by", twitter:data1
    // the name
    for (key, label) in &h.metas {
        let Some(n) = key.strip_prefix("twitter:label") else {
            continue;
        };
        let label = label.to_lowercase();
        if label == "author" || label.ends_with(" by") {
            let data = format!("twitter:data{n}");
            let vals = h.metas.iter().filter(|(k, v)| {
                *k == data && !GENERIC_HANDLES.contains(&v.to_lowercase().as_str())
            });
            let names = clean_authors(vals.map(|(_, v)| v.as_str()));
            if !names.is_empty() {
                return names;
            }
        }
    }
    Vec::new()
}

/// What comes before a name: "By", "Written by", and an author link's
/// label ("View all posts by", or "View more posts" with no name at all).
static BY: Pattern = Pattern::new(
    r"(?i)^\s*(?:(?:view|see|browse|read|more)\s+(?:(?:all|more|the)\s+)*(?:posts|articles|stories)(?:\s+(?:by|from)\b|$)|(?:written\s+|posted\s+|reviewed\s+)?(?:by|von|par|por|di|door|av|af)\s*[:\-]?\s+)",
);

/// Names as a page writes them: "By Jane Doe" → "Jane Doe"; URLs, handles,
/// e-mail addresses and sentences are not names.
fn clean_authors<'a>(raw: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in raw {
        let r = unescape(r);
        let r = BY.replace(r.trim(), "");
        let r = unglue_date(&r);
        let r = r
            .trim()
            .trim_matches(|c: char| c == ',' || c == '|' || c == '-')
            .trim();
        if r.is_empty()
            || r.contains("://")
            || r.starts_with("www.")
            || r.contains('@')
            || r.split_whitespace().count() > 8
            || r.chars().count() > 80
            // "98 Buck Social" is a name; "262588213843476" is an id
            || !r.chars().next().is_some_and(char::is_alphanumeric)
            || !r.chars().any(char::is_alphabetic)
        {
            continue;
        }
        // "Doe, Jane" (citation style) → "Jane Doe"
        let r = match r.split_once(", ") {
            Some((last, first))
                if !first.contains(',')
                    && last.split_whitespace().count() == 1
                    && (1..=2).contains(&first.split_whitespace().count())
                    && !is_role(first) =>
            {
                format!("{first} {last}")
            }
            _ => r.to_string(),
        };
        if is_label(&r) || is_chrome(&r) {
            continue;
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&r)) {
            out.push(r);
        }
    }
    out
}

/// "Jane DoeDecember 30, 2024" → "Jane Doe": a dateline's month glued to the
/// name before it, where the template set the two in adjacent elements with
/// no space between. Names with inner capitals ("McDonald") stay whole.
fn unglue_date(s: &str) -> &str {
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        if c.is_uppercase() && prev.is_lowercase() {
            let word = s[i..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if word.chars().count() >= 3 && date::month(word).is_some() {
                return &s[..i];
            }
        }
        prev = c;
    }
    s
}

/// "By Jane Doe", "by Jane Doe and John Roe", "Von Max Muster, Eva Beispiel",
/// "Authors: Jane Doe and John Roe"; scrapers often glue the marker to the
/// name ("ByJane Doe").
const BYLINE_NAMES: &str = r"(?:(?i)(?:written|posted)\s+by|this\s+(?:post|article)\s+was\s+written\s+by|by|von|par|por|door|(?:authors?|contributors?)\s*:)\s*:?\s*((?:\p{Lu}[\p{L}'’.\-]*\s?){1,4}(?:(?:,\s*|\s*(?:(?:and|und|et|y)\s|&)\s*)(?:\p{Lu}[\p{L}'’.\-]*\s?){1,4}){0,3})";

/// A byline that starts its block.
static BYLINE: LazyLock<Pattern> = LazyLock::new(|| Pattern::owned(format!("^{BYLINE_NAMES}")));

/// A byline after a dateline in the same block ("May 4, 2025 by Jane Doe").
static BYLINE_INNER: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::owned(format!(r"(?:^|[\s|•·,(])(?-i:{BYLINE_NAMES})")));

/// The blocks where bylines and datelines sit: around the headline, else
/// at the top of the page.
fn header_blocks(page: &Page, title_block: Option<usize>) -> &[crate::block::Block] {
    let n = page.blocks.len();
    let (lo, hi) = match title_block {
        Some(t) => (t.saturating_sub(10), (t + 40).min(n)),
        None => (0, n.min(150)),
    };
    &page.blocks[lo..hi]
}

/// Entities left in metadata that was escaped twice.
fn unescape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .into()
}

/// Words that label a byline rather than name anyone.
fn is_label(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "by",
        "written by",
        "posted by",
        "author",
        "authors",
        "about the author",
        "updated",
        "published",
        "contributor",
        "share",
        "reviewed by",
        "edited by",
        "staff",
    ];
    let l = s.trim().trim_end_matches(':').to_lowercase();
    LABELS.iter().any(|x| l == *x)
}

/// Text that is page furniture rather than a name: a phrase of the
/// boilerplate lexicon ("Learn More", "About Us", share buttons), or a
/// template key left unfilled ("page.head.author").
fn is_chrome(s: &str) -> bool {
    // "page.head.author", not "AccountingDepartment.com"
    let domain = |w: &str| {
        w.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.contains('.') && ["com", "net", "org", "io", "co"].contains(&tld)
        })
    };
    let dotted = s.split_whitespace().any(|w| {
        let mut parts = w.split('.');
        parts.clone().count() > 1
            && !domain(w)
            && parts.all(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 2)
    });
    // form labels and buttons ("End Date*", "Copied!"), unset variables,
    // month names from a dateline
    let marked = s.ends_with(['*', '!', ':']);
    let unset = ["undefined", "null", "none", "nan"].contains(&s.to_lowercase().as_str());
    let month = s.split_whitespace().count() == 1 && date::month(s).is_some();
    dotted
        || marked
        || unset
        || month
        || !crate::lexicon::phrase_hits(s, s.split_whitespace().count()).is_empty()
}

/// What follows a name after a comma without being one: a single word
/// ("Dietitian"), or a degree in capitals ("DVM", "E-RYT 200").
fn is_credential(part: &str) -> bool {
    let first = part.split_whitespace().next().unwrap_or("");
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    part.split_whitespace().count() == 1
        || (letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()))
}

/// Words of a role or degree: "Jane Doe, CEO of X" names one person.
fn is_role(part: &str) -> bool {
    const ROLES: &[&str] = &[
        "ceo",
        "cto",
        "cfo",
        "coo",
        "founder",
        "co-founder",
        "director",
        "editor",
        "writer",
        "reporter",
        "correspondent",
        "contributor",
        "manager",
        "president",
        "md",
        "m.d.",
        "phd",
        "ph.d.",
        "rd",
        "dr.",
        "sr.",
        "jr.",
        "senior",
        "head",
        "lead",
        "chief",
        "professor",
        "author",
        "staff",
        "team",
        "expert",
        "specialist",
        "dietitian",
        "nutritionist",
        "journalist",
        "representative",
    ];
    part.split_whitespace().any(|w| {
        ROLES.contains(
            &w.trim_matches(|c: char| c == ',' || c == '.' && w.len() <= 3)
                .to_lowercase()
                .as_str(),
        )
    })
}

/// Whether a cleaned string reads as a person's or a team's name: one to
/// five words, capitalised, no digits.
fn name_like(s: &str) -> bool {
    // lower-case words a name may hold
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "bin",
        "al", "y", "e",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && s.chars().count() <= 50
        && !s.chars().any(|c| c.is_ascii_digit())
        && words[0].starts_with(char::is_uppercase)
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
        && !words
            .iter()
            .any(|w| w.eq_ignore_ascii_case("vs.") || w.eq_ignore_ascii_case("contents"))
}

/// "By Jane Doe and John Roe | May 4, 2025" near the headline, or a short
/// block the page marks as a byline (class `author`, `byline`).
fn byline_authors(page: &Page, title_block: Option<usize>) -> Vec<String> {
    let blocks = header_blocks(page, title_block);
    for (k, b) in blocks.iter().enumerate() {
        if b.features.words > 20 || in_menu(page, b) {
            continue;
        }
        // "Written by" on its own: the name is the next block
        if is_label(&b.text) {
            let next = blocks.get(k + 1).map_or("", |n| first_part(&n.text));
            if name_like(next) && !is_label(next) {
                return vec![next.to_string()];
            }
            continue;
        }
        let marked = b.inline_concepts.contains(Concept::Byline)
            || b.node
                .and_then(|n| page.nodes.get(n as usize))
                .is_some_and(|n| n.inherited.contains(Concept::Byline));
        let found = may_name_author(&b.text)
            .then(|| BYLINE.captures(&b.text))
            .flatten()
            .or_else(|| {
                if !may_name_author(&b.text) {
                    return None;
                }
                // not a photo credit
                // a date or byline markup beside it: "May 4, 2025 by Jane Doe"
                let dated = marked || date::parse(&b.text, true).is_some();
                BYLINE_INNER.captures(&b.text).filter(|c| {
                    dated && {
                        let before = b.text[..c.get(0).map_or(0, |m| m.start())].to_lowercase();
                        ![
                            "photo",
                            "image",
                            "credit",
                            "illustration",
                            "video",
                            "graphic",
                            "picture",
                        ]
                        .iter()
                        .any(|w| before.ends_with(w) || before.trim_end().ends_with(w))
                    }
                })
            });
        if let Some(c) = found {
            let names = clean_authors(split_names(&c[1]).into_iter());
            if full_names(&names) {
                return names;
            }
        } else if marked {
            let name = BY.replace(first_part(&b.text), "");
            let name = name.trim().trim_end_matches([',', ':']);
            if name_like(name) && !is_label(name) {
                return vec![name.to_string()];
            }
        }
    }
    Vec::new()
}

/// A "By Jane Doe" byline that starts a short block near the headline.
fn explicit_byline(page: &Page, title_block: Option<usize>) -> Option<Vec<String>> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| b.features.words <= 20 && !in_menu(page, b) && may_name_author(&b.text))
        .find_map(|b| {
            let c = BYLINE.captures(&b.text)?;
            let names = clean_authors(split_names(&c[1]).into_iter());
            full_names(&names).then_some(names)
        })
}

/// Whether a name appears in the page's text.
fn shown(page: &Page, name: &str) -> bool {
    if page.blocks.iter().any(|b| b.text.contains(name)) {
        return true;
    }
    let name = name.to_lowercase();
    page.blocks
        .iter()
        .any(|b| b.text.len() >= name.len() && b.text.to_lowercase().contains(&name))
}

static THREAD_STARTER: Pattern = Pattern::new(
    // unbounded repeats, bounded in code: `{1,40}` of a Unicode class
    // compiles to forty copies of it
    r"(?i)(?:^|[\s'(])(?:thread\s+starter|started\s+by|topic\s+author|original\s+poster|asked\s+by)\s*:?\s+(?:u/)?([\w][\w.\-@]+)(\s(?-i:\p{Lu})[\w.\-]+)?",
);

/// "Thread starter jsmith", "Started by jsmith", "Asked by jsmith": the
/// user who opened a forum thread, handles in lower case included.
fn thread_starter(page: &Page, title_block: Option<usize>) -> Option<String> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| b.features.words <= 14)
        .find_map(|b| {
            let c = THREAD_STARTER.captures(&b.text)?;
            // a handle of up to 41 characters, a second name of up to 21
            let handle = c
                .get(1)
                .map(|m| m.as_str())
                .filter(|h| h.chars().count() <= 41)?;
            let second = c
                .get(2)
                .map(|m| m.as_str())
                .filter(|s| s.chars().count() <= 22)
                .unwrap_or("");
            let full = format!("{handle}{second}");
            let name = full
                .split(['»', ',', '|', '•', '·'])
                .next()
                .unwrap_or("")
                .split(" - ")
                .next()
                .unwrap_or("")
                .trim();
            let article = ["the", "a", "an"].contains(&name.to_lowercase().as_str());
            (!name.is_empty() && !article).then(|| name.to_string())
        })
}

/// The names of a byline's list ("Jane Doe, MD and John Roe"), without
/// the roles and credentials that follow a name.
fn split_names(list: &str) -> Vec<&str> {
    list.split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .enumerate()
        .filter(|(i, n)| {
            !n.is_empty() && !is_label(n) && (*i == 0 || !(is_role(n) || is_credential(n)))
        })
        .map(|(_, n)| n)
        .collect()
}

/// A block of a menu: "Shop by Brand" is no byline.
fn in_menu(page: &Page, b: &crate::block::Block) -> bool {
    let node = b.node.and_then(|n| page.nodes.get(n as usize));
    let parent = node
        .and_then(|n| n.parent)
        .and_then(|p| page.nodes.get(p as usize));
    [node, parent]
        .iter()
        .flatten()
        .any(|n| n.own.contains(Concept::Nav))
}

/// A byline's names: one name, or several full names ("By Gender & Age"
/// is a shop's filter, not two authors).
fn full_names(names: &[String]) -> bool {
    match names {
        [] => false,
        [_] => true,
        all => all.iter().all(|n| n.split_whitespace().count() >= 2),
    }
}

/// Anywhere in the page, the least ambiguous forms only: a short block
/// that is "By Jane Doe" / "Written by Jane Doe", or a name alone in an
/// element named for the author (an author box at the article's end).
fn author_box(page: &Page) -> Vec<String> {
    for b in &page.blocks {
        if b.features.words > 8 || b.features.words == 0 || in_menu(page, b) {
            continue;
        }
        if may_name_author(&b.text) {
            if let Some(c) = BYLINE.captures(&b.text) {
                let whole = c
                    .get(0)
                    .is_some_and(|m| m.end() + 1 >= b.text.trim_end().len());
                let names = clean_authors(split_names(&c[1]).into_iter());
                if whole && full_names(&names) && names.iter().all(|n| name_like(n)) {
                    return names;
                }
            }
        }
        let marked = b
            .node
            .and_then(|n| page.nodes.get(n as usize))
            .is_some_and(|n| n.own.contains(Concept::Byline));
        let text = b.text.trim();
        if marked
            && name_like(text)
            && !is_label(text)
            && !is_chrome(text)
            && text.split_whitespace().count() >= 2
        {
            return vec![text.to_string()];
        }
    }
    Vec::new()
}

/// A byline under the post ("Written by Jane Doe, Head of Research"), or
/// a label over the name ("About the author" / "Jane Doe"), or a name over
/// its label ("Jane Doe" / "Author").
fn late_byline(page: &Page, title_block: Option<usize>) -> Vec<String> {
    let blocks = &page.blocks[title_block.map_or(0, |t| t + 1)..];
    for (k, b) in blocks.iter().enumerate() {
        // list items under a post are products, contacts and cards
        let item = b.kind == crate::block::BlockKind::ListItem;
        if b.features.words > 20 || b.features.words == 0 || item || in_menu(page, b) {
            continue;
        }
        let text = b.text.trim();
        if may_name_author(text) {
            if let Some(c) = BYLINE.captures(text) {
                let names = clean_authors(split_names(&c[1]).into_iter());
                if full_names(&names) && names.iter().all(|n| name_like(n) && !n.contains('\n')) {
                    return names;
                }
            }
        }
        let label = text.trim_end_matches(':').to_lowercase();
        let next = blocks.get(k + 1).map_or("", |n| first_part(&n.text));
        if AUTHOR_LABELS.contains(&label.as_str()) && late_name(next) {
            return vec![next.to_string()];
        }
        let labelled = blocks
            .get(k + 1)
            .is_some_and(|n| n.text.trim().eq_ignore_ascii_case("author"));
        if labelled && late_name(text) {
            return vec![text.to_string()];
        }
    }
    Vec::new()
}

/// Labels that head an author box.
const AUTHOR_LABELS: &[&str] = &[
    "written by",
    "article written by",
    "posted by",
    "author",
    "about the author",
    "about the writer",
];

/// A name standing alone in a block far from the headline: two words at
/// least, one line, and none of a button's tells (capitals throughout, a
/// word said twice).
fn late_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let shouting = s
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let repeats = words
        .iter()
        .enumerate()
        .any(|(i, w)| words[..i].iter().any(|v| v.eq_ignore_ascii_case(w)));
    words.len() >= 2 && !s.contains('\n') && !shouting && !repeats && name_like(s) && !is_chrome(s)
}

/// Handles that name a role, not a person.
const GENERIC_HANDLES: &[&str] = &[
    "admin",
    "administrator",
    "team",
    "staff",
    "editor",
    "guest",
    "user",
    "anonymous",
    "webmaster",
];

static BY_HANDLE: Pattern = Pattern::new(
    r"(?i)^\s*(?:posted\s+by|post\s+by|submitted\s+(?:[\w\s]{0,30}?\s)?by|by)\s*:?\s+(?:u/)?([\w][\w.\-@]{1,40})(?:\s*$|\s*[»|·]|\s+\d|\s+(?:on|in)\b)",
);

/// "by jsmith on May 4": a user's handle, as blogs and forums write it,
/// lower case and digits included.
fn byline_handle(page: &Page, title_block: Option<usize>) -> Option<String> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| {
            b.features.words <= 14
                && b.kind != crate::block::BlockKind::ListItem
                && !in_menu(page, b)
        })
        .filter(|b| {
            let l = b.text.to_lowercase();
            !l.contains("last post") && !l.contains("last reply")
        })
        .find_map(|b| {
            let name = BY_HANDLE.captures(&b.text)?[1].to_string();
            let lower = name.to_lowercase();
            let article = ["the", "a", "an"].contains(&lower.as_str());
            (!article && !GENERIC_HANDLES.contains(&lower.as_str()) && !is_chrome(&name))
                .then_some(name)
        })
}

/// A cheap test before the byline patterns, whose Unicode classes make
/// them costly to run: the block holds one of their leading words.
fn may_name_author(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(300)];
    let lower = head.to_ascii_lowercase();
    [
        "by",
        "von ",
        "par ",
        "por ",
        "door ",
        "author",
        "contributor",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

/// A byline's text up to its first separator ("Jane Doe | May 4").
fn first_part(text: &str) -> &str {
    let first = text
        .split(['|', '•', '·', '—', '–', '\n', '/'])
        .next()
        .unwrap_or("");
    first.split(" - ").next().unwrap_or("").trim()
}

/// A date in a short block near the headline ("Published on May 4, 2025").
///
/// A post's long first block may open with its date ("May 4, 2025 at 9:12
/// am — Thanks all, …"): its first words are read when a date opens it.
fn dateline(page: &Page, title_block: Option<usize>, us_dates: bool) -> Option<String> {
    header_blocks(page, title_block)
        .iter()
        .filter(|b| !profile_date(&b.text))
        .find_map(|b| block_date(b, us_dates))
}

/// The date a block opens with, or the only thing it says besides.
fn block_date(b: &crate::block::Block, us_dates: bool) -> Option<String> {
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
fn sole_dateline(page: &Page, title_block: Option<usize>, us_dates: bool) -> Option<String> {
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

static UPDATE_LABEL: Pattern =
    Pattern::new(r"(?i)updated|modified|\b(?:update|revised|edited|as of|last (?:post|reply))\b");

/// How many years (1900–2099) a text names.
fn years(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .count()
}

/// Every publication date the markup gives: any JSON-LD object's, the
/// `<meta>` tags', the `<time>` elements'.
fn publication_dates(ld: &JsonLd, h: &crate::block::Hints, us_dates: bool) -> Vec<String> {
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
fn is_publication_key(key: &str) -> bool {
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
const DATE_HEAD_WORDS: usize = 4;

/// A date that belongs to a person or a business, not to the page
/// ("Joined: Mar 2019", "Member since 2012", "Founded: Dec 11, 2021").
fn profile_date(text: &str) -> bool {
    const LABELS: &[&str] = &["joined", "member since", "registered", "founded"];
    let head = &text[..text.len().min(date::floor(text, 80))];
    let lower = head.to_lowercase();
    LABELS.iter().any(|l| lower.contains(l))
}

/// A date alone in a short block anywhere after the headline ("Posted on
/// May 4, 2025" at the foot of a post).
fn late_dateline(page: &Page, title_block: Option<usize>, us_dates: bool) -> Option<String> {
    page.blocks[title_block.map_or(0, |t| t + 1)..]
        .iter()
        .filter(|b| b.features.words <= LATE_DATELINE_WORDS && !profile_date(&b.text))
        .find_map(|b| date::parse_visible(&b.text, us_dates))
}

/// Words of a block that is a dateline and little else.
const LATE_DATELINE_WORDS: usize = 8;

static URL_DATE: Pattern =
    Pattern::new(r"/((?:19|20)\d{2})/(\d{1,2}|[A-Za-z]{3,9})/(\d{1,2})(?:/|$)");

/// `/2025/09/04/` or `/2023/october/03/` in a URL.
fn url_date(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    let month = match c[2].parse::<u32>() {
        Ok(m) => m,
        Err(_) => date::month(&c[2])?,
    };
    date::parse(&format!("{}-{month:02}-{:0>2}", &c[1], &c[3]), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles_in_both_forms() {
        for p in [
            &BY,
            &*BYLINE,
            &*BYLINE_INNER,
            &THREAD_STARTER,
            &BY_HANDLE,
            &UPDATE_LABEL,
            &URL_DATE,
        ] {
            let (plain, full) = p.forms();
            assert!(plain.is_some() && full.is_some());
        }
    }
    #[test]
    #[ignore = "needs ../shared/eval beside the checkout; .ci/run runs it"]
    fn every_pattern_plain_form_agrees_on_real_lines() {
        let patterns = [
            ("BY", &BY),
            ("BYLINE", &*BYLINE),
            ("BYLINE_INNER", &*BYLINE_INNER),
            ("THREAD_STARTER", &THREAD_STARTER),
            ("BY_HANDLE", &BY_HANDLE),
            ("UPDATE_LABEL", &UPDATE_LABEL),
            ("URL_DATE", &URL_DATE),
        ];
        let matched = crate::pattern::real_lines::forms_agree(patterns);
        assert!(matched > 1_000, "{matched}");
    }
}
