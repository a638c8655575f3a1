//! Benchmark thresholds, usual prices and funding-programme rules as data: the shipped
//! standard profile, overlaid by the built-in profile of the plan's Land (`laender`) and by a
//! user's own profile (`--profile`).

pub mod laender;
mod overlay;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::format::zahl;
use crate::i18n::{Lang, Text};
use crate::model::Plan;
use crate::model::massnahmen::Kategorie;
use crate::model::plan::{Bundesland, Laufzeit};
use crate::model::types::Euro;

/// The profile shipped with the binary.
pub const STANDARD: &str = include_str!("profile/standard.toml");

/// Thresholds, prices and programmes the plausibility and funding rules use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub schwellen: BTreeMap<String, Schwelle>,
    #[serde(default)]
    pub preise: BTreeMap<String, Preisband>,
    #[serde(default)]
    pub programme: Vec<Programm>,
    /// The built-in Land profile laid over the standard one, if any.
    #[serde(skip)]
    pub land: Option<LandProfil>,
    /// The user's profile laid over the standard (and Land) one, if any.
    #[serde(skip)]
    pub eigenes: Option<EigenesProfil>,
    /// The same profile for each Land with a built-in profile (only on the profile `load`
    /// returns); `fuer` picks one.
    #[serde(skip)]
    varianten: Vec<Profile>,
}

/// A built-in Land profile in force.
#[derive(Debug, Clone)]
pub struct LandProfil {
    pub bundesland: Bundesland,
    /// The `name` the Land profile gives itself: `Sachsen (SMK 2018)`.
    pub name: String,
}

/// A user's profile file (`--profile`).
#[derive(Debug, Clone)]
pub struct EigenesProfil {
    pub datei: PathBuf,
    /// The `name` the file gives itself, if it does.
    pub name: Option<String>,
}

/// A benchmark figure and where it comes from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schwelle {
    pub wert: f64,
    pub quelle: String,
    /// Set by the user's profile rather than the built-in one.
    #[serde(skip)]
    pub eigen: bool,
    /// Set by the built-in Land profile (and not replaced by the user's).
    #[serde(skip)]
    pub land: bool,
}

impl Schwelle {
    /// The value as messages write it: `5`, `2,5`.
    pub fn zahl(&self, lang: Lang) -> String {
        zahl(
            self.wert,
            if self.wert.fract() == 0.0 { 0 } else { 1 },
            lang,
        )
    }
}

/// The usual price range of one unit of a cost category.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preisband {
    pub von: Euro,
    pub bis: Euro,
    pub einheit: String,
    pub quelle: String,
}

/// A funding programme's rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programm {
    pub id: String,
    pub name: String,
    pub zeitraum: Laufzeit,
    /// Cost categories the programme may pay for.
    pub foerderfaehig: Vec<Kategorie>,
    /// Whether running costs during a measure (staff, licences) may be funded.
    #[serde(default)]
    pub laufende_kosten_foerderfaehig: bool,
    /// Categories that count as mobile devices for the caps below.
    #[serde(default)]
    pub mobile_geraete: Vec<Kategorie>,
    /// Mobile devices may take at most this share (%) of the programme's money.
    pub mobile_geraete_anteil_max: Option<f64>,
    /// … or at most this amount per school.
    pub mobile_geraete_euro_pro_schule_max: Option<Euro>,
    pub quelle: String,
}

impl Profile {
    /// The standard profile, overlaid by `user` if given; with the same for each built-in
    /// Land profile (standard, Land, `user`), which `fuer` picks by the plan's Land. A user
    /// profile that cannot be read or does not fit is an error here, before any plan is read.
    pub fn load(user: Option<&Path>) -> Result<Profile> {
        let overlay = match user {
            Some(path) => {
                let text = std::fs::read_to_string(path).with_context(|| {
                    format!("Profil `{}` kann nicht gelesen werden", path.display())
                })?;
                let table: toml::Table = toml::from_str(&text).with_context(|| {
                    format!("Profil `{}` ist kein gültiges TOML", path.display())
                })?;
                Some((path, table))
            }
            None => None,
        };
        let mut profile = overlay::build(None, overlay.as_ref())?;
        for &(land, _) in laender::LAENDER {
            profile
                .varianten
                .push(overlay::build(Some(land), overlay.as_ref())?);
        }
        Ok(profile)
    }

