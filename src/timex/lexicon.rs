//! The closed vocabulary of the date grammar. Words outside it get
//! [`Lex::None`] and are skipped by the grammar at the cost of one lookup.

/// Calendar and duration units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Parts of the day ("morning" → `TMO`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// The class of a word, as far as dates are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    None,
    /// Full month name, 1-based.
    Month(u8),
    /// Abbreviated month name ("Sept", "Jan"), 1-based.
    MonthAbbr(u8),
    /// Monday = 1 … Sunday = 7.
    Weekday(u8),
    /// Singular unit.
    Unit(Unit),
    /// Plural unit.
    Units(Unit),
    /// "one" … "ninety".
    NumWord(u32),
    /// "first" … "twelfth".
    Ordinal(u32),
    /// "sixties" → 6 (decades of the 1900s).
    DecadeWord(u8),
    /// Seasons: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    DayPart(DayPart),
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Nowadays,
    Soon,
    Ago,
    Earlier,
    Later,
    Last,
    Next,
    This,
    That,
    The,
    A,
    Past,
    Coming,
    Previous,
    Following,
    Same,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Fiscal,
    Half,
    Future,
    Present,
    Recent,
    Latest,
    Current,
    Every,
    Each,
    Of,
    /// The letter Q of "Q3".
    Q,
    /// "right" (in "right now").
    Right,
    /// "as" (to reject "as soon as").
    As,
    /// "or so".
    So,
    Few,
    Several,
    Couple,
    Noon,
    Midnight,
    Christmas,
    Eve,
    New,
    Thanksgiving,
    Local,
    Time,
    Zone,
    Daily,
    Weekly,
    Monthly,
    Annually,
    /// Prepositions that may introduce a date ("in", "on", "since").
    Prep,
    /// Words that mark future reference ("will", "upcoming", "plans").
    FutureCue,
    /// Words that mark past reference ("said", "was", "had").
    PastCue,
    Am,
    Pm,
}

fn month_lex(w: &str) -> Lex {
    match w {
        "january" => Lex::Month(1),
        "february" => Lex::Month(2),
        "march" => Lex::Month(3),
        "april" => Lex::Month(4),
        "may" => Lex::Month(5),
        "june" => Lex::Month(6),
        "july" => Lex::Month(7),
        "august" => Lex::Month(8),
        "september" => Lex::Month(9),
        "october" => Lex::Month(10),
        "november" => Lex::Month(11),
        "december" => Lex::Month(12),
        "jan" => Lex::MonthAbbr(1),
        "feb" => Lex::MonthAbbr(2),
        "mar" => Lex::MonthAbbr(3),
        "apr" => Lex::MonthAbbr(4),
        "jun" => Lex::MonthAbbr(6),
        "jul" => Lex::MonthAbbr(7),
        "aug" => Lex::MonthAbbr(8),
        "sep" | "sept" => Lex::MonthAbbr(9),
        "oct" => Lex::MonthAbbr(10),
        "nov" => Lex::MonthAbbr(11),
        "dec" => Lex::MonthAbbr(12),
        _ => Lex::None,
    }
}

