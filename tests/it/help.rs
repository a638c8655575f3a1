//! `--help` as users see it, German and English (snapshots), and no English placeholder of
//! clap left in the German help.

use crate::common::mep;

/// `mep ARGS` at 100 columns, the output of `--help`.
fn help(args: &[&str], lang: Option<&str>) -> String {
    let mut cmd = mep();
    cmd.args(args).env("COLUMNS", "100");
    if let Some(lang) = lang {
        cmd.env("MEP_LANG", lang);
    }
    let out = cmd.output().expect("mep runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_help_as_users_see_it() {
    insta::assert_snapshot!("mep_help_de", help(&["--help"], None));
    insta::assert_snapshot!("mep_help_en", help(&["--help"], Some("en")));
    insta::assert_snapshot!("check_help_de", help(&["check", "--help"], None));
    insta::assert_snapshot!("check_help_en", help(&["check", "--help"], Some("en")));
}

/// Every command's German help, short and long: clap's English words for the usage
/// placeholder, defaults, possible values, aliases and environment variables are not left in.
#[test]
fn no_english_placeholder_in_the_german_help() {
    for command in std::iter::once(String::new()).chain(crate::common::commands()) {
        for flag in ["-h", "--help"] {
            let args: Vec<&str> = [command.as_str(), flag]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect();
            let text = help(&args, None);
            assert!(text.contains("Aufruf: mep"), "{args:?}:\n{text}");
            for english in [
                "[OPTIONS]",
                "Usage",
                "Options:",
                "possible values",
                "Possible values",
                "[default",
                "[env",
                "[aliases",
                "[alias",
            ] {
                assert!(!text.contains(english), "{english} in {args:?}:\n{text}");
            }
        }
    }
}
