//! Names of the tables inside a section (`plan.beschluss`, `leitplanken.netz`), as the
//! Synopse titles a group of changed fields; the six guardrails with the Handreichung's
//! example sentences, verbatim.

use super::Name;

/// One of the six guardrails of the Handreichung („Pädagogische Leitplanken“).
pub struct Guardrail {
    /// Key under `[leitplanken]`.
    pub key: &'static str,
    pub title: Name,
    /// The Handreichung's example guardrail, verbatim in German (the bullet under
    /// „Beispielhafte Leitplanken inkl. Optionen“, without a final stop, as there); English
    /// is a translation.
    pub sentence: Name,
}

/// Where the six example sentences stand in the Handreichung.
pub const GUARDRAIL_SOURCE: &str = "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“";

const fn define(
    key: &'static str,
    title: (&'static str, &'static str),
    sentence: (&'static str, &'static str),
) -> Guardrail {
    Guardrail {
        key,
        title: Name {
            de: title.0,
            en: title.1,
        },
        sentence: Name {
            de: sentence.0,
            en: sentence.1,
        },
    }
}

/// The six guardrails in the order of the Handreichung.
pub const GUARDRAILS: [Guardrail; 6] = [
    define(
        "netz",
        ("Netz", "Network"),
        (
            "Alle Schulen verfügen über ein flächendeckend ausgebautes LAN/WLAN und eine leistungsfähige Breitbandanbindung",
            "All schools have full LAN/Wi-Fi coverage and a high-capacity broadband connection.",
        ),
    ),
    define(
        "dienste",
        ("Dienstelandschaft", "Services"),
        (
            "Den Schulen wird eine ausreichende, möglichst einheitliche Dienste-Landschaft angeboten (z.B. in den Bereichen Unterricht und Administration)",
            "Schools are offered a sufficient, as uniform as possible set of services (e.g. for teaching and administration).",
        ),
    ),
    define(
        "lehrkraftgeraete",
        ("Dienstgeräte der Lehrkräfte", "Teachers' work devices"),
        (
            "Alle Lehrkräfte verfügen über ein dienstliches Arbeitsgerät",
            "Every teacher has a work device.",
        ),
    ),
    define(
        "schuelergeraete",
        ("Geräte der Schülerinnen und Schüler", "Students' devices"),
        (
            "In Grundschulen ist die Ausstattung 1 zu n oder es wird mit mobilen Klassensätzen gearbeitet; in weiterführenden Schulen wird auf persönliche Geräte gesetzt, die auch zuhause genutzt werden können",
            "Shared devices or mobile class sets in primary schools; personal devices that can also be used at home in secondary schools.",
        ),
    ),
    define(
        "praesentation",
        ("Präsentationstechnik", "Presentation equipment"),
        (
            "Alle/ fast alle unterrichtlich genutzten Räumlichkeiten erhalten moderne Präsentationstechnik (interaktiv/ nicht interaktiv)",
            "All or almost all classrooms get modern presentation equipment (interactive or not).",
        ),
    ),
    define(
        "schulbuecher",
        ("Schulbücher", "Textbooks"),
        (
            "Es werden vornehmlich digitale Bücher oder vornehmlich analoge Schulbücher verwendet",
            "Textbooks are mainly digital or mainly print.",
        ),
    ),
];

/// A guardrail by its key.
pub fn guardrail_by_key(key: &str) -> Option<&'static Guardrail> {
    GUARDRAILS.iter().find(|g| g.key == key)
}

/// One of the six guardrails, named in code by its key.
pub fn guardrail(key: &'static str) -> &'static Guardrail {
    guardrail_by_key(key).unwrap_or_else(|| panic!("`{key}` is not one of the six guardrails"))
}

/// `(path, German, English)`: tables that group fields, other than sections and guardrails.
const TABLES: &[(&str, &str, &str)] = &[
    ("plan.schultraeger", "Schulträger", "School authority"),
    (
        "plan.it_dienstleister",
        "IT-Dienstleister",
        "IT service provider",
    ),
    ("plan.medienzentrum", "Medienzentrum", "Media centre"),
    ("plan.beschluss", "Beschluss", "Council decision"),
    ("plan.beschluesse", "Beschlüsse", "Council decisions"),
    ("plan.zeitraum", "Laufzeit", "Period"),
    ("zielbild.ziele", "Strategische Ziele", "Strategic goals"),
    ("support.sprechstunde", "Sprechstunde", "Office hours"),
    (
        "support.leistungen",
        "Leistungskatalog",
        "Service catalogue",
    ),
    ("support.eskalation", "Eskalation", "Escalation"),
    (
        "governance.formate",
        "Formate der Zusammenarbeit",
        "Formats of cooperation",
    ),
    (
        "datenschutz.informationsverbund",
        "Informationsverbund",
        "Information network",
    ),
    (
        "datenschutz.verarbeitungsverzeichnis",
        "Verarbeitungsverzeichnis",
        "Record of processing activities",
    ),
    (
        "datenschutz.av_vertraege",
        "Verträge zur Auftragsverarbeitung",
        "Data processing agreements",
    ),
    (
        "datenschutz.dsfa",
        "Datenschutz-Folgenabschätzungen",
        "Data protection impact assessments",
    ),
    (
        "datenschutz.loeschkonzept",
        "Löschkonzept",
        "Deletion concept",
    ),
    (
        "datenschutz.nutzungsordnung",
        "Nutzungsordnung",
        "Acceptable use policy",
    ),
    (
        "datenschutz.netztrennung",
        "Trennung von pädagogischem Netz und Verwaltungsnetz",
        "Separation of teaching and admin networks",
    ),
    ("datenschutz.datensicherung", "Datensicherung", "Backup"),
    ("evaluation.ueberpruefungen", "Überprüfungen", "Reviews"),
    (
        "evaluation.bericht",
        "Bericht an ein Gremium",
        "Report to a committee",
    ),
];

/// The name of a table by its path in the plan (`plan.beschluss`, `leitplanken.netz`,
/// `zielarchitektur.hardware`), if it has one.
pub fn table(path: &str) -> Option<Name> {
    if let Some(key) = path.strip_prefix("leitplanken.") {
        return guardrail_by_key(key).map(|g| g.title);
    }
    if let Some(key) = path.strip_prefix("zielarchitektur.") {
        return super::section(key);
    }
    TABLES
        .iter()
        .find(|(k, _, _)| *k == path)
        .map(|&(_, de, en)| Name { de, en })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The German sentences are the Handreichung's bullets, word for word.
    #[test]
    fn guardrail_sentences_are_verbatim() {
        // The paper is not part of the repository; it lies beside the checkout (or its worktree).
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let Some(text) = ["../shared", "../../shared"].iter().find_map(|d| {
            std::fs::read_to_string(root.join(d).join("seed/handreichung-schul-it.txt")).ok()
        }) else {
            return;
        };
        for g in &GUARDRAILS {
            assert!(
                text.contains(&format!("- {}\n", g.sentence.de)),
                "{}",
                g.sentence.de
            );
        }
    }

    #[test]
    fn guardrails_and_domains_are_tables_with_both_names() {
        for g in &GUARDRAILS {
            let n = table(&format!("leitplanken.{}", g.key)).unwrap();
            assert!(!n.de.is_empty() && !n.en.is_empty() && !g.sentence.en.is_empty());
        }
        for d in ["software", "infrastruktur", "hardware"] {
            assert!(table(&format!("zielarchitektur.{d}")).is_some(), "{d}");
        }
    }
}
