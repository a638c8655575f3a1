//! Cover and summary: the plan's metadata (Deckblatt) with its period and extension, the
//! decisions on the plan and the coat of arms, and the key figures (Eckdaten).

use serde::Serialize;

use crate::format::{euro_rund, zahl};
use crate::load::Files;
use crate::load::wappen::Bildformat;
use crate::model::Plan;
use crate::model::plan::BeschlussRef;
use crate::model::types::Euro;

use super::finanzierung::mindestens;
use super::values::*;
use super::{Eintrag, OFFEN, Sources, eintrag};

#[derive(Debug, Serialize)]
pub struct Meta {
    pub titel: String,
    pub schultraeger: Option<String>,
    /// The Land's code (`NW`).
    pub bundesland: Option<String>,
    /// The Land's name (`Nordrhein-Westfalen`).
    pub bundesland_name: Option<String>,
    pub version: Option<String>,
    pub status: Option<String>,
    /// `15.03.2026`.
    pub datum: Option<String>,
    /// `2026-03-15`, for the document metadata.
    pub datum_iso: Option<String>,
    /// `2027–2031`: the period as planned.
    pub zeitraum: Option<String>,
    /// The period for the cover: `2026–2030, verlängert bis 2031` when it is extended, else
    /// as `zeitraum`.
    pub laufzeit: Option<String>,
    /// The last year of an extension, when the plan is extended.
    pub verlaengert_bis: Option<i32>,
    pub jahre: Vec<i32>,
    pub autoren: Vec<String>,
    pub it_dienstleister: Option<Organisation>,
    pub medienzentrum: Option<Organisation>,
    /// For the cover: the latest decision that adopts the plan or a part of it; without one,
    /// the latest deliberation (a committee's recommendation, a Kenntnisnahme) under its own
    /// name, never called a Beschluss.
    pub beschluss: Option<Beschluss>,
    /// Every decision and deliberation on the plan, oldest first (undated ones last, in
    /// the order written).
    pub beschluesse: Vec<Beschluss>,
    /// The coat of arms for the cover, when the plan names one that can be shown.
    pub wappen: Option<Wappen>,
    /// `mep 0.1.0`.
    pub erstellt_mit: String,
}

#[derive(Debug, Serialize)]
pub struct Organisation {
    /// `None` when the plan does not name it (open) or it does not exist (`entfaellt`).
    pub name: Option<String>,
    /// Why there is no such organisation here (`nicht_zutreffend`).
    pub entfaellt: Option<String>,
    pub rolle: Option<String>,
    pub kontakt: Option<String>,
}

/// One decision; `None` where the plan leaves it open.
#[derive(Debug, Serialize)]
pub struct Beschluss {
    /// `Beschluss`, `Kenntnisnahme`, …
    pub art: String,
    /// Whether it adopts the plan or a part of it (a Beschluss, Teilbeschluss, Verlängerung,
    /// Fortschreibung), not only deliberates on it.
    pub beschliesst: bool,
    pub gremium: Option<String>,
    /// `24.02.2026`, `Juni 2021`, `2021`.
    pub datum: Option<String>,
    pub vorlage: Option<String>,
    pub gegenstand: Option<String>,
}

/// The coat of arms: typst shows `svg` (the image itself, so that `--to typ` stays one
/// file) or reads `pfad`; Markdown links `datei`.
#[derive(Debug, Serialize)]
pub struct Wappen {
    /// The path as written, relative to the plan folder (`bilder/wappen.svg`).
    pub datei: String,
    /// The same from the root of the typst project, which is the plan folder (`/bilder/wappen.svg`).
    pub pfad: String,
    /// `svg` or `png`.
    pub format: &'static str,
    /// The SVG text; `None` for a PNG.
    pub svg: Option<String>,
}

fn beschluss(b: &BeschlussRef<'_>) -> Beschluss {
    let text = |s: Option<&str>| s.filter(|s| !s.trim().is_empty()).map(str::to_string);
    Beschluss {
        art: label(&b.art),
        beschliesst: b.art.beschliesst(),
        gremium: text(b.gremium),
        datum: b.datum.map(zeitpunkt),
        vorlage: text(b.vorlage),
        gegenstand: text(b.gegenstand),
    }
}

