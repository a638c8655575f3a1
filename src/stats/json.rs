//! The figures as JSON, format version 1 (English keys, as machine formats use), and the JSON
//! Schema generated from the same types. Documented in the README; any change that removes
//! or renames a key raises `STATS_VERSION`. A figure that is not known is `null`, never 0.
//!
//! Longer than 400 lines on purpose: the types of the stats JSON are its published schema
//! (`mep schema --stats`); one file keeps the schema readable top to bottom.

use schemars::JsonSchema;
use serde::Serialize;

use super::{Bereichskosten, Gruppe, Jahr, Kennzahlen, Kosten, Quellenanteil, SchulZahlen};
use crate::model::schulen::Schulform;
use crate::model::types::Euro;

/// Version of the JSON format of `mep stats`.
pub const STATS_VERSION: u32 = 1;

/// Die Kennzahlen eines Plans, wie `mep stats --format json` sie ausgibt. `null` heißt
/// immer: unbekannt, weil der Plan die Angabe offen lässt – nie 0.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "Kennzahlen von mep stats (--format json), Version 1")]
struct StatsReport<'a> {
    /// Version dieses Formats.
    version: u32,
    tool: crate::schema::Tool,
    /// `true`, wenn der Plan Fehler hat: Die Kennzahlen sind dann vorläufig (wie ein
    /// Dokument aus `mep render --force`).
    provisional: bool,
    /// Anzahl der Fehler von `mep check` (0 bei einem fehlerfreien Plan).
    errors: usize,
    /// Je Schule, in der Reihenfolge des Plans.
    schools: Vec<School<'a>>,
    /// Je Schulform, die im Plan vorkommt.
    school_types: Vec<SchoolType>,
    /// Alle Schulen zusammen.
    total: Total,
    support: Support,
    costs: Costs<'a>,
}

/// Eine Schule.
#[derive(Serialize, JsonSchema)]
struct School<'a> {
    /// Kennung der Schule im Plan.
    id: &'a str,
    /// Name der Schule im Plan.
    name: &'a str,
    school_type: Schulform,
    #[serde(flatten)]
    figures: Figures,
    /// Kosten der Maßnahmen dieser Schule in der Laufzeit (Investition, laufende Kosten und
    /// Folgekosten; gemeinsame Maßnahmen nach Schülerzahl verteilt); `null` ohne Laufzeit.
    costs: Option<Money>,
    costs_per_student: Option<Money>,
}

/// Die Schulen einer Schulform.
#[derive(Serialize, JsonSchema)]
struct SchoolType {
    school_type: Schulform,
    /// Anzahl der Schulen.
    schools: usize,
    #[serde(flatten)]
    figures: Figures,
}

/// Alle Schulen.
#[derive(Serialize, JsonSchema)]
struct Total {
    /// Anzahl der Schulen.
    schools: usize,
    #[serde(flatten)]
    figures: Figures,
}

/// Kennzahlen einer Schule oder Gruppe: IST ohne Zusatz, SOLL (Zielausstattung) mit
/// `_target`. Eine Summe ist `null`, sobald eine Schule der Gruppe die Angabe offen lässt.
#[derive(Serialize, JsonSchema)]
struct Figures {
    /// Schülerinnen und Schüler.
    students: Option<u64>,
    /// Lehrkräfte.
    teachers: Option<u64>,
    /// Klassen.
    classes: Option<u64>,
    /// Schülergeräte im Bestand; unbekannt, wenn der Bestand keinen Posten für Schüler nennt.
    student_devices: Option<u64>,
    /// Schülergeräte nach der Zielausstattung.
    student_devices_target: Option<u64>,
    students_per_device: Option<f64>,
    students_per_device_target: Option<f64>,
    /// Lehrkraftgeräte im Bestand; unbekannt, wenn der Bestand keinen Posten für Lehrkräfte nennt.
    teacher_devices: Option<u64>,
    /// Breitband (Download) in Mbit/s, Summe.
    bandwidth_mbit: Option<f64>,
    /// Über die Schulen, die Bandbreite und Klassen angeben.
    bandwidth_mbit_per_class: Option<f64>,
    bandwidth_mbit_per_class_target: Option<f64>,
    /// Über die Schulen, die Bandbreite und Schülerzahl angeben.
    bandwidth_kbit_per_student: Option<f64>,
    /// Anteil der Unterrichtsräume mit WLAN in Prozent.
    wlan_coverage_percent: Option<f64>,
    /// Anteil der Unterrichtsräume mit Präsentationstechnik in Prozent.
    presentation_coverage_percent: Option<f64>,
    /// Wie viele Schulen jede Summe angeben. Ist eine Summe `null`, weil einige Schulen sie
    /// offen lassen, steht hier die Teilsumme der übrigen, z. B. `{"known_schools": 9,
    /// "schools": 12, "partial_sum": 1240}` für „mind. 1.240 (9 von 12 Schulen)“.
    coverage: Coverage,
}

