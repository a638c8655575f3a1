//! `[kooperation]`: cooperation between Schulträger (interkommunale Zusammenarbeit): goals,
//! topics, informal and formal forms (Handreichung, „Abstimmungen und Zusammenwirken
//! zwischen Schulträgern“).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Zusammenarbeit mit anderen Schulträgern (interkommunale Zusammenarbeit).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kooperation {
    /// Begründung, falls der Abschnitt nicht zutrifft (zählt als beantwortet).
    pub nicht_zutreffend: Option<String>,
}
