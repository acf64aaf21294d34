//! Institutions and churches named for a saint (rules `org-saint-name`,
//! `place-saint-church`), and "visiting" as a noun's modifier. Our own
//! sentences, through the whole pipeline.

mod pipeline_support;
use newsfacts::model::EntityType;
use pipeline_support::{entities, kinds, run};

#[test]
fn an_institution_named_for_a_saint_is_one_organization() {
    for (text, name) in [
        (
            "Nurses at St Oswin's Hospital in Carlow went on strike.",
            "St Oswin's Hospital",
        ),
        (
            "St. Brigid's College said it would reopen.",
            "St. Brigid's College",
        ),
        (
            "Saint Anselm Hospice opened a new wing.",
            "Saint Anselm Hospice",
        ),
        (
            "Volunteers of the St Vincent de Paul Society handed out food.",
            "St Vincent de Paul Society",
        ),
    ] {
        let d = run(text, "2026-05-20");
        let found = entities(&d);
        assert!(
            found.contains(&(EntityType::Organization, name.to_string())),
            "{text}: {found:?}"
        );
        // No place or person is read inside the name.
        assert!(
            !found
                .iter()
                .any(|(_, n)| n != name && name.contains(n.as_str())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_church_named_for_a_saint_is_a_location() {
    for (text, name) in [
        (
            "The choir sang at St Aidan's Church on Sunday.",
            "St Aidan's Church",
        ),
        (
            "Crowds filled St. Mary's Cathedral in Sydney.",
            "St. Mary's Cathedral",
        ),
    ] {
        let d = run(text, "2026-05-20");
        let found = entities(&d);
        assert!(
            found.contains(&(EntityType::Location, name.to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_saint_place_without_a_head_is_no_institution() {
    for text in [
        "The ferry sailed from St Helier at dawn.",
        "Shares in St Kitts rose on Monday.",
        "The St. Louis-based firm Harlan Tools said sales rose.",
    ] {
        let d = run(text, "2026-05-20");
        assert!(
            !d.entities
                .iter()
                .any(|e| e.kind == EntityType::Organization && e.name.starts_with("St")),
            "{text}: {:?}",
            entities(&d)
        );
    }
}

#[test]
fn visiting_hours_and_a_visiting_professor_are_no_visits() {
    for text in [
        "Carlow General Hospital extends visiting hours from Monday.",
        "Marta Lind, a visiting professor at Carlow University, spoke on Monday.",
    ] {
        let d = run(text, "2026-05-20");
        assert_eq!(kinds(&d, "visit"), 0, "{text}");
    }
    // The verb still is one.
    let d = run(
        "Marta Lind is visiting Carlow General Hospital on Monday.",
        "2026-05-20",
    );
    assert_eq!(kinds(&d, "visit"), 1);
}

#[test]
fn a_place_in_commas_after_an_organization_is_where_it_is_not_a_recipient() {
    for city in ["Lyon", "Nairobi"] {
        let text = format!(
            "The bank donated £5,000 each to St Osric's College, {city}, and St Aidan's \
             Hospice. {city} welcomed the gifts."
        );
        let d = run(&text, "2026-05-20");
        // The list goes on after the place.
        assert_eq!(
            pipeline_support::values(&d, "donation", "donated", "recipient"),
            vec![
                "St Aidan's Hospice".to_string(),
                "St Osric's College".to_string()
            ],
            "{text}"
        );
    }
    // A place joined by "and" is still a member.
    let d = run(
        "The bank donated £5,000 each to St Osric's College and Lyon. Lyon welcomed it.",
        "2026-05-20",
    );
    assert!(
        pipeline_support::values(&d, "donation", "donated", "recipient")
            .contains(&"Lyon".to_string())
    );
}
