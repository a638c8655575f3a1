//! The Rheine example: a real Schulträger's plan re-expressed only from public council
//! documents. It is partial (no pupil numbers), aggregated (school groups), historical
//! (decisions since 2017, an extended period, a measure carried over from the MEP 2010) and
//! money-first; it must check without errors and show no figure its sources don't state.

use crate::common::{self, run};
use crate::stats::zeros_in;

const PLAN: &str = "examples/rheine/plan.toml";

#[test]
fn the_real_plan_checks_without_errors() {
    let r = run(&["check", "--format", "json", PLAN]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let j = r.json();
    assert_eq!(j["summary"]["errors"], 0, "{j}");
    // The sources give no replacement cycle, and name no Runder Tisch with the schools (the
    // Lenkungsgruppe is the administration's own steering group): honest warnings, the only ones.
    let codes: Vec<&str> = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["W215", "W218"], "{j}");
}

#[test]
fn its_summary_states_no_figure_the_sources_do_not() {
    let r = run(&["render", "--to", "md", "-o", "-", PLAN]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let summary = r
        .stdout
        .split("## Zusammenfassung")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .unwrap();
    // 23 schools: 14 + 3 + 2 in groups and four single schools, as the sources count them.
    assert!(summary.contains("| Schulen | 23 |"), "{summary}");
    // Pupils and teachers are open, never 0.
    assert!(
        summary.contains("| Schülerinnen und Schüler | – |"),
        "{summary}"
    );
    // Only the three 2018 lines of Vorlage 049/18 are costed: a lower bound, said as such.
    assert!(
        summary.contains("mind. 1.000.000 € (3 von 14 Maßnahmen beziffert)"),
        "{summary}"
    );
    let zeros: Vec<String> = zeros_in(summary)
        .into_iter()
        // The completeness score is mep's own figure.
        .filter(|z| !z.contains("Vollständigkeit"))
        .collect();
    assert!(zeros.is_empty(), "{zeros:?}");
}

#[test]
fn its_history_is_shown() {
    let r = run(&["render", "--to", "md", "-o", "-", PLAN]);
    let md = &r.stdout;
    assert!(md.contains("2018–2021, verlängert bis 2023"), "cover");
    assert!(
        md.contains("übernommen aus MEP 2010"),
        "carried-over measure"
    );
    let decisions = md.split("Beschlüsse zum Plan").last().unwrap();
    assert!(decisions.contains("| Beschluss | Schulausschuss | 06.09.2017 | 257/17 |"));
    assert!(decisions.contains("| Kenntnisnahme | Schulausschuss | Januar 2021 | 008/21 |"));
    let pdf = tempfile::tempdir().unwrap();
    let out = pdf.path().join("rheine.pdf");
    let r = run(&["render", PLAN, "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = common::pdf_text(&out);
    assert!(text.contains("verlängert bis 2023"), "{text}");
}

#[test]
fn its_gap_is_stated_in_the_words_of_its_sources() {
    // The sources name no amount: the document says so, and says what they say.
    let r = run(&["render", "--to", "md", "-o", "-", PLAN]);
    let gap = r
        .stdout
        .split("Deckungslücke\n")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .unwrap();
    assert!(gap.contains("ihre Deckung ist offen"), "{gap}");
    assert!(
        gap.contains("wird der zeitliche Ablauf an die verfügbaren Mittel angepasst"),
        "{gap}"
    );
    assert!(gap.contains("Einen Betrag für die Lücke nennen die Quellen nicht."));
}
