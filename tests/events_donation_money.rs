//! Gifts of money: dollars named by their country's letters glued to the
//! sign ("NZ$", "A$", "C$", "HK$", "S$"), "has given MONEY to", and the
//! date of a gift that "will" be made. Our own sentences; the article date
//! is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn new_zealand_dollars_are_an_amount() {
    let text = "Japan will give NZ$2.5 million to Kenya and Egypt to repair clinics, \
                Foreign Minister Li Wei said on Monday.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(value(e, "amount"), Some("NZD 2500000"), "{}", describe(&d));
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Kenya", "Egypt"]);
}

#[test]
fn other_prefixed_dollars() {
    for (text, want) in [
        ("Japan donated A$300,000 to the Red Cross.", "AUD 300000"),
        ("Japan donated HK$5m to the Red Cross.", "HKD 5000000"),
        ("Japan donated C$40,000 to the Red Cross.", "CAD 40000"),
    ] {
        let d = world(text).run();
        let e = one(&d, "donation");
        assert_eq!(value(e, "amount"), Some(want), "{text}");
    }
}

#[test]
fn an_article_before_the_sign_is_no_currency() {
    let text = "A $5 million grant was donated to the Red Cross by Japan.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(value(e, "amount"), Some("USD 5000000"), "{}", describe(&d));
}

#[test]
fn has_given_money_with_an_apposed_name_as_subject() {
    let text = "A Brazilian steel maker, Ferro Atlantico, has given $2 million \
                to the Red Cross, the company said.";
    let d = world(text).org_in("Ferro Atlantico", "BR").run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        ["Ferro Atlantico"],
        "{}",
        describe(&d)
    );
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
}

#[test]
fn given_as_a_preposition_or_passive_is_no_gift() {
    for text in [
        "Given the $5 million shortfall, the Red Cross cut its programme.",
        "The Red Cross was given $5 million by an anonymous donor.",
    ] {
        let d = world(text).run();
        assert!(
            of(&d, "donation")
                .iter()
                .all(|e| e.rule != "donation.give.money"),
            "{text}: {}",
            describe(&d)
        );
    }
}

#[test]
fn a_will_event_is_not_dated_by_a_period_already_over() {
    // the article date is 2020-05-21; "April" is the storm's, not the gift's
    let text = "Japan will give $3 million to Kenya to rebuild clinics damaged when a storm hit the coast in April.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.date, None, "{}", describe(&d));
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    // a period still to come, or one without "will", keeps the date
    let text = "Japan will give $3 million to Kenya next month.";
    let d = world(text).run();
    assert_eq!(one(&d, "donation").date.as_deref(), Some("2020-06"));
    let text = "Japan gave $3 million to Kenya in April.";
    let d = world(text).run();
    assert_eq!(one(&d, "donation").date.as_deref(), Some("2020-04"));
}
