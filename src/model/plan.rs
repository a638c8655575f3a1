//! The `[plan]` table: title, status, period (and its extension), Schulträger, service
//! providers, coat of arms, and the council's decisions on the plan.
//! Slightly longer than 400 lines: the decisions (`beschluesse`) belong with the plan head
//! they date, and splitting them would split one TOML table over two files.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Datum, Zeitpunkt};

/// Angaben zum Plan selbst.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanKopf {
    /// Titel des Plans, wie er auf dem Deckblatt steht, z. B. „Medienentwicklungsplan der Stadt Musterstadt 2026–2030“.
    pub titel: String,
    /// Versionsbezeichnung des Dokuments, z. B. `"2.1"`.
    pub version: Option<String>,
    /// Bearbeitungsstand: `entwurf`, `abgestimmt`, `beschlossen` oder `fortgeschrieben`.
    pub status: Option<PlanStatus>,
    /// Datum dieses Stands (JJJJ-MM-TT).
    pub datum: Option<Datum>,
    /// Laufzeit des Plans in Kalenderjahren, z. B. `{ von = 2026, bis = 2030 }`.
    pub zeitraum: Option<Laufzeit>,
    /// Verfasserinnen und Verfasser (Personen oder Stellen).
    #[serde(default)]
    pub autoren: Vec<String>,
    /// Der Schulträger, für dessen Schulen der Plan gilt.
    pub schultraeger: Option<Schultraeger>,
    /// Der IT-Dienstleister des Schulträgers (kommunales Rechenzentrum, Zweckverband, Firma).
    pub it_dienstleister: Option<Organisation>,
    /// Das zuständige Medienzentrum.
    pub medienzentrum: Option<Organisation>,
    /// Der Beschluss des Gremiums über diesen Plan, z. B. `{ gremium = "Rat der Stadt", datum = 2026-03-15, vorlage = "V/2026/0142" }`. Zählt als ein Eintrag der Art `beschluss` in `beschluesse`; ist der Plan `beschlossen`, gehören Gremium und Datum zur Vollständigkeit.
    pub beschluss: Option<Beschluss>,
    /// Alle Beratungen und Beschlüsse zum Plan, in beliebiger Reihenfolge, z. B. `[[plan.beschluesse]]` mit `art = "kenntnisnahme"`, `gremium = "Schulausschuss"`, `datum = "2021-06"`. Nur `art` ist Pflicht; Unbekanntes bleibt offen.
    #[serde(default)]
    pub beschluesse: Vec<Beschlusseintrag>,
    /// Wappen oder Logo des Schulträgers für das Deckblatt: eine SVG- oder PNG-Datei im Ordner des Plans (höchstens 2 MiB), relativ zur Plandatei, z. B. `"wappen.svg"`.
    pub wappen: Option<String>,
}

impl PlanKopf {
    /// Every decision on the plan: `[plan.beschluss]` first (as kind `beschluss`), then
    /// `[[plan.beschluesse]]` in the order written, each with its path in the plan.
    pub fn alle_beschluesse(&self) -> Vec<BeschlussRef<'_>> {
        let alt = self.beschluss.as_ref().map(|b| BeschlussRef {
            art: Beschlussart::Beschluss,
            gremium: b.gremium.as_deref(),
            datum: b.datum,
            vorlage: b.vorlage.as_deref(),
            gegenstand: None,
            pfad: "/plan/beschluss".to_string(),
        });
        alt.into_iter()
            .chain(
                self.beschluesse
                    .iter()
                    .enumerate()
                    .map(|(i, b)| BeschlussRef {
                        art: b.art,
                        gremium: b.gremium.as_deref(),
                        datum: b.datum,
                        vorlage: b.vorlage.as_deref(),
                        gegenstand: b.gegenstand.as_deref(),
                        pfad: format!("/plan/beschluesse/{i}"),
                    }),
            )
            .collect()
    }

    /// The latest decision that adopts the plan or a part of it (Beschluss, Teilbeschluss,
    /// Verlängerung, Fortschreibung): the latest dated one, else the last one written.
    pub fn letzter_beschluss(&self) -> Option<BeschlussRef<'_>> {
        let alle: Vec<BeschlussRef<'_>> = self
            .alle_beschluesse()
            .into_iter()
            .filter(|b| b.art.beschliesst())
            .collect();
        let datiert = alle
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.datum.map(|d| (d.ordnung(), i)))
            .max()
            .map(|(_, i)| i);
        let i = datiert.or_else(|| alle.len().checked_sub(1))?;
        alle.into_iter().nth(i)
    }
}

