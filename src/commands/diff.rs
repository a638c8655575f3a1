//! `mep diff OLD NEW`: read both versions (files, plan PDFs or `REV:path` from git),
//! compare them by id, filter, and print text, JSON or a Synopse; also serves as git's
//! external diff driver. Exit 0 same, 1 different, 2 unusable.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use super::output::{self, Target};
use super::watchdog;
use crate::cli::{DiffArgs, DiffFormat};
use crate::diff::git::{self, DriverArgs, NO_FILE};
use crate::diff::{self, Reading, Version, filter::Filter, synopse};
use crate::exit_code;
use crate::i18n::Lang;
use crate::print;
use crate::profile::Profile;
use crate::render::markdown;
use crate::render::pdf;
use crate::render::templates::{SYNOPSE_MARKDOWN, SYNOPSE_TYPST, TemplateSet};

pub fn run(args: &DiffArgs, lang: Lang) -> Result<u8> {
    let profile = Profile::load(args.profile.profile.as_deref())?;
    let filter = Filter::new(&args.ignore, &args.section).map_err(|e| anyhow!("{e}"))?;
    let driver = match args.versions.len() {
        2 => None,
        7 | 9 => DriverArgs::parse(&args.versions),
        n => bail!(
            "{}",
            match lang {
                Lang::De => format!("`mep diff` erwartet zwei Fassungen (ALT NEU), nicht {n}"),
                Lang::En => format!("`mep diff` expects two versions (OLD NEW), not {n}"),
            }
        ),
    };
    let (old, new) = match &driver {
        Some(d) => (
            read_driver_side(&d.old_file, &d.path, &profile),
            read_driver_side(&d.new_file, &d.path, &profile),
        ),
        None => {
            // Both versions are independent: read and check them side by side.
            std::thread::scope(|s| {
                let a = s.spawn(|| read_side(&args.versions[0], &profile));
                let b = read_side(&args.versions[1], &profile);
                (a.join().expect("reading the old version"), b)
            })
        }
    };
    let (old, new) = match (old, new) {
        (Ok(o), Ok(n)) => (o, n),
        (o, n) => {
            let mut err = std::io::stderr().lock();
            for side in [o, n] {
                match side {
                    Err(Unreadable::Report(r)) => {
                        err.write_all(&print::human::render(&r, lang, false, None))?
                    }
                    Err(Unreadable::Git(e)) => {
                        writeln!(err, "{}: {e}", crate::severity::Severity::Error.word(lang))?
                    }
                    Ok(_) => {}
                }
            }
            return Ok(exit_code::UNUSABLE);
        }
    };
    let mut result = diff::compare(&old, &new, content_lang(args, lang));
    result.changes = filter.apply(result.changes);
    if !filter.shows_rollups() {
        result.rollups = None;
    }
    let different = result.has_changes();
    if !args.quiet {
        write_output(args, &result, &old, &new, lang, driver.as_ref())?;
    }
    Ok(match (driver.is_some(), different) {
        // git treats any exit code but 0 from a driver as a failure.
        (true, _) | (false, false) => exit_code::OK,
        (false, true) => exit_code::FINDINGS,
    })
}

enum Unreadable {
    Report(Box<crate::validate::Report>),
    Git(git::GitError),
}

/// One version from a path, a plan PDF, or `REV:path`.
fn read_side(arg: &str, profile: &Profile) -> Result<Version, Unreadable> {
    let Some((rev, path)) = git::rev_path(arg) else {
        return diff::read(Path::new(arg), profile, Reading::WholePlan).map_err(Unreadable::Report);
    };
    let checkout = git::checkout(rev, path).map_err(Unreadable::Git)?;
    let dir = format!("{}/", checkout.dir.path().display());
    let rename = |files: &mut crate::load::Files| {
        files.rename(|n| match n.strip_prefix(&dir) {
            Some(rel) => format!("{}{rel}", checkout.prefix),
            None => n.to_string(),
        })
    };
    match diff::read(&checkout.main, profile, Reading::WholePlan) {
        Ok(mut v) => {
            rename(&mut v.report.files);
            v.name = arg.to_string();
            Ok(v)
        }
        Err(mut r) => {
            rename(&mut r.files);
            r.name = arg.to_string();
            Err(Unreadable::Report(r))
        }
    }
}

/// One side as git hands it to a diff driver: a file (often a temporary copy) read on
/// its own, or nothing for an added or deleted file.
fn read_driver_side(file: &str, shown: &str, profile: &Profile) -> Result<Version, Unreadable> {
    if file == NO_FILE {
        return Ok(Version::empty(NO_FILE));
    }
    match diff::read(Path::new(file), profile, Reading::FileOnly) {
        Ok(mut v) => {
            v.report.files.rename(|_| shown.to_string());
            v.name = shown.to_string();
            Ok(v)
        }
        Err(mut r) => {
            r.files.rename(|_| shown.to_string());
            Err(Unreadable::Report(r))
        }
    }
}

