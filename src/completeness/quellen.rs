//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.

use super::checklist::Section;

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[];

/// The source of a checklist item, if one is recorded.
pub fn quelle(section: Section, item: &str) -> Option<&'static str> {
    QUELLEN
        .iter()
        .find(|(s, i, _)| *s == section.key() && *i == item)
        .map(|(_, _, q)| *q)
}
