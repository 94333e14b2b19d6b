//! `docs/algorithm.md` states the algorithm apart from the code: every
//! signal, title rule and metadata source the code has is named there.

use pith::{AuthorSource, DateSource, Signal, TitleRule};

const ALGORITHM: &str = include_str!("../docs/algorithm.md");

/// Whether the document names `name` as code (`` `name` ``).
fn named(name: &str) -> bool {
    ALGORITHM.contains(&format!("`{name}`"))
}

#[test]
fn every_signal_is_in_the_algorithm() {
    let missing: Vec<_> = Signal::KINDS.iter().filter(|k| !named(k)).collect();
    assert!(missing.is_empty(), "docs/algorithm.md lacks {missing:?}");
}

#[test]
fn every_title_rule_is_in_the_algorithm() {
    let missing: Vec<_> = TitleRule::ALL.iter().filter(|r| !named(r.name())).collect();
    assert!(missing.is_empty(), "docs/algorithm.md lacks {missing:?}");
}

#[test]
fn every_author_and_date_source_is_in_the_algorithm() {
    let authors = AuthorSource::ALL.iter().map(|s| s.name());
    let dates = DateSource::ALL.iter().map(|s| s.name());
    let missing: Vec<_> = authors.chain(dates).filter(|n| !named(n)).collect();
    assert!(missing.is_empty(), "docs/algorithm.md lacks {missing:?}");
}

#[test]
fn every_concept_a_class_signal_can_name_is_in_the_algorithm() {
    // `class:<concept>`: the concepts' names as the signal shows them
    let missing: Vec<_> = pith::Concept::ALL
        .iter()
        .filter(|c| **c != pith::Concept::Content)
        .map(|c| Signal::Class(*c).to_string())
        .filter(|s| !named(s.trim_start_matches("class:")))
        .collect();
    assert!(missing.is_empty(), "docs/algorithm.md lacks {missing:?}");
}
