//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.

use super::checklist::Section;

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[
    (
        "governance",
        "wissen",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: Ansprechpartner-Übersicht; „Vom Intranet und Ablagesystem zum Wissensmanagement“",
    ),
    (
        "governance",
        "information",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: „Informationsveranstaltungen für Lehrkräfte“",
    ),
    (
        "governance",
        "feedback",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: Feedback-Mechanismen, „Das gesammelte Feedback sollte systematisch ausgewertet und zur kontinuierlichen Verbesserung der IT-Dienstleistungen genutzt werden“",
    ),
    (
        "land",
        "schulaufsicht",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land“ – Schul-IT Governance: „das funktionale Zusammenspiel zwischen den verschiedenen Ebenen, namentlich den Schulen, den Schulträgern und der Schulaufsicht/Land“",
    ),
    (
        "land",
        "ansprechperson",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land“ – Hinweise: „Proaktive Benennung einer Ansprechperson für Schul-IT“",
    ),
    (
        "land",
        "spitzenverband",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land“ – Hinweise: „Ein erster Schritt für Schulträger bzw. Kommunen ohne Mitgliedschaft im passenden Verband wäre es, zu bewerten und zu entscheiden, ob eine Mitgliedschaft sinnvoll ist“",
    ),
    (
        "land",
        "gremien",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land“ – Schul-IT Governance und Formen und Formate der Zusammenarbeit: Steuergruppe, Arbeitsgruppen, Fachtage",
    ),
    (
        "land",
        "lehrkraefte",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land“: „Die Trennung zwischen pädagogischer Aufsicht durch das Land und technischer Aufsicht durch die Schulträger“",
    ),
];

/// The source of a checklist item, if one is recorded.
pub fn quelle(section: Section, item: &str) -> Option<&'static str> {
    QUELLEN
        .iter()
        .find(|(s, i, _)| *s == section.key() && *i == item)
        .map(|(_, _, q)| *q)
}
