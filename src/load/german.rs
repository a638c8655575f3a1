//! German writing habits that TOML does not read as meant: thousands dots, comma decimals,
//! dates as `15.03.2027`, `%` signs, umlauts in keys, leftover template markers and emptied
//! template values. Each gets one specific message with the corrected line, instead of the
//! parser's generic (English) complaints.
//! A single thousands dot (`12.500`) is valid TOML and is found after parsing (`thousands`).
//! Slightly over 400 lines: the last 60 are its tests.

use std::ops::Range;

use crate::diagnostic::{FileId, Finding, Loc};
use crate::i18n::Text;
use crate::text;

/// Template markers that must be deleted together with the `# ` in front of them.
const MARKERS: [&str; 2] = ["AUSFÜLLEN:", "VORSCHLAG:"];

/// A German habit found on one line: code, message, the corrected line (as hint) and where
/// in the line it is (byte range relative to the line start).
pub struct Habit {
    pub code: &'static str,
    pub message: Text,
    pub hint: Text,
    pub span: Range<usize>,
}

impl Habit {
    pub fn finding(self, file: FileId, line_start: usize) -> Finding {
        let span = line_start + self.span.start..line_start + self.span.end;
        Finding::new(self.code, self.message)
            .hint(self.hint)
            .at(Some(Loc { file, span }))
    }
}

/// The corrected line as a hint: "schreiben Sie: `…`".
fn write_instead(line: &str) -> Text {
    let line = line.trim();
    text!("schreiben Sie: `{line}`", "write: `{line}`")
}

/// Look at one line the TOML parser could not read; `None` if it shows no known habit.
pub fn scan_line(line: &str) -> Option<Habit> {
    let line = line.trim_end_matches(['\n', '\r']);
    let indent = line.len() - line.trim_start().len();
    if line[indent..].starts_with('#') {
        return None;
    }
    marker(line)
        .or_else(|| umlaut_key(line, indent))
        .or_else(|| missing_value(line))
        .or_else(|| german_value(line))
}

fn marker(line: &str) -> Option<Habit> {
    let comment = line.find('#');
    for m in MARKERS {
        let Some(at) = line.find(m) else { continue };
        // A marker inside a string (after a quote) is the user's text, not the template's.
        if line[..at].contains(['"', '\'']) || comment.is_some_and(|c| c < at) {
            continue;
        }
        let rest = line[at + m.len()..].trim_start();
        let end = line.len() - rest.len();
        let removed = &line[at..end];
        let fixed = format!("{}{}", &line[..at], rest);
        let fixed = fixed.trim();
        // What the line still lacks once the marker is gone (`schueler =`), in the same hint.
        let then = umlaut_key(fixed, 0)
            .or_else(|| missing_value(fixed))
            .or_else(|| german_value(fixed))
            .map(|h| h.hint);
        let (then_de, then_en) = then
            .map(|h| (format!("; dann {}", h.de), format!("; then {}", h.en)))
            .unwrap_or_default();
        return Some(Habit {
            code: "E025",
            message: text!(
                "Markierung `{m}` aus der Vorlage steht noch in der Zeile",
                "template marker `{m}` is still in the line"
            ),
            hint: Text::new(
                format!("löschen Sie `{removed}`: `{fixed}`{then_de}"),
                format!("delete `{removed}`: `{fixed}`{then_en}"),
            ),
            span: at..at + m.len(),
        });
    }
    None
}

/// `ä→ae, ö→oe, ü→ue, ß→ss`; `None` if nothing was replaced.
fn without_umlauts(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len() + 4);
    let mut changed = false;
    for c in s.chars() {
        let r = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'Ä' => "Ae",
            'Ö' => "Oe",
            'Ü' => "Ue",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(r);
        changed = true;
    }
    changed.then_some(out)
}

fn umlaut_key(line: &str, indent: usize) -> Option<Habit> {
    let body = &line[indent..];
    // A key before `=`, or a table header `[schulträger]` / `[[schulen]]`.
    let end = if body.starts_with('[') {
        indent + body.rfind(']').map_or(body.len(), |p| p + 1)
    } else {
        let eq = line.find('=')?;
        line[..eq].trim_end().len()
    };
    let key = &line[indent..end];
    if key.is_empty()
        || key
            .trim_start_matches('[')
            .trim_start()
            .starts_with(['"', '\''])
    {
        return None;
    }
    let plain = without_umlauts(key)?;
    let fixed = format!("{}{}{}", &line[..indent], plain, &line[end..]);
    Some(Habit {
        code: "E024",
        message: text!(
            "Schlüssel `{key}` enthält Umlaute; Schlüssel werden ohne Umlaute geschrieben (ä→ae, ö→oe, ü→ue, ß→ss)",
            "key `{key}` contains umlauts; keys are written without umlauts (ä→ae, ö→oe, ü→ue, ß→ss)"
        ),
        hint: write_instead(&fixed),
        span: indent..end,
    })
}

