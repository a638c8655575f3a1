//! `[zielarchitektur]`: the target architecture in three domains: software, infrastructure, hardware.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::leitplanken::PraesentationArt;
use super::schulen::{Geraetetyp, Schulform};
use super::types::{Dezimal, Euro, Id, Prozent};

/// Zielarchitektur in den drei Domänen der Handreichung.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zielarchitektur {
    /// Domäne 1: Software und Inhalte.
    pub software: Option<Software>,
    /// Domäne 2: Infrastruktur und zentrale Dienste.
    pub infrastruktur: Option<Infrastruktur>,
    /// Domäne 3: Hardware.
    pub hardware: Option<Hardware>,
}

/// Software und Inhalte.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Software {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Anwendungen und Inhalte, die den Schulen bereitgestellt werden.
    #[serde(default)]
    pub anwendungen: Vec<Anwendung>,
}

/// Eine Anwendung oder ein Inhaltsangebot.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anwendung {
    /// Stabile Kennung.
    pub id: Id,
    /// Name des Produkts oder Dienstes.
    pub name: String,
    /// Kategorie: `lernplattform`, `office`, `kommunikation`, `schulbuch`, `verwaltung`, `lokale_app` oder `sonstige`.
    pub kategorie: SoftwareKategorie,
    /// Wer stellt bereit und bezahlt: `land`, `schultraeger` oder `schule`.
    pub bereitsteller: Option<Bereitsteller>,
    /// Lizenzmodell, z. B. „Landeslizenz“, „Abo je Schüler“, „Open Source“.
    pub lizenzmodell: Option<String>,
    /// Jährliche Kosten für den Schulträger in Euro.
    pub kosten_jaehrlich: Option<Euro>,
    /// Liegt ein Vertrag zur Auftragsverarbeitung (AV-Vertrag) vor?
    pub av_vertrag: Option<bool>,
    /// Datenschutz-Folgenabschätzung: `nicht_erforderlich`, `erforderlich` oder `durchgefuehrt`.
    pub dsfa: Option<DsfaStatus>,
    /// Verarbeitet die Anwendung personenbezogene Daten von Schülerinnen, Schülern oder Lehrkräften (Konten, Abgaben, Nachrichten, Noten)? Z. B. `personenbezogene_daten = true`. Ohne Angabe gilt das für `lernplattform`, `kommunikation` und `verwaltung` als gegeben; bei anderen Kategorien hängt es vom Produkt ab und bleibt offen.
    pub personenbezogene_daten: Option<bool>,
}

/// Software-Kategorie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SoftwareKategorie {
    Lernplattform,
    Office,
    Kommunikation,
    Schulbuch,
    Verwaltung,
    LokaleApp,
    Sonstige,
}

/// Wer eine Leistung bereitstellt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bereitsteller {
    Land,
    Schultraeger,
    Schule,
}

/// Stand der Datenschutz-Folgenabschätzung.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DsfaStatus {
    NichtErforderlich,
    Erforderlich,
    Durchgefuehrt,
}

/// Infrastruktur und zentrale Dienste.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Infrastruktur {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Ziel-Bandbreite je Klasse in Grundschulen (Mbit/s).
    pub breitband_grundschule_mbit_pro_klasse: Option<Dezimal>,
    /// Ziel-Bandbreite je Klasse in weiterführenden und beruflichen Schulen (Mbit/s).
    pub breitband_weiterfuehrend_mbit_pro_klasse: Option<Dezimal>,
    /// Ziel: Anteil der Unterrichtsräume mit LAN in Prozent.
    pub lan_abdeckung: Option<Prozent>,
    /// Ziel: Anteil der Unterrichtsräume mit WLAN in Prozent.
    pub wlan_abdeckung: Option<Prozent>,
    /// Ziel: WLAN-Access-Points je Unterrichtsraum (z. B. `1`).
    pub access_points_pro_raum: Option<Dezimal>,
    /// Schulserver-Modell: `lokal`, `kommunal_zentral`, `cloud` oder `hybrid`.
    pub schulserver: Option<Servermodell>,
    /// Identitätsmanagement (IDM): Lösung und Betrieb.
    pub idm: Option<Dienst>,
    /// Geräteverwaltung (MDM): Lösung und Betrieb.
    pub mdm: Option<Dienst>,
    /// Softwareverteilung: Lösung und Betrieb.
    pub softwareverteilung: Option<Dienst>,
    /// Getrennte Netze für pädagogisches Netz und Verwaltungsnetz?
    pub netztrennung: Option<bool>,
    /// Jugendschutzfilter: Lösung und Betrieb.
    pub jugendschutzfilter: Option<Dienst>,
}

