//! The formats of cooperation and the Land's bodies: cadence against the Handreichung (W239),
//! the one Sprechstunde written in two places (W240), the Land's bodies (W244).

use crate::i18n::{Lang, Text};
use crate::labels::label;
use crate::model::governance::{FormatArt, Turnus};
use crate::model::land::Beteiligung;
use crate::profile::Schwelle;
use crate::text;
use crate::validate::rules::Ctx;

pub fn check(ctx: &mut Ctx<'_>) {
    cadence(ctx);
    sprechstunde_cadence(ctx);
    one_sprechstunde(ctx);
    land(ctx);
}

/// The profile key of the minimum meetings a year recommended for a kind of format (the
/// Sprechstunde apart: it depends on the number of schools).
fn minimum_key(art: FormatArt) -> Option<&'static str> {
    match art {
        FormatArt::RunderTisch => Some("runder_tisch_termine_pro_jahr_min"),
        FormatArt::SchulItArbeitstreffen => Some("arbeitstreffen_termine_pro_jahr_min"),
        FormatArt::Steuergruppe => Some("steuergruppe_termine_pro_jahr_min"),
        _ => None,
    }
}

/// A number of meetings a year as a rhythm: „wöchentlich“, „halbjährlich“, „3-mal im Jahr“.
fn rhythmus(n: f64, lang: Lang) -> String {
    const ALLE: [Turnus; 6] = [
        Turnus::Woechentlich,
        Turnus::Vierzehntaeglich,
        Turnus::Monatlich,
        Turnus::Quartalsweise,
        Turnus::Halbjaehrlich,
        Turnus::Jaehrlich,
    ];
    ALLE.into_iter()
        .find(|t| t.termine_pro_jahr().is_some_and(|m| f64::from(m) == n))
        .map_or_else(
            || {
                let z = crate::format::zahl(n, 0, lang);
                lang.pick(&format!("{z}-mal im Jahr"), &format!("{z} times a year"))
                    .to_string()
            },
            |t| label(&t, lang),
        )
}

/// Whether a rhythm falls short of `min` meetings a year: `bei_bedarf` has no fixed rhythm
/// and falls short; `laufend` cannot be counted and does not.
fn zu_selten(t: Turnus, min: f64) -> bool {
    match t {
        Turnus::BeiBedarf => true,
        Turnus::Laufend => false,
        t => t.termine_pro_jahr().is_some_and(|n| f64::from(n) < min),
    }
}

/// The finding's message: „`rt` (Runder Tisch) findet jährlich statt; die Handreichung
/// empfiehlt halbjährlich (Richtwert 2: …)“; `bei` names the number of schools it depends on.
fn message(
    ctx: &Ctx<'_>,
    name: (&str, FormatArt),
    t: Turnus,
    s: &Schwelle,
    bei: Option<u32>,
) -> Text {
    let z = ctx.profile.zitat(s);
    let (id, art) = name;
    let art = (label(&art, Lang::De), label(&art, Lang::En));
    let ist = match t {
        Turnus::BeiBedarf => (
            "hat keinen festen Turnus (bei Bedarf)".to_string(),
            "has no fixed rhythm (as needed)".to_string(),
        ),
        t => (
            format!("findet {} statt", label(&t, Lang::De)),
            format!("takes place {}", label(&t, Lang::En)),
        ),
    };
    let bei = bei.map_or((String::new(), String::new()), |n| {
        (format!(" bei {n} Schulen"), format!(" with {n} schools"))
    });
    Text::new(
        format!(
            "`{id}` ({}) {}; die Handreichung empfiehlt{} {} ({})",
            art.0,
            ist.0,
            bei.0,
            rhythmus(s.wert, Lang::De),
            z.de
        ),
        format!(
            "`{id}` ({}) {}; the Handreichung recommends{} {} ({})",
            art.1,
            ist.1,
            bei.1,
            rhythmus(s.wert, Lang::En),
            z.en
        ),
    )
}

