//! Donations: a further lot promised after a gift ("It has promised four
//! more"), goods a giver paid for in the active voice ("paid for an X-ray
//! machine"), goods sent after a gift, a government seated in a capital as
//! giver, the goods' arrival dating the gift, and counted goods given to a
//! named body by a giver that is no name. Our own sentences; the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::EventStatus;

#[test]
fn a_further_lot_promised_after_a_gift_is_a_planned_gift_of_the_same_giver() {
    let d = doc(
        "The Varnel Trust gave the Orlan District Hospital two ambulances on Monday. \
         It has promised four more for the Dunmore clinic.",
    )
    .org("Varnel Trust")
    .org("Orlan District Hospital")
    .timex("Monday", "2020-05-18")
    .run();
    let gifts = of(&d, "donation");
    assert_eq!(gifts.len(), 2, "{}", describe(&d));
    let e = gifts[1];
    assert_eq!(e.status, EventStatus::Planned, "{}", describe(&d));
    assert_eq!(role(&d, e, "item"), ["four more"]);
    assert_eq!(role_names(&d, e, "donor"), ["Varnel Trust"]);
    assert_eq!(e.date, None);

    // a lot with its noun, told with the gift in one sentence
    let d = doc(
        "The Varnel Trust gave the Orlan District Hospital two ambulances on Monday, \
         and has promised a second, smaller ambulance for the winter.",
    )
    .org("Varnel Trust")
    .org("Orlan District Hospital")
    .timex("Monday", "2020-05-18")
    .run();
    let gifts = of(&d, "donation");
    assert_eq!(gifts.len(), 2, "{}", describe(&d));
    assert_eq!(gifts[1].status, EventStatus::Planned);
    assert_eq!(role(&d, gifts[1], "item"), ["a second, smaller ambulance"]);

    // the passive: the lot opens the clause
    let d = doc(
        "The Varnel Trust gave the Orlan District Hospital two ambulances on Monday. \
         A third ambulance has been promised.",
    )
    .org("Varnel Trust")
    .org("Orlan District Hospital")
    .timex("Monday", "2020-05-18")
    .run();
    let gifts = of(&d, "donation");
    assert_eq!(gifts.len(), 2, "{}", describe(&d));
    assert_eq!(gifts[1].status, EventStatus::Planned);
    assert_eq!(role(&d, gifts[1], "item"), ["A third ambulance"]);
    assert_eq!(role_names(&d, gifts[1], "donor"), ["Varnel Trust"]);
}

#[test]
fn a_promise_with_no_gift_before_it_or_no_lot_is_no_gift() {
    for text in [
        "The minister has promised a second review of the port's accounts.",
        "The Varnel Group has promised four more years of dividends.",
        "The Varnel Trust gave the Orlan District Hospital two ambulances on Monday. \
         It has promised more support for the nurses.",
    ] {
        let d = doc(text)
            .known(
                &["Varnel Trust", "Varnel Group", "Orlan District Hospital"],
                &[("Monday", "2020-05-18")],
            )
            .run();
        let promised = of(&d, "donation")
            .into_iter()
            .filter(|e| e.trigger.text(&d.text) == "promised")
            .count();
        assert_eq!(promised, 0, "{text}: {}", describe(&d));
    }
}

