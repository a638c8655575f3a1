//! The JSON Schema of the plan format, generated from the Rust model (never written by hand).

use std::sync::LazyLock;

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use serde_json::Value;

use crate::model::Plan;

/// Where the committed copy of the schema lives, relative to the repository.
pub const SCHEMA_FILE: &str = "plan-templates/mep.schema.json";
/// The committed schema for included files (`einbinden`), e.g. one file per school.
pub const FRAGMENT_SCHEMA_FILE: &str = "plan-templates/mep-teil.schema.json";
/// The committed schema of the JSON report of `mep check --format json`.
pub const REPORT_SCHEMA_FILE: &str = "plan-templates/mep-bericht.schema.json";
/// The committed schema of the figures of `mep stats --format json`.
pub const STATS_SCHEMA_FILE: &str = "plan-templates/mep-kennzahlen.schema.json";

/// The schema as JSON, draft-07 (what taplo / Even Better TOML understand).
pub fn plan_schema() -> &'static Value {
    static SCHEMA: LazyLock<Value> = LazyLock::new(|| {
        let settings = SchemaSettings::draft07().with_transform(RecursiveTransform(drop_null));
        let mut schema = settings.into_generator().into_root_schema_for::<Plan>();
        schema.insert(
            "$id".into(),
            "https://mep.example/schema/plan-v1.json".into(),
        );
        schema.to_value()
    });
    &SCHEMA
}

/// The schema of a file included with `einbinden`: the same keys and types, but no key is
/// required at the top, since the main file holds `formatversion` and `[plan]`.
pub fn fragment_schema() -> Value {
    let mut schema = plan_schema().clone();
    if let Some(root) = schema.as_object_mut() {
        root.remove("required");
        root.insert(
            "$id".into(),
            "https://mep.example/schema/plan-teil-v1.json".into(),
        );
        root.insert(
            "title".into(),
            "Teil eines Medienentwicklungsplans (mep, eingebundene Datei)".into(),
        );
    }
    schema
}

/// Follow `$ref` (within `root`) and single-entry `allOf` wrappers to the schema that has
/// the content; the structure check and the loader walk the plan schema with it.
pub fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            match r.strip_prefix('#').and_then(|p| root.pointer(p)) {
                Some(target) => node = target,
                None => return node,
            }
        } else if let Some(Value::Array(all)) = node.get("allOf") {
            match all.first() {
                Some(first) if all.len() == 1 => node = first,
                _ => return node,
            }
        } else {
            return node;
        }
    }
    node
}

/// Pretty JSON text of the schema, as committed and printed by `mep schema`.
pub fn plan_schema_text() -> String {
    pretty(plan_schema())
}

/// Pretty JSON text of the fragment schema, as committed and printed by `mep schema --fragment`.
pub fn fragment_schema_text() -> String {
    pretty(&fragment_schema())
}

// The tool that wrote a machine-readable report, as every JSON output names it. (A plain
// comment: a doc comment would become a description in the committed schemas.)
#[derive(Debug, Clone, Copy, serde::Serialize, schemars::JsonSchema)]
pub struct Tool {
    name: &'static str,
    version: &'static str,
}

impl Tool {
    pub const MEP: Tool = Tool {
        name: "mep",
        version: env!("CARGO_PKG_VERSION"),
    };
}

/// Pretty JSON text of the draft-07 schema of an output type `T`, with its `$id`: the
/// schemas of the check report and the stats, generated from the types that write them.
pub fn output_schema_text<T: schemars::JsonSchema>(id: &str) -> String {
    let mut schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("$id".into(), id.into());
    pretty(&schema.to_value())
}

fn pretty(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("schema serializes");
    text.push('\n');
    text
}

/// TOML has no null: optional fields are simply absent. Dropping the `null` alternatives
/// that serde's `Option` adds keeps validation errors precise (an `allOf` reports the
/// inner error; an `anyOf` only says "no alternative matched").
fn drop_null(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(alternatives)) = obj.get_mut("anyOf") {
        alternatives.retain(|a| a.get("type").is_none_or(|t| t != "null"));
        if alternatives.len() == 1 {
            let only = obj.remove("anyOf").expect("present");
            obj.insert("allOf".into(), only);
        }
    }
    if obj.get("default").is_some_and(Value::is_null) {
        obj.remove("default");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_has_no_null_and_denies_unknown_keys() {
        let text = plan_schema_text();
        assert!(!text.contains("\"null\""), "TOML cannot express null");
        let schema = plan_schema();
        assert_eq!(schema["additionalProperties"], false);
        assert!(
            schema["required"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "plan")
        );
    }
}
