//! The completeness checklist: what a complete MEP answers, per section of the plan format,
//! including the LMZ Baden-Württemberg release criteria (IST analysis; binding, checkable
//! measures; the four facets; evaluation criteria; timetable; target equipment derived
//! from goals; support concept agreed with the Schulträger). `mep explain --checklist`
//! prints it.
//! Longer than 400 lines: the checklist is one table (one line per item), kept whole so that
//! the order of sections and items reads as `mep explain --checklist` prints it.

use crate::model::Plan;
use crate::model::governance::FormatArt;
use crate::model::leitplanken::Leitplanke;
use crate::model::massnahmen::Facette;
use crate::model::schulen::Schule;
use crate::model::support::Akteur;

use super::datenschutz_fortbildung as dsfb;

/// Sections the checklist scores, in the order of the plan format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Plan,
    Schulen,
    Zielbild,
    Leitplanken,
    Software,
    Infrastruktur,
    Hardware,
    Support,
    Governance,
    Kooperation,
    Land,
    Fortbildung,
    Datenschutz,
    Massnahmen,
    Finanzierung,
    Evaluation,
}

impl Section {
    pub const ALL: [Section; 16] = [
        Section::Plan,
        Section::Schulen,
        Section::Zielbild,
        Section::Leitplanken,
        Section::Software,
        Section::Infrastruktur,
        Section::Hardware,
        Section::Support,
        Section::Governance,
        Section::Kooperation,
        Section::Land,
        Section::Fortbildung,
        Section::Datenschutz,
        Section::Massnahmen,
        Section::Finanzierung,
        Section::Evaluation,
    ];

    /// Key in reports, as in the plan file.
    pub fn key(self) -> &'static str {
        match self {
            Section::Plan => "plan",
            Section::Schulen => "schulen",
            Section::Zielbild => "zielbild",
            Section::Leitplanken => "leitplanken",
            Section::Software => "software",
            Section::Infrastruktur => "infrastruktur",
            Section::Hardware => "hardware",
            Section::Support => "support",
            Section::Governance => "governance",
            Section::Kooperation => "kooperation",
            Section::Land => "land",
            Section::Fortbildung => "fortbildung",
            Section::Datenschutz => "datenschutz",
            Section::Massnahmen => "massnahmen",
            Section::Finanzierung => "finanzierung",
            Section::Evaluation => "evaluation",
        }
    }

    /// A section waived with a non-empty reason counts as answered.
    pub fn waived(self, p: &Plan) -> bool {
        let reason = match self {
            Section::Leitplanken => p
                .leitplanken
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Software => p.software().and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Infrastruktur => p.infrastruktur().and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Hardware => p.hardware().and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Support => p.support.as_ref().and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Governance => p
                .governance
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Zielbild => p
                .zielbild
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Kooperation => p
                .kooperation
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Land => p.land.as_ref().and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Fortbildung => p
                .fortbildung
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Datenschutz => p
                .datenschutz
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Finanzierung => p
                .finanzierung
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Evaluation => p
                .evaluation
                .as_ref()
                .and_then(|s| s.nicht_zutreffend.as_ref()),
            Section::Plan | Section::Schulen | Section::Massnahmen => None,
        };
        reason.is_some_and(|r| !r.trim().is_empty())
    }
}

/// Answered, or open with the entities it is missing for.
pub type Outcome = Result<(), Vec<String>>;

/// One checklist item.
pub struct Item {
    pub section: Section,
    pub id: &'static str,
    pub label_de: &'static str,
    pub label_en: &'static str,
    pub check: fn(&Plan) -> Outcome,
}

fn has(b: bool) -> Outcome {
    if b { Ok(()) } else { Err(Vec::new()) }
}

