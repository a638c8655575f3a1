//! The shipped example's two versions: the Fortschreibung of Musterstadt shows what changed,
//! its committed Synopse is current, and a rendered PDF compares equal to its plan.

use crate::common::{self, root};

const ALT: &str = "examples/musterstadt/plan-2024.toml";
const NEU: &str = "examples/musterstadt/plan.toml";

#[test]
fn the_fortschreibung_of_the_example_shows_what_changed() {
    let r = common::run(&["diff", ALT, NEU]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let out = &r.stdout;
    for expected in [
        // student figures updated
        "~ schulen[gs-am-park].schueler:",
        // a school merged into another
        "- schulen[gs-bergfeld] „Grundschule Bergfeld“",
        "~ schulen[gs-am-muehlbach].schueler:",
        // a measure completed
        "~ massnahmen[mdm-einfuehrung].status: geplant → abgeschlossen",
        // a measure postponed
        "~ massnahmen[tablets-1zu1-tranche-3].zeitraum.von:",
        // a measure added
        "+ massnahmen[wartungsvertrag]",
        // a guardrail decision changed, with the measures that follow from it
        "~ leitplanken.schulbuecher.entscheidung: vornehmlich analog → vornehmlich digital",
        "→ Maßnahmen zur Leitplanke „Schulbücher“:",
        // budgets shifted
        "finanzierung.quellen[",
        "Die Laufzeiten unterscheiden sich (bisher 2024–2028, neu 2026–2030)",
    ] {
        assert!(out.contains(expected), "`{expected}` missing in:\n{out}");
    }
}

#[test]
fn the_committed_synopse_of_the_example_is_current() {
    let md = common::run(&["diff", ALT, NEU, "--to", "md"]);
    assert_eq!(md.code, 1, "{}", md.stderr);
    let committed =
        std::fs::read_to_string(root().join("examples/musterstadt/synopse-2024-2026.md"))
            .expect("committed Synopse");
    assert!(
        md.stdout == committed,
        "examples/musterstadt/synopse-2024-2026.md is out of date; regenerate with\n  \
         cargo run -- diff {ALT} {NEU} --to md -o examples/musterstadt/synopse-2024-2026.md"
    );
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("synopse.pdf");
    let r = common::run(&["diff", ALT, NEU, "--to", "pdf", "-o", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        std::fs::read(&pdf).unwrap()
            == std::fs::read(root().join("examples/musterstadt/synopse-2024-2026.pdf")).unwrap(),
        "examples/musterstadt/synopse-2024-2026.pdf is out of date; regenerate with\n  \
         cargo run -- diff {ALT} {NEU} --to pdf -o examples/musterstadt/synopse-2024-2026.pdf"
    );
}

#[test]
fn a_rendered_pdf_compares_equal_to_its_plan() {
    let r = common::run(&[
        "diff",
        "examples/lindenau/plan.pdf",
        "examples/lindenau/plan.toml",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
}
