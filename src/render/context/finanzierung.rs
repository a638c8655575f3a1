//! Chapters Finanzierung and Kosten: funding sources with their shares, costs per year and area,
//! TCO.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::format::euro_rund;
use crate::model::types::Euro;
use crate::stats::Kennzahlen;

use super::values::*;
use super::{Abschnitt, Eintrag, OFFEN, Sources, eintrag, section};

#[derive(Debug, Serialize)]
pub struct QuelleZeile {
    pub name: String,
    pub art: String,
    pub budget: String,
    pub verplant: String,
    pub foerderquote: String,
    pub zeitraum: String,
    pub ausschluesse: Vec<String>,
    pub jahresbudgets: Vec<Eintrag>,
    /// Approved (grant notice), with its date.
    pub bewilligt: String,
    pub bewilligt_am: String,
    /// Drawn so far, with the date of the figure.
    pub abgerufen: String,
    pub abgerufen_am: String,
    /// Assigned by the plan's default sources (follow-up costs, replacements, measures without lines).
    pub zugewiesen: String,
    /// Plan against actual spending per year (years with either).
    pub plan_ist: Vec<PlanIst>,
}

#[derive(Debug, Serialize)]
pub struct PlanIst {
    pub jahr: String,
    pub geplant: String,
    pub ausgaben: String,
}

/// One row of the gap table (Deckungslücke).
#[derive(Debug, Serialize)]
pub struct LueckeZeile {
    pub jahr: String,
    pub quelle: String,
    pub bedarf: String,
    pub budget: String,
    pub luecke: String,
}

#[derive(Debug, Serialize)]
pub struct Kosten {
    pub jahre: Vec<KostenJahr>,
    pub summe: KostenJahr,
    pub bereiche: Vec<KostenBereich>,
    /// How much of the costs the plan states, when not all: "mind. … (n von m Maßnahmen beziffert)"; empty when complete.
    pub hinweis: String,
    /// The plan-level volume with the part broken down, when the plan states a volume.
    pub volumen: String,
    /// The gap table: need above budget per year and source, and costs assigned to no source.
    pub luecken: Vec<LueckeZeile>,
    /// Sum of the costs assigned to no source ("–" when none).
    pub nicht_zugeordnet: String,
    /// What to say when the gap table is empty: all covered, or only as far as costs are stated.
    pub ohne_luecke: String,
    /// What the plan itself says about a gap, in words (`[finanzierung] luecke_erlaeuterung`).
    pub luecke_erlaeuterung: Option<crate::render::rich_text::RichText>,
    /// Paid by parents, outside the TCO (open when nothing).
    pub eltern: String,
}

#[derive(Debug, Serialize)]
pub struct KostenJahr {
    pub jahr: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub ersatz: String,
    pub gesamt: String,
    pub investiv: String,
    pub konsumtiv: String,
}

#[derive(Debug, Serialize)]
pub struct KostenBereich {
    pub bereich: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub gesamt: String,
}

pub(super) fn finanzierung(src: &Sources<'_>) -> Abschnitt<Vec<QuelleZeile>> {
    let p = src.plan;
    let Some(fin) = &p.finanzierung else {
        return section(None, false, Vec::new());
    };
    let verplant: BTreeMap<&str, Euro> = src
        .figures
        .kosten
        .quellen
        .iter()
        .map(|q| (q.id.as_str(), q.betrag + q.zugewiesen))
        .collect();
    let figures: BTreeMap<&str, &crate::stats::Quellenanteil> = src
        .figures
        .kosten
        .quellen
        .iter()
        .map(|q| (q.id.as_str(), q))
        .collect();
    let rows = fin
        .quellen
        .iter()
        .map(|q| QuelleZeile {
            bewilligt: eur(q.bewilligt),
            bewilligt_am: q
                .bewilligt_am
                .map(zeitpunkt)
                .unwrap_or_else(|| OFFEN.into()),
            abgerufen: eur(q.abgerufen),
            abgerufen_am: q
                .abgerufen_am
                .map(zeitpunkt)
                .unwrap_or_else(|| OFFEN.into()),
            zugewiesen: eur0(
                figures
                    .get(q.id.as_str())
                    .map(|f| f.zugewiesen)
                    .unwrap_or_default(),
            ),
            plan_ist: plan_ist(figures.get(q.id.as_str()).copied()),
            name: q.name.clone(),
            art: label(&q.art),
            budget: eur(q.budget),
            verplant: verplant.get(q.id.as_str()).map_or_else(
                || OFFEN.to_string(),
                |e| teilbetrag(&src.figures.kosten, *e),
            ),
            foerderquote: prozent(q.foerderquote),
            zeitraum: zeitraum(q.zeitraum),
            ausschluesse: q.ausschluesse.clone(),
            jahresbudgets: q
                .jahresbudget
                .iter()
                .map(|j| eintrag(&j.jahr.to_string(), euro_rund(j.betrag, DE)))
                .collect(),
        })
        .collect();
    section(fin.nicht_zutreffend.as_ref(), true, rows)
}

fn plan_ist(q: Option<&crate::stats::Quellenanteil>) -> Vec<PlanIst> {
    let Some(q) = q else { return Vec::new() };
    if q.ausgaben.is_empty() {
        return Vec::new();
    }
    q.plan_und_ausgaben()
        .into_iter()
        .map(|(j, geplant, ausgaben)| PlanIst {
            jahr: j.to_string(),
            geplant: eur(geplant),
            ausgaben: eur(ausgaben),
        })
        .collect()
}

