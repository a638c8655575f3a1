//! The PDF (and its typst source): the context and the plan's own files go to the typst
//! template as `sys.inputs` strings, never spliced into typst code; the template attaches the
//! files to the PDF/A-3b so the archived document carries its data.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Serialize;
use serde_json::value::RawValue;

use super::RenderError;
use super::context::Context;
use super::templates::TemplateSet;
use super::typst::{self, Job};

/// Input holding the context as JSON; the template reads `json("/.mep/mep.json")` (see
/// [`typst::input_path`]) or `json(bytes(sys.inputs.mep))`.
pub const INPUT_CONTEXT: &str = "mep";
/// Input holding the plan's files as a JSON list of `{name, text}`, for `pdf.attach`.
pub const INPUT_FILES: &str = "mep-dateien";

/// A file of the plan, attached to the PDF under its path relative to the plan folder.
#[derive(Debug, Clone, Serialize)]
pub struct PlanFile {
    pub name: String,
    pub text: String,
}

/// What a typst main template gets besides itself: the plan's document (`plan.typ` with the
/// plan's [`Context`]) or another document of the plan (the support agreement).
pub struct Document<'a, C: Serialize = Context> {
    /// The main typst template, e.g. [`super::templates::TYPST`].
    pub template: &'a str,
    /// The document title, for the typst compiler's identification of the job.
    pub title: String,
    pub context: &'a C,
    pub files: &'a [PlanFile],
    /// The plan folder: images the plan references are read from here and nowhere else.
    pub folder: Option<PathBuf>,
    /// The document date (from the plan), for PDF metadata.
    pub date: (i32, u8, u8),
}

/// The inputs: the context whole ([`INPUT_CONTEXT`]), each of its top-level parts alone
/// (`mep/schulen`, read as `json("/.mep/mep/schulen.json")`) and the plan's files. A
/// built-in chapter reads only its parts, so when `--watch` renders again after an edit,
/// typst reuses every chapter whose parts are unchanged instead of evaluating and laying
/// it out again (a student count touches six of the 23 parts and five of the 16 chapters).
/// Each part is serialized once; the whole is put together from those texts.
fn inputs<C: Serialize>(doc: &Document<'_, C>) -> Result<Vec<(String, String)>, RenderError> {
    let data = |e: serde_json::Error| RenderError::Data(e.to_string());
    let mut inputs = match serde_json::to_value(doc.context).map_err(data)? {
        serde_json::Value::Object(parts) => {
            let parts = parts
                .into_iter()
                .map(|(key, part)| Ok((key, serde_json::value::to_raw_value(&part)?)))
                .collect::<Result<Vec<_>, serde_json::Error>>()
                .map_err(data)?;
            let whole = (INPUT_CONTEXT.to_string(), to_json(&InOrder(&parts))?);
            let each = parts.into_iter().map(|(key, part)| {
                let text = Box::<str>::from(part).into_string();
                (format!("{INPUT_CONTEXT}/{key}"), text)
            });
            std::iter::once(whole).chain(each).collect()
        }
        other => vec![(INPUT_CONTEXT.to_string(), to_json(&other)?)],
    };
    inputs.push((INPUT_FILES.to_string(), to_json(&doc.files)?));
    Ok(inputs)
}

/// Already serialized parts as one JSON object, in their order.
struct InOrder<'a>(&'a [(String, Box<RawValue>)]);

impl Serialize for InOrder<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, part)| (key, part)))
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String, RenderError> {
    serde_json::to_string(value).map_err(|e| RenderError::Data(e.to_string()))
}

fn job<C: Serialize>(doc: &Document<'_, C>, templates: &TemplateSet) -> Result<Job, RenderError> {
    template_job(
        doc.template,
        templates,
        inputs(doc)?,
        doc.folder.clone(),
        doc.date,
        doc.title.clone(),
    )
}

/// A compile job for the typst template `name` with `inputs`.
fn template_job(
    name: &str,
    templates: &TemplateSet,
    inputs: Vec<(String, String)>,
    folder: Option<PathBuf>,
    date: (i32, u8, u8),
    ident: String,
) -> Result<Job, RenderError> {
    let main = templates
        .get(name)
        .map_err(|e| RenderError::Io(name.into(), e))?
        .ok_or_else(|| RenderError::Data(format!("{name} fehlt")))?;
    let sources = templates
        .typst_parts()
        .map_err(|e| RenderError::Io("--templates".into(), e))?
        .into_iter()
        .map(|(n, t)| (format!("/{n}"), t.text, t.display))
        .collect();
    Ok(Job {
        main: main.text,
        main_name: main.display,
        sources,
        inputs,
        assets_root: folder,
        date,
        ident,
    })
}

