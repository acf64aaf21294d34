//! Places the gazetteer knows, read in context: birthplaces ("Lima-born"),
//! lists of places, names written without their accents, longer Spanish
//! and Portuguese names that start with a known place, places after "the
//! port of", datelines and their agencies, and "X and Co" company names.
//! Our own sentences, a small gazetteer built in the test.

mod entities_support;

use entities_support::{has, names};
use newsfacts::entities::EntityRecognizer;
use newsfacts::model::{Document, EntityType};

const GAZ: &str = "Peru\tcountry\tPE\t\tdemonyms=Peruvian
Ukraine\tcountry\tUA\t\tdemonyms=Ukrainian
India\tcountry\tIN\t\tdemonyms=Indian
Lima\tlocation\tgeonames:3936456\t\tcountry=PE\tfeature=city\tpopulation=7737002
Chişinău\tlocation\tgeonames:618426\tChisinau\tcountry=MD\tfeature=city\tpopulation=635994
Bălţi\tlocation\tgeonames:618605\tBalti\tcountry=MD\tfeature=city\tpopulation=125000
Iaşi\tlocation\tgeonames:675810\tIasi\tcountry=RO\tfeature=city\tpopulation=378954
Sachīn\tlocation\tgeonames:1257901\tSachin\tcountry=IN\tfeature=city\tpopulation=28102
San José\tlocation\tgeonames:3621849\t\tcountry=CR\tfeature=city\tpopulation=335007
Nacional\tlocation\tgeonames:9\t\tcountry=BR\tfeature=city\tpopulation=30000
Merrill Lynch\torganization\tsec:65100\t\tfeature=company
Edinburgh\tlocation\tgeonames:2650225\t\tcountry=GB\tfeature=city\tpopulation=464990
Jakarta\tlocation\tgeonames:1642911\t\tcountry=ID\tfeature=city\tpopulation=8540121
Atlanta\tlocation\tgeonames:4180439\t\tcountry=US\tfeature=city\tpopulation=463878
";

fn run(text: &str) -> Document {
    static SHARED: std::sync::OnceLock<EntityRecognizer> = std::sync::OnceLock::new();
    entities_support::annotate_shared(&SHARED, GAZ, text)
}