/// One decision on the plan, from either form (`[plan.beschluss]` or `[[plan.beschluesse]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BeschlussRef<'a> {
    pub art: Beschlussart,
    pub gremium: Option<&'a str>,
    pub datum: Option<Zeitpunkt>,
    pub vorlage: Option<&'a str>,
    pub gegenstand: Option<&'a str>,
    /// JSON pointer of the entry, e.g. `/plan/beschluesse/1`.
    pub pfad: String,
}

impl BeschlussRef<'_> {
    /// Body and date are known.
    pub fn dokumentiert(&self) -> bool {
        self.gremium.is_some_and(|g| !g.trim().is_empty()) && self.datum.is_some()
    }
}

/// Bearbeitungsstand eines Plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Entwurf,
    Abgestimmt,
    Beschlossen,
    Fortgeschrieben,
}

/// Laufzeit in ganzen Kalenderjahren.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Laufzeit {
    /// Erstes Jahr der Laufzeit.
    #[schemars(range(min = 1990, max = 2100))]
    pub von: i32,
    /// Letztes Jahr der Laufzeit (einschließlich).
    #[schemars(range(min = 1990, max = 2100))]
    pub bis: i32,
    /// Verlängert bis einschließlich dieses Jahres (nicht vor `bis`), z. B. `verlaengert_bis = 2031`, wenn das Gremium die Laufzeit verlängert hat. Maßnahmen dürfen dann bis dahin laufen.
    #[schemars(range(min = 1990, max = 2100))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verlaengert_bis: Option<i32>,
}

impl Laufzeit {
    /// The years as first planned (`von..=bis`), without an extension.
    pub fn jahre(&self) -> std::ops::RangeInclusive<i32> {
        self.von..=self.bis
    }

    /// The effective last year: the extension if there is one (and it does extend), else `bis`.
    pub fn ende(&self) -> i32 {
        self.verlaengert_bis.map_or(self.bis, |v| v.max(self.bis))
    }

    /// The period as it is in force: `bis` moved to the extension, if any. Costs, funding
    /// and replacements run over these years.
    pub fn wirksam(&self) -> Laufzeit {
        Laufzeit {
            bis: self.ende(),
            ..*self
        }
    }

    /// The effective years, extension included (`von..=ende()`).
    pub fn jahre_wirksam(&self) -> std::ops::RangeInclusive<i32> {
        self.von..=self.ende()
    }
}

/// Der Schulträger.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schultraeger {
    /// Name, z. B. „Stadt Musterstadt“.
    pub name: Option<String>,
    /// Art des Trägers: `gemeinde`, `stadt`, `kreis`, `zweckverband` oder `freier_traeger`.
    pub art: Option<TraegerArt>,
    /// Bundesland als zweistelliges Kürzel, z. B. `NW`, `BW`, `SN`.
    pub bundesland: Option<Bundesland>,
    /// Amtlicher Gemeindeschlüssel (AGS), acht Ziffern.
    #[schemars(regex(pattern = r"^[0-9]{8}$"))]
    pub ags: Option<String>,
}

/// Art des Schulträgers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TraegerArt {
    Gemeinde,
    Stadt,
    Kreis,
    Zweckverband,
    FreierTraeger,
}

/// Die 16 Länder mit ihrem zweistelligen Kürzel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Bundesland {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
}

