//! Chapter Pädagogische Leitplanken: each guardrail with its guiding sentence, decision and
//! rationale.

use serde::Serialize;

use crate::model::Plan;
use crate::model::leitplanken::Leitplanke;
use crate::render::labels::label;
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct LeitplankeZeile {
    pub id: String,
    pub titel: String,
    /// The guardrail as the Handreichung words it, or the plan's own title.
    pub leitsatz: String,
    pub entscheidung: String,
    pub begruendung: Option<RichText>,
}

pub(super) fn leitplanke<E: Serialize + Copy>(
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

pub(super) fn leitplanken(p: &Plan) -> Abschnitt<Vec<LeitplankeZeile>> {
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
