//! Chapter Pädagogische Leitplanken: each guardrail with its Leitsatz, decision and
//! rationale, or the reason it does not apply.
//!
//! The Leitsatz never contradicts the decision shown: the plan's own `leitsatz` if it has
//! one; else the Handreichung's example sentence, verbatim and with its source, where the
//! decision is that example; else a sentence formed from the decision. An open decision
//! gets no sentence: the example is not the plan's goal until the plan chooses it.

use serde::Serialize;

use crate::labels;
use crate::model::Plan;
use crate::model::leitplanken::{
    DiensteEntscheidung, Geraeteschluessel, LehrkraftgeraeteEntscheidung, Leitplanke,
    NetzEntscheidung, Praesentation, PraesentationArt, PraesentationUmfang, Schuelergeraete,
};
use crate::render::rich_text::RichText;

use super::values::*;
use super::{Abschnitt, OFFEN, section};

#[derive(Debug, Serialize)]
pub struct LeitplankeZeile {
    pub id: String,
    pub titel: String,
    /// The guardrail's guiding sentence: a quotation (with `quelle`) or the plan's own goal.
    pub leitsatz: Option<String>,
    /// Where the Leitsatz is quoted from, when it is the Handreichung's sentence.
    pub quelle: Option<String>,
    /// The decision, `–` when open; `Entfällt` when the guardrail does not apply.
    pub entscheidung: String,
    /// Why the guardrail does not apply here (`nicht_zutreffend`).
    pub entfaellt: Option<String>,
    pub begruendung: Option<RichText>,
}

/// What the document says above a decision.
enum Satz {
    /// The Handreichung's example, verbatim.
    Beispiel,
    /// The plan's own goal.
    Eigen(String),
}

/// The row of one of the six guardrails, named as in `labels`.
fn row(
    key: &'static str,
    entscheidung: String,
    satz: Option<Satz>,
    entfaellt: Option<&str>,
    begruendung: Option<RichText>,
) -> LeitplankeZeile {
    let g = labels::guardrail(key);
    let (leitsatz, quelle) = match (entfaellt, satz) {
        (Some(_), _) | (None, None) => (None, None),
        (None, Some(Satz::Beispiel)) => (
            Some(g.sentence.de.to_string()),
            Some(labels::GUARDRAIL_SOURCE.to_string()),
        ),
        (None, Some(Satz::Eigen(s))) => (Some(s), None),
    };
    LeitplankeZeile {
        id: key.into(),
        titel: g.title.de.into(),
        leitsatz,
        quelle,
        entscheidung: if entfaellt.is_some() {
            "Entfällt".into()
        } else {
            entscheidung
        },
        entfaellt: entfaellt.map(str::to_string),
        begruendung,
    }
}

/// The plan's own Leitsatz, if it writes one.
fn eigener(s: &Option<String>) -> Option<Satz> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Satz::Eigen(s.to_string()))
}

/// A guardrail with one decision: `satz` says what the document writes for a decision.
fn leitplanke<E: Serialize + Copy>(
    id: &'static str,
    l: &Option<Leitplanke<E>>,
    satz: impl Fn(E) -> Satz,
) -> LeitplankeZeile {
    let Some(l) = l else {
        return row(id, OFFEN.into(), None, None, None);
    };
    let s = eigener(&l.leitsatz).or(l.entscheidung.map(satz));
    row(
        id,
        opt_label(l.entscheidung),
        s,
        l.entfaellt(),
        rich(&l.begruendung),
    )
}

fn netz(e: NetzEntscheidung) -> Satz {
    match e {
        NetzEntscheidung::Flaechendeckend => Satz::Beispiel,
        NetzEntscheidung::Teilweise => Satz::Eigen(
            "LAN/WLAN und Breitbandanbindung werden an den Schulen teilweise ausgebaut, nicht flächendeckend.".into(),
        ),
    }
}

fn dienste(e: DiensteEntscheidung) -> Satz {
    match e {
        DiensteEntscheidung::Einheitlich => Satz::Beispiel,
        DiensteEntscheidung::Schulindividuell => {
            Satz::Eigen("Die Schulen setzen schulindividuell gewählte Dienste ein.".into())
        }
    }
}

fn lehrkraftgeraete(e: LehrkraftgeraeteEntscheidung) -> Satz {
    match e {
        LehrkraftgeraeteEntscheidung::DienstgeraetFuerAlle => Satz::Beispiel,
        LehrkraftgeraeteEntscheidung::Teilweise => {
            Satz::Eigen("Ein Teil der Lehrkräfte erhält ein dienstliches Arbeitsgerät.".into())
        }
        LehrkraftgeraeteEntscheidung::Keine => Satz::Eigen(
            "Der Schulträger stellt den Lehrkräften keine dienstlichen Arbeitsgeräte bereit."
                .into(),
        ),
    }
}

