//! Regexes that compile cheaply for the text they are run on.
//!
//! pith's phrase and byline patterns use Unicode classes (`\w`, `\p{L}`,
//! `\s`) inside bounded repeats, and compiling them costs more than
//! extracting a page: 0.1 s for a one-page run of the command, three times
//! the work on the page itself. Yet most blocks hold no non-ASCII letter,
//! digit or space (curly quotes, dashes and `©` are none of these), and on
//! such a text every Unicode class matches exactly what its ASCII part
//! matches. So each [`Pattern`] compiles two regexes, each on first use:
//! one whose classes are cut to ASCII, for *plain* text, and the full one
//! for the rest. Both give the same matches on plain text (tested below),
//! so which one runs never changes a result.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use regex::{Captures, Regex};
use regex_automata::{meta, nfa::thompson::WhichCaptures};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// A compiled regex: the `regex` crate's [`Regex`], which captures and
/// replaces, or a [`Lean`] one, which only says whether it matches.
pub trait Engine: Sized {
    /// `source` compiled, or `None` if it does not compile.
    fn compile(source: &str) -> Option<Self>;
    /// Whether it matches anywhere in `text`.
    fn is_match(&self, text: &str) -> bool;
    /// What tests compare of two forms on `text`: every match's group
    /// spans, or for a lean regex, one empty entry if it matches.
    #[cfg(test)]
    fn spans(&self, text: &str) -> Vec<Vec<Option<std::ops::Range<usize>>>>;
}

impl Engine for Regex {
    fn compile(source: &str) -> Option<Regex> {
        Regex::new(source).ok()
    }
    fn is_match(&self, text: &str) -> bool {
        Regex::is_match(self, text)
    }
    #[cfg(test)]
    fn spans(&self, text: &str) -> Vec<Vec<Option<std::ops::Range<usize>>>> {
        self.captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
            .collect()
    }
}

/// A regex that only says whether it matches. The `regex` crate builds,
/// for every small pattern, capture slots, a literal prefilter and a full
/// DFA: more than half of the compile, and none of it pays on a short
/// block run a few times a page. This one runs the lazy DFA alone.
pub struct Lean(meta::Regex);

impl Engine for Lean {
    fn compile(source: &str) -> Option<Lean> {
        lean(source, WhichCaptures::None).map(Lean)
    }
    fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
    #[cfg(test)]
    fn spans(&self, text: &str) -> Vec<Vec<Option<std::ops::Range<usize>>>> {
        if self.0.is_match(text) {
            vec![Vec::new()]
        } else {
            Vec::new()
        }
    }
}

/// The lazy DFA and the PikeVM alone, with the capture slots asked for.
fn lean(source: &str, captures: WhichCaptures) -> Option<meta::Regex> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .which_captures(captures)
                .auto_prefilter(false)
                .dfa(false)
                .onepass(false)
                .backtrack(false),
        )
        .build(source)
        .ok()
}

/// A lean regex that also says where it matches (the whole match, no
/// groups): the lazy DFA and the PikeVM, nothing built ahead.
pub struct LeanFind(meta::Regex);

impl LeanFind {
    /// The leftmost match's span.
    pub fn find(&self, text: &str) -> Option<std::ops::Range<usize>> {
        self.0.find(text).map(|m| m.range())
    }
}

impl Engine for LeanFind {
    fn compile(source: &str) -> Option<LeanFind> {
        lean(source, WhichCaptures::Implicit).map(LeanFind)
    }
    fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
    #[cfg(test)]
    fn spans(&self, text: &str) -> Vec<Vec<Option<std::ops::Range<usize>>>> {
        self.0
            .find_iter(text)
            .map(|m| vec![Some(m.range())])
            .collect()
    }
}

/// A regex compiled in its plain or full form, as the text needs.
pub struct Forms<R> {
    source: Cow<'static, str>,
    plain: OnceLock<Option<R>>,
    full: OnceLock<Option<R>>,
}

/// A pattern that captures and replaces.
pub type Pattern = Forms<Regex>;

/// A pattern that only says whether it matches, and compiles in half the
/// time (see [`Lean`]).
pub type Matcher = Forms<Lean>;

