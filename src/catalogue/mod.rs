//! The rule catalogue: every finding code with its severity, title and explanation, in one place.
//! Benchmarks behind the plausibility rules are data (see `profile`): texts name them by key,
//! as `{key}` where the value in force is to be written, and never repeat a number.

use crate::severity::Severity;

mod fixes;
mod text;

pub use fixes::{FIXES, fix};
pub use text::fill;

/// What kind of check a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Art {
    /// The file cannot be read as a plan, or does not fit the schema.
    Struktur,
    /// The plan contradicts itself (references, periods, money).
    Bedeutung,
    /// The plan is possible but implausible or incoherent against a benchmark.
    Plausibilitaet,
}

/// One rule of the catalogue.
#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub art: Art,
    pub title_de: &'static str,
    pub title_en: &'static str,
    pub explain_de: &'static str,
    pub explain_en: &'static str,
    /// Keys of the benchmarks in the profile's `[schwellen]` the rule uses.
    pub benchmarks: &'static [&'static str],
}

macro_rules! rules {
    ($( $code:literal $sev:ident $art:ident [$($bench:literal),*] ;
        $tde:literal / $ten:literal ;
        $ede:literal / $een:literal ; )*) => {
        /// All rules, ordered by code.
        pub static RULES: &[Rule] = &[$(Rule {
            code: $code, severity: Severity::$sev, art: Art::$art,
            title_de: $tde, title_en: $ten, explain_de: $ede, explain_en: $een,
            benchmarks: &[$($bench),*],
        }),*];
    };
}

