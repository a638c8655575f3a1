//! mep: a German Medienentwicklungsplan as a TOML file, validated, measured and compared.
//!
//! Pipeline stages: [`load`] (files, encoding, includes) → [`validate`] (schema, rules)
//! → [`completeness`] and [`stats`]; printers in [`print`]; one module per subcommand in
//! [`commands`]; [`init`] creates new plans from the embedded templates.

pub mod allocator;
pub mod baseline;
pub mod catalogue;
pub mod cli;
pub mod commands;
pub mod completeness;
pub mod costs;
pub mod diagnostic;
pub mod diff;
pub mod exit_code;
pub mod format;
pub mod i18n;
pub mod init;
pub mod labels;
pub mod load;
pub mod model;
pub mod print;
pub mod profile;
pub mod render;
pub mod schema;
pub mod severity;
pub mod stats;
pub mod timings;
pub mod validate;

/// Parse arguments, run the subcommand, return the exit code.
pub fn run() -> u8 {
    commands::run()
}
