#!/usr/bin/env python3
"""Seeded, reproducible synthetic news for scale benchmarks.

Writes JSONL records {id, date, title, text, source, license} (the input
schema of `newsfacts extract` and of examples/bench_pipeline.rs) until about
N megabytes have been written:

    python3 scripts/gen_news.py --mb 1000 --seed 7 --out /tmp/news_1g.jsonl

The same seed and size always give the same bytes. Articles mix registers
(wire copy with a dateline, press release, brief, feature), event sentences
(donations, meetings, visits, agreements, statements), quotes, dates of many
shapes and filler prose, so the pipeline sees varied text rather than one
repeated template. All prose is produced by the templates below (written for
this project); names of countries and cities are public facts.
"""

import argparse
import datetime as dt
import json
import random
import sys

COUNTRIES = [
    ("China", "Chinese"), ("Italy", "Italian"), ("Kenya", "Kenyan"), ("Peru", "Peruvian"),
    ("Georgia", "Georgian"), ("Jordan", "Jordanian"), ("Chad", "Chadian"), ("Japan", "Japanese"),
    ("Russia", "Russian"), ("Britain", "British"), ("Pakistan", "Pakistani"), ("Brazil", "Brazilian"),
    ("Germany", "German"), ("France", "French"), ("India", "Indian"), ("Turkey", "Turkish"),
    ("Vietnam", "Vietnamese"), ("South Korea", "South Korean"), ("Iran", "Iranian"), ("Egypt", "Egyptian"),
    ("Nigeria", "Nigerian"), ("Mexico", "Mexican"), ("Canada", "Canadian"), ("Indonesia", "Indonesian"),
    ("Kazakhstan", "Kazakh"), ("Serbia", "Serbian"), ("Chile", "Chilean"), ("Ethiopia", "Ethiopian"),
    ("Portugal", "Portuguese"), ("Norway", "Norwegian"), ("the United States", "American"), ("Czechia", "Czech"),
]
CITIES = [
    "Nairobi", "Lima", "Tbilisi", "Amman", "N'Djamena", "Naples", "Padua", "Shanghai", "Beijing",
    "Islamabad", "Peshawar", "Almaty", "Belgrade", "Santiago", "Addis Ababa", "Lisbon", "Oslo", "Hanoi",
    "Seoul", "Tehran", "Cairo", "Lagos", "Mexico City", "Toronto", "Jakarta", "Berlin", "Lyon", "Mumbai",
    "Ankara", "Osaka", "Kazan", "Manchester", "Geneva", "Vienna", "Brno", "Porto", "Bergen", "Mombasa",
]
REGIONS = ["Shaanxi province", "Hebei province", "the Rift Valley", "the Andes", "Kakheti region",
           "Lombardy", "Sindh province", "the Amazon basin", "Bavaria", "Anatolia"]
FIRST = ["Amina", "Li", "Giorgi", "Maria", "Omar", "Hiroshi", "Elena", "Tomas", "Aisha", "Jonas", "Wei",
         "Nadia", "Carlos", "Yuki", "Samuel", "Fatima", "Ivan", "Sofia", "Kwame", "Mei", "Rahul", "Ana",
         "Dmitri", "Grace", "Hassan", "Ingrid", "Pedro", "Zhang", "Leila", "Olu"]
LAST = ["Otieno", "Wen", "Beridze", "Rossi", "Haddad", "Tanaka", "Petrova", "Novak", "Bello", "Lindqvist",
        "Zhao", "Karimi", "Mendoza", "Sato", "Mensah", "Qureshi", "Sokolov", "Ferreira", "Asante", "Lin",
        "Sharma", "Silva", "Orlov", "Kamau", "Nasser", "Hansen", "Alves", "Xiaoming", "Farouk", "Adeyemi"]
ROLES = ["director", "spokesperson", "minister of health", "foreign minister", "chairman", "head",
         "vice-chancellor", "mayor", "ambassador", "chief executive", "president", "deputy governor"]
ORG_PATTERNS = [
    "{city} University Hospital", "{city} Institute of Public Health", "the {last} Foundation",
    "{country_adj} Red Crescent Society", "{country_adj} Ministry of Health", "{city} Medical College",
    "the {country_adj} Chamber of Commerce", "{last} Holdings", "{city} Water Authority",
    "the {country_adj} Academy of Sciences", "{last} and {last2} Logistics", "{city} Children's Hospital",
]
ITEMS = ["masks", "ventilators", "test kits", "tonnes of rice", "oxygen concentrators", "water pumps",
         "school buses", "solar lamps", "vaccine doses", "protective suits", "tents", "textbooks",
         "ambulances", "laptops", "bags of flour", "blankets"]
