//! The page's headline: which `h1` names the page, checked against the
//! titles it declares (`og:title`, `<title>`) with the site's name cut off.

use crate::block::Page;
use crate::url::is_front_page;
use crate::meta::SchemaName;

/// The page's headline: the `h1` that agrees with a declared title without
/// its site name (a site-name h1 only agrees with the part that was cut),
/// or with the `<title>` where the og:title differs; with no declared title,
/// the first h1. A first h1 with an archive label ("Collection: …") is the
/// headline, and so is the h1 the template names as one (`entry-title`);
/// an API item named by its kind ("Module runtime") is not, nor
/// is a sentence that only half agrees ("… powers the Agentic
/// Enterprise."), nor, on a page of many h1s, any h1 that only half agrees.
pub fn headline(page: &Page) -> Option<&String> {
    if page.titles.first().is_none_or(|t| !informative(t)) {
        return page.h1s.first();
    }
    let sites = site_names(page);
    let declared: Vec<String> = page
        .titles
        .iter()
        .filter(|t| informative(t))
        .map(|t| strip_site_name(page, t, &sites))
        .collect();
    // a blog's name in its h1 agrees with "Blog Name: Post title"
    let candidates = || {
        page.h1s.iter().filter(|h| {
            site_rest(page, h).is_none() && !declared.iter().any(|d| item_by_kind(h, d))
        })
    };
    let agrees = |h: &String| {
        declared
            .iter()
            .map(|d| agreement(h, d))
            .fold(0.0f32, f32::max)
    };
    // "Collection: Sennheiser": the template's own name for the page
    if let Some(h) = page
        .h1s
        .first()
        .filter(|h| after_archive_label(h).is_some())
    {
        return Some(h);
    }
    if let Some(h) = named_headline(page).filter(|h| site_rest(page, h).is_none()) {
        return Some(h);
    }
    if let Some(h) = candidates().find(|h| page.titles.iter().any(|t| heads_title(t, h))) {
        return Some(h);
    }
    // the first h1 that agrees, unless it only half agrees and a later one
    // is the declared title ("Erik Demaine's Folding and Unfolding:" over
    // "The Fold-and-Cut Problem")
    let mut agreeing = candidates()
        .map(|h| (agrees(h), h))
        .filter(|(a, h)| *a >= SAME_TITLE || *a >= H1_AGREES && !is_sentence(h));
    let (a, first) = agreeing.next()?;
    if a < SAME_TITLE {
        if let Some((_, h)) = agreeing.find(|(a, _)| *a >= SAME_TITLE) {
            return Some(h);
        }
        // a page that sets every section or card in an h1 ("2. Simple
        // Select Processing" under "SELECT"): one that only half agrees is
        // one of them, and the declared title names the page
        if section_h1s(page) {
            return None;
        }
    }
    Some(first)
}

/// Class or id names, without their dashes, that a CMS gives the page's
/// own headline: WordPress's `entry-title`, `post-title`, WooCommerce's
/// `product_title`, a forum's `thread-title`.
const HEADLINE_NAMES: [&str; 10] = [
    "articleheadline",
    "articletitle",
    "entrytitle",
    "postname",
    "posttitle",
    "productname",
    "producttitle",
    "storyheadline",
    "storytitle",
    "threadtitle",
];

/// The h1 that the page's template names as its headline, whatever the
/// declared title says ("Reddit - The heart of the internet" over the
/// `post-title` h1 of a thread). Where h1s of several texts carry the name,
/// they are a listing's cards, and none names the page.
fn named_headline(page: &Page) -> Option<&String> {
    let named = page.blocks.iter().filter(|b| {
        b.heading_level == 1
            && b.node
                .and_then(|n| page.nodes.get(n as usize))
                .is_some_and(|n| {
                    let squeezed: String = n
                        .attrs
                        .chars()
                        .filter(|c| !matches!(c, '-' | '_'))
                        .collect();
                    HEADLINE_NAMES.iter().any(|name| squeezed.contains(name))
                })
    });
    let mut texts = named.map(|b| &b.text);
    let first = texts.next()?;
    if texts.any(|t| t != first) {
        return None;
    }
    page.h1s.iter().find(|h| *h == first)
}

