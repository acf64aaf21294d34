//! Event dating through the whole pipeline (real sentence, entity and date
//! stages), on our own sentences: which day an event takes.

mod pipeline_support;
use pipeline_support::{by_trigger, run};

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
fn a_bare_time_in_a_past_clause_is_on_the_document_date() {
    // No day named before it: the day being reported is the document's.
    let d = run(
        "Brazilian and Argentine ministers held talks at 10 a.m. on energy prices.",
        "2021-06-16",
    );
    assert_eq!(
        date_of(&d, "meeting", "talks").as_deref(),
        Some("2021-06-16")
    );
    // A time in the future names no day: nothing is invented.
    let d = run(
        "Brazilian and Argentine ministers will hold talks at 10 a.m. on energy prices.",
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
    // nor is meeting a target or an obligation named a few words on
    for text in [
        "Only Norway and Sweden met the United Nations target for aid last year.",
        "Kenya will meet its IMF loan obligations in full, Treasury Secretary Ukur Yatani said.",
    ] {
        let d = run(text, "2021-10-15");
        assert!(
            d.events.iter().all(|e| e.kind != "meeting"),
            "{text}: {:?}",
            d.events
        );
    }
    // a meeting "at the request of" a third party still is one
    let d = run(
        "Uganda's foreign minister met Kenyan President William Ruto at the request of Tanzania.",
        "2021-10-15",
    );
    assert_eq!(
        d.events.iter().filter(|e| e.kind == "meeting").count(),
        1,
        "{:?}",
        d.events
    );
}

#[test]
fn meeting_here_takes_the_datelines_place() {
    let d = run(
        "NAIROBI, April 2 -- The visiting ambassador met here today with health officials.",
        "2020-04-02",
    );
    // ("met here today with health officials": the meeting's trigger is
    // "met", which has participants; "met here" joins it)
    assert_eq!(date_of(&d, "meeting", "met").as_deref(), Some("2020-04-02"));
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

#[test]
fn an_event_dated_after_the_article_is_planned() {
    // a month after the article's month, with no tense cue near the trigger
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo visits Egypt in June to discuss flights.",
        "2020-05-21",
    );
    let v = by_trigger(&d, "visit", "visits");
    assert_eq!(v.len(), 1, "{:?}", d.events);
    assert_eq!(v[0].date.as_deref(), Some("2020-06"));
    assert_eq!(v[0].status.as_str(), "planned");
    // the article's own month is no sign of the future
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo visited Egypt in May to discuss flights.",
        "2020-05-21",
    );
    let v = by_trigger(&d, "visit", "visited");
    assert_eq!(v.len(), 1, "{:?}", d.events);
    assert_eq!(v[0].status.as_str(), "happened");
}

#[test]
fn a_joined_infinitive_shares_the_status_of_its_governing_verb() {
    let d = run(
        "Zambian Finance Minister Grace Banda is expected to meet investors in Lusaka today and to sign a loan agreement with the World Bank on Friday.",
        "2021-03-16",
    );
    let a = by_trigger(&d, "agreement", "sign");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].status.as_str(), "planned");
    // a purpose infinitive after a past verb stays what the verb says
    let d = run(
        "Zambian Finance Minister Grace Banda flew to Washington on Monday to sign a loan agreement with the World Bank.",
        "2021-03-16",
    );
    let a = by_trigger(&d, "agreement", "sign");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].status.as_str(), "happened");
}

#[test]
fn a_passive_infinitive_before_the_trigger_is_still_to_come() {
    let d = run(
        "Officials said a fisheries agreement to be signed by Ghana and Togo would open both coasts to small boats.",
        "2021-03-16",
    );
    let a = by_trigger(&d, "agreement", "agreement");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].status.as_str(), "planned");
    let d = run(
        "Two ferry accords were to be signed at the port ceremony in Lome.",
        "2021-03-16",
    );
    let a = by_trigger(&d, "agreement", "signed");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].status.as_str(), "planned");
    // not adjacent: "to be" governs something else
    let d = run(
        "Ghana and Togo signed a fisheries agreement on Monday that is likely to be the last of the year.",
        "2021-03-16",
    );
    let a = by_trigger(&d, "agreement", "signed");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].status.as_str(), "happened");
}

