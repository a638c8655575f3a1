//! The render context: everything the document shows, built once from the plan, its derived
//! figures and its findings, with German number, money and date formats applied. The
//! Markdown templates and the typst template read the same context; its keys are German,
//! like the plan's, because the people who adapt templates are the plan's authors.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::completeness::Completeness;
use crate::costs;
use crate::diagnostic::{Finding, Severity};
use crate::format::{datum, dezimal, euro_rund, f, zahl};
use crate::i18n::Lang;
use crate::load::Files;
use crate::model::Plan;
use crate::model::leitplanken::Leitplanke;
use crate::model::massnahmen::Massnahme;
use crate::model::types::{Datum, Dezimal, Euro, Prozent, Zeitpunkt, Zeitraum};
use crate::model::zielarchitektur::Dienst;
use crate::profile::Profile;
use crate::stats::Kennzahlen;

use super::labels::label;
use super::rich_text::RichText;

/// Shown where the plan leaves a value open.
pub const OFFEN: &str = "–";

/// The whole document's data.
#[derive(Debug, Serialize)]
pub struct Context {
    pub meta: Meta,
    /// Key figures for the summary, in reading order.
    pub eckdaten: Vec<Eintrag>,
    pub schulen: Vec<SchuleZeile>,
    pub schulformen: Vec<GruppeZeile>,
    pub gesamt: GruppeZeile,
    pub leitplanken: Abschnitt<Vec<LeitplankeZeile>>,
    pub software: Abschnitt<Vec<AnwendungZeile>>,
    pub infrastruktur: Abschnitt<Infrastruktur>,
    pub hardware: Abschnitt<Hardware>,
    pub support: Abschnitt<Support>,
    pub governance: Abschnitt<Governance>,
    pub fortbildung: Abschnitt<Vec<AngebotZeile>>,
    pub datenschutz: Abschnitt<Datenschutz>,
    pub massnahmen: Vec<MassnahmeZeile>,
    pub finanzierung: Abschnitt<Vec<QuelleZeile>>,
    pub kosten: Kosten,
    pub evaluation: Abschnitt<Evaluation>,
    pub diagramme: Diagramme,
    pub befunde: Befunde,
}

/// A section: its content, or the reason it does not apply.
#[derive(Debug, Serialize)]
pub struct Abschnitt<T> {
    /// Set when the plan waives the section with `nicht_zutreffend`.
    pub nicht_zutreffend: Option<RichText>,
    /// False when the plan has no such section at all.
    pub vorhanden: bool,
    pub inhalt: T,
}

/// A label and a formatted value.
#[derive(Debug, Serialize)]
pub struct Eintrag {
    pub name: String,
    pub wert: String,
}

fn eintrag(name: &str, wert: impl Into<String>) -> Eintrag {
    Eintrag {
        name: name.to_string(),
        wert: wert.into(),
    }
}

#[derive(Debug, Serialize)]
pub struct Meta {
    pub titel: String,
    pub schultraeger: Option<String>,
    pub bundesland: Option<String>,
    pub version: Option<String>,
    pub status: Option<String>,
    /// `15.03.2026`.
    pub datum: Option<String>,
    /// `2026-03-15`, for the document metadata.
    pub datum_iso: Option<String>,
    /// `2027–2031`.
    pub zeitraum: Option<String>,
    pub jahre: Vec<i32>,
    pub autoren: Vec<String>,
    pub it_dienstleister: Option<Organisation>,
    pub medienzentrum: Option<Organisation>,
    pub beschluss: Option<Beschluss>,
    /// `mep 0.1.0`.
    pub erstellt_mit: String,
}