/// A PDF from the typst template `name`, which reads `context` as JSON from
/// `sys.inputs.mep`; no files are readable.
pub fn render_template<T: Serialize>(
    name: &str,
    context: &T,
    templates: &TemplateSet,
    date: (i32, u8, u8),
    ident: String,
) -> Result<(Vec<u8>, Vec<typst::Diagnostic>), RenderError> {
    let inputs = vec![(INPUT_CONTEXT.to_string(), to_json(context)?)];
    let job = template_job(name, templates, inputs, None, date, ident)?;
    typst::compile_pdf(&job).map_err(RenderError::Typst)
}

/// The PDF, with the compiler's warnings.
pub fn render<C: Serialize>(
    doc: &Document<'_, C>,
    templates: &TemplateSet,
) -> Result<(Vec<u8>, Vec<typst::Diagnostic>), RenderError> {
    let job = crate::timings::timed("job", || job(doc, templates))?;
    typst::compile_pdf(&job).map_err(RenderError::Typst)
}

/// A typst string literal holding `s`: only `\`, `"` and control characters need escapes.
pub fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The typst source of the document, self-contained: the template's parts are written
/// into one file (see [`typst::inline`]) and the inputs into it as string literals, so
/// `typst compile plan.typ` gives the same document.
pub fn source<C: Serialize>(
    doc: &Document<'_, C>,
    templates: &TemplateSet,
) -> Result<String, RenderError> {
    let job = job(doc, templates)?;
    let parts: HashMap<String, String> = job
        .sources
        .into_iter()
        .map(|(path, text, _)| (path.trim_start_matches('/').to_string(), text))
        .collect();
    let mut text = typst::inline(&job.main, &parts);
    let mut data = String::new();
    for (key, value) in &job.inputs {
        let lit = literal(value);
        text = text
            .replace(&format!("sys.inputs.at(\"{key}\", default: \"[]\")"), &lit)
            .replace(&format!("sys.inputs.at(\"{key}\")"), &lit);
        if key == INPUT_CONTEXT {
            text = text.replace(&format!("sys.inputs.{key}"), &lit);
        }
        // The built-in templates read the inputs as files, a part of the data often in
        // several chapters: each file read becomes one value, defined once at the top.
        let read = format!("json({})", literal(&typst::input_path(key)));
        if text.contains(&read) {
            let name = format!("mep-eingabe-{}", key.replace('/', "-"));
            text = text.replace(&read, &name);
            data.push_str(&format!("#let {name} = json(bytes({lit}))\n"));
        }
    }
    if data.is_empty() {
        return Ok(text);
    }
    Ok(format!(
        "// Die Daten des Plans, wie `mep` sie übergibt (die Vorlage liest sie unter /.mep/).\n{data}\n{text}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole context put together from its parts is the context serialized at once,
    /// and each part is the part serialized alone.
    #[test]
    fn the_whole_is_its_parts_in_order() {
        let context = serde_json::json!({
            "meta": {"titel": "Plan \"Süd\"", "jahre": [2026, 2027]},
            "schulen": [{"id": "gs", "schueler": 120.5}],
            "offen": null,
        });
        let doc = Document {
            template: "plan.typ",
            title: String::new(),
            context: &context,
            files: &[],
            folder: None,
            date: (2026, 1, 1),
        };
        let inputs = inputs(&doc).unwrap();
        let get = |key: &str| inputs.iter().find(|(k, _)| k == key).unwrap().1.clone();
        assert_eq!(get("mep"), serde_json::to_string(&context).unwrap());
        assert_eq!(get("mep/schulen"), r#"[{"id":"gs","schueler":120.5}]"#);
        assert_eq!(get("mep/offen"), "null");
        assert_eq!(get("mep-dateien"), "[]");
    }

    #[test]
    fn literals_escape_only_what_typst_needs() {
        assert_eq!(literal(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(literal("x\ny\u{1}"), "\"x\\ny\\u{1}\"");
        assert_eq!(
            literal("#read(\"/etc/passwd\") $x$"),
            "\"#read(\\\"/etc/passwd\\\") $x$\""
        );
    }
}
