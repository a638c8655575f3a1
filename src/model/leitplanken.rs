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

/// Eine Leitplanke: Entscheidung und Begründung, oder warum sie hier entfällt.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Leitplanke<E> {
    /// Begründung, falls die Leitplanke hier nicht zutrifft, z. B. `nicht_zutreffend = "Das Land legt die Lernmittel fest."` (zählt als beantwortet, auch für die Begründung; das Dokument zeigt „Entfällt: …“).
    pub nicht_zutreffend: Option<String>,
    /// Die getroffene Entscheidung.
    pub entscheidung: Option<E>,
    /// Der Leitsatz des Plans in einem Satz, wenn er die Entscheidung genauer fasst als die Auswahl, z. B. `leitsatz = "Dienstgeräte erhalten zunächst die Lehrkräfte der weiterführenden Schulen."`. Ohne Angabe zeigt das Dokument den Satz der Handreichung (wenn die Entscheidung deren Beispiel ist) oder einen aus der Entscheidung gebildeten Satz.
    pub leitsatz: Option<String>,
    /// Pädagogische Begründung der Entscheidung (Markdown).
    pub begruendung: Option<String>,
}

impl<E> Leitplanke<E> {
    /// The reason the guardrail does not apply, if one is given.
    pub fn entfaellt(&self) -> Option<&str> {
        waived(&self.nicht_zutreffend)
    }
}

impl Schuelergeraete {
    /// The reason the guardrail does not apply, if one is given.
    pub fn entfaellt(&self) -> Option<&str> {
        waived(&self.nicht_zutreffend)
    }
}

impl Praesentation {
    /// The reason the guardrail does not apply, if one is given.
    pub fn entfaellt(&self) -> Option<&str> {
        waived(&self.nicht_zutreffend)
    }
}

/// A non-empty reason.
fn waived(reason: &Option<String>) -> Option<&str> {
    reason.as_deref().map(str::trim).filter(|r| !r.is_empty())
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
    /// Begründung, falls die Leitplanke hier nicht zutrifft, z. B. `nicht_zutreffend = "Der Landkreis stellt keine Schülergeräte; die Schulen arbeiten mit Geräten der Eltern (BYOD)."` (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Grundschulen: `eins_zu_n` (geteilte Geräte), `mobile_klassensaetze` oder `eins_zu_eins`.
    pub grundschule: Option<Geraeteschluessel>,
    /// Weiterführende Schulen: `eins_zu_eins` (persönliche Geräte), `mobile_klassensaetze` oder `eins_zu_n`.
    pub weiterfuehrend: Option<Geraeteschluessel>,
    /// Dürfen persönliche Geräte (1:1) auch zu Hause genutzt werden? Mobile Klassensätze und geteilte Geräte bleiben in der Schule.
    pub nutzung_zuhause: Option<bool>,
    /// Der Leitsatz des Plans in einem Satz, wenn er die Entscheidung genauer fasst als die Auswahl, z. B. `leitsatz = "Ab Klasse 7 erhalten alle Schülerinnen und Schüler ein persönliches Tablet."`.
    pub leitsatz: Option<String>,
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
    /// Begründung, falls die Leitplanke hier nicht zutrifft, z. B. `nicht_zutreffend = "Alle Räume sind seit 2022 ausgestattet; die Technik ist Teil der Hardware-Zielausstattung."` (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Umfang: `alle_raeume`, `fast_alle_raeume` oder `ausgewaehlte_raeume`.
    pub umfang: Option<PraesentationUmfang>,
    /// Art: `interaktiv` (Touch-Display) oder `nicht_interaktiv` (Beamer/Display mit Zuspielung).
    pub art: Option<PraesentationArt>,
    /// Der Leitsatz des Plans in einem Satz, wenn er die Entscheidung genauer fasst als die Auswahl.
    pub leitsatz: Option<String>,
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
