//! Justified deviations (`[[abweichungen]]`): Musterstadt justifies W210 for the Grundschule
//! Kirchdorf. Listed as justified, not open; in JSON, SARIF and the document's appendix; moved
//! beyond its `bis_wert`, or no longer matching, it warns again (W245).

use crate::common;

use std::path::{Path, PathBuf};

use common::{root, run, run_in};

const PLAN: &str = "examples/musterstadt/plan.toml";

/// Musterstadt's plan in a temporary folder, with one text replaced.
fn changed(dir: &Path, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(root().join(PLAN)).unwrap();
    assert!(text.contains(from), "{from} not in the plan");
    let p = dir.join("plan.toml");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    p
}

#[test]
fn a_justified_warning_is_listed_but_not_open() {
    let r = run(&["check", "--strict", PLAN]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("plan.toml: 0 Fehler, 0 Warnungen, 1 begründete Abweichung"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Begründete Abweichungen:\n  - W210 examples/musterstadt/plan.toml:188:1"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("    Zugestimmt: Schulausschuss, 11.03.2026")
    );
    // Not shown as an open warning.
    assert!(!r.stdout.contains("Warnung[W210]"), "{}", r.stdout);
    let en = run(&["--lang", "en", "check", PLAN]);
    assert!(
        en.stdout
            .contains("0 errors, 0 warnings, 1 justified deviation"),
        "{}",
        en.stdout
    );
}

#[test]
fn the_json_report_names_the_justification() {
    let r = run(&["check", "--format", "json", PLAN]);
    let report = r.json();
    assert_eq!(report["summary"]["warnings"], 0);
    assert_eq!(report["summary"]["justified"], 1);
    let w210 = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "W210")
        .expect("the justified W210 is still listed");
    let j = &w210["justification"];
    assert!(
        j["reason"]
            .as_str()
            .unwrap()
            .contains("mobilen Klassensätzen")
    );
    assert_eq!(j["agreed"], "Schulausschuss, 11.03.2026");
    assert_eq!(j["up_to"], 6.0);
    assert!((w210["value"].as_f64().unwrap() - 5.625).abs() < 1e-9);
}

#[test]
fn sarif_shows_it_as_a_suppression_and_junit_github_do_not_fail() {
    let r = run(&["check", "--format", "sarif", PLAN]);
    let log = r.json();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let w210 = results.iter().find(|r| r["ruleId"] == "W210").unwrap();
    let s = &w210["suppressions"][0];
    assert_eq!(s["kind"], "inSource");
    assert!(
        s["justification"]
            .as_str()
            .unwrap()
            .contains("(zugestimmt: Schulausschuss, 11.03.2026)")
    );
    let junit = run(&["check", "--strict", "--format", "junit", PLAN]);
    assert_eq!(junit.code, 0);
    assert!(
        junit
            .stdout
            .contains("[begründete Abweichung: Die Grundschule Kirchdorf")
    );
    assert!(!junit.stdout.contains("<failure"), "{}", junit.stdout);
    let github = run(&["check", "--format", "github", PLAN]);
    assert!(!github.stdout.contains("W210"), "{}", github.stdout);
}

#[test]
fn the_appendix_lists_it_under_justified_deviations() {
    let r = run(&["render", PLAN, "--to", "md", "-o", "-"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let appendix = r.stdout.split("## Anhang A").nth(1).unwrap();
    let appendix = appendix.split("## Anhang B").next().unwrap();
    assert!(appendix.contains("Keine offenen Befunde."), "{appendix}");
    assert!(
        appendix.contains("### Begründete Abweichungen"),
        "{appendix}"
    );
    assert!(
        appendix.contains("| `W210` |") || appendix.contains("| W210 |"),
        "{appendix}"
    );
    assert!(
        appendix.contains("(begründet bis 6) | Schulausschuss, 11.03.2026 |"),
        "{appendix}"
    );
}

#[test]
fn moved_beyond_its_justification_it_warns_again() {
    let tmp = tempfile::tempdir().unwrap();
    // Two more tablets gone: 180 students on 30 devices are 6:1 – still justified.
    changed(tmp.path(), "anzahl = 32", "anzahl = 30");
    let r = run_in(tmp.path(), &["check", "--strict", "plan.toml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    // Four more gone: 180 on 28 are 6,4:1, above `bis_wert = 6`.
    changed(tmp.path(), "anzahl = 32", "anzahl = 28");
    let r = run_in(tmp.path(), &["check", "--strict", "plan.toml"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("Warnung[W210]"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Warnung[W245]: die Abweichung von W210 für `gs-kirchdorf` ist bis 6 begründet, die Kennzahl ist jetzt 6,4: die Warnung gilt wieder"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("plan.toml: 0 Fehler, 2 Warnungen\n"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("Begründete Abweichungen"),
        "{}",
        r.stdout
    );
}

#[test]
fn no_longer_matching_it_is_reported_as_out_of_date() {
    let tmp = tempfile::tempdir().unwrap();
    changed(tmp.path(), "anzahl = 32", "anzahl = 40");
    let r = run_in(tmp.path(), &["check", "plan.toml"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("Warnung[W245]: W210 meldet für `gs-kirchdorf` nichts mehr: die begründete Abweichung ist überholt"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("plan.toml: 0 Fehler, 1 Warnung\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn explain_w210_names_abweichungen() {
    let r = run(&["explain", "W210"]);
    assert!(r.stdout.contains("[[abweichungen]]"), "{}", r.stdout);
}

#[test]
fn the_synopse_marks_a_new_justified_warning_as_justified() {
    let r = run(&[
        "diff",
        "examples/musterstadt/plan-2024.toml",
        PLAN,
        "--to",
        "md",
        "-o",
        "-",
    ]);
    assert!(
        r.stdout
            .contains("(begründete Abweichung: Die Grundschule Kirchdorf arbeitet"),
        "{}",
        r.stdout
    );
}
