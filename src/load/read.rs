//! Reading a plan file from disk or standard input, with a size limit and readable I/O errors.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Finding;
use crate::load::source;
use crate::text;

/// A finding to be made once the file's display name is known.
pub type MakeFinding = Box<dyn FnOnce(&str) -> Finding>;

pub fn read_file(path: &Path) -> Result<Vec<u8>, MakeFinding> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Box::new(move |n: &str| io_finding(n, &e)) as MakeFinding)?;
    if meta.is_dir() {
        return Err(Box::new(|n: &str| {
            Finding::new(
                "E001",
                text!(
                    "`{n}` ist ein Ordner, keine Plandatei",
                    "`{n}` is a directory, not a plan file"
                ),
            )
            .hint(text!(
                "Geben Sie die Hauptdatei des Plans an, z. B. `{n}/plan.toml`",
                "name the plan's main file, e.g. `{n}/plan.toml`"
            ))
        }));
    }
    if meta.len() > source::MAX_FILE_BYTES as u64 {
        let size = meta.len();
        return Err(Box::new(move |n: &str| too_large(n, size)));
    }
    std::fs::read(path).map_err(|e| Box::new(move |n: &str| io_finding(n, &e)) as MakeFinding)
}

pub fn read_stdin() -> Result<Vec<u8>, MakeFinding> {
    let mut buf = Vec::new();
    let limit = source::MAX_FILE_BYTES as u64 + 1;
    match std::io::stdin().lock().take(limit).read_to_end(&mut buf) {
        Ok(n) if n as u64 >= limit => Err(Box::new(move |name: &str| too_large(name, n as u64))),
        Ok(_) => Ok(buf),
        Err(e) => Err(Box::new(move |n: &str| io_finding(n, &e))),
    }
}

fn too_large(name: &str, size: u64) -> Finding {
    let mib = size / (1024 * 1024);
    let max = source::MAX_FILE_BYTES / (1024 * 1024);
    Finding::new(
        "E001",
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

pub fn io_finding(name: &str, e: &std::io::Error) -> Finding {
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
        "E001",
        text!(
            "`{name}` kann nicht gelesen werden: {de}",
            "cannot read `{name}`: {en}"
        ),
    )
}
