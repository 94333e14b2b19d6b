//! A guard in front of the HTML parser: html5ever's tree builder walks its
//! stack of open elements on every insertion, so a page nested 100 000 deep
//! takes minutes. Real pages nest a few hundred deep at most, so tags past
//! [`MAX_DEPTH`] are removed (their text stays) before parsing.

use std::borrow::Cow;

/// Deepest nesting passed to the parser.
pub const MAX_DEPTH: usize = 2_000;

const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
    b"source", b"track", b"wbr",
];
const RAW: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"plaintext",
];

enum Tag<'a> {
    Open(&'a [u8], usize),
    Close(usize),
    Other(usize),
}

/// Reads the tag starting at `s[i] == b'<'`; returns its kind and end.
fn tag_at(s: &[u8], i: usize) -> Tag<'_> {
    let rest = &s[i + 1..];
    if rest.starts_with(b"!--") {
        let end = find(s, i + 4, b"-->").map_or(s.len(), |e| e + 3);
        return Tag::Other(end);
    }
    let close = rest.first() == Some(&b'/');
    let start = i + 1 + usize::from(close);
    let name_len = s[start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    let end = s[start..]
        .iter()
        .position(|&b| b == b'>')
        .map_or(s.len(), |p| start + p + 1);
    if name_len == 0 || !s[start].is_ascii_alphabetic() {
        return Tag::Other(i + 1);
    }
    let name = &s[start..start + name_len];
    if close {
        Tag::Close(end)
    } else if end >= 2 && s[end - 2] == b'/' || VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
        Tag::Other(end)
    } else {
        Tag::Open(name, end)
    }
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= s.len() {
        return None;
    }
    s[from..]
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// Walks the tags, calling `keep(start, end, keep)` for each; returns the
/// deepest nesting seen. Raw-text elements are skipped whole.
fn walk(html: &str, mut on_tag: impl FnMut(usize, usize, bool)) -> usize {
    let s = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = s[i..].iter().position(|&b| b == b'<') {
        let at = i + off;
        if at + 1 >= s.len() {
            break;
        }
        match tag_at(s, at) {
            Tag::Open(name, end) => {
                if RAW.iter().any(|r| r.eq_ignore_ascii_case(name)) {
                    let mut close = b"</".to_vec();
                    close.extend_from_slice(name);
                    i = find(s, end, &close).unwrap_or(s.len());
                    on_tag(at, end, true);
                    continue;
                }
                depth += 1;
                deepest = deepest.max(depth);
                on_tag(at, end, depth <= MAX_DEPTH);
                i = end;
            }
            Tag::Close(end) => {
                on_tag(at, end, depth <= MAX_DEPTH);
                depth = depth.saturating_sub(1);
                i = end;
            }
            Tag::Other(end) => i = end.max(at + 1),
        }
    }
    deepest
}

/// The page with tags nested deeper than [`MAX_DEPTH`] removed; borrowed
/// (no copy) for every ordinary page.
pub fn flatten(html: &str) -> Cow<'_, str> {
    if walk(html, |_, _, _| {}) <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    walk(html, |start, end, keep| {
        if !keep {
            out.push_str(&html[last..start]);
            last = end;
        }
    });
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><div><p>a<br>b</p><script>if (a<b) {}</script></div></body></html>";
        assert!(matches!(flatten(page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_tags_are_removed_text_kept() {
        let depth = MAX_DEPTH + 50;
        let page = format!(
            "{}<p>deep text</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let flat = flatten(&page);
        assert!(flat.contains("deep text"));
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
    }
}
