//! Plausibility of the equipment: students per device, devices per support FTE, bandwidth, access
//! points per room, replacement cycles.
//!
//! Longer than 400 lines on purpose: the equipment rules W210–W215 share their counting of
//! schools, groups and owners; each rule is a short function.

use crate::format::{f, zahl2};
use crate::i18n::{Lang, Text};
use crate::model::schulen::Nutzergruppe;
use crate::validate::rules::Ctx;

use super::{bench, cite};

pub(super) fn students_per_device(ctx: &mut Ctx<'_>) {
    let Some(s) = bench(ctx, "schueler_pro_geraet_max").cloned() else {
        return;
    };
    let c = cite(ctx, &s);
    let p = ctx.plan;
    if let Some(hw) = p.hardware() {
        for (i, a) in hw.schuelergeraete.iter().enumerate() {
            let r = f(a.schueler_pro_geraet.0);
            if r > s.wert {
                let v = zahl2(r, 1);
                let fnd = ctx.loc.finding(
                    "W210",
                    Text::new(
                        format!("Ziel {}:1 Schülerinnen und Schüler je Gerät ist zu wenig Ausstattung ({})", v.0, c.0),
                        format!("target of {}:1 students per device is too little equipment ({})", v.1, c.1),
                    ),
                    &format!("/zielarchitektur/hardware/schuelergeraete/{i}/schueler_pro_geraet"),
                ).value(r);
                ctx.push(fnd);
            }
        }
    }
    for (i, schule) in p.schulen.iter().enumerate() {
        // Without a recorded stock or students the figure is unknown (an open item of
        // completeness), not zero.
        let Some(schueler) = schule.schueler.filter(|n| *n > 0) else {
            continue;
        };
        if schule.ist.as_ref().is_none_or(|ist| ist.geraete.is_empty()) {
            continue;
        }
        // The Schulträger's equipment: devices it provides (own or leased); private devices
        // (parents) are named, not counted.
        let geraete = schule.geraete_bereitgestellt(Nutzergruppe::Schueler);
        let privat = schule.geraete_privat(Nutzergruppe::Schueler);
        let r = if geraete == 0 {
            f64::INFINITY
        } else {
            f64::from(schueler) / geraete as f64
        };
        if r > s.wert {
            let wer = schule.bezeichnung();
            let (pd, pe) = if privat > 0 {
                let n = zahl2(privat as f64, 0);
                (
                    format!("; dazu {} private Geräte der Eltern, nicht gezählt", n.0),
                    format!("; plus {} privately owned devices, not counted", n.1),
                )
            } else {
                Default::default()
            };
            let msg = if geraete == 0 {
                Text::new(
                    format!(
                        "{} hat im IST-Stand keine vom Schulträger bereitgestellten Schülergeräte{pd} ({})",
                        wer.0, c.0
                    ),
                    format!(
                        "{} has no student devices provided by the school authority in its current state{pe} ({})",
                        wer.1, c.1
                    ),
                )
            } else {
                let v = zahl2(r, 1);
                Text::new(
                    format!(
                        "{} hat im IST-Stand {}:1 Schülerinnen und Schüler je bereitgestelltem Gerät{pd} ({})",
                        wer.0, v.0, c.0
                    ),
                    format!(
                        "{} has {}:1 students per provided device in its current state{pe} ({})",
                        wer.1, v.1, c.1
                    ),
                )
            };
            let fnd = ctx
                .loc
                .finding("W210", msg, &format!("/schulen/{i}/ist/geraete"))
                .value(r);
            ctx.push(fnd);
        }
    }
}

/// Devices support staff look after, and what the count is based on.
struct Betreut {
    geraete: u64,
    privat: u64,
    /// Schools counted / all schools (sums of `anzahl()`).
    schulen: (u32, u32),
    /// Targets (true) or stock (false).
    ziel: bool,
}

