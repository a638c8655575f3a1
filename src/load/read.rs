//! Reading a plan file from disk or standard input, with a size limit and readable I/O errors.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Finding;
use crate::i18n::Text;
use crate::load::source::MAX_FILE_BYTES;
use crate::text;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    Directory,
    /// A device, pipe or socket: no size to trust, possibly endless.
    NotRegular,
    TooLarge(u64),
}

impl ReadError {
    /// The finding for a file named `name`; `included` when an `einbinden` entry named it.
    pub fn finding(&self, name: &str, included: bool) -> Finding {
        let code = if included { "E003" } else { "E001" };
        match self {
            ReadError::Io(e) => {
                let (de, en) = match e.kind() {
                    std::io::ErrorKind::NotFound => (
                        "Datei nicht gefunden".to_string(),
                        "file not found".to_string(),
                    ),
                    std::io::ErrorKind::PermissionDenied => (
                        "keine Leseberechtigung".to_string(),
                        "permission denied".to_string(),
                    ),
                    _ => (e.to_string(), e.to_string()),
                };
                Finding::new(
                    code,
                    text!(
                        "`{name}` kann nicht gelesen werden: {de}",
                        "cannot read `{name}`: {en}"
                    ),
                )
            }
            ReadError::Directory if included => Finding::new(
                code,
                text!("`{name}` ist ein Ordner", "`{name}` is a directory"),
            )
            .hint(text!(
                "`einbinden` nennt einzelne Dateien, z. B. `{name}/gs-am-park.toml`",
                "`einbinden` names single files, e.g. `{name}/gs-am-park.toml`"
            )),
            ReadError::Directory => Finding::new(
                code,
                text!(
                    "`{name}` ist ein Ordner, keine Plandatei",
                    "`{name}` is a directory, not a plan file"
                ),
            )
            .hint(text!(
                "Geben Sie die Hauptdatei des Plans an, z. B. `{name}/plan.toml`",
                "name the plan's main file, e.g. `{name}/plan.toml`"
            )),
            ReadError::NotRegular => Finding::new(
                code,
                text!(
                    "`{name}` ist keine gewöhnliche Datei (Gerät, Pipe oder Socket)",
                    "`{name}` is not a regular file (device, pipe or socket)"
                ),
            )
            .hint(text!(
                "Für die Standardeingabe schreiben Sie `-`",
                "for standard input write `-`"
            )),
            ReadError::TooLarge(size) => {
                let mib = size / (1024 * 1024);
                let max = MAX_FILE_BYTES / (1024 * 1024);
                Finding::new(
                    code,
                    text!(
                        "`{name}` ist mit {mib} MiB zu groß (höchstens {max} MiB je Datei)",
                        "`{name}` is too large at {mib} MiB (at most {max} MiB per file)"
                    ),
                )
                .hint(text!(
                    "Teilen Sie große Pläne mit `einbinden` auf mehrere Dateien auf",
                    "split large plans into several files with `einbinden`"
                ))
            }
        }
    }
}

/// Read `reader` to its end, but at most `limit` bytes: `Ok(None)` when there is more, found
/// by reading one byte past the limit, never the rest. `expected` is the size the content
/// should have: the buffer is reserved at that size (at most one byte past the limit) up
/// front; past a wrong guess it grows once, straight to that maximum, because doubling
/// would leave the smaller buffers behind in the allocator as well.
pub(super) fn read_at_most(
    reader: impl Read,
    expected: usize,
    limit: usize,
) -> std::io::Result<Option<Vec<u8>>> {
    let max = limit.saturating_add(1);
    let mut out = Vec::with_capacity(expected.saturating_add(1).clamp(4096.min(max), max));
    let mut reader = reader.take(max as u64);
    loop {
        let room = out.capacity() - out.len();
        let read = (&mut reader).take(room as u64).read_to_end(&mut out)?;
        if read < room {
            break;
        }
        if out.len() >= max {
            return Ok(None);
        }
        out.reserve_exact(max - out.len());
    }
    if out.len() > limit {
        return Ok(None);
    }
    out.shrink_to_fit();
    Ok(Some(out))
}

/// Read at most the size limit from `reader`; more is an error, not a truncation.
fn read_limited(reader: impl Read, expected: usize) -> Result<Vec<u8>, ReadError> {
    read_at_most(reader, expected, MAX_FILE_BYTES)
        .map_err(ReadError::Io)?
        .ok_or(ReadError::TooLarge(MAX_FILE_BYTES as u64 + 1))
}

/// Read a regular file within the size limit.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if meta.is_dir() {
        return Err(ReadError::Directory);
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES as u64 {
        return Err(ReadError::TooLarge(meta.len()));
    }
    // The file may grow between the size check and the read: the read is limited too.
    read_limited(
        std::fs::File::open(path).map_err(ReadError::Io)?,
        meta.len() as usize,
    )
}

/// Read standard input within the size limit.
pub fn read_stdin() -> Result<Vec<u8>, ReadError> {
    // Room for the largest allowed input: memory is only used as it is filled.
    read_limited(std::io::stdin().lock(), MAX_FILE_BYTES)
}

