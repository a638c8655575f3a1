//! The command line as a user meets it: exit codes, languages, formats, includes, stdin,
//! `schema`, `explain`, `stats` with figures checked by hand.
//!
//! Slightly over 400 lines: independent cases, one per behaviour of the command line.
//!
//! Longer than 400 lines on purpose: a catalogue of short, independent command-line cases.

use crate::common;

use std::io::Write;
use std::process::Stdio;

use common::{mep, run, run_in};

fn fixture(rel: &str) -> String {
    format!("tests/fixtures/{rel}")
}

/// The committed copy at `file` equals what the model generates and what `mep ARGS` prints.
fn assert_committed(file: &str, generated: String, args: &[&str]) -> String {
    let committed = std::fs::read_to_string(common::root().join(file)).unwrap();
    assert!(
        committed == generated,
        "{file} is out of date: run `cargo run -- {} > {file}`",
        args.join(" ")
    );
    let r = run(args);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, committed);
    committed
}

#[test]
fn committed_schema_matches_the_model() {
    assert_committed(
        mep::schema::SCHEMA_FILE,
        mep::schema::plan_schema_text(),
        &["schema"],
    );
}

#[test]
fn committed_report_schema_matches_the_report() {
    assert_committed(
        mep::schema::REPORT_SCHEMA_FILE,
        mep::print::json::report_schema_text(),
        &["schema", "--report"],
    );
}

#[test]
fn committed_stats_schema_matches_the_figures() {
    assert_committed(
        mep::schema::STATS_SCHEMA_FILE,
        mep::stats::json::schema_text(),
        &["schema", "--stats"],
    );
}

#[test]
fn committed_fragment_schema_matches_the_model() {
    let committed = assert_committed(
        mep::schema::FRAGMENT_SCHEMA_FILE,
        mep::schema::fragment_schema_text(),
        &["schema", "--fragment"],
    );
    let fragment: serde_json::Value = serde_json::from_str(&committed).unwrap();
    assert!(fragment.get("required").is_none());
    assert_eq!(
        fragment["properties"],
        mep::schema::plan_schema()["properties"]
    );
}

