//! Data protection as the plan states it: applications with personal data and no processing
//! agreement (W232), impact assessments required but not done (W233), arrangements that are
//! missing (W234). Warnings, each citing the law: the plan honestly states a situation.

use super::Ctx;
use crate::i18n::Text;
use crate::labels;
use crate::model::Plan;
use crate::model::datenschutz::{Personenbezug, Regelung, grundlage, personenbezug};
use crate::model::types::Umsetzung;
use crate::model::zielarchitektur::{Bereitsteller, DsfaStatus};
use crate::text;

pub fn check(ctx: &mut Ctx<'_>) {
    av_vertraege(ctx);
    let dsfa_fehlt_gemeldet = dsfa(ctx);
    fehlende_regelungen(ctx, dsfa_fehlt_gemeldet);
}

/// The path to an arrangement the plan gives (measure with its title, date), as a clause
/// for a message: „Weg laut Plan: Maßnahme `x` („Titel“), bis 2026-H2“.
fn weg(plan: &Plan, r: &Regelung) -> Option<Text> {
    if !r.hat_weg() {
        return None;
    }
    let mut de = Vec::new();
    let mut en = Vec::new();
    if let Some(id) = &r.massnahme {
        match plan.massnahmen.iter().find(|m| &m.id == id) {
            Some(m) => {
                de.push(format!("Maßnahme `{id}` („{}“)", m.titel));
                en.push(format!("measure `{id}` (\"{}\")", m.titel));
            }
            None => {
                de.push(format!("Maßnahme `{id}`"));
                en.push(format!("measure `{id}`"));
            }
        }
    }
    if let Some(bis) = r.bis {
        de.push(format!("bis {bis}"));
        en.push(format!("by {bis}"));
    }
    Some(Text::new(
        format!("Weg laut Plan: {}", de.join(", ")),
        format!("path in the plan: {}", en.join(", ")),
    ))
}

fn mit_weg(message: Text, weg: Option<Text>) -> Text {
    match weg {
        Some(w) => Text::new(
            format!("{}; {}", message.de, w.de),
            format!("{}; {}", message.en, w.en),
        ),
        None => message,
    }
}

/// W232: personal data (stated or presumed by the kind of application) without a processing
/// agreement, Art. 28 DSGVO. A Land service is reported too, naming the parties: the
/// Schulträger does not conclude that contract, the school and the Land do.
fn av_vertraege(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(s) = p.software() else { return };
    let regelung = p.datenschutz.as_ref().and_then(|d| d.av_vertraege.as_ref());
    for (i, a) in s.anwendungen.iter().enumerate() {
        let bezug = personenbezug(a);
        if !bezug.verarbeitet() || a.av_vertrag != Some(false) {
            continue;
        }
        let kategorie = labels::value_or_key(&labels::key(&a.kategorie), crate::i18n::Lang::De);
        let kategorie_en = labels::value_or_key(&labels::key(&a.kategorie), crate::i18n::Lang::En);
        let message = if bezug == Personenbezug::Angenommen {
            text!(
                "`{}` verarbeitet als {kategorie} personenbezogene Daten (angenommen, `personenbezogene_daten` fehlt), aber es gibt keinen AV-Vertrag (Art. 28 DSGVO)",
                "`{}` processes personal data as a {kategorie_en} (presumed, `personenbezogene_daten` is missing), but there is no processing agreement (Art. 28 GDPR)",
                a.id
            )
        } else {
            text!(
                "`{}` verarbeitet personenbezogene Daten, aber es gibt keinen AV-Vertrag (Art. 28 DSGVO)",
                "`{}` processes personal data, but there is no processing agreement (Art. 28 GDPR)",
                a.id
            )
        };
        let message = mit_weg(message, regelung.and_then(|r| weg(p, r)));
        let mut f = ctx.loc.finding(
            "W232",
            message,
            &format!("/zielarchitektur/software/anwendungen/{i}/av_vertrag"),
        );
        if a.bereitsteller == Some(Bereitsteller::Land) {
            f = f.hint(text!(
                "Ein Dienst des Landes: Den Vertrag schließen die Schule als verantwortliche Stelle und das Land, nicht der Schulträger; an seine Stelle kann ein Rechtsinstrument des Landes treten (Art. 28 Abs. 3 DSGVO). Besteht eins von beiden, setzen Sie `av_vertrag = true`",
                "a Land service: the contract is concluded by the school as controller and the Land, not by the Schulträger; a legal act of the Land may take its place (Art. 28(3) GDPR). If either exists, set `av_vertrag = true`"
            ));
        }
        ctx.push(f);
    }
}

