//! Quotes that were missed or given to the wrong speaker: groups narrowed by
//! a place, plural possessives, institutions named in other languages,
//! noun homographs of speech verbs. Our own sentences; entities are given.

mod events_support;
use events_support::*;
use newsfacts::model::{Document, QuoteKind};

/// The speakers of the statement events: the entity's name, else the words.
fn statement_speakers(d: &Document) -> Vec<String> {
    of(d, "statement")
        .iter()
        .map(|e| {
            role_names(d, e, "speaker")
                .pop()
                .unwrap_or_else(|| role(d, e, "speaker").join(""))
        })
        .collect()
}

fn indirect(speaker: &str, content: &str) -> (String, QuoteKind, String) {
    (speaker.into(), QuoteKind::Indirect, content.into())
}

#[test]
fn a_group_narrowed_by_a_place_is_still_unnamed() {
    let text = "Officials in Mombasa said the port would reopen on Friday. Fishing \
                officials at the harbour said catches had halved. Diplomats on both sides \
                said a deal was close. Tom Okello said the cranes were repaired.";
    let d = doc(text).person("Tom Okello", &["Tom Okello"]).run();
    assert_eq!(
        quotes(&d),
        [
            indirect("Officials in Mombasa", "the port would reopen on Friday"),
            indirect("Fishing officials at the harbour", "catches had halved"),
            indirect("Diplomats on both sides", "a deal was close"),
            indirect("Tom Okello", "the cranes were repaired"),
        ]
    );
    // quotes all, but only the named speaker makes a statement
    assert_eq!(statement_speakers(&d), ["Tom Okello"]);
}

#[test]
fn a_named_speaker_with_a_place_still_makes_a_statement() {
    // (a name with a place after it is no group)
    let text = "The Kisumu Port Authority in Kenya said the berth was ready.";
    let d = doc(text).org("Kisumu Port Authority").run();
    assert_eq!(statement_speakers(&d), ["Kisumu Port Authority"]);
}

#[test]
fn a_plural_possessive_belongs_to_the_speaker_phrase() {
    let text = "The harvest will be late this year, the growers' association said. \
                Wages must rise by five percent, the dockers' spokesman told reporters.";
    let d = doc(text).run();
    assert_eq!(
        quotes(&d),
        [
            indirect(
                "the growers' association",
                "The harvest will be late this year"
            ),
            indirect("the dockers' spokesman", "Wages must rise by five percent"),
        ]
    );
}

#[test]
fn a_lone_apostrophe_after_a_word_without_s_is_no_possessive() {
    // ("the union' said" is no phrase the speaker can be read from)
    let text = "Pay talks will resume, the union' said.";
    let d = doc(text).run();
    assert!(quotes(&d).is_empty(), "{:?}", quotes(&d));
}

#[test]
fn the_kind_of_a_name_in_another_language() {
    let text = "Fundação Rio Claro gave 40 boats to fishing villages. The boats \
                arrived on Monday, the foundation said. Banque Meridionale lent the \
                money. Repayments start in May, a bank spokesman said.";
    let d = doc(text)
        .org("Fundação Rio Claro")
        .org("Banque Meridionale")
        .run();
    // (the unnamed "bank spokesman" is no named speaker: no statement)
    assert_eq!(statement_speakers(&d), ["Fundação Rio Claro"]);
    // a name of another kind is not taken for "the foundation"
    let text = "Banque Meridionale lent the money. The boats arrived on Monday, the \
                foundation said.";
    let d = doc(text).org("Banque Meridionale").run();
    assert_eq!(statement_speakers(&d), ["the foundation"]);
}

#[test]
fn a_noun_homograph_before_a_noun_is_no_speech_verb() {
    // "state" is a noun here: the speakers are the whole phrases
    let text = "The dam will be finished in June, Kenyan state radio said. \
                Jobless claims rose by 2,000 last week.";
    let d = doc(text).run();
    assert_eq!(
        quotes(&d),
        [indirect(
            "Kenyan state radio",
            "The dam will be finished in June"
        )]
    );
    // a verb at the end of its clause still is one
    let text = "The dam will be finished in June, the ministry stated.";
    let d = doc(text).run();
    assert_eq!(
        quotes(&d),
        [indirect("the ministry", "The dam will be finished in June")]
    );
}

