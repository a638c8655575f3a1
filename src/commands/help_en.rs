//! English help: clap's derive texts in `cli` are German; with `--lang en` (or `MEP_LANG=en`)
//! `--help` and usage errors are rendered from a copy of the command whose texts, headings and
//! value names come from the table here. Parsing itself always uses the German definition.
//! Longer than 400 lines: most of it is the translation table.

use std::ffi::OsString;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Arg, Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::Lang;

/// `(place, English text)`. A place is a command path (`""` for `mep`, `"check"`), an argument
/// (`"check --format"`, with the field name), or a value of an argument (`"check --format=json"`).
/// Global arguments are named on the root (`" --lang"`).
const EN: &[(&str, &str)] = &[
    (
        "",
        "mep – school media development plans as code: check, measure, compare",
    ),
    (
        " --lang",
        "Language of messages, tables and help: de (default) or en; also MEP_LANG. Documents are German",
    ),
    (" --help", "Show this help"),
    (" --version", "Show the version"),
    (
        "init",
        "Create a new plan from a template (Gemeinde, Kreisstadt, Landkreis)",
    ),
    ("init --dir", "Folder for the new plan (created if missing)"),
    (
        "init --template",
        "Template: gemeinde, kreisstadt (default) or landkreis; `--list` describes them",
    ),
    (
        "init --list",
        "List the templates with a line of description each",
    ),
    (
        "init --schultraeger",
        "Name of the school authority, e.g. \"Stadt Musterstadt\"; fills in name and title",
    ),
    ("init --bundesland", "Land as its code, e.g. NW, BY, SN"),
    (
        "init --beginn",
        "First year of the five-year period (default: next calendar year)",
    ),
    (
        "check",
        "Check plans: structure, meaning, plausibility and completeness",
    ),
    (
        "check --plans",
        "Plan files (the main file of each plan) or `-` for standard input",
    ),
    ("check --format", "Output format (`--to` works too)"),
    (
        "check --format=human",
        "Readable output with source excerpts",
    ),
    ("check --format=json", "Versioned JSON report (see README)"),
    (
        "check --format=sarif",
        "SARIF 2.1.0 for GitHub code scanning and GitLab",
    ),
    (
        "check --format=junit",
        "JUnit XML for GitLab, Jenkins and other test reports",
    ),
    (
        "check --format=github",
        "Workflow commands for GitHub Actions (annotations at the line, step summary)",
    ),
    ("check --strict", "Warnings also lead to exit code 1"),
    (
        "check --min_completeness",
        "Exit code 1 if completeness is below N percent",
    ),
    (
        "check --baseline",
        "Report only findings that are not in this baseline (see `--write-baseline`)",
    ),
    (
        "check --write_baseline",
        "Write the current findings as a baseline to FILE (exit code 0)",
    ),
    (
        "check --profile",
        "Own profile of benchmarks and funding rules (overrides the standard and the Land profile key by key)",
    ),
    (
        "render",
        "Make the plan's document: PDF (PDF/A-3b with the plan attached), Markdown or typst",
    ),
    (
        "render --plan",
        "Plan file (main file), a PDF made by mep, or `-` for standard input",
    ),
    ("render --format", "Output format (`--to` works too)"),
    (
        "render --format=pdf",
        "PDF/A-3b for committee, council and archive, with the plan files attached",
    ),
    (
        "render --format=md",
        "Markdown for wikis, GitLab/GitHub and conversion with pandoc",
    ),
    (
        "render --format=typ",
        "The typst source of the PDF, to adapt",
    ),
    (
        "render --format=json",
        "The data the templates receive (for own templates)",
    ),
    (
        "render --dokument",
        "The document: plan (default) or supportvereinbarung",
    ),
    (
        "render --dokument=plan",
        "The media development plan (default)",
    ),
    (
        "render --dokument=supportvereinbarung",
        "The service and support agreement between school authority and school, ready to sign: with `--schule ID` for one school, else one per school, each on a new page",
    ),
    (
        "render --schule",
        "Only the support agreement with this school (its `id` under `[[schulen]]`); only with `--dokument supportvereinbarung`",
    ),
    (
        "render --output",
        "Output file; `-` for standard output. Default: beside the plan, with its name (support agreement: `supportvereinbarung-ID` or `supportvereinbarung`)",
    ),
    (
        "render --templates",
        "Folder of own templates (`plan.md`, `plan.typ`, `supportvereinbarung.md`, `supportvereinbarung.typ`, parts such as `kapitel/kosten.typ`) replacing the built-in ones of the same name",
    ),
    (
        "render --force",
        "Also render a plan with errors; the errors are listed in the appendix",
    ),
    (
        "render --watch",
        "Check and render again whenever a file of the plan changes",
    ),
    (
        "render --profile",
        "Own profile of benchmarks and funding rules (overrides the standard and the Land profile key by key)",
    ),
    (
        "diff",
        "Compare two versions of a plan by ids: text, Synopse (Markdown/PDF) or JSON",
    ),
    (
        "diff --versions",
        "The old and the new version: plan file, PDF made by mep, or `REV:path` from git (e.g. `HEAD~1:plan.toml`). As a git diff driver, git's seven arguments",
    ),
    ("diff --format", "Output format (`--to` works too)"),
    (
        "diff --format=text",
        "One line per change, with key figures (coloured on a terminal)",
    ),
    (
        "diff --format=md",
        "Synopse as Markdown: a table old/new per section",
    ),
    (
        "diff --format=pdf",
        "Synopse as PDF/A for committee and council",
    ),
    (
        "diff --format=json",
        "Versioned JSON with every change (see README)",
    ),
    (
        "diff --output",
        "Output file; `-` for standard output. Default: text, Markdown and JSON to standard output, PDF beside the new version as `synopse-OLD-NEW.pdf`",
    ),
    (
        "diff --ignore",
        "Do not show changes at these paths; patterns with `*` and `?`, e.g. `plan.datum` or `schulen[*].schueler` (repeatable)",
    ),
    (
        "diff --section",
        "Show only this section, e.g. `schulen`, `massnahmen`, `zielarchitektur.hardware` or `kennzahlen` (repeatable)",
    ),
    ("diff --quiet", "Print nothing, only the exit code"),
    ("diff --color", "Colour in the text: auto, always, never"),
    ("diff --color=auto", "On a terminal, unless NO_COLOR is set"),
    (
        "diff --color=always",
        "Always, also into a pipe (e.g. for `less -R`)",
    ),
    ("diff --color=never", "Never"),
    (
        "diff --templates",
        "Folder of own templates (`synopse.md`, `synopse.typ`)",
    ),
    (
        "diff --profile",
        "Own profile of benchmarks and funding rules (overrides the standard and the Land profile key by key)",
    ),
    (
        "stats",
        "Show a plan's key figures (devices, bandwidth, costs, TCO)",
    ),
    (
        "stats --plan",
        "Plan file (main file) or `-` for standard input",
    ),
    ("stats --format", "Output format (`--to` works too)"),
    ("stats --format=table", "Tables"),
    (
        "stats --format=json",
        "JSON with English keys and `version`; schema: `mep schema --stats`",
    ),
    (
        "stats --profile",
        "Own profile of benchmarks and funding rules (overrides the standard and the Land profile key by key)",
    ),
    (
        "schema",
        "Print the JSON Schema of the plan format (for editors with taplo / Even Better TOML)",
    ),
    (
        "schema --fragment",
        "Schema for included files (`einbinden`, e.g. one file per school): no required top-level keys",
    ),
    (
        "schema --report",
        "Schema of the JSON report of `mep check --format json`",
    ),
    (
        "schema --stats",
        "Schema of the key figures of `mep stats --format json`",
    ),
    (
        "explain",
        "Explain a rule: what it checks, why, benchmark and source",
    ),
    ("explain --code", "Rule code, e.g. W210"),
    ("explain --list", "List all rules with code and title"),
    (
        "explain --checklist",
        "Print the completeness checklist with the source of every item",
    ),
    (
        "explain --handreichung",
        "How the guidance paper's recommendations are covered: counting and coverage (the full mapping is docs/handreichung.md)",
    ),
    (
        "explain --profiles",
        "List the built-in Land profiles with each value and its source",
    ),
    (
        "explain --profile",
        "Own profile of benchmarks and funding rules (overrides the standard and the Land profile key by key)",
    ),
    (
        "completions",
        "Print the script with which the shell completes mep's commands and options with the Tab key",
    ),
    (
        "completions --shell",
        "The shell: bash, zsh, fish or powershell",
    ),
    (
        "completions --shell=bash",
        "Bash (Linux, Git Bash on Windows)",
    ),
    ("completions --shell=zsh", "Z shell (default on macOS)"),
    ("completions --shell=fish", "fish"),
    ("completions --shell=powershell", "PowerShell (Windows)"),
    (
        "manpage",
        "Print the manual page mep.1 (man format, German), e.g. `mep manpage > mep.1`",
    ),
];

