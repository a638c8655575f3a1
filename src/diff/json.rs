//! `mep diff --to json`: every change with path, kind, old and new value, and the
//! roll-ups, format version 1 (English keys, as the `check` report). Documented in the
//! README; removing or renaming a key raises [`DIFF_VERSION`].

use serde::Serialize;
use serde_json::Value;

use super::rollup::Rollups;
use super::{About, ChangeKind, Counts, Diff, group_of, section_of};

/// Version of the JSON diff format.
pub const DIFF_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonDiff<'a> {
    version: u32,
    tool: crate::schema::Tool,
    old: &'a About,
    new: &'a About,
    summary: Counts,
    changes: Vec<JsonChange<'a>>,
    rollups: Option<&'a Rollups>,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    path: &'a str,
    section: &'a str,
    /// The entity or table the change belongs to (`schulen[gs-nord]`).
    entity: &'a str,
    /// Display name of the entity, if it has one.
    entity_name: Option<&'a str>,
    kind: ChangeKind,
    old: Option<&'a Value>,
    new: Option<&'a Value>,
}

/// The comparison as pretty JSON, ending in a newline.
pub fn render(diff: &Diff) -> String {
    let report = JsonDiff {
        version: DIFF_VERSION,
        tool: crate::schema::Tool::MEP,
        old: &diff.old,
        new: &diff.new,
        summary: Counts::of(&diff.changes),
        changes: diff
            .changes
            .iter()
            .map(|c| {
                let entity = group_of(&c.path);
                JsonChange {
                    path: &c.path,
                    section: section_of(&c.path),
                    entity,
                    entity_name: diff.names.get(entity).map(String::as_str),
                    kind: c.kind,
                    old: c.old.as_ref(),
                    new: c.new.as_ref(),
                }
            })
            .collect(),
        rollups: diff.rollups.as_ref(),
    };
    let mut s = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}
