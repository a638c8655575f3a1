//! The release: its notes are the CHANGELOG section of the tag's version
//! (`scripts/changelog-section.sh`), and its workflow and the CI examples pass their schemas.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::root;

fn section(version: &str, changelog: &Path) -> Output {
    Command::new("sh")
        .arg(root().join("scripts/changelog-section.sh"))
        .arg(version)
        .arg(changelog)
        .output()
        .expect("sh runs")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

const CHANGELOG: &str = "# Changelog

Vorspann.

## [Unreleased]

### Added

- Neu: `mep completions`.

## [0.2.0] - 2027-01-15

### Added

- Windows: `mep.exe`.
  Zweite Zeile mit [Link](https://example.org).

### Fixed

- Umlaute in Pfaden.

## [0.1.0] - 2026-12-06

### Added

- Erste Fassung.

[Unreleased]: https://example.org/compare/v0.2.0...HEAD
[0.2.0]: https://example.org/compare/v0.1.0...v0.2.0
[0.1.0]: https://example.org/releases/tag/v0.1.0
";

#[test]
fn release_notes_are_the_section_of_the_version_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    let lf = tmp.path().join("CHANGELOG.md");
    std::fs::write(&lf, CHANGELOG).unwrap();
    let crlf = tmp.path().join("CHANGELOG-crlf.md");
    std::fs::write(&crlf, CHANGELOG.replace('\n', "\r\n")).unwrap();
    for file in [&lf, &crlf] {
        assert_eq!(
            stdout(&section("0.2.0", file)),
            "### Added\n\n- Windows: `mep.exe`.\n  Zweite Zeile mit [Link](https://example.org).\n\n\
             ### Fixed\n\n- Umlaute in Pfaden.\n"
        );
        // A tag names the same version; the last section ends before the link definitions.
        assert_eq!(
            stdout(&section("v0.1.0", file)),
            "### Added\n\n- Erste Fassung.\n"
        );
        assert_eq!(
            stdout(&section("Unreleased", file)),
            "### Added\n\n- Neu: `mep completions`.\n"
        );
    }
}

#[test]
fn release_notes_of_the_real_changelog_are_its_unreleased_section() {
    let text = std::fs::read_to_string(root().join("CHANGELOG.md")).unwrap();
    let start = text
        .find("\n## [Unreleased]\n")
        .expect("an [Unreleased] section")
        + 1;
    let body = &text[start..];
    let body = &body[body.find('\n').unwrap() + 1..];
    let end = body.find("\n## ").map_or(body.len(), |i| i + 1);
    let expected = format!("{}\n", body[..end].trim_matches('\n'));
    let got = stdout(&section("Unreleased", &root().join("CHANGELOG.md")));
    assert_eq!(got, expected);
    assert!(got.starts_with("### "), "{got}");
}

#[test]
fn release_notes_fail_on_a_missing_or_empty_version() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("CHANGELOG.md");
    std::fs::write(
        &file,
        CHANGELOG.replace("### Added\n\n- Erste Fassung.\n", ""),
    )
    .unwrap();
    // 0.2 is not 0.2.0, and a version is not found inside another one's heading.
    for (version, says) in [
        ("0.3.0", "no section \"## [0.3.0]\""),
        ("v0.2", "no section \"## [0.2]\""),
        ("0.1.0", "is empty"),
    ] {
        let out = section(version, &file);
        assert_eq!(out.status.code(), Some(1), "{version}");
        assert!(out.stdout.is_empty(), "{version}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{version}: {err}");
    }
    // The real CHANGELOG has no section for a version never released.
    let out = section("99.0.0", &root().join("CHANGELOG.md"));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
}

/// The release workflow and the CI examples pass the schemas of GitHub workflows and GitLab
/// CI (SchemaStore's, shipped with check-jsonschema, which `.ci/run` installs).
#[test]
fn workflows_pass_the_ci_schemas() {
    for (schema, files) in [
        (
            "vendor.github-workflows",
            [
                ".github/workflows/release.yml",
                "examples/ci/github-workflow.yml",
            ]
            .as_slice(),
        ),
        ("vendor.gitlab-ci", ["examples/ci/gitlab-ci.yml"].as_slice()),
    ] {
        let out = Command::new("python3")
            .args(["-m", "check_jsonschema", "--builtin-schema", schema])
            .args(files.iter().map(|f| root().join(f)))
            .output()
            .expect("check-jsonschema (pip install check-jsonschema)");
        assert!(
            out.status.success(),
            "{schema}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `name: value` of the first line in `text` that sets `name` (YAML, quotes dropped).
fn yaml_value<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    text.lines().find_map(|l| {
        let v = l.trim().strip_prefix(name)?.strip_prefix(':')?;
        Some(v.trim().trim_matches('"'))
    })
}

/// Both CI examples install the same pinned release and verify it against one SHA-256.
#[test]
fn ci_examples_pin_one_release_with_its_checksum() {
    let github = std::fs::read_to_string(root().join("examples/ci/github-workflow.yml")).unwrap();
    let gitlab = std::fs::read_to_string(root().join("examples/ci/gitlab-ci.yml")).unwrap();
    for name in ["MEP_VERSION", "MEP_SHA256", "MEP_RELEASES"] {
        let value =
            yaml_value(&github, name).unwrap_or_else(|| panic!("{name} in the GitHub example"));
        assert_eq!(yaml_value(&gitlab, name), Some(value), "{name}");
    }
    let sha = yaml_value(&github, "MEP_SHA256").unwrap();
    assert!(
        sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()),
        "{sha}"
    );
    for text in [&github, &gitlab] {
        assert!(text.contains("sha256sum -c -"), "the checksum is verified");
        // Building from source stays as an alternative, commented out.
        let builds: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("cargo install"))
            .collect();
        assert!(!builds.is_empty());
        assert!(
            builds.iter().all(|l| l.trim_start().starts_with('#')),
            "{builds:?}"
        );
    }
}