/// "Module runtime" under the title "tokio::runtime - Rust": an API
/// reference's h1 names an item by its kind, where the declared title names
/// it by its path, which says whose item it is.
fn item_by_kind(h1: &str, declared: &str) -> bool {
    const KINDS: [&str; 14] = [
        "class",
        "constant",
        "enum",
        "function",
        "interface",
        "macro",
        "method",
        "module",
        "namespace",
        "package",
        "struct",
        "trait",
        "type",
        "union",
    ];
    let mut words = h1.split_whitespace();
    let (Some(kind), Some(name), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    KINDS.iter().any(|k| kind.eq_ignore_ascii_case(k))
        && declared.split_whitespace().any(|w| {
            ["::", "."].iter().any(|sep| {
                w.rsplit_once(sep)
                    .is_some_and(|(path, last)| !path.is_empty() && last.eq_ignore_ascii_case(name))
            })
        })
}

/// "The world's #1 AI CRM powers the Agentic Enterprise.": an h1 that
/// ends in a full stop is a sentence, a slogan, where a title has none
/// ("… in the U.S." ends an abbreviation).
fn is_sentence(h1: &str) -> bool {
    let last = h1.split_whitespace().last().unwrap_or_default();
    last.len() > 1 && last.ends_with('.') && !last[..last.len() - 1].contains('.')
}

/// Distinct h1s at which a page uses h1 for its sections or cards.
const SECTION_H1S: usize = 5;

/// Whether the page has [`SECTION_H1S`] distinct h1s or more (the same h1
/// twice is one headline in two layouts).
fn section_h1s(page: &Page) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for h in &page.h1s {
        if !seen.contains(&h.as_str()) {
            seen.push(h);
            if seen.len() >= SECTION_H1S {
                return true;
            }
        }
    }
    false
}

/// "News | National Student Support Accelerator" with the h1 "News": an h1
/// that begins the declared title, before a separator, is its headline
/// however short.
fn heads_title(title: &str, h1: &str) -> bool {
    let (title, h1) = (title.trim(), h1.trim());
    !h1.is_empty()
        && title
            .get(..h1.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(h1))
        && SEPARATORS
            .iter()
            .any(|sep| title[h1.len()..].starts_with(sep))
}

/// The title chosen, and the h1 that heads the page when that is not the
/// title itself.
pub struct Chosen {
    /// The title.
    pub title: String,
    /// The h1 shown above the content, where the title is the declared one.
    pub heading: Option<String>,
}

/// The page's title: its [`headline`], else its [`declared`] title, with
/// the page's JSON-LD to settle the two cases where they part:
/// - no h1 agrees with the declared title, but one is the headline of the
///   declared article: the h1 (the `<title>` was written for search);
/// - a page that declares itself a `WebPage` (no article) by its declared
///   title, and no author, has a slogan for an h1 ("Talent that really
///   counts" over "Finance & Accounting Staffing"): the declared title.
pub fn title(page: &Page, schema: Option<&SchemaName>) -> Option<Chosen> {
    let declared = declared(page);
    let Some(h1) = headline(page) else {
        let declared = shared_slogan(page).or(declared);
        // "Glossier" over the h1 "Custom Skincare Set": a page below the
        // front page that declares only its site's name is named by its h1
        if let (Some(d), Some(h1)) = (&declared, page.h1s.first()) {
            let sites: Vec<String> = site_names(page).iter().map(|s| squeeze(s)).collect();
            let names_site = |t: &str| sites.contains(&squeeze(t));
            if below_front_page(page) && names_site(d) && !names_site(h1) {
                return Some(Chosen {
                    title: h1.clone(),
                    heading: None,
                });
            }
        }
        let confirmed = match (schema, &declared) {
            (Some(SchemaName::Article(t)), Some(d)) if agreement(d, t) < SAME_TITLE => {
                page.h1s.iter().find(|h| agreement(h, t) >= SAME_TITLE)
            }
            _ => None,
        };
        return confirmed.cloned().or(declared).map(|title| Chosen {
            title,
            heading: None,
        });
    };
    if let (Some(SchemaName::Page(name)), Some(d)) = (schema, &declared) {
        let slogan = agreement(h1, d) < SAME_TITLE
            && agreement(name, d) >= SAME_TITLE
            && agreement(name, h1) < SAME_TITLE
            && !has_author_meta(page);
        if slogan {
            return Some(Chosen {
                title: d.clone(),
                heading: Some(h1.clone()),
            });
        }
    }
    // the h1 "Results for “Mirrorless Cameras”" of a page that declares
    // itself "Mirrorless Cameras": the term searched
    if let Some(term) = searched_term(h1) {
        let named = |d: &String| agreement(d, term) >= SAME_TITLE || heads_title(d, term);
        if declared.as_ref().is_some_and(named) {
            return Some(Chosen {
                title: term.to_string(),
                heading: Some(h1.clone()),
            });
        }
    }
    // an h1 that repeats the whole `<title>`, site name and all ("Costs &
    // Prices - ProMatcher Cost Report"): the title without the site name
    if page.titles.iter().any(|t| same_text(t, h1)) {
        if let Some((head, true)) = site_cut(h1, &site_names(page), head_words(page)) {
            return Some(Chosen {
                title: head.to_string(),
                heading: Some(h1.clone()),
            });
        }
    }
    Some(Chosen {
        title: h1.clone(),
        heading: None,
    })
}

