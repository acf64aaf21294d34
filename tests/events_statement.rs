//! Quotes and statement events: our own sentences, positive and negative.

mod events_support;
use events_support::*;
use newsfacts::model::QuoteKind;

/// (text, None = no quote, or Some((kind, speaker entity name or speaker
/// text, content prefix)) for the first quote).
type Case = (
    &'static str,
    Option<(QuoteKind, &'static str, &'static str)>,
);

const D: QuoteKind = QuoteKind::Direct;
const I: QuoteKind = QuoteKind::Indirect;

#[test]
fn statement_table() {
    let cases: &[Case] = &[
        // --- direct, attribution after
        ("\"We will send more doctors next month,\" said Wang Yi.", Some((D, "Wang Yi", "We will send more doctors next month"))),
        ("\"The vaccine works well in older patients,\" Rossi said.", Some((D, "Maria Rossi", "The vaccine works well in older patients"))),
        ("“Our hospitals are ready for the second wave,” said Yusuf on Tuesday.", Some((D, "Amina Yusuf", "Our hospitals are ready for the second wave"))),
        ("\"Trade between our countries keeps growing,\" Putin told reporters.", Some((D, "Vladimir Putin", "Trade between our countries keeps growing"))),
        ("\"This is a good day for science,\" added Zhang Hua, who leads the lab.", Some((D, "Zhang Hua", "This is a good day for science"))),
        ("\"We are grateful for the help from abroad,\" said Italian doctor Maria Rossi.", Some((D, "Maria Rossi", "We are grateful for the help from abroad"))),
        ("\"The masks arrived just in time,\" the Red Cross said in a statement.", Some((D, "Red Cross", "The masks arrived just in time"))),
        ("\"Nobody expected the crisis to last this long,\" a spokesman said.", Some((D, "a spokesman", "Nobody expected the crisis to last this long"))),
        ("\"China stands ready to help its partners,\" Xi Jinping stressed.", Some((D, "Xi Jinping", "China stands ready to help its partners"))),
        ("\"We must act together against the virus,\" Merkel said on Monday.", Some((D, "Angela Merkel", "We must act together against the virus"))),
        // --- direct, attribution before
        ("Macron said: \"France will not close its borders again.\"", Some((D, "Emmanuel Macron", "France will not close its borders again"))),
        ("Smith told the meeting, \"We need more testing kits in every town.\"", Some((D, "John Smith", "We need more testing kits in every town"))),
        ("Li Wei wrote that \"the results surprised everyone on the team.\"", Some((D, "Li Wei", "the results surprised everyone on the team"))),
        // --- pronoun speakers resolve to the last person
        ("Rossi works in Milan. \"The wards are finally quieter,\" she said.", Some((D, "Maria Rossi", "The wards are finally quieter"))),
        ("Putin spoke after the talks. \"The two countries are close partners,\" he added.", Some((D, "Vladimir Putin", "The two countries are close partners"))),
        // --- indirect
        ("Wang Yi said the two countries would expand trade in medical goods.", Some((I, "Wang Yi", "the two countries would expand trade in medical goods"))),
        ("Yusuf said that the hospital had enough beds for now.", Some((I, "Amina Yusuf", "the hospital had enough beds for now"))),
        ("Xi Jinping, the Chinese president, said China would share its vaccine research.", Some((I, "Xi Jinping", "China would share its vaccine research"))),
        ("Amina Yusuf, director of Lahore Medical College, said the exchange helped her staff a great deal.", Some((I, "Amina Yusuf", "the exchange helped her staff a great deal"))),
        ("The Ministry of Health said on Monday that infections were falling.", Some((I, "Ministry of Health", "infections were falling"))),
        ("Merkel told reporters that Germany would send more ventilators.", Some((I, "Angela Merkel", "Germany would send more ventilators"))),
        ("Putin stressed that the two sides share many interests.", Some((I, "Vladimir Putin", "the two sides share many interests"))),
        ("Macron noted that French hospitals were under strain.", Some((I, "Emmanuel Macron", "French hospitals were under strain"))),
        ("Smith arrived on Monday. He said the trip had been long but useful.", Some((I, "John Smith", "the trip had been long but useful"))),
        ("Rossi spoke to doctors. The new wing will open in June, she added.", Some((I, "Maria Rossi", "The new wing will open in June"))),
        ("The clinics need more staff, said Zhang Hua.", Some((I, "Zhang Hua", "The clinics need more staff"))),
        ("Kenya will build three new clinics this year, the World Bank said.", Some((I, "World Bank", "Kenya will build three new clinics this year"))),
        ("India announced that it would lift the export ban.", Some((I, "India", "it would lift the export ban"))),
        ("Li Wei explained that the test takes about ten minutes.", Some((I, "Li Wei", "the test takes about ten minutes"))),
        ("Officials said the border would reopen after the holiday.", Some((I, "Officials", "the border would reopen after the holiday"))),
        ("Yusuf warned that cases could rise again in winter.", Some((I, "Amina Yusuf", "cases could rise again in winter"))),
        ("UNICEF said the shipment contained vaccines for children.", Some((I, "UNICEF", "the shipment contained vaccines for children"))),
        ("The foreign minister also said the talks had gone well.", Some((I, "The foreign minister", "the talks had gone well"))),
        // --- an auxiliary is no part of the speaker; "the country" is the one the text is about
        ("Officials have said the border would reopen after the holiday.", Some((I, "Officials", "the border would reopen after the holiday"))),
        ("Kenya hosts many refugees. Kenya and India met. The country has said it needs more help.", Some((I, "Kenya", "it needs more help"))),
        ("Kenya hosts many refugees. Kenya and India met. The government said the camps were full.", Some((I, "Kenya", "the camps were full"))),
        // --- a long phrase of circumstance after the verb is no content
        ("Kenya will build three clinics, the World Bank said in a statement released late on Thursday.", Some((I, "World Bank", "Kenya will build three clinics"))),
        ("Kenya received the masks on Tuesday, the ministry said, as the country braced for a new wave.", Some((I, "the ministry", "Kenya received the masks on Tuesday"))),
        ("The college said in a statement that it had followed its gift policy.", Some((I, "The college", "it had followed its gift policy"))),
        ("Smith said, as previously announced, the clinic would close in May.", Some((I, "John Smith", "the clinic would close in May"))),
        // --- a country's government speaks for the country
        ("Kenya's government said the border would stay open.", Some((I, "Kenya", "the border would stay open"))),
        // --- "the organization" is the institution named last before
        ("UNICEF sent tents to Kenya. The organization said more would follow in May.", Some((I, "UNICEF", "more would follow in May"))),
        // --- negatives: no speech
        ("The Red Cross is said to have sent food to Kenya.", None),
        ("Smith spent the week in Rome.", None),
        ("The so-called \"Belt and Road\" plan covers many countries.", None),
        ("The film \"Red Sea\" opened in Beijing.", None),
        ("Officials said so.", None),
        ("The report said nothing.", None),
        ("According to the plan, the clinic opens in May.", None),
        ("He never said a word.", None),
        // --- a speech word after an article or possessive is a noun
        ("The notes will be sold through three banks in May.", None),
        ("His remarks drew loud applause in the hall.", None),
        ("The envoys signed an exchange of notes at the residence.", None),
        ("The so-called \"new normal\" is here to stay.", None),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let d = world(text).run();
        let statements = of(&d, "statement");
        match want {
            None => {
                if !d.quotes.is_empty() || !statements.is_empty() {
                    failures.push(format!("{text:?}: expected no quote, got {:?}", d.quotes));
                }
            }
            Some((kind, speaker, content)) => {
                let Some(q) = d.quotes.first() else {
                    failures.push(format!("{text:?}: no quote"));
                    continue;
                };
                let name = q
                    .speaker
                    .map(|e| d.entities[e].name.clone())
                    .or_else(|| q.speaker_span.map(|s| s.text(&d.text).to_string()))
                    .unwrap_or_default();
                let got = q.span.text(&d.text);
                if q.kind != *kind || name != *speaker || !got.starts_with(content) {
                    failures.push(format!(
                        "{text:?}: got {:?} speaker {name:?} content {got:?}",
                        q.kind
                    ));
                }
                // Every quote makes a statement but one by an anonymous
                // speaker ("a spokesman", "Officials") or an institution
                // described, not named ("the ministry" when none is named).
                let anonymous = speaker.starts_with("a ") || *speaker == "Officials";
                let want = if anonymous { 0 } else { d.quotes.len() };
                if statements.len() != want {
                    failures.push(format!(
                        "{text:?}: {} statements for {} quotes",
                        statements.len(),
                        d.quotes.len()
                    ));
                }
                if let Some(s) = statements.first() {
                    if !s
                        .arguments
                        .iter()
                        .any(|a| a.role == "content" && a.span == q.span)
                    {
                        failures.push(format!("{text:?}: statement content differs"));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} statement cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn statement_dated_by_its_sentence() {
    let d = world("Merkel said on Monday that Germany would send ventilators.").run();
    let s = one(&d, "statement");
    assert_eq!(s.date.as_deref(), Some("2020-05-18"));
    assert_eq!(s.rule, "statement.indirect");
    assert_eq!(s.countries, vec!["DE"]);
}

#[test]
fn continued_quote_keeps_its_speaker() {
    let d = world(
        "\"We sent two teams,\" said Wang Yi. \"Both teams will stay until the summer ends.\"",
    )
    .run();
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    assert_eq!(d.quotes[0].speaker, d.quotes[1].speaker);
    assert!(d.quotes[1].speaker.is_some());
}

/// Speaker entity name of the first quote, or its text when unlinked.
fn first_speaker(d: &newsfacts::model::Document) -> Option<String> {
    let q = d.quotes.first()?;
    Some(match q.speaker {
        Some(e) => d.entities[e].name.clone(),
        None => q.speaker_span?.text(&d.text).to_string(),
    })
}

#[test]
fn an_institution_speaks_before_the_country_that_qualifies_it() {
    // "Danish" is a mention of Denmark, but the drugmaker is the speaker.
    let d = doc("Danish drugmaker Nordhavn Pharma said the trial would end in June.")
        .country("Denmark", "DK", &["Danish"])
        .org("Nordhavn Pharma")
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Nordhavn Pharma"));
    // A country alone in the subject still speaks.
    let d = doc("Denmark said the trial would end in June.")
        .country("Denmark", "DK", &["Denmark"])
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Denmark"));
}

#[test]
fn title_with_full_stop_keeps_the_name() {
    let d =
        doc("\"Every clinic will get a generator,\" said Dr. Nadia Ferreira, who runs the fund.")
            .person("Nadia Ferreira", &["Nadia Ferreira"])
            .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Nadia Ferreira"));
}

#[test]
fn short_name_resolves_to_earlier_full_name() {
    // Only the full name is a linked mention; the later surname is not.
    let d = doc("Tomas Okafor-Lind met the mayor. Lind said the bridge would reopen in May.")
        .person("Tomas Okafor-Lind", &["Tomas Okafor-Lind"])
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Tomas Okafor-Lind"));
    let d = doc("Brightwater Robotics opened a plant. Brightwater said it would hire 200 people.")
        .org("Brightwater Robotics")
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Brightwater Robotics"));
}

#[test]
fn organisation_by_its_kind_or_it() {
    let d = doc("The Harlow Valley Foundation gave 40 laptops. The foundation said more would follow next year.")
        .org("Harlow Valley Foundation")
        .run();
    assert_eq!(
        first_speaker(&d).as_deref(),
        Some("Harlow Valley Foundation")
    );
    let d = doc("Norden Pumps Ltd shipped the parts. The company said the order was its largest.")
        .org("Norden Pumps Ltd")
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Norden Pumps Ltd"));
    let d = doc("Norden Pumps Ltd shipped the parts. It said the order was its largest.")
        .org("Norden Pumps Ltd")
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Norden Pumps Ltd"));
    // No organisation mentioned earlier: stays unlinked.
    let d = doc("The company said the order was its largest.").run();
    assert_eq!(d.quotes.first().and_then(|q| q.speaker), None);
}

#[test]
fn spokesperson_speaks_for_the_organisation() {
    let d = doc("A spokeswoman for the Kestrel Institute said the grant covered two years.")
        .org("Kestrel Institute")
        .run();
    assert_eq!(first_speaker(&d).as_deref(), Some("Kestrel Institute"));
    // Without a spokesperson the phrase after "for" is not the speaker.
    let d = doc("A lawyer for the Kestrel Institute said the grant covered two years.")
        .org("Kestrel Institute")
        .run();
    assert_ne!(first_speaker(&d).as_deref(), Some("Kestrel Institute"));
}

#[test]
fn it_and_the_statement_go_on_with_the_institution_that_spoke() {
    let d = world(
        "The World Bank said in a statement that Kenya would get a loan. \
         Smith said the talks went well. The loan runs for ten years, the statement said. \
         The first payment comes in May, it added.",
    )
    .run();
    let speakers: Vec<Option<String>> = d
        .quotes
        .iter()
        .map(|q| q.speaker.map(|e| d.entities[e].name.clone()))
        .collect();
    assert_eq!(
        speakers,
        vec![
            Some("World Bank".to_string()),
            Some("John Smith".to_string()),
            Some("World Bank".to_string()),
            Some("World Bank".to_string()),
        ]
    );
    // A speaker no entity covers in between ends the run.
    let d = world(
        "The World Bank said in a statement that Kenya would get a loan. Officials said the \
         talks went well. The first payment comes in May, the statement said.",
    )
    .run();
    assert_eq!(d.quotes.len(), 3);
    assert_eq!(d.quotes[2].speaker, None);
}

/// The whole pipeline on `text` dated `date` (YYYY-MM-DD): real sentences,
/// entities and dates.
fn run_dated(text: &str, date: &str) -> newsfacts::Document {
    static P: std::sync::OnceLock<newsfacts::Pipeline> = std::sync::OnceLock::new();
    let p = P
        .get_or_init(|| newsfacts::Pipeline::new(&newsfacts::Config::default()).expect("pipeline"));
    let mut d = newsfacts::Document::new("t", text);
    d.date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    p.process(&mut d);
    d
}

#[test]
fn a_statement_at_the_signing_takes_the_signings_day() {
    // The signing (Tuesday) is told before a later-told agreement of the day
    // before: "at the signing ceremony" is the signing's day, not the latest
    // agreement's; the next speaker's bare "said" stays undated.
    let d = run_dated(
        "Kenya and Uganda signed a trade protocol in Nairobi on Tuesday. A day earlier, \
         Kenya and Tanzania agreed to build a joint border post.\n\n\
         \"Our traders have waited for this,\" Kenyan Trade Minister Amina Odhiambo said \
         at the signing ceremony. Ugandan Trade Minister Sam Kutesa said exports would double.",
        "2021-06-10",
    );
    let dates: Vec<(String, Option<String>)> = d
        .events
        .iter()
        .filter(|e| e.kind == "statement")
        .map(|e| (e.trigger.text(&d.text).to_string(), e.date.clone()))
        .collect();
    assert_eq!(
        dates,
        vec![
            ("said".to_string(), Some("2021-06-08".to_string())),
            ("said".to_string(), None)
        ]
    );
}

#[test]
fn only_a_date_of_its_own_sentence_goes_on_to_the_speakers_next_words() {
    let dates = |text: &str| statement_dates(text, "2021-06-10");
    // "told a briefing on Tuesday. She said …": one occasion, one date
    assert_eq!(
        dates(
            "Kenyan Trade Minister Amina Odhiambo told a briefing on Tuesday that exports \
             had grown. She said the border post would open in July."
        ),
        vec![
            Some("2021-06-08".to_string()),
            Some("2021-06-08".to_string())
        ]
    );
    // a date taken from the occasion stays with the words said at it
    assert_eq!(
        dates(
            "Kenya and Uganda signed a trade protocol in Nairobi on Tuesday.\n\n\
             \"Our traders have waited for this,\" Kenyan Trade Minister Amina Odhiambo said \
             at the signing ceremony. She said the border post would open in July."
        ),
        vec![Some("2021-06-08".to_string()), None]
    );
}

/// Statement contents, in text order.
fn statement_contents(d: &newsfacts::model::Document) -> Vec<String> {
    of(d, "statement")
        .iter()
        .flat_map(|e| role(d, e, "content"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_continuation_quote_is_the_same_saying() {
    // In the same paragraph: two quotes, one statement.
    let d = world(
        "\"We sent two teams,\" said Wang Yi. \"Both teams will stay until the summer ends.\"",
    )
    .run();
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    assert_eq!(statement_contents(&d), vec!["We sent two teams"]);
    // In the next paragraph, after narration: still the same saying.
    let d = world(
        "\"The wards are quieter now,\" Rossi said at the hospital gate.\n\n\"Last winter we had patients sleeping in the corridors.\"",
    )
    .run();
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    assert_eq!(d.quotes[1].speaker, d.quotes[0].speaker);
    assert_eq!(statement_contents(&d), vec!["The wards are quieter now"]);
}

#[test]
fn a_quote_with_its_own_attribution_is_a_statement_of_its_own() {
    // Each quotation has its own speech verb: two statements.
    let d = world("\"We sent two teams,\" said Wang Yi. \"Both will stay all summer,\" he added.")
        .run();
    assert_eq!(
        statement_contents(&d),
        vec!["We sent two teams", "Both will stay all summer"]
    );
    // Another speaker in between: the later quote is not the same saying.
    let d = world(
        "\"We sent two teams,\" said Wang Yi. Merkel said Germany would send ventilators. \"Both teams will stay until the summer ends.\"",
    )
    .run();
    let contents = statement_contents(&d);
    assert_eq!(contents.len(), 3, "{contents:?}");
    assert!(
        contents.iter().any(|c| c.starts_with("Both teams")),
        "{contents:?}"
    );
    // Two paragraphs on, the quotation is no longer the same saying.
    let d = world(
        "\"We sent two teams,\" said Wang Yi.\n\nThe teams arrived in May.\n\n\"Both teams will stay until the summer ends.\"",
    )
    .run();
    let contents = statement_contents(&d);
    assert!(
        d.quotes.len() < 2 || contents.len() == 2,
        "{contents:?} {:?}",
        d.quotes
    );
}

#[test]
fn an_institution_described_not_named_makes_no_statement() {
    for text in [
        "The president will not travel to Lome on Friday, his office said.",
        "The fund has received 1.5 million soles, the regional government said.",
        "Flour and blankets were sent on Tuesday, the government in Tbilisi said.",
        "The minister will return in November, her ministry said.",
    ] {
        let d = doc(text).run();
        assert_eq!(d.quotes.len(), 1, "{text}: {:?}", d.quotes);
        assert_eq!(d.quotes[0].speaker, None, "{text}");
        assert!(d.quotes[0].speaker_span.is_some(), "{text}");
        none(&d, "statement");
    }
    // A named institution, a resolved one or a person described still speaks.
    let d = doc("The fund has received 1.5 million soles, the Ministry of Health said.")
        .org("Ministry of Health")
        .run();
    assert_eq!(
        statement_contents(&d),
        vec!["The fund has received 1.5 million soles"]
    );
    let d = doc("The fund has received 1.5 million soles, the agency said.").run();
    assert_eq!(
        statement_contents(&d),
        vec!["The fund has received 1.5 million soles"]
    );
    let d = doc("The talks had gone well, the foreign minister said.").run();
    assert_eq!(statement_contents(&d), vec!["The talks had gone well"]);
}

#[test]
fn an_amount_after_add_is_no_speech() {
    for text in [
        "The club's owner, Maria Rossi, added £10,000 of her own money on Sunday.",
        "Wang Yi added 300 jobs at the plant in Kenya.",
        "The index added 23.9 points to 1,164.3 on Monday.",
    ] {
        let d = world(text).run();
        assert!(d.quotes.is_empty(), "{text}: {:?}", d.quotes);
        none(&d, "statement");
    }
    // "added that" and a clause are still speech.
    let d = world("Wang Yi added that 80 percent of the money would go to schools.").run();
    assert_eq!(
        statement_contents(&d),
        vec!["80 percent of the money would go to schools"]
    );
    let d = world("Wang Yi added the money would go to schools.").run();
    assert_eq!(
        statement_contents(&d),
        vec!["the money would go to schools"]
    );
}

#[test]
fn an_adding_clause_is_a_second_statement_of_the_same_speaker() {
    for text in [
        "The clinic will open in May, Wang Yi said by phone, adding that its staff had been hired.",
        "The clinic will open in May, Wang Yi said on Friday, adding that its staff had been hired.",
        "Wang Yi said the clinic will open in May, adding that its staff had been hired.",
        "Wang Yi told reporters that the clinic will open in May, adding that its staff had been hired.",
    ] {
        let d = world(text).run();
        assert_eq!(
            statement_contents(&d),
            vec!["The clinic will open in May", "its staff had been hired"]
                .into_iter()
                .map(|c| if text.starts_with("Wang") {
                    c.replace("The clinic", "the clinic")
                } else {
                    c.to_string()
                })
                .collect::<Vec<_>>(),
            "{text}"
        );
        let triggers: Vec<&str> = of(&d, "statement")
            .iter()
            .map(|e| e.trigger.text(&d.text))
            .collect();
        assert_eq!(triggers[1], "adding", "{text}");
        assert_eq!(d.quotes.len(), 2, "{text}");
        assert_eq!(d.quotes[0].speaker, d.quotes[1].speaker, "{text}");
        assert!(d.quotes[1].speaker.is_some(), "{text}");
    }
    // "adding" with an object, not a clause: one saying.
    let d = world("Wang Yi said the clinic will open in May, adding 40 beds to the ward.").run();
    assert_eq!(of(&d, "statement").len(), 1, "{:?}", d.quotes);
}

#[test]
fn a_speaker_set_off_inside_the_sentence_says_what_follows() {
    for (text, content) in [
        (
            "Maria Rossi runs the clinic. After the storm in 2019, she noted, half of the promised money never came.",
            "half of the promised money never came",
        ),
        (
            "Maria Rossi runs the clinic. The new wing, Rossi said, would be the first in the valley.",
            "would be the first in the valley",
        ),
    ] {
        let d = world(text).run();
        assert_eq!(statement_contents(&d), vec![content], "{text}");
        let e = one(&d, "statement");
        assert_eq!(role_names(&d, e, "speaker"), vec!["Maria Rossi"], "{text}");
    }
    // A clause of circumstance after the aside: the content came before it.
    let d = world("The new wing will open in June, Rossi said, as the builders finished the roof.")
        .run();
    assert_eq!(
        statement_contents(&d),
        vec!["The new wing will open in June"]
    );
    // No aside: the subject before the verb speaks.
    let d = world("The new wing, which Rossi said would open in June, was built in Milan.").run();
    assert!(
        !statement_contents(&d)
            .iter()
            .any(|c| c.starts_with("was built")),
        "{:?}",
        statement_contents(&d)
    );
}

/// The dates of the statements in `text` dated `date`, in text order.
fn statement_dates(text: &str, date: &str) -> Vec<Option<String>> {
    dated_contents(&run_dated(text, date))
        .into_iter()
        .map(|(d, _)| d)
        .collect()
}

/// (date, content) of each statement, in text order.
fn dated_contents(d: &newsfacts::model::Document) -> Vec<(Option<String>, String)> {
    d.events
        .iter()
        .filter(|e| e.kind == "statement")
        .map(|e| {
            let content = e
                .arguments
                .iter()
                .find(|a| a.role == "content")
                .map(|a| a.span.text(&d.text).to_string())
                .unwrap_or_default();
            (e.date.clone(), content)
        })
        .collect()
}

#[test]
fn the_saying_is_dated_by_its_listener_circumstance_and_day() {
    let one = |text: &str| dated_contents(&run_dated(text, "2023-03-10")).remove(0);
    // a listener and a place before "that": the content starts after it,
    // and the day between the verb and "that" dates the saying
    assert_eq!(
        one(
            "The port authority's chief, Mirela Dobre, told a press briefing in Galati on \
             Tuesday that dredging would resume in April."
        ),
        (
            Some("2023-03-07".to_string()),
            "dredging would resume in April".to_string()
        )
    );
    // a month right after the verb
    assert_eq!(
        one("The water board said in February that the new pumps had been ordered."),
        (
            Some("2023-02".to_string()),
            "the new pumps had been ordered".to_string()
        )
    );
    // a part of a named day is a time, and dates the saying by its day
    assert_eq!(
        one(
            "\"We will rebuild the school first,\" the mayor, Ion Vlad, said at a meeting \
             with parents in the village hall on Wednesday evening."
        )
        .0,
        Some("2023-03-08".to_string())
    );
    // a participle clause telling where the speaker was, the day closing it
    assert_eq!(
        one(
            "\"The river gave us everything and took it back,\" Vlad said, standing on the \
             broken bridge on Thursday afternoon."
        )
        .0,
        Some("2023-03-09".to_string())
    );
}

#[test]
fn a_date_of_what_is_cited_does_not_date_the_saying() {
    let one = |text: &str| dated_contents(&run_dated(text, "2023-03-10")).remove(0);
    // a participle that recounts: its day is what is recounted
    assert_eq!(
        one("\"The water rose in an hour,\" Vlad said, recalling the storm on Sunday.").0,
        None
    );
    // a date qualifying a noun ("Monday's newspaper")
    assert_eq!(
        one(
            "The new pumps had been ordered, the water board's engineer told Monday's \
             Galati Courier."
        )
        .0,
        None
    );
}

#[test]
fn an_audience_told_is_at_the_occasion() {
    let dates = |text: &str| statement_dates(text, "2023-03-10");
    // "told guests" after a signing on Wednesday: said at the signing
    assert_eq!(
        dates(
            "Moldova and Romania signed a bridge agreement in Ungheni on Wednesday. \
             Romanian Transport Minister Ion Vlad told guests that work would start in May."
        ),
        vec![Some("2023-03-08".to_string())]
    );
    // "told delegates" after talks told before: the talks' day
    assert_eq!(
        dates(
            "Moldova and Romania held talks in Iasi on Tuesday on the new bridge. Romanian \
             Transport Minister Ion Vlad told delegates that the bridge would open in May."
        ),
        vec![Some("2023-03-07".to_string())]
    );
    // no dated occasion before: no date
    assert_eq!(
        dates("The mayor, Ana Rusu, told the crowd that the library would stay open."),
        vec![None]
    );
}

#[test]
fn a_speaker_in_apposition_before_the_verb_and_a_circumstance_after_it() {
    let d = run_dated(
        "The bank will open a branch in Kitui, the county spokesperson, Mutua Kivuva, \
         said on Wednesday.\n\n\
         Repairs to the bridge will take a month, the engineer, Ruth Otieno, confirmed \
         in a statement.",
        "2023-03-10",
    );
    assert_eq!(
        dated_contents(&d),
        vec![
            (
                Some("2023-03-08".to_string()),
                "The bank will open a branch in Kitui".to_string()
            ),
            (None, "Repairs to the bridge will take a month".to_string())
        ]
    );
    let speakers: Vec<String> = of(&d, "statement")
        .iter()
        .map(|e| role_names(&d, e, "speaker").join(""))
        .collect();
    assert_eq!(speakers, ["Mutua Kivuva", "Ruth Otieno"]);
}

#[test]
fn a_sentence_adverb_aside_before_that_and_a_confirmation_not_given() {
    let d = run_dated(
        "Ruth Otieno, the county engineer, spoke in Kitui. She warned, however, that the \
         bridge would stay closed until May.\n\n\
         Kenya has not confirmed that the talks took place.",
        "2023-03-10",
    );
    assert_eq!(
        dated_contents(&d),
        vec![(None, "the bridge would stay closed until May".to_string())]
    );
}

#[test]
fn according_to_after_a_live_blog_stamp_opens_the_sentence() {
    let d = run_dated(
        "FLOODS IN BUZAU - LIVE\n\n11:10 — According to the Buzau County Council, 1,860 \
         people have been moved out of their homes.\n\n10:05 — Rain is falling again.",
        "2023-03-10",
    );
    let speakers: Vec<String> = of(&d, "statement")
        .iter()
        .map(|e| role_names(&d, e, "speaker").join(""))
        .collect();
    assert_eq!(speakers, ["Buzau County Council"]);
    assert_eq!(
        dated_contents(&d)[0].1,
        "1,860 people have been moved out of their homes"
    );
}

#[test]
fn and_added_that_and_but_warned_that_are_second_sayings() {
    let d = run_dated(
        "Ruth Otieno, the county engineer, said the bridge was safe but warned that the \
         road beyond it would flood again.\n\n\
         Otieno said the talks had gone well and added that a deal could come in May.\n\n\
         Otieno said the firm had denied the report and said that it would appeal.",
        "2023-03-10",
    );
    let contents: Vec<String> = dated_contents(&d).into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        contents,
        [
            "the bridge was safe",
            "the road beyond it would flood again",
            "the talks had gone well",
            "a deal could come in May",
            // after "and said" the subject may be the firm: one saying
            "the firm had denied the report and said that it would appeal",
        ]
    );
}

#[test]
fn what_she_called_a_long_quote_is_her_saying() {
    let d = run_dated(
        "Akua Mensah, the health minister, spoke in Lome. She thanked Oman for what she \
         called \"a partnership measured in working equipment, not photographs\".\n\n\
         The clinic opened in what locals called the \"new wing\".",
        "2023-03-10",
    );
    let statements = of(&d, "statement");
    assert_eq!(statements.len(), 1);
    assert_eq!(statements[0].trigger.text(&d.text), "called");
    assert_eq!(role_names(&d, statements[0], "speaker"), ["Akua Mensah"]);
}
