//! The sections of the plan and of its document, with their titles in German and English.
//! The diff, the Synopse, the completeness checklist and the document's appendix all name a
//! section by these titles.

use super::Name;

/// `(key, German, English)`: the plan's top-level sections, the three domains of the target
/// architecture (sections of the checklist and the document) and the document's cost chapter.
const SECTIONS: &[(&str, &str, &str)] = &[
    ("formatversion", "Dateiformat", "File format"),
    ("plan", "Angaben zum Plan", "About the plan"),
    ("schulen", "Schulen", "Schools"),
    ("zielbild", "Zielbild", "Vision and goals"),
    (
        "leitplanken",
        "Pädagogische Leitplanken",
        "Pedagogical guardrails",
    ),
    ("zielarchitektur", "Zielarchitektur", "Target architecture"),
    ("software", "Software und Inhalte", "Software and content"),
    (
        "infrastruktur",
        "Infrastruktur und zentrale Dienste",
        "Infrastructure and central services",
    ),
    ("hardware", "Hardware", "Hardware"),
    ("support", "Service und Support", "Service and support"),
    (
        "governance",
        "Zusammenarbeit und Steuerung",
        "Cooperation and governance",
    ),
    (
        "kooperation",
        "Zusammenarbeit mit anderen Schulträgern",
        "Cooperation with other Schulträger",
    ),
    (
        "land",
        "Zusammenarbeit mit dem Land",
        "Cooperation with the Land",
    ),
    ("fortbildung", "Fortbildung", "Training"),
    (
        "datenschutz",
        "Datenschutz und IT-Sicherheit",
        "Data protection and IT security",
    ),
    ("massnahmen", "Maßnahmen", "Measures"),
    ("finanzierung", "Finanzierung", "Funding"),
    ("kosten", "Kosten", "Costs"),
    (
        "evaluation",
        "Evaluation und Fortschreibung",
        "Evaluation and updating",
    ),
];

/// The top-level sections of a plan file, in the order of the format.
pub const PLAN_SECTIONS: [&str; 15] = [
    "formatversion",
    "plan",
    "schulen",
    "zielbild",
    "leitplanken",
    "zielarchitektur",
    "support",
    "governance",
    "kooperation",
    "land",
    "fortbildung",
    "datenschutz",
    "massnahmen",
    "finanzierung",
    "evaluation",
];

/// The title of a section, if it is one.
pub fn section(key: &str) -> Option<Name> {
    SECTIONS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|&(_, de, en)| Name { de, en })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::completeness::checklist::Section;

    #[test]
    fn every_section_of_the_plan_and_the_checklist_has_both_titles() {
        let keys = PLAN_SECTIONS
            .into_iter()
            .chain(Section::ALL.into_iter().map(Section::key));
        for k in keys {
            let n = section(k).unwrap_or_else(|| panic!("section {k} has no title"));
            assert!(!n.de.is_empty() && !n.en.is_empty() && n.de != k, "{k}");
        }
    }
}
