//! The findings of one check, capped as they arrive: of each code only the first
//! [`MAX_PER_CODE`] in file order are kept one by one (plus the next one, whose place the
//! count of the rest takes); the others are counted, not stored. A plan with a million
//! faults thus costs a million counts, not a million findings in memory.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use crate::diagnostic::Finding;
use crate::text;

use super::abweichungen::Justifier;

/// At most this many findings of one code are reported one by one; the rest are counted
/// in one further finding. A hostile or generated file (a million unknown school ids)
/// thus gives a readable report, not gigabytes of output.
pub const MAX_PER_CODE: usize = 100;

/// Collects findings in any order and gives them in file order, each code at most
/// [`MAX_PER_CODE`] times plus a count of the rest — the same list as sorting all
/// findings first and cutting afterwards, while storing at most `MAX_PER_CODE + 1` of each
/// code.
#[derive(Default)]
pub struct Collector {
    codes: HashMap<&'static str, Kept>,
    /// Arrival number of the next finding: findings at the same place keep their order.
    next: usize,
    /// The plan's justified deviations, applied to each finding as it arrives.
    justifier: Option<Justifier>,
}

/// The findings of one code that may still be shown, and how many there were.
#[derive(Default)]
struct Kept {
    /// The earliest `MAX_PER_CODE + 1` so far; the latest of them on top.
    heap: BinaryHeap<Ranked>,
    total: usize,
}

/// A finding with its place in the report: file, offset, arrival.
struct Ranked {
    key: (usize, usize, usize),
    finding: Finding,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

impl Collector {
    pub fn new() -> Self {
        Self::default()
    }

    /// Mark each further finding the plan justifies (see [`Justifier`]).
    pub fn justify_with(&mut self, justifier: Justifier) {
        self.justifier = Some(justifier);
    }

    /// Stop justifying, and add the justifier's own findings about deviations that do not
    /// fit (E127, W245).
    pub fn finish_justifying(&mut self) {
        if let Some(justifier) = self.justifier.take() {
            for f in justifier.finish() {
                self.keep(f);
            }
        }
    }

    pub fn push(&mut self, mut finding: Finding) {
        let Some(justifier) = &mut self.justifier else {
            return self.keep(finding);
        };
        let mut own = Vec::new();
        justifier.judge(&mut finding, &mut own);
        self.keep(finding);
        for f in own {
            self.keep(f);
        }
    }

    /// Findings stored now (at most `MAX_PER_CODE + 1` per code).
    #[cfg(test)]
    fn stored(&self) -> usize {
        self.codes.values().map(|k| k.heap.len()).sum()
    }

    fn keep(&mut self, finding: Finding) {
        let arrival = self.next;
        self.next += 1;
        let key = match &finding.loc {
            Some(l) => (l.file, l.span.start, arrival),
            None => (usize::MAX, 0, arrival),
        };
        let kept = self.codes.entry(finding.code).or_default();
        kept.total += 1;
        if kept.heap.len() <= MAX_PER_CODE {
            kept.heap.push(Ranked { key, finding });
        } else if kept.heap.peek().is_some_and(|latest| key < latest.key) {
            kept.heap.pop();
            kept.heap.push(Ranked { key, finding });
        }
    }

