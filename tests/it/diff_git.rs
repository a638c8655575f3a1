//! `mep diff` with git: a version read as `REV:path` brings its included files, and `git
//! diff` uses `mep diff` as its diff driver, in a real repository.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::run_in;
use crate::diff::dir;

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new("git")
        .args(args)
        .current_dir(repo)
        // No user or system configuration: the test sets what it needs.
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("NO_COLOR", "1")
        .env_remove("MEP_LANG")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A repository with two commits: the split plan of `split_1`, then the same plan with a
/// school's student count changed (in its own file) and a measure's price (in the main file).
fn repo_with_two_commits() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path();
    git(repo, &["init", "-q", "-b", "main"]);
    git(repo, &["config", "user.name", "Test"]);
    git(repo, &["config", "user.email", "test@example.org"]);
    let plan = repo.join("plaene/vergleichsstadt");
    std::fs::create_dir_all(plan.join("split_1")).unwrap();
    std::fs::copy(dir().join("split_1.toml"), plan.join("plan.toml")).unwrap();
    for f in ["gs-nord.toml", "gs-sued.toml", "gym.toml"] {
        std::fs::copy(dir().join("split_1").join(f), plan.join("split_1").join(f)).unwrap();
    }
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "Fassung 1"]);
    let school = plan.join("split_1/gs-sued.toml");
    let text = std::fs::read_to_string(&school).unwrap();
    std::fs::write(&school, text.replace("schueler = 180", "schueler = 195")).unwrap();
    let main = plan.join("plan.toml");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(
        &main,
        text.replace("einzelpreis = 1800", "einzelpreis = 2000"),
    )
    .unwrap();
    git(repo, &["commit", "-q", "-am", "Fassung 2"]);
    tmp
}

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_mep"))
}

#[test]
fn a_version_from_git_brings_its_included_files() {
    let tmp = repo_with_two_commits();
    let repo = tmp.path();
    let r = run_in(
        repo,
        &[
            "diff",
            "HEAD~1:plaene/vergleichsstadt/plan.toml",
            "plaene/vergleichsstadt/plan.toml",
        ],
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("~ schulen[gs-sued].schueler: 180 → 195"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("~ massnahmen[wlan].einzelpreis: 1.800,00 € → 2.000,00 €"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("2 Unterschiede"), "{}", r.stdout);
    // Paths starting with ./ are relative to the current folder, as in git.
    let sub = repo.join("plaene/vergleichsstadt");
    let r = run_in(&sub, &["diff", "HEAD~1:./plan.toml", "HEAD:./plan.toml"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("HEAD~1:./plan.toml → HEAD:./plan.toml"),
        "{}",
        r.stdout
    );
    let r = run_in(&sub, &["diff", "HEAD:./plan.toml", "plan.toml"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // A revision or path git does not know is unusable input.
    let r = run_in(
        repo,
        &[
            "diff",
            "HEAD~5:plaene/vergleichsstadt/plan.toml",
            "plaene/vergleichsstadt/plan.toml",
        ],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("HEAD~5"), "{}", r.stderr);
}

#[test]
fn git_diff_uses_mep_as_diff_driver() {
    let tmp = repo_with_two_commits();
    let repo = tmp.path();
    std::fs::write(repo.join(".gitattributes"), "*.toml diff=mep\n").unwrap();
    let command = format!("{} diff", bin().display());
    git(repo, &["config", "diff.mep.command", &command]);
    let out = git(repo, &["diff", "HEAD~1", "HEAD"]);
    let text = String::from_utf8_lossy(&out.stdout);
    // One semantic diff per changed file, each with git's path.
    assert!(
        text.contains(
            "diff --mep a/plaene/vergleichsstadt/plan.toml b/plaene/vergleichsstadt/plan.toml"
        ),
        "{text}"
    );
    assert!(
        text.contains("~ massnahmen[wlan].einzelpreis: 1.800,00 € → 2.000,00 €"),
        "{text}"
    );
    assert!(
        text.contains("diff --mep a/plaene/vergleichsstadt/split_1/gs-sued.toml"),
        "{text}"
    );
    assert!(
        text.contains("~ schulen[gs-sued].schueler: 180 → 195"),
        "{text}"
    );
    assert!(!text.contains("@@"), "no line diff: {text}");
    // A file added in a commit: everything in it is new.
    let plan = repo.join("plaene/vergleichsstadt");
    std::fs::copy(dir().join("cost_1.toml"), plan.join("neu.toml")).unwrap();
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "neuer Plan"]);
    let out = git(repo, &["diff", "HEAD~1", "HEAD"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("diff --mep a/plaene/vergleichsstadt/neu.toml"),
        "{text}"
    );
    assert!(
        text.contains("+ schulen[gs-nord] „Grundschule Nord“"),
        "{text}"
    );
}
