//! Following `einbinden`: paths stay inside the plan folder, no cycles, no file twice;
//! the included files of one list are read and parsed in parallel, then merged in order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::diagnostic::{Finding, Loc};
use crate::load::cache;
use crate::load::files::Files;
use crate::load::parse::Parsed;
use crate::load::read::{ReadError, read_file};
use crate::load::tree::{Entry, Kind, Node};
use crate::load::{INCLUDE_KEY, Unusable, VERSION_KEY};
use crate::model::FORMATVERSION;
use crate::text;

/// State while loading one plan.
#[derive(Default)]
pub struct Loader {
    pub files: Files,
    pub findings: Vec<Finding>,
    /// Canonical paths of the files being included right now, for cycle detection.
    pub stack: Vec<PathBuf>,
    /// Every file included so far, and where it was first included.
    seen: HashMap<PathBuf, Loc>,
}

/// An include that passed the path checks and is about to be read.
struct Pending {
    rel: String,
    at: Loc,
    canonical: PathBuf,
    name: String,
}

impl Loader {
    /// Give up: the plan is unusable. Findings so far come along.
    pub fn unusable(&mut self, findings: Vec<Finding>) -> Unusable {
        let mut all = std::mem::take(&mut self.findings);
        all.extend(findings);
        Unusable {
            files: std::mem::take(&mut self.files),
            findings: all,
        }
    }

    /// Register a parsed file and return its tree, or give up on its errors.
    pub fn accept(&mut self, parsed: Parsed, included_at: Option<&Loc>) -> Result<Node, Unusable> {
        let id = self.files.add(parsed.name, parsed.text);
        debug_assert_eq!(
            id, parsed.file,
            "file ids are handed out in the order files are accepted"
        );
        self.findings.extend(parsed.notes);
        match parsed.result {
            Ok(node) => Ok(node),
            Err(mut findings) => {
                if let Some(first) = findings.first_mut() {
                    *first = first.clone().label(
                        included_at.cloned(),
                        text!("hier eingebunden", "included here"),
                    );
                }
                Err(self.unusable(findings))
            }
        }
    }

    /// Read the `einbinden` list of `node` and merge each named file into it. All files
    /// of the list are accepted first (so their ids follow the list), then each one's own
    /// includes are followed and it is merged, in list order.
    pub fn resolve_includes(
        &mut self,
        node: &mut Node,
        root_dir: &Path,
        base: &Path,
    ) -> Result<(), Unusable> {
        let Some(list) = node.get(INCLUDE_KEY) else {
            return Ok(());
        };
        let mut pending = Vec::new();
        let Kind::Array(items) = &list.kind else {
            return Err(self.unusable(vec![not_a_list(list.loc.clone())]));
        };
        for item in items {
            let Kind::Scalar(Value::String(rel)) = &item.kind else {
                return Err(self.unusable(vec![not_a_list(item.loc.clone())]));
            };
            pending.push(self.check_path(rel, &item.loc, root_dir, base)?);
        }
        let parsed = read_all(&pending, self.files.len());
        let mut children = Vec::with_capacity(pending.len());
        for (p, parsed) in pending.into_iter().zip(parsed) {
            let parsed = match parsed {
                Ok(parsed) => parsed,
                Err(e) => return Err(self.unusable(vec![e.finding(&p.rel, true).at(Some(p.at))])),
            };
            let child = self.accept(parsed, Some(&p.at))?;
            self.check_version(&child)?;
            children.push((p, child));
        }
        for (p, mut child) in children {
            let child_base = p.canonical.parent().unwrap_or(root_dir).to_path_buf();
            self.stack.push(p.canonical);
            self.resolve_includes(&mut child, root_dir, &child_base)?;
            self.stack.pop();
            child.take(INCLUDE_KEY);
            child.take(VERSION_KEY);
            self.merge(node, child);
        }
        Ok(())
    }

    /// An included file may repeat the format version; a newer one than this mep reads
    /// makes the plan unusable, as in the main file.
    fn check_version(&mut self, child: &Node) -> Result<(), Unusable> {
        let Some(v) = child.get(VERSION_KEY) else {
            return Ok(());
        };
        match &v.kind {
            Kind::Scalar(Value::Number(n)) if n.as_u64().is_some_and(|n| n <= FORMATVERSION as u64 && n >= 1) => Ok(()),
            _ => Err(self.unusable(vec![
                Finding::new(
                    "E004",
                    text!(
                        "eingebundene Datei nennt eine Formatversion, die dieses mep nicht liest (bis {FORMATVERSION})",
                        "included file states a format version this mep does not read (up to {FORMATVERSION})"
                    ),
                )
                .at(Some(v.loc.clone())),
            ])),
        }
    }

    /// Check an include path before reading it.
    fn check_path(
        &mut self,
        rel: &str,
        at: &Loc,
        root_dir: &Path,
        base: &Path,
    ) -> Result<Pending, Unusable> {
        let fail = |this: &mut Self, f: Finding| Err(this.unusable(vec![f.at(Some(at.clone()))]));
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
            Err(e) => return fail(self, ReadError::Io(e).finding(rel, true)),
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
        if let Some(first) = self.seen.get(&canonical).cloned() {
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
        self.seen.insert(canonical.clone(), at.clone());
        Ok(Pending {
            rel: rel.to_string(),
            at: at.clone(),
            canonical,
            name: joined.display().to_string(),
        })
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
                Some(existing) => match (&mut existing.value.kind, entry.value.kind) {
                    (Kind::Table(_), Kind::Table(t)) => {
                        let from = Node {
                            loc: entry.value.loc,
                            kind: Kind::Table(t),
                        };
                        self.merge(&mut existing.value, from);
                    }
                    (Kind::Array(a), Kind::Array(b)) => a.extend(b),
                    (_, kind) => {
                        let second = Entry {
                            key: entry.key,
                            key_loc: entry.key_loc,
                            value: Node {
                                loc: entry.value.loc,
                                kind,
                            },
                        };
                        self.findings.push(duplicate_key(existing, &second));
                    }
                },
            }
        }
    }
}

fn not_a_list(loc: Loc) -> Finding {
    Finding::new(
        "E003",
        text!(
            "`einbinden` muss eine Liste von Dateipfaden sein",
            "`einbinden` must be a list of file paths"
        ),
    )
    .at(Some(loc))
    .hint(text!(
        "z. B. `einbinden = [\"schulen/gs-am-park.toml\"]`",
        "e.g. `einbinden = [\"schulen/gs-am-park.toml\"]`"
    ))
}

/// Read and parse files on all cores; file ids are handed out in list order. Threads take
/// the next file from a shared counter, since file sizes differ widely (one school vs.
/// hundreds of measures).
fn read_all(pending: &[Pending], first_id: usize) -> Vec<Result<Parsed, ReadError>> {
    let work = |i: usize| {
        let p = &pending[i];
        read_file(&p.canonical)
            .map(|bytes| cache::parse(Some(&p.canonical), first_id + i, p.name.clone(), bytes))
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(pending.len());
    if threads <= 1 {
        return (0..pending.len()).map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Result<Parsed, ReadError>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= pending.len() {
                            return mine;
                        }
                        mine.push((i, work(i)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("parser thread"))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
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