#[test]
fn the_two_ministers_are_the_last_two_persons_named_but_not_a_spokesman() {
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo met her Ugandan counterpart, Moses Kato, in Kampala on Monday, ministry spokesman Peter Mwangi said. The two ministers signed an agreement on cross-border trucking.",
        "2021-10-15",
    );
    let a = by_trigger(&d, "agreement", "signed");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    let mut parties: Vec<&str> = a[0]
        .arguments
        .iter()
        .filter(|r| r.role == "party")
        .filter_map(|r| r.entity.map(|e| d.entities[e].name.as_str()))
        .collect();
    parties.sort();
    assert_eq!(parties, vec!["Amina Odhiambo", "Moses Kato"]);
}

#[test]
fn the_same_parties_plans_share_the_day_across_a_paragraph() {
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo will hold talks with her Ugandan counterpart, Moses Kato, in Kampala on Friday.\n\nThe two ministers are expected to sign an agreement on cross-border trucking.",
        "2021-10-13",
    );
    let a = by_trigger(&d, "agreement", "sign");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].status.as_str(), "planned");
    assert_eq!(a[0].date.as_deref(), Some("2021-10-15"));
    // what the same people did is not dated by what they plan
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo will hold talks with her Ugandan counterpart, Moses Kato, in Kampala on Friday.\n\nThe two ministers signed an agreement on cross-border trucking.",
        "2021-10-13",
    );
    let a = by_trigger(&d, "agreement", "signed");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].date, None);
}

#[test]
fn the_day_a_pledge_was_told_is_not_the_pledges_day() {
    // "told a news briefing today": today dates the telling
    let d = run(
        "Poland has pledged a further 50,000 vaccine doses to Georgia, Health Minister Tamar Gelashvili told a news briefing today.",
        "2021-03-04",
    );
    let p = by_trigger(&d, "donation", "pledged");
    assert_eq!(p.len(), 1, "{:?}", d.events);
    assert_eq!(p[0].date, None);
    // a date of the pledge itself is kept
    let d = run(
        "Poland pledged a further 50,000 vaccine doses to Georgia on Monday, Health Minister Tamar Gelashvili told a news briefing.",
        "2021-03-04",
    );
    let p = by_trigger(&d, "donation", "pledged");
    assert_eq!(p.len(), 1, "{:?}", d.events);
    assert_eq!(p[0].date.as_deref(), Some("2021-03-01"));
}

#[test]
fn pledges_listed_after_a_dated_lead_take_its_day() {
    let text = "Donors pledge $2 billion for Malawi\n\n\
        LILONGWE, May 12 -- Governments and charities pledged more than $2 billion on Tuesday to help Malawi recover from the cyclone.\n\n\
        The African Development Bank pledged $600 million over five years. Norway promised $40 million for schools.\n\n\
        In 2019 the Gates Foundation donated $5 million to Malawi's health ministry.";
    let d = run(text, "2022-05-12");
    let norway = by_trigger(&d, "donation", "promised");
    assert_eq!(norway.len(), 1, "{:?}", d.events);
    assert_eq!(norway[0].date.as_deref(), Some("2022-05-10"));
    // a donation that happened keeps its own year
    let gates = by_trigger(&d, "donation", "donated");
    assert_eq!(gates.len(), 1, "{:?}", d.events);
    assert_eq!(gates[0].date.as_deref(), Some("2019"));
}

