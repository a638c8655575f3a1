//! Command-line arguments as data (clap derive), one struct per subcommand.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::exit_code;
use crate::i18n::Lang;

/// German layout of `--help` (clap's headings are English otherwise).
const HELP_TEMPLATE: &str = "{about-with-newline}\nAufruf: {usage}\n\n{all-args}{after-help}";

/// mep – Medienentwicklungspläne als Code: prüfen, auswerten, vergleichen.
#[derive(Debug, Parser)]
#[command(
    name = "mep",
    version,
    after_help = exit_code::HELP,
    propagate_version = true,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    help_template = HELP_TEMPLATE,
    subcommand_help_heading = "Befehle",
    subcommand_value_name = "BEFEHL",
    next_help_heading = "Optionen"
)]
pub struct Cli {
    /// Sprache der Meldungen: de (Standard) oder en; auch über MEP_LANG.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Diese Hilfe anzeigen.
    #[arg(short, long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    /// Version anzeigen.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prüft Pläne: Struktur, Bedeutung, Plausibilität und Vollständigkeit.
    #[command(after_help = exit_code::HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Check(CheckArgs),
    /// Zeigt die Kennzahlen eines Plans (Geräte, Bandbreite, Kosten, TCO).
    #[command(after_help = exit_code::HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Stats(StatsArgs),
    /// Gibt das JSON-Schema des Planformats aus (für Editoren mit taplo / Even Better TOML).
    #[command(help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Schema,
    /// Erklärt eine Regel: was sie prüft, warum, Richtwert und Quelle.
    #[command(help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Explain(ExplainArgs),
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Lesbare Ausgabe mit Quelltextausschnitt.
    Human,
    /// Versionierter JSON-Bericht (siehe README).
    Json,
}

/// Output format of `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Tabellen.
    Table,
    /// JSON.
    Json,
}

/// Threshold profile shared by `check` and `stats`.
#[derive(Debug, Args)]
pub struct ProfileArg {
    /// Eigenes Profil mit Richtwerten und Förderregeln (überschreibt das Standardprofil schlüsselweise).
    #[arg(long, value_name = "DATEI")]
    pub profile: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plandateien (Hauptdatei je Plan) oder `-` für die Standardeingabe.
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,
    /// Ausgabeformat.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
    /// Auch Warnungen führen zu Exit-Code 1.
    #[arg(long)]
    pub strict: bool,
    /// Exit-Code 1, wenn die Vollständigkeit unter N Prozent liegt.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub min_completeness: Option<u8>,
    #[command(flatten)]
    pub profile: ProfileArg,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Plandatei (Hauptdatei) oder `-` für die Standardeingabe.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// Ausgabeformat.
    #[arg(long, value_enum, default_value = "table")]
    pub format: StatsFormat,
    #[command(flatten)]
    pub profile: ProfileArg,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Regelcode, z. B. W210.
    #[arg(value_name = "CODE", required_unless_present_any = ["list", "checklist"])]
    pub code: Option<String>,
    /// Alle Regeln mit Code und Titel auflisten.
    #[arg(long, conflicts_with = "checklist")]
    pub list: bool,
    /// Die Checkliste der Vollständigkeit ausgeben.
    #[arg(long)]
    pub checklist: bool,
    #[command(flatten)]
    pub profile: ProfileArg,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
