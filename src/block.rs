//! The block, the unit every stage works on, and the features measured on it.
//!
//! Both readers produce a [`Page`]: a flat list of blocks in reading order
//! and, for HTML, the elements that contain them.

use crate::lexicon::{Concepts, Lang, StopwordIndex};

/// What kind of element a block came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph or a run of inline text.
    Paragraph,
    /// A heading (`h1`–`h6`, or a headline-like line of text).
    Heading,
    /// A list item.
    ListItem,
    /// A table cell.
    TableCell,
    /// Preformatted text or code.
    Preformatted,
    /// A block quotation.
    Quote,
    /// A figure caption.
    Caption,
    /// A line of plain text.
    Line,
}

impl BlockKind {
    /// A short name for output.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list-item",
            BlockKind::TableCell => "table-cell",
            BlockKind::Preformatted => "pre",
            BlockKind::Quote => "quote",
            BlockKind::Caption => "caption",
            BlockKind::Line => "line",
        }
    }
}

/// Inline markup inside a block's text, for the Markdown and HTML writers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// `<strong>`, `<b>`.
    Strong,
    /// `<em>`, `<i>`.
    Emphasis,
    /// `<code>` inside running text.
    Code,
    /// A link and its target as written in the page.
    Link(Box<str>),
    /// An image (empty range) with its source and alt text.
    Image {
        /// The `src` as written.
        src: Box<str>,
        /// The alt text.
        alt: Box<str>,
    },
}

/// A mark over `text[start..end]` (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub mark: Mark,
}

/// Where a block sits in the page's structure beyond its own element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Structure {
    /// Lists around the block (0: none), for nested list items.
    pub list_depth: u8,
    /// The innermost list is `<ol>`.
    pub ordered: bool,
    /// For table cells: the table, the row (node indices) and whether the
    /// cell is a header cell.
    pub table: Option<(u32, u32, bool)>,
    /// Inside a `<blockquote>`.
    pub quoted: bool,
}

/// One block of text and what the reader saw around it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Block {
    /// The text, inline whitespace collapsed; `<br>` kept as `\n`.
    pub text: String,
    /// The kind of element it came from.
    pub kind: BlockKind,
    /// The tag of the innermost block element (`p`, `h2`, `li`, `div`), or
    /// `line` for text input.
    pub tag: &'static str,
    /// 1–6 for headings, 0 otherwise.
    pub heading_level: u8,
    /// The element that holds the block, an index into `Page::nodes`.
    pub(crate) node: Option<u32>,
    /// Nesting depth of that element.
    pub(crate) depth: u16,
    /// Characters of the text inside links.
    pub(crate) link_chars: usize,
    /// Concepts of an inline wrapper (`<span class="byline">`) that holds
    /// nearly all the text.
    pub(crate) inline_concepts: Concepts,
    /// Measured text features.
    pub(crate) features: Features,
    /// Inline markup (links, emphasis, code, images), in order of start.
    pub(crate) spans: Vec<Span>,
    /// Lists, tables and quotes around the block.
    pub(crate) structure: Structure,
}

impl Block {
    /// Builds a block and measures its text.
    pub(crate) fn new(text: String, kind: BlockKind, tag: &'static str) -> Block {
        let features = Features::measure(&text);
        Block {
            text,
            kind,
            tag,
            heading_level: 0,
            node: None,
            depth: 0,
            link_chars: 0,
            inline_concepts: Concepts::EMPTY,
            features,
            spans: Vec::new(),
            structure: Structure::default(),
        }
    }

    /// Whether the block reads as article prose from its shape alone: ten
    /// words or more, sentences of a sentence's length, few capitalised
    /// words and links, and the language's function words where it has any.
    pub(crate) fn is_prose(&self, lang: Option<Lang>) -> bool {
        let f = &self.features;
        f.words >= 10
            // a sentence end, and more than one in a long block: a menu dump
            // with one stray period is not prose
            && (f.ends_sentence || f.sentences > 0)
            && (f.sentences as usize + 1) * 40 >= f.words
            && f.capitalized_share() < 0.6
            && self.link_density() < 0.35
            && (lang.is_none() || f.stopword_density(lang) >= 0.2)
    }

    /// Whether the block is a paragraph of the article: prose of
    /// [`PARAGRAPH_WORDS`] words or more.
    pub(crate) fn is_paragraph(&self, lang: Option<Lang>) -> bool {
        self.is_prose(lang) && self.features.words >= PARAGRAPH_WORDS
    }

