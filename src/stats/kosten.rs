//! The cost figures: per year, domain, source and school over the plan period, the total
//! cost of ownership with replacements, funding and the replacement need of the stock.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{Bereichskosten, Jahr, Kosten, OHNE_BEREICH, Quellenanteil};
use crate::costs;
use crate::format::f;
use crate::model::Plan;
use crate::model::finanzierung::QuellenArt;
use crate::model::massnahmen::{Haushalt, Kategorie, Massnahme};
use crate::model::plan::Laufzeit;
use crate::model::schulen::Nutzergruppe;
use crate::model::types::Euro;
use crate::model::zielarchitektur::Eigentum;
use crate::profile::Profile;

/// Money of one year or one domain, by kind.
#[derive(Debug, Default, Clone, Copy)]
struct Posten {
    investition: Euro,
    laufend: Euro,
    folgekosten: Euro,
    ersatz: Euro,
    investiv: Euro,
    konsumtiv: Euro,
}

/// Replacement of the devices a measure buys, in each plan year their cycle ends.
pub(super) fn ersatz_je_jahr(plan: &Plan, m: &Massnahme, lz: &Laufzeit) -> Vec<(i32, Euro)> {
    let mut out = Vec::new();
    if let (Some(k), Some(menge), Some(preis)) = (
        m.kategorie.filter(|k| k.ist_endgeraet()),
        m.menge,
        m.einzelpreis,
    ) {
        let schulen = plan.schulen_von(m);
        if let Some(c) = plan.ersatzzyklus(k, &schulen).filter(|c| *c > 0) {
            let gekauft = m.zeitraum.map(|z| z.bis.jahr()).unwrap_or(lz.von);
            let mut j = gekauft + c as i32;
            while j <= lz.bis {
                out.push((j, Euro(preis.0 * Decimal::from(menge))));
                j += c as i32;
            }
        }
    }
    out
}

pub(super) fn gesamt(plan: &Plan, profile: &Profile, schueler: Option<u64>) -> Kosten {
    let deckung = super::deckung::berechne(plan, profile);
    let Some(lz) = plan.plan.zeitraum.map(|z| z.wirksam()) else {
        return kosten_ohne_laufzeit(plan, deckung);
    };
    let mut jahre: BTreeMap<i32, Posten> = lz.jahre().map(|j| (j, Posten::default())).collect();
    let mut bereiche: BTreeMap<&str, Posten> = BTreeMap::new();
    for m in &plan.massnahmen {
        let bereich = bereiche
            .entry(m.bereich.map(|b| b.key()).unwrap_or(OHNE_BEREICH))
            .or_default();
        let investiv = m.haushalt_art() == Haushalt::Investiv;
        for (j, e) in costs::investition_je_jahr(m, lz.von) {
            // Years outside the period appear only with money in them (a carried-over
            // measure's earlier years).
            if e.0.is_zero() && !lz.jahre().contains(&j) {
                continue;
            }
            let p = jahre.entry(j).or_default();
            p.investition += e;
            if investiv {
                p.investiv += e;
            } else {
                p.konsumtiv += e;
            }
            bereich.investition += e;
        }
        for (j, e) in costs::laufend_je_jahr(m, lz.von) {
            // Years outside the period appear only with money in them (a carried-over
            // measure's earlier years).
            if e.0.is_zero() && !lz.jahre().contains(&j) {
                continue;
            }
            let p = jahre.entry(j).or_default();
            p.laufend += e;
            p.konsumtiv += e;
            bereich.laufend += e;
        }
        for (j, e) in costs::folgekosten_je_jahr(m, &lz) {
            let p = jahre.entry(j).or_default();
            p.folgekosten += e;
            p.konsumtiv += e;
            bereich.folgekosten += e;
        }
        for (j, e) in ersatz_je_jahr(plan, m, &lz) {
            let p = jahre.entry(j).or_default();
            p.ersatz += e;
            if investiv {
                p.investiv += e;
            } else {
                p.konsumtiv += e;
            }
        }
    }
    // The stock the schools have wears out too: its replacement in the period is a cost of
    // the period (at the profile's usual prices), assigned like any other replacement.
    let bestand = ersatzbedarf_bestand_je_jahr(plan, profile, lz.von, lz.bis);
    for (&j, &e) in &bestand {
        let p = jahre.entry(j).or_default();
        p.ersatz += e;
        p.investiv += e;
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
            investiv: p.investiv,
            konsumtiv: p.konsumtiv,
        })
        .collect();
    let investition: Euro = jahre.iter().map(|j| j.investition).sum();
    let laufend: Euro = jahre.iter().map(|j| j.laufend).sum();
    let folgekosten: Euro = jahre.iter().map(|j| j.folgekosten).sum();
    let ersatz: Euro = jahre.iter().map(|j| j.ersatz).sum();
    let quellen = quellenanteile(plan, &deckung, true);
    let summe_art = |pred: &dyn Fn(QuellenArt) -> bool| -> Euro {
        quellen
            .iter()
            .filter(|q| pred(q.art))
            .map(|q| q.betrag)
            .sum()
    };
    // Parents pay their part themselves: neither funding nor the Schulträger's cost.
    let eltern = summe_art(&|a| a == QuellenArt::Eltern);
    let fremdmittel = summe_art(&|a| !matches!(a, QuellenArt::Eigenmittel | QuellenArt::Eltern));
    let tco = investition + laufend + folgekosten + ersatz - eltern;
    let basis = investition + laufend - eltern;
    let years = (lz.bis - lz.von + 1).max(1);
    let (massnahmen, beziffert) = zaehlung(plan);
    let vollstaendig = massnahmen > 0 && beziffert == massnahmen;
    Kosten {
        laufzeit: Some(lz),
        investiv: jahre.iter().map(|j| j.investiv).sum(),
        konsumtiv: jahre.iter().map(|j| j.konsumtiv).sum(),
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
        eltern,
        foerderquote: (vollstaendig && !basis.0.is_zero())
            .then(|| f(fremdmittel.0) / f(basis.0) * 100.0),
        eigenanteil: tco - fremdmittel,
        je_schueler: schueler
            .filter(|n| *n > 0 && vollstaendig)
            .map(|n| Euro((tco.0 / Decimal::from(n)).round_dp(2))),
        je_schueler_und_jahr: schueler
            .filter(|n| *n > 0 && vollstaendig)
            .map(|n| Euro((tco.0 / Decimal::from(n) / Decimal::from(years)).round_dp(2))),
        ersatzbedarf_bestand: bestand.into_values().sum(),
        massnahmen,
        beziffert,
        volumen: volumen(plan),
        volumen_jahre: volumen_jahre(plan),
        deckung,
    }
}

