use std::time::{Duration, Instant};
fn main() {
    let files: Vec<_> = std::env::args().skip(1).collect();
    let mut t = [Duration::ZERO; 6];
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let a = Instant::now();
        let d = pith::decode::decode(&bytes, None, 16 << 20).unwrap();
        let b = Instant::now();
        let dom = scraper::Html::parse_document(&d.text);
        let c = Instant::now();
        drop(dom);
        let c2 = Instant::now();
        let page = pith::read::read_html(&d.text);
        let e = Instant::now();
        let lang = page.guess_lang();
        let region = pith::region::find(&page, lang);
        let f2 = Instant::now();
        let mut ev = pith::score::score(&page, &region, lang);
        let g = Instant::now();
        let _ = pith::select::select(&page, &region, &mut ev, lang, 0.5);
        let h = Instant::now();
        t[0] += b - a;
        t[1] += c - b;
        t[2] += c2 - c;
        t[3] += e - c2;
        t[4] += g - f2;
        t[5] += h - g + (f2 - e);
    }
    println!(
        "decode {:?} parse {:?} drop {:?} read(parse+walk) {:?} score {:?} region+select {:?}",
        t[0], t[1], t[2], t[3], t[4], t[5]
    );
}