#[test]
fn the_kind_goes_on_with_the_institution_that_spoke_last() {
    // "the agency" after a rating agency whose name does not say it is one
    let text = "Kestrel Ratings cut the bonds of Norvale Mining to junk, Kestrel Ratings \
                said. The agency said the miner's debt had doubled.";
    let d = doc(text).org("Kestrel Ratings").org("Norvale Mining").run();
    assert_eq!(
        statement_speakers(&d),
        ["Kestrel Ratings", "Kestrel Ratings"]
    );
    // not an institution whose name gives it another kind
    let text = "Exports fell by a third, the Ministry of Trade said. The agency said \
                imports rose by a fifth.";
    let d = doc(text).org("Ministry of Trade").run();
    assert_eq!(statement_speakers(&d), ["Ministry of Trade", "The agency"]);
}

#[test]
fn he_opening_a_sentence_goes_back_to_a_subject_not_to_a_name_after_by() {
    // The first person named is the agent of a participle, no subject:
    // "He" is the nearer man, who was named last.
    let text = "The trophy was presented at a dinner attended by Mr. Paul Dent and the \
                club's captain, Omar Lisk. He said the team had earned it.";
    let d = doc(text)
        .person("Paul Dent", &["Paul Dent"])
        .person("Omar Lisk", &["Omar Lisk"])
        .run();
    assert_eq!(statement_speakers(&d), ["Omar Lisk"]);
    // a subject named first is still the one "He" goes on with
    let text = "Paul Dent presented the trophy to the club's captain, Omar Lisk. He \
                said the team had earned it.";
    let d = doc(text)
        .person("Paul Dent", &["Paul Dent"])
        .person("Omar Lisk", &["Omar Lisk"])
        .run();
    assert_eq!(statement_speakers(&d), ["Paul Dent"]);
}

#[test]
fn a_union_is_not_the_company_that_spoke_last() {
    // a union says what it is; the company that spoke is none
    let text = "Pay will rise by two percent, Harrow Foods Inc said. The union said \
                the offer was too low.";
    let d = doc(text).org("Harrow Foods Inc").run();
    assert_eq!(statement_speakers(&d), ["Harrow Foods Inc", "The union"]);
}

#[test]
fn a_title_with_of_before_the_subject_is_no_preposition() {
    // "Secretary of Commerce" is the title of the subject, who goes on
    let text = "Secretary of Commerce Paul Dent said Omar Lisk would visit. He \
                said the talks would cover steel.";
    let d = doc(text)
        .person("Paul Dent", &["Paul Dent"])
        .person("Omar Lisk", &["Omar Lisk"])
        .run();
    assert_eq!(statement_speakers(&d), ["Paul Dent", "Paul Dent"]);
}

#[test]
fn a_speech_verb_after_comma_and_has_the_first_clause_subject() {
    let text = "Anna Berg, the camp manager, thanked the donors, and told reporters \
                the camp needed more water. Tom Lund opened a clinic on Monday, and \
                said it would stay open all winter.";
    let d = doc(text)
        .person("Anna Berg", &["Anna Berg"])
        .person("Tom Lund", &["Tom Lund"])
        .run();
    assert_eq!(
        quotes(&d),
        [
            indirect("Anna Berg", "the camp needed more water"),
            indirect("Tom Lund", "it would stay open all winter"),
        ]
    );
}

#[test]
fn a_clause_before_the_subject_gives_no_speaker_to_comma_and() {
    // the first clause is a subordinate one: who spoke is not read from it
    let text = "After Tom Lund arrived, the camp opened a clinic, and said it would \
                stay open all winter.";
    let d = doc(text).person("Tom Lund", &["Tom Lund"]).run();
    assert!(statement_speakers(&d).is_empty(), "{:?}", quotes(&d));
}

