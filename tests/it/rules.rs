//! Fixture-driven rule tests: for every rule of the catalogue, `tests/fixtures/rules/CODE/`
//! holds `invalid.toml`, which must trigger the rule at the marked place, and `valid.toml`,
//! the same situation done right, which must not.
//!
//! Variants of a changed behaviour sit beside them as `invalid-NAME.toml` and `valid-NAME.toml`
//! (e.g. `invalid-gruppe.toml` for a school group) and are checked the same way.
//!
//! Header comments of a fixture: `# expect: CODE LINE:COLUMN [FILE]` (where the finding must
//! point), `# exit: N` (expected exit code), `# profile: PATH` (a threshold profile).

use crate::common;

use std::path::{Path, PathBuf};

use common::run_in;

fn fixtures() -> PathBuf {
    common::fixtures("rules")
}

/// `invalid.toml` (or `valid.toml`) and its variants `invalid-*.toml`, sorted.
fn variants(dir: &Path, kind: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            n == &format!("{kind}.toml")
                || (n.starts_with(&format!("{kind}-")) && n.ends_with(".toml"))
        })
        .collect();
    names.sort();
    names
}

fn header<'a>(text: &'a str, key: &str) -> Vec<&'a str> {
    text.lines()
        .filter_map(|l| l.strip_prefix(&format!("# {key}: ")))
        .collect()
}

fn check(dir: &Path, file: &str, profile: Option<&str>) -> common::Run {
    let mut args = vec!["check", "--format", "json"];
    if let Some(p) = profile {
        args.extend(["--profile", p]);
    }
    args.push(file);
    run_in(dir, &args)
}

#[test]
fn every_rule_has_a_valid_and_an_invalid_fixture() {
    for rule in mep::catalogue::RULES {
        let dir = fixtures().join(rule.code);
        assert!(
            dir.join("invalid.toml").is_file(),
            "{} has no invalid.toml",
            rule.code
        );
        assert!(
            dir.join("valid.toml").is_file(),
            "{} has no valid.toml",
            rule.code
        );
    }
}

#[test]
fn invalid_fixtures_trigger_their_rule_at_the_marked_place() {
    let mut failures = Vec::new();
    for rule in mep::catalogue::RULES {
        let dir = fixtures().join(rule.code);
        for fixture in variants(&dir, "invalid") {
            let bytes = std::fs::read(dir.join(&fixture)).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let profile = header(&text, "profile").first().map(|s| s.to_string());
            let run = check(&dir, &fixture, profile.as_deref());
            let exit: i32 = header(&text, "exit")
                .first()
                .map(|s| s.parse().unwrap())
                .unwrap_or(1);
            if run.code != exit {
                failures.push(format!(
                    "{}/{fixture}: exit {} instead of {exit}\n{}",
                    rule.code, run.code, run.stderr
                ));
                continue;
            }
            let report = run.json();
            let expectations = header(&text, "expect");
            assert!(
                !expectations.is_empty(),
                "{}/{fixture} has no `# expect:` line",
                rule.code
            );
            for e in expectations {
                let parts: Vec<&str> = e.split_whitespace().collect();
                let (code, pos, file) = (parts[0], parts[1], parts.get(2));
                let (line, col) = pos.split_once(':').unwrap();
                let (line, col): (u64, u64) = (line.parse().unwrap(), col.parse().unwrap());
                let hit = report["findings"].as_array().unwrap().iter().any(|f| {
                    f["code"] == code
                        && f["line"] == line
                        && f["column"] == col
                        && file.is_none_or(|name| {
                            f["file"].as_str().is_some_and(|s| s.ends_with(name))
                        })
                });
                if !hit {
                    failures.push(format!(
                        "{}/{fixture}: expected {code} at {line}:{col}, got {:?}",
                        rule.code,
                        common::findings(&report)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_fixtures_pass_without_their_rule() {
    let mut failures = Vec::new();
    for rule in mep::catalogue::RULES {
        let dir = fixtures().join(rule.code);
        for file in variants(&dir, "valid") {
            // A variant's profile is in its own header, else in invalid.toml's.
            let own = std::fs::read_to_string(dir.join(&file)).unwrap_or_default();
            let text = std::fs::read_to_string(dir.join("invalid.toml")).unwrap_or_default();
            let profile = header(&own, "profile")
                .first()
                .or(header(&text, "profile").first())
                .map(|s| s.to_string());
            let run = check(&dir, &file, profile.as_deref());
            let report = run.json();
            let codes: Vec<String> = common::findings(&report).into_iter().map(|f| f.0).collect();
            if run.code != 0 || codes.iter().any(|c| c == rule.code) {
                failures.push(format!(
                    "{}: {file} gave exit {} and findings {codes:?}",
                    rule.code, run.code
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
