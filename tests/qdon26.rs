//! Donations: receivers in a list of places ("to primary schools in Arlow,
//! Bexmoor and Corrin" gives the places), a described receiver named after a
//! comma ("to the national food bank, the Mwanzo Food Trust"), and goods in
//! apposition to a gift noun ("four rescue boats, a $50,000 gift from …").
//! Our own sentences; the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;

/// The recipients of the one donation: entity names, else the text.
fn recipients(d: &newsfacts::model::Document) -> Vec<String> {
    let e = one(d, "donation");
    e.arguments
        .iter()
        .filter(|a| a.role == "recipient")
        .map(|a| match a.entity {
            Some(i) => d.entities[i].name.clone(),
            None => a.span.text(&d.text).to_string(),
        })
        .collect()
}

#[test]
fn a_list_of_places_after_bare_plural_receivers_gives_each_place() {
    let d = doc("The Sunlake Foundation donated 900 tablets to primary schools in Arlow, Bexmoor and Corrin.")
        .org("Sunlake Foundation")
        .loc("Arlow", "GB")
        .loc("Bexmoor", "GB")
        .loc("Corrin", "GB")
        .run();
    let mut r = recipients(&d);
    r.sort();
    assert_eq!(r, ["Arlow", "Bexmoor", "Corrin"], "{}", describe(&d));
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Sunlake Foundation"]);
    assert_eq!(role(&d, e, "item"), ["900 tablets"]);
}

#[test]
fn one_place_after_bare_plural_receivers_stays_the_text() {
    let d = doc("The Sunlake Foundation donated 900 tablets to primary schools in Arlow.")
        .org("Sunlake Foundation")
        .loc("Arlow", "GB")
        .run();
    let r = recipients(&d);
    assert_eq!(r, ["primary schools in Arlow"], "{}", describe(&d));
}

#[test]
fn a_described_receiver_named_after_a_comma_is_the_named_body() {
    let d = doc(
        "The Sunlake Foundation handed over 40 tonnes of rice to the country's national food bank, the Mwanzo Food Trust, on Monday.",
    )
    .org("Sunlake Foundation")
    .org("Mwanzo Food Trust")
    .run();
    assert_eq!(recipients(&d), ["Mwanzo Food Trust"], "{}", describe(&d));

    // no entity there: the capitalised name that ends the clause, as text
    let d = doc(
        "The Sunlake Foundation handed over 3,000 seedlings to a local cooperative, Cooperativa Verde Alta.",
    )
    .org("Sunlake Foundation")
    .run();
    assert_eq!(
        recipients(&d),
        ["Cooperativa Verde Alta"],
        "{}",
        describe(&d)
    );
}

#[test]
fn a_name_that_does_not_end_the_clause_names_no_receiver() {
    // "Mr Dale said": the speaker, not the food bank's name
    let d = doc(
        "The Sunlake Foundation handed over 40 tonnes of rice to the regional food bank, Mr Dale said.",
    )
    .org("Sunlake Foundation")
    .person("Tom Dale", &["Dale"])
    .run();
    let e = one(&d, "donation");
    assert!(
        role_names(&d, e, "recipient").is_empty(),
        "{}",
        describe(&d)
    );
}

#[test]
fn goods_in_apposition_to_a_gift_are_its_items() {
    let d = doc(
        "The Dunmore fire brigade now has four new rescue boats, a $50,000 gift from the Sunlake Foundation.",
    )
    .org("Sunlake Foundation")
    .run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        ["Sunlake Foundation"],
        "{}",
        describe(&d)
    );
    assert_eq!(
        role(&d, e, "item"),
        ["four new rescue boats"],
        "{}",
        describe(&d)
    );

    let d = doc(
        "Inside the van were an ambulance stretcher and 300 blankets, gifts from the Sunlake Foundation.",
    )
    .org("Sunlake Foundation")
    .run();
    let e = one(&d, "donation");
    let items = role(&d, e, "item");
    assert!(items.contains(&"300 blankets"), "{}", describe(&d));
    assert!(items.contains(&"ambulance stretcher"), "{}", describe(&d));
}

#[test]
fn a_gift_not_in_apposition_takes_no_goods_before_it() {
    // no comma before the gift: nothing before it is its goods
    let d = doc("The brigade said 300 blankets arrived and the gift from the Sunlake Foundation was welcome.")
        .org("Sunlake Foundation")
        .run();
    for e in of(&d, "donation") {
        assert!(role(&d, e, "item").is_empty(), "{}", describe(&d));
    }
}
