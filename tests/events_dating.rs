//! Event dating through the whole pipeline (real sentence, entity and date
//! stages), on our own sentences: which day an event takes.

use newsfacts::model::Event;
use std::sync::OnceLock;

fn pipeline() -> &'static newsfacts::Pipeline {
    static P: OnceLock<newsfacts::Pipeline> = OnceLock::new();
    P.get_or_init(|| newsfacts::Pipeline::new(&newsfacts::Config::default()).expect("pipeline"))
}

/// Runs the pipeline on `text` dated `date` (YYYY-MM-DD).
fn run(text: &str, date: &str) -> newsfacts::Document {
    let mut d = newsfacts::Document::new("t", text);
    d.date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    pipeline().process(&mut d);
    d
}

/// The events of `kind` whose trigger text is `trigger`.
fn by_trigger<'a>(d: &'a newsfacts::Document, kind: &str, trigger: &str) -> Vec<&'a Event> {
    d.events
        .iter()
        .filter(|e| e.kind == kind && e.trigger.text(&d.text) == trigger)
        .collect()
}

fn date_of(d: &newsfacts::Document, kind: &str, trigger: &str) -> Option<String> {
    let evs = by_trigger(d, kind, trigger);
    assert!(
        !evs.is_empty(),
        "no {kind} event on {trigger:?}; events: {:?}",
        d.events
            .iter()
            .map(|e| (e.kind.as_str(), e.trigger.text(&d.text), e.date.as_deref()))
            .collect::<Vec<_>>()
    );
    evs[0].date.clone()
}

#[test]
fn a_time_of_day_dates_the_event_to_its_day() {
    let d = run(
        "Rwandan Foreign Minister Paul Habimana met Kenyan President William Ruto on Thursday morning in Nairobi.",
        "2022-03-12",
    );
    assert_eq!(date_of(&d, "meeting", "met").as_deref(), Some("2022-03-10"));
}

#[test]
fn a_bare_time_takes_the_day_just_told() {
    let d = run(
        "Kenya and Uganda signed a trade agreement in Kampala on Monday.\n\nThe two presidents later joined a video call with Tanzanian officials at 4 p.m.",
        "2021-06-16",
    );
    assert_eq!(
        date_of(&d, "meeting", "video call").as_deref(),
        Some("2021-06-14")
    );
}

#[test]
fn a_bare_time_alone_gives_no_date() {
    let d = run(
        "Brazilian and Argentine ministers held talks at 10 a.m. on energy prices.",
        "2021-06-16",
    );
    assert_eq!(date_of(&d, "meeting", "talks"), None);
}

fn statement_dates(d: &newsfacts::Document) -> Vec<Option<String>> {
    d.events
        .iter()
        .filter(|e| e.kind == "statement")
        .map(|e| e.date.clone())
        .collect()
}