#[test]
fn a_date_after_another_verbs_agent_is_not_the_donations() {
    // "hit by flooding this month" dates the flooding; the water's trip
    // over the weekend, told next, dates the gift
    let d = run(
        "Brewer Ceres Andina said on Tuesday it had donated 200,000 litres of bottled water to the Peruvian Red Cross for towns hit by flooding this month.\n\nThe water was trucked to Piura over the weekend, the company said.",
        "2021-03-10",
    );
    let g = by_trigger(&d, "donation", "donated");
    assert_eq!(g.len(), 1, "{:?}", d.events);
    assert_eq!(g[0].date.as_deref(), Some("2021-W09-WE"));
    let items: Vec<&str> = g[0]
        .arguments
        .iter()
        .filter(|a| a.role == "item")
        .map(|a| a.span.text(&d.text))
        .collect();
    assert_eq!(items, vec!["200,000 litres of bottled water"]);
}

#[test]
fn a_date_before_and_trigger_belongs_to_the_earlier_verb() {
    let d = run(
        "The delegation arrived in Nairobi on Monday and met Kenyan Trade Minister Amina Odhiambo the following day.",
        "2021-10-15",
    );
    let m = by_trigger(&d, "meeting", "met");
    assert_eq!(m.len(), 1, "{:?}", d.events);
    assert_eq!(m[0].date.as_deref(), Some("2021-10-12"));
    // with no date of its own the trigger keeps the one before it
    let d = run(
        "The delegation arrived in Nairobi on Monday and met Kenyan Trade Minister Amina Odhiambo.",
        "2021-10-15",
    );
    let m = by_trigger(&d, "meeting", "met");
    assert_eq!(m.len(), 1, "{:?}", d.events);
    assert_eq!(m[0].date.as_deref(), Some("2021-10-11"));
}

#[test]
fn a_since_clause_after_the_trigger_does_not_date_it() {
    let d = run(
        "It is Prime Minister Amina Odhiambo's first trip to Uganda since she took office in May.",
        "2021-10-15",
    );
    let v = by_trigger(&d, "visit", "trip");
    assert_eq!(v.len(), 1, "{:?}", d.events);
    assert_eq!(v[0].date, None);
    // a trigger inside the clause keeps its date
    let d = run(
        "Trade has grown since Kenya and Uganda signed a customs agreement in May.",
        "2021-10-15",
    );
    let a = by_trigger(&d, "agreement", "signed");
    assert_eq!(a.len(), 1, "{:?}", d.events);
    assert_eq!(a[0].date.as_deref(), Some("2021-05"));
}

#[test]
fn a_speaker_on_a_visit_is_its_visitor() {
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo said during a visit to Uganda on Monday that the border post would open in May.",
        "2021-10-15",
    );
    let v = by_trigger(&d, "visit", "visit");
    assert_eq!(v.len(), 1, "{:?}", d.events);
    let visitors: Vec<&str> = v[0]
        .arguments
        .iter()
        .filter(|a| a.role == "visitor")
        .filter_map(|a| a.entity.map(|e| d.entities[e].name.as_str()))
        .collect();
    assert_eq!(visitors, vec!["Amina Odhiambo"]);
    // a visit that is the topic of the words is not the speaker's
    let d = run(
        "Kenyan Trade Minister Amina Odhiambo said the visit to Uganda by President Yoweri Museveni's envoy was useful.",
        "2021-10-15",
    );
    for e in d.events.iter().filter(|e| e.kind == "visit") {
        assert!(e
            .arguments
            .iter()
            .filter(|a| a.role == "visitor")
            .all(|a| a.entity.map(|x| d.entities[x].name.as_str()) != Some("Amina Odhiambo")));
    }
}

#[test]
fn an_event_on_a_named_occasion_takes_its_day() {
    // The talks are dated; "Following the talks" puts the signing on that
    // day, across a paragraph.
    let d = run(
        "Kenyan Foreign Minister Amina Odhiambo held talks with Ugandan \
         Foreign Minister Sam Kutesa in Nairobi on Tuesday.\n\n\
         Following the talks, the two ministers signed a protocol on cross-border trade.",
        "2021-06-10",
    );
    assert_eq!(
        date_of(&d, "agreement", "signed").as_deref(),
        Some("2021-06-08")
    );
}

