//! The words of titles: how two titles agree, what sets a site's name off,
//! and the labels and dates a template adds to a page's name.

/// Word agreement at which two titles are the same.
pub(super) const SAME_TITLE: f32 = 0.8;

/// Word agreement at which an h1 is the declared title reworded (a shorter
/// or longer form of the same headline).
pub(super) const H1_AGREES: f32 = 0.4;

/// What sets a site's name off a title.
pub(super) const SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " · ", " / "];

/// The separators of a trail of page, section and site ("Page | Section |
/// Site"), where the dashes more often join a headline's own parts.
pub(super) const TRAILS: [&str; 2] = [" | ", " / "];

/// Whether a declared title can name the page: it has letters, and is not
/// a bare domain name.
pub(super) fn informative(t: &str) -> bool {
    let t = t.trim();
    let domain = !t.contains(' ') && t.contains('.') && !t.ends_with('.');
    // "| Circuits Monthly": a template left the page's name empty
    let unnamed = SEPARATORS.iter().any(|sep| t.starts_with(sep.trim_start()));
    t.chars().any(char::is_alphabetic) && !domain && !unnamed
}

/// Word F1 of two titles, on words without punctuation and case.
pub(super) fn agreement(a: &str, b: &str) -> f32 {
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

/// Two texts the same but for case and spacing.
pub(super) fn same_text(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// "News | National Tutoring Network" with the h1 "News": an h1
/// that begins the declared title, before a separator, is its headline
/// however short.
pub(super) fn heads_title(title: &str, h1: &str) -> bool {
    let (title, h1) = (title.trim(), h1.trim());
    !h1.is_empty()
        && title
            .get(..h1.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(h1))
        && SEPARATORS
            .iter()
            .any(|sep| title[h1.len()..].starts_with(sep))
}

/// "Ada's Notebook: Winter Puzzles" with the h1 "Ada's Notebook" →
/// "Winter Puzzles": the rest of a declared title that begins or ends with
/// an h1, when it is two words or more.
pub(super) fn affix_rest<'t>(title: &'t str, h1: &str) -> Option<&'t str> {
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

/// "The world's #1 notebook app powers the modern office.": an h1 that
/// ends in a full stop is a sentence, a slogan, where a title has none
/// ("… in the U.S." ends an abbreviation).
pub(super) fn is_sentence(h1: &str) -> bool {
    let last = h1.split_whitespace().last().unwrap_or_default();
    last.len() > 1 && last.ends_with('.') && !last[..last.len() - 1].contains('.')
}

/// "Module runtime" under the title "harbor::runtime - Rust": an API
/// reference's h1 names an item by its kind, where the declared title names
/// it by its path, which says whose item it is.
pub(super) fn item_by_kind(h1: &str, declared: &str) -> bool {
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

/// "Home", "Homepage", "Welcome": the label of a site's front page, which
/// names no page.
pub(super) fn is_home_label(t: &str) -> bool {
    let t = t.trim().to_lowercase();
    matches!(
        t.as_str(),
        "home" | "homepage" | "home page" | "welcome" | "front page" | "index"
    )
}

/// A name's letters and digits, lower-cased: "Fleet Lists" and
/// "fleetlists" squeeze to the same.
pub(super) fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "Shopfront.com": a bare domain name, which names a site, never a page.
pub(super) fn is_domain(t: &str) -> bool {
    let t = t.trim();
    let Some((name, tld)) = t.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && !t.contains(char::is_whitespace)
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// "Pitchside • View topic - 2025-26 Football Season": forum software's
/// title template names the site and the page's kind before the topic,
/// which is what follows.
pub(super) fn after_view_label(t: &str) -> Option<&str> {
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

/// A title as shown: whitespace collapsed, a leading date, an archive
/// label and a trailing item count cut.
pub(crate) fn tidy(t: &str) -> String {
    let t = without_leading_date(&t.split_whitespace().collect::<Vec<_>>().join(" "));
    let t = after_archive_label(&t).unwrap_or(&t);
    without_item_count(t).to_string()
}

/// "Dec 18 2025 Preparing a transition" → "Preparing a transition": a
/// blog's date run into its headline.
pub(super) fn without_leading_date(t: &str) -> String {
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
pub(super) fn date_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    w.chars().all(|c| c.is_ascii_digit() || "./-:".contains(c))
        || crate::date::month(w).is_some()
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            w.strip_suffix(s)
                .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
        })
}

/// "Collection: Headphones", "Browse subject: Hardware -- Catalogs": the
/// name that a site's template gives an archive or a thread, after its
/// label. A namespace written without a space ("Category:Programming
/// languages") is part of the name.
pub(super) fn after_archive_label(t: &str) -> Option<&str> {
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
pub(super) fn searched_term(t: &str) -> Option<&str> {
    let lower = t.to_lowercase();
    let label = ["search results for", "showing results for", "results for"]
        .iter()
        .find(|l| lower.starts_with(*l))?;
    let term = t.get(label.len()..)?.trim_start_matches([' ', ':']);
    let term = term.trim_matches(['"', '“', '”', '\'', '‘', '’', ' ']);
    term.chars().any(char::is_alphanumeric).then_some(term)
}

/// "Best Sea Stories (7141 books)" → "Best Sea Stories": a listing's count
/// of what it lists is no part of its name; a year is ("(2025 Reviews)").
pub(super) fn without_item_count(t: &str) -> &str {
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
