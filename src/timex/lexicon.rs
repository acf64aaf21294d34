//! The closed vocabulary of the date grammar. Words outside it get
//! [`Lex::None`] and are skipped by the grammar at the cost of one lookup.

use super::recognize::lex_may_start;
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
    NumWord(u8),
    /// "first" … "twelfth".
    Ordinal(u8),
    /// "sixties" → 6 (decades of the 1900s).
    DecadeWord(u8),
    /// Seasons: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    DayPart(DayPart),
    /// "overnight"
    Overnight,
    /// "dawn", "daybreak", "dusk", "nightfall": the edge of a part of the day.
    DayEdge(DayPart),
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
    /// "another" ("for another year").
    Another,
    /// "all" ("all day").
    All,
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
    /// "Boxing" (of "Boxing Day").
    Boxing,
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
    ("overnight", Lex::Overnight),
    ("dawn", Lex::DayEdge(DayPart::Morning)),
    ("daybreak", Lex::DayEdge(DayPart::Morning)),
    ("dusk", Lex::DayEdge(DayPart::Evening)),
    ("nightfall", Lex::DayEdge(DayPart::Evening)),
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
    ("boxing", Lex::Boxing),
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
    ("jst", Lex::Zone),
    ("kst", Lex::Zone),
    ("hkt", Lex::Zone),
    ("sgt", Lex::Zone),
    ("ist", Lex::Zone),
    ("cest", Lex::Zone),
    ("eet", Lex::Zone),
    ("eest", Lex::Zone),
    ("msk", Lex::Zone),
    ("aest", Lex::Zone),
    ("aedt", Lex::Zone),
    ("awst", Lex::Zone),
    ("nzst", Lex::Zone),
    ("nzdt", Lex::Zone),
    ("pht", Lex::Zone),
    ("wib", Lex::Zone),
    ("ict", Lex::Zone),
    ("sast", Lex::Zone),
    ("mst", Lex::Zone),
    ("mdt", Lex::Zone),
    ("akst", Lex::Zone),
    ("hst", Lex::Zone),
    ("gst", Lex::Zone),
    ("ast", Lex::Zone),
    ("adt", Lex::Zone),
    ("pkt", Lex::Zone),
    // Zones of the Pacific, Africa, South America and Asia that datelines
    // and live blogs use ("16:40 FJT"); not those spelt like English words
    // ("EAT", "CAT", "ART", "WET").
    ("fjt", Lex::Zone),
    ("wat", Lex::Zone),
    ("brt", Lex::Zone),
    ("clt", Lex::Zone),
    ("myt", Lex::Zone),
    ("bdt", Lex::Zone),
    ("npt", Lex::Zone),
    ("wita", Lex::Zone),
    ("almt", Lex::Zone),
    ("uzt", Lex::Zone),
    ("tjt", Lex::Zone),
    ("pgt", Lex::Zone),
    ("vut", Lex::Zone),
    ("sbt", Lex::Zone),
    ("tvt", Lex::Zone),
    ("irst", Lex::Zone),
    ("another", Lex::Another),
    ("all", Lex::All),
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
    // Dates of a schedule or contract: "the dividend is payable June 12",
    // "the current contract expires Sept. 15" lie ahead even when the
    // sentence reports ("the company said").
    ("payable", Lex::FutureCue),
    ("expires", Lex::FutureCue),
    ("expire", Lex::FutureCue),
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
    // Irregular past forms common in news ("sales fell in January", "the
    // firm brought in a new chief in January"); the "-ed" rule misses them.
    ("brought", Lex::PastCue),
    ("gave", Lex::PastCue),
    ("sent", Lex::PastCue),
    ("went", Lex::PastCue),
    ("fell", Lex::PastCue),
    ("rose", Lex::PastCue),
    ("grew", Lex::PastCue),
    ("sold", Lex::PastCue),
    ("bought", Lex::PastCue),
    ("paid", Lex::PastCue),
    ("became", Lex::PastCue),
    ("saw", Lex::PastCue),
    ("spent", Lex::PastCue),
    ("led", Lex::PastCue),
    ("struck", Lex::PastCue),
    ("spoke", Lex::PastCue),
    ("chose", Lex::PastCue),
    ("broke", Lex::PastCue),
    ("fought", Lex::PastCue),
    ("sought", Lex::PastCue),
    ("thought", Lex::PastCue),
    ("knew", Lex::PastCue),
    ("drew", Lex::PastCue),
    ("flew", Lex::PastCue),
    ("withdrew", Lex::PastCue),
];

