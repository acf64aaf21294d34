//! Relations of the entity stage (who holds which role where; which place
//! or institution lies in which place) and the names they depend on, with
//! our own sentences and a small gazetteer built in the test.

mod entities_support;

use entities_support::{affiliation, index, located_in, names};
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

/// Facts for the tests (names and codes only).
const GAZ: &str = "Portugal\tcountry\tPT\t\tdemonyms=Portuguese
Peru\tcountry\tPE\t\tdemonyms=Peruvian
Japan\tcountry\tJP\t\tdemonyms=Japanese
Chile\tcountry\tCL\t\tdemonyms=Chilean
Norway\tcountry\tNO\t\tdemonyms=Norwegian
Pakistan\tcountry\tPK\t\tdemonyms=Pakistani
China\tcountry\tCN\t\tdemonyms=Chinese
Jordan\tcountry\tJO\t\tdemonyms=Jordanian
Chad\tcountry\tTD\t\tdemonyms=Chadian
United States\tcountry\tUS\tU.S.|USA\tdemonyms=American
Lyon\tlocation\tgeonames:2996944\t\tcountry=FR\tfeature=city\tpopulation=522969
Leeds\tlocation\tgeonames:2644688\t\tcountry=GB\tfeature=city\tpopulation=455123
Lisbon\tlocation\tgeonames:2267057\t\tcountry=PT\tfeature=city\tpopulation=517802
Ohio\tlocation\tgeonames:5165418\t\tcountry=US\tfeature=region
World Health Organization\torganization\tWHO\tWHO
Reuters\torganization\torg:reuters\t\tfeature=news_agency
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

// ------------------------------------------------------------ "X-based"

#[test]
fn based_place_is_a_mention_not_part_of_the_name() {
    let doc = run("The Lyon-based Corvane Health Initiative said it would open a clinic.");
    let org = index(&doc, "Corvane Health Initiative");
    assert_eq!(doc.entities[org].kind, EntityType::Organization);
    assert_eq!(doc.entities[index(&doc, "Lyon")].kind, EntityType::Location);
    assert!(located_in(&doc, "Corvane Health Initiative", "Lyon"));
    // A based place after the name, and a lowercase noun between.
    let doc = run(
        "Grants went to the Tallis Reading Trust, a Leeds-based charity, on Friday. \
         A Lisbon-based shipping foundation, the Mareira Foundation, paid for the boats.",
    );
    assert!(located_in(&doc, "Tallis Reading Trust", "Leeds"));
    assert!(located_in(&doc, "Mareira Foundation", "Lisbon"));
}

#[test]
fn a_registered_place_before_the_name_gives_located_in() {
    let doc = run("A donor, the Lisbon-registered Tejo Coastal Foundation, paid for the boats.");
    assert!(located_in(&doc, "Tejo Coastal Foundation", "Lisbon"));
    assert_eq!(
        doc.entities[index(&doc, "Lisbon")].kind,
        EntityType::Location
    );
}

#[test]
fn a_kind_of_institution_in_a_place_gives_located_in() {
    // ", a <kind> in Place" ending the apposition, or before "whose".
    let doc = run(
        "The count was made by the Centre for River Studies, a research group in Lyon, \
         on Friday. The pumps were serviced by Quarrel Pump Works, a small firm in Leeds \
         whose owner drove up.",
    );
    assert!(located_in(&doc, "Centre for River Studies", "Lyon"));
    assert!(
        located_in(&doc, "Quarrel Pump Works", "Leeds"),
        "{:?}",
        names(&doc)
    );
    assert_eq!(
        doc.entities[index(&doc, "Quarrel Pump Works")].kind,
        EntityType::Organization
    );
    // A person's description is no kind of institution; a kind that does
    // not end the noun phrase is none either.
    let doc = run(
        "Tomas Reyes, a charity worker in Lyon, said the Centre for River Studies, \
         a group in Leeds schools, would help.",
    );
    let lyon = index(&doc, "Lyon");
    assert!(doc.relations.iter().all(|r| r.object != lyon));
    assert!(!located_in(&doc, "Centre for River Studies", "Leeds"));
}

