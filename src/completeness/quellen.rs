//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.

use super::checklist::Section;

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[
    (
        "plan",
        "it_dienstleister",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Schul-IT Sprechstunden): „gerade kleinere Schulträger, oder solche ohne IT-Dienstleister“ – ein IT-Dienstleister kann fehlen",
    ),
    (
        "plan",
        "medienzentrum",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: „das möglicherweise vorhandene Medienzentrum“; Runder Tisch: „Medienpädagogisches Zentrum kann auch anders benannt, oder gar nicht vorhanden sein“",
    ),
    (
        "zielbild",
        "vision",
        "Handreichung, „Glossar“ (Landesweites Schul-IT-Gesamtkonzept): „Schul-IT Zielbild (Vision, Mission, strategische Ziele)“",
    ),
    (
        "zielbild",
        "mission",
        "Handreichung, „Glossar“ (Landesweites Schul-IT-Gesamtkonzept): „Schul-IT Zielbild (Vision, Mission, strategische Ziele)“",
    ),
    (
        "zielbild",
        "ziele",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit“ (Steuergruppe): „Von den jährlichen Zielen (Vision, Mission, strategische Ziele) sollten Maßnahmen abgeleitet werden“; „weniger ist mehr“",
    ),
    (
        "zielbild",
        "massnahmen",
        "Handreichung, „Glossar“ (Landesweites Schul-IT-Gesamtkonzept): „Schul-IT Zielbild (Vision, Mission, strategische Ziele)“, „um von diesem Zielbild aus konkrete Maßnahmen abzuleiten“",
    ),
    (
        "leitplanken",
        "netz",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "leitplanken",
        "dienste",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "leitplanken",
        "lehrkraftgeraete",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "leitplanken",
        "schuelergeraete",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "leitplanken",
        "praesentation",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "leitplanken",
        "schulbuecher",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "leitplanken",
        "begruendungen",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“ (beispielhafte Leitplanken inkl. Optionen; eine entfallende Leitplanke mit Begründung zählt als beantwortet)",
    ),
    (
        "massnahmen",
        "ziele",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit“ (Steuergruppe): „Von den jährlichen Zielen (Vision, Mission, strategische Ziele) sollten Maßnahmen abgeleitet werden“; LMZ Baden-Württemberg: Maßnahmen aus Zielen abgeleitet",
    ),
];

/// The source of a checklist item, if one is recorded.
pub fn quelle(section: Section, item: &str) -> Option<&'static str> {
    QUELLEN
        .iter()
        .find(|(s, i, _)| *s == section.key() && *i == item)
        .map(|(_, _, q)| *q)
}
