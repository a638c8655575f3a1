//! `mep diff`: what changed between two versions of a plan. Entities are matched by id
//! (`tree`), changes filtered by path (`filter`), summed up as costs, devices,
//! completeness and findings (`rollup`), and shown as text, JSON or a German Synopse
//! (`text`, `json`, `synopse`). Old versions can come from git (`git`).
//!
//! Naming: code, the comparison and its roll-ups are English, as is the JSON report
//! (`costs_per_year`). Only the Synopse's context types and fields are German
//! (`Kennzahlen::kosten_jahre`): they are what the templates read, like the render context.

pub mod filter;
pub mod git;
pub mod indicators;
pub mod json;
pub mod rollup;
pub mod synopse;
pub mod text;
pub mod tree;
pub mod values;

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::diagnostic::Finding;
use crate::i18n::Lang;
use crate::load::{self, Files, INCLUDE_KEY};
use crate::model::Plan;
use crate::profile::Profile;
use crate::stats::{self, Kennzahlen};
use crate::validate::{self, Report};
pub use tree::{Change, ChangeKind};

/// Name of the pseudo-section holding the roll-ups, for `--section`.
pub const KENNZAHLEN: &str = "kennzahlen";

/// The section (first path segment) of a change path.
pub fn section_of(path: &str) -> &str {
    let end = path.find(['.', '[']).unwrap_or(path.len());
    &path[..end]
}

/// One version of the plan, read and checked.
pub struct Version {
    /// As named on the command line (`plan.toml`, `HEAD~1:plan.toml`).
    pub name: String,
    pub report: Report,
    /// The plan as written, as a JSON tree (includes merged in).
    pub tree: Value,
    pub figures: Option<Kennzahlen>,
}

impl Version {
    pub fn plan(&self) -> Option<&Plan> {
        self.report.plan.as_ref()
    }

    /// An empty side (a file that git reports as added or deleted).
    pub fn empty(name: &str) -> Version {
        Version {
            name: name.to_string(),
            report: unchecked(name.to_string(), Files::default(), Vec::new(), false),
            tree: Value::Object(Default::default()),
            figures: None,
        }
    }
}

/// How a comparison is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One line per change, with the roll-ups ([`text`]).
    Text,
    /// The Synopse as Markdown.
    Md,
    /// The Synopse as PDF/A.
    Pdf,
    /// Every change as versioned JSON ([`json`]).
    Json,
}

/// How to read a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// The whole plan with its includes, checked.
    WholePlan,
    /// The file alone (as `git diff` hands over single files); checked only when it is a
    /// plan without includes.
    FileOnly,
}

/// Read and check one version. `Err` carries the report of an unusable input.
pub fn read(path: &Path, profile: &Profile, how: Reading) -> Result<Version, Box<Report>> {
    let name = path.display().to_string();
    if how == Reading::FileOnly {
        let mut l = load::load_file_only(path)
            .map_err(|u| Box::new(unchecked(name.clone(), u.files, u.findings, true)))?;
        let is_plan = l.root.get(load::VERSION_KEY).is_some();
        if !is_plan || l.root.get(INCLUDE_KEY).is_some() {
            // An included file, or a plan whose includes are not at hand: compared as
            // written, without checking.
            return Ok(Version {
                tree: content(load::tree::into_json(&mut l.root)),
                report: unchecked(name.clone(), l.files, l.findings, false),
                name,
                figures: None,
            });
        }
        // A whole plan in one file is checked like any other.
    }
    let (report, tree) = validate::check_path_with_tree(path, profile);
    let Some(tree) = tree.filter(|_| !report.unusable) else {
        return Err(Box::new(report));
    };
    let figures = report
        .plan
        .as_ref()
        .map(|p| stats::compute(p, profile.fuer_plan(p)));
    Ok(Version {
        name,
        report,
        tree: content(tree),
        figures,
    })
}

/// A report of a version that was read but not checked.
fn unchecked(name: String, files: Files, findings: Vec<Finding>, unusable: bool) -> Report {
    Report {
        name,
        files,
        findings,
        plan: None,
        completeness: None,
        unusable,
    }
}

/// The plan's content: which files hold it (`einbinden`) is no part of it, so a plan split
/// into files and the same plan in one file are equal.
fn content(mut tree: Value) -> Value {
    if let Some(m) = tree.as_object_mut() {
        m.shift_remove(INCLUDE_KEY);
    }
    tree
}

/// Title, version, date and status of a version, for headings.
#[derive(Debug, Clone, Serialize)]
pub struct About {
    pub file: String,
    pub title: Option<String>,
    pub version: Option<String>,
    pub date: Option<String>,
    pub status: Option<String>,
    /// The plan period, `2026–2030`.
    pub period: Option<String>,
}

