//! Chapter Maßnahmen: one row per measure with schools, period, costs and funding.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::format::zahl;
use crate::model::Plan;
use crate::model::massnahmen::Massnahme;
use crate::render::rich_text::RichText;

use super::OFFEN;
use super::values::*;

#[derive(Debug, Serialize)]
pub struct MassnahmeZeile {
    pub id: String,
    pub titel: String,
    pub bereich: String,
    pub facette: String,
    pub zeitraum: String,
    pub status: String,
    pub schulen: String,
    pub leitplanken: String,
    /// Titles of the goals of the Zielbild the measure serves.
    pub ziele: Vec<String>,
    pub menge: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub finanzierung: String,
    pub verantwortlich: String,
    pub abhaengig_von: String,
    /// `übernommen aus MEP 2019–2023` for a measure carried over from the previous plan.
    pub uebernommen: Option<String>,
    pub beschreibung: Option<RichText>,
}

pub(super) fn massnahme(p: &Plan, m: &Massnahme) -> MassnahmeZeile {
    let schulen = if m.schulen.is_empty() || m.betrifft_alle_schulen() {
        "alle Schulen".to_string()
    } else {
        m.schulen
            .iter()
            .map(|id| {
                p.schule(id.as_str())
                    .map_or_else(|| id.to_string(), |s| s.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let quellen: BTreeMap<&str, &str> = p
        .quellen()
        .iter()
        .map(|q| (q.id.as_str(), q.name.as_str()))
        .collect();
    let finanzierung = m
        .finanzierung
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                quellen
                    .get(a.quelle.as_str())
                    .copied()
                    .unwrap_or(a.quelle.as_str()),
                match a.betrag {
                    Some(b) => crate::format::euro(b, DE),
                    None => prozent(a.anteil),
                }
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let investition = m.investition_gesamt();
    MassnahmeZeile {
        id: m.id.to_string(),
        titel: m.titel.clone(),
        bereich: opt_label(m.bereich),
        facette: opt_label(m.facette),
        zeitraum: zeitraum(m.zeitraum),
        status: opt_label(m.status),
        schulen,
        leitplanken: m
            .leitplanken
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        ziele: super::zielbild::ziel_titel(p, &m.ziele),
        menge: match (m.menge, &m.einheit) {
            (Some(n), Some(e)) => format!("{} × {e}", zahl(n as f64, 0, DE)),
            (Some(n), None) => zahl(n as f64, 0, DE),
            _ => OFFEN.into(),
        },
        investition: eur0(investition),
        laufend: eur(m.laufende_kosten_jaehrlich),
        folgekosten: eur(m.folgekosten_jaehrlich),
        finanzierung: if finanzierung.is_empty() {
            OFFEN.into()
        } else {
            finanzierung
        },
        verantwortlich: opt(&m.verantwortlich),
        abhaengig_von: m
            .abhaengig_von
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        uebernommen: m
            .uebernommen_aus
            .as_ref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| format!("übernommen aus {}", s.trim())),
        beschreibung: rich(&m.beschreibung),
    }
}
