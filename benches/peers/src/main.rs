//! pith against the bare html5ever parse and a Rust peer, dom_smoothie (a
//! port of Readability), on the same pages in the same run, one core.
//!
//!     cargo run --release -- [DIR]      (default ../../../shared/eval/dev/html)
//!
//! The tools run in alternating rounds on the same pages; each line gives
//! the median round, and pith's speed against the tool as the median of
//! the rounds' ratios, which a shared machine's drift disturbs least.
//! `PEERS_VERBOSE=1` prints every round.
//!
//! The table of peers was measured on another machine; running
//! them here beside pith turns its pages/s into a comparison that holds on
//! any machine. `benches/peers.sh` adds the Python peers.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 5;

/// A tool under test: its name, and a run over one page.
type Tool<'a> = (&'static str, &'a dyn Fn(&str) -> usize);

fn parse_and_walk(html: &str) -> usize {
    let dom = scraper::Html::parse_document(html);
    dom.root_element().text().map(str::len).sum()
}

fn pith(extractor: &pith::Extractor, html: &str) -> usize {
    extractor
        .extract(html.as_bytes())
        .map(|a| a.kept().count())
        .unwrap_or(0)
}

fn smoothie(html: &str) -> usize {
    dom_smoothie::Readability::new(html, None, None)
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map_or(0, |a| a.text_content.len())
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../../../shared/eval/dev/html"));
    let paths = pith::batch::expand_inputs(&[dir], None).files;
    // inflated and decoded once: each tool gets the same UTF-8 text
    let pages: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|b| pith::batch::decode(&b, None, 16 << 20).ok())
        .map(|d| d.text)
        .collect();
    if pages.is_empty() {
        eprintln!("no pages found");
        std::process::exit(2);
    }
    let extractor = pith::Extractor::default();
    let tools: [Tool; 3] = [
        ("parse + text walk", &parse_and_walk),
        ("pith", &|h| pith(&extractor, h)),
        ("dom_smoothie 0.19", &smoothie),
    ];
    let mut times = [const { Vec::new() }; 3];
    for _ in 0..ROUNDS {
        for (i, (name, run)) in tools.iter().enumerate() {
            let t = Instant::now();
            let sink: usize = pages.iter().map(|p| run(p)).sum();
            times[i].push(t.elapsed());
            if std::env::var_os("PEERS_VERBOSE").is_some() {
                eprintln!("  round: {name} {:.2} s", t.elapsed().as_secs_f64());
            }
            std::hint::black_box(sink);
        }
    }
    let n = pages.len() as f64;
    for ((name, _), t) in tools.iter().zip(&times) {
        let secs = median(t.iter().map(Duration::as_secs_f64).collect());
        // pith's speed against this tool, round by round
        let ratio = median(
            t.iter()
                .zip(&times[1])
                .map(|(o, p)| o.as_secs_f64() / p.as_secs_f64())
                .collect(),
        );
        println!(
            "{name:<20} {:>7.1} pages/s  ({} pages, median of {ROUNDS} rounds {secs:.2} s; pith runs at {ratio:.2}x its speed)",
            n / secs,
            pages.len(),
        );
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}
