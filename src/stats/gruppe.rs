//! The figures of a school, a group of schools, a school type or all schools: sums with
//! how many schools give them, devices against the target, bandwidth and room shares.

use crate::format::f;
use crate::model::Plan;
use crate::model::schulen::{Nutzergruppe, Schule, Schulform};

use super::teilsumme::Teilsumme;
use super::{ratio, ziel};

/// Figures of a school, a school type or all schools.
#[derive(Debug, Default)]
pub struct Gruppe {
    pub name: String,
    /// The school type all members share (always set for a school and a school-type group).
    pub schulform: Option<Schulform>,
    /// Schools the group holds; an entry of the plan may stand for several
    /// ([`Schule::anzahl`]).
    pub schulen: usize,
    pub schueler: u64,
    pub lehrkraefte: u64,
    pub klassen: u64,
    pub schuelergeraete_ist: u64,
    pub schuelergeraete_soll: Option<u64>,
    pub schueler_pro_geraet_ist: Option<f64>,
    pub schueler_pro_geraet_soll: Option<f64>,
    pub lehrkraftgeraete_ist: u64,
    pub breitband_mbit_ist: f64,
    pub breitband_mbit_pro_klasse_ist: Option<f64>,
    pub breitband_mbit_pro_klasse_soll: Option<f64>,
    pub breitband_kbit_pro_schueler_ist: Option<f64>,
    pub wlan_abdeckung_ist: Option<f64>,
    pub praesentation_abdeckung_ist: Option<f64>,
    /// Which sums above every member school gives; a sum with a gap is not the figure.
    pub bekannt: Bekannt,
    /// How many schools give each sum: a sum with a gap is shown as a partial sum.
    pub erfasst: Erfasst,
}

/// For each sum of a [`Gruppe`], the number of schools that give it (entries standing for
/// several schools count with their number).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Erfasst {
    pub schueler: u32,
    pub lehrkraefte: u32,
    pub klassen: u32,
    pub schuelergeraete: u32,
    pub lehrkraftgeraete: u32,
    pub breitband: u32,
}

impl Gruppe {
    /// Students, if every member school gives them.
    pub fn schueler_bekannt(&self) -> Option<u64> {
        self.bekannt.schueler.then_some(self.schueler)
    }
    /// Teachers, if every member school gives them.
    pub fn lehrkraefte_bekannt(&self) -> Option<u64> {
        self.bekannt.lehrkraefte.then_some(self.lehrkraefte)
    }
    /// Classes, if every member school gives them.
    pub fn klassen_bekannt(&self) -> Option<u64> {
        self.bekannt.klassen.then_some(self.klassen)
    }
    /// Student devices in stock, if every member school lists them.
    pub fn schuelergeraete_ist_bekannt(&self) -> Option<u64> {
        self.bekannt
            .schuelergeraete
            .then_some(self.schuelergeraete_ist)
    }
    /// Teacher devices in stock, if every member school lists them.
    pub fn lehrkraftgeraete_ist_bekannt(&self) -> Option<u64> {
        self.bekannt
            .lehrkraftgeraete
            .then_some(self.lehrkraftgeraete_ist)
    }
    /// Download bandwidth, if every member school gives it.
    pub fn breitband_mbit_ist_bekannt(&self) -> Option<f64> {
        self.bekannt.breitband.then_some(self.breitband_mbit_ist)
    }
    fn teil(&self, summe: u64, erfasst: u32) -> Teilsumme {
        Teilsumme {
            summe,
            erfasst,
            schulen: self.schulen as u32,
        }
    }
    /// Students, with how many schools give them.
    pub fn schueler_teil(&self) -> Teilsumme {
        self.teil(self.schueler, self.erfasst.schueler)
    }
    /// Teachers, with how many schools give them.
    pub fn lehrkraefte_teil(&self) -> Teilsumme {
        self.teil(self.lehrkraefte, self.erfasst.lehrkraefte)
    }
    /// Classes, with how many schools give them.
    pub fn klassen_teil(&self) -> Teilsumme {
        self.teil(self.klassen, self.erfasst.klassen)
    }
    /// Student devices in stock, with how many schools list them.
    pub fn schuelergeraete_teil(&self) -> Teilsumme {
        self.teil(self.schuelergeraete_ist, self.erfasst.schuelergeraete)
    }
    /// Teacher devices in stock, with how many schools list them.
    pub fn lehrkraftgeraete_teil(&self) -> Teilsumme {
        self.teil(self.lehrkraftgeraete_ist, self.erfasst.lehrkraftgeraete)
    }
}

