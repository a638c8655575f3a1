//! SARIF 2.1.0 (OASIS), for GitHub code scanning and GitLab: one run of the tool `mep` with
//! every rule of the catalogue (title, explanation, usual fix, default level) and one result
//! per finding, located by file, line and column (Unicode code points, 1-based). Rule
//! descriptions give the benchmarks of the profile the findings were checked against.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;

use super::place;
use crate::catalogue::{self, RULES};
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::severity::Severity;
use crate::validate::Report;

/// The SARIF version written.
pub const SARIF_VERSION: &str = "2.1.0";
const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    results: Vec<SarifResult<'a>>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: &'static str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: Properties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Properties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location<'a>>,
    /// A warning the plan justifies (`[[abweichungen]]`): suppressed in the source, with
    /// its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    status: &'static str,
    justification: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    /// `%SRCROOT%` for a relative URI (the folder `mep` ran in, the repository's root in CI);
    /// none for an absolute `file` URI.
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

impl ArtifactLocation {
    fn of(file: &str) -> ArtifactLocation {
        let uri = uri(file);
        let uri_base_id = (!uri.starts_with("file:")).then_some("%SRCROOT%");
        ArtifactLocation { uri, uri_base_id }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    fully_qualified_name: &'a str,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Characters a relative URI reference may not hold as they are: controls, space, and what
/// has a meaning in URIs (`/` stays, it separates folders).
const URI_ESCAPE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}')
    .add(b':');

/// A file name as a URI: a relative name as a relative URI reference, resolved against
/// `%SRCROOT%` (`schulen/gs nord.toml` → `schulen/gs%20nord.toml`); an absolute path as a
/// `file` URI (`/tmp/plan neu.toml` → `file:///tmp/plan%20neu.toml`), since SARIF wants
/// absolute locations as absolute URIs (validator rule SARIF1004).
pub fn uri(file: &str) -> String {
    let path = file.replace('\\', "/");
    let encode = |p: &str| utf8_percent_encode(p, URI_ESCAPE).to_string();
    let bytes = path.as_bytes();
    if path.starts_with("//") {
        // A Windows network path `\\server\share\…`: the server is the URI's host.
        format!("file:{}", encode(&path))
    } else if path.starts_with('/') {
        format!("file://{}", encode(&path))
    } else if bytes.len() > 2 && bytes[0].is_ascii_alphabetic() && &bytes[1..3] == b":/" {
        // A Windows drive `C:/…`: the colon after the drive letter stays.
        format!("file:///{}:{}", &path[..1], encode(&path[2..]))
    } else {
        encode(&path)
    }
}

fn descriptor(rule: &catalogue::Rule, profile: &Profile, lang: Lang) -> RuleDescriptor {
    let title = lang.pick(rule.title_de, rule.title_en).to_string();
    let explain = rule.explanation(profile, lang);
    let fix = catalogue::fix(rule.code).map(|(de, en)| lang.pick(de, en).to_string());
    let mut help = explain.clone();
    let mut markdown = format!("**{}**\n\n{explain}", title);
    if let Some(f) = &fix {
        help.push_str(&format!("\n{}: {f}", lang.pick("Behebung", "Fix")));
        markdown.push_str(&format!("\n\n{}: {f}", lang.pick("Behebung", "Fix")));
    }
    let benchmarks = rule.benchmark_lines(profile, lang);
    if !benchmarks.is_empty() {
        help.push_str(&format!("\n{}", benchmarks.join("\n")));
        markdown.push_str(&format!("\n\n{}", benchmarks.join("  \n")));
    }
    markdown.push_str(&format!("\n\n`mep explain {}`", rule.code));
    let art = match rule.art {
        catalogue::Art::Struktur => "struktur",
        catalogue::Art::Bedeutung => "bedeutung",
        catalogue::Art::Plausibilitaet => "plausibilitaet",
    };
    RuleDescriptor {
        id: rule.code,
        name: pascal(rule.title_en),
        short_description: Text { text: title },
        full_description: Text { text: explain },
        help: Help {
            text: help,
            markdown,
        },
        default_configuration: Configuration {
            level: level(rule.severity),
        },
        properties: Properties {
            tags: vec!["mep", art],
        },
    }
}

/// `file unreadable or not valid TOML` → `FileUnreadableOrNotValidToml` (SARIF rule names).
fn pascal(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// All reports as one SARIF log with one run.
pub fn render(reports: &[Report], profile: &Profile, lang: Lang) -> String {
    let mut results = Vec::new();
    for r in reports {
        for f in &r.findings {
            let at = place(r, f);
            let region = match (at.start, at.end) {
                (Some(s), Some(e)) => Some(Region {
                    start_line: s.0,
                    start_column: s.1,
                    end_line: e.0,
                    end_column: e.1.max(if e.0 == s.0 { s.1 } else { 1 }),
                }),
                _ => None,
            };
            let mut text = f.message.get(lang).to_string();
            if let Some(h) = &f.hint {
                text.push_str(&format!(" ({})", h.get(lang)));
            }
            results.push(SarifResult {
                rule_id: f.code,
                rule_index: RULES.iter().position(|r| r.code == f.code).unwrap_or(0),
                level: level(f.severity),
                message: Text { text },
                locations: vec![Location {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation::of(at.file),
                        region,
                    },
                    logical_locations: f
                        .path
                        .as_deref()
                        .map(|p| LogicalLocation {
                            fully_qualified_name: p,
                        })
                        .into_iter()
                        .collect(),
                }],
                suppressions: f
                    .justification
                    .as_ref()
                    .map(|j| Suppression {
                        kind: "inSource",
                        status: "accepted",
                        justification: match &j.agreed {
                            Some(a) => {
                                format!("{} ({}: {a})", j.reason, lang.pick("zugestimmt", "agreed"))
                            }
                            None => j.reason.clone(),
                        },
                    })
                    .into_iter()
                    .collect(),
            });
        }
    }
    let log = Log {
        schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "mep",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: RULES.iter().map(|r| descriptor(r, profile, lang)).collect(),
                },
            },
            results,
            column_kind: "unicodeCodePoints",
        }],
    };
    serde_json::to_string_pretty(&log).expect("SARIF serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(uri("plaene/gs nord.toml"), "plaene/gs%20nord.toml");
        assert_eq!(uri("schulen/gs-süd.toml"), "schulen/gs-s%C3%BCd.toml");
        assert_eq!(uri("plan.pdf:schulen/a.toml"), "plan.pdf%3Aschulen/a.toml");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
    }

    #[test]
    fn absolute_paths_become_file_uris() {
        assert_eq!(uri("/tmp/x/plan neu.toml"), "file:///tmp/x/plan%20neu.toml");
        assert_eq!(
            uri("/tmp/x/plan.pdf:schulen/gs-süd.toml"),
            "file:///tmp/x/plan.pdf%3Aschulen/gs-s%C3%BCd.toml"
        );
        assert_eq!(
            uri(r"C:\Pläne\plan 1.toml"),
            "file:///C:/Pl%C3%A4ne/plan%201.toml"
        );
        assert_eq!(
            uri(r"\\server\mep\plan.toml"),
            "file://server/mep/plan.toml"
        );
        // A relative name that merely holds a colon stays relative.
        assert_eq!(uri("c:plan.toml"), "c%3Aplan.toml");
    }

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(
            pascal("file unreadable or not valid TOML"),
            "FileUnreadableOrNotValidTOML"
        );
    }
}
