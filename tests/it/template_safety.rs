//! User templates (`--templates DIR`) come from consultants: they cannot read files outside
//! their folder and the plan folder, run commands, load typst packages, recurse without end
//! or loop forever. Every attempt ends with a located message, exit code 2 and no output.

use crate::common;

use std::fs;

use common::Run;

const PLAN: &str = "examples/musterstadt/plan.toml";

/// A template folder and an output folder that must stay empty.
struct Setup {
    _tmp: tempfile::TempDir,
    own: std::path::PathBuf,
    out: std::path::PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let own = tmp.path().join("vorlagen");
    let out = tmp.path().join("ausgabe");
    fs::create_dir(&own).unwrap();
    fs::create_dir(&out).unwrap();
    Setup {
        _tmp: tmp,
        own,
        out,
    }
}

/// Render the example with the template `name` = `text` in the folder, and check that it
/// failed without output.
fn refused(s: &Setup, name: &str, text: &str, env: &[(&str, &str)]) -> Run {
    fs::write(s.own.join(name), text).unwrap();
    let to = if name.ends_with(".typ") { "pdf" } else { "md" };
    let out = s.out.join(format!("plan.{to}"));
    let mut cmd = common::mep();
    cmd.args([
        "render",
        PLAN,
        "--templates",
        s.own.to_str().unwrap(),
        "--to",
        to,
        "-o",
        out.to_str().unwrap(),
    ])
    .current_dir(common::root());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let r = Run::from(cmd.output().unwrap());
    assert_eq!(r.code, 2, "{name}: {text}\n{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(
        fs::read_dir(&s.out).unwrap().count(),
        0,
        "{text}: no output, no temporary file"
    );
    fs::remove_file(s.own.join(name)).unwrap();
    r
}

fn says(r: &Run, what: &[&str]) {
    for w in what {
        assert!(r.stderr.contains(w), "expected {w:?} in:\n{}", r.stderr);
    }
}

#[test]
fn markdown_templates_read_no_files_outside_their_folder() {
    let s = setup();
    let secret = s.own.parent().unwrap().join("geheim.md");
    fs::write(&secret, "GEHEIM").unwrap();
    std::os::unix::fs::symlink(&secret, s.own.join("link.md")).unwrap();
    for include in ["../geheim.md", &secret.display().to_string(), "link.md"] {
        let r = refused(
            &s,
            "plan.md",
            &format!("# Plan\n\n{{% include \"{include}\" %}}\n"),
            &[],
        );
        says(&r, &["plan.md:3:", "template not found"]);
        assert!(!r.stdout.contains("GEHEIM") && !r.stderr.contains("GEHEIM"));
    }
    // The main template itself may not be a link out of the folder either.
    fs::remove_file(s.own.join("link.md")).unwrap();
    std::os::unix::fs::symlink(&secret, s.own.join("plan.md")).unwrap();
    let r = refused(&s, "dummy.md", "", &[]);
    fs::remove_file(s.own.join("plan.md")).unwrap();
    says(&r, &["zeigt aus dem Vorlagenordner heraus"]);
}

#[test]
fn markdown_templates_have_no_functions_for_files_or_commands() {
    let s = setup();
    for call in [
        "read_file(\"/etc/passwd\")",
        "include_str(\"/etc/passwd\")",
        "env(\"HOME\")",
        "system(\"id\")",
        "exec(\"id\")",
        "open(\"/etc/passwd\")",
    ] {
        let r = refused(&s, "plan.md", &format!("# Plan\n{{{{ {call} }}}}\n"), &[]);
        says(&r, &["plan.md:2:", "unknown function"]);
    }
}

#[test]
fn markdown_templates_stop_on_recursion_loops_and_huge_values() {
    let s = setup();
    let r = refused(
        &s,
        "plan.md",
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}\n{{ f(1) }}\n",
        &[],
    );
    says(&r, &["plan.md:1:", "recursion limit exceeded"]);
    let r = refused(
        &s,
        "plan.md",
        "{% for i in range(100000) %}\n{% for j in range(100000) %}x{% endfor %}{% endfor %}\n",
        &[],
    );
    says(&r, &["plan.md:2:", "ran out of fuel"]);
    let r = refused(&s, "plan.md", "{{ \"a\" * 1000000000 }}\n", &[]);
    says(&r, &["plan.md:1:", "too large"]);
}

