//! Writing a rendered document: into a temporary file beside the target, renamed into place
//! once complete, so an interrupted run never leaves half a PDF and a failed one nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Where a document goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
}

/// Write `bytes` to `target` atomically.
pub fn write(target: &Target, bytes: &[u8]) -> std::io::Result<()> {
    match target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
        // A device or pipe named as output (`-o /dev/stdout`) cannot be replaced by a
        // renamed file: it is written to directly.
        Target::File(path) if is_special(path) => {
            let mut out = std::fs::OpenOptions::new().write(true).open(path)?;
            out.write_all(bytes)?;
            out.flush()
        }
        Target::File(path) => {
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut builder = tempfile::Builder::new();
            builder.prefix(".mep-").suffix(".tmp");
            // An ordinary file, readable as the umask allows, not tempfile's private 0600.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                builder.permissions(std::fs::Permissions::from_mode(0o666));
            }
            let mut tmp = builder.tempfile_in(dir)?;
            tmp.write_all(bytes)?;
            tmp.as_file().sync_all()?;
            // The temporary file is removed if this fails.
            tmp.persist(path).map_err(|e| e.error)?;
            Ok(())
        }
    }
}

/// An existing file that is neither a regular file nor a directory (device, FIFO, socket).
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_old_file_whole_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("plan.pdf");
        std::fs::write(&out, "alt").unwrap();
        write(&Target::File(out.clone()), b"neu").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"neu");
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("plan.pdf")]);
    }

    #[test]
    fn a_missing_folder_fails_without_leaving_anything() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("fehlt/plan.pdf");
        assert!(write(&Target::File(out), b"x").is_err());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    }
}
