//! Donations: money given to receivers named without a name ("has given
//! more than $2 million to local charities"), told as a gift of its own
//! whose giver is the article's ("It", "its fund", the name opening the
//! sentence before); goods set off by a comma with a receiver and an agent
//! after the participle ("a mobile clinic, donated to X by Y"). Our own
//! sentences; the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus};

fn with_orgs(text: &str) -> Document {
    doc(text)
        .known(
            &[
                "Harbour Lights Foundation",
                "Tamarack Mining Ltd",
                "Lakeside Youth Club",
                "Millbrook District Health Office",
                "Corvina Optics",
                "Millbrook Rotary Club",
            ],
            &[
                ("Monday", "2020-05-18"),
                ("Tuesday", "2020-05-19"),
                ("last year", "2019"),
            ],
        )
        .run()
}

#[test]
fn a_total_given_since_takes_the_name_opening_the_sentence_before() {
    let text =
        "The Harbour Lights Foundation donated $40,000 to the Lakeside Youth Club on Monday. \
                The club will buy two canoes. \
                The Harbour Lights Foundation was set up in 1998 by a shipping family. \
                It has given more than $2 million to local charities since then.";
    let d = with_orgs(text);
    let v = of(&d, "donation");
    assert_eq!(v.len(), 2, "{:#?}", d.events);
    let total = v
        .iter()
        .find(|e| value(e, "amount") == Some("USD 2000000"))
        .expect("the total");
    assert_eq!(total.status, EventStatus::Happened);
    assert_eq!(total.date, None);
    assert_eq!(role(&d, total, "recipient"), vec!["local charities"]);
    assert_eq!(
        role_names(&d, total, "donor"),
        vec!["Harbour Lights Foundation".to_string()]
    );
    // the first gift keeps its own parts
    let gift = v
        .iter()
        .find(|e| value(e, "amount") == Some("USD 40000"))
        .expect("the gift");
    assert_eq!(gift.date.as_deref(), Some("2020-05-18"));
    assert_eq!(
        role_names(&d, gift, "recipient"),
        vec!["Lakeside Youth Club".to_string()]
    );
}

#[test]
fn its_fund_gives_as_the_last_named_giver() {
    let text = "Tamarack Mining Ltd gave $25,000 to the Lakeside Youth Club on Tuesday. \
                The money will pay for a new roof. \
                Since 2010 its community fund has given more than $900,000 to 30 sports clubs.";
    let d = with_orgs(text);
    let total = of(&d, "donation")
        .into_iter()
        .find(|e| value(e, "amount") == Some("USD 900000"))
        .expect("the total");
    assert_eq!(
        role_names(&d, total, "donor"),
        vec!["Tamarack Mining Ltd".to_string()]
    );
    assert_eq!(role(&d, total, "recipient"), vec!["30 sports clubs"]);
}

#[test]
fn money_given_to_holders_or_to_no_receiver_is_no_such_gift() {
    for text in [
        // business news: money to shareholders
        "It has given more than $2 million back to its shareholders since then.",
        "The fund gave more than $40 million to the pension plan last year.",
        // time, not money
        "It has given more than 20 years to the club.",
        // an infinitive: the verb of giving is not past
        "The council voted to give more than $2,000 to local charities.",
    ] {
        let d = with_orgs(text);
        for e in of(&d, "donation") {
            assert_ne!(
                e.rule, "donation.give.money.receiver",
                "{text}: {:#?}",
                d.events
            );
        }
    }
}

#[test]
fn goods_set_off_by_a_comma_donated_to_a_receiver_by_a_giver() {
    let text = "The van is a mobile eye clinic with two examination chairs, donated to the \
                Millbrook District Health Office by Corvina Optics, a lens maker.";
    let d = with_orgs(text);
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        vec!["Corvina Optics".to_string()]
    );
    assert_eq!(
        role_names(&d, e, "recipient"),
        vec!["Millbrook District Health Office".to_string()]
    );
}

#[test]
fn a_comma_and_donated_by_alone_is_not_read_as_that_passive() {
    // no receiver between the participle and its agent: an aside, left
    // to the other rules (and a clause's own verb is active)
    let text = "The Millbrook Rotary Club, donated to by hundreds of families, \
                opened a food bank on Monday.";
    let d = with_orgs(text);
    none(&d, "donation");
}

#[test]
fn grants_announced_for_a_year_to_come_are_a_planned_programme() {
    let text = "The Harbour Lights Foundation today announced grants totalling $3 million \
                to four clinics for its 2021 financial year.";
    let d = doc(text)
        .org("Harbour Lights Foundation")
        .timex("today", "2020-05-21")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Planned);
    assert_eq!(e.date, None);
    assert_eq!(value(e, "amount"), Some("USD 3000000"));
}

#[test]
fn grants_announced_with_no_period_keep_the_day() {
    // a one-off round of grants, no period to come: told as given today
    let text = "The Harbour Lights Foundation today announced grants totalling $3 million \
                to four clinics.";
    let d = doc(text)
        .org("Harbour Lights Foundation")
        .timex("today", "2020-05-21")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.status, EventStatus::Happened);
    assert_eq!(e.date.as_deref(), Some("2020-05-21"));
}