#[test]
fn typst_templates_stop_on_recursion_endless_loops_and_runaway_work() {
    let s = setup();
    let head = "#let mep = json(bytes(sys.inputs.mep))\n";
    let r = refused(&s, "plan.typ", &format!("{head}#while true {{}}\n"), &[]);
    says(&r, &["plan.typ:2:", "condition is always true"]);
    let r = refused(
        &s,
        "plan.typ",
        &format!("{head}#let f(x) = f(x)\n#f(1)\n"),
        &[],
    );
    says(&r, &["plan.typ:2:", "maximum function call depth exceeded"]);
    // typst has no fuel: the watchdog stops work that runs too long or grows too large.
    let r = refused(
        &s,
        "plan.typ",
        &format!("{head}#let s = \"a\" * 1000000000\n#s.len()\n"),
        &[("MEP_ZEITLIMIT", "2")],
    );
    says(&r, &["Abbruch", "länger als 2 s", "MEP_ZEITLIMIT"]);
    let r = refused(
        &s,
        "plan.typ",
        &format!("{head}#for i in range(100000000) {{}}\n"),
        &[("MEP_SPEICHERLIMIT", "400")],
    );
    says(&r, &["Abbruch", "mehr als 400 MiB", "MEP_SPEICHERLIMIT"]);
}

#[test]
fn typst_templates_read_only_the_plan_folder_and_import_no_packages() {
    let s = setup();
    let outside = s.own.parent().unwrap().join("geheim.txt");
    fs::write(&outside, "GEHEIM").unwrap();
    // A plan folder (a copy of the example) with a link that points out of it.
    let plan_dir = s.own.parent().unwrap().join("plan");
    fs::create_dir(&plan_dir).unwrap();
    fs::copy(common::root().join(PLAN), plan_dir.join("plan.toml")).unwrap();
    std::os::unix::fs::symlink(&outside, plan_dir.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(s.own.parent().unwrap(), plan_dir.join("oben")).unwrap();

    let head = "#let mep = json(bytes(sys.inputs.mep))\n";
    for (source, message) in [
        ("#read(\"/etc/passwd\")", "file not found"),
        ("#read(\"../geheim.txt\")", "escape"),
        ("#read(\"../../../../../../etc/passwd\")", "escape"),
        ("#image(\"/etc/hostname\")", "file not found"),
        ("#json(\"/proc/self/environ\")", "file not found"),
        (
            "#import \"@preview/cetz:0.3.0\"",
            "does not load typst packages",
        ),
        (
            "#import \"@local/eigen:1.0.0\"",
            "does not load typst packages",
        ),
        ("#include \"/etc/passwd\"", "file not found"),
    ] {
        let r = refused(&s, "plan.typ", &format!("{head}{source}\n"), &[]);
        says(&r, &["plan.typ:2:", message]);
        assert!(!r.stderr.contains("root:"), "{}", r.stderr);
    }

    // Links in the plan folder that lead out of it, rendered from that folder.
    for source in ["#read(\"link.txt\")", "#read(\"oben/geheim.txt\")"] {
        fs::write(s.own.join("plan.typ"), format!("{head}{source}\n")).unwrap();
        let out = s.out.join("plan.pdf");
        let r = common::run_in(
            &plan_dir,
            &[
                "render",
                "plan.toml",
                "--templates",
                s.own.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(r.code, 2, "{source}: {}", r.stderr);
        says(&r, &["plan.typ:2:", "outside the plan folder"]);
        assert!(!out.exists());
    }

    // A typst file of the template folder that links out of it is not imported.
    std::os::unix::fs::symlink(&outside, s.own.join("lib.typ")).unwrap();
    let r = refused(&s, "plan.typ", &format!("{head}#import \"lib.typ\"\n"), &[]);
    says(&r, &["zeigt aus dem Vorlagenordner heraus"]);
}

#[test]
fn replaced_template_parts_stay_inside_the_folder_and_under_the_size_limit() {
    let s = setup();
    let outside = s.own.parent().unwrap().join("draussen");
    fs::create_dir(&outside).unwrap();
    fs::write(outside.join("kosten.typ"), "GEHEIM").unwrap();
    // A chapter file linked out of the folder, then the chapter folder itself.
    fs::create_dir(s.own.join("kapitel")).unwrap();
    std::os::unix::fs::symlink(outside.join("kosten.typ"), s.own.join("kapitel/kosten.typ"))
        .unwrap();
    let r = refused(&s, "leer.typ", "", &[]);
    says(
        &r,
        &["kapitel/kosten.typ", "zeigt aus dem Vorlagenordner heraus"],
    );
    fs::remove_dir_all(s.own.join("kapitel")).unwrap();
    std::os::unix::fs::symlink(&outside, s.own.join("kapitel")).unwrap();
    let r = refused(&s, "leer.typ", "", &[]);
    says(
        &r,
        &["kapitel/kosten.typ", "zeigt aus dem Vorlagenordner heraus"],
    );
    assert!(!r.stderr.contains("GEHEIM"), "{}", r.stderr);
    fs::remove_file(s.own.join("kapitel")).unwrap();
    // A chapter file too large to be a template.
    fs::create_dir(s.own.join("kapitel")).unwrap();
    let big = fs::File::create(s.own.join("kapitel/anhang.typ")).unwrap();
    big.set_len(5 * 1024 * 1024).unwrap();
    let r = refused(&s, "leer.typ", "", &[]);
    says(&r, &["kapitel/anhang.typ", "höchstens / at most 4 MiB"]);
}
