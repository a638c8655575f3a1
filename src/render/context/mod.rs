//! The render context: everything the document shows, built once from the plan, its derived
//! figures and its findings, with German number, money and date formats applied. The
//! Markdown templates and the typst template read the same context; its keys are German,
//! like the plan's, because the people who adapt templates are the plan's authors.
//!
//! One file per document chapter, each row type beside its builder; the value formatters in
//! `values`.

pub mod befunde;
pub mod datenschutz;
pub mod diagramme;
pub mod evaluation;
pub mod finanzierung;
pub mod fortbildung;
pub mod governance;
pub mod kooperation;
pub mod land;
pub mod leitplanken;
pub mod massnahmen;
pub mod meta;
pub mod schulen;
pub mod support;
mod values;
pub mod vereinbarung;
pub mod zielarchitektur;
pub mod zielbild;

use serde::Serialize;

use crate::completeness::Completeness;
use crate::diagnostic::Finding;
use crate::load::Files;
use crate::model::Plan;
use crate::profile::Profile;
use crate::render::rich_text::RichText;
use crate::stats::Kennzahlen;

use befunde::*;
use datenschutz::*;
use diagramme::*;
use evaluation::*;
use finanzierung::*;
use fortbildung::*;
use governance::*;
use kooperation::*;
use land::*;
use leitplanken::*;
use massnahmen::*;
use meta::*;
use schulen::*;
use support::*;
use values::*;
use zielarchitektur::*;
use zielbild::*;

pub use crate::labels::OFFEN;

/// The whole document's data.
#[derive(Debug, Serialize)]
pub struct Context {
    /// The mark for a value the plan leaves open (`–`), for the templates.
    pub offen: &'static str,
    pub meta: Meta,
    /// Key figures for the summary, in reading order.
    pub eckdaten: Vec<Eintrag>,
    pub schulen: Vec<SchuleZeile>,
    pub schulformen: Vec<GruppeZeile>,
    pub gesamt: GruppeZeile,
    pub zielbild: Abschnitt<Zielbild>,
    pub leitplanken: Abschnitt<Vec<LeitplankeZeile>>,
    pub software: Abschnitt<Vec<AnwendungZeile>>,
    pub infrastruktur: Abschnitt<Infrastruktur>,
    pub hardware: Abschnitt<Hardware>,
    pub support: Abschnitt<Support>,
    pub governance: Abschnitt<Governance>,
    pub kooperation: Abschnitt<Kooperation>,
    pub land: Abschnitt<Land>,
    pub fortbildung: Abschnitt<Fortbildung>,
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

pub(super) fn eintrag(name: &str, wert: impl Into<String>) -> Eintrag {
    Eintrag {
        name: name.to_string(),
        wert: wert.into(),
    }
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

pub(super) fn section<T>(waiver: Option<&String>, present: bool, inhalt: T) -> Abschnitt<T> {
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
        offen: OFFEN,
        meta: meta(p, src.files),
        eckdaten: eckdaten(src),
        schulen: schulen(src),
        schulformen: src.figures.schulformen.iter().map(gruppe).collect(),
        gesamt: gruppe(&src.figures.gesamt),
        zielbild: zielbild(p),
        leitplanken: leitplanken(p),
        software: software(p),
        infrastruktur: infrastruktur(p),
        hardware: hardware(p),
        support: support(p),
        governance: governance(p),
        kooperation: kooperation(p),
        land: land(p),
        fortbildung: fortbildung(p),
        datenschutz: datenschutz(p),
        massnahmen: p.massnahmen.iter().map(|m| massnahme(p, m)).collect(),
        finanzierung: finanzierung(src),
        kosten: kosten(src.figures, src.plan),
        evaluation: evaluation(p),
        diagramme: diagramme(src),
        befunde: befunde(src),
    }
}
