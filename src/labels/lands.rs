//! The sixteen Länder by their two-letter code, in German and English.

use super::Name;

/// `(code, German, English)`, in the order of `model::plan::Bundesland`.
const LANDS: &[(&str, &str, &str)] = &[
    ("BW", "Baden-Württemberg", "Baden-Württemberg"),
    ("BY", "Bayern", "Bavaria"),
    ("BE", "Berlin", "Berlin"),
    ("BB", "Brandenburg", "Brandenburg"),
    ("HB", "Bremen", "Bremen"),
    ("HH", "Hamburg", "Hamburg"),
    ("HE", "Hessen", "Hesse"),
    (
        "MV",
        "Mecklenburg-Vorpommern",
        "Mecklenburg-Western Pomerania",
    ),
    ("NI", "Niedersachsen", "Lower Saxony"),
    ("NW", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
    ("RP", "Rheinland-Pfalz", "Rhineland-Palatinate"),
    ("SL", "Saarland", "Saarland"),
    ("SN", "Sachsen", "Saxony"),
    ("ST", "Sachsen-Anhalt", "Saxony-Anhalt"),
    ("SH", "Schleswig-Holstein", "Schleswig-Holstein"),
    ("TH", "Thüringen", "Thuringia"),
];

/// The Land for its code (`NW`, also `NRW`), any case.
pub fn land(code: &str) -> Option<Name> {
    let code = code.trim().to_ascii_uppercase();
    let code = if code == "NRW" { "NW" } else { code.as_str() };
    LANDS
        .iter()
        .find(|(k, _, _)| *k == code)
        .map(|&(_, de, en)| Name { de, en })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Bundesland;

    #[test]
    fn every_land_of_the_model_has_both_names() {
        for b in Bundesland::ALLE {
            let n = land(b.kuerzel()).unwrap_or_else(|| panic!("{}", b.kuerzel()));
            assert!(!n.de.is_empty() && !n.en.is_empty());
        }
        assert_eq!(land("nrw").map(|n| n.de), Some("Nordrhein-Westfalen"));
    }
}
