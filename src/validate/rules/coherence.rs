//! Guardrails against the plan: what a Leitplanke promises must show in the targets of
//! the target architecture and in what stock plus measures deliver.

use super::Ctx;
use crate::format::{f, zahl2};
use crate::i18n::Text;
use crate::model::Plan;
use crate::model::leitplanken::{
    Geraeteschluessel, LehrkraftgeraeteEntscheidung, NetzEntscheidung, PraesentationUmfang,
};
use crate::model::massnahmen::Kategorie;
use crate::model::schulen::{Geraetetyp, Nutzergruppe, Schule};
use crate::model::zielarchitektur::Eigentum;
use crate::stats::ziel::{self, SchulZiel};
use crate::text;

pub fn check(ctx: &mut Ctx<'_>) {
    student_devices(ctx);
    teacher_devices(ctx);
    network(ctx);
    presentation(ctx);
}

/// Devices that measures of a category deliver to the schools matching `filter`; a measure
/// for several schools is shared out by head count (students, or teachers for teacher devices).
pub fn geraete_aus_massnahmen(
    plan: &Plan,
    kategorie: Kategorie,
    filter: impl Fn(&Schule) -> bool,
) -> f64 {
    let heads = |s: &Schule| if kategorie == Kategorie::Lehrkraftgeraete { s.lehrkraefte_zahl() } else { s.schueler_zahl() } as f64;
    let index = plan.schulen_nach_id();
    plan.massnahmen
        .iter()
        .filter(|m| m.kategorie == Some(kategorie))
        .filter_map(|m| m.menge.map(|n| (m, n as f64)))
        .map(|(m, menge)| {
            let schulen = plan.schulen_von_mit(m, &index);
            let all: f64 = schulen.iter().map(|s| heads(s)).sum();
            let mine: f64 = schulen.iter().filter(|s| filter(s)).map(|s| heads(s)).sum();
            if all > 0.0 { menge * mine / all } else { 0.0 }
        })
        .sum()
}

/// A school level of the student-device guardrail: decision, TOML key, membership, display names.
type Stufe<'a> = (
    Option<Geraeteschluessel>,
    &'a str,
    fn(&Schule) -> bool,
    (&'a str, &'a str),
);

/// Personal devices of a group in a school's stock that are still in service when the plan
/// ends: desktops in computer rooms are nobody's personal device, and devices past their
/// replacement cycle will be gone. Devices without a purchase year are counted. Owners of
/// every kind; [`persoenliche_geraete_nach`] counts provided and private ones apart.
pub fn persoenliche_geraete_im_bestand(plan: &Plan, schule: &Schule, gruppe: Nutzergruppe) -> u64 {
    persoenliche_geraete_nach(plan, schule, gruppe, |_| true)
}

/// [`persoenliche_geraete_im_bestand`] of the owners `eigentum` accepts.
pub fn persoenliche_geraete_nach(
    plan: &Plan,
    schule: &Schule,
    gruppe: Nutzergruppe,
    eigentum: impl Fn(Eigentum) -> bool,
) -> u64 {
    let Some(ist) = &schule.ist else { return 0 };
    let kategorie = match gruppe {
        Nutzergruppe::Schueler => Kategorie::Schuelergeraete,
        Nutzergruppe::Lehrkraefte => Kategorie::Lehrkraftgeraete,
    };
    let zyklus = plan.ersatzzyklus(kategorie, &[schule]);
    let ende = plan.plan.zeitraum.map(|z| z.ende());
    ist.geraete
        .iter()
        .filter(|g| g.gruppe == gruppe && g.typ != Geraetetyp::Desktop && eigentum(g.eigentum()))
        .filter(|g| match (g.anschaffungsjahr, zyklus, ende) {
            (Some(jahr), Some(c), Some(ende)) => jahr + c as i32 > ende,
            _ => true,
        })
        .map(|g| u64::from(g.anzahl))
        .sum()
}

