//! The embedded typst compiler: one in-memory document in, PDF/A-3b bytes or located
//! diagnostics out.
//!
//! # Sandbox
//!
//! A [`Job`] is compiled in a world (see `world.rs`) that serves the main source (at the
//! virtual path [`MAIN_PATH`]) and further in-memory sources, the fonts embedded by
//! `typst-assets`, and — for `image`, `read`, `json` and the like — files inside
//! [`Job::assets_root`] only. Paths are resolved by typst against the virtual root `/`,
//! which is the plan folder: `image("logo.png")` in the main source reads
//! `<plan folder>/logo.png`. A path that escapes the root (`../x`), or whose canonical
//! form (symlinks resolved) lies outside the plan folder, is refused; so is every
//! package import (`@preview/…`). No system fonts, no network, no wall clock:
//! `datetime.today()` is [`Job::date`].
//!
//! # PDF/A-3b and dates
//!
//! PDF/A requires a document date. typst takes it from `set document(date: …)`; when
//! the template leaves that at `auto` (the default), the exporter falls back to
//! `PdfOptions::timestamp`, which is set here to the job date at 00:00:00 UTC. So a
//! template needs no `set document(date: …)`; if it sets `date: none`, the export fails
//! with a PDF/A error. The same date becomes the modification date of every attached
//! file. `PdfOptions::ident` is [`Job::ident`], which fixes the PDF document ID; with
//! date and ident fixed, two compilations of the same job are byte-identical.
//!
//! # Attachments
//!
//! typst 0.15 attaches files with `pdf.attach(path, data, relationship: …,
//! mime-type: …, description: …)` (`pdf.embed` was its name up to 0.13). Under
//! PDF/A-3 each attachment needs a `mime-type` and a `description` (and a date, which
//! the timestamp above provides), else the export fails. The stored name is the path
//! resolved against the calling file and written without its leading slash, so
//! `pdf.attach("/schulen/gs-nord.toml", bytes(sys.inputs.at("…")), …)` is stored as
//! `schulen/gs-nord.toml` (use the leading slash so the name does not depend on where
//! the calling file lives; `..` beyond the root is an error). The exporter lists the
//! attachments in the catalog's `EmbeddedFiles` name tree and its `/AF` array sorted
//! by name, not in the order the template attached them.
//! [`crate::load::attachments::read_attachments`] reads them back.

mod inline;
mod iterate;
mod memo_budget;
mod world;

use std::fmt;
use std::path::PathBuf;

use ::typst::diag::{SourceDiagnostic, Warned};
use ::typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use inline::inline;
pub use memo_budget::set_budget_mib as set_memo_budget_mib;
use world::SandboxWorld;
pub use world::input_path;

/// The virtual path of the main source (the name of the built-in template). Relative
/// paths in it resolve against `/`, which is the plan folder for files and the
/// in-memory sources for imports. A further source at this path is refused.
pub const MAIN_PATH: &str = "/plan.typ";

/// One document to compile.
#[derive(Debug, Clone)]
pub struct Job {
    /// Typst source of the main file (served at [`MAIN_PATH`]).
    pub main: String,
    /// How diagnostics name the main file, e.g. `plan.typ` or the user's template path.
    pub main_name: String,
    /// Further sources as (virtual path like `/lib.typ`, text, display name for errors).
    pub sources: Vec<(String, String, String)>,
    /// Inputs (key, text): served as files at [`input_path`] (`/.mep/KEY.json`), and as
    /// `sys.inputs` when a source names `sys` (in-memory files keep typst's memo cache
    /// valid between renders when the data changes; `sys.inputs` are part of the library
    /// every cached step depends on).
    pub inputs: Vec<(String, String)>,
    /// The plan folder: the only place files (images, data) may be read from.
    /// `None` allows no file reads at all.
    pub assets_root: Option<PathBuf>,
    /// Document date (year, month, day): PDF metadata, attachment dates and
    /// `datetime.today()`.
    pub date: (i32, u8, u8),
    /// Stable identifier the PDF document ID is derived from, e.g. the plan title.
    pub ident: String,
}

/// A located compiler message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Display name of the file (see [`Job::main_name`]); empty when typst gives no
    /// location (e.g. some PDF export errors).
    pub file: String,
    /// 1-based line; 0 when unknown.
    pub line: usize,
    /// 1-based column in characters; 0 when unknown.
    pub column: usize,
    pub message: String,
    /// Hints, then the call trace (`while calling `f` (lib.typ:3:5)`).
    pub hints: Vec<String>,
    /// `true` for an error, `false` for a warning.
    pub error: bool,
}