/// Devices of a stage in the dative, for „wird mit … gearbeitet“.
fn mit(g: Geraeteschluessel) -> &'static str {
    match g {
        Geraeteschluessel::EinsZuEins => "persönlichen Geräten (1:1)",
        Geraeteschluessel::MobileKlassensaetze => "mobilen Klassensätzen",
        Geraeteschluessel::EinsZuN => "geteilten Geräten (1:n)",
    }
}

/// The student-device guardrail: the example needs both stages as the Handreichung has
/// them (a stage the plan has no school of may stay open) and home use.
fn schueler_satz(p: &Plan, s: &Schuelergeraete) -> Option<Satz> {
    if let Some(e) = eigener(&s.leitsatz) {
        return Some(e);
    }
    let (gs, wf) = (s.grundschule, s.weiterfuehrend);
    if gs.is_none() && wf.is_none() {
        return None;
    }
    let hat = |f: fn(crate::model::schulen::Schulform) -> bool| {
        p.schulen.is_empty() || p.schulen.iter().any(|s| f(s.schulform))
    };
    let gs_beispiel = match gs {
        Some(Geraeteschluessel::EinsZuN | Geraeteschluessel::MobileKlassensaetze) => true,
        Some(Geraeteschluessel::EinsZuEins) => false,
        None => !hat(|f| f.ist_grundschule()),
    };
    if gs_beispiel && wf == Some(Geraeteschluessel::EinsZuEins) && s.nutzung_zuhause == Some(true) {
        return Some(Satz::Beispiel);
    }
    let mut teile = Vec::new();
    if let Some(g) = gs {
        teile.push(format!("in Grundschulen wird mit {} gearbeitet", mit(g)));
    }
    if let Some(w) = wf {
        teile.push(format!("in weiterführenden Schulen mit {}", mit(w)));
    }
    let persoenlich = [gs, wf].contains(&Some(Geraeteschluessel::EinsZuEins));
    match s.nutzung_zuhause {
        Some(true) if persoenlich => {
            teile.push("persönliche Geräte können auch zu Hause genutzt werden".into())
        }
        Some(false) => teile.push("die Geräte bleiben in der Schule".into()),
        _ => {}
    }
    let satz = teile.join("; ");
    let mut c = satz.chars();
    let satz = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect::<String>())
        .unwrap_or_default();
    Some(Satz::Eigen(format!("{satz}.")))
}

/// The decision on student devices as one line: stages, then home use, lowercase after `; `.
fn schueler_entscheidung(s: &Schuelergeraete) -> String {
    let mut stufen = Vec::new();
    if let Some(g) = s.grundschule {
        stufen.push(format!("Grundschulen: {}", label(&g)));
    }
    if let Some(w) = s.weiterfuehrend {
        stufen.push(format!("weiterführende Schulen: {}", label(&w)));
    }
    let mut text = stufen.join("; ");
    if let Some(z) = s.nutzung_zuhause {
        let nutzung = if z {
            "Nutzung auch zu Hause"
        } else {
            "Nutzung nur in der Schule"
        };
        text = if text.is_empty() {
            nutzung.to_string()
        } else {
            format!("{text}, {nutzung}")
        };
    }
    if text.is_empty() { OFFEN.into() } else { text }
}

fn praesentation_satz(pr: &Praesentation) -> Option<Satz> {
    if let Some(e) = eigener(&pr.leitsatz) {
        return Some(e);
    }
    Some(match pr.umfang? {
        PraesentationUmfang::AusgewaehlteRaeume => {
            let art = match pr.art {
                Some(PraesentationArt::Interaktiv) => " (interaktiv)",
                Some(PraesentationArt::NichtInteraktiv) => " (nicht interaktiv)",
                None => "",
            };
            Satz::Eigen(format!(
                "Ausgewählte Unterrichtsräume erhalten moderne Präsentationstechnik{art}."
            ))
        }
        PraesentationUmfang::AlleRaeume | PraesentationUmfang::FastAlleRaeume => Satz::Beispiel,
    })
}

