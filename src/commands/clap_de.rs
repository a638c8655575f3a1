//! clap's own texts in German. Usage errors are rendered here from the error's kind and
//! context (the argument, the value, the possible values, the suggestion) rather than by
//! replacing words in clap's English text; in the help, "[Standard: …]" and "[mögliche
//! Werte: …]" are written into each argument's text by [`command`], which the German command
//! line is parsed with. English stays clap's own, from the translated command in `help_en`.
//! Value parsers of `cli` answer bilingually ("deutsch / english"); the German half is shown.
//! Slightly over 400 lines: a third of it is the tests of the messages and the help.

use std::fmt::Write as _;

use clap::builder::PossibleValue;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};
use clap::{Arg, Command, CommandFactory};

use crate::cli::Cli;

/// Whether clap's error is a message (help and version are printed as they are).
pub fn is_message(e: &Error) -> bool {
    !matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

fn string(e: &Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(e: &Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The German half of a bilingual parser message ("leer / empty").
fn german_half(source: &str) -> &str {
    source.split_once(" / ").map_or(source, |(de, _)| de)
}

/// The error as German text, ending with a newline.
pub fn render(e: &Error) -> String {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut out = String::from("Fehler: ");
    match e.kind() {
        ErrorKind::ArgumentConflict => {
            let prior = strings(e, ContextKind::PriorArg);
            if let Some(sub) = string(e, ContextKind::InvalidSubcommand).filter(|_| arg.is_empty())
            {
                let _ = write!(out, "der Befehl '{sub}' geht nicht zusammen mit");
            } else if prior.len() == 1 && prior[0] == arg {
                let _ = write!(out, "das Argument '{arg}' darf nur einmal angegeben werden");
            } else {
                let _ = write!(out, "das Argument '{arg}' geht nicht zusammen mit");
            }
            match prior.as_slice() {
                [one] if *one == arg => {}
                [one] => {
                    let _ = write!(out, " '{one}'");
                }
                [] => out.push_str(" den anderen angegebenen Argumenten"),
                many => {
                    out.push(':');
                    for p in many {
                        let _ = write!(out, "\n  {p}");
                    }
                }
            }
        }
        ErrorKind::NoEquals => {
            let _ = write!(out, "'{arg}' braucht ein Gleichheitszeichen vor dem Wert");
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            let _ = write!(out, "'{arg}' braucht einen Wert, es wurde keiner angegeben");
            possible(
                &mut out,
                "mögliche Werte",
                &strings(e, ContextKind::ValidValue),
            );
        }
        ErrorKind::InvalidValue => {
            let _ = write!(out, "ungültiger Wert '{value}' für '{arg}'");
            possible(
                &mut out,
                "mögliche Werte",
                &strings(e, ContextKind::ValidValue),
            );
        }
        ErrorKind::ValueValidation => {
            let _ = write!(out, "ungültiger Wert '{value}' für '{arg}'");
            if let Some(source) = std::error::Error::source(e) {
                let _ = write!(out, ": {}", german_half(&source.to_string()));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let sub = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let _ = write!(out, "unbekannter Befehl '{sub}'");
            possible(&mut out, "Befehle", &commands());
        }
        ErrorKind::MissingSubcommand => {
            let sub = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let _ = write!(out, "'{sub}' braucht einen Befehl");
            possible(&mut out, "Befehle", &commands());
        }
        ErrorKind::MissingRequiredArgument => {
            out.push_str("folgende erforderliche Argumente fehlen:");
            for a in strings(e, ContextKind::InvalidArg) {
                let _ = write!(out, "\n  {a}");
            }
        }
        ErrorKind::UnknownArgument => {
            let _ = write!(out, "unbekanntes Argument '{arg}'");
        }
        ErrorKind::TooManyValues => {
            let _ = write!(
                out,
                "unerwarteter Wert '{value}' für '{arg}'; weitere Werte werden nicht erwartet"
            );
        }
        ErrorKind::TooFewValues => {
            let min = string(e, ContextKind::MinValues).unwrap_or_default();
            let n = string(e, ContextKind::ActualNumValues).unwrap_or_default();
            let _ = write!(out, "'{arg}' braucht {min} Werte, angegeben: {n}");
        }
        ErrorKind::WrongNumberOfValues => {
            let want = string(e, ContextKind::ExpectedNumValues).unwrap_or_default();
            let n = string(e, ContextKind::ActualNumValues).unwrap_or_default();
            let _ = write!(out, "'{arg}' braucht {want} Werte, angegeben: {n}");
        }
        ErrorKind::InvalidUtf8 => out.push_str("ein Argument ist kein gültiges UTF-8"),
        _ => out.push_str("die Befehlszeile ließ sich nicht lesen"),
    }
    let tips = [
        (ContextKind::SuggestedSubcommand, "ein ähnlicher Befehl"),
        (ContextKind::SuggestedArg, "ein ähnliches Argument"),
        (ContextKind::SuggestedValue, "ein ähnlicher Wert"),
    ];
    let mut first = true;
    for (kind, what) in tips {
        let names = strings(e, kind);
        if !names.is_empty() {
            if first {
                out.push('\n');
                first = false;
            }
            let names: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
            let _ = write!(out, "\n  Tipp: {what} heißt {}", names.join(" oder "));
        }
    }
    if e.kind() == ErrorKind::UnknownArgument && arg.starts_with('-') && first {
        let _ = write!(
            out,
            "\n\n  Tipp: um '{arg}' als Wert zu übergeben, schreiben Sie '-- {arg}'"
        );
    }
    if let Some(usage) = string(e, ContextKind::Usage) {
        // clap's usage line carries its own English heading.
        let line = usage.trim_start();
        let line = line.strip_prefix("Usage:").unwrap_or(line).trim_start();
        let _ = write!(out, "\n\nAufruf: {line}");
    }
    out.push_str("\n\nMehr dazu mit '--help'.\n");
    out
}

/// The command line with German help: default and possible values and the usage line
/// written by us.
pub fn command() -> Command {
    german_usage(german(Cli::command()))
}

/// clap writes the placeholder `[OPTIONS]` into every usage line and offers no setting for
/// it; each command's usage is therefore taken from a built copy of the command line and set
/// as the command's own, with `[OPTIONEN]`. The usage line also names the command in usage
/// errors ("Aufruf: mep check [OPTIONEN] <PLAN>...").
fn german_usage(cmd: Command) -> Command {
    let mut built = cmd.clone();
    built.build();
    with_usage(cmd, &mut built)
}

fn with_usage(cmd: Command, built: &mut Command) -> Command {
    let usage = built.render_usage().to_string();
    let usage = usage.trim_start();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
    let mut cmd = cmd.override_usage(usage.replace("[OPTIONS]", "[OPTIONEN]"));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        if let Some(sub) = built.find_subcommand_mut(&name) {
            cmd = cmd.mut_subcommand(&name, |s| with_usage(s, sub));
        }
    }
    cmd
}

fn german(cmd: Command) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut cmd = cmd;
    for id in ids {
        cmd = cmd.mut_arg(id, german_arg);
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, german);
    }
    cmd
}

fn german_arg(a: Arg) -> Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let values = shown_values(&a);
    let defaults = shown_defaults(&a);
    if values.is_empty() && defaults.is_empty() {
        return a;
    }
    let default = if defaults.is_empty() {
        String::new()
    } else {
        format!(" [Standard: {}]", defaults.join(", "))
    };
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let short = if names.is_empty() {
        format!("{help}{default}")
    } else {
        format!("{help}{default} [mögliche Werte: {}]", names.join(", "))
    };
    let a = a
        .hide_possible_values(true)
        .hide_default_value(true)
        .help(short);
    if !values.iter().any(|v| v.get_help().is_some()) {
        return a;
    }
    // Described values: a list, as clap writes it in the long help.
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 1;
    let mut long = format!("{help}\n\nMögliche Werte:");
    for v in &values {
        let name = format!("{}:", v.get_name());
        match v.get_help() {
            Some(h) => {
                let _ = write!(long, "\n- {name:<width$} {h}", width = width);
            }
            None => {
                let _ = write!(long, "\n- {}", v.get_name());
            }
        }
    }
    if !default.is_empty() {
        let _ = write!(long, "\n\n{}", default.trim_start());
    }
    a.long_help(long)
}

