//! mep: a German Medienentwicklungsplan as a TOML file, validated, measured and compared.
//!
//! Pipeline stages: [`load`] (files, encoding, includes) → [`validate`] (schema, rules)
//! → [`completeness`] and [`stats`]; printers in [`print`]; one module per subcommand in
//! [`commands`]; [`init`] creates new plans from the embedded templates.

pub mod baseline;
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
pub mod validate;

use clap::Parser;

/// Parse arguments, run the subcommand, return the exit code.
pub fn run() -> u8 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match cli::Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and usage errors in English come from the translated command.
            let e = match commands::help_en::requested(&args) {
                i18n::Lang::En => commands::help_en::command()
                    .try_get_matches_from(&args)
                    .err()
                    .unwrap_or(e),
                i18n::Lang::De => e,
            };
            let _ = e.print();
            return if e.use_stderr() {
                exit_code::UNUSABLE
            } else {
                exit_code::OK
            };
        }
    };
    let lang = i18n::Lang::resolve(cli.lang);
    match commands::dispatch(cli.command, lang) {
        Ok(code) => code,
        // A reader that stops early (`mep stats … | head`) is no error and gets no message.
        Err(e) if is_broken_pipe(&e) => exit_code::OK,
        Err(e) => {
            // `{:#}` prints the cause chain on one line, without a backtrace.
            eprintln!("{}: {e:#}", severity::Severity::Error.word(lang));
            exit_code::UNUSABLE
        }
    }
}

/// Whether writing failed because the reading end of a pipe was closed.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
