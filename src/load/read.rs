//! Reading a plan file from disk or standard input, with a size limit and readable I/O errors.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Finding;
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

/// Read at most the size limit from `reader`; more is an error, not a truncation.
/// `expected` is the size the input should have: the buffer is reserved at that size (at
/// most the limit) up front, so it is never copied while it grows.
fn read_limited(reader: impl Read, expected: usize) -> Result<Vec<u8>, ReadError> {
    let limit = MAX_FILE_BYTES + 1;
    let mut buf = Vec::with_capacity(expected.min(MAX_FILE_BYTES) + 1);
    reader
        .take(limit as u64)
        .read_to_end(&mut buf)
        .map_err(ReadError::Io)?;
    if buf.len() > MAX_FILE_BYTES {
        Err(ReadError::TooLarge(buf.len() as u64))
    } else {
        Ok(buf)
    }
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
    let mut bytes = read_limited(std::io::stdin().lock(), MAX_FILE_BYTES)?;
    bytes.shrink_to_fit();
    Ok(bytes)
}