/// Two texts the same but for case and spacing.
fn same_text(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Whether the page names an author in its `<meta>` tags: an article's
/// page, whatever its schema says.
fn has_author_meta(page: &Page) -> bool {
    page.hints
        .metas
        .iter()
        .any(|(k, v)| (k == "author" || k == "article:author") && !v.trim().is_empty())
}

/// Where an h1 is the site's name: the rest of the declared title it
/// begins or ends, when another declared title (the og:title) is that rest
/// and shares no word with the h1.
fn site_rest<'p>(page: &'p Page, h1: &str) -> Option<&'p str> {
    let titles: Vec<&String> = page.titles.iter().filter(|t| informative(t)).collect();
    titles.iter().find_map(|t| {
        let rest = affix_rest(t, h1)?;
        titles
            .iter()
            .any(|other| {
                other != t && agreement(other, rest) >= SAME_TITLE && agreement(other, h1) == 0.0
            })
            .then_some(rest)
    })
}

/// Word agreement at which two titles are the same.
const SAME_TITLE: f32 = 0.8;

/// "RogerBW's Blog: Advent of Code" with the h1 "RogerBW's Blog" →
/// "Advent of Code": the rest of a declared title that begins or ends with
/// an h1, when it is two words or more.
fn affix_rest<'t>(title: &'t str, h1: &str) -> Option<&'t str> {
    let (title, h1) = (title.trim(), h1.trim());
    if h1.is_empty() || h1.len() >= title.len() {
        return None;
    }
    let is_sep = |c: char| c.is_whitespace() || ":|-–—•·»".contains(c);
    let head = title.get(..h1.len()).filter(|p| p.eq_ignore_ascii_case(h1));
    let tail = title
        .get(title.len() - h1.len()..)
        .filter(|p| p.eq_ignore_ascii_case(h1));
    let rest = match (head, tail) {
        (Some(_), _) => title[h1.len()..].trim_start_matches(is_sep),
        (_, Some(_)) => title[..title.len() - h1.len()].trim_end_matches(is_sep),
        _ => return None,
    };
    // the h1 must end where a separator or a space begins
    let joined = match head {
        Some(_) => title[h1.len()..].starts_with(is_sep),
        None => title[..title.len() - h1.len()].ends_with(is_sep),
    };
    (joined && rest.split_whitespace().count() >= 2).then_some(rest)
}

/// Word agreement at which an h1 is the declared title reworded (a shorter
/// or longer form of the same headline).
const H1_AGREES: f32 = 0.4;

/// Whether a declared title can name the page: it has letters, and is not
/// a bare domain name.
fn informative(t: &str) -> bool {
    let t = t.trim();
    let domain = !t.contains(' ') && t.contains('.') && !t.ends_with('.');
    // "| Nuts & Volts Magazine": a template left the page's name empty
    let unnamed = SEPARATORS.iter().any(|sep| t.starts_with(sep.trim_start()));
    t.chars().any(char::is_alphabetic) && !domain && !unnamed
}

