//! The JSON report, format version 1 (English keys, as machine formats use). Documented in
//! the README; any change that removes or renames a key raises `REPORT_VERSION`.

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::diagnostic::{Finding, Severity, Summary};
use crate::i18n::Lang;
use crate::print::first_line;
use crate::validate::Report;

/// Version of the JSON report format.
pub const REPORT_VERSION: u32 = 1;

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

/// One report object per plan; several plans give an array of them.
pub fn render(reports: &[Report], lang: Lang) -> String {
    let values: Vec<Value> = reports.iter().map(|r| report(r, lang)).collect();
    let v = if values.len() == 1 {
        values.into_iter().next().expect("one")
    } else {
        Value::Array(values)
    };
    serde_json::to_string_pretty(&v).expect("report serializes")
}

fn report(r: &Report, lang: Lang) -> Value {
    let findings: Vec<Value> = r.findings.iter().map(|f| finding(r, f, lang)).collect();
    let completeness = r.completeness.as_ref().map(|c| {
        let mut m = Map::new();
        m.insert("overall".into(), c.overall.into());
        for (k, v) in &c.sections {
            m.insert((*k).into(), (*v).into());
        }
        Value::Object(m)
    });
    let open: Vec<Value> = r
        .completeness
        .iter()
        .flat_map(|c| c.open.iter())
        .map(|o| json!({ "section": o.section, "item": o.item, "label": lang.pick(o.label_de, o.label_en), "missing": o.missing }))
        .collect();
    json!({
        "version": REPORT_VERSION,
        "tool": { "name": "mep", "version": env!("CARGO_PKG_VERSION") },
        "plan": r.name,
        "lang": lang.pick("de", "en"),
        "usable": !r.unusable,
        "summary": Summary::of(&r.findings),
        "findings": findings,
        "completeness": completeness,
        "open_items": open,
    })
}

fn finding(r: &Report, f: &Finding, lang: Lang) -> Value {
    let (file, start, end) = match &f.loc {
        Some(loc) => {
            let span = first_line(&r.files, loc);
            let start = r.files.line_col(&crate::diagnostic::Loc {
                file: loc.file,
                span: span.start..span.start,
            });
            let end = r.files.line_col(&crate::diagnostic::Loc {
                file: loc.file,
                span: span.end..span.end,
            });
            (Some(r.files.name_of(loc.file)), Some(start), Some(end))
        }
        None => (None, None, None),
    };
    serde_json::to_value(JsonFinding {
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
    })
    .expect("finding serializes")
}
