//! The changes grouped per entity or table (a school, a measure, a guardrail), one row per changed
//! field, with their display titles and, for guardrails, the measures that change with them.

use serde::Serialize;
use serde_json::Value;

use crate::diff::tree::leaves;
use crate::diff::values::{FieldKind, display, kind_of};
use crate::diff::{Change, ChangeKind, Diff, group_of, section_of};
use crate::i18n::Lang;
use crate::labels;

use super::*;

/// The changes of one entity (a school, a measure) or table.
#[derive(Debug, Clone, Serialize)]
pub struct Gruppe {
    pub pfad: String,
    pub titel: String,
    /// The id, for entities that have one.
    pub kennung: Option<String>,
    /// `hinzugefuegt`, `entfernt` or `geaendert`.
    pub art: &'static str,
    /// „neu“, „entfällt“, „geändert“.
    pub art_text: String,
    pub zeilen: Vec<Zeile>,
    /// For a guardrail: the measures serving it that changed too.
    pub folgen: Vec<String>,
}

/// One changed field: old and new wording, with the changed words marked.
#[derive(Debug, Clone, Serialize)]
pub struct Zeile {
    pub pfad: String,
    pub feld: String,
    /// `hinzugefuegt`, `entfernt`, `geaendert`, `umbenannt` or `neue_kennung`.
    pub art: &'static str,
    pub alt: Vec<Teil>,
    pub neu: Vec<Teil>,
}

pub(super) fn art(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "hinzugefuegt",
        ChangeKind::Removed => "entfernt",
        ChangeKind::Changed => "geaendert",
        ChangeKind::Renamed => "umbenannt",
        ChangeKind::IdChanged => "neue_kennung",
    }
}

pub(super) fn value_text(path: &str, v: Option<&Value>, lang: Lang) -> String {
    v.map(|v| display(path, v, lang)).unwrap_or_default()
}

/// The rows of one change: a whole entity or table becomes one row per field.
pub(super) fn rows(c: &Change, group: &str, lang: Lang) -> Vec<Zeile> {
    let relative = |path: &str| -> String {
        path.strip_prefix(group)
            .map(|r| r.trim_start_matches('.'))
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| path.rsplit('.').next().unwrap_or(path))
            .to_string()
    };
    let side = c.new.as_ref().or(c.old.as_ref());
    // A whole entity (a new school, a dropped measure) gets one row per field; a table
    // inside an entity (a yearly budget, a funding share) one row with its fields.
    if matches!(c.kind, ChangeKind::Added | ChangeKind::Removed)
        && c.path == group
        && side.is_some_and(|v| {
            v.is_object() || v.as_array().is_some_and(|a| a.iter().any(Value::is_object))
        })
    {
        let added = c.kind == ChangeKind::Added;
        return leaves(&c.path, side.unwrap_or(&Value::Null))
            .into_iter()
            .map(|(path, v)| {
                let text = display(&path, &v, lang);
                Zeile {
                    feld: relative(&path),
                    pfad: path,
                    art: art(c.kind),
                    alt: if added {
                        Vec::new()
                    } else {
                        whole(text.clone(), true)
                    },
                    neu: if added { whole(text, true) } else { Vec::new() },
                }
            })
            .collect();
    }
    let (alt, neu) = match (&c.old, &c.new) {
        // Texts get their changed words marked; amounts, dates and choices change whole.
        (Some(Value::String(o)), Some(Value::String(n)))
            if c.kind != ChangeKind::IdChanged && kind_of(&c.path) == FieldKind::Other =>
        {
            let (o, n) = (
                display(&c.path, &Value::String(o.clone()), lang),
                display(&c.path, &Value::String(n.clone()), lang),
            );
            word_diff(&o, &n)
        }
        (Some(Value::Array(o)), Some(Value::Array(n))) => set_diff(&c.path, o, n, lang),
        _ => (
            whole(value_text(&c.path, c.old.as_ref(), lang), true),
            whole(value_text(&c.path, c.new.as_ref(), lang), true),
        ),
    };
    let feld = if c.kind == ChangeKind::IdChanged {
        "id".to_string()
    } else {
        relative(&c.path)
    };
    vec![Zeile {
        pfad: c.path.clone(),
        feld,
        art: art(c.kind),
        alt,
        neu,
    }]
}

