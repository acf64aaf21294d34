//! Entity stage: one test per rule and per disambiguation case, with our
//! own sentences and a small gazetteer built in the test.

use newsfacts::entities::{EntityRecognizer, BUNDLED_ENTITY_RULES};
use newsfacts::gazetteer::GazetteerBuilder;
use newsfacts::model::{Document, EntitySource, EntityType};
use newsfacts::sentences::SentenceSplitter;
use std::sync::Arc;

/// Facts for the tests (names and codes only).
const GAZ: &str = "Georgia\tcountry\tGE\t\tdemonyms=Georgian
Georgia\tlocation\tUS-GA\t\tcountry=US\tfeature=region
Atlanta\tlocation\tgeonames:4180439\t\tcountry=US\tfeature=city
Tbilisi\tlocation\tgeonames:611717\t\tcountry=GE\tfeature=city
United States\tcountry\tUS\tU.S.|USA|United States of America\tdemonyms=American
Jordan\tcountry\tJO\t\tdemonyms=Jordanian
Amman\tlocation\tgeonames:250441\t\tcountry=JO\tfeature=city
Chad\tcountry\tTD\t\tdemonyms=Chadian
Turkey\tcountry\tTR\tTürkiye\tdemonyms=Turkish
Greece\tcountry\tGR\t\tdemonyms=Greek
Reading\tlocation\tgeonames:2639577\t\tcountry=GB\tfeature=city
China\tcountry\tCN\tPRC\tdemonyms=Chinese
Italy\tcountry\tIT\t\tdemonyms=Italian
Pakistan\tcountry\tPK\t\tdemonyms=Pakistani
Naples\tlocation\tgeonames:3172394\t\tcountry=IT\tfeature=city
Lahore\tlocation\tgeonames:1172451\t\tcountry=PK\tfeature=city
World Health Organization\torganization\tWHO\tWHO
Will Smith\tperson\tQ40096\tWill|Smith
İzmir\tlocation\tgeonames:311046\tIzmir\tcountry=TR\tfeature=city\tpopulation=2500000
United Nations\torganization\torg:un\tUN|U.N.
Osh\tlocation\tgeonames:1527534\t\tcountry=KG\tfeature=city\tpopulation=320000
Guizhou\tlocation\tgeonames:1809445\t\tcountry=CN\tadmin1=CN.18\tpopulation=38000000
Hunan\tlocation\tgeonames:1806691\t\tcountry=CN\tfeature=region\tpopulation=66000000
Lagos\tlocation\tgeonames:2332459\t\tcountry=NG\tfeature=city\tpopulation=9000000
Celsius Holdings\torganization\tsec:1341766\tCelsius\tfeature=company
";

fn recognizer_with(extra: &[(String, String)]) -> EntityRecognizer {
    let mut gb = GazetteerBuilder::new();
    gb.add_tsv("test-gazetteer", GAZ).unwrap();
    let mut sources = vec![("bundled".to_string(), BUNDLED_ENTITY_RULES.to_string())];
    sources.extend_from_slice(extra);
    EntityRecognizer::new(Arc::new(gb.build().unwrap()), &sources).unwrap()
}

fn run(text: &str) -> Document {
    // Compiling the rules takes a moment in debug builds: share one recognizer.
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    let rec = SHARED.get_or_init(|| recognizer_with(&[]));
    let mut doc = Document::new("t", text);
    SentenceSplitter::new().annotate(&mut doc);
    rec.annotate(&mut doc);
    doc
}

/// (kind, name, mention texts) of every entity.
fn summary(doc: &Document) -> Vec<(EntityType, String, Vec<String>)> {
    doc.entities
        .iter()
        .map(|e| {
            (
                e.kind,
                e.name.clone(),
                e.mentions
                    .iter()
                    .map(|m| m.span.text(&doc.text).to_string())
                    .collect(),
            )
        })
        .collect()
}

fn entity<'a>(doc: &'a Document, name: &str) -> &'a newsfacts::model::Entity {
    doc.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {:#?}", summary(doc)))
}

