//! Guardrails that hold together: what a Leitplanke decides must not be undone by the
//! software the plan lists or by the other half of the same guardrail (W236–W238).

use super::Ctx;
use crate::model::leitplanken::{DiensteEntscheidung, Geraeteschluessel, SchulbuchEntscheidung};
use crate::model::zielarchitektur::{Bereitsteller, SoftwareKategorie};
use crate::text;

pub fn check(ctx: &mut Ctx<'_>) {
    dienste(ctx);
    schulbuecher(ctx);
    nutzung_zuhause(ctx);
}

/// W236: uniform services, but an application the school provides and chooses itself.
/// Local apps (the Handreichung's „Lokale Apps und Anwendungen die genutzt werden können“:
/// a list of what schools may use) and textbooks (content chosen by the school's subject
/// conferences) are not part of the service landscape and are not counted.
fn dienste(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(l) = p.leitplanken.as_ref().and_then(|l| l.dienste.as_ref()) else {
        return;
    };
    if l.entscheidung != Some(DiensteEntscheidung::Einheitlich) || l.entfaellt().is_some() {
        return;
    }
    let Some(sw) = p.software() else { return };
    for (i, a) in sw.anwendungen.iter().enumerate() {
        let eigene_wahl = a.bereitsteller == Some(Bereitsteller::Schule)
            && !matches!(
                a.kategorie,
                SoftwareKategorie::LokaleApp | SoftwareKategorie::Schulbuch
            );
        if !eigene_wahl {
            continue;
        }
        let name = &a.name;
        let f = ctx
            .loc
            .finding(
                "W236",
                text!(
                    "Leitplanke: einheitliche Dienste, aber die Schule stellt „{name}“ selbst bereit",
                    "guardrail: uniform services, but the school provides “{name}” itself"
                ),
                &format!("/zielarchitektur/software/anwendungen/{i}/bereitsteller"),
            )
            .label(
                ctx.loc.value("/leitplanken/dienste/entscheidung"),
                text!("Leitplanke", "guardrail"),
            );
        ctx.push(f);
    }
}

/// W237: mainly digital textbooks, but no digital textbook access among the applications.
fn schulbuecher(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(l) = p.leitplanken.as_ref().and_then(|l| l.schulbuecher.as_ref()) else {
        return;
    };
    if l.entscheidung != Some(SchulbuchEntscheidung::VornehmlichDigital) || l.entfaellt().is_some()
    {
        return;
    }
    // Without a software section E120 already speaks; a waived one says why.
    let Some(sw) = p.software() else { return };
    if sw
        .nicht_zutreffend
        .as_ref()
        .is_some_and(|r| !r.trim().is_empty())
    {
        return;
    }
    if sw
        .anwendungen
        .iter()
        .any(|a| a.kategorie == SoftwareKategorie::Schulbuch)
    {
        return;
    }
    let f = ctx.loc.finding(
        "W237",
        text!(
            "Leitplanke: vornehmlich digitale Schulbücher, aber keine Anwendung der Kategorie `schulbuch`",
            "guardrail: mainly digital textbooks, but no application of category `schulbuch`"
        ),
        "/leitplanken/schulbuecher/entscheidung",
    );
    ctx.push(f);
}

/// W238: home use allowed, but no stage has personal devices: class sets and shared
/// devices stay in the school.
fn nutzung_zuhause(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(s) = p
        .leitplanken
        .as_ref()
        .and_then(|l| l.schuelergeraete.as_ref())
    else {
        return;
    };
    if s.nutzung_zuhause != Some(true) || s.entfaellt().is_some() {
        return;
    }
    let stufen = [
        (
            s.grundschule,
            "grundschule",
            ("Grundschulen", "primary schools"),
        ),
        (
            s.weiterfuehrend,
            "weiterfuehrend",
            ("weiterführende Schulen", "secondary schools"),
        ),
    ];
    if stufen
        .iter()
        .any(|(e, _, _)| *e == Some(Geraeteschluessel::EinsZuEins))
    {
        return;
    }
    for (e, key, (de, en)) in stufen {
        let Some(e) = e else { continue };
        let (wde, wen) = match e {
            Geraeteschluessel::MobileKlassensaetze => {
                ("mobilen Klassensätzen", "mobile class sets")
            }
            Geraeteschluessel::EinsZuN => ("geteilten Geräten (1:n)", "shared devices (1:n)"),
            Geraeteschluessel::EinsZuEins => continue,
        };
        let f = ctx
            .loc
            .finding(
                "W238",
                text!(
                    "Leitplanke: Nutzung zu Hause erlaubt, aber {de} arbeiten mit {wde}, die in der Schule bleiben",
                    "guardrail: home use allowed, but {en} work with {wen}, which stay in the school"
                ),
                "/leitplanken/schuelergeraete/nutzung_zuhause",
            )
            .label(
                ctx.loc.value(&format!("/leitplanken/schuelergeraete/{key}")),
                text!("Stufe", "stage"),
            );
        ctx.push(f);
    }
}