/// W239: a Runder Tisch, Schul-IT-Arbeitstreffen or Steuergruppe less often than recommended.
fn cadence(ctx: &mut Ctx<'_>) {
    let Some(g) = ctx.plan.governance.as_ref() else {
        return;
    };
    if g.nicht_zutreffend.is_some() {
        return;
    }
    for (i, f) in g.formate.iter().enumerate() {
        let (Some(key), Some(t)) = (minimum_key(f.art), f.turnus) else {
            continue;
        };
        let Some(s) = ctx.profile.schwelle(key) else {
            continue;
        };
        if !zu_selten(t, s.wert) {
            continue;
        }
        let msg = message(ctx, (f.id.as_str(), f.art), t, s, None);
        let fnd = ctx
            .loc
            .finding("W239", msg, &format!("/governance/formate/{i}/turnus"));
        ctx.push(fnd);
    }
}

/// W239 for the Sprechstunde: its recommended rhythm depends on the number of schools
/// (Handreichung: „Die Taktung ist abhängig von der Zahl der betreuten Schulen“). Without
/// schools in the plan the number is open and nothing is checked.
fn sprechstunde_cadence(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(sp) = p.sprechstunde() else {
        return;
    };
    // Only the place the rhythm comes from may waive the check.
    let nicht_zutreffend = match sp.format.filter(|f| f.turnus.is_some()) {
        Some(_) => p.governance.as_ref().map(|g| &g.nicht_zutreffend),
        None => p.support.as_ref().map(|s| &s.nicht_zutreffend),
    };
    if nicht_zutreffend.is_some_and(Option::is_some) {
        return;
    }
    let Some(t) = sp.turnus() else {
        return;
    };
    let schulen: u32 = p.schulen.iter().map(|s| s.anzahl()).sum();
    if schulen == 0 {
        return;
    }
    let klein = ctx
        .profile
        .schwelle("sprechstunde_klein_schulen_max")
        .is_some_and(|s| f64::from(schulen) <= s.wert);
    let key = if klein {
        "sprechstunde_klein_termine_pro_jahr_min"
    } else {
        "sprechstunde_termine_pro_jahr_min"
    };
    let Some(s) = ctx.profile.schwelle(key) else {
        return;
    };
    if !zu_selten(t, s.wert) {
        return;
    }
    let id = sp.format.map_or("sprechstunde", |f| f.id.as_str());
    let msg = message(ctx, (id, FormatArt::Sprechstunde), t, s, Some(schulen));
    let pointer = match sp.format.filter(|f| f.turnus.is_some()) {
        Some(_) => format!("{}/turnus", sp.pfad(p)),
        None => "/support/sprechstunde/turnus".to_string(),
    };
    let fnd = ctx.loc.finding("W239", msg, &pointer);
    ctx.push(fnd);
}

/// W240: the Sprechstunde is written both as a format and under `[support.sprechstunde]`, and
/// the two places disagree on its rhythm, time or form.
fn one_sprechstunde(ctx: &mut Ctx<'_>) {
    let Some(sp) = ctx.plan.sprechstunde() else {
        return;
    };
    let (Some(f), Some(s)) = (sp.format, sp.support) else {
        return;
    };
    let gleich = |a: &str, b: &str| a.trim() == b.trim();
    // (key, name de/en, value of the format de/en, value under `[support]` de/en)
    let mut abweichungen: Vec<(&str, Text, Text, Text)> = Vec::new();
    if let Some(t) = f.turnus.filter(|t| *t != s.turnus) {
        let name = |t: &Turnus| Text::new(label(t, Lang::De), label(t, Lang::En));
        abweichungen.push((
            "turnus",
            text!("Turnus", "rhythm"),
            name(&t),
            name(&s.turnus),
        ));
    }
    let wert = |x: &str| Text::new(x.to_string(), x.to_string());
    if let (Some(a), Some(b)) = (&f.zeit, &s.zeit)
        && !gleich(a, b)
    {
        abweichungen.push(("zeit", text!("Zeit", "time"), wert(a), wert(b)));
    }
    if let (Some(a), Some(b)) = (&f.form, &s.form)
        && !gleich(a, b)
    {
        abweichungen.push(("form", text!("Form", "form"), wert(a), wert(b)));
    }
    for (key, name, a, b) in abweichungen {
        let msg = Text::new(
            format!(
                "die Sprechstunde steht an zwei Stellen, die sich widersprechen: {} „{}“ beim Format `{}`, „{}“ unter `[support.sprechstunde]`",
                name.de, a.de, f.id, b.de
            ),
            format!(
                "the consultation hour is written in two places that disagree: {} \"{}\" in format `{}`, \"{}\" under `[support.sprechstunde]`",
                name.en, a.en, f.id, b.en
            ),
        );
        let fnd = ctx
            .loc
            .finding("W240", msg, &format!("/support/sprechstunde/{key}"));
        ctx.push(fnd);
    }
}

