//! Opening an element: what it tells about the page, whether it is read
//! at all, its concepts, and the block or inline frame it begins.

use super::attrs::{displays_as_block, is_panel, is_permalink, landmark, Attrs};
use super::head::{poster, text_of, MAX_POSTERS};
use super::tags::{is_block_tag, kind_of, static_tag};
use super::{collapse, Frame, Walker};
use crate::block::{BlockKind, Mark, Node, Span};
use crate::lexicon::{tag_concepts, token_concepts, Concept, Concepts};
use crate::read::dom::{Element, NodeRef};

impl Walker {
    pub(super) fn open(&mut self, el: &Element, node: NodeRef<'_>) -> Frame {
        let tag = static_tag(el.name());
        let at = Attrs::of(el);
        self.record_hints(tag, &at, el, node);
        if let Some(frame) = self.open_special(tag, &at, node) {
            return frame;
        }
        let (attrs, own) = self.concepts(tag, &at);
        if is_block_tag(tag) {
            self.open_block(tag, attrs, own, &at)
        } else {
            self.open_inline(tag, &attrs, own, &at)
        }
    }

    /// What an element tells about the page as a whole: its item types, a
    /// thread's posters, metadata in the body.
    pub(super) fn record_hints(
        &mut self,
        tag: &'static str,
        at: &Attrs<'_>,
        el: &Element,
        node: NodeRef<'_>,
    ) {
        if let Some(t) = at.itemtype {
            if self.page.hints.item_types.len() < 50 {
                self.page.hints.item_types.push(t.to_string());
            }
        }
        if self.page.hints.posters.len() < MAX_POSTERS {
            if let Some(name) = poster(at.class, node) {
                self.page.hints.posters.push(name);
            }
        }
        if matches!(tag, "meta" | "script" | "time")
            || at.itemprop.is_some()
            || (tag == "a" && at.rel.is_some())
        {
            self.body_hint(tag, el, node);
        }
    }

    /// Elements read apart or not at all, and those that hold no text: the
    /// frame to close them with, or `None` for an element like any other.
    pub(super) fn open_special(
        &mut self,
        tag: &'static str,
        at: &Attrs<'_>,
        node: NodeRef<'_>,
    ) -> Option<Frame> {
        let skip = Frame {
            skip: true,
            ..Frame::default()
        };
        match tag {
            "head" => {
                self.read_head(node);
                return Some(skip);
            }
            "noscript" => {
                self.read_noscript(node);
                return Some(skip);
            }
            "title" => {
                if self.body_title.is_none() {
                    self.body_title = Some(collapse(&text_of(node)));
                }
                return Some(skip);
            }
            "script" | "style" | "template" | "svg" | "iframe" | "object" | "embed" | "canvas"
            | "math" | "textarea" | "select" | "input" | "video" | "audio" | "map" => {
                return Some(skip);
            }
            "body" => self.in_body = true,
            "html" => {
                if let Some(lang) = at.lang {
                    self.page.declared_lang = Some(lang.trim().to_ascii_lowercase());
                }
            }
            _ => {}
        }
        // a control after a heading's words ("Crate harbor [Copy item path]")
        // is not part of them; a heading that is one button (an accordion's
        // question) keeps it
        let in_heading = matches!(self.kinds.last(), Some((BlockKind::Heading, _)));
        if tag == "button" && in_heading && !self.buf.trim().is_empty() {
            return Some(skip);
        }
        if tag == "a" && is_permalink(at.href, node) {
            return Some(skip);
        }
        if tag == "br" {
            self.line_break();
            return Some(Frame::default());
        }
        if tag == "hr" {
            self.flush();
            return Some(Frame::default());
        }
        if tag == "img" {
            if let Some(src) = at.src.filter(|s| !s.trim().is_empty()) {
                let here = self.buf.len();
                self.spans.push(Span {
                    start: here,
                    end: here,
                    mark: Mark::Image {
                        src: src.trim().into(),
                        alt: collapse(&crate::read::without_controls(at.alt.unwrap_or(""))).into(),
                    },
                });
            }
            return Some(Frame::default());
        }
        None
    }

    /// The element's class/id tokens and the concepts it carries (its
    /// tag's, its names', hidden).
    pub(super) fn concepts(&mut self, tag: &'static str, at: &Attrs<'_>) -> (String, Concepts) {
        let attrs = at.tokens();
        let mut own = tag_concepts(tag);
        // Hidden elements are marked, not skipped: pages that hide their
        // whole body until a script runs must still be read.
        if at.is_hidden() && !is_panel(&attrs) {
            own.insert(Concept::Hidden);
        }
        if !attrs.is_empty() {
            // pages repeat their class strings: match each once
            let found = match self.concept_cache.get(attrs.as_str()) {
                Some(c) => *c,
                None => {
                    let c = token_concepts(&attrs);
                    self.concept_cache.insert(attrs.clone().into_boxed_str(), c);
                    c
                }
            };
            own = own.union(found);
        }
        (attrs, own)
    }

    /// A block element: the text so far ends, and a node of the tree begins.
    pub(super) fn open_block(
        &mut self,
        tag: &'static str,
        attrs: String,
        own: Concepts,
        at: &Attrs<'_>,
    ) -> Frame {
        let mut frame = Frame::default();
        self.flush();
        let parent = self.blocks.last().copied();
        let inherited = parent
            .and_then(|p| self.page.nodes.get(p as usize))
            .map_or(own, |p| p.inherited.union(own));
        let idx = self.page.nodes.len() as u32;
        self.page.nodes.push(Node {
            parent,
            tag,
            attrs: attrs.into_boxed_str(),
            own,
            inherited,
            landmark: landmark(tag, at),
        });
        self.blocks.push(idx);
        frame.block = true;
        if let Some(kind) = kind_of(tag) {
            self.kinds.push(kind);
            frame.kind = true;
        }
        if tag == "pre" {
            self.pre += 1;
            frame.pre = true;
        }
        frame
    }

    /// An inline element: a link, a mark, an inline wrapper's concepts.
    pub(super) fn open_inline(
        &mut self,
        tag: &'static str,
        attrs: &str,
        own: Concepts,
        at: &Attrs<'_>,
    ) -> Frame {
        let mut frame = Frame::default();
        if displays_as_block(attrs) {
            self.separate();
            frame.gap = true;
        }
        if tag == "a" {
            self.links += 1;
            frame.link = true;
        }
        let mark = match tag {
            "a" => at
                .href
                .map(|h| h.trim())
                .filter(|h| !h.is_empty() && !h.starts_with("javascript:"))
                .map(|h| Mark::Link(h.into())),
            "strong" | "b" => Some(Mark::Strong),
            "em" | "i" => Some(Mark::Emphasis),
            "code" if self.pre == 0 => Some(Mark::Code),
            _ => None,
        };
        if let Some(mark) = mark {
            self.marks.push((mark, self.buf.len()));
            frame.mark = true;
        }
        // a heading that is one button is an accordion's question, not a
        // control of the page's navigation
        let in_heading = matches!(self.kinds.last(), Some((BlockKind::Heading, _)));
        let own = if tag == "button" && in_heading {
            own.without(Concept::Nav)
        } else {
            own
        };
        if !own.is_empty() {
            let outer = self.inline.last().copied().unwrap_or_default();
            self.inline.push(outer.union(own));
            frame.inline = true;
        }
        frame
    }
}
