//! `[finanzierung]`: funding sources with budget, rate, period and yearly budgets.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Euro, Id, Prozent, Zeitraum};

/// Finanzierung des Plans.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finanzierung {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Finanzierungsquellen.
    #[serde(default)]
    pub quellen: Vec<Quelle>,
}

/// Eine Finanzierungsquelle.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quelle {
    /// Stabile Kennung, auf die Maßnahmen verweisen, z. B. `digitalpakt-2`.
    pub id: Id,
    /// Name, z. B. „DigitalPakt Schule 2.0“.
    pub name: String,
    /// Art: `eigenmittel`, `digitalpakt`, `landesprogramm`, `eltern` (Beiträge der Eltern, weder Fördermittel noch Kosten des Schulträgers) oder `sonstige`.
    pub art: QuellenArt,
    /// Förderprogramm aus dem Profil, dessen Regeln gelten (z. B. `digitalpakt-2019`, `digitalpakt-2`); `mep explain E116` nennt die Programme.
    pub programm: Option<Id>,
    /// Verfügbares Budget über die Laufzeit in Euro.
    pub budget: Option<Euro>,
    /// Förderquote in Prozent (der Rest ist Eigenanteil).
    pub foerderquote: Option<Prozent>,
    /// Zeitraum, in dem Mittel fließen.
    pub zeitraum: Option<Zeitraum>,
    /// Was die Quelle nicht finanziert (Klartext, zusätzlich zu den Programmregeln).
    #[serde(default)]
    pub ausschluesse: Vec<String>,
    /// Jahresbudgets.
    #[serde(default)]
    pub jahresbudget: Vec<Jahresbudget>,
}

/// Art einer Finanzierungsquelle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuellenArt {
    Eigenmittel,
    Digitalpakt,
    Landesprogramm,
    /// Contributions of parents (e.g. parent-financed devices): neither funding nor the
    /// Schulträger's own money.
    Eltern,
    Sonstige,
}

/// Budget eines Jahres.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jahresbudget {
    /// Kalenderjahr.
    #[schemars(range(min = 1990, max = 2100))]
    pub jahr: i32,
    /// Betrag in Euro.
    pub betrag: Euro,
}
