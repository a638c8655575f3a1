//! One document from a checked plan: the derived figures and the render context, fed to the
//! templates of the chosen format. No I/O besides reading templates; the caller writes.

use std::path::Path;

use super::context::vereinbarung;
use super::context::{self, Sources};
use super::markdown;
use super::pdf::{self, Document, PlanFile};
use super::templates::{TYPST, TemplateSet, VEREINBARUNG_MARKDOWN, VEREINBARUNG_TYPST};
use super::typst;
use super::{Format, RenderError};
use crate::model::Plan;
use crate::model::types::Datum;
use crate::profile::Profile;
use crate::stats;
use crate::validate::Report;

/// What a document is made from.
pub struct Input<'a> {
    /// The check report of the plan (the plan, its files, findings, completeness).
    pub report: &'a Report,
    pub profile: &'a Profile,
    pub templates: &'a TemplateSet,
    pub format: Format,
}

/// A rendered document and the typst compiler's warnings (PDF only).
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub warnings: Vec<typst::Diagnostic>,
}

/// Render the plan in the input's format.
pub fn render(input: &Input<'_>) -> Result<Rendered, RenderError> {
    let Input {
        report,
        profile,
        templates,
        ..
    } = *input;
    let plan = report
        .plan
        .as_ref()
        .ok_or_else(|| RenderError::Data("plan missing".into()))?;
    let figures = crate::timings::timed("stats", || stats::compute(plan, profile));
    let completeness = report
        .completeness
        .as_ref()
        .ok_or_else(|| RenderError::Data("completeness missing".into()))?;
    let ctx = crate::timings::timed("context", || {
        context::build(&Sources {
            plan,
            figures: &figures,
            completeness,
            findings: &report.findings,
            files: &report.files,
            profile,
        })
    });
    let files = plan_files(report);
    let doc = Document {
        template: TYPST,
        title: ctx.meta.titel.clone(),
        context: &ctx,
        files: &files,
        folder: report.files.folder().map(Path::to_path_buf),
        date: document_date(plan),
    };
    let plain = |bytes: Vec<u8>| Rendered {
        bytes,
        warnings: Vec::new(),
    };
    Ok(match input.format {
        Format::Md => plain(markdown::render(&ctx, templates)?.into_bytes()),
        Format::Json => {
            let mut v =
                serde_json::to_vec_pretty(&ctx).map_err(|e| RenderError::Data(e.to_string()))?;
            v.push(b'\n');
            plain(v)
        }
        Format::Typ => plain(pdf::source(&doc, templates)?.into_bytes()),
        Format::Pdf => {
            let (bytes, warnings) = pdf::render(&doc, templates)?;
            Rendered { bytes, warnings }
        }
    })
}

/// Which school or schools a support agreement is made with.
#[derive(Debug, Clone, Copy)]
pub enum Schulwahl<'a> {
    /// Every school of the plan, one agreement each, in the plan's order.
    Alle,
    /// The school with this id.
    Eine(&'a str),
}

/// Render the support agreement (`--dokument supportvereinbarung`) in the input's format:
/// the same pipeline as the plan's document, with its own context and templates, the plan's
/// files attached to the PDF.
pub fn render_vereinbarung(
    input: &Input<'_>,
    wahl: Schulwahl<'_>,
) -> Result<Rendered, RenderError> {
    let plan = input
        .report
        .plan
        .as_ref()
        .ok_or_else(|| RenderError::Data("plan missing".into()))?;
    let schulen: Vec<_> = match wahl {
        Schulwahl::Alle => plan.schulen.iter().collect(),
        Schulwahl::Eine(id) => plan.schule(id).into_iter().collect(),
    };
    if schulen.is_empty() {
        return Err(RenderError::Data(match wahl {
            Schulwahl::Alle => "der Plan nennt keine Schulen".to_string(),
            Schulwahl::Eine(id) => format!("der Plan nennt keine Schule `{id}`"),
        }));
    }
    let date = document_date(plan);
    let (j, m, t) = date;
    let ctx = vereinbarung::build(plan, &schulen, format!("{j:04}-{m:02}-{t:02}"));
    let plain = |bytes: Vec<u8>| Rendered {
        bytes,
        warnings: Vec::new(),
    };
    let files = plan_files(input.report);
    let doc = Document {
        template: VEREINBARUNG_TYPST,
        title: ctx.dokument.titel.clone(),
        context: &ctx,
        files: &files,
        folder: input.report.files.folder().map(Path::to_path_buf),
        date,
    };
    Ok(match input.format {
        Format::Md => plain(
            markdown::render_template(VEREINBARUNG_MARKDOWN, &ctx, input.templates)?.into_bytes(),
        ),
        Format::Json => {
            let mut v =
                serde_json::to_vec_pretty(&ctx).map_err(|e| RenderError::Data(e.to_string()))?;
            v.push(b'\n');
            plain(v)
        }
        Format::Typ => plain(pdf::source(&doc, input.templates)?.into_bytes()),
        Format::Pdf => {
            let (bytes, warnings) = pdf::render(&doc, input.templates)?;
            Rendered { bytes, warnings }
        }
    })
}

/// The plan's files, main file first, to attach to the PDF.
fn plan_files(report: &Report) -> Vec<PlanFile> {
    (0..report.files.len())
        .map(|id| PlanFile {
            name: report.files.name_of(id).to_string(),
            text: report.files.text_of(id).to_string(),
        })
        .collect()
}

/// The date printed on and recorded in the document: the plan's own date, else the latest
/// council decision's (the first day of its month or year when the day is not known), else
/// the first day of the plan period; never the clock, so that the same plan gives the same
/// bytes.
pub fn document_date(plan: &Plan) -> (i32, u8, u8) {
    let d = plan
        .plan
        .datum
        .or_else(|| {
            let (jahr, monat, tag) = plan.plan.letzter_beschluss()?.datum?.ordnung();
            Some(Datum { jahr, monat, tag })
        })
        .or_else(|| {
            plan.plan.zeitraum.map(|z| Datum {
                jahr: z.von,
                monat: 1,
                tag: 1,
            })
        })
        .unwrap_or(Datum {
            jahr: 2000,
            monat: 1,
            tag: 1,
        });
    (d.jahr, d.monat, d.tag)
}
