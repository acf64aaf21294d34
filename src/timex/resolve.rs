//! Normalisation: turns a recognised [`Expr`] into a TIMEX3 value using the
//! document date, the previous timex and the tense around the expression.
//!
//! News reports the past: an underspecified date ("Monday", "in April",
//! "the third quarter") resolves to the most recent matching period on or
//! before the document date, unless a future cue ("will", "next",
//! "scheduled") points forward.

use super::lexicon::Unit;
use super::recognize::{Expr, Rel};
use super::value::{add_days, add_months, quarter_of, week_of, Val, SEASON_CODES};
use crate::model::{TimexAnchor, TimexType};
use chrono::{Datelike, NaiveDate, Weekday};

/// The temporal direction of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
    /// Neither: the date of a plan reported called off ("the talks set for
    /// Tuesday were cancelled") lies on either side of the report, so the
    /// nearer one is taken.
    Nearest,
}

/// What the resolver knows besides the expression.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    pub anchor: Option<NaiveDate>,
    /// The last resolved date-like timex in the document.
    pub prev: Option<Val>,
    /// The last resolved day-precision timex.
    pub prev_day: Option<NaiveDate>,
    /// The reporting period under discussion: the last quarter, half or month
    /// named directly (not derived as "a year earlier"), so that "a year ago",
    /// "year-earlier" and "the quarter" all point at the same comparison.
    pub period: Option<Val>,
    pub tense: Tense,
    /// The day of the last day-precision timex when it is near (a few
    /// sentences back): the day a time of day without its own day is on.
    pub recent_day: Option<NaiveDate>,
    /// The day a range starts on when the expression ends it ("from
    /// Tuesday to Friday", "until Sunday" after "from Thursday"): a weekday
    /// then does not lie before it, whatever the tense.
    pub range_from: Option<NaiveDate>,
}

/// A normalised timex.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub anchor: TimexAnchor,
    /// The calendar value, when the expression names a date or period.
    pub val: Option<Val>,
}

impl Resolved {
    pub(crate) fn date(val: Val, anchor: TimexAnchor) -> Resolved {
        Resolved {
            kind: TimexType::Date,
            value: val.timex(),
            anchor,
            val: Some(val),
        }
    }
    fn unresolved(value: String) -> Resolved {
        Resolved {
            kind: TimexType::Date,
            value,
            anchor: TimexAnchor::Unresolved,
            val: None,
        }
    }
}

/// Weights for choosing the year of a yearless date (see [`choose`]). News
/// mostly reports the past, and tense detection is only a cue: "said the
/// offer expires Nov. 21" is past tense around a future date.
const FUTURE_WEIGHT_UNKNOWN: i64 = 3;
/// Past clause, day precision: a date a few weeks ahead still beats one most
/// of a year back ("payable Dec. 7" near a "declared" written in October).
const FUTURE_WEIGHT_PAST_DAYS: i64 = 6;
/// Past clause, month precision: "was closed in June" written in May is last June.
const FUTURE_WEIGHT_PAST_MONTHS: i64 = 12;
const PAST_WEIGHT_FUTURE: i64 = 12;

/// The precision candidates are compared at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Precision {
    Days,
    Months,
}

/// Chooses among candidates given their signed distance from the anchor
/// (positive = after it, in days or months): the nearest, where distances on
/// the side the tense argues against count several times over. With no cue a
/// date a little ahead still wins over one most of a year back ("Nov. 21" in
/// an article of 2 November), while past tense keeps "in June" written in May
/// last June.
fn choose<T: Copy>(candidates: &[(T, i64)], tense: Tense, precision: Precision) -> Option<T> {
    let (past_w, future_w) = match (tense, precision) {
        (Tense::Past, Precision::Days) => (1, FUTURE_WEIGHT_PAST_DAYS),
        (Tense::Past, Precision::Months) => (1, FUTURE_WEIGHT_PAST_MONTHS),
        (Tense::Future, _) => (PAST_WEIGHT_FUTURE, 1),
        (Tense::Unknown, _) => (1, FUTURE_WEIGHT_UNKNOWN),
        (Tense::Nearest, _) => (1, 1),
    };
    candidates
        .iter()
        .min_by_key(|(_, d)| (if *d > 0 { d * future_w } else { -d * past_w }, d.abs()))
        .map(|c| c.0)
}

