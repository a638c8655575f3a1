//! The integration tests, one module per area, in one test binary: typst and the rest of the
//! dependency tree are linked once. Shared helpers live in `common`.

mod common;

mod abweichungen;
mod advice;
mod bad_input;
mod bad_pdf;
mod ci_formats;
mod cli;
mod completions;
mod diff;
mod diff_example;
mod diff_git;
mod example_breakages;
mod explain;
mod german_input;
mod handreichung;
mod help;
mod history;
mod init;
mod manpage;
mod outputs;
mod own_templates;
mod real_plan;
mod regressions;
mod release;
mod render;
mod rules;
mod snapshots;
mod stats;
mod template_safety;
mod vereinbarung;
mod windows_files;
