//! One module per subcommand; `dispatch` picks it.

pub mod check;
pub mod diff;
pub mod explain;
pub mod help_en;
pub mod init;
pub mod render;
pub mod schema;
pub mod stats;
pub mod watch;
pub mod watchdog;

use anyhow::Result;

use crate::cli::Command;
use crate::i18n::Lang;

/// Run a subcommand and return its exit code.
pub fn dispatch(command: Command, lang: Lang) -> Result<u8> {
    match command {
        Command::Check(args) => check::run(&args, lang),
        Command::Diff(args) => diff::run(&args, lang),
        Command::Stats(args) => stats::run(&args, lang),
        Command::Render(args) => render::run(&args, lang),
        Command::Schema(args) => schema::run(&args),
        Command::Explain(args) => explain::run(&args, lang),
        Command::Init(args) => init::run(&args, lang),
    }
}
