//! The comparison itself: two JSON trees of the plan format walked side by side. Tables are
//! compared key by key, lists of tables by their `id` (or a natural key such as `jahr`),
//! never by position, so reordering is no change and a renamed entity stays one entity.
//!
//! Longer than 400 lines on purpose: one walk with its natural keys and their tests; split, the
//! matching rules would be read apart from the walk that uses them.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::{Map, Value};

/// What happened at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A value or entity that only the new version has.
    Added,
    /// A value or entity that only the old version has.
    Removed,
    /// A value that differs.
    Changed,
    /// The name or title of an entity (same id) differs.
    Renamed,
    /// An entity kept its name and content but got a new id (`old`/`new` are the ids).
    IdChanged,
}

/// One difference, at a path in plan terms such as `schulen[gs-am-park].schueler`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub path: String,
    pub kind: ChangeKind,
    /// The old value (absent when added).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The new value (absent when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
}

/// Fields that name an entity: a change of one of them is a rename.
const NAME_FIELDS: [&str; 3] = ["name", "titel", "thema"];

/// Keys that identify the entries of a list of tables without `id`, tried in order; the
/// first that every entry on both sides has, uniquely, is used.
const NATURAL_KEYS: &[&[&str]] = &[
    &["id"],
    &["jahr"],
    &["quelle"],
    &["stufe"],
    &["akteur"],
    &["stufe", "akteur"],
    &["schulformen"],
    &["name"],
    &["gruppe", "typ", "anschaffungsjahr"],
    &["gruppe", "typ"],
    // Device stock where only some entries give the year: by group and type, and the year
    // where given — never by position.
    &["gruppe", "typ", "?anschaffungsjahr"],
    // Indicator series and breakdowns.
    &["zeitpunkt", "art"],
    &["zeitpunkt"],
    &["schulform"],
    &["gruppe"],
];

/// The differences between two trees, and the display names of the entities that have
/// differences (`schulen[gs-nord]` → „Grundschule Nord“).
#[derive(Debug, Default)]
pub struct Comparison {
    pub changes: Vec<Change>,
    pub names: HashMap<String, String>,
}

/// All differences between `old` and `new`, in the order of the new version (removed
/// entries where they stood in the old list), with the names of the entities that changed.
pub fn compare_named(old: &Value, new: &Value) -> Comparison {
    let mut w = Walker::default();
    let empty = Map::new();
    match (old, new) {
        // The whole plan is compared key by key even when one side is empty (a file git
        // reports as added or deleted).
        (Value::Object(_) | Value::Null, Value::Object(_) | Value::Null) => w.tables(
            old.as_object().unwrap_or(&empty),
            new.as_object().unwrap_or(&empty),
        ),
        _ => w.walk(Some(old), Some(new)),
    }
    Comparison {
        changes: w.out,
        names: w.names,
    }
}

/// A list of tables: its entries are the entities, each added or removed on its own.
fn is_table_list(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_object))
}

/// The walk over both trees. The path of the current value is kept in one buffer that
/// grows and shrinks with the walk; it is copied only for a change.
#[derive(Default)]
struct Walker {
    path: String,
    out: Vec<Change>,
    names: HashMap<String, String>,
}

impl Walker {
    fn emit(&mut self, kind: ChangeKind, old: Option<&Value>, new: Option<&Value>) {
        self.out.push(Change {
            path: self.path.clone(),
            kind,
            old: old.cloned(),
            new: new.cloned(),
        });
    }

    /// Run `f` with `segment` appended to the path.
    fn within(&mut self, segment: std::fmt::Arguments<'_>, f: impl FnOnce(&mut Walker)) {
        use std::fmt::Write as _;
        let len = self.path.len();
        let _ = self.path.write_fmt(segment);
        f(self);
        self.path.truncate(len);
    }

    fn key(&mut self, key: &str, f: impl FnOnce(&mut Walker)) {
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(key);
        f(self);
        self.path.truncate(len);
    }

