//! Validation in stages, as taplo lints: load (encoding, TOML, includes), format version,
//! schema structure, then the meaning and plausibility rules on the typed model.

pub mod abweichungen;
pub mod collect;
pub mod rules;
pub mod structure;

use std::path::Path;

use serde_json::Value;

use crate::completeness::{self, Completeness};
use crate::diagnostic::{Finding, Loc};
use crate::load::tree::{Kind, Node, display_path, into_json};
use crate::load::{self, Files, VERSION_KEY};
use crate::model::{FORMATVERSION, Plan};
use crate::profile::Profile;
use crate::severity::Severity;
use crate::text;

pub use collect::MAX_PER_CODE;
use collect::{Collector, sorted};

/// Everything `mep check` knows about one plan.
#[derive(Debug)]
pub struct Report {
    /// The name the plan was given on the command line.
    pub name: String,
    pub files: Files,
    pub findings: Vec<Finding>,
    /// The typed plan, when the structure allowed reading it.
    pub plan: Option<Plan>,
    pub completeness: Option<Completeness>,
    /// The input could not be used at all (exit code 2).
    pub unusable: bool,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Places in the plan's sources by JSON pointer, for rules that report on the typed model.
pub struct Locator<'a> {
    root: &'a Node,
}

impl Locator<'_> {
    /// The value at `pointer`, or the nearest enclosing value that exists in the sources;
    /// `None` when only the whole plan encloses it (a missing section): such a finding is
    /// about the file, not about its first line, which is a comment or another section.
    pub fn value(&self, pointer: &str) -> Option<Loc> {
        let mut p = pointer;
        while !p.is_empty() {
            if let Some(place) = self.root.locate(p) {
                return Some(place.value);
            }
            p = &p[..p.rfind('/')?];
        }
        None
    }

    /// A finding located at `pointer` with its plan path.
    pub fn finding(
        &self,
        code: &'static str,
        message: crate::i18n::Text,
        pointer: &str,
    ) -> Finding {
        Finding::new(code, message)
            .at(self.value(pointer))
            .path(display_path(pointer))
    }
}

/// Load and check one plan.
pub fn check_path(path: &Path, profile: &Profile) -> Report {
    check_path_with_tree(path, profile).0
}

/// Load and check one plan, and keep the plan as written as a JSON tree (includes merged),
/// for comparing versions; `None` when the input is unusable.
pub fn check_path_with_tree(path: &Path, profile: &Profile) -> (Report, Option<Value>) {
    let name = path.display().to_string();
    let loaded = match load::load(path) {
        Ok(l) => l,
        Err(u) => {
            let report = Report {
                name,
                files: u.files,
                findings: sorted(u.findings),
                plan: None,
                completeness: None,
                unusable: true,
            };
            return (report, None);
        }
    };
    let mut findings = loaded.findings;
    let files = loaded.files;
    let mut root = loaded.root;
    if let Some(f) = newer_format(&root) {
        findings.push(f);
        let report = Report {
            name,
            files,
            findings: sorted(findings),
            plan: None,
            completeness: None,
            unusable: true,
        };
        return (report, None);
    }
    let json = into_json(&mut root);
    // The schema check and reading the typed model are independent: run them side by
    // side; the model is used only when the structure is sound.
    let (structural, typed) = std::thread::scope(|s| {
        let structural = s.spawn(|| structure::check(&json, &root));
        let typed = serde_path_to_error::deserialize::<_, Plan>(&json);
        (structural.join().expect("schema check thread"), typed)
    });
    // A number that cannot be represented was already reported while loading (E013) and
    // stands as "nothing" in the tree: the schema's "wrong type" for it would only confuse.
    let unrepresentable: Vec<&Loc> = findings
        .iter()
        .filter(|f| f.code == "E013")
        .filter_map(|f| f.loc.as_ref())
        .collect();
    let structural: Vec<Finding> = structural
        .into_iter()
        .filter(|f| f.loc.as_ref().is_none_or(|l| !unrepresentable.contains(&l)))
        .collect();
    findings.extend(structural);
    let locator = Locator { root: &root };
    let mut plan = None;
    let mut completeness = None;
    let mut collected = Collector::new();
    if !findings.iter().any(|f| f.severity == Severity::Error) {
        match typed {
            Ok(p) => {
                // The rules push into the collector, which judges each finding against the
                // plan's justified deviations and stores only what can be shown.
                collected.justify_with(abweichungen::Justifier::new(&p, &json, &locator));
                for f in findings.drain(..) {
                    collected.push(f);
                }
                collected = rules::run(&p, profile.fuer_plan(&p), &locator, collected);
                collected.finish_justifying();
                if let Some(f) = wappen(&p, &files, &locator) {
                    collected.push(f);
                }
                completeness = Some(completeness::assess(&p));
                plan = Some(p);
            }
            Err(e) => findings.push(unreadable_value(&e, &locator)),
        }
    }
    for f in findings {
        collected.push(f);
    }
    let report = Report {
        name,
        files,
        findings: collected.into_sorted(),
        plan,
        completeness,
        unusable: false,
    };
    (report, Some(json))
}

/// The coat of arms the plan names (`plan.wappen`), if it cannot be shown: E018 (not
/// there, outside the plan folder) or E019 (not SVG/PNG, too large). A plan read from its
/// PDF carries the image in the document, so a missing file is no finding there.
fn wappen(plan: &Plan, files: &Files, locator: &Locator<'_>) -> Option<Finding> {
    let pfad = plan.plan.wappen.as_deref()?;
    let fehler = load::wappen::lesen(files.folder(), pfad).err()?;
    if files.from_pdf() && fehler.fehlt() {
        return None;
    }
    let (message, hint) = fehler.texte(pfad);
    Some(
        locator
            .finding(fehler.code(), message, "/plan/wappen")
            .hint(hint),
    )
}

/// A plan written for a newer format: say which version it needs instead of listing
/// every key this version does not know.
fn newer_format(root: &load::tree::Node) -> Option<Finding> {
    let node = root.get(VERSION_KEY)?;
    let Kind::Scalar(Value::Number(n)) = &node.kind else {
        return None;
    };
    let v = n.as_i64()?;
    (v > FORMATVERSION as i64).then(|| {
        Finding::new(
            "E004",
            text!(
                "der Plan benötigt Formatversion {v}; dieses mep liest Formatversion bis {FORMATVERSION}",
                "the plan needs format version {v}; this mep reads format versions up to {FORMATVERSION}"
            ),
        )
        .at(Some(node.loc.clone()))
        .hint(text!("Aktualisieren Sie mep auf eine Version, die Formatversion {v} kennt", "update mep to a version that knows format version {v}"))
        .path(VERSION_KEY)
    })
}

/// A value the schema allows but the model cannot take (a float where a count belongs, a
/// date that does not exist), located by the path serde was at.
fn unreadable_value(
    e: &serde_path_to_error::Error<serde_json::Error>,
    locator: &Locator<'_>,
) -> Finding {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in e.path().iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                pointer.push_str(&format!("/{}", key.replace('~', "~0").replace('/', "~1")))
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    let path = display_path(&pointer);
    let cause = e.inner().to_string();
    locator
        .finding(
            "E010",
            text!(
                "`{path}` kann nicht gelesen werden: {cause}",
                "`{path}` cannot be read: {cause}"
            ),
            &pointer,
        )
        .hint(text!(
            "Anzahlen sind ganze Zahlen ohne Nachkommastellen, Jahre liegen zwischen 1990 und 2100",
            "counts are whole numbers without decimals, years lie between 1990 and 2100"
        ))
}
