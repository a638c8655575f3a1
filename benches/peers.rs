//! Benchmark: mep against the tools a user would otherwise reach for, on the same content,
//! printed as ratios (median wall time, peak memory) for the README's performance table:
//! - `mep check` of the generated 400-school plan against check-jsonschema and taplo
//!   validating the same plan merged into one file against the committed JSON Schema;
//! - `mep render` of Musterstadt against the typst compiler (the `typst` Python package, or
//!   a `typst` CLI on the PATH) compiling mep's `--to typ` output;
//! - `mep diff` of two versions of the generated plan against `diff -ru` of their folders.
//!
//! A peer that is not installed is skipped with a note. Run with `cargo bench --bench peers`
//! (release build); it measures and prints, it sets no goals.

#[path = "support/plan_generator.rs"]
mod plan_generator;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use plan_generator::{change_fields, generate, median_min_ms, run_measured};

/// Runs of each command; the median counts.
const RUNS: usize = 5;

/// Median wall time in ms and highest peak memory in MB over [`RUNS`] runs; `None` when the
/// command cannot run or fails (exit code above `max_code`).
fn measure(mut make: impl FnMut() -> Command, max_code: i32) -> Option<(f64, f64)> {
    let mut times: Vec<Duration> = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..RUNS {
        let (wall, mb, code) = run_measured(&mut make());
        if !(0..=max_code).contains(&code) {
            return None;
        }
        times.push(wall);
        peak = peak.max(mb);
    }
    Some((median_min_ms(&mut times).0, peak))
}

fn mep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mep"))
}

/// Whether `program args…` runs at all.
fn available(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn compare(what: &str, mine: (f64, f64), peer: &str, theirs: Option<(f64, f64)>) {
    match theirs {
        None => println!("{what}: {peer} not installed or failed, skipped"),
        Some((t, mb)) => println!(
            "{what}: mep {:.0} ms, {:.0} MB; {peer} {t:.0} ms, {mb:.0} MB; \
             time mep/{peer} = {:.2} ({:.1}× {}), peak mep/{peer} = {:.2}",
            mine.0,
            mine.1,
            mine.0 / t,
            if mine.0 <= t { t / mine.0 } else { mine.0 / t },
            if mine.0 <= t { "faster" } else { "slower" },
            mine.1 / mb
        ),
    }
}

/// The split plan in `dir` as one file: the main file without `einbinden`, then every
/// included file (they hold only arrays of tables, which may follow in any order).
fn merged(dir: &Path, to: &Path) {
    let main = std::fs::read_to_string(dir.join("plan.toml")).unwrap();
    let (head, rest) = main.split_once("einbinden = [").unwrap();
    let (list, tail) = rest.split_once("]\n").unwrap();
    let mut text = format!("{head}{tail}");
    for rel in list.split('"').filter(|s| s.ends_with(".toml")) {
        text.push('\n');
        text.push_str(&std::fs::read_to_string(dir.join(rel)).unwrap());
    }
    std::fs::write(to, text).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let schema = root.join("plan-templates/mep.schema.json");
    println!("median of {RUNS} runs each; ratio < 1: mep is faster or smaller");

    // check: 400 schools, 4,000 measures in 441 files, as `benches/check.rs`.
    let plan = tmp.join("bench-peers-plan");
    generate(&plan, 400, 4000, 40);
    let one = tmp.join("bench-peers-merged.toml");
    merged(&plan, &one);
    let mine = measure(
        || {
            let mut c = mep();
            c.args(["check", "--format", "json"])
                .arg(plan.join("plan.toml"));
            c
        },
        0,
    )
    .expect("mep check of the generated plan");
    let jsonschema = available("check-jsonschema", &["--version"])
        .then(|| {
            measure(
                || {
                    let mut c = Command::new("check-jsonschema");
                    c.arg("--schemafile").arg(&schema).arg(&one);
                    c
                },
                1,
            )
        })
        .flatten();
    compare("check (400 schools)", mine, "check-jsonschema", jsonschema);
    // taplo 0.9 exits with 1 even for `--version`: that it starts is enough.
    let taplo = Command::new("taplo")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
        .then(|| {
            measure(
                || {
                    let mut c = Command::new("taplo");
                    c.args(["lint", "--no-auto-config", "--schema"])
                        .arg(format!("file://{}", schema.display()))
                        .arg(&one);
                    c
                },
                1,
            )
        })
        .flatten();
    compare("check (400 schools)", mine, "taplo", taplo);

    // render: Musterstadt, against typst compiling mep's own typst source of it.
    let muster = tmp.join("bench-peers-musterstadt");
    let _ = std::fs::remove_dir_all(&muster);
    copy_dir(&root.join("examples/musterstadt"), &muster);
    let pdf = muster.join("bench.pdf");
    let mine = measure(
        || {
            let mut c = mep();
            c.args(["render", "--to", "pdf", "-o"])
                .arg(&pdf)
                .arg(muster.join("plan.toml"));
            c
        },
        0,
    )
    .expect("mep render of Musterstadt");
    let typ = muster.join("bench.typ");
    let status = mep()
        .args(["render", "--to", "typ", "-o"])
        .arg(&typ)
        .arg(muster.join("plan.toml"))
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "mep render --to typ");
    let peer_pdf = muster.join("bench-typst.pdf");
    let (peer, theirs) = if available("typst", &["--version"]) {
        let theirs = measure(
            || {
                let mut c = Command::new("typst");
                c.arg("compile")
                    .arg("--root")
                    .arg(&muster)
                    .arg(&typ)
                    .arg(&peer_pdf);
                c
            },
            0,
        );
        ("typst CLI", theirs)
    } else if available("python3", &["-c", "import typst"]) {
        let script = format!(
            "import typst; typst.compile({:?}, output={:?}, root={:?})",
            typ.display().to_string(),
            peer_pdf.display().to_string(),
            muster.display().to_string()
        );
        let theirs = measure(
            || {
                let mut c = Command::new("python3");
                c.args(["-c", &script]);
                c
            },
            0,
        );
        ("typst (Python package)", theirs)
    } else {
        ("typst", None)
    };
    compare("render Musterstadt", mine, peer, theirs);

    // diff: two versions of the generated plan, 5 % of the fields changed, as `benches/diff.rs`.
    let (alt, neu): (PathBuf, PathBuf) = (tmp.join("bench-peers-alt"), tmp.join("bench-peers-neu"));
    generate(&alt, 400, 4000, 40);
    change_fields(&alt, &neu, 0.05);
    let mine = measure(
        || {
            let mut c = mep();
            c.args(["diff", "--to", "json"])
                .arg(alt.join("plan.toml"))
                .arg(neu.join("plan.toml"));
            c
        },
        1,
    )
    .expect("mep diff");
    let theirs = available("diff", &["--version"])
        .then(|| {
            measure(
                || {
                    let mut c = Command::new("diff");
                    c.arg("-ru").arg(&alt).arg(&neu);
                    c
                },
                1,
            )
        })
        .flatten();
    compare("diff (400 schools, 5 % changed)", mine, "diff -ru", theirs);
}
