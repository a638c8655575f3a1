//! The cost figures: per year, domain, source and school over the plan period, the total
//! cost of ownership with replacements, funding and the replacement need of the stock.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{Bereichskosten, Jahr, Kosten, OHNE_BEREICH, Quellenanteil};
use crate::costs;
use crate::format::f;
use crate::model::Plan;
use crate::model::finanzierung::QuellenArt;
use crate::model::massnahmen::Kategorie;
use crate::model::schulen::Nutzergruppe;
use crate::model::types::Euro;
use crate::profile::Profile;

/// Money of one year or one domain, by kind.
#[derive(Debug, Default, Clone, Copy)]
struct Posten {
    investition: Euro,
    laufend: Euro,
    folgekosten: Euro,
    ersatz: Euro,
}

pub(super) fn gesamt(plan: &Plan, profile: &Profile, schueler: Option<u64>) -> Kosten {
    let Some(lz) = plan.plan.zeitraum else {
        return kosten_ohne_laufzeit(plan);
    };
    let mut jahre: BTreeMap<i32, Posten> = lz.jahre().map(|j| (j, Posten::default())).collect();
    let mut bereiche: BTreeMap<&str, Posten> = BTreeMap::new();
    let mut quellen: BTreeMap<&str, Euro> = BTreeMap::new();
    for m in &plan.massnahmen {
        let bereich = bereiche
            .entry(m.bereich.map(|b| b.key()).unwrap_or(OHNE_BEREICH))
            .or_default();
        for (j, e) in costs::investition_je_jahr(m, lz.von) {
            jahre.entry(j).or_default().investition += e;
            bereich.investition += e;
        }
        for (j, e) in costs::laufend_je_jahr(m, lz.von) {
            jahre.entry(j).or_default().laufend += e;
            bereich.laufend += e;
        }
        for (j, e) in costs::folgekosten_je_jahr(m, &lz) {
            jahre.entry(j).or_default().folgekosten += e;
            bereich.folgekosten += e;
        }
        if let (Some(k), Some(menge), Some(preis)) = (
            m.kategorie.filter(|k| k.ist_endgeraet()),
            m.menge,
            m.einzelpreis,
        ) {
            let schulen = plan.schulen_von(m);
            if let Some(c) = plan.ersatzzyklus(k, &schulen) {
                let gekauft = m.zeitraum.map(|z| z.bis.jahr()).unwrap_or(lz.von);
                let mut j = gekauft + c as i32;
                while j <= lz.bis {
                    jahre.entry(j).or_default().ersatz += Euro(preis.0 * Decimal::from(menge));
                    j += c as i32;
                }
            }
        }
        for (quelle, _, betrag) in costs::quellen_je_jahr(m, lz.von) {
            *quellen.entry(quelle).or_default() += betrag;
        }
    }
    let jahre: Vec<Jahr> = jahre
        .into_iter()
        .map(|(jahr, p)| Jahr {
            jahr,
            investition: p.investition,
            laufend: p.laufend,
            folgekosten: p.folgekosten,
            ersatz: p.ersatz,
            gesamt: p.investition + p.laufend + p.folgekosten + p.ersatz,
        })
        .collect();
    let investition: Euro = jahre.iter().map(|j| j.investition).sum();
    let laufend: Euro = jahre.iter().map(|j| j.laufend).sum();
    let folgekosten: Euro = jahre.iter().map(|j| j.folgekosten).sum();
    let ersatz: Euro = jahre.iter().map(|j| j.ersatz).sum();
    let tco = investition + laufend + folgekosten + ersatz;
    let quellen: Vec<Quellenanteil> = plan
        .quellen()
        .iter()
        .map(|q| Quellenanteil {
            id: q.id.to_string(),
            name: q.name.clone(),
            betrag: quellen.get(q.id.as_str()).copied().unwrap_or_default(),
            budget: q.budget,
        })
        .collect();
    let fremdmittel: Euro = plan
        .quellen()
        .iter()
        .zip(&quellen)
        .filter(|(q, _)| q.art != QuellenArt::Eigenmittel)
        .map(|(_, a)| a.betrag)
        .sum();
    let basis = investition + laufend;
    let years = (lz.bis - lz.von + 1).max(1);
    Kosten {
        laufzeit: Some(lz),
        jahre,
        bereiche: bereiche
            .into_iter()
            .map(|(b, p)| Bereichskosten {
                bereich: b.to_string(),
                investition: p.investition,
                laufend: p.laufend,
                folgekosten: p.folgekosten,
            })
            .collect(),
        quellen,
        investition,
        laufend,
        folgekosten,
        ersatz,
        tco,
        fremdmittel,
        foerderquote: (!basis.0.is_zero()).then(|| f(fremdmittel.0) / f(basis.0) * 100.0),
        eigenanteil: tco - fremdmittel,
        je_schueler: schueler
            .filter(|n| *n > 0)
            .map(|n| Euro((tco.0 / Decimal::from(n)).round_dp(2))),
        je_schueler_und_jahr: schueler
            .filter(|n| *n > 0)
            .map(|n| Euro((tco.0 / Decimal::from(n) / Decimal::from(years)).round_dp(2))),
        ersatzbedarf_bestand: ersatzbedarf_bestand(plan, profile, lz.von, lz.bis),
    }
}

