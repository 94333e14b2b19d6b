//! Any bytes, read as plain text (and with `--input auto`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pith::{Extractor, InputKind, Options};

fuzz_target!(|data: &[u8]| {
    let text = Extractor::new(Options::default().with_input(InputKind::Text));
    if let Ok(a) = text.extract(data) {
        let _ = a.text();
    }
    let auto = Extractor::new(Options::default());
    if let Ok(a) = auto.extract(data) {
        let _ = a.render(pith::Format::Markdown, &Default::default());
    }
});