#[derive(Debug, Serialize)]
pub struct Organisation {
    pub name: String,
    pub rolle: Option<String>,
    pub kontakt: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Beschluss {
    pub gremium: String,
    pub datum: String,
    pub vorlage: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SchuleZeile {
    pub id: String,
    pub name: String,
    pub schulform: String,
    pub schulnummer: Option<String>,
    pub schueler: String,
    pub lehrkraefte: String,
    pub klassen: String,
    pub raeume: String,
    pub medienkonzept: String,
    #[serde(flatten)]
    pub zahlen: Zahlen,
    pub kosten: String,
}

#[derive(Debug, Serialize)]
pub struct GruppeZeile {
    pub name: String,
    pub schulen: usize,
    pub schueler: String,
    pub lehrkraefte: String,
    pub klassen: String,
    #[serde(flatten)]
    pub zahlen: Zahlen,
}

/// IST and SOLL figures of a school or group, formatted.
#[derive(Debug, Serialize)]
pub struct Zahlen {
    pub geraete_ist: String,
    pub geraete_soll: String,
    pub schueler_pro_geraet_ist: String,
    pub schueler_pro_geraet_soll: String,
    pub mbit_pro_klasse_ist: String,
    pub mbit_pro_klasse_soll: String,
    pub wlan_ist: String,
    pub praesentation_ist: String,
}

#[derive(Debug, Serialize)]
pub struct LeitplankeZeile {
    pub id: String,
    pub titel: String,
    /// The guardrail as the Handreichung words it, or the plan's own title.
    pub leitsatz: String,
    pub entscheidung: String,
    pub begruendung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct AnwendungZeile {
    pub name: String,
    pub kategorie: String,
    pub bereitsteller: String,
    pub lizenzmodell: String,
    pub kosten_jaehrlich: String,
    pub av_vertrag: String,
    pub dsfa: String,
}

#[derive(Debug, Serialize)]
pub struct Infrastruktur {
    pub ziele: Vec<Eintrag>,
    pub dienste: Vec<DienstZeile>,
}

#[derive(Debug, Serialize)]
pub struct DienstZeile {
    pub dienst: String,
    pub loesung: String,
    pub betrieb: String,
    pub beschreibung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct Hardware {
    pub schuelergeraete: Vec<AusstattungZeile>,
    pub weitere: Vec<Eintrag>,
}

#[derive(Debug, Serialize)]
pub struct AusstattungZeile {
    pub schulformen: String,
    pub bereitstellung: String,
    pub geraetetyp: String,
    pub schueler_pro_geraet: String,
    pub ersatzzyklus: String,
}

#[derive(Debug, Serialize)]
pub struct Support {
    pub eckdaten: Vec<Eintrag>,
    pub level: Vec<LevelZeile>,
    pub prioritaeten: Vec<PrioritaetZeile>,
    pub aufgaben: Vec<AufgabenZeile>,
}

#[derive(Debug, Serialize)]
pub struct LevelZeile {
    pub stufe: String,
    pub akteur: String,
    pub rolle: String,
    pub stunden: String,
    pub beschreibung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct PrioritaetZeile {
    pub name: String,
    pub reaktionszeit: String,
    pub loesungszeit: String,
}

#[derive(Debug, Serialize)]
pub struct AufgabenZeile {
    pub akteur: String,
    pub aufgaben: Vec<String>,
    pub kosten: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Governance {
    pub formate: Vec<FormatZeile>,
    pub ansprechpartner: Vec<AnsprechpartnerZeile>,
}

#[derive(Debug, Serialize)]
pub struct FormatZeile {
    pub titel: String,
    pub art: String,
    pub turnus: String,
    pub teilnehmende: String,
    pub organisation: String,
    pub ziel: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct AnsprechpartnerZeile {
    pub rolle: String,
    pub name: String,
    pub organisation: String,
    pub kontakt: String,
}

#[derive(Debug, Serialize)]
pub struct AngebotZeile {
    pub thema: String,
    pub zielgruppe: String,
    pub format: String,
    pub stunden: String,
    pub anbieter: String,
    pub turnus: String,
}

#[derive(Debug, Serialize)]
pub struct Datenschutz {
    pub verantwortlich: String,
    pub datenschutzbeauftragte: String,
    pub regelungen: Vec<RegelungZeile>,
}

#[derive(Debug, Serialize)]
pub struct RegelungZeile {
    pub name: String,
    pub status: String,
    pub beschreibung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct MassnahmeZeile {
    pub id: String,
    pub titel: String,
    pub bereich: String,
    pub facette: String,
    pub zeitraum: String,
    pub status: String,
    pub schulen: String,
    pub leitplanken: String,
    pub menge: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub finanzierung: String,
    pub verantwortlich: String,
    pub abhaengig_von: String,
    pub beschreibung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct QuelleZeile {
    pub name: String,
    pub art: String,
    pub budget: String,
    pub verplant: String,
    pub foerderquote: String,
    pub zeitraum: String,
    pub ausschluesse: Vec<String>,
    pub jahresbudgets: Vec<Eintrag>,
}

#[derive(Debug, Serialize)]
pub struct Kosten {
    pub jahre: Vec<KostenJahr>,
    pub summe: KostenJahr,
    pub bereiche: Vec<KostenBereich>,
}

#[derive(Debug, Serialize)]
pub struct KostenJahr {
    pub jahr: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub ersatz: String,
    pub gesamt: String,
}

#[derive(Debug, Serialize)]
pub struct KostenBereich {
    pub bereich: String,
    pub investition: String,
    pub laufend: String,
    pub folgekosten: String,
    pub gesamt: String,
}

#[derive(Debug, Serialize)]
pub struct Evaluation {
    pub verfahren: Option<RichText>,
    pub ueberpruefungen: Vec<String>,
    pub indikatoren: Vec<IndikatorZeile>,
}

#[derive(Debug, Serialize)]
pub struct IndikatorZeile {
    pub name: String,
    pub einheit: String,
    pub ist: String,
    pub soll: String,
    pub zeitpunkt: String,
    pub messverfahren: String,
}

/// Raw numbers for the charts, which typst draws itself.
#[derive(Debug, Serialize)]
pub struct Diagramme {
    /// Costs per year, stacked by domain, in euros.
    pub kosten_je_jahr: KostenDiagramm,
    /// Students per device per school, IST and SOLL.
    pub schueler_je_geraet: Vec<GeraeteBalken>,
    /// The benchmark line (students per device at most).
    pub richtwert_schueler_je_geraet: Option<f64>,
    /// The same, formatted (`5`, `2,75`).
    pub richtwert_schueler_je_geraet_text: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct KostenDiagramm {
    pub jahre: Vec<i32>,
    pub reihen: Vec<KostenReihe>,
    /// Highest yearly total, for the axis.
    pub maximum: f64,
}

#[derive(Debug, Serialize)]
pub struct KostenReihe {
    pub bereich: String,
    /// One value per year of `jahre`.
    pub werte: Vec<f64>,
}

#[derive(Debug, Serialize)]
pub struct GeraeteBalken {
    pub schule: String,
    pub ist: Option<f64>,
    pub soll: Option<f64>,
}

/// What `mep check` still reports, for the appendix.
#[derive(Debug, Serialize)]
pub struct Befunde {
    pub fehler: usize,
    pub warnungen: usize,
    pub liste: Vec<BefundZeile>,
    pub vollstaendigkeit: String,
    pub abschnitte: Vec<Eintrag>,
    pub offen: Vec<OffenZeile>,
}

#[derive(Debug, Serialize)]
pub struct BefundZeile {
    pub code: String,
    pub schwere: String,
    pub meldung: String,
    pub ort: String,
    pub hinweis: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct OffenZeile {
    pub abschnitt: String,
    pub punkt: String,
    pub fehlt_fuer: String,
}

/// Inputs of [`build`].
pub struct Sources<'a> {
    pub plan: &'a Plan,
    pub figures: &'a Kennzahlen,
    pub completeness: &'a Completeness,
    pub findings: &'a [Finding],
    pub files: &'a Files,
    pub profile: &'a Profile,
}

const DE: Lang = Lang::De;

fn opt(s: &Option<String>) -> String {
    s.as_ref()
        .filter(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| OFFEN.to_string())
}

fn rich(s: &Option<String>) -> Option<RichText> {
    s.as_ref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| RichText::parse(s))
}

fn eur(e: Option<Euro>) -> String {
    e.map_or_else(|| OFFEN.to_string(), |e| euro_rund(e, DE))
}

fn eur0(e: Euro) -> String {
    if e.0.is_zero() {
        OFFEN.to_string()
    } else {
        euro_rund(e, DE)
    }
}

fn dez(d: Option<Dezimal>) -> String {
    d.map_or_else(|| OFFEN.to_string(), |d| dezimal(d.0, DE))
}

fn prozent(p: Option<Prozent>) -> String {
    p.map_or_else(|| OFFEN.to_string(), |p| format!("{} %", dezimal(p.0, DE)))
}

fn ratio(x: Option<f64>, decimals: usize) -> String {
    x.map_or_else(|| OFFEN.to_string(), |x| zahl(x, decimals, DE))
}

fn count(n: Option<u32>) -> String {
    n.map_or_else(|| OFFEN.to_string(), |n| zahl(n as f64, 0, DE))
}

fn ja_nein(b: Option<bool>) -> String {
    match b {
        Some(true) => "ja".into(),
        Some(false) => "nein".into(),
        None => OFFEN.into(),
    }
}

fn opt_label<T: Serialize>(v: Option<T>) -> String {
    v.map_or_else(|| OFFEN.to_string(), |v| label(&v))
}

fn date(d: Datum) -> String {
    datum(d, DE)
}

/// `2. Hj. 2027`, `2027` or `15.03.2027`.
fn zeitpunkt(z: Zeitpunkt) -> String {
    match z {
        Zeitpunkt::Jahr(j) => j.to_string(),
        Zeitpunkt::Halbjahr(j, h) => format!("{h}. Hj. {j}"),
        Zeitpunkt::Datum(d) => date(d),
    }
}

fn zeitraum(z: Option<Zeitraum>) -> String {
    match z {
        None => OFFEN.to_string(),
        Some(z) if z.von == z.bis => zeitpunkt(z.von),
        Some(z) => format!("{} – {}", zeitpunkt(z.von), zeitpunkt(z.bis)),
    }
}

fn section<T>(waiver: Option<&String>, present: bool, inhalt: T) -> Abschnitt<T> {
    Abschnitt {
        nicht_zutreffend: rich(&waiver.cloned()),
        vorhanden: present,
        inhalt,
    }
}

/// Build the context of a checked plan.
pub fn build(src: &Sources<'_>) -> Context {
    let p = src.plan;
    Context {
        meta: meta(p),
        eckdaten: eckdaten(src),
        schulen: schulen(src),
        schulformen: src.figures.schulformen.iter().map(gruppe).collect(),
        gesamt: gruppe(&src.figures.gesamt),
        leitplanken: leitplanken(p),
        software: software(p),
        infrastruktur: infrastruktur(p),
        hardware: hardware(p),
        support: support(p),
        governance: governance(p),
        fortbildung: fortbildung(p),
        datenschutz: datenschutz(p),
        massnahmen: p.massnahmen.iter().map(|m| massnahme(p, m)).collect(),
        finanzierung: finanzierung(src),
        kosten: kosten(src.figures),
        evaluation: evaluation(p),
        diagramme: diagramme(src),
        befunde: befunde(src),
    }
}

fn meta(p: &Plan) -> Meta {
    let k = &p.plan;
    let org = |o: &Option<crate::model::plan::Organisation>| {
        o.as_ref().map(|o| Organisation {
            name: o.name.clone(),
            rolle: o.rolle.clone(),
            kontakt: o.kontakt.clone(),
        })
    };
    Meta {
        titel: k.titel.clone(),
        schultraeger: k.schultraeger.as_ref().and_then(|s| s.name.clone()),
        bundesland: k
            .schultraeger
            .as_ref()
            .and_then(|s| s.bundesland)
            .map(|b| b.kuerzel().to_string()),
        version: k.version.clone(),
        status: k.status.map(|s| label(&s)),
        datum: k.datum.map(date),
        datum_iso: k.datum.map(|d| d.to_string()),
        zeitraum: k.zeitraum.map(|z| format!("{}–{}", z.von, z.bis)),
        jahre: k.zeitraum.map(|z| z.jahre().collect()).unwrap_or_default(),
        autoren: k.autoren.clone(),
        it_dienstleister: org(&k.it_dienstleister),
        medienzentrum: org(&k.medienzentrum),
        beschluss: k.beschluss.as_ref().map(|b| Beschluss {
            gremium: b.gremium.clone(),
            datum: date(b.datum),
            vorlage: b.vorlage.clone(),
        }),
        erstellt_mit: format!("mep {}", env!("CARGO_PKG_VERSION")),
    }
}

fn eckdaten(src: &Sources<'_>) -> Vec<Eintrag> {
    let g = &src.figures.gesamt;
    let k = &src.figures.kosten;
    let pfeil =
        |ist: Option<f64>, soll: Option<f64>| format!("{} → {}", ratio(ist, 1), ratio(soll, 1));
    vec![
        eintrag("Schulen", zahl(g.schulen as f64, 0, DE)),
        eintrag("Schülerinnen und Schüler", zahl(g.schueler as f64, 0, DE)),
        eintrag("Lehrkräfte", zahl(g.lehrkraefte as f64, 0, DE)),
        eintrag(
            "Schülerinnen und Schüler je Gerät (IST → SOLL)",
            pfeil(g.schueler_pro_geraet_ist, g.schueler_pro_geraet_soll),
        ),
        eintrag(
            "Bandbreite je Klasse in Mbit/s (IST → SOLL)",
            pfeil(
                g.breitband_mbit_pro_klasse_ist,
                g.breitband_mbit_pro_klasse_soll,
            ),
        ),
        eintrag("Investitionen", euro_rund(k.investition, DE)),
        eintrag(
            "Laufende Kosten während der Umsetzung",
            euro_rund(k.laufend, DE),
        ),
        eintrag("Folgekosten in der Laufzeit", euro_rund(k.folgekosten, DE)),
        eintrag("Gesamtkosten der Laufzeit (TCO)", euro_rund(k.tco, DE)),
        eintrag("Fördermittel und Dritte", euro_rund(k.fremdmittel, DE)),
        eintrag("Eigenanteil des Schulträgers", euro_rund(k.eigenanteil, DE)),
        eintrag(
            "Kosten je Schülerin/Schüler und Jahr",
            eur(k.je_schueler_und_jahr),
        ),
        eintrag(
            "Vollständigkeit des Plans",
            format!("{} %", src.completeness.overall),
        ),
    ]
}

fn zahlen(g: &crate::stats::Gruppe) -> Zahlen {
    let pct =
        |x: Option<f64>| x.map_or_else(|| OFFEN.to_string(), |x| format!("{} %", zahl(x, 0, DE)));
    Zahlen {
        geraete_ist: zahl(g.schuelergeraete_ist as f64, 0, DE),
        geraete_soll: g
            .schuelergeraete_soll
            .map_or_else(|| OFFEN.to_string(), |n| zahl(n as f64, 0, DE)),
        schueler_pro_geraet_ist: ratio(g.schueler_pro_geraet_ist, 1),
        schueler_pro_geraet_soll: ratio(g.schueler_pro_geraet_soll, 1),
        mbit_pro_klasse_ist: ratio(g.breitband_mbit_pro_klasse_ist, 1),
        mbit_pro_klasse_soll: ratio(g.breitband_mbit_pro_klasse_soll, 1),
        wlan_ist: pct(g.wlan_abdeckung_ist),
        praesentation_ist: pct(g.praesentation_abdeckung_ist),
    }
}

fn gruppe(g: &crate::stats::Gruppe) -> GruppeZeile {
    GruppeZeile {
        name: g.name.clone(),
        schulen: g.schulen,
        schueler: zahl(g.schueler as f64, 0, DE),
        lehrkraefte: zahl(g.lehrkraefte as f64, 0, DE),
        klassen: zahl(g.klassen as f64, 0, DE),
        zahlen: zahlen(g),
    }
}

fn schulen(src: &Sources<'_>) -> Vec<SchuleZeile> {
    src.plan
        .schulen
        .iter()
        .zip(&src.figures.schulen)
        .map(|(s, z)| SchuleZeile {
            id: s.id.to_string(),
            name: s.name.clone(),
            schulform: s.schulform.name().to_string(),
            schulnummer: s.schulnummer.clone(),
            schueler: count(s.schueler),
            lehrkraefte: count(s.lehrkraefte),
            klassen: count(s.klassen),
            raeume: count(s.unterrichtsraeume),
            medienkonzept: match &s.medienkonzept {
                Some(m) if m.vorhanden => m.datum.map_or_else(|| "ja".into(), date),
                Some(_) => "nein".into(),
                None => OFFEN.into(),
            },
            zahlen: zahlen(&z.zahlen),
            kosten: eur0(z.kosten),
        })
        .collect()
}

fn leitplanke<E: Serialize + Copy>(
    id: &str,
    titel: &str,
    leitsatz: &str,
    l: &Option<Leitplanke<E>>,
) -> LeitplankeZeile {
    LeitplankeZeile {
        id: id.into(),
        titel: titel.into(),
        leitsatz: leitsatz.into(),
        entscheidung: opt_label(l.as_ref().and_then(|l| l.entscheidung)),
        begruendung: l.as_ref().and_then(|l| rich(&l.begruendung)),
    }
}

fn leitplanken(p: &Plan) -> Abschnitt<Vec<LeitplankeZeile>> {
    let Some(l) = &p.leitplanken else {
        return section(None, false, Vec::new());
    };
    let mut rows = vec![
        leitplanke(
            "netz",
            "Netz",
            "Alle Schulen verfügen über ein flächendeckend ausgebautes LAN/WLAN und eine leistungsfähige Breitbandanbindung.",
            &l.netz,
        ),
        leitplanke(
            "dienste",
            "Dienstelandschaft",
            "Den Schulen wird eine ausreichende, möglichst einheitliche Dienste-Landschaft angeboten.",
            &l.dienste,
        ),
        leitplanke(
            "lehrkraftgeraete",
            "Lehrkräfte",
            "Alle Lehrkräfte verfügen über ein dienstliches Arbeitsgerät.",
            &l.lehrkraftgeraete,
        ),
    ];
    let sg = l.schuelergeraete.as_ref();
    let mut stufen = Vec::new();
    if let Some(g) = sg.and_then(|s| s.grundschule) {
        stufen.push(format!("Grundschule: {}", label(&g)));
    }
    if let Some(w) = sg.and_then(|s| s.weiterfuehrend) {
        stufen.push(format!("weiterführende Schulen: {}", label(&w)));
    }
    if let Some(z) = sg.and_then(|s| s.nutzung_zuhause) {
        stufen.push(
            if z {
                "auch zu Hause"
            } else {
                "nur in der Schule"
            }
            .to_string(),
        );
    }
    rows.push(LeitplankeZeile {
        id: "schuelergeraete".into(),
        titel: "Schülerinnen und Schüler".into(),
        leitsatz: "In Grundschulen 1:n oder mobile Klassensätze; in weiterführenden Schulen persönliche Geräte, die auch zu Hause genutzt werden können.".into(),
        entscheidung: if stufen.is_empty() { OFFEN.into() } else { stufen.join("; ") },
        begruendung: sg.and_then(|s| rich(&s.begruendung)),
    });
    let pr = l.praesentation.as_ref();
    let praes: Vec<String> = [
        pr.and_then(|p| p.umfang).map(|u| label(&u)),
        pr.and_then(|p| p.art).map(|a| label(&a)),
    ]
    .into_iter()
    .flatten()
    .collect();
    rows.push(LeitplankeZeile {
        id: "praesentation".into(),
        titel: "Präsentationstechnik".into(),
        leitsatz: "Alle oder fast alle Unterrichtsräume erhalten moderne Präsentationstechnik (interaktiv oder nicht interaktiv).".into(),
        entscheidung: if praes.is_empty() { OFFEN.into() } else { praes.join(", ") },
        begruendung: pr.and_then(|p| rich(&p.begruendung)),
    });
    rows.push(leitplanke(
        "schulbuecher",
        "Schulbücher",
        "Es werden vornehmlich digitale oder vornehmlich analoge Schulbücher verwendet.",
        &l.schulbuecher,
    ));
    for w in &l.weitere {
        rows.push(LeitplankeZeile {
            id: w.id.to_string(),
            titel: w.titel.clone(),
            leitsatz: w.titel.clone(),
            entscheidung: opt(&w.entscheidung),
            begruendung: rich(&w.begruendung),
        });
    }
    section(l.nicht_zutreffend.as_ref(), true, rows)
}

fn software(p: &Plan) -> Abschnitt<Vec<AnwendungZeile>> {
    let Some(s) = p.software() else {
        return section(None, false, Vec::new());
    };
    let rows = s
        .anwendungen
        .iter()
        .map(|a| AnwendungZeile {
            name: a.name.clone(),
            kategorie: label(&a.kategorie),
            bereitsteller: opt_label(a.bereitsteller),
            lizenzmodell: opt(&a.lizenzmodell),
            kosten_jaehrlich: eur(a.kosten_jaehrlich),
            av_vertrag: ja_nein(a.av_vertrag),
            dsfa: opt_label(a.dsfa),
        })
        .collect();
    section(s.nicht_zutreffend.as_ref(), true, rows)
}

fn infrastruktur(p: &Plan) -> Abschnitt<Infrastruktur> {
    let Some(i) = p.infrastruktur() else {
        return section(
            None,
            false,
            Infrastruktur {
                ziele: Vec::new(),
                dienste: Vec::new(),
            },
        );
    };
    let mbit = |d: Option<Dezimal>| {
        d.map_or_else(
            || OFFEN.to_string(),
            |d| format!("{} Mbit/s", dezimal(d.0, DE)),
        )
    };
    let ziele = vec![
        eintrag(
            "Bandbreite je Klasse, Grundschulen",
            mbit(i.breitband_grundschule_mbit_pro_klasse),
        ),
        eintrag(
            "Bandbreite je Klasse, weiterführende und berufliche Schulen",
            mbit(i.breitband_weiterfuehrend_mbit_pro_klasse),
        ),
        eintrag("Unterrichtsräume mit LAN", prozent(i.lan_abdeckung)),
        eintrag("Unterrichtsräume mit WLAN", prozent(i.wlan_abdeckung)),
        eintrag(
            "Access Points je Unterrichtsraum",
            dez(i.access_points_pro_raum),
        ),
        eintrag("Schulserver", opt_label(i.schulserver)),
        eintrag(
            "Getrennte Netze für Unterricht und Verwaltung",
            ja_nein(i.netztrennung),
        ),
    ];
    let dienst = |name: &str, d: &Option<Dienst>| {
        d.as_ref().map(|d| DienstZeile {
            dienst: name.into(),
            loesung: d.loesung.clone(),
            betrieb: opt(&d.betrieb),
            beschreibung: rich(&d.beschreibung),
        })
    };
    let dienste = [
        dienst("Identitätsmanagement (IDM)", &i.idm),
        dienst("Geräteverwaltung (MDM)", &i.mdm),
        dienst("Softwareverteilung", &i.softwareverteilung),
        dienst("Jugendschutzfilter", &i.jugendschutzfilter),
    ]
    .into_iter()
    .flatten()
    .collect();
    section(
        i.nicht_zutreffend.as_ref(),
        true,
        Infrastruktur { ziele, dienste },
    )
}

fn jahre(n: Option<u32>) -> String {
    n.map_or_else(|| OFFEN.to_string(), |n| format!("{n} Jahre"))
}

/// „nach 5 Jahren“: the dative, for sentences.
fn nach_jahren(n: Option<u32>) -> String {
    n.map_or_else(|| OFFEN.to_string(), |n| format!("nach {n} Jahren"))
}

fn hardware(p: &Plan) -> Abschnitt<Hardware> {
    let Some(h) = p.hardware() else {
        return section(
            None,
            false,
            Hardware {
                schuelergeraete: Vec::new(),
                weitere: Vec::new(),
            },
        );
    };
    let schuelergeraete = h
        .schuelergeraete
        .iter()
        .map(|a| AusstattungZeile {
            schulformen: a
                .schulformen
                .iter()
                .map(|s| s.name())
                .collect::<Vec<_>>()
                .join(", "),
            bereitstellung: label(&a.bereitstellung),
            geraetetyp: label(&a.geraetetyp),
            schueler_pro_geraet: dezimal(a.schueler_pro_geraet.0, DE),
            ersatzzyklus: jahre(a.ersatzzyklus_jahre.or(h.ersatzzyklus_jahre)),
        })
        .collect();
    let mut weitere = Vec::new();
    if let Some(l) = &h.lehrkraftgeraete {
        weitere.push(eintrag(
            "Dienstgeräte der Lehrkräfte",
            format!(
                "{} der Lehrkräfte, {}, Ersatz {}",
                prozent(Some(l.anteil)),
                opt_label(l.geraetetyp),
                nach_jahren(l.ersatzzyklus_jahre.or(h.ersatzzyklus_jahre))
            ),
        ));
    }
    if let Some(pr) = &h.praesentation {
        weitere.push(eintrag(
            "Präsentationstechnik",
            format!(
                "{} der Unterrichtsräume, {}, Ersatz {}",
                prozent(Some(pr.anteil_raeume)),
                opt_label(pr.art),
                nach_jahren(pr.ersatzzyklus_jahre)
            ),
        ));
    }
    weitere.push(eintrag(
        "Lehrkräfte je Drucker",
        dez(h.lehrkraefte_pro_drucker),
    ));
    weitere.push(eintrag(
        "Ersatzzyklus der Endgeräte",
        jahre(h.ersatzzyklus_jahre),
    ));
    section(
        h.nicht_zutreffend.as_ref(),
        true,
        Hardware {
            schuelergeraete,
            weitere,
        },
    )
}

fn stunden(d: Option<Dezimal>) -> String {
    d.map_or_else(|| OFFEN.to_string(), |d| format!("{} h", dezimal(d.0, DE)))
}

fn support(p: &Plan) -> Abschnitt<Support> {
    let Some(s) = &p.support else {
        return section(
            None,
            false,
            Support {
                eckdaten: Vec::new(),
                level: Vec::new(),
                prioritaeten: Vec::new(),
                aufgaben: Vec::new(),
            },
        );
    };
    let kanaele: Vec<String> = s.kanaele.iter().map(label).collect();
    let eckdaten = vec![
        eintrag(
            "Mit den Schulen abgestimmt am",
            s.abgestimmt_am.map_or_else(|| OFFEN.to_string(), date),
        ),
        eintrag(
            "Kanäle",
            if kanaele.is_empty() {
                OFFEN.into()
            } else {
                kanaele.join(", ")
            },
        ),
        eintrag("Servicezeiten", opt(&s.servicezeiten)),
        eintrag(
            "Schul-IT-Sprechstunde",
            s.sprechstunde.as_ref().map_or_else(
                || OFFEN.to_string(),
                |sp| {
                    [Some(label(&sp.turnus)), sp.form.clone(), sp.zeit.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            ),
        ),
        eintrag(
            "Technisches Supportpersonal",
            s.personal_vzae.map_or_else(
                || OFFEN.to_string(),
                |v| format!("{} VZÄ", dezimal(v.0, DE)),
            ),
        ),
        eintrag("Ersatzgeräte", opt(&s.ersatzgeraete)),
        eintrag("Wartungsfenster", opt(&s.wartungsfenster)),
    ];
    let level = s
        .level
        .iter()
        .map(|l| LevelZeile {
            stufe: format!("{}st Level", l.stufe)
                .replace("2st", "2nd")
                .replace("3st", "3rd"),
            akteur: label(&l.akteur),
            rolle: opt(&l.rolle),
            stunden: stunden(l.stunden_pro_woche),
            beschreibung: rich(&l.beschreibung),
        })
        .collect();
    let prioritaeten = s
        .prioritaeten
        .iter()
        .map(|pr| PrioritaetZeile {
            name: pr.name.clone(),
            reaktionszeit: stunden(Some(pr.reaktionszeit_stunden)),
            loesungszeit: stunden(pr.loesungszeit_stunden),
        })
        .collect();
    let aufgaben = s
        .aufgaben
        .iter()
        .map(|a| AufgabenZeile {
            akteur: label(&a.akteur),
            aufgaben: a.aufgaben.clone(),
            kosten: a.kosten.clone(),
        })
        .collect();
    section(
        s.nicht_zutreffend.as_ref(),
        true,
        Support {
            eckdaten,
            level,
            prioritaeten,
            aufgaben,
        },
    )
}

fn governance(p: &Plan) -> Abschnitt<Governance> {
    let Some(g) = &p.governance else {
        return section(
            None,
            false,
            Governance {
                formate: Vec::new(),
                ansprechpartner: Vec::new(),
            },
        );
    };
    let formate = g
        .formate
        .iter()
        .map(|f| FormatZeile {
            titel: f.titel.clone().unwrap_or_else(|| label(&f.art)),
            art: label(&f.art),
            turnus: opt_label(f.turnus),
            teilnehmende: if f.teilnehmende.is_empty() {
                OFFEN.into()
            } else {
                f.teilnehmende.join(", ")
            },
            organisation: opt(&f.organisation),
            ziel: rich(&f.ziel),
        })
        .collect();
    let ansprechpartner = g
        .ansprechpartner
        .iter()
        .map(|a| AnsprechpartnerZeile {
            rolle: a.rolle.clone(),
            name: opt(&a.name),
            organisation: opt(&a.organisation),
            kontakt: opt(&a.kontakt),
        })
        .collect();
    section(
        g.nicht_zutreffend.as_ref(),
        true,
        Governance {
            formate,
            ansprechpartner,
        },
    )
}

fn fortbildung(p: &Plan) -> Abschnitt<Vec<AngebotZeile>> {
    let Some(f) = &p.fortbildung else {
        return section(None, false, Vec::new());
    };
    let rows = f
        .angebote
        .iter()
        .map(|a| AngebotZeile {
            thema: a.thema.clone(),
            zielgruppe: opt(&a.zielgruppe),
            format: opt_label(a.format),
            stunden: stunden(a.stunden),
            anbieter: opt(&a.anbieter),
            turnus: opt_label(a.turnus),
        })
        .collect();
    section(f.nicht_zutreffend.as_ref(), true, rows)
}

fn datenschutz(p: &Plan) -> Abschnitt<Datenschutz> {
    let Some(d) = &p.datenschutz else {
        return section(
            None,
            false,
            Datenschutz {
                verantwortlich: OFFEN.into(),
                datenschutzbeauftragte: OFFEN.into(),
                regelungen: Vec::new(),
            },
        );
    };
    let names = [
        "Informationsverbund",
        "Verzeichnis der Verarbeitungstätigkeiten",
        "Verträge zur Auftragsverarbeitung",
        "Datenschutz-Folgenabschätzungen",
        "Löschkonzept",
        "Nutzungsordnung",
        "Trennung von pädagogischem Netz und Verwaltungsnetz",
        "Datensicherung",
    ];
    let regelungen = d
        .regelungen()
        .iter()
        .zip(names)
        .map(|((_, r), name)| RegelungZeile {
            name: name.into(),
            status: r.map_or_else(|| OFFEN.to_string(), |r| label(&r.status)),
            beschreibung: r.and_then(|r| rich(&r.beschreibung)),
        })
        .collect();
    section(
        d.nicht_zutreffend.as_ref(),
        true,
        Datenschutz {
            verantwortlich: opt(&d.verantwortlich),
            datenschutzbeauftragte: opt(&d.datenschutzbeauftragte),
            regelungen,
        },
    )
}

fn massnahme(p: &Plan, m: &Massnahme) -> MassnahmeZeile {
    let schulen = if m.schulen.is_empty() || m.betrifft_alle_schulen() {
        "alle Schulen".to_string()
    } else {
        m.schulen
            .iter()
            .map(|id| {
                p.schule(id.as_str())
                    .map_or_else(|| id.to_string(), |s| s.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let quellen: BTreeMap<&str, &str> = p
        .quellen()
        .iter()
        .map(|q| (q.id.as_str(), q.name.as_str()))
        .collect();
    let finanzierung = m
        .finanzierung
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                quellen
                    .get(a.quelle.as_str())
                    .copied()
                    .unwrap_or(a.quelle.as_str()),
                prozent(Some(a.anteil))
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let investition = m.investition_gesamt();
    MassnahmeZeile {
        id: m.id.to_string(),
        titel: m.titel.clone(),
        bereich: opt_label(m.bereich),
        facette: opt_label(m.facette),
        zeitraum: zeitraum(m.zeitraum),
        status: opt_label(m.status),
        schulen,
        leitplanken: m
            .leitplanken
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        menge: match (m.menge, &m.einheit) {
            (Some(n), Some(e)) => format!("{} × {e}", zahl(n as f64, 0, DE)),
            (Some(n), None) => zahl(n as f64, 0, DE),
            _ => OFFEN.into(),
        },
        investition: eur0(investition),
        laufend: eur(m.laufende_kosten_jaehrlich),
        folgekosten: eur(m.folgekosten_jaehrlich),
        finanzierung: if finanzierung.is_empty() {
            OFFEN.into()
        } else {
            finanzierung
        },
        verantwortlich: opt(&m.verantwortlich),
        abhaengig_von: m
            .abhaengig_von
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        beschreibung: rich(&m.beschreibung),
    }
}

fn finanzierung(src: &Sources<'_>) -> Abschnitt<Vec<QuelleZeile>> {
    let p = src.plan;
    let Some(fin) = &p.finanzierung else {
        return section(None, false, Vec::new());
    };
    let verplant: BTreeMap<&str, Euro> = src
        .figures
        .kosten
        .quellen
        .iter()
        .map(|q| (q.id.as_str(), q.betrag))
        .collect();
    let rows = fin
        .quellen
        .iter()
        .map(|q| QuelleZeile {
            name: q.name.clone(),
            art: label(&q.art),
            budget: eur(q.budget),
            verplant: eur(verplant.get(q.id.as_str()).copied()),
            foerderquote: prozent(q.foerderquote),
            zeitraum: zeitraum(q.zeitraum),
            ausschluesse: q.ausschluesse.clone(),
            jahresbudgets: q
                .jahresbudget
                .iter()
                .map(|j| eintrag(&j.jahr.to_string(), euro_rund(j.betrag, DE)))
                .collect(),
        })
        .collect();
    section(fin.nicht_zutreffend.as_ref(), true, rows)
}

fn kosten(k: &Kennzahlen) -> Kosten {
    let k = &k.kosten;
    Kosten {
        jahre: k
            .jahre
            .iter()
            .map(|j| KostenJahr {
                jahr: j.jahr.to_string(),
                investition: euro_rund(j.investition, DE),
                laufend: euro_rund(j.laufend, DE),
                folgekosten: euro_rund(j.folgekosten, DE),
                ersatz: euro_rund(j.ersatz, DE),
                gesamt: euro_rund(j.gesamt, DE),
            })
            .collect(),
        summe: KostenJahr {
            jahr: "Summe".into(),
            investition: euro_rund(k.investition, DE),
            laufend: euro_rund(k.laufend, DE),
            folgekosten: euro_rund(k.folgekosten, DE),
            ersatz: euro_rund(k.ersatz, DE),
            gesamt: euro_rund(k.tco, DE),
        },
        bereiche: k
            .bereiche
            .iter()
            .map(|b| KostenBereich {
                bereich: super::labels::label(&b.bereich),
                investition: euro_rund(b.investition, DE),
                laufend: euro_rund(b.laufend, DE),
                folgekosten: euro_rund(b.folgekosten, DE),
                gesamt: euro_rund(Euro(b.investition.0 + b.laufend.0 + b.folgekosten.0), DE),
            })
            .collect(),
    }
}

fn evaluation(p: &Plan) -> Abschnitt<Evaluation> {
    let Some(e) = &p.evaluation else {
        return section(
            None,
            false,
            Evaluation {
                verfahren: None,
                ueberpruefungen: Vec::new(),
                indikatoren: Vec::new(),
            },
        );
    };
    let indikatoren = e
        .indikatoren
        .iter()
        .map(|i| IndikatorZeile {
            name: i.name.clone(),
            einheit: opt(&i.einheit),
            ist: dez(i.ist),
            soll: dez(i.soll),
            zeitpunkt: i.zeitpunkt.map_or_else(|| OFFEN.to_string(), zeitpunkt),
            messverfahren: opt(&i.messverfahren),
        })
        .collect();
    section(
        e.nicht_zutreffend.as_ref(),
        true,
        Evaluation {
            verfahren: rich(&e.verfahren),
            ueberpruefungen: e.ueberpruefungen.iter().map(|d| date(*d)).collect(),
            indikatoren,
        },
    )
}

/// Costs per year and domain: investment and running costs in the years of each measure,
/// follow-up costs in the plan years after it.
fn diagramme(src: &Sources<'_>) -> Diagramme {
    let p = src.plan;
    let jahre: Vec<i32> = p
        .plan
        .zeitraum
        .map(|z| z.jahre().collect())
        .unwrap_or_else(|| src.figures.kosten.jahre.iter().map(|j| j.jahr).collect());
    let mut reihen: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let fallback = jahre.first().copied().unwrap_or_default();
    for m in &p.massnahmen {
        let bereich = opt_label(m.bereich);
        let werte = reihen
            .entry(bereich)
            .or_insert_with(|| vec![0.0; jahre.len()]);
        let mut add = |jahr: i32, e: Euro| {
            if let Some(i) = jahre.iter().position(|j| *j == jahr) {
                werte[i] += f(e.0);
            }
        };
        for (j, e) in costs::investition_je_jahr(m, fallback) {
            add(j, e);
        }
        for (j, e) in costs::laufend_je_jahr(m, fallback) {
            add(j, e);
        }
        if let Some(z) = &p.plan.zeitraum {
            for (j, e) in costs::folgekosten_je_jahr(m, z) {
                add(j, e);
            }
        }
    }
    let richtwert = src
        .profile
        .schwelle("schueler_pro_geraet_max")
        .map(|s| s.wert);
    let maximum = (0..jahre.len())
        .map(|i| reihen.values().map(|w| w[i]).sum::<f64>())
        .fold(0.0, f64::max);
    Diagramme {
        kosten_je_jahr: KostenDiagramm {
            jahre,
            reihen: reihen
                .into_iter()
                .filter(|(_, w)| w.iter().any(|v| *v > 0.0))
                .map(|(bereich, werte)| KostenReihe { bereich, werte })
                .collect(),
            maximum,
        },
        schueler_je_geraet: p
            .schulen
            .iter()
            .zip(&src.figures.schulen)
            .map(|(s, z)| GeraeteBalken {
                schule: s.name.clone(),
                ist: z.zahlen.schueler_pro_geraet_ist,
                soll: z.zahlen.schueler_pro_geraet_soll,
            })
            .collect(),
        richtwert_schueler_je_geraet: richtwert,
        richtwert_schueler_je_geraet_text: richtwert.map(|r| {
            dezimal(
                rust_decimal::Decimal::try_from(r)
                    .unwrap_or_default()
                    .round_dp(2),
                DE,
            )
        }),
    }
}

fn befunde(src: &Sources<'_>) -> Befunde {
    let liste: Vec<BefundZeile> = src
        .findings
        .iter()
        .map(|fnd| BefundZeile {
            code: fnd.code.to_string(),
            schwere: match fnd.severity {
                Severity::Error => "Fehler",
                Severity::Warning => "Warnung",
                Severity::Info => "Hinweis",
            }
            .into(),
            meldung: fnd.message.get(DE).to_string(),
            ort: fnd.loc.as_ref().map_or_else(String::new, |loc| {
                let (line, col) = src.files.line_col(loc);
                format!("{}:{line}:{col}", src.files.name_of(loc.file))
            }),
            hinweis: fnd.hint.as_ref().map(|h| h.get(DE).to_string()),
        })
        .collect();
    let c = src.completeness;
    Befunde {
        fehler: src
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count(),
        warnungen: src
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count(),
        liste,
        vollstaendigkeit: format!("{} %", c.overall),
        abschnitte: c
            .sections
            .iter()
            .map(|(k, v)| eintrag(k, format!("{v} %")))
            .collect(),
        offen: c
            .open
            .iter()
            .map(|o| OffenZeile {
                abschnitt: o.section.to_string(),
                punkt: o.label_de.replace('`', ""),
                fehlt_fuer: o.missing.join(", "),
            })
            .collect(),
    }
}
