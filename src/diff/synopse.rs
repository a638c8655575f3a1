//! The Synopse: the comparison as a council reads it, German and formatted, per section a
//! table of the old and the new wording with the changes marked. One context feeds the
//! text output, the Markdown template `synopse.md` and the typst template `synopse.typ`.

use serde::Serialize;
use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use super::rollup::{Amount, Pair, Rollups};
use super::tree::leaves;
use super::values::{FieldKind, display, kind_of};
use super::{
    About, Change, ChangeKind, Counts, Diff, SECTIONS, group_of, section_of, section_title,
};
use crate::format::{self, euro_rund as euro, zahl};
use crate::i18n::Lang;
use crate::model::types::{Datum, Euro};
use crate::render::labels;

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

/// The changes of one entity (a school, a measure) or table.
#[derive(Debug, Clone, Serialize)]
pub struct Gruppe {
    pub pfad: String,
    pub titel: String,
    /// The id, for entities that have one.
    pub kennung: Option<String>,
    /// `hinzugefuegt`, `entfernt` or `geaendert`.
    pub art: &'static str,
    /// „neu“, „entfällt“, „geändert“.
    pub art_text: String,
    pub zeilen: Vec<Zeile>,
    /// For a guardrail: the measures serving it that changed too.
    pub folgen: Vec<String>,
}

/// One changed field: old and new wording, with the changed words marked.
#[derive(Debug, Clone, Serialize)]
pub struct Zeile {
    pub pfad: String,
    pub feld: String,
    /// `hinzugefuegt`, `entfernt`, `geaendert`, `umbenannt` or `neue_kennung`.
    pub art: &'static str,
    pub alt: Vec<Teil>,
    pub neu: Vec<Teil>,
}

/// A piece of text; `markiert` when it is what changed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Teil {
    pub text: String,
    pub markiert: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Kennzahlen {
    /// Said when the two versions cover different periods (totals are per period).
    pub laufzeit_hinweis: Option<String>,
    pub kosten_jahre: Vec<BetragZeile>,
    pub kosten_bereiche: Vec<BetragZeile>,
    pub kosten_quellen: Vec<BetragZeile>,
    pub investition: BetragZeile,
    pub tco: BetragZeile,
    pub schulen: Vec<SchulZeile>,
    pub vollstaendigkeit: Vollstaendigkeit,
    pub befunde_neu: Vec<BefundZeile>,
    pub befunde_behoben: Vec<BefundZeile>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BetragZeile {
    pub name: String,
    pub alt: String,
    pub neu: String,
    pub differenz: String,
    pub prozent: String,
    pub geaendert: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SchulZeile {
    pub kennung: String,
    pub name: String,
    pub schueler_alt: String,
    pub schueler_neu: String,
    pub geraete_alt: String,
    pub geraete_neu: String,
    pub je_geraet_alt: String,
    pub je_geraet_neu: String,
    pub je_geraet_ziel_alt: String,
    pub je_geraet_ziel_neu: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Vollstaendigkeit {
    pub alt: u8,
    pub neu: u8,
    pub differenz: String,
    pub abschnitte: Vec<AbschnittProzent>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AbschnittProzent {
    pub name: String,
    pub alt: String,
    pub neu: String,
    pub geaendert: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BefundZeile {
    pub code: String,
    pub schwere: String,
    pub meldung: String,
    pub ort: String,
}

const OFFEN: &str = "–";

fn art(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "hinzugefuegt",
        ChangeKind::Removed => "entfernt",
        ChangeKind::Changed => "geaendert",
        ChangeKind::Renamed => "umbenannt",
        ChangeKind::IdChanged => "neue_kennung",
    }
}

fn fassung(a: &About, lang: Lang) -> Fassung {
    let datum = a
        .date
        .as_deref()
        .and_then(Datum::parse)
        .map(|d| format::datum(d, lang))
        .unwrap_or_default();
    let status = a
        .status
        .as_deref()
        .map(|s| match lang {
            Lang::De => labels::name(s).unwrap_or(s).to_string(),
            Lang::En => s.replace('_', " "),
        })
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

fn whole(text: String, markiert: bool) -> Vec<Teil> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Teil { text, markiert }]
    }
}

/// Old and new text with the changed words marked; short values are marked whole.
pub fn word_diff(old: &str, new: &str) -> (Vec<Teil>, Vec<Teil>) {
    let long = old.contains(char::is_whitespace) && new.contains(char::is_whitespace);
    let diff = TextDiff::from_words(old, new);
    // A text rewritten more than half is shown as replaced, not as scattered kept words.
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let kept: usize = diff
        .iter_all_changes()
        .filter(|c| c.tag() == ChangeTag::Equal)
        .map(|c| letters(c.value()))
        .sum();
    if !long || kept * 2 < letters(old).max(letters(new)) {
        return (whole(old.to_string(), true), whole(new.to_string(), true));
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut a, text, false);
                push(&mut b, text, false);
            }
            ChangeTag::Delete => push(&mut a, text, true),
            ChangeTag::Insert => push(&mut b, text, true),
        }
    }
    (tidy(a), tidy(b))
}

