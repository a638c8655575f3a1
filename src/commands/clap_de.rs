//! clap's usage errors in German: rendered here from the error's kind and context (the
//! argument, the value, the possible values, the suggestion) rather than by replacing words
//! in clap's English text. English errors stay clap's own, from the translated command in
//! `help_en`. Value parsers of `cli` answer bilingually ("deutsch / english"); the German
//! half is shown here.

use std::fmt::Write as _;

use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

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
        let e = Cli::try_parse_from(args.split(' ')).unwrap_err();
        render(&e)
    }

    use clap::Parser;

    #[test]
    fn missing_arguments_are_named_in_german() {
        let m = german("mep check");
        assert!(
            m.starts_with("Fehler: folgende erforderliche Argumente fehlen:\n  <PLAN>..."),
            "{m}"
        );
        assert!(m.contains("\nAufruf: mep check"), "{m}");
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
