//! Where the article is and which blocks make it (HTML): the region, the
//! page's kind, terminators, and the blocks kept around the prose.

use pith::{Extractor, InputKind, Options};

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
fn customer_reviews_are_dropped_from_a_shop_page_but_a_review_article_stays() {
    let review = |who: &str| {
        format!(
            "<div class=\"review\"><span class=\"review-author\">{who}</span>\
             <p>I have used this flask every day for a month and it keeps coffee hot from breakfast until lunch without any trouble at all.</p></div>"
        )
    };
    // a shop's page says it is one (here by `og:type`; JSON-LD and
    // microdata do the same)
    let shop = format!(
        "<html><head><title>Summit Flask 750 ml | Example Outdoors</title>\
         <meta property=\"og:type\" content=\"product\"></head><body>\
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
fn a_post_that_is_only_its_headline_keeps_the_headline_as_its_text() {
    let page = "<html><head><title>Chatter - The front page of the forum</title></head><body>\
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

const POST: &str = "<p>The harbour board met on Tuesday night and voted to rebuild the east pier before the winter storms, at a cost the council will share with the port.</p>\
<p>Work starts in March, and the ferry will use the west quay while the pier is closed, the board said in a statement after the vote.</p>\
<p>The pier was built in 1911 and last repaired after the flood of 1978; engineers found last year that two of its timber piles had rotted through below the waterline.</p>\
<p>Fishermen who moor along the east side will be offered berths in the inner basin for the length of the work, at no charge, until the pier opens again next autumn.</p>";

fn stamped_comments(class: &str) -> String {
    let said = [
        "I walk along that pier every morning and the railings have been loose for years, so it is about time somebody fixed them properly.",
        "Moving the ferry to the west quay will make the queues on Harbour Road even worse than they are in the summer, mark my words.",
        "Good news for the fishing boats at least, they have been tying up two deep along the east side since the last storm took the steps.",
        "Does anyone know whether the café at the end of the pier will stay open while the work goes on, or will it close until the spring?",
    ];
    said.iter()
        .chain(said.iter())
        .enumerate()
        .map(|(i, text)| {
            format!(
                "<div class=\"{class}\"><p>Posted by: reader{i} at July 24, 2024 3:{:02} PM</p><p>{text}</p></div>",
                10 + i
            )
        })
        .collect()
}

#[test]
fn a_thread_of_stamped_comments_under_an_article_goes_as_one_unit() {
    let page = format!(
        "<html><body><main><h1>Harbour board votes to rebuild the east pier</h1>{POST}\
         <h3>Comments</h3>{}</main></body></html>",
        stamped_comments("entry")
    );
    let article = pith::extract(page.as_bytes()).expect("extract");
    let text = article.text();
    assert!(text.contains("Work starts in March"), "{text}");
    assert!(
        !text.contains("railings") && !text.contains("reader1"),
        "{text}"
    );
    let unit = |b: &pith::ScoredBlock| {
        b.reasons
            .iter()
            .any(|r| r.signal == pith::Signal::CommentThread)
    };
    let in_unit: Vec<&str> = article
        .blocks
        .iter()
        .filter(|b| unit(b))
        .map(|b| b.block.text.as_str())
        .collect();
    assert!(
        in_unit.iter().any(|t| t.contains("café")),
        "the comments carry the unit's reason: {in_unit:?}"
    );
}

#[test]
fn timed_entries_with_no_comments_named_on_the_page_are_the_article() {
    // a live report: each entry has its time and date, and nothing on the
    // page speaks of comments
    let page = format!(
        "<html><body><main><h1>Harbour board votes to rebuild the east pier</h1>{POST}{}</main></body></html>",
        stamped_comments("update")
    );
    let text = pith::extract(page.as_bytes()).expect("extract").text();
    assert!(text.contains("railings") && text.contains("café"), "{text}");
}

#[test]
fn a_forum_thread_keeps_its_posts_and_an_article_drops_its_comments() {
    // every post of a forum's thread is named alike, the opening one too
    let posts = stamped_comments("comment");
    let thread = format!(
        "<html><body><main><h1>Harbour pier: what happens to the ferry?</h1>{posts}</main></body></html>"
    );
    let text = pith::extract(thread.as_bytes()).expect("extract").text();
    assert!(text.contains("railings") && text.contains("café"), "{text}");
    // the same comments under a post with prose of its own
    let article = format!(
        "<html><body><main><h1>Harbour board votes to rebuild the east pier</h1>{POST}{posts}</main></body></html>"
    );
    let text = pith::extract(article.as_bytes()).expect("extract").text();
    assert!(text.contains("Work starts in March"), "{text}");
    assert!(
        !text.contains("railings") && !text.contains("café"),
        "{text}"
    );
}

#[test]
fn linked_headlines_each_with_its_time_go_as_a_rail_but_an_unlinked_dated_list_stays() {
    let items = [
        (
            "Fire crews tackle blaze at disused mill on the edge of town",
            "11/20/2019 01:14 PM",
        ),
        (
            "School governors approve plans for a new sports hall after a long wait",
            "11/20/2019 12:40 PM",
        ),
        (
            "Police appeal for witnesses after a lorry overturned on the ring road",
            "11/20/2019 11:05 AM",
        ),
    ];
    let list = |linked: bool| -> String {
        items
            .iter()
            .map(|(h, t)| {
                let h = if linked {
                    format!("<a href=\"/n\">{h}</a>")
                } else {
                    h.to_string()
                };
                format!("<div><p>{h}</p><p>{t}</p></div>")
            })
            .collect()
    };
    // under its heading inside the article's element, after the body
    let page = |linked: bool| {
        format!(
            "<html><body><article><h1>Harbour board votes to rebuild the east pier</h1>\
             {POST}<h3>From the newsroom</h3>{}</article></body></html>",
            list(linked)
        )
    };
    let article = pith::extract(page(true).as_bytes()).expect("extract");
    let text = article.text();
    assert!(text.contains("Work starts in March"), "{text}");
    assert!(
        !text.contains("From the newsroom") && !text.contains("disused mill"),
        "{text}"
    );
    assert!(article.blocks.iter().any(|b| b
        .reasons
        .iter()
        .any(|r| r.signal == pith::Signal::DatedRail)));
    // without links, the dated lines are the article's own list
    let text = pith::extract(page(false).as_bytes())
        .expect("extract")
        .text();
    assert!(
        text.contains("From the newsroom") && text.contains("disused mill"),
        "{text}"
    );
}

#[test]
fn the_next_story_rendered_in_full_goes_but_alike_sections_of_one_page_stay() {
    let next = "<p>The town library will open until ten at night from next week, so that students preparing for their exams have a quiet place to work.</p>\
<p>The extra hours will run until the end of June and are paid for by a grant from the county's education fund, the head librarian said.</p>";
    // the page's story, then the next one below it, both in full
    let page = |tag: &str, class: &str| {
        format!(
            "<html><head><title>Harbour board votes to rebuild the east pier</title></head><body>\
             <{tag} class=\"{class} {class}-1\"><h1>Harbour board votes to rebuild the east pier</h1>{POST}</{tag}>\
             <{tag} class=\"{class} {class}-2\"><h1>Library extends its opening hours for exam season</h1>{next}</{tag}>\
             </body></html>"
        )
    };
    let article = pith::extract(page("article", "story").as_bytes()).expect("extract");
    let text = article.text();
    assert!(text.contains("Work starts in March"), "{text}");
    assert!(
        !text.contains("exam season") && !text.contains("ten at night"),
        "{text}"
    );
    assert!(article.blocks.iter().any(|b| b
        .reasons
        .iter()
        .any(|r| r.signal == pith::Signal::OtherPost)));
    // sections of one page, alike but named as no post, are all its text
    let text = pith::extract(page("div", "section").as_bytes())
        .expect("extract")
        .text();
    assert!(
        text.contains("Work starts in March") && text.contains("ten at night"),
        "{text}"
    );
}
