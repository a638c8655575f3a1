//! `docs/handreichung.md` can't lie: every field, rule code, checklist item and document
//! section it names exists, every entry is carried or excluded with a reason, and the coverage
//! figures in its table are counted from the entries.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

const DOC: &str = include_str!("../../docs/handreichung.md");

const STAENDE: [&str; 4] = ["voll", "teilweise", "bewusst nicht abgebildet", "offen"];

/// One recommendation of the table.
struct Entry {
    id: String,
    part: String,
    section: String,
    quote: String,
    stand: String,
    refs: Vec<String>,
    note: String,
}

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_string())
        .collect()
}

fn entries() -> Vec<Entry> {
    let (mut part, mut section) = (String::new(), String::new());
    let mut out = Vec::new();
    for line in DOC.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            part = h.trim().to_string();
        } else if let Some(h) = line.strip_prefix("### ") {
            section = h.trim().to_string();
        } else if line.starts_with("| H-") {
            let c = cells(line);
            assert_eq!(c.len(), 5, "an entry has five columns: {line}");
            out.push(Entry {
                id: c[0].clone(),
                part: part.clone(),
                section: section.clone(),
                quote: c[1].clone(),
                stand: c[2].clone(),
                refs: c[3]
                    .split('`')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect(),
                note: c[4].clone(),
            });
        }
    }
    out
}

/// The coverage table: part → (count, voll, teilweise, bewusst nicht abgebildet, offen).
fn coverage() -> BTreeMap<String, [usize; 5]> {
    let table = DOC
        .split("## Abdeckung")
        .nth(1)
        .expect("a section „Abdeckung“")
        .split("\n## ")
        .next()
        .unwrap_or_default();
    table
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("| Teil") && !l.starts_with("|---"))
        .map(|l| {
            let c = cells(l);
            let n: Vec<usize> = c[1..]
                .iter()
                .map(|x| x.parse().unwrap_or_else(|_| panic!("a number: {l}")))
                .collect();
            (c[0].clone(), [n[0], n[1], n[2], n[3], n[4]])
        })
        .collect()
}

/// Every property path of the schema (`support.leistungen.aufwand_stunden_jahr`, lists
/// without index) with the values its enums allow.
fn schema_paths() -> BTreeMap<String, BTreeSet<String>> {
    fn resolve<'a>(root: &'a Value, mut n: &'a Value) -> &'a Value {
        while let Some(r) = n.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            n = root
                .get("definitions")
                .or_else(|| root.get("$defs"))
                .and_then(|d| d.get(name))
                .unwrap_or_else(|| panic!("unresolved {r}"));
        }
        n
    }
    fn walk(
        root: &Value,
        n: &Value,
        path: &str,
        depth: usize,
        out: &mut BTreeMap<String, BTreeSet<String>>,
    ) {
        if depth > 16 {
            return;
        }
        let n = resolve(root, n);
        if !path.is_empty() {
            let values = out.entry(path.to_string()).or_default();
            if let Some(e) = n.get("enum").and_then(Value::as_array) {
                values.extend(e.iter().filter_map(Value::as_str).map(str::to_string));
            }
            if let Some(c) = n.get("const").and_then(Value::as_str) {
                values.insert(c.to_string());
            }
        }
        for k in ["anyOf", "oneOf", "allOf"] {
            for x in n.get(k).and_then(Value::as_array).into_iter().flatten() {
                walk(root, x, path, depth + 1, out);
            }
        }
        for k in ["items", "additionalProperties"] {
            if let Some(x) = n.get(k).filter(|x| x.is_object()) {
                walk(root, x, path, depth + 1, out);
            }
        }
        if let Some(props) = n.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(root, v, &p, depth + 1, out);
            }
        }
    }
    let root = mep::schema::plan_schema();
    let mut out = BTreeMap::new();
    walk(root, root, "", 0, &mut out);
    out
}

#[test]
fn every_reference_of_the_traceability_document_exists() {
    let paths = schema_paths();
    let mut missing = Vec::new();
    for e in entries() {
        for r in &e.refs {
            let (kind, name) = r
                .split_once(':')
                .unwrap_or_else(|| panic!("{}: reference without kind: {r}", e.id));
            let ok = match kind {
                "feld" => {
                    let (path, value) = match name.split_once('=') {
                        Some((p, v)) => (p, Some(v)),
                        None => (name, None),
                    };
                    paths
                        .get(path)
                        .is_some_and(|vals| value.is_none_or(|v| vals.contains(v)))
                }
                "regel" => mep::catalogue::RULES.iter().any(|rule| rule.code == name),
                "punkt" => name.split_once('/').is_some_and(|(s, i)| {
                    mep::completeness::checklist::CHECKLIST
                        .iter()
                        .any(|c| c.section.key() == s && c.id == i)
                }),
                "kapitel" => mep::labels::section(name).is_some(),
                other => panic!("{}: unknown kind of reference `{other}`", e.id),
            };
            if !ok {
                missing.push(format!("{} {r}", e.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} references name nothing that exists:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_recommendation_is_carried_or_excluded_with_a_reason() {
    let all = entries();
    assert!(all.len() > 50, "the document lists the recommendations");
    for (n, e) in all.iter().enumerate() {
        assert_eq!(e.id, format!("H-{:03}", n + 1), "ids in order, none twice");
        assert!(!e.part.is_empty() && !e.section.is_empty(), "{}", e.id);
        assert!(e.section.contains('„'), "{}: cited by its heading", e.id);
        assert!(e.quote.contains('„'), "{}: quoted", e.id);
        assert!(STAENDE.contains(&e.stand.as_str()), "{}: {}", e.id, e.stand);
        match e.stand.as_str() {
            "voll" | "teilweise" => assert!(!e.refs.is_empty(), "{}: carried by what?", e.id),
            "bewusst nicht abgebildet" => {
                assert!(e.note.len() > 20, "{}: excluded without a reason", e.id)
            }
            _ => {}
        }
        if e.stand == "teilweise" {
            assert!(!e.note.is_empty(), "{}: say what is missing", e.id);
        }
    }
}

#[test]
fn the_coverage_table_counts_the_entries() {
    let mut counted: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    let mut gesamt = [0usize; 5];
    for e in entries() {
        let i = 1 + STAENDE.iter().position(|s| *s == e.stand).unwrap_or(3);
        let row = counted.entry(e.part.clone()).or_default();
        row[0] += 1;
        row[i] += 1;
        gesamt[0] += 1;
        gesamt[i] += 1;
    }
    let mut table = coverage();
    let total = table.remove("Gesamt").expect("a row „Gesamt“");
    assert_eq!(table, counted, "the rows per part");
    assert_eq!(total, gesamt, "the row „Gesamt“");
    // The percentages in the text, rounded.
    let pct = |n: usize| (n as f64 * 100.0 / gesamt[0] as f64).round() as usize;
    let line = format!(
        "In Prozent: {} % voll, {} % teilweise, {} % bewusst nicht abgebildet, {} % offen",
        pct(gesamt[1]),
        pct(gesamt[2]),
        pct(gesamt[3]),
        pct(gesamt[4])
    );
    assert!(DOC.contains(&line), "expected „{line}“");
}
