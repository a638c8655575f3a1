//! `--ignore` and `--section`: which changes a comparison shows. Patterns are globs over
//! change paths, where `[` and `]` are literal (they are part of the paths:
//! `schulen[*].schueler`); a pattern also covers everything below the path it matches.

use globset::{Glob, GlobBuilder, GlobMatcher};

use super::{Change, KENNZAHLEN, section_of};

/// Why a filter cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterError {
    Pattern {
        pattern: String,
        reason: String,
    },
    Section {
        name: String,
        suggestion: Option<String>,
    },
}

impl std::fmt::Display for FilterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FilterError::Pattern { pattern, reason } => {
                write!(f, "`--ignore {pattern}`: {reason}")
            }
            FilterError::Section { name, suggestion } => {
                write!(
                    f,
                    "`--section {name}`: unbekannter Abschnitt / unknown section"
                )?;
                if let Some(s) = suggestion {
                    write!(f, " (`{s}`?)")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for FilterError {}

/// The filters of one comparison.
#[derive(Debug, Default)]
pub struct Filter {
    ignore: Vec<GlobMatcher>,
    /// Path prefixes (`schulen`, `zielarchitektur.hardware`); empty shows all.
    sections: Vec<String>,
}

/// A glob whose brackets match themselves.
fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    let escaped = pattern
        .replace('[', "\u{0}")
        .replace(']', "[]]")
        .replace('\u{0}', "[[]");
    GlobBuilder::new(&escaped).literal_separator(false).build()
}

impl Filter {
    pub fn new(ignore: &[String], sections: &[String]) -> Result<Filter, FilterError> {
        let ignore = ignore
            .iter()
            .map(|p| {
                glob(p)
                    .map(|g| g.compile_matcher())
                    .map_err(|e| FilterError::Pattern {
                        pattern: p.clone(),
                        reason: e.kind().to_string(),
                    })
            })
            .collect::<Result<_, _>>()?;
        for s in sections {
            let head = section_of(s);
            let known = crate::labels::PLAN_SECTIONS.into_iter().chain([KENNZAHLEN]);
            if !known.clone().any(|k| k == head) {
                let suggestion = known
                    .map(|k| (strsim::jaro_winkler(k, head), k))
                    .filter(|(score, _)| *score > 0.8)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, k)| k.to_string());
                return Err(FilterError::Section {
                    name: s.clone(),
                    suggestion,
                });
            }
        }
        Ok(Filter {
            ignore,
            sections: sections.to_vec(),
        })
    }

    /// Whether the roll-ups are shown: with no `--section`, or with `--section kennzahlen`.
    pub fn shows_rollups(&self) -> bool {
        self.sections.is_empty() || self.sections.iter().any(|s| s == KENNZAHLEN)
    }

    /// Whether the change at `path` is shown.
    pub fn shows(&self, path: &str) -> bool {
        let in_section = self.sections.is_empty() || self.sections.iter().any(|s| within(path, s));
        in_section
            && !self
                .ignore
                .iter()
                .any(|g| ancestors(path).any(|p| g.is_match(p)))
    }

    pub fn apply(&self, changes: Vec<Change>) -> Vec<Change> {
        changes
            .into_iter()
            .filter(|c| self.shows(&c.path))
            .collect()
    }
}

/// `path` is `prefix` or lies below it.
fn within(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The path and every path above it: `a[x].b` → `a[x].b`, `a[x]`, `a`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let cuts = path
        .char_indices()
        .filter(|&(i, c)| (c == '.' || c == '[') && i > 0)
        .map(|(i, _)| i);
    std::iter::once(path).chain(
        cuts.collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(move |i| &path[..i]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(ignore: &[&str], sections: &[&str]) -> Filter {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Filter::new(&s(ignore), &s(sections)).unwrap()
    }

    #[test]
    fn ignore_globs_cover_paths_and_what_is_below() {
        let filter = f(
            &["plan.datum", "schulen[*].schueler", "massnahmen[wlan-*]"],
            &[],
        );
        assert!(!filter.shows("plan.datum"));
        assert!(filter.shows("plan.version"));
        assert!(!filter.shows("schulen[gs-nord].schueler"));
        assert!(filter.shows("schulen[gs-nord].lehrkraefte"));
        assert!(!filter.shows("massnahmen[wlan-gs].kosten"));
        assert!(filter.shows("massnahmen[lan-gs].kosten"));
        assert!(!f(&["plan"], &[]).shows("plan.beschluss.datum"));
    }

    #[test]
    fn sections_limit_by_prefix_and_unknown_ones_are_refused() {
        let filter = f(&[], &["schulen", "zielarchitektur.hardware"]);
        assert!(filter.shows("schulen[a].name"));
        assert!(filter.shows("zielarchitektur.hardware.ersatzzyklus_jahre"));
        assert!(!filter.shows("zielarchitektur.software"));
        assert!(!filter.shows("schulenx"));
        assert!(!filter.shows_rollups());
        assert!(f(&[], &["kennzahlen"]).shows_rollups());
        let err = Filter::new(&[], &["schuln".into()]).unwrap_err();
        assert_eq!(
            err,
            FilterError::Section {
                name: "schuln".into(),
                suggestion: Some("schulen".into())
            }
        );
        assert!(Filter::new(&["a{b".into()], &[]).is_err());
    }
}
