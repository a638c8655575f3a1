//! `[governance]`: cooperation formats (Runder Tisch, Arbeitstreffen, Sprechstunde, …) and contacts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Id;

/// Zusammenarbeit und Steuerung.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Formate der Zusammenarbeit.
    #[serde(default)]
    pub formate: Vec<Format>,
    /// Benannte Ansprechpartnerinnen und Ansprechpartner.
    #[serde(default)]
    pub ansprechpartner: Vec<Ansprechpartner>,
}

/// Ein Format der Zusammenarbeit.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// Stabile Kennung.
    pub id: Id,
    /// Art, z. B. `runder_tisch` (strategisch, halbjährlich), `schul_it_arbeitstreffen` (operativ, monatlich), `sprechstunde` (wöchentlich), `schulgespraech` (Gespräch mit jeder Schule, z. B. `turnus = "jaehrlich"`).
    pub art: FormatArt,
    /// Titel, falls abweichend von der Art.
    pub titel: Option<String>,
    /// Turnus: `woechentlich`, `monatlich`, `quartalsweise`, `halbjaehrlich`, `jaehrlich`, `bei_bedarf` oder `laufend`.
    pub turnus: Option<Turnus>,
    /// Teilnehmende (Rollen oder Stellen).
    #[serde(default)]
    pub teilnehmende: Vec<String>,
    /// Wer organisiert und lädt ein.
    pub organisation: Option<String>,
    /// Termin oder Zeitfenster, z. B. „Mittwoch 14–15 Uhr“.
    pub zeit: Option<String>,
    /// Form, z. B. „online und telefonisch“, „vor Ort an wechselnden Schulen“.
    pub form: Option<String>,
    /// Ziel des Formats (Markdown).
    pub ziel: Option<String>,
}

/// Art eines Formats der Zusammenarbeit (Handreichung „Formen und Formate“).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FormatArt {
    RunderTisch,
    SchulItArbeitstreffen,
    Sprechstunde,
    AnsprechpartnerUebersicht,
    Wissensmanagement,
    SocialIntranet,
    Informationsveranstaltung,
    Schulungsprogramm,
    Feedback,
    Steuergruppe,
    Arbeitsgruppe,
    Fachtag,
    /// Gespräch des Schulträgers mit jeder einzelnen Schule (Schulleitung, IT-Beauftragte) über
    /// Rückblick, Bedarf und Ausblick, z. B. ein jährliches Schul- oder Jahresgespräch.
    Schulgespraech,
    Sonstiges,
}

impl Turnus {
    /// A fixed rhythm of at least once a year (not `bei_bedarf` or `laufend`).
    pub fn mindestens_jaehrlich(self) -> bool {
        !matches!(self, Turnus::BeiBedarf | Turnus::Laufend)
    }
}

impl Format {
    /// A strategic format in the sense of the Handreichung („Formen und Formate der
    /// Zusammenarbeit“ between Schulträger and Schulen): a Runder Tisch (whatever its rhythm),
    /// a Steuergruppe, or talks with every school at least once a year (the Runder Tisch's
    /// yearly review and outlook, held with each school).
    pub fn ist_strategisch(&self) -> bool {
        match self.art {
            FormatArt::RunderTisch | FormatArt::Steuergruppe => true,
            FormatArt::Schulgespraech => self.turnus.is_some_and(Turnus::mindestens_jaehrlich),
            _ => false,
        }
    }
}

impl Governance {
    /// Whether one of the formats is strategic (see [`Format::ist_strategisch`]).
    pub fn hat_strategisches_format(&self) -> bool {
        self.formate.iter().any(Format::ist_strategisch)
    }
}

/// Turnus eines Termins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Turnus {
    Woechentlich,
    Monatlich,
    Quartalsweise,
    Halbjaehrlich,
    Jaehrlich,
    BeiBedarf,
    Laufend,
}

/// Eine Ansprechpartnerin oder ein Ansprechpartner.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ansprechpartner {
    /// Stabile Kennung.
    pub id: Id,
    /// Rolle, z. B. „IT-Koordination Schulverwaltungsamt“.
    pub rolle: String,
    /// Name (optional, Rollenpostfächer genügen).
    pub name: Option<String>,
    /// Organisation.
    pub organisation: Option<String>,
    /// Kontakt (E-Mail oder Telefon).
    pub kontakt: Option<String>,
}
