//! The language of a page that no stopword list fits (pith has seven):
//! detected from its longer blocks by whatlang's trigram profiles, so that
//! `language` is filled for the seventy languages those know. Prose is
//! judged by shape there, whatever the language; this only names it.

use crate::block::Page;

/// Characters of text enough to tell a language by.
const SAMPLE: usize = 4_000;

/// Words from which a block is text to tell the language by, not a label.
const MIN_WORDS: usize = 8;

/// The page's language as an ISO 639-1 code, when whatlang is sure of it.
pub(crate) fn detect(page: &Page) -> Option<&'static str> {
    let mut text = String::new();
    for b in page.blocks.iter().filter(|b| b.features.words >= MIN_WORDS) {
        text.push_str(&b.text);
        text.push('\n');
        if text.len() >= SAMPLE {
            break;
        }
    }
    let info = whatlang::detect(&text)?;
    if info.is_reliable() {
        two_letter(info.lang().code())
    } else {
        None
    }
}

/// ISO 639-3 (whatlang's codes) to ISO 639-1, as `language` is written.
fn two_letter(code: &str) -> Option<&'static str> {
    const CODES: [(&str, &str); 70] = [
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    CODES
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| *two)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whatlang_language_has_a_two_letter_code() {
        for lang in whatlang::Lang::all() {
            assert!(two_letter(lang.code()).is_some(), "{}", lang.code());
        }
    }
}
