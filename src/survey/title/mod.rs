//! The page's title: which `h1` is its headline, checked against the titles
//! the page declares (`og:title`, `<title>`) with the site's name cut off,
//! and its JSON-LD where the two part.
//!
//! Two tables of named rules over one [`Context`] built once: [`HEADLINE`]
//! picks the h1 that heads the page, [`TITLE`] picks the title (the headline
//! unless the declared title or the JSON-LD says otherwise). The first rule
//! that decides wins; its [`TitleRule`] goes with the title into `--explain`
//! and JSON. `docs/algorithm.md` states each rule.

mod site;
mod words;

use crate::block::{BlockKind, Page};
use crate::survey::json_ld::SchemaName;

use site::{
    below_front_page, declared, has_author_meta, shared_slogan, site_cut, site_names, site_rest,
};
pub(crate) use words::tidy;
use words::{
    after_archive_label, agreement, heads_title, informative, is_sentence, item_by_kind, same_text,
    searched_term, squeeze, H1_AGREES, SAME_TITLE,
};

/// The rule that chose a page's title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TitleRule {
    /// The page declares no title that names anything: its first h1.
    FirstH1,
    /// The first h1 is an archive's label and name ("Topic: Tide tables").
    ArchiveLabel,
    /// The template names the h1 as the page's headline (`entry-title`).
    TemplateNamedH1,
    /// An h1 begins the declared title, before a separator.
    H1HeadsTitle,
    /// A later h1 is the declared title, where the first only half agrees.
    H1SameAsTitle,
    /// An h1 agrees with the declared title without its site name.
    H1AgreesWithTitle,
    /// Below the front page, a declared title that is only the site's name
    /// yields to the h1.
    H1OverSiteName,
    /// No h1 agrees with the declared title, but one is the headline of the
    /// article the JSON-LD declares.
    JsonLdHeadline,
    /// No h1 to back either: the `<title>` over an og:title worded as a
    /// slogan.
    TitleOverSlogan,
    /// No headline: the declared title without its site name.
    DeclaredTitle,
    /// A page that declares itself a `WebPage` by its declared title, with
    /// no author, has a slogan for an h1: the declared title.
    WebPageName,
    /// A search page's h1 ("Results for …") names the term the declared
    /// title names.
    SearchedTerm,
    /// An h1 that repeats the whole `<title>`, without the site's name.
    H1WithoutSiteName,
    /// Plain text: the headline-like line just before the body.
    TextLineBeforeBody,
    /// No rule found a title on the page: the one its metadata declares
    /// (the JSON-LD headline, the og:title), in JSON's `title`.
    Metadata,
}

impl TitleRule {
    /// Every rule, in the order the tables try them.
    pub const ALL: [TitleRule; 15] = [
        TitleRule::FirstH1,
        TitleRule::ArchiveLabel,
        TitleRule::TemplateNamedH1,
        TitleRule::H1HeadsTitle,
        TitleRule::H1SameAsTitle,
        TitleRule::H1AgreesWithTitle,
        TitleRule::H1OverSiteName,
        TitleRule::JsonLdHeadline,
        TitleRule::TitleOverSlogan,
        TitleRule::DeclaredTitle,
        TitleRule::WebPageName,
        TitleRule::SearchedTerm,
        TitleRule::H1WithoutSiteName,
        TitleRule::TextLineBeforeBody,
        TitleRule::Metadata,
    ];

    /// The rule's name, as `--explain` and JSON show it.
    pub fn name(self) -> &'static str {
        match self {
            TitleRule::FirstH1 => "first-h1",
            TitleRule::ArchiveLabel => "archive-label",
            TitleRule::TemplateNamedH1 => "template-named-h1",
            TitleRule::H1HeadsTitle => "h1-heads-title",
            TitleRule::H1SameAsTitle => "h1-same-as-title",
            TitleRule::H1AgreesWithTitle => "h1-agrees-with-title",
            TitleRule::H1OverSiteName => "h1-over-site-name",
            TitleRule::JsonLdHeadline => "json-ld-headline",
            TitleRule::TitleOverSlogan => "title-over-slogan",
            TitleRule::DeclaredTitle => "declared-title",
            TitleRule::WebPageName => "web-page-name",
            TitleRule::SearchedTerm => "searched-term",
            TitleRule::H1WithoutSiteName => "h1-without-site-name",
            TitleRule::TextLineBeforeBody => "text-line-before-body",
            TitleRule::Metadata => "metadata",
        }
    }
}

