//! Resolved calendar values and their TIMEX3 spelling.

use chrono::{Datelike, Duration, NaiveDate};

/// A point or period on the calendar at its natural granularity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Val {
    Day(NaiveDate),
    Month(i32, u32),
    Year(i32),
    /// A fiscal year, named by the calendar year it ends in: `FY2020`.
    FiscalYear(i32),
    /// ISO year and week.
    Week(i32, u32),
    /// The weekend of an ISO week.
    Weekend(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    /// Season index: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(i32, u8),
    /// The first three digits of the decade's years: 199 for the 1990s.
    Decade(i32),
    /// The first two digits of the century's years: 19 for the 20th century.
    Century(i32),
}

pub const SEASON_CODES: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Val {
    pub fn timex(&self) -> String {
        match *self {
            // Years 0–9999 by hand (most values): `format!` cost more than
            // finding the date.
            Val::Day(d) if (0..=9999).contains(&d.year()) => {
                let mut s = String::with_capacity(10);
                push_digits(&mut s, d.year() as u32, 4);
                s.push('-');
                push_digits(&mut s, d.month(), 2);
                s.push('-');
                push_digits(&mut s, d.day(), 2);
                s
            }
            Val::Month(y, m) if (0..=9999).contains(&y) && m <= 99 => {
                let mut s = String::with_capacity(7);
                push_digits(&mut s, y as u32, 4);
                s.push('-');
                push_digits(&mut s, m, 2);
                s
            }
            Val::Year(y) if (0..=9999).contains(&y) => {
                let mut s = String::with_capacity(4);
                push_digits(&mut s, y as u32, 4);
                s
            }
            Val::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Val::Month(y, m) => format!("{y:04}-{m:02}"),
            Val::Year(y) => format!("{y:04}"),
            Val::FiscalYear(y) => format!("FY{y:04}"),
            Val::Week(y, w) => format!("{y:04}-W{w:02}"),
            Val::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Val::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Val::Half(y, h) => format!("{y:04}-H{h}"),
            Val::Season(y, s) => format!("{y:04}-{}", SEASON_CODES[s as usize & 3]),
            Val::Decade(d) => format!("{d:03}"),
            Val::Century(c) => format!("{c:02}"),
        }
    }

    /// The year this value falls in (its start).
    pub fn year(&self) -> i32 {
        match *self {
            Val::Day(d) => d.year(),
            Val::Month(y, _)
            | Val::Year(y)
            | Val::FiscalYear(y)
            | Val::Week(y, _)
            | Val::Weekend(y, _)
            | Val::Quarter(y, _)
            | Val::Half(y, _)
            | Val::Season(y, _) => y,
            Val::Decade(d) => d * 10,
            Val::Century(c) => c * 100,
        }
    }

    /// A representative day (the first day of the period).
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            Val::Day(d) => Some(d),
            Val::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Val::Year(y) | Val::FiscalYear(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Val::Week(y, w) | Val::Weekend(y, w) => {
                NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
            }
            Val::Quarter(y, q) => NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1),
            Val::Half(y, h) => NaiveDate::from_ymd_opt(y, (h - 1) * 6 + 1, 1),
            Val::Season(y, s) => NaiveDate::from_ymd_opt(y, [3, 6, 9, 12][s as usize & 3], 1),
            Val::Decade(d) => NaiveDate::from_ymd_opt(d * 10, 1, 1),
            Val::Century(c) => NaiveDate::from_ymd_opt(c * 100, 1, 1),
        }
    }
}

/// Appends the `width` low decimal digits of `n`, zero-padded (`n` < 10^width).
fn push_digits(s: &mut String, n: u32, width: u32) {
    for k in (0..width).rev() {
        s.push((b'0' + (n / 10u32.pow(k) % 10) as u8) as char);
    }
}

pub fn week_of(d: NaiveDate) -> Val {
    let w = d.iso_week();
    Val::Week(w.year(), w.week())
}

pub fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

/// Adds `n` months to (year, month).
pub fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let total = y as i64 * 12 + (m as i64 - 1) + n;
    (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u32,
    )
}

pub fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(Duration::try_days(n)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_formatted_values_match_format() {
        for y in [0, 7, 99, 999, 1987, 2020, 9999] {
            for (m, d) in [(1, 1), (2, 29), (12, 31)] {
                if let Some(day) = NaiveDate::from_ymd_opt(y, m, d) {
                    let want = format!("{y:04}-{m:02}-{d:02}");
                    assert_eq!(Val::Day(day).timex(), want);
                }
                assert_eq!(Val::Month(y, m).timex(), format!("{y:04}-{m:02}"));
            }
            assert_eq!(Val::Year(y).timex(), format!("{y:04}"));
        }
        assert_eq!(Val::Year(-5).timex(), "-005");
        assert_eq!(Val::Year(12345).timex(), "12345");
        assert_eq!(Val::Month(2020, 123).timex(), "2020-123");
    }
}
