//! `[support]`: the agreement on service and support between Land, Schulträger, schools and providers.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Datum, Dezimal, Id, Zeitpunkt};

/// Vereinbarung zu Service und Support.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Datum, an dem Schulträger und Schulen das Supportkonzept abgestimmt haben.
    pub abgestimmt_am: Option<Datum>,
    /// Aufgaben- und Kostenteilung zwischen den Beteiligten, den Anteil des Landes eingeschlossen (Handreichung: „klare Regelungen zur möglichen Aufgaben- und Kostenteilung zwischen dem Land und den Schulträgern“), z. B. `[[support.aufgaben]]` mit `akteur = "land"`, `aufgaben = ["Landeslernplattform"]`, `kosten = ["Landeslizenzen"]`.
    #[serde(default)]
    pub aufgaben: Vec<Aufgabenteilung>,
    /// Supportstufen (1st, 2nd, 3rd Level).
    #[serde(default)]
    pub level: Vec<Supportlevel>,
    /// Kanäle, über die Schulen Support erreichen.
    #[serde(default)]
    pub kanaele: Vec<Kanal>,
    /// Servicezeiten, z. B. „Mo–Fr 7:30–16:00 Uhr“.
    pub servicezeiten: Option<String>,
    /// Schul-IT-Sprechstunde. Besser als Format der Zusammenarbeit beschreiben (`[[governance.formate]]` mit `art = "sprechstunde"`, `turnus`, `zeit`, `form`); steht sie an beiden Stellen, gilt sie als eine Sprechstunde.
    pub sprechstunde: Option<Sprechstunde>,
    /// Prioritäten mit Reaktions- und Lösungszeiten.
    #[serde(default)]
    pub prioritaeten: Vec<Prioritaet>,
    /// Technisches Supportpersonal in Vollzeitäquivalenten (VZÄ), ohne Lehrkräfte.
    pub personal_vzae: Option<Dezimal>,
    /// Regelung für Ersatzgeräte bei Ausfall.
    pub ersatzgeraete: Option<String>,
    /// Wartungsfenster, z. B. „Ferien und Di 18–20 Uhr“.
    pub wartungsfenster: Option<String>,
    /// Leistungskatalog: die Support- und Serviceleistungen mit ihrem erwarteten Aufwand, als Grundlage der Aufgaben- und Kostenteilung (Handreichung: „die erforderlichen Support- und Serviceleistungen sowie den damit verbundenen Aufwand sorgfältig zu erheben“), z. B. `[[support.leistungen]]` mit `id = "ticketbearbeitung"`, `name = "Ticketbearbeitung"`, `akteur = "it_dienstleister"`, `aufwand_stunden_jahr = 5400`. Übersteigt der Aufwand des technischen Supportpersonals, was `personal_vzae` leisten kann, meldet `mep check` W235.
    #[serde(default)]
    pub leistungen: Vec<Leistung>,
    /// Pflichten der Schule, z. B. `pflichten_schule = ["benennt eine IT-beauftragte Lehrkraft", "meldet Störungen über das Ticketsystem"]`.
    #[serde(default)]
    pub pflichten_schule: Vec<String>,
    /// Eskalation: wohin ein Problem geht, das auf der vorigen Stufe nicht gelöst wird, z. B. `[[support.eskalation]]` mit `stufe = 1`, `ausloeser = "Lösungszeit überschritten"`, `format = "schul-it-arbeitstreffen"`.
    #[serde(default)]
    pub eskalation: Vec<Eskalationsstufe>,
    /// Die Vereinbarung gilt ab diesem Datum, z. B. `gueltig_ab = 2026-08-01`.
    pub gueltig_ab: Option<Datum>,
    /// Nächste Überprüfung der Vereinbarung: ein Datum, Monat, Halbjahr oder Jahr, z. B. `ueberpruefung = 2027-06-30`.
    pub ueberpruefung: Option<Zeitpunkt>,
    /// Ergebnis der Prüfung interkommunaler Zusammenarbeit im Support (Handreichung, „Vereinbarungen zu Service und Support“: „Prüfung von Möglichkeiten zur interkommunalen Zusammenarbeit“), z. B. „gemeinsamer Helpdesk mit der Nachbarstadt geprüft, ab 2027“.
    pub interkommunal: Option<String>,
}

