//! `[finanzierung]`: funding sources with budget, rate, period and yearly budgets.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Euro, Id, Prozent, Zeitpunkt, Zeitraum};

/// Finanzierung des Plans.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finanzierung {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Finanzierungsquellen.
    #[serde(default)]
    pub quellen: Vec<Quelle>,
    /// Volumen des Plans über die Laufzeit in Euro, solange die Aufteilung auf Maßnahmen noch
    /// nicht bekannt ist, z. B. `volumen = 12500000`; das Dokument zeigt es mit „davon
    /// aufgeschlüsselt …“.
    pub volumen: Option<Euro>,
    /// Volumen je Jahr, z. B. `volumen_jahre = [{ jahr = 2025, betrag = 2500000 }]`.
    #[serde(default)]
    pub volumen_jahre: Vec<Jahresbudget>,
    /// Id der Quelle, die die Folgekosten aller Maßnahmen trägt, z. B. `folgekosten_quelle = "haushalt"`; ohne Angabe bleiben Folgekosten ungedeckt.
    pub folgekosten_quelle: Option<Id>,
    /// Id der Quelle, die fällige Ersatzbeschaffungen (Ersatz gekaufter Geräte und Ersatzbedarf des Bestands) trägt, z. B. `ersatz_quelle = "haushalt"`.
    pub ersatz_quelle: Option<Id>,
    /// Id der Quelle für Maßnahmen ohne eigene Finanzierungszeilen, z. B. `standard_quelle = "haushalt"`.
    pub standard_quelle: Option<Id>,
    /// Was der Plan über eine Lücke zwischen Bedarf und Mitteln sagt, auch wenn er sie nicht beziffert (Markdown), z. B. `luecke_erlaeuterung = "Reichen die Mittel nicht, wird der Zeitplan angepasst."`; das Dokument zeigt den Text im Abschnitt Deckungslücke.
    pub luecke_erlaeuterung: Option<String>,
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
    /// Bewilligter Betrag in Euro (laut Bescheid), z. B. `bewilligt = 1250000`.
    pub bewilligt: Option<Euro>,
    /// Zeitpunkt der Bewilligung, z. B. `bewilligt_am = "2021-06-15"` oder `2021`.
    pub bewilligt_am: Option<Zeitpunkt>,
    /// Bisher abgerufener Betrag in Euro, z. B. `abgerufen = 830000`.
    pub abgerufen: Option<Euro>,
    /// Stand des Abrufs, z. B. `abgerufen_am = "2024-12-31"`.
    pub abgerufen_am: Option<Zeitpunkt>,
    /// Tatsächliche Ausgaben je Jahr (IST), z. B. `ausgaben = [{ jahr = 2023, betrag = 412000 }]`.
    #[serde(default)]
    pub ausgaben: Vec<Jahresbudget>,
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
