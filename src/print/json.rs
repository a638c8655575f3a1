//! The JSON report, format version 1 (English keys, as machine formats use). Documented in
//! the README; any change that removes or renames a key raises `REPORT_VERSION`. Typed
//! structs fix the key order, so the report reads the same on every run.

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::completeness::Completeness;
use crate::diagnostic::{Finding, Loc, Severity, Summary};
use crate::i18n::Lang;
use crate::print::first_line;
use crate::validate::Report;

/// Version of the JSON report format.
pub const REPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    tool: Tool,
    plan: &'a str,
    lang: &'static str,
    usable: bool,
    summary: Summary,
    findings: Vec<JsonFinding<'a>>,
    completeness: Option<Sections<'a>>,
    open_items: Vec<OpenItem<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    severity: Severity,
    message: &'a str,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    path: Option<&'a str>,
    hint: Option<&'a str>,
}

/// `overall` and one figure per section, flat, in the order of the plan format.
struct Sections<'a>(&'a Completeness);

impl Serialize for Sections<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.sections.len() + 1))?;
        m.serialize_entry("overall", &self.0.overall)?;
        for (k, v) in &self.0.sections {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[derive(Serialize)]
struct OpenItem<'a> {
    section: &'a str,
    item: &'a str,
    label: &'a str,
    missing: &'a [String],
}

/// One report object per plan; several plans give an array of them.
pub fn render(reports: &[Report], lang: Lang) -> String {
    let mut all: Vec<JsonReport<'_>> = reports.iter().map(|r| report(r, lang)).collect();
    let text = if all.len() == 1 {
        serde_json::to_string_pretty(&all.remove(0))
    } else {
        serde_json::to_string_pretty(&all)
    };
    text.expect("report serializes")
}

fn report<'a>(r: &'a Report, lang: Lang) -> JsonReport<'a> {
    JsonReport {
        version: REPORT_VERSION,
        tool: Tool {
            name: "mep",
            version: env!("CARGO_PKG_VERSION"),
        },
        plan: &r.name,
        lang: lang.pick("de", "en"),
        usable: !r.unusable,
        summary: Summary::of(&r.findings),
        findings: r.findings.iter().map(|f| finding(r, f, lang)).collect(),
        completeness: r.completeness.as_ref().map(Sections),
        open_items: r
            .completeness
            .iter()
            .flat_map(|c| c.open.iter())
            .map(|o| OpenItem {
                section: o.section,
                item: o.item,
                label: lang.pick(o.label_de, o.label_en),
                missing: &o.missing,
            })
            .collect(),
    }
}

fn finding<'a>(r: &'a Report, f: &'a Finding, lang: Lang) -> JsonFinding<'a> {
    let (file, start, end) = match &f.loc {
        Some(loc) => {
            let span = first_line(&r.files, loc);
            let start = r.files.line_col(&Loc {
                file: loc.file,
                span: span.start..span.start,
            });
            let end = r.files.line_col(&Loc {
                file: loc.file,
                span: span.end..span.end,
            });
            (Some(r.files.name_of(loc.file)), Some(start), Some(end))
        }
        None => (None, None, None),
    };
    JsonFinding {
        code: f.code,
        severity: f.severity,
        message: f.message.get(lang),
        file: file.or(Some(r.name.as_str())),
        line: start.map(|s| s.0),
        column: start.map(|s| s.1),
        end_line: end.map(|e| e.0),
        end_column: end.map(|e| e.1),
        path: f.path.as_deref(),
        hint: f.hint.as_ref().map(|h| h.get(lang)),
    }
}
