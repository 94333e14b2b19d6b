//! The title: which h1 heads the page, the declared titles without the
//! site's name, and the named rule that chose it.

use pith::TitleRule;

/// A page whose paragraphs make a region, under the given head and h1s.
fn titled(head: &str, h1s: &str) -> pith::Article {
    let page = format!(
        "<html><head>{head}</head><body><header>{h1s}</header><main>\
<p>The installer image was rebuilt twice this year, once for a new kernel and once for a signing key.</p>\
<p>Both rebuilds were announced on the mailing list a week ahead, and the old images stayed online.</p>\
</main></body></html>"
    );
    pith::extract(page.as_bytes()).expect("extracts")
}

#[test]
fn a_logo_h1_linking_home_is_not_the_title() {
    let head =
        "<title>What happened with Distro Linux ISO in 2024 / Distro Discussion / Distro Linux Forums</title>";
    for home in ["/", "https://distro.example/", "../", "index.html"] {
        let a = titled(head, &format!("<h1><a href='{home}'>Distro Linux</a></h1>"));
        assert_eq!(
            a.title.as_deref(),
            Some("What happened with Distro Linux ISO in 2024"),
            "{home}"
        );
    }
    // an h1 that links to its own article is the headline
    let head = "<title>Kernel 6.9 released | Distro News</title>";
    let a = titled(
        head,
        "<h1><a href='/news/kernel-6-9'>Kernel 6.9 is out</a></h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Kernel 6.9 is out"));
}

#[test]
fn a_trail_of_page_section_and_site_is_named_by_its_first_part() {
    let head = "<meta property='og:site_name' content='Cloud Docs'>\
<title>Access overview | Identity and Access Management | Cloud Docs</title>";
    assert_eq!(titled(head, "").title.as_deref(), Some("Access overview"));
    // an h1 that repeats the whole trail, with no site name declared
    let head = "<title>How to help toddlers sleep | Patient Education | Valley Hospital</title>";
    let a = titled(
        head,
        "<h1>How to help toddlers sleep | Patient Education | Valley Hospital</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("How to help toddlers sleep"));
    // a first part that is the site's name is the brand of a slogan
    let head = "<meta property='og:site_name' content='PageCRM'>\
<title>PageCRM | CRM Software for Small Businesses | Best Simple CRM</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("PageCRM | CRM Software for Small Businesses")
    );
    // dashes join a headline's own parts
    let head = "<title>Payment issues - how to change a payment method - Help Forum</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("Payment issues - how to change a payment method")
    );
}

#[test]
fn a_two_word_page_name_loses_the_site_below_the_front_page() {
    let head = |url: &str| {
        format!(
            "<link rel='canonical' href='{url}'><title>Outdoor Gear – The Trail Company USA</title>"
        )
    };
    let a = titled(&head("https://outfitters.example/collections/outdoor"), "");
    assert_eq!(a.title.as_deref(), Some("Outdoor Gear"));
    // a front page's title is a two-word brand and its slogan
    let a = titled(&head("https://outfitters.example/"), "");
    assert_eq!(
        a.title.as_deref(),
        Some("Outdoor Gear – The Trail Company USA")
    );
}

#[test]
fn an_og_title_worded_apart_from_the_page_title_is_a_slogan() {
    let head = "<meta property='og:title' content='We Are Really Good at Letters | Postbox'>\
<title>Mail Marketing Tools | Postbox</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("Mail Marketing Tools")
    );
    // an h1 backs the og:title
    let a = titled(head, "<h1>We are really good at letters</h1>");
    assert_eq!(a.title.as_deref(), Some("We are really good at letters"));
    // a `<title>` that puts the blog's name before the og:title's post
    let head = "<meta property='og:title' content='How I Built Local DNS for My Homelab'>\
<title>The Objective Parent - How I Built Local DNS for My Homelab</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("How I Built Local DNS for My Homelab")
    );
}

#[test]
fn a_site_name_h1_over_the_headline_h1_is_not_the_title() {
    let head = "<meta property='og:title' content='Fish Keepers Forum-What to look for before buying new fish'>\
<title>What to look for before buying new fish - Fish Keepers Forum</title>";
    let a = titled(
        head,
        "<h1>Fish Keepers Forum</h1><h1>What to look for before buying new fish</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("What to look for before buying new fish")
    );
}

#[test]
fn a_later_h1_that_is_the_declared_title_beats_one_that_half_agrees() {
    let head = "<title>The Fold-and-Cut Problem (Ada Folder)</title>";
    let a = titled(
        head,
        "<h1><a href='../'>Ada Folder</a>'s Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("The Fold-and-Cut Problem"));
    // the first h1 stays when no later one is the title
    let a = titled(
        head,
        "<h1><a href='../'>Ada Folder</a>'s Folding and Unfolding:</h1><h1>Contents</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Ada Folder's Folding and Unfolding:")
    );
}

