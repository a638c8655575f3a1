//! `mep diff` on a terminal: one line per change under its section, long texts with the
//! changed words marked, then the roll-ups as tables and a summary line. Colour only when
//! asked for (a terminal without `NO_COLOR`).
//!
//! Longer than 400 lines on purpose: the terminal report of a diff, section by section, in one
//! place so that its layout stays consistent.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};
use comfy_table::{CellAlignment, Table, presets::UTF8_FULL_CONDENSED};

use super::synopse::{BetragZeile, Kennzahlen, Synopse, Teil};
use super::values::display;
use super::{Change, ChangeKind, Diff};
use crate::i18n::Lang;

struct Paint {
    color: bool,
}

impl Paint {
    fn paint(&self, style: Style, s: &str) -> String {
        if self.color {
            format!("{}{s}{}", style.render(), style.render_reset())
        } else {
            s.to_string()
        }
    }
    fn added(&self, s: &str) -> String {
        self.paint(AnsiColor::Green.on_default(), s)
    }
    fn removed(&self, s: &str) -> String {
        self.paint(AnsiColor::Red.on_default(), s)
    }
    fn changed(&self, s: &str) -> String {
        self.paint(AnsiColor::Yellow.on_default(), s)
    }
    fn heading(&self, s: &str) -> String {
        self.paint(Style::new().bold(), s)
    }
}

/// Words of unchanged text kept around a change on the terminal; the rest is `…`.
const CONTEXT_WORDS: usize = 8;

/// Unchanged text shortened to the words next to the changes.
fn condensed(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let n = CONTEXT_WORDS;
    if words.len() <= 2 * n + 1 || (first && last) {
        return text.to_string();
    }
    match (first, last) {
        (true, _) => format!("… {}", words[words.len() - n..].join(" ")),
        (_, true) => format!("{} …", words[..n].join(" ")),
        _ => format!(
            "{} … {}",
            words[..n].join(" "),
            words[words.len() - n..].join(" ")
        ),
    }
}

/// Marked words as `[-alt-]` / `{+neu+}`, coloured on a terminal.
fn marked(parts: &[Teil], added: bool, p: &Paint) -> String {
    let count = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(i, t)| match (t.markiert, added) {
            (false, _) => condensed(&t.text, i == 0, i + 1 == count),
            (true, true) => p.added(&format!("{{+{}+}}", t.text)),
            (true, false) => p.removed(&format!("[-{}-]", t.text)),
        })
        .collect()
}

fn quoted(path: &str, v: &serde_json::Value, lang: Lang) -> String {
    let s = display(path, v, lang);
    if v.is_string() && super::values::kind_of(path) == super::values::FieldKind::Other {
        format!("„{s}“")
    } else {
        s
    }
}

fn line(diff: &Diff, c: &Change, lang: Lang, p: &Paint) -> String {
    let name = |path: &str| {
        diff.names
            .get(path)
            .map(|n| format!(" „{n}“"))
            .unwrap_or_default()
    };
    let long = |v: &Option<serde_json::Value>| {
        v.as_ref()
            .and_then(|v| v.as_str())
            .is_some_and(|s| s.chars().count() > 50 || s.contains('\n'))
    };
    match c.kind {
        ChangeKind::Added | ChangeKind::Removed => {
            let added = c.kind == ChangeKind::Added;
            let v = if added {
                c.new.as_ref()
            } else {
                c.old.as_ref()
            };
            let v = v.unwrap_or(&serde_json::Value::Null);
            // An entity by its name; anything else by its value (a yearly budget, a share).
            let named = name(&c.path);
            let detail = if !named.is_empty() {
                named
            } else if v.is_object() {
                format!(" ({})", display(&c.path, v, lang))
            } else {
                format!(" = {}", quoted(&c.path, v, lang))
            };
            let mark = if added { p.added("+") } else { p.removed("-") };
            format!("  {mark} {}{detail}", c.path)
        }
        ChangeKind::IdChanged => format!(
            "  {} {}: {} {} → {}",
            p.changed("~"),
            c.path,
            lang.pick("neue Kennung", "new id"),
            c.old.as_ref().and_then(|v| v.as_str()).unwrap_or(""),
            c.new.as_ref().and_then(|v| v.as_str()).unwrap_or("")
        ),
        ChangeKind::Changed | ChangeKind::Renamed => {
            let note = if c.kind == ChangeKind::Renamed {
                format!(" ({})", lang.pick("umbenannt", "renamed"))
            } else {
                String::new()
            };
            let (old, new) = (c.old.as_ref(), c.new.as_ref());
            if let (Some(serde_json::Value::Array(o)), Some(serde_json::Value::Array(n))) =
                (old, new)
            {
                // A list of values: what left it and what joined it.
                let only = |a: &[serde_json::Value], b: &[serde_json::Value]| -> Vec<String> {
                    a.iter()
                        .filter(|v| !b.contains(v))
                        .map(|v| display(&c.path, v, lang))
                        .collect()
                };
                let mut parts = Vec::new();
                let gone = only(o, n);
                if !gone.is_empty() {
                    parts.push(p.removed(&format!("− {}", gone.join("; "))));
                }
                let joined = only(n, o);
                if !joined.is_empty() {
                    parts.push(p.added(&format!("+ {}", joined.join("; "))));
                }
                return format!("  {} {}: {}", p.changed("~"), c.path, parts.join(" "));
            }
            if long(&c.old) || long(&c.new) {
                let (a, b) = super::synopse::word_diff(
                    &display(&c.path, old.unwrap_or(&serde_json::Value::Null), lang),
                    &display(&c.path, new.unwrap_or(&serde_json::Value::Null), lang),
                );
                format!(
                    "  {} {}{note}:\n      {}\n      {}",
                    p.changed("~"),
                    c.path,
                    marked(&a, false, p).trim_end(),
                    marked(&b, true, p).trim_end()
                )
            } else {
                let show = |v: Option<&serde_json::Value>| {
                    v.map_or_else(String::new, |v| quoted(&c.path, v, lang))
                };
                format!(
                    "  {} {}: {} → {}{note}",
                    p.changed("~"),
                    c.path,
                    p.removed(&show(old)),
                    p.added(&show(new))
                )
            }
        }
    }
}

