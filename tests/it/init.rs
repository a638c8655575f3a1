//! `mep init`: every template gives a plan without errors whose open items tell the user
//! what to fill in; an existing plan is never touched.

use crate::common;

use std::fs;
use std::path::Path;

use common::run_in;

const TEMPLATES: [&str; 3] = ["gemeinde", "kreisstadt", "landkreis"];

fn init(dir: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["init"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

#[test]
fn each_template_checks_without_errors_and_lists_what_is_open() {
    for name in TEMPLATES {
        let tmp = tempfile::tempdir().unwrap();
        let r = init(
            tmp.path(),
            &[
                "neu",
                "--template",
                name,
                "--schultraeger",
                "Stadt Lindenau",
                "--bundesland",
                "HE",
                "--beginn",
                "2027",
            ],
        );
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let r = run_in(tmp.path(), &["check", "--format", "json", "neu/plan.toml"]);
        assert_eq!(r.code, 0, "{name}: {}", r.stdout);
        let report = r.json();
        assert_eq!(report["summary"]["errors"], 0, "{name}");
        assert_eq!(report["summary"]["warnings"], 0, "{name}: {}", r.stdout);
        let overall = report["completeness"]["overall"].as_u64().unwrap();
        assert!(
            (10..=60).contains(&overall),
            "{name}: completeness {overall}"
        );
        let open: Vec<String> = report["open_items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                format!(
                    "{}.{}",
                    o["section"].as_str().unwrap(),
                    o["item"].as_str().unwrap()
                )
            })
            .collect();
        // What a user fills in first: the schools' figures, the guardrails, the costs.
        for item in [
            "schulen.zahlen",
            "leitplanken.netz",
            "massnahmen.kosten",
            "support.abgestimmt",
        ] {
            assert!(
                open.contains(&item.to_string()),
                "{name}: {item} not open in {open:?}"
            );
        }
        // Name and Land from the command line are filled in, so only the AGS is missing.
        let human = run_in(tmp.path(), &["check", "neu/plan.toml"]);
        assert!(human.stdout.contains("Offene Punkte:"), "{name}");
        assert!(
            human
                .stdout
                .contains("Schülerinnen, Schüler und Lehrkräfte je Schule – fehlt für"),
            "{name}"
        );
        let plan = fs::read_to_string(tmp.path().join("neu/plan.toml")).unwrap();
        assert!(plan.contains("name = \"Stadt Lindenau\""), "{name}");
        assert!(plan.contains("bundesland = \"HE\""), "{name}");
    }
}

#[test]
fn each_template_passes_its_own_schema_without_the_source_tree() {
    // The plan folder gets the schema its `#:schema` line names, so editors resolve it offline.
    for name in TEMPLATES {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(init(tmp.path(), &["p", "--template", name]).code, 0);
        let plan = fs::read_to_string(tmp.path().join("p/plan.toml")).unwrap();
        assert!(plan.starts_with("#:schema mep.schema.json\n"), "{name}");
        let schema = fs::read_to_string(tmp.path().join("p/mep.schema.json")).unwrap();
        assert_eq!(schema, run_in(tmp.path(), &["schema"]).stdout);
        let attributes = fs::read_to_string(tmp.path().join("p/.gitattributes")).unwrap();
        assert!(attributes.lines().any(|l| l == "*.toml diff=mep"));
    }
}

#[test]
fn the_start_year_moves_every_date_of_the_template() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(init(tmp.path(), &["p", "--beginn", "2030"]).code, 0);
    let plan = fs::read_to_string(tmp.path().join("p/plan.toml")).unwrap();
    assert!(plan.contains("titel = \"Medienentwicklungsplan 2030–2034\""));
    assert!(plan.contains("zeitraum = { von = 2030, bis = 2034 }"));
    assert!(!plan.contains("2027"));
    let r = run_in(tmp.path(), &["check", "p/plan.toml"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

#[test]
fn an_existing_plan_is_left_exactly_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plan");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("plan.toml"), "# mein Plan\n").unwrap();
    let before: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let r = init(tmp.path(), &["plan", "--template", "gemeinde"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("nichts geschrieben"), "{}", r.stderr);
    assert!(r.stderr.contains("plan.toml"), "{}", r.stderr);
    assert_eq!(
        fs::read_to_string(dir.join("plan.toml")).unwrap(),
        "# mein Plan\n"
    );
    let after: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        before, after,
        "no schema or .gitattributes written beside it"
    );
}

#[test]
fn a_second_init_into_the_same_folder_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(init(tmp.path(), &["p"]).code, 0);
    let plan = tmp.path().join("p/plan.toml");
    fs::write(&plan, "# bearbeitet\n").unwrap();
    let r = init(
        tmp.path(),
        &["--lang", "en", "p", "--template", "landkreis"],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nothing written"), "{}", r.stderr);
    assert_eq!(fs::read_to_string(&plan).unwrap(), "# bearbeitet\n");
}

#[test]
fn a_file_in_place_of_the_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("p"), "x").unwrap();
    let r = init(tmp.path(), &["p"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("kein Ordner"), "{}", r.stderr);
    assert_eq!(fs::read_to_string(tmp.path().join("p")).unwrap(), "x");
}