impl serde::Serialize for TitleRule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl std::fmt::Display for TitleRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The page's title as chosen.
#[derive(Debug, Clone)]
pub(crate) struct Title {
    /// The title, tidied ([`tidy`]).
    pub text: String,
    /// The block that shows it: the h1 that heads the page even where the
    /// declared title names it.
    pub block: Option<usize>,
    /// The rule that chose it.
    pub rule: TitleRule,
}

/// What the rules read, built once a page.
pub(crate) struct Context<'p> {
    page: &'p Page,
    schema: Option<&'p SchemaName>,
    /// The declared titles that name anything, without the site's name.
    declared_titles: Vec<String>,
    /// The declared title the page is named by where no h1 heads it.
    declared: Option<String>,
    /// An og:title worded as a slogan, where the `<title>` names the page.
    slogan: Option<String>,
}

impl<'p> Context<'p> {
    /// Reads what the rules need from the page and its JSON-LD name.
    pub fn new(page: &'p Page, schema: Option<&'p SchemaName>) -> Context<'p> {
        let sites = site_names(page);
        let declared_titles = page
            .titles
            .iter()
            .filter(|t| informative(t))
            .map(|t| site::strip_site_name(page, t, &sites))
            .collect();
        Context {
            page,
            schema,
            declared_titles,
            declared: declared(page),
            slogan: shared_slogan(page),
        }
    }

    /// The h1s that can be the headline: not the site's name, not an API
    /// item named by its kind.
    fn candidates(&self) -> impl Iterator<Item = &'p String> + '_ {
        let page = self.page;
        page.h1s.iter().filter(move |h| {
            site_rest(page, h).is_none() && !self.declared_titles.iter().any(|d| item_by_kind(h, d))
        })
    }

    /// How well an h1 agrees with the best of the declared titles.
    fn agrees(&self, h: &str) -> f32 {
        self.declared_titles
            .iter()
            .map(|d| agreement(h, d))
            .fold(0.0f32, f32::max)
    }

    /// The first h1 that agrees with a declared title, and how well.
    fn first_agreeing(&self) -> Option<(f32, &'p String)> {
        self.agreeing().next()
    }

    /// The h1s that agree with a declared title, fully or, when they are no
    /// sentence, in part.
    fn agreeing(&self) -> impl Iterator<Item = (f32, &'p String)> + '_ {
        self.candidates()
            .map(|h| (self.agrees(h), h))
            .filter(|(a, h)| *a >= SAME_TITLE || *a >= H1_AGREES && !is_sentence(h))
    }
}

/// A headline rule's verdict: `None` passes to the next rule; `Some` decides
/// (`Some(None)`: the page has no headline).
type Verdict<'p> = Option<Option<&'p String>>;

/// A headline rule.
type HeadlineFn = for<'p> fn(&Context<'p>) -> Verdict<'p>;

/// The headline rules, in order: the h1 that heads the page.
const HEADLINE: [(TitleRule, HeadlineFn); 6] = [
    (TitleRule::FirstH1, first_h1),
    (TitleRule::ArchiveLabel, archive_label),
    (TitleRule::TemplateNamedH1, template_named_h1),
    (TitleRule::H1HeadsTitle, h1_heads_title),
    (TitleRule::H1SameAsTitle, h1_same_as_title),
    (TitleRule::H1AgreesWithTitle, h1_agrees_with_title),
];

/// The page's headline and the rule that found it: the h1 that agrees with
/// a declared title without its site name, or the one the template names,
/// or, with no declared title, the first h1.
pub(crate) fn headline<'p>(cx: &Context<'p>) -> Option<(&'p String, TitleRule)> {
    HEADLINE
        .iter()
        .find_map(|(rule, decide)| Some(decide(cx)?.map(|h| (h, *rule))))
        .flatten()
}

fn first_h1<'p>(cx: &Context<'p>) -> Verdict<'p> {
    let page = cx.page;
    page.titles
        .first()
        .is_none_or(|t| !informative(t))
        .then(|| page.h1s.first())
}