fn amount_table(title: &str, rows: &[BetragZeile], lang: Lang, all: bool) -> Option<String> {
    let rows: Vec<&BetragZeile> = rows.iter().filter(|r| all || r.geaendert).collect();
    if !rows.iter().any(|r| r.geaendert) {
        return None;
    }
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_header(vec![
        title,
        lang.pick("bisher", "old"),
        lang.pick("neu", "new"),
        lang.pick("Differenz", "change"),
        "%",
    ]);
    for r in rows {
        t.add_row(vec![&r.name, &r.alt, &r.neu, &r.differenz, &r.prozent]);
    }
    for i in 1..5 {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    Some(t.to_string())
}

fn rollups(k: &Kennzahlen, lang: Lang, p: &Paint, out: &mut String) {
    let _ = writeln!(
        out,
        "\n{}",
        p.heading(lang.pick("Kennzahlen", "Key figures"))
    );
    if let Some(h) = &k.laufzeit_hinweis {
        let _ = writeln!(out, "{h}");
    }
    let mut totals = k.kosten_jahre.clone();
    totals.push(k.investition.clone());
    totals.push(k.tco.clone());
    totals.push(k.luecke.clone());
    let costs_changed = totals.iter().any(|r| r.geaendert);
    if !costs_changed {
        let _ = writeln!(
            out,
            "{}: {}",
            lang.pick(
                "Kosten unverändert, Gesamtkosten der Laufzeit",
                "Costs unchanged, total cost of ownership"
            ),
            k.tco.neu
        );
    }
    for (title, rows, all) in [
        (
            lang.pick("Kosten je Jahr", "Costs per year"),
            &totals,
            costs_changed,
        ),
        (
            lang.pick("Kosten je Bereich", "Costs per domain"),
            &k.kosten_bereiche,
            false,
        ),
        (
            lang.pick("Finanzierung je Quelle", "Funding per source"),
            &k.kosten_quellen,
            false,
        ),
    ] {
        if let Some(t) = amount_table(title, rows, lang, all) {
            let _ = writeln!(out, "{t}");
        }
    }
    if !k.schulen.is_empty() {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED).set_header(vec![
            lang.pick("Schule", "School"),
            lang.pick("Schüler", "Students"),
            lang.pick("Geräte", "Devices"),
            lang.pick("Schüler je Gerät", "Students per device"),
            lang.pick("Ziel", "Target"),
        ]);
        for s in &k.schulen {
            t.add_row(vec![
                s.kennung.clone(),
                format!("{} → {}", s.schueler_alt, s.schueler_neu),
                format!("{} → {}", s.geraete_alt, s.geraete_neu),
                format!("{} → {}", s.je_geraet_alt, s.je_geraet_neu),
                format!("{} → {}", s.je_geraet_ziel_alt, s.je_geraet_ziel_neu),
            ]);
        }
        let _ = writeln!(out, "{t}");
    }
    if let Some(t) = super::indicators::table(&k.indikatoren, lang) {
        let _ = writeln!(out, "{}:\n{t}", lang.pick("Indikatoren", "Indicators"));
    }
    let v = &k.vollstaendigkeit;
    let _ = writeln!(
        out,
        "{}: {} % → {} % ({})",
        lang.pick("Vollständigkeit", "Completeness"),
        v.alt,
        v.neu,
        v.differenz
    );
    for (title, list, added) in [
        (
            lang.pick("Neue Befunde", "New findings"),
            &k.befunde_neu,
            true,
        ),
        (
            lang.pick("Behobene Befunde", "Resolved findings"),
            &k.befunde_behoben,
            false,
        ),
        (
            lang.pick(
                "Entfallen mit ihrem Gegenstand (nicht behoben)",
                "Gone with what they were about (not fixed)",
            ),
            &k.befunde_entfallen,
            false,
        ),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title}:");
        for b in list {
            let mark = if added { p.added("+") } else { p.removed("-") };
            let ort = if !b.entfallen_mit.is_empty() {
                format!(
                    " ({} {})",
                    lang.pick("entfallen mit", "gone with"),
                    b.entfallen_mit
                )
            } else if b.ort.is_empty() {
                String::new()
            } else {
                format!(" ({})", b.ort)
            };
            let _ = writeln!(
                out,
                "  {mark} {}[{}]: {}{ort}",
                b.schwere, b.code, b.meldung
            );
        }
    }
}

