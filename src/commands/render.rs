//! `mep render PLAN`: check the plan, build the render context and write the document (the
//! plan, or with `--dokument supportvereinbarung` the support agreement with one or every
//! school) as PDF, Markdown, typst source or context JSON; `--watch` repeats on every change.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};

use super::output::{self, Target};
use super::watch::{self, Watched};
use super::watchdog;
use crate::cli::{Dokument, RenderArgs};
use crate::exit_code;
use crate::i18n::Lang;
use crate::load;
use crate::print;
use crate::profile::Profile;
use crate::render::document::Schulwahl;
use crate::render::templates::TemplateSet;
use crate::render::{Format, RenderError, document};
use crate::timings;
use crate::validate::{Report, check_path};

pub fn run(args: &RenderArgs, lang: Lang) -> Result<u8> {
    if args.schule.is_some() && args.dokument != Dokument::Supportvereinbarung {
        bail!(
            "{}",
            lang.pick(
                "`--schule` gilt nur für die Supportvereinbarung: `--dokument supportvereinbarung --schule ID`",
                "`--schule` applies only to the support agreement: `--dokument supportvereinbarung --schule ID`"
            )
        );
    }
    let profile = Profile::load(args.profile.profile.as_deref())?;
    if !args.watch {
        return once(args, &profile, lang, false);
    }
    let output = args.output.clone().unwrap_or_else(|| beside_plan(args));
    // Between renders only the changed files of a split plan are parsed again.
    load::cache::enable();
    let watched = Watched {
        folder: load::folder_of(&args.plan),
        templates: args.templates.as_deref(),
        output: &output,
    };
    watch::run(&watched, lang, || {
        let _ = once(args, &profile, lang, true);
    })
}

/// Check and render once; `verbose` prints the whole check report (for `--watch`).
fn once(args: &RenderArgs, profile: &Profile, lang: Lang, verbose: bool) -> Result<u8> {
    let report = timings::timed("check", || check_path(&args.plan, profile));
    let mut err = std::io::stderr().lock();
    let refuse = report.unusable || (report.has_errors() && !args.force);
    if refuse || verbose {
        err.write_all(&print::human::render(&report, lang, false, None))?;
    }
    if report.unusable {
        return Ok(exit_code::UNUSABLE);
    }
    if let Some(plan) = &report.plan {
        schulwahl_pruefen(args, plan, lang)?;
    }
    if refuse || report.plan.is_none() {
        writeln!(
            err,
            "{}",
            lang.pick(
                "Nichts erzeugt: Der Plan hat Fehler. Beheben Sie sie oder erzeugen Sie das Dokument mit `--force` (die Fehler stehen dann im Anhang).",
                "Nothing rendered: the plan has errors. Fix them, or render with `--force` (the errors are then listed in the appendix)."
            )
        )?;
        return Ok(exit_code::FINDINGS);
    }
    let target = target(args, &report, lang)?;
    let mut report = report;
    relative_names(&mut report, &args.plan);
    // The plan's Land chooses its built-in profile (the checks above used it too).
    let profile = report
        .plan
        .as_ref()
        .map_or(profile, |p| profile.fuer_plan(p));
    let bytes = watchdog::guard(lang, || render(args, &report, profile, lang))?;
    drop(err);
    timings::timed("write", || output::write_confirmed(&target, &bytes, lang))?;
    Ok(exit_code::OK)
}

fn render(args: &RenderArgs, report: &Report, profile: &Profile, lang: Lang) -> Result<Vec<u8>> {
    let templates = TemplateSet::new(args.templates.as_deref());
    let input = document::Input {
        report,
        profile,
        templates: &templates,
        format: args.format.into(),
    };
    let rendered = match args.dokument {
        Dokument::Plan => document::render(&input),
        Dokument::Supportvereinbarung => document::render_vereinbarung(
            &input,
            args.schule
                .as_deref()
                .map_or(Schulwahl::Alle, Schulwahl::Eine),
        ),
    }
    .map_err(|e| match &e {
        RenderError::Typst(_) | RenderError::Template { .. } => output::template_failed(e, lang),
        _ => anyhow!(e),
    })?;
    output::typst_warnings(rendered.warnings, lang)?;
    Ok(rendered.bytes)
}

/// Name the plan's files relative to the plan folder (`schulen/gs-nord.toml`), as the
/// document shows them and attaches them: a council PDF shows no local paths.
fn relative_names(report: &mut Report, main: &Path) {
    let folder = load::folder_of(main);
    // Files read back out of a PDF are named `plan.pdf:schulen/gs-nord.toml`.
    let from_pdf = format!("{}:", main.display());
    report.files.rename(|name| {
        if name == "<stdin>" {
            return "plan.toml".to_string();
        }
        match name.strip_prefix(&from_pdf) {
            Some(rel) => rel.replace('\\', "/"),
            None => load::name_within(name, folder).unwrap_or_else(|| name.replace('\\', "/")),
        }
    });
}

