//! The sandboxed [`World`] one typst compilation runs in: in-memory sources, the fonts
//! embedded in the binary, read-only access to the plan folder, and a fixed date.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};

use ::typst::diag::{FileError, FileResult, PackageError};
use ::typst::ecow::{EcoString, eco_format};
use ::typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue};
use ::typst::syntax::{DiagSpan, FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use ::typst::text::{Font, FontBook};
use ::typst::utils::LazyHash;
use ::typst::{Library, LibraryExt, World, WorldExt};

use super::{Job, MAIN_PATH};

/// The fonts shipped with typst-assets, parsed once per process.
struct FontSet {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<FontSet> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    let book = LazyHash::new(FontBook::from_fonts(&fonts));
    FontSet { book, fonts }
});

/// The standard library without `sys.inputs`: built once per process, so its hash (which
/// every memoised step of typst depends on) is computed once and stays the same between
/// the renders of `--watch`.
static PLAIN_LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

#[cfg(test)]
pub(super) fn plain_library() -> &'static LazyHash<Library> {
    &PLAIN_LIBRARY
}

/// Where the world serves input `key` as a file, e.g. `/.mep/mep.json`.
pub fn input_path(key: &str) -> String {
    format!("/.mep/{key}.json")
}

/// A typst source held in memory, with the name diagnostics show for it.
struct MemorySource {
    source: Source,
    display: String,
}

/// The plan folder as seen by the world: canonicalised once, or the reason it can't be.
enum AssetsRoot {
    None,
    Unusable(EcoString),
    Dir(PathBuf),
}

/// A [`World`] that serves only what the [`Job`] hands it.
///
/// - Sources (`.typ` files that can be imported or included) come only from memory.
/// - Other files (`image`, `read`, `json`, …) come only from the plan folder; a path
///   whose canonical form (symlinks resolved) leaves the folder is refused.
/// - Package imports (`@preview/…`) are refused; nothing touches the network.
/// - Fonts are those embedded in the binary; system fonts are never looked at.
/// - `datetime.today()` is the job's date, never the wall clock.
pub(super) struct SandboxWorld {
    /// The library with `sys.inputs`, only when a source can read them (see
    /// [`reads_sys`]); else [`PLAIN_LIBRARY`].
    library: Option<LazyHash<Library>>,
    /// The inputs as in-memory files at [`input_path`].
    input_files: HashMap<FileId, Bytes>,
    main: FileId,
    sources: HashMap<FileId, MemorySource>,
    assets: AssetsRoot,
    today: Datetime,
    /// Files read from the plan folder, so that one compilation sees each file once.
    files: Mutex<HashMap<FileId, FileResult<Bytes>>>,
}

/// A [`Job`] that can't even be set up (invalid date, clashing source paths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SetupError(pub String);

impl SandboxWorld {
    /// Builds the world for one job.
    pub(super) fn new(job: &Job) -> Result<Self, SetupError> {
        let (year, month, day) = job.date;
        let today = Datetime::from_ymd(year, month, day).ok_or_else(|| {
            SetupError(format!(
                "invalid document date {year:04}-{month:02}-{day:02}"
            ))
        })?;

        let main = project_file(MAIN_PATH)
            .map_err(|e| SetupError(format!("invalid main path {MAIN_PATH}: {e}")))?;
        let mut sources = HashMap::new();
        sources.insert(
            main,
            MemorySource {
                source: Source::new(main, job.main.clone()),
                display: job.main_name.clone(),
            },
        );
        for (path, text, display) in &job.sources {
            let id = project_file(path)
                .map_err(|e| SetupError(format!("invalid source path {path:?}: {e}")))?;
            let entry = MemorySource {
                source: Source::new(id, text.clone()),
                display: display.clone(),
            };
            if sources.insert(id, entry).is_some() {
                return Err(SetupError(format!(
                    "source path {path:?} is given twice (the main file is {MAIN_PATH})"
                )));
            }
        }

        // Inputs in `sys.inputs` are part of the library, and typst's memo cache keys
        // every step on the library's hash: changed data would invalidate everything.
        // Served as files, a change invalidates only what reads them. `sys.inputs` is
        // filled only for templates that use it (own templates written for it).
        let library = reads_sys(job).then(|| {
            let inputs: Dict = job
                .inputs
                .iter()
                .map(|(key, value)| (key.as_str().into(), value.as_str().into_value()))
                .collect();
            LazyHash::new(Library::builder().with_inputs(inputs).build())
        });
        let mut input_files = HashMap::new();
        for (key, value) in &job.inputs {
            let path = input_path(key);
            let id = project_file(&path)
                .map_err(|e| SetupError(format!("invalid input name {key:?}: {e}")))?;
            input_files.insert(id, Bytes::from_string(value.clone()));
        }

        let assets = match &job.assets_root {
            None => AssetsRoot::None,
            Some(dir) => match std::fs::canonicalize(dir) {
                Ok(dir) if dir.is_dir() => AssetsRoot::Dir(dir),
                Ok(_) => AssetsRoot::Unusable(eco_format!(
                    "the plan folder {} is not a directory",
                    dir.display()
                )),
                Err(e) => AssetsRoot::Unusable(eco_format!(
                    "the plan folder {} is not accessible: {e}",
                    dir.display()
                )),
            },
        };

        Ok(Self {
            library,
            input_files,
            main,
            sources,
            assets,
            today,
            files: Mutex::new(HashMap::new()),
        })
    }

