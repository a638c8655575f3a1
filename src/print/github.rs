//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, shown at
//! the line in the pull request. GitHub shows at most [`CAP`] annotations of a kind per
//! step, so the rest are summed up in a notice; with `GITHUB_STEP_SUMMARY` set, a Markdown
//! summary (completeness per section, findings) is appended to that file.

use std::fmt::Write as _;

use super::place;
use crate::diagnostic::Summary;
use crate::i18n::Lang;
use crate::severity::Severity;
use crate::validate::Report;

/// Annotations of one kind GitHub shows per step.
pub const CAP: usize = 10;

/// Escape a workflow command's message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow command's property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

fn kind(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// `3 Fehler, 0 Warnungen, 1 Hinweise`: the hidden findings per severity, always plural.
fn counts(n: [usize; 3], lang: Lang) -> String {
    Severity::ALL
        .iter()
        .zip(n)
        .map(|(s, n)| format!("{n} {}", s.plural(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A severity's plural as a heading: `Warnungen`, `Warnings`.
fn heading(s: Severity, lang: Lang) -> String {
    let word = s.plural(lang);
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Workflow commands for all reports: at most [`CAP`] of each kind, then a notice with the
/// rest.
pub fn render(reports: &[Report], lang: Lang) -> String {
    let mut out = String::new();
    let mut shown = [0usize; 3];
    let mut hidden = [0usize; 3];
    for r in reports {
        // A justified warning is no annotation: the step summary lists it with its reason.
        for f in r.findings.iter().filter(|f| f.is_open()) {
            let k = f.severity as usize;
            if shown[k] >= CAP {
                hidden[k] += 1;
                continue;
            }
            shown[k] += 1;
            let at = place(r, f);
            let mut props = format!("file={}", property(at.file));
            if let (Some((l, c)), Some((el, ec))) = (at.start, at.end) {
                let _ = write!(props, ",line={l},col={c},endLine={el}");
                if el == l {
                    let _ = write!(props, ",endColumn={}", ec.max(c));
                }
            }
            let _ = write!(props, ",title={}", property(&format!("mep {}", f.code)));
            let mut message = f.message.get(lang).to_string();
            if let Some(h) = &f.hint {
                message.push_str(&format!("\n{}", h.get(lang)));
            }
            let _ = writeln!(out, "::{} {props}::{}", kind(f.severity), data(&message));
        }
    }
    let rest: usize = hidden.iter().sum();
    if rest > 0 {
        let text = match lang {
            Lang::De => format!(
                "{rest} weitere Befunde ohne Anmerkung im Code ({}; GitHub zeigt höchstens {CAP} je Art). Alle Befunde: mep check --format sarif oder die Zusammenfassung des Schritts.",
                counts(hidden, lang)
            ),
            Lang::En => format!(
                "{rest} more findings without an annotation ({}; GitHub shows at most {CAP} of each kind). All findings: mep check --format sarif or the step summary.",
                counts(hidden, lang)
            ),
        };
        let _ = writeln!(
            out,
            "::notice title={}::{}",
            property("mep check"),
            data(&text)
        );
    }
    out
}

/// The Markdown step summary: per plan the counts, completeness per section and a table
/// of all findings.
pub fn step_summary(reports: &[Report], lang: Lang) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "## mep check\n");
    for r in reports {
        let s = Summary::of(&r.findings);
        let _ = writeln!(
            md,
            "### `{}`\n\n{}: {} · {}: {} · {}: {}{}\n",
            r.name,
            heading(Severity::Error, lang),
            s.errors,
            heading(Severity::Warning, lang),
            s.warnings,
            heading(Severity::Info, lang),
            s.infos,
            if s.justified > 0 {
                format!(
                    " · {}: {}",
                    lang.pick("Begründete Abweichungen", "Justified deviations"),
                    s.justified
                )
            } else {
                String::new()
            }
        );
        if let Some(c) = &r.completeness {
            let _ = writeln!(
                md,
                "{}: **{} %**\n\n| {} | % |\n|---|---:|",
                lang.pick("Vollständigkeit", "Completeness"),
                c.overall,
                lang.pick("Abschnitt", "Section")
            );
            for (k, v) in &c.sections {
                let _ = writeln!(md, "| {k} | {v} |");
            }
            md.push('\n');
        }
        if !r.findings.is_empty() {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                lang.pick("Art", "Kind"),
                lang.pick("Regel", "Rule"),
                lang.pick("Ort", "Location"),
                lang.pick("Meldung", "Message")
            );
            for f in &r.findings {
                let at = place(r, f);
                let loc = match at.start {
                    Some((l, c)) => format!("{}:{l}:{c}", at.file),
                    None => at.file.to_string(),
                };
                let mut msg = f.message.get(lang).replace('|', "\\|").replace('\n', " ");
                if let Some(j) = &f.justification {
                    msg.push_str(&format!(
                        " — {}: {}",
                        lang.pick("Begründung", "reason"),
                        j.reason.replace('|', "\\|").replace('\n', " ")
                    ));
                }
                let _ = writeln!(
                    md,
                    "| {} | `{}` | `{loc}` | {msg} |",
                    match &f.justification {
                        Some(_) => lang.pick("begründet", "justified"),
                        None => kind(f.severity),
                    },
                    f.code
                );
            }
            md.push('\n');
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_escaped() {
        assert_eq!(
            data("50 % mehr\nzweite Zeile"),
            "50 %25 mehr%0Azweite Zeile"
        );
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
