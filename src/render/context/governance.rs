//! Chapter Zusammenarbeit und Steuerung: the formats between Schulträger and schools, grouped
//! as the Handreichung describes them (strategic, operational, support, knowledge and
//! information, feedback), and the contacts.

use serde::Serialize;

use crate::model::Plan;
use crate::model::governance::{Format, FormatArt, FormatGruppe};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct Governance {
    /// All formats, in the plan's order (the Sprechstunde once).
    pub formate: Vec<FormatZeile>,
    /// The same formats by group, groups without formats left out.
    pub gruppen: Vec<FormatGruppeZeile>,
    pub ansprechpartner: Vec<AnsprechpartnerZeile>,
}

#[derive(Debug, Serialize)]
pub struct FormatGruppeZeile {
    pub titel: String,
    pub formate: Vec<FormatZeile>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FormatZeile {
    pub titel: String,
    pub art: String,
    /// Whether to show the art beside the title: only when the title does not already name it.
    pub art_zeigen: bool,
    pub turnus: String,
    /// Turnus, Zeit and Form in one: „wöchentlich; Mittwoch 14–15 Uhr; online“.
    pub termin: String,
    /// Termin oder Zeitfenster; `None` when the plan names none.
    pub zeit: Option<String>,
    pub form: Option<String>,
    pub teilnehmende: String,
    pub organisation: String,
    pub ziel: Option<RichText>,
    pub auswertung: Option<RichText>,
}

#[derive(Debug, Serialize)]
pub struct AnsprechpartnerZeile {
    pub rolle: String,
    pub name: String,
    pub organisation: String,
    pub kontakt: String,
}

/// A group's heading in the document.
fn gruppentitel(g: FormatGruppe) -> &'static str {
    match g {
        FormatGruppe::Strategisch => "Strategische Formate",
        FormatGruppe::Operativ => "Operative Formate",
        FormatGruppe::Support => "Support",
        FormatGruppe::WissenUndInformation => "Wissen und Information",
        FormatGruppe::Feedback => "Feedback",
        FormatGruppe::Sonstige => "Weitere Formate",
    }
}

/// Whether a title already names the art („Runder Tisch Schul-IT Musterstadt“ names „Runder
/// Tisch“), so that „(Runder Tisch)“ after it would repeat it.
fn nennt_art(titel: &str, art: &str) -> bool {
    titel.to_lowercase().contains(&art.to_lowercase())
}

/// Turnus, time and form in one cell; open when none is known.
fn termin(
    turnus: Option<crate::model::governance::Turnus>,
    zeit: Option<&str>,
    form: Option<&str>,
) -> String {
    teile([
        turnus.map(|t| label(&t)),
        zeit.map(str::to_string),
        form.map(str::to_string),
    ])
}

fn zeile(f: &Format, p: &Plan) -> FormatZeile {
    let art = label(&f.art);
    let titel = f.titel.clone().unwrap_or_else(|| art.clone());
    // The Sprechstunde is one, wherever the plan writes its details (see `Plan::sprechstunde`).
    let sp = (f.art == FormatArt::Sprechstunde)
        .then(|| p.sprechstunde())
        .flatten()
        .filter(|s| s.format.is_some_and(|x| std::ptr::eq(x, f)));
    let (turnus, zeit, form) = match sp {
        Some(s) => (s.turnus(), s.zeit(), s.form()),
        None => (f.turnus, f.zeit.as_deref(), f.form.as_deref()),
    };
    FormatZeile {
        termin: termin(turnus, zeit, form),
        art_zeigen: !nennt_art(&titel, &art),
        titel,
        art,
        turnus: opt_label(turnus),
        zeit: zeit.map(str::to_string),
        form: form.map(str::to_string),
        teilnehmende: if f.teilnehmende.is_empty() {
            OFFEN.into()
        } else {
            f.teilnehmende.join(", ")
        },
        organisation: opt(&f.organisation),
        ziel: rich(&f.ziel),
        auswertung: rich(&f.auswertung),
    }
}

/// The Sprechstunde written only under `[support.sprechstunde]`, shown as a format.
fn sprechstunde_aus_support(p: &Plan) -> Option<(FormatGruppe, FormatZeile)> {
    let s = p.sprechstunde().filter(|s| s.format.is_none())?;
    let titel = "Schul-IT-Sprechstunde".to_string();
    Some((
        FormatGruppe::Support,
        FormatZeile {
            termin: termin(s.turnus(), s.zeit(), s.form()),
            art_zeigen: false,
            art: label(&FormatArt::Sprechstunde),
            titel,
            turnus: opt_label(s.turnus()),
            zeit: s.zeit().map(str::to_string),
            form: s.form().map(str::to_string),
            teilnehmende: OFFEN.into(),
            organisation: OFFEN.into(),
            ziel: None,
            auswertung: None,
        },
    ))
}

