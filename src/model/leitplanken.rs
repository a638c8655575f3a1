//! `[leitplanken]`: the pedagogical guardrails, each a decision among options with a rationale.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Id;

/// Die Leitplanken des pädagogischen Zielbilds (Handreichung: sechs Leitplanken und weitere).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Leitplanken {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Netz: flächendeckendes LAN/WLAN und ausreichender Breitbandanschluss für alle Schulen?
    pub netz: Option<Leitplanke<NetzEntscheidung>>,
    /// Dienstelandschaft: einheitliche Dienste für alle Schulen oder schulindividuelle Lösungen?
    pub dienste: Option<Leitplanke<DiensteEntscheidung>>,
    /// Lehrkräfte: Dienstgerät für alle Lehrkräfte?
    pub lehrkraftgeraete: Option<Leitplanke<LehrkraftgeraeteEntscheidung>>,
    /// Schülerinnen und Schüler: Ausstattung mit Endgeräten je Schulstufe.
    pub schuelergeraete: Option<Schuelergeraete>,
    /// Präsentationstechnik in allen oder fast allen Unterrichtsräumen, interaktiv oder nicht.
    pub praesentation: Option<Praesentation>,
    /// Schulbücher: vornehmlich digital oder vornehmlich analog?
    pub schulbuecher: Option<Leitplanke<SchulbuchEntscheidung>>,
    /// Weitere Leitplanken des Schulträgers.
    #[serde(default)]
    pub weitere: Vec<WeitereLeitplanke>,
}

/// Ids under which measures refer to the six guardrails of the Handreichung.
pub const FESTE_LEITPLANKEN: [&str; 6] = [
    "netz",
    "dienste",
    "lehrkraftgeraete",
    "schuelergeraete",
    "praesentation",
    "schulbuecher",
];

/// Eine Leitplanke: Entscheidung und Begründung.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Leitplanke<E> {
    /// Die getroffene Entscheidung.
    pub entscheidung: Option<E>,
    /// Pädagogische Begründung der Entscheidung (Markdown).
    pub begruendung: Option<String>,
}

/// Entscheidung zur Netz-Leitplanke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NetzEntscheidung {
    Flaechendeckend,
    Teilweise,
}

/// Entscheidung zur Dienstelandschaft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DiensteEntscheidung {
    Einheitlich,
    Schulindividuell,
}

/// Entscheidung zu Lehrkraftgeräten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LehrkraftgeraeteEntscheidung {
    DienstgeraetFuerAlle,
    Teilweise,
    Keine,
}

/// Entscheidung zu Schulbüchern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SchulbuchEntscheidung {
    VornehmlichDigital,
    VornehmlichAnalog,
}

/// Leitplanke Schülergeräte, getrennt nach Grundschule und weiterführender Schule.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schuelergeraete {
    /// Grundschulen: `eins_zu_n` (geteilte Geräte), `mobile_klassensaetze` oder `eins_zu_eins`.
    pub grundschule: Option<Geraeteschluessel>,
    /// Weiterführende Schulen: `eins_zu_eins` (persönliche Geräte), `mobile_klassensaetze` oder `eins_zu_n`.
    pub weiterfuehrend: Option<Geraeteschluessel>,
    /// Dürfen persönliche Geräte auch zu Hause genutzt werden?
    pub nutzung_zuhause: Option<bool>,
    /// Pädagogische Begründung (Markdown).
    pub begruendung: Option<String>,
}

/// Verhältnis von Schülerinnen und Schülern zu Geräten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Geraeteschluessel {
    EinsZuEins,
    MobileKlassensaetze,
    EinsZuN,
}

/// Leitplanke Präsentationstechnik.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Praesentation {
    /// Umfang: `alle_raeume`, `fast_alle_raeume` oder `ausgewaehlte_raeume`.
    pub umfang: Option<PraesentationUmfang>,
    /// Art: `interaktiv` (Touch-Display) oder `nicht_interaktiv` (Beamer/Display mit Zuspielung).
    pub art: Option<PraesentationArt>,
    /// Pädagogische Begründung (Markdown).
    pub begruendung: Option<String>,
}

/// Umfang der Präsentationstechnik.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PraesentationUmfang {
    AlleRaeume,
    FastAlleRaeume,
    AusgewaehlteRaeume,
}

/// Art der Präsentationstechnik.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PraesentationArt {
    Interaktiv,
    NichtInteraktiv,
}

/// Eine weitere Leitplanke.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeitereLeitplanke {
    /// Stabile Kennung, auf die Maßnahmen verweisen.
    pub id: Id,
    /// Titel der Leitplanke.
    pub titel: String,
    /// Die getroffene Entscheidung in einem Satz.
    pub entscheidung: Option<String>,
    /// Begründung (Markdown).
    pub begruendung: Option<String>,
}