/// Append text, joining with the previous piece of the same marking.
fn push(parts: &mut Vec<Teil>, text: &str, markiert: bool) {
    match parts.last_mut() {
        Some(last) if last.markiert == markiert => last.text.push_str(text),
        _ => parts.push(Teil {
            text: text.to_string(),
            markiert,
        }),
    }
}

/// Marked pieces neither start nor end with whitespace (so that emphasis in Markdown
/// stays valid): it moves to the unmarked neighbours.
fn tidy(parts: Vec<Teil>) -> Vec<Teil> {
    // Changed words separated only by spaces are one change.
    let mut joined: Vec<Teil> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let p = &parts[i];
        let between = !p.markiert
            && p.text.trim().is_empty()
            && joined.last().is_some_and(|l| l.markiert)
            && parts.get(i + 1).is_some_and(|n| n.markiert);
        if between {
            if let (Some(last), Some(next)) = (joined.last_mut(), parts.get(i + 1)) {
                last.text.push_str(&p.text);
                last.text.push_str(&next.text);
            }
            i += 2;
            continue;
        }
        push(&mut joined, &p.text, p.markiert);
        i += 1;
    }
    let mut out: Vec<Teil> = Vec::new();
    for p in joined {
        if !p.markiert {
            push(&mut out, &p.text, false);
            continue;
        }
        let core = p.text.trim();
        if core.is_empty() {
            push(&mut out, &p.text, false);
            continue;
        }
        let start = p.text.len() - p.text.trim_start().len();
        let end = p.text.trim_end().len();
        push(&mut out, &p.text[..start], false);
        out.push(Teil {
            text: core.to_string(),
            markiert: true,
        });
        push(&mut out, &p.text[end..], false);
    }
    out.retain(|t| !t.text.is_empty());
    out
}

fn value_text(path: &str, v: Option<&Value>, lang: Lang) -> String {
    v.map(|v| display(path, v, lang)).unwrap_or_default()
}

