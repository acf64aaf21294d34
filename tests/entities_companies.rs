//! Company legal forms, ministries named by a list of portfolios, and
//! national Red Cross societies, with the bundled gazetteers and rules, in
//! our own sentences.

use newsfacts::model::EntityType;
use newsfacts::{Config, Document, Pipeline};

fn run(text: &str) -> Document {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    let pipeline = PIPELINE.get_or_init(|| Pipeline::new(&Config::default()).unwrap());
    let mut doc = Document::new("t", text);
    pipeline.process(&mut doc);
    doc
}

/// (name, kb_id) of the organisation with a mention exactly `surface`.
fn organization(doc: &Document, surface: &str) -> Option<(String, Option<String>)> {
    doc.entities.iter().find_map(|e| {
        (e.kind == EntityType::Organization
            && e.mentions.iter().any(|m| m.span.text(&doc.text) == surface))
        .then(|| (e.name.clone(), e.kb_id.clone()))
    })
}

#[test]
fn a_known_company_keeps_its_entry_when_its_legal_form_follows() {
    // The gazetteer lists "Exxon" without a legal form; a line may wrap
    // before it, as wire copy does.
    for text in [
        "Shares of Exxon Corp. rose 2 percent on Monday.",
        "Oil traders in New York said that a unit of the oil company Exxon\nCorp would report lower refining margins for the quarter on Friday.",
    ] {
        let doc = run(text);
        let surface = if text.contains('\n') {
            "Exxon\nCorp"
        } else {
            "Exxon Corp."
        };
        let (name, kb) = organization(&doc, surface)
            .unwrap_or_else(|| panic!("no organisation {surface:?} in {:?}", doc.entities));
        // Named as the article writes it in full, linked to the entry.
        assert_eq!(name, "Exxon Corp".to_string() + if text.contains('\n') { "" } else { "." });
        assert!(kb.is_some(), "the gazetteer's id is kept");
    }
}

#[test]
fn an_unknown_company_ends_at_its_legal_form() {
    let doc = run("Nordvik Logistics ASA will deliver 400 laptops, and Brennholt Maschinen AG of Germany will pay for them.");
    assert!(organization(&doc, "Nordvik Logistics ASA").is_some());
    // Nothing of the name follows a legal form: "of Germany" is not part of it.
    assert!(organization(&doc, "Brennholt Maschinen AG").is_some());
    // "Co" also begins words: it is no legal form of an unknown name.
    let doc = run("The Organisation for Economic Co-operation and Development said so.");
    assert!(doc
        .entities
        .iter()
        .all(|e| !e.name.ends_with(" Co") && !e.name.ends_with("Economic Co")));
}

#[test]
fn a_ministry_named_by_a_list_of_portfolios_keeps_the_whole_list() {
    let doc = run("The Ministry of Food and Agriculture and the Ministry of Education, Science and Technology signed the plan.");
    assert!(organization(&doc, "Ministry of Food and Agriculture").is_some());
    assert!(organization(&doc, "Ministry of Education, Science and Technology").is_some());
    // After other heads, "and" joins two names.
    let doc = run("Researchers at the University of Ghana and Stanford University took part.");
    assert!(organization(&doc, "University of Ghana").is_some());
    assert!(organization(&doc, "Stanford University").is_some());
}

#[test]
fn a_national_red_cross_society_is_one_organisation() {
    let doc = run("The Indonesian Red Cross and the Kenya Red Cross Society received tents from the Red Cross movement.");
    assert!(organization(&doc, "Indonesian Red Cross").is_some());
    assert!(organization(&doc, "Kenya Red Cross Society").is_some());
    // Without a name before it, it is the movement the gazetteer knows.
    let (_, kb) = organization(&doc, "Red Cross").expect("Red Cross");
    assert!(kb.is_some());
}

#[test]
fn a_title_word_inside_a_known_name_is_no_title() {
    // "General" is a title ("General Ana Ruiz"), but here it opens names the
    // gazetteer knows: no person "Motors" or "Electric".
    let doc = run("Shares of General Motors and General Electric fell, while General Ana Ruiz spoke in Madrid.");
    assert!(organization(&doc, "General Motors").is_some());
    assert!(organization(&doc, "General Electric").is_some());
    let persons: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(persons, vec!["Ana Ruiz"]);
}

#[test]
fn an_institution_named_in_another_language_starts_with_its_head_word() {
    let doc = run("The Fondazione Cassa Adriatica and the Universidade de Lagoa Azul gave 40 beds to the clinic.");
    assert!(organization(&doc, "Fondazione Cassa Adriatica").is_some());
    assert!(organization(&doc, "Universidade de Lagoa Azul").is_some());
    assert!(doc.entities.iter().all(|e| e.kind != EntityType::Person));
}

