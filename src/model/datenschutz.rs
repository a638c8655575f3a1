//! `[datenschutz]`: data protection and IT security arrangements, the law each rests on, and
//! which applications process personal data.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Id, Umsetzung, Zeitpunkt};
use super::zielarchitektur::{Anwendung, SoftwareKategorie};

/// Datenschutz und IT-Sicherheit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Datenschutz {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Verantwortliche Stelle (Schulleitung / Schulträger) und ihre Rolle.
    pub verantwortlich: Option<String>,
    /// Datenschutzbeauftragte oder Datenschutzbeauftragter (Stelle, Kontakt).
    pub datenschutzbeauftragte: Option<String>,
    /// Die schulischen Datenschutzregeln des Landes, auf denen der Plan aufbaut (Handreichung, Fußnote 1: „Hier sind die individuellen Regelungen zum Datenschutz in den jeweiligen Bundesländern zu bedenken“), z. B. `landesrecht = "§ 120 SchulG NRW, VO-DV I"`.
    pub landesrecht: Option<String>,
    /// Informationsverbund: welche Systeme, Prozesse und Beteiligten gemeinsam abgesichert werden.
    pub informationsverbund: Option<Regelung>,
    /// Verzeichnis der Verarbeitungstätigkeiten.
    pub verarbeitungsverzeichnis: Option<Regelung>,
    /// Verträge zur Auftragsverarbeitung (AV-Verträge) mit Dienstleistern.
    pub av_vertraege: Option<Regelung>,
    /// Datenschutz-Folgenabschätzungen, wo erforderlich.
    pub dsfa: Option<Regelung>,
    /// Löschkonzept.
    pub loeschkonzept: Option<Regelung>,
    /// Nutzungsordnung für Schülerinnen, Schüler und Lehrkräfte.
    pub nutzungsordnung: Option<Regelung>,
    /// Trennung von pädagogischem Netz und Verwaltungsnetz.
    pub netztrennung: Option<Regelung>,
    /// Datensicherung (Backup) und Wiederherstellung.
    pub datensicherung: Option<Regelung>,
}

/// Stand einer Regelung und der Weg dorthin.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regelung {
    /// Stand: `vorhanden`, `in_arbeit`, `geplant` oder `fehlt`.
    pub status: Umsetzung,
    /// Erläuterung (Markdown).
    pub beschreibung: Option<String>,
    /// Die Maßnahme, die die Regelung schafft (Id unter `[[massnahmen]]`), z. B. `massnahme = "netz-erneuerung"`.
    pub massnahme: Option<Id>,
    /// Bis wann die Regelung stehen soll, z. B. `bis = "2026-H2"` oder `bis = 2027-03-31`.
    pub bis: Option<Zeitpunkt>,
}

impl Regelung {
    /// A missing or planned arrangement needs a path: a measure or a date.
    pub fn braucht_weg(&self) -> bool {
        matches!(self.status, Umsetzung::Fehlt | Umsetzung::Geplant)
    }

    /// The plan names a measure or a date that leads to the arrangement.
    pub fn hat_weg(&self) -> bool {
        self.massnahme.is_some() || self.bis.is_some()
    }
}

/// The law or standard each arrangement rests on: `(key, German, English)`, in the order of
/// [`Datenschutz::regelungen`]. Rules and the document cite it from here.
pub const GRUNDLAGEN: [(&str, &str, &str); 8] = [
    (
        "informationsverbund",
        "BSI IT-Grundschutz: BSI-Standard 200-2 (IT-Grundschutz-Methodik), Festlegung des Geltungsbereichs und Strukturanalyse",
        "BSI IT-Grundschutz: BSI Standard 200-2 (IT-Grundschutz methodology), scope and structure analysis",
    ),
    (
        "verarbeitungsverzeichnis",
        "Art. 30 DSGVO (Verzeichnis von Verarbeitungstätigkeiten)",
        "Art. 30 GDPR (records of processing activities)",
    ),
    (
        "av_vertraege",
        "Art. 28 DSGVO (Auftragsverarbeiter)",
        "Art. 28 GDPR (processor)",
    ),
    (
        "dsfa",
        "Art. 35 DSGVO (Datenschutz-Folgenabschätzung)",
        "Art. 35 GDPR (data protection impact assessment)",
    ),
    (
        "loeschkonzept",
        "Art. 5 Abs. 1 lit. e DSGVO (Speicherbegrenzung) und Art. 17 DSGVO (Recht auf Löschung)",
        "Art. 5(1)(e) GDPR (storage limitation) and Art. 17 GDPR (right to erasure)",
    ),
    (
        "nutzungsordnung",
        "Schulgesetz und schulische Datenschutzvorschriften des Landes",
        "the Land's school act and school data protection rules",
    ),
    (
        "netztrennung",
        "BSI IT-Grundschutz, Baustein NET.1.1 Netzarchitektur und -design",
        "BSI IT-Grundschutz, module NET.1.1 network architecture and design",
    ),
    (
        "datensicherung",
        "BSI IT-Grundschutz, Baustein CON.3 Datensicherungskonzept",
        "BSI IT-Grundschutz, module CON.3 backup concept",
    ),
];