impl Bundesland {
    /// All Länder, in the order of the enum.
    pub const ALLE: [Bundesland; 16] = [
        Bundesland::BW,
        Bundesland::BY,
        Bundesland::BE,
        Bundesland::BB,
        Bundesland::HB,
        Bundesland::HH,
        Bundesland::HE,
        Bundesland::MV,
        Bundesland::NI,
        Bundesland::NW,
        Bundesland::RP,
        Bundesland::SL,
        Bundesland::SN,
        Bundesland::ST,
        Bundesland::SH,
        Bundesland::TH,
    ];

    /// The two-letter code, as written in the plan.
    pub fn kuerzel(self) -> &'static str {
        const KUERZEL: [&str; 16] = [
            "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST",
            "SH", "TH",
        ];
        KUERZEL[self as usize]
    }

    /// The Land for a code, in any case.
    pub fn from_kuerzel(code: &str) -> Option<Bundesland> {
        Bundesland::ALLE
            .into_iter()
            .find(|b| b.kuerzel().eq_ignore_ascii_case(code.trim()))
    }
}

/// Eine beteiligte Organisation (IT-Dienstleister, Medienzentrum), oder warum es sie nicht gibt, z. B. `medienzentrum = { nicht_zutreffend = "Im Kreis gibt es kein Medienzentrum; die Medienberatung leistet das Land." }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Begründung, falls es die Organisation nicht gibt (zählt als beantwortet; das Dokument zeigt „Entfällt: …“).
    pub nicht_zutreffend: Option<String>,
    /// Name der Organisation; ohne Name und ohne `nicht_zutreffend` bleibt der Punkt offen.
    pub name: Option<String>,
    /// Rolle oder Leistungsumfang in einem Satz.
    pub rolle: Option<String>,
    /// Kontakt (E-Mail, Telefon oder Webseite).
    pub kontakt: Option<String>,
}

impl Organisation {
    /// The name, if one is given.
    pub fn name(&self) -> Option<&str> {
        self.name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }

    /// The reason the organisation does not exist here, if one is given.
    pub fn entfaellt(&self) -> Option<&str> {
        self.nicht_zutreffend
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
    }

    /// Named, or waived with a reason.
    pub fn beantwortet(&self) -> bool {
        self.name().is_some() || self.entfaellt().is_some()
    }
}

/// Beschluss des zuständigen Gremiums über den Plan.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Beschluss {
    /// Gremium, z. B. „Rat der Stadt“ oder „Schulausschuss“; ohne Angabe offen.
    pub gremium: Option<String>,
    /// Sitzung: Datum (`2026-03-15`), Monat (`"2026-03"`), Halbjahr oder Jahr; ohne Angabe offen.
    pub datum: Option<Zeitpunkt>,
    /// Nummer der Beschlussvorlage, z. B. `"V/2026/0142"`.
    pub vorlage: Option<String>,
}

/// Eine Beratung oder ein Beschluss zum Plan, z. B. `{ art = "teilbeschluss", gremium = "Rat der Stadt", datum = 2024-12-12, vorlage = "0815/2024", gegenstand = "Netzausbau der Grundschulen" }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Beschlusseintrag {
    /// Art: `kenntnisnahme`, `empfehlung` (Beschlussempfehlung eines vorberatenden Ausschusses), `teilbeschluss`, `beschluss`, `verlaengerung`, `fortschreibung` oder `sonstiges`.
    pub art: Beschlussart,
    /// Gremium, z. B. „Schulausschuss“ oder „Kreistag“; ohne Angabe offen.
    pub gremium: Option<String>,
    /// Sitzung: Datum (`2021-06-17`), Monat (`"2021-06"`), Halbjahr oder Jahr; ohne Angabe offen.
    pub datum: Option<Zeitpunkt>,
    /// Nummer der Vorlage oder Drucksache, z. B. `"V/2021/0457"`.
    pub vorlage: Option<String>,
    /// Was beschlossen oder zur Kenntnis genommen wurde, in einem Satz, z. B. „Verlängerung der Laufzeit bis 2031“.
    pub gegenstand: Option<String>,
}

