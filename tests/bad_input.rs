//! Hostile and broken input: every case ends with a clear message and exit code 2 (or 1),
//! never a panic, and the input file is left as it was.

mod common;

use std::fs;
use std::path::Path;

use common::run_in;

/// Run `mep check` on `file` in `dir`, in German and as JSON, and return the human run.
fn check(dir: &Path, file: &str) -> common::Run {
    let before = fs::read(dir.join(file)).ok();
    let run = run_in(dir, &["check", file]);
    let json = run_in(dir, &["check", "--format", "json", file]);
    assert_eq!(
        run.code, json.code,
        "human and JSON runs agree on the exit code"
    );
    json.json();
    assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
    assert_eq!(
        fs::read(dir.join(file)).ok(),
        before,
        "input file unchanged"
    );
    run
}

fn plan_header() -> &'static str {
    "formatversion = 1\n[plan]\ntitel = \"X\"\n"
}

#[test]
fn empty_file_is_reported_as_missing_plan() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("plan.toml"), "").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("Pflichtfeld `plan` fehlt"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("`formatversion` fehlt"), "{}", r.stdout);
}

#[test]
fn binary_garbage_is_not_a_text_file() {
    let d = tempfile::tempdir().unwrap();
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    fs::write(d.path().join("plan.toml"), bytes).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("E002"), "{}", r.stdout);
}

#[test]
fn utf16_file_names_the_encoding() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for u in plan_header().encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    fs::write(d.path().join("plan.toml"), bytes).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("UTF-16"), "{}", r.stdout);
    assert!(r.stdout.contains("Byte-Offset 0"), "{}", r.stdout);
}

#[test]
fn latin1_file_names_byte_and_offset() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        b"formatversion = 1\n[plan]\ntitel = \"Schulentwicklung M\xfcnster\"\n",
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("0xFC") && r.stdout.contains("Byte-Offset 52"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("plan.toml:3:28"), "{}", r.stdout);
}

#[test]
fn fifty_megabyte_file_is_refused_by_size() {
    let d = tempfile::tempdir().unwrap();
    let mut text = String::from(plan_header());
    let line =
        "# Kommentarzeile, die nur Platz einnimmt, um die Datei groß zu machen ...........\n";
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(line);
    }
    fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("zu groß"), "{}", r.stdout);
}

#[test]
fn deeply_nested_arrays_are_an_error_not_a_stack_overflow() {
    let d = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let text = format!(
        "{}a = {}1{}\n",
        plan_header(),
        "[".repeat(depth),
        "]".repeat(depth)
    );
    fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("E001"), "{}", r.stdout);
}

#[test]
fn deeply_nested_tables_are_reported() {
    let d = tempfile::tempdir().unwrap();
    let keys: Vec<String> = (0..2000).map(|i| format!("k{i}")).collect();
    let text = format!("{}[{}]\nx = 1\n", plan_header(), keys.join("."));
    fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stdout.contains("zu tief verschachtelt"), "{}", r.stdout);
}

#[test]
fn overflowing_numbers_are_out_of_range() {
    let d = tempfile::tempdir().unwrap();
    let text = format!(
        "{}[[schulen]]\nid = \"a\"\nname = \"A\"\nschulform = \"grundschule\"\nschueler = 99999999999999999999999\nlehrkraefte = 4294967296\n",
        plan_header()
    );
    fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = check(d.path(), "plan.toml");
    assert!(r.code == 1 || r.code == 2, "{}", r.stdout);
    assert!(
        r.stdout.contains("E013") || r.stdout.contains("E001"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("plan.toml:8:"), "{}", r.stdout);
}

#[test]
fn include_loop_is_named() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!("einbinden = [\"a.toml\"]\n{}", plan_header()),
    )
    .unwrap();
    fs::write(d.path().join("a.toml"), "einbinden = [\"b.toml\"]\n").unwrap();
    fs::write(d.path().join("b.toml"), "einbinden = [\"plan.toml\"]\n").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout
            .contains("Einbindung im Kreis: plan.toml → a.toml → b.toml → plan.toml"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("b.toml:1:14"), "{}", r.stdout);
}

