//! Justified deviations applied to the findings: a warning the plan answers in
//! `[[abweichungen]]` is marked justified; a justification of an error or an unknown code is
//! E127, one that no longer matches (or whose `bis_wert` the figure exceeds) is W245.

use serde_json::Value;

use crate::catalogue;
use crate::diagnostic::{Finding, Justification, Loc};
use crate::format::zahl2;
use crate::i18n::Text;
use crate::load::tree::display_path;
use crate::model::{Abweichung, Plan};
use crate::severity::Severity;
use crate::text;
use crate::validate::Locator;

/// The plan's justified deviations, prepared once and applied to each finding as it is
/// collected (so that findings beyond the per-code cap are judged, too, without being
/// stored). Findings of the rules and of the earlier stages are judged; its own are never
/// justified.
pub struct Justifier {
    entries: Vec<Entry>,
}

/// One entry of `[[abweichungen]]`: a finding about the entry itself, or what it justifies.
/// A plan has a handful of entries: their size does not matter.
#[allow(clippy::large_enum_variant)]
enum Entry {
    Unfit(Box<Finding>),
    Fit {
        /// What a finding it names is marked with.
        justification: Justification,
        /// Where its `bis_wert` and its `regel` are written, and their paths.
        bis_wert: (Option<Loc>, String),
        regel: (Option<Loc>, String),
        code: &'static str,
        prefixes: Vec<String>,
        /// `im Plan` or `für `gs-nord``.
        wer: Text,
        /// Findings it named, justified or not.
        matched: usize,
    },
}

impl Justifier {
    pub fn new(plan: &Plan, json: &Value, locator: &Locator<'_>) -> Self {
        let entries = plan
            .abweichungen
            .iter()
            .enumerate()
            .map(|(i, a)| entry(i, a, json, locator))
            .collect();
        Self { entries }
    }

    /// Mark `f` justified if an entry names it; a figure beyond an entry's `bis_wert` gives
    /// a W245 in `own` instead.
    pub fn judge(&mut self, f: &mut Finding, own: &mut Vec<Finding>) {
        for e in &mut self.entries {
            let Entry::Fit {
                justification,
                bis_wert,
                code,
                prefixes,
                wer,
                matched,
                ..
            } = e
            else {
                continue;
            };
            if !(f.code == *code && f.is_open() && names(f.path.as_deref(), prefixes)) {
                continue;
            }
            *matched += 1;
            if let (Some(bis), Some(wert)) = (justification.up_to, f.value)
                && wert > bis
            {
                let (w, b) = (figure(wert), figure(bis));
                own.push(
                    Finding::new(
                            "W245",
                            Text::new(
                                format!(
                                    "die Abweichung von {code} {} ist bis {} begründet, die Kennzahl ist jetzt {}: die Warnung gilt wieder",
                                    wer.de, b.0, w.0
                                ),
                                format!(
                                    "the deviation from {code} {} is justified up to {}, the figure is now {}: the warning applies again",
                                    wer.en, b.1, w.1
                                ),
                            ),
                        )
                        .at(bis_wert.0.clone())
                        .path(bis_wert.1.clone())
                        .hint(text!(
                            "Beheben Sie die Ursache der Warnung, oder begründen Sie die neue Kennzahl und passen Sie `bis_wert` an",
                            "remove the cause of the warning, or justify the new figure and adjust `bis_wert`"
                        )),
                );
                continue;
            }
            f.justification = Some(justification.clone());
        }
    }