/// Day-level candidates for month/day in the years around the anchor.
fn day_candidates(
    anchor: NaiveDate,
    make: impl Fn(i32) -> Option<NaiveDate>,
) -> Vec<(NaiveDate, i64)> {
    let y = anchor.year();
    (y - 1..=y + 1)
        .filter_map(make)
        .map(|d| (d, (d - anchor).num_days()))
        .collect()
}

fn weekday_num(d: NaiveDate) -> u8 {
    d.weekday().number_from_monday() as u8
}

/// 0 spring (Mar–May), 1 summer, 2 fall, 3 winter (Dec–Feb, dated by its December).
fn season_of(d: NaiveDate) -> (i32, u8) {
    match d.month() {
        3..=5 => (d.year(), 0),
        6..=8 => (d.year(), 1),
        9..=11 => (d.year(), 2),
        12 => (d.year(), 3),
        _ => (d.year() - 1, 3),
    }
}

fn season_index(y: i32, s: u8) -> i64 {
    y as i64 * 4 + s as i64
}

fn thanksgiving(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)
}

fn unresolved_placeholder(expr: &Expr) -> String {
    match expr {
        Expr::MonthDay { month, day, .. } | Expr::Holiday { month, day } => {
            format!("XXXX-{month:02}-{day:02}")
        }
        Expr::Month { month, .. } | Expr::MonthOffset { month, .. } => format!("XXXX-{month:02}"),
        Expr::Weekday { wd, .. } => format!("XXXX-WXX-{wd}"),
        Expr::Quarter { q, .. } if *q > 0 => format!("XXXX-Q{q}"),
        // TIMEX3 has no unknown-quarter shape: an unknown year is all we can say.
        Expr::Quarter { .. } | Expr::QuarterRef | Expr::LatestQuarter => "XXXX".to_string(),
        Expr::Half { h } | Expr::HalfOffset { h, .. } => format!("XXXX-H{h}"),
        Expr::QuarterOffset { q, .. } => format!("XXXX-Q{q}"),
        Expr::Season { s, .. } => format!("XXXX-{}", SEASON_CODES[*s as usize & 3]),
        Expr::UnitOffset { unit, .. } | Expr::Ago { unit, .. } | Expr::Anaphor { unit, .. } => {
            match unit {
                Unit::Week | Unit::Fortnight => "XXXX-WXX".to_string(),
                Unit::Weekend => "XXXX-WXX-WE".to_string(),
                Unit::Month => "XXXX-XX".to_string(),
                Unit::Quarter => "XXXX".to_string(),
                Unit::Year => "XXXX".to_string(),
                Unit::Decade | Unit::Century => "XXXX".to_string(),
                _ => "XXXX-XX-XX".to_string(),
            }
        }
        // (TIMEX3 has no unknown fiscal year: an unknown year is all we can say.)
        Expr::YearEarlier | Expr::NewYear | Expr::FiscalYearOffset(_) => "XXXX".to_string(),
        Expr::DayOfMonth(day) => format!("XXXX-XX-{day:02}"),
        Expr::TheWeekend => "XXXX-WXX-WE".to_string(),
        _ => "XXXX-XX-XX".to_string(),
    }
}

/// The day a past-tense clause without a day of its own reports on: the
/// day last named, when it lies in the week up to the document date ("They
/// signed on Monday. … later joined a call at 4 p.m."), else the document
/// date ("the call ended at about 1:30 p.m.").
fn reported_day(ctx: &Context, anchor: NaiveDate) -> Resolved {
    match ctx.prev_day {
        Some(d) if d <= anchor && (anchor - d).num_days() <= 7 => {
            Resolved::date(Val::Day(d), TimexAnchor::PreviousTimex)
        }
        _ => Resolved::date(Val::Day(anchor), TimexAnchor::Document),
    }
}

/// The day part of a TIME value: a full date, or `XXXX-XX-XX` when the day is
/// not known to the day ("Monday night" without a document date).
fn time_day(day: &Resolved) -> String {
    match day.val {
        Some(Val::Day(d)) => Val::Day(d).timex(),
        _ => "XXXX-XX-XX".to_string(),
    }
}

