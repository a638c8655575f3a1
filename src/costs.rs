//! How a measure's money falls into calendar years: investment spread evenly over its
//! period (exact to the cent), running costs in every year of the period, follow-up costs
//! every year after it ends. Funding shares apply to investment and running costs.

use rust_decimal::Decimal;

use crate::model::Massnahme;
use crate::model::plan::Laufzeit;
use crate::model::types::Euro;

/// Split an amount into `n` parts that add up exactly; the last part takes the remainder.
pub fn split(total: Euro, n: usize) -> Vec<Euro> {
    if n == 0 {
        return Vec::new();
    }
    let part = (total.0 / Decimal::from(n))
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
    let mut parts = vec![Euro(part); n];
    parts[n - 1] = Euro(total.0 - part * Decimal::from(n - 1));
    parts
}

/// The investment of a measure per calendar year of its period. Without a period the
/// whole amount is booked to `fallback_jahr`.
pub fn investition_je_jahr(m: &Massnahme, fallback_jahr: i32) -> Vec<(i32, Euro)> {
    let years = jahre(m, fallback_jahr);
    let parts = split(m.investition_gesamt(), years.len());
    years.into_iter().zip(parts).collect()
}

/// The calendar years a measure runs in (`fallback_jahr` without a period).
fn jahre(m: &Massnahme, fallback_jahr: i32) -> Vec<i32> {
    match &m.zeitraum {
        Some(z) if z.von.jahr() <= z.bis.jahr() => z.jahre().collect(),
        _ => vec![fallback_jahr],
    }
}

/// Running costs of a measure in each year of its period.
pub fn laufend_je_jahr(m: &Massnahme, fallback_jahr: i32) -> Vec<(i32, Euro)> {
    let Some(jaehrlich) = m.laufende_kosten_jaehrlich else {
        return Vec::new();
    };
    jahre(m, fallback_jahr)
        .into_iter()
        .map(|j| (j, jaehrlich))
        .collect()
}

/// What the funding shares of a measure apply to, per year: investment plus running costs.
pub fn foerderbasis_je_jahr(m: &Massnahme, fallback_jahr: i32) -> Vec<(i32, Euro)> {
    let mut out = investition_je_jahr(m, fallback_jahr);
    for (j, e) in laufend_je_jahr(m, fallback_jahr) {
        match out.iter_mut().find(|(y, _)| *y == j) {
            Some((_, sum)) => *sum += e,
            None => out.push((j, e)),
        }
    }
    out
}

/// What the funding shares of a measure apply to, in total.
pub fn foerderbasis(m: &Massnahme) -> Euro {
    foerderbasis_je_jahr(m, 0).into_iter().map(|(_, e)| e).sum()
}

/// Follow-up costs of a measure in each plan year after the measure ends.
pub fn folgekosten_je_jahr(m: &Massnahme, laufzeit: &Laufzeit) -> Vec<(i32, Euro)> {
    let Some(jaehrlich) = m.folgekosten_jaehrlich else {
        return Vec::new();
    };
    let ende = m.zeitraum.map(|z| z.bis.jahr()).unwrap_or(laufzeit.von);
    ((ende + 1).max(laufzeit.von)..=laufzeit.bis)
        .map(|j| (j, jaehrlich))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn split_is_exact() {
        let parts = split(Euro(Decimal::from_str("100").unwrap()), 3);
        assert_eq!(
            parts.iter().copied().sum::<Euro>(),
            Euro(Decimal::from(100))
        );
        assert_eq!(parts[0].0.to_string(), "33.33");
        assert_eq!(parts[2].0.to_string(), "33.34");
    }
}
