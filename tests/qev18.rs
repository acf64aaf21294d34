//! Donations: local currencies glued to the number ("RM1.5 million",
//! "N$750,000", "P2.5 million") read as money, and money paid out after a
//! gift, told in the passive ("The first instalment, RM1 million, was
//! transferred on Tuesday"), a donation of its own in its own tense. Our
//! own sentences; the article date is 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::{Document, EventStatus};

fn with_orgs(text: &str) -> Document {
    doc(text)
        .known(
            &[
                "Marula Trust",
                "Kinabatangan Fire Brigade",
                "Rundu Youth Centre",
                "Okavango Foundation",
            ],
            &[
                ("Monday", "2020-05-18"),
                ("Tuesday", "2020-05-19"),
                ("2019", "2019"),
            ],
        )
        .run()
}

#[test]
fn glued_local_currencies_are_money() {
    for (text, want) in [
        (
            "The Marula Trust donated RM1.5 million to the Kinabatangan Fire Brigade.",
            "MYR 1500000",
        ),
        (
            "The Okavango Foundation gave N$750,000 to the Rundu Youth Centre.",
            "NAD 750000",
        ),
        (
            "The Okavango Foundation donated P2.5 million to the Rundu Youth Centre.",
            "BWP 2500000",
        ),
        (
            "The Marula Trust donated Rs3 million to the Kinabatangan Fire Brigade.",
            "INR 3000000",
        ),
        (
            "The Marula Trust donated R450,000 to the Kinabatangan Fire Brigade.",
            "ZAR 450000",
        ),
    ] {
        let d = with_orgs(text);
        let e = one(&d, "donation");
        assert_eq!(value(e, "amount"), Some(want), "{text}");
    }
}

#[test]
fn a_lone_letter_before_a_small_number_is_no_money() {
    // "P5" (a paper size), "R12" (a road): no scale word, no thousands comma
    for text in [
        "The Marula Trust donated 40 reams of P5 paper to the Kinabatangan Fire Brigade.",
        "The Marula Trust donated 12 water tanks to the Kinabatangan Fire Brigade on the R12.",
    ] {
        let d = with_orgs(text);
        for e in of(&d, "donation") {
            assert_eq!(role(&d, e, "amount"), Vec::<&str>::new(), "{text}");
        }
    }
}

#[test]
fn money_transferred_after_a_pledge_is_a_gift_paid_out() {
    let text = "The Marula Trust pledged RM3 million to the Kinabatangan Fire Brigade on Monday. \
                The brigade will buy two fire engines and a rescue boat. \
                The first instalment, RM1 million, was transferred on Tuesday.";
    let d = with_orgs(text);
    let v = of(&d, "donation");
    assert_eq!(v.len(), 2, "{:#?}", d.events);
    let pledge = v
        .iter()
        .find(|e| e.status == EventStatus::Planned)
        .expect("pledge");
    assert_eq!(value(pledge, "amount"), Some("MYR 3000000"));
    let paid = v
        .iter()
        .find(|e| e.status == EventStatus::Happened)
        .expect("payment");
    assert_eq!(value(paid, "amount"), Some("MYR 1000000"));
    assert_eq!(paid.date.as_deref(), Some("2020-05-19"));
    assert_eq!(
        role_names(&d, paid, "donor"),
        vec!["Marula Trust".to_string()]
    );
    assert_eq!(
        role_names(&d, paid, "recipient"),
        vec!["Kinabatangan Fire Brigade".to_string()]
    );
}

#[test]
fn money_disbursed_in_the_pledges_sentence_keeps_its_own_tense() {
    let text = "The Marula Trust pledged RM3 million in 2019 for the Kinabatangan Fire Brigade, \
                but only RM500,000 has been disbursed, on Tuesday, for a rescue boat.";
    let d = with_orgs(text);
    let paid: Vec<_> = of(&d, "donation")
        .into_iter()
        .filter(|e| value(e, "amount") == Some("MYR 500000"))
        .collect();
    assert_eq!(paid.len(), 1, "{:#?}", d.events);
    assert_eq!(paid[0].status, EventStatus::Happened);
    assert_eq!(paid[0].date.as_deref(), Some("2020-05-19"));
}

#[test]
fn money_moved_with_no_gift_before_it_is_no_donation() {
    for text in [
        "Police said $2 million was transferred to an account in Cyprus on Tuesday.",
        "The Marula Trust said RM4 million was transferred to the Kinabatangan Fire Brigade \
         on Tuesday.",
    ] {
        let d = with_orgs(text);
        none(&d, "donation");
    }
}

#[test]
fn a_transfer_long_after_the_gift_follows_none() {
    let text = "The Marula Trust donated RM3 million to the Kinabatangan Fire Brigade on Monday. \
                The brigade has 40 volunteers. It covers the whole district. \
                Its station was built in 1984. The roof leaks. The engines are old. \
                The district has grown fast. Floods come every year. \
                Police said $2 million was transferred to an account in Cyprus on Tuesday.";
    let d = with_orgs(text);
    let v = of(&d, "donation");
    assert_eq!(v.len(), 1, "{:#?}", d.events);
    assert_eq!(value(v[0], "amount"), Some("MYR 3000000"));
}
