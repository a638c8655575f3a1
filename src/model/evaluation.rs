//! `[evaluation]`: indicators with IST and SOLL, their dated series and breakdowns, and the
//! review dates of the plan.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::governance::Turnus;
use super::schulen::Schulform;
use super::types::{Datum, Dezimal, Id, Zeitpunkt};

/// Evaluation und Fortschreibung.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Verfahren der Evaluation (Markdown): wer erhebt was, wie werden Ergebnisse beraten.
    pub verfahren: Option<String>,
    /// Termine, zu denen der Plan überprüft und fortgeschrieben wird.
    #[serde(default)]
    pub ueberpruefungen: Vec<Datum>,
    /// Indikatoren mit IST- und SOLL-Wert.
    #[serde(default)]
    pub indikatoren: Vec<Indikator>,
    /// Regelmäßiger Bericht über den Stand der Umsetzung an ein Gremium, z. B.
    /// `bericht = { turnus = "jaehrlich", gremium = "Schulausschuss" }`.
    pub bericht: Option<Bericht>,
}

/// Ein Indikator (Messgröße).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indikator {
    /// Stabile Kennung.
    pub id: Id,
    /// Name, z. B. „Unterrichtsräume mit WLAN“.
    pub name: String,
    /// Einheit, z. B. „%“, „Geräte“, „Mbit/s“.
    pub einheit: Option<String>,
    /// Worauf sich der Wert bezieht: Anteil der Schülerinnen und Schüler (`"schueler"`), der
    /// Unterrichtsräume (`"raeume"`), der Schulen (`"schulen"`) oder eine absolute Anzahl
    /// (`"anzahl"`). Beispiel: `basis = "schueler"` für „Anteil der Schülerinnen und Schüler
    /// an Schulen mit Glasfaser“.
    pub basis: Option<Basis>,
    /// IST-Wert zu Beginn.
    pub ist: Option<Dezimal>,
    /// SOLL-Wert zum Zeitpunkt.
    pub soll: Option<Dezimal>,
    /// Wie gemessen wird, z. B. „Inventarabfrage MDM“.
    pub messverfahren: Option<String>,
    /// Wann gemessen wird.
    pub zeitpunkt: Option<Zeitpunkt>,
    /// Datierte Messreihe: erhobene (IST) und geplante (SOLL) Werte zu Zeitpunkten, z. B.
    /// `werte = [{ zeitpunkt = 2019, wert = 20 }, { zeitpunkt = 2023, wert = 93 },
    /// { zeitpunkt = 2025, wert = 100, art = "soll" }]`. Die Reihenfolge ist beliebig; das
    /// Dokument zeigt sie zeitlich geordnet.
    #[serde(default)]
    pub werte: Vec<Messwert>,
    /// Aufschlüsselung nach Schulform oder Gruppe, z. B.
    /// `aufschluesselung = [{ schulform = "grundschule", ist = 71, soll = 100 }]`.
    #[serde(default)]
    pub aufschluesselung: Vec<Aufschluesselung>,
}

/// Bezugsgröße eines Indikators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Anteil der Schülerinnen und Schüler.
    Schueler,
    /// Anteil der Unterrichtsräume.
    Raeume,
    /// Anteil der Schulen.
    Schulen,
    /// Absolute Anzahl (kein Anteil).
    Anzahl,
}

impl Basis {
    /// Whether values are shares (0 to 100 %).
    pub fn ist_anteil(self) -> bool {
        !matches!(self, Basis::Anzahl)
    }
}

/// Ob ein Wert erhoben (IST) oder geplant (SOLL) ist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WertArt {
    /// Erhobener Wert.
    #[default]
    Ist,
    /// Geplanter Zielwert.
    Soll,
}

/// Ein Wert der Messreihe, z. B. `{ zeitpunkt = 2021, wert = 63, quelle = "Breitbandatlas" }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Messwert {
    /// Jahr (`2021`), Halbjahr (`"2021-H2"`) oder Datum (`2021-10-01`) der Messung oder des Ziels.
    pub zeitpunkt: Zeitpunkt,
    /// Der Wert in der Einheit des Indikators, z. B. `63` für 63 %.
    pub wert: Dezimal,
    /// `"ist"` (erhoben, Standard) oder `"soll"` (Zielwert).
    #[serde(default)]
    pub art: WertArt,
    /// Woher der Wert stammt, z. B. „Sachstandsbericht Schulausschuss 2023“.
    pub quelle: Option<String>,
}

/// Ein Wert des Indikators für eine Schulform oder eine frei benannte Gruppe von Schulen, z. B.
/// `{ schulform = "gymnasium", ist = 80, soll = 100 }` oder `{ gruppe = "Innenstadt", ist = 40 }`.
/// Genau eines von `schulform` und `gruppe` ist anzugeben.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Aufschluesselung {
    /// Schulform, für die der Wert gilt.
    pub schulform: Option<Schulform>,
    /// Frei benannte Gruppe, z. B. „Schulen im Stadtbezirk Nord“.
    pub gruppe: Option<String>,
    /// IST-Wert der Schulform oder Gruppe.
    pub ist: Option<Dezimal>,
    /// SOLL-Wert der Schulform oder Gruppe.
    pub soll: Option<Dezimal>,
    /// Stand des Werts (Jahr, Halbjahr oder Datum), falls er vom Indikator abweicht.
    pub zeitpunkt: Option<Zeitpunkt>,
}

