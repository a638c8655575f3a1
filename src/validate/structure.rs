//! Structural validation: the plan's JSON form against the generated schema, every
//! violation turned into a located, bilingual finding (unknown keys with "did you mean").

use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, JsonType, Validator};
use serde_json::Value;

use crate::diagnostic::{Finding, Loc};
use crate::i18n::Text;
use crate::load::tree::{Node, display_path};
use crate::model::types::{DATUM_PATTERN, HALBJAHR_PATTERN, ID_PATTERN};
use crate::schema::{plan_schema, resolve};
use crate::text;

static VALIDATOR: LazyLock<Validator> = LazyLock::new(|| {
    jsonschema::options()
        .with_draft(Draft::Draft7)
        .should_validate_formats(true)
        .build(plan_schema())
        .expect("generated schema is valid")
});

/// All schema violations of `instance`, located through `index`.
pub fn check(instance: &Value, index: &Node) -> Vec<Finding> {
    let schema = plan_schema();
    let mut findings: Vec<Finding> = VALIDATOR
        .iter_errors(instance)
        .flat_map(|e| {
            to_findings(
                e.kind(),
                e.instance_path().as_str(),
                e.instance(),
                schema,
                index,
            )
        })
        .map(name_root)
        .collect();
    // An `anyOf` failing inside a value can be reported both for the value and its parts.
    findings.dedup_by(|a, b| a.code == b.code && a.loc == b.loc);
    findings
}

/// Stands for the top level of the plan in messages until it is named in each language.
const ROOT: &str = "\u{1}";

fn name_root(mut f: Finding) -> Finding {
    let name = |t: &mut crate::i18n::Text| {
        t.de = t.de.replace(ROOT, "oberste Ebene");
        t.en = t.en.replace(ROOT, "top level");
    };
    name(&mut f.message);
    if let Some(h) = f.hint.as_mut() {
        name(h);
    }
    f
}

fn place(root: &Node, pointer: &str) -> Option<Loc> {
    root.locate(pointer).map(|p| p.value)
}

/// The key at `pointer`, else its value; `None` for the top level: a finding about it (a
/// missing section) is about the file, not about its first line.
fn key_place(root: &Node, pointer: &str) -> Option<Loc> {
    if pointer.is_empty() {
        return None;
    }
    root.locate(pointer).map(|p| p.key.unwrap_or(p.value))
}

