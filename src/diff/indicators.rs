//! Indicators compared by what they say now: the latest IST and the latest SOLL of each
//! indicator (by id) in both versions, and the points its series gained or lost. A value one
//! version leaves open reads „offen“, never 0.

use std::collections::{BTreeMap, HashMap};

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use crate::format::{dezimal, f};
use crate::i18n::Lang;
use crate::model::Plan;
use crate::model::evaluation::{Indikator, WertArt, zeitpunkt_ordnung};
use crate::model::types::{Dezimal, Zeitpunkt};

use super::rollup::Pair;

/// A value with the point in time it holds for (absent for an undated `ist`/`soll`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dated {
    pub value: f64,
    /// `2023`, `2023-H2`, `2023-10-01`.
    pub at: Option<String>,
    #[serde(skip)]
    text: String,
}

/// One point of a series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub at: String,
    /// `ist` or `soll`.
    pub kind: WertArt,
    pub value: f64,
    #[serde(skip)]
    text: String,
}

/// An indicator whose latest values or series differ between the versions.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorDelta {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub latest_actual: Pair<Dated>,
    pub latest_target: Pair<Dated>,
    /// Series points (point in time and kind) only the new version has.
    pub added_points: Vec<Point>,
    /// Series points only the old version has.
    pub removed_points: Vec<Point>,
}

/// A point in time as the Synopse writes it, with the plan's formatter: `2027`,
/// `Jan.–Jun. 2027`, `15.03.2027`.
fn wann(z: Zeitpunkt) -> String {
    crate::format::zeitpunkt(z)
}

fn dated(v: Option<(Dezimal, Option<Zeitpunkt>)>) -> Option<Dated> {
    v.map(|(d, z)| Dated {
        value: f(d.0),
        at: z.map(|z| z.to_string()),
        text: match z {
            Some(z) => format!("{} ({})", dezimal(d.0, Lang::De), wann(z)),
            None => dezimal(d.0, Lang::De),
        },
    })
}

/// A series point's key: its place in time, its spelling, its kind.
type PointKey = ((i32, u8, u8), (i32, u8, u8), String, u8);

fn points(i: Option<&Indikator>) -> BTreeMap<PointKey, Point> {
    i.into_iter()
        .flat_map(|i| &i.werte)
        .map(|w| {
            let key = (
                zeitpunkt_ordnung(w.zeitpunkt).0,
                zeitpunkt_ordnung(w.zeitpunkt).1,
                w.zeitpunkt.to_string(),
                w.art as u8,
            );
            let kind = match w.art {
                WertArt::Ist => "IST",
                WertArt::Soll => "SOLL",
            };
            let p = Point {
                at: w.zeitpunkt.to_string(),
                kind: w.art,
                value: f(w.wert.0),
                text: format!(
                    "{} {kind} {}",
                    wann(w.zeitpunkt),
                    dezimal(w.wert.0, Lang::De)
                ),
            };
            (key, p)
        })
        .collect()
}

fn delta(old: Option<&Indikator>, new: Option<&Indikator>) -> Option<IndicatorDelta> {
    let any = new.or(old)?;
    let (po, pn) = (points(old), points(new));
    let only = |a: &BTreeMap<_, Point>, b: &BTreeMap<_, Point>| -> Vec<Point> {
        a.iter()
            .filter(|(k, _)| !b.contains_key(*k))
            .map(|(_, p)| p.clone())
            .collect()
    };
    let d = IndicatorDelta {
        id: any.id.to_string(),
        name: any.name.clone(),
        unit: any.einheit.clone(),
        latest_actual: Pair {
            old: old.and_then(|i| dated(i.aktueller_ist())),
            new: new.and_then(|i| dated(i.aktueller_ist())),
        },
        latest_target: Pair {
            old: old.and_then(|i| dated(i.aktueller_soll())),
            new: new.and_then(|i| dated(i.aktueller_soll())),
        },
        added_points: only(&pn, &po),
        removed_points: only(&po, &pn),
    };
    let changed = d.latest_actual.changed()
        || d.latest_target.changed()
        || !d.added_points.is_empty()
        || !d.removed_points.is_empty();
    changed.then_some(d)
}

fn indicators(p: &Plan) -> Vec<&Indikator> {
    p.evaluation.iter().flat_map(|e| &e.indikatoren).collect()
}

/// The indicators that differ, by id: in the new version's order, then those only the old has.
pub fn compare(old: &Plan, new: &Plan) -> Vec<IndicatorDelta> {
    let (io, inew) = (indicators(old), indicators(new));
    let by_id: HashMap<&str, &Indikator> = io.iter().map(|i| (i.id.as_str(), *i)).collect();
    let mut out: Vec<IndicatorDelta> = inew
        .iter()
        .filter_map(|n| delta(by_id.get(n.id.as_str()).copied(), Some(n)))
        .collect();
    out.extend(
        io.iter()
            .filter(|o| !inew.iter().any(|n| n.id == o.id))
            .filter_map(|o| delta(Some(o), None)),
    );
    out
}