fn kind_of(doc: &Document, surface: &str) -> Option<EntityType> {
    doc.entities.iter().find_map(|e| {
        e.mentions
            .iter()
            .any(|m| m.span.text(&doc.text) == surface)
            .then_some(e.kind)
    })
}

// ------------------------------------------------------------ disambiguation

#[test]
fn georgia_us_state_by_cue_phrase() {
    let doc = run("Storms hit the U.S. state of Georgia on Sunday.");
    let g = entity(&doc, "Georgia");
    assert_eq!(g.kind, EntityType::Location);
    assert_eq!(g.attributes.get("country").map(String::as_str), Some("US"));
}

#[test]
fn georgia_country_by_cue_phrase() {
    let doc = run("The president of Georgia met European leaders.");
    let g = entity(&doc, "Georgia");
    assert_eq!(g.kind, EntityType::Country);
    assert_eq!(g.kb_id.as_deref(), Some("GE"));
}

#[test]
fn georgia_by_other_places_in_the_article() {
    let doc =
        run("Floods closed roads around Atlanta. Officials in Georgia asked drivers to stay home.");
    assert_eq!(kind_of(&doc, "Georgia"), Some(EntityType::Location));
    let doc = run("Protesters gathered in Tbilisi. Georgia has applied to join the bloc.");
    assert_eq!(kind_of(&doc, "Georgia"), Some(EntityType::Country));
}

#[test]
fn jordan_person_or_country() {
    let doc = run("Michael Jordan scored 40 points. Later Jordan said he was tired.");
    let mj = entity(&doc, "Michael Jordan");
    assert_eq!(mj.kind, EntityType::Person);
    assert_eq!(mj.mentions.len(), 2);
    assert!(doc.entities.iter().all(|e| e.kind != EntityType::Country));

    let doc = run("Jordan said the border would reopen.");
    assert_eq!(kind_of(&doc, "Jordan"), Some(EntityType::Person));

    let doc = run("Aid convoys crossed into Jordan from the north, officials in Amman said.");
    assert_eq!(kind_of(&doc, "Jordan"), Some(EntityType::Country));
}

#[test]
fn chad_person_or_country() {
    let doc = run("Drummer Chad Lawson played for an hour.");
    assert_eq!(kind_of(&doc, "Chad Lawson"), Some(EntityType::Person));
    assert!(doc.entities.iter().all(|e| e.kind != EntityType::Country));
    let doc = run("French troops remain in Chad this year.");
    assert_eq!(kind_of(&doc, "Chad"), Some(EntityType::Country));
}

#[test]
fn turkey_bird_is_lowercase() {
    let doc = run("Families ate roast turkey on Thursday.");
    assert!(doc.entities.is_empty(), "{:#?}", summary(&doc));
    let doc = run("Ministers from Turkey and Greece met on Friday.");
    assert_eq!(kind_of(&doc, "Turkey"), Some(EntityType::Country));
    assert_eq!(kind_of(&doc, "Greece"), Some(EntityType::Country));
}

#[test]
fn capitalised_common_word_at_sentence_start() {
    let doc = run("Reading the report, the minister frowned.");
    assert!(doc.entities.is_empty(), "{:#?}", summary(&doc));
    let doc = run("The band moved to Reading last year.");
    assert_eq!(kind_of(&doc, "Reading"), Some(EntityType::Location));
    // Capitalised mid-sentence elsewhere: the sentence-initial one is the town too.
    let doc = run("Reading has a new stadium. Fans in Reading celebrated.");
    assert_eq!(entity(&doc, "Reading").mentions.len(), 2);
}

#[test]
fn he_surname_versus_pronoun() {
    let doc = run(
        "Zhang Lei met He Xijing, a surgeon, in April. \"We must act,\" said He, who leads the clinic. \
         He said the talks went well.",
    );
    let he = entity(&doc, "He Xijing");
    let texts: Vec<&str> = he.mentions.iter().map(|m| m.span.text(&doc.text)).collect();
    assert_eq!(texts, vec!["He Xijing", "He"]);
    // The mention is the one after "said", not the sentence-initial pronoun.
    assert!(he.mentions[1].span.start < doc.text.find("He said").unwrap());
    assert!(doc.entities.iter().all(|e| e.name != "He"));
}

