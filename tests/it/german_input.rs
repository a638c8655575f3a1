//! German writing habits in plan files (`12.500`, `1800,50`, `15.03.2027`, `90 %` and `"90 %"`, umlauts in
//! keys, leftover template markers, emptied values): one German message per mistake, at its
//! place, with the corrected line; English only with `--lang en`; no English parser text.

use crate::common;

use common::run_in;

/// Words of the TOML parser's English messages that must not reach a German message.
const ENGLISH: [&str; 10] = [
    "expected",
    "invalid",
    "unexpected",
    "missing",
    "unclosed",
    "must be",
    "key with",
    "string values",
    "newline",
    "float",
];

/// `mep check --format json` on a fixture of `tests/fixtures/rules/`: exit code and findings.
fn check(fixture: &str, lang: &str) -> (i32, Vec<serde_json::Value>) {
    let r = run_in(
        common::fixtures("rules"),
        &["check", "--lang", lang, "--format", "json", fixture],
    );
    let findings = r.json()["findings"].as_array().cloned().unwrap_or_default();
    (r.code, findings)
}

/// The one finding of a fixture: (code, message, line, column, hint).
fn one(fixture: &str, lang: &str) -> (i32, String, String, u64, u64, String) {
    let (code, findings) = check(fixture, lang);
    assert_eq!(findings.len(), 1, "{fixture}: {findings:#?}");
    let f = &findings[0];
    let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
    (
        code,
        s("code"),
        s("message"),
        f["line"].as_u64().unwrap_or(0),
        f["column"].as_u64().unwrap_or(0),
        s("hint"),
    )
}

fn assert_german(text: &str) {
    let lower = text.to_lowercase();
    for word in ENGLISH {
        assert!(!lower.contains(word), "English `{word}` in: {text}");
    }
}

/// (fixture, code, line, column, part of the German message, the German fix, the English fix)
const CASES: &[(&str, &str, u64, u64, &str, &str, &str)] = &[
    (
        "E020/invalid.toml",
        "E020",
        32,
        15,
        "würde als 12,5 gelesen",
        "schreiben Sie: `investition = 12500` oder `investition = 12_500`",
        "write: `investition = 12500`",
    ),
    (
        "E020/invalid-millionen.toml",
        "E020",
        32,
        15,
        "Tausenderpunkten",
        "schreiben Sie: `investition = 1250000` oder `1_250_000`",
        "write: `investition = 1250000`",
    ),
    (
        "E021/invalid.toml",
        "E021",
        32,
        15,
        "Dezimalzahlen werden mit Punkt geschrieben: `1800.50`",
        "schreiben Sie: `investition = 1800.50`",
        "write: `investition = 1800.50`",
    ),
    (
        "E022/invalid.toml",
        "E022",
        8,
        9,
        "Datum in deutscher Schreibweise",
        "schreiben Sie: `datum = 2027-03-15`",
        "write: `datum = 2027-03-15`",
    ),
    (
        "E023/invalid.toml",
        "E023",
        36,
        10,
        "ohne Prozentzeichen",
        "schreiben Sie: `anteil = 100`",
        "write: `anteil = 100`",
    ),
    (
        "E010/invalid-prozent-text.toml",
        "E010",
        36,
        10,
        "hat den falschen Typ: erwartet eine Zahl, gefunden den Text `100 %`",
        "schreiben Sie: `anteil = 100` (Prozentwerte ohne Anführungszeichen und ohne Prozentzeichen",
        "write: `anteil = 100` (percentages without quotes and without the percent sign",
    ),
    (
        "E024/invalid.toml",
        "E024",
        33,
        1,
        "Schlüssel `abhängig_von` enthält Umlaute",
        "schreiben Sie: `abhaengig_von = []`",
        "write: `abhaengig_von = []`",
    ),
    (
        "E025/invalid.toml",
        "E025",
        32,
        1,
        "Markierung `AUSFÜLLEN:`",
        "löschen Sie `AUSFÜLLEN: `: `investition = 1000`",
        "delete `AUSFÜLLEN: `: `investition = 1000`",
    ),
    (
        "E025/invalid-vorschlag.toml",
        "E025",
        8,
        1,
        "Markierung `VORSCHLAG:`",
        "löschen Sie `VORSCHLAG: `: `status = \"entwurf\"`",
        "delete `VORSCHLAG: `",
    ),
    (
        "E026/invalid.toml",
        "E026",
        9,
        26,
        "Wert fehlt: `bis`",
        "tragen Sie hinter `bis =` den Wert ein",
        "enter the value after `bis =`",
    ),
    (
        "E026/invalid-zeile.toml",
        "E026",
        8,
        1,
        "Wert fehlt: `status`",
        "oder löschen Sie die Zeile",
        "or delete the line",
    ),
];

#[test]
fn each_habit_gets_one_german_message_at_its_place_with_the_corrected_line() {
    for (fixture, code, line, column, message, fix, _) in CASES {
        let (exit, c, m, l, col, hint) = one(fixture, "de");
        assert_eq!(&c, code, "{fixture}: {m}");
        assert_eq!((l, col), (*line, *column), "{fixture}: {m}");
        assert!(m.contains(message), "{fixture}: {m}");
        assert!(hint.contains(fix), "{fixture}: {hint}");
        assert_german(&m);
        assert_german(&hint);
        // Readable plans with a wrong value (exit 1) beside unreadable ones (exit 2).
        let expected_exit = if matches!(
            *fixture,
            "E020/invalid.toml" | "E010/invalid-prozent-text.toml"
        ) {
            1
        } else {
            2
        };
        assert_eq!(exit, expected_exit, "{fixture}");
    }
}

