//! Donations the eleventh recall round added: counted goods given to a
//! receiver the clause names, with no aid word among them ("has given 4,000
//! water filters to families in Kenya", "will give the Red Cross 300 camp
//! beds"), and two gift verbs of one sentence that each count goods of
//! their own told as two gifts, each with its own date. Our own sentences;
//! the article date is 2020-05-21.

mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus};

fn donations(d: &Document) -> Vec<&newsfacts::model::Event> {
    of(d, "donation")
}

#[test]
fn counted_goods_given_to_a_receiver_are_a_gift() {
    let d = world(
        "The Harbour Trust has given 4,000 water filters to families in Kenya since the \
         rains began.",
    )
    .org("Harbour Trust")
    .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Harbour Trust"]);
    assert_eq!(role(&d, e, "item"), ["4,000 water filters"]);
    assert_eq!(role(&d, e, "recipient"), ["families in Kenya"]);
    assert_eq!(e.status, EventStatus::Happened);

    let d = world("Huawei provided 250 folding beds to the Red Cross on Monday.").run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Huawei"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    assert_eq!(role(&d, e, "item"), ["250 folding beds"]);
}

#[test]
fn counted_goods_after_a_named_first_object() {
    let d = world("The Harbour Trust will give the Red Cross 300 camp beds for its shelters.")
        .org("Harbour Trust")
        .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Harbour Trust"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    assert_eq!(role(&d, e, "item"), ["300 camp beds"]);
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn counted_things_given_that_are_no_goods_or_go_to_no_receiver_are_none() {
    // time, jobs and points given are no gift; goods with no receiver say
    // nothing of a gift either ("gave 40 chairs" may be sold)
    none(
        &world("Siemens gave 20 minutes to the Red Cross delegation on Monday.").run(),
        "donation",
    );
    none(
        &world("Huawei provided 500 jobs to young engineers in Kenya last year.").run(),
        "donation",
    );
    none(
        &world("Siemens provided 40 chairs for the meeting on Monday.").run(),
        "donation",
    );
}

#[test]
fn two_gift_verbs_with_goods_of_their_own_are_two_gifts() {
    let d = world(
        "The Harbour Trust has given 4,000 water filters to families in Kenya, and handed \
         out 800 food parcels in Nairobi last week.",
    )
    .org("Harbour Trust")
    .run();
    let evs = donations(&d);
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(role(&d, evs[0], "item"), ["4,000 water filters"]);
    // "last week" dates the handing out, told after its own comma and "and"
    assert_eq!(evs[0].date.as_deref(), None, "{}", describe(&d));
    assert_eq!(role(&d, evs[1], "item"), ["800 food parcels"]);
    assert_eq!(role_names(&d, evs[1], "donor"), ["Harbour Trust"]);
    assert_eq!(evs[1].date.as_deref(), Some("2020-W20"));
}

#[test]
fn a_name_before_an_apposition_with_a_relative_clause_gives() {
    let d = world(
        "Harbour Trust, the charity in Nairobi that runs the night shelter, donated 300 \
         mattresses on Monday.",
    )
    .org("Harbour Trust")
    .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Harbour Trust"]);
    assert_eq!(role(&d, e, "item"), ["300 mattresses"]);

    // the name after the clause is the subject itself: no apposition
    let d = world("The dealer that supplied the pumps, Kestrel Pumps, donated 300 mattresses.")
        .org("Kestrel Pumps")
        .run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Kestrel Pumps"]);
}

#[test]
fn a_lone_article_is_no_item() {
    // "and a" before a phrase the item reader cannot take
    let d = world("Huawei donated 300 laptops and a, the company said.").run();
    let e = one(&d, "donation");
    assert_eq!(role(&d, e, "item"), ["300 laptops"]);
}
