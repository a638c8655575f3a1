//! The support agreement against itself and its staff: resolution times not shorter than
//! response times (E124), escalation through formats that exist (E125), and the catalogue's
//! effort within what the support staff can provide (W235).

use std::collections::HashSet;

use rust_decimal::Decimal;

use super::Ctx;
use super::references::unknown;
use crate::format::{f, zahl2};
use crate::i18n::Text;
use crate::model::support::Support;
use crate::text;

pub fn check(ctx: &mut Ctx<'_>) {
    let Some(s) = &ctx.plan.support else {
        return;
    };
    resolution_times(ctx, s);
    escalation_formats(ctx, s);
    if s.nicht_zutreffend.is_none() {
        catalogue_effort(ctx, s);
    }
}

/// E124: a priority to be resolved sooner than it is answered.
fn resolution_times(ctx: &mut Ctx<'_>, s: &Support) {
    for (i, p) in s.prioritaeten.iter().enumerate() {
        let Some(loesung) = p.loesungszeit_stunden else {
            continue;
        };
        if loesung.0 >= p.reaktionszeit_stunden.0 {
            continue;
        }
        let (l, r) = (
            zahl2(f(loesung.0), 1),
            zahl2(f(p.reaktionszeit_stunden.0), 1),
        );
        let fnd = ctx
            .loc
            .finding(
                "E124",
                Text::new(
                    format!(
                        "Priorität „{}“: Lösungszeit {} Stunden ist kürzer als die Reaktionszeit {} Stunden",
                        p.name, l.0, r.0
                    ),
                    format!(
                        "priority \"{}\": resolution time {} hours is shorter than the response time {} hours",
                        p.name, l.1, r.1
                    ),
                ),
                &format!("/support/prioritaeten/{i}/loesungszeit_stunden"),
            )
            .label(
                ctx.loc
                    .value(&format!("/support/prioritaeten/{i}/reaktionszeit_stunden")),
                text!("Reaktionszeit", "response time"),
            );
        ctx.push(fnd);
    }
}

/// E125: an escalation step names a format that is not under `[[governance.formate]]`.
fn escalation_formats(ctx: &mut Ctx<'_>, s: &Support) {
    let formate: HashSet<&str> = ctx
        .plan
        .governance
        .iter()
        .flat_map(|g| g.formate.iter().map(|f| f.id.as_str()))
        .collect();
    for (i, e) in s.eskalation.iter().enumerate() {
        let Some(id) = &e.format else { continue };
        if !formate.contains(id.as_str()) {
            unknown(
                ctx,
                "E125",
                id,
                &formate,
                &format!("/support/eskalation/{i}/format"),
                (
                    "unbekanntes Format der Zusammenarbeit",
                    "unknown cooperation format",
                ),
            );
        }
    }
}

/// The effort the catalogue asks of the support staff.
#[derive(Debug, PartialEq)]
struct Aufwand {
    /// Hours a year of the services that state them.
    summe: Decimal,
    /// Services of the staff that state their effort.
    beziffert: usize,
    /// Services that are, or may be, the staff's (no provider named).
    alle: usize,
}

/// The staff's effort in the catalogue; `None` when no service of the staff states one.
fn aufwand(s: &Support) -> Option<Aufwand> {
    let mut a = Aufwand {
        summe: Decimal::ZERO,
        beziffert: 0,
        alle: 0,
    };
    for l in &s.leistungen {
        let personal = l.vom_supportpersonal();
        if personal == Some(false) {
            continue;
        }
        a.alle += 1;
        if let (Some(true), Some(h)) = (personal, l.aufwand_stunden_jahr) {
            a.summe += h.0;
            a.beziffert += 1;
        }
    }
    (a.beziffert > 0).then_some(a)
}

/// W235: the catalogue's effort for the support staff exceeds the hours they can work.
/// Unknown is not zero: no finding without staff or without any effort stated; a sum over
/// part of the catalogue is a lower bound and says so.
fn catalogue_effort(ctx: &mut Ctx<'_>, s: &Support) {
    let Some(vzae) = s.personal_vzae else { return };
    let Some(bench) = ctx.profile.schwelle("jahresarbeitsstunden_vzae").cloned() else {
        return;
    };
    let Some(Aufwand {
        summe,
        beziffert,
        alle,
    }) = aufwand(s)
    else {
        return;
    };
    let offen = beziffert < alle;
    let kapazitaet = f(vzae.0) * bench.wert;
    let aufwand = f(summe);
    if aufwand <= kapazitaet {
        return;
    }
    let c = ctx.profile.zitat(&bench);
    let (a, k, v) = (zahl2(aufwand, 0), zahl2(kapazitaet, 0), zahl2(f(vzae.0), 1));
    let mind = if offen {
        ("mind. ", "at least ")
    } else {
        ("", "")
    };
    let teil = if offen {
        (
            format!(" ({beziffert} von {alle} Leistungen beziffert)"),
            format!(" ({beziffert} of {alle} services with effort)"),
        )
    } else {
        (String::new(), String::new())
    };
    let fnd = ctx
        .loc
        .finding(
            "W235",
            Text::new(
                format!(
                    "der Leistungskatalog veranschlagt {}{} Stunden je Jahr für das Supportpersonal{}, {} VZÄ leisten etwa {} Stunden ({})",
                    mind.0, a.0, teil.0, v.0, k.0, c.de
                ),
                format!(
                    "the service catalogue needs {}{} hours a year of the support staff{}, {} FTE provide about {} hours ({})",
                    mind.1, a.1, teil.1, v.1, k.1, c.en
                ),
            ),
            "/support/leistungen",
        )
        .label(
            ctx.loc.value("/support/personal_vzae"),
            text!("Supportpersonal", "support staff"),
        );
    ctx.push(fnd);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::support::{Akteur, Leistung};
    use crate::model::types::{Dezimal, Id};

    fn leistung(id: &str, akteur: Option<Akteur>, h: Option<i64>) -> Leistung {
        Leistung {
            id: Id(id.to_string()),
            name: id.to_string(),
            beschreibung: None,
            akteur,
            kostentraeger: None,
            stufe: None,
            aufwand_stunden_jahr: h.map(|h| Dezimal(Decimal::from(h))),
            grundlage: None,
        }
    }

    fn support(leistungen: Vec<Leistung>) -> Support {
        Support {
            leistungen,
            ..Support::default()
        }
    }

    #[test]
    fn counts_the_staff_services_and_knows_a_lower_bound() {
        let s = support(vec![
            leistung("a", Some(Akteur::Schultraeger), Some(500)),
            leistung("b", Some(Akteur::ItDienstleister), Some(300)),
            leistung("c", Some(Akteur::Schule), Some(9000)),
            leistung("d", Some(Akteur::Land), Some(9000)),
            leistung("e", Some(Akteur::Medienzentrum), None),
            leistung("f", None, Some(100)),
        ]);
        let a = aufwand(&s).unwrap();
        assert_eq!(a.summe, Decimal::from(800));
        assert_eq!((a.beziffert, a.alle), (2, 4));
    }

    #[test]
    fn no_effort_stated_is_unknown_not_zero() {
        let s = support(vec![
            leistung("a", Some(Akteur::Schultraeger), None),
            leistung("c", Some(Akteur::Schule), Some(100)),
        ]);
        assert_eq!(aufwand(&s), None);
        assert_eq!(aufwand(&support(Vec::new())), None);
    }
}
