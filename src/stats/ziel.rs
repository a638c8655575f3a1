//! Target device counts (Zielgeräte): how many devices the hardware targets give per school or
//! group, split by owner, with how many schools the count covers. An unknown need (students
//! not stated, students of the target's year groups not stated, no target for the Schulform) is
//! left out and reported as a gap, never counted as 0.

use crate::format::f;
use crate::model::Plan;
use crate::model::schulen::Schule;
use crate::model::zielarchitektur::{Hardware, Schuelerausstattung};

/// Target student devices of one school or group entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SchulZiel {
    /// No target applies to the entry's Schulform: the need is open.
    KeinZiel,
    /// A target applies but the students it counts are not stated (total, or the students of
    /// the target's year groups): the need is open, not estimated.
    Offen,
    /// The entry does not take part in a parent-financed target (`elternfinanzierte_geraete =
    /// false`): the target gives it no devices.
    NimmtNichtTeil,
    /// Devices the target gives.
    Geraete { anzahl: u64, privat: bool },
}

/// The target of an entry and the students it counts.
pub fn schule(hw: &Hardware, s: &Schule) -> SchulZiel {
    let Some(z) = hw.ziel_fuer(s.schulform) else {
        return SchulZiel::KeinZiel;
    };
    let privat = !z.eigentum().ist_bereitgestellt();
    if privat && s.elternfinanzierte_geraete == Some(false) {
        return SchulZiel::NimmtNichtTeil;
    }
    let r = f(z.schueler_pro_geraet.0);
    match (schueler_fuer(z, s), r > 0.0) {
        (Some(n), true) => SchulZiel::Geraete {
            anzahl: (f64::from(n) / r).ceil() as u64,
            privat,
        },
        _ => SchulZiel::Offen,
    }
}

/// Students a target counts at an entry: all its students, or those of the target's year
/// groups if the entry states them. `None` when unknown.
pub fn schueler_fuer(z: &Schuelerausstattung, s: &Schule) -> Option<u32> {
    match z.jahrgaenge {
        None => s.schueler,
        Some(j) if !j.gueltig() => None,
        Some(j) => s.schueler_in(j),
    }
}

/// Target student devices of an entry, of every owner; `None` while open or without target.
pub fn schuelergeraete_soll(hw: &Hardware, s: &Schule) -> Option<u64> {
    match schule(hw, s) {
        SchulZiel::Geraete { anzahl, .. } => Some(anzahl),
        SchulZiel::NimmtNichtTeil => Some(0),
        SchulZiel::KeinZiel | SchulZiel::Offen => None,
    }
}

/// Devices the target equipment gives over all schools.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Zielgeraete {
    /// Student devices the Schulträger provides (own or leased), over the covered schools.
    pub schueler_bereitgestellt: u64,
    /// Privately owned student devices (parents), over the covered schools.
    pub schueler_privat: u64,
    /// Teacher devices by the target share, over the schools that state their teachers.
    pub lehrkraefte: u64,
    /// Schools (sum of `anzahl()`) whose need is known, for students and teachers alike.
    pub schulen_bekannt: u32,
    /// All schools (sum of `anzahl()`).
    pub schulen: u32,
}

impl Zielgeraete {
    /// Whether every school's need is known: then the sums are the figures, else lower bounds.
    pub fn vollstaendig(&self) -> bool {
        self.schulen_bekannt == self.schulen
    }

    /// Devices the Schulträger provides and supports: student devices it provides and
    /// teacher devices.
    pub fn bereitgestellt(&self) -> u64 {
        self.schueler_bereitgestellt + self.lehrkraefte
    }
}

