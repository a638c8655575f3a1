//! Chapter Datenschutz und IT-Sicherheit: responsibilities, the Land's rules, each
//! arrangement with its state, legal basis and path, and the applications with personal data.

use serde::Serialize;

use crate::model::Plan;
use crate::model::datenschutz::{Personenbezug, grundlage, personenbezug};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct Datenschutz {
    pub verantwortlich: String,
    pub datenschutzbeauftragte: String,
    /// The Land's school data-protection rules, or the open mark.
    pub landesrecht: String,
    pub regelungen: Vec<RegelungZeile>,
    /// Applications that process personal data (stated or presumed by their kind).
    pub anwendungen: Vec<AnwendungDatenschutz>,
    /// Applications for which the plan leaves open whether they process personal data.
    pub anwendungen_offen: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RegelungZeile {
    pub name: String,
    pub status: String,
    pub beschreibung: Option<RichText>,
    /// The law or standard the arrangement rests on.
    pub grundlage: String,
    /// The measure that establishes it: id and title (the id alone if unknown).
    pub massnahme: Option<MassnahmeRef>,
    /// Target date, formatted.
    pub bis: Option<String>,
    /// Missing or planned, and no measure or date is given.
    pub ohne_weg: bool,
}

#[derive(Debug, Serialize)]
pub struct MassnahmeRef {
    pub id: String,
    pub titel: String,
}

#[derive(Debug, Serialize)]
pub struct AnwendungDatenschutz {
    pub name: String,
    pub bereitsteller: String,
    pub av_vertrag: String,
    pub dsfa: String,
    /// Not stated in the plan but presumed by the kind of application.
    pub angenommen: bool,
}

pub(super) fn datenschutz(p: &Plan) -> Abschnitt<Datenschutz> {
    let Some(d) = &p.datenschutz else {
        return section(
            None,
            false,
            Datenschutz {
                verantwortlich: OFFEN.into(),
                datenschutzbeauftragte: OFFEN.into(),
                landesrecht: OFFEN.into(),
                regelungen: Vec::new(),
                anwendungen: Vec::new(),
                anwendungen_offen: Vec::new(),
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
        .map(|((key, r), name)| RegelungZeile {
            name: name.into(),
            status: r.map_or_else(|| OFFEN.to_string(), |r| label(&r.status)),
            beschreibung: r.and_then(|r| rich(&r.beschreibung)),
            grundlage: match (
                *key,
                d.landesrecht.as_ref().filter(|l| !l.trim().is_empty()),
            ) {
                ("nutzungsordnung", Some(l)) => format!("{} (hier: {l})", grundlage(key).0),
                _ => grundlage(key).0.to_string(),
            },
            massnahme: r.and_then(|r| r.massnahme.as_ref()).map(|id| MassnahmeRef {
                id: id.to_string(),
                titel: p
                    .massnahmen
                    .iter()
                    .find(|m| &m.id == id)
                    .map_or_else(|| id.to_string(), |m| m.titel.clone()),
            }),
            bis: r.and_then(|r| r.bis).map(zeitpunkt),
            ohne_weg: r.is_some_and(|r| r.braucht_weg() && !r.hat_weg()),
        })
        .collect();
    let apps = p
        .software()
        .map(|s| s.anwendungen.as_slice())
        .unwrap_or_default();
    let anwendungen = apps
        .iter()
        .filter(|a| personenbezug(a).verarbeitet())
        .map(|a| AnwendungDatenschutz {
            name: a.name.clone(),
            bereitsteller: opt_label(a.bereitsteller),
            av_vertrag: ja_nein(a.av_vertrag),
            dsfa: opt_label(a.dsfa),
            angenommen: personenbezug(a) == Personenbezug::Angenommen,
        })
        .collect();
    let anwendungen_offen = apps
        .iter()
        .filter(|a| personenbezug(a) == Personenbezug::Offen)
        .map(|a| a.name.clone())
        .collect();
    section(
        d.nicht_zutreffend.as_ref(),
        true,
        Datenschutz {
            verantwortlich: opt(&d.verantwortlich),
            datenschutzbeauftragte: opt(&d.datenschutzbeauftragte),
            landesrecht: opt(&d.landesrecht),
            regelungen,
            anwendungen,
            anwendungen_offen,
        },
    )
}
