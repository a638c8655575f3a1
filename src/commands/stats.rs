//! `mep stats PLAN`: the derived figures as tables or JSON.

use std::io::Write;

use anyhow::Result;

use crate::cli::{StatsArgs, StatsFormat};
use crate::exit_code;
use crate::i18n::Lang;
use crate::print;
use crate::profile::Profile;
use crate::severity::Severity;
use crate::stats;
use crate::validate::check_path;

pub fn run(args: &StatsArgs, lang: Lang) -> Result<u8> {
    let profile = Profile::load(args.profile.profile.as_deref())?;
    let report = check_path(&args.plan, &profile);
    let Some(plan) = report.plan.as_ref().filter(|_| !report.unusable) else {
        // Only a plan whose structure cannot be read has no figures: show why, with
        // check's exit code.
        std::io::stderr().write_all(&print::human::render(&report, lang, false, None))?;
        return Ok(if report.unusable {
            exit_code::UNUSABLE
        } else {
            exit_code::FINDINGS
        });
    };
    // A plan with errors still has figures, marked provisional (like `render --force`);
    // the findings go to stderr and the exit code is check's: 1 while there are errors.
    let errors = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors > 0 {
        std::io::stderr().write_all(&print::human::render(&report, lang, false, None))?;
    }
    let k = stats::compute(plan, profile.fuer_plan(plan));
    let mut out = std::io::stdout().lock();
    match args.format {
        StatsFormat::Table => out.write_all(stats::table::render(&k, errors, lang).as_bytes())?,
        StatsFormat::Json => writeln!(out, "{}", stats::json::render(&k, errors))?,
    }
    Ok(if errors > 0 {
        exit_code::FINDINGS
    } else {
        exit_code::OK
    })
}