#[test]
fn include_outside_the_folder_is_refused() {
    let d = tempfile::tempdir().unwrap();
    fs::create_dir(d.path().join("plan")).unwrap();
    fs::write(d.path().join("geheim.toml"), "x = 1\n").unwrap();
    fs::write(
        d.path().join("plan/plan.toml"),
        format!("einbinden = [\"../geheim.toml\"]\n{}", plan_header()),
    )
    .unwrap();
    let r = check(d.path(), "plan/plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("liegt außerhalb des Plan-Ordners"),
        "{}",
        r.stdout
    );
}

#[test]
fn missing_file_and_directory() {
    let d = tempfile::tempdir().unwrap();
    let r = run_in(d.path(), &["check", "gibt-es-nicht.toml"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("Datei nicht gefunden"), "{}", r.stdout);
    let r = run_in(d.path(), &["check", "."]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("ist ein Ordner"), "{}", r.stdout);
}

#[test]
fn newer_format_version_names_the_version_it_needs() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        "formatversion = 7\n[plan]\ntitel = \"X\"\nneu_in_v7 = 1\n",
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("benötigt Formatversion 7"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("E011"),
        "no noise about keys of the newer format: {}",
        r.stdout
    );
}

#[test]
fn nested_includes_keep_each_finding_in_its_own_file() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!("einbinden = [\"a.toml\", \"b.toml\"]\n{}", plan_header()),
    )
    .unwrap();
    fs::write(d.path().join("a.toml"), "einbinden = [\"c.toml\"]\n").unwrap();
    fs::write(
        d.path().join("c.toml"),
        "# Ämter, Öffnungszeiten, Übersicht über Schulen\n",
    )
    .unwrap();
    fs::write(d.path().join("b.toml"), "[[schulen]]\nid = \"gs\"\nname = \"GS\"\nschulform = \"grundschulx\"\nschueler = 1\nlehrkraefte = 1\n").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("b.toml:4:13"), "{}", r.stdout);
    fs::write(d.path().join("b.toml"), "[[schulen]]\nid = \n").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("b.toml:2:"), "{}", r.stdout);
}

#[test]
fn devices_and_pipes_are_not_read() {
    let d = tempfile::tempdir().unwrap();
    let r = run_in(d.path(), &["check", "/dev/zero"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("keine gewöhnliche Datei"), "{}", r.stdout);
}

#[test]
fn include_list_of_the_wrong_shape_is_an_error() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!("einbinden = [\"a.toml\"]\n{}", plan_header()),
    )
    .unwrap();
    fs::write(d.path().join("a.toml"), "einbinden = \"x.toml\"\n").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("muss eine Liste von Dateipfaden sein")
            && r.stdout.contains("a.toml:1:13"),
        "{}",
        r.stdout
    );
}

#[test]
fn included_file_with_a_newer_format_version() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!("einbinden = [\"a.toml\"]\n{}", plan_header()),
    )
    .unwrap();
    fs::write(d.path().join("a.toml"), "formatversion = 7\n").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("E004") && r.stdout.contains("a.toml:1:17"),
        "{}",
        r.stdout
    );
}

#[test]
fn including_a_directory_says_so() {
    let d = tempfile::tempdir().unwrap();
    fs::create_dir(d.path().join("schulen")).unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!("einbinden = [\"schulen\"]\n{}", plan_header()),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("`schulen` ist ein Ordner")
            && r.stdout.contains("`einbinden` nennt einzelne Dateien"),
        "{}",
        r.stdout
    );
}

#[test]
fn byte_order_mark_is_not_a_column() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        b"\xEF\xBB\xBFformatversion = 1\n[plan]\ntitel = \"M\xfcnster\"\n",
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("plan.toml:3:11"), "{}", r.stdout);
}
