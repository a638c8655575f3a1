//! `mep stats --format json` as a machine format: valid against its published schema
//! (checked by check-jsonschema), and `null` wherever the plan leaves a figure open.

use crate::common;
use crate::common::root;

use std::process::Command;

use common::{run, run_in};

const SCHEMA: &str = "plan-templates/mep-kennzahlen.schema.json";

/// A plan without errors: one school with its figures, one that gives only its name.
const PLAN: &str = r#"formatversion = 1

[plan]
titel = "Offene Angaben"
status = "entwurf"
zeitraum = { von = 2026, bis = 2030 }

[leitplanken]
nicht_zutreffend = "Prüffall"

[zielarchitektur.software]
nicht_zutreffend = "Prüffall"

[zielarchitektur.infrastruktur]
nicht_zutreffend = "Prüffall"

[zielarchitektur.hardware]
nicht_zutreffend = "Prüffall"

[support]
nicht_zutreffend = "Prüffall"

[governance]
nicht_zutreffend = "Prüffall"

[evaluation]
nicht_zutreffend = "Prüffall"

[[schulen]]
id = "voll"
name = "Schule mit Zahlen"
schulform = "grundschule"
schueler = 200
lehrkraefte = 16
klassen = 8

[schulen.ist]
breitband_down_mbit = 400

[[schulen.ist.geraete]]
gruppe = "schueler"
typ = "tablet"
anzahl = 40

[[schulen]]
id = "offen"
name = "Schule ohne Zahlen"
schulform = "grundschule"

[[massnahmen]]
id = "m"
titel = "M"
zeitraum = { von = 2027, bis = 2027 }
investition = 1000
laufende_kosten_jaehrlich = 100
"#;

/// `mep stats --format json` of `text`, which must succeed.
fn stats_of(text: &str) -> (serde_json::Value, String) {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = run_in(d.path(), &["stats", "--format", "json", "plan.toml"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    (r.json(), r.stdout)
}

/// Whether check-jsonschema accepts `json` against the published schema.
fn validates(dir: &std::path::Path, name: &str, json: &str) -> Result<(), String> {
    let file = dir.join(name);
    std::fs::write(&file, json).unwrap();
    let out = Command::new("python3")
        .args(["-m", "check_jsonschema", "--schemafile"])
        .arg(root().join(SCHEMA))
        .arg(&file)
        .output()
        .expect("check-jsonschema (pip install check-jsonschema)");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{name}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

#[test]
fn stats_json_validates_against_its_published_schema() {
    let tmp = tempfile::tempdir().unwrap();
    for plan in [
        "examples/musterstadt/plan.toml",
        "examples/lindenau/plan.toml",
        "tests/fixtures/stats/plan.toml",
    ] {
        let r = run(&["stats", "--format", "json", plan]);
        assert_eq!(r.code, 0, "{plan}: {}", r.stderr);
        validates(tmp.path(), "stats.json", &r.stdout).unwrap();
    }
    let (_, open) = stats_of(PLAN);
    validates(tmp.path(), "open.json", &open).unwrap();
    let (_, no_period) = stats_of(&PLAN.replace("zeitraum = { von = 2026, bis = 2030 }\n", ""));
    validates(tmp.path(), "no-period.json", &no_period).unwrap();
    // The schema can fail: money as a JSON number is not what the format promises.
    let wrong = open.replacen("\"investment\": \"1000.00\"", "\"investment\": 1000", 1);
    assert_ne!(wrong, open);
    assert!(validates(tmp.path(), "wrong.json", &wrong).is_err());
}

#[test]
fn stats_json_says_null_for_what_the_plan_leaves_open() {
    let (k, _) = stats_of(PLAN);
    assert_eq!(k["version"], 1);
    let (voll, offen, total) = (&k["schools"][0], &k["schools"][1], &k["total"]);
    assert_eq!(voll["students"], 200);
    assert_eq!(voll["student_devices"], 40);
    assert_eq!(voll["students_per_device"], 5.0);
    // Teacher devices are not listed: unknown, not none.
    assert!(voll["teacher_devices"].is_null(), "{voll}");
    for key in [
        "students",
        "teachers",
        "classes",
        "student_devices",
        "bandwidth_mbit",
    ] {
        assert!(offen[key].is_null(), "{key}: {offen}");
        assert!(total[key].is_null(), "{key}: {total}");
    }
    assert_eq!(total["schools"], 2);
    // A ratio over a sum with a gap would be wrong: none, while the bandwidth ratios count
    // the schools that give both figures.
    assert!(total["students_per_device"].is_null(), "{total}");
    assert_eq!(total["bandwidth_mbit_per_class"], 50.0);
    assert_eq!(total["bandwidth_kbit_per_student"], 2000.0);
    assert!(k["support"]["devices"].is_null());
    assert!(k["costs"]["tco_per_student"].is_null());
    assert_eq!(k["costs"]["tco"], "1100.00");

    // Without a period only the investment is known.
    let (k, _) = stats_of(&PLAN.replace("zeitraum = { von = 2026, bis = 2030 }\n", ""));
    let c = &k["costs"];
    assert!(c["period"].is_null());
    assert_eq!(c["investment"], "1000.00");
    for key in [
        "running",
        "follow_up",
        "replacement",
        "tco",
        "outside_funding",
        "own_share",
        "stock_replacement_need",
    ] {
        assert!(c[key].is_null(), "{key}: {c}");
    }
    assert!(k["schools"][0]["costs"].is_null());
}
