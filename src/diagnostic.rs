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
}

/// Counts per severity.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, schemars::JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}
