//! Where a command's output goes, and how: a file written whole (a temporary file beside
//! it, renamed into place, so an interrupted run never leaves half a PDF and a failed one
//! nothing) and never over one of the command's inputs, or standard output; colour only on
//! a terminal; typst's warnings and failed templates told in the user's language.

use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use crate::cli::ColorChoice;
use crate::i18n::Lang;
use crate::load;
use crate::render::RenderError;

/// How the temporary files of an atomic write begin (a watch ignores them).
pub const TEMP_PREFIX: &str = ".mep-";

/// Where a command writes its result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
}

impl Target {
    /// The output as named with `-o`: `-` is standard output.
    pub fn named(path: &Path) -> Target {
        if path.as_os_str() == "-" {
            Target::Stdout
        } else {
            Target::File(path.to_path_buf())
        }
    }
}

/// Write `bytes` to `target`, with the target named in a German (or English) error and
/// missing folders created and reported on standard error ("Ordner angelegt: …"). A reader
/// that stops early (`| head`) is no error. A failed write leaves neither a partial file nor
/// a folder made for it.
pub fn write(target: &Target, bytes: &[u8], lang: Lang) -> Result<()> {
    let Target::File(path) = target else {
        return match write_whole(target, bytes) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(anyhow!(
                "{}: {}",
                lang.pick("Standardausgabe", "standard output"),
                reason(&e, lang)
            )),
            _ => Ok(()),
        };
    };
    let failed = |why: String| {
        anyhow!(
            "{} `{}`: {why}",
            lang.pick("kann nicht schreiben:", "cannot write"),
            path.display()
        )
    };
    if path.is_dir() {
        return Err(failed(
            lang.pick(
                "das ist ein Ordner; geben Sie mit `-o` einen Dateinamen an, z. B. `-o ausgabe/plan.pdf`",
                "that is a folder; give a file name with `-o`, e.g. `-o output/plan.pdf`",
            )
            .to_string(),
        ));
    }
    let created = create_folders(load::folder_of(path)).map_err(|(folder, e)| {
        failed(match lang {
            Lang::De => format!(
                "der Ordner `{}` ließ sich nicht anlegen ({})",
                folder.display(),
                reason(&e, lang)
            ),
            Lang::En => format!(
                "the folder `{}` could not be created ({})",
                folder.display(),
                reason(&e, lang)
            ),
        })
    })?;
    let existed = path.is_file();
    if let Err(e) = write_whole(target, bytes) {
        for dir in created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        return Err(failed(if existed && held_open(&e) {
            held_open_reason(&e, lang)
        } else {
            reason(&e, lang)
        }));
    }
    if !created.is_empty() {
        let _ = writeln!(
            std::io::stderr(),
            "{} {}",
            lang.pick("Ordner angelegt:", "Folder created:"),
            load::folder_of(path).display()
        );
    }
    Ok(())
}

/// Write like [`write`] and confirm a file on standard error: "Geschrieben: PFAD".
pub fn write_confirmed(target: &Target, bytes: &[u8], lang: Lang) -> Result<()> {
    write(target, bytes, lang)?;
    if let Target::File(p) = target {
        let _ = writeln!(
            std::io::stderr(),
            "{} {}",
            lang.pick("Geschrieben:", "Written:"),
            p.display()
        );
    }
    Ok(())
}

/// Create `folder` and its missing parents; the folders created, outermost first, or the
/// folder that failed.
fn create_folders(folder: &Path) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut missing = Vec::new();
    let mut at = Some(folder);
    while let Some(f) = at.filter(|f| !f.as_os_str().is_empty() && !f.exists()) {
        missing.push(f.to_path_buf());
        at = f.parent();
    }
    missing.reverse();
    let mut created = Vec::new();
    for dir in missing {
        if let Err(e) = std::fs::create_dir(&dir) {
            if dir.is_dir() {
                continue;
            }
            for d in created.iter().rev() {
                let _ = std::fs::remove_dir(d);
            }
            return Err((dir, e));
        }
        created.push(dir);
    }
    Ok(created)
}

/// Whether replacing an existing file failed because a program holds it open or it is
/// write-protected: on Windows a sharing or lock violation, or access denied (what a PDF
/// viewer holding the file causes); on Unix no permission for the file or its folder.
fn held_open(e: &std::io::Error) -> bool {
    // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    #[cfg(windows)]
    if matches!(e.raw_os_error(), Some(32 | 33)) {
        return true;
    }
    matches!(
        e.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ResourceBusy
    )
}

/// The message for [`held_open`]: what to do, and that the old file is intact.
fn held_open_reason(e: &std::io::Error, lang: Lang) -> String {
    let text = lang.pick(
        "Die Datei ist in einem anderen Programm geöffnet (etwa im PDF-Betrachter) oder schreibgeschützt. Schließen Sie sie dort und rufen Sie den Befehl erneut auf; die bisherige Datei ist unverändert",
        "the file is open in another program (such as a PDF viewer) or write-protected. Close it there and run the command again; the old file is unchanged",
    );
    with_os_code(text, e, lang)
}

