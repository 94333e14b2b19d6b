//! The library API: `pith::extract`, `Extractor`, options, determinism and
//! inputs that must neither panic nor take unbounded time.

use pith::{Extractor, InputKind, Options};

const ARTICLE: &str = "<html><body><div class='menu'><a href='/'>Home</a></div>\
<div class='story-body'><h1>Bridge closed</h1>\
<p>Engineers have found cracks in two of the piers of the old river bridge, the transport department said on Wednesday.</p>\
<h2>What drivers need to know</h2>\
<p>The bridge will be limited to one lane in each direction while further tests are carried out by the engineers.</p>\
<div class='related-links'><a href='/a'>Harbour wall repairs to start</a></div>\
<p>Sign up to our newsletter for the latest travel news, delivered straight to your inbox.</p></div></body></html>";

#[test]
fn extract_returns_title_body_and_every_block_with_reasons() {
    let a = pith::extract(ARTICLE.as_bytes()).expect("extracts");
    assert_eq!(a.title.as_deref(), Some("Bridge closed"));
    let text = a.text();
    assert!(text.contains("What drivers need to know"), "{text}");
    assert!(!text.contains("Harbour wall"), "{text}");
    assert!(!text.contains("newsletter"), "{text}");
    assert!(!text.contains("Home"), "{text}");
    let related = a
        .blocks
        .iter()
        .find(|b| b.block.text.contains("Harbour"))
        .expect("block");
    assert!(!related.kept);
    assert!(
        related
            .reasons
            .iter()
            .any(|r| r.signal == pith::Signal::Class(pith::Concept::Related)),
        "{:?}",
        related.reasons
    );
    assert!(a.blocks.iter().all(|b| (0.0..=1.0).contains(&b.score)));
    assert!(a
        .blocks
        .iter()
        .all(|b| b.kept == (b.score < 0.5) || b.is_title));
}

#[test]
fn the_same_input_gives_the_same_output() {
    let e = Extractor::default();
    let first = e.extract(ARTICLE.as_bytes()).expect("extracts").text();
    for _ in 0..3 {
        assert_eq!(
            e.extract(ARTICLE.as_bytes()).expect("extracts").text(),
            first
        );
    }
}

#[test]
fn threshold_trades_precision_for_recall() {
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/en-most-read-tipline.html"
    ))
    .expect("fixture");
    let kept = |t: f32| -> Vec<String> {
        let a = Extractor::new(Options::default().with_threshold(t).expect("valid"))
            .extract(&page)
            .expect("x");
        assert!(a
            .blocks
            .iter()
            .all(|b| b.kept == (b.score < t) || b.is_title));
        a.kept().map(|b| b.block.text.clone()).collect()
    };
    let (strict, loose) = (kept(0.2), kept(0.9));
    assert!(
        strict.iter().all(|b| loose.contains(b)),
        "strict keeps a block loose drops"
    );
    assert!(
        strict.len() < loose.len(),
        "{} vs {}",
        strict.len(),
        loose.len()
    );
}

#[test]
fn input_kind_can_be_forced() {
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract_str(
        "<p>Use the p tag for every paragraph, the style guide says, and close each one.",
    );
    assert_eq!(a.input, InputKind::Text);
    assert!(a.text().contains("<p>"));
}

#[test]
fn unknown_encoding_label_is_an_error() {
    assert!(matches!(
        Options::default().with_encoding_label("no-such-charset"),
        Err(pith::Error::UnknownEncoding { .. })
    ));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 11 + 200);
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(
        "<p>Deep inside a hundred thousand divs sits a sentence that should still be read.</p>",
    );
    for _ in 0..depth {
        html.push_str("</div>");
    }
    let a = pith::extract(html.as_bytes()).expect("extracts");
    assert!(a
        .blocks
        .iter()
        .any(|b| b.block.text.contains("hundred thousand")));
}

#[test]
fn a_long_line_without_newline_is_one_block() {
    let line = "word ".repeat(2_000_000);
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract(line.as_bytes()).expect("extracts");
    assert_eq!(a.blocks.len(), 1);
}

#[test]
fn nul_bytes_and_windows_line_endings_are_handled() {
    let text = "First line of a story that is long enough to be read as prose by anyone.\r\n\0\r\nSecond line of the same story, which is also long enough to be prose.\r\n";
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract(text.as_bytes()).expect("extracts");
    assert_eq!(a.kept().count(), 2);
    assert!(!a.text().contains('\r') && !a.text().contains('\0'));
}

#[test]
fn truncated_gzip_is_an_error_not_a_panic() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(ARTICLE.as_bytes()).expect("gzip");
    let bytes = gz.finish().expect("gzip");
    let cut = &bytes[..bytes.len() / 2];
    assert!(matches!(pith::extract(cut), Err(pith::Error::Gzip(_))));
}

#[test]
fn oversized_input_is_truncated_and_flagged() {
    let e = Extractor::new(Options::default().with_max_bytes(64 * 1024).expect("valid"));
    let page = format!(
        "<html><body>{}</body></html>",
        "<p>Some words that repeat for a long while.</p>".repeat(10_000)
    );
    let a = e.extract(page.as_bytes()).expect("extracts");
    assert!(a.truncated);
}