impl About {
    fn of(v: &Version) -> About {
        let head = v.tree.get("plan");
        let text = |k: &str| {
            head.and_then(|h| h.get(k))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        About {
            file: v.name.clone(),
            title: text("titel"),
            version: text("version"),
            date: text("datum"),
            status: text("status"),
            period: head.and_then(|h| h.get("zeitraum")).and_then(|z| {
                let year = |k: &str| z.get(k).and_then(Value::as_i64);
                Some(format!("{}–{}", year("von")?, year("bis")?))
            }),
        }
    }
}

/// The comparison of two versions.
pub struct Diff {
    pub old: About,
    pub new: About,
    /// The field changes that pass the filters, in plan order.
    pub changes: Vec<Change>,
    /// Display names of the entities (`schulen[gs-nord]` → „Grundschule Nord“).
    pub names: HashMap<String, String>,
    /// Measures by the guardrail ids they serve, in either version (for the Synopse).
    pub guardrail_measures: HashMap<String, Vec<String>>,
    /// Costs, devices, completeness and findings; only when both versions are whole,
    /// readable plans (and not filtered out with `--section`).
    pub rollups: Option<rollup::Rollups>,
}

impl Diff {
    /// Whether anything is left to report (sets the exit code).
    pub fn has_changes(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// Compare two versions.
pub fn compare(old: &Version, new: &Version, lang: Lang) -> Diff {
    let tree::Comparison { changes, names } = tree::compare_named(&old.tree, &new.tree);
    let mut guardrail_measures: HashMap<String, Vec<String>> = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for side in [&old.tree, &new.tree] {
        for m in side
            .get("massnahmen")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(id) = m.get("id").and_then(Value::as_str) else {
                continue;
            };
            for l in m
                .get("leitplanken")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(l) = l.as_str()
                    && seen.insert((l, id))
                {
                    guardrail_measures
                        .entry(l.to_string())
                        .or_default()
                        .push(id.to_string());
                }
            }
        }
    }
    let rollups = match (
        &old.figures,
        &new.figures,
        &old.report.completeness,
        &new.report.completeness,
    ) {
        (Some(fo), Some(fnew), Some(co), Some(cn)) => Some(rollup::compute(
            &rollup::Version {
                figures: fo,
                completeness: co,
                findings: &old.report.findings,
                files: &old.report.files,
                tree: &old.tree,
            },
            &rollup::Version {
                figures: fnew,
                completeness: cn,
                findings: &new.report.findings,
                files: &new.report.files,
                tree: &new.tree,
            },
            &removed_entities(&changes, &names),
            lang,
        )),
        _ => None,
    };
    // Indicators by their latest values (part of the roll-ups; needs both plans).
    let rollups = rollups.map(|mut r| {
        if let (Some(po), Some(pn)) = (old.plan(), new.plan()) {
            r.indicators = indicators::compare(po, pn);
        }
        r
    });
    Diff {
        old: About::of(old),
        new: About::of(new),
        changes,
        names,
        guardrail_measures,
        rollups,
    }
}

/// The entities only the old version has (`massnahmen[wlan]`), with how to name them
/// (`massnahmen[wlan] „WLAN“`).
fn removed_entities(
    changes: &[Change],
    names: &HashMap<String, String>,
) -> HashMap<String, String> {
    changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Removed && c.path.ends_with(']'))
        .map(|c| {
            let shown = match names.get(&c.path) {
                Some(n) => format!("{} „{n}“", c.path),
                None => c.path.clone(),
            };
            (c.path.clone(), shown)
        })
        .collect()
}

/// Counts of changes by kind.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    pub total: usize,
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub renamed: usize,
    pub id_changed: usize,
}

impl Counts {
    pub fn of(changes: &[Change]) -> Counts {
        let mut c = Counts {
            total: changes.len(),
            ..Counts::default()
        };
        for ch in changes {
            match ch.kind {
                ChangeKind::Added => c.added += 1,
                ChangeKind::Removed => c.removed += 1,
                ChangeKind::Changed => c.changed += 1,
                ChangeKind::Renamed => c.renamed += 1,
                ChangeKind::IdChanged => c.id_changed += 1,
            }
        }
        c
    }
}

/// The entity a change belongs to, for grouping: the path up to the first list key
/// (`schulen[gs-nord]`), else the table holding the field, at most two levels deep
/// (`leitplanken.netz`, `plan`).
pub fn group_of(path: &str) -> &str {
    if let Some(end) = path.find(']') {
        return &path[..=end];
    }
    let dots: Vec<usize> = path.match_indices('.').map(|(i, _)| i).collect();
    match dots.len() {
        0 => section_of(path),
        1 => &path[..dots[0]],
        _ => &path[..dots[1]],
    }
}
