//! The JSON report, format version 1 (English keys, as machine formats use). Documented in
//! the README; any change that removes or renames a key raises `REPORT_VERSION`. Typed
//! structs fix the key order, so the report reads the same on every run.

use schemars::JsonSchema;
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::completeness::Completeness;
use crate::diagnostic::{Finding, Summary};
use crate::i18n::Lang;
use crate::print::place;
use crate::severity::Severity;
use crate::validate::Report;

/// Version of the JSON report format.
pub const REPORT_VERSION: u32 = 1;

/// Der Bericht von `mep check --format json` über einen Plan.
#[derive(Serialize, JsonSchema)]
struct JsonReport<'a> {
    version: u32,
    tool: crate::schema::Tool,
    plan: &'a str,
    lang: &'static str,
    usable: bool,
    summary: Summary,
    findings: Vec<JsonFinding<'a>>,
    completeness: Option<Sections<'a>>,
    open_items: Vec<OpenItem<'a>>,
}

#[derive(Serialize, JsonSchema)]
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
    /// The figure the rule measured (e.g. students per device), where it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    /// The plan's reason for this warning (`[[abweichungen]]`): a justified warning is not
    /// counted in `summary.warnings` but in `summary.justified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    justification: Option<JsonJustification<'a>>,
}

#[derive(Serialize, JsonSchema)]
struct JsonJustification<'a> {
    reason: &'a str,
    agreed: Option<&'a str>,
    up_to: Option<f64>,
    file: Option<&'a str>,
    line: Option<usize>,
}

/// `overall` and one figure per section, flat, in the order of the plan format.
struct Sections<'a>(&'a Completeness);

impl JsonSchema for Sections<'_> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Vollstaendigkeit".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Vollständigkeit in Prozent: `overall` und je Abschnitt eine Zahl.",
            "type": "object",
            "required": ["overall"],
            "additionalProperties": { "type": "integer", "minimum": 0, "maximum": 100 }
        })
    }
}

/// One report, or a list of them when several plans were checked.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
#[schemars(title = "Prüfbericht von mep check (--format json), Version 1")]
#[allow(dead_code)]
enum Output<'a> {
    One(JsonReport<'a>),
    Many(Vec<JsonReport<'a>>),
}

/// The JSON Schema of the report, generated from the types that write it.
pub fn report_schema_text() -> String {
    crate::schema::output_schema_text::<Output<'static>>(
        "https://mep.example/schema/bericht-v1.json",
    )
}

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

#[derive(Serialize, JsonSchema)]
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
        tool: crate::schema::Tool::MEP,
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
    let at = place(r, f);
    JsonFinding {
        code: f.code,
        severity: f.severity,
        message: f.message.get(lang),
        file: Some(at.file),
        line: at.start.map(|s| s.0),
        column: at.start.map(|s| s.1),
        end_line: at.end.map(|e| e.0),
        end_column: at.end.map(|e| e.1),
        path: f.path.as_deref(),
        hint: f.hint.as_ref().map(|h| h.get(lang)),
        value: f.value.filter(|v| v.is_finite()),
        justification: f.justification.as_ref().map(|j| JsonJustification {
            reason: &j.reason,
            agreed: j.agreed.as_deref(),
            up_to: j.up_to,
            file: j.loc.as_ref().map(|l| r.files.name_of(l.file)),
            line: j.loc.as_ref().map(|l| r.files.line_col(l).0),
        }),
    }
}