#[test]
fn a_company_named_first_without_its_legal_form_is_the_same_company() {
    let doc = run(
        "Brennvik Logistics to fund school laptops\n\nBrennvik Logistics ASA said on Monday it would \
         pay for 300 laptops. Brennvik Logistics has offices in Bergen.",
    );
    let companies: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.name.starts_with("Brennvik"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(companies, vec!["Brennvik Logistics ASA"]);
    let e = doc
        .entities
        .iter()
        .find(|e| e.name == "Brennvik Logistics ASA")
        .unwrap();
    assert_eq!(e.mentions.len(), 3);
}

#[test]
fn a_company_named_for_what_it_sells_is_no_person() {
    let doc = run("Harbourside Foods said on Monday it would donate 40 tonnes of rice, and Kestrel Systems said it would send laptops.");
    assert!(
        organization(&doc, "Harbourside Foods").is_some(),
        "{:?}",
        doc.entities
    );
    assert!(
        organization(&doc, "Kestrel Systems").is_some(),
        "{:?}",
        doc.entities
    );
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        doc.entities
    );
    // "Mills" stays a surname
    let doc = run("Kyle Mills said the mill would reopen.");
    assert!(doc
        .entities
        .iter()
        .any(|e| e.kind == EntityType::Person && e.name == "Kyle Mills"));
}

#[test]
fn a_legal_form_before_the_name_makes_a_company() {
    let doc = run(
        "Cement maker PT Nusantara Semen Jaya said it had sent 5,000 bags of cement. \
                   PJSC Volga Shipyards signed the contract on Monday.",
    );
    assert_eq!(
        organization(&doc, "PT Nusantara Semen Jaya").map(|(n, _)| n),
        Some("PT Nusantara Semen Jaya".to_string())
    );
    assert_eq!(
        organization(&doc, "PJSC Volga Shipyards").map(|(n, _)| n),
        Some("PJSC Volga Shipyards".to_string())
    );
    // no person is found inside the company's name
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_company_named_after_the_place_it_serves_is_one_company() {
    // "of" and a place before the legal form: the words before "of" are
    // the company's name, not a person working there.
    let doc = run("Lakeside Boats of Ontario Ltd said sales rose, and Hartwell Foods of\nMinnesota Inc. agreed to buy a plant from Tessel Ltd and Brook Valley Mills of Kenya Ltd. Quarry Stone Co of Ghana Ltd declined to comment.");
    for name in [
        "Lakeside Boats of Ontario Ltd",
        "Quarry Stone Co of Ghana Ltd",
        "Hartwell Foods of\nMinnesota Inc",
        "Brook Valley Mills of Kenya Ltd.",
        "Tessel Ltd",
    ] {
        assert!(
            organization(&doc, name).is_some(),
            "{name}: {:?}",
            doc.entities
        );
    }
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        doc.entities
    );
    // A person of a company that names no place is still a person there.
    let doc = run("\"Prices will fall,\" said Mara Quint of Pellham Securities Inc.");
    assert!(organization(&doc, "Pellham Securities Inc.").is_some());
    assert!(doc
        .entities
        .iter()
        .any(|e| e.kind == EntityType::Person && e.name == "Mara Quint"));
}

#[test]
fn a_robotics_company_keeps_its_head_word() {
    // "Kestrel" alone is a company the bundled gazetteer knows: the longer
    // name no list holds is the one the text names.
    let doc = run("Kestrel Robotics will build 30 survey drones for the port authority.");
    assert_eq!(
        organization(&doc, "Kestrel Robotics"),
        Some(("Kestrel Robotics".to_string(), None)),
        "{:?}",
        doc.entities
    );
    // A lowercase "robotics" is no head word.
    let doc = run("Marlow Grant teaches robotics to children in Leeds.");
    assert!(
        doc.entities
            .iter()
            .all(|e| e.kind != EntityType::Organization),
        "{:?}",
        doc.entities
    );
}

#[test]
fn joint_stock_and_private_company_forms_end_a_name() {
    for (text, name) in [
        (
            "The shirts were made by Koza Tekstil A.S., a textile firm in Bursa.",
            "Koza Tekstil A.S.",
        ),
        (
            "The deal with Mekong Pearl Seafood JSC was signed on Monday.",
            "Mekong Pearl Seafood JSC",
        ),
        (
            "Tanjong Harbour Pte will ship the generators.",
            "Tanjong Harbour Pte",
        ),
        (
            "Lumivaara Oy said it would donate the boots.",
            "Lumivaara Oy",
        ),
    ] {
        let doc = run(text);
        assert!(
            organization(&doc, name).is_some(),
            "{name:?} not an organisation in {:?}",
            doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    }
}
