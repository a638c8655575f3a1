//! `mep schema`: print the JSON Schema of the plan format, with `--fragment` the one for
//! included files, with `--report` / `--stats` the ones of the JSON outputs.

use std::io::Write;

use anyhow::Result;

use crate::cli::SchemaArgs;
use crate::exit_code;
use crate::schema::{fragment_schema_text, plan_schema_text};

pub fn run(args: &SchemaArgs) -> Result<u8> {
    let text = if args.report {
        crate::print::json::report_schema_text()
    } else if args.stats {
        crate::stats::json::schema_text()
    } else if args.fragment {
        fragment_schema_text()
    } else {
        plan_schema_text()
    };
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(exit_code::OK)
}
