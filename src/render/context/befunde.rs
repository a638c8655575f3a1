//! Appendix: the open findings of `mep check`, the justified deviations (warnings the plan
//! answers in `[[abweichungen]]`) and the open points of the completeness checklist.

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
    /// The open findings.
    pub liste: Vec<BefundZeile>,
    /// Warnings the plan justifies, with reason; not among the open findings.
    pub begruendet: Vec<BegruendetZeile>,
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

/// A justified deviation: the warning, where it is, the plan's reason and who agreed.
#[derive(Debug, Serialize)]
pub struct BegruendetZeile {
    pub code: String,
    pub meldung: String,
    pub ort: String,
    pub begruendung: String,
    pub zugestimmt: Option<String>,
    /// The figure up to which it is justified, as written in the document (`6`).
    pub bis_wert: Option<String>,
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
    let ort = |fnd: &crate::diagnostic::Finding| {
        fnd.loc.as_ref().map_or_else(String::new, |loc| {
            let (line, col) = src.files.line_col(loc);
            format!("{}:{line}:{col}", src.files.name_of(loc.file))
        })
    };
    let offen = || src.findings.iter().filter(|f| f.is_open());
    let liste: Vec<BefundZeile> = offen()
        .map(|fnd| BefundZeile {
            code: fnd.code.to_string(),
            schwere: fnd.severity.word(DE).into(),
            meldung: fnd.message.get(DE).to_string(),
            ort: ort(fnd),
            hinweis: fnd.hint.as_ref().map(|h| h.get(DE).to_string()),
        })
        .collect();
    let begruendet = src
        .findings
        .iter()
        .filter_map(|fnd| {
            let j = fnd.justification.as_ref()?;
            Some(BegruendetZeile {
                code: fnd.code.to_string(),
                meldung: fnd.message.get(DE).to_string(),
                ort: ort(fnd),
                begruendung: j.reason.clone(),
                zugestimmt: j.agreed.clone(),
                bis_wert: j.up_to.map(|v| crate::validate::abweichungen::figure(v).0),
            })
        })
        .collect();
    let c = src.completeness;
    Befunde {
        fehler: offen().filter(|f| f.severity == Severity::Error).count(),
        warnungen: offen().filter(|f| f.severity == Severity::Warning).count(),
        liste,
        begruendet,
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
