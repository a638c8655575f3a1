//! `[[schulen]]`: the schools of the Schulträger with their current (IST) equipment.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Datum, Dezimal, Id, Prozent};

/// Eine Schule des Schulträgers mit ihrem IST-Stand.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schule {
    /// Stabile Kennung der Schule, z. B. `gs-am-park`.
    pub id: Id,
    /// Name der Schule.
    pub name: String,
    /// Schulform, z. B. `grundschule`, `gymnasium`, `foerderschule`, `berufskolleg`.
    pub schulform: Schulform,
    /// Amtliche Schulnummer.
    pub schulnummer: Option<String>,
    /// Anzahl der Schulen, die dieser Eintrag zusammenfasst (Schulgruppe, z. B. alle 38 Grundschulen); ohne Angabe 1. Die Zahlen des Eintrags (Schülerinnen und Schüler, Lehrkräfte, Klassen, Räume, Geräte) sind dann Summen über die Gruppe.
    #[schemars(range(min = 1, max = 10_000))]
    pub anzahl_schulen: Option<u32>,
    /// Anzahl der Schülerinnen und Schüler (amtliche Schulstatistik); solange sie fehlt, ist sie ein offener Punkt.
    #[schemars(range(max = 1_000_000))]
    pub schueler: Option<u32>,
    /// Anzahl der Lehrkräfte (Köpfe); solange sie fehlt, ist sie ein offener Punkt.
    #[schemars(range(max = 1_000_000))]
    pub lehrkraefte: Option<u32>,
    /// Anzahl der Klassen (bei beruflichen Schulen: Klassen aller Bildungsgänge).
    #[schemars(range(max = 1_000_000))]
    pub klassen: Option<u32>,
    /// Anzahl der Unterrichtsräume (Klassen- und Fachräume).
    #[schemars(range(max = 1_000_000))]
    pub unterrichtsraeume: Option<u32>,
    /// Das Medienkonzept der Schule.
    pub medienkonzept: Option<Medienkonzept>,
    /// IST-Stand der Ausstattung (Bestandsaufnahme).
    pub ist: Option<IstStand>,
}

/// Schulform.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Schulform {
    Grundschule,
    Hauptschule,
    Realschule,
    Gymnasium,
    Gesamtschule,
    Sekundarschule,
    Oberschule,
    Gemeinschaftsschule,
    Foerderschule,
    Berufskolleg,
    BeruflicheSchule,
    Sonstige,
}

impl Schulform {
    pub const ALLE: [Schulform; 12] = [
        Schulform::Grundschule,
        Schulform::Hauptschule,
        Schulform::Realschule,
        Schulform::Gymnasium,
        Schulform::Gesamtschule,
        Schulform::Sekundarschule,
        Schulform::Oberschule,
        Schulform::Gemeinschaftsschule,
        Schulform::Foerderschule,
        Schulform::Berufskolleg,
        Schulform::BeruflicheSchule,
        Schulform::Sonstige,
    ];

    /// The TOML spelling, which is also the key used in reports.
    pub fn key(self) -> &'static str {
        match self {
            Schulform::Grundschule => "grundschule",
            Schulform::Hauptschule => "hauptschule",
            Schulform::Realschule => "realschule",
            Schulform::Gymnasium => "gymnasium",
            Schulform::Gesamtschule => "gesamtschule",
            Schulform::Sekundarschule => "sekundarschule",
            Schulform::Oberschule => "oberschule",
            Schulform::Gemeinschaftsschule => "gemeinschaftsschule",
            Schulform::Foerderschule => "foerderschule",
            Schulform::Berufskolleg => "berufskolleg",
            Schulform::BeruflicheSchule => "berufliche_schule",
            Schulform::Sonstige => "sonstige",
        }
    }

    /// German display name, from [`crate::labels`].
    pub fn name(self) -> &'static str {
        crate::labels::value(self.key()).map_or(self.key(), |n| n.de)
    }

    pub fn ist_grundschule(self) -> bool {
        self == Schulform::Grundschule
    }

    /// Schools after the Grundschule (secondary and vocational), for which the
    /// Handreichung's guardrail suggests personal devices.
    pub fn ist_weiterfuehrend(self) -> bool {
        !matches!(
            self,
            Schulform::Grundschule | Schulform::Foerderschule | Schulform::Sonstige
        )
    }
}

