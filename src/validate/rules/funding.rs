//! Money: shares add up and stay within their source's rate, investment matches quantity × price, sources pay only for what
//! their programme allows, within its period, caps and budget.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

mod coverage;
mod shares;

use super::Ctx;
use crate::costs;
use crate::format::euro2;
use crate::i18n::Text;
use crate::model::types::Euro;
use crate::text;

/// What each source pays for one measure, per year: `(source id, year, amount)`.
type Teile<'a> = Vec<(&'a str, i32, Euro)>;

pub fn check(ctx: &mut Ctx<'_>) {
    shares::check(ctx);
    quantity_times_price(ctx);
    eligibility(ctx);
    // Each measure's split by source and year, computed once for the budget and cap rules.
    let p = ctx.plan;
    let start = p.plan.zeitraum.map(|z| z.von).unwrap_or(0);
    let teile: Vec<Teile<'_>> = p
        .massnahmen
        .iter()
        .map(|m| costs::quellen_je_jahr(m, start))
        .collect();
    coverage::default_sources(ctx);
    coverage::gaps(ctx);
    mobile_caps(ctx, &teile);
}

fn quantity_times_price(ctx: &mut Ctx<'_>) {
    for (i, m) in ctx.plan.massnahmen.iter().enumerate() {
        if let (Some(inv), Some(menge), Some(preis)) = (m.investition, m.menge, m.einzelpreis) {
            let product = Euro(preis.0 * Decimal::from(menge));
            if product != inv {
                let (a, b) = (euro2(inv), euro2(product));
                let f = ctx
                    .loc
                    .finding(
                        "E119",
                        Text::new(
                            format!(
                                "Investition {} von `{}` passt nicht zu Menge × Einzelpreis = {}",
                                a.0, m.id, b.0
                            ),
                            format!(
                                "investment {} of `{}` does not match quantity × unit price = {}",
                                a.1, m.id, b.1
                            ),
                        ),
                        &format!("/massnahmen/{i}/investition"),
                    )
                    .hint(text!(
                        "Lassen Sie `investition` weg, dann rechnet mep Menge × Einzelpreis",
                        "leave out `investition` and mep computes quantity × unit price"
                    ));
                ctx.push(f);
            }
        }
    }
}

fn eligibility(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    for (i, m) in p.massnahmen.iter().enumerate() {
        for (j, a) in m.finanzierung.iter().enumerate() {
            let null = a
                .betrag
                .map_or_else(|| a.anteil.is_none_or(|p| p.0.is_zero()), |b| b.0.is_zero());
            if null {
                continue;
            }
            let Some(q) = p.quellen().iter().find(|q| q.id == a.quelle) else {
                continue;
            };
            let programm = q
                .programm
                .as_ref()
                .and_then(|id| ctx.profile.programm(id.as_str()));
            if let (Some(prog), Some(kat)) = (programm, m.kategorie) {
                if !prog.foerderfaehig.contains(&kat) {
                    let f = ctx
                        .loc
                        .finding(
                            "E116",
                            text!(
                                "`{}` (Kostenart `{}`) ist aus `{}` nicht förderfähig: {} fördert keine Kostenart `{}`",
                                "`{}` (cost category `{}`) is not eligible for `{}`: {} does not fund cost category `{}`",
                                m.id, kat.key(), q.id, prog.name, kat.key()
                            ),
                            &format!("/massnahmen/{i}/finanzierung/{j}/quelle"),
                        )
                        .hint(text!("Finanzieren Sie diesen Anteil aus Eigenmitteln oder einer anderen Quelle ({})", "fund this share from own funds or another source ({})", prog.quelle));
                    ctx.push(f);
                }
            }
            let laufend = m.laufende_kosten_jaehrlich.is_some_and(|e| !e.0.is_zero());
            if let Some(prog) = programm.filter(|p| laufend && !p.laufende_kosten_foerderfaehig) {
                let f = ctx
                    .loc
                    .finding(
                        "E116",
                        text!(
                            "`{}` hat laufende Kosten; {} fördert keine laufenden Kosten",
                            "`{}` has running costs; {} does not fund running costs",
                            m.id, prog.name
                        ),
                        &format!("/massnahmen/{i}/finanzierung/{j}/quelle"),
                    )
                    .hint(text!("Finanzieren Sie die laufenden Kosten in einer eigenen Maßnahme aus Eigenmitteln", "fund the running costs in a measure of their own from own funds"));
                ctx.push(f);
            }
            // Period: both the source's own period and its programme's must hold, so a
            // source cannot widen what its programme allows.
            let Some(z) = &m.zeitraum else { continue };
            let windows = [
                q.zeitraum.map(|qz| (qz.von.jahr(), qz.bis.jahr())),
                programm.map(|p| (p.zeitraum.von, p.zeitraum.bis)),
            ];
            let von = windows.iter().flatten().map(|w| w.0).max();
            let bis = windows.iter().flatten().map(|w| w.1).min();
            if let (Some(von), Some(bis)) = (von, bis) {
                if z.von.jahr() < von || z.bis.jahr() > bis {
                    let f = ctx.loc.finding(
                        "E121",
                        text!(
                            "`{}` ({}–{}) liegt außerhalb des Förderzeitraums von `{}` ({von}–{bis})",
                            "`{}` ({}–{}) lies outside the funding period of `{}` ({von}–{bis})",
                            m.id, z.von, z.bis, q.id
                        ),
                        &format!("/massnahmen/{i}/finanzierung/{j}/quelle"),
                    );
                    ctx.push(f);
                }
            }
        }
    }
}

