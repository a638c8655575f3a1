//! Values of a change as people read them: money as `12.500,00 €`, shares as `50 %`,
//! dates as `24.02.2026`, fixed choices by their German name. What a field holds is read
//! from the plan's JSON Schema (the model), never listed here a second time.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::Value;

use crate::format;
use crate::i18n::Lang;
use crate::labels;
use crate::model::types::{Datum, Euro};

/// What a field of the plan format holds, as far as display cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Euro,
    Prozent,
    Datum,
    /// A decimal number (`Dezimal`), written as a string by the typed model.
    Zahl,
    /// A year, half-year (`2027-H1`) or date.
    Zeitpunkt,
    /// One of a fixed set of values (`eins_zu_eins`).
    Auswahl,
    Other,
}

/// The definition name a property schema refers to (through `allOf`/`anyOf` wrappers and
/// list items), if any.
fn first_ref(v: &Value) -> Option<&str> {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                return r.rsplit('/').next();
            }
            ["allOf", "anyOf", "oneOf", "items"]
                .iter()
                .filter_map(|k| m.get(*k))
                .find_map(first_ref)
        }
        Value::Array(a) => a.iter().find_map(first_ref),
        _ => None,
    }
}

/// The schema of the value at `path`, walked from the root of the plan schema: a name
/// goes into `properties`, a `[key]` into `items`, references are followed.
fn schema_at<'a>(schema: &'a Value, path: &str) -> Option<&'a Value> {
    let defs = schema.get("definitions")?;
    let deref = |v: &'a Value| -> &'a Value {
        let mut v = v;
        for _ in 0..8 {
            match first_ref(v).and_then(|r| defs.get(r)) {
                Some(d) if v.get("properties").is_none() && v.get("items").is_none() => v = d,
                _ => break,
            }
        }
        v
    };
    let mut current = schema;
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            rest = &after[end + 1..];
            current = deref(deref(current).get("items")?);
        } else {
            let name_end = rest.find(['.', '[']).unwrap_or(rest.len());
            let name = &rest[..name_end];
            rest = &rest[name_end..];
            current = deref(current).get("properties")?.get(name)?;
        }
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    Some(current)
}

/// The kind of the value at `path` (`schulen[x].ist.breitband_down_mbit`), from the
/// plan's JSON Schema.
pub fn kind_of(path: &str) -> FieldKind {
    let schema = crate::schema::plan_schema();
    let Some(s) = schema_at(schema, path) else {
        return FieldKind::Other;
    };
    let defs = schema.get("definitions");
    match first_ref(s) {
        Some("Euro") => FieldKind::Euro,
        // A cost share is a percentage or a rule in words; a text stays as written.
        Some("Prozent" | "Kostenanteil") => FieldKind::Prozent,
        Some("Datum") => FieldKind::Datum,
        Some("Dezimal") => FieldKind::Zahl,
        Some("Zeitpunkt") => FieldKind::Zeitpunkt,
        Some(name) => match defs.and_then(|d| d.get(name)) {
            Some(d) if d.get("enum").is_some() || d.get("oneOf").is_some() => FieldKind::Auswahl,
            _ => FieldKind::Other,
        },
        None => FieldKind::Other,
    }
}

/// A value of the field at `path` for reading.
pub fn display(path: &str, v: &Value, lang: Lang) -> String {
    match v {
        // A small table (`{ von = 2027, bis = 2029 }`): its fields on one line.
        Value::Object(m) => m
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| format!("{k}: {}", display(&format!("{path}.{k}"), v, lang)))
            .collect::<Vec<_>>()
            .join("; "),
        // A list of tables (a section added as a whole): each entry by the fields of its
        // kind, so that fixed choices and amounts read as in the document.
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object) => items
            .iter()
            .map(|i| display(&format!("{path}[]"), i, lang))
            .collect::<Vec<_>>()
            .join("; "),
        _ => display_kind(kind_of(path), v, lang),
    }
}

