//! Helpers shared by the integration tests: run the real `mep` binary like a user would.

use std::path::Path;
use std::process::{Command, Stdio};

/// Output of one `mep` run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

impl From<std::process::Output> for Run {
    /// A finished run; a run ended by a signal (a crash) fails the test.
    fn from(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().expect("exit code (no signal)"),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// `mep` with a neutral environment: German, no colour, no backtraces.
pub fn mep() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mep"));
    c.env_remove("MEP_LANG")
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0");
    c
}

/// Run `mep ARGS` in `dir`.
pub fn run_in(dir: impl AsRef<Path>, args: &[&str]) -> Run {
    let out = mep()
        .args(args)
        .current_dir(dir.as_ref())
        .stdin(Stdio::null())
        .output()
        .expect("mep runs");
    Run::from(out)
}

/// Run `mep ARGS` in the crate root.
pub fn run(args: &[&str]) -> Run {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// `(code, line, column)` of every finding in a JSON report.
pub fn findings(report: &serde_json::Value) -> Vec<(String, u64, u64)> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap_or(0),
                f["column"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// The crate root: examples, templates and fixtures are found from here.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A folder under `tests/fixtures/`.
pub fn fixtures(sub: &str) -> std::path::PathBuf {
    root().join("tests/fixtures").join(sub)
}

/// Spawns `mep` with the given arguments and writes its peak resident set (KiB) to a file.
/// The kernel counts a spawning process's memory into the child's `ru_maxrss` (the child
/// runs in the spawner's address space until `exec`), so `mep` is spawned from this small
/// Python process, not from the test binary, whose own peak may be hundreds of MiB.
const MEASURE: &str = "import os, resource, subprocess, sys
p = subprocess.run(sys.argv[2:])
open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
if p.returncode < 0:
    os.kill(os.getpid(), -p.returncode)
sys.exit(p.returncode)
";

/// Run `mep ARGS` in `dir` with `stdin`, and return the run and the peak memory (resident
/// set) of the `mep` process in MiB.
pub fn run_measured(dir: &Path, args: &[&str], stdin: Stdio) -> (Run, u64) {
    let peak = tempfile::NamedTempFile::new().unwrap();
    let out = Command::new("python3")
        .args(["-c", MEASURE])
        .arg(peak.path())
        .arg(env!("CARGO_BIN_EXE_mep"))
        .args(args)
        .env_remove("MEP_LANG")
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        .current_dir(dir)
        .stdin(stdin)
        .output()
        .expect("python3 runs mep");
    let run = Run::from(out);
    let kib: u64 = std::fs::read_to_string(peak.path())
        .unwrap()
        .trim()
        .parse()
        .expect("peak memory in KiB");
    (run, kib / 1024)
}

/// Text of a PDF as `pdftotext` gives it, whitespace collapsed.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed; .ci/run installs it");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names of mep's commands, from the CLI definition (so a new command is covered by
/// every test that walks them).
pub fn commands() -> Vec<String> {
    use clap::CommandFactory;
    mep::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect()
}

/// root reads and writes every file and folder: run as `nobody`, as a user would, so a
/// missing permission shows.
pub fn as_nobody_if_root(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: `geteuid` has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setgid(65534) != 0 || libc::setuid(65534) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
}