    /// Share of the text's characters inside links, in [0, 1].
    pub fn link_density(&self) -> f32 {
        if self.features.chars == 0 {
            0.0
        } else {
            (self.link_chars as f32 / self.features.chars as f32).min(1.0)
        }
    }
}

/// Words at which prose is a paragraph of the article rather than a line.
pub const PARAGRAPH_WORDS: usize = 20;

/// Text features of a block, independent of markup.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Characters (not bytes), whitespace included.
    pub chars: usize,
    /// Words: whitespace-separated tokens, plus one per two CJK characters.
    pub words: usize,
    /// Function words per language, indexed by `Lang as usize`.
    pub stopwords: [u16; 7],
    /// Function words of any language.
    pub stopwords_any: u16,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, `:` or a closing quote after one.
    pub ends_sentence: bool,
    /// Sentence ends inside the text (`. ` followed by more text).
    pub sentences: u16,
    /// Commas, Latin and CJK.
    pub commas: u16,
    /// Starts with an upper-case letter, a digit or a quote.
    pub starts_upper: bool,
    /// Share of letters that are upper case.
    pub upper_share: f32,
    /// Share of non-space characters that are digits.
    pub digit_share: f32,
    /// Holds a URL, an e-mail address, or an @handle.
    pub has_contact: bool,
    /// Pipes, bullets and middots used as separators.
    pub separators: u16,
    /// Words that start with an upper-case letter.
    pub capitalized: u16,
}

impl Features {
    /// Measures a text in one pass over its words.
    pub fn measure(text: &str) -> Features {
        let index = StopwordIndex::get();
        let mut f = Features::default();
        let (mut letters, mut upper, mut digits, mut visible, mut cjk) = (0usize, 0usize, 0, 0, 0);
        let mut lower = String::new();
        for word in text.split_whitespace() {
            f.words += 1;
            if word.contains('@') || word.starts_with("http") || word.starts_with("www.") {
                f.has_contact = true;
            }
            if matches!(word, "|" | "•" | "·" | "/" | "»" | "›" | ">" | "–") {
                f.separators += 1;
            }
            let last = word.chars().last().unwrap_or(' ');
            if matches!(last, '.' | '!' | '?' | '。' | '！' | '？') && word.chars().count() > 1 {
                f.sentences += 1;
            }
            if word.chars().next().is_some_and(char::is_uppercase) {
                f.capitalized += 1;
            }
            lower.clear();
            let mut word_done = false;
            for c in word.chars() {
                visible += 1;
                if c.is_alphabetic() {
                    letters += 1;
                    if c.is_uppercase() {
                        upper += 1;
                    }
                    if is_cjk(c) {
                        cjk += 1;
                    }
                } else if c.is_ascii_digit() {
                    digits += 1;
                } else if matches!(c, ',' | '，' | '、' | '،') {
                    f.commas += 1;
                }
                if word_done || lower.len() > 24 {
                    continue;
                }
                if c.is_ascii_alphanumeric() || c == '\'' {
                    lower.push(c.to_ascii_lowercase());
                } else if c.is_alphanumeric() || c == '’' {
                    lower.extend(c.to_lowercase());
                } else if !lower.is_empty() {
                    // the lookup word ends at the first punctuation after it started
                    word_done = true;
                }
            }
            let lower_trimmed = lower.trim_matches(|c| c == '\'' || c == '’');
            let mask = index.langs(lower_trimmed);
            if mask != 0 {
                f.stopwords_any += 1;
                for lang in Lang::ALL {
                    if StopwordIndex::has(mask, lang) {
                        f.stopwords[lang as usize] += 1;
                    }
                }
            }
        }
        f.words += cjk / 2;
        f.chars = text.chars().count();
        f.upper_share = ratio(upper, letters);
        f.digit_share = ratio(digits, visible);
        let trimmed = text.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']' | '*')
        });
        f.ends_sentence = trimmed.ends_with(['.', '!', '?', '…', ':', '。', '！', '？', ';'])
            && !trimmed.ends_with("...");
        f.starts_upper =
            text.trim_start().chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || "\"“„«‘'¿¡(".contains(c)
            });
        f
    }

    /// Share of words that start with a capital: high in menus and
    /// headline lists, low in prose (even German prose stays under half).
    pub fn capitalized_share(&self) -> f32 {
        ratio(self.capitalized as usize, self.words)
    }

    /// Share of words that are function words of `lang` (any language when
    /// `None`).
    pub fn stopword_density(&self, lang: Option<Lang>) -> f32 {
        let n = match lang {
            Some(l) => self.stopwords[l as usize],
            None => self.stopwords_any,
        };
        ratio(n as usize, self.words)
    }
}

fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff)
}

/// An element that holds blocks (HTML only).
#[derive(Debug, Clone)]
pub struct Node {
    /// The parent element.
    pub parent: Option<u32>,
    /// The tag name.
    pub tag: &'static str,
    /// class, id, role and itemprop values, lower-cased, space-separated.
    pub attrs: Box<str>,
    /// Concepts of this element alone (tag and attributes).
    pub own: Concepts,
    /// Concepts of this element and all its ancestors.
    pub inherited: Concepts,
    /// What the element declares itself by tag or ARIA role rather than by
    /// class: a `<footer>`, a `<nav>`, a dialog (`role="dialog"`,
    /// `aria-modal="true"`). Unlike a class name, such a declaration holds
    /// however much prose the element holds (a privacy policy in a dialog, a
    /// footer of testimonials).
    pub landmark: Concepts,
}

/// What a reader produced.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// Elements that hold blocks (empty for text input).
    pub nodes: Vec<Node>,
    /// Title candidates from the page's head (`og:title`, then `<title>`).
    pub titles: Vec<String>,
    /// The texts of the page's `h1` headings, in order.
    pub h1s: Vec<String>,
    /// The language the page declares (`<html lang>`), lower-cased.
    pub declared_lang: Option<String>,
    /// The reader cut the page at its size limit (elements).
    pub cut: bool,
    /// What the page says about itself, for the metadata.
    pub hints: Hints,
}

/// Metadata as the page states it, gathered by the reader and weighed in
/// [`crate::meta`].
#[derive(Debug, Clone, Default)]
pub struct Hints {
    /// `<meta>` tags: (`property`, `name` or `itemprop`, lower-cased; `content`).
    pub metas: Vec<(String, String)>,
    /// The contents of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `<time>` elements: (`datetime` or text, marked as the publication
    /// date by `itemprop`, `pubdate` or class).
    pub times: Vec<(String, bool)>,
    /// Texts of `itemprop="author"` elements and `rel="author"` links.
    pub authors: Vec<String>,
    /// Names in forum software's poster elements (`class="username"`,
    /// FluxBB's `postleft`), in page order: a thread's posters.
    pub posters: Vec<String>,
    /// `<link rel="canonical">`.
    pub canonical: Option<String>,
    /// The first `<link rel="alternate">` to an RSS or Atom feed: where
    /// the page names no address of its own, its feed names its site.
    pub feed: Option<String>,
    /// Microdata `itemtype` values (`https://schema.org/QAPage`).
    pub item_types: Vec<String>,
}

impl Hints {
    /// The page declares itself a discussion (schema.org
    /// `DiscussionForumPosting` or `QAPage`, in JSON-LD or microdata): its
    /// replies are its content.
    pub fn declares_discussion(&self) -> bool {
        const TYPES: [&str; 2] = ["DiscussionForumPosting", "QAPage"];
        let named = |s: &String| TYPES.iter().any(|t| s.contains(t));
        self.json_ld.iter().any(named) || self.item_types.iter().any(named)
    }

    /// The page declares itself a product for sale (a schema.org `Product`
    /// with `offers` at the top of its JSON-LD, microdata `Product`, or
    /// `og:type` product) and no article: its customers' reviews are not
    /// its content, however much prose they hold.
    pub fn declares_product(&self) -> bool {
        const ARTICLES: [&str; 4] = ["Article", "BlogPosting", "NewsArticle", "Review\""];
        let article = self
            .json_ld
            .iter()
            .chain(&self.item_types)
            .any(|s| ARTICLES.iter().any(|t| s.contains(t)));
        if article {
            return false;
        }
        let og = self
            .metas
            .iter()
            .any(|(k, v)| k == "og:type" && v.eq_ignore_ascii_case("product"));
        let microdata = self
            .item_types
            .iter()
            .any(|t| t.trim_end_matches('/').ends_with("/Product"));
        og || microdata || self.json_ld.iter().any(|s| top_level_product(s).is_some())
    }