    /// The profile in force for a plan of `land`: its built-in Land profile if there is one,
    /// else this one. Only a profile from `load` knows the Land profiles.
    pub fn fuer(&self, land: Option<Bundesland>) -> &Profile {
        land.and_then(|l| {
            self.varianten
                .iter()
                .find(|v| v.land.as_ref().is_some_and(|p| p.bundesland == l))
        })
        .unwrap_or(self)
    }

    /// The profile in force for `plan`, chosen by `schultraeger.bundesland`.
    pub fn fuer_plan(&self, plan: &Plan) -> &Profile {
        self.fuer(plan.plan.schultraeger.as_ref().and_then(|s| s.bundesland))
    }

    /// The built-in Land profiles that set threshold `key`, with its value there.
    pub fn in_landesprofilen(&self, key: &str) -> Vec<(&LandProfil, &Schwelle)> {
        self.varianten
            .iter()
            .filter_map(|v| {
                let s = v.schwellen.get(key).filter(|s| s.land)?;
                Some((v.land.as_ref()?, s))
            })
            .collect()
    }

    /// Whether only the built-in standard profile is in force.
    pub fn ist_standard(&self) -> bool {
        self.land.is_none() && self.eigenes.is_none()
    }

    /// The profile in force as the report names it: `Sachsen (SMK 2018)`, with the user's
    /// profile after a `+`; the standard profile by its name.
    pub fn nennung(&self, lang: Lang) -> String {
        match (&self.land, &self.eigenes) {
            (Some(l), Some(e)) => format!("{} + {}", l.name, e.nennung(lang)),
            (Some(l), None) => l.name.clone(),
            (None, Some(e)) => format!(
                "{} + {}",
                lang.pick("Standard (Bund)", "standard (federal)"),
                e.nennung(lang)
            ),
            (None, None) => self.name.clone(),
        }
    }

    /// The built-in standard profile alone: what a plan without a Land is checked against.
    pub fn standard() -> Profile {
        overlay::build(None, None).expect("built-in profile is valid")
    }

    /// The built-in standard profile with the built-in Land profiles, without a user's.
    pub fn standard_mit_laendern() -> Profile {
        Profile::load(None).expect("built-in profiles are valid")
    }

    pub fn schwelle(&self, key: &str) -> Option<&Schwelle> {
        self.schwellen.get(key)
    }

    pub fn programm(&self, id: &str) -> Option<&Programm> {
        self.programme.iter().find(|p| p.id == id)
    }

    pub fn preis(&self, kategorie: Kategorie) -> Option<&Preisband> {
        self.preise.get(kategorie.key())
    }

    /// The value in force with its source, for a finding's message: `Richtwert 5: Medienberatung
    /// NRW`; a value from the user's profile names that profile.
    pub fn zitat(&self, s: &Schwelle) -> Text {
        let eigen = |lang: Lang| match (&self.eigenes, &self.land) {
            (Some(e), _) if s.eigen => format!(
                " {} {}",
                lang.pick("aus Profil", "from profile"),
                e.nennung(lang)
            ),
            (_, Some(l)) if s.land => format!(
                " {} {}",
                lang.pick("aus Profil", "from profile"),
                quoted(&l.name, lang)
            ),
            _ => String::new(),
        };
        Text::new(
            format!(
                "Richtwert {}{}: {}",
                s.zahl(Lang::De),
                eigen(Lang::De),
                s.quelle
            ),
            format!(
                "benchmark {}{}: {}",
                s.zahl(Lang::En),
                eigen(Lang::En),
                s.quelle
            ),
        )
    }