/// Medienkonzept einer Schule.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Medienkonzept {
    /// Liegt ein von der Schulkonferenz beschlossenes Medienkonzept vor?
    pub vorhanden: bool,
    /// Datum des Beschlusses oder der letzten Fortschreibung.
    pub datum: Option<Datum>,
}

/// IST-Stand einer Schule zum Zeitpunkt der Bestandsaufnahme.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IstStand {
    /// Datum der Erhebung.
    pub erhoben_am: Option<Datum>,
    /// Breitbandanschluss, Download in Mbit/s.
    pub breitband_down_mbit: Option<Dezimal>,
    /// Breitbandanschluss, Upload in Mbit/s.
    pub breitband_up_mbit: Option<Dezimal>,
    /// Anteil der Unterrichtsräume mit LAN-Anschluss in Prozent.
    pub anteil_raeume_lan: Option<Prozent>,
    /// Anteil der Unterrichtsräume mit WLAN-Ausleuchtung in Prozent.
    pub anteil_raeume_wlan: Option<Prozent>,
    /// Anteil der Unterrichtsräume mit Präsentationstechnik in Prozent.
    pub anteil_raeume_praesentation: Option<Prozent>,
    /// Anzahl der WLAN-Access-Points.
    #[schemars(range(max = 1_000_000))]
    pub access_points: Option<u32>,
    /// Anzahl der Drucker und Multifunktionsgeräte.
    #[schemars(range(max = 1_000_000))]
    pub drucker: Option<u32>,
    /// Endgeräte im Bestand, je Gruppe, Typ und Anschaffungsjahr.
    #[serde(default)]
    pub geraete: Vec<Geraetebestand>,
}

/// Ein Posten im Gerätebestand.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Geraetebestand {
    /// Für wen die Geräte sind: `schueler` oder `lehrkraefte`.
    pub gruppe: Nutzergruppe,
    /// Gerätetyp: `tablet`, `laptop`, `convertible` oder `desktop`.
    pub typ: Geraetetyp,
    /// Anzahl der Geräte.
    #[schemars(range(max = 1_000_000))]
    pub anzahl: u32,
    /// Jahr der Anschaffung (für den Ersatzzyklus).
    #[schemars(range(min = 1990, max = 2100))]
    pub anschaffungsjahr: Option<i32>,
}

/// Nutzergruppe eines Geräts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Nutzergruppe {
    Schueler,
    Lehrkraefte,
}

/// Gerätetyp eines Endgeräts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Geraetetyp {
    Tablet,
    Laptop,
    Convertible,
    Desktop,
}

impl Geraetetyp {
    pub fn key(self) -> &'static str {
        match self {
            Geraetetyp::Tablet => "tablet",
            Geraetetyp::Laptop => "laptop",
            Geraetetyp::Convertible => "convertible",
            Geraetetyp::Desktop => "desktop",
        }
    }
}

impl Schule {
    /// How many schools this entry stands for: 1 for a school, more for a group of schools.
    pub fn anzahl(&self) -> u32 {
        self.anzahl_schulen.unwrap_or(1).max(1)
    }

    /// Whether this entry describes a group of schools rather than one school.
    pub fn ist_gruppe(&self) -> bool {
        self.anzahl_schulen.is_some_and(|n| n > 1)
    }

    /// Students, 0 while the plan leaves the number open.
    pub fn schueler_zahl(&self) -> u32 {
        self.schueler.unwrap_or(0)
    }

    /// Teachers, 0 while the plan leaves the number open.
    pub fn lehrkraefte_zahl(&self) -> u32 {
        self.lehrkraefte.unwrap_or(0)
    }

    /// Devices of a group in the current stock.
    pub fn geraete_ist(&self, gruppe: Nutzergruppe) -> u64 {
        self.ist
            .as_ref()
            .map(|ist| {
                ist.geraete
                    .iter()
                    .filter(|g| g.gruppe == gruppe)
                    .map(|g| u64::from(g.anzahl))
                    .sum()
            })
            .unwrap_or(0)
    }
}
