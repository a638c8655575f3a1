//! `[evaluation]`: indicators with IST and SOLL, and the review dates of the plan.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::governance::Turnus;
use super::types::{Datum, Dezimal, Id, Zeitpunkt};

/// Evaluation und Fortschreibung.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Verfahren der Evaluation (Markdown): wer erhebt was, wie werden Ergebnisse beraten.
    pub verfahren: Option<String>,
    /// Termine, zu denen der Plan überprüft und fortgeschrieben wird.
    #[serde(default)]
    pub ueberpruefungen: Vec<Datum>,
    /// Indikatoren mit IST- und SOLL-Wert.
    #[serde(default)]
    pub indikatoren: Vec<Indikator>,
    /// Regelmäßiger Bericht über den Stand der Umsetzung an ein Gremium, z. B.
    /// `bericht = { turnus = "jaehrlich", gremium = "Schulausschuss" }`.
    pub bericht: Option<Bericht>,
}

/// Ein Indikator (Messgröße).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indikator {
    /// Stabile Kennung.
    pub id: Id,
    /// Name, z. B. „Unterrichtsräume mit WLAN“.
    pub name: String,
    /// Einheit, z. B. „%“, „Geräte“, „Mbit/s“.
    pub einheit: Option<String>,
    /// IST-Wert zu Beginn.
    pub ist: Option<Dezimal>,
    /// SOLL-Wert zum Zeitpunkt.
    pub soll: Option<Dezimal>,
    /// Wie gemessen wird, z. B. „Inventarabfrage MDM“.
    pub messverfahren: Option<String>,
    /// Wann gemessen wird.
    pub zeitpunkt: Option<Zeitpunkt>,
}

/// Regelmäßiger Bericht über die Umsetzung des Plans an ein Gremium des Schulträgers, z. B.
/// `{ turnus = "jaehrlich", gremium = "Schulausschuss" }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bericht {
    /// Turnus: `woechentlich`, `monatlich`, `quartalsweise`, `halbjaehrlich`, `jaehrlich`, `bei_bedarf` oder `laufend`.
    pub turnus: Option<Turnus>,
    /// Gremium, dem berichtet wird, z. B. „Schulausschuss“.
    pub gremium: Option<String>,
}