    /// The findings about the entries themselves, in their order: E127 for what cannot be
    /// justified, W245 for a place the plan lacks or an entry nothing matched.
    pub fn finish(self) -> Vec<Finding> {
        self.entries
            .into_iter()
            .filter_map(|e| match e {
                Entry::Unfit(f) => Some(*f),
                Entry::Fit {
                    code,
                    regel,
                    wer,
                    matched: 0,
                    ..
                } => Some(
                    Finding::new(
                            "W245",
                            Text::new(
                                format!("{code} meldet {} nichts mehr: die begründete Abweichung ist überholt", wer.de),
                                format!("{code} no longer reports anything {}: the justified deviation is out of date", wer.en),
                            ),
                        )
                        .at(regel.0)
                        .path(regel.1)
                        .hint(text!(
                            "Löschen Sie den Eintrag unter `[[abweichungen]]`; die Lage hat sich geändert",
                            "delete the entry under `[[abweichungen]]`; the situation has changed"
                        )),
                ),
                Entry::Fit { .. } => None,
            })
            .collect()
    }
}

/// Entry `i` of `[[abweichungen]]`, prepared: its code and the places it names.
fn entry(i: usize, a: &Abweichung, json: &Value, locator: &Locator<'_>) -> Entry {
    let at = format!("/abweichungen/{i}");
    let code = match known_warning(a, &at, locator) {
        Ok(code) => code,
        Err(f) => return Entry::Unfit(f),
    };
    let prefixes = match &a.betrifft {
        None => vec![String::new()],
        Some(b) => {
            let p = targets(json, b);
            if p.is_empty() {
                return Entry::Unfit(Box::new(
                    locator
                        .finding(
                            "W245",
                            text!(
                                "die begründete Abweichung von {code} nennt `{b}`, das es im Plan nicht gibt",
                                "the justified deviation from {code} names `{b}`, which the plan does not contain"
                            ),
                            &format!("{at}/betrifft"),
                        )
                        .hint(text!(
                            "Nennen Sie unter `betrifft` die Id des Eintrags (z. B. einer Schule) oder den Pfad aus der Meldung, oder löschen Sie die Abweichung",
                            "give under `betrifft` the id of the entry (e.g. a school) or the path from the message, or delete the deviation"
                        )),
                ));
            }
            p
        }
    };
    let wer = a.betrifft.as_deref().map_or_else(
        || Text::new("im Plan", "in the plan"),
        |b| Text::new(format!("für `{b}`"), format!("for `{b}`")),
    );
    let place = |field: &str| {
        let pointer = format!("{at}/{field}");
        (locator.value(&pointer), display_path(&pointer))
    };
    Entry::Fit {
        justification: Justification {
            reason: a.begruendung.clone(),
            agreed: a.zugestimmt.clone(),
            up_to: a.bis_wert,
            loc: locator.value(&at),
        },
        bis_wert: place("bis_wert"),
        regel: place("regel"),
        code,
        prefixes,
        wer,
        matched: 0,
    }
}

/// A figure as written, German and English: one decimal unless whole (`6`, `5,6`); a ratio
/// over nothing (no device, no staff) is unbounded.
pub fn figure(x: f64) -> (String, String) {
    if x.is_finite() {
        zahl2(x, if x.fract() == 0.0 { 0 } else { 1 })
    } else {
        (
            "unbegrenzt (Bezugsgröße null)".into(),
            "unbounded (base of zero)".into(),
        )
    }
}