#[test]
fn a_page_of_links_without_prose_is_not_empty() {
    // a listing: every item a link with a short line under it
    let mut items = String::new();
    for i in 1..=20 {
        items.push_str(&format!(
            "<li><a href=\"/s/{i}\">Story number {i} about the harbour project</a><span>{i} points by user{i}</span></li>"
        ));
    }
    let page = format!(
        "<html><body><nav><a href='/'>Home</a> <a href='/new'>New</a></nav><ol>{items}</ol>\
         <footer><a href='/about'>About</a> <a href='/legal'>Legal</a></footer></body></html>"
    );
    let article = pith::extract(page.as_bytes()).expect("extract");
    let text = article.text();
    assert!(
        text.contains("Story number 7 about the harbour project"),
        "{text}"
    );
    assert!(!text.contains("About") && !text.contains("Home"), "{text}");
    assert!(article
        .blocks
        .iter()
        .filter(|b| b.kept)
        .all(|b| b.block.text.starts_with("Story number")));
}

#[test]
fn a_grid_of_product_cards_is_the_content_of_a_shop_page() {
    // the only sentences are a notice and a sign-up line; the products are
    // linked names with prices, in cards alike; the menu is one-word links
    let mut cards = String::new();
    for (i, name) in [
        "Harbour",
        "Lighthouse",
        "Estuary",
        "Tideway",
        "Breakwater",
        "Slipway",
    ]
    .iter()
    .enumerate()
    {
        cards.push_str(&format!(
            "<div class=\"product-card\"><h3><a href=\"/p/{i}\">{name} Waterproof Walking Jacket for Coastal Trails</a></h3>\
             <div class=\"price\">${}9.95</div></div>",
            i + 1
        ));
    }
    let mut menu = String::new();
    for w in ["Jackets", "Boots", "Packs", "Tents", "Sale", "Brands"] {
        menu.push_str(&format!(
            "<div class=\"top-item\"><a href=\"/c/{w}\">{w}</a></div>"
        ));
    }
    let page = format!(
        "<html><body><div class=\"top\">{menu}</div>\
         <div class=\"notice\"><p>The store will not work correctly when cookies are disabled in your browser, so please enable them before you continue shopping with us today.</p></div>\
         <main><h1>Walking Jackets</h1><div class=\"grid\">{cards}</div></main>\
         <div class=\"signup\"><p>Be the first to get notified about upcoming products, deals and giveaways from our team.</p></div></body></html>"
    );
    let article = pith::extract(page.as_bytes()).expect("extract");
    let text = article.text();
    for name in ["Harbour", "Lighthouse", "Slipway"] {
        assert!(
            text.contains(&format!("{name} Waterproof Walking Jacket")),
            "{text}"
        );
    }
    assert!(text.contains("$69.95"), "{text}");
    assert!(
        !text.contains("Brands") && !text.contains("Tents"),
        "{text}"
    );
    assert!(
        !text.contains("cookies") && !text.contains("notified"),
        "{text}"
    );
}

#[test]
fn a_cookie_notice_as_the_only_sentence_does_not_empty_the_page() {
    // a forum thread scraped to text: short lines only, and one sentence,
    // which is the cookie notice at the end
    let mut lines = String::from("Forums\nNew posts\nNew tank thoughts\n");
    for i in 1..=6 {
        lines.push_str(&format!(
            "member{i}\nMar {i}, 2024\nGoing with a sixty gallon tank and live rock this time\n"
        ));
    }
    lines.push_str(
        "This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.\n",
    );
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let text = e.extract(lines.as_bytes()).expect("extract").text();
    assert!(text.contains("sixty gallon tank"), "{text}");
    assert!(!text.contains("cookies"), "{text}");
}

#[test]
fn the_numbered_entries_of_a_listicle_in_text_are_kept() {
    // a scrape that kept the intro and the numbered entries, not their text
    let text = "Home\nNews\nEvents\n\nThe biggest technology conferences of the year\n\n\
As the new year begins, technology continues to redefine industries and the way we work, \
and this year's leading conferences promise to bring together engineers, researchers and \
founders to share what they have learned and what comes next.\n\n\
1. Harbour Developers Conference\n2. Lighthouse Mobile Congress\n3. Estuary Security Summit\n\
4. Tideway Cloud Days\n5. Breakwater Hardware Expo\n\nAbout us\nContact\n";
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let a = e.extract(text.as_bytes()).expect("extracts");
    let body = a.text();
    for entry in [
        "1. Harbour Developers Conference",
        "5. Breakwater Hardware Expo",
    ] {
        assert!(body.contains(entry), "{body}");
    }
    assert!(!body.contains("About us"), "{body}");
}

#[test]
fn customer_reviews_are_dropped_from_a_shop_page_but_a_review_article_stays() {
    let review = |who: &str| {
        format!(
            "<div class=\"review\"><span class=\"review-author\">{who}</span>\
             <p>I have used this flask every day for a month and it keeps coffee hot from breakfast until lunch without any trouble at all.</p></div>"
        )
    };
    let shop = format!(
        "<html><head><title>Summit Flask 750 ml | Example Outdoors</title></head><body>\
         <main><h1>Summit Flask 750 ml</h1><div class=\"price\">$34.00</div>\
         <p>A double-walled steel flask that keeps drinks hot for twelve hours.</p>\
         <ul><li>Holds 750 ml</li><li>Weighs 380 g</li><li>Dishwasher safe</li></ul>\
         <section class=\"reviews\"><h2>Customer reviews</h2>{}{}</section></main></body></html>",
        review("Sam"),
        review("Alex")
    );
    let text = pith::extract(shop.as_bytes()).expect("extract").text();
    assert!(
        text.contains("Holds 750 ml") && text.contains("$34.00"),
        "{text}"
    );
    assert!(!text.contains("breakfast until lunch"), "{text}");

    let para = "The flask was tested for six weeks on day hikes, on two overnight trips and at a desk, and it was filled with coffee, tea and iced water in turn to see how well it held its temperature in each case. ";
    let article = format!(
        "<html><head><title>Summit Flask review</title></head><body><article>\
         <h1>Summit Flask review</h1><div class=\"review-body\">{}</div></article></body></html>",
        format!("<p>{}</p>", para.repeat(2)).repeat(5)
    );
    let text = pith::extract(article.as_bytes()).expect("extract").text();
    assert!(text.contains("overnight trips"), "{text}");
}

