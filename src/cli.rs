//! Command-line arguments as data (clap derive), one struct per subcommand. The only
//! module besides `commands` that knows clap: its value enums map onto the library's own
//! types ([`Lang`], [`render::Format`], [`diff::Format`]).

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::{diff, exit_code, render};

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
    /// Sprache der Meldungen, Tabellen und Hilfe: de (Standard) oder en; auch über MEP_LANG. Dokumente sind deutsch.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Diese Hilfe anzeigen.
    #[arg(short, long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    /// Version anzeigen.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

/// Message language (`--lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    De,
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Legt einen neuen Plan aus einer Vorlage an (Gemeinde, Kreisstadt, Landkreis).
    #[command(after_help = INIT_HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Init(InitArgs),
    /// Prüft Pläne: Struktur, Bedeutung, Plausibilität und Vollständigkeit.
    #[command(after_help = exit_code::HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Check(CheckArgs),
    /// Erzeugt das Dokument des Plans: PDF (PDF/A-3b mit dem Plan als Anhang), Markdown oder typst.
    #[command(after_help = exit_code::HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Render(RenderArgs),
    /// Vergleicht zwei Fassungen eines Plans nach Kennungen: Text, Synopse (Markdown/PDF) oder JSON.
    #[command(after_help = DIFF_HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Diff(DiffArgs),
    /// Zeigt die Kennzahlen eines Plans (Geräte, Bandbreite, Kosten, TCO).
    #[command(after_help = exit_code::HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Stats(StatsArgs),
    /// Gibt das JSON-Schema des Planformats aus (für Editoren mit taplo / Even Better TOML).
    #[command(help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Schema(SchemaArgs),
    /// Erklärt eine Regel: was sie prüft, warum, Richtwert und Quelle.
    #[command(help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Explain(ExplainArgs),
    /// Gibt das Skript aus, mit dem die Shell Befehle und Optionen von mep mit der Tab-Taste ergänzt.
    #[command(after_help = COMPLETIONS_HELP, help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Completions(CompletionsArgs),
    /// Gibt die Handbuchseite mep.1 aus (man-Format, deutsch), z. B. `mep manpage > mep.1`.
    #[command(help_template = HELP_TEMPLATE, next_help_heading = "Optionen")]
    Manpage,
}

/// Text after `mep completions --help`.
const COMPLETIONS_HELP: &str = "\
Einrichten / setup (siehe README / see README):
  bash:       mep completions bash > ~/.local/share/bash-completion/completions/mep
  zsh:        mep completions zsh > ~/.zfunc/_mep
  fish:       mep completions fish > ~/.config/fish/completions/mep.fish
  PowerShell: in $PROFILE: mep completions powershell | Out-String | Invoke-Expression";

/// The shells `completions` writes a script for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash (Linux, Git Bash unter Windows).
    Bash,
    /// Z shell (macOS-Standard).
    Zsh,
    /// fish.
    Fish,
    /// PowerShell (Windows).
    Powershell,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Die Shell: bash, zsh, fish oder powershell.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Lesbare Ausgabe mit Quelltextausschnitt.
    Human,
    /// Versionierter JSON-Bericht (siehe README).
    Json,
    /// SARIF 2.1.0 für GitHub Code Scanning und GitLab.
    Sarif,
    /// JUnit-XML für GitLab, Jenkins und andere Testberichte.
    Junit,
    /// Workflow-Befehle für GitHub Actions (Anmerkungen an der Zeile, Zusammenfassung des Schritts).
    Github,
}

/// Output format of `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    /// PDF/A-3b für Ausschuss, Rat und Archiv, mit den Plandateien als Anhang.
    Pdf,
    /// Markdown für Wikis, GitLab/GitHub und die Umwandlung mit pandoc.
    Md,
    /// Die typst-Quelle des PDF, zum Anpassen.
    Typ,
    /// Die Daten, die die Vorlagen erhalten (für eigene Vorlagen).
    Json,
}

