//! `[support]`: the agreement on service and support between Land, Schulträger, schools and providers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Datum, Dezimal};

/// Vereinbarung zu Service und Support.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Datum, an dem Schulträger und Schulen das Supportkonzept abgestimmt haben.
    pub abgestimmt_am: Option<Datum>,
    /// Aufgaben- und Kostenteilung zwischen den Beteiligten.
    #[serde(default)]
    pub aufgaben: Vec<Aufgabenteilung>,
    /// Supportstufen (1st, 2nd, 3rd Level).
    #[serde(default)]
    pub level: Vec<Supportlevel>,
    /// Kanäle, über die Schulen Support erreichen.
    #[serde(default)]
    pub kanaele: Vec<Kanal>,
    /// Servicezeiten, z. B. „Mo–Fr 7:30–16:00 Uhr“.
    pub servicezeiten: Option<String>,
    /// Schul-IT-Sprechstunde.
    pub sprechstunde: Option<Sprechstunde>,
    /// Prioritäten mit Reaktions- und Lösungszeiten.
    #[serde(default)]
    pub prioritaeten: Vec<Prioritaet>,
    /// Technisches Supportpersonal in Vollzeitäquivalenten (VZÄ), ohne Lehrkräfte.
    pub personal_vzae: Option<Dezimal>,
    /// Regelung für Ersatzgeräte bei Ausfall.
    pub ersatzgeraete: Option<String>,
    /// Wartungsfenster, z. B. „Ferien und Di 18–20 Uhr“.
    pub wartungsfenster: Option<String>,
}

/// Beteiligte an Service und Support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Akteur {
    Land,
    Schultraeger,
    Schule,
    ItDienstleister,
    Medienzentrum,
    Hersteller,
}

/// Aufgaben und Kosten eines Beteiligten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Aufgabenteilung {
    /// Wer: `land`, `schultraeger`, `schule`, `it_dienstleister`, `medienzentrum` oder `hersteller`.
    pub akteur: Akteur,
    /// Aufgaben dieses Beteiligten.
    #[serde(default)]
    pub aufgaben: Vec<String>,
    /// Kosten, die dieser Beteiligte trägt.
    #[serde(default)]
    pub kosten: Vec<String>,
}

/// Eine Supportstufe.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supportlevel {
    /// Stufe: 1 (vor Ort), 2 (IT-Dienstleister), 3 (Hersteller).
    #[schemars(range(min = 1, max = 3))]
    pub stufe: u8,
    /// Wer diese Stufe leistet.
    pub akteur: Akteur,
    /// Wer genau, z. B. „IT-beauftragte Lehrkraft“ oder „Schul-IT-Team des Dienstleisters“.
    pub rolle: Option<String>,
    /// Leistungsumfang (Markdown).
    pub beschreibung: Option<String>,
    /// Zeitbudget in Stunden je Woche und Schule (bei Lehrkräften meist 1–2).
    pub stunden_pro_woche: Option<Dezimal>,
}

/// Supportkanal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kanal {
    Hotline,
    Ticketsystem,
    Email,
    VorOrt,
    Fernwartung,
    Sprechstunde,
}

/// Schul-IT-Sprechstunde.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sprechstunde {
    /// Turnus, z. B. `woechentlich`.
    pub turnus: super::governance::Turnus,
    /// Form: online, telefonisch oder vor Ort.
    pub form: Option<String>,
    /// Zeitfenster, z. B. „Mittwoch 14–15 Uhr“.
    pub zeit: Option<String>,
}

/// Eine Prioritätsstufe mit Reaktions- und Lösungszeit.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prioritaet {
    /// Bezeichnung, z. B. „Kritisch: Unterricht in mehreren Räumen unmöglich“.
    pub name: String,
    /// Reaktionszeit in Stunden (innerhalb der Servicezeiten).
    pub reaktionszeit_stunden: Dezimal,
    /// Lösungszeit in Stunden (innerhalb der Servicezeiten).
    pub loesungszeit_stunden: Option<Dezimal>,
}
