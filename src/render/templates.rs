//! The document templates: built into the binary (`plan-templates/dokument/`), each
//! replaceable by a file of the same name in the folder given with `--templates`. The
//! typst template is split into parts (`basis.typ`, `kapitel/kosten.typ`, …), so a folder
//! may replace one chapter and keep the built-in rest.

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

/// Markdown template of the support agreement (`mep render --dokument supportvereinbarung`).
pub const VEREINBARUNG_MARKDOWN: &str = "supportvereinbarung.md";
/// Typst template of the support agreement.
pub const VEREINBARUNG_TYPST: &str = "supportvereinbarung.typ";

/// `(name, text)` of built-in templates, each embedded from `plan-templates/dokument/NAME`.
macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../plan-templates/dokument/", $name)))),*]
    };
}

/// The built-in templates by name: the main templates ([`MARKDOWN`], [`TYPST`],
/// [`SYNOPSE_MARKDOWN`], [`SYNOPSE_TYPST`], [`VEREINBARUNG_MARKDOWN`],
/// [`VEREINBARUNG_TYPST`]) and the parts `plan.typ` imports and includes
/// (helpers, data, one file per chapter); each can be replaced alone.
pub static EMBEDDED: &[(&str, &str)] = embedded![
    "plan.md",
    "plan.typ",
    "synopse.md",
    "synopse.typ",
    "supportvereinbarung.md",
    "supportvereinbarung.typ",
    "basis.typ",
    "daten.typ",
    "meta.typ",
    "diagramme.typ",
    "kapitel/titelseite.typ",
    "kapitel/zusammenfassung.typ",
    "kapitel/ausgangslage.typ",
    "kapitel/leitplanken.typ",
    "kapitel/zielarchitektur.typ",
    "kapitel/support.typ",
    "kapitel/zusammenarbeit.typ",
    "kapitel/kooperation.typ",
    "kapitel/land.typ",
    "kapitel/fortbildung.typ",
    "kapitel/datenschutz.typ",
    "kapitel/massnahmen.typ",
    "kapitel/finanzierung.typ",
    "kapitel/kosten.typ",
    "kapitel/evaluation.typ",
    "kapitel/anhang.typ",
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

/// A template name is a relative path of plain names (`plan.typ`, `kapitel/kosten.typ`):
/// no absolute path, no `..`, no hidden files, no way out of the template folder.
pub fn valid_name(name: &str) -> bool {
    name.split('/').count() <= MAX_DEPTH && name.split('/').all(valid_part)
}

/// One part of a template name: a plain file or folder name.
fn valid_part(part: &str) -> bool {
    !part.is_empty()
        && !part.starts_with('.')
        && part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Deepest template name, in parts (`kapitel/kosten.typ` has two).
const MAX_DEPTH: usize = 4;
/// Most typst files taken from a template folder.
const MAX_OWN_FILES: usize = 200;

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

    /// The typst files a main template can import or include, by name (`basis.typ`,
    /// `kapitel/kosten.typ`): the built-in parts, each replaced by the user's file of the
    /// same name, and the user's further `.typ` files. The main templates themselves
    /// (`plan.typ`, `synopse.typ`, `supportvereinbarung.typ`) are entry points, not parts.
    pub fn typst_parts(&self) -> std::io::Result<Vec<(String, Template)>> {
        let mut names: Vec<String> = EMBEDDED
            .iter()
            .map(|(n, _)| (*n).to_string())
            .filter(|n| n.ends_with(".typ"))
            .collect();
        if let Some(dir) = &self.dir {
            own_typst_names(dir, "", &mut names)?;
        }
        names.retain(|n| n != TYPST && n != SYNOPSE_TYPST && n != VEREINBARUNG_TYPST);
        names.sort();
        names.dedup();
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            if let Some(template) = self.get(&name)? {
                out.push((name, template));
            }
        }
        Ok(out)
    }
}

/// Collects the names of the `.typ` files under `dir` (folder `prefix` of the template
/// folder). Hidden entries and linked folders are skipped, so the walk stays inside the
/// folder and ends; linked files are checked when read.
fn own_typst_names(dir: &Path, prefix: &str, names: &mut Vec<String>) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir.join(prefix))?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if !valid_name(&name) {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            own_typst_names(dir, &format!("{name}/"), names)?;
        } else if name.ends_with(".typ") && entry.path().is_file() {
            if names.len() >= EMBEDDED.len() + MAX_OWN_FILES {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!(
                        "`{}`: mehr als / more than {MAX_OWN_FILES} .typ-Dateien / files",
                        dir.display()
                    ),
                ));
            }
            names.push(name);
        }
    }
    Ok(())
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
            "kapitel/../../plan.md",
            "/etc/passwd",
            "a//b.md",
            "kapitel/",
            "",
            ".hidden",
            "kapitel/.kosten.typ",
            "a/b/c/d/e.typ",
            "plan.md\0",
        ] {
            assert!(!valid_name(bad), "{bad:?}");
        }
        assert!(valid_name("plan.md"));
        assert!(valid_name("kapitel/kosten.typ"));
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
    #[test]
    fn parts_are_built_in_unless_the_folder_has_them() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("kapitel/.git")).unwrap();
        fs::write(tmp.path().join("kapitel/kosten.typ"), "eigene Kosten").unwrap();
        fs::write(tmp.path().join("kapitel/.git/x.typ"), "versteckt").unwrap();
        fs::write(tmp.path().join("lib.typ"), "eigene Helfer").unwrap();
        fs::write(tmp.path().join("plan.typ"), "eigener Plan").unwrap();
        let set = TemplateSet::new(Some(tmp.path()));
        let parts = set.typst_parts().unwrap();
        let get = |name: &str| parts.iter().find(|(n, _)| n == name).map(|(_, t)| t);
        let kosten = get("kapitel/kosten.typ").unwrap();
        assert!(kosten.own && kosten.text == "eigene Kosten");
        assert!(get("lib.typ").unwrap().own);
        let anhang = get("kapitel/anhang.typ").unwrap();
        assert!(!anhang.own && anhang.display == "kapitel/anhang.typ");
        assert!(get("plan.typ").is_none() && get("synopse.typ").is_none());
        assert!(get("supportvereinbarung.typ").is_none());
        assert!(get("kapitel/.git/x.typ").is_none());
        let built_in = TemplateSet::new(None).typst_parts().unwrap();
        assert_eq!(built_in.len(), parts.len() - 1, "only lib.typ is new");
    }
}
