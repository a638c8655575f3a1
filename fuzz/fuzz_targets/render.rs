//! Render arbitrary bytes, read as a plan file, to Markdown, typst source and the context
//! JSON, as `mep render --force` would: whenever the plan can be read as a plan at all.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mep::cli::RenderFormat;
use mep::profile::Profile;
use mep::render::document::{self, Input};
use mep::render::templates::TemplateSet;

static PLAN: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.toml");
    (dir, plan)
});

fuzz_target!(|data: &[u8]| {
    let plan_path = &PLAN.1;
    std::fs::write(plan_path, data).expect("write input");
    let profile = Profile::standard();
    let report = mep::validate::check_path(plan_path, &profile);
    let Some(plan) = report.plan.as_ref() else {
        return;
    };
    let templates = TemplateSet::new(None);
    for format in [RenderFormat::Md, RenderFormat::Typ, RenderFormat::Json] {
        let rendered = document::render(&Input {
            report: &report,
            plan,
            profile: &profile,
            templates: &templates,
            folder: None,
            format,
        });
        // The built-in templates accept every plan that was read.
        if let Err(e) = rendered {
            panic!("{format:?}: {e}");
        }
    }
});
