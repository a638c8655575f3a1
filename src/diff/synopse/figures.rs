//! The roll-ups side by side: costs per year, area and source, investment and TCO, students and
//! devices per school, completeness per section and findings new and resolved.

use serde::Serialize;

use crate::diff::About;
use crate::diff::rollup::{Amount, Pair, Rollups, Transition};
use crate::format::{euro_rund as euro, zahl};
use crate::i18n::Lang;
use crate::model::types::Euro;

use super::*;

#[derive(Debug, Clone, Serialize)]
pub struct Kennzahlen {
    /// Said when the two versions cover different periods (totals are per period).
    pub laufzeit_hinweis: Option<String>,
    pub kosten_jahre: Vec<BetragZeile>,
    pub kosten_bereiche: Vec<BetragZeile>,
    pub kosten_quellen: Vec<BetragZeile>,
    pub investition: BetragZeile,
    pub tco: BetragZeile,
    pub luecke: BetragZeile,
    pub schulen: Vec<SchulZeile>,
    pub vollstaendigkeit: Vollstaendigkeit,
    pub befunde_neu: Vec<BefundZeile>,
    pub befunde_behoben: Vec<BefundZeile>,
    /// Findings that went with their entity (a deleted measure): not fixed.
    pub befunde_entfallen: Vec<BefundZeile>,
    /// Indicators by their latest values.
    pub indikatoren: Vec<crate::diff::indicators::IndikatorZeile>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BetragZeile {
    pub name: String,
    pub alt: String,
    pub neu: String,
    pub differenz: String,
    pub prozent: String,
    pub geaendert: bool,
    /// Changed, or stated in only one version (`now_stated`, `now_open`).
    pub uebergang: Transition,
}

#[derive(Debug, Clone, Serialize)]
pub struct SchulZeile {
    pub kennung: String,
    pub name: String,
    pub schueler_alt: String,
    pub schueler_neu: String,
    pub geraete_alt: String,
    pub geraete_neu: String,
    pub je_geraet_alt: String,
    pub je_geraet_neu: String,
    pub je_geraet_ziel_alt: String,
    pub je_geraet_ziel_neu: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Vollstaendigkeit {
    pub alt: u8,
    pub neu: u8,
    pub differenz: String,
    pub abschnitte: Vec<AbschnittProzent>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AbschnittProzent {
    pub name: String,
    pub alt: String,
    pub neu: String,
    pub geaendert: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BefundZeile {
    pub code: String,
    pub schwere: String,
    pub meldung: String,
    pub ort: String,
    /// The entity the finding went with (`massnahmen[wlan] „WLAN“`), if it did.
    pub entfallen_mit: String,
}

pub(super) fn signed_euro(e: Euro, lang: Lang) -> String {
    if e.0.is_zero() {
        return OFFEN.to_string();
    }
    let s = euro(Euro(e.0.abs()), lang);
    if e.0.is_sign_negative() {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

/// A figure in a diff: the value, or „offen“ where the version leaves it open.
fn offen_oder(v: Option<String>, lang: Lang) -> String {
    v.unwrap_or_else(|| lang.pick("offen", "open").to_string())
}

pub(super) fn amount_row(a: &Amount, lang: Lang) -> BetragZeile {
    let betrag = |e: Option<Euro>| offen_oder(e.map(|e| euro(e, lang)), lang);
    BetragZeile {
        name: a.label.clone(),
        alt: betrag(a.old),
        neu: betrag(a.new),
        differenz: match a.transition {
            Transition::NowStated => lang.pick("neu angegeben", "now stated").to_string(),
            Transition::NowOpen => lang
                .pick("nicht mehr angegeben", "no longer stated")
                .to_string(),
            _ => a
                .delta
                .map_or_else(|| OFFEN.to_string(), |d| signed_euro(d, lang)),
        },
        prozent: match a.percent {
            Some(p) if a.changed() => {
                let s = zahl(p.abs(), 1, lang);
                if p < 0.0 {
                    format!("−{s} %")
                } else {
                    format!("+{s} %")
                }
            }
            _ => OFFEN.to_string(),
        },
        geaendert: a.changed(),
        uebergang: a.transition,
    }
}

pub(super) fn opt_u64(p: Option<u64>, lang: Lang) -> String {
    offen_oder(p.map(|v| zahl(v as f64, 0, lang)), lang)
}

pub(super) fn opt_f64(p: Option<f64>, lang: Lang) -> String {
    offen_oder(p.map(|v| zahl(v, 1, lang)), lang)
}

pub(super) fn side_by_side(r: &Rollups, old: &About, new: &About, lang: Lang) -> Kennzahlen {
    let list = |v: &[Amount]| v.iter().map(|a| amount_row(a, lang)).collect::<Vec<_>>();
    let pair_u = |p: &Pair<u64>| (opt_u64(p.old, lang), opt_u64(p.new, lang));
    let pair_f = |p: &Pair<f64>| (opt_f64(p.old, lang), opt_f64(p.new, lang));
    let mut investition = amount_row(&r.investment, lang);
    investition.name = lang.pick("Investitionen", "Investment").to_string();
    let mut tco = amount_row(&r.tco, lang);
    tco.name = lang
        .pick("Gesamtkosten der Laufzeit (TCO)", "Total cost of ownership")
        .to_string();
    let mut luecke = amount_row(&r.gap, lang);
    luecke.name = lang
        .pick(
            "Deckungslücke (Bedarf über Budget, ohne Quelle)",
            "Funding gap (need above budget, no source)",
        )
        .to_string();
    let d = r.completeness.new as i32 - r.completeness.old as i32;
    let laufzeit_hinweis = match (&old.period, &new.period) {
        (Some(a), Some(b)) if a != b => Some(match lang {
            Lang::De => format!(
                "Die Laufzeiten unterscheiden sich (bisher {a}, neu {b}): Die Kosten je Jahr stehen nebeneinander, die Summen gelten für die jeweilige Laufzeit."
            ),
            Lang::En => format!(
                "The periods differ (old {a}, new {b}): costs per year are side by side, totals are for each version's own period."
            ),
        }),
        _ => None,
    };
    Kennzahlen {
        laufzeit_hinweis,
        kosten_jahre: list(&r.costs_per_year),
        kosten_bereiche: list(&r.costs_per_domain),
        kosten_quellen: list(&r.costs_per_source),
        investition,
        tco,
        luecke,
        schulen: r
            .schools
            .iter()
            .map(|s| {
                let (sa, sn) = pair_u(&s.students);
                let (ga, gn) = pair_u(&s.devices);
                let (ja, jn) = pair_f(&s.students_per_device);
                let (za, zn) = pair_f(&s.students_per_device_target);
                SchulZeile {
                    kennung: s.id.clone(),
                    name: s.name.clone(),
                    schueler_alt: sa,
                    schueler_neu: sn,
                    geraete_alt: ga,
                    geraete_neu: gn,
                    je_geraet_alt: ja,
                    je_geraet_neu: jn,
                    je_geraet_ziel_alt: za,
                    je_geraet_ziel_neu: zn,
                }
            })
            .collect(),
        vollstaendigkeit: Vollstaendigkeit {
            alt: r.completeness.old,
            neu: r.completeness.new,
            differenz: match d {
                0 => OFFEN.to_string(),
                d if d > 0 => format!("+{d}"),
                d => format!("−{}", -d),
            },
            abschnitte: r
                .completeness
                .sections
                .iter()
                .map(|s| AbschnittProzent {
                    name: s.title.clone(),
                    alt: s
                        .old
                        .map_or_else(|| OFFEN.to_string(), |v| format!("{v} %")),
                    neu: s
                        .new
                        .map_or_else(|| OFFEN.to_string(), |v| format!("{v} %")),
                    geaendert: s.old != s.new,
                })
                .collect(),
        },
        befunde_neu: finding_rows(&r.new_findings, lang),
        befunde_behoben: finding_rows(&r.resolved_findings, lang),
        befunde_entfallen: finding_rows(&r.gone_findings, lang),
        indikatoren: crate::diff::indicators::rows(&r.indicators, lang),
    }
}

pub(super) fn finding_rows(
    list: &[crate::diff::rollup::FindingRef],
    lang: Lang,
) -> Vec<BefundZeile> {
    list.iter()
        .map(|f| BefundZeile {
            code: f.code.clone(),
            schwere: f.severity.word(lang).to_string(),
            meldung: f.message.clone(),
            ort: f.location.clone().unwrap_or_default(),
            entfallen_mit: f.gone_with.clone().unwrap_or_default(),
        })
        .collect()
}
