//! Names as pages write them → authors' names: labels, roles, credentials
//! and page furniture cut away.

use crate::date;
use crate::pattern::Pattern;

/// What comes before a name: "By", "Written by", and an author link's
/// label ("View all posts by", or "View more posts" with no name at all).
pub(super) static BY: Pattern = Pattern::new(
    r"(?i)^\s*(?:(?:view|see|browse|read|more)\s+(?:(?:all|more|the)\s+)*(?:posts|articles|stories)(?:\s+(?:by|from)\b|$)|(?:written\s+|posted\s+|reviewed\s+)?(?:by|von|par|por|di|door|av|af)\s*[:\-]?\s+)",
);

/// Names as a page writes them: "By Jane Doe" → "Jane Doe"; URLs, handles,
/// e-mail addresses and sentences are not names.
pub(super) fn clean_authors<'a>(raw: impl Iterator<Item = &'a str>) -> Vec<String> {
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
            // "99 Dollar Studio" is a name; "262588213843476" is an id
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
pub(super) fn unglue_date(s: &str) -> &str {
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

/// Entities left in metadata that was escaped twice.
pub(super) fn unescape(s: &str) -> std::borrow::Cow<'_, str> {
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
pub(super) fn is_label(s: &str) -> bool {
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
pub(super) fn is_chrome(s: &str) -> bool {
    // "page.head.author", not "LedgerDesk.com"
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
pub(super) fn is_credential(part: &str) -> bool {
    let first = part.split_whitespace().next().unwrap_or("");
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    part.split_whitespace().count() == 1
        || (letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()))
}

/// Words of a role or degree: "Jane Doe, CEO of X" names one person.
pub(super) fn is_role(part: &str) -> bool {
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
pub(super) fn name_like(s: &str) -> bool {
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

/// The names of a byline's list ("Jane Doe, MD and John Roe"), without
/// the roles and credentials that follow a name.
pub(super) fn split_names(list: &str) -> Vec<&str> {
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

/// A byline's names: one name, or several full names ("By Gender & Age"
/// is a shop's filter, not two authors).
pub(super) fn full_names(names: &[String]) -> bool {
    match names {
        [] => false,
        [_] => true,
        all => all.iter().all(|n| n.split_whitespace().count() >= 2),
    }
}
