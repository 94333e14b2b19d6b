//! pith's own tree: what html5ever's tree builder makes of a page, in one
//! arena, holding only what the reader walks (element names, attributes,
//! text), with the few moves the tree builder asks for.
//!
//! scraper's DOM, which this replaces, parsed every class attribute into
//! interned atoms and kept selector state the reader never used.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, Attribute, QualName};

/// A node's place in the arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NodeId(u32);

impl NodeId {
    fn at(self) -> usize {
        self.0 as usize
    }
}

/// An element: its name and its attributes, in the document's order.
pub(crate) struct Element {
    name: QualName,
    attrs: Vec<Attribute>,
}

impl Element {
    /// The tag name (the local name: `div`, `svg`).
    pub(crate) fn name(&self) -> &str {
        &self.name.local
    }

    /// Every attribute's local name and value.
    pub(crate) fn attrs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.attrs.iter().map(|a| (&*a.name.local, &*a.value))
    }
}

/// What a node is.
pub(crate) enum Data {
    Document,
    Element(Element),
    Text(StrTendril),
    /// A comment, doctype, processing instruction or template contents:
    /// nothing the reader reads.
    Other,
}

impl Data {
    pub(crate) fn is_element(&self) -> bool {
        matches!(self, Data::Element(_))
    }

    pub(crate) fn as_element(&self) -> Option<&Element> {
        match self {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn as_text(&self) -> Option<&str> {
        match self {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }
}

struct Node {
    parent: Option<NodeId>,
    first_child: Option<NodeId>,
    last_child: Option<NodeId>,
    prev: Option<NodeId>,
    next: Option<NodeId>,
    data: Data,
}

/// A parsed page: every node the tree builder made, the document first.
pub(crate) struct Dom {
    nodes: Vec<Node>,
}

impl Dom {
    fn new() -> Dom {
        let mut dom = Dom { nodes: Vec::new() };
        dom.push(Data::Document);
        dom
    }

    fn push(&mut self, data: Data) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node {
            parent: None,
            first_child: None,
            last_child: None,
            prev: None,
            next: None,
            data,
        });
        id
    }

    /// The document node, root of the tree.
    pub(crate) fn root(&self) -> NodeRef<'_> {
        NodeRef {
            dom: self,
            id: NodeId(0),
        }
    }

    /// How many elements the arena holds (detached ones included).
    #[cfg(test)]
    pub(crate) fn elements(&self) -> usize {
        self.nodes.iter().filter(|n| n.data.is_element()).count()
    }

    fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.at()]
    }

    fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id.at()]
    }

    /// Takes `id` out of its parent's children.
    fn detach(&mut self, id: NodeId) {
        let (parent, prev, next) = {
            let n = self.node(id);
            (n.parent, n.prev, n.next)
        };
        let Some(parent) = parent else {
            return;
        };
        match prev {
            Some(p) => self.node_mut(p).next = next,
            None => self.node_mut(parent).first_child = next,
        }
        match next {
            Some(n) => self.node_mut(n).prev = prev,
            None => self.node_mut(parent).last_child = prev,
        }
        let n = self.node_mut(id);
        (n.parent, n.prev, n.next) = (None, None, None);
    }

    /// Makes `child` the last child of `parent`.
    fn append(&mut self, parent: NodeId, child: NodeId) {
        self.detach(child);
        let last = self.node(parent).last_child;
        match last {
            Some(l) => self.node_mut(l).next = Some(child),
            None => self.node_mut(parent).first_child = Some(child),
        }
        self.node_mut(parent).last_child = Some(child);
        let c = self.node_mut(child);
        (c.parent, c.prev) = (Some(parent), last);
    }

    /// Puts `new` just before `sibling`, which has a parent.
    fn insert_before(&mut self, sibling: NodeId, new: NodeId) {
        self.detach(new);
        let (parent, prev) = {
            let s = self.node(sibling);
            (s.parent, s.prev)
        };
        match prev {
            Some(p) => self.node_mut(p).next = Some(new),
            None => {
                if let Some(parent) = parent {
                    self.node_mut(parent).first_child = Some(new);
                }
            }
        }
        self.node_mut(sibling).prev = Some(new);
        let n = self.node_mut(new);
        (n.parent, n.prev, n.next) = (parent, prev, Some(sibling));
    }

    /// Appends `text` to `at`'s text if it is a text node.
    fn extend_text(&mut self, at: Option<NodeId>, text: &StrTendril) -> bool {
        match at.map(|id| &mut self.node_mut(id).data) {
            Some(Data::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    /// How many ancestors the deepest node has.
    #[cfg(test)]
    pub(crate) fn depth(&self) -> usize {
        let (mut depth, mut deepest) = (0usize, 0usize);
        for edge in self.root().traverse() {
            match edge {
                Edge::Open(_) => {
                    deepest = deepest.max(depth);
                    depth += 1;
                }
                Edge::Close(_) => depth -= 1,
            }
        }
        deepest
    }

    /// The tree as indented lines, for tests that compare two parses.
    #[cfg(test)]
    pub(crate) fn dump(&self) -> String {
        let mut out = String::new();
        let mut depth = 0usize;
        for edge in self.root().traverse() {
            match edge {
                Edge::Open(n) => {
                    let line = match n.value() {
                        Data::Document => "#document".to_string(),
                        Data::Element(e) => {
                            let attrs: Vec<String> =
                                e.attrs().map(|(k, v)| format!("{k}={v:?}")).collect();
                            format!("<{}> {}", e.name(), attrs.join(" "))
                        }
                        Data::Text(t) => format!("{:?}", &**t),
                        Data::Other => "#other".to_string(),
                    };
                    out.push_str(&format!("{}{line}\n", "  ".repeat(depth)));
                    depth += 1;
                }
                Edge::Close(_) => depth -= 1,
            }
        }
        out
    }
}

/// A node and the tree it is in.
#[derive(Clone, Copy)]
pub(crate) struct NodeRef<'a> {
    dom: &'a Dom,
    id: NodeId,
}

impl<'a> NodeRef<'a> {
    fn at(&self, id: Option<NodeId>) -> Option<NodeRef<'a>> {
        id.map(|id| NodeRef { dom: self.dom, id })
    }

    pub(crate) fn value(&self) -> &'a Data {
        &self.dom.node(self.id).data
    }

    fn first_child(&self) -> Option<NodeRef<'a>> {
        self.at(self.dom.node(self.id).first_child)
    }

    fn next_sibling(&self) -> Option<NodeRef<'a>> {
        self.at(self.dom.node(self.id).next)
    }

    fn parent(&self) -> Option<NodeRef<'a>> {
        self.at(self.dom.node(self.id).parent)
    }

    /// The node's children, in order.
    pub(crate) fn children(&self) -> impl Iterator<Item = NodeRef<'a>> {
        std::iter::successors(self.first_child(), |n| n.next_sibling())
    }

    /// The node and everything below it, in document order.
    pub(crate) fn descendants(&self) -> impl Iterator<Item = NodeRef<'a>> {
        self.traverse().filter_map(|edge| match edge {
            Edge::Open(n) => Some(n),
            Edge::Close(_) => None,
        })
    }

    /// Every node below this one opened and closed in document order, with
    /// no recursion: nesting depth costs no stack.
    pub(crate) fn traverse(&self) -> Traverse<'a> {
        Traverse {
            root: *self,
            next: Some(Edge::Open(*self)),
        }
    }
}

/// A step of a walk over the tree.
#[derive(Clone, Copy)]
pub(crate) enum Edge<'a> {
    Open(NodeRef<'a>),
    Close(NodeRef<'a>),
}

pub(crate) struct Traverse<'a> {
    root: NodeRef<'a>,
    next: Option<Edge<'a>>,
}

impl<'a> Iterator for Traverse<'a> {
    type Item = Edge<'a>;

    fn next(&mut self) -> Option<Edge<'a>> {
        let edge = self.next?;
        self.next = match edge {
            Edge::Open(n) => Some(n.first_child().map_or(Edge::Close(n), Edge::Open)),
            Edge::Close(n) if n.id == self.root.id => None,
            Edge::Close(n) => match n.next_sibling() {
                Some(s) => Some(Edge::Open(s)),
                None => n.parent().map(Edge::Close),
            },
        };
        Some(edge)
    }
}

