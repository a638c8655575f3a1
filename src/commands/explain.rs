//! `mep explain CODE`: what a rule checks, why, its benchmarks and sources as the profile in
//! force (`--profile`, else the built-in one) sets them; `--list` and `--checklist` print the
//! catalogue's titles (which name no values) and the completeness checklist with the source
//! of every item, `--handreichung` how the guidance paper's recommendations are covered, and
//! `--profiles` the built-in Land profiles with their sources.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::{Result, bail};

use crate::catalogue::{self, Art, RULES};
use crate::cli::ExplainArgs;
use crate::completeness::checklist::{CHECKLIST, Section};
use crate::completeness::quellen::quelle;
use crate::exit_code;
use crate::i18n::Lang;
use crate::profile::Profile;

pub fn run(args: &ExplainArgs, lang: Lang) -> Result<u8> {
    let profile = Profile::load(args.profile.profile.as_deref())?;
    let text = if args.list {
        list(lang)
    } else if args.checklist {
        checklist(lang)
    } else if args.handreichung {
        handreichung()
    } else if args.profiles {
        crate::profile::laender::liste(lang)
    } else {
        let code = args.code.as_deref().unwrap_or_default();
        let Some(rule) = catalogue::find(code) else {
            if let Some(r) = catalogue::find_retired(code) {
                let text = format!(
                    "{} – {}\n{}: {}\n\n{}\n",
                    r.code,
                    lang.pick("entfallen", "retired"),
                    lang.pick("ersetzt durch", "replaced by"),
                    r.replaced_by,
                    lang.pick(r.note_de, r.note_en)
                );
                std::io::stdout().write_all(text.as_bytes())?;
                return Ok(exit_code::OK);
            }
            bail!(
                "{} `{code}` ({})",
                lang.pick("unbekannter Regelcode", "unknown rule code"),
                lang.pick(
                    "`mep explain --list` zeigt alle",
                    "`mep explain --list` shows all"
                )
            );
        };
        explain(rule, &profile, lang)
    };
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(exit_code::OK)
}

fn list(lang: Lang) -> String {
    let mut out = String::new();
    for r in RULES {
        let _ = writeln!(out, "{}  {}", r.code, lang.pick(r.title_de, r.title_en));
    }
    out
}

fn checklist(lang: Lang) -> String {
    let mut out = String::new();
    for section in Section::ALL {
        let _ = writeln!(out, "[{}]", section.key());
        for item in CHECKLIST.iter().filter(|i| i.section == section) {
            let _ = writeln!(
                out,
                "  {:<22} {}",
                item.id,
                lang.pick(item.label_de, item.label_en)
            );
            // The source is a citation and stays in German.
            if let Some(q) = quelle(section, item.id) {
                let _ = writeln!(out, "  {:<22} {}: {q}", "", lang.pick("Quelle", "source"));
            }
        }
    }
    out
}

/// The traceability document, embedded: everything up to the first part of the paper
/// (purpose, how recommendations are counted, notation, coverage table). German, as the
/// document is.
const HANDREICHUNG: &str = include_str!("../../docs/handreichung.md");

fn handreichung() -> String {
    let kopf = HANDREICHUNG
        .split("\n## Einleitung")
        .next()
        .unwrap_or(HANDREICHUNG);
    format!(
        "{}\n\nDie Zuordnung jeder Empfehlung: docs/handreichung.md im Quelltext von mep.\n",
        kopf.trim_end()
    )
}

fn explain(rule: &catalogue::Rule, profile: &Profile, lang: Lang) -> String {
    let mut out = String::new();
    let severity = rule.severity.word(lang);
    let art = match rule.art {
        Art::Struktur => lang.pick("Struktur", "structure"),
        Art::Bedeutung => lang.pick("Bedeutung", "meaning"),
        Art::Plausibilitaet => lang.pick("Plausibilität", "plausibility"),
    };
    let _ = writeln!(
        out,
        "{} – {}",
        rule.code,
        lang.pick(rule.title_de, rule.title_en)
    );
    let _ = writeln!(out, "{}: {severity} ({art})\n", lang.pick("Art", "kind"));
    let _ = writeln!(out, "{}", rule.explanation(profile, lang));
    if let Some((de, en)) = catalogue::fix(rule.code) {
        let _ = writeln!(
            out,
            "\n{}: {}",
            lang.pick("Behebung", "fix"),
            lang.pick(de, en)
        );
    }
    let lines = rule.benchmark_lines(profile, lang);
    if !lines.is_empty() {
        let _ = writeln!(out, "\n{}", lines.join("\n"));
    }
    if rule.code == "W220" {
        let _ = writeln!(out, "\n{}:", lang.pick("Übliche Preise", "usual prices"));
        for (k, p) in &profile.preise {
            let _ = writeln!(
                out,
                "  {k}: {}–{} je {} ({})",
                crate::format::euro_rund(p.von, lang),
                crate::format::euro_rund(p.bis, lang),
                p.einheit,
                p.quelle
            );
        }
    }
    if matches!(rule.code, "E105" | "E116" | "E118" | "E121") {
        let _ = writeln!(
            out,
            "\n{}:",
            lang.pick(
                "Förderprogramme im Profil",
                "funding programmes in the profile"
            )
        );
        for p in &profile.programme {
            let kats: Vec<&str> = p.foerderfaehig.iter().map(|k| k.key()).collect();
            let _ = writeln!(
                out,
                "  {} – {} ({}–{})",
                p.id, p.name, p.zeitraum.von, p.zeitraum.bis
            );
            let _ = writeln!(
                out,
                "    {}: {}",
                lang.pick("förderfähig", "eligible"),
                kats.join(", ")
            );
            if let Some(a) = p.mobile_geraete_anteil_max {
                let _ = writeln!(
                    out,
                    "    {}: {a} %",
                    lang.pick("mobile Endgeräte höchstens", "mobile devices at most")
                );
            }
            if let Some(e) = p.mobile_geraete_euro_pro_schule_max {
                let _ = writeln!(
                    out,
                    "    {}: {}",
                    lang.pick(
                        "mobile Endgeräte je Schule höchstens",
                        "mobile devices per school at most"
                    ),
                    crate::format::euro_rund(e, lang)
                );
            }
            let _ = writeln!(out, "    {}: {}", lang.pick("Quelle", "source"), p.quelle);
        }
    }
    out
}
