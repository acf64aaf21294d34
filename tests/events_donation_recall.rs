//! Donations told by constructions that news uses often and the older rules
//! missed: a verb that governs a grant noun ("was expected to provide a
//! $50 million grant"), money in the currencies of aid-receiving countries
//! ("GH¢", "ariary", "cedis"), and a double object whose first object says
//! whose it is with "of" ("give the water boards of the three provinces $2
//! million"). Our own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;
use newsfacts::model::EventStatus;

#[test]
fn the_verb_that_governs_a_grant_is_the_event() {
    let text = "Japan, which had been expected to provide a $50 million grant, \
                left the talks early.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.trigger.text(&d.text), "provide", "{}", describe(&d));
    assert_eq!(e.status, EventStatus::Planned);
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    assert_eq!(value(e, "amount"), Some("USD 50000000"));
}

#[test]
fn an_offered_grant_keeps_the_hedge_of_its_verb() {
    let text = "China is said to have offered a $75 million grant for the new \
                port of Gwadar.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.trigger.text(&d.text), "offered", "{}", describe(&d));
    assert_eq!(e.status, EventStatus::Reported);
    assert_eq!(role_names(&d, e, "donor"), ["China"]);
    assert_eq!(value(e, "amount"), Some("USD 75000000"));
}

#[test]
fn offering_to_act_or_a_price_is_no_grant() {
    for text in [
        "China offered to grant the visas within a week.",
        "Siemens offered $40 a share for the company, and the board said it \
         would study the bid.",
    ] {
        let d = world(text).run();
        none(&d, "donation");
    }
}

#[test]
fn currencies_of_aid_receiving_countries_are_money() {
    for (text, want) in [
        (
            "The Gates Foundation has pledged GH¢3.5 million for nursing schools.",
            "GHS 3500000",
        ),
        (
            "The Red Cross donated 40 million ariary to flood victims in Kenya.",
            "MGA 40000000",
        ),
        (
            "Huawei donated 250,000 cedis to the University of Nairobi.",
            "GHS 250000",
        ),
        (
            "Huawei donated 3 million birr to the Ministry of Health.",
            "ETB 3000000",
        ),
    ] {
        let d = world(text).run();
        let e = one(&d, "donation");
        assert_eq!(value(e, "amount"), Some(want), "{text}: {}", describe(&d));
    }
}

#[test]
fn a_cent_sign_alone_is_no_cedi() {
    let text = "Huawei donated 300 school bags worth 90¢ each to the Red Cross.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert!(value(e, "amount").is_none_or(|v| !v.starts_with("GHS")));
}

#[test]
fn a_first_object_with_its_of_phrase_before_money() {
    let text = "The World Bank will give the water boards of the three provinces \
                $2 million to repair pumps.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(
        role_names(&d, e, "donor"),
        ["World Bank"],
        "{}",
        describe(&d)
    );
    assert_eq!(value(e, "amount"), Some("USD 2000000"));
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn an_of_phrase_with_no_money_after_it_is_no_first_object() {
    let text = "The World Bank will give the rest of the loan to Kenya next year.";
    let d = world(text).run();
    none(&d, "donation");
}

#[test]
fn counted_goods_promised_by_a_donor() {
    let text = "Officials said 20,000 tonnes of rice promised by Japan would \
                arrive in Pakistan next month.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.trigger.text(&d.text), "promised", "{}", describe(&d));
    assert_eq!(e.status, EventStatus::Planned);
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    assert_eq!(role(&d, e, "item"), ["20,000 tonnes of rice"]);
}

#[test]
fn a_programme_promised_by_a_government_is_no_gift() {
    let text = "The land reform programme promised by Pakistan has stalled.";
    let d = world(text).run();
    none(&d, "donation");
}

#[test]
fn receivers_said_which_by_a_who_clause() {
    let text = "Huawei has given $80,000 to the families who lost their homes, \
                the company said.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(
        role(&d, e, "recipient"),
        ["families who lost their homes"],
        "{}",
        describe(&d)
    );
}

#[test]
fn counted_goods_received_from_a_named_giver() {
    let text = "Farmers in the valley received 40 water pumps from the World Bank \
                on Monday.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.trigger.text(&d.text), "received", "{}", describe(&d));
    assert_eq!(role_names(&d, e, "donor"), ["World Bank"]);
    assert_eq!(role(&d, e, "item"), ["40 water pumps"]);
    assert_eq!(e.date.as_deref(), Some("2020-05-18"));
}

#[test]
fn money_or_orders_received_are_no_gift() {
    for text in [
        "Siemens said it received $12 million from Huawei for its network unit.",
        "Siemens received 300 orders from Huawei last month.",
        "The Ministry of Health received 40 complaints from China.",
    ] {
        let d = world(text).run();
        none(&d, "donation");
    }
}

#[test]
fn counted_goods_stop_before_the_next_counted_item() {
    let text = "A farmers' cooperative in Pakistan received 15 tonnes of maize seed \
                and three tractors from the World Bank.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(
        role(&d, e, "item"),
        ["15 tonnes of maize seed"],
        "{}",
        describe(&d)
    );
}

#[test]
fn business_money_received_is_no_gift() {
    for text in [
        "Siemens said it received a 19 mln dlr contract from Huawei.",
        "Siemens has received 10.7 billion dlrs from the World Bank since 1968.",
    ] {
        let d = world(text).run();
        none(&d, "donation");
    }
}

#[test]
fn us_dollars_written_out_after_the_number() {
    let text = "China will give 3 million U.S. dollars to UNICEF for school meals.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(value(e, "amount"), Some("USD 3000000"), "{}", describe(&d));
    assert_eq!(role_names(&d, e, "recipient"), ["UNICEF"]);
}

#[test]
fn a_grant_listed_after_a_loan_takes_its_amount() {
    let text = "Italy will provide a concessional loan and a grant of 40 million \
                euros for the new water plant.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.trigger.text(&d.text), "provide", "{}", describe(&d));
    assert_eq!(role_names(&d, e, "donor"), ["Italy"]);
    assert_eq!(value(e, "amount"), Some("EUR 40000000"));
    assert_eq!(e.status, EventStatus::Planned);
}

#[test]
fn aid_offered_is_a_promised_gift() {
    let text = "Japan has offered 5,000 tents and emergency food to Pakistan.";
    let d = world(text).run();
    let e = one(&d, "donation");
    assert_eq!(e.trigger.text(&d.text), "offered", "{}", describe(&d));
    assert_eq!(e.status, EventStatus::Planned);
    assert_eq!(role_names(&d, e, "donor"), ["Japan"]);
    assert_eq!(role_names(&d, e, "recipient"), ["Pakistan"]);
}

#[test]
fn an_offered_price_or_service_is_no_gift() {
    for text in [
        "Siemens offered a better price for the equipment than Huawei.",
        "Huawei offered to supply the masks at cost.",
    ] {
        let d = world(text).run();
        none(&d, "donation");
    }
}