/// Whether every member school of a group gives a figure. Where one leaves it open, the sum
/// in [`Gruppe`] counts only the schools that give it: the figure itself is unknown (a dash
/// in the table, `null` in JSON), never 0.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Bekannt {
    pub schueler: bool,
    pub lehrkraefte: bool,
    pub klassen: bool,
    /// Student devices: the school's stock lists at least one entry for students.
    pub schuelergeraete: bool,
    /// Teacher devices: the school's stock lists at least one entry for teachers.
    pub lehrkraftgeraete: bool,
    /// Download bandwidth.
    pub breitband: bool,
}

impl Bekannt {
    const ALLES: Bekannt = Bekannt {
        schueler: true,
        lehrkraefte: true,
        klassen: true,
        schuelergeraete: true,
        lehrkraftgeraete: true,
        breitband: true,
    };
}

pub(super) fn gruppe(plan: &Plan, name: String, members: &[&Schule]) -> Gruppe {
    let hw = plan.hardware();
    let infra = plan.infrastruktur();
    let mut g = Gruppe {
        name,
        // A group entry stands for `anzahl()` schools.
        schulen: members.iter().map(|s| s.anzahl() as usize).sum(),
        schulform: members
            .first()
            .map(|s| s.schulform)
            .filter(|sf| members.iter().all(|s| s.schulform == *sf)),
        bekannt: Bekannt::ALLES,
        ..Gruppe::default()
    };
    let mut soll: Option<u64> = Some(0);
    let mut bw_soll = 0.0;
    let mut bw_soll_known = true;
    let (mut wlan, mut praes): (Vec<Anteil>, Vec<Anteil>) = (Vec::new(), Vec::new());
    let (mut bw_klassen, mut bw_mbit_mit_klassen) = (0u64, 0.0);
    let (mut bw_schueler, mut bw_mbit_mit_schuelern) = (0u64, 0.0);
    let gelistet = |s: &Schule, gruppe: Nutzergruppe| {
        s.ist
            .as_ref()
            .is_some_and(|ist| ist.geraete.iter().any(|g| g.gruppe == gruppe))
    };
    for s in members {
        let breitband = s
            .ist
            .as_ref()
            .is_some_and(|ist| ist.breitband_down_mbit.is_some());
        let gibt = [
            s.schueler.is_some(),
            s.lehrkraefte.is_some(),
            s.klassen.is_some(),
            gelistet(s, Nutzergruppe::Schueler),
            gelistet(s, Nutzergruppe::Lehrkraefte),
            breitband,
        ];
        let b = &mut g.bekannt;
        b.schueler &= gibt[0];
        b.lehrkraefte &= gibt[1];
        b.klassen &= gibt[2];
        b.schuelergeraete &= gibt[3];
        b.lehrkraftgeraete &= gibt[4];
        b.breitband &= gibt[5];
        let e = &mut g.erfasst;
        let n = |known: bool| if known { s.anzahl() } else { 0 };
        e.schueler += n(gibt[0]);
        e.lehrkraefte += n(gibt[1]);
        e.klassen += n(gibt[2]);
        e.schuelergeraete += n(gibt[3]);
        e.lehrkraftgeraete += n(gibt[4]);
        e.breitband += n(gibt[5]);
        g.schueler += s.schueler_zahl() as u64;
        g.lehrkraefte += s.lehrkraefte_zahl() as u64;
        let klassen = s.klassen.unwrap_or(0) as u64;
        g.klassen += klassen;
        g.schuelergeraete_ist += s.geraete_ist(Nutzergruppe::Schueler);
        g.lehrkraftgeraete_ist += s.geraete_ist(Nutzergruppe::Lehrkraefte);
        soll = soll
            .zip(hw.and_then(|h| ziel::schuelergeraete_soll(h, s)))
            .map(|(n, z)| n + z);
        let rate = infra.and_then(|i| {
            if s.schulform.ist_grundschule() {
                i.breitband_grundschule_mbit_pro_klasse
            } else {
                i.breitband_weiterfuehrend_mbit_pro_klasse
            }
        });
        match rate {
            Some(r) => bw_soll += f(r.0) * klassen as f64,
            None => bw_soll_known = false,
        }
        if let Some(ist) = &s.ist {
            if let Some(bw) = ist.breitband_down_mbit {
                // A group's line is each school's: the group has it `anzahl()` times.
                let bw = f(bw.0) * f64::from(s.anzahl());
                g.breitband_mbit_ist += bw;
                // Bandwidth per class and per student count the schools that give both.
                if let Some(k) = s.klassen {
                    bw_mbit_mit_klassen += bw;
                    bw_klassen += u64::from(k);
                }
                if let Some(n) = s.schueler {
                    bw_mbit_mit_schuelern += bw;
                    bw_schueler += u64::from(n);
                }
            }
            // Each share on its own: a WLAN share shows without a presentation share. One
            // entry's share is its figure; several are weighted by their rooms, and a share
            // without a room count makes the weighted one unknown.
            let r = s.unterrichtsraeume.map(f64::from);
            for (anteil, acc) in [
                (ist.anteil_raeume_wlan, &mut wlan),
                (ist.anteil_raeume_praesentation, &mut praes),
            ] {
                if let Some(a) = anteil {
                    acc.push((r, f(a.0)));
                }
            }
        }
    }
    // A ratio from a sum with a gap would be wrong, not just rough: no ratio then.
    let b = g.bekannt;
    g.schuelergeraete_soll = soll.filter(|_| !members.is_empty());
    g.schueler_pro_geraet_ist = ratio(g.schueler as f64, g.schuelergeraete_ist as f64)
        .filter(|_| b.schueler && b.schuelergeraete);
    g.schueler_pro_geraet_soll = g
        .schuelergeraete_soll
        .and_then(|n| ratio(g.schueler as f64, n as f64))
        .filter(|_| b.schueler);
    g.breitband_mbit_pro_klasse_ist = ratio(bw_mbit_mit_klassen, bw_klassen as f64);
    g.breitband_mbit_pro_klasse_soll = if bw_soll_known {
        ratio(bw_soll, g.klassen as f64)
    } else {
        None
    };
    g.breitband_kbit_pro_schueler_ist = ratio(bw_mbit_mit_schuelern * 1000.0, bw_schueler as f64)
        .filter(|_| bw_mbit_mit_schuelern > 0.0);
    g.wlan_abdeckung_ist = anteil_raeume(&wlan);
    g.praesentation_abdeckung_ist = anteil_raeume(&praes);
    g
}

/// One entry's room share: its rooms (if given) and the share in percent.
type Anteil = (Option<f64>, f64);

/// A room share over entries: one entry's own share, or the room-weighted share if every
/// entry gives its rooms.
fn anteil_raeume(teile: &[Anteil]) -> Option<f64> {
    match teile {
        [] => None,
        [(_, a)] => Some(*a),
        _ => {
            let mut raeume = 0.0;
            let mut mit = 0.0;
            for (r, a) in teile {
                let r = (*r)?;
                raeume += r;
                mit += r * a;
            }
            ratio(mit, raeume)
        }
    }
}
