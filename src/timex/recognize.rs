//! Recognition: a hand-written grammar over the token stream. Each rule
//! starts at a token whose lexicon class can begin a temporal expression, so
//! the scan costs one table lookup per ordinary word.
//!
//! Spans follow the TimeML convention: determiners and modifiers ("the",
//! "early", "last") are part of the expression, prepositions ("on", "in",
//! "for") are not.

use super::lexer::{Kind, Token};
use super::lexicon::{DayPart, Lex, Unit};
use super::value::Val;
use chrono::NaiveDate;

/// Direction given by the expression itself ("last", "next", "this").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    None,
    Last,
    This,
    Next,
}

/// A recognised expression before resolution against an anchor.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// Fully specified by the text ("May 21, 2020", "2019", "Q3 2020").
    Abs(Val),
    /// Month and day without a year, optionally with the weekday it falls on.
    MonthDay {
        month: u32,
        day: u32,
        weekday: Option<u8>,
    },
    Month {
        month: u32,
        rel: Rel,
    },
    Weekday {
        wd: u8,
        rel: Rel,
    },
    Quarter {
        q: u32,
        rel: Rel,
    },
    Half {
        h: u32,
    },
    /// Half of the year `years` away from the document year.
    HalfOffset {
        h: u32,
        years: i64,
    },
    /// A month of the year `years` away from the document year ("February this year").
    MonthOffset {
        month: u32,
        years: i64,
    },
    /// Quarter of the year `years` away from the document year ("next year's first quarter").
    QuarterOffset {
        q: u32,
        years: i64,
    },
    Season {
        s: u8,
        rel: Rel,
    },
    /// today (0), yesterday (-1), tomorrow (+1).
    DayOffset(i64),
    /// this/last/next fiscal year relative to the document date's year
    /// ("the current fiscal year", "last financial year"): `FY<year + n>`.
    FiscalYearOffset(i64),
    /// this/last/next <unit> relative to the document date.
    UnitOffset {
        unit: Unit,
        n: i64,
    },
    /// N units ago (document date).
    Ago {
        unit: Unit,
        n: i64,
    },
    /// Relative to the previous timex: "the previous day", "that year", "two days later".
    Anaphor {
        unit: Unit,
        n: i64,
    },
    /// "the weekend": the one just gone unless the clause is about the future.
    TheWeekend,
    /// "the previous Friday" (n = -1), "the following Monday" (n = 1):
    /// strictly before or after the last day mentioned.
    WeekdayFromPrevious {
        wd: u8,
        n: i64,
    },
    /// "the quarter": the quarter under discussion.
    QuarterRef,
    /// "the latest quarter": the last quarter completed.
    LatestQuarter,
    /// "year-earlier", "the year-ago quarter": the period under discussion, a year back.
    YearEarlier,
    /// A fixed-date holiday (Christmas).
    Holiday {
        month: u32,
        day: u32,
    },
    /// US Thanksgiving (fourth Thursday of November).
    Thanksgiving,
    /// "that October": the month in the year of the date last told ("in
    /// March 2024 … the Kigali round that October" → 2024-10).
    ThatMonth(u32),
    /// "on the 28th", "since the 9th": a day of a month the text leaves to
    /// the reader, the document's month or one either side of it.
    DayOfMonth(u32),
    /// "the new year": the coming year in the year's second half, else the
    /// current one ("in the new year" in late December is next year).
    NewYear,
    Ref(&'static str),
    Duration(String),
    Set(String),
    Time {
        hour: u32,
        minute: u32,
        date: Option<Box<Expr>>,
        /// No day in the text but a time zone: taken to be on the document date.
        on_document_date: bool,
    },
    Part {
        date: Box<Expr>,
        part: DayPart,
    },
    /// A part of the day with no day of its own: "in the afternoon", "at
    /// dawn", "overnight" (the night before the day told about, in the
    /// past). Its day is found like a bare time's.
    PartAlone {
        part: DayPart,
        overnight: bool,
    },
    /// "the second week of November": the month's n-th ISO week, counting
    /// the weeks whose Thursday is in the month.
    WeekOfMonth {
        n: u32,
        month: Box<Expr>,
    },
    /// "the week of March 8": the ISO week holding the day.
    WeekOfDay {
        day: Box<Expr>,
    },
}

/// Units of distance: before "an hour" they make a speed.
const DISTANCE_UNITS: &[&str] = &[
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "feet",
    "knots",
    "kilometre",
    "kilometer",
    "mile",
];

/// A recognised expression covering tokens `start..end`.
#[derive(Clone, Debug)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

pub struct Parser<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub day_first: bool,
}

/// Words a bare year may not follow: they make it a count ("more than 2000").
const COUNT_CUES: &[&str] = &[
    "than",
    "about",
    "nearly",
    "almost",
    "approximately",
    "some",
    "roughly",
    "only",
    "least",
    "total",
    "No",
    "no",
    "number",
    "Number",
    "Flight",
    "flight",
    "Route",
    "route",
    "Room",
    "room",
    "Windows",
    "Model",
    "model",
];

/// Words before a bare clock time that make it one ("at 20:00", "by seven
/// in the morning", "between 9:00 and 17:00").
const TIME_CUES: &[&str] = &[
    "at", "from", "until", "till", "by", "to", "after", "before", "around", "between",
];

/// Lowercase words ending in "s" that are not plural nouns, so a year may precede them.
const NON_PLURAL_S: &[&str] = &[
    "was",
    "has",
    "is",
    "as",
    "its",
    "this",
    "thus",
    "plus",
    "versus",
    "his",
    "us",
    "towards",
    "always",
    "perhaps",
    "besides",
    "whereas",
    "unless",
    "across",
    "afterwards",
    "onwards",
    "less",
    "says",
    "does",
    "goes",
    "sees",
    "makes",
    "marks",
    "shows",
    "becomes",
    "gives",
    "takes",
    "comes",
    "remains",
    "means",
    "brings",
    "sets",
    "seems",
    "holds",
    "hits",
    "ends",
    "begins",
    "starts",
];

/// Prepositions that make a bare "May" (or a year before 1900) a date.
const STRONG_DATE_PREPS: &[&str] = &[
    "in",
    "In",
    "since",
    "Since",
    "until",
    "Until",
    "till",
    "during",
    "During",
    "through",
    "throughout",
    "before",
    "Before",
    "after",
    "After",
    "by",
    "By",
    "from",
    "From",
    "early",
    "late",
    "mid",
    "of",
];

/// Whether a word of class `lex` can start an expression: the classes that
/// have a rule in [`Parser::parse_at`] (keep the two in step). The lexicon
/// stores this per word, so the tokenizer lists the candidate tokens.
pub fn lex_may_start(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::A
            | Lex::Month(_)
            | Lex::MonthAbbr(_)
            | Lex::Weekday(_)
            | Lex::Today
            | Lex::Yesterday
            | Lex::Tomorrow
            | Lex::Tonight
            | Lex::Now
            | Lex::Currently
            | Lex::Nowadays
            | Lex::Recently
            | Lex::Soon
            | Lex::Recent
            | Lex::The
            | Lex::This
            | Lex::Last
            | Lex::Next
            | Lex::Past
            | Lex::Coming
            | Lex::That
            | Lex::Early
            | Lex::Late
            | Lex::Mid
            | Lex::Earlier
            | Lex::Later
            | Lex::Fiscal
            | Lex::Season(_)
            | Lex::Units(_)
            | Lex::Ordinal(_)
            | Lex::Q
            | Lex::Every
            | Lex::Each
            | Lex::Weekdays(_)
            | Lex::Daily
            | Lex::Weekly
            | Lex::Monthly
            | Lex::Annually
            | Lex::NumWord(_)
            | Lex::Several
            | Lex::Few
            | Lex::Half
            | Lex::Approx
            | Lex::Christmas
            | Lex::Boxing
            | Lex::Another
            | Lex::All
            | Lex::Unit(_)
            | Lex::Thanksgiving
            | Lex::New
            | Lex::Noon
            | Lex::Overnight
            | Lex::DayEdge(_)
            | Lex::Midnight
    )
}

/// Whether a token outside the vocabulary can start an expression: digits
/// ("2020", "5:30"), and apostrophes ("'90s", also as a non-ASCII char).
pub fn kind_may_start(kind: Kind) -> bool {
    matches!(kind, Kind::Num | Kind::Punct(b'\'') | Kind::Other)
}

/// Words after "the fiscal year" that say which fiscal year is meant.
const FISCAL_YEAR_SPECIFIERS: &[&str] = &[
    "that",
    "which",
    "ending",
    "ended",
    "ends",
    "beginning",
    "begins",
    "starting",
    "starts",
    "in",
    "to",
    "from",
];