#[test]
fn an_og_title_that_only_names_the_site_yields_to_the_page_title() {
    let head = "<meta property='og:site_name' content='Socksmith'>\
<meta property='og:title' content='Socksmith'><title>All Men's Socks</title>";
    assert_eq!(titled(head, "").title.as_deref(), Some("All Men's Socks"));
    // with an h1 to weigh, the og:title stays a candidate
    let a = titled(head, "<h1>Socksmith</h1>");
    assert_eq!(a.title.as_deref(), Some("Socksmith"));
}

#[test]
fn a_title_that_begins_with_the_sites_name_names_the_page_after_it() {
    let head = |url: &str| {
        format!(
            "<meta property='og:site_name' content='Fleet Lists'><link rel='canonical' href='{url}'>\
<title>Fleet Lists | Vehicle Maintenance Schedule Checklist</title>"
        )
    };
    let a = titled(&head("https://fleet.example/checklists/vehicle"), "");
    assert_eq!(
        a.title.as_deref(),
        Some("Vehicle Maintenance Schedule Checklist")
    );
    // on the front page the site's name is the page's
    let a = titled(&head("https://fleet.example/"), "");
    assert_eq!(
        a.title.as_deref(),
        Some("Fleet Lists | Vehicle Maintenance Schedule Checklist")
    );
}

#[test]
fn a_front_page_labelled_home_is_named_by_its_site() {
    let head = "<meta property='og:title' content='Home'><title>Home - The Example Blog</title>";
    assert_eq!(titled(head, "").title.as_deref(), Some("The Example Blog"));
    let head = "<title>Home | Ohio Makers Collective</title>";
    let a = titled(head, "<h1>Support small, buy local</h1>");
    assert_eq!(a.title.as_deref(), Some("Ohio Makers Collective"));
    // a page about homes keeps its name
    let head = "<title>Home Office Setup Guide - Example Blog</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("Home Office Setup Guide")
    );
}

#[test]
fn an_og_title_that_heads_the_page_title_keeps_its_subtitle() {
    let head = "<meta property='og:title' content='New to Stargazing – Which First Telescope?'>\
<title>New to Stargazing – Which First Telescope? - Site Feedback - Sky Forum</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("New to Stargazing – Which First Telescope?")
    );
    // a " | " in the og:title sets off a site's name or section
    let head = "<meta property='og:title' content='Edge CDN | Content Delivery Network'>\
<title>Edge CDN | Content Delivery Network | Edgeflare</title>";
    assert_eq!(titled(head, "").title.as_deref(), Some("Edge CDN"));
}

#[test]
fn a_page_that_declares_only_its_sites_name_is_named_by_its_h1() {
    let head = |url: &str| {
        format!(
            "<meta property='og:site_name' content='Skinworks'><meta property='og:title' content='Skinworks'>\
<link rel='canonical' href='{url}'><title>Skinworks</title>"
        )
    };
    let h1 = "<h1>Custom Skincare Set</h1>";
    let a = titled(&head("https://skinworks.example/pages/custom-set"), h1);
    assert_eq!(a.title.as_deref(), Some("Custom Skincare Set"));
    // on the front page the site's name names the page
    let a = titled(&head("https://skinworks.example/"), h1);
    assert_eq!(a.title.as_deref(), Some("Skinworks"));
}

#[test]
fn a_title_that_opens_with_the_sites_domain_names_the_page_after_it() {
    let head =
        "<title>Hifi Weekly | HifiWeekly.com - The Five Best Headphones (According to Me)</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("The Five Best Headphones (According to Me)")
    );
    let head = "<title>carenotes.org - What Are the Latest Trends in Care?</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("What Are the Latest Trends in Care?")
    );
    // set off by a space alone
    let head = "<title>janedoe.net Vibe Coding</title>";
    assert_eq!(titled(head, "").title.as_deref(), Some("Vibe Coding"));
    // on the front page, the domain and its slogan are the site's name
    let head = "<link rel='canonical' href='https://quickly.example/'>\
<title>Quickly.ai - Sales Engagement Platform</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("Quickly.ai - Sales Engagement Platform")
    );
}

