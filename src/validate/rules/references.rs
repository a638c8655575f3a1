//! Ids: unique within their kind, and every reference points at something that exists.

use std::collections::{HashMap, HashSet};

use super::Ctx;
use crate::i18n::Text;
use crate::model::leitplanken::FESTE_LEITPLANKEN;
use crate::model::massnahmen::ALLE_SCHULEN;
use crate::model::types::Id;
use crate::text;
use crate::validate::structure::nearest;

pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    unique(ctx, "/schulen", p.schulen.iter().map(|s| &s.id));
    unique(ctx, "/massnahmen", p.massnahmen.iter().map(|m| &m.id));
    if let Some(l) = &p.leitplanken {
        unique(ctx, "/leitplanken/weitere", l.weitere.iter().map(|w| &w.id));
    }
    if let Some(z) = &p.zielbild {
        unique(ctx, "/zielbild/ziele", z.ziele.iter().map(|g| &g.id));
    }
    if let Some(s) = p.software() {
        unique(
            ctx,
            "/zielarchitektur/software/anwendungen",
            s.anwendungen.iter().map(|a| &a.id),
        );
    }
    if let Some(g) = &p.governance {
        unique(ctx, "/governance/formate", g.formate.iter().map(|f| &f.id));
        unique(
            ctx,
            "/governance/ansprechpartner",
            g.ansprechpartner.iter().map(|a| &a.id),
        );
    }
    if let Some(k) = &p.kooperation {
        unique(
            ctx,
            "/kooperation/vereinbarungen",
            k.vereinbarungen.iter().map(|v| &v.id),
        );
    }
    if let Some(f) = &p.fortbildung {
        unique(
            ctx,
            "/fortbildung/angebote",
            f.angebote.iter().map(|a| &a.id),
        );
    }
    unique(
        ctx,
        "/finanzierung/quellen",
        p.quellen().iter().map(|q| &q.id),
    );
    if let Some(e) = &p.evaluation {
        unique(
            ctx,
            "/evaluation/indikatoren",
            e.indikatoren.iter().map(|i| &i.id),
        );
    }
    for (i, s) in p.schulen.iter().enumerate() {
        if s.id.as_str() == ALLE_SCHULEN {
            let f = ctx.loc.finding(
                "E016",
                text!(
                    "die Id `alle` ist reserviert (sie steht in Maßnahmen für alle Schulen)",
                    "the id `alle` is reserved (in measures it means every school)"
                ),
                &format!("/schulen/{i}/id"),
            );
            ctx.push(f);
        }
    }
    references(ctx);
}

/// Report every id that occurs more than once in a list, pointing back at the first.
fn unique<'a>(ctx: &mut Ctx<'_>, list: &str, ids: impl Iterator<Item = &'a Id>) {
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        match first.get(id.as_str()) {
            None => {
                first.insert(id.as_str(), i);
            }
            Some(&j) => {
                let f = ctx
                    .loc
                    .finding(
                        "E016",
                        text!(
                            "Id `{id}` ist in `{}` doppelt vergeben",
                            "id `{id}` is used twice in `{}`",
                            &list[1..]
                        ),
                        &format!("{list}/{i}/id"),
                    )
                    .label(
                        ctx.loc.value(&format!("{list}/{j}/id")),
                        text!("zuerst hier vergeben", "first used here"),
                    );
                ctx.push(f);
            }
        }
    }
}

