//! JUnit XML for GitLab, Jenkins and other test-report consumers: one test suite per plan,
//! one test case per rule and file. A rule with errors in a file fails there (warnings too
//! under `--strict`, unless the plan justifies them); other findings are reported as the test case's output; rules without
//! findings pass, so the report shows what was checked.

use std::collections::BTreeMap;

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::place;
use crate::catalogue::RULES;
use crate::i18n::Lang;
use crate::severity::Severity;
use crate::validate::Report;

struct Case {
    name: String,
    file: String,
    failing: Vec<String>,
    other: Vec<String>,
}

fn cases(r: &Report, lang: Lang, strict: bool) -> Vec<Case> {
    // (code, file) → finding lines, in catalogue order.
    let mut by: BTreeMap<(usize, String), (Vec<String>, Vec<String>)> = BTreeMap::new();
    for f in &r.findings {
        let at = place(r, f);
        let line = match at.start {
            Some((l, c)) => format!("{}:{l}:{c}: {}", at.file, f.message.get(lang)),
            None => format!("{}: {}", at.file, f.message.get(lang)),
        };
        let rule = RULES
            .iter()
            .position(|x| x.code == f.code)
            .unwrap_or(usize::MAX);
        let entry = by.entry((rule, at.file.to_string())).or_default();
        // A justified warning (`[[abweichungen]]`) never fails; its line names the reason.
        let fails = f.severity == Severity::Error
            || (strict && f.severity == Severity::Warning && f.is_open());
        let line = match &f.justification {
            Some(j) => format!(
                "{line} [{}: {}]",
                lang.pick("begründete Abweichung", "justified deviation"),
                j.reason
            ),
            None => line,
        };
        if fails {
            entry.0.push(line)
        } else {
            entry.1.push(line)
        }
    }
    let mut out = Vec::new();
    for (i, rule) in RULES.iter().enumerate() {
        let name = format!("{}: {}", rule.code, lang.pick(rule.title_de, rule.title_en));
        let mut any = false;
        for ((_, file), (failing, other)) in by.range((i, String::new())..(i + 1, String::new())) {
            any = true;
            out.push(Case {
                name: name.clone(),
                file: file.clone(),
                failing: failing.clone(),
                other: other.clone(),
            });
        }
        if !any {
            out.push(Case {
                name,
                file: r.name.clone(),
                failing: Vec::new(),
                other: Vec::new(),
            });
        }
    }
    out
}

/// All reports as one JUnit XML document.
pub fn render(reports: &[Report], lang: Lang, strict: bool) -> String {
    let suites: Vec<(&Report, Vec<Case>)> = reports
        .iter()
        .map(|r| (r, cases(r, lang, strict)))
        .collect();
    let total: usize = suites.iter().map(|(_, c)| c.len()).sum();
    let failures: usize = suites
        .iter()
        .map(|(_, c)| c.iter().filter(|c| !c.failing.is_empty()).count())
        .sum();
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written = w
        .create_element("testsuites")
        .with_attributes([
            ("name", "mep check"),
            ("tests", total.to_string().as_str()),
            ("failures", failures.to_string().as_str()),
            ("errors", "0"),
        ])
        .write_inner_content(|w| {
            for (r, cases) in &suites {
                let fails = cases.iter().filter(|c| !c.failing.is_empty()).count();
                w.create_element("testsuite")
                    .with_attributes([
                        ("name", r.name.as_str()),
                        ("tests", cases.len().to_string().as_str()),
                        ("failures", fails.to_string().as_str()),
                        ("errors", "0"),
                        ("skipped", "0"),
                    ])
                    .write_inner_content(|w| {
                        for c in cases {
                            let el = w.create_element("testcase").with_attributes([
                                ("name", c.name.as_str()),
                                ("classname", c.file.as_str()),
                                ("file", c.file.as_str()),
                            ]);
                            if c.failing.is_empty() && c.other.is_empty() {
                                el.write_empty()?;
                                continue;
                            }
                            el.write_inner_content(|w| {
                                if let Some(first) = c.failing.first() {
                                    w.create_element("failure")
                                        .with_attributes([
                                            ("message", first.as_str()),
                                            ("type", "mep"),
                                        ])
                                        .write_text_content(BytesText::new(
                                            &c.failing.join("\n"),
                                        ))?;
                                }
                                if !c.other.is_empty() {
                                    w.create_element("system-out")
                                        .write_text_content(BytesText::new(&c.other.join("\n")))?;
                                }
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        });
    if written.is_err() {
        return String::new();
    }
    let body = String::from_utf8(w.into_inner()).unwrap_or_default();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}\n")
}
