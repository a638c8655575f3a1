//! Snapshot tests of what users see: the human output in German and English and the JSON
//! report, for a plan with typos and one with contradictions.

use crate::common;

use std::path::PathBuf;

use common::run_in;

fn dir() -> PathBuf {
    common::fixtures("snapshot")
}

/// The report carries the tool version; keep snapshots stable across releases.
fn without_version(s: &str) -> String {
    s.replace(
        &format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION")),
        "\"version\": \"[VERSION]\"",
    )
}

#[test]
fn human_german_typos() {
    let r = run_in(dir(), &["check", "struktur.toml"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn human_english_typos() {
    let r = run_in(dir(), &["--lang", "en", "check", "struktur.toml"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn human_german_contradictions() {
    let r = run_in(dir(), &["check", "bedeutung.toml"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn human_english_contradictions_via_env() {
    let out = common::mep()
        .args(["check", "bedeutung.toml"])
        .env("MEP_LANG", "en")
        .current_dir(dir())
        .output()
        .unwrap();
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

#[test]
fn json_report_contradictions() {
    let r = run_in(dir(), &["check", "--format", "json", "bedeutung.toml"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(without_version(&r.stdout));
}

#[test]
fn json_report_typos_in_english() {
    let r = run_in(
        dir(),
        &["check", "--format", "json", "--lang", "en", "struktur.toml"],
    );
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(without_version(&r.stdout));
}

#[test]
fn human_justified_deviation_and_w245() {
    let dir = common::fixtures("rules").join("W245");
    let valid = run_in(&dir, &["check", "valid.toml"]);
    assert_eq!(valid.code, 0);
    let beyond = run_in(&dir, &["check", "invalid.toml"]);
    assert_eq!(beyond.code, 0);
    insta::assert_snapshot!(format!("{}\n---\n{}", valid.stdout, beyond.stdout));
}

#[test]
fn human_e127_in_english() {
    let dir = common::fixtures("rules").join("E127");
    let r = run_in(&dir, &["--lang", "en", "check", "invalid-ersetzt.toml"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}
