//! How `branches.rs` is derived from the phrase groups, and the tests that
//! hold it to them.
//!
//! A group's pattern is an alternation of many phrases. Compiled whole, a
//! group costs a one-page process more than the page: one literal of one
//! phrase ("share") compiles all forty. So each pattern is split into
//! branches, each with the literals one of which every match of it holds:
//!
//! - a top-level alternation `A|B` splits into `A` and `B`;
//! - a sequence whose literals come from one group of alternatives,
//!   `^\W*(?:A|B)\W*$`, splits into `^\W*(?:A)\W*$` and `^\W*(?:B)\W*$`.
//!
//! A text matches the group exactly when it matches one of its branches,
//! and the real-lines test below holds the two to each other.
//!
//! Regenerate after editing a group: `PITH_BLESS=1 cargo test --lib
//! phrases::derive`; without it, the test fails while the file differs.

use regex_syntax::ast::{self, Ast, GroupKind};
use regex_syntax::hir::{Hir, HirKind};

use super::{prepared, GROUPS};

/// Branches a group may split into: past this, the split is a mistake.
const MAX_BRANCHES: usize = 200;

/// Lowercased literals, one of which every match of `hir` contains, or
/// `None` when there is no such set (a class, an optional part).
fn required(hir: &Hir) -> Option<Vec<String>> {
    match hir.kind() {
        HirKind::Literal(lit) => Some(vec![String::from_utf8_lossy(&lit.0).to_lowercase()]),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        // The set whose shortest literal is longest is the most selective.
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(required)
            .max_by_key(|set| set.iter().map(|s| s.chars().count()).min().unwrap_or(0)),
        HirKind::Alternation(alts) => {
            let mut all = Vec::new();
            for alt in alts {
                all.extend(required(alt)?);
            }
            Some(all)
        }
        _ => None,
    }
}

fn literals_of(source: &str) -> Option<Vec<String>> {
    let mut set = required(&regex_syntax::parse(source).ok()?)?;
    set.sort();
    set.dedup();
    Some(set)
}

fn parse(source: &str) -> Ast {
    ast::parse::Parser::new()
        .parse(source)
        .unwrap_or_else(|e| panic!("{source}: {e}"))
}

fn text<'s>(source: &'s str, ast: &Ast) -> &'s str {
    let span = ast.span();
    &source[span.start.offset..span.end.offset]
}

/// The alternatives of a plain `(?:A|B)`, if `ast` is one.
fn alternatives(ast: &Ast) -> Option<&[Ast]> {
    let Ast::Group(group) = ast else {
        return None;
    };
    match (&group.kind, &*group.ast) {
        (GroupKind::NonCapturing(flags), Ast::Alternation(alt)) if flags.items.is_empty() => {
            Some(&alt.asts)
        }
        _ => None,
    }
}

/// `source`'s branches, appended to `out`.
fn split(source: &str, out: &mut Vec<String>) {
    let ast = parse(source);
    match &ast {
        Ast::Alternation(alt) => {
            for a in &alt.asts {
                split(text(source, a), out);
            }
        }
        Ast::Group(_) if alternatives(&ast).is_some() => {
            for a in alternatives(&ast).unwrap_or_default() {
                split(text(source, a), out);
            }
        }
        Ast::Concat(concat) => {
            // Distribute over the part the sequence's literals come from.
            let whole = literals_of(source);
            let part = concat.asts.iter().find(|part| {
                alternatives(part).is_some() && literals_of(text(source, part)) == whole
            });
            match part {
                Some(part) => {
                    let span = part.span();
                    let (head, tail) = (&source[..span.start.offset], &source[span.end.offset..]);
                    for a in alternatives(part).unwrap_or_default() {
                        split(&format!("{head}(?:{}){tail}", text(source, a)), out);
                    }
                }
                None => out.push(source.to_string()),
            }
        }
        _ => out.push(source.to_string()),
    }
}

/// A group's branches (in its prepared form), with their literals.
pub(super) fn branches(group: usize) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    split(&prepared(&GROUPS[group]), &mut out);
    out.into_iter()
        .map(|b| {
            let literals = literals_of(&b).unwrap_or_default();
            (b, literals)
        })
        .collect()
}