/// W233: an impact assessment stated as required but not done, per application; and the
/// arrangement `[datenschutz.dsfa]` stated as missing while applications need one. Returns
/// whether the latter was reported (W234 then says nothing more about it).
fn dsfa(ctx: &mut Ctx<'_>) -> bool {
    let p = ctx.plan;
    let regelung = p.datenschutz.as_ref().and_then(|d| d.dsfa.as_ref());
    let weg_text = regelung.and_then(|r| weg(p, r));
    let mut offen = Vec::new();
    if let Some(s) = p.software() {
        for (i, a) in s.anwendungen.iter().enumerate() {
            if a.dsfa != Some(DsfaStatus::Erforderlich) {
                continue;
            }
            offen.push(format!("`{}`", a.id));
            let message = mit_weg(
                text!(
                    "für `{}` ist eine Datenschutz-Folgenabschätzung erforderlich, aber nicht durchgeführt (Art. 35 Abs. 1 DSGVO: vor Beginn der Verarbeitung)",
                    "a data protection impact assessment is required for `{}` but not done (Art. 35(1) GDPR: prior to the processing)",
                    a.id
                ),
                weg_text.clone(),
            );
            let f = ctx.loc.finding(
                "W233",
                message,
                &format!("/zielarchitektur/software/anwendungen/{i}/dsfa"),
            );
            ctx.push(f);
        }
    }
    let fehlt = regelung.is_some_and(|r| r.status == Umsetzung::Fehlt);
    if !fehlt || offen.is_empty() {
        return false;
    }
    let liste = offen.join(", ");
    let message = mit_weg(
        text!(
            "die Datenschutz-Folgenabschätzungen fehlen, obwohl Anwendungen eine brauchen: {liste} (Art. 35 DSGVO)",
            "impact assessments are missing although applications need one: {liste} (Art. 35 GDPR)"
        ),
        weg_text,
    );
    let f = ctx.loc.finding("W233", message, "/datenschutz/dsfa/status");
    ctx.push(f);
    true
}

/// W234: an arrangement with `status = "fehlt"`, naming what it rests on and the path the
/// plan gives, if any.
fn fehlende_regelungen(ctx: &mut Ctx<'_>, dsfa_gemeldet: bool) {
    let p = ctx.plan;
    let Some(d) = &p.datenschutz else { return };
    let landesrecht = d.landesrecht.as_ref().filter(|t| !t.trim().is_empty());
    for (key, r) in d.regelungen() {
        let Some(r) = r else { continue };
        if r.status != Umsetzung::Fehlt || (key == "dsfa" && dsfa_gemeldet) {
            continue;
        }
        let name = labels::table(&format!("datenschutz.{key}")).map_or_else(
            || (key.to_string(), key.to_string()),
            |n| (n.de.to_string(), n.en.to_string()),
        );
        let (mut g_de, mut g_en) = {
            let (de, en) = grundlage(key);
            (de.to_string(), en.to_string())
        };
        if key == "nutzungsordnung" {
            match landesrecht {
                Some(l) => {
                    g_de.push_str(&format!(" (hier: {l})"));
                    g_en.push_str(&format!(" (here: {l})"));
                }
                None => {
                    g_de.push_str(" (`[datenschutz] landesrecht` nennt sie)");
                    g_en.push_str(" (`[datenschutz] landesrecht` names them)");
                }
            }
        }
        let message = Text::new(
            format!("Regelung „{}“ fehlt (Grundlage: {g_de})", name.0),
            format!("arrangement \"{}\" is missing (basis: {g_en})", name.1),
        );
        let geplant = r.hat_weg();
        let message = match weg(p, r) {
            Some(w) => mit_weg(message, Some(w)),
            None => mit_weg(
                message,
                Some(text!(
                    "der Plan nennt keinen Weg (Maßnahme oder Termin)",
                    "the plan names no path (measure or date)"
                )),
            ),
        };
        let mut f = ctx
            .loc
            .finding("W234", message, &format!("/datenschutz/{key}/status"));
        if geplant {
            f = f.hint(text!(
                "Mit Maßnahme oder Termin ist die Regelung geplant: `status = \"geplant\"` (oder `\"in_arbeit\"`, sobald die Arbeit begonnen hat)",
                "with a measure or date the arrangement is planned: `status = \"geplant\"` (or `\"in_arbeit\"` once work has started)"
            ));
        }
        ctx.push(f);
    }
}
