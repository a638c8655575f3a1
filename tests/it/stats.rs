//! `mep stats --format json` as a machine format: valid against its published schema
//! (checked by check-jsonschema), and `null` wherever the plan leaves a figure open.
//!
//! Longer than 400 lines on purpose: the figures of `mep stats` and the scan for unstated zeros
//! that other modules reuse.

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
        "examples/rheine/plan.toml",
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

/// Sections of the completeness table: their percentage is computed by mep from what the
/// plan gives, so a 0 % there is a stated figure, not a missing one.
const COMPLETENESS_SECTIONS: [&str; 14] = [
    "Angaben zum Plan",
    "Schulen",
    "Zielbild",
    "Pädagogische Leitplanken",
    "Software und Inhalte",
    "Infrastruktur und zentrale Dienste",
    "Hardware",
    "Service und Support",
    "Zusammenarbeit und Steuerung",
    "Fortbildung",
    "Datenschutz und IT-Sicherheit",
    "Maßnahmen",
    "Finanzierung",
    "Evaluation und Fortschreibung",
];

/// Every zero figure in `text` (`0`, `0,0`, `0.00`, `−0`, as in `0 €`, `0 %`, `0,00 €`),
/// with the words around it; the completeness score of a section is mep's own figure.
pub(crate) fn zeros_in(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for s in COMPLETENESS_SECTIONS {
        for sep in [" ", " | ", " ┆ ", " │ "] {
            text = text.replace(&format!("{s}{sep}0 %"), s);
        }
    }
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || "|┆│".contains(c))
        .filter(|t| !t.is_empty())
        .collect();
    let is_zero = |t: &str| {
        let t = t.trim_matches(|c: char| "()[]:;,.„“\"".contains(c));
        let t = t.trim_start_matches(['+', '-', '−']);
        let mut parts = t.splitn(2, [',', '.']);
        parts.next() == Some("0") && parts.next().is_none_or(|d| d.chars().all(|c| c == '0'))
    };
    // "0 von 12" / "0 of 12" counts what the plan gives (schools, measures): mep's own figure.
    let coverage = |i: usize| tokens.get(i + 1).is_some_and(|n| *n == "von" || *n == "of");
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| is_zero(t) && !coverage(*i))
        .map(|(i, _)| tokens[i.saturating_sub(6)..(i + 3).min(tokens.len())].join(" "))
        .collect()
}