#[test]
fn a_tip_line_between_two_sections_does_not_end_the_article() {
    // long enough to read as an article, not a page of short items
    let para = |s: &str| {
        format!("<p>{s} The advice applies to laptops, phones and tablets alike, and to work and personal devices in the same way, whoever set them up and whatever they are used for.</p>").repeat(3)
    };
    let page = format!(
        "<html><head><title>Ten tips for safer devices</title></head><body><article><h1>Ten tips for safer devices</h1>{}{}\
         <p>Unsure how to handle sensitive data? Email us at security@example.edu.</p>\
         <h2>Tip 8: Lock your phone</h2>{}{}</article>\
         <div class=\"newsletter\"><p>Sign up for our newsletter to get the latest security news in your inbox.</p></div></body></html>",
        para("Keep your software up to date, because most attacks use flaws that have already been fixed."),
        para("Use a password manager so that every account gets its own long and random password."),
        para("Lock every device with a PIN or a password, and never leave it unattended in a public place."),
        para("Only install apps from the official stores, and remove the ones you no longer use."),
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("Tip 8: Lock your phone"), "{text}");
    assert!(text.contains("never leave it unattended"), "{text}");
    assert!(text.contains("remove the ones you no longer use"), "{text}");
    assert!(!text.contains("Sign up for our newsletter"), "{text}");
}

#[test]
fn a_listing_keeps_each_cards_details_however_they_are_named() {
    // the cards' dates and places sit in elements named `meta`, as blogs
    // name a post's tags; in a card they are the item's own details
    let mut cards = String::new();
    for (i, (name, when)) in [
        (
            "Rust for Python developers, an evening workshop",
            "Tuesday at 6:00 PM, online",
        ),
        (
            "Building search with SQLite and full-text indexes",
            "Wednesday at 7:30 PM, Leeds",
        ),
        (
            "A gentle introduction to property-based testing",
            "Thursday at 6:00 PM, online",
        ),
        (
            "Profiling web services in production safely",
            "Friday at 12:00 PM, Manchester",
        ),
        (
            "Writing parsers by hand, from tokens to trees",
            "Saturday at 10:00 AM, online",
        ),
    ]
    .iter()
    .enumerate()
    {
        cards.push_str(&format!(
            "<div class=\"event-card\"><h3><a href=\"/e/{i}\">{name}</a></h3>\
             <div class=\"event-card__meta\">{when}</div></div>"
        ));
    }
    let page = format!(
        "<html><head><title>Tech events this week</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/e\">Events</a> <a href=\"/h\">Help</a></nav>\
         <div class=\"notice\"><p>Your version of this browser is no longer supported, so some features of the site may not work as expected for you.</p></div>\
         <main><h1>Tech events this week</h1><div class=\"results\">{cards}</div></main></body></html>"
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("Building search with SQLite"), "{text}");
    assert!(text.contains("Wednesday at 7:30 PM, Leeds"), "{text}");
    assert!(text.contains("Saturday at 10:00 AM, online"), "{text}");
    assert!(!text.contains("no longer supported"), "{text}");
}

#[test]
fn a_comments_link_before_the_article_in_text_ends_nothing() {
    // a full-page scrape: menu lines, one sentence of site chrome, the
    // header's "Comments" link, then the article itself
    let text = "Physics\nMathematics\nBiology\nArchive\n\
Saved Articles Create a reading list by clicking the Read Later icon next to the articles you wish to save for later on.\n\
Log out\nPopular Searches\nShare\nComments\nRead Later\n\
The Year in the Harbour\n\
The harbour master said on Tuesday that the old sea wall would be rebuilt over the winter, after storms in the spring left cracks along most of its length.\n\
Work will start in November and the fishing boats will moor at the north quay until the new wall is finished, which the council expects by the end of March.\n\
Comments\n\
Our moderators read every comment before it is published on the site.\n";
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    assert!(body.contains("sea wall would be rebuilt"), "{body}");
    assert!(body.contains("north quay"), "{body}");
    assert!(!body.contains("moderators"), "{body}");
}

#[test]
fn a_declared_product_drops_reviews_that_outweigh_its_description() {
    // many long reviews: the page reads as an article, unless it declares
    // itself a product
    let review = |who: &str| {
        format!(
            "<div class=\"review\"><span class=\"review-author\">{who}</span>\
             <p>I have used this flask every day for a month on the trail and at my desk, and it keeps coffee hot from breakfast until well after lunch without any trouble at all, which is more than I can say for the last one I bought.</p></div>"
        )
    };
    let reviews: String = [
        "Sam", "Alex", "Jo", "Kim", "Lee", "Max", "Ana", "Ben", "Cy", "Dee", "Eve", "Fin",
    ]
    .iter()
    .map(|w| review(w))
    .collect();
    let page = |head: &str| {
        format!(
            "<html><head><title>Summit Flask 750 ml</title>{head}</head><body>\
             <main><div class=\"product\"><h1>Summit Flask 750 ml</h1><div class=\"price\">$34.00</div>\
             <p>A double-walled steel flask that keeps drinks hot for twelve hours.</p>\
             <ul><li>Holds 750 ml</li><li>Weighs 380 g</li><li>Dishwasher safe</li></ul></div>\
             <section class=\"reviews\"><h2>Customer reviews</h2>{reviews}</section></main></body></html>"
        )
    };
    let declared = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\
        \"@type\":\"Product\",\"name\":\"Summit Flask\",\"offers\":{\"@type\":\"Offer\",\"price\":\"34.00\"}}</script>";
    let text = pith::extract(page(declared).as_bytes())
        .expect("extract")
        .text();
    assert!(
        text.contains("double-walled") && text.contains("Holds 750 ml"),
        "{text}"
    );
    assert!(!text.contains("breakfast"), "{text}");
}