/// "Dec 18 2025 Preparing a transition" → "Preparing a transition": a
/// blog's date run into its headline.
fn without_leading_date(t: &str) -> String {
    let words: Vec<&str> = t.split_whitespace().collect();
    for n in [3, 1] {
        if words.len() > n + 2 {
            let head = words[..n].join(" ");
            let dated = crate::date::parse(&head, false).is_some()
                && head.chars().any(|c| c.is_ascii_digit())
                // every word a date's: "2024.4.4 -> 2024.5.0 issue" is a
                // version range, not a date
                && words[..n].iter().all(|w| date_word(w))
                && words[n].starts_with(char::is_alphabetic);
            if dated {
                return words[n..].join(" ");
            }
        }
    }
    t.to_string()
}

/// A word that can be part of a written date: digits and separators
/// ("2025-12-18", "18,"), a month's name, an ordinal ("18th").
fn date_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    w.chars().all(|c| c.is_ascii_digit() || "./-:".contains(c))
        || crate::date::month(w).is_some()
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            w.strip_suffix(s)
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        })
}

/// Word F1 of two titles, on words without punctuation and case.
fn agreement(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common_a = wa.iter().filter(|w| wb.contains(w)).count() as f32;
    let common_b = wb.iter().filter(|w| wa.contains(w)).count() as f32;
    let (p, r) = (common_a / wa.len() as f32, common_b / wb.len() as f32);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// "Headline | Site" → "Headline". The part after the last separator is
/// cut when the headline keeps enough words ([`head_words`]), or when that part names
/// the site (its `og:site_name`, or a word of its domain): "Auth | Supabase
/// Docs" on supabase.com.
fn strip_site_name(page: &Page, t: &str, sites: &[String]) -> String {
    if let Some(topic) = after_view_label(t) {
        return topic.to_string();
    }
    // "Post – Subtitle" as the og:title of "Post – Subtitle - Forum -
    // Site": the site set its names after the page's whole name, whose
    // dash joins a subtitle (a " | " in it more often sets off a site:
    // "Cloudflare CDN | Content Delivery Network | Cloudflare")
    let trail = TRAILS.iter().any(|sep| t.contains(sep));
    if !trail && page.titles.iter().any(|other| heads_title(other, t)) {
        return t.trim().to_string();
    }
    let after_domain = || after_domain(t).filter(|_| !on_front_page(page));
    if let Some(name) = after_site_name(page, t).or_else(after_domain) {
        return name.to_string();
    }
    // "Home - Ohio Artisan Collective": a front page is named by its site
    let home = SEPARATORS.iter().find_map(|sep| {
        let (head, rest) = t.split_once(sep)?;
        (is_home_label(head) && !rest.trim().is_empty()).then(|| rest.trim())
    });
    if let Some(site) = home {
        return site.to_string();
    }
    site_cut(t, sites, head_words(page))
        .map_or_else(|| t.trim().to_string(), |(head, _)| head.to_string())
}

/// "Home", "Homepage", "Welcome": the label of a site's front page, which
/// names no page.
fn is_home_label(t: &str) -> bool {
    let t = t.trim().to_lowercase();
    matches!(
        t.as_str(),
        "home" | "homepage" | "home page" | "welcome" | "front page" | "index"
    )
}

/// "Space Visuals Studio | Impact of Climate Change on Yields": a title
/// that begins with the site's `og:site_name`, on a page below the site's
/// front page (where the site's name is the page's), names the page after
/// it; a page name under three words ("Site | Shop") is better whole.
fn after_site_name<'t>(page: &Page, t: &'t str) -> Option<&'t str> {
    if !below_front_page(page) {
        return None;
    }
    let names: Vec<String> = page
        .hints
        .metas
        .iter()
        .filter(|(k, _)| k == "og:site_name")
        .map(|(_, v)| squeeze(v))
        .filter(|v| !v.is_empty())
        .collect();
    SEPARATORS.iter().find_map(|sep| {
        let (head, tail) = t.split_once(sep)?;
        let tail = tail.trim();
        (tail.split_whitespace().count() >= 3 && names.contains(&squeeze(head))).then_some(tail)
    })
}