#[test]
fn an_occasion_not_named_definitely_gives_no_day() {
    // "at a meeting" is another occasion; "at Mombasa to visit" names none.
    let d = run(
        "Kenyan Foreign Minister Amina Odhiambo held talks with Ugandan \
         Foreign Minister Sam Kutesa in Nairobi on Tuesday.\n\n\
         Kutesa later signed a protocol on fisheries at a meeting of the regional council.",
        "2021-06-10",
    );
    assert_eq!(date_of(&d, "agreement", "signed"), None);
    // A planned event does not take a past occasion's day.
    let d = run(
        "Kenyan Foreign Minister Amina Odhiambo held talks with Ugandan \
         Foreign Minister Sam Kutesa in Nairobi on Tuesday.\n\n\
         After the talks, Kutesa said the two countries would sign a trade deal.",
        "2021-06-10",
    );
    let signs = by_trigger(&d, "agreement", "sign");
    assert!(
        signs
            .iter()
            .all(|e| e.date.as_deref() != Some("2021-06-08")),
        "{signs:?}"
    );
}

#[test]
fn a_live_blog_entry_dates_what_was_said_and_done_in_it() {
    let text = "LIVE: Andean trade ministers meet in Quito\n\n\
        18:10 GMT — The meeting has ended. Peruvian Trade Minister Lucia Paredes told reporters that tariffs on rice would fall.\n\n\
        \"We have waited long enough,\" Ecuadorian Trade Minister Tomas Vera said.\n\n\
        15:45 GMT — Bolivia and Colombia signed a customs agreement, Bolivian Trade Minister Hugo Mamani said.\n\n\
        Catch up: Vera said the bloc had lost a decade.";
    let d = run(text, "2024-05-08");
    let said = |trigger: &str, nth: usize| by_trigger(&d, "statement", trigger)[nth].date.clone();
    let day = Some("2024-05-08".to_string());
    assert_eq!(said("told", 0), day);
    // a later paragraph of the entry
    assert_eq!(said("said", 0), day);
    assert_eq!(date_of(&d, "agreement", "signed"), day);
    // a labelled paragraph is no part of the entry
    assert_eq!(said("said", 2), None);
}

#[test]
fn one_time_at_a_paragraph_start_is_no_live_blog() {
    let text = "Quito, May 8 -- Trade ministers met in the capital.\n\n\
        10:30 GMT - Peruvian Trade Minister Lucia Paredes told reporters that tariffs on rice would fall.";
    let d = run(text, "2024-05-08");
    assert_eq!(date_of(&d, "statement", "told"), None);
}

fn status_of(d: &newsfacts::Document, kind: &str, trigger: &str) -> &'static str {
    let evs = by_trigger(d, kind, trigger);
    assert!(!evs.is_empty(), "no {kind} event on {trigger:?}");
    evs[0].status.as_str()
}

#[test]
fn an_event_noun_called_off_after_it_is_negated() {
    let d = run(
        "A meeting of the Chilean and Peruvian fisheries ministers, which had been planned for Lima this week, was postponed because of the strike.",
        "2023-05-10",
    );
    assert_eq!(status_of(&d, "meeting", "meeting"), "negated");
    let d = run(
        "Talks between Kenya and Tanzania on the border post have been called off, the Kenyan foreign ministry said.",
        "2023-05-10",
    );
    assert_eq!(status_of(&d, "meeting", "Talks"), "negated");
    // what is called off in a clause of its own is something else
    let d = run(
        "Kenyan and Tanzanian ministers held talks in Arusha on Monday, at which the vote on the levy was postponed.",
        "2023-05-10",
    );
    assert_eq!(status_of(&d, "meeting", "talks"), "happened");
}