/// Why a write failed, in the user's language, without the OS's English text or the name of
/// the internal temporary file.
fn reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    let (de, en) = match e.kind() {
        K::NotFound => ("der Ordner fehlt", "the folder is missing"),
        K::PermissionDenied => (
            "keine Schreibrechte dort (schreibgeschützt oder in einem anderen Programm geöffnet?)",
            "no permission to write there (read-only, or open in another program?)",
        ),
        K::ReadOnlyFilesystem => (
            "das Laufwerk ist schreibgeschützt",
            "the drive is read-only",
        ),
        K::StorageFull | K::QuotaExceeded => ("der Datenträger ist voll", "the disk is full"),
        K::FileTooLarge => (
            "die Datei ist zu groß für den Datenträger",
            "the file is too large for the disk",
        ),
        K::IsADirectory => ("das ist ein Ordner", "that is a folder"),
        K::NotADirectory => (
            "ein Teil des Pfads ist eine Datei, kein Ordner",
            "part of the path is a file, not a folder",
        ),
        K::AlreadyExists => ("die Datei gibt es schon", "the file already exists"),
        K::InvalidFilename | K::InvalidInput => ("ungültiger Dateiname", "invalid file name"),
        K::ResourceBusy | K::ExecutableFileBusy => (
            "die Datei ist in Benutzung (in einem anderen Programm geöffnet?)",
            "the file is in use (open in another program?)",
        ),
        _ => ("Ein-/Ausgabefehler", "input/output error"),
    };
    with_os_code(lang.pick(de, en), e, lang)
}

/// `text`, with the operating system's error number where there is one (for support).
fn with_os_code(text: &str, e: &std::io::Error, lang: Lang) -> String {
    match e.raw_os_error() {
        Some(code) => format!("{text} ({} {code})", lang.pick("Systemfehler", "OS error")),
        None => text.to_string(),
    }
}

/// Write `bytes` to `target` atomically.
fn write_whole(target: &Target, bytes: &[u8]) -> std::io::Result<()> {
    match target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
        // A device or pipe named as output (`-o /dev/stdout`) cannot be replaced by a
        // renamed file: it is written to directly.
        Target::File(path) if is_special(path) => {
            let mut out = std::fs::OpenOptions::new().write(true).open(path)?;
            out.write_all(bytes)?;
            out.flush()
        }
        Target::File(path) => {
            let mut builder = tempfile::Builder::new();
            builder.prefix(TEMP_PREFIX).suffix(".tmp");
            // An ordinary file, readable as the umask allows, not tempfile's private 0600.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                builder.permissions(std::fs::Permissions::from_mode(0o666));
            }
            let mut tmp = builder.tempfile_in(load::folder_of(path))?;
            tmp.write_all(bytes)?;
            tmp.as_file().sync_all()?;
            // The temporary file is removed if this fails.
            tmp.persist(path).map_err(|e| e.error)?;
            Ok(())
        }
    }
}

/// An existing file that is neither a regular file nor a directory (device, FIFO, socket).
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Fail with `` `out` `` and `why` if `out` names one of `inputs`. A path is compared by its
/// folder's canonical form and its name (so a file yet to be written compares too), an
/// input also by its own canonical form (so a link to it is found).
pub fn refuse_input<'a>(
    out: &Path,
    inputs: impl IntoIterator<Item = &'a Path>,
    why: &str,
) -> Result<()> {
    let Some(target) = in_canonical_folder(out) else {
        return Ok(());
    };
    let is_target = |input: &Path| {
        in_canonical_folder(input).as_ref() == Some(&target)
            || input.canonicalize().ok().as_ref() == Some(&target)
    };
    if inputs.into_iter().any(is_target) {
        bail!("`{}` {why}", out.display());
    }
    Ok(())
}

/// `path` with its folder canonical, the name as given; `None` if the folder is missing.
fn in_canonical_folder(path: &Path) -> Option<PathBuf> {
    let folder = load::folder_of(path).canonicalize().ok()?;
    Some(folder.join(path.file_name().unwrap_or_default()))
}

/// Whether to colour what goes to standard output: on a terminal that shows colours, never
/// with `NO_COLOR` set (https://no-color.org), unless the user chose.
pub fn color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => {
            ansi_console();
            true
        }
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
                && ansi_console()
        }
    }
}

/// Whether the console reads ANSI colour codes. A Windows console does once its virtual
/// terminal mode is on (Windows 10 and later): it is switched on here, and an older console,
/// where that fails, gets no colours rather than escape codes. Elsewhere terminals do.
fn ansi_console() -> bool {
    static ANSI: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ANSI.get_or_init(|| anstyle_query::windows::enable_ansi_colors().unwrap_or(true))
}

