//! Justified deviations (`[[abweichungen]]`): the plan's answer to a warning, with its reason and
//! who agreed. Applied to the findings in `validate::abweichungen`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Eine begründete Abweichung: Der Plan beantwortet eine Warnung von `mep check` mit einer
/// Begründung. Die Warnung gilt dann nicht mehr als offen; sie steht mit der Begründung im
/// Anhang des Dokuments unter „Begründete Abweichungen“. Nur Warnungen (`W…`) können begründet
/// werden.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Abweichung {
    /// Code der Warnung, z. B. `"W210"` (`mep explain W210` erklärt sie).
    pub regel: String,
    /// Id des Eintrags, den die Warnung nennt (eine Schule, Maßnahme, Quelle …, z. B.
    /// `"gs-am-park"`), oder der Pfad aus der Meldung (`"schulen[3].ist.geraete"`). Fehlt die
    /// Angabe, gilt die Begründung für jede Warnung dieser Regel.
    pub betrifft: Option<String>,
    /// Die Begründung, wie sie im Dokument erscheint.
    pub begruendung: String,
    /// Die Kennzahl, bis zu der die Abweichung begründet ist, z. B. `6` für 6 Schülerinnen und
    /// Schüler je Gerät (W210). Liegt die Kennzahl der Warnung darüber, gilt die Warnung wieder
    /// als offen (W245). Nur für Regeln mit einer Kennzahl: W210 (Schülerinnen und Schüler je
    /// Gerät), W211 (Geräte je Vollzeitstelle Support), W215 (Jahre Ersatzzyklus).
    pub bis_wert: Option<f64>,
    /// Wer zugestimmt hat und wann, z. B. `"Schulausschuss, 11.03.2026"`.
    pub zugestimmt: Option<String>,
}