    fn walk(&mut self, old: Option<&Value>, new: Option<&Value>) {
        match (present(old), present(new)) {
            (None, None) => {}
            // Most of a plan is unchanged: equal values need no walk.
            (Some(o), Some(n)) if o == n => {}
            (None, Some(n)) if is_table_list(n) => self.lists(&[], n.as_array().map_or(&[], |a| a)),
            (Some(o), None) if is_table_list(o) => self.lists(o.as_array().map_or(&[], |a| a), &[]),
            (None, Some(n)) => self.emit(ChangeKind::Added, None, Some(n)),
            (Some(o), None) => self.emit(ChangeKind::Removed, Some(o), None),
            (Some(Value::Object(o)), Some(Value::Object(n))) => self.tables(o, n),
            (Some(Value::Array(o)), Some(Value::Array(n))) => self.lists(o, n),
            (Some(o), Some(n)) => {
                if !same_scalar(&self.path, o, n) {
                    let last = self.path.rsplit('.').next().unwrap_or("");
                    let kind = if NAME_FIELDS.contains(&last) && self.path.contains('[') {
                        ChangeKind::Renamed
                    } else {
                        ChangeKind::Changed
                    };
                    self.emit(kind, Some(o), Some(n));
                }
            }
        }
    }

    fn tables(&mut self, old: &Map<String, Value>, new: &Map<String, Value>) {
        for (k, n) in new {
            self.key(k, |w| w.walk(old.get(k), Some(n)));
        }
        for (k, o) in old {
            if !new.contains_key(k) {
                self.key(k, |w| w.walk(Some(o), None));
            }
        }
    }

    fn lists(&mut self, old: &[Value], new: &[Value]) {
        let all_tables = old.iter().chain(new).all(Value::is_object);
        if all_tables && let Some(fields) = natural_key(old, new) {
            return self.keyed(fields, old, new);
        }
        let all_scalars = old
            .iter()
            .chain(new)
            .all(|v| !v.is_object() && !v.is_array());
        if all_scalars {
            // A list of values (authors, school ids) is a set: order is no change.
            if !same_set(old, new) {
                self.emit(
                    ChangeKind::Changed,
                    Some(&Value::Array(old.to_vec())),
                    Some(&Value::Array(new.to_vec())),
                );
            }
            return;
        }
        for i in 0..old.len().max(new.len()) {
            self.within(format_args!("[#{}]", i + 1), |w| {
                w.walk(old.get(i), new.get(i))
            });
        }
    }

    /// One entry of a keyed list; its name is kept when it has changes.
    fn entry(&mut self, key: &str, old: Option<&Value>, new: Option<&Value>) {
        self.within(format_args!("[{key}]"), |w| {
            let before = w.out.len();
            w.walk(old, new);
            if w.out.len() > before
                && let Some(name) = new.and_then(label_of).or_else(|| old.and_then(label_of))
            {
                w.names.insert(w.path.clone(), name.to_string());
            }
        });
    }

    fn keyed(&mut self, fields: &[&str], old: &[Value], new: &[Value]) {
        let by_key = |side: &[Value]| -> Vec<(String, usize)> {
            side.iter()
                .enumerate()
                .filter_map(|(i, v)| Some((key_of(v, fields)?, i)))
                .collect()
        };
        let old_keys: HashMap<String, usize> = by_key(old).into_iter().collect();
        let new_keys: HashMap<String, usize> = by_key(new).into_iter().collect();
        // Entities whose id changed but whose name did not: one entity, not a removal and
        // an addition. Only for lists keyed by `id`, and only for unambiguous names.
        let mut renamed_from: HashMap<usize, usize> = HashMap::new();
        if fields == ["id"] {
            let unmatched_old: Vec<usize> = (0..old.len())
                .filter(|&i| key_of(&old[i], fields).is_some_and(|k| !new_keys.contains_key(&k)))
                .collect();
            if !unmatched_old.is_empty() {
                for (j, n) in new.iter().enumerate() {
                    if key_of(n, fields).is_some_and(|k| old_keys.contains_key(&k)) {
                        continue;
                    }
                    let Some(name) = label_of(n) else { continue };
                    let candidates: Vec<usize> = unmatched_old
                        .iter()
                        .copied()
                        .filter(|&i| label_of(&old[i]) == Some(name))
                        .collect();
                    let taken = renamed_from.values().any(|&i| candidates.contains(&i));
                    if candidates.len() == 1 && !taken {
                        renamed_from.insert(j, candidates[0]);
                    }
                }
            }
        }
        // A removed entry is shown where it stood: before the next entry of the old list
        // that the new list still has (yearly budgets read 2024, 2025, 2026, …).
        let paired: HashSet<usize> = renamed_from.values().copied().collect();
        let removed = |i: usize| {
            key_of(&old[i], fields).is_none_or(|k| !new_keys.contains_key(&k))
                && !paired.contains(&i)
        };
        let mut before: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut trailing = Vec::new();
        let mut waiting = Vec::new();
        for (i, o) in old.iter().enumerate() {
            if removed(i) {
                waiting.push(i);
            } else if let Some(j) = key_of(o, fields).and_then(|k| new_keys.get(&k)) {
                before.entry(*j).or_default().append(&mut waiting);
            }
        }
        trailing.append(&mut waiting);
        let emit_removed = |w: &mut Walker, list: &[usize]| {
            for &i in list {
                let k = key_of(&old[i], fields).unwrap_or_default();
                w.entry(&k, Some(&old[i]), None);
            }
        };
        for (j, n) in new.iter().enumerate() {
            if let Some(list) = before.get(&j) {
                emit_removed(self, list);
            }
            let k = key_of(n, fields).unwrap_or_default();
            if let Some(&i) = renamed_from.get(&j) {
                let old_id = key_of(&old[i], fields).unwrap_or_default();
                let (mut o, mut nn) = (old[i].clone(), n.clone());
                for v in [&mut o, &mut nn] {
                    if let Some(m) = v.as_object_mut() {
                        m.shift_remove("id");
                    }
                }
                self.within(format_args!("[{k}]"), |w| {
                    w.emit(
                        ChangeKind::IdChanged,
                        Some(&Value::String(old_id)),
                        Some(&Value::String(k.clone())),
                    );
                    if let Some(name) = label_of(n) {
                        w.names.insert(w.path.clone(), name.to_string());
                    }
                    w.walk(Some(&o), Some(&nn));
                });
                continue;
            }
            self.entry(&k, old_keys.get(&k).map(|&i| &old[i]), Some(n));
        }
        emit_removed(self, &trailing);
    }
}