/// The text of `branches.rs`.
fn table() -> String {
    let mut out = String::from(
        "//! The phrase groups' branches and their literals, derived from the\n\
         //! groups by `derive.rs`: regenerate with `PITH_BLESS=1 cargo test --lib\n\
         //! phrases::derive`. Do not edit.\n\
         \n\
         use super::Branch;\n\
         \n\
         #[rustfmt::skip]\n\
         pub(super) const BRANCHES: &[Branch] = &[\n",
    );
    for (g, group) in GROUPS.iter().enumerate() {
        out.push_str(&format!("    // {}\n", group.hit.name));
        for (pattern, literals) in branches(g) {
            let literals: Vec<String> = literals.iter().map(|l| format!("{l:?}")).collect();
            out.push_str(&format!(
                "    Branch {{ group: {g}, pattern: r#\"{pattern}\"#, literals: &[{}] }},\n",
                literals.join(", ")
            ));
        }
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::phrases::{phrase_hits, BRANCHES, LEXICON};

    #[test]
    fn the_branch_table_is_derived_from_the_groups() {
        let fresh = table();
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/lexicon/phrases/branches.rs"
        );
        if std::env::var_os("PITH_BLESS").is_some() {
            std::fs::write(path, &fresh).expect("branches.rs is writable");
        }
        let shipped = std::fs::read_to_string(path).expect("branches.rs");
        assert!(
            shipped == fresh,
            "branches.rs is stale: PITH_BLESS=1 cargo test --lib phrases::derive"
        );
    }

    #[test]
    fn every_branch_has_literals_and_splits_stay_small() {
        assert!(GROUPS.len() < usize::from(u8::MAX));
        assert!(BRANCHES.len() < usize::from(u16::MAX));
        for (g, group) in GROUPS.iter().enumerate() {
            let branches = branches(g);
            assert!(branches.len() <= MAX_BRANCHES, "{}", group.hit.name);
            for (pattern, literals) in branches {
                // a branch without one runs on every block: slow
                assert!(!literals.is_empty(), "{pattern}");
                assert!(!pattern.contains("\"#"), "{pattern}");
            }
        }
    }

    #[test]
    fn splitting_distributes_over_the_alternatives_that_hold_the_literals() {
        let mut out = Vec::new();
        split(r"^\W*(?:most\s+read|trending)\W*$|tips@", &mut out);
        assert_eq!(
            out,
            [r"^\W*(?:most\s+read)\W*$", r"^\W*(?:trending)\W*$", "tips@"]
        );
        // the literals come from "subscribe", not the alternatives: no split
        out.clear();
        split(r"subscribe\s+(?:now|today)", &mut out);
        assert_eq!(out, [r"subscribe\s+(?:now|today)"]);
    }

    /// Every group's verdict, from its whole pattern, on `text`.
    fn by_groups(text: &str, words: usize, whole: &[regex::Regex]) -> Vec<&'static str> {
        GROUPS
            .iter()
            .zip(whole)
            .filter(|(g, re)| words <= g.max_words && re.is_match(text))
            .map(|(g, _)| g.hit.name)
            .collect()
    }

    fn whole_groups() -> Vec<regex::Regex> {
        GROUPS
            .iter()
            .map(|g| regex::Regex::new(&format!("(?i){}", prepared(g))).expect("compiles"))
            .collect()
    }

    fn by_branches(text: &str, words: usize) -> Vec<&'static str> {
        phrase_hits(text, words).iter().map(|h| h.name).collect()
    }

    #[test]
    fn branches_and_their_gate_give_the_groups_verdicts() {
        let whole = whole_groups();
        for text in [
            "LO MÁS LEÍDO",
            "MEISTGELESEN",
            "ÉCRIT PAR Jean Dupont",
            "Síguenos en Twitter",
            "Phyllis SAYS May 30, 2019 at 6:26 pm",
            "© 2024 Musterverlag GmbH. Alle Rechte vorbehalten.",
            "Photo: Getty Images",
            "Share this article on Facebook",
            "Sign up for our newsletter",
            "The minister said the plan will cost more than expected.",
        ] {
            let words = text.split_whitespace().count();
            assert_eq!(
                by_branches(text, words),
                by_groups(text, words, &whole),
                "{text}"
            );
        }
    }

    #[test]
    #[ignore = "needs ../shared/eval beside the checkout; .ci/run runs it"]
    fn branches_give_the_groups_verdicts_on_real_lines() {
        let whole = whole_groups();
        let mut matched = 0;
        for line in crate::pattern::real_lines::plain() {
            let words = line.split_whitespace().count();
            let found = by_branches(line, words);
            assert_eq!(found, by_groups(line, words, &whole), "{line}");
            matched += found.len();
        }
        // the lines exercise the groups, not only their misses
        assert!(matched > 10_000, "{matched}");
    }

    #[test]
    #[ignore = "needs ../shared/eval beside the checkout; .ci/run runs it"]
    fn each_branch_plain_form_agrees_on_real_lines() {
        let branches = LEXICON
            .branches
            .iter()
            .zip(BRANCHES)
            .map(|(p, b)| (b.pattern, p));
        let matched = crate::pattern::real_lines::forms_agree(branches);
        assert!(matched > 10_000, "{matched}");
    }
}
