//! Plausibility of the organisation: the first support level, follow-up costs, a strategic format,
//! evaluation dates, unit prices, school media concepts.

use crate::format::{euro2, f, zahl2};
use crate::i18n::Text;
use crate::model::Plan;
use crate::model::evaluation::Evaluation;
use crate::model::finanzierung::QuellenArt;
use crate::model::governance::{FormatArt, Turnus};
use crate::model::massnahmen::{Kategorie, Massnahme};
use crate::model::support::Akteur;
use crate::text;
use crate::validate::rules::Ctx;

use super::{bench, cite};

pub(super) fn first_level(ctx: &mut Ctx<'_>) {
    let Some(support) = &ctx.plan.support else {
        return;
    };
    if support.level.is_empty() || support.nicht_zutreffend.is_some() {
        return;
    }
    if support.level.iter().all(|l| l.akteur == Akteur::Schule) {
        let fnd = ctx.loc.finding(
            "W216",
            text!(
                "Support ruht allein auf den Schulen; es fehlt professioneller Support (2nd Level durch IT-Dienstleister oder Schulträger)",
                "support rests on the schools alone; professional support (2nd level by an IT provider or the Schulträger) is missing"
            ),
            "/support/level",
        );
        ctx.push(fnd);
    }
    let Some(s) = bench(ctx, "lehrkraft_support_stunden_max").cloned() else {
        return;
    };
    let c = cite(ctx, &s);
    for (i, l) in support.level.iter().enumerate() {
        if l.akteur != Akteur::Schule {
            continue;
        }
        if let Some(h) = l.stunden_pro_woche.filter(|h| f(h.0) > s.wert) {
            let w = zahl2(f(h.0), 1);
            let fnd = ctx.loc.finding(
                "W216",
                Text::new(
                    format!(
                        "{} Stunden je Woche Support durch Lehrkräfte sind unrealistisch ({})",
                        w.0, c.0
                    ),
                    format!(
                        "{} hours a week of support by teachers are unrealistic ({})",
                        w.1, c.1
                    ),
                ),
                &format!("/support/level/{i}/stunden_pro_woche"),
            );
            ctx.push(fnd);
        }
    }
}

pub(super) fn follow_up_costs(ctx: &mut Ctx<'_>) {
    const LAUFENDE: [Kategorie; 5] = [
        Kategorie::Schuelergeraete,
        Kategorie::Lehrkraftgeraete,
        Kategorie::Software,
        Kategorie::Lernplattform,
        Kategorie::Server,
    ];
    let p = ctx.plan;
    for (i, m) in p.massnahmen.iter().enumerate() {
        let Some(k) = m.kategorie.filter(|k| LAUFENDE.contains(k)) else {
            continue;
        };
        if m.investition_gesamt().0.is_zero() || hat_folgekosten(m) || elternfinanziert(p, m) {
            continue;
        }
        // Devices whose upkeep a maintenance, replacement or support measure of the plan carries.
        let geraet = k.ist_endgeraet() || k == Kategorie::Server;
        if geraet && p.massnahmen.iter().any(|b| traegt_betrieb(b, m)) {
            continue;
        }
        let fnd = ctx
            .loc
            .finding(
                "W217",
                text!(
                    "`{}` ({}) hat keine jährlichen Folgekosten",
                    "`{}` ({}) has no yearly follow-up costs",
                    m.id,
                    k.key()
                ),
                &format!("/massnahmen/{i}"),
            )
            .hint(text!(
                "Ergänzen Sie `folgekosten_jaehrlich` (Wartung, Lizenzen, Support), oder planen Sie Wartung, Ersatz oder Support dieser Geräte als eigene Maßnahme (`kategorie = \"wartung\"`, `\"ersatzbeschaffung\"` oder `\"support_personal\"`)",
                "add `folgekosten_jaehrlich` (maintenance, licences, support), or plan the maintenance, replacement or support of these devices as a measure of its own (`kategorie = \"wartung\"`, `\"ersatzbeschaffung\"` or `\"support_personal\"`)"
            ));
        ctx.push(fnd);
    }
}