fn wappen(p: &Plan, files: &Files) -> Option<Wappen> {
    let w = crate::load::wappen::lesen(files.folder(), p.plan.wappen.as_deref()?).ok()?;
    Some(Wappen {
        pfad: format!("/{}", w.pfad),
        datei: w.pfad,
        format: w.format.key(),
        svg: match w.format {
            Bildformat::Svg => String::from_utf8(w.bytes).ok(),
            Bildformat::Png => None,
        },
    })
}

/// The decision the cover shows: the latest adopting one, else the latest deliberation
/// (dated ones first, else the last written; `sonstiges` is no deliberation on the plan).
fn deckblatt(k: &crate::model::plan::PlanKopf) -> Option<BeschlussRef<'_>> {
    use crate::model::plan::Beschlussart;
    k.letzter_beschluss().or_else(|| {
        let beratungen: Vec<BeschlussRef<'_>> = k
            .alle_beschluesse()
            .into_iter()
            .filter(|b| b.art != Beschlussart::Sonstiges)
            .collect();
        let datiert = beratungen
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.datum.map(|d| (d.ordnung(), i)))
            .max()
            .map(|(_, i)| i);
        let i = datiert.or_else(|| beratungen.len().checked_sub(1))?;
        beratungen.into_iter().nth(i)
    })
}

pub(super) fn meta(p: &Plan, files: &Files) -> Meta {
    let k = &p.plan;
    let mut beschluesse = k.alle_beschluesse();
    // Oldest first; undated decisions keep their written order, after the dated ones.
    beschluesse.sort_by_key(|b| b.datum.map_or((1, (0, 0, 0)), |d| (0, d.ordnung())));
    let org = |o: &Option<crate::model::plan::Organisation>| {
        o.as_ref().map(|o| Organisation {
            name: o.name().map(str::to_string),
            entfaellt: o.entfaellt().map(str::to_string),
            rolle: o.rolle.clone(),
            kontakt: o.kontakt.clone(),
        })
    };
    let land = k.schultraeger.as_ref().and_then(|s| s.bundesland);
    Meta {
        titel: k.titel.clone(),
        schultraeger: k.schultraeger.as_ref().and_then(|s| s.name.clone()),
        bundesland: land.map(|b| b.kuerzel().to_string()),
        bundesland_name: land
            .and_then(|b| crate::labels::land(b.kuerzel()))
            .map(|n| n.de.to_string()),
        version: k.version.clone(),
        status: k.status.map(|s| label(&s)),
        datum: k.datum.map(date),
        datum_iso: k.datum.map(|d| d.to_string()),
        zeitraum: k.zeitraum.map(|z| format!("{}–{}", z.von, z.bis)),
        laufzeit: k.zeitraum.map(|z| {
            if z.ende() > z.bis {
                format!("{}–{}, verlängert bis {}", z.von, z.bis, z.ende())
            } else {
                format!("{}–{}", z.von, z.bis)
            }
        }),
        verlaengert_bis: k.zeitraum.filter(|z| z.ende() > z.bis).map(|z| z.ende()),
        jahre: k
            .zeitraum
            .map(|z| z.jahre_wirksam().collect())
            .unwrap_or_default(),
        autoren: k.autoren.clone(),
        it_dienstleister: org(&k.it_dienstleister),
        medienzentrum: org(&k.medienzentrum),
        beschluss: deckblatt(k).as_ref().map(beschluss),
        beschluesse: beschluesse.iter().map(beschluss).collect(),
        wappen: wappen(p, files),
        erstellt_mit: format!("mep {}", env!("CARGO_PKG_VERSION")),
    }
}

