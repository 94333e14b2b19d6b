//! Tags: which make blocks, of what kind, and their names as static
//! strings.

use crate::block::BlockKind;

pub(super) fn kind_of(tag: &str) -> Option<(BlockKind, u8)> {
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

pub(super) fn is_block_tag(tag: &str) -> bool {
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
pub(super) const KNOWN: &[&str] = &[
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

pub(super) fn static_tag(name: &str) -> &'static str {
    KNOWN.binary_search(&name).map_or("element", |i| KNOWN[i])
}
