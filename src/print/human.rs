//! Human output: each finding as a rustc-style diagnostic with the source line and a
//! marker under the span, then the justified deviations (warnings the plan answers with a
//! reason, not counted as open), then completeness with the open items, then a summary line.

use std::fmt::Write as _;
use std::io::Write as _;

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::{Error as FilesError, Files as CodespanFiles};
use codespan_reporting::term::{self, Config, termcolor::Buffer};

use crate::diagnostic::{Finding, Summary};
use crate::i18n::Lang;
use crate::load::Files;
use crate::print::first_line;
use crate::severity::Severity;
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
    for f in report.findings.iter().filter(|f| f.is_open()) {
        let diagnostic = to_diagnostic(f, report, lang);
        let mut buf = new_buffer();
        let excerpt = Excerpt::new(&report.files, &diagnostic);
        if term::emit_to_write_style(&mut buf, &config, &excerpt, &diagnostic).is_ok() {
            out.extend(localize_header(buf.into_inner(), f.severity, lang));
        } else {
            // The location does not fit the file (cannot happen for spans the loader made);
            // print the finding without its source line rather than lose it.
            let _ = writeln!(
                out,
                "{}[{}]: {}",
                f.severity.word(lang),
                f.code,
                f.message.get(lang)
            );
        }
    }
    let mut text = justified(report, lang);
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
    text.replacen(english, &format!("{}[", severity.word(lang)), 1)
        .into_bytes()
}

/// The warnings the plan justifies (`[[abweichungen]]`), each with its place, message, reason
/// and who agreed; empty when there are none.
fn justified(report: &Report, lang: Lang) -> String {
    let mut text = String::new();
    let list: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.is_justified())
        .collect();
    if list.is_empty() {
        return text;
    }
    let _ = writeln!(
        text,
        "{}:",
        lang.pick("Begründete Abweichungen", "Justified deviations")
    );
    for f in list {
        let at = crate::print::place(report, f);
        let place = match at.start {
            Some((l, c)) => format!("{}:{l}:{c}", at.file),
            None => at.file.to_string(),
        };
        let _ = writeln!(text, "  - {} {place}: {}", f.code, f.message.get(lang));
        if let Some(j) = &f.justification {
            let _ = writeln!(
                text,
                "    {}: {}",
                lang.pick("Begründung", "reason"),
                j.reason
            );
            if let Some(a) = &j.agreed {
                let _ = writeln!(text, "    {}: {a}", lang.pick("Zugestimmt", "agreed"));
            }
        }
    }
    text
}

fn summary_line(report: &Report, lang: Lang) -> String {
    let s = Summary::of(&report.findings);
    let errors = Severity::Error.count(s.errors, lang);
    let warnings = Severity::Warning.count(s.warnings, lang);
    if report.unusable {
        return format!(
            "{}: {} ({errors})",
            report.name,
            lang.pick("Plan nicht verwendbar", "plan unusable")
        );
    }
    if s.justified > 0 {
        let justified = if s.justified == 1 {
            lang.pick("1 begründete Abweichung", "1 justified deviation")
                .to_string()
        } else {
            format!(
                "{} {}",
                s.justified,
                lang.pick("begründete Abweichungen", "justified deviations")
            )
        };
        return format!("{}: {errors}, {warnings}, {justified}", report.name);
    }
    format!("{}: {errors}, {warnings}", report.name)
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
            Label::primary(loc.file, marked(&report.files, loc))
                .with_message(f.path.clone().unwrap_or_default()),
        );
    }
    for l in &f.labels {
        labels.push(
            Label::secondary(l.loc.file, marked(&report.files, &l.loc))
                .with_message(l.message.get(lang)),
        );
    }
    let mut notes = Vec::new();
    // A finding about the plan as a whole (a missing section) still names its file.
    if labels.is_empty() {
        notes.push(format!("{}: {}", lang.pick("Datei", "file"), report.name));
    }
    if let Some(h) = &f.hint {
        notes.push(format!("{}: {}", lang.pick("Hinweis", "hint"), h.get(lang)));
    }
    Diagnostic::new(severity)
        .with_code(f.code)
        .with_message(f.message.get(lang))
        .with_labels(labels)
        .with_notes(notes)
}

/// Lines longer than this (in bytes) are shown as an excerpt around the markers, and no
/// marker is longer: the start of a long value is enough.
const LONG_LINE: usize = 240;
/// Bytes of context either side of a marker in such an excerpt.
const CONTEXT: usize = 60;

/// The marked part of a location: its first line, at most [`LONG_LINE`] bytes of it.
fn marked(files: &Files, loc: &crate::diagnostic::Loc) -> Range<usize> {
    let span = first_line(files, loc);
    let text = files.text_of(loc.file);
    let end = floor_boundary(text, span.end.min(span.start + LONG_LINE));
    span.start..end.max(span.start)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The plan's files as one diagnostic shows them: a very long source line (a generated
/// file, a list of a million entries on one line) is cut down to the part around the
/// diagnostic's markers, so printing stays proportional to the findings, not the file.
/// Line and column numbers are those of the whole file.
struct Excerpt<'a> {
    files: &'a Files,
    /// (file, line index, shown byte range) for each long line a marker sits on.
    windows: Vec<(usize, usize, Range<usize>)>,
}

impl<'a> Excerpt<'a> {
    fn new(files: &'a Files, diagnostic: &Diagnostic<usize>) -> Excerpt<'a> {
        let mut windows: Vec<(usize, usize, Range<usize>)> = Vec::new();
        for label in &diagnostic.labels {
            let (Ok(line), Ok(text)) = (
                files.line_index(label.file_id, label.range.start),
                files.source(label.file_id),
            ) else {
                continue;
            };
            let Ok(full) = files.line_range(label.file_id, line) else {
                continue;
            };
            if full.len() <= LONG_LINE {
                continue;
            }
            let start = floor_boundary(
                text,
                label.range.start.saturating_sub(CONTEXT).max(full.start),
            );
            let end = ceil_boundary(text, (label.range.end + CONTEXT).min(full.end));
            match windows
                .iter_mut()
                .find(|(f, l, _)| *f == label.file_id && *l == line)
            {
                Some((_, _, w)) => *w = w.start.min(start)..w.end.max(end),
                None => windows.push((label.file_id, line, start..end)),
            }
        }
        Excerpt { files, windows }
    }
}

impl<'a> CodespanFiles<'a> for Excerpt<'a> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.files.name(id)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        self.files.source(id)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        self.files.line_index(id, byte_index)
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, FilesError> {
        match self
            .windows
            .iter()
            .find(|(f, l, _)| *f == id && *l == line_index)
        {
            Some((_, _, window)) => Ok(window.clone()),
            None => self.files.line_range(id, line_index),
        }
    }

    fn column_number(
        &'a self,
        id: usize,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        self.files.column_number(id, line_index, byte_index)
    }
}
