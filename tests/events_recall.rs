//! Events told in constructions the first rules missed: an agreement told
//! before its signing verb (the passive's subject, an object relative's
//! antecedent) and a signing of its own status after another event. Our
//! own sentences; the article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn agreement_told_before_its_signing_verb() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- the passive's subject is the agreement
        (
            "A memorandum on grain storage will be signed in Nairobi next month.",
            Some(&[
                ("topic", "grain storage"),
                ("place", "Nairobi"),
                ("status", "planned"),
                ("date", "2020-06"),
            ]),
        ),
        (
            "The treaty, which both sides had drafted over two years, was not signed.",
            Some(&[("status", "negated"), ("!party", "")]),
        ),
        (
            "An accord on fishing rights between Kenya and Egypt is due to be signed on Monday.",
            Some(&[("party", "Kenya"), ("party", "Egypt")]),
        ),
        // the signers after "by" are the parties when they are countries
        // or bodies
        (
            "The pact was signed by Japan and India in Geneva on Tuesday.",
            Some(&[
                ("party", "Japan"),
                ("party", "India"),
                ("place", "Geneva"),
                ("date", "2020-05-19"),
            ]),
        ),
        // --- an object relative: the parties are the relative's subject
        (
            "The deal that Brazil and Italy signed in Rome on Monday cuts tariffs on coffee.",
            Some(&[
                ("party", "Brazil"),
                ("party", "Italy"),
                ("place", "Rome"),
                ("date", "2020-05-18"),
            ]),
        ),
        (
            "A pipeline agreement that Kenya and Egypt have not yet signed worries investors.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("status", "negated"),
            ]),
        ),
        // --- no agreement heads the subject: nothing
        (
            "The bill was signed into law by the president on Monday.",
            None,
        ),
        ("The striker was signed by a club in Milan last week.", None),
        ("The letter was signed by 300 doctors in Rome.", None),
        // an agreement in an earlier clause is not the passive's subject
        (
            "Officials discussed a trade deal on Monday, and a new budget was signed on Tuesday.",
            None,
        ),
    ];
    run_table("agreement", cases);
}

#[test]
fn a_signing_not_done_after_one_done_is_another_agreement() {
    let d = world(
        "Japan and India signed three agreements on Monday. A fourth memorandum, on \
         fisheries cooperation, was not signed.",
    )
    .run();
    let evs = of(&d, "agreement");
    assert_eq!(evs.len(), 2, "{}", describe(&d));
    assert_eq!(evs[1].status.as_str(), "negated");
    assert_eq!(role(&d, evs[1], "topic"), vec!["fisheries cooperation"]);
    // a mention that looks back ("The agreement was signed …") is the
    // same agreement, told again
    let d = world(
        "Kenya and Egypt agreed on Monday to open a border post. The agreement was signed in \
         Nairobi.",
    )
    .run();
    assert_eq!(of(&d, "agreement").len(), 1, "{}", describe(&d));
}

#[test]
fn a_participle_aside_before_the_subject_is_no_subject() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Under the agreement, signed in Rome on Monday in the presence of Italian minister \
             Maria Rossi, Japan will donate 20 ambulances to Kenya.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Kenya"),
                ("item", "20 ambulances"),
                ("-donor", "Maria Rossi"),
            ]),
        ),
        (
            "Praised in Nairobi last year for its clinics, China donated 5,000 test kits to Kenya.",
            Some(&[("donor", "China"), ("recipient", "Kenya")]),
        ),
        // a relative clause's verb is no fronted participle: its
        // antecedent stays the subject
        (
            "Japan, which donated 20 ambulances to Kenya in April, also pledged $5 million to Egypt.",
            Some(&[("donor", "Japan"), ("recipient", "Kenya")]),
        ),
    ];
    run_table("donation", cases);
}

#[test]
fn bilateral_and_accession_documents_are_agreements() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Kenya and Egypt will sign several bilateral documents on Monday.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("status", "planned"),
            ]),
        ),
        (
            "India signed the documents of accession in Geneva on Tuesday.",
            Some(&[("party", "India"), ("place", "Geneva")]),
        ),
        // a document alone is any paper
        (
            "Smith refused to sign the document in Nairobi on Monday.",
            None,
        ),
        (
            "Rossi signed documents in the names of her daughters.",
            None,
        ),
    ];
    run_table("agreement", cases);
}

#[test]
fn a_relative_clause_on_an_event_noun_ends_at_the_main_verb() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "The accord that Kenya and Egypt signed in Nairobi to share river water is modest on paper.",
            Some(&[
                ("party", "Kenya"),
                ("party", "Egypt"),
                ("topic", "share river water"),
                ("-topic", "paper"),
            ]),
        ),
        // a "that" clause after a speech verb is no relative: its verb's
        // phrases reach on
        (
            "Officials said that Kenya and Egypt signed an agreement that was based on trade.",
            Some(&[("party", "Kenya"), ("party", "Egypt")]),
        ),
    ];
    run_table("agreement", cases);
}

#[test]
fn relief_goods_sent_or_handed_without_donate_are_donations() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // --- the word that makes a shipment a gift comes at the clause's end
        (
            "Russia has delivered 800 tonnes of wheat flour and 20,000 tins of fish to Kenya as \
             humanitarian aid, officials in Nairobi said.",
            Some(&[
                ("donor", "Russia"),
                ("recipient", "Kenya"),
                ("item", "800 tonnes of wheat flour"),
                ("status", "happened"),
            ]),
        ),
        (
            "India will send 300 tonnes of rice and 5,000 blankets to Egypt next month as \
             emergency aid.",
            Some(&[
                ("donor", "India"),
                ("recipient", "Egypt"),
                ("status", "planned"),
            ]),
        ),
        // --- a trade shipment names no aid: no donation
        (
            "Russia delivered 27,510 tonnes of wheat to Egypt under a contract signed in March.",
            None,
        ),
        (
            "Japan sent 200 cars and 40 buses to Kenya last year, and sales of vans rose by a \
             quarter.",
            None,
        ),
        // --- "handed" goods to a named receiver
        (
            "Japan handed 5,000 solar lamps and 300 tents to the Red Cross in Nairobi.",
            Some(&[
                ("donor", "Japan"),
                ("recipient", "Red Cross"),
                ("item", "5,000 solar lamps"),
                ("status", "happened"),
            ]),
        ),
        // --- handing a letter, a defeat or a contract is no gift
        ("France handed a letter to Italy in Geneva.", None),
        ("France handed a heavy defeat to Italy in Paris.", None),
        (
            "Japan handed a folded flag to the Red Cross in Geneva.",
            None,
        ),
        ("Japan handed a $2 billion contract to Siemens.", None),
    ];
    run_table("donation", cases);
}
