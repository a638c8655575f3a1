//! `mep manpage`: the manual page `mep.1`, German, one page for mep and all its commands,
//! generated from the command-line definition. clap_mangen writes the title line and the
//! version; its other sections carry fixed English headings and texts ("SYNOPSIS",
//! "Possible values:", "[default: …]"), so the sections are written here with its `roff`
//! crate: NAME, ÜBERSICHT, BESCHREIBUNG, OPTIONEN, BEFEHLE, EXIT-STATUS, UMGEBUNG.

use std::io::Write;

use anyhow::Result;
use clap::{Arg, Command, CommandFactory};
use clap_mangen::Man;
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::commands::clap_de;
use crate::exit_code;

pub fn run() -> Result<u8> {
    std::io::stdout().write_all(&page())?;
    Ok(exit_code::OK)
}

/// What mep is, for BESCHREIBUNG (the about line is NAME).
const DESCRIPTION: &[&str] = &[
    "mep liest Medienentwicklungspläne (MEP) von Schulträgern, die als TOML-Dateien geschrieben \
     sind, prüft sie auf Widersprüche, Plausibilität und Vollständigkeit, erzeugt daraus das \
     Dokument als PDF oder Markdown, vergleicht zwei Fassungen (Synopse) und gibt Berichte für \
     CI-Systeme aus.",
    "Meldungen, Tabellen und Hilfe sind deutsch, mit --lang en oder MEP_LANG=en englisch; die \
     erzeugten Dokumente sind immer deutsch. Jede Regel erklärt mep explain CODE, die Liste aller \
     Regeln zeigt mep explain --list.",
];

/// Environment variables mep reads: `(name, meaning)`.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "MEP_LANG",
        "de oder en: Sprache der Meldungen, Tabellen und Hilfe, wenn --lang fehlt.",
    ),
    (
        "NO_COLOR",
        "Wenn gesetzt und nicht leer: keine Farben in der Ausgabe von mep check und mep diff (bei mep diff außer mit --color always).",
    ),
];

/// The page as roff source, UTF-8 (the first line tells man and groff's preconv so).
pub fn page() -> Vec<u8> {
    let cmd = Cli::command();
    let usages = clap_de::command();
    // The title line is written here: clap_mangen's drops an empty date, so the version
    // would be read as the date and the manual's name as the source. No date: the page is
    // the same for every build of one version. `.nh`: groff's hyphenation patterns are
    // English, and options must not be split.
    let version = cmd.get_version().unwrap_or_default();
    let mut out = format!(
        ".\\\" -*- coding: UTF-8 -*-\n.TH MEP 1 \"\" \"mep {version}\" \"Benutzerbefehle\"\n.nh\n"
    )
    .into_bytes();

    let mut roff = Roff::new();
    roff.control("SH", ["NAME"]);
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let about = about.strip_prefix("mep – ").unwrap_or(&about);
    roff.text([roman(format!("mep - {about}"))]);

    roff.control("SH", ["ÜBERSICHT"]);
    let mut first = true;
    for c in std::iter::once(&usages).chain(usages.get_subcommands()) {
        if !first {
            roff.control("br", []);
        }
        first = false;
        synopsis(&mut roff, c);
    }

    roff.control("SH", ["BESCHREIBUNG"]);
    for (i, paragraph) in DESCRIPTION.iter().enumerate() {
        if i > 0 {
            roff.control("PP", []);
        }
        roff.text([roman(*paragraph)]);
    }

    roff.control("SH", ["OPTIONEN"]);
    roff.text([roman(
        "Diese Optionen gelten für mep selbst; --lang und --help auch für jeden Befehl.",
    )]);
    options(&mut roff, &cmd);

    roff.control("SH", ["BEFEHLE"]);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("mep {}", sub.get_name());
        roff.control("SS", [name.as_str()]);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        if let Some(usage) = usages.find_subcommand(sub.get_name()) {
            roff.control("PP", []);
            synopsis(&mut roff, usage);
        }
        options(&mut roff, sub);
        let after = sub.get_after_help().map(|a| a.to_string());
        // The exit codes every command shares stand once, under EXIT-STATUS.
        if let Some(after) = after.filter(|a| a != exit_code::HELP) {
            roff.control("PP", []);
            preformatted(&mut roff, &after);
        }
    }

    roff.control("SH", ["EXIT-STATUS"]);
    preformatted(&mut roff, exit_code::HELP);
    roff.text([roman("Abweichend davon mep init und mep diff, siehe dort.")]);

    roff.control("SH", ["UMGEBUNG"]);
    for (name, meaning) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
    // Writing into a Vec cannot fail.
    let _ = roff.to_writer(&mut out);
    let _ = Man::new(cmd).render_version_section(&mut out);
    out
}

