//! Plausibility of the equipment: students per device, devices per support FTE, bandwidth, access
//! points per room, replacement cycles.

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
                );
                ctx.push(fnd);
            }
        }
    }
    for (i, schule) in p.schulen.iter().enumerate() {
        // Without a recorded stock the figure is unknown (an open item of completeness), not zero.
        if schule.ist.as_ref().is_none_or(|ist| ist.geraete.is_empty())
            || schule.schueler_zahl() == 0
        {
            continue;
        }
        let geraete = schule.geraete_ist(Nutzergruppe::Schueler);
        let r = if geraete == 0 {
            f64::INFINITY
        } else {
            schule.schueler_zahl() as f64 / geraete as f64
        };
        if r > s.wert {
            let msg = if geraete == 0 {
                Text::new(
                    format!(
                        "`{}` hat im IST-Stand keine Schülergeräte ({})",
                        schule.id, c.0
                    ),
                    format!(
                        "`{}` has no student devices in its current state ({})",
                        schule.id, c.1
                    ),
                )
            } else {
                let v = zahl2(r, 1);
                Text::new(
                    format!(
                        "`{}` hat im IST-Stand {}:1 Schülerinnen und Schüler je Gerät ({})",
                        schule.id, v.0, c.0
                    ),
                    format!(
                        "`{}` has {}:1 students per device in its current state ({})",
                        schule.id, v.1, c.1
                    ),
                )
            };
            let fnd = ctx
                .loc
                .finding("W210", msg, &format!("/schulen/{i}/ist/geraete"));
            ctx.push(fnd);
        }
    }
}

pub(super) fn devices_per_fte(ctx: &mut Ctx<'_>) {
    let Some(s) = bench(ctx, "geraete_pro_vzae_max").cloned() else {
        return;
    };
    let Some(vzae) = ctx.plan.support.as_ref().and_then(|s| s.personal_vzae) else {
        return;
    };
    let Some(geraete) = crate::stats::zielgeraete(ctx.plan) else {
        return;
    };
    let vzae = f(vzae.0);
    if geraete <= 0.0 {
        return;
    }
    let c = cite(ctx, &s);
    let g = zahl2(geraete, 0);
    let message = if vzae > 0.0 {
        let r = geraete / vzae;
        if r <= s.wert {
            return;
        }
        let (v, q) = (zahl2(vzae, 1), zahl2(r, 0));
        Text::new(
            format!(
                "{} Geräte nach Zielausstattung auf {} VZÄ Support sind {} Geräte je Vollzeitstelle ({})",
                g.0, v.0, q.0, c.0
            ),
            format!(
                "{} devices by target equipment on {} support FTE are {} devices per FTE ({})",
                g.1, v.1, q.1, c.1
            ),
        )
    } else {
        Text::new(
            format!(
                "{} Geräte nach Zielausstattung, aber kein technisches Supportpersonal ({})",
                g.0, c.0
            ),
            format!(
                "{} devices by target equipment, but no technical support staff ({})",
                g.1, c.1
            ),
        )
    };
    let fnd = ctx.loc.finding("W211", message, "/support/personal_vzae");
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
            let r = f(down.0) / klassen as f64;
            if r < s.wert {
                let v = zahl2(r, 1);
                let fnd = ctx.loc.finding(
                    "W212",
                    Text::new(
                        format!(
                            "`{}` hat {} Mbit/s je Klasse ({} Mbit/s für {klassen} Klassen; {})",
                            schule.id,
                            v.0,
                            crate::format::dezimal(down.0, crate::i18n::Lang::De),
                            c.0
                        ),
                        format!(
                            "`{}` has {} Mbit/s per class ({} Mbit/s for {klassen} classes; {})",
                            schule.id,
                            v.1,
                            crate::format::dezimal(down.0, crate::i18n::Lang::En),
                            c.1
                        ),
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
            let fnd = ctx.loc.finding(
                "W215",
                Text::new(
                    format!("Ersatzzyklus von {jahre} Jahren ist zu lang ({})", c.0),
                    format!("replacement cycle of {jahre} years is too long ({})", c.1),
                ),
                &pointer,
            );
            ctx.push(fnd);
        }
    }
}