pub(super) fn eckdaten(src: &Sources<'_>) -> Vec<Eintrag> {
    let g = &src.figures.gesamt;
    let k = &src.figures.kosten;
    // Money the plan states nowhere is open, not 0 €: without any cost of a measure, and
    // for the period's sums without a period. Where only some measures are costed, the
    // sums are lower bounds ("mind. …").
    let pfeil =
        |ist: Option<f64>, soll: Option<f64>| format!("{} → {}", ratio(ist, 1), ratio(soll, 1));
    vec![
        eintrag("Schulen", zahl(g.schulen as f64, 0, DE)),
        eintrag("Schülerinnen und Schüler", teilsumme(g.schueler_teil())),
        eintrag("Lehrkräfte", teilsumme(g.lehrkraefte_teil())),
        eintrag(
            "Schülerinnen und Schüler je Gerät (IST → SOLL)",
            pfeil(g.schueler_pro_geraet_ist, g.schueler_pro_geraet_soll),
        ),
        eintrag(
            "Bandbreite je Klasse in Mbit/s (IST → SOLL)",
            format!(
                "{} → {}",
                ratio(g.breitband_mbit_pro_klasse_ist, 1),
                mind_wert(g.breitband_mbit_pro_klasse_soll)
            ),
        ),
        eintrag("Investitionen", investition(k)),
        eintrag(
            "Laufende Kosten während der Umsetzung",
            mindestens(k, k.laufend),
        ),
        eintrag("Folgekosten in der Laufzeit", mindestens(k, k.folgekosten)),
        eintrag("Gesamtkosten der Laufzeit (TCO)", gesamt_mit_volumen(k)),
        eintrag("davon investiv / konsumtiv", haushalt(k)),
        eintrag("Fördermittel und Dritte", eur(k.fremdmittel_bekannt())),
        eintrag("Eigenanteil des Schulträgers", eur(k.eigenanteil_bekannt())),
        eintrag(
            "Keiner Quelle zugeordnet (Deckungslücke)",
            mindestens(k, k.deckung.ungedeckt_gesamt()),
        ),
        eintrag(
            "Kosten je Schülerin/Schüler und Jahr",
            eur(k.je_schueler_und_jahr),
        ),
        eintrag(
            "Vollständigkeit des Plans",
            format!("{} %", src.completeness.overall),
        ),
    ]
}

/// The investment, known without a period: open while no measure is costed, a lower bound
/// while only some are.
fn investition(k: &crate::stats::Kosten) -> String {
    match (k.beziffert, k.investition_bekannt()) {
        (0, _) => OFFEN.to_string(),
        (_, Some(e)) => euro_rund(e, DE),
        (n, None) => format!(
            "mind. {} ({n} von {} Maßnahmen beziffert)",
            euro_rund(k.investition, DE),
            k.massnahmen
        ),
    }
}

/// The TCO, or the plan volume with the part broken down when the plan states a volume.
fn gesamt_mit_volumen(k: &crate::stats::Kosten) -> String {
    match k.volumen {
        Some(v) => format!(
            "{} (Planvolumen; davon aufgeschlüsselt {})",
            euro_rund(v, DE),
            euro_rund(k.tco, DE)
        ),
        None => mindestens(k, k.tco),
    }
}

fn haushalt(k: &crate::stats::Kosten) -> String {
    if k.vollstaendig() {
        format!(
            "{} / {}",
            euro_rund(k.investiv, DE),
            euro_rund(k.konsumtiv, DE)
        )
    } else if k.teilweise() {
        // Lower bounds, each open where nothing is known of it.
        let teil = |e: Euro| {
            if e.0.is_zero() {
                OFFEN.to_string()
            } else {
                format!("mind. {}", euro_rund(e, DE))
            }
        };
        format!("{} / {}", teil(k.investiv), teil(k.konsumtiv))
    } else {
        OFFEN.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::PlanKopf;

    fn kopf(toml_text: &str) -> PlanKopf {
        toml::from_str(&format!("titel = \"T\"\n{toml_text}")).unwrap()
    }

    #[test]
    fn the_cover_names_a_recommendation_a_recommendation() {
        let k = kopf(
            "[[beschluesse]]\nart = \"kenntnisnahme\"\ndatum = \"2026-01-20\"\n\
             [[beschluesse]]\nart = \"empfehlung\"\ngremium = \"Schulausschuss\"\ndatum = \"2026-03-11\"\n",
        );
        let b = beschluss(&deckblatt(&k).unwrap());
        assert_eq!(b.art, "Empfehlung");
        assert_eq!(b.datum.as_deref(), Some("11.03.2026"));
        // An adopting decision comes first, even when older.
        let k = kopf(
            "[[beschluesse]]\nart = \"beschluss\"\ndatum = \"2025-12-01\"\n\
             [[beschluesse]]\nart = \"empfehlung\"\ndatum = \"2026-03-11\"\n",
        );
        assert_eq!(beschluss(&deckblatt(&k).unwrap()).art, "Beschluss");
        // Something else is nothing for the cover.
        assert!(deckblatt(&kopf("[[beschluesse]]\nart = \"sonstiges\"\n")).is_none());
    }
}
