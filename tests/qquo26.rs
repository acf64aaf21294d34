//! Quotes and statements as unseen news tells them: thanks and names given
//! in quote marks, a quoted sentence standing alone after reported speech,
//! "she" past a minister named as someone's object, institutions described
//! but not named, and a country's government named by its nationality
//! word. Our own sentences, through the whole pipeline.

mod pipeline_support;
use newsfacts::model::QuoteKind;
use newsfacts::Document;
use pipeline_support::{by_trigger, kinds, run, show};

/// Every quote as (kind, speaker entity name or phrase or "-", content).
fn quotes(d: &Document) -> Vec<(QuoteKind, String, String)> {
    d.quotes
        .iter()
        .map(|q| {
            let speaker = match (q.speaker, q.speaker_span) {
                (Some(e), _) => d.entities[e].name.clone(),
                (None, Some(sp)) => sp.text(&d.text).to_string(),
                (None, None) => "-".to_string(),
            };
            (q.kind, speaker, q.span.text(&d.text).to_string())
        })
        .collect()
}

/// The quote whose content is `content`.
fn quote(d: &Document, content: &str) -> (QuoteKind, String) {
    let all = quotes(d);
    let q = all
        .iter()
        .find(|q| q.2 == content)
        .unwrap_or_else(|| panic!("no quote {content:?}: {all:?}"));
    (q.0, q.1.clone())
}

/// The speaker of the one statement on `trigger` (entity name, else text).
fn statement_speaker(d: &Document, trigger: &str) -> String {
    let evs = by_trigger(d, "statement", trigger);
    assert_eq!(evs.len(), 1, "statement on {trigger:?}: {}", show(d));
    let a = evs[0]
        .arguments
        .iter()
        .find(|a| a.role == "speaker")
        .expect("speaker");
    match a.entity {
        Some(e) => d.entities[e].name.clone(),
        None => a.span.text(&d.text).to_string(),
    }
}

const DATE: &str = "2026-03-04";

// ------------------------------------------------ thanks and names in quotes

#[test]
fn thanking_or_welcoming_with_a_quoted_reason_is_a_direct_statement() {
    let d = run(
        "President Ana Ruiz thanked Spain \"for standing with us when the river rose\".",
        DATE,
    );
    assert_eq!(
        quote(&d, "for standing with us when the river rose"),
        (QuoteKind::Direct, "Ana Ruiz".to_string())
    );
    assert_eq!(statement_speaker(&d, "thanked"), "Ana Ruiz");

    let d = run(
        "The chamber's president, Luis Mora, welcomed the visitors as \"the first \
         delegation to come here in a decade\".",
        DATE,
    );
    assert_eq!(
        quote(&d, "the first delegation to come here in a decade"),
        (QuoteKind::Direct, "Luis Mora".to_string())
    );
    assert_eq!(statement_speaker(&d, "welcomed"), "Luis Mora");
}

#[test]
fn thanks_without_quoted_words_or_with_a_quoted_name_say_nothing() {
    // no quote marks: thanks are no speech
    let d = run(
        "Governor Ines Falk thanked the volunteers for their work.",
        DATE,
    );
    assert!(d.quotes.is_empty(), "{:?}", quotes(&d));
    assert_eq!(kinds(&d, "statement"), 0, "{}", show(&d));
    // a name in quote marks (fewer than three words) is no saying
    let d = run(
        "Governor Ines Falk thanked the crew of the \"Sea Lark\" for the rescue.",
        DATE,
    );
    assert_eq!(kinds(&d, "statement"), 0, "{}", show(&d));
}

#[test]
fn naming_a_thing_after_a_relative_clause_is_the_subjects_saying() {
    let d = run(
        "Maria Lopez, who arrived in Quito on Monday for a two-day visit, called it \
         \"the best road our towns have ever had\".",
        DATE,
    );
    assert_eq!(
        quote(&d, "the best road our towns have ever had"),
        (QuoteKind::Direct, "Maria Lopez".to_string())
    );
    assert_eq!(statement_speaker(&d, "called"), "Maria Lopez");
}

// ---------------------------------- a quoted sentence after reported speech

