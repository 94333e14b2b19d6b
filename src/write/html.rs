//! The kept blocks as minimal, valid, sanitized HTML: only structural tags
//! and `href`/`src`/`alt` attributes are written, every text is escaped,
//! script URLs are dropped, relative links resolved against the base URL.

use super::inline::{events, link_url, Event};
use super::{body_blocks, table_end, Style};
use crate::article::Article;
use crate::block::{Block, BlockKind, Mark};

/// The article as an HTML fragment (`<article>…</article>`), one block a line.
pub fn article_html(article: &Article, style: &Style) -> String {
    let mut out = String::from("<article>\n");
    if style.title {
        if let Some(t) = &article.title {
            out.push_str(&format!("<h1>{}</h1>\n", escape(t)));
        }
    }
    let blocks: Vec<&Block> = body_blocks(article).collect();
    // open lists, outermost first: (ordered, an <li> is open in it)
    let mut lists: Vec<(bool, bool)> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let b = blocks[i];
        let depth = if b.kind == BlockKind::ListItem {
            usize::from(b.structure.list_depth)
        } else {
            0
        };
        while lists.len() > depth {
            close_list(&mut out, &mut lists);
        }
        if depth > 0 && lists.len() == depth {
            if let Some(top) = lists.last_mut().filter(|t| t.1) {
                out.push_str("</li>\n");
                top.1 = false;
            }
        }
        while lists.len() < depth {
            // a nested list goes inside the open item
            if lists.last().is_some_and(|t| t.1) {
                out.push('\n');
            }
            lists.push((b.structure.ordered, false));
            out.push_str(if b.structure.ordered {
                "<ol>\n"
            } else {
                "<ul>\n"
            });
        }
        if let Some(end) = table_end(&blocks, i) {
            table_html(&mut out, &blocks[i..end], style);
            i = end;
            continue;
        }
        let inner = inline_html(b, style);
        let line = match b.kind {
            BlockKind::Heading => {
                let l = b.heading_level.clamp(2, 6);
                format!("<h{l}>{inner}</h{l}>")
            }
            BlockKind::ListItem if depth > 0 => {
                if let Some(top) = lists.last_mut() {
                    top.1 = true;
                }
                out.push_str(&format!("<li>{inner}"));
                i += 1;
                continue;
            }
            BlockKind::Preformatted => format!("<pre><code>{}</code></pre>", escape(&b.text)),
            BlockKind::Quote => format!("<blockquote><p>{inner}</p></blockquote>"),
            _ if b.structure.quoted => format!("<blockquote><p>{inner}</p></blockquote>"),
            _ => format!("<p>{inner}</p>"),
        };
        out.push_str(&line);
        out.push('\n');
        i += 1;
    }
    while !lists.is_empty() {
        close_list(&mut out, &mut lists);
    }
    out.push_str("</article>\n");
    out
}

/// Closes the innermost list (and its open item).
fn close_list(out: &mut String, lists: &mut Vec<(bool, bool)>) {
    if let Some((ordered, li_open)) = lists.pop() {
        if li_open {
            out.push_str("</li>\n");
        }
        out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
    }
}

fn table_html(out: &mut String, cells: &[&Block], style: &Style) {
    out.push_str("<table>\n");
    let mut row = None;
    let mut last_node = None;
    for c in cells {
        let Some((_, r, header)) = c.structure.table else {
            continue;
        };
        if row != Some(r) {
            if row.is_some() {
                out.push_str("</tr>\n");
            }
            out.push_str("<tr>");
            row = Some(r);
            last_node = None;
        }
        let tag = if header { "th" } else { "td" };
        let inner = inline_html(c, style);
        if last_node.is_some() && last_node == Some(c.node) {
            // another block of the same cell: joined into it
            let close = format!("</{tag}>");
            if out.ends_with(&close) {
                out.truncate(out.len() - close.len());
                out.push_str(&format!("<br>{inner}{close}"));
                continue;
            }
        }
        out.push_str(&format!("<{tag}>{inner}</{tag}>"));
        last_node = Some(c.node);
    }
    if row.is_some() {
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn inline_html(b: &Block, style: &Style) -> String {
    let mut out = String::new();
    let mut link_open: Vec<bool> = Vec::new();
    for ev in events(&b.text, &b.spans) {
        match ev {
            Event::Text(t) => out.push_str(&escape(t).replace('\n', "<br>")),
            Event::Open(Mark::Strong) => out.push_str("<strong>"),
            Event::Close(Mark::Strong) => out.push_str("</strong>"),
            Event::Open(Mark::Emphasis) => out.push_str("<em>"),
            Event::Close(Mark::Emphasis) => out.push_str("</em>"),
            Event::Open(Mark::Code) => out.push_str("<code>"),
            Event::Close(Mark::Code) => out.push_str("</code>"),
            Event::Open(Mark::Link(href)) => {
                let url = link_url(href, style.base_url.as_deref()).filter(|_| style.links);
                if let Some(url) = &url {
                    out.push_str(&format!("<a href=\"{}\">", escape(url)));
                }
                link_open.push(url.is_some());
            }
            Event::Close(Mark::Link(_)) => {
                if link_open.pop() == Some(true) {
                    out.push_str("</a>");
                }
            }
            Event::Image { src, alt } => {
                if let Some(url) = link_url(src, style.base_url.as_deref()).filter(|_| style.images)
                {
                    out.push_str(&format!(
                        "<img src=\"{}\" alt=\"{}\">",
                        escape(&url),
                        escape(alt)
                    ));
                }
            }
            Event::Open(Mark::Image { .. }) | Event::Close(Mark::Image { .. }) => {}
        }
    }
    out
}

/// Escapes text and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