/// Erfassung der Summen einer Schule oder Gruppe.
#[derive(Serialize, JsonSchema)]
struct Coverage {
    students: Covered,
    teachers: Covered,
    classes: Covered,
    student_devices: Covered,
    teacher_devices: Covered,
    bandwidth_mbit: Covered,
}

/// Wie viele Schulen eine Summe angeben, und die Summe über diese.
#[derive(Serialize, JsonSchema)]
struct Covered {
    /// Schulen, die die Angabe machen (ein Eintrag mit `anzahl_schulen` zählt so oft).
    known_schools: u32,
    /// Schulen der Gruppe.
    schools: u32,
    /// Summe über die Schulen, die die Angabe machen; `null`, wenn keine sie macht.
    partial_sum: Option<f64>,
}

fn covered(t: super::Teilsumme) -> Covered {
    Covered {
        known_schools: t.erfasst,
        schools: t.schulen,
        partial_sum: (t.erfasst > 0).then_some(t.summe as f64),
    }
}

/// Support: Personal und betreute Geräte (Schüler- und Lehrkraftgeräte).
#[derive(Serialize, JsonSchema)]
struct Support {
    /// Support-Personal in Vollzeitäquivalenten.
    staff_fte: Option<f64>,
    devices: Option<u64>,
    devices_target: Option<u64>,
    devices_per_fte: Option<f64>,
    devices_per_fte_target: Option<f64>,
}

