//! Relations (session 27): who holds which role where, written the ways
//! news and press releases write it when the owner is not next to the
//! name — a capitalised or multi-word description ("the Trust's", "Board
//! chair X", "the credit union's"), a repeated start of a name ("Sakura
//! Dental's"), "Its" after a subject in apposition, the head of an office,
//! "Title X of Country", media contact lines, council titles — and
//! `located_in` from "Org, Country's <description>". Our own sentences and
//! a small gazetteer built in the test.

mod entities_support;

use entities_support::{affiliation, located_in};
use newsfacts::model::Document;

const GAZ: &str = "Paraguay\tcountry\tPY\t\tdemonyms=Paraguayan
Peru\tcountry\tPE\t\tdemonyms=Peruvian
Chile\tcountry\tCL\t\tdemonyms=Chilean
Cameroon\tcountry\tCM\t\tdemonyms=Cameroonian
Kenya\tcountry\tKE\t\tdemonyms=Kenyan
Ndola\tlocation\tgeonames:901344\t\tcountry=ZM\tfeature=city\tpopulation=475566
Nairobi\tlocation\tgeonames:184745\t\tcountry=KE\tfeature=city\tpopulation=2750547
Kousseri\tlocation\tgeonames:2229798\t\tcountry=CM\tfeature=city\tpopulation=89123
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<newsfacts::entities::EntityRecognizer> =
        std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

fn role(doc: &Document, person: &str, owner: &str) -> Option<String> {
    affiliation(doc, person, owner).flatten()
}

// ------------------------------------------------ descriptions of an owner

#[test]
fn a_capitalised_head_word_stands_for_the_institution() {
    let doc = run("The Varro Valley Health Trust runs four clinics. \
         Dr Tomas Eberle, the Trust's chief executive, said a boat would follow.");
    assert_eq!(
        role(&doc, "Tomas Eberle", "Varro Valley Health Trust").as_deref(),
        Some("chief executive")
    );
    // Opening a sentence before a lowercase role.
    let doc = run("The Marlow County School Board met on Tuesday. \
         Board chair Dwayne Pettigrew said the vote was put off.");
    assert_eq!(
        role(&doc, "Dwayne Pettigrew", "Marlow County School Board").as_deref(),
        Some("chair")
    );
}

#[test]
fn a_head_word_shared_by_two_institutions_names_neither() {
    let doc = run(
        "Concentrators went to the Halvard Memorial Hospital and to the \
         Brenna General Hospital. Hospital director Piet Olander said queues had halved.",
    );
    assert!(affiliation(&doc, "Piet Olander", "Halvard Memorial Hospital").is_none());
    assert!(affiliation(&doc, "Piet Olander", "Brenna General Hospital").is_none());
}

#[test]
fn words_of_the_name_may_stand_between_the_and_the_head() {
    let doc = run(
        "Laptops came from Blue Pine Teachers Federal Credit Union. \
         The credit union's president, Mara Hollins, said more would follow.",
    );
    assert_eq!(
        role(
            &doc,
            "Mara Hollins",
            "Blue Pine Teachers Federal Credit Union"
        )
        .as_deref(),
        Some("president")
    );
}

#[test]
fn a_repeated_start_of_a_name_stands_for_it() {
    let doc = run("Orsola Dental Industries gave the clinic a bus. \
         Orsola Dental's chairman, Kenta Morimura, plans to visit in May.");
    assert_eq!(
        role(&doc, "Kenta Morimura", "Orsola Dental Industries").as_deref(),
        Some("chairman")
    );
}

#[test]
fn its_after_a_subject_in_apposition() {
    let doc = run(
        "A small local charity, Asociatia Vatra Noua, has opened a kitchen. \
         Its coordinator, Ilie Marcovici, said volunteers cooked for 600 people.",
    );
    assert_eq!(
        role(&doc, "Ilie Marcovici", "Asociatia Vatra Noua").as_deref(),
        Some("coordinator")
    );
}

// ------------------------------------------------------ heads and titles

#[test]
fn the_head_of_an_office_heads_the_institution() {
    let doc = run(
        "Drivers wait for days. Lena Okoro-Baines, who heads the Kousseri office \
         of the transport charity Route Ouverte Afrique, said lorries queued.",
    );
    assert_eq!(
        role(&doc, "Lena Okoro-Baines", "Route Ouverte Afrique").as_deref(),
        Some("head")
    );
}

