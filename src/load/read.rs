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
