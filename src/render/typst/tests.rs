//! Tests of the typst layer. Documents are tiny: typst is slow in debug builds.

use lopdf::{Document, Object};

use super::*;
use crate::load::attachments::{AttachmentError, read_attachments};

/// A 1×1 RGB PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
    0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
    0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92, 0xef, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e,
    0x44, 0xae, 0x42, 0x60, 0x82,
];

fn job(main: &str) -> Job {
    Job {
        main: main.to_string(),
        main_name: "plan.typ".to_string(),
        sources: Vec::new(),
        inputs: Vec::new(),
        assets_root: None,
        date: (2026, 3, 15),
        ident: "Medienentwicklungsplan Musterstadt".to_string(),
    }
}

fn compile_ok(job: &Job) -> Vec<u8> {
    match compile_pdf(job) {
        Ok((pdf, warnings)) => {
            assert!(warnings.is_empty(), "unexpected warnings: {warnings:#?}");
            pdf
        }
        Err(diagnostics) => panic!("compilation failed: {diagnostics:#?}"),
    }
}

/// The first error of a failing job.
fn first_error(job: &Job) -> Diagnostic {
    match compile_pdf(job) {
        Ok(_) => panic!("compilation should fail: {}", job.main),
        Err(diagnostics) => diagnostics
            .into_iter()
            .find(|d| d.error)
            .unwrap_or_else(|| panic!("no error among the diagnostics of {}", job.main)),
    }
}

#[test]
fn tiny_document_compiles_to_pdf() {
    let pdf = compile_ok(&job("Hallo *Welt*"));
    assert!(pdf.starts_with(b"%PDF-"), "{:?}", &pdf[..8.min(pdf.len())]);
    assert!(matches!(
        read_attachments(&pdf),
        Err(AttachmentError::NoAttachments)
    ));
}

#[test]
fn two_compilations_are_byte_identical() {
    let job = job("= Plan\nText");
    let first = compile_ok(&job);
    let second = compile_ok(&job);
    assert!(first == second, "PDF output differs between two runs");
}

#[test]
fn inputs_are_files_and_sys_inputs_only_where_named() {
    // Read as files: `sys` is not named, so the library has no inputs.
    let mut job = job(concat!(
        "#let d = json(\"/.mep/daten.json\")\n",
        "#assert.eq(d.titel, \"Süd\")\n",
        "#assert.eq(read(\"/.mep/leer.json\"), \"\")\n",
        "#d.titel",
    ));
    job.inputs = vec![
        ("daten".to_string(), r#"{"titel": "Süd"}"#.to_string()),
        ("leer".to_string(), String::new()),
    ];
    compile_ok(&job);
    let plain = |job: &Job| {
        let world = SandboxWorld::new(job).unwrap();
        std::ptr::eq(::typst::World::library(&world), world::plain_library())
    };
    assert!(plain(&job), "one library for every render without `sys`");
    job.main.push_str("\n#assert.eq(sys.inputs.len(), 2)");
    compile_ok(&job);
    assert!(!plain(&job));
    // Without `sys` in any source, `sys.inputs` stay out of the library.
    assert!(world::mentions_sys("#import sys: inputs"));
    assert!(world::mentions_sys("#let s = sys\n"));
    assert!(world::mentions_sys("// sys"));
    assert!(!world::mentions_sys(
        "Systembetreuung, Ökosys, sys-admin, my_sys"
    ));
}

#[test]
fn inputs_and_date_arrive() {
    let mut job = job(concat!(
        "#assert.eq(sys.inputs.at(\"titel\"), \"Plan für Süd \\\"A\\\"\")\n",
        "#assert.eq(sys.inputs.len(), 2)\n",
        "#assert.eq(datetime.today(), datetime(year: 2026, month: 3, day: 15))\n",
        "#sys.inputs.at(\"titel\")",
    ));
    job.inputs = vec![
        ("titel".to_string(), "Plan für Süd \"A\"".to_string()),
        ("leer".to_string(), String::new()),
    ];
    compile_ok(&job);

    // And a wrong expectation fails, so the assertions above do test something.
    job.inputs[0].1 = "anders".to_string();
    let error = first_error(&job);
    assert!(
        error.message.contains("equality assertion failed"),
        "{error:?}"
    );
}

#[test]
fn in_memory_sources_can_be_imported() {
    let mut job = job("#import \"lib.typ\": gruss\n#gruss(\"Welt\")");
    job.sources.push((
        "/lib.typ".to_string(),
        "#let gruss(name) = [Hallo #name]".to_string(),
        "templates/lib.typ".to_string(),
    ));
    compile_ok(&job);
}

#[test]
fn sources_in_folders_include_and_import_relative_to_themselves() {
    // As the built-in chapters do: `kapitel/x.typ` imports `/basis.typ` and `../daten.typ`.
    let mut job = job("#include \"kapitel/k.typ\"");
    for (path, text) in [
        ("/basis.typ", "#let gruss(name) = [Hallo #name]"),
        ("/daten.typ", "#let wer = \"Welt\""),
        (
            "/kapitel/k.typ",
            "#import \"/basis.typ\": *\n#import \"../daten.typ\": wer\n#gruss(wer)\n#(1 + \"x\")",
        ),
    ] {
        job.sources
            .push((path.into(), text.into(), path[1..].into()));
    }
    let error = first_error(&job);
    assert_eq!(
        error.to_string(),
        "kapitel/k.typ:4:3: error: cannot add integer and string"
    );
    job.sources[2].1 = job.sources[2].1.replace("#(1 + \"x\")", "");
    compile_ok(&job);
}

#[test]
fn sandbox_refuses_files_outside_and_packages() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (source, expected) in [
        ("#read(\"/etc/passwd\")", "file not found"),
        ("#read(\"../../etc/passwd\")", "escape"),
        ("#image(\"/etc/passwd\")", "file not found"),
        (
            "#import \"@preview/cetz:0.3.0\"",
            "does not load typst packages",
        ),
        ("#import \"/elsewhere.typ\"", "file not found"),
    ] {
        for root in [None, Some(dir.path().to_path_buf())] {
            let mut job = job(&format!("Text\n{source}\n"));
            job.assets_root = root.clone();
            let error = first_error(&job);
            assert_eq!(
                (error.file.as_str(), error.line),
                ("plan.typ", 2),
                "{source}: {error:?}"
            );
            if root.is_some() {
                assert!(
                    error.message.contains(expected),
                    "{source}: {}",
                    error.message
                );
            }
        }
    }
}

