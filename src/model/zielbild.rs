//! `[zielbild]`: the plan's vision, mission and strategic goals, from which measures are
//! derived (Handreichung: Steuergruppe „Von den jährlichen Zielen (Vision, Mission,
//! strategische Ziele) sollten Maßnahmen abgeleitet werden“; Glossar „Schul-IT Zielbild“).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::Id;

/// Zielbild des Plans: Vision, Mission und strategische Ziele, aus denen die Maßnahmen abgeleitet werden (Handreichung, Glossar „Schul-IT Zielbild“). Beispiel:
///
/// ```toml
/// [zielbild]
/// vision = "Jedes Kind lernt in einer Schule, in der digitale Medien so selbstverständlich sind wie Heft und Tafel."
/// mission = "Die Stadt stellt verlässliche Technik, einheitliche Dienste und Support bereit; die Schulen gestalten damit Unterricht."
///
/// [[zielbild.ziele]]
/// id = "verlaessliche-infrastruktur"
/// titel = "Verlässliche Infrastruktur in jedem Raum"
/// leitplanken = ["netz", "praesentation"]
/// ```
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zielbild {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
    /// Vision: das Bild, auf das der Plan hinarbeitet, in ein bis zwei Sätzen (Markdown).
    pub vision: Option<String>,
    /// Mission: was der Schulträger dazu beiträgt, in ein bis zwei Sätzen (Markdown).
    pub mission: Option<String>,
    /// Strategische Ziele, aus denen die Maßnahmen abgeleitet werden (`[[massnahmen]] ziele = ["id"]`); die Handreichung rät: „weniger ist mehr“.
    #[serde(default)]
    pub ziele: Vec<Ziel>,
}

/// Ein strategisches Ziel, z. B. `{ id = "digitale-lernmittel", titel = "Digitale Lernmittel für alle weiterführenden Schulen", leitplanken = ["schulbuecher"] }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ziel {
    /// Stabile Kennung, auf die Maßnahmen mit `ziele` verweisen.
    pub id: Id,
    /// Das Ziel in einem Satz.
    pub titel: String,
    /// Erläuterung (Markdown).
    pub beschreibung: Option<String>,
    /// Leitplanken, die das Ziel konkretisiert (`netz`, `dienste`, `lehrkraftgeraete`, `schuelergeraete`, `praesentation`, `schulbuecher` oder Ids weiterer Leitplanken).
    #[serde(default)]
    pub leitplanken: Vec<Id>,
}

impl Zielbild {
    /// Waived with a non-empty reason.
    pub fn entfaellt(&self) -> bool {
        self.nicht_zutreffend
            .as_ref()
            .is_some_and(|r| !r.trim().is_empty())
    }
}