/// Kosten über die Laufzeit. Ohne Laufzeit ist nur `investment` bekannt.
#[derive(Serialize, JsonSchema)]
struct Costs<'a> {
    /// Laufzeit des Plans; `null`, wenn der Plan keine nennt.
    period: Option<Period>,
    /// Je Kalenderjahr der Laufzeit; leer, solange keine Maßnahme Kosten nennt.
    per_year: Vec<Year>,
    /// Je Bereich der Maßnahmen; leer, solange keine Maßnahme Kosten nennt.
    per_domain: Vec<DomainCosts<'a>>,
    /// Je Finanzierungsquelle, in der Reihenfolge des Plans.
    per_source: Vec<SourceCosts<'a>>,
    /// Investition; `null`, solange nicht jede Maßnahme Kosten nennt.
    investment: Option<Money>,
    /// Untergrenze der Investition aus den bezifferten Maßnahmen; `null`, solange keine Maßnahme Kosten nennt.
    investment_at_least: Option<Money>,
    /// Laufende Kosten während der Maßnahmen.
    running: Option<Money>,
    /// Folgekosten nach den Maßnahmen, innerhalb der Laufzeit.
    follow_up: Option<Money>,
    /// Ersatz der Geräte, deren Zyklus in der Laufzeit endet: von Maßnahmen gekaufte und der Bestand (dieser zu Richtpreisen).
    replacement: Option<Money>,
    /// Gesamtkosten: Investition, laufende Kosten, Folgekosten und Ersatz.
    tco: Option<Money>,
    /// Mittel aus anderen Quellen als den Eigenmitteln des Schulträgers.
    outside_funding: Option<Money>,
    /// Anteil der Fremdmittel an Investition und laufenden Kosten, in Prozent.
    funding_rate_percent: Option<f64>,
    /// Was der Schulträger selbst trägt: `tco` minus `outside_funding`.
    own_share: Option<Money>,
    tco_per_student: Option<Money>,
    tco_per_student_per_year: Option<Money>,
    /// Ersatzbedarf des Gerätebestands in der Laufzeit zu Richtpreisen; in `replacement` und `tco` enthalten.
    stock_replacement_need: Option<Money>,
    /// Wie viele Maßnahmen Kosten nennen; nennen nicht alle, sind `tco` und die Summen daraus `null` und `*_at_least` geben die Untergrenze.
    coverage: CostCoverage,
    /// Untergrenze der Gesamtkosten aus den bezifferten Maßnahmen (auch wenn nicht alle beziffert sind).
    tco_at_least: Option<Money>,
    /// Investiver Haushalt: einmalige Beträge investiver Maßnahmen und Ersatzbeschaffungen.
    investive: Option<Money>,
    /// Konsumtiver Haushalt: einmalige Beträge konsumtiver Maßnahmen, laufende Kosten, Folgekosten.
    consumptive: Option<Money>,
    /// Von Eltern getragen (Quellen der Art `eltern`); nicht in `tco`, nicht in `outside_funding`.
    parents: Option<Money>,
    /// `[finanzierung] volumen`: Volumen des Plans über die Laufzeit, wenn er eins nennt.
    volume: Option<Money>,
    /// Kosten, die keiner Quelle zugeordnet sind; `null` ohne Laufzeit oder ohne bezifferte Maßnahme.
    uncovered: Option<Money>,
    /// Deckungslücken (W222): Bedarf über Budget je Jahr und Quelle, Kosten ohne Quelle.
    gaps: Vec<Gap<'a>>,
}

/// Wie viele Maßnahmen Kosten nennen.
#[derive(Serialize, JsonSchema)]
struct CostCoverage {
    measures: usize,
    /// Maßnahmen, die mindestens eine Kostenangabe machen.
    costed_measures: usize,
}

#[derive(Serialize, JsonSchema)]
struct Gap<'a> {
    /// Jahr; `null` für die ganze Laufzeit (Gesamtbudget).
    year: Option<i32>,
    /// Quelle; `null` für Kosten, die keiner Quelle zugeordnet sind.
    source: Option<&'a str>,
    /// Art der nicht zugeordneten Kosten: `measures`, `follow_up`, `replacement`.
    kind: Option<&'static str>,
    need: Money,
    budget: Option<Money>,
    gap: Money,
}

#[derive(Serialize, JsonSchema)]
struct Period {
    first_year: i32,
    /// Letztes Jahr, einschließlich.
    last_year: i32,
}

#[derive(Serialize, JsonSchema)]
struct Year {
    year: i32,
    investment: Money,
    running: Money,
    follow_up: Money,
    replacement: Money,
    total: Money,
    investive: Money,
    consumptive: Money,
}

#[derive(Serialize, JsonSchema)]
struct DomainCosts<'a> {
    /// Bereich wie im Plan (`hardware`, `infrastruktur`, …); `null` für Maßnahmen ohne Bereich.
    domain: Option<&'a str>,
    investment: Money,
    running: Money,
    follow_up: Money,
}

#[derive(Serialize, JsonSchema)]
struct SourceCosts<'a> {
    /// Kennung der Quelle im Plan.
    id: &'a str,
    /// Name der Quelle im Plan.
    name: &'a str,
    /// Verplant: was die Maßnahmen dieser Quelle zuweisen.
    planned: Money,
    /// Budget der Quelle; `null`, wenn der Plan keins nennt.
    budget: Option<Money>,
    /// Über die Standardquellen zugeordnet (Folgekosten, Ersatz, Maßnahmen ohne Finanzierung).
    assigned_by_default: Money,
    /// Bewilligt laut Bescheid.
    approved: Option<Money>,
    /// Bisher abgerufen.
    drawn: Option<Money>,
    /// Geplant (Maßnahmen und Standardzuordnung) und tatsächlich ausgegeben, je Jahr.
    per_year: Vec<SourceYear>,
}