/// `key =` followed by nothing, `,` or `}`: a value emptied in the template.
fn missing_value(line: &str) -> Option<Habit> {
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '#') => return None,
            (None, '=') => {
                let after = line[i + 1..].trim_start();
                if !(after.is_empty() || after.starts_with([',', '}', ']', '#'])) {
                    continue;
                }
                let before = line[..i].trim_end();
                let start = before
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
                    .map_or(0, |p| p + 1);
                let key = &before[start..];
                if key.is_empty() {
                    return None;
                }
                let example = example_for(key);
                let inline = after.starts_with([',', '}', ']']);
                let (de_del, en_del) = if inline {
                    let cut = if after.starts_with(',') {
                        format!("{key} = ,")
                    } else {
                        format!("{key} =")
                    };
                    (format!("löschen Sie `{cut}`"), format!("delete `{cut}`"))
                } else {
                    (
                        "löschen Sie die Zeile".to_string(),
                        "delete the line".to_string(),
                    )
                };
                return Some(Habit {
                    code: "E026",
                    message: text!("Wert fehlt: `{key}`", "value missing: `{key}`"),
                    hint: Text::new(
                        format!(
                            "tragen Sie hinter `{key} =` den Wert ein ({}), oder {de_del}, solange er fehlt",
                            example.0
                        ),
                        format!(
                            "enter the value after `{key} =` ({}), or {en_del} while it is missing",
                            example.1
                        ),
                    ),
                    span: start..i + 1,
                });
            }
            _ => {}
        }
    }
    None
}

/// What a value of this key looks like, by its name.
fn example_for(key: &str) -> (&'static str, &'static str) {
    let last = key.rsplit('.').next().unwrap_or(key);
    if last.contains("datum") {
        ("ein Datum wie `2027-03-15`", "a date such as `2027-03-15`")
    } else if [
        "schueler",
        "lehrkraefte",
        "klassen",
        "unterrichtsraeume",
        "anzahl",
    ]
    .iter()
    .any(|k| last.contains(k))
    {
        ("eine Zahl wie `200`", "a number such as `200`")
    } else {
        (
            "Text in Anführungszeichen wie `\"…\"`, eine Zahl oder ein Datum",
            "text in quotes such as `\"…\"`, a number or a date",
        )
    }
}

/// The unquoted value after the first `=`: its range in the line (without comment).
fn value_range(line: &str) -> Option<Range<usize>> {
    let eq = line.find('=')?;
    let after = &line[eq + 1..];
    let start = eq + 1 + (after.len() - after.trim_start().len());
    let rest = &line[start..];
    if rest.starts_with(['"', '\'', '[', '{']) {
        return None;
    }
    let end = start + rest.find('#').unwrap_or(rest.len());
    let end = start + line[start..end].trim_end().len();
    (end > start).then_some(start..end)
}

fn german_value(line: &str) -> Option<Habit> {
    let range = value_range(line)?;
    let v = &line[range.clone()];
    let (code, fixed, message) = if let Some(iso) = german_date(v) {
        (
            "E022",
            iso.clone(),
            text!(
                "`{v}` ist ein Datum in deutscher Schreibweise; Daten werden als JJJJ-MM-TT geschrieben",
                "`{v}` is a date written the German way; dates are written as YYYY-MM-DD"
            ),
        )
    } else if let Some(plain) = percent_number(v) {
        (
            "E023",
            plain,
            text!(
                "`{v}`: Prozentwerte ohne Prozentzeichen schreiben, das Feld zählt schon in Prozent",
                "`{v}`: write percentages without the percent sign, the field is already in percent"
            ),
        )
    } else if let Some((plain, grouped)) = german_number(v) {
        if grouped {
            let underscored = v.split(',').next().unwrap_or(v).replace('.', "_");
            let alt = if v.contains(',') {
                String::new()
            } else {
                format!(" oder `{underscored}`")
            };
            let alt_en = if v.contains(',') {
                String::new()
            } else {
                format!(" or `{underscored}`")
            };
            let fixed_line = format!("{}{}{}", &line[..range.start], plain, &line[range.end..]);
            let fixed_line = fixed_line.trim();
            return Some(Habit {
                code: "E020",
                message: text!(
                    "`{v}` ist mit Tausenderpunkten geschrieben; in Plandateien ist der Punkt das Dezimaltrennzeichen",
                    "`{v}` uses dots as thousands separators; in plan files the dot is the decimal point"
                ),
                hint: Text::new(
                    format!("schreiben Sie: `{fixed_line}`{alt} (ohne Tausenderpunkte)"),
                    format!("write: `{fixed_line}`{alt_en} (without thousands separators)"),
                ),
                span: range,
            });
        }
        (
            "E021",
            plain.clone(),
            text!(
                "`{v}`: Dezimalzahlen werden mit Punkt geschrieben: `{plain}`",
                "`{v}`: decimals are written with a dot: `{plain}`"
            ),
        )
    } else {
        return None;
    };
    let fixed_line = format!("{}{}{}", &line[..range.start], fixed, &line[range.end..]);
    Some(Habit {
        code,
        message,
        hint: write_instead(&fixed_line),
        span: range,
    })
}

