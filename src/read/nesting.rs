//! The elements html5ever's tree builder will hold open, followed from the
//! tags alone, so that the prescan can remove the tags that would nest a
//! page past [`MAX_DEPTH`] or pile up formatting elements past
//! [`MAX_FORMATTING`].
//!
//! The tree builder walks its stack of open elements on most insertions and
//! end tags, and re-opens every active formatting element in each new
//! paragraph, so both limits bound its work. The model follows the
//! builder's rules where they change depth (an end tag closes its element
//! only in scope; special elements stop the search for an inline one;
//! `<p>`, `<li>`, `<dd>`, `<td>`, `<tr>` close what they imply; cells clear
//! the formatting list), and where it is unsure it keeps elements open: an
//! over-count removes a deep tag, an under-count would let the parse go
//! quadratic.

use crate::lexicon::FnvMap;

/// Deepest nesting passed to the parser (a browser's limit too).
pub const MAX_DEPTH: usize = 512;

/// Most formatting elements left open that are passed to the parser.
pub const MAX_FORMATTING: usize = 256;

/// Entries an end tag searches among the removed (too deep) elements.
const DEEP_SEARCH: usize = 512;

/// A tag name as the tokenizer reads it, lower-cased and hashed whole.
pub type Key = u64;

/// The key of a lower-case tag name.
pub const fn key(lower: &[u8]) -> Key {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < lower.len() {
        h ^= lower[i].to_ascii_lowercase() as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// What an element is to the tree builder's searches.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Ends every scope search: applet, caption, html, table, td, th,
    /// marquee, object, template.
    Boundary,
    /// ol and ul: end the list-item scope.
    List,
    /// button: ends the button scope.
    Button,
    /// The spec's other special elements: end the search of an inline
    /// element's end tag.
    Special,
    /// Formatting elements (b, a, font, ...).
    Formatting,
    Other,
}

fn class(lower: &[u8]) -> Class {
    match lower {
        b"applet" | b"caption" | b"html" | b"table" | b"td" | b"th" | b"marquee" | b"object"
        | b"template" => Class::Boundary,
        b"ol" | b"ul" => Class::List,
        b"button" => Class::Button,
        b"a" | b"b" | b"big" | b"code" | b"em" | b"font" | b"i" | b"nobr" | b"s" | b"small"
        | b"strike" | b"strong" | b"tt" | b"u" => Class::Formatting,
        b"address" | b"article" | b"aside" | b"blockquote" | b"body" | b"center" | b"colgroup"
        | b"dd" | b"details" | b"dialog" | b"dir" | b"div" | b"dl" | b"dt" | b"fieldset"
        | b"figcaption" | b"figure" | b"footer" | b"form" | b"frameset" | b"h1" | b"h2" | b"h3"
        | b"h4" | b"h5" | b"h6" | b"head" | b"header" | b"hgroup" | b"iframe" | b"li"
        | b"listing" | b"main" | b"menu" | b"nav" | b"noembed" | b"noframes" | b"noscript"
        | b"p" | b"plaintext" | b"pre" | b"search" | b"section" | b"select" | b"summary"
        | b"tbody" | b"textarea" | b"tfoot" | b"thead" | b"title" | b"tr" | b"xmp" => {
            Class::Special
        }
        _ => Class::Other,
    }
}

/// Elements whose end clears the formatting list back to their marker.
fn is_marker(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"applet" | b"object" | b"marquee" | b"td" | b"th" | b"caption" | b"template"
    )
}

/// Start tags that close an open paragraph in button scope.
fn closes_p(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"address"
            | b"article"
            | b"aside"
            | b"blockquote"
            | b"center"
            | b"details"
            | b"dialog"
            | b"dir"
            | b"div"
            | b"dl"
            | b"dd"
            | b"dt"
            | b"fieldset"
            | b"figcaption"
            | b"figure"
            | b"footer"
            | b"form"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"header"
            | b"hgroup"
            | b"li"
            | b"main"
            | b"menu"
            | b"nav"
            | b"ol"
            | b"p"
            | b"pre"
            | b"search"
            | b"section"
            | b"summary"
            | b"table"
            | b"ul"
    )
}

