//! The subject of a visit (or any event verb) told after a relative clause
//! or after "and" and a verb group of intention. Our own sentences; the
//! article date is 2020-05-21.

mod events_support;
use events_support::*;

#[test]
fn subject_after_a_relative_clause_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        // a speech verb inside the relative clause used to end the subject
        // region there
        (
            "Maria Rossi, who announced the grant in Geneva on Monday, will visit Kenya next week.",
            Some(&[
                ("visitor", "Maria Rossi"),
                ("host", "Kenya"),
                ("status", "planned"),
                ("date", "2020-W22"),
            ]),
        ),
        // over a verb group of intention; not the name after "with"
        (
            "John Smith, who said on Monday that he had spoken with Angela Merkel, is expected to travel to Moscow on Tuesday.",
            Some(&[
                ("visitor", "John Smith"),
                ("place", "Moscow"),
                ("-visitor", "Angela Merkel"),
                ("status", "planned"),
            ]),
        ),
        // a relative clause that is not closed before the verb: the verb is
        // the relative clause's own, and its subject the antecedent still
        (
            "Li Wei, who visited Egypt in April, said the talks went well.",
            Some(&[("visitor", "Li Wei"), ("host", "Egypt")]),
        ),
    ];
    run_table("visit", cases);
}

#[test]
fn no_antecedent_when_the_relative_clause_is_on_a_thing() {
    // "which" on a thing that is no name: no visitor, no visit
    let d = world(
        "The hospital ship, which Maria Rossi announced in Geneva, will visit Nairobi next week.",
    )
    .run();
    for e in of(&d, "visit") {
        assert!(
            role(&d, e, "visitor").is_empty(),
            "no visitor wanted: {}",
            describe(&d)
        );
    }
}

#[test]
fn a_meeting_after_a_relative_clause_takes_the_antecedent() {
    let d =
        world("Xi Jinping, who is accompanied by Wang Yi, met Emmanuel Macron in Paris on Monday.")
            .run();
    let e = one(&d, "meeting");
    let who = role_names(&d, e, "participant");
    assert!(who.contains(&"Xi Jinping".to_string()), "{}", describe(&d));
    assert!(
        who.contains(&"Emmanuel Macron".to_string()),
        "{}",
        describe(&d)
    );
    assert!(!who.contains(&"Wang Yi".to_string()), "{}", describe(&d));
}

#[test]
fn and_with_a_verb_group_of_intention_shares_the_subject_table() {
    let cases: &[(&str, Option<&[Want]>)] = &[
        (
            "Vladimir Putin met Xi Jinping in Beijing on Monday and is due to travel to Shanghai on Tuesday.",
            Some(&[
                ("visitor", "Vladimir Putin"),
                ("place", "Shanghai"),
                ("-visitor", "Xi Jinping"),
                ("status", "planned"),
            ]),
        ),
        // "instead" is an adverb between the auxiliary and the verb
        (
            "Emmanuel Macron cancelled a stop in Milan and will instead visit Rome on Friday.",
            Some(&[
                ("visitor", "Emmanuel Macron"),
                ("place", "Rome"),
                ("status", "planned"),
            ]),
        ),
        // a name of its own after "and" is the second verb's subject
        (
            "Zhang Hua met Li Wei in Beijing on Monday and Amina Yusuf is expected to visit Nairobi next week.",
            Some(&[
                ("visitor", "Amina Yusuf"),
                ("-visitor", "Zhang Hua"),
                ("place", "Nairobi"),
            ]),
        ),
    ];
    run_table("visit", cases);
}

#[test]
fn an_agreement_after_and_with_intention_takes_the_first_subject() {
    let d = world(
        "China and Pakistan discussed a railway on Monday, and are expected to sign an agreement on it next month.",
    )
    .run();
    let e = one(&d, "agreement");
    let parties = role_names(&d, e, "party");
    assert!(parties.contains(&"China".to_string()), "{}", describe(&d));
    assert!(
        parties.contains(&"Pakistan".to_string()),
        "{}",
        describe(&d)
    );
    assert_eq!(e.status.as_str(), "planned");
}