/// The measure states running or follow-up costs above zero.
fn hat_folgekosten(m: &Massnahme) -> bool {
    let gesetzt = |e: Option<crate::model::types::Euro>| e.is_some_and(|e| !e.0.is_zero());
    gesetzt(m.laufende_kosten_jaehrlich) || gesetzt(m.folgekosten_jaehrlich)
}

/// All of the measure's funding comes from parents (sources of `art = "eltern"`): the devices
/// are theirs, their upkeep is not the Schulträger's.
fn elternfinanziert(p: &Plan, m: &Massnahme) -> bool {
    !m.finanzierung.is_empty()
        && m.finanzierung.iter().all(|a| {
            p.quellen()
                .iter()
                .any(|q| q.id == a.quelle && q.art == QuellenArt::Eltern)
        })
}

/// `budget` is a maintenance, replacement or support measure with money (a one-off amount,
/// running or follow-up costs) for the schools of `geraete`: it names no schools, `alle`, or
/// every school `geraete` names.
fn traegt_betrieb(budget: &Massnahme, geraete: &Massnahme) -> bool {
    const BETRIEB: [Kategorie; 3] = [
        Kategorie::Wartung,
        Kategorie::Ersatzbeschaffung,
        Kategorie::SupportPersonal,
    ];
    if !budget.kategorie.is_some_and(|k| BETRIEB.contains(&k)) {
        return false;
    }
    if budget.investition_gesamt().0.is_zero() && !hat_folgekosten(budget) {
        return false;
    }
    let alle =
        |m: &Massnahme| m.schulen.is_empty() || m.schulen.iter().any(|s| s.as_str() == "alle");
    alle(budget) || (!alle(geraete) && geraete.schulen.iter().all(|s| budget.schulen.contains(s)))
}

pub(super) fn strategic_format(ctx: &mut Ctx<'_>) {
    let g = ctx.plan.governance.as_ref();
    if g.is_some_and(|g| g.nicht_zutreffend.is_some() || g.hat_strategisches_format()) {
        return;
    }
    let position = |art: FormatArt| g.and_then(|g| g.formate.iter().position(|f| f.art == art));
    // Talks with the schools without a fixed yearly rhythm: say what is missing.
    let (pointer, hint) = match (
        position(FormatArt::Schulgespraech),
        position(FormatArt::Steuergruppe),
    ) {
        (Some(j), _) => (
            format!("/governance/formate/{j}"),
            text!(
                "Schulgespräche zählen als strategisches Format, wenn sie regelmäßig stattfinden: Ergänzen Sie `turnus = \"jaehrlich\"` (oder häufiger)",
                "talks with the schools count as a strategic format when they are regular: add `turnus = \"jaehrlich\"` (or more often)"
            ),
        ),
        (None, Some(j)) => (
            format!("/governance/formate/{j}"),
            text!(
                "Eine Steuergruppe ersetzt den Runden Tisch nicht: Die Handreichung beschreibt sie als Gremium von Land und kommunalen Spitzenverbänden (unter `[[land.gremien]]`), den Runden Tisch als halbjährlichen Austausch des Schulträgers mit den Schulleitungen, den IT-beauftragten Lehrkräften und dem IT-Dienstleister",
                "a steering group does not replace the Runder Tisch: the Handreichung describes it as the body of the Land and the associations of municipalities (under `[[land.gremien]]`), the Runder Tisch as the Schulträger's half-yearly exchange with the school heads, the IT teachers and the IT provider"
            ),
        ),
        (None, None) => (
            "/governance/formate".to_string(),
            text!(
                "Die Handreichung empfiehlt einen halbjährlichen Runden Tisch des Schulträgers mit den Schulleitungen, den IT-beauftragten Lehrkräften und dem IT-Dienstleister; jährliche Gespräche mit jeder Schule zählen auch (`art = \"schulgespraech\"`, `turnus = \"jaehrlich\"`)",
                "the Handreichung recommends a half-yearly Runder Tisch of the Schulträger with the school heads, the IT teachers and the IT provider; yearly talks with every school count as well (`art = \"schulgespraech\"`, `turnus = \"jaehrlich\"`)"
            ),
        ),
    };
    let fnd = ctx
        .loc
        .finding(
            "W218",
            text!(
                "kein Runder Tisch und keine regelmäßigen Schulgespräche unter `[[governance.formate]]`",
                "no Runder Tisch and no regular talks with the schools under `[[governance.formate]]`"
            ),
            &pointer,
        )
        .hint(hint);
    ctx.push(fnd);
}