/// The possible values of `a` that its help lists (none when it hides them).
pub fn shown_values(a: &Arg) -> Vec<PossibleValue> {
    if a.is_hide_possible_values_set() {
        return Vec::new();
    }
    a.get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect()
}

/// The default values of `a` that its help names (none when it hides them).
pub fn shown_defaults(a: &Arg) -> Vec<String> {
    if a.is_hide_default_value_set() {
        return Vec::new();
    }
    a.get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect()
}

/// Bullet list `[name: a, b]` after a message.
fn possible(out: &mut String, name: &str, values: &[String]) {
    if !values.is_empty() {
        let _ = write!(out, "\n  [{name}: {}]", values.join(", "));
    }
}

/// The names of the subcommands.
fn commands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german(args: &str) -> String {
        let e = command().try_get_matches_from(args.split(' ')).unwrap_err();
        render(&e)
    }

    fn help(args: &str) -> String {
        let e = command().try_get_matches_from(args.split(' ')).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::DisplayHelp);
        // Wrapped to the terminal: compared with single spaces.
        let text = e.render().to_string();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_help_names_defaults_and_values_in_german() {
        for args in [
            "mep render -h",
            "mep render --help",
            "mep check --help",
            "mep -h",
        ] {
            let h = help(args);
            assert!(!h.contains("possible values"), "{args}: {h}");
            assert!(!h.contains("Possible values"), "{args}: {h}");
            assert!(!h.contains("[default"), "{args}: {h}");
            assert!(h.contains("[mögliche Werte: de, en]"), "{args}: {h}");
        }
        let h = help("mep render -h");
        assert!(
            h.contains("[Standard: pdf] [mögliche Werte: pdf, md, typ, json]"),
            "{h}"
        );
        let h = help("mep check --help");
        assert!(h.contains("Mögliche Werte: - human: Lesbare"), "{h}");
        assert!(h.contains("- json: Versionierter JSON-Bericht"), "{h}");
        assert!(h.contains("[Standard: human]"), "{h}");
    }

    #[test]
    fn the_german_command_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn missing_arguments_are_named_in_german() {
        let m = german("mep check");
        assert!(
            m.starts_with("Fehler: folgende erforderliche Argumente fehlen:\n  <PLAN>..."),
            "{m}"
        );
        assert!(
            m.contains("\nAufruf: mep check [OPTIONEN] <PLAN>..."),
            "{m}"
        );
        assert!(!m.contains("Usage"), "{m}");
    }

    #[test]
    fn an_unknown_command_lists_the_commands() {
        let m = german("mep chek plan.toml");
        assert!(m.starts_with("Fehler: unbekannter Befehl 'chek'"), "{m}");
        assert!(m.contains("[Befehle: init, check, render"), "{m}");
        assert!(
            m.contains("Tipp: ein ähnlicher Befehl heißt") && m.contains("'check'"),
            "{m}"
        );
    }

    #[test]
    fn an_invalid_value_lists_the_possible_ones() {
        let m = german("mep render plan.toml --format docx");
        assert!(
            m.starts_with("Fehler: ungültiger Wert 'docx' für '--format <FORMAT>'"),
            "{m}"
        );
        assert!(m.contains("[mögliche Werte: pdf, md, typ, json]"), "{m}");
    }

    #[test]
    fn a_misspelt_argument_gets_a_tip() {
        let m = german("mep render plan.toml --formt md");
        assert!(
            m.starts_with("Fehler: unbekanntes Argument '--formt'"),
            "{m}"
        );
        assert!(
            m.contains("Tipp: ein ähnliches Argument heißt '--format'"),
            "{m}"
        );
    }

    #[test]
    fn a_parser_message_is_shown_in_german() {
        let m = german("mep init x --bundesland XY");
        assert!(
            m.contains("ungültiger Wert 'XY' für '--bundesland <XX>': kein Länderkürzel"),
            "{m}"
        );
        assert!(!m.contains("not a Land"), "{m}");
    }

    #[test]
    fn no_english_from_clap_remains() {
        for args in [
            "mep check",
            "mep chek",
            "mep render plan.toml --format docx",
            "mep render plan.toml --formt md",
            "mep render plan.toml --force --force",
            "mep init x --beginn 1900",
            "mep check p.toml --min-completeness 200",
            "mep explain --list --checklist",
        ] {
            let m = german(args);
            for english in [
                "error:",
                "Usage",
                "tip:",
                "possible values",
                "For more",
                "not in",
                "invalid",
            ] {
                assert!(!m.contains(english), "{args}: {m}");
            }
        }
    }
}