TOPICS = ["vaccine distribution", "trade routes", "flood relief", "grain exports", "water sharing",
          "hospital training", "energy supplies", "fisheries", "customs procedures", "disease surveillance",
          "student exchanges", "railway links"]
FILLER = [
    "Prices of {item} rose sharply in {city} over the past {n} weeks, traders said.",
    "Heavy rain disrupted transport across {region}, and several roads remained closed.",
    "The figures could not be independently verified.",
    "Officials did not give a timetable for the remaining shipments.",
    "Analysts expect demand for {item} to stay high through the end of the year.",
    "Local media reported long queues outside clinics in {city}.",
    "The programme has been running since {year}, according to its annual report.",
    "{country} has faced criticism over the pace of its response.",
    "Shares of {org} closed {pct} percent higher.",
    "The central bank kept its main rate unchanged at {pct} percent.",
    "Farmers in {region} said the dry season had cut their harvest by almost a third.",
    "A second round of talks is expected {future}.",
    "More than {big} people have been affected, the agency said.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCIES = ["Newsfacts Wire", "Synthetic Press", "Test Daily", "Example News Agency"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def person(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def country(self):
        return self.pick(COUNTRIES)

    def org(self):
        c, adj = self.country()
        return self.pick(ORG_PATTERNS).format(city=self.pick(CITIES), last=self.pick(LAST),
                                              last2=self.pick(LAST), country_adj=adj)

    def when(self, date):
        """A date expression of some shape, relative or absolute."""
        r = self.r.random()
        if r < 0.25:
            return "on " + WEEKDAYS[(date.weekday() - self.r.randint(0, 6)) % 7]
        if r < 0.45:
            d = date - dt.timedelta(days=self.r.randint(0, 40))
            return f"on {MONTHS[d.month - 1]} {d.day}"
        if r < 0.55:
            d = date - dt.timedelta(days=self.r.randint(0, 400))
            return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
        if r < 0.65:
            return self.pick(["last week", "earlier this month", "last month", "this week", "recently"])
        if r < 0.75:
            return f"{self.r.randint(2, 9)} days ago"
        if r < 0.85:
            return f"in {MONTHS[self.r.randint(0, 11)]}"
        if r < 0.92:
            d = date - dt.timedelta(days=self.r.randint(0, 60))
            return f"on {d.day:02d}/{d.month:02d}/{d.year}"
        return "on " + self.pick(WEEKDAYS) + " " + self.pick(["morning", "afternoon", "evening"])

    def future(self):
        return self.pick(["next week", "next month", "on Friday", "in the coming days",
                          f"in {self.pick(MONTHS)}", "later this year", "next year"])

    def money(self):
        n = self.r.choice([1.5, 2, 3.2, 5, 12, 40, 250, 700])
        unit = self.pick(["million", "billion", "thousand"])
        cur = self.pick(["$", "US$", "EUR ", "", "€"])
        return f"{cur}{n} {unit}" + ("" if cur else " dollars")

    def fill(self, template, date):
        c, _ = self.country()
        return template.format(item=self.pick(ITEMS), city=self.pick(CITIES), n=self.r.randint(2, 9),
                               region=self.pick(REGIONS), year=self.r.randint(1995, date.year),
                               country=c[0].upper() + c[1:], org=self.org(), pct=self.r.randint(1, 9),
                               future=self.future(), big=self.r.randint(2, 900) * 1000)

    def event_sentence(self, date):
        kind = self.r.random()
        p, role, o = self.person(), self.pick(ROLES), self.org()
        (c1, adj1), (c2, adj2) = self.country(), self.country()
        when = self.when(date)
        if kind < 0.3:
            donor = self.pick([o, c1, f"{adj1} company {self.pick(LAST)} Group", p])
            n = self.r.randint(2, 90) * 1000
            return self.pick([
                f"{donor} donated {n:,} {self.pick(ITEMS)} to {self.org()} {when}.",
                f"{when[0].upper() + when[1:]}, {donor} handed over {self.pick(ITEMS)} worth {self.money()} "
                f"to hospitals in {self.pick(CITIES)} and {self.pick(CITIES)}.",
                f"The {adj1} government has pledged {self.money()} in aid to {c2}, {p}, {role} of {o}, "
                f"said {when}.",
                f"{donor} did not donate the promised {self.pick(ITEMS)}, according to {o}.",
            ])
        if kind < 0.55:
            mode = self.pick(["an online meeting", "a video conference", "talks in " + self.pick(CITIES),
                              "a meeting", "a virtual summit"])
            return self.pick([
                f"{p}, {role} of {o}, joined {mode} {when} with experts from {c1}, {c2} and {self.country()[0]}.",
                f"Officials from {c1} and {c2} held {mode} on {self.pick(TOPICS)} {when}.",
                f"{p} will meet {self.person()} {self.future()} to discuss {self.pick(TOPICS)}.",
            ])
        if kind < 0.7:
            return self.pick([
                f"{p}, the {adj1} {role}, arrived in {self.pick(CITIES)} {when} for a {self.r.randint(2, 5)}-day visit.",
                f"{self.person()} visited {o} {when}, meeting staff and patients.",
                f"The {role} is expected to travel to {c2} {self.future()}.",
            ])
        if kind < 0.82:
            return self.pick([
                f"{c1[0].upper() + c1[1:]} and {c2} signed an agreement on {self.pick(TOPICS)} {when}.",
                f"{o} and {self.org()} agreed {when} to cooperate on {self.pick(TOPICS)}.",
                f"A memorandum of understanding on {self.pick(TOPICS)} was signed in {self.pick(CITIES)} {when}.",
            ])
        q = self.pick([
            "We are grateful for the support and will use it where it is needed most",
            "This is only the first step, and more help will follow",
            "Our teams worked through the night to get the supplies ready",
            "Nobody should be left behind while we rebuild",
            "The numbers are improving, but we cannot relax yet",
        ])
        return self.pick([
            f"\u201c{q},\u201d said {p}, {role} of {o}.",
            f"\"{q},\" {p} told reporters {when}.",
            f"{p} said the cooperation had helped {self.pick(CITIES)} respond faster.",
            f"According to {p}, the {self.pick(ITEMS)} would reach {self.pick(CITIES)} {self.future()}.",
        ])

    def article(self, n):
        date = dt.date(2015, 1, 1) + dt.timedelta(days=self.r.randint(0, 365 * 9))
        register = self.pick(["wire", "wire", "brief", "press_release", "feature"])
        paragraphs = []
        city = self.pick(CITIES).upper()
        agency = self.pick(AGENCIES)
        n_par = {"brief": self.r.randint(1, 2), "wire": self.r.randint(3, 8),
                 "press_release": self.r.randint(3, 6), "feature": self.r.randint(6, 14)}[register]
        for i in range(n_par):
            k = self.r.randint(1, 4)
            sents = [self.event_sentence(date) if self.r.random() < 0.55 else self.fill(self.pick(FILLER), date)
                     for _ in range(k)]
            paragraphs.append(" ".join(sents))
        if register == "wire":
            paragraphs[0] = f"{city}, {MONTHS[date.month - 1]} {date.day} ({agency}) -- " + paragraphs[0]
        elif register == "press_release":
            paragraphs.insert(0, f"FOR IMMEDIATE RELEASE\n{city}, {date.isoformat()}")
            paragraphs.append(f"Media contact: {self.person()}, press office")
        elif register == "feature":
            paragraphs.insert(0, f"Updated: {MONTHS[date.month - 1]} {date.day}, {date.year}")
        title = self.event_sentence(date).rstrip(".")[:90]
        return {"id": f"syn-{n:08d}", "date": date.isoformat(), "title": title,
                "text": "\n\n".join(paragraphs), "source": "synthetic (scripts/gen_news.py)",
                "license": "generated; no third-party text"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="approximate output size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="output file (default: stdout)")
    args = ap.parse_args()
    gen = Gen(args.seed)
    limit = int(args.mb * 1_000_000)
    out = open(args.out, "w", encoding="utf-8", newline="\n") if args.out else sys.stdout
    written, n, buf = 0, 0, []
    while written < limit:
        line = json.dumps(gen.article(n), ensure_ascii=False) + "\n"
        buf.append(line)
        written += len(line.encode("utf-8"))
        n += 1
        if len(buf) >= 2000:
            out.write("".join(buf))
            buf = []
    out.write("".join(buf))
    if args.out:
        out.close()
    print(f"{n} articles, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
