//! The HTML reader: walks the html5ever tree (iteratively, so nesting depth
//! costs no stack) into a flat list of blocks.

mod attrs;
mod head;
mod open;
mod tags;

use super::dom::{Data, Dom, Edge, NodeRef};
use super::{parse, Limits};
use crate::block::{Block, BlockKind, Mark, Page, Span, Structure};
use crate::deadline::Deadline;
use crate::error::Error;
use crate::lexicon::{Concepts, FnvMap};

/// Reads an HTML page into blocks; only the deadline can fail it.
pub(crate) fn read_html(text: &str, limits: Limits, deadline: &Deadline) -> Result<Page, Error> {
    let prepared = super::prescan::prepare(text, limits);
    let parsed = parse::document(&prepared.html, deadline)?;
    let mut w = Walker {
        deadline: *deadline,
        limits,
        ..Walker::default()
    };
    w.walk(&parsed.dom)?;
    w.page.cut |= prepared.cut || parsed.cut;
    Ok(w.page)
}

/// Tree nodes walked between two looks at the clock.
const NODES_PER_CHECK: usize = 4096;

#[derive(Default)]
struct Walker {
    /// The reader's bounds, for markup read again (`<noscript>`).
    limits: Limits,
    page: Page,
    /// Registered block elements that are open, innermost last.
    blocks: Vec<u32>,
    /// Kind markers (heading, list item, cell, ...) that are open.
    kinds: Vec<(BlockKind, u8)>,
    /// For every open element: what closing it must undo.
    frames: Vec<Frame>,
    /// Union of the concepts of open inline elements.
    inline: Vec<Concepts>,
    links: usize,
    pre: usize,
    buf: String,
    link_chars: usize,
    /// Characters written while an inline element with a concept was open.
    inline_chars: usize,
    inline_seen: Concepts,
    in_body: bool,
    in_noscript: bool,
    /// Inline marks that are open, with their start in `buf`.
    marks: Vec<(Mark, usize)>,
    /// Marks closed within the current `buf`.
    spans: Vec<Span>,
    /// Concepts of the class/id strings seen so far.
    concept_cache: FnvMap<Box<str>, Concepts>,
    /// The first `<title>` outside the head (`<svg>` titles are skipped).
    body_title: Option<String>,
    deadline: Deadline,
    /// A `<noscript>` fragment ran out of time.
    late: Option<Error>,
}

/// Raw `<noscript>` text shorter than this is a tracking pixel or a notice.
const NOSCRIPT_MIN: usize = 500;

#[derive(Clone, Copy, Default)]
struct Frame {
    block: bool,
    kind: bool,
    inline: bool,
    link: bool,
    pre: bool,
    skip: bool,
    mark: bool,
    /// An inline element styled as a block: its text is a word apart.
    gap: bool,
}

