//! `mep stats PLAN`: the derived figures as tables or JSON.

use std::io::Write;

use anyhow::Result;

use crate::cli::{StatsArgs, StatsFormat};
use crate::exit_code;
use crate::i18n::Lang;
use crate::print;
use crate::profile::Profile;
use crate::stats;
use crate::validate::check_path;

pub fn run(args: &StatsArgs, lang: Lang) -> Result<u8> {
    let profile = Profile::load(args.profile.profile.as_deref())?;
    let report = check_path(&args.plan, &profile);
    let Some(plan) = report.plan.as_ref().filter(|_| !report.has_errors()) else {
        // Figures of a plan with errors would mislead: show the errors instead.
        std::io::stderr().write_all(&print::human::render(&report, lang, false, None))?;
        return Ok(if report.unusable {
            exit_code::UNUSABLE
        } else {
            exit_code::FINDINGS
        });
    };
    let k = stats::compute(plan, &profile);
    let mut out = std::io::stdout().lock();
    match args.format {
        StatsFormat::Table => out.write_all(stats::table::render(&k, lang).as_bytes())?,
        StatsFormat::Json => writeln!(out, "{}", stats::json::render(&k))?,
    }
    Ok(exit_code::OK)
}
