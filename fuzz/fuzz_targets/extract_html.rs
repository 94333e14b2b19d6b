//! Any bytes, read as HTML (gzip and charset sniffing included), through
//! every writer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pith::{Format, Style};
use pith::{Extractor, InputKind, Options};

fuzz_target!(|data: &[u8]| {
    let extractor = Extractor::new(Options::default().with_input(InputKind::Html));
    if let Ok(article) = extractor.extract(data) {
        let style = Style::default()
            .with_images(true)
            .with_base_url(Some("https://example.com/a/b".into()));
        for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
            let _ = article.render(format, &style);
        }
        let _ = article.explain(true);
    }
});
