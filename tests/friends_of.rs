//! Support groups named "Friends of …" (rule `org-friends-of`) and what
//! "the hospital" stands for once such a group is named. Our own sentences,
//! through the whole pipeline.

mod pipeline_support;
use newsfacts::model::EntityType;
use pipeline_support::{entities, event, run, values};

fn organizations(d: &newsfacts::Document) -> Vec<String> {
    entities(d)
        .into_iter()
        .filter(|(kind, _)| *kind == EntityType::Organization)
        .map(|(_, name)| name)
        .collect()
}

#[test]
fn a_friends_group_is_one_organization_with_the_body_it_supports() {
    for (text, name) in [
        (
            "The Friends of Marlow Cottage Hospital, a volunteer charity, bought a new bed.",
            "Friends of Marlow Cottage Hospital",
        ),
        (
            "Friends of Kestrel Park raised £3,000 at its summer fair.",
            "Friends of Kestrel Park",
        ),
        (
            "A grant came from the League of Friends of Dunmore Hospital on Friday.",
            "League of Friends of Dunmore Hospital",
        ),
        (
            "Friends of the Valley Library will sell old books on Saturday.",
            "Friends of the Valley Library",
        ),
    ] {
        let d = run(text, "2026-05-20");
        let orgs = organizations(&d);
        assert!(orgs.contains(&name.to_string()), "{text}: {orgs:?}");
        // The supported body is not a second organization inside the name.
        assert!(
            !orgs.iter().any(|o| o != name && name.ends_with(o.as_str())),
            "{text}: {orgs:?}"
        );
    }
}

#[test]
fn lowercase_friends_name_no_group() {
    let d = run(
        "Old friends of Marta Lind gathered at the harbour on Sunday.",
        "2026-05-20",
    );
    assert!(
        !organizations(&d).iter().any(|o| o.contains("friends")),
        "{:?}",
        organizations(&d)
    );
}

#[test]
fn the_hospital_is_not_its_friends_group() {
    let d = run(
        "The Friends of Marlow Cottage Hospital handed over a scanner to the hospital on Tuesday.",
        "2026-05-20",
    );
    assert_eq!(
        values(&d, "donation", "handed over", "donor"),
        vec!["Friends of Marlow Cottage Hospital".to_string()]
    );
    // "the hospital" names no entity of the text: no recipient rather than
    // the donor again.
    assert!(
        !values(&d, "donation", "handed over", "recipient")
            .contains(&"Friends of Marlow Cottage Hospital".to_string()),
        "{:?}",
        event(&d, "donation", "handed over").arguments
    );
}

#[test]
fn the_hospital_is_a_hospital_named_before_its_of_phrase() {
    let d = run(
        "The University Hospital of Wales opened a ward in May. A local bakery donated 500 loaves to the hospital on Tuesday.",
        "2026-05-20",
    );
    assert_eq!(
        values(&d, "donation", "donated", "recipient"),
        vec!["University Hospital of Wales".to_string()]
    );
}
