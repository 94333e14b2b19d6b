//! pith against the bare html5ever parse and a Rust peer, dom_smoothie (a
//! port of Readability), on the same pages in the same run, one core.
//!
//!     cargo run --release -- [DIR]      (default ../../../shared/eval/dev/html)
//!
//! `PEERS_VERBOSE=1` prints every round: on a shared machine they drift.
//!
//! The table of peers was measured on another machine; running
//! them here beside pith turns its pages/s into a comparison that holds on
//! any machine. `benches/peers.sh` adds the Python peers.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 3;

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
    // alternating rounds, the fastest of each: the figure other tenants of
    // a shared machine disturb least
    let mut best = [Duration::MAX; 3];
    for _ in 0..ROUNDS {
        for (i, (_, run)) in tools.iter().enumerate() {
            let t = Instant::now();
            let sink: usize = pages.iter().map(|p| run(p)).sum();
            best[i] = best[i].min(t.elapsed());
            if std::env::var_os("PEERS_VERBOSE").is_some() {
                eprintln!("  round: {} {:.2} s", tools[i].0, t.elapsed().as_secs_f64());
            }
            std::hint::black_box(sink);
        }
    }
    let n = pages.len() as f64;
    let pith_rate = n / best[1].as_secs_f64();
    for ((name, _), t) in tools.iter().zip(best) {
        let rate = n / t.as_secs_f64();
        println!(
            "{name:<20} {rate:>7.1} pages/s  ({} pages, {:.2} s; pith runs at {:.2}x its speed)",
            pages.len(),
            t.as_secs_f64(),
            pith_rate / rate
        );
    }
}
