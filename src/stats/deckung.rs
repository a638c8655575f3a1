//! Coverage of the period's costs: every euro of investment, running costs, follow-up costs
//! and replacements due is assigned to a funding source (the measure's funding lines, else
//! the plan's default sources `folgekosten_quelle`, `ersatz_quelle`, `standard_quelle`) or
//! counted as uncovered; need above a source's budget is a gap (rule W222).

use std::collections::BTreeMap;

use crate::costs;
use crate::model::Plan;
use crate::model::types::Euro;
use crate::profile::Profile;

/// What is not covered: the kind of cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Art {
    /// Investment and running costs of measures without (enough) funding lines.
    Massnahmen,
    /// Follow-up costs after the measures.
    Folgekosten,
    /// Replacement of devices (bought by measures or in stock) whose cycle ends.
    Ersatz,
}

impl Art {
    pub fn key(self) -> &'static str {
        match self {
            Art::Massnahmen => "measures",
            Art::Folgekosten => "follow_up",
            Art::Ersatz => "replacement",
        }
    }
    pub fn name_de(self) -> &'static str {
        match self {
            Art::Massnahmen => "Kosten von Maßnahmen ohne Finanzierungszeile",
            Art::Folgekosten => "Folgekosten",
            Art::Ersatz => "Ersatzbeschaffungen",
        }
    }
    pub fn name_en(self) -> &'static str {
        match self {
            Art::Massnahmen => "measures without funding",
            Art::Folgekosten => "follow-up costs",
            Art::Ersatz => "replacements",
        }
    }
}

/// The need of one source.
#[derive(Debug, Clone, Default)]
pub struct QuellenBedarf {
    pub id: String,
    /// From the measures' funding lines.
    pub aus_massnahmen: Euro,
    /// Assigned by the plan's default sources (follow-up, replacement, measures without lines).
    pub zugewiesen: Euro,
    /// Total need per year.
    pub je_jahr: BTreeMap<i32, Euro>,
    pub budget: Option<Euro>,
    pub jahresbudget: BTreeMap<i32, Euro>,
}

impl QuellenBedarf {
    pub fn bedarf(&self) -> Euro {
        self.aus_massnahmen + self.zugewiesen
    }
}

/// One row of the gap table: a year (or the whole period) and a source (or nothing: costs
/// no source covers).
#[derive(Debug, Clone)]
pub struct Luecke {
    /// `None`: the whole period (the source's total budget).
    pub jahr: Option<i32>,
    /// `None`: not assigned to any source.
    pub quelle: Option<String>,
    /// For uncovered costs: what kind.
    pub art: Option<Art>,
    pub bedarf: Euro,
    pub budget: Option<Euro>,
    pub luecke: Euro,
}

/// Coverage of the plan's costs.
#[derive(Debug, Clone, Default)]
pub struct Deckung {
    /// Every source of the plan, in plan order.
    pub quellen: Vec<QuellenBedarf>,
    /// Costs no source covers, per year and kind.
    pub ungedeckt: BTreeMap<(i32, Art), Euro>,
}

impl Deckung {
    /// All uncovered costs.
    pub fn ungedeckt_gesamt(&self) -> Euro {
        self.ungedeckt.values().copied().sum()
    }

    /// The whole gap: per source the larger of its yearly overruns together and its overrun
    /// of the total budget (the same money, counted once), plus the costs no source covers.
    pub fn luecke_gesamt(&self) -> Euro {
        let luecken = self.luecken();
        let je_quelle: Euro = self
            .quellen
            .iter()
            .map(|q| {
                let von = |jahr: bool| -> Euro {
                    luecken
                        .iter()
                        .filter(|l| l.quelle.as_deref() == Some(&q.id) && l.jahr.is_some() == jahr)
                        .map(|l| l.luecke)
                        .sum()
                };
                von(true).max(von(false))
            })
            .sum();
        je_quelle + self.ungedeckt_gesamt()
    }

