//! The site's name in a page's titles: which part of a declared title is the
//! site's, and the declared title without it.

use super::words::*;
use crate::block::Page;
use crate::url::is_front_page;

/// The declared title without its site name, when it names anything.
pub(super) fn declared(page: &Page) -> Option<String> {
    // a declared title that names nothing ("94", "example.com") yields to
    // the page's h1
    let t = page.titles.first().filter(|t| informative(t))?;
    // an og:title that names no page gives way to the `<title>`: a front
    // page's label ("Home"), or only the site's name ("Socksmith" over "All
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

/// "We're Really Good at Letters | Postbox" as the og:title of "Mail
/// Marketing Tools | Postbox": an og:title worded otherwise than the
/// `<title>` is a slogan for sharing; with no h1 to back it, the `<title>`
/// without its site name names the page, unless it is only the site's name
/// (a blog's name over its post).
pub(super) fn shared_slogan(page: &Page) -> Option<String> {
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

/// Where an h1 is the site's name: the rest of the declared title it
/// begins or ends, when another declared title (the og:title) is that rest
/// and shares no word with the h1.
pub(super) fn site_rest<'p>(page: &'p Page, h1: &str) -> Option<&'p str> {
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

/// "Headline | Site" → "Headline". The part after the last separator is
/// cut when the headline keeps enough words ([`head_words`]), or when that part names
/// the site (its `og:site_name`, or a word of its domain): "Auth | Quayside
/// Docs" on quayside.example.
pub(super) fn strip_site_name(page: &Page, t: &str, sites: &[String]) -> String {
    if let Some(topic) = after_view_label(t) {
        return topic.to_string();
    }
    // "Post – Subtitle" as the og:title of "Post – Subtitle - Forum -
    // Site": the site set its names after the page's whole name, whose
    // dash joins a subtitle (a " | " in it more often sets off a site:
    // "Edgeflare CDN | Content Delivery Network | Edgeflare")
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

/// "Space Visuals Studio | Impact of Climate Change on Yields": a title
/// that begins with the site's `og:site_name`, on a page below the site's
/// front page (where the site's name is the page's), names the page after
/// it; a page name under three words ("Site | Shop") is better whole.
pub(super) fn after_site_name<'t>(page: &Page, t: &'t str) -> Option<&'t str> {
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

/// "Carenotes.org - What Are the Latest Trends", "Hifi Weekly |
/// HifiWeekly.com - The Five Best Headphones": a title that opens
/// with the site's domain name (after its name, if at all) names the page
/// after it; on the front page, it is the site's name and slogan.
pub(super) fn after_domain(t: &str) -> Option<&str> {
    // "janedoe.net Vibe Coding": the domain set off by a space alone
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

/// Where [`strip_site_name`] cuts: the headline kept, and whether the part
/// cut names the site (else it was cut for leaving `min_words` or more).
pub(super) fn site_cut<'t>(
    t: &'t str,
    sites: &[String],
    min_words: usize,
) -> Option<(&'t str, bool)> {
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

/// "Keys overview | Key Management (KMS)", left of a title
/// whose site was cut: a trail of page and section, whose first part names
/// the page, unless that part is the site's name ("PageCRM | CRM
/// Software for Small Businesses").
pub(super) fn trail_head<'t>(head: &'t str, sep: &str, sites: &[String]) -> &'t str {
    if !TRAILS.contains(&sep) {
        return head;
    }
    match head.split_once(sep) {
        Some((first, _)) if !sites.iter().any(|s| squeeze(s) == squeeze(first)) => first.trim(),
        _ => head,
    }
}

/// The fewest words a headline keeps for the part after its last separator
/// to be cut as the site's: two below the front page ("Outdoor Gear – The
/// Trail Company"), three on the front page itself, whose title is often a
/// two-word brand before its slogan ("Calm Harbor - Free Care & Therapy").
pub(super) fn head_words(page: &Page) -> usize {
    if on_front_page(page) {
        3
    } else {
        2
    }
}

/// The site's names, lower-cased: its declared name and the main label of
/// its domain ("www.example.co.uk" → "example").
pub(super) fn site_names(page: &Page) -> Vec<String> {
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
        // the site registered, not a subdomain ("electricians.costguide.com")
        let mut rest = labels.iter().rev().skip(1);
        let main = rest.next().filter(|l| l.len() > 3).or_else(|| rest.next());
        if let Some(main) = main.filter(|l| l.len() > 3 && **l != "www") {
            names.push(main.to_lowercase());
        }
    }
    names
}

/// A title that is the site's `og:site_name` and nothing more.
pub(super) fn is_site_name(page: &Page, t: &str) -> bool {
    page.hints
        .metas
        .iter()
        .any(|(k, v)| k == "og:site_name" && same_text(v, t))
}

/// The page's address as it declares it: the canonical link, else og:url.
pub(super) fn page_url(page: &Page) -> Option<String> {
    page.hints.canonical.clone().or_else(|| {
        page.hints
            .metas
            .iter()
            .find(|(k, _)| k == "og:url")
            .map(|(_, v)| v.clone())
    })
}

/// Whether the page's address (canonical, else og:url) is known and is not
/// the site's front page.
pub(super) fn below_front_page(page: &Page) -> bool {
    page_url(page).is_some_and(|u| !is_front_page(&u))
}

/// Whether the page's address is known and is the site's front page.
pub(super) fn on_front_page(page: &Page) -> bool {
    page_url(page).is_some_and(|u| is_front_page(&u))
}

/// Whether the page names an author in its `<meta>` tags: an article's
/// page, whatever its schema says.
pub(super) fn has_author_meta(page: &Page) -> bool {
    page.hints
        .metas
        .iter()
        .any(|(k, v)| (k == "author" || k == "article:author") && !v.trim().is_empty())
}
