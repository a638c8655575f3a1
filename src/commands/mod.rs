//! One module per subcommand; `run` parses the arguments and `dispatch` picks it.

pub mod check;
pub mod clap_de;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod help_en;
pub mod init;
pub mod manpage;
pub mod output;
pub mod render;
pub mod schema;
pub mod settle;
pub mod shell;
pub mod stats;
pub mod watch;
pub mod watchdog;

use anyhow::Result;
use clap::FromArgMatches;

use crate::cli::{Cli, Command};
use crate::exit_code;
use crate::i18n::Lang;

/// Parse arguments, run the subcommand, return the exit code.
pub fn run() -> u8 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Parsed with the German command (its help texts name defaults and values in German).
    let parsed = clap_de::command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // Help and usage errors in English come from the translated command; German
            // usage errors are rendered from the error's kind and context.
            let e = match help_en::requested(&args) {
                Lang::En => help_en::command()
                    .try_get_matches_from(&args)
                    .err()
                    .unwrap_or(e),
                Lang::De if clap_de::is_message(&e) => {
                    eprint!("{}", clap_de::render(&e));
                    return exit_code::UNUSABLE;
                }
                Lang::De => e,
            };
            let _ = e.print();
            return if e.use_stderr() {
                exit_code::UNUSABLE
            } else {
                exit_code::OK
            };
        }
    };
    let lang = Lang::resolve(cli.lang.map(Lang::from));
    match dispatch(cli.command, lang) {
        Ok(code) => code,
        // A reader that stops early (`mep stats … | head`) is no error and gets no message.
        Err(e) if is_broken_pipe(&e) => exit_code::OK,
        Err(e) => {
            // `{:#}` prints the cause chain on one line, without a backtrace.
            eprintln!("{}: {e:#}", crate::severity::Severity::Error.word(lang));
            exit_code::UNUSABLE
        }
    }
}

/// Run a subcommand and return its exit code.
fn dispatch(command: Command, lang: Lang) -> Result<u8> {
    match command {
        Command::Check(args) => check::run(&args, lang),
        Command::Diff(args) => diff::run(&args, lang),
        Command::Stats(args) => stats::run(&args, lang),
        Command::Render(args) => render::run(&args, lang),
        Command::Schema(args) => schema::run(&args),
        Command::Explain(args) => explain::run(&args, lang),
        Command::Init(args) => init::run(&args, lang),
        Command::Completions(args) => completions::run(&args, lang),
        Command::Manpage => manpage::run(),
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
