//! Any bytes as a JSON Lines stream: one output line per input record,
//! every output line valid JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pith::batch::jsonl::{self, JsonlOptions};
use pith::batch::Progress;
use pith::Extractor;

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    let summary = jsonl::run(
        &Extractor::default(),
        &mut &data[..],
        &mut out,
        &JsonlOptions::default(),
        &Progress::hidden(),
    )
    .expect("writing to a Vec cannot fail");
    let text = String::from_utf8(out).expect("output is UTF-8");
    assert_eq!(text.lines().count(), summary.pages);
    for line in text.lines() {
        assert!(line.starts_with('{') && line.ends_with('}'), "{line}");
    }
});