/// "Psychiatry.org - What Are the Latest Trends", "SoundStage! Xperience |
/// SoundStageXperience.com - The Five Best Headphones": a title that opens
/// with the site's domain name (after its name, if at all) names the page
/// after it; on the front page, it is the site's name and slogan.
fn after_domain(t: &str) -> Option<&str> {
    // "davidbau.com Vibe Coding": the domain set off by a space alone
    if let Some((first, rest)) = t.trim().split_once(' ') {
        if is_domain(first) && rest.starts_with(char::is_uppercase) {
            return Some(rest.trim());
        }
    }
    let mut names = String::new();
    let mut rest = t;
    for _ in 0..2 {
        let (at, sep) = SEPARATORS
            .iter()
            .filter_map(|sep| rest.find(sep).map(|at| (at, *sep)))
            .min()?;
        let part = rest[..at].trim();
        rest = &rest[at + sep.len()..];
        if is_domain(part) {
            let name = part.rsplit_once('.').map_or(part, |(name, _)| name);
            let named = names.is_empty() || squeeze(name) == names;
            let rest = rest.trim();
            return (named && informative(rest)).then_some(rest);
        }
        names = squeeze(part);
    }
    None
}

/// Whether the page's address (canonical, else og:url) is known and is not
/// the site's front page.
fn below_front_page(page: &Page) -> bool {
    page_url(page).is_some_and(|u| !is_front_page(&u))
}

/// Whether the page's address is known and is the site's front page.
fn on_front_page(page: &Page) -> bool {
    page_url(page).is_some_and(|u| is_front_page(&u))
}

/// A name's letters and digits, lower-cased: "Fleet Lists" and
/// "fleetlists" squeeze to the same.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "NationStates • View topic - 2025-26 Football Season": forum software's
/// title template names the site and the page's kind before the topic,
/// which is what follows.
fn after_view_label(t: &str) -> Option<&str> {
    let lower = t.to_ascii_lowercase();
    ["view topic", "view thread", "view forum"]
        .iter()
        .find_map(|label| {
            let at = lower.find(label)? + label.len();
            let rest = t.get(at..)?.trim_start();
            let rest = rest.strip_prefix(['-', '–', '—', '|', ':', '•'])?.trim();
            rest.chars().any(char::is_alphabetic).then_some(rest)
        })
}

/// The fewest words a headline keeps for the part after its last separator
/// to be cut as the site's: two below the front page ("Outdoor Gear – The
/// Bush Company"), three on the front page itself, whose title is often a
/// two-word brand before its slogan ("Seven Cups - Free Care & Therapy").
fn head_words(page: &Page) -> usize {
    if on_front_page(page) {
        3
    } else {
        2
    }
}

/// Where [`strip_site_name`] cuts: the headline kept, and whether the part
/// cut names the site (else it was cut for leaving `min_words` or more).
fn site_cut<'t>(t: &'t str, sites: &[String], min_words: usize) -> Option<(&'t str, bool)> {
    for sep in SEPARATORS {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = (t[..i].trim(), &t[i + sep.len()..]);
            let tail_l = tail.to_lowercase();
            let squeezed = squeeze(tail);
            // "Page | Section | Site": a trail ends with the site
            let trail = TRAILS.contains(&sep) && head.contains(sep);
            let names_site = trail
                || is_domain(tail)
                || sites.iter().any(|s| {
                    tail_l.contains(s.as_str())
                        || (s.len() >= 4 && squeezed.contains(s.as_str()))
                        || (squeezed.len() >= 4 && s.contains(squeezed.as_str()))
                });
            if head.split_whitespace().count() >= min_words || (names_site && !head.is_empty()) {
                return Some((trail_head(head, sep, sites), names_site));
            }
        }
    }
    None
}

/// "IAM overview | Identity and Access Management (IAM)", left of a title
/// whose site was cut: a trail of page and section, whose first part names
/// the page, unless that part is the site's name ("OnePageCRM | CRM
/// Software for Small Businesses").
fn trail_head<'t>(head: &'t str, sep: &str, sites: &[String]) -> &'t str {
    if !TRAILS.contains(&sep) {
        return head;
    }
    match head.split_once(sep) {
        Some((first, _)) if !sites.iter().any(|s| squeeze(s) == squeeze(first)) => first.trim(),
        _ => head,
    }
}

/// The separators of a trail of page, section and site ("Page | Section |
/// Site"), where the dashes more often join a headline's own parts.
const TRAILS: [&str; 2] = [" | ", " / "];

