//! Loading a plan: read and decode each file, parse TOML with spans, follow `einbinden`
//! includes inside the plan folder, and merge everything into one spanned tree.

pub mod source;
pub mod tree;

use std::io::Read;
use std::path::{Path, PathBuf};

use codespan_reporting::files::{Error as FilesError, Files as CodespanFiles, SimpleFile};
use toml::de::DeTable;

use crate::diagnostic::{FileId, Finding, Loc};
use crate::text;
use tree::{Entry, Kind, Node};

/// Key under which a plan file lists further files.
pub const INCLUDE_KEY: &str = "einbinden";
/// Key holding the format version.
pub const VERSION_KEY: &str = "formatversion";

/// Every source file of one plan, for locations and source snippets.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<SimpleFile<String, String>>,
}

impl Files {
    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SimpleFile::new(name, text));
        self.files.len() - 1
    }

    pub fn name_of(&self, id: FileId) -> &str {
        self.files[id].name()
    }

    pub fn text_of(&self, id: FileId) -> &str {
        self.files[id].source()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, loc: &Loc) -> (usize, usize) {
        match CodespanFiles::location(self, loc.file, loc.span.start) {
            Ok(l) => (l.line_number, l.column_number),
            Err(_) => (1, 1),
        }
    }
}

impl<'a> CodespanFiles<'a> for Files {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.files
            .get(id)
            .map(|f| f.name().as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.files
            .get(id)
            .map(|f| f.source().as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        self.files
            .get(id)
            .ok_or(FilesError::FileMissing)?
            .line_index((), byte_index)
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, FilesError> {
        self.files
            .get(id)
            .ok_or(FilesError::FileMissing)?
            .line_range((), line_index)
    }
}

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
    let mut loader = Loader::default();
    let from_stdin = path.as_os_str() == "-";
    let (name, base) = if from_stdin {
        (
            "<stdin>".to_string(),
            std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        )
    } else {
        let base = path.parent().map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        });
        (
            path.display().to_string(),
            base.unwrap_or(Path::new(".")).to_path_buf(),
        )
    };
    let root_dir = match base.canonicalize() {
        Ok(d) => d,
        Err(e) => return Err(loader.unusable(io_finding(&name, &e), None)),
    };
    let bytes = if from_stdin {
        read_stdin()
    } else {
        read_file(path)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(f) => return Err(loader.unusable(f(&name), None)),
    };
    let canonical = if from_stdin {
        None
    } else {
        path.canonicalize().ok()
    };
    let mut root = loader.parse(name, bytes, None)?;
    loader.stack.extend(canonical);
    loader.resolve_includes(&mut root, &root_dir, &base)?;
    Ok(Loaded {
        files: loader.files,
        root,
        findings: loader.findings,
    })
}

#[derive(Default)]
struct Loader {
    files: Files,
    findings: Vec<Finding>,
    /// Canonical paths of the files being included right now, for cycle detection.
    stack: Vec<PathBuf>,
    /// Every file included so far, and where it was first included.
    seen: Vec<(PathBuf, Loc)>,
}

type MakeFinding = Box<dyn FnOnce(&str) -> Finding>;

