//! Chapter Evaluation und Fortschreibung: indicators with baseline and target, their dated
//! series (a table here, a chart in `diagramme`) and their breakdown per Schulform or group.

use serde::Serialize;

use crate::model::Plan;
use crate::model::evaluation::{Indikator, WertArt};
use crate::model::types::{Dezimal, Zeitpunkt};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct Evaluation {
    pub verfahren: Option<RichText>,
    pub ueberpruefungen: Vec<String>,
    /// The regular report on the plan's progress, as a sentence (W219 counts it).
    pub bericht: Option<String>,
    pub indikatoren: Vec<IndikatorZeile>,
}

#[derive(Debug, Serialize)]
pub struct IndikatorZeile {
    pub id: String,
    pub name: String,
    pub einheit: String,
    /// What a value is measured in and against: `%` alone, `% der Schülerinnen und Schüler`,
    /// `Geräte (Anzahl)`; the unit alone when the plan names no base.
    pub bezug: String,
    /// The base's name (`Schülerinnen und Schüler`), or the open mark.
    pub basis: String,
    /// The latest IST: the series' latest value with its date (`93 (2023)`), else `ist`.
    pub ist: String,
    /// The latest SOLL: the series' latest target, else `soll`.
    pub soll: String,
    /// When the SOLL is due.
    pub zeitpunkt: String,
    pub messverfahren: String,
    /// The series, one row per point in time, in time order.
    pub reihe: Vec<ReihenZeile>,
    /// The breakdown per Schulform or group, in plan order.
    pub aufschluesselung: Vec<TeilZeile>,
}

#[derive(Debug, Serialize)]
pub struct ReihenZeile {
    pub zeitpunkt: String,
    pub ist: String,
    pub soll: String,
    /// Sources of the values, `; `-separated, or the open mark.
    pub quelle: String,
}

#[derive(Debug, Serialize)]
pub struct TeilZeile {
    /// The Schulform's name or the group's.
    pub name: String,
    pub zeitpunkt: String,
    pub ist: String,
    pub soll: String,
}

/// One point in time of a series: the IST and SOLL there, and their sources.
pub(super) struct Punkt<'a> {
    pub zeitpunkt: Zeitpunkt,
    pub ist: Option<Dezimal>,
    pub soll: Option<Dezimal>,
    pub quellen: Vec<&'a str>,
}

