//! `mep init`: turn an embedded template into the files of a new plan (title, Schulträger,
//! Bundesland, start year, schema link, git attributes) and write them without overwriting
//! anything.

mod calendar;
pub mod templates;
mod write;

use std::fmt;
use std::path::PathBuf;

use crate::i18n::Lang;
use crate::model::plan::Bundesland;
use crate::schema::{SCHEMA_FILE, plan_schema_text};
use templates::{BASE_END, BASE_START, Template};

pub use calendar::current_year;
pub use write::write_new;

/// Marker of a value the user still has to fill in, at the start of a comment line.
pub const MARKER: &str = "# AUSFÜLLEN: ";

/// File name of the schema written beside a new plan.
pub const SCHEMA_NAME: &str = "mep.schema.json";

/// What the user chose on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub schultraeger: Option<String>,
    pub bundesland: Option<Bundesland>,
    /// First calendar year of the plan period.
    pub beginn: i32,
}

/// A file of the new plan, relative to the plan folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Why `mep init` did not create a plan.
#[derive(Debug)]
pub enum InitError {
    /// Files that would be overwritten already exist; nothing was written.
    Exists { existing: Vec<PathBuf> },
    /// The target exists and is not a folder.
    NotADirectory(PathBuf),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template lacks a line `init` fills in (a defect of the shipped templates).
    Template {
        template: &'static str,
        missing: String,
    },
}

impl InitError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            InitError::Exists { existing } => {
                let list: Vec<String> = existing
                    .iter()
                    .map(|p| format!("`{}`", p.display()))
                    .collect();
                match lang {
                    Lang::De => format!(
                        "nichts geschrieben: {} gibt es schon (`mep init` überschreibt nichts; wählen Sie einen neuen Ordner)",
                        list.join(", ")
                    ),
                    Lang::En => format!(
                        "nothing written: {} already exist(s) (`mep init` overwrites nothing; choose a new folder)",
                        list.join(", ")
                    ),
                }
            }
            InitError::NotADirectory(p) => match lang {
                Lang::De => format!(
                    "nichts geschrieben: `{}` ist eine Datei, kein Ordner",
                    p.display()
                ),
                Lang::En => format!("nothing written: `{}` is a file, not a folder", p.display()),
            },
            InitError::Io { path, source } => match lang {
                Lang::De => format!(
                    "`{}` kann nicht geschrieben werden: {source}; nichts wurde angelegt",
                    path.display()
                ),
                Lang::En => format!(
                    "cannot write `{}`: {source}; nothing was created",
                    path.display()
                ),
            },
            InitError::Template { template, missing } => format!(
                "{} `{template}`: {missing}",
                lang.pick("Vorlage fehlerhaft", "defective template")
            ),
        }
    }
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for InitError {}

/// The files of a new plan from `template`, customised by `options`; nothing is written.
pub fn prepare(template: &'static Template, options: &Options) -> Result<Vec<NewFile>, InitError> {
    let offset = options.beginn - BASE_START;
    let (von, bis) = (BASE_START + offset, BASE_END + offset);
    let mut files = Vec::new();
    for (i, (path, text)) in template.files.iter().enumerate() {
        let depth = path.matches('/').count();
        let mut text = link_schema(&shift_years(text, offset), depth);
        if i == 0 {
            let titel = match &options.schultraeger {
                Some(name) => format!("Medienentwicklungsplan {name} {von}–{bis}"),
                None => format!("Medienentwicklungsplan {von}–{bis}"),
            };
            text = set_key(template, &text, "plan", "titel", &quote(&titel))?;
            if let Some(name) = &options.schultraeger {
                text = set_key(template, &text, "plan.schultraeger", "name", &quote(name))?;
            }
            if let Some(land) = options.bundesland {
                text = set_key(
                    template,
                    &text,
                    "plan.schultraeger",
                    "bundesland",
                    &quote(land.kuerzel()),
                )?;
            }
        }
        files.push(NewFile {
            path: PathBuf::from(path),
            contents: text,
        });
    }
    files.push(NewFile {
        path: PathBuf::from(SCHEMA_NAME),
        contents: plan_schema_text(),
    });
    files.push(NewFile {
        path: PathBuf::from(".gitattributes"),
        contents: "# Planversionen mit `mep diff` vergleichen statt Zeile für Zeile (siehe README von mep).\n*.toml diff=mep\n".to_string(),
    });
    Ok(files)
}

