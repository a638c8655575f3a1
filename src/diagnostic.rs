//! Findings as data: code, severity, bilingual message, location and hint. Printers live in `print`.

use std::ops::Range;

use serde::Serialize;

use crate::catalogue;
use crate::i18n::Text;
use crate::severity::Severity;

/// Index of a source file in [`crate::load::Files`].
pub type FileId = usize;

/// A byte range in one source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub file: FileId,
    pub span: Range<usize>,
}

/// A secondary place that explains a finding ("first defined here").
#[derive(Debug, Clone)]
pub struct Label {
    pub loc: Loc,
    pub message: Text,
}

/// One finding about a plan.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Stable code from the rule catalogue, e.g. `E101`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: Text,
    pub hint: Option<Text>,
    /// Where the finding points; `None` only for whole-plan findings without a better place.
    pub loc: Option<Loc>,
    pub labels: Vec<Label>,
    /// Key path in the plan, e.g. `massnahmen[3].schulen[0]`.
    pub path: Option<String>,
    /// The figure the rule measured (e.g. students per device for W210), for comparing with
    /// a justification's `bis_wert`.
    pub value: Option<f64>,
    /// The plan's reason for this warning (`[[abweichungen]]`): a justified warning is listed,
    /// but not counted as open.
    pub justification: Option<Justification>,
}

/// A warning's justification from the plan (`[[abweichungen]]`).
#[derive(Debug, Clone)]
pub struct Justification {
    pub reason: String,
    /// Who agreed, when.
    pub agreed: Option<String>,
    /// The figure up to which the deviation is justified.
    pub up_to: Option<f64>,
    /// Where the justification is written.
    pub loc: Option<Loc>,
}

impl Finding {
    /// A finding whose severity and default hint come from the rule catalogue.
    pub fn new(code: &'static str, message: Text) -> Finding {
        Finding {
            code,
            severity: catalogue::rule(code).severity,
            message,
            hint: catalogue::fix(code).map(|(de, en)| Text::new(de, en)),
            loc: None,
            labels: Vec::new(),
            path: None,
            value: None,
            justification: None,
        }
    }

    pub fn at(mut self, loc: Option<Loc>) -> Finding {
        self.loc = loc;
        self
    }

    pub fn hint(mut self, hint: Text) -> Finding {
        self.hint = Some(hint);
        self
    }

    pub fn label(mut self, loc: Option<Loc>, message: Text) -> Finding {
        if let Some(loc) = loc {
            self.labels.push(Label { loc, message });
        }
        self
    }

    pub fn path(mut self, path: impl Into<String>) -> Finding {
        self.path = Some(path.into());
        self
    }

    /// The figure the rule measured.
    pub fn value(mut self, value: f64) -> Finding {
        self.value = Some(value);
        self
    }

    /// A warning the plan justifies: listed, but not open.
    pub fn is_justified(&self) -> bool {
        self.justification.is_some()
    }

    /// An error, or a warning or note the plan does not justify.
    pub fn is_open(&self) -> bool {
        self.justification.is_none()
    }
}

/// Counts per severity.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, schemars::JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Warnings the plan justifies (`[[abweichungen]]`), not counted in `warnings`.
    pub justified: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            if f.is_justified() {
                s.justified += 1;
                continue;
            }
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}