/// Print the typst compiler's warnings to standard error.
pub fn typst_warnings<W: Display>(
    warnings: impl IntoIterator<Item = W>,
    lang: Lang,
) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    for w in warnings {
        writeln!(err, "{}: {w}", lang.pick("typst-Warnung", "typst warning"))?;
    }
    Ok(())
}

/// A template that could not be applied, as the user reads it.
pub fn template_failed(e: RenderError, lang: Lang) -> anyhow::Error {
    anyhow!(
        "{}\n{e}",
        lang.pick(
            "Die Vorlage ließ sich nicht anwenden:",
            "the template could not be applied:"
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    }

    #[test]
    fn replaces_the_old_file_whole_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("plan.pdf");
        std::fs::write(&out, "alt").unwrap();
        write(&Target::File(out.clone()), b"neu", Lang::De).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"neu");
        assert_eq!(names(tmp.path()), ["plan.pdf"]);
    }

    #[test]
    fn a_missing_folder_is_created() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("ausgabe/2027/plan.pdf");
        write(&Target::File(out.clone()), b"x", Lang::De).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"x");
        assert_eq!(names(&tmp.path().join("ausgabe/2027")), ["plan.pdf"]);
    }

    #[test]
    fn a_failed_write_is_german_names_the_target_and_leaves_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        // A file where a folder should be: nothing can be created below it.
        std::fs::write(tmp.path().join("datei"), "").unwrap();
        let out = tmp.path().join("datei/unter/plan.pdf");
        let e = write(&Target::File(out.clone()), b"x", Lang::De).unwrap_err();
        let message = format!("{e:#}");
        assert!(
            message.starts_with(&format!("kann nicht schreiben: `{}`: ", out.display())),
            "{message}"
        );
        assert!(!message.contains(TEMP_PREFIX), "{message}");
        assert!(!message.contains("os error"), "{message}");
        assert_eq!(names(tmp.path()), ["datei"]);
    }

    #[test]
    fn a_file_held_open_is_named_so_in_both_languages() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert!(held_open(&denied));
        assert!(
            held_open_reason(&denied, Lang::De)
                .starts_with("Die Datei ist in einem anderen Programm geöffnet")
        );
        assert!(
            held_open_reason(&denied, Lang::En).starts_with("the file is open in another program")
        );
        assert!(!held_open(&std::io::Error::from(
            std::io::ErrorKind::StorageFull
        )));
        #[cfg(windows)]
        for code in [5, 32, 33] {
            let e = std::io::Error::from_raw_os_error(code);
            assert!(held_open(&e), "{code}");
            assert!(held_open_reason(&e, Lang::De).ends_with(&format!("(Systemfehler {code})")));
        }
    }

    #[test]
    fn a_folder_as_target_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let e = write(&Target::File(tmp.path().to_path_buf()), b"x", Lang::En).unwrap_err();
        assert!(e.to_string().contains("that is a folder"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_written_to_directly() {
        // Renaming a file over `/dev/null` would need root and break the machine.
        write(&Target::File("/dev/null".into()), b"x", Lang::De).unwrap();
    }

    #[test]
    fn a_dash_is_standard_output() {
        assert_eq!(Target::named(Path::new("-")), Target::Stdout);
        assert_eq!(
            Target::named(Path::new("a.pdf")),
            Target::File("a.pdf".into())
        );
    }

    #[test]
    fn an_input_is_refused_however_it_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let plan = tmp.path().join("plan.toml");
        std::fs::write(&plan, "").unwrap();
        std::fs::create_dir(tmp.path().join("sub")).unwrap();
        let roundabout = tmp.path().join("sub/../plan.toml");
        let e = refuse_input(&roundabout, [plan.as_path()], "ist eine Eingabe").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("`{}` ist eine Eingabe", roundabout.display())
        );
        // Not yet written, but named like an input.
        let fresh = tmp.path().join("neu.pdf");
        assert!(refuse_input(&fresh, [fresh.as_path()], "").is_err());
        assert!(refuse_input(&fresh, [plan.as_path()], "").is_ok());
        assert!(refuse_input(&tmp.path().join("fehlt/x"), [plan.as_path()], "").is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_an_input_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let plan = tmp.path().join("plan.toml");
        std::fs::write(&plan, "").unwrap();
        let link = tmp.path().join("link.toml");
        std::os::unix::fs::symlink(&plan, &link).unwrap();
        assert!(refuse_input(&plan, [link.as_path()], "").is_err());
    }

    #[test]
    fn the_choice_wins_over_the_terminal() {
        assert!(color(ColorChoice::Always));
        assert!(!color(ColorChoice::Never));
    }
}