fn to_findings(
    kind: &ValidationErrorKind,
    pointer: &str,
    instance: &Value,
    schema: &Value,
    index: &Node,
) -> Vec<Finding> {
    let path = display_path(pointer);
    let shown = if path.is_empty() {
        ROOT.to_string()
    } else {
        path.clone()
    };
    let value = short_value(instance);
    let finding = match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known = known_keys(schema, pointer);
            return unexpected
                .iter()
                .map(|key| {
                    let child = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                    let mut f = Finding::new(
                        "E011",
                        text!("unbekannter Schlüssel `{key}` in `{shown}`", "unknown key `{key}` in `{shown}`"),
                    )
                    .at(key_place(index, &child))
                    .path(display_path(&child));
                    if let Some(best) = nearest(key, known.iter().map(String::as_str)) {
                        f = f.hint(text!("meinten Sie `{best}`?", "did you mean `{best}`?"));
                    } else if !known.is_empty() {
                        let list = known.join("`, `");
                        f = f.hint(text!("bekannte Schlüssel: `{list}`", "known keys: `{list}`"));
                    }
                    f
                })
                .collect();
        }
        ValidationErrorKind::Required { property } => {
            let prop = property.as_str().unwrap_or_default();
            if pointer.is_empty() && prop == "formatversion" {
                Finding::new("E004", text!("`formatversion` fehlt", "`formatversion` is missing"))
                    .at(place(index, pointer).map(|l| Loc { span: 0..0, ..l }))
                    .hint(text!(
                        "Schreiben Sie `formatversion = {}` an den Anfang der Datei",
                        "add `formatversion = {}` at the top of the file",
                        crate::model::FORMATVERSION
                    ))
            } else {
                let table = if path.is_empty() { String::new() } else { format!(" in `{path}`") };
                Finding::new("E012", text!("Pflichtfeld `{prop}` fehlt{table}", "required field `{prop}` is missing{table}"))
                    .at(key_place(index, pointer))
            }
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => {
                    let (de, en) = type_name(*t);
                    (de.to_string(), en.to_string())
                }
                TypeKind::Multiple(set) => {
                    let names: Vec<_> = set.iter().map(type_name).collect();
                    (names.iter().map(|n| n.0).collect::<Vec<_>>().join(" oder "), names.iter().map(|n| n.1).collect::<Vec<_>>().join(" or "))
                }
            };
            let found = type_of(instance);
            let f = Finding::new(
                "E010",
                Text::new(
                    format!("`{shown}` hat den falschen Typ: erwartet {}, gefunden {} `{value}`", expected.0, found.0),
                    format!("`{shown}` has the wrong type: expected {}, found {} `{value}`", expected.1, found.1),
                ),
            )
            .at(place(index, pointer));
            let number = match kind {
                TypeKind::Single(t) => matches!(t, JsonType::Number | JsonType::Integer),
                TypeKind::Multiple(set) => set.iter().any(|t| matches!(t, JsonType::Number | JsonType::Integer)),
            };
            match instance.as_str().and_then(crate::load::percent_number) {
                Some(n) if number => f.hint(quoted_percent_hint(pointer, &n)),
                _ => f,
            }
        }
        ValidationErrorKind::Enum { options } => {
            let opts: Vec<&str> = options.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            let list = opts.join("`, `");
            let mut f = Finding::new(
                "E014",
                text!("ungültiger Wert `{value}` für `{shown}`", "invalid value `{value}` for `{shown}`"),
            )
            .at(place(index, pointer));
            let guess = instance.as_str().and_then(|s| nearest(s, opts.iter().copied()));
            f = match guess {
                Some(best) => f.hint(text!("meinten Sie `{best}`? Erlaubt: `{list}`", "did you mean `{best}`? allowed: `{list}`")),
                None => f.hint(text!("erlaubt: `{list}`", "allowed: `{list}`")),
            };
            f
        }
        ValidationErrorKind::Minimum { limit } | ValidationErrorKind::ExclusiveMinimum { limit } => Finding::new(
            "E013",
            text!("`{shown}` = {value} ist zu klein (mindestens {limit})", "`{shown}` = {value} is too small (at least {limit})"),
        )
        .at(place(index, pointer)),
        ValidationErrorKind::Maximum { limit } | ValidationErrorKind::ExclusiveMaximum { limit } => Finding::new(
            "E013",
            text!("`{shown}` = {value} ist zu groß (höchstens {limit})", "`{shown}` = {value} is too large (at most {limit})"),
        )
        .at(place(index, pointer)),
        ValidationErrorKind::MultipleOf { .. } => Finding::new(
            "E017",
            text!(
                "`{shown}` = {value} hat mehr als zwei Nachkommastellen",
                "`{shown}` = {value} has more than two decimals"
            ),
        )
        .at(place(index, pointer))
        .hint(text!("Beträge werden auf den Cent genau angegeben", "amounts are given to the cent")),
        ValidationErrorKind::Pattern { pattern } => {
            let (what, hint) = pattern_meaning(pattern);
            Finding::new("E015", Text::new(format!("`{value}` ist {} (`{shown}`)", what.de), format!("`{value}` is {} (`{shown}`)", what.en)))
                .at(place(index, pointer))
                .hint(hint)
        }
        ValidationErrorKind::Format { format } if format == "date" => Finding::new(
            "E015",
            text!("`{value}` ist kein gültiges Datum (`{shown}`)", "`{value}` is not a valid date (`{shown}`)"),
        )
        .at(place(index, pointer))
        .hint(text!("Daten werden als JJJJ-MM-TT geschrieben, z. B. `2026-03-15`", "dates are written as YYYY-MM-DD, e.g. `2026-03-15`")),
        ValidationErrorKind::AnyOf { .. } => Finding::new(
            "E015",
            text!("`{value}` ist kein gültiger Zeitpunkt (`{shown}`)", "`{value}` is not a valid point in time (`{shown}`)"),
        )
        .at(place(index, pointer))
        .hint(text!(
            "erlaubt sind ein Jahr (`2027`), ein Halbjahr (`\"2027-H1\"`), ein Monat (`\"2027-06\"`) oder ein Datum (`2027-03-15`), Jahre von 1990 bis 2100",
            "allowed are a year (`2027`), a half-year (`\"2027-H1\"`), a month (`\"2027-06\"`) or a date (`2027-03-15`), years from 1990 to 2100"
        )),
        other => {
            let msg = format!("{other:?}");
            Finding::new("E010", text!("`{shown}` ist ungültig: {msg}", "`{shown}` is invalid: {msg}")).at(place(index, pointer))
        }
    };
    vec![finding.path(path)]
}