/// Whether [`resolve`] may read `ctx.tense` for `expr`. Only the
/// expressions the document date places by their tense read it (a month,
/// weekday, season or holiday without a year, a quarter or half, a
/// weekend, a unit offset); absolute dates, references, durations, sets,
/// day/month/quarter/half offsets, and times and parts of days on such days
/// do not. The tagger skips its tense search for these. (A new arm of
/// `resolve` that reads the tense must be kept out of the `false` list:
/// `tense_is_read_only_where_said` checks the expressions of sample texts.)
pub fn reads_tense(expr: &Expr) -> bool {
    match expr {
        Expr::Abs(_)
        | Expr::Ref(_)
        | Expr::Duration(_)
        | Expr::Set(_)
        | Expr::DayOffset(_)
        | Expr::MonthOffset { .. }
        | Expr::QuarterOffset { .. }
        | Expr::HalfOffset { .. }
        | Expr::NewYear
        | Expr::ThatMonth(_) => false,
        // A bare time or part of the day is put on the document date in a
        // past-tense clause (the tagger then reads the tense only outside
        // quotes and habits).
        Expr::Time {
            date: None,
            on_document_date,
            ..
        } => !on_document_date,
        Expr::Time { date, .. } => date.as_deref().is_some_and(reads_tense),
        Expr::PartAlone { .. } => true,
        Expr::Part { date, .. } => reads_tense(date),
        Expr::WeekOfMonth { month, .. } => reads_tense(month),
        Expr::WeekOfDay { day } => reads_tense(day),
        _ => true,
    }
}

