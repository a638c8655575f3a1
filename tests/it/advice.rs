//! Advice that fits the plan: E112's hint names the shares that are over or missing and
//! suggests an own share only when there is none; office files, archives and PDFs without a
//! plan are named by their signature instead of "save the file as UTF-8".

use std::fs;
use std::path::Path;

use crate::common::{self, run_in};

/// A minimal ZIP archive (stored, with correct CRCs) holding `entries`, as Word and Excel
/// write their files.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in entries {
        let mut crc = flate2::Crc::new();
        crc.update(data);
        let (crc, len, offset) = (crc.sum(), data.len() as u32, out.len() as u32);
        let head = |sig: &[u8], central: bool| {
            let mut h = sig.to_vec();
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend([0u8; 6]); // flags, method (stored), time
            h.extend(0x21u16.to_le_bytes()); // date
            h.extend(crc.to_le_bytes());
            h.extend(len.to_le_bytes());
            h.extend(len.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend([0u8; 12]); // comment, disk, attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(head(b"PK\x03\x04", false));
        out.extend(*data);
        central.extend(head(b"PK\x01\x02", true));
    }
    let (start, size, n) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend(central);
    out.extend(b"PK\x05\x06\0\0\0\0");
    out.extend(n.to_le_bytes());
    out.extend(n.to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// An old (OLE) Office file: the signature and the UTF-16 name of its main stream.
fn ole(stream: &str) -> Vec<u8> {
    let mut b = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    b.resize(512, 0);
    b.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
    b.resize(1024, 0);
    b
}

/// `mep check FILE` on `bytes` written as `file`: exit 2, E001, the German message
/// naming the kind of file, no word of UTF-8; the English one with `--lang en`.
fn refused(file: &str, bytes: &[u8], de: &str, en: &str) -> common::Run {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join(file), bytes).unwrap();
    let r = run_in(d.path(), &["check", file]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Fehler[E001]"), "{}", r.stdout);
    assert!(r.stdout.contains(de), "{}", r.stdout);
    assert!(r.stdout.contains("mep init"), "{}", r.stdout);
    assert!(!r.stdout.contains("UTF-8-kodiert"), "{}", r.stdout);
    assert!(!r.stdout.contains("E002"), "{}", r.stdout);
    let e = run_in(d.path(), &["check", "--lang", "en", file]);
    assert_eq!(e.code, 2);
    assert!(e.stdout.contains(en), "{}", e.stdout);
    // `render` refuses too and writes nothing next to it.
    let w = run_in(d.path(), &["render", file]);
    assert_eq!(w.code, 2, "{}{}", w.stdout, w.stderr);
    let left: Vec<_> = fs::read_dir(d.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "render left a file behind");
    r
}

#[test]
fn a_word_file_renamed_to_toml_is_named_as_word() {
    let docx = zip(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", b"<w:document/>"),
    ]);
    let r = refused(
        "plan.toml",
        &docx,
        "Das ist eine Word-Datei (.docx), kein Plan",
        "this is a Word file (.docx), not a plan",
    );
    assert!(r.stdout.contains("„Nur Text“"), "{}", r.stdout);
}

#[test]
fn an_excel_file_is_named_as_excel() {
    let xlsx = zip(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("xl/workbook.xml", b"<workbook/>"),
    ]);
    let r = refused(
        "plan.toml",
        &xlsx,
        "Das ist eine Excel-Tabelle (.xlsx), kein Plan",
        "this is an Excel workbook (.xlsx), not a plan",
    );
    assert!(r.stdout.contains("nicht mit Excel"), "{}", r.stdout);
}

#[test]
fn a_libreoffice_spreadsheet_and_a_plain_zip_are_named() {
    let ods = zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", b"<office:document-content/>"),
    ]);
    refused(
        "plan.ods",
        &ods,
        "Das ist eine Calc-Tabelle (.ods)",
        "a Calc spreadsheet (.ods)",
    );
    let archive = zip(&[("plan.toml", b"formatversion = 1\n")]);
    let r = refused(
        "plan.zip",
        &archive,
        "Das ist ein ZIP-Archiv, kein Plan",
        "this is a ZIP archive",
    );
    assert!(
        r.stdout.contains("Entpacken Sie das Archiv"),
        "{}",
        r.stdout
    );
}

#[test]
fn old_word_and_excel_files_are_named() {
    refused(
        "plan.toml",
        &ole("WordDocument"),
        "Das ist eine Word-Datei im alten Format (.doc)",
        "a Word file in the old format (.doc)",
    );
    refused(
        "plan.xls",
        &ole("Workbook"),
        "Das ist eine Excel-Tabelle im alten Format (.xls)",
        "an Excel workbook in the old format (.xls)",
    );
}

#[test]
fn a_pdf_not_made_by_mep_holds_no_plan() {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let o1 = pdf.len();
    pdf.extend(b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n");
    let o2 = pdf.len();
    pdf.extend(b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n");
    let xref = pdf.len();
    pdf.extend(
        format!(
            "xref\n0 3\n0000000000 65535 f \n{o1:010} 00000 n \n{o2:010} 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    refused(
        "bericht.pdf",
        &pdf,
        "Dieses PDF enthält keinen mep-Plan",
        "this PDF holds no mep plan",
    );
}

#[test]
fn a_pdf_made_by_mep_is_still_read() {
    let r = common::run(&["check", "examples/musterstadt/plan.pdf"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("E001"), "{}", r.stdout);
}

/// The E112 hint of a rule fixture.
fn e112_hint(fixture: &str) -> String {
    let path = Path::new("tests/fixtures/rules/E112").join(fixture);
    let r = common::run(&["check", path.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    r.stdout
        .lines()
        .skip_while(|l| !l.contains("Fehler[E112]"))
        .find(|l| l.contains("Hinweis:"))
        .unwrap_or_else(|| panic!("no E112 hint:\n{}", r.stdout))
        .to_string()
}

#[test]
fn e112_names_what_is_over_and_by_how_much() {
    let hint = e112_hint("invalid-ueber.toml");
    assert!(
        hint.contains("ergeben 110 %: `dp2` 90 % + `eigenmittel` 20 %; senken Sie einen Anteil um 10 Prozentpunkte"),
        "{hint}"
    );
    assert!(!hint.contains("Ergänzen Sie den Eigenanteil"), "{hint}");
}

#[test]
fn e112_suggests_an_own_share_only_when_there_is_none() {
    let with_own = e112_hint("invalid.toml");
    assert!(
        with_own.contains("es fehlen 10 Prozentpunkte"),
        "{with_own}"
    );
    assert!(
        with_own.contains("erhöhen Sie z. B. den Eigenanteil `eigenmittel`"),
        "{with_own}"
    );
    assert!(!with_own.contains("als eigene Zeile"), "{with_own}");
    let without = e112_hint("invalid-ohne-eigenanteil.toml");
    assert!(
        without.contains("ergänzen Sie den Eigenanteil als eigene Zeile, z. B. `{ quelle = \"eigenmittel\", anteil = 10 }`"),
        "{without}"
    );
}

#[test]
fn e128_names_both_figures_and_both_places() {
    let r = common::run(&["check", "tests/fixtures/rules/E128/invalid.toml"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("`m1` setzt für `dp2` einen Anteil von 90 % an, die Quelle nennt aber `foerderquote = 50`"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("invalid.toml:34:85"), "{}", r.stdout);
    assert!(
        r.stdout.contains("Förderquote der Quelle `dp2`"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("`anteil = 50`"), "{}", r.stdout);
}
