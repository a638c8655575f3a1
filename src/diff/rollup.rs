//! Roll-ups above the field changes: costs per year, domain and funding source, devices and
//! students per device per school, completeness, and `mep check` findings that are new or
//! resolved. All computed from the two plans with `mep stats` and `mep check`.
//!
//! Longer than 400 lines on purpose: every roll-up of two versions in one place, so that each
//! figure is compared by the same rules (open vs. 0, transitions).

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::completeness::Completeness;
use crate::diagnostic::Finding;
use crate::i18n::Lang;
use crate::load::Files;
use crate::model::types::Euro;
use crate::severity::Severity;
use crate::stats::Kennzahlen;

/// How a figure went from one version to the other. A figure that one version leaves
/// open is no change from or to 0: it is stated, or no longer stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    Unchanged,
    /// Known in both versions, with different values.
    Changed,
    /// Open in the old version, stated in the new one („offen → 5,0“).
    NowStated,
    /// Stated in the old version, open in the new one („5,0 → offen“).
    NowOpen,
}

impl Transition {
    fn of<T: PartialEq>(old: &Option<T>, new: &Option<T>) -> Transition {
        match (old, new) {
            (None, Some(_)) => Transition::NowStated,
            (Some(_), None) => Transition::NowOpen,
            (a, b) if a == b => Transition::Unchanged,
            _ => Transition::Changed,
        }
    }
}

/// One amount in both versions; `null` on a side that leaves it open (a year outside its
/// period, costs no measure states).
#[derive(Debug, Clone, Serialize)]
pub struct Amount {
    /// Year, domain key or source id.
    pub key: String,
    /// Display name (domain or source name).
    pub label: String,
    pub old: Option<Euro>,
    pub new: Option<Euro>,
    /// New minus old, when both are known.
    pub delta: Option<Euro>,
    /// Change in percent of the old amount; only when both are known and the old is not 0.
    pub percent: Option<f64>,
    pub transition: Transition,
}

impl Amount {
    fn new(key: String, label: String, old: Option<Euro>, new: Option<Euro>) -> Amount {
        let delta = old.zip(new).map(|(o, n)| Euro(n.0 - o.0));
        let percent = old
            .zip(delta)
            .filter(|(o, _)| !o.0.is_zero())
            .map(|(o, d)| {
                let p = d.0 / o.0 * Decimal::from(100);
                crate::format::f(p.round_dp(1))
            });
        let transition = match delta {
            Some(d) if d.0.is_zero() => Transition::Unchanged,
            _ => Transition::of(&old, &new),
        };
        Amount {
            key,
            label,
            old,
            new,
            delta,
            percent,
            transition,
        }
    }

    pub fn changed(&self) -> bool {
        self.transition != Transition::Unchanged
    }
}

/// A school's figures in both versions (absent on the side that lacks the school).
#[derive(Debug, Clone, Serialize)]
pub struct School {
    pub id: String,
    pub name: String,
    pub students: Pair<u64>,
    pub devices: Pair<u64>,
    pub students_per_device: Pair<f64>,
    pub students_per_device_target: Pair<f64>,
}

/// A figure in the old and the new version.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Pair<T> {
    pub old: Option<T>,
    pub new: Option<T>,
}

impl<T: PartialEq> Pair<T> {
    pub fn changed(&self) -> bool {
        self.old != self.new
    }
    pub fn transition(&self) -> Transition {
        Transition::of(&self.old, &self.new)
    }
}

/// Completeness of both versions, overall and per section.
#[derive(Debug, Clone, Serialize)]
pub struct CompletenessDelta {
    pub old: u8,
    pub new: u8,
    pub sections: Vec<SectionScore>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionScore {
    /// The section's key (`leitplanken`).
    pub section: String,
    /// The section's title (`Pädagogische Leitplanken`), in the language of the report.
    pub title: String,
    pub old: Option<u8>,
    pub new: Option<u8>,
}

/// A finding of `mep check` that only one version has.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRef {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    /// `file:line` in the version that has the finding.
    pub location: Option<String>,
    /// The entity the finding was about, when the new version no longer has it
    /// (`massnahmen[wlan]`, „Maßnahme „WLAN““): the finding went with it, it was not fixed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gone_with: Option<String>,
}