#[test]
fn a_statement_takes_the_date_of_its_saying() {
    let d = run(
        "Chilean Finance Minister Rosa Pizarro said on Tuesday that the budget would grow.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![Some("2021-06-15".to_string())]);
    let d = run(
        "The port will reopen, Kenyan Transport Minister Amos Kiprop told reporters today.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![Some("2021-06-16".to_string())]);
}

#[test]
fn a_date_of_another_clause_does_not_date_the_statement() {
    // a relative clause about the speaker
    let d = run(
        "\"We need more doctors,\" said Maria Lopez, who moved to Lima in 2015.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![None]);
    // a participle clause after the saying (it is reported speech of its
    // own, undated too: the date is what was said)
    let d = run(
        "\"The harvest is gone,\" Ahmed Karimi said, adding that the floods had reached the village in March.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![None, None]);
}

#[test]
fn a_statement_at_a_dated_occasion_takes_its_date() {
    let d = run(
        "Kenya and Uganda held talks in Kampala on Monday. \"We will open the border,\" Ugandan Trade Minister Grace Achan said after the talks.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![Some("2021-06-14".to_string())]);
    // a news conference is no occasion the text dated
    let d = run(
        "Kenya and Uganda held talks in Kampala on Monday.\n\nLater, \"We will open the border,\" Ugandan Trade Minister Grace Achan said at a news conference.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![None]);
    // an occasion in the reported words dates nothing
    let d = run(
        "Kenya and Uganda held talks in Kampala on Monday. Ugandan Trade Minister Grace Achan said both sides would sign a treaty at the next summit.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![None]);
}

#[test]
fn the_same_speaker_next_sentence_shares_the_date() {
    let d = run(
        "Peruvian Health Minister Ana Quispe told a news briefing on Tuesday that cases had fallen. She said schools would reopen in July.",
        "2021-06-16",
    );
    assert_eq!(
        statement_dates(&d),
        vec![
            Some("2021-06-15".to_string()),
            Some("2021-06-15".to_string())
        ]
    );
    // another speaker: no shared date
    let d = run(
        "Peruvian Health Minister Ana Quispe told a news briefing on Tuesday that cases had fallen. Opposition leader Jorge Salas said the figures were incomplete.",
        "2021-06-16",
    );
    assert_eq!(
        statement_dates(&d),
        vec![Some("2021-06-15".to_string()), None]
    );
}

#[test]
fn a_deadline_is_not_the_events_date() {
    let d = run(
        "Kenya and Ethiopia agreed yesterday to open a border post by the end of June, after talks between their trade ministers in Nairobi.",
        "2019-03-14",
    );
    assert_eq!(
        date_of(&d, "meeting", "talks").as_deref(),
        Some("2019-03-13")
    );
    let d = run(
        "On Nov. 25, transport ministers from Azerbaijan and Georgia met in Baku and signed a road map to remove bottlenecks by 2027.",
        "2022-11-28",
    );
    assert_eq!(
        date_of(&d, "agreement", "signed").as_deref(),
        Some("2022-11-25")
    );
}

#[test]
fn a_possessive_after_by_still_dates_its_noun() {
    let d = run(
        "Markets were calmed by Monday's meeting between Japanese Finance Minister Kenji Sato and Chinese Premier Li Wei in Tokyo.",
        "2021-10-20",
    );
    assert_eq!(
        date_of(&d, "meeting", "meeting").as_deref(),
        Some("2021-10-18")
    );
}

#[test]
fn an_agreement_signed_by_unnamed_parties_is_an_event() {
    let d = run(
        "The two companies signed a memorandum of understanding on solar panels in Lisbon on Monday.",
        "2021-09-15",
    );
    assert_eq!(
        date_of(&d, "agreement", "signed").as_deref(),
        Some("2021-09-13")
    );
    // signing something that is no agreement
    let d = run(
        "Hundreds of residents signed a petition against the new road on Monday.",
        "2021-09-15",
    );
    assert!(d.events.iter().all(|e| e.kind != "agreement"));
}

#[test]
fn travelling_to_a_named_place_is_a_visit() {
    let d = run(
        "Ghanaian Trade Minister Ama Owusu arrived in Accra on Sunday and will fly to Kumasi tomorrow for talks.",
        "2021-10-15",
    );
    let fly = by_trigger(&d, "visit", "fly");
    assert_eq!(fly.len(), 1, "{:?}", d.events);
    assert_eq!(fly[0].status.as_str(), "planned");
    assert_eq!(fly[0].date.as_deref(), Some("2021-10-16"));
    // travel as a noun, or with no named place, is no visit
    let d = run(
        "Travel restrictions to Kenya were lifted on Monday.",
        "2021-10-15",
    );
    assert!(d.events.iter().all(|e| e.kind != "visit"));
    let d = run("Ama Owusu travelled widely as a young woman.", "2021-10-15");
    assert!(d.events.iter().all(|e| e.kind != "visit"));
}

#[test]
fn a_bracketed_aside_does_not_hide_the_subject() {
    let d = run(
        "Halvorsen Shipping ASA (OSE: HALV), the Norwegian ferry group, today announced that it will donate 500 laptops to schools in Kenya.",
        "2021-02-10",
    );
    let don = d
        .events
        .iter()
        .find(|e| e.kind == "donation")
        .expect("a donation");
    let donor: Vec<_> = don
        .arguments
        .iter()
        .filter(|a| a.role == "donor")
        .filter_map(|a| a.entity)
        .map(|x| d.entities[x].name.as_str())
        .collect();
    assert_eq!(donor, vec!["Halvorsen Shipping ASA"]);
    assert_eq!(don.status.as_str(), "planned");
}

#[test]
fn a_headline_to_verb_is_planned_and_joins_its_lead() {
    let d = run(
        "Halvorsen Shipping to donate laptops to Kenyan schools\n\nOSLO, Feb 10 -- Halvorsen Shipping ASA said on Wednesday it would donate 500 laptops to schools in Kenya.",
        "2021-02-10",
    );
    let dons: Vec<_> = d.events.iter().filter(|e| e.kind == "donation").collect();
    assert_eq!(dons.len(), 1, "{dons:?}");
    assert_eq!(dons[0].status.as_str(), "planned");
}

#[test]
fn sending_aid_is_a_donation_and_trade_is_not() {
    let d = run(
        "Turkey will send a further 3,000 tents and 10,000 blankets to Syria next week.",
        "2021-02-10",
    );
    let dons: Vec<_> = d.events.iter().filter(|e| e.kind == "donation").collect();
    assert_eq!(dons.len(), 1, "{:?}", d.events);
    assert_eq!(dons[0].status.as_str(), "planned");
    let d = run(
        "Argentina sent 200,000 tonnes of soybeans to China last month.",
        "2021-02-10",
    );
    assert!(d.events.iter().all(|e| e.kind != "donation"));
}

#[test]
fn receiving_a_visitor_is_a_meeting() {
    let d = run(
        "Ghanaian Vice-President Kofi Mensah received the visiting Turkish trade minister in Accra on Thursday.",
        "2021-10-15",
    );
    assert_eq!(
        date_of(&d, "meeting", "received").as_deref(),
        Some("2021-10-14")
    );
    // receiving goods is no meeting
    let d = run(
        "Ghana received 20 ventilators from Turkey on Thursday.",
        "2021-10-15",
    );
    assert!(d.events.iter().all(|e| e.kind != "meeting"));
}

#[test]
fn meeting_at_a_named_place_without_named_participants() {
    let d = run(
        "Trade ministers from 30 African countries will meet in Arusha next week.",
        "2021-10-15",
    );
    let m: Vec<_> = d.events.iter().filter(|e| e.kind == "meeting").collect();
    assert_eq!(m.len(), 1, "{:?}", d.events);
    assert_eq!(m[0].status.as_str(), "planned");
    // meeting demand is no meeting
    let d = run(
        "Kenya imported 12,000 tonnes of sugar from Uganda to meet consumer demand in Mombasa.",
        "2021-10-15",
    );
    assert!(d.events.iter().all(|e| e.kind != "meeting"));
}

#[test]
fn meeting_here_takes_the_datelines_place() {
    let d = run(
        "NAIROBI, April 2 -- The visiting ambassador met here today with health officials.",
        "2020-04-02",
    );
    assert_eq!(
        date_of(&d, "meeting", "met here").as_deref(),
        Some("2020-04-02")
    );
}

#[test]
fn a_date_after_the_speakers_title_dates_the_statement() {
    let d = run(
        "\"The bank will open branches in Lagos,\" said Amina Bello, deputy governor of the Central Bank of Nigeria, on Thursday.",
        "2021-10-15",
    );
    assert_eq!(statement_dates(&d), vec![Some("2021-10-14".to_string())]);
    // a relative clause in between still blocks it
    let d = run(
        "\"We need more doctors,\" said Maria Lopez, who moved to Lima on Thursday.",
        "2021-10-15",
    );
    assert_eq!(statement_dates(&d), vec![None]);
}

/// A statement dated from another event takes that event's timex, so its
/// basis and evidence follow the timex's sentence (found by the robustness
/// property test: "same_sentence" with the timex two sentences away).
#[test]
fn a_statement_dated_from_an_occasion_names_the_timex_sentence() {
    let d = run(
        "Kenya and Uganda held talks in Kampala on Monday.\nThe ministers met again.\n\"We agreed,\" Grace Achan said after the talks.",
        "2021-06-16",
    );
    for e in d.events.iter().filter(|e| e.kind == "statement") {
        if let Some(t) = e.timex {
            let ts = d.timexes[t].sentence;
            match e.date_basis {
                newsfacts::model::DateBasis::SameSentence => assert_eq!(ts, e.sentence),
                _ => assert!(e.evidence_sentences.contains(&ts), "{e:?}"),
            }
        }
    }
}
