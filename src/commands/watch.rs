//! `mep render --watch`: render, then re-check and re-render whenever a file of the plan
//! (or of the user's templates) changes, printing the findings each time.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result};
use notify::{RecursiveMode, Watcher};

use super::output::TEMP_PREFIX;
use crate::i18n::Lang;

/// Changes closer together than this are one change (editors save in several steps).
const SETTLE: Duration = Duration::from_millis(200);

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
    loop {
        rerun();
        // typst memoises across compilations; in a long-running watch the cache would only
        // grow. Keep what recent renders can reuse, as typst's own watch mode does.
        ::typst::comemo::evict(10);
        eprintln!(
            "{}",
            lang.pick(
                "Warte auf Änderungen (Strg+C beendet) …",
                "Waiting for changes (Ctrl+C ends) …"
            )
        );
        // Wait for a change to a plan file or a template, not to our own output.
        loop {
            let paths = rx.recv().context("watcher stopped")?;
            let relevant = paths
                .iter()
                .any(|p| relevant(p, templates.as_deref(), watched.output));
            if relevant {
                break;
            }
        }
        std::thread::sleep(SETTLE);
        while rx.try_recv().is_ok() {}
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
