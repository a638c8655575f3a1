//! Baselines: the findings a plan had when a Schulträger adopted the CI gate. `mep check
//! --write-baseline FILE` records them; `--baseline FILE` then reports only findings that
//! are not in it. Findings are matched by plan, code and their path in plan terms with
//! entity ids (`massnahmen[wlan].schulen[gs-nord]`), never by line, so edits elsewhere in
//! the file do not bring recorded findings back.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diagnostic::Finding;

/// Version of the baseline file format.
pub const BASELINE_VERSION: u32 = 1;

/// A baseline file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// One recorded finding.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The plan as named on the command line.
    pub plan: String,
    pub code: String,
    /// Path in plan terms with entity ids; absent for findings about a whole file.
    pub path: Option<String>,
    /// The German message, for people reading the file (and for matching findings
    /// without a path).
    pub message: String,
}

impl Entry {
    /// What two findings must share to be the same finding.
    fn key(&self) -> (String, String, String) {
        let rest = self.path.clone().unwrap_or_else(|| self.message.clone());
        (self.plan.clone(), self.code.clone(), rest)
    }
}

/// A finding's path with list positions replaced by the ids (or values) of the entries:
/// `massnahmen[3].schulen[0]` → `massnahmen[wlan].schulen[gs-nord]`.
pub fn stable_path(path: &str, tree: Option<&Value>) -> String {
    let Some(mut node) = tree else {
        return path.to_string();
    };
    let mut out = String::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let Some(end) = after.find(']') else {
                out.push_str(rest);
                break;
            };
            let index = &after[..end];
            rest = &after[end + 1..];
            let item = index.parse::<usize>().ok().and_then(|i| node.get(i));
            let key = item.and_then(|v| {
                v.get("id")
                    .and_then(Value::as_str)
                    .or_else(|| v.as_str())
                    .map(str::to_string)
            });
            out.push('[');
            out.push_str(key.as_deref().unwrap_or(index));
            out.push(']');
            match item {
                Some(v) => node = v,
                None => {
                    out.push_str(rest);
                    break;
                }
            }
        } else {
            let rest_trim = rest.strip_prefix('.').unwrap_or(rest);
            if rest_trim.len() != rest.len() {
                out.push('.');
            }
            let end = rest_trim.find(['.', '[']).unwrap_or(rest_trim.len());
            let name = &rest_trim[..end];
            out.push_str(name);
            rest = &rest_trim[end..];
            match node.get(name) {
                Some(v) => node = v,
                None => {
                    out.push_str(rest);
                    break;
                }
            }
        }
    }
    out
}

/// The entry recording a finding of `plan`.
pub fn entry(plan: &str, f: &Finding, tree: Option<&Value>) -> Entry {
    Entry {
        plan: plan.to_string(),
        code: f.code.to_string(),
        path: f.path.as_deref().map(|p| stable_path(p, tree)),
        message: f.message.de.clone(),
    }
}

impl Baseline {
    /// Remove the findings the baseline records (each recorded finding once); returns how
    /// many were removed.
    pub fn suppress(&self, plan: &str, findings: &mut Vec<Finding>, tree: Option<&Value>) -> usize {
        let mut left: HashMap<(String, String, String), usize> = HashMap::new();
        for e in &self.findings {
            *left.entry(e.key()).or_default() += 1;
        }
        let before = findings.len();
        findings.retain(|f| {
            let k = entry(plan, f, tree).key();
            match left.get_mut(&k) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        });
        before - findings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn positions_become_ids() {
        let tree = json!({"massnahmen": [{"id": "a"}, {"id": "wlan", "schulen": ["gs-nord"]}]});
        assert_eq!(
            stable_path("massnahmen[1].schulen[0]", Some(&tree)),
            "massnahmen[wlan].schulen[gs-nord]"
        );
        assert_eq!(stable_path("plan.titel", Some(&tree)), "plan.titel");
        assert_eq!(
            stable_path("massnahmen[7].x", Some(&tree)),
            "massnahmen[7].x"
        );
    }
}
