//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.

use super::checklist::Section;

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[
    (
        "kooperation",
        "geprueft",
        "Handreichung, „Abstimmungen und Zusammenwirken zwischen Schulträgern – Ziele der Zusammenarbeit“ (Synergien heben, interkommunale Zusammenarbeit) und „Vereinbarungen zu Service und Support“ („Prüfung von Möglichkeiten zur interkommunalen Zusammenarbeit“)",
    ),
    (
        "kooperation",
        "ziele",
        "Handreichung, „Abstimmungen und Zusammenwirken zwischen Schulträgern – Ziele der Zusammenarbeit“: Kosteneffizienz, Qualitätsverbesserung, Erfahrungsaustausch",
    ),
    (
        "kooperation",
        "themen",
        "Handreichung, „Abstimmungen und Zusammenwirken zwischen Schulträgern – Themen der Zusammenarbeit“; „Formen und Formate der Zusammenarbeit“: Handlungsfelder als Inhalt des Vertrags",
    ),
];

/// The source of a checklist item, if one is recorded.
pub fn quelle(section: Section, item: &str) -> Option<&'static str> {
    QUELLEN
        .iter()
        .find(|(s, i, _)| *s == section.key() && *i == item)
        .map(|(_, _, q)| *q)
}
