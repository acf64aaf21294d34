//! US states and Canadian provinces written as abbreviations after a town
//! ("Macon, Ga.", "BRANDON, Man. --"), the towns before them, and a place's
//! name used as a given name after a role word or in a name seen before.
//! Our own sentences, the whole bundled pipeline.

mod pipeline_support;

use newsfacts::model::{Document, EntityType};
use pipeline_support::run;

fn find(d: &Document, kind: EntityType, name: &str) -> Option<usize> {
    d.entities
        .iter()
        .position(|e| e.kind == kind && e.name == name)
}

fn names(d: &Document) -> Vec<(EntityType, &str)> {
    d.entities
        .iter()
        .map(|e| (e.kind, e.name.as_str()))
        .collect()
}

fn located_in(d: &Document, subject: usize, object: usize) -> bool {
    d.relations
        .iter()
        .any(|r| r.kind == "located_in" && r.subject == subject && r.object == object)
}

#[test]
fn an_abbreviation_after_a_town_names_the_state_and_the_town_lies_in_it() {
    let d = run(
        "A feed mill in Tullahoma, Tenn., gave the shelter 40 bags of grain on Monday.",
        "2026-03-04",
    );
    let state =
        find(&d, EntityType::Location, "Tennessee").unwrap_or_else(|| panic!("{:?}", names(&d)));
    let town =
        find(&d, EntityType::Location, "Tullahoma").unwrap_or_else(|| panic!("{:?}", names(&d)));
    assert!(located_in(&d, town, state), "{:?}", d.relations);
    // The mention is the abbreviation; the name is the state's.
    assert_eq!(d.entities[state].mentions[0].span.text(&d.text), "Tenn.");
}

#[test]
fn a_dateline_abbreviation_places_the_town_and_an_ambiguous_name_in_the_us() {
    let d = run(
        "JORDAN, Minn. -- The town council met on Tuesday. Georgia has more peach farms than any state nearby.",
        "2026-03-04",
    );
    assert!(
        find(&d, EntityType::Location, "Minnesota").is_some(),
        "{:?}",
        names(&d)
    );
    // "JORDAN, Minn." is a town, not the kingdom.
    assert!(
        find(&d, EntityType::Location, "Jordan").is_some(),
        "{:?}",
        names(&d)
    );
    assert!(
        find(&d, EntityType::Country, "Jordan").is_none(),
        "{:?}",
        names(&d)
    );
    // The state abbreviation is evidence for the US state reading.
    assert!(
        find(&d, EntityType::Location, "Georgia").is_some(),
        "{:?}",
        names(&d)
    );
    assert!(
        find(&d, EntityType::Country, "Georgia").is_none(),
        "{:?}",
        names(&d)
    );
}

#[test]
fn two_and_three_word_towns_and_provinces() {
    let d = run(
        "The plant in Red Deer, Alta., and the depot in Fort Lee, N.J., both closed in May.",
        "2026-06-10",
    );
    for (town, region) in [("Red Deer", "Alberta"), ("Fort Lee", "New Jersey")] {
        let r = find(&d, EntityType::Location, region)
            .unwrap_or_else(|| panic!("{region}: {:?}", names(&d)));
        let t = find(&d, EntityType::Location, town)
            .unwrap_or_else(|| panic!("{town}: {:?}", names(&d)));
        assert!(located_in(&d, t, r), "{town}: {:?}", d.relations);
    }
}

#[test]
fn an_abbreviation_elsewhere_is_no_place() {
    // A title, a party label, a sentence-final word: no comma-and-town shape.
    let d = run(
        "Miss. Oduya spoke first. Senator Hale (D-Ga.) voted against it. The price was up, Pa. said nothing.",
        "2026-06-10",
    );
    for region in ["Mississippi", "Georgia"] {
        assert!(
            find(&d, EntityType::Location, region).is_none(),
            "{region}: {:?}",
            names(&d)
        );
    }
    // "Ga.-based" is an adjective, not the state's mention.
    let d = run("A Macon, Ga.-based mill shut on Friday.", "2026-06-10");
    assert!(
        !d.entities
            .iter()
            .any(|e| e.mentions.iter().any(|m| m.span.text(&d.text) == "Ga.")),
        "{:?}",
        names(&d)
    );
}

#[test]
fn a_place_name_after_a_role_word_is_a_given_name() {
    let d = run(
        "The board voted 4-1. Member Georgia Whitfield voted no. Treasurer Jordan Bexley abstained.",
        "2026-06-10",
    );
    assert!(
        find(&d, EntityType::Person, "Georgia Whitfield").is_some(),
        "{:?}",
        names(&d)
    );
    assert!(
        find(&d, EntityType::Person, "Jordan Bexley").is_some(),
        "{:?}",
        names(&d)
    );
    assert!(
        find(&d, EntityType::Country, "Georgia").is_none(),
        "{:?}",
        names(&d)
    );
    // "a fellow Texas Democrat" is no person.
    let d = run(
        "The plan came from a fellow Texas Democrat, aides said.",
        "2026-06-10",
    );
    assert!(
        !d.entities
            .iter()
            .any(|e| e.kind == EntityType::Person && e.name.starts_with("Texas")),
        "{:?}",
        names(&d)
    );
}

#[test]
fn a_place_named_person_seen_with_a_cue_is_that_person_elsewhere() {
    let d = run(
        "Georgia Karras, 1941-2026\n\nGeorgia Karras, who ran the bakery on Mill Street for 30 years, died on Sunday.",
        "2026-06-10",
    );
    let p =
        find(&d, EntityType::Person, "Georgia Karras").unwrap_or_else(|| panic!("{:?}", names(&d)));
    assert_eq!(
        d.entities[p].mentions.len(),
        2,
        "{:?}",
        d.entities[p].mentions
    );
    assert!(
        find(&d, EntityType::Country, "Georgia").is_none(),
        "{:?}",
        names(&d)
    );
}