/// What sets a site's name off a title.
const SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " · ", " / "];

/// "Newegg.com": a bare domain name, which names a site, never a page.
fn is_domain(t: &str) -> bool {
    let t = t.trim();
    let Some((name, tld)) = t.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && !t.contains(char::is_whitespace)
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// The page's address as it declares it: the canonical link, else og:url.
fn page_url(page: &Page) -> Option<String> {
    page.hints.canonical.clone().or_else(|| {
        page.hints
            .metas
            .iter()
            .find(|(k, _)| k == "og:url")
            .map(|(_, v)| v.clone())
    })
}

/// The site's names, lower-cased: its declared name and the main label of
/// its domain ("www.example.co.uk" → "example").
fn site_names(page: &Page) -> Vec<String> {
    let metas = &page.hints.metas;
    let mut names: Vec<String> = metas
        .iter()
        .filter(|(k, _)| k == "og:site_name" || k == "application-name")
        .map(|(_, v)| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect();
    let url = page_url(page);
    if let Some(host) = url.as_deref().and_then(|u| u.split("://").nth(1)) {
        let host = host.split(['/', ':', '?', '#']).next().unwrap_or("");
        let labels: Vec<&str> = host.split('.').collect();
        // the label before the public suffix ("com", "co.uk"): the name
        // the site registered, not a subdomain ("electricians.promatcher.com")
        let mut rest = labels.iter().rev().skip(1);
        let main = rest.next().filter(|l| l.len() > 3).or_else(|| rest.next());
        if let Some(main) = main.filter(|l| l.len() > 3 && **l != "www") {
            names.push(main.to_lowercase());
        }
    }
    names
}

/// A title that is the site's `og:site_name` and nothing more.
fn is_site_name(page: &Page, t: &str) -> bool {
    page.hints
        .metas
        .iter()
        .any(|(k, v)| k == "og:site_name" && same_text(v, t))
}

/// The declared title without its site name, when it names anything.
pub fn declared(page: &Page) -> Option<String> {
    // a declared title that names nothing ("94", "example.com") yields to
    // the page's h1
    let t = page.titles.first().filter(|t| informative(t))?;
    // an og:title that names no page gives way to the `<title>`: a front
    // page's label ("Home"), or only the site's name ("Bombas" over "All
    // Men's Socks") on a page with no h1 to say which is meant
    let t = match page.titles.get(1) {
        Some(next)
            if (is_home_label(t) || page.h1s.is_empty() && is_site_name(page, t))
                && informative(next) =>
        {
            next
        }
        _ => t,
    };
    let t = page
        .h1s
        .iter()
        .find_map(|h| site_rest(page, h))
        .unwrap_or(t);
    Some(strip_site_name(page, t, &site_names(page)))
}

/// "We're Really Good at Email | Mailchimp" as the og:title of "Email
/// Marketing Tools | Mailchimp": an og:title worded otherwise than the
/// `<title>` is a slogan for sharing; with no h1 to back it, the `<title>`
/// without its site name names the page, unless it is only the site's name
/// (a blog's name over its post).
fn shared_slogan(page: &Page) -> Option<String> {
    let [og, title, ..] = page.titles.as_slice() else {
        return None;
    };
    let sites = site_names(page);
    // compared whole as well: "Blog Name - Post" over the og:title "Post"
    let apart = agreement(og, title) < H1_AGREES;
    let (og, title) = (
        strip_site_name(page, og, &sites),
        strip_site_name(page, title, &sites),
    );
    let slogan = apart
        && agreement(&og, &title) < H1_AGREES
        && informative(&title)
        && !sites.contains(&title.to_lowercase())
        && !is_site_name(page, &title);
    slogan.then_some(title)
}

/// A title as shown: whitespace collapsed, a leading date, an archive
/// label and a trailing item count cut.
pub fn tidy(t: &str) -> String {
    let t = without_leading_date(&t.split_whitespace().collect::<Vec<_>>().join(" "));
    let t = after_archive_label(&t).unwrap_or(&t);
    without_item_count(t).to_string()
}

/// "Collection: Sennheiser", "Browse subject: Hardware -- Catalogs": the
/// name that a site's template gives an archive or a thread, after its
/// label. A namespace written without a space ("Category:Programming
/// languages") is part of the name.
fn after_archive_label(t: &str) -> Option<&str> {
    const LABELS: [&str; 8] = [
        "archives",
        "browse subject",
        "category",
        "collection",
        "tag",
        "tagged",
        "thread",
        "topic",
    ];
    let (label, name) = t.split_once(": ")?;
    let name = name.trim();
    (LABELS.iter().any(|l| label.trim().eq_ignore_ascii_case(l))
        && name.chars().any(char::is_alphanumeric))
    .then_some(name)
}

/// "Results for “Mirrorless Cameras”": what a search page's h1 says was
/// searched.
fn searched_term(t: &str) -> Option<&str> {
    let lower = t.to_lowercase();
    let label = ["search results for", "showing results for", "results for"]
        .iter()
        .find(|l| lower.starts_with(*l))?;
    let term = t.get(label.len()..)?.trim_start_matches([' ', ':']);
    let term = term.trim_matches(['"', '“', '”', '\'', '‘', '’', ' ']);
    term.chars().any(char::is_alphanumeric).then_some(term)
}

/// "Best Books Ever (77141 books)" → "Best Books Ever": a listing's count
/// of what it lists is no part of its name; a year is ("(2025 Reviews)").
fn without_item_count(t: &str) -> &str {
    let Some(open) = t.strip_suffix(')').and_then(|s| s.rfind('(')) else {
        return t;
    };
    let inner: Vec<&str> = t[open + 1..t.len() - 1].split_whitespace().collect();
    let counted = match inner.as_slice() {
        [n, noun] => {
            let digits: String = n.chars().filter(|c| *c != ',' && *c != '.').collect();
            let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
            !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && !year
                && noun.len() > 3
                && noun.to_lowercase().ends_with('s')
                && noun.chars().all(char::is_alphabetic)
        }
        _ => false,
    };
    let head = t[..open].trim_end();
    if counted && head.chars().any(char::is_alphabetic) {
        head
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(titles: &[&str], h1s: &[&str]) -> Page {
        Page {
            titles: titles.iter().map(|t| t.to_string()).collect(),
            h1s: h1s.iter().map(|t| t.to_string()).collect(),
            ..Page::default()
        }
    }

    #[test]
    fn a_blog_name_in_the_h1_is_not_the_headline() {
        // og:title, then <title>
        let p = page(
            &[
                "Advent of Code 2025 week 2",
                "RogerBW's Blog: Advent of Code 2025 week 2",
            ],
            &["RogerBW's Blog", "Day 7"],
        );
        assert_eq!(headline(&p), None);
        // the <title> first: its rest after the blog's name is the title
        let p = page(
            &[
                "RogerBW's Blog: Advent of Code 2025 week 2",
                "Advent of Code 2025 week 2",
            ],
            &["RogerBW's Blog"],
        );
        assert_eq!(headline(&p), None);
        assert_eq!(declared(&p).as_deref(), Some("Advent of Code 2025 week 2"));
    }

    #[test]
    fn a_headline_that_begins_the_title_stays_the_headline() {
        let p = page(
            &[
                "Flexbox - Learn web development | MDN",
                "Flexbox - Learn web development",
            ],
            &["Flexbox"],
        );
        assert_eq!(headline(&p).map(String::as_str), Some("Flexbox"));
        let p = page(
            &[
                "MacBook Air 13-inch and MacBook Air 15-inch",
                "MacBook Air 13-inch and MacBook Air 15-inch - Apple",
            ],
            &["MacBook Air"],
        );
        assert_eq!(headline(&p).map(String::as_str), Some("MacBook Air"));
    }

    fn chosen(p: &Page, schema: Option<SchemaName>) -> (String, Option<String>) {
        let c = title(p, schema.as_ref()).expect("a title");
        (c.title, c.heading)
    }

    #[test]
    fn the_declared_articles_headline_settles_an_h1_the_title_disagrees_with() {
        let p = page(
            &["Best Health Insurance Companies 2025 - Top 25 Ranked"],
            &["Which Health Plan Fits Your Family?"],
        );
        assert_eq!(chosen(&p, None).0, "Best Health Insurance Companies 2025");
        let ld = SchemaName::Article("Which health plan fits your family".into());
        assert_eq!(
            chosen(&p, Some(ld)).0,
            "Which Health Plan Fits Your Family?"
        );
        // a schema that repeats the declared title changes nothing
        let ld = SchemaName::Article("Best Health Insurance Companies 2025".into());
        assert_eq!(
            chosen(&p, Some(ld)).0,
            "Best Health Insurance Companies 2025"
        );
    }

    #[test]
    fn a_web_page_named_by_its_declared_title_has_a_slogan_for_an_h1() {
        let p = page(
            &["Finance & Accounting Staffing and Recruiting | Robert Half"],
            &["Finance and accounting talent that really counts"],
        );
        let h1 = "Finance and accounting talent that really counts";
        assert_eq!(chosen(&p, None).0, h1);
        let ld = || {
            Some(SchemaName::Page(
                "Finance & Accounting Staffing and Recruiting".into(),
            ))
        };
        assert_eq!(
            chosen(&p, ld()),
            (
                "Finance & Accounting Staffing and Recruiting".to_string(),
                Some(h1.to_string())
            )
        );
        // an author named in the meta tags makes it an article: its h1 stands
        let mut p = p;
        p.hints.metas.push(("author".into(), "Jane Doe".into()));
        assert_eq!(chosen(&p, ld()).0, h1);
    }

    #[test]
    fn a_domain_after_the_last_separator_is_the_sites_name() {
        let p = page(&["GAME CHANGER | Newegg.com"], &[]);
        assert_eq!(chosen(&p, None).0, "GAME CHANGER");
        // on the front page, two words with a tail that names nothing known
        // stay whole: a brand and its slogan
        let mut p = page(&["Harbour Lights | Evening Walks"], &[]);
        p.hints.canonical = Some("https://lights.example/".into());
        assert_eq!(chosen(&p, None).0, "Harbour Lights | Evening Walks");
    }

    #[test]
    fn an_h1_that_repeats_the_whole_title_loses_the_sites_name() {
        let t = "Marietta Electricians Costs & Prices - ProMatcher Cost Report";
        let mut p = page(&[t], &[t]);
        // the site's name is the domain's registered label, not a subdomain
        p.hints.canonical = Some("https://electricians.promatcher.com/cost/marietta".into());
        assert_eq!(
            chosen(&p, None),
            (
                "Marietta Electricians Costs & Prices".to_string(),
                Some(t.to_string())
            )
        );
        // a tail that does not name the site is the headline's own
        let t = "Financial Planning for the Future You - Tips for Millennials";
        let p = page(&[t], &[t]);
        assert_eq!(chosen(&p, None).0, t);
    }

    #[test]
    fn an_h1_that_begins_the_title_is_its_headline_however_short() {
        let p = page(&["News | National Student Support Accelerator"], &["News"]);
        assert_eq!(chosen(&p, None).0, "News");
        // the h1 must end where a separator begins
        let p = page(&["Newsroom tools for reporters"], &["News"]);
        assert_eq!(chosen(&p, None).0, "Newsroom tools for reporters");
    }

    #[test]
    fn a_title_with_an_empty_name_before_the_site_yields_to_the_h1() {
        let p = page(&["| Nuts & Volts Magazine"], &["Electronic Gadgets"]);
        assert_eq!(chosen(&p, None).0, "Electronic Gadgets");
    }

    #[test]
    fn a_forum_title_template_gives_the_topic() {
        let p = page(
            &["NationStates • View topic - 2025-26 Football Season: MLS is Back!"],
            &[],
        );
        assert_eq!(
            declared(&p).as_deref(),
            Some("2025-26 Football Season: MLS is Back!")
        );
        // "view" in a headline is no template
        let p = page(&["How to view topics in the new forum - Example Help"], &[]);
        assert_eq!(
            declared(&p).as_deref(),
            Some("How to view topics in the new forum")
        );
    }

    #[test]
    fn a_leading_date_is_cut_but_a_version_range_is_not() {
        assert_eq!(
            tidy("Dec 18 2025 Preparing a transition in Debusine"),
            "Preparing a transition in Debusine"
        );
        let t = "2024.4.4 -> 2024.5.0 issue: stuck on starting";
        assert_eq!(tidy(t), t);
    }
}