#[test]
fn a_state_title_a_name_and_of_a_country() {
    let doc = run(
        "The trip was cancelled. President Anselmo Ferreyra of Paraguay had been due \
         to travel in September.",
    );
    assert_eq!(
        role(&doc, "Anselmo Ferreyra", "Paraguay").as_deref(),
        Some("president")
    );
    // "of" and no country: nothing.
    let doc = run(
        "Paraguay sent a team. President Anselmo Ferreyra of the board had been due \
         to travel in September.",
    );
    assert!(affiliation(&doc, "Anselmo Ferreyra", "Paraguay").is_none());
}

#[test]
fn a_military_rank_stands_between_role_and_name() {
    let doc = run(
        "The memorandum was signed by the commander of the Harbour Patrol Command, \
         Rear Admiral Selim Oktay, on Monday.",
    );
    assert_eq!(
        role(&doc, "Selim Oktay", "Harbour Patrol Command").as_deref(),
        Some("commander")
    );
}

#[test]
fn a_role_at_a_described_institution() {
    let doc = run(
        "The plan failed, said Wanjiru Kamau, an analyst at the Nairobi consultancy \
         Tana Maritime Advisory.",
    );
    assert_eq!(
        role(&doc, "Wanjiru Kamau", "Tana Maritime Advisory").as_deref(),
        Some("analyst")
    );
    // A town is no one's employer.
    assert!(affiliation(&doc, "Wanjiru Kamau", "Nairobi").is_none());
}

// ------------------------------------------------------ press releases

#[test]
fn a_media_contact_works_for_the_release_s_institution() {
    let doc = run(
        "PRESS RELEASE\n\nThe Vellamo Foundation today announced grants of €1 million.\n\n\
         About Vellamo Foundation\nThe Vellamo Foundation was founded in 1987.\n\n\
         Media contact: Dr Hanna Reinikainen, communications manager, press@vellamo.example\n",
    );
    assert_eq!(
        role(&doc, "Hanna Reinikainen", "Vellamo Foundation").as_deref(),
        Some("communications manager")
    );
    // A contact line names a person, not the close of a story.
    let doc = run("The Vellamo Foundation today announced grants.\n\n\
         Dr Hanna Reinikainen, communications manager, said more would follow.\n");
    assert!(affiliation(&doc, "Hanna Reinikainen", "Vellamo Foundation").is_none());
}

// ------------------------------------------------------ councils

#[test]
fn council_titles_are_held_on_the_one_council_named() {
    let doc = run(
        "The grant was announced at a meeting of Brackwater Town Council. \
         Mayor Leona Fairweather called it good news, and Cllr Owen Pritchard asked \
         about the harbour.",
    );
    assert_eq!(
        role(&doc, "Leona Fairweather", "Brackwater Town Council").as_deref(),
        Some("mayor")
    );
    assert_eq!(
        role(&doc, "Owen Pritchard", "Brackwater Town Council").as_deref(),
        Some("councillor")
    );
    // Two councils: whose mayor is not said.
    let doc = run("Brackwater Town Council and Eastholm City Council met. \
         Mayor Leona Fairweather spoke first.");
    assert!(affiliation(&doc, "Leona Fairweather", "Brackwater Town Council").is_none());
    assert!(affiliation(&doc, "Leona Fairweather", "Eastholm City Council").is_none());
}

// ------------------------------------------------------ located_in

#[test]
fn an_apposition_with_a_country_s_description() {
    let doc = run(
        "Forest fires spread on Monday. CONAF, Chile's national forestry corporation, \
         says 14 fires are active.",
    );
    assert!(located_in(&doc, "CONAF", "Chile"));
    let doc = run(
        "The bridge would reach Kousseri, the Cameroonian town on the far bank, \
         next year.",
    );
    assert!(located_in(&doc, "Kousseri", "Cameroon"));
    // A list after the comma says nothing of where the name lies.
    let doc = run("Talks were held with Chile, Peru and Kenya on Monday.");
    assert!(!located_in(&doc, "Chile", "Peru"));
}

#[test]
fn a_bracketed_acronym_does_not_cut_the_name_from_its_place() {
    let doc = run(
        "The Southern Locust Control Service (SLCS), which is based in Ndola, \
         says breeding is the heaviest in years.",
    );
    assert!(located_in(&doc, "Southern Locust Control Service", "Ndola"));
}
