//! A memory budget for typst's memo cache. typst memoises every layout step (with a record
//! of what each step looked at) so that the next layout iteration, or the next render in
//! `--watch`, can reuse it; for a long document (the 400-school plan: 125 pages of tables)
//! that cache, not the document, is most of the memory. While a document is compiled and
//! exported, a thread looks at the process's resident memory every [`TICK`]; above the
//! budget it evicts what the cache has not used since its last look. Below the budget
//! (the examples, a live preview) nothing changes. Memoisation is transparent, so the
//! document is the same byte for byte; only time is traded for memory.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use ::typst::comemo;

/// Resident memory (MiB) above which the memo cache is trimmed. Measured with the release
/// build (`/usr/bin/time -f %M`, three runs each, allocator as in [`crate::allocator`]):
/// the 400-school plan peaks at 356–360 MB with 250 and [`TRIM_AGE`] 2, at 380 MB with
/// 270, at ~395 MB with 300 (where evicting everything above 350 did not help: the freed
/// entries lie between live pages). Lindenau (255 MB) and Musterstadt (194 MB) stay below
/// it (`cargo bench --bench render`: 0.71 s, 0.49 s).
pub const DEFAULT_MIB: u64 = 250;

/// How many looks an entry may go unused before a trim drops it. With 1, the entries of one
/// layout iteration were gone before the next could reuse them: Lindenau took 1.05 s
/// instead of 0.8 s under a budget of 240–250.
const TRIM_AGE: usize = 2;

/// How often the resident memory is looked at while typst works.
const TICK: Duration = Duration::from_millis(20);

static BUDGET_MIB: AtomicU64 = AtomicU64::new(DEFAULT_MIB);

/// How often the cache was trimmed in this process.
static TRIMS: AtomicUsize = AtomicUsize::new(0);

/// Set the budget for the rest of the process (`--watch` raises it so a live preview keeps
/// its cache; tests use a tiny one to trim all the time).
pub fn set_budget_mib(mib: u64) {
    BUDGET_MIB.store(mib, Ordering::Relaxed);
}

/// Run `work` (a typst compilation or export) with the memo cache trimmed above the budget.
pub(super) fn within<T>(work: impl FnOnce() -> T) -> T {
    let done = AtomicBool::new(false);
    std::thread::scope(|s| {
        let trimmer = s.spawn(|| {
            while !done.load(Ordering::Acquire) {
                std::thread::park_timeout(TICK);
                if done.load(Ordering::Acquire) {
                    break;
                }
                if crate::commands::watchdog::resident_mib()
                    .is_some_and(|used| used > BUDGET_MIB.load(Ordering::Relaxed))
                {
                    // Entries used in the last few looks survive (a table's cells are
                    // measured, then laid out; the next layout iteration reuses the last
                    // one's); the rest is gone.
                    comemo::evict(TRIM_AGE);
                    TRIMS.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
        let result = work();
        done.store(true, Ordering::Release);
        trimmer.thread().unpark();
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::typst::{Job, compile_pdf};

    /// Twelve chapters of tables with a table of contents: several layout iterations.
    fn long_job() -> Job {
        Job {
            main: "#outline()\n#for i in range(12) [= Kapitel #i\n#table(columns: 4, ..range(80).map(str))\n]"
                .into(),
            main_name: "plan.typ".into(),
            sources: Vec::new(),
            inputs: Vec::new(),
            assets_root: None,
            date: (2026, 1, 1),
            ident: "budget".into(),
        }
    }

    #[test]
    fn a_trimmed_cache_gives_the_same_document() {
        let job = long_job();
        set_budget_mib(0);
        let before = TRIMS.load(Ordering::Relaxed);
        let trimmed = compile_pdf(&job).expect("compiles").0;
        let trims = TRIMS.load(Ordering::Relaxed) - before;
        set_budget_mib(DEFAULT_MIB);
        comemo::evict(0);
        let untrimmed = compile_pdf(&job).expect("compiles").0;
        assert!(trims > 0, "the cache was never trimmed");
        assert!(trimmed == untrimmed, "trimming changed the document");
    }
}