/// Every 0 in a JSON document (numbers, and money as `"0.00"`), by path.
fn zeros_in_json(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    use serde_json::Value;
    match v {
        Value::Number(n) if n.as_f64() == Some(0.0) => out.push(format!("{path} = {n}")),
        Value::String(s) if s.trim_start_matches('-') == "0.00" => {
            out.push(format!("{path} = {s:?}"))
        }
        Value::Object(m) => {
            for (k, v) in m {
                zeros_in_json(v, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                zeros_in_json(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_scan_for_zeros_finds_them() {
    let found = zeros_in("| Investitionen | 0 € |\nS./Gerät 0,0 und 0.00 sowie (−0 %)");
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found[0].starts_with("Investitionen 0 €"), "{found:?}");
    assert!(zeros_in("Fortbildung | 0 % | 2030 10 0,5 mep 0.1.0 (2 von 10 Schulen)").is_empty());
    assert!(zeros_in("Maßnahmen mit Kosten: 0 von 1").is_empty());
    let mut out = Vec::new();
    zeros_in_json(
        &serde_json::json!({"a": [0.0, 1], "b": "0.00", "c": 7}),
        "",
        &mut out,
    );
    assert_eq!(out, vec![".a[0] = 0.0", ".b = \"0.00\""]);
}

/// A plan with every optional field left out states no figure: nothing mep shows of it,
/// nor of a diff against a version that states some, is a 0.
#[test]
fn no_unstated_zero_anywhere() {
    let dir = root().join("tests/fixtures/stats/unstated");
    let tmp = tempfile::tempdir().unwrap();
    let mut found: Vec<String> = Vec::new();
    let mut text = |what: &str, args: &[&str]| {
        let r = run_in(&dir, args);
        // `mep diff` exits 1 when the versions differ.
        let code = if args[0] == "diff" { 1 } else { 0 };
        assert_eq!(r.code, code, "{what}: {}{}", r.stdout, r.stderr);
        // JSON is scanned by its structure below.
        let json = args.contains(&"json");
        for z in zeros_in(&r.stdout).into_iter().filter(|_| !json) {
            found.push(format!("{what}: {z}"));
        }
        r
    };
    text("stats", &["stats", "minimal.toml"]);
    text(
        "stats --lang en",
        &["stats", "--lang", "en", "minimal.toml"],
    );
    text(
        "render md",
        &["render", "--to", "md", "-o", "-", "minimal.toml"],
    );
    text("diff", &["diff", "minimal.toml", "fuller.toml"]);
    text("diff back", &["diff", "fuller.toml", "minimal.toml"]);
    text(
        "diff md",
        &["diff", "--to", "md", "minimal.toml", "fuller.toml"],
    );
    let stats = text("stats json", &["stats", "--format", "json", "minimal.toml"]);
    let diff = text(
        "diff json",
        &["diff", "--to", "json", "minimal.toml", "fuller.toml"],
    );
    let pdf = tmp.path().join("plan.pdf");
    let r = run_in(
        &dir,
        &["render", "-o", pdf.to_str().unwrap(), "minimal.toml"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    for z in zeros_in(&common::pdf_text(&pdf)) {
        found.push(format!("render pdf: {z}"));
    }
    let mut json = Vec::new();
    zeros_in_json(&stats.json(), "stats", &mut json);
    zeros_in_json(&diff.json(), "diff", &mut json);
    // Counts mep makes itself are stated figures: errors, changes, schools that give a sum,
    // completeness; and the plan's own values in the changes are as written.
    let own = [
        "stats.errors",
        "known_schools",
        "costed_measures",
        "diff.summary.",
        "diff.rollups.completeness.",
        "diff.changes[",
    ];
    found.extend(
        json.into_iter()
            .filter(|z| !own.iter().any(|o| z.contains(o))),
    );
    assert!(found.is_empty(), "unstated zeros:\n{}", found.join("\n"));
}

/// `mep stats ARGS… plan.toml` of `text`, whatever its exit code.
fn stats_run(text: &str, args: &[&str]) -> common::Run {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("plan.toml"), text).unwrap();
    let mut all = vec!["stats"];
    all.extend_from_slice(args);
    all.push("plan.toml");
    run_in(d.path(), &all)
}

#[test]
fn a_sum_over_some_schools_says_how_many() {
    // One school gives 200 students, one gives none, and a group of five gives 900.
    let plan = format!(
        "{PLAN}\n[[schulen]]\nid = \"gruppe\"\nname = \"Grundschulen im Norden\"\nschulform = \"grundschule\"\nanzahl_schulen = 5\nschueler = 900\n"
    );
    let (k, _) = stats_of(&plan);
    let total = &k["total"];
    assert_eq!(total["schools"], 7, "{total}");
    assert!(total["students"].is_null(), "{total}");
    assert_eq!(
        total["coverage"]["students"],
        serde_json::json!({"known_schools": 6, "schools": 7, "partial_sum": 1100.0})
    );
    assert_eq!(
        total["coverage"]["teachers"],
        serde_json::json!({"known_schools": 1, "schools": 7, "partial_sum": 16.0})
    );
    assert!(total["coverage"]["classes"]["partial_sum"].is_number());
    assert_eq!(k["school_types"][0]["schools"], 7);
    let de = stats_run(&plan, &[]);
    assert!(
        de.stdout.contains("mind. 1.100 (6 von 7 Schulen)"),
        "{}",
        de.stdout
    );
    let en = stats_run(&plan, &["--lang", "en"]);
    assert!(
        en.stdout.contains("at least 1,100 (6 of 7 schools)"),
        "{}",
        en.stdout
    );
    let md = {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("plan.toml"), &plan).unwrap();
        run_in(d.path(), &["render", "--to", "md", "-o", "-", "plan.toml"])
    };
    assert!(
        md.stdout
            .contains("| Schülerinnen und Schüler | mind. 1.100 (6 von 7 Schulen) |"),
        "{}",
        md.stdout
    );
    assert!(md.stdout.contains("| Schulen | 7 |"), "{}", md.stdout);
}

#[test]
fn figures_despite_errors_are_provisional() {
    // A measure for a school the plan does not have: a meaning error, not a structure one.
    let plan = PLAN.replace(
        "titel = \"M\"\n",
        "titel = \"M\"\nschulen = [\"gibt-es-nicht\"]\n",
    );
    assert_ne!(plan, PLAN);
    let check = stats_run(&plan, &["--format", "json"]);
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    let k = check.json();
    assert_eq!(k["provisional"], true);
    let errors = k["errors"].as_u64().unwrap();
    assert!(errors >= 1, "{k}");
    assert_eq!(k["schools"][0]["students"], 200);
    assert!(check.stderr.contains("gibt-es-nicht"), "{}", check.stderr);
    let table = stats_run(&plan, &[]);
    assert_eq!(table.code, 1);
    assert!(
        table
            .stdout
            .starts_with(&format!("vorläufig – der Plan hat {errors} Fehler")),
        "{}",
        table.stdout
    );
    let en = stats_run(&plan, &["--lang", "en"]);
    assert!(
        en.stdout.starts_with("provisional – the plan has"),
        "{}",
        en.stdout
    );
    // A plan without errors is not provisional.
    let (k, _) = stats_of(PLAN);
    assert_eq!(
        (k["provisional"].clone(), k["errors"].clone()),
        (false.into(), 0.into())
    );
    // Unusable structure still stops it.
    let broken = stats_run("formatversion = 1\n[plan\n", &[]);
    assert_eq!(broken.code, 2, "{}", broken.stderr);
    assert!(broken.stdout.is_empty());
}
