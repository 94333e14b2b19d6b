//! Plain-text input: lines a scraper already produced, where no markup
//! says where the article is.

use pith::{Extractor, InputKind, Options};

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
fn in_text_stamped_comments_on_lines_of_their_own_past_the_body_go() {
    let para = |s: &str| {
        format!("{s} The recipe needs no special tools, and the dough keeps in the fridge for up to three days.\n")
    };
    // the page names its comments only in a link above the article
    let mut text = format!(
        "3 comments\n{}{}{}",
        para("These biscuits take twenty minutes from start to finish."),
        para("Mix the butter and the sugar first, then add the flour a spoonful at a time."),
        para("Bake them until the edges turn golden, and let them cool on a rack."),
    );
    for (who, said) in [
        (
            "Maria",
            "I made these for my family and they loved them, thank you so much.",
        ),
        (
            "Tom",
            "Can I use whole wheat flour instead of white flour for this?",
        ),
        (
            "Ines",
            "Mine spread too much in the oven, so next time I will chill the dough first.",
        ),
    ] {
        text.push_str(&format!(
            "Posted by: {who} at March 3, 2025 4:12 PM\n{said}\n"
        ));
    }
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    let body = e.extract(text.as_bytes()).expect("extracts").text();
    assert!(body.contains("let them cool on a rack"), "{body}");
    assert!(!body.contains("whole wheat flour"), "{body}");
    assert!(!body.contains("Posted by"), "{body}");
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
fn in_text_a_rail_of_dated_teasers_goes_but_a_dated_list_amid_the_body_stays() {
    let body = [
        "The old river bridge will close to traffic from Monday while engineers replace its worn bearings, the county council said on Tuesday.",
        "Drivers will be sent on a twelve-mile detour through the northern bypass, and a free shuttle bus will carry foot passengers across the water.",
        "Shops on the south bank say they fear losing custom during the closure, which covers the busy weeks before the school holidays.",
    ];
    let rail = [
        "Fire crews tackle blaze at disused mill on the edge of town 11/20/2019 01:14 PM",
        "School governors approve plans for a new sports hall after a long wait 11/20/2019 12:40 PM",
        "Police appeal for witnesses after a lorry overturned on the ring road 11/20/2019 11:05 AM",
        "Farmers warn that the wet autumn will push up the price of potatoes 11/20/2019 10:22 AM",
    ];
    let e = Extractor::new(Options::default().with_input(InputKind::Text));
    // after the body, with a closing line that keeps the region open
    let after = format!(
        "Home\nWorld\nBridge repairs to close river crossing for six weeks\n{}\nFrom the newsroom\n{}\nEllen Marsh has covered transport for the Courier since 2009.\nAbout us\n",
        body.join("\n"),
        rail.join("\n")
    );
    let out = e.extract(after.as_bytes()).expect("extracts").text();
    for p in body {
        assert!(out.contains(p), "{out}");
    }
    for teaser in rail {
        assert!(!out.contains(teaser), "{out}");
    }
    // the same lines between two of the article's paragraphs are its own
    let amid = format!(
        "Home\nWorld\nBridge repairs to close river crossing for six weeks\n{}\n{}\n{}\nAbout us\n",
        body[..2].join("\n"),
        rail.join("\n"),
        body[2]
    );
    let out = e.extract(amid.as_bytes()).expect("extracts").text();
    for teaser in rail {
        assert!(out.contains(teaser), "{out}");
    }
}
