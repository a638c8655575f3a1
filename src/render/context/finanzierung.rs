//! Chapters Finanzierung and Kosten: funding sources with their shares, costs per year and area,
//! TCO.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::format::euro_rund;
use crate::model::types::Euro;
use crate::stats::Kennzahlen;

use super::values::*;
use super::{Abschnitt, Eintrag, Sources, eintrag, section};

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
}

#[derive(Debug, Serialize)]
pub struct Kosten {
    pub jahre: Vec<KostenJahr>,
    pub summe: KostenJahr,
    pub bereiche: Vec<KostenBereich>,
}

#[derive(Debug, Serialize)]
pub struct KostenJahr {
    pub jahr: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub ersatz: String,
    pub gesamt: String,
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
        .map(|q| (q.id.as_str(), q.betrag))
        .collect();
    let rows = fin
        .quellen
        .iter()
        .map(|q| QuelleZeile {
            name: q.name.clone(),
            art: label(&q.art),
            budget: eur(q.budget),
            verplant: eur(verplant.get(q.id.as_str()).copied()),
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

pub(super) fn kosten(k: &Kennzahlen) -> Kosten {
    let k = &k.kosten;
    Kosten {
        jahre: k
            .jahre
            .iter()
            .map(|j| KostenJahr {
                jahr: j.jahr.to_string(),
                investition: euro_rund(j.investition, DE),
                laufend: euro_rund(j.laufend, DE),
                folgekosten: euro_rund(j.folgekosten, DE),
                ersatz: euro_rund(j.ersatz, DE),
                gesamt: euro_rund(j.gesamt, DE),
            })
            .collect(),
        summe: KostenJahr {
            jahr: "Summe".into(),
            investition: euro_rund(k.investition, DE),
            laufend: euro_rund(k.laufend, DE),
            folgekosten: euro_rund(k.folgekosten, DE),
            ersatz: euro_rund(k.ersatz, DE),
            gesamt: euro_rund(k.tco, DE),
        },
        bereiche: k
            .bereiche
            .iter()
            .map(|b| KostenBereich {
                bereich: label(&b.bereich),
                investition: euro_rund(b.investition, DE),
                laufend: euro_rund(b.laufend, DE),
                folgekosten: euro_rund(b.folgekosten, DE),
                gesamt: euro_rund(Euro(b.investition.0 + b.laufend.0 + b.folgekosten.0), DE),
            })
            .collect(),
    }
}