#[test]
fn a_shop_whose_cards_carry_hidden_and_menu_named_extras_keeps_its_grid() {
    // each card's rating and compare button, named hidden and nav, outweigh
    // its name and price: only the landmarks say where the content is not
    let cards: String = ["Harbour", "Lighthouse", "Estuary", "Tideway", "Breakwater"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                "<div class=\"tile\"><div><a href=\"/p/{i}\">{name} Waterproof Walking Jacket</a></div>\
                 <div>${i}9.95</div><div class=\"visually-hidden\">(38) 38 reviews with an average rating of 4.3 out of 5 stars</div>\
                 <div class=\"compare-nav\">Add {name} Waterproof Walking Jacket to Compare</div></div>"
            )
        })
        .collect();
    let page = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/sale\">Sale</a></nav>\
         <div class=\"results\"><h1>Walking Jackets</h1>{cards}</div>\
         <footer><p>Copyright 2025 Example Outdoors. All rights reserved.</p></footer></body></html>"
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(
        text.contains("Harbour Waterproof Walking Jacket")
            && text.contains("Breakwater Waterproof Walking Jacket"),
        "{text}"
    );
    assert!(text.contains("$09.95") && text.contains("$49.95"), "{text}");
    assert!(!text.contains("All rights reserved"), "{text}");
}

#[test]
fn a_declared_product_keeps_its_name_and_description_beside_a_long_faq() {
    let qa = "<h3>Can it hold hot soup?</h3><p>Yes, the flask holds soup, tea and coffee alike, and the wide mouth makes it easy to clean with a bottle brush after every use on the trail or at work.</p>";
    let page = format!(
        "<html><head><title>Summit Flask 750 ml</title>\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\
         \"name\":\"Summit Flask\",\"description\":\"A double-walled steel flask that keeps drinks hot for twelve hours and cold for a day.\",\
         \"offers\":{{\"@type\":\"Offer\",\"price\":\"34.00\"}}}}</script></head><body>\
         <div class=\"page\"><div class=\"buy-box\"><h1>Summit Flask 750 ml</h1><div>$34.00</div></div>\
         <div class=\"details\"><div class=\"tab\"><p>A double-walled steel flask that keeps drinks hot for twelve hours and cold for a day.</p></div></div>\
         <div class=\"more\">{}</div><div class=\"faq\">{}</div></div></body></html>",
        "<p><a href=\"/p/1\">Summit Mug 350 ml in Forest Green</a></p>".repeat(30),
        qa.repeat(12)
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("cold for a day"), "{text}");
    assert!(!text.contains("Forest Green"), "{text}");
}

#[test]
fn a_page_whose_body_a_script_renders_gives_its_declared_description() {
    let desc = "Howdy everyone, I am new to astronomy and would love some advice on choosing my first telescope for planets and deep-sky objects.";
    let shell = format!(
        "<html><head><title>New to astronomy</title><meta property=\"og:description\" content=\"{desc}\"></head>\
         <body><div id=\"app\"></div><script src=\"/app.js\"></script></body></html>"
    );
    let a = pith::extract(shell.as_bytes()).expect("extract");
    assert_eq!(a.text(), desc);
    assert!(a.blocks.iter().any(|b| b
        .reasons
        .iter()
        .any(|r| r.signal == pith::Signal::FallbackDescription)));
    // a site's tagline is no article
    let tagline = "<html><head><meta name=\"description\" content=\"News, reviews and guides\"></head><body></body></html>";
    assert_eq!(
        pith::extract(tagline.as_bytes()).expect("extract").text(),
        ""
    );
}

#[test]
fn utf8_once_read_as_windows_1252_is_repaired_in_title_and_text() {
    // the bytes of "’" and "—" read as Windows-1252 and stored again as UTF-8
    let page = "<html><head><meta charset='utf-8'><title>Rates rise â€” again</title></head>\
<body><article><h1>Rates rise â€” again</h1>\
<p>The central bank raised its rate on Thursday, and the governor said it wasnâ€™t the last rise this year.</p>\
<p>Markets had expected the move, which follows three months of faster price growth across the economy.</p>\
</article></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extracts");
    assert_eq!(a.title.as_deref(), Some("Rates rise — again"));
    assert!(a.text().contains("it wasn’t the last rise"), "{}", a.text());
}

