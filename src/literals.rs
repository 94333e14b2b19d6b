//! A set of literals searched, overlapping, in text after text.
//!
//! aho-corasick's DFA walks bytes fastest, but building it costs a one-page
//! process more than its page: a third of `pith < page.html`. Its
//! contiguous NFA builds in a fraction of that time and searches at about
//! half the speed. So [`Literals`] starts as the NFA and builds the DFA once
//! it has searched enough text that the build is a small part of the work:
//! the one-page filter never pays for it, a batch pays once. Both automata
//! report the same matches, so which one runs never changes a result.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, FindOverlappingIter};

/// Bytes searched with the NFA before the DFA is built: past this, the
/// NFA's slower walk has cost about as much as building the DFA.
const UPGRADE_AFTER: usize = 1 << 20;

/// Literals, and the automaton that finds them.
pub struct Literals {
    builder: AhoCorasickBuilder,
    patterns: Vec<String>,
    nfa: AhoCorasick,
    dfa: OnceLock<Option<AhoCorasick>>,
    searched: AtomicUsize,
}

impl Literals {
    /// `patterns` as `builder` configures them (its kind is set here), or
    /// `None` if they do not build.
    pub fn new<P: AsRef<str>>(builder: &AhoCorasickBuilder, patterns: &[P]) -> Option<Literals> {
        let patterns: Vec<String> = patterns.iter().map(|p| p.as_ref().to_string()).collect();
        let nfa = builder
            .clone()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .ok()?;
        Some(Literals {
            builder: builder.clone(),
            patterns,
            nfa,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
        })
    }

    /// Every match in `haystack`, overlapping ones included.
    pub fn find_overlapping_iter<'a, 'h>(
        &'a self,
        haystack: &'h str,
    ) -> FindOverlappingIter<'a, 'h> {
        self.automaton(haystack.len())
            .find_overlapping_iter(haystack)
    }

    /// The automaton to search `len` bytes with.
    fn automaton(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref().unwrap_or(&self.nfa);
        }
        if self.searched.fetch_add(len, Ordering::Relaxed) < UPGRADE_AFTER {
            return &self.nfa;
        }
        self.dfa
            .get_or_init(|| {
                self.builder
                    .clone()
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&self.patterns)
                    .ok()
            })
            .as_ref()
            .unwrap_or(&self.nfa)
    }

    /// Whether the DFA has been built.
    #[cfg(test)]
    fn upgraded(&self) -> bool {
        self.dfa.get().is_some()
    }
}

#[cfg(test)]
mod tests {
    use aho_corasick::MatchKind;

    use super::*;

    fn found(lits: &Literals, text: &str) -> Vec<(usize, usize, usize)> {
        lits.find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    #[test]
    fn the_dfa_comes_after_enough_text_and_finds_what_the_nfa_found() {
        let mut builder = AhoCorasickBuilder::new();
        builder
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard);
        let lits =
            Literals::new(&builder, &["most", "most read", "read", "tips@"]).expect("builds");
        let text = "MOST READ: send tips@example.com, most of it read";
        let by_nfa = found(&lits, text);
        assert_eq!(by_nfa.len(), 6, "{by_nfa:?}");
        assert!(!lits.upgraded());
        let filler = "x".repeat(UPGRADE_AFTER);
        assert!(lits.find_overlapping_iter(&filler).next().is_none());
        found(&lits, text);
        assert!(lits.upgraded());
        assert_eq!(found(&lits, text), by_nfa);
    }
}
