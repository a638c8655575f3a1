//! Limits for applying templates. minijinja runs on fuel, but typst has none: a runaway
//! typst template (a `for` over a huge range, a gigabyte string) is stopped by a watchdog
//! on time and memory. The process then ends with a message and exit code 2, before any
//! output file is written. Memory is read from `/proc` on Linux and with the crate
//! `memory-stats` (`GetProcessMemoryInfo`) on Windows.

use std::io::Write;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::exit_code;
use crate::i18n::Lang;

/// Environment variable: seconds a document may take (default [`DEFAULT_SECONDS`]).
pub const TIME_VAR: &str = "MEP_ZEITLIMIT";
/// Environment variable: MiB of memory the process may use while rendering (default
/// [`DEFAULT_MIB`]).
pub const MEMORY_VAR: &str = "MEP_SPEICHERLIMIT";
pub const DEFAULT_SECONDS: u64 = 300;
pub const DEFAULT_MIB: u64 = 4096;

/// How often the watchdog looks.
const TICK: Duration = Duration::from_millis(100);

/// Run `work` (applying templates) under the time and memory limits.
pub fn guard<T>(lang: Lang, work: impl FnOnce() -> T) -> T {
    let seconds = limit(TIME_VAR, DEFAULT_SECONDS);
    let mib = limit(MEMORY_VAR, DEFAULT_MIB);
    let done = Arc::new((Mutex::new(false), Condvar::new()));
    let stderr = own_stderr();
    let watcher = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || watch(&done, seconds, mib, lang, stderr))
    };
    let result = work();
    let (flag, wake) = &*done;
    *flag.lock().unwrap_or_else(|e| e.into_inner()) = true;
    wake.notify_all();
    let _ = watcher.join();
    result
}

fn limit(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

/// Where the watchdog tells why it stopped. On Unix the caller may hold the lock on standard
/// error: write through a handle of its own.
#[cfg(unix)]
type StopWriter = std::fs::File;
/// On Windows standard error itself: a handle of its own would write bytes to the console
/// in its code page (umlauts garbled), while `Stderr` writes wide characters. The callers
/// hold no lock on standard error while templates are applied.
#[cfg(not(unix))]
type StopWriter = std::io::Stderr;

#[cfg(unix)]
fn own_stderr() -> Option<StopWriter> {
    use std::os::fd::AsFd;
    std::io::stderr()
        .as_fd()
        .try_clone_to_owned()
        .ok()
        .map(std::fs::File::from)
}

#[cfg(not(unix))]
fn own_stderr() -> Option<StopWriter> {
    Some(std::io::stderr())
}

fn watch(
    done: &(Mutex<bool>, Condvar),
    seconds: u64,
    mib: u64,
    lang: Lang,
    mut stderr: Option<StopWriter>,
) {
    let mut stop = |message: &str| -> ! {
        if let Some(err) = stderr.as_mut() {
            let _ = writeln!(
                err,
                "{}: {message}",
                crate::severity::Severity::Error.word(lang)
            );
        }
        std::process::exit(exit_code::UNUSABLE.into())
    };
    let start = Instant::now();
    let (flag, wake) = done;
    let mut finished = flag.lock().unwrap_or_else(|e| e.into_inner());
    while !*finished {
        if start.elapsed() > Duration::from_secs(seconds) {
            stop(lang.pick(
                &format!(
                    "Abbruch: Die Vorlage braucht länger als {seconds} s (Grenze `{TIME_VAR}`). Enthält sie eine Endlosschleife?"
                ),
                &format!(
                    "aborted: the template takes longer than {seconds} s (limit `{TIME_VAR}`); does it loop endlessly?"
                ),
            ));
        }
        if resident_mib().is_some_and(|used| used > mib) {
            stop(lang.pick(
                &format!(
                    "Abbruch: Die Vorlage braucht mehr als {mib} MiB Speicher (Grenze `{MEMORY_VAR}`)."
                ),
                &format!(
                    "aborted: the template needs more than {mib} MiB of memory (limit `{MEMORY_VAR}`)"
                ),
            ));
        }
        finished = wake
            .wait_timeout(finished, TICK)
            .map(|(guard, _)| guard)
            .unwrap_or_else(|e| e.into_inner().0);
    }
}

/// Resident memory of this process in MiB (Linux and Windows; elsewhere unknown).
#[cfg(not(windows))]
pub fn resident_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// The working set of this process in MiB.
#[cfg(windows)]
pub fn resident_mib() -> Option<u64> {
    let stats = memory_stats::memory_stats()?;
    Some(u64::try_from(stats.physical_mem).ok()? / (1024 * 1024))
}
