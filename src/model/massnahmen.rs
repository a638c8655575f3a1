//! `[[massnahmen]]`: the measures of the plan with schedule, costs, funding and dependencies.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Euro, Id, Prozent, Zeitraum};

/// Reserved school reference meaning "every school of the plan".
pub const ALLE_SCHULEN: &str = "alle";

/// Eine Maßnahme des Plans.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Massnahme {
    /// Stabile Kennung, z. B. `wlan-ausbau-gs`.
    pub id: Id,
    /// Titel der Maßnahme.
    pub titel: String,
    /// Beschreibung (Markdown).
    pub beschreibung: Option<String>,
    /// Bereich: `software`, `infrastruktur`, `hardware`, `support`, `fortbildung`, `organisation` oder `datenschutz`.
    pub bereich: Option<Bereich>,
    /// Facette nach LMZ Baden-Württemberg: `unterricht`, `fortbildung`, `organisation` oder `technik`.
    pub facette: Option<Facette>,
    /// Kostenart, für Förderfähigkeit und Preisprüfung, z. B. `wlan`, `praesentationstechnik`, `schuelergeraete`, `wartung`, `ersatzbeschaffung`.
    pub kategorie: Option<Kategorie>,
    /// Betroffene Schulen (Ids) oder `["alle"]`.
    #[serde(default)]
    pub schulen: Vec<Id>,
    /// Leitplanken, denen die Maßnahme dient (`netz`, `dienste`, `lehrkraftgeraete`, `schuelergeraete`, `praesentation`, `schulbuecher` oder Ids weiterer Leitplanken).
    #[serde(default)]
    pub leitplanken: Vec<Id>,
    /// Strategische Ziele des Zielbilds (Ids aus `[[zielbild.ziele]]`), denen die Maßnahme dient, z. B. `ziele = ["verlaessliche-infrastruktur"]`.
    #[serde(default)]
    pub ziele: Vec<Id>,
    /// Umsetzungszeitraum, z. B. `{ von = "2027-H1", bis = "2027-H2" }`.
    pub zeitraum: Option<Zeitraum>,
    /// Menge, z. B. Anzahl Geräte oder Access Points.
    #[schemars(range(max = 1_000_000))]
    pub menge: Option<u32>,
    /// Einheit der Menge, z. B. „Access Point“, „Tablet“.
    pub einheit: Option<String>,
    /// Einzelpreis in Euro (brutto).
    pub einzelpreis: Option<Euro>,
    /// Investition in Euro (brutto); ohne Angabe Menge × Einzelpreis.
    pub investition: Option<Euro>,
    /// Jährliche laufende Kosten in Euro in jedem Jahr der Umsetzung, z. B. Personal oder Lizenzen einer Maßnahme, die über die ganze Laufzeit geht.
    pub laufende_kosten_jaehrlich: Option<Euro>,
    /// Jährliche Folgekosten in Euro (Lizenzen, Wartung, Support), ab dem Jahr nach Abschluss der Maßnahme.
    pub folgekosten_jaehrlich: Option<Euro>,
    /// Haushalt der Investition (einmaliger Betrag): `investiv` oder `konsumtiv`; ohne Angabe nach Kostenart (`wartung`, `support_personal`, `fortbildung`, `software`, `lernplattform` konsumtiv, sonst investiv). Laufende Kosten und Folgekosten sind immer konsumtiv. Beispiel: `haushalt = "konsumtiv"`.
    pub haushalt: Option<Haushalt>,
    /// Finanzierung nach Quellen für Investition und laufende Kosten: je Zeile ein Anteil in Prozent oder ein Betrag (Bescheid); Anteile ergeben zusammen 100 %.
    #[serde(default)]
    pub finanzierung: Vec<Finanzierungsanteil>,
    /// Verantwortliche Stelle.
    pub verantwortlich: Option<String>,
    /// Maßnahmen (Ids), die vorher abgeschlossen sein müssen.
    #[serde(default)]
    pub abhaengig_von: Vec<Id>,
    /// Stand: `geplant`, `begonnen`, `abgeschlossen` oder `zurueckgestellt`.
    pub status: Option<MassnahmeStatus>,
    /// Indikatoren der Evaluation (Ids), an denen der Erfolg gemessen wird.
    #[serde(default)]
    pub indikatoren: Vec<Id>,
    /// Aus dem vorigen Plan übernommen: dessen Name, z. B. `"MEP 2019–2023"`. Eine übernommene Maßnahme darf vor der Laufzeit begonnen haben.
    pub uebernommen_aus: Option<String>,
}

/// Bereich einer Maßnahme.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Bereich {
    Software,
    Infrastruktur,
    Hardware,
    Support,
    Fortbildung,
    Organisation,
    Datenschutz,
}

impl Bereich {
    pub fn key(self) -> &'static str {
        match self {
            Bereich::Software => "software",
            Bereich::Infrastruktur => "infrastruktur",
            Bereich::Hardware => "hardware",
            Bereich::Support => "support",
            Bereich::Fortbildung => "fortbildung",
            Bereich::Organisation => "organisation",
            Bereich::Datenschutz => "datenschutz",
        }
    }
}

/// Facette nach den Freigabekriterien des LMZ Baden-Württemberg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Facette {
    Unterricht,
    Fortbildung,
    Organisation,
    Technik,
}