/// A pattern that says where it matches, compiled as leanly (see
/// [`LeanFind`]).
pub type Finder = Forms<LeanFind>;

impl<R: Engine> Forms<R> {
    /// A pattern in the `regex` crate's syntax; nothing is compiled yet.
    pub const fn new(source: &'static str) -> Forms<R> {
        Forms {
            source: Cow::Borrowed(source),
            plain: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// A pattern built at run time.
    pub fn owned(source: String) -> Forms<R> {
        Forms {
            source: Cow::Owned(source),
            plain: OnceLock::new(),
            full: OnceLock::new(),
        }
    }

    /// The regex to run on `text` (`None` if the pattern does not compile,
    /// which each pattern's tests rule out).
    pub fn for_text(&self, text: &str) -> Option<&R> {
        self.form(is_plain(text))
    }

    /// The plain form if `plain` (what [`is_plain`] says of the text, for
    /// a caller that runs many patterns on one text), else the full one.
    pub fn form(&self, plain: bool) -> Option<&R> {
        if plain {
            if let Some(re) = self
                .plain
                .get_or_init(|| R::compile(&plain_source(&self.source)?))
            {
                return Some(re);
            }
        }
        self.full.get_or_init(|| R::compile(&self.source)).as_ref()
    }

    /// Both forms, compiled afresh: for tests that hold them to each other.
    #[cfg(test)]
    pub fn forms(&self) -> (Option<R>, Option<R>) {
        (
            plain_source(&self.source).and_then(|s| R::compile(&s)),
            R::compile(&self.source),
        )
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.for_text(text).is_some_and(|re| re.is_match(text))
    }
}

impl Forms<Regex> {
    /// The first match's groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        self.for_text(text)?.captures(text)
    }

    /// `text` with the first match replaced by `with`.
    pub fn replace<'t>(&self, text: &'t str, with: &str) -> Cow<'t, str> {
        match self.for_text(text) {
            Some(re) => re.replace(text, regex::NoExpand(with)),
            None => Cow::Borrowed(text),
        }
    }
}

/// The characters whose presence makes a text not plain: every Unicode
/// word character and space outside ASCII. The plain form is exact only if
/// this holds every non-ASCII character that a rewritten class (`\w`, `\d`,
/// `\s`, `\p{L}`) or a word boundary can see, and every case partner of
/// an ASCII letter (`K` Kelvin, `ſ`): `[\w\s]` holds them all.
static WORDISH: LazyLock<ClassUnicode> = LazyLock::new(|| {
    let mut class = match regex_syntax::parse(r"[\w\s]").map(Hir::into_kind) {
        Ok(HirKind::Class(Class::Unicode(c))) => c,
        _ => ClassUnicode::empty(),
    };
    class.intersect(&non_ascii());
    class
});

fn non_ascii() -> ClassUnicode {
    ClassUnicode::new([ClassUnicodeRange::new('\u{80}', char::MAX)])
}

