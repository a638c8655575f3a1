//! Fixture-driven rule tests: for every rule of the catalogue, `tests/fixtures/rules/CODE/`
//! holds `invalid.toml`, which must trigger the rule at the marked place, and `valid.toml`,
//! the same situation done right, which must not. Further cases are `invalid-NAME.toml` and
//! `valid-NAME.toml`.
//!
//! Header comments of a fixture: `# expect: CODE LINE:COLUMN [FILE]` (where the finding must
//! point; `-` instead of `LINE:COLUMN` for a finding about the whole file, without a line),
//! `# exit: N` (expected exit code), `# profile: PATH` (a threshold profile).

use crate::common;

use std::path::{Path, PathBuf};

use common::run_in;

fn fixtures() -> PathBuf {
    common::fixtures("rules")
}

fn header<'a>(text: &'a str, key: &str) -> Vec<&'a str> {
    text.lines()
        .filter_map(|l| l.strip_prefix(&format!("# {key}: ")))
        .collect()
}

/// The fixtures of one rule whose names start with `prefix` (`invalid`, `valid`): the main
/// one, then further cases such as `valid-schulgespraech.toml`, by name.
fn cases(dir: &Path, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".toml"))
                .filter(|n| n == &format!("{prefix}.toml") || n.starts_with(&format!("{prefix}-")))
                .collect()
        })
        .unwrap_or_default();
    names.sort_by_key(|n| (n.len() != prefix.len() + 5, n.clone()));
    names
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
        for name in cases(&dir, "invalid") {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let profile = header(&text, "profile").first().map(|s| s.to_string());
            let run = check(&dir, &name, profile.as_deref());
            let exit: i32 = header(&text, "exit")
                .first()
                .map(|s| s.parse().unwrap())
                .unwrap_or(1);
            if run.code != exit {
                failures.push(format!(
                    "{}/{name}: exit {} instead of {exit}\n{}",
                    rule.code, run.code, run.stderr
                ));
                continue;
            }
            let report = run.json();
            let expectations = header(&text, "expect");
            assert!(
                !expectations.is_empty(),
                "{}/{name} has no `# expect:` line",
                rule.code
            );
            for e in expectations {
                let parts: Vec<&str> = e.split_whitespace().collect();
                let (code, pos, file) = (parts[0], parts[1], parts.get(2));
                // `-`: the finding is about the file as a whole and has no line.
                let place = (pos != "-").then(|| {
                    let (line, col) = pos.split_once(':').unwrap();
                    let (line, col): (u64, u64) = (line.parse().unwrap(), col.parse().unwrap());
                    (line, col)
                });
                let hit = report["findings"].as_array().unwrap().iter().any(|f| {
                    f["code"] == code
                        && match place {
                            Some((line, col)) => f["line"] == line && f["column"] == col,
                            None => f["line"].is_null() && f["column"].is_null(),
                        }
                        && file.is_none_or(|name| {
                            f["file"].as_str().is_some_and(|s| s.ends_with(name))
                        })
                });
                if !hit {
                    failures.push(format!(
                        "{}/{name}: expected {code} at {pos}, got {:?}",
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
        let main = std::fs::read_to_string(dir.join("invalid.toml")).unwrap_or_default();
        for name in cases(&dir, "valid") {
            // A valid case runs with its own profile, else with the invalid case's.
            let own = std::fs::read_to_string(dir.join(&name)).unwrap_or_default();
            let profile = header(&own, "profile")
                .first()
                .or(header(&main, "profile").first())
                .map(|s| s.to_string());
            let run = check(&dir, &name, profile.as_deref());
            let report = run.json();
            let codes: Vec<String> = common::findings(&report).into_iter().map(|f| f.0).collect();
            if run.code != 0 || codes.iter().any(|c| c == rule.code) {
                failures.push(format!(
                    "{}/{name}: gave exit {} and findings {codes:?}",
                    rule.code, run.code
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