/// Devices the target equipment gives: students (of the target's year groups) / target
/// ratio per school, plus teacher devices. `None` without hardware targets.
pub fn zielgeraete(plan: &Plan) -> Option<Zielgeraete> {
    let hw = plan.hardware()?;
    let mut z = Zielgeraete::default();
    for s in &plan.schulen {
        z.schulen += s.anzahl();
        let mut bekannt = true;
        match schule(hw, s) {
            SchulZiel::Geraete {
                anzahl,
                privat: false,
            } => z.schueler_bereitgestellt += anzahl,
            SchulZiel::Geraete {
                anzahl,
                privat: true,
            } => z.schueler_privat += anzahl,
            SchulZiel::NimmtNichtTeil => {}
            SchulZiel::KeinZiel | SchulZiel::Offen => bekannt = false,
        }
        if let Some(l) = &hw.lehrkraftgeraete {
            match s.lehrkraefte {
                Some(lk) => z.lehrkraefte += (f64::from(lk) * f(l.anteil.0) / 100.0).ceil() as u64,
                None => bekannt = false,
            }
        }
        if bekannt {
            z.schulen_bekannt += s.anzahl();
        }
    }
    Some(z)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(hw: serde_json::Value, schulen: serde_json::Value) -> Plan {
        serde_json::from_value(serde_json::json!({
            "formatversion": 1,
            "plan": { "titel": "T" },
            "zielarchitektur": { "hardware": hw },
            "schulen": schulen,
        }))
        .unwrap()
    }

    #[test]
    fn unknown_students_leave_the_count_open_not_zero() {
        let p = plan(
            serde_json::json!({ "schuelergeraete": [{ "schulformen": ["grundschule"], "bereitstellung": "schulgestellt", "geraetetyp": "tablet", "schueler_pro_geraet": 4 }] }),
            serde_json::json!([
                { "id": "a", "name": "A", "schulform": "grundschule", "schueler": 100 },
                { "id": "b", "name": "B", "schulform": "grundschule", "anzahl_schulen": 3 },
            ]),
        );
        let z = zielgeraete(&p).unwrap();
        assert_eq!(z.schueler_bereitgestellt, 25);
        assert_eq!((z.schulen_bekannt, z.schulen), (1, 4));
        assert!(!z.vollstaendig());
    }

    #[test]
    fn a_year_group_target_counts_only_stated_year_groups_and_owners_apart() {
        let p = plan(
            serde_json::json!({ "schuelergeraete": [
                { "schulformen": ["gymnasium"], "bereitstellung": "gyod", "geraetetyp": "tablet", "schueler_pro_geraet": 1,
                  "jahrgaenge": { "von": 7, "bis": 10 }, "eigentum": "eltern" },
                { "schulformen": ["realschule"], "bereitstellung": "schulgestellt", "geraetetyp": "tablet", "schueler_pro_geraet": 1,
                  "jahrgaenge": { "von": 5, "bis": 10 }, "eigentum": "leasing" }
            ] }),
            serde_json::json!([
                { "id": "g", "name": "G", "schulform": "gymnasium", "schueler": 900,
                  "schueler_jahrgaenge": [{ "von": 7, "bis": 8, "schueler": 200 }, { "von": 9, "bis": 10, "schueler": 210 }] },
                { "id": "h", "name": "H", "schulform": "gymnasium", "schueler": 800, "elternfinanzierte_geraete": false },
                { "id": "r", "name": "R", "schulform": "realschule", "schueler": 600,
                  "schueler_jahrgaenge": [{ "von": 5, "bis": 8, "schueler": 400 }] },
            ]),
        );
        let z = zielgeraete(&p).unwrap();
        assert_eq!(z.schueler_privat, 410);
        // r states only years 5–8 of 5–10: open, not 400 and not 600.
        assert_eq!(z.schueler_bereitgestellt, 0);
        assert_eq!((z.schulen_bekannt, z.schulen), (2, 3));
    }

    /// Figures of a plan with a group beside a school (in `stats::compute`, which reads the
    /// per-entry targets of this module).
    #[test]
    fn a_group_counts_its_schools_and_lines_and_a_wlan_share_shows_alone() {
        let p = plan(
            serde_json::json!({ "schuelergeraete": [{ "schulformen": ["grundschule"], "bereitstellung": "klassensatz", "geraetetyp": "tablet", "schueler_pro_geraet": 4 }] }),
            serde_json::json!([
                { "id": "a", "name": "A", "schulform": "grundschule", "schueler": 200, "klassen": 10,
                  "ist": { "anteil_raeume_wlan": 40, "breitband_down_mbit": 300 } },
                { "id": "g", "name": "G", "schulform": "grundschule", "anzahl_schulen": 38, "schueler": 9500,
                  "klassen": 400, "ist": { "breitband_down_mbit": 100 } },
            ]),
        );
        let k = crate::stats::compute(&p, &crate::profile::Profile::standard());
        assert_eq!(k.gesamt.schulen, 39);
        // The school's WLAN share without a presentation share or room count.
        assert_eq!(k.schulen[0].zahlen.wlan_abdeckung_ist, Some(40.0));
        assert_eq!(k.schulen[0].zahlen.praesentation_abdeckung_ist, None);
        // Each of the 38 schools has 100 Mbit/s: 3,800 Mbit/s for 400 classes.
        assert_eq!(k.schulen[1].zahlen.breitband_mbit_pro_klasse_ist, Some(9.5));
        assert_eq!(k.schulen[1].zahlen.schuelergeraete_soll, Some(2375));
    }
}
