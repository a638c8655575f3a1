//! How serious a finding is, and the words every printer uses for it in German and English.

use serde::Serialize;

use crate::i18n::Lang;

/// Severity of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// The words for one severity: singular and plural, German and English.
struct Words {
    de: &'static str,
    de_plural: &'static str,
    en: &'static str,
    en_plural: &'static str,
}

impl Severity {
    /// All severities, most serious first (the order of the counts in every summary).
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    fn words(self) -> Words {
        match self {
            Severity::Error => Words {
                de: "Fehler",
                de_plural: "Fehler",
                en: "error",
                en_plural: "errors",
            },
            Severity::Warning => Words {
                de: "Warnung",
                de_plural: "Warnungen",
                en: "warning",
                en_plural: "warnings",
            },
            // English counts of notes follow GitHub's word ("notice"), the only printer that
            // counts them in English.
            Severity::Info => Words {
                de: "Hinweis",
                de_plural: "Hinweise",
                en: "info",
                en_plural: "notices",
            },
        }
    }

    /// The word for one finding: `Warnung`, `warning`.
    pub fn word(self, lang: Lang) -> &'static str {
        let w = self.words();
        lang.pick(w.de, w.en)
    }

    /// The word for several findings: `Warnungen`, `warnings`.
    pub fn plural(self, lang: Lang) -> &'static str {
        let w = self.words();
        lang.pick(w.de_plural, w.en_plural)
    }

    /// A count with the fitting word: `1 Warnung`, `2 warnings`.
    pub fn count(self, n: usize, lang: Lang) -> String {
        let word = if n == 1 {
            self.word(lang)
        } else {
            self.plural(lang)
        };
        format!("{n} {word}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_pick_singular_or_plural() {
        assert_eq!(Severity::Warning.count(1, Lang::De), "1 Warnung");
        assert_eq!(Severity::Warning.count(2, Lang::De), "2 Warnungen");
        assert_eq!(Severity::Error.count(2, Lang::De), "2 Fehler");
        assert_eq!(Severity::Error.count(0, Lang::En), "0 errors");
        assert_eq!(Severity::Info.word(Lang::De), "Hinweis");
    }

    #[test]
    fn all_is_ordered_like_the_enum() {
        let mut sorted = Severity::ALL;
        sorted.sort();
        assert_eq!(sorted, Severity::ALL);
    }
}