#[test]
fn person_alias_that_is_a_common_word_is_dropped() {
    let doc = run("Will the talks resume? Analysts will wait. The actor Will Smith arrived.");
    let ws = entity(&doc, "Will Smith");
    let texts: Vec<&str> = ws.mentions.iter().map(|m| m.span.text(&doc.text)).collect();
    assert_eq!(texts, vec!["Will Smith"]);
}

#[test]
fn a_country_named_only_by_its_demonym_is_an_entity() {
    let doc = run("A Chinese team visited the Italian Heart Foundation in Rome.");
    // "Chinese" alone names China; "Italian" inside the foundation's name
    // is the foundation's, and a country cue for it.
    let countries: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Country)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(countries, vec!["China"]);
    let china = entity(&doc, "China");
    let texts: Vec<&str> = china
        .mentions
        .iter()
        .map(|m| m.span.text(&doc.text))
        .collect();
    assert_eq!(texts, vec!["Chinese"]);
    let f = entity(&doc, "Italian Heart Foundation");
    assert_eq!(f.attributes.get("country").map(String::as_str), Some("IT"));
}

#[test]
fn a_demonym_is_no_second_mention_of_a_named_country() {
    let doc = run("Kenya thanked Chinese donors. China sent masks to Kenyan hospitals.");
    let china = entity(&doc, "China");
    let texts: Vec<&str> = china
        .mentions
        .iter()
        .map(|m| m.span.text(&doc.text))
        .collect();
    assert_eq!(texts, vec!["China"]);
}

#[test]
fn a_gazetteer_place_is_named_as_the_article_writes_it() {
    // The gazetteer's name has diacritics; the article writes plain ASCII.
    let doc = run("Rescuers searched the rubble in Izmir on Saturday.");
    let izmir = doc
        .entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some("geonames:311046"))
        .expect("Izmir found");
    assert_eq!(izmir.name, "Izmir");
}

#[test]
fn an_acronym_does_not_rename_a_known_institution() {
    let doc = run("The UN said aid would arrive on Monday.");
    let un = doc
        .entities
        .iter()
        .find(|e| e.kb_id.as_deref() == Some("org:un"))
        .expect("UN found");
    assert_eq!(un.name, "United Nations");
}

#[test]
fn a_place_with_its_kind_after_it_is_a_place_of_its_own() {
    let doc = run(
        "Floods hit the Osh region and the Cauca River burst its banks. \
         Herders in Zavkhan province lost cattle. Officials in Guizhou province said \
         schools reopened, and the Police Department in Lagos closed a road.",
    );
    // A feature's word is part of its name; an administrative unit's kind
    // in lowercase only says what the place is, known or not.
    for name in ["Osh", "Cauca River", "Zavkhan", "Guizhou"] {
        assert_eq!(entity(&doc, name).kind, EntityType::Location, "{name}");
    }
    for name in ["Osh region", "Zavkhan province", "Guizhou province"] {
        assert!(doc.entities.iter().all(|e| e.name != name), "{name}");
    }
    // An office is no place.
    assert!(doc
        .entities
        .iter()
        .all(|e| !e.name.contains("Police") || e.kind != EntityType::Location));
}

#[test]
fn an_official_name_with_its_unit_and_the_bare_name_are_one_place() {
    let doc = run(
        "A medical team from Hunan Province arrived in Lahore on Monday. \
         Hunan has sent three such teams since March.",
    );
    let hunan = entity(&doc, "Hunan Province");
    assert_eq!(hunan.kind, EntityType::Location);
    assert_eq!(hunan.kb_id.as_deref(), Some("geonames:1806691"));
    assert_eq!(hunan.mentions.len(), 2);
    assert!(doc.entities.iter().all(|e| e.name != "Hunan"));
    // A town is not the region named after it.
    let doc = run("Osh Region officials drove to Osh on Friday to meet traders.");
    assert_eq!(entity(&doc, "Osh Region").mentions.len(), 1);
    assert_eq!(
        entity(&doc, "Osh").kb_id.as_deref(),
        Some("geonames:1527534")
    );
}

// ------------------------------------------------------------ pattern rules

