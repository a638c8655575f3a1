//! Hostile and broken input: every case ends with a clear message and exit code 2 (or 1),
//! never a panic, and the input file is left as it was.
//!
//! Longer than 400 lines on purpose: a catalogue of independent cases, each short and
//! self-contained, read one at a time; hostile PDFs are in `bad_pdf`.

use crate::common;

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{run_in, run_measured};

/// Run `mep check` on `file` in `dir`, in German and as JSON, and return the human run.
/// `mep render` of the same file must refuse too and leave no output file behind.
pub(crate) fn check(dir: &Path, file: &str) -> common::Run {
    let before = fs::read(dir.join(file)).ok();
    let run = run_in(dir, &["check", file]);
    let json = run_in(dir, &["check", "--format", "json", file]);
    assert_eq!(
        run.code, json.code,
        "human and JSON runs agree on the exit code"
    );
    json.json();
    assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
    assert!(run.code == 1 || run.code == 2, "exit code {}", run.code);
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("plan.pdf");
    let render = run_in(dir, &["render", file, "-o", pdf.to_str().unwrap()]);
    assert!(
        render.code == 1 || render.code == 2,
        "render: {}",
        render.stderr
    );
    assert!(!render.stderr.contains("panicked"), "{}", render.stderr);
    assert_eq!(
        fs::read_dir(out.path()).unwrap().count(),
        0,
        "no output file, no temporary file"
    );
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
    let keys: Vec<String> = (0..10_000).map(|i| format!("k{i}")).collect();
    let text = format!("{}[{}]\nx = 1\n", plan_header(), keys.join("."));
    fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stdout.contains("zu tief verschachtelt"), "{}", r.stdout);
    assert!(r.stdout.contains("plan.toml:4:1"), "{}", r.stdout);

    let depth = 10_000;
    let text = format!(
        "{}a = {}1{}\n",
        plan_header(),
        "{b = ".repeat(depth),
        "}".repeat(depth)
    );
    fs::write(d.path().join("plan.toml"), text).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stdout.contains("zu tief verschachtelt"), "{}", r.stdout);
    assert!(r.stdout.contains("plan.toml:4:"), "{}", r.stdout);
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

/// A plan with one school, for cases that need a plan that is otherwise sound.
fn plan_with_school(schueler: &str) -> String {
    format!(
        "{}[[schulen]]\nid = \"gs\"\nname = \"GS\"\nschulform = \"grundschule\"\nschueler = {schueler}\nlehrkraefte = 4\n",
        plan_header()
    )
}

#[test]
fn only_a_byte_order_mark_is_an_empty_plan() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("plan.toml"), b"\xEF\xBB\xBF").unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("plan.toml:1:1") && r.stdout.contains("`formatversion` fehlt"),
        "{}",
        r.stdout
    );
}

#[test]
fn utf16_big_endian_names_the_encoding() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFE, 0xFF];
    for u in plan_header().encode_utf16() {
        bytes.extend(u.to_be_bytes());
    }
    fs::write(d.path().join("plan.toml"), bytes).unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("UTF-16 (BE)") && r.stdout.contains("plan.toml:1:1"),
        "{}",
        r.stdout
    );
}

#[test]
fn nul_byte_is_named_with_its_place() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        b"formatversion = 1\n[plan]\ntitel = \"a\0b\"\n",
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("Null-Byte an Byte-Offset 35") && r.stdout.contains("plan.toml:3:11"),
        "{}",
        r.stdout
    );
}

#[test]
fn hundred_megabyte_file_is_refused_without_being_read() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("plan.toml");
    let mut file = fs::File::create(&path).unwrap();
    file.write_all(plan_header().as_bytes()).unwrap();
    // A sparse file: 100 MiB long, almost nothing on disk.
    file.set_len(100 * 1024 * 1024).unwrap();
    drop(file);
    let (r, peak_mib) = run_measured(d.path(), &["check", "plan.toml"], Stdio::null());
    assert_eq!(r.code, 2);
    assert!(
        r.stdout
            .contains("`plan.toml` ist mit 100 MiB zu groß (höchstens 16 MiB je Datei)"),
        "{}",
        r.stdout
    );
    assert!(peak_mib < 70, "read into memory: {peak_mib} MiB");

    // The same through a pipe: reading stops at the limit.
    let (r, peak_mib) = run_measured(
        d.path(),
        &["check", "-"],
        Stdio::from(fs::File::open(&path).unwrap()),
    );
    assert_eq!(r.code, 2);
    assert!(r.stdout.contains("zu groß"), "{}", r.stdout);
    assert!(peak_mib < 70, "stdin read whole: {peak_mib} MiB");
    check(d.path(), "plan.toml");
}

