//! Loading a plan: read and decode each file, parse TOML with spans, follow `einbinden`
//! includes inside the plan folder, and merge everything into one spanned tree. A PDF made
//! by `mep render` is read through the plan files attached to it.

pub mod attachments;
pub mod cache;
pub mod files;
mod german;
mod include;
mod inflate;
mod parse;
mod pdf;
mod read;
pub mod source;
mod thousands;
pub mod tree;
pub mod wappen;

use std::path::{Path, PathBuf};

pub use files::Files;
pub use german::percent_number;

use crate::diagnostic::Finding;
use include::Loader;
use read::{ReadError, read_file, read_stdin};
use tree::Node;

/// Key under which a plan file lists further files.
pub const INCLUDE_KEY: &str = "einbinden";
/// Key holding the format version.
pub const VERSION_KEY: &str = "formatversion";

/// A plan read from disk: its files, the merged tree, and findings made while merging.
#[derive(Debug)]
pub struct Loaded {
    pub files: Files,
    pub root: Node,
    /// Non-fatal findings of loading (numbers out of range, keys defined twice).
    pub findings: Vec<Finding>,
}

/// Loading failed: the input is unusable (exit code 2). `files` holds what could be read,
/// so the findings can still show their source lines.
#[derive(Debug)]
pub struct Unusable {
    pub files: Files,
    pub findings: Vec<Finding>,
}

/// Load a plan from `path` (or standard input for `-`), following includes.
pub fn load(path: &Path) -> Result<Loaded, Unusable> {
    load_with(path, true)
}

/// Load one file of a plan as it is, without following its includes (for comparing
/// single files, as `git diff` hands them over).
pub fn load_file_only(path: &Path) -> Result<Loaded, Unusable> {
    load_with(path, false)
}

/// The folder a file lies in, as named: `.` for a bare file name. For a plan's main file
/// this is the plan folder.
pub fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// `name` relative to `folder`, its parts joined with `/` on every OS
/// (`schulen/gs-nord.toml`, also for `C:\Plan\schulen\gs-nord.toml` in `C:\Plan`);
/// `None` if it does not lie in the folder. Paths are compared part by part, so either
/// separator matches on Windows.
pub fn name_within(name: &str, folder: &Path) -> Option<String> {
    let rel = Path::new(name).strip_prefix(folder).ok()?;
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn load_with(path: &Path, follow_includes: bool) -> Result<Loaded, Unusable> {
    let mut loader = Loader::default();
    let from_stdin = path.as_os_str() == "-";
    let (name, base) = if from_stdin {
        (
            "<stdin>".to_string(),
            std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        )
    } else {
        (path.display().to_string(), folder_of(path).to_path_buf())
    };
    let root_dir = match base.canonicalize() {
        Ok(d) => d,
        Err(e) => return Err(loader.unusable(vec![ReadError::Io(e).finding(&name, false)])),
    };
    // Kept for later stages; a plan from standard input includes from the working
    // directory but has no folder of its own.
    let folder = (!from_stdin).then(|| root_dir.clone());
    let bytes = match if from_stdin {
        read_stdin()
    } else {
        read_file(path)
    } {
        Ok(b) => b,
        Err(e) => return Err(loader.unusable(vec![e.finding(&name, false)])),
    };
    // Office files and archives are named, not decoded as text.
    if let Some(f) = read::foreign_format(&name, &bytes) {
        return Err(loader.unusable(vec![f]));
    }
    if bytes.starts_with(pdf::MAGIC) {
        return pdf::load_attached(&name, &bytes).map(|mut l| {
            l.files.set_folder(folder);
            l.files.set_from_pdf();
            l
        });
    }
    let main = (!from_stdin).then_some(path);
    let mut root = loader.accept(cache::parse(main, 0, name, bytes), None)?;
    if !from_stdin {
        loader.stack.extend(path.canonicalize().ok());
    }
    if follow_includes {
        loader.resolve_includes(&mut root, &root_dir, &base)?;
    }
    cache::finish_load();
    loader.files.set_folder(folder);
    Ok(Loaded {
        files: loader.files,
        root,
        findings: loader.findings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loaded_plan_keeps_its_folder() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("p")).unwrap();
        let plan = tmp.path().join("p/../p/plan.toml");
        std::fs::write(&plan, "formatversion = 1\n").unwrap();
        let loaded = load(&plan).unwrap();
        let folder = tmp.path().join("p").canonicalize().unwrap();
        assert_eq!(loaded.files.folder(), Some(folder.as_path()));
    }

    #[test]
    fn a_name_within_the_folder_is_relative_with_slashes() {
        let within = |name, folder| name_within(name, Path::new(folder));
        assert_eq!(
            within("a/b/schulen/gs.toml", "a/b").as_deref(),
            Some("schulen/gs.toml")
        );
        assert_eq!(within("./plan.toml", ".").as_deref(), Some("plan.toml"));
        assert_eq!(within("a/../x.toml", "a").as_deref(), Some("../x.toml"));
        assert_eq!(within("plan.toml", "."), None);
        assert_eq!(within("ab/plan.toml", "a"), None);
        assert_eq!(within("a", "a"), None);
        #[cfg(windows)]
        {
            assert_eq!(
                within(r"C:\P\schulen/gs.toml", r"C:\P").as_deref(),
                Some("schulen/gs.toml")
            );
            assert_eq!(
                within(r"ex\m\plan.toml", "ex/m").as_deref(),
                Some("plan.toml")
            );
        }
    }

    #[test]
    fn a_bare_name_lies_in_the_working_folder() {
        assert_eq!(folder_of(Path::new("plan.toml")), Path::new("."));
        assert_eq!(folder_of(Path::new("a/plan.toml")), Path::new("a"));
    }
}
