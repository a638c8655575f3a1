//! Checklist items on data protection and training: the plan answers (names the law, the path
//! to each missing arrangement, who is responsible for which training, how needs are found);
//! it need not report a perfect world — W232–W234 name what is missing in it.

use super::checklist::Outcome;
use crate::model::Plan;
use crate::model::datenschutz::{Personenbezug, personenbezug};
use crate::model::fortbildung::FortbildungArt;
use crate::model::support::Akteur;
use crate::model::zielarchitektur::DsfaStatus;

fn ok_or(missing: Vec<String>) -> Outcome {
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing)
    }
}

/// Software `datenschutz`: for each application, whether it processes personal data (stated,
/// or clear from its kind), and for those that do the AV contract and DSFA state.
pub fn anwendungen_datenschutz(p: &Plan) -> Outcome {
    let s = p.software().ok_or_else(Vec::new)?;
    if s.anwendungen.is_empty() {
        return Err(Vec::new());
    }
    ok_or(
        s.anwendungen
            .iter()
            .filter(|a| match personenbezug(a) {
                Personenbezug::Offen => true,
                Personenbezug::Nein => false,
                Personenbezug::Ja | Personenbezug::Angenommen => {
                    a.av_vertrag.is_none() || a.dsfa.is_none()
                }
            })
            .map(|a| a.id.to_string())
            .collect(),
    )
}

/// Datenschutz `landesrecht`: the Land's school data-protection rules are named.
pub fn landesrecht(p: &Plan) -> Outcome {
    let named = p
        .datenschutz
        .as_ref()
        .and_then(|d| d.landesrecht.as_ref())
        .is_some_and(|t| !t.trim().is_empty());
    if named { Ok(()) } else { Err(Vec::new()) }
}

/// Datenschutz `wege`: every missing or planned arrangement has a measure or a date; open per key.
pub fn wege(p: &Plan) -> Outcome {
    let d = p.datenschutz.as_ref().ok_or_else(Vec::new)?;
    ok_or(
        d.regelungen()
            .iter()
            .filter(|(_, r)| r.is_some_and(|r| r.braucht_weg() && !r.hat_weg()))
            .map(|(k, _)| k.to_string())
            .collect(),
    )
}

/// Datenschutz `av_vertraege`: each application with personal data has its AV contract, or
/// the plan names the path to it under `[datenschutz.av_vertraege]`; open per application.
/// Open as a whole without a `[datenschutz]` section: an absent section answers nothing.
pub fn av_vertraege(p: &Plan) -> Outcome {
    let d = p.datenschutz.as_ref().ok_or_else(Vec::new)?;
    let weg = d.av_vertraege.as_ref().is_some_and(|r| r.hat_weg());
    let Some(s) = p.software() else {
        return Err(Vec::new());
    };
    ok_or(
        s.anwendungen
            .iter()
            .filter(|a| personenbezug(a).verarbeitet())
            .filter(|a| match a.av_vertrag {
                Some(true) => false,
                Some(false) => !weg,
                None => true,
            })
            .map(|a| a.id.to_string())
            .collect(),
    )
}

/// Datenschutz `dsfa`: each application whose DSFA is required but not done has a path to it
/// under `[datenschutz.dsfa]`; open per application.
pub fn dsfa(p: &Plan) -> Outcome {
    let d = p.datenschutz.as_ref().ok_or_else(Vec::new)?;
    let weg = d.dsfa.as_ref().is_some_and(|r| r.hat_weg());
    let Some(s) = p.software() else {
        return Err(Vec::new());
    };
    ok_or(
        s.anwendungen
            .iter()
            .filter(|a| a.dsfa == Some(DsfaStatus::Erforderlich) && !weg)
            .map(|a| a.id.to_string())
            .collect(),
    )
}

/// Fortbildung `technisch`: a technical training the Schulträger is responsible for, at a
/// fixed cadence.
pub fn technisch(p: &Plan) -> Outcome {
    let found = p.fortbildung.as_ref().is_some_and(|f| {
        f.angebote.iter().any(|a| {
            a.art == Some(FortbildungArt::Technisch)
                && a.verantwortlich == Some(Akteur::Schultraeger)
                && a.regelmaessig()
        })
    });
    if found { Ok(()) } else { Err(Vec::new()) }
}