/// German value names and argument headings and their English counterparts (the command
/// headings are set in [`translate`]).
const WORDS: &[(&str, &str)] = &[
    ("DATEI", "FILE"),
    ("ORDNER", "FOLDER"),
    ("JAHR", "YEAR"),
    ("ALT", "OLD"),
    ("NEU", "NEW"),
    ("PFAD", "PATH"),
    ("Optionen", "Options"),
];

const TEMPLATE: &str = "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}";

/// The language asked for on the command line or in `MEP_LANG`, before clap has parsed.
pub fn requested(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        match value.as_deref() {
            Some("en") => flag = Some(Lang::En),
            Some("de") => flag = Some(Lang::De),
            _ => {}
        }
        if a == "--" {
            break;
        }
    }
    Lang::resolve(flag)
}

fn text(place: &str) -> Option<&'static str> {
    EN.iter().find(|(p, _)| *p == place).map(|(_, t)| *t)
}

fn word(de: &str) -> Option<&'static str> {
    WORDS.iter().find(|(d, _)| *d == de).map(|(_, e)| *e)
}

fn arg(a: Arg, path: &str) -> Arg {
    let place = format!("{path} --{}", a.get_id());
    let mut a = a;
    if let Some(t) = text(&place) {
        a = a.help(t);
    }
    if let Some(h) = a.get_help_heading().and_then(word) {
        a = a.help_heading(h);
    }
    let names: Option<Vec<&'static str>> = a
        .get_value_names()
        .and_then(|names| names.iter().map(|n| word(n.as_str())).collect());
    if let Some(names) = names {
        a = a.value_names(names);
    }
    let values = a.get_possible_values();
    if values.iter().any(|v| v.get_help().is_some()) {
        // Help only: the values parse as strings here, the German command parses for real.
        let values: Vec<PossibleValue> = values
            .into_iter()
            .map(|v| {
                let help = text(&format!("{place}={}", v.get_name()));
                let v = v.clone();
                match help {
                    Some(h) => v.help(h),
                    None => v,
                }
            })
            .collect();
        a = a.value_parser(PossibleValuesParser::new(values));
    }
    a
}

