//! The support agreement (`mep render --dokument supportvereinbarung`): the plan's
//! `[support]` section as a contract between the Schulträger and one school, ready to sign.
//! One context holds one agreement per school (or the one school asked for); the rows of the
//! plan's chapters Service und Support and Zusammenarbeit are reused, so both documents
//! show the same figures. What the plan leaves open stays open, never invented.
//!
//! Longer than 400 lines on purpose: the contract's sections in reading order, each a small
//! builder beside its row type.

use serde::Serialize;

use crate::format::dezimal;
use crate::model::support::{Akteur, Supportlevel};
use crate::model::{Plan, Schule};
use crate::render::rich_text::RichText;

use super::governance::{AnsprechpartnerZeile, governance};
use super::support::{
    AufgabenZeile, EskalationZeile, LeistungZeile, LevelZeile, PrioritaetZeile, aufwand_summe,
    eskalation_zeilen, leistung_zeilen, support,
};
use super::values::*;
use super::{Eintrag, OFFEN, eintrag};

/// The document: one or more agreements, each starting on its own page.
#[derive(Debug, Serialize)]
pub struct Vereinbarungen {
    /// The mark for a value the plan leaves open (`–`), for the templates.
    pub offen: &'static str,
    pub dokument: Dokument,
    pub vereinbarungen: Vec<Vereinbarung>,
}

/// What the whole file is, for its metadata.
#[derive(Debug, Serialize)]
pub struct Dokument {
    /// „Vereinbarung über Service und Support – Grundschule Am Park“.
    pub titel: String,
    pub schultraeger: Option<String>,
    /// The plan's title, the basis of the agreement.
    pub plan: String,
    /// `2026-02-24`: the document date, for the metadata.
    pub datum_iso: String,
    /// `mep 0.1.0`.
    pub erstellt_mit: String,
}

/// One agreement between the Schulträger and one school.
#[derive(Debug, Serialize)]
pub struct Vereinbarung {
    pub schule: SchulePartei,
    /// The Schulträger's name, or the open mark.
    pub schultraeger: String,
    pub it_dienstleister: Option<Organisation>,
    pub grundlage: Grundlage,
    /// Set when the plan has no `[support]` section or waives it: the agreement then
    /// says so instead of regulating anything.
    pub hinweis: Option<String>,
    /// § 2: tasks and costs per actor.
    pub aufgaben: Vec<AufgabenZeile>,
    /// § 3: the service catalogue.
    pub leistungen: Vec<LeistungZeile>,
    /// The catalogue's total effort (h per year, all schools), „mind. …“ when only some
    /// services state it, open when none does.
    pub leistungen_summe: String,
    /// „2 von 3 Leistungen beziffert“ when only some services state their effort.
    pub leistungen_beziffert: Option<String>,
    /// § 4: support levels, contacts.
    pub level: Vec<LevelZeile>,
    pub ansprechpartner: Vec<AnsprechpartnerZeile>,
    /// § 5: channels, service times, Sprechstunde.
    pub erreichbarkeit: Vec<Eintrag>,
    /// § 6: priorities with response and resolution times.
    pub prioritaeten: Vec<PrioritaetZeile>,
    /// § 7: replacement devices and maintenance windows.
    pub ersatzgeraete: String,
    pub wartungsfenster: String,
    /// § 8: the school's duties.
    pub pflichten: Pflichten,
    /// § 9: escalation.
    pub eskalation: Vec<EskalationZeile>,
    /// § 10: term and review.
    pub gueltig_ab: String,
    pub ueberpruefung: String,
    pub unterschriften: Vec<Unterschrift>,
}