/// Which document `render` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Dokument {
    /// Der Medienentwicklungsplan (Standard).
    Plan,
    /// Die Vereinbarung über Service und Support zwischen Schulträger und Schule, zum Unterschreiben: mit `--schule ID` für eine Schule, sonst je Schule eine, jede auf neuer Seite.
    Supportvereinbarung,
}

impl From<RenderFormat> for render::Format {
    fn from(arg: RenderFormat) -> render::Format {
        match arg {
            RenderFormat::Pdf => render::Format::Pdf,
            RenderFormat::Md => render::Format::Md,
            RenderFormat::Typ => render::Format::Typ,
            RenderFormat::Json => render::Format::Json,
        }
    }
}

/// Output format of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Eine Zeile je Änderung, mit Kennzahlen (farbig auf dem Terminal).
    Text,
    /// Synopse als Markdown: je Abschnitt eine Tabelle bisher/neu.
    Md,
    /// Synopse als PDF/A für Ausschuss und Rat.
    Pdf,
    /// Versioniertes JSON mit jeder Änderung (siehe README).
    Json,
}

impl From<DiffFormat> for diff::Format {
    fn from(arg: DiffFormat) -> diff::Format {
        match arg {
            DiffFormat::Text => diff::Format::Text,
            DiffFormat::Md => diff::Format::Md,
            DiffFormat::Pdf => diff::Format::Pdf,
            DiffFormat::Json => diff::Format::Json,
        }
    }
}

/// When `diff` colours its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Auf einem Terminal, wenn NO_COLOR nicht gesetzt ist.
    Auto,
    /// Immer, auch in eine Pipe (etwa für `less -R`).
    Always,
    /// Nie.
    Never,
}

/// Output format of `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Tabellen.
    Table,
    /// JSON mit englischen Schlüsseln und `version`; Schema: `mep schema --stats`.
    Json,
}

/// Threshold profile shared by `check` and `stats`.
#[derive(Debug, Args)]
pub struct ProfileArg {
    /// Eigenes Profil mit Richtwerten und Förderregeln (überschreibt das Standard- und das Landesprofil schlüsselweise).
    #[arg(long, value_name = "DATEI")]
    pub profile: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plandateien (Hauptdatei je Plan) oder `-` für die Standardeingabe.
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,
    /// Ausgabeformat (`--to` geht auch).
    #[arg(long, alias = "to", value_enum, default_value = "human")]
    pub format: CheckFormat,
    /// Auch Warnungen führen zu Exit-Code 1.
    #[arg(long)]
    pub strict: bool,
    /// Exit-Code 1, wenn die Vollständigkeit unter N Prozent liegt.
    #[arg(long, value_name = "N", value_parser = percent)]
    pub min_completeness: Option<u8>,
    /// Nur Befunde melden, die nicht in dieser Baseline stehen (siehe `--write-baseline`).
    #[arg(long, value_name = "DATEI", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Die jetzigen Befunde als Baseline in DATEI schreiben (Exit-Code 0).
    #[arg(long, value_name = "DATEI")]
    pub write_baseline: Option<PathBuf>,
    #[command(flatten)]
    pub profile: ProfileArg,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Plandatei (Hauptdatei), ein mit mep erzeugtes PDF oder `-` für die Standardeingabe.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// Ausgabeformat (`--to` geht auch).
    #[arg(long, alias = "to", value_enum, default_value = "pdf")]
    pub format: RenderFormat,
    /// Das Dokument: plan (Standard) oder supportvereinbarung.
    #[arg(long, value_enum, default_value = "plan")]
    pub dokument: Dokument,
    /// Nur die Supportvereinbarung mit dieser Schule (Kennung `id` unter `[[schulen]]`); nur mit `--dokument supportvereinbarung`.
    #[arg(long, value_name = "ID")]
    pub schule: Option<String>,
    /// Ausgabedatei; `-` für die Standardausgabe. Standard: neben dem Plan, mit dessen Namen (Supportvereinbarung: `supportvereinbarung-ID` bzw. `supportvereinbarung`).
    #[arg(short = 'o', long = "output", value_name = "DATEI")]
    pub output: Option<PathBuf>,
    /// Ordner mit eigenen Vorlagen (`plan.md`, `plan.typ`, `supportvereinbarung.md`, `supportvereinbarung.typ`, Teile wie `kapitel/kosten.typ`), die die eingebauten gleichen Namens ersetzen.
    #[arg(long, value_name = "ORDNER")]
    pub templates: Option<PathBuf>,
    /// Auch einen Plan mit Fehlern ausgeben; die Fehler stehen dann im Anhang.
    #[arg(long)]
    pub force: bool,
    /// Bei jeder Änderung einer Datei des Plans neu prüfen und neu erzeugen.
    #[arg(long)]
    pub watch: bool,
    #[command(flatten)]
    pub profile: ProfileArg,
}

