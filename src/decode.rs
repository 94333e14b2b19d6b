//! Bytes → UTF-8: gzip, BOM, the HTML meta-charset prescan, an override,
//! valid UTF-8, then chardetng. Undecodable bytes become U+FFFD.

use std::borrow::Cow;
use std::io::Read;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::Error;

/// The decoded input.
#[derive(Debug)]
pub struct Decoded {
    /// The text, in UTF-8.
    pub text: String,
    /// The charset it was decoded from.
    pub encoding: &'static Encoding,
    /// Whether the input was cut at the size limit.
    pub truncated: bool,
}

/// Inflates gzip input (by its magic bytes), caps it at `max_bytes`, and
/// decodes it. `hint` is a charset that overrides the page's own declaration.
pub fn decode(
    bytes: &[u8],
    hint: Option<&'static Encoding>,
    max_bytes: usize,
) -> Result<Decoded, Error> {
    let inflated = gunzip(bytes, max_bytes)?;
    let (raw, mut truncated) = match &inflated {
        Some((buf, cut)) => (buf.as_slice(), *cut),
        None => (bytes, false),
    };
    let raw = if raw.len() > max_bytes {
        truncated = true;
        cut_at_boundary(raw, max_bytes)
    } else {
        raw
    };
    let encoding = sniff(raw, hint)?;
    let text = decode_with(raw, encoding);
    Ok(Decoded {
        text,
        encoding,
        truncated,
    })
}

/// Reads `input` up to one byte past `max_bytes` (inflated, when it is
/// gzip), so that an endless or huge input costs no more than the limit:
/// [`decode`] then cuts what is over and flags it.
pub fn read_bounded(input: impl Read, max_bytes: usize) -> Result<Vec<u8>, Error> {
    let limit = (max_bytes as u64).saturating_add(1);
    let mut input = std::io::BufReader::new(input);
    let gzip = std::io::BufRead::fill_buf(&mut input)?.starts_with(&[0x1f, 0x8b]);
    let mut out = Vec::new();
    if gzip {
        flate2::bufread::MultiGzDecoder::new(input)
            .take(limit)
            .read_to_end(&mut out)
            .map_err(|e| Error::Gzip(e.to_string()))?;
    } else {
        input.take(limit).read_to_end(&mut out)?;
    }
    Ok(out)
}

/// Inflates `bytes` when they start with the gzip magic, reading at most one
/// byte past `max_bytes` so that a gzip bomb costs no more than the limit.
fn gunzip(bytes: &[u8], max_bytes: usize) -> Result<Option<(Vec<u8>, bool)>, Error> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(max_bytes));
    let limit = (max_bytes as u64).saturating_add(1);
    flate2::read::MultiGzDecoder::new(bytes)
        .take(limit)
        .read_to_end(&mut out)
        .map_err(|e| Error::Gzip(e.to_string()))?;
    let cut = out.len() > max_bytes;
    Ok(Some((out, cut)))
}

/// Cuts before the last `<` (or newline) at or before `max`, so that a
/// truncated page does not end inside a tag.
fn cut_at_boundary(raw: &[u8], max: usize) -> &[u8] {
    let head = &raw[..max];
    let floor = max.saturating_sub(64 * 1024);
    match head[floor..].iter().rposition(|&b| b == b'<' || b == b'\n') {
        Some(i) if floor + i > 0 => &head[..floor + i],
        _ => head,
    }
}

/// Cuts text at the last tag start or line end at or before `max` bytes.
pub fn cut_text(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = cut_at_boundary(text.as_bytes(), end);
    // the cut is at `<`, `\n` or a char boundary
    &text[..head.len()]
}