    /// How the page describes itself: its product's declared description,
    /// else its meta description.
    pub fn description(&self) -> Option<String> {
        let declared = self.json_ld.iter().find_map(|s| top_level_product(s)?);
        declared.or_else(|| {
            ["og:description", "description"].iter().find_map(|k| {
                self.metas
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
            })
        })
    }
}

/// Whether a JSON-LD script's top-level objects (or its `@graph`) hold a
/// `Product` with `offers` (a product named inside a review or a list does
/// not count), and its description if it has one.
fn top_level_product(script: &str) -> Option<Option<String>> {
    if !script.contains("Product") {
        return None;
    }
    let v = serde_json::from_str::<serde_json::Value>(script.trim()).ok()?;
    let is_product = |o: &serde_json::Value| {
        let typed = match o.get("@type") {
            Some(serde_json::Value::String(t)) => t == "Product",
            Some(serde_json::Value::Array(a)) => a.iter().any(|t| t == "Product"),
            _ => false,
        };
        typed && o.get("offers").is_some()
    };
    let top: Vec<&serde_json::Value> = match &v {
        serde_json::Value::Array(a) => a.iter().collect(),
        o => std::iter::once(o)
            .chain(
                o.get("@graph")
                    .and_then(|g| g.as_array())
                    .into_iter()
                    .flatten(),
            )
            .collect(),
    };
    let product = top.into_iter().find(|o| is_product(o))?;
    Some(
        product
            .get("description")
            .and_then(|d| d.as_str())
            .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" ")),
    )
}

impl Page {
    /// The ancestor chain of a node, nearest first (bounded by the tree depth).
    pub fn ancestors(&self, node: Option<u32>) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(node, move |&n| {
            self.nodes.get(n as usize).and_then(|x| x.parent)
        })
    }

    /// The h1 blocks whose element's class or id words, without their dashes
    /// and underscores, hold one of `names` (`thread-title` → `threadtitle`).
    pub fn h1s_named<'a>(&'a self, names: &'a [&str]) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| {
            b.heading_level == 1
                && b.node
                    .and_then(|n| self.nodes.get(n as usize))
                    .is_some_and(|n| {
                        let squeezed: String = n
                            .attrs
                            .chars()
                            .filter(|c| !matches!(c, '-' | '_'))
                            .collect();
                        names.iter().any(|name| squeezed.contains(name))
                    })
        })
    }

    /// The language whose function words are most frequent in the page, if
    /// any language reaches a credible share.
    pub fn guess_lang(&self) -> Option<Lang> {
        self.guess_lang_of(|_| true)
    }

    /// The language of the page's text besides a template's placeholder
    /// Latin: when there is none either, the filler is the page's text.
    pub fn guess_lang_besides_filler(&self) -> Option<Lang> {
        self.guess_lang_of(|b| !is_filler(&b.text))
    }

    fn guess_lang_of(&self, counts_in: impl Fn(&Block) -> bool) -> Option<Lang> {
        let mut counts = [0usize; 7];
        let mut words = 0usize;
        for b in &self.blocks {
            // navigation words say little about the language of the prose
            if b.features.words < 8 || !counts_in(b) {
                continue;
            }
            words += b.features.words;
            for (c, n) in counts.iter_mut().zip(b.features.stopwords) {
                *c += n as usize;
            }
        }
        let (best, &n) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
        if words == 0 || n * 8 < words {
            return None;
        }
        Lang::ALL.get(best).copied()
    }
}

/// A template's placeholder Latin ("Lorem ipsum dolor sit amet, …").
fn is_filler(text: &str) -> bool {
    text.as_bytes()
        .windows(LOREM.len())
        .any(|w| w.eq_ignore_ascii_case(LOREM))
}

const LOREM: &[u8] = b"lorem ipsum";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_prose() {
        let f = Features::measure("The official said: \"It is a matter of time.\"");
        assert_eq!(f.words, 9);
        assert!(f.ends_sentence);
        assert!(f.starts_upper);
        assert!(f.stopword_density(Some(Lang::En)) > 0.4);
    }

    #[test]
    fn measures_a_rail_heading() {
        let f = Features::measure("MOST READ IN WORLD NEWS");
        assert!(!f.ends_sentence);
        assert!(f.upper_share > 0.99);
    }
}