#[test]
fn the_first_clause_subject_over_titles_fronted_phrases_and_determiners() {
    let text = "Trade Ministry spokeswoman Lena Holm denied the report, but said talks \
                on the tariff would resume. In a radio interview, she declined to give \
                figures, but said exports had fallen sharply. The ministry opened a \
                second office, and said it would hire forty staff.";
    let d = doc(text)
        .person("Lena Holm", &["Lena Holm"])
        .org("Trade Ministry")
        .run();
    assert_eq!(
        quotes(&d),
        [
            indirect("Lena Holm", "talks on the tariff would resume"),
            indirect("Lena Holm", "exports had fallen sharply"),
            indirect("Trade Ministry", "it would hire forty staff"),
        ]
    );
    // an earlier speech verb of the sentence keeps its own subject, and
    // "but added that" is her second saying
    let text = "Exports fell sharply, Lena Holm said, but added that talks would resume.";
    let d = doc(text).person("Lena Holm", &["Lena Holm"]).run();
    assert_eq!(statement_speakers(&d), ["Lena Holm", "Lena Holm"]);
}

#[test]
fn a_verb_after_comma_and_takes_the_day_of_its_clause() {
    let text = "Tom Lund opened the clinic on Monday at the camp, and told reporters \
                it would stay open all winter. Anna Berg recalled the floods in 2019, \
                and told reporters the camp had grown since.";
    let d = doc(text)
        .person("Tom Lund", &["Tom Lund"])
        .person("Anna Berg", &["Anna Berg"])
        .timex("Monday", "2024-03-04")
        .timex("2019", "2019")
        .run();
    let dates: Vec<Option<String>> = of(&d, "statement").iter().map(|e| e.date.clone()).collect();
    // the day the clinic opened; not the year of the floods recalled
    assert_eq!(dates, [Some("2024-03-04".to_string()), None]);
}

#[test]
fn what_goes_on_after_said_comma_is_the_writers() {
    // "but" or a phrase of circumstance after "X said," joins the writer's
    // own words: the content is before the speaker.
    let text = "The council has promised 900 pounds for the roof, Mayor Ada Price said, but \
                the money has not yet arrived. The two ports signed the accord on Monday, \
                Nils Berg said, in a deal that has been discussed for years.";
    let d = doc(text)
        .person("Ada Price", &["Ada Price"])
        .person("Nils Berg", &["Nils Berg"])
        .run();
    assert_eq!(
        quotes(&d),
        [
            indirect(
                "Ada Price",
                "The council has promised 900 pounds for the roof"
            ),
            indirect("Nils Berg", "The two ports signed the accord on Monday"),
        ]
    );
}

#[test]
fn an_aside_after_said_comma_comes_before_the_content() {
    // The aside set off by commas is skipped to the clause (or "that")
    // after it; an aside that opens a quotation is no aside.
    let text = "Omar Haddad said, in a letter to the board, it would sell the mill. \
                Lena Fry said, in reply to a question, that no offer had been made. \
                Prices will hold this year, Ivo Stan said, because \"if they fell, we would close.\"";
    let d = doc(text)
        .person("Omar Haddad", &["Omar Haddad"])
        .person("Lena Fry", &["Lena Fry"])
        .person("Ivo Stan", &["Ivo Stan"])
        .run();
    let q = quotes(&d);
    assert!(
        q.contains(&indirect("Omar Haddad", "it would sell the mill")),
        "{q:?}"
    );
    assert!(
        q.contains(&indirect("Lena Fry", "no offer had been made")),
        "{q:?}"
    );
    assert!(
        q.contains(&indirect("Ivo Stan", "Prices will hold this year")),
        "{q:?}"
    );
    assert!(
        !q.iter().any(|(_, _, c)| c.starts_with("we would")),
        "{q:?}"
    );
}

#[test]
fn according_to_a_role_then_the_name_set_off_after_it() {
    let text = "The boat reached the island in March, according to the charity's treasurer, \
                Mara Quist. According to the harbour master, Ben Ode, the pier will reopen.";
    let d = doc(text)
        .person("Mara Quist", &["Mara Quist"])
        .person("Ben Ode", &["Ben Ode"])
        .run();
    assert_eq!(
        quotes(&d),
        [
            indirect("Mara Quist", "The boat reached the island in March"),
            indirect("Ben Ode", "the pier will reopen"),
        ]
    );
    // A role with no name after it leaves the quote without a statement.
    let d =
        doc("The boat reached the island in March, according to the charity's treasurer.").run();
    assert!(statement_speakers(&d).is_empty());
}
