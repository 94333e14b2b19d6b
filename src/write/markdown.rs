//! The kept blocks as CommonMark with GFM tables: headings, nested lists,
//! quotes, code blocks, tables, emphasis, links and (optionally) images.
//! Text is escaped so that a `*`, `_`, `#` or `|` in the page stays text.

use super::inline::{events, link_url, Event};
use super::{body_blocks, table_end, Style};
use crate::article::Article;
use crate::block::{Block, BlockKind, Mark};

/// The article as Markdown; ends with a newline unless empty.
pub fn article_markdown(article: &Article, style: &Style) -> String {
    let mut out = String::new();
    if style.title {
        if let Some(t) = &article.title {
            out.push_str("# ");
            out.push_str(&escape_line(t, false));
            out.push_str("\n\n");
        }
    }
    let blocks: Vec<&Block> = body_blocks(article).collect();
    let mut i = 0;
    let mut prev_list = false;
    while i < blocks.len() {
        let b = blocks[i];
        if let Some(end) = table_end(&blocks, i) {
            sep(&mut out, false);
            table_md(&mut out, &blocks[i..end], style);
            i = end;
            prev_list = false;
            continue;
        }
        let is_list = b.kind == BlockKind::ListItem && b.structure.list_depth > 0;
        sep(&mut out, is_list && prev_list);
        let inline = inline_md(b, style, false);
        let quote = b.kind == BlockKind::Quote || b.structure.quoted;
        let text = match b.kind {
            BlockKind::Heading => {
                let level = b.heading_level.clamp(1, 6) as usize;
                format!("{} {}", "#".repeat(level.max(2)), inline.replace('\n', " "))
            }
            BlockKind::Preformatted => fenced(&b.text),
            _ if is_list => {
                // four spaces a level nest under both `- ` and `1. `
                let indent = "    ".repeat(usize::from(b.structure.list_depth - 1));
                let marker = if b.structure.ordered { "1. " } else { "- " };
                let cont = format!("\n{indent}{}", " ".repeat(marker.len()));
                format!("{indent}{marker}{}", inline.replace('\n', &cont))
            }
            _ => inline,
        };
        if quote {
            for (n, line) in text.lines().enumerate() {
                if n > 0 {
                    out.push('\n');
                }
                out.push_str(if line.is_empty() { ">" } else { "> " });
                out.push_str(line);
            }
        } else {
            out.push_str(&text);
        }
        prev_list = is_list;
        i += 1;
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// A blank line between blocks, a single newline inside a list.
fn sep(out: &mut String, tight: bool) {
    if out.is_empty() {
        return;
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if !tight && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// Cells grouped into rows; the first row is the header, as GFM needs one.
fn table_md(out: &mut String, cells: &[&Block], style: &Style) {
    let mut rows: Vec<(u32, Vec<String>)> = Vec::new();
    let mut last_cell = None;
    for c in cells {
        let Some((_, row, _)) = c.structure.table else {
            continue;
        };
        let text = inline_md(c, style, true).replace('\n', " ");
        // blocks of one cell (a td holding paragraphs) share its node
        let same_cell = last_cell == Some((row, c.node));
        match rows.last_mut() {
            Some((r, cols)) if *r == row => {
                if same_cell {
                    if let Some(last) = cols.last_mut() {
                        last.push(' ');
                        last.push_str(&text);
                    }
                } else {
                    cols.push(text);
                }
            }
            _ => rows.push((row, vec![text])),
        }
        last_cell = Some((row, c.node));
    }
    let width = rows.iter().map(|r| r.1.len()).max().unwrap_or(0);
    for (n, (_, cols)) in rows.iter().enumerate() {
        out.push('|');
        for k in 0..width {
            out.push(' ');
            out.push_str(cols.get(k).map_or("", String::as_str));
            out.push_str(" |");
        }
        out.push('\n');
        if n == 0 {
            out.push('|');
            out.push_str(&" --- |".repeat(width));
            out.push('\n');
        }
    }
}

/// A fenced code block whose fence is longer than any backtick run inside.
fn fenced(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}\n{}\n{fence}", code.trim_end_matches('\n'))
}

/// The block's text with its marks, escaped; `in_cell` also escapes `|`.
fn inline_md(b: &Block, style: &Style, in_cell: bool) -> String {
    let mut out = String::new();
    let mut code_start: Vec<usize> = Vec::new();
    let evs = events(&b.text, &b.spans);
    let mut link_stack: Vec<Option<String>> = Vec::new();
    for ev in evs {
        match ev {
            Event::Text(t) if !code_start.is_empty() => out.push_str(t),
            Event::Text(t) => out.push_str(&escape(t, in_cell)),
            Event::Open(Mark::Strong) => out.push_str("**"),
            Event::Close(Mark::Strong) => out.push_str("**"),
            Event::Open(Mark::Emphasis) => out.push('*'),
            Event::Close(Mark::Emphasis) => out.push('*'),
            Event::Open(Mark::Code) => code_start.push(out.len()),
            Event::Close(Mark::Code) => {
                if let Some(at) = code_start.pop() {
                    let code = out.split_off(at);
                    out.push_str(&code_span(&code));
                }
            }
            Event::Open(Mark::Link(href)) => {
                let target = link_url(href, style.base_url.as_deref()).filter(|_| style.links);
                if target.is_some() {
                    out.push('[');
                }
                link_stack.push(target);
            }
            Event::Close(Mark::Link(_)) => {
                if let Some(Some(target)) = link_stack.pop() {
                    out.push_str("](");
                    out.push_str(&link_target(&target));
                    out.push(')');
                }
            }
            Event::Image { src, alt } => {
                if let Some(url) = link_url(src, style.base_url.as_deref()).filter(|_| style.images)
                {
                    out.push_str("![");
                    out.push_str(&escape(alt, in_cell));
                    out.push_str("](");
                    out.push_str(&link_target(&url));
                    out.push(')');
                }
            }
            Event::Open(_) | Event::Close(_) => {}
        }
    }
    // a line that would start a heading, list or quote is escaped
    out.split('\n')
        .map(escape_line_start)
        .collect::<Vec<_>>()
        .join("\\\n")
}

fn code_span(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{code}{pad}{ticks}")
}

fn link_target(url: &str) -> String {
    // a Markdown reader decodes backslash escapes and entities in a link's
    // target: `javascript\:` or `&#x61;` would come out as a script URL the
    // writer never judged, so both are escaped to stand for themselves
    let url = escape_references(&url.replace('\\', "\\\\"));
    if url.contains([' ', '(', ')', '<', '>']) {
        format!("<{}>", url.replace('<', "%3C").replace('>', "%3E"))
    } else {
        url
    }
}

/// `&` backslash-escaped where it starts what a Markdown reader takes for
/// a character reference (`&#x61;`, `&colon;`); a query's `&` stays as is.
fn escape_references(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for (i, c) in url.char_indices() {
        if c == '&' {
            let name = url[i + 1..]
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
                .count();
            if name > 0 && url[i + 1 + name..].starts_with(';') {
                out.push('\\');
            }
        }
        out.push(c);
    }
    out
}

/// Backslash-escapes the characters that are markup anywhere in a line.
fn escape(text: &str, in_cell: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~')
            || (in_cell && c == '|')
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn escape_line(text: &str, in_cell: bool) -> String {
    escape_line_start(&escape(text, in_cell)).into_owned()
}

/// Escapes what would make a line a heading, list item, quote or rule.
fn escape_line_start(line: &str) -> std::borrow::Cow<'_, str> {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    let needs = t.starts_with(['#', '>', '=', '+', '-'])
        || (t.starts_with(|c: char| c.is_ascii_digit()) && {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
                && matches!(t.as_bytes().get(digits + 1), None | Some(b' ' | b'\t'))
        });
    if !needs {
        return line.into();
    }
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        return format!("{}{}\\{}", &line[..lead], &t[..digits], &t[digits..]).into();
    }
    format!("{}\\{t}", &line[..lead]).into()
}
