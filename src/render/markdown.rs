//! The Markdown document: the context rendered through the minijinja template `plan.md`
//! (and whatever it includes), with limits so a user's template cannot run away.

use minijinja::syntax::SyntaxConfig;
use minijinja::{Environment, Error, UndefinedBehavior, Value};

use serde::Serialize;

use super::RenderError;
use super::context::Context;
use super::templates::{MARKDOWN, TemplateSet};

/// Instructions a template may spend: plenty for any plan, a stop for endless loops.
const FUEL: u64 = 50_000_000;
/// Depth of nested includes, macros and recursive loops.
const RECURSION: usize = 100;

/// Render the Markdown document.
pub fn render(ctx: &Context, templates: &TemplateSet) -> Result<String, RenderError> {
    render_template(MARKDOWN, ctx, templates)
}

/// Render the Markdown template `name` (built in or the user's) with `ctx`.
pub fn render_template<T: Serialize>(
    name: &str,
    ctx: &T,
    templates: &TemplateSet,
) -> Result<String, RenderError> {
    let mut env = Environment::new();
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(RECURSION);
    // An unknown variable in a template is a mistake worth reporting, not an empty cell.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    if let Ok(syntax) = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.add_filter("zelle", zelle);
    env.add_filter("md", md);
    let set = templates.clone();
    env.set_loader(move |name| {
        set.get(name)
            .map(|t| t.map(|t| t.text))
            .map_err(|e| Error::new(minijinja::ErrorKind::TemplateNotFound, e.to_string()))
    });
    let template = env
        .get_template(name)
        .map_err(|e| error(&e, templates, name))?;
    let mut text = template
        .render(Value::from(minijinja::value::Serde(ctx)))
        .map_err(|e| error(&e, templates, name))?;
    // One newline at the end, as tools that diff and lint Markdown expect.
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    text.push('\n');
    Ok(text)
}

/// Text for a Markdown table cell: no line breaks, `|` escaped.
fn zelle(value: String) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// Plain text as literal Markdown: the characters that would start emphasis, code, links,
/// HTML or a table cell are escaped, line breaks become spaces.
fn md(value: String) -> String {
    let mut out = String::with_capacity(value.len());
    let mut space = false;
    for c in value.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A space at the end matters when pieces of text are joined (marked words).
    if space {
        out.push(' ');
    }
    out
}

fn error(e: &Error, templates: &TemplateSet, main: &str) -> RenderError {
    let name = e.name().unwrap_or(main);
    let display = templates
        .get(name)
        .ok()
        .flatten()
        .map_or_else(|| name.to_string(), |t| t.display);
    let column = match (e.template_source(), e.range()) {
        (Some(src), Some(r)) => {
            let start = r.start.min(src.len());
            let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
            src[line_start..start].chars().count() + 1
        }
        _ => 0,
    };
    let mut message = e.kind().to_string();
    if let Some(d) = e.detail() {
        message = format!("{message}: {d}");
    }
    RenderError::Template {
        file: display,
        line: e.line().unwrap_or(0),
        column,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_stay_on_one_line() {
        assert_eq!(zelle("a | b\nc".into()), "a \\| b c");
    }

    #[test]
    fn plain_text_stays_literal_markdown() {
        assert_eq!(
            md("*a* _b_ `c` <d> [e](f) | #g\nh".into()),
            r"\*a\* \_b\_ \`c\` \<d\> \[e\](f) \| \#g h"
        );
        assert_eq!(md(" a  b ".into()), " a b ");
    }
}