/// An indicator's row in the Synopse and the text output (German values).
#[derive(Debug, Clone, Serialize)]
pub struct IndikatorZeile {
    pub kennung: String,
    pub name: String,
    pub einheit: String,
    /// `93 (2023)`, or „offen“.
    pub ist_alt: String,
    pub ist_neu: String,
    pub soll_alt: String,
    pub soll_neu: String,
    /// Points the series gained, `2023 IST 93; 2024 SOLL 95`, or empty.
    pub neue_werte: String,
    /// Points the series lost, or empty.
    pub entfallene_werte: String,
}

/// The rows of the changed indicators.
pub fn rows(list: &[IndicatorDelta], lang: Lang) -> Vec<IndikatorZeile> {
    let offen = lang.pick("offen", "open");
    let v = |d: &Option<Dated>| {
        d.as_ref()
            .map_or_else(|| offen.to_string(), |d| d.text.clone())
    };
    let join = |p: &[Point]| {
        p.iter()
            .map(|p| p.text.clone())
            .collect::<Vec<_>>()
            .join("; ")
    };
    list.iter()
        .map(|d| IndikatorZeile {
            kennung: d.id.clone(),
            name: d.name.clone(),
            einheit: d.unit.clone().unwrap_or_default(),
            ist_alt: v(&d.latest_actual.old),
            ist_neu: v(&d.latest_actual.new),
            soll_alt: v(&d.latest_target.old),
            soll_neu: v(&d.latest_target.new),
            neue_werte: join(&d.added_points),
            entfallene_werte: join(&d.removed_points),
        })
        .collect()
}

/// The rows as a terminal table, if any indicator changed.
pub fn table(rows: &[IndikatorZeile], lang: Lang) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_header(vec![
        lang.pick("Indikator", "Indicator"),
        lang.pick("IST zuletzt", "latest current"),
        lang.pick("SOLL zuletzt", "latest target"),
        lang.pick("Werte der Reihe", "series values"),
    ]);
    for r in rows {
        let mut reihe = Vec::new();
        if !r.neue_werte.is_empty() {
            reihe.push(format!("+ {}", r.neue_werte));
        }
        if !r.entfallene_werte.is_empty() {
            reihe.push(format!("− {}", r.entfallene_werte));
        }
        t.add_row(vec![
            r.name.clone(),
            format!("{} → {}", r.ist_alt, r.ist_neu),
            format!("{} → {}", r.soll_alt, r.soll_neu),
            reihe.join("\n"),
        ]);
    }
    Some(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(indikatoren: serde_json::Value) -> Plan {
        let mut p: Plan = serde_json::from_value(serde_json::json!({
            "formatversion": 1,
            "plan": { "titel": "T" },
        }))
        .unwrap();
        p.evaluation = Some(
            serde_json::from_value(serde_json::json!({ "indikatoren": indikatoren })).unwrap(),
        );
        p
    }

    #[test]
    fn the_latest_values_are_compared_and_new_points_listed() {
        let old = plan(serde_json::json!([
            { "id": "glasfaser", "name": "Glasfaser", "einheit": "%", "werte": [
                { "zeitpunkt": 2019, "wert": 20 }, { "zeitpunkt": 2021, "wert": 63 } ] },
            { "id": "wlan", "name": "WLAN", "einheit": "%", "ist": 26 },
            { "id": "gleich", "name": "Gleich", "ist": 5, "soll": 6 },
        ]));
        let new = plan(serde_json::json!([
            { "id": "glasfaser", "name": "Glasfaser", "einheit": "%", "werte": [
                { "zeitpunkt": 2019, "wert": 20 }, { "zeitpunkt": 2021, "wert": 63 },
                { "zeitpunkt": 2022, "wert": 83 }, { "zeitpunkt": 2023, "wert": 93 } ] },
            { "id": "wlan", "name": "WLAN", "einheit": "%", "ist": 26, "soll": 76, "zeitpunkt": 2027 },
            { "id": "gleich", "name": "Gleich", "ist": 5, "soll": 6 },
        ]));
        let d = compare(&old, &new);
        assert_eq!(d.len(), 2, "{d:?}");
        let r = rows(&d, Lang::De);
        assert_eq!((&*r[0].ist_alt, &*r[0].ist_neu), ("63 (2021)", "93 (2023)"));
        assert_eq!(r[0].neue_werte, "2022 IST 83; 2023 IST 93");
        assert_eq!((&*r[0].soll_alt, &*r[0].soll_neu), ("offen", "offen"));
        assert_eq!((&*r[1].soll_alt, &*r[1].soll_neu), ("offen", "76 (2027)"));
        assert_eq!(d[1].latest_target.old, None);
        assert_eq!(d[1].latest_target.new.as_ref().map(|v| v.value), Some(76.0));
        assert!(
            table(&rows(&d, Lang::En), Lang::En)
                .unwrap()
                .contains("open → 76 (2027)")
        );
        // An indicator only one version has is compared with nothing.
        let gone = compare(&new, &plan(serde_json::json!([])));
        assert_eq!(gone.len(), 3);
        assert_eq!(rows(&gone, Lang::De)[2].ist_neu, "offen");
    }
}