/// A point's place in time for ordering: its first day, then its last (a year before its
/// first half-year before a date in it). Points with equal keys are the same point.
pub fn zeitpunkt_ordnung(z: Zeitpunkt) -> ((i32, u8, u8), (i32, u8, u8)) {
    match z {
        Zeitpunkt::Datum(d) => ((d.jahr, d.monat, d.tag), (d.jahr, d.monat, d.tag)),
        // Years and half-years (and any coarser point) by the half-years they cover.
        other => {
            let (a, b) = other.halbjahre();
            let start = |h: i32| (h.div_euclid(2), if h.rem_euclid(2) == 0 { 1 } else { 7 }, 1);
            let end = |h: i32| {
                if h.rem_euclid(2) == 0 {
                    (h.div_euclid(2), 6, 30)
                } else {
                    (h.div_euclid(2), 12, 31)
                }
            };
            (start(a), end(b))
        }
    }
}

impl Indikator {
    /// The series in time order (stable: equal points keep the plan's order).
    pub fn reihe(&self) -> Vec<&Messwert> {
        let mut r: Vec<&Messwert> = self.werte.iter().collect();
        r.sort_by_key(|w| zeitpunkt_ordnung(w.zeitpunkt));
        r
    }

    /// The latest value of a kind in the series, with its point in time.
    pub fn letzter(&self, art: WertArt) -> Option<&Messwert> {
        self.reihe().into_iter().rev().find(|w| w.art == art)
    }

    /// The latest IST: the series' latest IST value, else the plan's `ist` (undated).
    pub fn aktueller_ist(&self) -> Option<(Dezimal, Option<Zeitpunkt>)> {
        self.letzter(WertArt::Ist)
            .map(|w| (w.wert, Some(w.zeitpunkt)))
            .or(self.ist.map(|v| (v, None)))
    }

    /// The latest SOLL: the series' latest SOLL value, else `soll` at `zeitpunkt`.
    pub fn aktueller_soll(&self) -> Option<(Dezimal, Option<Zeitpunkt>)> {
        self.letzter(WertArt::Soll)
            .map(|w| (w.wert, Some(w.zeitpunkt)))
            .or(self.soll.map(|v| (v, self.zeitpunkt)))
    }

    /// Whether values are shares: measured against a base, or in percent.
    pub fn ist_anteil(&self) -> bool {
        self.basis.map_or_else(
            || self.einheit.as_deref().is_some_and(|e| e.trim() == "%"),
            Basis::ist_anteil,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(v: serde_json::Value) -> Indikator {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn the_series_is_read_in_time_order_and_the_latest_values_found() {
        let i = ind(serde_json::json!({
            "id": "glasfaser", "name": "Glasfaser", "einheit": "%", "basis": "schueler", "ist": 20,
            "werte": [
              { "zeitpunkt": 2023, "wert": 93 },
              { "zeitpunkt": 2019, "wert": 20 },
              { "zeitpunkt": 2026, "wert": 100, "art": "soll" },
              { "zeitpunkt": "2021-H2", "wert": 63 },
              { "zeitpunkt": "2021-06-30", "wert": 50 },
            ]
        }));
        let werte: Vec<String> = i.reihe().iter().map(|w| w.wert.0.to_string()).collect();
        assert_eq!(werte, ["20", "50", "63", "93", "100"]);
        let (v, z) = i.aktueller_ist().unwrap();
        assert_eq!(
            (v.0.to_string(), z),
            ("93".into(), Some(Zeitpunkt::Jahr(2023)))
        );
        let (v, z) = i.aktueller_soll().unwrap();
        assert_eq!(
            (v.0.to_string(), z),
            ("100".into(), Some(Zeitpunkt::Jahr(2026)))
        );
        assert!(i.ist_anteil());
    }

    #[test]
    fn without_a_series_the_old_values_stand() {
        let i = ind(serde_json::json!({
            "id": "wlan", "name": "WLAN", "einheit": "Räume", "ist": 26, "soll": 76, "zeitpunkt": 2027
        }));
        assert_eq!(i.aktueller_ist().map(|(_, z)| z), Some(None));
        assert_eq!(
            i.aktueller_soll().map(|(v, z)| (v.0.to_string(), z)),
            Some(("76".into(), Some(Zeitpunkt::Jahr(2027))))
        );
        assert!(!i.ist_anteil());
        let none = ind(serde_json::json!({ "id": "x", "name": "X" }));
        assert!(none.aktueller_ist().is_none() && none.aktueller_soll().is_none());
    }

    #[test]
    fn a_year_comes_before_its_half_years_and_dates() {
        let y = zeitpunkt_ordnung(Zeitpunkt::Jahr(2021));
        let h2 = zeitpunkt_ordnung(Zeitpunkt::Halbjahr(2021, 2));
        let d = zeitpunkt_ordnung(Zeitpunkt::Datum(Datum {
            jahr: 2021,
            monat: 3,
            tag: 1,
        }));
        assert!(y < d && d < h2, "{y:?} {d:?} {h2:?}");
        assert!(zeitpunkt_ordnung(Zeitpunkt::Jahr(2020)) < y);
    }
}

/// Regelmäßiger Bericht über die Umsetzung des Plans an ein Gremium des Schulträgers, z. B.
/// `{ turnus = "jaehrlich", gremium = "Schulausschuss" }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bericht {
    /// Turnus: `woechentlich`, `monatlich`, `quartalsweise`, `halbjaehrlich`, `jaehrlich`, `bei_bedarf` oder `laufend`.
    pub turnus: Option<Turnus>,
    /// Gremium, dem berichtet wird, z. B. „Schulausschuss“.
    pub gremium: Option<String>,
}
