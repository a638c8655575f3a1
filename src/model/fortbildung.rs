//! `[fortbildung]`: technical training offers for teachers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::governance::Turnus;
use super::types::{Dezimal, Id};

/// Technische Fortbildung und Schulungsprogramme.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fortbildung {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Fortbildungsangebote.
    #[serde(default)]
    pub angebote: Vec<Angebot>,
}

/// Ein Fortbildungsangebot.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Angebot {
    /// Stabile Kennung.
    pub id: Id,
    /// Thema, z. B. „Einführung interaktive Displays“.
    pub thema: String,
    /// Zielgruppe, z. B. „alle Lehrkräfte“, „IT-beauftragte Lehrkräfte“.
    pub zielgruppe: Option<String>,
    /// Format: `praesenz`, `online`, `hybrid` oder `selbstlernkurs`.
    pub format: Option<Lernformat>,
    /// Umfang in Zeitstunden.
    pub stunden: Option<Dezimal>,
    /// Anbieter, z. B. Medienzentrum, Landesinstitut, IT-Dienstleister.
    pub anbieter: Option<String>,
    /// Turnus des Angebots.
    pub turnus: Option<Turnus>,
}

/// Lernformat einer Fortbildung.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lernformat {
    Praesenz,
    Online,
    Hybrid,
    Selbstlernkurs,
}
