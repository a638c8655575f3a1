//! A sum over schools of which only some give the figure: shown as what is known
//! („mind. 1.240 (9 von 12 Schulen)“), as the open mark when none gives it, never as 0.

use crate::format::zahl;
use crate::i18n::Lang;
use crate::labels::OFFEN;

/// A sum and how many of the group's schools it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Teilsumme {
    /// Sum over the schools that give the figure.
    pub summe: u64,
    /// Schools that give it.
    pub erfasst: u32,
    /// Schools of the group.
    pub schulen: u32,
}

impl Teilsumme {
    /// The figure, when every school gives it.
    pub fn voll(&self) -> Option<u64> {
        (self.erfasst >= self.schulen && self.schulen > 0).then_some(self.summe)
    }

    /// Whether some but not all schools give it.
    pub fn teilweise(&self) -> bool {
        self.erfasst > 0 && self.erfasst < self.schulen
    }

    /// `1.240`, `mind. 1.240 (9 von 12 Schulen)` or `–`.
    pub fn text(&self, lang: Lang) -> String {
        let n = zahl(self.summe as f64, 0, lang);
        if self.voll().is_some() {
            n
        } else if self.teilweise() {
            match lang {
                Lang::De => format!("mind. {n} ({} von {} Schulen)", self.erfasst, self.schulen),
                Lang::En => format!(
                    "at least {n} ({} of {} schools)",
                    self.erfasst, self.schulen
                ),
            }
        } else {
            OFFEN.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_partial_and_open() {
        let t = |summe, erfasst, schulen| Teilsumme {
            summe,
            erfasst,
            schulen,
        };
        assert_eq!(t(1240, 12, 12).text(Lang::De), "1.240");
        assert_eq!(
            t(1240, 9, 12).text(Lang::De),
            "mind. 1.240 (9 von 12 Schulen)"
        );
        assert_eq!(
            t(1240, 9, 12).text(Lang::En),
            "at least 1,240 (9 of 12 schools)"
        );
        assert_eq!(t(0, 0, 12).text(Lang::De), OFFEN);
        assert_eq!(t(0, 0, 0).text(Lang::De), OFFEN);
        assert_eq!(t(0, 3, 3).text(Lang::De), "0");
        assert_eq!(t(5, 3, 3).voll(), Some(5));
        assert_eq!(t(5, 2, 3).voll(), None);
    }
}