const P: Key = key(b"p");
const LI: Key = key(b"li");
const DD: Key = key(b"dd");
const DT: Key = key(b"dt");
const TD: Key = key(b"td");
const TH: Key = key(b"th");
const TR: Key = key(b"tr");
const TABLE: Key = key(b"table");
const TBODY: Key = key(b"tbody");
const THEAD: Key = key(b"thead");
const TFOOT: Key = key(b"tfoot");
const OPTION: Key = key(b"option");
const A: Key = key(b"a");
const DIV: Key = key(b"div");
const ADDRESS: Key = key(b"address");

/// A name lower-cased into a small buffer; longer names (never one the
/// model knows) come back empty.
fn lowered(name: &[u8]) -> ([u8; 12], usize) {
    let mut buf = [0u8; 12];
    if name.len() > buf.len() {
        return (buf, 0);
    }
    for (d, s) in buf.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    (buf, name.len())
}

#[derive(Clone, Copy, Debug)]
struct Open {
    key: Key,
    class: Class,
    marker: bool,
}

/// An entry of the list of active formatting elements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Active {
    Marker,
    /// The name's key and a hash of the tag's attributes.
    Element(Key, u64),
}

/// What to do with a tag.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Keep,
    Remove,
}

/// The model: open elements passed on, open elements whose tags were
/// removed, and the active formatting elements.
pub struct Nesting {
    /// Open elements past which start tags are removed.
    max_depth: usize,
    open: Vec<Open>,
    deep: Vec<Open>,
    active: Vec<Active>,
    /// Elements (not markers) in `active`.
    active_elements: usize,
    /// Open elements by key, in `open` (a quick no for end tags that close
    /// nothing).
    open_keys: FnvMap<Key, usize>,
}

impl Default for Nesting {
    fn default() -> Self {
        Nesting::new(MAX_DEPTH)
    }
}

impl Nesting {
    /// A model that removes start tags nested deeper than `max_depth`.
    pub fn new(max_depth: usize) -> Nesting {
        Nesting {
            max_depth,
            open: Vec::new(),
            deep: Vec::new(),
            active: Vec::new(),
            active_elements: 0,
            open_keys: FnvMap::default(),
        }
    }

    /// A start tag of an element that holds children: its name as the
    /// tokenizer reads it, and the text of its attributes.
    pub fn start(&mut self, name: &[u8], attrs: &[u8]) -> Verdict {
        let (buf, n) = lowered(name);
        let lower = &buf[..n];
        let k = key(name);
        let class = class(lower);
        if class == Class::Formatting && !self.activate(k, key(attrs)) {
            return Verdict::Remove;
        }
        if self.deep.is_empty() {
            self.close_implied(k, lower);
        }
        let entry = Open {
            key: k,
            class,
            marker: is_marker(lower),
        };
        if self.open.len() + self.deep.len() >= self.max_depth {
            self.deep.push(entry);
            return Verdict::Remove;
        }
        if entry.marker {
            self.active.push(Active::Marker);
        }
        self.open.push(entry);
        *self.open_keys.entry(k).or_default() += 1;
        Verdict::Keep
    }

    /// An end tag: closes its element where the tree builder would; removed
    /// when that element's start tag was.
    pub fn end(&mut self, name: &[u8]) -> Verdict {
        let (buf, n) = lowered(name);
        let k = key(name);
        let class = class(&buf[..n]);
        if class == Class::Formatting {
            self.deactivate(k);
        }
        if !self.deep.is_empty() {
            let window = self.deep.len().saturating_sub(DEEP_SEARCH);
            if let Some(at) = search(&self.deep[window..], k, class) {
                self.deep.truncate(window + at);
                return Verdict::Remove;
            }
        }
        if self.open_keys.get(&k).is_some_and(|&n| n > 0) {
            if let Some(at) = search(&self.open, k, class) {
                // the removed elements were inside it, and never reached
                // the parser
                self.deep.clear();
                self.pop_to(at);
            }
        }
        Verdict::Keep
    }