/// A TOML basic string holding `s`, escaped as TOML requires.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Point the `#:schema` line at the schema written into the plan folder.
fn link_schema(text: &str, depth: usize) -> String {
    let schema = SCHEMA_FILE.rsplit('/').next().unwrap_or(SCHEMA_NAME);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if line.starts_with("#:schema ") {
            out.push_str(&format!("#:schema {}{schema}\n", "../".repeat(depth)));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Move every year of the templates' period (2027–2031 as four digits on their own, in
/// values and comments alike) by `offset` years.
fn shift_years(text: &str, offset: i32) -> String {
    if offset == 0 {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let digits = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |n| start + n);
        let run = &rest[start..digits];
        match run.parse::<i32>() {
            Ok(year) if run.len() == 4 && (BASE_START..=BASE_END).contains(&year) => {
                out.push_str(&(year + offset).to_string());
            }
            _ => out.push_str(run),
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    out
}

/// Set `key` in the table `[table]`: replaces the key's line, or the marked line waiting for it.
fn set_key(
    template: &'static Template,
    text: &str,
    table: &str,
    key: &str,
    value: &str,
) -> Result<String, InitError> {
    let header = format!("[{table}]");
    let mut in_table = false;
    let mut done = false;
    let mut out = String::with_capacity(text.len() + value.len());
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed.starts_with('[') {
            in_table = trimmed == header;
        }
        // The key's own line, or the marked line waiting for it; other comments never match.
        let assignment = match trimmed.strip_prefix(MARKER) {
            Some(marked) => Some(marked),
            None => (!trimmed.starts_with('#')).then_some(trimmed),
        };
        let for_key = assignment
            .and_then(|a| a.split_once('='))
            .is_some_and(|(k, _)| k.trim() == key);
        if in_table && !done && for_key {
            out.push_str(&format!("{key} = {value}\n"));
            done = true;
        } else {
            out.push_str(line);
        }
    }
    if done {
        Ok(out)
    } else {
        Err(InitError::Template {
            template: template.name,
            missing: format!("`{key}` in `{header}`"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_the_period_move_and_nothing_else() {
        let t = "von = 2027, bis = 2031\nx = \"2029-H1\"\nd = 2030-06-30\nn = 20270 12027 2026 2032 7:30\n";
        assert_eq!(
            shift_years(t, 2),
            "von = 2029, bis = 2033\nx = \"2031-H1\"\nd = 2032-06-30\nn = 20270 12027 2026 2032 7:30\n"
        );
        assert_eq!(shift_years(t, 0), t);
    }

    #[test]
    fn a_marked_line_becomes_the_value_only_in_its_table() {
        let t = "[plan]\ntitel = \"x\"\n\n[plan.schultraeger]\n# Name des Trägers.\n# AUSFÜLLEN: name = \"Stadt …\"\nart = \"stadt\"\n\n[other]\n# AUSFÜLLEN: name =\n";
        let tpl = &templates::TEMPLATES[0];
        let out = set_key(tpl, t, "plan.schultraeger", "name", "\"Stadt X\"").unwrap();
        assert!(out.contains("[plan.schultraeger]\n# Name des Trägers.\nname = \"Stadt X\"\nart"));
        assert!(out.ends_with("[other]\n# AUSFÜLLEN: name =\n"));
        let out = set_key(tpl, t, "plan", "titel", "\"Neu\"").unwrap();
        assert!(out.starts_with("[plan]\ntitel = \"Neu\"\n"));
        assert!(set_key(tpl, t, "plan", "autoren", "[]").is_err());
    }

    #[test]
    fn names_are_quoted_as_toml_strings() {
        for name in [
            r#"Stadt "Am See" \ Nord"#,
            "Markt 'Alt' \"x\"",
            "Zeile\nzwei",
        ] {
            let doc: toml::Table = toml::from_str(&format!("name = {}", quote(name))).unwrap();
            assert_eq!(doc["name"].as_str(), Some(name));
        }
    }

    #[test]
    fn the_schema_link_follows_the_folder_depth() {
        assert_eq!(
            link_schema("#:schema ../mep.schema.json\nx = 1\n", 0),
            "#:schema mep.schema.json\nx = 1\n"
        );
        assert_eq!(
            link_schema("#:schema ../mep.schema.json\n", 1),
            "#:schema ../mep.schema.json\n"
        );
    }

    #[test]
    fn every_template_takes_name_land_and_start_year() {
        for t in templates::TEMPLATES {
            let o = Options {
                schultraeger: Some("Stadt Lindenau".into()),
                bundesland: Some(Bundesland::HE),
                beginn: 2029,
            };
            let files = prepare(t, &o).unwrap();
            let main = &files[0].contents;
            assert!(
                main.contains("titel = \"Medienentwicklungsplan Stadt Lindenau 2029–2033\""),
                "{}",
                t.name
            );
            assert!(main.contains("\nname = \"Stadt Lindenau\"\n"), "{}", t.name);
            assert!(main.contains("\nbundesland = \"HE\"\n"), "{}", t.name);
            assert!(
                main.contains("zeitraum = { von = 2029, bis = 2033 }"),
                "{}",
                t.name
            );
            assert!(main.starts_with("#:schema mep.schema.json\n"), "{}", t.name);
        }
    }

    /// Every year-like number in a template lies in the period `init` shifts, so no date is left behind.
    #[test]
    fn templates_name_no_year_outside_their_period() {
        for t in templates::TEMPLATES {
            for (path, text) in t.files {
                for run in text.split(|c: char| !c.is_ascii_digit()) {
                    if let (4, Ok(n)) = (run.len(), run.parse::<i32>()) {
                        assert!(
                            !(1990..=2100).contains(&n) || (BASE_START..=BASE_END).contains(&n),
                            "{}/{path}: year {n} outside {BASE_START}–{BASE_END}",
                            t.name
                        );
                    }
                }
            }
        }
    }
}