/// Loads up to 8 bytes of `bytes` from `at` as a little-endian word (zero
/// past the end).
#[inline]
fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().expect("8 bytes")),
        None => {
            let mut buf = [0u8; 8];
            let tail = bytes.get(at..).unwrap_or(&[]);
            buf[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(buf)
        }
    }
}

/// `| CASE` lowercases the ASCII letters of a word.
const CASE: u64 = 0x2020_2020_2020_2020;

/// `LOW_BYTES[n]`: the `n` low bytes of a word set (n ≤ 8).
const LOW_BYTES: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n <= 8 {
        m[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    m
};

/// The lowercase key of the ASCII letters `bytes[start..end]` (at most 16):
/// bytes 0–7 and 8–15, zero-padded. Word tokens hold only ASCII letters,
/// for which `| 0x20` is lowercasing; the padding tells lengths apart.
#[inline]
fn key_at(bytes: &[u8], start: usize, end: usize) -> (u64, u64) {
    let len = end - start;
    let lo = (load8(bytes, start) | CASE) & LOW_BYTES[len.min(8)];
    let hi = (load8(bytes, start + 8) | CASE) & LOW_BYTES[len.saturating_sub(8).min(8)];
    (lo, hi)
}

/// Slots of the lookup table (a power of two, about three times the vocabulary).
const SLOTS: usize = 1024;
const SLOT_BITS: u32 = SLOTS.trailing_zeros();

/// The two candidate slots of a key under hash seed `seed`.
#[inline]
fn slots_of(key: (u64, u64), seed: u64) -> (usize, usize) {
    let h = (key.0 ^ seed).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ key.1.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    let h = h ^ (h >> 29);
    (
        (h >> (64 - SLOT_BITS)) as usize,
        (h & (SLOTS as u64 - 1)) as usize,
    )
}

/// The vocabulary as a two-choice (cuckoo) hash table keyed by the packed
/// lowercase word: every word sits in one of its two slots, so a lookup is
/// two loads and two compares, with no loop and no branch on the outcome
/// (whether an ordinary word is in the vocabulary is unpredictable, and a
/// mispredicted branch per word cost more than the rest of the lookup).
/// Slot `SLOTS` is a sentinel holding `Lex::None`. The arrays sit inline in
/// the static, so a lookup loads no pointer first.
struct Table {
    seed: u64,
    keys: [(u64, u64); SLOTS],
    lexes: [Lex; SLOTS + 1],
    /// Per slot: [`lex_may_start`] of its class.
    starts: [bool; SLOTS + 1],
}

/// Cuckoo insertion of every vocabulary word with `seed`; None if some word
/// found no place (the caller tries another seed).
fn build(seed: u64) -> Option<Table> {
    let mut keys = [(0u64, 0u64); SLOTS];
    let mut lexes = [Lex::None; SLOTS + 1];
    for (w, lex) in VOCABULARY {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > MAX_WORD {
            continue;
        }
        let (mut key, mut lex) = (key_at(b, 0, b.len()), *lex);
        let (s1, s2) = slots_of(key, seed);
        if keys[s1] == key || keys[s2] == key {
            // A duplicate entry: the later one wins, as in a map.
            let s = if keys[s1] == key { s1 } else { s2 };
            lexes[s] = lex;
            continue;
        }
        let mut s = s1;
        let mut placed = false;
        for _ in 0..64 {
            if keys[s] == (0, 0) {
                keys[s] = key;
                lexes[s] = lex;
                placed = true;
                break;
            }
            // Evict the occupant to its other slot.
            std::mem::swap(&mut keys[s], &mut key);
            std::mem::swap(&mut lexes[s], &mut lex);
            let (a, b) = slots_of(key, seed);
            s = if a == s { b } else { a };
        }
        if !placed {
            return None;
        }
    }
    let mut starts = [false; SLOTS + 1];
    for (start, lex) in starts.iter_mut().zip(lexes.iter()) {
        *start = lex_may_start(*lex);
    }
    Some(Table {
        seed,
        keys,
        lexes,
        starts,
    })
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0u64..)
            .find_map(|i| build(i.wrapping_mul(0xD6E8_FEB8_6659_FD93)))
            .expect("some seed places every word")
    })
}

/// Builds the lookup table now rather than on the first word.
pub fn warm_up() {
    let _ = table();
}

/// Words longer than this are never looked up: the key holds 16 bytes, and
/// no vocabulary word is longer. (It was 12, which silently left
/// "approximately" unclassified.)
const MAX_WORD: usize = 16;

/// Classifies an ASCII word (any case).
#[inline]
pub fn classify(word: &[u8]) -> Lex {
    classify_at(word, 0, word.len())
}