/// The fields of a whole entity or table, as (path, value) pairs: nested tables by key,
/// lists of tables by their id or natural key, lists of values as one field.
pub fn leaves(path: &str, v: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    fn go(path: String, v: &Value, out: &mut Vec<(String, Value)>) {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    if present(Some(child)).is_some() {
                        go(join(&path, k), child, out);
                    }
                }
            }
            Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
                let fields = natural_key(items, &[]);
                for (i, item) in items.iter().enumerate() {
                    let key = fields
                        .and_then(|f| key_of(item, f))
                        .unwrap_or_else(|| format!("#{}", i + 1));
                    go(format!("{path}[{key}]"), item, out);
                }
            }
            _ => out.push((path, v.clone())),
        }
    }
    go(path.to_string(), v, &mut out);
    out
}

/// A value that is there: `null`, `[]` and `{}` count as absent, as a missing key.
fn present(v: Option<&Value>) -> Option<&Value> {
    v.filter(|v| match v {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
        _ => true,
    })
}

/// Equal as plan values: numbers by value (`12` equals `12.0`), and money and decimals,
/// which the typed model writes as strings, by value too (`12.5` equals `12.50`).
fn same_scalar(path: &str, a: &Value, b: &Value) -> bool {
    use super::values::{FieldKind, decimal, kind_of};
    if a == b {
        return true;
    }
    let (Some(x), Some(y)) = (decimal(a), decimal(b)) else {
        return false;
    };
    // Two numbers, or a number written as text where the format holds a number.
    let numeric = (a.is_number() && b.is_number())
        || matches!(
            kind_of(path),
            FieldKind::Euro | FieldKind::Prozent | FieldKind::Zahl
        );
    numeric && x == y
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn same_set(a: &[Value], b: &[Value]) -> bool {
    if a == b {
        return true;
    }
    let key = |v: &Value| v.to_string();
    let mut x: Vec<String> = a.iter().map(key).collect();
    let mut y: Vec<String> = b.iter().map(key).collect();
    x.sort();
    y.sort();
    x == y
}

/// The key of an entry: its `id`, or the natural key fields joined by `/`. A field marked
/// `?` may be missing (it is then left out of the key).
fn key_of(v: &Value, fields: &[&str]) -> Option<String> {
    let parts: Option<Vec<String>> = fields
        .iter()
        .filter(|f| !f.starts_with('?') || v.get(&f[1..]).is_some_and(|x| !x.is_null()))
        .map(|f| match v.get(f.trim_start_matches('?'))? {
            Value::String(s) => Some(s.clone()),
            Value::Array(items) => Some(
                items
                    .iter()
                    .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join("+"),
            ),
            Value::Null => None,
            other => Some(other.to_string()),
        })
        .collect();
    parts.map(|p| p.join("/"))
}

fn natural_key(old: &[Value], new: &[Value]) -> Option<&'static [&'static str]> {
    NATURAL_KEYS.iter().copied().find(|fields| {
        [old, new].iter().all(|side| {
            let mut seen = HashSet::new();
            side.iter()
                .all(|v| key_of(v, fields).is_some_and(|k| seen.insert(k)))
        })
    })
}

