//! One behaviour for outputs (issue 16): `-o` creates missing folders and says so, write
//! errors are German and name the target, every written file is confirmed, a PDF never goes
//! to a pipe unasked, `diff` explains exit code 1, `--format` on every command (`--to` an
//! alias), paths for copying are quoted, and clap's own messages are German.

use crate::common;

use std::fs;
use std::path::Path;

use common::{run, run_in};

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A copy of the `cost` diff fixture pair in a folder whose name has a space.
fn pair_with_space() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Pläne 2027");
    fs::create_dir(&dir).unwrap();
    for n in ["cost_1.toml", "cost_2.toml"] {
        fs::copy(common::fixtures("diff").join(n), dir.join(n)).unwrap();
    }
    (tmp, dir)
}

/// `mep render` of the example to Markdown at `out`.
fn render_md(out: &Path) -> common::Run {
    run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--format",
        "md",
        "-o",
        out.to_str().unwrap(),
    ])
}

#[test]
fn render_creates_missing_folders_and_confirms_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("Ausgabe Rat/2027/plan.md");
    let r = render_md(&out);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(out.is_file());
    let folder = out.parent().unwrap().display().to_string();
    assert!(
        r.stderr.contains(&format!("Ordner angelegt: {folder}")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains(&format!("Geschrieben: {}", out.display())),
        "{}",
        r.stderr
    );
    // A second run needs no folder.
    let again = run(&[
        "render",
        "examples/musterstadt/plan.toml",
        "--to",
        "md",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        !again.stderr.contains("Ordner angelegt"),
        "{}",
        again.stderr
    );
}

#[test]
fn a_write_error_is_german_names_the_target_and_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("ausgabe"), "eine Datei, kein Ordner").unwrap();
    let out = tmp.path().join("ausgabe/2027/plan.md");
    let r = render_md(&out);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "Fehler: kann nicht schreiben: `{}`",
            out.display()
        )),
        "{}",
        r.stderr
    );
    for english in ["os error", ".mep-", "Not a directory", "File exists"] {
        assert!(!r.stderr.contains(english), "{english}: {}", r.stderr);
    }
    assert_eq!(names(tmp.path()), ["ausgabe"]);
}

