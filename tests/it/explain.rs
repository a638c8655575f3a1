//! `mep explain`, SARIF rule descriptions and the findings of `mep check` give the same
//! benchmark value, the one in force: from `--profile` where it sets one, else built in.

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