/// How to write a percentage given as text (`anteil = "90 %"`): as E023 says for `90 %`
/// without quotes, plus that the quotes go too.
fn quoted_percent_hint(pointer: &str, number: &str) -> Text {
    let key = pointer
        .rsplit('/')
        .next()
        .filter(|k| !k.is_empty() && !k.bytes().all(|b| b.is_ascii_digit()));
    let write = key.map_or(format!("`{number}`"), |k| format!("`{k} = {number}`"));
    text!(
        "schreiben Sie: {write} (Prozentwerte ohne Anführungszeichen und ohne Prozentzeichen, das Feld zählt schon in Prozent)",
        "write: {write} (percentages without quotes and without the percent sign, the field is already in percent)"
    )
}

fn pattern_meaning(pattern: &str) -> (Text, Text) {
    if pattern == ID_PATTERN {
        (
            text!("keine gültige Id", "not a valid id"),
            text!(
                "Ids bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. `gs-am-park` (keine Umlaute, keine Leerzeichen)",
                "ids consist of lowercase letters, digits and hyphens, e.g. `gs-am-park` (no umlauts, no spaces)"
            ),
        )
    } else if pattern == DATUM_PATTERN {
        (
            text!(
                "kein Datum zwischen 1990 und 2100",
                "not a date between 1990 and 2100"
            ),
            text!(
                "Daten werden als JJJJ-MM-TT geschrieben, z. B. `2026-03-15`",
                "dates are written as YYYY-MM-DD, e.g. `2026-03-15`"
            ),
        )
    } else if pattern == HALBJAHR_PATTERN {
        (
            text!("kein gültiges Halbjahr", "not a valid half-year"),
            text!("z. B. `\"2027-H1\"`", "e.g. `\"2027-H1\"`"),
        )
    } else {
        (
            text!("nicht im erwarteten Format", "not in the expected format"),
            text!(
                "erwartetes Muster: `{pattern}`",
                "expected pattern: `{pattern}`"
            ),
        )
    }
}

fn type_name(t: JsonType) -> (&'static str, &'static str) {
    match t {
        JsonType::Array => ("eine Liste", "a list"),
        JsonType::Boolean => ("true oder false", "true or false"),
        JsonType::Integer => ("eine ganze Zahl", "a whole number"),
        JsonType::Null => ("nichts", "nothing"),
        JsonType::Number => ("eine Zahl", "a number"),
        JsonType::Object => ("eine Tabelle", "a table"),
        JsonType::String => ("einen Text", "a text"),
    }
}

fn type_of(v: &Value) -> (&'static str, &'static str) {
    match v {
        Value::Null => ("nichts", "nothing"),
        Value::Bool(_) => ("den Wahrheitswert", "the boolean"),
        Value::Number(n) if n.is_f64() => ("die Zahl", "the number"),
        Value::Number(_) => ("die ganze Zahl", "the whole number"),
        Value::String(_) => ("den Text", "the text"),
        Value::Array(_) => ("eine Liste", "a list"),
        Value::Object(_) => ("eine Tabelle", "a table"),
    }
}

fn short_value(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Object(_) => "{…}".to_string(),
        Value::Array(_) => "[…]".to_string(),
        other => other.to_string(),
    };
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

/// The nearest candidate by edit distance, if it is close enough to be a likely typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(d, c)| {
            *d <= (c.len().max(word.len()) / 3).max(1) || c.starts_with(word) || word.starts_with(c)
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Property names the schema allows for the object at `pointer`.
fn known_keys(schema: &Value, pointer: &str) -> Vec<String> {
    let mut node = schema;
    for segment in pointer.split('/').skip(1) {
        node = resolve(schema, node);
        node = if segment.bytes().all(|b| b.is_ascii_digit()) {
            match node.get("items") {
                Some(items) => items,
                None => return Vec::new(),
            }
        } else {
            match node.get("properties").and_then(|p| p.get(segment)) {
                Some(child) => child,
                None => return Vec::new(),
            }
        };
    }
    resolve(schema, node)
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_typos_only() {
        let keys = ["schueler", "schulform", "schulnummer", "lehrkraefte"];
        assert_eq!(nearest("schueller", keys.iter().copied()), Some("schueler"));
        assert_eq!(
            nearest("lehrkrafte", keys.iter().copied()),
            Some("lehrkraefte")
        );
        assert_eq!(nearest("budget", keys.iter().copied()), None);
    }

    #[test]
    fn known_keys_follow_refs_into_arrays() {
        let keys = known_keys(plan_schema(), "/schulen/0");
        assert!(keys.contains(&"schueler".to_string()), "{keys:?}");
        let keys = known_keys(plan_schema(), "/zielarchitektur/hardware");
        assert!(keys.contains(&"ersatzzyklus_jahre".to_string()), "{keys:?}");
    }
}
