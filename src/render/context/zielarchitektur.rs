//! Chapter Zielarchitektur: Software und Inhalte, Infrastruktur und zentrale Dienste, Hardware.

use serde::Serialize;

use crate::format::dezimal;
use crate::model::Plan;
use crate::model::types::Dezimal;
use crate::model::zielarchitektur::{Dienst, Elternfinanzierung};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, Eintrag, OFFEN, eintrag, section};

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
    /// „Jahrgänge 2–10“, or „alle“ without a restriction.
    pub jahrgaenge: String,
    /// Owner: Schulträger, Eltern or Leasing.
    pub eigentum: String,
    /// The parents' share as a sentence, if the plan states one.
    pub elternfinanzierung: Option<String>,
}

/// „höchstens 10 € monatlich über 48 Monate; Zuschuss 100 € je Gerät; Befreiung: …“
fn elternfinanzierung(e: &Elternfinanzierung) -> String {
    let mut teile = Vec::new();
    match (e.beitrag_monatlich, e.laufzeit_monate) {
        (Some(b), Some(m)) => teile.push(format!(
            "höchstens {} monatlich über {m} Monate",
            eur(Some(b))
        )),
        (Some(b), None) => teile.push(format!("höchstens {} monatlich", eur(Some(b)))),
        (None, Some(m)) => teile.push(format!("Raten über {m} Monate")),
        (None, None) => {}
    }
    if let Some(z) = e.zuschuss_je_geraet {
        teile.push(format!(
            "Zuschuss des Schulträgers {} je Gerät",
            eur(Some(z))
        ));
    }
    if let Some(b) = &e.befreiung {
        teile.push(format!("Befreiung: {b}"));
    }
    if teile.is_empty() {
        "Elternfinanzierung, Einzelheiten offen".to_string()
    } else {
        format!("Elternfinanzierung: {}", teile.join("; "))
    }
}

pub(super) fn software(p: &Plan) -> Abschnitt<Vec<AnwendungZeile>> {
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

pub(super) fn infrastruktur(p: &Plan) -> Abschnitt<Infrastruktur> {
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
            |d| format!("mind. {} Mbit/s", dezimal(d.0, DE)),
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

pub(super) fn hardware(p: &Plan) -> Abschnitt<Hardware> {
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
            jahrgaenge: a
                .jahrgaenge
                .map_or_else(|| "alle".to_string(), |j| format!("Jahrgänge {}", j.text())),
            eigentum: label(&a.eigentum()),
            elternfinanzierung: a.elternfinanzierung.as_ref().map(elternfinanzierung),
        })
        .collect();
    let mut weitere = Vec::new();
    if let Some(l) = &h.lehrkraftgeraete {
        weitere.push(eintrag(
            crate::labels::guardrail("lehrkraftgeraete").title.de,
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