/// Fortbildung `paedagogisch`: a pedagogical training named with the Land or the
/// Medienzentrum responsible.
pub fn paedagogisch(p: &Plan) -> Outcome {
    let found = p.fortbildung.as_ref().is_some_and(|f| {
        f.angebote.iter().any(|a| {
            a.art == Some(FortbildungArt::Paedagogisch)
                && matches!(a.verantwortlich, Some(Akteur::Land | Akteur::Medienzentrum))
        })
    });
    if found { Ok(()) } else { Err(Vec::new()) }
}

/// Fortbildung `bedarf_tickets`: training needs are derived from the tickets.
pub fn bedarf_tickets(p: &Plan) -> Outcome {
    if p.fortbildung
        .as_ref()
        .is_some_and(|f| f.bedarf_aus_tickets())
    {
        Ok(())
    } else {
        Err(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(extra: &str) -> Plan {
        let src = format!("formatversion = 1\n[plan]\ntitel = \"T\"\n{extra}");
        toml::from_str(&src).unwrap()
    }

    #[test]
    fn a_missing_av_contract_with_a_path_is_answered() {
        let apps = "[[zielarchitektur.software.anwendungen]]\nid = \"lms\"\nname = \"LMS\"\nkategorie = \"lernplattform\"\nav_vertrag = false\ndsfa = \"durchgefuehrt\"\n";
        let p = plan(apps);
        assert_eq!(av_vertraege(&p), Err(Vec::new()));
        let p = plan(&format!(
            "{apps}[datenschutz]\nverantwortlich = \"Schulleitung\"\n"
        ));
        assert_eq!(av_vertraege(&p), Err(vec!["lms".to_string()]));
        let p = plan(&format!(
            "{apps}[datenschutz.av_vertraege]\nstatus = \"in_arbeit\"\nbis = \"2026-H2\"\n"
        ));
        assert_eq!(av_vertraege(&p), Ok(()));
        // Unknown personal data is open in the software item, and no AV question here.
        let p = plan(
            "[[zielarchitektur.software.anwendungen]]\nid = \"o\"\nname = \"O\"\nkategorie = \"office\"\n[datenschutz]\n",
        );
        assert_eq!(anwendungen_datenschutz(&p), Err(vec!["o".to_string()]));
        assert_eq!(av_vertraege(&p), Ok(()));
    }

    #[test]
    fn paths_are_asked_for_missing_and_planned_arrangements() {
        let p = plan(
            "[datenschutz.netztrennung]\nstatus = \"geplant\"\n[datenschutz.dsfa]\nstatus = \"fehlt\"\nmassnahme = \"x\"\n[datenschutz.loeschkonzept]\nstatus = \"in_arbeit\"\n",
        );
        assert_eq!(wege(&p), Err(vec!["netztrennung".to_string()]));
    }

    #[test]
    fn training_responsibility_follows_the_handreichung() {
        let p = plan(
            "[[fortbildung.angebote]]\nid = \"a\"\nthema = \"Displays\"\nart = \"technisch\"\nverantwortlich = \"schultraeger\"\nturnus = \"bei_bedarf\"\n[[fortbildung.angebote]]\nid = \"b\"\nthema = \"Didaktik\"\nart = \"paedagogisch\"\nverantwortlich = \"schultraeger\"\nanlass = [\"tickets\"]\n",
        );
        // Only on demand is not regular; a pedagogical offer paid by the Schulträger is fine
        // but does not name the Land's part.
        assert!(technisch(&p).is_err());
        assert!(paedagogisch(&p).is_err());
        assert_eq!(bedarf_tickets(&p), Ok(()));
        let p = plan(
            "[[fortbildung.angebote]]\nid = \"a\"\nthema = \"Displays\"\nart = \"technisch\"\nverantwortlich = \"schultraeger\"\nturnus = \"jaehrlich\"\n[[fortbildung.angebote]]\nid = \"b\"\nthema = \"Didaktik\"\nart = \"paedagogisch\"\nverantwortlich = \"medienzentrum\"\n",
        );
        assert_eq!(technisch(&p), Ok(()));
        assert_eq!(paedagogisch(&p), Ok(()));
        assert!(bedarf_tickets(&p).is_err());
    }
}
