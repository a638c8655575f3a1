//! Load and check arbitrary bytes as a plan file, and print the report as a user sees it:
//! every input ends in a report, never in a panic, a hang or unbounded memory.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mep::i18n::Lang;
use mep::profile::Profile;

/// One folder per fuzzing process; the input is written to `plan.toml` in it, so the real
/// reading path (size limit, encoding, includes relative to the folder) is exercised.
static PLAN: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.toml");
    (dir, plan)
});

fuzz_target!(|data: &[u8]| {
    let plan = &PLAN.1;
    std::fs::write(plan, data).expect("write input");
    let report = mep::validate::check_path(plan, &Profile::standard());
    for lang in [Lang::De, Lang::En] {
        mep::print::human::render(&report, lang, false, Some(80));
    }
    let json = mep::print::json::render(std::slice::from_ref(&report), Lang::De);
    serde_json::from_str::<serde_json::Value>(&json).expect("the JSON report is JSON");
});
