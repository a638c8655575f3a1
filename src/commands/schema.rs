//! `mep schema`: print the JSON Schema of the plan format.

use std::io::Write;

use anyhow::Result;

use crate::exit_code;
use crate::schema::plan_schema_text;

pub fn run() -> Result<u8> {
    std::io::stdout().write_all(plan_schema_text().as_bytes())?;
    Ok(exit_code::OK)
}