rules! {
    "E001" Error Struktur [];
    "Datei unlesbar oder kein gültiges TOML" / "file unreadable or not valid TOML";
    "Die Datei fehlt, ist ein Ordner, zu groß oder ihr Inhalt ist kein gültiges TOML. Word- und Excel-Dateien (.docx, .xlsx, .doc, .xls), LibreOffice-Dateien (.odt, .ods), ZIP-Archive und PDFs, die nicht von `mep render` stammen, erkennt mep an ihren ersten Bytes und nennt sie: ein Plan ist eine Textdatei, die ein Texteditor öffnet, nicht Word oder Excel. Ohne lesbare Datei kann nichts geprüft werden (Exit-Code 2)." / "The file is missing, a directory, too large, or its content is not valid TOML. Word and Excel files (.docx, .xlsx, .doc, .xls), LibreOffice files (.odt, .ods), ZIP archives and PDFs not made by `mep render` are recognised by their first bytes and named: a plan is a text file opened with a text editor, not with Word or Excel. Nothing can be checked without a readable file (exit code 2).";
    "E002" Error Struktur [];
    "Datei nicht UTF-8-kodiert" / "file not encoded as UTF-8";
    "Plandateien sind UTF-8. Aus Windows-Programmen exportierte Dateien sind oft UTF-16 oder Latin-1/Windows-1252; die Meldung nennt das ungültige Byte und seinen Offset. Im Editor speichern Sie mit „Speichern unter“ und der Codierung „UTF-8“ (Exit-Code 2). Word- und Excel-Dateien meldet mep als solche, nicht als Kodierungsfehler." / "Plan files are UTF-8. Files exported from Windows tools are often UTF-16 or Latin-1/Windows-1252; the message names the invalid byte and its offset. In the editor, save with \"Save as\" and the encoding \"UTF-8\" (exit code 2). Word and Excel files are named as such, not as an encoding error.";
    "E003" Error Struktur [];
    "Einbindung fehlerhaft" / "invalid include";
    "Mit `einbinden` eingebundene Dateien müssen existieren, im Ordner des Plans liegen und dürfen sich nicht im Kreis oder mehrfach einbinden (Exit-Code 2)." / "Files included with `einbinden` must exist, lie inside the plan's folder, and must not include each other in a cycle or more than once (exit code 2).";
    "E004" Error Struktur [];
    "Formatversion fehlt oder wird nicht unterstützt" / "format version missing or unsupported";
    "Jede Plandatei nennt mit `formatversion` die Version des Dateiformats. So bleibt ein heute geschriebener Plan lesbar, und ein neuerer Plan meldet, welche mep-Version er braucht." / "Every plan file states the file format version in `formatversion`. A plan written today stays readable, and a newer plan says which mep version it needs.";
    "E005" Error Struktur [];
    "Schlüssel in mehreren Dateien gesetzt" / "key set in more than one file";
    "Eingebundene Dateien ergänzen den Plan: Tabellen werden zusammengeführt und Listen verlängert, aber ein einzelner Wert darf nur in einer Datei stehen." / "Included files extend the plan: tables merge and lists append, but a single value may be set in one file only.";
    "E010" Error Struktur [];
    "Falscher Typ" / "wrong type";
    "Der Wert hat nicht den erwarteten Typ, z. B. Text statt Zahl. Das Schema (`mep schema`) nennt den Typ jedes Schlüssels." / "The value does not have the expected type, e.g. text instead of a number. The schema (`mep schema`) gives the type of each key.";
    "E011" Error Struktur [];
    "Unbekannter Schlüssel" / "unknown key";
    "Das Planformat ist streng: unbekannte Schlüssel sind Fehler, damit Tippfehler nicht still ignoriert werden. Die Meldung schlägt den ähnlichsten bekannten Schlüssel vor." / "The plan format is strict: unknown keys are errors so that typos are not silently ignored. The message suggests the nearest known key.";
    "E012" Error Struktur [];
    "Pflichtfeld fehlt" / "required field missing";
    "Pflicht sind nur wenige Felder, die einen Eintrag erst benennen: `formatversion` und `titel` im Abschnitt `[plan]`, `id`, `name` und `schulform` jeder Schule, `id` und `titel` jeder Maßnahme, `id` und `art` jedes Formats. Alles andere darf fehlen und bleibt dann offen (–), etwa die Schüler- und Lehrkräftezahlen einer Schule; die Vollständigkeit zählt es. Das JSON-Schema (`mep schema`) nennt jedes Pflichtfeld." / "Only a few fields are required, those that name an entry: `formatversion` and `titel` in `[plan]`, `id`, `name` and `schulform` of every school, `id` and `titel` of every measure, `id` and `art` of every format. Everything else may be missing and is then shown as open (–), such as a school's numbers of students and teachers; completeness counts it. The JSON Schema (`mep schema`) names every required field.";
    "E013" Error Struktur [];
    "Wert außerhalb des zulässigen Bereichs" / "value out of range";
    "Anzahlen sind nicht negativ, Prozentwerte liegen zwischen 0 und 100, Jahre zwischen 1990 und 2100, Zahlen müssen darstellbar sein." / "Counts are not negative, percentages lie between 0 and 100, years between 1990 and 2100, numbers must be representable.";
    "E014" Error Struktur [];
    "Ungültiger Wert" / "invalid value";
    "Der Wert gehört nicht zur erlaubten Auswahl, z. B. eine unbekannte Schulform. Die Meldung nennt die erlaubten Werte und den ähnlichsten." / "The value is not one of the allowed choices, e.g. an unknown school type. The message lists the allowed values and the nearest one.";
    "E015" Error Struktur [];
    "Ungültiges Format" / "malformed value";
    "Ids sind kebab-case (`gs-am-park`), Daten TOML-Daten (`2026-03-15`), Zeitpunkte ein Jahr, ein Halbjahr (`\"2027-H1\"`), ein Monat (`\"JJJJ-MM\"`) oder ein Datum, der AGS acht Ziffern." / "Ids are kebab-case (`gs-am-park`), dates are TOML dates (`2026-03-15`), points in time a year, a half-year (`\"2027-H1\"`), a month (`\"YYYY-MM\"`) or a date, the AGS eight digits.";
    "E016" Error Struktur [];
    "Doppelte Id" / "duplicate id";
    "Ids machen Verweise prüfbar und lassen `mep diff` Schulen und Maßnahmen über Versionen hinweg wiederfinden; deshalb sind sie innerhalb ihrer Art eindeutig." / "Ids make references checkable and let `mep diff` match schools and measures across versions; they are therefore unique within their kind.";
    "E017" Error Struktur [];
    "Betrag mit mehr als zwei Nachkommastellen" / "amount with more than two decimals";
    "Beträge sind Euro mit höchstens zwei Nachkommastellen, damit Summen exakt aufgehen." / "Amounts are euros with at most two decimals so that sums add up exactly.";
    "E018" Error Struktur [];
    "Wappen nicht gefunden" / "coat of arms not found";
    "`plan.wappen` nennt eine Datei für das Deckblatt. Sie liegt im Ordner des Plans (relativ zur Plandatei, auch nach Auflösen von Links), damit der Plan mit seinen Dateien weitergegeben werden kann und `mep` nichts außerhalb liest. Wie bei `einbinden` ist eine fehlende Datei ein Fehler der Struktur: das Dokument könnte nicht so gesetzt werden, wie der Plan es verlangt." / "`plan.wappen` names a file for the cover. It lies in the plan's folder (relative to the plan file, also after resolving links), so that the plan travels with its files and `mep` reads nothing outside. As with `einbinden`, a missing file is a structural error: the document could not be set as the plan asks.";
    "E019" Error Struktur [];
    "Wappen ist kein SVG oder PNG" / "coat of arms is not SVG or PNG";
    "Das Deckblatt zeigt ein Wappen oder Logo als SVG oder PNG in der Größe eines Bildes, nicht eines Fotoarchivs (die Meldung nennt die Grenze); Endung und Inhalt der Datei müssen dazu passen." / "The cover shows a coat of arms or logo as SVG or PNG the size of an image, not a photo archive (the message gives the limit); the file's extension and content must match.";
    "E020" Error Struktur [];
    "Tausenderpunkte in einer Zahl" / "thousands separators in a number";
    "In Plandateien ist der Punkt das Dezimaltrennzeichen: `48.700` wäre 48,7. Bei Beträgen in Euro und bei Anzahlen ist eine Zahl, deren Text wie eine deutsche Tausendergliederung aussieht (Ziffern, dann Gruppen aus genau drei Ziffern nach Punkten), ein Fehler; geschrieben wird `48700` oder `48_700`. Prozent- und andere Dezimalwerte (`48.7`) bleiben gültig." / "In plan files the dot is the decimal point: `48.700` would be 48.7. For amounts in euros and for counts, a number whose text looks like a German thousands grouping (digits, then groups of exactly three digits after dots) is an error; write `48700` or `48_700`. Percentages and other decimals (`48.7`) stay valid.";
    "E021" Error Struktur [];
    "Dezimalkomma" / "decimal comma";
    "Dezimalzahlen werden mit Punkt geschrieben (`1800.50`), nicht mit Komma wie in Excel oder Word." / "Decimals are written with a dot (`1800.50`), not with a comma as in German Excel or Word.";
    "E022" Error Struktur [];
    "Datum in deutscher Schreibweise" / "date written the German way";
    "Daten werden als JJJJ-MM-TT ohne Anführungszeichen geschrieben (`datum = 2027-03-15`), nicht als `15.03.2027`." / "Dates are written as YYYY-MM-DD without quotes (`datum = 2027-03-15`), not as `15.03.2027`.";
    "E023" Error Struktur [];
    "Prozentzeichen hinter einer Zahl" / "percent sign after a number";
    "Prozentfelder enthalten die Zahl allein (`anteil = 75`); das Prozentzeichen gehört nicht dazu, auch nicht in Anführungszeichen." / "Percentage fields hold the number alone (`anteil = 75`); the percent sign is not part of it, not even in quotes.";
    "E024" Error Struktur [];
    "Umlaut in einem Schlüssel" / "umlaut in a key";
    "Schlüssel werden ohne Umlaute geschrieben: ä→ae, ö→oe, ü→ue, ß→ss (`lehrkraefte`, `schueler`). In Texten in Anführungszeichen sind Umlaute erlaubt." / "Keys are written without umlauts: ä→ae, ö→oe, ü→ue, ß→ss (`lehrkraefte`, `schueler`). Umlauts are allowed in texts in quotes.";
    "E025" Error Struktur [];
    "Markierung aus der Vorlage übrig" / "template marker left over";
    "Die Vorlagen markieren Zeilen mit `# AUSFÜLLEN:` und `# VORSCHLAG:`. Zum Ausfüllen wird die ganze Markierung gelöscht, nicht nur `# `." / "The templates mark lines with `# AUSFÜLLEN:` and `# VORSCHLAG:`. To fill a line, delete the whole marker, not only `# `.";
    "E026" Error Struktur [];
    "Wert fehlt" / "value missing";
    "Hinter `schluessel =` muss ein Wert stehen. Eine Angabe, die noch fehlt, bleibt als Kommentar (`# AUSFÜLLEN: …`) stehen oder wird gelöscht." / "A value must follow `key =`. A value still missing stays a comment (`# AUSFÜLLEN: …`) or is deleted.";
    "E101" Error Bedeutung [];
    "Verweis auf unbekannte Schule" / "reference to an unknown school";
    "Eine Maßnahme nennt eine Schul-Id, die es unter `[[schulen]]` nicht gibt. `alle` steht für alle Schulen." / "A measure names a school id that does not exist under `[[schulen]]`. `alle` stands for every school.";
    "E102" Error Bedeutung [];
    "Verweis auf unbekannte Maßnahme" / "reference to an unknown measure";
    "`abhaengig_von` einer Maßnahme oder `massnahme` einer Datenschutz-Regelung (`[datenschutz.dsfa]` usw.) nennt eine Maßnahmen-Id, die es nicht gibt." / "`abhaengig_von` of a measure or `massnahme` of a data protection arrangement (`[datenschutz.dsfa]` etc.) names a measure id that does not exist.";
    "E103" Error Bedeutung [];
    "Verweis auf unbekannte Leitplanke" / "reference to an unknown guardrail";
    "Maßnahmen und Ziele des Zielbilds verweisen auf die sechs Leitplanken (`netz`, `dienste`, `lehrkraftgeraete`, `schuelergeraete`, `praesentation`, `schulbuecher`) oder auf Ids unter `[[leitplanken.weitere]]`." / "Measures and goals of the Zielbild refer to the six guardrails (`netz`, `dienste`, `lehrkraftgeraete`, `schuelergeraete`, `praesentation`, `schulbuecher`) or to ids under `[[leitplanken.weitere]]`.";
    "E104" Error Bedeutung [];
    "Verweis auf unbekannte Finanzierungsquelle" / "reference to an unknown funding source";
    "Die Finanzierung einer Maßnahme nennt eine Quelle, die unter `[[finanzierung.quellen]]` fehlt." / "A measure's funding names a source missing from `[[finanzierung.quellen]]`.";
    "E105" Error Bedeutung [];
    "Unbekanntes Förderprogramm" / "unknown funding programme";
    "`programm` einer Quelle muss ein Programm des Profils nennen (`mep explain E116` listet sie). Eigene Programme lassen sich in einem Profil (`--profile`) beschreiben." / "A source's `programm` must name a programme of the profile (`mep explain E116` lists them). Own programmes can be described in a profile (`--profile`).";
    "E106" Error Bedeutung [];
    "Verweis auf unbekannten Indikator" / "reference to an unknown indicator";
    "`indikatoren` einer Maßnahme nennt eine Id, die unter `[[evaluation.indikatoren]]` fehlt." / "A measure's `indikatoren` names an id missing from `[[evaluation.indikatoren]]`.";
    "E110" Error Bedeutung [];
    "Maßnahme außerhalb der Laufzeit" / "measure outside the plan period";
    "Jede Maßnahme liegt innerhalb der Laufzeit des Plans (`plan.zeitraum`, mit `verlaengert_bis` bis zum Ende der Verlängerung). Eine aus dem vorigen Plan übernommene Maßnahme (`uebernommen_aus`) darf vor der Laufzeit begonnen haben, endet aber in ihr." / "Every measure lies within the plan period (`plan.zeitraum`, with `verlaengert_bis` up to the end of the extension). A measure carried over from the previous plan (`uebernommen_aus`) may have started before the period but ends within it.";
    "E111" Error Bedeutung [];
    "Zeitraum endet vor seinem Beginn" / "period ends before it starts";
    "Bei jedem Zeitraum liegt `bis` nicht vor `von`, und eine Verlängerung der Laufzeit (`verlaengert_bis`) nicht vor ihrem `bis`." / "In every period `bis` is not before `von`, and an extension of the plan period (`verlaengert_bis`) is not before its `bis`.";
    "E112" Error Bedeutung [];
    "Finanzierungsanteile ergeben nicht 100 %" / "funding shares do not add up to 100 %";
    "Die Anteile der Finanzierungsquellen einer Maßnahme ergeben zusammen genau 100 %, sonst bleibt ein Teil der Kosten ungedeckt oder ist doppelt gedeckt." / "The shares of a measure's funding sources add up to exactly 100 %; otherwise part of the cost is uncovered or covered twice.";
    "E113" Error Bedeutung [];
    "Abhängigkeiten im Kreis" / "dependency cycle";
    "Maßnahmen, die voneinander im Kreis abhängen, können nie beginnen." / "Measures that depend on each other in a cycle can never start.";
    "E114" Error Bedeutung [];
    "Beginn vor dem Ende der Voraussetzung" / "starts before a prerequisite ends";
    "Eine Maßnahme beginnt frühestens, wenn die Maßnahmen, von denen sie abhängt, enden (z. B. Displays erst nach der Verkabelung)." / "A measure starts at the earliest when the measures it depends on end (e.g. displays only after the cabling).";
    "E116" Error Bedeutung [];
    "Nicht förderfähig" / "not eligible for funding";
    "Förderprogramme finanzieren nur bestimmte Kostenarten; manche fördern nur Investitionen (Netz, WLAN, Displays, Server, Plattformen), aber keine laufenden Kosten, kein Supportpersonal und keinen externen Breitbandanschluss, andere auch Wartungs- und Supportstrukturen sowie Fortbildung. Welche Kostenarten ein Programm fördert, steht je Programm im Profil (`mep explain E116` listet die Programme)." / "Funding programmes pay only for certain kinds of cost; some fund only investments (network, WLAN, displays, servers, platforms) but no running costs, support staff or the external broadband line, others also maintenance and support structures and teacher training. Which kinds of cost a programme funds is part of each programme in the profile (`mep explain E116` lists the programmes).";
    "E118" Error Bedeutung [];
    "Förderdeckel für mobile Endgeräte überschritten" / "cap on mobile devices exceeded";
    "Förderprogramme können mobile Endgeräte deckeln: auf einen Anteil der Fördersumme oder einen Betrag je Schule. Die Deckel stehen je Programm im Profil (`mep explain E118` listet die Programme)." / "Funding programmes may cap mobile devices: at a share of the funding or an amount per school. Caps are part of each programme in the profile (`mep explain E118` lists the programmes).";
    "E119" Error Bedeutung [];
    "Investition passt nicht zu Menge × Einzelpreis" / "investment does not match quantity × unit price";
    "Nennt eine Maßnahme Menge, Einzelpreis und Investition, so ist die Investition das Produkt aus Menge und Einzelpreis." / "When a measure gives quantity, unit price and investment, the investment is quantity times unit price.";
    "E120" Error Bedeutung [];
    "Pflichtabschnitt fehlt" / "mandatory section missing";
    "Die Handreichung nennt Leitplanken, Zielarchitektur (Software, Infrastruktur, Hardware) und die Vereinbarung zu Service und Support als Handlungsfelder im Kern eines Schul-IT-Gesamtkonzepts (Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts“). `mep` erwartet diese Abschnitte deshalb in jedem Plan (mep-Annahme): fehlt einer, ist nicht zu erkennen, ob er vergessen wurde oder nicht zutrifft. Trifft ein Abschnitt nicht zu, wird er mit `nicht_zutreffend = \"Begründung\"` ausdrücklich verzichtet." / "The Handreichung names guardrails, target architecture (software, infrastructure, hardware) and the service and support agreement as the fields of action at the core of a school IT concept (Handreichung, \"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts\"). `mep` therefore expects these sections in every plan (mep convention): when one is missing, nobody can tell whether it was forgotten or does not apply. A section that does not apply is waived explicitly with `nicht_zutreffend = \"reason\"`.";
    "E121" Error Bedeutung [];
    "Maßnahme außerhalb des Förderzeitraums" / "measure outside the funding period";
    "Eine Quelle finanziert nur Maßnahmen in ihrem Zeitraum bzw. dem ihres Programms. Die Förderzeiträume der Programme stehen im Profil (`mep explain E121` listet die Programme)." / "A source funds only measures within its period or its programme's. The programmes' funding periods are in the profile (`mep explain E121` lists the programmes).";
    "E122" Error Bedeutung [];
    "Finanzierungszeile ohne Anteil und Betrag" / "funding line without share or amount";
    "Jede Zeile unter `[[massnahmen.finanzierung]]` nennt den Anteil in Prozent (`anteil`) oder den Betrag in Euro (`betrag`, wie ihn der Förderbescheid nennt); sonst ist offen, was die Quelle trägt." / "Every line under `[[massnahmen.finanzierung]]` states the share in percent (`anteil`) or the amount in euros (`betrag`, as the grant notice states it); otherwise what the source pays is unknown.";
    "E123" Error Bedeutung [];
    "Standardquelle unbekannt" / "unknown default source";
    "`folgekosten_quelle`, `ersatz_quelle` und `standard_quelle` unter `[finanzierung]` nennen die Id einer Quelle aus `[[finanzierung.quellen]]`." / "`folgekosten_quelle`, `ersatz_quelle` and `standard_quelle` under `[finanzierung]` name the id of a source in `[[finanzierung.quellen]]`.";
    "E124" Error Bedeutung [];
    "Lösungszeit kürzer als Reaktionszeit" / "resolution time shorter than response time";
    "Eine Vereinbarung zu Service und Support soll „klare Regelungen“ treffen (Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“). Reaktions- und Lösungszeit einer Priorität zählen beide ab der Meldung; ein Problem ist nicht gelöst, bevor jemand reagiert hat. Eine Lösungszeit unter der Reaktionszeit widerspricht sich, meist sind die Werte vertauscht." / "A service and support agreement is to make \"klare Regelungen\" (clear arrangements) (Handreichung, \"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support\"). A priority's response and resolution times both count from the report; a problem is not solved before anyone has responded. A resolution time below the response time contradicts itself, usually the values are swapped.";
    "E125" Error Bedeutung [];
    "Eskalation über ein unbekanntes Format" / "escalation through an unknown format";
    "Die Eskalationsstufen der Supportvereinbarung (`[[support.eskalation]]`) nennen mit `format` das Format der Zusammenarbeit, in dem ein ungelöster Fall behandelt wird, z. B. das Schul-IT-Arbeitstreffen oder den Runden Tisch. Die Id muss unter `[[governance.formate]]` stehen, sonst führt die Eskalation ins Leere. Die Handreichung empfiehlt „klare Regelungen“ in der Vereinbarung (Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“) und beschreibt die Formate unter „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“." / "The escalation steps of the support agreement (`[[support.eskalation]]`) name with `format` the cooperation format in which an unsolved case is dealt with, e.g. the school IT meeting or the Runder Tisch. The id must exist under `[[governance.formate]]`, otherwise the escalation leads nowhere. The Handreichung recommends \"klare Regelungen\" (clear arrangements) in the agreement (Handreichung, \"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support\") and describes the formats under \"Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit\".";
    "E126" Error Bedeutung [];
    "Verweis auf unbekanntes Ziel" / "reference to an unknown goal";
    "`ziele` einer Maßnahme nennt eine Id, die unter `[[zielbild.ziele]]` fehlt. Maßnahmen werden aus den Zielen des Zielbilds abgeleitet (Handreichung, „Glossar“: Schul-IT Zielbild, „um von diesem Zielbild aus konkrete Maßnahmen abzuleiten“)." / "A measure's `ziele` names an id missing from `[[zielbild.ziele]]`. Measures are derived from the goals of the Zielbild (Handreichung, \"Glossar\": school IT Zielbild, \"um von diesem Zielbild aus konkrete Maßnahmen abzuleiten\").";
    "E127" Error Bedeutung [];
    "Begründete Abweichung von keiner Warnung" / "justified deviation from no warning";
    "Unter `[[abweichungen]]` beantwortet ein Plan eine Warnung mit einer Begründung (`regel`, `betrifft`, `begruendung`, `bis_wert`, `zugestimmt`). Die Handreichung nennt „Beispielhafte Leitplanken inkl. Optionen“ (Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“); ein Schulträger kann mit Gründen anders entscheiden. Begründet werden können nur Warnungen (`W…`): eine Warnung meldet Ungewöhnliches, das gute Gründe haben kann; ein Fehler heißt, dass der Plan sich widerspricht oder nicht wie gemeint gelesen werden kann, und wird behoben, nicht begründet. Gemeldet wird eine Abweichung, deren `regel` ein Fehler, ein Hinweis, ein nicht mehr vergebener (`mep explain` nennt den Nachfolger) oder ein unbekannter Code ist." / "Under `[[abweichungen]]` a plan answers a warning with a reason (`regel`, `betrifft`, `begruendung`, `bis_wert`, `zugestimmt`). The Handreichung gives \"Beispielhafte Leitplanken inkl. Optionen\" (example guardrails with options) (Handreichung, \"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds\"); a Schulträger may decide otherwise, with reasons. Only warnings (`W…`) can be justified: a warning reports something unusual that may have good reasons; an error means the plan contradicts itself or cannot be read as meant, and is corrected, not justified. Reported is a deviation whose `regel` is an error, a note, a retired code (`mep explain` names its successor) or an unknown code.";
    "E128" Error Bedeutung [];
    "Anteil über der Förderquote der Quelle" / "share above the source's funding rate";
    "Nennt eine Quelle unter `[[finanzierung.quellen]]` eine `foerderquote`, trägt sie höchstens diesen Anteil an den Kosten einer Maßnahme; der Rest ist Eigenanteil. Setzt eine Finanzierungszeile der Maßnahme für diese Quelle einen höheren `anteil` an, widerspricht sich der Plan: entweder ist der Anteil zu hoch oder die Förderquote falsch abgeschrieben. Die Meldung nennt beide Werte und beide Stellen." / "When a source under `[[finanzierung.quellen]]` states a `foerderquote`, it pays at most that share of a measure's cost; the rest is the own share. A funding line that puts a higher `anteil` on this source makes the plan contradict itself: either the share is too high or the funding rate was copied wrongly. The message names both figures and both places.";
    "W201" Warning Plausibilitaet [];
    "Leitplanke 1:1 nicht in Zielen oder Maßnahmen abgebildet" / "1:1 guardrail not reflected in targets or measures";
    "Sagt die Leitplanke persönliche Geräte (1:1) zu, muss die Hardware-Zielausstattung eine Schülerin bzw. einen Schüler je Gerät vorsehen, und Bestand plus Maßnahmen müssen genug Geräte liefern. Zum Bestand zählen nur persönliche Geräte (keine Desktops), die am Ende der Laufzeit ihren Ersatzzyklus noch nicht überschritten haben." / "If the guardrail promises personal devices (1:1), the hardware target must provide one student per device, and stock plus measures must deliver enough devices. Stock counts only personal devices (no desktops) still within their replacement cycle at the end of the plan.";
    "W202" Warning Plausibilitaet [];
    "Dienstgerät für alle, aber zu wenige Lehrkraftgeräte" / "a device for every teacher, but too few teacher devices";
    "Sagt die Leitplanke ein Dienstgerät für alle Lehrkräfte zu, muss das Ziel 100 % der Lehrkräfte abdecken, und Bestand plus Maßnahmen müssen so viele Geräte liefern, wie es Lehrkräfte gibt." / "If the guardrail promises a device for every teacher, the target must cover 100 % of teachers, and stock plus measures must deliver as many devices as there are teachers.";
    "W203" Warning Plausibilitaet [];
    "Flächendeckendes Netz, aber Abdeckungsziel unter 100 %" / "full network coverage promised, but target below 100 %";
    "Die Netz-Leitplanke „flächendeckend“ verlangt LAN- und WLAN-Ziele von 100 % der Unterrichtsräume." / "The network guardrail \"flaechendeckend\" requires LAN and WLAN targets of 100 % of teaching rooms.";
    "W204" Warning Plausibilitaet ["praesentation_fast_alle_min"];
    "Präsentationstechnik-Ziel passt nicht zur Leitplanke" / "presentation target does not match the guardrail";
    "„Alle Räume“ verlangt ein Ziel von 100 %, „fast alle Räume“ mindestens {praesentation_fast_alle_min} % der Unterrichtsräume; die Art (interaktiv oder nicht) stimmt mit der Leitplanke überein." / "\"All rooms\" requires a 100 % target, \"almost all rooms\" at least {praesentation_fast_alle_min} % of teaching rooms; the kind (interactive or not) matches the guardrail.";
    "W210" Warning Plausibilitaet ["schueler_pro_geraet_max"];
    "Zu viele Schülerinnen und Schüler je Gerät" / "too many students per device";
    "Mehr als {schueler_pro_geraet_max} Schülerinnen und Schüler je Gerät gilt als unzureichend. Geprüft werden das Hardware-Ziel je Schulform und der IST-Stand jeder Schule bzw. Schulgruppe; im IST-Stand zählen die vom Schulträger bereitgestellten Geräte (eigene und geleaste), private Geräte der Eltern nennt die Meldung gesondert." / "More than {schueler_pro_geraet_max} students per device is considered insufficient. Checked are the hardware target per school type and each school's or school group's current state; the current state counts the devices the Schulträger provides (own and leased), the message names privately owned devices apart.";
    "W211" Warning Plausibilitaet ["geraete_pro_vzae_max"];
    "Zu viele Geräte je Support-Vollzeitstelle" / "too many devices per support FTE";
    "Eine Technikerin oder ein Techniker betreut höchstens etwa {geraete_pro_vzae_max} Geräte. Gezählt werden die vom Schulträger bereitgestellten Schüler- und Lehrkraftgeräte nach Zielausstattung; lässt sich die Zielausstattung nicht für alle Schulen berechnen, die Geräte im Bestand (ggf. als Mindestzahl). Die Meldung sagt, welche Zahl sie nimmt." / "One technician looks after at most about {geraete_pro_vzae_max} devices. Counted are the student and teacher devices the Schulträger provides by target equipment; where the target cannot be computed for all schools, the devices in stock (possibly as a lower bound). The message says which count it uses.";
    "W212" Warning Plausibilitaet ["breitband_mbit_pro_klasse_min"];
    "Zu wenig Bandbreite je Klasse" / "too little bandwidth per class";
    "Weniger als {breitband_mbit_pro_klasse_min} Mbit/s je Klasse gelten als unzureichend. Geprüft werden IST-Anschluss je Schule und Ziel-Bandbreite; in einer Schulgruppe ist der Anschluss der jeder Schule, die Bandbreite je Klasse also Anschluss × Zahl der Schulen / Klassen." / "Less than {breitband_mbit_pro_klasse_min} Mbit/s per class is considered insufficient. Checked are each school's current line and the target bandwidth; in a school group the line is each school's, so bandwidth per class is line × number of schools / classes.";
    "W213" Warning Plausibilitaet ["breitband_ziel_grundschule_mbit_pro_klasse", "breitband_ziel_weiterfuehrend_mbit_pro_klasse"];
    "Breitband-Ziel unter dem Landesziel" / "broadband target below the Land's target";
    "Manche Länder setzen höhere Breitbandziele als der Bund, z. B. Sachsen. Das Landesprofil nennt sie (eingebaut und nach `bundesland` gewählt, siehe `mep explain --profiles`, oder ein eigenes mit `--profile`): mindestens {breitband_ziel_grundschule_mbit_pro_klasse} Mbit/s je Klasse in Grundschulen und {breitband_ziel_weiterfuehrend_mbit_pro_klasse} Mbit/s in weiterführenden Schulen. Ohne diese Werte prüft die Regel nichts." / "Some Länder set higher broadband targets than the federal level, e.g. Saxony. The Land profile gives them (built in and chosen by `bundesland`, see `mep explain --profiles`, or an own one with `--profile`): at least {breitband_ziel_grundschule_mbit_pro_klasse} Mbit/s per class in primary and {breitband_ziel_weiterfuehrend_mbit_pro_klasse} Mbit/s in secondary schools. Without these values the rule checks nothing.";
    "W214" Warning Plausibilitaet ["access_points_pro_raum_min"];
    "Zu wenige Access Points je Unterrichtsraum" / "too few access points per teaching room";
    "Für Unterricht mit vielen Geräten gleichzeitig braucht jeder Unterrichtsraum genug WLAN-Access-Points (Empfehlung: mindestens {access_points_pro_raum_min} je Raum)." / "For lessons with many devices at once, every teaching room needs enough WLAN access points (recommended: at least {access_points_pro_raum_min} per room).";
    "W215" Warning Plausibilitaet ["ersatzzyklus_max_jahre"];
    "Ersatzzyklus fehlt oder ist zu lang" / "replacement cycle missing or too long";
    "Endgeräte werden regelmäßig ersetzt; ein Ersatzzyklus von mehr als {ersatzzyklus_max_jahre} Jahren ist unrealistisch, ohne Zyklus fehlen die Ersatzkosten." / "Devices are replaced regularly; a cycle of more than {ersatzzyklus_max_jahre} years is unrealistic, without a cycle the replacement costs are missing.";
    "W216" Warning Plausibilitaet ["lehrkraft_support_stunden_max"];
    "First-Level-Support nur durch Lehrkräfte" / "first-level support by teachers only";
    "IT-beauftragte Lehrkräfte haben meist nur wenige Stunden je Woche für Support; mehr als {lehrkraft_support_stunden_max} Stunden sind unrealistisch. Ein Supportkonzept, das sich allein auf sie stützt, trägt nicht; professioneller Support (2nd Level) gehört dazu." / "Teachers in charge of IT usually have only a few hours a week for support; more than {lehrkraft_support_stunden_max} hours are unrealistic. A concept that relies on them alone does not hold; professional (2nd level) support belongs to it.";
    "W217" Warning Plausibilitaet [];
    "Keine Folgekosten für Geräte oder Lizenzen" / "no follow-up costs for devices or licences";
    "Geräte, Software und Plattformen verursachen jährliche Kosten (Wartung, Lizenzen, Support); eine Maßnahme ohne Folgekosten unterschätzt die Gesamtkosten (Handreichung Schul-IT, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit“: Beschaffung, Installation und Wartung sind Aufgabe des Schulträgers). Nicht gemeldet werden Maßnahmen, die selbst das Budget für Wartung, Ersatz oder Support sind (`kategorie = \"wartung\"`, `\"ersatzbeschaffung\"`, `\"support_personal\"`), Geräte, deren Wartung, Ersatz oder Support eine solche Maßnahme für dieselben Schulen trägt, und Geräte, die ganz aus Elternbeiträgen (Quellen mit `art = \"eltern\"`) bezahlt werden und damit den Eltern gehören." / "Devices, software and platforms cause yearly costs (maintenance, licences, support); a measure without follow-up costs understates the total cost (Handreichung Schul-IT, \"Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Themen der Zusammenarbeit\": procurement, installation and maintenance are the Schulträger's task). Not reported: measures that are themselves the budget for maintenance, replacement or support (`kategorie = \"wartung\"`, `\"ersatzbeschaffung\"`, `\"support_personal\"`), devices whose maintenance, replacement or support such a measure carries for the same schools, and devices paid for entirely by parents (sources with `art = \"eltern\"`), which thus belong to the parents.";
    "W218" Warning Plausibilitaet [];
    "Kein strategisches Abstimmungsformat mit den Schulen" / "no strategic coordination format with the schools";
    "Die Handreichung Schul-IT („Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“) empfiehlt einen Runden Tisch des Schulträgers mit IT-beauftragten Lehrkräften, Schulleitungen und IT-Dienstleister: „Halbjährliche strategische Austausche“ mit „Rückblick und Feedback auf das vergangene Jahr“ und einem „Ausblick auf das kommende Jahr“. Es zählen ein Runder Tisch (in jedem Turnus; W239 prüft den Turnus) oder Gespräche mit jeder Schule mindestens jährlich (`art = \"schulgespraech\"`, `turnus = \"jaehrlich\"`): sie leisten Rückblick und Ausblick mit jeder Schulleitung (vgl. dort auch „Feedback-Mechanismen … Evaluationsgespräche“). Schul-IT-Arbeitstreffen zählen nicht: die Handreichung beschreibt sie als operativ, der Schulträger begleitet nur. Eine Steuergruppe zählt nicht: die Handreichung beschreibt sie als Gremium auf Landesebene („Abstimmungen und Zusammenwirken von Schulträgern und Land“: „Steuergruppe aus Land und kommunalen Spitzenverbänden“, Beteiligte „Vertreterinnen und Vertreter von Land und Schulträgern, sowie der kommunalen Verbände auf Landesebene“), nicht als Austausch mit den Schulen; sie gehört unter `[[land.gremien]]`." / "The Handreichung Schul-IT (\"Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit\") recommends a Runder Tisch of the Schulträger with IT teachers, school heads and IT provider: half-yearly strategic exchanges with a review of and feedback on the past year and an outlook on the coming year. What counts: a Runder Tisch (at any cadence; W239 checks the cadence) or talks with every school at least yearly (`art = \"schulgespraech\"`, `turnus = \"jaehrlich\"`): they do the review and outlook with each school's head (see there also \"Feedback-Mechanismen … Evaluationsgespräche\"). School IT meetings do not count: the Handreichung describes them as operational, with the Schulträger only accompanying. A steering group does not count: the Handreichung describes it as a body at Land level (\"Abstimmungen und Zusammenwirken von Schulträgern und Land\": a steering group of the Land and the associations of municipalities, with representatives of the Land and the Schulträger and of the municipal associations at Land level), not as an exchange with the schools; it belongs under `[[land.gremien]]`.";
    "W219" Warning Plausibilitaet [];
    "Kein Evaluationstermin" / "no evaluation date";
    "Ein Plan nennt, wann er überprüft und fortgeschrieben wird (Handreichung Schul-IT, „Schul-IT Governance“: Festlegung von Zeitpunkten und definierten Verfahren für die Evaluation; LMZ Baden-Württemberg: Evaluationskriterien und Messgrößen). Es zählen Überprüfungstermine (`ueberpruefungen`) oder ein regelmäßiger Bericht, mindestens jährlich, an ein Gremium (`[evaluation.bericht]` mit `turnus = \"jaehrlich\"` und `gremium = \"Schulausschuss\"`)." / "A plan says when it is reviewed and updated (Handreichung Schul-IT, \"Schul-IT Governance\": fixed dates and defined procedures for the evaluation; LMZ Baden-Württemberg: evaluation criteria and measures). What counts: review dates (`ueberpruefungen`) or a regular report, at least yearly, to a committee (`[evaluation.bericht]` with `turnus = \"jaehrlich\"` and `gremium = \"Schulausschuss\"`).";
    "W220" Warning Plausibilitaet ["preis_abweichung_faktor"];
    "Einzelpreis außerhalb der üblichen Spanne" / "unit price outside the usual range";
    "Jede Kostenart hat im Profil unter `[preise]` eine übliche Preisspanne je Einheit (`mep explain W220` listet sie). Ein Einzelpreis unter der Spanne geteilt durch {preis_abweichung_faktor} oder über der Spanne mal {preis_abweichung_faktor} deutet auf einen Tipp- oder Einheitenfehler." / "Every kind of cost has a usual price range per unit in the profile under `[preise]` (`mep explain W220` lists them). A unit price below the range divided by {preis_abweichung_faktor} or above the range times {preis_abweichung_faktor} suggests a typo or unit error.";
    "W221" Warning Plausibilitaet [];
    "Schule ohne Medienkonzept" / "school without a media concept";
    "Förderprogramme (DigitalPakt) setzen ein Medienkonzept der Schule voraus; der MEP des Schulträgers baut auf den Medienkonzepten auf." / "Funding programmes (DigitalPakt) require each school's media concept; the Schulträger's plan builds on them.";
    "W222" Warning Plausibilitaet [];
    "Deckungslücke" / "funding gap";
    "Alle Kosten der Laufzeit – Investitionen, laufende Kosten, Folgekosten und fällige Ersatzbeschaffungen – brauchen eine Deckung: über die Finanzierungszeilen der Maßnahme oder die Standardquellen des Plans (`folgekosten_quelle`, `ersatz_quelle`, `standard_quelle`). Die Handreichung nennt es als Aufgabe der Zusammenarbeit von Land und Schulträgern, „Finanzierungsfragen zu klären“; das Gemeindehaushaltsrecht verlangt einen ausgeglichenen Haushalt, in dem alle Erträge zusammen alle Aufwendungen decken (Grundsatz der Gesamtdeckung, etwa in der Kommunalhaushaltsverordnung NRW, KomHVO). Ein Bedarf über dem Budget einer Quelle (im Jahr oder gesamt) und Kosten ohne Quelle sind eine Lücke, die der Plan benennen muss – eine Warnung, kein Fehler: ein Plan darf eine Lücke ehrlich ausweisen. Ersetzt E117." / "All costs of the period – investments, running costs, follow-up costs and replacements due – need cover: by the measure's funding lines or the plan's default sources (`folgekosten_quelle`, `ersatz_quelle`, `standard_quelle`). The Handreichung names settling \"Finanzierungsfragen\" as a task of Land and Schulträger together; municipal budget law requires a balanced budget in which all revenue together covers all expenditure (principle of overall cover, e.g. in the municipal budget ordinance of NRW, KomHVO). Need above a source's budget (in a year or in total) and costs without a source are a gap the plan must name – a warning, not an error: a plan may state its gap honestly. Replaces E117.";
    "W228" Warning Plausibilitaet [];
    "Mehrdeutiger Wert eines Indikators" / "ambiguous indicator value";
    "Evaluation braucht festgelegte Zeitpunkte und Verfahren (Handreichung, Schul-IT-Governance) und eindeutige Messgrößen (LMZ Baden-Württemberg: Evaluationskriterien und Messgrößen). Eine Messreihe nennt je Zeitpunkt höchstens einen IST- und einen SOLL-Wert; jeder Wert einer Aufschlüsselung gilt für genau eine Schulform oder eine benannte Gruppe. Die Reihenfolge der Werte im Plan ist beliebig." / "Evaluation needs defined dates and procedures (Handreichung, Schul-IT governance) and unambiguous measures (LMZ Baden-Württemberg: evaluation criteria and measures). A series gives at most one IST and one SOLL value per point in time; each breakdown value holds for exactly one Schulform or one named group. The order of the values in the plan does not matter.";
    "W229" Warning Plausibilitaet [];
    "Anteil über 100 %" / "share above 100 %";
    "Ein Indikator in Prozent oder mit einer Bezugsgröße (`basis` Schülerinnen und Schüler, Unterrichtsräume oder Schulen) misst einen Anteil, der zwischen 0 und 100 % liegt (LMZ Baden-Württemberg: Messgrößen mit Bezugsgröße). Ein größerer Wert ist meist eine Anzahl; dann gilt `basis = \"anzahl\"`." / "An indicator in percent or with a base (`basis` students, teaching rooms or schools) measures a share, which lies between 0 and 100 % (LMZ Baden-Württemberg: measures with a base). A larger value is usually a count; then `basis = \"anzahl\"` applies.";
    "W230" Warning Plausibilitaet [];
    "Jahrgänge widersprüchlich" / "year groups inconsistent";
    "Ein Ziel für bestimmte Jahrgänge (`jahrgaenge`) und die Schülerzahlen je Jahrgang (`schueler_jahrgaenge`) nennen Bereiche von Jahrgangsstufen, die es gibt (erste bis dreizehnte Jahrgangsstufe nach den Schulgesetzen der Länder), mit `von` ≤ `bis`; die Bereiche einer Schule überschneiden sich nicht und zählen nicht mehr Schülerinnen und Schüler als die Schule hat. Sonst bleibt die Zahl der Zielgeräte offen." / "A target for certain year groups (`jahrgaenge`) and the students per year group (`schueler_jahrgaenge`) name ranges of year groups that exist (first to thirteenth year under the Länder's school laws) with `von` ≤ `bis`; a school's ranges do not overlap and count no more students than the school has. Otherwise the number of target devices stays open.";
    "W231" Warning Plausibilitaet [];
    "Elternfinanzierung passt nicht zu Eigentum oder Ziel" / "parent financing does not match ownership or target";
    "Elternfinanzierte Geräte gehören den Eltern (`eigentum = \"eltern\"`) oder sind geleast; ihr Geld ist eine Quelle der Art `eltern`, weder Fördermittel noch Kosten des Schulträgers (Handreichung, Leitplanke Schülergeräte: GYOD/BYOD). Eine Schule nimmt daran nur teil (`elternfinanzierte_geraete = true`), wenn das Hardware-Ziel ihrer Schulform elternfinanzierte Geräte vorsieht." / "Parent-financed devices belong to the parents (`eigentum = \"eltern\"`) or are leased; their money is a source of kind `eltern`, neither funding nor the Schulträger's cost (Handreichung, student device guardrail: GYOD/BYOD). A school takes part (`elternfinanzierte_geraete = true`) only if the hardware target of its Schulform provides parent-financed devices.";
    "W232" Warning Plausibilitaet [];
    "Personenbezogene Daten ohne AV-Vertrag" / "personal data without a processing agreement";
    "Wer personenbezogene Daten im Auftrag einer verantwortlichen Stelle verarbeitet, braucht einen Vertrag zur Auftragsverarbeitung oder ein anderes Rechtsinstrument (Art. 28 Abs. 3 DSGVO); die Handreichung Schul-IT („Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit“) nennt Datenschutz als zentrales Ziel: „Schulträger sind verpflichtet, sicherzustellen, dass Schulen alle notwendigen Datenschutzmaßnahmen einhalten“. Gemeldet wird eine Anwendung mit `av_vertrag = false`, die personenbezogene Daten verarbeitet: laut `personenbezogene_daten = true` oder, ohne Angabe, weil sie eine Lernplattform, Kommunikations- oder Verwaltungssoftware ist (diese arbeiten nicht ohne Konten, Nachrichten oder Schülerdaten; bei anderen Kategorien bleibt es offen, bis der Plan es sagt). Auch ein Dienst des Landes (`bereitsteller = \"land\"`) wird gemeldet: Den Vertrag schließen dort die Schule als verantwortliche Stelle und das Land, nicht der Schulträger, oder ein Rechtsinstrument des Landes tritt an seine Stelle; gibt es eins von beiden, gilt `av_vertrag = true`. Eine Warnung, kein Fehler: der Plan nennt die Lage ehrlich; nennt `[datenschutz.av_vertraege]` eine Maßnahme oder einen Termin, steht der Weg in der Meldung." / "Whoever processes personal data on behalf of a controller needs a data processing agreement or another legal act (Art. 28(3) GDPR); the Handreichung Schul-IT (\"Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Ziele der Zusammenarbeit\") names data protection a central goal: Schulträger are to ensure that schools comply with all necessary data protection measures. Reported: an application with `av_vertrag = false` that processes personal data: by `personenbezogene_daten = true` or, if unstated, because it is a learning platform, communication or administration software (these do not work without accounts, messages or pupils' records; for other kinds it stays open until the plan says). A Land service (`bereitsteller = \"land\"`) is reported too: there the contract is concluded by the school as controller and the Land, not by the Schulträger, or a legal act of the Land takes its place; if either exists, `av_vertrag = true` applies. A warning, not an error: the plan states the situation honestly; if `[datenschutz.av_vertraege]` names a measure or a date, the message gives the path.";
    "W233" Warning Plausibilitaet [];
    "Datenschutz-Folgenabschätzung erforderlich, aber nicht durchgeführt" / "impact assessment required but not done";
    "Hat eine Verarbeitung voraussichtlich ein hohes Risiko für die Rechte und Freiheiten der Betroffenen, führt die verantwortliche Stelle vorab eine Datenschutz-Folgenabschätzung durch (Art. 35 Abs. 1 DSGVO). Gemeldet wird jede Anwendung mit `dsfa = \"erforderlich\"` (erforderlich, aber noch nicht durchgeführt) und `[datenschutz.dsfa]` mit `status = \"fehlt\"`, während eine Anwendung eine braucht. Nennt `[datenschutz.dsfa]` eine Maßnahme oder einen Termin, steht der Weg in der Meldung." / "Where processing is likely to result in a high risk to the rights and freedoms of natural persons, the controller carries out a data protection impact assessment prior to the processing (Art. 35(1) GDPR). Reported: every application with `dsfa = \"erforderlich\"` (required, not yet done), and `[datenschutz.dsfa]` with `status = \"fehlt\"` while an application needs one. If `[datenschutz.dsfa]` names a measure or a date, the message gives the path.";
    "W234" Warning Plausibilitaet [];
    "Datenschutz-Regelung fehlt" / "data protection arrangement missing";
    "Eine Regelung unter `[datenschutz]` mit `status = \"fehlt\"`. Die Meldung nennt ihre Grundlage: Verzeichnis der Verarbeitungstätigkeiten Art. 30 DSGVO, AV-Verträge Art. 28 DSGVO, Datenschutz-Folgenabschätzung Art. 35 DSGVO, Löschkonzept Art. 5 Abs. 1 lit. e und Art. 17 DSGVO, Nutzungsordnung das Schulgesetz und die schulischen Datenschutzvorschriften des Landes (`[datenschutz] landesrecht`; Handreichung Schul-IT, Fußnote 1: „Hier sind die individuellen Regelungen zum Datenschutz in den jeweiligen Bundesländern zu bedenken“), Informationsverbund BSI-Standard 200-2 (IT-Grundschutz-Methodik; Handreichung, Glossar), Netztrennung der Baustein NET.1.1 Netzarchitektur und -design und Datensicherung der Baustein CON.3 Datensicherungskonzept des IT-Grundschutz-Kompendiums; dazu den Weg, wenn der Plan ihn nennt (`massnahme`, `bis`). Eine Warnung: eine fehlende Regelung ist eine Lage, die der Plan ehrlich nennt." / "An arrangement under `[datenschutz]` with `status = \"fehlt\"`. The message names its basis: records of processing Art. 30 GDPR, processing agreements Art. 28 GDPR, impact assessment Art. 35 GDPR, deletion concept Art. 5(1)(e) and Art. 17 GDPR, acceptable use policy the Land's school act and school data protection rules (`[datenschutz] landesrecht`; Handreichung Schul-IT, footnote 1), information network BSI Standard 200-2 (IT-Grundschutz methodology; Handreichung, glossary), network separation module NET.1.1 network architecture and design and backup module CON.3 backup concept of the IT-Grundschutz compendium; and the path, if the plan names one (`massnahme`, `bis`). A warning: a missing arrangement is a situation the plan states honestly.";
    "W235" Warning Plausibilitaet ["jahresarbeitsstunden_vzae"];
    "Leistungskatalog übersteigt das Supportpersonal" / "service catalogue exceeds the support staff";
    "Die Handreichung empfiehlt, „die erforderlichen Support- und Serviceleistungen sowie den damit verbundenen Aufwand sorgfältig zu erheben“, als Grundlage für „klare Regelungen zur möglichen Aufgaben- und Kostenteilung zwischen dem Land und den Schulträgern“; dabei nennt sie die „Prüfung von Möglichkeiten zur interkommunalen Zusammenarbeit“ (Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support“). Der Aufwand der Leistungen (`[[support.leistungen]]`, `aufwand_stunden_jahr`), die das technische Supportpersonal erbringt – Leistungen des Schulträgers, des IT-Dienstleisters und des Medienzentrums, nicht die der Schule, des Landes oder der Hersteller –, wird mit dem verglichen, was das Personal leisten kann: `personal_vzae` × {jahresarbeitsstunden_vzae} Stunden je Vollzeitstelle und Jahr. Haben nur einige Leistungen einen Aufwand, ist die Summe eine Mindestzahl („mind.“). Ohne Personal oder ohne bezifferten Aufwand prüft die Regel nichts: Unbekanntes ist nicht null." / "The Handreichung recommends to survey carefully the support and service needed and the effort it takes (\"die erforderlichen Support- und Serviceleistungen sowie den damit verbundenen Aufwand sorgfältig zu erheben\"), as the basis of \"klare Regelungen zur möglichen Aufgaben- und Kostenteilung zwischen dem Land und den Schulträgern\"; it names the \"Prüfung von Möglichkeiten zur interkommunalen Zusammenarbeit\" (checking inter-municipal options) (Handreichung, \"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Vereinbarungen zu Service und Support\"). The effort of the services (`[[support.leistungen]]`, `aufwand_stunden_jahr`) the technical support staff provides – services of the Schulträger, the IT provider and the Medienzentrum, not those of the school, the Land or manufacturers – is compared with what the staff can work: `personal_vzae` × {jahresarbeitsstunden_vzae} hours per full-time post and year. If only some services state their effort, the sum is a lower bound (\"at least\"). Without staff or without any effort stated the rule checks nothing: unknown is not zero.";
    "W236" Warning Plausibilitaet [];
    "Einheitliche Dienste, aber Anwendungen nach Wahl der Schule" / "uniform services, but applications of the school's choosing";
    "Die Handreichung nennt als beispielhafte Leitplanke: „Den Schulen wird eine ausreichende, möglichst einheitliche Dienste-Landschaft angeboten (z.B. in den Bereichen Unterricht und Administration)“ („Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“). Entscheidet der Plan `dienste = \"einheitlich\"`, passt eine Anwendung, die eine Schule selbst bereitstellt (`bereitsteller = \"schule\"`), nicht dazu. Nicht gezählt werden lokale Apps (`kategorie = \"lokale_app\"`: die Handreichung nennt in der Domäne Software und Inhalte „Lokale Apps und Anwendungen die genutzt werden können“, also eine Auswahl, aus der Schulen wählen) und Schulbücher (`kategorie = \"schulbuch\"`: Lernmittel wählen die Fachkonferenzen der Schule)." / "The Handreichung names as an example guardrail: \"Den Schulen wird eine ausreichende, möglichst einheitliche Dienste-Landschaft angeboten (z.B. in den Bereichen Unterricht und Administration)\" (\"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds\"). If the plan decides `dienste = \"einheitlich\"`, an application a school provides itself (`bereitsteller = \"schule\"`) does not fit. Not counted are local apps (`kategorie = \"lokale_app\"`: the Handreichung's domain software and content names \"Lokale Apps und Anwendungen die genutzt werden können\", a selection schools choose from) and textbooks (`kategorie = \"schulbuch\"`: learning materials are chosen by the school's subject conferences).";
    "W237" Warning Plausibilitaet [];
    "Vornehmlich digitale Schulbücher ohne digitalen Schulbuchzugang" / "mainly digital textbooks without digital textbook access";
    "Entscheidet der Plan `schulbuecher = \"vornehmlich_digital\"` (Handreichung, „Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“), braucht die Zielarchitektur den Zugang dazu: die Handreichung nennt in der Domäne Software und Inhalte „Digitaler Zugang zu Schulbüchern und Verlagsinhalten“. Gemeldet wird, wenn unter `[[zielarchitektur.software.anwendungen]]` keine Anwendung der Kategorie `schulbuch` steht (ohne Software-Abschnitt spricht E120, ein verzichteter Abschnitt nennt seinen Grund)." / "If the plan decides `schulbuecher = \"vornehmlich_digital\"` (Handreichung, \"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds\"), the target architecture needs access to them: the Handreichung's domain software and content names \"Digitaler Zugang zu Schulbüchern und Verlagsinhalten\". Reported when `[[zielarchitektur.software.anwendungen]]` has no application of category `schulbuch` (without a software section E120 speaks, a waived section gives its reason).";
    "W238" Warning Plausibilitaet [];
    "Nutzung zu Hause ohne persönliche Geräte" / "home use without personal devices";
    "Die Handreichung nennt als beispielhafte Leitplanke persönliche Geräte, „die auch zuhause genutzt werden können“, und für Grundschulen geteilte Geräte oder mobile Klassensätze („Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds“). Mobile Klassensätze und geteilte Geräte bleiben in der Schule: `nutzung_zuhause = true` passt nur, wenn mindestens eine Stufe persönliche Geräte hat (`eins_zu_eins`). Die Meldung nennt jede Stufe mit Klassensätzen oder geteilten Geräten." / "The Handreichung names as an example guardrail personal devices \"die auch zuhause genutzt werden können\", and for primary schools shared devices or mobile class sets (\"Handlungsfelder eines landesweiten Schul-IT-Gesamtkonzepts – Leitplanken eines pädagogischen Zielbilds\"). Mobile class sets and shared devices stay in the school: `nutzung_zuhause = true` fits only if at least one stage has personal devices (`eins_zu_eins`). The message names each stage with class sets or shared devices.";
    "W239" Warning Plausibilitaet ["runder_tisch_termine_pro_jahr_min", "arbeitstreffen_termine_pro_jahr_min", "sprechstunde_termine_pro_jahr_min", "sprechstunde_klein_schulen_max", "sprechstunde_klein_termine_pro_jahr_min", "steuergruppe_termine_pro_jahr_min"];
    "Format seltener als empfohlen" / "format less often than recommended";
    "Die Handreichung Schul-IT nennt für die Formate einen Rhythmus („Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“): Runder Tisch „Halbjährliche strategische Austausche“ (mindestens {runder_tisch_termine_pro_jahr_min}-mal im Jahr), Schul-IT-Arbeitstreffen „Monatliche operative Austausche“ ({arbeitstreffen_termine_pro_jahr_min}-mal), Sprechstunde: „Feste Sprechzeiten“, als Beispiel wöchentlich ({sprechstunde_termine_pro_jahr_min}-mal); „Die Taktung ist abhängig von der Zahl der betreuten Schulen“: bei bis zu {sprechstunde_klein_schulen_max} Schulen (Summe der Schulen, eine Schulgruppe zählt mit ihrer Zahl) genügen {sprechstunde_klein_termine_pro_jahr_min} Termine im Jahr (mep-Annahme). Die Steuergruppe hält einmal jährlich eine Retrospektive (mindestens {steuergruppe_termine_pro_jahr_min}-mal; „Abstimmungen und Zusammenwirken von Schulträgern und Land“). `bei_bedarf` ist kein fester Rhythmus und gilt als seltener; `laufend` und ein fehlender Turnus werden nicht geprüft. Die Handreichung bietet die Formate an; ein seltenerer Rhythmus ist eine Warnung mit Zahl, kein Fehler." / "The Handreichung Schul-IT gives the formats a rhythm (\"Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit\"): Runder Tisch half-yearly (at least {runder_tisch_termine_pro_jahr_min} times a year), school IT meeting monthly ({arbeitstreffen_termine_pro_jahr_min} times), consultation hour at fixed times, e.g. once a week ({sprechstunde_termine_pro_jahr_min} times); its rhythm depends on the number of schools served: with up to {sprechstunde_klein_schulen_max} schools (the sum of schools, a school group counting with its number) {sprechstunde_klein_termine_pro_jahr_min} dates suffice (mep assumption). The steering group holds a yearly retrospective (at least {steuergruppe_termine_pro_jahr_min} times; \"Abstimmungen und Zusammenwirken von Schulträgern und Land\"). `bei_bedarf` is no fixed rhythm and counts as less often; `laufend` and a missing rhythm are not checked. The Handreichung offers the formats; a rarer rhythm is a warning with the figure, not an error.";
    "W240" Warning Plausibilitaet [];
    "Sprechstunde an zwei Stellen widersprüchlich" / "consultation hour contradicts itself in two places";
    "Der Plan hat eine Schul-IT-Sprechstunde (Handreichung, „Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit“: Schul-IT Sprechstunden). Sie wird als Format beschrieben (`[[governance.formate]]` mit `art = \"sprechstunde\"`, `turnus`, `zeit`, `form`); ältere Pläne nennen sie unter `[support.sprechstunde]`. Stehen beide da, gelten sie als eine Sprechstunde und müssen in Turnus, Zeit und Form übereinstimmen; das Format gilt." / "The plan has one school IT consultation hour (Handreichung, \"Abstimmungen und Zusammenwirken von Schulträgern und Schulen – Formen und Formate der Zusammenarbeit\"). It is described as a format (`[[governance.formate]]` with `art = \"sprechstunde\"`, `turnus`, `zeit`, `form`); older plans give it under `[support.sprechstunde]`. Where both exist they are one consultation hour and must agree on rhythm, time and form; the format applies.";
    "W242" Warning Plausibilitaet [];
    "Formelle Kooperation ohne Vertragsinhalte" / "formal cooperation without contract elements";
    "Eine formelle Zusammenarbeit zwischen Schulträgern – öffentlich-rechtliche Vereinbarung oder Zweckverband – beruht auf einem Vertrag (beim Zweckverband der Verbandsatzung). Die Handreichung („Abstimmungen und Zusammenwirken zwischen Schulträgern – Formen und Formate der Zusammenarbeit“) nennt als dessen Inhalt „Handlungsfelder der Zusammenarbeit, Kooperationsdauer, notwendige Ressourcen, Stimm- und Beteiligungsrechte sowie Kostenbeteiligungen“. Eine Vereinbarung, die besteht oder geplant ist, nennt sie (`themen`, `laufzeit` oder `bis`, `ressourcen`, `stimmrechte`, `kostenanteil`); ein Befund nennt alle offenen. Nicht gemeldet werden Vereinbarungen mit `status = \"geprueft\"` (geprüft, nicht vereinbart) und informelle Formen. Eine Warnung, kein Fehler: noch nicht ausgehandelte Inhalte sind ein realer Stand." / "A formal cooperation between Schulträger – public-law agreement or special-purpose association – rests on a contract (for an association, its statutes). The Handreichung (\"Abstimmungen und Zusammenwirken zwischen Schulträgern – Formen und Formate der Zusammenarbeit\") names as its content the fields of action, duration, necessary resources, voting and participation rights and cost shares. An agreement in place or planned states them (`themen`, `laufzeit` or `bis`, `ressourcen`, `stimmrechte`, `kostenanteil`); one finding names all open ones. Not reported: agreements with `status = \"geprueft\"` (examined, not agreed) and informal forms. A warning, not an error: content not yet negotiated is a real state.";
    "W243" Warning Plausibilitaet [];
    "Realisierung passt nicht zur Form" / "realisation does not match the form";
    "Die Handreichung („Abstimmungen und Zusammenwirken zwischen Schulträgern – Formen und Formate der Zusammenarbeit“) beschreibt drei Arten der Realisierung – mandatierte Vereinbarung, delegierte Vereinbarung, gemeinsame Nutzung öffentlicher Einrichtungen –, also Arten der öffentlich-rechtlichen Vereinbarung. Beim Zweckverband regelt die Verbandsatzung die Aufgabe; informelle Formen (Arbeitskreis, Absichtserklärung) haben keinen rechtsverbindlichen Charakter und übertragen keine Aufgabe. `realisierung` bei einer anderen Form widerspricht ihr. Eine Warnung, kein Fehler: die Handreichung leitet die drei Arten im Absatz zum Zweckverband ein („Dabei können verschiedene Arten der Realisierung beschrieben werden“), ein Plan, der ihr wörtlich folgt, ist nicht falsch." / "The Handreichung (\"Abstimmungen und Zusammenwirken zwischen Schulträgern – Formen und Formate der Zusammenarbeit\") describes three ways of realisation – mandated agreement, delegated agreement, shared use of public facilities – i.e. kinds of public-law agreement. For a special-purpose association its statutes settle the task; informal forms (working group, declaration of intent) are not legally binding and transfer no task. `realisierung` on another form contradicts it. A warning, not an error: the Handreichung introduces the three kinds in its paragraph on the association (\"Dabei können verschiedene Arten der Realisierung beschrieben werden\"); a plan following it literally is not wrong.";
    "W244" Warning Plausibilitaet [];
    "Gremien des Landes widersprüchlich" / "the Land's bodies contradict each other";
    "Die Handreichung beschreibt die Gremien von Land und Schulträgern („Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit“): Arbeitsgruppen „berichtet an den Steuerkreis“; im Steuerungsgremium vertreten die kommunalen Spitzenverbände die Schulträger („Schul-IT Governance“). Ein Gremium unter `[[land.gremien]]` berichtet daher an ein anderes, das dort steht (`berichtet_an` nennt dessen Id, ein unbekanntes Gremium ist ein Widerspruch), und eine Beteiligung `ueber_spitzenverband` setzt voraus, dass der Plan die Mitgliedschaft nicht verneint (`[land.spitzenverband] mitglied = false`)." / "The Handreichung describes the bodies of Land and Schulträger (\"Abstimmungen und Zusammenwirken von Schulträgern und Land – Formen und Formate der Zusammenarbeit\"): working groups report to the steering group; in the steering body the associations of municipalities represent the Schulträger (\"Schul-IT Governance\"). A body under `[[land.gremien]]` therefore reports to another one listed there (`berichtet_an` gives its id; an unknown body is a contradiction), and taking part `ueber_spitzenverband` requires that the plan does not deny the membership (`[land.spitzenverband] mitglied = false`).";
    "W245" Warning Plausibilitaet [];
    "Begründete Abweichung überholt" / "justified deviation out of date";
    "Eine begründete Abweichung (`[[abweichungen]]`) gilt für die Lage, in der sie beschlossen wurde. Gemeldet wird sie, wenn ihre Regel für den genannten Eintrag (`betrifft`) nichts mehr meldet oder es den Eintrag nicht gibt – dann ist sie überholt und kann gelöscht werden –, und wenn die Kennzahl der Warnung über dem begründeten Wert `bis_wert` liegt: dann gilt die ursprüngliche Warnung wieder als offen, bis die neue Lage begründet oder behoben ist. Eine mep-Regel: eine Begründung gilt nur für die Lage, die sie beschreibt." / "A justified deviation (`[[abweichungen]]`) holds for the situation in which it was agreed. It is reported when its rule no longer reports anything for the named entry (`betrifft`) or the entry does not exist – then it is out of date and can be deleted –, and when the warning's figure lies above the justified value `bis_wert`: then the original warning is open again until the new situation is justified or remedied. A mep rule: a reason holds only for the situation it describes.";
}