/// Whether every non-ASCII character of `text` is outside [`WORDISH`].
pub fn is_plain(text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    let ranges = WORDISH.ranges();
    text.chars().filter(|c| !c.is_ascii()).all(|c| {
        ranges
            .binary_search_by(|r| {
                if r.end() < c {
                    std::cmp::Ordering::Less
                } else if r.start() > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_err()
    })
}

/// `source` as it matches on plain text: each Unicode class becomes its
/// ASCII part, since a plain text holds no other character of it (all of
/// them are in [`WORDISH`], and so are all their case partners), and each
/// word boundary an ASCII one, since no non-ASCII character of a plain
/// text is a word character. `None` for a class it does not know.
fn plain_source(source: &str) -> Option<String> {
    if has_posix_class(source) {
        return None;
    }
    let mut out = String::with_capacity(source.len() + 64);
    let mut chars = source.chars().peekable();
    // depth of `[...]`: inside one, `\b` is not a boundary
    let mut depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let e = chars.next()?;
                let class = |name: &str| match name {
                    "L" => Some("A-Za-z"),
                    "Lu" => Some("A-Z"),
                    "Ll" => Some("a-z"),
                    _ => None,
                };
                match e {
                    'w' => out.push_str("[0-9A-Za-z_]"),
                    'W' => out.push_str("[^0-9A-Za-z_]"),
                    'd' => out.push_str("[0-9]"),
                    'D' => out.push_str("[^0-9]"),
                    's' => out.push_str(r"[\t\n\x0B\x0C\r\x20]"),
                    'S' => out.push_str(r"[^\t\n\x0B\x0C\r\x20]"),
                    'b' | 'B' if depth == 0 => {
                        out.push_str("(?-u:\\");
                        out.push(e);
                        out.push(')');
                    }
                    'p' | 'P' => {
                        let name: String = if chars.peek() == Some(&'{') {
                            chars.next();
                            let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                            name
                        } else {
                            chars.next()?.to_string()
                        };
                        out.push_str(if e == 'p' { "[" } else { "[^" });
                        out.push_str(class(&name)?);
                        out.push(']');
                    }
                    _ => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' => {
                depth += 1;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                // a `]` first in a class is itself
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if depth > 0 => {
                depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Some(out)
}

/// Whether `source` names a POSIX class (`[:alpha:]`, `[:^space:]`),
/// which the rewrite leaves to the full form.
fn has_posix_class(source: &str) -> bool {
    source.match_indices("[:").any(|(at, _)| {
        let rest = source[at + 2..].trim_start_matches('^');
        let name = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        name.len() < rest.len() && name.starts_with(":]")
    })
}

/// Holds patterns' two forms to each other on real text: every plain line
/// of the dev set's page dumps (`../shared/eval/dev/text-full`, some 440 000
/// lines), read once per test run.
#[cfg(test)]
pub(crate) mod real_lines {
    use std::sync::OnceLock;

    use super::{is_plain, Engine, Forms};

    /// The plain lines of the shared data beside the checkout; a test that
    /// needs them fails without them (they are `#[ignore]`d for a plain
    /// `cargo test`; `.ci/run` runs them).
    pub fn plain() -> &'static [String] {
        static LINES: OnceLock<Vec<String>> = OnceLock::new();
        LINES.get_or_init(|| {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/eval/dev/text-full");
            let mut lines = Vec::new();
            let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (../shared must be beside the checkout)",
                    dir.display()
                )
            });
            for entry in entries {
                let path = entry.expect("a folder entry").path();
                let text = std::fs::read_to_string(&path).expect("a dev page's text");
                lines.extend(text.lines().filter(|l| is_plain(l)).map(str::to_string));
            }
            lines
        })
    }

    /// Holds each named pattern's two forms to each other on every plain
    /// line; returns how many (pattern, line) pairs matched.
    pub fn forms_agree<'a, R: Engine + 'a>(
        patterns: impl IntoIterator<Item = (&'a str, &'a Forms<R>)>,
    ) -> usize {
        let lines = plain();
        patterns
            .into_iter()
            .map(|(name, p)| agree(name, p, lines))
            .sum()
    }

    /// Asserts that both forms of `pattern` find the same matches, with the
    /// same group spans, on every line; returns how many lines matched.
    fn agree<R: Engine>(name: &str, pattern: &Forms<R>, lines: &[String]) -> usize {
        let (plain, full) = pattern.forms();
        let (plain, full) = (plain.expect("plain form"), full.expect("full form"));
        let mut matched = 0;
        for line in lines {
            let want = full.spans(line);
            assert_eq!(plain.spans(line), want, "{name} on {line:?}");
            matched += usize::from(!want.is_empty());
        }
        matched
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match, with every group's span, of `re` on `text`.
    fn spans(re: &Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        re.captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect()
    }

    const PATTERNS: &[&str] = &[
        r"(?i)^\W*(?:by|von)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*[,|·•-]\s*.{0,60})?$",
        r"(?i)\b(\d{1,2})\.?\s+(\p{L}{3,12})\.?,?\s+(\d{4})\b",
        r"^(?:[^|·•\d]+[|·•]\s*)?\W*\d+\s*min(?:ute)?s?\.?\s+read\W*$",
        r"(?i)lo\s+más\s+leído|\bmeistgelesen\b|\S+@\S+",
        r"(?x)\b(\d{4})-(\d{1,2}) (?:[T\ ](\d{1,2}))? \s+ \w+",
        r"(?i)photo\s*[:©/|]\s*\w+|\bwrites:\s",
        r"[[:alpha:]]+\s[^\W\d]+",
        r"\b[\p{L}]+\s+by\s+\p{Lu}\p{Ll}+|\P{L}+$",
    ];

    const TEXTS: &[&str] = &[
        "By Jane O’Neil · 4 min read",
        "BY JANE DOE | May 4, 2025",
        "von Max Mustermann — 12. März 2024",
        "Lo más leído",
        "LO MÁS LEÍDO",
        "MEISTGELESEN",
        "© 2024 Example “Ltd” — all rights reserved",
        "Kelvin: \u{212a}elvin and long \u{17f}",
        "written by Zoë Smith",
        "non\u{a0}breaking space and ZWJ 👩\u{200d}💻 emoji",
        "4 min read",
        "Politics | 4 min read",
        "Email jane@example.com today",
        "Ünïcödé ÉVERYWHERE 12 März 2024",
        "2024-05 T12 report — filed",
        "Photo: Jane · Photo © Agency",
        "A reader writes: hello",
        "2024-05 snake_case report",
        "mail\x0Bme@example.org",
        "2024-05\x0Bvertical tab",
        "Posted in Politics by jane Doe",
    ];

    #[test]
    fn the_plain_regex_matches_as_the_full_one_on_plain_text() {
        for p in PATTERNS {
            let pattern = Pattern::new(p);
            let (full, plain) = (
                Regex::new(p).expect("test pattern"),
                plain_source(p).and_then(|s| Regex::new(&s).ok()),
            );
            // only a POSIX class is left to the full form
            assert_eq!(plain.is_none(), has_posix_class(p), "{p}");
            for text in TEXTS {
                if let Some(plain) = plain.as_ref().filter(|_| is_plain(text)) {
                    assert_eq!(spans(plain, text), spans(&full, text), "{p} on {text}");
                }
                let chosen = pattern.for_text(text).expect("compiles");
                assert_eq!(spans(chosen, text), spans(&full, text), "{p} on {text}");
            }
        }
    }

    #[test]
    fn the_rewrite_cuts_classes_and_boundaries_to_ascii() {
        assert_eq!(
            plain_source(r"\bBy\s\p{Lu}[\w.\-]*\B").as_deref(),
            Some(r"(?-u:\b)By[\t\n\x0B\x0C\r\x20][A-Z][[0-9A-Za-z_].\-]*(?-u:\B)")
        );
        // a `]` first in a class is itself; a negated class nests
        assert_eq!(
            plain_source(r"[]\W][^\d]").as_deref(),
            Some(r"[][^0-9A-Za-z_]][^[0-9]]")
        );
        assert_eq!(plain_source(r"\p{Greek}"), None);
    }

    #[test]
    fn letters_spaces_and_joiners_beyond_ascii_make_a_text_full() {
        assert!(is_plain("By Jane O’Neil · “quoted” — © 2024 • 4 min"));
        for text in [
            "Zoë",
            "más",
            "\u{a0}",
            "\u{212a}",
            "\u{17f}",
            "a\u{200d}b",
            "١٢",
            "日本",
        ] {
            assert!(!is_plain(text), "{text:?}");
        }
    }

    #[test]
    fn the_plain_regex_is_smaller() {
        let p = r"(?i)^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was)\s+(?:[\p{L}-]+\s+){0,5}?writer";
        let (full, plain) = (
            Regex::new(p).expect("test pattern"),
            plain_source(p)
                .and_then(|s| Regex::new(&s).ok())
                .expect("plain form compiles"),
        );
        let printed = regex_syntax::parse(p).expect("test pattern").to_string();
        assert!(
            plain.as_str().len() * 10 < printed.len(),
            "{}",
            plain.as_str()
        );
        assert!(full.is_match("Jane Doe is a freelance writer"));
        assert!(plain.is_match("Jane Doe is a freelance writer"));
    }
}
