//! The text reader: lines of scraped text → blocks. A hard-wrapped paragraph
//! (a line that does not end a sentence followed by one that starts in lower
//! case) is joined back into one block.

use crate::block::{Block, BlockKind, Page};

/// Reads plain text into blocks, one a line (or wrapped paragraph).
pub fn read_text(text: &str) -> Page {
    let mut page = Page::default();
    let mut para = String::new();
    for raw in text.split('\n') {
        let line = clean_line(raw);
        if line.is_empty() {
            push(&mut page, &mut para);
            continue;
        }
        if !para.is_empty() && continues(&para, &line) {
            para.push(' ');
            para.push_str(&line);
        } else {
            push(&mut page, &mut para);
            para = line;
        }
    }
    push(&mut page, &mut para);
    page
}

/// Collapses whitespace and drops control characters (NUL included).
fn clean_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let raw = &*super::without_invisibles(raw);
    for word in raw
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A wrapped line: the paragraph so far does not end a sentence and the
/// next line starts with a lower-case letter.
fn continues(para: &str, next: &str) -> bool {
    let ends_open = !para.ends_with(['.', '!', '?', ':', '"', '”', '»', ')']);
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    ends_open && starts_lower && para.chars().count() >= 40
}

fn push(page: &mut Page, para: &mut String) {
    if para.is_empty() {
        return;
    }
    let text = std::mem::take(para);
    let mut block = Block::new(text, BlockKind::Line, "line");
    if is_headline_like(&block) {
        block.kind = BlockKind::Heading;
    }
    page.blocks.push(block);
}

/// Short, no sentence end, and Title Case or ALL CAPS: reads as a heading.
pub fn is_headline_like(block: &Block) -> bool {
    let f = &block.features;
    if f.words == 0 || f.words > 14 || f.ends_sentence && !block.text.ends_with(['?', '!']) {
        return false;
    }
    if f.upper_share > 0.7 {
        return true;
    }
    let caps = block
        .text
        .split_whitespace()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    f.starts_upper && caps * 2 >= f.words
}
