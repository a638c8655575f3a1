//! Section Zusammenarbeit mit anderen Schulträgern (in the chapter Zusammenarbeit und
//! Steuerung): goals, the result of checking, the agreements and, per formal agreement, the
//! contract elements the Handreichung lists (open ones as „offen“).

use serde::Serialize;

use crate::model::Plan;
use crate::model::kooperation::{Kostenanteil, Vereinbarung};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, Eintrag, OFFEN, eintrag, section};

/// Shown for a contract element a formal agreement leaves open.
const VERTRAG_OFFEN: &str = "offen";

#[derive(Debug, Serialize)]
pub struct Kooperation {
    /// The goals by name, e.g. „Kosteneffizienz“.
    pub ziele: Vec<String>,
    pub geprueft: Option<RichText>,
    pub vereinbarungen: Vec<VereinbarungZeile>,
}

#[derive(Debug, Serialize)]
pub struct VereinbarungZeile {
    pub id: String,
    pub titel: String,
    /// Form, with the realisation where given: „öffentlich-rechtliche Vereinbarung
    /// (mandatiert)“.
    pub form: String,
    pub formell: bool,
    pub partner: String,
    pub themen: String,
    pub seit: String,
    pub status: String,
    pub beschreibung: Option<RichText>,
    /// Contract elements of a formal agreement (Handreichung), in its order; empty for an
    /// informal one.
    pub vertrag: Vec<Eintrag>,
}

pub(super) fn kooperation(p: &Plan) -> Abschnitt<Kooperation> {
    let Some(k) = &p.kooperation else {
        return section(
            None,
            false,
            Kooperation {
                ziele: Vec::new(),
                geprueft: None,
                vereinbarungen: Vec::new(),
            },
        );
    };
    section(
        k.nicht_zutreffend.as_ref(),
        true,
        Kooperation {
            ziele: k.ziele.iter().map(label).collect(),
            geprueft: rich(&k.geprueft),
            vereinbarungen: k.vereinbarungen.iter().map(zeile).collect(),
        },
    )
}

fn zeile(v: &Vereinbarung) -> VereinbarungZeile {
    let form = match v.realisierung {
        Some(r) => format!("{} ({})", label(&v.form), label(&r)),
        None => label(&v.form),
    };
    let liste = |xs: Vec<String>| {
        if xs.is_empty() {
            OFFEN.to_string()
        } else {
            xs.join(", ")
        }
    };
    let vertrag = if v.form.formell() {
        vertrag(v)
    } else {
        Vec::new()
    };
    VereinbarungZeile {
        id: v.id.to_string(),
        titel: v.titel.clone(),
        form,
        formell: v.form.formell(),
        partner: liste(v.partner.clone()),
        themen: liste(v.themen.iter().map(label).collect()),
        seit: v.seit.map_or_else(|| OFFEN.to_string(), zeitpunkt),
        status: opt_label(v.status),
        beschreibung: rich(&v.beschreibung),
        vertrag,
    }
}

/// The contract elements in the Handreichung's order: Handlungsfelder, Kooperationsdauer,
/// Ressourcen, Stimm- und Beteiligungsrechte, Kostenbeteiligung.
fn vertrag(v: &Vereinbarung) -> Vec<Eintrag> {
    let text = |s: &Option<String>| {
        s.as_ref()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| VERTRAG_OFFEN.to_string())
    };
    let themen = if v.themen.is_empty() {
        VERTRAG_OFFEN.to_string()
    } else {
        v.themen.iter().map(label).collect::<Vec<_>>().join(", ")
    };
    let laufzeit_text = v.laufzeit.as_ref().filter(|s| !s.trim().is_empty());
    let dauer = match (laufzeit_text, v.bis) {
        (Some(t), Some(b)) => format!("{t} (bis {})", zeitpunkt(b)),
        (Some(t), None) => t.clone(),
        (None, Some(b)) => format!("bis {}", zeitpunkt(b)),
        (None, None) => VERTRAG_OFFEN.to_string(),
    };
    let kosten = match &v.kostenanteil {
        Some(Kostenanteil::Prozent(p)) => format!("Anteil des Schulträgers: {}", prozent(Some(*p))),
        Some(Kostenanteil::Text(t)) if !t.trim().is_empty() => t.clone(),
        _ => VERTRAG_OFFEN.to_string(),
    };
    vec![
        eintrag("Handlungsfelder", themen),
        eintrag("Kooperationsdauer", dauer),
        eintrag("Notwendige Ressourcen", text(&v.ressourcen)),
        eintrag("Stimm- und Beteiligungsrechte", text(&v.stimmrechte)),
        eintrag("Kostenbeteiligung", kosten),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kontext(toml: &str) -> Abschnitt<Kooperation> {
        let plan: Plan =
            toml::from_str(&format!("formatversion = 1\n[plan]\ntitel = \"T\"\n{toml}")).unwrap();
        kooperation(&plan)
    }

    #[test]
    fn a_formal_agreement_shows_its_contract_elements_open_ones_as_offen() {
        let k = kontext(
            "[[kooperation.vereinbarungen]]\nid = \"hd\"\ntitel = \"Helpdesk\"\n\
             form = \"oeffentlich_rechtliche_vereinbarung\"\nrealisierung = \"mandatiert\"\n\
             bis = 2030\nkostenanteil = 40\n",
        );
        let v = &k.inhalt.vereinbarungen[0];
        assert_eq!(v.form, "öffentlich-rechtliche Vereinbarung (mandatiert)");
        assert!(v.formell);
        let werte: Vec<(&str, &str)> = v
            .vertrag
            .iter()
            .map(|e| (e.name.as_str(), e.wert.as_str()))
            .collect();
        assert_eq!(
            werte,
            [
                ("Handlungsfelder", "offen"),
                ("Kooperationsdauer", "bis 2030"),
                ("Notwendige Ressourcen", "offen"),
                ("Stimm- und Beteiligungsrechte", "offen"),
                ("Kostenbeteiligung", "Anteil des Schulträgers: 40 %"),
            ]
        );
        // Unknown is never zero: what an agreement does not say is the open mark.
        assert_eq!((v.partner.as_str(), v.seit.as_str()), (OFFEN, OFFEN));
        assert_eq!(v.status, OFFEN);
    }

    #[test]
    fn an_informal_agreement_has_no_contract_and_a_missing_section_is_not_present() {
        let k = kontext(
            "[kooperation]\nziele = [\"kosten\"]\n[[kooperation.vereinbarungen]]\nid = \"ak\"\n\
             titel = \"AK\"\nform = \"arbeitskreis\"\nthemen = [\"support\", \"beschaffung\"]\nseit = \"2024-05\"\n",
        );
        assert!(k.vorhanden);
        assert_eq!(k.inhalt.ziele, ["Kosteneffizienz"]);
        let v = &k.inhalt.vereinbarungen[0];
        assert!(v.vertrag.is_empty() && !v.formell);
        assert_eq!(v.themen, "Support, Beschaffung und Lizenzmanagement");
        assert_eq!(v.seit, "Mai 2024");
        assert!(!kontext("").vorhanden);
    }
}
