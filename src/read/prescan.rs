//! A byte-level pass in front of the HTML parser, for speed and safety:
//!
//! - the contents of `<script>`, `<style>` (JSON-LD excepted) and `<svg>`,
//!   and HTML comments, are cut: they are often half a page's bytes, and html5ever's
//!   tokenizer walks them character by character only for pith to skip them;
//! - attributes the reader never looks at (`data-*`, `srcset`, handlers)
//!   are cut, for the same reason;
//! - tags nested deeper than `nesting::MAX_DEPTH` (512) are removed, their
//!   text kept, and so are formatting tags (`<b>`, `<font>`, `<a>`, ...)
//!   left open past `nesting::MAX_FORMATTING` (256): html5ever's tree
//!   builder walks its stack of open elements on most insertions and
//!   re-opens every open formatting element in each new paragraph, so a
//!   page nested 100 000 deep would take minutes and one of thousands of
//!   open `<b>` gigabytes. `nesting` follows the tree builder's rules to
//!   know what stays open;
//! - a page is cut after [`MAX_ELEMENTS`] elements: the DOM size limit that
//!   keeps a generated page of millions of tags from costing gigabytes.

use std::borrow::Cow;

use super::nesting::{Nesting, Verdict};
#[cfg(test)]
use super::nesting::{MAX_DEPTH, MAX_FORMATTING};
use super::Limits;

/// Most elements passed to the parser; real pages have a few thousand.
pub const MAX_ELEMENTS: usize = 200_000;

/// The page as the parser should see it.
pub struct Prepared<'a> {
    /// The markup, borrowed when nothing needed cutting.
    pub html: Cow<'a, str>,
    /// Elements past [`MAX_ELEMENTS`] were cut.
    pub cut: bool,
}

/// Elements that never hold children.
fn is_void(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
    )
}

/// The tag name lower-cased into a small buffer (longer names are never
/// void or raw: they come back empty).
fn lower(name: &[u8]) -> ([u8; 10], usize) {
    let mut buf = [0u8; 10];
    if name.len() > 10 {
        return (buf, 0);
    }
    for (d, s) in buf.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    (buf, name.len())
}

