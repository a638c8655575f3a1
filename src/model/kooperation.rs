//! `[kooperation]`: cooperation between Schulträger (interkommunale Zusammenarbeit): goals,
//! topics, informal and formal forms (Handreichung, „Abstimmungen und Zusammenwirken
//! zwischen Schulträgern“).

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use super::types::{Id, Prozent, Zeitpunkt};

/// Zusammenarbeit mit anderen Schulträgern (interkommunale Zusammenarbeit), z. B.
/// `ziele = ["kosten", "erfahrungsaustausch"]` und je Vereinbarung ein Eintrag
/// `[[kooperation.vereinbarungen]]`. Ein Schulträger, der nicht kooperiert, schreibt das
/// Ergebnis seiner Prüfung in `geprueft`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kooperation {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Ziele der Zusammenarbeit: `kosten` (Kosteneffizienz), `qualitaet` (Qualitätsverbesserung), `erfahrungsaustausch`, z. B. `ziele = ["kosten", "erfahrungsaustausch"]`.
    #[serde(default)]
    pub ziele: Vec<Ziel>,
    /// Ergebnis der Prüfung interkommunaler Zusammenarbeit (Markdown), z. B. „Gemeinsamer Helpdesk mit der Nachbargemeinde 2025 geprüft; verworfen, weil …“. Kooperiert der Schulträger nicht, beantwortet dieser Text den Abschnitt.
    pub geprueft: Option<String>,
    /// Die Vereinbarungen mit anderen Schulträgern, informell (Arbeitskreis, Absichtserklärung) oder formell (öffentlich-rechtliche Vereinbarung, Zweckverband).
    #[serde(default)]
    pub vereinbarungen: Vec<Vereinbarung>,
}

/// Ziel der Zusammenarbeit zwischen Schulträgern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Ziel {
    /// Kosteneffizienz: gemeinsame Beschaffung und Nutzung von Ressourcen, Skaleneffekte.
    Kosten,
    /// Qualitätsverbesserung: einheitliche Standards und Prozesse.
    Qualitaet,
    /// Erfahrungsaustausch: von Erfahrungen und Best Practices anderer lernen.
    Erfahrungsaustausch,
}

/// Eine Vereinbarung mit anderen Schulträgern, z. B. `{ id = "ak-schul-it", titel = "Arbeitskreis Schul-IT Musterland-Süd", form = "absichtserklaerung", partner = ["Stadt Adorf", "Gemeinde Bedorf"], themen = ["support", "fortbildung"], seit = 2024, status = "besteht" }`. Für eine formelle Form (öffentlich-rechtliche Vereinbarung, Zweckverband) nennt die Handreichung als Inhalt des Vertrags Handlungsfelder (`themen`), Kooperationsdauer (`laufzeit` oder `bis`), notwendige Ressourcen (`ressourcen`), Stimm- und Beteiligungsrechte (`stimmrechte`) und Kostenbeteiligungen (`kostenanteil`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vereinbarung {
    /// Stabile Kennung.
    pub id: Id,
    /// Bezeichnung, z. B. „Arbeitskreis Schul-IT Musterland-Süd“.
    pub titel: String,
    /// Form: informell `arbeitskreis` (Arbeitskreis, Steuerungsgruppe, Beirat) oder `absichtserklaerung` (feste Arbeitsgruppe auf Basis einer formlosen interkommunalen Absichtserklärung); formell `oeffentlich_rechtliche_vereinbarung` oder `zweckverband` (Verbandsatzung).
    pub form: Form,
    /// Nur bei einer öffentlich-rechtlichen Vereinbarung: `mandatiert` (ein Schulträger übernimmt Aufgaben der anderen, die Trägerschaft bleibt), `delegiert` (die Aufgabe geht vollständig auf einen Beteiligten über) oder `gemeinsame_einrichtung` (gemeinsame Nutzung öffentlicher Einrichtungen).
    pub realisierung: Option<Realisierung>,
    /// Die beteiligten Schulträger außer dem eigenen, z. B. `["Stadt Adorf", "Gemeinde Bedorf"]`.
    #[serde(default)]
    pub partner: Vec<String>,
    /// Themen (Handlungsfelder) der Zusammenarbeit: `infrastruktur` (IT-Infrastruktur und -Wartung), `support` (technischer Support und Helpdesk), `fortbildung` (Fortbildung und Schulung), `it_konzepte` (Entwicklung und Implementierung von IT-Konzepten), `datenschutz` (Datenschutz und Datensicherheit), `beschaffung` (Beschaffung und Lizenzmanagement).
    #[serde(default)]
    pub themen: Vec<Thema>,
    /// Worum es geht und wie die Zusammenarbeit arbeitet (Markdown).
    pub beschreibung: Option<String>,
    /// Besteht seit (oder beginnt, wenn geplant): Jahr, Halbjahr, Monat oder Datum, z. B. `2024` oder `2025-08-01`.
    pub seit: Option<Zeitpunkt>,
    /// Kooperationsdauer in Worten, z. B. „unbefristet, kündbar mit zwölf Monaten Frist zum Jahresende“.
    pub laufzeit: Option<String>,
    /// Befristet bis (einschließlich): Jahr, Halbjahr, Monat oder Datum, z. B. `2030`.
    pub bis: Option<Zeitpunkt>,
    /// Notwendige Ressourcen (Personal, Räume, Technik), z. B. „0,5 VZÄ Vergabestelle der Stadt Musterstadt“.
    pub ressourcen: Option<String>,
    /// Stimm- und Beteiligungsrechte, z. B. „Lenkungskreis mit je einer Stimme je Stadt“.
    pub stimmrechte: Option<String>,
    /// Kostenbeteiligung des Schulträgers dieses Plans: ein Prozentwert (`kostenanteil = 40`) oder eine Regel in Worten (`kostenanteil = "Umlage nach Schülerzahl"`).
    pub kostenanteil: Option<Kostenanteil>,
    /// Stand: `besteht`, `geplant` oder `geprueft` (geprüft und nicht oder noch nicht vereinbart).
    pub status: Option<Status>,
}

