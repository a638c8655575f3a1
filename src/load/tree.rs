//! A TOML document as a tree that remembers, for every key and value, the file and byte span
//! it came from; turned into JSON plus a span index for schema validation and rules.

use serde_json::{Map, Number, Value};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{FileId, Finding, Loc};
use crate::text;

/// A value with its place in the sources.
#[derive(Debug, Clone)]
pub struct Node {
    pub loc: Loc,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub enum Kind {
    Scalar(Value),
    Array(Vec<Node>),
    Table(Vec<Entry>),
}

/// A key of a table, its place, and its value.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub key_loc: Loc,
    pub value: Node,
}

impl Node {
    /// The value of `key` if this node is a table that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Table(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }

    /// Remove `key` from a table node and return its entry.
    pub fn take(&mut self, key: &str) -> Option<Entry> {
        match &mut self.kind {
            Kind::Table(entries) => {
                let i = entries.iter().position(|e| e.key == key)?;
                Some(entries.remove(i))
            }
            _ => None,
        }
    }
}

/// Convert a parsed TOML table; numbers that do not fit become findings.
pub fn from_toml(file: FileId, table: Spanned<DeTable<'_>>, findings: &mut Vec<Finding>) -> Node {
    let span = table.span();
    table_node(file, span, table.into_inner(), findings)
}

fn table_node(
    file: FileId,
    span: std::ops::Range<usize>,
    table: DeTable<'_>,
    findings: &mut Vec<Finding>,
) -> Node {
    let entries = table
        .into_iter()
        .map(|(k, v)| {
            let key_loc = Loc {
                file,
                span: k.span(),
            };
            Entry {
                key: k.into_inner().into_owned(),
                key_loc,
                value: value_node(file, v, findings),
            }
        })
        .collect();
    Node {
        loc: Loc { file, span },
        kind: Kind::Table(entries),
    }
}

/// Line endings are not content: a multi-line text saved on Windows (CRLF) reads as the same
/// text saved elsewhere, so checks, documents and diffs see no difference.
fn one_newline(s: String) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n")
    } else {
        s
    }
}

fn value_node(file: FileId, v: Spanned<DeValue<'_>>, findings: &mut Vec<Finding>) -> Node {
    let span = v.span();
    let loc = Loc {
        file,
        span: span.clone(),
    };
    let kind = match v.into_inner() {
        DeValue::String(s) => Kind::Scalar(Value::String(one_newline(s.into_owned()))),
        DeValue::Boolean(b) => Kind::Scalar(Value::Bool(b)),
        DeValue::Datetime(d) => Kind::Scalar(Value::String(d.to_string())),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Kind::Scalar(Value::Number(n.into())),
            Err(_) => {
                findings.push(
                    Finding::new(
                        "E013",
                        text!(
                            "Zahl `{}` ist zu groß (höchstens 9223372036854775807)",
                            "number `{}` is too large (at most 9223372036854775807)",
                            i
                        ),
                    )
                    .at(Some(loc.clone())),
                );
                Kind::Scalar(Value::Null)
            }
        },
        DeValue::Float(f) => {
            let parsed = f.as_str().parse::<f64>().ok().and_then(Number::from_f64);
            match parsed {
                Some(n) => Kind::Scalar(Value::Number(n)),
                None => {
                    findings.push(
                        Finding::new(
                            "E013",
                            text!(
                                "Zahl `{}` ist nicht darstellbar (unendlich oder keine Zahl)",
                                "number `{}` cannot be used (infinite or not a number)",
                                f
                            ),
                        )
                        .at(Some(loc.clone())),
                    );
                    Kind::Scalar(Value::Null)
                }
            }
        }
        DeValue::Array(items) => Kind::Array(
            items
                .into_iter()
                .map(|v| value_node(file, v, findings))
                .collect(),
        ),
        DeValue::Table(t) => return table_node(file, span, t, findings),
    };
    Node { loc, kind }
}

/// Where a JSON pointer's key and value stand in the sources.
#[derive(Debug, Clone)]
pub struct Place {
    pub value: Loc,
    pub key: Option<Loc>,
}

impl Node {
    /// Find the node a JSON pointer (RFC 6901) names, walking the tree; only findings ask,
    /// so no index is built for the many values that are fine.
    pub fn locate(&self, pointer: &str) -> Option<Place> {
        let mut node = self;
        let mut key = None;
        for raw in pointer.split('/').skip(1) {
            let segment = raw.replace("~1", "/").replace("~0", "~");
            match &node.kind {
                Kind::Array(items) => {
                    node = items.get(segment.parse::<usize>().ok()?)?;
                    key = None;
                }
                Kind::Table(entries) => {
                    let e = entries.iter().find(|e| e.key == segment)?;
                    key = Some(e.key_loc.clone());
                    node = &e.value;
                }
                Kind::Scalar(_) => return None,
            }
        }
        Some(Place {
            value: node.loc.clone(),
            key,
        })
    }
}

/// Turn the tree into JSON for schema validation and deserialization. Scalar values move
/// into the JSON (the tree keeps only their places), so no text is copied twice.
pub fn into_json(node: &mut Node) -> Value {
    match &mut node.kind {
        Kind::Scalar(v) => std::mem::take(v),
        Kind::Array(items) => Value::Array(items.iter_mut().map(into_json).collect()),
        // Keys in the order they are written (file by file), not the parser's order, so
        // that what is shown from the tree (`mep diff`) reads like the plan.
        Kind::Table(entries) => {
            let mut order: Vec<usize> = (0..entries.len()).collect();
            order.sort_by_key(|&i| (entries[i].key_loc.file, entries[i].key_loc.span.start));
            Value::Object(
                order
                    .into_iter()
                    .map(|i| {
                        let e = &mut entries[i];
                        (e.key.clone(), into_json(&mut e.value))
                    })
                    .collect::<Map<_, _>>(),
            )
        }
    }
}

/// Render a JSON pointer as a plan path the user recognises: `/massnahmen/3/schulen/0` → `massnahmen[3].schulen[0]`.
pub fn display_path(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').skip(1) {
        let part = part.replace("~1", "/").replace("~0", "~");
        if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&part);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_points_at_keys_and_values() {
        let src = "[plan]\ntitel = \"X\"\n[[schulen]]\nid = \"a\"\n";
        let mut findings = Vec::new();
        let node = from_toml(0, DeTable::parse(src).unwrap(), &mut findings);
        let mut node = node;
        let json = into_json(&mut node);
        assert_eq!(json["schulen"][0]["id"], "a");
        let place = node.locate("/schulen/0/id").unwrap();
        assert_eq!(&src[place.value.span.clone()], "\"a\"");
        assert_eq!(&src[place.key.as_ref().unwrap().span.clone()], "id");
        assert_eq!(display_path("/schulen/0/id"), "schulen[0].id");
    }

    #[test]
    fn overflowing_integer_is_a_finding() {
        let mut findings = Vec::new();
        from_toml(
            0,
            DeTable::parse("a = 99999999999999999999").unwrap_or_else(|e| panic!("{e}")),
            &mut findings,
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, "E013");
    }
}
