//! Benchmark: render both examples and a generated 400-school plan to PDF and measure wall
//! time and peak memory of each run against the goals in `thresholds.toml`. Run with
//! `cargo bench --bench render`; it fails when a goal is missed.

#[path = "support/plan_generator.rs"]
mod plan_generator;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use plan_generator::{generate, run_measured};

#[derive(serde::Deserialize)]
struct Thresholds {
    render: RenderGoals,
}

#[derive(serde::Deserialize)]
struct RenderGoals {
    schulen: usize,
    massnahmen: usize,
    dateien_massnahmen: usize,
    laeufe: usize,
    beispiel_wall_ms_max: f64,
    gross_wall_ms_max: f64,
    peak_mb_max: f64,
}

/// Median wall time in ms and highest peak memory in MB over `runs` renders of `plan`.
fn measure(plan: &Path, out: &Path, runs: usize) -> (f64, f64, u64) {
    let mut times: Vec<Duration> = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..runs {
        let (wall, mb, code) = run_measured(
            Command::new(env!("CARGO_BIN_EXE_mep"))
                .args(["render", "--to", "pdf", "-o"])
                .arg(out)
                .arg(plan),
        );
        assert_eq!(code, 0, "rendering {} failed", plan.display());
        times.push(wall);
        peak = peak.max(mb);
    }
    let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    (plan_generator::median_min_ms(&mut times).0, peak, size)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let t: Thresholds = plan_generator::thresholds();
    let g = t.render;
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let gross = tmp.join("bench-render-plan");
    generate(&gross, g.schulen, g.massnahmen, g.dateien_massnahmen);
    let cases = [
        (
            "Beispiel Musterstadt (12 Schulen)",
            root.join("examples/musterstadt/plan.toml"),
            g.beispiel_wall_ms_max,
        ),
        (
            "Beispiel Lindenau (40 Schulen)",
            root.join("examples/lindenau/plan.toml"),
            g.beispiel_wall_ms_max,
        ),
        (
            "erzeugter Plan (400 Schulen)",
            gross.join("plan.toml"),
            g.gross_wall_ms_max,
        ),
    ];
    let mut ok = true;
    for (name, plan, goal) in cases {
        let out = tmp.join("bench-render.pdf");
        let (median, peak, size) = measure(&plan, &out, g.laeufe);
        let met = median < goal && peak < g.peak_mb_max;
        ok &= met;
        println!(
            "{name}: median {median:.0} ms over {} runs (goal < {goal} ms), peak {peak:.0} MB (goal < {} MB), PDF {:.1} MB{}",
            g.laeufe,
            g.peak_mb_max,
            size as f64 / 1e6,
            if met { "" } else { "  MISSED" }
        );
    }
    println!("{}", if ok { "goals met" } else { "GOALS MISSED" });
    if !ok {
        std::process::exit(1);
    }
}