/// Resolves `expr`; never panics, never invents a date without an anchor.
pub fn resolve(expr: &Expr, ctx: &Context) -> Resolved {
    use TimexAnchor::*;
    match expr {
        Expr::Abs(v) => return Resolved::date(*v, Absolute),
        Expr::Ref(r) => {
            return Resolved {
                kind: TimexType::Date,
                value: r.to_string(),
                anchor: if ctx.anchor.is_some() {
                    Document
                } else {
                    Unresolved
                },
                val: None,
            }
        }
        Expr::Duration(v) => {
            return Resolved {
                kind: TimexType::Duration,
                value: v.clone(),
                anchor: Absolute,
                val: None,
            }
        }
        Expr::Set(v) => {
            return Resolved {
                kind: TimexType::Set,
                value: v.clone(),
                anchor: Absolute,
                val: None,
            }
        }
        Expr::Time {
            hour,
            minute,
            date,
            on_document_date,
        } => {
            let day = match (date, ctx.anchor) {
                (Some(d), _) => resolve(d, ctx),
                // "… talks at 3 p.m. on Friday, followed by a news conference
                // at 4:30 p.m.": the day being told about.
                (None, _) if ctx.recent_day.is_some() => match ctx.recent_day {
                    Some(d) => Resolved::date(Val::Day(d), PreviousTimex),
                    None => Resolved::unresolved("XXXX-XX-XX".to_string()),
                },
                (None, Some(a)) if *on_document_date => Resolved::date(Val::Day(a), Document),
                (None, None) if *on_document_date => Resolved::unresolved("XXXX-XX-XX".to_string()),
                // "The call ended at about 1:30 p.m.": a bare time in a
                // past-tense clause is on the day being reported (the tagger
                // reads the tense only for such times).
                (None, Some(a)) if ctx.tense == Tense::Past => reported_day(ctx, a),
                // A bare time of day names no day: "T06:00", nothing invented.
                (None, _) => {
                    return Resolved {
                        kind: TimexType::Time,
                        value: format!("T{hour:02}:{minute:02}"),
                        anchor: Absolute,
                        val: None,
                    }
                }
            };
            return Resolved {
                kind: TimexType::Time,
                value: format!("{}T{hour:02}:{minute:02}", time_day(&day)),
                anchor: day.anchor,
                val: day.val,
            };
        }
        Expr::WeekOfMonth { n, month } => {
            let m = resolve(month, ctx);
            return match m.val {
                // A week belongs to the month that holds most of it (its
                // Thursday, as ISO weeks belong to years): the first week
                // of October 2005, which began on a Saturday, is W40.
                Some(Val::Month(y, mo)) => NaiveDate::from_ymd_opt(y, mo, 1)
                    .map(|first| {
                        let to_thursday = (3 + 7 - first.weekday().num_days_from_monday()) % 7;
                        first + chrono::Duration::days(i64::from(to_thursday + 7 * (n - 1)))
                    })
                    .map(|d| Resolved::date(week_of(d), m.anchor))
                    .unwrap_or_else(|| Resolved::unresolved("XXXX-WXX".to_string())),
                _ => Resolved::unresolved("XXXX-WXX".to_string()),
            };
        }
        Expr::WeekOfDay { day } => {
            let d = resolve(day, ctx);
            return match d.val {
                Some(Val::Day(day)) => Resolved::date(week_of(day), d.anchor),
                _ => Resolved::unresolved("XXXX-WXX".to_string()),
            };
        }
        Expr::PartAlone { part, overnight } => {
            // The day being told about, as for a bare time of day: one named
            // earlier in the sentence, else the day being reported in a past
            // clause (for "overnight": the night before the document date)
            // or the document date in a future one.
            let day = match (ctx.recent_day, ctx.anchor, ctx.tense) {
                (Some(d), _, _) => Some((d, PreviousTimex)),
                (None, Some(a), Tense::Past) if *overnight => a.pred_opt().map(|d| (d, Document)),
                (None, Some(a), Tense::Past) => {
                    let r = reported_day(ctx, a);
                    match r.val {
                        Some(Val::Day(d)) => Some((d, r.anchor)),
                        _ => None,
                    }
                }
                (None, Some(a), Tense::Future) if *overnight => Some((a, Document)),
                _ => None,
            };
            return match day {
                Some((d, anchor)) => Resolved {
                    kind: TimexType::Time,
                    value: format!("{}T{}", Val::Day(d).timex(), part.code()),
                    anchor,
                    val: Some(Val::Day(d)),
                },
                None => Resolved {
                    kind: TimexType::Time,
                    value: format!("T{}", part.code()),
                    anchor: Absolute,
                    val: None,
                },
            };
        }
        Expr::ThatMonth(m) => {
            return match ctx.prev {
                Some(v) => Resolved::date(Val::Month(v.year(), *m), PreviousTimex),
                None => Resolved::unresolved(format!("XXXX-{m:02}")),
            };
        }
        Expr::Part { date, part } => {
            // "Monday night", "this morning": TIMEX3 times with a part of day.
            let day = resolve(date, ctx);
            return Resolved {
                kind: TimexType::Time,
                value: format!("{}T{}", time_day(&day), part.code()),
                anchor: day.anchor,
                val: day.val,
            };
        }
        _ => {}
    }

    // "an hour later", "24 hours ago": without a clock time to start from,
    // the day they fall on is what can be said.
    if let Expr::Anaphor { unit, n } | Expr::Ago { unit, n } = expr {
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            let hours = match unit {
                Unit::Hour => *n,
                _ => 0,
            };
            let (base, anchor) = match (ctx.prev_day, ctx.anchor) {
                (Some(d), _) if matches!(expr, Expr::Anaphor { .. }) => (Some(d), PreviousTimex),
                (_, Some(a)) => (Some(a), Document),
                _ => (None, Unresolved),
            };
            let days = if matches!(expr, Expr::Ago { .. }) {
                -hours / 24
            } else {
                hours / 24
            };
            return match base.and_then(|d| add_days(d, days)) {
                Some(d) => Resolved::date(Val::Day(d), anchor),
                None => Resolved::unresolved("XXXX-XX-XX".to_string()),
            };
        }
    }
    if let Expr::WeekdayFromPrevious { wd, n } = expr {
        let (base, anchor) = match (ctx.prev_day, ctx.anchor) {
            (Some(d), _) => (d, PreviousTimex),
            (None, Some(a)) => (a, Document),
            _ => return Resolved::unresolved(format!("XXXX-WXX-{wd}")),
        };
        let bw = weekday_num(base) as i64;
        let wd = *wd as i64;
        let offset = if *n < 0 {
            -(match (bw - wd).rem_euclid(7) {
                0 => 7,
                k => k,
            })
        } else {
            match (wd - bw).rem_euclid(7) {
                0 => 7,
                k => k,
            }
        };
        return match add_days(base, offset) {
            Some(d) => Resolved::date(Val::Day(d), anchor),
            None => Resolved::unresolved(format!("XXXX-WXX-{wd}")),
        };
    }
    // Anaphora can resolve against the previous timex even without a document date.
    if let Expr::Anaphor { unit, n } = expr {
        if let Some(r) = resolve_anaphor(*unit, *n, ctx) {
            return r;
        }
    }
    if let Expr::YearEarlier = expr {
        // The period under discussion (a quarter, month or half) a year back;
        // a bare year mentioned before may already be the year-ago one.
        let v = match ctx.period.or(ctx.prev) {
            Some(Val::Quarter(y, q)) => Some(Val::Quarter(y - 1, q)),
            Some(Val::Month(y, m)) => Some(Val::Month(y - 1, m)),
            Some(Val::Half(y, h)) => Some(Val::Half(y - 1, h)),
            _ => None,
        };
        if let Some(v) = v {
            return Resolved::date(v, PreviousTimex);
        }
    }

    let Some(anchor) = ctx.anchor else {
        return Resolved::unresolved(unresolved_placeholder(expr));
    };
    let y = anchor.year();
    let am = anchor.month();
    let val: Option<Val> = match *expr {
        Expr::MonthDay {
            month,
            day,
            weekday,
        } => {
            let cands = day_candidates(anchor, |yy| NaiveDate::from_ymd_opt(yy, month, day));
            if let Some(wd) = weekday {
                // The weekday pins the year: take the matching candidate nearest the anchor.
                cands
                    .iter()
                    .filter(|(d, _)| weekday_num(*d) == wd)
                    .min_by_key(|(_, dist)| dist.abs())
                    .or_else(|| cands.iter().find(|(d, _)| d.year() == y))
                    .map(|(d, _)| Val::Day(*d))
            } else {
                choose(&cands, ctx.tense, Precision::Days).map(Val::Day)
            }
        }
        Expr::Holiday { month, day } => {
            let cands = day_candidates(anchor, |yy| NaiveDate::from_ymd_opt(yy, month, day));
            choose(&cands, ctx.tense, Precision::Days).map(Val::Day)
        }
        // The day in the document's month or a month either side, as a
        // year-less date chooses among years.
        Expr::DayOfMonth(day) => {
            let cands: Vec<(NaiveDate, i64)> = [-1i32, 0, 1]
                .iter()
                .filter_map(|&k| {
                    let months = y * 12 + am as i32 - 1 + k;
                    let month = months.rem_euclid(12) as u32 + 1;
                    NaiveDate::from_ymd_opt(months.div_euclid(12), month, day)
                })
                .map(|d| (d, (d - anchor).num_days()))
                .collect();
            choose(&cands, ctx.tense, Precision::Days).map(Val::Day)
        }
        Expr::Thanksgiving => {
            let cands = day_candidates(anchor, thanksgiving);
            choose(&cands, ctx.tense, Precision::Days).map(Val::Day)
        }
        Expr::Month { month, rel } => {
            let yy = match rel {
                Rel::This => y,
                Rel::Last => {
                    if month < am {
                        y
                    } else {
                        y - 1
                    }
                }
                Rel::Next => {
                    if month > am {
                        y
                    } else {
                        y + 1
                    }
                }
                Rel::None => {
                    // Compare months, not days: "in May" written on 21 May is this May.
                    let cands: Vec<(i32, i64)> = (y - 1..=y + 1)
                        .map(|yy| (yy, (yy - y) as i64 * 12 + month as i64 - am as i64))
                        .collect();
                    choose(&cands, ctx.tense, Precision::Months).unwrap_or(y)
                }
            };
            Some(Val::Month(yy, month))
        }
        Expr::Weekday { wd, rel } => {
            let aw = weekday_num(anchor) as i64;
            let wd = wd as i64;
            let back = (aw - wd).rem_euclid(7); // days back to the most recent wd (0 = today)
            let fwd = (wd - aw).rem_euclid(7);
            let offset = match rel {
                // "last Tuesday" is the Tuesday of the week before the
                // anchor's (weeks from Monday): on a Thursday, nine days
                // back, not two, which news writes as plain "Tuesday".
                Rel::Last => wd - aw - 7,
                Rel::Next => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Rel::This => wd - aw,
                Rel::None => match ctx.tense {
                    Tense::Future => fwd,
                    Tense::Nearest if fwd < back => fwd,
                    _ => -back,
                },
            };
            add_days(anchor, offset).and_then(|day| match ctx.range_from {
                // The end of a range is not before its start: the first such
                // weekday after it ("from Tuesday to Friday" on a Thursday).
                Some(from) if rel == Rel::None && day < from => {
                    let ahead = match (wd - weekday_num(from) as i64).rem_euclid(7) {
                        0 => 7,
                        k => k,
                    };
                    add_days(from, ahead).map(Val::Day)
                }
                _ => Some(Val::Day(day)),
            })
        }
        Expr::Quarter { q, rel } => {
            let cq = quarter_of(anchor);
            if q == 0 {
                let n = match rel {
                    Rel::Last => -1,
                    Rel::Next => 1,
                    _ => 0,
                };
                let (yy, m) = add_months(y, (cq - 1) * 3 + 1, n * 3);
                Some(Val::Quarter(yy, (m - 1) / 3 + 1))
            } else {
                // Quarters are reported after they end, so tense says little
                // ("expects to report a third-quarter loss" in November is this year's Q3).
                let yy = match rel {
                    Rel::This => y,
                    Rel::Last => {
                        if q < cq {
                            y
                        } else {
                            y - 1
                        }
                    }
                    Rel::Next => {
                        if q > cq {
                            y
                        } else {
                            y + 1
                        }
                    }
                    // A quarter that has not begun, in a future clause: this year's.
                    Rel::None if q > cq && ctx.tense == Tense::Future => y,
                    Rel::None => {
                        if q <= cq {
                            y
                        } else {
                            y - 1
                        }
                    }
                };
                Some(Val::Quarter(yy, q))
            }
        }
        Expr::MonthOffset { month, years } => Some(Val::Month(y + years as i32, month)),
        Expr::QuarterOffset { q, years } => Some(Val::Quarter(y + years as i32, q)),
        Expr::HalfOffset { h, years } => Some(Val::Half(y + years as i32, h)),
        Expr::Half { h } => {
            let ch = if am <= 6 { 1 } else { 2 };
            let yy = match ctx.tense {
                Tense::Future => {
                    if h >= ch {
                        y
                    } else {
                        y + 1
                    }
                }
                _ => {
                    if h <= ch {
                        y
                    } else {
                        y - 1
                    }
                }
            };
            Some(Val::Half(yy, h))
        }
        Expr::Season { s, rel } => {
            let (cy, cs) = season_of(anchor);
            let cur = season_index(cy, cs);
            // Seasons with index s within the previous, current and next cycle.
            let cands: Vec<i64> = (cy - 1..=cy + 1).map(|yy| season_index(yy, s)).collect();
            let chosen = match rel {
                Rel::This => cands
                    .iter()
                    .copied()
                    .filter(|c| (c - cur).abs() < 4)
                    .min_by_key(|c| (c - cur).abs()),
                Rel::Last => cands.iter().copied().filter(|c| *c < cur).max(),
                Rel::Next => cands.iter().copied().filter(|c| *c > cur).min(),
                Rel::None => {
                    let scored: Vec<(i64, i64)> =
                        cands.iter().map(|c| (*c, (c - cur) * 3)).collect();
                    choose(&scored, ctx.tense, Precision::Months)
                }
            };
            chosen.map(|c| Val::Season(c.div_euclid(4) as i32, c.rem_euclid(4) as u8))
        }
        Expr::DayOffset(n) => add_days(anchor, n).map(Val::Day),
        Expr::UnitOffset {
            unit: Unit::Weekend,
            n,
        } => {
            // "this weekend" is the coming (or current) one unless the clause is
            // past; "the weekend" the one just gone unless it is future;
            // "last weekend" the one before the current week, "next weekend" the one after.
            let on_weekend = weekday_num(anchor) >= 6;
            let shift = match (n, ctx.tense) {
                (1, _) => 7,
                (0, Tense::Past) if !on_weekend => -7,
                (0, _) => 0,
                _ => -7,
            };
            weekend_of(anchor, shift)
        }
        Expr::TheWeekend => {
            let on_weekend = weekday_num(anchor) >= 6;
            let shift = if ctx.tense == Tense::Future || on_weekend {
                0
            } else {
                -7
            };
            weekend_of(anchor, shift)
        }
        Expr::UnitOffset { unit, n } => offset_val(anchor, unit, n, ctx.prev),
        Expr::FiscalYearOffset(n) => Some(Val::FiscalYear(y + n as i32)),
        Expr::Ago { unit, n } => {
            if unit == Unit::Year && n == 1 {
                // "a year ago" next to a quarter means that quarter a year back.
                match ctx.period {
                    Some(Val::Quarter(py, q)) if py == y || py == y - 1 => {
                        Some(Val::Quarter(py - 1, q))
                    }
                    _ => Some(Val::Year(y - 1)),
                }
            } else {
                match unit {
                    Unit::Day => add_days(anchor, -n).map(Val::Day),
                    Unit::Week => add_days(anchor, -7 * n).map(week_of),
                    Unit::Fortnight => add_days(anchor, -14 * n).map(week_of),
                    Unit::Month => {
                        let (yy, mm) = add_months(y, am, -n);
                        Some(Val::Month(yy, mm))
                    }
                    Unit::Quarter => {
                        let (yy, mm) = add_months(y, am, -3 * n);
                        Some(Val::Quarter(yy, (mm - 1) / 3 + 1))
                    }
                    Unit::Year => Some(Val::Year(y - n as i32)),
                    // "a decade ago" names a year, not a decade: 2019 → 2009.
                    Unit::Decade => Some(Val::Year(y - 10 * n as i32)),
                    Unit::Century => Some(Val::Year(y - 100 * n as i32)),
                    _ => Some(Val::Day(anchor)),
                }
            }
        }
        Expr::Anaphor { unit, n } => offset_val(anchor, unit, n, None),
        Expr::LatestQuarter => {
            let (yy, m) = add_months(y, (quarter_of(anchor) - 1) * 3 + 1, -3);
            Some(Val::Quarter(yy, (m - 1) / 3 + 1))
        }
        Expr::QuarterRef => match ctx.period {
            Some(Val::Quarter(py, q)) => {
                return Resolved::date(Val::Quarter(py, q), PreviousTimex);
            }
            _ => {
                // The quarter under discussion in news is the last one completed.
                let (yy, m) = add_months(y, (quarter_of(anchor) - 1) * 3 + 1, -3);
                Some(Val::Quarter(yy, (m - 1) / 3 + 1))
            }
        },
        Expr::YearEarlier => Some(Val::Year(y - 1)),
        Expr::NewYear => Some(Val::Year(if am >= 7 { y + 1 } else { y })),
        _ => None,
    };
    match val {
        Some(v) => Resolved::date(v, Document),
        None => Resolved::unresolved(unresolved_placeholder(expr)),
    }
}