#[test]
fn array_with_a_million_entries() {
    let d = tempfile::tempdir().unwrap();
    let million = vec!["1"; 1_000_000].join(", ");
    fs::write(
        d.path().join("plan.toml"),
        format!("{}zahlen = [{million}]\n", plan_header()),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("unbekannter Schlüssel `zahlen`") && r.stdout.contains("plan.toml:4:1"),
        "{}",
        r.stdout
    );
    // The source line is shown as an excerpt, not as 3 MB of text.
    assert!(
        r.stdout.len() < 10_000,
        "{} bytes of output",
        r.stdout.len()
    );
}

#[test]
fn a_flood_of_findings_is_cut_short_and_counted() {
    let d = tempfile::tempdir().unwrap();
    let schools = vec!["\"gs-x\""; 100_000].join(", ");
    fs::write(
        d.path().join("plan.toml"),
        format!(
            "{}[[massnahmen]]\nid = \"m\"\ntitel = \"M\"\nschulen = [{schools}]\n",
            plan_with_school("100")
        ),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout.matches("unbekannte Schule `gs-x`").count(), 100);
    assert!(
        r.stdout.contains("… und 99.900 weitere Befunde E101"),
        "{}",
        r.stdout
    );
    // Columns are counted far into the line: the 100th id starts at byte 1 + 8 * 99 + 11.
    assert!(r.stdout.contains("plan.toml:13:804"), "{}", r.stdout);
    assert!(
        r.stdout.len() < 100_000,
        "{} bytes of output",
        r.stdout.len()
    );
}

#[test]
fn integer_just_above_i64_is_out_of_range() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        plan_with_school("9223372036854775808"),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("E013")
            && r.stdout.contains("ist zu groß")
            && r.stdout.contains("plan.toml:8:12"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("E010"), "{}", r.stdout);
}

#[test]
fn nan_and_infinity_are_named_once() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        plan_with_school("nan").replace("lehrkraefte = 4", "lehrkraefte = -inf"),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("Zahl `nan` ist nicht darstellbar")
            && r.stdout.contains("plan.toml:8:12"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Zahl `-inf` ist nicht darstellbar")
            && r.stdout.contains("plan.toml:9:15"),
        "{}",
        r.stdout
    );
    // No second finding about the type of the same value.
    assert!(!r.stdout.contains("E010"), "{}", r.stdout);
}

#[test]
fn amounts_with_three_decimals() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!(
            "{}[[massnahmen]]\nid = \"m\"\ntitel = \"M\"\nmenge = 1\neinzelpreis = 1800.125\n",
            plan_with_school("100")
        ),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("E017")
            && r.stdout
                .contains("1800.125 hat mehr als zwei Nachkommastellen")
            && r.stdout.contains("plan.toml:14:15"),
        "{}",
        r.stdout
    );
}

#[test]
fn impossible_dates_and_duplicate_keys_are_toml_errors() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("plan.toml"),
        format!("{}datum = 2026-02-30\n", plan_header()),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("ungültiges Datum") && r.stdout.contains("plan.toml:4:9"),
        "{}",
        r.stdout
    );
    fs::write(
        d.path().join("plan.toml"),
        format!("{}titel = \"Y\"\n", plan_header()),
    )
    .unwrap();
    let r = check(d.path(), "plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("Schlüssel doppelt") && r.stdout.contains("plan.toml:4:1"),
        "{}",
        r.stdout
    );
}

