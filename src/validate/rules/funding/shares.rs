//! Funding lines of a measure: each states a share or an amount (E122), shares add up to
//! 100 % with a hint computed from the lines (E112), and no share exceeds its source's
//! `foerderquote` (E128).

use rust_decimal::Decimal;

use crate::costs;
use crate::format::euro2;
use crate::i18n::Text;
use crate::model::finanzierung::QuellenArt;
use crate::model::types::Euro;
use crate::text;

use super::super::Ctx;

/// A percentage as each language writes it: `12,5` / `12.5`.
fn pct(d: Decimal) -> (String, String) {
    let en = d.normalize().to_string();
    (en.replace('.', ","), en)
}

/// The lines with a share, as written: "`digitalpakt` 90 % + `eigenmittel` 20 %".
fn summands(lines: &[(&str, Decimal)]) -> (String, String) {
    let join = |de: bool| {
        lines
            .iter()
            .map(|(q, a)| {
                let (d, e) = pct(*a);
                format!("`{q}` {} %", if de { d } else { e })
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    (join(true), join(false))
}

pub(super) fn check(ctx: &mut Ctx<'_>) {
    for (i, m) in ctx.plan.massnahmen.iter().enumerate() {
        if m.finanzierung.is_empty() {
            continue;
        }
        let mut vollstaendig = true;
        for (j, a) in m.finanzierung.iter().enumerate() {
            if a.anteil.is_none() && a.betrag.is_none() {
                vollstaendig = false;
                let f = ctx
                    .loc
                    .finding(
                        "E122",
                        text!(
                            "Finanzierungszeile {} von `{}` (Quelle `{}`) nennt weder `anteil` noch `betrag`",
                            "funding line {} of `{}` (source `{}`) states neither `anteil` nor `betrag`",
                            j + 1, m.id, a.quelle
                        ),
                        &format!("/massnahmen/{i}/finanzierung/{j}"),
                    )
                    .hint(text!(
                        "Geben Sie den Anteil in Prozent (`anteil = 90`) oder den Betrag laut Bescheid (`betrag = 96596.36`) an",
                        "state the share in percent (`anteil = 90`) or the amount of the grant notice (`betrag = 96596.36`)"
                    ));
                ctx.push(f);
            }
        }
        if !vollstaendig {
            continue;
        }
        if let Some(sum) = m.anteile_summe() {
            if sum != Decimal::ONE_HUNDRED {
                let lines: Vec<(&str, Decimal)> = m
                    .finanzierung
                    .iter()
                    .filter_map(|a| a.anteil.map(|p| (a.quelle.as_str(), p.0)))
                    .collect();
                let hint = share_hint(ctx, m.id.as_str(), sum, &lines);
                let s = pct(sum);
                let f = ctx
                    .loc
                    .finding(
                        "E112",
                        Text::new(
                            format!(
                                "Finanzierungsanteile von `{}` ergeben {} % statt 100 %",
                                m.id, s.0
                            ),
                            format!(
                                "funding shares of `{}` add up to {} % instead of 100 %",
                                m.id, s.1
                            ),
                        ),
                        &format!("/massnahmen/{i}/finanzierung"),
                    )
                    .hint(hint);
                ctx.push(f);
            }
        } else if m.foerderbasis_bekannt() {
            // Amounts can only exceed a cost the plan states: an unstated cost is open, not 0.
            let summe: Euro = m.finanzierung.iter().filter_map(|a| a.betrag).sum();
            let basis = costs::foerderbasis(m);
            if summe > basis {
                let (a, b) = (euro2(summe), euro2(basis));
                let f = ctx
                    .loc
                    .finding(
                        "E112",
                        Text::new(
                            format!(
                                "Finanzierungsbeträge von `{}` ergeben {} und übersteigen ihre Kosten (Investition und laufende Kosten) von {}",
                                m.id, a.0, b.0
                            ),
                            format!(
                                "funding amounts of `{}` add up to {}, more than its costs (investment and running costs) of {}",
                                m.id, a.1, b.1
                            ),
                        ),
                        &format!("/massnahmen/{i}/finanzierung"),
                    )
                    .hint(text!(
                        "Prüfen Sie die Beträge gegen den Bescheid und die Kosten der Maßnahme",
                        "check the amounts against the grant notice and the measure's costs"
                    ));
                ctx.push(f);
            }
        }
    }
    above_rate(ctx);
}

/// E112's hint from the lines themselves: what is over or missing, and by how much; an own
/// share is suggested only when the measure has none.
fn share_hint(ctx: &Ctx<'_>, id: &str, sum: Decimal, lines: &[(&str, Decimal)]) -> Text {
    let (s, diff) = (pct(sum), pct((sum - Decimal::ONE_HUNDRED).abs()));
    let (sd, se) = summands(lines);
    let quellen = ctx.plan.quellen();
    let eigen = |q: &str| {
        quellen
            .iter()
            .any(|x| x.id.as_str() == q && x.art == QuellenArt::Eigenmittel)
    };
    if sum > Decimal::ONE_HUNDRED {
        return Text::new(
            format!(
                "Die Anteile von `{id}` ergeben {} %: {sd}; senken Sie einen Anteil um {} Prozentpunkte",
                s.0, diff.0
            ),
            format!(
                "the shares of `{id}` add up to {} %: {se}; lower one share by {} percentage points",
                s.1, diff.1
            ),
        );
    }
    if let Some((q, _)) = lines.iter().find(|(q, _)| eigen(q)) {
        return Text::new(
            format!(
                "Die Anteile von `{id}` ergeben {} %: {sd}; es fehlen {} Prozentpunkte – erhöhen Sie z. B. den Eigenanteil `{q}` entsprechend",
                s.0, diff.0
            ),
            format!(
                "the shares of `{id}` add up to {} %: {se}; {} percentage points are missing – raise e.g. the own share `{q}` accordingly",
                s.1, diff.1
            ),
        );
    }
    // No own share yet: name the plan's own-funds source if it has one.
    let own = quellen
        .iter()
        .find(|x| x.art == QuellenArt::Eigenmittel)
        .map_or("eigenmittel", |x| x.id.as_str());
    Text::new(
        format!(
            "Die Anteile von `{id}` ergeben {} %: {sd}; es fehlen {} Prozentpunkte – ergänzen Sie den Eigenanteil als eigene Zeile, z. B. `{{ quelle = \"{own}\", anteil = {} }}`",
            s.0, diff.0, diff.1
        ),
        format!(
            "the shares of `{id}` add up to {} %: {se}; {} percentage points are missing – add the own share as a line of its own, e.g. `{{ quelle = \"{own}\", anteil = {} }}`",
            s.1, diff.1, diff.1
        ),
    )
}

/// E128: a line's share above the rate its source states. The plan contradicts itself: the
/// source says it pays at most `foerderquote` % of a measure's cost.
fn above_rate(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    for (i, m) in p.massnahmen.iter().enumerate() {
        for (j, a) in m.finanzierung.iter().enumerate() {
            // An amount (`betrag`) goes before the share; only a stated share is compared.
            let (None, Some(anteil)) = (a.betrag, a.anteil) else {
                continue;
            };
            let Some((qi, q)) = p
                .quellen()
                .iter()
                .enumerate()
                .find(|(_, q)| q.id == a.quelle)
            else {
                continue;
            };
            let Some(quote) = q.foerderquote else {
                continue;
            };
            if anteil.0 <= quote.0 {
                continue;
            }
            let (an, qu) = (pct(anteil.0), pct(quote.0));
            let quote_at = ctx
                .loc
                .value(&format!("/finanzierung/quellen/{qi}/foerderquote"));
            let f = ctx
                .loc
                .finding(
                    "E128",
                    Text::new(
                        format!(
                            "`{}` setzt für `{}` einen Anteil von {} % an, die Quelle nennt aber `foerderquote = {}`: sie trägt höchstens {} % der Kosten",
                            m.id, q.id, an.0, qu.1, qu.0
                        ),
                        format!(
                            "`{}` puts the share of `{}` at {} %, but the source states `foerderquote = {}`: it pays at most {} % of the cost",
                            m.id, q.id, an.1, qu.1, qu.1
                        ),
                    ),
                    &format!("/massnahmen/{i}/finanzierung/{j}/anteil"),
                )
                .hint(Text::new(
                    format!(
                        "Senken Sie den Anteil auf höchstens `anteil = {}` und tragen Sie den Rest als Eigenanteil, oder korrigieren Sie die `foerderquote` der Quelle laut Förderbescheid",
                        qu.1
                    ),
                    format!(
                        "lower the share to at most `anteil = {}` and carry the rest as own share, or correct the source's `foerderquote` according to the grant notice",
                        qu.1
                    ),
                ))
                .label(
                    quote_at,
                    text!(
                        "Förderquote der Quelle `{}`",
                        "funding rate of source `{}`",
                        q.id
                    ),
                );
            ctx.push(f);
        }
    }
}