/// Devices of the target equipment when every school's need is known; otherwise the devices
/// in stock; a partial target count only if there is no stock at all.
fn betreute_geraete(plan: &crate::model::Plan) -> Option<Betreut> {
    let ziel = crate::stats::zielgeraete(plan);
    if let Some(z) = ziel.filter(|z| z.vollstaendig() && z.bereitgestellt() > 0) {
        return Some(Betreut {
            geraete: z.bereitgestellt(),
            privat: z.schueler_privat,
            schulen: (z.schulen_bekannt, z.schulen),
            ziel: true,
        });
    }
    let mut b = Betreut {
        geraete: 0,
        privat: 0,
        schulen: (0, 0),
        ziel: false,
    };
    for s in &plan.schulen {
        b.schulen.1 += s.anzahl();
        if s.ist.as_ref().is_some_and(|ist| !ist.geraete.is_empty()) {
            b.schulen.0 += s.anzahl();
            for g in [Nutzergruppe::Schueler, Nutzergruppe::Lehrkraefte] {
                b.geraete += s.geraete_bereitgestellt(g);
                b.privat += s.geraete_privat(g);
            }
        }
    }
    if b.geraete > 0 {
        return Some(b);
    }
    ziel.filter(|z| z.bereitgestellt() > 0).map(|z| Betreut {
        geraete: z.bereitgestellt(),
        privat: z.schueler_privat,
        schulen: (z.schulen_bekannt, z.schulen),
        ziel: true,
    })
}

pub(super) fn devices_per_fte(ctx: &mut Ctx<'_>) {
    let Some(s) = bench(ctx, "geraete_pro_vzae_max").cloned() else {
        return;
    };
    let Some(vzae) = ctx.plan.support.as_ref().and_then(|s| s.personal_vzae) else {
        return;
    };
    let Some(b) = betreute_geraete(ctx.plan) else {
        return;
    };
    let vzae = f(vzae.0);
    let geraete = b.geraete as f64;
    let c = cite(ctx, &s);
    let g = zahl2(geraete, 0);
    // Which devices: by target or in stock, provided only, and whether the count is complete.
    let (vollst, (kb, ka)) = (b.schulen.0 == b.schulen.1, b.schulen);
    let mind = if vollst {
        ("", "")
    } else {
        ("mindestens ", "at least ")
    };
    let basis = if b.ziel {
        ("Geräte nach Zielausstattung", "devices by target equipment")
    } else {
        (
            "Geräte im Bestand (Zielausstattung nicht berechenbar)",
            "devices in stock (target equipment cannot be computed)",
        )
    };
    let mut zusatz = (String::new(), String::new());
    if !vollst {
        zusatz.0 += &format!(", erfasst für {kb} von {ka} Schulen");
        zusatz.1 += &format!(", known for {kb} of {ka} schools");
    }
    zusatz.0 += "; gezählt: vom Schulträger bereitgestellte Geräte";
    zusatz.1 += "; counted: devices the school authority provides";
    if b.privat > 0 {
        let p = zahl2(b.privat as f64, 0);
        zusatz.0 += &format!(", nicht {} private Geräte der Eltern", p.0);
        zusatz.1 += &format!(", not {} privately owned devices", p.1);
    }
    let ratio = if vzae > 0.0 {
        geraete / vzae
    } else {
        f64::INFINITY
    };
    let message = if vzae > 0.0 {
        let r = ratio;
        if r <= s.wert {
            return;
        }
        let (v, q) = (zahl2(vzae, 1), zahl2(r, 0));
        Text::new(
            format!(
                "{}{} {} auf {} VZÄ Support sind {}{} Geräte je Vollzeitstelle ({}{})",
                mind.0, g.0, basis.0, v.0, mind.0, q.0, c.0, zusatz.0
            ),
            format!(
                "{}{} {} on {} support FTE are {}{} devices per FTE ({}{})",
                mind.1, g.1, basis.1, v.1, mind.1, q.1, c.1, zusatz.1
            ),
        )
    } else {
        Text::new(
            format!(
                "{}{} {}, aber kein technisches Supportpersonal ({}{})",
                mind.0, g.0, basis.0, c.0, zusatz.0
            ),
            format!(
                "{}{} {}, but no technical support staff ({}{})",
                mind.1, g.1, basis.1, c.1, zusatz.1
            ),
        )
    };
    let fnd = ctx
        .loc
        .finding("W211", message, "/support/personal_vzae")
        .value(ratio);
    ctx.push(fnd);
}