#[test]
fn an_event_noun_scheduled_after_it_is_planned() {
    let d = run(
        "Mongolian and Kazakh officials will compare notes at a meeting of the two governments scheduled for Thursday.",
        "2023-05-10",
    );
    assert_eq!(status_of(&d, "meeting", "meeting"), "planned");
    let d = run(
        "Ministers from Ghana and Togo concluded a two-day meeting in Lome on Tuesday, paving the way for a summit of their presidents scheduled for June.",
        "2023-05-10",
    );
    assert_eq!(status_of(&d, "meeting", "meeting"), "happened");
}

#[test]
fn an_occasion_fronted_before_the_speaker_dates_the_statement() {
    let d = run(
        "Kenya and Uganda signed a rail agreement in Kampala on Monday. Speaking at the signing, Ugandan Transport Minister Grace Achan said the line would open in 2027.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![Some("2021-06-14".to_string())]);
    // an occasion inside a quote that opens the sentence is what was said
    let d = run(
        "Kenya and Uganda signed a rail agreement in Kampala on Monday. \"At the signing we promised a faster line,\" Ugandan Transport Minister Grace Achan said.",
        "2021-06-16",
    );
    assert_eq!(statement_dates(&d), vec![None]);
}

#[test]
fn a_date_in_a_later_clause_of_another_subject_is_not_the_events() {
    let d = run(
        "Bolivia did not sign the transit agreement, and Chilean officials held separate talks with Peru in March.",
        "2023-05-10",
    );
    assert_eq!(date_of(&d, "agreement", "sign"), None);
    let d = run(
        "The two ministers did not sign any agreement, though officials expect progress early next year.",
        "2023-05-10",
    );
    assert_eq!(date_of(&d, "agreement", "sign"), None);
    // a date of the event's own clause stays
    let d = run(
        "Bolivia and Chile signed a transit agreement in La Paz on Monday, and the border post will open in June.",
        "2023-05-10",
    );
    assert_eq!(
        date_of(&d, "agreement", "signed").as_deref(),
        Some("2023-05-08")
    );
}

/// A wire dateline without a year dates the document (and through it the
/// lead's event) by the weekday the lead names, and says the year was inferred.
#[test]
fn a_year_less_dateline_dates_the_lead_by_its_weekday() {
    let mut d = newsfacts::Document::new(
        "t",
        "Patrol boats handed over\n\nBATUMI, Georgia, Dec 29 (Black Sea Wire) - Turkey signed an agreement with Georgia on Monday to train its coast guard crews.",
    );
    pipeline_support::pipeline().process(&mut d);
    // The latest Dec 29 that is a Monday or the day after one: a Tuesday
    // in 2026, and "on Monday" is the day before.
    assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2026, 12, 29));
    assert_eq!(
        d.date_source,
        newsfacts::model::DateSource::DatelineInferredYear
    );
    assert_eq!(
        date_of(&d, "agreement", "signed").as_deref(),
        Some("2026-12-28")
    );
}

/// A live blog whose stamps stand alone above their entries: what is said in
/// an entry took place on the blog's day (the statement is otherwise a bare
/// "said", which is undated).
#[test]
fn a_stamp_on_its_own_line_dates_its_entry() {
    let text = "LIVE: Governors meet on wildfires\n\n09:10\nThe meeting has started behind closed doors.\n\n10:25\nThe forestry agency's director, Osvaldo Retamal, told reporters the next ten days would be the hardest.";
    let d = run(text, "2026-02-19");
    assert_eq!(
        date_of(&d, "statement", "told").as_deref(),
        Some("2026-02-19")
    );
    // Without stamps the same entry's saying has no date.
    let plain = text.replace("09:10\n", "").replace("10:25\n", "");
    let d = run(&plain, "2026-02-19");
    assert_eq!(date_of(&d, "statement", "told"), None);
}

