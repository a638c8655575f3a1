//! Display names of the plan format's fixed values (`dienstgeraet_fuer_alle` →
//! „Dienstgerät für alle“ / "device for every teacher"), one table for every choice the format
//! offers, keyed by the value's TOML spelling.

use super::Name;

/// `(TOML spelling, German, English)`.
const VALUES: &[(&str, &str, &str)] = &[
    // plan status
    ("entwurf", "Entwurf", "draft"),
    ("abgestimmt", "abgestimmt", "agreed"),
    ("beschlossen", "beschlossen", "adopted"),
    ("fortgeschrieben", "fortgeschrieben", "updated"),
    // decisions on the plan
    ("kenntnisnahme", "Kenntnisnahme", "noted"),
    ("empfehlung", "Empfehlung", "recommendation"),
    ("teilbeschluss", "Teilbeschluss", "partial decision"),
    ("beschluss", "Beschluss", "decision"),
    ("verlaengerung", "Verlängerung", "extension"),
    ("fortschreibung", "Fortschreibung", "update"),
    // Schulträger
    ("gemeinde", "Gemeinde", "municipality"),
    ("stadt", "Stadt", "city"),
    ("kreis", "Kreis", "county"),
    (
        "zweckverband",
        "Zweckverband",
        "special-purpose association",
    ),
    ("freier_traeger", "freier Träger", "independent provider"),
    // cooperation between Schulträger: goals, forms, realisation, topics, status
    ("kosten", "Kosteneffizienz", "cost efficiency"),
    ("qualitaet", "Qualitätsverbesserung", "better quality"),
    (
        "erfahrungsaustausch",
        "Erfahrungsaustausch",
        "exchange of experience",
    ),
    ("arbeitskreis", "Arbeitskreis", "working group"),
    (
        "absichtserklaerung",
        "Absichtserklärung",
        "declaration of intent",
    ),
    (
        "oeffentlich_rechtliche_vereinbarung",
        "öffentlich-rechtliche Vereinbarung",
        "public-law agreement",
    ),
    ("mandatiert", "mandatiert", "mandated"),
    ("delegiert", "delegiert", "delegated"),
    (
        "gemeinsame_einrichtung",
        "gemeinsame Nutzung öffentlicher Einrichtungen",
        "shared use of public facilities",
    ),
    ("it_konzepte", "IT-Konzepte", "IT concepts"),
    (
        "beschaffung",
        "Beschaffung und Lizenzmanagement",
        "procurement and licence management",
    ),
    ("besteht", "besteht", "in place"),
    (
        "geprueft",
        "geprüft, nicht vereinbart",
        "examined, not agreed",
    ),
    // Schulformen
    ("grundschule", "Grundschule", "primary school"),
    (
        "hauptschule",
        "Hauptschule",
        "Hauptschule (lower secondary)",
    ),
    (
        "realschule",
        "Realschule",
        "Realschule (intermediate secondary)",
    ),
    ("gymnasium", "Gymnasium", "Gymnasium (academic secondary)"),
    ("gesamtschule", "Gesamtschule", "comprehensive school"),
    (
        "sekundarschule",
        "Sekundarschule",
        "Sekundarschule (secondary)",
    ),
    ("oberschule", "Oberschule", "Oberschule (secondary)"),
    (
        "gemeinschaftsschule",
        "Gemeinschaftsschule",
        "community school",
    ),
    ("foerderschule", "Förderschule", "special needs school"),
    ("berufskolleg", "Berufskolleg", "vocational college"),
    (
        "berufliche_schule",
        "Berufliche Schule",
        "vocational school",
    ),
    ("sonstige", "Sonstige", "other"),
    (
        "verschiedene",
        "verschiedene Schulformen",
        "various school types",
    ),
    // guardrails
    ("flaechendeckend", "flächendeckend", "full coverage"),
    ("teilweise", "teilweise", "partial"),
    ("einheitlich", "einheitlich", "uniform"),
    (
        "schulindividuell",
        "schulindividuell",
        "chosen by each school",
    ),
    (
        "dienstgeraet_fuer_alle",
        "Dienstgerät für alle",
        "work device for every teacher",
    ),
    ("keine", "keine", "none"),
    (
        "vornehmlich_digital",
        "vornehmlich digital",
        "mainly digital",
    ),
    ("vornehmlich_analog", "vornehmlich analog", "mainly print"),
    (
        "eins_zu_eins",
        "1:1 (persönliche Geräte)",
        "1:1 (personal devices)",
    ),
    (
        "mobile_klassensaetze",
        "mobile Klassensätze",
        "mobile class sets",
    ),
    ("eins_zu_n", "1:n (geteilte Geräte)", "1:n (shared devices)"),
    ("alle_raeume", "alle Räume", "all rooms"),
    ("fast_alle_raeume", "fast alle Räume", "almost all rooms"),
    ("ausgewaehlte_raeume", "ausgewählte Räume", "selected rooms"),
    ("interaktiv", "interaktiv", "interactive"),
    ("nicht_interaktiv", "nicht interaktiv", "non-interactive"),
    // software
    ("lernplattform", "Lernplattform", "learning platform"),
    ("office", "Office", "office suite"),
    ("kommunikation", "Kommunikation", "communication"),
    (
        "schulbuch",
        "Schulbuch und Verlagsinhalte",
        "textbooks and publishers' content",
    ),
    ("verwaltung", "Verwaltung", "administration"),
    ("lokale_app", "lokale App", "local app"),
    ("land", "Land", "Land (state)"),
    ("schultraeger", "Schulträger", "school authority"),
    ("schule", "Schule", "school"),
    ("nicht_erforderlich", "nicht erforderlich", "not required"),
    ("erforderlich", "erforderlich", "required"),
    ("durchgefuehrt", "durchgeführt", "carried out"),
    // infrastructure
    ("lokal", "lokal", "local"),
    ("kommunal_zentral", "kommunal zentral", "central, municipal"),
    ("cloud", "Cloud", "cloud"),
    ("hybrid", "hybrid", "hybrid"),
    // hardware
    ("schulgestellt", "schulgestellt", "provided by the school"),
    ("byod", "BYOD (eigenes Gerät)", "BYOD (own device)"),
    (
        "gyod",
        "GYOD (Elternkauf nach Vorgabe)",
        "GYOD (bought by parents to a specification)",
    ),
    ("klassensatz", "Klassensatz", "class set"),
    ("tablet", "Tablet", "tablet"),
    ("laptop", "Laptop", "laptop"),
    ("convertible", "Convertible", "convertible"),
    ("desktop", "Desktop", "desktop"),
    ("schueler", "Schülerinnen und Schüler", "students"),
    // device ownership (`schultraeger` and `eltern` are named above and below)
    ("leasing", "Leasing", "leasing"),
    ("lehrkraefte", "Lehrkräfte", "teachers"),
    // support
    (
        "it_dienstleister",
        "IT-Dienstleister",
        "IT service provider",
    ),
    ("medienzentrum", "Medienzentrum", "media centre"),
    ("hersteller", "Hersteller", "manufacturer"),
    ("hotline", "Hotline", "hotline"),
    ("ticketsystem", "Ticketsystem", "ticket system"),
    ("email", "E-Mail", "e-mail"),
    ("vor_ort", "vor Ort", "on site"),
    ("fernwartung", "Fernwartung", "remote maintenance"),
    ("sprechstunde", "Sprechstunde", "office hours"),
    // governance
    ("runder_tisch", "Runder Tisch", "round table"),
    (
        "schul_it_arbeitstreffen",
        "Schul-IT-Arbeitstreffen",
        "school IT working meeting",
    ),
    (
        "ansprechpartner_uebersicht",
        "Ansprechpartner-Übersicht",
        "list of contacts",
    ),
    (
        "wissensmanagement",
        "Wissensmanagement",
        "knowledge management",
    ),
    ("social_intranet", "Social Intranet", "social intranet"),
    (
        "informationsveranstaltung",
        "Informationsveranstaltung",
        "information event",
    ),
    (
        "schulungsprogramm",
        "Schulungsprogramm",
        "training programme",
    ),
    ("feedback", "Feedback", "feedback"),
    ("steuergruppe", "Steuergruppe", "steering group"),
    ("arbeitsgruppe", "Arbeitsgruppe", "working group"),
    ("fachtag", "Fachtag", "conference day"),
    (
        "schulgespraech",
        "Schulgespräch (mit jeder Schule)",
        "talk with each school",
    ),
    ("sonstiges", "Sonstiges", "other"),
    ("woechentlich", "wöchentlich", "weekly"),
    ("vierzehntaeglich", "vierzehntäglich", "fortnightly"),
    ("monatlich", "monatlich", "monthly"),
    ("quartalsweise", "quartalsweise", "quarterly"),
    ("halbjaehrlich", "halbjährlich", "half-yearly"),
    ("jaehrlich", "jährlich", "yearly"),
    ("bei_bedarf", "bei Bedarf", "as needed"),
    ("laufend", "laufend", "ongoing"),
    // the Land's bodies
    (
        "foerdermittel_workshop",
        "Fördermittel-Workshop",
        "funding workshop",
    ),
    (
        "qualitaetsrunde",
        "Qualitäts- und Evaluationsrunde",
        "quality and evaluation round",
    ),
    ("mitglied", "Mitglied", "member"),
    (
        "ueber_spitzenverband",
        "über den Spitzenverband",
        "through the association of municipalities",
    ),
    ("gast", "Gast", "guest"),
    // training
    ("praesenz", "Präsenz", "in person"),
    ("online", "online", "online"),
    ("selbstlernkurs", "Selbstlernkurs", "self-study course"),
    ("technisch", "technisch", "technical"),
    ("paedagogisch", "pädagogisch", "pedagogical"),
    ("tickets", "Auswertung der Tickets", "ticket analysis"),
    ("neue_geraete", "neue Geräte", "new devices"),
    ("schulbedarf", "Bedarf der Schule", "school's request"),
    ("landesvorgabe", "Vorgabe des Landes", "Land requirement"),
    // data protection
    ("vorhanden", "vorhanden", "in place"),
    ("in_arbeit", "in Arbeit", "in progress"),
    ("geplant", "geplant", "planned"),
    ("fehlt", "fehlt", "missing"),
    // measures
    ("software", "Software und Inhalte", "software and content"),
    ("infrastruktur", "Infrastruktur", "infrastructure"),
    ("hardware", "Hardware", "hardware"),
    ("support", "Support", "support"),
    ("fortbildung", "Fortbildung", "training"),
    ("organisation", "Organisation", "organisation"),
    ("datenschutz", "Datenschutz", "data protection"),
    ("unterricht", "Unterricht", "teaching"),
    ("technik", "Technik", "technology"),
    ("begonnen", "begonnen", "started"),
    ("abgeschlossen", "abgeschlossen", "completed"),
    ("zurueckgestellt", "zurückgestellt", "postponed"),
    // cost categories
    ("netzwerk", "Netzwerk", "network"),
    ("wlan", "WLAN", "Wi-Fi"),
    (
        "breitbandanschluss",
        "Breitbandanschluss",
        "broadband connection",
    ),
    ("server", "Server", "servers"),
    (
        "praesentationstechnik",
        "Präsentationstechnik",
        "presentation equipment",
    ),
    ("schuelergeraete", "Schülergeräte", "student devices"),
    ("lehrkraftgeraete", "Lehrkraftgeräte", "teacher devices"),
    ("support_personal", "Supportpersonal", "support staff"),
    ("wartung", "Wartung", "maintenance"),
    ("ersatzbeschaffung", "Ersatzbeschaffung", "replacement"),
    // funding
    ("eigenmittel", "Eigenmittel", "own funds"),
    ("digitalpakt", "DigitalPakt", "DigitalPakt"),
    ("landesprogramm", "Landesprogramm", "Land programme"),
    ("eltern", "Eltern", "parents"),
    // budget (Haushalt)
    ("investiv", "investiv", "capital"),
    ("konsumtiv", "konsumtiv", "current"),
    // indicators: base of a share, kind of a value
    ("raeume", "Unterrichtsräume", "teaching rooms"),
    ("schulen", "Schulen", "schools"),
    ("anzahl", "Anzahl", "count"),
    ("ist", "IST", "current"),
    ("soll", "SOLL", "target"),
];

