//! Turning one file's bytes into a spanned tree: encoding check, TOML parse, conversion.
//! Pure (no shared state), so included files can be parsed in parallel.

use toml::de::DeTable;

use crate::diagnostic::{FileId, Finding, Loc};
use crate::load::tree::{self, Node};
use crate::load::{german, source, thousands};
use crate::text;

/// One parsed file. `text` is what the file list keeps (a lossy copy when the file is not
/// UTF-8, so the finding can still show line and column).
#[derive(Clone)]
pub struct Parsed {
    /// The id this file was parsed for; locations in `result` and `notes` use it.
    pub file: FileId,
    pub name: String,
    pub text: String,
    pub result: Result<Node, Vec<Finding>>,
    /// Findings that do not stop loading (numbers out of range).
    pub notes: Vec<Finding>,
}

/// Decode and parse a file that will get the id `file`.
pub fn parse_file(file: FileId, name: String, bytes: Vec<u8>) -> Parsed {
    let text = match source::decode(&bytes) {
        Ok(t) => t,
        Err(e) => {
            // The valid prefix up to the offending byte is unchanged by the lossy copy.
            let lossy = String::from_utf8_lossy(&bytes).into_owned();
            // A UTF-8 byte order mark is not a column: drop it, as a valid file would.
            let (lossy, offset) = match lossy.strip_prefix('\u{feff}') {
                Some(rest) => (rest.to_string(), e.offset.saturating_sub(3)),
                None => (lossy, e.offset),
            };
            let span = match lossy.get(offset..).and_then(|rest| rest.chars().next()) {
                Some(c) => offset..offset + c.len_utf8(),
                None => 0..0,
            };
            let f = Finding::new("E002", e.message)
                .hint(e.hint)
                .at(Some(Loc { file, span }));
            return Parsed {
                file,
                name,
                text: lossy,
                result: Err(vec![f]),
                notes: Vec::new(),
            };
        }
    };
    let (result, notes) = {
        let (table, errors) = DeTable::parse_recoverable(&text);
        if errors.is_empty() {
            let mut notes = Vec::new();
            let mut root = tree::from_toml(file, table, &mut notes);
            thousands::grouped_numbers(&text, &mut root, &mut notes);
            (Ok(root), notes)
        } else {
            let spans = errors.iter().map(|e| {
                e.span().unwrap_or_else(|| {
                    if e.message().contains("recursion limit") {
                        longest_dotted_key(&text)
                    } else {
                        0..0
                    }
                })
            });
            let messages = errors.iter().map(|e| e.message().to_string());
            let findings = syntax_findings(file, &text, spans.zip(messages).collect());
            (Err(findings), Vec::new())
        }
    };
    Parsed {
        file,
        name,
        text,
        result,
        notes,
    }
}

/// One finding per line the parser could not read: a German writing habit on that line
/// (with the corrected line) replaces all of the parser's errors there; otherwise the
/// line's first parser error is told in German. Other lines with a habit are added.
fn syntax_findings(
    file: FileId,
    text: &str,
    errors: Vec<(std::ops::Range<usize>, String)>,
) -> Vec<Finding> {
    let mut seen: Vec<usize> = Vec::new();
    let mut findings = Vec::new();
    for (span, message) in errors {
        let start = text[..span.start.min(text.len())]
            .rfind('\n')
            .map_or(0, |p| p + 1);
        if seen.contains(&start) {
            continue;
        }
        seen.push(start);
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        match german::scan_line(&text[start..end]) {
            Some(habit) => findings.push(habit.finding(file, start)),
            None => findings.push(toml_finding(&message).at(Some(Loc { file, span }))),
        }
    }
    // The parser's recovery can skip lines after an error (an emptied value takes the next
    // line along); habits there are found by looking at every line outside multi-line strings.
    let mut start = 0;
    let mut in_multiline = false;
    for line in text.split_inclusive('\n') {
        let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
        if !in_multiline && !seen.contains(&start) {
            if let Some(habit) = german::scan_line(line) {
                findings.push(habit.finding(file, start));
            }
        }
        if quotes % 2 == 1 {
            in_multiline = !in_multiline;
        }
        start += line.len();
    }
    findings.sort_by_key(|f| f.loc.as_ref().map_or(0, |l| l.span.start));
    findings
}

/// Where a key nested too deeply most likely is (toml names no place for it): the start
/// of the line with the most dots.
fn longest_dotted_key(text: &str) -> std::ops::Range<usize> {
    let mut best = (0, 0..0);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let dots = line.bytes().filter(|&b| b == b'.').count();
        if dots > best.0 {
            let indent = line.len() - line.trim_start().len();
            best = (dots, start + indent..start + indent + 1);
        }
        start += line.len();
    }
    best.1
}

/// A TOML syntax error in both languages; toml's own text is English, so the German message
/// is a translation of the common cases (a general one otherwise) and never quotes it.
fn toml_finding(message: &str) -> Finding {
    let message = message.trim_end();
    let de = match message {
        m if m.contains("recursion limit") || m.contains("recursion depth") => {
            "zu tief verschachtelt"
        }
        m if m.contains("duplicate key") => "Schlüssel doppelt",
        m if m.contains("invalid basic string") || m.contains("invalid literal string") => {
            "Zeichenkette nicht abgeschlossen"
        }
        m if m.contains("expected newline") => "nach dem Wert muss die Zeile enden",
        m if m.contains("invalid table header") => "ungültige Tabellenüberschrift",
        m if m.contains("must be quoted") => "Texte stehen in Anführungszeichen",
        m if m.contains("key with no value") => "Schlüssel ohne Wert",
        m if m.contains("extra") && m.contains("expected nothing") => "überzähliges Zeichen",
        m if m.contains("missing value") || m.contains("expected value") => "Wert fehlt",
        m if m.contains("missing key")
            || m.contains("invalid key")
            || m.contains("unquoted key") =>
        {
            "ungültiger Schlüssel"
        }
        m if m.contains("unclosed") => "Klammer oder Anführungszeichen nicht geschlossen",
        m if m.contains("inline table opening") => "öffnende Klammer `{` fehlt",
        m if m.contains("array opening") => "öffnende Klammer `[` fehlt",
        m if m.contains("invalid number")
            || m.contains("invalid integer")
            || m.contains("invalid float") =>
        {
            "ungültige Zahl"
        }
        m if m.contains("date") || m.contains("time") => "ungültiges Datum oder ungültige Uhrzeit",
        _ => "ungültige Schreibweise",
    };
    Finding::new("E001", text!("ungültiges TOML: {de}", "invalid TOML: {message}")).hint(text!(
        "Plandateien folgen der TOML-Syntax: `schluessel = \"Text\"`, Tabellen als `[abschnitt]`, Listen von Tabellen als `[[schulen]]`",
        "plan files follow TOML syntax: `key = \"text\"`, tables as `[section]`, lists of tables as `[[schulen]]`"
    ))
}
