//! `mep render --watch`: render, then re-check and re-render whenever a file of the plan
//! (or of the user's templates) changes, printing the findings each time.

use std::path::Path;
use std::sync::mpsc;

use anyhow::{Context, Result, anyhow};
use notify::{RecursiveMode, Watcher};

use super::output::TEMP_PREFIX;
use super::settle::{self, Channel};
use crate::i18n::Lang;

/// typst's memo cache keeps what the renders of this many recent runs used, so unchanged
/// parts of the document are not evaluated and laid out again; older entries are dropped,
/// which bounds the memory of a long watch.
const MEMO_AGE: usize = 10;

/// The memo budget (MiB of resident memory) while watching. A single render trims typst's
/// cache above 250 MiB to stay small, but a live preview lives on that cache: under the
/// one-shot budget the 40-school Lindenau plan (then about 320 MB) was trimmed on every
/// edit and took 1.3 s instead of well under half a second. [`MEMO_AGE`] bounds a long watch; this
/// budget only stops a very large plan from growing without limit.
const WATCH_MEMO_BUDGET_MIB: u64 = 1024;

/// What a watch looks at.
pub struct Watched<'a> {
    /// The plan folder (with the included files).
    pub folder: &'a Path,
    /// The user's template folder.
    pub templates: Option<&'a Path>,
    /// The document written on each run: its changes are not the user's.
    pub output: &'a Path,
}

/// Run `rerun` now and again after every relevant change, until interrupted.
pub fn run(watched: &Watched<'_>, lang: Lang, mut rerun: impl FnMut()) -> Result<u8> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(e) = event {
            if e.kind.is_modify() || e.kind.is_create() || e.kind.is_remove() {
                let _ = tx.send(e.paths);
            }
        }
    })
    .context("watching files")?;
    for f in std::iter::once(watched.folder).chain(watched.templates) {
        watcher
            .watch(f, RecursiveMode::Recursive)
            .with_context(|| format!("watching {}", f.display()))?;
    }
    // Events name canonical paths; the template folder is resolved once, not per event.
    let templates = watched
        .templates
        .map(|t| t.canonicalize().unwrap_or_else(|_| t.to_path_buf()));
    // A change to a plan file or a template counts, not one to our own output.
    let mut events = Channel {
        rx,
        relevant: |paths: &Vec<std::path::PathBuf>| {
            paths
                .iter()
                .any(|p| relevant(p, templates.as_deref(), watched.output))
        },
    };
    let stopped = || anyhow!("watcher stopped");
    crate::render::typst::set_memo_budget_mib(WATCH_MEMO_BUDGET_MIB);
    loop {
        rerun();
        ::typst::comemo::evict(MEMO_AGE);
        // A save while rendering: render again at once, after its burst.
        let again = settle::changed_meanwhile(&mut events).map_err(|_| stopped())?;
        if !again {
            eprintln!(
                "{}",
                lang.pick(
                    "Warte auf Änderungen (Strg+C beendet) …",
                    "Waiting for changes (Ctrl+C ends) …"
                )
            );
        }
        settle::wait_for_change(&mut events, again).map_err(|_| stopped())?;
    }
}

/// A change worth a new render: a TOML file of the plan folder (editors' swap and backup
/// files are not) or a file in the (canonical) template folder; never the document just
/// written.
fn relevant(path: &Path, templates: Option<&Path>, output: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.starts_with(TEMP_PREFIX) || path.file_name() == output.file_name() {
        return false;
    }
    let in_templates = templates.is_some_and(|t| path.starts_with(t));
    in_templates || (name.ends_with(".toml") && !name.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::relevant;
    use std::path::Path;

    #[test]
    fn only_plan_files_and_templates_count() {
        let out = Path::new("/p/plan.pdf");
        assert!(relevant(Path::new("/p/plan.toml"), None, out));
        assert!(relevant(Path::new("/p/schulen/gs.toml"), None, out));
        assert!(!relevant(Path::new("/p/plan.pdf"), None, out));
        assert!(!relevant(Path::new("/p/.mep-x.tmp"), None, out));
        assert!(!relevant(Path::new("/p/.plan.toml.swp"), None, out));
        assert!(!relevant(Path::new("/p/notizen.txt"), None, out));
        assert!(relevant(
            Path::new("/t/plan.typ"),
            Some(Path::new("/t")),
            out
        ));
    }
}