/// Where the document goes: `-o`, else beside the plan with the format's extension. Never
/// one of the plan's own files.
fn target(args: &RenderArgs, report: &Report, lang: Lang) -> Result<Target> {
    let path = match args.output.as_deref().map(Target::named) {
        Some(Target::File(p)) => p,
        Some(Target::Stdout) => return Ok(Target::Stdout),
        None if args.plan.as_os_str() == "-" => bail!(
            "{}",
            lang.pick(
                "Plan von der Standardeingabe: Ausgabe mit `-o DATEI` oder `-o -` angeben",
                "plan from standard input: give the output with `-o FILE` or `-o -`"
            )
        ),
        None => beside_plan(args),
    };
    let inputs = (0..report.files.len()).map(|id| Path::new(report.files.name_of(id)));
    output::refuse_input(
        &path,
        std::iter::once(args.plan.as_path()).chain(inputs),
        lang.pick(
            "ist eine Datei des Plans und wird nicht überschrieben; wählen Sie eine andere Ausgabe mit `-o`",
            "is a file of the plan and is not overwritten; choose another output with `-o`",
        ),
    )?;
    Ok(Target::File(path))
}

/// A support agreement is made with schools of the plan: `--schule` names one of them, and
/// without it the plan must have at least one. Usage errors (exit 2), listing the known ids.
fn schulwahl_pruefen(args: &RenderArgs, plan: &crate::model::Plan, lang: Lang) -> Result<()> {
    if args.dokument != Dokument::Supportvereinbarung {
        return Ok(());
    }
    let ids: Vec<String> = plan.schulen.iter().map(|s| format!("`{}`", s.id)).collect();
    if ids.is_empty() {
        bail!(
            "{}",
            lang.pick(
                "Der Plan nennt keine Schulen (`[[schulen]]`); eine Supportvereinbarung wird mit einer Schule geschlossen",
                "the plan names no schools (`[[schulen]]`); a support agreement is made with a school"
            )
        );
    }
    match args.schule.as_deref() {
        Some(id) if plan.schule(id).is_none() => bail!(
            "{}",
            match lang {
                Lang::De => format!(
                    "Der Plan nennt keine Schule `{id}`; bekannt sind: {}",
                    ids.join(", ")
                ),
                Lang::En => format!(
                    "the plan names no school `{id}`; known ids: {}",
                    ids.join(", ")
                ),
            }
        ),
        _ => Ok(()),
    }
}

/// The document's default place: beside the plan, with the format's extension; named like
/// the plan, or for the support agreement `supportvereinbarung-ID` (one school) or
/// `supportvereinbarung` (every school).
fn beside_plan(args: &RenderArgs) -> PathBuf {
    let ext = Format::from(args.format).extension();
    match (args.dokument, args.schule.as_deref()) {
        (Dokument::Plan, _) => args.plan.with_extension(ext),
        (Dokument::Supportvereinbarung, None) => args
            .plan
            .with_file_name(format!("supportvereinbarung.{ext}")),
        (Dokument::Supportvereinbarung, Some(id)) => {
            // Ids are kebab-case; anything else never reaches the file name.
            let id: String = id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            args.plan
                .with_file_name(format!("supportvereinbarung-{id}.{ext}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Files;

    fn names_after(main: &str, names: &[&str]) -> Vec<String> {
        let mut files = Files::default();
        for n in names {
            files.add(n.to_string(), String::new());
        }
        let mut report = Report {
            name: main.to_string(),
            files,
            findings: Vec::new(),
            plan: None,
            completeness: None,
            unusable: false,
        };
        relative_names(&mut report, Path::new(main));
        (0..report.files.len())
            .map(|id| report.files.name_of(id).to_string())
            .collect()
    }

    #[test]
    fn files_are_named_relative_to_the_plan_folder() {
        let want = ["plan.toml", "schulen/gs.toml"];
        let cases: [(&str, [&str; 2]); 5] = [
            ("p/plan.toml", ["p/plan.toml", "p/schulen/gs.toml"]),
            (
                "/abs/p/plan.toml",
                ["/abs/p/plan.toml", "/abs/p/schulen/gs.toml"],
            ),
            // Run inside the plan folder: includes are named from `.`.
            ("plan.toml", ["plan.toml", "./schulen/gs.toml"]),
            (
                "p/plan.pdf",
                ["p/plan.pdf:plan.toml", "p/plan.pdf:schulen/gs.toml"],
            ),
            ("-", ["<stdin>", "schulen/gs.toml"]),
        ];
        for (main, names) in cases {
            assert_eq!(names_after(main, &names), want, "{main}");
        }
    }
}
