//! The source of every checklist item: a section of the Handreichung, a published criterion
//! (LMZ Baden-Württemberg), or a law. `mep explain --checklist` prints it beside the item.
//! Sections of the Handreichung are cited by their heading; where a heading occurs in more
//! than one part of the paper, the part comes first („… Schulträgern und Schulen – Ziele der
//! Zusammenarbeit“). A convention of our own says so („mep-Annahme: …“).
//! Longer than 400 lines: one data table, one entry per checklist item.

use super::checklist::Section;

const PLANPRAXIS: &str = "mep-Annahme: formale Angabe, wie sie reale Medienentwicklungspläne machen (z. B. Aachen, Detmold, Steinfurt)";

/// `(section key, item id, source)`, one entry per checklist item.
pub static QUELLEN: &[(&str, &str, &str)] = &[
    ("plan", "titel", PLANPRAXIS),
    ("plan", "version", PLANPRAXIS),
    ("plan", "status", PLANPRAXIS),
    ("plan", "datum", PLANPRAXIS),
    (
        "plan",
        "zeitraum",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Umsetzungszeitplan; mep-Annahme: die Laufzeit in Kalenderjahren wie in realen Plänen",
    ),
    ("plan", "autoren", PLANPRAXIS),
    (
        "plan",
        "schultraeger",
        "Handreichung, „Einleitung – Die Ausgangslage“: „Schulträger sind verantwortlich für die Bereitstellung der erforderlichen technischen Infrastruktur und die Verwaltung der IT-Ressourcen.“ AGS: Amtlicher Gemeindeschlüssel der Statistischen Ämter",
    ),
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
        "plan",
        "beschluss",
        "Gemeindeordnung des Landes, z. B. § 41 GO NRW (Zuständigkeiten des Rates)",
    ),
    (
        "schulen",
        "schulen",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Die Bedarfe der Schulen müssen erhoben werden, damit die Schulträger adequate Lösungen anbieten können.“",
    ),
    (
        "schulen",
        "zahlen",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: IST-Analyse; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Die Bedarfe der Schulen müssen erhoben werden“",
    ),
    (
        "schulen",
        "schulnummer",
        "mep-Annahme: die amtliche Schulnummer der Schulstatistik des Landes bezeichnet die Schule eindeutig",
    ),
    (
        "schulen",
        "klassen",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: IST-Analyse; Bezugsgröße der Bandbreite je Klasse (BMVI-Aufgreifschwelle; SMK Sachsen 2018, im Profil)",
    ),
    (
        "schulen",
        "unterrichtsraeume",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Alle/ fast alle unterrichtlich genutzten Räumlichkeiten erhalten moderne Präsentationstechnik“; Bezugsgröße der Access Points je Unterrichtsraum (LMZ / Lehrerfortbildung Baden-Württemberg, im Profil)",
    ),
    (
        "schulen",
        "medienkonzept",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Idealerweise werden im Rahmen dieser Zusammenarbeit die Medientechnischen Einsatzkonzepte bzw. Medienentwicklungspläne (MEP) gemeinsam abgestimmt.“",
    ),
    (
        "schulen",
        "ist_breitband",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: IST-Analyse; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Informationsveranstaltungen): „vereinbarte IST- und SOLL-Zustände in der Schul-IT“",
    ),
    (
        "schulen",
        "ist_netz",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: IST-Analyse; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Informationsveranstaltungen): „vereinbarte IST- und SOLL-Zustände in der Schul-IT“",
    ),
    (
        "schulen",
        "ist_geraete",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: IST-Analyse; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Informationsveranstaltungen): „vereinbarte IST- und SOLL-Zustände in der Schul-IT“",
    ),
    (
        "leitplanken",
        "netz",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Alle Schulen verfügen über ein flächendeckend ausgebautes LAN/WLAN und eine leistungsfähige Breitbandanbindung“",
    ),
    (
        "leitplanken",
        "dienste",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Den Schulen wird eine ausreichende, möglichst einheitliche Dienste-Landschaft angeboten“",
    ),
    (
        "leitplanken",
        "lehrkraftgeraete",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Alle Lehrkräfte verfügen über ein dienstliches Arbeitsgerät“",
    ),
    (
        "leitplanken",
        "schuelergeraete",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „In Grundschulen ist die Ausstattung 1 zu n oder es wird mit mobilen Klassensätzen gearbeitet; in weiterführenden Schulen wird auf persönliche Geräte gesetzt, die auch zuhause genutzt werden können“",
    ),
    (
        "leitplanken",
        "praesentation",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Alle/ fast alle unterrichtlich genutzten Räumlichkeiten erhalten moderne Präsentationstechnik (interaktiv/ nicht interaktiv)“",
    ),
    (
        "leitplanken",
        "schulbuecher",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Es werden vornehmlich digitale Bücher oder vornehmlich analoge Schulbücher verwendet“",
    ),
    (
        "leitplanken",
        "begruendungen",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts“: „Innerhalb derer müssen viele Abwägungen und Entscheidungen getroffen werden“",
    ),
    (
        "software",
        "anwendungen",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 1. Software und Inhalte: „Lokale Apps und Anwendungen die genutzt werden können“, „Digitaler Zugang zu Schulbüchern und Verlagsinhalten“, „Anwendungen für verwaltungsnahe und administrative Tätigkeiten“",
    ),
    (
        "software",
        "lernplattform",
        "mep-Annahme: reale Medienentwicklungspläne nennen die Lernplattform als Kerndienst; Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 1. Software und Inhalte",
    ),
    (
        "software",
        "bereitsteller",
        "Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts“: „da die Verantwortlichkeiten für Handlungsfelder und deren Einzelthemen häufig in geteilter Verantwortung liegen“; „Abstimmungen und Zusammenwirken zwischen Schulträgern – Themen der Zusammenarbeit“: „Beschaffung und Lizenzmanagement“",
    ),
    (
        "infrastruktur",
        "breitband",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 2.: „Breitbandanbindung in allen Schulen“; Werte: BMVI-Aufgreifschwelle, SMK Sachsen 2018 (im Profil)",
    ),
    (
        "infrastruktur",
        "abdeckung",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 2.: „Flächendeckendes LAN/WLAN“",
    ),
    (
        "infrastruktur",
        "access_points",
        "LMZ / Lehrerfortbildung Baden-Württemberg: ein Access Point je Unterrichtsraum (im Profil)",
    ),
    (
        "infrastruktur",
        "schulserver",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 2.: „System-/Schulserverlösungen auf kommunaler Ebene“",
    ),
    (
        "infrastruktur",
        "zentrale_dienste",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 2.: „Aussagen zu IDM, MDM und Softwareverteilung“",
    ),
    (
        "infrastruktur",
        "netztrennung",
        "Handreichung, „Glossar“ (Informationsverbund): „(3) Netze, z. B. WLAN Netze, Firewalls, Router“; mep-Annahme: pädagogisches Netz und Verwaltungsnetz werden getrennt, wie reale Pläne es vorsehen",
    ),
    (
        "infrastruktur",
        "jugendschutz",
        "mep-Annahme: reale Medienentwicklungspläne sehen einen Jugendschutzfilter (Webfilter) im pädagogischen Netz vor",
    ),
    (
        "hardware",
        "schuelergeraete",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Zielausstattung aus Zielen abgeleitet; Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 3.: „Bring your own device/ Get your own device“, „Tablets oder Laptops“",
    ),
    (
        "hardware",
        "lehrkraftgeraete",
        "Handreichung, „Leitplanken eines pädagogischen Zielbilds“: „Alle Lehrkräfte verfügen über ein dienstliches Arbeitsgerät“",
    ),
    (
        "hardware",
        "praesentation",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 3.: „Präsentationstechniken“",
    ),
    (
        "hardware",
        "drucker",
        "Handreichung, „Zielarchitekturen in den Domänen (1) Software und Inhalte, (2) Infrastruktur und zentrale Dienste und (3) Hardware“, 3.: „Anzahl Drucker zu Lehrkraft/Schülerinnen und Schüler“",
    ),
    (
        "hardware",
        "ersatzzyklus",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „regelmäßige Überprüfung und Aktualisierung der IT-Infrastruktur“; Stuttgart GRDrs 762/2009 (im Profil)",
    ),
    (
        "support",
        "abgestimmt",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Supportkonzept mit dem Schulträger abgestimmt; Handreichung, „Vereinbarungen zu Service und Support“",
    ),
    (
        "support",
        "aufgaben",
        "Handreichung, „Vereinbarungen zu Service und Support“: „In dieser Vereinbarung sollten klare Regelungen zur möglichen Aufgaben- und Kostenteilung zwischen dem Land und den Schulträgern getroffen werden.“",
    ),
    (
        "support",
        "level",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Schulträger sollten klare Prozesse und Anlaufstellen für den technischen Support bereitstellen“; mep-Annahme: Stufen nach 1st und 2nd Level",
    ),
    (
        "support",
        "kanaele",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Schulträger sollten klare Prozesse und Anlaufstellen für den technischen Support bereitstellen“",
    ),
    (
        "support",
        "sprechstunde",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Schul-IT Sprechstunden): „Feste Sprechzeiten z.B. 1x / Woche.“",
    ),
    (
        "support",
        "prioritaeten",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: „Dieses System sollte technische Probleme schnell identifizieren und beheben können.“; mep-Annahme: Prioritäten mit Reaktionszeiten",
    ),
    (
        "support",
        "personal",
        "Bertelsmann Stiftung / ifib: Breiter, Zeising, Stolpmann 2017 (im Profil); Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Schul-IT Sprechstunden): „um sich personell nicht zu überfordern“",
    ),
    (
        "support",
        "ersatz_wartung",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit“: „regelmäßige Wartungsmaßnahmen und die schnelle Bereitstellung von Ersatzgeräten im Falle von Defekten oder Ausfällen“",
    ),
    (
        "governance",
        "strategisch",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: „Runder Tisch: Halbjährliche strategische Austausche“",
    ),
    (
        "governance",
        "operativ",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: „Schul-IT-Arbeitstreffen: Monatliche operative Austausche“",
    ),
    (
        "governance",
        "formate_vollstaendig",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: jedes Format mit „Beteiligte“, „Ziel“ und „Organisation und Vorgehen“",
    ),
    (
        "governance",
        "ansprechpartner",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Ansprechpartner-Übersicht): „Eine schlichte Liste mit Kontaktdaten, die allen Beteiligten vorliegt.“",
    ),
    (
        "fortbildung",
        "angebote",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit“: „Technische Schulungen sollten regelmäßig stattfinden und praxisorientiert sein.“",
    ),
    (
        "fortbildung",
        "angebote_vollstaendig",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Schulungsprogramme): „Diese Programme können regelmäßige Workshops, Webinare und individuelle Schulungen umfassen.“",
    ),
    (
        "datenschutz",
        "verantwortlich",
        "DSGVO Art. 4 Nr. 7 (Verantwortlicher) und Art. 37 (Benennung eines Datenschutzbeauftragten)",
    ),
    (
        "datenschutz",
        "regelungen",
        "DSGVO Art. 28 (Auftragsverarbeiter), Art. 30 (Verzeichnis von Verarbeitungstätigkeiten), Art. 32 (Sicherheit der Verarbeitung), Art. 35 (Datenschutz-Folgenabschätzung); Handreichung, „Glossar“ (Informationsverbund) und „Einleitung – Die Ausgangslage“, Fußnote 1: „Hier sind die individuellen Regelungen zum Datenschutz in den jeweiligen Bundesländern zu bedenken“",
    ),
    (
        "massnahmen",
        "massnahmen",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit“ (Steuergruppe): „Von den jährlichen Zielen (Vision, Mission, strategische Ziele) sollten Maßnahmen abgeleitet werden.“",
    ),
    (
        "massnahmen",
        "zeitplan",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Umsetzungszeitplan",
    ),
    (
        "massnahmen",
        "verbindlich",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Maßnahmen verbindlich; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Ziele der Zusammenarbeit“: „Zuständigkeiten klar zu regeln“",
    ),
    (
        "massnahmen",
        "kosten",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Ziele der Zusammenarbeit“: „Finanzierungsfragen zu klären“; mep-Annahme: Kosten je Maßnahme",
    ),
    (
        "massnahmen",
        "finanzierung",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Ziele der Zusammenarbeit“: „Finanzierungsfragen zu klären“; Förderregeln der Programme (im Profil)",
    ),
    (
        "massnahmen",
        "leitplanken",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: aus Zielen abgeleitet; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit“: „Von den jährlichen Zielen (Vision, Mission, strategische Ziele) sollten Maßnahmen abgeleitet werden.“",
    ),
    (
        "massnahmen",
        "facetten",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: die vier Facetten Unterricht, Fortbildung, Organisation, Technik",
    ),
    (
        "massnahmen",
        "ueberpruefbar",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Maßnahmen überprüfbar; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit“ (Qualitäts- und Evaluationsrunden): „die Wirksamkeit der Digitalisierungsmaßnahmen zu bewerten“",
    ),
    (
        "finanzierung",
        "quellen",
        "Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Land – Ziele der Zusammenarbeit“: „Finanzierungsfragen zu klären“; Förderregeln der Programme (im Profil)",
    ),
    (
        "finanzierung",
        "budgets",
        "Förderregeln der Programme (Budget und Förderzeitraum, im Profil); mep-Annahme: Budget und Zeitraum je Quelle",
    ),
    (
        "finanzierung",
        "jahresbudgets",
        "mep-Annahme: kommunale Haushalte planen je Haushaltsjahr (Gemeindehaushaltsrecht des Landes)",
    ),
    (
        "evaluation",
        "verfahren",
        "Handreichung, „Schul-IT Governance“: „die Festlegung von Zeitpunkten und definierten Verfahren für die Evaluation des Gesamtkonzepts“",
    ),
    (
        "evaluation",
        "termine",
        "Handreichung, „Schul-IT Governance“: „die Festlegung von Zeitpunkten und definierten Verfahren für die Evaluation des Gesamtkonzepts“",
    ),
    (
        "evaluation",
        "indikatoren",
        "LMZ Baden-Württemberg, Freigabekriterien für Medienentwicklungspläne: Evaluationskriterien und Messgrößen; Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“ (Informationsveranstaltungen): „vereinbarte IST- und SOLL-Zustände in der Schul-IT“",
    ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::completeness::checklist::CHECKLIST;

    #[test]
    fn every_checklist_item_cites_a_source() {
        let missing: Vec<String> = CHECKLIST
            .iter()
            .filter(|i| quelle(i.section, i.id).is_none_or(|q| q.trim().is_empty()))
            .map(|i| format!("{}/{}", i.section.key(), i.id))
            .collect();
        assert!(
            missing.is_empty(),
            "checklist items without a source: {missing:?}"
        );
    }

    #[test]
    fn every_source_names_a_checklist_item_once() {
        for (n, (s, i, _)) in QUELLEN.iter().enumerate() {
            assert!(
                CHECKLIST
                    .iter()
                    .any(|c| c.section.key() == *s && c.id == *i),
                "source for unknown checklist item {s}/{i}"
            );
            assert!(
                !QUELLEN[..n].iter().any(|(s2, i2, _)| s2 == s && i2 == i),
                "two sources for {s}/{i}"
            );
        }
    }
}
