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

impl Bundesland {
    /// All Länder, in the order of the enum.
    pub const ALLE: [Bundesland; 16] = [
        Bundesland::BW,
        Bundesland::BY,
        Bundesland::BE,
        Bundesland::BB,
        Bundesland::HB,
        Bundesland::HH,
        Bundesland::HE,
        Bundesland::MV,
        Bundesland::NI,
        Bundesland::NW,
        Bundesland::RP,
        Bundesland::SL,
        Bundesland::SN,
        Bundesland::ST,
        Bundesland::SH,
        Bundesland::TH,
    ];

    /// The two-letter code, as written in the plan.
    pub fn kuerzel(self) -> &'static str {
        const KUERZEL: [&str; 16] = [
            "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST",
            "SH", "TH",
        ];
        KUERZEL[self as usize]
    }

    /// The Land for a code, in any case.
    pub fn from_kuerzel(code: &str) -> Option<Bundesland> {
        Bundesland::ALLE
            .into_iter()
            .find(|b| b.kuerzel().eq_ignore_ascii_case(code.trim()))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_the_plan_format() {
        for b in Bundesland::ALLE {
            assert_eq!(serde_json::to_value(b).unwrap(), b.kuerzel());
            assert_eq!(
                Bundesland::from_kuerzel(&b.kuerzel().to_lowercase()),
                Some(b)
            );
        }
        assert_eq!(Bundesland::from_kuerzel("XX"), None);
    }
}
