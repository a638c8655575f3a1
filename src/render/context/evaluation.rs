//! Chapter Evaluation und Fortschreibung: indicators with baseline and target.

use serde::Serialize;

use crate::model::Plan;
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct Evaluation {
    pub verfahren: Option<RichText>,
    pub ueberpruefungen: Vec<String>,
    pub indikatoren: Vec<IndikatorZeile>,
}

#[derive(Debug, Serialize)]
pub struct IndikatorZeile {
    pub name: String,
    pub einheit: String,
    pub ist: String,
    pub soll: String,
    pub zeitpunkt: String,
    pub messverfahren: String,
}

pub(super) fn evaluation(p: &Plan) -> Abschnitt<Evaluation> {
    let Some(e) = &p.evaluation else {
        return section(
            None,
            false,
            Evaluation {
                verfahren: None,
                ueberpruefungen: Vec::new(),
                indikatoren: Vec::new(),
            },
        );
    };
    let indikatoren = e
        .indikatoren
        .iter()
        .map(|i| IndikatorZeile {
            name: i.name.clone(),
            einheit: opt(&i.einheit),
            ist: dez(i.ist),
            soll: dez(i.soll),
            zeitpunkt: i.zeitpunkt.map_or_else(|| OFFEN.to_string(), zeitpunkt),
            messverfahren: opt(&i.messverfahren),
        })
        .collect();
    section(
        e.nicht_zutreffend.as_ref(),
        true,
        Evaluation {
            verfahren: rich(&e.verfahren),
            ueberpruefungen: e.ueberpruefungen.iter().map(|d| date(*d)).collect(),
            indikatoren,
        },
    )
}
