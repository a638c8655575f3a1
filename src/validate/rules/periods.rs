//! Time: periods in order (an extension after the planned end), measures inside the plan
//! period as extended (a measure carried over from the previous plan may start before it),
//! dependencies without cycles and in sequence, the mandatory sections present. A decision
//! for an adopted plan is a completeness item, no longer a rule (E115 is retired).

use std::collections::HashMap;

use super::Ctx;
use crate::model::types::{Zeitpunkt, Zeitraum};
use crate::text;

pub fn check(ctx: &mut Ctx<'_>) {
    ordered_periods(ctx);
    within_plan(ctx);
    dependencies(ctx);
    mandatory_sections(ctx);
}

fn ordered_periods(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    if let Some(z) = &p.plan.zeitraum {
        if z.bis < z.von {
            let f = ctx.loc.finding(
                "E111",
                text!(
                    "Laufzeit endet ({}) vor ihrem Beginn ({})",
                    "plan period ends ({}) before it starts ({})",
                    z.bis,
                    z.von
                ),
                "/plan/zeitraum/bis",
            );
            ctx.push(f);
        }
        if let Some(v) = z.verlaengert_bis.filter(|v| *v < z.bis) {
            let f = ctx
                .loc
                .finding(
                    "E111",
                    text!(
                        "Verlängerung bis {v} endet vor dem Ende der Laufzeit ({})",
                        "extension to {v} ends before the plan period does ({})",
                        z.bis
                    ),
                    "/plan/zeitraum/verlaengert_bis",
                )
                .hint(text!(
                    "`verlaengert_bis` nennt das neue letzte Jahr, nach `bis`",
                    "`verlaengert_bis` gives the new last year, after `bis`"
                ));
            ctx.push(f);
        }
    }
    let check = |ctx: &mut Ctx<'_>, z: &Zeitraum, pointer: String| {
        if z.halbjahre().1 < z.halbjahre().0
            || (matches!((z.von, z.bis), (Zeitpunkt::Datum(a), Zeitpunkt::Datum(b)) if b < a))
        {
            let f = ctx.loc.finding(
                "E111",
                text!(
                    "Zeitraum endet ({}) vor seinem Beginn ({})",
                    "period ends ({}) before it starts ({})",
                    z.bis,
                    z.von
                ),
                &pointer,
            );
            ctx.push(f);
        }
    };
    for (i, m) in p.massnahmen.iter().enumerate() {
        if let Some(z) = &m.zeitraum {
            check(ctx, z, format!("/massnahmen/{i}/zeitraum/bis"));
        }
    }
    for (i, q) in p.quellen().iter().enumerate() {
        if let Some(z) = &q.zeitraum {
            check(ctx, z, format!("/finanzierung/quellen/{i}/zeitraum/bis"));
        }
    }
}

fn within_plan(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(lz) = p.plan.zeitraum else { return };
    let ende = lz.ende();
    let laufzeit = match lz.verlaengert_bis {
        Some(v) if v > lz.bis => format!("{}–{} (verlängert bis {v})", lz.von, lz.bis),
        _ => format!("{}–{}", lz.von, lz.bis),
    };
    let period = match lz.verlaengert_bis {
        Some(v) if v > lz.bis => format!("{}–{} (extended to {v})", lz.von, lz.bis),
        _ => format!("{}–{}", lz.von, lz.bis),
    };
    for (i, m) in p.massnahmen.iter().enumerate() {
        let Some(z) = &m.zeitraum else { continue };
        let (von, bis) = (z.von.jahr(), z.bis.jahr());
        // A measure carried over from the previous plan began under it.
        let zu_frueh = von < lz.von && m.uebernommen_aus.is_none();
        if !zu_frueh && bis <= ende {
            continue;
        }
        let pointer = if zu_frueh {
            format!("/massnahmen/{i}/zeitraum/von")
        } else {
            format!("/massnahmen/{i}/zeitraum/bis")
        };
        let hint = if zu_frueh {
            text!(
                "Verschieben Sie die Maßnahme, oder kennzeichnen Sie sie als übernommen: `uebernommen_aus = \"MEP …\"`",
                "move the measure, or mark it as carried over: `uebernommen_aus = \"MEP …\"`"
            )
        } else {
            text!(
                "Verschieben Sie die Maßnahme, oder verlängern Sie die Laufzeit: `plan.zeitraum.verlaengert_bis`",
                "move the measure, or extend the plan period: `plan.zeitraum.verlaengert_bis`"
            )
        };
        let f = ctx
            .loc
            .finding(
                "E110",
                text!(
                    "Maßnahme `{}` ({}–{}) liegt außerhalb der Laufzeit {laufzeit}",
                    "measure `{}` ({}–{}) lies outside the plan period {period}",
                    m.id,
                    z.von,
                    z.bis
                ),
                &pointer,
            )
            .hint(hint);
        ctx.push(f);
    }
}