/// A rule code that no longer exists: `mep explain` still answers for it, with what replaced it,
/// so that old baselines, CI logs and notes stay understandable.
#[derive(Debug)]
pub struct Retired {
    pub code: &'static str,
    /// The rule or check that took over, e.g. `"W222"` or a completeness item.
    pub replaced_by: &'static str,
    pub note_de: &'static str,
    pub note_en: &'static str,
}

/// Retired codes, ordered by code. A code here is never reused for another rule.
pub static RETIRED: &[Retired] = &[
    Retired {
        code: "E115",
        replaced_by: "plan/beschluss (mep explain --checklist)",
        note_de: "„Beschlossen ohne Beschluss“ ist kein Fehler mehr: Ist ein Plan `beschlossen`, ohne dass Gremium und Datum eines Beschlusses bekannt sind, ist das ein offener Punkt der Vollständigkeit („Beschluss dokumentieren: Gremium und Datum“, Abschnitt `plan`, Punkt `beschluss`; `mep explain --checklist`).",
        note_en: "\"Adopted without a decision\" is no longer an error: a plan that is `beschlossen` without a known body and date of a decision has an open completeness item (\"document the decision: body and date\", section `plan`, item `beschluss`; `mep explain --checklist`).",
    },
    Retired {
        code: "E117",
        replaced_by: "W222",
        note_de: "„Budget einer Quelle überschritten“ war ein Fehler und blockierte Kennzahlen und Dokument. Ein Bedarf über dem Budget ist jetzt die Warnung W222 „Deckungslücke“, die auch Kosten ohne Quelle nennt; das Finanzkapitel zeigt die Lücke als Tabelle.",
        note_en: "\"source budget exceeded\" was an error and blocked figures and document. Need above the budget is now warning W222 \"funding gap\", which also names costs without a source; the finance chapter shows the gap as a table.",
    },
];

