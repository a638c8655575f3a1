//! Printers over the same finding data: human (rustc-style, via codespan-reporting) and JSON.

pub mod human;
pub mod json;

use crate::diagnostic::Loc;
use crate::load::Files;

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