fn student_devices(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(lp) = p
        .leitplanken
        .as_ref()
        .and_then(|l| l.schuelergeraete.as_ref())
    else {
        return;
    };
    let stufen: [Stufe; 2] = [
        (
            lp.grundschule,
            "grundschule",
            |s| s.schulform.ist_grundschule(),
            ("Grundschulen", "primary schools"),
        ),
        (
            lp.weiterfuehrend,
            "weiterfuehrend",
            |s| s.schulform.ist_weiterfuehrend(),
            ("weiterführenden Schulen", "secondary schools"),
        ),
    ];
    for (entscheidung, key, filter, name) in stufen {
        if entscheidung != Some(Geraeteschluessel::EinsZuEins) {
            continue;
        }
        if let Some(hw) = p.hardware() {
            for (i, a) in hw.schuelergeraete.iter().enumerate() {
                let betrifft = a
                    .schulformen
                    .iter()
                    .any(|sf| p.schulen.iter().any(|s| s.schulform == *sf && filter(s)));
                if betrifft && f(a.schueler_pro_geraet.0) > 1.0 {
                    let r = zahl2(f(a.schueler_pro_geraet.0), 1);
                    let fnd = ctx
                        .loc
                        .finding(
                            "W201",
                            Text::new(
                                format!(
                                    "Leitplanke: 1:1 in {}, Hardware-Ziel aber {}:1",
                                    name.0, r.0
                                ),
                                format!(
                                    "guardrail: 1:1 in {}, but the hardware target is {}:1",
                                    name.1, r.1
                                ),
                            ),
                            &format!(
                                "/zielarchitektur/hardware/schuelergeraete/{i}/schueler_pro_geraet"
                            ),
                        )
                        .label(
                            ctx.loc
                                .value(&format!("/leitplanken/schuelergeraete/{key}")),
                            text!("Leitplanke 1:1", "1:1 guardrail"),
                        );
                    ctx.push(fnd);
                }
            }
        }
        // Students the 1:1 promise counts: those of the target's year groups where the target
        // names them; a school whose number is unknown leaves the need a lower bound.
        let mut schueler: u64 = 0;
        let mut offen = 0u32;
        let (mut bereitgestellt, mut privat) = (0u64, 0u64);
        let mut jahrgaenge = None;
        for s in p.schulen.iter().filter(|s| filter(s)) {
            let z = p.hardware().and_then(|h| h.ziel_fuer(s.schulform));
            jahrgaenge = jahrgaenge.or(z.and_then(|z| z.jahrgaenge));
            match z.map_or(s.schueler, |z| ziel::schueler_fuer(z, s)) {
                Some(n) => schueler += u64::from(n),
                None => offen += s.anzahl(),
            }
            bereitgestellt += persoenliche_geraete_nach(
                p,
                s,
                Nutzergruppe::Schueler,
                Eigentum::ist_bereitgestellt,
            );
            // Private devices: those in stock, or the parent-financed target where it is higher.
            let im_bestand = persoenliche_geraete_nach(p, s, Nutzergruppe::Schueler, |e| {
                !e.ist_bereitgestellt()
            });
            let nach_ziel = match p.hardware().map(|h| ziel::schule(h, s)) {
                Some(SchulZiel::Geraete {
                    anzahl,
                    privat: true,
                }) => anzahl,
                _ => 0,
            };
            privat += im_bestand.max(nach_ziel);
        }
        let neu = geraete_aus_massnahmen(p, Kategorie::Schuelergeraete, filter);
        let geliefert = (bereitgestellt + privat) as f64 + neu;
        if schueler > 0 && geliefert < schueler as f64 {
            let (neu, geliefert) = (neu.round() as i64, geliefert.round() as i64);
            let (mind_de, mind_en) = if offen > 0 {
                (
                    format!(
                        "mindestens {schueler} Schülerinnen und Schüler ({offen} Schulen ohne Angabe)"
                    ),
                    format!("at least {schueler} students ({offen} schools not stated)"),
                )
            } else {
                (
                    format!("{schueler} Schülerinnen und Schüler"),
                    format!("{schueler} students"),
                )
            };
            let (jg_de, jg_en) = jahrgaenge.map_or_else(
                Default::default,
                |j: crate::model::zielarchitektur::Jahrgaenge| {
                    (
                        format!(" der Jahrgänge {}", j.text()),
                        format!(" of years {}", j.text()),
                    )
                },
            );
            let fnd = ctx.loc.finding(
                "W201",
                Text::new(
                    format!("Leitplanke: 1:1 in {}, aber der Bestand, der am Ende der Laufzeit noch nutzbar ist ({bereitgestellt} bereitgestellte Geräte), private Geräte der Eltern ({privat}) und die Maßnahmen ({neu}) ergeben nur {geliefert} Geräte für {mind_de}{jg_de}", name.0),
                    format!("guardrail: 1:1 in {}, but the stock still usable at the end of the plan ({bereitgestellt} provided devices), privately owned devices ({privat}) and the measures ({neu}) give only {geliefert} devices for {mind_en}{jg_en}", name.1),
                ),
                &format!("/leitplanken/schuelergeraete/{key}"),
            );
            ctx.push(fnd);
        }
    }
}

