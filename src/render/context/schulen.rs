//! Chapter Ausgangslage: schools, Schulformen and the whole, with IST and SOLL figures.

use serde::Serialize;

use crate::format::zahl;

use super::values::*;
use super::{OFFEN, Sources};

#[derive(Debug, Serialize)]
pub struct SchuleZeile {
    pub id: String,
    pub name: String,
    pub schulform: String,
    pub schulnummer: Option<String>,
    /// Whether the entry is a group of schools (`anzahl_schulen` of 2 or more).
    pub gruppe: bool,
    /// Schools the entry stands for: 1, or the size of the group.
    pub anzahl_schulen: u32,
    pub schueler: String,
    pub lehrkraefte: String,
    pub klassen: String,
    pub raeume: String,
    pub medienkonzept: String,
    #[serde(flatten)]
    pub zahlen: Zahlen,
    pub kosten: String,
}

#[derive(Debug, Serialize)]
pub struct GruppeZeile {
    pub name: String,
    pub schulen: usize,
    pub schueler: String,
    pub lehrkraefte: String,
    pub klassen: String,
    #[serde(flatten)]
    pub zahlen: Zahlen,
}

/// IST and SOLL figures of a school or group, formatted.
#[derive(Debug, Serialize)]
pub struct Zahlen {
    pub geraete_ist: String,
    pub geraete_soll: String,
    pub schueler_pro_geraet_ist: String,
    pub schueler_pro_geraet_soll: String,
    pub mbit_pro_klasse_ist: String,
    pub mbit_pro_klasse_soll: String,
    pub wlan_ist: String,
    pub praesentation_ist: String,
}

pub(super) fn zahlen(g: &crate::stats::Gruppe) -> Zahlen {
    let pct =
        |x: Option<f64>| x.map_or_else(|| OFFEN.to_string(), |x| format!("{} %", zahl(x, 0, DE)));
    Zahlen {
        geraete_ist: teilsumme(g.schuelergeraete_teil()),
        geraete_soll: g
            .schuelergeraete_soll
            .map_or_else(|| OFFEN.to_string(), |n| zahl(n as f64, 0, DE)),
        schueler_pro_geraet_ist: ratio(g.schueler_pro_geraet_ist, 1),
        schueler_pro_geraet_soll: ratio(g.schueler_pro_geraet_soll, 1),
        mbit_pro_klasse_ist: ratio(g.breitband_mbit_pro_klasse_ist, 1),
        // The target bandwidth is a minimum: "mind. 50" under an IST of 71,4 is no cut.
        mbit_pro_klasse_soll: mind_wert(g.breitband_mbit_pro_klasse_soll),
        wlan_ist: pct(g.wlan_abdeckung_ist),
        praesentation_ist: pct(g.praesentation_abdeckung_ist),
    }
}

pub(super) fn gruppe(g: &crate::stats::Gruppe) -> GruppeZeile {
    GruppeZeile {
        name: g.name.clone(),
        schulen: g.schulen,
        schueler: teilsumme(g.schueler_teil()),
        lehrkraefte: teilsumme(g.lehrkraefte_teil()),
        klassen: teilsumme(g.klassen_teil()),
        zahlen: zahlen(g),
    }
}

pub(super) fn schulen(src: &Sources<'_>) -> Vec<SchuleZeile> {
    src.plan
        .schulen
        .iter()
        .zip(&src.figures.schulen)
        .map(|(s, z)| SchuleZeile {
            id: s.id.to_string(),
            name: s.name.clone(),
            schulform: s.schulform.name().to_string(),
            schulnummer: s.schulnummer.clone(),
            gruppe: s.ist_gruppe(),
            anzahl_schulen: s.anzahl(),
            schueler: count(s.schueler),
            lehrkraefte: count(s.lehrkraefte),
            klassen: count(s.klassen),
            raeume: count(s.unterrichtsraeume),
            medienkonzept: match &s.medienkonzept {
                Some(m) if m.vorhanden => m.datum.map_or_else(|| "ja".into(), date),
                Some(_) => "nein".into(),
                None => OFFEN.into(),
            },
            zahlen: zahlen(&z.zahlen),
            kosten: eur0(z.kosten),
        })
        .collect()
}
