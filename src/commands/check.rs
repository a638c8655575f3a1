//! `mep check PLAN...`: validate plans, print findings and completeness, set the exit code.

use std::io::{IsTerminal, Write};

use anyhow::{Context, Result};

use crate::cli::{CheckArgs, CheckFormat};
use crate::diagnostic::Severity;
use crate::exit_code;
use crate::i18n::Lang;
use crate::print;
use crate::profile::Profile;
use crate::validate::{Report, check_path};

pub fn run(args: &CheckArgs, lang: Lang) -> Result<u8> {
    let profile = Profile::load(args.profile.profile.as_deref())?;
    let reports: Vec<Report> = args.plans.iter().map(|p| check_path(p, &profile)).collect();
    let mut out = std::io::stdout().lock();
    match args.format {
        CheckFormat::Human => {
            let color = use_color();
            for r in &reports {
                out.write_all(&print::human::render(r, lang, color, args.min_completeness))?;
            }
        }
        CheckFormat::Json => {
            let json = print::json::render(&reports, lang);
            writeln!(out, "{json}").context("writing the report")?;
        }
    }
    Ok(exit_code_for(&reports, args.strict, args.min_completeness))
}

/// Colour only on a terminal, never with `NO_COLOR` set (https://no-color.org).
fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

fn exit_code_for(reports: &[Report], strict: bool, min: Option<u8>) -> u8 {
    if reports.iter().any(|r| r.unusable) {
        return exit_code::UNUSABLE;
    }
    let failed = reports.iter().any(|r| {
        r.has_errors()
            || (strict && r.findings.iter().any(|f| f.severity == Severity::Warning))
            || min.is_some_and(|m| r.completeness.as_ref().is_none_or(|c| c.overall < m))
    });
    if failed {
        exit_code::FINDINGS
    } else {
        exit_code::OK
    }
}