#[test]
fn based_in_and_headquartered_in_give_located_in() {
    let doc = run(
        "The Kestrel Learning Trust, a non-profit organisation based in Leeds, trains teachers. \
         Harbin Freight Group is a shipping company headquartered in Lyon.",
    );
    assert!(located_in(&doc, "Kestrel Learning Trust", "Leeds"));
    assert!(located_in(&doc, "Harbin Freight Group", "Lyon"));
    // Other things based somewhere are not the institution.
    let doc = run("The Kestrel Learning Trust gave laptops to schools based in Leeds.");
    assert!(!located_in(&doc, "Kestrel Learning Trust", "Leeds"));
}

// ------------------------------------------------------------ datelines

#[test]
fn dateline_place_is_found_and_lies_in_its_region() {
    let doc =
        run("Food bank gets turkeys\n\nHAMLIN, Ohio (AP) -- A grocer gave 500 turkeys on Monday.");
    let hamlin = index(&doc, "Hamlin");
    assert_eq!(doc.entities[hamlin].kind, EntityType::Location);
    assert_eq!(
        doc.entities[hamlin].mentions[0].span.text(&doc.text),
        "HAMLIN"
    );
    assert!(located_in(&doc, "Hamlin", "Ohio"));

    let doc =
        run("LISBON, Portugal, May 3, 2021 -- The ministry said on Monday it had received masks.");
    assert!(located_in(&doc, "Lisbon", "Portugal"));
    // A known place without a region is still the dateline's place.
    let doc = run("LISBON, May 3 -- The ministry said it had received masks.");
    assert_eq!(
        doc.entities[index(&doc, "Lisbon")].kind,
        EntityType::Location
    );
}

#[test]
fn capitals_that_are_no_dateline_are_no_place() {
    for text in [
        "UPDATE -- The ministry said it had received masks.",
        "CCC, has accepted bids for export bonuses, the agency said (in a statement).",
        "NEW RULES FOR GRANTS\n\nThe ministry said it had changed the rules.",
    ] {
        let doc = run(text);
        assert!(
            doc.entities.iter().all(|e| e.kind != EntityType::Location),
            "{text}: {:?}",
            names(&doc)
        );
    }
}

// ------------------------------------------------------------ roles

#[test]
fn role_between_country_and_person() {
    let doc = run(
        "The talks were opened by Norwegian Trade and Industry Minister Kari Dahlstrom on Monday. \
         Peru's health minister, Ana Quispe Rojas, said the plant was ready. \
         The ceremony was attended by Japan's ambassador to Chile, Kenta Onodera, and others.",
    );
    assert_eq!(
        affiliation(&doc, "Kari Dahlstrom", "Norway"),
        Some(Some("trade and industry minister".into()))
    );
    assert_eq!(
        affiliation(&doc, "Ana Quispe Rojas", "Peru"),
        Some(Some("health minister".into()))
    );
    assert_eq!(
        affiliation(&doc, "Kenta Onodera", "Japan"),
        Some(Some("ambassador".into()))
    );
    assert_eq!(affiliation(&doc, "Kenta Onodera", "Chile"), None);
}

#[test]
fn a_demonym_before_a_state_role_names_the_country() {
    // China is named only by the demonym: the affiliation still has its object.
    let doc = run("The masks were handed over by Chinese Ambassador Zhou Minglan on Friday.");
    assert_eq!(doc.entities[index(&doc, "China")].kind, EntityType::Country);
    assert_eq!(
        affiliation(&doc, "Zhou Minglan", "China"),
        Some(Some("ambassador".into()))
    );
    // A listed role that holds "of" stays whole.
    let doc = run("The visit of American Secretary of State Ellen Marsh ended on Friday.");
    assert_eq!(
        affiliation(&doc, "Ellen Marsh", "United States"),
        Some(Some("secretary of state".into()))
    );
    // A nationality is no affiliation.
    let doc = run("The school was paid for by Pakistani businessman Imran Qazilbash last year.");
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
    // The demonym still names the country, as any demonym does.
    assert_eq!(
        doc.entities[index(&doc, "Pakistan")].kind,
        EntityType::Country
    );
}

