//! `mep render --templates DIR`: the user's own templates, whole or in parts. A folder
//! replaces the built-in files it has by name (`plan.typ`, `kapitel/kosten.typ`) and gets
//! the built-in rest; errors name the user's file, line and column.

use crate::common;
use crate::common::pdf_text;
use crate::common::root;

use std::fs;
use std::path::Path;

use common::run;

/// Render the first example with the templates in `own`, as `format`, to `out`.
fn render_with(own: &Path, format: &str, out: &str) -> common::Run {
    run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--templates",
        own.to_str().unwrap(),
        "--to",
        format,
        "-o",
        out,
    ])
}

#[test]
fn errors_in_own_templates_have_file_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let own = tmp.path().join("vorlagen");
    fs::create_dir(&own).unwrap();
    fs::write(
        own.join("plan.typ"),
        "#let mep = json(bytes(sys.inputs.mep))\n= Titel\n#let x = (\n",
    )
    .unwrap();
    fs::write(
        own.join("plan.md"),
        "# {{ meta.titel }}\n\n{{ meta.gibt_es_nicht }}\n",
    )
    .unwrap();
    let out = tmp.path().join("x");
    let r = render_with(&own, "pdf", out.to_str().unwrap());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("plan.typ:3:"), "{}", r.stderr);
    let r = render_with(&own, "md", "-");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("plan.md:3:"), "{}", r.stderr);
}

#[test]
fn own_typst_templates_cannot_read_outside_the_plan_or_import_packages() {
    let tmp = tempfile::tempdir().unwrap();
    let own = tmp.path().join("vorlagen");
    fs::create_dir(&own).unwrap();
    for (source, what) in [
        ("#read(\"/etc/passwd\")", "absolute path"),
        (
            "#read(\"../../../../../../etc/passwd\")",
            "relative path out",
        ),
        ("#image(\"/etc/hostname\")", "image"),
        ("#import \"@preview/cetz:0.3.0\"", "package"),
    ] {
        fs::write(
            own.join("plan.typ"),
            format!("#let mep = json(bytes(sys.inputs.mep))\n{source}\n"),
        )
        .unwrap();
        let out = tmp.path().join("x.pdf");
        let r = render_with(&own, "pdf", out.to_str().unwrap());
        assert_eq!(r.code, 2, "{what}: {}", r.stderr);
        assert!(!out.exists(), "{what}");
        assert!(r.stderr.contains("plan.typ:2:"), "{what}: {}", r.stderr);
    }
}

/// A template folder holding `files` (name, text), subfolders created as needed.
fn own_folder(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let own = tmp.path().join("vorlagen");
    for (name, text) in files {
        let path = own.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    (tmp, own)
}

#[test]
fn one_chapter_can_be_replaced_and_the_rest_stays_built_in() {
    let (tmp, own) = own_folder(&[(
        "kapitel/kosten.typ",
        "#import \"/daten.typ\": meta\n= Kosten\nEigene Kostenseite für #meta.schultraeger.\n",
    )]);
    let out = tmp.path().join("plan.pdf");
    let r = render_with(&own, "pdf", out.to_str().unwrap());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out);
    assert!(
        text.contains("Eigene Kostenseite für Stadt Musterstadt"),
        "{text}"
    );
    // The built-in chapters before and after it are still there, the built-in one is not.
    for heading in [
        "10 Finanzierung",
        "11 Kosten",
        "12 Evaluation und Fortschreibung",
    ] {
        assert!(text.contains(heading), "{heading}: {text}");
    }
    assert!(!text.contains("Kosten je Jahr nach Bereich"), "{text}");

    // `--to typ` writes the replaced chapter into its one file as well.
    let r = render_with(&own, "typ", "-");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("Eigene Kostenseite für #meta.schultraeger.")
    );
}

