//! `[datenschutz]`: data protection and IT security arrangements.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Umsetzung;

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

/// Stand einer Regelung.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regelung {
    /// Stand: `vorhanden`, `in_arbeit`, `geplant` oder `fehlt`.
    pub status: Umsetzung,
    /// Erläuterung (Markdown).
    pub beschreibung: Option<String>,
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