/// Text after `mep diff --help`.
const DIFF_HELP: &str = "\
Beispiele / examples:
  mep diff plan-2024.toml plan.toml
  mep diff HEAD~1:plan.toml plan.toml --ignore plan.datum
  mep diff alt.toml neu.toml --format pdf -o synopse.pdf

Als git-Diff-Treiber / as a git diff driver:
  echo '*.toml diff=mep' >> .gitattributes
  git config diff.mep.command 'mep diff'

Exit-Codes / exit codes:
  0  keine Unterschiede (als git-Treiber immer) / no differences (always as a git driver)
  1  Unterschiede / differences
  2  Aufruf falsch oder Eingabe unbrauchbar / usage error or unusable input";

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Die bisherige und die neue Fassung: Plandatei, mit mep erzeugtes PDF oder `REV:pfad`
    /// aus git (z. B. `HEAD~1:plan.toml`). Als git-Diff-Treiber die sieben Argumente von git.
    #[arg(value_names = ["ALT", "NEU"], num_args = 2..=9, required = true)]
    pub versions: Vec<String>,
    /// Ausgabeformat (`--to` geht auch).
    #[arg(long, alias = "to", value_enum, default_value = "text")]
    pub format: DiffFormat,
    /// Ausgabedatei; `-` für die Standardausgabe. Standard: Text, Markdown und JSON auf die Standardausgabe, PDF neben der neuen Fassung als `synopse-ALT-NEU.pdf`.
    #[arg(short = 'o', long = "output", value_name = "DATEI")]
    pub output: Option<PathBuf>,
    /// Änderungen an diesen Pfaden nicht zeigen; Muster mit `*` und `?`, z. B.
    /// `plan.datum` oder `schulen[*].schueler` (mehrfach möglich).
    #[arg(long, value_name = "PFAD")]
    pub ignore: Vec<String>,
    /// Nur diesen Abschnitt zeigen, z. B. `schulen`, `massnahmen`, `zielarchitektur.hardware`
    /// oder `kennzahlen` (mehrfach möglich).
    #[arg(long, value_name = "NAME")]
    pub section: Vec<String>,
    /// Nichts ausgeben, nur der Exit-Code.
    #[arg(short, long)]
    pub quiet: bool,
    /// Farbe im Text: auto, always, never.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Ordner mit eigenen Vorlagen (`synopse.md`, `synopse.typ`).
    #[arg(long, value_name = "ORDNER")]
    pub templates: Option<PathBuf>,
    #[command(flatten)]
    pub profile: ProfileArg,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Plandatei (Hauptdatei) oder `-` für die Standardeingabe.
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,
    /// Ausgabeformat (`--to` geht auch).
    #[arg(long, alias = "to", value_enum, default_value = "table")]
    pub format: StatsFormat,
    #[command(flatten)]
    pub profile: ProfileArg,
}

/// Text after `mep init --help`.
const INIT_HELP: &str = "\
Beispiel / example:
  mep init plaene/musterstadt --schultraeger \"Stadt Musterstadt\" --bundesland NW