impl<'a> Parser<'a> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }
    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::None, |t| t.lex)
    }
    fn s(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }
    /// The bytes of token `i` (empty past the end): [`Parser::s`] for
    /// comparing with literals in the hot candidate tests, where slicing
    /// the text would check both ends for char boundaries.
    #[inline]
    fn b(&self, i: usize) -> &[u8] {
        self.toks
            .get(i)
            .map_or(b"", |t| &self.text.as_bytes()[t.start..t.end])
    }
    /// Token `i` exists and touches the previous one (no whitespace).
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }
    fn punct(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    fn is_apostrophe(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.is_punct(b'\'') || (t.kind == Kind::Other && &self.text[t.start..t.end] == "\u{2019}")
        })
    }
    /// The season at `i` is a noun's modifier, not a time: "the winter
    /// sowing", "before the winter break", "the winter road" — a lowercase
    /// noun of the farm, road, school or holiday year
    /// follows, or a word in -ing ("the spring planting"; not a preposition
    /// such as "during" or "following").
    fn season_modifies_noun(&self, i: usize) -> bool {
        // (Not the season's own weather: "before the winter snow closes the
        // roads", "once the autumn rains have softened the soil" are dated.)
        const NOUNS: &[&str] = &[
            "break",
            "breaks",
            "crop",
            "crops",
            "wheat",
            "barley",
            "maize",
            "harvest",
            "harvests",
            "road",
            "roads",
            "holiday",
            "holidays",
            "vacation",
            "recess",
            "term",
            "semester",
            "session",
            "sale",
            "sales",
            "collection",
            "clothing",
            "coats",
            "fuel",
            "tyres",
            "tires",
            "pasture",
            "pastures",
            "camp",
            "camps",
            "festival",
            "fair",
            "olympics",
            "games",
            "transfer",
            "window",
            "solstice",
            "equinox",
            "migration",
            "tourist",
            "tourists",
            "menu",
            "timetable",
            "schedule",
            "fashion",
        ];
        const ING_NOT_NOUNS: &[&str] = &[
            "during",
            "including",
            "according",
            "following",
            "starting",
            "beginning",
            "ending",
            "excluding",
            "regarding",
            "concerning",
            "pending",
            "being",
            "bringing",
            "seeing",
        ];
        let Some(t) = self.tok(i + 1) else {
            return false;
        };
        if t.cap || self.glued(i + 1) {
            return false;
        }
        let w = self.s(i + 1);
        if !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        NOUNS.contains(&w) || (w.len() > 5 && w.ends_with("ing") && !ING_NOT_NOUNS.contains(&w))
    }
    /// The year a season at `i - 1` names: "2021" or "of 2013" ("the winter
    /// of 2013") → (end token, year).
    fn season_year(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year_at(i, true) {
            return Some((i + 1, y));
        }
        if self.s(i) == "of" {
            return self.year_at(i + 1, true).map(|y| (i + 2, y));
        }
        None
    }

    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Num).then_some((t.num, t.len()))
    }
    /// Whether the bare plural unit at `i` follows a word that makes it a
    /// span ("for years", "in weeks", "a matter of days", "not weeks"), not
    /// a count's unit ("ten years" has its number; "years of war" is ruled
    /// out by [`Self::adverbial`]).
    fn open_length_cue(&self, i: usize) -> bool {
        match self.prev_word(i) {
            "for" | "in" | "within" | "not" => true,
            "of" => i >= 2 && matches!(self.prev_word(i - 1), "matter" | "space"),
            _ => false,
        }
    }

    /// A lowercase word used as an adverb: not followed by a word it could
    /// modify (only punctuation, the end, or a function word comes next).
    fn adverbial(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.cap {
            return false;
        }
        match self.tok(i + 1) {
            None => true,
            Some(n) if n.kind != Kind::Word => true,
            Some(n) => matches!(
                n.lex,
                Lex::Prep | Lex::The | Lex::A | Lex::Of | Lex::FutureCue | Lex::PastCue
            ),
        }
    }

    /// "cheap in the first week", "joined for the first hour" ("the" at
    /// `i`): a span from a start the text gives. Not "the first day of the
    /// visit", "the first quarter", nor with a count ("in the first three
    /// months": the corpus labels "three months" alone).
    fn first_span(&self, i: usize) -> Option<(usize, Expr)> {
        let j = i + 1;
        if self.lex(j) != Lex::Ordinal(1)
            || !is_any_ignore_case(self.prev_word(i), FIRST_SPAN_CUES)
            || self.s(j + 2) == "of"
            || (self.punct(j + 2, b'-') && self.glued(j + 2))
        {
            return None;
        }
        match self.lex(j + 1) {
            Lex::Unit(u) if is_span_unit(u) => {
                Some((j + 2, Expr::Duration(duration_value(u, Some(1)))))
            }
            _ => None,
        }
    }

    /// "will meet on the 28th at the crossing", "closed since the 9th, but"
    /// ("the" at `i`): an ordinal day with no month, after a preposition of
    /// time and before no noun ("the 19th century", "the 81st minute", "the
    /// 5th floor" are no days).
    fn day_of_month(&self, i: usize) -> Option<(usize, Expr)> {
        let (n, len) = self.num(i + 1)?;
        let end = self.skip_ordinal_suffix(i + 2);
        if len > 2
            || !(1..=31).contains(&n)
            || end == i + 2
            || !is_any_ignore_case(
                self.prev_word(i),
                &[
                    "on", "since", "until", "till", "by", "before", "after", "from",
                ],
            )
        {
            return None;
        }
        // (a line break is no end: wire copy wraps "the 21st\nweek")
        let ends_phrase = self.tok(end).is_none_or(|t| match t.kind {
            Kind::Punct(c) => c != b'-',
            Kind::Word => t.lex == Lex::Prep && self.s(end) != "of",
            _ => false,
        });
        ends_phrase.then_some((end, Expr::DayOfMonth(n)))
    }

    /// "hour-long", "year-long" at `i`: a unit glued by a hyphen to "long".
    fn unit_long(&self, i: usize) -> bool {
        self.punct(i + 1, b'-') && self.glued(i + 1) && self.glued(i + 2) && self.s(i + 2) == "long"
    }

    /// "daily flights", "a weekly passenger ferry", "monthly video
    /// meetings": a lowercase recurrence adjective before something that
    /// happens or runs (a head among the next three lowercase words, from
    /// [`RECURRING_HEADS`]) is a set, as the adverb is. Not before a figure
    /// or a publication ("daily infections", "the weekly average", "a
    /// monthly newspaper", "daily rental rates"), where the word says how a
    /// number is counted, nor in a name ("Yunnan Daily").
    fn recurring_thing(&self, i: usize) -> bool {
        if self.tok(i).is_none_or(|t| t.cap) {
            return false;
        }
        for k in i + 1..i + 4 {
            let Some(n) = self.tok(k) else { return false };
            if n.kind != Kind::Word || n.cap || !n.space_before || n.lex != Lex::None {
                return false;
            }
            if is_any_ignore_case(self.s(k), RECURRING_HEADS) {
                return true;
            }
        }
        false
    }

    /// "the" at `i` follows a word that makes the part of the day after it
    /// a time: "in the afternoon", "through the night", "spent the
    /// evening", "for most of the morning" — but not "the man of the night".
    fn part_cue(&self, i: usize) -> bool {
        let prev = self.prev_word(i);
        if prev == "of" {
            return i >= 2 && is_any_ignore_case(self.prev_word(i - 1), PART_OF_CUES);
        }
        is_any_ignore_case(prev, PART_CUES)
    }

    /// Token `i` follows a capitalised non-vocabulary word on the same line
    /// ("Johnnie Christmas"), so it is part of a name.
    fn follows_name(&self, i: usize) -> bool {
        i > 0 && {
            let p = &self.toks[i - 1];
            let t = &self.toks[i];
            p.kind == Kind::Word
                && p.cap
                && p.lex == Lex::None
                && t.space_before
                && !t.newline_before
        }
    }

    fn prev_word(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.s(i - 1)
        }
    }

    /// Skips an optional "." glued to token `i - 1`; returns the next index.
    fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, b'.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// Skips an ordinal suffix ("st", "nd", "rd", "th") glued to a number at `i - 1`.
    fn skip_ordinal_suffix(&self, i: usize) -> usize {
        if self.glued(i)
            && matches!(
                self.s(i),
                "st" | "nd" | "rd" | "th" | "ST" | "ND" | "RD" | "TH"
            )
        {
            i + 1
        } else {
            i
        }
    }

    /// Whether token `i` is a digit run that stands alone (not part of "2,020",
    /// "A380", "3.5", a phone number or a code).
    fn standalone_number(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind != Kind::Num {
            return false;
        }
        if !t.space_before && i > 0 {
            let p = &self.toks[i - 1];
            match p.kind {
                Kind::Word | Kind::Num | Kind::Opaque => return false,
                Kind::Punct(c) => {
                    // "mid-1996", "pre-2008", "post-1959" keep their year.
                    let prefixed = c == b'-'
                        && i >= 2
                        && is_any_ignore_case(self.s(i - 2), &["mid", "pre", "post"]);
                    if !prefixed
                        && matches!(
                            c,
                            b'$' | b'#' | b'.' | b',' | b':' | b'/' | b'-' | b'+' | b'*' | b'='
                        )
                    {
                        return false;
                    }
                }
                Kind::Other => {
                    let ch = &self.text[p.start..p.end];
                    if matches!(
                        ch,
                        "\u{20ac}" | "\u{a3}" | "\u{a5}" | "\u{2013}" | "\u{2014}"
                    ) {
                        return false;
                    }
                }
            }
        }
        if let Some(n) = self.tok(i + 1) {
            if !n.space_before {
                match n.kind {
                    Kind::Word | Kind::Num | Kind::Opaque => return false,
                    Kind::Punct(c) => {
                        let digit_after = self
                            .tok(i + 2)
                            .is_some_and(|x| x.is_num() && !x.space_before);
                        if c == b'%'
                            || (matches!(c, b',' | b'.' | b':' | b'/' | b'-') && digit_after)
                        {
                            return false;
                        }
                    }
                    Kind::Other => {
                        let ch = &self.text[n.start..n.end];
                        let digit_after = self
                            .tok(i + 2)
                            .is_some_and(|x| x.is_num() && !x.space_before);
                        if matches!(ch, "\u{2013}" | "\u{2014}") && digit_after {
                            return false;
                        }
                    }
                }
            }
        }
        true
    }

    /// A four-digit year at `i`, if it reads as one. `cued` says a date word
    /// (month, "fiscal", "in") already makes a date likely.
    fn year_at(&self, i: usize, cued: bool) -> Option<i32> {
        let (n, len) = self.num(i)?;
        if len != 4 || !(1000..=2099).contains(&n) || !self.standalone_number(i) {
            return None;
        }
        if cued {
            return Some(n as i32);
        }
        let prev = self.prev_word(i);
        if COUNT_CUES.contains(&prev) {
            return None;
        }
        // A number next to another number is a phone number or a list of figures.
        if i > 0 && self.toks[i - 1].is_num() {
            return None;
        }
        if let Some(next) = self.tok(i + 1) {
            if next.is_num() {
                return None;
            }
            // "2000 years", "a 2000 year old tradition": a count of years; but
            // "World Cup 2018 day five" names the year.
            let unit_after = match next.lex {
                Lex::Units(_) => true,
                Lex::Unit(_) => {
                    let after = self.s(i + 2);
                    after == "old" || after == "-" || after.eq_ignore_ascii_case("long")
                }
                _ => false,
            };
            if unit_after {
                return None;
            }
            // "1709 schoolchildren", "2020 masks": a count of things; but
            // "the 2014 protests" and "of 2000 levels" name a year.
            let attributive = self.lex(i.wrapping_sub(1)) == Lex::The
                || (self.lex(i.wrapping_sub(1)) == Lex::Of && n >= 1900);
            if next.kind == Kind::Word && !next.cap && !attributive {
                let w = self.s(i + 1);
                let plural = w.len() >= 4
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !NON_PLURAL_S.contains(&w);
                let irregular = [
                    "people", "men", "children", "feet", "km", "kg", "tons", "tonnes",
                ]
                .iter()
                .any(|p| w.ends_with(p));
                if plural || irregular {
                    return None;
                }
            }
        }
        if n < 1900 && !STRONG_DATE_PREPS.contains(&prev) && self.lex(i.wrapping_sub(1)) != Lex::The
        {
            return None;
        }
        Some(n as i32)
    }

    /// Month word at `i` (with its optional abbreviation dot); returns (month, next index).
    fn month_word(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if !t.cap {
            return None;
        }
        match t.lex {
            Lex::Month(m) => {
                // "Sept." style dots are optional after full names too ("June.").
                Some((m as u32, i + 1))
            }
            Lex::MonthAbbr(m) => {
                let j = self.skip_dot(i + 1);
                // Without a dot an abbreviation must be followed, on the same
                // line, by a day or year ("Jan 5"); "MAR8" and table columns
                // ("2\nDEC 86") are codes, not dates.
                if j == i + 1
                    && !self
                        .tok(j)
                        .is_some_and(|x| x.is_num() && x.space_before && !x.newline_before)
                {
                    return None;
                }
                Some((m as u32, j))
            }
            _ => None,
        }
    }

    /// A day of month at `i` (1–31, optional ordinal suffix); returns (day, next index).
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        let (n, len) = self.num(i)?;
        if len > 2 || !(1..=31).contains(&n) {
            return None;
        }
        let j = self.skip_ordinal_suffix(i + 1);
        // "5-4" scores, "5.3" decimals, "5:30" times are not days.
        if let Some(t) = self.tok(j) {
            if !t.space_before
                && matches!(
                    t.kind,
                    Kind::Punct(b'-' | b':' | b'/' | b'.' | b'%') | Kind::Word | Kind::Num
                )
                && self
                    .tok(j + 1)
                    .is_some_and(|x| !x.space_before && x.kind != Kind::Punct(b' '))
                && !(t.is_punct(b'.') && self.tok(j + 1).is_none_or(|x| x.space_before))
            {
                return None;
            }
        }
        Some((n, j))
    }

    /// An optional year after a month/day: ", 2020" or " 2020".
    fn trailing_year(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.punct(i, b',') { i + 1 } else { i };
        let y = self.year_at(j, true)?;
        Some((y, j + 1))
    }

    /// Month-based dates at `i`: "May 21, 2020", "May 21", "May 2020", "May".
    /// A bare month is accepted only when `cued` (a preposition or modifier
    /// introduces it), since month names double as names and verbs.
    fn month_date(&self, i: usize, cued: bool) -> Option<(usize, Expr)> {
        let (m, j) = self.month_word(i)?;
        let spaced_day = self.tok(j).is_some_and(|t| t.space_before);
        if let Some((d, k)) = self.day_number(j).filter(|_| spaced_day) {
            if let Some((y, k2)) = self.trailing_year(k) {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                return Some((k2, Expr::Abs(Val::Day(date))));
            }
            return Some((
                k,
                Expr::MonthDay {
                    month: m,
                    day: d,
                    weekday: None,
                },
            ));
        }
        if let Some((y, k)) = self.trailing_year(j) {
            return Some((k, Expr::Abs(Val::Month(y, m))));
        }
        // "May of 2019"
        if self.lex(j) == Lex::Of {
            if let Some(y) = self.year_at(j + 1, true) {
                return Some((j + 2, Expr::Abs(Val::Month(y, m))));
            }
        }
        // "the 21st of May" and friends are handled by day_month; a bare month needs a cue.
        let prev = self.prev_word(i);
        let is_may = m == 5 && self.s(i).eq_ignore_ascii_case("may");
        // "February this year", "April next year", "July last year".
        if let (Lex::This | Lex::Last | Lex::Next, Lex::Unit(Unit::Year)) =
            (self.lex(j), self.lex(j + 1))
        {
            let years = match self.lex(j) {
                Lex::Last => -1,
                Lex::Next => 1,
                _ => 0,
            };
            return Some((j + 2, Expr::MonthOffset { month: m, years }));
        }
        // "a June agreement", "the October slaying": a month used as a modifier.
        let attributive = !is_may
            && matches!(self.lex(i.wrapping_sub(1)), Lex::A | Lex::The)
            && self
                .tok(j)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap && t.lex == Lex::None);
        let prev_ok = if is_may {
            STRONG_DATE_PREPS.contains(&prev)
        } else {
            STRONG_DATE_PREPS.contains(&prev)
                || matches!(self.lex(i.wrapping_sub(1)), Lex::Prep)
                || attributive
        };
        if cued || prev_ok {
            // A capitalised word right after is usually a name ("April Smith").
            if !cued
                && self.tok(j).is_some_and(|t| {
                    t.kind == Kind::Word && t.cap && t.space_before && t.lex == Lex::None
                })
            {
                return None;
            }
            return Some((
                j,
                Expr::Month {
                    month: m,
                    rel: Rel::None,
                },
            ));
        }
        None
    }

    /// "21 May 2020", "11 December", "the 21st of May".
    fn day_month(&self, i: usize) -> Option<(usize, Expr)> {
        let (d, j) = self.day_number(i)?;
        let j = if self.lex(j) == Lex::Of { j + 1 } else { j };
        // A day and a month on different lines are table cells, not a date.
        if self.tok(j).is_some_and(|t| t.newline_before) {
            return None;
        }
        let (m, k) = self.month_word(j)?;
        if let Some((y, k2)) = self.trailing_year(k) {
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            return Some((k2, Expr::Abs(Val::Day(date))));
        }
        Some((
            k,
            Expr::MonthDay {
                month: m,
                day: d,
                weekday: None,
            },
        ))
    }

    /// ISO "2020-05-21", "2020/05/21", and slash dates "05/21/2020" (or
    /// "21/05/2020" with day-first).
    fn numeric_date(&self, i: usize) -> Option<(usize, Expr)> {
        let (a, alen) = self.num(i)?;
        let sep = self.tok(i + 1)?;
        let c = match sep.kind {
            Kind::Punct(c @ (b'-' | b'/' | b'.')) if !sep.space_before => c,
            _ => return None,
        };
        let (b, blen) = self.num(i + 2).filter(|_| self.glued(i + 2))?;
        if !(self.punct(i + 3, c) && self.glued(i + 3)) {
            return None;
        }
        let (d, dlen) = self.num(i + 4).filter(|_| self.glued(i + 4))?;
        // Not part of a longer code ("2020-05-21-17" or "1.2.3.4").
        if self
            .tok(i + 5)
            .is_some_and(|t| !t.space_before && (t.is_num() || t.kind == Kind::Word))
            || (self
                .tok(i + 5)
                .is_some_and(|t| !t.space_before && t.is_punct(c))
                && self
                    .tok(i + 6)
                    .is_some_and(|t| !t.space_before && t.is_num()))
        {
            return None;
        }
        if i > 0 && !self.toks[i].space_before {
            let p = &self.toks[i - 1];
            if matches!(
                p.kind,
                Kind::Num | Kind::Word | Kind::Punct(b'-' | b'/' | b'.')
            ) {
                return None;
            }
        }
        let date = if alen == 4 && blen <= 2 && dlen <= 2 {
            NaiveDate::from_ymd_opt(a as i32, b, d)?
        } else if alen <= 2 && blen <= 2 && dlen == 4 && c != b'-' {
            // The option settles ambiguous dates; "21/05/2020" can only be day-first.
            let (day, month) = if self.day_first || a > 12 {
                (a, b)
            } else {
                (b, a)
            };
            NaiveDate::from_ymd_opt(d as i32, month, day)?
        } else {
            return None;
        };
        if !(1000..=2099).contains(&(a.max(d))) {
            return None;
        }
        // "2020-05-21 18:40 GMT": a timestamp.
        if let (Some((hh, 2)), true, Some((mm, 2))) = (
            self.num(i + 5).filter(|_| !self.glued(i + 5)),
            self.punct(i + 6, b':') && self.glued(i + 6),
            self.num(i + 7).filter(|_| self.glued(i + 7)),
        ) {
            if hh < 24 && mm < 60 {
                let mut end = i + 8;
                // seconds
                if self.punct(end, b':') && self.glued(end) && self.num(end + 1).is_some() {
                    end += 2;
                }
                if self.lex(end) == Lex::Zone
                    || self.s(end).len() == 3 && self.s(end).bytes().all(|b| b.is_ascii_uppercase())
                {
                    end += 1;
                }
                return Some((
                    end,
                    Expr::Time {
                        hour: hh,
                        minute: mm,
                        date: Some(Box::new(Expr::Abs(Val::Day(date)))),
                        on_document_date: false,
                    },
                ));
            }
        }
        Some((i + 5, Expr::Abs(Val::Day(date))))
    }

    /// A weekday at `i`, with an optional following date ("Monday, May 18, 2020").
    /// Whether the weekday at `i` is any such day: after "on a" ("sales on
    /// a Friday afternoon") or after "a"/"an" and a word for the usual ("a
    /// typical Monday", "an average Sunday"). Not "a Monday court ruling",
    /// "an earthquake Thursday": wire copy dates with those.
    fn generic_day(&self, i: usize) -> bool {
        let word_is = |k: usize, words: &[&str]| {
            self.tok(k).is_some_and(|t| t.kind == Kind::Word)
                && words.iter().any(|w| self.s(k).eq_ignore_ascii_case(w))
        };
        const USUAL: &[&str] = &[
            "typical",
            "normal",
            "usual",
            "given",
            "regular",
            "traditional",
            "average",
            "ordinary",
        ];
        (i >= 2 && word_is(i - 1, &["a", "an"]) && word_is(i - 2, &["on"]))
            || (i >= 2 && word_is(i - 1, USUAL) && word_is(i - 2, &["a", "an"]))
    }

    fn weekday_expr(&self, i: usize, rel: Rel) -> Option<(usize, Expr)> {
        let Lex::Weekday(wd) = self.lex(i) else {
            return None;
        };
        // "on a typical Monday", "a Friday": any such day, no date.
        if rel == Rel::None && self.generic_day(i) {
            return None;
        }
        let mut j = i + 1;
        if rel == Rel::None {
            let k = if self.punct(j, b',') { j + 1 } else { j };
            let dated = self.month_date(k, false).or_else(|| self.day_month(k));
            if let Some((end, expr)) = dated {
                match expr {
                    Expr::Abs(_) => return Some((end, expr)),
                    Expr::MonthDay { month, day, .. } => {
                        return Some((
                            end,
                            Expr::MonthDay {
                                month,
                                day,
                                weekday: Some(wd),
                            },
                        ))
                    }
                    _ => {}
                }
            }
        }
        let base = Expr::Weekday { wd, rel };
        if let Lex::DayPart(part) = self.lex(j) {
            j += 1;
            return Some((
                j,
                Expr::Part {
                    date: Box::new(base),
                    part,
                },
            ));
        }
        Some((j, base))
    }

    /// A small count at `i`: digits, number words ("twenty four", "twenty-four"),
    /// "a"/"an", "a few", "several". Returns (count or None for vague, next index).
    fn count(&self, i: usize) -> Option<(Option<i64>, usize)> {
        match self.lex(i) {
            Lex::A => {
                if self.lex(i + 1) == Lex::Few {
                    return Some((None, i + 2));
                }
                if self.lex(i + 1) == Lex::Couple {
                    let j = if self.lex(i + 2) == Lex::Of {
                        i + 3
                    } else {
                        i + 2
                    };
                    return Some((Some(2), j));
                }
                Some((Some(1), i + 1))
            }
            Lex::Several | Lex::Few => Some((None, i + 1)),
            Lex::NumWord(n) => {
                let mut total = n as i64;
                let mut j = i + 1;
                // "twenty four", "twenty-four"
                if n >= 20 && n % 10 == 0 && n < 100 {
                    let k = if self.punct(j, b'-') && self.glued(j) {
                        j + 1
                    } else {
                        j
                    };
                    if let Lex::NumWord(u) = self.lex(k) {
                        if u < 10 {
                            total += u as i64;
                            j = k + 1;
                        }
                    }
                }
                if self.lex(j) == Lex::NumWord(100) {
                    total *= 100;
                    j += 1;
                }
                Some((Some(total), j))
            }
            _ => {
                let (n, len) = self.num(i)?;
                // "50,000 years": digit groups.
                if len <= 3 && self.punct(i + 1, b',') && self.glued(i + 1) {
                    let mut value = n as i64;
                    let mut k = i + 1;
                    while self.punct(k, b',') && self.glued(k) {
                        match self.num(k + 1).filter(|_| self.glued(k + 1)) {
                            Some((g, 3)) => {
                                value = value.saturating_mul(1000).saturating_add(g as i64);
                                k += 2;
                            }
                            _ => return None,
                        }
                    }
                    if i > 0 && !self.toks[i].space_before {
                        return None;
                    }
                    return Some((Some(value), k));
                }
                if len > 4 || !self.standalone_number_loose(i) {
                    return None;
                }
                Some((Some(n as i64), i + 1))
            }
        }
    }

    /// Like [`standalone_number`] but allows a glued hyphen after ("5-year").
    fn standalone_number_loose(&self, i: usize) -> bool {
        if self.standalone_number(i) {
            return true;
        }
        self.punct(i + 1, b'-')
            && self.glued(i + 1)
            && self
                .tok(i + 2)
                .is_some_and(|t| t.kind == Kind::Word && !t.space_before)
            && (i == 0 || self.toks[i].space_before)
    }

    /// Count + unit: durations ("three weeks", "5-year"), "two days ago",
    /// "two days later".
    fn counted_unit(&self, i: usize) -> Option<(usize, Expr)> {
        // Most digit runs count no unit: after digits the unit, a hyphen
        // or a digit group comes next, so one token decides before `count`
        // parses the number.
        if self.tok(i).is_some_and(Token::is_num)
            && !self.punct(i + 1, b',')
            && !self.punct(i + 1, b'-')
            && !matches!(self.lex(i + 1), Lex::Unit(_) | Lex::Units(_))
            && !matches!(self.s(i + 1), "or" | "to")
        {
            return None;
        }
        let (mut n, mut j) = self.count(i)?;
        // "three or four years", "2 or 3 days", "five to seven days": a
        // count left open (PXY). A range with "to" only rises and does not
        // follow "from" ("cut from 30 to 60 days" is a change of a figure,
        // whose last count is the duration).
        let range_word = self.s(j);
        let open_range = range_word == "or"
            || range_word == "to" && !(i >= 1 && self.s(i - 1).eq_ignore_ascii_case("from"));
        if open_range {
            if let (Some(first), Some((Some(last), k))) = (n, self.count(j + 1)) {
                // ("five or six months ago" keeps its last count: a date.)
                if matches!(self.lex(k), Lex::Units(_))
                    && self.lex(k + 1) != Lex::Ago
                    && (range_word == "or" || first < last)
                {
                    (n, j) = (None, k);
                }
            }
        }
        let hyphen = self.punct(j, b'-') && self.glued(j);
        let uj = if hyphen { j + 1 } else { j };
        // "the 81-year-old" is an age, not a duration.
        if hyphen && self.punct(uj + 1, b'-') && self.s(uj + 2) == "old" {
            return None;
        }
        let (unit, plural) = match self.lex(uj) {
            Lex::Unit(u) => (u, false),
            Lex::Units(u) => (u, true),
            _ => return None,
        };
        // "World Cup 2018 day five": a year before a singular unit is no count.
        if !plural && !hyphen && self.num(i).is_some_and(|(v, len)| len == 4 && v >= 1000) {
            return None;
        }
        let mut k = uj + 1;
        // "a week or so ago"
        if self.s(k) == "or" && self.lex(k + 1) == Lex::So && self.lex(k + 2) == Lex::Ago {
            k += 2;
        }
        let is_article = self.lex(i) == Lex::A && n == Some(1);
        match self.lex(k) {
            Lex::Ago if !hyphen => {
                // "several years ago", "a few days ago": some time back.
                return Some((
                    k + 1,
                    match n {
                        Some(n) => Expr::Ago { unit, n },
                        None => Expr::Ref("PAST_REF"),
                    },
                ));
            }
            // "six minutes later" is a clock time we cannot place; its
            // duration ("six minutes") is what the text gives.
            Lex::Earlier | Lex::Later
                if !hyphen && !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) =>
            {
                let n = n?;
                let sign = if self.lex(k) == Lex::Earlier { -1 } else { 1 };
                return Some((k + 1, Expr::Anaphor { unit, n: sign * n }));
            }
            _ => {}
        }
        // "a year" after an amount is a rate, a set written as its period
        // ("$300 million a year", "40,000 studies a year" → SET P1Y).
        let prev = self.prev_word(i);
        let after_amount = i > 0
            && (self.toks[i - 1].is_num()
                || matches!(
                    prev,
                    "million"
                        | "billion"
                        | "thousand"
                        | "hundred"
                        | "percent"
                        | "%"
                        | "once"
                        | "twice"
                        | "thrice"
                        | "times"
                )
                || (prev.len() > 3
                    && prev.ends_with('s')
                    // a plural, not "miss", "bus", "this"
                    && !prev.ends_with("ss")
                    && !prev.ends_with("us")
                    && !prev.ends_with("is")
                    && !self.toks[i - 1].cap
                    && self.toks[i - 1].lex == Lex::None)
                // "nine months a year", "two weeks a year"
                || (matches!(self.toks[i - 1].lex, Lex::Units(_))
                    && i >= 2
                    && (self.toks[i - 2].is_num() || matches!(self.toks[i - 2].lex, Lex::NumWord(_)))));
        // Otherwise "a year" alone is usually no time expression ("a year of
        // change"); after "for", "than", "took" … it is a duration ("for a
        // decade", "more than an hour"), and so is a shorter span of
        // something ("held an hour of talks", "miss a month of school").
        let span_of = self.s(uj + 1) == "of"
            && matches!(
                unit,
                Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month
            );
        // ("roughly a quarter of total loans" is a fraction)
        if is_article && unit == Unit::Quarter && self.s(uj + 1) == "of" {
            return None;
        }
        // "a fortnight after they met", "half an hour before it began":
        // the gap between two events.
        let gap_before = matches!(self.s(uj + 1), "after" | "before")
            && self.tok(uj + 2).is_some_and(|t| t.kind == Kind::Word);
        if is_article
            && !after_amount
            && !span_of
            && !gap_before
            && !matches!(
                self.prev_word(i),
                "for"
                    | "than"
                    | "over"
                    | "within"
                    // "finish a road inside a decade"
                    | "inside"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "only"
                    | "just"
                    | "took"
                    | "take"
                    | "takes"
                    | "taking"
                    | "spent"
                    | "spend"
                    | "lasted"
                    | "lasting"
                    | "barely"
                    | "roughly"
                    | "after"
                    // "raised £18,000 in a fortnight"
                    | "in"
            )
        {
            return None;
        }
        if unit == Unit::Weekend {
            return None;
        }
        // "an hour and a half", "a year and a half"
        if !plural
            && n == Some(1)
            && self.s(uj + 1) == "and"
            && self.lex(uj + 2) == Lex::A
            && self.lex(uj + 3) == Lex::Half
        {
            if let Some(v) = and_a_half(unit, 1) {
                return Some((uj + 4, Expr::Duration(v)));
            }
        }
        // "gusts of 230 kilometres an hour": a speed, not a time.
        if unit == Unit::Hour
            && is_article
            && i > 0
            && DISTANCE_UNITS.iter().any(|d| {
                self.toks[i - 1].kind == Kind::Word && self.s(i - 1).eq_ignore_ascii_case(d)
            })
        {
            return None;
        }
        let value = duration_value(unit, n);
        // A rate recurs once per period: a set, as "every year" is. Not
        // "from $80 million a year before" (a year earlier) nor "gave
        // workers a month's holiday".
        let next = self.s(uj + 1);
        if is_article
            && after_amount
            && !matches!(next, "before" | "'" | "’")
            && !(self.glued(uj + 1) && next == "'s")
        {
            return Some((uj + 1, Expr::Set(value)));
        }
        Some((uj + 1, Expr::Duration(value)))
    }

    /// Time of day: "3 p.m.", "10:30 a.m.", "at 10:30 local time", "noon".
    fn time_expr(&self, i: usize) -> Option<(usize, Expr)> {
        let (h, hlen) = self.num(i)?;
        if hlen > 2 || h > 23 {
            return None;
        }
        if i > 0
            && !self.toks[i].space_before
            && !matches!(self.toks[i - 1].kind, Kind::Punct(b'('))
        {
            return None;
        }
        let mut j = i + 1;
        let mut minute = 0;
        let mut has_minutes = false;
        // "7.30" is a time only with a.m./p.m. after it; alone it is a decimal.
        let dotted = self.punct(j, b'.');
        if (self.punct(j, b':') || dotted) && self.glued(j) {
            if let Some((mm, mlen)) = self.num(j + 1).filter(|_| self.glued(j + 1)) {
                if mlen == 2 && mm < 60 {
                    minute = mm;
                    has_minutes = true;
                    j += 2;
                }
            }
        }
        // a.m. / p.m. / am / pm
        let mut hour = h;
        let mut meridiem = false;
        let w = self.s(j);
        if matches!(w, "a" | "p" | "A" | "P") && self.punct(j + 1, b'.') && self.glued(j + 1) {
            let mm = self.s(j + 2);
            if matches!(mm, "m" | "M") && self.glued(j + 2) {
                meridiem = true;
                let pm = matches!(w, "p" | "P");
                j = self.skip_dot(j + 3);
                hour = to_24h(h, pm)?;
            }
        } else if matches!(self.lex(j), Lex::Am | Lex::Pm) {
            meridiem = true;
            hour = to_24h(h, self.lex(j) == Lex::Pm)?;
            j += 1;
        }
        let mut zoned = false;
        if self.lex(j) == Lex::Zone || is_word_zone(self.s(j)) {
            zoned = true;
            j += 1;
        } else if self.lex(j) == Lex::Local && self.lex(j + 1) == Lex::Time {
            // "10:30 local time": on the document date; the span stays "10:30".
            zoned = true;
        }
        if !meridiem && !has_minutes && !dotted {
            // "seven in the morning", "10 o'clock"
            let (end, hour) = self.clock_hour(i, j, h)?;
            return Some(self.attach_day(end, hour, 0, false, true));
        }
        // A bare "20:00" is a time after "at", "from", "until" …, before
        // "on <day>", or next in a list of times ("at 11:00 and 15:00").
        let prev_cue = !dotted
            && (is_any_ignore_case(self.prev_word(i), TIME_CUES) || self.follows_listed_time(i));
        let on_day_after = self.s(j) == "on"
            && matches!(
                self.lex(j + 1),
                Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_)
            );
        // A live blog's entry stamp: "08:45" alone on its line, or opening
        // the line before a dash ("16:05 — The conference closed"). It is on
        // the document date, like a zoned time.
        if has_minutes && !dotted && !zoned && self.entry_stamp(i, j) {
            zoned = true;
        }
        if !(meridiem || (has_minutes && !dotted && (zoned || prev_cue || on_day_after))) {
            return None;
        }
        if hour > 23 || (meridiem && h > 12) {
            return None;
        }
        Some(self.attach_day(j, hour, minute, zoned, true))
    }

    /// Tokens `i..j` open their line and are followed by its end or by a
    /// dash: a live blog's entry stamp.
    fn entry_stamp(&self, i: usize, j: usize) -> bool {
        let bytes = self.text.as_bytes();
        let start = self.toks[i].start;
        let end = self.toks[j - 1].end;
        let line_start = bytes[..start]
            .iter()
            .rev()
            .take_while(|&&b| b != b'\n')
            .all(|b| b.is_ascii_whitespace());
        let rest = self.text[end..].trim_start_matches([' ', '\t']);
        line_start
            && (rest.is_empty() || rest.starts_with(['\n', '\r', '-', '\u{2014}', '\u{2013}']))
    }

    /// A bare "H:MM" at `i` continues a list of times: "and", "or" or a
    /// comma after a time of day that is itself recognised ("at 11:00 and
    /// 15:00", "at 7:15, 9:30 and 11:45", "between 9:00 and 17:00").
    fn follows_listed_time(&self, i: usize) -> bool {
        i >= 4
            && (self.punct(i - 1, b',') || matches!(self.prev_word(i), "and" | "or"))
            && self.punct(i - 3, b':')
            && self.num(i - 4).is_some()
            && self.time_expr(i - 4).is_some_and(|(end, _)| end == i - 1)
    }

    /// A clock hour `h` (1–12) at `i`, with "o'clock" or a part of the day
    /// after it from `j`: "10 o'clock", "seven in the morning", "six o'clock
    /// in the evening", "11 o'clock at night" → (end, hour on the 24-hour
    /// clock). "in the <part>"
    /// alone needs a cue before the number ("by seven in the morning"), so
    /// "take one in the morning" and "3 in the afternoon session" are not
    /// times.
    fn clock_hour(&self, i: usize, j: usize, h: u32) -> Option<(usize, u32)> {
        if !(1..=12).contains(&h) {
            return None;
        }
        let oclock = self.s(j).eq_ignore_ascii_case("o")
            && self.is_apostrophe(j + 1)
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.s(j + 2).eq_ignore_ascii_case("clock");
        // "8 O'Clock Royale" is a brand.
        if oclock && self.tok(j + 3).is_some_and(|t| t.cap && t.lex == Lex::None) {
            return None;
        }
        let j = if oclock { j + 3 } else { j };
        match self.hour_in_part(j, h) {
            Some(found) if oclock || is_any_ignore_case(self.prev_word(i), TIME_CUES) => {
                Some(found)
            }
            None if oclock => Some((j, h)),
            None if self.bare_clock(i, j) => Some((j, self.hour_after_part(i, h))),
            _ => None,
        }
    }

    /// Clock hour `h` (1–12) of the spelled hour at `i` on the 24-hour
    /// clock by a part of the day named just before it ("each evening at
    /// nine" → 21); as written without one.
    fn hour_after_part(&self, i: usize, h: u32) -> u32 {
        let part = (i.saturating_sub(3)..i)
            .rev()
            .find_map(|k| match self.lex(k) {
                Lex::DayPart(p) => Some(p),
                _ => None,
            });
        match part {
            Some(DayPart::Afternoon) if h <= 6 => h + 12,
            Some(DayPart::Evening) if (5..=11).contains(&h) => h + 12,
            Some(DayPart::Night) if (6..=11).contains(&h) => h + 12,
            _ => h,
        }
    }

    /// "by seven the shore is a market", "at six again", "By ten it has
    /// climbed": a spelled hour (at `i`, its word ending before `j`) after
    /// "at" or "by" that a new clause or "again" follows, where an amount
    /// would take its noun ("by seven votes", "at six percent", "at two
    /// Senate hearings").
    fn bare_clock(&self, i: usize, j: usize) -> bool {
        matches!(self.lex(i), Lex::NumWord(_))
            && is_any_ignore_case(self.prev_word(i), &["at", "by"])
            && self.tok(j).is_some_and(|n| {
                n.kind == Kind::Word
                    && !n.newline_before
                    && is_any_ignore_case(
                        self.s(j),
                        &["the", "it", "he", "she", "they", "we", "again", "sharp"],
                    )
            })
    }

    /// Clock hour `h` (1–12) on the 24-hour clock by the part of the day
    /// that follows from `j`: "in the morning" (3 words), "at night" (2
    /// words) → (end, hour).
    fn hour_in_part(&self, j: usize, h: u32) -> Option<(usize, u32)> {
        let (p, end) = match (self.lex(j + 1), self.lex(j + 2)) {
            (Lex::The, Lex::DayPart(p)) if self.s(j) == "in" && self.adverbial(j + 2) => (p, j + 3),
            (Lex::DayPart(DayPart::Night), _) if self.s(j) == "at" && self.adverbial(j + 1) => {
                (DayPart::Night, j + 2)
            }
            _ => return None,
        };
        let hour = match p {
            DayPart::Morning if h < 12 => h,
            DayPart::Afternoon if h == 12 || h <= 6 => h % 12 + 12,
            DayPart::Evening if (5..=11).contains(&h) => h + 12,
            DayPart::Night if (6..=12).contains(&h) => (h + 12) % 24,
            DayPart::Night if h <= 4 => h,
            _ => return None,
        };
        Some((end, hour))
    }

    /// "half past six", "a quarter past nine in the evening", "quarter to
    /// five": a clock hour (1–12, a word or digits) with its minutes told
    /// as a part of the hour; the hour as written unless a part of the day
    /// follows.
    fn past_clock(&self, i: usize) -> Option<(usize, Expr)> {
        let k = if self.lex(i) == Lex::A { i + 1 } else { i };
        let minutes = match (self.lex(k), self.s(k + 1)) {
            (Lex::Half, "past") => 30,
            (Lex::Unit(Unit::Quarter), "past") => 15,
            (Lex::Unit(Unit::Quarter), "to") => -15,
            _ => return None,
        };
        if k == i + 1 && minutes == 30 {
            return None;
        }
        let h = match self.lex(k + 2) {
            Lex::NumWord(h) => u32::from(h),
            _ => self.num(k + 2).filter(|&(_, len)| len <= 2)?.0,
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        let (end, hour) = self.hour_in_part(k + 3, h).unwrap_or((k + 3, h));
        let (hour, minute) = if minutes < 0 {
            ((hour + 23) % 24, 45)
        } else {
            (hour, minutes as u32)
        };
        Some(self.attach_day(end, hour, minute, false, true))
    }

    /// A spelled-out clock hour: "seven in the morning", "five o'clock".
    fn spelled_clock_time(&self, i: usize) -> Option<(usize, Expr)> {
        let Lex::NumWord(h) = self.lex(i) else {
            return None;
        };
        let (end, hour) = self.clock_hour(i, i + 1, u32::from(h))?;
        Some(self.attach_day(end, hour, 0, false, true))
    }

    /// The day a time of day falls on: a day right after it is part of the
    /// expression ("4 a.m. EDT Thursday", "noon tomorrow"); one introduced by
    /// "on" dates it but stays a timex of its own ("3 p.m. on Friday"); with
    /// neither, a zoned time ("14:40 GMT") is on the document date and a bare
    /// one ("6 a.m.") gets no date at all. After a clock time, "today",
    /// "tomorrow", "yesterday" also date it and stay timexes of their own
    /// ("at 8 a.m. tomorrow": two, as the corpus guidelines label it — the
    /// day word is an adverb of the clause, like "on Friday"); `clock` is
    /// false for "noon"/"midnight", which keep "noon tomorrow" whole.
    fn attach_day(
        &self,
        j: usize,
        hour: u32,
        minute: u32,
        zoned: bool,
        clock: bool,
    ) -> (usize, Expr) {
        let day_at = |k: usize| {
            self.weekday_expr(k, Rel::None)
                .or_else(|| self.month_date(k, false))
                .or_else(|| self.day_month(k))
                .or_else(|| self.day_offset(k))
                .filter(|(_, d)| !matches!(d, Expr::Part { .. }))
        };
        if let Some((end, d)) = day_at(j) {
            let own_timex = clock && matches!(d, Expr::DayOffset(_));
            return (
                if own_timex { j } else { end },
                Expr::Time {
                    hour,
                    minute,
                    date: Some(Box::new(d)),
                    on_document_date: false,
                },
            );
        }
        // "at 03:47 local time on Monday": "local time" stays outside the
        // span but does not cut the time from its day.
        let k = if self.lex(j) == Lex::Local && self.lex(j + 1) == Lex::Time {
            j + 2
        } else {
            j
        };
        let on_day = if self.s(k) == "on" {
            day_at(k + 1)
        } else {
            None
        };
        (
            j,
            Expr::Time {
                hour,
                minute,
                date: on_day.map(|(_, d)| Box::new(d)),
                on_document_date: zoned,
            },
        )
    }

    fn day_offset(&self, i: usize) -> Option<(usize, Expr)> {
        let n = match self.lex(i) {
            Lex::Today => 0,
            Lex::Yesterday => -1,
            Lex::Tomorrow => 1,
            Lex::Tonight => {
                return Some((
                    i + 1,
                    Expr::Part {
                        date: Box::new(Expr::DayOffset(0)),
                        part: DayPart::Night,
                    },
                ))
            }
            _ => return None,
        };
        let base = Expr::DayOffset(n);
        if let Lex::DayPart(part) = self.lex(i + 1) {
            return Some((
                i + 2,
                Expr::Part {
                    date: Box::new(base),
                    part,
                },
            ));
        }
        Some((i + 1, base))
    }

    /// Decades: "1990s", "the 1990s", "'90s". `i` is the digit token or the apostrophe.
    fn decade(&self, i: usize) -> Option<(usize, Expr)> {
        let (start_num, two_digit) = if self.is_apostrophe(i) {
            (i + 1, true)
        } else {
            (i, false)
        };
        let (n, len) = self.num(start_num)?;
        if two_digit && start_num != i && !self.glued(start_num) {
            return None;
        }
        if n % 10 != 0 {
            return None;
        }
        let s_ok = self.s(start_num + 1) == "s" && self.glued(start_num + 1);
        if !s_ok {
            return None;
        }
        let decade = if two_digit && len == 2 {
            if n >= 30 {
                190 + n as i32 / 10
            } else {
                200 + n as i32 / 10
            }
        } else if len == 4 && (1000..=2090).contains(&n) {
            n as i32 / 10
        } else {
            return None;
        };
        if n % 100 == 0 && len == 4 && n < 2000 {
            // "the 1900s" is a century in common use; keep the TIMEX3 century.
            // "the 2000s" is the decade (the century is "the 21st century").
            return Some((start_num + 2, Expr::Abs(Val::Century(n as i32 / 100))));
        }
        Some((start_num + 2, Expr::Abs(Val::Decade(decade))))
    }

    /// "20th century", "the 21st century".
    fn century(&self, i: usize) -> Option<(usize, Expr)> {
        let (n, len) = self.num(i)?;
        // The number first: most digit runs fail it before any word compare.
        if len > 2 || n == 0 || n > 21 {
            return None;
        }
        let j = self.skip_ordinal_suffix(i + 1);
        if j == i + 1 {
            return None;
        }
        let k = if self.punct(j, b'-') && self.glued(j) {
            j + 1
        } else {
            j
        };
        if self.lex(k) != Lex::Unit(Unit::Century) {
            return None;
        }
        Some((k + 1, Expr::Abs(Val::Century(n as i32 - 1))))
    }

    /// Quarter and half expressions after an optional year: "third quarter",
    /// "third-quarter", "second half", with optional "of 2020" / " 2020".
    fn ordinal_period(&self, i: usize, year_before: Option<i32>) -> Option<(usize, Expr)> {
        let Lex::Ordinal(n) = self.lex(i) else {
            return None;
        };
        let n = u32::from(n);
        let j = if self.punct(i + 1, b'-') && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let is_quarter = match self.lex(j) {
            Lex::Unit(Unit::Quarter) if (1..=4).contains(&n) => true,
            Lex::Half if (1..=2).contains(&n) => false,
            _ => return None,
        };
        let mut end = j + 1;
        let mut year = year_before;
        if year.is_none() {
            if self.lex(end) == Lex::Of {
                if let Some(y) = self.year_at(end + 1, true) {
                    year = Some(y);
                    end += 2;
                }
            } else if let Some(y) = self.year_at(end, true) {
                year = Some(y);
                end += 1;
            }
        }
        let expr = match (is_quarter, year) {
            (true, Some(y)) => Expr::Abs(Val::Quarter(y, n)),
            (true, None) => Expr::Quarter {
                q: n,
                rel: Rel::None,
            },
            (false, Some(y)) => Expr::Abs(Val::Half(y, n)),
            (false, None) => {
                // "the second half" alone is usually a match or a book; only
                // "the second half of the year" / "of this year" is a date.
                if self.lex(end) != Lex::Of {
                    return None;
                }
                match (self.lex(end + 1), self.lex(end + 2)) {
                    (Lex::The, Lex::Unit(Unit::Year)) => {
                        end += 3;
                        Expr::Half { h: n }
                    }
                    (Lex::This | Lex::Last | Lex::Next, Lex::Unit(Unit::Year)) => {
                        let off = match self.lex(end + 1) {
                            Lex::Last => -1,
                            Lex::Next => 1,
                            _ => 0,
                        };
                        end += 3;
                        Expr::HalfOffset { h: n, years: off }
                    }
                    _ => return None,
                }
            }
        };
        Some((end, expr))
    }

    /// Calendar expressions usable after modifiers ("early", "mid-", "the end of").
    fn calendar(&self, i: usize, cued: bool) -> Option<(usize, Expr)> {
        let t = self.tok(i)?;
        match t.lex {
            Lex::Month(_) | Lex::MonthAbbr(_) => self.month_date(i, cued),
            Lex::Weekday(_) => self.weekday_expr(i, Rel::None),
            Lex::Today | Lex::Yesterday | Lex::Tomorrow | Lex::Tonight => self.day_offset(i),
            Lex::This | Lex::Last | Lex::Next | Lex::Past | Lex::Coming => self.relative(i),
            Lex::The => self.the_expr(i),
            Lex::That => self.that_expr(i),
            _ if self.is_apostrophe(i) => self.decade(i),
            _ if t.kind == Kind::Num => self.decade(i).or_else(|| {
                self.year_at(i, cued)
                    .map(|y| (i + 1, Expr::Abs(Val::Year(y))))
            }),
            _ => None,
        }
    }

    /// this/last/next/past/coming + unit, weekday, month, season, quarter.
    fn relative(&self, i: usize) -> Option<(usize, Expr)> {
        let rel = match self.lex(i) {
            Lex::This => Rel::This,
            Lex::Last | Lex::Past | Lex::Previous => Rel::Last,
            Lex::Next | Lex::Coming => Rel::Next,
            _ => return None,
        };
        let j = i + 1;
        let offset = match rel {
            Rel::Last => -1,
            Rel::Next => 1,
            _ => 0,
        };
        match self.lex(j) {
            // "This Week" as a programme title: a capitalised unit mid-sentence.
            Lex::Unit(_)
                if self.tok(j).is_some_and(|t| t.cap)
                    && self.tok(i).is_some_and(|t| {
                        t.cap && !t.newline_before && i > 0 && !self.toks[i - 1].is_punct(b'.')
                    }) =>
            {
                None
            }
            Lex::Unit(u) => {
                // "this year's third quarter", "next year's first half"
                if u == Unit::Year && self.is_apostrophe(j + 1) && self.s(j + 2) == "s" {
                    if let Some((end, Expr::Quarter { q, .. })) = self.ordinal_period(j + 3, None) {
                        return Some((end, Expr::QuarterOffset { q, years: offset }));
                    }
                }
                let expr = match u {
                    Unit::Day | Unit::Hour | Unit::Minute | Unit::Second | Unit::Fortnight => {
                        return None
                    }
                    // "for most of the past decade", "over the last
                    // century": the span up to now, as "the past three
                    // years" is (not "last decade", the 2010s).
                    Unit::Decade | Unit::Century
                        if rel == Rel::Last && self.lex(i.wrapping_sub(1)) == Lex::The =>
                    {
                        Expr::Duration(duration_value(u, Some(1)))
                    }
                    Unit::Quarter => Expr::Quarter { q: 0, rel },
                    _ => Expr::UnitOffset { unit: u, n: offset },
                };
                Some((j + 1, expr))
            }
            _ if self.tok(j).is_some_and(|t| t.is_num()) => self.counted_unit(j),
            Lex::Past | Lex::Coming if rel == Rel::This => {
                // "this past week" is last week; "this coming Tuesday" the
                // next one (not "this Tuesday", the one of this week).
                let (end, expr) = self.relative(j)?;
                Some((end, expr))
            }
            Lex::Few | Lex::Several if matches!(self.lex(j + 1), Lex::Units(_)) => {
                // "the last few months", "the next several weeks": vague past or future.
                let r = if rel == Rel::Next {
                    "FUTURE_REF"
                } else {
                    "PAST_REF"
                };
                Some((j + 2, Expr::Ref(r)))
            }
            Lex::Units(_) | Lex::NumWord(_) | Lex::Few | Lex::Several => {
                // "the last three years", "past few days": a duration.
                let (end, expr) = self.counted_unit(j).or_else(|| {
                    // "past weeks", "coming months": vague reference.
                    match (self.lex(j), rel) {
                        (Lex::Units(_), Rel::Next) => Some((j + 1, Expr::Ref("FUTURE_REF"))),
                        (Lex::Units(_), Rel::Last) => Some((j + 1, Expr::Ref("PAST_REF"))),
                        _ => None,
                    }
                })?;
                Some((end, expr))
            }
            Lex::Weekday(wd) => {
                let k = j + 1;
                let base = Expr::Weekday { wd, rel };
                if let Lex::DayPart(part) = self.lex(k) {
                    return Some((
                        k + 1,
                        Expr::Part {
                            date: Box::new(base),
                            part,
                        },
                    ));
                }
                Some((k, base))
            }
            Lex::Month(_) | Lex::MonthAbbr(_) => {
                let (m, k) = self.month_word(j)?;
                if self.day_number(k).is_some() {
                    return None;
                }
                Some((k, Expr::Month { month: m, rel }))
            }
            Lex::Season(s) => Some((j + 1, Expr::Season { s, rel })),
            Lex::DayPart(part) => {
                let day = match (rel, part) {
                    (Rel::This, _) => 0,
                    (Rel::Last, DayPart::Night) => -1,
                    _ => return None,
                };
                Some((
                    j + 1,
                    Expr::Part {
                        date: Box::new(Expr::DayOffset(day)),
                        part,
                    },
                ))
            }
            Lex::Fiscal if self.lex(j + 1) == Lex::Unit(Unit::Year) => {
                Some((j + 2, Expr::FiscalYearOffset(offset)))
            }
            _ => None,
        }
    }

    /// Expressions starting with "the".
    fn the_expr(&self, i: usize) -> Option<(usize, Expr)> {
        let j = i + 1;
        // Most "the" come before an ordinary word, of which only "near" and
        // "short" start an expression here: decide without the arms below
        // (each of which needs a vocabulary word, a digit or an apostrophe).
        if let Some(found) = self.first_span(i).or_else(|| self.day_of_month(i)) {
            return Some(found);
        }
        if self.plain_word(j) {
            return (matches!(self.s(j), "near" | "short")
                && (self.lex(j + 1) == Lex::Future || self.s(j + 1) == "term"))
                .then_some((j + 2, Expr::Ref("FUTURE_REF")));
        }
        match self.lex(j) {
            // "the second week of November (2021)"
            Lex::Ordinal(n)
                if (1..=4).contains(&n)
                    && self.lex(j + 1) == Lex::Unit(Unit::Week)
                    && self.lex(j + 2) == Lex::Of =>
            {
                let (end, month) = self.calendar(j + 3, true)?;
                matches!(
                    month,
                    Expr::Month { .. }
                        | Expr::MonthOffset { .. }
                        | Expr::Abs(Val::Month(..))
                        | Expr::UnitOffset {
                            unit: Unit::Month,
                            ..
                        }
                )
                .then(|| {
                    (
                        end,
                        Expr::WeekOfMonth {
                            n: u32::from(n),
                            month: Box::new(month),
                        },
                    )
                })
            }
            // "the week of March 8", "the week of 16 November": the week
            // holding a day (a month alone is the arm above's, with an ordinal).
            Lex::Unit(Unit::Week) if self.lex(j + 1) == Lex::Of => {
                let k = j + 2;
                let (end, day) = self.month_date(k, true).or_else(|| self.day_month(k))?;
                matches!(day, Expr::MonthDay { .. } | Expr::Abs(Val::Day(_)))
                    .then(|| (end, Expr::WeekOfDay { day: Box::new(day) }))
            }
            // "talks will resume in the new year" (not "the new year
            // festival", nor the holiday "New Year")
            Lex::New
                if self.s(j + 1) == "year"
                    && !self.tok(j).is_some_and(|t| t.cap)
                    && self.adverbial(j + 1) =>
            {
                Some((j + 2, Expr::NewYear))
            }
            // "in the afternoon", "for most of the morning", "through the
            // night": not "the afternoon session" nor "the evening of May 5".
            Lex::DayPart(part)
                if self.adverbial(j) && self.lex(j + 1) != Lex::Of && self.part_cue(i) =>
            {
                Some((
                    j + 1,
                    Expr::PartAlone {
                        part,
                        overnight: false,
                    },
                ))
            }
            Lex::Past
                if !matches!(
                    self.lex(j + 1),
                    Lex::Unit(_) | Lex::Units(_) | Lex::NumWord(_) | Lex::Few | Lex::Several
                ) && !self.tok(j + 1).is_some_and(|t| t.is_num()) =>
            {
                Some((j + 1, Expr::Ref("PAST_REF")))
            }
            Lex::Future => Some((j + 1, Expr::Ref("FUTURE_REF"))),
            // "the near future", "the near term", "the short term"
            _ if matches!(self.s(j), "near" | "short")
                && (self.lex(j + 1) == Lex::Future || self.s(j + 1) == "term") =>
            {
                Some((j + 2, Expr::Ref("FUTURE_REF")))
            }
            Lex::Present
                if !matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Word))
                    || self.tok(j + 1).is_some_and(|t| !t.space_before) =>
            {
                Some((j + 1, Expr::Ref("PRESENT_REF")))
            }
            Lex::Past | Lex::Last | Lex::Coming | Lex::Next => {
                // "the next day", "the following week" are anaphoric; "the past year" is not.
                if self.lex(j) == Lex::Next {
                    if let Lex::Unit(
                        u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Weekend),
                    ) = self.lex(j + 1)
                    {
                        return Some((j + 2, Expr::Anaphor { unit: u, n: 1 }));
                    }
                    if let Lex::DayPart(part) = self.lex(j + 1) {
                        return Some((
                            j + 2,
                            Expr::Part {
                                date: Box::new(Expr::Anaphor {
                                    unit: Unit::Day,
                                    n: 1,
                                }),
                                part,
                            },
                        ));
                    }
                }
                self.relative(j)
            }
            Lex::Previous | Lex::Following | Lex::Same => {
                let n = match self.lex(j) {
                    Lex::Previous => -1,
                    Lex::Following => 1,
                    _ => 0,
                };
                match self.lex(j + 1) {
                    Lex::Unit(
                        u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Weekend),
                    ) => Some((j + 2, Expr::Anaphor { unit: u, n })),
                    // "the previous Friday", "the following Monday": relative to the day under discussion.
                    Lex::Weekday(wd) if n != 0 => {
                        Some((j + 2, Expr::WeekdayFromPrevious { wd, n }))
                    }
                    Lex::DayPart(part) if n == 0 || n == -1 => Some((
                        j + 2,
                        Expr::Part {
                            date: Box::new(Expr::Anaphor { unit: Unit::Day, n }),
                            part,
                        },
                    )),
                    _ => None,
                }
            }
            Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year))
                if matches!(self.s(j + 1), "before" | "after") =>
            {
                // "the day before", "the year after"
                let n = if self.s(j + 1) == "before" { -1 } else { 1 };
                Some((j + 2, Expr::Anaphor { unit: u, n }))
            }
            Lex::Unit(Unit::Weekend) => Some((j + 1, Expr::TheWeekend)),
            // "the year 2000"
            Lex::Unit(Unit::Year) if self.year_at(j + 1, true).is_some() => {
                Some((j + 2, Expr::Abs(Val::Year(self.year_at(j + 1, true)?))))
            }
            Lex::Unit(Unit::Year) if self.spelled_year(j + 1).is_some() => self.spelled_year(j + 1),
            // "for the year": the current one. A capitalised "Year" is a title
            // ("Person of the Year"). ("the week" is left alone: "most of the
            // week" is any week.)
            Lex::Unit(u @ Unit::Year)
                if !self.tok(j).is_some_and(|t| t.cap) && !self.glued(j + 1) =>
            {
                Some((j + 1, Expr::UnitOffset { unit: u, n: 0 }))
            }
            Lex::Season(s) => match self.season_year(j + 1) {
                Some((end, y)) => Some((end, Expr::Abs(Val::Season(y, s)))),
                None if self.season_modifies_noun(j) => None,
                None => Some((j + 1, Expr::Season { s, rel: Rel::None })),
            },
            // "the fiscal year": the current one, unless what follows says
            // which ("the fiscal year that begins in July", "the financial
            // year ending in June", "the end of the financial year in
            // June"): that one is dated by what follows, if at all.
            Lex::Fiscal
                if self.lex(j + 1) == Lex::Unit(Unit::Year)
                    && !FISCAL_YEAR_SPECIFIERS.contains(&self.s(j + 2)) =>
            {
                Some((j + 2, Expr::FiscalYearOffset(0)))
            }
            Lex::Unit(Unit::Quarter) => Some((j + 1, Expr::QuarterRef)),
            Lex::Recent if self.s(j + 1) == "past" => Some((j + 2, Expr::Ref("PAST_REF"))),
            Lex::Current | Lex::Latest => match self.lex(j + 1) {
                Lex::Unit(Unit::Quarter) if self.lex(j) == Lex::Latest => {
                    Some((j + 2, Expr::LatestQuarter))
                }
                // Earnings reports: "the latest period" is the quarter just reported.
                _ if self.lex(j) == Lex::Latest && self.s(j + 1) == "period" => {
                    Some((j + 2, Expr::LatestQuarter))
                }
                Lex::Fiscal if self.lex(j + 2) == Lex::Unit(Unit::Year) => {
                    let n = if self.lex(j) == Lex::Latest { -1 } else { 0 };
                    Some((j + 3, Expr::FiscalYearOffset(n)))
                }
                Lex::Unit(Unit::Quarter) => Some((
                    j + 2,
                    Expr::Quarter {
                        q: 0,
                        rel: Rel::This,
                    },
                )),
                Lex::Unit(u @ (Unit::Year | Unit::Month | Unit::Week | Unit::Decade))
                    if self.lex(j) == Lex::Current =>
                {
                    Some((j + 2, Expr::UnitOffset { unit: u, n: 0 }))
                }
                _ => None,
            },
            Lex::Unit(Unit::Year) if self.s(j + 1) == "-" => self.year_earlier(j),
            // "the third-quarter results": the article belongs to the noun, not the date.
            Lex::Ordinal(_) if self.punct(j + 1, b'-') && self.glued(j + 1) => None,
            Lex::Ordinal(_) => self.ordinal_period(j, None),
            Lex::DecadeWord(d) => Some((j + 1, Expr::Abs(Val::Decade(190 + d as i32)))),
            Lex::Early
            | Lex::Late
            | Lex::Mid
            | Lex::Middle
            | Lex::End
            | Lex::Beginning
            | Lex::Start => self.modified(j, true),
            _ => {
                if let Some((end, expr)) = self.year_earlier(j) {
                    // "the year-ago quarter" is a date; in "the year-earlier $4.5
                    // million" the article belongs to the amount.
                    if end > j + 3 {
                        return Some((end, expr));
                    }
                    return None;
                }
                let t = self.tok(j)?;
                if t.kind == Kind::Num {
                    if let Some(r) = self.decade(j).or_else(|| self.century(j)) {
                        return Some(r);
                    }
                    // "the 1988 second quarter"
                    if let Some(y) = self.year_at(j, true) {
                        if let Some(r) = self.ordinal_period(j + 1, Some(y)) {
                            return Some(r);
                        }
                    }
                    // "the 21st of May"
                    return self
                        .day_month(j)
                        .filter(|(_, e)| !matches!(e, Expr::Duration(_)));
                }
                if self.is_apostrophe(j) {
                    return self.decade(j);
                }
                if self.lex(j) == Lex::Fiscal && !(self.punct(j + 2, b'-') && self.glued(j + 2)) {
                    return self.fiscal(j);
                }
                None
            }
        }
    }

    /// "year-earlier", "year-ago" (optionally followed by "quarter"/"period").
    fn year_earlier(&self, i: usize) -> Option<(usize, Expr)> {
        if self.lex(i) != Lex::Unit(Unit::Year) || !(self.punct(i + 1, b'-') && self.glued(i + 1)) {
            return None;
        }
        if !matches!(self.lex(i + 2), Lex::Earlier | Lex::Ago) || !self.glued(i + 2) {
            return None;
        }
        let mut end = i + 3;
        match self.lex(end) {
            Lex::Unit(Unit::Quarter) => end += 1,
            _ if self.s(end) == "period" => end += 1,
            Lex::Ordinal(_) if self.lex(end + 1) == Lex::Unit(Unit::Quarter) => end += 2,
            _ => {}
        }
        Some((end, Expr::YearEarlier))
    }

    /// "year-end", "year end", "year's end" after "by", "at", "since", "until", "around", "before".
    fn year_end(&self, i: usize) -> Option<(usize, Expr)> {
        if !matches!(
            self.prev_word(i),
            "by" | "at" | "since" | "until" | "around" | "before" | "after" | "the"
        ) {
            return None;
        }
        let j = if self.punct(i + 1, b'-') && self.glued(i + 1) {
            i + 2
        } else if self.is_apostrophe(i + 1) && self.s(i + 2) == "s" {
            i + 3
        } else {
            i + 1
        };
        if self.lex(j) != Lex::End {
            return None;
        }
        Some((
            j + 1,
            Expr::UnitOffset {
                unit: Unit::Year,
                n: 0,
            },
        ))
    }

    /// Years spelled out in transcripts: "nineteen ninety-six", "two thousand", "two thousand and one".
    fn spelled_year(&self, i: usize) -> Option<(usize, Expr)> {
        let Lex::NumWord(first) = self.lex(i) else {
            return None;
        };
        if first == 2 && self.s(i + 1) == "thousand" {
            let mut end = i + 2;
            let mut year = 2000;
            let k = if self.s(end) == "and" { end + 1 } else { end };
            if let Some((Some(n), e)) = self
                .count(k)
                .filter(|_| matches!(self.lex(k), Lex::NumWord(_)))
            {
                if n < 100 {
                    year += n as i32;
                    end = e;
                }
            }
            return Some((end, Expr::Abs(Val::Year(year))));
        }
        if !(10..=20).contains(&first) {
            return None;
        }
        let Lex::NumWord(tens) = self.lex(i + 1) else {
            return None;
        };
        if tens < 10 || tens % 10 != 0 || tens >= 100 {
            return None;
        }
        let (n, end) = self.count(i + 1)?;
        let n = n?;
        if n >= 100 {
            return None;
        }
        Some((end, Expr::Abs(Val::Year(first as i32 * 100 + n as i32))))
    }

    /// "that day", "that year", "earlier that day".
    fn that_expr(&self, i: usize) -> Option<(usize, Expr)> {
        match self.lex(i + 1) {
            // "the Kigali round that October," — not the "that" of a
            // reported clause ("said that February sales rose", "noted that
            // June was"): the month must end its phrase.
            Lex::Month(m)
                if self.tok(i + 1).is_some_and(|t| t.cap)
                    && self.tok(i + 2).is_none_or(|t| {
                        matches!(t.kind, Kind::Punct(b',' | b'.' | b';' | b':' | b')'))
                            || matches!(t.lex, Lex::Prep | Lex::The | Lex::A | Lex::Of)
                    }) =>
            {
                Some((i + 2, Expr::ThatMonth(u32::from(m))))
            }
            Lex::Unit(Unit::Quarter) => Some((i + 2, Expr::QuarterRef)),
            Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year)) => {
                Some((i + 2, Expr::Anaphor { unit: u, n: 0 }))
            }
            Lex::DayPart(part) => Some((
                i + 2,
                Expr::Part {
                    date: Box::new(Expr::Anaphor {
                        unit: Unit::Day,
                        n: 0,
                    }),
                    part,
                },
            )),
            _ => None,
        }
    }

    /// Modifiers: "early 2021", "mid-May", "late Monday", "earlier this year",
    /// "the end of May". `after_the` is true when a "the" was already consumed.
    fn modified(&self, i: usize, after_the: bool) -> Option<(usize, Expr)> {
        let lex = self.lex(i);
        let mut j = i + 1;
        match lex {
            Lex::Mid => {
                if self.punct(j, b'-') && self.glued(j) {
                    j += 1;
                }
            }
            Lex::Middle | Lex::End | Lex::Beginning | Lex::Start => {
                if self.lex(j) != Lex::Of {
                    return None;
                }
                j += 1;
            }
            Lex::Early | Lex::Late | Lex::Earlier | Lex::Later => {
                if after_the && matches!(lex, Lex::Earlier | Lex::Later) {
                    return None;
                }
                if self.punct(j, b'-') && self.glued(j) {
                    j += 1;
                }
                // "early in the new year": one expression, as the corpus
                // labels it.
                if matches!(lex, Lex::Early | Lex::Late)
                    && self.s(j) == "in"
                    && self.lex(j + 1) == Lex::The
                    && self.lex(j + 2) == Lex::New
                {
                    j += 1;
                }
            }
            _ => return None,
        }
        // "earlier"/"later" combine only with "this/that/next/last" ("earlier
        // this year", "later that day"); before a weekday or "today" they are
        // adverbs outside the expression ("Earlier Friday" → "Friday"), as in TimeBank.
        if matches!(lex, Lex::Earlier | Lex::Later)
            && !matches!(self.lex(j), Lex::This | Lex::That | Lex::Next | Lex::Last)
        {
            return None;
        }
        // "the end of the year", "the beginning of the month": the current one.
        if matches!(lex, Lex::Middle | Lex::End | Lex::Beginning | Lex::Start)
            && self.lex(j) == Lex::The
        {
            if let Lex::Unit(
                u @ (Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Decade),
            ) = self.lex(j + 1)
            {
                let expr = if u == Unit::Quarter {
                    Expr::Quarter {
                        q: 0,
                        rel: Rel::This,
                    }
                } else {
                    Expr::UnitOffset { unit: u, n: 0 }
                };
                return Some((j + 2, expr));
            }
        }
        let (end, expr) = self.calendar(j, true)?;
        match expr {
            Expr::Duration(_) | Expr::Set(_) | Expr::Ref(_) => None,
            _ => Some((end, expr)),
        }
    }

    /// A fiscal year written as the two calendar years it spans: "the
    /// 2026-27 financial year", "the 2025/26 fiscal year", "2024–2025
    /// financial year" → `FY2027`, `FY2026`, `FY2025` (named by the year it
    /// ends in, as "fiscal 2027" is).
    fn split_fiscal_year(&self, i: usize) -> Option<(usize, Expr)> {
        let (y, 4) = self.num(i)? else {
            return None;
        };
        let k = i + 1;
        let dash = self.punct(k, b'-')
            || self.punct(k, b'/')
            || self
                .tok(k)
                .is_some_and(|t| t.kind == Kind::Other && self.s(k) == "\u{2013}");
        if !dash || !self.glued(k) || !self.glued(k + 1) || self.lex(k + 2) != Lex::Fiscal {
            return None;
        }
        if self.lex(k + 3) != Lex::Unit(Unit::Year) {
            return None;
        }
        let end = match self.num(k + 1)? {
            (n, 2) if n == (y + 1) % 100 => y + 1,
            (n, 4) if n == y + 1 => n,
            _ => return None,
        };
        Some((k + 4, Expr::Abs(Val::FiscalYear(end as i32))))
    }

    /// "fiscal 1989", "fiscal year 2020", "FY2020", "fiscal second-quarter".
    fn fiscal(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i + 1;
        if self.lex(j) == Lex::Unit(Unit::Year) {
            j += 1;
        }
        if let Some(y) = self.year_at(j, true) {
            return Some((j + 1, Expr::Abs(Val::FiscalYear(y))));
        }
        // "FY20" two-digit fiscal years
        if self.s(i).eq_ignore_ascii_case("fy") {
            if let Some((n, 2)) = self.num(j) {
                return Some((j + 1, Expr::Abs(Val::FiscalYear(2000 + n as i32))));
            }
        }
        self.ordinal_period(i + 1, None)
    }

    /// Everything that can start at token `i`.
    /// Whether [`Parser::parse_at`] can match at token `i`: a cheap superset
    /// test, so the scan skips most tokens (prepositions, verbs, ordinary
    /// words) without entering the grammar.
    #[inline]
    pub fn may_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.lex {
            // Most numbers and "the" come before what starts nothing.
            Lex::None if t.kind == Kind::Num => self.number_may_start(i),
            Lex::None => kind_may_start(t.kind),
            Lex::The => !self.plain_word(i + 1) || matches!(self.b(i + 1), b"near" | b"short"),
            // "a"/"an" only starts a counted unit ("a week ago", "a couple of
            // days"), whose unit comes within four tokens.
            Lex::A => self.toks[i + 1..]
                .iter()
                .take(4)
                .any(|t| matches!(t.lex, Lex::Unit(_) | Lex::Units(_))),
            lex => lex_may_start(lex),
        }
    }

    /// Token `k` is a word outside the vocabulary.
    fn plain_word(&self, k: usize) -> bool {
        self.tok(k)
            .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None)
    }

    /// Whether digit run `i` may start a rule of [`Parser::number_at`],
    /// judged by the tokens after it. Four digits may be a year, whatever
    /// follows. Shorter numbers start a rule only before what one of the
    /// rules reads next: a hyphen, slash or colon ("2020-05-21", "05/21/2020",
    /// "5:30"); a full stop before glued digits and then another full stop
    /// or a.m./p.m. ("21.05.2020", "7.30 p.m.", not the decimal of "2.5
    /// million"); glued digit groups before a unit, hyphen or "or" ("50,000
    /// years", not "1,000 people"); or a word the rules name (a unit, month,
    /// "of", a zone, a.m./p.m., an ordinal suffix, the "s" of "90s", the
    /// "o" of "o'clock", "in"/"at" of "in the morning", "or", the "to" of "2 to
    /// 3 weeks"). Most numbers
    /// are counts before an ordinary word, a decimal or thousands, so this
    /// test saves trying the seven rules. (When a rule of `number_at` starts
    /// reading something else after its number, this test must learn it
    /// too: `numbers_that_may_not_start_match_nothing` checks them.)
    fn number_may_start(&self, i: usize) -> bool {
        if self.toks[i].len() == 4 {
            return true;
        }
        let Some(next) = self.tok(i + 1) else {
            return false;
        };
        let glued_num = |k: usize| self.tok(k).is_some_and(|t| t.is_num() && !t.space_before);
        match next.kind {
            Kind::Punct(b'-' | b'/' | b':') => true,
            Kind::Punct(b'.') => {
                glued_num(i + 2)
                    && ((self.punct(i + 3, b'.') && self.glued(i + 3))
                        || matches!(self.b(i + 3), b"a" | b"p" | b"A" | b"P")
                        || matches!(self.lex(i + 3), Lex::Am | Lex::Pm))
            }
            Kind::Punct(b',') => {
                let mut k = i + 1;
                while self.punct(k, b',') && self.glued(k) && glued_num(k + 1) {
                    k += 2;
                }
                k > i + 1
                    && (self.punct(k, b'-')
                        || matches!(self.lex(k), Lex::Unit(_) | Lex::Units(_))
                        || self.b(k) == b"or")
            }
            Kind::Word => {
                matches!(
                    next.lex,
                    Lex::Unit(_)
                        | Lex::Units(_)
                        | Lex::Month(_)
                        | Lex::MonthAbbr(_)
                        | Lex::Of
                        | Lex::Zone
                        | Lex::Am
                        | Lex::Pm
                ) || matches!(
                    self.b(i + 1),
                    b"a" | b"p"
                        | b"A"
                        | b"P"
                        | b"o"
                        | b"O"
                        | b"in"
                        | b"at"
                        | b"or"
                        | b"to"
                        | b"s"
                        | b"st"
                        | b"nd"
                        | b"rd"
                        | b"th"
                        | b"ST"
                        | b"ND"
                        | b"RD"
                        | b"TH"
                )
            }
            _ => false,
        }
    }

    /// The expressions a digit run can start.
    fn number_at(&self, i: usize) -> Option<(usize, Expr)> {
        self.split_fiscal_year(i)
            .or_else(|| self.numeric_date(i))
            .or_else(|| self.time_expr(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.century(i))
            .or_else(|| {
                self.year_at(i, false).map(|y| {
                    // "2020 third quarter"
                    self.ordinal_period(i + 1, Some(y))
                        .unwrap_or((i + 1, Expr::Abs(Val::Year(y))))
                })
            })
            .or_else(|| self.counted_unit(i))
    }

    pub fn parse_at(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        let found = match t.lex {
            Lex::None => match t.kind {
                Kind::Num if !self.number_may_start(i) => None,
                Kind::Num => self.number_at(i),
                Kind::Punct(b'\'') | Kind::Other => self.decade(i),
                _ => None,
            },
            // "for years", "in a matter of weeks", "measured in years, not
            // weeks": a span of the unit, its length left open.
            Lex::Units(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade))
                if self.open_length_cue(i)
                    && self.adverbial(i)
                    && self.s(i) != "nights"
                    && !(self.punct(i + 1, b'-') && self.glued(i + 1)) =>
            {
                Some((i + 1, Expr::Duration(duration_value(u, None))))
            }
            Lex::Month(_) | Lex::MonthAbbr(_) => self.month_date(i, false),
            Lex::Weekday(_) => self.weekday_expr(i, Rel::None),
            Lex::Today | Lex::Yesterday | Lex::Tomorrow | Lex::Tonight => self.day_offset(i),
            Lex::Now => {
                // "every now and then" is an idiom, not the present.
                if i > 0 && self.toks[i - 1].lex == Lex::Every {
                    None
                } else {
                    Some((i + 1, Expr::Ref("PRESENT_REF")))
                }
            }
            Lex::Currently | Lex::Nowadays => Some((i + 1, Expr::Ref("PRESENT_REF"))),
            Lex::Recently => Some((i + 1, Expr::Ref("PAST_REF"))),
            // "would donate ... soon", "will soon": the near future. Not "as
            // soon as", "soon after the quake" (relative to an event) or
            // "too soon", and not in a past narrative ("he soon left").
            Lex::Soon => {
                let prev = if i > 0 { self.s(i - 1) } else { "" };
                let next = self.s(i + 1);
                let relative = matches!(prev, "as" | "too" | "so" | "how")
                    || matches!(
                        next,
                        "as" | "after" | "afterwards" | "afterward" | "thereafter" | "enough"
                    );
                let future =
                    super::tense_around(self.text, self.toks, i, i + 1) == super::Tense::Future;
                (!relative && future).then_some((i + 1, Expr::Ref("FUTURE_REF")))
            }
            Lex::Recent => match self.lex(i + 1) {
                Lex::Units(Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Decade) => {
                    Some((i + 2, Expr::Ref("PAST_REF")))
                }
                _ => None,
            },
            Lex::The => self.the_expr(i),
            Lex::This | Lex::Last | Lex::Next | Lex::Past | Lex::Coming => self.relative(i),
            Lex::That => self.that_expr(i),
            Lex::Early | Lex::Late | Lex::Mid | Lex::Earlier | Lex::Later => {
                self.modified(i, false)
            }
            Lex::Middle | Lex::End | Lex::Beginning | Lex::Start => None,
            Lex::Fiscal => self.fiscal(i),
            Lex::Season(season) => {
                // ("of 2013" only after a preposition: "in winter of 2013",
                // not "the oil price fall of 1986")
                let year = match self.season_year(i + 1) {
                    Some((end, _))
                        if end == i + 3 && !STRONG_DATE_PREPS.contains(&self.prev_word(i)) =>
                    {
                        None
                    }
                    found => found,
                };
                if let Some((end, y)) = year {
                    // "autumn 2021"; a winter is dated by its December.
                    return Some(Match {
                        start: i,
                        end,
                        expr: Expr::Abs(Val::Season(y, season)),
                    });
                }
                if STRONG_DATE_PREPS.contains(&self.prev_word(i)) && !self.season_modifies_noun(i) {
                    Some((
                        i + 1,
                        Expr::Season {
                            s: season,
                            rel: Rel::None,
                        },
                    ))
                } else {
                    None
                }
            }
            Lex::Ordinal(_) => self.ordinal_period(i, None),
            Lex::Q => {
                let (q, _) = self.num(i + 1).filter(|_| self.glued(i + 1))?;
                // Not an amount in quetzales: "Q1.5 million", "Q2,500",
                // "Q3 million".
                let amount = (self.glued(i + 2)
                    && (self.punct(i + 2, b',') || self.punct(i + 2, b'.'))
                    && self.num(i + 3).is_some()
                    && self.glued(i + 3))
                    || matches!(self.s(i + 2), "million" | "billion" | "bn" | "m");
                if !(1..=4).contains(&q)
                    || !t.cap
                    || amount
                    || self.glued(i + 2) && !self.punct(i + 2, b',') && !self.punct(i + 2, b'.')
                {
                    return None;
                }
                let (end, expr) = match self.year_at(i + 2, true) {
                    Some(y) => (i + 3, Expr::Abs(Val::Quarter(y, q))),
                    None => (i + 2, Expr::Quarter { q, rel: Rel::None }),
                };
                Some((end, expr))
            }
            Lex::Every | Lex::Each => {
                // "every single day" is every day.
                let j = if self.s(i + 1) == "single" {
                    i + 2
                } else {
                    i + 1
                };
                match self.lex(j) {
                    // "every second Tuesday", "every other Friday": a
                    // weekly habit with gaps, told by its weekday.
                    Lex::Ordinal(2) | Lex::None
                        if matches!(self.s(j), "second" | "other")
                            && matches!(self.lex(j + 1), Lex::Weekday(_)) =>
                    {
                        let Lex::Weekday(wd) = self.lex(j + 1) else {
                            return None;
                        };
                        Some((j + 2, Expr::Set(format!("XXXX-WXX-{wd}"))))
                    }
                    // "every morning", "each evening" (not "each morning
                    // session")
                    Lex::DayPart(p) if self.adverbial(j) => {
                        Some((j + 1, Expr::Set(format!("XXXX-XX-XXT{}", p.code()))))
                    }
                    // "every spring": once a year, as the corpus labels it
                    Lex::Season(_) if self.adverbial(j) => Some((j + 1, Expr::Set("P1Y".into()))),
                    Lex::Weekday(wd) => match self.lex(j + 1) {
                        Lex::DayPart(p) => {
                            Some((j + 2, Expr::Set(format!("XXXX-WXX-{wd}T{}", p.code()))))
                        }
                        // ("every Monday at 09:00" stays two timexes, a set
                        // and a time, as the corpus labels it.)
                        _ => Some((j + 1, Expr::Set(format!("XXXX-WXX-{wd}")))),
                    },
                    // "every December" (not the modal "may")
                    Lex::Month(m) if self.tok(j).is_some_and(|t| t.cap) => {
                        Some((j + 1, Expr::Set(format!("XXXX-{m:02}"))))
                    }
                    Lex::Unit(Unit::Weekend) => Some((j + 1, Expr::Set("XXXX-WXX-WE".to_string()))),
                    Lex::Unit(u) => Some((j + 1, Expr::Set(duration_value(u, Some(1))))),
                    // "every six months", "every 48 hours"
                    _ => match self.counted_unit(j) {
                        Some((end, Expr::Duration(v))) => Some((end, Expr::Set(v))),
                        _ => None,
                    },
                }
            }
            Lex::Weekdays(wd) => Some((i + 1, Expr::Set(format!("XXXX-WXX-{wd}")))),
            // "start at 11:00 daily" is a set; "daily infections" and
            // "Yunnan Daily" are not time expressions.
            Lex::Daily | Lex::Weekly | Lex::Monthly | Lex::Annually
                if self.adverbial(i) || self.recurring_thing(i) =>
            {
                let v = match t.lex {
                    Lex::Daily => "P1D",
                    Lex::Weekly => "P1W",
                    Lex::Monthly => "P1M",
                    _ => "P1Y",
                };
                Some((i + 1, Expr::Set(v.to_string())))
            }
            Lex::NumWord(_) => self
                .spelled_year(i)
                .or_else(|| self.counted_unit(i))
                .or_else(|| self.spelled_clock_time(i)),
            Lex::A => self.past_clock(i).or_else(|| self.counted_unit(i)),
            Lex::Several | Lex::Few => self.counted_unit(i),
            // "half an hour", "half a day"
            Lex::Half if self.lex(i + 1) == Lex::A => match self.lex(i + 2) {
                Lex::Unit(u) => and_a_half(u, 0).map(|v| (i + 3, Expr::Duration(v))),
                _ => None,
            },
            Lex::Half => self.past_clock(i),
            Lex::Unit(Unit::Quarter) if self.s(i + 1) == "past" || self.s(i + 1) == "to" => {
                self.past_clock(i)
            }
            // "nearly two weeks ago", "almost four years": the hedge is part of the expression.
            Lex::Approx => self.counted_unit(i + 1),
            // "the hour-long crossing", "a year-long search": one unit.
            Lex::Unit(u) if self.unit_long(i) => {
                Some((i + 3, Expr::Duration(duration_value(u, Some(1)))))
            }
            Lex::Unit(Unit::Year) => self.year_earlier(i).or_else(|| self.year_end(i)),
            // "for another year": a span, however long the one before it
            // was. (With a count, "another two weeks", the corpus labels
            // the count and unit alone, as any count.)
            Lex::Another => match self.lex(i + 1) {
                Lex::Unit(u)
                    if (is_span_unit(u) || u == Unit::Decade)
                        && !(self.punct(i + 2, b'-') && self.glued(i + 2)) =>
                {
                    Some((i + 2, Expr::Duration(duration_value(u, Some(1)))))
                }
                _ => None,
            },
            // "charged all day on the roof", "open all year": the whole unit
            // (not "all day care", "all week's matches").
            Lex::All => match self.lex(i + 1) {
                Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year))
                    if self.adverbial(i + 1) =>
                {
                    Some((i + 2, Expr::Duration(duration_value(u, Some(1)))))
                }
                _ => None,
            },
            // "on Boxing Day"
            Lex::Boxing if t.cap && self.s(i + 1) == "Day" => {
                Some((i + 2, Expr::Holiday { month: 12, day: 26 }))
            }
            Lex::Christmas if !self.follows_name(i) => {
                let (day, j) = match self.lex(i + 1) {
                    Lex::Eve => (24, i + 2),
                    Lex::Unit(Unit::Day) => (25, i + 2),
                    _ => (25, i + 1),
                };
                Some((j, Expr::Holiday { month: 12, day }))
            }
            Lex::Thanksgiving => {
                let j = if self.lex(i + 1) == Lex::Unit(Unit::Day) {
                    i + 2
                } else {
                    i + 1
                };
                Some((j, Expr::Thanksgiving))
            }
            Lex::New if t.cap && self.s(i + 1) == "Year" => {
                // "New Year's Day", "New Year's Eve"
                let j = i + 2;
                if self.is_apostrophe(j) && self.s(j + 1) == "s" {
                    match self.lex(j + 2) {
                        Lex::Unit(Unit::Day) => Some((j + 3, Expr::Holiday { month: 1, day: 1 })),
                        Lex::Eve => Some((j + 3, Expr::Holiday { month: 12, day: 31 })),
                        _ => None,
                    }
                } else {
                    None
                }
            }
            // "broke out overnight", not "overnight rates".
            // ("the overnight rose" and a table's "overnight 6-1/8" are
            // the overnight rate)
            Lex::Overnight
                if (self.adverbial(i) || is_any_ignore_case(self.s(i + 1), CLAUSE_GOES_ON))
                    && !self.prev_word(i).eq_ignore_ascii_case("the")
                    && !self.tok(i + 1).is_some_and(|t| t.is_num()) =>
            {
                Some((
                    i + 1,
                    Expr::PartAlone {
                        part: DayPart::Night,
                        overnight: true,
                    },
                ))
            }
            // "left at dawn", "by nightfall": not "before dawn raids".
            Lex::DayEdge(part)
                if self.adverbial(i)
                    && is_any_ignore_case(self.prev_word(i), &["at", "by", "until", "till"]) =>
            {
                Some((
                    i + 1,
                    Expr::PartAlone {
                        part,
                        overnight: false,
                    },
                ))
            }
            Lex::Noon | Lex::Midnight => {
                // TIMEX3 hours run 00–23: midnight is T00:00.
                let hour = if t.lex == Lex::Noon { 12 } else { 0 };
                let (end, expr) = self.attach_day(i + 1, hour, 0, false, false);
                // "noon tomorrow" stands alone; a bare "noon" needs "at", "by", …
                let cued = is_any_ignore_case(
                    self.prev_word(i),
                    &[
                        "at", "by", "until", "before", "after", "around", "from", "till",
                    ],
                );
                if end == i + 1 && !cued {
                    return None;
                }
                Some((end, expr))
            }
            _ => None,
        }?;
        Some(Match {
            start: i,
            end: found.0,
            expr: found.1,
        })
    }
}

