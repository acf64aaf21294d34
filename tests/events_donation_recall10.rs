//! Donations the tenth recall round added: a pledge list continued with
//! "followed with" or "put up" (and dollars written "A$", which no
//! determiner skip may take for "a"), money given in an infinitive ("agreed
//! to give £6,000 towards …"), and goods "paid for by" a named giver. Our
//! own sentences; the article date is 2020-05-21. Also counted goods
//! "handed out" by a named giver, and a grant "awarded".

mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus};

fn donations(d: &Document) -> Vec<&newsfacts::model::Event> {
    of(d, "donation")
}

#[test]
fn followed_with_and_put_up_continue_a_pledge_list() {
    let d = world(
        "Japan pledged $30 million to UNICEF on Monday. Germany followed with €20 million, \
         and India put up A$5 million.",
    )
    .run();
    let evs = donations(&d);
    assert_eq!(evs.len(), 3, "{}", describe(&d));
    assert_eq!(role_names(&d, evs[1], "donor"), ["Germany"]);
    assert_eq!(value(evs[1], "amount"), Some("EUR 20000000"));
    assert_eq!(role_names(&d, evs[1], "recipient"), ["UNICEF"]);
    assert_eq!(evs[1].status, EventStatus::Planned);
    assert_eq!(role_names(&d, evs[2], "donor"), ["India"]);
    // Australian dollars, not a US "$5 million" after an article "A"
    assert_eq!(value(evs[2], "amount"), Some("AUD 5000000"));
}

#[test]
fn followed_with_or_put_up_with_no_gift_before_is_none() {
    // no donation told before: a price, a stake in a company
    none(
        &world("Siemens put up $40 million for a stake in the plant on Monday.").run(),
        "donation",
    );
    none(
        &world("Huawei followed with $2 billion in sales in Europe.").run(),
        "donation",
    );
}

#[test]
fn money_given_in_an_infinitive_is_a_gift_its_verb_dates() {
    let d = world(
        "The treasurer said the Harbour Trust had agreed to give £6,000 towards new benches \
         for the park.",
    )
    .org("Harbour Trust")
    .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Harbour Trust"]);
    assert_eq!(value(e, "amount"), Some("GBP 6000"));
    assert_eq!(e.status, EventStatus::Planned);

    let d = world("Huawei is expected to contribute $300,000 to the Red Cross next month.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Huawei"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn money_given_to_shareholders_or_given_up_is_none() {
    none(
        &world("Siemens agreed to give shareholders $5 a share in cash on Monday.").run(),
        "donation",
    );
    none(
        &world("Huawei agreed to give up $12 million in claims against the Red Cross.").run(),
        "donation",
    );
}

#[test]
fn goods_paid_for_by_a_named_giver_are_its_gift() {
    let d = world(
        "A second water pump, with 200 metres of pipe, was paid for by the Lakeside Relief \
         Fund on Monday.",
    )
    .org("Lakeside Relief Fund")
    .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Lakeside Relief Fund"]);
    assert_eq!(role(&d, e, "item"), ["second water pump"]);
    assert_eq!(e.status, EventStatus::Happened);
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));

    // a reduced passive after the goods
    let d = world("The village now has a solar pump paid for by Huawei.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Huawei"]);
}

#[test]
fn paying_for_a_purchase_is_none() {
    // active "paid for": trade; passive with no named giver: none
    none(
        &world("Siemens paid for the shares in cash on Monday.").run(),
        "donation",
    );
    none(
        &world("The new road will be paid for by higher fuel taxes.").run(),
        "donation",
    );
}

#[test]
fn counted_goods_handed_out_by_a_named_giver_are_its_gift() {
    let d = world("The Red Cross has handed out 2,400 food parcels in Nairobi since Monday.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Red Cross"]);
    assert_eq!(role(&d, e, "item"), ["2,400 food parcels"]);
    assert_eq!(role_names(&d, e, "place"), ["Nairobi"]);
    assert_eq!(e.status, EventStatus::Happened);
}

#[test]
fn leaflets_or_fines_handed_out_are_none() {
    none(
        &world("Huawei handed out 5,000 leaflets at the trade fair in Nairobi.").run(),
        "donation",
    );
    none(
        &world("Kenya's police handed out 300 fines to drivers in Nairobi last week.").run(),
        "donation",
    );
}

#[test]
fn a_grant_awarded_is_given() {
    let d = world("UNICEF has awarded a grant of $450,000 to the Red Cross for clean water.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["UNICEF"]);
    assert_eq!(value(e, "amount"), Some("USD 450000"));
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    // a contract or damages awarded is none
    none(
        &world("Siemens was awarded a $40 million contract by Kenya on Monday.").run(),
        "donation",
    );
    none(
        &world("A court in Nairobi awarded Huawei $2 million in damages.").run(),
        "donation",
    );
}

#[test]
fn what_the_money_is_for_or_a_condition_is_no_receiver() {
    // "towards a …": what the money is for; "subject to …": a condition
    let d =
        world("Huawei promised $40,000 towards a rainwater tank for the clinic next year.").run();
    let e = one(&d, "donation");
    assert!(role(&d, e, "recipient").is_empty(), "{}", describe(&d));
    let d = world(
        "Japan will donate 25 water pumps next month, subject to a vote in the provincial council.",
    )
    .run();
    let e = one(&d, "donation");
    assert!(role(&d, e, "recipient").is_empty(), "{}", describe(&d));
    // "towards the …" still names who receives
    let d = world("Huawei pledged $1 million towards the relief fund on Monday.").run();
    let e = one(&d, "donation");
    assert_eq!(role(&d, e, "recipient"), ["relief fund"]);
}