#[test]
fn bad_options_are_usage_errors_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["p", "--bundesland", "XY"][..],
        &["p", "--template", "grossstadt"],
        &["p", "--schultraeger", " "],
        &[],
    ] {
        let r = init(tmp.path(), args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(!tmp.path().join("p").exists(), "{args:?}");
    }
}

#[test]
fn list_names_every_template() {
    let r = init(Path::new("."), &["--list"]);
    assert_eq!(r.code, 0);
    for name in TEMPLATES {
        assert!(
            r.stdout.lines().any(|l| l[2..].starts_with(name)),
            "{name}: {}",
            r.stdout
        );
    }
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn what_init_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let r = init(
        tmp.path(),
        &[
            "plaene/lindenau",
            "--schultraeger",
            "Stadt Lindenau",
            "--beginn",
            "2027",
        ],
    );
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
}

/// Fill a value the template leaves empty (`key =` at a line end, `, ` or `}`) by its key.
fn dummy(key: &str) -> &'static str {
    if key.ends_with("datum") || key.ends_with("_am") {
        "2028-01-15"
    } else if key == "zeitpunkt" {
        "\"2028-H1\""
    } else if key == "anschaffungsjahr" {
        "2024"
    } else {
        "1"
    }
}

fn choice(key: &str) -> Option<&'static str> {
    match key {
        "bundesland" => Some("\"NW\""),
        "ags" => Some("\"05000000\""),
        "status" => Some("\"vorhanden\""),
        _ => None,
    }
}

fn fill_in(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(eq) = rest.find(" =") {
        let key = rest[..eq].rsplit([' ', '{', ',']).next().unwrap_or("");
        out.push_str(&rest[..eq + 2]);
        rest = &rest[eq + 2..];
        let after = rest.trim_start();
        if after.is_empty() || after.starts_with(',') || after.starts_with('}') {
            out.push(' ');
            out.push_str(dummy(key));
        } else if let (Some(tail), Some(value)) = (after.strip_prefix("\"\""), choice(key)) {
            // An empty choice stands for "pick one"; pick a valid one.
            out.push(' ');
            out.push_str(value);
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Every marked line, once filled in, lands in the table it belongs to and has the right
/// form: no structural error at all (E0xx), and the plan is nearly complete. (Dummy figures
/// give plausibility warnings and may exceed a budget; that is the point of the checks.)
#[test]
fn every_marked_line_filled_in_gives_a_well_formed_plan() {
    for name in TEMPLATES {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(
            init(tmp.path(), &["p", "--template", name, "--beginn", "2027"]).code,
            0
        );
        let path = tmp.path().join("p/plan.toml");
        let filled: String = fs::read_to_string(&path)
            .unwrap()
            .lines()
            .map(|l| match l.strip_prefix("# AUSFÜLLEN: ") {
                Some(value) => fill_in(value) + "\n",
                None => format!("{l}\n"),
            })
            .collect();
        assert!(
            !filled.lines().any(|l| l.starts_with("# AUSFÜLLEN: ")),
            "{name}"
        );
        fs::write(&path, filled).unwrap();
        let r = run_in(tmp.path(), &["check", "--format", "json", "p/plan.toml"]);
        let codes: Vec<(String, u64, u64)> = common::findings(&r.json());
        assert!(
            codes.iter().all(|(c, _, _)| !c.starts_with("E0")),
            "{name}: {codes:?}\n{}",
            run_in(tmp.path(), &["check", "p/plan.toml"]).stdout
        );
        let overall = r.json()["completeness"]["overall"].as_u64().unwrap();
        assert!(
            overall >= 85,
            "{name}: filled-in template only {overall} % complete"
        );
    }
}