/// Case-insensitive search for `needle` (whose first byte is not a letter).
fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while i < s.len() {
        let at = i + memchr::memchr(needle[0], &s[i..])?;
        if s.len() - at >= needle.len() && s[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Just past the `>` that ends a start tag whose attributes begin at
/// `from`, as the tokenizer finds it: a `>` inside a quoted value (a JSON
/// `data-*` blob, a template binding) does not end the tag. A quote left
/// open runs to the end of the input, as it does for the tokenizer.
fn tag_end(s: &[u8], from: usize) -> usize {
    let mut i = from;
    let mut after_name = false;
    while let Some(&b) = s.get(i) {
        match b {
            b'>' => return i + 1,
            b'=' if after_name => {
                i += 1;
                while s.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
                    i += 1;
                }
                if let Some(&q) = s.get(i).filter(|&&q| q == b'"' || q == b'\'') {
                    match memchr::memchr(q, &s[i + 1..]) {
                        Some(p) => i += p + 2,
                        None => return s.len(),
                    }
                }
                after_name = false;
            }
            b if b.is_ascii_whitespace() || b == b'/' => i += 1,
            _ => {
                after_name = true;
                i += 1;
            }
        }
    }
    s.len()
}

/// Values of kept attributes longer than this are emptied when they are
/// `data:` URLs (inline images, which writers drop anyway).
const LONG_VALUE: usize = 100;

/// The attributes the reader looks at; the tokenizer and the tree need no
/// others.
fn is_read(name: &[u8]) -> bool {
    const READ: &[&[u8]] = &[
        b"alt",
        b"aria-hidden",
        b"aria-modal",
        b"charset",
        b"class",
        b"content",
        b"datetime",
        b"hidden",
        b"href",
        b"http-equiv",
        b"id",
        b"itemprop",
        b"itemtype",
        b"lang",
        b"name",
        b"property",
        b"pubdate",
        b"rel",
        b"role",
        b"src",
        b"style",
        b"type",
    ];
    READ.iter().any(|r| r.eq_ignore_ascii_case(name))
}

/// Cuts the attributes pith never reads (`data-*`, `srcset`, `on*`
/// handlers, framework bindings, `aria-label`, `title`, …) and long `data:`
/// URLs: a third of a page's bytes once scripts are gone, each attribute
/// tokenized character by character and stored in the tree.
///
/// Returns false at a quote left open: the tag, and the tags after it,
/// may then be inside an attribute's value, and nothing more is cut.
fn cut_unread_attributes(s: &[u8], from: usize, end: usize, out: &mut Output<'_>) -> bool {
    let is_space = |b: u8| b.is_ascii_whitespace();
    let mut i = from;
    while i < end {
        while i < end && (is_space(s[i]) || s[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < end && !is_space(s[i]) && !matches!(s[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == name_start {
            return true;
        }
        let name = &s[name_start..i];
        let mut j = i;
        while j < end && is_space(s[j]) {
            j += 1;
        }
        let mut value = None;
        if j < end && s[j] == b'=' {
            j += 1;
            while j < end && is_space(s[j]) {
                j += 1;
            }
            match s[..end].get(j) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    // a quote left open: the tag's end is not where it seems
                    let Some(close) = memchr::memchr(q, &s[j + 1..end]).map(|p| j + 1 + p) else {
                        return false;
                    };
                    value = Some((j + 1, close));
                    j = close + 1;
                }
                _ => {
                    let v = j;
                    while j < end && !is_space(s[j]) && s[j] != b'>' {
                        j += 1;
                    }
                    value = Some((v, j));
                }
            }
            i = j;
        }
        if !is_read(name) {
            out.cut(name_start, i);
        } else if let Some((v, e)) = value {
            let long_data = e - v > LONG_VALUE
                && s[v..e].len() > 5
                && s[v..v + 5].eq_ignore_ascii_case(b"data:");
            if long_data {
                out.cut(v, e);
            }
        }
    }
    true
}

/// Copies `html` minus the cut ranges, lazily: nothing is copied until the
/// first cut.
struct Output<'a> {
    html: &'a str,
    out: Option<String>,
    copied_to: usize,
}

impl Output<'_> {
    fn cut(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.html.len()));
        // tags and raw-text ends are ASCII, so these are char boundaries
        out.push_str(self.html.get(self.copied_to..start).unwrap_or(""));
        self.copied_to = end;
    }
}

/// The page as the parser should see it; borrowed (no copy) when nothing
/// needs cutting.
pub fn prepare(html: &str, limits: Limits) -> Prepared<'_> {
    let s = html.as_bytes();
    let mut scan = Scan {
        s,
        out: Output {
            html,
            out: None,
            copied_to: 0,
        },
        nesting: Nesting::new(limits.max_depth),
        attributes_balanced: true,
    };
    let (mut i, mut elements) = (0usize, 0usize);
    let mut cut = false;
    while let Some(off) = memchr::memchr(b'<', &s[i..]) {
        let at = i + off;
        let Some(&next) = s.get(at + 1) else { break };
        if s[at + 1..].starts_with(b"!--") {
            let end = find(s, at + 4, b"-->").map_or(s.len(), |e| e + 3);
            scan.out.cut(at, end);
            i = end;
            continue;
        }
        let close = next == b'/';
        let start = at + 1 + usize::from(close);
        let name_len = s[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !s[start].is_ascii_alphabetic() {
            i = at + 1;
            continue;
        }
        if !close {
            elements += 1;
            if elements > limits.max_elements {
                scan.out.cut(at, s.len());
                cut = true;
                break;
            }
        }
        i = scan.tag(at, start, name_len, close);
    }
    let out = scan.out;
    let html = match out.out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(html.get(out.copied_to..).unwrap_or(""));
            Cow::Owned(o)
        }
    };
    Prepared { html, cut }
}

