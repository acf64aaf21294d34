//! Meeting participants and agreement parties named in apposition after a
//! title (a post's city, a body inside the title) and the coordinated
//! subject of a ", when A and B met" clause. Our own sentences, through the
//! whole pipeline (real sentence, entity and date stages).

mod pipeline_support;
use pipeline_support::{show, values};

/// The pipeline on `text`, dated 2026-03-04.
fn run(text: &str) -> newsfacts::Document {
    pipeline_support::run(text, "2026-03-04")
}

// ------------------------------------------- a title with a post's city

#[test]
fn a_person_in_apposition_after_a_post_in_a_city_is_the_side() {
    let d = run(
        "Bolivia signed a loan deal with Chile's ambassador in La Paz, Carla Ruiz, on Tuesday.",
    );
    assert!(
        values(&d, "agreement", "signed", "party").contains(&"Carla Ruiz".to_string()),
        "{}",
        show(&d)
    );
    let d = run("The governor met Britain's envoy in Nairobi, Jane Cole, on Monday.");
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Jane Cole"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_city_after_a_post_without_a_name_in_apposition_names_no_one() {
    // "where" opens a clause, no name in apposition: no person is taken
    let d = run("Ruth Njeri met the ambassador in Kampala, where they discussed trade.");
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Ruth Njeri"],
        "{}",
        show(&d)
    );
}

// --------------------------------------------- a body inside the title

#[test]
fn the_person_after_a_title_with_a_body_is_the_participant_not_the_body() {
    let d = run("Ruth Njeri met the head of the Uganda Revenue Authority, Paul Okello, in Entebbe on Monday.");
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Paul Okello", "Ruth Njeri"],
        "{}",
        show(&d)
    );
    let d = run(
        "Ruth Njeri and the commander of the Kenyan Navy, Samuel Otieno, met in Mombasa on Friday.",
    );
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Ruth Njeri", "Samuel Otieno"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_body_inside_a_title_with_no_name_after_it_is_still_the_participant() {
    let d = run("Ruth Njeri met the head of the Uganda Revenue Authority in Entebbe on Monday.");
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Ruth Njeri", "Uganda Revenue Authority"],
        "{}",
        show(&d)
    );
}

// ------------------------------------ ", when A and B met": own subject

#[test]
fn a_clause_of_time_after_a_comma_has_its_whole_coordinated_subject() {
    let d = run("The deal was reached in May, when Ruth Njeri and Paul Okello met in Entebbe.");
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Paul Okello", "Ruth Njeri"],
        "{}",
        show(&d)
    );
    let d = run(
        "The road accord was signed last year, after Kenya's transport minister, Ruth Njeri, and the head of the Uganda National Roads Authority, Paul Okello, met in Kampala.",
    );
    assert_eq!(
        values(&d, "meeting", "met", "participant"),
        vec!["Paul Okello", "Ruth Njeri"],
        "{}",
        show(&d)
    );
}

#[test]
fn a_name_of_the_main_clause_before_the_clause_word_is_no_participant() {
    let d = run("Kenya reopened the border in May, when Uganda's finance minister, Paul Okello, met traders in Busia.");
    let p = values(&d, "meeting", "met", "participant");
    assert!(!p.contains(&"Kenya".to_string()), "{}", show(&d));
    assert!(p.contains(&"Paul Okello".to_string()), "{}", show(&d));
}

#[test]
fn once_in_an_apposition_and_after_as_a_preposition_open_no_clause() {
    // ", once a rival of …," describes the subject; it opens no clause
    let d = run("Kenya, once a rival of Uganda, is preparing for a trade agreement with Tanzania.");
    assert_eq!(
        values(&d, "agreement", "agreement", "party"),
        vec!["Kenya", "Tanzania"],
        "{}",
        show(&d)
    );
}