pub(super) fn governance(p: &Plan) -> Abschnitt<Governance> {
    let leer = || Governance {
        formate: Vec::new(),
        gruppen: Vec::new(),
        ansprechpartner: Vec::new(),
    };
    let Some(g) = &p.governance else {
        // A Sprechstunde under `[support]` alone still shows here.
        let Some((gruppe, z)) = sprechstunde_aus_support(p) else {
            return section(None, false, leer());
        };
        let mut inhalt = leer();
        inhalt.gruppen.push(FormatGruppeZeile {
            titel: gruppentitel(gruppe).into(),
            formate: vec![z.clone()],
        });
        inhalt.formate.push(z);
        return section(None, true, inhalt);
    };
    let mut alle: Vec<(FormatGruppe, FormatZeile)> = Vec::new();
    let mut sprechstunde_gezeigt = false;
    for f in &g.formate {
        if f.art == FormatArt::Sprechstunde {
            // Only the first one is the plan's Sprechstunde (the others are shown as written).
            sprechstunde_gezeigt = true;
        }
        alle.push((f.art.gruppe(), zeile(f, p)));
    }
    if !sprechstunde_gezeigt && let Some(z) = sprechstunde_aus_support(p) {
        alle.push(z);
    }
    let mut gruppen: Vec<FormatGruppeZeile> = Vec::new();
    let mut reihenfolge: Vec<FormatGruppe> = alle.iter().map(|(g, _)| *g).collect();
    reihenfolge.sort();
    reihenfolge.dedup();
    for gr in reihenfolge {
        gruppen.push(FormatGruppeZeile {
            titel: gruppentitel(gr).into(),
            formate: alle
                .iter()
                .filter(|(g, _)| *g == gr)
                .map(|(_, z)| z.clone())
                .collect(),
        });
    }
    let formate = alle.into_iter().map(|(_, z)| z).collect();
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
            gruppen,
            ansprechpartner,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(extra: &str) -> Plan {
        toml::from_str(&format!(
            "formatversion = 1\n[plan]\ntitel = \"T\"\n[leitplanken]\nnicht_zutreffend = \"x\"\n{extra}"
        ))
        .unwrap()
    }

    const FORMATE: &str = r#"
[[governance.formate]]
id = "rt"
art = "runder_tisch"
turnus = "halbjaehrlich"
[[governance.formate]]
id = "umfrage"
art = "feedback"
auswertung = "Der Runde Tisch berät die Ergebnisse."
[[governance.formate]]
id = "sprechstunde"
art = "sprechstunde"
zeit = "Mittwoch 14 Uhr"
"#;

    #[test]
    fn formats_are_grouped_and_the_sprechstunde_shows_once_with_both_places_merged() {
        let p = plan(&format!(
            "[support.sprechstunde]\nturnus = \"woechentlich\"\nform = \"online\"\n{FORMATE}"
        ));
        let g = governance(&p).inhalt;
        let titel: Vec<&str> = g.gruppen.iter().map(|g| g.titel.as_str()).collect();
        assert_eq!(titel, ["Strategische Formate", "Support", "Feedback"]);
        assert_eq!(g.formate.len(), 3);
        let sp = &g.gruppen[1].formate[0];
        assert_eq!(sp.termin, "wöchentlich; Mittwoch 14 Uhr; online");
        assert!(g.gruppen[2].formate[0].auswertung.is_some());
    }

    #[test]
    fn a_sprechstunde_under_support_alone_is_shown_as_a_format() {
        let p = plan("[support.sprechstunde]\nturnus = \"monatlich\"\n[governance]\n");
        let g = governance(&p).inhalt;
        assert_eq!(g.formate.len(), 1);
        assert_eq!(g.gruppen[0].titel, "Support");
        assert_eq!(g.formate[0].termin, "monatlich");
        let ohne = plan("[support.sprechstunde]\nturnus = \"monatlich\"\n");
        assert_eq!(governance(&ohne).inhalt.formate.len(), 1);
    }

    #[test]
    fn the_art_is_shown_only_when_the_title_does_not_name_it() {
        assert!(nennt_art(
            "Runder Tisch Schul-IT Musterstadt",
            "Runder Tisch"
        ));
        assert!(!nennt_art(
            "Jahresgespräch",
            "Schulgespräch (mit jeder Schule)"
        ));
        assert!(nennt_art("Schul-IT-Sprechstunde", "Sprechstunde"));
    }
}