    /// Where a threshold in force comes from: the built-in standard profile or the user's file.
    pub fn herkunft(&self, s: &Schwelle, lang: Lang) -> String {
        let eingebaut = match &self.land {
            Some(l) if s.land => format!(
                "{} {}",
                lang.pick("eingebautes Landesprofil", "built-in Land profile"),
                quoted(&l.name, lang)
            ),
            _ => lang
                .pick("eingebautes Standardprofil", "built-in standard profile")
                .to_string(),
        };
        match (&self.eigenes, s.eigen) {
            (Some(e), true) => format!("{} (`{}`)", e.nennung(lang), e.datei.display()),
            (Some(e), false) => format!(
                "{eingebaut} (`{}` {})",
                e.datei.display(),
                lang.pick("setzt diesen Wert nicht", "does not set this value")
            ),
            (None, _) => eingebaut,
        }
    }
}

impl EigenesProfil {
    /// The profile as a message names it: by its `name`, else by its file.
    pub fn nennung(&self, lang: Lang) -> String {
        match &self.name {
            Some(n) => quoted(n, lang),
            None => format!("`{}`", self.datei.display()),
        }
    }
}

/// A profile's name in quotation marks of the language.
fn quoted(name: &str, lang: Lang) -> String {
    match lang {
        Lang::De => format!("„{name}“"),
        Lang::En => format!("\"{name}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_profile_has_the_benchmarks_the_rules_use() {
        let p = Profile::standard();
        assert_eq!(p.schwelle("schueler_pro_geraet_max").unwrap().wert, 5.0);
        assert_eq!(p.schwelle("geraete_pro_vzae_max").unwrap().wert, 400.0);
        assert!(p.programm("digitalpakt-2019").is_some());
        for rule in crate::catalogue::RULES {
            for key in rule.benchmarks {
                if key.starts_with("breitband_ziel_") {
                    continue; // Land targets exist only in Land profiles.
                }
                assert!(
                    p.schwelle(key).is_some(),
                    "{} uses missing benchmark {key}",
                    rule.code
                );
            }
        }
    }

    #[test]
    fn overlay_changes_only_what_it_names() {
        let mut base: toml::Table = toml::from_str(STANDARD).unwrap();
        let overlay: toml::Table =
            toml::from_str("[schwellen.schueler_pro_geraet_max]\nwert = 3\nquelle = \"Land X\"")
                .unwrap();
        overlay::merge(&mut base, overlay);
        let p: Profile = toml::Value::Table(base).try_into().unwrap();
        assert_eq!(p.schwelle("schueler_pro_geraet_max").unwrap().wert, 3.0);
        assert_eq!(p.schwelle("geraete_pro_vzae_max").unwrap().wert, 400.0);
    }

    fn user_profile(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("land.toml");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn values_of_a_user_profile_are_marked_and_cited_as_its_own() {
        let (_dir, path) = user_profile(
            "name = \"Land X\"\n[schwellen.schueler_pro_geraet_max]\nwert = 3\nquelle = \"Erlass X\"",
        );
        let p = Profile::load(Some(&path)).unwrap();
        let own = p.schwelle("schueler_pro_geraet_max").unwrap();
        let std = p.schwelle("geraete_pro_vzae_max").unwrap();
        assert!(own.eigen && !std.eigen);
        assert_eq!(
            p.zitat(own).get(Lang::De),
            "Richtwert 3 aus Profil „Land X“: Erlass X"
        );
        assert!(p.zitat(std).get(Lang::En).starts_with("benchmark 400: "));
        assert!(p.herkunft(own, Lang::De).contains("land.toml"));
        assert!(
            p.herkunft(std, Lang::En)
                .starts_with("built-in standard profile")
        );
        let standard = Profile::standard();
        let s = standard.schwelle("geraete_pro_vzae_max").unwrap();
        assert_eq!(standard.zitat(s).get(Lang::De), p.zitat(std).get(Lang::De));
    }

    #[test]
    fn a_user_threshold_without_its_source_is_refused() {
        // Keeping the standard source for another value would cite the wrong source.
        let (_dir, path) = user_profile("[schwellen.schueler_pro_geraet_max]\nwert = 3");
        let err = format!("{:#}", Profile::load(Some(&path)).unwrap_err());
        assert!(err.contains("quelle"), "{err}");
    }
}
