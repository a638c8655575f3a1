//! `mep explain`, SARIF rule descriptions and the findings of `mep check` give the same
//! benchmark value, the one in force: from `--profile` where it sets one, else from the
//! built-in profile of the plan's Land (`bundesland`), else from the standard profile.

use crate::common;

use std::path::{Path, PathBuf};

use common::run;
use mep::profile::Profile;

/// A Land profile in a temporary folder that sets one threshold.
fn land_profile(dir: &Path, key: &str, wert: u32) -> PathBuf {
    let path = dir.join("land.toml");
    std::fs::write(
        &path,
        format!(
            "name = \"Land X\"\n[schwellen.{key}]\nwert = {wert}\nquelle = \"Erlass X 2026\"\n"
        ),
    )
    .unwrap();
    path
}

fn fixture(path: &str) -> String {
    common::fixtures("rules").join(path).display().to_string()
}

/// Messages of the findings with `code` in a JSON report.
fn messages(report: &serde_json::Value, code: &str) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect()
}

/// `(key, value)` of every benchmark line of `mep explain`.
fn benchmarks(explain: &str) -> Vec<(String, String)> {
    explain
        .lines()
        .filter_map(|l| l.strip_prefix("Richtwert ("))
        .filter_map(|l| l.split_once("): "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn explain_without_profile_gives_the_built_in_values() {
    let standard = Profile::standard();
    let wert = standard.schwelle("schueler_pro_geraet_max").unwrap();
    let r = run(&["explain", "W210"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let n = wert.zahl(mep::i18n::Lang::De);
    assert!(
        r.stdout.contains(&format!("Mehr als {n} Schülerinnen")),
        "{}",
        r.stdout
    );
    assert_eq!(
        benchmarks(&r.stdout),
        [("schueler_pro_geraet_max".to_string(), n)]
    );
    assert!(r.stdout.contains(&wert.quelle), "{}", r.stdout);
    assert!(
        r.stdout.contains("Profil: eingebautes Standardprofil\n"),
        "{}",
        r.stdout
    );
    // Land targets exist only in Land profiles: the text names their keys.
    let r = run(&["explain", "W213"]);
    assert!(
        r.stdout
            .contains("mindestens `breitband_ziel_grundschule_mbit_pro_klasse` Mbit/s"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("im aktiven Profil nicht gesetzt"),
        "{}",
        r.stdout
    );
}

#[test]
fn explain_and_finding_agree_with_a_profile_that_changes_a_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let profile = land_profile(dir.path(), "schueler_pro_geraet_max", 3);
    let profile = profile.to_str().unwrap();
    let built_in = run(&["explain", "W210"]).stdout;
    let r = run(&["explain", "W210", "--profile", profile]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_ne!(r.stdout, built_in);
    assert!(r.stdout.contains("Mehr als 3 Schülerinnen"), "{}", r.stdout);
    assert_eq!(
        benchmarks(&r.stdout),
        [("schueler_pro_geraet_max".to_string(), "3".to_string())]
    );
    assert!(r.stdout.contains("Quelle: Erlass X 2026"), "{}", r.stdout);
    assert!(r.stdout.contains("Profil: „Land X“ (`"), "{}", r.stdout);
    let report = run(&[
        "check",
        "--format",
        "json",
        "--profile",
        profile,
        &fixture("W210/invalid.toml"),
    ])
    .json();
    let found = messages(&report, "W210");
    assert!(!found.is_empty());
    for m in found {
        assert!(
            m.contains("Richtwert 3 aus Profil „Land X“: Erlass X 2026"),
            "{m}"
        );
    }
    // A threshold the profile leaves alone stays built in, and says so.
    let r = run(&["explain", "W211", "--profile", profile]);
    assert!(
        r.stdout.contains("eingebautes Standardprofil (`"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("setzt diesen Wert nicht"), "{}", r.stdout);
}

#[test]
fn explain_and_finding_agree_with_the_saxony_profile() {
    let sachsen = common::root().join("examples/profil-sachsen.toml");
    let sachsen = sachsen.to_str().unwrap();
    let r = run(&["explain", "W213", "--profile", sachsen]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let values = benchmarks(&r.stdout);
    assert_eq!(values.len(), 2, "{}", r.stdout);
    let profile = Profile::load(Some(Path::new(sachsen))).unwrap();
    for (key, value) in &values {
        let s = profile.schwelle(key).unwrap();
        assert_eq!(value, &s.zahl(mep::i18n::Lang::De));
        // The explanation writes the same values as its benchmark lines.
        assert!(
            r.stdout.contains(&format!("mindestens {value} Mbit/s"))
                || r.stdout.contains(&format!("und {value} Mbit/s")),
            "{}",
            r.stdout
        );
    }
    let report = run(&[
        "check",
        "--format",
        "json",
        "--profile",
        sachsen,
        &fixture("W213/invalid.toml"),
    ])
    .json();
    let found = messages(&report, "W213");
    assert!(!found.is_empty());
    for m in found {
        let cited = m
            .split("Richtwert ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or_else(|| panic!("no benchmark in {m}"));
        assert!(values.iter().any(|(_, v)| v == cited), "{m} vs {values:?}");
        assert!(m.contains("aus Profil „Sachsen (SMK 2018)“"), "{m}");
    }
}

#[test]
fn sarif_rule_descriptions_use_the_profile_of_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let profile = land_profile(dir.path(), "schueler_pro_geraet_max", 3);
    let plan = fixture("W210/invalid.toml");
    let description = |args: &[&str]| {
        let sarif = run(args).json();
        let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .clone();
        let w210 = rules.into_iter().find(|r| r["id"] == "W210").unwrap();
        w210["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let standard = Profile::standard()
        .schwelle("schueler_pro_geraet_max")
        .unwrap()
        .zahl(mep::i18n::Lang::De);
    let built_in = description(&["check", "--format", "sarif", &plan]);
    assert!(
        built_in.starts_with(&format!("Mehr als {standard} ")),
        "{built_in}"
    );
    let own = description(&[
        "check",
        "--format",
        "sarif",
        "--profile",
        profile.to_str().unwrap(),
        &plan,
    ]);
    assert!(own.starts_with("Mehr als 3 "), "{own}");
}

#[test]
fn a_saxon_plan_is_checked_against_saxonys_targets_without_profile() {
    let sachsen = Profile::standard_mit_laendern();
    let sachsen = sachsen.fuer(Some(mep::model::plan::Bundesland::SN));
    let ziel = sachsen
        .schwelle("breitband_ziel_weiterfuehrend_mbit_pro_klasse")
        .unwrap();
    let report = run(&["check", "--format", "json", &fixture("W213/invalid.toml")]).json();
    let found = messages(&report, "W213");
    assert_eq!(found.len(), 1, "{report}");
    assert!(
        found[0].contains(&format!(
            "Richtwert {} aus Profil „Sachsen (SMK 2018)“: {}",
            ziel.zahl(mep::i18n::Lang::De),
            ziel.quelle
        )),
        "{}",
        found[0]
    );
    // The report names the profile in force.
    let r = run(&["check", &fixture("W213/invalid.toml")]);
    assert!(
        r.stdout.starts_with("Profil: Sachsen (SMK 2018)\n"),
        "{}",
        r.stdout
    );
    let r = run(&["--lang", "en", "check", &fixture("W213/invalid.toml")]);
    assert!(
        r.stdout.starts_with("Profile: Sachsen (SMK 2018)\n"),
        "{}",
        r.stdout
    );
    // The same targets without `bundesland`, or in a Land without a profile: standard profile,
    // no Land target, no profile line.
    for name in ["W213/valid-ohne-land.toml", "W213/valid-anderes-land.toml"] {
        let r = run(&["check", &fixture(name)]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(!r.stdout.contains("[W213]"), "{name}: {}", r.stdout);
        assert!(!r.stdout.contains("Profil:"), "{name}: {}", r.stdout);
    }
}

#[test]
fn an_own_profile_overlays_the_land_profile() {
    let plan = fixture("W213/valid-eigenes-profil.toml");
    let eigenes = fixture("W213/profil-eigenes-ziel.toml");
    let ohne = run(&["check", "--format", "json", &plan]).json();
    assert_eq!(messages(&ohne, "W213").len(), 1, "{ohne}");
    let r = run(&["check", "--profile", &eigenes, &plan]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("[W213]"), "{}", r.stdout);
    assert!(
        r.stdout
            .starts_with("Profil: Sachsen (SMK 2018) + „Prüfprofil Gemeinde Prüfdorf“\n"),
        "{}",
        r.stdout
    );
    // The Land's other target still applies and is cited from the Land profile.
    let profile = Profile::load(Some(Path::new(&eigenes))).unwrap();
    let profile = profile.fuer(Some(mep::model::plan::Bundesland::SN));
    let gs = profile
        .schwelle("breitband_ziel_grundschule_mbit_pro_klasse")
        .unwrap();
    assert!(gs.land && !gs.eigen);
    let ws = profile
        .schwelle("breitband_ziel_weiterfuehrend_mbit_pro_klasse")
        .unwrap();
    assert!(ws.eigen && !ws.land && ws.wert == 60.0);
}

#[test]
fn explain_profiles_lists_every_built_in_land_profile_with_its_sources() {
    let profile = Profile::standard_mit_laendern();
    for lang in ["de", "en"] {
        let r = run(&["--lang", lang, "explain", "--profiles"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        for (land, _) in mep::profile::laender::LAENDER {
            let p = profile.fuer(Some(*land));
            let name = &p.land.as_ref().unwrap().name;
            assert!(
                r.stdout.contains(&format!("): {name}")),
                "{lang}: {name}\n{}",
                r.stdout
            );
            for (key, s) in p.schwellen.iter().filter(|(_, s)| s.land) {
                assert!(r.stdout.contains(&format!("{key} = ")), "{}", r.stdout);
                assert!(r.stdout.contains(&s.quelle), "{}", r.stdout);
            }
        }
    }
    let de = run(&["explain", "--profiles"]).stdout;
    let ohne = de
        .lines()
        .find(|l| l.starts_with("Ohne Landesprofil"))
        .unwrap_or_else(|| panic!("{de}"));
    assert!(ohne.contains("HE") && !ohne.contains("SN"), "{ohne}");
}