pub(super) fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `15.03.2027` or `1.3.2027` as `2027-03-15`.
fn german_date(v: &str) -> Option<String> {
    let parts: Vec<&str> = v.split('.').collect();
    let [d, m, y] = parts[..] else { return None };
    if !(all_digits(d) && all_digits(m) && all_digits(y))
        || d.len() > 2
        || m.len() > 2
        || y.len() != 4
    {
        return None;
    }
    let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{y}-{m:02}-{d:02}"))
}

/// The number of a percentage written with the percent sign (`90 %`, `12,5%`), as TOML
/// writes it (`90`, `12.5`); `None` if `v` is no such percentage.
pub fn percent_number(v: &str) -> Option<String> {
    let number = v.trim().strip_suffix('%')?.trim_end();
    let plain = german_number(number).map_or(number.to_string(), |(n, _)| n);
    plain.parse::<f64>().ok()?;
    Some(plain)
}

/// A number written the German way (`1.250.000`, `1800,50`, `12.500,50`): the plain
/// TOML number and whether it had thousands dots. `None` for anything else, including
/// plain TOML numbers.
pub fn german_number(v: &str) -> Option<(String, bool)> {
    let (sign, body) = match v.strip_prefix('-') {
        Some(b) => ("-", b),
        None => ("", v.strip_prefix('+').unwrap_or(v)),
    };
    let (int, frac) = match body.split_once(',') {
        Some((i, f)) if all_digits(f) => (i, Some(f)),
        Some(_) => return None,
        None => (body, None),
    };
    let groups: Vec<&str> = int.split('.').collect();
    let grouped = groups.len() > 1;
    let well_grouped = all_digits(groups[0])
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3 && all_digits(g));
    if grouped && !well_grouped || !grouped && !all_digits(int) {
        return None;
    }
    // A plain TOML float (`12.5`) or integer is not German.
    if frac.is_none() && !(grouped && groups.len() > 2) {
        return None;
    }
    let mut plain = format!("{sign}{}", groups.concat());
    if let Some(f) = frac {
        plain = format!("{plain}.{f}");
    }
    Some((plain, grouped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn habit(line: &str) -> (String, String, String) {
        let h = scan_line(line).expect(line);
        (h.code.to_string(), h.message.de, h.hint.de)
    }

    #[test]
    fn each_habit_gets_its_code_and_the_corrected_line() {
        let cases = [
            ("einzelpreis = 1.250.000", "E020", "`einzelpreis = 1250000`"),
            ("einzelpreis = 1800,50", "E021", "`einzelpreis = 1800.50`"),
            ("datum = 15.03.2027", "E022", "`datum = 2027-03-15`"),
            ("anteil = 90 %", "E023", "`anteil = 90`"),
            ("lehrkräfte = 12", "E024", "`lehrkraefte = 12`"),
            ("[schulträger]", "E024", "`[schultraeger]`"),
            ("AUSFÜLLEN: schueler = 200", "E025", "`schueler = 200`"),
            ("datum = }", "E026", "`datum =`"),
            ("name = ", "E026", "`name =`"),
        ];
        for (line, code, fix) in cases {
            let (c, _, hint) = habit(line);
            assert_eq!(c, code, "{line}");
            assert!(hint.contains(fix), "{line}: {hint}");
        }
    }

    #[test]
    fn a_marker_before_an_emptied_value_names_both_in_one_hint() {
        let (code, _, hint) = habit("AUSFÜLLEN: schueler =");
        assert_eq!(code, "E025");
        assert!(hint.contains("löschen Sie `AUSFÜLLEN: `"), "{hint}");
        assert!(hint.contains("tragen Sie hinter `schueler =`"), "{hint}");
    }

    #[test]
    fn plain_numbers_and_comments_are_not_habits() {
        for line in [
            "x = 12.5",
            "x = 12500",
            "# AUSFÜLLEN: x =",
            "name = \"AUSFÜLLEN: a\"",
        ] {
            assert!(scan_line(line).is_none(), "{line}");
        }
        assert_eq!(german_number("12.500,50"), Some(("12500.50".into(), true)));
        assert_eq!(german_number("12.5"), None);
        assert_eq!(german_date("1.3.2027").as_deref(), Some("2027-03-01"));
    }

    #[test]
    fn percentages_with_the_sign_give_their_number() {
        assert_eq!(percent_number("90 %").as_deref(), Some("90"));
        assert_eq!(percent_number(" 12,5%").as_deref(), Some("12.5"));
        for text in ["90", "%", "neunzig %", "Umlage nach Schülerzahl"] {
            assert_eq!(percent_number(text), None, "{text}");
        }
    }
}
