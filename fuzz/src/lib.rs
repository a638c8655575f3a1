//! Shared by the fuzz targets: each input becomes the `plan.toml` of a folder of its own
//! (one per fuzzing process), so the real reading path (size limit, encoding, includes
//! relative to the folder) is exercised.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

static PLAN: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.toml");
    (dir, plan)
});

/// Write `data` as the plan file and return its path.
pub fn plan_file(data: &[u8]) -> &'static Path {
    std::fs::write(&PLAN.1, data).expect("write input");
    &PLAN.1
}