#[test]
fn images_come_from_the_plan_folder_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan");
    std::fs::create_dir_all(plan.join("bilder")).expect("mkdir");
    std::fs::write(plan.join("bilder/logo.png"), PNG).expect("write");
    std::fs::write(dir.path().join("geheim.png"), PNG).expect("write");

    let mut ok = job("#image(\"bilder/logo.png\", width: 1cm)");
    ok.assets_root = Some(plan.clone());
    compile_ok(&ok);

    let mut outside = job("#image(\"../geheim.png\")");
    outside.assets_root = Some(plan.clone());
    assert!(first_error(&outside).message.contains("escape"));

    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(dir.path().join("geheim.png"), plan.join("link.png")).expect("symlink");
        symlink(dir.path(), plan.join("oben")).expect("symlink");
        symlink(plan.join("bilder/logo.png"), plan.join("innen.png")).expect("symlink");

        for source in ["#image(\"link.png\")", "#image(\"oben/geheim.png\")"] {
            let mut job = job(source);
            job.assets_root = Some(plan.clone());
            let error = first_error(&job);
            assert!(
                error.message.contains("outside the plan folder"),
                "{source}: {error:?}"
            );
            assert_eq!((error.file.as_str(), error.line), ("plan.typ", 1));
        }

        // A symlink that stays inside the folder is fine.
        let mut inside = job("#image(\"innen.png\", width: 1cm)");
        inside.assets_root = Some(plan.clone());
        compile_ok(&inside);
    }
}

#[test]
fn syntax_error_is_located_in_the_named_file() {
    let mut job = job("= Titel\n\nÜber #(1 + ]\n");
    job.main_name = "vorlage.typ".to_string();
    let error = first_error(&job);
    assert_eq!(error.file, "vorlage.typ");
    // Column 7 is the `(`, counted in characters (`Ü` is two bytes).
    assert_eq!((error.line, error.column), (3, 7), "{error:?}");
    assert_eq!(
        error.to_string(),
        "vorlage.typ:3:7: error: unclosed delimiter"
    );

    // An error in an imported source names that source and keeps the call as a hint.
    let mut job = job.clone();
    job.main = "#import \"/teile.typ\": f\n#f()".to_string();
    job.sources.push((
        "/teile.typ".to_string(),
        "#let f() = {\n  panic(\"kaputt\")\n}".to_string(),
        "vorlagen/teile.typ".to_string(),
    ));
    let error = first_error(&job);
    assert_eq!(
        (error.file.as_str(), error.line, error.column),
        ("vorlagen/teile.typ", 2, 3),
        "{error:?}"
    );
    assert!(
        error.hints.iter().any(|h| h.contains("vorlage.typ:2:")),
        "{error:?}"
    );
}