    /// The closes a start tag implies: a paragraph before a block, a list
    /// item before the next, a cell before the next cell or row.
    fn close_implied(&mut self, k: Key, lower: &[u8]) {
        if k == LI || k == DD || k == DT {
            let same: &[Key] = if k == LI { &[LI] } else { &[DD, DT] };
            // the nearest open item, unless a special element other than
            // address, div and p stands between
            for i in (0..self.open.len()).rev() {
                let o = self.open[i];
                if same.contains(&o.key) {
                    self.pop_to(i);
                    break;
                }
                let special = !matches!(o.class, Class::Formatting | Class::Other);
                if special && o.key != P && o.key != DIV && o.key != ADDRESS {
                    break;
                }
            }
        }
        if closes_p(lower) {
            // a p in button scope
            if let Some(i) = self.find_in_scope(P, &[Class::Button]) {
                self.pop_to(i);
            }
        }
        if k == TD || k == TH || k == TR || k == TBODY || k == THEAD || k == TFOOT {
            // back to the row (a cell) or the table (a row or section)
            let stops: &[Key] = if k == TD || k == TH {
                &[TR, TABLE]
            } else if k == TR {
                &[TBODY, THEAD, TFOOT, TABLE]
            } else {
                &[TABLE]
            };
            if let Some(stop) = self.open.iter().rposition(|o| stops.contains(&o.key)) {
                if stop + 1 < self.open.len() {
                    self.pop_to(stop + 1);
                }
            }
        }
        if k == OPTION && self.open.last().is_some_and(|o| o.key == OPTION) {
            self.pop_to(self.open.len() - 1);
        }
    }

    /// The innermost open `k` with no boundary (or `extra` class) above it.
    fn find_in_scope(&self, k: Key, extra: &[Class]) -> Option<usize> {
        for i in (0..self.open.len()).rev() {
            let o = self.open[i];
            if o.key == k {
                return Some(i);
            }
            if o.class == Class::Boundary || extra.contains(&o.class) {
                return None;
            }
        }
        None
    }

    /// Pops `open` down to index `at`, inclusive; a marker's end clears the
    /// formatting list back to it.
    fn pop_to(&mut self, at: usize) {
        while self.open.len() > at {
            let Some(o) = self.open.pop() else { break };
            if let Some(n) = self.open_keys.get_mut(&o.key) {
                *n = n.saturating_sub(1);
            }
            if o.marker {
                while let Some(a) = self.active.pop() {
                    match a {
                        Active::Marker => break,
                        Active::Element(..) => self.active_elements -= 1,
                    }
                }
            }
        }
    }

    /// A formatting start tag joins the active list as the tree builder
    /// keeps it (a new `<a>` ends an open one; at most three alike since
    /// the last marker); false when the list is full.
    fn activate(&mut self, k: Key, attrs: u64) -> bool {
        let since = self
            .active
            .iter()
            .rposition(|a| *a == Active::Marker)
            .map_or(0, |m| m + 1);
        if k == A {
            if let Some(i) = self.active[since..]
                .iter()
                .rposition(|a| matches!(a, Active::Element(x, _) if *x == A))
            {
                self.active.remove(since + i);
                self.active_elements -= 1;
            }
        }
        let entry = Active::Element(k, attrs);
        let alike: Vec<usize> = (since..self.active.len())
            .filter(|&i| self.active[i] == entry)
            .collect();
        if alike.len() >= 3 {
            self.active.remove(alike[0]);
            self.active_elements -= 1;
        }
        if self.active_elements >= MAX_FORMATTING {
            return false;
        }
        self.active.push(entry);
        self.active_elements += 1;
        true
    }

    /// A formatting end tag takes its element off the active list.
    fn deactivate(&mut self, k: Key) {
        let since = self
            .active
            .iter()
            .rposition(|a| *a == Active::Marker)
            .map_or(0, |m| m + 1);
        if let Some(i) = self.active[since..]
            .iter()
            .rposition(|a| matches!(a, Active::Element(x, _) if *x == k))
        {
            self.active.remove(since + i);
            self.active_elements -= 1;
        }
    }
}