#[test]
fn goods_a_named_giver_paid_for_are_its_gift() {
    let d =
        doc("In 2019 the Varnel Trust paid for an X-ray machine for the Orlan District Hospital.")
            .org("Varnel Trust")
            .org("Orlan District Hospital")
            .timex("2019", "2019")
            .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Happened, "{}", describe(&d));
    assert_eq!(e.date.as_deref(), Some("2019"));
    assert_eq!(role_names(&d, e, "donor"), ["Varnel Trust"]);
    assert_eq!(role(&d, e, "item"), ["X-ray machine"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Orlan District Hospital"]);
}

#[test]
fn what_business_news_pays_for_is_no_gift() {
    for text in [
        "The Varnel Group paid for the shares in cash.",
        "The Varnel Group paid for its stake with new stock.",
        "The Varnel Group paid for 40 pct of the refinery last year.",
        "The Varnel Group paid for itself within two years.",
        "A farmer keeps the difference between the price he paid for certificates and the loan rate.",
    ] {
        let d = doc(text).org("Varnel Group").run();
        none(&d, "donation");
    }
}

#[test]
fn goods_sent_after_a_gift_are_a_gift_in_their_own_tense() {
    let d = doc(
        "Kessaria pledged $5 million to the Orlan District Hospital in March. \
         In May it sent the hospital 40 beds.",
    )
    .country("Kessaria", "KS", &["Kessaria"])
    .org("Orlan District Hospital")
    .timex("March", "2020-03")
    .timex("May", "2020-05")
    .run();
    let gifts = of(&d, "donation");
    assert_eq!(gifts.len(), 2, "{}", describe(&d));
    let e = gifts[1];
    // delivered, though the gift before was only pledged
    assert_eq!(e.status, EventStatus::Happened, "{}", describe(&d));
    assert_eq!(e.date.as_deref(), Some("2020-05"));
    assert_eq!(role(&d, e, "item"), ["40 beds"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Orlan District Hospital"]);
    assert_eq!(role_names(&d, e, "donor"), ["Kessaria"]);
}

#[test]
fn a_shipment_with_no_gift_before_it_is_trade() {
    let d = doc("Kessaria sent 27,000 tonnes of wheat to the Varnel Group in May.")
        .country("Kessaria", "KS", &["Kessaria"])
        .org("Varnel Group")
        .timex("May", "2020-05")
        .run();
    none(&d, "donation");
}

#[test]
fn a_government_seated_in_a_capital_gives_as_its_state() {
    let d = doc("The government in Taipei donated 20 ambulances to the Orlan District Hospital, a Taiwan official said.")
        .country("Taiwan", "TW", &["Taiwan"])
        .loc("Taipei", "TW")
        .org("Orlan District Hospital")
        .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Taiwan"], "{}", describe(&d));
}

#[test]
fn the_goods_arrival_after_the_trigger_dates_the_gift() {
    let d = doc("The Varnel Trust donated 500 tents to the Dunmore Red Cross, which arrived in Orlan on Saturday.")
        .org("Varnel Trust")
        .org("Dunmore Red Cross")
        .timex("Saturday", "2020-05-16")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.date.as_deref(), Some("2020-05-16"), "{}", describe(&d));

    // a relative clause of another act still tells no date of the gift
    let d = doc(
        "The Varnel Trust, which was founded in 2011, donated 500 tents to the Dunmore Red Cross.",
    )
    .org("Varnel Trust")
    .org("Dunmore Red Cross")
    .timex("2011", "2011")
    .run();
    let e = one(&d, "donation");
    assert_eq!(e.date, None, "{}", describe(&d));
}

#[test]
fn a_verb_and_its_own_grant_noun_stay_one_gift() {
    let d = doc("The Varnel Trust has offered a grant of $2 million for a new wing.")
        .org("Varnel Trust")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Planned, "{}", describe(&d));
}

#[test]
fn goods_sent_with_aid_words_need_no_gift_before_them() {
    let d = doc("Kessaria sent the Dunmore Red Cross 20,000 masks.")
        .country("Kessaria", "KS", &["Kessaria"])
        .org("Dunmore Red Cross")
        .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Kessaria"], "{}", describe(&d));
}

#[test]
fn counted_goods_given_to_a_named_body_by_an_unnamed_giver() {
    let d = doc("A timber company has given the Dunmore Fire Brigade two water tenders.")
        .org("Dunmore Fire Brigade")
        .run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "recipient"),
        ["Dunmore Fire Brigade"],
        "{}",
        describe(&d)
    );
    assert_eq!(role(&d, e, "item"), ["two water tenders"]);
    assert!(role(&d, e, "donor").is_empty());

    // the body named by its kind before counted goods ("the hospital")
    let d = doc("The Orlan District Hospital opened a ward in May. \
         The Varnel Trust gave the hospital two ambulances.")
    .org("Orlan District Hospital")
    .org("Varnel Trust")
    .timex("May", "2020-05")
    .run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "recipient"),
        ["Orlan District Hospital"],
        "{}",
        describe(&d)
    );
    assert_eq!(role(&d, e, "item"), ["two ambulances"]);

    // time given is no gift
    for text in [
        "A rival bank gave the Varnel Group 30 days to respond.",
        "A court gave the Varnel Group two weeks to pay.",
        "It needs enough shares to give the Varnel Group 51 pct of the votes.",
    ] {
        let d = doc(text).org("Varnel Group").run();
        none(&d, "donation");
    }
}

#[test]
fn an_apposition_with_a_country_adds_no_giver() {
    let d = doc(
        "The Varnel Trust, a New Zealand charity, gave the Orlan District Hospital two ambulances.",
    )
    .org("Varnel Trust")
    .org("Orlan District Hospital")
    .country("New Zealand", "NZ", &["New Zealand"])
    .run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        ["Varnel Trust"],
        "{}",
        describe(&d)
    );
}