/// The name of a fixed value given in its TOML spelling, if it has one.
pub fn value(key: &str) -> Option<Name> {
    VALUES
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|&(_, de, en)| Name { de, en })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_value_is_named_once() {
        for (i, (k, _, _)) in VALUES.iter().enumerate() {
            assert!(VALUES[i + 1..].iter().all(|(o, _, _)| o != k), "{k} twice");
        }
    }

    /// Every choice in the schema has a German and an English name, so no `snake_case`
    /// reaches a document or a message.
    #[test]
    fn every_enum_value_of_the_schema_has_a_german_and_an_english_name() {
        let schema = crate::schema::plan_schema();
        let mut missing = Vec::new();
        let mut seen = 0;
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
                let Some(k) = v.as_str() else { continue };
                seen += 1;
                if def_name == "Bundesland" {
                    if super::super::lands::land(k).is_none() {
                        missing.push(format!("{def_name}.{k}"));
                    }
                    continue;
                }
                match value(k) {
                    Some(n) if !n.de.trim().is_empty() && !n.en.trim().is_empty() => {}
                    _ => missing.push(format!("{def_name}.{k}")),
                }
            }
        }
        assert!(seen > 100, "the schema's enums were found ({seen})");
        assert!(missing.is_empty(), "{missing:?}");
    }
}