/// A template that attaches plan files the way the real one does.
const ATTACHING: &str = r#"
#for (name, key) in (("/plan.toml", "plan"), ("/schulen/gs-nord.toml", "nord"), ("/schulen/gs-müller.toml", "mueller")) {
  pdf.attach(name, bytes(sys.inputs.at(key)), relationship: "source",
    mime-type: "application/toml", description: "Plandatei " + name)
}
Plan
"#;

fn attaching_job() -> Job {
    let mut job = job(ATTACHING);
    job.inputs = vec![
        ("plan".to_string(), "titel = \"Plan\"\n".to_string()),
        ("nord".to_string(), "name = \"GS Nord\"\n".to_string()),
        (
            "mueller".to_string(),
            "name = \"GS Müllerstraße\"\n".to_string(),
        ),
    ];
    job
}

#[test]
fn attachments_round_trip_in_pdf_a_3b() {
    let pdf = compile_ok(&attaching_job());
    let files = read_attachments(&pdf).expect("attachments");
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(name, data)| {
            (
                name.as_str(),
                std::str::from_utf8(data).unwrap_or("<binary>"),
            )
        })
        .collect();
    // Sorted by name (byte order), not in attach order.
    assert_eq!(
        files,
        [
            ("plan.toml", "titel = \"Plan\"\n"),
            ("schulen/gs-müller.toml", "name = \"GS Müllerstraße\"\n"),
            ("schulen/gs-nord.toml", "name = \"GS Nord\"\n"),
        ]
    );

    // Declared as PDF/A-3b, files associated with the document as its source.
    let doc = Document::load_mem(&pdf).expect("lopdf");
    let catalog = doc.catalog().expect("catalog");
    let af = catalog
        .get_deref(b"AF", &doc)
        .and_then(Object::as_array)
        .expect("/AF array");
    assert_eq!(af.len(), 3);
    for spec in af {
        let (_, spec) = doc.dereference(spec).expect("file spec");
        let spec = spec.as_dict().expect("dict");
        let relationship = spec
            .get(b"AFRelationship")
            .and_then(Object::as_name)
            .expect("AFRelationship");
        assert_eq!(relationship, b"Source");
    }
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
    assert!(xmp.contains("2026-03-15"), "{xmp}");
}

#[test]
fn pdf_a_3_requires_attachment_description_and_mime_type() {
    for (main, expected) in [
        (
            "#pdf.attach(\"/a.toml\", bytes(\"x\"), mime-type: \"application/toml\")\nText",
            "PDF/A-3b error: the file description is missing",
        ),
        (
            "#pdf.attach(\"/a.toml\", bytes(\"x\"), description: \"A\")\nText",
            "PDF/A-3b error: the file mime type is missing",
        ),
    ] {
        let error = first_error(&job(main));
        assert_eq!(
            (error.file.as_str(), error.line, error.message.as_str()),
            ("plan.typ", 1, expected)
        );
    }
}

#[test]
fn document_date_none_breaks_pdf_a() {
    let error = first_error(&job("#set document(date: none)\nText"));
    assert_eq!(error.message, "PDF/A-3b error: missing document date");
}

#[test]
fn invalid_job_is_an_error_not_a_panic() {
    let mut bad_date = job("Text");
    bad_date.date = (2026, 2, 30);
    assert!(first_error(&bad_date).message.contains("date"));

    let mut clash = job("Text");
    clash
        .sources
        .push((MAIN_PATH.to_string(), String::new(), "x".to_string()));
    assert!(first_error(&clash).message.contains("twice"));

    let mut bad_path = job("Text");
    bad_path
        .sources
        .push(("/a\\b.typ".to_string(), String::new(), "x".to_string()));
    assert!(
        first_error(&bad_path)
            .message
            .contains("invalid source path")
    );
}