/// The language of what `diff` writes. The Synopse (Markdown, PDF) is a document for the
/// council and German whatever `--lang` says, like `mep render`; `--lang` governs the
/// terminal text, the JSON's messages, the messages on stderr and the help.
fn content_lang(args: &DiffArgs, lang: Lang) -> Lang {
    match diff::Format::from(args.format) {
        diff::Format::Md | diff::Format::Pdf => Lang::De,
        diff::Format::Text | diff::Format::Json => lang,
    }
}

fn filter_words(args: &DiffArgs, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !args.section.is_empty() {
        out.push(format!(
            "{} {}",
            lang.pick("Nur die Abschnitte:", "Only the sections:"),
            args.section.join(", ")
        ));
    }
    if !args.ignore.is_empty() {
        out.push(format!(
            "{} {}",
            lang.pick("Nicht gezeigt:", "Not shown:"),
            args.ignore.join(", ")
        ));
    }
    out
}

fn write_output(
    args: &DiffArgs,
    result: &diff::Diff,
    old: &Version,
    new: &Version,
    lang: Lang,
    driver: Option<&DriverArgs>,
) -> Result<()> {
    // The Synopse (formatted, with marked words) is what people read; JSON needs none of it.
    let content = content_lang(args, lang);
    let synopse = || synopse::build(result, filter_words(args, content), content);
    let templates = TemplateSet::new(args.templates.as_deref());
    let failed = |e| output::template_failed(e, lang);
    let bytes = match diff::Format::from(args.format) {
        diff::Format::Text => {
            let exit_note = driver.is_none();
            let mut text = diff::text::render(
                result,
                &synopse(),
                lang,
                output::color(args.color),
                exit_note,
            );
            if let Some(d) = driver {
                // git prints no header of its own for an external driver.
                text = format!("diff --mep a/{0} b/{0}\n{text}", d.path);
            }
            text.into_bytes()
        }
        diff::Format::Json => diff::json::render(result).into_bytes(),
        diff::Format::Md => watchdog::guard(lang, || {
            markdown::render_template(SYNOPSE_MARKDOWN, &synopse(), &templates)
        })
        .map_err(failed)?
        .into_bytes(),
        diff::Format::Pdf => {
            let date = new
                .plan()
                .or(old.plan())
                .map_or((2000, 1, 1), crate::render::document::document_date);
            let synopse = synopse();
            let (bytes, warnings) = watchdog::guard(lang, || {
                pdf::render_template(
                    SYNOPSE_TYPST,
                    &synopse,
                    &templates,
                    date,
                    synopse.meta.titel.clone(),
                )
            })
            .map_err(failed)?;
            output::typst_warnings(warnings, lang)?;
            bytes
        }
    };
    let target = match (args.output.as_deref(), args.format, driver) {
        (Some(o), _, _) => Target::named(o),
        // A PDF is no text for a terminal or a pipe: it goes beside the new version.
        (None, DiffFormat::Pdf, None) => Target::File(synopse_beside(&args.versions)),
        (None, _, _) => Target::Stdout,
    };
    if let Target::File(p) = &target {
        // The versions as named (a plan PDF is not among its own files) and their files.
        let named = driver
            .is_none()
            .then_some(&args.versions)
            .into_iter()
            .flatten()
            .map(Path::new);
        let files = [old, new].into_iter().flat_map(|v| {
            (0..v.report.files.len()).map(|id| Path::new(v.report.files.name_of(id)))
        });
        output::refuse_input(
            p,
            named.chain(files),
            lang.pick(
                "ist eine der verglichenen Dateien und wird nicht überschrieben",
                "is one of the compared files and is not overwritten",
            ),
        )?;
    }
    output::write_confirmed(&target, &bytes, lang)?;
    if matches!(target, Target::File(_)) && driver.is_none() {
        // The file holds the changes; the terminal still learns what exit code 1 means.
        eprintln!(
            "{}",
            diff::text::summary_line(&synopse(), lang, result.has_changes())
        );
    }
    Ok(())
}

/// The Synopse's default place: beside the new version, named for both, e.g.
/// `synopse-plan-2024-plan.pdf`; a version from git is named for its revision and the
/// file goes to the current folder.
fn synopse_beside(versions: &[String]) -> PathBuf {
    let name = |arg: &str| -> String {
        let raw = match git::rev_path(arg) {
            Some((rev, _)) => rev.to_string(),
            None => Path::new(arg)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        };
        let safe: String = raw
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let safe = safe.trim_matches(['-', '.']).to_string();
        if safe.is_empty() {
            "plan".to_string()
        } else {
            safe
        }
    };
    let (old, new) = (&versions[0], &versions[1]);
    let file = format!("synopse-{}-{}.pdf", name(old), name(new));
    match git::rev_path(new) {
        Some(_) => PathBuf::from(file),
        None if new == "-" => PathBuf::from(file),
        None => Path::new(new).with_file_name(file),
    }
}