#[test]
fn institutions_by_head_words_and_shapes() {
    let doc = run(
        "Officials at the Ministry of Foreign Affairs thanked the Kestrel Foundation. \
         Doctors from the Third Affiliated Hospital of Qingdao Maritime University and the \
         Lakeside International Children's Rehabilitation Hospital joined staff of the \
         University of Mombasa and the Hospital of the Lakes.",
    );
    for name in [
        "Ministry of Foreign Affairs",
        "Kestrel Foundation",
        "Third Affiliated Hospital of Qingdao Maritime University",
        "University of Mombasa",
        "Hospital of the Lakes",
    ] {
        let e = entity(&doc, name);
        assert_eq!(e.kind, EntityType::Organization, "{name}");
        assert_eq!(e.source, EntitySource::Pattern, "{name}");
    }
    // A lone head word is not an institution.
    let doc = run("Hospital staff said the University would reopen.");
    assert!(doc.entities.is_empty(), "{:#?}", summary(&doc));
}

#[test]
fn people_by_titles_and_speech() {
    let doc = run("President Amara Okafor arrived. Dr. Lena Fischer spoke first, said Tomas Berg.");
    for name in ["Amara Okafor", "Lena Fischer", "Tomas Berg"] {
        assert_eq!(entity(&doc, name).kind, EntityType::Person, "{name}");
    }
    let doc =
        run("Nadia Petrova said prices would rise. Spokesman Jeff Arden declined to comment.");
    assert_eq!(entity(&doc, "Nadia Petrova").kind, EntityType::Person);
    assert_eq!(entity(&doc, "Jeff Arden").kind, EntityType::Person);
    // Weekdays and sentence-start words are not part of names.
    let doc = run("On Monday President Jane Roe spoke.");
    assert_eq!(summary(&doc)[0].1, "Jane Roe");
}

#[test]
fn apposition_gives_affiliation_with_role() {
    let doc = run(
        "Maria Lopez, director of the Lima Science Museum, opened the show. \
         Karl Berg from the Vienna Institute of Physics also spoke. \
         Sara Okoye, vice-chancellor of the University of Jos, said classes resume.",
    );
    let rel = |person: &str, org: &str| {
        let p = doc.entities.iter().position(|e| e.name == person).unwrap();
        let o = doc.entities.iter().position(|e| e.name == org).unwrap();
        doc.relations
            .iter()
            .find(|r| r.kind == "affiliation" && r.subject == p && r.object == o)
            .unwrap_or_else(|| panic!("{person} → {org} missing: {:?}", doc.relations))
            .role
            .clone()
    };
    assert_eq!(
        rel("Maria Lopez", "Lima Science Museum").as_deref(),
        Some("director")
    );
    // "from" an institution says no more than that he belongs there.
    assert_eq!(
        rel("Karl Berg", "Vienna Institute of Physics").as_deref(),
        Some("member")
    );
    assert_eq!(
        rel("Sara Okoye", "University of Jos").as_deref(),
        Some("vice-chancellor")
    );
}

#[test]
fn located_in_and_country_from_context() {
    let doc = run("The Clinic of the Bay in Naples, Italy, got a scanner. Pakistan's Lahore Medical College helped.");
    let naples = doc
        .entities
        .iter()
        .position(|e| e.name == "Naples")
        .unwrap();
    let italy = doc.entities.iter().position(|e| e.name == "Italy").unwrap();
    let clinic = doc
        .entities
        .iter()
        .position(|e| e.name == "Clinic of the Bay")
        .unwrap();
    assert!(doc
        .relations
        .iter()
        .any(|r| r.kind == "located_in" && r.subject == naples && r.object == italy));
    assert!(doc
        .relations
        .iter()
        .any(|r| r.kind == "located_in" && r.subject == clinic && r.object == naples));
    assert_eq!(
        doc.entities[clinic]
            .attributes
            .get("country")
            .map(String::as_str),
        Some("IT")
    );
    let lmc = entity(&doc, "Lahore Medical College");
    assert_eq!(
        lmc.attributes.get("country").map(String::as_str),
        Some("PK")
    );
    // A place no list has, known from its country.
    let doc = run("Rescuers worked in Ostravia, Italy, overnight.");
    let o = entity(&doc, "Ostravia");
    assert_eq!(o.kind, EntityType::Location);
    assert_eq!(o.attributes.get("country").map(String::as_str), Some("IT"));
}

