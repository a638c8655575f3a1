//! Human output: each finding as a rustc-style diagnostic with the source line and a
//! marker under the span, then completeness with the open items, then a summary line.

use std::fmt::Write as _;
use std::io::Write as _;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::term::{self, Config, termcolor::Buffer};

use crate::diagnostic::{Finding, Severity, Summary};
use crate::i18n::Lang;
use crate::print::first_line;
use crate::validate::Report;

/// Render one report; `color` adds ANSI colours.
pub fn render(report: &Report, lang: Lang, color: bool, min_completeness: Option<u8>) -> Vec<u8> {
    let new_buffer = || {
        if color {
            Buffer::ansi()
        } else {
            Buffer::no_color()
        }
    };
    let config = Config::default();
    let mut out = Vec::new();
    for f in &report.findings {
        let diagnostic = to_diagnostic(f, report, lang);
        let mut buf = new_buffer();
        if term::emit_to_write_style(&mut buf, &config, &report.files, &diagnostic).is_ok() {
            out.extend(localize_header(buf.into_inner(), f.severity, lang));
        } else {
            // The location does not fit the file (cannot happen for spans the loader made);
            // print the finding without its source line rather than lose it.
            let _ = writeln!(
                out,
                "{}[{}]: {}",
                severity_word(f.severity, lang),
                f.code,
                f.message.get(lang)
            );
        }
    }
    let mut text = String::new();
    if let Some(c) = &report.completeness {
        let sections: Vec<String> = c.sections.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(
            text,
            "{}: {} %",
            lang.pick("Vollständigkeit", "Completeness"),
            c.overall
        );
        let _ = writeln!(text, "  {}", sections.join(" · "));
        if !c.open.is_empty() {
            let _ = writeln!(text, "{}:", lang.pick("Offene Punkte", "Open items"));
            for o in &c.open {
                let label = lang.pick(o.label_de, o.label_en);
                if o.missing.is_empty() {
                    let _ = writeln!(text, "  - {}: {label}", o.section);
                } else {
                    let _ = writeln!(
                        text,
                        "  - {}: {label} – {} {}",
                        o.section,
                        lang.pick("fehlt für", "missing for"),
                        o.missing.join(", ")
                    );
                }
            }
        }
        if let Some(min) = min_completeness.filter(|m| c.overall < *m) {
            let _ = writeln!(
                text,
                "{}",
                lang.pick(
                    &format!(
                        "Vollständigkeit {} % liegt unter dem Mindestwert {min} %",
                        c.overall
                    ),
                    &format!(
                        "completeness {} % is below the minimum of {min} %",
                        c.overall
                    )
                )
            );
        }
    }
    let _ = writeln!(text, "{}", summary_line(report, lang));
    out.extend(text.as_bytes());
    out
}

/// codespan-reporting writes the severity in English; German output names it in German.
/// Only the first occurrence is the header; the source snippet below stays as it is.
fn localize_header(rendered: Vec<u8>, severity: Severity, lang: Lang) -> Vec<u8> {
    if lang == Lang::En {
        return rendered;
    }
    let english = match severity {
        Severity::Error => "error[",
        Severity::Warning => "warning[",
        Severity::Info => "note[",
    };
    let text = String::from_utf8_lossy(&rendered);
    text.replacen(english, &format!("{}[", severity_word(severity, lang)), 1)
        .into_bytes()
}

fn summary_line(report: &Report, lang: Lang) -> String {
    let s = Summary::of(&report.findings);
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (errors, warnings) = match lang {
        Lang::De => (
            count(s.errors, "Fehler", "Fehler"),
            count(s.warnings, "Warnung", "Warnungen"),
        ),
        Lang::En => (
            count(s.errors, "error", "errors"),
            count(s.warnings, "warning", "warnings"),
        ),
    };
    if report.unusable {
        return format!(
            "{}: {} ({errors})",
            report.name,
            lang.pick("Plan nicht verwendbar", "plan unusable")
        );
    }
    format!("{}: {errors}, {warnings}", report.name)
}

fn severity_word(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => lang.pick("Fehler", "error"),
        Severity::Warning => lang.pick("Warnung", "warning"),
        Severity::Info => lang.pick("Hinweis", "info"),
    }
}

fn to_diagnostic(f: &Finding, report: &Report, lang: Lang) -> Diagnostic<usize> {
    let severity = match f.severity {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Info => CsSeverity::Note,
    };
    let mut labels = Vec::new();
    if let Some(loc) = &f.loc {
        labels.push(
            Label::primary(loc.file, first_line(&report.files, loc))
                .with_message(f.path.clone().unwrap_or_default()),
        );
    }
    for l in &f.labels {
        labels.push(
            Label::secondary(l.loc.file, first_line(&report.files, &l.loc))
                .with_message(l.message.get(lang)),
        );
    }
    let mut notes = Vec::new();
    if let Some(h) = &f.hint {
        notes.push(format!("{}: {}", lang.pick("Hinweis", "hint"), h.get(lang)));
    }
    Diagnostic::new(severity)
        .with_code(f.code)
        .with_message(f.message.get(lang))
        .with_labels(labels)
        .with_notes(notes)
}
