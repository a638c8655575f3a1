//! Laying profiles over each other: the standard profile, then a built-in Land profile, then
//! the user's, with each threshold marked by where it comes from.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{EigenesProfil, LandProfil, Profile, STANDARD, laender};
use crate::model::plan::Bundesland;

/// The standard profile, overlaid by the built-in profile of `land` and by the user's
/// profile: the user's values and the Land's are marked as such.
pub(super) fn build(
    land: Option<Bundesland>,
    user: Option<&(&Path, toml::Table)>,
) -> Result<Profile> {
    let mut base: toml::Table = toml::from_str(STANDARD).context("built-in profile")?;
    let mut land_profil = None;
    let mut land_schwellen = Vec::new();
    if let Some(l) = land {
        let text = laender::text(l).context("no built-in profile for this Land")?;
        let overlay: toml::Table = toml::from_str(text).context("built-in Land profile")?;
        land_schwellen = schwellen_keys(&overlay);
        land_profil = Some(LandProfil {
            bundesland: l,
            name: overlay
                .get("name")
                .and_then(|n| n.as_str())
                .context("built-in Land profile without a name")?
                .to_string(),
        });
        merge(&mut base, overlay);
    }
    let mut eigenes = None;
    let mut eigene_schwellen = Vec::new();
    if let Some((path, overlay)) = user {
        eigene_schwellen = schwellen_keys(overlay);
        eigenes = Some(EigenesProfil {
            datei: path.to_path_buf(),
            name: overlay
                .get("name")
                .and_then(|n| n.as_str())
                .map(str::to_string),
        });
        merge(&mut base, overlay.clone());
    }
    let mut profile: Profile = toml::Value::Table(base).try_into().with_context(|| {
        format!(
            "Profil `{}` passt nicht zum Profilformat",
            user.map(|(p, _)| p.display().to_string())
                .unwrap_or_default()
        )
    })?;
    for s in profile.schwellen.values() {
        if !s.wert.is_finite() || s.wert < 0.0 {
            bail!("Schwellenwert {} ist ungültig", s.wert);
        }
    }
    for (keys, mark) in [(land_schwellen, true), (eigene_schwellen, false)] {
        for key in keys {
            if let Some(s) = profile.schwellen.get_mut(&key) {
                if mark {
                    s.land = true;
                } else {
                    // The user's value replaces the Land's whole, source and all.
                    s.eigen = true;
                    s.land = false;
                }
            }
        }
    }
    profile.land = land_profil;
    profile.eigenes = eigenes;
    Ok(profile)
}

/// The thresholds an overlay sets.
fn schwellen_keys(overlay: &toml::Table) -> Vec<String> {
    match overlay.get("schwellen") {
        Some(toml::Value::Table(s)) => s.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Deep merge: tables merge key by key, except that a threshold or price band is replaced
/// whole (its source belongs to its value); a programme list replaces entries with the same id.
pub(super) fn merge(base: &mut toml::Table, overlay: toml::Table) {
    for (key, value) in overlay {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o))
                if key == "schwellen" || key == "preise" =>
            {
                b.extend(o);
            }
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