/// Kostenart einer Maßnahme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kategorie {
    Netzwerk,
    Wlan,
    Breitbandanschluss,
    Server,
    Praesentationstechnik,
    Schuelergeraete,
    Lehrkraftgeraete,
    Software,
    Lernplattform,
    SupportPersonal,
    Wartung,
    Ersatzbeschaffung,
    Fortbildung,
    Sonstiges,
}

impl Kategorie {
    pub fn key(self) -> &'static str {
        match self {
            Kategorie::Netzwerk => "netzwerk",
            Kategorie::Wlan => "wlan",
            Kategorie::Breitbandanschluss => "breitbandanschluss",
            Kategorie::Server => "server",
            Kategorie::Praesentationstechnik => "praesentationstechnik",
            Kategorie::Schuelergeraete => "schuelergeraete",
            Kategorie::Lehrkraftgeraete => "lehrkraftgeraete",
            Kategorie::Software => "software",
            Kategorie::Lernplattform => "lernplattform",
            Kategorie::SupportPersonal => "support_personal",
            Kategorie::Wartung => "wartung",
            Kategorie::Ersatzbeschaffung => "ersatzbeschaffung",
            Kategorie::Fortbildung => "fortbildung",
            Kategorie::Sonstiges => "sonstiges",
        }
    }

    /// Devices that wear out and are replaced by the replacement cycle.
    pub fn ist_endgeraet(self) -> bool {
        matches!(
            self,
            Kategorie::Schuelergeraete | Kategorie::Lehrkraftgeraete
        )
    }
}

/// Stand einer Maßnahme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MassnahmeStatus {
    Geplant,
    Begonnen,
    Abgeschlossen,
    Zurueckgestellt,
}

/// Haushalt, in dem ein Betrag gebucht wird.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Haushalt {
    /// Investiver Haushalt (Vermögenshaushalt / Finanzhaushalt, Investitionen).
    Investiv,
    /// Konsumtiver Haushalt (Ergebnishaushalt: Aufwand wie Wartung, Lizenzen, Personal).
    Konsumtiv,
}

impl Haushalt {
    pub fn key(self) -> &'static str {
        match self {
            Haushalt::Investiv => "investiv",
            Haushalt::Konsumtiv => "konsumtiv",
        }
    }
}

/// Anteil einer Finanzierungsquelle an einer Maßnahme: `anteil` (Prozent) oder `betrag` (Euro).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finanzierungsanteil {
    /// Id der Finanzierungsquelle aus `[[finanzierung.quellen]]`.
    pub quelle: Id,
    /// Anteil an Investition und laufenden Kosten der Maßnahme in Prozent, z. B. `anteil = 90`.
    pub anteil: Option<Prozent>,
    /// Betrag in Euro, wie ihn der Förderbescheid nennt, z. B. `betrag = 96596.36`; geht vor `anteil`. Der Rest der Kosten verteilt sich auf die Zeilen ohne Betrag nach ihren Anteilen.
    pub betrag: Option<Euro>,
}

impl Massnahme {
    /// Investment: as written, or quantity times unit price.
    pub fn investition_gesamt(&self) -> Euro {
        match (self.investition, self.menge, self.einzelpreis) {
            (Some(i), _, _) => i,
            (None, Some(m), Some(p)) => Euro(p.0 * rust_decimal::Decimal::from(m)),
            _ => Euro::ZERO,
        }
    }

    /// The investment if the plan states it (directly or as quantity times unit price).
    pub fn investition_bekannt(&self) -> Option<Euro> {
        match (self.investition, self.menge, self.einzelpreis) {
            (Some(i), _, _) => Some(i),
            (None, Some(m), Some(p)) => Some(Euro(p.0 * rust_decimal::Decimal::from(m))),
            _ => None,
        }
    }

    /// The sum of the shares in percent, when the measure is funded by shares alone (lines and
    /// no amount from a grant notice); such shares must add up to 100 (E112).
    pub fn anteile_summe(&self) -> Option<rust_decimal::Decimal> {
        (!self.finanzierung.is_empty() && self.finanzierung.iter().all(|a| a.betrag.is_none()))
            .then(|| {
                self.finanzierung
                    .iter()
                    .filter_map(|a| a.anteil)
                    .map(|p| p.0)
                    .sum()
            })
    }

    /// Whether the plan states a cost the funding lines apply to (investment or running costs).
    pub fn foerderbasis_bekannt(&self) -> bool {
        self.investition_bekannt().is_some() || self.laufende_kosten_jaehrlich.is_some()
    }

    /// Whether the plan states any cost of this measure.
    pub fn beziffert(&self) -> bool {
        self.investition_bekannt().is_some()
            || self.laufende_kosten_jaehrlich.is_some()
            || self.folgekosten_jaehrlich.is_some()
    }

    /// The budget the one-off amount is booked in: as written, else by cost category.
    pub fn haushalt_art(&self) -> Haushalt {
        self.haushalt.unwrap_or(match self.kategorie {
            Some(
                Kategorie::Wartung
                | Kategorie::SupportPersonal
                | Kategorie::Fortbildung
                | Kategorie::Software
                | Kategorie::Lernplattform,
            ) => Haushalt::Konsumtiv,
            _ => Haushalt::Investiv,
        })
    }

    pub fn betrifft_alle_schulen(&self) -> bool {
        self.schulen.iter().any(|s| s.as_str() == ALLE_SCHULEN)
    }
}