/// "Topic: Tide tables": the template's own name for the page.
fn archive_label<'p>(cx: &Context<'p>) -> Verdict<'p> {
    let first = cx.page.h1s.first();
    first.filter(|h| after_archive_label(h).is_some()).map(Some)
}

fn template_named_h1<'p>(cx: &Context<'p>) -> Verdict<'p> {
    named_headline(cx.page)
        .filter(|h| site_rest(cx.page, h).is_none())
        .map(Some)
}

fn h1_heads_title<'p>(cx: &Context<'p>) -> Verdict<'p> {
    let titles = &cx.page.titles;
    let mut candidates = cx.candidates();
    candidates
        .find(|h| titles.iter().any(|t| heads_title(t, h)))
        .map(Some)
}

/// The first h1 only half agrees, and a later one is the declared title
/// ("A Maker's Notebook:" over "Folding Paper Boats"): the later one. With
/// none, a page that sets every section or card in an h1 has no headline:
/// a half-agreeing h1 is one of them, and the declared title names the page.
fn h1_same_as_title<'p>(cx: &Context<'p>) -> Verdict<'p> {
    let (a, _) = cx.first_agreeing()?;
    if a >= SAME_TITLE {
        return None;
    }
    let later = cx.agreeing().skip(1).find(|(a, _)| *a >= SAME_TITLE);
    match later {
        Some((_, h)) => Some(Some(h)),
        None if section_h1s(cx.page) => Some(None),
        None => None,
    }
}

fn h1_agrees_with_title<'p>(cx: &Context<'p>) -> Verdict<'p> {
    Some(cx.first_agreeing().map(|(_, h)| h))
}

/// What a title rule gives: the title, and the h1 that heads the page when
/// that is not the title itself.
struct Chosen {
    title: String,
    heading: Option<String>,
}

/// A title rule: the headline (with its rule) is known when it runs.
type TitleFn = for<'p> fn(&Context<'p>, Option<&'p String>) -> Option<Chosen>;

/// The title rules, in order; where none decides, the headline is the
/// title, under its own rule.
const TITLE: [(TitleRule, TitleFn); 7] = [
    (TitleRule::H1OverSiteName, h1_over_site_name),
    (TitleRule::JsonLdHeadline, json_ld_headline),
    (TitleRule::TitleOverSlogan, title_over_slogan),
    (TitleRule::DeclaredTitle, declared_title),
    (TitleRule::WebPageName, web_page_name),
    (TitleRule::SearchedTerm, searched_term_rule),
    (TitleRule::H1WithoutSiteName, h1_without_site_name),
];

/// The page's title, the block that shows it and the rule that chose it.
/// `head` is the page's [`headline`] and its rule.
pub(crate) fn title<'p>(cx: &Context<'p>, head: Option<(&'p String, TitleRule)>) -> Option<Title> {
    let (chosen, rule) = TITLE
        .iter()
        .find_map(|(rule, decide)| Some((decide(cx, head.map(|h| h.0))?, *rule)))
        .or_else(|| {
            let (h1, rule) = head?;
            let chosen = Chosen {
                title: h1.clone(),
                heading: None,
            };
            Some((chosen, rule))
        })?;
    let page = cx.page;
    let shown = chosen.heading.as_ref().unwrap_or(&chosen.title);
    let block = page
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Heading && b.text == *shown)
        .or_else(|| page.blocks.iter().position(|b| b.text == *shown));
    Some(Title {
        text: tidy(&chosen.title),
        block,
        rule,
    })
}

/// No headline, and the title to fall back on: the slogan's `<title>`,
/// else the declared one.
fn fallback<'c>(cx: &'c Context<'_>, head: Option<&String>) -> Option<&'c String> {
    if head.is_some() {
        return None;
    }
    cx.slogan.as_ref().or(cx.declared.as_ref())
}

/// "Harbour Supply" over the h1 "Waxed Canvas Jacket": a page below the
/// front page that declares only its site's name is named by its h1.
fn h1_over_site_name<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let (d, h1) = (fallback(cx, head)?, cx.page.h1s.first()?);
    let sites: Vec<String> = site_names(cx.page).iter().map(|s| squeeze(s)).collect();
    let names_site = |t: &str| sites.contains(&squeeze(t));
    (below_front_page(cx.page) && names_site(d) && !names_site(h1)).then(|| Chosen {
        title: h1.clone(),
        heading: None,
    })
}

