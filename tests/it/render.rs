//! `mep render`: the documents users get, checked the way they would check them: the PDF's
//! text, byte-identical repeats, the committed examples kept current, hostile text shown
//! literally, and no half-written or overwritten files.
//!
//! Longer than 400 lines on purpose: a catalogue of short, independent rendering cases.

use crate::common;
use crate::common::{pdf_text, root};

use std::fs;
use std::path::{Path, PathBuf};

use common::{run, run_in};

const EXAMPLES: [&str; 3] = [
    "examples/musterstadt",
    "examples/lindenau",
    "examples/rheine",
];
/// A further guardrail for the example whose rationale tries every way into typst code.
const HOSTILE_GUARDRAIL: &str = r#"
[[leitplanken.weitere]]
id = "angriff"
titel = "Prüffall"
begruendung = '''
Angriff: #read("/etc/passwd") und #import "x.typ" und $x$ und <label> und @ref und \*fett\* und \_kursiv\_ und [Klammer] und a \\ b und /* Block */
= Titel
// Kommentar
1\. Punkt
'''
"#;

/// `mep render` of the first example to `out` (`-` for stdout).
fn render_example(to: &str, out: &str) -> common::Run {
    run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--to",
        to,
        "-o",
        out,
    ])
}

/// A copy of the first example in a temporary folder, with `edit` applied to its text.
fn example_copy(edit: impl Fn(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(root().join("examples/musterstadt/plan.toml")).unwrap();
    let plan = tmp.path().join("plan.toml");
    fs::write(&plan, edit(text)).unwrap();
    (tmp, plan)
}

#[test]
fn the_committed_examples_are_current() {
    // A visitor opens examples/*/plan.pdf and plan.md without installing anything; they must
    // be what `mep render` makes of the plans today.
    for example in EXAMPLES {
        let tmp = tempfile::tempdir().unwrap();
        for ext in ["md", "pdf"] {
            let out = tmp.path().join(format!("plan.{ext}"));
            let r = run(&[
                "render",
                &format!("{example}/plan.toml"),
                "--to",
                ext,
                "-o",
                out.to_str().unwrap(),
            ]);
            assert_eq!(r.code, 0, "{example} {ext}: {}", r.stderr);
            let committed = root().join(example).join(format!("plan.{ext}"));
            assert!(
                fs::read(&committed).ok() == Some(fs::read(&out).unwrap()),
                "{} is stale: run `cargo run -- render {example}/plan.toml --to {ext}`",
                committed.display()
            );
        }
    }
}

/// Two renders give the same bytes, and `--lang en` changes the messages, not the document:
/// documents are German.
#[test]
fn two_renders_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    for ext in ["pdf", "md", "typ"] {
        let a = tmp.path().join(format!("a.{ext}"));
        let b = tmp.path().join(format!("b.{ext}"));
        let r = render_example(ext, a.to_str().unwrap());
        assert_eq!(r.code, 0, "{}", r.stderr);
        let r = run(&[
            "--lang",
            "en",
            "render",
            "examples/musterstadt/plan.toml",
            "--to",
            ext,
            "-o",
            b.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stderr.contains("Written:"), "{}", r.stderr);
        assert_eq!(fs::read(&a).unwrap(), fs::read(&b).unwrap(), "{ext}");
    }
}

#[test]
fn the_markdown_document() {
    let r = render_example("md", "-");
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

/// A plan of school groups only (152 schools in two entries): both documents count the
/// schools, show the group table and no empty table of single schools.
#[test]
fn a_plan_of_school_groups_shows_the_groups_and_counts_their_schools() {
    let plan = common::fixtures("rules").join("W211/invalid-bestand.toml");
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("plan.pdf");
    let md = run(&[
        "render",
        "--force",
        plan.to_str().unwrap(),
        "--to",
        "md",
        "-o",
        "-",
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout
            .contains("Der Plan umfasst 152 Schulen, davon 152 in 2 Schulgruppen")
    );
    assert!(
        md.stdout
            .contains("| Weiterführende Schulen | verschiedene Schulformen | 114 |")
    );
    assert!(!md.stdout.contains("| Schule | Schulform | Schulnummer |"));
    let r = run(&[
        "render",
        "--force",
        plan.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&pdf);
    assert!(text.contains("152 Schulen"), "{text}");
    assert!(text.contains("Schulgruppe"));
    assert!(
        !text.contains("Datum des aktuellen Medienkonzepts"),
        "no table of single schools"
    );
    assert!(!text.contains("keine Schulen erfasst"));
}

#[test]
fn the_pdf_shows_schools_figures_and_hostile_text_literally() {
    let hostile = [
        "#read(\"/etc/passwd\")",
        "#import \"x.typ\"",
        "$x$",
        "<label>",
        "@ref",
        "*fett*",
        "_kursiv_",
        "= Titel",
        "[Klammer]",
        "a \\ b",
        "// Kommentar",
        "/* Block */",
        "1. Punkt",
    ];
    // A further guardrail whose rationale is an attack; Markdown escapes keep `*`, `_` and
    // `1.` as characters, and the TOML literal string keeps every backslash.
    let (tmp, plan) = example_copy(|t| t + HOSTILE_GUARDRAIL);
    let pdf = tmp.path().join("plan.pdf");
    let r = run_in(tmp.path(), &["render", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&pdf);
    for s in hostile {
        assert!(text.contains(s), "`{s}` missing from the PDF text");
    }
    assert!(
        !text.contains("root:x:0"),
        "a file was read into the document"
    );
    for school in [
        "Grundschule Am Park",
        "Grundschule Lindenweg",
        "Sonnenschein-Grundschule",
    ] {
        assert!(text.contains(school), "{school}");
    }
    // Key figures as `mep stats` computes them, in German format.
    let stats = run(&[
        "stats",
        "--format",
        "json",
        "examples/musterstadt/plan.toml",
    ])
    .json();
    let schueler = stats["total"]["students"].as_u64().unwrap();
    let grouped = format!("{}.{:03}", schueler / 1000, schueler % 1000);
    assert!(text.contains(&grouped), "{grouped}");
    assert!(text.contains("Inhaltsverzeichnis"));
}

/// Two indicators as real plans report them: a series (unordered in the file) with a source,
/// a target and a breakdown, and a share of rooms with two points.
const INDICATOR_SERIES: &str = r#"
[[evaluation.indikatoren]]
id = "glasfaser"
name = "Schülerinnen und Schüler an Schulen mit Glasfaseranschluss"
einheit = "%"
basis = "schueler"
werte = [
  { zeitpunkt = 2023, wert = 93, quelle = "Sachstandsbericht 2023" },
  { zeitpunkt = 2019, wert = 20 },
  { zeitpunkt = 2021, wert = 63 },
  { zeitpunkt = 2022, wert = 83 },
  { zeitpunkt = 2026, wert = 100, art = "soll" },
]

[[evaluation.indikatoren.aufschluesselung]]
schulform = "grundschule"
ist = 88
soll = 100

[[evaluation.indikatoren.aufschluesselung]]
gruppe = "Weiterführende Schulen"
ist = 97.5
soll = 100
zeitpunkt = "2023-H2"

[[evaluation.indikatoren]]
id = "ap-raeume"
name = "Unterrichtsräume mit Access Point"
basis = "raeume"
werte = [
  { zeitpunkt = 2020, wert = 26 },
  { zeitpunkt = 2023, wert = 76 },
]
"#;

#[test]
fn indicator_series_in_markdown() {
    let (tmp, plan) = example_copy(|t| t + INDICATOR_SERIES);
    let r = run_in(
        tmp.path(),
        &["render", plan.to_str().unwrap(), "--to", "md", "-o", "-"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let start = r.stdout.find("### 11.2 Indikatoren").unwrap();
    let end = r.stdout.find("## Anhang A").unwrap();
    let section = &r.stdout[start..end];
    // Time order, whatever the file's order; the latest IST dated in the overview.
    let series = &section[section.find("#### 11.2.1").unwrap()..];
    let order: Vec<usize> = ["| 2019 |", "| 2021 |", "| 2022 |", "| 2023 |", "| 2026 |"]
        .iter()
        .map(|s| series.find(s).unwrap_or_else(|| panic!("{s}\n{section}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{section}");
    assert!(section.contains("| 93 (2023) | 100 | 2026 |"), "{section}");
    insta::assert_snapshot!(section);
}

#[test]
fn the_pdf_shows_indicator_charts_and_tables() {
    let (tmp, plan) = example_copy(|t| t + INDICATOR_SERIES);
    let pdf = tmp.path().join("plan.pdf");
    let r = run_in(tmp.path(), &["render", plan.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&pdf);
    for s in [
        "Messreihe: Schülerinnen und Schüler an Schulen mit Glasfaseranschluss",
        "Messreihe: Unterrichtsräume mit Access Point",
        "% der Schülerinnen und Schüler",
        "Sachstandsbericht 2023",
        "Weiterführende Schulen",
        "97,5",
        "93 (2023)",
        "Jul.–Dez. 2023",
    ] {
        assert!(text.contains(s), "`{s}` missing from the PDF text");
    }
}

#[test]
fn a_plan_with_errors_is_refused_unless_forced() {
    let (tmp, plan) = example_copy(|t| {
        t.replacen(
            "\"gs-lindenweg\", \"gs-kirchdorf\"",
            "\"gs-lindenwg\", \"gs-kirchdorf\"",
            1,
        )
    });
    let plan = plan.to_str().unwrap();
    let r = run_in(tmp.path(), &["render", plan, "--to", "md"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("E101"), "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert!(!tmp.path().join("plan.md").exists());
    let r = run_in(tmp.path(), &["render", plan, "--to", "md", "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let md = fs::read_to_string(tmp.path().join("plan.md")).unwrap();
    assert!(md.contains("E101"), "the appendix lists the error");
}

#[test]
fn output_into_a_read_only_folder_fails_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let ro = tmp.path().join("nur-lesen");
    fs::create_dir(&ro).unwrap();
    // root may write into any folder; sysfs refuses even root.
    let folder = if unsafe { libc::geteuid() } == 0 {
        PathBuf::from("/sys/kernel")
    } else {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
        ro.clone()
    };
    let before: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let out = folder.join("plan.pdf");
    let r = render_example("md", out.to_str().unwrap());
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("kann nicht schreiben"), "{}", r.stderr);
    let after: Vec<_> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after, "nothing left behind");
}

#[test]
fn render_never_overwrites_its_input() {
    let (tmp, plan) = example_copy(|t| t);
    let before = fs::read(&plan).unwrap();
    let r = run_in(
        tmp.path(),
        &["render", "plan.toml", "--to", "md", "-o", "plan.toml"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nicht überschrieben"), "{}", r.stderr);
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn a_rendered_pdf_is_a_plan_again() {
    // A consultant with only the council PDF of a split plan checks and measures it.
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("lindenau.pdf");
    let r = run(&[
        "render",
        "examples/lindenau/plan.toml",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = pdf.to_str().unwrap();
    let from_pdf = run(&["check", "--format", "json", pdf]).json();
    let from_toml = run(&["check", "--format", "json", "examples/lindenau/plan.toml"]).json();
    assert_eq!(from_pdf["summary"], from_toml["summary"]);
    assert_eq!(from_pdf["completeness"], from_toml["completeness"]);
    let stats_pdf = run(&["stats", "--format", "json", pdf]).stdout;
    let stats_toml = run(&["stats", "--format", "json", "examples/lindenau/plan.toml"]).stdout;
    assert_eq!(stats_pdf, stats_toml);
    // Rendering the PDF again gives the same Markdown as rendering the plan.
    let md_pdf = run(&["render", pdf, "--to", "md", "-o", "-"]).stdout;
    let md_toml = run(&[
        "render",
        "examples/lindenau/plan.toml",
        "--to",
        "md",
        "-o",
        "-",
    ])
    .stdout;
    assert_eq!(md_pdf, md_toml);
    // A finding in a PDF names the attached file it is in.
    let r = run(&["render", pdf]);
    assert_eq!(
        r.code, 2,
        "the default output would be the input PDF itself"
    );
}

#[test]
fn a_pdf_without_a_plan_is_unusable_input() {
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("fremd.pdf");
    fs::write(&pdf, b"%PDF-1.7\n%kaputt\n").unwrap();
    let r = run(&["check", pdf.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("kein lesbares PDF"), "{}", r.stdout);
}

#[test]
fn watch_renders_again_when_the_plan_changes() {
    let (tmp, plan) = example_copy(|t| t);
    let out = tmp.path().join("plan.md");
    let mut child = common::mep()
        .args(["render", "--watch", "--to", "md"])
        .arg(&plan)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let wait_for = |what: &str, ok: &dyn Fn() -> bool| {
        for _ in 0..600 {
            if ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("{what} did not happen within 30 s");
    };
    wait_for("the first render", &|| out.exists());
    // Give the watcher a moment to be armed before the edit.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let text = fs::read_to_string(&plan).unwrap();
    fs::write(
        &plan,
        text.replacen("Grundschule Am Park", "Grundschule Am Stadtpark", 1),
    )
    .unwrap();
    wait_for("the render after the edit", &|| {
        fs::read_to_string(&out).is_ok_and(|md| md.contains("Grundschule Am Stadtpark"))
    });
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.matches("Vollständigkeit").count() >= 2,
        "findings printed each time: {stderr}"
    );
}

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

#[test]
fn a_render_killed_midway_leaves_the_previous_document() {
    use std::time::Duration;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    fs::write(&out, b"%PDF-1.7 vorige Fassung").unwrap();
    // Kill at several points of a render that takes seconds (Lindenau, 40 schools).
    for after in [50, 200, 500, 1000, 1500] {
        let mut child = common::mep()
            .args(["render", "examples/lindenau/plan.toml", "-o"])
            .arg(&out)
            .current_dir(root())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(after));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(
            !finished,
            "the render finished within {after} ms: kill earlier"
        );
        assert_eq!(
            fs::read(&out).unwrap(),
            b"%PDF-1.7 vorige Fassung",
            "killed after {after} ms"
        );
        assert_eq!(names(tmp.path()), ["plan.pdf"], "killed after {after} ms");
    }
}

#[test]
fn a_write_that_fails_midway_leaves_the_previous_document() {
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    fs::write(&out, b"%PDF-1.7 vorige Fassung").unwrap();
    let mut cmd = common::mep();
    cmd.args(["render", "examples/musterstadt/plan.toml", "-o"])
        .arg(&out)
        .current_dir(root());
    // The disk is "full" after 64 KiB: writes beyond fail with EFBIG, in the middle of
    // the PDF (several hundred KiB).
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 64 * 1024,
                rlim_max: 64 * 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let r = common::Run::from(cmd.output().unwrap());
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("kann nicht schreiben")
            && r.stderr.contains("zu groß für den Datenträger"),
        "{}",
        r.stderr
    );
    assert_eq!(fs::read(&out).unwrap(), b"%PDF-1.7 vorige Fassung");
    assert_eq!(names(tmp.path()), ["plan.pdf"], "no temporary file");
}
