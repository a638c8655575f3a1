//! Benchmark: generate a large plan (400 schools, 4,000 measures, split across files) and
//! measure `mep check` wall time and peak memory against the goals in `thresholds.toml`.
//! Run with `cargo bench`; it fails when a goal is missed.

#[path = "support/plan_generator.rs"]
mod plan_generator;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use plan_generator::{children_peak_mb, generate, walk};

#[derive(serde::Deserialize)]
struct Thresholds {
    check: CheckGoals,
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

fn main() {
    let t: Thresholds = plan_generator::thresholds();
    let g = t.check;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-plan");
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
    plan_generator::verdict(median, min, g.laeufe, g.wall_ms_max, peak, g.peak_mb_max);
}
