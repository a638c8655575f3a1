//! `[land]`: how the Schulträger works with the Land: Schulaufsicht, the kommunale
//! Spitzenverband, the Land's bodies (Steuergruppe, Arbeitsgruppen, Fachtage, …) and
//! teachers as Land employees (Handreichung, „Abstimmungen und Zusammenwirken von
//! Schulträgern und Land“).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::governance::Turnus;
use super::types::Id;

/// Zusammenarbeit mit dem Land (Handreichung, „Abstimmungen und Zusammenwirken von
/// Schulträgern und Land“), z. B.
/// `[land]` mit `schulaufsicht = "Schulamt für den Kreis Musterland"`,
/// `ansprechperson_schul_it = "Leitung Abteilung Schul-IT, Schulverwaltungsamt"`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Land {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Zuständige Schulaufsicht als Ansprechpartnerin (innere Schulangelegenheiten), z. B.
    /// `schulaufsicht = "Schulamt für den Kreis Musterland, Dezernat Medienbildung"`.
    pub schulaufsicht: Option<String>,
    /// Die benannte Ansprechperson der Kommune für Schul-IT (gegenüber dem Spitzenverband und
    /// innerhalb der Kommune), z. B. `ansprechperson_schul_it = "Leitung Abteilung Schul-IT"`.
    pub ansprechperson_schul_it: Option<String>,
    /// Der kommunale Spitzenverband, z. B.
    /// `spitzenverband = { name = "Städtetag NRW", mitglied = true, ansprechperson = "Referat Schule" }`.
    pub spitzenverband: Option<Spitzenverband>,
    /// Was es hier bedeutet, dass Lehrkräfte Landesbedienstete sind (Dienstgeräte, Fortbildung,
    /// Datenschutz), z. B. `lehrkraefte = "Dienstgeräte stellt die Stadt, die Fortbildung das Land"`.
    pub lehrkraefte: Option<String>,
    /// Gremien des Landes und die Beteiligung des Schulträgers daran.
    #[serde(default)]
    pub gremien: Vec<Gremium>,
}

/// Der kommunale Spitzenverband und die Beziehung zu ihm.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spitzenverband {
    /// Name, z. B. „Städtetag Nordrhein-Westfalen“.
    pub name: Option<String>,
    /// Ist die Kommune Mitglied? `false` heißt: geprüft, derzeit nicht Mitglied.
    pub mitglied: Option<bool>,
    /// Ansprechperson beim Verband für Schul-IT.
    pub ansprechperson: Option<String>,
}

/// Ein Gremium des Landes (Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern
/// und Land – Formen und Formate der Zusammenarbeit“), z. B.
/// `[[land.gremien]]` mit `id = "steuergruppe"`, `art = "steuergruppe"`,
/// `beteiligung = "ueber_spitzenverband"`, `turnus = "halbjaehrlich"`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gremium {
    /// Stabile Kennung.
    pub id: Id,
    /// Art des Gremiums.
    pub art: GremiumArt,
    /// Name, z. B. „Steuerungskreis Digitale Schule NRW“.
    pub name: Option<String>,
    /// Wie der Schulträger beteiligt ist.
    pub beteiligung: Option<Beteiligung>,
    /// Turnus der Treffen.
    pub turnus: Option<Turnus>,
    /// Jährliche Ziele bzw. Schwerpunktthemen.
    #[serde(default)]
    pub schwerpunkte: Vec<String>,
    /// Sprecherinnen und Sprecher je Akteursgruppe, z. B. `["Land: MSB", "Kommunen: Städtetag"]`.
    #[serde(default)]
    pub sprecher: Vec<String>,
    /// Eine kurze Geschäftsordnung ist verabschiedet.
    pub geschaeftsordnung: Option<bool>,
    /// Einmal jährlich findet eine Retrospektive statt.
    pub retrospektive: Option<bool>,
    /// Id des Gremiums, an das dieses berichtet (eine Arbeitsgruppe an die Steuergruppe).
    pub berichtet_an: Option<Id>,
}

/// Art eines Gremiums des Landes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GremiumArt {
    /// Steuergruppe (Steuerungskreis) aus Land und kommunalen Spitzenverbänden.
    Steuergruppe,
    /// Arbeitsgruppe zu einem Thema (Support, Hardware, Software …); berichtet an die Steuergruppe.
    Arbeitsgruppe,
    Fachtag,
    FoerdermittelWorkshop,
    /// Qualitäts- und Evaluationsrunde.
    Qualitaetsrunde,
    Sonstiges,
}

/// Beteiligung des Schulträgers an einem Gremium des Landes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Beteiligung {
    /// Der Schulträger ist selbst vertreten.
    Mitglied,
    /// Vertreten über den kommunalen Spitzenverband.
    UeberSpitzenverband,
    Gast,
    Keine,
}

impl Land {
    /// The Schulträger takes part in at least one of the Land's bodies (itself, through its
    /// Spitzenverband or as a guest).
    pub fn beteiligt(&self) -> bool {
        self.gremien
            .iter()
            .any(|g| g.beteiligung.is_some_and(|b| b != Beteiligung::Keine))
    }
}

#[cfg(test)]
mod tests {
    use crate::completeness::assess;
    use crate::model::Plan;

    /// Open checklist items of `section`.
    fn offen(toml: &str, section: &str) -> Vec<&'static str> {
        let plan: Plan =
            toml::from_str(&format!("formatversion = 1\n[plan]\ntitel = \"T\"\n{toml}")).unwrap();
        assess(&plan)
            .open
            .iter()
            .filter(|o| o.section == section)
            .map(|o| o.item)
            .collect()
    }

    #[test]
    fn the_land_items_are_answered_by_what_the_plan_states_or_waived_with_a_reason() {
        assert_eq!(
            offen("[land]\n", "land"),
            [
                "schulaufsicht",
                "ansprechperson",
                "spitzenverband",
                "gremien",
                "lehrkraefte"
            ]
        );
        let voll = "[land]\nschulaufsicht = \"Schulamt\"\nansprechperson_schul_it = \"IT-Koordination\"\n\
                    spitzenverband = { name = \"Städtetag\", mitglied = false }\nlehrkraefte = \"x\"\n\
                    [[land.gremien]]\nid = \"sg\"\nart = \"steuergruppe\"\nbeteiligung = \"keine\"\n";
        assert!(offen(voll, "land").is_empty());
        // A body without the Schulträger's participation leaves the item open.
        let ohne = voll.replace("beteiligung = \"keine\"\n", "");
        assert_eq!(offen(&ohne, "land"), ["gremien"]);
        assert!(offen("[land]\nnicht_zutreffend = \"Stadtstaat\"\n", "land").is_empty());
    }

    #[test]
    fn feedback_counts_only_with_its_evaluation() {
        let ohne = "[[governance.formate]]\nid = \"f\"\nart = \"feedback\"\n";
        assert!(offen(ohne, "governance").contains(&"feedback"));
        let mit = format!("{ohne}auswertung = \"Der Runde Tisch berät die Ergebnisse.\"\n");
        assert!(!offen(&mit, "governance").contains(&"feedback"));
    }
}
