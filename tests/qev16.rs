//! Statements dated by an occasion the text only implies ("told reporters
//! on the tarmac", "said afterwards", "told the chamber"), by an
//! interview's day ("We spoke to her by phone on Tuesday."), and a
//! country's institution described, not named ("Norway's foreign ministry
//! said"), which makes no statement. Our own sentences; the article date is
//! 2020-05-21.

mod entities_support;
mod events_support;
use events_support::*;
use newsfacts::model::Document;

fn statements(d: &Document) -> Vec<(String, Option<String>)> {
    of(d, "statement")
        .into_iter()
        .map(|e| (e.trigger.text(&d.text).to_string(), e.date.clone()))
        .collect()
}

fn dates(d: &Document) -> Vec<Option<String>> {
    statements(d).into_iter().map(|(_, date)| date).collect()
}

const LEAD: &str = "A cargo plane carrying 20 firefighters landed in Varnhem on Tuesday, the first part of an aid package from Norway.";

fn with_lead(rest: &str) -> Document {
    let text = format!("{LEAD}\n\n{rest}");
    doc(&text)
        .person("Ingrid Solberg", &["Ingrid Solberg", "Solberg"])
        .country("Norway", "NO", &["Norway"])
        .timex("Tuesday", "2020-05-19")
        .run()
}

#[test]
fn a_place_of_the_occasion_dates_the_saying() {
    for rest in [
        "\"We came to help,\" Ingrid Solberg told reporters on the tarmac.",
        "\"We came to help,\" Ingrid Solberg said at the quayside.",
        "\"We came to help,\" Ingrid Solberg said on the wharf.",
        "Ingrid Solberg told the chamber that the crews would stay for a month.",
    ] {
        let d = with_lead(rest);
        assert_eq!(dates(&d), vec![Some("2020-05-19".to_string())], "{rest}");
    }
}

#[test]
fn afterwards_dates_the_saying() {
    for rest in [
        "\"We were nervous for an hour,\" Ingrid Solberg said afterwards.",
        "Ingrid Solberg said afterwards that the crews would stay for a month.",
        "Ingrid Solberg told reporters afterwards that the crews would stay.",
    ] {
        let d = with_lead(rest);
        assert_eq!(dates(&d), vec![Some("2020-05-19".to_string())], "{rest}");
    }
}

#[test]
fn no_implied_occasion_no_date() {
    for rest in [
        // a bare saying
        "\"We came to help,\" Ingrid Solberg said.",
        "Ingrid Solberg told reporters the crews would stay for a month.",
        // the place is what is said about, not where it is said
        "Ingrid Solberg said the wharf would be rebuilt.",
        // "at the" and no place of an occasion
        "\"We came to help,\" Ingrid Solberg said at the time.",
    ] {
        let d = with_lead(rest);
        assert_eq!(dates(&d), vec![None], "{rest}");
    }
}

#[test]
fn no_dated_lead_no_date() {
    let text = "Firefighters from Norway are helping to fight the fires.\n\n\"We came to help,\" Ingrid Solberg told reporters on the tarmac.";
    let d = doc(text)
        .person("Ingrid Solberg", &["Ingrid Solberg"])
        .country("Norway", "NO", &["Norway"])
        .run();
    assert_eq!(dates(&d), vec![None]);
}

#[test]
fn an_interview_dates_what_is_said_after_it() {
    let text = "Ingrid Solberg has run the hospital in Varnhem since 2018. We spoke to her by phone on Wednesday.\n\nHow many beds do you have?\n\n\"Forty, and all of them are full,\" Solberg said.\n\nAnd staff?\n\nToo few, she said.";
    let d = doc(text)
        .person("Ingrid Solberg", &["Ingrid Solberg", "Solberg"])
        .timex("2018", "2018")
        .timex("Wednesday", "2020-05-20")
        .run();
    let ds = dates(&d);
    assert!(!ds.is_empty());
    assert!(
        ds.iter().all(|x| x.as_deref() == Some("2020-05-20")),
        "{:?}",
        statements(&d)
    );
}

#[test]
fn no_interview_no_date() {
    // the reporter spoke to no one: "spoke to" of someone else
    let text = "Ingrid Solberg spoke to the hospital's nurses on Wednesday.\n\n\"Forty, and all of them are full,\" Solberg said.";
    let d = doc(text)
        .person("Ingrid Solberg", &["Ingrid Solberg", "Solberg"])
        .timex("Wednesday", "2020-05-20")
        .run();
    assert_eq!(dates(&d), vec![None]);
}

#[test]
fn a_countrys_institution_described_makes_no_statement() {
    let text = "Norway's foreign ministry said the crews would stay for a month.";
    let d = doc(text).country("Norway", "NO", &["Norway"]).run();
    none(&d, "statement");
    // the quote is kept, with no named speaker
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    assert!(d.quotes[0].speaker.is_none());
}

#[test]
fn a_named_speaker_still_makes_a_statement() {
    let text = "Ingrid Solberg, Norway's foreign minister, said the crews would stay for a month.";
    let d = doc(text)
        .person("Ingrid Solberg", &["Ingrid Solberg"])
        .country("Norway", "NO", &["Norway"])
        .run();
    let e = one(&d, "statement");
    assert_eq!(
        role_names(&d, e, "speaker"),
        vec!["Ingrid Solberg".to_string()]
    );
}

#[test]
fn a_vague_future_dates_no_event() {
    let d = world("Kenya said it would donate 500 tents to Uganda in the coming days.")
        .timex("the coming days", "FUTURE_REF")
        .run();
    let e = one(&d, "donation");
    assert_eq!(e.date, None);
    assert_eq!(e.status, newsfacts::model::EventStatus::Planned);
    // a named future day still dates it
    let d = world("Kenya said it would donate 500 tents to Uganda next month.").run();
    assert_eq!(one(&d, "donation").date.as_deref(), Some("2020-06"));
}