/// A changed list of values: items only in the old list marked in the old column, items
/// only in the new list marked in the new one.
pub(super) fn set_diff(
    path: &str,
    old: &[Value],
    new: &[Value],
    lang: Lang,
) -> (Vec<Teil>, Vec<Teil>) {
    let side = |items: &[Value], other: &[Value]| -> Vec<Teil> {
        let mut parts: Vec<Teil> = Vec::new();
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                push(&mut parts, ", ", false);
            }
            push(&mut parts, &display(path, v, lang), !other.contains(v));
        }
        tidy(parts)
    };
    (side(old, new), side(new, old))
}

pub(super) fn group_title(diff: &Diff, group: &str, lang: Lang) -> (String, Option<String>) {
    if let Some(name) = diff.names.get(group) {
        let id = group
            .rsplit_once('[')
            .map(|(_, k)| k.trim_end_matches(']').to_string());
        return (name.clone(), id);
    }
    if let Some((_, key)) = group.rsplit_once('[') {
        let key = key.trim_end_matches(']');
        return (
            labels::value(key).map_or(key, |n| n.pick(lang)).to_string(),
            None,
        );
    }
    if group == section_of(group) {
        return (labels::section_title(group, lang), None);
    }
    let last = group.rsplit('.').next().unwrap_or(group);
    let title = labels::table(group)
        .or_else(|| labels::value(last))
        .map_or_else(
            || labels::title_from_key(last),
            |n| n.pick(lang).to_string(),
        );
    (title, None)
}

pub(super) fn group_changes(diff: &Diff, changes: &[&Change], lang: Lang) -> Vec<Gruppe> {
    let mut out: Vec<Gruppe> = Vec::new();
    for c in changes {
        let group = group_of(&c.path);
        let idx = match out.iter().position(|g| g.pfad == group) {
            Some(i) => i,
            None => {
                let (titel, kennung) = group_title(diff, group, lang);
                out.push(Gruppe {
                    pfad: group.to_string(),
                    titel,
                    kennung,
                    art: "geaendert",
                    art_text: String::new(),
                    zeilen: Vec::new(),
                    folgen: Vec::new(),
                });
                out.len() - 1
            }
        };
        let g = &mut out[idx];
        if c.path == group {
            g.art = match c.kind {
                ChangeKind::Added => "hinzugefuegt",
                ChangeKind::Removed => "entfernt",
                _ => "geaendert",
            };
        }
        g.zeilen.extend(rows(c, group, lang));
    }
    for g in &mut out {
        g.art_text = match g.art {
            "hinzugefuegt" => lang.pick("neu", "new"),
            "entfernt" => lang.pick("entfällt", "removed"),
            _ => lang.pick("geändert", "changed"),
        }
        .to_string();
    }
    out
}

/// For each guardrail whose decision changed (not only its wording), the measures serving
/// it that changed as well.
pub(super) fn guardrail_consequences(diff: &Diff, groups: &mut [Gruppe], lang: Lang) {
    for g in groups.iter_mut() {
        let decided = g
            .zeilen
            .iter()
            .any(|z| z.feld != "begruendung" && !z.feld.ends_with(".begruendung"));
        if !decided {
            continue;
        }
        let Some(id) = g
            .pfad
            .strip_prefix("leitplanken.")
            .map(|rest| rest.trim_start_matches("weitere[").trim_end_matches(']'))
        else {
            continue;
        };
        let Some(measures) = diff.guardrail_measures.get(id) else {
            continue;
        };
        for m in measures {
            let path = format!("massnahmen[{m}]");
            let Some(c) = diff
                .changes
                .iter()
                .find(|c| c.path == path || c.path.starts_with(&format!("{path}.")))
            else {
                continue;
            };
            let how = match (c.path == path, c.kind) {
                (true, ChangeKind::Added) => lang.pick("neu", "new"),
                (true, ChangeKind::Removed) => lang.pick("entfällt", "removed"),
                _ => lang.pick("geändert", "changed"),
            };
            let name = diff.names.get(&path).cloned().unwrap_or_else(|| m.clone());
            g.folgen.push(format!("{name} ({m}): {how}"));
        }
    }
}
