//! Chapter Zusammenarbeit und Steuerung: the formats between Schulträger and schools, and the
//! contacts.

use serde::Serialize;

use crate::model::Plan;
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

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

pub(super) fn governance(p: &Plan) -> Abschnitt<Governance> {
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