/// A retired code given by a user (same spellings as [`find`]).
pub fn find_retired(code: &str) -> Option<&'static Retired> {
    let code = normalise(code);
    RETIRED.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

fn normalise(code: &str) -> &str {
    let code = code.trim();
    code.strip_prefix("MEP-")
        .or_else(|| code.strip_prefix("mep-"))
        .unwrap_or(code)
}

/// The rule for a code. Panics on an unknown code: codes are compile-time constants of this crate.
pub fn rule(code: &str) -> &'static Rule {
    find(code).unwrap_or_else(|| panic!("rule {code} missing from the catalogue"))
}

/// The rule for a code given by a user (case-insensitive, `MEP-` prefix allowed).
pub fn find(code: &str) -> Option<&'static Rule> {
    let code = normalise(code);
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_match_severity() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for r in RULES {
            let expected = match &r.code[..1] {
                "E" => Severity::Error,
                "W" => Severity::Warning,
                _ => Severity::Info,
            };
            assert_eq!(r.severity, expected, "{}", r.code);
        }
    }

    #[test]
    fn retired_codes_are_not_rules() {
        for r in RETIRED {
            assert!(find(r.code).is_none(), "{} is retired and a rule", r.code);
            assert!(!r.note_de.is_empty() && !r.note_en.is_empty(), "{}", r.code);
        }
    }

    #[test]
    fn fixes_belong_to_known_rules() {
        for (code, _, _) in FIXES {
            assert!(find(code).is_some(), "{code}");
        }
    }

    #[test]
    fn find_accepts_user_spellings() {
        assert_eq!(find("w210").unwrap().code, "W210");
        assert_eq!(find("MEP-E101").unwrap().code, "E101");
        assert!(find("X999").is_none());
    }
}
