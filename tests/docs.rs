//! Documentation pages: code, its labels and the text repeated around it
//! are the page's content.

fn doc_page(body: &str) -> String {
    format!(
        "<html><head><title>Charges API</title></head><body>\
         <nav><a href='/'>Home</a> <a href='/docs'>Docs</a> <a href='/pricing'>Pricing</a></nav>\
         <main><article><h1>Charges API</h1>\
         <p>The charges endpoint creates a payment against a card or a bank account, and it returns the charge object with its status.</p>\
         <p>A charge moves through a few states: it is pending while the bank decides, then it either succeeds and the funds are \
         on their way to your balance, or it fails and the object tells you why, with a code you can show to your customer.</p>\
         <p>Amounts are always given in the smallest unit of the currency, so a charge of ten euros is an amount of one thousand, \
         and a currency without minor units, such as the yen, takes the amount exactly as the customer sees it on the receipt.</p>\
         <p>Disputes arrive when a cardholder asks the bank to take a payment back: the charge is marked as disputed, the amount \
         is held from your balance, and you have a few weeks to send the evidence that the customer received what was paid for.</p>\
         <p>Test keys work like live keys but never move money, and a handful of card numbers make a test charge succeed, fail \
         or open a dispute, so the whole flow of a payment can be tried before a single real customer is charged.</p>\
         <p>Payouts send the money in your balance to your bank account on a schedule you choose, daily, weekly or monthly, \
         and each payout lists the charges, refunds and fees that it settles, so that your books can be reconciled line by line.</p>\
         <p>Webhooks tell your server when something happens to a charge without your having to ask, which matters for payments \
         that take days to settle: your code hears of the outcome as soon as the bank has made up its mind about the payment.</p>\
         {body}\
         <p>Refunds are made against a charge that has succeeded, in full or in part, and a charge can be refunded several times \
         until the whole amount has gone back to the customer, each refund appearing as its own object in the list.</p>\
         <p>Every request is authenticated with your secret key, which you can rotate at any time from the settings of your account.</p>\
         </article></main><footer><p>© 2025 Example Payments Ltd. All rights reserved.</p></footer></body></html>"
    )
}

fn text_of(page: &str) -> String {
    pith::extract(page.as_bytes()).expect("extract").text()
}

#[test]
fn the_same_step_under_each_languages_code_is_kept_each_time() {
    let step = "<p>Set the secret key in your environment before you run the example below, so that the client picks it up.</p>";
    let text = text_of(&doc_page(&format!(
        "{step}<pre><code>export KEY=sk_test_123\nnode charge.js</code></pre>\
         {step}<pre><code>export KEY=sk_test_123\npython charge.py</code></pre>"
    )));
    assert_eq!(text.matches("Set the secret key").count(), 2, "{text}");
}

#[test]
fn a_repeat_with_no_code_between_is_still_dropped() {
    let hero = "<p>Set the secret key in your environment before you run the example below, so that the client picks it up.</p>";
    let text = text_of(&doc_page(&format!("{hero}{hero}")));
    assert_eq!(text.matches("Set the secret key").count(), 1, "{text}");
}

#[test]
fn a_response_label_above_an_example_does_not_end_the_page() {
    let text = text_of(&doc_page(
        "<h3>Response</h3><pre><code>{\"id\": \"ch_1\", \"status\": \"succeeded\"}</code></pre>\
         <h2>Errors</h2><p>A declined card returns a card error with a code that says why the bank refused the payment.</p>",
    ));
    assert!(text.contains("Response"), "{text}");
    assert!(
        text.contains("A declined card returns a card error"),
        "{text}"
    );
}

#[test]
fn a_heading_that_links_to_its_own_section_is_kept() {
    let text = text_of(&doc_page(
        "<h2><a href='#idempotency'>Idempotent requests</a></h2>\
         <p>Send an idempotency key with a request, and a retry after a network failure will never charge the card twice.</p>",
    ));
    assert!(text.contains("Idempotent requests"), "{text}");
}

#[test]
fn short_code_and_code_set_beside_the_prose_are_kept() {
    let text = text_of(&doc_page(
        "<pre><code>npm i @example/pay</code></pre>\
         <p>Create a charge by posting the amount, the currency and the source of the funds to the endpoint shown beside.</p>\
         <div class='api-section-aside'><pre><code>curl https://api.example.com/v1/charges -u sk_test_123: -d amount=2000</code></pre></div>",
    ));
    assert!(text.contains("npm i @example/pay"), "{text}");
    assert!(
        text.contains("curl https://api.example.com/v1/charges"),
        "{text}"
    );
}
