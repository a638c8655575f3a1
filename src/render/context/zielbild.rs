//! Chapter Zielbild (at the start of chapter 2): vision, mission, and each strategic goal
//! with the guardrails it makes concrete and the measures derived from it.

use serde::Serialize;

use crate::model::Plan;
use crate::render::rich_text::RichText;

use super::leitplanken::leitplanke_titel;
use super::values::*;
use super::{Abschnitt, section};

#[derive(Debug, Serialize)]
pub struct Zielbild {
    pub vision: Option<RichText>,
    pub mission: Option<RichText>,
    pub ziele: Vec<ZielZeile>,
}

#[derive(Debug, Serialize)]
pub struct ZielZeile {
    pub id: String,
    pub titel: String,
    pub beschreibung: Option<RichText>,
    /// Titles of the guardrails the goal makes concrete.
    pub leitplanken: Vec<String>,
    /// The measures that serve the goal, in the order of the plan.
    pub massnahmen: Vec<Verweis>,
}

/// A measure named by id and title.
#[derive(Debug, Serialize)]
pub struct Verweis {
    pub id: String,
    pub titel: String,
}

pub(super) fn zielbild(p: &Plan) -> Abschnitt<Zielbild> {
    let leer = Zielbild {
        vision: None,
        mission: None,
        ziele: Vec::new(),
    };
    let Some(z) = &p.zielbild else {
        return section(None, false, leer);
    };
    let ziele = z
        .ziele
        .iter()
        .map(|g| ZielZeile {
            id: g.id.to_string(),
            titel: g.titel.clone(),
            beschreibung: rich(&g.beschreibung),
            leitplanken: g
                .leitplanken
                .iter()
                .map(|l| leitplanke_titel(p, l.as_str()))
                .collect(),
            massnahmen: p
                .massnahmen
                .iter()
                .filter(|m| m.ziele.contains(&g.id))
                .map(|m| Verweis {
                    id: m.id.to_string(),
                    titel: m.titel.clone(),
                })
                .collect(),
        })
        .collect();
    section(
        z.nicht_zutreffend.as_ref(),
        true,
        Zielbild {
            vision: rich(&z.vision),
            mission: rich(&z.mission),
            ziele,
        },
    )
}

/// The titles of the goals a measure serves (the id where the plan has no such goal).
pub(super) fn ziel_titel(p: &Plan, ids: &[crate::model::types::Id]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            p.zielbild
                .iter()
                .flat_map(|z| z.ziele.iter())
                .find(|g| &g.id == id)
                .map_or_else(|| id.to_string(), |g| g.titel.clone())
        })
        .collect()
}
