//! `mep render --dokument supportvereinbarung`: the agreement a Schulleitung signs, checked
//! as it would be used: its Markdown for one Musterstadt school, the PDF's parties and
//! signature block (on one page), the plan attached to a PDF/A-3b, open values shown as open,
//! default file names, and clear usage errors for `--schule`.

use std::fs;
use std::path::Path;
use std::process::Command;

use lopdf::{Document, Object};

use crate::common::{self, pdf_text, run, run_in};

const PLAN: &str = "tests/fixtures/vereinbarung/plan.toml";

fn render(args: &[&str]) -> common::Run {
    let mut all = vec!["render", PLAN, "--dokument", "supportvereinbarung"];
    all.extend_from_slice(args);
    run(&all)
}

#[test]
fn the_markdown_for_one_musterstadt_school() {
    let r = run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--dokument",
        "supportvereinbarung",
        "--schule",
        "gs-am-park",
        "--to",
        "md",
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

/// Text of one page of a PDF, whitespace collapsed.
fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_pdf_names_the_parties_and_ends_with_a_signature_block_on_one_page() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("sv.pdf");
    let r = render(&["--schule", "gs-lindenweg", "-o", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&pdf);
    for want in [
        "Vereinbarung über Service und Support",
        "Gemeinde Prüfstetten – im Folgenden „Schulträger“ –",
        "Grundschule Lindenweg",
        "Schulnummer 123456",
        "vertreten durch die Schulleitung: Rektorin Maria Muster",
        "Zweckverband Schul-IT Prüfland",
        "§ 1 Gegenstand und Grundlage",
        "Beschluss: Rat der Gemeinde Prüfstetten, 19.03.2026, Vorlage V/2026/017",
        "§ 3 Leistungen",
        "Einrichtung neuer Geräte",
        "mind. 200 h",
        "wöchentlich, Donnerstag 14:00–15:00 Uhr, online und telefonisch",
        "1,5 Stunden je Woche",
        "Runder Tisch Schul-IT Prüfstetten",
        "01.08.2026",
        "Für den Schulträger",
        "Für die Schule",
    ] {
        assert!(text.contains(want), "{want:?} missing in:\n{text}");
    }
    assert!(
        !text.contains("Grundschule Am Bach"),
        "only the school asked for"
    );
    // The signature block is the end of the agreement and is never split over two pages.
    let pages = Document::load(&pdf).expect("lopdf").get_pages().len();
    let last = page_text(&pdf, pages);
    for want in [
        "Unterschriften",
        "Für den Schulträger",
        "Gemeinde Prüfstetten",
        "Ort, Datum",
        "Unterschrift",
        "Rektorin Maria Muster Name, Funktion",
    ] {
        assert!(
            last.contains(want),
            "{want:?} not on the last page:\n{last}"
        );
    }
    assert_eq!(last.matches("Ort, Datum").count(), 2, "{last}");

    // The plan is attached: the agreement is a plan again for `mep check`.
    let pdf = pdf.to_str().unwrap();
    let from_pdf = run(&["check", "--format", "json", pdf]).json();
    let from_toml = run(&["check", "--format", "json", PLAN]).json();
    assert_eq!(from_pdf["summary"], from_toml["summary"]);
    assert_eq!(from_pdf["completeness"], from_toml["completeness"]);

    // PDF/A-3b like the plan's document, the plan file associated as its source.
    let doc = Document::load(pdf).expect("lopdf");
    let catalog = doc.catalog().expect("catalog");
    let af = catalog
        .get_deref(b"AF", &doc)
        .and_then(Object::as_array)
        .expect("/AF array");
    assert_eq!(af.len(), 1);
    let xmp = catalog
        .get_deref(b"Metadata", &doc)
        .and_then(Object::as_stream)
        .and_then(|s| s.get_plain_content())
        .expect("XMP metadata");
    let xmp = String::from_utf8_lossy(&xmp);
    assert!(xmp.contains("<pdfaid:part>3</pdfaid:part>"), "{xmp}");
    assert!(
        xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{xmp}"
    );
    assert!(xmp.contains("Grundschule Lindenweg"), "title: {xmp}");
}

#[test]
fn without_schule_one_agreement_per_school_and_open_values_stay_open() {
    let r = render(&["--to", "md", "-o", "-"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = r.stdout;
    assert_eq!(
        md.matches("# Vereinbarung über Service und Support")
            .count(),
        2
    );
    let bach = &md[md.find("**Grundschule Am Bach**").expect("second school")..];
    // The plan names neither school number, Schulleitung nor IT-beauftragte for this school.
    assert!(bach.contains("Grundschule, Schulnummer –"), "{bach}");
    assert!(
        bach.contains("vertreten durch die Schulleitung: –"),
        "{bach}"
    );
    assert!(
        bach.contains("**IT-beauftragte Lehrkraft der Schule:** –"),
        "{bach}"
    );
    // The hours come from the school's level-1 entry, the same for every school.
    assert!(
        bach.contains("**Zeitbudget für den 1st-Level-Support der Schule:** 1,5 Stunden je Woche"),
        "{bach}"
    );
}

#[test]
fn the_context_is_the_agreements_as_json() {
    let r = render(&["--to", "json", "-o", "-", "--schule", "gs-am-bach"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ctx = r.json();
    let v = &ctx["vereinbarungen"];
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["schule"]["id"], "gs-am-bach");
    assert_eq!(v[0]["schule"]["schulleitung"], "–");
    assert_eq!(v[0]["eskalation"][0]["format"], "Schul-IT-Arbeitstreffen");
    assert_eq!(v[0]["unterschriften"][1]["person"], serde_json::Value::Null);
}

#[test]
fn the_default_output_lies_beside_the_plan_and_is_named_for_the_school() {
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(common::root().join(PLAN), tmp.path().join("plan.toml")).unwrap();
    let r = run_in(
        tmp.path(),
        &[
            "render",
            "plan.toml",
            "--dokument",
            "supportvereinbarung",
            "--schule",
            "gs-am-bach",
            "--to",
            "md",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        tmp.path()
            .join("supportvereinbarung-gs-am-bach.md")
            .is_file()
    );
    let r = run_in(
        tmp.path(),
        &[
            "render",
            "plan.toml",
            "--dokument",
            "supportvereinbarung",
            "--to",
            "typ",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let typ = fs::read_to_string(tmp.path().join("supportvereinbarung.typ")).unwrap();
    assert!(!typ.contains("sys.inputs"), "self-contained typst source");
    assert!(!tmp.path().join("plan.md").exists());
}

#[test]
fn schule_errors_are_usage_errors_naming_the_known_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("x.md");
    let out = out.to_str().unwrap();
    // `--schule` belongs to the support agreement.
    let r = run(&["render", PLAN, "--schule", "gs-lindenweg", "-o", out]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("--dokument supportvereinbarung"),
        "{}",
        r.stderr
    );
    // An unknown id names the known ones, in either language.
    let r = render(&["--schule", "gs-gibts-nicht", "--to", "md", "-o", out]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("keine Schule `gs-gibts-nicht`")
            && r.stderr.contains("`gs-lindenweg`, `gs-am-bach`"),
        "{}",
        r.stderr
    );
    let r = run(&[
        "--lang",
        "en",
        "render",
        PLAN,
        "--dokument",
        "supportvereinbarung",
        "--schule",
        "x",
        "-o",
        out,
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("known ids: `gs-lindenweg`"),
        "{}",
        r.stderr
    );
    assert!(!Path::new(out).exists(), "nothing written");
}

#[test]
fn own_templates_replace_the_agreement_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("supportvereinbarung.md"),
        "Eigene: {% for v in vereinbarungen %}{{ v.schule.name }};{% endfor %}",
    )
    .unwrap();
    let r = render(&[
        "--templates",
        tmp.path().to_str().unwrap(),
        "--to",
        "md",
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "Eigene: Grundschule Lindenweg;Grundschule Am Bach;\n"
    );
}

#[test]
fn the_committed_agreement_of_the_example_is_current() {
    // `examples/musterstadt/supportvereinbarung-gs-am-park.{md,pdf}` show the document to a
    // visitor; they must be what `mep render` makes of the plan today.
    let tmp = tempfile::tempdir().unwrap();
    for ext in ["md", "pdf"] {
        let out = tmp.path().join(format!("v.{ext}"));
        let r = common::run(&[
            "render",
            "examples/musterstadt/plan.toml",
            "--dokument",
            "supportvereinbarung",
            "--schule",
            "gs-am-park",
            "--to",
            ext,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{ext}: {}", r.stderr);
        let committed = common::root().join(format!(
            "examples/musterstadt/supportvereinbarung-gs-am-park.{ext}"
        ));
        assert!(
            std::fs::read(&committed).ok() == Some(std::fs::read(&out).unwrap()),
            "{} is stale: run `cargo run -- render examples/musterstadt/plan.toml --dokument supportvereinbarung --schule gs-am-park --to {ext}`",
            committed.display()
        );
    }
}
