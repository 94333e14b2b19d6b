//! Readers: input text → a [`Page`] of blocks.

mod dom;
mod html;
mod nesting;
mod parse;
mod prescan;
mod text;

pub use text::read_text;

use crate::block::Page;
use crate::deadline::Deadline;
use crate::error::Error;

/// How to read the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Decide from the content: markup is read as HTML, anything else as text.
    #[default]
    Auto,
    /// An HTML page.
    Html,
    /// Plain text a scraper already produced: one block a line.
    Text,
}

/// How much of a page's markup the reader builds: the bounds that keep a
/// hostile page's parse linear in its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Elements nested deeper are flattened into their parent.
    pub max_depth: usize,
    /// Elements past this many are cut, with the rest of the page.
    pub max_elements: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: nesting::MAX_DEPTH,
            max_elements: prescan::MAX_ELEMENTS,
        }
    }
}

/// Reads `text` as HTML or plain text; `Auto` looks for markup. Only the
/// deadline can fail it.
pub(crate) fn read(
    text: &str,
    kind: InputKind,
    limits: Limits,
    deadline: &Deadline,
) -> Result<(Page, InputKind), Error> {
    let kind = match kind {
        InputKind::Auto if looks_like_html(text) => InputKind::Html,
        InputKind::Auto => InputKind::Text,
        k => k,
    };
    Ok(match kind {
        InputKind::Html => (html::read_html(text, limits, deadline)?, kind),
        _ => (read_text(text), InputKind::Text),
    })
}

/// Markup is a doctype or a known tag near the start, or tags making up a
/// fair share of the first lines.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .flat_map(char::to_lowercase)
        .collect();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<?xml")
    {
        return true;
    }
    const TAGS: [&str; 12] = [
        "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<br",
        "<span", "<a href",
    ];
    let hits: usize = TAGS.iter().map(|t| head.matches(t).count()).sum();
    hits >= 2 || (hits == 1 && head.starts_with('<'))
}

/// Text without the characters that are invisible inside words: the soft
/// hyphen (`Assis&shy;tance`), the zero-width space and the byte-order mark
/// that some pages scatter through their words. They would split or glue
/// words that the reader sees whole.
pub(crate) fn without_invisibles(text: &str) -> std::borrow::Cow<'_, str> {
    const INVISIBLE: [char; 3] = ['\u{ad}', '\u{200b}', '\u{feff}'];
    // their last UTF-8 bytes: a fast scan finds none in most text
    if memchr::memchr3(0xAD, 0x8B, 0xBF, text.as_bytes()).is_none() || !text.contains(INVISIBLE) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().filter(|c| !INVISIBLE.contains(c)).collect())
}

/// Text without C0 and C1 control characters other than tab, newline,
/// carriage return and form feed (which the readers take as whitespace).
/// Pages carry terminal escapes (`ESC[2J`, an OSC 52 clipboard write, a
/// window title) that no reader sees and that every output would pass on
/// to the terminal that shows it.
pub(crate) fn without_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let is_control = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || ('\x7f'..='\u{9f}').contains(&c)
    };
    if !has_control(text.as_bytes()) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().filter(|&c| !is_control(c)).collect())
}

/// Whether UTF-8 `bytes` hold a control [`without_controls`] drops: a C0
/// byte other than whitespace, DEL, or a C1 character (0xC2, 0x80-0x9F).
/// Every page passes through here, so the C0 scan is written to vectorise
/// (a branch-free fold over blocks) and C1 is found by memchr.
fn has_control(bytes: &[u8]) -> bool {
    let bad = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) | (b == 0x7f);
    bytes
        .chunks(64)
        .any(|block| block.iter().fold(false, |acc, &b| acc | bad(b)))
        || memchr::memchr_iter(0xc2, bytes)
            .any(|i| bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_dropped() {
        assert_eq!(
            without_controls("a\x1b[2Jb\x1b]52;c;SGVsbG8=\x07c\u{9b}d\u{85}e\x00f"),
            "a[2Jb]52;c;SGVsbG8=cdef"
        );
        assert!(matches!(
            without_controls("tab\tline\r\nfeed\x0c © é"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn invisible_characters_inside_words_are_dropped() {
        assert_eq!(without_invisibles("Assis\u{ad}tance"), "Assistance");
        assert_eq!(
            without_invisibles("Learn \u{feff}Mo\u{feff}re"),
            "Learn More"
        );
        assert_eq!(without_invisibles("zero\u{200b}width"), "zerowidth");
        assert!(matches!(
            without_invisibles("plain – text"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