pub(super) fn bandwidth(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    if let Some(s) = bench(ctx, "breitband_mbit_pro_klasse_min").cloned() {
        let c = cite(ctx, &s);
        for (i, schule) in p.schulen.iter().enumerate() {
            let (Some(ist), Some(klassen)) = (&schule.ist, schule.klassen) else {
                continue;
            };
            let (Some(down), true) = (ist.breitband_down_mbit, klassen > 0) else {
                continue;
            };
            // In a group the connection is each school's: the group has it `anzahl` times.
            let n = schule.anzahl();
            let r = f(down.0) * f64::from(n) / klassen as f64;
            if r < s.wert {
                let v = zahl2(r, 1);
                let (wer, (bw_de, bw_en)) = (
                    schule.bezeichnung(),
                    (
                        crate::format::dezimal(down.0, Lang::De),
                        crate::format::dezimal(down.0, Lang::En),
                    ),
                );
                let (de, en) = if schule.ist_gruppe() {
                    (
                        format!("je Schule {bw_de} Mbit/s, {n} Schulen, {klassen} Klassen"),
                        format!("{bw_en} Mbit/s per school, {n} schools, {klassen} classes"),
                    )
                } else {
                    (
                        format!("{bw_de} Mbit/s für {klassen} Klassen"),
                        format!("{bw_en} Mbit/s for {klassen} classes"),
                    )
                };
                let fnd = ctx.loc.finding(
                    "W212",
                    Text::new(
                        format!("{} hat {} Mbit/s je Klasse ({de}; {})", wer.0, v.0, c.0),
                        format!("{} has {} Mbit/s per class ({en}; {})", wer.1, v.1, c.1),
                    ),
                    &format!("/schulen/{i}/ist/breitband_down_mbit"),
                );
                ctx.push(fnd);
            }
        }
        if let Some(infra) = p.infrastruktur() {
            for (key, v) in [
                (
                    "breitband_grundschule_mbit_pro_klasse",
                    infra.breitband_grundschule_mbit_pro_klasse,
                ),
                (
                    "breitband_weiterfuehrend_mbit_pro_klasse",
                    infra.breitband_weiterfuehrend_mbit_pro_klasse,
                ),
            ] {
                if let Some(v) = v.filter(|v| f(v.0) < s.wert) {
                    let w = zahl2(f(v.0), 1);
                    let fnd = ctx.loc.finding(
                        "W212",
                        Text::new(
                            format!(
                                "Ziel von {} Mbit/s je Klasse liegt unter dem Richtwert ({})",
                                w.0, c.0
                            ),
                            format!(
                                "target of {} Mbit/s per class is below the benchmark ({})",
                                w.1, c.1
                            ),
                        ),
                        &format!("/zielarchitektur/infrastruktur/{key}"),
                    );
                    ctx.push(fnd);
                }
            }
        }
    }
    // Land targets, present only in Land profiles.
    let Some(infra) = p.infrastruktur() else {
        return;
    };
    for (key, bench_key, v) in [
        (
            "breitband_grundschule_mbit_pro_klasse",
            "breitband_ziel_grundschule_mbit_pro_klasse",
            infra.breitband_grundschule_mbit_pro_klasse,
        ),
        (
            "breitband_weiterfuehrend_mbit_pro_klasse",
            "breitband_ziel_weiterfuehrend_mbit_pro_klasse",
            infra.breitband_weiterfuehrend_mbit_pro_klasse,
        ),
    ] {
        let Some(s) = bench(ctx, bench_key).cloned() else {
            continue;
        };
        if let Some(v) = v.filter(|v| f(v.0) < s.wert) {
            let (w, c) = (zahl2(f(v.0), 1), cite(ctx, &s));
            let fnd = ctx.loc.finding(
                "W213",
                Text::new(
                    format!(
                        "Ziel von {} Mbit/s je Klasse liegt unter dem Landesziel ({})",
                        w.0, c.0
                    ),
                    format!(
                        "target of {} Mbit/s per class is below the Land's target ({})",
                        w.1, c.1
                    ),
                ),
                &format!("/zielarchitektur/infrastruktur/{key}"),
            );
            ctx.push(fnd);
        }
    }
}