impl Walker {
    fn walk(&mut self, dom: &Dom) -> Result<(), Error> {
        self.walk_tree(dom)?;
        if let Some(e) = self.late.take() {
            return Err(e);
        }
        self.flush();
        // Frameworks that stream their markup put the title and its metas
        // in the body: take them from there when the head had none.
        if self.page.titles.is_empty() {
            let metas = &self.page.hints.metas;
            let og = ["og:title", "twitter:title"].iter().find_map(|k| {
                metas
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| collapse(v))
            });
            let titles = og.into_iter().chain(self.body_title.take());
            self.page.titles.extend(titles.filter(|t| !t.is_empty()));
        }
        Ok(())
    }

    fn walk_tree(&mut self, dom: &Dom) -> Result<(), Error> {
        let mut skipping = 0usize;
        for (n, edge) in dom.root().traverse().enumerate() {
            if n % NODES_PER_CHECK == 0 {
                self.deadline.check()?;
            }
            match edge {
                Edge::Open(node) => {
                    if skipping > 0 {
                        if node.value().is_element() {
                            skipping += 1;
                        }
                        continue;
                    }
                    match node.value() {
                        Data::Element(el) => {
                            let frame = self.open(el, node);
                            if frame.skip {
                                skipping = 1;
                            } else {
                                self.frames.push(frame);
                            }
                        }
                        Data::Text(t) => self.text(t),
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if !node.value().is_element() {
                        continue;
                    }
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    if let Some(frame) = self.frames.pop() {
                        self.close(frame);
                    }
                }
            }
        }
        Ok(())
    }

    /// Pages that render with a script (Discourse forums among them) keep
    /// their server-rendered content in `<noscript>`, which the parser hands
    /// over as raw text: a substantial one is parsed and read in place.
    fn read_noscript(&mut self, node: NodeRef<'_>) {
        if self.in_noscript {
            return;
        }
        let raw: String = node
            .children()
            .filter_map(|c| c.value().as_text())
            .collect();
        if raw.len() < NOSCRIPT_MIN || !raw.contains("<p") {
            return;
        }
        let raw = super::prescan::prepare(&raw, self.limits).html;
        let fragment = match parse::fragment(&raw, &self.deadline) {
            Ok(f) => f,
            Err(e) => {
                self.late = Some(e);
                return;
            }
        };
        self.page.cut |= fragment.cut;
        self.in_noscript = true;
        self.flush();
        if let Err(e) = self.walk_tree(&fragment.dom) {
            self.late = Some(e);
        }
        self.flush();
        self.in_noscript = false;
    }

    fn close(&mut self, frame: Frame) {
        if frame.gap {
            self.separate();
        }
        if frame.block {
            self.flush();
            self.blocks.pop();
        }
        if frame.kind {
            self.kinds.pop();
        }
        if frame.pre {
            self.pre = self.pre.saturating_sub(1);
        }
        if frame.link {
            self.links = self.links.saturating_sub(1);
        }
        if frame.inline {
            self.inline.pop();
        }
        if frame.mark {
            if let Some((mark, start)) = self.marks.pop() {
                if self.buf.len() > start {
                    self.spans.push(Span {
                        start,
                        end: self.buf.len(),
                        mark,
                    });
                }
            }
        }
    }

    /// Ends the current word: what comes next is not glued to it.
    fn separate(&mut self) {
        if self.pre == 0 && !self.buf.is_empty() && !self.buf.ends_with([' ', '\n']) {
            self.buf.push(' ');
        }
    }

    fn text(&mut self, text: &str) {
        if !self.in_body {
            return;
        }
        let text = &*crate::read::without_invisibles(text);
        // the parser decodes `&#27;` into the control the raw-page filter
        // could not see
        let text = &*crate::read::without_controls(text);
        let before = self.buf.len();
        if self.pre > 0 {
            self.buf.push_str(text);
        } else {
            let mut space = text.starts_with(char::is_whitespace);
            for word in text.split_whitespace() {
                if space {
                    self.separate();
                }
                self.buf.push_str(word);
                space = true;
            }
            // keep the separator a text node ends with: "a <b>b</b>" needs it
            if text.ends_with(char::is_whitespace)
                && !self.buf.is_empty()
                && !self.buf.ends_with([' ', '\n'])
            {
                self.buf.push(' ');
            }
        }
        let added = self.buf[before..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .count();
        if self.links > 0 {
            self.link_chars += added;
        }
        if let Some(c) = self.inline.last() {
            self.inline_chars += added;
            self.inline_seen = self.inline_seen.union(*c);
        }
    }

    fn line_break(&mut self) {
        let trimmed = self.buf.trim_end_matches(' ').len();
        self.buf.truncate(trimmed);
        if self.buf.ends_with('\n') {
            // two <br> in a row end a paragraph, as jusText splits them
            self.flush();
        } else if !self.buf.is_empty() {
            self.buf.push('\n');
        }
    }

    fn flush(&mut self) {
        let text = self.buf.trim();
        if text.is_empty() {
            self.reset_buffer();
            return;
        }
        let lead = self.buf.len() - self.buf.trim_start().len();
        let text = text.to_string();
        let spans = fit_spans(std::mem::take(&mut self.spans), lead, &text);
        let (kind, level) = self
            .kinds
            .last()
            .copied()
            .unwrap_or((BlockKind::Paragraph, 0));
        let node = self.blocks.last().copied();
        let tag = node
            .and_then(|n| self.page.nodes.get(n as usize))
            .map_or("body", |n| n.tag);
        let mut block = Block::new(text, kind, tag);
        block.spans = spans;
        block.structure = self.structure();
        block.heading_level = level;
        block.node = node;
        block.depth = self.blocks.len() as u16;
        let visible = block
            .text
            .chars()
            .filter(|c| !c.is_whitespace())
            .count()
            .max(1);
        block.link_chars = self.link_chars.min(visible) * block.features.chars / visible;
        // An inline wrapper (`<span class="byline">`) that holds nearly all
        // the text gives the block its concepts.
        if self.inline_chars * 5 >= visible * 4 {
            block.inline_concepts = self.inline_seen;
        }
        if level == 1 && !is_logo(&block) {
            self.page.h1s.push(block.text.clone());
        }
        self.page.blocks.push(block);
        self.reset_buffer();
    }

    /// Lists, table and quote around the current block, from the open
    /// block elements.
    fn structure(&self) -> Structure {
        let mut st = Structure::default();
        let (mut row, mut table, mut header, mut seen_list) = (None, None, None, false);
        for &n in self.blocks.iter().rev() {
            let Some(node) = self.page.nodes.get(n as usize) else {
                continue;
            };
            match node.tag {
                "ul" | "ol" | "menu" | "dl" => {
                    if !seen_list {
                        st.ordered = node.tag == "ol";
                        seen_list = true;
                    }
                    st.list_depth = st.list_depth.saturating_add(1);
                }
                "td" | "th" if header.is_none() => header = Some(node.tag == "th"),
                "tr" if row.is_none() => row = Some(n),
                "table" if table.is_none() => table = Some(n),
                "blockquote" => st.quoted = true,
                _ => {}
            }
        }
        if let (Some(t), Some(r), Some(h)) = (table, row, header) {
            st.table = Some((t, r, h));
        }
        st
    }

    fn reset_buffer(&mut self) {
        // marks still open go on in the next block
        for m in &mut self.marks {
            m.1 = 0;
        }
        self.spans.clear();
        self.buf.clear();
        self.link_chars = 0;
        self.inline_chars = 0;
        self.inline_seen = Concepts::EMPTY;
    }
}

/// Moves spans from `buf` offsets to offsets in the trimmed `text`, without
/// the whitespace at their edges; empty ones go (images stay).
fn fit_spans(spans: Vec<Span>, lead: usize, text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = spans
        .into_iter()
        .filter_map(|mut sp| {
            let clamp = |x: usize| x.saturating_sub(lead).min(text.len());
            let (mut start, mut end) = (clamp(sp.start), clamp(sp.end));
            let image = matches!(sp.mark, Mark::Image { .. });
            while start < end && text.as_bytes()[start].is_ascii_whitespace() {
                start += 1;
            }
            while end > start && text.as_bytes()[end - 1].is_ascii_whitespace() {
                end -= 1;
            }
            if !(text.is_char_boundary(start) && text.is_char_boundary(end)) {
                return None;
            }
            (start < end || image).then(|| {
                sp.start = start;
                sp.end = end;
                sp
            })
        })
        .collect();
    out.sort_by_key(|sp| (sp.start, std::cmp::Reverse(sp.end)));
    out
}

/// An h1 that is wholly a link to the site's home page is the site's logo
/// ("<h1><a href="/">Distro Linux</a></h1>"), not the page's headline.
fn is_logo(block: &Block) -> bool {
    block.spans.iter().any(|sp| {
        sp.start == 0
            && sp.end == block.text.len()
            && matches!(&sp.mark, Mark::Link(href) if crate::url::is_front_page(href))
    })
}

fn collapse(s: &str) -> String {
    crate::read::without_invisibles(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::attrs::{landmark, Attrs};
    use super::tags::static_tag;
    use super::tags::KNOWN;
    use super::*;
    use crate::lexicon::Concept;

    #[test]
    fn the_deadline_is_checked_inside_the_walk() {
        let page = "<p>text</p>".repeat(10_000);
        let parsed = parse::document(&page, &Deadline::NONE).expect("no deadline");
        let late = Deadline::start(Some(std::time::Duration::ZERO));
        std::thread::sleep(std::time::Duration::from_millis(2));
        let mut w = Walker {
            deadline: late,
            ..Walker::default()
        };
        assert!(matches!(w.walk(&parsed.dom), Err(Error::Timeout { .. })));
    }

    #[test]
    fn known_tags_are_sorted_and_found() {
        assert!(KNOWN.windows(2).all(|w| w[0] < w[1]));
        assert!(KNOWN.iter().all(|k| static_tag(k) == *k));
        assert_eq!(static_tag("made-up"), "element");
    }

    /// The first element named `tag` in `html`, read by [`Attrs::of`].
    fn with_attrs<T>(html: &str, tag: &str, f: impl FnOnce(&Attrs) -> T) -> T {
        let parsed = parse::fragment(html, &Deadline::NONE).expect("no deadline");
        let el = parsed
            .dom
            .root()
            .descendants()
            .find_map(|n| n.value().as_element().filter(|e| e.name() == tag))
            .expect("the fixture has the element");
        f(&Attrs::of(el))
    }

    #[test]
    fn one_pass_reads_every_attribute_the_walk_uses() {
        let html = r#"<div class=" Story-BODY " id="Main" role="Region" itemprop="articleBody"
            itemtype="https://schema.org/Article" lang="de" aria-modal="TRUE">x</div>"#;
        with_attrs(html, "div", |at| {
            assert_eq!(at.tokens(), "story-body main region articlebody");
            assert_eq!(at.itemtype, Some("https://schema.org/Article"));
            assert_eq!(at.lang, Some("de"));
            assert!(!at.is_hidden());
            assert!(landmark("div", at).contains(Concept::Modal));
        });
        with_attrs(r#"<div role="search Navigation">x</div>"#, "div", |at| {
            assert!(landmark("div", at).contains(Concept::Nav));
            assert!(!landmark("div", at).contains(Concept::Modal));
        });
        let link = r##"<a href="#intro" rel="author" data-x="1">¶</a>"##;
        with_attrs(link, "a", |at| {
            assert_eq!((at.href, at.rel), (Some("#intro"), Some("author")));
            assert_eq!(at.tokens(), "");
        });
        let img = r#"<img src="a.jpg" alt="A cat">"#;
        with_attrs(img, "img", |at| {
            assert_eq!((at.src, at.alt), (Some("a.jpg"), Some("A cat")))
        });
    }

    #[test]
    fn hidden_by_attribute_aria_or_style() {
        for html in [
            r#"<p hidden>x</p>"#,
            r#"<p aria-hidden=" true ">x</p>"#,
            r#"<p style="color: red; DISPLAY : none">x</p>"#,
            r#"<p style="visibility:hidden">x</p>"#,
        ] {
            assert!(with_attrs(html, "p", |at| at.is_hidden()), "{html}");
        }
        for html in [
            r#"<p aria-hidden="false">x</p>"#,
            r#"<p style="display: block; list-style: none">x</p>"#,
        ] {
            assert!(!with_attrs(html, "p", |at| at.is_hidden()), "{html}");
        }
    }
}
