//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.

use super::checklist::Section;

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[
    (
        "support",
        "land",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“: „klare Regelungen zur möglichen Aufgaben- und Kostenteilung zwischen dem Land und den Schulträgern“",
    ),
    (
        "support",
        "leistungen",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“: „die erforderlichen Support- und Serviceleistungen sowie den damit verbundenen Aufwand sorgfältig zu erheben“",
    ),
    (
        "support",
        "loesungszeiten",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“: „klare Regelungen“; eine Priorität ohne Lösungszeit regelt nur die Reaktion",
    ),
    (
        "support",
        "pflichten_schule",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“: Aufgabenteilung; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“",
    ),
    (
        "support",
        "eskalation",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Schul-IT-Arbeitstreffen, Runder Tisch)",
    ),
    (
        "support",
        "gueltigkeit",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“; Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Schul-IT Governance“: „Festlegung von Zeitpunkten und definierten Verfahren für die Evaluation“",
    ),
    (
        "support",
        "interkommunal",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“: „Prüfung von Möglichkeiten zur interkommunalen Zusammenarbeit“",
    ),
];

/// The source of a checklist item, if one is recorded.
pub fn quelle(section: Section, item: &str) -> Option<&'static str> {
    QUELLEN
        .iter()
        .find(|(s, i, _)| *s == section.key() && *i == item)
        .map(|(_, _, q)| *q)
}
