//! Printers over the same finding data: human (rustc-style, via codespan-reporting), JSON,
//! SARIF 2.1.0, JUnit XML and GitHub Actions workflow commands.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use crate::diagnostic::{Finding, Loc};
use crate::load::Files;
use crate::validate::Report;

/// Where a finding is, as line and column (1-based, columns in characters) in a named file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    pub file: &'a str,
    /// `(line, column)` of the start and end of the marked text, when the finding has a place.
    pub start: Option<(usize, usize)>,
    pub end: Option<(usize, usize)>,
}

/// The place of a finding in its report; the plan's name when it has no location.
pub fn place<'a>(r: &'a Report, f: &Finding) -> Place<'a> {
    match &f.loc {
        Some(loc) => {
            let span = first_line(&r.files, loc);
            let at = |i: usize| {
                r.files.line_col(&Loc {
                    file: loc.file,
                    span: i..i,
                })
            };
            Place {
                file: r.files.name_of(loc.file),
                start: Some(at(span.start)),
                end: Some(at(span.end)),
            }
        }
        None => Place {
            file: r.name.as_str(),
            start: None,
            end: None,
        },
    }
}

/// Shorten a span to its first line: a table's span covers all its keys, but the marker
/// belongs under the header.
pub fn first_line(files: &Files, loc: &Loc) -> std::ops::Range<usize> {
    let text = files.text_of(loc.file);
    let start = loc.span.start.min(text.len());
    let end = loc.span.end.min(text.len()).max(start);
    match text[start..end].find('\n') {
        Some(n) => start..start + n,
        None => start..end,
    }
}