/// The scan over a page's tags.
struct Scan<'a> {
    s: &'a [u8],
    out: Output<'a>,
    nesting: Nesting,
    /// The quotes of every attribute so far are balanced: cutting unread
    /// attributes is safe.
    attributes_balanced: bool,
}

impl Scan<'_> {
    /// The tag whose `<` is at `at` and whose name begins at `start`: kept,
    /// cut or its content skipped. Returns where the scan goes on.
    fn tag(&mut self, at: usize, start: usize, name_len: usize, close: bool) -> usize {
        let s = self.s;
        let end = if close {
            memchr::memchr(b'>', &s[start..]).map_or(s.len(), |p| start + p + 1)
        } else {
            tag_end(s, start + name_len)
        };
        // the name as the tokenizer reads it: up to a space, `/` or `>`
        let full_name = &s[start
            ..start
                + s[start..]
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
                    .unwrap_or(s.len() - start)];
        let (name, n) = lower(&s[start..start + name_len]);
        let name = &name[..n];
        if close {
            if self.nesting.end(full_name) == Verdict::Remove {
                self.out.cut(at, end);
            }
            return end;
        }
        if let Some(next) = self.raw_content(name, at, start + name_len, end) {
            return next;
        }
        let attrs = &s[start + full_name.len()..end.saturating_sub(1).max(start + full_name.len())];
        // `<div/>` opens a div: the slash only closes void and foreign
        // elements
        if !is_void(name) && self.nesting.start(full_name, attrs) == Verdict::Remove {
            self.out.cut(at, end);
        } else if self.attributes_balanced && end > start + name_len + 1 {
            // the tag's attributes, before its `>` (cuts must come in order)
            self.attributes_balanced =
                cut_unread_attributes(s, start + name_len, end - 1, &mut self.out);
        }
        end
    }

    /// Elements whose content is no markup for the walker (`svg`, `script`,
    /// `style`) or none at all (`textarea`, `title`, `xmp`): the content is
    /// cut or skipped, and the scan goes on past it. `None` for the rest.
    fn raw_content(
        &mut self,
        name: &[u8],
        at: usize,
        name_end: usize,
        end: usize,
    ) -> Option<usize> {
        let s = self.s;
        if name == b"svg" && s[end.saturating_sub(2)] != b'/' {
            // inline icons: long path data the walker skips anyway. An svg
            // left open (HTML elements break out of it) is left alone.
            let close = find(s, end, b"</svg");
            let next_open = find(s, end, b"<svg");
            return Some(match close {
                Some(c) if next_open.is_none_or(|o| o > c) => {
                    if self.attributes_balanced {
                        self.attributes_balanced =
                            cut_unread_attributes(s, name_end, end - 1, &mut self.out);
                    }
                    self.out.cut(end, c);
                    c
                }
                _ => end,
            });
        }
        if name == b"script" || name == b"style" {
            let closing: &[u8] = if name == b"style" {
                b"</style"
            } else {
                b"</script"
            };
            let content_end = find(s, end, closing).unwrap_or(s.len());
            let is_json_ld = name == b"script" && find(&s[at..end], 0, b"ld+json").is_some();
            if !is_json_ld {
                self.out.cut(end, content_end);
            }
            return Some(content_end);
        }
        if name == b"textarea" || name == b"title" || name == b"xmp" {
            // raw text: markup inside is not markup
            let mut closing = Vec::with_capacity(name.len() + 2);
            closing.extend_from_slice(b"</");
            closing.extend_from_slice(name);
            return Some(find(s, end, &closing).unwrap_or(s.len()));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unread_attributes_are_cut() {
        let long = "x".repeat(300);
        let page = format!(
            "<img src=\"a.png\" srcset=\"{long}\" alt=\"A cat\"><div data-json='{long}' class=\"c\" onclick=\"{long}\"><p title=t data-x>t</p></div><img src=\"data:{long}\"><a href=/x.html hidden>y</a>"
        );
        let p = prepare(&page, Limits::default()).html;
        assert_eq!(
            p,
            "<img src=\"a.png\"  alt=\"A cat\"><div  class=\"c\" ><p  >t</p></div><img src=\"\"><a href=/x.html hidden>y</a>"
        );
        // a `>` inside a quoted value does not end the tag
        let page = "<div data-x='{\"a\":\"b>c\"}' class=\"c\" data-y=\"1\">t</div>";
        assert_eq!(
            prepare(page, Limits::default()).html,
            "<div  class=\"c\" >t</div>"
        );
        // a quote is closed where the tokenizer closes it, however far on
        let page = "<div id=\"a</div><div data-x=\"b\" class=\"c\">t</div>";
        assert_eq!(
            prepare(page, Limits::default()).html,
            "<div id=\"a</div><div data-x=\" class=\"c\">t</div>"
        );
        // a quote left open runs to the end: nothing is cut
        let page = "<p>a</p><div id=\"a data-x=1>t</div>";
        assert_eq!(prepare(page, Limits::default()).html, page);
        // a page that ends inside a tag, at `=` and a quote (found by fuzzing)
        for page in ["<a b=\"", "<a b='", "<a b= \"", "<a b="] {
            prepare(page, Limits::default());
        }
    }

    #[test]
    fn pages_past_the_element_limit_are_cut() {
        let page = format!("<p>first</p>{}<p>last</p>", "<i>x</i>".repeat(MAX_ELEMENTS));
        let p = prepare(&page, Limits::default());
        assert!(p.cut && p.html.contains("first") && !p.html.contains("last"));
        assert!(!prepare("<p>a</p>", Limits::default()).cut);
    }

    #[test]
    fn pages_without_scripts_are_untouched() {
        let page = "<html><body><div><p>a<br>b</p><textarea>x<y</textarea></div></body></html>";
        assert!(matches!(
            prepare(page, Limits::default()).html,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn script_style_and_comments_are_emptied_but_json_ld_kept() {
        let page = "<p>a</p><script>if (a<b) { x('</p>') }</script><style>p{}</style>\
<!-- note <p>hidden</p> --><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>\
<script type=\"application/ld+json\">{\"a\":1}</script><p>b</p>";
        let p = prepare(page, Limits::default()).html;
        assert_eq!(
            p,
            "<p>a</p><script></script><style></style><svg ></svg><script type=\"application/ld+json\">{\"a\":1}</script><p>b</p>"
        );
    }

    #[test]
    fn an_unclosed_svg_cuts_nothing() {
        let page = "<p>a</p><svg><path d=\"M0\"/><div><p>text after the icon</p></div>";
        assert!(prepare(page, Limits::default())
            .html
            .contains("text after the icon"));
    }

    #[test]
    fn end_tags_that_close_nothing_do_not_unnest() {
        // the tree builder ignores `</x>`: the divs nest 3 000 deep
        let page = "<div></x>".repeat(3_000);
        let flat = prepare(&page, Limits::default()).html;
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        // an end tag closes what is open inside its element too
        let page = format!("{}</section>", "<section><div><span>".repeat(1_000));
        let flat = prepare(&page, Limits::default()).html;
        assert_eq!(flat.matches("<section>").count(), 171);
        // paragraphs and items close their open predecessor
        let page = format!("<div>{}</div>", "<p>a<li>b<p>c".repeat(5_000));
        assert!(matches!(
            prepare(&page, Limits::default()).html,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn formatting_tags_left_open_are_capped() {
        let open: String = (0..1_000).map(|i| format!("<b id={i}>")).collect();
        let page = format!("<p>{open}</p><p>x</p>");
        let flat = prepare(&page, Limits::default()).html;
        assert_eq!(flat.matches("<b ").count(), MAX_FORMATTING);
        // closed ones never count
        let page = "<b>a</b><i>b</i>".repeat(2_000);
        assert!(matches!(
            prepare(&page, Limits::default()).html,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn deep_tags_are_removed_text_kept() {
        let depth = MAX_DEPTH + 50;
        let page = format!(
            "{}<p>deep text</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let flat = prepare(&page, Limits::default()).html;
        assert!(flat.contains("deep text"));
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
    }
}