#[test]
fn hidden_text_ends_nothing_and_a_hidden_tab_panel_is_content() {
    let para = |s: &str| {
        format!("<p>{s} The service runs in every region we operate, and the same rules apply to every account whichever plan it is on.</p>")
    };
    let page = format!(
        "<html><body><main><h1>Deploy in minutes</h1>{}\
         <div class=\"pricing-popup\" style=\"display: none\"><p>Questions about pricing? Email us at sales@example.com.</p></div>{}\
         <div role=\"tablist\"><button>Python</button><button>Go</button></div>\
         <div role=\"tabpanel\"><pre>client.deploy(app)</pre></div>\
         <div role=\"tabpanel\" hidden><pre>client.Deploy(ctx, app)</pre></div>\
         <div class=\"signup-modal\" hidden><p>Create a free account today and get a month of credits to try every feature.</p></div>\
         {}</main></body></html>",
        para("Push your code and the platform builds, tests and ships it without a single configuration file."),
        para("Every deploy gets its own preview address, so reviewers can try a change before it goes live."),
        para("Rollbacks take one click, and the previous build stays warm for an hour after every release."),
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    // the hidden popup's "email us" is no tip-line that ends the page
    assert!(text.contains("Rollbacks take one click"), "{text}");
    // the other language's tab is the page's own, hidden until clicked
    assert!(text.contains("client.Deploy(ctx, app)"), "{text}");
    // a hidden element that is no panel stays out
    assert!(!text.contains("Create a free account"), "{text}");
}

#[test]
fn a_paragraph_rendered_twice_is_kept_once() {
    let hero = "<p>Our clinic offers same-day appointments for children and adults, with evening hours on weekdays.</p>";
    let page = format!(
        "<html><body><main><h1>Family care</h1>\
         <div class=\"show-mobile\">{hero}</div><div class=\"show-desktop\">{hero}</div>\
         <p>Every visit starts with a conversation about your history, your medicines and what worries you most.</p>\
         </main></body></html>"
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert_eq!(text.matches("same-day appointments").count(), 1, "{text}");
    assert!(text.contains("Every visit starts"), "{text}");
}

#[test]
fn a_list_of_links_inside_the_body_is_kept_but_a_related_list_is_not() {
    let para = |s: &str| {
        format!("<p>{s} Each step below links to the chapter that explains it in full, with examples you can run.</p>")
    };
    let page = format!(
        "<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/docs\">Docs</a></li></ul></nav>\
         <main><h1>Installing the server</h1>{}\
         <ul><li><a href=\"/ch1\">Checking the requirements</a></li><li><a href=\"/ch2\">Choosing a package</a></li></ul>{}\
         <ul class=\"related-posts\"><li><a href=\"/x\">Our spring release notes</a></li></ul>{}</main></body></html>",
        para("The server runs on any recent Linux, macOS or Windows machine with two gigabytes of memory."),
        para("Packages exist for the common distributions, and a static binary covers the rest of them."),
        para("Once installed, the server listens on port 8080 and writes its logs to the standard output."),
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("Choosing a package"), "{text}");
    assert!(!text.contains("spring release notes"), "{text}");
    assert!(!text.contains("Docs"), "{text}");
}

#[test]
fn in_text_an_invitation_past_most_of_the_body_ends_it() {
    let para = |s: &str| {
        format!("{s} The council said the work would be paid for from the harbour fund, and that no fishing boat would lose its berth.\n")
    };
    let text = format!(
        "Share this article\n{}{}{}Share this article\n\
Mary Smith, Harbour Road\n\
I have walked along that wall every morning for twenty years, and it is good to hear that somebody will look after it at last.\n",
        para("The harbour master said on Tuesday that the old sea wall would be rebuilt over the winter."),
        para("Work will start in November, and the boats will moor at the north quay until the wall is finished."),
        para("Divers found cracks along most of its length after the spring storms, the harbour master said."),
    );
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    // the share line under the headline ends nothing; the one after the body does
    assert!(body.contains("sea wall would be rebuilt"), "{body}");
    assert!(body.contains("spring storms"), "{body}");
    assert!(!body.contains("every morning for twenty years"), "{body}");
}

#[test]
fn in_text_a_mega_menu_flattened_into_one_line_is_dropped() {
    let text = "Our Solutions Our Solutions For Accounting Firms For Banks For Credit Unions For Insurers See all solutions and find the right plan for your business today.\n\
The regulator fined three lenders on Monday for failing to check whether borrowers could afford the loans they were sold over the past two years.\n\
The fines total four million pounds, and the lenders must also repay the interest charged to the customers who were affected by the failures.\n";
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    assert!(body.contains("regulator fined three lenders"), "{body}");
    assert!(!body.contains("Accounting Firms"), "{body}");
}

#[test]
fn in_text_a_rail_of_teaser_headlines_after_the_body_ends_it() {
    // the rail's lines, kept as subheadings over the line after them, go
    // with what follows once most of the body is in
    let lines = "The harbour master said on Tuesday that the old sea wall would be rebuilt over the winter. The council said the work would be paid for from the harbour fund, and that no fishing boat would lose its berth.\n\
Work will start in November, and the boats will moor at the north quay until the wall is finished. The council said the work would be paid for from the harbour fund, and that no fishing boat would lose its berth.\n\
Divers found cracks along most of its length after the spring storms, the harbour master said. The council said the work would be paid for from the harbour fund, and that no fishing boat would lose its berth.\n\
The new wall will be a metre higher than the old one, and it will be faced with the same grey granite that was used in the first wall in 1860.\n\
The old wall was last repaired in 1952, when a winter storm took away a stretch of its top and flooded the fish market on the east quay.\n\
New Ferry Timetable\n\
Lifeboat Crew Rescues Kayakers\n\
Fish Market Reopens\n\
Harbour Festival Returns\n\
Coastal Path Closed\n\
Sailing Club Wins\n\
The fish market on the east quay reopens on Saturday after its winter repairs, with a new roof and a cold store.\n\
";
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(lines.as_bytes()).expect("extracts").text();
    assert!(body.contains("flooded the fish market"), "{body}");
    assert!(!body.contains("Sailing Club Wins"), "{body}");
    assert!(!body.contains("with a new roof"), "{body}");
}

#[test]
fn a_region_on_one_of_stacked_sections_grows_to_hold_the_others() {
    let para = |s: &str| {
        format!("<p>{s} The reference lists every field, its type and what the server does when it is missing.</p>")
    };
    let links: String = (0..150)
        .map(|i| format!("<li><a href=\"/m{i}\">Method number {i}</a></li>"))
        .collect();
    // the first section outweighs the others once the method index
    // between them counts against the whole
    let page = format!(
        "<html><body><div><section><h1>Charges</h1>{}{}{}</section>\
         <nav><ul>{links}</ul></nav>\
         <section><h2>Create a charge</h2>{}{}</section>\
         <section><h2>Refund a charge</h2>{}{}</section></div></body></html>",
        para("A charge moves money from a card into your account."),
        para("Each charge carries an amount, a currency and the source of the funds."),
        para("Charges can be captured at once or authorised now and captured later."),
        para("To create a charge, send the amount and the currency with a payment source."),
        para("The call returns the new charge, or an error naming the field that was wrong."),
        para("To refund a charge, send its identifier and, for part of it, the amount."),
        para("A refund returns to the card in five to ten days, depending on the bank."),
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("moves money from a card"), "{text}");
    assert!(text.contains("send the amount and the currency"), "{text}");
    assert!(text.contains("five to ten days"), "{text}");
    assert!(!text.contains("Method number 7"), "{text}");
}

#[test]
fn a_sentence_with_links_in_the_body_is_kept() {
    let para = |s: &str| {
        format!("<p>{s} The council expects the new timetable to hold until the end of next year at least, \
                 and it will review the routes again in the spring once the counts of passengers are in. \
                 Until then the old stops stay where they were.</p>")
    };
    let page = format!(
        "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Buses return to the valley</h1>{}{}{}\
         <p>For the times of each stop, see <a href=\"/t\">the council's full timetable for the valley routes</a>.</p>{}{}</article></body></html>",
        para("Buses will run through the valley again from Monday, six months after the bridge closed."),
        para("The repaired bridge carries one lane each way, and lorries must still take the long road."),
        para("Drivers have been trained on the new road layout at the north end of the bridge."),
        para("Fares stay as they were, and season tickets bought before the closure will be honoured."),
        para("The school bus keeps its own route, which never crossed the bridge in the first place."),
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("see the council's full timetable"), "{text}");
    assert!(!text.contains("News"), "{text}");
}

#[test]
fn in_text_a_checklist_inside_the_article_is_kept_with_what_follows() {
    let para = |s: &str| {
        format!("{s} Most couples start a year ahead, and the venue is usually the first thing they book because the best ones go early.\n")
    };
    let steps = [
        "pick a few possible dates and check them with close family",
        "visit the venues on your list and ask what is included",
        "draw up a first guest list and a rough budget for the day",
        "look at photographers and ask to see a full wedding they shot",
        "decide what kind of music you want for the evening",
        "send the save the date cards to guests who live abroad",
        "choose the wedding party and ask them in person",
        "book the band or the disc jockey for the reception",
        "order the cake and arrange a tasting with the baker",
        "buy the rings and have them sized in good time",
        "plan the seating once most of the replies are in",
        "confirm the timings with every supplier in the last week",
    ];
    let text = format!(
        "Home\nVenues\nDresses\n{}{}Your wedding checklist\n{}\n{}{}",
        para("Planning a wedding takes longer than most people expect."),
        para("This checklist sets out what to do and when to do it."),
        steps.join("\n"),
        para("Once the checklist is done, the last month is about small details and rest."),
        para("Leave the final week as free as you can, and let the suppliers do their work."),
    );
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    assert!(body.contains("visit the venues on your list"), "{body}");
    assert!(body.contains("let the suppliers do their work"), "{body}");
    assert!(!body.contains("Dresses"), "{body}");
}

#[test]
fn in_text_the_first_comment_past_the_body_ends_it_but_a_thread_keeps_its_posts() {
    let para = |s: &str| {
        format!("{s} The recipe needs no special tools, and the dough keeps in the fridge for up to three days.\n")
    };
    let article = format!(
        "{}{}{}Maria March 3, 2025 at 4:12 pm I made these for my family and they loved them, thank you so much.\n\
         Tom March 4, 2025 at 9:30 am Can I use whole wheat flour instead of white flour for this?\n",
        para("These biscuits take twenty minutes from start to finish."),
        para("Mix the butter and the sugar first, then add the flour a spoonful at a time."),
        para("Bake them until the edges turn golden, and let them cool on a rack."),
    );
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(article.as_bytes()).expect("extracts").text();
    assert!(body.contains("let them cool on a rack"), "{body}");
    assert!(!body.contains("my family and they loved them"), "{body}");
    assert!(!body.contains("whole wheat flour"), "{body}");
    // a thread quotes its posts: its replies stay
    let thread = format!(
        "{}{}On 3/5/2024 at 7:29 PM, Dave said: the new layout is harder to read than the old one, and I miss the borders.\n{}",
        para("The new version changed the layout of every note."),
        para("Several of us have asked for a setting to bring the old look back."),
        para("I agree with Dave, and I hope they listen to the feedback."),
    );
    let body = e.extract(thread.as_bytes()).expect("extracts").text();
    assert!(body.contains("I hope they listen"), "{body}");
}

#[test]
fn in_text_an_author_box_heading_past_the_body_ends_it() {
    let para = |s: &str| {
        format!("{s} The council said the work would be paid for from the harbour fund, and that no fishing boat would lose its berth.\n")
    };
    let text = format!(
        "{}{}{}About the author\n\
         Mary Jones is a reporter who has covered the coast since 2009 and lives in the town with her two dogs and a boat she rarely sails.\n\
         She writes the weekly tides column, and before that she worked for ten years on the desk of a paper in the north.\n",
        para("The harbour master said on Tuesday that the old sea wall would be rebuilt over the winter."),
        para("Work will start in November, and the boats will moor at the north quay until the wall is finished."),
        para("Divers found cracks along most of its length after the spring storms, the harbour master said."),
    );
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    assert!(body.contains("spring storms"), "{body}");
    assert!(!body.contains("rarely sails"), "{body}");
    assert!(!body.contains("weekly tides column"), "{body}");
}

#[test]
fn in_text_pros_and_cons_under_their_labels_are_kept_but_a_contents_list_is_not() {
    let para = |s: &str| {
        format!("{s} We ran each machine for a month in a family kitchen, with the same detergent and the same loads.\n")
    };
    let verdict = "Pros\nIt cleans even stubborn stains\nFast cycle times\nQuiet at night\n\
                   Cons\nControls can be finicky\nSome options only in the app\n";
    let contents = "What is a dishwasher\nHow we tested them\nWhat to look for\n";
    let text = format!(
        "Home\nReviews\n{}{contents}{}{verdict}{}{}What is a dishwasher\n{}How we tested them\n{}What to look for\n{}",
        para("These are the best dishwashers of the year."),
        para("The first pick cleaned every load we gave it."),
        para("The second pick is cheaper and nearly as good."),
        para("It dried plastics better than any other model."),
        para("A dishwasher saves water over washing by hand."),
        para("Every machine washed the same twelve place settings."),
        para("Look at the noise rating and the third rack."),
    );
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    assert!(body.contains("Fast cycle times"), "{body}");
    assert!(body.contains("Controls can be finicky"), "{body}");
    // the contents' entries come again as the sections' headings: once each
    assert_eq!(body.matches("How we tested them").count(), 1, "{body}");
}

#[test]
fn a_headings_permalink_and_copy_button_are_not_its_words() {
    let page = "<html><head><title>Middleware | Example docs</title></head><body><main>\
<h1>Middleware<a class='headerlink' href='#middleware'>¶</a></h1>\
<p>Middleware is a framework of hooks into the request and response processing of the server.</p>\
<h2>Ordering<a href='#ordering'>¶</a> <button title='Copy link'>Copy link</button></h2>\
<p>The order of the list matters, because a middleware can depend on the ones before it.</p>\
<h3><button aria-expanded='false'>Can a middleware stop a request?</button></h3>\
<p>Yes: it returns a response of its own and the view is never called at all by the server.</p>\
<p>The rules of <a href='#s3'>§ 3</a> apply to every middleware that the project installs by default.</p>\
</main></body></html>";
    let a = pith::extract(page.as_bytes()).expect("extracts");
    assert_eq!(a.title.as_deref(), Some("Middleware"));
    let text = a.text();
    assert!(!text.contains('¶'), "{text}");
    assert!(text.contains("\nOrdering\n"), "{text}");
    assert!(!text.contains("Copy link"), "{text}");
    // a heading that is one button (an accordion's question) keeps it
    assert!(text.contains("Can a middleware stop a request?"), "{text}");
    // a link to a section by its number is a word of the sentence
    assert!(text.contains("rules of § 3 apply"), "{text}");
}

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
            "<link rel='canonical' href='{url}'><title>Outdoor Gear – The Bush Company USA</title>"
        )
    };
    let a = titled(&head("https://outfitters.example/collections/outdoor"), "");
    assert_eq!(a.title.as_deref(), Some("Outdoor Gear"));
    // a front page's title is a two-word brand and its slogan
    let a = titled(&head("https://outfitters.example/"), "");
    assert_eq!(
        a.title.as_deref(),
        Some("Outdoor Gear – The Bush Company USA")
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
    let head = "<title>The Fold-and-Cut Problem (Erik Demaine)</title>";
    let a = titled(
        head,
        "<h1><a href='../'>Erik Demaine</a>'s Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("The Fold-and-Cut Problem"));
    // the first h1 stays when no later one is the title
    let a = titled(
        head,
        "<h1><a href='../'>Erik Demaine</a>'s Folding and Unfolding:</h1><h1>Contents</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Erik Demaine's Folding and Unfolding:")
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
    let head = "<title>Soundstage Weekly | SoundstageWeekly.com - The Five Best Headphones (According to Me)</title>";
    assert_eq!(
        titled(head, "").title.as_deref(),
        Some("The Five Best Headphones (According to Me)")
    );
    let head = "<title>psychiatry.org - What Are the Latest Trends in Care?</title>";
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
        "<title>Best Books Ever | Reading Lists</title>",
        "<h1>Best Books Ever (77141 books)</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Best Books Ever"));
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
fn prose_under_a_footer_disclaimer_bio_comment_or_dialog_name_is_not_the_body() {
    let body = "<p>The harbour bridge will close for four weeks from Monday while engineers replace the worn bearings under its eastern span.</p>\
<p>Drivers are asked to use the ring road, which the council says can take the extra traffic if the lights are retimed at the two busiest junctions.</p>\
<p>Buses keep their routes but add ten minutes to the timetable, and the ferry will run every twenty minutes instead of every half hour.</p>\
<p>The bearings were fitted when the bridge opened in 1974 and were meant to last thirty years, so the council has been watching them closely since the last inspection.</p>\
<p>Engineers found cracks in two of the twelve bearings in the spring, and a survey in the summer showed that three more had started to wear unevenly under heavy lorries.</p>\
<p>Shops on the eastern bank worry about losing trade for a month, and the council has promised free parking in the two town centre car parks until the bridge reopens.</p>\
<p>Cyclists and people on foot can still cross on the northern walkway, which stays open except for two nights when the cranes lift the new bearings into place.</p>\
<p>The work will cost about four million pounds, most of it from a national fund for ageing bridges, and the rest from the council's own budget for roads this year.</p>\
<p>If the weather holds, the contractor expects to finish a few days early, but the council says it will not reopen the bridge until the new bearings have been load tested.</p>\
<p>A public meeting about the closure will be held at the library on Thursday evening, where engineers will explain the work and answer questions from residents.</p>";
    let asides = [
        ("site-footer", "Prices and schedules on this page were correct when it was published and may have changed since then, so check with the operator before you travel."),
        ("disclaimer", "The fares quoted here come from the operators and the council, and readers should confirm them directly before they book any journey next month."),
        ("author-bio", "Jane Doe has covered transport and city planning for this paper for over a decade, and before that she worked as a civil engineer on bridges and tunnels."),
        ("comment-body", "I drive over that bridge every single day and honestly the ring road is already jammed by eight in the morning, so good luck to everyone next month."),
        ("modal-dialog", "We would like to send you occasional updates about our reporting, and you can change your mind at any time by following the link in any of our emails."),
    ];
    for (class, aside) in asides {
        let page = format!(
            "<html><head><title>Bridge closes for repairs</title></head><body><main>\
<h1>Bridge closes for repairs</h1>{body}<div class='{class}'><p>{aside}</p></div></main></body></html>"
        );
        let text = pith::extract(page.as_bytes()).expect("extracts").text();
        assert!(text.contains("worn bearings"), "{class}: {text}");
        assert!(!text.contains(&aside[..40]), "{class}: {text}");
    }
}

