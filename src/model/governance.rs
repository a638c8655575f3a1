//! `[governance]`: cooperation formats (Runder Tisch, Arbeitstreffen, Sprechstunde, …) and contacts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Id;

/// Zusammenarbeit und Steuerung.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Formate der Zusammenarbeit.
    #[serde(default)]
    pub formate: Vec<Format>,
    /// Benannte Ansprechpartnerinnen und Ansprechpartner.
    #[serde(default)]
    pub ansprechpartner: Vec<Ansprechpartner>,
}

/// Ein Format der Zusammenarbeit.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Format {
    /// Stabile Kennung.
    pub id: Id,
    /// Art, z. B. `runder_tisch` (strategisch, halbjährlich), `schul_it_arbeitstreffen` (operativ, monatlich), `sprechstunde` (z. B. wöchentlich; `zeit` und `form` nennen Sprechzeit und Weg), `schulgespraech` (Gespräch mit jeder Schule, z. B. `turnus = "jaehrlich"`), `feedback` (mit `auswertung`), `ansprechpartner_uebersicht`, `wissensmanagement`, `informationsveranstaltung`. Eine `steuergruppe` (etwa eine Lenkungsgruppe der Verwaltung) ersetzt den Runden Tisch mit den Schulen nicht; die Steuergruppe von Land und kommunalen Spitzenverbänden gehört unter `[[land.gremien]]`.
    pub art: FormatArt,
    /// Titel, falls abweichend von der Art.
    pub titel: Option<String>,
    /// Turnus: `woechentlich`, `vierzehntaeglich`, `monatlich`, `quartalsweise`, `halbjaehrlich`, `jaehrlich`, `bei_bedarf` oder `laufend`.
    pub turnus: Option<Turnus>,
    /// Teilnehmende (Rollen oder Stellen).
    #[serde(default)]
    pub teilnehmende: Vec<String>,
    /// Wer organisiert und lädt ein.
    pub organisation: Option<String>,
    /// Termin oder Zeitfenster, z. B. „Mittwoch 14–15 Uhr“.
    pub zeit: Option<String>,
    /// Form, z. B. „online und telefonisch“, „vor Ort an wechselnden Schulen“.
    pub form: Option<String>,
    /// Ziel des Formats (Markdown).
    pub ziel: Option<String>,
    /// Wie die Rückmeldungen ausgewertet und genutzt werden (vor allem bei `art = "feedback"`),
    /// z. B. `auswertung = "Online-Umfrage jedes Halbjahr; der Dienstleister wertet sie aus, der Runde Tisch beschließt Verbesserungen"`.
    pub auswertung: Option<String>,
}

/// Art eines Formats der Zusammenarbeit (Handreichung „Formen und Formate“).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FormatArt {
    RunderTisch,
    SchulItArbeitstreffen,
    Sprechstunde,
    AnsprechpartnerUebersicht,
    Wissensmanagement,
    SocialIntranet,
    Informationsveranstaltung,
    Schulungsprogramm,
    Feedback,
    Steuergruppe,
    Arbeitsgruppe,
    Fachtag,
    /// Gespräch des Schulträgers mit jeder einzelnen Schule (Schulleitung, IT-Beauftragte) über
    /// Rückblick, Bedarf und Ausblick, z. B. ein jährliches Schul- oder Jahresgespräch.
    Schulgespraech,
    Sonstiges,
}

impl Turnus {
    /// A fixed rhythm of at least once a year (not `bei_bedarf` or `laufend`).
    pub fn mindestens_jaehrlich(self) -> bool {
        !matches!(self, Turnus::BeiBedarf | Turnus::Laufend)
    }
}

impl Turnus {
    /// Meetings a year of a fixed rhythm; `None` for `bei_bedarf` and `laufend` (no fixed
    /// rhythm to count).
    pub fn termine_pro_jahr(self) -> Option<u32> {
        match self {
            Turnus::Woechentlich => Some(52),
            Turnus::Vierzehntaeglich => Some(26),
            Turnus::Monatlich => Some(12),
            Turnus::Quartalsweise => Some(4),
            Turnus::Halbjaehrlich => Some(2),
            Turnus::Jaehrlich => Some(1),
            Turnus::BeiBedarf | Turnus::Laufend => None,
        }
    }
}

/// Which of the document's groups a format belongs to (Handreichung, „Abstimmungen und
/// Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FormatGruppe {
    Strategisch,
    Operativ,
    Support,
    WissenUndInformation,
    Feedback,
    Sonstige,
}

impl FormatArt {
    /// The group the document shows a format of this kind in.
    pub fn gruppe(self) -> FormatGruppe {
        match self {
            FormatArt::RunderTisch | FormatArt::Steuergruppe | FormatArt::Schulgespraech => {
                FormatGruppe::Strategisch
            }
            FormatArt::SchulItArbeitstreffen | FormatArt::Arbeitsgruppe => FormatGruppe::Operativ,
            FormatArt::Sprechstunde => FormatGruppe::Support,
            FormatArt::AnsprechpartnerUebersicht
            | FormatArt::Wissensmanagement
            | FormatArt::SocialIntranet
            | FormatArt::Informationsveranstaltung
            | FormatArt::Schulungsprogramm
            | FormatArt::Fachtag => FormatGruppe::WissenUndInformation,
            FormatArt::Feedback => FormatGruppe::Feedback,
            FormatArt::Sonstiges => FormatGruppe::Sonstige,
        }
    }
}

impl Format {
    /// A strategic format between Schulträger and Schulen in the sense of the Handreichung
    /// („Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der
    /// Zusammenarbeit“): a Runder Tisch (whatever its rhythm), or talks with every school at
    /// least once a year (the Runder Tisch's yearly review and outlook, held with each school).
    /// A Steuergruppe does not count: the Handreichung describes it as the body of the Land
    /// and the kommunale Spitzenverbände („Abstimmungen und Zusammenwirken von Schulträgern
    /// und Land“), not as an exchange with the schools.
    pub fn ist_strategisch(&self) -> bool {
        match self.art {
            FormatArt::RunderTisch => true,
            FormatArt::Schulgespraech => self.turnus.is_some_and(Turnus::mindestens_jaehrlich),
            _ => false,
        }
    }

    /// Feedback that says how it is evaluated („systematisch ausgewertet“).
    pub fn ist_ausgewertetes_feedback(&self) -> bool {
        self.art == FormatArt::Feedback
            && self
                .auswertung
                .as_ref()
                .is_some_and(|a| !a.trim().is_empty())
    }
}

impl Governance {
    /// Whether one of the formats is strategic (see [`Format::ist_strategisch`]).
    pub fn hat_strategisches_format(&self) -> bool {
        self.formate.iter().any(Format::ist_strategisch)
    }
}

/// Turnus eines Termins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Turnus {
    Woechentlich,
    /// Alle zwei Wochen, z. B. für die Sprechstunde kleinerer Schulträger.
    Vierzehntaeglich,
    Monatlich,
    Quartalsweise,
    Halbjaehrlich,
    Jaehrlich,
    BeiBedarf,
    Laufend,
}

/// Eine Ansprechpartnerin oder ein Ansprechpartner.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ansprechpartner {
    /// Stabile Kennung.
    pub id: Id,
    /// Rolle, z. B. „IT-Koordination Schulverwaltungsamt“.
    pub rolle: String,
    /// Name (optional, Rollenpostfächer genügen).
    pub name: Option<String>,
    /// Organisation.
    pub organisation: Option<String>,
    /// Kontakt (E-Mail oder Telefon).
    pub kontakt: Option<String>,
}