/// Measures in the plan, and those that state a cost.
fn zaehlung(plan: &Plan) -> (usize, usize) {
    let n = plan.massnahmen.len();
    (n, plan.massnahmen.iter().filter(|m| m.beziffert()).count())
}

fn volumen(plan: &Plan) -> Option<Euro> {
    plan.finanzierung.as_ref().and_then(|f| f.volumen)
}

fn volumen_jahre(plan: &Plan) -> Vec<(i32, Euro)> {
    plan.finanzierung
        .as_ref()
        .map(|f| f.volumen_jahre.iter().map(|j| (j.jahr, j.betrag)).collect())
        .unwrap_or_default()
}

/// Each source's figures, its planned amount taken from the coverage (the measures'
/// funding lines); without a plan period that amount is not reported.
fn quellenanteile(
    plan: &Plan,
    deckung: &super::deckung::Deckung,
    mit_laufzeit: bool,
) -> Vec<Quellenanteil> {
    plan.quellen()
        .iter()
        .map(|q| {
            let d = deckung.quellen.iter().find(|d| d.id == q.id.as_str());
            Quellenanteil {
                id: q.id.to_string(),
                name: q.name.clone(),
                betrag: d
                    .filter(|_| mit_laufzeit)
                    .map(|d| d.aus_massnahmen)
                    .unwrap_or_default(),
                budget: q.budget,
                art: q.art,
                zugewiesen: d.map(|d| d.zugewiesen).unwrap_or_default(),
                je_jahr: d
                    .map(|d| d.je_jahr.iter().map(|(j, e)| (*j, *e)).collect())
                    .unwrap_or_default(),
                bewilligt: q.bewilligt,
                abgerufen: q.abgerufen,
                ausgaben: q.ausgaben.iter().map(|a| (a.jahr, a.betrag)).collect(),
            }
        })
        .collect()
}

fn kosten_ohne_laufzeit(plan: &Plan, deckung: super::deckung::Deckung) -> Kosten {
    let investition: Euro = plan.massnahmen.iter().map(|m| m.investition_gesamt()).sum();
    let investiv: Euro = plan
        .massnahmen
        .iter()
        .filter(|m| m.haushalt_art() == Haushalt::Investiv)
        .map(|m| m.investition_gesamt())
        .sum();
    let (massnahmen, beziffert) = zaehlung(plan);
    Kosten {
        laufzeit: None,
        jahre: Vec::new(),
        bereiche: Vec::new(),
        quellen: quellenanteile(plan, &deckung, false),
        investition,
        laufend: Euro::ZERO,
        folgekosten: Euro::ZERO,
        ersatz: Euro::ZERO,
        tco: investition,
        fremdmittel: Euro::ZERO,
        eltern: Euro::ZERO,
        foerderquote: None,
        eigenanteil: investition,
        je_schueler: None,
        je_schueler_und_jahr: None,
        ersatzbedarf_bestand: Euro::ZERO,
        investiv,
        konsumtiv: investition - investiv,
        massnahmen,
        beziffert,
        volumen: volumen(plan),
        volumen_jahre: volumen_jahre(plan),
        deckung,
    }
}

/// Stock devices whose cycle runs out within the period, at the middle of the usual price
/// range, per year. Devices the parents own are theirs to replace, not the Schulträger's.
pub(super) fn ersatzbedarf_bestand_je_jahr(
    plan: &Plan,
    profile: &Profile,
    von: i32,
    bis: i32,
) -> BTreeMap<i32, Euro> {
    let mut total: BTreeMap<i32, Euro> = BTreeMap::new();
    for s in &plan.schulen {
        let Some(ist) = &s.ist else { continue };
        for g in ist
            .geraete
            .iter()
            .filter(|g| g.eigentum() != Eigentum::Eltern)
        {
            let kategorie = match g.gruppe {
                Nutzergruppe::Schueler => Kategorie::Schuelergeraete,
                Nutzergruppe::Lehrkraefte => Kategorie::Lehrkraftgeraete,
            };
            let (Some(jahr), Some(c), Some(band)) = (
                g.anschaffungsjahr,
                plan.ersatzzyklus(kategorie, &[s]).filter(|c| *c > 0),
                profile.preis(kategorie),
            ) else {
                continue;
            };
            let preis = (band.von.0 + band.bis.0) / Decimal::TWO;
            let mut j = jahr + c as i32;
            while j <= bis {
                if j >= von {
                    *total.entry(j).or_default() += Euro(preis * Decimal::from(g.anzahl));
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
    let lz = plan.plan.zeitraum.map(|z| z.wirksam());
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
