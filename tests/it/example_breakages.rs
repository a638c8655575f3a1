//! The shipped example broken in realistic ways, one at a time: each break must be found
//! with its code at the line where it was made.

use crate::common;

const EXAMPLE: &str = include_str!("../../examples/musterstadt/plan.toml");

/// Where a break was made: its line, and the column of `token` in that line.
struct Broken {
    text: String,
    line: u64,
    column: u64,
}

/// Replace the only occurrence of `old` at or after `anchor` with `new`; the expected place
/// is the first occurrence of `token` within `new`.
fn break_example(anchor: &str, old: &str, new: &str, token: &str) -> Broken {
    let from = EXAMPLE
        .find(anchor)
        .unwrap_or_else(|| panic!("anchor `{anchor}` not in example"));
    let at = from
        + EXAMPLE[from..]
            .find(old)
            .unwrap_or_else(|| panic!("`{old}` not after `{anchor}`"));
    let text = format!("{}{new}{}", &EXAMPLE[..at], &EXAMPLE[at + old.len()..]);
    let pos = at + new.find(token).expect("token in replacement");
    let line = text[..pos].matches('\n').count() as u64 + 1;
    let line_start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..pos].chars().count() as u64 + 1;
    Broken { text, line, column }
}

fn findings_of(text: &str) -> (i32, Vec<(String, u64, u64)>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.toml"), text).unwrap();
    let run = common::run_in(dir.path(), &["check", "--format", "json", "plan.toml"]);
    (run.code, common::findings(&run.json()))
}

fn assert_found(b: Broken, code: &str, exit: i32) {
    let (got_exit, findings) = findings_of(&b.text);
    assert!(
        findings
            .iter()
            .any(|f| f.0 == code && f.1 == b.line && f.2 == b.column),
        "expected {code} at {}:{}, got {findings:?}",
        b.line,
        b.column
    );
    assert_eq!(got_exit, exit, "exit code for {code}");
}

#[test]
fn the_examples_themselves_are_clean_and_complete() {
    for example in [
        "examples/musterstadt/plan.toml",
        "examples/lindenau/plan.toml",
    ] {
        let run = common::run(&[
            "check",
            "--format",
            "json",
            "--strict",
            "--min-completeness",
            "95",
            example,
        ]);
        assert_eq!(run.code, 0, "{example}: {}", run.stdout);
        let report = run.json();
        assert_eq!(report["summary"]["errors"], 0, "{example}");
        assert!(
            report["completeness"]["overall"].as_u64().unwrap() >= 95,
            "{example}"
        );
    }
}

/// The second example is a split plan: a main file and one file per school, 40 schools.
#[test]
fn the_split_example_has_a_file_per_school() {
    let root = common::root().join("examples/lindenau");
    let files = std::fs::read_dir(root.join("schulen")).unwrap().count();
    let stats = common::run(&["stats", "--format", "json", "examples/lindenau/plan.toml"]).json();
    let schools = stats["schools"].as_array().unwrap().len();
    assert_eq!(files, schools);
    assert!((35..=45).contains(&schools), "{schools} schools");
}

#[test]
fn typo_in_a_key() {
    assert_found(
        break_example(
            "id = \"gs-am-park\"",
            "schueler = 280",
            "schueller = 280",
            "schueller",
        ),
        "E011",
        1,
    );
}

#[test]
fn unknown_school_in_a_measure() {
    assert_found(
        break_example(
            "id = \"netz-verkabelung\"",
            "\"gs-lindenweg\", \"gs-kirchdorf\"",
            "\"gs-lindenwg\", \"gs-kirchdorf\"",
            "\"gs-lindenwg\"",
        ),
        "E101",
        1,
    );
}

#[test]
fn funding_shares_add_up_to_90_percent() {
    let b = break_example(
        "id = \"netz-verkabelung\"",
        "{ quelle = \"eigenmittel\", anteil = 10 }",
        "{ quelle = \"eigenmittel\", anteil = 0 }",
        "{",
    );
    // The finding points at the start of the funding list, two lines above.
    let b = Broken {
        line: b.line - 2,
        column: 16,
        ..b
    };
    assert_found(b, "E112", 1);
}