#[test]
fn institutions_named_head_first_in_more_languages() {
    let d = run(
        "The incubators went to Spitalul Orășenesc Hîncești in March. Yayasan Cahaya Pagi paid for the roof, and Persatuan Nelayan dan Petani Kuala Baru sent volunteers. Dipartimento della Sanità Pubblica staff flew in.",
        "2026-06-10",
    );
    for org in [
        "Spitalul Orășenesc Hîncești",
        "Yayasan Cahaya Pagi",
        "Persatuan Nelayan dan Petani Kuala Baru",
        "Dipartimento della Sanità Pubblica",
    ] {
        assert!(
            find(&d, EntityType::Organization, org).is_some(),
            "{org}: {:?}",
            names(&d)
        );
    }
    assert!(
        !d.entities.iter().any(|e| e.kind == EntityType::Person),
        "{:?}",
        names(&d)
    );
}

fn affiliated(d: &Document, person: &str, country: &str) -> bool {
    let (Some(p), Some(c)) = (
        find(d, EntityType::Person, person),
        find(d, EntityType::Country, country),
    ) else {
        return false;
    };
    d.relations
        .iter()
        .any(|r| r.kind == "affiliation" && r.subject == p && r.object == c)
}

#[test]
fn a_counterpart_s_country_is_not_the_title_holder_s() {
    // The dateline's country holds the bare title; the counterpart's
    // demonym names the other side.
    let d = run(
        "TIRANA, May 4 (Wire) -- Albania reopened two border crossings on Monday. Interior Minister Dritan Hoxha spoke by phone with his Greek counterpart, Eleni Markou, about the queues.",
        "2026-05-04",
    );
    assert!(
        affiliated(&d, "Dritan Hoxha", "Albania"),
        "{:?} {:?}",
        names(&d),
        d.relations
    );
    assert!(
        !affiliated(&d, "Dritan Hoxha", "Greece"),
        "{:?}",
        d.relations
    );
    // A visitor meets the host's counterpart: the dateline is the host's,
    // so the visitor's country stays unknown.
    let d = run(
        "ATHENS, May 4 (Wire) -- Greece reopened two border crossings on Monday. Interior Minister Dritan Hoxha signed the protocol with his Greek counterpart, Eleni Markou.",
        "2026-05-04",
    );
    assert!(
        !affiliated(&d, "Dritan Hoxha", "Greece"),
        "{:?}",
        d.relations
    );
}

#[test]
fn central_european_legal_forms_end_a_company_s_name() {
    let d = run(
        "Kamnik Hidro d.o.o. and Sava Lekovi d.d. shipped the pumps, Kamnik Hidro's chief executive, Urban Zorec, said.",
        "2026-05-04",
    );
    for org in ["Kamnik Hidro d.o.o.", "Sava Lekovi d.d."] {
        assert!(
            find(&d, EntityType::Organization, org).is_some(),
            "{org}: {:?}",
            names(&d)
        );
    }
}

#[test]
fn a_town_before_an_institution_s_kind_or_listed_is_named() {
    let d = run(
        "The generator came from Lumen Aid, a Lausanne foundation, and from the Perth-listed Karri Basin Mining.",
        "2026-05-04",
    );
    for place in ["Lausanne", "Perth"] {
        assert!(
            find(&d, EntityType::Location, place).is_some(),
            "{place}: {:?}",
            names(&d)
        );
    }
}

#[test]
fn a_relative_named_in_commas_is_a_person() {
    let d = run(
        "\"He never took a day off,\" said his daughter, Ilse Marwede Kohn. \"Not one.\"",
        "2026-05-04",
    );
    assert!(
        find(&d, EntityType::Person, "Ilse Marwede Kohn").is_some(),
        "{:?}",
        names(&d)
    );
    assert!(
        d.quotes.iter().any(|q| q
            .speaker
            .is_some_and(|s| d.entities[s].name == "Ilse Marwede Kohn")),
        "{:?}",
        d.quotes
    );
}

#[test]
fn a_counterpart_takes_the_role_the_article_s_country_implies() {
    let d = run(
        "TIRANA, May 4 (Wire) -- Albania reopened two border crossings on Monday. Interior Minister Dritan Hoxha spoke by phone with his Greek counterpart, Eleni Markou, about the queues.",
        "2026-05-04",
    );
    let (Some(p), Some(c)) = (
        find(&d, EntityType::Person, "Eleni Markou"),
        find(&d, EntityType::Country, "Greece"),
    ) else {
        panic!("{:?}", names(&d));
    };
    assert!(
        d.relations.iter().any(|r| r.kind == "affiliation"
            && r.subject == p
            && r.object == c
            && r.role.as_deref() == Some("interior minister")),
        "{:?}",
        d.relations
    );
}

#[test]
fn a_state_named_in_full_after_its_town_is_the_state() {
    let d = run(
        "A mill in Macon, Georgia, gave the shelter 40 bags of feed.",
        "2026-05-04",
    );
    assert!(
        find(&d, EntityType::Location, "Georgia").is_some(),
        "{:?}",
        names(&d)
    );
    assert!(
        find(&d, EntityType::Country, "Georgia").is_none(),
        "{:?}",
        names(&d)
    );
    // Not after a town of the country: "Tbilisi, Georgia" stays the country.
    let d = run(
        "A clinic in Tbilisi, Georgia, received the kits.",
        "2026-05-04",
    );
    assert!(
        find(&d, EntityType::Country, "Georgia").is_some(),
        "{:?}",
        names(&d)
    );
}
