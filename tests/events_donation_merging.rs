//! When two donation mentions are one gift and when they are two: a later
//! sentence that retells a gift (same donor, or no donor) joins it; another
//! donor giving the same recipient the same amount is another gift. Our own
//! sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

/// The donors of each donation event, in order.
fn donors(text: &str) -> Vec<Vec<String>> {
    let d = world(text).run();
    of(&d, "donation")
        .iter()
        .map(|e| role_names(&d, e, "donor"))
        .collect()
}

#[test]
fn two_donors_of_one_amount_to_one_recipient_are_two_gifts() {
    let text = "The Gates Foundation donated $2 million to the Red Cross on Monday. \
                The Jack Ma Foundation also donated $2 million to the Red Cross.";
    let d = world(text).run();
    let evs = of(&d, "donation");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(role_names(&d, evs[0], "donor"), ["Gates Foundation"]);
    assert_eq!(role_names(&d, evs[1], "donor"), ["Jack Ma Foundation"]);
    for e in evs {
        assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
        assert_eq!(value(e, "amount"), Some("USD 2000000"));
    }
}

#[test]
fn a_pledge_by_another_donor_in_the_next_sentence_is_another_pledge() {
    assert_eq!(
        donors(
            "Japan pledged $5 million to UNICEF on Monday. \
             Germany pledged $5 million to UNICEF as well."
        ),
        [vec!["Japan".to_string()], vec!["Germany".to_string()]]
    );
}

#[test]
fn the_same_donor_telling_the_gift_again_is_one_gift() {
    let text = "The Gates Foundation donated $2 million to the Red Cross on Monday. \
                The Gates Foundation said it donated $2 million to the Red Cross to buy masks.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Gates Foundation"]);
    assert_eq!(e.evidence_sentences, [0, 1]);
}

#[test]
fn a_retelling_without_a_donor_joins_the_gift() {
    let text = "Huawei donated $2 million to the Red Cross on Monday. \
                A donation of $2 million to the Red Cross will buy 500,000 masks.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["Huawei"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Red Cross"]);
    assert_eq!(value(e, "amount"), Some("USD 2000000"));
}

#[test]
fn envoys_handing_over_the_goods_again_tell_the_same_gift() {
    let text = "India on Tuesday handed over 15 buses and 40 tractors to Kenya's Ministry of Health. \
                Indian High Commissioner Rohan Mehta handed over the vehicles to Minister Amina Yusuf at a ceremony.";
    let d = world(text).person("Rohan Mehta", &["Rohan Mehta"]).run();
    let e = one(&d, "donation");
    assert_eq!(role_names(&d, e, "donor"), ["India"], "{}", describe(&d));
    assert_eq!(role_names(&d, e, "recipient"), ["Ministry of Health"]);
    assert_eq!(e.date.as_deref(), Some("2020-05-19"));
    assert_eq!(e.evidence_sentences, [0, 1]);
}

#[test]
fn other_goods_handed_over_later_are_another_gift() {
    let text = "India on Tuesday handed over 15 buses to Kenya's Ministry of Health. \
                Japan handed over 200 tents to the Red Cross on Wednesday.";
    let d = world(text).run();
    assert_eq!(of(&d, "donation").len(), 2, "{}", describe(&d));
}