/// Eine Support- oder Serviceleistung im Leistungskatalog.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Leistung {
    /// Stabile Kennung, z. B. `geraeteeinrichtung`.
    pub id: Id,
    /// Bezeichnung, z. B. „Einrichtung neuer Geräte“.
    pub name: String,
    /// Leistungsumfang (Markdown).
    pub beschreibung: Option<String>,
    /// Wer die Leistung erbringt: `land`, `schultraeger`, `schule`, `it_dienstleister`, `medienzentrum` oder `hersteller`. Leistungen von Schulträger, IT-Dienstleister und Medienzentrum zählen zum Aufwand des technischen Supportpersonals (W235).
    pub akteur: Option<Akteur>,
    /// Wer die Kosten trägt, falls nicht der Erbringer, z. B. `kostentraeger = "schultraeger"` für eine Leistung des IT-Dienstleisters.
    pub kostentraeger: Option<Akteur>,
    /// Supportstufe (1–3), auf der die Leistung erbracht wird.
    #[schemars(range(min = 1, max = 3))]
    pub stufe: Option<u8>,
    /// Erwarteter Aufwand in Stunden je Jahr für alle Schulen zusammen, z. B. `aufwand_stunden_jahr = 5400`. Fehlt er, bleibt der Aufwand offen (nicht 0).
    pub aufwand_stunden_jahr: Option<Dezimal>,
    /// Wie der Aufwand erhoben wurde, z. B. „Ticketauswertung 2025“.
    pub grundlage: Option<String>,
}

impl Leistung {
    /// Whether the technical support staff (`personal_vzae`) provides the service: services
    /// of the Schulträger, its IT provider and the Medienzentrum are theirs; those of the
    /// school (teachers), the Land and manufacturers are done by others. `None` when the
    /// service names no provider.
    pub fn vom_supportpersonal(&self) -> Option<bool> {
        self.akteur.map(|a| {
            matches!(
                a,
                Akteur::Schultraeger | Akteur::ItDienstleister | Akteur::Medienzentrum
            )
        })
    }
}

/// Eine Eskalationsstufe.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Eskalationsstufe {
    /// Reihenfolge, beginnend bei 1.
    #[schemars(range(min = 1, max = 9))]
    pub stufe: u8,
    /// Wann eskaliert wird, z. B. „Lösungszeit überschritten“.
    pub ausloeser: String,
    /// Wer entscheidet (Rolle oder Stelle).
    pub rolle: Option<String>,
    /// Das Format der Zusammenarbeit, in dem der Fall behandelt wird: die Id eines Formats unter `[[governance.formate]]`, z. B. `format = "runder-tisch"` (sonst E125).
    pub format: Option<Id>,
}

/// Beteiligte an Service und Support.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Akteur {
    Land,
    Schultraeger,
    Schule,
    ItDienstleister,
    Medienzentrum,
    Hersteller,
}

/// Aufgaben und Kosten eines Beteiligten.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Aufgabenteilung {
    /// Wer: `land`, `schultraeger`, `schule`, `it_dienstleister`, `medienzentrum` oder `hersteller`.
    pub akteur: Akteur,
    /// Aufgaben dieses Beteiligten.
    #[serde(default)]
    pub aufgaben: Vec<String>,
    /// Kosten, die dieser Beteiligte trägt.
    #[serde(default)]
    pub kosten: Vec<String>,
}

/// Eine Supportstufe.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supportlevel {
    /// Stufe: 1 (vor Ort), 2 (IT-Dienstleister), 3 (Hersteller).
    #[schemars(range(min = 1, max = 3))]
    pub stufe: u8,
    /// Wer diese Stufe leistet.
    pub akteur: Akteur,
    /// Wer genau, z. B. „IT-beauftragte Lehrkraft“ oder „Schul-IT-Team des Dienstleisters“.
    pub rolle: Option<String>,
    /// Leistungsumfang (Markdown).
    pub beschreibung: Option<String>,
    /// Zeitbudget in Stunden je Woche und Schule (bei Lehrkräften meist 1–2).
    pub stunden_pro_woche: Option<Dezimal>,
}

/// Supportkanal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kanal {
    Hotline,
    Ticketsystem,
    Email,
    VorOrt,
    Fernwartung,
    Sprechstunde,
}

/// Schul-IT-Sprechstunde.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sprechstunde {
    /// Turnus, z. B. `woechentlich`.
    pub turnus: super::governance::Turnus,
    /// Form: online, telefonisch oder vor Ort.
    pub form: Option<String>,
    /// Zeitfenster, z. B. „Mittwoch 14–15 Uhr“.
    pub zeit: Option<String>,
}

/// Eine Prioritätsstufe mit Reaktions- und Lösungszeit.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prioritaet {
    /// Bezeichnung, z. B. „Kritisch: Unterricht in mehreren Räumen unmöglich“.
    pub name: String,
    /// Reaktionszeit in Stunden (innerhalb der Servicezeiten).
    pub reaktionszeit_stunden: Dezimal,
    /// Lösungszeit in Stunden (innerhalb der Servicezeiten), nicht kürzer als die Reaktionszeit (sonst E124).
    pub loesungszeit_stunden: Option<Dezimal>,
}