/// Everything above the field changes.
#[derive(Debug, Clone, Serialize)]
pub struct Rollups {
    pub costs_per_year: Vec<Amount>,
    pub costs_per_domain: Vec<Amount>,
    pub costs_per_source: Vec<Amount>,
    /// Total cost of ownership over each version's period.
    pub tco: Amount,
    pub investment: Amount,
    /// The funding gap (W222): need above budgets and costs no source covers.
    pub gap: Amount,
    /// Schools whose figures differ, or that only one version has.
    pub schools: Vec<School>,
    pub completeness: CompletenessDelta,
    pub new_findings: Vec<FindingRef>,
    /// Findings the new version no longer has, while what they were about is still there.
    pub resolved_findings: Vec<FindingRef>,
    /// Findings that went with their entity (a deleted measure or school): not fixed.
    pub gone_findings: Vec<FindingRef>,
    /// Indicators whose latest IST or SOLL or whose series differ ([`super::indicators`]).
    pub indicators: Vec<super::indicators::IndicatorDelta>,
}

/// One version as the roll-ups need it.
pub struct Version<'a> {
    pub figures: &'a Kennzahlen,
    pub completeness: &'a Completeness,
    pub findings: &'a [Finding],
    pub files: &'a Files,
    /// The plan as written, to name list entries by id in finding paths.
    pub tree: &'a serde_json::Value,
}

/// Amounts by key in the order they first appear (old, then new keys); a key one side
/// lacks is open there. `known` says per side whether its amounts are known at all.
fn amounts(
    old: impl IntoIterator<Item = (String, String, Euro)>,
    new: impl IntoIterator<Item = (String, String, Euro)>,
    known: (bool, bool),
    sort_keys: bool,
) -> Vec<Amount> {
    type Row = (String, Option<Euro>, Option<Euro>);
    let mut order: Vec<String> = Vec::new();
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for (side, items) in [
        (0, old.into_iter().collect::<Vec<_>>()),
        (1, new.into_iter().collect()),
    ] {
        let side_known = if side == 1 { known.1 } else { known.0 };
        for (key, label, e) in items {
            let row = rows.entry(key.clone()).or_insert_with(|| {
                order.push(key.clone());
                (label.clone(), None, None)
            });
            let add =
                |x: Option<Euro>| side_known.then(|| Euro(x.map_or(Decimal::ZERO, |x| x.0) + e.0));
            if side == 1 {
                row.0 = label;
                row.2 = add(row.2);
            } else {
                row.1 = add(row.1);
            }
        }
    }
    if sort_keys {
        order.sort();
    }
    order
        .into_iter()
        .filter_map(|k| {
            let (label, o, n) = rows.remove(&k)?;
            Some(Amount::new(k, label, o, n))
        })
        .collect()
}

fn years(k: &Kennzahlen) -> Vec<(String, String, Euro)> {
    k.kosten
        .jahre
        .iter()
        .map(|j| (j.jahr.to_string(), j.jahr.to_string(), j.gesamt))
        .collect()
}

fn domains(k: &Kennzahlen) -> Vec<(String, String, Euro)> {
    k.kosten
        .bereiche
        .iter()
        .map(|b| {
            let label = crate::labels::value_or_key(&b.bereich, crate::i18n::Lang::De);
            let sum = Euro(b.investition.0 + b.laufend.0 + b.folgekosten.0);
            (b.bereich.clone(), label, sum)
        })
        .collect()
}

fn sources(k: &Kennzahlen) -> Vec<(String, String, Euro)> {
    k.kosten
        .quellen
        .iter()
        .map(|q| (q.id.clone(), q.name.clone(), q.betrag))
        .collect()
}