/// The rows of one change: a whole entity or table becomes one row per field.
fn rows(c: &Change, group: &str, lang: Lang) -> Vec<Zeile> {
    let relative = |path: &str| -> String {
        path.strip_prefix(group)
            .map(|r| r.trim_start_matches('.'))
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| path.rsplit('.').next().unwrap_or(path))
            .to_string()
    };
    let side = c.new.as_ref().or(c.old.as_ref());
    // A whole entity (a new school, a dropped measure) gets one row per field; a table
    // inside an entity (a yearly budget, a funding share) one row with its fields.
    if matches!(c.kind, ChangeKind::Added | ChangeKind::Removed)
        && c.path == group
        && side.is_some_and(|v| {
            v.is_object() || v.as_array().is_some_and(|a| a.iter().any(Value::is_object))
        })
    {
        let added = c.kind == ChangeKind::Added;
        return leaves(&c.path, side.unwrap_or(&Value::Null))
            .into_iter()
            .map(|(path, v)| {
                let text = display(&path, &v, lang);
                Zeile {
                    feld: relative(&path),
                    pfad: path,
                    art: art(c.kind),
                    alt: if added {
                        Vec::new()
                    } else {
                        whole(text.clone(), true)
                    },
                    neu: if added { whole(text, true) } else { Vec::new() },
                }
            })
            .collect();
    }
    let (alt, neu) = match (&c.old, &c.new) {
        // Texts get their changed words marked; amounts, dates and choices change whole.
        (Some(Value::String(o)), Some(Value::String(n)))
            if c.kind != ChangeKind::IdChanged && kind_of(&c.path) == FieldKind::Other =>
        {
            let (o, n) = (
                display(&c.path, &Value::String(o.clone()), lang),
                display(&c.path, &Value::String(n.clone()), lang),
            );
            word_diff(&o, &n)
        }
        (Some(Value::Array(o)), Some(Value::Array(n))) => set_diff(&c.path, o, n, lang),
        _ => (
            whole(value_text(&c.path, c.old.as_ref(), lang), true),
            whole(value_text(&c.path, c.new.as_ref(), lang), true),
        ),
    };
    let feld = if c.kind == ChangeKind::IdChanged {
        "id".to_string()
    } else {
        relative(&c.path)
    };
    vec![Zeile {
        pfad: c.path.clone(),
        feld,
        art: art(c.kind),
        alt,
        neu,
    }]
}

/// A changed list of values: items only in the old list marked in the old column, items
/// only in the new list marked in the new one.
fn set_diff(path: &str, old: &[Value], new: &[Value], lang: Lang) -> (Vec<Teil>, Vec<Teil>) {
    let side = |items: &[Value], other: &[Value]| -> Vec<Teil> {
        let mut parts: Vec<Teil> = Vec::new();
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                push(&mut parts, ", ", false);
            }
            push(&mut parts, &display(path, v, lang), !other.contains(v));
        }
        tidy(parts)
    };
    (side(old, new), side(new, old))
}

fn group_title(diff: &Diff, group: &str, lang: Lang) -> (String, Option<String>) {
    if let Some(name) = diff.names.get(group) {
        let id = group
            .rsplit_once('[')
            .map(|(_, k)| k.trim_end_matches(']').to_string());
        return (name.clone(), id);
    }
    if let Some((_, key)) = group.rsplit_once('[') {
        let key = key.trim_end_matches(']');
        return (
            lang.pick(labels::name(key).unwrap_or(key), key).to_string(),
            None,
        );
    }
    let last = group.rsplit('.').next().unwrap_or(group);
    if group == section_of(group) {
        return (section_title(group, lang), None);
    }
    let title = match lang {
        Lang::De => GROUP_TITLES
            .iter()
            .find(|(k, _)| *k == group)
            .map(|(_, t)| (*t).to_string())
            .or_else(|| labels::name(last).map(str::to_string))
            .unwrap_or_else(|| titel_aus_schluessel(last)),
        Lang::En => last.replace('_', " "),
    };
    (title, None)
}

