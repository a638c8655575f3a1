//! `[zielbild]`: the plan's vision, mission and strategic goals, from which measures are
//! derived (Handreichung: Steuergruppe „Von den jährlichen Zielen (Vision, Mission,
//! strategische Ziele) sollten Maßnahmen abgeleitet werden“; Glossar „Schul-IT Zielbild“).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Zielbild des Plans: Vision, Mission und strategische Ziele, aus denen die Maßnahmen abgeleitet werden.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zielbild {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
}
