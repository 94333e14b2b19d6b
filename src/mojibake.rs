//! Mojibake repair: UTF-8 that was once read as Latin-1 or Windows-1252
//! ("youâ€™re", "Ã©tÃ©") and stored again as UTF-8, a common crawler
//! accident that the page's declared charset cannot undo.
//!
//! A run is repaired only where a lead byte's character is followed by just
//! the continuation bytes its UTF-8 sequence needs and the bytes decode: such
//! runs ("Ã©", "â€™") do not occur in real text. A stray C1 control left
//! over (U+0080–U+009F, never text) becomes its Windows-1252 character, as a
//! browser shows `&#146;`.

use std::borrow::Cow;

/// `text` with its mojibake repaired; borrowed when there is none.
pub fn repair(text: &str) -> Cow<'_, str> {
    let Some(start) = first_repair(text) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    let mut rest = &text[start..];
    while let Some(c) = rest.chars().next() {
        if let Some((fixed, used)) = sequence(rest) {
            out.push(fixed);
            rest = &rest[used..];
            continue;
        }
        match c as u32 {
            n @ 0x80..=0x9f => match WINDOWS_1252_HIGH[n as usize - 0x80] {
                '\0' => out.push(c),
                w => out.push(w),
            },
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Where the first repair falls. Every suspect character is encoded as
/// 0xC2 or 0xC3 and a second byte, so a byte search finds the candidates:
/// most pages have none and pay one memchr pass.
fn first_repair(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xc2, 0xc3, bytes).find(|&i| {
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        match bytes[i] {
            0xc2 => (0x80..=0x9f).contains(&next),
            _ => (0x82..=0xb4).contains(&next) && sequence(&text[i..]).is_some(),
        }
    })
}

/// The character that a mis-read UTF-8 sequence at the start of `s` stood
/// for, and the bytes of `s` it spans.
fn sequence(s: &str) -> Option<(char, usize)> {
    let mut chars = s.char_indices();
    let (_, lead) = chars.next()?;
    let lead = lead as u32;
    let needed = match lead {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return None,
    };
    let mut bytes = [lead as u8, 0, 0, 0];
    for slot in bytes.iter_mut().skip(1).take(needed) {
        let (_, c) = chars.next()?;
        *slot = continuation(c)?;
    }
    let used = chars.next().map_or(s.len(), |(i, _)| i);
    let fixed = std::str::from_utf8(&bytes[..=needed])
        .ok()?
        .chars()
        .next()?;
    Some((fixed, used))
}

/// The byte 0x80–0xBF that `c` is when a continuation byte was decoded as
/// Latin-1 or as Windows-1252.
fn continuation(c: char) -> Option<u8> {
    let byte = match c as u32 {
        n @ 0x80..=0xbf => n as u8,
        _ => WINDOWS_1252_HIGH
            .iter()
            .position(|&w| w == c)
            .map(|i| 0x80 + i as u8)?,
    };
    Some(byte)
}

/// Windows-1252's characters for 0x80–0x9F ('\0' where it has none).
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘',
    '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn utf8_read_as_windows_1252_is_repaired() {
        assert_eq!(repair("youâ€™re â€œinâ€\u{9d}"), "you’re “in”");
        assert_eq!(repair("Ã©tÃ© Ã\u{a0}Paris"), "été àParis");
        assert_eq!(repair("ðŸ˜€ ok"), "😀 ok");
    }

    #[test]
    fn utf8_read_as_latin_1_is_repaired() {
        assert_eq!(
            repair("itertools â\u{80}\u{94} Functions"),
            "itertools — Functions"
        );
        assert_eq!(repair("Â\u{a0}x"), "\u{a0}x");
    }

    #[test]
    fn a_stray_c1_control_is_its_windows_1252_character() {
        assert_eq!(repair("that\u{92}s"), "that’s");
    }

    #[test]
    fn real_text_is_left_alone() {
        for s in [
            "Café, naïve, Straße, ça va? «là» — “quoted” 1º 20°C",
            "São Paulo, Ελληνικά, 日本語, Ärger über Öl",
            "à « guillemets » et là»",
        ] {
            assert!(matches!(repair(s), std::borrow::Cow::Borrowed(_)), "{s}");
        }
    }
}