/// Schulserver-Modell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Servermodell {
    Lokal,
    KommunalZentral,
    Cloud,
    Hybrid,
}

/// Ein zentraler Dienst.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dienst {
    /// Eingesetzte Lösung (Produkt oder Verfahren).
    pub loesung: String,
    /// Wer betreibt den Dienst (z. B. IT-Dienstleister, Land).
    pub betrieb: Option<String>,
    /// Erläuterung (Markdown).
    pub beschreibung: Option<String>,
}

/// Hardware.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hardware {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Zielausstattung der Schülerinnen und Schüler je Schulform.
    #[serde(default)]
    pub schuelergeraete: Vec<Schuelerausstattung>,
    /// Zielausstattung der Lehrkräfte.
    pub lehrkraftgeraete: Option<Lehrkraftausstattung>,
    /// Präsentationstechnik je Unterrichtsraum.
    pub praesentation: Option<Praesentationsausstattung>,
    /// Drucker: Lehrkräfte je Drucker.
    pub lehrkraefte_pro_drucker: Option<Dezimal>,
    /// Allgemeiner Ersatzzyklus für Endgeräte in Jahren (4–5 Jahre sind üblich).
    #[schemars(range(min = 1, max = 20))]
    pub ersatzzyklus_jahre: Option<u32>,
}

/// Zielausstattung für Schülerinnen und Schüler einer oder mehrerer Schulformen.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schuelerausstattung {
    /// Schulformen, für die diese Ausstattung gilt.
    pub schulformen: Vec<Schulform>,
    /// Bereitstellungsmodell: `schulgestellt`, `byod`, `gyod` oder `klassensatz`.
    pub bereitstellung: Bereitstellung,
    /// Gerätetyp: `tablet`, `laptop`, `convertible` oder `desktop`.
    pub geraetetyp: Geraetetyp,
    /// Ziel: Schülerinnen und Schüler je Gerät (1 bedeutet 1:1).
    pub schueler_pro_geraet: Dezimal,
    /// Ersatzzyklus dieser Geräte in Jahren (sonst der allgemeine).
    #[schemars(range(min = 1, max = 20))]
    pub ersatzzyklus_jahre: Option<u32>,
    /// Jahrgangsstufen, für die das Ziel gilt, z. B. `jahrgaenge = { von = 2, bis = 10 }` für 1:1 in den Jahrgängen 2 bis 10. Ohne Angabe gilt es für alle Schülerinnen und Schüler der Schulformen.
    pub jahrgaenge: Option<Jahrgaenge>,
    /// Wem die Geräte gehören: `schultraeger`, `eltern` (privat, von den Eltern bezahlt) oder `leasing`, z. B. `eigentum = "eltern"`. Ohne Angabe der Schulträger.
    pub eigentum: Option<Eigentum>,
    /// Elternfinanzierung der Geräte, z. B. `elternfinanzierung = { beitrag_monatlich = 10, laufzeit_monate = 48, zuschuss_je_geraet = 100, befreiung = "Bezug von Leistungen nach BuT" }`. Das Geld der Eltern ist eine Quelle der Art `eltern`: weder Fördermittel noch Kosten des Schulträgers.
    pub elternfinanzierung: Option<Elternfinanzierung>,
}

