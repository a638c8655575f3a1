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

/// Resident memory (MiB) above which the memo cache is trimmed. Measured on the 400-school
/// plan (`cargo bench --bench render`): 300 peaked at 393–414 MB, 240 at 369–375 MB in
/// the same time; below 240 the peak hardly falls (the pages themselves stay), while
/// mid-sized plans (Lindenau, ~260 MB) pay for trimming in time.
pub const DEFAULT_MIB: u64 = 240;

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
                    // Entries used since the last trim survive (a table's cells are measured,
                    // then laid out); the rest is gone.
                    comemo::evict(1);
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