impl Vereinbarung {
    /// The contract elements the Handreichung lists for a formal cooperation that this
    /// agreement leaves open, by their key in the plan (`laufzeit` stands for `laufzeit`
    /// or `bis`).
    pub fn offene_vertragsinhalte(&self) -> Vec<&'static str> {
        let text = |s: &Option<String>| s.as_ref().is_some_and(|s| !s.trim().is_empty());
        let mut offen = Vec::new();
        if self.themen.is_empty() {
            offen.push("themen");
        }
        if !text(&self.laufzeit) && self.bis.is_none() {
            offen.push("laufzeit");
        }
        if !text(&self.ressourcen) {
            offen.push("ressourcen");
        }
        if !text(&self.stimmrechte) {
            offen.push("stimmrechte");
        }
        if !self
            .kostenanteil
            .as_ref()
            .is_some_and(Kostenanteil::angegeben)
        {
            offen.push("kostenanteil");
        }
        offen
    }
}

/// Form der Zusammenarbeit zwischen Schulträgern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Informell: Informations- und Erfahrungsaustausch in Arbeitskreisen, Steuerungsgruppen, Kuratorien oder Beiräten, ohne rechtsverbindlichen Charakter.
    Arbeitskreis,
    /// Informell: eine feste Steuerungs- oder Arbeitsgruppe auf Basis einer formlosen interkommunalen Absichtserklärung.
    Absichtserklaerung,
    /// Formell: öffentlich-rechtliche Vereinbarung (mandatiert, delegiert oder gemeinsame Einrichtung).
    OeffentlichRechtlicheVereinbarung,
    /// Formell: öffentlich-rechtlicher Zweckverband; die Aufgabe regelt die Verbandsatzung.
    Zweckverband,
}

impl Form {
    /// A legally binding form (öffentlich-rechtliche Vereinbarung or Zweckverband).
    pub fn formell(self) -> bool {
        matches!(
            self,
            Form::OeffentlichRechtlicheVereinbarung | Form::Zweckverband
        )
    }
}

/// Art der Realisierung einer öffentlich-rechtlichen Vereinbarung.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Realisierung {
    /// Mindestens ein Schulträger übernimmt die Aufgaben der anderen, ohne dass sich die Trägerschaft ändert.
    Mandatiert,
    /// Die Aufgabenerfüllung geht vollständig auf eine der beteiligten Kommunen über.
    Delegiert,
    /// Gemeinsame Nutzung öffentlicher Einrichtungen.
    GemeinsameEinrichtung,
}