    /// How diagnostics name a file: the display name of an in-memory source, the path
    /// relative to the plan folder for other files, `@ns/name:version/path` for packages.
    pub(super) fn display_name(&self, id: FileId) -> String {
        if let Some(entry) = self.sources.get(&id) {
            return entry.display.clone();
        }
        match id.root() {
            VirtualRoot::Project => id.vpath().get_without_slash().to_string(),
            VirtualRoot::Package(spec) => format!("{spec}{}", id.vpath().get_with_slash()),
        }
    }

    /// File name and 1-based line and column (counted in characters) of a span;
    /// an empty name and `0, 0` when the span points nowhere.
    pub(super) fn locate(&self, span: DiagSpan) -> (String, usize, usize) {
        let Some(id) = span.id() else {
            return (String::new(), 0, 0);
        };
        let file = self.display_name(id);
        let position = self.range(span).and_then(|range| {
            if let Ok(source) = self.source(id) {
                source.lines().byte_to_line_column(range.start)
            } else {
                let lines = self.file(id).ok()?.lines().ok()?;
                lines.byte_to_line_column(range.start)
            }
        });
        match position {
            Some((line, column)) => (file, line + 1, column + 1),
            None => (file, 0, 0),
        }
    }

    /// Reads a non-source file from the plan folder, refusing anything outside it.
    fn read_asset(&self, id: FileId) -> FileResult<Bytes> {
        let vpath = id.vpath();
        let root = match &self.assets {
            AssetsRoot::Dir(root) => root,
            AssetsRoot::Unusable(reason) => return Err(FileError::Other(Some(reason.clone()))),
            AssetsRoot::None => {
                return Err(FileError::Other(Some(eco_format!(
                    "cannot read {}: no plan folder to read files from",
                    vpath.get_without_slash()
                ))));
            }
        };
        let path = vpath.realize(root)?;
        let canonical = std::fs::canonicalize(&path).map_err(|e| FileError::from_io(e, &path))?;
        if !is_inside(&canonical, root) {
            return Err(FileError::Other(Some(eco_format!(
                "{} lies outside the plan folder",
                vpath.get_without_slash()
            ))));
        }
        if canonical.is_dir() {
            return Err(FileError::IsDirectory);
        }
        let data = std::fs::read(&canonical).map_err(|e| FileError::from_io(e, &path))?;
        Ok(Bytes::new(data))
    }
}

impl World for SandboxWorld {
    fn library(&self) -> &LazyHash<Library> {
        self.library.as_ref().unwrap_or(&PLAIN_LIBRARY)
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if let Some(entry) = self.sources.get(&id) {
            return Ok(entry.source.clone());
        }
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(package_refused(&spec.to_string()));
        }
        // Typst sources never come from disk, not even from the plan folder.
        Err(FileError::NotFound(PathBuf::from(
            id.vpath().get_with_slash(),
        )))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(entry) = self.sources.get(&id) {
            return Ok(Bytes::from_string(entry.source.text().to_string()));
        }
        if let Some(data) = self.input_files.get(&id) {
            return Ok(data.clone());
        }
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(package_refused(&spec.to_string()));
        }
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files
            .entry(id)
            .or_insert_with(|| self.read_asset(id))
            .clone()
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

/// Whether a source of the job may read `sys.inputs`: any mention of the name `sys`
/// counts (also `import sys: inputs`, `let s = sys` or a comment), so no template that
/// reads them misses them; `System` is another name.
fn reads_sys(job: &Job) -> bool {
    std::iter::once(&job.main)
        .chain(job.sources.iter().map(|(_, text, _)| text))
        .any(|text| mentions_sys(text))
}

pub(super) fn mentions_sys(text: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    text.match_indices("sys").any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + 3..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// The id of a file in the project root (not in a package).
fn project_file(path: &str) -> Result<FileId, ::typst::syntax::PathError> {
    Ok(RootedPath::new(VirtualRoot::Project, VirtualPath::new(path)?).intern())
}

fn package_refused(spec: &str) -> FileError {
    FileError::Package(PackageError::Other(Some(eco_format!(
        "{spec}: mep renders offline and does not load typst packages; \
         a template must be self-contained"
    ))))
}

/// Whether `path` lies in `root` (both canonical).
fn is_inside(path: &Path, root: &Path) -> bool {
    path.starts_with(root)
}