/// „3 Unterschiede: 1 hinzugefügt, 2 geändert.“ (kinds that occur only); with `exit_note`
/// (outside git's driver) the exit code is explained, so that 1 does not read as a failure:
/// „… 2 geändert (Exit-Code 1: Unterschiede gefunden).“
pub fn summary_line(synopse: &Synopse, lang: Lang, exit_note: bool) -> String {
    let z = &synopse.zusammenfassung;
    if z.unterschiede == 0 {
        return lang
            .pick("Keine Unterschiede.", "No differences.")
            .to_string();
    }
    let kinds = [
        (z.hinzugefuegt, "hinzugefügt", "added"),
        (z.entfernt, "entfernt", "removed"),
        (z.geaendert, "geändert", "changed"),
        (z.umbenannt, "umbenannt", "renamed"),
        (z.neue_kennung, "mit neuer Kennung", "with a new id"),
    ];
    let parts: Vec<String> = kinds
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, de, en)| format!("{n} {}", lang.pick(de, en)))
        .collect();
    let noun = match (lang, z.unterschiede) {
        (Lang::De, 1) => "Unterschied",
        (Lang::De, _) => "Unterschiede",
        (Lang::En, 1) => "difference",
        (Lang::En, _) => "differences",
    };
    let note = if exit_note {
        lang.pick(
            " (Exit-Code 1: Unterschiede gefunden)",
            " (exit code 1: differences found)",
        )
    } else {
        ""
    };
    format!("{} {noun}: {}{note}.", z.unterschiede, parts.join(", "))
}

/// The comparison as text.
/// `exit_note`: see [`summary_line`].
pub fn render(diff: &Diff, synopse: &Synopse, lang: Lang, color: bool, exit_note: bool) -> String {
    let p = Paint { color };
    let mut out = String::new();
    let m = &synopse.meta;
    let _ = writeln!(
        out,
        "{} {} → {}",
        p.heading("mep diff"),
        m.alt.datei,
        m.neu.datei
    );
    for (label, f) in [
        (lang.pick("bisher", "old"), &m.alt),
        (lang.pick("neu", "new"), &m.neu),
    ] {
        let title = if f.titel.is_empty() {
            String::new()
        } else {
            format!("{}, ", f.titel)
        };
        let _ = writeln!(out, "  {label:<6} {title}{}", f.bezeichnung);
    }
    for filter in &m.filter {
        let _ = writeln!(out, "  {filter}");
    }
    for a in &synopse.abschnitte {
        let _ = writeln!(out, "\n{} ({})", p.heading(&a.titel), a.anzahl);
        for c in diff
            .changes
            .iter()
            .filter(|c| super::section_of(&c.path) == a.schluessel)
        {
            let _ = writeln!(out, "{}", line(diff, c, lang, &p));
        }
        for g in a.gruppen.iter().filter(|g| !g.folgen.is_empty()) {
            let _ = writeln!(
                out,
                "    → {} „{}“: {}",
                lang.pick("Maßnahmen zur Leitplanke", "measures for the guardrail"),
                g.titel,
                g.folgen.join("; ")
            );
        }
    }
    if let Some(k) = synopse
        .kennzahlen
        .as_ref()
        .filter(|_| !diff.changes.is_empty())
    {
        rollups(k, lang, &p, &mut out);
    }
    let _ = writeln!(out, "\n{}", summary_line(synopse, lang, exit_note));
    out
}