fn teacher_devices(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(lp) = p
        .leitplanken
        .as_ref()
        .and_then(|l| l.lehrkraftgeraete.as_ref())
    else {
        return;
    };
    if lp.entscheidung != Some(LehrkraftgeraeteEntscheidung::DienstgeraetFuerAlle) {
        return;
    }
    if let Some(ziel) = p.hardware().and_then(|h| h.lehrkraftgeraete.as_ref()) {
        if f(ziel.anteil.0) < 100.0 {
            let a = ziel.anteil.0.normalize();
            let fnd = ctx
                .loc
                .finding(
                    "W202",
                    text!(
                        "Leitplanke: Dienstgerät für alle Lehrkräfte, Ziel aber nur {a} %",
                        "guardrail: a device for every teacher, but the target is only {a} %"
                    ),
                    "/zielarchitektur/hardware/lehrkraftgeraete/anteil",
                )
                .label(
                    ctx.loc.value("/leitplanken/lehrkraftgeraete/entscheidung"),
                    text!("Leitplanke", "guardrail"),
                );
            ctx.push(fnd);
        }
    }
    let lehrkraefte: u64 = p
        .schulen
        .iter()
        .map(|s| u64::from(s.lehrkraefte_zahl()))
        .sum();
    let bestand: u64 = p
        .schulen
        .iter()
        .map(|s| persoenliche_geraete_im_bestand(p, s, Nutzergruppe::Lehrkraefte))
        .sum();
    let neu = geraete_aus_massnahmen(p, Kategorie::Lehrkraftgeraete, |_| true);
    if lehrkraefte > 0 && (bestand as f64 + neu) < lehrkraefte as f64 {
        let fnd = ctx.loc.finding(
            "W202",
            text!(
                "Leitplanke: Dienstgerät für alle, aber Bestand ({bestand}) und Maßnahmen ({}) ergeben weniger Geräte als {lehrkraefte} Lehrkräfte",
                "guardrail: a device for every teacher, but stock ({bestand}) and measures ({}) give fewer devices than {lehrkraefte} teachers",
                neu.round() as i64
            ),
            "/leitplanken/lehrkraftgeraete/entscheidung",
        );
        ctx.push(fnd);
    }
}