/// Where in `stack` an end tag of `k` (of `class`) closes, searching from
/// the top: a block's end tag stops at a scope boundary (a list item's also
/// at a list, a paragraph's at a button); an inline element's at any
/// special element; a formatting element's too (the tree builder moves the
/// blocks opened inside it, which keeps the depth).
fn search(stack: &[Open], k: Key, class: Class) -> Option<usize> {
    let inline = matches!(class, Class::Formatting | Class::Other);
    for i in (0..stack.len()).rev() {
        let o = stack[i];
        if o.key == k {
            return Some(i);
        }
        let stops = if inline {
            !matches!(o.class, Class::Formatting | Class::Other)
        } else {
            o.class == Class::Boundary
                || (k == LI && o.class == Class::List)
                || (k == P && o.class == Class::Button)
        };
        if stops {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::Deadline;
    use crate::read::{parse, prescan};

    /// The depth of the tree html5ever builds from the prepared page.
    fn parsed_depth(page: &str) -> usize {
        let prepared = prescan::prepare(page, super::super::Limits::default());
        parse::document(&prepared.html, &Deadline::NONE)
            .expect("no deadline")
            .dom
            .depth()
    }

    #[test]
    fn no_spelling_of_a_tag_nests_past_the_limit() {
        // each of these nests the tree builder one level (or more) per repeat
        for unit in [
            "<div></x>",
            "<div/>",
            "<aaaaaaaaaaaaa></bbbbbbbbbbbbb>",
            "<x:y></x>",
            "<x_y></x>",
            "<li><ul></li>",
            "<div><object></div>",
            "<span></b>",
            "<table><td>",
            "<section><b></section>",
        ] {
            let depth = parsed_depth(&unit.repeat(3_000));
            // a table's implied tbody and tr can double the count
            assert!(depth <= 2 * MAX_DEPTH + 8, "{unit}: {depth}");
        }
    }

    #[test]
    fn end_tags_left_out_where_html_allows_do_not_nest() {
        for page in [
            format!(
                "<table>{}</table><p>after</p>",
                "<tr><td>1<td>2".repeat(600)
            ),
            format!("<dl>{}</dl>", "<dt>term<dd>definition".repeat(600)),
            format!("<ul>{}</ul>", "<li><p>para<li>item".repeat(600)),
            format!("<div>{}</div>", "<p>a<b>bold<p>b".repeat(600)),
            format!("<select>{}</select>", "<option>x".repeat(600)),
        ] {
            let prepared = prescan::prepare(&page, super::super::Limits::default());
            assert!(
                matches!(prepared.html, std::borrow::Cow::Borrowed(_)),
                "tags were removed from {}",
                &page[..40]
            );
        }
    }

    #[test]
    fn formatting_elements_the_builder_drops_are_not_counted() {
        // (page, a tag, how many times it is in the page)
        let cases = [
            // a cell's end clears its formatting
            (
                format!(
                    "<table><tr>{}</tr></table><p>See <a href=/x>this</a></p>",
                    "<td><font size=2>x</td>".repeat(400)
                ),
                "<font",
                400,
            ),
            // three alike at most
            (
                format!(
                    "{}<p>See <a href=/x>this</a></p>",
                    "<p><b>x</p>".repeat(400)
                ),
                "<b>",
                400,
            ),
            // a new link ends an open one
            (
                format!("{}<p>See <em>this</em></p>", "<p><a href=/1>x".repeat(400)),
                "<a ",
                400,
            ),
        ];
        for (page, tag, n) in cases {
            let prepared = prescan::prepare(&page, super::super::Limits::default());
            assert_eq!(prepared.html.matches(tag).count(), n, "{tag}");
            assert!(
                prepared.html.contains("<a href=/x>this</a>")
                    || prepared.html.contains("<em>this</em>"),
                "the last formatting tag was removed after {tag}"
            );
        }
    }
}