/// Open for the schools that fail `ok`; answered when there is no school at all only if `ok` holds vacuously.
/// Every school entry meets `ok`. A group of schools has no single school number and no
/// single date of a media concept: the items asking for them let a group pass on what a
/// group can state.
fn each_school(p: &Plan, ok: impl Fn(&Schule) -> bool) -> Outcome {
    if p.schulen.is_empty() {
        return Err(Vec::new());
    }
    let missing: Vec<String> = p
        .schulen
        .iter()
        .filter(|s| !ok(s))
        .map(|s| s.id.to_string())
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

fn each_measure(p: &Plan, ok: impl Fn(&crate::model::Massnahme) -> bool) -> Outcome {
    if p.massnahmen.is_empty() {
        return Err(Vec::new());
    }
    let missing: Vec<String> = p
        .massnahmen
        .iter()
        .filter(|m| !ok(m))
        .map(|m| m.id.to_string())
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

/// Once a plan is adopted (or its status is open), a decision adopting it is documented
/// with body and date; open for each decision that lacks them (by its place in the plan).
/// A draft or an agreed plan needs none yet.
fn beschluss_dokumentiert(p: &Plan) -> Outcome {
    use crate::model::plan::PlanStatus;
    if matches!(
        p.plan.status,
        Some(PlanStatus::Entwurf | PlanStatus::Abgestimmt)
    ) {
        return Ok(());
    }
    let alle = p.plan.alle_beschluesse();
    let missing: Vec<String> = alle
        .iter()
        .filter(|b| !b.dokumentiert())
        .map(|b| match b.pfad.rsplit_once('/') {
            Some(("/plan/beschluesse", i)) => {
                format!("beschluesse[#{}]", i.parse::<usize>().unwrap_or(0) + 1)
            }
            _ => "beschluss".to_string(),
        })
        .collect();
    if alle.iter().any(|b| b.art.beschliesst()) && missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

/// One of the formats of `[governance]` meets `ok`.
fn hat_format(p: &Plan, ok: impl Fn(&crate::model::governance::Format) -> bool) -> bool {
    p.governance
        .as_ref()
        .is_some_and(|g| g.formate.iter().any(ok))
}

/// Decided, or waived with a reason.
fn decided<E>(l: &Option<Leitplanke<E>>) -> bool {
    l.as_ref()
        .is_some_and(|l| l.entscheidung.is_some() || l.entfaellt().is_some())
}

/// The Schulträger has examined cooperation and has no agreement in place or planned:
/// the goals of a cooperation do not apply.
fn kooperiert_nicht(k: &crate::model::Kooperation) -> bool {
    use crate::model::kooperation::Status;
    text(&k.geprueft)
        && k.vereinbarungen
            .iter()
            .all(|v| v.status == Some(Status::Geprueft))
}

fn text(s: &Option<String>) -> bool {
    s.as_ref().is_some_and(|s| !s.trim().is_empty())
}

macro_rules! items {
    ($( $section:ident $id:literal $de:literal / $en:literal => $check:expr ;)*) => {
        /// The checklist, in section order.
        pub static CHECKLIST: &[Item] = &[$(Item {
            section: Section::$section, id: $id, label_de: $de, label_en: $en, check: $check,
        }),*];
    };
}

items! {
    Plan "titel" "Titel des Plans" / "plan title" => |p| has(!p.plan.titel.trim().is_empty());
    Plan "version" "Versionsbezeichnung" / "version label" => |p| has(text(&p.plan.version));
    Plan "status" "Bearbeitungsstand (`status`)" / "status" => |p| has(p.plan.status.is_some());
    Plan "datum" "Datum des Stands" / "date of this version" => |p| has(p.plan.datum.is_some());
    Plan "zeitraum" "Laufzeit (`zeitraum`)" / "plan period" => |p| has(p.plan.zeitraum.is_some());
    Plan "autoren" "Verfasserinnen und Verfasser" / "authors" => |p| has(!p.plan.autoren.is_empty());
    Plan "schultraeger" "Schulträger mit Name, Art, Bundesland und AGS" / "Schulträger with name, kind, Land and AGS" =>
        |p| has(p.plan.schultraeger.as_ref().is_some_and(|s| text(&s.name) && s.art.is_some() && s.bundesland.is_some() && s.ags.is_some()));
    Plan "it_dienstleister" "IT-Dienstleister: Name, oder warum es keinen gibt (`nicht_zutreffend`)" / "IT service provider: name, or why there is none (`nicht_zutreffend`)" =>
        |p| has(p.plan.it_dienstleister.as_ref().is_some_and(|o| o.beantwortet()));
    Plan "medienzentrum" "Medienzentrum: Name, oder warum es keins gibt (`nicht_zutreffend`)" / "media centre: name, or why there is none (`nicht_zutreffend`)" =>
        |p| has(p.plan.medienzentrum.as_ref().is_some_and(|o| o.beantwortet()));
    Plan "beschluss" "Beschluss dokumentieren: Gremium und Datum (sobald beschlossen; Gemeindeordnung, z. B. § 41 GO NRW: der Rat beschließt)" / "document the decision: body and date (once adopted; municipal code, e.g. § 41 GO NRW: the council decides)" => beschluss_dokumentiert;

    Schulen "schulen" "mindestens eine Schule" / "at least one school" => |p| has(!p.schulen.is_empty());
    Schulen "zahlen" "Schülerinnen, Schüler und Lehrkräfte je Schule" / "students and teachers of each school" =>
        |p| each_school(p, |s| s.schueler.is_some() && s.lehrkraefte.is_some());
    Schulen "schulnummer" "Schulnummer je Schule" / "school number of each school" => |p| each_school(p, |s| s.ist_gruppe() || s.schulnummer.is_some());
    Schulen "klassen" "Klassen je Schule" / "classes of each school" => |p| each_school(p, |s| s.klassen.is_some());
    Schulen "unterrichtsraeume" "Unterrichtsräume je Schule" / "teaching rooms of each school" => |p| each_school(p, |s| s.unterrichtsraeume.is_some());
    Schulen "medienkonzept" "Medienkonzept je Schule (vorhanden und datiert)" / "media concept of each school (present and dated)" =>
        |p| each_school(p, |s| s.medienkonzept.as_ref().is_some_and(|m| m.vorhanden && (m.datum.is_some() || s.ist_gruppe())));
    Schulen "ist_breitband" "IST: Breitband je Schule (LMZ: IST-Analyse)" / "current broadband of each school (LMZ: IST analysis)" =>
        |p| each_school(p, |s| s.ist.as_ref().is_some_and(|i| i.breitband_down_mbit.is_some()));
    Schulen "ist_netz" "IST: LAN-, WLAN- und Präsentationsabdeckung je Schule" / "current LAN, WLAN and presentation coverage of each school" =>
        |p| each_school(p, |s| s.ist.as_ref().is_some_and(|i| i.anteil_raeume_lan.is_some() && i.anteil_raeume_wlan.is_some() && i.anteil_raeume_praesentation.is_some()));
    Schulen "ist_geraete" "IST: Gerätebestand je Schule" / "current device stock of each school" =>
        |p| each_school(p, |s| s.ist.as_ref().is_some_and(|i| !i.geraete.is_empty()));

    Zielbild "vision" "Vision des Zielbilds" / "vision of the Zielbild" => |p| has(p.zielbild.as_ref().is_some_and(|z| text(&z.vision)));
    Zielbild "mission" "Mission des Zielbilds" / "mission of the Zielbild" => |p| has(p.zielbild.as_ref().is_some_and(|z| text(&z.mission)));
    Zielbild "ziele" "strategische Ziele" / "strategic goals" => |p| has(p.zielbild.as_ref().is_some_and(|z| !z.ziele.is_empty()));
    Zielbild "massnahmen" "mindestens eine Maßnahme je Ziel" / "at least one measure for each goal" => |p| {
        let z = p.zielbild.as_ref().filter(|z| !z.ziele.is_empty()).ok_or_else(Vec::new)?;
        let missing: Vec<String> = z.ziele.iter().filter(|g| !p.massnahmen.iter().any(|m| m.ziele.contains(&g.id))).map(|g| g.id.to_string()).collect();
        if missing.is_empty() { Ok(()) } else { Err(missing) }
    };

    Leitplanken "netz" "Leitplanke Netz" / "Network guardrail" => |p| has(p.leitplanken.as_ref().is_some_and(|l| decided(&l.netz)));
    Leitplanken "dienste" "Leitplanke Dienstelandschaft" / "Services guardrail" => |p| has(p.leitplanken.as_ref().is_some_and(|l| decided(&l.dienste)));
    Leitplanken "lehrkraftgeraete" "Leitplanke Dienstgeräte der Lehrkräfte" / "Teachers' work devices guardrail" => |p| has(p.leitplanken.as_ref().is_some_and(|l| decided(&l.lehrkraftgeraete)));
    Leitplanken "schuelergeraete" "Leitplanke Geräte der Schülerinnen und Schüler (je Stufe, die der Plan hat)" / "Students' devices guardrail (for each stage the plan has)" => |p| {
        // A Landkreis without Grundschulen decides only for secondary and vocational schools.
        let stufen = |f: fn(crate::model::schulen::Schulform) -> bool| p.schulen.is_empty() || p.schulen.iter().any(|s| f(s.schulform));
        let (gs, wf) = (stufen(|f| f.ist_grundschule()), stufen(|f| f.ist_weiterfuehrend()));
        has(p.leitplanken.as_ref().and_then(|l| l.schuelergeraete.as_ref()).is_some_and(|s| s.entfaellt().is_some() || ((!gs || s.grundschule.is_some()) && (!wf || s.weiterfuehrend.is_some()))))
    };
    Leitplanken "praesentation" "Leitplanke Präsentationstechnik" / "Presentation equipment guardrail" =>
        |p| has(p.leitplanken.as_ref().and_then(|l| l.praesentation.as_ref()).is_some_and(|s| s.entfaellt().is_some() || (s.umfang.is_some() && s.art.is_some())));
    Leitplanken "schulbuecher" "Leitplanke Schulbücher" / "Textbooks guardrail" => |p| has(p.leitplanken.as_ref().is_some_and(|l| decided(&l.schulbuecher)));
    Leitplanken "begruendungen" "Begründung jeder Leitplanke (oder warum sie entfällt)" / "rationale of each guardrail (or why it does not apply)" => |p| {
        let Some(l) = &p.leitplanken else { return Err(Vec::new()) };
        let mut missing = Vec::new();
        // A waived guardrail's reason is its rationale.
        let b = |x: Option<(&Option<String>, Option<&str>)>| x.is_some_and(|(b, entfaellt)| text(b) || entfaellt.is_some());
        if !b(l.netz.as_ref().map(|x| (&x.begruendung, x.entfaellt()))) { missing.push("netz".into()); }
        if !b(l.dienste.as_ref().map(|x| (&x.begruendung, x.entfaellt()))) { missing.push("dienste".into()); }
        if !b(l.lehrkraftgeraete.as_ref().map(|x| (&x.begruendung, x.entfaellt()))) { missing.push("lehrkraftgeraete".into()); }
        if !b(l.schuelergeraete.as_ref().map(|x| (&x.begruendung, x.entfaellt()))) { missing.push("schuelergeraete".into()); }
        if !b(l.praesentation.as_ref().map(|x| (&x.begruendung, x.entfaellt()))) { missing.push("praesentation".into()); }
        if !b(l.schulbuecher.as_ref().map(|x| (&x.begruendung, x.entfaellt()))) { missing.push("schulbuecher".into()); }
        if missing.is_empty() { Ok(()) } else { Err(missing) }
    };

    Software "anwendungen" "Anwendungen und Inhalte" / "applications and content" => |p| has(p.software().is_some_and(|s| !s.anwendungen.is_empty()));
    Software "lernplattform" "Lernplattform" / "learning platform" =>
        |p| has(p.software().is_some_and(|s| s.anwendungen.iter().any(|a| a.kategorie == crate::model::zielarchitektur::SoftwareKategorie::Lernplattform)));
    Software "bereitsteller" "Bereitsteller und Lizenzmodell je Anwendung" / "provider and licence model of each application" => |p| {
        let s = p.software().ok_or_else(Vec::new)?;
        let missing: Vec<String> = s.anwendungen.iter().filter(|a| a.bereitsteller.is_none() || a.lizenzmodell.is_none()).map(|a| a.id.to_string()).collect();
        if missing.is_empty() && !s.anwendungen.is_empty() { Ok(()) } else { Err(missing) }
    };
    Software "datenschutz" "Personenbezug je Anwendung, bei personenbezogenen Daten AV-Vertrag und DSFA-Stand" / "personal data of each application, and for those with personal data processing agreement and DPIA state" => dsfb::anwendungen_datenschutz;

    Infrastruktur "breitband" "Ziel-Bandbreite je Klasse" / "target bandwidth per class" =>
        |p| has(p.infrastruktur().is_some_and(|i| i.breitband_grundschule_mbit_pro_klasse.is_some() && i.breitband_weiterfuehrend_mbit_pro_klasse.is_some()));
    Infrastruktur "abdeckung" "Ziele für LAN- und WLAN-Abdeckung" / "LAN and WLAN coverage targets" =>
        |p| has(p.infrastruktur().is_some_and(|i| i.lan_abdeckung.is_some() && i.wlan_abdeckung.is_some()));
    Infrastruktur "access_points" "Access Points je Unterrichtsraum" / "access points per teaching room" => |p| has(p.infrastruktur().is_some_and(|i| i.access_points_pro_raum.is_some()));
    Infrastruktur "schulserver" "Schulserver-Modell" / "school server model" => |p| has(p.infrastruktur().is_some_and(|i| i.schulserver.is_some()));
    Infrastruktur "zentrale_dienste" "IDM, MDM und Softwareverteilung" / "IDM, MDM and software distribution" =>
        |p| has(p.infrastruktur().is_some_and(|i| i.idm.is_some() && i.mdm.is_some() && i.softwareverteilung.is_some()));
    Infrastruktur "netztrennung" "Netztrennung pädagogisch/Verwaltung" / "separation of teaching and admin networks" => |p| has(p.infrastruktur().is_some_and(|i| i.netztrennung.is_some()));
    Infrastruktur "jugendschutz" "Jugendschutzfilter" / "youth protection filter" => |p| has(p.infrastruktur().is_some_and(|i| i.jugendschutzfilter.is_some()));

    Hardware "schuelergeraete" "Zielausstattung je vorhandener Schulform (LMZ: aus Zielen abgeleitet)" / "target equipment for each school type present (LMZ: derived from goals)" => |p| {
        let hw = p.hardware().ok_or_else(Vec::new)?;
        let mut missing: Vec<String> = p.schulen.iter().map(|s| s.schulform).filter(|sf| hw.ziel_fuer(*sf).is_none()).map(|sf| sf.key().to_string()).collect();
        missing.sort();
        missing.dedup();
        if missing.is_empty() && !hw.schuelergeraete.is_empty() { Ok(()) } else { Err(missing) }
    };
    Hardware "lehrkraftgeraete" "Zielausstattung Lehrkräfte" / "teacher device target" => |p| has(p.hardware().is_some_and(|h| h.lehrkraftgeraete.is_some()));
    Hardware "praesentation" "Präsentationstechnik je Raum" / "presentation technology per room" => |p| has(p.hardware().is_some_and(|h| h.praesentation.is_some()));
    Hardware "drucker" "Drucker" / "printers" => |p| has(p.hardware().is_some_and(|h| h.lehrkraefte_pro_drucker.is_some()));
    Hardware "ersatzzyklus" "Ersatzzyklus (allgemein oder je Zielausstattung)" / "replacement cycle (general or per target)" =>
        |p| has(p.hardware().is_some_and(|h| h.ersatzzyklus_jahre.is_some() || (!h.schuelergeraete.is_empty() && h.schuelergeraete.iter().all(|a| a.ersatzzyklus_jahre.is_some()))));

    Support "abgestimmt" "Supportkonzept mit den Schulen abgestimmt (LMZ)" / "support concept agreed with the schools (LMZ)" => |p| has(p.support.as_ref().is_some_and(|s| s.abgestimmt_am.is_some()));
    Support "aufgaben" "Aufgaben- und Kostenteilung" / "division of tasks and costs" => |p| has(p.support.as_ref().is_some_and(|s| !s.aufgaben.is_empty()));
    Support "level" "Supportstufen (mindestens 1st und 2nd Level)" / "support levels (at least 1st and 2nd)" =>
        |p| has(p.support.as_ref().is_some_and(|s| s.level.iter().any(|l| l.stufe == 1) && s.level.iter().any(|l| l.stufe == 2)));
    Support "kanaele" "Supportkanäle und Servicezeiten" / "support channels and service hours" => |p| has(p.support.as_ref().is_some_and(|s| !s.kanaele.is_empty() && s.servicezeiten.is_some()));
    Support "sprechstunde" "Schul-IT-Sprechstunde" / "school IT consultation hour" => |p| has(p.sprechstunde().is_some());
    Support "prioritaeten" "Prioritäten mit Reaktionszeiten" / "priorities with response times" => |p| has(p.support.as_ref().is_some_and(|s| !s.prioritaeten.is_empty()));
    Support "personal" "Supportpersonal in VZÄ" / "support staff in FTE" => |p| has(p.support.as_ref().is_some_and(|s| s.personal_vzae.is_some()));
    Support "ersatz_wartung" "Ersatzgeräte und Wartungsfenster" / "replacement devices and maintenance windows" =>
        |p| has(p.support.as_ref().is_some_and(|s| s.ersatzgeraete.is_some() && s.wartungsfenster.is_some()));
    Support "land" "Aufgaben und Kosten des Landes (`[[support.aufgaben]] akteur = \"land\"`)" / "the Land's tasks and costs (`[[support.aufgaben]] akteur = \"land\"`)" =>
        |p| has(p.support.as_ref().is_some_and(|s| s.aufgaben.iter().any(|a| a.akteur == Akteur::Land)));
    Support "leistungen" "Leistungskatalog mit Aufwand je Leistung" / "service catalogue with the effort of each service" => |p| {
        let s = p.support.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = s.leistungen.iter().filter(|l| l.aufwand_stunden_jahr.is_none()).map(|l| l.id.to_string()).collect();
        if missing.is_empty() && !s.leistungen.is_empty() { Ok(()) } else { Err(missing) }
    };
    Support "loesungszeiten" "Lösungszeit je Priorität" / "resolution time of each priority" => |p| {
        let s = p.support.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = s.prioritaeten.iter().filter(|pr| pr.loesungszeit_stunden.is_none()).map(|pr| pr.name.clone()).collect();
        if missing.is_empty() && !s.prioritaeten.is_empty() { Ok(()) } else { Err(missing) }
    };
    Support "pflichten_schule" "Pflichten der Schule" / "the school's duties" => |p| has(p.support.as_ref().is_some_and(|s| s.pflichten_schule.iter().any(|x| !x.trim().is_empty())));
    Support "eskalation" "Eskalationsstufen" / "escalation steps" => |p| has(p.support.as_ref().is_some_and(|s| !s.eskalation.is_empty()));
    Support "gueltigkeit" "Gültig ab und nächste Überprüfung der Vereinbarung" / "agreement valid from and next review" =>
        |p| has(p.support.as_ref().is_some_and(|s| s.gueltig_ab.is_some() && s.ueberpruefung.is_some()));
    Support "interkommunal" "Interkommunale Zusammenarbeit im Support geprüft" / "inter-municipal cooperation in support checked" => |p| has(p.support.as_ref().is_some_and(|s| text(&s.interkommunal)));

    Governance "strategisch" "strategisches Format mit den Schulen (Runder Tisch oder jährliche Schulgespräche)" / "strategic format with the schools (Runder Tisch or yearly talks with the schools)" =>
        |p| has(p.governance.as_ref().is_some_and(|g| g.hat_strategisches_format()));
    Governance "operativ" "operatives Format (Schul-IT-Arbeitstreffen)" / "operational format (school IT meeting)" =>
        |p| has(p.governance.as_ref().is_some_and(|g| g.formate.iter().any(|f| f.art == FormatArt::SchulItArbeitstreffen)));
    Governance "formate_vollstaendig" "Turnus, Teilnehmende und Ziel je Format" / "cadence, participants and goal of each format" => |p| {
        let g = p.governance.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = g.formate.iter().filter(|f| f.turnus.is_none() || f.teilnehmende.is_empty() || f.ziel.is_none()).map(|f| f.id.to_string()).collect();
        if missing.is_empty() && !g.formate.is_empty() { Ok(()) } else { Err(missing) }
    };
    Governance "ansprechpartner" "Ansprechpartner" / "contacts" => |p| has(p.governance.as_ref().is_some_and(|g| !g.ansprechpartner.is_empty()));
    Governance "wissen" "Ansprechpartner-Übersicht oder Wissensmanagement für alle Beteiligten" / "list of contacts or knowledge management for everyone involved" =>
        |p| has(hat_format(p, |f| matches!(f.art, FormatArt::AnsprechpartnerUebersicht | FormatArt::Wissensmanagement)));
    Governance "information" "Informationsveranstaltung für Lehrkräfte" / "information event for teachers" =>
        |p| has(hat_format(p, |f| f.art == FormatArt::Informationsveranstaltung));
    Governance "feedback" "Feedback der Schulen mit systematischer Auswertung (`auswertung`)" / "feedback from the schools with systematic evaluation (`auswertung`)" =>
        |p| has(hat_format(p, |f| f.ist_ausgewertetes_feedback()));

    Land "schulaufsicht" "Schulaufsicht als Ansprechpartnerin" / "school supervisory authority as a contact" => |p| has(p.land.as_ref().is_some_and(|l| text(&l.schulaufsicht)));
    Land "ansprechperson" "Ansprechperson der Kommune für Schul-IT benannt" / "the municipality's contact for school IT named" => |p| has(p.land.as_ref().is_some_and(|l| text(&l.ansprechperson_schul_it)));
    Land "spitzenverband" "kommunaler Spitzenverband: Mitgliedschaft geprüft" / "association of municipalities: membership checked" =>
        |p| has(p.land.as_ref().and_then(|l| l.spitzenverband.as_ref()).is_some_and(|s| text(&s.name) && s.mitglied.is_some()));
    Land "gremien" "Beteiligung an den Gremien des Landes (Steuergruppe, Arbeitsgruppen, Fachtage)" / "participation in the Land's bodies (steering group, working groups, conference days)" =>
        |p| has(p.land.as_ref().is_some_and(|l| !l.gremien.is_empty() && l.gremien.iter().all(|g| g.beteiligung.is_some())));
    Land "lehrkraefte" "Lehrkräfte als Landesbedienstete: was daraus folgt (Dienstgeräte, Fortbildung, Datenschutz)" / "teachers as Land employees: what follows (devices, training, data protection)" =>
        |p| has(p.land.as_ref().is_some_and(|l| text(&l.lehrkraefte)));

    Kooperation "geprueft" "Zusammenarbeit mit anderen Schulträgern geprüft (Ergebnis `geprueft` oder eine Vereinbarung)" / "cooperation with other Schulträger examined (result `geprueft` or an agreement)" =>
        |p| has(p.kooperation.as_ref().is_some_and(|k| text(&k.geprueft) || !k.vereinbarungen.is_empty()));
    Kooperation "ziele" "Ziele der Zusammenarbeit (Kosteneffizienz, Qualität, Erfahrungsaustausch)" / "goals of the cooperation (cost efficiency, quality, exchange of experience)" =>
        |p| has(p.kooperation.as_ref().is_some_and(|k| !k.ziele.is_empty() || kooperiert_nicht(k)));
    Kooperation "themen" "Themen je Vereinbarung" / "topics of each agreement" => |p| {
        let k = p.kooperation.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = k.vereinbarungen.iter().filter(|v| v.themen.is_empty()).map(|v| v.id.to_string()).collect();
        if !missing.is_empty() { return Err(missing); }
        has(!k.vereinbarungen.is_empty() || text(&k.geprueft))
    };

    Fortbildung "angebote" "Fortbildungsangebote" / "training offers" => |p| has(p.fortbildung.as_ref().is_some_and(|f| !f.angebote.is_empty()));
    Fortbildung "angebote_vollstaendig" "Zielgruppe, Format und Umfang je Angebot" / "target group, format and hours of each offer" => |p| {
        let f = p.fortbildung.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = f.angebote.iter().filter(|a| a.zielgruppe.is_none() || a.format.is_none() || a.stunden.is_none()).map(|a| a.id.to_string()).collect();
        if missing.is_empty() && !f.angebote.is_empty() { Ok(()) } else { Err(missing) }
    };
    Fortbildung "technisch" "Technische Schulungen verantwortet vom Schulträger, mit festem Turnus" / "technical training the Schulträger is responsible for, at a fixed cadence" => dsfb::technisch;
    Fortbildung "paedagogisch" "Pädagogische Fortbildung benannt, verantwortet vom Land oder Medienzentrum" / "pedagogical training named, the Land or the media centre responsible" => dsfb::paedagogisch;
    Fortbildung "bedarf_tickets" "Schulungsbedarf aus den Tickets abgeleitet (`bedarfsermittlung` oder `anlass = [\"tickets\"]`)" / "training needs derived from the tickets (`bedarfsermittlung` or `anlass = [\"tickets\"]`)" => dsfb::bedarf_tickets;

    Datenschutz "verantwortlich" "Verantwortliche Stelle und Datenschutzbeauftragte" / "controller and data protection officer" =>
        |p| has(p.datenschutz.as_ref().is_some_and(|d| text(&d.verantwortlich) && text(&d.datenschutzbeauftragte)));
    Datenschutz "regelungen" "Stand aller Regelungen (Informationsverbund, Verzeichnis, AV, DSFA, Löschkonzept, Nutzungsordnung, Netztrennung, Datensicherung)" / "state of every arrangement" => |p| {
        let d = p.datenschutz.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = d.regelungen().iter().filter(|(_, r)| r.is_none()).map(|(k, _)| k.to_string()).collect();
        if missing.is_empty() { Ok(()) } else { Err(missing) }
    };

    Datenschutz "landesrecht" "Landesrechtliche Grundlage benannt (`landesrecht`)" / "the Land's data protection rules named (`landesrecht`)" => dsfb::landesrecht;
    Datenschutz "wege" "Weg zu jeder fehlenden oder geplanten Regelung (Maßnahme oder Termin)" / "path to every missing or planned arrangement (measure or date)" => dsfb::wege;
    Datenschutz "av_vertraege" "AV-Vertrag für jede Anwendung mit personenbezogenen Daten, sonst der Weg dorthin" / "processing agreement for every application with personal data, or the path to it" => dsfb::av_vertraege;
    Datenschutz "dsfa" "Weg zu jeder erforderlichen, noch nicht durchgeführten DSFA" / "path to every required DPIA not yet done" => dsfb::dsfa;

    Massnahmen "massnahmen" "mindestens eine Maßnahme" / "at least one measure" => |p| has(!p.massnahmen.is_empty());
    Massnahmen "zeitplan" "Zeitraum je Maßnahme (LMZ: Umsetzungszeitplan)" / "period of each measure (LMZ: timetable)" => |p| each_measure(p, |m| m.zeitraum.is_some());
    Massnahmen "verbindlich" "Verantwortliche Stelle und Stand je Maßnahme (LMZ: verbindlich)" / "responsible body and status of each measure (LMZ: binding)" =>
        |p| each_measure(p, |m| m.verantwortlich.is_some() && m.status.is_some());
    Massnahmen "kosten" "Kosten je Maßnahme" / "costs of each measure" =>
        |p| each_measure(p, |m| m.investition.is_some() || (m.menge.is_some() && m.einzelpreis.is_some()) || m.laufende_kosten_jaehrlich.is_some() || m.folgekosten_jaehrlich.is_some());
    Massnahmen "finanzierung" "Finanzierung je Maßnahme" / "funding of each measure" =>
        |p| each_measure(p, |m| !m.finanzierung.is_empty() || crate::costs::foerderbasis(m).0.is_zero());
    Massnahmen "leitplanken" "Bezug zu Leitplanken je Maßnahme (LMZ: aus Zielen abgeleitet)" / "guardrails served by each measure (LMZ: derived from goals)" =>
        |p| each_measure(p, |m| !m.leitplanken.is_empty());
    Massnahmen "ziele" "Ziel des Zielbilds je Maßnahme (sobald der Plan Ziele nennt)" / "goal of the Zielbild served by each measure (once the plan names goals)" => |p| {
        // Without goals there is nothing to derive from: the Zielbild's own items ask for
        // them, once. A waived Zielbild asks for none.
        let hat_ziele = p.zielbild.as_ref().is_some_and(|z| !z.entfaellt() && !z.ziele.is_empty());
        if hat_ziele { each_measure(p, |m| !m.ziele.is_empty()) } else { Ok(()) }
    };
    Massnahmen "facetten" "alle vier Facetten: Unterricht, Fortbildung, Organisation, Technik (LMZ)" / "all four facets: teaching, training, organisation, technology (LMZ)" => |p| {
        let missing: Vec<String> = [(Facette::Unterricht, "unterricht"), (Facette::Fortbildung, "fortbildung"), (Facette::Organisation, "organisation"), (Facette::Technik, "technik")]
            .into_iter()
            .filter(|(f, _)| !p.massnahmen.iter().any(|m| m.facette == Some(*f)))
            .map(|(_, k)| k.to_string())
            .collect();
        if missing.is_empty() { Ok(()) } else { Err(missing) }
    };
    Massnahmen "ueberpruefbar" "Indikator je Maßnahme (LMZ: überprüfbar)" / "indicator of each measure (LMZ: checkable)" => |p| each_measure(p, |m| !m.indikatoren.is_empty());

    Finanzierung "quellen" "Finanzierungsquellen" / "funding sources" => |p| has(!p.quellen().is_empty());
    Finanzierung "budgets" "Budget und Zeitraum je Quelle" / "budget and period of each source" => |p| {
        let missing: Vec<String> = p.quellen().iter().filter(|q| q.budget.is_none() || q.zeitraum.is_none()).map(|q| q.id.to_string()).collect();
        if missing.is_empty() && !p.quellen().is_empty() { Ok(()) } else { Err(missing) }
    };
    Finanzierung "jahresbudgets" "Jahresbudgets" / "yearly budgets" => |p| has(p.quellen().iter().any(|q| !q.jahresbudget.is_empty()));

    Evaluation "verfahren" "Evaluationsverfahren" / "evaluation procedure" => |p| has(p.evaluation.as_ref().is_some_and(|e| text(&e.verfahren)));
    Evaluation "termine" "Überprüfungstermine" / "review dates" => |p| has(p.evaluation.as_ref().is_some_and(|e| !e.ueberpruefungen.is_empty()));
    Evaluation "indikatoren" "Indikatoren mit IST, SOLL und Zeitpunkt (LMZ: Messgrößen)" / "indicators with current, target and date (LMZ: measures)" => |p| {
        let e = p.evaluation.as_ref().ok_or_else(Vec::new)?;
        let missing: Vec<String> = e.indikatoren.iter().filter(|i| i.aktueller_ist().is_none() || i.aktueller_soll().is_none_or(|(_, z)| z.is_none())).map(|i| i.id.to_string()).collect();
        if missing.is_empty() && !e.indikatoren.is_empty() { Ok(()) } else { Err(missing) }
    };
}