pub(super) fn leitplanken(p: &Plan) -> Abschnitt<Vec<LeitplankeZeile>> {
    let Some(l) = &p.leitplanken else {
        return section(None, false, Vec::new());
    };
    let mut rows = vec![
        leitplanke("netz", &l.netz, netz),
        leitplanke("dienste", &l.dienste, dienste),
        leitplanke("lehrkraftgeraete", &l.lehrkraftgeraete, lehrkraftgeraete),
    ];
    rows.push(match &l.schuelergeraete {
        None => row("schuelergeraete", OFFEN.into(), None, None, None),
        Some(s) => row(
            "schuelergeraete",
            schueler_entscheidung(s),
            schueler_satz(p, s),
            s.entfaellt(),
            rich(&s.begruendung),
        ),
    });
    rows.push(match &l.praesentation {
        None => row("praesentation", OFFEN.into(), None, None, None),
        Some(pr) => {
            let praes: Vec<String> = [pr.umfang.map(|u| label(&u)), pr.art.map(|a| label(&a))]
                .into_iter()
                .flatten()
                .collect();
            row(
                "praesentation",
                if praes.is_empty() {
                    OFFEN.into()
                } else {
                    praes.join(", ")
                },
                praesentation_satz(pr),
                pr.entfaellt(),
                rich(&pr.begruendung),
            )
        }
    });
    // Both options are in the Handreichung's sentence: any decision is its example.
    rows.push(leitplanke("schulbuecher", &l.schulbuecher, |_| {
        Satz::Beispiel
    }));
    for w in &l.weitere {
        rows.push(LeitplankeZeile {
            id: w.id.to_string(),
            titel: w.titel.clone(),
            leitsatz: None,
            quelle: None,
            entscheidung: opt(&w.entscheidung),
            entfaellt: None,
            begruendung: rich(&w.begruendung),
        });
    }
    section(l.nicht_zutreffend.as_ref(), true, rows)
}

/// The title of a guardrail by its id: one of the six, or a further one of the plan.
pub(super) fn leitplanke_titel(p: &Plan, id: &str) -> String {
    labels::guardrail_by_key(id)
        .map(|g| g.title.de.to_string())
        .or_else(|| {
            p.leitplanken
                .as_ref()?
                .weitere
                .iter()
                .find(|w| w.id.as_str() == id)
                .map(|w| w.titel.clone())
        })
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zeilen(toml: &str) -> Vec<LeitplankeZeile> {
        let plan: Plan =
            toml::from_str(&format!("formatversion = 1\n[plan]\ntitel = \"T\"\n{toml}")).unwrap();
        leitplanken(&plan).inhalt
    }

    fn zeile<'a>(z: &'a [LeitplankeZeile], id: &str) -> &'a LeitplankeZeile {
        z.iter().find(|z| z.id == id).unwrap()
    }

    #[test]
    fn the_example_decision_is_quoted_with_its_source() {
        let z = zeilen("[leitplanken.netz]\nentscheidung = \"flaechendeckend\"\n");
        let n = zeile(&z, "netz");
        assert_eq!(
            n.leitsatz.as_deref(),
            Some(labels::guardrail("netz").sentence.de)
        );
        assert!(
            n.quelle
                .as_deref()
                .unwrap()
                .contains("Leitplanken eines pädagogischen Zielbilds")
        );
    }

    #[test]
    fn another_decision_is_phrased_as_the_plans_goal() {
        let z = zeilen(
            "[leitplanken.lehrkraftgeraete]\nentscheidung = \"teilweise\"\n\
             [leitplanken.dienste]\nentscheidung = \"einheitlich\"\nleitsatz = \"Alle Schulen nutzen dieselben Dienste.\"\n\
             [leitplanken.schuelergeraete]\ngrundschule = \"eins_zu_n\"\nweiterfuehrend = \"mobile_klassensaetze\"\nnutzung_zuhause = false\n",
        );
        let l = zeile(&z, "lehrkraftgeraete");
        assert_eq!(l.quelle, None);
        assert!(
            l.leitsatz
                .as_deref()
                .unwrap()
                .contains("Ein Teil der Lehrkräfte")
        );
        assert_eq!(
            zeile(&z, "dienste").leitsatz.as_deref(),
            Some("Alle Schulen nutzen dieselben Dienste.")
        );
        let s = zeile(&z, "schuelergeraete");
        assert_eq!(s.quelle, None);
        assert_eq!(
            s.leitsatz.as_deref(),
            Some(
                "In Grundschulen wird mit geteilten Geräten (1:n) gearbeitet; in weiterführenden Schulen mit mobilen Klassensätzen; die Geräte bleiben in der Schule."
            )
        );
        assert_eq!(
            s.entscheidung,
            "Grundschulen: 1:n (geteilte Geräte); weiterführende Schulen: mobile Klassensätze, Nutzung nur in der Schule"
        );
    }

    #[test]
    fn an_open_decision_gets_no_sentence() {
        let z = zeilen("[leitplanken.netz]\nbegruendung = \"B\"\n");
        assert_eq!(zeile(&z, "netz").leitsatz, None);
        assert_eq!(zeile(&z, "dienste").leitsatz, None);
        assert_eq!(zeile(&z, "dienste").entscheidung, OFFEN);
    }

    #[test]
    fn a_waived_guardrail_shows_its_reason_and_no_sentence() {
        let z = zeilen(
            "[leitplanken.schulbuecher]\nnicht_zutreffend = \"Das Land legt die Lernmittel fest.\"\n",
        );
        let s = zeile(&z, "schulbuecher");
        assert_eq!(s.entscheidung, "Entfällt");
        assert_eq!(
            s.entfaellt.as_deref(),
            Some("Das Land legt die Lernmittel fest.")
        );
        assert_eq!(s.leitsatz, None);
    }
}