/// html5ever's tree builder writing into a [`Dom`], counting the elements
/// it creates (see `parse.rs` for why).
pub(crate) struct Sink {
    dom: RefCell<Dom>,
    pub(crate) created: Cell<usize>,
}

impl Sink {
    pub(crate) fn new() -> Sink {
        Sink {
            dom: RefCell::new(Dom::new()),
            created: Cell::new(0),
        }
    }

    fn new_node(&self, data: Data) -> NodeId {
        self.dom.borrow_mut().push(data)
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        self.dom.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId(0)
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        // The tree builder asks only for elements' names; a fixed name for
        // anything else keeps a broken promise from panicking.
        static NONE: std::sync::LazyLock<QualName> =
            std::sync::LazyLock::new(|| QualName::new(None, ns!(), local_name!("")));
        Ref::map(self.dom.borrow(), |dom| match &dom.node(*target).data {
            Data::Element(e) => &e.name,
            _ => &NONE,
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        self.created.set(self.created.get() + 1);
        let template = name.ns == ns!(html) && name.local == local_name!("template");
        let id = self.new_node(Data::Element(Element { name, attrs }));
        if template {
            // its contents: a fragment the walk skips with the template
            let contents = self.new_node(Data::Other);
            self.dom.borrow_mut().append(id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.new_node(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.new_node(Data::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut dom = self.dom.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => dom.append(*parent, id),
            NodeOrText::AppendText(text) => {
                // adjacent text is one node, as the DOM has it
                let last = dom.node(*parent).last_child;
                if !dom.extend_text(last, &text) {
                    let id = dom.push(Data::Text(text));
                    dom.append(*parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.dom.borrow().node(*element).parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.new_node(Data::Other);
        self.dom.borrow_mut().append(NodeId(0), id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.dom
            .borrow()
            .node(*target)
            .first_child
            .unwrap_or(*target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut dom = self.dom.borrow_mut();
        if let NodeOrText::AppendNode(id) = new_node {
            dom.detach(id);
        }
        if dom.node(*sibling).parent.is_none() {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => dom.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => {
                let prev = dom.node(*sibling).prev;
                if !dom.extend_text(prev, &text) {
                    let id = dom.push(Data::Text(text));
                    dom.insert_before(*sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut dom = self.dom.borrow_mut();
        if let Data::Element(e) = &mut dom.node_mut(*target).data {
            for attr in attrs {
                if !e.attrs.iter().any(|a| a.name == attr.name) {
                    e.attrs.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.dom.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut dom = self.dom.borrow_mut();
        while let Some(child) = dom.node(*node).first_child {
            dom.append(*new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::deadline::Deadline;
    use crate::read::parse;

    /// The body of `html` as the tree builder leaves it, one node a line.
    fn body(html: &str) -> String {
        let dump = parse::document(html, &Deadline::NONE)
            .expect("no deadline")
            .dom
            .dump();
        let at = dump.find("<body>").expect("a body");
        dump[at..]
            .lines()
            .skip(1)
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn the_tree_builders_moves_land_where_the_spec_puts_them() {
        // text inside a table but outside its cells is put before the table
        assert_eq!(
            body("<table>lost<tr><td>cell</td></tr></table>"),
            r#""lost"|<table>|<tbody>|<tr>|<td>|"cell""#
        );
        // misnested formatting is closed and reopened (the adoption agency)
        assert_eq!(
            body("<b>bold<p>para</b> after</p>"),
            r#"<b>|"bold"|<p>|<b>|"para"|" after""#
        );
        // text split by the tokenizer is one node; attributes keep their order
        assert_eq!(
            body("<p id=a class=b>one &amp; two</p>"),
            r#"<p> id="a" class="b"|"one & two""#
        );
        // a template's contents sit in a fragment below it
        assert_eq!(
            body("<body><template><p>inside</p></template>"),
            r#"<template>|#other|<p>|"inside""#
        );
    }
}
