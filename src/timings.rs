//! Stage timings for performance work: with the environment variable `MEP_TIMINGS` set,
//! each timed stage prints `mep-timing STAGE MS` to standard error. Off by default; not a
//! user feature (the watch benchmark and profiling read it).

use std::sync::LazyLock;
use std::time::Instant;

static ON: LazyLock<bool> = LazyLock::new(|| std::env::var_os("MEP_TIMINGS").is_some());

/// Run `stage`, printing its wall time when timings are on.
pub fn timed<T>(name: &str, stage: impl FnOnce() -> T) -> T {
    if !*ON {
        return stage();
    }
    let start = Instant::now();
    let out = stage();
    eprintln!(
        "mep-timing {name} {:.1}",
        start.elapsed().as_secs_f64() * 1000.0
    );
    out
}