fn mobile_caps(ctx: &mut Ctx<'_>, teile: &[Teile<'_>]) {
    let p = ctx.plan;
    for (qi, q) in p.quellen().iter().enumerate() {
        let Some(prog) = q
            .programm
            .as_ref()
            .and_then(|id| ctx.profile.programm(id.as_str()))
        else {
            continue;
        };
        let mut total = Euro::ZERO;
        let mut mobile = Euro::ZERO;
        let mut per_school: BTreeMap<&str, Euro> = BTreeMap::new();
        let mut first_mobile: Option<usize> = None;
        for (mi, m) in p.massnahmen.iter().enumerate() {
            if !m.finanzierung.iter().any(|a| a.quelle == q.id) {
                continue;
            }
            let betrag: Euro = teile[mi]
                .iter()
                .filter(|(quelle, _, _)| *quelle == q.id.as_str())
                .map(|(_, _, e)| *e)
                .sum();
            total += betrag;
            if m.kategorie
                .is_some_and(|k| prog.mobile_geraete.contains(&k))
            {
                mobile += betrag;
                first_mobile.get_or_insert(mi);
                let schulen = p.schulen_von(m);
                for (s, part) in schulen.iter().zip(costs::split(betrag, schulen.len())) {
                    *per_school.entry(s.id.as_str()).or_default() += part;
                }
            }
        }
        if let (Some(max), false) = (prog.mobile_geraete_anteil_max, total.0.is_zero()) {
            let share = crate::format::f(mobile.0 / total.0 * Decimal::ONE_HUNDRED);
            if share > max {
                let pointer = first_mobile
                    .map(|mi| format!("/massnahmen/{mi}"))
                    .unwrap_or(format!("/finanzierung/quellen/{qi}"));
                let (s, mx) = crate::format::zahl2(share, 1);
                let f = ctx.loc.finding(
                    "E118",
                    Text::new(
                        format!("mobile Endgeräte nehmen {s} % der Mittel aus `{}` ein; {} erlaubt höchstens {} %", q.id, prog.name, max),
                        format!("mobile devices take {mx} % of the money from `{}`; {} allows at most {} %", q.id, prog.name, max),
                    ),
                    &pointer,
                );
                ctx.push(f);
            }
        }
        if let Some(cap) = prog.mobile_geraete_euro_pro_schule_max {
            for (school, betrag) in per_school {
                if betrag > cap {
                    let si = p
                        .schulen
                        .iter()
                        .position(|s| s.id.as_str() == school)
                        .unwrap_or(0);
                    let (b, c) = (euro2(betrag), euro2(cap));
                    let f = ctx.loc.finding(
                        "E118",
                        Text::new(
                            format!("Schule `{school}` erhält {} für mobile Endgeräte aus `{}`; {} erlaubt höchstens {} je Schule", b.0, q.id, prog.name, c.0),
                            format!("school `{school}` receives {} for mobile devices from `{}`; {} allows at most {} per school", b.1, q.id, prog.name, c.1),
                        ),
                        &format!("/schulen/{si}/id"),
                    );
                    ctx.push(f);
                }
            }
        }
    }
}
