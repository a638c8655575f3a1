//! Value formatters of the render context: the open-value mark for what the plan leaves open,
//! money, numbers, percentages, dates and periods in German form.

use serde::Serialize;

use crate::format::{datum, dezimal, euro_rund, zahl};
use crate::i18n::Lang;
use crate::model::types::{Datum, Dezimal, Euro, Prozent, Zeitpunkt, Zeitraum};
use crate::render::rich_text::RichText;

use super::OFFEN;

pub(super) const DE: Lang = Lang::De;

pub(super) fn opt(s: &Option<String>) -> String {
    s.as_ref()
        .filter(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| OFFEN.to_string())
}

pub(super) fn rich(s: &Option<String>) -> Option<RichText> {
    s.as_ref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| RichText::parse(s))
}

pub(super) fn eur(e: Option<Euro>) -> String {
    e.map_or_else(|| OFFEN.to_string(), |e| euro_rund(e, DE))
}

pub(super) fn eur0(e: Euro) -> String {
    if e.0.is_zero() {
        OFFEN.to_string()
    } else {
        euro_rund(e, DE)
    }
}

pub(super) fn dez(d: Option<Dezimal>) -> String {
    d.map_or_else(|| OFFEN.to_string(), |d| dezimal(d.0, DE))
}

pub(super) fn prozent(p: Option<Prozent>) -> String {
    p.map_or_else(|| OFFEN.to_string(), |p| format!("{} %", dezimal(p.0, DE)))
}

pub(super) fn ratio(x: Option<f64>, decimals: usize) -> String {
    x.map_or_else(|| OFFEN.to_string(), |x| zahl(x, decimals, DE))
}

/// A target that is a minimum (bandwidth per class): `mind. 50`, `mind. 50,5`, so that a
/// target below a school's current value does not read as a cut.
pub(super) fn mind_wert(x: Option<f64>) -> String {
    x.map_or_else(
        || OFFEN.to_string(),
        |x| {
            let decimals = if (x - x.round()).abs() < 0.05 { 0 } else { 1 };
            format!("mind. {}", zahl(x, decimals, DE))
        },
    )
}

/// The parts that are known, joined with „; “; the open mark when none is.
pub(super) fn teile(parts: impl IntoIterator<Item = Option<String>>) -> String {
    let teile: Vec<String> = parts.into_iter().flatten().collect();
    if teile.is_empty() {
        OFFEN.to_string()
    } else {
        teile.join("; ")
    }
}

pub(super) fn count(n: Option<u32>) -> String {
    n.map_or_else(|| OFFEN.to_string(), |n| zahl(n as f64, 0, DE))
}

pub(super) fn ja_nein(b: Option<bool>) -> String {
    match b {
        Some(true) => "ja".into(),
        Some(false) => "nein".into(),
        None => OFFEN.into(),
    }
}

pub(super) fn opt_label<T: Serialize>(v: Option<T>) -> String {
    v.map_or_else(|| OFFEN.to_string(), |v| label(&v))
}

pub(super) fn date(d: Datum) -> String {
    datum(d, DE)
}

/// `Jul.–Dez. 2027`, `2027`, `Juni 2027` or `15.03.2027`: the one formatter of
/// `crate::format`, shared with the Synopse.
pub(super) fn zeitpunkt(z: Zeitpunkt) -> String {
    crate::format::zeitpunkt(z)
}

pub(super) fn zeitraum(z: Option<Zeitraum>) -> String {
    match z {
        None => OFFEN.to_string(),
        Some(z) => crate::format::zeitraum(z.von, z.bis),
    }
}

pub(super) fn jahre(n: Option<u32>) -> String {
    n.map_or_else(|| OFFEN.to_string(), |n| format!("{n} Jahre"))
}

/// „nach 5 Jahren“: the dative, for sentences.
pub(super) fn nach_jahren(n: Option<u32>) -> String {
    n.map_or_else(|| OFFEN.to_string(), |n| format!("nach {n} Jahren"))
}

pub(super) fn stunden(d: Option<Dezimal>) -> String {
    d.map_or_else(|| OFFEN.to_string(), |d| format!("{} h", dezimal(d.0, DE)))
}

/// The German name of a fixed value (documents are German).
pub(super) fn label<T: Serialize>(v: &T) -> String {
    crate::labels::label(v, DE)
}

/// A sum over schools: the figure, „mind. 1.240 (9 von 12 Schulen)“ when only some give
/// it, or the open mark when none does (unknown is never 0).
pub(super) fn teilsumme(t: crate::stats::Teilsumme) -> String {
    t.text(DE)
}