fn network(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let flaechendeckend = p
        .leitplanken
        .as_ref()
        .and_then(|l| l.netz.as_ref())
        .and_then(|n| n.entscheidung)
        == Some(NetzEntscheidung::Flaechendeckend);
    let Some(infra) = p.infrastruktur() else {
        return;
    };
    if !flaechendeckend {
        return;
    }
    for (key, value) in [
        ("wlan_abdeckung", infra.wlan_abdeckung),
        ("lan_abdeckung", infra.lan_abdeckung),
    ] {
        if let Some(v) = value {
            if f(v.0) < 100.0 {
                let v = v.0.normalize();
                let fnd = ctx
                    .loc
                    .finding(
                        "W203",
                        text!(
                            "Leitplanke: flächendeckendes Netz, Ziel `{key}` aber nur {v} %",
                            "guardrail: full network coverage, but target `{key}` is only {v} %"
                        ),
                        &format!("/zielarchitektur/infrastruktur/{key}"),
                    )
                    .label(
                        ctx.loc.value("/leitplanken/netz/entscheidung"),
                        text!("Leitplanke", "guardrail"),
                    );
                ctx.push(fnd);
            }
        }
    }
}

fn presentation(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(lp) = p
        .leitplanken
        .as_ref()
        .and_then(|l| l.praesentation.as_ref())
    else {
        return;
    };
    let Some(ziel) = p.hardware().and_then(|h| h.praesentation.as_ref()) else {
        return;
    };
    // "All rooms" means 100 % by definition; "almost all" is the profile's benchmark, cited.
    let min = match lp.umfang {
        Some(PraesentationUmfang::AlleRaeume) => Some((100.0, None)),
        Some(PraesentationUmfang::FastAlleRaeume) => ctx
            .profile
            .schwelle("praesentation_fast_alle_min")
            .map(|s| (s.wert, Some(ctx.profile.zitat(s)))),
        _ => None,
    };
    if let Some((min, zitat)) = min {
        if f(ziel.anteil_raeume.0) < min {
            let a = ziel.anteil_raeume.0.normalize();
            let (de, en) = zitat.map_or_else(Default::default, |z| {
                (format!(" ({})", z.de), format!(" ({})", z.en))
            });
            let fnd = ctx
                .loc
                .finding("W204", text!("Leitplanke verlangt Präsentationstechnik in mindestens {min} % der Räume, Ziel aber {a} %{de}", "guardrail asks for presentation technology in at least {min} % of rooms, but the target is {a} %{en}"), "/zielarchitektur/hardware/praesentation/anteil_raeume")
                .label(ctx.loc.value("/leitplanken/praesentation/umfang"), text!("Leitplanke", "guardrail"));
            ctx.push(fnd);
        }
    }
    if let (Some(a), Some(b)) = (lp.art, ziel.art) {
        if a != b {
            let fnd = ctx
                .loc
                .finding("W204", text!("Leitplanke und Hardware-Ziel nennen verschiedene Arten der Präsentationstechnik", "guardrail and hardware target name different kinds of presentation technology"), "/zielarchitektur/hardware/praesentation/art")
                .label(ctx.loc.value("/leitplanken/praesentation/art"), text!("Leitplanke", "guardrail"));
            ctx.push(fnd);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stock_counts_only_personal_devices_in_service_at_plan_end() {
        let plan: Plan = serde_json::from_value(serde_json::json!({
            "formatversion": 1,
            "plan": { "titel": "T", "zeitraum": { "von": 2026, "bis": 2030 } },
            "zielarchitektur": { "hardware": { "ersatzzyklus_jahre": 5 } },
            "schulen": [{
                "id": "s", "name": "S", "schulform": "gymnasium", "schueler": 100, "lehrkraefte": 10,
                "ist": { "geraete": [
                    { "gruppe": "schueler", "typ": "tablet", "anzahl": 30, "anschaffungsjahr": 2021 },
                    { "gruppe": "schueler", "typ": "tablet", "anzahl": 20, "anschaffungsjahr": 2026 },
                    { "gruppe": "schueler", "typ": "desktop", "anzahl": 25, "anschaffungsjahr": 2026 },
                    { "gruppe": "schueler", "typ": "laptop", "anzahl": 5 }
                ]}
            }]
        }))
        .unwrap();
        // 2021 + 5 = 2026: replaced before 2030; desktops are not personal; unknown age counts.
        assert_eq!(
            persoenliche_geraete_im_bestand(&plan, &plan.schulen[0], Nutzergruppe::Schueler),
            25
        );
    }
}
