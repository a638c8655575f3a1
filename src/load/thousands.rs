//! Thousands dots on money and count fields: `12.500` is valid TOML (12.5), so it is found
//! after parsing from the source text of the value. A value counts when its field is an amount
//! in euros (schema `multipleOf: 0.01`) or a count (schema type `integer`); percentages and
//! other decimals stay as written (`12.5`, `12.500`).

use serde_json::{Number, Value};

use crate::diagnostic::Finding;
use crate::i18n::Text;
use crate::load::german::all_digits;
use crate::load::tree::{Kind, Node};
use crate::schema::resolve;
use crate::text;

/// `12.500` on a money or count field (valid TOML, read as 12.5): an error, and the value
/// becomes what was meant (12500) so that later checks do not complain about it again.
pub fn grouped_numbers(text: &str, root: &mut Node, findings: &mut Vec<Finding>) {
    let schema = crate::schema::plan_schema();
    walk(text, root, Some(schema), schema, "", findings);
}

fn walk(
    text: &str,
    node: &mut Node,
    schema: Option<&Value>,
    root: &Value,
    key: &str,
    findings: &mut Vec<Finding>,
) {
    match &mut node.kind {
        Kind::Table(entries) => {
            for e in entries {
                let sub = schema.and_then(|s| property(root, s, &e.key));
                walk(text, &mut e.value, sub, root, &e.key, findings);
            }
        }
        Kind::Array(items) => {
            let sub = schema.and_then(|s| array_items(root, s));
            for item in items {
                walk(text, item, sub, root, key, findings);
            }
        }
        Kind::Scalar(Value::Number(n)) if n.is_f64() => {
            let Some(schema) = schema else { return };
            let Some(source) = text.get(node.loc.span.clone()) else {
                return;
            };
            let Some((int, frac)) = source.split_once('.') else {
                return;
            };
            let int = int.strip_prefix('+').unwrap_or(int);
            if !(all_digits(int) && int.len() <= 3 && frac.len() == 3 && all_digits(frac)) {
                return;
            }
            if !counts_whole(root, schema) {
                return;
            }
            let plain = format!("{int}{frac}");
            let decimals = frac.trim_end_matches('0');
            let (read_de, read_en) = if decimals.is_empty() {
                (int.to_string(), int.to_string())
            } else {
                (format!("{int},{decimals}"), format!("{int}.{decimals}"))
            };
            let Ok(meant) = plain.parse::<i64>() else {
                return;
            };
            findings.push(
                Finding::new(
                    "E020",
                    Text::new(
                        format!("`{key} = {source}` ist mit Tausenderpunkt geschrieben und würde als {read_de} gelesen; in Plandateien ist der Punkt das Dezimaltrennzeichen"),
                        format!("`{key} = {source}` uses a dot as thousands separator and would be read as {read_en}; in plan files the dot is the decimal point"),
                    ),
                )
                .hint(text!(
                    "schreiben Sie: `{key} = {plain}` oder `{key} = {int}_{frac}` (ohne Tausenderpunkt)",
                    "write: `{key} = {plain}` or `{key} = {int}_{frac}` (without thousands separator)"
                ))
                .at(Some(node.loc.clone())),
            );
            node.kind = Kind::Scalar(Value::Number(Number::from(meant)));
        }
        Kind::Scalar(_) => {}
    }
}

/// The schema itself and the branches of `anyOf`/`oneOf`/`allOf`, resolved.
fn branches<'a>(root: &'a Value, s: &'a Value) -> Vec<&'a Value> {
    let s = resolve(root, s);
    let mut out = vec![s];
    for k in ["anyOf", "oneOf", "allOf"] {
        if let Some(list) = s.get(k).and_then(Value::as_array) {
            for b in list {
                out.extend(branches(root, b));
            }
        }
    }
    out
}

fn property<'a>(root: &'a Value, s: &'a Value, key: &str) -> Option<&'a Value> {
    branches(root, s).into_iter().find_map(|b| {
        b.get("properties")
            .and_then(|p| p.get(key))
            .or_else(|| b.get("additionalProperties").filter(|a| a.is_object()))
    })
}

fn array_items<'a>(root: &'a Value, s: &'a Value) -> Option<&'a Value> {
    branches(root, s)
        .into_iter()
        .find_map(|b| b.get("items").filter(|i| i.is_object()))
}

/// An amount in euros or a count: whole thousands are what such a field holds.
fn counts_whole(root: &Value, s: &Value) -> bool {
    branches(root, s).into_iter().any(|b| {
        b.get("multipleOf").is_some()
            || match b.get("type") {
                Some(Value::String(t)) => t == "integer",
                Some(Value::Array(ts)) => ts.iter().any(|t| t == "integer"),
                _ => false,
            }
    })
}
