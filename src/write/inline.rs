//! A block's text with its inline marks as a flat run of events, shared by
//! the Markdown and HTML writers; and the link resolution they both need.

use crate::block::{Mark, Span};

/// A piece of a block's inline content.
#[derive(Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// Plain text.
    Text(&'a str),
    /// A mark opens.
    Open(&'a Mark),
    /// A mark closes.
    Close(&'a Mark),
    /// An image, where it stood.
    Image {
        /// The source as written.
        src: &'a str,
        /// The alt text.
        alt: &'a str,
    },
}

/// The events of `text` with `spans` (sorted by start, longest first).
/// Spans that cross another instead of nesting in it, and marks inside code,
/// are left out, so every Open has its Close.
pub fn events<'a>(text: &'a str, spans: &'a [Span]) -> Vec<Event<'a>> {
    // keep a properly nested subset
    let mut kept: Vec<&Span> = Vec::new();
    let mut stack: Vec<&Span> = Vec::new();
    for sp in spans {
        if let Mark::Image { .. } = sp.mark {
            kept.push(sp);
            continue;
        }
        while stack.last().is_some_and(|top| top.end <= sp.start) {
            stack.pop();
        }
        let inside_code = stack.iter().any(|s| s.mark == Mark::Code);
        if stack.last().is_none_or(|top| sp.end <= top.end) && !inside_code {
            stack.push(sp);
            kept.push(sp);
        }
    }
    let mut bounds: Vec<(usize, u8, usize, &Span)> = Vec::new();
    for (i, sp) in kept.iter().enumerate() {
        match sp.mark {
            Mark::Image { .. } => bounds.push((sp.start, 1, i, sp)),
            _ => {
                // at one offset: closes (0) before images (1) before opens (2);
                // opens outer first, closes inner first
                bounds.push((sp.start, 2, i, sp));
                bounds.push((sp.end, 0, usize::MAX - i, sp));
            }
        }
    }
    bounds.sort_by_key(|b| (b.0, b.1, b.2));
    let mut out = Vec::new();
    let mut at = 0;
    for (pos, kind, _, sp) in bounds {
        if pos > at {
            out.push(Event::Text(&text[at..pos]));
            at = pos;
        }
        out.push(match (&sp.mark, kind) {
            (Mark::Image { src, alt }, _) => Event::Image { src, alt },
            (m, 2) => Event::Open(m),
            (m, _) => Event::Close(m),
        });
    }
    if at < text.len() {
        out.push(Event::Text(&text[at..]));
    }
    out
}

/// `href` made absolute against `base` (RFC 3986 reference resolution, for
/// the forms pages use); unchanged without a base or when already absolute.
pub fn resolve(href: &str, base: Option<&str>) -> String {
    let Some(base) = base else {
        return href.to_string();
    };
    if has_scheme(href) {
        return href.to_string();
    }
    let Some(scheme_end) = base.find("://") else {
        return href.to_string();
    };
    let scheme = &base[..scheme_end];
    let after = &base[scheme_end + 3..];
    let authority_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = &base[..scheme_end + 3 + authority_end];
    let path_and_more = &after[authority_end..];
    let path = &path_and_more[..path_and_more
        .find(['?', '#'])
        .unwrap_or(path_and_more.len())];
    if let Some(rest) = href.strip_prefix("//") {
        return format!("{scheme}://{rest}");
    }
    if href.starts_with('#') {
        let without_frag = &base[..base.find('#').unwrap_or(base.len())];
        return format!("{without_frag}{href}");
    }
    if href.starts_with('?') {
        return format!("{origin}{path}{href}");
    }
    let joined = if href.starts_with('/') {
        href.to_string()
    } else {
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let dir = if dir.is_empty() { "/" } else { dir };
        format!("{dir}{href}")
    };
    format!("{origin}{}", remove_dots(&joined))
}

fn has_scheme(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `/a/b/../c/./d` → `/a/c/d`, leaving the query and fragment alone.
fn remove_dots(path: &str) -> String {
    let split = path.find(['?', '#']).unwrap_or(path.len());
    let (p, tail) = path.split_at(split);
    let mut segs: Vec<&str> = Vec::new();
    let parts: Vec<&str> = p.split('/').collect();
    for (i, seg) in parts.iter().enumerate() {
        match *seg {
            "." => {}
            ".." => {
                if segs.len() > 1 {
                    segs.pop();
                }
            }
            s => segs.push(s),
        }
        // a trailing `.` or `..` still ends in a slash
        if i == parts.len() - 1 && matches!(*seg, "." | "..") {
            segs.push("");
        }
    }
    format!("{}{tail}", segs.join("/"))
}

/// A link target as a browser reads it (ASCII tab and newline removed
/// anywhere, C0 controls and spaces trimmed from both ends; other controls
/// dropped), if it is safe
/// to write: `http`, `https`, `mailto`, `tel`, or relative. Any other scheme
/// (`javascript:`, `data:`, `vbscript:`, `file:`, ...) is dropped, however
/// it is spelled (`jav&#x09;ascript:`, `&#x01;javascript:`).
pub fn safe_url(href: &str) -> Option<String> {
    let trimmed = href.trim_matches(|c: char| c <= ' ');
    // a browser drops tab and newline; the other controls it would
    // percent-encode are dropped too, so no output carries them
    let url: String = trimmed.chars().filter(|c| !c.is_control()).collect();
    if has_scheme(&url) {
        let scheme = url[..url.find(':')?].to_ascii_lowercase();
        if !matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel") {
            return None;
        }
    }
    Some(url)
}

/// The URL to write for a link or image: `href` judged by [`safe_url`],
/// resolved against `base`, and the result judged again (a base of another
/// scheme would give the relative link that scheme).
pub fn link_url(href: &str, base: Option<&str>) -> Option<String> {
    safe_url(&resolve(&safe_url(href)?, base))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_urls_are_dropped_however_spelled() {
        for href in [
            "javascript:alert(1)",
            "jav\tascript:alert(1)",
            "\x01javascript:alert(1)",
            " \n JaVa\nScRipt:alert(1)",
            "java\rscript:x",
            "data:text/html,<script>",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert_eq!(safe_url(href), None, "{href:?}");
        }
        assert_eq!(
            safe_url(" https://a.example/x\n").as_deref(),
            Some("https://a.example/x")
        );
        assert_eq!(
            safe_url("/wiki/Help:Contents").as_deref(),
            Some("/wiki/Help:Contents")
        );
        assert_eq!(
            safe_url("mailto:desk@a.example").as_deref(),
            Some("mailto:desk@a.example")
        );
        assert_eq!(
            safe_url("tel:+18885550100").as_deref(),
            Some("tel:+18885550100")
        );
    }

    #[test]
    fn resolves_relative_links() {
        let base = Some("https://ex.com/news/2024/story.html?x=1#top");
        assert_eq!(
            resolve("other.html", base),
            "https://ex.com/news/2024/other.html"
        );
        assert_eq!(resolve("../a/b", base), "https://ex.com/news/a/b");
        assert_eq!(resolve("/root", base), "https://ex.com/root");
        assert_eq!(
            resolve("//cdn.ex.com/i.png", base),
            "https://cdn.ex.com/i.png"
        );
        assert_eq!(
            resolve("#s2", base),
            "https://ex.com/news/2024/story.html?x=1#s2"
        );
        assert_eq!(resolve("mailto:a@b.c", base), "mailto:a@b.c");
        assert_eq!(resolve("x", None), "x");
    }

    #[test]
    fn crossing_spans_are_dropped_nested_kept() {
        let text = "one two three";
        let spans = vec![
            Span {
                start: 0,
                end: 7,
                mark: Mark::Strong,
            },
            Span {
                start: 4,
                end: 7,
                mark: Mark::Emphasis,
            },
            Span {
                start: 5,
                end: 13,
                mark: Mark::Code,
            },
        ];
        let ev = events(text, &spans);
        assert_eq!(
            ev,
            vec![
                Event::Open(&Mark::Strong),
                Event::Text("one "),
                Event::Open(&Mark::Emphasis),
                Event::Text("two"),
                Event::Close(&Mark::Emphasis),
                Event::Close(&Mark::Strong),
                Event::Text(" three"),
            ]
        );
    }
}
