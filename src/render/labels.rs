//! German display names of the plan format's fixed values (`dienstgeraet_fuer_alle` →
//! „Dienstgerät für alle“), one table for every choice the format offers.

use serde::Serialize;

/// The TOML spelling of a fixed value (`snake_case`), as serde writes it.
pub fn key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// The German display name of a fixed value.
pub fn label<T: Serialize>(value: &T) -> String {
    let k = key(value);
    match name(&k) {
        Some(n) => n.to_string(),
        None => k.replace('_', " "),
    }
}

/// The German display name of a fixed value given in its TOML spelling, if it has one.
pub fn name(key: &str) -> Option<&'static str> {
    Some(match key {
        // plan status
        "entwurf" => "Entwurf",
        "abgestimmt" => "abgestimmt",
        "beschlossen" => "beschlossen",
        "fortgeschrieben" => "fortgeschrieben",
        // Schulträger
        "gemeinde" => "Gemeinde",
        "stadt" => "Stadt",
        "kreis" => "Kreis",
        "zweckverband" => "Zweckverband",
        "freier_traeger" => "freier Träger",
        // guardrails
        "flaechendeckend" => "flächendeckend",
        "teilweise" => "teilweise",
        "einheitlich" => "einheitlich",
        "schulindividuell" => "schulindividuell",
        "dienstgeraet_fuer_alle" => "Dienstgerät für alle",
        "keine" => "keine",
        "vornehmlich_digital" => "vornehmlich digital",
        "vornehmlich_analog" => "vornehmlich analog",
        "eins_zu_eins" => "1:1 (persönliche Geräte)",
        "mobile_klassensaetze" => "mobile Klassensätze",
        "eins_zu_n" => "1:n (geteilte Geräte)",
        "alle_raeume" => "alle Räume",
        "fast_alle_raeume" => "fast alle Räume",
        "ausgewaehlte_raeume" => "ausgewählte Räume",
        "interaktiv" => "interaktiv",
        "nicht_interaktiv" => "nicht interaktiv",
        // software
        "lernplattform" => "Lernplattform",
        "office" => "Office",
        "kommunikation" => "Kommunikation",
        "schulbuch" => "Schulbuch und Verlagsinhalte",
        "verwaltung" => "Verwaltung",
        "lokale_app" => "lokale App",
        "land" => "Land",
        "schultraeger" => "Schulträger",
        "schule" => "Schule",
        "nicht_erforderlich" => "nicht erforderlich",
        "erforderlich" => "erforderlich",
        "durchgefuehrt" => "durchgeführt",
        // infrastructure
        "lokal" => "lokal",
        "kommunal_zentral" => "kommunal zentral",
        "cloud" => "Cloud",
        "hybrid" => "hybrid",
        // hardware
        "schulgestellt" => "schulgestellt",
        "byod" => "BYOD (eigenes Gerät)",
        "gyod" => "GYOD (Elternkauf nach Vorgabe)",
        "klassensatz" => "Klassensatz",
        "tablet" => "Tablet",
        "laptop" => "Laptop",
        "convertible" => "Convertible",
        "desktop" => "Desktop",
        "schueler" => "Schülerinnen und Schüler",
        "lehrkraefte" => "Lehrkräfte",
        // support
        "it_dienstleister" => "IT-Dienstleister",
        "medienzentrum" => "Medienzentrum",
        "hersteller" => "Hersteller",
        "hotline" => "Hotline",
        "ticketsystem" => "Ticketsystem",
        "email" => "E-Mail",
        "vor_ort" => "vor Ort",
        "fernwartung" => "Fernwartung",
        "sprechstunde" => "Sprechstunde",
        // governance
        "runder_tisch" => "Runder Tisch",
        "schul_it_arbeitstreffen" => "Schul-IT-Arbeitstreffen",
        "ansprechpartner_uebersicht" => "Ansprechpartner-Übersicht",
        "wissensmanagement" => "Wissensmanagement",
        "social_intranet" => "Social Intranet",
        "informationsveranstaltung" => "Informationsveranstaltung",
        "schulungsprogramm" => "Schulungsprogramm",
        "feedback" => "Feedback",
        "steuergruppe" => "Steuergruppe",
        "arbeitsgruppe" => "Arbeitsgruppe",
        "fachtag" => "Fachtag",
        "sonstiges" => "Sonstiges",
        "sonstige" => "Sonstige",
        "woechentlich" => "wöchentlich",
        "monatlich" => "monatlich",
        "quartalsweise" => "quartalsweise",
        "halbjaehrlich" => "halbjährlich",
        "jaehrlich" => "jährlich",
        "bei_bedarf" => "bei Bedarf",
        "laufend" => "laufend",
        // training
        "praesenz" => "Präsenz",
        "online" => "online",
        "selbstlernkurs" => "Selbstlernkurs",
        // data protection
        "vorhanden" => "vorhanden",
        "in_arbeit" => "in Arbeit",
        "geplant" => "geplant",
        "fehlt" => "fehlt",
        // measures
        "software" => "Software und Inhalte",
        "infrastruktur" => "Infrastruktur",
        "hardware" => "Hardware",
        "support" => "Support",
        "fortbildung" => "Fortbildung",
        "organisation" => "Organisation",
        "datenschutz" => "Datenschutz",
        "unterricht" => "Unterricht",
        "technik" => "Technik",
        "begonnen" => "begonnen",
        "abgeschlossen" => "abgeschlossen",
        "zurueckgestellt" => "zurückgestellt",
        // cost categories
        "netzwerk" => "Netzwerk",
        "wlan" => "WLAN",
        "breitbandanschluss" => "Breitbandanschluss",
        "server" => "Server",
        "praesentationstechnik" => "Präsentationstechnik",
        "schuelergeraete" => "Schülergeräte",
        "lehrkraftgeraete" => "Lehrkraftgeräte",
        "support_personal" => "Supportpersonal",
        "wartung" => "Wartung",
        // funding
        "eigenmittel" => "Eigenmittel",
        "digitalpakt" => "DigitalPakt",
        "landesprogramm" => "Landesprogramm",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::governance::Turnus;
    use crate::model::leitplanken::LehrkraftgeraeteEntscheidung;

    #[test]
    fn fixed_values_read_as_german() {
        assert_eq!(
            label(&LehrkraftgeraeteEntscheidung::DienstgeraetFuerAlle),
            "Dienstgerät für alle"
        );
        assert_eq!(label(&Turnus::Halbjaehrlich), "halbjährlich");
        assert_eq!(key(&Turnus::BeiBedarf), "bei_bedarf");
    }

    /// Every choice in the schema has a German name, so no `snake_case` reaches a document.
    #[test]
    fn every_enum_value_of_the_schema_has_a_name() {
        let schema = crate::schema::plan_schema();
        let mut missing = Vec::new();
        for (def_name, def) in schema["definitions"].as_object().unwrap() {
            let values = def["enum"].as_array().into_iter().flatten();
            let one_of = def["oneOf"].as_array().into_iter().flatten().flat_map(|v| {
                v["enum"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .chain(v.get("const"))
            });
            for v in values.chain(one_of) {
                if let Some(k) = v.as_str() {
                    if def_name != "Bundesland" && def_name != "Schulform" && name(k).is_none() {
                        missing.push(format!("{def_name}.{k}"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
    }
}