/// Classifies the ASCII word `bytes[start..end]` (letters only, any case)
/// without copying it: the key is loaded straight from the text.
#[inline(always)]
pub fn classify_at(bytes: &[u8], start: usize, end: usize) -> Lex {
    classify_start_at(bytes, start, end).0
}

/// [`classify_at`], and whether the word can start an expression
/// ([`lex_may_start`]).
#[inline(always)]
pub fn classify_start_at(bytes: &[u8], start: usize, end: usize) -> (Lex, bool) {
    vocabulary().classify_start_at(bytes, start, end)
}

/// A handle on the lookup table, for a caller that classifies many words
/// (the tokenizer): it checks that the table is built once, not per word.
#[derive(Clone, Copy)]
pub struct Vocabulary(&'static Table);

pub fn vocabulary() -> Vocabulary {
    Vocabulary(table())
}

impl Vocabulary {
    /// See the free function [`classify_start_at`].
    #[inline(always)]
    pub fn classify_start_at(self, bytes: &[u8], start: usize, end: usize) -> (Lex, bool) {
        let len = end - start;
        if len > MAX_WORD || len == 0 {
            return (Lex::None, false);
        }
        self.classify_key(key_at(bytes, start, end))
    }

    /// [`Vocabulary::classify_start_at`] for a word of `len` letters, 1 to
    /// 7, that starts the eight text bytes `v` (little-endian; what follows
    /// the word in `v` is ignored).
    #[inline(always)]
    pub fn classify_short(self, v: u64, len: usize) -> (Lex, bool) {
        debug_assert!((1..8).contains(&len));
        // As `key_at`: the word's bytes lowercased, zero-padded; no high part.
        let lo = (v | CASE) & LOW_BYTES[len];
        let t = self.0;
        let (s1, s2) = slots_of((lo, 0), t.seed);
        // Only the low halves are compared: a key of 1–7 letters has a zero
        // top byte, which no other key's low half has (8 letters or more
        // fill it; an empty slot is all zero, and `lo` is not). So equal
        // low halves mean equal keys, and the high halves need no load.
        let s = if t.keys[s2].0 == lo { s2 } else { SLOTS };
        let s = if t.keys[s1].0 == lo { s1 } else { s };
        (t.lexes[s], t.starts[s])
    }

    #[inline(always)]
    fn classify_key(self, key: (u64, u64)) -> (Lex, bool) {
        let t = self.0;
        let (s1, s2) = slots_of(key, t.seed);
        // Selects rather than branches (see `Table`): `differs` is 0 on a match.
        let differs = |k: (u64, u64)| (k.0 ^ key.0) | (k.1 ^ key.1);
        let s = if differs(t.keys[s2]) == 0 { s2 } else { SLOTS };
        let s = if differs(t.keys[s1]) == 0 { s1 } else { s };
        (t.lexes[s], t.starts[s])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_classifies_in_any_case() {
        for (w, lex) in VOCABULARY {
            let want = if w.len() > MAX_WORD { Lex::None } else { *lex };
            assert_eq!(classify(w.as_bytes()), want, "{w}");
            assert_eq!(classify(w.to_uppercase().as_bytes()), want, "{w}");
            // Inside a longer text: the key must not read past the word.
            let text = format!("x {w}abcdefghijklmnop");
            assert_eq!(classify_at(text.as_bytes(), 2, 2 + w.len()), want, "{w}");
        }
        for w in ["", "mayday", "ma", "xyz", "mondayy", "januar", "aa"] {
            assert_eq!(classify(w.as_bytes()), Lex::None, "{w}");
        }
    }

    /// The short-word lookup, which compares low halves only, agrees with the
    /// full key lookup on every word of 1–7 letters that shares letters with
    /// the vocabulary: the words themselves, all their prefixes, and each
    /// followed by other bytes in the eight it is given.
    #[test]
    fn short_lookup_equals_full_lookup() {
        let v = vocabulary();
        for (w, _) in VOCABULARY {
            for word in [w.to_string(), w.to_uppercase()] {
                let b = word.as_bytes();
                for len in 1..b.len().min(7) + 1 {
                    let want = v.classify_start_at(b, 0, len);
                    for tail in [*b"        ", *b"xxxxxxxx", *b"9.,'abcd", [0u8; 8]] {
                        let mut eight = tail;
                        eight[..len].copy_from_slice(&b[..len]);
                        let got = v.classify_short(u64::from_le_bytes(eight), len);
                        assert_eq!(got, want, "{:?}", &word[..len]);
                    }
                }
            }
        }
    }
}
