//! Chapter Service und Support: support levels, priorities with response and resolution times, the
//! division of tasks.

use serde::Serialize;

use crate::format::dezimal;
use crate::model::Plan;
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, Eintrag, OFFEN, eintrag, section};

#[derive(Debug, Serialize)]
pub struct Support {
    pub eckdaten: Vec<Eintrag>,
    pub level: Vec<LevelZeile>,
    pub prioritaeten: Vec<PrioritaetZeile>,
    pub aufgaben: Vec<AufgabenZeile>,
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

pub(super) fn support(p: &Plan) -> Abschnitt<Support> {
    let Some(s) = &p.support else {
        return section(
            None,
            false,
            Support {
                eckdaten: Vec::new(),
                level: Vec::new(),
                prioritaeten: Vec::new(),
                aufgaben: Vec::new(),
            },
        );
    };
    let kanaele: Vec<String> = s.kanaele.iter().map(label).collect();
    let eckdaten = vec![
        eintrag(
            "Mit den Schulen abgestimmt am",
            s.abgestimmt_am.map_or_else(|| OFFEN.to_string(), date),
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
        eintrag(
            "Schul-IT-Sprechstunde",
            s.sprechstunde.as_ref().map_or_else(
                || OFFEN.to_string(),
                |sp| {
                    [Some(label(&sp.turnus)), sp.form.clone(), sp.zeit.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            ),
        ),
        eintrag(
            "Technisches Supportpersonal",
            s.personal_vzae.map_or_else(
                || OFFEN.to_string(),
                |v| format!("{} VZÄ", dezimal(v.0, DE)),
            ),
        ),
        eintrag("Ersatzgeräte", opt(&s.ersatzgeraete)),
        eintrag("Wartungsfenster", opt(&s.wartungsfenster)),
    ];
    let level = s
        .level
        .iter()
        .map(|l| LevelZeile {
            stufe: format!("{}st Level", l.stufe)
                .replace("2st", "2nd")
                .replace("3st", "3rd"),
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
            eckdaten,
            level,
            prioritaeten,
            aufgaben,
        },
    )
}