#[test]
fn a_quoted_sentence_after_reported_speech_goes_on_with_its_speaker() {
    let d = run(
        "Dr Jonas Weller, who runs the clinic in Tarso, said the staff had waited for \
         new gloves since January. \"We ran out in March and nobody came. Now we wash them.\"",
        DATE,
    );
    assert_eq!(
        quote(&d, "We ran out in March and nobody came. Now we wash them"),
        (QuoteKind::Direct, "Jonas Weller".to_string())
    );
    // the same saying: one statement, the reported one
    assert_eq!(kinds(&d, "statement"), 1, "{}", show(&d));
}

#[test]
fn a_quoted_sentence_alone_in_a_new_paragraph_or_after_no_named_speaker_stays_unattributed() {
    // a new paragraph starts another piece
    let d = run(
        "Dr Jonas Weller said the staff had waited for new gloves since January.\n\n\
         \"We ran out in March and nobody came.\"",
        DATE,
    );
    assert!(
        !quotes(&d)
            .iter()
            .any(|q| q.2 == "We ran out in March and nobody came."),
        "{:?}",
        quotes(&d)
    );
    // officials not named own nothing
    let d = run(
        "Officials said the staff had waited for new gloves since January. \"We ran out \
         in March and nobody came.\"",
        DATE,
    );
    assert!(
        !quotes(&d)
            .iter()
            .any(|q| q.2 == "We ran out in March and nobody came."),
        "{:?}",
        quotes(&d)
    );
}

// ------------------------------------------------------------- pronouns

#[test]
fn she_passes_over_a_man_named_as_her_object() {
    let d = run(
        "Karin Holt has run the district hospital since 2021. She met the health \
         minister, Peter Vance, in the capital on Monday. The minister listened but \
         promised nothing, she said.",
        DATE,
    );
    assert_eq!(
        quote(&d, "The minister listened but promised nothing"),
        (QuoteKind::Indirect, "Karin Holt".to_string())
    );
    let d = run(
        "Karin Holt has run the district hospital since 2021. She trained in Leeds. On \
         Monday Holt met Health Minister Peter Vance in the capital. \"He listened for an hour and promised \
         nothing,\" she said.",
        DATE,
    );
    assert_eq!(
        quote(&d, "He listened for an hour and promised nothing"),
        (QuoteKind::Direct, "Karin Holt".to_string())
    );
}

#[test]
fn she_still_takes_a_new_speaker_who_is_the_subject() {
    let d = run(
        "Karin Holt opened the new ward on Monday. Maria Stone, who chairs the board, \
         said the beds had arrived in March. \"We waited a whole year for them,\" she said.",
        DATE,
    );
    assert_eq!(
        quote(&d, "We waited a whole year for them"),
        (QuoteKind::Direct, "Maria Stone".to_string())
    );
}

// ------------------------------------------------ institutions described

#[test]
fn an_institution_described_not_named_gives_no_statement() {
    let d = run(
        "Two cargo planes with tents landed in Tarso on Monday. The second shipment \
         will leave on Friday, the embassy said.",
        DATE,
    );
    assert_eq!(
        quote(&d, "The second shipment will leave on Friday"),
        (QuoteKind::Indirect, "the embassy".to_string())
    );
    assert_eq!(kinds(&d, "statement"), 0, "{}", show(&d));
    let d = run(
        "Tanzania sent two cargo planes with tents to Tarso on Monday. The second \
         shipment will leave on Friday, the Tanzanian high commission said.",
        DATE,
    );
    assert_eq!(kinds(&d, "statement"), 0, "{}", show(&d));
    let d = run(
        "Two cargo planes with tents landed in Tarso on Monday. The second shipment \
         will leave on Friday, the chamber of commerce said.",
        DATE,
    );
    assert_eq!(kinds(&d, "statement"), 0, "{}", show(&d));
    // a bare anaphor of a company, or a name inside the description, keeps
    // its statement: the article may name whose it is
    for speaker in [
        "the company",
        "the federal agency",
        "the Lisbon-based charity",
    ] {
        let text = format!(
            "Two cargo planes with tents landed in Tarso on Monday. The second shipment \
             will leave on Friday, {speaker} said."
        );
        let d = run(&text, DATE);
        assert_eq!(kinds(&d, "statement"), 1, "{speaker}: {}", show(&d));
    }
}

#[test]
fn a_relative_and_a_government_named_by_nationality_keep_their_statement() {
    let d = run(
        "Arman Petrosyan, who founded the school, died on Sunday. He refused to rename \
         it in 2008, his daughter said.",
        DATE,
    );
    assert_eq!(kinds(&d, "statement"), 1, "{}", show(&d));
    let d = run(
        "Portugal sent two planes to Beira on Monday. A third plane will leave Lisbon \
         on Friday, the Portuguese government said.",
        DATE,
    );
    assert_eq!(statement_speaker(&d, "said"), "Portugal");
}

