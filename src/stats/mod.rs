//! Derived figures (Kennzahlen) of fachkonzept §5, computed, never typed in: devices per
//! student and per support FTE, bandwidth, coverage, costs per year, domain, source,
//! school and student, funding gap, and the total cost of ownership with replacements.

pub mod deckung;
pub mod json;
mod kosten;
pub mod table;
mod teilsumme;
pub mod ziel;

pub use teilsumme::Teilsumme;
pub use ziel::{Zielgeraete, zielgeraete};

use rust_decimal::Decimal;

use crate::format::f;
use crate::model::Plan;
use crate::model::plan::Laufzeit;
use crate::model::schulen::{Nutzergruppe, Schule, Schulform};
use crate::model::types::Euro;
use crate::profile::Profile;

/// Name of the group of all schools.
pub const GESAMT: &str = "Gesamt";
/// Domain key of the measures that name no domain.
pub const OHNE_BEREICH: &str = "ohne_bereich";

/// All figures of one plan.
#[derive(Debug)]
pub struct Kennzahlen {
    pub schulen: Vec<SchulZahlen>,
    pub schulformen: Vec<Gruppe>,
    pub gesamt: Gruppe,
    pub support: SupportZahlen,
    pub kosten: Kosten,
}

impl Kennzahlen {
    /// Whether any measure states a cost: without one, every sum of money is unknown, not 0 €.
    pub fn kosten_genannt(&self) -> bool {
        self.kosten.beziffert > 0
    }
    /// The investment, if every measure states its cost.
    pub fn investition(&self) -> Option<Euro> {
        self.kosten.investition_bekannt()
    }
    /// Whether sums over the period per year, domain and school are at least lower bounds:
    /// the plan has a period and states some costs.
    pub fn laufzeitkosten_bekannt(&self) -> bool {
        self.kosten.teilweise()
    }
    /// The funding gap, once some costs over a period are known.
    pub fn luecke(&self) -> Option<Euro> {
        self.laufzeitkosten_bekannt()
            .then(|| self.kosten.deckung.luecke_gesamt())
    }
    /// The total cost of ownership over the period, if every measure states its cost.
    pub fn tco(&self) -> Option<Euro> {
        self.kosten.tco_bekannt()
    }
}

/// Figures of one school.
#[derive(Debug)]
pub struct SchulZahlen {
    pub id: String,
    pub schulform: Schulform,
    pub zahlen: Gruppe,
    /// Costs of the plan's measures attributed to this school (shared measures by head count).
    pub kosten: Euro,
    pub kosten_je_schueler: Option<Euro>,
}

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

/// Support figures.
#[derive(Debug)]
pub struct SupportZahlen {
    pub personal_vzae: Option<f64>,
    /// Student and teacher devices in stock, if every school lists both.
    pub geraete_ist: Option<u64>,
    pub geraete_soll: Option<u64>,
    pub geraete_pro_vzae_ist: Option<f64>,
    pub geraete_pro_vzae_soll: Option<f64>,
}

