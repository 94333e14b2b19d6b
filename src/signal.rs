//! Signals: the named evidence that moves a block's score, and the reasons
//! that carry them to `--explain` and JSON.
//!
//! A signal is a type, not a string: the stages test for one by its
//! variant, and its name (`link-density:0.82`, `class:nav`,
//! `phrase:most-read`) is made only for the reader. `docs/algorithm.md`
//! states when each one fires and with what weight.

use std::fmt;

use crate::lexicon::Concept;

/// Declares the signals once: the enum, each one's kind name, and the list
/// of kinds that the algorithm's document is checked against.
macro_rules! signals {
    ($( $(#[$doc:meta])* $variant:ident $(($payload:ty))? => $kind:literal, )*) => {
        /// One piece of evidence about a block.
        #[derive(Debug, Clone, Copy, PartialEq)]
        #[non_exhaustive]
        pub enum Signal {
            $( $(#[$doc])* $variant $(($payload))?, )*
        }

        impl Signal {
            /// The name of every kind of signal.
            pub const KINDS: &'static [&'static str] = &[$($kind),*];

            /// The kind's name: the signal's name without its detail
            /// (`link-density`, `class`, `phrase`).
            pub fn kind(&self) -> &'static str {
                match self {
                    $( signals!(@pattern $variant $(($payload))?) => $kind, )*
                }
            }
        }
    };
    (@pattern $variant:ident ($payload:ty)) => { Signal::$variant(_) };
    (@pattern $variant:ident) => { Signal::$variant };
}

signals! {
    /// The block has no words.
    NoWords => "no-words",
    /// A paragraph of prose.
    Prose => "prose",
    /// A sentence, short of a paragraph.
    Sentence => "sentence",
    /// A few words that end no sentence: a label, a menu entry.
    ShortNoSentence => "short-no-sentence",
    /// Many words, few of the language's function words.
    FewStopwords => "few-stopwords",
    /// This share of the text is link text.
    LinkDensity(f32) => "link-density",
    /// Most words capitalised: headlines of teasers, a menu.
    TitleCase => "title-case",
    /// Separators between items (`|`, `·`, `»`).
    Separators => "separators",
    /// A short contact line: an e-mail address, a phone number, a URL.
    Contact => "contact",
    /// Mostly digits.
    Digits => "digits",
    /// A menu that a scraper flattened into one line of text.
    MenuDump => "menu-dump",
    /// An entry of a numbered sequence: a listicle's item.
    Numbered => "numbered",
    /// A short text that comes more than once on the page.
    Repeated => "repeated",
    /// An element around the block is named for this boilerplate concept.
    Class(Concept) => "class",
    /// Inside the region where the article's prose is.
    RegionMain => "region:main",
    /// Outside that region.
    RegionOutside => "region:outside",
    /// A boilerplate phrase of this group matched.
    Phrase(&'static str) => "phrase",
    /// The block is the title.
    Title => "title",
    /// A heading over kept content.
    ContextHeading => "context:heading",
    /// A short block between kept ones.
    ContextBetweenKept => "context:between-kept",
    /// A list of links inside the body, kept blocks on either side.
    ContextListInBody => "context:list-in-body",
    /// A post whose headline is all it says.
    HeadlineOnly => "headline-only",
    /// Nothing was kept: the region's prose is.
    FallbackProse => "fallback:prose",
    /// Nothing was kept: the doubtful blocks are.
    FallbackRelaxed => "fallback:relaxed",
    /// Nothing was kept: the page's declared description stands in.
    FallbackDescription => "fallback:description",
    /// Other pages of the site show this block too: the site's template.
    /// The number counts the pages that show it, this one among them.
    SiteTemplate(u32) => "site-template",
    /// After a run of the site's template blocks that follows the
    /// article's prose: where the site's pages end their articles.
    AfterTemplate => "after-template",
    /// A kept block repeated word for word.
    Duplicate => "duplicate",
    /// After the block that ended the article.
    AfterEnd => "after-end",
    /// In a thread of reader comments under the article (a series of
    /// stamps: who wrote, and when).
    CommentThread => "unit:comments",
    /// In a rail of dated teasers beside the article: headlines, each
    /// with its date or time ("Latest news").
    DatedRail => "unit:dated-rail",
    /// In a whole post other than the one the title heads (a blog's
    /// posts in full, the next story rendered below the article).
    OtherPost => "unit:other-post",
    /// `--keep comments` took back the comment signals.
    KeepComments => "keep:comments",
    /// `--keep captions` took back the caption signals.
    KeepCaptions => "keep:captions",
    /// `--keep tables`: a table cell in the region.
    KeepTables => "keep:tables",
    /// A user rule's drop phrase matched.
    RuleDropPhrase => "rule:drop-phrase",
    /// A user rule's keep phrase matched.
    RuleKeepPhrase => "rule:keep-phrase",
    /// An element around the block has a user rule's drop class.
    RuleDropClass => "rule:drop-class",
    /// An element around the block has a user rule's keep class.
    RuleKeepClass => "rule:keep-class",
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind())?;
        match self {
            Signal::LinkDensity(d) => write!(f, ":{d:.2}"),
            Signal::Class(c) => write!(f, ":{}", c.name()),
            Signal::Phrase(group) => write!(f, ":{group}"),
            Signal::SiteTemplate(n) => write!(f, ":seen-on-{n}-pages"),
            _ => Ok(()),
        }
    }
}

/// One signal that moved a block's score.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Reason {
    /// The signal; its `Display` is the name `--explain` shows, e.g.
    /// `phrase:most-read`, `link-density:0.82`, `class:related`.
    pub signal: Signal,
    /// Its weight on the log-odds of boilerplate.
    pub weight: f32,
}

impl Reason {
    /// A signal with its weight.
    pub fn new(signal: Signal, weight: f32) -> Reason {
        Reason { signal, weight }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signal_is_named_by_its_kind_and_detail() {
        assert_eq!(Signal::LinkDensity(0.8234).to_string(), "link-density:0.82");
        assert_eq!(Signal::Class(Concept::Nav).to_string(), "class:nav");
        assert_eq!(Signal::Phrase("most-read").to_string(), "phrase:most-read");
        assert_eq!(Signal::RegionMain.to_string(), "region:main");
        assert!(Signal::KINDS.contains(&Signal::TitleCase.kind()));
    }
}
