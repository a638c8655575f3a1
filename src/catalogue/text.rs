//! A rule's texts with the profile in force: `{key}` placeholders filled, benchmarks given
//! with value, source and origin.

use super::Rule;
use crate::i18n::Lang;
use crate::profile::Profile;

impl Rule {
    /// The explanation with the values in force in `profile` written in.
    pub fn explanation(&self, profile: &Profile, lang: Lang) -> String {
        fill(lang.pick(self.explain_de, self.explain_en), profile, lang)
    }

    /// Each benchmark the rule uses: its value in force, its source and the profile it comes
    /// from, three lines each.
    pub fn benchmark_lines(&self, profile: &Profile, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        for key in self.benchmarks {
            let head = lang.pick("Richtwert", "benchmark");
            match profile.schwelle(key) {
                Some(s) => {
                    out.push(format!("{head} ({key}): {}", s.zahl(lang)));
                    out.push(format!("{}: {}", lang.pick("Quelle", "source"), s.quelle));
                    out.push(format!(
                        "{}: {}",
                        lang.pick("Profil", "profile"),
                        profile.herkunft(s, lang)
                    ));
                }
                None => {
                    out.push(format!(
                        "{head} ({key}): {}",
                        lang.pick(
                            "im aktiven Profil nicht gesetzt",
                            "not set in the active profile"
                        )
                    ));
                    // The built-in Land profiles that set it, for a plan of that Land.
                    for (land, s) in profile.in_landesprofilen(key) {
                        out.push(format!(
                            "  {} {} ({}): {} – {}",
                            lang.pick("für `bundesland =", "for `bundesland ="),
                            format_args!("\"{}\"`", land.bundesland.kuerzel()),
                            land.name,
                            s.zahl(lang),
                            s.quelle
                        ));
                    }
                }
            }
        }
        out
    }
}

/// `text` with every `{key}` replaced by the value of that threshold in `profile`, or by the
/// key itself in backticks where the profile does not set it.
pub fn fill(text: &str, profile: &Profile, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        let key = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        match profile.schwelle(key) {
            Some(s) => out.push_str(&s.zahl(lang)),
            None => out.push_str(&format!("`{key}`")),
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{FIXES, RULES};

    /// The `{key}` placeholders of a text.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(k, _)| k))
            .collect()
    }

    #[test]
    fn placeholders_name_the_rules_benchmarks_in_both_languages() {
        for r in RULES {
            let (de, en) = (placeholders(r.explain_de), placeholders(r.explain_en));
            let (mut sde, mut sen) = (de.clone(), en.clone());
            sde.sort();
            sen.sort();
            assert_eq!(sde, sen, "{}: German and English name other values", r.code);
            for key in de {
                assert!(
                    r.benchmarks.contains(&key),
                    "{}: `{{{key}}}` is no benchmark of the rule",
                    r.code
                );
            }
            for text in [r.title_de, r.title_en] {
                assert!(
                    placeholders(text).is_empty(),
                    "{}: titles name no values",
                    r.code
                );
            }
        }
        for (code, de, en) in FIXES {
            // Findings take these as hints without a profile at hand.
            assert!(
                placeholders(de).is_empty() && placeholders(en).is_empty(),
                "{code}"
            );
        }
    }

    /// Every number the standard profile sets (thresholds, prices, programme periods and caps).
    fn standard_numbers() -> Vec<f64> {
        fn walk(v: &toml::Value, out: &mut Vec<f64>) {
            match v {
                toml::Value::Integer(i) => out.push(*i as f64),
                toml::Value::Float(x) => out.push(*x),
                toml::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                toml::Value::Table(t) => t.values().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&toml::from_str(crate::profile::STANDARD).unwrap(), &mut out);
        out
    }

    /// The numbers written in a text; `25.000` and `1,500` are one number each.
    fn numbers(text: &str) -> Vec<f64> {
        let mut out = Vec::new();
        for run in text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')) {
            let run = run.trim_matches(|c| c == '.' || c == ',');
            if run.is_empty() {
                continue;
            }
            let grouped = run.split(['.', ',']).skip(1).all(|g| g.len() == 3);
            if grouped {
                out.push(run.replace(['.', ','], "").parse().unwrap());
            } else {
                out.extend(run.split(['.', ',']).filter_map(|n| n.parse::<f64>().ok()));
            }
        }
        out
    }

    #[test]
    fn texts_write_no_number_of_the_standard_profile() {
        // What is so by definition, not by benchmark: 1:1 devices, 100 % of rooms or of the
        // money, percentages from 0 to 100, the 2nd support level, DigitalPakt 2.0, Latin-1,
        // exit codes, half-years.
        const DEFINITIONS: &[&str] = &[
            "1:1",
            "100 %",
            "0 und 100",
            "0 and 100",
            "2nd",
            "2.0",
            "Latin-1",
            "1 Schüler",
            "1 student",
            "Exit-Code 2",
            "exit code 2",
            "-H1",
            // Citations of laws and standards (DSGVO articles, BSI modules, footnotes).
            "Art. 5 Abs. 1 lit. e",
            "Art. 5(1)(e)",
            "Art. 30",
            "Abs. 1",
            "(1)",
            "200-2",
            "NET.1.1",
            "Fußnote 1",
            "footnote 1",
        ];
        let mut failures = Vec::new();
        let standard = standard_numbers();
        let mut texts: Vec<(&str, &str)> = Vec::new();
        for r in RULES {
            for t in [r.title_de, r.title_en, r.explain_de, r.explain_en] {
                texts.push((r.code, t));
            }
        }
        for (code, de, en) in FIXES {
            texts.extend([(*code, *de), (*code, *en)]);
        }
        for (code, text) in texts {
            let mut text = text.to_string();
            for d in DEFINITIONS {
                text = text.replace(d, " ");
            }
            for n in numbers(&text) {
                if standard.contains(&n) {
                    failures.push(format!("{code} writes {n}: {text}"));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "values of the standard profile written in texts; name their keys instead:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn numbers_are_read_with_their_thousands_separators() {
        assert_eq!(
            numbers("25.000 € oder 20 %, 1,500 und 2.5"),
            [25000.0, 20.0, 1500.0, 2.0, 5.0]
        );
    }

    #[test]
    fn fill_writes_the_value_in_force_or_names_the_key() {
        let p = Profile::standard();
        assert_eq!(
            fill("mehr als {schueler_pro_geraet_max} je Gerät", &p, Lang::De),
            "mehr als 5 je Gerät"
        );
        assert_eq!(
            fill(
                "{breitband_ziel_grundschule_mbit_pro_klasse} Mbit/s",
                &p,
                Lang::En
            ),
            "`breitband_ziel_grundschule_mbit_pro_klasse` Mbit/s"
        );
        assert_eq!(fill("no {placeholder", &p, Lang::De), "no {placeholder");
    }
}