/// Display names of the tables that group fields (`leitplanken.schulbuecher`).
const GROUP_TITLES: &[(&str, &str)] = &[
    ("plan.schultraeger", "Schulträger"),
    ("plan.it_dienstleister", "IT-Dienstleister"),
    ("plan.medienzentrum", "Medienzentrum"),
    ("plan.beschluss", "Beschluss"),
    ("plan.zeitraum", "Laufzeit"),
    ("leitplanken.netz", "Netz"),
    ("leitplanken.dienste", "Dienstelandschaft"),
    (
        "leitplanken.lehrkraftgeraete",
        "Dienstgeräte der Lehrkräfte",
    ),
    (
        "leitplanken.schuelergeraete",
        "Geräte der Schülerinnen und Schüler",
    ),
    ("leitplanken.praesentation", "Präsentationstechnik"),
    ("leitplanken.schulbuecher", "Schulbücher"),
    ("zielarchitektur.software", "Software und Inhalte"),
    (
        "zielarchitektur.infrastruktur",
        "Infrastruktur und zentrale Dienste",
    ),
    ("zielarchitektur.hardware", "Hardware"),
    ("support.sprechstunde", "Sprechstunde"),
    ("governance.formate", "Formate der Zusammenarbeit"),
    ("datenschutz.informationsverbund", "Informationsverbund"),
    (
        "datenschutz.verarbeitungsverzeichnis",
        "Verarbeitungsverzeichnis",
    ),
    ("evaluation.ueberpruefungen", "Überprüfungen"),
];

