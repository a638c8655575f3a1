//! `mep check PLAN...`: validate plans, print findings and completeness, set the exit code.

use std::io::Write;

use anyhow::{Context, Result};

use super::output::{self, Target};
use crate::baseline::{self, Baseline};
use crate::cli::{CheckArgs, CheckFormat, ColorChoice};
use crate::exit_code;
use crate::i18n::Lang;
use crate::print;
use crate::profile::Profile;
use crate::severity::Severity;
use crate::validate::{Report, check_path, check_path_with_tree};

pub fn run(args: &CheckArgs, lang: Lang) -> Result<u8> {
    let profile = Profile::load(args.profile.profile.as_deref())?;
    let baseline = match &args.baseline {
        Some(path) => Some(read_baseline(path, lang)?),
        None => None,
    };
    let with_trees = baseline.is_some() || args.write_baseline.is_some();
    let checked: Vec<(Report, Option<serde_json::Value>)> = args
        .plans
        .iter()
        .map(|p| {
            if with_trees {
                check_path_with_tree(p, &profile)
            } else {
                (check_path(p, &profile), None)
            }
        })
        .collect();
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, &checked, lang);
    }
    let mut reports = Vec::with_capacity(checked.len());
    for (mut r, tree) in checked {
        if let Some(b) = &baseline {
            let n = b.suppress(&r.name, &mut r.findings, tree.as_ref());
            if n > 0 {
                eprintln!(
                    "{}: {n} {}",
                    r.name,
                    lang.pick(
                        "Befunde stehen in der Baseline und werden nicht gemeldet",
                        "findings are in the baseline and not reported"
                    )
                );
            }
        }
        reports.push(r);
    }
    let code = exit_code_for(&reports, args.strict, args.min_completeness);
    match print_reports(&reports, &profile, args, lang) {
        Ok(()) => Ok(code),
        // A reader that stops early (`| head`) is no error: the exit code still tells.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(code),
        Err(e) => Err(e).context(lang.pick(
            "Der Bericht ließ sich nicht schreiben",
            "cannot write the report",
        )),
    }
}

/// Write the reports to standard output in the chosen format (and the GitHub step summary).
fn print_reports(
    reports: &[Report],
    profile: &Profile,
    args: &CheckArgs,
    lang: Lang,
) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match args.format {
        CheckFormat::Human => {
            let color = output::color(ColorChoice::Auto);
            for r in reports {
                if let Some(zeile) = profil_zeile(r, profile, lang) {
                    writeln!(out, "{zeile}")?;
                }
                out.write_all(&print::human::render(r, lang, color, args.min_completeness))?;
            }
        }
        CheckFormat::Json => {
            let json = print::json::render(reports, lang);
            writeln!(out, "{json}")?;
        }
        CheckFormat::Sarif => {
            // One run describes its rules once: with the profile of the first plan.
            let profile = reports
                .iter()
                .find_map(|r| r.plan.as_ref())
                .map_or(profile, |p| profile.fuer_plan(p));
            let sarif = print::sarif::render(reports, profile, lang);
            writeln!(out, "{sarif}")?;
        }
        CheckFormat::Junit => {
            out.write_all(print::junit::render(reports, lang, args.strict).as_bytes())?;
        }
        CheckFormat::Github => {
            out.write_all(print::github::render(reports, lang).as_bytes())?;
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let mut file = std::fs::OpenOptions::new()
                    .append(true)
                    .create(true)
                    .open(&path)
                    .map_err(|e| {
                        std::io::Error::new(
                            e.kind(),
                            format!("GITHUB_STEP_SUMMARY `{}`: {e}", path.to_string_lossy()),
                        )
                    })?;
                file.write_all(print::github::step_summary(reports, lang).as_bytes())?;
            }
        }
    }
    out.flush()
}

/// "Profil: Sachsen (SMK 2018)" when the plan is checked against more than the standard
/// profile: a built-in Land profile (by `bundesland`) or the user's `--profile`.
fn profil_zeile(report: &Report, profile: &Profile, lang: Lang) -> Option<String> {
    let p = report
        .plan
        .as_ref()
        .map_or(profile, |p| profile.fuer_plan(p));
    (!p.ist_standard()).then(|| format!("{}: {}", lang.pick("Profil", "Profile"), p.nennung(lang)))
}

fn read_baseline(path: &std::path::Path, lang: Lang) -> Result<Baseline> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "{} `{}`",
            lang.pick("Baseline nicht lesbar:", "cannot read the baseline"),
            path.display()
        )
    })?;
    let b: Baseline = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} `{}`",
            lang.pick("keine gültige Baseline:", "not a valid baseline:"),
            path.display()
        )
    })?;
    if b.version != baseline::BASELINE_VERSION {
        anyhow::bail!(
            "`{}`: {} {}",
            path.display(),
            lang.pick("Baseline-Version", "baseline version"),
            b.version
        );
    }
    Ok(b)
}

fn write_baseline(
    path: &std::path::Path,
    checked: &[(Report, Option<serde_json::Value>)],
    lang: Lang,
) -> Result<u8> {
    if checked.iter().any(|(r, _)| r.unusable) {
        let mut err = std::io::stderr().lock();
        for (r, _) in checked.iter().filter(|(r, _)| r.unusable) {
            err.write_all(&print::human::render(r, lang, false, None))?;
        }
        return Ok(exit_code::UNUSABLE);
    }
    let b = Baseline {
        version: baseline::BASELINE_VERSION,
        findings: checked
            .iter()
            .flat_map(|(r, tree)| {
                r.findings
                    .iter()
                    .map(|f| baseline::entry(&r.name, f, tree.as_ref()))
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&b)?;
    text.push('\n');
    output::write(&Target::File(path.to_path_buf()), text.as_bytes(), lang)?;
    eprintln!(
        "{} {}: {} {}",
        lang.pick("Baseline geschrieben:", "baseline written:"),
        path.display(),
        b.findings.len(),
        lang.pick("Befunde", "findings")
    );
    Ok(exit_code::OK)
}

fn exit_code_for(reports: &[Report], strict: bool, min: Option<u8>) -> u8 {
    if reports.iter().any(|r| r.unusable) {
        return exit_code::UNUSABLE;
    }
    let failed = reports.iter().any(|r| {
        r.has_errors()
            || (strict
                && r.findings
                    .iter()
                    .any(|f| f.severity == Severity::Warning && f.is_open()))
            || min.is_some_and(|m| r.completeness.as_ref().is_none_or(|c| c.overall < m))
    });
    if failed {
        exit_code::FINDINGS
    } else {
        exit_code::OK
    }
}