#[test]
fn a_birthplace_before_born_is_a_place() {
    let doc = run("The pumps were bought by Lima-born engineer Rosa Quispe last year.");
    assert!(has(&doc, EntityType::Location, "Lima"), "{:?}", names(&doc));
    let doc = run("A Ukrainian-born surgeon sent the kits on Monday.");
    assert!(
        has(&doc, EntityType::Country, "Ukraine"),
        "{:?}",
        names(&doc)
    );
    // Other hyphenated adjectives stay country cues, not mentions.
    let doc = run("The Lima-led talks ended on Monday.");
    assert!(
        !has(&doc, EntityType::Location, "Lima"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_owner_or_founder_country_before_a_participle_is_a_mention() {
    // "-owned", "-founded", "-made": the country is named, as with "-born".
    let doc = run("Seeds came from a Peruvian-owned mill and a Ukrainian-founded farm group.");
    assert!(has(&doc, EntityType::Country, "Peru"), "{:?}", names(&doc));
    assert!(
        has(&doc, EntityType::Country, "Ukraine"),
        "{:?}",
        names(&doc)
    );
    let doc = run("The rebels fired Indian-made shells at the port.");
    assert!(has(&doc, EntityType::Country, "India"), "{:?}", names(&doc));
    // Not "-led" or "pro-": those stay adjectives.
    let doc = run("The Indian-led talks and the pro-Lima parties ended on Monday.");
    assert!(
        !has(&doc, EntityType::Country, "India"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn the_next_name_of_a_list_of_places_is_a_place() {
    // Bălţi is a small town: alone it needs a cue ...
    let doc = run("Officials said Balti had no comment.");
    assert!(
        !has(&doc, EntityType::Location, "Balti"),
        "{:?}",
        names(&doc)
    );
    // ... which a list of places gives.
    let doc = run("The firm gave pills to hospitals in Chisinau and Balti last week.");
    assert!(
        has(&doc, EntityType::Location, "Balti"),
        "{:?}",
        names(&doc)
    );
    let doc = run("The pills went to Chisinau, Balti and two villages.");
    assert!(
        has(&doc, EntityType::Location, "Balti"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_large_town_written_without_accents_is_its_name() {
    let doc = run("Officials said Iasi would get the new power line.");
    assert!(has(&doc, EntityType::Location, "Iasi"), "{:?}", names(&doc));
    // A small town's unaccented name is mostly a person's: it needs a cue.
    let doc = run("Sachin scored a century, India's coach said.");
    assert!(
        !has(&doc, EntityType::Location, "Sachin"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_known_place_followed_by_a_particle_starts_a_longer_place() {
    let doc = run("Schools in San José de Maipo will switch to remote classes.");
    assert!(
        has(&doc, EntityType::Location, "San José de Maipo"),
        "{:?}",
        names(&doc)
    );
    assert!(
        !has(&doc, EntityType::Location, "San José"),
        "{:?}",
        names(&doc)
    );
    // Inside a longer capitalised name it starts nothing.
    let doc = run("Tankers of the Frota Nacional de Petroleiros were idle.");
    assert!(
        !has(&doc, EntityType::Location, "Nacional de Petroleiros"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn and_co_ends_a_company_name() {
    let doc = run("The shares were sold through Merrill Lynch and Co Inc on Monday.");
    assert!(
        has(&doc, EntityType::Organization, "Merrill Lynch and Co Inc"),
        "{:?}",
        names(&doc)
    );
    assert!(
        !has(&doc, EntityType::Organization, "Co Inc"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_name_after_a_kind_of_place_and_of_is_a_place() {
    let doc = run("Investors want to restart the deep-sea port of Tavrenka, which stalled.");
    assert!(
        has(&doc, EntityType::Location, "Tavrenka"),
        "{:?}",
        names(&doc)
    );
    // The last name of a list too, and a date after the name is no part of it.
    let doc = run("A frost warning covers the regions of Oruvel and Maskira Monday night.");
    assert!(
        has(&doc, EntityType::Location, "Oruvel"),
        "{:?}",
        names(&doc)
    );
    assert!(
        has(&doc, EntityType::Location, "Maskira"),
        "{:?}",
        names(&doc)
    );
    // A known name keeps its reading; a title after it starts a person.
    let doc = run("The city of Atlanta Mayor Dana Whitlock spoke on Monday.");
    assert!(
        has(&doc, EntityType::Location, "Atlanta"),
        "{:?}",
        names(&doc)
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| e.kind != EntityType::Location || e.name == "Atlanta"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn each_item_of_a_roundup_has_its_dateline_place() {
    // News in brief: every paragraph is filed from its own place.
    let doc = run(
        "WORLD BRIEFS\n\nEDINBURGH — Rain closed two roads on Monday.\n\n\
         LIMA — The central bank held its rate.\n\n\
         JAKARTA (Steppe Wire) -- Rubber exports rose in May.\n",
    );
    for place in ["Edinburgh", "Lima", "Jakarta"] {
        assert!(
            has(&doc, EntityType::Location, place),
            "{place}: {:?}",
            names(&doc)
        );
    }
    // Capitals that open a later paragraph but name no known place are a
    // heading, not a dateline.
    let doc = run("EDINBURGH — Rain closed two roads on Monday.\n\n\
         EDITOR'S NOTE — This story was corrected.\n\nQUORVEL — Prices fell.\n");
    assert!(
        has(&doc, EntityType::Location, "Edinburgh"),
        "{:?}",
        names(&doc)
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| !e.name.contains("Quorvel") && !e.name.contains("Note")),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_dateline_and_its_agency() {
    // The dash ends the place even when a capital word follows it.
    let doc = run("EDINBURGH -- A retired surgeon gave his prize to a hospital.");
    assert!(
        has(&doc, EntityType::Location, "Edinburgh"),
        "{:?}",
        names(&doc)
    );
    // The name in brackets before the dash is the agency's.
    let doc = run("JAKARTA, May 22 (Harbour Wire Report) - Ministers met on Friday.");
    assert!(
        has(&doc, EntityType::Location, "Jakarta"),
        "{:?}",
        names(&doc)
    );
    assert!(
        has(&doc, EntityType::Organization, "Harbour Wire Report"),
        "{:?}",
        names(&doc)
    );
    // A heading in capitals with a bracket is no dateline.
    let doc = run("JAKARTA RUBBER (RUPIAH PER KILO) - MAY 22\nPrices fell.");
    assert!(
        !has(&doc, EntityType::Organization, "RUPIAH PER KILO"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_embassy_is_an_institution() {
    let doc = run("A second batch is due next month, the Peruvian Embassy said.");
    assert!(
        has(&doc, EntityType::Organization, "Peruvian Embassy"),
        "{:?}",
        names(&doc)
    );
    assert!(doc.entities.iter().all(|e| e.kind != EntityType::Person));
}

#[test]
fn brothers_and_associates_are_firms() {
    let doc = run("Prices were firm, Kettering Brothers said.");
    assert!(
        has(&doc, EntityType::Organization, "Kettering Brothers"),
        "{:?}",
        names(&doc)
    );
    let doc = run("Demand will rise, said Halvorsen Associates.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Person),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_region_of_a_named_country_is_a_place() {
    let doc = run("The bank and the Kolvar Varnia Region of Ukraine signed a loan.");
    assert!(
        has(&doc, EntityType::Location, "Kolvar Varnia Region"),
        "{:?}",
        names(&doc)
    );
    // "of" and an institution's words after it: the name goes on.
    let doc = run("The Varnia Region of Public Works said so.");
    assert!(
        !has(&doc, EntityType::Location, "Varnia Region"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_name_ending_in_a_facility_word_is_a_place() {
    let doc = run(
        "The cargo landed at Jomo Kenyatta International Airport on Monday. Fans filled \
         King Abdullah II Stadium, and the talks were held at the Philippine International \
         Convention Center near Serra da Estrela Natural Park.",
    );
    for place in [
        "Jomo Kenyatta International Airport",
        "King Abdullah II Stadium",
        "Philippine International Convention Center",
        "Serra da Estrela Natural Park",
    ] {
        assert!(
            has(&doc, EntityType::Location, place),
            "{place}: {:?}",
            names(&doc)
        );
    }
    assert!(
        !doc.entities.iter().any(|e| e.kind == EntityType::Person),
        "{:?}",
        names(&doc)
    );
    // Head word first, in another language.
    let doc = run("Delegates met at the Palais des Nations, near Avenida Quiñones.");
    for place in ["Palais des Nations", "Avenida Quiñones"] {
        assert!(
            has(&doc, EntityType::Location, place),
            "{place}: {:?}",
            names(&doc)
        );
    }
    // A name that goes on after the facility word is an institution's.
    let doc = run("The Kenya Airport Authority said flights would resume.");
    assert!(
        !has(&doc, EntityType::Location, "Kenya Airport"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn names_before_a_plural_kind_of_place_are_places() {
    let doc = run("Flour went to families in the Naryn and Talas regions last week.");
    for place in ["Naryn", "Talas"] {
        assert!(
            has(&doc, EntityType::Location, place),
            "{place}: {:?}",
            names(&doc)
        );
    }
    // A compass word alone is no place.
    let doc = run("Rain fell in the Eastern and Northern regions on Monday.");
    assert!(
        !doc.entities.iter().any(|e| e.kind == EntityType::Location),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_unknown_name_before_village_or_township_is_a_place() {
    let doc = run("Chief Tamun of Namarak village walked for five hours to the clinic.");
    assert!(
        has(&doc, EntityType::Location, "Namarak"),
        "{:?}",
        names(&doc)
    );
    let doc = run("Floods cut off homes in Lutembe township on Monday.");
    assert!(
        has(&doc, EntityType::Location, "Lutembe"),
        "{:?}",
        names(&doc)
    );
    // A lowercase word before it names no place.
    let doc = run("The old village hall was shut on Monday.");
    assert!(
        doc.entities.iter().all(|e| e.kind != EntityType::Location),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn an_unknown_name_after_in_near_or_off_is_a_place() {
    let doc = run("Ferries stopped near Kalvaro after the storm. \
         Two wells were dug in Mbeyoro, and a boat was anchored off Tessaly on Monday.");
    for place in ["Kalvaro", "Mbeyoro", "Tessaly"] {
        assert!(
            has(&doc, EntityType::Location, place),
            "{place}: {:?}",
            names(&doc)
        );
    }
    // An institution named after the town does not make it a short form.
    let doc = run("Nurses at Kovanu Hospital said a ship had anchored off Kovanu on Monday.");
    assert!(
        has(&doc, EntityType::Location, "Kovanu"),
        "{:?}",
        names(&doc)
    );
}

#[test]
fn a_word_after_in_that_names_no_place_is_left_alone() {
    for text in [
        // A month, a nationality.
        "Prices rose by two percent in May, the office said.",
        "Trade grew in Peruvian ports this year.",
        // A company after a noun of holding, the short form of a company
        // named in full, an acronym.
        "The bank sold its stake in Borvalt to a rival.",
        "Korlin Holdings said profits fell. Investors in Korlin were told on Friday.",
        "Ana Velikova scored twice. Fans cheered for Velikova in Velikova's home game.",
        "The group bought shares in ZKT last week.",
        // Inside a title, before a longer name.
        "She leads the Network for Women in Farming across the region.",
        "The talks were held in Punta del Mar on Friday.",
    ] {
        let doc = run(text);
        for bad in [
            "May", "Peruvian", "Borvalt", "Korlin", "Velikova", "ZKT", "Farming", "Punta",
        ] {
            assert!(
                !has(&doc, EntityType::Location, bad),
                "{text}: {:?}",
                names(&doc)
            );
        }
    }
}