fn json_ld_headline<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let d = fallback(cx, head)?;
    let Some(SchemaName::Article(t)) = cx.schema else {
        return None;
    };
    if agreement(d, t) >= SAME_TITLE {
        return None;
    }
    let h1 = cx.page.h1s.iter().find(|h| agreement(h, t) >= SAME_TITLE)?;
    Some(Chosen {
        title: h1.clone(),
        heading: None,
    })
}

fn title_over_slogan<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let title = cx.slogan.clone().filter(|_| head.is_none())?;
    Some(Chosen {
        title,
        heading: None,
    })
}

fn declared_title<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let title = fallback(cx, head)?.clone();
    Some(Chosen {
        title,
        heading: None,
    })
}

/// "Talent that really counts" over the declared "Finance Staffing": a
/// `WebPage` named by its declared title, with no author, has a slogan for
/// an h1.
fn web_page_name<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let (h1, d) = (head?, cx.declared.as_ref()?);
    let Some(SchemaName::Page(name)) = cx.schema else {
        return None;
    };
    let slogan = agreement(h1, d) < SAME_TITLE
        && agreement(name, d) >= SAME_TITLE
        && agreement(name, h1) < SAME_TITLE
        && !has_author_meta(cx.page);
    slogan.then(|| Chosen {
        title: d.clone(),
        heading: Some(h1.clone()),
    })
}

/// The h1 "Results for “Trail Shoes”" of a page that declares itself
/// "Trail Shoes": the term searched.
fn searched_term_rule<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let h1 = head?;
    let term = searched_term(h1)?;
    let named = |d: &String| agreement(d, term) >= SAME_TITLE || heads_title(d, term);
    cx.declared.as_ref().is_some_and(named).then(|| Chosen {
        title: term.to_string(),
        heading: Some(h1.clone()),
    })
}

/// An h1 that repeats the whole `<title>`, site name and all ("Boiler
/// Repair Prices - Example Cost Guide"): the title without the site name.
fn h1_without_site_name<'p>(cx: &Context<'p>, head: Option<&'p String>) -> Option<Chosen> {
    let h1 = head?;
    if !cx.page.titles.iter().any(|t| same_text(t, h1)) {
        return None;
    }
    match site_cut(h1, &site_names(cx.page), site::head_words(cx.page)) {
        Some((cut, true)) => Some(Chosen {
            title: cut.to_string(),
            heading: Some(h1.clone()),
        }),
        _ => None,
    }
}

/// Class or id names, without their dashes, that a CMS gives the page's
/// own headline: WordPress's `entry-title`, `post-title`, WooCommerce's
/// `product_title`, a forum's `thread-title`.
const HEADLINE_NAMES: [&str; 10] = [
    "articleheadline",
    "articletitle",
    "entrytitle",
    "postname",
    "posttitle",
    "productname",
    "producttitle",
    "storyheadline",
    "storytitle",
    "threadtitle",
];

/// The h1 that the page's template names as its headline, whatever the
/// declared title says ("Chatter - The front page of the forum" over the
/// `post-title` h1 of a thread). Where h1s of several texts carry the name,
/// they are a listing's cards, and none names the page.
fn named_headline(page: &Page) -> Option<&String> {
    let named = page.h1s_named(&HEADLINE_NAMES);
    let mut texts = named.map(|b| &b.text);
    let first = texts.next()?;
    if texts.any(|t| t != first) {
        return None;
    }
    page.h1s.iter().find(|h| *h == first)
}

/// Distinct h1s at which a page uses h1 for its sections or cards.
const SECTION_H1S: usize = 5;

/// Whether the page has [`SECTION_H1S`] distinct h1s or more (the same h1
/// twice is one headline in two layouts).
fn section_h1s(page: &Page) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for h in &page.h1s {
        if !seen.contains(&h.as_str()) {
            seen.push(h);
            if seen.len() >= SECTION_H1S {
                return true;
            }
        }
    }
    false
}
