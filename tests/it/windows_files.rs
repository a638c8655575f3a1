//! Files as Windows users have them: saved by Notepad or Word with CRLF line endings and a
//! UTF-8 byte order mark, and a PDF held open by a viewer while it is rendered again.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{self, root, run_in};

/// The Musterstadt plan saved three ways in one folder: as committed (LF), with CRLF, and
/// with CRLF and a byte order mark.
fn three_ways() -> (tempfile::TempDir, [PathBuf; 3]) {
    let tmp = tempfile::tempdir().unwrap();
    let lf = fs::read_to_string(root().join("examples/musterstadt/plan.toml")).unwrap();
    assert!(
        !lf.contains('\r'),
        "the committed example has LF line endings"
    );
    let crlf = lf.replace('\n', "\r\n");
    let bom = format!("\u{feff}{crlf}");
    let paths = [("lf", lf), ("crlf", crlf), ("bom", bom)].map(|(name, text)| {
        let dir = tmp.path().join(name);
        fs::create_dir(&dir).unwrap();
        let plan = dir.join("plan.toml");
        fs::write(&plan, text).unwrap();
        plan
    });
    (tmp, paths)
}

fn rel(tmp: &Path, plan: &Path) -> String {
    plan.strip_prefix(tmp)
        .unwrap()
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn line_endings_and_a_byte_order_mark_change_no_check_finding() {
    let (tmp, plans) = three_ways();
    let reports: Vec<_> = plans
        .iter()
        .map(|p| {
            let r = run_in(
                tmp.path(),
                &["check", &rel(tmp.path(), p), "--format", "json"],
            );
            assert!(r.code <= 1, "{}", r.stderr);
            common::findings(&r.json())
        })
        .collect();
    assert!(
        !reports[0].is_empty(),
        "the example has findings to compare"
    );
    assert_eq!(reports[0], reports[1], "CRLF");
    assert_eq!(reports[0], reports[2], "CRLF and BOM");
}

#[test]
fn line_endings_and_a_byte_order_mark_change_no_rendered_byte() {
    let (tmp, plans) = three_ways();
    let docs: Vec<_> = plans
        .iter()
        .map(|p| {
            let out = p.with_extension("md");
            let r = run_in(
                tmp.path(),
                &[
                    "render",
                    &rel(tmp.path(), p),
                    "--to",
                    "md",
                    "-o",
                    out.to_str().unwrap(),
                ],
            );
            assert_eq!(r.code, 0, "{}", r.stderr);
            fs::read(&out).unwrap()
        })
        .collect();
    assert!(docs[0] == docs[1], "CRLF renders differently");
    assert!(docs[0] == docs[2], "CRLF and BOM render differently");
}

#[test]
fn line_endings_and_a_byte_order_mark_are_no_change() {
    let (tmp, [lf, crlf, bom]) = three_ways();
    let text = fs::read_to_string(&lf).unwrap();
    assert!(
        text.contains("\"\"\"\n"),
        "the example has multi-line texts, the case this is about"
    );
    for (old, new) in [(&lf, &crlf), (&lf, &bom), (&bom, &lf), (&crlf, &bom)] {
        let (old, new) = (rel(tmp.path(), old), rel(tmp.path(), new));
        let r = run_in(tmp.path(), &["diff", &old, &new]);
        assert_eq!(r.code, 0, "{old} → {new}: {}{}", r.stdout, r.stderr);
        assert!(r.stdout.contains("Keine Unterschiede."), "{}", r.stdout);
        let j = run_in(tmp.path(), &["diff", &old, &new, "--to", "json"]).json();
        assert_eq!(j["summary"]["total"], 0, "{old} → {new}: {j}");
    }
}

#[test]
fn a_changed_text_in_a_crlf_plan_is_still_a_change() {
    let (tmp, [lf, crlf, _]) = three_ways();
    let edited = fs::read_to_string(&crlf)
        .unwrap()
        .replacen("\"\"\"\r\n", "\"\"\"\r\nNeu: ", 1);
    fs::write(&crlf, edited).unwrap();
    let r = run_in(
        tmp.path(),
        &["diff", &rel(tmp.path(), &lf), &rel(tmp.path(), &crlf)],
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Neu:"), "{}", r.stdout);
}

/// The Linux stand-in for a PDF held open by a viewer on Windows: the old document in a
/// folder nobody may write to. `mep` names the likely cause and what to do, exits with 2
/// and leaves the old file as it was.
#[test]
fn a_document_that_cannot_be_replaced_is_explained_and_kept() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let plan = tmp.path().join("plan.toml");
    fs::copy(root().join("examples/musterstadt/plan.toml"), &plan).unwrap();
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o644)).unwrap();
    let ausgabe = tmp.path().join("ausgabe");
    fs::create_dir(&ausgabe).unwrap();
    let old = ausgabe.join("plan.md");
    fs::write(&old, "alte Fassung").unwrap();
    fs::set_permissions(&old, fs::Permissions::from_mode(0o444)).unwrap();
    fs::set_permissions(&ausgabe, fs::Permissions::from_mode(0o555)).unwrap();
    for (lang, expected) in [
        ("de", "Die Datei ist in einem anderen Programm geöffnet"),
        ("en", "the file is open in another program"),
    ] {
        let mut cmd = common::mep();
        cmd.args([
            "--lang",
            lang,
            "render",
            "plan.toml",
            "--to",
            "md",
            "-o",
            "ausgabe/plan.md",
        ])
        .current_dir(tmp.path());
        common::as_nobody_if_root(&mut cmd);
        let r = common::Run::from(cmd.output().expect("mep runs"));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("`ausgabe/plan.md`"), "{}", r.stderr);
        assert!(r.stderr.contains(expected), "{}", r.stderr);
        assert_eq!(fs::read_to_string(&old).unwrap(), "alte Fassung");
        let left: Vec<_> = fs::read_dir(&ausgabe).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }
}
