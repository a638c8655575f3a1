//! Chapter Service und Support: key data (validity, review, channels, the Sprechstunde as a
//! reference to the formats), support levels, priorities with response and resolution times,
//! the division of tasks with the Land's share, the service catalogue with its effort, the
//! school's duties, escalation through the formats, and the check of inter-municipal options.
//! Longer than 400 lines: a third is unit tests of the partial sums; the chapter's rows are
//! shared with the support agreement, so they stay in one file.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::format::dezimal;
use crate::model::Plan;
use crate::model::support::{Akteur, Support as SupportPlan};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, Eintrag, OFFEN, eintrag, section};

#[derive(Debug, Serialize)]
pub struct Support {
    pub eckdaten: Vec<Eintrag>,
    pub level: Vec<LevelZeile>,
    pub prioritaeten: Vec<PrioritaetZeile>,
    pub aufgaben: Vec<AufgabenZeile>,
    /// The Land's tasks and costs, or "keine Angabe": shown whether or not the plan states them.
    pub land: LandAnteil,
    pub leistungen: Vec<LeistungZeile>,
    /// The catalogue's total effort: the sum, „mind. … (n von m Leistungen beziffert)“, or `–`.
    pub leistungen_summe: String,
    /// The part of it the technical support staff provides, when some of their services state it.
    pub leistungen_personal: Option<String>,
    pub pflichten_schule: Vec<String>,
    pub eskalation: Vec<EskalationZeile>,
    /// Result of checking inter-municipal options for support.
    pub interkommunal: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct LevelZeile {
    pub stufe: String,
    pub akteur: String,
    pub rolle: String,
    pub stunden: String,
    pub beschreibung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct PrioritaetZeile {
    pub name: String,
    pub reaktionszeit: String,
    pub loesungszeit: String,
}

#[derive(Debug, Serialize)]
pub struct AufgabenZeile {
    pub akteur: String,
    pub aufgaben: Vec<String>,
    pub kosten: Vec<String>,
}

/// The Land's share of tasks and costs as the plan states it.
#[derive(Debug, Serialize)]
pub struct LandAnteil {
    /// The plan has a `[[support.aufgaben]]` entry with `akteur = "land"`.
    pub angegeben: bool,
    /// „Aufgaben: …; Kosten: …“ or „keine Angabe“.
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct LeistungZeile {
    pub name: String,
    pub beschreibung: Option<RichText>,
    pub akteur: String,
    pub kostentraeger: String,
    pub stufe: String,
    pub aufwand: String,
    pub grundlage: String,
}

#[derive(Debug, Serialize)]
pub struct EskalationZeile {
    pub stufe: String,
    pub ausloeser: String,
    pub rolle: String,
    /// The format's title, or its id when the plan has no such format.
    pub format: String,
}

const KEINE_ANGABE: &str = "keine Angabe";

fn leer() -> Support {
    Support {
        eckdaten: Vec::new(),
        level: Vec::new(),
        prioritaeten: Vec::new(),
        aufgaben: Vec::new(),
        land: LandAnteil {
            angegeben: false,
            text: KEINE_ANGABE.into(),
        },
        leistungen: Vec::new(),
        leistungen_summe: OFFEN.into(),
        leistungen_personal: None,
        pflichten_schule: Vec::new(),
        eskalation: Vec::new(),
        interkommunal: None,
    }
}

pub(super) fn support(p: &Plan) -> Abschnitt<Support> {
    let Some(s) = &p.support else {
        return section(None, false, leer());
    };
    let level = s
        .level
        .iter()
        .map(|l| LevelZeile {
            stufe: stufe(l.stufe),
            akteur: label(&l.akteur),
            rolle: opt(&l.rolle),
            stunden: stunden(l.stunden_pro_woche),
            beschreibung: rich(&l.beschreibung),
        })
        .collect();
    let prioritaeten = s
        .prioritaeten
        .iter()
        .map(|pr| PrioritaetZeile {
            name: pr.name.clone(),
            reaktionszeit: stunden(Some(pr.reaktionszeit_stunden)),
            loesungszeit: stunden(pr.loesungszeit_stunden),
        })
        .collect();
    let aufgaben = s
        .aufgaben
        .iter()
        .map(|a| AufgabenZeile {
            akteur: label(&a.akteur),
            aufgaben: a.aufgaben.clone(),
            kosten: a.kosten.clone(),
        })
        .collect();
    section(
        s.nicht_zutreffend.as_ref(),
        true,
        Support {
            eckdaten: eckdaten(p, s),
            level,
            prioritaeten,
            aufgaben,
            land: land(s),
            leistungen: leistung_zeilen(s),
            leistungen_summe: summe(s),
            leistungen_personal: personal(s),
            pflichten_schule: s
                .pflichten_schule
                .iter()
                .filter(|x| !x.trim().is_empty())
                .cloned()
                .collect(),
            eskalation: eskalation_zeilen(p, s),
            interkommunal: rich(&s.interkommunal),
        },
    )
}

fn eckdaten(p: &Plan, s: &SupportPlan) -> Vec<Eintrag> {
    let kanaele: Vec<String> = s.kanaele.iter().map(label).collect();
    vec![
        eintrag(
            "Mit den Schulen abgestimmt am",
            s.abgestimmt_am.map_or_else(|| OFFEN.to_string(), date),
        ),
        eintrag(
            "Gültig ab",
            s.gueltig_ab.map_or_else(|| OFFEN.to_string(), date),
        ),
        eintrag(
            "Nächste Überprüfung",
            s.ueberpruefung.map_or_else(|| OFFEN.to_string(), zeitpunkt),
        ),
        eintrag(
            "Kanäle",
            if kanaele.is_empty() {
                OFFEN.into()
            } else {
                kanaele.join(", ")
            },
        ),
        eintrag("Servicezeiten", opt(&s.servicezeiten)),
        eintrag("Schul-IT-Sprechstunde", sprechstunde(p)),
        eintrag(
            "Technisches Supportpersonal",
            s.personal_vzae.map_or_else(
                || OFFEN.to_string(),
                |v| format!("{} VZÄ", dezimal(v.0, DE)),
            ),
        ),
        eintrag("Ersatzgeräte", opt(&s.ersatzgeraete)),
        eintrag("Wartungsfenster", opt(&s.wartungsfenster)),
    ]
}

/// The one Sprechstunde: a format is described with the formats, and only referred to here;
/// one written only under `[support.sprechstunde]` is described here.
fn sprechstunde(p: &Plan) -> String {
    let Some(sp) = p.sprechstunde() else {
        return OFFEN.to_string();
    };
    if let Some(f) = sp.format {
        let titel = f.titel.clone().unwrap_or_else(|| label(&f.art));
        return format!("„{titel}“, siehe Formate der Zusammenarbeit");
    }
    [
        sp.turnus().map(|t| label(&t)),
        sp.form().map(str::to_string),
        sp.zeit().map(str::to_string),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

fn land(s: &SupportPlan) -> LandAnteil {
    let eintraege: Vec<_> = s
        .aufgaben
        .iter()
        .filter(|a| a.akteur == Akteur::Land)
        .collect();
    if eintraege.is_empty() {
        return LandAnteil {
            angegeben: false,
            text: KEINE_ANGABE.into(),
        };
    }
    let liste = |xs: Vec<&String>| {
        if xs.is_empty() {
            KEINE_ANGABE.to_string()
        } else {
            xs.iter().map(|x| x.as_str()).collect::<Vec<_>>().join("; ")
        }
    };
    let aufgaben = liste(eintraege.iter().flat_map(|a| &a.aufgaben).collect());
    let kosten = liste(eintraege.iter().flat_map(|a| &a.kosten).collect());
    LandAnteil {
        angegeben: true,
        text: format!("Aufgaben: {aufgaben}. Kosten: {kosten}."),
    }
}

/// The rows of the service catalogue, as the plan's chapter and the support agreement show
/// them; a service without a payer of its own is paid by its provider.
pub(super) fn leistung_zeilen(s: &SupportPlan) -> Vec<LeistungZeile> {
    s.leistungen
        .iter()
        .map(|l| LeistungZeile {
            name: l.name.clone(),
            beschreibung: rich(&l.beschreibung),
            akteur: opt_label(l.akteur),
            kostentraeger: opt_label(l.kostentraeger.or(l.akteur)),
            stufe: l.stufe.map_or_else(|| OFFEN.to_string(), stufe),
            aufwand: stunden(l.aufwand_stunden_jahr),
            grundlage: opt(&l.grundlage),
        })
        .collect()
}

/// „1st Level“, „2nd Level“, „3rd Level“.
pub(super) fn stufe(n: u8) -> String {
    match n {
        1 => "1st Level".to_string(),
        2 => "2nd Level".to_string(),
        3 => "3rd Level".to_string(),
        n => format!("{n}th Level"),
    }
}

/// The escalation steps in order, each with the title of the format it goes to (the id as
/// written when the plan has no such format; E125 reports it).
pub(super) fn eskalation_zeilen(p: &Plan, s: &SupportPlan) -> Vec<EskalationZeile> {
    let mut stufen: Vec<_> = s.eskalation.iter().collect();
    stufen.sort_by_key(|e| e.stufe);
    stufen
        .into_iter()
        .map(|e| EskalationZeile {
            stufe: e.stufe.to_string(),
            ausloeser: e.ausloeser.clone(),
            rolle: opt(&e.rolle),
            format: e.format.as_ref().map_or_else(
                || OFFEN.to_string(),
                |id| {
                    p.governance
                        .iter()
                        .flat_map(|g| &g.formate)
                        .find(|f| f.id == *id)
                        .map_or_else(
                            || id.to_string(),
                            |f| f.titel.clone().unwrap_or_else(|| label(&f.art)),
                        )
                },
            ),
        })
        .collect()
}

/// The catalogue's effort: the sum when every service states it, „mind. 1.240 h (4 von 6
/// Leistungen beziffert)“ when some do, the open mark when none does (unknown is never 0).
fn summe(s: &SupportPlan) -> String {
    match aufwand_summe(s) {
        (summe, Some(erfasst)) => format!("{summe} ({erfasst})"),
        (summe, None) => summe,
    }
}

/// The catalogue's effort in two parts: the sum („mind. 1.240 h“ when only some services
/// state theirs, the open mark when none does) and, for a partial sum, how many state it.
pub(super) fn aufwand_summe(s: &SupportPlan) -> (String, Option<String>) {
    teilsumme_stunden(
        s.leistungen
            .iter()
            .filter_map(|l| l.aufwand_stunden_jahr.map(|h| h.0))
            .collect(),
        s.leistungen.len(),
    )
}

/// Hours stated by some of `alle` services, as [`aufwand_summe`] gives them.
fn teilsumme_stunden(beziffert: Vec<Decimal>, alle: usize) -> (String, Option<String>) {
    if beziffert.is_empty() {
        return (OFFEN.to_string(), None);
    }
    let summe = format!("{} h", dezimal(beziffert.iter().sum(), DE));
    if beziffert.len() == alle {
        (summe, None)
    } else {
        (
            format!("mind. {summe}"),
            Some(format!(
                "{} von {alle} Leistungen beziffert",
                beziffert.len()
            )),
        )
    }
}

/// „Davon erbringt das technische Supportpersonal (13,5 VZÄ) 20.856 h.“: the services of the
/// Schulträger, its IT provider and the Medienzentrum (see [`Leistung::vom_supportpersonal`]);
/// a service without a provider may be theirs and counts as not stated. `None` when none of
/// their services states its effort.
fn personal(s: &SupportPlan) -> Option<String> {
    let mut alle = 0;
    let mut beziffert = Vec::new();
    for l in &s.leistungen {
        match (l.vom_supportpersonal(), l.aufwand_stunden_jahr) {
            (Some(false), _) => continue,
            (Some(true), Some(h)) => beziffert.push(h.0),
            _ => {}
        }
        alle += 1;
    }
    if beziffert.is_empty() {
        return None;
    }
    let vzae = s
        .personal_vzae
        .map_or_else(String::new, |v| format!(" ({} VZÄ)", dezimal(v.0, DE)));
    Some(format!(
        "Davon erbringt das technische Supportpersonal{vzae} {}.",
        match teilsumme_stunden(beziffert, alle) {
            (summe, Some(erfasst)) => format!("{summe} ({erfasst})"),
            (summe, None) => summe,
        }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::support::{Aufgabenteilung, Leistung};
    use crate::model::types::{Dezimal, Id};

    fn katalog(leistungen: &[&Leistung]) -> SupportPlan {
        SupportPlan {
            leistungen: leistungen.iter().map(|l| (*l).clone()).collect(),
            ..SupportPlan::default()
        }
    }

    fn leistung(h: Option<i64>) -> Leistung {
        Leistung {
            id: Id("x".into()),
            name: "x".into(),
            beschreibung: None,
            akteur: Some(Akteur::Schultraeger),
            kostentraeger: None,
            stufe: None,
            aufwand_stunden_jahr: h.map(|h| Dezimal(Decimal::from(h))),
            grundlage: None,
        }
    }

    #[test]
    fn catalogue_total_is_known_partial_or_open() {
        let (a, b, c) = (leistung(Some(1000)), leistung(Some(240)), leistung(None));
        assert_eq!(summe(&katalog(&[&a, &b])), "1.240 h");
        assert_eq!(
            summe(&katalog(&[&a, &c])),
            "mind. 1.000 h (1 von 2 Leistungen beziffert)"
        );
        assert_eq!(summe(&katalog(&[&c])), OFFEN);
        assert_eq!(summe(&katalog(&[])), OFFEN);
    }

    #[test]
    fn the_lands_share_is_shown_also_when_missing() {
        let mut s = SupportPlan::default();
        assert_eq!(land(&s).text, "keine Angabe");
        s.aufgaben.push(Aufgabenteilung {
            akteur: Akteur::Land,
            aufgaben: vec!["Landeslernplattform".into()],
            kosten: Vec::new(),
        });
        let l = land(&s);
        assert!(l.angegeben);
        assert_eq!(
            l.text,
            "Aufgaben: Landeslernplattform. Kosten: keine Angabe."
        );
    }
}

#[cfg(test)]
mod personal_tests {
    use super::*;
    use crate::model::support::Leistung;
    use crate::model::types::{Dezimal, Id};

    fn leistung(akteur: Option<Akteur>, h: Option<i64>) -> Leistung {
        Leistung {
            id: Id("x".into()),
            name: "x".into(),
            beschreibung: None,
            akteur,
            kostentraeger: None,
            stufe: None,
            aufwand_stunden_jahr: h.map(|h| Dezimal(Decimal::from(h))),
            grundlage: None,
        }
    }

    #[test]
    fn the_staffs_part_leaves_out_school_land_and_manufacturers() {
        let s = SupportPlan {
            personal_vzae: Some(Dezimal(Decimal::new(135, 1))),
            leistungen: vec![
                leistung(Some(Akteur::ItDienstleister), Some(800)),
                leistung(Some(Akteur::Schule), Some(900)),
                leistung(Some(Akteur::Land), Some(900)),
            ],
            ..SupportPlan::default()
        };
        assert_eq!(
            personal(&s).unwrap(),
            "Davon erbringt das technische Supportpersonal (13,5 VZÄ) 800 h."
        );
        let mut t = s.clone();
        t.leistungen.push(leistung(None, Some(50)));
        assert!(
            personal(&t)
                .unwrap()
                .contains("mind. 800 h (1 von 2 Leistungen beziffert)")
        );
        t.leistungen.retain(|l| l.akteur == Some(Akteur::Schule));
        assert_eq!(personal(&t), None);
    }
}
