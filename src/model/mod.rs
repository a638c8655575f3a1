//! The plan format: Rust types for every section, the single source of truth for the JSON Schema.

pub mod abweichungen;
pub mod datenschutz;
pub mod evaluation;
pub mod finanzierung;
pub mod fortbildung;
pub mod governance;
pub mod kooperation;
pub mod land;
pub mod leitplanken;
pub mod massnahmen;
pub mod plan;
pub mod schulen;
pub mod support;
pub mod types;
pub mod zielarchitektur;
pub mod zielbild;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use abweichungen::Abweichung;
pub use datenschutz::Datenschutz;
pub use evaluation::Evaluation;
pub use finanzierung::Finanzierung;
pub use fortbildung::Fortbildung;
pub use governance::Governance;
pub use kooperation::Kooperation;
pub use land::Land;
pub use leitplanken::Leitplanken;
pub use massnahmen::Massnahme;
pub use plan::PlanKopf;
pub use schulen::Schule;
pub use support::Support;
pub use zielarchitektur::Zielarchitektur;
pub use zielbild::Zielbild;

/// The newest plan format this version of `mep` reads and writes.
pub const FORMATVERSION: u32 = 1;

/// Ein Medienentwicklungsplan (MEP).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Medienentwicklungsplan (mep)")]
pub struct Plan {
    /// Version des Dateiformats; `mep` nennt die benötigte Version, wenn ein Plan neuer ist als das Programm. Aktuell `1`.
    #[schemars(range(min = 1))]
    pub formatversion: u32,
    /// Weitere Dateien dieses Plans (relativ zu dieser Datei, innerhalb des Plan-Ordners), z. B. eine Datei je Schule.
    #[serde(default)]
    pub einbinden: Vec<String>,
    /// Angaben zum Plan: Titel, Stand, Laufzeit, Schulträger, Beschluss.
    pub plan: PlanKopf,
    /// Die Schulen mit ihrem IST-Stand.
    #[serde(default)]
    pub schulen: Vec<Schule>,
    /// Zielbild: Vision, Mission und strategische Ziele, aus denen die Maßnahmen abgeleitet werden.
    pub zielbild: Option<Zielbild>,
    /// Die pädagogischen Leitplanken (Pflichtabschnitt).
    pub leitplanken: Option<Leitplanken>,
    /// Die Zielarchitektur in drei Domänen (Pflichtabschnitt).
    pub zielarchitektur: Option<Zielarchitektur>,
    /// Die Vereinbarung zu Service und Support (Pflichtabschnitt).
    pub support: Option<Support>,
    /// Formate der Zusammenarbeit und Ansprechpartner.
    pub governance: Option<Governance>,
    /// Zusammenarbeit mit anderen Schulträgern (interkommunale Zusammenarbeit).
    pub kooperation: Option<Kooperation>,
    /// Zusammenarbeit mit dem Land: Schulaufsicht, kommunaler Spitzenverband, Gremien des Landes.
    pub land: Option<Land>,
    /// Technische Fortbildung der Lehrkräfte.
    pub fortbildung: Option<Fortbildung>,
    /// Datenschutz und IT-Sicherheit.
    pub datenschutz: Option<Datenschutz>,
    /// Die Maßnahmen.
    #[serde(default)]
    pub massnahmen: Vec<Massnahme>,
    /// Finanzierungsquellen.
    pub finanzierung: Option<Finanzierung>,
    /// Evaluation und Fortschreibung.
    pub evaluation: Option<Evaluation>,
    /// Begründete Abweichungen: Warnungen, die der Plan mit einer Begründung beantwortet.
    #[serde(default)]
    pub abweichungen: Vec<Abweichung>,
}

/// The plan's one Schul-IT-Sprechstunde, from either place it may be written: a format
/// `art = "sprechstunde"` under `[[governance.formate]]` (preferred) or `[support.sprechstunde]`.
/// Where both exist they describe the same Sprechstunde; the format's values win and
/// `[support.sprechstunde]` fills what it leaves open.
#[derive(Debug, Clone, Copy)]
pub struct SprechstundeRef<'a> {
    pub format: Option<&'a governance::Format>,
    pub support: Option<&'a support::Sprechstunde>,
}