pub(super) fn evaluation_date(ctx: &mut Ctx<'_>) {
    let e = ctx.plan.evaluation.as_ref();
    let regelmaessig = |e: &Evaluation| {
        e.bericht
            .as_ref()
            .and_then(|b| b.turnus)
            .is_some_and(Turnus::mindestens_jaehrlich)
    };
    if e.is_some_and(|e| {
        e.nicht_zutreffend.is_some() || !e.ueberpruefungen.is_empty() || regelmaessig(e)
    }) {
        return;
    }
    let fnd = ctx
        .loc
        .finding(
            "W219",
            text!(
                "der Plan nennt keinen Termin für seine Überprüfung und keinen regelmäßigen Bericht",
                "the plan names no date for its review and no regular report"
            ),
            "/evaluation/ueberpruefungen",
        )
        .hint(text!(
            "Ergänzen Sie unter `[evaluation]` `ueberpruefungen = [2028-06-30]` oder einen regelmäßigen Bericht: `bericht = {{ turnus = \"jaehrlich\", gremium = \"Schulausschuss\" }}`",
            "add under `[evaluation]` `ueberpruefungen = [2028-06-30]` or a regular report: `bericht = {{ turnus = \"jaehrlich\", gremium = \"Schulausschuss\" }}`"
        ));
    ctx.push(fnd);
}

pub(super) fn unit_prices(ctx: &mut Ctx<'_>) {
    let Some(faktor) = bench(ctx, "preis_abweichung_faktor").map(|s| s.wert) else {
        return;
    };
    for (i, m) in ctx.plan.massnahmen.iter().enumerate() {
        let (Some(k), Some(preis)) = (m.kategorie, m.einzelpreis) else {
            continue;
        };
        let Some(band) = ctx.profile.preis(k) else {
            continue;
        };
        let p = f(preis.0);
        if p < f(band.von.0) / faktor || p > f(band.bis.0) * faktor {
            let (pr, von, bis) = (euro2(preis), euro2(band.von), euro2(band.bis));
            let fnd = ctx.loc.finding(
                "W220",
                Text::new(
                    format!(
                        "Einzelpreis {} liegt weit außerhalb der üblichen {}–{} je {} ({})",
                        pr.0, von.0, bis.0, band.einheit, band.quelle
                    ),
                    format!(
                        "unit price {} is far outside the usual {}–{} per {} ({})",
                        pr.1, von.1, bis.1, band.einheit, band.quelle
                    ),
                ),
                &format!("/massnahmen/{i}/einzelpreis"),
            );
            ctx.push(fnd);
        }
    }
}

pub(super) fn media_concepts(ctx: &mut Ctx<'_>) {
    for (i, s) in ctx.plan.schulen.iter().enumerate() {
        // A missing entry is an open item of completeness; only a stated "no" is a warning.
        if s.medienkonzept.as_ref().is_none_or(|m| m.vorhanden) {
            continue;
        }
        let pointer = format!("/schulen/{i}/medienkonzept/vorhanden");
        let fnd = ctx.loc.finding(
            "W221",
            text!(
                "`{}` hat kein Medienkonzept",
                "`{}` has no media concept",
                s.id
            ),
            &pointer,
        );
        ctx.push(fnd);
    }
}