/// The full pipeline on `text` (dated 2026-05-14): its statements as
/// (trigger, speaker argument).
fn run_statements(text: &str) -> newsfacts::Document {
    run(text, "2026-05-14")
}

fn statements(d: &newsfacts::Document) -> Vec<(String, Option<String>)> {
    d.events
        .iter()
        .filter(|e| e.kind == "statement")
        .map(|e| {
            let speaker =
                e.arguments
                    .iter()
                    .find(|a| a.role == "speaker")
                    .map(|a| match a.entity {
                        Some(e) => d.entities[e].name.clone(),
                        None => a.span.text(&d.text).to_string(),
                    });
            (e.trigger.text(&d.text).to_string(), speaker)
        })
        .collect()
}

/// A verb of naming with a short object and a quote of some words is a
/// saying of its subject's ("called the visit \"…\""); a name in quotes, a
/// passive or "what X called" is not.
#[test]
fn naming_a_thing_in_quotes_is_a_statement() {
    let d = run_statements("Chief Kapalu Tom of Ipeukel village, who walked for five hours to reach the wharf, called the visit \"a blessing for the old people\".");
    let st = statements(&d);
    assert_eq!(st.len(), 1, "{st:?}");
    assert_eq!(st[0].0, "called");
    assert_eq!(st[0].1.as_deref(), Some("Kapalu Tom"));
    for text in [
        "Britain will mint a new bullion coin called the \"Britannia\" from next autumn.",
        "The trial has been hailed the \"trial of the century\" by the local media.",
        "Bardot attacked city officials over what she called the \"massacre of stray animals\" in Moscow.",
        "Indian Prime Minister Manmohan Singh called Thursday for an \"arc of prosperity in Asia\".",
    ] {
        let d = run_statements(text);
        assert!(statements(&d).iter().all(|s| s.0 != "called" && s.0 != "hailed"), "{text}: {:?}", statements(&d));
    }
}

/// A courtesy title between the comma and the name does not hide the
/// source: "according to the ship's medical director, Dr Chad Whitfield".
#[test]
fn a_courtesy_title_before_an_apposed_source() {
    let d = run_statements("Its 46 volunteers include eye surgeons, dentists and two midwives, according to the ship's medical director, Dr Chad Whitfield.");
    let st = statements(&d);
    assert_eq!(st.len(), 1, "{st:?}");
    assert_eq!(st[0].0, "according to");
    assert_eq!(st[0].1.as_deref(), Some("Chad Whitfield"));
}

/// Words quoted inside a reported clause are part of it: one indirect quote,
/// marks and all, and no direct quote of their own. A quotation right after
/// the speech verb ("adding \"…\"") stays a direct quote.
#[test]
fn a_quote_inside_a_reported_clause_is_part_of_it() {
    use newsfacts::model::QuoteKind;
    // (after another speaker's quote, whose words must not go on either)
    let d = run_statements("\"We need this road,\" said the committee chairman, Peter Banda. The finance minister, Grace Phiri, said the loan required no vote in parliament, and that its terms were \"among the best we have ever been offered\".");
    let kinds: Vec<(QuoteKind, &str)> = d
        .quotes
        .iter()
        .skip(1)
        .map(|q| (q.kind, q.span.text(&d.text)))
        .collect();
    assert_eq!(
        kinds,
        vec![(
            QuoteKind::Indirect,
            "the loan required no vote in parliament, and that its terms were \"among the best we have ever been offered\""
        )]
    );
    let d = run_statements("\"The boats are ready,\" the commander said, adding \"we will patrol the whole coast from January\".");
    assert!(
        d.quotes.iter().any(|q| q.kind == QuoteKind::Direct
            && q.span.text(&d.text) == "we will patrol the whole coast from January"),
        "{:?}",
        d.quotes
            .iter()
            .map(|q| (q.kind, q.span.text(&d.text)))
            .collect::<Vec<_>>()
    );
}
