//! html5ever's parse, fed a slice at a time so that it can stop: at the
//! document's deadline, and at an element budget proportional to the input.
//!
//! The budget is needed because the tree builder may create far more
//! elements than the markup has tags: it re-opens every active formatting
//! element (`<b>`, `<font>`, `<a>`, ...) in each new paragraph, so a page of
//! 2 000 distinct unclosed `<b>` and 3 000 paragraphs asks for six million
//! elements. The prescan caps the formatting elements left open, which
//! bounds what one slice can add; the budget bounds the whole page, which is
//! then cut where it ran out and flagged truncated.

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, ParseOpts, QualName};

use super::dom::{Dom, Sink};
use crate::deadline::Deadline;
use crate::error::Error;

/// Bytes fed to the parser at a time: small enough that one slice cannot
/// overshoot the budget by much, large enough to cost nothing.
const SLICE: usize = 512;

/// Elements a page may create: a floor for small pages, then one per two
/// bytes of markup (real pages create one per 20 to 100).
fn budget(len: usize) -> usize {
    20_000 + len / 2
}

/// A parsed tree, and whether the element budget cut it short.
pub(crate) struct Parsed {
    pub dom: Dom,
    pub cut: bool,
}

/// Parses a whole document.
pub(crate) fn document(html: &str, deadline: &Deadline) -> Result<Parsed, Error> {
    feed(
        html5ever::driver::parse_document(Sink::new(), ParseOpts::default()),
        html,
        deadline,
    )
}

/// Parses a fragment in a `<body>` context.
pub(crate) fn fragment(html: &str, deadline: &Deadline) -> Result<Parsed, Error> {
    let context = QualName::new(None, ns!(html), local_name!("body"));
    feed(
        html5ever::driver::parse_fragment(
            Sink::new(),
            ParseOpts::default(),
            context,
            Vec::new(),
            false,
        ),
        html,
        deadline,
    )
}

fn feed(
    mut parser: html5ever::driver::Parser<Sink>,
    html: &str,
    deadline: &Deadline,
) -> Result<Parsed, Error> {
    let limit = budget(html.len());
    let mut rest = html;
    let mut cut = false;
    while !rest.is_empty() {
        let mut at = SLICE.min(rest.len());
        while !rest.is_char_boundary(at) {
            at += 1;
        }
        let (slice, tail) = rest.split_at(at);
        parser.process(StrTendril::from_slice(slice));
        rest = tail;
        deadline.check()?;
        if parser.tokenizer.sink.sink.created.get() > limit {
            cut = !rest.is_empty();
            break;
        }
    }
    Ok(Parsed {
        dom: parser.finish(),
        cut,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_parse_as_the_whole() {
        // a slice boundary inside a tag, an entity, a CRLF and a multibyte char
        let page = format!(
            "<p class=x>{}&amp;\r\n{}é<b>bold</b></p><script>a<b</script>",
            "a".repeat(SLICE - 14),
            "ü".repeat(SLICE)
        );
        let whole =
            html5ever::driver::parse_document(Sink::new(), ParseOpts::default()).one(page.as_str());
        let sliced = document(&page, &Deadline::NONE).expect("no deadline");
        assert!(!sliced.cut);
        assert_eq!(sliced.dom.dump(), whole.dump());
        assert!(whole.dump().contains("<p> class=\"x\""));
    }

    #[test]
    fn the_deadline_is_checked_inside_the_parse() {
        let page = "<p>text</p>".repeat(10_000);
        let late = Deadline::start(Some(std::time::Duration::ZERO));
        std::thread::sleep(std::time::Duration::from_millis(2));
        assert!(matches!(document(&page, &late), Err(Error::Timeout { .. })));
        assert!(document(&page, &Deadline::NONE).is_ok());
    }

    #[test]
    fn reopened_formatting_elements_stop_at_the_budget() {
        let mut page = String::from("<p>");
        for i in 0..1900 {
            page.push_str(&format!("<b id={i}>"));
        }
        page.push_str("</p>");
        page.push_str(&"<p>x</p>".repeat(3000));
        let parsed = document(&page, &Deadline::NONE).expect("no deadline");
        assert!(parsed.cut);
        let elements = parsed.dom.elements();
        assert!(elements < budget(page.len()) + 1900 * SLICE, "{elements}");
    }
}
