//! `mep manpage`: the page renders with `man` (or groff) without a warning, in German, and
//! documents every command.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::run;

/// The page formatted for an 80-column terminal, and what the formatter said on stderr.
fn formatted(page: &str) -> (String, String) {
    let has = |tool: &str| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let mut cmd = if has("man") {
        let mut c = Command::new("man");
        c.args(["--warnings", "-l", "-"])
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("LANG", "C.UTF-8");
        c
    } else if has("groff") {
        let mut c = Command::new("groff");
        c.args(["-k", "-man", "-Tutf8", "-ww", "-rLL=80n", "-P-cbou"]);
        c
    } else {
        panic!("neither man nor groff is installed (Debian: man-db, groff-base)");
    };
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("formatter runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_manual_page_renders_without_warnings() {
    let r = run(&["manpage"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(".TH MEP 1"), "{}", r.stdout);
    let (text, warnings) = formatted(&r.stdout);
    assert!(warnings.is_empty(), "{warnings}");
    for heading in [
        "NAME",
        "ÜBERSICHT",
        "BESCHREIBUNG",
        "OPTIONEN",
        "BEFEHLE",
        "EXIT-STATUS",
        "UMGEBUNG",
    ] {
        assert!(
            text.lines().any(|l| l == heading),
            "no heading {heading}:\n{text}"
        );
    }
    for command in crate::common::commands() {
        assert!(
            text.contains(&format!("   mep {command}\n")),
            "no section for {command}:\n{text}"
        );
    }
    assert!(text.contains("mep check [OPTIONEN] <PLAN>..."), "{text}");
    assert!(text.contains("--min-completeness <N>"), "{text}");
    assert!(text.contains("• human: Lesbare Ausgabe"), "{text}");
    assert!(text.contains("Standard: human."), "{text}");
    for english in [
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "Possible values",
        "[default",
        "General Commands",
    ] {
        assert!(!text.contains(english), "{english}:\n{text}");
    }
}

/// The page is the same on every run (no date, nothing from the machine): release archives
/// of one version carry the same file.
#[test]
fn the_manual_page_is_reproducible() {
    assert_eq!(run(&["manpage"]).stdout, run(&["manpage"]).stdout);
}
