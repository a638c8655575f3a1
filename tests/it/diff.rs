//! `mep diff` as users run it: the fixture pairs in `tests/fixtures/diff/NAME_1.toml` and
//! `NAME_2.toml` (one kind of change each), snapshots of text, Markdown and JSON, filters,
//! exit codes, the Synopse PDF, and git: `REV:path` and the diff driver in a real repository.
//!
//! Longer than 400 lines on purpose: a catalogue of short, independent diff cases.

use crate::common;
use crate::common::root;

use std::path::PathBuf;
use std::process::Command;

use common::{Run, run_in};

pub(crate) fn dir() -> PathBuf {
    common::fixtures("diff")
}

/// `mep diff NAME_1.toml NAME_2.toml ARGS…` in the fixture folder.
fn pair(name: &str, args: &[&str]) -> Run {
    let (a, b) = (format!("{name}_1.toml"), format!("{name}_2.toml"));
    let mut all = vec!["diff", a.as_str(), b.as_str()];
    all.extend_from_slice(args);
    run_in(dir(), &all)
}

/// Outputs carry the tool version; keep snapshots stable across releases.
fn stable(s: &str) -> String {
    let v = env!("CARGO_PKG_VERSION");
    s.replace(
        &format!("\"version\": \"{v}\""),
        "\"version\": \"[VERSION]\"",
    )
    .replace(&format!("mep {v}"), "mep [VERSION]")
}