fn schools(old: &Kennzahlen, new: &Kennzahlen) -> Vec<School> {
    let pair = |o: Option<&crate::stats::SchulZahlen>, n: Option<&crate::stats::SchulZahlen>| {
        let id = n.or(o).map(|s| s.id.clone()).unwrap_or_default();
        let name = n.or(o).map(|s| s.zahlen.name.clone()).unwrap_or_default();
        School {
            id,
            name,
            students: Pair {
                old: o.and_then(|s| s.zahlen.schueler_bekannt()),
                new: n.and_then(|s| s.zahlen.schueler_bekannt()),
            },
            devices: Pair {
                old: o.and_then(|s| s.zahlen.schuelergeraete_ist_bekannt()),
                new: n.and_then(|s| s.zahlen.schuelergeraete_ist_bekannt()),
            },
            students_per_device: Pair {
                old: o.and_then(|s| s.zahlen.schueler_pro_geraet_ist).map(round1),
                new: n.and_then(|s| s.zahlen.schueler_pro_geraet_ist).map(round1),
            },
            students_per_device_target: Pair {
                old: o
                    .and_then(|s| s.zahlen.schueler_pro_geraet_soll)
                    .map(round1),
                new: n
                    .and_then(|s| s.zahlen.schueler_pro_geraet_soll)
                    .map(round1),
            },
        }
    };
    let old_by_id: BTreeMap<&str, &crate::stats::SchulZahlen> =
        old.schulen.iter().map(|s| (s.id.as_str(), s)).collect();
    let new_ids: HashSet<&str> = new.schulen.iter().map(|s| s.id.as_str()).collect();
    let mut out: Vec<School> = new
        .schulen
        .iter()
        .map(|n| pair(old_by_id.get(n.id.as_str()).copied(), Some(n)))
        .collect();
    out.extend(
        old.schulen
            .iter()
            .filter(|o| !new_ids.contains(o.id.as_str()))
            .map(|o| pair(Some(o), None)),
    );
    out.retain(|s| {
        s.students.changed()
            || s.devices.changed()
            || s.students_per_device.changed()
            || s.students_per_device_target.changed()
    });
    out
}

/// Ratios to one decimal, as shown, so that noise below that is no change.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn completeness(old: &Completeness, new: &Completeness, lang: Lang) -> CompletenessDelta {
    let mut sections: Vec<SectionScore> = new
        .sections
        .iter()
        .map(|(k, v)| SectionScore {
            section: (*k).to_string(),
            title: crate::labels::section_title(k, lang),
            old: old.sections.iter().find(|(o, _)| o == k).map(|(_, s)| *s),
            new: Some(*v),
        })
        .collect();
    for (k, v) in &old.sections {
        if !new.sections.iter().any(|(n, _)| n == k) {
            sections.push(SectionScore {
                section: (*k).to_string(),
                title: crate::labels::section_title(k, lang),
                old: Some(*v),
                new: None,
            });
        }
    }
    CompletenessDelta {
        old: old.overall,
        new: new.overall,
        sections,
    }
}

/// Findings are the same finding when code and message agree: positions move between
/// versions, messages name the entity.
fn finding_key(f: &Finding) -> (&'static str, &str) {
    (f.code, f.message.de.as_str())
}

/// The entity of a finding (`massnahmen[wlan]`), if it is among `removed`.
fn gone_with(f: &Finding, v: &Version<'_>, removed: &HashMap<String, String>) -> Option<String> {
    let path = crate::baseline::stable_path(f.path.as_deref()?, Some(v.tree));
    let entity = super::group_of(&path);
    removed.get(entity).cloned()
}

