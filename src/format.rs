//! German (and English) number, money and date formatting: `1.234,56 €`, `15.03.2026`.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::i18n::Lang;
use crate::model::types::{Datum, Euro, Zeitpunkt};

/// Group the integer digits in threes and join with the decimal part.
fn grouped(int: &str, frac: &str, lang: Lang) -> String {
    let (neg, digits) = match int.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, int),
    };
    let sep = lang.pick(".", ",");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if neg {
        out.insert(0, '-');
    }
    if !frac.is_empty() {
        out.push_str(lang.pick(",", "."));
        out.push_str(frac);
    }
    out
}

/// A number with a fixed count of decimals: `zahl(1234.5, 1, De)` → `1.234,5`.
pub fn zahl(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{x:.decimals$}");
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    grouped(int, frac, lang)
}

/// A decimal as written, trailing zeros dropped: `12,5`.
pub fn dezimal(d: Decimal, lang: Lang) -> String {
    let s = d.normalize().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    grouped(int, frac, lang)
}

/// Money to the cent: `1.234,56 €` (German) or `€1,234.56` (English).
pub fn euro(e: Euro, lang: Lang) -> String {
    let s = format!("{:.2}", e.0.round_dp(2));
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    match lang {
        Lang::De => format!("{} €", grouped(int, frac, lang)),
        Lang::En => format!("€{}", grouped(int, frac, lang)),
    }
}

/// Money rounded to whole euros, for tables: `1.235 €`.
pub fn euro_rund(e: Euro, lang: Lang) -> String {
    let s = e.0.round_dp(0).normalize().to_string();
    match lang {
        Lang::De => format!("{} €", grouped(&s, "", lang)),
        Lang::En => format!("€{}", grouped(&s, "", lang)),
    }
}

/// Dates as `15.03.2026` (German) or `2026-03-15` (English, ISO).
pub fn datum(d: Datum, lang: Lang) -> String {
    match lang {
        Lang::De => format!("{:02}.{:02}.{:04}", d.tag, d.monat, d.jahr),
        Lang::En => d.to_string(),
    }
}

/// A point in time as the documents (plan and Synopse) write it: `2027`, `Juni 2027`,
/// `15.03.2027`, and a half-year — a CALENDAR half-year (`"2027-H1"`) — by its months,
/// `Jan.–Jun. 2027` / `Jul.–Dez. 2027`, so that it cannot be read as a school half-year.
/// The one formatter for render and diff.
pub fn zeitpunkt(z: Zeitpunkt) -> String {
    const MONATE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    match z {
        Zeitpunkt::Jahr(j) => j.to_string(),
        Zeitpunkt::Halbjahr(j, 1) => format!("Jan.–Jun. {j}"),
        Zeitpunkt::Halbjahr(j, _) => format!("Jul.–Dez. {j}"),
        Zeitpunkt::Monat(j, m) => {
            let name = MONATE.get(usize::from(m).wrapping_sub(1)).unwrap_or(&"");
            format!("{name} {j}")
        }
        Zeitpunkt::Datum(d) => datum(d, Lang::De),
    }
}

/// A period as the documents write it: `2026 – 2027`; calendar half-years by their first
/// and last month, `Jan.–Dez. 2026` within a year, `Jul. 2026 – Jun. 2027` across years.
pub fn zeitraum(von: Zeitpunkt, bis: Zeitpunkt) -> String {
    match (von, bis) {
        _ if von == bis => zeitpunkt(von),
        (Zeitpunkt::Halbjahr(a, h), Zeitpunkt::Halbjahr(b, k)) if a == b => {
            format!("{}–{} {a}", erster_monat(h), letzter_monat(k))
        }
        _ => {
            let start = match von {
                Zeitpunkt::Halbjahr(j, h) => format!("{} {j}", erster_monat(h)),
                other => zeitpunkt(other),
            };
            let ende = match bis {
                Zeitpunkt::Halbjahr(j, h) => format!("{} {j}", letzter_monat(h)),
                other => zeitpunkt(other),
            };
            format!("{start} – {ende}")
        }
    }
}

fn erster_monat(h: u8) -> &'static str {
    if h == 1 { "Jan." } else { "Jul." }
}

fn letzter_monat(h: u8) -> &'static str {
    if h == 1 { "Jun." } else { "Dez." }
}

/// Both language forms of a number, for bilingual messages.
pub fn zahl2(x: f64, decimals: usize) -> (String, String) {
    (zahl(x, decimals, Lang::De), zahl(x, decimals, Lang::En))
}

/// Both language forms of an amount, for bilingual messages.
pub fn euro2(e: Euro) -> (String, String) {
    (euro(e, Lang::De), euro(e, Lang::En))
}

/// A decimal as f64 for ratios (never for money sums).
pub fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn german_forms() {
        assert_eq!(
            euro(Euro(Decimal::from_str("1234.5").unwrap()), Lang::De),
            "1.234,50 €"
        );
        assert_eq!(
            euro(Euro(Decimal::from_str("1234567").unwrap()), Lang::En),
            "€1,234,567.00"
        );
        assert_eq!(zahl(7.25, 1, Lang::De), "7,2");
        assert_eq!(zahl(-1234.0, 0, Lang::De), "-1.234");
        assert_eq!(
            datum(Datum::parse("2026-03-15").unwrap(), Lang::De),
            "15.03.2026"
        );
        assert_eq!(
            dezimal(Decimal::from_str("12.50").unwrap(), Lang::De),
            "12,5"
        );
    }

    #[test]
    fn a_half_year_is_written_by_its_calendar_months() {
        assert_eq!(zeitpunkt(Zeitpunkt::Halbjahr(2026, 1)), "Jan.–Jun. 2026");
        assert_eq!(zeitpunkt(Zeitpunkt::Halbjahr(2026, 2)), "Jul.–Dez. 2026");
        assert_eq!(zeitpunkt(Zeitpunkt::Monat(2027, 6)), "Juni 2027");
        assert_eq!(zeitpunkt(Zeitpunkt::Jahr(2027)), "2027");
        let h = Zeitpunkt::Halbjahr;
        assert_eq!(zeitraum(h(2026, 1), h(2026, 2)), "Jan.–Dez. 2026");
        assert_eq!(zeitraum(h(2026, 2), h(2027, 1)), "Jul. 2026 – Jun. 2027");
        assert_eq!(zeitraum(h(2026, 2), h(2026, 2)), "Jul.–Dez. 2026");
        assert_eq!(
            zeitraum(Zeitpunkt::Jahr(2026), h(2027, 1)),
            "2026 – Jun. 2027"
        );
        assert_eq!(
            zeitpunkt(Zeitpunkt::Datum(Datum::parse("2027-03-15").unwrap())),
            "15.03.2027"
        );
    }
}