/// A file that is no plan but an office document or an archive, recognised by its first
/// bytes (its signature) before the UTF-8 check, which would only say "save the file as
/// UTF-8". PDFs go on to `load/pdf.rs`, which reads the plan a PDF made by `mep render`
/// carries and names one without a plan with [`pdf_without_plan`].
pub fn foreign_format(name: &str, bytes: &[u8]) -> Option<Finding> {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    // UTF-16 names in the directory of an old (OLE) Office file.
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    // What to do when a plan went through an office program: save it back as plain text.
    let office_hint = |app: &str| -> (String, String) {
        if matches!(app, "Excel" | "Calc" | "PowerPoint") {
            return (
                format!(
                    "mep liest keine Tabellen und Folien: übertragen Sie die Angaben in `plan.toml` und öffnen Sie die Plandatei mit einem Texteditor (Editor, Notepad++, VS Code), nicht mit {app}"
                ),
                format!(
                    "mep reads no spreadsheets or slides: copy the figures into `plan.toml` and open the plan file with a text editor (Notepad, Notepad++, VS Code), not with {app}"
                ),
            );
        }
        (
            format!(
                "Wurde die Plandatei in {app} geöffnet und gespeichert, speichern Sie sie dort mit „Speichern unter“ als „Nur Text“ (Codierung UTF-8) mit der Endung `.toml`, und öffnen Sie sie künftig mit einem Texteditor (Editor, Notepad++, VS Code)"
            ),
            format!(
                "if the plan file was opened and saved in {app}, save it there with \"Save as\" as \"Plain text\" (encoding UTF-8) with the extension `.toml`, and open it with a text editor from now on (Notepad, Notepad++, VS Code)"
            ),
        )
    };
    let neu = text!(
        "einen neuen Plan legt `mep init ORDNER` aus einer Vorlage an",
        "`mep init FOLDER` creates a new plan from a template"
    );
    // (what it is, what to do)
    let (de, en, hint_de, hint_en): (&str, &str, String, String) =
        if bytes.starts_with(b"PK\x03\x04") {
            let odf = |kind: &str| {
                let head = &bytes[..bytes.len().min(200)];
                let m = format!("application/vnd.oasis.opendocument.{kind}");
                head.windows(m.len()).any(|w| w == m.as_bytes())
            };
            let word = ("eine Word-Datei (.docx)", "a Word file (.docx)", "Word");
            let excel = (
                "eine Excel-Tabelle (.xlsx)",
                "an Excel workbook (.xlsx)",
                "Excel",
            );
            let kind = if has(b"word/") {
                Some(word)
            } else if has(b"xl/") {
                Some(excel)
            } else if has(b"ppt/") {
                Some((
                    "eine PowerPoint-Präsentation (.pptx)",
                    "a PowerPoint presentation (.pptx)",
                    "PowerPoint",
                ))
            } else if odf("text") {
                Some((
                    "ein Writer-Dokument (.odt)",
                    "a Writer document (.odt)",
                    "Writer",
                ))
            } else if odf("spreadsheet") {
                Some((
                    "eine Calc-Tabelle (.ods)",
                    "a Calc spreadsheet (.ods)",
                    "Calc",
                ))
            } else {
                None
            };
            match kind {
            Some((de, en, app)) => (de, en, office_hint(app).0, office_hint(app).1),
            None => (
                "ein ZIP-Archiv",
                "a ZIP archive",
                "Entpacken Sie das Archiv und geben Sie die Plandatei darin an, z. B. `plan.toml`"
                    .into(),
                "unpack the archive and name the plan file inside, e.g. `plan.toml`".into(),
            ),
        }
        } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            let (de, en, app) = if has(&utf16("WordDocument")) {
                (
                    "eine Word-Datei im alten Format (.doc)",
                    "a Word file in the old format (.doc)",
                    "Word",
                )
            } else if has(&utf16("Workbook")) || has(&utf16("Book")) {
                (
                    "eine Excel-Tabelle im alten Format (.xls)",
                    "an Excel workbook in the old format (.xls)",
                    "Excel",
                )
            } else {
                (
                    "eine Office-Datei im alten Format (.doc, .xls oder .ppt)",
                    "an Office file in the old format (.doc, .xls or .ppt)",
                    "Word",
                )
            };
            let (h_de, h_en) = office_hint(app);
            (de, en, h_de, h_en)
        } else if bytes.starts_with(b"{\\rtf") {
            let (h_de, h_en) = office_hint("Word");
            (
                "ein RTF-Dokument (Word, WordPad)",
                "an RTF document (Word, WordPad)",
                h_de,
                h_en,
            )
        } else {
            return None;
        };
    Some(
        Finding::new(
            "E001",
            text!(
                "Das ist {de}, kein Plan: `{name}` ist keine Textdatei im TOML-Format",
                "this is {en}, not a plan: `{name}` is not a text file in TOML format"
            ),
        )
        .hint(Text::new(
            format!("{hint_de}; {}", neu.de),
            format!("{hint_en}; {}", neu.en),
        )),
    )
}

/// A PDF that carries no plan: not made by `mep render` (a scan, a PDF export of a Word plan).
pub fn pdf_without_plan(name: &str) -> Finding {
    Finding::new(
        "E001",
        text!(
            "Dieses PDF enthält keinen mep-Plan: `{name}` wurde nicht von `mep render` erzeugt",
            "this PDF holds no mep plan: `{name}` was not made by `mep render`"
        ),
    )
    .hint(text!(
        "Nur PDFs, die `mep render` erzeugt hat, tragen den Plan als Anhang. Geben Sie die Plandatei selbst an, z. B. `mep check plan.toml`; einen neuen Plan legt `mep init ORDNER` aus einer Vorlage an",
        "only PDFs made by `mep render` carry the plan as an attachment. Name the plan file itself, e.g. `mep check plan.toml`; `mep init FOLDER` creates a new plan from a template"
    ))
}
