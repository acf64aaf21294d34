//! Donations the twelfth recall round added: money given to a receiver the
//! sentence names when the giver is no entity ("Councillors voted to give
//! £450 to the Tywyn Sports Club", "the company will also give 300,000 euros
//! to the Red Cross"), money given "as a grant" in any verb form, and a vote
//! to act as a cue of what is still to come.
//! Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;
use newsfacts::model::EventStatus;

#[test]
fn money_given_to_a_named_receiver_by_no_named_giver() {
    let d = world(
        "Councillors voted to give £900 to the Tywyn Sports Club towards a new roof for its \
         pavilion.",
    )
    .org("Tywyn Sports Club")
    .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "recipient"), ["Tywyn Sports Club"]);
    assert_eq!(role(&d, e, "amount"), ["£900"]);
    assert!(role(&d, e, "donor").is_empty());
    assert_eq!(e.status, EventStatus::Planned);

    let d = world("The company gave 300,000 euros to the Red Cross on Monday.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    assert_eq!(role(&d, e, "amount"), ["300,000 euros"]);
    assert_eq!(e.status, EventStatus::Happened);
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
}

#[test]
fn money_given_to_no_named_receiver_or_to_holders_is_none() {
    // no receiver the sentence names: a payment as likely as a gift
    none(
        &world("The company gave 300,000 euros to its suppliers last year.").run(),
        "donation",
    );
    // money handed back, and a person paid
    none(
        &world("The club agreed to give back $2 million to Orlen Holdings.")
            .org("Orlen Holdings")
            .run(),
        "donation",
    );
    none(
        &world("The firm later gave $40,000 to John Pearce, his lawyer said.").run(),
        "donation",
    );
}

#[test]
fn money_given_as_a_grant_is_a_gift_in_any_verb_form() {
    let d = world(
        "Besides the loan, the bank will give 40 million euros, about $43 million, as a grant \
         for water projects.",
    )
    .run();
    let e = one(&d, "donation");
    assert_eq!(role(&d, e, "amount"), ["40 million euros"]);
    assert_eq!(e.status, EventStatus::Planned);

    // "to provide" money is mostly credit: "as a grant" says it is none
    let d = world("Japan agreed to provide $20 million as a grant to Kenya.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Kenya"]);
    assert_eq!(role(&d, e, "amount"), ["$20 million"]);
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn money_provided_as_a_loan_is_none() {
    none(
        &world("Japan agreed to provide $20 million as a loan to Kenya.").run(),
        "donation",
    );
}
