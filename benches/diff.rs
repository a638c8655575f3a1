//! Benchmark: `mep diff` of two generated versions of a large plan, the second with a share
//! of its fields changed, against the goals in `thresholds.toml`. Run with
//! `cargo bench --bench diff`; it fails when a goal is missed.

#[path = "support/plan_generator.rs"]
mod plan_generator;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use plan_generator::{change_fields, generate, run_measured};

#[derive(serde::Deserialize)]
struct Thresholds {
    diff: DiffGoals,
}

#[derive(serde::Deserialize)]
struct DiffGoals {
    schulen: usize,
    massnahmen: usize,
    dateien_massnahmen: usize,
    anteil_geaendert: f64,
    laeufe: usize,
    wall_ms_max: f64,
    peak_mb_max: f64,
}

fn main() {
    let t: Thresholds = plan_generator::thresholds();
    let g = t.diff;
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let (alt, neu) = (tmp.join("bench-diff-alt"), tmp.join("bench-diff-neu"));
    generate(&alt, g.schulen, g.massnahmen, g.dateien_massnahmen);
    let (fields, changed) = change_fields(&alt, &neu, g.anteil_geaendert);
    let (a, b) = (alt.join("plan.toml"), neu.join("plan.toml"));
    // The diff must find what was changed: one change per changed field.
    let out = Command::new(env!("CARGO_BIN_EXE_mep"))
        .args(["diff", "--to", "json"])
        .args([&a, &b])
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the versions differ");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON diff");
    let found = report["summary"]["total"].as_u64().unwrap() as usize;
    assert_eq!(found, changed, "one change per changed field");
    let mut times: Vec<Duration> = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..g.laeufe {
        let (wall, mb, code) = run_measured(
            Command::new(env!("CARGO_BIN_EXE_mep"))
                .args(["diff", "--to", "json"])
                .args([&a, &b]),
        );
        assert_eq!(code, 1);
        times.push(wall);
        peak = peak.max(mb);
    }
    let (median, min) = plan_generator::median_min_ms(&mut times);
    println!(
        "mep diff: {} schools, {} measures, {fields} fields, {changed} changed ({:.1} %)",
        g.schulen,
        g.massnahmen,
        changed as f64 * 100.0 / fields as f64
    );
    plan_generator::verdict(median, min, g.laeufe, g.wall_ms_max, peak, g.peak_mb_max);
}
