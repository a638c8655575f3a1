//! Parsed files kept between the loads of a long-running `mep render --watch`: a file whose
//! bytes are those parsed last time (same path, same id in the plan) is not parsed again.
//! The bytes are compared, not the modification time, which some file systems (FAT,
//! network shares) keep only to the second or two. Off unless [`enable`]d; files the last
//! load no longer used are dropped after it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diagnostic::FileId;
use crate::load::parse::{Parsed, parse_file};

/// The process's cache; `None` until enabled.
static CACHE: Mutex<Option<ParseCache>> = Mutex::new(None);

/// Keep parsed files between loads from now on (for `--watch`).
pub fn enable() {
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache.get_or_insert_with(ParseCache::default);
}

/// Parse `bytes` of the file at `path` as file `file` named `name`, through the cache when
/// it is enabled (`path` is `None` for standard input, which is never cached).
pub(super) fn parse(path: Option<&Path>, file: FileId, name: String, bytes: Vec<u8>) -> Parsed {
    match path {
        Some(path) => parse_in(&CACHE, path, file, name, bytes),
        None => parse_file(file, name, bytes),
    }
}

/// [`parse`] through the cache in `cache` (the process's, or a test's own).
fn parse_in(
    cache: &Mutex<Option<ParseCache>>,
    path: &Path,
    file: FileId,
    name: String,
    bytes: Vec<u8>,
) -> Parsed {
    let lock = || cache.lock().unwrap_or_else(|e| e.into_inner());
    // The guard ends with this statement: the arms below lock again.
    let cached = lock().as_mut().map(|c| c.lookup(path, file, &name, &bytes));
    match cached {
        None => parse_file(file, name, bytes),
        Some(Some(parsed)) => parsed,
        // Parsed outside the lock: included files are parsed in parallel.
        Some(None) => {
            let parsed = parse_file(file, name, bytes.clone());
            if let Some(cache) = lock().as_mut() {
                cache.store(path, bytes, &parsed);
            }
            parsed
        }
    }
}

/// Forget the files the load just finished did not use.
pub(super) fn finish_load() {
    if let Some(cache) = CACHE.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        cache.finish_load();
    }
}

/// Parsed files by path.
#[derive(Default)]
pub struct ParseCache {
    entries: HashMap<PathBuf, Entry>,
    /// Files parsed (not taken from the cache) so far.
    parses: usize,
}

struct Entry {
    bytes: Vec<u8>,
    parsed: Parsed,
    /// Used by the load under way.
    used: bool,
}

impl ParseCache {
    /// The cached parse of exactly these bytes as file `file` named `name`.
    fn lookup(&mut self, path: &Path, file: FileId, name: &str, bytes: &[u8]) -> Option<Parsed> {
        let e = self.entries.get_mut(path)?;
        if e.bytes != bytes || e.parsed.file != file || e.parsed.name != name {
            return None;
        }
        e.used = true;
        Some(e.parsed.clone())
    }

    /// Keep a file just parsed.
    fn store(&mut self, path: &Path, bytes: Vec<u8>, parsed: &Parsed) {
        self.parses += 1;
        let entry = Entry {
            bytes,
            parsed: parsed.clone(),
            used: true,
        };
        self.entries.insert(path.to_path_buf(), entry);
    }

    /// Drop the entries the finished load did not use; the next load starts afresh.
    pub fn finish_load(&mut self) {
        self.entries.retain(|_, e| std::mem::take(&mut e.used));
    }

    /// How many files were parsed rather than taken from the cache.
    #[cfg(test)]
    fn parses(&self) -> usize {
        self.parses
    }

    /// How many files are kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::read::read_file;

    /// A cache of the test's own, used as the process's is.
    fn own_cache() -> Mutex<Option<ParseCache>> {
        Mutex::new(Some(ParseCache::default()))
    }

    /// How many files the test's cache has parsed, and how many it keeps.
    fn parses(cache: &Mutex<Option<ParseCache>>) -> usize {
        cache.lock().unwrap().as_ref().unwrap().parses()
    }

    fn kept(cache: &Mutex<Option<ParseCache>>) -> usize {
        cache.lock().unwrap().as_ref().unwrap().len()
    }

    fn load(cache: &Mutex<Option<ParseCache>>, files: &[&Path]) -> Vec<String> {
        let names = files
            .iter()
            .enumerate()
            .map(|(id, p)| {
                let bytes = read_file(p).unwrap();
                let parsed = parse_in(cache, p, id, p.display().to_string(), bytes);
                assert!(parsed.result.is_ok());
                parsed.text
            })
            .collect();
        cache.lock().unwrap().as_mut().unwrap().finish_load();
        names
    }

    #[test]
    fn a_changed_file_is_parsed_again_an_unchanged_one_is_not() {
        let tmp = tempfile::tempdir().unwrap();
        let plan = tmp.path().join("plan.toml");
        let schule = tmp.path().join("gs.toml");
        std::fs::write(&plan, "formatversion = 1\n").unwrap();
        std::fs::write(&schule, "[[schulen]]\nschueler = 120\n").unwrap();
        let files = [plan.as_path(), schule.as_path()];
        let cache = own_cache();
        load(&cache, &files);
        assert_eq!(parses(&cache), 2);
        // Nothing changed: nothing parsed.
        load(&cache, &files);
        assert_eq!(parses(&cache), 2);
        // Same length, new count (as a coarse modification time would not show).
        std::fs::write(&schule, "[[schulen]]\nschueler = 130\n").unwrap();
        let texts = load(&cache, &files);
        assert_eq!(parses(&cache), 3, "only the changed file");
        assert!(
            texts[1].contains("130"),
            "the new content, not the cached one"
        );
        load(&cache, &files);
        assert_eq!(parses(&cache), 3);
    }

    #[test]
    fn a_split_plan_loads_through_the_process_cache() {
        enable();
        let tmp = tempfile::tempdir().unwrap();
        let plan = tmp.path().join("plan.toml");
        std::fs::write(
            &plan,
            "formatversion = 1\neinbinden = [\"a.toml\", \"b.toml\"]\n",
        )
        .unwrap();
        std::fs::write(tmp.path().join("a.toml"), "[traeger]\nname = \"A\"\n").unwrap();
        std::fs::write(tmp.path().join("b.toml"), "[meta]\ntitel = \"B\"\n").unwrap();
        let text = |l: &crate::load::Loaded| l.files.text_of(2).to_string();
        let first = crate::load::load(&plan).unwrap();
        assert_eq!(first.files.len(), 3);
        std::fs::write(tmp.path().join("b.toml"), "[meta]\ntitel = \"C\"\n").unwrap();
        let second = crate::load::load(&plan).unwrap();
        assert!(text(&second).contains('C'), "{}", text(&second));
        let third = crate::load::load(&plan).unwrap();
        assert_eq!(text(&third), text(&second));
    }

    #[test]
    fn a_file_under_another_id_is_parsed_again_and_unused_files_are_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a.toml");
        let b = tmp.path().join("b.toml");
        std::fs::write(&a, "x = 1\n").unwrap();
        std::fs::write(&b, "y = 2\n").unwrap();
        let cache = own_cache();
        load(&cache, &[&a, &b]);
        // Locations carry the file id: another position in the plan means another parse.
        load(&cache, &[&b, &a]);
        assert_eq!(parses(&cache), 4);
        load(&cache, &[&b]);
        assert_eq!(kept(&cache), 1, "a.toml is no longer part of the plan");
        assert_eq!(parses(&cache), 4);
    }
}
