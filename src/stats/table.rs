//! `mep stats` as tables (comfy-table), with German number and money formats.
//!
//! Longer than 400 lines on purpose: the terminal tables of `mep stats`, one function per table.

use std::fmt::Write as _;

use comfy_table::{CellAlignment, Table, presets::UTF8_FULL_CONDENSED};

use super::{Gruppe, Kennzahlen};
use crate::format::{euro_rund, zahl};
use crate::i18n::Lang;
use crate::labels::OFFEN;

fn opt(x: Option<f64>, d: usize, lang: Lang) -> String {
    x.map(|v| zahl(v, d, lang)).unwrap_or_else(|| OFFEN.into())
}

fn table(header: Vec<&str>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_header(header);
    t
}

fn right_align(t: &mut Table, from: usize) {
    let n = t.column_count();
    for i in from..n {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
}

/// A count, or a dash when a school leaves it open (unknown is never 0).
fn anzahl(n: Option<u64>, lang: Lang) -> String {
    n.map_or_else(|| OFFEN.into(), |n| zahl(n as f64, 0, lang))
}

fn gruppen_zeile(g: &Gruppe, lang: Lang) -> Vec<String> {
    let name = if g.name == super::GESAMT {
        lang.pick("Gesamt", "Total").to_string()
    } else {
        g.name.clone()
    };
    vec![
        name,
        g.schueler_teil().text(lang),
        g.schuelergeraete_teil().text(lang),
        opt(g.schueler_pro_geraet_ist, 1, lang),
        anzahl(g.schuelergeraete_soll, lang),
        opt(g.schueler_pro_geraet_soll, 1, lang),
        opt(g.breitband_mbit_pro_klasse_ist, 1, lang),
        opt(g.breitband_mbit_pro_klasse_soll, 1, lang),
        opt(g.wlan_abdeckung_ist, 0, lang),
        opt(g.praesentation_abdeckung_ist, 0, lang),
    ]
}

/// Render all figures as text tables; `fehler` is the number of errors of a plan whose
/// figures are shown despite them (provisional).
pub fn render(k: &Kennzahlen, fehler: usize, lang: Lang) -> String {
    let mut out = String::new();
    if fehler > 0 {
        let _ = writeln!(
            out,
            "{}\n",
            match lang {
                Lang::De => format!(
                    "vorläufig – der Plan hat {fehler} Fehler; die Kennzahlen gelten erst, wenn sie behoben sind"
                ),
                Lang::En => format!(
                    "provisional – the plan has {fehler} error(s); the figures hold once they are fixed"
                ),
            }
        );
    }
    let head = match lang {
        Lang::De => vec![
            "",
            "Schüler",
            "Geräte IST",
            "S./Gerät IST",
            "Geräte SOLL",
            "S./Gerät SOLL",
            "Mbit/Klasse IST",
            "Mbit/Klasse SOLL",
            "WLAN % IST",
            "Präs. % IST",
        ],
        Lang::En => vec![
            "",
            "students",
            "devices now",
            "stud./dev. now",
            "devices target",
            "stud./dev. target",
            "Mbit/class now",
            "Mbit/class target",
            "WLAN % now",
            "pres. % now",
        ],
    };

    let _ = writeln!(out, "{}", lang.pick("Schulen", "Schools"));
    let mut t = table(head.clone());
    for s in &k.schulen {
        let mut row = gruppen_zeile(&s.zahlen, lang);
        row[0] = s.id.clone();
        t.add_row(row);
    }
    right_align(&mut t, 1);
    let _ = writeln!(out, "{t}\n");

    let _ = writeln!(
        out,
        "{}",
        lang.pick("Schulformen und gesamt", "School types and total")
    );
    let mut t = table(head);
    for g in k.schulformen.iter().chain(std::iter::once(&k.gesamt)) {
        t.add_row(gruppen_zeile(g, lang));
    }
    right_align(&mut t, 1);
    let _ = writeln!(out, "{t}\n");

    let s = &k.support;
    let _ = writeln!(out, "{}", lang.pick("Support", "Support"));
    let mut t = table(match lang {
        Lang::De => vec![
            "VZÄ",
            "Geräte IST",
            "Geräte/VZÄ IST",
            "Geräte SOLL",
            "Geräte/VZÄ SOLL",
        ],
        Lang::En => vec![
            "FTE",
            "devices now",
            "devices/FTE now",
            "devices target",
            "devices/FTE target",
        ],
    });
    t.add_row(vec![
        opt(s.personal_vzae, 1, lang),
        anzahl(s.geraete_ist, lang),
        opt(s.geraete_pro_vzae_ist, 0, lang),
        anzahl(s.geraete_soll, lang),
        opt(s.geraete_pro_vzae_soll, 0, lang),
    ]);
    right_align(&mut t, 0);
    let _ = writeln!(out, "{t}\n");

    let c = &k.kosten;
    // Without a period only the investment is known: a dash, not 0 €, for the rest.
    // Where some measures state no cost, the sums are lower bounds ("mind." / "at least").
    let bekannt = |e: crate::model::types::Euro| {
        if c.vollstaendig() {
            euro_rund(e, lang)
        } else if c.teilweise() {
            format!("{} {}", lang.pick("mind.", "at least"), euro_rund(e, lang))
        } else {
            OFFEN.to_string()
        }
    };
    let _ = writeln!(out, "{}", lang.pick("Kosten je Jahr", "Costs per year"));
    let mut t = table(match lang {
        Lang::De => vec![
            "Jahr",
            "Investition",
            "Laufend",
            "Folgekosten",
            "Ersatz",
            "Gesamt",
        ],
        Lang::En => vec![
            "year",
            "investment",
            "running",
            "follow-up",
            "replacement",
            "total",
        ],
    });
    for j in c.jahre.iter().filter(|_| k.kosten_genannt()) {
        t.add_row(vec![
            j.jahr.to_string(),
            euro_rund(j.investition, lang),
            euro_rund(j.laufend, lang),
            euro_rund(j.folgekosten, lang),
            euro_rund(j.ersatz, lang),
            euro_rund(j.gesamt, lang),
        ]);
    }
    t.add_row(vec![
        lang.pick("Summe (TCO)", "total (TCO)").to_string(),
        k.investition()
            .map_or_else(|| OFFEN.to_string(), |e| euro_rund(e, lang)),
        bekannt(c.laufend),
        bekannt(c.folgekosten),
        bekannt(c.ersatz),
        bekannt(c.tco),
    ]);
    right_align(&mut t, 1);
    let _ = writeln!(out, "{t}\n");

    let _ = writeln!(
        out,
        "{}",
        lang.pick("Kosten je Bereich", "Costs per domain")
    );
    let mut t = table(match lang {
        Lang::De => vec!["Bereich", "Investition", "Laufend", "Folgekosten"],
        Lang::En => vec!["domain", "investment", "running", "follow-up"],
    });
    for b in c.bereiche.iter().filter(|_| k.kosten_genannt()) {
        t.add_row(vec![
            b.bereich.clone(),
            euro_rund(b.investition, lang),
            euro_rund(b.laufend, lang),
            euro_rund(b.folgekosten, lang),
        ]);
    }
    right_align(&mut t, 1);
    let _ = writeln!(out, "{t}\n");

    let _ = writeln!(
        out,
        "{}",
        lang.pick(
            "Kosten je Schule (gemeinsame Maßnahmen nach Schülerzahl verteilt)",
            "Costs per school (shared measures split by students)"
        )
    );
    let mut t = table(match lang {
        Lang::De => vec!["Schule", "Schulform", "Kosten", "je Schüler"],
        Lang::En => vec!["school", "type", "costs", "per student"],
    });
    for s in &k.schulen {
        t.add_row(vec![
            s.id.clone(),
            s.schulform.name().to_string(),
            bekannt(s.kosten),
            s.kosten_je_schueler.map_or_else(|| OFFEN.into(), bekannt),
        ]);
    }
    right_align(&mut t, 2);
    let _ = writeln!(out, "{t}\n");

    let _ = writeln!(out, "{}", lang.pick("Finanzierung", "Funding"));
    let mut t = table(match lang {
        Lang::De => vec![
            "Quelle",
            "verplant",
            "Standard",
            "Budget",
            "bewilligt",
            "abgerufen",
        ],
        Lang::En => vec![
            "source", "planned", "default", "budget", "approved", "drawn",
        ],
    });
    let oder = |e: Option<crate::model::types::Euro>| {
        e.map_or_else(|| OFFEN.to_string(), |e| euro_rund(e, lang))
    };
    for q in &c.quellen {
        t.add_row(vec![
            q.name.clone(),
            euro_rund(q.betrag, lang),
            euro_rund(q.zugewiesen, lang),
            q.budget
                .map(|b| euro_rund(b, lang))
                .unwrap_or_else(|| OFFEN.into()),
            oder(q.bewilligt),
            oder(q.abgerufen),
        ]);
    }
    right_align(&mut t, 1);
    let _ = writeln!(out, "{t}");
    let quote = opt(c.foerderquote, 1, lang);
    let eltern = c
        .quellen
        .iter()
        .any(|q| q.art == crate::model::finanzierung::QuellenArt::Eltern);
    let per = |e: Option<crate::model::types::Euro>| {
        e.map(|e| euro_rund(e, lang))
            .unwrap_or_else(|| OFFEN.into())
    };
    let pick = |de: String, en: String| if lang == Lang::De { de } else { en };
    let mut line = |de: &str, en: &str, value: String| {
        let _ = writeln!(out, "{}: {value}", lang.pick(de, en));
    };
    line(
        &format!("Fördermittel ({quote} % von Investition und laufenden Kosten)"),
        &format!("Outside funding ({quote} % of investment and running costs)"),
        bekannt(c.fremdmittel),
    );
    line(
        "Eigenanteil des Schulträgers (TCO minus Fördermittel)",
        "Schulträger's own share (TCO minus funding)",
        per(c.eigenanteil_bekannt()),
    );
    line(
        "TCO je Schüler",
        "TCO per student",
        pick(
            format!(
                "{} über die Laufzeit, {} je Jahr",
                per(c.je_schueler),
                per(c.je_schueler_und_jahr)
            ),
            format!(
                "{} over the period, {} per year",
                per(c.je_schueler),
                per(c.je_schueler_und_jahr)
            ),
        ),
    );
    line(
        "Ersatzbedarf des Bestands in der Laufzeit (Richtpreise, in der TCO enthalten)",
        "Replacement need of current stock within the period (usual prices, included in TCO)",
        per(c.ersatzbedarf_bestand_bekannt()),
    );
    line(
        "Maßnahmen mit Kosten",
        "Measures with costs",
        format!(
            "{} {} {}",
            c.beziffert,
            lang.pick("von", "of"),
            c.massnahmen
        ),
    );
    line(
        "Haushalt",
        "Budget",
        pick(
            format!(
                "investiv {}, konsumtiv {}",
                bekannt(c.investiv),
                bekannt(c.konsumtiv)
            ),
            format!(
                "capital {}, current {}",
                bekannt(c.investiv),
                bekannt(c.konsumtiv)
            ),
        ),
    );
    if eltern {
        line(
            "Von Eltern getragen (nicht in der TCO)",
            "Paid by parents (not in TCO)",
            bekannt(c.eltern),
        );
    }
    if let Some(v) = c.volumen {
        line(
            "Planvolumen",
            "Plan volume",
            pick(
                format!(
                    "{} (davon aufgeschlüsselt {})",
                    euro_rund(v, lang),
                    euro_rund(c.tco, lang)
                ),
                format!(
                    "{} (broken down: {})",
                    euro_rund(v, lang),
                    euro_rund(c.tco, lang)
                ),
            ),
        );
    }
    luecken(&mut out, c, lang);
    out
}

/// The gap table (W222): need above budget per year and source, costs assigned to no source.
fn luecken(out: &mut String, c: &super::Kosten, lang: Lang) {
    let rows = c.deckung.luecken();
    let _ = writeln!(out, "\n{}", lang.pick("Deckungslücke", "Funding gap"));
    if rows.is_empty() {
        let _ = writeln!(out, "{}", lang.pick("keine", "none"));
        return;
    }
    let mut t = table(match lang {
        Lang::De => vec!["Jahr", "Quelle", "Bedarf", "Budget", "Lücke"],
        Lang::En => vec!["year", "source", "need", "budget", "gap"],
    });
    for l in rows {
        t.add_row(vec![
            l.jahr.map_or_else(
                || lang.pick("Laufzeit", "period").to_string(),
                |j| j.to_string(),
            ),
            match (&l.quelle, l.art) {
                (Some(q), _) => q.clone(),
                (None, Some(a)) => format!(
                    "{}: {}",
                    lang.pick("nicht zugeordnet", "unassigned"),
                    lang.pick(a.name_de(), a.name_en())
                ),
                (None, None) => lang.pick("nicht zugeordnet", "unassigned").to_string(),
            },
            euro_rund(l.bedarf, lang),
            l.budget
                .map_or_else(|| OFFEN.to_string(), |b| euro_rund(b, lang)),
            euro_rund(l.luecke, lang),
        ]);
    }
    right_align(&mut t, 2);
    let _ = writeln!(out, "{t}");
}
