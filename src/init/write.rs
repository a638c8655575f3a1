//! Writing a new plan: refuse if any file exists, create each file exclusively, and remove
//! what was created when a write fails, so a failed `init` leaves nothing behind.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{InitError, NewFile};

/// Write `files` into `dir` (created if missing); returns the paths written.
pub fn write_new(dir: &Path, files: &[NewFile]) -> Result<Vec<PathBuf>, InitError> {
    if dir.exists() && !dir.is_dir() {
        return Err(InitError::NotADirectory(dir.to_path_buf()));
    }
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|f| dir.join(&f.path))
        .filter(|p| p.symlink_metadata().is_ok())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists { existing });
    }
    let mut created = Created::default();
    for f in files {
        let path = dir.join(&f.path);
        if let Err(source) = created.file(&path, &f.contents) {
            created.undo();
            return Err(InitError::Io { path, source });
        }
    }
    Ok(created.files)
}

/// What this run created, in order, to undo on failure.
#[derive(Default)]
struct Created {
    dirs: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

impl Created {
    fn file(&mut self, path: &Path, contents: &str) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            self.dir(parent)?;
        }
        // `create_new` fails rather than overwrite a file that appeared meanwhile.
        let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
        self.files.push(path.to_path_buf());
        file.write_all(contents.as_bytes())?;
        file.sync_all()
    }

    fn dir(&mut self, dir: &Path) -> std::io::Result<()> {
        if dir.as_os_str().is_empty() || dir.is_dir() {
            return Ok(());
        }
        if let Some(parent) = dir.parent() {
            self.dir(parent)?;
        }
        fs::create_dir(dir)?;
        self.dirs.push(dir.to_path_buf());
        Ok(())
    }

    fn undo(&self) {
        for f in self.files.iter().rev() {
            let _ = fs::remove_file(f);
        }
        for d in self.dirs.iter().rev() {
            let _ = fs::remove_dir(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> NewFile {
        NewFile {
            path: PathBuf::from(path),
            contents: contents.to_string(),
        }
    }

    #[test]
    fn writes_into_new_nested_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b");
        let written = write_new(
            &dir,
            &[file("plan.toml", "x"), file("schulen/gs.toml", "y")],
        )
        .unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(
            fs::read_to_string(dir.join("schulen/gs.toml")).unwrap(),
            "y"
        );
    }

    #[test]
    fn an_existing_file_stops_everything_before_the_first_write() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("plan.toml"), "alt").unwrap();
        let err = write_new(
            tmp.path(),
            &[file("mep.schema.json", "{}"), file("plan.toml", "neu")],
        )
        .unwrap_err();
        assert!(matches!(err, InitError::Exists { ref existing } if existing.len() == 1));
        assert!(!tmp.path().join("mep.schema.json").exists());
        assert_eq!(
            fs::read_to_string(tmp.path().join("plan.toml")).unwrap(),
            "alt"
        );
    }

    #[test]
    fn a_failed_write_removes_what_it_created() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("neu");
        // The second file's folder is taken by a file of the first: creating it fails.
        let err = write_new(&dir, &[file("x", "1"), file("x/y.toml", "2")]).unwrap_err();
        assert!(matches!(err, InitError::Io { .. }));
        assert!(!dir.exists());
    }
}