/// A quoted phrase after "said he/she/they/we …" is part of the reported
/// clause: one indirect quote, marks and all, no direct quote of the phrase.
/// With no pronoun (a short object), the quote stays direct.
#[test]
fn a_quoted_phrase_after_a_pronoun_subject_is_part_of_the_reported_clause() {
    let d = run(
        "The port director, Rui Tavares, said he expected a ruling \
         \"within days, not weeks\".",
        DATE,
    );
    assert_eq!(
        quote(&d, "he expected a ruling \"within days, not weeks\""),
        (QuoteKind::Indirect, "Rui Tavares".to_string())
    );
    assert!(
        quotes(&d).iter().all(|q| q.0 == QuoteKind::Indirect),
        "{:?}",
        quotes(&d)
    );

    let d = run(
        "Mayor Ines Baptista told the council: \"We will rebuild the pier \
         before the storms.\"",
        DATE,
    );
    assert_eq!(
        quote(&d, "We will rebuild the pier before the storms"),
        (QuoteKind::Direct, "Ines Baptista".to_string())
    );
}

/// Malaysian honours and the Australian councillor's "Cr" are styles before
/// a name, not part of it: the speaker is the person's name, also when a
/// later quote gives the style and the surname only; also the styles that
/// start gazetteer names ("Datuk Seri Abdullah …", "Tun Hussein …"), which
/// are no given names.
#[test]
fn styles_before_a_name_are_not_part_of_the_speakers_name() {
    let d = run(
        "\"The boat will reach every village,\" said Datuk Seri Hamzah Idris, \
         who chairs the trust.",
        DATE,
    );
    assert_eq!(
        quote(&d, "The boat will reach every village"),
        (QuoteKind::Direct, "Hamzah Idris".to_string())
    );
    let d = run(
        "\"We are saying not yet,\" said Lyonpo Aminah Yusof, chair of the \
         board.",
        DATE,
    );
    assert_eq!(
        quote(&d, "We are saying not yet"),
        (QuoteKind::Direct, "Aminah Yusof".to_string())
    );
    let d = run(
        "Mayor Kerry Walsh thanked the miners. \"We had no truck last year,\" Cr \
         Walsh said.",
        DATE,
    );
    assert_eq!(
        quote(&d, "We had no truck last year"),
        (QuoteKind::Direct, "Kerry Walsh".to_string())
    );
}

/// A nationality word before a noun only says whose an unnamed speaker is:
/// "a Mauritanian official said" has no named speaker (a quote with none,
/// no statement), while "the Kenyan government said" and "Kenya said" are
/// the country's.
#[test]
fn a_nationality_word_before_a_noun_names_no_speaker() {
    let d = run(
        "A Mauritanian official said talks on the fishing protocol would \
         resume within a month.",
        DATE,
    );
    assert_eq!(
        quote(
            &d,
            "talks on the fishing protocol would resume within a month"
        ),
        (QuoteKind::Indirect, "A Mauritanian official".to_string())
    );
    assert!(d.quotes.iter().all(|q| q.speaker.is_none()));
    assert!(
        by_trigger(&d, "statement", "said").is_empty(),
        "{}",
        show(&d)
    );

    let d = run(
        "The Kenyan government said talks on the port would resume in March.",
        DATE,
    );
    assert_eq!(statement_speaker(&d, "said"), "Kenya");
    let d = run(
        "Kenya did not sign the text, saying it needed more time.",
        DATE,
    );
    assert_eq!(statement_speaker(&d, "saying"), "Kenya");
}

/// "CONTENT, officials said": reported speech of people unnamed, a quote
/// with no speaker and no statement; not a clause's tail ("…, which local
/// traders said").
#[test]
fn unnamed_people_after_the_content_give_a_quote_without_speaker() {
    let d = run(
        "The ferry will resume sailings to the island in April, port officials said.",
        DATE,
    );
    assert_eq!(
        quote(&d, "The ferry will resume sailings to the island in April"),
        (QuoteKind::Indirect, "port officials".to_string())
    );
    assert!(d.quotes.iter().all(|q| q.speaker.is_none()));
    assert!(
        by_trigger(&d, "statement", "said").is_empty(),
        "{}",
        show(&d)
    );
}