fn label_of(v: &Value) -> Option<&str> {
    NAME_FIELDS.iter().find_map(|f| v.get(f)?.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn compare(old: &Value, new: &Value) -> Vec<Change> {
        compare_named(old, new).changes
    }

    fn paths(c: &[Change]) -> Vec<(String, ChangeKind)> {
        c.iter().map(|c| (c.path.clone(), c.kind)).collect()
    }

    #[test]
    fn reordered_entities_and_sets_are_no_change() {
        let old =
            json!({"schulen": [{"id": "a", "n": 1}, {"id": "b", "n": 2}], "autoren": ["x", "y"]});
        let new =
            json!({"autoren": ["y", "x"], "schulen": [{"id": "b", "n": 2}, {"id": "a", "n": 1}]});
        assert!(compare(&old, &new).is_empty());
    }

    #[test]
    fn entities_are_matched_by_id() {
        let old = json!({"schulen": [{"id": "a", "name": "A", "schueler": 10}, {"id": "b", "name": "B"}]});
        let new = json!({"schulen": [{"id": "c", "name": "C"}, {"id": "a", "name": "A2", "schueler": 12}]});
        assert_eq!(
            paths(&compare(&old, &new)),
            vec![
                ("schulen[c]".into(), ChangeKind::Added),
                ("schulen[a].name".into(), ChangeKind::Renamed),
                ("schulen[a].schueler".into(), ChangeKind::Changed),
                ("schulen[b]".into(), ChangeKind::Removed),
            ]
        );
        // Removed entries stand where they stood in the old list.
        let old = json!({"b": [{"jahr": 2024}, {"jahr": 2025}, {"jahr": 2026}]});
        let new = json!({"b": [{"jahr": 2026}, {"jahr": 2027}]});
        assert_eq!(
            paths(&compare(&old, &new)),
            vec![
                ("b[2024]".into(), ChangeKind::Removed),
                ("b[2025]".into(), ChangeKind::Removed),
                ("b[2027]".into(), ChangeKind::Added),
            ]
        );
    }

    #[test]
    fn a_new_id_with_the_same_name_is_one_entity() {
        let old = json!({"m": [{"id": "alt", "titel": "WLAN", "kosten": 1}]});
        let new = json!({"m": [{"id": "neu", "titel": "WLAN", "kosten": 2}]});
        let c = compare(&old, &new);
        assert_eq!(
            paths(&c),
            vec![
                ("m[neu]".into(), ChangeKind::IdChanged),
                ("m[neu].kosten".into(), ChangeKind::Changed),
            ]
        );
        assert_eq!(c[0].old, Some(json!("alt")));
    }

    #[test]
    fn natural_keys_and_null_as_absent() {
        let old = json!({"b": [{"jahr": 2027, "betrag": "1.00"}, {"jahr": 2028, "betrag": "2.00"}], "x": null});
        let new =
            json!({"b": [{"jahr": 2028, "betrag": "3.00"}, {"jahr": 2027, "betrag": "1.00"}]});
        assert_eq!(
            paths(&compare(&old, &new)),
            vec![("b[2028].betrag".into(), ChangeKind::Changed)]
        );
    }

    #[test]
    fn device_stock_without_year_is_matched_by_group_and_type() {
        let old = json!({"g": [
            {"gruppe": "schueler", "typ": "tablet", "anschaffungsjahr": 2021, "anzahl": 10},
            {"gruppe": "schueler", "typ": "tablet", "anzahl": 5},
            {"gruppe": "lehrkraefte", "typ": "laptop", "anzahl": 3}
        ]});
        let new = json!({"g": [
            {"gruppe": "lehrkraefte", "typ": "laptop", "anzahl": 4},
            {"gruppe": "schueler", "typ": "tablet", "anzahl": 5},
            {"gruppe": "schueler", "typ": "tablet", "anschaffungsjahr": 2021, "anzahl": 10}
        ]});
        assert_eq!(
            paths(&compare(&old, &new)),
            vec![("g[lehrkraefte/laptop].anzahl".into(), ChangeKind::Changed)]
        );
    }

    #[test]
    fn numbers_compare_by_value_and_lists_without_keys_by_position() {
        assert!(compare(&json!({"a": 12}), &json!({"a": 12.0})).is_empty());
        let c = compare(
            &json!({"l": [{"v": 1}]}),
            &json!({"l": [{"v": 1}, {"v": 2}]}),
        );
        assert_eq!(paths(&c), vec![("l[#2]".into(), ChangeKind::Added)]);
    }
}
