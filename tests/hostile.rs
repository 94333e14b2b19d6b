//! Hostile and broken input: every one gives a result or a clear error, never
//! a panic, a hang or a blown stack. (How long each takes is measured by
//! `benches/`, not asserted here; these only have to finish.)

use std::io::Write;
use std::time::Duration;

use pith::{Error, Extractor, InputKind, Options};

const PROSE: &str = "The committee met on Thursday to discuss the budget, and its members agreed that the library would stay open through the winter.";

fn page(body: &str) -> String {
    format!("<html><head><title>A test</title></head><body><article><p>{PROSE}</p>{body}<p>{PROSE}</p></article></body></html>")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).expect("gzip");
    gz.finish().expect("gzip")
}

/// A deterministic byte stream (xorshift), so failures reproduce.
fn noise(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

#[test]
fn random_bytes_give_a_result_or_a_clear_error() {
    for seed in 1..40u64 {
        let bytes = noise(1 + (seed as usize * 7919) % 200_000, seed);
        match pith::extract(&bytes) {
            Ok(_) => {}
            Err(Error::Binary(why)) => assert!(!why.is_empty()),
            Err(e) => panic!("seed {seed}: unexpected error {e}"),
        }
        // random bytes behind a tag start still read as HTML or text
        let mut tagged = b"<html><body><p>".to_vec();
        tagged.extend(bytes.iter().map(|b| if *b == 0 { b' ' } else { *b }));
        let _ = pith::extract(&tagged);
    }
}

#[test]
fn a_gzip_bomb_stops_at_the_size_limit() {
    // 1 GB of zeros inside about 1 MB of gzip
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    gz.write_all(b"<html><body><p>").expect("gzip");
    for _ in 0..1024 {
        gz.write_all(&chunk).expect("gzip");
    }
    let bomb = gz.finish().expect("gzip");
    assert!(bomb.len() < 2 << 20, "bomb is {} bytes", bomb.len());
    let a = pith::extract(&bomb).expect("a result");
    assert!(a.truncated);
}

#[test]
fn truncated_gzip_is_an_error() {
    let gz = gzip(page("").as_bytes());
    match pith::extract(&gz[..gz.len() / 2]) {
        Err(Error::Gzip(why)) => assert!(!why.is_empty()),
        other => panic!("expected a gzip error, got {other:?}"),
    }
}

#[test]
fn a_nul_in_the_middle_and_invalid_utf8_in_a_utf8_page() {
    // mostly good UTF-8 with a NUL and two stray bytes: stays UTF-8
    let mut bytes = b"<html><head><meta charset=utf-8></head><body><article><p>".to_vec();
    bytes.extend_from_slice(PROSE.as_bytes());
    for _ in 0..4 {
        bytes.extend_from_slice(
            " Zoë, the café owner, called the plan naïve; «déjà vu», she said.".as_bytes(),
        );
    }
    bytes.extend_from_slice(b"\0 stray \xff byte, cut \xc3</p></article></body></html>");
    let a = pith::extract(&bytes).expect("a result");
    let text = a.text();
    assert!(text.contains("The committee met"), "{text}");
    assert!(
        text.contains('\u{fffd}') && text.contains("«déjà vu»"),
        "{text}"
    );
}

#[test]
fn utf16_with_and_without_bom() {
    let html = page("");
    let le: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = html.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let mut le_bom = vec![0xff, 0xfe];
    le_bom.extend(&le);
    let mut be_bom = vec![0xfe, 0xff];
    be_bom.extend(&be);
    for (name, bytes) in [
        ("le", &le),
        ("be", &be),
        ("le+bom", &le_bom),
        ("be+bom", &be_bom),
    ] {
        let a = pith::extract(bytes).expect("a result");
        assert!(
            a.text().starts_with("The committee met"),
            "{name}: {}",
            a.text()
        );
    }
}

#[test]
fn a_mislabelled_charset_is_corrected() {
    // declared windows-1252, really UTF-8
    let html = "<html><head><meta charset=windows-1252></head><body><article><p>Zoë and the café owner said that the naïve plan would fail by the end of the month, as everyone had expected.</p></article></body></html>";
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.text().contains("Zoë and the café"), "{}", a.text());
    // declared UTF-8, really windows-1252
    let mut bytes = b"<html><head><meta charset=utf-8></head><body><article><p>Zo\xeb and the caf\xe9 owner said that the na\xefve plan would fail by the end of the month, as everyone had expected.</p></article></body></html>".to_vec();
    bytes.extend_from_slice(b"");
    let a = pith::extract(&bytes).expect("a result");
    assert!(a.text().contains("Zoë and the café"), "{}", a.text());
}

#[test]
fn a_million_siblings_are_cut_at_the_dom_limit() {
    let html = page(&"<span>x</span>".repeat(1_000_000));
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.truncated);
    assert!(a.text().starts_with("The committee met"));
}