#[derive(Serialize, JsonSchema)]
struct SourceYear {
    year: i32,
    planned: Option<Money>,
    /// Tatsächliche Ausgaben laut Plan; `null`, wenn er keine nennt.
    spent: Option<Money>,
}

/// An amount as machine output writes it: a string with exactly two decimals.
#[derive(Serialize)]
#[serde(transparent)]
struct Money(Euro);

impl JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Betrag".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Betrag in Euro als Zeichenkette mit genau zwei Nachkommastellen, z. B. `\"1234.50\"` (exakt, anders als eine JSON-Zahl).",
            "type": "string",
            "pattern": "^-?[0-9]+\\.[0-9]{2}$"
        })
    }
}

/// The figures as pretty JSON; `errors` is the number of errors of a plan whose figures
/// are given despite them (provisional).
pub fn render(k: &Kennzahlen, errors: usize) -> String {
    serde_json::to_string_pretty(&report(k, errors)).expect("figures serialize")
}

/// The JSON Schema of the figures, generated from the types that write them.
pub fn schema_text() -> String {
    crate::schema::output_schema_text::<StatsReport<'static>>(
        "https://mep.example/schema/kennzahlen-v1.json",
    )
}

fn report(k: &Kennzahlen, errors: usize) -> StatsReport<'_> {
    let s = &k.support;
    StatsReport {
        version: STATS_VERSION,
        tool: crate::schema::Tool::MEP,
        provisional: errors > 0,
        errors,
        schools: k.schulen.iter().map(|s| school(s, k)).collect(),
        school_types: k
            .schulformen
            .iter()
            .map(|g| SchoolType {
                school_type: g.schulform.expect("a school-type group has one type"),
                schools: g.schulen,
                figures: figures(g),
            })
            .collect(),
        total: Total {
            schools: k.gesamt.schulen,
            figures: figures(&k.gesamt),
        },
        support: Support {
            staff_fte: s.personal_vzae,
            devices: s.geraete_ist,
            devices_target: s.geraete_soll,
            devices_per_fte: s.geraete_pro_vzae_ist,
            devices_per_fte_target: s.geraete_pro_vzae_soll,
        },
        costs: costs(&k.kosten),
    }
}

fn school<'a>(s: &'a SchulZahlen, k: &Kennzahlen) -> School<'a> {
    let period = k.laufzeitkosten_bekannt();
    School {
        id: &s.id,
        name: &s.zahlen.name,
        school_type: s.schulform,
        figures: figures(&s.zahlen),
        costs: period.then_some(Money(s.kosten)),
        costs_per_student: s.kosten_je_schueler.filter(|_| period).map(Money),
    }
}

fn figures(g: &Gruppe) -> Figures {
    Figures {
        students: g.schueler_bekannt(),
        teachers: g.lehrkraefte_bekannt(),
        classes: g.klassen_bekannt(),
        student_devices: g.schuelergeraete_ist_bekannt(),
        student_devices_target: g.schuelergeraete_soll,
        students_per_device: g.schueler_pro_geraet_ist,
        students_per_device_target: g.schueler_pro_geraet_soll,
        teacher_devices: g.lehrkraftgeraete_ist_bekannt(),
        bandwidth_mbit: g.breitband_mbit_ist_bekannt(),
        bandwidth_mbit_per_class: g.breitband_mbit_pro_klasse_ist,
        bandwidth_mbit_per_class_target: g.breitband_mbit_pro_klasse_soll,
        bandwidth_kbit_per_student: g.breitband_kbit_pro_schueler_ist,
        wlan_coverage_percent: g.wlan_abdeckung_ist,
        presentation_coverage_percent: g.praesentation_abdeckung_ist,
        coverage: Coverage {
            students: covered(g.schueler_teil()),
            teachers: covered(g.lehrkraefte_teil()),
            classes: covered(g.klassen_teil()),
            student_devices: covered(g.schuelergeraete_teil()),
            teacher_devices: covered(g.lehrkraftgeraete_teil()),
            bandwidth_mbit: Covered {
                known_schools: g.erfasst.breitband,
                schools: g.schulen as u32,
                partial_sum: (g.erfasst.breitband > 0).then_some(g.breitband_mbit_ist),
            },
        },
    }
}

