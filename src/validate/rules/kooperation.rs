//! Cooperation between Schulträger (`[kooperation]`): a formal agreement states the contract
//! elements the Handreichung lists (W242); a realisation belongs to an öffentlich-rechtliche
//! Vereinbarung (W243).

use super::Ctx;
use crate::i18n::Text;
use crate::model::kooperation::{Form, Status};
use crate::text;

pub fn check(ctx: &mut Ctx<'_>) {
    let Some(k) = &ctx.plan.kooperation else {
        return;
    };
    if k.nicht_zutreffend
        .as_ref()
        .is_some_and(|n| !n.trim().is_empty())
    {
        return;
    }
    for (i, v) in k.vereinbarungen.iter().enumerate() {
        let form = crate::labels::label(&v.form, crate::i18n::Lang::De);
        let form_en = crate::labels::label(&v.form, crate::i18n::Lang::En);
        let id = v.id.as_str();
        // W242: an agreement only examined has no contract.
        if v.form.formell() && v.status != Some(Status::Geprueft) {
            let offen = v.offene_vertragsinhalte();
            if !offen.is_empty() {
                let (de, en): (Vec<&str>, Vec<&str>) = offen.iter().map(|k| element(k)).unzip();
                let (de, en) = (de.join(", "), en.join(", "));
                let f = ctx
                    .loc
                    .finding(
                        "W242",
                        text!(
                            "{form} `{id}` nennt nicht: {de}",
                            "{form_en} `{id}` does not state: {en}"
                        ),
                        &format!("/kooperation/vereinbarungen/{i}/form"),
                    )
                    .hint(text!(
                        "Die Handreichung nennt als Inhalt des Vertrags Handlungsfelder, Kooperationsdauer, notwendige Ressourcen, Stimm- und Beteiligungsrechte sowie Kostenbeteiligungen; tragen Sie sie ein, sobald sie vereinbart sind",
                        "the Handreichung names as the contract's content the fields of action, duration, resources, voting and participation rights and cost shares; enter them once agreed"
                    ));
                ctx.push(f);
            }
        }
        // W243: mandatiert, delegiert, gemeinsame Einrichtung are the ways to realise an
        // öffentlich-rechtliche Vereinbarung.
        if let Some(r) = v.realisierung
            && v.form != Form::OeffentlichRechtlicheVereinbarung
        {
            let r_de = crate::labels::label(&r, crate::i18n::Lang::De);
            let r_en = crate::labels::label(&r, crate::i18n::Lang::En);
            let f = ctx
                .loc
                .finding(
                    "W243",
                    Text::new(
                        format!(
                            "`{id}` ist als {form} beschrieben, nennt aber die Realisierung „{r_de}“ einer öffentlich-rechtlichen Vereinbarung"
                        ),
                        format!(
                            "`{id}` is described as a {form_en} but names the realisation \"{r_en}\" of a public-law agreement"
                        ),
                    ),
                    &format!("/kooperation/vereinbarungen/{i}/realisierung"),
                )
                .hint(text!(
                    "Ist es eine öffentlich-rechtliche Vereinbarung, setzen Sie `form = \"oeffentlich_rechtliche_vereinbarung\"`; sonst entfernen Sie `realisierung`",
                    "if it is a public-law agreement, set `form = \"oeffentlich_rechtliche_vereinbarung\"`; otherwise remove `realisierung`"
                ));
            ctx.push(f);
        }
    }
}

/// A contract element by its key in the plan, named in German and English.
fn element(key: &str) -> (&'static str, &'static str) {
    match key {
        "themen" => ("Handlungsfelder (`themen`)", "fields of action (`themen`)"),
        "laufzeit" => (
            "Kooperationsdauer (`laufzeit` oder `bis`)",
            "duration (`laufzeit` or `bis`)",
        ),
        "ressourcen" => (
            "notwendige Ressourcen (`ressourcen`)",
            "resources (`ressourcen`)",
        ),
        "stimmrechte" => (
            "Stimm- und Beteiligungsrechte (`stimmrechte`)",
            "voting and participation rights (`stimmrechte`)",
        ),
        _ => (
            "Kostenbeteiligung (`kostenanteil`)",
            "cost share (`kostenanteil`)",
        ),
    }
}
