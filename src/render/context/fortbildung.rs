//! Chapter Fortbildung: the training offers.

use serde::Serialize;

use crate::model::Plan;

use super::values::*;
use super::{Abschnitt, section};

#[derive(Debug, Serialize)]
pub struct AngebotZeile {
    pub thema: String,
    pub zielgruppe: String,
    pub format: String,
    pub stunden: String,
    pub anbieter: String,
    pub turnus: String,
}

pub(super) fn fortbildung(p: &Plan) -> Abschnitt<Vec<AngebotZeile>> {
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