/// Costs over the plan period.
///
/// The sums count what the plan states. Whether they are the whole figure says
/// [`Kosten::vollstaendig`]: without a period, running and follow-up costs, replacements and
/// funding are unknown; where some measures state no cost, every sum is a lower bound
/// ("mind. X (n von m Maßnahmen beziffert)"). Use the `*_bekannt` accessors for figures that
/// must be open rather than 0.
#[derive(Debug)]
pub struct Kosten {
    /// The plan period; without it only the investment is known.
    pub laufzeit: Option<Laufzeit>,
    pub jahre: Vec<Jahr>,
    pub bereiche: Vec<Bereichskosten>,
    pub quellen: Vec<Quellenanteil>,
    pub investition: Euro,
    /// Running costs during the measures.
    pub laufend: Euro,
    /// Follow-up costs after the measures.
    pub folgekosten: Euro,
    /// Replacement of devices bought by measures whose cycle ends within the period.
    pub ersatz: Euro,
    /// Investment + running + follow-up costs + replacements within the period, without
    /// what parents pay (sources of `art = "eltern"`).
    pub tco: Euro,
    /// Funding from sources other than the Schulträger's own funds and parents.
    pub fremdmittel: Euro,
    /// Paid by parents (sources of `art = "eltern"`): neither funding nor the Schulträger's cost.
    pub eltern: Euro,
    /// Share of investment and running costs covered by outside funding, in percent.
    pub foerderquote: Option<f64>,
    /// What the Schulträger pays itself: TCO minus outside funding.
    pub eigenanteil: Euro,
    pub je_schueler: Option<Euro>,
    pub je_schueler_und_jahr: Option<Euro>,
    /// Replacement need of the current stock by the cycle, priced at the profile's usual
    /// prices; shown apart because measures usually already cover it.
    pub ersatzbedarf_bestand: Euro,
    /// Booked in the investive budget (one-off amounts of measures classed `investiv`).
    pub investiv: Euro,
    /// Booked in the consumptive budget (one-off amounts classed `konsumtiv`, running and
    /// follow-up costs, replacements of consumptive purchases).
    pub konsumtiv: Euro,
    /// Measures in the plan.
    pub massnahmen: usize,
    /// Measures that state at least one cost.
    pub beziffert: usize,
    /// `[finanzierung] volumen`: the plan's volume over the period, if it states one.
    pub volumen: Option<Euro>,
    /// `[finanzierung] volumen_jahre`.
    pub volumen_jahre: Vec<(i32, Euro)>,
    /// Every cost assigned to a source or uncovered.
    pub deckung: deckung::Deckung,
}

impl Kosten {
    /// Whether the sums are the whole figure: a period, and every measure states its costs.
    pub fn vollstaendig(&self) -> bool {
        self.laufzeit.is_some() && self.massnahmen > 0 && self.beziffert == self.massnahmen
    }
    /// Whether the sums over the period are at least a lower bound (period and one costed measure).
    pub fn teilweise(&self) -> bool {
        self.laufzeit.is_some() && self.beziffert > 0
    }
    fn wenn(&self, e: Euro) -> Option<Euro> {
        self.vollstaendig().then_some(e)
    }
    pub fn investition_bekannt(&self) -> Option<Euro> {
        (self.massnahmen > 0 && self.beziffert == self.massnahmen).then_some(self.investition)
    }
    pub fn laufend_bekannt(&self) -> Option<Euro> {
        self.wenn(self.laufend)
    }
    pub fn folgekosten_bekannt(&self) -> Option<Euro> {
        self.wenn(self.folgekosten)
    }
    pub fn ersatz_bekannt(&self) -> Option<Euro> {
        self.wenn(self.ersatz)
    }
    pub fn tco_bekannt(&self) -> Option<Euro> {
        self.wenn(self.tco)
    }
    pub fn fremdmittel_bekannt(&self) -> Option<Euro> {
        self.wenn(self.fremdmittel)
    }
    pub fn eigenanteil_bekannt(&self) -> Option<Euro> {
        self.wenn(self.eigenanteil)
    }
    pub fn ersatzbedarf_bestand_bekannt(&self) -> Option<Euro> {
        self.laufzeit.map(|_| self.ersatzbedarf_bestand)
    }
}

#[derive(Debug)]
pub struct Jahr {
    pub jahr: i32,
    pub investition: Euro,
    pub laufend: Euro,
    pub folgekosten: Euro,
    pub ersatz: Euro,
    pub gesamt: Euro,
    pub investiv: Euro,
    pub konsumtiv: Euro,
}

#[derive(Debug)]
pub struct Bereichskosten {
    pub bereich: String,
    pub investition: Euro,
    pub laufend: Euro,
    pub folgekosten: Euro,
}

#[derive(Debug)]
pub struct Quellenanteil {
    pub id: String,
    pub name: String,
    /// Planned from this source by the measures' funding lines.
    pub betrag: Euro,
    pub budget: Option<Euro>,
    pub art: crate::model::finanzierung::QuellenArt,
    /// Assigned by the plan's defaults (follow-up costs, replacements, measures without lines).
    pub zugewiesen: Euro,
    /// Planned per year (lines and defaults).
    pub je_jahr: Vec<(i32, Euro)>,
    pub bewilligt: Option<Euro>,
    pub abgerufen: Option<Euro>,
    /// Actual spending per year as the plan states it.
    pub ausgaben: Vec<(i32, Euro)>,
}