#[test]
fn on_a_page_of_many_h1s_one_that_half_agrees_is_a_section() {
    let sections = "<h1>1. Overview</h1><h1>2. Simple Select Processing</h1>\
<h1>3. Compound Select Statements</h1><h1>4. The ORDER BY clause</h1>\
<h1>5. The LIMIT clause</h1>";
    let a = titled("<title>SELECT</title>", sections);
    assert_eq!(a.title.as_deref(), Some("SELECT"));
    // with fewer h1s the one that agrees is the page's headline
    let a = titled(
        "<title>Residential Electrician Coupons | Sparks Co</title>",
        "<h1>Coupons</h1><h1>Price Match Guarantee</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Coupons"));
    // one that agrees whole stays the headline among many
    let a = titled(
        "<title>Simple Select Processing | SQL Docs</title>",
        sections,
    );
    assert_eq!(a.title.as_deref(), Some("2. Simple Select Processing"));
}

#[test]
fn an_api_item_named_by_its_kind_is_titled_by_its_path() {
    let a = titled(
        "<title>tokio::runtime - Rust</title>",
        "<h1>Module runtime</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("tokio::runtime - Rust"));
    let a = titled(
        "<title>Result in std::result - Rust</title>",
        "<h1>Enum Result</h1>",
    );
    // " - Rust" goes as a trail where three words stay
    assert_eq!(a.title.as_deref(), Some("Result in std::result"));
    // no path in the title: the h1 names the item
    let a = titled("<title>tokio - Rust</title>", "<h1>Crate tokio</h1>");
    assert_eq!(a.title.as_deref(), Some("Crate tokio"));
}

#[test]
fn an_archive_label_is_cut_from_the_title() {
    let a = titled(
        "<title>Shop Sennheiser at Headphones.example with Free Returns</title>",
        "<h1>Collection: Sennheiser</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Sennheiser"));
    let a = titled(
        "<title>Browse subject: Hardware -- Catalogs | The Online Books Page</title>",
        "",
    );
    assert_eq!(a.title.as_deref(), Some("Hardware -- Catalogs"));
    // a namespace without a space is part of the name
    let a = titled(
        "<title>Category:Programming languages - Wikipedia</title>",
        "<h1>Category:Programming languages</h1>",
    );
    assert_eq!(a.title.as_deref(), Some("Category:Programming languages"));
}