impl Diagnostic {
    fn unlocated(message: impl Into<String>) -> Self {
        Self {
            file: String::new(),
            line: 0,
            column: 0,
            message: message.into(),
            hints: Vec::new(),
            error: true,
        }
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:column: error: message`, without the parts that are unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}:", self.file)?;
            if self.line > 0 {
                write!(f, "{}:{}:", self.line, self.column)?;
            }
            f.write_str(" ")?;
        }
        let kind = if self.error { "error" } else { "warning" };
        write!(f, "{kind}: {}", self.message)
    }
}

/// Compiles the job and exports it as tagged PDF/A-3b.
///
/// On success returns the PDF and the warnings. On failure returns the errors followed
/// by the warnings (each marked by [`Diagnostic::error`]).
pub fn compile_pdf(job: &Job) -> Result<(Vec<u8>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (year, month, day) = job.date;
    let timestamp = Datetime::from_ymd_hms(year, month, day, 0, 0, 0)
        .map(Timestamp::new_utc)
        .ok_or_else(|| vec![Diagnostic::unlocated("invalid document date")])?;
    let standards = PdfStandards::new(&[PdfStandard::A_3b])
        .map_err(|e| vec![Diagnostic::unlocated(e.message().to_string())])?;
    let options = PdfOptions {
        ident: Smart::Custom(job.ident.clone()),
        timestamp: Some(timestamp),
        standards,
        ..PdfOptions::default()
    };
    memo_budget::within(|| {
        let Compiled {
            world,
            document,
            warnings,
        } = crate::timings::timed("typst-compile", || compile(job))?;
        let pdf = crate::timings::timed("typst-pdf", || {
            guard(|| typst_pdf::pdf(&document, &options))
        })?
        .map_err(|errors| {
            let mut all = convert(&world, &errors);
            all.extend(warnings.iter().cloned());
            all
        })?;
        Ok((pdf, warnings))
    })
}

/// Compiles the job to laid-out pages, without exporting them: the pages' text is what
/// the PDF shows (the fuzz target for literal text reads it from here).
pub fn compile_document(job: &Job) -> Result<(PagedDocument, Vec<Diagnostic>), Vec<Diagnostic>> {
    memo_budget::within(|| compile(job)).map(|c| (c.document, c.warnings))
}

/// A compiled document with the world it came from (to locate later export errors).
struct Compiled {
    world: SandboxWorld,
    document: PagedDocument,
    warnings: Vec<Diagnostic>,
}

fn compile(job: &Job) -> Result<Compiled, Vec<Diagnostic>> {
    let world = SandboxWorld::new(job).map_err(|e| vec![Diagnostic::unlocated(e.0)])?;
    let Warned { output, warnings } = guard(|| iterate::compile(&world))?;
    let warnings = convert(&world, &warnings);
    match output {
        Ok(document) => Ok(Compiled {
            world,
            document,
            warnings,
        }),
        Err(errors) => {
            let mut all = convert(&world, &errors);
            all.extend(warnings);
            Err(all)
        }
    }
}

/// Runs a typst stage, turning a panic inside typst (a typst bug) into an error.
/// The panic hook still prints the panic message.
fn guard<T>(stage: impl FnOnce() -> T) -> Result<T, Vec<Diagnostic>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(stage)).map_err(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        vec![Diagnostic::unlocated(format!(
            "the typst compiler crashed (a bug in typst): {detail}"
        ))]
    })
}

fn convert(world: &SandboxWorld, diagnostics: &[SourceDiagnostic]) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .map(|diag| {
            let (file, line, column) = world.locate(diag.span);
            let mut hints: Vec<String> = diag
                .hints
                .iter()
                .map(|h| h.v.to_string())
                // typst's CLI advice; mep has no such option.
                .filter(|h| !h.contains("`--root`"))
                .collect();
            for point in &diag.trace {
                let (file, line, column) = world.locate(point.span.into());
                if line > 0 {
                    hints.push(format!("{} ({file}:{line}:{column})", point.v));
                } else {
                    hints.push(point.v.to_string());
                }
            }
            Diagnostic {
                file,
                line,
                column,
                message: diag.message.to_string(),
                hints,
                error: diag.severity == ::typst::diag::Severity::Error,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