impl<'a> SprechstundeRef<'a> {
    pub fn turnus(&self) -> Option<governance::Turnus> {
        self.format
            .and_then(|f| f.turnus)
            .or(self.support.map(|s| s.turnus))
    }

    pub fn zeit(&self) -> Option<&'a str> {
        self.format
            .and_then(|f| f.zeit.as_deref())
            .or(self.support.and_then(|s| s.zeit.as_deref()))
    }

    pub fn form(&self) -> Option<&'a str> {
        self.format
            .and_then(|f| f.form.as_deref())
            .or(self.support.and_then(|s| s.form.as_deref()))
    }

    /// JSON pointer of the place it is written (the format if both).
    pub fn pfad(&self, plan: &Plan) -> String {
        match self.format {
            Some(f) => plan
                .governance
                .as_ref()
                .and_then(|g| g.formate.iter().position(|x| std::ptr::eq(x, f)))
                .map_or_else(String::new, |i| format!("/governance/formate/{i}")),
            None => "/support/sprechstunde".to_string(),
        }
    }
}

impl Plan {
    /// The Schul-IT-Sprechstunde (see [`SprechstundeRef`]), if the plan has one.
    pub fn sprechstunde(&self) -> Option<SprechstundeRef<'_>> {
        let format = self.governance.as_ref().and_then(|g| {
            g.formate
                .iter()
                .find(|f| f.art == governance::FormatArt::Sprechstunde)
        });
        let support = self.support.as_ref().and_then(|s| s.sprechstunde.as_ref());
        (format.is_some() || support.is_some()).then_some(SprechstundeRef { format, support })
    }

    pub fn schule(&self, id: &str) -> Option<&Schule> {
        self.schulen.iter().find(|s| s.id.as_str() == id)
    }

    pub fn hardware(&self) -> Option<&zielarchitektur::Hardware> {
        self.zielarchitektur.as_ref()?.hardware.as_ref()
    }

    pub fn infrastruktur(&self) -> Option<&zielarchitektur::Infrastruktur> {
        self.zielarchitektur.as_ref()?.infrastruktur.as_ref()
    }

    pub fn software(&self) -> Option<&zielarchitektur::Software> {
        self.zielarchitektur.as_ref()?.software.as_ref()
    }

    pub fn quellen(&self) -> &[finanzierung::Quelle] {
        self.finanzierung
            .as_ref()
            .map(|f| f.quellen.as_slice())
            .unwrap_or(&[])
    }

    /// Replacement cycle in years for a device category bought for some schools: the
    /// specific target's cycle, else the general one.
    pub fn ersatzzyklus(
        &self,
        kategorie: massnahmen::Kategorie,
        schulen: &[&Schule],
    ) -> Option<u32> {
        let hw = self.hardware()?;
        let specific = match kategorie {
            massnahmen::Kategorie::Lehrkraftgeraete => hw
                .lehrkraftgeraete
                .as_ref()
                .and_then(|l| l.ersatzzyklus_jahre),
            _ => schulen
                .iter()
                .find_map(|s| hw.ziel_fuer(s.schulform).and_then(|z| z.ersatzzyklus_jahre)),
        };
        specific.or(hw.ersatzzyklus_jahre).filter(|c| *c > 0)
    }

    /// Schools by id, for resolving the school lists of many measures.
    pub fn schulen_nach_id(&self) -> std::collections::HashMap<&str, &Schule> {
        self.schulen.iter().map(|s| (s.id.as_str(), s)).collect()
    }

    /// [`Plan::schulen_von`] through an index from [`Plan::schulen_nach_id`].
    pub fn schulen_von_mit<'a>(
        &'a self,
        m: &'a Massnahme,
        index: &std::collections::HashMap<&str, &'a Schule>,
    ) -> Vec<&'a Schule> {
        if m.schulen.is_empty() || m.betrifft_alle_schulen() {
            self.schulen.iter().collect()
        } else {
            m.schulen
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect()
        }
    }

    /// Schools a measure concerns (all schools for `["alle"]` or an empty list).
    pub fn schulen_von<'a>(&'a self, m: &'a Massnahme) -> Vec<&'a Schule> {
        if m.schulen.is_empty() || m.betrifft_alle_schulen() {
            self.schulen.iter().collect()
        } else {
            m.schulen
                .iter()
                .filter_map(|id| self.schule(id.as_str()))
                .collect()
        }
    }
}
