//! Rendering a plan to a council-ready document: one context built from the plan and its
//! derived figures feeds the Markdown templates (minijinja) and the typst template.

pub mod context;
pub mod document;
pub mod markdown;
pub mod pdf;
pub mod rich_text;
pub mod templates;
pub mod typst;

use std::fmt;

/// The kind of document `render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// PDF/A-3b with the plan's files attached.
    Pdf,
    /// Markdown.
    Md,
    /// The typst source of the PDF.
    Typ,
    /// The render context the templates receive, as JSON.
    Json,
}

impl Format {
    /// File extension of the output.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Md => "md",
            Format::Typ => "typ",
            Format::Json => "json",
        }
    }
}

/// Why a document could not be rendered.
#[derive(Debug)]
pub enum RenderError {
    /// A Markdown template failed, at a place in it.
    Template {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The typst template failed to compile.
    Typst(Vec<typst::Diagnostic>),
    /// A template could not be read.
    Io(String, std::io::Error),
    /// The data for the templates could not be prepared.
    Data(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Template {
                file,
                line,
                column,
                message,
            } => write!(f, "{file}:{line}:{column}: {message}"),
            RenderError::Typst(diags) => {
                let errors: Vec<String> = diags
                    .iter()
                    .filter(|d| d.error)
                    .map(|d| d.to_string())
                    .collect();
                f.write_str(&errors.join("\n"))
            }
            RenderError::Io(what, e) => write!(f, "{what}: {e}"),
            RenderError::Data(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RenderError {}