/// One usage line: the command's name bold, the rest as clap's German usage writes it.
fn synopsis(roff: &mut Roff, cmd: &Command) {
    let usage = cmd
        .get_overridden_usage()
        .map(|u| u.to_string())
        .unwrap_or_default();
    let words = usage.split(' ').filter(|w| !w.is_empty());
    let mut line: Vec<Inline> = Vec::new();
    for (i, word) in words.enumerate() {
        if i > 0 {
            line.push(roman(" "));
        }
        let plain = word.starts_with('[') || word.starts_with('<');
        line.push(if plain { roman(word) } else { bold(word) });
    }
    roff.text(line);
}

/// The arguments of `cmd` as a tagged list: name and value, help text, the possible values
/// (a list when they are described) and the default.
fn options(roff: &mut Roff, cmd: &Command) {
    let args = cmd.get_arguments().filter(|a| !a.is_hide_set());
    let (positionals, flags): (Vec<&Arg>, Vec<&Arg>) = args.partition(|a| a.is_positional());
    for arg in flags.into_iter().chain(positionals) {
        roff.control("TP", []);
        roff.text(header(arg));
        let help = arg.get_long_help().or_else(|| arg.get_help());
        roff.text([roman(help.map(|h| h.to_string()).unwrap_or_default())]);
        let defaults = clap_de::shown_defaults(arg);
        if !defaults.is_empty() {
            roff.control("br", []);
            roff.text([roman(format!("Standard: {}.", defaults.join(", ")))]);
        }
        let values = if takes_values(arg) {
            clap_de::shown_values(arg)
        } else {
            Vec::new()
        };
        if values.iter().any(|v| v.get_help().is_some()) {
            roff.control("br", []);
            roff.text([roman("Mögliche Werte:")]);
            // The list stands where the text above it does: the tagged paragraph's indent.
            roff.control("RS", ["7"]);
            roff.control("PD", ["0"]);
            for v in &values {
                roff.control("IP", ["\\(bu", "2"]);
                let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                roff.text([bold(v.get_name()), roman(format!(": {help}"))]);
            }
            roff.control("PD", []);
            roff.control("RE", []);
        } else if !values.is_empty() {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            roff.control("br", []);
            roff.text([roman(format!("Mögliche Werte: {}.", names.join(", ")))]);
        }
    }
}

/// Whether the argument takes a value (flags such as `--strict` do not).
fn takes_values(arg: &Arg) -> bool {
    arg.is_positional() || arg.get_action().takes_values()
}

/// `-o, --output <DATEI>` or `<PLAN>...`: names bold, values italic.
fn header(arg: &Arg) -> Vec<Inline> {
    let names: Vec<String> = arg.get_value_names().map_or_else(
        || vec![arg.get_id().to_string().to_uppercase()],
        |v| v.iter().map(|n| n.to_string()).collect(),
    );
    let many = arg
        .get_num_args()
        .is_some_and(|n| n.max_values() > names.len())
        || (arg.is_positional() && matches!(arg.get_action(), clap::ArgAction::Append));
    let mut value = names
        .iter()
        .map(|n| format!("<{n}>"))
        .collect::<Vec<_>>()
        .join(" ");
    if many {
        value.push_str("...");
    }
    if arg.is_positional() {
        return vec![italic(value)];
    }
    let mut out = Vec::new();
    if let Some(short) = arg.get_short() {
        out.push(bold(format!("-{short}")));
        out.push(roman(", "));
    }
    if let Some(long) = arg.get_long() {
        out.push(bold(format!("--{long}")));
    }
    if takes_values(arg) {
        out.push(roman(" "));
        out.push(italic(value));
    }
    out
}

/// Text set line by line as written (examples, exit codes).
fn preformatted(roff: &mut Roff, text: &str) {
    roff.control("nf", []);
    for line in text.lines() {
        roff.text([roman(line)]);
    }
    roff.control("fi", []);
}