impl Quellenanteil {
    /// Plan against spending, per year either names: `(year, planned, spent)`.
    pub fn plan_und_ausgaben(&self) -> Vec<(i32, Option<Euro>, Option<Euro>)> {
        let mut jahre: Vec<i32> = self
            .je_jahr
            .iter()
            .chain(&self.ausgaben)
            .map(|(j, _)| *j)
            .collect();
        jahre.sort();
        jahre.dedup();
        let find = |v: &[(i32, Euro)], j: i32| v.iter().find(|(y, _)| *y == j).map(|(_, e)| *e);
        jahre
            .into_iter()
            .map(|j| (j, find(&self.je_jahr, j), find(&self.ausgaben, j)))
            .collect()
    }
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    (b > 0.0).then(|| a / b)
}

/// Compute every figure of a structurally valid plan.
pub fn compute(plan: &Plan, profile: &Profile) -> Kennzahlen {
    let schulen: Vec<SchulZahlen> = {
        let kosten = kosten::je_schule(plan);
        plan.schulen
            .iter()
            .map(|s| {
                let k = kosten.get(s.id.as_str()).copied().unwrap_or_default();
                SchulZahlen {
                    id: s.id.to_string(),
                    schulform: s.schulform,
                    zahlen: gruppe(plan, s.name.clone(), &[s]),
                    kosten: k,
                    kosten_je_schueler: (s.schueler_zahl() > 0)
                        .then(|| Euro((k.0 / Decimal::from(s.schueler_zahl())).round_dp(2))),
                }
            })
            .collect()
    };
    let mut formen: Vec<Schulform> = plan.schulen.iter().map(|s| s.schulform).collect();
    formen.sort();
    formen.dedup();
    let schulformen = formen
        .into_iter()
        .map(|sf| {
            let members: Vec<&Schule> = plan.schulen.iter().filter(|s| s.schulform == sf).collect();
            gruppe(plan, sf.name().to_string(), &members)
        })
        .collect();
    let alle: Vec<&Schule> = plan.schulen.iter().collect();
    let gesamt = gruppe(plan, GESAMT.to_string(), &alle);
    let support = support(plan, &gesamt);
    let kosten = kosten::gesamt(
        plan,
        profile,
        gesamt.bekannt.schueler.then_some(gesamt.schueler),
    );
    Kennzahlen {
        schulen,
        schulformen,
        gesamt,
        support,
        kosten,
    }
}

fn gruppe(plan: &Plan, name: String, members: &[&Schule]) -> Gruppe {
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

fn support(plan: &Plan, gesamt: &Gruppe) -> SupportZahlen {
    let vzae = plan
        .support
        .as_ref()
        .and_then(|s| s.personal_vzae)
        .map(|v| f(v.0));
    let b = gesamt.bekannt;
    let geraete_ist = gesamt
        .schuelergeraete_ist_bekannt()
        .zip(gesamt.lehrkraftgeraete_ist_bekannt())
        .map(|(s, l)| s + l);
    let lehrkraefte_noetig = plan
        .hardware()
        .is_some_and(|h| h.lehrkraftgeraete.is_some());
    // Target devices the Schulträger provides and supports, if every school's need is known.
    let geraete_soll = zielgeraete(plan)
        .filter(|z| z.vollstaendig() && b.schueler && (b.lehrkraefte || !lehrkraefte_noetig))
        .map(|z| z.bereitgestellt());
    SupportZahlen {
        personal_vzae: vzae,
        geraete_ist,
        geraete_soll,
        geraete_pro_vzae_ist: vzae.zip(geraete_ist).and_then(|(v, n)| ratio(n as f64, v)),
        geraete_pro_vzae_soll: vzae.zip(geraete_soll).and_then(|(v, n)| ratio(n as f64, v)),
    }
}