fn kosten_ohne_laufzeit(plan: &Plan) -> Kosten {
    let investition: Euro = plan.massnahmen.iter().map(|m| m.investition_gesamt()).sum();
    Kosten {
        laufzeit: None,
        jahre: Vec::new(),
        bereiche: Vec::new(),
        quellen: Vec::new(),
        investition,
        laufend: Euro::ZERO,
        folgekosten: Euro::ZERO,
        ersatz: Euro::ZERO,
        tco: investition,
        fremdmittel: Euro::ZERO,
        foerderquote: None,
        eigenanteil: investition,
        je_schueler: None,
        je_schueler_und_jahr: None,
        ersatzbedarf_bestand: Euro::ZERO,
    }
}

/// Stock devices whose cycle runs out within the period, at the middle of the usual price range.
fn ersatzbedarf_bestand(plan: &Plan, profile: &Profile, von: i32, bis: i32) -> Euro {
    let mut total = Euro::ZERO;
    for s in &plan.schulen {
        let Some(ist) = &s.ist else { continue };
        for g in &ist.geraete {
            let kategorie = match g.gruppe {
                Nutzergruppe::Schueler => Kategorie::Schuelergeraete,
                Nutzergruppe::Lehrkraefte => Kategorie::Lehrkraftgeraete,
            };
            let (Some(jahr), Some(c), Some(band)) = (
                g.anschaffungsjahr,
                plan.ersatzzyklus(kategorie, &[s]),
                profile.preis(kategorie),
            ) else {
                continue;
            };
            let preis = (band.von.0 + band.bis.0) / Decimal::TWO;
            let mut j = jahr + c as i32;
            while j <= bis {
                if j >= von {
                    total += Euro(preis * Decimal::from(g.anzahl));
                }
                j += c as i32;
            }
        }
    }
    total
}

/// Investment, running and follow-up costs of each measure shared out to its schools by students.
pub(super) fn je_schule(plan: &Plan) -> BTreeMap<&str, Euro> {
    let mut out: BTreeMap<&str, Euro> = BTreeMap::new();
    let lz = plan.plan.zeitraum;
    let index = plan.schulen_nach_id();
    for m in &plan.massnahmen {
        let folge: Euro = lz
            .map(|lz| {
                costs::folgekosten_je_jahr(m, &lz)
                    .into_iter()
                    .map(|(_, e)| e)
                    .sum()
            })
            .unwrap_or_default();
        let total = costs::foerderbasis(m) + folge;
        let schulen = plan.schulen_von_mit(m, &index);
        let heads: u64 = schulen.iter().map(|s| s.schueler_zahl() as u64).sum();
        if heads == 0 {
            continue;
        }
        let weights: Vec<Decimal> = schulen
            .iter()
            .map(|s| Decimal::from(s.schueler_zahl()))
            .collect();
        for (s, part) in schulen.iter().zip(costs::split_weighted(total, &weights)) {
            *out.entry(s.id.as_str()).or_default() += part;
        }
    }
    out
}
