//! Plausibility of the organisation: the first support level, follow-up costs, a strategic format,
//! evaluation dates, unit prices, school media concepts.

use crate::format::{euro2, f, zahl2};
use crate::i18n::Text;
use crate::model::governance::FormatArt;
use crate::model::massnahmen::Kategorie;
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
    for (i, m) in ctx.plan.massnahmen.iter().enumerate() {
        let Some(k) = m.kategorie.filter(|k| LAUFENDE.contains(k)) else {
            continue;
        };
        if m.investition_gesamt().0.is_zero() {
            continue;
        }
        let laufend = m.laufende_kosten_jaehrlich.is_some_and(|e| !e.0.is_zero());
        if !laufend && m.folgekosten_jaehrlich.is_none_or(|e| e.0.is_zero()) {
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
                    "Ergänzen Sie `folgekosten_jaehrlich` (Wartung, Lizenzen, Support)",
                    "add `folgekosten_jaehrlich` (maintenance, licences, support)"
                ));
            ctx.push(fnd);
        }
    }
}

pub(super) fn strategic_format(ctx: &mut Ctx<'_>) {
    let g = ctx.plan.governance.as_ref();
    if g.is_some_and(|g| g.nicht_zutreffend.is_some()) {
        return;
    }
    let has = g.is_some_and(|g| {
        g.formate
            .iter()
            .any(|f| matches!(f.art, FormatArt::RunderTisch | FormatArt::Steuergruppe))
    });
    if !has {
        let fnd = ctx
            .loc
            .finding("W218", text!("kein Runder Tisch und keine Steuergruppe unter `[[governance.formate]]`", "no Runder Tisch and no steering group under `[[governance.formate]]`"), "/governance/formate")
            .hint(text!(
                "Die Handreichung empfiehlt einen halbjährlichen Runden Tisch von Schulträger, Schulleitungen und Dienstleister",
                "the Handreichung recommends a half-yearly Runder Tisch of Schulträger, school heads and provider"
            ));
        ctx.push(fnd);
    }
}

pub(super) fn evaluation_date(ctx: &mut Ctx<'_>) {
    let e = ctx.plan.evaluation.as_ref();
    if e.is_some_and(|e| e.nicht_zutreffend.is_some() || !e.ueberpruefungen.is_empty()) {
        return;
    }
    let fnd = ctx
        .loc
        .finding(
            "W219",
            text!(
                "der Plan nennt keinen Termin für seine Überprüfung",
                "the plan names no date for its review"
            ),
            "/evaluation/ueberpruefungen",
        )
        .hint(text!(
            "Ergänzen Sie `ueberpruefungen = [2028-06-30]` unter `[evaluation]`",
            "add `ueberpruefungen = [2028-06-30]` under `[evaluation]`"
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
