//! The `[plan]` table: title, status, period, Schulträger, service providers and council decision.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Datum;

/// Angaben zum Plan selbst.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanKopf {
    /// Titel des Plans, wie er auf dem Deckblatt steht, z. B. „Medienentwicklungsplan der Stadt Musterstadt 2026–2030“.
    pub titel: String,
    /// Versionsbezeichnung des Dokuments, z. B. `"2.1"`.
    pub version: Option<String>,
    /// Bearbeitungsstand: `entwurf`, `abgestimmt`, `beschlossen` oder `fortgeschrieben`.
    pub status: Option<PlanStatus>,
    /// Datum dieses Stands (JJJJ-MM-TT).
    pub datum: Option<Datum>,
    /// Laufzeit des Plans in Kalenderjahren, z. B. `{ von = 2026, bis = 2030 }`.
    pub zeitraum: Option<Laufzeit>,
    /// Verfasserinnen und Verfasser (Personen oder Stellen).
    #[serde(default)]
    pub autoren: Vec<String>,
    /// Der Schulträger, für dessen Schulen der Plan gilt.
    pub schultraeger: Option<Schultraeger>,
    /// Der IT-Dienstleister des Schulträgers (kommunales Rechenzentrum, Zweckverband, Firma).
    pub it_dienstleister: Option<Organisation>,
    /// Das zuständige Medienzentrum.
    pub medienzentrum: Option<Organisation>,
    /// Der Beschluss des Gremiums; Pflicht, sobald `status = "beschlossen"`.
    pub beschluss: Option<Beschluss>,
}

/// Bearbeitungsstand eines Plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Entwurf,
    Abgestimmt,
    Beschlossen,
    Fortgeschrieben,
}

/// Laufzeit in ganzen Kalenderjahren.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Laufzeit {
    /// Erstes Jahr der Laufzeit.
    #[schemars(range(min = 1990, max = 2100))]
    pub von: i32,
    /// Letztes Jahr der Laufzeit (einschließlich).
    #[schemars(range(min = 1990, max = 2100))]
    pub bis: i32,
}

impl Laufzeit {
    pub fn jahre(&self) -> std::ops::RangeInclusive<i32> {
        self.von..=self.bis
    }
}

/// Der Schulträger.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schultraeger {
    /// Name, z. B. „Stadt Musterstadt“.
    pub name: Option<String>,
    /// Art des Trägers: `gemeinde`, `stadt`, `kreis`, `zweckverband` oder `freier_traeger`.
    pub art: Option<TraegerArt>,
    /// Bundesland als zweistelliges Kürzel, z. B. `NW`, `BW`, `SN`.
    pub bundesland: Option<Bundesland>,
    /// Amtlicher Gemeindeschlüssel (AGS), acht Ziffern.
    #[schemars(regex(pattern = r"^[0-9]{8}$"))]
    pub ags: Option<String>,
}

/// Art des Schulträgers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TraegerArt {
    Gemeinde,
    Stadt,
    Kreis,
    Zweckverband,
    FreierTraeger,
}

/// Die 16 Länder mit ihrem zweistelligen Kürzel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Bundesland {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
}

/// Eine beteiligte Organisation (IT-Dienstleister, Medienzentrum).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Name der Organisation.
    pub name: String,
    /// Rolle oder Leistungsumfang in einem Satz.
    pub rolle: Option<String>,
    /// Kontakt (E-Mail, Telefon oder Webseite).
    pub kontakt: Option<String>,
}

/// Beschluss des zuständigen Gremiums.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Beschluss {
    /// Gremium, z. B. „Rat der Stadt“ oder „Schulausschuss“.
    pub gremium: String,
    /// Datum der Sitzung.
    pub datum: Datum,
    /// Nummer der Beschlussvorlage, z. B. `"V/2026/0142"`.
    pub vorlage: Option<String>,
}
