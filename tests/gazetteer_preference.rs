//! Which entry a name shared by a town and a region of another country
//! names: the region, unless the town is a big city.

use newsfacts::gazetteer::GazetteerBuilder;

const GAZ: &str = "Arvella\tlocation\tgeonames:1\t\tcountry=ZA\tfeature=city\tpopulation=120000
Arvella\tlocation\tgeonames:2\t\tcountry=US\tfeature=region
Dunmore\tlocation\tgeonames:3\t\tcountry=US\tfeature=city\tpopulation=650000
Dunmore\tlocation\tgeonames:4\t\tcountry=JM\tfeature=region
Kestry\tlocation\tgeonames:5\t\tcountry=US\tfeature=city\tpopulation=180000
Kestry\tlocation\tgeonames:6\t\tcountry=US\tfeature=region
";

fn first_id(name: &str) -> String {
    let mut gb = GazetteerBuilder::new();
    gb.add_tsv("test", GAZ).unwrap();
    let gaz = gb.build().unwrap();
    let cands = gaz.lookup(name);
    gaz.entry(cands[0].entry as usize).id.clone()
}

#[test]
fn a_small_town_gives_way_to_a_region_of_another_country() {
    assert_eq!(first_id("Arvella"), "geonames:2");
}

#[test]
fn a_big_city_or_a_town_of_the_same_country_keeps_its_name() {
    assert_eq!(first_id("Dunmore"), "geonames:3");
    assert_eq!(first_id("Kestry"), "geonames:5");
}
