//! The built-in Land profiles (one TOML file each in `laender/`), chosen by the plan's
//! `schultraeger.bundesland`, and their listing for `mep explain --profiles`.

use std::fmt::Write as _;

use super::Profile;
use crate::i18n::Lang;
use crate::model::plan::Bundesland;

/// The Länder with a built-in profile: only those whose targets a public source names.
pub const LAENDER: &[(Bundesland, &str)] = &[
    (Bundesland::BW, include_str!("laender/bw.toml")),
    (Bundesland::NW, include_str!("laender/nw.toml")),
    (Bundesland::SN, include_str!("laender/sn.toml")),
];

/// The built-in profile text of `land`, if it has one.
pub fn text(land: Bundesland) -> Option<&'static str> {
    LAENDER.iter().find(|(l, _)| *l == land).map(|(_, t)| *t)
}

/// Every built-in Land profile with each value it sets and its source, then the Länder
/// without one. Sources are citations and stay German.
pub fn liste(lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.pick(
            "Eingebaute Landesprofile: gelten für Pläne mit `bundesland` in `[plan.schultraeger]` und ergänzen das Standardprofil; `--profile DATEI` gilt zusätzlich darüber.",
            "Built-in Land profiles: apply to plans with `bundesland` in `[plan.schultraeger]` and overlay the standard profile; `--profile FILE` applies on top."
        )
    );
    let profile = Profile::standard_mit_laendern();
    for v in &profile.varianten {
        let Some(land) = &v.land else { continue };
        let name = crate::labels::land(land.bundesland.kuerzel())
            .map(|n| lang.pick(n.de, n.en))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "\n{} ({}): {}",
            land.bundesland.kuerzel(),
            name,
            land.name
        );
        for (key, s) in v.schwellen.iter().filter(|(_, s)| s.land) {
            let _ = writeln!(out, "  {key} = {}", s.zahl(lang));
            let _ = writeln!(out, "    {}: {}", lang.pick("Quelle", "source"), s.quelle);
        }
    }
    let ohne: Vec<&str> = Bundesland::ALLE
        .iter()
        .filter(|b| text(**b).is_none())
        .map(|b| b.kuerzel())
        .collect();
    let _ = writeln!(
        out,
        "\n{}: {}",
        lang.pick(
            "Ohne Landesprofil (keine belegten Landeswerte; es gilt das Standardprofil)",
            "Without a Land profile (no sourced Land figures; the standard profile applies)"
        ),
        ohne.join(", ")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_land_profile_reads_and_cites_each_value() {
        let p = Profile::standard_mit_laendern();
        assert_eq!(p.varianten.len(), LAENDER.len());
        for v in &p.varianten {
            let land = v.land.as_ref().unwrap();
            assert!(!land.name.is_empty());
            let eigene: Vec<_> = v.schwellen.values().filter(|s| s.land).collect();
            assert!(!eigene.is_empty(), "{} sets no value", land.name);
            for s in eigene {
                assert!(s.quelle.len() > 10, "{}: {}", land.name, s.quelle);
            }
        }
    }

    #[test]
    fn a_plan_of_a_land_without_profile_gets_the_standard_profile() {
        let p = Profile::standard_mit_laendern();
        assert!(p.fuer(Some(Bundesland::HE)).ist_standard());
        assert!(p.fuer(None).ist_standard());
        let sn = p.fuer(Some(Bundesland::SN));
        assert_eq!(sn.nennung(Lang::De), "Sachsen (SMK 2018)");
        let ziel = sn
            .schwelle("breitband_ziel_grundschule_mbit_pro_klasse")
            .unwrap();
        assert_eq!(ziel.wert, 50.0);
        assert!(
            sn.zitat(ziel)
                .get(Lang::De)
                .starts_with("Richtwert 50 aus Profil „Sachsen (SMK 2018)“: SMK Sachsen 2018")
        );
        assert!(
            sn.herkunft(ziel, Lang::En)
                .starts_with("built-in Land profile")
        );
        // Values the Land does not set keep the standard's source.
        let std = sn.schwelle("geraete_pro_vzae_max").unwrap();
        assert!(!std.land);
        assert!(
            sn.herkunft(std, Lang::De)
                .starts_with("eingebautes Standardprofil")
        );
    }

    #[test]
    fn the_listing_names_each_land_profile_and_the_lands_without() {
        let de = liste(Lang::De);
        assert!(de.contains("SN (Sachsen): Sachsen (SMK 2018)"), "{de}");
        assert!(
            de.contains("breitband_ziel_weiterfuehrend_mbit_pro_klasse = 100"),
            "{de}"
        );
        assert!(de.contains("Ohne Landesprofil"), "{de}");
        assert!(de.contains("HE"), "{de}");
        assert!(liste(Lang::En).contains("SN (Saxony)"));
    }
}