pub(super) fn access_points(ctx: &mut Ctx<'_>) {
    let Some(s) = bench(ctx, "access_points_pro_raum_min").cloned() else {
        return;
    };
    let Some(v) = ctx
        .plan
        .infrastruktur()
        .and_then(|i| i.access_points_pro_raum)
    else {
        return;
    };
    if f(v.0) < s.wert {
        let (w, c) = (zahl2(f(v.0), 2), cite(ctx, &s));
        let fnd = ctx.loc.finding(
            "W214",
            Text::new(
                format!(
                    "Ziel von {} Access Points je Unterrichtsraum ist zu wenig ({})",
                    w.0, c.0
                ),
                format!(
                    "target of {} access points per teaching room is too few ({})",
                    w.1, c.1
                ),
            ),
            "/zielarchitektur/infrastruktur/access_points_pro_raum",
        );
        ctx.push(fnd);
    }
}

pub(super) fn replacement_cycle(ctx: &mut Ctx<'_>) {
    let Some(s) = bench(ctx, "ersatzzyklus_max_jahre").cloned() else {
        return;
    };
    let Some(hw) = ctx.plan.hardware() else {
        return;
    };
    if hw.nicht_zutreffend.is_some() {
        return;
    }
    let c = cite(ctx, &s);
    let mut cycles: Vec<(String, u32)> = Vec::new();
    cycles.extend(hw.ersatzzyklus_jahre.map(|j| {
        (
            "/zielarchitektur/hardware/ersatzzyklus_jahre".to_string(),
            j,
        )
    }));
    for (i, a) in hw.schuelergeraete.iter().enumerate() {
        cycles.extend(a.ersatzzyklus_jahre.map(|j| {
            (
                format!("/zielarchitektur/hardware/schuelergeraete/{i}/ersatzzyklus_jahre"),
                j,
            )
        }));
    }
    cycles.extend(
        hw.lehrkraftgeraete
            .as_ref()
            .and_then(|l| l.ersatzzyklus_jahre)
            .map(|j| {
                (
                    "/zielarchitektur/hardware/lehrkraftgeraete/ersatzzyklus_jahre".to_string(),
                    j,
                )
            }),
    );
    let every_target_has_one = hw.ersatzzyklus_jahre.is_some()
        || (!hw.schuelergeraete.is_empty()
            && hw
                .schuelergeraete
                .iter()
                .all(|a| a.ersatzzyklus_jahre.is_some()));
    if !every_target_has_one {
        let fnd = ctx
            .loc
            .finding(
                "W215",
                Text::new(
                    format!("kein Ersatzzyklus für Endgeräte angegeben ({})", c.0),
                    format!("no replacement cycle for devices given ({})", c.1),
                ),
                "/zielarchitektur/hardware",
            )
            .hint(Text::new(
                format!(
                    "Ergänzen Sie `ersatzzyklus_jahre` (höchstens {}) unter `[zielarchitektur.hardware]`",
                    s.zahl(Lang::De)
                ),
                format!(
                    "add `ersatzzyklus_jahre` (at most {}) under `[zielarchitektur.hardware]`",
                    s.zahl(Lang::En)
                ),
            ));
        ctx.push(fnd);
    }
    for (pointer, jahre) in cycles {
        if jahre as f64 > s.wert {
            let fnd = ctx
                .loc
                .finding(
                    "W215",
                    Text::new(
                        format!("Ersatzzyklus von {jahre} Jahren ist zu lang ({})", c.0),
                        format!("replacement cycle of {jahre} years is too long ({})", c.1),
                    ),
                    &pointer,
                )
                .value(jahre as f64);
            ctx.push(fnd);
        }
    }
}