/// "12.500.000 € (Planvolumen; davon aufgeschlüsselt 3.000.000 €)", or nothing.
fn volumen(k: &crate::stats::Kosten) -> String {
    k.volumen
        .map(|v| {
            format!(
                "{} (Planvolumen; davon aufgeschlüsselt {})",
                euro_rund(v, DE),
                euro_rund(k.tco, DE)
            )
        })
        .unwrap_or_default()
}

/// An amount in a table of a plan that costs only some measures: open where 0, since a
/// measure without a cost may fall there; as it is where every measure is costed.
pub(super) fn teilbetrag(k: &crate::stats::Kosten, e: Euro) -> String {
    if k.vollstaendig() || !e.0.is_zero() {
        euro_rund(e, DE)
    } else {
        OFFEN.to_string()
    }
}

/// A sum the plan states only partly: "mind. X (n von m Maßnahmen beziffert)".
pub(super) fn mindestens(k: &crate::stats::Kosten, e: Euro) -> String {
    if k.vollstaendig() {
        euro_rund(e, DE)
    } else if k.teilweise() && !e.0.is_zero() {
        format!(
            "mind. {} ({} von {} Maßnahmen beziffert)",
            euro_rund(e, DE),
            k.beziffert,
            k.massnahmen
        )
    } else {
        OFFEN.to_string()
    }
}

fn luecken(k: &crate::stats::Kosten, quellen: &BTreeMap<&str, &str>) -> Vec<LueckeZeile> {
    k.deckung
        .luecken()
        .into_iter()
        .map(|l| LueckeZeile {
            jahr: l
                .jahr
                .map_or_else(|| "Laufzeit".to_string(), |j| j.to_string()),
            quelle: match (&l.quelle, l.art) {
                (Some(id), _) => quellen
                    .get(id.as_str())
                    .map_or_else(|| id.clone(), |n| n.to_string()),
                (None, Some(art)) => format!("nicht zugeordnet: {}", art.name_de()),
                (None, None) => "nicht zugeordnet".into(),
            },
            bedarf: euro_rund(l.bedarf, DE),
            budget: eur(l.budget),
            luecke: euro_rund(l.luecke, DE),
        })
        .collect()
}

pub(super) fn kosten(k: &Kennzahlen, plan: &crate::model::Plan) -> Kosten {
    let k = &k.kosten;
    let namen: BTreeMap<&str, &str> = k
        .quellen
        .iter()
        .map(|q| (q.id.as_str(), q.name.as_str()))
        .collect();
    // A plan that costs only some measures gives lower bounds: a cell of 0 € there is not
    // known to be 0, so it is open.
    let zelle = |e: Euro| teilbetrag(k, e);
    let offen_oder = |e: Option<Euro>| e.map_or_else(|| OFFEN.to_string(), zelle);
    Kosten {
        hinweis: if k.vollstaendig() || !k.teilweise() {
            String::new()
        } else {
            format!(
                "Nur {} von {} Maßnahmen nennen Kosten; die Summen sind Mindestwerte.",
                k.beziffert, k.massnahmen
            )
        },
        volumen: volumen(k),
        luecken: luecken(k, &namen),
        nicht_zugeordnet: mindestens(k, k.deckung.ungedeckt_gesamt()),
        luecke_erlaeuterung: plan
            .finanzierung
            .as_ref()
            .and_then(|f| rich(&f.luecke_erlaeuterung)),
        ohne_luecke: if k.vollstaendig() {
            "Alle Kosten der Laufzeit sind einer Quelle zugeordnet und liegen im Budget.".into()
        } else if k.teilweise() {
            format!(
                "Für die bezifferten Maßnahmen ({} von {}) ist keine Lücke erkennbar; die übrigen nennen keine Kosten, ihre Deckung ist offen.",
                k.beziffert, k.massnahmen
            )
        } else {
            "Keine Maßnahme nennt Kosten für die Laufzeit; ob sie gedeckt sind, ist offen.".into()
        },
        eltern: eur0(k.eltern),
        jahre: k
            .jahre
            .iter()
            .map(|j| KostenJahr {
                jahr: j.jahr.to_string(),
                investition: zelle(j.investition),
                laufend: zelle(j.laufend),
                folgekosten: zelle(j.folgekosten),
                ersatz: zelle(j.ersatz),
                gesamt: zelle(j.gesamt),
                investiv: zelle(j.investiv),
                konsumtiv: zelle(j.konsumtiv),
            })
            .collect(),
        summe: KostenJahr {
            jahr: "Summe".into(),
            investition: mindestens(k, k.investition),
            laufend: offen_oder(k.laufzeit.map(|_| k.laufend)),
            folgekosten: offen_oder(k.laufzeit.map(|_| k.folgekosten)),
            ersatz: offen_oder(k.laufzeit.map(|_| k.ersatz)),
            gesamt: mindestens(k, k.tco),
            investiv: mindestens(k, k.investiv),
            konsumtiv: mindestens(k, k.konsumtiv),
        },
        bereiche: k
            .bereiche
            .iter()
            .map(|b| KostenBereich {
                bereich: label(&b.bereich),
                investition: zelle(b.investition),
                laufend: zelle(b.laufend),
                folgekosten: zelle(b.folgekosten),
                gesamt: zelle(Euro(b.investition.0 + b.laufend.0 + b.folgekosten.0)),
            })
            .collect(),
    }
}