/// `it_dienstleister` → „It dienstleister“, for table names without a display name.
fn titel_aus_schluessel(key: &str) -> String {
    let spaced = key.replace('_', " ");
    let mut c = spaced.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn gruppen(diff: &Diff, changes: &[&Change], lang: Lang) -> Vec<Gruppe> {
    let mut out: Vec<Gruppe> = Vec::new();
    for c in changes {
        let group = group_of(&c.path);
        let idx = match out.iter().position(|g| g.pfad == group) {
            Some(i) => i,
            None => {
                let (titel, kennung) = group_title(diff, group, lang);
                out.push(Gruppe {
                    pfad: group.to_string(),
                    titel,
                    kennung,
                    art: "geaendert",
                    art_text: String::new(),
                    zeilen: Vec::new(),
                    folgen: Vec::new(),
                });
                out.len() - 1
            }
        };
        let g = &mut out[idx];
        if c.path == group {
            g.art = match c.kind {
                ChangeKind::Added => "hinzugefuegt",
                ChangeKind::Removed => "entfernt",
                _ => "geaendert",
            };
        }
        g.zeilen.extend(rows(c, group, lang));
    }
    for g in &mut out {
        g.art_text = match g.art {
            "hinzugefuegt" => lang.pick("neu", "new"),
            "entfernt" => lang.pick("entfällt", "removed"),
            _ => lang.pick("geändert", "changed"),
        }
        .to_string();
    }
    out
}

/// For each guardrail whose decision changed (not only its wording), the measures serving
/// it that changed as well.
fn guardrail_consequences(diff: &Diff, groups: &mut [Gruppe], lang: Lang) {
    for g in groups.iter_mut() {
        let decided = g
            .zeilen
            .iter()
            .any(|z| z.feld != "begruendung" && !z.feld.ends_with(".begruendung"));
        if !decided {
            continue;
        }
        let Some(id) = g
            .pfad
            .strip_prefix("leitplanken.")
            .map(|rest| rest.trim_start_matches("weitere[").trim_end_matches(']'))
        else {
            continue;
        };
        let Some(measures) = diff.guardrail_measures.get(id) else {
            continue;
        };
        for m in measures {
            let path = format!("massnahmen[{m}]");
            let Some(c) = diff
                .changes
                .iter()
                .find(|c| c.path == path || c.path.starts_with(&format!("{path}.")))
            else {
                continue;
            };
            let how = match (c.path == path, c.kind) {
                (true, ChangeKind::Added) => lang.pick("neu", "new"),
                (true, ChangeKind::Removed) => lang.pick("entfällt", "removed"),
                _ => lang.pick("geändert", "changed"),
            };
            let name = diff.names.get(&path).cloned().unwrap_or_else(|| m.clone());
            g.folgen.push(format!("{name} ({m}): {how}"));
        }
    }
}

fn signed_euro(e: Euro, lang: Lang) -> String {
    if e.0.is_zero() {
        return OFFEN.to_string();
    }
    let s = euro(Euro(e.0.abs()), lang);
    if e.0.is_sign_negative() {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

fn betrag(a: &Amount, lang: Lang) -> BetragZeile {
    BetragZeile {
        name: a.label.clone(),
        alt: euro(a.old, lang),
        neu: euro(a.new, lang),
        differenz: signed_euro(a.delta, lang),
        prozent: match a.percent {
            Some(p) if a.changed() => {
                let s = zahl(p.abs(), 1, lang);
                if p < 0.0 {
                    format!("−{s} %")
                } else {
                    format!("+{s} %")
                }
            }
            _ if a.changed() => lang.pick("neu", "new").to_string(),
            _ => OFFEN.to_string(),
        },
        geaendert: a.changed(),
    }
}

fn opt_u64(p: Option<u64>) -> String {
    p.map_or_else(|| OFFEN.to_string(), |v| v.to_string())
}

fn opt_f64(p: Option<f64>, lang: Lang) -> String {
    p.map_or_else(|| OFFEN.to_string(), |v| zahl(v, 1, lang))
}

fn kennzahlen(r: &Rollups, old: &About, new: &About, lang: Lang) -> Kennzahlen {
    let list = |v: &[Amount]| v.iter().map(|a| betrag(a, lang)).collect::<Vec<_>>();
    let pair_u = |p: &Pair<u64>| (opt_u64(p.old), opt_u64(p.new));
    let pair_f = |p: &Pair<f64>| (opt_f64(p.old, lang), opt_f64(p.new, lang));
    let mut investition = betrag(&r.investment, lang);
    investition.name = lang.pick("Investitionen", "Investment").to_string();
    let mut tco = betrag(&r.tco, lang);
    tco.name = lang
        .pick("Gesamtkosten der Laufzeit (TCO)", "Total cost of ownership")
        .to_string();
    let d = r.completeness.new as i32 - r.completeness.old as i32;
    let laufzeit_hinweis = match (&old.period, &new.period) {
        (Some(a), Some(b)) if a != b => Some(match lang {
            Lang::De => format!(
                "Die Laufzeiten unterscheiden sich (bisher {a}, neu {b}): Die Kosten je Jahr stehen nebeneinander, die Summen gelten für die jeweilige Laufzeit."
            ),
            Lang::En => format!(
                "The periods differ (old {a}, new {b}): costs per year are side by side, totals are for each version's own period."
            ),
        }),
        _ => None,
    };
    Kennzahlen {
        laufzeit_hinweis,
        kosten_jahre: list(&r.costs_per_year),
        kosten_bereiche: list(&r.costs_per_domain),
        kosten_quellen: list(&r.costs_per_source),
        investition,
        tco,
        schulen: r
            .schools
            .iter()
            .map(|s| {
                let (sa, sn) = pair_u(&s.students);
                let (ga, gn) = pair_u(&s.devices);
                let (ja, jn) = pair_f(&s.students_per_device);
                let (za, zn) = pair_f(&s.students_per_device_target);
                SchulZeile {
                    kennung: s.id.clone(),
                    name: s.name.clone(),
                    schueler_alt: sa,
                    schueler_neu: sn,
                    geraete_alt: ga,
                    geraete_neu: gn,
                    je_geraet_alt: ja,
                    je_geraet_neu: jn,
                    je_geraet_ziel_alt: za,
                    je_geraet_ziel_neu: zn,
                }
            })
            .collect(),
        vollstaendigkeit: Vollstaendigkeit {
            alt: r.completeness.old,
            neu: r.completeness.new,
            differenz: match d {
                0 => OFFEN.to_string(),
                d if d > 0 => format!("+{d}"),
                d => format!("−{}", -d),
            },
            abschnitte: r
                .completeness
                .sections
                .iter()
                .map(|s| AbschnittProzent {
                    name: s.section.clone(),
                    alt: s
                        .old
                        .map_or_else(|| OFFEN.to_string(), |v| format!("{v} %")),
                    neu: s
                        .new
                        .map_or_else(|| OFFEN.to_string(), |v| format!("{v} %")),
                    geaendert: s.old != s.new,
                })
                .collect(),
        },
        befunde_neu: befunde(&r.new_findings, lang),
        befunde_behoben: befunde(&r.resolved_findings, lang),
    }
}

fn befunde(list: &[super::rollup::FindingRef], lang: Lang) -> Vec<BefundZeile> {
    list.iter()
        .map(|f| BefundZeile {
            code: f.code.clone(),
            schwere: match f.severity {
                crate::diagnostic::Severity::Error => lang.pick("Fehler", "error"),
                crate::diagnostic::Severity::Warning => lang.pick("Warnung", "warning"),
                crate::diagnostic::Severity::Info => lang.pick("Hinweis", "info"),
            }
            .to_string(),
            meldung: f.message.clone(),
            ort: f.location.clone().unwrap_or_default(),
        })
        .collect()
}

fn saetze(c: &Counts, abschnitte: &[Abschnitt], k: Option<&Kennzahlen>, lang: Lang) -> Vec<String> {
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
        if k.tco.geaendert {
            out.push(match lang {
                Lang::De => format!(
                    "Die Gesamtkosten der Laufzeit ändern sich von {} auf {} ({}).",
                    k.tco.alt, k.tco.neu, k.tco.differenz
                ),
                Lang::En => format!(
                    "The total cost of ownership changes from {} to {} ({}).",
                    k.tco.alt, k.tco.neu, k.tco.differenz
                ),
            });
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
    let mut order: Vec<&str> = SECTIONS.iter().map(|(k, _, _)| *k).collect();
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
        let mut groups = gruppen(diff, &changes, lang);
        if key == "leitplanken" {
            guardrail_consequences(diff, &mut groups, lang);
        }
        abschnitte.push(Abschnitt {
            schluessel: key.to_string(),
            titel: section_title(key, lang),
            anzahl: changes.len(),
            gruppen: groups,
        });
    }
    let counts = Counts::of(&diff.changes);
    let kennzahlen = diff
        .rollups
        .as_ref()
        .map(|r| kennzahlen(r, &diff.old, &diff.new, lang));
    let alt = fassung(&diff.old, lang);
    let neu = fassung(&diff.new, lang);
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
            saetze: saetze(&counts, &abschnitte, kennzahlen.as_ref(), lang),
        },
        abschnitte,
        kennzahlen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(parts: &[Teil]) -> String {
        parts
            .iter()
            .map(|t| {
                if t.markiert {
                    format!("[{}]", t.text)
                } else {
                    t.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn long_texts_mark_the_changed_words() {
        let (a, b) = word_diff(
            "Jede Schule erhält einen Klassensatz Tablets.",
            "Jede Schule erhält zwei Klassensätze Tablets.",
        );
        assert_eq!(text(&a), "Jede Schule erhält [einen Klassensatz] Tablets.");
        assert_eq!(text(&b), "Jede Schule erhält [zwei Klassensätze] Tablets.");
    }

    #[test]
    fn changed_words_in_a_row_are_one_mark() {
        let (a, b) = word_diff(
            "Medienentwicklungsplan der Stadt 2026–2030",
            "Medienentwicklungsplan der Stadt 2026 bis 2030",
        );
        assert_eq!(text(&a), "Medienentwicklungsplan der Stadt [2026–2030]");
        assert_eq!(text(&b), "Medienentwicklungsplan der Stadt [2026 bis 2030]");
    }

    #[test]
    fn short_values_are_marked_whole() {
        let (a, b) = word_diff("212", "230");
        assert_eq!((text(&a), text(&b)), ("[212]".into(), "[230]".into()));
    }
}