/// Picks the charset: BOM, then the override, then the meta prescan checked
/// against the bytes (a stale label on valid UTF-8 loses), then chardetng.
pub fn sniff(raw: &[u8], hint: Option<&'static Encoding>) -> Result<&'static Encoding, Error> {
    if let Some((enc, _)) = Encoding::for_bom(raw) {
        return Ok(enc);
    }
    if let Some(enc) = utf16_without_bom(raw) {
        return Ok(enc);
    }
    looks_binary(raw)?;
    if let Some(enc) = hint {
        return Ok(enc);
    }
    let utf8 = utf8_verdict(raw);
    if let Some(declared) = prescan_meta_charset(raw) {
        let declared = declared.output_encoding();
        return Ok(match utf8 {
            // A page that declares a legacy charset but is valid UTF-8 with
            // non-ASCII text was re-encoded and its meta tag left stale.
            Utf8::Valid if declared != UTF_8 => UTF_8,
            Utf8::Mostly if declared != UTF_8 => guess(raw),
            Utf8::Invalid if declared == UTF_8 => guess(raw),
            _ => declared,
        });
    }
    Ok(match utf8 {
        Utf8::Ascii | Utf8::Valid | Utf8::Mostly => UTF_8,
        Utf8::Invalid => guess(raw),
    })
}

fn decode_with(raw: &[u8], encoding: &'static Encoding) -> String {
    let (text, _, _) = encoding.decode(raw);
    match text {
        Cow::Borrowed(s) => s.to_owned(),
        Cow::Owned(s) => s,
    }
}

fn guess(raw: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(raw, true);
    det.guess(None, chardetng::Utf8Detection::Allow)
}

#[derive(Debug, PartialEq, Eq)]
enum Utf8 {
    /// No byte over 0x7f: every ASCII-compatible charset reads it the same.
    Ascii,
    /// Valid UTF-8 with non-ASCII text.
    Valid,
    /// Almost all valid: a few bad bytes in a UTF-8 page (a truncated
    /// character, one pasted Latin-1 byte).
    Mostly,
    /// Not UTF-8.
    Invalid,
}

fn utf8_verdict(raw: &[u8]) -> Utf8 {
    if raw.is_ascii() {
        return Utf8::Ascii;
    }
    // The last 3 bytes may be a character cut by truncation.
    let body = &raw[..raw.len().saturating_sub(3)];
    match std::str::from_utf8(body) {
        Ok(_) => Utf8::Valid,
        Err(_) => {
            let (mut good, mut bad) = (0usize, 0usize);
            let mut rest = raw;
            while !rest.is_empty() {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        good += s.bytes().filter(|b| *b >= 0x80).count();
                        break;
                    }
                    Err(e) => {
                        let (ok, after) = rest.split_at(e.valid_up_to());
                        good += ok.iter().filter(|b| **b >= 0x80).count();
                        let skip = e.error_len().unwrap_or(after.len()).max(1);
                        bad += skip;
                        rest = &after[skip.min(after.len())..];
                    }
                }
            }
            if good >= 20 * bad.max(1) {
                Utf8::Mostly
            } else {
                Utf8::Invalid
            }
        }
    }
}

/// UTF-16 text without a BOM shows as NUL bytes in every other position.
fn utf16_without_bom(raw: &[u8]) -> Option<&'static Encoding> {
    let sample = &raw[..raw.len().min(4096) & !1];
    if sample.len() < 16 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Text has few control bytes; images, PDFs and archives have many.
fn looks_binary(raw: &[u8]) -> Result<(), Error> {
    let sample = &raw[..raw.len().min(8192)];
    if sample.len() < 32 {
        return Ok(());
    }
    let control = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    if control * 10 > sample.len() {
        return Err(Error::Binary(format!(
            "{control} control bytes in the first {}",
            sample.len()
        )));
    }
    Ok(())
}