#[test]
fn one_to_one_guardrail_with_a_three_to_one_hardware_target() {
    let anchor = "schulformen = [\"sekundarschule\"";
    let b = break_example(
        anchor,
        "schueler_pro_geraet = 1",
        "schueler_pro_geraet = 3",
        "3",
    );
    assert_found(b, "W201", 0);
}

#[test]
fn unknown_prerequisite() {
    assert_found(
        break_example(
            "id = \"praesentation",
            "abhaengig_von = [\"netz-verkabelung\"]",
            "abhaengig_von = [\"netz-verkabelug\"]",
            "\"netz-verkabelug\"",
        ),
        "E102",
        1,
    );
}

#[test]
fn measure_before_the_plan_period() {
    assert_found(
        break_example(
            "id = \"netz-verkabelung\"",
            "zeitraum = { von = \"2026-H1\"",
            "zeitraum = { von = \"2025-H1\"",
            "\"2025-H1\"",
        ),
        "E110",
        1,
    );
}

#[test]
fn dependency_cycle() {
    let b = break_example(
        "id = \"netz-verkabelung\"",
        "status = \"begonnen\"",
        "status = \"begonnen\"\nabhaengig_von = [\"wlan-ausbau\"]",
        "\"wlan-ausbau\"",
    );
    // A cycle has no first edge: the finding may stand at the new entry or at the one it
    // closes the circle with (`wlan-ausbau` depends on `netz-verkabelung`).
    let other = b
        .text
        .find("abhaengig_von = [\"netz-verkabelung\", \"netz-aktivkomponenten\"]")
        .unwrap();
    let other_line = b.text[..other].matches('\n').count() as u64 + 1;
    let (code, findings) = findings_of(&b.text);
    assert_eq!(code, 1);
    let cycle: Vec<_> = findings.iter().filter(|f| f.0 == "E113").collect();
    assert_eq!(cycle.len(), 1, "one finding per cycle: {findings:?}");
    assert!(
        [(b.line, b.column), (other_line, 18)].contains(&(cycle[0].1, cycle[0].2)),
        "{findings:?}"
    );
}

#[test]
fn adopted_without_a_decision() {
    let b = break_example(
        "[plan]",
        "status = \"abgestimmt\"",
        "status = \"beschlossen\"",
        "\"beschlossen\"",
    );
    let start = b.text.find("[[plan.beschluesse]]").unwrap();
    let end = start + b.text[start..].find("\n\n").unwrap();
    let text = format!("{}{}", &b.text[..start], &b.text[end..]);
    // E115 is retired: no error, but an open completeness item.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.toml"), text).unwrap();
    let run = common::run_in(dir.path(), &["check", "--format", "json", "plan.toml"]);
    let report = run.json();
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(common::findings(&report).iter().all(|f| f.0 != "E115"));
    assert!(
        report["open_items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["section"] == "plan" && o["item"] == "beschluss"),
        "{}",
        run.stdout
    );
}

#[test]
fn wlan_target_below_full_coverage() {
    assert_found(
        break_example(
            "[zielarchitektur.infrastruktur]",
            "wlan_abdeckung = 100",
            "wlan_abdeckung = 80",
            "80",
        ),
        "W203",
        0,
    );
}

#[test]
fn too_little_support_staff() {
    assert_found(
        break_example(
            "[support]",
            "personal_vzae = 13.5",
            "personal_vzae = 5",
            "5",
        ),
        "W211",
        0,
    );
}

#[test]
fn replacement_cycle_too_long() {
    assert_found(
        break_example(
            "[zielarchitektur.hardware]",
            "ersatzzyklus_jahre = 5",
            "ersatzzyklus_jahre = 8",
            "8",
        ),
        "W215",
        0,
    );
}

#[test]
fn date_written_the_german_way() {
    assert_found(
        break_example(
            "[plan]",
            "datum = 2026-02-24",
            "datum = \"24.02.2026\"",
            "\"24.02.2026\"",
        ),
        "E015",
        1,
    );
}