#[test]
fn a_search_page_is_named_by_what_was_searched_and_a_count_is_cut() {
    let a = titled(
        "<title>Mirrorless Cameras | Photo Shop</title>",
        "<h1>Results for “Mirrorless Cameras”</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Mirrorless Cameras"));
    let a = titled(
        "<title>Best Sea Stories | Reading Lists</title>",
        "<h1>Best Sea Stories (7141 books)</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Best Sea Stories"));
    // a year in brackets is part of the name
    let a = titled(
        "<title>10 Best Movers in Ohio | Reviews</title>",
        "<h1>10 Best Movers in Ohio (2025 Reviews)</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("10 Best Movers in Ohio (2025 Reviews)")
    );
}

#[test]
fn on_a_page_of_many_h1s_one_that_half_agrees_is_a_section() {
    let sections = "<h1>1. Overview</h1><h1>2. Simple Query Processing</h1>\
<h1>3. Compound Query Statements</h1><h1>4. The ORDER BY clause</h1>\
<h1>5. The LIMIT clause</h1>";
    let a = titled("<title>QUERY</title>", sections);
    assert_eq!(a.title.as_deref(), Some("QUERY"));
    // with fewer h1s the one that agrees is the page's headline
    let a = titled(
        "<title>Residential Electrician Coupons | Sparks Co</title>",
        "<h1>Coupons</h1><h1>Price Match Guarantee</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Coupons"));
    // one that agrees whole stays the headline among many
    let a = titled(
        "<title>Simple Query Processing | Query Docs</title>",
        sections,
    );
    assert_eq!(a.title.as_deref(), Some("2. Simple Query Processing"));
}

#[test]
fn an_api_item_named_by_its_kind_is_titled_by_its_path() {
    let a = titled(
        "<title>harbor::runtime - Rust</title>",
        "<h1>Module runtime</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("harbor::runtime - Rust"));
    let a = titled(
        "<title>Result in std::result - Rust</title>",
        "<h1>Enum Result</h1>",
    );
    // " - Rust" goes as a trail where three words stay
    assert_eq!(a.title.as_deref(), Some("Result in std::result"));
    // no path in the title: the h1 names the item
    let a = titled("<title>harbor - Rust</title>", "<h1>Crate harbor</h1>");
    assert_eq!(a.title.as_deref(), Some("Crate harbor"));
}

#[test]
fn an_archive_label_is_cut_from_the_title() {
    let a = titled(
        "<title>Shop Acoustix at Headphones.example with Free Returns</title>",
        "<h1>Collection: Acoustix</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Acoustix"));
    let a = titled(
        "<title>Browse subject: Hardware -- Catalogs | The Open Shelf</title>",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Hardware -- Catalogs"));
    // a namespace without a space is part of the name
    let a = titled(
        "<title>Category:Programming languages - Example Wiki</title>",
        "<h1>Category:Programming languages</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Category:Programming languages"));
}

#[test]
fn an_h1_written_as_a_sentence_is_a_slogan() {
    let a = titled(
        "<title>Acme Notes: Try The World's #1 Notebook App</title>",
        "<h1>The world's #1 notebook app powers the modern office.</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Acme Notes: Try The World's #1 Notebook App")
    );
    // an abbreviation's stop ends no sentence
    let a = titled(
        "<title>The Hottest Real Estate Markets [2025 Edition]</title>",
        "<h1>The Hottest Real Estate Markets in the U.S.</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("The Hottest Real Estate Markets in the U.S.")
    );
    // a sentence that is the declared title is still its headline
    let a = titled(
        "<title>Build and ship on the edge network</title>",
        "<h1>Build and ship on the edge network.</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Build and ship on the edge network.")
    );
}

#[test]
fn an_h1_the_template_names_as_the_headline_is_the_title() {
    let a = titled(
        "<title>Chatter - The front page of the forum</title>",
        "<h1 id='post-title-42'>Enameled cast iron pan and metal utensils</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Enameled cast iron pan and metal utensils")
    );
    let a = titled(
        "<title>Custom Dashboards In Days | Transform Data Into Revenue</title>",
        "<h1 class='entry-title'>Data Analytics Consulting</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Data Analytics Consulting"));
    // named h1s of several texts are a listing's cards
    let a = titled(
        "<title>Industry News | Ledger</title>",
        "<h1 class='entry-title'>Partners sign a deal</h1><h1 class='entry-title'>Rates fall again</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Industry News"));
}

/// A page with the given head and headline, and enough prose to be read.
fn headed(head: &str, h1: &str) -> pith::Article {
    let page = format!(
        "<html><head>{head}</head><body><article>{h1}<p>The mountain pass was closed on \
Saturday after a night of heavy snow, the highway department said, and it will stay closed \
until the plows are through.</p></article></body></html>"
    );
    pith::extract(page.as_bytes()).expect("extract")
}