#[test]
fn role_between_institution_and_person() {
    let doc = run(
        "WHO Deputy Director-General Tomas Feldberg said the vaccines had arrived. \
         Lena Bergkvist, the WHO's regional director for Europe, said more would follow. \
         Spokesman Ole Brandt of the Harbin Freight Group said Harbin Freight Group spokesman \
         Jens Amundsen would travel.",
    );
    let who = "World Health Organization";
    assert_eq!(
        affiliation(&doc, "Tomas Feldberg", who),
        Some(Some("deputy director-general".into()))
    );
    assert_eq!(
        affiliation(&doc, "Lena Bergkvist", who),
        Some(Some("regional director".into()))
    );
    assert_eq!(
        affiliation(&doc, "Jens Amundsen", "Harbin Freight Group"),
        Some(Some("spokesperson".into()))
    );
}

#[test]
fn clauses_and_news_agencies_are_no_roles() {
    // "urged President" is a verb and a title; a news agency is a source.
    let doc = run(
        "The Harbin Freight Group urged President Ana Quispe Rojas to act. \
         The minister told Reuters Finance Secretary Jaime Ortolan had left.",
    );
    assert!(
        doc.relations.iter().all(|r| r.kind != "affiliation"),
        "{:?}",
        doc.relations
    );
}

#[test]
fn a_counterpart_holds_the_role_of_the_person_before() {
    let doc = run(
        "Jordanian Foreign Minister Samir Haddadin hosted his Chadian counterpart, \
         Idriss Mahamat Oumar, in Amman on Sunday.",
    );
    assert_eq!(
        affiliation(&doc, "Samir Haddadin", "Jordan"),
        Some(Some("foreign minister".into()))
    );
    assert_eq!(
        affiliation(&doc, "Idriss Mahamat Oumar", "Chad"),
        Some(Some("foreign minister".into()))
    );
    // Without a role before, a counterpart has none to take.
    let doc =
        run("Samir Haddadin hosted his Chadian counterpart, Idriss Mahamat Oumar, on Sunday.");
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
}

#[test]
fn a_description_stands_for_the_institution_named_before() {
    // "the foundation", "the hospital", "the company": the last
    // institution so named, for a role before or after a name.
    let doc = run(
        "The Tamsin Valley Foundation and Korvath Medical Supply Inc. gave beds to the \
         Orwell Bay Children's Hospital on Monday. \
         \"We will need more,\" said the hospital's chief executive, Dr Ruth Amadi. \
         \"The beds are new,\" said Petra Lindqvist, secretary-general of the foundation. \
         \"We will send more,\" said Ivo Marsh, the company's finance director.",
    );
    assert_eq!(
        affiliation(&doc, "Ruth Amadi", "Orwell Bay Children's Hospital"),
        Some(Some("chief executive".into()))
    );
    assert_eq!(
        affiliation(&doc, "Petra Lindqvist", "Tamsin Valley Foundation"),
        Some(Some("secretary-general".into()))
    );
    assert_eq!(
        affiliation(&doc, "Ivo Marsh", "Korvath Medical Supply Inc."),
        Some(Some("finance director".into()))
    );
}

#[test]
fn a_description_needs_the_and_a_possessive_before_a_name() {
    // "Portugal's health ministry" is not the ministry named before, and
    // "the party out of Prime Minister X's" holds no role.
    let doc = run("The Ministry of Health in Lyon sent a letter. \
         Portugal's health ministry spokesman, Nuno Tavares, said it had arrived. \
         The Harbin Labour Party left. The vote pushed the party out of Prime Minister \
         Rui Falcao's coalition.");
    assert_eq!(
        affiliation(&doc, "Nuno Tavares", "Ministry of Health"),
        None
    );
    assert_eq!(affiliation(&doc, "Rui Falcao", "Harbin Labour Party"), None);
}

#[test]
fn a_country_that_qualifies_a_body_is_not_the_owner_of_the_role() {
    let doc = run(
        "Marta Rocha, president of the Portuguese Cork Institute, spoke in Lisbon. \
         Kenji Sato, director of Japan's Fisheries Board, agreed. \
         \"We agree,\" said Ines Salgado, the foreign minister of Portugal.",
    );
    assert_eq!(affiliation(&doc, "Marta Rocha", "Portugal"), None);
    assert_eq!(
        affiliation(&doc, "Kenji Sato", "Japan"),
        None,
        "{:?}",
        doc.relations
    );
    assert_eq!(
        affiliation(&doc, "Ines Salgado", "Portugal"),
        Some(Some("foreign minister".into()))
    );
}

