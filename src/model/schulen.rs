//! `[[schulen]]`: the schools of the Schulträger with their current (IST) equipment.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Datum, Dezimal, Id, Prozent};
use super::zielarchitektur::{Eigentum, Jahrgaenge};

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
    /// Anzahl der Schulen, die dieser Eintrag zusammenfasst (Schulgruppe, z. B. `anzahl_schulen = 38` für alle 38 Grundschulen); ohne Angabe oder `1` ist der Eintrag eine einzelne Schule, ab `2` eine Gruppe. Die Zahlen einer Gruppe (Schülerinnen und Schüler, Lehrkräfte, Klassen, Räume, Geräte) sind Summen über die Gruppe; `ist.breitband_down_mbit`/`_up_mbit` sind der Anschluss JEDER Schule (bei Unterschieden der kleinste), Anteile beziehen sich auf alle Räume der Gruppe. Eine Schule gehört in genau einen Eintrag.
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
    /// Schülerinnen und Schüler je Jahrgangsstufen, für Ziele, die nur für bestimmte Jahrgänge gelten, z. B. `schueler_jahrgaenge = [{ von = 2, bis = 10, schueler = 3100 }]`. Ohne Angabe ist die Zahl der Geräte eines solchen Ziels offen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schueler_jahrgaenge: Vec<SchuelerJahrgaenge>,
    /// Nimmt die Schule (bzw. die Gruppe) am elternfinanzierten Gerätemodell teil? z. B. `elternfinanzierte_geraete = true`. Ohne Angabe offen.
    pub elternfinanzierte_geraete: Option<bool>,
    /// Schulleitung (Rolle oder Name), z. B. für die Unterschrift der Supportvereinbarung.
    pub schulleitung: Option<String>,
    /// IT-beauftragte Lehrkraft oder Lehrkräfte der Schule (Rolle, Name oder Funktionspostfach).
    pub it_beauftragte: Option<String>,
    /// Das Medienkonzept der Schule.
    pub medienkonzept: Option<Medienkonzept>,
    /// IST-Stand der Ausstattung (Bestandsaufnahme).
    pub ist: Option<IstStand>,
}

/// Schulform; `verschiedene` für eine Schulgruppe über mehrere Schulformen.
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
    // A school group spanning several forms („verschiedene Schulformen“). A plain comment:
    // a doc comment would turn the schema's enum into `oneOf` and lose typo suggestions.
    Verschiedene,
}

impl Schulform {
    pub const ALLE: [Schulform; 13] = [
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
        Schulform::Verschiedene,
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
            Schulform::Verschiedene => "verschiedene",
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
    /// Handreichung's guardrail suggests personal devices. A group of several forms
    /// (`verschiedene`) is neither primary nor secondary.
    pub fn ist_weiterfuehrend(self) -> bool {
        !matches!(
            self,
            Schulform::Grundschule
                | Schulform::Foerderschule
                | Schulform::Sonstige
                | Schulform::Verschiedene
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
    /// Wem die Geräte gehören: `schultraeger` (Standard), `eltern` (privat, z. B. elternfinanzierte iPads) oder `leasing`, z. B. `eigentum = "eltern"`. Private Geräte zählen nicht zur Ausstattung des Schulträgers und nicht zu seinem Ersatzbedarf.
    pub eigentum: Option<Eigentum>,
}

impl Geraetebestand {
    /// Who owns the devices; without a statement the Schulträger.
    pub fn eigentum(&self) -> Eigentum {
        self.eigentum.unwrap_or(Eigentum::Schultraeger)
    }
}

/// Schülerinnen und Schüler in einem Bereich von Jahrgangsstufen einer Schule oder Gruppe.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchuelerJahrgaenge {
    /// Erste Jahrgangsstufe (1–13), z. B. `2`.
    #[schemars(range(min = 1, max = 13))]
    pub von: u8,
    /// Letzte Jahrgangsstufe (1–13), z. B. `10`.
    #[schemars(range(min = 1, max = 13))]
    pub bis: u8,
    /// Schülerinnen und Schüler in diesen Jahrgangsstufen, z. B. `3100`.
    #[schemars(range(max = 1_000_000))]
    pub schueler: u32,
}

impl SchuelerJahrgaenge {
    pub fn bereich(&self) -> Jahrgaenge {
        Jahrgaenge {
            von: self.von,
            bis: self.bis,
        }
    }
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

    /// Devices of a group in the current stock, of every owner.
    pub fn geraete_ist(&self, gruppe: Nutzergruppe) -> u64 {
        self.geraete_ist_nach(gruppe, |_| true)
    }

    /// Devices of a group in the current stock whose owner passes `eigentum`.
    pub fn geraete_ist_nach(
        &self,
        gruppe: Nutzergruppe,
        eigentum: impl Fn(Eigentum) -> bool,
    ) -> u64 {
        self.ist
            .as_ref()
            .map(|ist| {
                ist.geraete
                    .iter()
                    .filter(|g| g.gruppe == gruppe && eigentum(g.eigentum()))
                    .map(|g| u64::from(g.anzahl))
                    .sum()
            })
            .unwrap_or(0)
    }

    /// Devices the Schulträger provides (own or leased), without private ones.
    pub fn geraete_bereitgestellt(&self, gruppe: Nutzergruppe) -> u64 {
        self.geraete_ist_nach(gruppe, Eigentum::ist_bereitgestellt)
    }

    /// Privately owned devices (parents) in the stock.
    pub fn geraete_privat(&self, gruppe: Nutzergruppe) -> u64 {
        self.geraete_ist_nach(gruppe, |e| !e.ist_bereitgestellt())
    }

    /// Students in the year groups `j`, if the school states them: a stated range that
    /// covers exactly `j`, or the sum of stated ranges that lie within `j` and fill it.
    pub fn schueler_in(&self, j: Jahrgaenge) -> Option<u32> {
        let mut teile: Vec<&SchuelerJahrgaenge> = self
            .schueler_jahrgaenge
            .iter()
            .filter(|t| t.von >= j.von && t.bis <= j.bis && t.von <= t.bis)
            .collect();
        teile.sort_by_key(|t| t.von);
        let mut next = j.von;
        let mut sum = 0u32;
        for t in teile {
            if t.von != next {
                return None;
            }
            sum = sum.saturating_add(t.schueler);
            next = t.bis + 1;
        }
        (next == j.bis + 1).then_some(sum)
    }

    /// Display name for findings: `gs-nord` for a school, `Gruppe Grundschulen (38 Schulen)` for a group.
    pub fn bezeichnung(&self) -> (String, String) {
        if self.ist_gruppe() {
            let n = self.anzahl();
            (
                format!("Gruppe {} ({n} Schulen)", self.name),
                format!("group {} ({n} schools)", self.name),
            )
        } else {
            (format!("`{}`", self.id), format!("`{}`", self.id))
        }
    }
}