fn read_file(path: &Path) -> Result<Vec<u8>, MakeFinding> {
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

fn read_stdin() -> Result<Vec<u8>, MakeFinding> {
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

fn io_finding(name: &str, e: &std::io::Error) -> Finding {
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

impl Loader {
    fn unusable(&mut self, finding: Finding, extra: Option<Vec<Finding>>) -> Unusable {
        let mut findings = std::mem::take(&mut self.findings);
        findings.push(finding);
        findings.extend(extra.unwrap_or_default());
        Unusable {
            files: std::mem::take(&mut self.files),
            findings,
        }
    }

    /// Decode and parse one file. `included_at` is the `einbinden` entry that named it.
    fn parse(
        &mut self,
        name: String,
        bytes: Vec<u8>,
        included_at: Option<Loc>,
    ) -> Result<Node, Unusable> {
        let text = match source::decode(&bytes) {
            Ok(t) => t,
            Err(e) => {
                // Keep a lossy copy so the finding can show line and column; the valid
                // prefix up to the offending byte is unchanged by the replacement.
                let lossy = String::from_utf8_lossy(&bytes).into_owned();
                let span = match lossy.get(e.offset..).and_then(|rest| rest.chars().next()) {
                    Some(c) => e.offset..e.offset + c.len_utf8(),
                    None => 0..0,
                };
                let file = self.files.add(name, lossy);
                let f = Finding::new("E002", e.message)
                    .hint(e.hint)
                    .at(Some(Loc { file, span }));
                let f = f.label(included_at, text!("hier eingebunden", "included here"));
                return Err(self.unusable(f, None));
            }
        };
        let file = self.files.add(name, text);
        let source = self.files.text_of(file);
        let (table, errors) = DeTable::parse_recoverable(source);
        if !errors.is_empty() {
            let findings = errors
                .into_iter()
                .map(|e| {
                    let span = e.span().unwrap_or(0..0);
                    toml_finding(e.message()).at(Some(Loc { file, span }))
                })
                .collect::<Vec<_>>();
            let mut findings = findings.into_iter();
            let first = findings.next().expect("non-empty");
            return Err(self.unusable(first, Some(findings.collect())));
        }
        let mut conv = Vec::new();
        let node = tree::from_toml(file, table, &mut conv);
        self.findings.extend(conv);
        Ok(node)
    }

    /// Read the `einbinden` list of `node` and merge each named file into it.
    fn resolve_includes(
        &mut self,
        node: &mut Node,
        root_dir: &Path,
        base: &Path,
    ) -> Result<(), Unusable> {
        let Some(list) = node.get(INCLUDE_KEY).cloned() else {
            return Ok(());
        };
        let Kind::Array(items) = &list.kind else {
            return Ok(());
        };
        for item in items {
            let Kind::Scalar(serde_json::Value::String(rel)) = &item.kind else {
                continue;
            };
            let mut child = self.include(rel, &item.loc, root_dir, base)?;
            let Some((canonical, child_base)) = child.1.take() else {
                continue;
            };
            self.stack.push(canonical);
            self.resolve_includes(&mut child.0, root_dir, &child_base)?;
            self.stack.pop();
            child.0.take(INCLUDE_KEY);
            child.0.take(VERSION_KEY);
            self.merge(node, child.0);
        }
        Ok(())
    }

    /// Read one included file; `None` as second item when it is skipped after a finding.
    #[allow(clippy::type_complexity)]
    fn include(
        &mut self,
        rel: &str,
        at: &Loc,
        root_dir: &Path,
        base: &Path,
    ) -> Result<(Node, Option<(PathBuf, PathBuf)>), Unusable> {
        let fail = |this: &mut Self, f: Finding| Err(this.unusable(f.at(Some(at.clone())), None));
        let rel_path = Path::new(rel);
        if rel_path.is_absolute() {
            return fail(
                self,
                Finding::new(
                    "E003",
                    text!(
                        "`{rel}` ist ein absoluter Pfad",
                        "`{rel}` is an absolute path"
                    ),
                )
                .hint(text!(
                    "Eingebundene Dateien werden relativ zur einbindenden Datei angegeben",
                    "included files are given relative to the including file"
                )),
            );
        }
        let joined = base.join(rel_path);
        let canonical = match joined.canonicalize() {
            Ok(c) => c,
            Err(e) => return fail(self, io_finding(rel, &e).with_code("E003")),
        };
        if !canonical.starts_with(root_dir) {
            return fail(
                self,
                Finding::new(
                    "E003",
                    text!(
                        "`{rel}` liegt außerhalb des Plan-Ordners",
                        "`{rel}` lies outside the plan folder"
                    ),
                )
                .hint(text!(
                    "Alle Dateien eines Plans liegen im Ordner der Hauptdatei oder darunter",
                    "all files of a plan live in the main file's folder or below it"
                )),
            );
        }
        if self.stack.contains(&canonical) {
            let chain: Vec<String> = self
                .stack
                .iter()
                .chain([&canonical])
                .map(|p| short(p, root_dir))
                .collect();
            return fail(
                self,
                Finding::new(
                    "E003",
                    text!(
                        "Einbindung im Kreis: {}",
                        "include cycle: {}",
                        chain.join(" → ")
                    ),
                ),
            );
        }
        if let Some((_, first)) = self.seen.iter().find(|(p, _)| *p == canonical) {
            let first = first.clone();
            return fail(
                self,
                Finding::new(
                    "E003",
                    text!(
                        "`{rel}` ist mehrfach eingebunden",
                        "`{rel}` is included more than once"
                    ),
                )
                .label(
                    Some(first),
                    text!("zuerst hier eingebunden", "first included here"),
                ),
            );
        }
        self.seen.push((canonical.clone(), at.clone()));
        let bytes = match read_file(&canonical) {
            Ok(b) => b,
            Err(f) => return fail(self, f(rel).with_code("E003")),
        };
        let name = joined.display().to_string();
        let node = self.parse(name, bytes, Some(at.clone()))?;
        let child_base = canonical.parent().unwrap_or(root_dir).to_path_buf();
        Ok((node, Some((canonical, child_base))))
    }

    /// Merge an included file into the main tree: tables merge, arrays append, a key
    /// defined in both files is an error.
    fn merge(&mut self, into: &mut Node, from: Node) {
        let (Kind::Table(target), Kind::Table(source)) = (&mut into.kind, from.kind) else {
            return;
        };
        for entry in source {
            match target.iter_mut().find(|e| e.key == entry.key) {
                None => target.push(entry),
                Some(existing) => match (&mut existing.value.kind, &entry.value.kind) {
                    (Kind::Table(_), Kind::Table(_)) => {
                        self.merge(&mut existing.value, entry.value)
                    }
                    (Kind::Array(a), Kind::Array(_)) => {
                        if let Kind::Array(b) = entry.value.kind {
                            a.extend(b);
                        }
                    }
                    _ => self.findings.push(duplicate_key(existing, &entry)),
                },
            }
        }
    }
}

fn duplicate_key(first: &Entry, second: &Entry) -> Finding {
    Finding::new(
        "E005",
        text!(
            "Schlüssel `{}` ist in mehreren Dateien gesetzt",
            "key `{}` is set in more than one file",
            second.key
        ),
    )
    .at(Some(second.key_loc.clone()))
    .label(
        Some(first.key_loc.clone()),
        text!("zuerst hier gesetzt", "first set here"),
    )
    .hint(text!(
        "Jeder Wert steht in genau einer Datei des Plans",
        "each value belongs in exactly one file of the plan"
    ))
}

fn short(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

impl Finding {
    fn with_code(mut self, code: &'static str) -> Finding {
        self.code = code;
        self
    }
}

/// A TOML syntax error in both languages; toml's own text is English, so the common
/// cases get a German explanation in front.
fn toml_finding(message: &str) -> Finding {
    let message = message.trim_end();
    let de = match message {
        m if m.contains("recursion limit") => "zu tief verschachtelt",
        m if m.contains("duplicate key") => "Schlüssel doppelt",
        m if m.contains("invalid basic string") || m.contains("invalid literal string") => {
            "Zeichenkette nicht abgeschlossen"
        }
        m if m.contains("expected newline") => "nach dem Wert muss die Zeile enden",
        m if m.contains("invalid table header") => "ungültige Tabellenüberschrift",
        _ => "",
    };
    let de = if de.is_empty() {
        message.to_string()
    } else {
        format!("{de} ({message})")
    };
    Finding::new("E001", text!("ungültiges TOML: {de}", "invalid TOML: {message}")).hint(text!(
        "Plandateien folgen der TOML-Syntax: `schluessel = \"Text\"`, Tabellen als `[abschnitt]`, Listen von Tabellen als `[[schulen]]`",
        "plan files follow TOML syntax: `key = \"text\"`, tables as `[section]`, lists of tables as `[[schulen]]`"
    ))
}