#[test]
fn an_h1_written_as_a_sentence_is_a_slogan() {
    let a = titled(
        "<title>Salesforce CRM: Try The World's #1 AI CRM</title>",
        "<h1>The world's #1 AI CRM powers the Agentic Enterprise.</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Salesforce CRM: Try The World's #1 AI CRM")
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
        "<title>Build and deploy on the AI Cloud</title>",
        "<h1>Build and deploy on the AI Cloud.</h1>",
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Build and deploy on the AI Cloud.")
    );
}

#[test]
fn an_h1_the_template_names_as_the_headline_is_the_title() {
    let a = titled(
        "<title>Reddit - The heart of the internet</title>",
        "<h1 id='post-title-t3_1abc'>Enameled cast iron pan and metal utensils</h1>",
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

#[test]
fn a_post_that_is_only_its_headline_keeps_the_headline_as_its_text() {
    let page = "<html><head><title>Reddit - The heart of the internet</title></head><body>\
<main><h1 class='post-title'>Regulator to providers abroad: if you restrict our satellite firms, we will ban you here. \
\"New barriers are emerging that constrain our businesses operating abroad,\" the chair says, and the agency now asks for public comment.</h1>\
<a href='https://news.example/story'>news.example</a></main>\
<footer><p>Create your account and connect with a world of communities.</p>\
<p>By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy Policy.</p></footer>\
</body></html>";
    let a = pith::extract(page.as_bytes()).expect("extracts");
    let text = a.text();
    assert!(text.contains("Regulator to providers abroad"), "{text}");
    assert!(!text.contains("Create your account"), "{text}");
}

#[test]
fn setters_refuse_values_they_cannot_take() {
    for t in [0.0, 1.0, -0.5, 1.5, f32::NAN] {
        assert!(
            matches!(
                Options::default().with_threshold(t),
                Err(pith::Error::InvalidOption {
                    option: "threshold",
                    ..
                })
            ),
            "{t}"
        );
    }
    assert!(matches!(
        Options::default().with_max_bytes(100),
        Err(pith::Error::InvalidOption {
            option: "max_bytes",
            ..
        })
    ));
    let o = Options::default()
        .with_threshold(0.4)
        .and_then(|o| o.with_max_bytes(2048))
        .expect("valid");
    assert_eq!((o.threshold(), o.max_bytes()), (0.4, 2048));
}