/// Art einer Beratung oder eines Beschlusses zum Plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Beschlussart {
    /// Das Gremium nimmt den Plan (oder einen Bericht dazu) zur Kenntnis.
    Kenntnisnahme,
    /// Ein vorberatendes Gremium (z. B. der Schulausschuss) empfiehlt dem beschließenden
    /// Gremium, den Plan zu beschließen; selbst kein Beschluss über den Plan.
    Empfehlung,
    /// Beschluss über einen Teil des Plans.
    Teilbeschluss,
    /// Beschluss über den Plan.
    Beschluss,
    /// Beschluss, die Laufzeit zu verlängern.
    Verlaengerung,
    /// Beschluss über eine Fortschreibung.
    Fortschreibung,
    /// Eine andere Befassung.
    Sonstiges,
}

impl Beschlussart {
    /// Whether a decision of this kind adopts the plan or a part of it.
    pub fn beschliesst(self) -> bool {
        matches!(
            self,
            Beschlussart::Teilbeschluss
                | Beschlussart::Beschluss
                | Beschlussart::Verlaengerung
                | Beschlussart::Fortschreibung
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kopf(toml: &str) -> PlanKopf {
        toml::from_str(&format!("titel = \"T\"\n{toml}")).unwrap()
    }

    #[test]
    fn the_old_decision_counts_as_one_of_kind_beschluss() {
        let k = kopf("[beschluss]\ngremium = \"Rat\"\n");
        let alle = k.alle_beschluesse();
        assert_eq!(alle.len(), 1);
        assert_eq!(alle[0].art, Beschlussart::Beschluss);
        assert!(!alle[0].dokumentiert());
        assert_eq!(alle[0].pfad, "/plan/beschluss");
    }

    #[test]
    fn the_latest_adopting_decision_is_the_latest_dated_one() {
        let k = kopf(
            "[[beschluesse]]\nart = \"beschluss\"\ndatum = \"2021-06\"\n\
             [[beschluesse]]\nart = \"verlaengerung\"\ndatum = 2025\ngremium = \"Rat\"\n\
             [[beschluesse]]\nart = \"kenntnisnahme\"\ndatum = 2026\n\
             [[beschluesse]]\nart = \"teilbeschluss\"\n",
        );
        let b = k.letzter_beschluss().unwrap();
        assert_eq!(b.art, Beschlussart::Verlaengerung);
        assert_eq!(b.pfad, "/plan/beschluesse/1");
        let undatiert = kopf(
            "[[beschluesse]]\nart = \"beschluss\"\n[[beschluesse]]\nart = \"fortschreibung\"\n",
        );
        assert_eq!(
            undatiert.letzter_beschluss().unwrap().art,
            Beschlussart::Fortschreibung
        );
        assert!(
            kopf("[[beschluesse]]\nart = \"kenntnisnahme\"\n")
                .letzter_beschluss()
                .is_none()
        );
    }

    #[test]
    fn an_extension_moves_the_effective_end() {
        let lz = Laufzeit {
            von: 2026,
            bis: 2030,
            verlaengert_bis: Some(2031),
        };
        assert_eq!(lz.ende(), 2031);
        assert_eq!(lz.jahre(), 2026..=2030);
        assert_eq!(lz.jahre_wirksam(), 2026..=2031);
        let kuerzer = Laufzeit {
            verlaengert_bis: Some(2029),
            ..lz
        };
        assert_eq!(kuerzer.ende(), 2030);
    }

    #[test]
    fn codes_match_the_plan_format() {
        for b in Bundesland::ALLE {
            assert_eq!(serde_json::to_value(b).unwrap(), b.kuerzel());
            assert_eq!(
                Bundesland::from_kuerzel(&b.kuerzel().to_lowercase()),
                Some(b)
            );
        }
        assert_eq!(Bundesland::from_kuerzel("XX"), None);
    }
}
