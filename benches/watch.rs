//! Benchmark: the live preview. Starts `mep render --watch` on a temporary copy of each
//! example, makes one-line edits (a school's student count) and measures edit → new PDF on
//! disk (the file replaced by a complete PDF); prints median and max per example. Then
//! 1,000 renders in a row, printing the watcher's resident memory (VmRSS, VmHWM from
//! /proc) at the start, every 100 renders and at the end. Run with
//! `cargo bench --bench watch`; `MEP_BENCH_EDITS` and `MEP_BENCH_RENDERS` change the counts,
//! `MEP_BENCH_BIN` runs another `mep` binary.
//! Linux only (inode of the output, /proc).

use std::io::{BufRead, BufReader};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long one render may take before the benchmark gives up (the first render of a
/// debug build, `cargo test --bench watch`, takes long).
const TIMEOUT: Duration = Duration::from_secs(300);
/// Pause after a new PDF before the next edit, so each edit is one render of its own.
const PAUSE: Duration = Duration::from_millis(150);

fn count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Copy `from` (the example folder, without its rendered documents) to `to`.
fn copy_plan(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_plan(&path, &target);
        } else if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// A running `mep render --watch`, its stderr drained by a thread.
struct Watch {
    child: Child,
    out: PathBuf,
}

impl Watch {
    fn start(plan: &Path, out: &Path) -> Watch {
        let _ = std::fs::remove_file(out);
        // Another build (e.g. an older one, for a before/after figure) via `MEP_BENCH_BIN`.
        let bin = std::env::var_os("MEP_BENCH_BIN")
            .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_mep")), PathBuf::from);
        let mut child = Command::new(bin)
            .args(["render", "--watch", "--force", "-o"])
            .arg(out)
            .arg(plan)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("mep starts");
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            let verbose = std::env::var_os("MEP_BENCH_VERBOSE").is_some();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if verbose {
                    eprintln!("  | {line}");
                }
            }
        });
        let watch = Watch {
            child,
            out: out.to_path_buf(),
        };
        watch.wait_for_pdf(None);
        watch
    }

    /// The output's identity (inode, size, modification time), if it exists.
    fn stamp(&self) -> Option<(u64, u64, i64, i64)> {
        let m = std::fs::metadata(&self.out).ok()?;
        Some((m.ino(), m.len(), m.mtime(), m.mtime_nsec()))
    }

    /// Wait until the output differs from `before` and is a complete PDF.
    fn wait_for_pdf(&self, before: Option<(u64, u64, i64, i64)>) -> Instant {
        let start = Instant::now();
        loop {
            let now = self.stamp();
            if now.is_some() && now != before && complete_pdf(&self.out) {
                return Instant::now();
            }
            assert!(start.elapsed() < TIMEOUT, "no new PDF within {TIMEOUT:?}");
            std::thread::sleep(Duration::from_micros(500));
        }
    }

    /// Resident and peak resident memory in MB.
    fn memory(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let kb = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
                .unwrap_or(0.0)
                / 1024.0
        };
        (kb("VmRSS:"), kb("VmHWM:"))
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn complete_pdf(path: &Path) -> bool {
    std::fs::read(path)
        .is_ok_and(|b| b.starts_with(b"%PDF-") && b.trim_ascii_end().ends_with(b"%%EOF"))
}

/// Raise the first `schueler = N` of `file` by one (the file is rewritten in place, as most
/// editors save). Never back to an earlier count: a document rendered before would come
/// whole out of typst's memo cache and flatter the figures.
fn edit(file: &Path) {
    let text = std::fs::read_to_string(file).unwrap();
    let at = text.find("\nschueler = ").expect("a student count") + "\nschueler = ".len();
    let end = at + text[at..].find('\n').unwrap();
    let old: usize = text[at..end].trim().parse().unwrap();
    let new = old + 1;
    std::fs::write(file, format!("{}{new}{}", &text[..at], &text[end..])).unwrap();
}

/// Edit → PDF latencies in ms over `edits` edits of `file`.
fn latencies(watch: &Watch, file: &Path, edits: usize) -> Vec<f64> {
    let mut ms = Vec::new();
    for _ in 0..edits {
        std::thread::sleep(PAUSE);
        let before = watch.stamp();
        let start = Instant::now();
        edit(file);
        let done = watch.wait_for_pdf(before);
        ms.push((done - start).as_secs_f64() * 1000.0);
    }
    ms
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-watch");
    let _ = std::fs::remove_dir_all(&tmp);
    let edits = count("MEP_BENCH_EDITS", 20);
    let renders = count("MEP_BENCH_RENDERS", 1000);
    let cases = [
        (
            "Musterstadt (12 Schulen, eine Datei)",
            "musterstadt",
            "plan.toml",
        ),
        (
            "Lindenau (40 Schulen, aufgeteilt)",
            "lindenau",
            "schulen/bs-friedrich-list.toml",
        ),
    ];
    println!("Watch: Änderung → neues PDF auf der Platte, {edits} Änderungen je Beispiel");
    for (label, dir, file) in cases {
        let copy = tmp.join(dir);
        copy_plan(&root.join("examples").join(dir), &copy);
        let watch = Watch::start(&copy.join("plan.toml"), &copy.join("vorschau.pdf"));
        let mut ms = latencies(&watch, &copy.join(file), edits);
        ms.sort_by(f64::total_cmp);
        println!(
            "  {label:<40} Median {:>6.0} ms   Max {:>6.0} ms",
            ms[ms.len() / 2],
            ms[ms.len() - 1]
        );
    }
    if renders == 0 {
        return;
    }
    println!("Speicher über {renders} Renderläufe (Musterstadt): VmRSS / VmHWM");
    let copy = tmp.join("musterstadt");
    let watch = Watch::start(&copy.join("plan.toml"), &copy.join("vorschau.pdf"));
    let show = |n: usize, (rss, hwm): (f64, f64)| {
        println!("  nach {n:>5} Läufen: {rss:>7.1} MB / {hwm:>7.1} MB");
    };
    show(1, watch.memory());
    let file = copy.join("plan.toml");
    for n in 1..renders {
        let before = watch.stamp();
        edit(&file);
        watch.wait_for_pdf(before);
        std::thread::sleep(Duration::from_millis(20));
        if (n + 1) % 100 == 0 || n + 1 == renders {
            show(n + 1, watch.memory());
        }
    }
}