/// Whether `w` is one of the lowercase `words` in any case (what
/// `w.to_ascii_lowercase()` compared with them says, without allocating).
pub(crate) fn is_any_ignore_case(w: &str, words: &[&str]) -> bool {
    words.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// Units one of which is a span of time ("in the first week", "for
/// another month"): not seconds or minutes, nor a quarter (a part of a
/// year), a weekend (a set of days) or longer than a year.
fn is_span_unit(u: Unit) -> bool {
    matches!(
        u,
        Unit::Hour | Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year
    )
}

/// Prepositions before "the first <unit>" that make it a span of time
/// ("in the first week", "for the first hour").
const FIRST_SPAN_CUES: &[&str] = &[
    "in",
    "for",
    "within",
    "during",
    "over",
    "throughout",
    "after",
];

/// Things that happen or run at intervals, which "daily", "weekly",
/// "monthly" before them make a set ([`Parser::recurring_thing`]).
const RECURRING_HEADS: &[&str] = &[
    "auction",
    "auctions",
    "briefing",
    "briefings",
    "broadcast",
    "broadcasts",
    "bus",
    "buses",
    "call",
    "calls",
    "class",
    "classes",
    "clinic",
    "clinics",
    "consultations",
    "departures",
    "deliveries",
    "dinner",
    "dinners",
    "ferry",
    "ferries",
    "flight",
    "flights",
    "installment",
    "installments",
    "instalment",
    "instalments",
    "lesson",
    "lessons",
    "lunch",
    "lunches",
    "mass",
    "meeting",
    "meetings",
    "patrol",
    "patrols",
    "payment",
    "payments",
    "prayers",
    "rehearsal",
    "rehearsals",
    "sailings",
    "service",
    "services",
    "session",
    "sessions",
    "shift",
    "shifts",
    "stipend",
    "stipends",
    "tender",
    "tenders",
    "train",
    "trains",
    "trip",
    "trips",
    "visit",
    "visits",
];

/// Words right before "the <part of day>" that make it a time ("in the
/// afternoon", "for most of the morning", "through the night", "spent the
/// evening").
const PART_CUES: &[&str] = &[
    "in",
    "during",
    "through",
    "throughout",
    "into",
    "all",
    "until",
    "till",
    "by",
    "spent",
    "spend",
    "spends",
];

/// Words after an adverb that show it modifies no noun ("broke out
/// overnight near the port", "rose overnight as traders …").
const CLAUSE_GOES_ON: &[&str] = &[
    "near",
    "as",
    "and",
    "but",
    "after",
    "before",
    "when",
    "while",
    "with",
    "from",
    "to",
    "into",
    "because",
    "amid",
    "for",
    "following",
    "off",
    "outside",
];

/// Words before "of the <part of day>" that make it a time: "most of the
/// morning", "the rest of the afternoon", "the middle of the night".
const PART_OF_CUES: &[&str] = &[
    "most",
    "rest",
    "part",
    "end",
    "middle",
    "start",
    "beginning",
    "course",
    "remainder",
];

/// Zone abbreviations spelt like English words ("CAT", "PET", "EAT"): the
/// lexicon leaves them out, since it reads words whatever their case, so
/// they count only in capitals right after a time of day ("21:40 PET").
fn is_word_zone(w: &str) -> bool {
    const WORD_ZONES: &[&str] = &[
        "CAT", "EAT", "PET", "ART", "WET", "BOT", "COT", "ECT", "VET", "AMT", "PYT", "UYT", "MUT",
        "SCT",
    ];
    WORD_ZONES.contains(&w)
}

fn to_24h(h: u32, pm: bool) -> Option<u32> {
    if h == 0 || h > 12 {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// `n` units and a half as an ISO 8601 duration, in the next smaller
/// designator ("an hour and a half" `PT1H30M`, "half a year" `P6M`); only
/// for units whose half is a whole number of a smaller one.
fn and_a_half(unit: Unit, n: i64) -> Option<String> {
    let whole = |v: i64, d: &str| {
        if v == 0 {
            String::new()
        } else {
            format!("{v}{d}")
        }
    };
    Some(match unit {
        Unit::Minute => format!("PT{}30S", whole(n, "M")),
        Unit::Hour => format!("PT{}30M", whole(n, "H")),
        Unit::Day => format!("P{}T12H", whole(n, "D")),
        Unit::Year => format!("P{}M", n * 12 + 6),
        Unit::Decade => format!("P{}Y", n * 10 + 5),
        Unit::Century => format!("P{}Y", n * 100 + 50),
        _ => return None,
    })
}

/// TIMEX3 duration for a count of units; `None` counts give `X`.
pub fn duration_value(unit: Unit, count: Option<i64>) -> String {
    let n = count.map_or("X".to_string(), |n| n.to_string());
    // Units without an ISO 8601 designator are expressed in smaller ones.
    let scaled = |factor: i64, designator: &str| match count {
        Some(c) => format!("P{}{designator}", c.saturating_mul(factor)),
        None => format!("PX{designator}"),
    };
    match unit {
        Unit::Second => format!("PT{n}S"),
        Unit::Minute => format!("PT{n}M"),
        Unit::Hour => format!("PT{n}H"),
        Unit::Day => format!("P{n}D"),
        Unit::Week => format!("P{n}W"),
        Unit::Weekend => format!("P{n}WE"),
        Unit::Fortnight => format!("P{n}W").replace(
            &format!("P{n}W"),
            &format!(
                "P{}W",
                n.parse::<i64>().map_or("X".into(), |v| (v * 2).to_string())
            ),
        ),
        Unit::Month => format!("P{n}M"),
        Unit::Quarter => scaled(3, "M"),
        Unit::Year => format!("P{n}Y"),
        Unit::Decade => scaled(10, "Y"),
        Unit::Century => scaled(100, "Y"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::lexer::tokenize;

    /// [`Parser::b`] is [`Parser::s`] as bytes, for every token and past
    /// the end; so "the" before "near"/"short" (compared as bytes) may start
    /// an expression exactly where the string test said so.
    #[test]
    fn token_bytes_are_token_strings() {
        let text = "In the near future, the Near East and the short term \u{2014} the \
                    shortlist, the nearby town: the 1990s, the";
        let toks = tokenize(text);
        let p = Parser {
            text,
            toks: &toks,
            day_first: false,
        };
        for i in 0..toks.len() + 2 {
            assert_eq!(p.b(i), p.s(i).as_bytes(), "{i}");
        }
        for (i, t) in toks.iter().enumerate() {
            if t.lex == Lex::The {
                let want = !p.plain_word(i + 1) || matches!(p.s(i + 1), "near" | "short");
                assert_eq!(p.may_start(i), want, "the {:?}", p.s(i + 1));
            }
        }
    }

    /// [`Parser::number_may_start`] only skips numbers that no rule of
    /// [`Parser::number_at`] takes: numbers of every length before marks,
    /// digits and words in and out of the vocabulary, glued or spaced, with
    /// what may follow them.
    #[test]
    fn numbers_that_may_not_start_match_nothing() {
        let numbers = [
            "0", "1", "5", "7", "12", "21", "23", "31", "40", "90", "99", "100", "300", "999",
            "1990", "2020", "12345", "007",
        ];
        let nexts = [
            "people", "p", "P", "a", "A", "pm", "am", "st", "th", "rd", "ND", "s", "of", "May",
            "may", "Sept", "years", "year", "day", "days", "century", "GMT", "on", "the", "x",
            "old", "percent", "and", "or", "in", "at", "billion", "Monday", "local", "ago",
            "second", "th.", "m", "o", "O", ".", ",", "-", "/", ":", "%", "'", "\u{2013}", "(",
            "30", "05", "000", "5", "2020", "",
        ];
        let tails = [
            "",
            " ago",
            ".m.",
            " m.",
            "-old",
            " 2020",
            " of May",
            ",",
            "s",
            " time",
            ".05.2020",
            "/2020",
            ".30 p.m.",
            " p.m.",
            "pm",
            ",000 years",
            ",000 people",
            ",000-year",
            ",5",
            " or 3 days",
            " or so",
            "'clock",
            " the morning",
            " night",
            " in the evening",
            "-day",
            " million",
            "th century",
            " 12",
            ".2020",
            " years",
            " a.m.",
        ];
        let (mut skipped, mut matched) = (0, 0);
        for n in numbers {
            for w in nexts {
                for tail in tails {
                    for sep in [" ", "", "\n", "-", ".", ","] {
                        for before in ["", "at ", "the ", "mid-", "in ", "'"] {
                            let text = format!("{before}{n}{sep}{w}{tail} then");
                            let toks = tokenize(&text);
                            let parser = Parser {
                                text: &text,
                                toks: &toks,
                                day_first: false,
                            };
                            for (i, t) in toks.iter().enumerate() {
                                if !t.is_num() {
                                    continue;
                                }
                                let found = parser.number_at(i).is_some();
                                matched += usize::from(found);
                                if !parser.number_may_start(i) {
                                    skipped += 1;
                                    assert!(!found, "{text:?} at {i}");
                                }
                            }
                        }
                    }
                }
            }
        }
        // Both sides are well represented: the rules match many of these.
        assert!(skipped > 100_000 && matched > 10_000, "{skipped} {matched}");
    }
}
