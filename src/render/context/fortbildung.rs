//! Chapter Fortbildung: the offers grouped by kind (technical training the Schulträger's,
//! pedagogical training the Land's), each with who is responsible, and how needs are found.

use serde::Serialize;

use crate::model::Plan;
use crate::model::fortbildung::{Angebot, FortbildungArt};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, section};

#[derive(Debug, Serialize)]
pub struct Fortbildung {
    /// All offers, in the plan's order.
    pub angebote: Vec<AngebotZeile>,
    /// Groups by kind, in the order technical, pedagogical, without kind; empty groups left out.
    pub gruppen: Vec<Gruppe>,
    /// How training needs are derived (e.g. from the ticket analysis).
    pub bedarfsermittlung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct Gruppe {
    pub titel: String,
    pub angebote: Vec<AngebotZeile>,
}

#[derive(Debug, Serialize)]
pub struct AngebotZeile {
    pub thema: String,
    pub zielgruppe: String,
    pub format: String,
    pub stunden: String,
    pub anbieter: String,
    pub turnus: String,
    pub verantwortlich: String,
    /// Occasions as a sentence part, e.g. „Auswertung der Tickets, neue Geräte“; empty if none.
    pub anlass: String,
}

fn zeile(a: &Angebot) -> AngebotZeile {
    AngebotZeile {
        thema: a.thema.clone(),
        zielgruppe: opt(&a.zielgruppe),
        format: opt_label(a.format),
        stunden: stunden(a.stunden),
        anbieter: opt(&a.anbieter),
        turnus: opt_label(a.turnus),
        verantwortlich: opt_label(a.verantwortlich),
        anlass: a.anlass.iter().map(label).collect::<Vec<_>>().join(", "),
    }
}

pub(super) fn fortbildung(p: &Plan) -> Abschnitt<Fortbildung> {
    let Some(f) = &p.fortbildung else {
        return section(
            None,
            false,
            Fortbildung {
                angebote: Vec::new(),
                gruppen: Vec::new(),
                bedarfsermittlung: None,
            },
        );
    };
    let gruppen = [
        (Some(FortbildungArt::Technisch), "Technische Schulungen"),
        (
            Some(FortbildungArt::Paedagogisch),
            "Pädagogische Fortbildung",
        ),
        (None, "Weitere Angebote"),
    ]
    .into_iter()
    .map(|(art, titel)| Gruppe {
        titel: titel.to_string(),
        angebote: f
            .angebote
            .iter()
            .filter(|a| a.art == art)
            .map(zeile)
            .collect(),
    })
    .filter(|g| !g.angebote.is_empty())
    .collect();
    section(
        f.nicht_zutreffend.as_ref(),
        true,
        Fortbildung {
            angebote: f.angebote.iter().map(zeile).collect(),
            gruppen,
            bedarfsermittlung: rich(&f.bedarfsermittlung),
        },
    )
}