// ------------------------------------------------------------ resolution

#[test]
fn surnames_point_to_the_full_name() {
    let doc = run(
        "Imran Qureshi, head of the Lahore Heart Institute, visited. Later Qureshi said \
         the visit went well. Qureshi's team left on Friday.",
    );
    let q = entity(&doc, "Imran Qureshi");
    assert_eq!(q.mentions.len(), 3);
    assert_eq!(
        doc.entities
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .count(),
        1
    );
}

#[test]
fn acronyms_defined_in_text_and_from_gazetteer() {
    let doc = run(
        "The Global Vaccine Research Council (GVRC) met. GVRC members backed the World Health \
         Organization plan, and WHO welcomed it.",
    );
    let c = entity(&doc, "Global Vaccine Research Council");
    let texts: Vec<&str> = c.mentions.iter().map(|m| m.span.text(&doc.text)).collect();
    assert_eq!(
        texts,
        vec!["Global Vaccine Research Council", "GVRC", "GVRC"]
    );
    let who = entity(&doc, "World Health Organization");
    assert_eq!(who.mentions.len(), 2);
    // Entities are ordered by first mention.
    assert_eq!(doc.entities[0].name, "Global Vaccine Research Council");
}

#[test]
fn shortened_institution_names() {
    let doc = run(
        "The Fourth Affiliated Hospital of Harbin Medical University treated 40 patients. \
         Staff at the Fourth Affiliated Hospital worked overtime.",
    );
    let h = entity(
        &doc,
        "Fourth Affiliated Hospital of Harbin Medical University",
    );
    assert_eq!(h.mentions.len(), 2);
}

// ------------------------------------------------------------ user rules

#[test]
fn user_rule_files_add_patterns() {
    let user = (
        "my-rules.toml".to_string(),
        "[[entity_pattern]]\nid = \"ship\"\ntype = \"organization\"\npattern = \"(?-u:\\\\b)MV {Word}\"\n"
            .to_string(),
    );
    let rec = recognizer_with(&[user]);
    let mut doc = Document::new("t", "The crew of MV Horizon was rescued.");
    SentenceSplitter::new().annotate(&mut doc);
    rec.annotate(&mut doc);
    assert_eq!(doc.entities[0].name, "MV Horizon");

    let bad = (
        "bad.toml".to_string(),
        "[[entity_pattern]]\nid = \"x\"\ntype = \"vessel\"\npattern = \"MV\"\n".to_string(),
    );
    let mut gb = GazetteerBuilder::new();
    gb.add_tsv("g", "").unwrap();
    let err = EntityRecognizer::new(
        Arc::new(gb.build().unwrap()),
        &[("bundled".into(), BUNDLED_ENTITY_RULES.into()), bad],
    )
    .err()
    .unwrap()
    .to_string();
    assert!(
        err.contains("bad.toml") && err.contains("\"x\"") && err.contains("vessel"),
        "{err}"
    );
}

// ------------------------------------------------------------ robustness

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Any text — odd Unicode, stray quotes and brackets, names cut off
        /// at the end — yields entities whose mentions are valid, ordered
        /// spans, and relations that point at existing entities.
        #[test]
        fn any_text_gives_valid_spans(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("He Xijing, head of the Xi'an Medical Hospital, said".to_string()),
                    Just(" said He, who ".to_string()),
                    Just("Georgia".to_string()),
                    Just(" (WHO) ".to_string()),
                    Just("in Naples, Italy".to_string()),
                    Just("’s ".to_string()),
                    Just("\u{a0}".to_string()),
                    Just("Ünïcödé Ärzte Hospital".to_string()),
                    Just("\n\n".to_string()),
                    "[A-Za-z ,.()'\"-]{0,12}",
                    "\\PC{0,6}",
                ],
                0..24,
            )
        ) {
            let text: String = parts.concat();
            let doc = run(&text);
            let mut firsts = Vec::new();
            for e in &doc.entities {
                prop_assert!(!e.mentions.is_empty());
                firsts.push(e.mentions[0].span.start);
                for m in &e.mentions {
                    prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
                    prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                }
            }
            prop_assert!(firsts.windows(2).all(|w| w[0] <= w[1]));
            for r in &doc.relations {
                prop_assert!(r.subject < doc.entities.len() && r.object < doc.entities.len());
                prop_assert!(r.subject != r.object);
            }
        }
    }
}

