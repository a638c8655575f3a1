//! Benchmark thresholds, usual prices and funding-programme rules as data: the shipped
//! standard profile, optionally overlaid by a user's profile for their Land.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::model::massnahmen::Kategorie;
use crate::model::plan::Laufzeit;
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
}

/// A benchmark figure and where it comes from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schwelle {
    pub wert: f64,
    pub quelle: String,
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
    /// The standard profile, overlaid by `user` if given.
    pub fn load(user: Option<&Path>) -> Result<Profile> {
        let mut base: toml::Table = toml::from_str(STANDARD).context("built-in profile")?;
        if let Some(path) = user {
            let text = std::fs::read_to_string(path).with_context(|| {
                format!("Profil `{}` kann nicht gelesen werden", path.display())
            })?;
            let overlay: toml::Table = toml::from_str(&text)
                .with_context(|| format!("Profil `{}` ist kein gültiges TOML", path.display()))?;
            merge(&mut base, overlay);
        }
        let profile: Profile = toml::Value::Table(base).try_into().with_context(|| {
            format!(
                "Profil `{}` passt nicht zum Profilformat",
                user.map(|p| p.display().to_string()).unwrap_or_default()
            )
        })?;
        for s in profile.schwellen.values() {
            if !s.wert.is_finite() || s.wert < 0.0 {
                bail!("Schwellenwert {} ist ungültig", s.wert);
            }
        }
        Ok(profile)
    }

    pub fn standard() -> Profile {
        Profile::load(None).expect("built-in profile is valid")
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
}

/// Deep merge: tables merge key by key; a programme list replaces entries with the same id.
fn merge(base: &mut toml::Table, overlay: toml::Table) {
    for (key, value) in overlay {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (Some(toml::Value::Array(b)), toml::Value::Array(o)) if key == "programme" => {
                for item in o {
                    let id = item.get("id").cloned();
                    match b
                        .iter_mut()
                        .find(|x| id.is_some() && x.get("id") == id.as_ref())
                    {
                        Some(existing) => *existing = item,
                        None => b.push(item),
                    }
                }
            }
            (_, value) => {
                base.insert(key, value);
            }
        }
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
        for rule in crate::validate::catalogue::RULES {
            if let Some(key) = rule.benchmark {
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
        merge(&mut base, overlay);
        let p: Profile = toml::Value::Table(base).try_into().unwrap();
        assert_eq!(p.schwelle("schueler_pro_geraet_max").unwrap().wert, 3.0);
        assert_eq!(p.schwelle("geraete_pro_vzae_max").unwrap().wert, 400.0);
    }
}
