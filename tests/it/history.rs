//! A plan with a history (issue items 5 and 11): several decisions, some only with a month
//! or without a date; a period extended by a year; a measure carried over from the previous
//! plan; a coat of arms on the cover. Fixture: `tests/fixtures/history/`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{self, run_in};

fn dir() -> PathBuf {
    common::fixtures("history")
}

/// The fixture in a temporary folder, with `edit` applied to the plan.
fn copy(edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["plan.toml", "wappen.svg"] {
        fs::copy(dir().join(f), tmp.path().join(f)).unwrap();
    }
    let plan = tmp.path().join("plan.toml");
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(&plan, edit(text)).unwrap();
    (tmp, plan)
}

/// The Markdown lines from the one starting with `from` up to (without) the next heading
/// or rule.
fn section(md: &str, from: &str) -> String {
    let start = md
        .find(from)
        .unwrap_or_else(|| panic!("{from} missing:\n{md}"));
    let rest = &md[start + from.len()..];
    let end = [rest.find("\n#"), rest.find("\n---\n")]
        .into_iter()
        .flatten()
        .min()
        .map_or(rest.len(), |e| e + 1);
    format!("{from}{}", &rest[..end])
}

#[test]
fn history_is_no_error() {
    let r = run_in(dir(), &["check", "--format", "json", "plan.toml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let report = r.json();
    assert_eq!(common::findings(&report), Vec::<(String, u64, u64)>::new());
    // The Teilbeschluss has neither body nor date: an open point, not an error.
    let open = report["open_items"].as_array().unwrap();
    let beschluss = open
        .iter()
        .find(|o| o["section"] == "plan" && o["item"] == "beschluss")
        .expect("open item for the undocumented decision");
    assert_eq!(beschluss["missing"], serde_json::json!(["beschluesse[#4]"]));
    assert!(
        beschluss["label"]
            .as_str()
            .unwrap()
            .contains("Gremium und Datum")
    );
}

#[test]
fn without_the_extension_the_last_measure_is_outside() {
    let (tmp, plan) = copy(|t| t.replace(", verlaengert_bis = 2031", ""));
    let r = run_in(
        tmp.path(),
        &["check", "--format", "json", plan.to_str().unwrap()],
    );
    let codes: Vec<String> = common::findings(&r.json())
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(codes, ["E110"], "{}", r.stdout);
    // Without `uebernommen_aus` the carried-over measure starts too early as well.
    let (tmp, plan) = copy(|t| t.replace("uebernommen_aus = \"MEP 2021–2025\"\n", ""));
    let r = run_in(
        tmp.path(),
        &["check", "--format", "json", plan.to_str().unwrap()],
    );
    let findings = common::findings(&r.json());
    assert_eq!(findings.len(), 1, "{}", r.stdout);
    assert_eq!(findings[0].0, "E110");
}

#[test]
fn the_markdown_shows_cover_decisions_and_carried_over_measures() {
    let r = run_in(dir(), &["render", "plan.toml", "--to", "md", "-o", "-"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = &r.stdout;
    let cover = &md[..md.find("## Inhalt").unwrap()];
    insta::assert_snapshot!("history_cover_md", cover);
    insta::assert_snapshot!(
        "history_decisions_md",
        section(md, "## Anhang C: Beschlüsse zum Plan")
    );
    assert!(
        md.contains("| 2024 – 2027 (übernommen aus MEP 2021–2025) |"),
        "{md}"
    );
    assert!(md.contains("| Herkunft | übernommen aus MEP 2021–2025 |"));
}

#[test]
fn the_pdf_cover_shows_the_coat_of_arms_and_the_extension() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("plan.pdf");
    let r = run_in(dir(), &["render", "plan.toml", "-o", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = common::pdf_text(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in [
        "2026–2030, verlängert bis 2031",
        "Verlängerung",
        "Juni 2029",
        "Anhang: Beschlüsse zum Plan",
        "November 2025",
        "übernommen aus MEP 2021–2025",
    ] {
        assert!(flat.contains(s), "{s} missing:\n{flat}");
    }
    // The cover shows the latest adopting decision: the extension of June 2029.
    let cover = &flat[..flat.find("Inhaltsverzeichnis").unwrap()];
    assert!(
        cover.contains("Verlängerung") && cover.contains("Juni 2029"),
        "{cover}"
    );
    // The shield is drawn: the PDF holds more vector graphics than without it.
    let (tmp2, plan) = copy(|t| t.replace("wappen = \"wappen.svg\"\n", ""));
    let ohne = tmp2.path().join("ohne.pdf");
    let r = run_in(
        tmp2.path(),
        &[
            "render",
            plan.to_str().unwrap(),
            "-o",
            ohne.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_ne!(
        fs::read(&pdf).unwrap().len(),
        fs::read(&ohne).unwrap().len()
    );
}

#[test]
fn the_typst_source_carries_the_svg_and_a_pdf_plan_needs_no_file_beside_it() {
    let r = run_in(dir(), &["render", "plan.toml", "--to", "typ", "-o", "-"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Kein echtes Wappen"),
        "the SVG is embedded"
    );
    // A PDF moved away from the coat of arms still reads as a plan without findings.
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("plan.pdf");
    let r = run_in(dir(), &["render", "plan.toml", "-o", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run_in(tmp.path(), &["check", "--format", "json", "plan.pdf"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(common::findings(&r.json()).is_empty(), "{}", r.stdout);
}

#[test]
fn a_missing_coat_of_arms_is_located_and_rendering_stops() {
    let (tmp, plan) = copy(|t| t);
    fs::remove_file(tmp.path().join("wappen.svg")).unwrap();
    let r = run_in(
        tmp.path(),
        &["check", "--format", "json", plan.to_str().unwrap()],
    );
    assert_eq!(r.code, 1);
    let f = common::findings(&r.json());
    assert_eq!(f, [("E018".to_string(), 9, 10)], "{}", r.stdout);
    let r = run_in(tmp.path(), &["render", plan.to_str().unwrap(), "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(Path::new(&tmp.path().join("plan.pdf")).is_file());
}

#[test]
fn the_diff_shows_the_extension_as_a_change() {
    let (tmp, neu) = copy(|t| t.replace("verlaengert_bis = 2031", "verlaengert_bis = 2032"));
    let alt = dir().join("plan.toml");
    let r = run_in(
        tmp.path(),
        &[
            "diff",
            alt.to_str().unwrap(),
            neu.to_str().unwrap(),
            "--color",
            "never",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("plan.zeitraum.verlaengert_bis: 2031 → 2032"),
        "{}",
        r.stdout
    );
}

#[test]
fn explain_says_what_replaced_e115() {
    let r = common::run(&["explain", "E115"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("entfallen"), "{}", r.stdout);
    assert!(r.stdout.contains("Gremium und Datum"), "{}", r.stdout);
}