#[test]
fn titles_lose_site_names_dates_and_placeholders() {
    // the site's name after the separator goes, however short the headline
    let a = headed(
        "<title>Auth | Quayside Docs</title><meta property=\"og:site_name\" content=\"Quayside\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Auth"));
    let a = headed(
        "<title>Acoustix | Headphones.example</title>\
<link rel=\"canonical\" href=\"https://www.headphones.example/collections/acoustix\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Acoustix"));
    // a date run into the headline
    let a = headed(
        "<title>Dec 18 2025 Preparing a transition in the archive</title>",
        "",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Preparing a transition in the archive")
    );
    // a bare domain or a number is no title: the h1 is
    let a = headed("<title>janedoe.net</title>", "<h1>Vibe Coding</h1>");
    assert_eq!(a.title.as_deref(), Some("Vibe Coding"));
}

#[test]
fn a_title_streamed_into_the_body_is_found() {
    let page = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"root\">\
<title>Scalable Interpretability — Ponder Forum</title><h1>94</h1><h1>Scalable Interpretability</h1>\
<p>The mountain pass was closed on Saturday after a night of heavy snow, the highway department \
said, and it will stay closed until the plows are through.</p></div></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extract");
    assert_eq!(a.title.as_deref(), Some("Scalable Interpretability"));
}

#[test]
fn og_title_goes_before_a_twitter_card_title_whatever_their_order() {
    let a = headed(
        "<meta name=\"twitter:title\" content=\"Home\">\
<meta property=\"og:title\" content=\"Mountain pass closed by snow\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Mountain pass closed by snow"));
    // a card's title alone still names the page
    let a = headed(
        "<meta name=\"twitter:title\" content=\"Mountain pass closed by snow\">",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Mountain pass closed by snow"));
}

#[test]
fn a_span_styled_as_a_block_is_a_word_apart() {
    let a = headed(
        "",
        "<h1>The Best Notebook Apps<span class=\"block text-sm\">Top Note-taking Tools</span></h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("The Best Notebook Apps Top Note-taking Tools")
    );
}

// One test per title rule, named after it (`rule_` and the rule's name):
// a page on which that rule, and no earlier one, decides the title.

const PROSE: &str = "<p>The harbour board met on Tuesday and agreed to repair the east pier \
before the summer, after a winter of storms left two of its moorings unsafe.</p>\
<p>Work starts next month and the pier stays open to walkers while the crews are on it.</p>";

/// The page with `head`, and `body` before the article's prose.
fn page(head: &str, body: &str) -> pith::Article {
    let html = format!("<html><head>{head}</head><body><main>{body}{PROSE}</main></body></html>");
    pith::extract(html.as_bytes()).expect("extract")
}

fn json_ld(object: &str) -> String {
    format!("<script type=\"application/ld+json\">{object}</script>")
}

/// The title and the name of the rule that chose it.
fn chosen(a: &pith::Article) -> (Option<&str>, Option<&str>) {
    (
        a.meta.title.as_deref(),
        a.meta.title_rule.map(TitleRule::name),
    )
}

#[test]
fn rule_first_h1() {
    let a = page("", "<h1>Harbour works begin</h1>");
    assert_eq!(chosen(&a), (Some("Harbour works begin"), Some("first-h1")));
}

#[test]
fn rule_archive_label() {
    let a = page(
        "<title>Shop Acoustix at Headphones.example with Free Returns</title>",
        "<h1>Collection: Acoustix</h1>",
    );
    assert_eq!(chosen(&a), (Some("Acoustix"), Some("archive-label")));
}