#[test]
fn schema_documents_every_field() {
    let schema: serde_json::Value = serde_json::from_str(&mep::schema::plan_schema_text()).unwrap();
    let mut missing = Vec::new();
    for (name, def) in schema["definitions"].as_object().unwrap() {
        for (field, spec) in def["properties"].as_object().into_iter().flatten() {
            if spec.get("description").is_none() {
                missing.push(format!("{name}.{field}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "fields without a doc comment: {missing:?}"
    );
}

#[test]
fn help_documents_exit_codes() {
    let r = run(&["check", "--help"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Exit-Codes") && r.stdout.contains("2  Aufruf falsch"),
        "{}",
        r.stdout
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check"]).code, 2);
    assert_eq!(run(&["gibt-es-nicht"]).code, 2);
    assert_eq!(
        run(&["check", "--min-completeness", "101", "x.toml"]).code,
        2
    );
}

#[test]
fn warnings_fail_only_under_strict() {
    let plan = fixture("rules/W215/invalid.toml");
    assert_eq!(run(&["check", &plan]).code, 0);
    assert_eq!(run(&["check", "--strict", &plan]).code, 1);
}

#[test]
fn min_completeness_gates_the_exit_code() {
    let plan = fixture("rules/W215/valid.toml");
    let report = run(&["check", "--format", "json", &plan]).json();
    let overall = report["completeness"]["overall"].as_u64().unwrap();
    assert!(overall < 100);
    assert_eq!(
        run(&["check", "--min-completeness", &overall.to_string(), &plan]).code,
        0
    );
    let r = run(&[
        "check",
        "--min-completeness",
        &(overall + 1).to_string(),
        &plan,
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("unter dem Mindestwert"), "{}", r.stdout);
}

#[test]
fn json_report_has_the_documented_shape() {
    let report = run(&[
        "check",
        "--format",
        "json",
        &fixture("snapshot/bedeutung.toml"),
    ])
    .json();
    assert_eq!(report["version"], 1);
    for f in report["findings"].as_array().unwrap() {
        for key in [
            "code", "severity", "message", "file", "line", "column", "hint",
        ] {
            assert!(f.get(key).is_some(), "finding without `{key}`: {f}");
        }
        assert!(["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
    }
    let c = &report["completeness"];
    assert!(c["overall"].as_u64().unwrap() <= 100);
    for section in [
        "plan",
        "schulen",
        "leitplanken",
        "software",
        "infrastruktur",
        "hardware",
        "support",
        "governance",
        "fortbildung",
        "datenschutz",
        "massnahmen",
        "finanzierung",
        "evaluation",
    ] {
        assert!(
            c[section].is_u64(),
            "completeness has no figure for {section}"
        );
    }
}

#[test]
fn several_plans_give_an_array_and_the_worst_exit_code() {
    let r = run(&[
        "check",
        "--format",
        "json",
        &fixture("rules/W215/valid.toml"),
        &fixture("rules/E112/invalid.toml"),
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json().as_array().unwrap().len(), 2);
    let r = run(&[
        "check",
        &fixture("rules/W215/valid.toml"),
        &fixture("rules/E001/invalid.toml"),
    ]);
    assert_eq!(r.code, 2);
}

#[test]
fn language_from_flag_and_environment_with_the_same_codes() {
    let plan = fixture("snapshot/struktur.toml");
    let de = run(&["check", "--format", "json", &plan]).json();
    let en = run(&["check", "--format", "json", "--lang", "en", &plan]).json();
    let env = mep()
        .args(["check", "--format", "json", &plan])
        .env("MEP_LANG", "en")
        .current_dir(common::root())
        .output()
        .unwrap();
    let env: serde_json::Value = serde_json::from_slice(&env.stdout).unwrap();
    assert!(
        de["findings"][1]["message"]
            .as_str()
            .unwrap()
            .contains("unbekannter Schlüssel")
    );
    assert!(
        en["findings"][1]["message"]
            .as_str()
            .unwrap()
            .contains("unknown key")
    );
    assert_eq!(en["findings"], env["findings"]);
    assert_eq!(common::findings(&de), common::findings(&en));
}

/// `--help` follows `--lang` (and `MEP_LANG`), like the messages; German stays the default.
#[test]
fn help_follows_the_language() {
    let de = run(&["check", "--help"]);
    assert_eq!(de.code, 0);
    assert!(
        de.stdout.contains("Ausgabeformat") && de.stdout.contains("Aufruf:"),
        "{}",
        de.stdout
    );
    for en in [
        run(&["--lang", "en", "check", "--help"]),
        run(&["check", "-h", "--lang=en"]),
    ] {
        assert_eq!(en.code, 0);
        assert!(en.stdout.contains("Output format"), "{}", en.stdout);
        assert!(en.stdout.contains("Usage: mep check"), "{}", en.stdout);
        assert!(en.stdout.contains("--baseline <FILE>"), "{}", en.stdout);
        for german in [
            "Ausgabeformat",
            "Aufruf:",
            "Optionen",
            "DATEI",
            "Plandateien",
        ] {
            assert!(
                !en.stdout.contains(german),
                "{german} in English help:\n{}",
                en.stdout
            );
        }
    }
    let env = mep()
        .args(["diff", "--help"])
        .env("MEP_LANG", "en")
        .output()
        .unwrap();
    let env = String::from_utf8(env.stdout).unwrap();
    assert!(
        env.contains("Usage: mep diff [OPTIONS] <OLD> <NEW>"),
        "{env}"
    );
    let wrong = run(&["--lang", "en", "diff", "--bogus"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stderr.contains("<OLD> <NEW>"), "{}", wrong.stderr);
}

#[test]
fn plan_from_standard_input() {
    let text = std::fs::read(common::root().join(fixture("rules/E112/invalid.toml"))).unwrap();
    let mut child = mep()
        .args(["check", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["findings"][0]["file"], "<stdin>");
    assert_eq!(report["findings"][0]["code"], "E112");
}

#[test]
fn included_files_are_merged_and_located() {
    let r = run(&["check", "--format", "json", &fixture("include/plan.toml")]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let report = r.json();
    let f = &report["findings"][0];
    assert_eq!(f["code"], "W221");
    assert!(
        f["file"]
            .as_str()
            .unwrap()
            .ends_with("schulen/gs-sued.toml"),
        "{f}"
    );
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(7), Some(31))
    );
}

#[test]
fn explain_cites_benchmark_and_source() {
    let r = run(&["explain", "W210"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Richtwert (schueler_pro_geraet_max): 5"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Medienberatung NRW"), "{}", r.stdout);
    let en = run(&["--lang", "en", "explain", "w211"]);
    assert!(
        en.stdout.contains("benchmark (geraete_pro_vzae_max): 400"),
        "{}",
        en.stdout
    );
    let r = run(&["explain", "E116"]);
    assert!(
        r.stdout.contains("digitalpakt-2019") && r.stdout.contains("digitalpakt-2"),
        "{}",
        r.stdout
    );
    assert_eq!(run(&["explain", "X999"]).code, 2);
    let list = run(&["explain", "--list"]);
    assert_eq!(list.stdout.lines().count(), mep::catalogue::RULES.len());
    let checklist = run(&["explain", "--checklist"]).stdout;
    assert!(checklist.contains("[evaluation]"));
    // Every item is followed by its source.
    assert!(
        checklist.contains("Quelle: Handreichung, „Vereinbarungen zu Service und Support“"),
        "{checklist}"
    );
    assert_eq!(
        checklist.matches("Quelle: ").count(),
        mep::completeness::checklist::CHECKLIST.len()
    );
    let h = run(&["explain", "--handreichung"]);
    assert_eq!(h.code, 0);
    assert!(
        h.stdout.contains("| Gesamt |") && !h.stdout.contains("| H-001 |"),
        "{}",
        h.stdout
    );
    let en = run(&["--lang", "en", "explain", "--checklist"]).stdout;
    assert!(en.contains("source: DSGVO Art. 28"), "{en}");
}

#[test]
fn a_land_profile_changes_the_benchmark() {
    // A plan without `bundesland`: only `--profile` brings the Land's targets.
    let plan = fixture("rules/W213/invalid-profil.toml");
    let std = run(&["check", "--format", "json", &plan]).json();
    assert!(!common::findings(&std).iter().any(|f| f.0 == "W213"));
    let sn = run(&[
        "check",
        "--format",
        "json",
        "--profile",
        "examples/profil-sachsen.toml",
        &plan,
    ])
    .json();
    assert!(common::findings(&sn).iter().any(|f| f.0 == "W213"));
    let r = run(&[
        "explain",
        "--profile",
        "examples/profil-sachsen.toml",
        "W213",
    ]);
    assert!(r.stdout.contains("SMK Sachsen"), "{}", r.stdout);
    let bad = run(&["check", "--profile", "gibt-es-nicht.toml", &plan]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("Profil"), "{}", bad.stderr);
}

#[test]
fn stats_figures_match_a_hand_calculation() {
    let r = run(&["stats", "--format", "json", &fixture("stats/plan.toml")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let k = r.json();
    assert_eq!(k["version"], 1);
    // 200 students on 40 tablets; target 4:1 gives 50 devices.
    assert_eq!(k["schools"][0]["students_per_device"], 5.0);
    assert_eq!(k["schools"][0]["student_devices_target"], 50);
    assert_eq!(k["school_types"][0]["school_type"], "grundschule");
    // 200 + 1000 Mbit/s for 40 classes; targets 50·8 + 100·32 over 40 classes.
    assert_eq!(k["total"]["bandwidth_mbit_per_class"], 30.0);
    assert_eq!(k["total"]["bandwidth_mbit_per_class_target"], 90.0);
    // WLAN: 5 of 10 rooms plus 40 of 40 rooms.
    assert_eq!(k["total"]["wlan_coverage_percent"], 90.0);
    // 850 target devices on 2.5 FTE.
    assert_eq!(k["support"]["devices_per_fte_target"], 340.0);
    let c = &k["costs"];
    assert_eq!(c["period"]["first_year"], 2026);
    // 640 tablets at 400 € in 2026; 50 access points at 1800 € over 2027–2028.
    assert_eq!(c["per_year"][0]["investment"], "256000.00");
    assert_eq!(c["per_year"][1]["investment"], "45000.00");
    // 12,800 € a year from 2027 to 2030; tablets replaced in 2030 after 4 years, and the
    // 40 tablets in stock from 2022 in 2026 at the profile's usual 800 €;
    // 10,000 € of support staff in 2027 and 2028.
    assert_eq!(c["follow_up"], "51200.00");
    assert_eq!(c["stock_replacement_need"], "32000.00");
    assert_eq!(c["replacement"], "288000.00");
    assert_eq!(c["running"], "20000.00");
    assert_eq!(c["per_year"][1]["running"], "10000.00");
    assert_eq!(c["tco"], "705200.00");
    // DigitalPakt pays 90 % of the tablets and half of the support staff.
    assert_eq!(c["outside_funding"], "240400.00");
    assert_eq!(c["own_share"], "464800.00");
    assert_eq!(c["per_source"][0]["planned"], "240400.00");
    assert_eq!(c["per_domain"][0]["domain"], "hardware");
}

#[test]
fn stats_table_is_german_by_default() {
    let r = run(&["stats", &fixture("stats/plan.toml")]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Summe (TCO)") && r.stdout.contains("705.200 €"),
        "{}",
        r.stdout
    );
}

#[test]
fn stats_of_a_plan_with_errors_are_provisional() {
    let r = run(&["stats", &fixture("rules/E112/invalid.toml")]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("E112"), "{}", r.stderr);
    assert!(
        r.stdout.starts_with("vorläufig – der Plan hat"),
        "{}",
        r.stdout
    );
}

#[test]
fn check_never_writes_files() {
    let d = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::root().join(fixture("snapshot/bedeutung.toml")),
        d.path().join("plan.toml"),
    )
    .unwrap();
    let before = std::fs::read(d.path().join("plan.toml")).unwrap();
    run_in(d.path(), &["check", "plan.toml"]);
    run_in(d.path(), &["stats", "plan.toml"]);
    let entries: Vec<_> = std::fs::read_dir(d.path()).unwrap().collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(std::fs::read(d.path().join("plan.toml")).unwrap(), before);
}
