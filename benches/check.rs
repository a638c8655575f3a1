//! Benchmark: generate a large plan (400 schools, 4,000 measures, split across files) and
//! measure `mep check` wall time and peak memory against the goals in `thresholds.toml`;
//! then a plan with a million findings of one rule, whose report keeps 100 and counts the
//! rest, in bounded memory. Run with `cargo bench --bench check`; it fails when a goal is
//! missed.

#[path = "support/plan_generator.rs"]
mod plan_generator;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use plan_generator::{children_peak_mb, flood, generate, run_measured, walk};

#[derive(serde::Deserialize)]
struct Thresholds {
    check: CheckGoals,
    befundflut: FloodGoals,
}

#[derive(serde::Deserialize)]
struct CheckGoals {
    schulen: usize,
    massnahmen: usize,
    dateien_massnahmen: usize,
    laeufe: usize,
    wall_ms_max: f64,
    peak_mb_max: f64,
}

#[derive(serde::Deserialize)]
struct FloodGoals {
    befunde: usize,
    laeufe: usize,
    wall_ms_max: f64,
    peak_mb_max: f64,
}

fn main() {
    let t: Thresholds = plan_generator::thresholds();
    let g = t.check;
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.join("bench-plan");
    generate(&dir, g.schulen, g.massnahmen, g.dateien_massnahmen);
    let bytes: u64 = walk(&dir);
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..g.laeufe {
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_mep"))
            .args(["check", "--format", "json", "plan.toml"])
            .current_dir(&dir)
            .stdout(Stdio::piped())
            .output()
            .unwrap();
        times.push(start.elapsed());
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
        assert_eq!(
            report["summary"]["errors"], 0,
            "the generated plan must be valid: {}",
            report["findings"][0]
        );
    }
    let (median, min) = plan_generator::median_min_ms(&mut times);
    let peak = children_peak_mb();
    println!(
        "mep check: {} schools, {} measures, {} files, {:.1} MB of TOML",
        g.schulen,
        g.massnahmen,
        g.schulen + g.dateien_massnahmen + 1,
        bytes as f64 / 1e6
    );
    let mut ok =
        plan_generator::against_goals(median, min, g.laeufe, g.wall_ms_max, peak, g.peak_mb_max);
    ok &= befundflut(tmp, &t.befundflut);
    println!("{}", if ok { "goals met" } else { "GOALS MISSED" });
    if !ok {
        std::process::exit(1);
    }
}

/// `mep check` of a plan with a million findings of one rule: the report shows the first
/// 100 and counts the rest; time and peak memory against their goals.
fn befundflut(tmp: &Path, g: &FloodGoals) -> bool {
    let dir = tmp.join("bench-befundflut");
    flood(&dir, g.befunde);
    let plan = dir.join("plan.toml");
    let out = Command::new(env!("CARGO_BIN_EXE_mep"))
        .args(["check", "--format", "json"])
        .arg(&plan)
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let e101: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "E101")
        .collect();
    assert_eq!(
        e101.len(),
        101,
        "100 findings E101 and one that counts the rest"
    );
    let rest = e101[100]["message"].as_str().unwrap_or_default();
    let expected = format!(
        "{} weitere Befunde E101",
        mep::format::zahl2((g.befunde - 100) as f64, 0).0
    );
    assert!(rest.contains(&expected), "{rest}");
    let mut times: Vec<Duration> = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..g.laeufe {
        let (wall, mb, code) = run_measured(
            Command::new(env!("CARGO_BIN_EXE_mep"))
                .args(["check", "--format", "json"])
                .arg(&plan),
        );
        assert_eq!(code, 1, "the plan has errors");
        times.push(wall);
        peak = peak.max(mb);
    }
    let (median, min) = plan_generator::median_min_ms(&mut times);
    println!(
        "mep check, {} findings E101 ({:.1} MB of TOML):",
        g.befunde,
        walk(&dir) as f64 / 1e6
    );
    plan_generator::against_goals(median, min, g.laeufe, g.wall_ms_max, peak, g.peak_mb_max)
}