/// The weekend of the ISO week `shift` days from the anchor.
fn weekend_of(anchor: NaiveDate, shift: i64) -> Option<Val> {
    add_days(anchor, shift).map(|d| match week_of(d) {
        Val::Week(wy, w) => Val::Weekend(wy, w),
        other => other,
    })
}

/// The period `n` units away from the anchor day ("last week", "next year").
pub(super) fn offset_val(anchor: NaiveDate, unit: Unit, n: i64, _prev: Option<Val>) -> Option<Val> {
    let y = anchor.year();
    match unit {
        Unit::Day => add_days(anchor, n).map(Val::Day),
        Unit::Week | Unit::Fortnight => add_days(anchor, 7 * n).map(week_of),
        Unit::Weekend => add_days(anchor, 7 * n).map(|d| match week_of(d) {
            Val::Week(wy, w) => Val::Weekend(wy, w),
            other => other,
        }),
        Unit::Month => {
            let (yy, m) = add_months(y, anchor.month(), n);
            Some(Val::Month(yy, m))
        }
        Unit::Quarter => {
            let (yy, m) = add_months(y, (quarter_of(anchor) - 1) * 3 + 1, 3 * n);
            Some(Val::Quarter(yy, (m - 1) / 3 + 1))
        }
        Unit::Year => Some(Val::Year(y + n as i32)),
        Unit::Decade => Some(Val::Decade(y / 10 + n as i32)),
        Unit::Century => Some(Val::Century(y / 100 + n as i32)),
        Unit::Hour | Unit::Minute | Unit::Second => Some(Val::Day(anchor)),
    }
}