/// The WHATWG "prescan a byte stream to determine its encoding" over the
/// first 1024 bytes, in its common form: `<meta charset>` and
/// `<meta http-equiv=content-type content="...; charset=...">`.
pub fn prescan_meta_charset(raw: &[u8]) -> Option<&'static Encoding> {
    let head = &raw[..raw.len().min(1024)];
    let mut i = 0;
    while let Some(off) = find_ci(&head[i..], b"<meta") {
        let start = i + off + 5;
        let end = head[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| start + p);
        let tag = &head[start..end];
        if let Some(label) = attr_value(tag, b"charset") {
            if let Some(enc) = Encoding::for_label(label) {
                return Some(fix_utf16(enc));
            }
        }
        let is_content_type =
            attr_value(tag, b"http-equiv").is_some_and(|v| v.eq_ignore_ascii_case(b"content-type"));
        if is_content_type {
            if let Some(content) = attr_value(tag, b"content") {
                if let Some(enc) = charset_in_content(content) {
                    return Some(fix_utf16(enc));
                }
            }
        }
        i = end;
    }
    None
}

/// The spec reads a declared UTF-16 as UTF-8: the declaration was ASCII.
fn fix_utf16(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else {
        enc
    }
}

/// Finds `charset=` in a Content-Type value (also used for HTTP headers).
pub fn charset_in_content(content: &[u8]) -> Option<&'static Encoding> {
    let pos = find_ci(content, b"charset")?;
    let rest = &content[pos + 7..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let (quote, rest) = match rest.first() {
        Some(&q @ (b'"' | b'\'')) => (Some(q), &rest[1..]),
        _ => (None, rest),
    };
    let end = rest
        .iter()
        .position(|&b| match quote {
            Some(q) => b == q,
            None => b == b';' || b.is_ascii_whitespace() || b == b'"' || b == b'\'',
        })
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

fn attr_value<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let mut i = 0;
    while let Some(off) = find_ci(&tag[i..], name) {
        let at = i + off;
        let before_ok = at == 0 || matches!(tag[at - 1], b' ' | b'\t' | b'\n' | b'\r' | b'/');
        let rest = trim_start(&tag[at + name.len()..]);
        if before_ok {
            if let Some(value) = rest.strip_prefix(b"=") {
                let value = trim_start(value);
                return Some(match value.first() {
                    Some(&q @ (b'"' | b'\'')) => {
                        let v = &value[1..];
                        &v[..v.iter().position(|&b| b == q).unwrap_or(v.len())]
                    }
                    _ => {
                        let end = value
                            .iter()
                            .position(|&b| b.is_ascii_whitespace() || b == b'/')
                            .unwrap_or(value.len());
                        &value[..end]
                    }
                });
            }
        }
        i = at + name.len();
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            prescan_meta_charset(b"<html><meta charset=\"iso-8859-2\">").map(|e| e.name()),
            Some("ISO-8859-2")
        );
        assert_eq!(
            prescan_meta_charset(
                b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"
            )
            .map(|e| e.name()),
            Some("Shift_JIS")
        );
        assert_eq!(prescan_meta_charset(b"<p>no meta</p>"), None);
    }

    #[test]
    fn stale_legacy_label_on_utf8_reads_utf8() {
        let page = "<meta charset=windows-1252><p>Café crème, naïve</p>".as_bytes();
        let d = decode(page, None, 1 << 20).expect("decodes");
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.contains("Café crème"));
    }

    #[test]
    fn legacy_bytes_without_label_are_guessed() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("<p>Le café était très occupé, l'été dernier à Genève.</p>");
        let d = decode(&bytes, None, 1 << 20).expect("decodes");
        assert!(d.text.contains("café était très"), "{}", d.text);
    }

    #[test]
    fn gzip_bomb_stops_at_the_limit() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&vec![b'a'; 4 << 20]).expect("write");
        let gz = enc.finish().expect("finish");
        let d = decode(&gz, None, 1 << 20).expect("decodes");
        assert!(d.truncated);
        assert!(d.text.len() <= 1 << 20);
    }

    #[test]
    fn binary_is_refused() {
        let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(matches!(
            decode(&bytes, None, 1 << 20),
            Err(Error::Binary(_))
        ));
    }
}
