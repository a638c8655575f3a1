//! Marking what changed in a text: word-level differences of old and new wording, as marked pieces
//! (`Teil`).

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// A piece of text; `markiert` when it is what changed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Teil {
    pub text: String,
    pub markiert: bool,
}

pub(super) fn whole(text: String, markiert: bool) -> Vec<Teil> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Teil { text, markiert }]
    }
}

/// Old and new text with the changed words marked; short values are marked whole.
pub fn word_diff(old: &str, new: &str) -> (Vec<Teil>, Vec<Teil>) {
    let long = old.contains(char::is_whitespace) && new.contains(char::is_whitespace);
    let diff = TextDiff::from_words(old, new);
    // A text rewritten more than half is shown as replaced, not as scattered kept words.
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let kept: usize = diff
        .iter_all_changes()
        .filter(|c| c.tag() == ChangeTag::Equal)
        .map(|c| letters(c.value()))
        .sum();
    if !long || kept * 2 < letters(old).max(letters(new)) {
        return (whole(old.to_string(), true), whole(new.to_string(), true));
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut a, text, false);
                push(&mut b, text, false);
            }
            ChangeTag::Delete => push(&mut a, text, true),
            ChangeTag::Insert => push(&mut b, text, true),
        }
    }
    (tidy(a), tidy(b))
}

/// Append text, joining with the previous piece of the same marking.
pub(super) fn push(parts: &mut Vec<Teil>, text: &str, markiert: bool) {
    match parts.last_mut() {
        Some(last) if last.markiert == markiert => last.text.push_str(text),
        _ => parts.push(Teil {
            text: text.to_string(),
            markiert,
        }),
    }
}

/// Marked pieces neither start nor end with whitespace (so that emphasis in Markdown
/// stays valid): it moves to the unmarked neighbours.
pub(super) fn tidy(parts: Vec<Teil>) -> Vec<Teil> {
    // Changed words separated only by spaces are one change.
    let mut joined: Vec<Teil> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let p = &parts[i];
        let between = !p.markiert
            && p.text.trim().is_empty()
            && joined.last().is_some_and(|l| l.markiert)
            && parts.get(i + 1).is_some_and(|n| n.markiert);
        if between {
            if let (Some(last), Some(next)) = (joined.last_mut(), parts.get(i + 1)) {
                last.text.push_str(&p.text);
                last.text.push_str(&next.text);
            }
            i += 2;
            continue;
        }
        push(&mut joined, &p.text, p.markiert);
        i += 1;
    }
    let mut out: Vec<Teil> = Vec::new();
    for p in joined {
        if !p.markiert {
            push(&mut out, &p.text, false);
            continue;
        }
        let core = p.text.trim();
        if core.is_empty() {
            push(&mut out, &p.text, false);
            continue;
        }
        let start = p.text.len() - p.text.trim_start().len();
        let end = p.text.trim_end().len();
        push(&mut out, &p.text[..start], false);
        out.push(Teil {
            text: core.to_string(),
            markiert: true,
        });
        push(&mut out, &p.text[end..], false);
    }
    out.retain(|t| !t.text.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(parts: &[Teil]) -> String {
        parts
            .iter()
            .map(|t| {
                if t.markiert {
                    format!("[{}]", t.text)
                } else {
                    t.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn long_texts_mark_the_changed_words() {
        let (a, b) = word_diff(
            "Jede Schule erhält einen Klassensatz Tablets.",
            "Jede Schule erhält zwei Klassensätze Tablets.",
        );
        assert_eq!(text(&a), "Jede Schule erhält [einen Klassensatz] Tablets.");
        assert_eq!(text(&b), "Jede Schule erhält [zwei Klassensätze] Tablets.");
    }

    #[test]
    fn changed_words_in_a_row_are_one_mark() {
        let (a, b) = word_diff(
            "Medienentwicklungsplan der Stadt 2026–2030",
            "Medienentwicklungsplan der Stadt 2026 bis 2030",
        );
        assert_eq!(text(&a), "Medienentwicklungsplan der Stadt [2026–2030]");
        assert_eq!(text(&b), "Medienentwicklungsplan der Stadt [2026 bis 2030]");
    }

    #[test]
    fn short_values_are_marked_whole() {
        let (a, b) = word_diff("212", "230");
        assert_eq!((text(&a), text(&b)), ("[212]".into(), "[230]".into()));
    }
}
