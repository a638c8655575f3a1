//! Device data that must agree with itself: year groups of targets and schools (W230), and
//! parent financing with ownership and participation (W231).

use super::Ctx;
use crate::i18n::Text;
use crate::model::zielarchitektur::Eigentum;

pub fn check(ctx: &mut Ctx<'_>) {
    year_groups(ctx);
    parent_financing(ctx);
}

/// W230: a range of year groups runs from `von` to `bis` within 1–13, a school's ranges do
/// not overlap and add up to no more students than the school has.
fn year_groups(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    if let Some(hw) = p.hardware() {
        for (i, a) in hw.schuelergeraete.iter().enumerate() {
            if let Some(j) = a.jahrgaenge.filter(|j| !j.gueltig()) {
                let fnd = ctx.loc.finding(
                    "W230",
                    Text::new(
                        format!("Jahrgänge von {} bis {} sind kein Bereich zwischen 1 und 13; die Zahl der Zielgeräte bleibt offen", j.von, j.bis),
                        format!("years {} to {} are not a range within 1 to 13; the number of target devices stays open", j.von, j.bis),
                    ),
                    &format!("/zielarchitektur/hardware/schuelergeraete/{i}/jahrgaenge"),
                );
                ctx.push(fnd);
            }
        }
    }
    for (i, s) in p.schulen.iter().enumerate() {
        let wer = s.bezeichnung();
        let mut bereiche: Vec<(usize, u8, u8)> = Vec::new();
        for (k, t) in s.schueler_jahrgaenge.iter().enumerate() {
            if !t.bereich().gueltig() {
                let fnd = ctx.loc.finding(
                    "W230",
                    Text::new(
                        format!(
                            "{}: Jahrgänge von {} bis {} sind kein Bereich zwischen 1 und 13",
                            wer.0, t.von, t.bis
                        ),
                        format!(
                            "{}: years {} to {} are not a range within 1 to 13",
                            wer.1, t.von, t.bis
                        ),
                    ),
                    &format!("/schulen/{i}/schueler_jahrgaenge/{k}"),
                );
                ctx.push(fnd);
                continue;
            }
            if let Some((_, v, b)) = bereiche.iter().find(|(_, v, b)| t.von <= *b && *v <= t.bis) {
                let fnd = ctx.loc.finding(
                    "W230",
                    Text::new(
                        format!("{}: Jahrgänge {} überschneiden sich mit {}; Schülerinnen und Schüler würden doppelt gezählt", wer.0, t.bereich().text(), crate::model::zielarchitektur::Jahrgaenge { von: *v, bis: *b }.text()),
                        format!("{}: years {} overlap {}; students would be counted twice", wer.1, t.bereich().text(), crate::model::zielarchitektur::Jahrgaenge { von: *v, bis: *b }.text()),
                    ),
                    &format!("/schulen/{i}/schueler_jahrgaenge/{k}"),
                );
                ctx.push(fnd);
            }
            bereiche.push((k, t.von, t.bis));
        }
        let summe: u64 = s
            .schueler_jahrgaenge
            .iter()
            .map(|t| u64::from(t.schueler))
            .sum();
        if let Some(n) = s.schueler.filter(|n| summe > u64::from(*n)) {
            let fnd = ctx.loc.finding(
                "W230",
                Text::new(
                    format!("{}: die Jahrgänge zählen {summe} Schülerinnen und Schüler, die Schule nur {n}", wer.0),
                    format!("{}: the year groups count {summe} students, the school only {n}", wer.1),
                ),
                &format!("/schulen/{i}/schueler_jahrgaenge"),
            );
            ctx.push(fnd);
        }
    }
}

/// W231: parent financing belongs to devices the parents own (or lease); a school takes part
/// only in a parent-financed target of its Schulform.
fn parent_financing(ctx: &mut Ctx<'_>) {
    let p = ctx.plan;
    let Some(hw) = p.hardware() else {
        return;
    };
    for (i, a) in hw.schuelergeraete.iter().enumerate() {
        if a.elternfinanzierung.is_some() && a.eigentum() == Eigentum::Schultraeger {
            let fnd = ctx
                .loc
                .finding(
                    "W231",
                    Text::new(
                        "Elternfinanzierung angegeben, die Geräte gehören aber dem Schulträger (`eigentum` fehlt oder ist `schultraeger`)".to_string(),
                        "parent financing given, but the devices belong to the school authority (`eigentum` missing or `schultraeger`)".to_string(),
                    ),
                    &format!("/zielarchitektur/hardware/schuelergeraete/{i}/elternfinanzierung"),
                )
                .hint(Text::new(
                    "Setzen Sie `eigentum = \"eltern\"` oder `\"leasing\"`, oder entfernen Sie `elternfinanzierung`".to_string(),
                    "set `eigentum = \"eltern\"` or `\"leasing\"`, or remove `elternfinanzierung`".to_string(),
                ));
            ctx.push(fnd);
        }
    }
    for (i, s) in p.schulen.iter().enumerate() {
        if s.elternfinanzierte_geraete != Some(true) {
            continue;
        }
        let passt = hw
            .ziel_fuer(s.schulform)
            .is_some_and(|z| z.elternfinanzierung.is_some() || z.eigentum() == Eigentum::Eltern);
        if !passt {
            let wer = s.bezeichnung();
            let fnd = ctx.loc.finding(
                "W231",
                Text::new(
                    format!("{} nimmt an elternfinanzierten Geräten teil, das Hardware-Ziel für {} sieht aber keine vor", wer.0, s.schulform.name()),
                    format!("{} takes part in parent-financed devices, but the hardware target for {} provides none", wer.1, crate::labels::value(s.schulform.key()).map_or(s.schulform.key(), |n| n.en)),
                ),
                &format!("/schulen/{i}/elternfinanzierte_geraete"),
            );
            ctx.push(fnd);
        }
    }
}