fn only_in(
    a: &Version<'_>,
    b: &Version<'_>,
    removed: &HashMap<String, String>,
    lang: Lang,
) -> Vec<FindingRef> {
    let other: HashSet<(&str, &str)> = b.findings.iter().map(finding_key).collect();
    a.findings
        .iter()
        .filter(|f| !other.contains(&finding_key(f)))
        .map(|f| FindingRef {
            gone_with: gone_with(f, a, removed),
            code: f.code.to_string(),
            severity: f.severity,
            // A warning the plan justifies (`[[abweichungen]]`) says so, with its reason.
            message: match &f.justification {
                Some(j) => format!(
                    "{} ({}: {})",
                    f.message.get(lang),
                    lang.pick("begründete Abweichung", "justified deviation"),
                    j.reason
                ),
                None => f.message.get(lang).to_string(),
            },
            location: f.loc.as_ref().map(|l| {
                let (line, _) = a.files.line_col(l);
                format!("{}:{line}", a.files.name_of(l.file))
            }),
        })
        .collect()
}

/// The roll-ups of two versions. `removed` names the entities only the old version has
/// (`massnahmen[wlan]` → how to call it), so that their findings are not „fixed“.
pub fn compute(
    old: &Version<'_>,
    new: &Version<'_>,
    removed: &HashMap<String, String>,
    lang: Lang,
) -> Rollups {
    let (fo, fnew) = (old.figures, new.figures);
    let period = (fo.laufzeitkosten_bekannt(), fnew.laufzeitkosten_bekannt());
    let stated = (fo.kosten_genannt(), fnew.kosten_genannt());
    let (resolved, gone): (Vec<FindingRef>, Vec<FindingRef>) = only_in(old, new, removed, lang)
        .into_iter()
        .partition(|f| f.gone_with.is_none());
    Rollups {
        costs_per_year: amounts(years(fo), years(fnew), period, true),
        costs_per_domain: amounts(domains(fo), domains(fnew), stated, false),
        costs_per_source: amounts(sources(fo), sources(fnew), (true, true), false),
        tco: Amount::new("tco".into(), "TCO".into(), fo.tco(), fnew.tco()),
        investment: Amount::new(
            "investition".into(),
            "Investition".into(),
            fo.investition(),
            fnew.investition(),
        ),
        gap: Amount::new(
            "luecke".into(),
            "Deckungslücke".into(),
            fo.luecke(),
            fnew.luecke(),
        ),
        schools: schools(fo, fnew),
        completeness: completeness(old.completeness, new.completeness, lang),
        new_findings: only_in(new, old, &HashMap::new(), lang),
        resolved_findings: resolved,
        gone_findings: gone,
        indicators: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(x: i64) -> Euro {
        Euro(Decimal::from(x))
    }

    #[test]
    fn amounts_join_both_versions_by_key() {
        let rows = amounts(
            vec![
                ("2026".into(), "2026".into(), e(100)),
                ("2027".into(), "2027".into(), e(200)),
            ],
            vec![
                ("2027".into(), "2027".into(), e(250)),
                ("2028".into(), "2028".into(), e(50)),
            ],
            (true, true),
            true,
        );
        type Row = (
            String,
            Option<String>,
            Option<String>,
            Option<f64>,
            Transition,
        );
        let got: Vec<Row> = rows
            .iter()
            .map(|a| {
                (
                    a.key.clone(),
                    a.old.map(|e| e.0.to_string()),
                    a.new.map(|e| e.0.to_string()),
                    a.percent,
                    a.transition,
                )
            })
            .collect();
        let s = |x: &str| Some(x.to_string());
        // A year only one version covers is open on the other side: no −100 %, no +∞ %.
        assert_eq!(
            got,
            vec![
                ("2026".into(), s("100"), None, None, Transition::NowOpen),
                (
                    "2027".into(),
                    s("200"),
                    s("250"),
                    Some(25.0),
                    Transition::Changed
                ),
                ("2028".into(), None, s("50"), None, Transition::NowStated),
            ]
        );
        // A version whose costs are not known has none, whatever it sums.
        let rows = amounts(
            vec![("2026".into(), "2026".into(), e(100))],
            vec![("2026".into(), "2026".into(), e(0))],
            (true, false),
            true,
        );
        assert_eq!(rows[0].new, None);
        assert_eq!(rows[0].percent, None);
        assert_eq!(rows[0].transition, Transition::NowOpen);
    }
}