#[test]
fn nesting_100_000_deep() {
    let html = page(&format!(
        "{}deep{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    ));
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.text().contains("The committee met"));
}

#[test]
fn a_50_mb_text_node() {
    let word = "lorem ";
    let html = page(&format!("<p>{}</p>", word.repeat((50 << 20) / word.len())));
    let big = Extractor::new(Options::default().with_max_bytes(64 << 20).expect("valid"));
    let a = big.extract(html.as_bytes()).expect("a result");
    assert!(!a.truncated);
    assert!(a.blocks.iter().any(|b| b.block.text.len() > 49 << 20));
}

#[test]
fn a_100_mb_line_of_text_without_newline() {
    let text = "word ".repeat(20 << 20);
    let big = Extractor::new(
        Options::default()
            .with_input(InputKind::Text)
            .with_max_bytes(128 << 20)
            .expect("valid"),
    );
    let a = big.extract(text.as_bytes()).expect("a result");
    assert_eq!(a.blocks.len(), 1);
}

#[test]
fn ten_thousand_attributes_and_a_1_mb_class() {
    let attrs: String = (0..10_000).map(|i| format!(" data-a{i}=\"{i}\"")).collect();
    let class = "promo ".repeat(1 << 20 >> 3);
    let html = page(&format!(
        "<div{attrs}><p class=\"{class}\">{PROSE}</p></div>"
    ));
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.text().contains("The committee met"));
}

#[test]
fn pathological_patterns_for_the_phrase_matcher() {
    // many near-misses of phrase starts, and many separators
    let near = "Most re Sign u Share thi © Cookie ".repeat(200_000);
    let html = page(&format!("<p>{near}</p><p>{}</p>", "| ".repeat(500_000)));
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.text().contains("The committee met"));
    let text = format!("{}\n{}\n", "MOST READ ".repeat(400_000), PROSE);
    let a = Extractor::new(Options::default().with_input(InputKind::Text))
        .extract(text.as_bytes())
        .expect("a result");
    assert!(a.text().contains("The committee met"));
}

#[test]
fn a_document_over_its_time_limit_is_an_error() {
    let html = page(&"<p>More text in a paragraph of the page, as pages have.</p>".repeat(20_000));
    let strict = Extractor::new(Options::default().with_timeout(Duration::ZERO));
    match strict.extract(html.as_bytes()) {
        Err(Error::Timeout { ms }) => assert_eq!(ms, 0),
        other => panic!(
            "expected a timeout, got {:?}",
            other.map(|a| a.text().len())
        ),
    }
    let relaxed = Extractor::new(Options::default().with_timeout(Duration::from_secs(60)));
    assert!(relaxed.extract(html.as_bytes()).is_ok());
}

#[test]
fn formatting_tags_reopened_in_every_paragraph_are_cut_not_multiplied() {
    // the tree builder would re-open 1 900 `<b>` in each of 3 000 paragraphs
    let open: String = (0..1_900).map(|i| format!("<b id={i}>")).collect();
    let html = page(&format!("<p>{open}</p>{}", "<p>x</p>".repeat(3_000)));
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.truncated);
    assert!(a.text().contains("The committee met"));
}

#[test]
fn end_tags_that_close_nothing_nest_100_000_deep() {
    let html = page(&"<div></x>".repeat(100_000));
    let a = pith::extract(html.as_bytes()).expect("a result");
    assert!(a.text().contains("The committee met"));
}

#[test]
fn a_reader_is_read_no_further_than_the_size_limit() {
    // an endless input: reading it whole would never end
    let endless = std::io::repeat(b' ');
    let strict = Extractor::new(Options::default().with_max_bytes(4096).expect("valid"));
    let a = strict
        .extract_reader(std::io::Read::chain(&b"<p>start</p>"[..], endless))
        .expect("a result");
    assert!(a.truncated);
    // gzip too: the inflated stream stops at the limit
    let gz = gzip(&vec![b'a'; 1 << 20]);
    let a = strict.extract_reader(&gz[..]).expect("a result");
    assert!(a.truncated);
}

#[test]
fn the_depth_and_element_limits_are_options_that_check_their_values() {
    for bad in [
        Options::default().with_max_depth(8),
        Options::default().with_max_depth(100_000),
        Options::default().with_max_elements(10),
    ] {
        assert!(matches!(bad, Err(Error::InvalidOption { .. })), "{bad:?}");
    }
    let prose = "The council met on Tuesday and agreed the budget after a long debate.";
    // 40 levels: all read under the default, the deepest flattened under 16
    let deep = format!(
        "<html><body>{}<p>{prose}</p>{}</body></html>",
        "<div>".repeat(40),
        "</div>".repeat(40)
    );
    let tag = |e: &Extractor| {
        let a = e.extract(deep.as_bytes()).expect("article");
        assert_eq!(a.text(), prose);
        a.blocks[0].block.tag
    };
    assert_eq!(tag(&Extractor::default()), "p");
    let shallow = Extractor::new(Options::default().with_max_depth(16).expect("valid"));
    // the `<p>` is past the limit: its text is read as its parent's
    assert_eq!(tag(&shallow), "div");
    // past the element limit the page is cut, and says so
    let long = format!(
        "<html><body><p>{prose}</p>{}<p>The last paragraph.</p></body></html>",
        "<span>x</span>".repeat(3000)
    );
    let few = Extractor::new(Options::default().with_max_elements(1000).expect("valid"));
    let a = few.extract(long.as_bytes()).expect("article");
    assert!(
        a.truncated && !a.text().contains("The last paragraph."),
        "{}",
        a.text()
    );
    let all = Extractor::default()
        .extract(long.as_bytes())
        .expect("article");
    assert!(!all.truncated);
}
