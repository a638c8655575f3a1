//! `mep completions`: the scripts the shells load. Bash is run for real (the completion
//! function called as bash calls it on Tab); zsh, fish and PowerShell are not installed
//! here, so their scripts are checked for naming every command.

use std::process::Command;

use crate::common::{mep, run};

/// What bash offers after the words typed so far (the last word is the one being completed).
fn bash_offers(words: &[&str]) -> Vec<String> {
    let script = run(&["completions", "bash"]);
    assert_eq!(script.code, 0, "{}", script.stderr);
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let call = format!(
        "{}\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n\
         _mep mep \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.stdout,
        quoted.join(" "),
        words.len() - 1
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &call])
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_offers_the_commands() {
    let offered = bash_offers(&["mep", ""]);
    for name in crate::common::commands() {
        assert!(offered.contains(&name), "{name}: {offered:?}");
    }
    assert_eq!(bash_offers(&["mep", "ch"]), ["check"]);
    assert_eq!(bash_offers(&["mep", "comp"]), ["completions"]);
}

#[test]
fn bash_offers_options_and_values() {
    let offered = bash_offers(&["mep", "check", "--f"]);
    assert_eq!(offered, ["--format"]);
    let mut offered = bash_offers(&["mep", "render", "plan.toml", "--format", ""]);
    offered.sort();
    assert_eq!(offered, ["json", "md", "pdf", "typ"]);
}

#[test]
fn every_shell_gets_a_script_naming_every_command() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        for lang in ["de", "en"] {
            let r = run(&["--lang", lang, "completions", shell]);
            assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
            assert!(r.stderr.is_empty(), "{shell}: {}", r.stderr);
            for name in crate::common::commands() {
                assert!(
                    r.stdout.contains(name.as_str()),
                    "{shell} {lang}: no {name}"
                );
            }
        }
    }
    // Descriptions, where the shell shows them, in the language of the messages.
    let zsh = run(&["completions", "zsh"]).stdout;
    assert!(zsh.contains("Prüft Pläne"), "{zsh}");
    let fish = mep()
        .args(["completions", "fish"])
        .env("MEP_LANG", "en")
        .output()
        .unwrap();
    let fish = String::from_utf8(fish.stdout).unwrap();
    assert!(fish.contains("Check plans"), "{fish}");
}

#[test]
fn an_unknown_shell_is_a_usage_error_in_german() {
    let r = run(&["completions", "cmd"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr.contains("ungültiger Wert 'cmd'")
            && r.stderr.contains("bash, zsh, fish, powershell"),
        "{}",
        r.stderr
    );
}