/// The series as points in time, each with its IST and SOLL. A second value of the same kind at
/// the same point (W228) gets a row of its own rather than being dropped.
pub(super) fn punkte(i: &Indikator) -> Vec<Punkt<'_>> {
    let mut out: Vec<Punkt<'_>> = Vec::new();
    for w in i.reihe() {
        let slot = |p: &Punkt<'_>| match w.art {
            WertArt::Ist => p.ist.is_none(),
            WertArt::Soll => p.soll.is_none(),
        };
        let p = match out.last_mut() {
            Some(p) if p.zeitpunkt == w.zeitpunkt && slot(p) => p,
            _ => {
                out.push(Punkt {
                    zeitpunkt: w.zeitpunkt,
                    ist: None,
                    soll: None,
                    quellen: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        match w.art {
            WertArt::Ist => p.ist = Some(w.wert),
            WertArt::Soll => p.soll = Some(w.wert),
        }
        if let Some(q) = w.quelle.as_deref().map(str::trim).filter(|q| !q.is_empty())
            && !p.quellen.contains(&q)
        {
            p.quellen.push(q);
        }
    }
    out
}

/// A value with its date in brackets when it has one: `93 (2023)`.
fn datiert(v: Option<(Dezimal, Option<Zeitpunkt>)>, mit_datum: bool) -> String {
    match v {
        None => OFFEN.to_string(),
        Some((d, Some(z))) if mit_datum => format!("{} ({})", dez(Some(d)), zeitpunkt(z)),
        Some((d, _)) => dez(Some(d)),
    }
}

fn bezug(i: &Indikator) -> String {
    let einheit = i
        .einheit
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    match (i.basis, einheit) {
        (None, _) => opt(&i.einheit),
        (Some(b), Some("%") | None) if b.ist_anteil() => format!("% der {}", label(&b)),
        (Some(b), Some(e)) if b.ist_anteil() => format!("{e} (Anteil der {})", label(&b)),
        (Some(b), Some(e)) => format!("{e} ({})", label(&b)),
        (Some(b), None) => label(&b),
    }
}

fn zeile(i: &Indikator) -> IndikatorZeile {
    let soll = i.aktueller_soll();
    IndikatorZeile {
        id: i.id.to_string(),
        name: i.name.clone(),
        einheit: opt(&i.einheit),
        bezug: bezug(i),
        basis: opt_label(i.basis),
        // A series' latest IST is dated, so that it is not read as the start value.
        ist: datiert(i.aktueller_ist(), true),
        soll: datiert(soll, false),
        zeitpunkt: soll
            .and_then(|(_, z)| z)
            .or(i.zeitpunkt)
            .map_or_else(|| OFFEN.to_string(), zeitpunkt),
        messverfahren: opt(&i.messverfahren),
        reihe: punkte(i)
            .into_iter()
            .map(|p| ReihenZeile {
                zeitpunkt: zeitpunkt(p.zeitpunkt),
                ist: dez(p.ist),
                soll: dez(p.soll),
                quelle: if p.quellen.is_empty() {
                    OFFEN.to_string()
                } else {
                    p.quellen.join("; ")
                },
            })
            .collect(),
        aufschluesselung: i
            .aufschluesselung
            .iter()
            .map(|a| TeilZeile {
                name: match (&a.schulform, &a.gruppe) {
                    (Some(s), _) => label(s),
                    (None, g) => opt(g),
                },
                zeitpunkt: a
                    .zeitpunkt
                    .or(i.zeitpunkt)
                    .map_or_else(|| OFFEN.to_string(), zeitpunkt),
                ist: dez(a.ist),
                soll: dez(a.soll),
            })
            .collect(),
    }
}

pub(super) fn evaluation(p: &Plan) -> Abschnitt<Evaluation> {
    let Some(e) = &p.evaluation else {
        return section(
            None,
            false,
            Evaluation {
                verfahren: None,
                ueberpruefungen: Vec::new(),
                bericht: None,
                indikatoren: Vec::new(),
            },
        );
    };
    section(
        e.nicht_zutreffend.as_ref(),
        true,
        Evaluation {
            verfahren: rich(&e.verfahren),
            ueberpruefungen: e.ueberpruefungen.iter().map(|d| date(*d)).collect(),
            bericht: e.bericht.as_ref().map(|b| {
                format!(
                    "Bericht über den Stand der Umsetzung: {}, an: {}.",
                    b.turnus.map_or_else(|| OFFEN.to_string(), |t| label(&t)),
                    b.gremium.as_deref().unwrap_or(OFFEN)
                )
            }),
            indikatoren: e.indikatoren.iter().map(zeile).collect(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(v: serde_json::Value) -> Indikator {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn a_series_becomes_rows_per_point_in_time_with_the_latest_values_dated() {
        let i = ind(serde_json::json!({
            "id": "glasfaser", "name": "Glasfaser", "einheit": "%", "basis": "schueler",
            "werte": [
                { "zeitpunkt": 2022, "wert": 83, "quelle": "Bericht 2022" },
                { "zeitpunkt": 2019, "wert": 20 },
                { "zeitpunkt": 2023, "wert": 93 },
                { "zeitpunkt": 2023, "wert": 90, "art": "soll", "quelle": "MEP 2019" },
                { "zeitpunkt": 2021, "wert": 63 },
            ],
            "aufschluesselung": [
                { "schulform": "grundschule", "ist": 71, "soll": 100 },
                { "gruppe": "Innenstadt", "ist": 40.5, "zeitpunkt": "2023-H1" },
            ]
        }));
        let z = zeile(&i);
        let rows: Vec<(&str, &str, &str, &str)> = z
            .reihe
            .iter()
            .map(|r| (&*r.zeitpunkt, &*r.ist, &*r.soll, &*r.quelle))
            .collect();
        assert_eq!(
            rows,
            [
                ("2019", "20", OFFEN, OFFEN),
                ("2021", "63", OFFEN, OFFEN),
                ("2022", "83", OFFEN, "Bericht 2022"),
                ("2023", "93", "90", "MEP 2019"),
            ]
        );
        assert_eq!(
            (&*z.ist, &*z.soll, &*z.zeitpunkt),
            ("93 (2023)", "90", "2023")
        );
        assert_eq!(z.bezug, "% der Schülerinnen und Schüler");
        let teile: Vec<(&str, &str, &str, &str)> = z
            .aufschluesselung
            .iter()
            .map(|t| (&*t.name, &*t.zeitpunkt, &*t.ist, &*t.soll))
            .collect();
        assert_eq!(
            teile,
            [
                ("Grundschule", OFFEN, "71", "100"),
                ("Innenstadt", "Jan.–Jun. 2023", "40,5", OFFEN)
            ]
        );
    }

    #[test]
    fn an_indicator_without_series_reads_as_before() {
        let i = ind(serde_json::json!({
            "id": "wlan", "name": "WLAN", "einheit": "%", "ist": 26, "soll": 76, "zeitpunkt": 2027
        }));
        let z = zeile(&i);
        assert_eq!(
            (&*z.bezug, &*z.ist, &*z.soll, &*z.zeitpunkt),
            ("%", "26", "76", "2027")
        );
        assert!(z.reihe.is_empty() && z.aufschluesselung.is_empty());
        let leer = zeile(&ind(
            serde_json::json!({ "id": "x", "name": "X", "basis": "anzahl" }),
        ));
        assert_eq!(
            (&*leer.bezug, &*leer.ist, &*leer.soll),
            ("Anzahl", OFFEN, OFFEN)
        );
    }
}
