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

use std::borrow::Cow;
use std::cell::{Cell, Ref};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, Attribute, ParseOpts, QualName};
use scraper::{Html, HtmlTreeSink};

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
    pub dom: Html,
    pub cut: bool,
}

/// Parses a whole document.
pub(crate) fn document(html: &str, deadline: &Deadline) -> Result<Parsed, Error> {
    let sink = Counted::new(Html::new_document());
    feed(
        html5ever::driver::parse_document(sink, ParseOpts::default()),
        html,
        deadline,
    )
}

/// Parses a fragment in a `<body>` context (as scraper's `parse_fragment`).
pub(crate) fn fragment(html: &str, deadline: &Deadline) -> Result<Parsed, Error> {
    let sink = Counted::new(Html::new_fragment());
    let context = QualName::new(None, ns!(html), local_name!("body"));
    feed(
        html5ever::driver::parse_fragment(sink, ParseOpts::default(), context, Vec::new(), false),
        html,
        deadline,
    )
}

fn feed(
    mut parser: html5ever::driver::Parser<Counted>,
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

/// scraper's tree sink, counting the elements it creates.
struct Counted {
    inner: HtmlTreeSink,
    created: Cell<usize>,
}

impl Counted {
    fn new(html: Html) -> Counted {
        Counted {
            inner: HtmlTreeSink::new(html),
            created: Cell::new(0),
        }
    }
}

type Handle = <HtmlTreeSink as TreeSink>::Handle;

impl TreeSink for Counted {
    type Handle = Handle;
    type Output = Html;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Html {
        self.inner.finish()
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg)
    }
    fn get_document(&self) -> Handle {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a Handle) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.created.set(self.created.get() + 1);
        self.inner.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: StrTendril) -> Handle {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        self.inner
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &Handle) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.inner.reparent_children(node, new_parent)
    }
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
        let whole = Html::parse_document(&page);
        let sliced = document(&page, &Deadline::NONE).expect("no deadline");
        assert!(!sliced.cut);
        assert_eq!(sliced.dom.html(), whole.html());
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
        let elements = parsed.dom.tree.values().filter(|n| n.is_element()).count();
        assert!(elements < budget(page.len()) + 1900 * SLICE, "{elements}");
    }
}
