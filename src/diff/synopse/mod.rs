//! The Synopse: the comparison as a council reads it, German and formatted, per section a
//! table of the old and the new wording with the changes marked. One context feeds the
//! text output, the Markdown template `synopse.md` and the typst template `synopse.typ`.
//!
//! `groups` builds the rows per entity, `words` marks the changed words, `figures` sets the
//! roll-ups side by side.

mod figures;
mod groups;
mod words;

use serde::Serialize;

use crate::diff::{About, Change, Counts, Diff, section_of};
use crate::format;
use crate::i18n::Lang;
use crate::labels;
use crate::model::types::Datum;

pub use figures::*;
pub use groups::*;
pub use words::*;

#[derive(Debug, Clone, Serialize)]
pub struct Synopse {
    pub meta: Meta,
    pub zusammenfassung: Zusammenfassung,
    pub abschnitte: Vec<Abschnitt>,
    pub kennzahlen: Option<Kennzahlen>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    /// Heading: „Synopse: <title of the new version>“.
    pub titel: String,
    pub alt: Fassung,
    pub neu: Fassung,
    /// Active filters in words, empty when everything is shown.
    pub filter: Vec<String>,
    pub werkzeug: String,
}

/// One version as named in the document.
#[derive(Debug, Clone, Serialize)]
pub struct Fassung {
    pub datei: String,
    pub titel: String,
    pub version: String,
    pub datum: String,
    pub status: String,
    /// „Version 1.0 vom 12.03.2024 (beschlossen)“.
    pub bezeichnung: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Zusammenfassung {
    pub unterschiede: usize,
    pub hinzugefuegt: usize,
    pub entfernt: usize,
    pub geaendert: usize,
    pub umbenannt: usize,
    pub neue_kennung: usize,
    /// Lead sentences for the overview.
    pub saetze: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Abschnitt {
    pub schluessel: String,
    pub titel: String,
    pub anzahl: usize,
    pub gruppen: Vec<Gruppe>,
}

use crate::labels::OFFEN;

fn version_of(a: &About, lang: Lang) -> Fassung {
    let datum = a
        .date
        .as_deref()
        .and_then(Datum::parse)
        .map(|d| format::datum(d, lang))
        .unwrap_or_default();
    let status = a
        .status
        .as_deref()
        .map(|s| labels::value_or_key(s, lang))
        .unwrap_or_default();
    let version = a.version.clone().unwrap_or_default();
    let mut bezeichnung = String::new();
    if !version.is_empty() {
        bezeichnung.push_str(&format!("Version {version}"));
    }
    if !datum.is_empty() {
        if !bezeichnung.is_empty() {
            bezeichnung.push(' ');
        }
        bezeichnung.push_str(&format!("{} {datum}", lang.pick("vom", "of")));
    }
    if bezeichnung.is_empty() {
        bezeichnung = a.file.clone();
    }
    if !status.is_empty() {
        bezeichnung.push_str(&format!(" ({status})"));
    }
    Fassung {
        datei: a.file.clone(),
        titel: a.title.clone().unwrap_or_default(),
        version,
        datum,
        status,
        bezeichnung,
    }
}

fn lead_sentences(
    c: &Counts,
    abschnitte: &[Abschnitt],
    k: Option<&Kennzahlen>,
    lang: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    if c.total == 0 {
        out.push(
            lang.pick(
                "Die beiden Fassungen stimmen inhaltlich überein.",
                "The two versions have the same content.",
            )
            .to_string(),
        );
        return out;
    }
    let names: Vec<String> = abschnitte.iter().map(|a| a.titel.clone()).collect();
    out.push(match lang {
        Lang::De => format!(
            "{} Änderungen in {} Abschnitten: {}.",
            c.total,
            abschnitte.len(),
            names.join(", ")
        ),
        Lang::En => format!(
            "{} changes in {} sections: {}.",
            c.total,
            abschnitte.len(),
            names.join(", ")
        ),
    });
    if let Some(k) = k {
        if let Some(h) = &k.laufzeit_hinweis {
            out.push(h.clone());
        }
        use crate::diff::rollup::Transition;
        let t = &k.tco;
        match (t.uebergang, lang) {
            (Transition::Unchanged, _) => {}
            (Transition::NowStated, Lang::De) => out.push(format!(
                "Die Gesamtkosten der Laufzeit sind neu angegeben: {}.",
                t.neu
            )),
            (Transition::NowStated, Lang::En) => out.push(format!(
                "The total cost of ownership is now stated: {}.",
                t.neu
            )),
            (Transition::NowOpen, Lang::De) => out.push(format!(
                "Die Gesamtkosten der Laufzeit sind nicht mehr angegeben (bisher {}).",
                t.alt
            )),
            (Transition::NowOpen, Lang::En) => out.push(format!(
                "The total cost of ownership is no longer stated (before: {}).",
                t.alt
            )),
            (Transition::Changed, Lang::De) => out.push(format!(
                "Die Gesamtkosten der Laufzeit ändern sich von {} auf {} ({}).",
                t.alt, t.neu, t.differenz
            )),
            (Transition::Changed, Lang::En) => out.push(format!(
                "The total cost of ownership changes from {} to {} ({}).",
                t.alt, t.neu, t.differenz
            )),
        }
        if k.vollstaendigkeit.alt != k.vollstaendigkeit.neu {
            out.push(match lang {
                Lang::De => format!(
                    "Vollständigkeit: {} % statt {} %.",
                    k.vollstaendigkeit.neu, k.vollstaendigkeit.alt
                ),
                Lang::En => format!(
                    "Completeness: {} % instead of {} %.",
                    k.vollstaendigkeit.neu, k.vollstaendigkeit.alt
                ),
            });
        }
    }
    out
}

/// Build the Synopse of a comparison (after filtering).
pub fn build(diff: &Diff, filter_words: Vec<String>, lang: Lang) -> Synopse {
    let mut abschnitte = Vec::new();
    let mut order: Vec<&str> = labels::PLAN_SECTIONS.to_vec();
    for c in &diff.changes {
        let s = section_of(&c.path);
        if !order.contains(&s) {
            order.push(s);
        }
    }
    for key in order {
        let changes: Vec<&Change> = diff
            .changes
            .iter()
            .filter(|c| section_of(&c.path) == key)
            .collect();
        if changes.is_empty() {
            continue;
        }
        let mut groups = group_changes(diff, &changes, lang);
        if key == "leitplanken" {
            guardrail_consequences(diff, &mut groups, lang);
        }
        abschnitte.push(Abschnitt {
            schluessel: key.to_string(),
            titel: labels::section_title(key, lang),
            anzahl: changes.len(),
            gruppen: groups,
        });
    }
    let counts = Counts::of(&diff.changes);
    let kennzahlen = diff
        .rollups
        .as_ref()
        .map(|r| side_by_side(r, &diff.old, &diff.new, lang));
    let alt = version_of(&diff.old, lang);
    let neu = version_of(&diff.new, lang);
    let titel_neu = if neu.titel.is_empty() {
        neu.datei.clone()
    } else {
        neu.titel.clone()
    };
    Synopse {
        meta: Meta {
            titel: format!("{}: {titel_neu}", lang.pick("Synopse", "Comparison")),
            alt,
            neu,
            filter: filter_words,
            werkzeug: format!("mep {}", env!("CARGO_PKG_VERSION")),
        },
        zusammenfassung: Zusammenfassung {
            unterschiede: counts.total,
            hinzugefuegt: counts.added,
            entfernt: counts.removed,
            geaendert: counts.changed,
            umbenannt: counts.renamed,
            neue_kennung: counts.id_changed,
            saetze: lead_sentences(&counts, &abschnitte, kennzahlen.as_ref(), lang),
        },
        abschnitte,
        kennzahlen,
    }
}
