//! Roll-ups above the field changes: costs per year, domain and funding source, devices and
//! students per device per school, completeness, and `mep check` findings that are new or
//! resolved. All computed from the two plans with `mep stats` and `mep check`.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::completeness::Completeness;
use crate::diagnostic::Finding;
use crate::i18n::Lang;
use crate::load::Files;
use crate::model::types::Euro;
use crate::severity::Severity;
use crate::stats::Kennzahlen;

/// One amount in both versions.
#[derive(Debug, Clone, Serialize)]
pub struct Amount {
    /// Year, domain key or source id.
    pub key: String,
    /// Display name (domain or source name).
    pub label: String,
    pub old: Euro,
    pub new: Euro,
    pub delta: Euro,
    /// Change in percent of the old amount; absent when the old amount is zero.
    pub percent: Option<f64>,
}

impl Amount {
    fn new(key: String, label: String, old: Euro, new: Euro) -> Amount {
        let delta = Euro(new.0 - old.0);
        let percent = (!old.0.is_zero()).then(|| {
            let p = delta.0 / old.0 * Decimal::from(100);
            crate::format::f(p.round_dp(1))
        });
        Amount {
            key,
            label,
            old,
            new,
            delta,
            percent,
        }
    }

    pub fn changed(&self) -> bool {
        !self.delta.0.is_zero()
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
    pub section: String,
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
    /// Schools whose figures differ, or that only one version has.
    pub schools: Vec<School>,
    pub completeness: CompletenessDelta,
    pub new_findings: Vec<FindingRef>,
    pub resolved_findings: Vec<FindingRef>,
    /// Indicators whose latest IST or SOLL or whose series differ ([`super::indicators`]).
    pub indicators: Vec<super::indicators::IndicatorDelta>,
}

/// One version as the roll-ups need it.
pub struct Version<'a> {
    pub figures: &'a Kennzahlen,
    pub completeness: &'a Completeness,
    pub findings: &'a [Finding],
    pub files: &'a Files,
}

/// Amounts by key in the order they first appear (old, then new keys).
fn amounts(
    old: impl IntoIterator<Item = (String, String, Euro)>,
    new: impl IntoIterator<Item = (String, String, Euro)>,
    sort_keys: bool,
) -> Vec<Amount> {
    let mut order: Vec<String> = Vec::new();
    let mut rows: BTreeMap<String, (String, Euro, Euro)> = BTreeMap::new();
    for (side, items) in [
        (0, old.into_iter().collect::<Vec<_>>()),
        (1, new.into_iter().collect()),
    ] {
        for (key, label, e) in items {
            let row = rows.entry(key.clone()).or_insert_with(|| {
                order.push(key.clone());
                (label.clone(), Euro::ZERO, Euro::ZERO)
            });
            if side == 1 {
                row.0 = label;
                row.2 = Euro(row.2.0 + e.0);
            } else {
                row.1 = Euro(row.1.0 + e.0);
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
                old: o.map(|s| s.zahlen.schueler),
                new: n.map(|s| s.zahlen.schueler),
            },
            devices: Pair {
                old: o.map(|s| s.zahlen.schuelergeraete_ist),
                new: n.map(|s| s.zahlen.schuelergeraete_ist),
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

fn completeness(old: &Completeness, new: &Completeness) -> CompletenessDelta {
    let mut sections: Vec<SectionScore> = new
        .sections
        .iter()
        .map(|(k, v)| SectionScore {
            section: (*k).to_string(),
            old: old.sections.iter().find(|(o, _)| o == k).map(|(_, s)| *s),
            new: Some(*v),
        })
        .collect();
    for (k, v) in &old.sections {
        if !new.sections.iter().any(|(n, _)| n == k) {
            sections.push(SectionScore {
                section: (*k).to_string(),
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

fn only_in(a: &Version<'_>, b: &Version<'_>, lang: Lang) -> Vec<FindingRef> {
    let other: HashSet<(&str, &str)> = b.findings.iter().map(finding_key).collect();
    a.findings
        .iter()
        .filter(|f| !other.contains(&finding_key(f)))
        .map(|f| FindingRef {
            code: f.code.to_string(),
            severity: f.severity,
            message: f.message.get(lang).to_string(),
            location: f.loc.as_ref().map(|l| {
                let (line, _) = a.files.line_col(l);
                format!("{}:{line}", a.files.name_of(l.file))
            }),
        })
        .collect()
}

/// The roll-ups of two versions.
pub fn compute(old: &Version<'_>, new: &Version<'_>, lang: Lang) -> Rollups {
    let (ko, kn) = (&old.figures.kosten, &new.figures.kosten);
    Rollups {
        costs_per_year: amounts(years(old.figures), years(new.figures), true),
        costs_per_domain: amounts(domains(old.figures), domains(new.figures), false),
        costs_per_source: amounts(sources(old.figures), sources(new.figures), false),
        tco: Amount::new("tco".into(), "TCO".into(), ko.tco, kn.tco),
        investment: Amount::new(
            "investition".into(),
            "Investition".into(),
            ko.investition,
            kn.investition,
        ),
        schools: schools(old.figures, new.figures),
        completeness: completeness(old.completeness, new.completeness),
        new_findings: only_in(new, old, lang),
        resolved_findings: only_in(old, new, lang),
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
            true,
        );
        let got: Vec<(String, String, String, Option<f64>)> = rows
            .iter()
            .map(|a| {
                (
                    a.key.clone(),
                    a.old.0.to_string(),
                    a.new.0.to_string(),
                    a.percent,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("2026".into(), "100".into(), "0".into(), Some(-100.0)),
                ("2027".into(), "200".into(), "250".into(), Some(25.0)),
                ("2028".into(), "0".into(), "50".into(), None),
            ]
        );
    }
}