/// The basis of an arrangement by its key, `(German, English)`.
pub fn grundlage(key: &str) -> (&'static str, &'static str) {
    GRUNDLAGEN
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or(("", ""), |&(_, de, en)| (de, en))
}

impl Datenschutz {
    /// All arrangements with their TOML key, in a fixed order.
    pub fn regelungen(&self) -> [(&'static str, Option<&Regelung>); 8] {
        [
            ("informationsverbund", self.informationsverbund.as_ref()),
            (
                "verarbeitungsverzeichnis",
                self.verarbeitungsverzeichnis.as_ref(),
            ),
            ("av_vertraege", self.av_vertraege.as_ref()),
            ("dsfa", self.dsfa.as_ref()),
            ("loeschkonzept", self.loeschkonzept.as_ref()),
            ("nutzungsordnung", self.nutzungsordnung.as_ref()),
            ("netztrennung", self.netztrennung.as_ref()),
            ("datensicherung", self.datensicherung.as_ref()),
        ]
    }
}

/// Whether an application processes personal data, and how the plan says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Personenbezug {
    /// `personenbezogene_daten = true`.
    Ja,
    /// Not stated, but its kind (`lernplattform`, `kommunikation`, `verwaltung`) keeps
    /// accounts, submissions, messages or records of pupils and teachers.
    Angenommen,
    /// `personenbezogene_daten = false`.
    Nein,
    /// Not stated, and its kind does not tell.
    Offen,
}

impl Personenbezug {
    /// Personal data are processed, as stated or presumed.
    pub fn verarbeitet(self) -> bool {
        matches!(self, Personenbezug::Ja | Personenbezug::Angenommen)
    }
}

/// Whether an application processes personal data: as stated, else presumed by its kind.
/// Learning platforms, communication and administration software cannot work without
/// personal data; office suites, textbooks, apps and other content may or may not (a local
/// office suite, a media library without login), so there the plan has to say.
pub fn personenbezug(a: &Anwendung) -> Personenbezug {
    match a.personenbezogene_daten {
        Some(true) => Personenbezug::Ja,
        Some(false) => Personenbezug::Nein,
        None => match a.kategorie {
            SoftwareKategorie::Lernplattform
            | SoftwareKategorie::Kommunikation
            | SoftwareKategorie::Verwaltung => Personenbezug::Angenommen,
            _ => Personenbezug::Offen,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(toml_src: &str) -> Anwendung {
        toml::from_str(toml_src).unwrap()
    }

    #[test]
    fn personal_data_is_stated_or_presumed_by_kind() {
        let lms = app("id = \"lms\"\nname = \"LMS\"\nkategorie = \"lernplattform\"");
        assert_eq!(personenbezug(&lms), Personenbezug::Angenommen);
        let office = app("id = \"o\"\nname = \"Office\"\nkategorie = \"office\"");
        assert_eq!(personenbezug(&office), Personenbezug::Offen);
        assert!(!personenbezug(&office).verarbeitet());
        let stated =
            app("id = \"o\"\nname = \"O\"\nkategorie = \"office\"\npersonenbezogene_daten = true");
        assert_eq!(personenbezug(&stated), Personenbezug::Ja);
        let no = app(
            "id = \"l\"\nname = \"L\"\nkategorie = \"lernplattform\"\npersonenbezogene_daten = false",
        );
        assert_eq!(personenbezug(&no), Personenbezug::Nein);
    }

    #[test]
    fn every_arrangement_has_a_basis() {
        let d = Datenschutz::default();
        for ((key, _), (gkey, de, en)) in d.regelungen().iter().zip(GRUNDLAGEN) {
            assert_eq!(*key, gkey);
            assert!(!de.is_empty() && !en.is_empty());
        }
    }

    #[test]
    fn missing_or_planned_arrangements_need_a_path() {
        let r: Regelung = toml::from_str("status = \"fehlt\"").unwrap();
        assert!(r.braucht_weg() && !r.hat_weg());
        let r: Regelung = toml::from_str("status = \"geplant\"\nbis = \"2027-H1\"").unwrap();
        assert!(r.braucht_weg() && r.hat_weg());
        let r: Regelung = toml::from_str("status = \"vorhanden\"").unwrap();
        assert!(!r.braucht_weg());
    }
}
