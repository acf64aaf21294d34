//! The closed vocabulary of the date grammar. Words outside it get
//! [`Lex::None`] and are skipped by the grammar at the cost of one lookup.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

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
    /// Plural weekday ("Mondays"): a set.
    Weekdays(u8),
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
    /// Hedges before a count: "nearly", "almost", "roughly".
    Approx,
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

/// Every word the grammar knows, lowercase, with its class.
pub const VOCABULARY: &[(&str, Lex)] = &[
    ("january", Lex::Month(1)),
    ("february", Lex::Month(2)),
    ("march", Lex::Month(3)),
    ("april", Lex::Month(4)),
    ("may", Lex::Month(5)),
    ("june", Lex::Month(6)),
    ("july", Lex::Month(7)),
    ("august", Lex::Month(8)),
    ("september", Lex::Month(9)),
    ("october", Lex::Month(10)),
    ("november", Lex::Month(11)),
    ("december", Lex::Month(12)),
    ("jan", Lex::MonthAbbr(1)),
    ("feb", Lex::MonthAbbr(2)),
    ("mar", Lex::MonthAbbr(3)),
    ("apr", Lex::MonthAbbr(4)),
    ("jun", Lex::MonthAbbr(6)),
    ("jul", Lex::MonthAbbr(7)),
    ("aug", Lex::MonthAbbr(8)),
    ("sep", Lex::MonthAbbr(9)),
    ("sept", Lex::MonthAbbr(9)),
    ("oct", Lex::MonthAbbr(10)),
    ("nov", Lex::MonthAbbr(11)),
    ("dec", Lex::MonthAbbr(12)),
    ("monday", Lex::Weekday(1)),
    ("tuesday", Lex::Weekday(2)),
    ("wednesday", Lex::Weekday(3)),
    ("thursday", Lex::Weekday(4)),
    ("friday", Lex::Weekday(5)),
    ("saturday", Lex::Weekday(6)),
    ("sunday", Lex::Weekday(7)),
    ("mondays", Lex::Weekdays(1)),
    ("tuesdays", Lex::Weekdays(2)),
    ("wednesdays", Lex::Weekdays(3)),
    ("thursdays", Lex::Weekdays(4)),
    ("fridays", Lex::Weekdays(5)),
    ("saturdays", Lex::Weekdays(6)),
    ("sundays", Lex::Weekdays(7)),
    ("nights", Lex::Units(Unit::Day)),
    ("second", Lex::Ordinal(2)),
    ("seconds", Lex::Units(Unit::Second)),
    ("minute", Lex::Unit(Unit::Minute)),
    ("minutes", Lex::Units(Unit::Minute)),
    ("hour", Lex::Unit(Unit::Hour)),
    ("hours", Lex::Units(Unit::Hour)),
    ("day", Lex::Unit(Unit::Day)),
    ("days", Lex::Units(Unit::Day)),
    ("week", Lex::Unit(Unit::Week)),
    ("weeks", Lex::Units(Unit::Week)),
    ("weekend", Lex::Unit(Unit::Weekend)),
    ("weekends", Lex::Units(Unit::Weekend)),
    ("fortnight", Lex::Unit(Unit::Fortnight)),
    ("month", Lex::Unit(Unit::Month)),
    ("months", Lex::Units(Unit::Month)),
    ("quarter", Lex::Unit(Unit::Quarter)),
    ("quarters", Lex::Units(Unit::Quarter)),
    ("year", Lex::Unit(Unit::Year)),
    ("years", Lex::Units(Unit::Year)),
    ("decade", Lex::Unit(Unit::Decade)),
    ("decades", Lex::Units(Unit::Decade)),
    ("century", Lex::Unit(Unit::Century)),
    ("centuries", Lex::Units(Unit::Century)),
    ("one", Lex::NumWord(1)),
    ("two", Lex::NumWord(2)),
    ("three", Lex::NumWord(3)),
    ("four", Lex::NumWord(4)),
    ("five", Lex::NumWord(5)),
    ("six", Lex::NumWord(6)),
    ("seven", Lex::NumWord(7)),
    ("eight", Lex::NumWord(8)),
    ("nine", Lex::NumWord(9)),
    ("ten", Lex::NumWord(10)),
    ("eleven", Lex::NumWord(11)),
    ("twelve", Lex::NumWord(12)),
    ("thirteen", Lex::NumWord(13)),
    ("fourteen", Lex::NumWord(14)),
    ("fifteen", Lex::NumWord(15)),
    ("sixteen", Lex::NumWord(16)),
    ("seventeen", Lex::NumWord(17)),
    ("eighteen", Lex::NumWord(18)),
    ("nineteen", Lex::NumWord(19)),
    ("twenty", Lex::NumWord(20)),
    ("thirty", Lex::NumWord(30)),
    ("forty", Lex::NumWord(40)),
    ("fifty", Lex::NumWord(50)),
    ("sixty", Lex::NumWord(60)),
    ("seventy", Lex::NumWord(70)),
    ("eighty", Lex::NumWord(80)),
    ("ninety", Lex::NumWord(90)),
    ("hundred", Lex::NumWord(100)),
    ("first", Lex::Ordinal(1)),
    ("third", Lex::Ordinal(3)),
    ("fourth", Lex::Ordinal(4)),
    ("fifth", Lex::Ordinal(5)),
    ("sixth", Lex::Ordinal(6)),
    ("seventh", Lex::Ordinal(7)),
    ("eighth", Lex::Ordinal(8)),
    ("ninth", Lex::Ordinal(9)),
    ("tenth", Lex::Ordinal(10)),
    ("eleventh", Lex::Ordinal(11)),
    ("twelfth", Lex::Ordinal(12)),
    ("twenties", Lex::DecadeWord(2)),
    ("thirties", Lex::DecadeWord(3)),
    ("forties", Lex::DecadeWord(4)),
    ("fifties", Lex::DecadeWord(5)),
    ("sixties", Lex::DecadeWord(6)),
    ("seventies", Lex::DecadeWord(7)),
    ("eighties", Lex::DecadeWord(8)),
    ("nineties", Lex::DecadeWord(9)),
    ("spring", Lex::Season(0)),
    ("summer", Lex::Season(1)),
    ("fall", Lex::Season(2)),
    ("autumn", Lex::Season(2)),
    ("winter", Lex::Season(3)),
    ("morning", Lex::DayPart(DayPart::Morning)),
    ("afternoon", Lex::DayPart(DayPart::Afternoon)),
    ("evening", Lex::DayPart(DayPart::Evening)),
    ("night", Lex::DayPart(DayPart::Night)),
    ("today", Lex::Today),
    ("yesterday", Lex::Yesterday),
    ("tomorrow", Lex::Tomorrow),
    ("tonight", Lex::Tonight),
    ("now", Lex::Now),
    ("currently", Lex::Currently),
    ("recently", Lex::Recently),
    ("nowadays", Lex::Nowadays),
    ("soon", Lex::Soon),
    ("ago", Lex::Ago),
    ("earlier", Lex::Earlier),
    ("later", Lex::Later),
    ("last", Lex::Last),
    ("next", Lex::Next),
    ("this", Lex::This),
    ("that", Lex::That),
    ("the", Lex::The),
    ("a", Lex::A),
    ("an", Lex::A),
    ("past", Lex::Past),
    ("coming", Lex::Coming),
    ("previous", Lex::Previous),
    ("prior", Lex::Previous),
    ("preceding", Lex::Previous),
    ("following", Lex::Following),
    ("subsequent", Lex::Following),
    ("same", Lex::Same),
    ("early", Lex::Early),
    ("late", Lex::Late),
    ("mid", Lex::Mid),
    ("middle", Lex::Middle),
    ("end", Lex::End),
    ("beginning", Lex::Beginning),
    ("start", Lex::Start),
    ("fiscal", Lex::Fiscal),
    ("financial", Lex::Fiscal),
    ("fy", Lex::Fiscal),
    ("half", Lex::Half),
    ("future", Lex::Future),
    ("present", Lex::Present),
    ("recent", Lex::Recent),
    ("latest", Lex::Latest),
    ("current", Lex::Current),
    ("every", Lex::Every),
    ("each", Lex::Each),
    ("of", Lex::Of),
    ("q", Lex::Q),
    ("nearly", Lex::Approx),
    ("almost", Lex::Approx),
    ("roughly", Lex::Approx),
    ("approximately", Lex::Approx),
    ("right", Lex::Right),
    ("as", Lex::As),
    ("so", Lex::So),
    ("few", Lex::Few),
    ("several", Lex::Several),
    ("couple", Lex::Couple),
    ("noon", Lex::Noon),
    ("midday", Lex::Noon),
    ("midnight", Lex::Midnight),
    ("christmas", Lex::Christmas),
    ("eve", Lex::Eve),
    ("new", Lex::New),
    ("thanksgiving", Lex::Thanksgiving),
    ("local", Lex::Local),
    ("time", Lex::Time),
    ("gmt", Lex::Zone),
    ("utc", Lex::Zone),
    ("est", Lex::Zone),
    ("edt", Lex::Zone),
    ("cst", Lex::Zone),
    ("cdt", Lex::Zone),
    ("pst", Lex::Zone),
    ("pdt", Lex::Zone),
    ("bst", Lex::Zone),
    ("cet", Lex::Zone),
    ("daily", Lex::Daily),
    ("weekly", Lex::Weekly),
    ("monthly", Lex::Monthly),
    ("annually", Lex::Annually),
    ("yearly", Lex::Annually),
    ("am", Lex::Am),
    ("pm", Lex::Pm),
    ("in", Lex::Prep),
    ("on", Lex::Prep),
    ("at", Lex::Prep),
    ("since", Lex::Prep),
    ("until", Lex::Prep),
    ("till", Lex::Prep),
    ("by", Lex::Prep),
    ("during", Lex::Prep),
    ("from", Lex::Prep),
    ("to", Lex::Prep),
    ("before", Lex::Prep),
    ("after", Lex::Prep),
    ("between", Lex::Prep),
    ("through", Lex::Prep),
    ("throughout", Lex::Prep),
    ("around", Lex::Prep),
    ("for", Lex::Prep),
    ("and", Lex::Prep),
    ("or", Lex::Prep),
    ("than", Lex::Prep),
    ("into", Lex::Prep),
    ("will", Lex::FutureCue),
    ("shall", Lex::FutureCue),
    ("upcoming", Lex::FutureCue),
    ("plans", Lex::FutureCue),
    ("plan", Lex::FutureCue),
    ("planned", Lex::FutureCue),
    ("scheduled", Lex::FutureCue),
    ("expected", Lex::FutureCue),
    ("expects", Lex::FutureCue),
    ("due", Lex::FutureCue),
    ("intends", Lex::FutureCue),
    ("aims", Lex::FutureCue),
    ("going", Lex::FutureCue),
    ("forthcoming", Lex::FutureCue),
    ("said", Lex::PastCue),
    ("was", Lex::PastCue),
    ("were", Lex::PastCue),
    ("had", Lex::PastCue),
    ("did", Lex::PastCue),
    ("announced", Lex::PastCue),
    ("reported", Lex::PastCue),
    ("told", Lex::PastCue),
    ("held", Lex::PastCue),
    ("took", Lex::PastCue),
    ("met", Lex::PastCue),
    ("began", Lex::PastCue),
    ("ended", Lex::PastCue),
    ("died", Lex::PastCue),
    ("killed", Lex::PastCue),
    ("won", Lex::PastCue),
    ("lost", Lex::PastCue),
    ("made", Lex::PastCue),
    ("came", Lex::PastCue),
    ("left", Lex::PastCue),
    ("signed", Lex::PastCue),
    ("released", Lex::PastCue),
    ("launched", Lex::PastCue),
    ("opened", Lex::PastCue),
    ("closed", Lex::PastCue),
];

