//! The library API: `pith::extract`, `Extractor`, options, determinism and
//! inputs that must neither panic nor take unbounded time.

use pith::{Extractor, InputKind, Options};

const ARTICLE: &str = "<html><body><div class='menu'><a href='/'>Home</a></div>\
<div class='story-body'><h1>Bridge closed</h1>\
<p>Engineers have found cracks in two of the piers of the old river bridge, the transport department said on Wednesday.</p>\
<h2>What drivers need to know</h2>\
<p>The bridge will be limited to one lane in each direction while further tests are carried out by the engineers.</p>\
<div class='related-links'><a href='/a'>Harbour wall repairs to start</a></div>\
<p>Sign up to our newsletter for the latest travel news, delivered straight to your inbox.</p></div></body></html>";

#[test]
fn extract_returns_title_body_and_every_block_with_reasons() {
    let a = pith::extract(ARTICLE.as_bytes()).expect("extracts");
    assert_eq!(a.title.as_deref(), Some("Bridge closed"));
    let text = a.text();
    assert!(text.contains("What drivers need to know"), "{text}");
    assert!(!text.contains("Harbour wall"), "{text}");
    assert!(!text.contains("newsletter"), "{text}");
    assert!(!text.contains("Home"), "{text}");
    let related = a
        .blocks
        .iter()
        .find(|b| b.block.text.contains("Harbour"))
        .expect("block");
    assert!(!related.kept);
    assert!(
        related
            .reasons
            .iter()
            .any(|r| r.signal == pith::Signal::Class(pith::Concept::Related)),
        "{:?}",
        related.reasons
    );
    assert!(a.blocks.iter().all(|b| (0.0..=1.0).contains(&b.score)));
    assert!(a
        .blocks
        .iter()
        .all(|b| b.kept == (b.score < 0.5) || b.is_title));
}

#[test]
fn the_same_input_gives_the_same_output() {
    let e = Extractor::default();
    let first = e.extract(ARTICLE.as_bytes()).expect("extracts").text();
    for _ in 0..3 {
        assert_eq!(
            e.extract(ARTICLE.as_bytes()).expect("extracts").text(),
            first
        );
    }
}

#[test]
fn threshold_trades_precision_for_recall() {
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/en-most-read-tipline.html"
    ))
    .expect("fixture");
    let kept = |t: f32| -> Vec<String> {
        let a = Extractor::new(Options::default().with_threshold(t).expect("valid"))
            .extract(&page)
            .expect("x");
        assert!(a
            .blocks
            .iter()
            .all(|b| b.kept == (b.score < t) || b.is_title));
        a.kept().map(|b| b.block.text.clone()).collect()
    };
    let (strict, loose) = (kept(0.2), kept(0.9));
    assert!(
        strict.iter().all(|b| loose.contains(b)),
        "strict keeps a block loose drops"
    );
    assert!(
        strict.len() < loose.len(),
        "{} vs {}",
        strict.len(),
        loose.len()
    );
}

#[test]
fn input_kind_can_be_forced() {
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract_str(
        "<p>Use the p tag for every paragraph, the style guide says, and close each one.",
    );
    assert_eq!(a.input, InputKind::Text);
    assert!(a.text().contains("<p>"));
}

#[test]
fn unknown_encoding_label_is_an_error() {
    assert!(matches!(
        Options::default().with_encoding_label("no-such-charset"),
        Err(pith::Error::UnknownEncoding { .. })
    ));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 11 + 200);
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(
        "<p>Deep inside a hundred thousand divs sits a sentence that should still be read.</p>",
    );
    for _ in 0..depth {
        html.push_str("</div>");
    }
    let a = pith::extract(html.as_bytes()).expect("extracts");
    assert!(a
        .blocks
        .iter()
        .any(|b| b.block.text.contains("hundred thousand")));
}

#[test]
fn a_long_line_without_newline_is_one_block() {
    let line = "word ".repeat(2_000_000);
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract(line.as_bytes()).expect("extracts");
    assert_eq!(a.blocks.len(), 1);
}

#[test]
fn nul_bytes_and_windows_line_endings_are_handled() {
    let text = "First line of a story that is long enough to be read as prose by anyone.\r\n\0\r\nSecond line of the same story, which is also long enough to be prose.\r\n";
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract(text.as_bytes()).expect("extracts");
    assert_eq!(a.kept().count(), 2);
    assert!(!a.text().contains('\r') && !a.text().contains('\0'));
}

#[test]
fn truncated_gzip_is_an_error_not_a_panic() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(ARTICLE.as_bytes()).expect("gzip");
    let bytes = gz.finish().expect("gzip");
    let cut = &bytes[..bytes.len() / 2];
    assert!(matches!(pith::extract(cut), Err(pith::Error::Gzip(_))));
}

#[test]
fn oversized_input_is_truncated_and_flagged() {
    let e = Extractor::new(Options::default().with_max_bytes(64 * 1024).expect("valid"));
    let page = format!(
        "<html><body>{}</body></html>",
        "<p>Some words that repeat for a long while.</p>".repeat(10_000)
    );
    let a = e.extract(page.as_bytes()).expect("extracts");
    assert!(a.truncated);
}

#[test]
fn a_page_whose_body_a_script_renders_gives_its_declared_description() {
    let desc = "Howdy everyone, I am new to astronomy and would love some advice on choosing my first telescope for planets and deep-sky objects.";
    let shell = format!(
        "<html><head><title>New to astronomy</title><meta property=\"og:description\" content=\"{desc}\"></head>\
         <body><div id=\"app\"></div><script src=\"/app.js\"></script></body></html>"
    );
    let a = pith::extract(shell.as_bytes()).expect("extract");
    assert_eq!(a.text(), desc);
    assert!(a.blocks.iter().any(|b| b
        .reasons
        .iter()
        .any(|r| r.signal == pith::Signal::FallbackDescription)));
    // a site's tagline is no article
    let tagline = "<html><head><meta name=\"description\" content=\"News, reviews and guides\"></head><body></body></html>";
    assert_eq!(
        pith::extract(tagline.as_bytes()).expect("extract").text(),
        ""
    );
}

#[test]
fn utf8_once_read_as_windows_1252_is_repaired_in_title_and_text() {
    // the bytes of "’" and "—" read as Windows-1252 and stored again as UTF-8
    let page = "<html><head><meta charset='utf-8'><title>Rates rise â€” again</title></head>\
<body><article><h1>Rates rise â€” again</h1>\
<p>The central bank raised its rate on Thursday, and the governor said it wasnâ€™t the last rise this year.</p>\
<p>Markets had expected the move, which follows three months of faster price growth across the economy.</p>\
</article></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extracts");
    assert_eq!(a.title.as_deref(), Some("Rates rise — again"));
    assert!(a.text().contains("it wasn’t the last rise"), "{}", a.text());
}

#[test]
fn setters_refuse_values_they_cannot_take() {
    for t in [0.0, 1.0, -0.5, 1.5, f32::NAN] {
        assert!(
            matches!(
                Options::default().with_threshold(t),
                Err(pith::Error::InvalidOption {
                    option: "threshold",
                    ..
                })
            ),
            "{t}"
        );
    }
    assert!(matches!(
        Options::default().with_max_bytes(100),
        Err(pith::Error::InvalidOption {
            option: "max_bytes",
            ..
        })
    ));
    let o = Options::default()
        .with_threshold(0.4)
        .and_then(|o| o.with_max_bytes(2048))
        .expect("valid");
    assert_eq!((o.threshold(), o.max_bytes()), (0.4, 2048));
}