fn translate(cmd: Command, path: &str) -> Command {
    let mut cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading("Commands")
        .subcommand_value_name("COMMAND");
    if let Some(t) = text(path) {
        cmd = cmd.about(t);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |a| arg(a, path));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |s| translate(s, &name));
    }
    cmd
}

/// The command line with English help.
pub fn command() -> Command {
    translate(Cli::command(), "")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every subcommand, argument and documented value has an English text, and every entry
    /// of the table belongs to something that exists.
    #[test]
    fn every_help_text_has_an_english_one() {
        let mut places = Vec::new();
        let root = Cli::command();
        let mut walk = vec![(String::new(), root)];
        while let Some((path, cmd)) = walk.pop() {
            if cmd.get_about().is_some() {
                places.push(path.clone());
            }
            for a in cmd.get_arguments() {
                if a.get_help().is_some() {
                    let place = format!("{path} --{}", a.get_id());
                    for v in a.get_possible_values() {
                        if v.get_help().is_some() {
                            places.push(format!("{place}={}", v.get_name()));
                        }
                    }
                    places.push(place);
                }
            }
            for s in cmd.get_subcommands() {
                walk.push((s.get_name().to_string(), s.clone()));
            }
        }
        let missing: Vec<&String> = places.iter().filter(|p| text(p).is_none()).collect();
        assert!(missing.is_empty(), "no English help for {missing:?}");
        let unknown: Vec<&str> = EN
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| !places.iter().any(|q| q == p))
            .collect();
        assert!(unknown.is_empty(), "English help for nothing: {unknown:?}");
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |s: &str| -> Vec<OsString> { s.split(' ').map(OsString::from).collect() };
        assert_eq!(requested(&args("mep --lang en check -h")), Lang::En);
        assert_eq!(requested(&args("mep check --lang=en -h")), Lang::En);
        assert_eq!(requested(&args("mep check --lang de")), Lang::De);
    }

    #[test]
    fn the_english_command_is_consistent() {
        command().debug_assert();
    }
}