impl Schuelerausstattung {
    /// Who owns the devices of this target; without a statement the Schulträger.
    pub fn eigentum(&self) -> Eigentum {
        self.eigentum.unwrap_or(Eigentum::Schultraeger)
    }
}

/// Bereich von Jahrgangsstufen (1–13), beide einschließlich.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jahrgaenge {
    /// Erste Jahrgangsstufe (1–13), z. B. `2`.
    #[schemars(range(min = 1, max = 13))]
    pub von: u8,
    /// Letzte Jahrgangsstufe (1–13), z. B. `10`.
    #[schemars(range(min = 1, max = 13))]
    pub bis: u8,
}

impl Jahrgaenge {
    /// Whether the range is well-formed: `1 <= von <= bis <= 13`.
    pub fn gueltig(self) -> bool {
        (1..=13).contains(&self.von) && (1..=13).contains(&self.bis) && self.von <= self.bis
    }

    /// `2–10` for display.
    pub fn text(self) -> String {
        if self.von == self.bis {
            self.von.to_string()
        } else {
            format!("{}–{}", self.von, self.bis)
        }
    }
}

/// Wem Geräte gehören: `schultraeger` (gekauft aus Haushalt oder Fördermitteln), `eltern` (private Geräte, z. B. elternfinanziert) oder `leasing` (geleast, der Schulträger stellt sie bereit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Eigentum {
    Schultraeger,
    Eltern,
    Leasing,
}

impl Eigentum {
    /// Whether the Schulträger provides the device (own or leased), as opposed to a private one.
    pub fn ist_bereitgestellt(self) -> bool {
        self != Eigentum::Eltern
    }

    pub fn key(self) -> &'static str {
        match self {
            Eigentum::Schultraeger => "schultraeger",
            Eigentum::Eltern => "eltern",
            Eigentum::Leasing => "leasing",
        }
    }
}

/// Wie Eltern Geräte mitfinanzieren (alle Angaben optional).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Elternfinanzierung {
    /// Monatlicher Beitrag der Eltern je Gerät in Euro (Höchstbetrag), z. B. `10`.
    pub beitrag_monatlich: Option<Euro>,
    /// Laufzeit der Ratenzahlung in Monaten, z. B. `48`.
    #[schemars(range(min = 1, max = 240))]
    pub laufzeit_monate: Option<u32>,
    /// Zuschuss des Schulträgers je Gerät in Euro, z. B. `100`.
    pub zuschuss_je_geraet: Option<Euro>,
    /// Befreiungs- oder Härtefallregel, z. B. „Familien mit Leistungen nach dem Bildungs- und Teilhabepaket zahlen nichts“.
    pub befreiung: Option<String>,
}

/// Bereitstellungsmodell für Schülergeräte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bereitstellung {
    Schulgestellt,
    Byod,
    Gyod,
    Klassensatz,
}

/// Zielausstattung der Lehrkräfte.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lehrkraftausstattung {
    /// Anteil der Lehrkräfte mit Dienstgerät in Prozent.
    pub anteil: Prozent,
    /// Gerätetyp.
    pub geraetetyp: Option<Geraetetyp>,
    /// Ersatzzyklus in Jahren.
    #[schemars(range(min = 1, max = 20))]
    pub ersatzzyklus_jahre: Option<u32>,
}

/// Zielausstattung mit Präsentationstechnik.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Praesentationsausstattung {
    /// Anteil der Unterrichtsräume mit Präsentationstechnik in Prozent.
    pub anteil_raeume: Prozent,
    /// Art: `interaktiv` oder `nicht_interaktiv`.
    pub art: Option<PraesentationArt>,
    /// Ersatzzyklus in Jahren.
    #[schemars(range(min = 1, max = 20))]
    pub ersatzzyklus_jahre: Option<u32>,
}

impl Hardware {
    /// The target for students of a school type, if the plan sets one.
    pub fn ziel_fuer(&self, schulform: Schulform) -> Option<&Schuelerausstattung> {
        self.schuelergeraete
            .iter()
            .find(|a| a.schulformen.contains(&schulform))
    }
}
