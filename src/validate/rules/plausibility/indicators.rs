//! Plausibility of the evaluation's indicators: every value of a series or breakdown can be
//! placed unambiguously (W228), and shares lie between 0 and 100 % (W229).

use std::collections::HashSet;

use crate::format::dezimal;
use crate::i18n::{Lang, Text};
use crate::model::evaluation::{Indikator, WertArt};
use crate::text;
use crate::validate::rules::Ctx;

pub(super) fn indicators(ctx: &mut Ctx<'_>) {
    let Some(e) = ctx.plan.evaluation.as_ref() else {
        return;
    };
    for (i, ind) in e.indikatoren.iter().enumerate() {
        ambiguous(ctx, i, ind);
        shares(ctx, i, ind);
    }
}

/// Two values of the same kind at the same point in time, or a breakdown row that names no
/// Schulform and no group, both or one twice: the document could not say which value holds.
fn ambiguous(ctx: &mut Ctx<'_>, i: usize, ind: &Indikator) {
    let mut seen = HashSet::new();
    for (j, w) in ind.werte.iter().enumerate() {
        if seen.insert((w.zeitpunkt.to_string(), w.art)) {
            continue;
        }
        let art = match w.art {
            WertArt::Ist => "IST",
            WertArt::Soll => "SOLL",
        };
        let fnd = ctx
            .loc
            .finding(
                "W228",
                text!(
                    "`{id}` hat zum Zeitpunkt {z} zwei {art}-Werte",
                    "`{id}` has two {art} values at {z}",
                    id = ind.id,
                    z = w.zeitpunkt,
                    art = art
                ),
                &format!("/evaluation/indikatoren/{i}/werte/{j}/zeitpunkt"),
            )
            .hint(text!(
                "Streichen Sie einen der Werte oder geben Sie ihm seinen genauen Zeitpunkt (Halbjahr `\"2023-H2\"` oder Datum)",
                "remove one of the values or give it its exact point in time (half-year `\"2023-H2\"` or a date)"
            ));
        ctx.push(fnd);
    }
    let mut teile = HashSet::new();
    for (j, a) in ind.aufschluesselung.iter().enumerate() {
        let pointer = format!("/evaluation/indikatoren/{i}/aufschluesselung/{j}");
        let message = match (&a.schulform, &a.gruppe) {
            (None, None) => text!(
                "ein Wert der Aufschlüsselung von `{}` nennt weder `schulform` noch `gruppe`",
                "a breakdown value of `{}` names neither `schulform` nor `gruppe`",
                ind.id
            ),
            (Some(_), Some(_)) => text!(
                "ein Wert der Aufschlüsselung von `{}` nennt `schulform` und `gruppe` zugleich",
                "a breakdown value of `{}` names both `schulform` and `gruppe`",
                ind.id
            ),
            (s, g) => {
                let name = s.map_or_else(
                    || g.clone().unwrap_or_default(),
                    |s| crate::labels::label(&s, Lang::De),
                );
                let key = (name.clone(), a.zeitpunkt.map(|z| z.to_string()));
                if teile.insert(key) {
                    continue;
                }
                text!(
                    "die Aufschlüsselung von `{}` nennt „{}“ zweimal für denselben Stand",
                    "the breakdown of `{}` names “{}” twice for the same date",
                    ind.id,
                    name
                )
            }
        };
        let fnd = ctx.loc.finding("W228", message, &pointer).hint(text!(
            "Jeder Wert gilt für genau eine Schulform (`schulform = \"gymnasium\"`) oder eine benannte Gruppe (`gruppe = \"Innenstadt\"`)",
            "each value holds for exactly one Schulform (`schulform = \"gymnasium\"`) or one named group (`gruppe = \"Innenstadt\"`)"
        ));
        ctx.push(fnd);
    }
}

/// A share (in percent, or measured against students, rooms or schools) above 100.
fn shares(ctx: &mut Ctx<'_>, i: usize, ind: &Indikator) {
    if !ind.ist_anteil() {
        return;
    }
    let base = format!("/evaluation/indikatoren/{i}");
    let mut values: Vec<(String, rust_decimal::Decimal)> = Vec::new();
    for (k, v) in [("ist", ind.ist), ("soll", ind.soll)] {
        if let Some(v) = v {
            values.push((format!("{base}/{k}"), v.0));
        }
    }
    for (j, w) in ind.werte.iter().enumerate() {
        values.push((format!("{base}/werte/{j}/wert"), w.wert.0));
    }
    for (j, a) in ind.aufschluesselung.iter().enumerate() {
        for (k, v) in [("ist", a.ist), ("soll", a.soll)] {
            if let Some(v) = v {
                values.push((format!("{base}/aufschluesselung/{j}/{k}"), v.0));
            }
        }
    }
    for (pointer, v) in values {
        if v <= rust_decimal::Decimal::ONE_HUNDRED {
            continue;
        }
        let fnd = ctx.loc.finding(
            "W229",
            Text::new(
                format!(
                    "`{}` ist ein Anteil, der Wert {} liegt über 100 %",
                    ind.id,
                    dezimal(v, Lang::De)
                ),
                format!(
                    "`{}` is a share, the value {} is above 100 %",
                    ind.id,
                    dezimal(v, Lang::En)
                ),
            ),
            &pointer,
        )
        .hint(text!(
            "Geben Sie den Anteil in Prozent an, oder für eine Anzahl `basis = \"anzahl\"` und die Einheit (`einheit = \"Geräte\"`)",
            "give the share in percent, or for a count `basis = \"anzahl\"` and the unit (`einheit = \"Geräte\"`)"
        ));
        ctx.push(fnd);
    }
}