#[test]
fn places_in_appositions_possessives_and_lists() {
    let doc = run("The Tamsin Valley Foundation, Lisbon, gave beds. \
         Later it flew to Leeds, Lyon, Lisbon and Chile. \
         Farmers in Japan's northern Hokkaido region and in Portugal's Lyon embassy waited. \
         Visitors came to the Orwell Bay Hospital and the Harbin Freight Group in Lisbon. \
         Osaka Prefecture, a region of Japan, sent rice.");
    // An institution and a place in commas.
    assert!(located_in(&doc, "Tamsin Valley Foundation", "Lisbon"));
    // A list is no apposition.
    assert!(!located_in(&doc, "Leeds", "Lyon"));
    assert!(!located_in(&doc, "Lyon", "Lisbon"));
    // "<country>'s [direction] <place>", but not a place of another country.
    assert!(located_in(&doc, "Hokkaido", "Japan"));
    assert!(!located_in(&doc, "Lyon", "Portugal"));
    // Both names joined by "and" lie in the place after them.
    assert!(located_in(&doc, "Orwell Bay Hospital", "Lisbon"));
    assert!(located_in(&doc, "Harbin Freight Group", "Lisbon"));
    // ", a region of Japan".
    assert!(
        located_in(&doc, "Osaka Prefecture", "Japan"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_company_goes_by_the_first_word_of_its_name() {
    let doc = run(
        "Korvath Medical Supply Inc. and the Portuguese Red Cross sent beds to Lisbon. \
         Korvath chief executive Ruth Amadi said more would follow, and Portuguese \
         businessman Rui Falcao paid for the trucks.",
    );
    assert_eq!(
        affiliation(&doc, "Ruth Amadi", "Korvath Medical Supply Inc."),
        Some(Some("chief executive".into()))
    );
    // A demonym is no short form of "Portuguese Red Cross".
    let red_cross = doc
        .entities
        .iter()
        .position(|e| e.name.ends_with("Red Cross"));
    let falcao = index(&doc, "Rui Falcao");
    assert!(
        !doc.relations
            .iter()
            .any(|r| r.subject == falcao && Some(r.object) == red_cross),
        "{:?}",
        doc.relations
    );
}

#[test]
fn a_delegation_leader_holds_the_title_of_its_country() {
    let doc = run(
        "Japan's delegation, led by Health Minister Kenji Morimoto, arrived on Monday. \
         Chile's delegation head, Deputy Minister Paula Ortega Vidal, spoke next.",
    );
    assert_eq!(
        affiliation(&doc, "Kenji Morimoto", "Japan"),
        Some(Some("health minister".into()))
    );
    assert_eq!(
        affiliation(&doc, "Paula Ortega Vidal", "Chile"),
        Some(Some("deputy minister".into()))
    );
}

#[test]
fn a_based_modifier_between_role_and_institution() {
    let doc = run(
        "\"The money is late,\" said Marco Tiongson, a health economist at the Harbin-based \
         Atlantic Policy Forum.",
    );
    assert_eq!(
        affiliation(&doc, "Marco Tiongson", "Atlantic Policy Forum"),
        Some(Some("health economist".into()))
    );
}

#[test]
fn its_before_a_role_is_the_institution_named_last_in_the_sentence() {
    let doc = run(
        "The gift is the largest in the history of the Mercer Valley Public Library, its \
         director, Ana Quispe Rojas, said. The World Health Organization sent gloves to Chile on \
         Monday, its spokesman, Tomas Ried, said.",
    );
    assert_eq!(
        affiliation(&doc, "Ana Quispe Rojas", "Mercer Valley Public Library"),
        Some(Some("director".into()))
    );
    // A country named after the institution does not take "its".
    assert_eq!(
        affiliation(&doc, "Tomas Ried", "World Health Organization"),
        Some(Some("spokesperson".into()))
    );
    assert_eq!(affiliation(&doc, "Tomas Ried", "Chile"), None);
}

#[test]
fn a_bare_head_word_before_a_role_after_a_clause_word() {
    let doc = run(
        "The Mid-Ohio Food Bank gave out 900 turkeys. Donations are down by a third, said \
         bank director Ana Quispe Rojas, on Monday.",
    );
    assert_eq!(
        affiliation(&doc, "Ana Quispe Rojas", "Mid-Ohio Food Bank"),
        Some(Some("director".into()))
    );
}

#[test]
fn a_person_of_an_institution_is_a_member_unless_a_role_noun_says_more() {
    let doc = run(
        "\"The season is too short,\" said Ines Varga of the Coastal Fishers Alliance. \
         Prices will rise, said analyst Tomas Brandt of Kestrel Securities Inc. \
         Olaf Rennick, a spokeswoman for the Harbour Trust Foundation, declined to comment.",
    );
    assert_eq!(
        affiliation(&doc, "Ines Varga", "Coastal Fishers Alliance"),
        Some(Some("member".into()))
    );
    assert_eq!(
        affiliation(&doc, "Tomas Brandt", "Kestrel Securities Inc."),
        Some(Some("analyst".into()))
    );
    // Spokesman, spokeswoman and spokesperson are one role.
    assert_eq!(
        affiliation(&doc, "Olaf Rennick", "Harbour Trust Foundation"),
        Some(Some("spokesperson".into()))
    );
    // "of" a place is no affiliation.
    let doc = run("Ines Varga of Lisbon said the season was too short.");
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
    // In a list, the institution after "and" is the next person's.
    let doc =
        run("The winners were Ines Varga of KFP and James Brandt of the Coastal Fishers Alliance.");
    let alliance = index(&doc, "Coastal Fishers Alliance");
    assert!(
        doc.relations
            .iter()
            .all(|r| r.object != alliance || doc.entities[r.subject].name != "Ines Varga"),
        "{:?}",
        doc.relations
    );
}

// ------------------------------------------------------------ roles in appositions

#[test]
fn name_before_an_owners_possessive_role_is_a_person() {
    // Neither given name is known: only the apposition tells a person.
    let doc = run(
        "Rosalind Quillfeather, Reuters' correspondent in Lima, filed first. \
         Odile Marchbank, the WHO's representative in Peru, said the clinics were full.",
    );
    let doc2 = run("Odile Marchbank, WHO's representative in Peru, said the clinics were full.");
    let p = index(&doc2, "Odile Marchbank");
    assert_eq!(doc2.entities[p].kind, EntityType::Person);
    // The place a role is held in is no part of the role.
    assert_eq!(
        affiliation(&doc2, "Odile Marchbank", "World Health Organization"),
        Some(Some("representative".to_string()))
    );
    assert_eq!(
        doc.entities[index(&doc, "Odile Marchbank")].kind,
        EntityType::Person
    );
    // A possessive with a word that is no role gives no person.
    let doc = run("Torvane Kellgard, Peru's largest port, reopened on Monday.");
    assert!(
        !names(&doc).iter().any(|(k, _)| *k == EntityType::Person),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn role_with_a_lowercase_portfolio_before_a_name_in_commas() {
    let doc = run(
        "Norway's minister of state for coastal fisheries, Ingeborg Talvik, opened the harbour.",
    );
    let p = index(&doc, "Ingeborg Talvik");
    assert_eq!(doc.entities[p].kind, EntityType::Person);
    // The lowercase portfolio is part of the title.
    assert_eq!(
        affiliation(&doc, "Ingeborg Talvik", "Norway"),
        Some(Some("minister of state for coastal fisheries".to_string()))
    );
    // "in" only says where: the role stops before it.
    let doc = run("Chile's ambassador in Lisbon, Ximeno Arrabal, presented his letters.");
    assert_eq!(
        affiliation(&doc, "Ximeno Arrabal", "Chile"),
        Some(Some("ambassador".to_string()))
    );
    // Capitalised words after the role and its portfolio are no person
    // unless a comma closes them: here they start a list.
    let doc = run("The minister for coastal fisheries, Talvik Harbour and the coast guard met.");
    assert!(
        !names(&doc).iter().any(|(k, _)| *k == EntityType::Person),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn two_titles_joined_by_and_give_the_first() {
    let doc = run(
        "\"We will rebuild,\" said Orla Venning, president and chief executive of the \
         Corvane Health Initiative.",
    );
    assert_eq!(
        affiliation(&doc, "Orla Venning", "Corvane Health Initiative"),
        Some(Some("president".to_string()))
    );
    // A portfolio joined by "and" is one title.
    let doc = run("Chilean Industry and Trade Minister Ximeno Arrabal opened the fair.");
    assert_eq!(
        affiliation(&doc, "Ximeno Arrabal", "Chile"),
        Some(Some("industry and trade minister".to_string()))
    );
}

#[test]
fn title_of_an_owner_right_before_the_name() {
    // Press-release style: title, "of", owner, name.
    let doc = run(
        "Deputy Minister of Foreign Affairs of Chile Maria Arrabal held talks in Lisbon on \
         Monday.",
    );
    assert_eq!(
        affiliation(&doc, "Maria Arrabal", "Chile"),
        Some(Some("deputy minister".to_string()))
    );
    // Lowercase after an article, the name in commas.
    let doc = run(
        "Orders rose, the managing director of the Corvane Health Initiative, Orla Venning, \
         said on Friday.",
    );
    assert_eq!(
        affiliation(&doc, "Orla Venning", "Corvane Health Initiative"),
        Some(Some("managing director".to_string()))
    );
    // A verb before the title is no part of it.
    let doc = run(
        "\"Orders rose,\" said Orla Venning, a spokeswoman. Talvik met director of the \
         Corvane Health Initiative, Orla Venning, on Friday.",
    );
    assert_eq!(
        affiliation(&doc, "Orla Venning", "Corvane Health Initiative"),
        None
    );
}

#[test]
fn who_heads_or_chairs_an_institution() {
    let doc = run(
        "The Corvane Health Initiative gave $2 million to clinics on Monday. \
         \"We are proud,\" said Orla Venning, who chairs the initiative's board. \
         \"More will follow,\" said Ximeno Arrabal, who heads the Corvane Health Initiative.",
    );
    assert_eq!(
        affiliation(&doc, "Orla Venning", "Corvane Health Initiative"),
        Some(Some("chair".to_string()))
    );
    assert_eq!(
        affiliation(&doc, "Ximeno Arrabal", "Corvane Health Initiative"),
        Some(Some("head".to_string()))
    );
    // A part of the institution is not the institution.
    let doc = run(
        "\"More will follow,\" said Ximeno Arrabal, who heads the Corvane Health \
         Initiative's Lisbon office.",
    );
    assert_eq!(
        affiliation(&doc, "Ximeno Arrabal", "Corvane Health Initiative"),
        None
    );
}

#[test]
fn a_place_of_a_kind_after_a_possessive_country() {
    let doc = run("Floods hit Chile's northern port city of Taltal on Monday.");
    assert!(located_in(&doc, "Taltal", "Chile"));
    // Without the kind of place the possessive says nothing of where.
    let doc = run("Chile's envoy to Taltal arrived on Monday.");
    assert!(!doc.relations.iter().any(|r| r.kind == "located_in"));
}

#[test]
fn a_sea_and_a_national_team_lie_nowhere() {
    const SEA_GAZ: &str = "Norway\tcountry\tNO\t\tdemonyms=Norwegian
Chile\tcountry\tCL\t\tdemonyms=Chilean
North Sea\tlocation\tgeo:north_sea\t\tfeature=sea
Bergen\tlocation\tgeonames:3161732\t\tcountry=NO\tfeature=city\tpopulation=213585
";
    let rec = entities_support::recognizer(SEA_GAZ);
    // The sea only says which coast: the port lies in the country.
    let doc = entities_support::annotate(
        &rec,
        "Ferries left Norway's North Sea port of Bergen. Oil rigs in the North Sea in Norway \
         were shut.",
    );
    assert!(located_in(&doc, "Bergen", "Norway"));
    assert!(!located_in(&doc, "North Sea", "Norway"));
    // In a sports report a country is its team, which plays in a city and
    // is not based there.
    let doc = entities_support::annotate(
        &rec,
        "Norway beat Chile in Bergen in a World Cup qualifier on Thursday. The striker \
         scored twice in the second half and the goalkeeper saved a penalty.",
    );
    assert!(
        !doc.relations.iter().any(|r| r.kind == "located_in"),
        "{:?} {:?}",
        names(&doc),
        doc.relations
    );
    assert!(
        names(&doc).iter().any(|(_, n)| n == "Chile national team"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn based_place_then_a_noun_right_before_the_name() {
    let doc = run("Blankets came from the Lyon-based charity Corvane Health Initiative on Friday.");
    assert!(located_in(&doc, "Corvane Health Initiative", "Lyon"));
    // A clause between is no noun before the name.
    let doc = run("The Lyon-based group called for the Corvane Health Initiative to pay.");
    assert!(!located_in(&doc, "Corvane Health Initiative", "Lyon"));
}

#[test]
fn a_lowercase_kind_of_place_before_in_still_places_it() {
    // The kind word is no part of the name ("Corvale", not "Corvale
    // district"), and the name still lies in the place after "in".
    let doc = run("Two clinics opened in Corvale district in northern Ohio on Friday.");
    assert!(located_in(&doc, "Corvale", "Ohio"), "{:?}", names(&doc));
    assert!(doc.entities.iter().all(|e| e.name != "Corvale district"));
    // A kind word then a verb is no such place: nothing lies in Lyon here.
    let doc = run("Officials from Leeds met in Lyon on Friday.");
    assert!(!located_in(&doc, "Leeds", "Lyon"));
}

// ------------------------------------------------------------ titles with no owner

#[test]
fn bare_state_title_takes_the_country_the_sentence_names_before_it() {
    let doc = run(
        "Chile will send 40 tonnes of flour to the region, Agriculture Minister Tomás \
         Irarrázaval said on Monday.",
    );
    assert_eq!(
        affiliation(&doc, "Tomás Irarrázaval", "Chile"),
        Some(Some("agriculture minister".into()))
    );
    // By its demonym, and a head of government's title with a modifier.
    let doc = run(
        "The Norwegian government has approved the grant, Deputy Prime Minister Sigrun Hval \
         told parliament.",
    );
    assert_eq!(
        affiliation(&doc, "Sigrun Hval", "Norway"),
        Some(Some("deputy prime minister".into()))
    );
}

#[test]
fn bare_state_title_takes_the_dateline_country_in_a_sentence_naming_none() {
    let doc = run(
        "LISBON, March 3 (Tagus Wire) -- The trawler fleet will be renewed by 2030, Fisheries \
         Minister Rui Carvalho said on Tuesday. Portugal has 4,000 fishing boats.",
    );
    assert_eq!(
        affiliation(&doc, "Rui Carvalho", "Portugal"),
        Some(Some("fisheries minister".into()))
    );
}

#[test]
fn bare_state_title_gives_nothing_when_the_country_is_unclear() {
    // A country named only after the title is business abroad.
    let doc = run("President Ogundipe Larsen banned imports of rice from Japan last year.");
    assert_eq!(affiliation(&doc, "Ogundipe Larsen", "Japan"), None);
    // Two countries before it.
    let doc = run("Peru and Chile signed the accord, Foreign Minister Ana Quispe said.");
    assert_eq!(affiliation(&doc, "Ana Quispe", "Peru"), None);
    assert_eq!(affiliation(&doc, "Ana Quispe", "Chile"), None);
    // Another country's title in the sentence.
    let doc = run(
        "The Japanese delegation met Chilean Trade Minister Rosa Araya and Finance Minister \
         Luis Olmedo.",
    );
    assert_eq!(
        affiliation(&doc, "Rosa Araya", "Chile"),
        Some(Some("trade minister".into()))
    );
    assert_eq!(affiliation(&doc, "Luis Olmedo", "Japan"), None);
    assert_eq!(affiliation(&doc, "Luis Olmedo", "Chile"), None);
    // A body's title, and an office no longer held.
    let doc = run("Peru's central bank will hold rates, Bank President Julio Vargas said.");
    assert_eq!(affiliation(&doc, "Julio Vargas", "Peru"), None);
    let doc = run("Pakistan will appeal the ruling, former Finance Minister Omar Qadri said.");
    assert_eq!(affiliation(&doc, "Omar Qadri", "Pakistan"), None);
}

#[test]
fn its_opening_a_sentence_is_the_subject_of_the_sentence_before() {
    let doc = run(
        "At a dinner in Lisbon, the shipbuilder Harwick Steel Corporation said it would pay for \
         the boats of the Tamsin Relief Agency. Its chairman, Dara Okonjo, said the money would \
         come in May.",
    );
    assert_eq!(
        affiliation(&doc, "Dara Okonjo", "Harwick Steel Corporation"),
        Some(Some("chairman".into()))
    );
    assert_eq!(
        affiliation(&doc, "Dara Okonjo", "Tamsin Relief Agency"),
        None
    );
    // No institution is the subject before: no guess.
    let doc = run(
        "The airlift is run by the Tamsin Relief Agency. Its chief, Ana Brito, said more \
         flights would follow.",
    );
    assert_eq!(affiliation(&doc, "Ana Brito", "Tamsin Relief Agency"), None);
}

#[test]
fn a_portfolio_joined_by_and_stays_whole_in_an_apposition() {
    let doc =
        run("The talks were led by Ana Ruiz, Chile's minister of trade and industry, on Monday.");
    assert_eq!(
        affiliation(&doc, "Ana Ruiz", "Chile"),
        Some(Some("minister of trade and industry".into()))
    );
    // An "and" that goes on with something else ends the role.
    let doc = run("The talks were led by Ana Ruiz, Chile's minister of trade and a former banker.");
    assert_eq!(
        affiliation(&doc, "Ana Ruiz", "Chile"),
        Some(Some("minister of trade".into()))
    );
}

// ------------------------------------------------------------ role words

#[test]
fn when_a_title_was_taken_is_no_part_of_the_role() {
    let doc = run("The visit waited because Chile's new energy minister, Rocío Vargas, took office on Monday.");
    assert_eq!(
        affiliation(&doc, "Rocío Vargas", "Chile"),
        Some(Some("energy minister".into()))
    );
    let doc = run("Norway's newly appointed ambassador, Lars Eidsvik, arrived in Lyon.");
    assert_eq!(
        affiliation(&doc, "Lars Eidsvik", "Norway"),
        Some(Some("ambassador".into()))
    );
}

#[test]
fn chairpersons_headteachers_and_clerks_are_roles() {
    let doc = run(
        "The Harbour Works Committee met on Monday. \"We were told late,\" said the \
         committee's chairperson, Amaka Obi.",
    );
    assert_eq!(
        affiliation(&doc, "Amaka Obi", "Harbour Works Committee"),
        Some(Some("chairperson".into()))
    );
    let doc = run(
        "The Kettering Town Council voted on Tuesday. Its town clerk, Maria Dunmore, \
         read the motion. The Rowan Hill School reopened; its headteacher, Paul Gatsby, \
         said so.",
    );
    assert_eq!(
        affiliation(&doc, "Maria Dunmore", "Kettering Town Council"),
        Some(Some("town clerk".into()))
    );
    assert_eq!(
        affiliation(&doc, "Paul Gatsby", "Rowan Hill School"),
        Some(Some("headteacher".into()))
    );
    // A clerk of no body named is no affiliation.
    let doc = run("Maria Dunmore, a bank clerk, said the vote was late.");
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
}

#[test]
fn a_councillor_courtesy_title_is_no_part_of_the_name() {
    let doc =
        run("\"We still want them here,\" said the mayor, Cllr Jordan Pryce-Evans, on Monday.");
    assert!(
        doc.entities
            .iter()
            .any(|e| e.kind == EntityType::Person && e.name == "Jordan Pryce-Evans"),
        "{:?}",
        names(&doc)
    );
    assert!(doc.entities.iter().all(|e| e.kind != EntityType::Country));
}

#[test]
fn who_studies_or_teaches_at_an_institution_is_a_member() {
    let doc = run(
        "\"Grants come late,\" said Hanne-Lise van Dam, who studies aid budgets at the \
         Lyon-based Centre for Relief Studies.",
    );
    assert_eq!(
        doc.entities[index(&doc, "Hanne-Lise van Dam")].kind,
        EntityType::Person
    );
    assert_eq!(
        affiliation(&doc, "Hanne-Lise van Dam", "Centre for Relief Studies"),
        Some(Some("member".into()))
    );
    let doc =
        run("Oskar Brandt, who has headed the Norrland Seed Cooperative since 2019, said so.");
    assert_eq!(
        affiliation(&doc, "Oskar Brandt", "Norrland Seed Cooperative"),
        Some(Some("head".into()))
    );
    // Working with people at a place says no post there.
    let doc = run(
        "\"Seed is late,\" said Oskar Brandt, who teaches farmers and works with \
         growers at the Norrland Seed Cooperative.",
    );
    assert!(doc.relations.is_empty(), "{:?}", doc.relations);
}
