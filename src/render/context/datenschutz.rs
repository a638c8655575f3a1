//! Chapter Datenschutz und IT-Sicherheit: responsibilities and rules.

use serde::Serialize;

use crate::model::Plan;
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct Datenschutz {
    pub verantwortlich: String,
    pub datenschutzbeauftragte: String,
    pub regelungen: Vec<RegelungZeile>,
}

#[derive(Debug, Serialize)]
pub struct RegelungZeile {
    pub name: String,
    pub status: String,
    pub beschreibung: Option<RichText>,
}

pub(super) fn datenschutz(p: &Plan) -> Abschnitt<Datenschutz> {
    let Some(d) = &p.datenschutz else {
        return section(
            None,
            false,
            Datenschutz {
                verantwortlich: OFFEN.into(),
                datenschutzbeauftragte: OFFEN.into(),
                regelungen: Vec::new(),
            },
        );
    };
    let names = [
        "Informationsverbund",
        "Verzeichnis der Verarbeitungstätigkeiten",
        "Verträge zur Auftragsverarbeitung",
        "Datenschutz-Folgenabschätzungen",
        "Löschkonzept",
        "Nutzungsordnung",
        "Trennung von pädagogischem Netz und Verwaltungsnetz",
        "Datensicherung",
    ];
    let regelungen = d
        .regelungen()
        .iter()
        .zip(names)
        .map(|((_, r), name)| RegelungZeile {
            name: name.into(),
            status: r.map_or_else(|| OFFEN.to_string(), |r| label(&r.status)),
            beschreibung: r.and_then(|r| rich(&r.beschreibung)),
        })
        .collect();
    section(
        d.nicht_zutreffend.as_ref(),
        true,
        Datenschutz {
            verantwortlich: opt(&d.verantwortlich),
            datenschutzbeauftragte: opt(&d.datenschutzbeauftragte),
            regelungen,
        },
    )
}
