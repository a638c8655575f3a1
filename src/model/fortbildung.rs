//! `[fortbildung]`: training offers for teachers, who is responsible for each (technical
//! training the Schulträger, pedagogical training the Land), and how needs are found.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::governance::Turnus;
use super::support::Akteur;
use super::types::{Dezimal, Id};

/// Fortbildung und Schulungsprogramme.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fortbildung {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Wie der Schulungsbedarf ermittelt wird (Markdown), z. B. `bedarfsermittlung = "Das Schul-IT-Arbeitstreffen wertet monatlich die Tickets je Schule aus und leitet Schulungsbedarfe ab."` (Handreichung, Schul-IT-Arbeitstreffen: „Analyse des Ticketaufkommens, ggf. Ableitung von Schulungsbedarfen für die einzelne Schule“).
    pub bedarfsermittlung: Option<String>,
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
    /// Art: `technisch` (Schulung mit den Geräten und Diensten, Sache des Schulträgers) oder `paedagogisch` (fachliche und mediendidaktische Fortbildung, Sache des Landes), z. B. `art = "technisch"`.
    pub art: Option<FortbildungArt>,
    /// Wer das Angebot verantwortet (beauftragt und bezahlt), nicht wer es hält (`anbieter`): `land`, `schultraeger`, `schule`, `it_dienstleister`, `medienzentrum` oder `hersteller`, z. B. `verantwortlich = "schultraeger"`.
    pub verantwortlich: Option<Akteur>,
    /// Anlass: `tickets` (aus der Auswertung der Tickets), `neue_geraete`, `schulbedarf` (von der Schule gemeldet) oder `landesvorgabe`, z. B. `anlass = ["tickets", "neue_geraete"]`.
    #[serde(default)]
    pub anlass: Vec<Anlass>,
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

/// Art einer Fortbildung (Handreichung, „Ziele der Zusammenarbeit“: die Schulung mit den technischen Geräten beim Schulträger, fachspezifische Weiterbildung beim Land).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FortbildungArt {
    Technisch,
    Paedagogisch,
}

/// Anlass eines Fortbildungsangebots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Anlass {
    Tickets,
    NeueGeraete,
    Schulbedarf,
    Landesvorgabe,
}

impl Angebot {
    /// Offered at a fixed cadence („regelmäßig“), not only on demand.
    pub fn regelmaessig(&self) -> bool {
        self.turnus.is_some_and(|t| t != Turnus::BeiBedarf)
    }
}

impl Fortbildung {
    /// Training needs are derived from the tickets: in words, or by an offer that names them.
    pub fn bedarf_aus_tickets(&self) -> bool {
        self.bedarfsermittlung
            .as_ref()
            .is_some_and(|t| !t.trim().is_empty())
            || self
                .angebote
                .iter()
                .any(|a| a.anlass.contains(&Anlass::Tickets))
    }
}