#[test]
fn with_lang_en_the_same_finding_is_english() {
    for (fixture, code, line, column, _, _, fix_en) in CASES {
        let (_, c, m, l, col, hint) = one(fixture, "en");
        assert_eq!((c.as_str(), l, col), (*code, *line, *column), "{fixture}");
        assert!(hint.contains(fix_en), "{fixture}: {hint}");
        assert!(
            !m.contains("Schlüssel ohne") && !hint.contains("schreiben Sie"),
            "{m}"
        );
    }
}

#[test]
fn no_english_parser_text_in_any_german_syntax_message() {
    let dir = common::fixtures("rules");
    let mut seen = 0;
    for code in [
        "E001", "E020", "E021", "E022", "E023", "E024", "E025", "E026",
    ] {
        for entry in std::fs::read_dir(dir.join(code)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if !name.starts_with("invalid") {
                continue;
            }
            let fixture = format!("{code}/{name}");
            let (_, findings) = check(&fixture, "de");
            assert!(!findings.is_empty(), "{fixture}");
            for f in findings {
                assert_german(f["message"].as_str().unwrap_or_default());
                assert_german(f["hint"].as_str().unwrap_or_default());
            }
            seen += 1;
        }
    }
    assert!(seen >= 10, "only {seen} fixtures");
}

#[test]
fn a_parser_error_without_a_known_habit_is_german_only() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("p.toml"), "formatversion = 1\n[plan\n").unwrap();
    let de = run_in(tmp.path(), &["check", "p.toml"]);
    assert!(de.stdout.contains("E001"), "{}", de.stdout);
    assert_german(&de.stdout.replace("p.toml", ""));
    let en = run_in(tmp.path(), &["check", "--lang", "en", "p.toml"]);
    assert!(en.stdout.contains("invalid TOML"), "{}", en.stdout);
}

#[test]
fn a_decimal_on_a_percent_field_stays_valid() {
    for share in ["12.5", "12.500"] {
        let tmp = tempfile::tempdir().unwrap();
        let plan = std::fs::read_to_string(common::fixtures("rules/E023/valid.toml"))
            .unwrap()
            .replace("anteil = 100", &format!("anteil = {share}"));
        std::fs::write(tmp.path().join("p.toml"), plan).unwrap();
        let r = run_in(tmp.path(), &["check", "--format", "json", "p.toml"]);
        let codes: Vec<_> = common::findings(&r.json())
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert!(
            !codes.iter().any(|c| c.starts_with("E02")),
            "{share}: {codes:?}"
        );
        assert!(
            codes.iter().any(|c| c == "E112"),
            "{share} is read as a share: {codes:?}"
        );
    }
}

#[test]
fn a_count_with_a_thousands_dot_gets_one_finding_and_is_read_as_meant() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string(common::fixtures("rules/E010/valid.toml")).unwrap();
    assert!(plan.contains("schueler = 240"));
    let plan = plan.replace("schueler = 240", "schueler = 1.200");
    std::fs::write(tmp.path().join("p.toml"), plan).unwrap();
    let r = run_in(tmp.path(), &["check", "--format", "json", "p.toml"]);
    let report = r.json();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["code"], "E020");
    assert_eq!(findings[0]["line"], 13);
    let hint = findings[0]["hint"].as_str().unwrap();
    assert!(hint.contains("`schueler = 1200`"), "{hint}");
    assert_eq!(r.code, 1);
}

#[test]
fn a_template_filled_the_german_way_gets_one_message_per_mistake() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("plan");
    let dir_s = dir.to_str().unwrap();
    let r = common::run(&[
        "init",
        dir_s,
        "--schultraeger",
        "Gemeinde X",
        "--bundesland",
        "SN",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let path = dir.join("plan.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    // Only `# ` deleted, a German date, an emptied value in an inline table, a marker before
    // an empty value: four lines, four messages, each on its line.
    let edits: [(&str, &str, &str); 4] = [
        ("# AUSFÜLLEN: datum =", "datum = 15.03.2027", "E022"),
        (
            "# AUSFÜLLEN: beschluss = {",
            "AUSFÜLLEN: beschluss = {",
            "E025",
        ),
        ("# AUSFÜLLEN: schueler =", "AUSFÜLLEN: schueler =", "E025"),
        ("# AUSFÜLLEN: medienkonzept = ", "medienkonzept = ", "E026"),
    ];
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut expected = Vec::new();
    for (from, to, code) in edits {
        let i = lines
            .iter()
            .position(|l| l.starts_with(from))
            .unwrap_or_else(|| panic!("template has no `{from}`"));
        lines[i] = lines[i].replacen(from, to, 1);
        expected.push((code.to_string(), i as u64 + 1));
    }
    std::fs::write(&path, lines.join("\n")).unwrap();
    let r = run_in(&dir, &["check", "--format", "json", "plan.toml"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    let report = r.json();
    let found: Vec<(String, u64)> = common::findings(&report)
        .into_iter()
        .map(|(c, l, _)| (c, l))
        .collect();
    assert_eq!(found, expected);
    for f in report["findings"].as_array().unwrap() {
        assert_german(f["message"].as_str().unwrap());
        assert_german(f["hint"].as_str().unwrap());
    }
}

#[test]
fn text_in_a_multiline_string_is_not_taken_for_a_mistake() {
    let tmp = tempfile::tempdir().unwrap();
    let plan = "formatversion = 1\n[plan\ntitel = \"\"\"\nanteil = 90 %\nAUSFÜLLEN: schüler = 1.250.000\n\"\"\"\n";
    std::fs::write(tmp.path().join("p.toml"), plan).unwrap();
    let r = run_in(tmp.path(), &["check", "--format", "json", "p.toml"]);
    let codes: Vec<String> = common::findings(&r.json())
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(codes, ["E001"]);
}
