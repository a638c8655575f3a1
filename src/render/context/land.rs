//! Section Zusammenarbeit mit dem Land (in the chapter Zusammenarbeit und Steuerung): the
//! contacts on the Land's side and the Schulträger's participation in the Land's bodies.

use serde::Serialize;

use crate::model::Plan;

use super::values::*;
use super::{Abschnitt, Eintrag, OFFEN, eintrag, section};

#[derive(Debug, Serialize)]
pub struct Land {
    /// Contacts and roles: Schulaufsicht, Ansprechperson für Schul-IT, Spitzenverband, Lehrkräfte.
    pub eckdaten: Vec<Eintrag>,
    pub gremien: Vec<GremiumZeile>,
}

#[derive(Debug, Serialize)]
pub struct GremiumZeile {
    pub name: String,
    pub art: String,
    pub beteiligung: String,
    pub turnus: String,
    pub schwerpunkte: Vec<String>,
    pub sprecher: String,
    pub geschaeftsordnung: String,
    pub retrospektive: String,
    /// Name of the body it reports to; `None` when it reports to none.
    pub berichtet_an: Option<String>,
}

pub(super) fn land(p: &Plan) -> Abschnitt<Land> {
    let Some(l) = &p.land else {
        return section(
            None,
            false,
            Land {
                eckdaten: Vec::new(),
                gremien: Vec::new(),
            },
        );
    };
    let name = |g: &crate::model::land::Gremium| g.name.clone().unwrap_or_else(|| label(&g.art));
    let verband = l.spitzenverband.as_ref().map_or_else(
        || OFFEN.to_string(),
        |s| {
            let mitglied = match s.mitglied {
                Some(true) => Some("Mitglied".to_string()),
                Some(false) => Some("kein Mitglied".to_string()),
                None => None,
            };
            let ansprech = s
                .ansprechperson
                .as_ref()
                .map(|a| format!("Ansprechperson: {a}"));
            teile([s.name.clone(), mitglied, ansprech])
        },
    );
    let eckdaten = vec![
        eintrag("Schulaufsicht", opt(&l.schulaufsicht)),
        eintrag(
            "Ansprechperson für Schul-IT",
            opt(&l.ansprechperson_schul_it),
        ),
        eintrag("Kommunaler Spitzenverband", verband),
        eintrag("Lehrkräfte als Landesbedienstete", opt(&l.lehrkraefte)),
    ];
    let gremien = l
        .gremien
        .iter()
        .map(|g| GremiumZeile {
            name: name(g),
            art: label(&g.art),
            beteiligung: opt_label(g.beteiligung),
            turnus: opt_label(g.turnus),
            schwerpunkte: g.schwerpunkte.clone(),
            sprecher: if g.sprecher.is_empty() {
                OFFEN.into()
            } else {
                g.sprecher.join("; ")
            },
            geschaeftsordnung: ja_nein(g.geschaeftsordnung),
            retrospektive: ja_nein(g.retrospektive),
            berichtet_an: g.berichtet_an.as_ref().map(|id| {
                l.gremien
                    .iter()
                    .find(|o| o.id == *id)
                    .map_or_else(|| id.to_string(), name)
            }),
        })
        .collect();
    section(
        l.nicht_zutreffend.as_ref(),
        true,
        Land { eckdaten, gremien },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_names_the_one_it_reports_to_and_open_values_stay_open() {
        let p: Plan = toml::from_str(
            r#"
formatversion = 1
[plan]
titel = "T"
[land]
spitzenverband = { name = "Städtetag", mitglied = false }
[[land.gremien]]
id = "sg"
art = "steuergruppe"
name = "Steuerungskreis"
[[land.gremien]]
id = "ag"
art = "arbeitsgruppe"
berichtet_an = "sg"
"#,
        )
        .unwrap();
        let l = land(&p).inhalt;
        assert_eq!(
            l.gremien[1].berichtet_an.as_deref(),
            Some("Steuerungskreis")
        );
        assert_eq!(l.gremien[1].name, "Arbeitsgruppe");
        assert_eq!(l.gremien[0].beteiligung, OFFEN);
        let verband = l
            .eckdaten
            .iter()
            .find(|e| e.name == "Kommunaler Spitzenverband");
        assert_eq!(verband.unwrap().wert, "Städtetag; kein Mitglied");
        let schulaufsicht = &l.eckdaten[0];
        assert_eq!(schulaufsicht.wert, OFFEN);
    }
}
