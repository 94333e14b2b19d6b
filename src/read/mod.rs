//! Readers: input text → a [`Page`] of blocks.

mod html;
mod parse;
mod prescan;
mod text;

pub use text::read_text;

use crate::block::Page;
use crate::deadline::Deadline;
use crate::options::InputKind;
use crate::Error;

/// Reads `text` as HTML or plain text; `Auto` looks for markup. Only the
/// deadline can fail it.
pub(crate) fn read(
    text: &str,
    kind: InputKind,
    deadline: &Deadline,
) -> Result<(Page, InputKind), Error> {
    let kind = match kind {
        InputKind::Auto if looks_like_html(text) => InputKind::Html,
        InputKind::Auto => InputKind::Text,
        k => k,
    };
    Ok(match kind {
        InputKind::Html => (html::read_html(text, deadline)?, kind),
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

#[cfg(test)]
mod tests {
    use super::*;

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