/// "the previous day", "that year", "two days later": relative to the
/// previous timex when there is one of fitting precision, else to the document date.
fn resolve_anaphor(unit: Unit, n: i64, ctx: &Context) -> Option<Resolved> {
    let (base, anchor) = match unit {
        Unit::Day | Unit::Week | Unit::Weekend => match (ctx.prev_day, ctx.anchor) {
            (Some(d), _) => (d, TimexAnchor::PreviousTimex),
            (None, Some(a)) => (a, TimexAnchor::Document),
            _ => return None,
        },
        _ => match (ctx.prev, ctx.anchor) {
            (Some(_), _)
                if unit == Unit::Year
                    && n == -1
                    && matches!(ctx.period, Some(Val::Quarter(..))) =>
            {
                // "a year earlier" in a results report: the current quarter, a year back.
                let Some(Val::Quarter(py, q)) = ctx.period else {
                    return None;
                };
                return Some(Resolved::date(
                    Val::Quarter(py - 1, q),
                    TimexAnchor::PreviousTimex,
                ));
            }
            (Some(v), _) => {
                if let (Unit::Year, Val::Quarter(py, q)) = (unit, v) {
                    return Some(Resolved::date(
                        Val::Quarter(py + n as i32, q),
                        TimexAnchor::PreviousTimex,
                    ));
                }
                if let (Unit::Year, Val::Month(py, m)) = (unit, v) {
                    if n != 0 {
                        return Some(Resolved::date(
                            Val::Month(py + n as i32, m),
                            TimexAnchor::PreviousTimex,
                        ));
                    }
                }
                (v.first_day()?, TimexAnchor::PreviousTimex)
            }
            (None, Some(a)) => (a, TimexAnchor::Document),
            _ => return None,
        },
    };
    offset_val(base, unit, n, None).map(|v| Resolved::date(v, anchor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::lexer::tokenize;
    use crate::timex::recognize::Parser;

    /// For every expression [`reads_tense`] says is placed without the
    /// tense, [`resolve`] gives the same result under every tense; and the
    /// sample texts hold expressions whose result does depend on it.
    #[test]
    fn tense_is_read_only_where_said() {
        let texts = [
            "He met her on Monday and will meet again next Friday at 3 p.m.",
            "In June, the company said sales fell in the third quarter of 2020.",
            "The talks, held on May 21, 2020, resume on Tuesday morning or this weekend.",
            "Two years ago, in the spring, prices rose; the first half was weak.",
            "The deal is due to close in the second half, by March or in the autumn.",
            "On Nov. 22, the day after, at 10:30 GMT, officials met; later that week they left.",
            "Yesterday and today, 2020-05-21 18:40, the 1990s, every Monday, for three weeks.",
            "The second week of November, Christmas Eve, Thanksgiving, on Friday night.",
            "Last month, next year, this quarter, the past year, in 2019, since February.",
            "The meeting on Wednesday; the vote in December; the report in Q3; early next week.",
            "It closed at 7.30 p.m. on Sunday, two days later, a year earlier, the weekend.",
        ];
        let anchor = NaiveDate::from_ymd_opt(2020, 5, 27);
        let (mut fixed, mut differs) = (0, 0);
        for text in texts {
            let toks = tokenize(text);
            let parser = Parser {
                text,
                toks: &toks,
                day_first: false,
            };
            for i in 0..toks.len() {
                let Some(m) = parser.parse_at(i) else {
                    continue;
                };
                for prev_day in [None, NaiveDate::from_ymd_opt(2020, 5, 20)] {
                    let results: Vec<Resolved> = [Tense::Past, Tense::Future, Tense::Unknown]
                        .into_iter()
                        .map(|tense| {
                            let ctx = Context {
                                anchor,
                                prev: prev_day.map(Val::Day),
                                prev_day,
                                period: None,
                                tense,
                                recent_day: prev_day,
                                range_from: None,
                            };
                            resolve(&m.expr, &ctx)
                        })
                        .collect();
                    let same = results.iter().all(|r| *r == results[0]);
                    if !reads_tense(&m.expr) {
                        fixed += 1;
                        assert!(same, "{text:?} at {i}: {:?}", m.expr);
                    } else if !same {
                        differs += 1;
                    }
                }
            }
        }
        assert!(fixed >= 20 && differs >= 10, "{fixed} {differs}");
    }
}
