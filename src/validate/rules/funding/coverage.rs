//! Default sources must exist (E123), and every cost of the period is covered: need above a
//! source's budget and costs assigned to no source are a gap (W222).

use std::collections::BTreeMap;

use crate::format::euro2;
use crate::i18n::Text;
use crate::model::types::Euro;
use crate::text;

use super::super::Ctx;

/// E123: the default sources name sources of the plan.
pub(super) fn default_sources(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(fin) = &p.finanzierung else { return };
    let felder = [
        ("folgekosten_quelle", &fin.folgekosten_quelle),
        ("ersatz_quelle", &fin.ersatz_quelle),
        ("standard_quelle", &fin.standard_quelle),
    ];
    for (feld, id) in felder {
        let Some(id) = id else { continue };
        if !p.quellen().iter().any(|q| q.id == *id) {
            let f = ctx
                .loc
                .finding(
                    "E123",
                    text!(
                        "`{feld}` verweist auf `{}`, aber es gibt keine Finanzierungsquelle mit dieser Id",
                        "`{feld}` refers to `{}`, but there is no funding source with this id",
                        id
                    ),
                    &format!("/finanzierung/{feld}"),
                )
                .hint(text!(
                    "Nennen Sie die Id einer Quelle aus `[[finanzierung.quellen]]`",
                    "name the id of a source in `[[finanzierung.quellen]]`"
                ));
            ctx.push(f);
        }
    }
}

/// W222: need above a source's budget (in a year or in total), and costs no source covers.
pub(super) fn gaps(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let d = crate::stats::deckung::berechne(p, ctx.profile);
    for (qi, q) in p.quellen().iter().enumerate() {
        let Some(b) = d.quellen.iter().find(|b| b.id == q.id.as_str()) else {
            continue;
        };
        if let Some(budget) = q.budget.filter(|budget| b.bedarf() > *budget) {
            let (t, bu, gap) = (euro2(b.bedarf()), euro2(budget), euro2(b.bedarf() - budget));
            let f = ctx.loc.finding(
                "W222",
                Text::new(
                    format!(
                        "Deckungslücke bei `{}`: Bedarf {} in der Laufzeit, Budget {} (Lücke {})",
                        q.id, t.0, bu.0, gap.0
                    ),
                    format!(
                        "funding gap at `{}`: need {} over the period, budget {} (gap {})",
                        q.id, t.1, bu.1, gap.1
                    ),
                ),
                &format!("/finanzierung/quellen/{qi}/budget"),
            );
            ctx.push(f);
        }
        for (ji, jb) in q.jahresbudget.iter().enumerate() {
            let bedarf = b.je_jahr.get(&jb.jahr).copied().unwrap_or_default();
            if bedarf > jb.betrag {
                let (t, bu, gap) = (euro2(bedarf), euro2(jb.betrag), euro2(bedarf - jb.betrag));
                let f = ctx.loc.finding(
                    "W222",
                    Text::new(
                        format!(
                            "Deckungslücke bei `{}` {}: Bedarf {}, Jahresbudget {} (Lücke {})",
                            q.id, jb.jahr, t.0, bu.0, gap.0
                        ),
                        format!(
                            "funding gap at `{}` in {}: need {}, yearly budget {} (gap {})",
                            q.id, jb.jahr, t.1, bu.1, gap.1
                        ),
                    ),
                    &format!("/finanzierung/quellen/{qi}/jahresbudget/{ji}/betrag"),
                );
                ctx.push(f);
            }
        }
    }
    // Uncovered costs: one finding per kind, naming the years.
    let mut je_art: BTreeMap<crate::stats::deckung::Art, Vec<(i32, Euro)>> = BTreeMap::new();
    for (&(jahr, art), &e) in &d.ungedeckt {
        je_art.entry(art).or_default().push((jahr, e));
    }
    for (art, jahre) in je_art {
        let summe: Euro = jahre.iter().map(|(_, e)| *e).sum();
        let liste = |de: bool| {
            jahre
                .iter()
                .map(|(j, e)| {
                    let e = euro2(*e);
                    format!("{j}: {}", if de { e.0 } else { e.1 })
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (s, feld) = (
            euro2(summe),
            match art {
                crate::stats::deckung::Art::Massnahmen => "standard_quelle",
                crate::stats::deckung::Art::Folgekosten => "folgekosten_quelle",
                crate::stats::deckung::Art::Ersatz => "ersatz_quelle",
            },
        );
        let pointer = if p.finanzierung.is_some() {
            "/finanzierung"
        } else {
            ""
        };
        let f = ctx
            .loc
            .finding(
                "W222",
                Text::new(
                    format!("{} in Höhe von {} sind keiner Finanzierungsquelle zugeordnet ({})", art.name_de(), s.0, liste(true)),
                    format!("{} of {} are assigned to no funding source ({})", art.name_en(), s.1, liste(false)),
                ),
                pointer,
            )
            .hint(Text::new(
                format!("Ordnen Sie sie einer Quelle zu, z. B. `[finanzierung] {feld} = \"haushalt\"`, oder weisen Sie die Lücke im Plan aus"),
                format!("assign them to a source, e.g. `[finanzierung] {feld} = \"haushalt\"`, or state the gap in the plan"),
            ));
        ctx.push(f);
    }
}
