//! Every user-visible name in one place, in German and English: the sections of the plan and
//! its document (`sections`), the fixed values of the format (`values`), the guardrails and
//! the tables inside sections (`groups`), the Länder (`lands`), and the mark for a value the
//! plan leaves open. Documents, messages, the diff, the Synopse, the completeness checklist
//! and the statistics take their names from here; the render context hands them to the
//! templates.

mod groups;
mod lands;
mod sections;
mod values;

use serde::Serialize;

use crate::i18n::Lang;

pub use groups::{GUARDRAIL_SOURCE, GUARDRAILS, Guardrail, guardrail, guardrail_by_key, table};
pub use lands::land;
pub use sections::{PLAN_SECTIONS, section};
pub use values::value;

/// Shown where the plan leaves a value open: never a 0 for what is not known.
pub const OFFEN: &str = "–";

/// A name in German and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    pub de: &'static str,
    pub en: &'static str,
}

impl Name {
    pub fn pick(self, lang: Lang) -> &'static str {
        lang.pick(self.de, self.en)
    }
}

/// The TOML spelling of a fixed value (`snake_case`), as serde writes it.
pub fn key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// The display name of a fixed value in `lang`.
pub fn label<T: Serialize>(v: &T, lang: Lang) -> String {
    value_or_key(&key(v), lang)
}

/// The display name of a fixed value given in its TOML spelling; the spelling with spaces
/// for a value without a name.
pub fn value_or_key(k: &str, lang: Lang) -> String {
    value(k).map_or_else(|| k.replace('_', " "), |n| n.pick(lang).to_string())
}

/// The title of a section in `lang`; the key itself for an unknown section.
pub fn section_title(key: &str, lang: Lang) -> String {
    section(key).map_or_else(|| key.to_string(), |n| n.pick(lang).to_string())
}

/// `it_dienstleister` → „It dienstleister“, for a table that has no name of its own.
pub fn title_from_key(key: &str) -> String {
    let spaced = key.replace('_', " ");
    let mut c = spaced.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::governance::Turnus;
    use crate::model::leitplanken::LehrkraftgeraeteEntscheidung;

    #[test]
    fn fixed_values_read_in_both_languages() {
        let v = LehrkraftgeraeteEntscheidung::DienstgeraetFuerAlle;
        assert_eq!(label(&v, Lang::De), "Dienstgerät für alle");
        assert_eq!(label(&v, Lang::En), "work device for every teacher");
        assert_eq!(label(&Turnus::Halbjaehrlich, Lang::De), "halbjährlich");
        assert_eq!(key(&Turnus::BeiBedarf), "bei_bedarf");
        assert_eq!(value_or_key("gibt_es_nicht", Lang::De), "gibt es nicht");
    }

    /// The typst templates cannot read a Rust constant: their one definition of the open
    /// mark must be this one.
    #[test]
    fn the_typst_templates_use_the_same_open_mark() {
        let basis = include_str!("../../plan-templates/dokument/basis.typ");
        assert!(basis.contains(&format!("#let OFFEN = \"{OFFEN}\"")));
    }
}
