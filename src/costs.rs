//! How a measure's money falls into calendar years: investment spread evenly over its
//! period (exact to the cent), running costs in every year of the period, follow-up costs
//! every year after it ends. Funding shares apply to investment and running costs.

use rust_decimal::Decimal;

use crate::model::Massnahme;
use crate::model::plan::Laufzeit;
use crate::model::types::Euro;

/// Split an amount into parts by weight that add up exactly: each part is cut to the cent,
/// the last part with a weight takes what the cuts left over.
pub fn split_weighted(total: Euro, weights: &[Decimal]) -> Vec<Euro> {
    let sum: Decimal = weights.iter().sum();
    if sum.is_zero() {
        return vec![Euro::ZERO; weights.len()];
    }
    let mut parts: Vec<Euro> = weights
        .iter()
        .map(|w| {
            Euro(
                (total.0 * w / sum)
                    .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero),
            )
        })
        .collect();
    let rest = total - parts.iter().copied().sum();
    if let Some(i) = weights.iter().rposition(|w| !w.is_zero()) {
        parts[i] += rest;
    }
    parts
}

/// Split an amount into `n` equal parts that add up exactly.
pub fn split(total: Euro, n: usize) -> Vec<Euro> {
    split_weighted(total, &vec![Decimal::ONE; n])
}

/// Each funding share's part of an amount. When the shares add up to 100 % the parts add up
/// to the amount exactly; otherwise (a plan with error E112) each share is taken as written.
pub fn anteile(betrag: Euro, anteile: &[Decimal]) -> Vec<Euro> {
    if anteile.iter().sum::<Decimal>() == Decimal::ONE_HUNDRED {
        split_weighted(betrag, anteile)
    } else {
        anteile
            .iter()
            .map(|a| Euro((betrag.0 * a / Decimal::ONE_HUNDRED).round_dp(2)))
            .collect()
    }
}

/// What each source of a measure pays, per year: `(source id, year, amount)`.
pub fn quellen_je_jahr(m: &Massnahme, fallback_jahr: i32) -> Vec<(&str, i32, Euro)> {
    let shares: Vec<Decimal> = m.finanzierung.iter().map(|a| a.anteil.0).collect();
    let mut out = Vec::new();
    for (jahr, betrag) in foerderbasis_je_jahr(m, fallback_jahr) {
        for (a, part) in m.finanzierung.iter().zip(anteile(betrag, &shares)) {
            out.push((a.quelle.as_str(), jahr, part));
        }
    }
    out
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
    fn weighted_split_and_shares_add_up_to_the_cent() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        let total = Euro(d("100.01"));
        let schools = split_weighted(total, &[d("1"), d("1"), d("1")]);
        assert_eq!(schools.iter().copied().sum::<Euro>(), total);
        let shares = anteile(total, &[d("50"), d("50")]);
        assert_eq!(shares.iter().copied().sum::<Euro>(), total);
        let odd = anteile(Euro(d("333.33")), &[d("33.3"), d("66.7")]);
        assert_eq!(odd.iter().copied().sum::<Euro>(), Euro(d("333.33")));
    }

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