fn display_kind(kind: FieldKind, v: &Value, lang: Lang) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => lang
            .pick(
                if *b { "ja" } else { "nein" },
                if *b { "yes" } else { "no" },
            )
            .into(),
        Value::Array(items) => {
            let shown: Vec<String> = items.iter().map(|i| display_kind(kind, i, lang)).collect();
            // Items that hold commas themselves are set apart with semicolons.
            let sep = if shown.iter().any(|s| s.contains(',')) {
                "; "
            } else {
                ", "
            };
            shown.join(sep)
        }
        Value::Object(_) => display("", v, lang),
        Value::Number(n) => match (kind, decimal(v)) {
            (FieldKind::Euro, Some(d)) => format::euro(Euro(d), lang),
            (FieldKind::Prozent, Some(d)) => format!("{} %", format::dezimal(d, lang)),
            (_, Some(d)) if n.is_f64() => format::dezimal(d, lang),
            (_, Some(d)) if d.abs() >= Decimal::from(10_000) => format::dezimal(d, lang),
            _ => n.to_string(),
        },
        Value::String(s) => match kind {
            FieldKind::Euro => {
                decimal(v).map_or_else(|| s.clone(), |d| format::euro(Euro(d), lang))
            }
            FieldKind::Prozent => {
                decimal(v).map_or_else(|| s.clone(), |d| format!("{} %", format::dezimal(d, lang)))
            }
            // A point in time reads as in the plan document (German: `Jan.–Jun. 2027` for the
            // calendar half-year `"2027-H1"`); in English a date is ISO, the rest as written.
            FieldKind::Zeitpunkt if lang == Lang::De => {
                serde_json::from_value::<crate::model::types::Zeitpunkt>(v.clone())
                    .map_or_else(|_| s.clone(), format::zeitpunkt)
            }
            FieldKind::Datum | FieldKind::Zeitpunkt => {
                Datum::parse(s).map_or_else(|| s.clone(), |d| format::datum(d, lang))
            }
            FieldKind::Zahl => decimal(v).map_or_else(|| s.clone(), |d| format::dezimal(d, lang)),
            FieldKind::Auswahl => labels::value_or_key(s, lang),
            FieldKind::Other => s.clone(),
        },
    }
}

/// A number or numeric string as an exact decimal.
pub fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .ok()
            .or_else(|| n.as_f64().and_then(|f| Decimal::try_from(f).ok())),
        Value::String(s) => Decimal::from_str(s).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn kinds_come_from_the_schema_along_the_path() {
        assert_eq!(kind_of("finanzierung.quellen[dp].budget"), FieldKind::Euro);
        assert_eq!(kind_of("massnahmen[m].einzelpreis"), FieldKind::Euro);
        assert_eq!(
            kind_of("massnahmen[m].finanzierung[dp].anteil"),
            FieldKind::Prozent
        );
        assert_eq!(kind_of("plan.datum"), FieldKind::Datum);
        assert_eq!(kind_of("leitplanken.netz.entscheidung"), FieldKind::Auswahl);
        assert_eq!(kind_of("schulen[a].schueler"), FieldKind::Other);
        assert_eq!(
            kind_of("schulen[a].ist.breitband_down_mbit"),
            FieldKind::Zahl
        );
        assert_eq!(kind_of("evaluation.indikatoren[i].ist"), FieldKind::Zahl);
        assert_eq!(kind_of("schulen[a].schulform"), FieldKind::Auswahl);
        assert_eq!(
            kind_of("zielarchitektur.hardware.schuelergeraete[gs].schulformen"),
            FieldKind::Auswahl
        );
        assert_eq!(kind_of("gibt.es.nicht"), FieldKind::Other);
        assert_eq!(kind_of("massnahmen[m].zeitraum.von"), FieldKind::Zeitpunkt);
    }

    #[test]
    fn values_read_as_in_the_document() {
        let de = Lang::De;
        assert_eq!(
            display("massnahmen[a].investition", &json!("12500.00"), de),
            "12.500,00 €"
        );
        assert_eq!(
            display("finanzierung.quellen[a].foerderquote", &json!("90"), de),
            "90 %"
        );
        assert_eq!(
            display("plan.datum", &json!("2026-02-24"), de),
            "24.02.2026"
        );
        assert_eq!(
            display(
                "leitplanken.netz.entscheidung",
                &json!("flaechendeckend"),
                de
            ),
            "flächendeckend"
        );
        assert_eq!(display("schulen[a].schueler", &json!(212), de), "212");
        assert_eq!(
            display("massnahmen[m].zeitraum.von", &json!("2027-H1"), de),
            "Jan.–Jun. 2027"
        );
        assert_eq!(
            display("schulen[a].name", &json!("eins_zu_eins"), de),
            "eins_zu_eins"
        );
        assert_eq!(display("plan.autoren", &json!(["A", "B"]), de), "A, B");
        assert_eq!(
            display(
                "finanzierung.quellen[q].jahresbudget[2024]",
                &json!({"jahr": 2024, "betrag": 150000}),
                de
            ),
            "jahr: 2024; betrag: 150.000,00 €"
        );
        // A section added as a whole: the fields of its list entries read by their kind.
        assert_eq!(
            display(
                "kooperation",
                &json!({"ziele": ["kosten"], "vereinbarungen": [
                    {"id": "hd", "form": "oeffentlich_rechtliche_vereinbarung", "kostenanteil": 40},
                    {"id": "ak", "form": "arbeitskreis", "kostenanteil": "nach Schülerzahl"}
                ]}),
                de
            ),
            "ziele: Kosteneffizienz; vereinbarungen: id: hd; form: öffentlich-rechtliche Vereinbarung; \
             kostenanteil: 40 %; id: ak; form: Arbeitskreis; kostenanteil: nach Schülerzahl"
        );
    }
}
