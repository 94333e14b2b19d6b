//! The HTML reader: walks the html5ever tree (iteratively, so nesting depth
//! costs no stack) into a flat list of blocks.

use ego_tree::iter::Edge;
use scraper::{Html, Node as DomNode};

use super::{parse, Limits};
use crate::block::{Block, BlockKind, Mark, Node, Page, Span, Structure};
use crate::deadline::Deadline;
use crate::error::Error;
use crate::lexicon::{tag_concepts, token_concepts, Concept, Concepts, FnvMap};

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
    fn walk(&mut self, dom: &Html) -> Result<(), Error> {
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

    fn walk_tree(&mut self, dom: &Html) -> Result<(), Error> {
        let mut skipping = 0usize;
        for (n, edge) in dom.tree.root().traverse().enumerate() {
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
                        DomNode::Element(el) => {
                            let frame = self.open(el, node);
                            if frame.skip {
                                skipping = 1;
                            } else {
                                self.frames.push(frame);
                            }
                        }
                        DomNode::Text(t) => self.text(&t.text),
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
    fn read_noscript(&mut self, node: ego_tree::NodeRef<'_, DomNode>) {
        if self.in_noscript {
            return;
        }
        let raw: String = node
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
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

    fn open(&mut self, el: &scraper::node::Element, node: ego_tree::NodeRef<'_, DomNode>) -> Frame {
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
    fn record_hints(
        &mut self,
        tag: &'static str,
        at: &Attrs<'_>,
        el: &scraper::node::Element,
        node: ego_tree::NodeRef<'_, DomNode>,
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
    fn open_special(
        &mut self,
        tag: &'static str,
        at: &Attrs<'_>,
        node: ego_tree::NodeRef<'_, DomNode>,
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
    fn concepts(&mut self, tag: &'static str, at: &Attrs<'_>) -> (String, Concepts) {
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
    fn open_block(
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
    fn open_inline(
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
        if !own.is_empty() {
            let outer = self.inline.last().copied().unwrap_or_default();
            self.inline.push(outer.union(own));
            frame.inline = true;
        }
        frame
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

    /// Takes the title candidates from `<head>` (`og:title`, then
    /// `<title>`) and the metadata hints there.
    fn read_head(&mut self, head: ego_tree::NodeRef<'_, DomNode>) {
        // og:title before twitter:title, whichever comes first: a card's
        // title is often the description or the site's name
        let (mut og, mut twitter) = (None, None);
        let mut title = None;
        for node in head.descendants() {
            let Some(el) = node.value().as_element() else {
                continue;
            };
            match el.name() {
                "title" if title.is_none() => title = Some(collapse(&text_of(node))),
                "meta" => {
                    let key = attr(el, "property").or_else(|| attr(el, "name"));
                    let content = || attr(el, "content").map(collapse).filter(|t| !t.is_empty());
                    match key {
                        Some("og:title") if og.is_none() => og = content(),
                        Some("twitter:title") if twitter.is_none() => twitter = content(),
                        _ => {}
                    }
                    self.meta_hint(el);
                }
                "script" => self.script_hint(el, node),
                "link" => {
                    let rel = attr(el, "rel").unwrap_or("");
                    if rel.eq_ignore_ascii_case("canonical") && self.page.hints.canonical.is_none()
                    {
                        self.page.hints.canonical = attr(el, "href").map(|h| h.trim().to_string());
                    }
                }
                _ => {}
            }
        }
        self.page.titles.extend(
            og.or(twitter)
                .into_iter()
                .chain(title)
                .filter(|t| !t.is_empty()),
        );
    }

    fn meta_hint(&mut self, el: &scraper::node::Element) {
        let key = attr(el, "property")
            .or_else(|| attr(el, "name"))
            .or_else(|| attr(el, "itemprop"));
        if let (Some(k), Some(v)) = (key, attr(el, "content")) {
            if !v.trim().is_empty() && self.page.hints.metas.len() < 500 {
                self.page
                    .hints
                    .metas
                    .push((k.trim().to_ascii_lowercase(), collapse(v)));
            }
        }
    }

    fn script_hint(&mut self, el: &scraper::node::Element, node: ego_tree::NodeRef<'_, DomNode>) {
        let ld = attr(el, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
        if ld && self.page.hints.json_ld.len() < 50 {
            self.page.hints.json_ld.push(text_of(node));
        }
    }

    /// Body elements that state metadata: `<time>`, `itemprop="author"`,
    /// `rel="author"`, `<meta itemprop>`, JSON-LD.
    fn body_hint(
        &mut self,
        tag: &str,
        el: &scraper::node::Element,
        node: ego_tree::NodeRef<'_, DomNode>,
    ) {
        match tag {
            "meta" => self.meta_hint(el),
            "script" => self.script_hint(el, node),
            _ => {}
        }
        if tag == "time" && self.page.hints.times.len() < 50 {
            let value = attr(el, "datetime")
                .map(str::to_string)
                .unwrap_or_else(|| collapse(&text_of(node)));
            let marked = attr(el, "pubdate").is_some()
                || attr(el, "itemprop")
                    .is_some_and(|p| p.contains("datePublished") || p.contains("dateCreated"))
                || attr(el, "class").is_some_and(|c| {
                    let c = c.to_ascii_lowercase();
                    c.contains("publish") || c.contains("posted") || c.contains("entry-date")
                });
            self.page.hints.times.push((value, marked));
        }
        let author = attr(el, "itemprop")
            .is_some_and(|p| p.split_whitespace().any(|t| t == "author"))
            || (tag == "a"
                && attr(el, "rel").is_some_and(|r| r.split_whitespace().any(|t| t == "author")));
        if author && self.page.hints.authors.len() < 20 {
            // the nested itemprop="name", else all the text
            let name = node
                .descendants()
                .filter_map(|d| d.value().as_element().map(|e| (d, e)))
                .find(|(_, e)| attr(e, "itemprop") == Some("name"))
                .map(|(d, e)| {
                    attr(e, "content")
                        .map(str::to_string)
                        .unwrap_or_else(|| text_of(d))
                })
                .unwrap_or_else(|| text_of(node));
            let name = collapse(&name);
            if !name.is_empty() {
                self.page.hints.authors.push(name);
            }
        }
    }
}

/// Poster names kept: enough to tell a thread from a page with one.
const MAX_POSTERS: usize = 4;

/// Class names that forum software gives the element holding a post's
/// author: phpBB and XenForo (`username`), vBulletin (`bigusername`),
/// Flarum (`PostUser-name`), bbPress (`bbp-author-name`), wpForo and
/// others (`forum-post-author`).
const POSTER_CLASSES: [&str; 5] = [
    "username",
    "bigusername",
    "postuser-name",
    "bbp-author-name",
    "forum-post-author",
];

/// The name a forum's poster element holds; FluxBB and PunBB put it in the
/// first `<dt>` of the post's `postleft` column.
fn poster(class: Option<&str>, node: ego_tree::NodeRef<'_, DomNode>) -> Option<String> {
    let class = class?;
    let mut tokens = class.split_whitespace();
    let holder = if tokens
        .clone()
        .any(|t| POSTER_CLASSES.iter().any(|p| t.eq_ignore_ascii_case(p)))
    {
        node
    } else if tokens.any(|t| t == "postleft") {
        node.descendants()
            .find(|d| d.value().as_element().is_some_and(|e| e.name() == "dt"))?
    } else {
        return None;
    };
    let name = collapse(&text_of(holder));
    (!name.is_empty() && name.chars().count() <= 60).then_some(name)
}

/// The text below a node, concatenated (bounded: hints are short).
fn text_of(node: ego_tree::NodeRef<'_, DomNode>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Some(t) = d.value().as_text() {
            out.push_str(t);
            if out.len() > 100_000 {
                break;
            }
        }
    }
    out
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
/// ("<h1><a href="/">Arch Linux</a></h1>"), not the page's headline.
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

/// An attribute's value. Comparing names as strings skips the atom
/// interning that `Element::attr` does for every lookup.
fn attr<'a>(el: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    el.attrs().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// A tab panel: hidden until the reader picks its tab, but the page's own
/// content (a code sample's other languages, a plan's details), unlike a
/// hidden menu or dialog. (Collapsed accordions stay hidden: on dev they
/// held shop filters and FAQ answers the truth leaves out as often.)
fn is_panel(attrs: &str) -> bool {
    const PANELS: &[&str] = &[
        "tabpanel",
        "tab-panel",
        "tab-pane",
        "tabpane",
        "tab-content",
        "tabcontent",
    ];
    attrs
        .split(|c: char| c.is_whitespace() || c == '_')
        .any(|t| PANELS.iter().any(|p| t.contains(p)) && !t.contains("nav") && !t.contains("menu"))
}

/// The concepts an element declares by tag or ARIA role (see
/// [`Node::landmark`]).
fn landmark(tag: &str, at: &Attrs) -> Concepts {
    let mut set = Concepts::EMPTY;
    let role = |name: &str| {
        at.role.is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(name))
        })
    };
    if tag == "footer" || role("contentinfo") {
        set.insert(Concept::Footer);
    }
    if tag == "nav" || role("navigation") {
        set.insert(Concept::Nav);
    }
    let modal = at
        .aria_modal
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if tag == "dialog" || role("dialog") || role("alertdialog") || modal {
        set.insert(Concept::Modal);
    }
    set
}

/// A heading's permalink, `<a href="#intro">¶</a>` as Sphinx and most doc
/// generators write it: a mark to click, not a word of the heading.
fn is_permalink(href: Option<&str>, node: ego_tree::NodeRef<'_, DomNode>) -> bool {
    if !href.is_some_and(|h| h.trim_start().starts_with('#')) {
        return false;
    }
    // one short text child: no walk below a link that wraps a whole card
    let mut children = node.children();
    let only = children
        .next()
        .and_then(|c| c.value().as_text().map(|t| t.trim()));
    children.next().is_none() && matches!(only, Some("¶" | "§" | "#" | "🔗" | "⚓"))
}

/// Utility classes (Tailwind, Bootstrap) that make an inline element a
/// block: `<h1>Title<span class="block">Subtitle</span></h1>`.
fn displays_as_block(attrs: &str) -> bool {
    attrs.split_ascii_whitespace().any(|t| {
        matches!(
            t,
            "block" | "d-block" | "flex" | "d-flex" | "grid" | "d-grid"
        )
    })
}

/// The attributes the walk reads, found in one pass: a page has thousands
/// of elements, and a lookup per name rescanned each one's attributes a
/// dozen times.
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    itemtype: Option<&'a str>,
    style: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    aria_modal: Option<&'a str>,
    href: Option<&'a str>,
    src: Option<&'a str>,
    alt: Option<&'a str>,
    rel: Option<&'a str>,
    lang: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(el: &'a scraper::node::Element) -> Attrs<'a> {
        let mut at = Attrs::default();
        for (name, value) in el.attrs() {
            // the first of a repeated name wins, as in `attr`
            let slot = match name {
                "class" => &mut at.class,
                "id" => &mut at.id,
                "role" => &mut at.role,
                "itemprop" => &mut at.itemprop,
                "itemtype" => &mut at.itemtype,
                "style" => &mut at.style,
                "hidden" => {
                    at.hidden = true;
                    continue;
                }
                "aria-hidden" => &mut at.aria_hidden,
                "aria-modal" => &mut at.aria_modal,
                "href" => &mut at.href,
                "src" => &mut at.src,
                "alt" => &mut at.alt,
                "rel" => &mut at.rel,
                "lang" => &mut at.lang,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        at
    }

    fn is_hidden(&self) -> bool {
        if self.hidden {
            return true;
        }
        if self.aria_hidden.is_some_and(|v| v.trim() == "true") {
            return true;
        }
        self.style.is_some_and(|s| {
            // cheap test first: most style attributes hide nothing
            let lower = s.to_ascii_lowercase();
            (lower.contains("none") || lower.contains("hidden")) && {
                let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
                compact.contains("display:none") || compact.contains("visibility:hidden")
            }
        })
    }

    /// class, id, role and itemprop, lower-cased into one string.
    fn tokens(&self) -> String {
        let mut s = String::new();
        for v in [self.class, self.id, self.role, self.itemprop]
            .into_iter()
            .flatten()
        {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            if !s.is_empty() {
                s.push(' ');
            }
            // a 1 MB class attribute says nothing a few hundred bytes do not
            let mut end = v.len().min(512);
            while !v.is_char_boundary(end) {
                end -= 1;
            }
            let v = &v[..end];
            if v.is_ascii() {
                let from = s.len();
                s.push_str(v);
                s[from..].make_ascii_lowercase();
            } else {
                s.extend(v.chars().flat_map(char::to_lowercase));
            }
        }
        s
    }
}

fn kind_of(tag: &str) -> Option<(BlockKind, u8)> {
    Some(match tag {
        "h1" => (BlockKind::Heading, 1),
        "h2" => (BlockKind::Heading, 2),
        "h3" => (BlockKind::Heading, 3),
        "h4" => (BlockKind::Heading, 4),
        "h5" => (BlockKind::Heading, 5),
        "h6" => (BlockKind::Heading, 6),
        "li" | "dt" | "dd" => (BlockKind::ListItem, 0),
        "td" | "th" => (BlockKind::TableCell, 0),
        "pre" => (BlockKind::Preformatted, 0),
        "blockquote" => (BlockKind::Quote, 0),
        "figcaption" | "caption" => (BlockKind::Caption, 0),
        "p" => (BlockKind::Paragraph, 0),
        _ => return None,
    })
}

fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Tag names as static strings (blocks and nodes keep them without
/// allocating); unknown and custom elements share one name.
/// The tags the reader tells apart, sorted for a binary search.
const KNOWN: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "math",
    "menu",
    "meta",
    "nav",
    "noscript",
    "object",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "s",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "u",
    "ul",
    "video",
];

fn static_tag(name: &str) -> &'static str {
    KNOWN.binary_search(&name).map_or("element", |i| KNOWN[i])
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let dom = Html::parse_fragment(html);
        let el = dom
            .tree
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
