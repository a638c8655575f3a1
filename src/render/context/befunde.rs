//! Appendix: the findings of `mep check` and the open points of the completeness checklist.

use serde::Serialize;

use crate::severity::Severity;

use super::Sources;
use super::values::*;
use crate::labels;

/// What `mep check` still reports, for the appendix.
#[derive(Debug, Serialize)]
pub struct Befunde {
    pub fehler: usize,
    pub warnungen: usize,
    pub liste: Vec<BefundZeile>,
    pub vollstaendigkeit: String,
    pub abschnitte: Vec<AbschnittZeile>,
    pub offen: Vec<OffenZeile>,
}

#[derive(Debug, Serialize)]
pub struct BefundZeile {
    pub code: String,
    pub schwere: String,
    pub meldung: String,
    pub ort: String,
    pub hinweis: Option<String>,
}

/// The completeness of one section.
#[derive(Debug, Serialize)]
pub struct AbschnittZeile {
    /// The section's key (`governance`).
    pub schluessel: String,
    /// Its title (`Zusammenarbeit und Steuerung`).
    pub name: String,
    pub wert: String,
}

#[derive(Debug, Serialize)]
pub struct OffenZeile {
    /// The section's key.
    pub schluessel: String,
    /// The section's title.
    pub abschnitt: String,
    pub punkt: String,
    pub fehlt_fuer: String,
}

pub(super) fn befunde(src: &Sources<'_>) -> Befunde {
    let liste: Vec<BefundZeile> = src
        .findings
        .iter()
        .map(|fnd| BefundZeile {
            code: fnd.code.to_string(),
            schwere: fnd.severity.word(DE).into(),
            meldung: fnd.message.get(DE).to_string(),
            ort: fnd.loc.as_ref().map_or_else(String::new, |loc| {
                let (line, col) = src.files.line_col(loc);
                format!("{}:{line}:{col}", src.files.name_of(loc.file))
            }),
            hinweis: fnd.hint.as_ref().map(|h| h.get(DE).to_string()),
        })
        .collect();
    let c = src.completeness;
    Befunde {
        fehler: src
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count(),
        warnungen: src
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count(),
        liste,
        vollstaendigkeit: format!("{} %", c.overall),
        abschnitte: c
            .sections
            .iter()
            .map(|(k, v)| AbschnittZeile {
                schluessel: k.to_string(),
                name: labels::section_title(k, DE),
                wert: format!("{v} %"),
            })
            .collect(),
        offen: c
            .open
            .iter()
            .map(|o| OffenZeile {
                schluessel: o.section.to_string(),
                abschnitt: labels::section_title(o.section, DE),
                punkt: o.label_de.replace('`', ""),
                fehlt_fuer: o.missing.join(", "),
            })
            .collect(),
    }
}