#[test]
fn names_wrapped_across_lines_are_found_but_not_across_paragraphs() {
    // (Where the splitter ends a sentence at a line break, a name is clipped
    // there instead: see mentions_stay_inside_sentences_at_line_breaks.)
    let doc = run("Staff at the Fifth Affiliated Hospital of\nWuhan Medical University said that Dr. Wang\nWei would lead.");
    assert_eq!(
        doc.sentences.len(),
        1,
        "the splitter keeps this one sentence"
    );
    entity(
        &doc,
        "Fifth Affiliated Hospital of Wuhan Medical University",
    );
    entity(&doc, "Wang Wei");
    let doc = run("Talks at the Wuhan\n\nHospital of Hope ended.");
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.contains("Wuhan Hospital")),
        "{:#?}",
        summary(&doc)
    );
}

/// Every mention lies inside the sentence it names, also where the splitter
/// ends a sentence at a line break inside a name.
fn assert_mentions_inside_sentences(doc: &Document) {
    for e in &doc.entities {
        for m in &e.mentions {
            let s = doc.sentences[m.sentence];
            assert!(
                s.start <= m.span.start && m.span.end <= s.end,
                "{:?} {:?} lies outside sentence {:?}",
                e.name,
                m.span.text(&doc.text),
                s.text(&doc.text)
            );
        }
    }
}

#[test]
fn mentions_stay_inside_sentences_at_line_breaks() {
    // A short first line: the splitter ends a sentence at its line break.
    let doc = run("Secretary of Trade Helen\nMarbury said on Monday that the plan would go ahead.\n    The Grand Northern Rail Company\nLtd said it would bid.");
    assert_mentions_inside_sentences(&doc);
    let doc = run("The National Health\nCommission said on Monday that new cases fell in the city.\n    It gave no details.");
    assert_mentions_inside_sentences(&doc);
    let doc = run("Dr. Chen\nChina ");
    assert_mentions_inside_sentences(&doc);
}

#[test]
fn the_place_of_a_wire_dateline_is_found_in_capitals() {
    let doc = run("Vaccines arrive\n\nTBILISI, March 3 (Caucasus Wire) -- Georgia received 50,000 doses on Tuesday, officials in Tbilisi said.");
    let tbilisi = entity(&doc, "Tbilisi");
    assert_eq!(tbilisi.kind, EntityType::Location);
    assert_eq!(tbilisi.kb_id.as_deref(), Some("geonames:611717"));
    let mentions: Vec<&str> = tbilisi
        .mentions
        .iter()
        .map(|m| m.span.text(&doc.text))
        .collect();
    assert_eq!(mentions, vec!["TBILISI", "Tbilisi"]);
    // The dateline's place is a place even where its name has other readings.
    let doc = run("AMMAN — The two ministers met on Sunday.");
    assert_eq!(kind_of(&doc, "AMMAN"), Some(EntityType::Location));
    // Capitals that open a line without a dateline's shape are left alone,
    // and a dateline place the gazetteer does not know is not guessed.
    let doc = run("NAPLES, that is the question.\n\nMOONBASE, May 2 (Lunar Wire) -- Talks began.");
    assert_eq!(kind_of(&doc, "NAPLES"), None);
    assert_eq!(kind_of(&doc, "MOONBASE"), None);
}

#[test]
fn a_unit_after_degrees_is_no_company() {
    let doc = run("Temperatures fell to minus 3 degrees Celsius on Monday.");
    assert!(doc.entities.is_empty(), "{:?}", doc.entities);
    let doc = run("Shares of Celsius rose on Monday.");
    assert_eq!(entity(&doc, "Celsius").kind, EntityType::Organization);
}
