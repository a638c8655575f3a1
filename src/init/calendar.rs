//! The current calendar year, for the default start of a new plan.

use std::time::{SystemTime, UNIX_EPOCH};

/// The calendar year (UTC) of the system clock.
pub fn current_year() -> i32 {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    year_of_day((secs / 86_400) as i64)
}

/// Year of a day counted from 1970-01-01, after Howard Hinnant's `civil_from_days`.
fn year_of_day(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2)) as i32
}

#[cfg(test)]
mod tests {
    use super::year_of_day;

    #[test]
    fn years_turn_at_new_year() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(364), 1970);
        assert_eq!(year_of_day(365), 1971);
        // 2026-12-31 and 2027-01-01
        assert_eq!(year_of_day(20_818), 2026);
        assert_eq!(year_of_day(20_819), 2027);
        // 2024-02-29, a leap day
        assert_eq!(year_of_day(19_782), 2024);
    }
}