fn dependencies(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let index: HashMap<&str, usize> = p
        .massnahmen
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    // Cycles: depth-first search with colours; each cycle is reported once, at the
    // dependency entry that closes it.
    let n = p.massnahmen.len();
    let mut colour = vec![0u8; n];
    for start in 0..n {
        if colour[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        let mut path: Vec<usize> = vec![start];
        colour[start] = 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let deps = &p.massnahmen[node].abhaengig_von;
            if *next >= deps.len() {
                colour[node] = 2;
                stack.pop();
                path.pop();
                continue;
            }
            let j = *next;
            *next += 1;
            let Some(&target) = index.get(deps[j].as_str()) else {
                continue;
            };
            match colour[target] {
                0 => {
                    colour[target] = 1;
                    stack.push((target, 0));
                    path.push(target);
                }
                1 => {
                    let from = path.iter().position(|&x| x == target).unwrap_or(0);
                    let mut chain: Vec<&str> = path[from..]
                        .iter()
                        .map(|&x| p.massnahmen[x].id.as_str())
                        .collect();
                    chain.push(p.massnahmen[target].id.as_str());
                    let chain = chain.join(" → ");
                    let f = ctx.loc.finding(
                        "E113",
                        text!(
                            "Abhängigkeiten im Kreis: {chain}",
                            "dependency cycle: {chain}"
                        ),
                        &format!("/massnahmen/{node}/abhaengig_von/{j}"),
                    );
                    ctx.push(f);
                }
                _ => {}
            }
        }
    }
    // Sequence: a measure starts no earlier than the half-year in which its prerequisites end.
    for (i, m) in p.massnahmen.iter().enumerate() {
        let Some(z) = &m.zeitraum else { continue };
        for (j, d) in m.abhaengig_von.iter().enumerate() {
            let Some(&k) = index.get(d.as_str()) else {
                continue;
            };
            let Some(dz) = &p.massnahmen[k].zeitraum else {
                continue;
            };
            if beginnt_vor_ende(z.von, dz.bis) {
                let f = ctx
                    .loc
                    .finding(
                        "E114",
                        text!(
                            "`{}` beginnt {} und damit vor dem Ende von `{d}` ({})",
                            "`{}` starts {} and so before `{d}` ends ({})",
                            m.id,
                            z.von,
                            dz.bis
                        ),
                        &format!("/massnahmen/{i}/zeitraum/von"),
                    )
                    .label(
                        ctx.loc.value(&format!("/massnahmen/{i}/abhaengig_von/{j}")),
                        text!("hängt hiervon ab", "depends on this"),
                    );
                ctx.push(f);
            }
        }
    }
}

/// Whether `start` lies before `ende`: exact when both are dates, otherwise by half-year
/// (the finest grain the coarser of the two allows).
fn beginnt_vor_ende(start: Zeitpunkt, ende: Zeitpunkt) -> bool {
    match (start, ende) {
        (Zeitpunkt::Datum(a), Zeitpunkt::Datum(b)) => a < b,
        _ => start.halbjahre().0 < ende.halbjahre().1,
    }
}

fn mandatory_sections(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let za = p.zielarchitektur.as_ref();
    let missing: Vec<(&str, &str)> = [
        (p.leitplanken.is_none(), "leitplanken", ""),
        (
            za.is_none_or(|z| z.software.is_none()),
            "zielarchitektur.software",
            "/zielarchitektur",
        ),
        (
            za.is_none_or(|z| z.infrastruktur.is_none()),
            "zielarchitektur.infrastruktur",
            "/zielarchitektur",
        ),
        (
            za.is_none_or(|z| z.hardware.is_none()),
            "zielarchitektur.hardware",
            "/zielarchitektur",
        ),
        (p.support.is_none(), "support", ""),
    ]
    .into_iter()
    .filter(|(m, _, _)| *m)
    .map(|(_, name, at)| (name, at))
    .collect();
    for (name, at) in missing {
        let f = ctx
            .loc
            .finding("E120", text!("Pflichtabschnitt `[{name}]` fehlt", "mandatory section `[{name}]` is missing"), at)
            .hint(text!(
                "Ergänzen Sie den Abschnitt, oder verzichten Sie ausdrücklich: `[{name}]` mit `nicht_zutreffend = \"Begründung\"`",
                "add the section, or waive it explicitly: `[{name}]` with `nicht_zutreffend = \"reason\"`"
            ));
        ctx.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::Datum;

    #[test]
    fn dates_compare_exactly_half_years_by_grain() {
        let d = |s| Zeitpunkt::Datum(Datum::parse(s).unwrap());
        assert!(beginnt_vor_ende(d("2021-07-01"), d("2021-08-31")));
        assert!(!beginnt_vor_ende(d("2021-09-01"), d("2021-08-31")));
        assert!(!beginnt_vor_ende(
            Zeitpunkt::Halbjahr(2027, 2),
            Zeitpunkt::Halbjahr(2027, 1)
        ));
        assert!(beginnt_vor_ende(
            Zeitpunkt::Halbjahr(2027, 1),
            Zeitpunkt::Jahr(2027)
        ));
    }
}