fn costs(c: &Kosten) -> Costs<'_> {
    let genannt = c.beziffert > 0;
    // Without a period only the investment is known; everything else would be a false 0.
    // Where some measures state no cost, the sums are lower bounds: `null` plus coverage.
    let known = |e: Euro| c.vollstaendig().then_some(Money(e));
    let teilweise = |e: Euro| c.teilweise().then_some(Money(e));
    Costs {
        period: c.laufzeit.map(|lz| Period {
            first_year: lz.von,
            last_year: lz.bis,
        }),
        per_year: c.jahre.iter().filter(|_| genannt).map(year).collect(),
        per_domain: c.bereiche.iter().filter(|_| genannt).map(domain).collect(),
        per_source: c.quellen.iter().map(source).collect(),
        investment: c.investition_bekannt().map(Money),
        investment_at_least: genannt.then_some(Money(c.investition)),
        coverage: CostCoverage {
            measures: c.massnahmen,
            costed_measures: c.beziffert,
        },
        tco_at_least: teilweise(c.tco),
        investive: teilweise(c.investiv),
        consumptive: teilweise(c.konsumtiv),
        parents: c.laufzeit.map(|_| Money(c.eltern)),
        volume: c.volumen.map(Money),
        uncovered: c.teilweise().then(|| Money(c.deckung.ungedeckt_gesamt())),
        gaps: c
            .deckung
            .luecken()
            .into_iter()
            .map(|l| Gap {
                year: l.jahr,
                source: l
                    .quelle
                    .as_deref()
                    .and_then(|id| c.quellen.iter().find(|q| q.id == id))
                    .map(|q| q.id.as_str()),
                kind: l.art.map(|a| a.key()),
                need: Money(l.bedarf),
                budget: l.budget.map(Money),
                gap: Money(l.luecke),
            })
            .collect(),
        running: known(c.laufend),
        follow_up: known(c.folgekosten),
        replacement: known(c.ersatz),
        tco: known(c.tco),
        outside_funding: known(c.fremdmittel),
        funding_rate_percent: c.foerderquote,
        own_share: known(c.eigenanteil),
        tco_per_student: c.je_schueler.map(Money),
        tco_per_student_per_year: c.je_schueler_und_jahr.map(Money),
        stock_replacement_need: c.ersatzbedarf_bestand_bekannt().map(Money),
    }
}

fn year(j: &Jahr) -> Year {
    Year {
        year: j.jahr,
        investment: Money(j.investition),
        running: Money(j.laufend),
        follow_up: Money(j.folgekosten),
        replacement: Money(j.ersatz),
        total: Money(j.gesamt),
        investive: Money(j.investiv),
        consumptive: Money(j.konsumtiv),
    }
}

fn domain(b: &Bereichskosten) -> DomainCosts<'_> {
    DomainCosts {
        domain: (b.bereich != super::OHNE_BEREICH).then_some(b.bereich.as_str()),
        investment: Money(b.investition),
        running: Money(b.laufend),
        follow_up: Money(b.folgekosten),
    }
}

fn source(q: &Quellenanteil) -> SourceCosts<'_> {
    SourceCosts {
        id: &q.id,
        name: &q.name,
        planned: Money(q.betrag),
        budget: q.budget.map(Money),
        assigned_by_default: Money(q.zugewiesen),
        approved: q.bewilligt.map(Money),
        drawn: q.abgerufen.map(Money),
        per_year: q
            .plan_und_ausgaben()
            .into_iter()
            .map(|(year, planned, spent)| SourceYear {
                year,
                planned: planned.map(Money),
                spent: spent.map(Money),
            })
            .collect(),
    }
}
