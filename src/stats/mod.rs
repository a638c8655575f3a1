//! Derived figures (Kennzahlen) of fachkonzept §5, computed, never typed in: devices per
//! student and per support FTE, bandwidth, coverage, costs per year, domain, source,
//! school and student, funding gap, and the total cost of ownership with replacements.

pub mod deckung;
mod gruppe;
pub mod json;
mod kosten;
pub mod table;
mod teilsumme;
pub mod ziel;

pub use gruppe::{Bekannt, Erfasst, Gruppe};
pub use teilsumme::Teilsumme;
pub use ziel::{Zielgeraete, zielgeraete};

use rust_decimal::Decimal;

use crate::format::f;
use crate::model::Plan;
use crate::model::plan::Laufzeit;
use crate::model::schulen::{Schule, Schulform};
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
                    zahlen: gruppe::gruppe(plan, s.name.clone(), &[s]),
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
            gruppe::gruppe(plan, sf.name().to_string(), &members)
        })
        .collect();
    let alle: Vec<&Schule> = plan.schulen.iter().collect();
    let gesamt = gruppe::gruppe(plan, GESAMT.to_string(), &alle);
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