Exit-Codes / exit codes:
  0  Plan angelegt / plan created
  2  nichts geschrieben: Ordner enthält schon Plandateien, oder Aufruf falsch
     nothing written: the folder already holds plan files, or usage error";

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Ordner für den neuen Plan (wird angelegt, falls er fehlt).
    #[arg(value_name = "ORDNER", required_unless_present = "list")]
    pub dir: Option<PathBuf>,
    /// Vorlage: gemeinde, kreisstadt (Standard) oder landkreis; `--list` beschreibt sie.
    #[arg(long, value_name = "NAME", default_value = crate::init::templates::DEFAULT,
          value_parser = clap::builder::PossibleValuesParser::new(
              crate::init::templates::TEMPLATES.iter().map(|t| t.name)))]
    pub template: String,
    /// Die Vorlagen mit je einer Zeile Beschreibung auflisten.
    #[arg(long, conflicts_with_all = ["dir", "schultraeger", "bundesland", "beginn"])]
    pub list: bool,
    /// Name des Schulträgers, z. B. "Stadt Musterstadt"; trägt Name und Titel ein.
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub schultraeger: Option<String>,
    /// Bundesland als Kürzel, z. B. NW, BY, SN.
    #[arg(long, value_name = "XX", value_parser = bundesland)]
    pub bundesland: Option<crate::model::plan::Bundesland>,
    /// Erstes Jahr der fünfjährigen Laufzeit (Standard: das nächste Kalenderjahr).
    #[arg(long, value_name = "JAHR", value_parser = year)]
    pub beginn: Option<i32>,
}

fn non_empty(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        Err("leer / empty".into())
    } else {
        Ok(t.to_string())
    }
}

/// A whole number in `range`, or a bilingual message naming it.
fn number_in<T: std::str::FromStr + PartialOrd + std::fmt::Display>(
    s: &str,
    range: std::ops::RangeInclusive<T>,
    de: &str,
    en: &str,
) -> Result<T, String> {
    match s.trim().parse::<T>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!(
            "{de} von {} bis {} erwartet / {en} from {} to {} expected",
            range.start(),
            range.end(),
            range.start(),
            range.end()
        )),
    }
}

fn percent(s: &str) -> Result<u8, String> {
    number_in(s, 0..=100, "eine ganze Zahl", "a whole number")
}

fn year(s: &str) -> Result<i32, String> {
    number_in(s, 2000..=2090, "ein Jahr", "a year")
}

fn bundesland(s: &str) -> Result<crate::model::plan::Bundesland, String> {
    use crate::model::plan::Bundesland;
    Bundesland::from_kuerzel(s).ok_or_else(|| {
        let codes: Vec<&str> = Bundesland::ALLE.iter().map(|b| b.kuerzel()).collect();
        let codes = codes.join(", ");
        format!("kein Länderkürzel; bekannt sind {codes} / not a Land code; known are {codes}")
    })
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Schema für eingebundene Dateien (`einbinden`, z. B. eine Datei je Schule): ohne Pflichtschlüssel auf oberster Ebene.
    #[arg(long, conflicts_with_all = ["report", "stats"])]
    pub fragment: bool,
    /// Schema des JSON-Berichts von `mep check --format json`.
    #[arg(long, conflicts_with = "stats")]
    pub report: bool,
    /// Schema der Kennzahlen von `mep stats --format json`.
    #[arg(long)]
    pub stats: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Regelcode, z. B. W210.
    #[arg(value_name = "CODE", required_unless_present_any = ["list", "checklist", "handreichung", "profiles"])]
    pub code: Option<String>,
    /// Alle Regeln mit Code und Titel auflisten.
    #[arg(long, conflicts_with_all = ["checklist", "handreichung"])]
    pub list: bool,
    /// Die Checkliste der Vollständigkeit mit der Quelle jedes Punkts ausgeben.
    #[arg(long, conflicts_with = "handreichung")]
    pub checklist: bool,
    /// Wie die Empfehlungen der Handreichung abgebildet sind: Zählweise und Abdeckung
    /// (die ganze Zuordnung steht in `docs/handreichung.md`).
    #[arg(long)]
    pub handreichung: bool,
    /// Die eingebauten Landesprofile mit jedem Wert und seiner Quelle auflisten.
    #[arg(long, conflicts_with_all = ["list", "checklist", "handreichung"])]
    pub profiles: bool,
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