#[test]
fn reordering_only_is_no_difference() {
    let r = pair("reorder", &[]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Keine Unterschiede."), "{}", r.stdout);
}

#[test]
fn a_split_plan_equals_the_same_plan_in_one_file() {
    let r = pair("split", &[]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Keine Unterschiede."), "{}", r.stdout);
    let j = pair("split", &["--to", "json"]).json();
    assert_eq!(j["summary"]["total"], 0);
    assert_eq!(j["changes"].as_array().unwrap().len(), 0);
}

#[test]
fn a_renamed_school_stays_one_school() {
    let r = pair("rename", &[]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(
            "~ schulen[gs-nord].name: „Grundschule Nord“ → „Astrid-Lindgren-Grundschule“ (umbenannt)"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("+ schulen"), "{}", r.stdout);
    assert!(!r.stdout.contains("- schulen"), "{}", r.stdout);
    insta::assert_snapshot!("rename_text", stable(&r.stdout));
}

#[test]
fn a_cost_change_shows_with_its_totals() {
    let r = pair("cost", &[]);
    assert_eq!(r.code, 1);
    let out = &r.stdout;
    assert!(
        out.contains("~ massnahmen[wlan].einzelpreis: 1.800,00 € → 2.100,00 €"),
        "{out}"
    );
    // 60 access points, half in 2027 and half in 2028: +300 € each, +9.000 € a year.
    let row_2027 = out.lines().find(|l| l.contains("│ 2027")).unwrap();
    assert!(
        row_2027.contains("54.000 €") && row_2027.contains("63.000 €"),
        "{row_2027}"
    );
    assert!(
        row_2027.contains("+9.000 €") && row_2027.contains("+16,7 %"),
        "{row_2027}"
    );
    let tco = out.lines().find(|l| l.contains("TCO")).unwrap();
    assert!(tco.contains("+18.000 €"), "{tco}");
    insta::assert_snapshot!("cost_text", stable(out));
}

#[test]
fn a_new_id_for_the_same_measure_is_no_removal() {
    let r = pair("newid", &[]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("~ massnahmen[wlan-alle-raeume]: neue Kennung wlan → wlan-alle-raeume"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("+ massnahmen"), "{}", r.stdout);
    assert!(!r.stdout.contains("- massnahmen"), "{}", r.stdout);
    let j = pair("newid", &["--to", "json"]).json();
    assert_eq!(j["summary"]["id_changed"], 1);
    assert_eq!(j["changes"][0]["old"], "wlan");
}

#[test]
fn schools_added_and_removed() {
    let r = pair("schools", &[]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("+ schulen[gs-ost] „Grundschule Ost“"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("- schulen[gs-sued] „Grundschule Süd“"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("~ massnahmen[tablets-gs].schulen: − gs-sued + gs-ost"),
        "{}",
        r.stdout
    );
    insta::assert_snapshot!("schools_text", stable(&r.stdout));
    insta::assert_snapshot!(
        "schools_json",
        stable(&pair("schools", &["--to", "json"]).stdout)
    );
}

#[test]
fn a_guardrail_decision_with_the_measures_that_follow() {
    let r = pair("guardrail", &[]);
    assert_eq!(r.code, 1);
    let out = &r.stdout;
    assert!(
        out.contains(
            "~ leitplanken.schuelergeraete.grundschule: mobile Klassensätze → 1:1 (persönliche Geräte)"
        ),
        "{out}"
    );
    assert!(
        out.contains("→ Maßnahmen zur Leitplanke „Geräte der Schülerinnen und Schüler“: Persönliche Tablets für alle Grundschulkinder (tablets-gs): geändert"),
        "{out}"
    );
    assert!(
        out.contains("~ massnahmen[tablets-gs].menge: 60 → 420"),
        "{out}"
    );
    insta::assert_snapshot!("guardrail_text", stable(out));
    let md = pair("guardrail", &["--to", "md"]);
    assert_eq!(md.code, 1);
    insta::assert_snapshot!("guardrail_md", stable(&md.stdout));
}

#[test]
fn json_lists_every_change_with_path_kind_old_and_new() {
    let j = pair("guardrail", &["--to", "json"]).json();
    assert_eq!(j["version"], 1);
    assert_eq!(j["tool"]["name"], "mep");
    assert_eq!(j["old"]["file"], "guardrail_1.toml");
    assert_eq!(j["summary"]["total"], 4);
    let changes = j["changes"].as_array().unwrap();
    let menge = changes
        .iter()
        .find(|c| c["path"] == "massnahmen[tablets-gs].menge")
        .expect("the quantity change");
    assert_eq!(menge["kind"], "changed");
    assert_eq!(menge["section"], "massnahmen");
    assert_eq!(menge["entity"], "massnahmen[tablets-gs]");
    assert_eq!(
        menge["entity_name"],
        "Persönliche Tablets für alle Grundschulkinder"
    );
    assert_eq!(
        (menge["old"].clone(), menge["new"].clone()),
        (60.into(), 420.into())
    );
    let years = j["rollups"]["costs_per_year"].as_array().unwrap();
    let y2028 = years.iter().find(|y| y["key"] == "2028").unwrap();
    assert_eq!(y2028["delta"], "162000.00");
    insta::assert_snapshot!(
        "guardrail_json",
        stable(&serde_json::to_string_pretty(&j).unwrap())
    );
}

#[test]
fn ignore_and_section_filter_the_changes_and_the_exit_code() {
    let r = pair("cost", &["--ignore", "massnahmen[*].einzelpreis"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("Keine Unterschiede."), "{}", r.stdout);
    let r = pair("guardrail", &["--section", "schulen"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = pair(
        "guardrail",
        &["--section", "massnahmen", "--ignore", "massnahmen[*].titel"],
    );
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("menge: 60 → 420"), "{}", r.stdout);
    assert!(
        !r.stdout.contains("massnahmen[tablets-gs].titel"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("leitplanken"), "{}", r.stdout);
    assert!(!r.stdout.contains("Kosten je Jahr"), "{}", r.stdout);
    let r = pair("guardrail", &["--section", "leitplanen"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`leitplanken`?"), "{}", r.stderr);
}

#[test]
fn quiet_prints_nothing_and_keeps_the_exit_code() {
    let r = pair("cost", &["--quiet"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (1, "", ""));
    let r = pair("reorder", &["-q"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn english_on_request() {
    let r = run_in(
        dir(),
        &["--lang", "en", "diff", "schools_1.toml", "schools_2.toml"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(
            "3 differences: 1 added, 1 removed, 1 changed (exit code 1: differences found)."
        ),
        "{}",
        r.stdout
    );
}

/// The Synopse is a council document: German whatever `--lang` says, with the same bytes;
/// the terminal text follows `--lang`, with English names for sections and values.
#[test]
fn the_synopse_is_german_in_any_language() {
    let md = |lang: &str| {
        run_in(
            dir(),
            &[
                "--lang",
                lang,
                "diff",
                "guardrail_1.toml",
                "guardrail_2.toml",
                "--to",
                "md",
            ],
        )
    };
    let (de, en) = (md("de"), md("en"));
    assert_eq!(en.code, 1, "{}", en.stderr);
    assert_eq!(de.stdout, en.stdout);
    assert!(
        en.stdout.contains("Pädagogische Leitplanken"),
        "{}",
        en.stdout
    );
    let text = run_in(
        dir(),
        &[
            "--lang",
            "en",
            "diff",
            "guardrail_1.toml",
            "guardrail_2.toml",
        ],
    );
    assert!(
        text.stdout.contains("Pedagogical guardrails"),
        "{}",
        text.stdout
    );
    assert!(!text.stdout.contains("Pädagogische"), "{}", text.stdout);
}

#[test]
fn unusable_input_is_exit_2_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("synopse.md");
    let o = out.to_str().unwrap();
    let r = run_in(
        dir(),
        &["diff", "cost_1.toml", "fehlt.toml", "--to", "md", "-o", o],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("fehlt.toml"), "{}", r.stderr);
    std::fs::write(tmp.path().join("kaputt.toml"), "[plan\n").unwrap();
    let bad = tmp.path().join("kaputt.toml");
    let r = run_in(
        dir(),
        &[
            "diff",
            "cost_1.toml",
            bad.to_str().unwrap(),
            "--to",
            "md",
            "-o",
            o,
        ],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("kaputt.toml:1:"), "{}", r.stderr);
    assert!(!out.exists());
    let r = run_in(dir(), &["diff", "cost_1.toml"]);
    assert_eq!(r.code, 2);
    let r = run_in(
        dir(),
        &["diff", "cost_1.toml", "cost_2.toml", "--ignore", "a{b"],
    );
    assert_eq!(r.code, 2);
}

#[test]
fn the_output_is_never_one_of_the_compared_files() {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["cost_1.toml", "cost_2.toml"] {
        std::fs::copy(dir().join(f), tmp.path().join(f)).unwrap();
    }
    let before = std::fs::read(tmp.path().join("cost_2.toml")).unwrap();
    let r = run_in(
        tmp.path(),
        &[
            "diff",
            "cost_1.toml",
            "cost_2.toml",
            "--to",
            "md",
            "-o",
            "cost_2.toml",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        std::fs::read(tmp.path().join("cost_2.toml")).unwrap(),
        before
    );
}

/// Regression: a plan PDF is not among its own (attached) files, and was overwritten.
#[test]
fn the_output_is_never_a_compared_plan_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("alt.pdf");
    std::fs::copy(root().join("examples/musterstadt/plan.pdf"), &pdf).unwrap();
    std::fs::copy(
        root().join("examples/musterstadt/plan.toml"),
        tmp.path().join("neu.toml"),
    )
    .unwrap();
    let before = std::fs::read(&pdf).unwrap();
    let r = run_in(
        tmp.path(),
        &["diff", "alt.pdf", "neu.toml", "--to", "md", "-o", "alt.pdf"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("ist eine der verglichenen Dateien"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), before);
}

#[test]
fn the_synopse_pdf_shows_old_and_new() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("synopse.pdf");
    let r = pair("guardrail", &["--to", "pdf", "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let text = Command::new("pdftotext")
        .args(["-layout", out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in [
        "SYNOPSE DER FASSUNGEN",
        "Medienentwicklungsplan Vergleichsstadt 2027–2031",
        "mobile Klassensätze",
        "1:1 (persönliche Geräte)",
        "Persönliche Tablets für alle Grundschulkinder",
        "+162.000 €",
    ] {
        assert!(text.contains(expected), "{expected} missing in:\n{text}");
    }
}

#[test]
fn findings_gone_with_their_entity_are_not_fixed() {
    let r = pair("gone", &[]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains("Entfallen mit ihrem Gegenstand (nicht behoben):"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("(entfallen mit massnahmen[tablets] „Tablets“)"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("Behobene Befunde"), "{}", r.stdout);
    let j = pair("gone", &["--to", "json"]).json();
    let rollups = &j["rollups"];
    assert_eq!(rollups["resolved_findings"], serde_json::json!([]));
    assert_eq!(rollups["gone_findings"][0]["code"], "W217");
    assert_eq!(
        rollups["gone_findings"][0]["gone_with"],
        "massnahmen[tablets] „Tablets“"
    );
    let md = pair("gone", &["--to", "md", "-o", "-"]);
    assert!(
        md.stdout
            .contains("**Entfallen mit ihrem Gegenstand (nicht behoben)**"),
        "{}",
        md.stdout
    );
}

#[test]
fn indicators_are_compared_by_their_latest_values() {
    let r = pair("indicators", &[]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let table = r.stdout.split("Indikatoren:").nth(1).unwrap_or_default();
    assert!(table.contains("63 (2021) → 93 (2023)"), "{}", r.stdout);
    assert!(table.contains("+ 2022 IST 83; 2023 IST 93"), "{}", r.stdout);
    // A target the old version did not state is open, not 0.
    assert!(table.contains("offen → 76 (2029)"), "{}", r.stdout);
    // Series points are matched by their point in time, not by position.
    assert!(
        r.stdout
            .contains("evaluation.indikatoren[glasfaser].werte[2023]"),
        "{}",
        r.stdout
    );
    let j = pair("indicators", &["--to", "json"]).json();
    let ind = &j["rollups"]["indicators"];
    assert_eq!(ind.as_array().unwrap().len(), 2, "{ind}");
    assert_eq!(ind[0]["latest_actual"]["old"]["value"], 63.0);
    assert_eq!(ind[0]["latest_actual"]["new"]["at"], "2023");
    assert_eq!(ind[0]["added_points"][1]["kind"], "ist");
    assert!(ind[1]["latest_target"]["old"].is_null(), "{ind}");
    let md = pair("indicators", &["--to", "md"]);
    assert!(
        md.stdout
            .contains("| Unterrichtsräume mit Access Point | 26 | 26 | offen | 76 (2029) |"),
        "{}",
        md.stdout
    );
}

#[test]
fn a_figure_stated_in_one_version_only_is_no_change_from_zero() {
    let d = common::fixtures("stats").join("unstated");
    let r = run_in(&d, &["diff", "fuller.toml", "minimal.toml"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // Students 200 → open, not 200 → 0; no −100 %.
    assert!(r.stdout.contains("200 → offen"), "{}", r.stdout);
    assert!(r.stdout.contains("nicht mehr angegeben"), "{}", r.stdout);
    assert!(!r.stdout.contains("−100"), "{}", r.stdout);
    let j = run_in(&d, &["diff", "--to", "json", "minimal.toml", "fuller.toml"]).json();
    let tco = &j["rollups"]["tco"];
    assert!(tco["old"].is_null(), "{tco}");
    assert_eq!(tco["new"], "17000.00");
    assert!(tco["delta"].is_null() && tco["percent"].is_null(), "{tco}");
    assert_eq!(tco["transition"], "now_stated");
    // The completeness table names sections by title beside the TOML key.
    let section = j["rollups"]["completeness"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == "leitplanken")
        .unwrap();
    assert_eq!(section["section"], "leitplanken", "{section}");
    assert_eq!(section["title"], "Pädagogische Leitplanken", "{section}");
}

#[test]
fn agreements_between_schultraeger_are_matched_by_id() {
    let r = pair("kooperation", &[]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    for line in [
        "Zusammenarbeit mit anderen Schulträgern (7)",
        "~ kooperation.ziele: + Kosteneffizienz",
        "+ kooperation.vereinbarungen[helpdesk].kostenanteil = 60",
        "~ kooperation.vereinbarungen[helpdesk].status: geplant → besteht",
        "~ kooperation.vereinbarungen[arbeitskreis].form: Arbeitskreis → Absichtserklärung",
    ] {
        assert!(r.stdout.contains(line), "{line}\n{}", r.stdout);
    }
    // Reordered agreements are no change; the fixed finding goes with the contract.
    assert!(!r.stdout.contains("entfernt"), "{}", r.stdout);
    assert!(r.stdout.contains("- Warnung[W242]"), "{}", r.stdout);
    let md = pair("kooperation", &["--to", "md", "-o", "-"]);
    assert!(
        md.stdout
            .contains("### Gemeinsamer Helpdesk (`helpdesk`) – geändert"),
        "{}",
        md.stdout
    );
}