#[test]
fn rule_template_named_h1() {
    let a = page(
        "<title>Chatter - The front page of the forum</title>",
        "<h1 class='post-title'>Ferry timetable changes from May</h1>",
    );
    let want = (
        Some("Ferry timetable changes from May"),
        Some("template-named-h1"),
    );
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_h1_heads_title() {
    let a = page(
        "<title>News | National Tutoring Network</title>",
        "<h1>News</h1>",
    );
    assert_eq!(chosen(&a), (Some("News"), Some("h1-heads-title")));
}

#[test]
fn rule_h1_same_as_title() {
    let a = page(
        "<title>The Fold-and-Cut Problem (Ada Folder)</title>",
        "<h1>Ada Folder's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>",
    );
    let want = (Some("The Fold-and-Cut Problem"), Some("h1-same-as-title"));
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_h1_agrees_with_title() {
    let a = page(
        "<title>Harbour works begin on the east pier - Coast Gazette</title>",
        "<h1>Harbour works begin on east pier</h1>",
    );
    let want = (
        Some("Harbour works begin on east pier"),
        Some("h1-agrees-with-title"),
    );
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_h1_over_site_name() {
    let a = page(
        "<title>Skinworks</title><meta property=\"og:site_name\" content=\"Skinworks\">\
<link rel=\"canonical\" href=\"https://skinworks.example/products/set\">",
        "<h1>Custom Skincare Set</h1>",
    );
    let want = (Some("Custom Skincare Set"), Some("h1-over-site-name"));
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_json_ld_headline() {
    let head = format!(
        "<title>Best Health Insurance Companies 2025 - Top 25 Ranked</title>{}",
        json_ld(r#"{"@type": "Article", "headline": "Which health plan fits your family"}"#)
    );
    let a = page(&head, "<h1>Which Health Plan Fits Your Family?</h1>");
    let want = (
        Some("Which Health Plan Fits Your Family?"),
        Some("json-ld-headline"),
    );
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_title_over_slogan() {
    let a = page(
        "<meta property=\"og:title\" content=\"We Are Really Good at Letters | Postbox\">\
<title>Mail Marketing Tools | Postbox</title>",
        "",
    );
    assert_eq!(
        chosen(&a),
        (Some("Mail Marketing Tools"), Some("title-over-slogan"))
    );
}

#[test]
fn rule_declared_title() {
    let a = page(
        "<title>Ferry timetable changes from May | Coast Gazette</title>",
        "",
    );
    let want = (
        Some("Ferry timetable changes from May"),
        Some("declared-title"),
    );
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_web_page_name() {
    let head = format!(
        "<title>Finance and Accounting Staffing | Halfway Staffing</title>{}",
        json_ld(r#"{"@type": "WebPage", "name": "Finance and Accounting Staffing"}"#)
    );
    let a = page(
        &head,
        "<h1>Finance and accounting talent that really counts</h1>",
    );
    let want = (
        Some("Finance and Accounting Staffing"),
        Some("web-page-name"),
    );
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_searched_term() {
    let a = page(
        "<title>Mirrorless Cameras | Photo Shop</title>",
        "<h1>Results for “Mirrorless Cameras”</h1>",
    );
    assert_eq!(
        chosen(&a),
        (Some("Mirrorless Cameras"), Some("searched-term"))
    );
}

#[test]
fn rule_h1_without_site_name() {
    let t = "Boiler Repair Costs &amp; Prices - CostGuide Cost Report";
    let a = page(
        &format!(
            "<title>{t}</title>\
<link rel=\"canonical\" href=\"https://boilers.costguide.com/cost/leeds\">"
        ),
        &format!("<h1>{t}</h1>"),
    );
    let want = (
        Some("Boiler Repair Costs & Prices"),
        Some("h1-without-site-name"),
    );
    assert_eq!(chosen(&a), want);
}

#[test]
fn rule_text_line_before_body() {
    let text = "Home | News | Sport\nFerry timetable changes from May\n\
The harbour board met on Tuesday and agreed to repair the east pier before the summer, after a winter of storms.\n\
Work starts next month and the pier stays open to walkers while the crews are on it, the board said.\n";
    let e = pith::Extractor::new(pith::Options::default().with_input(pith::InputKind::Text));
    let a = e.extract(text.as_bytes()).expect("extract");
    let want = (
        Some("Ferry timetable changes from May"),
        Some("text-line-before-body"),
    );
    assert_eq!(
        (a.title.as_deref(), a.title_rule.map(TitleRule::name)),
        want
    );
}

#[test]
fn rule_metadata() {
    let head = json_ld(r#"{"@type": "NewsArticle", "headline": "Ferry timetable changes"}"#);
    let a = page(&head, "");
    // no title on the page itself: the body has none, the JSON has one
    assert_eq!(a.title, None);
    assert_eq!(
        chosen(&a),
        (Some("Ferry timetable changes"), Some("metadata"))
    );
}

#[test]
fn the_rule_is_named_in_json_and_in_explain() {
    let a = page("", "<h1>Harbour works begin</h1>");
    let json: serde_json::Value =
        serde_json::from_str(&a.render(pith::Format::Json, &pith::Style::default())).expect("json");
    assert_eq!(json["title_rule"], "first-h1");
    assert!(a
        .explain(false)
        .starts_with("title: Harbour works begin (rule: first-h1)\n"));
}

#[test]
fn every_title_rule_has_its_test() {
    let source = include_str!("title.rs");
    for rule in TitleRule::ALL {
        let test = format!("fn rule_{}()", rule.name().replace('-', "_"));
        assert!(
            source.contains(&test),
            "no test `{test}` for the rule {rule}"
        );
    }
}