/// The school as a party.
#[derive(Debug, Serialize)]
pub struct SchulePartei {
    pub id: String,
    pub name: String,
    pub schulform: String,
    pub schulnummer: String,
    pub schulleitung: String,
    pub it_beauftragte: String,
    /// For an entry that stands for several schools: „Der Plan fasst unter diesem Eintrag
    /// 38 Schulen zusammen (Schulgruppe); …“.
    pub gruppe: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Organisation {
    pub name: String,
    pub rolle: Option<String>,
    pub kontakt: Option<String>,
}

/// § 1: the plan the agreement rests on.
#[derive(Debug, Serialize)]
pub struct Grundlage {
    pub plan: String,
    pub version: String,
    /// `24.02.2026`.
    pub stand: String,
    pub status: String,
    /// Every decision and deliberation on the plan in one line each, oldest first:
    /// „Beschluss: Rat der Stadt, 15.03.2026, Vorlage V/2026/0142“.
    pub beschluesse: Vec<String>,
    /// When Schulträger and schools agreed on the support concept.
    pub abgestimmt_am: String,
}

/// § 8: what the school does.
#[derive(Debug, Serialize)]
pub struct Pflichten {
    pub liste: Vec<String>,
    /// The school's IT-beauftragte Lehrkraft (`it_beauftragte` of the school), or open.
    pub it_beauftragte: String,
    /// Her hours per week from the school's level-1 entry (`stunden_pro_woche`).
    pub stunden: String,
    /// What teachers as Land employees means here (`[land] lehrkraefte`), when the plan says.
    pub lehrkraefte_land: Option<RichText>,
}

/// One signature: for whom, the party and, where known, who signs.
#[derive(Debug, Serialize)]
pub struct Unterschrift {
    /// „Für den Schulträger“.
    pub fuer: String,
    pub partei: String,
    /// The signing role or person (the Schulleitung) where the plan names it; else the
    /// document leaves a line to fill in.
    pub person: Option<String>,
}

/// The agreements with `schulen`, one each, in the order given; `datum_iso` is the
/// document date.
pub fn build(p: &Plan, schulen: &[&Schule], datum_iso: String) -> Vereinbarungen {
    let schultraeger = p.plan.schultraeger.as_ref().and_then(|s| s.name.clone());
    let titel = match schulen {
        [s] => format!("Vereinbarung über Service und Support – {}", s.name),
        _ => "Vereinbarungen über Service und Support".to_string(),
    };
    Vereinbarungen {
        offen: OFFEN,
        dokument: Dokument {
            titel,
            schultraeger,
            plan: p.plan.titel.clone(),
            datum_iso,
            erstellt_mit: format!("mep {}", env!("CARGO_PKG_VERSION")),
        },
        vereinbarungen: schulen.iter().map(|s| vereinbarung(p, s)).collect(),
    }
}

fn vereinbarung(p: &Plan, schule: &Schule) -> Vereinbarung {
    let sup = support(p);
    let hinweis = match (&p.support, sup.nicht_zutreffend.is_some()) {
        (None, _) => Some(
            "Der Plan enthält noch keine Angaben zu Service und Support; diese Vereinbarung regelt daher nur, was unten genannt ist."
                .to_string(),
        ),
        (Some(s), true) => Some(format!(
            "Nach dem Plan trifft der Abschnitt Service und Support nicht zu: {}",
            s.nicht_zutreffend.clone().unwrap_or_default()
        )),
        _ => None,
    };
    let s = p.support.as_ref();
    let summe = s.map_or_else(|| (OFFEN.to_string(), None), aufwand_summe);
    let traeger = p
        .plan
        .schultraeger
        .as_ref()
        .and_then(|t| t.name.clone())
        .filter(|n| !n.trim().is_empty());
    let level1 = s.and_then(|s| {
        s.level
            .iter()
            .find(|l| l.stufe == 1 && l.akteur == Akteur::Schule)
    });
    Vereinbarung {
        schule: partei(schule),
        schultraeger: traeger.clone().unwrap_or_else(|| OFFEN.to_string()),
        it_dienstleister: p
            .plan
            .it_dienstleister
            .as_ref()
            .filter(|o| o.entfaellt().is_none())
            .map(|o| Organisation {
                name: o.name().unwrap_or(OFFEN).to_string(),
                rolle: o.rolle.clone(),
                kontakt: o.kontakt.clone(),
            }),
        grundlage: grundlage(p),
        hinweis,
        aufgaben: sup.inhalt.aufgaben,
        leistungen: s.map(leistung_zeilen).unwrap_or_default(),
        leistungen_summe: summe.0,
        leistungen_beziffert: summe.1,
        level: sup.inhalt.level,
        ansprechpartner: governance(p).inhalt.ansprechpartner,
        erreichbarkeit: erreichbarkeit(p),
        prioritaeten: sup.inhalt.prioritaeten,
        ersatzgeraete: s.map_or_else(|| OFFEN.to_string(), |s| opt(&s.ersatzgeraete)),
        wartungsfenster: s.map_or_else(|| OFFEN.to_string(), |s| opt(&s.wartungsfenster)),
        pflichten: pflichten(p, schule, level1),
        eskalation: s.map(|s| eskalation_zeilen(p, s)).unwrap_or_default(),
        gueltig_ab: s
            .and_then(|s| s.gueltig_ab)
            .map_or_else(|| OFFEN.to_string(), date),
        ueberpruefung: s
            .and_then(|s| s.ueberpruefung)
            .map_or_else(|| OFFEN.to_string(), zeitpunkt),
        unterschriften: vec![
            Unterschrift {
                fuer: "Für den Schulträger".into(),
                partei: traeger.unwrap_or_else(|| OFFEN.to_string()),
                person: None,
            },
            Unterschrift {
                fuer: "Für die Schule".into(),
                partei: schule.name.clone(),
                person: schule.schulleitung.clone().filter(|t| !t.trim().is_empty()),
            },
        ],
    }
}

fn partei(s: &Schule) -> SchulePartei {
    let n = s.anzahl_schulen.unwrap_or(1);
    SchulePartei {
        id: s.id.as_str().to_string(),
        name: s.name.clone(),
        schulform: label(&s.schulform),
        schulnummer: opt(&s.schulnummer),
        schulleitung: opt(&s.schulleitung),
        it_beauftragte: opt(&s.it_beauftragte),
        gruppe: (n >= 2).then(|| {
            format!(
                "Der Plan fasst unter diesem Eintrag {n} Schulen zusammen (Schulgruppe); die Angaben dieser Vereinbarung gelten für jede von ihnen."
            )
        }),
    }
}

fn grundlage(p: &Plan) -> Grundlage {
    let k = &p.plan;
    let mut beschluesse = k.alle_beschluesse();
    beschluesse.sort_by_key(|b| b.datum.map_or((1, (0, 0, 0)), |d| (0, d.ordnung())));
    let text = |s: Option<&str>| s.filter(|s| !s.trim().is_empty()).map(str::to_string);
    Grundlage {
        plan: k.titel.clone(),
        version: opt(&k.version),
        stand: k.datum.map_or_else(|| OFFEN.to_string(), date),
        status: opt_label(k.status),
        beschluesse: beschluesse
            .iter()
            .map(|b| {
                let teile: Vec<String> = [
                    Some(text(b.gremium).unwrap_or_else(|| OFFEN.to_string())),
                    Some(b.datum.map_or_else(|| OFFEN.to_string(), zeitpunkt)),
                    text(b.vorlage).map(|v| format!("Vorlage {v}")),
                    text(b.gegenstand),
                ]
                .into_iter()
                .flatten()
                .collect();
                format!("{}: {}", label(&b.art), teile.join(", "))
            })
            .collect(),
        abgestimmt_am: p
            .support
            .as_ref()
            .and_then(|s| s.abgestimmt_am)
            .map_or_else(|| OFFEN.to_string(), date),
    }
}

fn erreichbarkeit(p: &Plan) -> Vec<Eintrag> {
    let s = p.support.as_ref();
    let kanaele: Vec<String> = s
        .map(|s| s.kanaele.iter().map(label).collect())
        .unwrap_or_default();
    let sprechstunde = p.sprechstunde().map_or_else(
        || OFFEN.to_string(),
        |sp| {
            let teile: Vec<String> = [
                sp.turnus().map(|t| label(&t)),
                sp.zeit().map(str::to_string),
                sp.form().map(str::to_string),
            ]
            .into_iter()
            .flatten()
            .filter(|t| !t.trim().is_empty())
            .collect();
            if teile.is_empty() {
                OFFEN.to_string()
            } else {
                teile.join(", ")
            }
        },
    );
    vec![
        eintrag(
            "Kanäle",
            if kanaele.is_empty() {
                OFFEN.to_string()
            } else {
                kanaele.join(", ")
            },
        ),
        eintrag(
            "Servicezeiten",
            s.map_or_else(|| OFFEN.to_string(), |s| opt(&s.servicezeiten)),
        ),
        eintrag("Schul-IT-Sprechstunde", sprechstunde),
    ]
}

fn pflichten(p: &Plan, schule: &Schule, level1: Option<&Supportlevel>) -> Pflichten {
    Pflichten {
        liste: p
            .support
            .as_ref()
            .map(|s| s.pflichten_schule.clone())
            .unwrap_or_default(),
        it_beauftragte: opt(&schule.it_beauftragte),
        stunden: level1.and_then(|l| l.stunden_pro_woche).map_or_else(
            || OFFEN.to_string(),
            |d| format!("{} Stunden je Woche", dezimal(d.0, DE)),
        ),
        // Teachers are employees of the Land: what that means here, from `[land] lehrkraefte`.
        lehrkraefte_land: p.land.as_ref().and_then(|l| rich(&l.lehrkraefte)),
    }
}
