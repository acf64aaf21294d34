//! Table-driven tests of the date stage on our own sentences: recognition
//! (spans), normalisation (values) against anchors on every weekday and
//! around year ends, things that are not dates, and the dateline finder.

use chrono::NaiveDate;
use newsfacts::model::{Document, TimexAnchor, TimexType};
use newsfacts::timex::{find_dateline, find_document_date, TimexOptions, TimexTagger};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn run(text: &str, anchor: Option<&str>, options: TimexOptions) -> Document {
    let mut doc = Document::new("t", text);
    doc.date = anchor.map(date);
    TimexTagger::new(options).annotate(&mut doc);
    doc
}

/// (span text, value) of every timex, in order.
fn found(text: &str, anchor: Option<&str>) -> Vec<(String, String)> {
    let doc = run(text, anchor, TimexOptions::default());
    doc.timexes
        .iter()
        .map(|t| (t.span.text(&doc.text).to_string(), t.value.clone()))
        .collect()
}

/// (text, anchor date or "" for none, expected (span text, value) pairs).
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

fn check_table(cases: &[Case]) {
    let mut failures = Vec::new();
    for (text, anchor, expected) in cases {
        let anchor = if anchor.is_empty() {
            None
        } else {
            Some(*anchor)
        };
        let got = found(text, anchor);
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(s, v)| (s.to_string(), v.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{text:?} @ {anchor:?}\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// Anchors: Mon 2020-05-18 … Sun 2020-05-24.
const MON: &str = "2020-05-18";
const TUE: &str = "2020-05-19";
const WED: &str = "2020-05-20";
const THU: &str = "2020-05-21";
const FRI: &str = "2020-05-22";
const SAT: &str = "2020-05-23";
const SUN: &str = "2020-05-24";

#[test]
fn absolute_dates() {
    check_table(&[
        (
            "The deal was signed on May 21, 2020.",
            THU,
            &[("May 21, 2020", "2020-05-21")],
        ),
        (
            "The deal was signed on 21 May 2020.",
            THU,
            &[("21 May 2020", "2020-05-21")],
        ),
        (
            "Officials met on 2020-05-21 in Geneva.",
            "",
            &[("2020-05-21", "2020-05-21")],
        ),
        (
            "Talks ended in March 2019.",
            THU,
            &[("March 2019", "2019-03")],
        ),
        ("Sales fell in 2019.", THU, &[("2019", "2019")]),
        (
            "Prices rose sharply in the 1990s.",
            THU,
            &[("the 1990s", "199")],
        ),
        (
            "The plant opened on Friday, July 21, 2017.",
            THU,
            &[("Friday, July 21, 2017", "2017-07-21")],
        ),
        (
            "The rule took effect Sept. 30, 1989, officials said.",
            THU,
            &[("Sept. 30, 1989", "1989-09-30")],
        ),
        ("Profit rose in Q3 2020.", THU, &[("Q3 2020", "2020-Q3")]),
        (
            "Revenue grew in the third quarter of 2019.",
            THU,
            &[("the third quarter of 2019", "2019-Q3")],
        ),
        (
            "The budget for fiscal 2021 was approved.",
            THU,
            &[("fiscal 2021", "FY2021")],
        ),
        (
            "Growth slowed in early 2021.",
            "2021-06-01",
            &[("early 2021", "2021")],
        ),
        (
            "The firm was founded in mid-1996.",
            THU,
            &[("mid-1996", "1996")],
        ),
        (
            "He was born in the 20th century.",
            THU,
            &[("the 20th century", "19")],
        ),
        (
            "Trade boomed in the late '80s.",
            THU,
            &[("the late '80s", "198")],
        ),
        (
            "The law dates from nineteen ninety-six.",
            THU,
            &[("nineteen ninety-six", "1996")],
        ),
    ]);
}

#[test]
fn yearless_months_and_days() {
    check_table(&[
        // A plan told from the past ("had planned to", "had been due
        // to", "were due to"): its date is the nearest, either side; the
        // same plan told now lies ahead.
        (
            "The mayor had planned to visit the port in April but fell ill.",
            THU,
            &[("April", "2020-04")],
        ),
        (
            "The mayor plans to visit the port in April.",
            THU,
            &[("April", "2021-04")],
        ),
        (
            "The envoys had been due to sign the text in June.",
            THU,
            &[("June", "2020-06")],
        ),
        (
            "The envoys were due to meet on December 8 in Lima.",
            "2021-01-20",
            &[("December 8", "2020-12-08")],
        ),
        (
            "The envoys are due to meet on December 8 in Lima.",
            "2021-01-20",
            &[("December 8", "2021-12-08")],
        ),
        (
            "The bridge was scheduled to open in March.",
            THU,
            &[("March", "2020-03")],
        ),
        (
            "The bridge was scheduled to open in June.",
            THU,
            &[("June", "2020-06")],
        ),
        // "soon" in a future clause is the near future; not "as soon as",
        // nor in a past narrative.
        (
            "Beijing said it would donate 200 motorcycles soon.",
            THU,
            &[("soon", "FUTURE_REF")],
        ),
        ("Talks will start as soon as the visas arrive.", THU, &[]),
        ("He soon left the meeting.", THU, &[]),
        // A start given by a participle lies ahead; without it the month
        // after a past verb is the last one.
        (
            "He announced 50 scholarships for study starting in September.",
            THU,
            &[("September", "2020-09")],
        ),
        (
            "He announced 50 scholarships for study in September.",
            THU,
            &[("September", "2019-09")],
        ),
        (
            "Unions called a strike beginning on Monday.",
            THU,
            &[("Monday", "2020-05-25")],
        ),
        // The seed article: dated Thursday 21 May 2020.
        (
            "The ceremony was held on Monday.",
            THU,
            &[("Monday", "2020-05-18")],
        ),
        (
            "In April, he joined a meeting.",
            THU,
            &[("April", "2020-04")],
        ),
        (
            "They spoke in an online meeting on May 7.",
            THU,
            &[("May 7", "2020-05-07")],
        ),
        (
            "The photo was taken on March 18.",
            THU,
            &[("March 18", "2020-03-18")],
        ),
        // Cross-year: December read in January is last December.
        (
            "The talks began in December.",
            "2020-01-10",
            &[("December", "2019-12")],
        ),
        (
            "The vote took place on Dec. 30.",
            "2020-01-02",
            &[("Dec. 30", "2019-12-30")],
        ),
        (
            "Shares closed higher on Jan. 2.",
            "2019-12-30",
            &[("Jan. 2", "2020-01-02")],
        ),
        (
            "The offer expires Jan. 15.",
            "2019-12-20",
            &[("Jan. 15", "2020-01-15")],
        ),
        (
            "Sales slumped in November.",
            "2021-01-01",
            &[("November", "2020-11")],
        ),
        (
            "The ban will end in February.",
            "2020-12-31",
            &[("February", "2021-02")],
        ),
        (
            "The vote was held in mid-May.",
            THU,
            &[("mid-May", "2020-05")],
        ),
        (
            "The summit is scheduled for June 5.",
            THU,
            &[("June 5", "2020-06-05")],
        ),
        (
            "Exports dropped in February this year.",
            THU,
            &[("February this year", "2020-02")],
        ),
        (
            "The contract was signed in July last year.",
            THU,
            &[("July last year", "2019-07")],
        ),
        (
            "They met on the 3rd of May.",
            THU,
            &[("the 3rd of May", "2020-05-03")],
        ),
        (
            "The market fell on Christmas Eve.",
            "2020-01-03",
            &[("Christmas Eve", "2019-12-24")],
        ),
    ]);
}

#[test]
fn weekdays_on_every_anchor_day() {
    check_table(&[
        // Past by default: the most recent such day on or before the anchor.
        (
            "The minister spoke on Monday.",
            MON,
            &[("Monday", "2020-05-18")],
        ),
        (
            "The minister spoke on Monday.",
            TUE,
            &[("Monday", "2020-05-18")],
        ),
        (
            "The minister spoke on Sunday.",
            TUE,
            &[("Sunday", "2020-05-17")],
        ),
        (
            "Rebels attacked the town on Tuesday.",
            WED,
            &[("Tuesday", "2020-05-19")],
        ),
        (
            "The bank cut rates on Friday.",
            WED,
            &[("Friday", "2020-05-15")],
        ),
        (
            "The court ruled on Wednesday.",
            THU,
            &[("Wednesday", "2020-05-20")],
        ),
        (
            "Police arrested two men Thursday.",
            FRI,
            &[("Thursday", "2020-05-21")],
        ),
        (
            "The talks collapsed on Saturday.",
            FRI,
            &[("Saturday", "2020-05-16")],
        ),
        (
            "The storm hit the coast on Friday.",
            SAT,
            &[("Friday", "2020-05-22")],
        ),
        (
            "Voters went to the polls on Sunday.",
            SUN,
            &[("Sunday", "2020-05-24")],
        ),
        (
            "The company said on Monday it had cut jobs.",
            SUN,
            &[("Monday", "2020-05-18")],
        ),
        // Future cues.
        (
            "The minister will visit Paris on Monday.",
            THU,
            &[("Monday", "2020-05-25")],
        ),
        // The cue is counted in words: the commas, hyphen and dots of
        // "Ana Roe-Lind, at 3 p.m." do not push "will" out of reach.
        (
            "She will hold talks with her Chilean counterpart, Ana Roe-Lind, at 3 p.m. on Monday at the ministry.",
            THU,
            &[("3 p.m.", "2020-05-25T15:00"), ("Monday", "2020-05-25")],
        ),
        (
            "The team plans to travel on Saturday.",
            WED,
            &[("Saturday", "2020-05-23")],
        ),
        (
            "Talks are scheduled to resume Tuesday.",
            SUN,
            &[("Tuesday", "2020-05-26")],
        ),
        // "last Tuesday" is the previous week's, also when this week's
        // Tuesday is past (news writes that one as plain "Tuesday").
        (
            "He met the envoy last Tuesday.",
            THU,
            &[("last Tuesday", "2020-05-12")],
        ),
        (
            "He met the envoy last Sunday.",
            MON,
            &[("last Sunday", "2020-05-17")],
        ),
        (
            "He met the envoy last Friday.",
            WED,
            &[("last Friday", "2020-05-15")],
        ),
        (
            "He met the envoy last Tuesday.",
            TUE,
            &[("last Tuesday", "2020-05-12")],
        ),
        (
            "The board meets next Monday.",
            THU,
            &[("next Monday", "2020-05-25")],
        ),
        (
            "The vote was held on Sunday.",
            "2020-01-01",
            &[("Sunday", "2019-12-29")],
        ),
        (
            "The fire started Thursday night.",
            FRI,
            &[("Thursday night", "2020-05-21TNI")],
        ),
        (
            "Markets rallied early Tuesday.",
            WED,
            &[("early Tuesday", "2020-05-19")],
        ),
    ]);
}

#[test]
fn relative_expressions() {
    check_table(&[
        (
            "Prices rose yesterday.",
            THU,
            &[("yesterday", "2020-05-20")],
        ),
        (
            "The results are due today.",
            THU,
            &[("today", "2020-05-21")],
        ),
        (
            "The verdict is expected tomorrow.",
            THU,
            &[("tomorrow", "2020-05-22")],
        ),
        (
            "Prices rose yesterday.",
            "2021-01-01",
            &[("yesterday", "2020-12-31")],
        ),
        (
            "The results come out tomorrow.",
            "2020-12-31",
            &[("tomorrow", "2021-01-01")],
        ),
        ("Exports fell last week.", THU, &[("last week", "2020-W20")]),
        ("Exports fell this week.", THU, &[("this week", "2020-W21")]),
        (
            "The index rose this month.",
            THU,
            &[("this month", "2020-05")],
        ),
        (
            "The index rose last month.",
            "2020-01-15",
            &[("last month", "2019-12")],
        ),
        (
            "Output will rise next month.",
            "2020-12-10",
            &[("next month", "2021-01")],
        ),
        (
            "Profits doubled last year.",
            "2020-01-02",
            &[("last year", "2019")],
        ),
        (
            "Sales rose earlier this year.",
            THU,
            &[("earlier this year", "2020")],
        ),
        (
            "The firm will list next year.",
            "2019-12-31",
            &[("next year", "2020")],
        ),
        (
            "The group was formed two days ago.",
            THU,
            &[("two days ago", "2020-05-19")],
        ),
        (
            "The group was formed three years ago.",
            THU,
            &[("three years ago", "2017")],
        ),
        (
            "The plant closed five months ago.",
            "2020-03-10",
            &[("five months ago", "2019-10")],
        ),
        (
            "The firm has recently expanded.",
            THU,
            &[("recently", "PAST_REF")],
        ),
        (
            "The firm is now profitable.",
            THU,
            &[("now", "PRESENT_REF")],
        ),
        (
            "The firm is currently hiring.",
            THU,
            &[("currently", "PRESENT_REF")],
        ),
        (
            "Talks may resume in the near future.",
            THU,
            &[("the near future", "FUTURE_REF")],
        ),
        (
            "The storm hit on May 3. The next day, crews arrived.",
            THU,
            &[("May 3", "2020-05-03"), ("The next day", "2020-05-04")],
        ),
        (
            "The vote was on March 2. The previous day was calm.",
            THU,
            &[
                ("March 2", "2020-03-02"),
                ("The previous day", "2020-03-01"),
            ],
        ),
        (
            "The plant shut on April 9 and reopened the same day.",
            THU,
            &[("April 9", "2020-04-09"), ("the same day", "2020-04-09")],
        ),
        (
            "The strike began on Oct. 1, 2019. Two weeks later it ended.",
            THU,
            &[
                ("Oct. 1, 2019", "2019-10-01"),
                ("Two weeks later", "2019-W42"),
            ],
        ),
        (
            "Spending grew in the fourth quarter.",
            "2021-01-20",
            &[("the fourth quarter", "2020-Q4")],
        ),
        (
            "Net income rose in the third quarter.",
            "2020-10-28",
            &[("the third quarter", "2020-Q3")],
        ),
        (
            "Net income rose in the third quarter, up from a year earlier.",
            "2020-10-28",
            &[
                ("the third quarter", "2020-Q3"),
                ("a year earlier", "2019-Q3"),
            ],
        ),
        (
            "Crowds gathered over the weekend.",
            "2020-05-19",
            &[("the weekend", "2020-W20-WE")],
        ),
        (
            "The fair opens this weekend.",
            "2020-05-19",
            &[("this weekend", "2020-W21-WE")],
        ),
        (
            "It happened last summer.",
            "2020-01-15",
            &[("last summer", "2019-SU")],
        ),
    ]);
}

#[test]
fn times_durations_and_sets() {
    let doc = run(
        "The meeting begins at 3 p.m. and lasts for three weeks. Guards patrol every Monday. \
         The flight left at 10:30 local time.",
        Some(THU),
        TimexOptions::default(),
    );
    let got: Vec<(&str, TimexType, &str)> = doc
        .timexes
        .iter()
        .map(|t| (t.span.text(&doc.text), t.kind, t.value.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            // A bare time of day names no day: nothing is invented.
            ("3 p.m.", TimexType::Time, "T15:00"),
            ("three weeks", TimexType::Duration, "P3W"),
            ("every Monday", TimexType::Set, "XXXX-WXX-1"),
            // "local time" puts it on the document date but stays outside the span.
            ("10:30", TimexType::Time, "2020-05-21T10:30"),
        ]
    );
}

#[test]
fn time_with_a_day() {
    check_table(&[
        (
            "Polls closed at 8 p.m. Sunday.",
            "2020-05-26",
            &[("8 p.m. Sunday", "2020-05-24T20:00")],
        ),
        (
            "The blast came at 4:15 a.m. GMT.",
            THU,
            &[("4:15 a.m. GMT", "2020-05-21T04:15")],
        ),
        // zones of Asia and elsewhere, on the document date like GMT
        (
            "The plane landed in Tokyo at 17:45 JST and left Delhi at 09:10 IST.",
            THU,
            &[
                ("17:45 JST", "2020-05-21T17:45"),
                ("09:10 IST", "2020-05-21T09:10"),
            ],
        ),
        // a live blog's entry stamps, in zones of the Pacific and Africa
        (
            "16:40 FJT - The summit was postponed. 09:30 WAT - Lagos said it would wait.",
            THU,
            &[
                ("16:40 FJT", "2020-05-21T16:40"),
                ("09:30 WAT", "2020-05-21T09:30"),
            ],
        ),
        // stamps without a zone: alone on their line, or before a dash; a
        // bare "11:50" inside a sentence is no time (no cue before it)
        (
            "08:45\nDelegations are arriving.\n\n16:05 - The talks closed. The score was 11:50 at the break.",
            THU,
            &[("08:45", "2020-05-21T08:45"), ("16:05", "2020-05-21T16:05")],
        ),
        // Minutes told as a part of the hour.
        (
            "At half past six in the morning the queue forms; at a quarter past nine the tap opens, and it shuts at quarter to five in the afternoon.",
            THU,
            &[
                ("half past six in the morning", "T06:30"),
                ("a quarter past nine", "T09:15"),
                ("quarter to five in the afternoon", "T16:45"),
            ],
        ),
        (
            "Half past the hour, a quarter of the staff left; first quarter profits rose.",
            THU,
            &[("first quarter", "2020-Q1")],
        ),
        // A bare plural unit after "for", "in", "a matter of" is a span of
        // open length; not a count's unit nor one that modifies a noun.
        (
            "Talks dragged on for weeks; a deal may come in a matter of months, or within days.",
            THU,
            &[("weeks", "PXW"), ("months", "PXM"), ("days", "PXD")],
        ),
        (
            "He spent years of his life there and ten years in prison; for years-long projects.",
            THU,
            &[("ten years", "P10Y")],
        ),
        // every Tuesday and Saturday: two habits
        (
            "They train every Tuesday and Saturday after school.",
            THU,
            &[("every Tuesday", "XXXX-WXX-2"), ("Saturday", "XXXX-WXX-6")],
        ),
        // "the winter of 2013" is one season; "price fall of 1986" no season.
        (
            "She oversaw the delivery in the winter of 2013, after the oil price fall of 1986.",
            THU,
            &[("the winter of 2013", "2013-WI"), ("1986", "1986")],
        ),
        // A day number joined to a day is a date of the same month; not a
        // count or a decimal.
        (
            "The ministers will meet on November 19 and 20, and the fair will run from June 3 to 6.",
            THU,
            &[
                ("November 19", "2020-11-19"),
                ("20", "2020-11-20"),
                ("June 3", "2020-06-03"),
                ("6", "2020-06-06"),
            ],
        ),
        (
            "Exports rose on March 2 and 3 tonnes were lost; the period February 13 to 2.99 mln.",
            THU,
            &[("March 2", "2020-03-02"), ("February 13", "2020-02-13")],
        ),
        // In a live blog (two stamps or more) a bare time is on the blog's
        // day, but not one in someone's words; without stamps it names no day.
        (
            "08:45\nDelegations arrive.\n\n16:05\nThe press conference was pushed back to 15:30. \"We used to start at 9:30,\" she said.",
            THU,
            &[
                ("08:45", "2020-05-21T08:45"),
                ("16:05", "2020-05-21T16:05"),
                ("15:30", "2020-05-21T15:30"),
                ("9:30", "T09:30"),
            ],
        ),
        (
            "The press conference will start at 15:30.",
            THU,
            &[("15:30", "T15:30")],
        ),
        // Past tense: the day being reported, unless the time is a habit
        // or in someone's words.
        (
            "The call ended at about 1:30 p.m. Talks used to open at 9 a.m. every Monday.",
            THU,
            &[("1:30 p.m.", "2020-05-21T13:30"), ("9 a.m.", "T09:00"), ("every Monday", "XXXX-WXX-1")],
        ),
        // A habit told in the past names no day either.
        (
            "Shops usually closed at 6 p.m.; bars shut by midnight as usual.",
            THU,
            &[("6 p.m.", "T18:00"), ("midnight", "T00:00")],
        ),
        (
            "\"We left at 6 a.m.,\" she said.",
            THU,
            &[("6 a.m.", "T06:00")],
        ),
        // "local time" does not cut a time from its day; a zone spelt like
        // a word counts in capitals after a time.
        (
            "The quake struck at 03:47 local time on Monday. 21:40 PET - Rescuers arrived. The cat ate.",
            THU,
            &[("03:47", "2020-05-18T03:47"), ("Monday", "2020-05-18"), ("21:40 PET", "2020-05-21T21:40")],
        ),
        // A day named before the time in the same sentence is its day.
        (
            "Talks will open at 10 a.m. on Tuesday, and a news conference follows at 4:30 p.m.",
            THU,
            &[
                ("10 a.m.", "2020-05-26T10:00"),
                ("Tuesday", "2020-05-26"),
                ("4:30 p.m.", "2020-05-26T16:30"),
            ],
        ),
        (
            "The shares closed at 5 p.m. above Monday's 5 p.m. level.",
            THU,
            &[
                ("5 p.m.", "T17:00"),
                ("Monday", "2020-05-18"),
                ("5 p.m.", "2020-05-18T17:00"),
            ],
        ),
        // Not when the time's own day comes after it, or it is a habit.
        (
            "The strike began on Monday, and at 11 p.m. on Tuesday the talks failed.",
            THU,
            &[
                ("Monday", "2020-05-18"),
                ("11 p.m.", "2020-05-19T23:00"),
                ("Tuesday", "2020-05-19"),
            ],
        ),
        (
            "From Monday the ward admits visitors from 2 p.m. every day.",
            THU,
            &[
                ("Monday", "2020-05-18"),
                ("2 p.m.", "T14:00"),
                ("every day", "P1D"),
            ],
        ),
        // Another sentence's day is not the time's.
        (
            "The clinic reopened on Monday. It opens at 9 a.m.",
            THU,
            &[("Monday", "2020-05-18"), ("9 a.m.", "T09:00")],
        ),
        (
            "A five-year plan was adopted.",
            THU,
            &[("five-year", "P5Y")],
        ),
        (
            "The rebels held the town for 18 months.",
            THU,
            &[("18 months", "P18M")],
        ),
    ]);
}

#[test]
fn not_dates() {
    check_table(&[
        ("You may leave now.", THU, &[("now", "PRESENT_REF")]),
        ("Prime Minister Theresa May spoke.", THU, &[]),
        ("They may march on the capital.", THU, &[]),
        ("April Jones said the plan works.", THU, &[]),
        ("The charity gave 2,020 masks to the clinic.", THU, &[]),
        ("The fine was $2020 for each breach.", THU, &[]),
        ("Call 555-2020 or +1 202 555 2020 for details.", THU, &[]),
        (
            "See https://example.com/2020/05/21/story for more.",
            THU,
            &[],
        ),
        (
            "Write to press@example2020.org today.",
            THU,
            &[("today", "2020-05-21")],
        ),
        ("Spain won the match 2-1.", THU, &[]),
        // After "inside", as after "within", a counted unit is a duration.
        (
            "The bridge went up inside a decade.",
            THU,
            &[("a decade", "P10Y")],
        ),
        // A speed is no rate of time; a wage per hour is.
        ("Winds reached 180 kilometres an hour.", THU, &[]),
        ("The ferry made 12 knots an hour.", THU, &[]),
        ("Cleaners earn $15 an hour.", THU, &[("an hour", "PT1H")]),
        ("The COVID-19 outbreak spread.", THU, &[]),
        ("The A380 and the B2020X are aircraft.", THU, &[]),
        ("More than 2000 people attended.", THU, &[]),
        ("The survey covered 1850 households.", THU, &[]),
        // An age is a duration, not a year.
        (
            "The tradition is 2000 years old.",
            THU,
            &[("2000 years", "P2000Y")],
        ),
        ("Room 1998 was booked.", THU, &[]),
        ("The score was 3.5 out of 10.", THU, &[]),
        ("Neither side scored in the first half.", THU, &[]),
        ("He met illustrator Johnnie Christmas.", THU, &[]),
        ("The figure rose to 12.2020 points.", THU, &[]),
    ]);
}

#[test]
fn day_first_option() {
    let text = "The agreement dated 02/03/2020 was published.";
    let us = run(text, None, TimexOptions::default());
    assert_eq!(us.timexes[0].value, "2020-02-03");
    let eu = run(text, None, TimexOptions { day_first: true });
    assert_eq!(eu.timexes[0].value, "2020-03-02");
    assert_eq!(eu.timexes[0].span.text(&eu.text), "02/03/2020");
    // 21/05/2020 can only be day-first, whatever the option.
    let eu2 = run("Signed 21/05/2020.", None, TimexOptions { day_first: true });
    assert_eq!(eu2.timexes[0].value, "2020-05-21");
    let us2 = run("Signed 21/05/2020.", None, TimexOptions::default());
    assert_eq!(us2.timexes[0].value, "2020-05-21");
    // Neither reading: no date.
    assert!(run("Code 13/13/2020.", None, TimexOptions::default())
        .timexes
        .is_empty());
}

#[test]
fn anchors_are_recorded() {
    let doc = run(
        "The pact of May 21, 2020 was hailed on Monday. The next day, talks resumed.",
        Some(THU),
        TimexOptions::default(),
    );
    let anchors: Vec<TimexAnchor> = doc.timexes.iter().map(|t| t.anchor).collect();
    assert_eq!(
        anchors,
        vec![
            TimexAnchor::Absolute,
            TimexAnchor::Document,
            TimexAnchor::PreviousTimex
        ]
    );
    assert_eq!(doc.timexes[2].value, "2020-05-19");
}

#[test]
fn no_anchor_means_placeholders_and_a_warning() {
    let doc = run(
        "The vote was held on Monday, and in April. On May 7 it ended; in 2019 it began.",
        None,
        TimexOptions::default(),
    );
    let got: Vec<(&str, &str, TimexAnchor)> = doc
        .timexes
        .iter()
        .map(|t| (t.span.text(&doc.text), t.value.as_str(), t.anchor))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Monday", "XXXX-WXX-1", TimexAnchor::Unresolved),
            ("April", "XXXX-04", TimexAnchor::Unresolved),
            ("May 7", "XXXX-05-07", TimexAnchor::Unresolved),
            ("2019", "2019", TimexAnchor::Absolute),
        ]
    );
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    assert!(doc.warnings[0].contains("3 relative"), "{:?}", doc.warnings);
}

#[test]
fn timexes_are_ordered_and_disjoint_with_sentence_indexes() {
    let mut doc = Document::new(
        "t",
        "Talks began on Monday. They ended on May 7, 2020. Next week, more.",
    );
    doc.date = Some(date(THU));
    doc.sentences = vec![
        newsfacts::model::Span::new(0, 22),
        newsfacts::model::Span::new(23, 49),
        newsfacts::model::Span::new(50, 66),
    ];
    TimexTagger::new(TimexOptions::default()).annotate(&mut doc);
    let sentences: Vec<usize> = doc.timexes.iter().map(|t| t.sentence).collect();
    assert_eq!(sentences, vec![0, 1, 2]);
    for w in doc.timexes.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
}

#[test]
fn seed_article_dates() {
    let text = "Home > Belt and Road > News >\n\nChina, partners join hands\n\nXinhuaUpdated: May 21, 2020\n\n\
        A foundation recently donated a diagnosis system to two hospitals.\n\n\
        Doctors pose for a photo in Padua, Italy, on March 18, 2020. [File photo/Xinhua]\n\n\
        The donation ceremony was held on Monday in two cities.\n\n\
        In April, a hospital head joined a global online meeting.\n\n\
        Another expert shared measures in an online meeting on May 7.";
    let anchor = find_document_date(text);
    assert_eq!(anchor, Some(date("2020-05-21")));
    let mut doc = Document::new("seed", text);
    doc.date = anchor;
    TimexTagger::new(TimexOptions::default()).annotate(&mut doc);
    let got: Vec<(&str, &str)> = doc
        .timexes
        .iter()
        .map(|t| (t.span.text(&doc.text), t.value.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("May 21, 2020", "2020-05-21"),
            ("recently", "PAST_REF"),
            ("March 18, 2020", "2020-03-18"),
            ("Monday", "2020-05-18"),
            ("April", "2020-04"),
            ("May 7", "2020-05-07"),
        ]
    );
}

#[test]
fn document_dates() {
    let cases: &[(&str, Option<&str>)] = &[
        ("XinhuaUpdated: May 21, 2020\n\nText.", Some("2020-05-21")),
        ("Title\nUpdated: May 21, 2020 10:32\nBody text here.", Some("2020-05-21")),
        ("Headline\nPublished 2020-05-21\nBody.", Some("2020-05-21")),
        ("BEIJING, May 21, 2020 (Xinhua) -- China said on Thursday ...", Some("2020-05-21")),
        // No year: the latest May 21 (not after 2026) that is a Thursday,
        // or the day after one (the lead may tell the day before).
        ("BEIJING, May 21 (Xinhua) -- China said on Thursday ...", Some("2026-05-21")),
        ("BEIJING, May 21 (Xinhua) -- China said on Friday ...", Some("2022-05-21")),
        ("BEIJING, May 21 (Xinhua) -- China said ...", None),
        ("Firm to donate laptops\n\nOSLO, Norway, February 10, 2021 /Business Wire/ -- The firm today said ...", Some("2021-02-10")),
        ("Published: 14/09/2021\n\nPRESS RELEASE", Some("2021-09-14")),
        ("Title\n2020-05-21 18:40\nBody text.", Some("2020-05-21")),
        ("Floods hit the coast\n\nMonday, May 18, 2015\n\nRescuers worked.", Some("2015-05-18")),
        ("WEEK IN BRIEF: aid and diplomacy, week ending 26 September 2025\n\nUZBEKISTAN - Kits arrived.", Some("2025-09-26")),
        ("Aid round-up\n\nFunds pledged in the week of 26 September 2025 rose.", None),
        ("A long opening sentence that mentions that on March 18, 2020 something happened in a city far away.", None),
        ("No date at all in this text.", None),
        ("", None),
    ];
    for (text, want) in cases {
        assert_eq!(find_document_date(text), want.map(date), "{text:?}");
    }
}

/// Year-less wire datelines: the year is the latest, not after the
/// reference, in which the day falls on the weekday the lead names or on the
/// day after it (wire copy filed the next morning tells "on Monday" under a
/// Tuesday dateline) — checked against the calendar, so a wrong weekday
/// rule fails.
#[test]
fn year_less_datelines_take_the_year_of_their_weekday() {
    use chrono::Datelike;
    let lead = |dateline: &str, weekday: &str| {
        format!("{dateline} (Black Sea Wire) - Turkey handed over four boats to the coast guard on {weekday} morning.")
    };
    let weekdays = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    for (i, wd) in weekdays.iter().enumerate() {
        for reference in [None, Some(date("2016-06-01")), Some(date("2024-02-29"))] {
            let text = lead("BATUMI, Georgia, Dec 29", wd);
            let got = find_dateline(&text, reference).expect("a dated dateline");
            assert!(got.year_inferred, "{text}");
            assert_eq!((got.date.month(), got.date.day()), (12, 29));
            // The lead's weekday or the day after it.
            let fits = |d: chrono::NaiveDate| {
                let w = d.weekday().num_days_from_monday() as usize;
                w == i || w == (i + 1) % 7
            };
            assert!(fits(got.date), "{text}: {}", got.date);
            let latest = reference.unwrap_or(date("2026-12-31"));
            assert!(got.date <= latest, "{text}: {}", got.date);
            // The latest such year: no later year up to the reference fits.
            let later = (1..=7).filter_map(|k| got.date.with_year(got.date.year() + k));
            assert!(later.filter(|d| *d <= latest).all(|d| !fits(d)), "{text}");
        }
    }
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("COLOMBO, Jan 7 (Lanka Wire) - A parliamentary committee on Wednesday questioned officials.", None, Some("2026-01-07")),
        // A city with an apostrophe or hyphens in its name.
        ("N'DJAMENA, March 12 (Sahel Wire) - The president arrived on Thursday.", None, Some("2026-03-12")),
        ("PORT-AU-PRINCE, March 12 (Wire) - Aid arrived on Thursday.", None, Some("2026-03-12")),
        // The lead on the line after a dateline of its own.
        ("Dec 29 (Wire)\n\nThe boats arrived on Monday.", None, Some("2026-12-29")),
        // The dateline's own weekday beats the lead's.
        ("LILONGWE, Thursday, Jan 8 (Wire) - Lawmakers on Monday demanded the terms.", None, Some("2026-01-08")),
        // No weekday: only a reference date places the day.
        ("COLOMBO, Jan 7 (Lanka Wire) - A committee questioned officials.", None, None),
        ("COLOMBO, Jan 7 (Lanka Wire) - A committee questioned officials.", Some("2019-03-01"), Some("2019-01-07")),
        ("COLOMBO, Dec 7 (Lanka Wire) - A committee questioned officials.", Some("2019-03-01"), Some("2018-12-07")),
        // The wire dateline, not the correction note's earlier date.
        ("(Corrects paragraph 2. An earlier version, published on Oct 14, said six.)\n\nPHNOM PENH, Oct 15 (Mekong Wire) - A foundation handed over ambulances on Wednesday.", None, Some("2026-10-15")),
        // Not datelines, even with a reference: a table's short line, a
        // date after a cue word in running text, a hard-wrapped line.
        ("Qtly div eight cts\n    Pay March 31\n    Record March 13", Some("1987-12-31"), None),
        ("It will redeem the notes.\n    The payment date is April 2 and it said so on Monday.", Some("1987-12-31"), None),
        ("It expects a profit for the fourth quarter ended\nFebruary 28 -- its first -- on Monday.", Some("1987-12-31"), None),
        ("EASTGROUP DIVIDEND\n    JACKSON, MISS., May 20\n    Qtly div 65 cts", Some("1987-12-31"), Some("1987-05-20")),
        // A full date anywhere in the window wins.
        ("COLOMBO, Jan 7 (Lanka Wire) - On Wednesday...\nUpdated: January 8, 2015", None, Some("2015-01-08")),
    ];
    for (text, reference, want) in cases {
        let got = find_dateline(text, reference.map(date));
        assert_eq!(got.map(|d| d.date), want.map(date), "{text:?}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    let tagger = TimexTagger::new(TimexOptions::default());
    for text in [
        "",
        "May",
        "2020-",
        "2020-13-45 and 31/31/2020 and 99:99 p.m.",
        "’90s “today” — 1999–2000 ‘May 5’",
        "Feb. 29 was a day. Feb. 30 is not.",
        "9999999999999999999999 years ago",
        "the the the of of quarter",
    ] {
        let mut doc = Document::new("x", text);
        doc.date = Some(date("2019-03-01"));
        tagger.annotate(&mut doc);
        let mut doc = Document::new("x", text);
        tagger.annotate(&mut doc);
        let _ = find_document_date(text);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn tagger() -> TimexTagger {
        TimexTagger::new(TimexOptions::default())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any text: no panic, spans on char boundaries, in order, disjoint.
        #[test]
        fn spans_are_valid(text in "\\PC{0,200}", days in 0i64..40000) {
            let mut doc = Document::new("p", text);
            doc.date = NaiveDate::from_ymd_opt(1950, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
            tagger().annotate(&mut doc);
            let mut last_end = 0;
            for t in &doc.timexes {
                prop_assert!(t.span.start < t.span.end);
                prop_assert!(t.span.start >= last_end);
                prop_assert!(doc.text.is_char_boundary(t.span.start));
                prop_assert!(doc.text.is_char_boundary(t.span.end));
                last_end = t.span.end;
            }
            let _ = find_document_date(&doc.text);
        }

        /// Date-like word soup stresses the grammar paths.
        #[test]
        fn date_word_soup(words in proptest::collection::vec(prop_oneof![
            Just("May"), Just("the"), Just("last"), Just("next"), Just("week"), Just("2020"),
            Just("21"), Just(","), Just("-"), Just("'"), Just("s"), Just("quarter"), Just("third"),
            Just("ago"), Just("two"), Just("years"), Just("Monday"), Just("p.m."), Just("3"),
            Just("of"), Just("early"), Just("mid"), Just("year"), Just("earlier"), Just("Q"),
            Just("/"), Just("1990s"), Just("in"), Just("fiscal"), Just("that"), Just("day"),
        ], 0..30), anchor in proptest::option::of(0i64..30000)) {
            let text = words.join(" ");
            let mut doc = Document::new("p", text);
            doc.date = anchor.and_then(|d| NaiveDate::from_ymd_opt(1980, 1, 1)?.checked_add_signed(chrono::Duration::days(d)));
            tagger().annotate(&mut doc);
            let mut last_end = 0;
            for t in &doc.timexes {
                prop_assert!(t.span.start >= last_end && t.span.start < t.span.end);
                last_end = t.span.end;
                let kind = format!("{:?}", t.kind).to_uppercase();
                prop_assert!(
                    newsfacts::eval::gold::valid_timex_value(&kind, &t.value)
                        || t.value == "XXXX-WXX-WE",
                    "malformed {} value {:?} for {:?}", kind, t.value, t.span.text(&doc.text)
                );
                if doc.date.is_none() && t.anchor == TimexAnchor::Document {
                    prop_assert!(false, "document anchor without a document date: {:?}", t);
                }
            }
        }
    }
}

#[test]
fn tense_cues_choose_the_year() {
    check_table(&[
        (
            "The referendum is to be held from November 20.",
            "2015-05-07",
            &[("November 20", "2015-11-20")],
        ),
        ("The plant was closed in June.", THU, &[("June", "2019-06")]),
        (
            "The plant will reopen in June.",
            THU,
            &[("June", "2020-06")],
        ),
        (
            "The company said the offer expires Nov. 21.",
            "1989-11-02",
            &[("Nov. 21", "1989-11-21")],
        ),
        (
            "Shares fell on Aug. 21 after the report.",
            "1989-10-27",
            &[("Aug. 21", "1989-08-21")],
        ),
        (
            "The minister travels to Rome in January.",
            "2019-11-20",
            &[("January", "2020-01")],
        ),
        // "should" looks ahead; "should have" looks back.
        (
            "Exports should recover in the third quarter.",
            "2019-05-07",
            &[("the third quarter", "2019-Q3")],
        ),
        (
            "Families who can host should ring the office before Thursday.",
            "2026-10-07",
            &[("Thursday", "2026-10-08")],
        ),
        (
            "The two towns should have signed the charter in March.",
            "2026-10-07",
            &[("March", "2026-03")],
        ),
    ]);
}

#[test]
fn an_amount_in_quetzales_is_no_quarter() {
    check_table(&[(
        "The exporter pledged a further Q1.5 million and Q3 million; sales rose in Q1 and in Q2 2025.",
        "2026-06-10",
        &[("Q1", "2026-Q1"), ("Q2 2025", "2025-Q2")],
    )]);
}

#[test]
fn schedule_words_prediction_verbs_and_irregular_pasts_set_the_tense() {
    check_table(&[
        // "payable", "expires": a schedule lies ahead though the clause reports.
        (
            "The board said the dividend is payable June 12 to holders of record May 22.",
            "2019-03-04",
            &[("June 12", "2019-06-12"), ("May 22", "2019-05-22")],
        ),
        (
            "The union noted that the current wage pact expires Sept. 15.",
            "2019-03-29",
            &[("Sept. 15", "2019-09-15")],
        ),
        // An expiry just gone stays in the past.
        (
            "The bid had been scheduled to expire March 1.",
            "2019-03-04",
            &[("March 1", "2019-03-01")],
        ),
        // A verb of prediction before "to".
        (
            "Temperatures are forecast to drop below zero by Saturday morning.",
            THU,
            &[("Saturday morning", "2020-05-23TMO")],
        ),
        // "the plan" is the object of "announced", not a future cue.
        (
            "The lender announced the plan Aug. 21.",
            "2019-10-25",
            &[("Aug. 21", "2019-08-21")],
        ),
        (
            "The group plans a share sale in February.",
            "2019-10-25",
            &[("February", "2020-02")],
        ),
        // Irregular past forms.
        (
            "In January, the chain brought in a new chief executive, who will stay on.",
            "2019-10-25",
            &[("January", "2019-01")],
        ),
        (
            "Exports fell in December.",
            "2019-10-25",
            &[("December", "2018-12")],
        ),
        // "-ed" words that are not past forms.
        (
            "Ms. Alvarez will succeed him Feb. 1.",
            "2019-10-25",
            &[("Feb. 1", "2020-02-01")],
        ),
        (
            "Officials will need two hundred trucks in February.",
            "2019-10-25",
            &[("February", "2020-02")],
        ),
        // A present passive says nothing about the time.
        (
            "The plant is closed until September.",
            "2019-07-10",
            &[("September", "2019-09")],
        ),
    ]);
}

#[test]
fn dates_a_postponement_leads_to_lie_ahead() {
    check_table(&[
        (
            "The judge adjourned the trial until Tuesday.",
            THU,
            &[("Tuesday", "2020-05-26")],
        ),
        (
            "The board extended its tender offer until May 15.",
            "2019-03-20",
            &[("May 15", "2019-05-15")],
        ),
        (
            "Regulators gave the bidder until mid-November to reply.",
            "2019-10-30",
            &[("mid-November", "2019-11")],
        ),
        // A date of the delay itself, not the one it leads to.
        (
            "Trading was delayed on Monday.",
            THU,
            &[("Monday", "2020-05-18")],
        ),
        (
            "Prices moved lower until December.",
            "2019-10-30",
            &[("December", "2018-12")],
        ),
    ]);
}

#[test]
fn delivery_months_of_trades_lie_ahead() {
    check_table(&[
        (
            "Traders sold wheat for September shipment.",
            "2019-03-04",
            &[("September", "2019-09")],
        ),
        (
            "Crude for delivery in December fell 40 cents.",
            "2019-11-20",
            &[("December", "2019-12")],
        ),
        (
            "The January contract closed higher.",
            "2019-11-20",
            &[("January", "2020-01")],
        ),
        // A contract signed in a month is no delivery month.
        (
            "The firm signed a contract in June.",
            "2019-05-10",
            &[("June", "2018-06")],
        ),
    ]);
}

#[test]
fn this_coming_weekday_is_the_next_one() {
    check_table(&[
        (
            "They meet this coming Tuesday.",
            THU,
            &[("this coming Tuesday", "2020-05-26")],
        ),
        // Without "coming", "this" keeps the day of the current week.
        (
            "They met this Tuesday.",
            THU,
            &[("this Tuesday", "2020-05-19")],
        ),
    ]);
}

#[test]
fn listed_and_spoken_clock_times() {
    check_table(&[
        (
            "Guided tours start at 10:00 and 14:30 daily.",
            THU,
            &[("10:00", "T10:00"), ("14:30", "T14:30"), ("daily", "P1D")],
        ),
        (
            "Ferries leave at 6:15, 8:40 and 12:05.",
            THU,
            &[("6:15", "T06:15"), ("8:40", "T08:40"), ("12:05", "T12:05")],
        ),
        (
            "The office is open between 8:30 and 16:00.",
            THU,
            &[("8:30", "T08:30"), ("16:00", "T16:00")],
        ),
        (
            "By six in the morning the square is full.",
            THU,
            &[("six in the morning", "T06:00")],
        ),
        (
            "The market closes at 5 in the afternoon.",
            THU,
            &[("5 in the afternoon", "T17:00")],
        ),
        (
            "The bells rang at nine o'clock.",
            THU,
            &[("nine o'clock", "T09:00")],
        ),
        (
            "The ferry will sail at seven o'clock in the evening on Friday.",
            THU,
            &[
                ("seven o'clock in the evening", "2020-05-22T19:00"),
                ("Friday", "2020-05-22"),
            ],
        ),
        (
            "Bars must close by 11 o'clock at night.",
            THU,
            &[("11 o'clock at night", "T23:00")],
        ),
        // The day of a dateline is not that of a time in the text below it.
        (
            "Published: 14 June 2023\n\nThe gates open before dawn, and by seven in the morning the hall is full.",
            "",
            &[("14 June 2023", "2023-06-14"), ("seven in the morning", "T07:00")],
        ),
        // Not times: a dose, a session, verse numbers in a list, a brand.
        ("Shops sell 8 O'Clock Royale beans.", THU, &[]),
        ("Take one in the morning with water.", THU, &[]),
        ("She scored 3 in the afternoon session.", THU, &[]),
        ("Verses 3:16 and 4:12 were read aloud.", THU, &[]),
    ]);
}

#[test]
fn project_conventions_times_and_sets() {
    check_table(&[
        (
            "They will meet at 3 p.m. on Friday.",
            THU,
            &[("3 p.m.", "2020-05-22T15:00"), ("Friday", "2020-05-22")],
        ),
        (
            "The warning ends at noon tomorrow.",
            THU,
            &[("noon tomorrow", "2020-05-22T12:00")],
        ),
        // "the day before <event>" counts from the day the article gave that
        // event, not from the timex just before it; "the day before <timex>"
        // from that timex.
        (
            "Ministers arrived in Lome on Monday for a three-day visit. The boat was launched on May 2. Officials agreed the route the day before the visit.",
            THU,
            &[
                ("Monday", "2020-05-18"),
                ("three-day", "P3D"),
                ("May 2", "2020-05-02"),
                ("the day before", "2020-05-17"),
            ],
        ),
        (
            "Ana Quist died on Tuesday in Tromso. In March she sold her boat on May 2. She signed the will the day before she died, her son said.",
            THU,
            &[
                ("Tuesday", "2020-05-19"),
                ("March", "2020-03"),
                ("May 2", "2020-05-02"),
                ("the day before", "2020-05-18"),
            ],
        ),
        (
            "The report was filed the day before last Friday's hearing.",
            THU,
            &[("the day before", "2020-05-14"), ("last Friday", "2020-05-15")],
        ),
        // Nothing named after the count: from the day last named.
        (
            "Talks opened on May 2. The next day the ministers met at the port.",
            THU,
            &[("May 2", "2020-05-02"), ("The next day", "2020-05-03")],
        ),
        // "the week of <day>" is the ISO week holding the day; a month alone
        // needs its ordinal ("the second week of May").
        (
            "Talks resume the week of 8 June in Dakar.",
            THU,
            &[("the week of 8 June", "2020-W24")],
        ),
        (
            "Delegates arrived in the week of May 11.",
            THU,
            &[("the week of May 11", "2020-W20")],
        ),
        (
            "Sales peaked in the week of May.",
            THU,
            &[("May", "2020-05")],
        ),
        // After a clock time, the day word is a timex of its own that dates
        // it (the corpus guidelines: "8 a.m. tomorrow" is two).
        (
            "The convoy leaves at 8 a.m. tomorrow for the border.",
            THU,
            &[("8 a.m.", "2020-05-22T08:00"), ("tomorrow", "2020-05-22")],
        ),
        (
            "The ward reopened at 6:30 yesterday after repairs.",
            THU,
            &[("6:30", "2020-05-20T06:30"), ("yesterday", "2020-05-20")],
        ),
        (
            "Polls close at 10 p.m. today.",
            THU,
            &[("10 p.m.", "2020-05-21T22:00"), ("today", "2020-05-21")],
        ),
        // A bare time in a past-tense clause is on the day being reported;
        // a present-tense one (a habit, a feature's scene) names no day.
        ("At noon, the doors opened.", THU, &[("noon", "2020-05-21T12:00")]),
        ("At noon, the doors open.", THU, &[("noon", "T12:00")]),
        (
            "Posted 2020-05-21 18:40 GMT",
            "",
            &[("2020-05-21 18:40 GMT", "2020-05-21T18:40")],
        ),
        (
            "The clinic opens every Saturday morning.",
            THU,
            &[("every Saturday morning", "XXXX-WXX-6TMO")],
        ),
        // A month can recur too (not the modal "may"); a clock time after
        // "every <day> at" is a timex of its own, as the corpus labels it.
        (
            "Classes run every Tuesday at 6 p.m. and the fair is held every December, as it may every year.",
            THU,
            &[
                ("every Tuesday", "XXXX-WXX-2"),
                ("6 p.m.", "T18:00"),
                ("every December", "XXXX-12"),
                ("every year", "P1Y"),
            ],
        ),
        (
            "The firm was founded more than a decade ago.",
            THU,
            &[("a decade ago", "2010")],
        ),
        (
            "They talked for more than an hour.",
            THU,
            &[("an hour", "PT1H")],
        ),
        ("The 81-year-old walked in.", THU, &[]),
        (
            "The price was cut in autumn 2021.",
            THU,
            &[("autumn 2021", "2021-FA")],
        ),
        (
            "Nurses visit every six months.",
            THU,
            &[("every six months", "P6M")],
        ),
        (
            "The museum is free on Sundays.",
            THU,
            &[("Sundays", "XXXX-WXX-7")],
        ),
        ("Tours run daily.", THU, &[("daily", "P1D")]),
        (
            "The alert is valid from 20:00 on Thursday.",
            THU,
            &[("20:00", "2020-05-21T20:00"), ("Thursday", "2020-05-21")],
        ),
        (
            "The comet returns in roughly 50,000 years.",
            THU,
            &[("roughly 50,000 years", "P50000Y")],
        ),
        // A hedge word longer than twelve letters is still a hedge.
        (
            "The comet returns in approximately 50,000 years.",
            THU,
            &[("approximately 50,000 years", "P50000Y")],
        ),
        ("The bus left at 6 a.m.", THU, &[("6 a.m.", "2020-05-21T06:00")]),
        ("The bus leaves at 6 a.m.", THU, &[("6 a.m.", "T06:00")]),
        (
            "It spent three nights at sea.",
            THU,
            &[("three nights", "P3D")],
        ),
        (
            "Growth slowed in the fourth quarter, and revenue in fiscal 2020 fell.",
            "2021-02-01",
            &[("the fourth quarter", "2020-Q4"), ("fiscal 2020", "FY2020")],
        ),
        (
            "Four decades of work ended.",
            THU,
            &[("Four decades", "P40Y")],
        ),
        (
            "Aid was pledged every quarter.",
            THU,
            &[("every quarter", "P3M")],
        ),
        (
            "The two sides agreed to resume talks in September.",
            "2021-07-08",
            &[("September", "2021-09")],
        ),
        (
            "Rana arrived in Geneva on Sunday and will fly to Paris tomorrow.",
            "2023-01-10",
            &[("Sunday", "2023-01-08"), ("tomorrow", "2023-01-11")],
        ),
        (
            "Experts planned to hold a video conference with doctors on Friday, he said.",
            "2020-04-15",
            &[("Friday", "2020-04-17")],
        ),
        (
            "\"Europe stands with Izmir through the winter,\" she said.",
            "2020-11-05",
            &[("the winter", "2020-WI")],
        ),
    ]);
}

#[test]
fn anaphoric_weekdays_and_chains() {
    check_table(&[
        (
            "Trading halted on Oct. 27. The previous Friday, shares had fallen.",
            "1989-10-30",
            &[
                ("Oct. 27", "1989-10-27"),
                ("The previous Friday", "1989-10-20"),
            ],
        ),
        (
            "The quake hit on Nov. 21. The following Monday, aid arrived.",
            "2022-11-30",
            &[
                ("Nov. 21", "2022-11-21"),
                ("The following Monday", "2022-11-28"),
            ],
        ),
        (
            "The flood came in March 2019. A year earlier, the dam had been repaired.",
            THU,
            &[("March 2019", "2019-03"), ("A year earlier", "2018-03")],
        ),
        (
            "Sales rose in 2018. That year, the firm hired 200 people.",
            THU,
            &[("2018", "2018"), ("That year", "2018")],
        ),
        (
            "The talks opened on Jan. 3, 2020. Two days later they collapsed.",
            THU,
            &[
                ("Jan. 3, 2020", "2020-01-03"),
                ("Two days later", "2020-01-05"),
            ],
        ),
    ]);
}

#[test]
fn a_rate_is_a_set_and_a_stretch_a_duration() {
    let kinds = |text: &str| -> Vec<(String, TimexType)> {
        let doc = run(text, Some(THU), TimexOptions::default());
        doc.timexes
            .iter()
            .map(|t| (t.span.text(&doc.text).to_string(), t.kind))
            .collect()
    };
    for text in [
        "The plant costs $300 million a year to run.",
        "The clinic sees 40,000 patients a year.",
        "Inspectors visit twice a year.",
    ] {
        assert_eq!(
            kinds(text),
            vec![("a year".to_string(), TimexType::Set)],
            "{text}"
        );
    }
    for text in [
        "The plant was closed for a year.",
        "Sales rose to $80 million from $70 million a year before.",
        "The firm gave 2,000 workers a year's leave.",
    ] {
        assert_eq!(
            kinds(text),
            vec![("a year".to_string(), TimexType::Duration)],
            "{text}"
        );
    }
}

#[test]
fn rates_and_adjectives() {
    check_table(&[
        (
            "The plant costs $300 million a year to run.",
            THU,
            &[("a year", "P1Y")],
        ),
        ("Daily infections fell, the ministry said.", THU, &[]),
        ("He said daily infections had fallen.", THU, &[]),
        ("She writes for the Yunnan Daily.", THU, &[]),
        // A service that runs weekly is a set, as most of the corpus labels
        // "weekly lunch", "monthly stipend", "daily flights".
        (
            "The navy will start a weekly barge service.",
            THU,
            &[("weekly", "P1W")],
        ),
        (
            "Tours start at 11:00 and 15:00 daily.",
            THU,
            &[("11:00", "T11:00"), ("15:00", "T15:00"), ("daily", "P1D")],
        ),
        ("It was a year of change.", THU, &[]),
    ]);
}

#[test]
fn month_of_year() {
    check_table(&[
        (
            "The forum first met in December of 1999.",
            THU,
            &[("December of 1999", "1999-12")],
        ),
        (
            "Sales peaked in May of 2019, then fell.",
            THU,
            &[("May of 2019", "2019-05")],
        ),
    ]);
}

#[test]
fn codes_decimals_and_tables_are_not_dates() {
    check_table(&[
        ("The index rose to 7.01 from 6.95.", THU, &[]),
        ("The contract MAR8 traded higher.", THU, &[]),
        ("Shipments 2\nDEC 86 were late.", THU, &[]),
        (
            "The ferry leaves at 7.30 p.m.",
            THU,
            &[("7.30 p.m.", "T19:30")],
        ),
        (
            "Talks resume Jan 5.",
            "2020-01-02",
            &[("Jan 5", "2020-01-05")],
        ),
    ]);
}

#[test]
fn the_end_of_a_range_is_not_before_its_start() {
    // Thursday 2021-06-24.
    let got = found(
        "The minister is in Hanoi from Tuesday to Friday. The warning runs from \
         20:00 on Thursday until 10:00 on Sunday. Shares bought from Sept. 14 to \
         Thursday were sold. The talks ended on Monday.",
        Some("2021-06-24"),
    );
    let value = |text: &str, nth: usize| {
        got.iter()
            .filter(|(t, _)| t == text)
            .nth(nth)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("{text} not in {got:?}"))
    };
    assert_eq!(value("Tuesday", 0), "2021-06-22");
    // Past by default, but not before the Tuesday the range starts on.
    assert_eq!(value("Friday", 0), "2021-06-25");
    assert_eq!(value("Sunday", 0), "2021-06-27");
    assert_eq!(value("10:00", 0), "2021-06-27T10:00");
    // A range from a date months back ends on the most recent Thursday.
    assert_eq!(value("Thursday", 1), "2021-06-24");
    // No range: the past.
    assert_eq!(value("Monday", 0), "2021-06-21");
}

#[test]
fn a_counted_day_in_apposition_restates_the_day_before_it() {
    let pairs = |text: &str| -> Vec<(String, String)> { found(text, Some("2022-11-30")) };
    // "Nov. 22, the day after the quake" is Nov. 22, and "two days later"
    // counts from it.
    assert_eq!(
        pairs("The Red Cross pledged $70,000 on Nov. 22, the day after the quake, and flew in tents two days later."),
        [
            ("Nov. 22".to_string(), "2022-11-22".to_string()),
            ("the day after".to_string(), "2022-11-22".to_string()),
            ("two days later".to_string(), "2022-11-24".to_string()),
        ]
    );
    // Without the comma it is a day of its own; so is a possessive.
    assert_eq!(
        pairs("He arrived on Nov. 22 and left the day after.")[1].1,
        "2022-11-23"
    );
    assert_eq!(
        pairs("Prices set on Friday, the previous day's close, held.")[1].1,
        "2022-11-24"
    );
}

#[test]
fn the_nth_week_of_a_month_is_an_iso_week() {
    let pairs = |text: &str| found(text, Some("2021-09-14"));
    // November 2021 began on a Monday: its weeks are W44, W45, ...
    assert_eq!(
        pairs("Seedlings will be planted in the second week of November."),
        [(
            "the second week of November".to_string(),
            "2021-W45".to_string()
        )]
    );
    // October 2005 began on a Saturday: that week is September's (its
    // Thursday is), so October's first week is W40.
    assert_eq!(
        pairs("The talks were held in the first week of October 2005.")[0].1,
        "2005-W40"
    );
    // October 2021 began on a Friday: its first week is W40 (Oct. 4-10).
    assert_eq!(
        pairs("Talks resume in the third week of next month.")[0].1,
        "2021-W42"
    );
    // "the second week" alone names no month
    assert!(pairs("It was the second week of the strike.").is_empty());
}

#[test]
fn any_such_weekday_is_no_date() {
    let texts = |text: &str| -> Vec<String> {
        found(text, Some("2019-11-20"))
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    };
    assert!(texts("On a typical Monday the bus sees 80 patients.").is_empty());
    assert!(texts("Sales on a Friday afternoon are thin.").is_empty());
    assert!(texts("The Post had an average Sunday circulation of 556,620.").is_empty());
    // wire copy dates with "a <noun> Thursday" and "a Monday ruling"
    assert_eq!(
        texts("Exports stopped after an earthquake Thursday."),
        ["Thursday"]
    );
    assert_eq!(texts("China welcomed a Monday court ruling."), ["Monday"]);
}

#[test]
fn since_a_yearless_date_looks_back() {
    check_table(&[
        // a span's start lies behind, even with no past verb before it
        (
            "Since February, fuel shortages across the region have pushed up bus fares.",
            "2022-10-12",
            &[("February", "2022-02")],
        ),
        (
            "Rainfall has stayed below average since October.",
            "2023-03-09",
            &[("October", "2022-10")],
        ),
        // without "since" a future clause still looks ahead
        (
            "The ferry will resume in February.",
            "2022-10-12",
            &[("February", "2023-02")],
        ),
    ]);
}

#[test]
fn an_infinitive_after_a_day_is_still_the_verbs() {
    check_table(&[
        // "agreed yesterday to open … by the end of June": the deadline lies ahead
        (
            "Ghana and Togo agreed yesterday to open a joint customs post by the end of June.",
            "2019-03-14",
            &[("yesterday", "2019-03-13"), ("the end of June", "2019-06")],
        ),
        // the day itself is the verb's, not the infinitive's future (also
        // when a hard line break hides the verb from the day)
        (
            "Grain traders decided\non Tuesday to close the market.",
            "2021-06-18",
            &[("Tuesday", "2021-06-15")],
        ),
    ]);
}

#[test]
fn tense_cues_cross_a_soft_line_wrap() {
    check_table(&[
        // Hard-wrapped prose (wire copy at ~65 columns): the verb on the
        // line before decides ("would ship … in May" in March: this May).
        (
            "Ecuador asked for the loan to guarantee domestic supplies of crude\n\
             oil and would ship an equivalent volume back to Venezuela in\n\
             repayment in May, the president said on Monday in Caracas.",
            "1987-03-09",
            &[("May", "1987-05"), ("Monday", "1987-03-09")],
        ),
        // the verb after the date, on the next line ("on Friday … said it
        // would release" written on a Tuesday: the coming Friday)
        (
            "The Federal Reserve Board, which met in Washington on Monday, said it\n\
             would release its consumer instalment credit figures on\n\
             Friday after the markets close in New York and in Chicago.",
            "1987-06-02",
            &[("Monday", "1987-06-01"), ("Friday", "1987-06-05")],
        ),
        // a past verb on the line before: last Thursday, not the next
        (
            "Finance Minister Wang Bingqian said in the budget speech he gave on\n\
             Thursday that foreign borrowings would be almost double this year.",
            "1987-03-29",
            &[("Thursday", "1987-03-26"), ("this year", "1987")],
        ),
    ]);
}

#[test]
fn a_heading_or_blank_line_still_ends_the_tense_search() {
    check_table(&[
        // A blank line: "collapsed" in the paragraph before is not the verb
        // of "in June" below, which has no cue and takes the nearest June
        // (with the past verb it would be last June, 2019-06).
        (
            "The talks collapsed\n\nA new round in June",
            "2020-05-10",
            &[("June", "2020-06")],
        ),
        // A heading line above wrapped prose (the splitter cuts after it):
        // its past verb does not reach the date; the clause's "would" on
        // the next line, across a soft wrap, does.
        (
            "Talks collapsed\n\
             A new round of talks between the unions and the employers in June\n\
             would end the dispute, the labour ministry told reporters on Friday.",
            "2020-05-10",
            &[("June", "2020-06"), ("Friday", "2020-05-08")],
        ),
    ]);
}

#[test]
fn present_verbs_and_attributions_do_not_borrow_a_past_tense() {
    check_table(&[
        // "said it is adding flights … between now and June": the present
        // verb is the clause's, the reporting verb before it is not.
        (
            "United Airlines said it is\nadding flights into Los Angeles between now and June.",
            "1987-03-05",
            &[("now", "PRESENT_REF"), ("June", "1987-06")],
        ),
        // a past reporting verb after a comma is the attribution
        (
            "That should dampen speculation of an early June election,\nthey added.",
            "1987-03-26",
            &[("early June", "1987-06")],
        ),
        // "better than expected" is an adjective, not a future cue
        (
            "U.S. retailers posted stronger than\nexpected sales in February.",
            "1987-03-05",
            &[("February", "1987-02")],
        ),
    ]);
}

#[test]
fn halves_and_open_counts_are_durations() {
    check_table(&[
        (
            "The drive takes half an hour, the hearing lasted an hour and a half and the \
             works took a year and a half.",
            THU,
            &[
                ("half an hour", "PT30M"),
                ("an hour and a half", "PT1H30M"),
                ("a year and a half", "P18M"),
            ],
        ),
        (
            "The plant will need three or four years and 2 or 3 days of tests.",
            THU,
            &[("three or four years", "PXY"), ("2 or 3 days", "PXD")],
        ),
        // A rising range with "to" is open too; a change of a figure
        // ("from 30 to 60 days") keeps its last count, and a falling pair
        // is no range.
        (
            "The crossing takes five to seven days and repairs 2 to 3 weeks.",
            THU,
            &[("five to seven days", "PXD"), ("2 to 3 weeks", "PXW")],
        ),
        (
            "The wait was cut from 30 to 60 days, and the pilots flew seven to \
             five hours.",
            THU,
            &[("60 days", "P60D"), ("five hours", "PT5H")],
        ),
        // "five or six months ago" stays a date; "half a million" no time.
        (
            "Half a million people left five or six months ago.",
            THU,
            &[("six months ago", "2019-11")],
        ),
    ]);
}

#[test]
fn parts_of_the_day_without_a_day() {
    check_table(&[
        // The day being told about: one named earlier in the sentence, else
        // the document date in a past-tense clause.
        (
            "The trucks crossed the border in the afternoon.",
            THU,
            &[("the afternoon", "2020-05-21TAF")],
        ),
        (
            "The two met on Tuesday and talked for most of the morning.",
            THU,
            &[("Tuesday", "2020-05-19"), ("the morning", "2020-05-19TMO")],
        ),
        // "overnight" in the past is the night before.
        (
            "A fire broke out overnight near the port.",
            THU,
            &[("overnight", "2020-05-20TNI")],
        ),
        (
            "The convoy left at dawn and reached the camp by nightfall.",
            THU,
            &[("dawn", "2020-05-21TMO"), ("nightfall", "2020-05-21TEV")],
        ),
        // A habit names no day.
        (
            "The market is busiest in the morning.",
            THU,
            &[("the morning", "TMO")],
        ),
        // Not times: a noun after the part of day, "of" a date, a person of
        // the night, the overnight rate, a raid before dawn, "Dawn".
        (
            "She chaired the afternoon session. The evening of May 5 was cold.",
            THU,
            &[("May 5", "2020-05-05")],
        ),
        (
            "He was the man of the night. The overnight rose to 4 pct; overnight rates fell.",
            THU,
            &[],
        ),
        ("Police staged dawn raids. Dawn Price spoke.", THU, &[]),
    ]);
}

#[test]
fn habits_of_parts_of_days_seasons_and_gapped_weeks() {
    check_table(&[
        (
            "Volunteers go back every morning; each evening at nine the lamps go off.",
            THU,
            &[
                ("every morning", "XXXX-XX-XXTMO"),
                ("each evening", "XXXX-XX-XXTEV"),
                // the spelled hour on the evening's side of the clock
                ("nine", "T21:00"),
            ],
        ),
        (
            "The council meets every second Tuesday, the club every other Friday.",
            THU,
            &[
                ("every second Tuesday", "XXXX-WXX-2"),
                ("every other Friday", "XXXX-WXX-5"),
            ],
        ),
        (
            "Technicians train in Zwolle every spring and see patients every single day.",
            THU,
            &[("every spring", "P1Y"), ("every single day", "P1D")],
        ),
        // Not a habit of the day: a session that meets each morning.
        ("She chaired each morning session.", THU, &[]),
    ]);
}

#[test]
fn the_new_year() {
    check_table(&[
        // Written late in a year: the next one; early in a year: this one.
        (
            "Talks will resume in the new year.",
            "2025-12-22",
            &[("the new year", "2026")],
        ),
        (
            "The boats arrive early in the new year.",
            "2025-12-29",
            &[("early in the new year", "2026")],
        ),
        (
            "Prices have risen since the new year.",
            "2026-02-10",
            &[("the new year", "2026")],
        ),
        // The holiday and a festival are not the coming year.
        (
            "Water is thrown during the new year festival. New Year is a holiday.",
            "2025-12-22",
            &[],
        ),
    ]);
}

#[test]
fn a_past_bare_time_is_on_the_day_last_named_within_the_week() {
    check_table(&[
        (
            "The two sides signed on Monday.\n\nTheir presidents later joined a call at 4 p.m.",
            THU,
            &[("Monday", "2020-05-18"), ("4 p.m.", "2020-05-18T16:00")],
        ),
        // A day long before the document date is background: the time is
        // on the document date.
        (
            "The plant opened on March 3.\n\nA fire broke out at 4 p.m.",
            THU,
            &[("March 3", "2020-03-03"), ("4 p.m.", "2020-05-21T16:00")],
        ),
    ]);
}

#[test]
fn spans_of_something_and_rates_after_a_counted_span() {
    check_table(&[
        // An article count before "of" is a span of something; a year of
        // something stays out ("a year of change").
        (
            "The minister held an hour of talks; pupils miss a month of school. It was a year of change.",
            THU,
            &[("an hour", "PT1H"), ("a month", "P1M")],
        ),
        ("Roughly a quarter of loans were bad.", THU, &[]),
        (
            "The session lasted barely an hour.",
            THU,
            &[("an hour", "PT1H")],
        ),
        // A counted span before "a year" is a rate: the span, then the set.
        (
            "Herders may work for up to nine months a year.",
            THU,
            &[("nine months", "P9M"), ("a year", "P1Y")],
        ),
    ]);
}

#[test]
fn that_month_is_in_the_year_last_told() {
    check_table(&[
        (
            "The ministers first met in Entebbe in March 2024; by the Kigali round that October a draft was ready.",
            THU,
            &[("March 2024", "2024-03"), ("that October", "2024-10")],
        ),
        // Lowercase "that may" is the modal, not the month; "that" opening a
        // reported clause leaves the month alone.
        ("He said that may change.", THU, &[]),
        (
            "Analysts noted that February sales rose; he said that June was slow, that March's deficit fell and that July 1 was the date.",
            THU,
            &[("July 1", "2020-07-01")],
        ),
    ]);
}

/// A timetable told in the present simple lies ahead ("flies home on
/// Friday", "opens on Monday"), and a participle after a determiner is an
/// adjective, not the clause's past ("to tour the burned areas on
/// Saturday"). Anchor: Wednesday 20 May 2020.
#[test]
fn present_timetables_point_forward_and_adjectives_are_no_past() {
    check_table(&[
        (
            "The delegation arrived on Sunday and flies home on Friday.",
            "2020-05-20",
            &[("Sunday", "2020-05-17"), ("Friday", "2020-05-22")],
        ),
        (
            "The exhibition of Welsh textiles opens on Monday in the old mill.",
            "2020-05-20",
            &[("Monday", "2020-05-25")],
        ),
        (
            "She is due in Santa Cruz to meet the governor and to tour the burned areas on Saturday.",
            "2020-05-20",
            &[("Saturday", "2020-05-23")],
        ),
        // The past still decides where it is the verb.
        ("The fire burned forty homes on Saturday.", "2020-05-20", &[("Saturday", "2020-05-16")]),
        // After a determiner the timetable word is a noun.
        (
            "Officials reviewed the starts on Monday.",
            "2020-05-20",
            &[("Monday", "2020-05-18")],
        ),
    ]);
}

#[test]
fn spans_of_one_unit_and_recurring_things() {
    check_table(&[
        // A span from a start the text gives; not a day of something, not
        // a quarter, and with a count only the count and unit.
        (
            "Sign-ups doubled in the first week and most donors gave within the first month.",
            MON,
            &[("the first week", "P1W"), ("the first month", "P1M")],
        ),
        (
            "On the first day of the tour they rested. Profits rose in the first quarter.",
            MON,
            &[("the first quarter", "2020-Q1")],
        ),
        ("Most of it was spent in the first three weeks.", MON, &[("three weeks", "P3W")]),
        // "another", "all", "-long" give one unit.
        (
            "The lease runs for another year; the lab stays shut for another month.",
            MON,
            &[("another year", "P1Y"), ("another month", "P1M")],
        ),
        (
            "The pumps ran all day on solar power during the week-long drill.",
            MON,
            &[("all day", "P1D"), ("week-long", "P1W")],
        ),
        ("All day care centres stay open.", MON, &[]),
        // A gap between two events; a plain "a fortnight" stays unlabeled.
        (
            "The vote came a fortnight after the storm. They raised the money in a fortnight.",
            MON,
            &[("a fortnight", "P2W"), ("a fortnight", "P2W")],
        ),
        ("It was a fortnight to remember.", MON, &[]),
        // "miss a month of school" is a span, not a rate; "two shifts a
        // day" is a rate.
        (
            "Pupils miss a month of school; nurses work two shifts a day.",
            MON,
            &[("a month", "P1M"), ("a day", "P1D")],
        ),
        // Boxing Day is 26 December.
        ("Shops reopened on Boxing Day.", MON, &[("Boxing Day", "2019-12-26")]),
        // "the past decade" is a span, as "the past three years" is; "last
        // decade" the 2010s.
        (
            "For most of the past decade the port was idle.",
            MON,
            &[("the past decade", "P10Y")],
        ),
        // An ordinal day with no month is a day of the document's month or
        // one beside it, chosen by the tense; not a century, minute or floor.
        (
            "The leaders will meet on the 2nd at the border; the lane has been shut since the 9th, but trucks wait.",
            "2020-05-21",
            &[("the 2nd", "2020-06-02"), ("the 9th", "2020-05-09")],
        ),
        (
            "He scored in the 81st minute; the office is on the 5th floor.",
            MON,
            &[],
        ),
        // A spelled hour after "at"/"by" that a clause follows is a time;
        // one that an amount's noun follows is not.
        (
            "The boats leave at six again, and by seven the shore is a market.",
            MON,
            &[("six", "T06:00"), ("seven", "T07:00")],
        ),
        (
            "The bill passed by seven votes; talks were held at two Senate hearings.",
            MON,
            &[],
        ),
        // A recurrence adjective before something that happens makes a
        // set; before a figure, a publication or in a name it does not.
        (
            "The airline will start daily flights and a weekly cargo service; the club holds monthly lunches.",
            MON,
            &[("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M")],
        ),
        (
            "Daily infections fell, the weekly average rose and the Coastal Daily reported the monthly rental rates.",
            MON,
            &[],
        ),
    ]);
}