fn references(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let schulen: HashSet<&str> = p.schulen.iter().map(|s| s.id.as_str()).collect();
    let massnahmen: HashSet<&str> = p.massnahmen.iter().map(|m| m.id.as_str()).collect();
    let mut leitplanken: HashSet<&str> = FESTE_LEITPLANKEN.into_iter().collect();
    if let Some(l) = &p.leitplanken {
        leitplanken.extend(l.weitere.iter().map(|w| w.id.as_str()));
    }
    let quellen: HashSet<&str> = p.quellen().iter().map(|q| q.id.as_str()).collect();
    let ziele: HashSet<&str> = p
        .zielbild
        .iter()
        .flat_map(|z| z.ziele.iter().map(|g| g.id.as_str()))
        .collect();
    for (i, g) in p.zielbild.iter().flat_map(|z| z.ziele.iter()).enumerate() {
        for (j, l) in g.leitplanken.iter().enumerate() {
            if !leitplanken.contains(l.as_str()) {
                unknown(
                    ctx,
                    "E103",
                    l,
                    &leitplanken,
                    &format!("/zielbild/ziele/{i}/leitplanken/{j}"),
                    ("unbekannte Leitplanke", "unknown guardrail"),
                );
            }
        }
    }
    let indikatoren: HashSet<&str> = p
        .evaluation
        .iter()
        .flat_map(|e| e.indikatoren.iter().map(|i| i.id.as_str()))
        .collect();

    for (i, m) in p.massnahmen.iter().enumerate() {
        for (j, s) in m.schulen.iter().enumerate() {
            if s.as_str() != ALLE_SCHULEN && !schulen.contains(s.as_str()) {
                unknown(
                    ctx,
                    "E101",
                    s,
                    &schulen,
                    &format!("/massnahmen/{i}/schulen/{j}"),
                    ("unbekannte Schule", "unknown school"),
                );
            }
        }
        for (j, d) in m.abhaengig_von.iter().enumerate() {
            if !massnahmen.contains(d.as_str()) {
                unknown(
                    ctx,
                    "E102",
                    d,
                    &massnahmen,
                    &format!("/massnahmen/{i}/abhaengig_von/{j}"),
                    ("unbekannte Maßnahme", "unknown measure"),
                );
            }
        }
        for (j, l) in m.leitplanken.iter().enumerate() {
            if !leitplanken.contains(l.as_str()) {
                unknown(
                    ctx,
                    "E103",
                    l,
                    &leitplanken,
                    &format!("/massnahmen/{i}/leitplanken/{j}"),
                    ("unbekannte Leitplanke", "unknown guardrail"),
                );
            }
        }
        for (j, z) in m.ziele.iter().enumerate() {
            if !ziele.contains(z.as_str()) {
                unknown(
                    ctx,
                    "E126",
                    z,
                    &ziele,
                    &format!("/massnahmen/{i}/ziele/{j}"),
                    (
                        "unbekanntes Ziel des Zielbilds",
                        "unknown goal of the Zielbild",
                    ),
                );
            }
        }
        for (j, a) in m.finanzierung.iter().enumerate() {
            if !quellen.contains(a.quelle.as_str()) {
                unknown(
                    ctx,
                    "E104",
                    &a.quelle,
                    &quellen,
                    &format!("/massnahmen/{i}/finanzierung/{j}/quelle"),
                    ("unbekannte Finanzierungsquelle", "unknown funding source"),
                );
            }
        }
        for (j, ind) in m.indikatoren.iter().enumerate() {
            if !indikatoren.contains(ind.as_str()) {
                unknown(
                    ctx,
                    "E106",
                    ind,
                    &indikatoren,
                    &format!("/massnahmen/{i}/indikatoren/{j}"),
                    ("unbekannter Indikator", "unknown indicator"),
                );
            }
        }
    }
    if let Some(d) = &p.datenschutz {
        for (key, r) in d.regelungen() {
            let Some(id) = r.and_then(|r| r.massnahme.as_ref()) else {
                continue;
            };
            if !massnahmen.contains(id.as_str()) {
                unknown(
                    ctx,
                    "E102",
                    id,
                    &massnahmen,
                    &format!("/datenschutz/{key}/massnahme"),
                    ("unbekannte Maßnahme", "unknown measure"),
                );
            }
        }
    }
    let programme: HashSet<&str> = ctx
        .profile
        .programme
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    for (i, q) in p.quellen().iter().enumerate() {
        if let Some(prog) = &q.programm {
            if !programme.contains(prog.as_str()) {
                unknown(
                    ctx,
                    "E105",
                    prog,
                    &programme,
                    &format!("/finanzierung/quellen/{i}/programm"),
                    ("unbekanntes Förderprogramm", "unknown funding programme"),
                );
            }
        }
    }
}

pub(super) fn unknown(
    ctx: &mut Ctx<'_>,
    code: &'static str,
    id: &Id,
    known: &HashSet<&str>,
    pointer: &str,
    what: (&str, &str),
) {
    let mut f = ctx.loc.finding(
        code,
        Text::new(format!("{} `{id}`", what.0), format!("{} `{id}`", what.1)),
        pointer,
    );
    let mut sorted: Vec<&str> = known.iter().copied().collect();
    sorted.sort_unstable();
    if let Some(best) = nearest(id.as_str(), sorted.iter().copied()) {
        f = f.hint(text!("meinten Sie `{best}`?", "did you mean `{best}`?"));
    } else if !sorted.is_empty() && sorted.len() <= 12 {
        let list = sorted.join("`, `");
        f = f.hint(text!("bekannt sind: `{list}`", "known are: `{list}`"));
    }
    ctx.push(f);
}