/// Classifies an ASCII word (any case).
pub fn classify(word: &[u8]) -> Lex {
    // Every vocabulary word is at most 12 letters; longer words are skipped
    // without building a key.
    if word.len() > 12 || word.is_empty() {
        return Lex::None;
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    let Ok(w) = std::str::from_utf8(&buf[..word.len()]) else {
        return Lex::None;
    };
    let m = month_lex(w);
    if m != Lex::None {
        return m;
    }
    use Unit::*;
    match w {
        "monday" => Lex::Weekday(1),
        "tuesday" => Lex::Weekday(2),
        "wednesday" => Lex::Weekday(3),
        "thursday" => Lex::Weekday(4),
        "friday" => Lex::Weekday(5),
        "saturday" => Lex::Weekday(6),
        "sunday" => Lex::Weekday(7),
        "second" => Lex::Ordinal(2),
        "seconds" => Lex::Units(Second),
        "minute" => Lex::Unit(Minute),
        "minutes" => Lex::Units(Minute),
        "hour" => Lex::Unit(Hour),
        "hours" => Lex::Units(Hour),
        "day" => Lex::Unit(Day),
        "days" => Lex::Units(Day),
        "week" => Lex::Unit(Week),
        "weeks" => Lex::Units(Week),
        "weekend" => Lex::Unit(Weekend),
        "weekends" => Lex::Units(Weekend),
        "fortnight" => Lex::Unit(Fortnight),
        "month" => Lex::Unit(Month),
        "months" => Lex::Units(Month),
        "quarter" => Lex::Unit(Quarter),
        "quarters" => Lex::Units(Quarter),
        "year" => Lex::Unit(Year),
        "years" => Lex::Units(Year),
        "decade" => Lex::Unit(Decade),
        "decades" => Lex::Units(Decade),
        "century" => Lex::Unit(Century),
        "centuries" => Lex::Units(Century),
        "one" => Lex::NumWord(1),
        "two" => Lex::NumWord(2),
        "three" => Lex::NumWord(3),
        "four" => Lex::NumWord(4),
        "five" => Lex::NumWord(5),
        "six" => Lex::NumWord(6),
        "seven" => Lex::NumWord(7),
        "eight" => Lex::NumWord(8),
        "nine" => Lex::NumWord(9),
        "ten" => Lex::NumWord(10),
        "eleven" => Lex::NumWord(11),
        "twelve" => Lex::NumWord(12),
        "thirteen" => Lex::NumWord(13),
        "fourteen" => Lex::NumWord(14),
        "fifteen" => Lex::NumWord(15),
        "sixteen" => Lex::NumWord(16),
        "seventeen" => Lex::NumWord(17),
        "eighteen" => Lex::NumWord(18),
        "nineteen" => Lex::NumWord(19),
        "twenty" => Lex::NumWord(20),
        "thirty" => Lex::NumWord(30),
        "forty" => Lex::NumWord(40),
        "fifty" => Lex::NumWord(50),
        "sixty" => Lex::NumWord(60),
        "seventy" => Lex::NumWord(70),
        "eighty" => Lex::NumWord(80),
        "ninety" => Lex::NumWord(90),
        "hundred" => Lex::NumWord(100),
        "first" => Lex::Ordinal(1),
        "third" => Lex::Ordinal(3),
        "fourth" => Lex::Ordinal(4),
        "fifth" => Lex::Ordinal(5),
        "sixth" => Lex::Ordinal(6),
        "seventh" => Lex::Ordinal(7),
        "eighth" => Lex::Ordinal(8),
        "ninth" => Lex::Ordinal(9),
        "tenth" => Lex::Ordinal(10),
        "eleventh" => Lex::Ordinal(11),
        "twelfth" => Lex::Ordinal(12),
        "twenties" => Lex::DecadeWord(2),
        "thirties" => Lex::DecadeWord(3),
        "forties" => Lex::DecadeWord(4),
        "fifties" => Lex::DecadeWord(5),
        "sixties" => Lex::DecadeWord(6),
        "seventies" => Lex::DecadeWord(7),
        "eighties" => Lex::DecadeWord(8),
        "nineties" => Lex::DecadeWord(9),
        "spring" => Lex::Season(0),
        "summer" => Lex::Season(1),
        "fall" | "autumn" => Lex::Season(2),
        "winter" => Lex::Season(3),
        "morning" => Lex::DayPart(DayPart::Morning),
        "afternoon" => Lex::DayPart(DayPart::Afternoon),
        "evening" => Lex::DayPart(DayPart::Evening),
        "night" => Lex::DayPart(DayPart::Night),
        "today" => Lex::Today,
        "yesterday" => Lex::Yesterday,
        "tomorrow" => Lex::Tomorrow,
        "tonight" => Lex::Tonight,
        "now" => Lex::Now,
        "currently" => Lex::Currently,
        "recently" => Lex::Recently,
        "nowadays" => Lex::Nowadays,
        "soon" => Lex::Soon,
        "ago" => Lex::Ago,
        "earlier" => Lex::Earlier,
        "later" => Lex::Later,
        "last" => Lex::Last,
        "next" => Lex::Next,
        "this" => Lex::This,
        "that" => Lex::That,
        "the" => Lex::The,
        "a" | "an" => Lex::A,
        "past" => Lex::Past,
        "coming" => Lex::Coming,
        "previous" | "prior" | "preceding" => Lex::Previous,
        "following" | "subsequent" => Lex::Following,
        "same" => Lex::Same,
        "early" => Lex::Early,
        "late" => Lex::Late,
        "mid" => Lex::Mid,
        "middle" => Lex::Middle,
        "end" => Lex::End,
        "beginning" => Lex::Beginning,
        "start" => Lex::Start,
        "fiscal" | "financial" => Lex::Fiscal,
        "fy" => Lex::Fiscal,
        "half" => Lex::Half,
        "future" => Lex::Future,
        "present" => Lex::Present,
        "recent" => Lex::Recent,
        "latest" => Lex::Latest,
        "current" => Lex::Current,
        "every" => Lex::Every,
        "each" => Lex::Each,
        "of" => Lex::Of,
        "q" => Lex::Q,
        "right" => Lex::Right,
        "as" => Lex::As,
        "so" => Lex::So,
        "few" => Lex::Few,
        "several" => Lex::Several,
        "couple" => Lex::Couple,
        "noon" | "midday" => Lex::Noon,
        "midnight" => Lex::Midnight,
        "christmas" => Lex::Christmas,
        "eve" => Lex::Eve,
        "new" => Lex::New,
        "thanksgiving" => Lex::Thanksgiving,
        "local" => Lex::Local,
        "time" => Lex::Time,
        "gmt" | "utc" | "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "bst" | "cet" => Lex::Zone,
        "daily" => Lex::Daily,
        "weekly" => Lex::Weekly,
        "monthly" => Lex::Monthly,
        "annually" | "yearly" => Lex::Annually,
        "am" => Lex::Am,
        "pm" => Lex::Pm,
        "in" | "on" | "at" | "since" | "until" | "till" | "by" | "during" | "from" | "to"
        | "before" | "after" | "between" | "through" | "throughout" | "around" | "for" | "and"
        | "or" | "than" | "into" => Lex::Prep,
        "will" | "shall" | "upcoming" | "plans" | "plan" | "planned" | "scheduled" | "expected"
        | "expects" | "due" | "intends" | "aims" | "going" | "forthcoming" => Lex::FutureCue,
        "said" | "was" | "were" | "had" | "did" | "announced" | "reported" | "told" | "held"
        | "took" | "met" | "began" | "ended" | "died" | "killed" | "won" | "lost" | "made"
        | "came" | "left" | "signed" | "released" | "launched" | "opened" | "closed" => {
            Lex::PastCue
        }
        _ => Lex::None,
    }
}