/// Thema (Handlungsfeld) der Zusammenarbeit zwischen Schulträgern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Thema {
    /// IT-Infrastruktur und -Wartung.
    Infrastruktur,
    /// Technischer Support und Helpdesk.
    Support,
    /// Fortbildung und Schulung.
    Fortbildung,
    /// Entwicklung und Implementierung von IT-Konzepten.
    ItKonzepte,
    /// Datenschutz und Datensicherheit.
    Datenschutz,
    /// Beschaffung und Lizenzmanagement.
    Beschaffung,
}

/// Stand einer Vereinbarung.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Die Vereinbarung besteht.
    Besteht,
    /// Die Vereinbarung ist geplant.
    Geplant,
    /// Geprüft und nicht (oder noch nicht) vereinbart.
    Geprueft,
}

/// The plan's own share of the costs: a percentage or a rule in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kostenanteil {
    Prozent(Prozent),
    Text(String),
}

impl Kostenanteil {
    /// A percentage, or a non-empty text.
    pub fn angegeben(&self) -> bool {
        match self {
            Kostenanteil::Prozent(_) => true,
            Kostenanteil::Text(t) => !t.trim().is_empty(),
        }
    }
}

impl Serialize for Kostenanteil {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Kostenanteil::Prozent(p) => p.serialize(s),
            Kostenanteil::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Kostenanteil {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Kostenanteil;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a percentage or a text")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Kostenanteil, E> {
                Ok(Kostenanteil::Prozent(Prozent(v.into())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Kostenanteil, E> {
                Ok(Kostenanteil::Prozent(Prozent(v.into())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Kostenanteil, E> {
                Prozent::deserialize(de::value::F64Deserializer::<E>::new(v))
                    .map(Kostenanteil::Prozent)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Kostenanteil, E> {
                Ok(Kostenanteil::Text(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Kostenanteil {
    fn schema_name() -> Cow<'static, str> {
        "Kostenanteil".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // `minimum`/`maximum` apply to numbers only: a text passes, a percentage is checked.
        json_schema!({
            "type": ["number", "string"],
            "minimum": 0,
            "maximum": 100,
            "description": "Prozentwert zwischen 0 und 100 (`40`) oder eine Regel in Worten (`\"Umlage nach Schülerzahl\"`)."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vereinbarung(toml: &str) -> Vereinbarung {
        toml::from_str(&format!("id = \"v\"\ntitel = \"V\"\n{toml}")).unwrap()
    }

    #[test]
    fn the_cost_share_is_a_percentage_or_a_text() {
        let v = vereinbarung("form = \"zweckverband\"\nkostenanteil = 40\n");
        assert_eq!(
            v.kostenanteil,
            Some(Kostenanteil::Prozent(Prozent(40.into())))
        );
        let v = vereinbarung("form = \"zweckverband\"\nkostenanteil = 12.5\n");
        assert_eq!(
            v.kostenanteil,
            Some(Kostenanteil::Prozent(Prozent("12.5".parse().unwrap())))
        );
        let v = vereinbarung("form = \"zweckverband\"\nkostenanteil = \"nach Schülerzahl\"\n");
        assert_eq!(
            v.kostenanteil,
            Some(Kostenanteil::Text("nach Schülerzahl".into()))
        );
    }

    #[test]
    fn open_contract_elements_are_named_by_their_keys() {
        let v = vereinbarung("form = \"oeffentlich_rechtliche_vereinbarung\"\n");
        assert_eq!(
            v.offene_vertragsinhalte(),
            [
                "themen",
                "laufzeit",
                "ressourcen",
                "stimmrechte",
                "kostenanteil"
            ]
        );
        let v = vereinbarung(
            "form = \"zweckverband\"\nthemen = [\"support\"]\nbis = 2030\n\
             ressourcen = \"2 VZÄ\"\nstimmrechte = \" \"\nkostenanteil = \"\"\n",
        );
        assert_eq!(v.offene_vertragsinhalte(), ["stimmrechte", "kostenanteil"]);
        assert!(Form::Zweckverband.formell());
        assert!(!Form::Absichtserklaerung.formell());
    }
}
