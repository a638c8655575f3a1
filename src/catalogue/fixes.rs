//! What usually fixes a finding, per rule: the default hint of its findings and the "fix"
//! line of `mep explain` and SARIF. These texts name no benchmark values (findings take
//! them without a profile at hand).

/// What usually fixes a finding, for rules whose findings do not name a more specific fix.
/// A finding's own hint wins over this one.
pub static FIXES: &[(&str, &str, &str)] = &[
    (
        "E016",
        "Vergeben Sie eine neue Id; Ids bleiben über Versionen gleich, damit `mep diff` sie wiederfindet",
        "choose a new id; ids stay the same across versions so that `mep diff` can match them",
    ),
    (
        "E020",
        "Schreiben Sie die Zahl ohne Tausenderpunkte: `48700` oder `48_700`",
        "write the number without thousands separators: `48700` or `48_700`",
    ),
    (
        "E021",
        "Schreiben Sie Dezimalzahlen mit Punkt: `1800.50`",
        "write decimals with a dot: `1800.50`",
    ),
    (
        "E022",
        "Schreiben Sie das Datum als JJJJ-MM-TT: `2027-03-15`",
        "write the date as YYYY-MM-DD: `2027-03-15`",
    ),
    (
        "E023",
        "Schreiben Sie die Zahl ohne Prozentzeichen: `anteil = 75`",
        "write the number without the percent sign: `anteil = 75`",
    ),
    (
        "E024",
        "Schreiben Sie den Schlüssel ohne Umlaute: ä→ae, ö→oe, ü→ue, ß→ss",
        "write the key without umlauts: ä→ae, ö→oe, ü→ue, ß→ss",
    ),
    (
        "E025",
        "Löschen Sie die Markierung `AUSFÜLLEN: ` bzw. `VORSCHLAG: ` vor dem Schlüssel",
        "delete the marker `AUSFÜLLEN: ` or `VORSCHLAG: ` before the key",
    ),
    (
        "E026",
        "Tragen Sie den Wert ein oder löschen Sie die Zeile, solange er fehlt",
        "enter the value or delete the line while it is missing",
    ),
    (
        "E111",
        "Tauschen Sie `von` und `bis` oder korrigieren Sie das Jahr",
        "swap `von` and `bis` or correct the year",
    ),
    (
        "E113",
        "Entfernen Sie eine der Abhängigkeiten im Kreis",
        "remove one of the dependencies in the cycle",
    ),
    (
        "E114",
        "Verschieben Sie den Beginn hinter das Ende der Voraussetzung oder entfernen Sie die Abhängigkeit",
        "move the start after the prerequisite ends or remove the dependency",
    ),
    (
        "E118",
        "Finanzieren Sie einen Teil der Endgeräte aus einer anderen Quelle",
        "fund part of the devices from another source",
    ),
    (
        "E121",
        "Verschieben Sie die Maßnahme in den Förderzeitraum oder finanzieren Sie sie aus einer anderen Quelle",
        "move the measure into the funding period or fund it from another source",
    ),
    (
        "E124",
        "Prüfen Sie Reaktions- und Lösungszeit der Priorität: die Lösungszeit ist mindestens so lang wie die Reaktionszeit; vertauschte Werte?",
        "check the priority's response and resolution times: the resolution time is at least as long as the response time; values swapped?",
    ),
    (
        "E125",
        "Nennen Sie unter `format` die Id eines Formats aus `[[governance.formate]]`, oder ergänzen Sie das Format dort",
        "give under `format` the id of a format in `[[governance.formate]]`, or add the format there",
    ),
    (
        "W201",
        "Setzen Sie das Hardware-Ziel auf 1 Schüler je Gerät und planen Sie Gerätemaßnahmen für die fehlenden Geräte, oder ändern Sie die Leitplanke",
        "set the hardware target to 1 student per device and plan device measures for the missing devices, or change the guardrail",
    ),
    (
        "W202",
        "Planen Sie Dienstgeräte für alle Lehrkräfte (`kategorie = \"lehrkraftgeraete\"`), oder ändern Sie die Leitplanke",
        "plan devices for all teachers (`kategorie = \"lehrkraftgeraete\"`), or change the guardrail",
    ),
    (
        "W203",
        "Setzen Sie die Abdeckungsziele auf 100 %, oder ändern Sie die Leitplanke auf `teilweise`",
        "set the coverage targets to 100 %, or change the guardrail to `teilweise`",
    ),
    (
        "W204",
        "Gleichen Sie das Ziel unter `[zielarchitektur.hardware.praesentation]` an die Leitplanke an",
        "align the target under `[zielarchitektur.hardware.praesentation]` with the guardrail",
    ),
    (
        "W210",
        "Planen Sie mehr Geräte (Ziel oder Maßnahmen), oder begründen Sie die Abweichung unter `[[abweichungen]]` (`regel = \"W210\"`, `betrifft` = Id der Schule, `begruendung`, `bis_wert`)",
        "plan more devices (target or measures), or justify the deviation under `[[abweichungen]]` (`regel = \"W210\"`, `betrifft` = the school's id, `begruendung`, `bis_wert`)",
    ),
    (
        "W211",
        "Planen Sie mehr Supportpersonal (`personal_vzae`) oder einen externen Dienstleister",
        "plan more support staff (`personal_vzae`) or an external provider",
    ),
    (
        "W212",
        "Planen Sie einen schnelleren Anschluss (Landesprogramm Gigabit, Breitbandförderung)",
        "plan a faster line (state gigabit programme, broadband funding)",
    ),
    (
        "W213",
        "Heben Sie die Ziel-Bandbreite auf das Landesziel an",
        "raise the target bandwidth to the Land's target",
    ),
    (
        "W214",
        "Planen Sie so viele Access Points je Unterrichtsraum, wie der Richtwert verlangt",
        "plan as many access points per teaching room as the benchmark asks for",
    ),
    (
        "W215",
        "Geben Sie einen Ersatzzyklus (`ersatzzyklus_jahre`) an, der den Richtwert nicht überschreitet",
        "give a replacement cycle (`ersatzzyklus_jahre`) that does not exceed the benchmark",
    ),
    (
        "W216",
        "Ergänzen Sie ein 2nd Level durch IT-Dienstleister oder Schulträger und begrenzen Sie die Stunden der Lehrkräfte",
        "add a 2nd level by an IT provider or the Schulträger and limit the teachers' hours",
    ),
    (
        "W220",
        "Prüfen Sie Einheit und Betrag (Netto/Brutto, Stück/Paket, Tippfehler)",
        "check unit and amount (net/gross, piece/bundle, typos)",
    ),
    (
        "W221",
        "Ergänzen Sie das Datum des Medienkonzepts, sobald die Schulkonferenz es beschlossen hat",
        "add the media concept's date once the school conference has adopted it",
    ),
    (
        "W230",
        "Geben Sie Jahrgänge als Bereich mit `von` und `bis` zwischen der ersten und der dreizehnten Jahrgangsstufe an, ohne Überschneidung, mit höchstens so vielen Schülerinnen und Schülern wie die Schule hat",
        "give year groups as a range with `von` and `bis` from the first to the thirteenth year, without overlap, with no more students than the school has",
    ),
    (
        "W231",
        "Setzen Sie beim elternfinanzierten Ziel `eigentum = \"eltern\"` und `elternfinanzierung`, und die Teilnahme nur bei Schulen dieser Schulform",
        "set `eigentum = \"eltern\"` and `elternfinanzierung` on the parent-financed target, and participation only at schools of that Schulform",
    ),
    (
        "W232",
        "Schließen Sie den AV-Vertrag und setzen Sie `av_vertrag = true`, oder nennen Sie unter `[datenschutz.av_vertraege]` die Maßnahme (`massnahme`) oder den Termin (`bis`); verarbeitet die Anwendung keine personenbezogenen Daten, setzen Sie `personenbezogene_daten = false`",
        "conclude the processing agreement and set `av_vertrag = true`, or name the measure (`massnahme`) or date (`bis`) under `[datenschutz.av_vertraege]`; if the application processes no personal data, set `personenbezogene_daten = false`",
    ),
    (
        "W233",
        "Führen Sie die Folgenabschätzung vor der Nutzung durch (`dsfa = \"durchgefuehrt\"`) und nennen Sie unter `[datenschutz.dsfa]` die Maßnahme (`massnahme`) oder den Termin (`bis`)",
        "carry out the assessment before use (`dsfa = \"durchgefuehrt\"`) and name the measure (`massnahme`) or date (`bis`) under `[datenschutz.dsfa]`",
    ),
    (
        "W234",
        "Nennen Sie den Weg zur Regelung: die Maßnahme, die sie schafft (`massnahme = \"id\"`), oder den Termin (`bis = \"2027-H1\"`)",
        "name the path to the arrangement: the measure that establishes it (`massnahme = \"id\"`) or the date (`bis = \"2027-H1\"`)",
    ),
    (
        "W235",
        "Prüfen Sie den Aufwand je Leistung (`aufwand_stunden_jahr`), verteilen Sie Leistungen auf andere Beteiligte (Land, interkommunaler Helpdesk) oder planen Sie mehr Supportpersonal (`personal_vzae`, Maßnahme mit `kategorie = \"support_personal\"`)",
        "check the effort of each service (`aufwand_stunden_jahr`), share services with others (Land, an inter-municipal helpdesk) or plan more support staff (`personal_vzae`, a measure with `kategorie = \"support_personal\"`)",
    ),
    (
        "W239",
        "Legen Sie einen festen Rhythmus fest (`turnus`), wie ihn die Handreichung empfiehlt, oder begründen Sie den selteneren im Ziel des Formats",
        "set a fixed rhythm (`turnus`) as the Handreichung recommends, or give the reason for the rarer one in the format's goal",
    ),
    (
        "W240",
        "Beschreiben Sie die Sprechstunde nur als Format (`[[governance.formate]]` mit `art = \"sprechstunde\"`, `turnus`, `zeit`, `form`) und entfernen Sie `[support.sprechstunde]`",
        "describe the consultation hour only as a format (`[[governance.formate]]` with `art = \"sprechstunde\"`, `turnus`, `zeit`, `form`) and remove `[support.sprechstunde]`",
    ),
    (
        "W244",
        "Nennen Sie unter `berichtet_an` die Id eines Gremiums aus `[[land.gremien]]`, oder ergänzen Sie dieses Gremium",
        "give under `berichtet_an` the id of a body in `[[land.gremien]]`, or add that body",
    ),
    (
        "W236",
        "Lassen Sie die Anwendung vom Schulträger oder Land bereitstellen, führen Sie sie als lokale App (`kategorie = \"lokale_app\"`), oder entscheiden Sie die Leitplanke `schulindividuell`",
        "have the Schulträger or the Land provide the application, list it as a local app (`kategorie = \"lokale_app\"`), or decide the guardrail `schulindividuell`",
    ),
    (
        "W237",
        "Nehmen Sie den digitalen Schulbuchzugang als Anwendung mit `kategorie = \"schulbuch\"` auf (z. B. Bildungslogin, Verlagsplattform) oder entscheiden Sie `vornehmlich_analog`",
        "add the digital textbook access as an application with `kategorie = \"schulbuch\"` (e.g. a publishers' platform) or decide `vornehmlich_analog`",
    ),
    (
        "W238",
        "Setzen Sie `nutzung_zuhause = false`, oder sehen Sie für die Stufe persönliche Geräte vor (`eins_zu_eins`)",
        "set `nutzung_zuhause = false`, or give the stage personal devices (`eins_zu_eins`)",
    ),
];

/// The usual fix for a code, if the catalogue knows one.
pub fn fix(code: &str) -> Option<(&'static str, &'static str)> {
    FIXES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, de, en)| (*de, *en))
}
