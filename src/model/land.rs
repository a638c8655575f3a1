//! `[land]`: how the Schulträger works with the Land: Schulaufsicht, the kommunale
//! Spitzenverband, the Land's bodies (Steuergruppe, Arbeitsgruppen, Fachtage, …) and
//! teachers as Land employees (Handreichung, „Abstimmungen und Zusammenwirken von
//! Schulträgern und Land“).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Zusammenarbeit mit dem Land.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Land {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
}
