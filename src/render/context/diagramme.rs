//! Figures of the document: costs per year and area, students per device per school, the
//! series of each indicator.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::costs;
use crate::format::{dezimal, f};
use crate::model::types::Euro;

use super::Sources;
use super::values::*;

/// Raw numbers for the charts, which typst draws itself.
#[derive(Debug, Serialize)]
pub struct Diagramme {
    /// Costs per year, stacked by domain, in euros.
    pub kosten_je_jahr: KostenDiagramm,
    /// Students per device per school, IST and SOLL.
    pub schueler_je_geraet: Vec<GeraeteBalken>,
    /// The benchmark line (students per device at most).
    pub richtwert_schueler_je_geraet: Option<f64>,
    /// The same, formatted (`5`, `2,75`).
    pub richtwert_schueler_je_geraet_text: Option<String>,
    /// One chart per indicator with a dated series, in plan order.
    pub indikatoren: Vec<IndikatorDiagramm>,
}

/// An indicator's series as bars per point in time: IST and SOLL side by side.
#[derive(Debug, Serialize)]
pub struct IndikatorDiagramm {
    pub id: String,
    pub name: String,
    /// The unit for the axis (`%`; also for a share without a unit), empty when unknown.
    pub einheit: String,
    /// Shares are drawn on a 0–100 axis.
    pub anteil: bool,
    pub punkte: Vec<IndikatorPunkt>,
}

#[derive(Debug, Serialize)]
pub struct IndikatorPunkt {
    /// `2021`, `Jul.–Dez. 2021`, `30.06.2021`.
    pub zeitpunkt: String,
    pub ist: Option<f64>,
    pub soll: Option<f64>,
    /// The values formatted (`63`, `40,5`), or the open mark.
    pub ist_text: String,
    pub soll_text: String,
}

fn indikatoren(p: &crate::model::Plan) -> Vec<IndikatorDiagramm> {
    let Some(e) = &p.evaluation else {
        return Vec::new();
    };
    e.indikatoren
        .iter()
        .filter(|i| !i.werte.is_empty())
        .map(|i| IndikatorDiagramm {
            id: i.id.to_string(),
            name: i.name.clone(),
            // A share without a unit is in percent.
            einheit: match i.einheit.as_deref().map(str::trim) {
                Some(e) if !e.is_empty() => e.to_string(),
                _ if i.ist_anteil() => "%".to_string(),
                _ => String::new(),
            },
            anteil: i.ist_anteil(),
            punkte: super::evaluation::punkte(i)
                .into_iter()
                .map(|pt| IndikatorPunkt {
                    zeitpunkt: zeitpunkt(pt.zeitpunkt),
                    ist: pt.ist.map(|d| f(d.0)),
                    soll: pt.soll.map(|d| f(d.0)),
                    ist_text: dez(pt.ist),
                    soll_text: dez(pt.soll),
                })
                .collect(),
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct KostenDiagramm {
    pub jahre: Vec<i32>,
    pub reihen: Vec<KostenReihe>,
    /// Highest yearly total, for the axis.
    pub maximum: f64,
}

#[derive(Debug, Serialize)]
pub struct KostenReihe {
    pub bereich: String,
    /// One value per year of `jahre`.
    pub werte: Vec<f64>,
}

#[derive(Debug, Serialize)]
pub struct GeraeteBalken {
    pub schule: String,
    pub ist: Option<f64>,
    pub soll: Option<f64>,
}

/// Costs per year and domain: investment and running costs in the years of each measure,
/// follow-up costs in the plan years after it.
pub(super) fn diagramme(src: &Sources<'_>) -> Diagramme {
    let p = src.plan;
    let jahre: Vec<i32> = p
        .plan
        .zeitraum
        .map(|z| z.jahre_wirksam().collect())
        .unwrap_or_else(|| src.figures.kosten.jahre.iter().map(|j| j.jahr).collect());
    let mut reihen: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let fallback = jahre.first().copied().unwrap_or_default();
    for m in &p.massnahmen {
        let bereich = opt_label(m.bereich);
        let werte = reihen
            .entry(bereich)
            .or_insert_with(|| vec![0.0; jahre.len()]);
        let mut add = |jahr: i32, e: Euro| {
            if let Some(i) = jahre.iter().position(|j| *j == jahr) {
                werte[i] += f(e.0);
            }
        };
        for (j, e) in costs::investition_je_jahr(m, fallback) {
            add(j, e);
        }
        for (j, e) in costs::laufend_je_jahr(m, fallback) {
            add(j, e);
        }
        if let Some(z) = &p.plan.zeitraum.map(|z| z.wirksam()) {
            for (j, e) in costs::folgekosten_je_jahr(m, z) {
                add(j, e);
            }
        }
    }
    let richtwert = src
        .profile
        .schwelle("schueler_pro_geraet_max")
        .map(|s| s.wert);
    let maximum = (0..jahre.len())
        .map(|i| reihen.values().map(|w| w[i]).sum::<f64>())
        .fold(0.0, f64::max);
    Diagramme {
        kosten_je_jahr: KostenDiagramm {
            jahre,
            reihen: reihen
                .into_iter()
                .filter(|(_, w)| w.iter().any(|v| *v > 0.0))
                .map(|(bereich, werte)| KostenReihe { bereich, werte })
                .collect(),
            maximum,
        },
        schueler_je_geraet: p
            .schulen
            .iter()
            .zip(&src.figures.schulen)
            .map(|(s, z)| GeraeteBalken {
                schule: s.name.clone(),
                ist: z.zahlen.schueler_pro_geraet_ist,
                soll: z.zahlen.schueler_pro_geraet_soll,
            })
            .collect(),
        richtwert_schueler_je_geraet: richtwert,
        richtwert_schueler_je_geraet_text: richtwert.map(|r| {
            dezimal(
                rust_decimal::Decimal::try_from(r)
                    .unwrap_or_default()
                    .round_dp(2),
                DE,
            )
        }),
        indikatoren: indikatoren(p),
    }
}