/// Packs up to 16 ASCII letters, lowercased, into a key. Word tokens hold
/// only ASCII letters, for which `| 0x20` is lowercasing.
#[inline]
fn pack(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut key = 0u128;
    for (i, b) in word.iter().enumerate() {
        key |= ((b | 0x20) as u128) << (8 * i);
    }
    Some(key)
}

/// A multiply-xorshift hasher for packed keys: the default SipHash costs more
/// than the rest of the lookup.
#[derive(Default, Clone, Copy)]
pub struct PackHasher(u64);

impl std::hash::Hasher for PackHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ *b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u128(&mut self, v: u128) {
        let x = (v as u64) ^ ((v >> 64) as u64).rotate_left(29);
        let h = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

/// The vocabulary as a hash table, plus a bitmap of which (length, first
/// letter) pairs occur so most ordinary words are rejected without hashing.
struct Table {
    words: HashMap<u128, Lex, BuildHasherDefault<PackHasher>>,
    first_letters_by_len: [u32; 17],
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut first_letters_by_len = [0u32; 17];
        for (w, _) in VOCABULARY {
            if let Some(c) = w.bytes().next() {
                first_letters_by_len[w.len().min(16)] |= 1 << ((c | 0x20) - b'a');
            }
        }
        Table {
            words: VOCABULARY
                .iter()
                .filter_map(|(w, lex)| Some((pack(w.as_bytes())?, *lex)))
                .collect(),
            first_letters_by_len,
        }
    })
}

/// Builds the lookup table now rather than on the first word.
pub fn warm_up() {
    let _ = table();
}

/// Classifies an ASCII word (any case).
#[inline]
pub fn classify(word: &[u8]) -> Lex {
    // Every vocabulary word is at most 12 letters.
    if word.len() > 12 || word.is_empty() {
        return Lex::None;
    }
    let t = table();
    let letter = (word[0] | 0x20).wrapping_sub(b'a');
    if letter >= 26 || t.first_letters_by_len[word.len()] & (1 << letter) == 0 {
        return Lex::None;
    }
    match pack(word) {
        Some(key) => t.words.get(&key).copied().unwrap_or(Lex::None),
        None => Lex::None,
    }
}
