//! `mep check` in CI: SARIF, JUnit and GitHub output on a plan with errors and warnings,
//! checked by real consumers (Microsoft's SARIF validator, junitparser, check-jsonschema
//! against the published report schema); several plans in one call; baselines; the cap
//! of GitHub annotations and the step summary.

use crate::common;
use crate::common::root;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Run, run, run_in};

const ERRORS_AND_WARNINGS: &str = "tests/fixtures/snapshot/bedeutung.toml";
const CLEAN: &str = "examples/musterstadt/plan.toml";

fn tool(name: &str) -> Command {
    Command::new(name)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn sarif_passes_microsofts_validator() {
    // The same plan once more, named by an absolute path with a space in it.
    let tmp = tempfile::tempdir().unwrap();
    let absolute = tmp.path().join("plan neu.toml");
    std::fs::copy(root().join(ERRORS_AND_WARNINGS), &absolute).unwrap();
    let r = run(&[
        "check",
        "--format",
        "sarif",
        ERRORS_AND_WARNINGS,
        CLEAN,
        "examples/lindenau/plan.toml",
        absolute.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let log: serde_json::Value = r.json();
    assert_eq!(log["version"], "2.1.0");
    let run0 = &log["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "mep");
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "W212" && r["help"]["text"].as_str().is_some_and(|t| !t.is_empty())));
    let results = run0["results"].as_array().unwrap();
    let e101 = results
        .iter()
        .find(|r| r["ruleId"] == "E101")
        .expect("E101 result");
    assert_eq!(e101["level"], "error");
    let region = &e101["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(51), Some(26))
    );
    assert_eq!(
        rules[e101["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "E101"
    );
    // Relative file names stay relative to the folder `mep` ran in; absolute ones become
    // `file` URIs, percent-encoded.
    let artifact =
        |r: &serde_json::Value| r["locations"][0]["physicalLocation"]["artifactLocation"].clone();
    assert_eq!(artifact(e101)["uri"], ERRORS_AND_WARNINGS);
    assert_eq!(artifact(e101)["uriBaseId"], "%SRCROOT%");
    let expected = format!(
        "file://{}/plan%20neu.toml",
        tmp.path().to_str().unwrap().replace(' ', "%20")
    );
    let at = |uri: &str| -> Vec<&serde_json::Value> {
        results
            .iter()
            .filter(|r| artifact(r)["uri"] == uri)
            .collect()
    };
    let absolute_results = at(&expected);
    assert!(!absolute_results.is_empty());
    assert_eq!(
        absolute_results.len(),
        at(ERRORS_AND_WARNINGS).len(),
        "every finding of the plan named by absolute path is at {expected}"
    );
    assert!(
        absolute_results
            .iter()
            .all(|r| artifact(r).get("uriBaseId").is_none())
    );
    // Musterstadt justifies W210 (`[[abweichungen]]`): a suppression with its reason, which
    // the validator below checks too.
    let justified = at(CLEAN)
        .into_iter()
        .find(|r| r["ruleId"] == "W210")
        .expect("the justified W210 of Musterstadt");
    assert_eq!(justified["suppressions"][0]["kind"], "inSource");
    assert!(
        justified["suppressions"][0]["justification"]
            .as_str()
            .is_some_and(|j| j.contains("Klassensätzen"))
    );
    let file = write(tmp.path(), "mep.sarif", &r.stdout);
    let out = tool("sarif-multitool-linux")
        .args(["validate", file.to_str().unwrap()])
        .output()
        .expect("Microsoft's SARIF validator (npm install -g @microsoft/sarif-multitool-linux)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        !text.contains(": error "),
        "the validator reports errors:\n{text}"
    );
    assert!(text.contains("Analysis completed successfully"), "{text}");
}

fn junit_counts(xml: &str) -> (u64, u64) {
    let tmp = tempfile::tempdir().unwrap();
    let file = write(tmp.path(), "mep.xml", xml);
    let out = tool("python3")
        .args([
            "-c",
            "import sys\nfrom junitparser import JUnitXml\nx = JUnitXml.fromfile(sys.argv[1])\nt = f = 0\nfor suite in x:\n    for case in suite:\n        t += 1\n        f += any(r._tag == 'failure' for r in case.result)\nprint(t, f)",
            file.to_str().unwrap(),
        ])
        .output()
        .expect("python3 with junitparser (pip install junitparser)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut it = text.split_whitespace().map(|n| n.parse::<u64>().unwrap());
    (it.next().unwrap(), it.next().unwrap())
}

#[test]
fn junit_parses_with_a_real_consumer() {
    let r = run(&["check", "--format", "junit", ERRORS_AND_WARNINGS, CLEAN]);
    assert_eq!(r.code, 1);
    let rules = mep::catalogue::RULES.len() as u64;
    // One test case per rule and plan (and per further file with findings); the two
    // errors of the first plan are two failing rules.
    let (tests, failures) = junit_counts(&r.stdout);
    assert_eq!(failures, 2, "{}", r.stdout);
    assert!(
        tests >= 2 * rules,
        "{tests} test cases for {rules} rules and two plans"
    );
    assert!(r.stdout.contains("<failure message=\"tests/fixtures/snapshot/bedeutung.toml:51:26: unbekannte Schule `gs-am-see`\""), "{}", r.stdout);
    // Under --strict, warnings fail too.
    let strict = run(&[
        "check",
        "--format",
        "junit",
        "--strict",
        ERRORS_AND_WARNINGS,
    ]);
    assert_eq!(junit_counts(&strict.stdout).1, 5);
}

#[test]
fn the_json_report_validates_against_its_published_schema() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, args) in [
        (
            "one.json",
            vec!["check", "--format", "json", ERRORS_AND_WARNINGS],
        ),
        (
            "many.json",
            vec!["check", "--format", "json", ERRORS_AND_WARNINGS, CLEAN],
        ),
        (
            "english.json",
            vec![
                "--lang",
                "en",
                "check",
                "--format",
                "json",
                "examples/lindenau/plan.toml",
            ],
        ),
    ] {
        let r = run(&args);
        let file = write(tmp.path(), name, &r.stdout);
        let out = tool("python3")
            .args(["-m", "check_jsonschema", "--schemafile"])
            .arg(root().join("plan-templates/mep-bericht.schema.json"))
            .arg(&file)
            .output()
            .expect("check-jsonschema (pip install check-jsonschema)");
        assert!(
            out.status.success(),
            "{name}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn several_plans_give_one_report_and_one_exit_code() {
    let r = run(&["check", CLEAN, "examples/lindenau/plan.toml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("examples/musterstadt/plan.toml: 0 Fehler, 0 Warnungen")
    );
    assert!(
        r.stdout
            .contains("examples/lindenau/plan.toml: 0 Fehler, 0 Warnungen")
    );
    let r = run(&["check", CLEAN, ERRORS_AND_WARNINGS]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("tests/fixtures/snapshot/bedeutung.toml: 2 Fehler, 3 Warnungen")
    );
}

/// A plan with twelve references to schools that do not exist: twelve errors E101.
fn many_errors(dir: &Path) -> PathBuf {
    let mut text = std::fs::read_to_string(root().join("tests/fixtures/diff/cost_1.toml")).unwrap();
    for i in 0..12 {
        text.push_str(&format!(
            "\n[[massnahmen]]\nid = \"extra-{i}\"\ntitel = \"Maßnahme {i}\"\nschulen = [\"gibt-es-nicht-{i}\"]\n"
        ));
    }
    write(dir, "plan.toml", &text)
}

#[test]
fn github_annotations_are_capped_and_summed_up() {
    let tmp = tempfile::tempdir().unwrap();
    many_errors(tmp.path());
    let summary = tmp.path().join("summary.md");
    let out = common::mep()
        .args(["check", "--format", "github", "plan.toml"])
        .current_dir(tmp.path())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("::error ")).collect();
    assert_eq!(errors.len(), 10, "{text}");
    assert!(
        errors[0].starts_with("::error file=plan.toml,line="),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].contains(",title=mep E101::unbekannte Schule `gibt-es-nicht-0`"),
        "{}",
        errors[0]
    );
    let notice = text
        .lines()
        .find(|l| l.starts_with("::notice "))
        .expect("a notice for the rest");
    assert!(notice.contains("2 weitere Befunde"), "{notice}");
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.contains("## mep check"), "{md}");
    assert!(md.contains("Fehler: 12"), "{md}");
    assert_eq!(md.matches("| error | `E101` |").count(), 12, "{md}");
    assert!(md.contains("| leitplanken |"), "{md}");
}

fn check_in(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

#[test]
fn a_baseline_hides_known_findings_but_not_new_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::copy(root().join(ERRORS_AND_WARNINGS), dir.join("plan.toml")).unwrap();
    let r = check_in(dir, &["plan.toml", "--write-baseline", "baseline.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("baseline.json")).unwrap()).unwrap();
    assert_eq!(b["findings"].as_array().unwrap().len(), 5);
    // Known findings, moved down two lines: the gate passes.
    let text = std::fs::read_to_string(dir.join("plan.toml")).unwrap();
    std::fs::write(
        dir.join("plan.toml"),
        format!("# Kommentar\n# noch einer\n{text}"),
    )
    .unwrap();
    for format in ["human", "json", "sarif", "junit", "github"] {
        let r = check_in(
            dir,
            &[
                "plan.toml",
                "--baseline",
                "baseline.json",
                "--strict",
                "--format",
                format,
            ],
        );
        assert_eq!(r.code, 0, "{format}: {}{}", r.stdout, r.stderr);
        assert!(
            r.stderr.contains("5 Befunde stehen in der Baseline"),
            "{}",
            r.stderr
        );
    }
    // A new error is reported, the known ones stay hidden.
    let text = std::fs::read_to_string(dir.join("plan.toml")).unwrap();
    std::fs::write(
        dir.join("plan.toml"),
        text.replace(
            "schulen = [\"gs-am-park\", \"gs-am-see\"]",
            "schulen = [\"gs-am-park\", \"gs-am-see\", \"gs-neu\"]",
        ),
    )
    .unwrap();
    let r = check_in(
        dir,
        &[
            "plan.toml",
            "--baseline",
            "baseline.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    let codes: Vec<String> = r.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes, vec!["unbekannte Schule `gs-neu`".to_string()]);
    // A broken baseline is unusable input.
    std::fs::write(dir.join("kaputt.json"), "{").unwrap();
    assert_eq!(
        check_in(dir, &["plan.toml", "--baseline", "kaputt.json"]).code,
        2
    );
}

#[test]
fn github_output_as_users_see_it() {
    let r = run(&["check", "--format", "github", ERRORS_AND_WARNINGS]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}