#[test]
fn the_format_option_has_one_name_and_to_is_an_alias() {
    let tmp = tempfile::tempdir().unwrap();
    for (cmd, flag) in [("render", "--format"), ("render", "--to")] {
        let out = tmp
            .path()
            .join(format!("{}.md", flag.trim_start_matches('-')));
        let r = run(&[
            cmd,
            "examples/musterstadt/plan.toml",
            flag,
            "md",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{cmd} {flag}: {}", r.stderr);
        assert!(fs::read_to_string(&out).unwrap().starts_with('#'));
    }
    let d = common::fixtures("diff");
    for flag in ["--format", "--to"] {
        let r = run_in(&d, &["diff", "cost_1.toml", "cost_2.toml", flag, "json"]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        r.json();
    }
    for flag in ["--format", "--to"] {
        let r = run(&["stats", "examples/musterstadt/plan.toml", flag, "json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let r = run(&["check", "examples/musterstadt/plan.toml", flag, "json"]);
        r.json();
    }
    // The help names `--format` only.
    for cmd in ["check", "render", "diff", "stats"] {
        let h = run(&[cmd, "--help"]);
        assert!(
            h.stdout.contains("--format <FORMAT>"),
            "{cmd}: {}",
            h.stdout
        );
        assert!(!h.stdout.contains("--to <"), "{cmd}: {}", h.stdout);
    }
}

#[test]
fn a_synopse_pdf_without_output_goes_beside_the_new_version() {
    let (_tmp, dir) = pair_with_space();
    let r = run_in(
        &dir,
        &["diff", "cost_1.toml", "cost_2.toml", "--format", "pdf"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "no PDF bytes on standard output");
    let pdf = dir.join("synopse-cost_1-cost_2.pdf");
    assert!(fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(
        r.stderr.contains("Geschrieben: synopse-cost_1-cost_2.pdf"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("(Exit-Code 1: Unterschiede gefunden)"),
        "{}",
        r.stderr
    );
    // From elsewhere: still beside the new version.
    let parent = dir.parent().unwrap();
    fs::remove_file(&pdf).unwrap();
    let r = run_in(
        parent,
        &[
            "diff",
            "Pläne 2027/cost_1.toml",
            "Pläne 2027/cost_2.toml",
            "--to",
            "pdf",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(pdf.is_file(), "{}", r.stderr);
    // `-o -` still asks for standard output.
    let r = run_in(
        &dir,
        &[
            "diff",
            "cost_1.toml",
            "cost_2.toml",
            "--to",
            "pdf",
            "-o",
            "-",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.starts_with("%PDF"));
}

#[test]
fn diff_into_a_file_confirms_it_and_explains_the_exit_code() {
    let (_tmp, dir) = pair_with_space();
    let r = run_in(
        &dir,
        &[
            "diff",
            "cost_1.toml",
            "cost_2.toml",
            "--format",
            "md",
            "-o",
            "synopse/alt-neu.md",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(dir.join("synopse/alt-neu.md").is_file());
    assert!(
        r.stderr.contains("Ordner angelegt: synopse"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Geschrieben: synopse/alt-neu.md"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("(Exit-Code 1: Unterschiede gefunden)."),
        "{}",
        r.stderr
    );
    // Markdown without `-o` is text and stays on standard output.
    let r = run_in(
        &dir,
        &["diff", "cost_1.toml", "cost_2.toml", "--format", "md"],
    );
    assert!(r.stdout.starts_with('#'), "{}", r.stdout);
}

#[test]
fn the_text_summary_explains_exit_code_1() {
    let d = common::fixtures("diff");
    let r = run_in(&d, &["diff", "cost_1.toml", "cost_2.toml"]);
    assert_eq!(r.code, 1);
    let last = r.stdout.trim_end().lines().last().unwrap();
    assert!(
        last.contains("Unterschied") && last.ends_with("(Exit-Code 1: Unterschiede gefunden)."),
        "{last}"
    );
    let en = run_in(&d, &["--lang", "en", "diff", "cost_1.toml", "cost_2.toml"]);
    assert!(
        en.stdout.contains("(exit code 1: differences found)."),
        "{}",
        en.stdout
    );
    let same = run_in(&d, &["diff", "cost_1.toml", "cost_1.toml"]);
    assert_eq!(same.code, 0);
    assert!(!same.stdout.contains("Exit-Code"), "{}", same.stdout);
}

#[test]
fn init_quotes_paths_for_copying() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run_in(
        tmp.path(),
        &["init", "Neuer Plan", "--template", "gemeinde"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("mep check \"Neuer Plan/plan.toml\""),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("mep render \"Neuer Plan/plan.toml\""),
        "{}",
        r.stdout
    );
    // Pasted as printed, the commands work.
    let r = run_in(tmp.path(), &["check", "Neuer Plan/plan.toml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let plain = run_in(
        tmp.path(),
        &["init", "plaene/gemeinde", "--template", "gemeinde"],
    );
    assert!(
        plain.stdout.contains("mep check plaene/gemeinde/plan.toml"),
        "{}",
        plain.stdout
    );
}

#[test]
fn clap_messages_are_german_and_english_on_request() {
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["check"],
            "Fehler: folgende erforderliche Argumente fehlen:",
            "error: the following required arguments were not provided:",
        ),
        (
            &["pruefen", "plan.toml"],
            "Fehler: unbekannter Befehl 'pruefen'",
            "error: unrecognized subcommand 'pruefen'",
        ),
        (
            &["render", "plan.toml", "--format", "docx"],
            "[mögliche Werte: pdf, md, typ, json]",
            "[possible values: pdf, md, typ, json]",
        ),
        (
            &["render", "plan.toml", "--formt", "md"],
            "Tipp: ein ähnliches Argument heißt '--format'",
            "tip: a similar argument exists: '--format'",
        ),
    ];
    for (args, de, en) in cases {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.contains(de), "{args:?}: {}", r.stderr);
        for english in [
            "error:",
            "Usage:",
            "tip:",
            "possible values",
            "For more information",
        ] {
            assert!(!r.stderr.contains(english), "{args:?}: {}", r.stderr);
        }
        let mut with_en = vec!["--lang", "en"];
        with_en.extend_from_slice(args);
        let r = run(&with_en);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.contains(en), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("Fehler"), "{args:?}: {}", r.stderr);
    }
}