#[test]
fn includes_by_absolute_path_or_symlink_out_of_the_folder_are_refused() {
    let d = tempfile::tempdir().unwrap();
    fs::create_dir(d.path().join("plan")).unwrap();
    fs::write(d.path().join("geheim.toml"), "x = 1\n").unwrap();
    let secret = d.path().join("geheim.toml");
    fs::write(
        d.path().join("plan/plan.toml"),
        format!("einbinden = [\"{}\"]\n{}", secret.display(), plan_header()),
    )
    .unwrap();
    let r = check(d.path(), "plan/plan.toml");
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains("ist ein absoluter Pfad") && r.stdout.contains("plan.toml:1:14"),
        "{}",
        r.stdout
    );

    std::os::unix::fs::symlink("../geheim.toml", d.path().join("plan/link.toml")).unwrap();
    std::os::unix::fs::symlink("..", d.path().join("plan/oben")).unwrap();
    for target in ["link.toml", "oben/geheim.toml"] {
        fs::write(
            d.path().join("plan/plan.toml"),
            format!("einbinden = [\"{target}\"]\n{}", plan_header()),
        )
        .unwrap();
        let r = check(d.path(), "plan/plan.toml");
        assert_eq!(r.code, 2, "{target}");
        assert!(
            r.stdout.contains("liegt außerhalb des Plan-Ordners")
                && r.stdout.contains("plan.toml:1:14"),
            "{target}: {}",
            r.stdout
        );
    }
}

#[test]
fn unreadable_file_says_so() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("plan.toml");
    fs::write(&path, plan_header()).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(d.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = common::mep();
    cmd.args(["check", "plan.toml"]).current_dir(d.path());
    common::as_nobody_if_root(&mut cmd);
    let r = common::Run::from(cmd.output().expect("mep runs as nobody"));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("`plan.toml` kann nicht gelesen werden: keine Leseberechtigung"),
        "{}",
        r.stdout
    );
}

/// A pipe whose reading end is already closed: every write to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    use std::os::fd::{FromRawFd, OwnedFd};
    let mut fds = [0; 2];
    // SAFETY: `pipe` fills both descriptors, which are then owned here.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    let (reader, writer) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    drop(reader);
    Stdio::from(writer)
}

#[test]
fn closed_stdout_ends_quietly() {
    let root = common::root();
    let plan = "examples/musterstadt/plan.toml";
    let errors = "tests/fixtures/rules/E101/invalid.toml";
    for (args, code) in [
        (vec!["check", "--format", "json", plan], 0),
        (vec!["check", errors], 1),
        (vec!["check", "--format", "sarif", errors], 1),
        (vec!["stats", plan], 0),
        (vec!["render", plan, "--to", "md", "-o", "-"], 0),
        (vec!["diff", "examples/musterstadt/plan-2024.toml", plan], 1),
        (vec!["schema"], 0),
        (vec!["explain", "E101"], 0),
    ] {
        let r = common::Run::from(
            common::mep()
                .args(&args)
                .current_dir(root)
                .stdout(closed_pipe())
                .stderr(Stdio::piped())
                .output()
                .unwrap(),
        );
        assert_eq!(r.code, code, "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr, "", "{args:?} is quiet");
    }
    // And as users write it: the exit code of `mep` in the pipeline is its own.
    let r = common::Run::from(
        Command::new("bash")
            .args([
                "-c",
                &format!(
                    "set -o pipefail; '{}' check --format json {plan} | head -c 10",
                    env!("CARGO_BIN_EXE_mep")
                ),
            ])
            .current_dir(root)
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "{\n  \"versi");
    assert_eq!(r.stderr, "");
}

#[test]
fn output_to_a_full_device_fails_with_a_message() {
    let root = common::root();
    let plan = "examples/musterstadt/plan.toml";
    let r = common::Run::from(
        common::mep()
            .args(["check", "--format", "json", plan])
            .current_dir(root)
            .stdout(
                fs::OpenOptions::new()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("Der Bericht ließ sich nicht schreiben")
            && r.stderr.contains("os error 28"),
        "{}",
        r.stderr
    );
    for to in ["md", "pdf"] {
        let r = run_in(root, &["render", plan, "--to", to, "-o", "/dev/full"]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(
            r.stderr.contains("kann nicht schreiben: `/dev/full`")
                && r.stderr.contains("der Datenträger ist voll"),
            "{}",
            r.stderr
        );
    }
    // Still the device, not replaced by a file.
    use std::os::unix::fs::FileTypeExt;
    assert!(
        fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}
