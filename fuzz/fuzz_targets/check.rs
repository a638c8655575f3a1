//! Load and check arbitrary bytes as a plan file, and print the report as a user sees it:
//! every input ends in a report, never in a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mep::i18n::Lang;
use mep::profile::Profile;

fuzz_target!(|data: &[u8]| {
    let report = mep::validate::check_path(mep_fuzz::plan_file(data), &Profile::standard());
    for lang in [Lang::De, Lang::En] {
        mep::print::human::render(&report, lang, false, Some(80));
    }
    let json = mep::print::json::render(std::slice::from_ref(&report), Lang::De);
    serde_json::from_str::<serde_json::Value>(&json).expect("the JSON report is JSON");
});