#[test]
fn errors_in_a_replaced_chapter_name_its_file_line_and_column() {
    let (tmp, own) = own_folder(&[("kapitel/kosten.typ", "= Kosten\n\nSumme: #(1 + \"x\")\n")]);
    let out = tmp.path().join("plan.pdf");
    let r = render_with(&own, "pdf", out.to_str().unwrap());
    assert_eq!(r.code, 2, "{}", r.stderr);
    let file = own.join("kapitel/kosten.typ");
    // Column 10 is the `1`, where the addition starts.
    let at = format!(
        "{}:3:10: error: cannot add integer and string",
        file.display()
    );
    assert!(r.stderr.contains(&at), "{at}\n{}", r.stderr);
    assert!(!out.exists());
}

#[test]
fn an_own_plan_typ_can_use_the_built_in_parts() {
    let (tmp, own) = own_folder(&[(
        "plan.typ",
        "#import \"/basis.typ\": *\n#import \"/daten.typ\": *\n\
         Eigener Plan: #w(meta.titel)\n#include \"kapitel/fortbildung.typ\"\n",
    )]);
    let out = tmp.path().join("plan.pdf");
    let r = render_with(&own, "pdf", out.to_str().unwrap());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out);
    assert!(
        text.contains("Eigener Plan: Medienentwicklungsplan"),
        "{text}"
    );
    // The chapter comes without the built-in heading numbers (those are set in plan.typ).
    assert!(text.contains("Fortbildung Die technische"), "{text}");
    assert!(text.contains("Zielgruppe"), "{text}");
}

#[test]
fn the_typ_source_is_one_self_contained_file_giving_the_same_pdf() {
    let (tmp, own) = own_folder(&[]);
    fs::create_dir_all(&own).unwrap();
    let r = run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--to",
        "typ",
        "-o",
        own.join("plan.typ").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let source = fs::read_to_string(own.join("plan.typ")).unwrap();
    for part in [
        "#import \"/",
        "#include \"kapitel/",
        "sys.inputs",
        "json(\"/.mep/",
    ] {
        assert!(!source.contains(part), "{part} is left in the source");
    }
    // Each part of the data is in it once, however many chapters read it (the plan's
    // files: the title page, the appendix and the attachments).
    assert_eq!(source.matches(r#"\"name\":\"plan.toml\""#).count(), 1);
    assert_eq!(source.matches("#let mep-eingabe-mep-schulen =").count(), 1);
    // Compiled as the whole template, it is the committed document, byte for byte.
    let out = tmp.path().join("plan.pdf");
    let r = render_with(&own, "pdf", out.to_str().unwrap());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        fs::read(&out).unwrap() == fs::read(root().join("examples/musterstadt/plan.pdf")).unwrap(),
        "the PDF from the --to typ source differs from examples/musterstadt/plan.pdf"
    );
}

/// Every built-in chapter reads only the parts of the data it shows, each a part of the
/// render context (`mep.schulen` from `/.mep/mep/schulen.json`), never the whole
/// (`daten.typ`, `/.mep/mep.json`): so `--watch` reuses, unevaluated and laid out as
/// before, every chapter whose parts an edit did not touch.
#[test]
fn built_in_chapters_read_only_their_parts_of_the_data() {
    let r = run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--to",
        "json",
        "-o",
        "-",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let context = r.json();
    let folder = root().join("plan-templates/dokument/kapitel");
    let mut chapters = 0;
    for entry in fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).unwrap();
        chapters += 1;
        assert!(
            !text.contains("daten.typ") && !text.contains("/.mep/mep.json"),
            "{name} reads all of the data"
        );
        let read: Vec<&str> = text
            .split("json(\"/.mep/mep/")
            .skip(1)
            .map(|rest| rest.split(".json\")").next().unwrap())
            .collect();
        for part in &read {
            assert!(
                context.get(part).is_some(),
                "{name} reads /.mep/mep/{part}.json, which is no part of the context"
            );
        }
        for used in text.split("mep.").skip(1) {
            let key: String = used
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            assert!(
                key.is_empty() || read.contains(&key.as_str()),
                "{name} shows mep.{key} but does not read /.mep/mep/{key}.json"
            );
        }
    }
    assert!(chapters >= 15, "only {chapters} chapters found");
}
