//! Donations the eighth recall round added: a list of gifts continued with
//! a verb of its own per giver ("…, and Germany offered €20 million"; "The
//! Red Cross chipped in $40,000"), which only follows a donation and shares
//! its recipient, and a further lot of a gift told just before ("A second
//! batch of 300 tents is expected next month"), which comes from that
//! gift's giver. Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus};

fn donations(text: &str) -> (Document, usize) {
    let d = world(text).run();
    let n = of(&d, "donation").len();
    (d, n)
}

#[test]
fn a_giver_with_a_verb_of_its_own_in_a_pledge_list_is_another_pledge() {
    let (d, n) = donations(
        "Japan pledged $30 million to UNICEF on Monday, and Germany offered €20 million.",
    );
    assert_eq!(n, 2, "{}", describe(&d));
    let evs = of(&d, "donation");
    assert_eq!(role_names(&d, evs[1], "donor"), ["Germany"]);
    assert_eq!(value(evs[1], "amount"), Some("EUR 20000000"));
    // the list's recipient, and its mode: promised, not yet given
    assert_eq!(role_names(&d, evs[1], "recipient"), ["UNICEF"]);
    assert_eq!(evs[1].status, EventStatus::Planned);
}

#[test]
fn a_giver_after_a_comma_is_the_subject_of_its_own_verb() {
    let (d, n) = donations(
        "Japan promised $40 million over three years, Germany offered €15 million and \
         Brazil pledged $2 million.",
    );
    assert_eq!(n, 3, "{}", describe(&d));
    let evs = of(&d, "donation");
    assert_eq!(role_names(&d, evs[1], "donor"), ["Germany"]);
    assert_eq!(value(evs[1], "amount"), Some("EUR 15000000"));
}

#[test]
fn chipping_in_after_a_gift_is_a_gift_to_the_same_recipient() {
    let (d, n) = donations(
        "Huawei donated $250,000 to the Red Cross last week. \
         The Gates Foundation chipped in $100,000.",
    );
    assert_eq!(n, 2, "{}", describe(&d));
    let e = of(&d, "donation")[1];
    assert_eq!(role_names(&d, e, "donor"), ["Gates Foundation"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    assert_eq!(value(e, "amount"), Some("USD 100000"));
    assert_eq!(e.status, EventStatus::Happened);
}

#[test]
fn an_offer_of_money_with_no_gift_before_it_is_none() {
    // a takeover bid, and a continuation verb three sentences after the gift
    none(
        &world("Huawei offered $18 a share for the company on Monday.").run(),
        "donation",
    );
    let (d, n) = donations(
        "Huawei donated 300 laptops to the Red Cross on Monday. Sales rose. \
         Profits fell. The Gates Foundation chipped in $100,000 for the new wing.",
    );
    assert_eq!(n, 1, "{}", describe(&d));
    // money after a gift of goods continues no list of money gifts
    let (d, n) = donations(
        "Huawei donated 300 laptops to the Red Cross on Monday. \
         The Gates Foundation offered $18 a share for the company.",
    );
    assert_eq!(n, 1, "{}", describe(&d));
}

#[test]
fn a_further_lot_comes_from_the_giver_of_the_first() {
    let (d, n) = donations(
        "Japan donated 500 tents to the Red Cross on Monday. \
         A second batch of 300 tents is expected next month.",
    );
    assert_eq!(n, 2, "{}", describe(&d));
    let e = of(&d, "donation")[1];
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    assert_eq!(role(&d, e, "item"), ["300 tents"]);
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn a_lot_sent_by_the_verb_of_its_sentence_is_that_gift() {
    // "will send a second consignment of …": the lot is what is sent
    let (d, n) = donations(
        "Japan donated 500 tents to the Red Cross on Monday. \
         Japan will send a second consignment of 40,000 masks to the Red Cross next week.",
    );
    assert_eq!(n, 2, "{}", describe(&d));
}

#[test]
fn a_further_lot_with_no_gift_before_it_is_trade() {
    none(
        &world(
            "Pakistan bought 50,000 tonnes of wheat on Monday. \
             A second shipment of 30,000 tonnes is due in June.",
        )
        .run(),
        "donation",
    );
}
