//! Any bytes as a JSON Lines stream: one output line per input record,
//! every output line valid JSON; the sites' templates learned as in a
//! command's run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pith::batch::jsonl::{self, JsonlOptions};
use pith::batch::Quiet;
use pith::{Extractor, SiteTemplates};

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    let mut summary = pith::batch::Summary::default();
    let mut templates = SiteTemplates::new();
    jsonl::run(
        &Extractor::default(),
        &mut &data[..],
        &mut out,
        &JsonlOptions::default(),
        Some(&mut templates),
        &Quiet,
        &mut summary,
    )
    .expect("writing to a Vec cannot fail");
    let text = String::from_utf8(out).expect("output is UTF-8");
    // one line out per line in: a record, or an empty line for a blank one
    assert_eq!(text.lines().count(), summary.pages + summary.skipped);
    for line in text.lines().filter(|l| !l.is_empty()) {
        assert!(line.starts_with('{') && line.ends_with('}'), "{line}");
    }
});
