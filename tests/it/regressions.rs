//! Regression tests, each named after a defect found in review.

use crate::common;

use std::fs;

const HEAD: &str = r#"formatversion = 1

[plan]
titel = "Regressionsfall"
status = "entwurf"
zeitraum = { von = 2021, bis = 2026 }

[leitplanken]
nicht_zutreffend = "Prüffall"

[zielarchitektur.software]
nicht_zutreffend = "Prüffall"

[zielarchitektur.infrastruktur]
nicht_zutreffend = "Prüffall"

[zielarchitektur.hardware]
nicht_zutreffend = "Prüffall"

[support]
nicht_zutreffend = "Prüffall"

[governance]
nicht_zutreffend = "Prüffall"

[evaluation]
nicht_zutreffend = "Prüffall"
"#;

fn check(body: &str, args: &[&str]) -> (common::Run, tempfile::TempDir) {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("plan.toml"), format!("{HEAD}\n{body}")).unwrap();
    let mut all = args.to_vec();
    all.push("plan.toml");
    (common::run_in(d.path(), &all), d)
}

fn codes(run: &common::Run) -> Vec<String> {
    common::findings(&run.json())
        .into_iter()
        .map(|f| f.0)
        .collect()
}

#[test]
fn e114_compares_dates_within_one_half_year() {
    let body = r#"
[[massnahmen]]
id = "a"
titel = "A"
zeitraum = { von = 2021-01-10, bis = 2021-08-31 }

[[massnahmen]]
id = "b"
titel = "B"
abhaengig_von = ["a"]
zeitraum = { von = 2021-07-01, bis = 2021-12-31 }
"#;
    let (run, _d) = check(body, &["check", "--format", "json"]);
    assert!(codes(&run).contains(&"E114".to_string()), "{}", run.stdout);
}

#[test]
fn e116_running_costs_from_a_programme_that_pays_no_running_costs() {
    let body = r#"
[[massnahmen]]
id = "plattform"
titel = "Lernplattform"
kategorie = "lernplattform"
zeitraum = { von = 2022, bis = 2023 }
laufende_kosten_jaehrlich = 50000
finanzierung = [{ quelle = "dp", anteil = 100 }]

[[finanzierung.quellen]]
id = "dp"
name = "DigitalPakt 2019"
art = "digitalpakt"
programm = "digitalpakt-2019"
"#;
    let (run, _d) = check(body, &["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(codes(&run).contains(&"E116".to_string()), "{}", run.stdout);
}

#[test]
fn w210_not_reported_when_the_stock_was_not_recorded() {
    let body = r#"
[[schulen]]
id = "gs"
name = "GS"
schulform = "grundschule"
schueler = 200
lehrkraefte = 15
klassen = 8

[schulen.ist]
breitband_down_mbit = 400
"#;
    let (run, _d) = check(body, &["check", "--format", "json"]);
    assert!(!codes(&run).contains(&"W210".to_string()), "{}", run.stdout);
}

#[test]
fn money_shared_by_sources_and_schools_adds_up_to_the_cent() {
    let body = r#"
[[schulen]]
id = "a"
name = "A"
schulform = "grundschule"
schueler = 100
lehrkraefte = 8

[[schulen]]
id = "b"
name = "B"
schulform = "grundschule"
schueler = 100
lehrkraefte = 8

[[schulen]]
id = "c"
name = "C"
schulform = "grundschule"
schueler = 100
lehrkraefte = 8

[[massnahmen]]
id = "m"
titel = "M"
zeitraum = { von = 2022, bis = 2022 }
investition = 100.01
finanzierung = [{ quelle = "x", anteil = 50 }, { quelle = "y", anteil = 50 }]

[[finanzierung.quellen]]
id = "x"
name = "X"
art = "eigenmittel"

[[finanzierung.quellen]]
id = "y"
name = "Y"
art = "sonstige"
"#;
    let (run, _d) = check(body, &["stats", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let k = run.json();
    let cents = |v: &serde_json::Value| {
        (v.as_str().unwrap().parse::<f64>().unwrap() * 100.0).round() as i64
    };
    let sources: i64 = k["costs"]["per_source"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| cents(&q["planned"]))
        .sum();
    let schools: i64 = k["schools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| cents(&s["costs"]))
        .sum();
    assert_eq!((sources, schools), (10001, 10001));
}

#[test]
fn no_minus_zero_when_there_are_no_device_measures() {
    let body = r#"
[[schulen]]
id = "gs"
name = "GS"
schulform = "grundschule"
schueler = 200
lehrkraefte = 15
"#;
    let text = HEAD.replace(
        "[leitplanken]\nnicht_zutreffend = \"Prüffall\"",
        "[leitplanken.lehrkraftgeraete]\nentscheidung = \"dienstgeraet_fuer_alle\"",
    );
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("plan.toml"), format!("{text}\n{body}")).unwrap();
    let run = common::run_in(d.path(), &["check", "plan.toml"]);
    assert!(
        run.stdout.contains("W202") && run.stdout.contains("Maßnahmen (0)"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("-0"), "{}", run.stdout);
}
