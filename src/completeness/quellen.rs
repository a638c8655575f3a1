//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.

use super::checklist::Section;

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[
    (
        "software",
        "datenschutz",
        "Art. 28 DSGVO (Auftragsverarbeitung) und Art. 35 DSGVO (Datenschutz-Folgenabschätzung); Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Datenschutz und IT-Sicherheit sind von großer Bedeutung.“",
    ),
    (
        "fortbildung",
        "technisch",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit“: „Dabei geht es vor allem um die Schulung mit den technischen Geräten […] Technische Schulungen sollten regelmäßig stattfinden und praxisorientiert sein.“",
    ),
    (
        "fortbildung",
        "paedagogisch",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit“: „… und nicht fachspezifische Weiterbildungsangebote, die dem Land obliegen.“; „Formen und Formate der Zusammenarbeit“ (Runder Tisch, Aus der Praxis): „wo das Medienpädagogische Zentrum die Schulen unterstützen kann“",
    ),
    (
        "fortbildung",
        "bedarf_tickets",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“, Schul-IT-Arbeitstreffen: „Analyse des Ticketaufkommens, ggf. Ableitung von Schulungsbedarfen für die einzelne Schule“",
    ),
    (
        "datenschutz",
        "landesrecht",
        "Handreichung, „Einleitung – Die Ausgangslage“, Fußnote 1: „Hier sind die individuellen Regelungen zum Datenschutz in den jeweiligen Bundesländern zu bedenken, da es hier keine einheitlichen Standards gibt.“",
    ),
    (
        "datenschutz",
        "wege",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit“: „Schulträger sind verpflichtet, sicherzustellen, dass Schulen alle notwendigen Datenschutzmaßnahmen einhalten und die IT-Sicherheitsstandards umsetzen.“; LMZ Baden-Württemberg: Maßnahmen verbindlich, mit Umsetzungszeitplan",
    ),
    (
        "datenschutz",
        "av_vertraege",
        "Art. 28 DSGVO (Auftragsverarbeiter: Vertrag oder anderes Rechtsinstrument, Abs. 3)",
    ),
    (
        "datenschutz",
        "dsfa",
        "Art. 35 Abs. 1 DSGVO (Datenschutz-Folgenabschätzung vorab)",
    ),
];

/// The source of a checklist item, if one is recorded.
pub fn quelle(section: Section, item: &str) -> Option<&'static str> {
    QUELLEN
        .iter()
        .find(|(s, i, _)| *s == section.key() && *i == item)
        .map(|(_, _, q)| *q)
}
