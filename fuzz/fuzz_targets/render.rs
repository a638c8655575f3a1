//! Render arbitrary bytes, read as a plan file, to Markdown, typst source and the context
//! JSON, as `mep render --force` would: whenever the plan can be read as a plan at all.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mep::profile::Profile;
use mep::render::Format;
use mep::render::document::{self, Input};
use mep::render::templates::TemplateSet;

fuzz_target!(|data: &[u8]| {
    let profile = Profile::standard();
    let report = mep::validate::check_path(mep_fuzz::plan_file(data), &profile);
    if report.plan.is_none() {
        return;
    }
    let templates = TemplateSet::new(None);
    for format in [Format::Md, Format::Typ, Format::Json] {
        let rendered = document::render(&Input {
            report: &report,
            profile: &profile,
            templates: &templates,
            format,
        });
        // The built-in templates accept every plan that was read.
        if let Err(e) = rendered {
            panic!("{format:?}: {e}");
        }
    }
});
