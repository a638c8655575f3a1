//! How a measure's money falls into calendar years: investment spread evenly over its
//! period (exact to the cent), running costs in every year of the period, follow-up costs
//! every year after it ends. Funding shares apply to investment and running costs.

use rust_decimal::Decimal;

use crate::model::Massnahme;
use crate::model::plan::Laufzeit;
use crate::model::types::Euro;

/// Split an amount into parts by weight that add up exactly (largest remainder): each part
/// is its exact share cut down to the cent; the cents the cuts left over go one each to the
/// parts with the largest remainders (earlier parts first on a tie). So the parts always add
/// up to the total and each part lies within one cent of its exact value.
pub fn split_weighted(total: Euro, weights: &[Decimal]) -> Vec<Euro> {
    let sum: Decimal = weights.iter().filter(|w| w.is_sign_positive()).sum();
    if sum.is_zero() {
        return vec![Euro::ZERO; weights.len()];
    }
    let hundred = Decimal::ONE_HUNDRED;
    let cents = (total.0 * hundred).round();
    let (sign, cents) = if cents.is_sign_negative() {
        (-Decimal::ONE, -cents)
    } else {
        (Decimal::ONE, cents)
    };
    let exact: Vec<Decimal> = weights
        .iter()
        .map(|w| {
            if w.is_sign_positive() {
                cents * w / sum
            } else {
                Decimal::ZERO
            }
        })
        .collect();
    let mut parts: Vec<Decimal> = exact.iter().map(|e| e.floor()).collect();
    let rest = cents - parts.iter().sum::<Decimal>();
    let mut order: Vec<usize> = (0..weights.len())
        .filter(|&i| !exact[i].is_zero())
        .collect();
    // Stable sort: on equal remainders the earlier part comes first.
    order.sort_by(|&a, &b| (exact[b] - parts[b]).cmp(&(exact[a] - parts[a])));
    let rest = rest.to_string().parse::<usize>().unwrap_or(0);
    for &i in order.iter().cycle().take(rest) {
        parts[i] += Decimal::ONE;
    }
    parts
        .into_iter()
        .map(|c| Euro(sign * c / hundred))
        .collect()
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

/// What each funding line of a measure pays, per year: `(source id, year, amount)`.
///
/// A line with `betrag` (a grant notice's amount) pays that amount, spread over the years in
/// proportion to the base of each year. What the amounts leave of each year's base goes to
/// the lines without amount, by their shares (largest remainder). Lines with shares only
/// that do not add up to 100 % (error E112) are each taken as written.
pub fn quellen_je_jahr(m: &Massnahme, fallback_jahr: i32) -> Vec<(&str, i32, Euro)> {
    let basis = foerderbasis_je_jahr(m, fallback_jahr);
    let gewichte: Vec<Decimal> = basis.iter().map(|(_, e)| e.0).collect();
    // Each line's amount per year (in the order of `basis`), `None` for share lines.
    let betraege: Vec<Option<Vec<Euro>>> = m
        .finanzierung
        .iter()
        .map(|a| {
            a.betrag.map(|b| {
                if gewichte.iter().any(|g| !g.is_zero()) {
                    split_weighted(b, &gewichte)
                } else {
                    // No base to spread by: the whole amount in the first year.
                    let mut v = vec![Euro::ZERO; gewichte.len()];
                    if let Some(first) = v.first_mut() {
                        *first = b;
                    }
                    v
                }
            })
        })
        .collect();
    let shares: Vec<Decimal> = m
        .finanzierung
        .iter()
        .zip(&betraege)
        .map(|(a, b)| match b {
            Some(_) => Decimal::ZERO,
            None => a.anteil.map(|p| p.0).unwrap_or_default(),
        })
        .collect();
    let nur_anteile = betraege.iter().all(Option::is_none);
    let mut out = Vec::new();
    for (yi, &(jahr, base)) in basis.iter().enumerate() {
        let fest: Euro = betraege.iter().flatten().map(|v| v[yi]).sum();
        let rest = if base > fest { base - fest } else { Euro::ZERO };
        let verteilt = if nur_anteile {
            anteile(base, &shares)
        } else {
            split_weighted(rest, &shares)
        };
        for (li, a) in m.finanzierung.iter().enumerate() {
            let part = match &betraege[li] {
                Some(v) => v[yi],
                None => verteilt[li],
            };
            out.push((a.quelle.as_str(), jahr, part));
        }
    }
    out
}

/// The part of a measure's base per year no funding line covers (shares below 100 %,
/// amounts below the base, or no lines at all).
pub fn ungedeckt_je_jahr(m: &Massnahme, fallback_jahr: i32) -> Vec<(i32, Euro)> {
    let teile = quellen_je_jahr(m, fallback_jahr);
    foerderbasis_je_jahr(m, fallback_jahr)
        .into_iter()
        .map(|(jahr, base)| {
            let gedeckt: Euro = teile
                .iter()
                .filter(|(_, j, _)| *j == jahr)
                .map(|(_, _, e)| *e)
                .sum();
            (
                jahr,
                if base > gedeckt {
                    base - gedeckt
                } else {
                    Euro::ZERO
                },
            )
        })
        .filter(|(_, e)| !e.0.is_zero())
        .collect()
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
    fn largest_remainder_gives_the_cents_to_the_largest_remainders() {
        let d = |s: &str| Decimal::from_str(s).unwrap();
        // 90 % / 10 % of 107,329.28: exact 96,596.352 and 10,732.928; the cent left over
        // goes to the larger remainder (0.928).
        let parts = split_weighted(Euro(d("107329.28")), &[d("90"), d("10")]);
        assert_eq!(parts[0].0.to_string(), "96596.35");
        assert_eq!(parts[1].0.to_string(), "10732.93");
        // Not the last part by default: 1/3 each of 0.02 goes to the first two.
        let parts = split_weighted(Euro(d("0.02")), &[d("1"), d("1"), d("1")]);
        let c = |s: &str| Euro(d(s));
        assert_eq!(parts, [c("0.01"), c("0.01"), c("0")]);
        let neg = split_weighted(Euro(d("-10.00")), &[d("1"), d("2")]);
        assert_eq!(neg.iter().copied().sum::<Euro>(), Euro(d("-10.00")));
    }

    fn massnahme(toml_text: &str) -> Massnahme {
        toml::from_str(toml_text).unwrap()
    }

    #[test]
    fn a_notice_amount_wins_and_the_rest_goes_to_the_shares() {
        let m = massnahme(
            r#"
            id = "m"
            titel = "M"
            investition = 107329.28
            finanzierung = [
              { quelle = "dp", anteil = 90, betrag = 96596.36 },
              { quelle = "eigen", anteil = 10 },
            ]
            "#,
        );
        let t = quellen_je_jahr(&m, 2025);
        assert_eq!(t[0].2.0.to_string(), "96596.36");
        assert_eq!(t[1].2.0.to_string(), "10732.92");
        assert!(ungedeckt_je_jahr(&m, 2025).is_empty());
    }

    #[test]
    fn amounts_follow_the_base_per_year_and_a_short_amount_leaves_a_gap() {
        let m = massnahme(
            r#"
            id = "m"
            titel = "M"
            investition = 1000
            laufende_kosten_jaehrlich = 500
            zeitraum = { von = 2025, bis = 2026 }
            finanzierung = [{ quelle = "dp", betrag = 1500 }]
            "#,
        );
        // Base 1000 per year (500 investment + 500 running), amount split 750/750.
        let t = quellen_je_jahr(&m, 2025);
        assert_eq!((t[0].1, t[0].2.0.to_string()), (2025, "750".into()));
        assert_eq!((t[1].1, t[1].2.0.to_string()), (2026, "750".into()));
        let gap = ungedeckt_je_jahr(&m, 2025);
        assert_eq!(gap.len(), 2);
        assert_eq!(gap[0].1.0.to_string(), "250");
    }

    proptest::proptest! {
        #[test]
        fn parts_add_up_and_each_lies_within_a_cent(
            cents in 0i64..10_000_000_000,
            weights in proptest::collection::vec(0u32..10_000, 1..8),
        ) {
            let total = Euro(Decimal::new(cents, 2));
            let w: Vec<Decimal> = weights.iter().map(|&x| Decimal::from(x)).collect();
            let parts = split_weighted(total, &w);
            let sum: Decimal = w.iter().sum();
            if sum.is_zero() {
                proptest::prop_assert!(parts.iter().all(|p| p.0.is_zero()));
            } else {
                proptest::prop_assert_eq!(parts.iter().copied().sum::<Euro>(), total);
                for (p, wi) in parts.iter().zip(&w) {
                    let exact = total.0 * wi / sum;
                    proptest::prop_assert!((p.0 - exact).abs() < Decimal::new(1, 2));
                    proptest::prop_assert_eq!(p.0.round_dp(2), p.0);
                }
            }
        }

        #[test]
        fn shares_of_100_percent_add_up(
            cents in 0i64..10_000_000_000,
            tenths in proptest::collection::vec(1u32..1000, 1..6),
        ) {
            // Shares in tenths of a percent, the last one filling up to exactly 100 %.
            let mut shares: Vec<Decimal> = tenths.iter().map(|&t| Decimal::new(i64::from(t), 1)).collect();
            let used: Decimal = shares.iter().sum();
            proptest::prop_assume!(used < Decimal::ONE_HUNDRED);
            shares.push(Decimal::ONE_HUNDRED - used);
            let total = Euro(Decimal::new(cents, 2));
            let parts = anteile(total, &shares);
            proptest::prop_assert_eq!(parts.iter().copied().sum::<Euro>(), total);
            for (p, s) in parts.iter().zip(&shares) {
                let exact = total.0 * s / Decimal::ONE_HUNDRED;
                proptest::prop_assert!((p.0 - exact).abs() < Decimal::new(1, 2));
            }
        }
    }

    #[test]
    fn split_is_exact() {
        let parts = split(Euro(Decimal::from_str("100").unwrap()), 3);
        assert_eq!(
            parts.iter().copied().sum::<Euro>(),
            Euro(Decimal::from(100))
        );
        // The cent left over goes to the first of equal remainders.
        assert_eq!(parts[0].0.to_string(), "33.34");
        assert_eq!(parts[2].0.to_string(), "33.33");
    }
}
