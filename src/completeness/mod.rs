//! Completeness: a score per section and overall (0–100 %) over the documented checklist
//! in `checklist`; a section waived with `nicht_zutreffend` counts as answered.

pub mod checklist;
mod datenschutz_fortbildung;
pub mod quellen;

use serde::Serialize;

use crate::model::Plan;
use checklist::{CHECKLIST, Section};

/// One open item of the checklist.
#[derive(Debug, Clone, Serialize)]
pub struct Open {
    pub section: &'static str,
    pub item: &'static str,
    pub label_de: &'static str,
    pub label_en: &'static str,
    /// Entities the item is missing for (school or measure ids), if it is about each of them.
    pub missing: Vec<String>,
}

/// The completeness of one plan.
#[derive(Debug, Clone, Serialize)]
pub struct Completeness {
    pub overall: u8,
    /// Score per section, in the order of the plan format.
    pub sections: Vec<(&'static str, u8)>,
    pub open: Vec<Open>,
}

/// Floor of the percentage, so that 100 means nothing is open.
fn percent(done: usize, total: usize) -> u8 {
    (done * 100).checked_div(total).map_or(100, |p| p as u8)
}

/// Assess a plan against the checklist.
pub fn assess(plan: &Plan) -> Completeness {
    let mut open = Vec::new();
    let mut sections = Vec::new();
    let (mut done_all, mut total_all) = (0, 0);
    for section in Section::ALL {
        let waived = section.waived(plan);
        let (mut done, mut total) = (0, 0);
        for item in CHECKLIST.iter().filter(|i| i.section == section) {
            total += 1;
            match if waived { Ok(()) } else { (item.check)(plan) } {
                Ok(()) => done += 1,
                Err(missing) => open.push(Open {
                    section: section.key(),
                    item: item.id,
                    label_de: item.label_de,
                    label_en: item.label_en,
                    missing,
                }),
            }
        }
        if total > 0 {
            sections.push((section.key(), percent(done, total)));
        }
        done_all += done;
        total_all += total;
    }
    Completeness {
        overall: percent(done_all, total_all),
        sections,
        open,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Open items of the guardrail section.
    fn open_items(toml: &str) -> Vec<&'static str> {
        let plan: Plan = toml::from_str(toml).unwrap();
        assess(&plan)
            .open
            .iter()
            .filter(|o| o.section == "leitplanken")
            .map(|o| o.item)
            .collect()
    }

    const KOPF: &str = "formatversion = 1\n[plan]\ntitel = \"T\"\n";

    #[test]
    fn the_student_device_guardrail_asks_only_for_the_stages_the_plan_has() {
        let gymnasium = "[[schulen]]\nid = \"gym\"\nname = \"G\"\nschulform = \"gymnasium\"\n";
        let grundschule = "[[schulen]]\nid = \"gs\"\nname = \"GS\"\nschulform = \"grundschule\"\n";
        let nur_weiterfuehrend =
            "[leitplanken.schuelergeraete]\nweiterfuehrend = \"eins_zu_eins\"\n";
        let kreis = format!("{KOPF}{nur_weiterfuehrend}{gymnasium}");
        assert!(!open_items(&kreis).contains(&"schuelergeraete"));
        let stadt = format!("{KOPF}{nur_weiterfuehrend}{gymnasium}{grundschule}");
        assert!(open_items(&stadt).contains(&"schuelergeraete"));
        let ohne_schulen = format!("{KOPF}{nur_weiterfuehrend}");
        assert!(open_items(&ohne_schulen).contains(&"schuelergeraete"));
    }

    /// What a school item still misses, by entry id.
    fn schulen_offen(toml: &str, item: &str) -> Vec<String> {
        let plan: Plan = toml::from_str(&format!("{KOPF}{toml}")).unwrap();
        assess(&plan)
            .open
            .into_iter()
            .find(|o| o.section == "schulen" && o.item == item)
            .map(|o| o.missing)
            .unwrap_or_default()
    }

    #[test]
    fn a_group_of_schools_is_not_asked_for_one_school_number_or_date() {
        let schulen = "[[schulen]]\nid = \"gs\"\nname = \"Grundschulen\"\nschulform = \"grundschule\"\nanzahl_schulen = 14\nmedienkonzept = { vorhanden = true }\n\
                       [[schulen]]\nid = \"rs\"\nname = \"RS\"\nschulform = \"realschule\"\nmedienkonzept = { vorhanden = true }\n";
        assert_eq!(schulen_offen(schulen, "schulnummer"), ["rs"]);
        assert_eq!(schulen_offen(schulen, "medienkonzept"), ["rs"]);
    }

    fn beschluss_offen(toml: &str) -> Option<Vec<String>> {
        let plan: Plan = toml::from_str(&format!("{KOPF}{toml}")).unwrap();
        assess(&plan)
            .open
            .into_iter()
            .find(|o| o.section == "plan" && o.item == "beschluss")
            .map(|o| o.missing)
    }

    /// E115 retired: an adopted plan without a documented decision is an open item.
    #[test]
    fn an_adopted_plan_documents_body_and_date_of_its_decision() {
        let beschlossen = "status = \"beschlossen\"\n";
        assert_eq!(beschluss_offen(beschlossen), Some(vec![]));
        assert_eq!(beschluss_offen("status = \"entwurf\"\n"), None);
        let vollstaendig = "[plan.beschluss]\ngremium = \"Rat\"\ndatum = \"2026-03-15\"\n";
        assert_eq!(
            beschluss_offen(&format!("{beschlossen}{vollstaendig}")),
            None
        );
        let ohne_datum = "[[plan.beschluesse]]\nart = \"kenntnisnahme\"\ngremium = \"Schulausschuss\"\ndatum = \"2021-05\"\n\
                          [[plan.beschluesse]]\nart = \"beschluss\"\ngremium = \"Rat\"\n";
        assert_eq!(
            beschluss_offen(&format!("{beschlossen}{ohne_datum}")),
            Some(vec!["beschluesse[#2]".to_string()])
        );
        let nur_kenntnis =
            "[[plan.beschluesse]]\nart = \"kenntnisnahme\"\ngremium = \"Rat\"\ndatum = 2021\n";
        assert_eq!(
            beschluss_offen(&format!("{beschlossen}{nur_kenntnis}")),
            Some(vec![])
        );
        let monat =
            "[[plan.beschluesse]]\nart = \"beschluss\"\ngremium = \"Rat\"\ndatum = \"2021-06\"\n";
        assert_eq!(beschluss_offen(&format!("{beschlossen}{monat}")), None);
    }

    /// The guardrail items of the checklist name each guardrail as `labels` does.
    #[test]
    fn guardrail_items_use_the_guardrail_names() {
        for g in &crate::labels::GUARDRAILS {
            let item = CHECKLIST
                .iter()
                .find(|i| i.section == Section::Leitplanken && i.id == g.key)
                .unwrap_or_else(|| panic!("no checklist item for {}", g.key));
            assert!(item.label_de.contains(g.title.de), "{}", item.label_de);
            assert!(item.label_en.contains(g.title.en), "{}", item.label_en);
        }
    }

    /// Open items of the cooperation section, with what they are missing for.
    fn kooperation_offen(toml: &str) -> Vec<(&'static str, Vec<String>)> {
        let plan: Plan = toml::from_str(&format!("{KOPF}{toml}")).unwrap();
        assess(&plan)
            .open
            .into_iter()
            .filter(|o| o.section == "kooperation")
            .map(|o| (o.item, o.missing))
            .collect()
    }

    #[test]
    fn cooperation_is_answered_by_agreements_or_by_the_result_of_checking() {
        let items = |t: &str| -> Vec<&str> { kooperation_offen(t).iter().map(|o| o.0).collect() };
        assert_eq!(items(""), ["geprueft", "ziele", "themen"]);
        assert_eq!(items("[kooperation]\n"), ["geprueft", "ziele", "themen"]);
        // A Schulträger that does not cooperate says so: nothing else applies.
        assert!(items("[kooperation]\ngeprueft = \"geprüft, kein Partner\"\n").is_empty());
        assert!(items("[kooperation]\nnicht_zutreffend = \"freier Träger\"\n").is_empty());
        // An agreement only examined leaves the goals to the result of checking.
        let nur_geprueft = "[kooperation]\ngeprueft = \"verworfen\"\n\
            [[kooperation.vereinbarungen]]\nid = \"zv\"\ntitel = \"ZV\"\nform = \"zweckverband\"\n\
            themen = [\"support\"]\nstatus = \"geprueft\"\n";
        assert!(items(nur_geprueft).is_empty());
        // An agreement in place needs goals, and topics of its own.
        let besteht = "[[kooperation.vereinbarungen]]\nid = \"ak\"\ntitel = \"AK\"\n\
            form = \"arbeitskreis\"\nstatus = \"besteht\"\n";
        assert_eq!(
            kooperation_offen(&format!("[kooperation]\n{besteht}")),
            [("ziele", vec![]), ("themen", vec!["ak".to_string()])]
        );
        let vollstaendig = format!(
            "[kooperation]\nziele = [\"erfahrungsaustausch\"]\n{besteht}themen = [\"datenschutz\"]\n"
        );
        assert!(items(&vollstaendig).is_empty());
    }

    /// What an item still misses, or `None` when it is answered.
    fn offen(toml: &str, section: &str, item: &str) -> Option<Vec<String>> {
        let plan: Plan = toml::from_str(&format!("{KOPF}{toml}")).unwrap();
        assess(&plan)
            .open
            .into_iter()
            .find(|o| o.section == section && o.item == item)
            .map(|o| o.missing)
    }

    #[test]
    fn a_waived_guardrail_is_decided_and_its_reason_is_its_rationale() {
        let waived = "[leitplanken.schulbuecher]\nnicht_zutreffend = \"Das Land legt die Lernmittel fest.\"\n";
        assert_eq!(offen(waived, "leitplanken", "schulbuecher"), None);
        let b = offen(waived, "leitplanken", "begruendungen").unwrap();
        assert!(!b.contains(&"schulbuecher".to_string()), "{b:?}");
        assert!(b.contains(&"netz".to_string()), "{b:?}");
        let leer = "[leitplanken.schulbuecher]\nnicht_zutreffend = \" \"\n";
        assert_eq!(offen(leer, "leitplanken", "schulbuecher"), Some(vec![]));
        let praes =
            "[leitplanken.praesentation]\nnicht_zutreffend = \"Alle Räume sind ausgestattet.\"\n";
        assert_eq!(offen(praes, "leitplanken", "praesentation"), None);
    }

    #[test]
    fn a_media_centre_is_named_or_waived_with_a_reason() {
        assert_eq!(offen("", "plan", "medienzentrum"), Some(vec![]));
        let ohne_name = "[plan.medienzentrum]\nrolle = \"Beratung\"\n";
        assert_eq!(offen(ohne_name, "plan", "medienzentrum"), Some(vec![]));
        let named = "[plan.medienzentrum]\nname = \"Kreismedienzentrum\"\n";
        assert_eq!(offen(named, "plan", "medienzentrum"), None);
        let waived = "[plan.medienzentrum]\nnicht_zutreffend = \"Es gibt keins.\"\n";
        assert_eq!(offen(waived, "plan", "medienzentrum"), None);
        let it = "[plan.it_dienstleister]\nnicht_zutreffend = \"Die Gemeinde betreut selbst.\"\n";
        assert_eq!(offen(it, "plan", "it_dienstleister"), None);
    }

    #[test]
    fn every_goal_has_a_measure_and_every_measure_a_goal_once_there_are_goals() {
        let massnahmen = "[[massnahmen]]\nid = \"m1\"\ntitel = \"M1\"\nziele = [\"z1\"]\n\
                          [[massnahmen]]\nid = \"m2\"\ntitel = \"M2\"\n";
        // Without goals the measures are not asked for one; the Zielbild asks for goals.
        assert_eq!(offen(massnahmen, "massnahmen", "ziele"), None);
        assert_eq!(offen(massnahmen, "zielbild", "ziele"), Some(vec![]));
        let ziele = "[zielbild]\nvision = \"V\"\n[[zielbild.ziele]]\nid = \"z1\"\ntitel = \"Z1\"\n\
                     [[zielbild.ziele]]\nid = \"z2\"\ntitel = \"Z2\"\n";
        let plan = format!("{ziele}{massnahmen}");
        assert_eq!(
            offen(&plan, "massnahmen", "ziele"),
            Some(vec!["m2".to_string()])
        );
        assert_eq!(
            offen(&plan, "zielbild", "massnahmen"),
            Some(vec!["z2".to_string()])
        );
        assert_eq!(offen(&plan, "zielbild", "vision"), None);
        assert_eq!(offen(&plan, "zielbild", "mission"), Some(vec![]));
        let waived =
            "[zielbild]\nnicht_zutreffend = \"Das Zielbild steht im Schulentwicklungsplan.\"\n";
        assert_eq!(
            offen(&format!("{waived}{massnahmen}"), "massnahmen", "ziele"),
            None
        );
        assert_eq!(offen(waived, "zielbild", "ziele"), None);
    }
}