    /// The findings in file order (then by code, then as they arrived), each code at most
    /// [`MAX_PER_CODE`] times plus one finding that counts the rest.
    pub fn into_sorted(mut self) -> Vec<Finding> {
        self.finish_justifying();
        let totals: HashMap<&'static str, usize> =
            self.codes.iter().map(|(c, k)| (*c, k.total)).collect();
        let mut all: Vec<Ranked> = self
            .codes
            .into_values()
            .flat_map(|k| k.heap.into_vec())
            .collect();
        all.sort_by_key(|r| (r.key.0, r.key.1, r.finding.code, r.key.2));
        let mut shown: HashMap<&'static str, usize> = HashMap::new();
        all.into_iter()
            .map(|Ranked { finding: f, .. }| {
                let n = shown.entry(f.code).or_default();
                *n += 1;
                if *n <= MAX_PER_CODE {
                    return f;
                }
                let (rest_de, rest_en) =
                    crate::format::zahl2((totals[f.code] - MAX_PER_CODE) as f64, 0);
                let code = f.code;
                let mut more = Finding::new(
                    code,
                    text!(
                        "… und {rest_de} weitere Befunde {code} (nur die ersten {MAX_PER_CODE} werden einzeln gezeigt)",
                        "… and {rest_en} more findings {code} (only the first {MAX_PER_CODE} are shown one by one)"
                    ),
                )
                .at(f.loc.clone());
                more.severity = f.severity;
                more
            })
            .collect()
    }
}

/// Findings in file order, each code at most [`MAX_PER_CODE`] times plus a count of the
/// rest.
pub fn sorted(findings: Vec<Finding>) -> Vec<Finding> {
    let mut c = Collector::new();
    for f in findings {
        c.push(f);
    }
    c.into_sorted()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Loc;
    use crate::i18n::Text;

    /// The cap as it was before the collector: sort everything, then cut.
    fn sort_then_cut(mut findings: Vec<Finding>) -> Vec<Finding> {
        findings.sort_by(|a, b| {
            let key = |f: &Finding| {
                f.loc
                    .as_ref()
                    .map(|l| (l.file, l.span.start))
                    .unwrap_or((usize::MAX, 0))
            };
            key(a).cmp(&key(b)).then(a.code.cmp(b.code))
        });
        let mut seen: HashMap<&'static str, usize> = HashMap::new();
        for f in &findings {
            *seen.entry(f.code).or_default() += 1;
        }
        let mut shown: HashMap<&'static str, usize> = HashMap::new();
        let mut kept = Vec::new();
        for f in findings {
            let n = shown.entry(f.code).or_default();
            *n += 1;
            if *n <= MAX_PER_CODE {
                kept.push(f);
            } else if *n == MAX_PER_CODE + 1 {
                let (rest_de, _) = crate::format::zahl2((seen[f.code] - MAX_PER_CODE) as f64, 0);
                kept.push(
                    Finding::new(f.code, Text::new(format!("{rest_de} weitere"), "")).at(f.loc),
                );
            }
        }
        kept
    }

    /// `n` findings of three codes at pseudo-random places, many at the same place, each
    /// numbered in its message so that ties show their order.
    fn flood(n: usize) -> Vec<Finding> {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        (0..n)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let code = ["E101", "W210", "E102"][(x % 3) as usize];
                let loc = (x % 17 != 0).then_some(Loc {
                    file: (x >> 8) as usize % 3,
                    span: ((x >> 16) as usize % 500)..0,
                });
                Finding::new(code, Text::new(format!("#{i}"), "")).at(loc)
            })
            .collect()
    }

    /// What a printer shows of a finding; the count's own wording is compared separately.
    fn shown(f: &Finding) -> (String, Option<(usize, usize)>, String) {
        let message = match f.message.de.split_once(" weitere") {
            Some((count, _)) => count.trim_start_matches("… und ").to_string(),
            None => f.message.de.clone(),
        };
        let loc = f.loc.as_ref().map(|l| (l.file, l.span.start));
        (f.code.to_string(), loc, message)
    }

    #[test]
    fn the_capped_collection_equals_sorting_all_then_cutting() {
        for n in [0, 1, 50, 101, 102, 303, 5_000] {
            let expected: Vec<_> = sort_then_cut(flood(n)).iter().map(shown).collect();
            let actual: Vec<_> = sorted(flood(n)).iter().map(shown).collect();
            assert_eq!(actual, expected, "{n} findings");
        }
    }

    #[test]
    fn a_million_findings_are_counted_not_stored() {
        let mut c = Collector::new();
        let mut most = 0;
        for (i, f) in (0..1_000_000).map(|i| {
            let loc = Loc {
                file: 0,
                // Later findings come first in the file: every one displaces a stored one.
                span: (1_000_000 - i)..0,
            };
            (i, Finding::new("E101", Text::new("x", "x")).at(Some(loc)))
        }) {
            c.push(f);
            if i % 1000 == 0 {
                most = most.max(c.stored());
            }
        }
        assert!(c.stored() <= MAX_PER_CODE + 1 && most <= MAX_PER_CODE + 1);
        let out = c.into_sorted();
        assert_eq!(out.len(), MAX_PER_CODE + 1);
        assert_eq!(out[0].loc.as_ref().unwrap().span.start, 1);
        assert!(
            out[MAX_PER_CODE]
                .message
                .de
                .starts_with("… und 999.900 weitere Befunde E101"),
            "{}",
            out[MAX_PER_CODE].message.de
        );
        assert_eq!(out[MAX_PER_CODE].loc.as_ref().unwrap().span.start, 101);
    }
}
