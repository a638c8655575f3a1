//! Hostile and broken input: every case ends with a clear message and exit code 2 (or 1),
//! never a panic, and the input file is left as it was.

use crate::common;

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};

use common::run_in;

/// Run `mep check` on `file` in `dir`, in German and as JSON, and return the human run.
/// `mep render` of the same file must refuse too and leave no output file behind.
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

/// Run `mep ARGS` in `dir` with `stdin`, and return the run and the peak memory (resident
/// set) of the `mep` process in MiB.
// The child is reaped by `wait4`, which also gives its peak memory.
#[allow(clippy::zombie_processes)]
fn run_measured(dir: &Path, args: &[&str], stdin: Stdio) -> (common::Run, u64) {
    let mut child = common::mep()
        .args(args)
        .current_dir(dir)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).unwrap();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).unwrap();
        s
    });
    let mut status = 0;
    // SAFETY: waiting for our own child; `usage` is written by the kernel.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32);
    assert!(libc::WIFEXITED(status), "mep ended by a signal");
    let run = common::Run {
        code: libc::WEXITSTATUS(status),
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    };
    (run, usage.ru_maxrss as u64 / 1024)
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

/// `mib` MiB of zeros as a zlib stream of about a kilobyte per MiB, made in milliseconds:
/// one MiB of zeros deflated and flushed to a byte boundary refers back only to zeros, so
/// the same bytes repeated decode to as many MiB.
fn zeros_zlib(mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let mut deflate = Compress::new(Compression::best(), false);
    let mut block = Vec::with_capacity(64 * 1024);
    deflate
        .compress_vec(&vec![0; 1 << 20], &mut block, FlushCompress::Sync)
        .unwrap();
    assert_eq!(deflate.total_in(), 1 << 20);
    let mut out = vec![0x78, 0xda];
    for _ in 0..mib {
        out.extend_from_slice(&block);
    }
    // An empty final block, then the Adler-32 of the zeros.
    out.extend_from_slice(&[0x03, 0x00]);
    let adler = (((mib as u64) << 20) % 65521) << 16 | 1;
    out.extend_from_slice(&(adler as u32).to_be_bytes());
    out
}

#[test]
fn deflate_bomb_in_a_pdf_attachment_is_refused_at_the_size_limit() {
    let mut small = Vec::new();
    flate2::read::ZlibDecoder::new(&zeros_zlib(3)[..])
        .read_to_end(&mut small)
        .unwrap();
    assert!(small.len() == 3 << 20 && small.iter().all(|&b| b == 0));

    // A real rendered plan whose attached plan file inflates to 300 MiB.
    let d = tempfile::tempdir().unwrap();
    let mut doc =
        lopdf::Document::load(common::root().join("examples/musterstadt/plan.pdf")).unwrap();
    let bomb = zeros_zlib(300);
    let mut attached = 0;
    for object in doc.objects.values_mut() {
        if let Ok(stream) = object.as_stream_mut()
            && stream
                .dict
                .get(b"Type")
                .and_then(lopdf::Object::as_name)
                .is_ok_and(|t| t == b"EmbeddedFile")
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.dict.remove(b"DecodeParms");
            stream.set_content(bomb.clone());
            attached += 1;
        }
    }
    assert_eq!(attached, 1);
    doc.save(d.path().join("plan.pdf")).unwrap();
    assert!(fs::metadata(d.path().join("plan.pdf")).unwrap().len() < 2 << 20);

    let (r, peak_mib) = run_measured(d.path(), &["check", "plan.pdf"], Stdio::null());
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "Anhang `plan.toml` von `plan.pdf` ist entpackt zu groß (höchstens 16 MiB je Datei)"
        ),
        "{}",
        r.stdout
    );
    for english in ["decompress", "stream", "attach", "can't", "couldn't"] {
        assert!(
            !r.stdout.contains(english),
            "English in German: {}",
            r.stdout
        );
    }
    assert!(peak_mib < 100, "inflated beyond the limit: {peak_mib} MiB");

    let r = run_in(d.path(), &["--lang", "en", "check", "plan.pdf"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.contains(
            "attachment `plan.toml` of `plan.pdf` is too large when unpacked (at most 16 MiB per file)"
        ),
        "{}",
        r.stdout
    );
    check(d.path(), "plan.pdf");
}

/// A PDF whose only page and catalog are found through a cross-reference stream, and
/// whose object stream `4 0 obj` inflates to `mib` MiB; lopdf decodes it while loading.
fn pdf_with_object_stream_bomb(mib: usize) -> Vec<u8> {
    let bomb = zeros_zlib(mib);
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    let objects: [&[u8]; 3] = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(plan.toml) 6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    offsets.push(pdf.len());
    pdf.extend_from_slice(
        format!(
            "4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
            bomb.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&bomb);
    pdf.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = pdf.len();
    // Entries of 1 + 4 + 2 bytes: free 0 and 5, objects 1-4 and 7 in the file, object 6
    // in the object stream 4.
    let mut rows = Vec::new();
    let mut row = |kind: u8, a: usize, b: u16| {
        rows.push(kind);
        rows.extend_from_slice(&(a as u32).to_be_bytes());
        rows.extend_from_slice(&b.to_be_bytes());
    };
    row(0, 0, 65535);
    for &o in &offsets {
        row(1, o, 0);
    }
    row(0, 0, 1);
    row(2, 4, 0);
    row(1, xref, 0);
    pdf.extend_from_slice(
        format!(
            "7 0 obj\n<< /Type /XRef /W [1 4 2] /Index [0 8] /Size 8 /Root 1 0 R /Length {} >>\nstream\n",
            rows.len()
        )
        .as_bytes(),
    );
    pdf.extend_from_slice(&rows);
    pdf.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    pdf
}

#[test]
fn deflate_bomb_in_a_pdf_object_stream_is_refused_while_loading() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("plan.pdf"), pdf_with_object_stream_bomb(300)).unwrap();
    let (r, peak_mib) = run_measured(d.path(), &["check", "plan.pdf"], Stdio::null());
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "`plan.pdf` enthält einen Datenstrom, der entpackt zu groß ist (höchstens 16 MiB)"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("decompress"), "{}", r.stdout);
    // lopdf decodes it into a buffer that doubles, so up to twice the limit.
    assert!(peak_mib < 150, "decoded beyond the limit: {peak_mib} MiB");
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
    // SAFETY: `geteuid` has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        // root reads every file: run as `nobody`, as a user would.
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setgid(65534) != 0 || libc::setuid(65534) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
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
                && r.stderr.contains("os error 28"),
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