    /// The gaps: need above a yearly budget, need above a total budget, and uncovered costs.
    pub fn luecken(&self) -> Vec<Luecke> {
        let mut out = Vec::new();
        for q in &self.quellen {
            for (&jahr, &budget) in &q.jahresbudget {
                let bedarf = q.je_jahr.get(&jahr).copied().unwrap_or_default();
                if bedarf > budget {
                    out.push(Luecke {
                        jahr: Some(jahr),
                        quelle: Some(q.id.clone()),
                        art: None,
                        bedarf,
                        budget: Some(budget),
                        luecke: bedarf - budget,
                    });
                }
            }
            if let Some(budget) = q.budget.filter(|b| q.bedarf() > *b) {
                out.push(Luecke {
                    jahr: None,
                    quelle: Some(q.id.clone()),
                    art: None,
                    bedarf: q.bedarf(),
                    budget: Some(budget),
                    luecke: q.bedarf() - budget,
                });
            }
        }
        for (&(jahr, art), &betrag) in &self.ungedeckt {
            out.push(Luecke {
                jahr: Some(jahr),
                quelle: None,
                art: Some(art),
                bedarf: betrag,
                budget: None,
                luecke: betrag,
            });
        }
        out
    }
}

/// Compute the coverage. Without a plan period only the measures' own costs are assigned
/// (follow-up costs and replacements need the period).
pub fn berechne(plan: &Plan, profile: &Profile) -> Deckung {
    let lz = plan.plan.zeitraum.map(|z| z.wirksam());
    let start = lz.map(|z| z.von).unwrap_or(0);
    let fin = plan.finanzierung.as_ref();
    let gibt = |id: Option<&crate::model::types::Id>| {
        id.filter(|id| plan.quellen().iter().any(|q| q.id == **id))
            .map(|id| id.to_string())
    };
    let standard = gibt(fin.and_then(|f| f.standard_quelle.as_ref()));
    let folge_q = gibt(fin.and_then(|f| f.folgekosten_quelle.as_ref()));
    let ersatz_q = gibt(fin.and_then(|f| f.ersatz_quelle.as_ref()));
    let mut d = Deckung {
        quellen: plan
            .quellen()
            .iter()
            .map(|q| QuellenBedarf {
                id: q.id.to_string(),
                budget: q.budget,
                jahresbudget: q.jahresbudget.iter().map(|j| (j.jahr, j.betrag)).collect(),
                ..QuellenBedarf::default()
            })
            .collect(),
        ungedeckt: BTreeMap::new(),
    };
    let zuweisen =
        |d: &mut Deckung, quelle: Option<&str>, art: Art, jahr: i32, e: Euro, explizit: bool| {
            if e.0.is_zero() {
                return;
            }
            match quelle.and_then(|id| d.quellen.iter_mut().find(|q| q.id == id)) {
                Some(q) => {
                    if explizit {
                        q.aus_massnahmen += e;
                    } else {
                        q.zugewiesen += e;
                    }
                    *q.je_jahr.entry(jahr).or_default() += e;
                }
                // A line naming an unknown source is E101's business; its money is uncovered.
                None => *d.ungedeckt.entry((jahr, art)).or_default() += e,
            }
        };
    for m in &plan.massnahmen {
        for (quelle, jahr, e) in costs::quellen_je_jahr(m, start) {
            zuweisen(&mut d, Some(quelle), Art::Massnahmen, jahr, e, true);
        }
        // Shares that do not add up to 100 % are error E112; their rest is not counted a
        // second time as a gap.
        let e112 = m
            .anteile_summe()
            .is_some_and(|sum| sum != rust_decimal::Decimal::ONE_HUNDRED);
        let rest = if m.finanzierung.is_empty() {
            costs::foerderbasis_je_jahr(m, start)
        } else if e112 {
            Vec::new()
        } else {
            costs::ungedeckt_je_jahr(m, start)
        };
        for (jahr, e) in rest {
            zuweisen(&mut d, standard.as_deref(), Art::Massnahmen, jahr, e, false);
        }
        if let Some(lz) = &lz {
            for (jahr, e) in costs::folgekosten_je_jahr(m, lz) {
                zuweisen(&mut d, folge_q.as_deref(), Art::Folgekosten, jahr, e, false);
            }
            for (jahr, e) in super::kosten::ersatz_je_jahr(plan, m, lz) {
                zuweisen(&mut d, ersatz_q.as_deref(), Art::Ersatz, jahr, e, false);
            }
        }
    }
    if let Some(lz) = &lz {
        for (jahr, e) in super::kosten::ersatzbedarf_bestand_je_jahr(plan, profile, lz.von, lz.bis)
        {
            zuweisen(&mut d, ersatz_q.as_deref(), Art::Ersatz, jahr, e, false);
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Plan;

    fn plan(extra: &str) -> Plan {
        toml::from_str(&format!(
            r#"
            formatversion = 1
            [plan]
            titel = "T"
            status = "entwurf"
            zeitraum = {{ von = 2026, bis = 2028 }}
            [leitplanken]
            nicht_zutreffend = "x"
            [support]
            nicht_zutreffend = "x"
            [[massnahmen]]
            id = "m"
            titel = "M"
            investition = 1000
            zeitraum = {{ von = 2026, bis = 2026 }}
            folgekosten_jaehrlich = 100
            finanzierung = [{{ quelle = "haushalt", anteil = 100 }}]
            [[massnahmen]]
            id = "ohne"
            titel = "Ohne Finanzierung"
            investition = 50
            zeitraum = {{ von = 2027, bis = 2027 }}
            {extra}
            "#
        ))
        .unwrap()
    }

    #[test]
    fn follow_up_costs_and_measures_without_lines_are_uncovered_without_defaults() {
        let p = plan(
            r#"
            [[finanzierung.quellen]]
            id = "haushalt"
            name = "Haushalt"
            art = "eigenmittel"
            budget = 1000
            "#,
        );
        let d = berechne(&p, &Profile::standard());
        let e = |n: i64| Euro(rust_decimal::Decimal::from(n));
        assert_eq!(d.ungedeckt.get(&(2027, Art::Folgekosten)), Some(&e(100)));
        assert_eq!(d.ungedeckt.get(&(2028, Art::Folgekosten)), Some(&e(100)));
        assert_eq!(d.ungedeckt.get(&(2027, Art::Massnahmen)), Some(&e(50)));
        assert_eq!(d.ungedeckt_gesamt(), e(250));
        // Within its budget: no gap row for the source, three rows of uncovered costs.
        assert_eq!(d.luecken().len(), 3);
    }

    #[test]
    fn defaults_assign_to_the_named_source_and_its_budget_shows_the_gap() {
        let p = plan(
            r#"
            [finanzierung]
            folgekosten_quelle = "haushalt"
            standard_quelle = "haushalt"
            [[finanzierung.quellen]]
            id = "haushalt"
            name = "Haushalt"
            art = "eigenmittel"
            budget = 1000
            jahresbudget = [{ jahr = 2027, betrag = 100 }]
            "#,
        );
        let d = berechne(&p, &Profile::standard());
        assert!(d.ungedeckt.is_empty());
        let q = &d.quellen[0];
        assert_eq!(q.bedarf(), Euro(rust_decimal::Decimal::from(1250)));
        let l = d.luecken();
        // 2027: 100 follow-up + 50 measure against 100; in total 1250 against 1000.
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].jahr, Some(2027));
        assert_eq!(l[0].luecke, Euro(rust_decimal::Decimal::from(50)));
        assert_eq!(l[1].jahr, None);
        assert_eq!(l[1].luecke, Euro(rust_decimal::Decimal::from(250)));
    }
}