/// W244: the Land's bodies contradict themselves: a body reports to one the plan does not
/// name (or to itself), or the Schulträger takes part through a Spitzenverband it is stated
/// not to be a member of.
fn land(ctx: &mut Ctx<'_>) {
    let Some(l) = ctx.plan.land.as_ref() else {
        return;
    };
    if l.nicht_zutreffend.is_some() {
        return;
    }
    for (i, g) in l.gremien.iter().enumerate() {
        let Some(ziel) = &g.berichtet_an else {
            continue;
        };
        let bekannt = l
            .gremien
            .iter()
            .any(|o| o.id == *ziel && !std::ptr::eq(o, g));
        if bekannt {
            continue;
        }
        let msg = if g.id == *ziel {
            text!(
                "`{}` berichtet an sich selbst (`berichtet_an`)",
                "`{}` reports to itself (`berichtet_an`)",
                g.id
            )
        } else {
            text!(
                "unbekanntes Gremium `{}`: `{}` berichtet an ein Gremium, das unter `[[land.gremien]]` fehlt",
                "unknown body `{}`: `{}` reports to a body missing under `[[land.gremien]]`",
                ziel,
                g.id
            )
        };
        let fnd = ctx
            .loc
            .finding("W244", msg, &format!("/land/gremien/{i}/berichtet_an"));
        ctx.push(fnd);
    }
    let kein_mitglied = l
        .spitzenverband
        .as_ref()
        .is_some_and(|s| s.mitglied == Some(false));
    if !kein_mitglied {
        return;
    }
    for (i, g) in l.gremien.iter().enumerate() {
        if g.beteiligung != Some(Beteiligung::UeberSpitzenverband) {
            continue;
        }
        let fnd = ctx
            .loc
            .finding(
                "W244",
                text!(
                    "`{}`: beteiligt über den Spitzenverband, aber `[land.spitzenverband]` sagt `mitglied = false`",
                    "`{}`: takes part through the association of municipalities, but `[land.spitzenverband]` says `mitglied = false`",
                    g.id
                ),
                &format!("/land/gremien/{i}/beteiligung"),
            )
            .hint(text!(
                "Prüfen Sie die Mitgliedschaft im Spitzenverband, oder nennen Sie die Beteiligung, die tatsächlich besteht (`mitglied`, `gast`, `keine`)",
                "check the membership in the association, or state the participation that actually exists (`mitglied`, `gast`, `keine`)"
            ));
        ctx.push(fnd);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rhythms_are_named_by_their_meetings_a_year() {
        assert_eq!(rhythmus(2.0, Lang::De), "halbjährlich");
        assert_eq!(rhythmus(52.0, Lang::De), "wöchentlich");
        assert_eq!(rhythmus(26.0, Lang::En), "fortnightly");
        assert_eq!(rhythmus(3.0, Lang::De), "3-mal im Jahr");
    }

    #[test]
    fn as_needed_falls_short_and_ongoing_is_not_counted() {
        assert!(zu_selten(Turnus::BeiBedarf, 1.0));
        assert!(!zu_selten(Turnus::Laufend, 52.0));
        assert!(zu_selten(Turnus::Jaehrlich, 2.0));
        assert!(!zu_selten(Turnus::Halbjaehrlich, 2.0));
        assert!(zu_selten(Turnus::Vierzehntaeglich, 52.0));
        assert!(!zu_selten(Turnus::Vierzehntaeglich, 12.0));
    }

    #[test]
    fn a_steering_group_is_no_strategic_format_with_the_schools() {
        let format = |art: &str, turnus: &str| -> crate::model::governance::Format {
            toml::from_str(&format!(
                "id = \"f\"\nart = \"{art}\"\nturnus = \"{turnus}\""
            ))
            .unwrap()
        };
        assert!(!format("steuergruppe", "quartalsweise").ist_strategisch());
        assert!(format("runder_tisch", "jaehrlich").ist_strategisch());
        assert!(format("schulgespraech", "jaehrlich").ist_strategisch());
        assert!(!format("schulgespraech", "bei_bedarf").ist_strategisch());
    }
}
