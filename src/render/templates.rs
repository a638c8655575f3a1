//! The document templates: built into the binary (`plan-templates/dokument/`), each
//! replaceable by a file of the same name in the folder given with `--templates`.

use std::fs;
use std::path::{Path, PathBuf};

/// Main Markdown template.
pub const MARKDOWN: &str = "plan.md";
/// Main typst template.
pub const TYPST: &str = "plan.typ";
/// Markdown template of the Synopse (`mep diff --to md`).
pub const SYNOPSE_MARKDOWN: &str = "synopse.md";
/// Typst template of the Synopse (`mep diff --to pdf`).
pub const SYNOPSE_TYPST: &str = "synopse.typ";

/// The built-in templates by name.
pub static EMBEDDED: &[(&str, &str)] = &[
    (
        MARKDOWN,
        include_str!("../../plan-templates/dokument/plan.md"),
    ),
    (
        TYPST,
        include_str!("../../plan-templates/dokument/plan.typ"),
    ),
    (
        SYNOPSE_MARKDOWN,
        include_str!("../../plan-templates/dokument/synopse.md"),
    ),
    (
        SYNOPSE_TYPST,
        include_str!("../../plan-templates/dokument/synopse.typ"),
    ),
];

/// A template's text and the name errors give for it.
#[derive(Debug, Clone)]
pub struct Template {
    pub text: String,
    /// `plan.md` for a built-in template, the file's path for the user's own.
    pub display: String,
    /// Whether the template comes from `--templates`.
    pub own: bool,
}

/// Where templates come from: the built-in set, overridden by name from a folder.
#[derive(Debug, Clone, Default)]
pub struct TemplateSet {
    dir: Option<PathBuf>,
}

/// A template name is a plain file name: no folders, no way out of the template folder.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

impl TemplateSet {
    pub fn new(dir: Option<&Path>) -> TemplateSet {
        TemplateSet {
            dir: dir.map(Path::to_path_buf),
        }
    }

    /// The template `name`: the user's file if the folder has one, else the built-in one.
    pub fn get(&self, name: &str) -> std::io::Result<Option<Template>> {
        if !valid_name(name) {
            return Ok(None);
        }
        if let Some(dir) = &self.dir {
            let path = dir.join(name);
            if path.is_file() {
                return Ok(Some(Template {
                    text: read_own(dir, &path)?,
                    display: path.display().to_string(),
                    own: true,
                }));
            }
        }
        Ok(EMBEDDED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, t)| Template {
                text: (*t).to_string(),
                display: (*n).to_string(),
                own: false,
            }))
    }

    /// The user's further typst files (for `#import "lib.typ"`), by file name.
    pub fn own_typst_files(&self) -> std::io::Result<Vec<(String, Template)>> {
        let Some(dir) = &self.dir else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name != TYPST
                && name != SYNOPSE_TYPST
                && name.ends_with(".typ")
                && valid_name(&name)
                && entry.path().is_file()
            {
                out.push((
                    name,
                    Template {
                        text: read_own(dir, &entry.path())?,
                        display: entry.path().display().to_string(),
                        own: true,
                    },
                ));
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }
}

/// Largest template file read, in bytes.
const MAX_TEMPLATE_BYTES: u64 = 4 * 1024 * 1024;

/// Read one of the user's templates: it must lie in the template folder once symlinks
/// are resolved (a link to `~/.ssh/id_rsa` would put that file into the document), and
/// be of a template's size.
fn read_own(dir: &Path, path: &Path) -> std::io::Result<String> {
    let real = path.canonicalize()?;
    if !real.starts_with(dir.canonicalize()?) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!(
                "`{}` zeigt aus dem Vorlagenordner heraus / points outside the template folder",
                path.display()
            ),
        ));
    }
    let size = fs::metadata(&real)?.len();
    if size > MAX_TEMPLATE_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "`{}`: {} MiB, höchstens / at most {} MiB",
                path.display(),
                size / (1024 * 1024),
                MAX_TEMPLATE_BYTES / (1024 * 1024)
            ),
        ));
    }
    fs::read_to_string(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_leave_the_folder() {
        for bad in [
            "../plan.md",
            "/etc/passwd",
            "a/b.md",
            "",
            ".hidden",
            "plan.md\0",
        ] {
            assert!(!valid_name(bad), "{bad:?}");
        }
        assert!(valid_name("plan.md"));
        let set = TemplateSet::new(Some(Path::new("/etc")));
        assert!(set.get("../etc/passwd").unwrap().is_none());
    }

    #[test]
    fn own_templates_replace_built_in_ones_by_name() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("plan.md"), "eigene").unwrap();
        let set = TemplateSet::new(Some(tmp.path()));
        let md = set.get(MARKDOWN).unwrap().unwrap();
        assert_eq!(md.text, "eigene");
        assert!(md.own);
        let typ = set.get(TYPST).unwrap().unwrap();
        assert!(!typ.own);
    }
}