/// The catalogue code of a justification's rule, or E127 when it is no warning of the
/// catalogue (an error, a note, a retired or an unknown code).
fn known_warning(
    a: &Abweichung,
    at: &str,
    locator: &Locator<'_>,
) -> Result<&'static str, Box<Finding>> {
    let regel = a.regel.trim();
    let e127 = |message: Text, hint: Text| {
        Box::new(
            locator
                .finding("E127", message, &format!("{at}/regel"))
                .hint(hint),
        )
    };
    match catalogue::find(regel) {
        Some(r) if r.severity == Severity::Warning && r.code != "W245" => Ok(r.code),
        Some(r) if r.severity == Severity::Error => Err(e127(
            text!(
                "{} ist ein Fehler; nur Warnungen können begründet werden",
                "{} is an error; only warnings can be justified",
                r.code
            ),
            text!(
                "Beheben Sie den Fehler im Plan (`mep explain {}`), und löschen Sie diese Abweichung",
                "correct the error in the plan (`mep explain {}`), and delete this deviation",
                r.code
            ),
        )),
        Some(r) => Err(e127(
            text!(
                "{} kann nicht begründet werden; nur Warnungen der Prüfregeln können es",
                "{} cannot be justified; only warnings of the rules can",
                r.code
            ),
            text!("Löschen Sie diese Abweichung", "delete this deviation"),
        )),
        None => match catalogue::find_retired(regel) {
            Some(r) => Err(e127(
                text!(
                    "die Regel {} gibt es nicht mehr (ersetzt durch {})",
                    "rule {} no longer exists (replaced by {})",
                    r.code,
                    r.replaced_by
                ),
                text!(
                    "Löschen Sie diese Abweichung, oder begründen Sie die Warnung, die jetzt gemeldet wird (`mep explain {}`)",
                    "delete this deviation, or justify the warning now reported (`mep explain {}`)",
                    r.code
                ),
            )),
            None => Err(e127(
                text!(
                    "`{}` ist kein Regelcode von mep",
                    "`{}` is not a rule code of mep",
                    regel
                ),
                text!(
                    "Schreiben Sie den Code der Warnung aus der Meldung von `mep check`, z. B. `regel = \"W210\"`",
                    "write the code of the warning from the `mep check` message, e.g. `regel = \"W210\"`"
                ),
            )),
        },
    }
}

/// The display paths `betrifft` names: a path as written in a message (`schulen[3].ist`) or
/// a JSON pointer, or else every entry of the plan with that `id`.
fn targets(json: &Value, betrifft: &str) -> Vec<String> {
    let b = betrifft.trim();
    if b.starts_with('/') {
        return vec![display_path(b)];
    }
    if b.contains(['.', '[']) {
        return vec![b.to_string()];
    }
    let mut out = Vec::new();
    with_id(json, b, &mut String::new(), &mut out);
    out
}

fn with_id(v: &Value, id: &str, pointer: &mut String, out: &mut Vec<String>) {
    let len = pointer.len();
    match v {
        Value::Object(m) => {
            if m.get("id").and_then(Value::as_str) == Some(id) {
                out.push(display_path(pointer));
            }
            for (k, child) in m {
                pointer.push('/');
                pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
                with_id(child, id, pointer, out);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointer.push_str(&format!("/{i}"));
                with_id(child, id, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Whether a finding's path lies within one of the named places (`""` is the whole plan).
fn names(path: Option<&str>, prefixes: &[String]) -> bool {
    prefixes.iter().any(|p| {
        if p.is_empty() {
            return true;
        }
        let Some(path) = path else {
            return false;
        };
        path.strip_prefix(p.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn betrifft_names_an_id_a_path_or_a_pointer() {
        let json = serde_json::json!({
            "schulen": [{ "id": "gs-a" }, { "id": "gs-b", "ist": {} }],
            "massnahmen": [{ "id": "gs-b-tablets" }]
        });
        assert_eq!(targets(&json, "gs-b"), vec!["schulen[1]".to_string()]);
        assert_eq!(
            targets(&json, "schulen[0].ist"),
            vec!["schulen[0].ist".to_string()]
        );
        assert_eq!(targets(&json, "/schulen/0"), vec!["schulen[0]".to_string()]);
        assert!(targets(&json, "gs-c").is_empty());
    }

    #[test]
    fn a_place_contains_the_paths_below_it_only() {
        let p = vec!["schulen[1]".to_string()];
        assert!(names(Some("schulen[1].ist.geraete"), &p));
        assert!(names(Some("schulen[1]"), &p));
        assert!(!names(Some("schulen[10].ist"), &p));
        assert!(!names(None, &p));
        assert!(names(None, &[String::new()]));
    }
}
