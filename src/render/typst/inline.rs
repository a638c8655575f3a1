//! One self-contained typst source from a main template and its parts (`basis.typ`,
//! `kapitel/kosten.typ`, …), for `mep render --to typ`: the user gets one file that
//! `typst compile` translates without the template folder.
//!
//! A line `#import "part": …` is dropped and the part's text placed once at the top of
//! the file, after the parts it imports itself (a part meant for import holds only
//! definitions, so this changes nothing but scope: every name is visible everywhere). A
//! line `#include "part"` becomes the part's text in a content block `#[…]`, which, like
//! `#include`, keeps the part's `set` and `show` rules and definitions to itself. Paths
//! are resolved as typst does: `/x.typ` from the template folder, `x.typ` from the
//! including file's folder. Other lines, and paths that name no part (a package, a
//! missing file), stay as they are.

use std::collections::{HashMap, HashSet};

use ::typst::syntax::VirtualPath;

/// First lines of a source with parts written into it, for the person who opens it.
const HEADER: &str = "// typst-Quelle aus `mep render --to typ`: Die Teile der Vorlage (`basis.typ`,\n\
                      // `kapitel/…`) sind hier eingesetzt, die Daten als Zeichenketten.\n\n";

/// The source `main` (at the root of the template folder) with every part it imports or
/// includes written into it; `parts` by name without leading slash (`kapitel/kosten.typ`).
pub fn inline(main: &str, parts: &HashMap<String, String>) -> String {
    let mut inliner = Inliner {
        parts,
        modules: Vec::new(),
        done: HashSet::new(),
        active: Vec::new(),
    };
    let main_file = VirtualPath::new("/plan.typ").expect("a plain file name is a path");
    let body = inliner.expand(main, &main_file);
    if body == main {
        return body;
    }
    let mut out = String::from(HEADER);
    for (name, text) in &inliner.modules {
        out.push_str(&format!("// ---- {name} ----\n\n{text}\n"));
    }
    out.push_str("// ---- plan.typ ----\n\n");
    out.push_str(&body);
    out
}

struct Inliner<'a> {
    parts: &'a HashMap<String, String>,
    /// Imported parts in the order they must come (dependencies first), expanded.
    modules: Vec<(String, String)>,
    /// Imported parts already placed (or being placed).
    done: HashSet<String>,
    /// Included parts being expanded, to stop an include cycle.
    active: Vec<String>,
}

impl Inliner<'_> {
    /// `text` (of the template file `file`) with imports dropped and includes expanded;
    /// imported parts go to `modules`.
    fn expand(&mut self, text: &str, file: &VirtualPath) -> String {
        let mut out = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            match directive(line).and_then(|(kind, path)| {
                // Resolved as typst resolves it; `None` if it leaves the template folder.
                let part = file.parent()?.join(path).ok()?;
                let name = part.get_without_slash().to_string();
                self.parts.contains_key(&name).then_some((kind, name, part))
            }) {
                Some((Kind::Import, name, part)) => self.import(&name, &part),
                Some((Kind::Include, name, part)) if !self.active.contains(&name) => {
                    self.active.push(name.clone());
                    let inner = self.expand(&self.parts[&name], &part);
                    self.active.pop();
                    let indent = &line[..line.len() - line.trim_start().len()];
                    out.push_str(&format!("{indent}#[\n{}", inner));
                    if !inner.ends_with('\n') {
                        out.push('\n');
                    }
                    out.push_str(&format!("{indent}]\n"));
                }
                _ => out.push_str(line),
            }
        }
        out
    }

    fn import(&mut self, name: &str, part: &VirtualPath) {
        if !self.done.insert(name.to_string()) {
            return;
        }
        let text = self.expand(&self.parts[name], part);
        self.modules.push((name.to_string(), text));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Import,
    Include,
}

/// `#import "path": …` or `#include "path"` alone on a line.
fn directive(line: &str) -> Option<(Kind, &str)> {
    let line = line.trim();
    let (kind, rest) = if let Some(rest) = line.strip_prefix("#import ") {
        (Kind::Import, rest)
    } else if let Some(rest) = line.strip_prefix("#include ") {
        (Kind::Include, rest)
    } else {
        return None;
    };
    let rest = rest.trim_start().strip_prefix('"')?;
    let end = rest.find('"')?;
    let (path, after) = (&rest[..end], rest[end + 1..].trim());
    let complete = match kind {
        // Names on the same line, not a list running on (`: (a,` …).
        Kind::Import => after.is_empty() || (after.starts_with(':') && !after.contains('(')),
        Kind::Include => after.is_empty(),
    };
    complete.then_some((kind, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(list: &[(&str, &str)]) -> HashMap<String, String> {
        list.iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn imports_go_on_top_once_and_includes_become_blocks() {
        let parts = parts(&[
            ("basis.typ", "#let a = 1\n"),
            ("daten.typ", "#import \"basis.typ\": a\n#let b = a\n"),
            (
                "kapitel/k.typ",
                "#import \"/basis.typ\": *\n#import \"../daten.typ\": *\n= K\n#set text(red)\n",
            ),
        ]);
        let main = "#import \"/daten.typ\": *\nVorn\n  #include \"kapitel/k.typ\"\nHinten\n";
        assert_eq!(
            inline(main, &parts),
            HEADER.to_string()
                + "// ---- basis.typ ----\n\n#let a = 1\n\n\
             // ---- daten.typ ----\n\n#let b = a\n\n\
             // ---- plan.typ ----\n\n\
             Vorn\n  #[\n= K\n#set text(red)\n  ]\nHinten\n"
        );
        assert_eq!(inline("Nur Text\n", &parts), "Nur Text\n");
    }

    #[test]
    fn other_lines_stay() {
        let parts = parts(&[("basis.typ", "#let a = 1\n")]);
        for line in [
            "#import \"@preview/cetz:0.3.0\"",
            "#import \"fehlt.typ\": *",
            "#import \"../../basis.typ\": *",
            "#import \"basis.typ\": (a,",
            "#include \"basis.typ\" + x",
            "Text #import \"basis.typ\"",
        ] {
            assert_eq!(inline(line, &parts), line, "{line}");
        }
    }

    #[test]
    fn an_include_cycle_ends() {
        let parts = parts(&[("a.typ", "A\n#include \"a.typ\"\n")]);
        assert_eq!(
            inline("#include \"a.typ\"\n", &parts),
            format!("{HEADER}// ---- plan.typ ----\n\n#[\nA\n#include \"a.typ\"\n]\n")
        );
    }
}
